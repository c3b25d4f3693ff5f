"""schema.org structured data: a ``NewsArticle`` and a ``FAQPage`` in one JSON-LD graph.

Follows Google's Article and speakable guidance: the ``speakable`` selectors point at
the page's headline and synopsis (never the dateline), each section short enough to
read in 20–30 seconds. No ``image`` is given: copydesk has no picture of its own to
offer, Google lists ``image`` as recommended rather than required, and a placeholder
would misdescribe the story.

The graph is embedded with ``<``, ``>``, ``&``, U+2028 and U+2029 written as ``\\uXXXX``
escapes, so no story text can end the ``<script>`` element or start a new one.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from copydesk.model import EnrichedArticle, Entity

# Google: speakable sections of 20–30 s. At ~165 words a minute, 30 s is ~80 words.
SPEAKABLE_MAX_WORDS = 80
HEADLINE_MAX_CHARS = 110
DEFAULT_PUBLISHER = "copydesk"

_TYPES = {
    "PERSON": "Person", "ORG": "Organization", "PLACE": "Place", "FACILITY": "Place",
    "EVENT": "Event", "PRODUCT": "Product", "LAW": "Legislation", "WORK_OF_ART": "CreativeWork",
}
_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def safe_json(data: Any) -> str:
    """``data`` as JSON that is safe inside an HTML ``<script>`` element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return "".join(_ESCAPES.get(ch, ch) for ch in text)


def article_date(article: EnrichedArticle) -> date | None:
    """The publication date: the story's metadata, else the dateline's date."""
    if article.story.published is not None:
        return article.story.published
    dateline = article.analysis.dateline
    if dateline is not None and dateline.date:
        try:
            return date.fromisoformat(dateline.date)
        except ValueError:
            return None
    return None


def publisher_name(article: EnrichedArticle) -> str:
    """Who published the story: its source, else the dateline's agency, else copydesk."""
    if article.story.source:
        return article.story.source
    dateline = article.analysis.dateline
    if dateline is not None and dateline.agency:
        return dateline.agency
    return DEFAULT_PUBLISHER


def speakable_synopsis_ids(article: EnrichedArticle) -> list[str]:
    """The synopsis sentence ids (``y1``…) that fit one 20–30 s speakable section."""
    ids: list[str] = []
    words = 0
    for i, claim in enumerate(article.parts.synopsis, start=1):
        words += len(claim.text.split())
        if ids and words > SPEAKABLE_MAX_WORDS:
            break
        ids.append(f"y{i}")
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


def _entity(entity: Entity) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": _TYPES.get(entity.kind, "Thing"), "name": entity.name}
    if entity.kind == "PERSON" and entity.title:
        node["jobTitle"] = entity.title
    if entity.role:
        node["description"] = entity.role
    if entity.aliases:
        node["alternateName"] = list(entity.aliases)
    return node


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


def _http_url(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("http://", "https://")) else None


def jsonld_graph(article: EnrichedArticle) -> dict[str, Any]:
    """The schema.org ``@graph``: ``NewsArticle`` (with ``speakable``) and ``FAQPage``."""
    story, analysis, parts = article.story, article.analysis, article.parts
    publisher = {"@type": "Organization", "name": publisher_name(article)}
    author: dict[str, Any] = (
        {"@type": "Person", "name": story.author} if story.author else dict(publisher)
    )
    news: dict[str, Any] = {
        "@type": "NewsArticle",
        "@id": "#article",
        "headline": _truncate(parts.headline.text, HEADLINE_MAX_CHARS),
        "alternativeHeadline": parts.question_headline.text,
        "description": " ".join(c.text for c in parts.synopsis),
        "articleBody": story.body,
        "inLanguage": story.language,
        "author": [author],
        "publisher": publisher,
        "isAccessibleForFree": True,
        "speakable": {"@type": "SpeakableSpecification", "cssSelector": speakable_selectors(article)},
    }
    published = article_date(article)
    if published is not None:
        news["datePublished"] = news["dateModified"] = published.isoformat()
    url = _http_url(story.url)
    if url:
        news["url"] = news["mainEntityOfPage"] = url
    if analysis.dateline is not None:
        news["dateline"] = analysis.dateline.text
    if parts.tags:
        news["keywords"] = list(parts.tags)
    entities = sorted(
        (e for e in analysis.entities if e.kind in _TYPES), key=lambda e: -e.salience
    )
    if entities:
        news["about"] = [_entity(e) for e in entities[:3]]
    if entities[3:]:
        news["mentions"] = [_entity(e) for e in entities[3:]]
    narration = article.narration
    if narration is not None:
        seconds = round(narration.duration)
        news["audio"] = {
            "@type": "AudioObject",
            "contentUrl": safe_href(narration.audio),
            "encodingFormat": narration.media_type,
            "duration": f"PT{seconds // 60}M{seconds % 60}S",
        }
    graph: list[dict[str, Any]] = [news]
    if parts.faq:
        graph.append({
            "@type": "FAQPage",
            "@id": "#faq",
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": item.question.text,
                    "acceptedAnswer": {"@type": "Answer", "text": item.answer.text},
                }
                for item in parts.faq
            ],
        })
    return {"@context": "https://schema.org", "@graph": graph}


def jsonld_script(article: EnrichedArticle) -> str:
    """The ``<script type="application/ld+json">`` element for the page's ``<head>``."""
    return f'<script type="application/ld+json">{safe_json(jsonld_graph(article))}</script>'
