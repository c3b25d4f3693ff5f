"""The labelled claim set is well formed, and eval/claims.py computes its rates correctly."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _claims_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_claims", ROOT / "eval" / "claims.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_claims"] = module
    spec.loader.exec_module(module)
    return module


claims = _claims_module()


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return list(claims.load())


def test_the_set_has_every_source_and_enough_claims(rows: list[dict[str, Any]]) -> None:
    assert len(rows) >= 400
    assert {r["source"] for r in rows} == {"rules", "model", "perturb"}
    assert len({r["id"] for r in rows}) == len(rows)


def test_every_row_is_labelled_with_a_known_reason(rows: list[dict[str, Any]]) -> None:
    for r in rows:
        assert r["label"] in ("supported", "unsupported"), r["id"]
        assert (r["reason"] is None) == (r["label"] == "supported"), r["id"]
        assert r["reason"] is None or r["reason"] in claims.REASONS, r["id"]
        assert r["cites"] and len(r["cites"]) == len(r["cited"]), r["id"]
        assert r["kind"] in ("fact", "question", "analysis"), r["id"]


def test_the_held_out_third_is_chosen_by_story_hash(rows: list[dict[str, Any]]) -> None:
    for r in rows:
        held = int(hashlib.sha256(r["story"].encode()).hexdigest(), 16) % 3 == 0
        assert r["split"] == ("heldout" if held else "tune"), r["id"]
    heldout = {r["story"] for r in rows if r["split"] == "heldout"}
    assert heldout and heldout.isdisjoint({r["story"] for r in rows if r["split"] == "tune"})


def test_rates_count_false_acceptance_and_rejection() -> None:
    def row(label: str, reason: str | None = None) -> dict[str, Any]:
        return {"label": label, "reason": reason, "source": "perturb"}

    data = [row("supported"), row("supported"), row("unsupported", "name"),
            row("unsupported", "hedge_dropped")]
    m = claims._rates(data, [True, False, True, False])
    assert m["recall"] == 0.5 and m["precision"] == 0.5
    assert m["false_rejection_pct"] == 50.0 and m["false_acceptance_pct"] == 50.0
    assert m["far.name"] == 100.0 and m["far.hedge_dropped"] == 0.0
    assert m["strict_false_acceptance_pct"] == 100.0


def test_overlap_baseline_is_the_share_of_words_found() -> None:
    assert claims.overlap("The cat sat", ["the cat sat on the mat"]) == 1.0
    assert claims.overlap("The dog sat", ["the cat sat on the mat"]) == pytest.approx(2 / 3)


def test_the_fresh_blind_set_uses_other_stories_and_stays_out_of_the_pinned_figures(
        rows: list[dict[str, Any]]) -> None:
    fresh = list(claims.load((claims.FRESH,)))
    assert len(fresh) >= 400 and all(r["split"] == "fresh" for r in fresh)
    assert {r["story"] for r in fresh}.isdisjoint({r["story"] for r in rows})
    assert all(r["split"] != "fresh" for r in rows)  # load() alone never includes it
    # its figures are reported beside the others, its rows never printed
    m = claims.evaluate([{**r, "accepted": True, "overlap": 1.0} for r in fresh[:50]]
                        + [{**r, "accepted": True, "overlap": 1.0} for r in rows[:50]])
    assert "claims.fresh.n" in m and m["claims.all.n"] == 50


def test_the_abc_set_is_labelled_blind_and_split_in_halves_by_story_hash(
        rows: list[dict[str, Any]]) -> None:
    abc = list(claims.load((claims.ABC,)))
    assert len(abc) == 222 and sum(r["label"] == "unsupported" for r in abc) == 28
    assert {r["story"] for r in abc}.isdisjoint({r["story"] for r in rows})
    for r in abc:
        assert r["story"].startswith("abc-bg-") and r["source"] == "rules", r["id"]
        assert r["label"] in ("supported", "unsupported"), r["id"]
        assert (r["reason"] is None) == (r["label"] == "supported"), r["id"]
        assert r["reason"] is None or r["reason"] in claims.REASONS, r["id"]
        assert r["cites"] and len(r["cites"]) == len(r["cited"]), r["id"]
        held = int(hashlib.sha256(r["story"].encode()).hexdigest(), 16) % 2 == 0
        assert r["split"] == ("abc-heldout" if held else "abc-tune"), r["id"]
    assert {r["split"] for r in abc} == set(claims.ABC_SPLITS)


def test_abc_figures_stay_out_of_the_pinned_ones_and_the_baseline_threshold(
        rows: list[dict[str, Any]]) -> None:
    abc = list(claims.load((claims.ABC,)))
    dev = [{**r, "accepted": True, "overlap": 1.0} for r in rows[:50]]
    # an ABC row with overlap 0 would move a threshold fitted on it; it must not
    m = claims.evaluate(dev + [{**r, "accepted": False, "overlap": 0.0} for r in abc])
    assert m["claims.all.n"] == 50 and m["claims.abc.n"] == len(abc)
    assert m["claims.abc-tune.n"] + m["claims.abc-heldout.n"] == len(abc)
    assert m["claims.overlap.threshold"] == claims.evaluate(dev)["claims.overlap.threshold"]


def test_the_second_abc_sample_is_one_blind_split_of_other_stories(
        rows: list[dict[str, Any]]) -> None:
    abc2 = list(claims.load((claims.ABC2,)))
    abc = list(claims.load((claims.ABC,)))
    assert len(abc2) == 219 and sum(r["label"] == "unsupported" for r in abc2) == 20
    assert {r["story"] for r in abc2}.isdisjoint({r["story"] for r in abc} | {
        r["story"] for r in rows})
    assert len({r["story"] for r in abc2}) == 40
    for r in abc2:
        assert r["split"] == claims.ABC2_SPLIT and r["source"] == "rules", r["id"]
        assert (r["reason"] is None) == (r["label"] == "supported"), r["id"]
        assert r["reason"] is None or r["reason"] in claims.REASONS, r["id"]
    dev = [{**r, "accepted": True, "overlap": 1.0} for r in rows[:50]]
    m = claims.evaluate(dev + [{**r, "accepted": False, "overlap": 0.0} for r in abc2])
    assert m["claims.abc2-blind.n"] == len(abc2) and "claims.abc.n" not in m
    assert m["claims.overlap.threshold"] == claims.evaluate(dev)["claims.overlap.threshold"]
