"""Write a pool of dev stories (``{id, text}`` per line) for tuning or for a blind read.

``--split tune`` leaves out every held-out id (``eval/heldout.txt``): sessions up to the
thirteenth tuned on "the first 80 dev rows", 21 of which are held-out stories, so that a
blind read drawing on the held-out set also showed stories rules had been tuned on. A
tuning pool comes from here; a blind pool from ``--split heldout`` (or ``eval/sheet.py``).

Run: ``python eval/pool.py --split tune -n 80 -o /tmp/tune.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import SPLITS, load_rows  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=SPLITS, default="tune")
    ap.add_argument("-n", type=int, default=None, help="the first N stories of the split (default all)")
    ap.add_argument("-o", "--output", type=Path, required=True)
    args = ap.parse_args(argv)
    rows = load_rows(args.n, args.split)
    with args.output.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({"id": r["id"], "text": r["text"]}) + "\n")
    print(f"wrote {len(rows)} {args.split} stories to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
