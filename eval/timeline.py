"""Event extraction and same-event merging against a small hand-labelled set (issue 15, item 7).

    python eval/timeline.py

Events: for each labelled story, every gold event is (date value, participant names);
a predicted event matches a gold one with the same date value and the same set of
participant people (names compared by corpus key). Prints precision and recall.
Merge: labelled pairs of event reports (story, date) from different stories, same or
different; :func:`copydesk.corpus.timeline.same_event` is scored on them.
Floor keys to add to eval/floors.json: timeline_event_precision, timeline_event_recall,
timeline_merge_precision, timeline_merge_recall.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

import copydesk  # noqa: E402
from copydesk.corpus.index import MemoryCorpus  # noqa: E402
from copydesk.corpus.resolve import name_key  # noqa: E402
from copydesk.corpus.timeline import same_event  # noqa: E402
from copydesk.store.memory import MemoryStore  # noqa: E402

TODAY = date(2025, 11, 3)
SET = HERE / "timeline_set.json"


def main() -> int:
    data = json.loads(SET.read_text(encoding="utf-8"))
    stories = {}
    for s in data["stories"]:
        text = (ROOT / s["path"]).read_text(encoding="utf-8") if "path" in s else s["text"]
        stories[s["key"]] = copydesk.enrich(text, published=date.fromisoformat(s["published"]), today=TODAY)
    tp = fp = fn = 0
    for s in data["stories"]:
        a = stories[s["key"]]
        names = {e.id: name_key(e.name, e.kind) for e in a.analysis.entities}
        kinds = {e.id: e.kind for e in a.analysis.entities}
        pred = {(v.date, frozenset(names[p] for p in v.participants if kinds[p] == "PERSON"))
                for v in a.analysis.events if v.kind == "event"}
        gold = {(g["date"], frozenset(name_key(n, "PERSON") for n in g["people"])) for g in s["events"]}
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
        for miss in sorted(gold - pred, key=str):
            print(f"  missed {s['key']}: {miss[0]} {sorted(miss[1])}", file=sys.stderr)
        for extra in sorted(pred - gold, key=str):
            print(f"  extra  {s['key']}: {extra[0]} {sorted(extra[1])}", file=sys.stderr)
    ev_p, ev_r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    store = MemoryStore()
    for a in stories.values():
        store.approve(a.id, store.save(a).number)
    corpus = MemoryCorpus(store)
    rows = {}
    for slug in {p for pair in data["pairs"] for p in (pair["entity"],)}:
        for r in corpus.events(slug):
            rows.setdefault((r.article_id, r.value), r)
    kinds = {k.slug: k.kind for k in corpus.known({s for r in rows.values() for s in r.participants}).values()}
    mtp = mfp = mfn = 0
    for pair in data["pairs"]:
        a = rows.get((stories[pair["a"][0]].id, pair["a"][1]))
        b = rows.get((stories[pair["b"][0]].id, pair["b"][1]))
        said = a is not None and b is not None and same_event(a, b, kinds)
        mtp += said and pair["same"]
        mfp += said and not pair["same"]
        mfn += (not said) and pair["same"]
    m_p, m_r = mtp / max(1, mtp + mfp), mtp / max(1, mtp + mfn)
    print(f"events: {len(data['stories'])} stories, {tp + fn} gold events: precision {ev_p:.3f} recall {ev_r:.3f}")
    print(f"merge:  {len(data['pairs'])} pairs: precision {m_p:.3f} recall {m_r:.3f}")
    print(json.dumps({"timeline_event_precision": round(ev_p, 3), "timeline_event_recall": round(ev_r, 3),
                      "timeline_merge_precision": round(m_p, 3), "timeline_merge_recall": round(m_r, 3)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
