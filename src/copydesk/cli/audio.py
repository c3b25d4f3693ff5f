"""``copydesk audio SOURCE -o DIR``: narrate a story into narration.mp3 and narration.json."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from copydesk.cli.analyze import parse_date
from copydesk.cli.group import app
from copydesk.cli.source import cli_source


@app.command()
def audio(
    source: Annotated[str, typer.Argument(help="A file, a URL, or - for stdin.")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Folder to write narration.mp3 and narration.json into.")],
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD.")] = None,
    voice: Annotated[str | None, typer.Option(help="espeak-ng voice, e.g. en-us or en-gb.")] = None,
    rate: Annotated[int | None, typer.Option(help="Speech rate in words per minute.")] = None,
    cache_dir: Annotated[Path | None, typer.Option(help="Reuse narrations cached here, by text and voice.")] = None,
) -> None:
    """Narrate a story: headline, synopsis and body, with per-sentence timings."""
    import copydesk
    from copydesk.audio import TIMINGS_NAME, narrate, voice_from_settings

    settings = copydesk.load_settings(voice_name=voice, speech_rate_wpm=rate)
    speaker = voice_from_settings(settings)
    article = copydesk.enrich(cli_source(source), published=parse_date(published), settings=settings)
    narration = narrate(article.story, article.analysis, article.parts, out, voice=speaker, cache_dir=cache_dir)
    typer.echo(
        f"wrote {out / narration.audio} ({narration.duration:.1f} s, {len(narration.timings)} segments)"
        f" and {out / TIMINGS_NAME}",
        err=True,
    )
