"""Related coverage: is the story a written one retells among its related stories?

    python eval/timeline_related.py [--workers 2]

The 250 dev stories (``../shared/data/news_dev.jsonl``) and the 9 stories of
``eval/timeline_set.json`` written to retell events of some of them are enriched,
saved and published in a throwaway SQLite store (through ``run_batch(store=…,
publish=True)``, as ``copydesk batch --store … --publish`` does). For each written
story, its related coverage (up to five) is read from the corpus index and the rank
of the dev story it retells is printed; recall@5 and the mean reciprocal rank sum it up.

Small (9 queries against 250 distractors) and not held out: the salience weighting of
shared entities was chosen after two of these cases. Reported, not gated.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEV = ROOT.parent / "shared" / "data" / "news_dev.jsonl"
SET = HERE / "timeline_set.json"

if str(ROOT / "src") not in sys.path:  # runnable as a plain script from a checkout
    sys.path.insert(0, str(ROOT / "src"))

import copydesk  # noqa: E402
from copydesk.batch import run_batch  # noqa: E402
from copydesk.corpus.index import SqlCorpus  # noqa: E402
from copydesk.store.sql import SqlStore  # noqa: E402

RETELLS = {
    "w_villa": "grealish", "w_haskell": "haskell", "w_treadwell": "monbeg", "w_benaud": "benaud",
    "w_schumacher": "schumacher", "w_obama": "clinton", "w_goodwin": "rbs", "w_tevez": "tevez", "w_bbking": "bbking",
}
"""Each written story and the dev story whose events it retells."""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    stories = {s["key"]: s for s in json.loads(SET.read_text(encoding="utf-8"))["stories"]}
    with tempfile.TemporaryDirectory() as tmp:
        store = SqlStore(f"sqlite:///{Path(tmp) / 'related.db'}")
        source = Path(tmp) / "dev.jsonl"
        with DEV.open(encoding="utf-8") as fh, source.open("w", encoding="utf-8") as out:
            for line in fh:
                row = json.loads(line)
                out.write(json.dumps({"id": row["id"], "text": row["text"]}) + "\n")
        run_batch(source, Path(tmp) / "out.jsonl", workers=args.workers, progress=False, store=store, publish=True)
        dev_article = {json.loads(line)["key"]: json.loads(line)["id"]
                       for line in (Path(tmp) / "out.jsonl").read_text(encoding="utf-8").splitlines()}
        written = {}
        for key in RETELLS:
            s = stories[key]
            article = copydesk.enrich(s["text"], published=date.fromisoformat(s["published"]))
            store.approve(article.id, store.save(article).number)
            written[key] = article.id
        corpus = SqlCorpus(store.engine)
        ranks = []
        for key, dev_key in RETELLS.items():
            related = corpus.related(written[key], 5)
            ids = [r.article_id for r in related]
            target = dev_article[stories[dev_key]["id"]]
            rank = ids.index(target) + 1 if target in ids else None
            ranks.append(rank)
            print(f"{key:<14} retells {dev_key:<11} rank {rank or '-'}   "
                  + "; ".join(f"{r.headline[:32]} {list(r.shared)}" for r in related[:3]))
        store.close()
    found = [r for r in ranks if r]
    print(f"\nrecall@5 {len(found)}/{len(ranks)}, first {sum(r == 1 for r in found)}/{len(ranks)}, "
          f"MRR {sum(1 / r for r in found) / len(ranks):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
