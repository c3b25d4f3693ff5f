"""The docs cannot drift from the code: generated references are current and complete."""

from __future__ import annotations

import json
import re
from pathlib import Path

from copydesk import docsgen
from copydesk.errors import all_errors
from copydesk.model import EnrichedArticle

ROOT = Path(__file__).resolve().parent.parent


def test_docs_generated_files_are_current() -> None:
    assert docsgen.main(["--check"]) == 0, "run `make docs` and commit the result"


def test_docs_every_error_code_is_documented_with_a_hint_or_meaning() -> None:
    text = (ROOT / "docs" / "errors.md").read_text()
    for cls in all_errors():
        assert f"`{cls.code}`" in text
        assert re.fullmatch(r"[a-z]+\.[a-z_]+", cls.code), cls.code


def test_docs_every_cli_command_has_help() -> None:
    import typer.main

    from copydesk.cli import (
        app,
        commands,  # noqa: F401
    )

    group = typer.main.get_command(app)
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        assert (cmd.help or "").strip(), f"copydesk {name} has no help"
        for p in cmd.params:
            if p.param_type_name == "option" and p.name != "help":
                assert getattr(p, "help", None), f"copydesk {name} {p.opts} has no help"


def test_docs_json_schema_validates_a_real_article(wire_article: EnrichedArticle) -> None:
    schema = json.loads((ROOT / "docs" / "schema" / "enriched-article.schema.json").read_text())
    assert schema["title"] == "EnrichedArticle"
    data = json.loads(wire_article.model_dump_json())
    # Every top-level field of the contract (SPEC.md) is in the schema and in the document.
    for field in ("schema_version", "story", "analysis", "parts", "grounding", "narration", "provenance"):
        assert field in schema["properties"]
        assert field in data


def test_docs_readme_opens_with_the_two_commands() -> None:
    head = (ROOT / "README.md").read_text().split("\n## ")[0]
    assert "make demo" in head and "make test" in head


def test_docs_readme_python_example_runs() -> None:
    readme = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    assert blocks, "README has no Python example"
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})
