"""The output file as a journal: whole lines appended and fsynced, read back on resume.

Each result is one JSON line. Lines are written with one ``write`` per group of
finished stories, then flushed and fsynced, so a ``kill -9`` at any moment loses
only the stories still in flight. A kill in the middle of a write can leave a
partial last line: :func:`finished_keys` cuts it off before the run appends again,
so resuming never duplicates a story nor leaves a broken line behind.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

log = logging.getLogger(__name__)


def finished_keys(path: Path, *, repair: bool = True) -> dict[str, str]:
    """``{key: status}`` of every complete result line in ``path``.

    A trailing partial line (no newline, or not valid JSON) is truncated away when
    ``repair`` is true. A complete but unreadable line in the middle is skipped with a
    warning (its story is done again).
    """
    done: dict[str, str] = {}
    if not path.exists():
        return done
    good_end = 0
    with path.open("rb") as handle:
        offset = 0
        for raw in handle:
            end = offset + len(raw)
            record = _parse(raw) if raw.endswith(b"\n") else None
            if record is not None:
                done[record[0]] = record[1]
                good_end = end
            elif raw.endswith(b"\n") and raw.strip():
                log.warning("%s: skipping an unreadable line at byte %d", path, offset)
                good_end = end
            offset = end
    if repair and good_end < offset:
        log.warning("%s: cutting a partial last line (%d bytes) left by an interrupted run", path, offset - good_end)
        with path.open("r+b") as handle:
            handle.truncate(good_end)
            handle.flush()
            os.fsync(handle.fileno())
    return done


def _parse(raw: bytes) -> tuple[str, str] | None:
    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    if not isinstance(record, dict) or not isinstance(record.get("key"), str):
        return None
    return record["key"], str(record.get("status"))


class Journal:
    """Appends result lines to the output file durably (write, flush, fsync per group)."""

    def __init__(self, path: Path, *, append: bool) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._handle = path.open("ab" if append else "wb")
        if append:
            self._ensure_newline()

    def _ensure_newline(self) -> None:
        # finished_keys() cut any partial line; a file that still ends mid-line (edited
        # by hand) gets a newline so that the next record starts on its own line.
        size = self._handle.tell()
        if size:
            with self.path.open("rb") as check:
                check.seek(size - 1)
                if check.read(1) != b"\n":
                    self._handle.write(b"\n")

    def write(self, lines: Sequence[str]) -> None:
        """Append ``lines`` (each one JSON document, without newline) and make them durable."""
        if not lines:
            return
        self._handle.write("".join(line + "\n" for line in lines).encode("utf-8"))
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def close(self) -> None:
        """Flush and close the file."""
        if not self._handle.closed:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
