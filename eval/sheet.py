"""Blind-read sheets: the parts of N held-out stories, printed for a human reader.

The stories are drawn at random (seeded) from ``eval/heldout.txt``, the part of the
dev set no rule is tuned on. Each sheet shows the story's numbered sentences, then
every generated part with the ids it cites, and nothing else: no engine name, no
score, no grounding verdict. The rubric from ``shared/EDITORIAL.md`` heads the file.

    python eval/sheet.py -n 12 --seed 1 -o sheets.md
    python eval/sheet.py -n 8 --pool other-publishers.jsonl --unread -o sheets.md --key sheets.key
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "news_dev.jsonl"
HELDOUT = Path(__file__).with_name("heldout.txt")

RUBRIC = """\
# Blind read

Score each part 1-5 as an experienced wire-desk editor would:

| score | meaning |
|---|---|
| 5 | publish unchanged |
| 4 | one small edit |
| 3 | usable after rewriting a phrase or two |
| 2 | clumsy, filler, or the wrong emphasis |
| 1 | wrong, ungrammatical, nonsensical or unsupported |

Parts: question headline, headline, synopsis, takeaways, point of view, FAQ, topics.
Check faithfulness by reading each cited sentence: a deletion that changes the meaning
is a 1, however fluent. A part that is absent is scored only if the story clearly
supported one (then 1); otherwise write "absent" and leave it out of the means.
"""


def heldout_ids() -> list[str]:
    return [ln.strip() for ln in HELDOUT.read_text().splitlines() if ln.strip() and not ln.startswith("#")]


def read_ids() -> set[str]:
    """Held-out stories a blind reader has already been shown (every ``eval/blind/*.key``)."""
    return {ln.strip() for key in (Path(__file__).parent / "blind").glob("*.key")
            for ln in key.read_text().splitlines() if ln.strip()}


def draw(n: int, seed: int, *, unread: bool = False, pool_path: Path | None = None) -> list[dict]:
    """``n`` stories: held-out dev stories, or every story of ``pool_path`` (a JSON-lines
    file of ``{"id", "text"}`` rows from publishers the code was never tuned on)."""
    read = read_ids() if unread else set()
    if pool_path is not None:
        rows = [json.loads(ln) for ln in pool_path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        pool = [r for r in rows if r["id"] not in read]
    else:
        ids = set(heldout_ids()) - read
        rows = [json.loads(ln) for ln in DATA.read_text(encoding="utf-8").splitlines() if ln.strip()]
        pool = [r for r in rows if r["id"] in ids]
    return random.Random(seed).sample(pool, min(n, len(pool)))


def _cites(cites: tuple[str, ...] | list[str]) -> str:
    return f" [{', '.join(cites)}]" if cites else ""


def sheet(number: int, row: dict) -> str:
    import copydesk

    article = copydesk.enrich(row["text"])  # the dev stories carry no date: none is assumed
    p = article.parts
    out = [f"## Story {number}", "", "### Sentences", ""]
    out += [f"- **{s.id}** {s.text}" for s in article.analysis.sentences]
    out += ["", "### Parts", "", f"**Question headline**: {p.question_headline.text}{_cites(p.question_headline.cites)}", ""]
    out += [f"**Headline**: {p.headline.text}{_cites(p.headline.cites)}", ""]
    out += ["**Synopsis**:", ""] + [f"> {c.text}{_cites(c.cites)}" for c in p.synopsis] + [""]
    out += ["**Takeaways**:", ""] + [f"- {t.label}: {t.claim.text}{_cites(t.claim.cites)}" for t in p.takeaways] + [""]
    if p.viewpoint:
        out += ["**Point of view**:", ""] + [f"- {c.text}{_cites(c.cites)}" for c in p.viewpoint] + [""]
    else:
        out += ["**Point of view**: (absent)", ""]
    out += ["**FAQ**:", ""]
    for item in p.faq:
        out += [f"- Q: {item.question.text}{_cites(item.question.cites)}", f"  A: {item.answer.text}{_cites(item.answer.cites)}"]
    out += ["", f"**Topics**: {', '.join(p.tags)}", "", "---", ""]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=12, help="stories to draw (default 12)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    ap.add_argument("--key", type=Path, help="also write the story ids, in sheet order, here (keep from the reader)")
    ap.add_argument("--unread", action="store_true", help="only stories no earlier blind read (eval/blind/*.key) has shown")
    ap.add_argument("--pool", type=Path, help="draw from this JSON-lines file of {id, text} stories instead of the held-out dev stories")
    args = ap.parse_args(argv)
    rows = draw(args.n, args.seed, unread=args.unread, pool_path=args.pool)
    text = RUBRIC + "\n" + "\n".join(sheet(i + 1, r) for i, r in enumerate(rows))
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    if args.key:
        args.key.write_text("\n".join(r["id"] for r in rows) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
