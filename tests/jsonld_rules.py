"""Checks a JSON-LD graph against schema.org and Google's Article, Speakable and FAQPage rules.

The vocabulary (every schema.org type and property name) is rdflib's ``SDO`` namespace,
which ships the full schema.org term list offline. Which property may sit on which type
is the small table below, written from the schema.org type pages for the types
copydesk emits (a property is allowed on a type when schema.org lists it on the type or
one of its parents). Google's rules are from its Search Central pages for Article
(recommended: author with name and url, datePublished, dateModified in ISO 8601,
headline, image), Speakable (cssSelector or xpath, on an Article or WebPage) and
FAQPage (required: mainEntity of Questions, each with a name and an acceptedAnswer
with text).

:func:`problems` returns a list of messages; an empty list means the graph passes.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from rdflib.namespace import SDO

VOCABULARY = frozenset(SDO.__annotations__)

_THING = {"@type", "@id", "name", "alternateName", "description", "url", "image", "sameAs", "identifier",
          "mainEntityOfPage", "disambiguatingDescription", "subjectOf"}
_CREATIVE_WORK = _THING | {
    "about", "mentions", "author", "publisher", "sourceOrganization", "datePublished", "dateModified",
    "dateCreated", "headline", "alternativeHeadline", "inLanguage", "keywords", "isAccessibleForFree",
    "isBasedOn", "audio", "text", "creditText", "copyrightHolder", "thumbnailUrl", "mainEntity",
    "speakable", "caption", "encodingFormat", "contentLocation", "creator",
}
_MEDIA = _CREATIVE_WORK | {"contentUrl", "duration", "width", "height", "embedUrl", "contentSize"}
ALLOWED: dict[str, set[str]] = {
    "NewsArticle": _CREATIVE_WORK | {"articleBody", "articleSection", "wordCount", "dateline", "printEdition"},
    "FAQPage": _CREATIVE_WORK,
    "Question": _CREATIVE_WORK | {"acceptedAnswer", "suggestedAnswer", "answerCount"},
    "Answer": _CREATIVE_WORK,
    "ImageObject": _MEDIA | {"representativeOfPage"},
    "AudioObject": _MEDIA | {"transcript"},
    "SpeakableSpecification": {"@type", "cssSelector", "xpath"},
    "Person": _THING | {"jobTitle", "affiliation", "worksFor"},
    "Organization": _THING | {"logo", "legalName", "parentOrganization"},
    "Place": _THING | {"address", "geo", "containedInPlace"},
    "Event": _THING | {"startDate", "endDate", "location"},
    "Product": _THING | {"brand", "manufacturer", "model"},
    "Legislation": _CREATIVE_WORK | {"legislationIdentifier", "legislationDate"},
    "CreativeWork": _CREATIVE_WORK,
}
ENTITY_TYPES = {"Person", "Organization", "Place", "Event", "Product", "Legislation", "CreativeWork"}
_URL_PROPS = {"url", "mainEntityOfPage", "contentUrl", "isBasedOn", "logo", "thumbnailUrl", "embedUrl", "sameAs"}
_HEADLINE_MAX = 110


def _absolute(url: Any) -> bool:
    if not isinstance(url, str):
        return False
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _iso(value: Any) -> str | None:
    """None when ``value`` is an ISO 8601 date or a date-time with a zone, else the problem."""
    if not isinstance(value, str):
        return f"not a string: {value!r}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        date.fromisoformat(value)
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return f"not ISO 8601: {value!r}"
    return None if when.tzinfo is not None else f"a time without a zone: {value!r}"


def _walk(node: Any, path: str, out: list[str]) -> None:
    """Vocabulary, type/property fit and absolute URLs, recursively."""
    if isinstance(node, list):
        for i, item in enumerate(node):
            _walk(item, f"{path}[{i}]", out)
        return
    if not isinstance(node, dict):
        return
    typ = node.get("@type")
    if not isinstance(typ, str) or typ not in VOCABULARY or not typ[0].isupper():
        out.append(f"{path}: @type {typ!r} is not a schema.org type")
        return
    allowed = ALLOWED.get(typ)
    if allowed is None:
        out.append(f"{path}: no rule for type {typ}")
        return
    for key, value in node.items():
        if key.startswith("@"):
            continue
        if key not in VOCABULARY or not key[0].islower():
            out.append(f"{path}.{key}: not a schema.org property")
        elif key not in allowed:
            out.append(f"{path}.{key}: not a property of {typ}")
        if value in (None, "", [], {}):
            out.append(f"{path}.{key}: empty")
        if key in _URL_PROPS and isinstance(value, str) and not _absolute(value):
            out.append(f"{path}.{key}: not an absolute URL: {value!r}")
        _walk(value, f"{path}.{key}", out)


def _organization_or_person(node: Any, path: str, out: list[str]) -> None:
    if not isinstance(node, dict) or node.get("@type") not in ("Person", "Organization"):
        out.append(f"{path}: must be a Person or an Organization")
        return
    if not node.get("name"):
        out.append(f"{path}: has no name")


def _article(news: dict[str, Any], out: list[str], *, has_image: bool | None) -> None:
    headline = news.get("headline")
    if not isinstance(headline, str) or not headline or len(headline) > _HEADLINE_MAX:
        out.append(f"NewsArticle.headline: missing or over {_HEADLINE_MAX} characters")
    authors = news.get("author")
    if authors is not None:
        for i, author in enumerate(authors if isinstance(authors, list) else [authors]):
            _organization_or_person(author, f"NewsArticle.author[{i}]", out)
    publisher = news.get("publisher")
    _organization_or_person(publisher, "NewsArticle.publisher", out)
    if isinstance(publisher, dict) and isinstance(publisher.get("logo"), dict) and not _absolute(publisher["logo"].get("url")):
        out.append("NewsArticle.publisher.logo: no absolute url")
    for key in ("datePublished", "dateModified"):
        if key in news and (problem := _iso(news[key])):
            out.append(f"NewsArticle.{key}: {problem}")
    if "datePublished" in news and "dateModified" not in news:
        out.append("NewsArticle: datePublished without dateModified")
    images = news.get("image")
    if has_image is not None and bool(images) != has_image:
        out.append("NewsArticle.image: " + ("missing although the story has one" if has_image else "invented"))
    for i, image in enumerate(images or []):
        url = image.get("url") if isinstance(image, dict) else image
        if not _absolute(url):
            out.append(f"NewsArticle.image[{i}]: no absolute url")
    audio = news.get("audio")
    if isinstance(audio, dict) and not _absolute(audio.get("contentUrl")):
        out.append("NewsArticle.audio.contentUrl: not an absolute URL")
    spec = news.get("speakable")
    if spec is not None:
        selectors = [k for k in ("cssSelector", "xpath") if k in spec]
        if len(selectors) != 1 or not spec[selectors[0]] or not all(isinstance(s, str) and s for s in spec[selectors[0]]):
            out.append("NewsArticle.speakable: needs exactly one of cssSelector or xpath, a list of strings")
    for key in ("about", "mentions"):
        for i, entity in enumerate(news.get(key) or []):
            if entity.get("@type") not in ENTITY_TYPES:
                out.append(f"NewsArticle.{key}[{i}]: type {entity.get('@type')!r}")
    text = news.get("description")
    if isinstance(text, str) and text:
        first_close = min((i for i in (text.find("”"), text.find('," '), text.find('." ')) if i >= 0), default=-1)
        first_open = min((i for i in (text.find("“"), text.find('"')) if i >= 0), default=-1)
        if text[0].islower() or text.startswith(("…", "...")) or (first_close >= 0 and (first_open < 0 or first_close < first_open)):
            out.append(f"NewsArticle.description: starts mid-quotation or mid-sentence: {text[:60]!r}")


def _faq(faq: dict[str, Any], out: list[str]) -> None:
    items = faq.get("mainEntity")
    if not isinstance(items, list) or not items:
        out.append("FAQPage.mainEntity: required, a non-empty list of Questions")
        return
    questions: set[str] = set()
    answers: set[str] = set()
    for i, q in enumerate(items):
        where = f"FAQPage.mainEntity[{i}]"
        if not isinstance(q, dict) or q.get("@type") != "Question" or not q.get("name"):
            out.append(f"{where}: a Question with a name is required")
            continue
        answer = q.get("acceptedAnswer")
        if not isinstance(answer, dict) or answer.get("@type") != "Answer" or not answer.get("text"):
            out.append(f"{where}.acceptedAnswer: an Answer with text is required")
            continue
        name, text = " ".join(q["name"].split()).casefold(), " ".join(answer["text"].split()).casefold()
        if name in questions:
            out.append(f"{where}: duplicate question {q['name']!r}")
        if text in answers:
            out.append(f"{where}: duplicate answer {answer['text'][:60]!r}")
        questions.add(name)
        answers.add(text)


def problems(data: dict[str, Any], *, has_image: bool | None = None) -> list[str]:
    """Every way ``data`` (a JSON-LD document with an ``@graph``) breaks the rules above."""
    out: list[str] = []
    if data.get("@context") not in ("https://schema.org", "http://schema.org", "https://schema.org/"):
        out.append(f"@context is {data.get('@context')!r}")
    graph = data.get("@graph")
    if not isinstance(graph, list) or not graph:
        return [*out, "no @graph"]
    _walk(graph, "@graph", out)
    by_type = {node.get("@type"): node for node in graph if isinstance(node, dict)}
    if "NewsArticle" not in by_type:
        out.append("no NewsArticle in the graph")
    else:
        _article(by_type["NewsArticle"], out, has_image=has_image)
    if "FAQPage" in by_type:
        _faq(by_type["FAQPage"], out)
    return out
