"""Invariants of every enriched article, checked over dev stories and generated text."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import FIXED_TODAY

import copydesk
from copydesk.model import EnrichedArticle

TITLE_SMALL = {"a", "an", "the", "and", "or", "but", "nor", "for", "of", "on", "in", "at", "to", "by", "with", "from", "as", "vs", "via"}


def check_invariants(a: EnrichedArticle) -> None:
    ids = {s.id for s in a.analysis.sentences}
    for s in a.analysis.sentences:
        assert a.story.body[s.start : s.end] == s.text
    for ref, claim in a.parts.claims():
        assert set(claim.cites) <= ids, f"{ref} cites {claim.cites}"
        if claim.kind != "question":
            assert claim.cites, f"{ref} cites nothing"
    for t in a.parts.takeaways:
        assert 1 <= len(t.label.split()) <= 4
        for i, w in enumerate(t.label.split()):
            assert w[0].isupper() or (i > 0 and w in TITLE_SMALL) or not w[0].isalpha(), t.label
        assert len(t.claim.text.split()) <= 30
    questions = [f.question.text for f in a.parts.faq] + [a.parts.question_headline.text]
    assert all(q.endswith("?") for q in questions)
    assert len({q.lower() for q in questions}) == len(questions)
    assert len(a.parts.question_headline.text) <= 90
    assert len(a.parts.seo_title) <= 60
    assert EnrichedArticle.model_validate_json(a.model_dump_json()) == a


@pytest.mark.slow
def test_invariants_hold_over_dev_articles(dev_articles: list[Any]) -> None:
    for a in dev_articles:
        check_invariants(a)


@pytest.mark.slow
def test_default_engine_claims_are_supported(dev_articles: list[Any]) -> None:
    unsupported = [
        (a.story.id, s.ref, s.unsupported) for a in dev_articles for s in a.grounding.supports if not s.supported
    ]
    total = sum(len(a.grounding.supports) for a in dev_articles)
    # Target: every claim of the rules engine supported; the eval gate pins the exact rate.
    assert len(unsupported) / total < 0.02, unsupported[:5]


_words = st.sampled_from(
    ["the", "minister", "said", "police", "officers", "council", "London", "Paris", "on", "Monday", "will", "meet", "agreed", "plan", "budget", "of", "42", "million", "and", "in", "with", "a", "new", "deal", "talks", "city", "school", "report", "hospital"]
)
_sentence = st.lists(_words, min_size=5, max_size=18).map(lambda ws: " ".join(ws).capitalize() + ".")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_sentence, min_size=1, max_size=12))
def test_invariants_hold_for_generated_stories(sentences: list[str]) -> None:
    text = " ".join(sentences)
    try:
        a = copydesk.enrich(text, today=FIXED_TODAY)
    except copydesk.CopydeskError:
        return  # a coded refusal (e.g. not English enough) is an allowed outcome
    check_invariants(a)


@settings(max_examples=15, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=300))
def test_arbitrary_text_never_crashes(text: str) -> None:
    try:
        a = copydesk.enrich(text, today=FIXED_TODAY)
    except copydesk.CopydeskError:
        return
    assert re.search(r"\S", a.story.body)
