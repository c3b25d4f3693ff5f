"""The editorial defect counters of eval/defects.py: each fires on a crafted bad part
and stays quiet on a good one.

The articles are built from model objects (a clean hand-written page over seven story
sentences), so these tests do not move when the generators change; one test runs the
counters over a real ``copydesk.enrich`` result.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from copydesk.model import (
    Analysis,
    Claim,
    DateMention,
    EnrichedArticle,
    Entity,
    FaqItem,
    Grounding,
    Parts,
    Sentence,
    Story,
    Takeaway,
)

ROOT = Path(__file__).resolve().parents[2]


def _defects_module() -> ModuleType:
    name = "copydesk_eval_defects"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "eval" / "defects.py")
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod  # dataclasses look their module up while the class is built
        spec.loader.exec_module(mod)
    return sys.modules[name]


D = _defects_module()

SENTENCES = (
    "The Bank of England held interest rates at 5% on Thursday, its governor Andrew Bailey said.",
    "Most economists had expected the decision, according to a Reuters poll.",
    "The ministry insists that the vessel entered its waters.",
    "Prices could rise if the deal passes, analysts said.",
    "Bailey said the bank would review rates again on March 20.",
    "Unions criticised the move.",
    "The bank's next meeting is on Tuesday.",
)


def c(text: str, *cites: str, kind: str = "fact") -> Claim:
    return Claim(text=text, cites=cites, kind=kind)  # type: ignore[arg-type]


def faq(q: str, a: str, *cites: str) -> FaqItem:
    return FaqItem(question=c(q, *cites, kind="question"), answer=c(a, *cites))


CLEAN_PARTS = Parts(
    question_headline=c("Will the Bank of England Review Rates Again?", "s5", kind="question"),
    headline=c("Bank of England Holds Rates at 5%", "s1"),
    seo_title="Bank of England holds rates at 5%",
    synopsis=(c(SENTENCES[0], "s1"), c(SENTENCES[4], "s5")),
    takeaways=(
        Takeaway(label="Economists' View", claim=c(SENTENCES[1], "s2")),
        Takeaway(label="Unions' Response", claim=c("Unions criticised the Bank of England's decision.", "s6")),
        Takeaway(label="Next Meeting", claim=c(SENTENCES[6], "s7")),
    ),
    viewpoint=(c("Why it matters: Prices could rise if the deal passes, analysts said.", "s4", kind="analysis"),),
    faq=(
        faq("What did the Bank of England decide on Thursday?", SENTENCES[0], "s1"),
        faq("What does the ministry insist?", SENTENCES[2], "s3"),
        faq("When is the bank's next meeting?", SENTENCES[6], "s7"),
    ),
    tags=("Bank of England", "Andrew Bailey", "Reuters"),
)


def article(sentences: tuple[str, ...] = SENTENCES, *, reference_date: date | None = None,
            dates: tuple[DateMention, ...] = (), entities: tuple[Entity, ...] = (),
            **parts: Any) -> EnrichedArticle:
    """A clean page over ``sentences``, with ``parts`` replacing some of its parts."""
    sents, start = [], 0
    for i, text in enumerate(sentences, 1):
        sents.append(Sentence(id=f"s{i}", paragraph=0, text=text, start=start, end=start + len(text)))
        start += len(text) + 1
    body = " ".join(sentences)
    return EnrichedArticle(
        story=Story(id="st_test", body=body, paragraphs=(body,)),
        analysis=Analysis(sentences=tuple(sents), reference_date=reference_date, dates=dates, entities=entities),
        parts=CLEAN_PARTS.model_copy(update=parts),
        grounding=Grounding(status="supported", supports=(), threshold=0.5),
    )


def kinds(a: EnrichedArticle, kind: str) -> list[Any]:
    return [d for d in D.defects(a) if d.kind == kind]


def with_takeaway(text: str, *cites: str, label: str = "Detail") -> EnrichedArticle:
    return article(takeaways=(*CLEAN_PARTS.takeaways, Takeaway(label=label, claim=c(text, *cites))))


def with_answer(text: str, *cites: str) -> EnrichedArticle:
    return article(faq=(*CLEAN_PARTS.faq, faq("What did Bailey say?", text, *cites)))


# --------------------------------------------------------------------------- the whole set


def test_the_clean_page_has_no_defects() -> None:
    assert D.defects(article()) == []


def test_every_kind_has_a_detector_and_counts_start_at_zero() -> None:
    assert set(D.KINDS) == {
        "stock_question", "repeated_answer", "takeaway_repeats_synopsis", "stock_viewpoint",
        "dropped_attribution", "dropped_hedge", "cut_mid_clause", "unbalanced_quotes",
        "unresolved_pronoun", "doubled_date", "invented_date", "generic_topic", "doubled_topic",
        "empty_or_short",
    }
    for detector in D.DETECTORS:
        assert detector.__doc__, detector.__name__
    assert D.count_by_kind([]) == dict.fromkeys(D.KINDS, 0)
    assert D.count_by_kind([D.Defect("generic_topic", "tags.0", "x")])["generic_topic"] == 1


def test_a_defect_is_a_frozen_value() -> None:
    d = D.Defect("stock_question", "faq.0.question", "What happened?")
    with pytest.raises(AttributeError):
        d.kind = "other"  # type: ignore[misc]


def test_counters_run_on_a_real_enriched_article() -> None:
    import copydesk

    real = copydesk.enrich(
        "The Bank of England held interest rates at 5% on Thursday, its governor Andrew Bailey said. "
        "Most economists had expected the decision. Unions criticised the move and said they would "
        "campaign against it. The bank's next meeting is in March."
    )
    assert all(d.kind in D.KINDS for d in D.defects(real))
    stock = real.model_copy(update={"parts": real.parts.model_copy(update={
        "faq": (faq("What other details are given?", "Unions criticised the move.", "s3"),)})})
    found = D.defects(stock)
    assert any(d.kind == "stock_question" and d.ref == "faq.0.question" for d in found)
    assert D.short_parts(stock) == ["faq"] or len(stock.parts.takeaways) < 3


# --------------------------------------------------------------------------- questions and answers


@pytest.mark.parametrize("question", [
    "What more is known?", "What other details are given?", "What else does the story report?",
    "What happened?", "Why does this matter?", "What happens next?",
    "What Do We Know About Andrew Bailey?", "What Happened When the Bank Met?",
])
def test_stock_question_fires_on_generic_questions(question: str) -> None:
    a = article(faq=(*CLEAN_PARTS.faq[:2], faq(question, SENTENCES[6], "s7")))
    assert [d.ref for d in kinds(a, "stock_question")] == ["faq.2.question"]
    qh = article(question_headline=c(question, "s1", kind="question"))
    assert [d.ref for d in kinds(qh, "stock_question")] == ["question_headline"]


def test_stock_question_spares_specific_questions() -> None:
    a = article(faq=(*CLEAN_PARTS.faq[:2], faq("What happens next for the bank's rate review?", SENTENCES[4], "s5")))
    assert kinds(a, "stock_question") == []


def test_repeated_answer_fires_on_a_shared_citation_and_on_a_near_duplicate() -> None:
    shared = article(faq=(*CLEAN_PARTS.faq, faq("Who is Andrew Bailey?", "Andrew Bailey is the governor.", "s1")))
    assert [d.ref for d in kinds(shared, "repeated_answer")] == ["faq.3.answer"]
    near = article(faq=(*CLEAN_PARTS.faq, faq("What did the ministry say?",
                                               "The ministry insists the vessel entered its waters.", "s2")))
    assert [d.ref for d in kinds(near, "repeated_answer")] == ["faq.3.answer"]


def test_repeated_answer_spares_answers_from_different_sentences() -> None:
    a = article(faq=(*CLEAN_PARTS.faq, faq("What could happen to prices?", SENTENCES[3], "s4")))
    assert kinds(a, "repeated_answer") == []
    # s1 cited only for the name the answer writes in: it answers from s8
    story = (*SENTENCES, "He will step down in June.")
    named = article(story, faq=(*CLEAN_PARTS.faq, faq("When will Andrew Bailey step down?",
                                                       "Andrew Bailey will step down in June.", "s1", "s8")))
    assert kinds(named, "repeated_answer") == []


# --------------------------------------------------------------------------- takeaways and point of view


def test_takeaway_repeating_the_synopsis_is_counted() -> None:
    assert [d.ref for d in kinds(with_takeaway(SENTENCES[0], "s1"), "takeaway_repeats_synopsis")] == ["takeaways.3"]
    # trimmed, same citation, strong overlap
    trimmed = with_takeaway("The Bank of England held interest rates at 5% on Thursday.", "s1")
    assert kinds(trimmed, "takeaway_repeats_synopsis")


def test_takeaway_on_another_aspect_of_a_synopsis_sentence_is_not() -> None:
    assert kinds(with_takeaway("Andrew Bailey is the bank's governor.", "s1"), "takeaway_repeats_synopsis") == []


@pytest.mark.parametrize("text", [
    "The story centres on the Bank of England and Andrew Bailey, and on the rates.",
    "It builds on earlier steps: the bank raised rates last year.",
    "Context: the bank raised rates last year.",
    "What to watch next: the bank's next meeting is on Tuesday.",
    "The bank's next meeting is on Tuesday.",
])
def test_stock_viewpoint_fires_on_the_template_and_foreign_labels(text: str) -> None:
    a = article(viewpoint=(c(text, "s7", kind="analysis"),))
    assert [d.ref for d in kinds(a, "stock_viewpoint")] == ["viewpoint.0"]


@pytest.mark.parametrize("label", ["What's next", "The backstory", "Yes, but", "The other side", "By the numbers"])
def test_stock_viewpoint_accepts_the_house_labels(label: str) -> None:
    a = article(viewpoint=(c(f"{label}: the bank's next meeting is on Tuesday.", "s7", kind="analysis"),))
    assert kinds(a, "stock_viewpoint") == []


def test_an_absent_viewpoint_is_no_defect() -> None:
    assert D.defects(article(viewpoint=())) == []


# --------------------------------------------------------------------------- meaning kept


def test_dropped_attribution_fires_when_the_owner_goes() -> None:
    a = with_takeaway("The vessel entered its waters.", "s3")
    assert [d.ref for d in kinds(a, "dropped_attribution")] == ["takeaways.3"]
    trailing = article(takeaways=(Takeaway(label="Economists' View", claim=c("Most economists had expected the decision.", "s2")),
                                  *CLEAN_PARTS.takeaways[1:]))
    assert [d.text.split("]")[0] for d in kinds(trailing, "dropped_attribution")] == ["[according to"]


def test_dropped_attribution_spares_a_kept_owner() -> None:
    assert kinds(with_takeaway("The ministry insists the vessel entered its waters.", "s3"), "dropped_attribution") == []
    # "claim" meaning "win": no contested claim to keep
    story = (*SENTENCES, "Hamilton went on to claim his third pole of the season in Shanghai.")
    a = article(story, takeaways=(*CLEAN_PARTS.takeaways,
                                  Takeaway(label="Pole", claim=c("Hamilton went on to his third pole of the season.", "s8"))))
    assert kinds(a, "dropped_attribution") == []


def test_dropped_hedge_fires_when_a_modal_or_a_leading_condition_goes() -> None:
    assert [d.ref for d in kinds(with_takeaway("Prices rise if the deal passes, analysts said.", "s4"),
                                 "dropped_hedge")] == ["takeaways.3"]
    story = (*SENTENCES, "If the talks fail, the union will strike on Monday.")
    a = article(story, takeaways=(*CLEAN_PARTS.takeaways,
                                  Takeaway(label="Strike", claim=c("The union will strike on Monday.", "s8"))))
    assert [d.text.split("]")[0] for d in kinds(a, "dropped_hedge")] == ["[if"]


def test_dropped_hedge_spares_a_hedge_over_deleted_words_only() -> None:
    story = (*SENTENCES, "The company, which may be sold, posted a profit of £3m.",
             "Prices rose on Monday, even if only slightly, traders said.")
    a = article(story, takeaways=(*CLEAN_PARTS.takeaways,
                                  Takeaway(label="Profit", claim=c("The company posted a profit of £3m.", "s8")),
                                  Takeaway(label="Prices", claim=c("Prices rose on Monday, traders said.", "s9"))))
    assert kinds(a, "dropped_hedge") == []
    assert kinds(with_takeaway("Prices could rise, analysts said.", "s4"), "dropped_hedge") == []


# --------------------------------------------------------------------------- form


@pytest.mark.parametrize("text", [
    "The Bank of England held interest rates at 5% on Thursday and.",
    "The Bank of England held interest rates at the.",
    "Bailey said the bank would review rates again on March 20 (after a vote.",
    "Bailey said the bank would review rates again ,.",
    "The review of rates will include.",
])
def test_cut_mid_clause_fires_on_dangling_endings(text: str) -> None:
    assert [d.ref for d in kinds(with_takeaway(text, "s1", "s5"), "cut_mid_clause")] == ["takeaways.3"]


@pytest.mark.parametrize("headline", [
    "Bank of England Holds Rates After", "Andrew Bailey Has Revealed", "Federal Officials Said",
    "The Bank's Next Meeting Is Set", "Bank of England Has Confirmed",
])
def test_cut_mid_clause_fires_on_cut_headlines(headline: str) -> None:
    assert [d.ref for d in kinds(article(headline=c(headline, "s1")), "cut_mid_clause")] == ["headline"]


def test_cut_mid_clause_spares_whole_clauses_questions_and_the_story_s_own_endings() -> None:
    story = (*SENTENCES, "Nobody knows how the policy would be paid for.")
    a = article(story, takeaways=(*CLEAN_PARTS.takeaways,
                                  Takeaway(label="Cost", claim=c("Nobody knows how the policy would be paid for.", "s8"))),
                faq=(*CLEAN_PARTS.faq, faq("What does the bank's review include?", SENTENCES[4], "s5")),
                headline=c("Bank of England Holds Rates as Prices Rise On", "s1"))
    assert kinds(a, "cut_mid_clause") == []
    attributed = article(headline=c("Bank of England Holds Rates at 5%, Governor Says", "s1"))
    assert kinds(attributed, "cut_mid_clause") == []


@pytest.mark.parametrize("text", [
    "Bailey said: 'We will act on prices.",
    "We will act on prices,' Bailey said.",
    "Bailey said “we will act on prices.",
    "We will act on prices,” Bailey said.",
    'Bailey said "we will act on prices.',
])
def test_unbalanced_quotes_fires(text: str) -> None:
    assert [d.ref for d in kinds(with_answer(text, "s5"), "unbalanced_quotes")] == ["faq.3.answer"]


@pytest.mark.parametrize("text", [
    "Bailey said: ‘We will act on prices.’",
    "Bailey said: 'We will act on prices,' and left.",
    'Bailey said "we will act" on prices.',
    "The players' union backed Bailey's bank in the '90s.",
    "The paper said '[Bailey] will act on prices.'",
    "One has told the paper that 'there was a large wave '.",
])
def test_unbalanced_quotes_spares_balanced_quotes_and_apostrophes(text: str) -> None:
    assert kinds(with_answer(text, "s5"), "unbalanced_quotes") == []


@pytest.mark.parametrize("text", [
    "He said the bank would review rates again on March 20.",
    "'They will review rates again on March 20,' Bailey said.",
    "'We will review rates again on March 20.'",
    "It will review rates again on March 20.",
    "This is the bank's second review.",
])
def test_unresolved_pronoun_fires_on_a_pronoun_opening(text: str) -> None:
    assert [d.ref for d in kinds(with_answer(text, "s5"), "unresolved_pronoun")] == ["faq.3.answer"]


@pytest.mark.parametrize("text", [
    "It is unclear whether the bank will review rates again on March 20.",
    "It's not clear if the bank will review rates again on March 20.",
    "This year the bank will review rates again on March 20.",
    "Bailey said he would review rates again on March 20.",
    "'We will review rates again on March 20,' Bailey said.",
    "“I will review rates again on March 20,” Bailey told reporters.",
])
def test_unresolved_pronoun_spares_expletives_and_named_subjects(text: str) -> None:
    assert kinds(with_answer(text, "s5"), "unresolved_pronoun") == []


def test_unresolved_pronoun_checks_headline_and_viewpoint_body() -> None:
    a = article(headline=c("He Holds Rates at 5%", "s1"),
                viewpoint=(c("Why it matters: they could lift prices.", "s4", kind="analysis"),))
    assert sorted(d.ref for d in kinds(a, "unresolved_pronoun")) == ["headline", "viewpoint.0"]


def test_unresolved_definite_description_in_the_synopsis() -> None:
    story = (*SENTENCES, "The claims against the trader were dismissed.", "Police alleged the trader hid losses.")
    lone = article(story, synopsis=(c(story[7], "s8"), c(SENTENCES[4], "s5")))
    assert [d.ref for d in kinds(lone, "unresolved_pronoun")] == ["synopsis.0"]
    introduced = article(story, synopsis=(c(story[8], "s9"), c(story[7], "s8")))
    assert kinds(introduced, "unresolved_pronoun") == []
    move = article(synopsis=(c("The move was expected by most economists.", "s2"), c(SENTENCES[4], "s5")))
    assert [d.ref for d in kinds(move, "unresolved_pronoun")] == ["synopsis.0"]
    second = article(synopsis=(c(SENTENCES[0], "s1"), c("The decision was expected by most economists.", "s2")))
    assert kinds(second, "unresolved_pronoun") == []


# --------------------------------------------------------------------------- dates

TUESDAY = DateMention(text="Tuesday", value="2025-03-04", granularity="day", sentence="s7")


def test_doubled_date_fires_on_a_weekday_annotation_beside_an_explicit_date() -> None:
    story = (*SENTENCES[:6], "The bank's next meeting is on Tuesday, and the vote on March 4.")
    a = article(story, reference_date=date(2025, 3, 3), dates=(TUESDAY,),
                takeaways=(*CLEAN_PARTS.takeaways[:2], Takeaway(label="Next Meeting", claim=c(
                    "The bank's next meeting is on Tuesday (March 4), and the vote on March 4.", "s7"))))
    assert [d.ref for d in kinds(a, "doubled_date")] == ["takeaways.2"]


def test_a_lone_resolved_annotation_is_neither_doubled_nor_invented() -> None:
    a = article(reference_date=date(2025, 3, 3), dates=(TUESDAY,),
                takeaways=(*CLEAN_PARTS.takeaways[:2], Takeaway(label="Next Meeting", claim=c(
                    "The bank's next meeting is on Tuesday (March 4).", "s7"))))
    assert kinds(a, "doubled_date") == []
    assert kinds(a, "invented_date") == []


def test_invented_date_fires_on_dates_the_cited_sentences_lack() -> None:
    year = with_takeaway("The Bank of England held interest rates at 5% in 2026.", "s1")
    assert [d.ref for d in kinds(year, "invented_date")] == ["takeaways.3"]
    day = with_takeaway("Bailey said the bank would review rates again on March 21.", "s5")
    assert kinds(day, "invented_date")
    weekday = with_takeaway("The bank's next meeting is on Wednesday.", "s7")
    assert kinds(weekday, "invented_date")
    # no reference date: nothing could have resolved an annotation
    unresolved = article(dates=(TUESDAY,), takeaways=(*CLEAN_PARTS.takeaways[:2], Takeaway(
        label="Next Meeting", claim=c("The bank's next meeting is on Tuesday (March 4).", "s7"))))
    assert [d.ref for d in kinds(unresolved, "invented_date")] == ["takeaways.2"]


def test_invented_date_spares_dates_in_the_cited_text() -> None:
    story = (*SENTENCES, "The bank last cut rates in 2019, on 4 March.")
    a = article(story, takeaways=(*CLEAN_PARTS.takeaways, Takeaway(
        label="Last Cut", claim=c("The bank last cut rates on March 4, 2019.", "s8"))))
    assert kinds(a, "invented_date") == []


# --------------------------------------------------------------------------- topics and missing parts


@pytest.mark.parametrize("tag", ["places", "box", "Video", "players"])
def test_generic_topic_fires(tag: str) -> None:
    a = article(tags=(*CLEAN_PARTS.tags, tag))
    assert [d.ref for d in kinds(a, "generic_topic")] == ["tags.3"]


def test_generic_topic_spares_names_and_noun_phrases() -> None:
    assert kinds(article(tags=("Bank of England", "interest rates", "Andrew Bailey")), "generic_topic") == []


def test_generic_topic_spares_a_one_word_subject_area() -> None:
    # common-noun topics are written in lower case; "terrorism" is a subject, not a generic noun
    assert kinds(article(tags=("Hamas", "Gaza", "terrorism")), "generic_topic") == []


@pytest.mark.parametrize("tags", [
    ("European Union", "Reuters", "EU"),
    ("EU", "European Union"),
    ("Barack Obama", "Obama"),
    ("Reuters", "reuters"),
    ("Bank of England", "BOE"),
])
def test_doubled_topic_fires(tags: tuple[str, ...]) -> None:
    assert [d.ref for d in kinds(article(tags=tags), "doubled_topic")] == [f"tags.{len(tags) - 1}"]


def test_doubled_topic_spares_a_place_beside_a_name_that_contains_it() -> None:
    places = (Entity(id="e1", kind="PLACE", name="Australia"),)
    a = article(tags=("Reclaim Australia", "Australia", "Andrew Bailey"), entities=places)
    assert kinds(a, "doubled_topic") == []


def test_empty_or_short_fires_on_missing_parts() -> None:
    a = article(headline=c("", "s1"), faq=(), synopsis=())
    assert sorted(d.ref for d in kinds(a, "empty_or_short")) == ["faq", "headline", "synopsis"]


def test_empty_or_short_spares_a_short_faq_and_no_viewpoint() -> None:
    # The parts table lets a story that supports fewer publish fewer (reported, not a defect).
    a = article(viewpoint=(), faq=CLEAN_PARTS.faq[:2])
    assert kinds(a, "empty_or_short") == []
    assert D.short_parts(a) == ["faq"]


# --------------------------------------------------------------------------- the gate in eval/run.py


def _run_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("copydesk_eval_run_for_defects", ROOT / "eval" / "run.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_defects_per_article_is_a_ceiling_and_clean_share_a_floor() -> None:
    run = _run_module()
    assert run.GATED["defects.per_article"] == "lower"
    assert run.GATED["defects.clean_articles_pct"] == "higher"
    floors = {"defects.per_article": 0.5, "defects.clean_articles_pct": 50.0}
    base = {"synopsis.r1": 2.0, "lead3.r1": 1.0, "synopsis.rl": 2.0, "lead3.rl": 1.0}
    fine = run.check_floors({**base, "defects.per_article": 0.3, "defects.clean_articles_pct": 80.0}, floors)
    assert fine == []
    worse = run.check_floors({**base, "defects.per_article": 0.9, "defects.clean_articles_pct": 20.0}, floors)
    assert any("defects.per_article" in p and "ceiling" in p for p in worse)
    assert any("defects.clean_articles_pct" in p and "floor" in p for p in worse)


def test_heldout_split_is_disjoint_from_tune() -> None:
    run = _run_module()
    held = run.heldout_ids()
    assert len(held) == 60
    if run.DATA.exists():
        heldout, tune = run.load_rows(split="heldout"), run.load_rows(split="tune")
        assert {r["id"] for r in heldout} == held
        assert not held & {r["id"] for r in tune}
        assert len(heldout) + len(tune) == len(run.load_rows())
    with pytest.raises(ValueError):
        run.load_rows(split="dev")
