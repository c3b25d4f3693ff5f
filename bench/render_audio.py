"""Speed of narration and page rendering, each against a baseline measured in the same run.

* Narration real-time factor (RTF): seconds spent synthesising and encoding ÷ seconds
  of audio produced, with copydesk's per-sentence espeak-ng voice (one process per
  segment, exact timings, MP3). Baseline: one bare ``espeak-ng`` call over the same
  spoken text written to a single WAV (no timings, no encoding).
* Page render time, ms per page, for ``render_page`` (body spans, JSON-LD, CSP hashes,
  template). Baseline: a bare Jinja render of the same template with no article.

    python bench/render_audio.py

``run()`` returns the rows for ``bench/run.py``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "fixtures" / "frank_sample.jsonl"
STORIES = 4
RENDER_REPEATS = 30

if str(ROOT / "src") not in sys.path:  # runnable as a plain script from a checkout
    sys.path.insert(0, str(ROOT / "src"))

from jinja2 import ChainableUndefined  # noqa: E402

from copydesk.audio import EspeakVoice, narration_script  # noqa: E402
from copydesk.model import EnrichedArticle  # noqa: E402
from copydesk.render.page import environment, render_page  # noqa: E402
from copydesk.testing import sample_article  # noqa: E402


def _articles() -> list[EnrichedArticle]:
    """The hand-made sample plus a few dev stories through the real pipeline."""
    import copydesk

    lines = SAMPLE.read_text(encoding="utf-8").splitlines()[:STORIES]
    return [sample_article()] + [copydesk.enrich(line.encode("utf-8")) for line in lines]


def _bare_espeak(text: str, out: Path, voice: EspeakVoice) -> float:
    """Seconds of audio from one plain espeak-ng call over ``text``."""
    subprocess.run(
        ["espeak-ng", "-v", voice.voice, "-s", str(voice.rate_wpm), "-b", "1", "--stdin", "-w", str(out)],
        input=text.encode("utf-8"), check=True, capture_output=True, timeout=300,
    )
    with wave.open(str(out), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


def bench_narration(articles: list[EnrichedArticle]) -> list[dict[str, Any]]:
    """RTF of the copydesk voice and of a bare espeak-ng call over the same text."""
    voice = EspeakVoice()
    ours_time = ours_audio = base_time = base_audio = 0.0
    with tempfile.TemporaryDirectory(prefix="copydesk-bench-") as tmp:
        for i, art in enumerate(articles):
            script = narration_script(art.story, art.analysis, art.parts)
            t0 = time.perf_counter()
            narration = voice.synthesize(script, Path(tmp) / f"a{i}")
            ours_time += time.perf_counter() - t0
            ours_audio += narration.duration
            t0 = time.perf_counter()
            base_audio += _bare_espeak(script.spoken_text, Path(tmp) / f"b{i}.wav", voice)
            base_time += time.perf_counter() - t0
    ours, base = ours_time / ours_audio, base_time / base_audio
    return [{
        "metric": "narration real-time factor",
        "value": round(ours, 4),
        "baseline": round(base, 4),
        "ratio": round(ours / base, 2),
        "unit": "s synth / s audio",
        "note": f"{len(articles)} stories, {ours_audio:.0f} s of audio; baseline = one bare espeak-ng WAV",
    }]


def bench_render(articles: list[EnrichedArticle]) -> list[dict[str, Any]]:
    """ms per page for render_page, and for the bare template with no article."""
    # With no article every value is a chainable Undefined, rendered as nothing.
    template = environment().overlay(undefined=ChainableUndefined).get_template("page.html.j2")
    render_page(articles[0])  # warm the template cache
    t0 = time.perf_counter()
    for _ in range(RENDER_REPEATS):
        for art in articles:
            render_page(art)
    ours = (time.perf_counter() - t0) * 1000 / (RENDER_REPEATS * len(articles))
    t0 = time.perf_counter()
    for _ in range(RENDER_REPEATS * len(articles)):
        template.render()
    base = (time.perf_counter() - t0) * 1000 / (RENDER_REPEATS * len(articles))
    size = sum(len(render_page(a)) for a in articles) / len(articles)
    return [{
        "metric": "page render time",
        "value": round(ours, 3),
        "baseline": round(base, 3),
        "ratio": round(ours / base, 1),
        "unit": "ms/page",
        "note": f"{len(articles)} articles x {RENDER_REPEATS}; mean page {size / 1024:.0f} KB; baseline = bare template",
    }]


def run() -> list[dict[str, Any]]:
    """Both benchmarks; prints a table and returns its rows."""
    articles = _articles()
    rows = bench_narration(articles) + bench_render(articles)
    print(f"{'metric':<30} {'value':>10} {'baseline':>10} {'ratio':>7}  unit / note")
    for row in rows:
        print(f"{row['metric']:<30} {row['value']:>10} {row['baseline']:>10} {row['ratio']:>6}x  {row['unit']}; {row['note']}")
    return rows


if __name__ == "__main__":
    run()
