"""The one home of the words that tell a person's sex (``copydesk.nlp.gender``)."""

from __future__ import annotations

from copydesk.generate import reference
from copydesk.nlp import events, gender


def test_a_title_tells_the_sex_and_anything_else_does_not() -> None:
    assert gender.title_gender("Mr") == "m"
    assert gender.title_gender("Dame") == "f"
    assert gender.title_gender("Baroness") == "f"
    assert gender.title_gender("Dr") is None
    assert gender.title_gender(None) is None
    assert gender.title_gender("") is None


def test_the_readers_share_one_table() -> None:
    # The event reader and the generators' pronoun resolver read the same tables, not copies.
    assert events.NOUN_GENDER is gender.NOUN_GENDER
    assert reference.HE_WORDS is gender.MALE_WORDS and reference.SHE_WORDS is gender.FEMALE_WORDS
