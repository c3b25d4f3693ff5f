"""The grounding gate over a configured LLM endpoint: what share of the model's claims survive?

For the endpoint in ``COPYDESK_LLM_URL`` (model ``COPYDESK_LLM_MODEL``), this enriches
N dev stories with the ``llm`` engine through :func:`copydesk.gate.gate` and prints,
per part, the share of the model's claims the gate accepted, repaired, dropped and
replaced with the rules engine's, plus engine failures and seconds per story. With no
endpoint configured it prints a skip message and returns ``{"skipped": …}``.

    python eval/llm.py [--limit N] [--url URL] [--model M]

``run(settings)`` serves ``make eval ENGINE=llm``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "news_dev.jsonl"
DEFAULT_LIMIT = 20
STATUSES = ("accepted", "repaired", "dropped", "replaced")
SKIP_MESSAGE = "skipped: no LLM endpoint configured (set COPYDESK_LLM_URL)"


def run(
    settings: Any = None, *, limit: int = DEFAULT_LIMIT, data: Path = DATA, client: Any = None
) -> dict[str, Any]:
    """Per-part shares of the model's claims by what the gate did with them.

    ``client`` is the ``httpx.Client`` to reach the endpoint with (tests pass a mock).
    """
    from copydesk.gate import gate
    from copydesk.generate.llm import engine_from_settings
    from copydesk.generate.rules import RulesEngine
    from copydesk.ingest import story_from_text
    from copydesk.model import PART_KINDS
    from copydesk.nlp.analyse import parse
    from copydesk.settings import load_settings

    settings = settings or load_settings()
    if not settings.llm_url:
        print(SKIP_MESSAGE)
        return {"skipped": SKIP_MESSAGE}
    engine = engine_from_settings(settings, client)
    rules = RulesEngine()
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line]
    counts = {part: dict.fromkeys(STATUSES, 0) for part in PART_KINDS}
    seconds: list[float] = []
    failures: dict[str, int] = {}
    for row in rows[:limit]:
        parsed = parse(story_from_text(row["text"]), today=date(2025, 11, 3))
        t0 = time.perf_counter()
        report = gate(parsed, engine, rules, settings)
        seconds.append(time.perf_counter() - t0)
        if report.engine_failed:
            code = report.engine_error or "?"
            failures[code] = failures.get(code, 0) + 1
        for part in PART_KINDS:
            for status, n in report.counts(part).items():
                if status in STATUSES:
                    counts[part][status] += n
    result: dict[str, Any] = {
        "endpoint": settings.llm_url,
        "model": settings.llm_model,
        "stories": len(seconds),
        "engine_failures": failures,
        "seconds_per_story_median": round(statistics.median(seconds), 2) if seconds else None,
        "seconds_per_story_max": round(max(seconds), 2) if seconds else None,
        "per_part": {},
    }
    totals = dict.fromkeys(STATUSES, 0)
    for part, c in counts.items():
        produced = sum(c.values())
        for k in STATUSES:
            totals[k] += c[k]
        result["per_part"][part] = {"produced": produced, **{
            k: round(c[k] / produced, 3) if produced else None for k in STATUSES}}
    produced = sum(totals.values())
    result["all"] = {"produced": produced, **{
        k: round(totals[k] / produced, 3) if produced else None for k in STATUSES}}
    print_table(result)
    return result


def print_table(result: dict[str, Any]) -> None:
    """The per-part shares as a plain-text table."""
    print(f"LLM gate over {result['stories']} stories — {result['endpoint']} "
          f"(model {result['model']}); median {result['seconds_per_story_median']} s/story; "
          f"engine failures {result['engine_failures'] or 'none'}")
    print(f"{'part':<18}{'claims':>7}" + "".join(f"{k:>10}" for k in STATUSES))
    for part, row in [*result["per_part"].items(), ("all", result["all"])]:
        cells = "".join(f"{'—' if row[k] is None else format(row[k], '.0%'):>10}"
                        for k in STATUSES)
        print(f"{part:<18}{row['produced']:>7}{cells}")


def main(argv: list[str] | None = None) -> int:
    from copydesk.settings import load_settings

    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=DEFAULT_LIMIT)
    ap.add_argument("--url", help="overrides COPYDESK_LLM_URL")
    ap.add_argument("--model", help="overrides COPYDESK_LLM_MODEL")
    args = ap.parse_args(argv)
    run(load_settings(llm_url=args.url, llm_model=args.model), limit=args.limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
