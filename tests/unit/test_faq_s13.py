"""FAQ supply (session 13): speakers written into the answers that named nobody, on stories
written for the purpose.

* a closing "'…,' he said." or an opening "He …" whose person the reference module's
  two-sentence reading misses is named from the nearest sentence that names someone
  (:func:`reference.person_behind`), never across another person, another speaker, an unnamed
  person or a pronoun of the other sex, and never inside the speaker's own words;
* a quotation whose opening mark the splitter left on the sentence before has it back
  (:func:`faq.opening_mark`);
* a first-person quotation closed on its speaker's name stands alone;
* a possessive's mark ("the TaxPayers’ Alliance") opens no quotation, and "confirmed",
  "revealed", "noted", "wrote" are speech.
"""

from __future__ import annotations

from datetime import date

from copydesk.generate import faq as F
from copydesk.generate import reference as R
from copydesk.generate.select import Candidate, candidates
from copydesk.ingest import story_from_text
from copydesk.model import Analysis
from copydesk.nlp.analyse import parse


def _read(text: str) -> tuple[list[Candidate], Analysis]:
    parsed = parse(story_from_text(text), today=date(2025, 11, 3))
    return list(candidates(parsed)), parsed.analysis


def _cand(cands: list[Candidate], start: str) -> Candidate:
    return next(c for c in cands if c.sentence.text.lstrip("'‘\"“").startswith(start))


COACH = (
    "Tom Hartley will be confirmed as the new head coach of Riverside Rovers on Monday. "
    "Hartley joined the club as an assistant in 2019 and took charge of the first team in March. "
    "It was expected that Hartley would be appointed earlier, but he dismissed reports that talks "
    "had stalled over a clause in the contract. "
    "'When you are dealing with contracts, everything takes a bit of time and I certainly do not foresee "
    "any problems with the board,' he said."
)


def test_closing_pronoun_speaker_is_named_from_the_sentence_that_carries_him() -> None:
    cands, analysis = _read(COACH)
    c = _cand(cands, "When you are dealing")
    found = F._answer(c, analysis)
    assert found is not None
    text, cites = found
    assert "Hartley said." in text and " he said" not in text
    assert text.startswith("'When you are dealing with contracts")  # the speaker's words untouched
    naming = _cand(cands, "It was expected").id
    assert naming in cites and c.id in cites


def test_no_name_across_two_people() -> None:
    story = (
        "Tom Hartley will be confirmed as the new head coach of Riverside Rovers on Monday. "
        "Hartley met club chairman Peter Dobbs at the training ground on Friday afternoon. "
        "'I certainly do not foresee any problems with the contract or with the board,' he said."
    )
    cands, analysis = _read(story)
    c = _cand(cands, "I certainly do not")
    assert R.person_behind(c.index, "he", analysis) is None
    assert F._answer(c, analysis) is None


def test_no_name_past_another_speaker_or_the_other_sex() -> None:
    story = (
        "Tom Hartley will be confirmed as the new head coach of Riverside Rovers on Monday. "
        "A club spokesman said the announcement would be made at the ground on Monday morning. "
        "'I certainly do not foresee any problems with the contract or with the board,' he said."
    )
    cands, analysis = _read(story)
    assert R.person_behind(_cand(cands, "I certainly do not").index, "he", analysis) is None
    story = (
        "Tom Hartley will be confirmed as the new head coach of Riverside Rovers on Monday. "
        "His predecessor left the club in March after she was offered a job abroad. "
        "'I certainly do not foresee any problems with the contract or with the board,' he said."
    )
    cands, analysis = _read(story)
    assert R.person_behind(_cand(cands, "I certainly do not").index, "he", analysis) is None


def test_no_name_from_a_detail_of_the_subject() -> None:
    """ "A section of the Eisenhower tree" names Eisenhower, but is about the tree."""
    story = (
        "Golfer Sam Keller finished the first round three shots off the lead at the Masters on Thursday. "
        "A section of the Eisenhower tree was displayed during a news conference at the course. "
        "He could not match the leader, who recorded two eagles on the front nine."
    )
    cands, analysis = _read(story)
    assert R.person_behind(_cand(cands, "He could not").index, "he", analysis) is None


def test_speakers_he_inside_the_quotation_is_never_named_in() -> None:
    story = (
        "Defence lawyer Bruce Peters told the court his client had been provoked by his neighbour. "
        "Mr Peters said his client grabbed his neighbour by the hand and hit out blindly. "
        "‘He was being pushed at the same time he was throwing the punch,’ Mr Peters told the hearing."
    )
    cands, analysis = _read(story)
    assert F._answer(_cand(cands, "He was being pushed"), analysis) is None


def test_first_person_quotation_closed_on_its_speakers_name_stands_alone() -> None:
    story = (
        "Riverside Rovers beat Hillford Town 3-1 on Saturday to go top of the league for the first time. "
        "'I am delighted with the way the whole team played today and the fans were brilliant,' "
        "said coach Mary Stone."
    )
    cands, analysis = _read(story)
    found = F._answer(_cand(cands, "I am delighted"), analysis)
    assert found is not None and found[0].startswith("'I am delighted") and "Mary Stone" in found[0]
    # (but not with someone else's name at the end)
    story = (
        "Riverside Rovers beat Hillford Town 3-1 on Saturday to go top of the league for the first time. "
        "'I am delighted with the way the whole team played today and the fans were brilliant,' "
        "the coach said."
    )
    cands, analysis = _read(story)
    assert F._own_words("'I am delighted with the way the whole team played today,' the coach said.",
                        _cand(cands, "I am delighted"), analysis) is None


def test_a_possessive_mark_opens_no_quotation_and_confirm_is_speech() -> None:
    story = (
        "The state-owned bank reported a loss of four billion pounds for the year on Friday. "
        "Jonathan Isaby, of the TaxPayers’ Alliance, said: ‘These losses are enormous and will unnerve "
        "taxpayers who want to be rid of the bank.’ "
        "Bookmaker Simon Clare confirmed that the firm had cut its odds on a sale of the bank this year."
    )
    cands, analysis = _read(story)
    asked = [q for _, q, _ in F._says(_cand(cands, "Jonathan Isaby"), analysis)]
    assert any(q.startswith("What did Jonathan Isaby say") for q in asked)
    asked = [q for _, q, _ in F._says(_cand(cands, "Bookmaker Simon Clare"), analysis)]
    assert any(q.startswith("What did Simon Clare say") for q in asked)


def test_opening_mark_left_on_the_sentence_before_is_put_back() -> None:
    story = (
        "The actress said she had no problem playing a character viewers dislike. '\n"
        "I don't think any of us are likable every minute of the day, to be honest,' said Julia Marsh. '\n"
        "It is a fun part to play.'"
    )
    cands, analysis = _read(story)
    c = next((c for c in cands if c.sentence.text.startswith("I don't think")), None)
    if c is None:  # (the splitter kept the mark with its sentence: nothing to put back)
        return
    assert F.opening_mark(c, analysis) == "'"
    found = F._answer(c, analysis)
    assert found is not None and found[0].startswith("'I don't think") and found[0].endswith("Julia Marsh.")


def test_he_goes_on_past_a_sentence_whose_names_are_his_objects() -> None:
    story = (
        "Former boxer Carl Mendez was once the world heavyweight champion. "
        "He beat Evander Holyfield in 1992 and Andrew Golota in 1996 at Madison Square Garden. "
        "He retired in 1997 and joined the Marine Corps Reserves, but dropped out during training."
    )
    cands, analysis = _read(story)
    c = _cand(cands, "He retired")
    found = R.person_behind(c.index, "he", analysis)
    assert found is not None and found[0].name == "Carl Mendez"
    answer = F._answer(c, analysis)
    assert answer is not None and answer[0].startswith("Carl Mendez retired in 1997")
