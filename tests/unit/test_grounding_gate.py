"""The gate with the meaning-aware checker: re-cite before trimming, item-level mends."""

from __future__ import annotations

from datetime import date

import pytest

from copydesk.contract import TEMPLATE_WORDS
from copydesk.gate import gate
from copydesk.gate.repair import Checker, trim_candidates
from copydesk.generate.rules import RulesEngine
from copydesk.ingest import story_from_text
from copydesk.model import Claim, FaqItem, Parts, Takeaway
from copydesk.nlp.analyse import ParsedStory, parse
from copydesk.settings import DEFAULTS, Settings

STORY = """LONDON, March 3 (Reuters) - The Bank of England held interest rates at 5% on Thursday, its ninth meeting in a row without a change.
Governor Andrew Bailey said inflation was still too high.
The NHS budget will rise by 3% next year, the Treasury said.
The bank's next meeting is scheduled for May 8. Economists expect a cut in the summer, according to a Reuters poll of 60 analysts.
Andrew Bailey took office in 2020. He previously ran the Financial Conduct Authority."""


@pytest.fixture(scope="module")
def parsed() -> ParsedStory:
    return parse(story_from_text(STORY, published=date(2025, 3, 3)), today=date(2025, 3, 3))


@pytest.fixture(scope="module")
def checker(parsed: ParsedStory) -> Checker:
    return Checker(parsed.analysis, DEFAULTS.support_threshold, TEMPLATE_WORDS)


def test_trimming_a_headline_adds_no_full_stop() -> None:
    out = trim_candidates("Bank of England Holds Rates in Paris", "Paris")
    assert out and all(not c.endswith(".") for c in out), out
    assert trim_candidates("The bank held rates in Paris.", "Paris")[0].endswith(".")


def test_a_claim_cited_to_the_wrong_sentence_is_recited_whole(checker: Checker) -> None:
    claim = Claim(text="Governor Andrew Bailey said inflation was still too high.", cites=("s1",))
    fix = checker.fix(claim, "synopsis.0")
    assert fix.claim is not None and fix.claim.text == claim.text
    assert fix.claim.cites == ("s2",), fix


def test_support_from_two_sentences_that_share_the_subject(checker: Checker) -> None:
    claim = Claim(text="Andrew Bailey took office in 2020 and previously ran the Financial "
                       "Conduct Authority.", cites=("s1",))
    fix = checker.fix(claim, "takeaways.0")
    assert fix.claim is not None and fix.claim.text == claim.text
    assert len(fix.claim.cites) == 2, fix


def test_a_meaning_change_is_not_repaired_into_the_page(checker: Checker) -> None:
    claim = Claim(text="Economists expect a cut in the summer.", cites=("s5",))
    sup = checker.support(claim)
    assert not sup.supported and sup.unsupported[0].kind == "attribution"


class Fixed:
    """An engine that writes fixed parts."""

    name = "llm"

    def __init__(self, parts: Parts) -> None:
        self.parts = parts

    def generate(self, parsed: ParsedStory, settings: Settings) -> Parts:
        return self.parts


def _parts(**override: object) -> Parts:
    fields: dict[str, object] = {
        "question_headline": Claim(text="Will the Bank of England cut rates in the summer?",
                                   cites=("s5",), kind="question"),
        "headline": Claim(text="Bank of England Holds Rates at 5%", cites=("s1",)),
        "seo_title": "Bank of England Holds Rates at 5% in Zorbington",
        "synopsis": (
            Claim(text="The Bank of England held interest rates at 5% on Thursday.",
                  cites=("s1",)),
            Claim(text="Governor Andrew Bailey said inflation was still too high.",
                  cites=("s2",)),
        ),
        "takeaways": (
            Takeaway(label="Rate Decision", claim=Claim(
                text="The Bank of England held interest rates at 5%.", cites=("s1",))),
            Takeaway(label="NHS Budget", claim=Claim(
                text="The NHS budget will rise by 3% next year, the Treasury said.",
                cites=("s3",))),
            Takeaway(label="Next Meeting", claim=Claim(
                text="The bank's next meeting is scheduled for May 8.", cites=("s4",))),
        ),
        "viewpoint": (),
        "faq": (
            FaqItem(question=Claim(text="What did the Bank of England do?", kind="question"),
                    answer=Claim(text="It held interest rates at 5% on Thursday.",
                                 cites=("s1",))),
            FaqItem(question=Claim(text="What did Andrew Bailey say?", kind="question"),
                    answer=Claim(text="He said inflation was still too high.", cites=("s2",))),
            FaqItem(question=Claim(text="When is the next meeting?", kind="question"),
                    answer=Claim(text="42 economists meet on May 8.", cites=("s4",))),
        ),
        "tags": ("Bank of England", "Andrew Bailey", "interest rates"),
    }
    fields.update(override)
    return Parts(**fields)


def test_seo_title_goes_out_as_repaired_and_an_acronym_label_is_kept(
        parsed: ParsedStory) -> None:
    report = gate(parsed, Fixed(_parts()), RulesEngine(), DEFAULTS)
    assert "Zorbington" not in report.parts.seo_title
    assert report.parts.seo_title.startswith("Bank of England Holds Rates")
    assert not report.parts.seo_title.endswith(".")
    assert "NHS Budget" in [t.label for t in report.parts.takeaways], report.engines


def test_fill_slots_replaces_the_bad_faq_pair_only(parsed: ParsedStory) -> None:
    rules = RulesEngine().generate(parsed, DEFAULTS)
    whole = gate(parsed, Fixed(_parts()), RulesEngine(), DEFAULTS, fill_slots=False)
    assert whole.parts.faq == rules.faq  # without fill_slots the part is the fallback's
    report = gate(parsed, Fixed(_parts()), RulesEngine(), DEFAULTS)  # the default fills
    questions = [f.question.text for f in report.parts.faq]
    assert questions[:2] == ["What did the Bank of England do?", "What did Andrew Bailey say?"]
    assert len(report.parts.faq) >= 3 and all("42" not in f.answer.text for f in report.parts.faq)
    assert report.counts("faq")["replaced"] == 1 and report.counts("faq")["accepted"] == 2


def test_seo_title_is_checked_against_the_engines_own_headline_citations(
        parsed: ParsedStory) -> None:
    # The engine's headline (citing s2) is replaced; its SEO title is checked against s2,
    # the sentence the engine cited, so it is accepted as it stands, not re-cited.
    parts = _parts(headline=Claim(text="Zorbington Bank Sacks Governor Andrew Bailey",
                                  cites=("s2",)),
                   seo_title="Governor Andrew Bailey Says Inflation Is Still Too High")
    report = gate(parsed, Fixed(parts), RulesEngine(), DEFAULTS)
    assert dict(report.engines)["headline"].startswith("rules ("), report.engines
    assert report.parts.seo_title == "Governor Andrew Bailey Says Inflation Is Still Too High"
    outcome = [o for o in report.outcomes if o.part == "seo_title"]
    assert [o.status for o in outcome] == ["accepted"], outcome


def test_what_the_gate_keeps_the_final_grounding_supports(parsed: ParsedStory) -> None:
    from copydesk.grounding import ground

    swapped = _parts(synopsis=(
        Claim(text="The Bank of England held interest rates at 5% on Thursday.", cites=("s1",)),
        Claim(text="Inflation said Governor Andrew Bailey was still too high.", cites=("s2",)),
    ))
    report = gate(parsed, Fixed(swapped), RulesEngine(), DEFAULTS)
    final = ground(parsed.analysis, report.parts, free_words=TEMPLATE_WORDS, relations=True)
    assert final.status == "supported", [s for s in final.supports if not s.supported]


def test_rules_engine_withholds_its_own_flagged_list_items() -> None:
    # Invented parts: a flagged takeaway and a flagged FAQ answer are withheld, the rest kept;
    # a part whose every item is flagged stays (never emptied); the headline is never touched.
    from copydesk.model import Claim, FaqItem, Grounding, Parts, Support, Takeaway
    from copydesk.pipeline import withhold_flagged

    def c(text: str) -> Claim:
        return Claim(text=text, cites=("s1",))

    parts = Parts(
        question_headline=Claim(text="Why Did Ann Lee Win?", cites=("s1",), kind="question"),
        headline=c("Ann Lee Wins Final"), seo_title="Ann Lee Wins Final",
        synopsis=(c("Ann Lee won the final."),),
        takeaways=(Takeaway(label="Warning", claim=c("A repeat would cost a frame.")),
                   Takeaway(label="Earlier Round", claim=c("Lee left Ray Cole with a mountain surging 7-1 in front."))),
        viewpoint=(),
        faq=(FaqItem(question=Claim(text="Who did Lee beat?", cites=("s1",), kind="question"), answer=c("Lee beat Cole.")),
             FaqItem(question=Claim(text="What happens next?", cites=("s2",), kind="question"), answer=c("Lee plays on."))),
    )
    flags = {"takeaways.1", "faq.0.answer", "synopsis.0", "headline"}
    refs = ["headline", "synopsis.0", "takeaways.0", "takeaways.1", "faq.0.question", "faq.0.answer",
            "faq.1.question", "faq.1.answer"]
    grounding = Grounding(status="flagged", threshold=0.6,
                          supports=tuple(Support(ref=r, score=0.2 if r in flags else 1.0, supported=r not in flags)
                                         for r in refs))
    kept, withheld = withhold_flagged(parts, grounding)
    assert withheld == ("takeaways.1", "faq.0")
    assert [t.label for t in kept.takeaways] == ["Warning"]
    assert [p.question.text for p in kept.faq] == ["What happens next?"]
    assert kept.synopsis == parts.synopsis and kept.headline == parts.headline  # (the news sentence stays)
