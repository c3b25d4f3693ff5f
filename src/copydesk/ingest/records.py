"""Structured inputs: JSONL records and RSS/Atom feeds → stories.

A record is ``{id?, title?, text|html, url?, published?, modified?, source?, author?,
image?}``; unknown fields are ignored. ``published`` is an ISO date or date-time (its
time and zone are kept); ``image`` is a URL or ``{url, caption?, credit?, alt?, width?,
height?}``. Feeds are parsed with ``defusedxml``, so entity expansion ("billion
laughs") and external entities are refused instead of hanging or reading files.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from xml.etree.ElementTree import Element

from copydesk.errors import BadRecord, CopydeskError
from copydesk.ingest.markup import Extracted, fragment_text, html_text, parse_date
from copydesk.ingest.pagemeta import parse_datetime
from copydesk.ingest.text import story_from_text
from copydesk.model import Image, Story
from copydesk.settings import DEFAULTS, Settings

_DATE_HINT = "write 'published' as an ISO date, e.g. 2025-10-29"


def _field(record: Mapping[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadRecord(
            f"the record's {name!r} is a {type(value).__name__}, not a string",
            hint=f"make {name!r} a JSON string",
            field=name,
        )
    return value.strip() or None


def record_date(value: str | None) -> date | None:
    """A record's ``published`` string as a date; raises :class:`BadRecord` with a hint."""
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError:
        raise BadRecord(f"'published' is not a date: {value!r}", hint=_DATE_HINT, field="published") from None


_IMAGE_HINT = "give 'image' as an absolute http(s) URL or an object with a 'url'"


def record_image(value: Any, *, base: str | None = None) -> Image | None:
    """A record's ``image`` (a URL or an object) as an :class:`Image`; raises :class:`BadRecord`."""
    from urllib.parse import urljoin, urlsplit

    if value is None:
        return None
    fields: Mapping[str, Any] = {"url": value} if isinstance(value, str) else value
    if not isinstance(fields, Mapping) or not isinstance(fields.get("url") or fields.get("src"), str):
        raise BadRecord("the record's 'image' has no URL", hint=_IMAGE_HINT, field="image")
    url = urljoin(base or "", str(fields.get("url") or fields.get("src")).strip())
    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
        raise BadRecord(f"the record's image URL is not an absolute http(s) URL: {url!r}", hint=_IMAGE_HINT, field="image")

    def text(name: str) -> str | None:
        item = fields.get(name)
        return " ".join(item.split()) or None if isinstance(item, str) else None

    def number(name: str) -> int | None:
        item = fields.get(name)
        return item if isinstance(item, int) and not isinstance(item, bool) and 0 < item < 100_000 else None

    return Image(url=url, alt=text("alt"), caption=text("caption"), credit=text("credit") or text("creditText"),
                 width=number("width"), height=number("height"))


def story_from_record(
    record: Any, *, published: date | None = None, settings: Settings = DEFAULTS
) -> Story:
    """One JSONL record → a :class:`Story`; ``published`` overrides the record's date.

    Raises :class:`BadRecord` when the record is not an object, has neither ``text`` nor
    ``html``, or has a field of the wrong type or an unparseable date.
    """
    if not isinstance(record, Mapping):
        raise BadRecord(f"a record must be a JSON object, not a {type(record).__name__}")
    text, html = _field(record, "text"), _field(record, "html")
    if text is None and html is None:
        raise BadRecord("the record has no 'text' or 'html'", fields=",".join(sorted(map(str, record))))
    url = _field(record, "url")
    raw_date = _field(record, "published") or _field(record, "date")
    when = published or record_date(raw_date)
    at: datetime | None = parse_datetime(raw_date)
    modified = parse_datetime(_field(record, "modified") or _field(record, "updated"))
    title, source, author = _field(record, "title"), _field(record, "source"), _field(record, "author")
    image = record_image(record.get("image"), base=url)
    if text is None:
        assert html is not None
        page: Extracted = html_text(html, url=url)
        text, when, at = page.text, when or page.published, at or page.published_at
        title, source, author = title or page.title, source or page.source, author or page.author
        image, modified = image or page.image, modified or page.modified_at
    return story_from_text(
        text, title=title, url=url, published=when, source=source, author=author, settings=settings,
        published_at=at, modified_at=modified, image=image,
    )


def parse_line(line: str) -> Any:
    """A JSON value from one JSONL line; raises :class:`BadRecord` on invalid JSON."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        # Some messages end in "at" already ("Invalid control character at"): say it once.
        msg = exc.msg.removesuffix(" at")
        raise BadRecord(f"invalid JSON: {msg} at column {exc.colno}", hint="each line must be one JSON object") from None
    except RecursionError:
        raise BadRecord("invalid JSON: nested too deeply to read", hint="each line must be one flat JSON object") from None


def record_key(record: Any, fallback: str) -> str:
    """The batch key of a record: its ``id`` when it has one, else ``fallback``."""
    if isinstance(record, Mapping):
        rid = record.get("id")
        if isinstance(rid, str | int) and str(rid).strip():
            return str(rid).strip()
    return fallback


def iter_jsonl(
    text: str, *, settings: Settings = DEFAULTS, prefix: str = ""
) -> Iterator[tuple[str, Story | CopydeskError]]:
    """Every record of a JSONL text, keyed by ``id`` or ``line-N``; errors are yielded."""
    # Records end at "\n" only: str.splitlines() would also split at U+2028, U+0085… inside strings.
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        key = f"{prefix}line-{n}"
        try:
            record = parse_line(line)
            key = prefix + record_key(record, f"line-{n}")
            yield key, story_from_record(record, settings=settings)
        except CopydeskError as err:
            yield key, err


# --------------------------------------------------------------------------- feeds


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child(item: Element, *names: str) -> Element | None:
    for name in names:
        for el in item:
            if _local(el.tag) == name:
                return el
    return None


def _child_text(item: Element, *names: str) -> str | None:
    el = _child(item, *names)
    text = "".join(el.itertext()).strip() if el is not None else ""
    return text or None


def _link(item: Element) -> str | None:
    for el in item:
        if _local(el.tag) == "link":
            href = el.get("href")
            if href and el.get("rel", "alternate") == "alternate":
                return href.strip()
            if (el.text or "").strip():
                return (el.text or "").strip()
    return None


def _feed_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return parse_date(value)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date()  # RSS's RFC 822 dates
    except (TypeError, ValueError, IndexError):
        return None


def parse_feed(data: bytes) -> list[Element]:
    """The ``<item>``/``<entry>`` elements of an RSS or Atom document, parsed safely."""
    import defusedxml.ElementTree as SafeET
    from defusedxml import DefusedXmlException

    try:
        root = SafeET.fromstring(data)
    except DefusedXmlException as exc:
        raise BadRecord(
            f"the feed declares XML entities or a DTD ({type(exc).__name__}); refused",
            hint="feeds with entity declarations are not read (they can expand without bound)",
        ) from None
    except SafeET.ParseError as exc:
        raise BadRecord(f"the feed is not well-formed XML: {exc}", hint="check the feed file") from None
    return [el for el in root.iter() if _local(el.tag) in ("item", "entry")]


def story_from_feed_item(item: Element, *, settings: Settings = DEFAULTS) -> Story:
    """One RSS ``<item>`` or Atom ``<entry>`` → a :class:`Story` (its HTML as a fragment)."""
    body = _child_text(item, "encoded", "content") or _child_text(item, "description", "summary")
    if body is None:
        raise BadRecord("the feed item has no description or content", hint="the feed carries only links")
    text = fragment_text(body) if "<" in body else body
    author = _child_text(item, "creator", "author")
    author_el = _child(item, "author")
    if author_el is not None and _child_text(author_el, "name"):
        author = _child_text(author_el, "name")
    return story_from_text(
        text,
        title=_child_text(item, "title"),
        url=_link(item),
        published=_feed_date(_child_text(item, "pubdate", "published", "date", "updated")),
        author=author,
        settings=settings,
    )


def feed_key(item: Element, fallback: str) -> str:
    """A feed item's batch key: its guid/id, else its link, else ``fallback``."""
    return _child_text(item, "guid", "id") or _link(item) or fallback


def iter_feed(
    data: bytes, *, settings: Settings = DEFAULTS, prefix: str = ""
) -> Iterator[tuple[str, Story | CopydeskError]]:
    """Every item of a feed, keyed by guid or link; a bad item yields its error."""
    for n, item in enumerate(parse_feed(data), start=1):
        key = prefix + feed_key(item, f"item-{n}")
        try:
            yield key, story_from_feed_item(item, settings=settings)
        except CopydeskError as err:
            yield key, err
