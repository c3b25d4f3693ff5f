"""A page's own metadata, read from its parsed tree: title, byline, site, times, lead image.

Read in this order, first found wins: the page's JSON-LD (``NewsArticle``/``Article``
…), Open Graph and ``article:*`` meta tags, other common meta tags, then the markup
(``<title>``, ``<time datetime>``, the article's first ``<figure>``). Times keep their
time of day and zone (``2025-10-28T09:15:00+02:00``); a value that does not parse as
ISO 8601 is ignored rather than guessed at. Image URLs are made absolute against the
page URL (or ``<base href>``); one that cannot be is dropped.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from copydesk.model import Image

log = logging.getLogger(__name__)

_ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
    "opinionnewsarticle", "backgroundnewsarticle", "report", "webpage", "liveblogposting",
})
_CREDIT_CLASS = re.compile(r"credit|copyright|byline|source|photographer|attribution", re.I)
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class PageMeta:
    """What a page says about itself."""

    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    modified_at: datetime | None = None
    published: date | None = None
    image: Image | None = None


def parse_datetime(value: Any) -> datetime | None:
    """An ISO 8601 date-time (``Z`` or an offset allowed) as a datetime; a bare date → None."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if len(value) <= 10 or "T" not in value.upper() and " " not in value:
        return None
    try:
        return datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        log.debug("unparseable page time %r", value)
        return None


def _date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    when = parse_datetime(value)
    if when is not None:
        return when.date()
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        text = _SPACES.sub(" ", value).strip()
        return text or None
    return None


def _absolute(url: Any, base: str | None) -> str | None:
    if not isinstance(url, str) or not url.strip():
        return None
    url = url.strip()
    joined = urljoin(base, url) if base else url
    parts = urlsplit(joined)
    return joined if parts.scheme in ("http", "https") and parts.netloc else None


def _int(value: Any) -> int | None:
    try:
        number = int(str(value).strip().removesuffix("px"))
    except (TypeError, ValueError):
        return None
    return number if 0 < number < 100_000 else None


# --------------------------------------------------------------------------- JSON-LD


def _nodes(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _nodes(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _nodes(data["@graph"])


def _types(node: dict[str, Any]) -> set[str]:
    typ = node.get("@type")
    types = typ if isinstance(typ, list) else [typ]
    return {t.lower() for t in types if isinstance(t, str)}


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _jsonld_article(tree: Any) -> dict[str, Any] | None:
    for script in tree.iterfind(".//script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (json.JSONDecodeError, RecursionError):
            continue
        for node in _nodes(data):
            if _types(node) & _ARTICLE_TYPES and (node.get("headline") or node.get("datePublished")):
                return node
    return None


def _jsonld_image(value: Any, base: str | None) -> Image | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str):
        url = _absolute(value, base)
        return Image(url=url) if url else None
    if isinstance(value, dict):
        url = _absolute(value.get("url") or value.get("contentUrl"), base)
        if not url:
            return None
        return Image(
            url=url,
            caption=_text(value.get("caption")),
            credit=_text(value.get("creditText")) or _name(value.get("copyrightHolder")) or _name(value.get("author")),
            width=_int(value.get("width")),
            height=_int(value.get("height")),
        )
    return None


# --------------------------------------------------------------------------- meta tags and markup


def _meta_tags(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = meta.get("content")
        if key and content and content.strip() and key not in found:
            found[key] = content.strip()
    return found


def _figure_image(tree: Any, base: str | None) -> Image | None:
    """The first ``<figure>`` with a picture inside the article (else the main, else the body)."""
    for scope in (".//article", ".//main", ".//*[@role='main']", ".//body"):
        container = tree.find(scope)
        if container is None:
            continue
        for figure in container.iterfind(".//figure"):
            img = figure.find(".//img")
            if img is None:
                continue
            src = img.get("src") or img.get("data-src") or ""
            if src.startswith("data:"):
                src = img.get("data-src") or ""
            url = _absolute(src, base)
            if not url:
                continue
            caption, credit = _caption(figure)
            return Image(
                url=url, alt=_text(img.get("alt")), caption=caption, credit=credit,
                width=_int(img.get("width")), height=_int(img.get("height")),
            )
    return None


def _caption(figure: Any) -> tuple[str | None, str | None]:
    figcaption = figure.find(".//figcaption")
    if figcaption is None:
        return None, None
    credit = None
    for el in figcaption.iter():
        if not isinstance(el.tag, str):
            continue
        if el is not figcaption and (_CREDIT_CLASS.search(el.get("class") or "") or el.tag in ("small", "cite")):
            credit = _text(el.text_content())
            text_before = _text(figcaption.text_content())
            caption = text_before.replace(credit, "").strip(" |·—–-") if text_before and credit else text_before
            return caption or None, credit
    return _text(figcaption.text_content()), credit


_SIZE_SUFFIX = re.compile(r"[-_.](?:\d{2,4}(?:x\d{2,4})?w?|[wh]\d{2,4}|large|medium|small|thumb|original)$", re.I)


def _stem(url: str) -> str:
    """A picture's file name without its size suffixes (``bridge-cracks-1200x675``)."""
    name = urlsplit(url).path.rsplit("/", 1)[-1].rsplit(".", 1)[0][:200].lower()
    for _ in range(4):
        shorter = _SIZE_SUFFIX.sub("", name)
        if shorter == name:
            break
        name = shorter
    return name


def _same_picture(a: str, b: str) -> bool:
    """The same picture at two sizes (``bridge-1200.jpg``, ``bridge-640.jpg``)."""
    stem_a, stem_b = _stem(a), _stem(b)
    return a == b or (len(stem_a) >= 6 and stem_a == stem_b)


def _merge(primary: Image, figure: Image | None) -> Image:
    """The meta image, with the caption, credit and alt of the figure that shows it."""
    if figure is None or not _same_picture(primary.url, figure.url):
        return primary
    return primary.replace(
        alt=primary.alt or figure.alt,
        caption=primary.caption or figure.caption,
        credit=primary.credit or figure.credit,
    )


def _byline(name: str | None) -> str | None:
    """A byline, never a profile URL (``article:author`` often holds one)."""
    return None if name is None or "://" in name or name.startswith("www.") else name


def page_meta(tree: Any, url: str | None = None) -> PageMeta:
    """Everything :class:`PageMeta` holds, from a parsed lxml HTML tree."""
    base_el = tree.find(".//base[@href]")
    base = _absolute(base_el.get("href"), url) if base_el is not None else None
    meta = _meta_tags(tree)
    canonical = tree.find(".//link[@rel='canonical']")
    page_url = (_absolute(canonical.get("href"), url) if canonical is not None else None) or _absolute(meta.get("og:url"), url)
    base = base or url or page_url
    node = _jsonld_article(tree) or {}

    published_raw = (
        node.get("datePublished") or meta.get("article:published_time") or meta.get("og:published_time")
        or meta.get("datepublished") or meta.get("pubdate") or meta.get("publishdate")
        or meta.get("dc.date.issued") or meta.get("date")
    )
    if not published_raw:
        time = tree.find(".//article//time[@datetime]")
        time = time if time is not None else tree.find(".//time[@datetime]")
        published_raw = time.get("datetime") if time is not None else None
    modified_raw = node.get("dateModified") or meta.get("article:modified_time") or meta.get("og:updated_time") or meta.get("datemodified")

    title = _text(node.get("headline")) or _text(meta.get("og:title")) or _text(meta.get("twitter:title"))

    image: Image | None = None
    og_url = _absolute(meta.get("og:image") or meta.get("og:image:url") or meta.get("og:image:secure_url")
                       or meta.get("twitter:image") or meta.get("twitter:image:src"), base)
    figure = _figure_image(tree, base)
    if og_url:
        image = Image(url=og_url, alt=_text(meta.get("og:image:alt") or meta.get("twitter:image:alt")),
                      width=_int(meta.get("og:image:width")), height=_int(meta.get("og:image:height")))
    else:
        image = _jsonld_image(node.get("image"), base)
    image = _merge(image, figure) if image is not None else figure

    return PageMeta(
        title=title,
        author=_byline(_name(node.get("author")) or _text(meta.get("author")) or _text(meta.get("article:author"))),
        sitename=_name(node.get("publisher")) or _text(meta.get("og:site_name")),
        url=page_url or _absolute(node.get("url"), base),
        published_at=parse_datetime(published_raw),
        modified_at=parse_datetime(modified_raw),
        published=_date(published_raw),
        image=image,
    )
