"""The deletion valency check (issue 10): a cut that keeps a word and drops what that
word needs — a verb's object or complement, a preposition's object, a determiner's noun,
an auxiliary's verb, one member of an "and", the clause of a subordinating word — or
that leaves kept words hanging on a head that went. It is off by default
(``integrity.VALENCY``: measured, it did not carry over to a blind sample); these tests
switch it on. Every sentence here is invented; each fault has a faithful cut it keeps."""

from __future__ import annotations

import pytest

from copydesk.grounding import integrity
from copydesk.grounding.integrity import check_integrity


@pytest.fixture(autouse=True)
def _valency_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(integrity, "VALENCY", True)


def faults(claim: str, source: str, kind: str = "fact") -> list[str]:
    return [u.text for u in check_integrity(claim, [0], [source], kind=kind)]


JURY = "The jury found the ferry's owner guilty of negligence on Thursday."
DENY = "The harbour master denied that the pilot had been drinking before the collision."
COUNCIL = "Councillors Anna Berg and Tomas Lind approved the plan at a meeting in Vaasa."
CLINIC = "The clinic, which opened in 2009, has treated 4,000 patients with burns."
HIRE = "The port authority is advertising for a new harbour engineer."


@pytest.mark.parametrize(("claim", "source", "why"), [
    ("The jury found the ferry's owner.", JURY, "'guilty'"),
    ("The harbour master denied.", DENY, "lost its ccomp"),
    ("Councillors Anna Berg and approved the plan.", COUNCIL, "'and' lost its member"),
    ("The clinic, which, has treated 4,000 patients.", CLINIC, "lost its"),
    ("The port authority is advertising for a new.", HIRE, "'engineer'"),
])
def test_a_kept_word_that_lost_what_it_needs_is_a_fragment(claim: str, source: str,
                                                             why: str) -> None:
    got = faults(claim, source)
    assert got and why in got[0], got


@pytest.mark.parametrize(("claim", "source"), [
    ("The jury found the ferry's owner guilty of negligence.", JURY),    # a time dropped
    ("The harbour master denied that the pilot had been drinking.", DENY),
    ("The clinic has treated 4,000 patients with burns.", CLINIC),       # a relative dropped
    ("The port authority is advertising for a harbour engineer.", HIRE),  # an adjective
    ("Jury Finds Ferry's Owner Guilty of Negligence", JURY),             # headlinese
])
def test_a_faithful_shortening_is_kept(claim: str, source: str) -> None:
    assert faults(claim, source) == []


def test_kept_words_left_hanging_on_a_head_that_went() -> None:
    source = "Two cafes were flooded and dozens damaged when the river burst its banks."
    assert faults("Two cafes were flooded and dozens.", source)
    assert faults("Two cafes were flooded when the river burst its banks.", source) == []


def test_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(integrity, "VALENCY", False)
    monkeypatch.setattr(integrity, "COMPLETENESS", False)  # it reads the claim alone
    assert faults("The harbour master denied.", DENY) == []
