"""schema.org JSON-LD: read back with extruct, required properties, speakable, safe embedding."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

import extruct
import pytest

from copydesk.model import Claim, EnrichedArticle
from copydesk.render import jsonld_graph, jsonld_script, render_page
from copydesk.render.jsonld import HEADLINE_MAX_CHARS, safe_json, speakable_selectors
from copydesk.testing import HOSTILE_STRINGS, sample_article


class Ids(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__()
        self.ids: dict[str, str] = {}
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        ident = dict(attrs).get("id")
        if ident:
            self.ids[ident] = tag


def _extract(article: EnrichedArticle) -> tuple[str, dict[str, dict[str, Any]]]:
    html = render_page(article)
    data = extruct.extract(html, syntaxes=["json-ld"], uniform=False)["json-ld"]
    assert len(data) == 1
    nodes = {node["@type"]: node for node in data[0]["@graph"]}
    return html, nodes


def test_jsonld_extruct_reads_newsarticle_and_faqpage() -> None:
    article = sample_article()
    _, nodes = _extract(article)
    assert set(nodes) == {"NewsArticle", "FAQPage"}
    news = nodes["NewsArticle"]
    for prop in ("headline", "datePublished", "dateModified", "author", "publisher", "description",
                 "articleBody", "dateline", "speakable", "keywords", "about", "mentions"):
        assert news.get(prop), prop
    assert news["headline"] == article.parts.headline.text
    assert news["alternativeHeadline"] == article.parts.question_headline.text
    assert news["datePublished"] == "2025-10-29"
    assert news["publisher"] == {"@type": "Organization", "name": "copydesk"}  # the site, not the agency
    assert news["sourceOrganization"]["name"] == "NationPress"
    assert news["dateline"] == "New Delhi/Moscow, Oct 29 (NationPress)"
    assert news["articleBody"] == article.story.body
    assert "image" not in news  # no honest image to give; see the module docstring
    faq = nodes["FAQPage"]["mainEntity"]
    assert [q["name"] for q in faq] == [f.question.text for f in article.parts.faq]
    assert all(q["@type"] == "Question" and q["acceptedAnswer"]["@type"] == "Answer" for q in faq)


def test_jsonld_entities_typed_with_job_titles() -> None:
    _, nodes = _extract(sample_article())
    news = nodes["NewsArticle"]
    people = {n["name"]: n for n in news["about"] + news["mentions"] if n["@type"] == "Person"}
    assert people["Arjun Mehra"]["jobTitle"] == "Defence Minister"
    assert people["Vikram Desai"]["jobTitle"] == "Air Marshal"
    types = {n["@type"] for n in news["about"] + news["mentions"]}
    assert {"Person", "Organization", "Place"} <= types
    assert news["about"][0]["name"] == "Arjun Mehra"  # most salient first


def test_jsonld_speakable_selectors_exist_in_page_and_skip_dateline() -> None:
    html, nodes = _extract(sample_article())
    spec = nodes["NewsArticle"]["speakable"]
    assert spec["@type"] == "SpeakableSpecification"
    ids = Ids(html).ids
    for selector in spec["cssSelector"]:
        assert re.fullmatch(r"#[\w-]+", selector)
        assert selector[1:] in ids
        assert "dateline" not in selector
    assert spec["cssSelector"] == ["#headline", "#synopsis"]
    assert ids["headline"] == "h1"


def test_jsonld_speakable_long_synopsis_trimmed_to_thirty_seconds() -> None:
    article = sample_article()
    long = tuple(Claim(text=" ".join(["word"] * 35) + ".", cites=("s1",)) for _ in range(3))
    article = article.model_copy(update={"parts": article.parts.model_copy(update={"synopsis": long})})
    assert speakable_selectors(article) == ["#headline", "#y1", "#y2"]
    ids = Ids(render_page(article)).ids
    assert "y1" in ids and "y2" in ids


def test_jsonld_headline_truncated_to_110_chars() -> None:
    article = sample_article()
    long = Claim(text="India and Russia " * 12, cites=("s1",))
    article = article.model_copy(update={"parts": article.parts.model_copy(update={"headline": long})})
    headline = jsonld_graph(article)["@graph"][0]["headline"]
    assert len(headline) <= HEADLINE_MAX_CHARS and headline.endswith("…")


def test_jsonld_author_and_publisher_fallbacks() -> None:
    article = sample_article()
    no_source = article.model_copy(update={"story": article.story.model_copy(update={"source": None, "author": "A. Reporter"})})
    news = jsonld_graph(no_source)["@graph"][0]
    assert news["publisher"]["name"] == "copydesk"  # never the dateline's agency
    assert news["sourceOrganization"] == {"@type": "Organization", "name": "NationPress"}
    assert news["author"] == [{"@type": "Person", "name": "A. Reporter"}]
    bare = no_source.model_copy(update={"analysis": no_source.analysis.model_copy(update={"dateline": None})})
    bare_news = jsonld_graph(bare)["@graph"][0]
    assert bare_news["publisher"]["name"] == "copydesk" and "sourceOrganization" not in bare_news


def test_jsonld_script_hostile_text_cannot_close_the_element() -> None:
    article = sample_article(hostile=True)
    script = jsonld_script(article)
    inner = script.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "<" not in inner and ">" not in inner and "&" not in inner
    graph = json.loads(inner)
    assert graph == json.loads(json.dumps(jsonld_graph(article)))
    assert HOSTILE_STRINGS[2] in graph["@graph"][0]["alternativeHeadline"]
    assert "url" not in graph["@graph"][0]  # javascript: URL dropped


def test_jsonld_hostile_page_extruct_still_reads_one_graph() -> None:
    html, nodes = _extract(sample_article(hostile=True))
    assert set(nodes) == {"NewsArticle", "FAQPage"}
    assert html.lower().count("<script") == 2  # ld+json and the page's own (no narration)


@pytest.mark.parametrize("char", ["<", ">", "&", "\u2028", "\u2029"])
def test_safe_json_escapes(char: str) -> None:
    text = safe_json({"x": f"a{char}b"})
    assert char not in text
    assert json.loads(text) == {"x": f"a{char}b"}
