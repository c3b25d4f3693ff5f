"""The ABC claim set's stories, rebuilt from the gensim wheel, and the one-off merge of its labels.

The stories are Australian Broadcasting Corporation wire stories of the Lee corpus as
gensim 4.3.3 ships it for its tests: ``gensim/test/test_data/lee_background.cor``, one
story per line (300 lines). A story is a line of at least 140 words, stripped; its id
is ``abc-bg-NNN`` with NNN the line's index from 0 (202 lines qualify). The claim rows
(``abc.jsonl``) hold their cited sentences; the whole stories, which the checker reads
too (a quotation over several sentences, a surname bound earlier), are rebuilt here:

    python eval/claims/abc_source.py stories        # pip download gensim==4.3.3 (no deps) once,
                                             # write eval/.cache/abc/abc_stories.jsonl

``eval/claims.py`` calls :func:`stories_path` itself, so ``make eval`` needs PyPI once.

``python eval/claims/abc_source.py merge CLAIMS LABELS`` wrote ``abc.jsonl`` from the rows
``/tmp/abc10/dump.py`` dumped (the rules engine's claims on 40 stories) and the blind
reader's labels, with ``split`` = ``abc-heldout`` for stories whose
``int(sha256(id), 16) % 2 == 0`` and ``abc-tune`` otherwise (chosen before the
checker's errors on them were looked at).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CACHE = HERE.parent / ".cache" / "abc"
STORIES = CACHE / "abc_stories.jsonl"
OUT = HERE / "abc.jsonl"
GENSIM = "gensim==4.3.3"
MEMBER = "gensim/test/test_data/lee_background.cor"
COR_SHA256 = "5d78d6dafd953bbf65797bef09a9ffb9ec430583381be705f8fd460000f370fb"
"""sha256 of ``lee_background.cor`` in the gensim 4.3.3 wheels (360,082 bytes, 300 lines)."""
MIN_WORDS = 140


def split_of(story: str) -> str:
    """``abc-heldout`` for half the stories by a hash of their id, ``abc-tune`` for the rest."""
    return "abc-heldout" if int(hashlib.sha256(story.encode()).hexdigest(), 16) % 2 == 0 \
        else "abc-tune"


def _corpus() -> bytes:
    """``lee_background.cor`` from a gensim 4.3.3 wheel in the cache (downloaded once)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    wheels = sorted(CACHE.glob("gensim-4.3.3-*.whl"))
    if not wheels:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps",
                        "--only-binary", ":all:", "-d", str(CACHE), GENSIM], check=True)
        wheels = sorted(CACHE.glob("gensim-4.3.3-*.whl"))
    with zipfile.ZipFile(wheels[0]) as wheel:
        data = wheel.read(MEMBER)
    digest = hashlib.sha256(data).hexdigest()
    if digest != COR_SHA256:
        raise RuntimeError(f"{wheels[0].name}: {MEMBER} has sha256 {digest}, not {COR_SHA256}")
    return data


def build_stories() -> list[dict[str, str]]:
    """Every line of the corpus with at least :data:`MIN_WORDS` words, as ``{id, text}``."""
    lines = _corpus().decode("utf-8").splitlines()
    return [{"id": f"abc-bg-{i:03d}", "text": line.strip()}
            for i, line in enumerate(lines) if len(line.split()) >= MIN_WORDS]


def stories_path() -> Path:
    """The stories file, built from the wheel when it is not there yet."""
    if not STORIES.exists():
        rows = build_stories()
        STORIES.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                           encoding="utf-8")
    return STORIES


def merge(claims: Path, labels: Path) -> list[dict[str, Any]]:
    """The dumped claim rows with the reader's label, reason and note, and their split."""
    by_id = {}
    for line in labels.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            by_id[row["id"]] = row
    out = []
    for line in claims.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        lab = by_id[row["id"]]
        row["label"] = lab["label"]
        row["reason"] = lab["reason"] if lab["label"] == "unsupported" else None
        row["note"] = lab.get("note") or ""
        row["split"] = split_of(row["story"])
        out.append(row)
    return out


OUT2 = HERE / "abc2.jsonl"
SPLIT2 = "abc2-blind"


def merge_blind(claims: Path, labels: Path) -> list[dict[str, Any]]:
    """:func:`merge` for the second ABC sample (``/tmp/abc11/dump.py``: the rules engine's
    claims on 40 further stories, not those of ``abc.jsonl``, chosen by
    ``sha256('claims-s6:' + id)``), every row in the one split :data:`SPLIT2`: its
    figures are a pure held-out check, nothing is fitted on it."""
    rows = merge(claims, labels)
    for row in rows:
        row["split"] = SPLIT2
    return rows


def main(argv: list[str]) -> int:
    if argv[:1] == ["stories"]:
        print(stories_path())
        return 0
    if argv[:1] == ["merge-blind"] and len(argv) == 3:
        rows = merge_blind(Path(argv[1]), Path(argv[2]))
        OUT2.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                        encoding="utf-8")
        print(f"{len(rows)} rows → {OUT2}")
        return 0
    if argv[:1] == ["merge"] and len(argv) == 3:
        rows = merge(Path(argv[1]), Path(argv[2]))
        OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                       encoding="utf-8")
        print(f"{len(rows)} rows → {OUT}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
