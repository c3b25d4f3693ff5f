"""The desk's read side and its new operations, without a browser (issue 16).

Findings located in their statements, word diffs, the queue's order and counts, the
revision history, the live check and a regeneration proposal that saves nothing.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from copydesk.errors import InputError, NotFound
from copydesk.model import Support, Unsupported
from copydesk.settings import load_settings
from copydesk.store import Summary
from copydesk.store.memory import MemoryStore
from copydesk.testing import sample_article
from copydesk.web.desk import Desk
from copydesk.web.diff import parts_diff, word_diff
from copydesk.web.findings import REASONS, locate, segments, statement, statements
from copydesk.web.worklist import history, queue, queue_state, revision_diff


def _desk() -> Desk:
    return Desk(settings=load_settings(env={}), store=MemoryStore())


def _takeaways_with(article: Any, text: str) -> list[dict[str, Any]]:
    out = [t.model_dump(mode="json") for t in article.parts.takeaways]
    out[0]["claim"]["text"] = text
    return out


# ---------------------------------------------------------------- findings


def test_locate_finds_whole_words_only_and_the_quoted_word_of_a_note() -> None:
    assert locate("In 2019 he paid 19 dollars.", "19") == (16, 18)
    assert locate("The 'Acme' deal lost its verb.", "'Acme' lost its verb after 'deal'") == (5, 9)
    assert locate("Putin met Singh.", "Putin (the sentence has Modi)") == (0, 5)
    assert locate("Putin met Singh.", "a quotation left open") is None


def test_findings_give_a_reason_for_every_kind_the_checker_reports() -> None:
    from typing import get_args

    from copydesk.model import Unsupported as U

    kinds = get_args(U.model_fields["kind"].annotation)
    assert set(kinds) <= set(REASONS), set(kinds) - set(REASONS)


def test_statement_marks_unsupported_spans_and_keeps_the_rest_as_text() -> None:
    text = "<b>Putin</b> paid 987 million."
    support = Support(ref="takeaways.0", score=0.1, supported=False, unsupported=(
        Unsupported(kind="name", text="Putin"), Unsupported(kind="number", text="987 million"),
        Unsupported(kind="fragment", text="ends in 'paid'")))
    st = statement("takeaways.0", text, ("s1",), support, threshold=0.5)
    assert [f.kind for f in st.findings] == ["name", "number", "fragment"]
    assert st.findings[2].span is None, "a fragment is about the whole statement"
    assert "".join(s.text for s in st.segments) == text
    assert [s.text for s in st.segments if s.finding is not None] == ["Putin", "987 million"]


def test_what_a_statement_dropped_is_marked_in_the_sentence_it_was_checked_against() -> None:
    support = Support(ref="synopsis.0", score=0.9, supported=False, unsupported=(
        Unsupported(kind="hedge", text="could close"),
        Unsupported(kind="actor", text="Lee (dropped from 'Kim and Lee')")))
    st = statement("synopsis.0", "Kim said the deal will close.", ("s2",), support, threshold=0.5,
                   sources={"s1": "Unrelated.", "s2": "Kim and Lee said the deal could close next week."})
    assert [f.source for f in st.findings] == [("s2", 26, 37), ("s2", 0, 11)]
    assert [sid for sid, _ in st.against] == ["s2"], "only the cited sentences"
    marked = [(seg.text, st.findings[seg.finding].kind) for seg in st.against[0][1] if seg.finding is not None]
    assert marked == [("Kim and Lee", "actor"), ("could close", "hedge")]


def test_statement_flagged_on_score_alone_says_so_with_the_figures() -> None:
    st = statement("synopsis.0", "Words.", ("s1",), Support(ref="synopsis.0", score=0.31, supported=False),
                   threshold=0.5)
    assert [(f.kind, f.text) for f in st.findings] == [("score", "score 0.31 under 0.50")]


def test_segments_skip_an_overlapping_span() -> None:
    st = statement("x", "New York City", (), Support(ref="x", score=0.0, supported=False, unsupported=(
        Unsupported(kind="name", text="New York"), Unsupported(kind="name", text="York City"))), threshold=0.5)
    assert [s.text for s in segments(st.text, st.findings)] == ["New York", " City"]


def test_statements_cover_every_claim_of_the_article() -> None:
    article = sample_article()
    found = statements(article)
    assert list(found) == [ref for ref, _ in article.parts.claims()]


# ---------------------------------------------------------------- diffs


def test_word_diff_marks_words_not_letters() -> None:
    ops = word_diff("The bank held rates at 5%.", "The central bank held rates at 4%.")
    assert [(o.kind, o.text) for o in ops if o.kind != "same"] == [("ins", " central"), ("del", "5"), ("ins", "4")]
    assert "".join(o.text for o in ops if o.kind != "ins") == "The bank held rates at 5%."


def test_parts_diff_of_one_part_lists_its_fields_and_what_changed() -> None:
    article = sample_article()
    parts = article.parts.model_copy(update={"takeaways": article.parts.takeaways[:-1]})
    rows = parts_diff(article.parts, parts, "takeaways")
    assert all(r.ref.startswith("takeaways.") for r in rows)
    gone = [r for r in rows if r.changed]
    assert gone and all(r.new == "" for r in gone), "a removed takeaway diffs against nothing"


# ---------------------------------------------------------------- the desk


def test_check_statement_checks_new_wording_and_saves_nothing() -> None:
    desk = _desk()
    article = sample_article()
    desk.store.save(article, author="wire")
    claim, support, sentences = desk.check_statement(article.id, 1, "takeaways.0", "Putin paid 987 million roubles.")
    assert set(claim.cites) <= set(sentences)
    assert claim.cites == article.parts.takeaways[0].claim.cites
    assert support.ref == "takeaways.0" and not support.supported
    assert {u.text for u in support.unsupported} >= {"987 million"}
    assert len(desk.store.revisions(article.id)) == 1


def test_check_statement_refuses_unknown_statements_and_overlong_text() -> None:
    desk = _desk()
    article = sample_article()
    desk.store.save(article)
    with pytest.raises(NotFound, match="no statement 'takeaways.99'"):
        desk.check_statement(article.id, 1, "takeaways.99", "x")
    with pytest.raises(InputError, match="too long to check"):
        desk.check_statement(article.id, 1, "takeaways.0", "x" * 6000)


def test_regeneration_is_proposed_without_saving_then_accepted_as_a_revision() -> None:
    article = sample_article()
    desk = Desk(settings=load_settings(env={}), store=MemoryStore(),
                regenerate=lambda a, part, s: a.model_copy(update={"parts": a.parts.model_copy(
                    update={"synopsis": a.parts.synopsis[:1]})}))
    desk.store.save(article)
    proposal = desk.propose_regeneration(article.id, "synopsis")
    assert len(desk.store.revisions(article.id)) == 1, "a proposal saves nothing"
    assert len(proposal.values["synopsis"]) == 1 and proposal.engine
    result = desk.accept_regeneration(article.id, "synopsis", proposal.values, parent=1,
                                      engine=proposal.engine, author="ana")
    assert result.revision == 2 and len(result.article.parts.synopsis) == 1
    assert dict(result.article.provenance.engine)["synopsis"] == proposal.engine
    with pytest.raises(InputError, match="changes only"):
        desk.accept_regeneration(article.id, "synopsis", {"faq": []}, parent=2, engine="rules", author="ana")
    with pytest.raises(InputError, match="not an engine name"):
        desk.accept_regeneration(article.id, "synopsis", proposal.values, parent=2, engine="<x>", author="ana")


# ---------------------------------------------------------------- queue and history


def _row(id: str, status: str, latest: int, approved: int | None, minutes: int) -> Summary:
    return Summary(id=id, title=None, headline=id, published=None, status=status, latest=latest,
                   approved=approved, updated=datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=minutes))


def test_queue_puts_flagged_first_then_the_longest_waiting_then_the_newest_published() -> None:
    store = MemoryStore()
    for name, minutes in (("pub-old", 0), ("wait-old", 10), ("flag", 40), ("wait-new", 50), ("pub-new", 60)):
        article = sample_article()
        article = article.model_copy(update={"story": article.story.model_copy(update={"id": f"st_{name}"})})
        if name == "flag":
            grounding = article.grounding.model_copy(update={"status": "flagged"})
            article = article.model_copy(update={"grounding": grounding})
        store.save(article)
        if name.startswith("pub"):
            store.approve(article.id, 1)
        # When each story was last saved, spread out (the test double's own record).
        store._articles[article.id].updated = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=minutes)
    work = queue(store)
    assert [r.id for r, _ in work.rows] == ["st_flag", "st_wait-old", "st_wait-new", "st_pub-new", "st_pub-old"]
    assert work.counts == {"flagged": 1, "awaiting": 2, "published": 2, "all": 5}
    assert [r.id for r, _ in queue(store, show="awaiting").rows] == ["st_wait-old", "st_wait-new"]
    first = queue(store, limit=2)
    assert first.more and [r.id for r, _ in first.rows] == ["st_flag", "st_wait-old"]
    last = queue(store, limit=2, offset=4)
    assert not last.more and [r.id for r, _ in last.rows] == ["st_pub-old"]
    assert queue_state(_row("x", "supported", 2, 1, 0)) == "awaiting", "a newer revision than the published one waits"
    with pytest.raises(InputError, match="not a queue state"):
        queue(store, show="<script>")


def test_history_gives_status_and_changed_parts_and_diff_names_missing_revisions() -> None:
    desk = _desk()
    article = sample_article()
    desk.store.save(article, author="wire")
    desk.edit_part(article.id, "takeaways", _takeaways_with(article, "Putin paid 987 million roubles."),
                   parent=1, author="ana")
    rows = history(desk.store, article.id)
    assert [(h.revision.number, h.revision.author, h.status, h.changed) for h in rows] == [
        (1, "wire", article.grounding.status, ()), (2, "ana", "flagged", ("takeaways",))]
    changed = [f for f in revision_diff(desk.store, article.id, 1, 2) if f.changed]
    assert [f.ref for f in changed] == ["takeaways.0"]
    assert any(o.kind == "ins" and "987" in o.text for o in changed[0].ops)
    with pytest.raises(NotFound):
        revision_diff(desk.store, article.id, 1, 9)


def test_desk_templates_escape_hostile_statement_text() -> None:
    from copydesk.web.editor import templates

    article = sample_article(hostile=True)
    html = templates().get_template("diff.html.j2").render(
        article_id=article.id, a=1, b=2, part=None, headline=article.parts.headline.text, part_labels={},
        fields=parts_diff(sample_article().parts, article.parts), same=0,
        changed=[f for f in parts_diff(sample_article().parts, article.parts) if f.changed],
        head=None, csrf="t", user="ana")
    assert not re.search(r"<script(?![^>]*src=\"/editor/static/desk\.js\")", html), "no script but desk.js"
    assert "&lt;script" in html
