"""``copydesk page SOURCE``: render the article page (HTML) or its JSON-LD."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from copydesk.cli.analyze import parse_date
from copydesk.cli.group import app
from copydesk.cli.options import format_option
from copydesk.cli.source import cli_source
from copydesk.errors import InputError


@app.command()
def page(
    source: Annotated[str, typer.Argument(help="An article.json written by 'copydesk enrich', or a story (file, URL or -).")],
    out: Annotated[Path | None, typer.Option("-o", "--out", help="File to write; stdout when omitted.")] = None,
    format: Annotated[str, format_option("Output format (html is the page, jsonld its structured data)")] = "html",
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD (for a story).")] = None,
    audio_url: Annotated[str | None, typer.Option(help="URL of the narration for the page's player.")] = None,
) -> None:
    """Render an enriched article as a page, JSON-LD or Markdown (enriching a story first if needed)."""
    import copydesk
    from copydesk.model import EnrichedArticle
    from copydesk.publishing import publish

    path = Path(source)
    if source.endswith(".json") and path.is_file():
        try:
            article = EnrichedArticle.model_validate_json(path.read_bytes())
        except ValueError as exc:
            raise InputError(
                f"{source} is not an article document: {str(exc).splitlines()[0]}",
                hint="pass an article.json written by 'copydesk enrich', or the story itself",
            ) from exc
    else:
        article = copydesk.enrich(cli_source(source), published=parse_date(published))
    text = publish(article, formats=(format,), audio_url=audio_url).text(format)
    if out is None:
        typer.echo(text)
    else:
        out.write_text(text, encoding="utf-8")
