"""FAQ rules of session 12: questions the parse cannot form grammatically are never asked,
and a source's statement ("according to X", "'…,' she said") is asked by its owner.

Small stories written for the purpose (no dataset text).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from copydesk.generate import faq as f
from copydesk.generate.faq import _question, _well_formed, faq, invert
from copydesk.generate.select import candidates
from copydesk.ingest import story_from_text
from copydesk.nlp.analyse import parse
from copydesk.nlp.parser import load_pipeline


def _parsed(text: str) -> Any:
    return parse(story_from_text(text), today=date(2025, 11, 3))


def _asked(text: str, *gens: Any) -> dict[str, str]:
    """Every question the given generators ask of the story: question → cited sentence."""
    parsed = _parsed(text)
    out: dict[str, str] = {}
    for c in candidates(parsed):
        for gen in gens:
            for _, q, _ in gen(c, parsed.analysis):
                out[_question(q)] = c.id
    return out


def _faq_questions(text: str) -> list[str]:
    parsed = _parsed(text)
    return [i.question.text for i in faq(candidates(parsed), parsed.analysis)]


ZOO = ("A four-year-old girl is recovering after falling into the lion enclosure at Dunmore Wildlife Park on Sunday. "
       "The girl was pulled out by her father before keepers arrived. "
       "The lions did not approach the girl or her father while they were in the enclosure, according to park officials. "
       "The enclosure was closed for the rest of the day.")


def test_according_to_a_source_is_asked_by_its_owner() -> None:
    asked = _asked(ZOO, f._according)
    assert asked.get("What do park officials say about the lions?") == "s3", asked
    parsed = _parsed(ZOO)
    items = [i for i in faq(candidates(parsed), parsed.analysis)
             if i.question.text == "What do park officials say about the lions?"]
    assert items and "according to park officials" in items[0].answer.text  # the answer keeps its owner


def test_according_to_an_unnamed_source_is_not_asked() -> None:
    story = ("A gunman fired at a guard outside the Harwell depot on Friday night. "
             "The gunman tried to ram the gates before firing, according to reports. "
             "The depot was locked down for six hours, according to officials.")
    asked = _asked(story, f._according)
    assert not asked, asked  # "What do reports say …?": whose reports?
    story2 = ("A nine-year-old boy scored a goal into a basketball hoop from 25 yards in his garden. "
              "His mother Lucy filmed the shot on her phone. "
              "The boy had another go straight after and scored again, according to Lucy.")
    assert not _asked(story2, f._according), _asked(story2, f._according)  # "What does Lucy say …?": which Lucy?


def test_closing_attribution_names_its_speaker() -> None:
    story = ("Harriet Vance has been named the new head of the Corbridge rowing club. "
             "Ms Vance, who rowed for the club for ten years, takes over next month. "
             "\"The club has given me everything and I want the next generation of rowers to have the same chances,\" "
             "she said.")
    asked = _asked(story, f._says)
    assert any(q.startswith("What did Harriet Vance say") for q, sid in asked.items() if sid == "s3"), asked


def test_score_tail_and_stative_when_are_not_asked() -> None:
    # "3-0" split by the cut leaves "-0" at the end of the question
    assert not _well_formed("Why did Hewitt team with fellow Australian Ann Molik -0?",
                            "Hewitt teamed with fellow Australian Ann Molik to beat Sweden 3-0 in Perth.", "why")
    story = ("The Treasurer, Mr Lorne, met business leaders in Sydney on Monday. "
             "Mr Lorne is hopeful about the economy's prospects next year and says growth could return.")
    assert not any(q.startswith("When is Mr Lorne hopeful") for q in _asked(story, f._heilman)), _asked(story, f._heilman)


def test_misread_compound_subject_is_not_asked() -> None:
    # "Professional kite flying teams" parsed as a kite that flies teams: "Where did professional kite participate?"
    span = load_pipeline()("Professional kite flying teams from over 13 countries participated in the "
                           "four-day-long Weymouth International Kite Festival.")[:]
    assert invert(span, span.root) is None
    # (a participle set off by commas is an aside, and the question stands without it)
    aside = load_pipeline()("The volunteers, carrying sandbags, reached the village on Monday.")[:]
    assert invert(aside, aside.root) == "did the volunteers reach the village on Monday"


def test_dropped_alternative_and_trailing_clause_are_not_asked() -> None:
    story = ("Nadal beat Sergei Orlov in straight sets in Madrid on Tuesday. "
             "Nadal will play 13th seed Marco Bellini of Italy or Russian qualifier Ivan Petrov on Thursday.")
    asked = _asked(story, f._heilman, f._next)
    assert not any(q.endswith("play 13th seed?") for q in asked), asked  # "or Ivan Petrov" is no detail
    story2 = ("Bueno joined Valencia from Real Madrid last summer. "
              "Bueno came through at Real Madrid in the 2006-07 season when then manager Carlo Ferri fast-tracked "
              "him from the C-team to train with the first team.")
    asked2 = _asked(story2, f._heilman)
    assert not any("from the C-team" in q for q in asked2), asked2


def test_count_keeps_the_article_of_its_of_phrase() -> None:
    story = ("Thousands of people marched through Gaza City on Monday. "
             "More than 1,000 supporters of the Fatah movement gathered to bury the two men killed on Sunday.")
    asked = _asked(story, f._heilman)
    assert not any("supporters of Fatah movement" in q for q in asked), asked


def test_topic_its_complement_completes_is_not_asked() -> None:
    story = ("Flood waters reached the centre of Marlow on Sunday night, and the council stressed the need for calm. "
             "\"The need for calm among residents is greater than ever after this flood,\" Mayor Ann Ridley said.")
    asked = _asked(story, f._says)
    assert not any(q.endswith("about the need?") for q in asked), asked
    assert "What did Ann Ridley say?" in asked, asked
