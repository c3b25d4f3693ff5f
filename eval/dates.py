"""Relative-date accuracy on wire-copy sentences, through the real analysis path.

``tests/fixtures/relative_dates_wire.tsv`` holds 167 date expressions in sentences
written in the style of agency copy (courts, parliaments, fixtures, diplomacy,
markets, weather; past and future events under every reporting-verb tense), each
with a reference date (the story's publication date), the value a reader would
give it (ISO, or ``NONE`` when the text does not pin a date down) and its
granularity. About a third of the rows are ``heldout``: labelled and committed
before the resolver ran on any row, never used to tune a rule.

Conventions of the labels: a week is the ISO week (``2025-W44``), "in N weeks" the
ISO week holding the day N weeks on; "in N months" the calendar month N months on;
a weekend is the range starting on its Saturday; "N days later" counts from another
date in the same sentence and is ``NONE`` without one; decades are ``NONE``.

Each sentence becomes a :class:`~copydesk.model.Story` (``story_from_text`` with the
reference as its publication date) and goes through :func:`copydesk.nlp.analyse.parse`;
the row's expression is matched to the analysis's date mentions. The baseline in the
same run resolves the same mention with the direction taken from the sentence's main
verb (``SentenceFacts.tense``, the behaviour before event-tense reading).

    python eval/dates.py                # table, and the tune rows that fail
    python eval/dates.py --show-heldout # also the held-out failures

``figures()`` returns the numbers (keys ``dates.*``) for ``eval/run.py``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIRE = ROOT / "tests" / "fixtures" / "relative_dates_wire.tsv"

if str(ROOT / "src") not in sys.path:  # runnable as a plain script from a checkout
    sys.path.insert(0, str(ROOT / "src"))

from copydesk.ingest import story_from_text  # noqa: E402
from copydesk.model import DateMention  # noqa: E402
from copydesk.nlp.analyse import parse  # noqa: E402
from copydesk.nlp.dates import resolve_date  # noqa: E402


@dataclass(frozen=True)
class Row:
    """One labelled expression."""

    id: str
    cls: str
    sentence: str
    expression: str
    reference: date
    value: str | None
    granularity: str
    split: str


@dataclass(frozen=True)
class Outcome:
    """What the analysis (and the baseline) made of one row."""

    row: Row
    got: tuple[str | None, str]
    baseline: tuple[str | None, str]
    mention: str | None

    @property
    def ok(self) -> bool:
        return _matches(self.row, self.got)

    @property
    def baseline_ok(self) -> bool:
        return _matches(self.row, self.baseline)


def load(path: Path = WIRE) -> list[Row]:
    """The labelled rows of ``path`` (tab-separated, with a header)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    rows: list[Row] = []
    for line in lines[1:]:
        if not line.strip():
            continue
        r = dict(zip(header, line.split("\t"), strict=True))
        rows.append(Row(
            id=r["id"], cls=r["class"], sentence=r["sentence"], expression=r["expression"],
            reference=date.fromisoformat(r["reference"]),
            value=None if r["value"] == "NONE" else r["value"],
            granularity=r["granularity"], split=r["split"],
        ))
    return rows


def _matches(row: Row, got: tuple[str | None, str]) -> bool:
    if row.value is None:
        return got[0] is None
    return got == (row.value, row.granularity)


def _norm(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").strip(" .,\"'").split())


def _mention(mentions: Iterable[DateMention], expression: str) -> DateMention | None:
    """The date mention that is the expression, else the one overlapping it most."""
    want = _norm(expression)
    best: tuple[int, DateMention] | None = None
    for m in mentions:
        have = _norm(m.text)
        if have == want:
            return m
        if have and (have in want or want in have):
            score = min(len(have), len(want))
            if best is None or score > best[0]:
                best = (score, m)
    return best[1] if best else None


def evaluate(rows: list[Row] | None = None) -> list[Outcome]:
    """Every row through ``parse`` (one story per distinct sentence and reference)."""
    rows = load() if rows is None else rows
    parsed = {}
    out: list[Outcome] = []
    for row in rows:
        key = (row.sentence, row.reference)
        if key not in parsed:
            story = story_from_text(row.sentence, published=row.reference, check_language=False)
            parsed[key] = parse(story, today=row.reference)
        p = parsed[key]
        a = p.analysis
        m = _mention(a.dates, row.expression)
        got: tuple[str | None, str] = (None, "")
        base: tuple[str | None, str] = (None, "")
        if m is not None:
            got = (m.value, m.granularity if m.value else "")
            facts = next(f for f in a.facts if f.id == m.sentence)
            sent = next(s for s in a.sentences if s.id == m.sentence)
            r = resolve_date(m.text, reference=row.reference, tense=facts.tense, sentence=sent.text)
            base = (r.value, r.granularity) if r else (None, "")
        out.append(Outcome(row, got, base, m.text if m else None))
    return out


def _accuracy(outcomes: list[Outcome], split: str | None, *, baseline: bool = False) -> float:
    chosen = [o for o in outcomes if split is None or o.row.split == split]
    if not chosen:
        return 0.0
    return sum(o.baseline_ok if baseline else o.ok for o in chosen) / len(chosen)


def figures(outcomes: list[Outcome] | None = None) -> dict[str, float]:
    """Accuracy on tune, held-out and all rows, beside the sentence-tense baseline.

    Keys: ``dates.tune_accuracy``, ``dates.heldout_accuracy``, ``dates.all_accuracy``,
    ``dates.baseline_tune_accuracy``, ``dates.baseline_heldout_accuracy``,
    ``dates.baseline_all_accuracy``, ``dates.tune_rows``, ``dates.heldout_rows``.
    """
    outcomes = evaluate() if outcomes is None else outcomes
    out: dict[str, float] = {}
    for split, name in (("tune", "tune"), ("heldout", "heldout"), (None, "all")):
        out[f"dates.{name}_accuracy"] = _accuracy(outcomes, split)
        out[f"dates.baseline_{name}_accuracy"] = _accuracy(outcomes, split, baseline=True)
    out["dates.tune_rows"] = float(sum(o.row.split == "tune" for o in outcomes))
    out["dates.heldout_rows"] = float(sum(o.row.split == "heldout" for o in outcomes))
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the table and the failures."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show-heldout", action="store_true", help="also list the held-out failures")
    args = ap.parse_args(argv)
    outcomes = evaluate()
    f = figures(outcomes)
    print(f"{'split':<10}{'rows':>6}{'copydesk':>10}{'baseline':>10}")
    for name in ("tune", "heldout", "all"):
        n = int(f["dates.tune_rows"] + f["dates.heldout_rows"]) if name == "all" else int(f[f"dates.{name}_rows"])
        print(f"{name:<10}{n:>6}{f[f'dates.{name}_accuracy']:>10.3f}{f[f'dates.baseline_{name}_accuracy']:>10.3f}")
    for o in outcomes:
        if o.ok or (o.row.split == "heldout" and not args.show_heldout):
            continue
        want = f"{o.row.value or 'NONE'} {o.row.granularity}".strip()
        got = f"{o.got[0] or 'NONE'} {o.got[1]}".strip()
        print(f"\nFAIL {o.row.id} [{o.row.split} {o.row.cls}] ref={o.row.reference} {o.row.expression!r}"
              f" (mention {o.mention!r})\n  {o.row.sentence}\n  want: {want}\n  got:  {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
