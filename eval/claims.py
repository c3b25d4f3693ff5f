"""The grounding checker on the labelled claim set: does it tell meaning changes from faithful text?

The claim set (``eval/claims/*.jsonl``, described in ``eval/claims/README.md``) holds
claims about dev-set stories, each citing sentence ids of
``copydesk.enrich(text).analysis.sentences``, labelled ``supported`` / ``unsupported``
with a reason, from three sources: the rules engine's own claims, a local instruct
model's paraphrases and FactCC-style perturbations. Stories are split by a hash of
their id into ``tune`` (two thirds) and ``heldout`` (one third); nothing is fitted on
``heldout``.

For the checker (``copydesk.grounding.check_claim``, as the pipeline and the gate run
it) and a token-overlap baseline (share of the claim's words found in its cited
sentences, threshold chosen on ``tune``), on each split: recall and precision of
``unsupported``, the false rejection rate of faithful claims, the false acceptance rate
of meaning changes, overall and per reason. Also FRANK (``eval/frank.py``: test ROC AUC,
threshold chosen on validation) and the share of the rules engine's own dev-set claims
the checker supports (``--rules``, ~1 minute).

A fourth source is from another publisher, labelled by a reader who did not write the
checker: ``abc.jsonl``, the rules engine's claims on 40 Australian Broadcasting
Corporation stories (gensim's Lee corpus; the stories are rebuilt from the gensim wheel
by ``claims/abc_source.py``), split by a hash of the story id into ``abc-tune`` (rules may be
fitted on it; ``--show-errors abc-tune``) and ``abc-heldout`` (never printed).

Run: ``python eval/claims.py [--rules] [--rules-abc] [--no-frank] [--valency]
[--show-errors SPLIT]`` (``--valency``: with the deletion valency check, off by default).
:func:`run` returns the figures for ``make eval`` (keys listed in :data:`FLOOR_KEYS`).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CLAIMS = HERE / "claims"
DEV = HERE.parent / ".." / "shared" / "data" / "news_dev.jsonl"
FILES = ("rules.jsonl", "model.jsonl", "perturbed.jsonl")
ABC = "abc.jsonl"
"""The rules engine's claims on 40 ABC stories, labelled blind (splits ``abc-tune``, ``abc-heldout``)."""
ABC2 = "abc2.jsonl"
"""The rules engine's claims on 40 further ABC stories, labelled blind after the checker's
ABC pass was written (split ``abc2-blind``: never printed, nothing fitted on it)."""
ABC_SPLITS = ("abc-tune", "abc-heldout")
ABC2_SPLIT = "abc2-blind"
SPLITS = ("tune", "heldout", "fresh", *ABC_SPLITS, ABC2_SPLIT)
"""Splits with figures of their own; ``all`` is ``tune`` + ``heldout``, ``abc`` the two ABC halves."""
FRESH = "fresh.jsonl"
"""Perturbations of 60 further stories, unread and uncorrected (``perturb.py --fresh 60``):
a blind check made after ``heldout``'s errors had been read; only its figures are printed."""
REASONS = ("name", "number", "date", "negation", "attribution_dropped", "hedge_dropped",
           "actor_dropped", "swapped_roles", "fragment", "elsewhere_in_story", "not_in_story")
STRICT_REASONS = ("name", "number", "date", "negation", "attribution_dropped")
"""Reasons whose false acceptance rate must be 0."""
FLOOR_KEYS = {
    "claims.heldout.recall": "higher",
    "claims.heldout.precision": "higher",
    "claims.heldout.false_rejection_pct": "lower",
    "claims.heldout.false_acceptance_pct": "lower",
    "claims.heldout.strict_false_acceptance_pct": "lower",
    "frank.checker.test.roc_auc": "higher",
    "grounding.rules_claims_supported_pct": "higher",
}
"""Keys :func:`run` returns that ``eval/floors.json`` should pin, and their direction."""

_WORD_RE = re.compile(r"[^\W_]+")


def load(files: Iterable[str] = FILES) -> list[dict[str, Any]]:
    """Every labelled claim of the set."""
    rows: list[dict[str, Any]] = []
    for name in files:
        path = CLAIMS / name
        if path.exists():
            rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip()]
    return rows


def abc_stories() -> Path:
    """The ABC stories file (``claims/abc_source.py`` rebuilds it from the gensim wheel once)."""
    sys.path.insert(0, str(CLAIMS))
    import abc_source  # type: ignore[import-not-found]  # eval/claims/abc_source.py

    path: Path = abc_source.stories_path()
    return path


def _analyses(stories: set[str], *sources: Path) -> dict[str, Any]:
    """The analysis of every story named, built as ``copydesk.enrich`` builds it, from the
    first of ``sources`` (JSONL files of ``{id, text}``) that holds it."""
    from copydesk.ingest import read_story
    from copydesk.nlp.analyse import parse

    out = {}
    for data in sources:
        with data.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if row["id"] in stories and row["id"] not in out:
                    out[row["id"]] = parse(read_story(row["text"])).analysis
    return out


def overlap(text: str, sources: Sequence[str]) -> float:
    """Share of the claim's word tokens found in its cited sentences (the baseline)."""
    have = {w.lower() for s in sources for w in _WORD_RE.findall(s)}
    ws = [w.lower() for w in _WORD_RE.findall(text)]
    return sum(w in have for w in ws) / len(ws) if ws else 1.0


def verdicts(rows: Sequence[dict[str, Any]], data: Path = DEV) -> list[dict[str, Any]]:
    """Each claim with the checker's verdict, its reasons, and the baseline's score (dev
    stories from ``data``, ABC ones from :func:`abc_stories`)."""
    from copydesk.contract import TEMPLATE_WORDS
    from copydesk.gate.repair import Checker
    from copydesk.grounding import check_claim
    from copydesk.model import Claim
    from copydesk.settings import DEFAULTS

    needed = {r["story"] for r in rows}
    sources = [data]
    if any(r["split"] in (*ABC_SPLITS, ABC2_SPLIT) for r in rows):
        sources.append(abc_stories())
    analyses = _analyses(needed, *sources)
    checkers: dict[str, Checker] = {}
    out = []
    for r in rows:
        analysis = analyses[r["story"]]
        by_id = {s.id: s.text for s in analysis.sentences}
        cites, drift = recite(r["cites"], r.get("cited", []), analysis)
        claim = Claim(text=r["text"], cites=cites, kind=r.get("kind", "fact"))
        sup = check_claim(analysis, claim, free_words=TEMPLATE_WORDS)
        recited = None
        if r.get("reason") == "elsewhere_in_story":
            # What the gate makes of it: re-cited whole to the sentence that says it?
            checker = checkers.setdefault(r["story"], Checker(
                analysis, DEFAULTS.support_threshold, TEMPLATE_WORDS))
            fix = checker.fix(claim, "claim")
            recited = fix.claim is not None and fix.claim.text == claim.text
        out.append({**r, "accepted": sup.supported, "score": sup.score,
                    "flags": [f"{u.kind}: {u.text}" for u in sup.unsupported],
                    "overlap": overlap(r["text"], [by_id.get(c, "") for c in cites]),
                    "drift": drift, "recited": recited})
    return out


def recite(cites: Sequence[str], cited: Sequence[str], analysis: Any) -> tuple[tuple[str, ...], list[str]]:
    """The claim's citations in today's segmentation. A row stores the ids it was labelled
    with and their sentences' text; when the segmenter changes (a caption split off a
    sentence renumbers the ids after it), each id is found again by its text: the sentence
    with that text, or the pieces a split made of it. The label is about the text the
    labeller read, never about an id. An id whose text is found nowhere stays as it was,
    and is returned second (the drift to report)."""
    by_id = {s.id: s.text for s in analysis.sentences}
    by_text = {s.text: s.id for s in analysis.sentences}
    out: list[str] = []
    lost: list[str] = []
    for i, c in enumerate(cites):
        text = cited[i] if i < len(cited) else None
        if text is None or by_id.get(c) == text:
            out.append(c)
        elif text in by_text:
            out.append(by_text[text])
        else:
            pieces = [s.id for s in analysis.sentences if len(s.text) >= 20 and s.text in text]
            out.extend(pieces or [c])
            lost += [] if pieces else [c]
    return tuple(dict.fromkeys(out)), lost


def _rates(rows: Sequence[dict[str, Any]], accepted: Sequence[bool]) -> dict[str, float]:
    bad = [not a for a in accepted]
    unsup = [r["label"] == "unsupported" for r in rows]
    tp = sum(b and u for b, u in zip(bad, unsup, strict=True))
    fp = sum(b and not u for b, u in zip(bad, unsup, strict=True))
    n_unsup = sum(unsup)
    n_sup = len(rows) - n_unsup
    out = {
        "n": float(len(rows)), "n_unsupported": float(n_unsup),
        "recall": tp / n_unsup if n_unsup else float("nan"),
        "precision": tp / (tp + fp) if tp + fp else float("nan"),
        "false_rejection_pct": 100 * fp / n_sup if n_sup else float("nan"),
        "false_acceptance_pct": 100 * (n_unsup - tp) / n_unsup if n_unsup else float("nan"),
    }
    strict = [i for i, r in enumerate(rows) if r.get("reason") in STRICT_REASONS]
    out["strict_false_acceptance_pct"] = (
        100 * sum(accepted[i] for i in strict) / len(strict) if strict else float("nan"))
    for reason in REASONS:
        idx = [i for i, r in enumerate(rows) if r.get("reason") == reason]
        if idx:
            out[f"far.{reason}"] = 100 * sum(accepted[i] for i in idx) / len(idx)
            out[f"n.{reason}"] = float(len(idx))
    for source in ("rules", "model", "perturb"):
        idx = [i for i, r in enumerate(rows) if r["source"] == source and r["label"] == "supported"]
        if idx:
            out[f"frr.{source}"] = 100 * sum(not accepted[i] for i in idx) / len(idx)
    return out


def _best_threshold(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """Overlap threshold maximising balanced accuracy (labels: True = supported)."""
    values = sorted(set(scores))
    cands = [values[0]] + [(a + b) / 2 for a, b in zip(values, values[1:], strict=False)]
    pos = sum(labels) or 1
    neg = (len(labels) - sum(labels)) or 1

    def bal(t: float) -> float:
        tp = sum(s >= t and y for s, y in zip(scores, labels, strict=True))
        tn = sum(s < t and not y for s, y in zip(scores, labels, strict=True))
        return tp / pos + tn / neg

    return max(cands, key=bal)


def evaluate(checked: Sequence[dict[str, Any]]) -> dict[str, float]:
    """Checker and baseline figures on ``tune``, ``heldout``, ``all`` (the two) and, when
    given, ``fresh``, ``abc-tune``, ``abc-heldout``, ``abc`` (the two halves) and
    ``abc2-blind``:
    ``claims.<split>.<m>``. The baseline's threshold is chosen on ``tune`` only."""
    tune = [r for r in checked if r["split"] == "tune"]
    t = _best_threshold([r["overlap"] for r in tune], [r["label"] == "supported" for r in tune])
    out: dict[str, float] = {"claims.overlap.threshold": t}
    for split in (*SPLITS, "all", "abc"):
        rows = [r for r in checked if r["split"] == split
                or (split == "all" and r["split"] in ("tune", "heldout"))
                or (split == "abc" and r["split"] in ABC_SPLITS)]
        if not rows:
            continue
        for k, v in _rates(rows, [r["accepted"] for r in rows]).items():
            out[f"claims.{split}.{k}"] = v
        for k, v in _rates(rows, [r["overlap"] >= t for r in rows]).items():
            out[f"claims.{split}.overlap.{k}"] = v
        moved = [r for r in rows if r.get("recited") is not None]
        if moved:
            out[f"claims.{split}.recited_pct"] = 100 * sum(r["recited"] for r in moved) / len(moved)
    return out


def rules_engine(data: Path = DEV, only: set[str] | None = None
                 ) -> tuple[float, list[dict[str, Any]]]:
    """Share of the rules engine's claims on the stories of ``data`` (those in ``only``,
    when given) that the checker supports, and the ones it flags."""
    import copydesk

    total = ok = 0
    flagged: list[dict[str, Any]] = []
    with data.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if only is not None and row["id"] not in only:
                continue
            article = copydesk.enrich(row["text"])
            sents = {s.id: s.text for s in article.analysis.sentences}
            claims = dict(article.parts.claims())
            for s in article.grounding.supports:
                total += 1
                ok += s.supported
                if not s.supported:
                    c = claims[s.ref]
                    flagged.append({"story": row["id"], "ref": s.ref, "text": c.text,
                                    "cites": {i: sents.get(i, "") for i in c.cites},
                                    "why": [f"{u.kind}: {u.text}" for u in s.unsupported]
                                    or [f"score {s.score:.2f}"]})
    return (100 * ok / total if total else float("nan")), flagged


def run(data: Path = DEV, *, frank: bool = True, rules: bool = True) -> dict[str, float]:
    """The claim-set figures (and FRANK's, and the rules engine's) for ``make eval``."""
    out = evaluate(verdicts(load((*FILES, ABC, ABC2)), data))
    if frank:
        sys.path.insert(0, str(HERE))
        import frank as frank_eval  # eval/frank.py

        out |= frank_eval.run(data)
    if rules:
        out["grounding.rules_claims_supported_pct"] = round(rules_engine(data)[0], 2)
    return out


def table(m: dict[str, float]) -> str:
    """The figures as text: checker beside the baseline, per split, then per reason."""
    lines = [f"{'split':<8} {'system':<9} {'n':>5} {'unsup':>5} {'recall':>7} {'prec':>6} "
             f"{'FRR%':>6} {'FAR%':>6} {'strictFAR%':>10}"]
    for split in ("tune", "heldout", "fresh", *ABC_SPLITS, ABC2_SPLIT, "abc"):
        if f"claims.{split}.n" not in m:
            continue
        for name, p in (("checker", f"claims.{split}."), ("overlap", f"claims.{split}.overlap.")):
            lines.append(f"{split:<8} {name:<9} {m[p + 'n']:>5.0f} {m[p + 'n_unsupported']:>5.0f} "
                         f"{m[p + 'recall']:>7.3f} {m[p + 'precision']:>6.3f} "
                         f"{m[p + 'false_rejection_pct']:>6.1f} {m[p + 'false_acceptance_pct']:>6.1f} "
                         f"{m[p + 'strict_false_acceptance_pct']:>10.1f}")
    lines.append(f"(overlap threshold {m['claims.overlap.threshold']:.3f}, chosen on tune; "
                 "fresh: unread perturbations of 60 other stories, labels from the transform; "
                 "abc-*: the rules engine's claims on 40 ABC stories, labelled blind by "
                 "another reader; nothing fitted on abc-heldout)")
    lines.append("claims cited to the wrong sentence that the gate re-cites whole: "
                 + ", ".join(f"{split} {m[f'claims.{split}.recited_pct']:.1f}%"
                             for split in ("tune", "heldout")
                             if f"claims.{split}.recited_pct" in m))
    cols = ("tune", "heldout", "fresh", *ABC_SPLITS, ABC2_SPLIT)
    lines.append("\nfalse acceptance % per reason (checker / overlap), " + " | ".join(cols))
    for reason in REASONS:
        cells = []
        for split in cols:
            k = f"claims.{split}.far.{reason}"
            if k in m:
                cells.append(f"{m[k]:5.1f} / {m[f'claims.{split}.overlap.far.{reason}']:5.1f} "
                             f"(n={m[f'claims.{split}.n.{reason}']:.0f})")
            else:
                cells.append(f"{'-':>22}")
        lines.append(f"  {reason:<20} " + " | ".join(f"{c:<24}" for c in cells).rstrip())
    lines.append("\nfalse rejection % of faithful claims per source, " + " | ".join(cols))
    for source in ("rules", "model", "perturb"):
        cells = [f"{m.get(f'claims.{s}.frr.{source}', float('nan')):5.1f}" for s in cols]
        lines.append(f"  {source:<20} " + " | ".join(cells))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the claim-set table (and FRANK's, and the rules engine's flags with ``--rules``)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEV)
    ap.add_argument("--rules", action="store_true", help="also check the rules engine's claims")
    ap.add_argument("--rules-abc", action="store_true",
                    help="also check the rules engine's claims on the claim set's 40 ABC stories")
    ap.add_argument("--no-frank", action="store_true")
    ap.add_argument("--valency", action="store_true",
                    help="switch on the deletion valency check (grounding.integrity.VALENCY, "
                         "off by default: it did not carry over to abc2-blind)")
    ap.add_argument("--no-completeness", action="store_true",
                    help="switch off the claim-side clause-completeness check "
                         "(grounding.integrity.COMPLETENESS), to measure what it adds")
    ap.add_argument("--no-cuts", action="store_true",
                    help="switch off the source-side cut check (grounding.cuts.CUTS), to "
                         "measure what it adds")
    ap.add_argument("--show-errors", choices=("tune", "heldout", "all", "abc-tune"), default=None,
                    help="print the checker's errors on a split (never fresh, abc-heldout "
                         "or abc2-blind)")
    args = ap.parse_args(argv)
    if args.valency:
        from copydesk.grounding import integrity

        integrity.VALENCY = True
    if args.no_completeness:
        from copydesk.grounding import integrity

        integrity.COMPLETENESS = False
    if args.no_cuts:
        from copydesk.grounding import cuts

        cuts.CUTS = False
    checked = verdicts(load((*FILES, FRESH, ABC, ABC2)), args.data)
    drift = [r["id"] for r in checked if r["drift"]]
    if drift:
        print(f"warning: {len(drift)} claims cite sentences whose text changed: {drift[:5]}")
    m = evaluate(checked)
    pinned = [r for r in checked if r["split"] in ("tune", "heldout")]
    abc = [r for r in checked if r["split"] in (*ABC_SPLITS, ABC2_SPLIT)]
    print(f"claim set: {len(pinned)} claims "
          f"({sum(r['label'] == 'unsupported' for r in pinned)} unsupported), "
          f"{sum(r['split'] == 'fresh' for r in checked)} fresh, {len(abc)} ABC "
          f"({sum(r['label'] == 'unsupported' for r in abc)} unsupported)\n")
    print(table(m))
    if args.show_errors:
        print("\nerrors:")
        for r in checked:
            if r["split"] in ("fresh", "abc-heldout", "abc2-blind") or (
                    r["split"] != args.show_errors
                    and not (args.show_errors == "all" and r["split"] in ("tune", "heldout"))):
                continue  # the fresh set, the ABC held-out half and abc2 stay blind
            if r["accepted"] == (r["label"] == "supported"):
                continue
            print(f"  {r['id']} [{r['label']}/{r.get('reason')}] {r['text'][:160]}")
            if r.get("note"):
                print(f"      note: {r['note'][:300]}")
            print(f"      flags={r['flags']} score={r['score']:.2f}")
            for c, t in zip(r["cites"], r.get("cited", []), strict=False):
                print(f"      {c}: {t[:200]}")
    if not args.no_frank:
        sys.path.insert(0, str(HERE))
        import frank as frank_eval

        f = frank_eval.run(args.data)
        print(f"\nFRANK test ROC AUC: checker {f['frank.checker.test.roc_auc']:.3f}, "
              f"token overlap {f['frank.overlap.test.roc_auc']:.3f} "
              f"(validation {f['frank.checker.validation.roc_auc']:.3f} / "
              f"{f['frank.overlap.validation.roc_auc']:.3f}); balanced accuracy at the "
              f"validation threshold: {f['frank.checker.test.balanced_accuracy']:.3f}")
    runs = [("dev", args.data, None)] if args.rules else []
    if args.rules_abc:
        runs.append(("the ABC claim set's 40", abc_stories(), {r["story"] for r in abc}))
    for what, path, only in runs:
        pct, flagged = rules_engine(path, only)
        print(f"\nrules engine's own claims on {what} stories supported: {pct:.2f}% "
              f"({len(flagged)} flagged)")
        hidden = {r["story"] for r in abc if r["split"] in ("abc-heldout", "abc2-blind")}
        for f_ in flagged:
            if f_["story"] in hidden:
                continue  # the ABC held-out half stays blind: counted, not printed
            print(f"  {f_['story']} {f_['ref']}: {f_['text']!r} {f_['why']}")
            for c, t in f_["cites"].items():
                print(f"      {c}: {t}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
