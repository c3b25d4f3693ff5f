"""The cut check's comparative: a "than …" cut from a kept comparative leaves a claim
that says nothing (invented sentences; each with a cut that must still pass)."""

from __future__ import annotations

import pytest

from copydesk.grounding.cuts import cut_faults

FITTER = "Rafael Nadal admits to feeling more confident now than at any point in his tennis career."
BIGGER = "The new stadium, which is bigger than the old one, opened on Saturday in front of 40,000 fans."
MORE = "More than 20 people were hurt when a bus hit a wall in Leeds."


@pytest.mark.parametrize(("claim", "source"), [
    ("Rafael Nadal Admits to Feeling More Confident", FITTER),
    ("Nadal admits to feeling more confident now", FITTER),
])
def test_a_comparative_without_its_than_is_a_fault(claim: str, source: str) -> None:
    got = cut_faults(claim, [source])
    assert got and "than" in got[0].text, got


@pytest.mark.parametrize(("claim", "source"), [
    ("Rafael Nadal Admits to Feeling More Confident Now Than at Any Point", FITTER),
    ("New stadium opened on Saturday", BIGGER),  # the comparative went with its "than"
    ("More than 20 people were hurt when a bus hit a wall", MORE),
    ("Nadal admits to feeling fit", "Nadal admits to feeling fit and strong."),
])
def test_a_whole_comparative_or_none_passes(claim: str, source: str) -> None:
    assert not [u for u in cut_faults(claim, [source]) if "than" in u.text]


CONTENT = "The club rejected the claim that its manager had lied to the board about the transfer fee."
RELATIVE = "The chart that the agency released on Monday shows cracks in three of the bridge's supports."


def test_a_nouns_that_clause_is_what_it_says_and_a_relative_clause_may_go() -> None:
    # s9: "NASA Releases Graphic Noting" (the parser read "noting" as a noun whose "that"
    # clause is its content): a noun's content clause cut leaves it saying nothing.
    got = cut_faults("Club Rejects Claim", [CONTENT])
    assert got and got[0].kind == "fragment" and "that" in got[0].text, got
    assert not cut_faults("The chart shows cracks in three of the bridge's supports.", [RELATIVE])


def test_an_adverb_under_a_negation_and_an_inverted_condition_are_meaning() -> None:
    # s9 blind read: "Young Woman Says She Didn't Turn to Prostitution" (lost "immediately"),
    # "Magpies to Set New Club Record" (lost "should they be beaten").
    got = cut_faults("A student says she didn't turn to gambling.",
                     ["A student says she didn't immediately turn to gambling to pay her rent."])
    assert got and got[0].kind == "negation", got
    got = cut_faults("The Tigers will set a new club record.",
                     ["The Tigers will set a new club record should they be beaten on Sunday."])
    assert got and got[0].kind == "hedge", got
    assert not cut_faults("The firm did not respond.", ["The firm did not respond on Monday."])
    assert not cut_faults("Police had no idea.", ["Police had no idea where he was."])
