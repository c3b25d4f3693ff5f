"""Headlines from the s15 brief (the s14 blind read): no head that leans on words the
reader has not seen ("Do the Same", "That Estimate", "Row Comes …"), nor one on what the
story could not learn ("Does Not Immediately Respond"); a change keeps what changed
("Following Breakdown"); no stale "Today's"; an occasion gives way to the act that marked
it; "there is a blowout in X" reads "X blowout" after "Confirms"; the lead's clause, cut,
before a later sentence that names its actor back. Every sentence here is invented: a
look-alike of a shape the reader struck, and a case each rule must keep."""

from __future__ import annotations

from test_headline_s13 import _headline, _lead, _page_headline

import copydesk.grounding.cuts  # noqa: F401  (registers the cut check the headlines use)


def _trimmed(text: str) -> str:
    from copydesk.generate.headlines import trimmed_headline

    c, _ = _lead(text)
    return trimmed_headline(c)[0].text


def test_a_head_that_leans_on_unseen_words_is_no_head() -> None:
    # Struck: "Pelican Point Nudist Resort Owner Wants to Do the Same at His Lake Bonney Resort".
    h = _headline("Following the example of a famous chef who opened cafes across Europe, the owner of a small "
                  "Dorset bakery, Tom Reed, wants to do the same at his seaside shop.")
    assert "Same" not in h, h
    h = _headline("Scientist Mary Blake says that estimate did not factor in melting glaciers.")
    assert h == "", h
    # kept: a named object, and an "it" whose noun the head holds
    h = _headline("The owner of a small Dorset bakery wants to open a second shop at the harbour.")
    assert "Wants to Open Second Shop" in h, h
    h = _headline("The television reporter found herself in the news rather than reporting on it.")
    assert h.endswith("on It"), h


def test_what_the_story_could_not_learn_heads_no_page() -> None:
    # Struck: "Lisa McElroy Does Not Immediately Respond to Email".
    assert _headline("The professor did not immediately respond to an email from the newspaper.") == ""
    assert _headline("A spokesman for the club declined to comment on the transfer.") == ""
    # kept: a negated act that is the news
    h = _headline("The city council did not approve the new stadium plan on Tuesday.")
    assert "Does Not Approve New Stadium Plan" in h, h


def test_a_stale_day_goes_from_the_head() -> None:
    # Struck: "Australian Families of Victims from Interlaken Tragedy Welcome Today's Guilty Verdicts".
    h = _headline("Relatives of the ferry victims have welcomed today's guilty verdicts against the ship's captain.")
    assert "Today" not in h and "Welcome Guilty Verdicts" in h, h


def test_a_change_keeps_what_changed() -> None:
    # Struck: "Unions Do Not Rule Out Disruptions to Christmas Flights Following Breakdown",
    # "… Fail to Improve, with Further Decline".
    h = _headline("Unions representing airport baggage handlers have not ruled out disruptions to Easter flights "
                  "following a breakdown in negotiations with management.")
    assert not h.endswith(("Breakdown", "Following")), h
    h = _headline("Forward indicators of the national housing market are failing to improve, with a further "
                  "decline in newspaper property advertising.")
    assert "Decline" not in h or "Decline in" in h, h
    # kept: a change whose phrase stays
    h = _headline("The bank has reported a fall in profits.")
    assert h == "Bank Reports Fall in Profits", h


def test_a_pointing_subject_heads_no_page() -> None:
    # Struck: "Row Comes Amid Growing Controversy Over Spread of Food Banks" (which row?).
    assert _headline("The row comes amid growing anger over the closure of rural schools.") == ""
    # kept: a row named by what it is about
    h = _headline("A row over the closure of rural schools has split the county council.")
    assert h.startswith("Row Over Closure of Rural Schools"), h


def test_an_occasion_gives_way_to_the_act_that_marked_it() -> None:
    # Struck: "US President George W Bush Marks 100th Day of Campaign Against Terrorism".
    h = _headline("The prime minister has marked the first anniversary of the floods by promising new money for "
                  "flood defences.")
    assert h == "Prime Minister Promises New Money for Flood Defences", h
    # kept: an occasion marked with no act of the subject's own
    h = _headline("The town marked the anniversary of the floods with a minute's silence.")
    assert h.startswith("Town Marks Anniversary"), h


def test_there_is_a_change_in_x_reads_as_x_change_after_a_noun_taking_verb() -> None:
    # Struck: "Federal Government Confirms There Is Blowout in Defence Budget".
    h = _headline("The state government has confirmed there is a blowout in the health budget because of the cost "
                  "of new hospitals.")
    assert h == "State Government Confirms Health Budget Blowout", h
    # kept: "Says" takes no noun phrase; "a lot" keeps its "a"
    h = _headline("The treasurer says there is a blowout in the health budget.")
    assert "There Is Blowout in Health Budget" in h, h
    h = _headline("Shop owner Tom Reed says there has been a lot of interest in the sale.")
    assert "a Lot of Interest" in h, h


def test_a_cut_never_strands_a_vague_place_or_a_particle() -> None:
    h = _trimmed("The army believes it has finally traced the whereabouts of the rebel commander to an area in the "
                 "northern mountains where the search had been focusing for several weeks after a tip-off.")
    assert not h.endswith("Area"), h
    h = _trimmed("An obscure agreement struck by state governments in 1993 means most workers will not get a day "
                 "off this Easter weekend despite the public holiday falling on a Sunday.")
    assert not h.endswith("Get Day"), h


def test_the_lead_cut_heads_the_page_over_a_sentence_naming_its_actor_back() -> None:
    # Struck: "15-Member Council Votes Unanimously Two Days Before Vanguard of Some 250 British Soldiers".
    h = _page_headline(
        "The United Nations Security Council has authorised a peacekeeping force to help keep the peace in the "
        "capital of the island nation, with Britain leading the troops and France ready to help them in an "
        "emergency. The 15-member council voted unanimously two days before a vanguard of some 300 soldiers who "
        "will be deployed on Monday. The new government is to be sworn in on the same day.")
    assert h.startswith("United Nations Security Council Authorises"), h


def test_a_fronted_owner_moves_to_the_end() -> None:
    # Struck: "According to Initial Police Reports, Blake Shot Dead by Pirates".
    from copydesk.generate.headlines import _owner_last

    assert _owner_last("According to Initial Police Reports, Blake Shot Dead by Pirates") == \
        "Blake Shot Dead by Pirates, According to Initial Police Reports"
    # kept: a trailing owner, and a head with a second comma
    assert _owner_last("Cost of Divorce Can Wreck Retirement, According to Research") == \
        "Cost of Divorce Can Wreck Retirement, According to Research"
    assert _owner_last("According to Police, Man, 30, Is Held") == "According to Police, Man, 30, Is Held"
