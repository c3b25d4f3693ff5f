"""The question headline's fallbacks: "Who Is X?" only of the story's own person, named as
a person (never a capitalised phrase, never another of the same surname); a hedge stays after
the subject when a statement is inverted ("Did the Dog Perhaps …?"), a linking word goes.

Every sentence here is invented, a look-alike of a pattern seen on the tuning pools.
"""

from __future__ import annotations

from copydesk.model import Analysis, Claim, Entity


def _analysis(text: str) -> Analysis:
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    return parse(story_from_text(text)).analysis


def _echo_of(text: str) -> str:
    from copydesk.generate.question_headline import question_headline
    from copydesk.generate.select import candidates
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    parsed = parse(story_from_text(text))
    cands = candidates(parsed)
    return question_headline(cands[0], parsed.analysis, cands, echo=True).text


_STORY = ("The Rose Garden at the palace was full of children on Monday as she watched them. "
          "Gardener Tom Baxter showed the pupils how to plant tulips. "
          "Baxter said the children had worked hard all morning.")


def test_a_capitalised_phrase_is_no_person() -> None:
    from copydesk.generate.rules import _acts_as_person

    analysis = _analysis(_STORY)
    garden = Entity(id="e1", kind="PERSON", name="Rose Garden", mentions=("s1",))
    assert not _acts_as_person(garden, analysis), "a place the tagger calls a person is asked of as no one"
    hoodie = Entity(id="e2", kind="PERSON", name="green hoodie", mentions=("s1",))
    assert not _acts_as_person(hoodie, analysis)


def test_a_person_called_by_the_surname_or_with_a_role_is_one() -> None:
    from copydesk.generate.rules import _acts_as_person

    analysis = _analysis(_STORY)
    assert _acts_as_person(Entity(id="e1", kind="PERSON", name="Tom Baxter", mentions=("s2", "s3")), analysis)
    assert _acts_as_person(Entity(id="e2", kind="PERSON", name="Jane Ross", role="head teacher",
                                  mentions=("s2",)), analysis)


def test_a_name_that_speaks_or_has_an_age_is_a_person() -> None:
    from copydesk.generate.rules import _acts_as_person

    analysis = _analysis("A former miner wants to stay in the country. The man who calls himself Sam Reed told "
                         "local radio he had worked underground for years. Nina Holt, 31, said she agreed.")
    assert _acts_as_person(Entity(id="e1", kind="PERSON", name="Sam Reed", mentions=("s2",)), analysis)
    assert _acts_as_person(Entity(id="e2", kind="PERSON", name="Nina Holt", mentions=("s3",)), analysis)


def test_who_is_never_asks_of_another_with_the_headlines_surname() -> None:
    from copydesk.generate.rules import _who_is

    analysis = _analysis("Jazz legend B.B. Stone was taken to hospital on Sunday. His daughter, Mary Stone, "
                         "said he was much better. Stone thanked his fans. She said he would sing again soon.")
    people = (Entity(id="e1", kind="PERSON", name="Mary Stone", role="daughter", mentions=("s2",), salience=1.0),
              Entity(id="e2", kind="PERSON", name="B.B. Stone", mentions=("s1",), salience=0.7))
    analysis = analysis.replace(entities=people)
    who = _who_is(analysis, Claim(text="Jazz Legend B.B. Stone Taken to Hospital", cites=("s1",)))
    assert who is None or who.text == "Who Is B.B. Stone?", who


def test_who_is_asks_only_of_the_stories_own_person() -> None:
    from copydesk.generate.rules import _who_is

    analysis = _analysis("The council approved a new bridge on Monday. Builders will start work in May. "
                         "The plan was drawn up years ago. Engineer Paul Grant, who designed it, was pleased. "
                         "Grant said he had waited a long time.")
    grant = Entity(id="e1", kind="PERSON", name="Paul Grant", role="engineer", mentions=("s4", "s5"), salience=1.0)
    analysis = analysis.replace(entities=(grant,))
    assert _who_is(analysis, Claim(text="Grant Wins Approval for Bridge", cites=("s1",))) is None, \
        "a person first met in the fourth sentence is a side figure"
    lead = grant.replace(mentions=("s1", "s5"))
    who = _who_is(analysis.replace(entities=(lead,)), Claim(text="Grant Wins Approval for Bridge", cites=("s1",)))
    assert who is not None and who.text == "Who Is Paul Grant?"


def test_a_hedge_stays_after_the_subject() -> None:
    q = _echo_of("Perhaps the old dog found out about the hidden bone in the garden.")
    assert "Perhaps" in q and not q.startswith("Did Perhaps"), q
    assert q.index("Dog") < q.index("Perhaps"), q


def test_a_linking_word_is_no_part_of_the_question() -> None:
    q = _echo_of("However, the old dog found the hidden bone in the garden.")
    assert "However" not in q and q.startswith("Did the Old Dog"), q
