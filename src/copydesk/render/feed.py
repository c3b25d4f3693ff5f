"""The narration podcast: an RSS 2.0 feed with iTunes tags of the published articles' audio.

One ``<item>`` per published article that has a narration at an absolute URL: its
headline, page link, a permanent ``guid`` (article id and revision), ``pubDate``
(RFC 822), the page's description, an ``<enclosure>`` (URL, length in bytes, MIME type)
and ``itunes:duration``. The channel names the publishing site
(:mod:`copydesk.render.site`) with its logo as the show's artwork when configured.
Built with ElementTree, so every text is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time
from email.utils import format_datetime
from xml.etree import ElementTree as ET

from copydesk.model import EnrichedArticle
from copydesk.render.jsonld import description, page_url
from copydesk.render.site import Site, absolute_http

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
ATOM = "http://www.w3.org/2005/Atom"
CONTENT_TYPE = "application/rss+xml; charset=utf-8"
ET.register_namespace("itunes", ITUNES)
ET.register_namespace("atom", ATOM)


@dataclass(frozen=True, slots=True)
class Episode:
    """One published article's narration, as the feed lists it."""

    article: EnrichedArticle
    audio_url: str
    """Absolute URL of the audio file."""
    length: int
    """Size of the audio file in bytes (RSS ``enclosure length``)."""
    revision: int = 1
    page: str | None = None
    """Absolute URL of the article's page (default: the site's URL for it)."""


def _duration(seconds: float) -> str:
    total = max(0, round(seconds))
    return f"{total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}"


def _pub_date(article: EnrichedArticle) -> datetime | None:
    story = article.story
    if story.published_at is not None:
        when = story.published_at
        return when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    if story.published is not None:
        return datetime.combine(story.published, time(0, 0), tzinfo=UTC)
    return None


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, attrs)
    if text is not None:
        el.text = text
    return el


def audio_feed(
    episodes: Sequence[Episode],
    *,
    site: Site,
    feed_url: str | None = None,
    title: str | None = None,
    summary: str | None = None,
    language: str = "en",
) -> str:
    """The RSS 2.0 document (UTF-8 XML text) listing ``episodes``, newest first."""
    home = absolute_http(site.url) or absolute_http(site.base_url) or "https://copydesk.invalid/"
    rss = ET.Element("rss", {"version": "2.0"})
    channel = _sub(rss, "channel")
    show = title or f"{site.name}: the news, read aloud"
    _sub(channel, "title", show)
    _sub(channel, "link", home)
    about = summary or f"Narrated articles published by {site.name}."
    _sub(channel, "description", about)
    _sub(channel, "language", language)
    _sub(channel, "generator", "copydesk")
    if feed_url and absolute_http(feed_url):
        _sub(channel, f"{{{ATOM}}}link", href=feed_url, rel="self", type="application/rss+xml")
    _sub(channel, f"{{{ITUNES}}}author", site.name)
    _sub(channel, f"{{{ITUNES}}}summary", about)
    _sub(channel, f"{{{ITUNES}}}explicit", "false")
    _sub(channel, f"{{{ITUNES}}}type", "episodic")
    _sub(channel, f"{{{ITUNES}}}category", text="News")
    owner = _sub(channel, f"{{{ITUNES}}}owner")
    _sub(owner, f"{{{ITUNES}}}name", site.name)
    if site.logo:
        _sub(channel, f"{{{ITUNES}}}image", href=site.logo)
        image = _sub(channel, "image")
        _sub(image, "url", site.logo)
        _sub(image, "title", show)
        _sub(image, "link", home)

    dated = sorted(episodes, key=lambda e: _pub_date(e.article) or datetime.min.replace(tzinfo=UTC), reverse=True)
    newest = next((d for d in (_pub_date(e.article) for e in dated) if d is not None), None)
    if newest is not None:
        _sub(channel, "lastBuildDate", format_datetime(newest))
    for episode in dated:
        article, narration = episode.article, episode.article.narration
        audio = absolute_http(episode.audio_url)
        if narration is None or audio is None:
            continue
        item = _sub(channel, "item")
        _sub(item, "title", article.parts.headline.text)
        link = absolute_http(episode.page) or page_url(article, site=site)
        if link:
            _sub(item, "link", link)
        _sub(item, "guid", f"{article.id}/r{episode.revision}", isPermaLink="false")
        when = _pub_date(article)
        if when is not None:
            _sub(item, "pubDate", format_datetime(when))
        text = description(article)
        _sub(item, "description", text)
        _sub(item, "enclosure", url=audio, length=str(max(0, episode.length)), type=narration.media_type)
        _sub(item, f"{{{ITUNES}}}title", article.parts.headline.text)
        _sub(item, f"{{{ITUNES}}}summary", text)
        _sub(item, f"{{{ITUNES}}}duration", _duration(narration.duration))
        _sub(item, f"{{{ITUNES}}}episodeType", "full")
        _sub(item, f"{{{ITUNES}}}explicit", "false")
        picture = article.story.image
        if picture is not None and absolute_http(picture.url):
            _sub(item, f"{{{ITUNES}}}image", href=picture.url)
    body = ET.tostring(rss, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
