"""The source-side cut check (issue 10, ``copydesk.grounding.cuts``): what a deletion cut
from its sentence, judged on the sentence's parse. Every sentence here is invented; each
rule has a look-alike it must catch, and each safe deletion a case it must keep."""

from __future__ import annotations

import pytest

from copydesk.grounding.cuts import cut_faults


def _kinds(claim: str, source: str, kind: str = "fact") -> list[str]:
    return [u.kind for u in cut_faults(claim, [source], kind=kind)]


@pytest.mark.parametrize(("claim", "source", "want"), [
    # a negation or a bounding adverb cut
    ("The minister has visited the flooded camp.",
     "The minister has never visited the flooded camp.", "negation"),
    ("Three members of the board voted for the merger.",
     "Only three members of the board voted for the merger.", "hedge"),
    # a modal or a hedge
    ("The new levy cut car traffic by half.",
     "The new levy could cut car traffic by half.", "hedge"),
    ("The trawler sank shortly after midnight.",
     "The trawler apparently sank shortly after midnight.", "hedge"),
    ("Builder to Close Its Plant in Geelong",
     "The builder plans to close its plant in Geelong.", "hedge"),
    # a condition
    ("The nurses will walk out on Monday.",
     "The nurses will walk out on Monday if the talks collapse.", "hedge"),
    # the owner of a contested statement
    ("The treasurer misled the parliament.",
     "The opposition claims the treasurer misled the parliament.", "attribution"),
    ("The guard was seen near the vault.",
     "The guard was reportedly seen near the vault.", "attribution"),
    # one member of a coordinated subject
    ("The mayor opened the new fire station.",
     "The mayor and the police chief opened the new fire station.", "actor"),
    # a verb's complement, so the verb means something else
    ("The senators voted.", "The senators voted to reject the treaty.", "fragment"),
    ("Is the reform one step closer with the senate?",
     "Is the reform one step closer with the senate voting to back it?", "fragment"),
    # a reason, and the span of time an infinitive says is for
    ("The mayor says burglaries have fallen.",
     "The mayor says burglaries have fallen because fewer people report them.", "fragment"),
    ("The company has been given ten days.",
     "The company has been given ten days to repay the loan.", "fragment"),
    # a noun that says nothing without its infinitive
    ("The agency would have the power.",
     "The agency would have the power to freeze bank accounts without a warrant.", "fragment"),
    # a subject whose verb was cut from between it and what it now seems to join
    ("A sniper was shot dead as soldiers, officials say.",
     "A sniper was shot dead as soldiers stormed the compound, officials say.", "fragment"),
    # a "because" clause joined to the verb before the one it explained
    ("The mayor resigned because the audit found fraud.",
     "The mayor resigned and the council collapsed because the audit found fraud.", "fragment"),
    # the ground of a verb of punishing
    ("The driver was jailed.", "The driver was jailed for dangerous driving.", "fragment"),
    # an approximator of a number, an adjective that changes what the noun is
    ("300 workers lost their jobs at the mill.",
     "About 300 workers lost their jobs at the mill.", "number"),
    ("The minister opened the bridge.", "The former minister opened the bridge.", "name"),
])
def test_a_meaning_bearing_cut_is_caught(claim: str, source: str, want: str) -> None:
    assert _kinds(claim, source) == [want]


@pytest.mark.parametrize(("claim", "source"), [
    # an appositive
    ("John Carver opened the bridge.", "John Carver, the town's mayor, opened the bridge."),
    # a relative clause set off by commas
    ("The tannery will close in March.",
     "The tannery, which opened in 1952, will close in March."),
    # a time adjunct, a place adjunct
    ("The council approved the budget.", "The council approved the budget on Tuesday night."),
    ("The ferry ran aground.", "The ferry ran aground off the northern cape."),
    # a neutral speaker
    ("The man was arrested at his home.", "Police said the man was arrested at his home."),
    # a parenthetical
    ("The drug was recalled.", "The drug (sold as Calmex) was recalled."),
    # an adverb of manner
    ("The crowd cheered as the team arrived.", "The crowd cheered loudly as the team arrived."),
    # a purpose that only adds a detail
    ("The team has arrived in Adelaide.",
     "The team has arrived in Adelaide to prepare for the first match."),
    # a headline's re-inflection and dropped articles
    ("Council Approves Budget", "The council approved the budget on Tuesday."),
    # two coordinated nouns that name one person
    ("A navy diver was honoured for saving a swimmer.",
     "A navy diver and former lifeguard was honoured for saving a swimmer."),
    ("Mountain guide Lena Holt backed the plan.",
     "Mountain guide and radio host Lena Holt backed the plan."),
    # a "because" clause whose verb stays, with a neutral speaker or a relative cut before it
    ("The ferry sank because the crew ignored the warning.",
     "The ferry sank, officials said, because the crew ignored the warning."),
    ("The ferry sank because the crew ignored the warning.",
     "The ferry, which was old, sank because the crew ignored the warning."),
    # a reduced relative that only names its noun
    ("The navy fired a torpedo.", "The navy fired a torpedo called the Sea Lance at the hulk."),
    # a hedge on the writer's comment, cut with the comment
    ("Total sales rose 4 percent.", "Perhaps surprisingly, total sales rose 4 percent."),
    # what a verb of inquiry is about is a detail
    ("Police are questioning a councillor.",
     "Police are questioning a councillor over claims he sold planning permits."),
])
def test_a_safe_deletion_passes(claim: str, source: str) -> None:
    assert _kinds(claim, source) == []


@pytest.mark.parametrize(("claim", "source"), [
    # the inverted modal stands for the sentence's own
    ("Could the storm reach the coast?", "Forecasters say the storm could reach the coast by Friday."),
    # a question asks; it does not assert a member, a purpose or a hedge away
    ("Who is Anna Berg?", "Anna Berg and Tom Lee won the mixed doubles final."),
    ("Why has the team arrived in Adelaide?",
     "The team has arrived in Adelaide to prepare for the first match."),
    # a question about a person need not keep what the person did
    ("Who is Karl Brenner?", "Fire chief Karl Brenner later said crews had saved the mill."),
    # the wh-word asks for the complement the cut left out
    ("What did the singer reveal?",
     "The singer has revealed that her new album was written in a lighthouse."),
])
def test_a_question_is_not_held_to_what_it_does_not_assert(claim: str, source: str) -> None:
    assert _kinds(claim, source, kind="question") == []


def test_a_claim_that_is_no_deletion_is_not_judged() -> None:
    assert _kinds("The levy halved traffic.", "The new levy could cut car traffic by half.") == []
    assert _kinds("The minister has never visited the flooded camp.",
                  "The minister has never visited the flooded camp.") == []


def test_a_claim_that_writes_in_its_own_verb_keeps_its_subject() -> None:
    src = "The pier was closed, Mara Quist, the harbour master, told reporters."
    assert _kinds("Mara Quist is the harbour master.", src) == []


def test_a_question_whose_noun_lost_its_infinitive_asks_nothing() -> None:
    source = "Inspectors would have the power to close farms without notice under the new rules."
    assert _kinds("Would Inspectors Have the Power?", source), "the power to do what?"
    assert not _kinds("What Power Would Inspectors Have?", source)  # asked for: the answer is the infinitive
