"""FAQ answers never repeat another part of the page word for word (session 14), on stories
written for the purpose.

* a speaker's words that the synopsis or a takeaway already gives are answered short, behind
  the speaker's pronoun (or surname, when the story never shows their sex), with the
  reported clause whole (:func:`faq.speech_reply`); never a clause about an "it"/"they" the
  answer cannot place, nor a verb with a condition;
* any other pair whose answer is a sentence another part gives is left out while the FAQ
  has a pair of its own (an FAQ of such pairs only is kept: the page would otherwise take
  the synopsis's questions, its lead among them);
* the top-up never gives back a synopsis line once the FAQ has a pair.
"""

from __future__ import annotations

from test_faq_s13 import _cand, _read

from copydesk.generate import faq as F
from copydesk.generate.rules import _faq_top_up
from copydesk.generate.select import Candidate
from copydesk.model import Claim, FaqItem

HARBOUR = (
    "The harbour board has approved a new ferry terminal for the town of Kelby. "
    "Board chairman Lena Ostrova said the terminal would open next spring. "
    "Deputy harbour master Tom Riley said that the old pier will in fact stay open for fishing boats. "
    "Mr Riley has worked at the harbour since he left school. "
    "He started there as a deckhand when he was sixteen. "
    "Residents said they were pleased with the decision. "
    "Ostrova has led the board since 2019."
)


def test_speech_reply_gives_the_clause_behind_the_speakers_pronoun() -> None:
    cands, analysis = _read(HARBOUR)
    c = _cand(cands, "Deputy harbour master Tom Riley")
    reply = F.speech_reply(c, analysis)
    assert reply == "He said the old pier will in fact stay open for fishing boats."


def test_speech_reply_names_a_speaker_of_unknown_sex_and_needs_a_placed_subject() -> None:
    cands, analysis = _read(HARBOUR)
    # Lena Ostrova: the story never says "she" of her, and her title is a role, not "Ms".
    reply = F.speech_reply(_cand(cands, "Board chairman Lena Ostrova"), analysis)
    assert reply == "Ostrova said the terminal would open next spring."
    story = (
        "The council has closed the main bridge in Dunmore for repairs. "
        "Council engineer Mr Paul Gray said it would stay closed for at least three more months. "
        "Mr Gray said he had inspected the bridge himself."
    )
    cands, analysis = _read(story)
    assert F.speech_reply(_cand(cands, "Council engineer Mr Paul Gray"), analysis) is None  # "it": what?


def test_speech_reply_keeps_a_condition_out() -> None:
    story = (
        "The council has closed the main bridge in Dunmore for repairs. "
        "If the rain continues, Mr Paul Gray said, the repair crews will stop work on the bridge until May. "
        "Mr Gray said he had inspected the bridge himself."
    )
    cands, analysis = _read(story)
    assert F.speech_reply(_cand(cands, "If the rain continues"), analysis) is None


def _faq_of(text: str, told_starts: list[str], shared_starts: list[str]) -> tuple[tuple[FaqItem, ...], list[Candidate]]:
    cands, analysis = _read(text)
    told = [_cand(cands, s) for s in told_starts]
    shared = [_cand(cands, s).id for s in shared_starts]
    items = F.faq(cands, analysis, told=[c.id for c in told], told_text=[c.sentence.text for c in told],
                  shared=shared)
    return items, cands


def test_no_answer_repeats_a_takeaway_word_for_word() -> None:
    items, cands = _faq_of(HARBOUR, ["The harbour board has approved"], ["Deputy harbour master Tom Riley"])
    riley = _cand(cands, "Deputy harbour master Tom Riley")
    for item in items:
        assert item.answer.text != riley.sentence.text
        if item.answer.text.endswith("fishing boats."):
            assert item.answer.text.startswith("He said ")  # answered short, never the takeaway's own line


def test_a_pair_the_synopsis_gives_is_left_out_while_another_stands() -> None:
    base, cands = _faq_of(HARBOUR, ["The harbour board has approved"], [])
    assert base, "the story makes FAQ pairs"
    # Every sentence a base pair answers from, bar one, given by another part: only that one's pairs stay.
    sources = [i.answer.cites[-1] for i in base if i.answer.cites]
    keep = sources[0]
    starts = [c.sentence.text[:25] for c in cands if c.id in sources[1:]]
    items, _ = _faq_of(HARBOUR, ["The harbour board has approved"], starts)
    by_id = {c.id: c for c in cands}
    for item in items:
        src = item.answer.cites[-1]
        assert src == keep or item.answer.text != by_id[src].sentence.text


def test_top_up_gives_back_no_synopsis_line_once_the_faq_has_a_pair() -> None:
    cands, analysis = _read(HARBOUR)
    lead = _cand(cands, "The harbour board has approved")
    told = [lead.id, *(c.id for c in cands[1:4])]
    own = FaqItem(question=Claim(text="Who is Tom Riley?", cites=(cands[2].id,), kind="question"),
                  answer=Claim(text="Tom Riley is the deputy harbour master.", cites=(cands[2].id,), kind="fact"))
    question = Claim(text="Will Kelby Get a New Ferry Terminal?", cites=(lead.id,), kind="question")
    out = _faq_top_up((own,), cands, analysis, question, told=told, told_text=[c.sentence.text for c in cands[:4]])
    for item in out[1:]:
        assert item.answer.cites[-1] not in told


def test_top_up_asks_no_how_of_a_result_participle() -> None:
    from copydesk.generate.rules import _top_up_fit

    story = (
        "Detectives searched a house in Arlow on Monday, seizing two laptops and a phone. "
        "The team reached the summit by climbing the north face overnight."
    )
    cands, _ = _read(story)
    assert not _top_up_fit("How did detectives search a house in Arlow?", _cand(cands, "Detectives searched"))
    assert _top_up_fit("How did the team reach the summit?", _cand(cands, "The team reached"))


def test_speech_reply_keeps_the_full_name_the_story_never_shortens() -> None:
    story = (
        "A new road in Dezhou collapsed on Monday. "
        "Police officer Shu Rongli said that the newly built road was not open yet and had no signs. "
        "Drivers had used it for weeks."
    )
    cands, analysis = _read(story)
    reply = F.speech_reply(_cand(cands, "Police officer Shu Rongli"), analysis)
    assert reply is None or reply.startswith("Shu Rongli said ")
