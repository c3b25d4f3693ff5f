"""``copydesk enrich SOURCE``: write the article's JSON, Markdown, page and narration."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from copydesk.cli.analyze import parse_date
from copydesk.cli.group import app
from copydesk.cli.source import cli_source


@app.command()
def enrich(
    source: Annotated[str, typer.Argument(help="A file, a URL, or - for stdin.")],
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Folder to write article.json, article.md, index.html and narration.mp3 into.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD.")] = None,
    format: Annotated[str, typer.Option("--format", help="What to print on stdout without -o: json or md.")] = "json",
    audio: Annotated[bool, typer.Option("--audio/--no-audio", help="Synthesise the narration (with -o).")] = True,
    engine: Annotated[str | None, typer.Option(help="Generation engine: rules (default) or llm.")] = None,
    llm_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint for --engine llm.")] = None,
    llm_model: Annotated[str | None, typer.Option(help="Model name for --engine llm.")] = None,
    strict: Annotated[bool, typer.Option(help="Exit 3 when the article is flagged.")] = False,
) -> None:
    """Enrich a story: question headline, synopsis, takeaways, point of view, FAQ, grounding."""
    import copydesk
    from copydesk.render.markdown import render_markdown

    if format not in {"json", "md"}:
        raise typer.BadParameter("use json or md", param_hint="--format")
    settings = copydesk.load_settings(llm_url=llm_url, llm_model=llm_model)
    article = copydesk.enrich(cli_source(source), published=parse_date(published), engine=engine, settings=settings)
    if out is None:
        typer.echo(article.model_dump_json(indent=2) if format == "json" else render_markdown(article))
    else:
        out.mkdir(parents=True, exist_ok=True)
        if audio:
            article = copydesk.with_narration(article, out, settings=settings)
        from copydesk.render.page import render_page

        (out / "article.json").write_text(article.model_dump_json(indent=2), encoding="utf-8")
        (out / "article.md").write_text(render_markdown(article), encoding="utf-8")
        audio_url = article.narration.audio if article.narration else None
        (out / "index.html").write_text(render_page(article, audio_url=audio_url), encoding="utf-8")
        typer.echo(f"wrote {out}/article.json, article.md, index.html" + (", " + audio_url if audio_url else ""), err=True)
    if article.grounding.status == "flagged":
        typer.echo("warning: the article is flagged: some generated statements are not supported", err=True)
        if strict:
            raise typer.Exit(3)
