"""Accuracy of the dateline parser and the date resolver on the hand-labelled sets.

The sets are real text: ``tests/fixtures/datelines.tsv`` holds opening paragraphs of
wire copy from several agencies (and dev-set stories with no dateline), and
``tests/fixtures/relative_dates.tsv`` holds date expressions with their sentences and a
stated reference date. Labels were written by hand before the code was tuned.

    python bench/accuracy.py          # table + every failure
    python -m bench.accuracy

``run()`` returns the figures for ``bench/run.py``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATELINES = ROOT / "tests" / "fixtures" / "datelines.tsv"
RELATIVE = ROOT / "tests" / "fixtures" / "relative_dates.tsv"

if str(ROOT / "src") not in sys.path:  # runnable as a plain script from a checkout
    sys.path.insert(0, str(ROOT / "src"))

from copydesk.nlp.dateline import parse_dateline  # noqa: E402
from copydesk.nlp.dates import resolve_date  # noqa: E402


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated file with a header; no quoting, no tabs inside fields."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:] if line.strip()]


@dataclass(frozen=True)
class Failure:
    """One labelled row the code got wrong."""

    set: str
    id: str
    source: str
    input: str
    expected: str
    got: str


def _opt_date(s: str) -> date | None:
    return date.fromisoformat(s) if s else None


def dateline_scores() -> tuple[dict[str, float], list[Failure]]:
    """Exact match of places, date, agency, the sentence start, and all four at once."""
    rows = read_tsv(DATELINES)
    hits = {"places": 0, "date": 0, "agency": 0, "end": 0, "all": 0}
    fails: list[Failure] = []
    for r in rows:
        got = parse_dateline(r["text"], published=_opt_date(r["published"]), today=_opt_date(r["today"]))
        if r["places"] == "NONE":
            ok = {k: got is None for k in hits}
            want = "no dateline"
        else:
            places = "|".join(got.places) if got else None
            ok = {
                "places": got is not None and places == r["places"],
                "date": got is not None and (got.date or "") == r["date"],
                "agency": got is not None and (got.agency or "") == r["agency"],
                "end": got is not None and r["text"][got.end:].startswith(r["rest"]),
            }
            ok["all"] = all(ok.values())
            want = f"places={r['places']!r} date={r['date']!r} agency={r['agency']!r} rest={r['rest']!r}"
        for k, v in ok.items():
            hits[k] += v
        if not ok["all"]:
            shown = "None" if got is None else (
                f"places={'|'.join(got.places)!r} date={got.date or ''!r} agency={got.agency or ''!r} "
                f"rest={r['text'][got.end:got.end + 15]!r}"
            )
            fails.append(Failure("dateline", r["id"], r["source"], r["text"][:90], want, shown))
    n = len(rows)
    return {f"dateline_{k}": hits[k] / n for k in hits} | {"dateline_rows": float(n)}, fails


def relative_scores() -> tuple[dict[str, float], list[Failure]]:
    """Exact match of the resolved value (and start/end when the label has them)."""
    rows = read_tsv(RELATIVE)
    ok_value = ok_full = 0
    by_split: dict[str, list[int]] = {}
    fails: list[Failure] = []
    for r in rows:
        got = resolve_date(
            r["text"], reference=date.fromisoformat(r["reference"]),
            tense=r["tense"],  # type: ignore[arg-type]
            sentence=r["sentence"],
        )
        value = got.value if got else ""
        full = (value, got.start or "", got.end or "", got.granularity) if got else ("", "", "", "")
        want = (r["value"], r["start"], r["end"], r["granularity"])
        ok_value += value == r["value"]
        ok_full += full == want
        tally = by_split.setdefault(r.get("split") or "all", [0, 0])
        tally[0] += value == r["value"]
        tally[1] += 1
        if full != want:
            fails.append(Failure(
                "relative", r["id"], r["source"],
                f"{r['text']!r} ref={r['reference']} tense={r['tense']} split={r.get('split', '')}",
                "/".join(x for x in want if x) or "None", "/".join(x for x in full if x) or "None",
            ))
    n = len(rows)
    scores = {"relative_value": ok_value / n, "relative_full": ok_full / n, "relative_rows": float(n)}
    # "tuned": rows the rules were fixed against; "heldout": labelled later and first run untouched.
    for split, (ok, total) in sorted(by_split.items()):
        scores[f"relative_value_{split}"] = ok / total
    return scores, fails


def run() -> dict[str, float]:
    """All figures, for ``bench/run.py``."""
    a, _ = dateline_scores()
    b, _ = relative_scores()
    return a | b


def main() -> int:
    """Print the accuracy table and every failure."""
    a, fa = dateline_scores()
    b, fb = relative_scores()
    print(f"{'measure':<28}{'accuracy':>10}")
    for k, v in (a | b).items():
        print(f"{k:<28}{v:>10.3f}" if not k.endswith("_rows") else f"{k:<28}{int(v):>10d}")
    for f in fa + fb:
        print(f"\nFAIL {f.set} {f.id} [{f.source}]\n  input: {f.input}\n  want:  {f.expected}\n  got:   {f.got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
