"""The grounding verifier: claims against cited sentences, and its quality on FRANK."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk.grounding import check_document, check_text, date_forms, ground
from copydesk.model import (
    Analysis,
    Claim,
    Dateline,
    DateMention,
    Entity,
    FaqItem,
    Parts,
    Sentence,
    Takeaway,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "fixtures" / "frank_sample.jsonl"
DEV = ROOT / ".." / "shared" / "data" / "news_dev.jsonl"

S1 = ("Gary Locke will be confirmed as Kilmarnock's permanent manager on Friday, "
      "exactly eight weeks after he was asked to take charge.")
S2 = ("On Thursday the 39-year-old paid tribute to the players, and new chairman Jim Mann "
      "said Locke replaced Allan Johnston in February.")
S3 = "The club did not pay a fee of £2million for the striker."


def kinds(text: str, sources: list[str], **kw: object) -> list[tuple[str, str]]:
    result = check_text(text, sources, **kw)  # type: ignore[arg-type]
    return [(u.kind, u.text) for u in result.unsupported]


# --------------------------------------------------------------------------- check_text


def test_check_text_paraphrase_by_deletion_passes() -> None:
    result = check_text("Gary Locke will be confirmed as Kilmarnock manager on Friday.", [S1])
    assert result.unsupported == ()
    assert result.score >= 0.9


def test_check_text_invented_name_is_listed() -> None:
    assert ("name", "Celtic") in kinds("Gary Locke will be confirmed as Celtic manager.", [S1])


def test_check_text_wrong_name_combination_is_listed() -> None:
    assert ("name", "Allan Locke") in kinds("Allan Locke replaced Jim Mann.", [S2])


def test_check_text_invented_number_is_listed() -> None:
    assert ("number", "40") in kinds("The 40-year-old paid tribute to the players.", [S2])


def test_check_text_invented_date_is_listed() -> None:
    found = kinds("Locke replaced Allan Johnston in March 2014.", [S2])
    assert ("date", "March") in found
    assert ("date", "2014") in found


def test_check_text_number_forms_match() -> None:
    assert kinds("Locke took charge eight weeks ago.", [S1]) == []
    assert kinds("Locke took charge 8 weeks ago.", [S1]) == []
    assert kinds("The club did not pay 2 million pounds.", [S3]) == []
    assert kinds("He earns 1,000 a week.", ["He earns 1000 a week."]) == []


def test_check_text_number_unit_mismatch_is_listed() -> None:
    assert ("number", "$2million") in kinds("The club did not pay a fee of $2million.", [S3])
    assert kinds("Prices rose 5 per cent.", ["Prices rose 5%."]) == []
    assert ("number", "6") in kinds("Prices rose 6%.", ["Prices rose 5%."])


def test_check_text_month_abbreviation_matches() -> None:
    assert kinds("Locke replaced Johnston in Feb.", [S2]) == []
    assert kinds("The summit opens on Sept. 3.", ["The summit opens on September 3."]) == []


def test_check_text_title_and_country_abbreviations_match() -> None:
    src = ["Prime Minister Narendra Modi met U.S. officials and Lieutenant Smith."]
    assert kinds("PM Narendra Modi met US officials and Lt. Smith.", src) == []


def test_check_text_negation_flip_is_caught() -> None:
    found = kinds("The club paid a fee of £2million for the striker.", [S3])
    assert [k for k, _ in found] == ["negation"]
    found = kinds("The 39-year-old did not pay tribute to the players.", [S2])
    assert [k for k, _ in found] == ["negation"]


def test_check_text_negation_reaches_predicate_nouns() -> None:
    src = ["Kristina Karo alleges that she was a classmate of Ms Kunis."]
    found = kinds("Kristina Karo alleges that she was not a classmate of Ms Kunis.", src)
    assert [k for k, _ in found] == ["negation"]
    src = ["The Mets are not the favorite team in one county."]
    found = kinds("The Mets are the favorite team in one county.", src)
    assert [k for k, _ in found] == ["negation"]


def test_check_text_opposite_word_is_a_flip() -> None:
    src = ["Celtic lost to Rangers before the break."]
    found = kinds("Celtic won against Rangers after the break.", src)
    assert ("negation", "won (sources: lose)") in found
    assert ("negation", "after (sources: before)") in found
    assert kinds("Celtic lost to Rangers.", src) == []
    # A stock question's own words are free, opposites included.
    assert kinds("What more is known?", ["Fewer people came, and less money."], kind="question") == []


def test_check_text_swapped_first_word_name_is_listed() -> None:
    # "Motherwell" is an English dictionary word (a town); it still may not replace Locke.
    found = kinds("Motherwell will be confirmed as Kilmarnock's permanent manager on Friday.", [S1])
    assert ("name", "Motherwell") in found


def test_check_text_modality_flip_is_caught() -> None:
    found = kinds("Gary Locke has been confirmed as Kilmarnock manager.", [S1])
    assert [k for k, _ in found] == ["negation"]
    assert "modality" in found[0][1]


def test_check_text_unrelated_claim_scores_low() -> None:
    assert check_text("Supporters celebrated the promotion with fireworks.", [S1]).score < 0.3


def test_check_text_question_words_are_free() -> None:
    result = check_text("Who did Locke replace in February?", [S2], kind="question")
    assert result.unsupported == () and result.score == 1.0


def test_check_text_analysis_template_words_are_free_but_names_are_not() -> None:
    text = "The appointment marks the latest step for Kilmarnock; what to watch is Friday."
    ok = check_text(text, [S1], kind="analysis", free_words={"appointment"})
    assert ok.unsupported == () and ok.score >= 0.6
    bad = check_text("The move marks the latest step for Rangers.", [S1], kind="analysis")
    assert ("name", "Rangers") in [(u.kind, u.text) for u in bad.unsupported]


def test_check_text_aliases_support_resolved_dates() -> None:
    text = "Locke will be confirmed on Friday (Oct 31)."
    assert ("date", "Oct") in kinds(text, [S1])
    assert kinds(text, [S1], aliases=date_forms("2025-10-31")) == []


def test_check_text_lower_case_text_is_checked() -> None:
    assert kinds("gary locke will be confirmed as kilmarnock 's manager on friday .", [S1]) == []
    found = kinds("allan locke will be confirmed as kilmarnock manager .", [S1, S2])
    assert ("name", "allan locke") in found


def test_check_text_empty_inputs_are_safe() -> None:
    assert check_text("", [S1]).score == 1.0
    result = check_text("Locke was confirmed by Kilmarnock.", [])
    assert result.score < 0.5
    assert ("name", "Kilmarnock") in [(u.kind, u.text) for u in result.unsupported]


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=200), source=st.text(max_size=200),
       kind=st.sampled_from(["fact", "analysis", "question"]))
def test_check_text_any_input_gives_a_bounded_score(text: str, source: str, kind: str) -> None:
    result = check_text(text, [source], kind=kind)  # type: ignore[arg-type]
    assert 0.0 <= result.score <= 1.0
    assert all(u.kind in {"name", "number", "date", "negation"} for u in result.unsupported)


@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.sampled_from(S1.split() + S2.split() + S3.split()), min_size=1, max_size=12))
def test_check_text_source_checked_against_itself_passes(words: list[str]) -> None:
    text = " ".join(words)
    result = check_text(text, [text])
    assert result.unsupported == () and result.score == 1.0


def test_check_document_aligns_each_sentence() -> None:
    good = check_document("Locke will be confirmed on Friday. He replaced Allan Johnston.", [S1, S2, S3])
    bad = check_document("Locke will be confirmed on Friday. He replaced Jim Mann in 2013.", [S1, S2, S3])
    assert good.unsupported == () and good.score > bad.score
    assert ("date", "2013") in [(u.kind, u.text) for u in bad.unsupported]


# --------------------------------------------------------------------------- ground


def _analysis() -> Analysis:
    texts = [
        "Prime Minister Narendra Modi will meet Russian President Vladimir Putin this Wednesday.",
        "The two leaders last met in July and agreed to expand defence ties.",
        "The summit is set to take place in New Delhi.",
    ]
    sentences, start = [], 0
    for i, t in enumerate(texts, 1):
        sentences.append(Sentence(id=f"s{i}", paragraph=i - 1, text=t, start=start, end=start + len(t)))
        start += len(t) + 2
    return Analysis(
        sentences=tuple(sentences),
        dateline=Dateline(text="New Delhi, Oct 27 (NationPress)", places=("New Delhi",),
                          date="2025-10-27"),
        entities=(
            Entity(id="e1", kind="PERSON", name="Narendra Modi", title="Prime Minister",
                   aliases=("Modi",), mentions=("s1",)),
            Entity(id="e2", kind="PERSON", name="Vladimir Putin", title="President",
                   mentions=("s1",)),
        ),
        dates=(
            DateMention(text="this Wednesday", value="2025-10-29", sentence="s1"),
            DateMention(text="July", value="2025-07", granularity="month", sentence="s2"),
        ),
    )


def _parts(synopsis: tuple[Claim, ...], *, faq_cites: tuple[str, ...] = ("s3",)) -> Parts:
    return Parts(
        question_headline=Claim(text="When will Modi meet Putin?", cites=("s1",),
                                kind="question"),
        headline=Claim(text="Modi to meet Putin on Wednesday", cites=("s1",)),
        seo_title="Modi to meet Putin",
        synopsis=synopsis,
        takeaways=(Takeaway(label="Defence Ties",
                            claim=Claim(text="The leaders agreed to expand defence ties.",
                                        cites=("s2",))),),
        viewpoint=(Claim(text="The meeting is the latest step after the July talks.",
                         cites=("s2",), kind="analysis"),),
        faq=(FaqItem(question=Claim(text="Where will the summit take place?", kind="question"),
                     answer=Claim(text="The summit is set to take place in New Delhi.",
                                  cites=faq_cites)),),
    )


def test_ground_passes_a_clean_article() -> None:
    clean = (Claim(text="PM Modi will meet Putin on Wednesday (Oct 29).", cites=("s1",)),)
    grounding = ground(_analysis(), _parts(clean))
    assert grounding.status == "supported", [s for s in grounding.supports if not s.supported]
    assert all(s.supported and s.score >= grounding.threshold for s in grounding.supports)


def test_ground_flags_the_one_bad_claim() -> None:
    bad = (Claim(text="Modi will meet Putin in Moscow on Friday.", cites=("s1",)),)
    grounding = ground(_analysis(), _parts(bad))
    assert grounding.status == "flagged"
    failed = [s for s in grounding.supports if not s.supported]
    assert [s.ref for s in failed] == ["synopsis.0"]
    assert {(u.kind, u.text) for u in failed[0].unsupported} == {("name", "Moscow"), ("date", "Friday")}


def test_ground_date_aliases_come_only_from_cited_sentences() -> None:
    # "July" is resolved in s2; a claim citing s1 alone may not use it.
    claim = (Claim(text="Modi will meet Putin, after talks in July.", cites=("s1",)),)
    failed = [s for s in ground(_analysis(), _parts(claim)).supports if not s.supported]
    assert [(u.kind, u.text) for u in failed[0].unsupported] == [("date", "July")]


def test_ground_entity_forms_need_a_whole_word_mention() -> None:
    analysis = _analysis().model_copy(update={"entities": (
        Entity(id="e3", kind="PERSON", name="Ed Balls", aliases=("Ed",)),)})
    # "ed" inside "Wednesday" is no mention: the entity's name stays unsupported.
    claim = (Claim(text="Modi will meet Putin and Ed Balls on Wednesday.", cites=("s1",)),)
    failed = [s for s in ground(analysis, _parts(claim)).supports if not s.supported]
    assert [s.ref for s in failed] == ["synopsis.0"]
    assert ("name", "Ed Balls") in [(u.kind, u.text) for u in failed[0].unsupported]
    mentioned = analysis.model_copy(update={"entities": (
        Entity(id="e3", kind="PERSON", name="Ed Balls", aliases=("Ed",), mentions=("s1",)),)})
    assert ground(mentioned, _parts(claim)).status == "supported"


def test_ground_bad_cite_is_caught() -> None:
    clean = (Claim(text="Modi will meet Putin on Wednesday.", cites=("s1",)),)
    grounding = ground(_analysis(), _parts(clean, faq_cites=("s9",)))
    failed = [s for s in grounding.supports if not s.supported]
    assert [s.ref for s in failed] == ["faq.0.answer"]
    assert failed[0].unsupported[0].kind == "citation" and failed[0].score == 0.0


def test_ground_fact_without_cites_is_unsupported() -> None:
    uncited = (Claim(text="Modi will meet Putin on Wednesday."),)
    grounding = ground(_analysis(), _parts(uncited))
    failed = [s for s in grounding.supports if not s.supported]
    assert [s.ref for s in failed] == ["synopsis.0"]
    assert failed[0].unsupported[0].kind == "citation"


def test_date_forms_render_resolved_values() -> None:
    assert date_forms("2025-10-29") == ("October 29, 2025", "29 October 2025", "Wednesday")
    assert date_forms("2025-07") == ("July 2025",)
    assert date_forms("2025-W44") == ()
    assert date_forms("not a date") == ()


# --------------------------------------------------------------------------- FRANK


def _eval_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"copydesk_eval_{name}", ROOT / "eval" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _frank() -> ModuleType:
    return _eval_module("frank")


def test_injection_corruptions_change_the_claim() -> None:
    injection = _eval_module("injection")
    rng = __import__("random").Random(0)
    text = "Locke will meet Jim Mann on Friday after eight weeks and 3 games in March 2014."
    for kind in injection.KINDS:
        out = injection.corrupt(text, kind, ["Jim Mann", "Allan Johnston"], rng)
        assert out and out != text, kind
        assert check_text(out, [text]).unsupported, (kind, out)


@pytest.mark.slow
def test_injection_recall_meets_floor() -> None:
    if not DEV.exists():
        pytest.skip(f"dev set not found at {DEV}")
    floors = json.loads((ROOT / "eval" / "floors.json").read_text())
    results = _eval_module("injection").run(DEV, limit=40)
    assert results["injection.all.recall"] >= floors["injection.all.recall"]


def test_frank_metrics_are_correct_on_known_values() -> None:
    frank = _frank()
    assert frank.roc_auc([0.1, 0.4, 0.35, 0.8], [False, False, True, True]) == 0.75
    assert frank.roc_auc([0.5, 0.5], [False, True]) == 0.5
    assert frank.spearman([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert frank.balanced_accuracy([0.9, 0.2, 0.7, 0.1], [True, False, False, False], 0.5) == \
        pytest.approx((1.0 + 2 / 3) / 2)


def test_frank_checker_beats_token_overlap_on_sample() -> None:
    results = _frank().run(SAMPLE)
    assert results["frank.checker.all.roc_auc"] > results["frank.overlap.all.roc_auc"]


@pytest.mark.slow
def test_frank_full_eval_meets_floor() -> None:
    if not DEV.exists():
        pytest.skip(f"dev set not found at {DEV}")
    floors = json.loads((ROOT / "eval" / "floors.json").read_text())
    results = _frank().run(DEV)
    assert results["frank.checker.test.roc_auc"] >= floors["frank.checker.test.roc_auc"]
    assert results["frank.checker.test.roc_auc"] > results["frank.overlap.test.roc_auc"]


def test_an_alias_vouches_for_a_name_not_for_its_polarity() -> None:
    from copydesk.grounding import check_text

    result = check_text("Do be Unpatriotic and buy goods.", ["Don't be Unpatriotic and buy goods."],
                        aliases=["Unpatriotic"])
    assert [u.kind for u in result.unsupported] == ["negation"]
    assert check_text("Don't be Unpatriotic and buy goods.", ["Don't be Unpatriotic and buy goods."],
                      aliases=["Unpatriotic"]).unsupported == ()


def test_a_name_spelt_one_letter_off_is_a_spelling_not_another_name() -> None:
    from copydesk.grounding import check_text

    source = ["The Trussel Trust said demand at its food banks had risen."]
    assert check_text("The Trussell Trust said demand had risen.", source).unsupported == ()
    assert [u.kind for u in check_text("The Trussford Trust said demand had risen.",
                                       source).unsupported] == ["name"]
    # short names are never stretched: "Sasha" is not "Sarah"
    assert [u.kind for u in check_text("Sasha said demand had risen.",
                                       ["Sarah said demand had risen."]).unsupported] == ["name"]


def test_two_negations_cancel() -> None:
    from copydesk.grounding import check_text

    source = ["The champions were without half a dozen starters, including Lahm."]
    assert [u.kind for u in check_text("The champions were not without half a dozen starters.",
                                       source).unsupported] == ["negation"]
    assert check_text("The champions were without half a dozen starters.", source).unsupported == ()


def test_how_long_or_how_many_in_title_case_is_no_name() -> None:
    from copydesk.grounding.check import check_text

    src = ["Joshua Burns, 27, was sentenced to nine months in jail for abusing his daughter."]
    got = check_text("How Long Was Joshua Burns Sentenced For?", src, kind="question")
    assert not [u for u in got.unsupported if u.kind == "name"], got
    # A name the sentence does not hold is still one.
    bad = check_text("How Long Was Tom Burns Sentenced For?", src, kind="question")
    assert [u for u in bad.unsupported if u.kind == "name"], bad
