"""The CLI: data on stdout, coded errors on stderr, documented exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from copydesk.cli import (
    app,
    commands,  # noqa: F401
)

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "wire_story.txt"


def test_cli_analyze_prints_story_and_analysis() -> None:
    res = runner.invoke(app, ["analyze", str(EXAMPLE), "--published", "2025-10-29"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    dl = data["analysis"]["dateline"]
    assert dl["places"] == ["New Delhi", "Moscow"] and dl["agency"] == "NationPress" and dl["date"] == "2025-10-29"
    dates = {d["text"]: d["value"] for d in data["analysis"]["dates"]}
    assert dates["this Wednesday"] == "2025-10-29"
    assert dates["December"] == "2025-12"  # the coming December: the sentence speaks of the future


def test_cli_enrich_writes_json_markdown_and_page(tmp_path: Path) -> None:
    res = runner.invoke(app, ["enrich", str(EXAMPLE), "-o", str(tmp_path), "--no-audio", "--published", "2025-10-29"])
    assert res.exit_code == 0, res.output
    article = json.loads((tmp_path / "article.json").read_text())
    assert article["schema_version"] == "1"
    assert article["parts"]["question_headline"]["text"].endswith("?")
    assert (tmp_path / "article.md").read_text().strip()
    assert "<html" in (tmp_path / "index.html").read_text()


def test_cli_enrich_markdown_on_stdout() -> None:
    res = runner.invoke(app, ["enrich", str(EXAMPLE), "--format", "md"])
    assert res.exit_code == 0
    assert "?" in res.stdout.splitlines()[0] or "#" in res.stdout


def test_cli_error_is_coded_without_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    proc = subprocess.run(
        [sys.executable, "-m", "copydesk", "analyze", str(empty)], capture_output=True, text=True
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith("error[input.empty]:")
    assert "hint:" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_cli_usage_error_exits_2() -> None:
    res = runner.invoke(app, ["analyze", str(EXAMPLE), "--published", "yesterday"])
    assert res.exit_code == 2


def test_cli_stdin_dash() -> None:
    res = runner.invoke(app, ["analyze", "-"], input="LONDON, March 3 (Reuters) - The Bank of England held rates.")
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["analysis"]["dateline"]["agency"] == "Reuters"


def test_cli_page_renders_a_saved_article_and_its_jsonld(tmp_path: Path) -> None:
    res = runner.invoke(app, ["enrich", str(EXAMPLE), "-o", str(tmp_path), "--no-audio"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["page", str(tmp_path / "article.json"), "--format", "jsonld"])
    assert res.exit_code == 0, res.output
    graph = json.loads(res.stdout)
    assert "NewsArticle" in json.dumps(graph)
    out = tmp_path / "page.html"
    res = runner.invoke(app, ["page", str(tmp_path / "article.json"), "-o", str(out)])
    assert res.exit_code == 0 and "<html" in out.read_text()


def test_cli_page_rejects_a_json_that_is_not_an_article(tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text('{"hello": 1}')
    res = runner.invoke(app, ["page", str(bad)])
    assert res.exit_code == 1
    assert "error[input.invalid]" in res.output
