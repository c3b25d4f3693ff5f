"""Event extraction and same-event merging against the labelled set (issue 15, item 7).

    python eval/timeline.py                 # table, and the tune stories' errors
    python eval/timeline.py --show-heldout  # also the held-out errors

``eval/timeline_set.json`` (labelled by ``eval/timeline_labelling.md``) holds 43 stories:
dev-set stories (``../shared/data/news_dev.jsonl``, by id; no publication date), stories
written to report some of the same events differently, and the three first ones. Each
story is enriched as it stands (its publication date when it has one).

* **Events.** A predicted event (``kind == "event"``) matches a gold one with the same
  date value and the same set of people (names compared by corpus key, each person as
  the corpus resolves it within its story: "Benaud" after "Richie Benaud" is him); precision and
  recall over the (date, people) sets of each story. A looser "date only" figure
  (the same date value, whoever takes part) is printed beside it.
* **Merge.** Each labelled pair names two gold events of different stories. A gold event
  is found among its story's published index rows (same date value, most people in
  common, or none on either side); :func:`copydesk.corpus.timeline.same_event` is scored
  on the pairs whose two events were both found. How many were is printed: a pair
  whose event the extractor missed tests extraction, not the merge. "Same pairs merged"
  counts end to end: the pairs labelled same that the extractor and the rule together
  merge, out of all labelled same.

Figures by split: ``tune`` (rules may be fitted on it) and ``heldout`` (never). The
floors of ``eval/floors.json`` (``timeline.*``) are the whole set's; ``figures()``
returns them for ``eval/run.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEV = ROOT.parent / "shared" / "data" / "news_dev.jsonl"
SET = HERE / "timeline_set.json"
TODAY = date(2025, 11, 3)
SPLITS = ("tune", "heldout")

if str(ROOT / "src") not in sys.path:  # runnable as a plain script from a checkout
    sys.path.insert(0, str(ROOT / "src"))

import copydesk  # noqa: E402
from copydesk.corpus.index import EventRow, MemoryCorpus  # noqa: E402
from copydesk.corpus.resolve import MemoryLookup, name_key, resolve_entities  # noqa: E402
from copydesk.corpus.timeline import same_event  # noqa: E402
from copydesk.model import EnrichedArticle  # noqa: E402
from copydesk.store.memory import MemoryStore  # noqa: E402

Key = tuple[str, frozenset[str]]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)
    misses: Counter[str] = field(default_factory=Counter)
    """Missed gold events by kind (:func:`miss_kind`)."""

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        self.errors += other.errors
        self.misses.update(other.misses)

    @property
    def precision(self) -> float:
        return self.tp / max(1, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return self.tp / max(1, self.tp + self.fn)


def _people(names: Iterable[str]) -> frozenset[str]:
    return frozenset(name_key(n, "PERSON") for n in names)


def load() -> tuple[dict[str, Any], dict[str, EnrichedArticle]]:
    """The labelled set and each of its stories enriched."""
    data = json.loads(SET.read_text(encoding="utf-8"))
    dev = {}
    with DEV.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            dev[row["id"]] = row["text"]
    articles = {}
    for s in data["stories"]:
        if s["source"] == "dev":
            text = dev[s["id"]]
        elif "path" in s:
            text = (ROOT / s["path"]).read_text(encoding="utf-8")
        else:
            text = s["text"]
        published = date.fromisoformat(s["published"]) if s.get("published") else None
        articles[s["key"]] = copydesk.enrich(text, published=published, today=TODAY)
    return data, articles


def person_names(article: EnrichedArticle) -> dict[str, str]:
    """Each person entity's name as the corpus resolves it within the story: a bare
    surname ("Benaud") is the person the story names in full ("Richie Benaud")."""
    resolved = resolve_entities(article.analysis.entities, MemoryLookup())
    fullest: dict[str, str] = {}
    for r in resolved:
        if r.kind == "PERSON" and len(r.key) > len(fullest.get(r.slug, "")):
            fullest[r.slug] = r.key
    return {r.entity: fullest[r.slug] for r in resolved if r.kind == "PERSON"}


MISS_KINDS = (
    "date not extracted",
    "date found, no person named",
    "date found, people added",
    "date found, people left out",
    "date found, other people",
)
"""Why a gold (date, people) event was missed, from the predictions of its date: none;
one with no person at all (a pronoun, a description such as 'the flanker', or the
understood subject of a clause such as 'while skiing'); one with the gold people and
more; one with some of them and no other; else people partly or wholly other."""


def miss_kind(people: frozenset[str], same_date: Iterable[frozenset[str]]) -> str:
    """The kind (:data:`MISS_KINDS`) of a missed gold event with ``people``, given the
    people of each prediction of its date."""
    preds = list(same_date)
    if not preds:
        return MISS_KINDS[0]
    if people and frozenset() in preds:
        return MISS_KINDS[1]
    if any(people < p for p in preds):
        return MISS_KINDS[2]
    if any(p and p < people for p in preds):
        return MISS_KINDS[3]
    return MISS_KINDS[4]


def score_events(story: dict[str, Any], article: EnrichedArticle) -> tuple[Counts, Counts]:
    """(date + people, date only) counts for one story."""
    names = person_names(article)
    pred = {(v.date, _people(names[p] for p in v.participants if p in names))
            for v in article.analysis.events if v.kind == "event"}
    gold = {(g["date"], _people(g["people"])) for g in story["events"]}
    full = Counts(len(pred & gold), len(pred - gold), len(gold - pred))
    full.misses.update(miss_kind(p, (q for e, q in pred if e == d)) for d, p in gold - pred)
    full.errors += [f"missed {story['key']}: {d} {sorted(p)}" for d, p in sorted(gold - pred, key=str)]
    full.errors += [f"extra  {story['key']}: {d} {sorted(p)}" for d, p in sorted(pred - gold, key=str)]
    pd, gd = {d for d, _ in pred}, {d for d, _ in gold}
    return full, Counts(len(pd & gd), len(pd - gd), len(gd - pd))


def _find(gold: dict[str, Any], rows: list[EventRow], keys: dict[str, str]) -> EventRow | None:
    """The index row that reports a gold event: same date, most people in common."""
    want = _people(gold["people"])
    best: tuple[int, EventRow] | None = None
    for r in rows:
        if r.value != gold["date"]:
            continue
        got = frozenset(keys.get(p, p) for p in r.participants)
        common = len(want & got)
        if (common or (not want and not got)) and (best is None or common > best[0]):
            best = (common, r)
    return best[1] if best else None


def score_pairs(data: dict[str, Any], articles: dict[str, EnrichedArticle]) -> dict[str, tuple[Counts, int, int]]:
    """Per split: merge counts over the pairs both of whose events were found, how many
    were found, and how many pairs there are."""
    store = MemoryStore()
    for a in articles.values():
        store.approve(a.id, store.save(a).number)
    corpus = MemoryCorpus(store)
    rows_by_article: dict[str, list[EventRow]] = {}
    for r in corpus._build()[3]:
        rows_by_article.setdefault(r.article_id, []).append(r)
    known = corpus.known({p for rows in rows_by_article.values() for r in rows for p in r.participants})
    kinds = {s: k.kind for s, k in known.items()}
    keys = {s: name_key(k.name, "PERSON") for s, k in known.items() if k.kind == "PERSON"}
    gold = {(s["key"], e["id"]): e for s in data["stories"] for e in s["events"]}
    out: dict[str, tuple[Counts, int, int]] = {}
    for split in SPLITS:
        c, found, total = Counts(), 0, 0
        for pair in (p for p in data["pairs"] if p["split"] == split):
            total += 1
            ra, rb = (_find(gold[tuple(pair[x])], rows_by_article.get(articles[pair[x][0]].id, []), keys)
                      for x in ("a", "b"))
            if ra is None or rb is None:
                c.errors.append(f"unscored {pair['a']} ~ {pair['b']}: "
                                f"{'a' if ra is None else 'b'} not extracted (same={pair['same']})")
                continue
            found += 1
            said, same = same_event(ra, rb, kinds), bool(pair["same"])
            c.tp += said and same
            c.fp += said and not same
            c.fn += same and not said
            if said != same:
                c.errors.append(f"{'merged' if said else 'kept apart'} {pair['a']} ~ {pair['b']} "
                                f"({ra.value} {ra.lemma} / {rb.value} {rb.lemma}; labelled same={same})")
        out[split] = (c, found, total)
    return out


def run() -> dict[str, Any]:
    """Every figure, by split and overall, with the error lines."""
    data, articles = load()
    events = {sp: (Counts(), Counts()) for sp in SPLITS}
    n_events = dict.fromkeys(SPLITS, 0)
    n_stories = dict.fromkeys(SPLITS, 0)
    for s in data["stories"]:
        full, loose = score_events(s, articles[s["key"]])
        events[s["split"]][0].add(full)
        events[s["split"]][1].add(loose)
        n_events[s["split"]] += len({(g["date"], _people(g["people"])) for g in s["events"]})
        n_stories[s["split"]] += 1
    pairs = score_pairs(data, articles)
    same_pairs = {sp: sum(1 for p in data["pairs"] if p["split"] == sp and p["same"]) for sp in SPLITS}
    return {"events": events, "pairs": pairs, "n_events": n_events, "n_stories": n_stories, "same_pairs": same_pairs}


def _total(parts: Iterable[Counts]) -> Counts:
    c = Counts()
    for p in parts:
        c.add(p)
    return c


def figures(result: dict[str, Any] | None = None) -> dict[str, float]:
    """The ``timeline.*`` figures for ``eval/run.py`` (whole set; held-out beside)."""
    r = result or run()
    ev = _total(r["events"][sp][0] for sp in SPLITS)
    mg = _total(r["pairs"][sp][0] for sp in SPLITS)
    held_ev, held_mg = r["events"]["heldout"][0], r["pairs"]["heldout"][0]
    return {
        "timeline.event_precision": round(ev.precision, 4), "timeline.event_recall": round(ev.recall, 4),
        "timeline.merge_precision": round(mg.precision, 4), "timeline.merge_recall": round(mg.recall, 4),
        "timeline.heldout.event_precision": round(held_ev.precision, 4),
        "timeline.heldout.event_recall": round(held_ev.recall, 4),
        "timeline.heldout.merge_precision": round(held_mg.precision, 4),
        "timeline.heldout.merge_recall": round(held_mg.recall, 4),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show-heldout", action="store_true", help="also list the held-out stories' errors")
    args = ap.parse_args(argv)
    r = run()
    print(f"{'split':<8} {'stories':>7} {'gold events':>11} {'P':>6} {'R':>6} {'P date only':>12} {'R date only':>12}"
          f"   {'pairs':>5} {'scored':>6} {'merge P':>8} {'merge R':>8} {'same pairs merged':>18}")
    for sp in (*SPLITS, "all"):
        chosen = SPLITS if sp == "all" else (sp,)
        full = _total(r["events"][s][0] for s in chosen)
        loose = _total(r["events"][s][1] for s in chosen)
        mg = _total(r["pairs"][s][0] for s in chosen)
        found = sum(r["pairs"][s][1] for s in chosen)
        total = sum(r["pairs"][s][2] for s in chosen)
        same = sum(r["same_pairs"][s] for s in chosen)
        print(f"{sp:<8} {sum(r['n_stories'][s] for s in chosen):>7} {sum(r['n_events'][s] for s in chosen):>11} "
              f"{full.precision:6.3f} {full.recall:6.3f} {loose.precision:12.3f} {loose.recall:12.3f}   "
              f"{total:>5} {found:>6} {mg.precision:8.3f} {mg.recall:8.3f} {f'{mg.tp} of {same}':>18}")
    print(f"\n{'missed events by kind':<32} " + " ".join(f"{sp:>8}" for sp in SPLITS))
    for kind in MISS_KINDS:
        print(f"{kind:<32} " + " ".join(f"{r['events'][sp][0].misses[kind]:>8}" for sp in SPLITS))
    for sp in SPLITS if args.show_heldout else ("tune",):
        errors = r["events"][sp][0].errors + r["pairs"][sp][0].errors
        if errors:
            print(f"\n{sp} errors:")
            print("\n".join(f"  {e}" for e in errors))
    print("\n" + json.dumps(figures(r)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
