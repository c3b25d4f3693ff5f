"""``copydesk enrich SOURCE``: write the article's JSON, Markdown, page and narration."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from copydesk.cli.analyze import parse_date
from copydesk.cli.group import app
from copydesk.cli.options import ENGINE_HELP, format_option
from copydesk.cli.source import cli_source


@app.command()
def enrich(
    source: Annotated[str, typer.Argument(help="A file, a URL, or - for stdin.")],
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Folder to write article.json, article.md, index.html and narration.mp3 into.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD.")] = None,
    format: Annotated[str, format_option("What to print on stdout without -o")] = "json",
    audio: Annotated[bool, typer.Option("--audio/--no-audio", help="Synthesise the narration (with -o).")] = True,
    engine: Annotated[str | None, typer.Option(help=ENGINE_HELP)] = None,
    llm_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint for --engine llm.")] = None,
    llm_model: Annotated[str | None, typer.Option(help="Model name for --engine llm.")] = None,
    strict: Annotated[bool, typer.Option(help="Exit 3 when the article is flagged.")] = False,
) -> None:
    """Enrich a story: question headline, synopsis, takeaways, point of view, FAQ, grounding."""
    import copydesk
    from copydesk.publishing import publish

    settings = copydesk.load_settings(llm_url=llm_url, llm_model=llm_model)
    story = cli_source(source)
    if out is None:
        bundle = publish(story, formats=(format,), published=parse_date(published), engine=engine,
                         settings=settings)
        typer.echo(bundle.text(format))
    else:
        bundle = publish(story, audio_dir=out if audio else None, published=parse_date(published),
                         engine=engine, settings=settings)
        written = [p.name for p in bundle.write(out)] + ([bundle.audio.name] if bundle.audio else [])
        typer.echo(f"wrote {out}/" + ", ".join(written), err=True)
    article = bundle.article
    if article.grounding.status == "flagged":
        typer.echo("warning: the article is flagged: some generated statements are not supported", err=True)
        if strict:
            raise typer.Exit(3)
