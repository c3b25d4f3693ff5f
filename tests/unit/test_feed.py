"""The narration podcast feed: RSS 2.0 with iTunes tags, read back by feedparser and by the RSS structure."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from xml.etree import ElementTree as ET

import feedparser
import pytest
from fastapi.testclient import TestClient

from copydesk.model import EnrichedArticle, Image, Narration
from copydesk.render.feed import ITUNES, Episode, audio_feed
from copydesk.render.site import Site
from copydesk.testing import sample_article

SITE = Site(name="The Daily Ledger", url="https://ledger.example/", logo="https://ledger.example/logo.png",
            base_url="https://ledger.example")
NARRATION = Narration(audio="narration.mp3", voice="fake", duration=3725.4)


def _article(headline_suffix: str = "", day: int = 29, **story: object) -> EnrichedArticle:
    article = sample_article(narration=NARRATION)
    article = article.model_copy(update={"story": article.story.model_copy(update={"published": date(2025, 10, day), **story})})
    if headline_suffix:
        headline = article.parts.headline.model_copy(update={"text": article.parts.headline.text + headline_suffix})
        article = article.model_copy(update={"parts": article.parts.model_copy(update={"headline": headline})})
    return article


def test_feed_is_rss2_with_itunes_tags_read_by_feedparser() -> None:
    zone = timezone(timedelta(hours=2))
    older = _article(day=28)
    newer = _article(" <again> & more", published_at=datetime(2025, 10, 29, 9, 15, tzinfo=zone),
                     image=Image(url="https://img.example/a.jpg"))
    episodes = [
        Episode(article=older, audio_url="https://ledger.example/articles/a/audio.mp3", length=1234, revision=2),
        Episode(article=newer, audio_url="https://ledger.example/articles/b/audio.mp3", length=5678),
    ]
    xml = audio_feed(episodes, site=SITE, feed_url="https://ledger.example/feeds/audio.xml")
    parsed = feedparser.parse(xml)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    feed = parsed.feed
    assert feed.title == "The Daily Ledger: the news, read aloud" and feed.link == "https://ledger.example/"
    assert feed.author == "The Daily Ledger" and feed.image.href == "https://ledger.example/logo.png"
    assert [t.term for t in feed.tags] == ["News"]
    first, second = parsed.entries
    assert first.title == newer.parts.headline.text  # newest first; markup in text kept as text
    assert first.published == "Wed, 29 Oct 2025 09:15:00 +0200"
    assert first.itunes_duration == "01:02:05"
    assert first.image.href == "https://img.example/a.jpg"
    [enclosure] = first.enclosures
    assert (enclosure.href, enclosure.length, enclosure.type) == (
        "https://ledger.example/articles/b/audio.mp3", "5678", "audio/mpeg")
    assert second.id == f"{older.id}/r2" and second.guidislink is False
    assert second.link == f"https://ledger.example/articles/{older.id}"
    assert second.published == "Tue, 28 Oct 2025 00:00:00 +0000"


def test_feed_rss_structure() -> None:
    xml = audio_feed([Episode(article=_article(), audio_url="https://l.example/a.mp3", length=10)], site=SITE)
    root = ET.fromstring(xml.encode("utf-8"))
    assert root.tag == "rss" and root.get("version") == "2.0"
    [channel] = root.findall("channel")
    for tag in ("title", "link", "description"):  # required by RSS 2.0
        assert (channel.findtext(tag) or "").strip(), tag
    for item in channel.findall("item"):
        assert item.findtext("title") or item.findtext("description")  # RSS 2.0: one of them
        enclosure = item.find("enclosure")
        assert enclosure is not None and set(enclosure.attrib) == {"url", "length", "type"}
        assert enclosure.get("length", "").isdigit()
        assert item.find(f"{{{ITUNES}}}duration") is not None
        assert item.findtext(f"{{{ITUNES}}}explicit") == "false"  # Apple's current values: true/false
    assert channel.findtext(f"{{{ITUNES}}}explicit") == "false"
    assert channel.find(f"{{{ITUNES}}}image").get("href") == SITE.logo  # type: ignore[union-attr]


def test_feed_skips_articles_without_narration_or_absolute_audio() -> None:
    silent = sample_article()
    episodes = [Episode(article=silent, audio_url="https://l.example/a.mp3", length=1),
                Episode(article=_article(), audio_url="narration.mp3", length=1)]
    parsed = feedparser.parse(audio_feed(episodes, site=SITE))
    assert not parsed.bozo and parsed.entries == []


# --------------------------------------------------------------------------- the route


@pytest.fixture()
def app_client(tmp_path: Path) -> Iterator[tuple[TestClient, object]]:
    from copydesk.settings import load_settings
    from copydesk.store import open_store
    from copydesk.testing import fake_enrich, fake_narrate, fake_regenerate
    from copydesk.web import create_app

    settings = load_settings(env={}, data_dir=tmp_path)
    store = open_store(f"sqlite:///{tmp_path / 'desk.db'}", settings)
    app = create_app(settings, store, enrich=fake_enrich, narrate=fake_narrate, regenerate=fake_regenerate)
    with TestClient(app) as client:
        yield client, store
    store.close()


def test_feed_route_lists_published_narrations(app_client: tuple[TestClient, object], monkeypatch: pytest.MonkeyPatch) -> None:
    client, store = app_client
    monkeypatch.delenv("COPYDESK_BASE_URL", raising=False)
    monkeypatch.delenv("COPYDESK_SITE_URL", raising=False)
    published, draft = sample_article(), _article(" (draft)")
    draft = draft.model_copy(update={"narration": None, "story": draft.story.model_copy(update={"id": "st_draft0000000000"})})
    revision = store.save(published)  # type: ignore[attr-defined]
    store.save(draft)  # type: ignore[attr-defined]
    store.approve(published.id, revision.number)  # type: ignore[attr-defined]
    response = client.get("/feeds/audio.xml")
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/rss+xml")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo
    [entry] = parsed.entries  # the draft is not in the feed
    [enclosure] = entry.enclosures
    assert enclosure.href == f"http://testserver/articles/{published.id}/audio.mp3"
    assert int(enclosure.length) > 0  # the narration file's real size
    assert client.get(f"/articles/{published.id}/audio.mp3").status_code == 200  # the enclosure resolves


def test_the_app_serves_the_timeline_and_topic_routes(app_client: tuple[TestClient, object]) -> None:
    client, _ = app_client
    paths = {getattr(r, "path", "") for r in client.app.router.routes}  # type: ignore[attr-defined]
    assert {"/feeds/audio.xml", "/v1/timeline", "/topics/{slug}"} <= paths
    assert client.get("/topics/nobody-at-all").status_code in {200, 404}
