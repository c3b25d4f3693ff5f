"""Any story source → :class:`Story`: text, Markdown, HTML, URL, JSONL, stdin; folders and feeds in batch.

>>> read_story("Rain fell on Tuesday.\\n\\nThe river rose.").paragraphs   # doctest: +SKIP
('Rain fell on Tuesday.', 'The river rose.')

:func:`read_story` reads one story; :func:`iter_records` walks a JSONL file, a folder
or a feed and yields one ``(key, Story | CopydeskError)`` per item without ever
stopping on a bad one.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO, Literal

import httpx

from copydesk.errors import (
    BadRecord,
    BinaryInput,
    CopydeskError,
    EmptyInput,
    InputTooLarge,
    SourceNotFound,
)
from copydesk.ingest.decode import decode_bytes, meta_charset
from copydesk.ingest.fetch import fetch_url
from copydesk.ingest.markup import Extracted, html_text, markdown_text
from copydesk.ingest.records import (
    iter_feed,
    iter_jsonl,
    parse_line,
    record_key,
    story_from_record,
)
from copydesk.ingest.text import clean_text, split_headline, story_from_text
from copydesk.model import Story
from copydesk.settings import DEFAULTS, Settings

log = logging.getLogger(__name__)

Kind = Literal["auto", "text", "markdown", "html", "url", "jsonl"]
_Format = Literal["text", "markdown", "html", "jsonl", "feed"]

_EXTENSIONS: dict[str, _Format] = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "jsonl", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
BATCH_EXTENSIONS = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
_PATHLIKE = re.compile(r"^[^\n]{1,1024}\.(?:txt|text|md|markdown|html?|xhtml|jsonl?|ndjson|xml|rss|atom)$", re.IGNORECASE)
_HTML_SNIFF = re.compile(r"<(?:!doctype\s+html|html|head|body|article|p|div|main|h1|section)[\s>]", re.IGNORECASE)
_MD_SNIFF = re.compile(r"^(?:#{1,6} \S|[-*+] \S|\d+\. \S|> |```)|\*\*\S|\]\([^)\s]+\)", re.MULTILINE)


_KIND_FORMAT: dict[Kind, _Format | Literal["auto"]] = {
    "auto": "auto", "url": "auto", "text": "text", "markdown": "markdown", "html": "html", "jsonl": "jsonl",
}


def sniff_format(text: str) -> _Format:
    """Guess a text's format from its first characters: jsonl, feed, html, markdown or text."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("<?xml") or re.match(r"<(?:rss|feed|rdf:RDF)\b", head):
        return "feed" if re.search(r"<(?:rss|feed|rdf:RDF)\b", head) else "html"
    if head.startswith("<") or _HTML_SNIFF.search(head):
        return "html"
    if _MD_SNIFF.search(head):
        return "markdown"
    return "text"


def _limit_for(fmt: _Format, settings: Settings) -> int:
    # Markup carries more bytes than text: HTML and feeds get the fetch cap.
    return max(settings.max_input_bytes, settings.fetch_max_bytes) if fmt in ("html", "feed") else settings.max_input_bytes


def _too_large(size: int, limit: int, what: str) -> InputTooLarge:
    return InputTooLarge(f"{what} is {size:,} bytes, over the {limit:,}-byte limit", size=size, limit=limit)


def _read_bytes(path: Path, settings: Settings) -> bytes:
    limit = max(settings.max_input_bytes, settings.fetch_max_bytes)
    try:
        size = path.stat().st_size
        if size > limit:
            raise _too_large(size, limit, str(path))
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise SourceNotFound(f"cannot read {path}: {exc.strerror or exc}", path=str(path)) from None
    if len(data) > limit:
        raise _too_large(len(data), limit, str(path))
    return data


def _read_stream(stream: BinaryIO, settings: Settings) -> bytes:
    limit = max(settings.max_input_bytes, settings.fetch_max_bytes)
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise _too_large(len(data), limit, "standard input")
    return data


def story_from_content(
    content: str | bytes,
    *,
    fmt: _Format | Literal["auto"] = "auto",
    title: str | None = None,
    published: date | None = None,
    url: str | None = None,
    declared_charset: str | None = None,
    settings: Settings = DEFAULTS,
) -> Story:
    """One story from in-memory content of a known (or sniffed) format."""
    notes: tuple[str, ...] = ()
    if isinstance(content, bytes):
        limit = _limit_for(fmt, settings) if fmt != "auto" else _limit_for("html", settings)
        if len(content) > limit:  # before any processing
            raise _too_large(len(content), limit, "the input")
        if not content.strip():
            raise EmptyInput("the input is empty" if not content else "the input is only whitespace")
        if declared_charset is None and fmt in ("auto", "html"):
            declared_charset = meta_charset(content)  # BOM > HTTP charset > <meta charset>
        decoded = decode_bytes(content, declared=declared_charset)
        content, notes = decoded.text, decoded.notes
    if "\x00" in content:
        raise BinaryInput("the input contains NUL characters: it looks like binary data")
    if fmt == "auto":
        fmt = sniff_format(content)
    limit = _limit_for(fmt, settings)
    if len(content) > limit // 4:
        size = len(content.encode("utf-8", errors="replace"))
        if size > limit:
            raise _too_large(size, limit, "the input")
    if not content.strip():
        raise EmptyInput("the input is empty" if not content else "the input is only whitespace")
    if fmt == "jsonl":
        return _one_record(content, published=published, settings=settings)
    if fmt == "feed":
        raise BadRecord(
            "the input is a feed of several stories",
            hint="read it with iter_records() or 'copydesk batch'",
        )
    if fmt == "text":
        found_title, rest = split_headline(clean_text(content))
        extracted = Extracted(text=rest, title=found_title)
    elif fmt == "markdown":
        extracted = markdown_text(content)
    else:
        extracted = html_text(content, url=url)
    if not extracted.text.strip():
        raise EmptyInput("no story text is left once the markup is removed")
    return story_from_text(
        extracted.text,
        title=title or extracted.title,
        url=extracted.url or url,
        published=published or extracted.published,
        source=extracted.source,
        author=extracted.author,
        notes=notes,
        settings=settings,
        published_at=extracted.published_at,
        modified_at=extracted.modified_at,
        image=extracted.image,
    )


def _one_record(text: str, *, published: date | None, settings: Settings) -> Story:
    stripped = text.strip()
    lines = [line for line in stripped.splitlines() if line.strip()]
    if len(lines) > 1:
        try:
            record = parse_line(stripped)  # one pretty-printed JSON object
        except BadRecord:
            raise BadRecord(
                f"the input holds {len(lines)} JSONL records, not one story",
                hint="read it with iter_records() or 'copydesk batch'",
            ) from None
    else:
        record = parse_line(stripped)
    return story_from_record(record, published=published, settings=settings)


def read_story(
    source: str | Path | bytes,
    *,
    published: date | None = None,
    title: str | None = None,
    settings: Settings = DEFAULTS,
    client: httpx.Client | None = None,
    kind: Kind = "auto",
    resolver: Callable[[str], list[str]] | None = None,
    stdin: BinaryIO | None = None,
) -> Story:
    """Read one story from a URL, a path, ``"-"`` (stdin), raw bytes or the text itself.

    A ``str`` is a URL when it starts with http(s)://, a path when it names an existing
    file (or looks like a file name: then a missing file raises ``SourceNotFound``,
    ``input.not_found``), and otherwise the story's text. ``kind`` forces the format;
    ``"auto"`` goes by extension, Content-Type, then content sniffing. ``published`` and
    ``title`` override what the source says. ``client`` and ``resolver`` are passed to
    :func:`~copydesk.ingest.fetch.fetch_url`; ``stdin`` replaces ``sys.stdin.buffer``.

    Raises the :class:`~copydesk.errors.InputError` family for unusable input and the
    :class:`~copydesk.errors.FetchError` family for URLs.
    """
    fmt: _Format | Literal["auto"] = _KIND_FORMAT[kind]
    if isinstance(source, str) and (kind == "url" or _URL.match(source.strip())):
        return _read_url(
            source.strip(), fmt=fmt, title=title, published=published,
            settings=settings, client=client, resolver=resolver,
        )
    content: str | bytes
    if isinstance(source, bytes):
        content = source
    elif source == "-":
        content = _read_stream(stdin or sys.stdin.buffer, settings)
    else:
        path = _as_path(source)
        if path is None:
            content = str(source)
        else:
            if fmt == "auto":
                fmt = _EXTENSIONS.get(path.suffix.lower(), "auto")
            content = _read_bytes(path, settings)
    return story_from_content(content, fmt=fmt, title=title, published=published, settings=settings)


def _as_path(source: str | Path) -> Path | None:
    """The path ``source`` names, or None when it is story text."""
    if isinstance(source, Path):
        if not source.is_file():
            raise SourceNotFound(f"no such file: {source}", path=str(source))
        return source
    if "\n" in source or len(source) > 4096 or not source.strip():
        return None
    try:
        # "~nobody/x" names a user that does not exist: story text, not a path.
        path = Path(source).expanduser()
        if path.is_file():
            return path
    except (OSError, RuntimeError, ValueError):
        return None
    if _PATHLIKE.match(source.strip()) and " " not in source.strip():
        raise SourceNotFound(f"no such file: {source}", path=source)
    return None


_CONTENT_TYPES: dict[str, _Format] = {
    "text/html": "html", "application/xhtml+xml": "html", "text/plain": "text",
    "text/markdown": "markdown", "application/json": "jsonl", "application/x-ndjson": "jsonl",
    "application/rss+xml": "feed", "application/atom+xml": "feed",
}


def _read_url(
    url: str,
    *,
    fmt: _Format | Literal["auto"],
    title: str | None,
    published: date | None,
    settings: Settings,
    client: httpx.Client | None,
    resolver: Callable[[str], list[str]] | None,
) -> Story:
    page = fetch_url(url, settings=settings, client=client, resolver=resolver)
    media = (page.content_type or "").split(";", 1)[0].strip().lower()
    if fmt == "auto":
        if media.startswith(("image/", "audio/", "video/", "font/")) or media in ("application/pdf", "application/zip"):
            raise BinaryInput(f"{page.final_url} is {media}, not a story", kind=media, url=page.final_url)
        fmt = _CONTENT_TYPES.get(media, "auto")
    return story_from_content(
        page.body, fmt=fmt, title=title, published=published, url=page.final_url,
        declared_charset=page.charset, settings=settings,
    )


def iter_records(
    source: str | Path, *, settings: Settings = DEFAULTS
) -> Iterator[tuple[str, Story | CopydeskError]]:
    """Every story in a JSONL file, a folder or an RSS/Atom feed, as ``(key, result)``.

    Keys: a record's ``id`` or ``line-N``; a folder file's relative path (with
    ``:key`` appended for the records of a JSON/JSONL file inside it); a feed item's
    guid or link. A bad item yields its error and the iteration goes on. A source that
    cannot be opened at all raises (``SourceNotFound``, ``InputTooLarge``).
    """
    path = Path(source)
    if path.is_dir():
        yield from _iter_folder(path, settings)
        return
    if not path.is_file():
        raise SourceNotFound(f"no such file or folder: {source}", path=str(source))
    yield from _iter_file(_read_bytes(path, settings), path.suffix.lower(), settings, path.name, "")


def _iter_json(text: str, settings: Settings, prefix: str) -> Iterator[tuple[str, Story | CopydeskError]]:
    """A JSON array or object (a ``.json`` file), else the text as JSONL."""
    try:
        whole = json.loads(text)
    except json.JSONDecodeError:
        yield from iter_jsonl(text, settings=settings, prefix=prefix)
        return
    records = whole if isinstance(whole, list) else [whole]
    for n, record in enumerate(records, start=1):
        key = prefix + record_key(record, f"item-{n}")
        try:
            yield key, story_from_record(record, settings=settings)
        except CopydeskError as err:
            yield key, err


def _iter_file(
    data: bytes, suffix: str, settings: Settings, key: str, prefix: str
) -> Iterator[tuple[str, Story | CopydeskError]]:
    """The stories of one file: many for JSON/JSONL/feeds (keys ``prefix+…``), else one (``key``)."""
    fmt = _EXTENSIONS.get(suffix)
    if fmt in (None, "jsonl", "feed"):
        try:
            text = decode_bytes(data).text
        except CopydeskError as err:
            yield key, err
            return
        fmt = fmt or sniff_format(text)
        if fmt == "jsonl":
            yield from _iter_json(text, settings, prefix)
            return
        if fmt == "feed":
            try:
                yield from iter_feed(data, settings=settings, prefix=prefix)
            except CopydeskError as err:  # the feed as a whole is unreadable
                yield key, err
            return
    try:
        yield key, story_from_content(data, fmt=fmt or "auto", settings=settings)
    except CopydeskError as err:
        yield key, err


def _iter_folder(root: Path, settings: Settings) -> Iterator[tuple[str, Story | CopydeskError]]:
    files = sorted(
        p for p in root.rglob("*")
        if p.suffix.lower() in BATCH_EXTENSIONS and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )
    for path in files:
        rel = path.relative_to(root).as_posix()
        try:
            data = _read_bytes(path, settings)
        except CopydeskError as err:
            yield rel, err
            continue
        yield from _iter_file(data, path.suffix.lower(), settings, rel, f"{rel}:")
