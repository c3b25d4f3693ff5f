"""FAQ rules of session 15, on stories written for the purpose (blind readers of session 14
scored the FAQ 2.0–2.6):

* the bare "What does X say?" is asked only where the FAQ has nothing else to ask; a
  speaker is asked what they said about something their words name, a pair of names whole
  ("… about Bob Hawke and Neville Wran?", never one of the two), a definite phrase that says
  which ("the international financial crackdown"), never a name two phrases down;
* "Who is X?" only of a person the story is about, from its lead;
* an FAQ whose every pair repeats another part keeps one (and one in reserve for a page that
  takes its question headline from the FAQ); the top-up adds no such pair to an FAQ that has one;
* answers never open on a connective that leans on the line before, never speak of "the man"
  of a story with two, and read "said" for "added" and drop an "also" outside a quotation;
* questions the cut left meaning something else are never asked (:func:`faq._mangled`).
"""

from __future__ import annotations

from spacy.tokens import Span
from test_faq_s13 import _cand, _read

from copydesk.generate import faq as F
from copydesk.generate.rules import _faq_top_up
from copydesk.model import Claim, FaqItem
from copydesk.nlp.parser import load_pipeline

PORT = (
    "The port of Kelby has opened a new container terminal after a two-year delay. "
    "The terminal will handle twice as many ships as the old wharf. "
    "Port chief Dana Mills says the international shipping downturn has cut the number of ships calling at the "
    "port by a third since the spring. "
    "Mr Tom Reed, a dock worker, says the terminal will bring jobs. "
    "Labor leader Sam Coe says senior figures Ann Hale and Ben Ward will review the port plan."
)


def _span(text: str) -> Span:
    return next(iter(load_pipeline()(text).sents))


def _asked(text: str, start: str, gen: str) -> list[str]:
    cands, analysis = _read(text)
    c = _cand(cands, start)
    return [F._question(q) for _, q, _ in getattr(F, gen)(c, analysis)]


def test_a_speaker_is_asked_about_what_their_words_name() -> None:
    asked = _asked(PORT, "Port chief Dana Mills", "_said")
    assert asked == ["What does Dana Mills say about the international shipping downturn?"], asked
    # (a definite phrase that says which by two words before its noun is a topic, used once or not)
    span = _span("Port chief Dana Mills says the international shipping downturn has cut trade.")
    assert F._described_topic("the international shipping downturn", span)
    assert not F._described_topic("the Port chief", span)
    assert not F._described_topic("the shipping downturn", span)  # (one word: the story must come back to it)


def test_a_pair_of_names_is_asked_about_whole() -> None:
    asked = _asked(PORT, "Labor leader Sam Coe", "_says")
    assert "What does Sam Coe say about Ben Ward?" not in asked, asked
    assert "What does Sam Coe say about Ann Hale and Ben Ward?" in asked, asked


def test_the_bare_what_does_x_say_only_for_an_otherwise_empty_faq() -> None:
    cands, analysis = _read(PORT)
    items = F.faq(cands, analysis)
    assert items
    assert not any(F.BARE_SAYS.match(i.question.text) for i in items), [i.question.text for i in items]
    # A story whose only question is what its speaker says: the bare question stands.
    story = (
        "Heavy rain fell across the valley overnight. "
        "Farmer Joan Pike said the rain had come too late for her wheat crop."
    )
    cands, analysis = _read(story)
    said = [i.question.text for i in F.faq(cands, analysis)]
    assert all(not q.startswith("What did Joan Pike say about") or "Joan Pike" in q for q in said)


def test_who_is_only_the_person_the_story_is_about_from_its_lead() -> None:
    story = (
        "Harbour Board chairman Lena Ostrova has approved a new ferry terminal for the port. "
        "The terminal will open next spring. "
        "Ms Ostrova says the terminal will bring more visitors. "
        "Residents have complained about the noise. "
        "Local baker Tom Varga says he is worried about parking. "
        "Mr Varga says he will write to the council."
    )
    cands, analysis = _read(story)
    central = frozenset({"Lena Ostrova"})
    made = {q for c in cands for _, q, _ in F._who_is(c, analysis, central)}
    assert "Who is Lena Ostrova" in made
    assert not any("Varga" in q for q in made)  # named twice, but not the news: trivia
    assert not any(F._who_is(c, analysis, frozenset({"Tom Varga"})) for c in cands if c.index > 2)


def test_answers_that_lean_on_the_line_before() -> None:
    story = (
        "Two men have been charged over a robbery in Arlow. "
        "A 25-year-old man was arrested at his home on Monday. "
        "A 30-year-old man was arrested at the station. "
        "Police say the man had planned the robbery for weeks. "
        "For example, the pair had watched the bank for days. "
        "In the first, a guard was hurt. "
        "Detective Ann Roe said the men would appear in court on Friday."
    )
    cands, analysis = _read(story)
    assert F._answer(_cand(cands, "Police say the man"), analysis) is None  # which man?
    assert F._answer(_cand(cands, "For example"), analysis) is None
    assert F._answer(_cand(cands, "In the first"), analysis) is None  # (the first what?)
    # One man in the story: "the man" is him.
    one = "A man was arrested in Arlow on Monday. Police say the man had planned the robbery for weeks."
    cands, analysis = _read(one)
    assert F._answer(_cand(cands, "Police say the man"), analysis) is not None


def test_unlean_reads_said_and_drops_also_outside_a_quotation() -> None:
    assert F._unlean("Ms Roe added: 'We will also appeal.'") == "Ms Roe said: 'We will also appeal.'"
    assert F._unlean("The council should also come clean on the cost.") == "The council should come clean on the cost."
    assert F._unlean("Mr Lee adds that the team is not only fast but also fit.") == (
        "Mr Lee says that the team is not only fast but also fit.")
    assert F._unlean("The firm added 200 jobs.") == "The firm added 200 jobs."


def test_questions_the_cut_left_meaning_something_else() -> None:
    coast = _span("The Coast Guard is continuing efforts to recover the crew.")
    chorus = _span("A chorus of charities lined up to criticise the minister over the figures.")
    tourist = _span("A tourist filed a complaint against a driver in Dudu, around 60km away from Jaipur.")
    marines = _span("Around 100 marines are expected in Kabul this weekend to lead the force.")
    assert F._mangled("What is the Coast Guard continuing?", coast)
    assert F._mangled("Why did a chorus of charities line up?", chorus)
    assert F._mangled("What did a tourist file around 60km away from Jaipur?", tourist)
    assert F._mangled("How many marines are expected to lead the force?", marines)
    # well-formed questions of the same sentences stand
    assert not F._mangled("Who filed a complaint against a driver in Dudu?", tourist)
    assert not F._mangled("When are around 100 marines expected in Kabul?", marines)
    assert not F._mangled("What does the union say about the stoppage?", coast)


def test_a_name_the_tagger_began_a_word_late() -> None:
    story = (
        "A family fell ill at a holiday villa. "
        "Sea Glass Vacations, which rents out the units, said the unit had been treated for pests. "
        "Foreign Minister Alexander Downer says Australian troops will not be needed. "
        "Mr Downer says the force is ready."
    )
    cands, _ = _read(story)
    assert F._mangled("What did Glass Vacations say about the unit?", _cand(cands, "Sea Glass").span)
    assert not F._mangled("What did Sea Glass Vacations say about the unit?", _cand(cands, "Sea Glass").span)
    assert not F._mangled("What does Alexander Downer say about Australian troops?", _cand(cands, "Foreign").span)


def test_an_faq_of_repeats_keeps_one_and_the_top_up_adds_none_to_a_pair() -> None:
    text = """Harbour officials have closed the eastern pier after storm damage, the port authority said.
Port manager Alan Pike said repairs to the eastern pier would cost $4 million.
The pier will reopen in March, the port authority said.
Fishing crews said the closure had cost them a week of work.
Mayor Sandra Cole said the council would help the fishing crews."""
    cands, analysis = _read(text)
    ids = [c.id for c in cands]
    items = F.faq(cands, analysis, shared=ids)
    assert 1 <= len(items) <= 2
    question = Claim(text="Why Has the Eastern Pier Closed?", cites=(ids[0],), kind="question")
    kept = _faq_top_up(items, cands, analysis, question, told=ids[:1], shared=ids[1:])
    assert len(kept) == 1, [i.question.text for i in kept]  # (no page takes a pair from this FAQ)
    own = FaqItem(question=Claim(text="Who is Alan Pike?", cites=(ids[1],), kind="question"),
                  answer=Claim(text="Alan Pike is the port manager.", cites=(ids[1],), kind="fact"))
    out = _faq_top_up((own,), cands, analysis, question, told=ids[:1], shared=ids[1:])
    assert out == (own,)  # every other sentence is given by another part: nothing is added
