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
        ("The company (which was founded in 1998) cut 200 jobs.", "founded", "cut 200 jobs"),
        ("However, the vote was postponed until March.", "However", "vote was postponed until March"),
    ],
)
def test_compress_deletes_detail(text: str, gone: str, kept: str) -> None:
    out = compress(span(text))
    assert gone.lower() not in out.lower()
    assert kept.lower() in out.lower()


def test_a_neutral_frame_goes_only_for_length() -> None:
    text = "The two sides signed a trade agreement in Paris on Tuesday after months of talks, officials said."
    assert "officials said" in compress(span(text), max_words=40)
    short = compress(span(text), max_words=10)
    assert "signed a trade agreement" in short


@pytest.mark.parametrize(
    "text, kept",
    [
        # The owner of an allegation, a hedge, a condition and the other side are meaning.
        ("According to the police, three people were injured in the blast near the station.", "according to the police"),
        ("The ministry insists that the vessel entered its waters without permission.", "the ministry insists"),
        ("Prosecutors claim the trader hid losses of $2 billion from his employers.", "prosecutors claim"),
        ("The club will be fined heavily if the claims against its directors are proven in court.", "if the claims"),
        ("The minister said he would resign unless the budget was approved by parliament.", "unless the budget"),
        ("Spain and Portugal signed the water-sharing treaty in Lisbon after two days of talks.", "spain and portugal"),
        ("The singer was taken to hospital with dehydration, but he is much better now, his daughter said.", "but he is much better"),
    ],
)
def test_compress_never_deletes_meaning(text: str, kept: str) -> None:
    out = compress(span(text), max_words=8)
    assert kept in out.lower(), out


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
