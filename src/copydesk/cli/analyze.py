"""``copydesk analyze SOURCE``: print the Story and its Analysis as JSON."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated

import typer

from copydesk.cli.group import app


def parse_date(value: str | None) -> date | None:
    """``--published YYYY-MM-DD`` → a date (a usage error otherwise)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from exc


@app.command()
def analyze(
    source: Annotated[str, typer.Argument(help="A file, a URL, or - for stdin.")],
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD.")] = None,
    format: Annotated[str, typer.Option("--format", help="Output format: json.")] = "json",
) -> None:
    """Read a story and print it with its analysis (dateline, sentences, entities, dates) as JSON."""
    from copydesk.cli.source import cli_source
    from copydesk.ingest import read_story
    from copydesk.nlp import analyse

    if format != "json":
        raise typer.BadParameter("only 'json' is supported", param_hint="--format")
    story = read_story(cli_source(source), published=parse_date(published))
    analysis = analyse(story)
    out = {"story": story.model_dump(mode="json"), "analysis": analysis.model_dump(mode="json")}
    typer.echo(json.dumps(out, indent=2, ensure_ascii=False))
