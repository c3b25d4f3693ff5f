"""Batch runs: input streaming, the journal and resume, one result per story, pages, the CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from copydesk.batch import BatchSummary, pages_dir_for, run_batch
from copydesk.batch.inputs import count_items, iter_items
from copydesk.batch.journal import Journal, finished_keys
from copydesk.batch.work import WorkOptions, page_folder, process_chunk
from copydesk.errors import SourceNotFound, UnknownBackend
from copydesk.model import EnrichedArticle
from copydesk.settings import Settings

TODAY = date(2025, 11, 3)

STORIES = [
    {"id": "a1", "text": "LONDON, March 3 (Reuters) - The Bank of England held interest rates at 5.25% on "
     "Thursday, saying inflation was still too high. Governor Andrew Bailey said the committee would "
     "meet again in May. Markets had expected the decision."},
    {"id": "a2", "text": "The city council of Leeds approved a new budget on Monday. The plan adds 40 bus "
     "routes and cuts parking fees. Council leader James Lewis said the changes would start in "
     "January. Opposition members voted against it."},
    {"id": "a3", "published": "2025-10-29", "text": "Firefighters in Oregon contained a wildfire that "
     "burned 12,000 acres near Bend, officials said on Wednesday. No homes were lost. About 300 "
     "people were evacuated last week and have now returned."},
    {"id": "a4", "text": "Apple said on Tuesday it would open a research centre in Munich. The company "
     "will hire 500 engineers there over three years. German officials welcomed the plan."},
]


def _write_jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _strip_timings(article: dict[str, Any]) -> dict[str, Any]:
    article = dict(article)
    article["provenance"] = {k: v for k, v in article["provenance"].items() if k != "timings_ms"}
    return article


# --------------------------------------------------------------------------- input


def test_iter_items_keys_duplicates_and_bad_lines(tmp_path: Path) -> None:
    src = _write_jsonl(tmp_path / "in.jsonl", [STORIES[0], STORIES[0], "not json", "[1, 2]", "", {"text": "x y z."}])
    items = list(iter_items(src, Settings()))
    keys = [k for k, _ in items]
    assert keys == ["a1", "a1#2", "line-3", "line-4", "line-6"]
    assert isinstance(items[0][1], dict)
    assert getattr(items[2][1], "code", None) == "input.bad_record"
    assert getattr(items[3][1], "code", None) == "input.bad_record"
    assert count_items(src) == 6  # the blank line is counted: an estimate for the bar


def test_iter_items_refuses_an_overlong_line_and_goes_on(tmp_path: Path) -> None:
    settings = Settings(max_input_bytes=1000, fetch_max_bytes=1000)
    huge = json.dumps({"id": "big", "text": "word " * 20_000})  # over 4 × 1000 + 64 KiB
    src = _write_jsonl(tmp_path / "in.jsonl", [huge, STORIES[1]])
    items = list(iter_items(src, settings))
    assert [k for k, _ in items] == ["big", "a2"]
    err = items[0][1]
    assert getattr(err, "code", None) == "input.too_large"
    assert "line limit" in str(err)


def test_iter_items_missing_source(tmp_path: Path) -> None:
    with pytest.raises(SourceNotFound):
        list(iter_items(tmp_path / "nope.jsonl", Settings()))


def test_iter_items_folder_and_feed(tmp_path: Path) -> None:
    folder = tmp_path / "stories"
    folder.mkdir()
    (folder / "one.txt").write_text(STORIES[0]["text"], encoding="utf-8")
    (folder / "two.md").write_text("# Budget\n\n" + STORIES[1]["text"], encoding="utf-8")
    assert sorted(k for k, _ in iter_items(folder, Settings())) == ["one.txt", "two.md"]
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        f'<item><guid>g-1</guid><title>Fire</title><description>{STORIES[2]["text"]}</description></item>'
        "<item><guid>g-2</guid><title>Empty</title></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    items = list(iter_items(feed, Settings()))
    assert [k for k, _ in items] == ["g-1", "g-2"]
    assert getattr(items[1][1], "code", None) == "input.bad_record"
    assert count_items(feed) == 2


# --------------------------------------------------------------------------- journal


def test_finished_keys_cuts_a_partial_last_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"key": "a", "status": "ok"}\n{"key": "b", "status": "error"}\n{"key": "c", "sta')
    assert finished_keys(out) == {"a": "ok", "b": "error"}
    assert out.read_bytes().endswith(b'"error"}\n')
    with Journal(out, append=True) as journal:
        journal.write(['{"key": "c", "status": "ok"}'])
    assert finished_keys(out) == {"a": "ok", "b": "error", "c": "ok"}


def test_finished_keys_skips_a_broken_middle_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"key": "a", "status": "ok"}\n{broken\n{"key": "b", "status": "ok"}\n')
    assert finished_keys(out) == {"a": "ok", "b": "ok"}
    assert out.read_bytes().count(b"\n") == 3


def test_journal_without_append_starts_afresh(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"key": "old", "status": "ok"}\n', encoding="utf-8")
    with Journal(out, append=False) as journal:
        journal.write(['{"key": "new", "status": "ok"}'])
    assert finished_keys(out) == {"new": "ok"}


# --------------------------------------------------------------------------- worker


def test_process_chunk_equals_enrich_story() -> None:
    """The batch path (spaCy batched) gives the very article that enrich_story gives."""
    import copydesk
    from copydesk.ingest import story_from_record

    chunk = [(r["id"], r) for r in STORIES]
    results = process_chunk(chunk, WorkOptions(today=TODAY))
    assert [s for s, _ in results] == ["ok"] * 4
    for (_, line), record in zip(results, STORIES, strict=True):
        got = json.loads(line)
        assert got["key"] == record["id"] and got["error"] is None and got["ms"] > 0
        expected = copydesk.enrich_story(story_from_record(record), today=TODAY)
        assert got["id"] == expected.story.id
        assert _strip_timings(got["article"]) == _strip_timings(expected.model_dump(mode="json"))


def test_process_chunk_error_lines_do_not_stop_the_chunk() -> None:
    from copydesk.errors import EmptyInput

    chunk: list[tuple[str, Any]] = [
        ("bad", EmptyInput("the story is empty")),
        ("norecord", {"title": "no text"}),
        ("ok", STORIES[3]),
    ]
    results = process_chunk(chunk, WorkOptions(today=TODAY))
    lines = [json.loads(line) for _, line in results]
    assert [x["status"] for x in lines] == ["error", "error", "ok"]
    assert lines[0]["error"]["code"] == "input.empty" and lines[0]["article"] is None
    assert lines[1]["error"]["code"] == "input.bad_record" and lines[1]["error"]["message"]


def test_page_folder_is_safe_and_distinct(tmp_path: Path) -> None:
    assert page_folder(tmp_path, "a1") == tmp_path / "a1"
    weird = page_folder(tmp_path, "../../etc/passwd")
    assert weird.parent == tmp_path and ".." not in weird.name
    assert page_folder(tmp_path, "a/b") != page_folder(tmp_path, "a_b")


# --------------------------------------------------------------------------- run_batch


def test_run_batch_one_line_per_story_with_a_5mb_story(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A 5 MB story is refused by the input guard with a clear message; the run goes on."""
    huge = {"id": "huge", "text": "The council met again. " * 230_000}  # ~5.3 MB
    src = _write_jsonl(tmp_path / "in.jsonl", [STORIES[0], huge, "{oops", STORIES[2]])
    out = tmp_path / "out.jsonl"
    summary = run_batch(src, out, workers=1, today=TODAY)
    assert summary == BatchSummary(total=4, ok=2, errors=2, skipped=0, seconds=summary.seconds)
    lines = {x["key"]: x for x in _lines(out)}
    assert set(lines) == {"a1", "huge", "line-3", "a3"}
    assert lines["huge"]["error"]["code"] == "input.too_large"
    assert "limit" in lines["huge"]["error"]["message"]
    assert lines["line-3"]["error"]["code"] == "input.bad_record"
    EnrichedArticle.model_validate(lines["a3"]["article"])
    assert "batch: 4 stories: 2 ok, 2 errors" in capsys.readouterr().err


def test_run_batch_resume_skips_finished_and_appends_the_rest(tmp_path: Path) -> None:
    src = _write_jsonl(tmp_path / "in.jsonl", STORIES)
    out = tmp_path / "out.jsonl"
    first = run_batch(_write_jsonl(tmp_path / "part.jsonl", STORIES[:2]), out, workers=1, today=TODAY, progress=False)
    assert first.ok == 2
    with out.open("ab") as handle:
        handle.write(b'{"key": "a3", "id": null, "sta')  # a kill in the middle of a write
    summary = run_batch(src, out, workers=1, resume=True, today=TODAY, progress=False)
    assert (summary.total, summary.skipped, summary.ok) == (4, 2, 2)
    keys = [x["key"] for x in _lines(out)]
    assert sorted(keys) == ["a1", "a2", "a3", "a4"] and len(keys) == 4
    again = run_batch(src, out, workers=1, resume=True, today=TODAY, progress=False)
    assert (again.skipped, again.ok, again.errors) == (4, 0, 0)


def test_run_batch_pages(tmp_path: Path) -> None:
    src = _write_jsonl(tmp_path / "in.jsonl", STORIES[:1])
    out = tmp_path / "res.jsonl"
    run_batch(src, out, workers=1, pages=True, audio=False, today=TODAY, progress=False)
    page = pages_dir_for(out) / "a1" / "index.html"
    assert page.parent.parent == tmp_path / "res_dir"
    html = page.read_text(encoding="utf-8")
    assert "<html" in html and "Bank of England" in html
    assert not list(page.parent.glob("*.mp3"))


def test_run_batch_local_pool_two_workers(tmp_path: Path) -> None:
    src = _write_jsonl(tmp_path / "in.jsonl", STORIES)
    out = tmp_path / "out.jsonl"
    summary = run_batch(src, out, workers=2, today=TODAY, progress=False, chunk_size=1)
    assert (summary.ok, summary.errors) == (4, 0)
    assert sorted(x["key"] for x in _lines(out)) == ["a1", "a2", "a3", "a4"]


def test_run_batch_rejects_unknown_engine(tmp_path: Path) -> None:
    with pytest.raises(UnknownBackend, match="dask"):
        run_batch(tmp_path / "x.jsonl", tmp_path / "o.jsonl", engine="dusk")


def test_cli_batch(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from copydesk.cli import (
        app,
        commands,  # noqa: F401
    )

    src = _write_jsonl(tmp_path / "in.jsonl", STORIES[:2] + ["nope"])
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["batch", str(src), str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "2 ok, 1 errors" in result.output
    assert len(_lines(out)) == 3
    missing = CliRunner().invoke(app, ["batch", str(tmp_path / "none.jsonl"), str(out)])
    assert missing.exit_code == 1 and "input.not_found" in missing.output


def test_chunks_keep_big_stories_apart() -> None:
    from copydesk.batch.run import CHUNK_CHARS, _chunks

    big = {"text": "x" * (CHUNK_CHARS - 10)}
    small = {"text": "y" * 100}
    items = iter([("s1", small), ("b1", big), ("s2", small), ("s3", small), ("done", small)])
    counts = {"total": 0, "skipped": 0}
    chunks = list(_chunks(items, {"done": "ok"}, 16, counts))
    assert [[k for k, _ in c] for c in chunks] == [["s1"], ["b1"], ["s2", "s3"]]
    assert counts == {"total": 5, "skipped": 1}


class _KillsItsWorker:
    """Unpickling this in a worker ends the process at once, as the OOM killer would."""

    def __reduce__(self) -> tuple[Any, tuple[int]]:
        import os

        return os._exit, (9,)


def test_run_local_survives_a_dying_worker() -> None:
    """A story whose worker dies gets an error line; the others, even in its chunk, finish."""
    from copydesk.batch.engines import run_local

    chunks = iter([
        [("a1", STORIES[0]), ("boom", _KillsItsWorker()), ("a2", STORIES[1])],
        [("a3", STORIES[2])],
        [("a4", STORIES[3])],
    ])
    results = {}
    for _, done in run_local(chunks, WorkOptions(today=TODAY), workers=2):
        for status, line in done:
            results[json.loads(line)["key"]] = (status, json.loads(line))
    assert sorted(results) == ["a1", "a2", "a3", "a4", "boom"]
    assert results["boom"][0] == "error" and "worker died" in results["boom"][1]["error"]["message"]
    assert all(results[k][0] == "ok" for k in ("a1", "a2", "a3", "a4"))
