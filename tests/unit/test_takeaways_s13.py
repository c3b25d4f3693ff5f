"""Takeaways supply (s13 reading: empty or one-line parts where the story had more): a
"he"/"she" subject written in as the one person it can be, a quotation run on from its
speaker's frame, and labels of last resort. Invented sentences only."""

from __future__ import annotations

from datetime import date
from typing import Any

from copydesk.generate import reference as R
from copydesk.generate import takeaways as T
from copydesk.generate.quotes import speech_continuations
from copydesk.generate.select import candidates, story_text
from copydesk.ingest import story_from_text
from copydesk.nlp.analyse import parse


def _story(text: str) -> tuple[Any, Any]:
    parsed = parse(story_from_text(text, published=date(2025, 11, 3)))
    return parsed.analysis, candidates(parsed)


def _cand(cands: Any, start: str) -> Any:
    return next(c for c in cands if c.sentence.text.startswith(start))


GOLFER = (
    "Tom Varley shot a five-under 66 on Friday to move into a share of the lead at the Harbour Classic. "
    "Varley said he had worked for months on his short game with his coach. "
    "He was watched by his partner, Ellen Marsh, who walked all 18 holes with the gallery. "
    "Varley holed a long putt for eagle at the ninth and never looked back on the inward nine. "
    "He birdied the 14th and 15th after two fine approaches into the wind. "
    "The third round begins at 9am on Saturday."
)


def test_a_he_subject_is_written_in_as_the_one_man_the_sentence_before_names() -> None:
    analysis, cands = _story(GOLFER)
    varley = next(e for e in analysis.entities if e.kind == "PERSON" and e.name == "Tom Varley")
    # his partner's "her" beside his many "he"s leaves him a man
    assert R.gender(varley, analysis, own=True) == "m"
    c = _cand(cands, "He birdied")
    b = T.prepare(c, analysis, context="Tom Varley shot a five-under 66 on Friday.")
    assert b is not None
    assert b.text.startswith("Varley birdied the 14th"), b.text
    before = _cand(cands, "Varley holed")
    assert before.id in b.cites and c.id in b.cites


def test_a_he_subject_after_a_sentence_naming_two_men_stays_unresolved() -> None:
    text = (
        "Tom Varley shot a five-under 66 on Friday to move into a share of the lead at the Harbour Classic. "
        "Varley said he had worked for months on his short game with his coach. "
        "Varley and his playing partner Mark Dunn traded birdies over the closing holes in front of a big crowd. "
        "He birdied the 14th and 15th after two fine approaches into the wind."
    )
    analysis, cands = _story(text)
    c = _cand(cands, "He birdied")
    span = c.span
    assert T._pronoun_subject_named(c.sentence.text, span, c, analysis, "") is None


SCUDAMORE = (
    "Monbeg Dude finished third in the Grand National at Aintree on Saturday. "
    "The 100/1 shot was never far from the lead and stayed on strongly over the final two fences. "
    "'Pride is the word I would use,' said Michael Scudamore. '"
    "I am so happy for the horse and for everyone at the yard. "
    "He is unbelievably tough and brave.' "
    "Monbeg Dude will now have a summer break."
)


def test_a_quotation_run_on_from_its_speakers_frame_is_that_speakers() -> None:
    analysis, cands = _story(SCUDAMORE)
    inside = speech_continuations(analysis, story_text(cands))
    happy = _cand(cands, "'I am so happy")
    b = T.continued_quotation(happy, analysis, inside)
    assert b is not None
    assert b.text == "Michael Scudamore said: 'I am so happy for the horse and for everyone at the yard.'", b.text
    frame = _cand(cands, "'Pride")
    assert set(b.cites) == {frame.id, happy.id}
    # "He is unbelievably tough": who? The quotation's words before it would say.
    tough = _cand(cands, "He is unbelievably")
    assert T.continued_quotation(tough, analysis, inside) is None


def test_a_quotation_run_on_from_a_frame_that_names_no_one_is_left_out() -> None:
    text = (
        "Monbeg Dude finished third in the Grand National at Aintree on Saturday. "
        "Michael Scudamore trained the horse at his yard in Herefordshire. "
        "'Pride is the word I would use,' he said. '"
        "I am so happy for the horse and for everyone at the yard.' "
        "Monbeg Dude will now have a summer break."
    )
    analysis, cands = _story(text)
    inside = speech_continuations(analysis, story_text(cands))
    assert T.continued_quotation(_cand(cands, "'I am so happy"), analysis, inside) is None


def test_a_body_of_officials_gets_its_account_as_the_label_of_last_resort() -> None:
    text = (
        "US forces bombed cave complexes in the Tora Bora mountains on Monday. "
        "American defence officials say up to 2,000 fighters are on the run in the area."
    )
    analysis, cands = _story(text)
    b = T.prepare(_cand(cands, "American defence"), analysis)
    assert b is not None
    assert T.fallback_label(b, analysis, set()) == "American Defence Officials' Account"


def test_background_is_the_last_resort_only_for_an_act_dated_before_the_news() -> None:
    text = (
        "Police in Carlow arrested a man on Tuesday over a string of burglaries. "
        "A similar raid was carried out at the same street in February 2019. "
        "A neighbour found the door of the house open on Monday."
    )
    analysis, cands = _story(text)
    earlier = _cand(cands, "A similar raid")
    today = _cand(cands, "A neighbour")
    assert T._told_long_before(earlier)
    assert not T._told_long_before(today)  # the news's own day is no background


def test_a_speakers_name_may_repeat_in_a_label_of_last_resort_but_never_alone() -> None:
    text = (
        "Tribal elders said on Sunday that Osama bin Laden had fled the Tora Bora caves. "
        "Tribal leader Mohamad Habeel said the elders had been angry for weeks. "
        "Mohamad Habeel said the fighters had left their camps in the mountains."
    )
    analysis, cands = _story(text)
    assert "habeel" in T._name_words(analysis)
    b = T.prepare(_cand(cands, "Mohamad Habeel said the fighters"), analysis)
    assert b is not None
    assert T.label_for(b, analysis, {"habeel"}) is None  # "Habeel's Account" is taken: no word may repeat
    used = {"habeel"}
    label = T.fallback_label(b, analysis, used)
    assert label is not None and "Habeel" in label, label
    assert T.fallback_label(b, analysis, used) != label  # (and never the same label twice)


def test_a_he_subject_is_named_past_a_sentence_whose_names_are_his_objects() -> None:
    # the one reading of reference.person_behind: "He beat Holyfield …" names only his opponents
    analysis, cands = _story(
        "Former boxer Carl Mendez was once the world heavyweight champion and a household name. "
        "He beat Evander Holyfield in 1992 and Andrew Golota in 1996 at Madison Square Garden. "
        "He retired in 1997 and joined the Marine Corps Reserves, but dropped out during training."
    )
    b = T.prepare(_cand(cands, "He retired"), analysis, context="")
    assert b is not None
    assert b.text.startswith("Carl Mendez retired in 1997"), b.text  # in full: no context names him
    assert _cand(cands, "Former boxer").id in b.cites
