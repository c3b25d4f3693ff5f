"""Injected errors: does the verifier catch a wrong name, number, date, negation or tense?

FRANK (``eval/frank.py``) scores other systems' abstractive summaries; this scores the
verifier on the claims copydesk itself writes. For the first N dev stories, every
fact claim the rules engine wrote and the verifier supported is corrupted one way
at a time, and re-grounded:

* ``number``: a number changed (8 → 9, "three" → "four");
* ``date``: a weekday, month or year changed;
* ``name``: a name swapped for another name from the same story;
* ``outside``: a name swapped for one the story never mentions;
* ``negation``: a "not" added or removed;
* ``modality``: "will" ↔ "has"/"had"/"was".

Recall is the share of corrupted claims flagged; ``clean_supported`` is the share of
the engine's own claims supported (a false-flag check). Corruptions are seeded from
the story id and claim ref, so a run is reproducible.

    python eval/injection.py [--limit N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from copydesk.grounding import ground
from copydesk.model import Analysis, Claim, Grounding, Parts

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "news_dev.jsonl"
KINDS = ("number", "date", "name", "outside", "negation", "modality")

_NUMBER_WORDS = {"two": "three", "three": "four", "four": "five", "five": "six", "six": "seven",
                 "seven": "eight", "eight": "nine", "nine": "ten", "ten": "eleven"}
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "June", "July", "August", "September",
           "October", "November", "December")
_OUTSIDE = ("Michael Brennan", "Oxford United", "Lisbon", "Carla Mendes")
_NEGATE = ((" was ", " was not "), (" is ", " is not "), (" will ", " will not "),
           (" has ", " has not "), (" had ", " had not "), (" did not ", " did "), (" not ", " "))
_RETENSE = ((" will ", " has "), (" has ", " will "), (" had ", " will "), (" was ", " will be "))


def _pick(rng: random.Random, matches: list[re.Match[str]]) -> re.Match[str] | None:
    return rng.choice(matches) if matches else None


def corrupt(text: str, kind: str, names: Sequence[str], rng: random.Random) -> str | None:
    """``text`` with one error of ``kind`` injected, or None when it offers no place for one."""
    if kind == "number":
        m = _pick(rng, [x for x in re.finditer(r"\b\d+(?:,\d{3})*\b", text)
                        if not re.fullmatch(r"(19|20)\d\d", x.group(0))])
        if m:
            value = int(m.group(0).replace(",", "")) + rng.choice((1, 2, 3, 10))
            return text[:m.start()] + str(value) + text[m.end():]
        m = _pick(rng, list(re.finditer(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b", text)))
        return text[:m.start()] + _NUMBER_WORDS[m.group(0)] + text[m.end():] if m else None
    if kind == "date":
        m = _pick(rng, list(re.finditer(r"\b(" + "|".join(_DAYS + _MONTHS) + r")\b", text)))
        if m:
            dates = _DAYS if m.group(0) in _DAYS else _MONTHS
            return text[:m.start()] + rng.choice([d for d in dates if d != m.group(0)]) + text[m.end():]
        m = _pick(rng, list(re.finditer(r"\b(19|20)\d\d\b", text)))
        if m:
            return text[:m.start()] + str(int(m.group(0)) - rng.choice((1, 2, 5))) + text[m.end():]
        return None
    if kind in ("name", "outside"):
        present = [n for n in names if n in text]
        if not present:
            return None
        old = rng.choice(present)
        pool = list(_OUTSIDE) if kind == "outside" else [
            n for n in names if n not in text and n.split()[-1] not in text]
        return text.replace(old, rng.choice(pool), 1) if pool else None
    swaps = _NEGATE if kind == "negation" else _RETENSE
    for old, new in swaps:
        if old in text:
            return text.replace(old, new, 1)
    return None


def _regrounded(analysis: Analysis, parts: Parts, claim: Claim) -> bool:
    """Whether ``claim`` is supported when it stands in the parts as the headline."""
    trial = parts.model_copy(update={"headline": claim})
    support = next(s for s in ground(analysis, trial).supports if s.ref == "headline")
    return support.supported


def evaluate(
    articles: Sequence[tuple[str, Analysis, Parts, Grounding]],
    grounder: Callable[[Analysis, Parts, Claim], bool] = _regrounded,
) -> dict[str, float]:
    """Recall per kind over ``(story id, analysis, parts, grounding)``, and the clean support rate."""
    tried: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    clean = total = 0
    elapsed = 0.0
    for story_id, analysis, parts, grounding in articles:
        names = sorted({e.name for e in analysis.entities
                        if e.kind in ("PERSON", "ORG", "PLACE") and len(e.name) > 3})
        supports = {s.ref: s for s in grounding.supports}
        for ref, claim in parts.claims():
            total += 1
            clean += supports[ref].supported
            if claim.kind != "fact" or not claim.cites or not supports[ref].supported:
                continue
            for kind in KINDS:
                seed = hashlib.sha256(f"{story_id}:{ref}:{kind}".encode()).digest()
                text = corrupt(claim.text, kind, names, random.Random(seed))
                if not text or text == claim.text:
                    continue
                tried[kind] += 1
                t0 = time.process_time()
                caught[kind] += not grounder(analysis, parts, claim.model_copy(update={"text": text}))
                elapsed += time.process_time() - t0
    out = {f"injection.{k}.recall": caught[k] / tried[k] for k in KINDS if tried[k]}
    out |= {f"injection.{k}.n": float(tried[k]) for k in KINDS}
    n = sum(tried.values())
    out["injection.all.recall"] = sum(caught.values()) / n if n else float("nan")
    out["injection.clean_supported"] = clean / total if total else float("nan")
    out["injection.ms_per_reground"] = 1000 * elapsed / n if n else float("nan")
    return out


def load(data: Path, limit: int) -> list[tuple[str, Analysis, Parts, Grounding]]:
    """The first ``limit`` dev stories, enriched (and grounded) by the default pipeline."""
    from copydesk.ingest import story_from_text
    from copydesk.pipeline import enrich_story

    out = []
    with data.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= limit:
                break
            row = json.loads(line)
            article = enrich_story(story_from_text(row["text"]))
            out.append((row["id"], article.analysis, article.parts, article.grounding))
    return out


def run(data: Path = DEFAULT_DATA, limit: int = 40) -> dict[str, float]:
    """Injection recall on the first ``limit`` dev stories."""
    return evaluate(load(data, limit))


def main(argv: Sequence[str] | None = None) -> int:
    """Print the injection table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=40, help="first N stories")
    args = parser.parse_args(argv)
    results = run(args.data, args.limit)
    print(f"{'kind':<10} {'injected':>8} {'recall':>7}")
    for kind in KINDS:
        if f"injection.{kind}.recall" in results:
            print(f"{kind:<10} {results[f'injection.{kind}.n']:>8.0f} "
                  f"{results[f'injection.{kind}.recall']:>7.3f}")
    print(f"{'all':<10} {'':>8} {results['injection.all.recall']:>7.3f}")
    print(f"clean claims supported: {results['injection.clean_supported']:.3f}; "
          f"{results['injection.ms_per_reground']:.2f} ms per re-grounded article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
