"""Segmentation and debris (session 14): a spaced double mark that closes a quotation stays
with it, a mark against a word is left alone, and a sentence the source garbled ("was been",
"the alleged exchanged") is debris."""

from __future__ import annotations

from copydesk.ingest import story_from_text
from copydesk.nlp import analyse


def sentences(text: str) -> list[str]:
    return [s.text for s in analyse(story_from_text(text)).sentences]


def _debris(text: str, start: str) -> bool:
    from copydesk.generate.roles import story_roles
    from copydesk.generate.select import spans_of
    from copydesk.nlp.analyse import parse

    parsed = parse(story_from_text(text))
    roles = story_roles(spans_of(parsed), parsed.analysis)
    return next(r for s, r in zip(parsed.analysis.sentences, roles, strict=True)
                if s.text.startswith(start)).primary == "debris"


def test_a_spaced_double_mark_that_closes_a_quotation_stays_with_it() -> None:
    got = sentences("\"We will not let the fans down. \" No more was said about the matter.")
    assert got[0] == "\"We will not let the fans down. \""
    assert got[1] == "No more was said about the matter."


def test_a_mark_after_a_word_or_before_a_lower_case_word_is_left_alone() -> None:
    got = sentences("He called the plan 'a disgrace'. The council said it would review the plan.")
    assert got[0] == "He called the plan 'a disgrace'."
    got = sentences("\"It is over,\" he said. \"And we won.\"")
    assert got == ["\"It is over,\" he said.", "\"And we won.\""]


def test_was_been_and_an_alleged_before_a_past_verb_are_debris_and_a_doubled_word_is_not() -> None:
    text = ("The council met on Monday to discuss the plan. "
            "The festival was been staged in the town square for the first time. "
            "Police seized the alleged exchanged messages from the phone of the suspect. "
            "The mayor said the the budget would be cut next year. "
            "Residents said they had had enough of the delays.")
    assert _debris(text, "The festival was been staged")
    assert _debris(text, "Police seized the alleged exchanged")
    # A doubled word is mended by deleting one (synopsis.undoubled), not struck.
    assert not _debris(text, "The mayor said the the budget")
    assert not _debris(text, "Residents said they had had")
    assert not _debris(text, "The council met")
