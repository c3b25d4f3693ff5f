"""``make bench``: copydesk's speed and memory, as ratios to baselines measured in the same run.

Sections:

1. Text pipeline over the dev set, 1 worker and all cores: stories/s and peak memory per
   worker for the bare spaCy pipeline (the floor), copydesk's analysis, full text
   enrichment (no audio) and sumy's LexRank, with copydesk's time as a ratio to the bare
   pipeline's and to LexRank's (see ``bench/speed.py``).
2. Targets: a warm 550-word story's latency; stories/s on ~300-word stories.
3. ``copydesk batch`` end to end on all cores (whole process, with a 5 MB story in the
   input that the input guard must refuse while the run goes on): rate and the largest
   worker's peak memory.
4. An experiment past the floor: ``bench/attribute_ruler.py`` (exact, cached attribute ruler).
5. Accuracy (``bench/accuracy.py``) and render/audio (``bench/render_audio.py``) when present.

The machine is shared and noisy: compare the ratios, not the absolute times.

    python bench/run.py [--limit N] [--quick]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import speed  # noqa: E402

TARGETS = {"ratio": 1.3, "short_stories_s": 20.0, "latency_ms": 200.0}
MODES = ("spacy", "analysis", "enrich", "lexrank")
LABELS = {
    "spacy": "bare spaCy pipeline (floor)",
    "analysis": "copydesk analysis",
    "enrich": "copydesk full text enrichment",
    "lexrank": "sumy LexRank (3 sentences)",
}


def text_table(limit: int, multi_limit: int, cores: int) -> list[dict[str, Any]]:
    """Section 1: every mode at 1 worker and at ``cores`` workers, each in its own process."""
    rows: list[dict[str, Any]] = []
    for workers in sorted({1, cores}):
        n = limit if workers == 1 else multi_limit
        for mode in MODES:
            rows.append(speed.in_subprocess(["one", mode, str(workers), str(n)]))
    subset = f"; the {cores}-worker rows use the first {multi_limit} (time)" if multi_limit < limit and cores > 1 else ""
    print(f"\n## Text pipeline: the first {limit} dev stories "
          f"({rows[0]['words'] / rows[0]['stories']:.0f} words on average){subset}; warm")
    head = (f"{'':32} {'workers':>7} {'stories/s':>9} {'CPU ms/story':>12} {'× spaCy':>8} "
            f"{'× LexRank':>9} {'process s':>9} {'MB/worker':>9}")
    print(head)
    print("-" * len(head))
    for workers in sorted({1, cores}):
        by = {r["mode"]: r for r in rows if r["workers"] == workers}
        for mode in MODES:
            r = by[mode]
            r["ratio_spacy"] = round(r["cpu_s"] / by["spacy"]["cpu_s"], 2)
            r["ratio_lexrank"] = round(r["process_s"] / by["lexrank"]["process_s"], 2)
            print(f"{LABELS[mode]:32} {workers:>7} {r['stories_s']:>9.2f} {r['cpu_ms_story']:>12.1f} "
                  f"{r['ratio_spacy']:>8.2f} {r['ratio_lexrank']:>9.2f} {r['process_s']:>9.1f} {r['peak_worker_mb']:>9}")
    print("stories/s: wall clock, warm (models loaded). × spaCy: CPU time over the bare pipeline's at the same "
          f"worker count (target for enrichment ≤ {TARGETS['ratio']}). × LexRank: whole-process wall time over "
          "LexRank's (interpreter start and model loads included). MB/worker: peak RSS of one worker.")
    return rows


def targets(cores: int, limit: int) -> dict[str, Any]:
    """Section 2: warm latency of one 550-word story; stories/s on ~300-word stories."""
    lat = json.loads(subprocess.run(
        [sys.executable, str(HERE / "speed.py"), "latency"], capture_output=True, text=True, check=True, timeout=600,
    ).stdout.strip().splitlines()[-1])
    short = speed.in_subprocess(["one", "enrich", str(cores), str(limit), "300"])
    short_floor = speed.in_subprocess(["one", "spacy", str(cores), str(limit), "300"])
    capacity = cores * 1000 / short["cpu_ms_story"]
    print("\n## Targets")
    print(f"warm single story, {lat['words']} words: median {lat['median_ms']} ms wall (min {lat['min_ms']}), "
          f"{lat['cpu_median_ms']} ms CPU (n={lat['repeats']}); target < {TARGETS['latency_ms']:.0f} ms")
    print(f"~300-word stories ({short['stories']}, {short['words'] / short['stories']:.0f} words), {cores} workers: "
          f"{short['stories_s']} stories/s wall (bare spaCy {short_floor['stories_s']}); "
          f"{short['cpu_ms_story']} ms CPU/story = {capacity:.1f} stories/s on {cores} idle cores; "
          f"target ≥ {TARGETS['short_stories_s']:.0f}")
    return {"latency": lat, "short": short, "short_floor": short_floor}


def batch_end_to_end(limit: int, cores: int) -> dict[str, Any]:
    """Section 3: ``copydesk batch`` as a user runs it, a 5 MB story included."""
    records = speed.load_records(limit)
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        huge = {"id": "oversized-5mb", "text": "The committee met again on Tuesday. " * 140_000}
        lines = [json.dumps(r) for r in records]
        lines.insert(len(lines) // 2, json.dumps(huge))
        src.write_text("\n".join(lines) + "\n", encoding="utf-8")
        cmd = [sys.executable, "-m", "copydesk", "batch", str(src), str(out), "--workers", str(cores)]
        env = dict(os.environ, PYTHONPATH=str(HERE.parent / "src"))
        t0 = time.perf_counter()
        with speed.MemorySampler(0.2) as sampler:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=1800, check=False, env=env)
        seconds = time.perf_counter() - t0
        if done.returncode != 0:
            raise RuntimeError(f"copydesk batch failed:\n{done.stderr[-2000:]}")
        results = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_key = {r["key"]: r for r in results}
    refused = by_key["oversized-5mb"]["error"] or {}
    ok = sum(r["status"] == "ok" for r in results)
    peak_mb = max(sampler.peak.values(), default=0) / 2**20
    print(f"\n## copydesk batch, end to end ({cores} workers, {len(records)} stories + one of "
          f"{len(huge['text'].encode()) / 1e6:.1f} MB)")
    print(f"{len(results)} lines, {ok} ok; whole process {seconds:.1f} s = {len(records) / seconds:.2f} stories/s "
          "(process start and model loads included)")
    print(f"oversized story: {refused.get('code')}: {refused.get('message')}")
    print(f"largest process's peak RSS over the run (workers and forkserver): {peak_mb:.0f} MB")
    print(next((line for line in done.stderr.splitlines() if line.startswith("batch: ") and "stories:" in line), ""))
    return {"seconds": seconds, "ok": ok, "lines": len(results), "refused": refused, "peak_mb": peak_mb}


def experiment_attribute_ruler(limit: int, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Section 4: past the floor — the exact cached stand-in for spaCy's attribute ruler."""
    import attribute_ruler

    result: dict[str, Any] = attribute_ruler.run(limit)
    saved = result["attribute_ruler_ms_story"] - result["cached_ruler_ms_story_cold"]
    one = {r["mode"]: r for r in rows if r["workers"] == 1}
    floor, enrich = one["spacy"]["cpu_ms_story"], one["enrich"]["cpu_ms_story"]
    print(f"\n## The cached attribute ruler (copydesk.nlp.ruler, installed), {result['stories']} stories")
    print(f"{result['tokens']} tokens, {result['tokens_differing']} with a different POS/TAG/morph/lemma than spaCy's "
          f"own component; attribute_ruler {result['attribute_ruler_ms_story']} ms/story → cached "
          f"{result['cached_ruler_ms_story_cold']} ms/story (cold cache, {saved:.1f} ms saved per story)")
    print(f"full text enrichment is {enrich:.0f} ms CPU/story = {enrich / floor:.2f}× the stock pipeline's {floor:.0f} ms")
    return result


def _optional(name: str) -> Any:
    path = HERE / f"{name}.py"
    if not path.exists():
        print(f"\n## {name}: bench/{name}.py is not present; skipped")
        return None
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    print(f"\n## {name}")
    result = module.run()
    if isinstance(result, dict):
        for key, value in result.items():
            print(f"{key:40} {value}")
    return result


def main(argv: list[str] | None = None) -> int:
    """Run every section; returns 0 (the figures are reported, not gated)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=250, help="dev stories per configuration (default: all 250)")
    parser.add_argument("--multi-limit", type=int, default=120,
                        help="dev stories for the all-cores runs (default 120, to keep make bench within ~5 min)")
    parser.add_argument("--quick", action="store_true", help="60 stories per configuration, for a smoke run")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    args = parser.parse_args(argv)
    limit = 60 if args.quick else args.limit
    multi_limit = min(limit, args.multi_limit)
    cores = os.cpu_count() or 1
    if not speed.DEV.exists():
        print(f"bench: the dev set is not at {speed.DEV}; nothing to measure")
        return 0
    t0 = time.perf_counter()
    print(f"# copydesk bench — {cores} cores, load average {os.getloadavg()[0]:.1f} at start")
    figures: dict[str, Any] = {"text": text_table(limit, multi_limit, cores)}
    figures["targets"] = targets(cores, limit)
    figures["batch"] = batch_end_to_end(multi_limit, cores)
    figures["attribute_ruler"] = experiment_attribute_ruler(multi_limit, figures["text"])
    for name in ("accuracy", "render_audio"):
        try:
            figures[name] = _optional(name)
        except Exception as exc:  # noqa: BLE001  (another helper's section must not hide ours)
            print(f"{name}: failed: {type(exc).__name__}: {exc}")
    print(f"\nbench: {time.perf_counter() - t0:.0f} s in all; load average {os.getloadavg()[0]:.1f} at the end")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
