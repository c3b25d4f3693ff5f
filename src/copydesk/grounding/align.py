"""Check a multi-sentence text against a whole document: align each sentence, then aggregate.

This is the SummaC shape without the neural model: every sentence of the text is
checked against the few document sentences that share most of its content lemmas,
and the text's score is the lowest (or mean) of its sentences' scores.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from copydesk.grounding.check import (
    ITEM_PENALTY,
    CheckResult,
    Evidence,
    check_with,
    lexical_support,
)
from copydesk.grounding.relations import (
    CONTEXT,
    RELATION_WEIGHT,
    RelationIndex,
    RelationResult,
    claim_relations,
    compare,
    default_index,
    resolve,
)
from copydesk.grounding.text import content, tokenise
from copydesk.model import Unsupported

_SENT_RE = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Za-z0-9£$])")


def split_sentences(text: str) -> list[str]:
    """A light sentence splitter for claims and plain article text (no abbreviation model)."""
    parts = [p.strip() for p in _SENT_RE.split(text)]
    return [p for p in parts if p]


@lru_cache(maxsize=16384)
def _stems(text: str) -> frozenset[str]:
    tokens = tokenise(text)
    return frozenset(tokens[i].stem for i in content(tokens))


def best_sentences(claim: str, sentences: Sequence[str], k: int) -> list[int]:
    """Up to ``k`` sentences that together cover most of the claim's rare content lemmas.

    Greedy set cover, each lemma weighted by its inverse document frequency over
    ``sentences``: a shared rare word ("scream") says more than a shared name the
    whole story repeats.
    """
    bags = [_stems(s) for s in sentences]
    want = set(_stems(claim))
    df: dict[str, int] = {}
    for bag in bags:
        for w in bag & want:
            df[w] = df.get(w, 0) + 1
    n = len(bags) + 1
    idf = {w: math.log(n / (1 + df.get(w, 0))) + 1.0 for w in want}
    picked: list[int] = []
    for _ in range(k):
        best, gain = -1, 0.0
        for i, bag in enumerate(bags):
            if i in picked:
                continue
            g = sum(idf[w] for w in want & bag)
            if g > gain:
                best, gain = i, g
        if best < 0:
            break
        picked.append(best)
        want -= bags[best]
    return sorted(picked)


GRAM_WEIGHT = 0.2
"""Weight of the share of the sentence's word 4-grams found in the document (chosen on
FRANK validation from a grid, with :data:`SPAN_WEIGHT`; see ``eval/frank.py``)."""
SPAN_WEIGHT = 0.2
"""Weight of the longest in-order run of the sentence's words one document sentence holds."""


@lru_cache(maxsize=4096)
def _doc_grams(sentences: tuple[str, ...]) -> tuple[frozenset[tuple[str, ...]],
                                                    tuple[tuple[str, ...], ...]]:
    stems = tuple(_word_stems(s) for s in sentences)
    grams = frozenset(g for t in stems for g in _grams(t, 4))
    return grams, stems


@lru_cache(maxsize=16384)
def _word_stems(text: str) -> tuple[str, ...]:
    return tuple(t.stem for t in tokenise(text) if t.low[:1].isalnum())


def _grams(words: Sequence[str], n: int) -> list[tuple[str, ...]]:
    return [tuple(words[i:i + n]) for i in range(len(words) - n + 1)]


def gram_share(claim: str, sentences: Sequence[str]) -> float:
    """Share of the claim's word 4-grams (stems) that some document sentence holds."""
    grams, _ = _doc_grams(tuple(sentences))
    mine = _grams(_word_stems(claim), 4)
    return sum(g in grams for g in mine) / len(mine) if mine else 1.0


def _lcs(a: Sequence[str], b: Sequence[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def span_share(claim: str, sentences: Sequence[str]) -> float:
    """The longest common subsequence of the claim's words with one document sentence, as a
    share of the claim's words: a sentence stitched from several scores low."""
    words = _word_stems(claim)
    if not words:
        return 1.0
    _, stems = _doc_grams(tuple(sentences))
    want = set(words)
    best = 0
    for s in stems:
        if len(want.intersection(s)) > best:
            best = max(best, _lcs(words, s))
    return best / len(words)


def check_document(
    text: str,
    sentences: Sequence[str],
    *,
    k: int = 2,
    aggregate: Literal["min", "mean"] = "mean",
    aliases: Sequence[str] = (),
    relations: bool = False,
    relation_weight: float | None = None,
) -> CheckResult:
    """Check every sentence of ``text`` against its ``k`` best-matching ``sentences``.

    The lexical score of a sentence comes from its aligned sentences, averaged with
    how much of it the document holds as written (:func:`gram_share`, :func:`span_share`:
    a sentence stitched from several, or reworded into a new claim, scores lower); its names,
    numbers, dates and polarity are checked against the whole document (a name met
    anywhere is not invented), each unsupported one costing ``ITEM_PENALTY``. With
    ``relations`` the sentences are also parsed and the score loses
    ``relation_weight`` (default :data:`~copydesk.grounding.relations.RELATION_WEIGHT`)
    times the share of their dependency arcs the aligned source sentences lack.
    """
    whole = Evidence(sentences, aliases)
    scores: list[float] = []
    unsupported: list[Unsupported] = []
    for claim in split_sentences(text) or [text]:
        picked = best_sentences(claim, sentences, k)
        local = Evidence([sentences[i] for i in picked], aliases)
        strict = check_with(claim, whole)
        unsupported += strict.unsupported
        lex = lexical_support(claim, local)
        copied = (GRAM_WEIGHT * gram_share(claim, sentences)
                  + SPAN_WEIGHT * span_share(claim, sentences))
        scores.append(max(0.0, (lex + copied) / (1 + GRAM_WEIGHT + SPAN_WEIGHT)
                          - ITEM_PENALTY * len(strict.unsupported)))
    agg = min(scores) if aggregate == "min" else sum(scores) / len(scores)
    if relations:
        weight = RELATION_WEIGHT if relation_weight is None else relation_weight
        agg = max(0.0, agg - weight * (1.0 - check_relations(text, sentences).score))
    return CheckResult(score=round(agg, 4), unsupported=tuple(unsupported))


@dataclass(frozen=True, slots=True)
class RelationReport:
    """Relation verdict on a multi-sentence text: the pooled arc score and each sentence's."""

    score: float
    """Share of all the text's content arcs supported by their aligned sentences."""
    sentences: tuple[RelationResult, ...]


def check_relations(
    text: str,
    sentences: Sequence[str],
    *,
    k: int = 1,
    index: RelationIndex | None = None,
) -> RelationReport:
    """Check the arcs of every sentence of ``text`` against its ``k`` best ``sentences``."""
    idx = index if index is not None else default_index()
    claims = split_sentences(text) or [text]
    rels = resolve(claim_relations(claims, sentences, idx))
    picks = [best_sentences(claim, sentences, k) for claim in claims]
    # Parse each aligned sentence with the CONTEXT sentences before it, for pronouns.
    wanted = sorted({j for p in picks for i in p for j in range(max(0, i - CONTEXT), i + 1)})
    resolved = dict(zip(wanted, resolve(idx.relations(sentences[j] for j in wanted)),
                        strict=True))
    results = [compare(rel, [resolved[i] for i in p]) for rel, p in zip(rels, picks, strict=True)]
    n = sum(r.arcs for r in results)
    missing = sum(len(r.missing) for r in results)
    return RelationReport(score=1.0 - missing / n if n else 1.0, sentences=tuple(results))
