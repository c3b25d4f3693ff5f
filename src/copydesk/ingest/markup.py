"""Markup → text: Markdown (markdown-it tokens), HTML pages (trafilatura), HTML fragments (lxml).

Each returns an :class:`Extracted`: the text with paragraphs separated by blank lines,
plus what metadata the markup carried. Scripts, styles, event attributes and link
targets never reach the text: only the words a reader sees are kept.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from copydesk.errors import NoMainText
from copydesk.model import Image

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Extracted:
    """Text pulled out of markup, with the metadata found alongside it."""

    text: str
    title: str | None = None
    published: date | None = None
    author: str | None = None
    source: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    modified_at: datetime | None = None
    image: Image | None = None


def parse_date(value: str) -> date:
    """An ISO date or date-time (``2025-10-29``, ``2025-10-29T08:00:00Z``) as a date."""
    value = value.strip()
    if len(value) == 10:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value).date()


# --------------------------------------------------------------------------- HTML fragments

_UNSAFE = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
    "head", "form", "button", "select", "textarea", "canvas", "video", "audio",
)
_BLOCK_TAGS = (
    "p div section article header footer aside li ul ol dl dt dd blockquote pre table tr h1 h2 h3"
    " h4 h5 h6 figure figcaption address main nav hr"
)
_BLOCK = frozenset(_BLOCK_TAGS.split())


def fragment_text(html: str) -> str:
    """The visible text of an HTML fragment, one paragraph per block element."""
    import lxml.html
    from lxml import etree

    if not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for el in list(root.iter(*_UNSAFE)):
        if el is not root:
            el.drop_tree()
    for el in root.iter(etree.Comment, etree.ProcessingInstruction):
        el.text = ""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag in _BLOCK:
            el.text = "\n\n" + (el.text or "")
            el.tail = "\n\n" + (el.tail or "")
        elif el.tag in ("td", "th"):
            el.tail = " " + (el.tail or "")
    text: str = root.text_content()
    return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)*", "\n\n", text).strip()


# --------------------------------------------------------------------------- HTML pages

# Page furniture removed before trafilatura looks: it otherwise falls back to the whole
# <body> of a page that has no article, and returns its menu as "the text". A <header>
# or <form> is furniture unless it holds a paragraph of prose: some pages put their
# whole story in one (an ASP.NET page's <form>, a lede inside the page <header>).
_PROSE = ".//*[self::p or self::div or self::td or self::section][string-length(normalize-space(text())) > 100]"
_PRUNE = [
    "//nav", "//footer", "//aside",
    f"//form[not({_PROSE})]", f"//header[not(ancestor::article)][not({_PROSE})]",
    "//*[@role='navigation' or @role='banner' or @role='contentinfo' or @role='complementary']",
]
# A main text whose every line is this short is a menu, not an article.
_MIN_LINE_WORDS = 5
_MIN_WORDS = 8
# Han, kana and CJK compatibility ideographs: written without spaces; ~2 characters a word.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _word_count(line: str) -> int:
    """Words in ``line``: spaced words, plus one per two CJK characters."""
    cjk = len(_CJK.findall(line))
    return len(line.split()) + cjk // 2


def _looks_like_text(text: str) -> bool:
    counts = [_word_count(line) for line in text.splitlines() if line.strip()]
    return sum(counts) >= _MIN_WORDS and any(n >= _MIN_LINE_WORDS for n in counts)


def _extract(tree: Any, url: str | None, fast: bool, prune: bool) -> Any:
    import trafilatura

    return trafilatura.bare_extraction(
        tree,
        url=url,
        fast=fast,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        prune_xpath=_PRUNE if prune else None,
    )


# (fast, prune): trafilatura's fast pass over the pruned page (~1.5× faster than its
# fallbacks), then its justext/readability fallbacks, then the page unpruned as
# trafilatura's extract() sees it, so a page it extracts is never refused here.
_ATTEMPTS = ((False, True), (False, False))


def html_text(html: str, *, url: str | None = None) -> Extracted:
    """The main text and metadata of an HTML page, boilerplate dropped.

    The page is parsed once; its own metadata (JSON-LD, Open Graph, meta tags: see
    :mod:`copydesk.ingest.pagemeta`) gives the title, byline, times and lead image, and
    trafilatura's metadata heuristics run only for what that leaves missing. Raises
    :class:`NoMainText` when the page has no article text.
    """
    from trafilatura.utils import load_html

    from copydesk.ingest.pagemeta import page_meta

    tree = load_html(html)
    if tree is None:
        raise NoMainText("the page has no main text: it is not an HTML document", url=url)
    meta = page_meta(tree, url)
    doc = None
    for fast, prune in _ATTEMPTS:
        doc = _extract(tree, url, fast, prune)
        if doc is not None and doc.text and _looks_like_text(doc.text):
            break
    else:
        raise NoMainText(
            "the page has no main text: only navigation, boilerplate or nothing at all",
            url=url,
        )
    title, author, sitename, published = meta.title, meta.author, meta.sitename, meta.published
    if title is None or published is None:  # trafilatura's heuristics cost ~40% of the read
        from trafilatura.metadata import extract_metadata

        found = extract_metadata(tree, default_url=url, extensive=published is None)
        title = title or (found.title or "").strip() or None
        author = author or found.author or None
        sitename = sitename or found.sitename or None
        if published is None and found.date:
            try:
                published = parse_date(found.date)
            except ValueError:
                log.debug("unparseable page date %r", found.date)
    lines = [line.strip() for line in doc.text.splitlines() if line.strip()]
    if title and lines and lines[0] == title:
        lines = lines[1:]  # the page's <h1> repeats its title
    published_at = meta.published_at if meta.published_at and meta.published_at.date() == published else None
    return Extracted(
        text="\n\n".join(lines),
        title=title,
        published=published,
        author=author,
        source=sitename,
        url=meta.url or url,
        published_at=published_at,
        modified_at=meta.modified_at,
        image=meta.image,
    )


# --------------------------------------------------------------------------- Markdown

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_RAW_OPEN = re.compile(r"<(script|style|noscript|template|iframe|svg)\b", re.IGNORECASE)
_RAW_CLOSE = re.compile(r"</(script|style|noscript|template|iframe|svg)\s*>", re.IGNORECASE)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, text[match.end() :]


def _inline_text(children: list[Any]) -> str:
    out: list[str] = []
    raw_depth = 0
    for tok in children:
        if tok.type == "html_inline":
            if _RAW_OPEN.match(tok.content):
                raw_depth += 1
            elif _RAW_CLOSE.match(tok.content):
                raw_depth = max(0, raw_depth - 1)
            continue
        if raw_depth:
            continue
        if tok.type in ("text", "code_inline"):
            out.append(tok.content)
        elif tok.type in ("softbreak", "hardbreak"):
            out.append(" ")
        # image, link_open/close, em/strong markers: dropped, their text kept above
    return "".join(out)


def markdown_text(text: str) -> Extracted:
    """Markdown → plain paragraphs; a leading ``# `` heading (or front matter) is the title."""
    from markdown_it import MarkdownIt

    meta, text = _front_matter(text)
    md = MarkdownIt("commonmark")
    md.validateLink = lambda url: True  # type: ignore[method-assign]  # keep every link: its target is dropped
    title = meta.get("title") or None
    paragraphs: list[str] = []
    seen_text = False
    heading_level = 0
    for tok in md.parse(text):
        if tok.type == "heading_open":
            heading_level = int(tok.tag[1:])
        elif tok.type == "heading_close":
            heading_level = 0
        elif tok.type == "inline":
            line = _inline_text(tok.children or []).strip()
            if not line:
                continue
            if heading_level == 1 and title is None and not seen_text:
                title = line
                continue
            paragraphs.append(line)
            seen_text = True
        elif tok.type in ("fence", "code_block"):
            paragraphs.extend(p for p in tok.content.split("\n\n") if p.strip())
            seen_text = True
        elif tok.type == "html_block":
            block = fragment_text(tok.content)
            if block:
                paragraphs.extend(block.split("\n\n"))
                seen_text = True
    published = None
    raw_date = meta.get("date") or meta.get("published")
    if raw_date:
        try:
            published = parse_date(raw_date)
        except ValueError:
            log.debug("unparseable front-matter date %r", raw_date)
    return Extracted(
        text="\n\n".join(paragraphs),
        title=title,
        published=published,
        author=meta.get("author") or None,
        source=meta.get("source") or None,
        url=meta.get("url") or None,
    )
