"""Compression by deletion and question formation on hard sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from copydesk.generate.compress import compress
from copydesk.generate.faq import invert
from copydesk.nlp.parser import load_pipeline


def span(text: str) -> Span:
    return load_pipeline()(text)[:]


def words(text: str) -> set[str]:
    return {w.strip(".,;:\"'").lower() for w in text.split()}


@pytest.mark.parametrize(
    "text, gone, kept",
    [
        ("The ministry said that the two sides signed a trade agreement in Paris.", "ministry said", "signed a trade agreement in Paris"),
        ("The two sides signed a trade agreement in Paris, officials said.", "officials said", "signed a trade agreement in Paris"),
        ("According to the police, three people were injured in the blast.", "According to", "three people were injured in the blast"),
        ("The company (which was founded in 1998) cut 200 jobs.", "founded", "cut 200 jobs"),
        ("However, the vote was postponed until March.", "However", "vote was postponed until March"),
    ],
)
def test_compress_deletes_frames_and_detail(text: str, gone: str, kept: str) -> None:
    out = compress(span(text))
    assert gone.lower() not in out.lower()
    assert kept.lower() in out.lower()


def test_compress_only_deletes_never_adds() -> None:
    text = "Police said on Tuesday that the 42-year-old man, who lived in Leeds, was arrested after a two-hour chase through the city centre."
    out = compress(span(text), max_words=12)
    assert words(out) <= words(text)


def test_compress_keeps_a_list_the_parser_hangs_on_the_speech_verb() -> None:
    text = ("The two commanders discussed joint training, the supply of spare parts for the Su-30MKI fleet "
            "and the delivery schedule of the remaining S-400 air defence squadrons, officials said.")
    out = compress(span(text))
    assert "S-400" in out and "spare parts" in out


def test_compress_keeps_direct_quotes_whole() -> None:
    text = '"We will deepen it further," the minister said.'
    assert compress(span(text)) == text


@pytest.mark.parametrize(
    "text, question",
    [
        ("The summit will take place in December.", "will the summit take place in December"),
        ("The two ministers met in Moscow.", "did the two ministers meet in Moscow"),
        ("The company is facing a lawsuit.", "is the company facing a lawsuit"),
        ("The bill was passed by the Senate.", "was the bill passed by the Senate"),
        ("She writes for the local paper.", "does she write for the local paper"),
    ],
)
def test_invert_subject_and_auxiliary(text: str, question: str) -> None:
    s = span(text)
    assert invert(s, s.root) == question


def test_invert_refuses_negated_clauses() -> None:
    s = span("The minister did not attend the meeting.")
    assert invert(s, s.root) is None


def test_truncation_never_cuts_inside_a_number() -> None:
    from copydesk.generate.summary import _truncate_clause

    text = ("The court set bail at $100,000 for the man, who was arrested on Tuesday after a long chase "
            "through the centre of the city by officers from three forces and a helicopter crew overhead.")
    out = _truncate_clause(text, 20)
    assert "$100." not in out
    assert len(out.split()) <= 20


def test_compress_keeps_a_negated_reporting_frame() -> None:
    out = compress(span("The lawyer did not say who called the paramedics."))
    assert "did not say" in out
