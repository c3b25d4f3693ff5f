"""A question that names what its own sentence only refers to ("the flanker" given the
name an earlier sentence gives) cites that earlier sentence too, so the check finds the
name where it is. Invented story."""

from __future__ import annotations

from copydesk.generate.rules import cite_names
from copydesk.ingest import story_from_text
from copydesk.model import Claim
from copydesk.nlp.analyse import parse

STORY = ("England flanker Tom Marlow has signed a new contract with Harbour City. "
         "The deal runs until 2019. "
         "The flanker returned to Harbour City in 2012 after two seasons in France.")


def test_a_name_from_an_earlier_sentence_is_cited() -> None:
    analysis = parse(story_from_text(STORY)).analysis
    last = analysis.sentences[-1].id
    first = analysis.sentences[0].id
    q = Claim(text="Did England Flanker Tom Marlow Return to Harbour City in 2012?", cites=(last,), kind="question")
    got = cite_names(q, analysis)
    assert first in got.cites and last in got.cites, got.cites


def test_a_claim_naming_only_what_its_sentence_names_is_unchanged() -> None:
    analysis = parse(story_from_text(STORY)).analysis
    first = analysis.sentences[0].id
    q = Claim(text="Has Tom Marlow Signed a New Contract?", cites=(first,), kind="question")
    assert cite_names(q, analysis) == q
