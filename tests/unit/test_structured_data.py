"""Structured data a search engine takes as is: publisher, author, URLs, dates, entities, FAQ.

Every graph rendered anywhere in the suite is also checked by the autouse audit in
``tests/conftest.py`` (rules in ``tests/jsonld_rules.py``); the tests here pin each
rule's behaviour on purpose-made articles, and show the audit catches what it should.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

import extruct
import pytest

from copydesk.model import Claim, EnrichedArticle, Entity, FaqItem, Narration
from copydesk.render import render_page
from copydesk.render.jsonld import description, jsonld_graph, starts_mid_quotation
from copydesk.render.mentions import confident_entities
from copydesk.render.site import Site, site_from_env
from copydesk.testing import sample_article
from jsonld_rules import problems

SITE = Site(name="The Daily Ledger", url="https://ledger.example/", logo="https://ledger.example/logo.png",
            base_url="https://ledger.example/news")
NARRATION = Narration(audio="narration.mp3", voice="fake", duration=75.0)


def _news(article: EnrichedArticle, **kwargs: Any) -> dict[str, Any]:
    graph: dict[str, Any] = jsonld_graph(article, **kwargs)
    return dict(graph["@graph"][0])


def _with_story(article: EnrichedArticle, **update: Any) -> EnrichedArticle:
    return article.model_copy(update={"story": article.story.model_copy(update=update)})


def _with_parts(article: EnrichedArticle, **update: Any) -> EnrichedArticle:
    return article.model_copy(update={"parts": article.parts.model_copy(update=update)})


# --------------------------------------------------------------------------- publisher, author


def test_publisher_is_the_site_with_url_and_logo_never_the_agency() -> None:
    news = _news(sample_article(), site=SITE)
    assert news["publisher"] == {
        "@type": "Organization", "name": "The Daily Ledger", "url": "https://ledger.example/",
        "logo": {"@type": "ImageObject", "url": "https://ledger.example/logo.png"},
    }
    # No byline: the agency is the author and the source organisation, with its site's URL.
    agency = {"@type": "Organization", "name": "NationPress", "url": "https://example.com/"}
    assert news["author"] == [agency] and news["sourceOrganization"] == agency


def test_byline_is_the_author_and_the_agency_the_source() -> None:
    article = _with_story(sample_article(), source=None, author="Priya Nair")
    news = _news(article, site=SITE)
    assert news["author"] == [{"@type": "Person", "name": "Priya Nair"}]
    assert news["sourceOrganization"] == {"@type": "Organization", "name": "NationPress"}  # the dateline's
    assert news["publisher"]["name"] == "The Daily Ledger"


def test_byline_that_names_the_agency_is_an_organization() -> None:
    news = _news(_with_story(sample_article(), author="NationPress"), site=SITE)
    assert [a["@type"] for a in news["author"]] == ["Organization"]


def test_site_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {"COPYDESK_SITE_NAME": "Ledger", "COPYDESK_SITE_URL": "https://ledger.example",
           "COPYDESK_SITE_LOGO": "javascript:alert(1)", "COPYDESK_BASE_URL": "https://cdn.ledger.example/p/"}
    site = site_from_env(env)
    assert (site.name, site.url, site.logo) == ("Ledger", "https://ledger.example", None)
    assert site.page_url("st_1") == "https://cdn.ledger.example/p/articles/st_1"
    assert site_from_env({}).page_url("st_1") is None
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    news = _news(sample_article())
    assert news["publisher"]["name"] == "Ledger"
    assert news["url"] == "https://cdn.ledger.example/p/articles/" + sample_article().id


# --------------------------------------------------------------------------- URLs and dates


def test_page_canonical_and_audio_are_absolute_under_a_base_url() -> None:
    article = sample_article(narration=NARRATION)
    page = f"https://ledger.example/news/articles/{article.id}"
    news = _news(article, site=SITE)
    assert news["url"] == news["mainEntityOfPage"] == page
    assert news["isBasedOn"] == article.story.url
    assert news["audio"]["contentUrl"] == page + "/audio.mp3"
    # The web app's relative audio route resolves against the page.
    html = render_page(article, site=SITE, audio_url=f"/articles/{article.id}/audio.mp3")
    assert f'<link rel="canonical" href="{page}">' in html
    assert f'src="https://ledger.example/articles/{article.id}/audio.mp3"' in html
    data = extruct.extract(html, syntaxes=["json-ld"], uniform=False)["json-ld"][0]
    assert data["@graph"][0]["audio"]["contentUrl"] == f"https://ledger.example/articles/{article.id}/audio.mp3"


def test_no_base_url_no_relative_url_in_the_graph() -> None:
    article = sample_article(narration=NARRATION)
    news = _news(article, site=Site())
    assert "url" not in news and "audio" not in news  # nothing absolute to give: nothing given
    assert 'src="narration.mp3"' in render_page(article, site=Site())  # the player still plays the file


def test_dates_keep_time_and_zone() -> None:
    zone = timezone(timedelta(hours=2))
    article = _with_story(
        sample_article(),
        published_at=datetime(2025, 10, 29, 9, 15, tzinfo=zone),
        modified_at=datetime(2025, 10, 29, 11, 0, tzinfo=zone),
    )
    news = _news(article, site=SITE)
    assert news["datePublished"] == "2025-10-29T09:15:00+02:00"
    assert news["dateModified"] == "2025-10-29T11:00:00+02:00"
    html = render_page(article, site=SITE)
    assert '<meta property="article:published_time" content="2025-10-29T09:15:00+02:00">' in html
    assert '<time datetime="2025-10-29T09:15:00+02:00">' in html
    # A time on another day than the story's date (an override) is not used.
    other = _with_story(article, published_at=datetime(2024, 1, 1, 8, 0, tzinfo=zone), modified_at=None)
    assert _news(other)["datePublished"] == "2025-10-29"


# --------------------------------------------------------------------------- entities


def _entities(*entities: Entity) -> EnrichedArticle:
    article = sample_article()
    return article.model_copy(update={"analysis": article.analysis.model_copy(update={"entities": entities})})


def test_only_confidently_typed_entities_are_published() -> None:
    article = _entities(
        Entity(id="e1", kind="PERSON", name="Arjun Mehra", title="Defence Minister", salience=0.9),
        Entity(id="e2", kind="PLACE", name="Moscow", salience=0.8),  # in the dateline
        Entity(id="e3", kind="ORG", name="Indian Air Force", salience=0.7),
        Entity(id="e4", kind="PLACE", name="Su-57", salience=0.7),  # a fighter jet
        Entity(id="e5", kind="PERSON", name="S-400", salience=0.6),  # a missile system
        Entity(id="e6", kind="ORG", name="PM Modi", salience=0.6),  # a person
        Entity(id="e7", kind="PERSON", name="Ceres", salience=0.5),  # one bare word, no title
        Entity(id="e8", kind="ORG", name="Hubble Space Telescope", salience=0.5),
        Entity(id="e9", kind="FACILITY", name="Hubble Space Telescope", salience=0.4),
        Entity(id="e10", kind="WORK_OF_ART", name="@some_handle", salience=0.4),
        Entity(id="e11", kind="FACILITY", name="India-Russia Intergovernmental Commission", salience=0.3),
        Entity(id="e12", kind="PRODUCT", name="Su-30MKI", salience=0.3),
        Entity(id="e13", kind="PERSON", name="R. K. Sharma", salience=0.2),
        Entity(id="e14", kind="ORG", name="NASA", salience=0.1),
    )
    news = _news(article)
    published = {(n["name"], n["@type"]) for n in news["about"] + news["mentions"]}
    assert published == {
        ("Arjun Mehra", "Person"), ("Moscow", "Place"), ("Indian Air Force", "Organization"),
        ("Su-30MKI", "Product"), ("R. K. Sharma", "Person"), ("NASA", "Organization"),
    }
    assert [n["name"] for n in news["about"]] == ["Arjun Mehra", "Moscow", "Indian Air Force"]


def test_place_backed_by_a_locative_in_the_story() -> None:
    article = sample_article()
    body = article.story.body
    assert "in Moscow" in body or "Moscow" in article.analysis.dateline.places  # type: ignore[union-attr]
    fake = Entity(id="e1", kind="PLACE", name="Zembla", salience=1.0)
    assert confident_entities([fake], article.analysis, body + "\n\nTalks resumed in Zembla.")
    assert not confident_entities([fake], article.analysis, body + "\n\nZembla jets flew.")


def test_wire_story_graph_has_no_mistyped_entities(wire_article: EnrichedArticle) -> None:
    news = _news(wire_article)
    nodes = {n["name"]: n["@type"] for n in news.get("about", []) + news.get("mentions", [])}
    assert nodes.get("Moscow") == "Place"  # the dateline's place
    people = [e.name for e in wire_article.analysis.entities if e.kind == "PERSON" and e.title]
    assert people and all(nodes.get(name) == "Person" for name in people)  # ranked people kept
    for name, typ in nodes.items():
        assert not (typ in ("Person", "Place") and any(ch.isdigit() for ch in name)), name
        assert not (typ == "Place" and "Commission" in name), name


# --------------------------------------------------------------------------- FAQ and description


def test_faq_has_no_duplicate_answers_and_keeps_percent() -> None:
    article = sample_article()
    first = article.parts.faq[0]
    dup = FaqItem(question=Claim(text="What did the two sides agree on?", cites=("s1",), kind="question"),
                  answer=first.answer)
    pct = FaqItem(question=Claim(text="By how much did imports fall, 12% or more?", cites=("s2",), kind="question"),
                  answer=Claim(text="Imports fell 12% in the year.", cites=("s2",)))
    article = _with_parts(article, faq=(first, dup, pct))
    faq = jsonld_graph(article)["@graph"][1]["mainEntity"]
    assert [q["name"] for q in faq] == [first.question.text, pct.question.text]
    assert "12%" in faq[1]["name"]


@pytest.mark.parametrize(
    ("text", "mid"),
    [
        ('overdue," the minister said on Tuesday.', True),
        ("overdue,” the minister said.", True),
        ("… and the talks will go on.", True),
        ('"We will deliver," the minister said.', False),
        ("“We will deliver,” the minister said.", False),
        ("The minister said the talks would go on.", False),
        ("iPhone sales fell 5% in the quarter.", False),
    ],
)
def test_starts_mid_quotation(text: str, mid: bool) -> None:
    assert starts_mid_quotation(text) is mid


def test_description_never_starts_mid_quotation() -> None:
    article = sample_article()
    frag = Claim(text='speed up production," the minister said.', cites=("s1",))
    good = article.parts.synopsis[1]
    assert description(_with_parts(article, synopsis=(frag, good))) == good.text
    only = _with_parts(article, synopsis=(frag,))
    assert description(only) == article.parts.headline.text
    assert _news(only)["description"] == article.parts.headline.text


# --------------------------------------------------------------------------- the audit itself


def test_audit_rules_catch_each_kind_of_problem() -> None:
    good = json.loads(json.dumps(jsonld_graph(sample_article(narration=NARRATION), site=SITE)))
    assert problems(good, has_image=False) == []
    bad = json.loads(json.dumps(good))
    news = bad["@graph"][0]
    news["audio"]["contentUrl"] = "narration.mp3"
    news["datePublished"] = "2025-10-29T09:15:00"
    news["mentions"] = [{"@type": "Place", "name": "Moscow", "jobTitle": "City"}]
    news["colour"] = "red"
    news["description"] = 'overdue," he said.'
    faq = bad["@graph"][1]["mainEntity"]
    faq.append(json.loads(json.dumps(faq[0])))
    found = "\n".join(problems(bad, has_image=True))
    for expected in ("contentUrl", "without a zone", "jobTitle: not a property of Place",
                     "colour: not a schema.org property", "mid-quotation", "duplicate question",
                     "duplicate answer", "image: missing"):
        assert expected in found, expected
