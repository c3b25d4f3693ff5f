"""The HTML reader on the page shapes that used to fail, and the metadata it now keeps.

Each fixture in ``tests/fixtures/ingest/pages`` reproduces one cause measured on
trafilatura's evaluation corpus (issue 13): a story inside a ``<header>`` or a
``<form>``, a CJK story, a page whose only charset declaration is ``<meta>``, a BOM,
a publication time with its zone, a lead image with its caption and credit.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest

from copydesk.errors import BadRecord, NoMainText
from copydesk.ingest import read_story
from copydesk.ingest.decode import decode_bytes, meta_charset
from copydesk.ingest.markup import html_text
from copydesk.ingest.readers import story_from_content

PAGES = Path(__file__).parents[1] / "fixtures" / "ingest" / "pages"
FIRST = "The city council voted on Tuesday to close the old harbour bridge"
PUBLIC = "93.184.216.34"
ZONE = timezone(timedelta(hours=2))


@pytest.mark.parametrize("name", ["header_story.html", "form_story.html"])
def test_story_inside_a_header_or_a_form_is_read(name: str) -> None:
    story = read_story(PAGES / name)
    assert story.body.startswith(FIRST)
    assert "haulage firms" in story.body and "Sport" not in story.body and "Copyright" not in story.body


def test_cjk_story_counts_as_text() -> None:
    page = html_text((PAGES / "cjk_story.html").read_text(encoding="utf-8"))
    assert page.text.startswith("市议会周二投票决定") and "工程师在会上表示" in page.text


def test_menu_only_page_is_still_refused() -> None:
    with pytest.raises(NoMainText):
        read_story(PAGES / "menu_only.html")


def test_meta_charset_is_honoured_for_files() -> None:
    data = (PAGES / "gb2312_story.html").read_bytes()
    assert meta_charset(data) == "gb2312"
    story = read_story(PAGES / "gb2312_story.html")
    assert "Beijing (北京)" in story.body and "(北京市交通委员会)" in story.body


def test_bom_outranks_meta_charset() -> None:
    story = read_story(PAGES / "bom_story.html")
    assert "The café by the bridge" in story.body
    assert decode_bytes(b"\xef\xbb\xbf" + "café".encode(), declared="windows-1252").text == "café"


def _resolver(table: dict[str, list[str]]) -> Callable[[str], list[str]]:
    return lambda host: table[host]


def test_meta_charset_is_honoured_for_urls_without_an_http_charset() -> None:
    body = (PAGES / "gb2312_story.html").read_bytes()

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/html"}, content=body)

    with httpx.Client(transport=httpx.MockTransport(answer)) as client:
        story = read_story("https://news.example/beijing", client=client, resolver=_resolver({"news.example": [PUBLIC]}))
    assert "Beijing (北京)" in story.body


def test_publication_time_zone_byline_and_image_are_kept() -> None:
    story = read_story(PAGES / "image_time_story.html")
    assert story.published_at == datetime(2025, 10, 28, 9, 15, tzinfo=ZONE)
    assert story.published_at.isoformat() == "2025-10-28T09:15:00+02:00"  # type: ignore[union-attr]
    assert story.modified_at == datetime(2025, 10, 28, 11, 40, tzinfo=ZONE)
    assert story.published is not None and story.published.isoformat() == "2025-10-28"
    assert (story.author, story.source, story.url) == ("Mary Quinn", "Harbour Gazette", "https://gazette.example/news/harbour-bridge")
    image = story.image
    assert image is not None
    assert image.url == "https://img.gazette.example/2025/10/harbour-bridge-cracks-1200.jpg"
    assert (image.width, image.height) == (1200, 675)
    # The figure shows the same picture: its caption, credit and alt text come along.
    assert image.caption == "Cracks found in the deck of the harbour bridge."
    assert image.credit == "Photo: Tom Reed/Harbour Gazette"
    assert image.alt == "Cracks in the bridge deck"


def test_first_figure_is_the_lead_image_made_absolute() -> None:
    html = (PAGES / "figure_story.html").read_text(encoding="utf-8")
    story = story_from_content(html, fmt="html", url="https://gazette.example/news/harbour/bridge")
    assert story.image is not None
    assert story.image.url == "https://gazette.example/news/img/bridge.jpg"
    assert (story.image.alt, story.image.caption) == ("The harbour bridge at dusk", "The harbour bridge at dusk.")
    # Without a page URL a relative picture cannot be placed: none is given.
    assert story_from_content(html, fmt="html").image is None


def test_no_image_is_invented() -> None:
    assert read_story(PAGES / "no_image_story.html").image is None
    assert read_story("Rain fell on Tuesday across the whole county.\n\nThe river rose by a metre overnight.").image is None


def test_override_date_drops_a_time_from_another_day() -> None:
    from datetime import date

    story = read_story(PAGES / "image_time_story.html", published=date(2025, 11, 2))
    assert story.published == date(2025, 11, 2) and story.published_at is None


def test_jsonl_record_image_and_time() -> None:
    record = {
        "text": "Rain fell on Tuesday across the whole county.\n\nThe river rose by a metre overnight.",
        "url": "https://gazette.example/news/rain",
        "published": "2025-10-28T09:15:00+02:00",
        "image": {"url": "/img/rain.jpg", "caption": "Flooded fields near the river.", "credit": "Ann Lee", "width": 800, "height": 450},
    }
    story = read_story(json.dumps(record), kind="jsonl")
    assert story.published_at is not None and story.published_at.isoformat() == "2025-10-28T09:15:00+02:00"
    assert story.image is not None
    assert (story.image.url, story.image.caption, story.image.credit) == (
        "https://gazette.example/img/rain.jpg", "Flooded fields near the river.", "Ann Lee")
    plain = read_story(json.dumps({**record, "image": "https://cdn.example/x.jpg"}), kind="jsonl")
    assert plain.image is not None and plain.image.url == "https://cdn.example/x.jpg"
    with pytest.raises(BadRecord):
        read_story(json.dumps({**record, "url": None, "image": "javascript:alert(1)"}), kind="jsonl")
