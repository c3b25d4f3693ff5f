"""The lead image: from the input to the page, its social cards and its JSON-LD; never invented."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import extruct

import copydesk
from copydesk.model import EnrichedArticle, Image
from copydesk.render import render_page
from copydesk.render.site import Site
from copydesk.testing import sample_article

PAGES = Path(__file__).parents[1] / "fixtures" / "ingest" / "pages"
IMAGE = Image(url="https://img.example/bridge-1200.jpg", alt="Cracks in the bridge deck",
              caption="Cracks found in the deck.", credit="Tom Reed/Gazette", width=1200, height=675)


def _with_image(image: Image | None) -> EnrichedArticle:
    article = sample_article()
    return article.model_copy(update={"story": article.story.model_copy(update={"image": image})})


def _metas(html: str) -> dict[str, str]:
    return {m[0]: m[1] for m in re.findall(r'<meta (?:property|name)="([^"]+)" content="([^"]*)">', html)}


def test_page_shows_the_image_lazy_responsive_with_alt_caption_and_credit() -> None:
    html = render_page(_with_image(IMAGE))
    img = re.search(r"<figure class=\"lead-image\">\s*<img ([^>]*)>", html)
    assert img is not None
    attrs = dict(re.findall(r'(\w[\w-]*)="([^"]*)"', img.group(1)))
    assert attrs == {"src": IMAGE.url, "alt": "Cracks in the bridge deck", "loading": "lazy",
                     "decoding": "async", "width": "1200", "height": "675"}
    assert '<figcaption>Cracks found in the deck. <span class="credit">Tom Reed/Gazette</span></figcaption>' in html
    assert ".lead-image img { display: block; width: 100%; max-width: 100%; height: auto;" in html
    assert "img-src data: https://img.example;" in html  # the CSP lets this picture, and only its host, load


def test_social_cards_and_jsonld_carry_the_image() -> None:
    html = render_page(_with_image(IMAGE), site=Site(base_url="https://news.example"))
    meta = _metas(html)
    assert meta["og:image"] == IMAGE.url and meta["og:image:alt"] == "Cracks in the bridge deck"
    assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "675")
    assert meta["twitter:card"] == "summary_large_image" and meta["twitter:image"] == IMAGE.url
    news = extruct.extract(html, syntaxes=["json-ld"], uniform=False)["json-ld"][0]["@graph"][0]
    assert news["image"] == [{"@type": "ImageObject", "url": IMAGE.url, "contentUrl": IMAGE.url,
                              "caption": "Cracks found in the deck.", "creditText": "Tom Reed/Gazette",
                              "width": 1200, "height": 675}]


def test_alt_text_falls_back_to_caption_then_headline() -> None:
    article = _with_image(Image(url="https://img.example/a.jpg"))
    assert f'alt="{article.parts.headline.text}"' in render_page(article)
    captioned = _with_image(Image(url="https://img.example/a.jpg", caption="A bridge."))
    assert 'alt="A bridge."' in render_page(captioned)


def test_no_image_nothing_invented() -> None:
    html = render_page(_with_image(None))
    meta = _metas(html)
    assert "og:image" not in meta and "twitter:image" not in meta and meta["twitter:card"] == "summary"
    assert "<img" not in html and "lead-image\"" not in html
    news = extruct.extract(html, syntaxes=["json-ld"], uniform=False)["json-ld"][0]["@graph"][0]
    assert "image" not in news


def test_html_page_to_article_page_end_to_end() -> None:
    article = copydesk.enrich((PAGES / "image_time_story.html").read_text(encoding="utf-8"),
                              today=date(2025, 11, 3))
    assert article.story.image is not None and article.story.image.credit == "Photo: Tom Reed/Harbour Gazette"
    html = render_page(article, site=Site(name="Harbour Desk", base_url="https://desk.example"))
    news = extruct.extract(html, syntaxes=["json-ld"], uniform=False)["json-ld"][0]["@graph"][0]
    assert news["image"][0]["url"] == "https://img.gazette.example/2025/10/harbour-bridge-cracks-1200.jpg"
    assert news["datePublished"] == "2025-10-28T09:15:00+02:00"
    assert news["dateModified"] == "2025-10-28T11:40:00+02:00"
    assert news["author"] == [{"@type": "Person", "name": "Mary Quinn"}]
    assert news["publisher"]["name"] == "Harbour Desk"
    assert news["sourceOrganization"] == {"@type": "Organization", "name": "Harbour Gazette", "url": "https://gazette.example/"}
