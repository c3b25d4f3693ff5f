"""``copydesk batch INPUT OUTPUT``: enrich every story of a JSONL file, folder or feed, resumably."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from copydesk.cli.group import app
from copydesk.cli.options import ENGINE_HELP


@app.command()
def batch(
    input: Annotated[Path, typer.Argument(help="A JSONL file, a folder of stories, or an RSS/Atom feed file.")],
    output: Annotated[Path, typer.Argument(help="The JSONL file of results, one line per story.")],
    workers: Annotated[int | None, typer.Option(help="Worker processes (default: every core).", min=1)] = None,
    resume: Annotated[bool, typer.Option(help="Keep OUTPUT's finished stories and do only the rest.")] = False,
    pages: Annotated[bool, typer.Option(help="Also write OUTPUT_dir/<key>/index.html per story.")] = False,
    audio: Annotated[bool, typer.Option("--audio/--no-audio", help="Narrate each page (with --pages).")] = True,
    engine: Annotated[str, typer.Option(help="Where to run: local (processes) or dask.")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (with --engine dask).")] = None,
    gen_engine: Annotated[str | None, typer.Option(help=ENGINE_HELP)] = None,
    store: Annotated[str | None, typer.Option(
        help="Also save each story in this store (a database URL, or 'default' for the service's).")] = None,
    publish: Annotated[bool, typer.Option(
        help="Approve each saved story (with --store): it joins timelines and related coverage.")] = False,
) -> None:
    """Enrich many stories on all cores (or Dask) into one JSONL file; --resume after any interruption."""
    from copydesk.batch import run_batch
    from copydesk.settings import load_settings
    from copydesk.store import open_store

    target = open_store(None if store == "default" else store, load_settings()) if store else None
    summary = run_batch(
        input, output, workers=workers, resume=resume, engine=engine, scheduler=scheduler,
        pages=pages, audio=audio and pages, progress=True, gen_engine=gen_engine,
        store=target, publish=publish,
    )
    if summary.errors:
        typer.echo(f"batch: {summary.errors} stories failed; see their \"error\" in {output}", err=True)
