"""The article page: one self-contained HTML file rendered from an EnrichedArticle.

Everything a reader sees comes from the document; the template autoescapes every
value, and the only markup built here (the body's sentence spans) escapes the story
text piece by piece, so the body's words reach the page unchanged and inert.
A Content-Security-Policy of hashes lets only the page's own script and style run.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from copydesk.model import Analysis, Claim, ClaimRef, EnrichedArticle, SegmentId, Story
from copydesk.render.jsonld import (
    article_date,
    description,
    faq_items,
    jsonld_script,
    modified_iso,
    page_url,
    published_iso,
    safe_href,
    safe_json,
    source_name,
    speakable_synopsis_ids,
)
from copydesk.render.site import Site, site_from_env

SPEEDS = (0.75, 1.0, 1.25, 1.5, 1.75, 2.0)
_PARA_BREAK = re.compile(r"\n[ \t]*\n\s*")


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja environment for copydesk's templates (autoescaping on)."""
    return Environment(
        loader=PackageLoader("copydesk.render", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@lru_cache(maxsize=4)
def asset(name: str) -> str:
    """The raw text of a template-folder asset (page.css, page.js)."""
    loader = environment().loader
    assert loader is not None
    return loader.get_source(environment(), name)[0]


@lru_cache(maxsize=8)
def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


# --------------------------------------------------------------------------- body


@dataclass(frozen=True, slots=True)
class _Piece:
    text: str
    sid: str | None
    dateline: bool


def _paragraph_ranges(body: str) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    pos = 0
    for brk in _PARA_BREAK.finditer(body):
        if brk.start() > pos:
            ranges.append((pos, brk.start()))
        pos = brk.end()
    if pos < len(body):
        ranges.append((pos, len(body)))
    return ranges


def _pieces(body: str, start: int, end: int, analysis: Analysis) -> list[_Piece]:
    sents = [s for s in analysis.sentences if s.start < end and s.end > start]
    dl = analysis.dateline
    dl_range = (dl.start, dl.end) if dl is not None and dl.end > dl.start else (0, 0)
    cuts = {start, end}
    for s in sents:
        cuts.update(c for c in (s.start, s.end) if start < c < end)
    cuts.update(c for c in dl_range if start < c < end)
    points = sorted(cuts)
    out: list[_Piece] = []
    for a, b in zip(points, points[1:], strict=False):
        sid = next((s.id for s in sents if s.start <= a < s.end), None)
        out.append(_Piece(body[a:b], sid, dl_range[0] <= a < dl_range[1]))
    return out


def body_html(story: Story, analysis: Analysis) -> list[Markup]:
    """The body's paragraphs as HTML: each sentence a ``span.s`` with its id, the dateline marked."""
    seen: set[str] = set()
    paragraphs: list[Markup] = []
    for start, end in _paragraph_ranges(story.body):
        html: list[str] = []
        open_sid: str | None = None
        for piece in _pieces(story.body, start, end, analysis):
            if piece.sid != open_sid:
                if open_sid is not None:
                    html.append("</span>")
                if piece.sid is not None:
                    ident = f' id="{piece.sid}"' if piece.sid not in seen else ""
                    seen.add(piece.sid)
                    html.append(f'<span class="s"{ident} data-sid="{piece.sid}">')
                open_sid = piece.sid
            text = str(escape(piece.text))
            if piece.dateline:
                dateline = str(SegmentId.dateline())
                ident = ' id="dateline"' if dateline not in seen else ""
                seen.add(dateline)
                text = f'<span class="dateline"{ident} data-sid="{dateline}">{text}</span>'
            html.append(text)
        if open_sid is not None:
            html.append("</span>")
        paragraphs.append(Markup("".join(html)))
    return paragraphs


# --------------------------------------------------------------------------- parts


def _labelled(text: str) -> dict[str, str]:
    """A point-of-view statement split into its label ("Why it matters") and its body."""
    from copydesk.contract import VIEWPOINT_LABELS

    for label in VIEWPOINT_LABELS:
        if text.startswith(label + ": "):
            return {"label": label, "body": text[len(label) + 2 :]}
    return {"label": "", "body": text}


def _cites(claim: Claim) -> str:
    return " ".join(claim.cites)


_REF_LABELS = {
    "question_headline": "Question headline", "headline": "Headline", "synopsis": "Summary",
    "takeaways": "Key takeaway", "viewpoint": "Point of view", "faq": "FAQ",
    "timeline": "Timeline",
}


def ref_label(ref: str) -> str:
    """``"takeaways.3"`` → ``"Key takeaway 4"``; ``"faq.0.answer"`` → ``"FAQ 1, answer"``."""
    claim = ClaimRef.parse(ref)
    label = _REF_LABELS.get(claim.part, claim.part)
    if claim.number is not None:
        label += f" {claim.number}"
    if claim.field is not None:
        label += f", {claim.field}"
    return label


def _timings_json(article: EnrichedArticle) -> Markup:
    narration = article.narration
    data = [[sid, start, end] for sid, start, end in (narration.timings if narration else ())]
    return Markup(safe_json(data))


def _date_text(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _image(article: EnrichedArticle, headline: str) -> dict[str, Any] | None:
    image = article.story.image
    if image is None or safe_href(image.url) is None or urlsplit(image.url).scheme not in ("http", "https"):
        return None
    return {
        "src": image.url,
        "alt": image.alt or image.caption or headline,
        "caption": image.caption,
        "credit": image.credit,
        "width": image.width,
        "height": image.height,
    }


def _meta(
    article: EnrichedArticle, *, description: str, url: str | None, site: Site, image: dict[str, Any] | None
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    parts = article.parts
    og = [
        ("og:type", "article"),
        ("og:title", parts.headline.text),
        ("og:description", description),
        ("og:site_name", site.name),
    ]
    if url:
        og.append(("og:url", url))
    if image:
        og += [("og:image", image["src"]), ("og:image:alt", image["alt"])]
        if image["width"] and image["height"]:
            og += [("og:image:width", str(image["width"])), ("og:image:height", str(image["height"]))]
    published, modified = published_iso(article), modified_iso(article)
    if published:
        og.append(("article:published_time", published))
    if modified and modified != published:
        og.append(("article:modified_time", modified))
    og += [("article:tag", tag) for tag in parts.tags]
    twitter = [
        ("twitter:card", "summary_large_image" if image else "summary"),
        ("twitter:title", parts.headline.text),
        ("twitter:description", description),
    ]
    if image:
        twitter += [("twitter:image", image["src"]), ("twitter:image:alt", image["alt"])]
    return og, twitter


def _origin(url: str | None) -> str | None:
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") and parts.netloc else None


def page_context(
    article: EnrichedArticle,
    *,
    audio_url: str | None = None,
    related: Sequence[tuple[str, str]] = (),
    site: Site | None = None,
    url: str | None = None,
) -> dict[str, Any]:
    """Every value the page template shows, computed and escaped-ready."""
    site = site or site_from_env()
    story, analysis, parts = article.story, article.analysis, article.parts
    unsupported = {s.ref: s for s in article.grounding.supports if not s.supported or s.unsupported}
    flagged = article.grounding.status == "flagged"
    published = article_date(article)
    summary = description(article)
    page = page_url(article, site=site, url=url)
    story_url = safe_href(story.url) if story.url and "://" in story.url else None
    image = _image(article, parts.headline.text)
    og, twitter = _meta(article, description=summary, url=page, site=site, image=image)

    narration = article.narration
    audio_src = _audio_src(article, site, audio_url, page)
    player = None
    if narration is not None and audio_src:
        player = {"src": audio_src, "duration": narration.duration, "media_type": narration.media_type}

    css, js = asset("page.css"), asset("page.js")
    media = ["'self'", "blob:", "file:"]
    if _origin(audio_src):
        media.append(str(_origin(audio_src)))
    images = ["data:"]
    if image and _origin(image["src"]):
        images.append(str(_origin(image["src"])))
    csp = (
        f"default-src 'none'; script-src {_csp_hash(js)}; style-src {_csp_hash(css)}; "
        f"img-src {' '.join(images)}; media-src {' '.join(media)}; base-uri 'none'; form-action 'none'"
    )
    source = source_name(article)
    return {
        "lang": story.language,
        "title": parts.seo_title or parts.headline.text,
        "description": summary,
        "canonical": page,
        "og": og,
        "twitter": twitter,
        "csp": csp,
        "css": Markup(css),
        "js": Markup(js),
        "jsonld": Markup(jsonld_script(article, site=site, page=page, audio=audio_url)),
        "publisher": site.name,
        "question_headline": parts.question_headline,
        "question_flag": "question_headline" in unsupported,
        "headline_sid": str(SegmentId.headline()),
        "headline": parts.headline,
        "headline_flag": "headline" in unsupported,
        "image": image,
        "player": player,
        "speeds": SPEEDS,
        "timings_json": _timings_json(article),
        "synopsis": [
            {"id": str(SegmentId.synopsis(i)), "text": c.text, "cites": _cites(c),
             "flag": str(ClaimRef("synopsis", i)) in unsupported}
            for i, c in enumerate(parts.synopsis)
        ],
        "speakable_ids": speakable_synopsis_ids(article),
        "takeaways": [
            {"label": t.label, "text": t.claim.text, "cites": _cites(t.claim), "flag": str(ClaimRef("takeaways", i)) in unsupported}
            for i, t in enumerate(parts.takeaways)
        ],
        "paragraphs": body_html(story, analysis),
        "viewpoint": [
            {"text": c.text, **_labelled(c.text), "cites": _cites(c), "flag": str(ClaimRef("viewpoint", i)) in unsupported}
            for i, c in enumerate(parts.viewpoint)
        ],
        "timeline": [
            {"label": t.label, "date": t.start or t.date, "planned": t.planned, "text": t.claim.text,
             "cites": _cites(t.claim), "flag": f"timeline.{i}" in unsupported}
            for i, t in enumerate(parts.timeline)
        ],
        "author": story.author if story.author and story.author != source else None,
        "source": source or site.name,
        "story_url": story_url,
        "published": published,
        "published_iso": published_iso(article),
        "published_text": _date_text(published) if published else None,
        "faq": [
            {"q": f.question.text, "a": f.answer.text, "cites": _cites(f.answer), "flag": str(ClaimRef("faq", i, "answer")) in unsupported}
            for i, f in enumerate(parts.faq) if f in faq_items(article)
        ],
        "tags": parts.tags,
        "related": [{"title": title, "href": safe_href(href)} for title, href in related],
        "flagged": flagged,
        "flags": [
            {"label": ref_label(s.ref), "score": s.score, "unsupported": [(u.kind, u.text) for u in s.unsupported]}
            for s in unsupported.values()
        ],
        "claim_count": len(parts.claims()),
        "threshold": article.grounding.threshold,
        "engines": sorted({engine for _, engine in article.provenance.engine}),
    }


def _audio_src(article: EnrichedArticle, site: Site, given: str | None, page: str | None) -> str | None:
    """Where the player finds the narration: ``given`` (absolute under a known page URL), else the file."""
    if article.narration is None:
        return None
    if given:
        return site.absolute(given, page=page) or safe_href(given)
    return safe_href(article.narration.audio)


def render_page(
    article: EnrichedArticle,
    *,
    audio_url: str | None = None,
    related: Sequence[tuple[str, str]] = (),
    site: Site | None = None,
    url: str | None = None,
) -> str:
    """The finished article page as one self-contained HTML document.

    ``audio_url`` is where the page finds the narration (default: the narration's own
    file name, relative to the page, or its absolute URL under the site's base URL);
    ``related`` is ``(title, url)`` pairs of related coverage. Links other than http(s)
    or relative ones are dropped. ``site`` (default: from the environment, see
    :mod:`copydesk.render.site`) names the publisher and the base URL; ``url`` is the
    page's own absolute URL when it is served somewhere else than the site's default.
    """
    return environment().get_template("page.html.j2").render(
        **page_context(article, audio_url=audio_url, related=related, site=site, url=url)
    )

