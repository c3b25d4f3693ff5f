"""A question of last resort asks "Why"/"How" rather than the news back yes/no when the
story says why or how: a "with" phrase whose noun does something of its own ("… one step
closer with the council voting to …"), or another sentence of the lead that retells the
same act with its reason ("He was jailed after …") or its means ("… by doing …").

Every sentence here is invented, a look-alike of a pattern seen on the tuning pools.
"""

from __future__ import annotations


def _question_of(text: str, *, echo: bool = True) -> tuple[str, tuple[str, ...]]:
    from copydesk.generate.question_headline import question_headline
    from copydesk.generate.select import candidates
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    parsed = parse(story_from_text(text))
    cands = sorted(candidates(parsed), key=lambda c: c.index)
    q = question_headline(cands[0], parsed.analysis, cands, echo=echo)
    return q.text, q.cites


def test_a_state_reached_with_someone_doing_something_is_asked_why() -> None:
    q, cites = _question_of("A smoking ban in Welsh parks is one step closer with the Welsh Assembly voting to change "
                            "the law.")
    assert q == "Why Is a Smoking Ban in Welsh Parks One Step Closer?", q
    assert cites == ("s1",), cites


def test_an_act_done_with_someone_doing_something_is_asked_how() -> None:
    q, _ = _question_of("Yorkshire were bowled out for 212 with Tom Baker taking six wickets in the final session.")
    assert q == "How Were Yorkshire Bowled Out for 212?", q


def test_a_plain_with_of_a_thing_is_no_answer() -> None:
    q, _ = _question_of("The ferry sailed from Dover with a full crew on board.")
    assert not q.startswith(("Why", "How")), q


def test_a_later_sentence_of_the_lead_that_retells_the_act_with_its_reason_gives_a_why() -> None:
    text = ("Local builder Tom Hardy was banned from driving for three years at Leeds Crown Court. "
            "The court heard he had run a small firm in the city for a decade. "
            "His lawyer asked for leniency. "
            "Hardy was banned because he had driven home drunk twice in one month.")
    q, cites = _question_of(text)
    assert q.startswith("Why Was Local Builder Tom Hardy Banned from Driving"), q
    assert cites == ("s1", "s4"), cites


def test_a_later_sentence_of_another_actor_gives_no_why() -> None:
    text = ("Local builder Tom Hardy was banned from driving for three years at Leeds Crown Court. "
            "The court heard he had run a small firm in the city for a decade. "
            "His lawyer asked for leniency. "
            "A neighbour was banned last year because she had driven home drunk.")
    q, _ = _question_of(text)
    assert not q.startswith("Why"), q


def test_a_later_sentence_that_retells_the_act_with_its_means_gives_a_how() -> None:
    lead = ("Thieves broke into a jewellery store in central Bristol on Sunday night. "
            "Staff found the safe empty when they arrived on Monday. "
            "Police have appealed for witnesses. ")
    q, cites = _question_of(lead + "The thieves broke into the store by cutting a hole in the roof.")
    assert q == "How Did Thieves Break Into a Jewellery Store in Central Bristol?", q
    assert cites == ("s1", "s4"), cites
    # the same words in a quotation are someone's account, not the story's
    q, _ = _question_of(lead + "'They broke into the store by cutting a hole in the roof,' a detective said.")
    assert not q.startswith("How"), q


def test_the_lead_is_not_searched_for_an_open_question() -> None:
    text = ("Local builder Tom Hardy was banned from driving for three years at Leeds Crown Court. "
            "The court heard he had run a small firm in the city for a decade. "
            "His lawyer asked for leniency. "
            "Hardy was banned because he had driven home drunk twice in one month.")
    q, _ = _question_of(text, echo=False)
    assert not q.startswith("Why"), q
