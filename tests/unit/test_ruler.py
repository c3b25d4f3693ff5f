"""The cached attribute ruler gives exactly the stock component's POS, tag, morph and lemma."""

from __future__ import annotations

from typing import Any

import spacy

from copydesk.nlp.parser import MODEL_PACKAGE, load_pipeline


def _tokens(docs: list[Any]) -> list[tuple[str, str, str, str, str]]:
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_) for d in docs for t in d]


def test_cached_ruler_is_installed() -> None:
    nlp = load_pipeline()
    assert "copydesk_cached_ruler" in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names


def test_cached_ruler_matches_spacy_token_for_token(dev_rows: list[dict[str, Any]]) -> None:
    texts = [r["text"] for r in dev_rows[:25]] + [
        "I'm gonna go, ain't I? She'd've said no. U.S. Lt. Gen. Smith can't.",
        "They were n't there; we 'll see. Dr. O'Neill's dogs ran 3.5 km.",
    ]
    stock = spacy.load(MODEL_PACKAGE, disable=["ner"])
    ours = load_pipeline()
    with ours.select_pipes(disable=["ner", "copydesk_boundaries"]):
        got = _tokens(list(ours.pipe(texts)))
    # The boundary component changes no token attribute the ruler reads before the parser;
    # compare with the stock pipeline over the same tokenisation (rank special cases).
    for abbr in ("Lt.", "Gen."):
        stock.tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
    want = _tokens(list(stock.pipe(texts)))
    assert got == want
