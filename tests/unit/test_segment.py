"""Sentences: boundaries that survive abbreviations, ranks, quotes and the dateline."""

from __future__ import annotations

import pytest

from copydesk.ingest import story_from_text
from copydesk.nlp import analyse


def sentences(text: str) -> list[str]:
    return [s.text for s in analyse(story_from_text(text)).sentences]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lt. Gen. John Smith arrived on Monday. He met the troops.", 2),
        ("The U.S. Navy said it would respond. Officials declined to comment.", 2),
        ("He lives at No. 10 Downing Street. The house is old.", 2),
        ("Dr. Jane Doe spoke at the event. She was applauded.", 2),
        ("The deal was signed on Jan. 5 in Paris. It takes effect next year.", 2),
        ("Air Marshal A. P. Singh met Gen. Ivanov. They discussed training.", 2),
    ],
)
def test_segment_abbreviations_do_not_split(text: str, expected: int) -> None:
    assert len(sentences(text)) == expected


def test_segment_quotes_stay_with_their_sentence() -> None:
    got = sentences('"We will deepen it further," the minister said. The talks ended on Friday.')
    assert got[0] == '"We will deepen it further," the minister said.'
    assert len(got) == 2


def test_segment_paragraph_boundary_always_breaks() -> None:
    got = analyse(story_from_text("First paragraph without a full stop\n\nSecond paragraph starts here."))
    assert [s.paragraph for s in got.sentences] == [0, 1]


def test_segment_dateline_is_split_off_the_first_sentence() -> None:
    a = analyse(story_from_text("BEIJING, Nov. 2 (Xinhua) -- China's exports rose 5 percent in October."))
    assert a.dateline is not None and a.dateline.agency == "Xinhua"
    assert a.sentences[0].text == "China's exports rose 5 percent in October."


def test_segment_offsets_slice_back_to_text(wire_text: str) -> None:
    story = story_from_text(wire_text)
    for s in analyse(story).sentences:
        assert story.body[s.start : s.end] == s.text


def test_segment_ids_are_stable_and_ordered(wire_text: str) -> None:
    a1 = analyse(story_from_text(wire_text))
    a2 = analyse(story_from_text(wire_text))
    assert [s.id for s in a1.sentences] == [f"s{i}" for i in range(1, len(a1.sentences) + 1)]
    assert a1.sentences == a2.sentences
