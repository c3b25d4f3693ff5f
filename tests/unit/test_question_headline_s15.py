"""The question headline asks what was admitted rather than whether ("What Did X Admit?"),
what an accusation is ("What Did X Accuse Y Of?"), names a claim's owner and a speaker by
the whole name the story gives, keeps a plural's possessive mark, asks a forecast without
its stacked hedge, asks nothing of "the same", gives a bare post its country, and lifts a
reader's "What did X say about Y?" only when Y is what the words are about.

Every sentence here is invented, a look-alike of a pattern seen on the tuning pools.
"""

from __future__ import annotations


def _parsed(text: str):  # type: ignore[no-untyped-def]
    from copydesk.generate.select import candidates
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    parsed = parse(story_from_text(text))
    return parsed, sorted(candidates(parsed), key=lambda c: c.index)


def _question_of(text: str, *, k: int = 0, echo: bool = False) -> str:
    from copydesk.generate.question_headline import question_headline

    parsed, cands = _parsed(text)
    return question_headline(cands[k], parsed.analysis, cands, echo=echo).text


def test_an_admitted_act_is_asked_what_not_whether() -> None:
    text = "The rebel commander admitted planning the bombing of the power station in a video released on Monday."
    assert _question_of(text, echo=True) == "What Did the Rebel Commander Admit?"
    assert _question_of(text) == "What Did the Rebel Commander Admit?"
    # (a thing denied, not an act, is no such question)
    assert not _question_of("The two guides have denied any wrongdoing in the accident.").startswith("What")


def test_an_accusation_is_asked_for_what_it_charges() -> None:
    q = _question_of("Opposition leader Maria Costa has accused the Fenland Council of hiding the cost of the new bridge.")
    assert q == "What Did Opposition Leader Maria Costa Accuse the Fenland Council Of?", q


def test_a_claims_owner_is_named_in_full_never_by_the_surname_alone() -> None:
    q = _question_of("Peter Wynn from the Transport Workers Union says the airline is being greedy.")
    assert q == "Is the Airline Being Greedy, According to Peter Wynn?", q


def test_a_speaker_named_by_surname_is_given_the_whole_name_the_story_gives() -> None:
    text = ("Daniel Maron, the family's lawyer, spoke to reporters on Monday. The boys' father, Tom Keats, was "
            "treated in hospital and released, Maron said.")
    q = _question_of(text, k=1)
    assert q == "Was the Boys' Father Treated in Hospital, According to Daniel Maron?", q


def test_a_forecasts_hedge_is_not_stacked_on_its_question() -> None:
    q = _question_of("Shoppers will probably spend a third of their holiday budgets on gifts this year.")
    assert q == "Will Shoppers Spend a Third of Their Holiday Budgets on Gifts?", q


def test_the_same_as_what_only_the_sentence_before_says_is_no_question() -> None:
    q = _question_of("Inspired by a famous artist, the gallery owner, Ray Dunn, wants to do the same at his "
                     "seaside studio in March.", echo=True)
    assert "Same" not in q, q


def test_a_bare_post_takes_the_country_the_story_gives_it() -> None:
    text = ("The new Fiji Prime Minister has warned of hard times ahead. Sir Tom Lio, the leader of the Unity "
            "Party, was elected Prime Minister on the first ballot. Sir Tom leads a large team.")
    q = _question_of(text, k=1, echo=True)
    assert q == "Who Was Elected Fiji Prime Minister on the First Ballot?", q


def test_a_readers_say_about_question_heads_the_page_only_of_what_the_words_are_about() -> None:
    from copydesk.generate.question_headline import heads_the_page
    from copydesk.model import Claim

    _, cands = _parsed("The Pentagon says the US military is continuing to search caves in the Tora Bora region, "
                       "in eastern Afghanistan. Coach Ann Bell says the players felt no pressure after the defeat.")
    s1, s2 = cands[0].id, cands[1].id

    def ok(text: str, cite: str) -> bool:
        return heads_the_page(Claim(text=text, cites=(cite,), kind="question"), cands)

    assert not ok("What does the Pentagon say about eastern Afghanistan?", s1)  # a place in the words
    assert not ok("What does the Pentagon say about the US military?", s1)  # a whole body
    assert not ok("What does Ann Bell say about the defeat?", s2)  # a phrase of the words, not their subject
    assert ok("What does Ann Bell say about the players?", s2)
    assert not ok("What do the officials say about the players?", s2)  # which officials?
    assert ok("Why are the players happy?", s2)
    # (the speaker's words of his own deeds are about what they are done to, not about a time)
    _, cands = _parsed("The general claimed he had to bring order to the northern province. "
                       "The coach says he felt no added pressure after the team's defeat.")
    s1, s2 = cands[0].id, cands[1].id
    assert not ok("What did the general claim about the northern province?", s1)  # (unnamed: which general?)
    _, cands = _parsed("General Omar Dede claimed he had to bring order to Tarvia. "
                       "Coach Ann Bell says she felt no added pressure after the team's defeat.")
    s1, s2 = cands[0].id, cands[1].id
    assert ok("What did Omar Dede claim about Tarvia?", s1)
    assert not ok("What does Ann Bell say about the team's defeat?", s2)


def test_a_readers_question_of_an_act_the_sentence_never_tells_does_not_head_the_page() -> None:
    from copydesk.generate.question_headline import heads_the_page
    from copydesk.model import Claim

    _, cands = _parsed("The picture of hunger contrasts with the findings of a survey published earlier this month. "
                       "The new film opens in cinemas on Friday.")
    s1, s2 = cands[0].id, cands[1].id
    assert not heads_the_page(Claim(text="When did the picture of hunger publish?", cites=(s1,), kind="question"),
                              cands)
    assert heads_the_page(Claim(text="When does the new film open?", cites=(s2,), kind="question"), cands)


def test_a_later_sentence_that_gives_the_reason_asks_why() -> None:
    text = ("The mayor's husband has quit his well-paid job at a city bank. He left the bank this week. "
            "The official reason for the resignation was 'to spend more time with his family'.")
    assert _question_of(text, echo=True) == "Why Has the Mayor's Husband Quit His Well-Paid Job at a City Bank?"
    # (a reason for something else is no answer)
    text = ("The mayor's husband has quit his well-paid job at a city bank. He left the bank this week. "
            "The reason for Paris was never clear.")
    assert not _question_of(text, echo=True).startswith("Why"), _question_of(text, echo=True)


def test_a_warning_following_an_incident_asks_why() -> None:
    q = _question_of("The inquiry chairman, Judge Ann Moss, warned all witnesses not to talk to reporters, "
                     "following the leak of a draft report to a newspaper.", echo=True)
    assert q.startswith("Why Did"), q
    # (after a meeting is a time, not a prompt)
    q = _question_of("The inquiry chairman, Judge Ann Moss, warned all witnesses not to talk to reporters "
                     "after the meeting.", echo=True)
    assert not q.startswith("Why"), q


def test_an_event_cut_from_its_clause_is_no_question() -> None:
    q = _question_of("The council voted unanimously just two days before a convoy of some 40 aid trucks which "
                     "will cross the border tomorrow.", echo=True)
    assert "Before a Convoy" not in q, q


def test_a_plan_made_known_is_asked_of_the_person_it_is() -> None:
    text = ("The Foreign Minister, Jane Ross, has revealed she will go to Fiji for talks. "
            "She is expected to arrive on Monday.")
    assert _question_of(text) == "Will Jane Ross Go to Fiji for Talks?", _question_of(text)
    # (what someone revealed of the past is no plan to ask of)
    text = "The Foreign Minister, Jane Ross, has revealed she went to Fiji for talks. She arrived on Monday."
    assert not _question_of(text).startswith("Did Jane Ross"), _question_of(text)


def test_a_condition_is_never_cut_from_a_question() -> None:
    q = _question_of("The navy will be in overall charge in case of an attack and would help evacuate the aid "
                     "workers in an emergency.", echo=True)
    assert q == "" or "in Case of an Attack" in q, q


def test_a_few_people_told_by_their_trade_and_named_later_are_asked_who() -> None:
    text = ("Two singers and a soap actress came out in support of the Greens at a party rally. "
            "Tom Reed took a swipe at the mayor at the event, also attended by Ann Lowe.")
    assert _question_of(text, echo=True) == "Who Came Out in Support of the Greens at a Party Rally?"
    # (a crowd is no "who")
    text = ("Hundreds of fans and dozens of players came out in support of the club at a rally. "
            "Tom Reed spoke at the event.")
    assert not _question_of(text, echo=True).startswith("Who"), _question_of(text, echo=True)


def test_a_whole_name_from_another_sentence_keeps_its_capitals_in_sentence_case() -> None:
    from copydesk.generate.question_headline import sentence_case

    _, cands = _parsed("Trade chief Roger Bayliss spoke on Monday. Mr Bayliss says local firms should not retreat.")
    q = sentence_case("What Does Roger Bayliss Say About Local Firms?", cands[1].span)
    assert q == "What does Roger Bayliss say about local firms?", q


def test_a_readers_question_of_a_bulletins_later_item_does_not_head_the_page() -> None:
    from copydesk.generate.rules import _same_story
    from copydesk.model import Claim, FaqItem

    pair = FaqItem(question=Claim(text="Why has a meeting been arranged?", cites=("s12",), kind="question"),
                   answer=Claim(text="A meeting has been arranged between the Greeks and the Turks.", cites=("s12",)))
    # (a name of the synopsis again, by its stem: "Greek" of "Greeks")
    assert _same_story(pair, ["s1"], ["Athens said the Greek navy would stay in port."])
    assert not _same_story(pair, ["s1"], ["The owner of a nudist resort in South Australia expects hundreds."])
    # (a question of the lead or the synopsis is the story's own)
    lead = FaqItem(question=Claim(text="Why?", cites=("s2",), kind="question"),
                   answer=Claim(text="A meeting has been arranged.", cites=("s2",)))
    assert _same_story(lead, ["s1"], ["Nothing named here."])


def test_a_possessive_leans_unless_the_name_before_it_can_own_it() -> None:
    from copydesk.generate.rules import _self_contained

    for text, question, whole in [
        ("Refugees fled the war. The Government has suspended their applications while a new council is set up.",
         "Has the Government Suspended Their Applications?", False),
        ("Apple will cut its prices in May, the company said on Monday.", "Will Apple Cut Its Prices?", True),
        ("Jane Smith lost her job at the bank on Monday after a row.", "Did Jane Smith Lose Her Job?", True),
        ("The Tigers sacked their coach on Monday after a row.", "Did the Tigers Sack Their Coach?", True),
    ]:
        _, cands = _parsed(text)
        assert _self_contained(question, cands[-1]) is whole, question
