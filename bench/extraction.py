"""Main-text extraction: copydesk's HTML reader beside trafilatura's ``extract()``, same run.

Scored as trafilatura scores itself: each page has must-contain and must-not-contain
snippets; a page passes when every must-contain snippet is in the extracted text and
no must-not-contain snippet is. Snippet recall/precision and time per page are given
for each extractor.

Pages:

* ``newspaper4k`` — the 28 real news pages with expected text in the newspaper4k
  source distribution (``tests/data/html`` + ``tests/data/txt``). They are not copied
  into this repository: ``python bench/extraction.py fetch`` runs
  ``pip download --no-deps --no-binary :all: newspaper4k==0.9.6`` into ``bench/.cache``.
  Snippets are made mechanically (``snippets``): three paragraphs of the expected text
  (first, middle, last; up to 80 characters each) must be in; up to three link texts
  of the page that the expected text lacks (menus, related links) must be out.
* ``shapes`` — the purpose-made pages in ``tests/fixtures/ingest/pages`` (a story in a
  ``<header>``, in a ``<form>``, CJK, GB2312, …) with hand-written snippets.

    python bench/extraction.py fetch      # once, needs PyPI
    python bench/extraction.py            # the table, and bench/extraction/results.json
"""

from __future__ import annotations

import hashlib
import json
import re
import statistics
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
CACHE = ROOT / ".cache"
NEWSPAPER = "newspaper4k-0.9.6"
DATA = CACHE / NEWSPAPER / "tests" / "data"
SNIPPETS = ROOT / "extraction" / "snippets.json"
RESULTS = ROOT / "extraction" / "results.json"
SHAPES = ROOT.parent / "tests" / "fixtures" / "ingest" / "pages"
REPEAT = 3

# Hand-written snippets for the purpose-made pages (one cause of a refusal each).
_NAV = ["Home", "Sport", "Copyright 2025 Harbour Gazette"]
SHAPE_SNIPPETS: dict[str, dict[str, list[str]]] = {
    "header_story.html": {"in": ["close the old harbour bridge", "add an hour to each delivery"], "out": _NAV[1:]},
    "form_story.html": {"in": ["close the old harbour bridge", "add an hour to each delivery"], "out": _NAV[1:]},
    "cjk_story.html": {"in": ["市议会周二投票决定", "当地运输公司表示"], "out": _NAV[1:]},
    "gb2312_story.html": {"in": ["Beijing (北京)", "(北京市交通委员会)"], "out": []},
    "bom_story.html": {"in": ["The café by the bridge"], "out": []},
    "image_time_story.html": {"in": ["close the old harbour bridge", "add an hour to each delivery"], "out": _NAV[1:]},
    "figure_story.html": {"in": ["close the old harbour bridge"], "out": _NAV[1:]},
    "no_image_story.html": {"in": ["close the old harbour bridge"], "out": _NAV[1:]},
}


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


# --------------------------------------------------------------------------- corpus


def fetch() -> None:
    """Download and unpack the newspaper4k sdist into bench/.cache."""
    CACHE.mkdir(exist_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:",
                    "-d", str(CACHE), "newspaper4k==0.9.6"], check=True)
    with tarfile.open(CACHE / f"{NEWSPAPER}.tar.gz") as tar:
        tar.extractall(CACHE, filter="data")


def _decode(data: bytes) -> str:
    """The page as text, decoded the same way for every extractor and every version."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    match = re.search(rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", data[:4096], re.I)
    for codec in (match.group(1).decode().lower() if match else None, "utf-8"):
        if codec:
            try:
                return data.decode({"gb2312": "gb18030", "gbk": "gb18030"}.get(codec, codec))
            except (LookupError, UnicodeDecodeError):
                continue
    return data.decode("cp1252", errors="replace")


def make_snippets() -> dict[str, dict[str, Any]]:
    """Must-contain/must-not-contain snippets for every newspaper4k page with expected text."""
    import lxml.html

    out: dict[str, dict[str, Any]] = {}
    for txt in sorted((DATA / "txt").glob("*.txt")):
        page = DATA / "html" / (txt.stem + ".html")
        if not page.exists():
            continue
        expected = txt.read_text(encoding="utf-8")
        paragraphs = [_norm(p) for p in re.split(r"\n\s*\n|\n", expected) if len(_norm(p)) >= 40]
        if not paragraphs:
            continue
        picks = sorted({0, len(paragraphs) // 2, len(paragraphs) - 1})
        must_in = [paragraphs[i][:80].rsplit(" ", 1)[0] if len(paragraphs[i]) > 80 else paragraphs[i] for i in picks]
        data = page.read_bytes()
        tree = lxml.html.fromstring(_decode(data))
        flat = _norm(expected)
        outside: list[str] = []
        for a in tree.iter("a"):
            text = _norm(a.text_content())
            if len(text.split()) >= 4 and len(text) >= 25 and text not in flat and text not in outside:
                outside.append(text)
        step = max(1, len(outside) // 3)
        out[page.name] = {
            "sha256": hashlib.sha256(data).hexdigest(),
            "in": must_in,
            "out": outside[::step][:3],
        }
    return out


def corpus() -> list[tuple[str, str, str, dict[str, list[str]]]]:
    """``(set, name, html, snippets)`` for every page."""
    pages: list[tuple[str, str, str, dict[str, list[str]]]] = []
    if SNIPPETS.exists() and DATA.exists():
        for name, snip in json.loads(SNIPPETS.read_text()).items():
            data = (DATA / "html" / name).read_bytes()
            if hashlib.sha256(data).hexdigest() != snip["sha256"]:
                raise SystemExit(f"{name}: page differs from the one the snippets were made from")
            pages.append(("newspaper4k", name, _decode(data), snip))
    for name, snip in SHAPE_SNIPPETS.items():
        pages.append(("shapes", name, _decode((SHAPES / name).read_bytes()), snip))
    return pages


# --------------------------------------------------------------------------- extractors


def _copydesk(html: str) -> str:
    from copydesk.errors import NoMainText
    from copydesk.ingest.markup import html_text

    try:
        return html_text(html).text
    except NoMainText:
        return ""


def _trafilatura(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False, include_tables=True) or ""


def _trafilatura_fast(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False, include_tables=True, fast=True) or ""


EXTRACTORS: dict[str, Callable[[str], str]] = {
    "copydesk": _copydesk, "trafilatura": _trafilatura, "trafilatura-fast": _trafilatura_fast,
}


def score(text: str, snip: dict[str, list[str]]) -> tuple[int, int, int, int, bool]:
    """``(in found, in total, out leaked, out total, passed)``."""
    flat = _norm(text)
    found = sum(1 for s in snip["in"] if _norm(s) in flat)
    leaked = sum(1 for s in snip["out"] if _norm(s) in flat)
    return found, len(snip["in"]), leaked, len(snip["out"]), found == len(snip["in"]) and leaked == 0


def run() -> dict[str, Any]:
    pages = corpus()
    for html in (p[2] for p in pages[:2]):  # warm imports and caches
        for fn in EXTRACTORS.values():
            fn(html)
    results: dict[str, Any] = {}
    for name, fn in EXTRACTORS.items():
        per_set: dict[str, dict[str, Any]] = {}
        times: list[float] = []
        for set_name, page, html, snip in pages:
            best = float("inf")
            for _ in range(REPEAT):
                start = time.perf_counter()
                text = fn(html)
                best = min(best, time.perf_counter() - start)
            times.append(best)
            found, total, leaked, outs, passed = score(text, snip)
            agg = per_set.setdefault(set_name, {"pages": 0, "passed": 0, "refused": 0, "in_found": 0,
                                                "in_total": 0, "out_leaked": 0, "out_total": 0, "failed": []})
            agg["pages"] += 1
            agg["passed"] += passed
            agg["refused"] += not text.strip()
            agg["in_found"] += found
            agg["in_total"] += total
            agg["out_leaked"] += leaked
            agg["out_total"] += outs
            if not passed:
                agg["failed"].append(page)
        results[name] = {"sets": per_set, "ms_per_page_mean": round(1000 * statistics.mean(times), 2),
                         "ms_per_page_median": round(1000 * statistics.median(times), 2)}
    return results


def table(results: dict[str, Any]) -> str:
    lines = ["| extractor | set | passed | refused | recall (must-contain) | leaks (must-not-contain) | ms/page mean | median |",
             "|---|---|---|---|---|---|---|---|"]
    for name, res in results.items():
        for set_name, agg in res["sets"].items():
            lines.append(
                f"| {name} | {set_name} | {agg['passed']}/{agg['pages']} | {agg['refused']} | "
                f"{agg['in_found']}/{agg['in_total']} | {agg['out_leaked']}/{agg['out_total']} | "
                f"{res['ms_per_page_mean']} | {res['ms_per_page_median']} |"
            )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if argv[:1] == ["fetch"]:
        fetch()
        return 0
    if argv[:1] == ["snippets"]:
        SNIPPETS.parent.mkdir(exist_ok=True)
        SNIPPETS.write_text(json.dumps(make_snippets(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return 0
    if not DATA.exists():
        print("newspaper4k pages not found: run `python bench/extraction.py fetch` (only the shapes set is scored)")
    results = run()
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
