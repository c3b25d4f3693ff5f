"""Integrity checks, one per kind of meaning error blind readers found on pages stamped
"supported": each catches an invented look-alike and lets the faithful version through."""

from __future__ import annotations

import pytest

from copydesk.grounding import check_claim
from copydesk.grounding.integrity import check_integrity, quotations
from copydesk.ingest import read_story
from copydesk.model import Claim
from copydesk.nlp.analyse import parse


def faults(claim: str, story: list[str], cited: list[int], kind: str = "fact") -> list[str]:
    return [f"{u.kind}: {u.text}" for u in check_integrity(claim, cited, story, kind=kind)]


def verdict(text: str, claim: str, cites: tuple[str, ...]) -> tuple[bool, list[str]]:
    """The full checker, as the pipeline runs it, on a story parsed from ``text``."""
    analysis = parse(read_story(text)).analysis
    sup = check_claim(analysis, Claim(text=claim, cites=cites))
    return sup.supported, [u.kind for u in sup.unsupported]


# --------------------------------------------------------------------------- no main verb

RELATIVE = ("Portugal, whose 4-0 thrashing of Italy in the final in Paris last year marked "
            "the end of the Azzurri's long reign over the continent, are now ranked second.")
NEXT_TIME = ("The next time she wrote to him, more than three weeks had gone by and the older "
             "Smith was in a hospital in Leeds.")


@pytest.mark.parametrize(("claim", "source"), [
    ("Portugal, whose 4-0 thrashing of Italy in the final in Paris last year marked the end "
     "of the Azzurri's long reign over the continent.", RELATIVE),
    ("The next time more than three weeks had gone by and the older Smith was in a hospital "
     "in Leeds.", NEXT_TIME),
])
def test_a_statement_without_its_main_verb_is_a_fragment(claim: str, source: str) -> None:
    found = faults(claim, [source], [0])
    assert found and found[0].startswith("fragment:")


@pytest.mark.parametrize(("claim", "source"), [
    ("Portugal are now ranked second.", RELATIVE),
    ("Portugal's 4-0 thrashing of Italy marked the end of the Azzurri's long reign over the "
     "continent.", RELATIVE),
    ("More than three weeks had gone by and the older Smith was in a hospital in Leeds.",
     NEXT_TIME),
])
def test_a_deletion_that_keeps_a_main_clause_is_whole(claim: str, source: str) -> None:
    assert not [f for f in faults(claim, [source], [0]) if f.startswith("fragment")]


def test_a_subordinate_clause_alone_is_not_a_statement() -> None:
    source = "If the rain keeps up, the match will be called off, the organisers said."
    assert faults("If the rain keeps up.", [source], [0])[0].startswith("fragment:")
    assert faults("The match will be called off if the rain keeps up.", [source], [0]) == []


# --------------------------------------------------------------------------- descriptors

DONORS = ["Labour donors turned on the party leadership on Monday.",
          "The row grew all week.",
          "Wealthy Labour donor John Marsh said he would stop giving money."]


def test_a_descriptor_moved_from_one_cited_sentence_onto_anothers_noun_is_caught() -> None:
    found = faults("Wealthy Labour donors turned on the party leadership on Monday.",
                   DONORS, [0, 2])
    assert found and "'Wealthy' describes another noun than 'donors'" in found[0]
    ok, kinds_ = verdict(" ".join(DONORS), "Wealthy Labour donors turned on the party "
                                           "leadership on Monday.", ("s1", "s3"))
    assert not ok and kinds_ == ["name"]


@pytest.mark.parametrize("claim", [
    "Labour donors turned on the party leadership on Monday.",
    "Wealthy Labour donor John Marsh said he would stop giving money.",
    "Labour donors turned on the party leadership, and wealthy donor John Marsh said he "
    "would stop giving money.",
])
def test_descriptors_kept_on_their_own_noun_pass(claim: str) -> None:
    assert faults(claim, DONORS, [0, 2]) == []


# --------------------------------------------------------------------------- quotations

RALLY = ["The prime minister spoke at a rally in Leeds on Friday.",
         "'If you want real change. Vote for us,' Smith said.",
         "The crowd cheered."]


def test_a_quotation_split_by_the_segmenter_is_one_quotation_with_its_speaker() -> None:
    story = parse(read_story(" ".join(RALLY))).analysis.sentences
    qs = [q for q in quotations(tuple(s.text for s in story)) if len(q.words) > 3]
    assert [q.words for q in qs] == [("if", "you", "want", "real", "change", "vote", "for", "us")]
    assert qs[0].attributed


def test_a_quotation_without_its_speaker_or_its_punchline_is_caught() -> None:
    text = " ".join(RALLY)
    sentences = [s.text for s in parse(read_story(text)).analysis.sentences]
    first = next(i for i, s in enumerate(sentences) if "real change" in s)
    found = faults("If you want real change.", sentences, [first])
    assert any(f.startswith("attribution: quoted words without their speaker") for f in found)
    assert any(f.startswith("fragment") for f in found)
    cut = faults("Smith said: 'If you want real change.'", [RALLY[1]], [0])
    assert cut and cut[0].startswith("attribution: part of a quotation")


def test_a_whole_quotation_with_its_speaker_passes() -> None:
    assert faults("Smith said: 'If you want real change. Vote for us.'", [RALLY[1]], [0]) == []
    assert faults("Smith told the rally in Leeds to vote for his party.", RALLY, [0, 1]) == []


CAMPAIGN = ["The council plans to close the library next year.",
            "'This closure is an attack on the poorest families in town,' said campaigner "
            "Jane Holt."]


def test_a_campaigners_words_presented_as_fact_are_caught() -> None:
    ok, kinds_ = verdict(" ".join(CAMPAIGN),
                         "The closure is an attack on the poorest families in town.", ("s2",))
    assert not ok and "attribution" in kinds_
    ok, _ = verdict(" ".join(CAMPAIGN), "Campaigner Jane Holt said the closure is an attack "
                                        "on the poorest families in town.", ("s2",))
    assert ok


# --------------------------------------------------------------------------- names

SHEARER = ["Martin Shearer, the brother of former striker Alan Shearer, was fined £500 by "
           "magistrates on Tuesday.",
           "Shearer admitted driving without insurance.",
           "He told the court he needed the car for work."]


@pytest.mark.parametrize(("claim", "cited"), [
    ("Alan Shearer admitted driving without insurance.", [1]),
    ("Alan Shearer told the court he needed the car for work.", [2]),
])
def test_a_full_name_the_cited_sentences_bind_to_someone_else_is_caught(
        claim: str, cited: list[int]) -> None:
    found = faults(claim, SHEARER, cited)
    assert found == ["name: Alan Shearer (the sentence means Martin Shearer)"]


@pytest.mark.parametrize(("claim", "cited"), [
    ("Martin Shearer admitted driving without insurance.", [1]),
    ("Martin Shearer told the court he needed the car for work.", [2]),
    ("Shearer admitted driving without insurance.", [1]),
])
def test_the_bound_name_passes(claim: str, cited: list[int]) -> None:
    assert faults(claim, SHEARER, cited) == []


def test_a_name_that_only_modifies_the_subject_is_not_the_subject() -> None:
    story = ["The brother of former striker Alan Shearer has lost his licence."]
    found = faults("Alan Shearer has lost his licence.", story, [0])
    assert found == ["name: Shearer (the sentence's subject of 'lose' is the brother)"]
    assert faults("The brother of Alan Shearer has lost his licence.", story, [0]) == []


def test_a_name_in_place_of_the_sentences_named_subject_is_caught() -> None:
    story = ["Mark Ray was jailed in 2012.",
             "Ms Jackson has been forced to move home because of Mr Ray."]
    found = faults("Mark Ray has been forced to move home.", story, [1])
    assert found and found[0].startswith("name: Ray (the sentence's subject of 'force' is")
    assert faults("Ms Jackson has been forced to move home.", story, [1]) == []


def test_the_whole_checker_rejects_a_brother_named_for_a_pronoun() -> None:
    text = ("Martin Shearer outside the court in Newcastle, where he was banned from driving. "
            "The brother of former striker Alan Shearer has lost his job as a delivery driver.")
    ok, kinds_ = verdict(text, "Alan Shearer was banned from driving.", ("s1",))
    assert not ok and "name" in kinds_
    ok, _ = verdict(text, "Martin Shearer was banned from driving.", ("s1",))
    assert ok


# --------------------------------------------------------------------------- deletions

@pytest.mark.parametrize(("claim", "source", "fault"), [
    ("The flag-waving uncle of a missing Welsh schoolboy.",
     "The flag-waving uncle of a missing Welsh schoolboy yesterday admitted driving him to "
     "the port.", "'uncle' lost its verb 'admitted'"),
    ("The report, written by Anna Berg, the bank's chief economist.",
     "The report, written by Anna Berg, the bank's chief economist, says that rates will "
     "stay high.", "'report' lost its verb 'says'"),
    ("Berg told the board to 'get the numbers right', while Marsh said the plan was 'dead "
     "in the water.",
     "Berg told the board to 'get the numbers right', while Marsh said the plan was 'dead "
     "in the water' Marsh later resigned.", "a quotation left open"),
])
def test_a_deletion_that_leaves_a_subject_alone_or_a_quote_open_is_a_fragment(
        claim: str, source: str, fault: str) -> None:
    assert f"fragment: {fault}" in faults(claim, [source], [0])


def test_a_neutral_attribution_may_still_be_dropped() -> None:
    source = "The report, written by Anna Berg, says that rates will stay high."
    assert faults("Rates will stay high.", [source], [0]) == []
    assert faults("The report says that rates will stay high.", [source], [0]) == []


@pytest.mark.parametrize(("claim", "source", "fault"), [
    ("Jones was to guide listeners through the final.",
     "Jones was on air to guide listeners through the final.", "lost its predicate"),
    ("Mr Brown appears and on the day of the march he posted a message.",
     "Mr Brown appears in a photo wearing a badge, and on the day of the march he posted a "
     "message.", "lost its complement"),
])
def test_a_deletion_that_empties_a_copula_or_a_verb_that_needs_a_complement_is_caught(
        claim: str, source: str, fault: str) -> None:
    found = faults(claim, [source], [0])
    assert found and fault in found[0]


@pytest.mark.parametrize(("claim", "source"), [
    ("Jones was on air to guide listeners through the final.",
     "Jones was on air to guide listeners through the final, which went to extra time."),
    ("Mr Brown appears in a photo wearing a badge.",
     "Mr Brown appears in a photo wearing a badge, and on the day of the march he posted a "
     "message."),
])
def test_a_deletion_that_keeps_the_predicate_passes(claim: str, source: str) -> None:
    assert faults(claim, [source], [0]) == []


def test_the_second_of_two_sentences_run_together_is_read_where_it_stands() -> None:
    source = ("A tourist has claimed she was robbed by a taxi driver in Leeds, who has now "
              "been arrested (pictured) A taxi driver in Yorkshire has been arrested after "
              "being accused of robbing a tourist.")
    assert faults("A taxi driver in Yorkshire has been arrested after being accused of "
                  "robbing a tourist.", [source], [0]) == []
    assert faults("Taxi Driver in Yorkshire Arrested After Being Accused of Robbing Tourist",
                  [source], [0]) == []
