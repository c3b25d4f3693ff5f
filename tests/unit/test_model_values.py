"""The document's typed values: claim references, narration segment ids, ISO days, and
changed copies through a validating constructor."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from pydantic import ValidationError

import copydesk
from copydesk.audio import narration_script
from copydesk.model import Claim, ClaimRef, SegmentId, iso_day
from copydesk.render.jsonld import speakable_synopsis_ids
from copydesk.render.page import ref_label, render_page
from copydesk.testing import sample_article

SRC = Path(copydesk.__file__).resolve().parent

# --------------------------------------------------------------------------- ClaimRef


@pytest.mark.parametrize("text", ["headline", "question_headline", "takeaways.0", "takeaways.12",
                                  "faq.1.answer", "faq.0.question", "timeline.3"])
def test_claim_ref_parses_what_it_writes(text: str) -> None:
    assert str(ClaimRef.parse(text)) == text


def test_claim_ref_numbers_from_one_for_readers_only() -> None:
    ref = ClaimRef.parse("takeaways.2")
    assert (ref.part, ref.index, ref.number) == ("takeaways", 2, 3)
    assert ClaimRef.parse("headline").number is None
    assert ref_label("takeaways.2") == "Key takeaway 3" and ref_label("faq.0.answer") == "FAQ 1, answer"


@pytest.mark.parametrize("text", ["", ".", "takeaways.", "takeaways.x", "takeaways.-1", "takeaways.٣",
                                  "faq.1.reply", "faq.1.answer.extra", "s1 s2", "takeaways.1 ", "<b>.1"])
def test_claim_ref_refuses_what_is_no_reference(text: str) -> None:
    with pytest.raises(ValueError):
        ClaimRef.parse(text)


def test_every_support_ref_of_an_article_is_a_claim_ref() -> None:
    article = sample_article()
    refs = [ref for ref, _ in article.parts.claims()]
    assert refs == [str(ClaimRef.parse(r)) for r in refs]
    assert {s.ref for s in article.grounding.supports} <= set(refs)


# --------------------------------------------------------------------------- SegmentId


@pytest.mark.parametrize("text", ["h", "d", "y1", "y3", "s1", "s42"])
def test_segment_id_parses_what_it_writes(text: str) -> None:
    assert str(SegmentId.parse(text)) == text


def test_segment_id_synopsis_is_zero_based_inside_and_one_based_written() -> None:
    assert str(SegmentId.synopsis(0)) == "y1" and SegmentId.parse("y2") == SegmentId("synopsis", 1)


@pytest.mark.parametrize("text", ["", "y", "y0", "s0", "x1", "y-1", "H", "y1 ", "yy1", "s١"])
def test_segment_id_refuses_what_is_no_segment(text: str) -> None:
    with pytest.raises(ValueError):
        SegmentId.parse(text)


def test_the_script_the_page_and_the_jsonld_name_segments_alike() -> None:
    article = sample_article()
    script = narration_script(article.story, article.analysis, article.parts)
    ids = [seg.id for seg in script.segments]
    assert all(str(SegmentId.parse(i)) == i for i in ids)
    page = render_page(article)
    for sid in ids:
        assert f'data-sid="{sid}"' in page, sid  # every spoken segment lights something up
    assert set(speakable_synopsis_ids(article)) <= {i for i in ids if i.startswith("y")}


# --------------------------------------------------------------------------- iso_day


@pytest.mark.parametrize(("value", "day"), [
    ("2025-10-29", (2025, 10, 29)), ("2025-10", None), ("2025", None), ("2025-W44", None),
    ("2025-02-30", None), ("", None), (None, None), ("29-10-2025", None), ("2025-10-29T10:00", None),
    ("20251029", None),
])
def test_iso_day_names_a_day_or_nothing(value: str | None, day: tuple[int, int, int] | None) -> None:
    got = iso_day(value)
    assert (got.year, got.month, got.day) == day if day else got is None


# --------------------------------------------------------------------------- replace


def test_replace_validates_what_changed() -> None:
    claim = Claim(text="Rates held.", cites=("s1",))
    assert claim.replace(cites=["s2"]).cites == ("s2",)  # a list becomes the model's tuple
    with pytest.raises(ValidationError):
        claim.replace(cites=("not-a-sentence",))
    with pytest.raises(ValidationError):
        claim.replace(kind="opinion")
    with pytest.raises(ValidationError):
        claim.replace(txet="misspelt")
    assert claim.model_copy(update={"txet": "misspelt"})  # what replace() exists to refuse


def test_no_model_copy_update_outside_the_modules_that_keep_one() -> None:
    # generate/ is the lead's (timeline.py); the store's records are not document types.
    allowed = {"generate/timeline.py", "store/sql.py", "store/memory.py"}
    found = []
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "model_copy" and any(k.arg == "update" for k in node.keywords)):
                found.append(f"{rel}:{node.lineno}")
    assert sorted({f.split(":")[0] for f in found} - allowed) == [], found
