"""A lead whose trailing frame the tagger reads as a noun ("…, research shows.") is still
a sentence: the blind read lost the news of a story whose lead ended so."""

from __future__ import annotations

from copydesk.generate.compress import finite_with_subject
from copydesk.nlp.parser import load_pipeline


def test_a_frame_read_as_a_noun_still_makes_a_sentence() -> None:
    text = ("The ethnic minority population in Britain will more than double by the middle of this century, "
            "meaning one in four Britons will be from black or minority groups by 2051, research shows.")
    span = load_pipeline()(text)[:]
    assert finite_with_subject(span)


def test_a_fragment_is_still_no_sentence() -> None:
    assert not finite_with_subject(load_pipeline()("Not bad for a horse that cost £12,000.")[:])
