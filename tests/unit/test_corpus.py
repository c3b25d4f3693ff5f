"""Across stories (corpus/): entity resolution, the merged timeline, related coverage, the SQL index."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import copydesk
from copydesk.corpus.index import EventRow, MemoryCorpus, SqlCorpus, open_corpus
from copydesk.corpus.resolve import MemoryLookup, name_key, resolve_entities
from copydesk.corpus.timeline import build_timeline, render, same_event
from copydesk.errors import NotFound
from copydesk.model import EnrichedArticle, Entity
from copydesk.store.memory import MemoryStore
from copydesk.store.sql import SqlStore

TODAY = date(2025, 11, 3)
WIRE = (Path(__file__).parents[1] / "golden" / "stories" / "wire_nationpress.txt").read_text(encoding="utf-8")
SECOND = (
    "Moscow, Oct 30 (Wire) - Colonel General Viktor Afzalov hosted Air Marshal A.P. Singh of India in "
    "Moscow on Wednesday, the Russian defence ministry said. Singh met Afzalov for two hours of talks.\n\n"
    "Prime Minister Narendra Modi will visit Russia in December for the annual summit with President "
    "Vladimir Putin, officials said. Modi and Putin last held a summit in Moscow in July 2024."
)
THIRD = (
    "New Delhi, May 7 (Wire) - Former prime minister Manmohan Singh met students in New Delhi on Tuesday. "
    "He visited a school in Mumbai on Monday."
)
DRAFT = "Moscow, Oct 31 (Wire) - Air Marshal A.P. Singh met Viktor Afzalov in Moscow on Thursday. Singh flew home on Friday."


def _article(text: str, published: date) -> EnrichedArticle:
    return copydesk.enrich(text, published=published, today=TODAY)


@pytest.fixture(scope="module")
def articles() -> dict[str, EnrichedArticle]:
    return {
        "wire": _article(WIRE, date(2025, 10, 29)),
        "second": _article(SECOND, date(2025, 10, 30)),
        "third": _article(THIRD, date(2025, 5, 7)),
        "draft": _article(DRAFT, date(2025, 10, 31)),
    }


def _fill(store: MemoryStore | SqlStore, articles: dict[str, EnrichedArticle]) -> None:
    for key, a in articles.items():
        rev = store.save(a)
        if key != "draft":
            store.approve(a.id, rev.number)


@pytest.fixture(params=["memory", "sqlite"])
def corpus(request: pytest.FixtureRequest, articles: dict[str, EnrichedArticle], tmp_path: Path) -> object:
    store: MemoryStore | SqlStore = MemoryStore() if request.param == "memory" else SqlStore(f"sqlite:///{tmp_path}/c.db")
    _fill(store, articles)
    return open_corpus(store, sync=False)


def test_name_key_drops_titles_and_initials() -> None:
    assert name_key("PM Narendra Modi", "PERSON") == "narendra modi"
    assert name_key("A.P. Singh", "PERSON") == "ap singh"
    assert name_key("the United Nations", "ORG") == "united nations"


def test_resolver_surname_joins_only_with_a_reason() -> None:
    lookup = MemoryLookup()
    full = resolve_entities([Entity(id="e1", kind="PERSON", name="Narendra Modi", title="Prime Minister"),
                             Entity(id="e2", kind="PLACE", name="India")], lookup)
    lookup.add(full)
    assert full[0].slug == "narendra-modi"
    pm = resolve_entities([Entity(id="e1", kind="PERSON", name="Modi", title="PM")], lookup)
    assert pm[0].slug == "narendra-modi", "the same office is a reason"
    context = resolve_entities([Entity(id="e1", kind="PERSON", name="Modi"), Entity(id="e2", kind="PLACE", name="India")], lookup)
    assert {r.entity: r.slug for r in context}["e1"] == "narendra-modi", "a shared entity is a reason"
    bare = resolve_entities([Entity(id="e1", kind="PERSON", name="Modi")], lookup)
    assert bare[0].slug == "modi", "no reason: the surname stays apart"
    lookup.add(resolve_entities([Entity(id="e1", kind="PERSON", name="Lalit Modi", title="Prime Minister")], lookup))
    two = resolve_entities([Entity(id="e1", kind="PERSON", name="Modi", title="PM")], lookup)
    assert two[0].slug == "modi", "two known Modis: a bare surname joins neither"


def test_people_sharing_a_surname_stay_apart(corpus: MemoryCorpus | SqlCorpus) -> None:
    singhs = {k.slug for k in corpus.find("Singh")}
    assert {"ap-singh", "manmohan-singh"} <= singhs
    assert {k.slug for k in corpus.find("Air Marshal A.P. Singh")} == {"ap-singh"}
    assert [k.slug for k in corpus.find("PM Modi")] == ["narendra-modi"]


def test_timeline_merges_reports_and_sets_planned_apart(corpus: MemoryCorpus | SqlCorpus, articles: dict[str, EnrichedArticle]) -> None:
    t = build_timeline(corpus, ["A.P. Singh"], today=TODAY)
    met = [ln for ln in t.past if ln.value == "2025-10-29"]
    assert len(met) == 1, "one meeting told by two stories is one line"
    assert {r.article_id for r in met[0].reports} == {articles["wire"].id, articles["second"].id}
    assert all(r.href.startswith(f"/articles/{r.article_id}#s") for r in met[0].reports)
    assert articles["draft"].id not in {r.article_id for ln in t.past + t.next for r in ln.reports}
    modi = build_timeline(corpus, ["Modi", "Vladimir Putin"], today=TODAY)
    summit = [ln for ln in modi.past if ln.value == "2024-07"]
    assert len(summit) == 1 and len(summit[0].reports) == 2
    nxt = build_timeline(corpus, ["Narendra Modi"], today=TODAY).next
    assert [ln.value for ln in nxt] == ["2025-12"] and len(nxt[0].reports) == 2


def test_timeline_renders_md_json_html(corpus: MemoryCorpus | SqlCorpus) -> None:
    t = build_timeline(corpus, ["Narendra Modi"], today=TODAY, since=date(2024, 1, 1))
    md = render(t, "md")
    assert md.startswith("## Timeline: Narendra Modi") and "### What's next" in md and "](/articles/st_" in md
    data = json.loads(render(t, "json"))
    assert data["next"][0]["status"] == "planned" and data["events"][0]["stories"][0]["url"].startswith("/articles/")
    assert "<script" not in render(t, "html")
    assert build_timeline(corpus, ["Narendra Modi"], today=TODAY, until=date(2024, 12, 31)).next == []
    with pytest.raises(NotFound):
        build_timeline(corpus, ["Nobody Atall"], today=TODAY)


def test_related_coverage_published_only(corpus: MemoryCorpus | SqlCorpus, articles: dict[str, EnrichedArticle]) -> None:
    rel = corpus.related(articles["wire"].id)
    assert rel and rel[0].article_id == articles["second"].id
    assert articles["draft"].id not in {r.article_id for r in rel} and len(rel) <= 5
    assert corpus.related(articles["draft"].id) == []


def test_same_event_needs_date_predicate_and_people() -> None:
    def row(aid: str, lo: date, hi: date, grain: str, lemma: str, people: tuple[str, ...]) -> EventRow:
        return EventRow(aid, "v1", lo, hi, lo.isoformat(), grain, "past", "event", lemma, lemma, people, None,
                        ("s1",), "", "", None)
    kinds = {"a": "PERSON", "b": "PERSON", "c": "PERSON"}
    day = row("x", date(2025, 10, 29), date(2025, 10, 29), "day", "meet", ("a", "b"))
    assert same_event(day, row("y", date(2025, 10, 1), date(2025, 10, 31), "month", "talk", ("a",)), kinds)
    assert not same_event(day, row("y", date(2025, 10, 28), date(2025, 10, 28), "day", "meet", ("a", "b")), kinds)
    assert not same_event(day, row("y", date(2025, 10, 29), date(2025, 10, 29), "day", "sign", ("a", "b")), kinds)
    assert not same_event(day, row("y", date(2025, 10, 29), date(2025, 10, 29), "day", "meet", ("c",)), kinds)
    assert not same_event(day, row("y", date(2025, 1, 1), date(2025, 12, 31), "year", "meet", ("a", "b")), kinds)


def test_sql_sync_backfills_and_follows_publication(articles: dict[str, EnrichedArticle], tmp_path: Path) -> None:
    store = SqlStore(f"sqlite:///{tmp_path}/s.db")
    _fill(store, articles)
    corpus = SqlCorpus(store.engine)
    assert corpus.sync(store) == 0, "approval already indexed every published revision"
    draft = articles["draft"]
    store.approve(draft.id, 1)
    t = build_timeline(corpus, ["A.P. Singh"], today=TODAY)
    assert draft.id in {r.article_id for ln in t.past for r in ln.reports}


def test_cli_timeline_md_and_json(articles: dict[str, EnrichedArticle], tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from copydesk.cli import (
        app,
        commands,  # noqa: F401
    )

    url = f"sqlite:///{tmp_path}/cli.db"
    store = SqlStore(url)
    _fill(store, articles)
    store.close()
    runner = CliRunner()
    md = runner.invoke(app, ["timeline", "PM Modi", "--database", url, "--from", "2024-01-01"])
    assert md.exit_code == 0, md.output
    assert "## Timeline: Narendra Modi" in md.output and "July 2024" in md.output
    js = runner.invoke(app, ["timeline", "A.P. Singh", "Viktor Afzalov", "--database", url, "--format", "json"])
    assert js.exit_code == 0 and json.loads(js.output)["events"][0]["stories"]
    missing = runner.invoke(app, ["timeline", "Nobody Atall", "--database", url])
    assert missing.exit_code == 1 and "error[" in missing.output


def test_web_timeline_topic_and_related(articles: dict[str, EnrichedArticle]) -> None:
    from types import SimpleNamespace

    from starlette.applications import Starlette
    from starlette.testclient import TestClient

    from copydesk.web.timeline import related_links, timeline_routes

    store = MemoryStore()
    _fill(store, articles)
    web = Starlette(routes=timeline_routes())
    web.state.desk = SimpleNamespace(store=store)
    client = TestClient(web)
    got = client.get("/v1/timeline", params={"entity": "Narendra Modi"})
    assert got.status_code == 200 and got.json()["entities"][0]["slug"] == "narendra-modi"
    assert client.get("/v1/timeline").status_code == 422
    assert client.get("/v1/timeline", params={"entity": "Modi", "from": "soon"}).status_code == 422
    assert client.get("/v1/timeline", params={"entity": "Nobody Atall"}).status_code == 404
    page = client.get("/topics/narendra-modi")
    assert page.status_code == 200 and "Timeline: Narendra Modi" in page.text and "July 2024" in page.text
    assert client.get("/topics/Narendra Modi", follow_redirects=False).headers["location"] == "/topics/narendra-modi"
    links = related_links(store, articles["wire"].id)
    assert links and links[0][1] == f"/articles/{articles['second'].id}"
    assert all(articles["draft"].id not in href for _, href in links)


def test_publishing_a_story_whose_events_name_nobody(tmp_path: Path) -> None:
    store = SqlStore(f"sqlite:///{tmp_path}/n.db")
    article = _article("The first store opened in 2012. Sales rose sharply in 2013.", date(2015, 4, 8))
    assert article.analysis.events and not any(v.participants or v.place for v in article.analysis.events)
    store.approve(article.id, store.save(article).number)  # failed: an empty insert of event links
    assert open_corpus(store, sync=False).sync(store) == 0
