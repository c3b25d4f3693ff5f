"""``copydesk timeline ENTITY …``: the dated events of one or more entities across published stories."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from copydesk.cli.analyze import parse_date
from copydesk.cli.group import app
from copydesk.cli.options import opened_store


@app.command()
def timeline(
    entities: Annotated[list[str], typer.Argument(help="Names or slugs ('Narendra Modi', 'PM Modi', 'narendra-modi'); events name them all.")],
    since: Annotated[str | None, typer.Option("--from", help="First day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option("--to", help="Last day, YYYY-MM-DD.")] = None,
    format: Annotated[str, typer.Option("--format", help="md, json or html.")] = "md",
    database: Annotated[str | None, typer.Option("--database", help="Store URL; default COPYDESK_DATABASE_URL, else the local SQLite store.")] = None,
    base_url: Annotated[str, typer.Option("--base-url", help="Prefix for the story links (default: site-relative /articles/…).")] = "",
    out: Annotated[Path | None, typer.Option("-o", "--out", help="File to write; stdout when omitted.")] = None,
) -> None:
    """Print the merged, cited timeline of ENTITY … from published articles; planned events ahead form "What's next"."""
    from copydesk.corpus.index import open_corpus
    from copydesk.corpus.timeline import build_timeline, render

    if format not in {"md", "json", "html"}:
        raise typer.BadParameter("use md, json or html", param_hint="--format")
    start, end = parse_date(since), parse_date(until)
    with opened_store(database) as store:
        text = render(build_timeline(open_corpus(store), entities, since=start, until=end), format,
                      base=base_url.rstrip("/"))
    if out is None:
        typer.echo(text)
    else:
        out.write_text(text, encoding="utf-8")
