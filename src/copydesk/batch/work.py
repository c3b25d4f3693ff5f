"""The worker's side of a batch: a chunk of items in, one finished JSON result line per item out.

The same :func:`process_chunk` runs in a local worker process and on a Dask worker.
The spaCy pipeline is loaded once per process (:func:`init_worker`, or on first use);
a chunk's stories go through spaCy together (``nlp.pipe``), then each story is
written and grounded on its own. Every failure is caught per story and becomes an
``"error"`` line: one bad story never stops the chunk, let alone the run.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from hashlib import sha256
from pathlib import Path
from typing import Any

from copydesk.batch.inputs import Item
from copydesk.errors import CopydeskError, InternalError
from copydesk.model import EnrichedArticle, Story
from copydesk.settings import Settings

log = logging.getLogger(__name__)

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class WorkOptions:
    """What every worker needs to know to turn a chunk into result lines."""

    settings: Settings = field(default_factory=Settings)
    engine: str = "rules"
    today: date = field(default_factory=date.today)
    pages_dir: Path | None = None
    audio: bool = False
    nlp_batch: int = 16


def init_worker() -> None:
    """Load the spaCy pipeline (once per process) and the stage modules before the first chunk."""
    from copydesk import pipeline  # noqa: F401  (imports generation and grounding)
    from copydesk.nlp.parser import load_pipeline

    load_pipeline()


def page_folder(pages_dir: Path, key: str) -> Path:
    """The folder of one story's page: its key made safe as a file name (plus a hash if changed)."""
    safe = _SAFE.sub("_", key).strip("._")[:80]
    if safe != key or not safe:
        safe = f"{safe or 'story'}-{sha256(key.encode('utf-8')).hexdigest()[:10]}"
    return pages_dir / safe


Result = tuple[str, str]
"""A finished story: its status (``"ok"`` or ``"error"``) and its output line."""


def result_line(
    key: str, *, story_id: str | None, article: EnrichedArticle | None, error: CopydeskError | None, ms: float
) -> Result:
    """The status and output line ``{"key", "id", "status", "article", "error", "ms"}`` of one story."""
    status = "ok" if article is not None else "error"
    head = {"key": key, "id": story_id, "status": status}
    err = None if error is None else {"code": error.code, "message": error.message, "hint": error.hint or None}
    body = article.model_dump_json() if article is not None else "null"
    line = (
        json.dumps(head, ensure_ascii=False)[:-1]
        + f', "article": {body}, "error": {json.dumps(err, ensure_ascii=False)}, "ms": {round(ms, 2)}}}'
    )
    return status, line


def _unexpected(exc: BaseException) -> CopydeskError:
    log.exception("unexpected error in a batch story")
    return InternalError.wrap(exc)  # internal.unexpected, keeping the type and message


def _story(item: Item, settings: Settings) -> Story | CopydeskError:
    from copydesk.ingest import story_from_record

    if isinstance(item, Story | CopydeskError):
        return item
    try:
        return story_from_record(item, settings=settings)
    except CopydeskError as err:
        return err
    except Exception as exc:  # noqa: BLE001  (one bad record never stops the chunk)
        return _unexpected(exc)


def _parse_all(stories: Sequence[Story], options: WorkOptions) -> list[Any]:
    """Parsed stories (or errors), spaCy batched; a failing batch falls back to one at a time."""
    from copydesk.nlp.analyse import parse, parse_many

    try:
        return list(parse_many(stories, today=options.today, batch_size=options.nlp_batch))
    except Exception:  # noqa: BLE001
        log.warning("a batched parse failed; parsing the chunk's %d stories one by one", len(stories))
    out: list[Any] = []
    for story in stories:
        try:
            out.append(parse(story, today=options.today))
        except CopydeskError as err:
            out.append(err)
        except Exception as exc:  # noqa: BLE001
            out.append(_unexpected(exc))
    return out


def _article(parsed: Any, analyse_ms: float, options: WorkOptions) -> EnrichedArticle:
    """The finished article of one parsed story: exactly what ``copydesk.enrich_story`` does."""
    from copydesk.pipeline import enrich_parsed

    return enrich_parsed(parsed, engine=options.engine, settings=options.settings, analyse_ms=analyse_ms)

def _write_page(article: EnrichedArticle, key: str, options: WorkOptions) -> EnrichedArticle:
    """Write ``<pages_dir>/<key>/index.html`` (and the narration when asked); the article as narrated."""
    from copydesk.publishing import publish

    assert options.pages_dir is not None
    folder = page_folder(options.pages_dir, key)
    bundle = publish(article, formats=("html",), audio_dir=folder if options.audio else None,
                     settings=options.settings)
    bundle.write(folder)
    return bundle.article


def process_chunk(chunk: Sequence[tuple[str, Item]], options: WorkOptions) -> list[Result]:
    """The results of ``chunk``, in its order; never raises for a story's fault."""
    t0 = time.perf_counter()
    stories: list[Story] = []
    slots: list[tuple[str, Story | CopydeskError, float]] = []
    for key, item in chunk:
        ts = time.perf_counter()
        story = _story(item, options.settings)
        slots.append((key, story, (time.perf_counter() - ts) * 1000))
        if isinstance(story, Story):
            stories.append(story)
    tp = time.perf_counter()
    parsed = iter(_parse_all(stories, options))
    parse_ms = (time.perf_counter() - tp) * 1000
    total_chars = sum(len(s.body) for s in stories) or 1
    lines: list[Result] = []
    for key, story, read_ms in slots:
        if not isinstance(story, Story):
            lines.append(result_line(key, story_id=None, article=None, error=story, ms=read_ms))
            continue
        share = parse_ms * len(story.body) / total_chars
        ts = time.perf_counter()
        article: EnrichedArticle | None = None
        error: CopydeskError | None = None
        try:
            p = next(parsed)
            if isinstance(p, CopydeskError):
                raise p
            article = _article(p, share, options)
            if options.pages_dir is not None:
                article = _write_page(article, key, options)
        except CopydeskError as err:
            error = err
        except Exception as exc:  # noqa: BLE001  (one bad story never stops the run)
            error = _unexpected(exc)
        ms = read_ms + share + (time.perf_counter() - ts) * 1000
        lines.append(result_line(key, story_id=story.id, article=article, error=error, ms=ms))
    log.debug("chunk of %d done in %.0f ms", len(chunk), (time.perf_counter() - t0) * 1000)
    return lines
