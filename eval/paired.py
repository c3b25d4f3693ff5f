"""Paired blind-read sheets: two versions of every story's parts, A and B in a seeded order.

An unpaired blind read differs more by story than by code; a paired one shows the same
story's parts from two code trees side by side (the reader does not know which is which)
and asks for a score for each and a preference. Each tree is run in its own process with
its own ``src`` on ``PYTHONPATH``, so the old code is the old code (``git archive REV src
| tar -x -C DIR`` makes one):

    python eval/paired.py --pool stories.jsonl -n 9 --seed 6 \\
        --base /tmp/old --new /tmp/new -o sheets.md --key sheets.key.json

The key (story number, id, which version is which) stays with the lead until the
reader's scores are in; ``eval/blind/*.key.json`` ids count as read for ``--unread``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from sheet import RUBRIC, read_ids  # noqa: E402

_DUMP = """
import json, sys
import copydesk
for line in sys.stdin:
    row = json.loads(line)
    a = copydesk.enrich(row["text"])
    print(json.dumps({"id": row["id"], "sentences": [[s.id, s.text] for s in a.analysis.sentences],
                      "parts": a.parts.model_dump(mode="json")}))
"""


def dump(rows: list[dict], src: Path) -> dict[str, dict]:
    """Every row's sentences and parts as the code under ``src`` makes them."""
    env = {**os.environ, "PYTHONPATH": str(src / "src")}
    out = subprocess.run([sys.executable, "-c", _DUMP], input="".join(json.dumps(r) + "\n" for r in rows),
                         capture_output=True, text=True, env=env, check=True).stdout
    return {d["id"]: d for d in map(json.loads, out.splitlines())}


def _cites(cites: list[str]) -> str:
    return f" [{', '.join(cites)}]" if cites else ""


def parts_block(p: dict) -> list[str]:
    out = [f"**Question headline**: {p['question_headline']['text']}{_cites(p['question_headline']['cites'])}", ""]
    out += [f"**Headline**: {p['headline']['text']}{_cites(p['headline']['cites'])}", ""]
    out += ["**Synopsis**:", ""] + [f"> {c['text']}{_cites(c['cites'])}" for c in p["synopsis"]] + [""]
    out += ["**Takeaways**:", ""] + [f"- {t['label']}: {t['claim']['text']}{_cites(t['claim']['cites'])}"
                                     for t in p["takeaways"]] + [""]
    if p["viewpoint"]:
        out += ["**Point of view**:", ""] + [f"- {c['text']}{_cites(c['cites'])}" for c in p["viewpoint"]] + [""]
    else:
        out += ["**Point of view**: (absent)", ""]
    out += ["**FAQ**:", ""]
    for item in p["faq"]:
        out += [f"- Q: {item['question']['text']}{_cites(item['question']['cites'])}",
                f"  A: {item['answer']['text']}{_cites(item['answer']['cites'])}"]
    if not p["faq"]:
        out += ["(absent)"]
    out += ["", f"**Topics**: {', '.join(p['tags'])}", ""]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pool", type=Path, required=True, help="JSON-lines file of {id, text} stories")
    ap.add_argument("-n", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--base", type=Path, required=True, help="a checkout (or archive) of the old code")
    ap.add_argument("--new", type=Path, required=True, help="a checkout of the new code")
    ap.add_argument("--unread", action="store_true", help="skip stories an earlier blind read showed")
    ap.add_argument("--changed", action="store_true",
                    help="draw among the stories whose parts differ between the two trees (all are dumped first), "
                         "topping up with unchanged ones when too few differ")
    ap.add_argument("-o", "--output", type=Path, required=True)
    ap.add_argument("--key", type=Path, required=True)
    args = ap.parse_args(argv)
    rows = [json.loads(ln) for ln in args.pool.read_text(encoding="utf-8").splitlines() if ln.strip()]
    if args.unread:
        read = read_ids() | {k["id"] for f in (HERE / "blind").glob("*.key.json") for k in json.loads(f.read_text())}
        rows = [r for r in rows if r["id"] not in read]
    rng = random.Random(args.seed)
    if args.changed:
        base, new = dump(rows, args.base), dump(rows, args.new)
        differ = [r for r in rows if base[r["id"]]["parts"] != new[r["id"]]["parts"]]
        same = [r for r in rows if base[r["id"]]["parts"] == new[r["id"]]["parts"]]
        rows = rng.sample(differ, min(args.n, len(differ)))
        rows += rng.sample(same, min(args.n - len(rows), len(same)))
        rng.shuffle(rows)
        print(f"{len(differ)} of {len(differ) + len(same)} stories differ; sheet holds {len(rows)}", file=sys.stderr)
    else:
        rows = rng.sample(rows, min(args.n, len(rows)))
        base, new = dump(rows, args.base), dump(rows, args.new)
    text = [RUBRIC.replace("# Blind read", "# Blind read (paired)"),
            "Each story below has two versions of the generated parts, Version A and Version B, produced by two "
            "different systems from the same sentences. Score every part of both versions separately, on the same "
            "scale, and say which version you prefer for the story (or none).", ""]
    key = []
    for i, r in enumerate(rows, 1):
        order = ["base", "new"] if rng.random() < 0.5 else ["new", "base"]
        key.append({"story": i, "id": r["id"], "A": order[0], "B": order[1]})
        text += [f"## Story {i}", "", "### Sentences", ""]
        text += [f"- **{sid}** {s}" for sid, s in new[r["id"]]["sentences"]]
        if [s for _, s in base[r["id"]]["sentences"]] != [s for _, s in new[r["id"]]["sentences"]]:
            text += ["", "(Version " + ("A" if order[0] == "base" else "B") + " was made from this segmentation:)", ""]
            text += [f"- **{sid}** {s}" for sid, s in base[r["id"]]["sentences"]]
        for label, which in zip("AB", order, strict=True):
            text += ["", f"### Version {label} parts", ""] + parts_block((base if which == "base" else new)[r["id"]]["parts"])
        text += ["---", ""]
    args.output.write_text("\n".join(text), encoding="utf-8")
    args.key.write_text(json.dumps(key, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
