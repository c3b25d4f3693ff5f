"""FRANK: how well does the grounding verifier separate faithful from unfaithful summaries?

Over ``news_dev.jsonl`` (250 CNN/DM articles × 5 system summaries with FRANK's human
factuality score), a summary is *faithful* when its FRANK score is 1.0. For the
verifier's score and a plain token-overlap baseline computed in the same run this
prints ROC AUC, balanced accuracy (threshold tuned on FRANK ``validation``, applied
on ``test``) and the Pearson/Spearman correlation with the raw human score.

With ``--relations`` it also scores the dependency-arc check of
:mod:`copydesk.grounding.relations` alone (``relations``) and added to the checker
(``chk+rel``, as ``check_document(..., relations=True)``), and picks the arc weight on
``validation`` from a grid, reporting ``test`` held out.

Run: ``python eval/frank.py [--data PATH] [--limit N] [--relations]``; ``run()`` serves
``make eval``.
Cite See et al. (2017), Hermann et al. (2015) and Pagnoni et al. (2021) with any figure.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from copydesk.grounding.align import check_document, split_sentences

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "news_dev.jsonl"
_WORD_RE = re.compile(r"[^\W_]+")
_UNK_RE = re.compile(r"\bUNK\b")
"""Some systems write UNK for an out-of-vocabulary word: a placeholder, not a claim."""

Scorer = Callable[[str, Sequence[str]], float]


@dataclass(frozen=True)
class Pair:
    """One annotated (article, summary) pair."""

    split: str
    summary: str
    sentences: tuple[str, ...]
    article_words: frozenset[str]
    human: float
    model: str = ""
    """The system that wrote the summary (bart, bert_sum, bus, pgn, s2s)."""


def load(path: Path, limit: int | None = None) -> list[Pair]:
    """The annotated pairs of a ``news_dev.jsonl``-shaped file (null judgements skipped)."""
    pairs: list[Pair] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                break
            row = json.loads(line)
            sentences = tuple(split_sentences(row["text"]))
            words = frozenset(w.lower() for w in _WORD_RE.findall(row["text"]))
            for summ in row["system_summaries"]:
                if summ.get("frank_factuality") is None:
                    continue
                pairs.append(Pair(row["frank_split"], summ["summary"], sentences, words,
                                  float(summ["frank_factuality"]), summ.get("model", "")))
    return pairs


def overlap_baseline(pair: Pair) -> float:
    """Share of the summary's word tokens that occur anywhere in the article."""
    words = [w.lower() for w in _WORD_RE.findall(pair.summary)]
    return sum(w in pair.article_words for w in words) / len(words) if words else 1.0


def checker(pair: Pair) -> float:
    """The verifier's whole-summary score."""
    return check_document(_UNK_RE.sub(" ", pair.summary), pair.sentences).score


# --------------------------------------------------------------------------- metrics


def _ranks(values: Sequence[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def roc_auc(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """ROC AUC by the Mann-Whitney U statistic (ties count one half)."""
    ranks = _ranks(scores)
    pos = sum(labels)
    neg = len(labels) - pos
    if not pos or not neg:
        return float("nan")
    rank_sum = sum(r for r, y in zip(ranks, labels, strict=True) if y)
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Pearson's r."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    vx = math.sqrt(sum((x - mx) ** 2 for x in xs))
    vy = math.sqrt(sum((y - my) ** 2 for y in ys))
    return cov / (vx * vy) if vx and vy else float("nan")


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Spearman's rho (Pearson over tie-averaged ranks)."""
    return pearson(_ranks(xs), _ranks(ys))


def balanced_accuracy(scores: Sequence[float], labels: Sequence[bool], threshold: float) -> float:
    """Mean of the recall of faithful (score ≥ threshold) and unfaithful (score < threshold)."""
    tp = sum(s >= threshold and y for s, y in zip(scores, labels, strict=True))
    tn = sum(s < threshold and not y for s, y in zip(scores, labels, strict=True))
    pos = sum(labels)
    neg = len(labels) - pos
    return (tp / pos + tn / neg) / 2 if pos and neg else float("nan")


def best_threshold(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """The threshold maximising balanced accuracy (midpoints between distinct scores)."""
    values = sorted(set(scores))
    cands = [values[0]] + [(a + b) / 2 for a, b in zip(values, values[1:], strict=False)]
    cands.append(values[-1] + 1e-9)
    return max(cands, key=lambda t: balanced_accuracy(scores, labels, t))


def evaluate(pairs: Sequence[Pair], scorers: dict[str, Callable[[Pair], float]]) -> dict[str, float]:
    """Every metric for every scorer, keyed ``frank.<scorer>.<split>.<metric>``."""
    out: dict[str, float] = {}
    for name, fn in scorers.items():
        t0 = time.perf_counter()
        scores = [fn(p) for p in pairs]
        elapsed = time.perf_counter() - t0
        n_sent = sum(len(split_sentences(p.summary)) or 1 for p in pairs)
        out[f"frank.{name}.us_per_sentence"] = 1e6 * elapsed / max(1, n_sent)
        by_split = {
            s: [i for i, p in enumerate(pairs) if p.split == s] for s in ("validation", "test")
        }
        by_split["all"] = list(range(len(pairs)))
        val = by_split["validation"]
        threshold = (best_threshold([scores[i] for i in val], [pairs[i].human == 1.0 for i in val])
                     if val else 0.5)
        out[f"frank.{name}.threshold"] = threshold
        for split, idx in by_split.items():
            if not idx:
                continue
            s = [scores[i] for i in idx]
            human = [pairs[i].human for i in idx]
            labels = [h == 1.0 for h in human]
            out[f"frank.{name}.{split}.roc_auc"] = roc_auc(s, labels)
            out[f"frank.{name}.{split}.balanced_accuracy"] = balanced_accuracy(s, labels, threshold)
            out[f"frank.{name}.{split}.pearson"] = pearson(s, human)
            out[f"frank.{name}.{split}.spearman"] = spearman(s, human)
    return out


def table(results: dict[str, float], names: Iterable[str]) -> str:
    """The results as a plain-text table, one row per scorer and split."""
    head = f"{'scorer':<10} {'split':<11} {'ROC AUC':>8} {'bal.acc':>8} {'pearson':>8} {'spearman':>9}"
    lines = [head, "-" * len(head)]
    for name in names:
        for split in ("validation", "test", "all"):
            key = f"frank.{name}.{split}"
            if f"{key}.roc_auc" not in results:
                continue
            lines.append(
                f"{name:<10} {split:<11} {results[key + '.roc_auc']:>8.3f} "
                f"{results[key + '.balanced_accuracy']:>8.3f} {results[key + '.pearson']:>8.3f} "
                f"{results[key + '.spearman']:>9.3f}"
            )
        lines.append(
            f"{'':<10} threshold {results[f'frank.{name}.threshold']:.3f}, "
            f"{results[f'frank.{name}.us_per_sentence']:.0f} µs per summary sentence"
        )
    return "\n".join(lines)


SCORERS: dict[str, Callable[[Pair], float]] = {"checker": checker, "overlap": overlap_baseline}


def relation_score(pair: Pair) -> float:
    """The share of the summary's dependency arcs found in its aligned article sentences."""
    from copydesk.grounding.align import check_relations

    return check_relations(_UNK_RE.sub(" ", pair.summary), pair.sentences).score


def checker_with_relations(pair: Pair) -> float:
    """The checker's score with the relation check on (``check_document(relations=True)``)."""
    return check_document(_UNK_RE.sub(" ", pair.summary), pair.sentences, relations=True).score


RELATION_SCORERS: dict[str, Callable[[Pair], float]] = {
    "chk+rel": checker_with_relations, "relations": relation_score}
WEIGHT_GRID = (0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0)


def relation_flags(pairs: Sequence[Pair]) -> dict[str, float]:
    """How precise the relation check's discrete flags are (swapped subject, pronoun of the
    wrong gender/number, one name as subject and object): count and share unfaithful."""
    from copydesk.grounding.align import check_relations

    flagged: dict[str, list[bool]] = {k: [] for k in ("swapped", "pronoun", "self")}
    for p in pairs:
        report = check_relations(_UNK_RE.sub(" ", p.summary), p.sentences)
        for kind, hit in (("swapped", any(r.swapped for r in report.sentences)),
                          ("pronoun", any(r.pronouns for r in report.sentences)),
                          ("self", any(r.selfs for r in report.sentences))):
            if hit:
                flagged[kind].append(p.human < 1.0)
    out: dict[str, float] = {}
    for kind, unfaithful in flagged.items():
        out[f"frank.relflags.{kind}.n"] = float(len(unfaithful))
        out[f"frank.relflags.{kind}.precision"] = (
            sum(unfaithful) / len(unfaithful) if unfaithful else float("nan"))
    return out


def relation_weights(pairs: Sequence[Pair]) -> tuple[float, str]:
    """The arc weight chosen on validation (ROC AUC of ``checker - w * (1 - relations)``),
    and a table of every grid weight on both splits."""
    lex = [checker(p) for p in pairs]
    rel = [relation_score(p) for p in pairs]
    lines = [f"{'weight':>7} {'val AUC':>8} {'test AUC':>8}"]
    best, best_auc = 0.0, -1.0
    for w in WEIGHT_GRID:
        aucs = []
        for split in ("validation", "test"):
            idx = [i for i, p in enumerate(pairs) if p.split == split]
            aucs.append(roc_auc([lex[i] - w * (1 - rel[i]) for i in idx],
                                [pairs[i].human == 1.0 for i in idx]))
        lines.append(f"{w:>7.2f} {aucs[0]:>8.3f} {aucs[1]:>8.3f}")
        if aucs[0] > best_auc + 1e-12:
            best, best_auc = w, aucs[0]
    return best, "\n".join(lines)


def strict_flags(pairs: Sequence[Pair]) -> dict[str, float]:
    """How precise the strict checks are: of the summaries with an unsupported name,
    number, date or polarity flip, the share humans judged unfaithful (and how many)."""
    out: dict[str, float] = {}
    flagged: dict[str, list[bool]] = {k: [] for k in ("name", "number", "date", "negation", "any")}
    for p in pairs:
        kinds = {u.kind for u in check_document(_UNK_RE.sub(" ", p.summary), p.sentences).unsupported}
        for kind in kinds | ({"any"} if kinds else set()):
            flagged[kind].append(p.human < 1.0)
    for kind, unfaithful in flagged.items():
        out[f"frank.flags.{kind}.n"] = float(len(unfaithful))
        out[f"frank.flags.{kind}.precision"] = (
            sum(unfaithful) / len(unfaithful) if unfaithful else float("nan"))
    return out


def by_model(pairs: Sequence[Pair], scorers: dict[str, Callable[[Pair], float]]) -> str:
    """ROC AUC per summarising system (both splits pooled), one row per system."""
    models = sorted({p.model for p in pairs})
    scores = {name: [fn(p) for p in pairs] for name, fn in scorers.items()}
    lines = [f"{'system':<10} {'n':>4} {'faithful':>8} " + " ".join(f"{n:>8}" for n in scorers)]
    for m in models:
        idx = [i for i, p in enumerate(pairs) if p.model == m]
        labels = [pairs[i].human == 1.0 for i in idx]
        aucs = " ".join(f"{roc_auc([scores[n][i] for i in idx], labels):>8.3f}" for n in scorers)
        lines.append(f"{m:<10} {len(idx):>4} {sum(labels) / len(labels):>8.2f} {aucs}")
    return "\n".join(lines)


def run(data: Path = DEFAULT_DATA, limit: int | None = None) -> dict[str, float]:
    """All FRANK metrics for the verifier and the baseline (for ``make eval``)."""
    pairs = load(data, limit)
    return evaluate(pairs, SCORERS) | strict_flags(pairs)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the FRANK table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--relations", action="store_true",
                        help="also score the dependency-arc check (parses; ~2 minutes)")
    args = parser.parse_args(argv)
    pairs = load(args.data, args.limit)
    scorers = SCORERS | (RELATION_SCORERS if args.relations else {})
    results = evaluate(pairs, scorers)
    labels = [p.human == 1.0 for p in pairs]
    print(f"FRANK on {args.data.name}: {len(pairs)} annotated summaries, "
          f"{sum(labels)} faithful, {len(labels) - sum(labels)} not")
    print(table(results, scorers))
    if args.relations:
        print("(relations reuses the parses chk+rel made: its time excludes parsing)")
        weight, grid = relation_weights(pairs)
        print(f"\narc weight chosen on validation: {weight:.2f}")
        print(grid)
        rflags = relation_flags(pairs)
        print("relation flags (both splits):")
        for kind in ("swapped", "pronoun", "self"):
            print(f"  {kind:<9} {rflags[f'frank.relflags.{kind}.n']:>4.0f} summaries flagged, "
                  f"{rflags[f'frank.relflags.{kind}.precision']:.2f} of them unfaithful")
    print()
    print(by_model(pairs, scorers))
    print()
    flags = strict_flags(pairs)
    base = 1 - sum(labels) / len(labels)
    print(f"strict checks (unfaithful base rate {base:.2f}):")
    for kind in ("name", "number", "date", "negation", "any"):
        print(f"  {kind:<9} {flags[f'frank.flags.{kind}.n']:>4.0f} summaries flagged, "
              f"{flags[f'frank.flags.{kind}.precision']:.2f} of them unfaithful")
    return 0


if __name__ == "__main__":
    sys.exit(main())
