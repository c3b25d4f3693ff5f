"""schema.org structured data: a ``NewsArticle`` and a ``FAQPage`` in one JSON-LD graph.

Follows Google's Article, speakable and FAQ guidance:

* ``publisher`` is the publishing site (:mod:`copydesk.render.site`: name, URL, logo),
  never the wire agency; the byline is the ``author`` (a Person), and the agency or
  source the story came from is its ``sourceOrganization`` (and the ``author`` when
  there is no byline).
* ``url``/``mainEntityOfPage``, ``audio.contentUrl`` and ``image`` are absolute URLs or
  absent; the original story is ``isBasedOn``.
* ``datePublished``/``dateModified`` carry the time and zone when the source gave them.
* ``image`` is the story's own lead image, when it had one; none is ever invented.
* ``about``/``mentions`` hold only entities whose type the story backs
  (:mod:`copydesk.render.mentions`); the FAQ has no repeated question or answer; the
  description never starts inside a quotation.
* the ``speakable`` selectors point at the page's headline and synopsis (never the
  dateline), each section short enough to read in 20–30 seconds.

The graph is embedded with ``<``, ``>``, ``&``, U+2028 and U+2029 written as ``\\uXXXX``
escapes, so no story text can end the ``<script>`` element or start a new one.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from copydesk.model import EnrichedArticle, Entity, FaqItem, Image, SegmentId, iso_day
from copydesk.render.mentions import confident_entities
from copydesk.render.site import Site, absolute_http, site_from_env

# Google: speakable sections of 20–30 s. At ~165 words a minute, 30 s is ~80 words.
SPEAKABLE_MAX_WORDS = 80
HEADLINE_MAX_CHARS = 110
ABOUT_MAX = 3

_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def safe_json(data: Any, *, indent: int | None = None) -> str:
    """``data`` as JSON that is safe inside an HTML ``<script>`` element (compact, or indented)."""
    text = json.dumps(data, ensure_ascii=False, indent=indent, separators=(",", ": ") if indent else (",", ":"))
    return "".join(_ESCAPES.get(ch, ch) for ch in text)


# --------------------------------------------------------------------------- dates


def article_date(article: EnrichedArticle) -> date | None:
    """The publication date: the story's metadata, else the dateline's date."""
    if article.story.published is not None:
        return article.story.published
    dateline = article.analysis.dateline
    return iso_day(dateline.date) if dateline is not None else None


def published_iso(article: EnrichedArticle) -> str | None:
    """The publication date as ISO 8601, with the time and zone when the source gave them."""
    day = article_date(article)
    when = article.story.published_at
    if when is not None and (day is None or when.date() == day):
        return when.isoformat()
    return day.isoformat() if day else None


def modified_iso(article: EnrichedArticle) -> str | None:
    """The last-modified time as ISO 8601 (the publication time when the source gave none)."""
    published = published_iso(article)
    modified = article.story.modified_at
    day = article_date(article)
    if modified is not None and published is not None and (day is None or modified.date() >= day):
        return modified.isoformat()
    return published


# --------------------------------------------------------------------------- who


def publisher_name(article: EnrichedArticle | None = None, *, site: Site | None = None) -> str:
    """Who publishes the page: the configured site (never the wire agency)."""
    return (site or site_from_env()).name


def source_name(article: EnrichedArticle) -> str | None:
    """Where the story came from: its source, else the dateline's agency, else None."""
    if article.story.source:
        return article.story.source
    dateline = article.analysis.dateline
    if dateline is not None and dateline.agency:
        return dateline.agency
    return None


def _organization(name: str, url: str | None = None) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Organization", "name": name}
    if url:
        node["url"] = url
    return node


def _publisher(site: Site) -> dict[str, Any]:
    node = _organization(site.name, absolute_http(site.url))
    if site.logo:
        node["logo"] = {"@type": "ImageObject", "url": site.logo}
    return node


def _source_org(article: EnrichedArticle) -> dict[str, Any] | None:
    name = source_name(article)
    if name is None:
        return None
    url = None
    story_url = absolute_http(article.story.url)
    if story_url and article.story.source == name:
        parts = urlsplit(story_url)
        url = f"{parts.scheme}://{parts.netloc}/"  # the source's site: the story came from it
    return _organization(name, url)


# --------------------------------------------------------------------------- text


def speakable_synopsis_ids(article: EnrichedArticle) -> list[str]:
    """The synopsis sentence ids (``y1``…) that fit one 20–30 s speakable section."""
    ids: list[str] = []
    words = 0
    for i, claim in enumerate(article.parts.synopsis):
        words += len(claim.text.split())
        if ids and words > SPEAKABLE_MAX_WORDS:
            break
        ids.append(str(SegmentId.synopsis(i)))
    return ids


def speakable_selectors(article: EnrichedArticle) -> list[str]:
    """CSS selectors of the page's headline and (the first 30 s of) its synopsis."""
    ids = speakable_synopsis_ids(article)
    if len(ids) == len(article.parts.synopsis):
        return ["#headline", "#synopsis"] if ids else ["#headline"]
    return ["#headline", *(f"#{i}" for i in ids)]


def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "…"


_OPENERS = " \t\n([{—–-/"


def starts_mid_quotation(text: str) -> bool:
    """True when ``text`` begins inside a quotation or a sentence (``reform," he said.``).

    A closing quotation mark met before any opening one, a leading ellipsis and a
    leading lower-case word (other than a name like "iPhone") all mean the text was
    cut out of something longer.
    """
    t = text.strip()
    if not t:
        return False
    if t.startswith(("…", "...")) or (t[0].islower() and not (len(t) > 1 and t[1].isupper())):
        return True
    depth = 0
    for i, ch in enumerate(t):
        if ch == "“":
            depth += 1
        elif ch == "”" or (ch == '"' and i > 0 and t[i - 1] not in _OPENERS):
            if depth == 0:
                return True
            depth -= 1
        elif ch == '"':
            depth += 1
    return False


def description(article: EnrichedArticle) -> str:
    """The page's description: the synopsis, from its first sentence that starts cleanly.

    A synopsis sentence that begins mid-quotation is skipped (it reads as a fragment in
    a search result); when every one does, the headline is the description.
    """
    claims = [c.text for c in article.parts.synopsis]
    for i, text in enumerate(claims):
        if not starts_mid_quotation(text):
            return " ".join(claims[i:])
    return article.parts.headline.text


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.sub(r"[^\w%$€£]+", " ", text).split())


def faq_items(article: EnrichedArticle) -> list[FaqItem]:
    """The FAQ without a question or an answer already given (Google: one answer each)."""
    seen_q: set[str] = set()
    seen_a: set[str] = set()
    out: list[FaqItem] = []
    for item in article.parts.faq:
        q, a = _norm(item.question.text), _norm(item.answer.text)
        if not q or not a or q in seen_q or a in seen_a:
            continue
        seen_q.add(q)
        seen_a.add(a)
        out.append(item)
    return out


# --------------------------------------------------------------------------- links


def safe_href(url: str | None) -> str | None:
    """``url`` if it is an http(s) or relative link, else None (no ``javascript:``)."""
    if not url:
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.netloc:
        return url
    if not parts.scheme and not parts.netloc and not url.startswith("//") and ":" not in url.split("/")[0]:
        return url
    return None


def page_url(article: EnrichedArticle, *, site: Site | None = None, url: str | None = None) -> str | None:
    """The page's absolute URL: ``url`` when absolute, else the site's URL for the article."""
    return absolute_http(url) or (site or site_from_env()).page_url(article.id)


def audio_url(
    article: EnrichedArticle, *, site: Site | None = None, url: str | None = None, page: str | None = None
) -> str | None:
    """The narration's absolute URL (``url`` resolved against the page), or None."""
    if article.narration is None:
        return None
    site = site or site_from_env()
    if url:
        return site.absolute(url, page=page)
    return absolute_http(article.narration.audio) or site.audio_url(article.id)


def image_node(image: Image) -> dict[str, Any]:
    """A schema.org ``ImageObject`` for the story's lead image."""
    node: dict[str, Any] = {"@type": "ImageObject", "url": image.url, "contentUrl": image.url}
    if image.caption:
        node["caption"] = image.caption
    if image.credit:
        node["creditText"] = image.credit
    if image.width and image.height:
        node["width"], node["height"] = image.width, image.height
    return node


def _entity(entity: Entity, typ: str) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": typ, "name": entity.name}
    if typ == "Person" and entity.title:
        node["jobTitle"] = entity.title
    if entity.role:
        node["description"] = entity.role
    if entity.aliases:
        node["alternateName"] = list(entity.aliases)
    return node


def jsonld_graph(
    article: EnrichedArticle,
    *,
    site: Site | None = None,
    page: str | None = None,
    audio: str | None = None,
) -> dict[str, Any]:
    """The schema.org ``@graph``: ``NewsArticle`` (with ``speakable``) and ``FAQPage``.

    ``site`` defaults to :func:`~copydesk.render.site.site_from_env`; ``page`` is the
    page's own URL (default: the site's URL for the article) and ``audio`` where the page
    finds its narration (resolved against ``page``).
    """
    site = site or site_from_env()
    story, analysis, parts = article.story, article.analysis, article.parts
    news: dict[str, Any] = {
        "@type": "NewsArticle",
        "@id": "#article",
        "headline": _truncate(parts.headline.text, HEADLINE_MAX_CHARS),
        "description": description(article),
        "articleBody": story.body,
        "inLanguage": story.language,
        "publisher": _publisher(site),
        "isAccessibleForFree": True,
        "speakable": {"@type": "SpeakableSpecification", "cssSelector": speakable_selectors(article)},
    }
    if parts.question_headline.text:
        news["alternativeHeadline"] = parts.question_headline.text  # never an empty one
    source = _source_org(article)
    if story.author and not (source and story.author.casefold() == source["name"].casefold()):
        news["author"] = [{"@type": "Person", "name": story.author}]
    elif source is not None:
        news["author"] = [dict(source)]
    if source is not None:
        news["sourceOrganization"] = source
    published = published_iso(article)
    if published is not None:
        news["datePublished"] = published
        news["dateModified"] = modified_iso(article)
    url = page_url(article, site=site, url=page)
    if url:
        news["url"] = news["mainEntityOfPage"] = url
    based_on = absolute_http(story.url)
    if based_on and based_on != url:
        news["isBasedOn"] = based_on
    if story.image is not None:
        news["image"] = [image_node(story.image)]
    if analysis.dateline is not None:
        news["dateline"] = analysis.dateline.text
    if parts.tags:
        news["keywords"] = list(parts.tags)
    entities = confident_entities(analysis.entities, analysis, story.body)
    if entities:
        news["about"] = [_entity(e, typ) for e, typ in entities[:ABOUT_MAX]]
    if entities[ABOUT_MAX:]:
        news["mentions"] = [_entity(e, typ) for e, typ in entities[ABOUT_MAX:]]
    narration = article.narration
    content_url = audio_url(article, site=site, url=audio, page=url)
    if narration is not None and content_url:
        seconds = round(narration.duration)
        news["audio"] = {
            "@type": "AudioObject",
            "contentUrl": content_url,
            "encodingFormat": narration.media_type,
            "duration": f"PT{seconds // 60}M{seconds % 60}S",
        }
    graph: list[dict[str, Any]] = [news]
    faq = faq_items(article)
    if faq:
        graph.append({
            "@type": "FAQPage",
            "@id": "#faq",
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": item.question.text,
                    "acceptedAnswer": {"@type": "Answer", "text": item.answer.text},
                }
                for item in faq
            ],
        })
    return {"@context": "https://schema.org", "@graph": graph}


def jsonld_script(
    article: EnrichedArticle, *, site: Site | None = None, page: str | None = None, audio: str | None = None
) -> str:
    """The ``<script type="application/ld+json">`` element for the page's ``<head>``."""
    graph = jsonld_graph(article, site=site, page=page, audio=audio)
    return f'<script type="application/ld+json">{safe_json(graph)}</script>'
