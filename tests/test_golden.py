"""End-to-end golden files: story in, the whole document out, volatile fields normalised.

Refresh deliberately with ``COPYDESK_UPDATE_GOLDEN=1 pytest tests/test_golden.py`` and
review the diff like any code change.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import copydesk

HERE = Path(__file__).parent / "golden"
STORIES = sorted((HERE / "stories").glob("*.txt"))
PUBLISHED = {"wire_nationpress": date(2025, 10, 29)}
TODAY = date(2025, 11, 3)


def normalise(doc: dict[str, Any]) -> dict[str, Any]:
    """Drop what changes from run to run or machine to machine (timings, versions)."""
    doc = json.loads(json.dumps(doc))
    doc["provenance"]["timings_ms"] = []
    doc["provenance"]["versions"] = []
    return doc


@pytest.mark.parametrize("path", STORIES, ids=[p.stem for p in STORIES])
def test_golden_end_to_end(path: Path) -> None:
    article = copydesk.enrich(path.read_text(encoding="utf-8"), published=PUBLISHED.get(path.stem), today=TODAY)
    got = normalise(article.model_dump(mode="json"))
    expected_path = HERE / "expected" / f"{path.stem}.json"
    if os.environ.get("COPYDESK_UPDATE_GOLDEN") == "1" or not expected_path.exists():
        expected_path.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        if os.environ.get("COPYDESK_UPDATE_GOLDEN") != "1":
            pytest.fail(f"wrote a new golden file {expected_path.name}; review and commit it")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    for section in ("story", "analysis", "parts", "grounding"):
        assert got[section] == expected[section], f"{path.stem}: {section} changed"
