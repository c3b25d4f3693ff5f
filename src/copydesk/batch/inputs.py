"""A batch's input, streamed: ``(key, item)`` pairs from a JSONL file, a folder or a feed.

JSONL is read line by line with a bounded line length, so a file of any size (tens
of thousands of stories) is never held in memory, and a record is turned into a
:class:`~copydesk.model.Story` by the worker, not by the process that reads.
Folders and feeds go through :func:`copydesk.ingest.iter_records`. Keys are the
record's ``id`` (else ``line-N``, a folder file's path, a feed item's guid); a key
seen twice gets ``#2``, ``#3``… so that every key names one result.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from copydesk.errors import CopydeskError, InputTooLarge, SourceNotFound
from copydesk.ingest import decode_bytes, iter_records
from copydesk.ingest.readers import BATCH_EXTENSIONS
from copydesk.ingest.records import parse_feed, parse_line, record_key
from copydesk.model import Story
from copydesk.settings import Settings

Item = dict[str, Any] | Story | CopydeskError
"""A raw JSONL record (made into a Story by the worker), a Story, or the error met reading it."""

_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
_ID_PREFIX = re.compile(rb'"id"\s*:\s*"([^"\\]{1,200})"')


def line_limit(settings: Settings) -> int:
    """The longest JSONL line read: room for the largest story JSON-escaped, plus metadata."""
    return 4 * max(settings.max_input_bytes, settings.fetch_max_bytes) + 65_536


def is_jsonl(path: Path) -> bool:
    """Whether ``path`` is a file read as JSONL (by suffix, else by its first byte)."""
    if not path.is_file():
        return False
    if path.suffix.lower() in (".xml", ".rss", ".atom"):
        return False
    with path.open("rb") as handle:
        head = handle.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    if path.suffix.lower() == ".json" and head.startswith(b"["):
        return False  # a JSON array: read whole (bounded) by iter_records
    return head.startswith(b"{") or (path.suffix.lower() in _JSONL_SUFFIXES and not head)


def count_items(source: Path) -> int | None:
    """How many items ``source`` holds, cheaply (lines, feed items, files); None if unknown."""
    try:
        if source.is_dir():
            return sum(1 for p in source.rglob("*") if p.suffix.lower() in BATCH_EXTENSIONS and p.is_file())
        if is_jsonl(source):
            n, last = 0, b"\n"
            with source.open("rb") as handle:
                while block := handle.read(1 << 20):
                    n += block.count(b"\n")
                    last = block[-1:]
            return n + (last != b"\n")
        if source.is_file() and source.stat().st_size <= 50_000_000:
            return len(parse_feed(source.read_bytes()))
    except (OSError, CopydeskError):
        return None
    return None


class _Keys:
    """Makes keys unique: the second ``k`` becomes ``k#2``."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def __call__(self, key: str) -> str:
        n = self.seen.get(key, 0) + 1
        self.seen[key] = n
        return key if n == 1 else f"{key}#{n}"


def _decode_line(raw: bytes, first: bool) -> str:
    try:
        return raw.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError:
        return decode_bytes(raw).text


def _skip_rest_of_line(handle: BinaryIO, chunk: int) -> int:
    skipped = 0
    while block := handle.readline(chunk):
        skipped += len(block)
        if block.endswith(b"\n"):
            break
    return skipped


def iter_jsonl_file(path: Path, settings: Settings) -> Iterator[tuple[str, Item]]:
    """Every record of a JSONL file as ``(key, record dict | error)``, one line in memory at a time."""
    limit = line_limit(settings)
    with path.open("rb") as handle:
        n = 0
        while raw := handle.readline(limit + 1):
            n += 1
            if len(raw) > limit and not raw.endswith(b"\n"):
                size = len(raw) + _skip_rest_of_line(handle, 1 << 20)
                found = _ID_PREFIX.search(raw[:65_536])
                key = found.group(1).decode("utf-8", "replace") if found else f"line-{n}"
                yield key, InputTooLarge(
                    f"line {n} is {size:,} bytes, over the {limit:,}-byte line limit",
                    hint="split the story or raise COPYDESK_MAX_INPUT_BYTES", size=size, limit=limit,
                )
                continue
            if not raw.strip():
                continue
            key = f"line-{n}"
            try:
                record = parse_line(_decode_line(raw, n == 1))
                key = record_key(record, key)
                yield key, (record if isinstance(record, dict) else _not_object(record))
            except CopydeskError as err:
                yield key, err


def _not_object(record: Any) -> CopydeskError:
    from copydesk.errors import BadRecord

    return BadRecord(f"a record must be a JSON object, not a {type(record).__name__}")


def iter_items(source: str | Path, settings: Settings) -> Iterator[tuple[str, Item]]:
    """Every item of ``source`` with a unique key; a bad item yields its error.

    Raises :class:`SourceNotFound` when ``source`` does not exist (and, for a feed or
    a JSON array, :class:`InputTooLarge` past the file limit).
    """
    path = Path(source)
    if not path.exists():
        raise SourceNotFound(f"no such file or folder: {source}", path=str(source))
    unique = _Keys()
    if is_jsonl(path):
        pairs: Iterator[tuple[str, Item]] = iter_jsonl_file(path, settings)
    else:
        pairs = iter(iter_records(path, settings=settings))
    for key, item in pairs:
        yield unique(key), item
