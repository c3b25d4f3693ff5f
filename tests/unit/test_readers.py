"""Readers: text, Markdown, HTML, JSONL, stdin, folders, feeds → Story."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk.errors import BadRecord, BinaryInput, EmptyInput, NoMainText
from copydesk.ingest import (
    SourceNotFound,
    decode_bytes,
    guess_language,
    iter_records,
    read_story,
    sniff_format,
    story_from_text,
)
from copydesk.ingest.text import split_headline
from copydesk.model import Story, content_id
from copydesk.settings import DEFAULTS

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"
DEV = Path(__file__).resolve().parents[3] / "shared" / "data" / "news_dev.jsonl"

STORY = (
    "The city council voted on Tuesday to approve a new budget, officials said.\n\n"
    "Critics said the plan was too costly and would burden taxpayers for years."
)


# --------------------------------------------------------------------------- story_from_text


def test_story_from_text_splits_paragraphs_on_blank_lines() -> None:
    story = story_from_text("First para line one\nline two.\n\n\n  Second   para.\t\tEnds.  ")
    assert story.paragraphs == ("First para line one line two.", "Second para. Ends.")
    assert story.body == "First para line one line two.\n\nSecond para. Ends."


def test_story_from_text_single_newlines_make_one_paragraph_per_line() -> None:
    story = story_from_text("Rain fell on Tuesday.\nThe river rose.\nThe bridge closed.")
    assert story.paragraphs == ("Rain fell on Tuesday.", "The river rose.", "The bridge closed.")


def test_story_from_text_id_is_stable_content_hash() -> None:
    a = story_from_text(STORY)
    b = story_from_text(STORY.replace("\n", "\r\n") + "\n\n  ")
    assert a.id == b.id == content_id(a.body)
    assert a.id != story_from_text(STORY + " More.").id


def test_story_from_text_drops_invisible_and_control_characters() -> None:
    story = story_from_text("The\u200b council\u00ad voted\x07 on\u00a0Tuesday,\u2060 officials\ufeff said.")
    assert story.body == "The council voted on Tuesday, officials said."


def test_story_from_text_keeps_metadata_and_cleans_title() -> None:
    story = story_from_text(
        STORY, title="  Council\nbacks budget ", published=date(2025, 10, 29), source="Wire",
        author="Jane Roe", url="https://example.com/a", notes=("n",),
    )
    assert story.title == "Council backs budget"
    assert (story.published, story.source, story.author, story.url, story.notes) == (
        date(2025, 10, 29), "Wire", "Jane Roe", "https://example.com/a", ("n",)
    )


# --------------------------------------------------------------------------- headline


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Council Backs New Budget\n\nThe council voted on Tuesday.", "Council Backs New Budget"),
        ("Council backs new budget after long row\n\nThe council voted.", "Council backs new budget after long row"),
        ("Council Backs New Budget\nThe council voted on Tuesday.", "Council Backs New Budget"),
        ("The council voted on Tuesday.\n\nIt was late.", None),
        ("NEW DELHI, Oct 29 (IANS)\n\nIndia and Russia signed a pact.", None),
        ("Budget\n\nThe council voted.", None),
        ("the council voted on tuesday and then\nwent home early.", None),
    ],
)
def test_split_headline_recognises_only_headline_lines(text: str, title: str | None) -> None:
    assert split_headline(text)[0] == title


def test_read_story_text_file_takes_headline_as_title() -> None:
    story = read_story(FIXTURES / "story.txt")
    assert story.title == "Kilmarnock Confirm Gary Locke as Manager"
    assert story.paragraphs[0].startswith("Gary Locke will be confirmed")
    assert "Kilmarnock Confirm" not in story.body


def test_read_story_title_argument_overrides_headline() -> None:
    story = read_story(FIXTURES / "story.txt", title="Mine", published=date(2015, 4, 9))
    assert (story.title, story.published) == ("Mine", date(2015, 4, 9))


# --------------------------------------------------------------------------- markdown


def test_markdown_reader_strips_markup_and_takes_h1_title() -> None:
    story = read_story(FIXTURES / "story.md")
    assert story.title == "Council approves new budget"
    assert story.author == "Jane Roe" and story.published == date(2025, 10, 29)
    assert "Schools get ten percent more." in story.paragraphs
    for junk in ("**", "](", "![", "chart.png", "https://example.com", "javascript", "alert", "#"):
        assert junk not in story.body
    assert "approve a new budget that raises" in story.body  # link text kept


def test_markdown_detected_from_content() -> None:
    story = read_story("# Storm hits coast\n\nThe *storm* hit the coast on [Monday](http://x.y).")
    assert story.title == "Storm hits coast"
    assert story.body == "The storm hit the coast on Monday."


# --------------------------------------------------------------------------- HTML


def test_html_reader_extracts_main_text_and_metadata() -> None:
    story = read_story(FIXTURES / "article.html")
    assert story.title == "Council approves new budget"
    assert story.published == date(2025, 10, 29)
    assert story.author == "Jane Roe"
    assert story.source == "The Daily Example"
    assert len(story.paragraphs) == 3
    assert story.paragraphs[1] == "Critics said the plan was far too costly and would burden taxpayers for years to come."
    for boilerplate in ("Home", "About us", "Privacy", "Copyright", "Sport"):
        assert boilerplate not in story.body


def test_html_reader_boilerplate_only_page_has_no_main_text() -> None:
    with pytest.raises(NoMainText) as info:
        read_story(FIXTURES / "boilerplate.html")
    assert info.value.code == "input.no_main_text"


def test_kind_forces_html_for_bytes() -> None:
    html = (FIXTURES / "article.html").read_bytes()
    assert read_story(html, kind="html").title == "Council approves new budget"


# --------------------------------------------------------------------------- JSONL


def test_jsonl_record_string_becomes_story() -> None:
    line = json.dumps({"id": "w1", "title": "T", "text": STORY, "published": "2025-10-29T08:00:00Z",
                       "source": "Wire", "url": "https://example.com/w1", "extra": [1]})
    story = read_story(line)
    assert (story.title, story.published, story.source, story.url) == (
        "T", date(2025, 10, 29), "Wire", "https://example.com/w1"
    )
    assert story.body == story_from_text(STORY).body


def test_jsonl_record_html_is_extracted() -> None:
    html = (FIXTURES / "article.html").read_text()
    story = read_story(json.dumps({"html": html}).encode(), kind="jsonl")
    assert story.title == "Council approves new budget" and "<" not in story.body


def test_jsonl_several_records_point_to_batch() -> None:
    with pytest.raises(BadRecord) as info:
        read_story(FIXTURES / "records.jsonl")
    assert info.value.code == "input.bad_record" and "iter_records" in info.value.hint


def test_jsonl_field_of_wrong_type_is_bad_record() -> None:
    with pytest.raises(BadRecord) as info:
        read_story('{"text": ["not", "a", "string"]}')
    assert info.value.code == "input.bad_record" and info.value.details["field"] == "text"


# --------------------------------------------------------------------------- sources


def test_stdin_dash_reads_bytes() -> None:
    story = read_story("-", stdin=io.BytesIO(STORY.encode()))
    assert story.body == story_from_text(STORY).body


def test_missing_path_raises_not_found() -> None:
    for source in (Path("/nonexistent/story.txt"), "nonexistent-story.txt"):
        with pytest.raises(SourceNotFound) as info:
            read_story(source)
        assert info.value.code == "input.not_found"


def test_plain_string_is_story_text_not_a_path() -> None:
    assert read_story("Rain fell in Leeds on Tuesday.").body == "Rain fell in Leeds on Tuesday."


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ('{"text": "x"}', "jsonl"),
        ("<!DOCTYPE html><html><body>x</body></html>", "html"),
        ("  <p>A paragraph</p>", "html"),
        ('<?xml version="1.0"?><rss version="2.0"></rss>', "feed"),
        ("<feed xmlns='http://www.w3.org/2005/Atom'></feed>", "feed"),
        ("# Title\n\nText", "markdown"),
        ("Some **bold** claim.", "markdown"),
        ("Plain text. With sentences.", "text"),
    ],
)
def test_sniff_format(text: str, fmt: str) -> None:
    assert sniff_format(text) == fmt


# --------------------------------------------------------------------------- iter_records


def test_iter_records_jsonl_yields_every_line_and_keeps_going() -> None:
    results = list(iter_records(FIXTURES / "records.jsonl"))
    assert [k for k, _ in results] == ["wire-1", "wire-2", "line-3", "line-4", "wire-5"]
    kinds = [type(v).__name__ for _, v in results]
    assert kinds == ["Story", "BadRecord", "BadRecord", "Story", "BadRecord"]
    bad_date = results[4][1]
    assert isinstance(bad_date, BadRecord) and "ISO date" in bad_date.hint


def test_iter_records_folder_sorted_relative_keys(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(STORY)
    (tmp_path / "a.md").write_text("# A title here\n\n" + STORY)
    (tmp_path / "c.json").write_text(json.dumps([{"id": "x", "text": STORY}, {"text": ""}]))
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / ".hidden.txt").write_text(STORY)
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    results = dict(iter_records(tmp_path))
    assert list(results) == ["a.md", "b/two.txt", "c.json:x", "c.json:item-2", "empty.txt"]
    assert isinstance(results["a.md"], Story) and results["a.md"].title == "A title here"
    assert isinstance(results["c.json:item-2"], BadRecord)
    assert isinstance(results["empty.txt"], EmptyInput)


def test_iter_records_rss_feed() -> None:
    results = list(iter_records(FIXTURES / "feed.rss"))
    assert [k for k, _ in results] == [
        "https://example.com/news/budget#1", "https://example.com/news/river", "https://example.com/news/empty",
    ]
    first = results[0][1]
    assert isinstance(first, Story)
    assert first.title == "Council approves new budget" and first.author == "Jane Roe"
    assert first.published == date(2025, 10, 29) and first.url == "https://example.com/news/budget"
    assert "alert" not in first.body and len(first.paragraphs) == 2
    assert isinstance(results[2][1], BadRecord)


def test_iter_records_atom_feed() -> None:
    [(key, story)] = list(iter_records(FIXTURES / "feed.atom"))
    assert key == "tag:example.com,2025:wire-17"
    assert isinstance(story, Story)
    assert (story.title, story.author, story.url, story.published) == (
        "Ministers meet in Moscow", "Wire Desk", "https://example.com/wire/17", date(2025, 10, 29)
    )


def test_iter_records_binary_file_yields_error(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    [(key, err)] = list(iter_records(tmp_path))
    assert key == "x.txt" and isinstance(err, BinaryInput)


# --------------------------------------------------------------------------- decoding


def test_decode_boms() -> None:
    assert decode_bytes("café".encode("utf-16")).text == "café"
    assert decode_bytes(b"\xef\xbb\xbfcaf\xc3\xa9").text == "café"


def test_decode_bomless_utf16() -> None:
    for codec in ("utf-16-le", "utf-16-be"):
        decoded = decode_bytes("The council voted on Tuesday.".encode(codec))
        assert (decoded.text, decoded.encoding) == ("The council voted on Tuesday.", codec)


def test_decode_declared_charset_used_when_not_utf8() -> None:
    decoded = decode_bytes("Приве́т".encode("koi8-r", errors="ignore") * 20, declared="koi8-r")
    assert decoded.encoding == "koi8-r" and decoded.text.startswith("Привет")


def test_decode_damaged_utf8_replaces_and_notes() -> None:
    decoded = decode_bytes("Zürich café ".encode() * 5 + b"\xff tail")
    assert decoded.notes == ("1 undecodable byte replaced",)
    story = read_story("Zürich café said the mayor on Tuesday. ".encode() * 3 + b"\xff end.")
    assert story.notes == ("1 undecodable byte replaced",)


# --------------------------------------------------------------------------- dev data


@pytest.mark.skipif(not DEV.exists(), reason="needs ../shared/data")
def test_dev_stories_read_as_english_with_stable_ids() -> None:
    rows = [json.loads(line) for line in DEV.read_text().splitlines()[:40]]
    for row in rows:
        story = read_story(row["text"])
        assert story.id == read_story(row["text"]).id
        assert guess_language(row["text"]).english
        assert story.body.split() == row["text"].split()  # nothing but whitespace changed


def test_settings_limit_applies_to_text() -> None:
    small = replace(DEFAULTS, max_input_bytes=len(STORY.encode()))
    assert read_story(STORY, settings=small).body


# --------------------------------------------------------------------------- invariants


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_story_from_text_invariants(text: str) -> None:
    try:
        story = story_from_text(text, check_language=False)
    except (EmptyInput, BinaryInput):
        return
    assert story.body == "\n\n".join(story.paragraphs)
    assert all(p and p == p.strip() and "\n" not in p and "  " not in p for p in story.paragraphs)
    assert story.id == content_id(story.body)
    again = story_from_text(story.body, check_language=False)
    assert (again.body, again.id) == (story.body, story.id)  # reading is idempotent
