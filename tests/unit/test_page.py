"""The article page: part order, the body left unchanged, citations, flags, inert hostile text."""

from __future__ import annotations

import base64
import hashlib
import html as htmllib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk.model import EnrichedArticle, Narration
from copydesk.render import render_markdown, render_page
from copydesk.render.page import body_html, ref_label, safe_href
from copydesk.testing import HOSTILE_STRINGS, sample_article

FIXTURE = Path(__file__).parents[1] / "fixtures" / "article_sample.json"
NARRATION = Narration(
    audio="narration.mp3", voice="fake", duration=12.5,
    timings=(("h", 0, 1000), ("y1", 1200, 3000), ("s1", 3300, 6000), ("s2", 6200, 9000)),
)


class Page(HTMLParser):
    """Collects elements (tag, attrs, text) and script bodies from a page."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.text_by_id: dict[str, list[str]] = {}
        self._open: list[tuple[str, str | None]] = []
        self._script: dict[str, str | None] | None = None
        self._script_text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.elements.append((tag, a))
        if tag == "script":
            self._script, self._script_text = a, []
        if tag not in {"meta", "link", "br", "input", "img"}:
            self._open.append((tag, a.get("id")))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script, "".join(self._script_text)))
            self._script = None
        while self._open:
            if self._open.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script_text.append(data)
        for _, ident in self._open:
            if ident:
                self.text_by_id.setdefault(ident, []).append(data)

    def text(self, ident: str) -> str:
        return "".join(self.text_by_id.get(ident, []))

    def by_id(self, ident: str) -> dict[str, str | None]:
        return next(a for _, a in self.elements if a.get("id") == ident)


@pytest.fixture(scope="module")
def article() -> EnrichedArticle:
    return EnrichedArticle.model_validate_json(FIXTURE.read_text(encoding="utf-8"))


def test_fixture_matches_sample_builder(article: EnrichedArticle) -> None:
    assert article == sample_article(), "re-run tests/fixtures/make_article_sample.py"


def test_render_page_parts_in_spec_order(article: EnrichedArticle) -> None:
    page = render_page(article.model_copy(update={"narration": NARRATION}), related=[("Earlier", "/a")])
    marks = ['<h1 id="headline"', 'id="player"', 'id="synopsis"', 'id="takeaways-title"',
             'id="story"', 'class="dateline"', 'id="pov-title"', 'class="byline"', 'id="faq-title"',
             'id="tags-title"', 'id="related-title"']
    positions = [page.index(m) for m in marks]
    assert positions == sorted(positions)
    assert page.count("<h1") == 1


def test_render_page_heading_order_never_skips_a_level(article: EnrichedArticle) -> None:
    levels = [int(tag[1]) for tag, _ in Page(render_page(article)).elements if re.fullmatch(r"h[1-6]", tag)]
    assert levels[0] == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))


def test_render_page_landmarks_present(article: EnrichedArticle) -> None:
    tags = {tag for tag, _ in Page(render_page(article)).elements}
    assert {"header", "main", "article", "aside", "footer"} <= tags


def test_body_html_keeps_story_text_unchanged(article: EnrichedArticle) -> None:
    page = Page("".join(f"<p>{p}</p>" for p in body_html(article.story, article.analysis)))
    for sent in article.analysis.sentences:
        assert page.text(sent.id) == sent.text
    assert page.text("dateline") == article.analysis.dateline.text  # type: ignore[union-attr]
    paragraphs = [str(p) for p in body_html(article.story, article.analysis)]
    stripped = [htmllib.unescape(re.sub(r"<[^>]+>", "", p)) for p in paragraphs]
    assert "\n\n".join(stripped) == article.story.body


def test_body_html_dateline_inside_first_sentence() -> None:
    """A segmenter that keeps the dateline in s1 still gets both marked, text unchanged."""
    art = sample_article()
    first = art.analysis.sentences[0]
    merged = first.model_copy(update={"start": 0, "text": art.story.body[0:first.end]})
    analysis = art.analysis.model_copy(update={"sentences": (merged, *art.analysis.sentences[1:])})
    html = str(body_html(art.story, analysis)[0])
    assert html.startswith('<span class="s" id="s1" data-sid="s1"><span class="dateline" id="dateline"')
    assert htmllib.unescape(re.sub(r"<[^>]+>", "", html)) == art.story.paragraphs[0]


def test_render_page_claims_carry_cites_and_are_focusable(article: EnrichedArticle) -> None:
    page = Page(render_page(article))
    takeaways = [a for tag, a in page.elements if tag == "li" and a.get("data-cites") is not None]
    assert [t["data-cites"] for t in takeaways] == [" ".join(t.claim.cites) for t in article.parts.takeaways]
    assert all(t.get("tabindex") == "0" for t in takeaways)
    assert page.by_id("y2")["data-cites"] == "s1 s6"
    answers = [a for tag, a in page.elements if tag == "p" and "claim" in (a.get("class") or "")]
    assert [a["data-cites"] for a in answers] == [" ".join(f.answer.cites) for f in article.parts.faq]
    body_ids = {a.get("id") for tag, a in page.elements if tag == "span" and a.get("class") == "s"}
    for cites in (t["data-cites"] for t in takeaways):
        assert set((cites or "").split()) <= body_ids


def test_render_page_takeaway_label_bold(article: EnrichedArticle) -> None:
    assert "<strong>Spare Parts:</strong> India and Russia will" in render_page(article)


def test_render_page_supported_has_status_and_no_banner(article: EnrichedArticle) -> None:
    html = render_page(article)
    assert 'id="flag-banner"' not in html
    assert "Check status: supported." in html
    assert "written by software" in html
    assert '<span class="badge">Analysis</span>' in html


def test_render_page_flagged_banner_lists_unsupported_items() -> None:
    page = Page(render_page(sample_article(hostile=True)))
    banner = page.text("flag-banner")
    assert "Key takeaway 4" in banner
    assert "Lt. Gen. R. K. Sharma" in banner and "name" in banner
    assert "<script>alert(1)</script>" in banner  # shown as text, not markup


def test_render_page_byline_and_date(article: EnrichedArticle) -> None:
    html = render_page(article)
    assert '<span class="source">NationPress</span> · <time datetime="2025-10-29">29 October 2025</time>' in html


def test_render_page_player_only_with_narration(article: EnrichedArticle) -> None:
    assert 'id="audio"' not in render_page(article)
    page = Page(render_page(article.model_copy(update={"narration": NARRATION}), audio_url="/media/x.mp3"))
    assert page.by_id("audio")["src"] == "/media/x.mp3"
    assert page.by_id("seek")["type"] == "range"
    speeds = [a["value"] for tag, a in page.elements if tag == "option"]
    assert speeds[0] == "0.75" and speeds[-1] == "2.0"
    timings = next(text for a, text in page.scripts if a.get("id") == "narration-timings")
    assert timings == '[["h",0,1000],["y1",1200,3000],["s1",3300,6000],["s2",6200,9000]]'
    labelled = {a.get("for") for tag, a in page.elements if tag == "label"}
    assert "seek" in labelled


def test_render_page_player_defaults_to_narration_file(article: EnrichedArticle) -> None:
    page = Page(render_page(article.model_copy(update={"narration": NARRATION})))
    assert page.by_id("audio")["src"] == "narration.mp3"


def test_render_page_makes_no_external_request(article: EnrichedArticle) -> None:
    page = Page(render_page(article.model_copy(update={"narration": NARRATION})))
    for tag, attrs in page.elements:
        assert not (attrs.get("src") or "").startswith(("http:", "https:", "//"))
        assert not (tag == "link" and attrs.get("rel") == "stylesheet")
    for _, body in page.scripts:
        assert "fetch(" not in body and "XMLHttpRequest" not in body
    css = re.findall(r"<style>(.*?)</style>", render_page(article), re.S)[0]
    assert "@import" not in css and "url(" not in css and "@font-face" not in css


def test_render_page_csp_allows_only_its_own_script_and_style(article: EnrichedArticle) -> None:
    html = render_page(article)
    csp = Page(html).elements
    policy = next(a["content"] for t, a in csp if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert policy is not None

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    script = re.search(r"<script>(.*?)</script>", html, re.S)
    style = re.search(r"<style>(.*?)</style>", html, re.S)
    assert script and style
    assert f"script-src {digest(script.group(1))};" in policy
    assert f"style-src {digest(style.group(1))};" in policy
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy


def test_render_page_hostile_story_is_inert() -> None:
    art = sample_article(hostile=True).model_copy(update={"narration": NARRATION})
    html = render_page(art, related=[("<script>x</script>", "javascript:alert(1)")])
    page = Page(html)
    scripts = [a for tag, a in page.elements if tag == "script"]
    assert [a.get("type") for a in scripts] == ["application/ld+json", "application/json", None]
    assert html.lower().count("<script") == 3
    assert "<img" not in html and "<b>" not in html
    for _, attrs in page.elements:
        assert not any(name.startswith("on") for name in attrs)
        for name in ("href", "src", "content"):
            assert not (attrs.get(name) or "").lower().startswith("javascript:")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # The inline JS is the page's own, byte for byte.
    own = render_page(sample_article()).split("<script>")[1].split("</script>")[0]
    assert page.scripts[-1][1] == own


def test_render_page_related_links_drop_unsafe_schemes(article: EnrichedArticle) -> None:
    page = Page(render_page(article, related=[("Good", "https://example.com/x"), ("Bad", "javascript:alert(1)"), ("Rel", "/stories/2")]))
    hrefs = [a.get("href") for tag, a in page.elements if tag == "a"]
    assert "https://example.com/x" in hrefs and "/stories/2" in hrefs
    assert not any((h or "").startswith("javascript") for h in hrefs)


@pytest.mark.parametrize(
    ("url", "safe"),
    [("https://a.b/c", True), ("/x.mp3", True), ("narration.mp3", True), ("javascript:alert(1)", False),
     (" JavaScript:alert(1)", False), ("data:text/html,x", False), ("//evil.example/x", False), ("", False)],
)
def test_safe_href(url: str, safe: bool) -> None:
    assert (safe_href(url) is not None) is safe


def test_ref_label() -> None:
    assert ref_label("takeaways.3") == "Key takeaway 4"
    assert ref_label("faq.0.answer") == "FAQ 1, answer"
    assert ref_label("question_headline") == "Question headline"


def test_render_page_og_and_twitter_meta(article: EnrichedArticle) -> None:
    from copydesk.render.site import Site

    assert "og:url" not in render_page(article)  # no base URL: no page URL is made up
    site = Site(name="The Daily", base_url="https://news.example")
    metas = [a for t, a in Page(render_page(article, site=site)).elements if t == "meta"]
    props = {a.get("property"): a.get("content") for a in metas if a.get("property")}
    names = {a.get("name"): a.get("content") for a in metas if a.get("name")}
    assert props["og:type"] == "article" and props["og:title"] == article.parts.headline.text
    assert props["og:url"] == f"https://news.example/articles/{article.id}"
    assert props["og:site_name"] == "The Daily"
    assert props["article:published_time"] == "2025-10-29"
    assert names["twitter:card"] == "summary" and names["twitter:title"] == article.parts.headline.text


def test_render_markdown_sections_and_escaping(article: EnrichedArticle) -> None:
    md = render_markdown(article)
    for heading in ("# Will India", "## Key takeaways", "## The story", "## Point of view (analysis)",
                    "## Questions and answers", "## Topics", "## Grounding"):
        assert heading in md
    assert "- **Spare Parts:** India and Russia" in md
    assert "**New Delhi/Moscow, Oct 29 (NationPress)**" in md
    hostile = render_markdown(sample_article(hostile=True))
    assert "<script" not in hostile and "<img" not in hostile
    assert "&lt;script>alert(1)&lt;/script>" in hostile
    assert "Flagged: 1 generated statements need review." in hostile
    assert all(s not in hostile for s in HOSTILE_STRINGS[:1])


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_page_colours_meet_wcag_aa() -> None:
    from copydesk.render.page import asset

    css = asset("page.css")
    var = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", css))
    pairs = [("ink", "paper"), ("muted", "paper"), ("accent", "paper"), ("link", "paper"),
             ("muted", "panel"), ("ink", "cited"), ("ink", "speaking"), ("flag", "flag-bg"), ("ink", "panel")]
    for fg, bg in pairs:
        assert _contrast(var[fg], var[bg]) >= 4.5, (fg, bg)
    assert _contrast(var["accent"], "#ffffff") >= 4.5  # badge text on accent


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/&\"' =:ascriptonloadjv()")) | st.characters(), min_size=1, max_size=60))
def test_render_page_property_story_text_never_adds_markup(noise: str) -> None:
    art = sample_article()
    parts = art.parts.model_copy(update={
        "headline": art.parts.headline.model_copy(update={"text": noise}),
        "tags": (noise,),
        "takeaways": (art.parts.takeaways[0].model_copy(update={"label": noise}),),
    })
    story = art.story.model_copy(update={"source": noise, "author": noise})
    page = render_page(art.model_copy(update={"parts": parts, "story": story}), related=[(noise, noise)])
    assert page.lower().count("<script") == 2
    parsed = Page(page)
    assert sum(1 for tag, _ in parsed.elements if tag == "script") == 2
    assert not any(name.startswith("on") for _, attrs in parsed.elements for name in attrs)


def test_render_page_bare_article_renders_without_optional_parts() -> None:
    art = sample_article()
    parts = art.parts.model_copy(update={"synopsis": (), "takeaways": (), "viewpoint": (), "faq": (), "tags": ()})
    story = art.story.model_copy(update={"published": None, "source": None, "url": None})
    analysis = art.analysis.model_copy(update={"dateline": None, "entities": ()})
    page = render_page(art.model_copy(update={"parts": parts, "story": story, "analysis": analysis}))
    parsed = Page(page)
    assert parsed.text("headline") == art.parts.question_headline.text
    assert 'id="takeaways-title"' not in page and 'id="faq-title"' not in page
    assert '<span class="source">copydesk</span>' in page
    assert parsed.text(art.analysis.sentences[0].id) == art.analysis.sentences[0].text
