"""Speed and memory of copydesk's text pipeline against baselines measured in the same run.

Modes, each timed over the same dev-set stories:

* ``spacy``    the bare spaCy pipeline (stock ``en_core_web_sm``, ``nlp.pipe``): the floor;
* ``analysis`` copydesk's analysis alone (``parse_many``: spaCy batched + the rules that read it);
* ``enrich``   full text enrichment, no audio: the batch worker's own code path
  (``process_chunk``: read record, analyse, write every part, ground, JSON line);
* ``lexrank``  sumy's LexRank summarising the same stories (3 sentences), the outside baseline.

Each (mode, workers) run is a fresh process (``python bench/speed.py one MODE WORKERS N``)
so that its peak memory is its own. The timed region starts once every worker has
loaded its model; memory is sampled from the process and all its descendants.

    python bench/speed.py one enrich 2 120        # one JSON result line
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "news_dev.jsonl"
TODAY = date(2025, 11, 3)
CHUNK = 16

if str(ROOT / "src") not in sys.path:  # runnable as a plain script from a checkout
    sys.path.insert(0, str(ROOT / "src"))


def load_records(limit: int | None = None, words: int | None = None) -> list[dict[str, Any]]:
    """Dev-set records ``{id, text}``; with ``words``, each text cut to its first ``words`` words."""
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for row in rows[:limit]:
        text = row["text"]
        if words is not None:
            text = " ".join(text.split()[:words])
        out.append({"id": row["id"], "text": text})
    return out


# --------------------------------------------------------------------------- per-process work

_STATE: dict[str, Any] = {}


def _eval_module() -> Any:
    """``eval/run.py`` (its data-free sumy tokenizer), loaded by path: ``run`` is also bench's name."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("copydesk_eval_run", ROOT / "eval" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _init(mode: str) -> None:
    """Load what ``mode`` needs once in this process."""
    if mode == "spacy":
        import spacy

        from copydesk.nlp.parser import MODEL_PACKAGE

        nlp = spacy.load(MODEL_PACKAGE)
        nlp.max_length = 3_000_000
        _STATE["nlp"] = nlp
    elif mode == "lexrank":
        _STATE["lexrank"] = _eval_module()._sumy_lexrank()[0]
    else:
        from copydesk.batch.work import init_worker

        init_worker()


def _work(mode: str, records: Sequence[dict[str, Any]]) -> tuple[int, int, float]:
    """Run ``mode`` over ``records``; ``(pid, peak RSS in KiB, CPU seconds spent)`` of this process."""
    cpu0 = time.process_time()
    if mode == "spacy":
        for _ in _STATE["nlp"].pipe((r["text"] for r in records), batch_size=CHUNK):
            pass
    elif mode == "lexrank":
        for r in records:
            _STATE["lexrank"](r["text"], 3)
    elif mode == "analysis":
        from copydesk.ingest import story_from_record
        from copydesk.nlp.analyse import parse_many

        parse_many([story_from_record(r) for r in records], today=TODAY, batch_size=CHUNK)
    elif mode == "enrich":
        from copydesk.batch.work import WorkOptions, process_chunk

        results = process_chunk([(r["id"], r) for r in records], WorkOptions(today=TODAY))
        bad = [line for status, line in results if status != "ok"]
        if bad:
            raise RuntimeError(f"a story failed in the bench: {bad[0][:300]}")
    else:
        raise ValueError(mode)
    return os.getpid(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, time.process_time() - cpu0


def _nap(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


class MemorySampler:
    """Samples the RSS of this process's descendants (the workers) every ``interval`` seconds."""

    def __init__(self, interval: float = 0.1) -> None:
        try:
            import psutil  # type: ignore[import-untyped]  # installed with distributed
        except ImportError:  # no sampling: peaks come from getrusage alone
            psutil = None
        self._psutil = psutil
        self.interval = interval
        self.peak: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        me = self._psutil.Process()
        while not self._stop.is_set():
            for child in me.children(recursive=True):
                try:
                    rss = child.memory_info().rss
                except self._psutil.Error:
                    continue
                self.peak[child.pid] = max(self.peak.get(child.pid, 0), rss)
            self._stop.wait(self.interval)

    def __enter__(self) -> MemorySampler:
        if self._psutil is not None:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()


def measure(mode: str, records: Sequence[dict[str, Any]], workers: int) -> dict[str, Any]:
    """Time ``mode`` over ``records`` on ``workers`` processes (1 = this process), warm.

    Wall time gives stories/s; CPU time (summed over workers) gives the ratios, which
    hold up on a shared machine where other jobs steal the cores.
    """
    words = sum(len(r["text"].split()) for r in records)
    chunks = [list(records[i : i + CHUNK]) for i in range(0, len(records), CHUNK)]
    peaks: dict[int, int] = {}
    cpu = 0.0
    if workers == 1:
        _init(mode)
        _work(mode, records[:1])  # warm: first-call caches
        t0 = time.perf_counter()
        for chunk in chunks:
            pid, rss, spent = _work(mode, chunk)
            peaks[pid] = max(peaks.get(pid, 0), rss)
            cpu += spent
        seconds = time.perf_counter() - t0
    else:
        from copydesk.batch.engines import _context

        with MemorySampler() as sampler, ProcessPoolExecutor(
            workers, mp_context=_context(), initializer=_init, initargs=(mode,)
        ) as pool:
            # Every worker starts and loads its model before the clock starts.
            list(pool.map(_nap, [0.5] * (2 * workers)))
            t0 = time.perf_counter()
            for pid, rss, spent in pool.map(_work, [mode] * len(chunks), chunks):
                peaks[pid] = max(peaks.get(pid, 0), rss)
                cpu += spent
            seconds = time.perf_counter() - t0
        for pid, rss_bytes in sampler.peak.items():
            if pid in peaks:
                peaks[pid] = max(peaks[pid], rss_bytes // 1024)
    return {
        "mode": mode, "workers": workers, "stories": len(records), "words": words,
        "seconds": round(seconds, 3), "cpu_s": round(cpu, 3), "stories_s": round(len(records) / seconds, 2),
        "words_s": round(words / seconds), "cpu_ms_story": round(1000 * cpu / len(records), 1),
        "peak_worker_mb": round(max(peaks.values()) / 1024),
    }


def latency(words: int = 550, repeats: int = 15) -> dict[str, Any]:
    """Median warm latency of enriching one story of about ``words`` words, in this process."""
    import copydesk
    from copydesk.ingest import story_from_record

    records = [r for r in load_records() if len(r["text"].split()) >= words]
    story = story_from_record({"text": " ".join(records[0]["text"].split()[:words])})
    copydesk.enrich_story(story, today=TODAY)
    wall, cpu = [], []
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        copydesk.enrich_story(story, today=TODAY)
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return {"words": len(story.body.split()), "median_ms": round(statistics.median(wall), 1),
            "min_ms": round(min(wall), 1), "cpu_median_ms": round(statistics.median(cpu), 1), "repeats": repeats}


def run_one(argv: Sequence[str]) -> dict[str, Any]:
    """``one MODE WORKERS N [WORDS]`` → the measure of one configuration."""
    mode, workers, n = argv[0], int(argv[1]), int(argv[2])
    words = int(argv[3]) if len(argv) > 3 else None
    return measure(mode, load_records(n, words), workers)


def in_subprocess(args: Sequence[str], timeout: float = 900) -> dict[str, Any]:
    """Run ``python bench/speed.py ARGS`` and parse its last stdout line; adds whole-process seconds."""
    import subprocess

    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(Path(__file__)), *args], capture_output=True, text=True, timeout=timeout, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"bench/speed.py {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["process_s"] = round(time.perf_counter() - t0, 2)
    return result


def main(argv: Sequence[str], out: Callable[[str], None] = print) -> None:
    """Command line: ``one ...`` (a configuration) or ``latency``."""
    if argv and argv[0] == "one":
        out(json.dumps(run_one(argv[1:])))
    elif argv and argv[0] == "latency":
        out(json.dumps(latency()))
    else:
        out(__doc__ or "")


if __name__ == "__main__":
    main(sys.argv[1:])
