"""Errors are translated once per edge, and one cause has one code at every edge (issue 14).

The edges: the library (the exception's ``code``), the CLI (``error[CODE]`` on stderr,
exit 1, translated only by the command group), the web app (``application/problem+json``,
translated only by :mod:`copydesk.web.problems`) and a batch run (the ``"error"`` of a
story's result line). The fakes of :mod:`copydesk.testing` keep spaCy out of it.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import copydesk
from copydesk.cli import app as cli_app
from copydesk.cli import commands  # noqa: F401  (registers the commands)
from copydesk.errors import CopydeskError, InternalError, UnknownPart
from copydesk.model import EnrichedArticle, Story
from copydesk.settings import Settings, load_settings
from copydesk.store import Store, open_store
from copydesk.testing import sample_article
from copydesk.web import create_app

SRC = Path(copydesk.__file__).resolve().parent
STORY = "Officials from Aldovia met in Geneva on Monday. They agreed to cut tariffs on 40 goods. Trade grew."


def _crashing_enrich(story: Story, settings: Settings) -> EnrichedArticle:
    """An enricher with a bug in it."""
    raise ZeroDivisionError("division by zero in a fake")


@pytest.fixture()
def web(editor_client: tuple[TestClient, Store, str]) -> tuple[TestClient, str, str]:
    """A client with an API token and an editor session, one stored story's id, the CSRF token."""
    client, store, csrf = editor_client
    client.headers["Authorization"] = f"Bearer {store.create_token('tests')}"
    made = client.post("/v1/articles", json={"text": STORY})
    assert made.status_code == 201, made.text
    return client, made.json()["id"], csrf


def _code(r: Any, status: int) -> str:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    return str(r.json()["code"])


# --------------------------------------------------------------------------- one cause, one code


def test_unknown_part_is_input_unknown_part_in_the_library() -> None:
    with pytest.raises(UnknownPart) as err:
        copydesk.regenerate(sample_article("Officials met on Monday. They agreed."), "fqa")  # type: ignore[arg-type]
    assert err.value.code == "input.unknown_part" and err.value.hint == "did you mean 'faq'?"


def test_unknown_part_is_input_unknown_part_in_the_api_and_the_editor(web: tuple[TestClient, str, str]) -> None:
    client, id, csrf = web
    form = {"csrf": csrf, "parent": "1"}
    answers = {
        "api edit": client.patch(f"/v1/articles/{id}/parts/byline", json={"value": "x", "parent": 1}),
        "api regenerate": client.post(f"/v1/articles/{id}/parts/byline/regenerate"),
        "editor diff": client.get(f"/editor/articles/{id}/diff?a=1&b=1&part=byline"),
        "editor save": client.post(f"/editor/articles/{id}/parts/byline", data=form),
        "editor regenerate": client.post(f"/editor/articles/{id}/parts/byline/regenerate", data=form),
        "editor preview": client.post(f"/editor/articles/{id}/parts/byline/regenerate/preview", data=form),
        "editor accept": client.post(f"/editor/articles/{id}/parts/byline/accept", data={**form, "values": "{}"}),
    }
    assert {where: _code(r, 422) for where, r in answers.items()} == dict.fromkeys(answers, "input.unknown_part")


def test_unknown_part_keeps_the_api_schema_enum(web: tuple[TestClient, str, str]) -> None:
    client, _, _ = web
    spec = client.get("/openapi.json").json()
    params = spec["paths"]["/v1/articles/{id}/parts/{part}/regenerate"]["post"]["parameters"]
    part = next(p for p in params if p["name"] == "part")
    assert part["schema"]["enum"] == list(copydesk.model.PART_KINDS)
    assert "/v1/articles/{id}/parts/{part}" not in spec["paths"], "the unknown-part route stays out of the schema"


def test_missing_source_is_input_not_found_in_every_cli_command(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = str(tmp_path / "no-such-story.txt")
    for args in (["analyze", missing], ["enrich", missing], ["page", missing],
                 ["audio", missing, "-o", str(tmp_path / "out")]):
        res = runner.invoke(cli_app, args)
        assert res.exit_code == 1, (args, res.output)
        assert res.stderr.startswith("error[input.not_found]: no such file"), (args, res.stderr)
        assert "hint:" in res.stderr


def test_cli_translates_errors_of_nested_commands(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli_app, ["token", "revoke", "nobody", "--database", f"sqlite:///{tmp_path / 'd.db'}"])
    assert res.exit_code == 1 and res.stderr.startswith("error[config.invalid]: no API token is named 'nobody'")


def test_http_failures_have_their_own_codes(web: tuple[TestClient, str, str]) -> None:
    client, _, _ = web
    assert _code(client.get("/no/such/route"), 404) == "http.not_found"
    r = client.delete("/v1/articles")
    assert _code(r, 405) == "http.method_not_allowed" and "POST" in r.headers["allow"]


def test_unexpected_exception_is_internal_unexpected_in_the_web_app(tmp_path: Path) -> None:
    settings = load_settings(env={}, data_dir=tmp_path, enrich_workers=0)
    store = open_store(f"sqlite:///{tmp_path / 'desk.db'}", settings)
    app = create_app(settings, store, enrich=_crashing_enrich)
    with TestClient(app, raise_server_exceptions=False) as client:
        r = client.post("/v1/articles", json={"text": STORY},
                        headers={"Authorization": f"Bearer {store.create_token('t')}"})
    store.close()
    assert _code(r, 500) == "internal.unexpected"
    assert r.json()["detail"] == "unexpected ZeroDivisionError: division by zero in a fake"


def test_unexpected_exception_in_an_enrichment_worker_is_internal_unexpected() -> None:
    import math

    from copydesk.web.pool import EnrichPool

    pool = EnrichPool(size=1, timeout_s=30, max_growth_bytes=1 << 30)
    try:
        with pytest.raises(InternalError) as err:
            pool.run(math.sqrt, -1.0)  # a ValueError in the worker process
    finally:
        pool.close()
    assert err.value.code == "internal.unexpected" and err.value.status == 500
    assert err.value.message == "unexpected ValueError: math domain error"


def test_unexpected_exception_keeps_type_and_message_in_the_batch_error_line() -> None:
    from copydesk.batch.work import _unexpected, result_line

    status, line = result_line("k1", story_id=None, article=None, error=_unexpected(KeyError("title")), ms=1.0)
    error = json.loads(line)["error"]
    assert status == "error"
    assert error["code"] == "internal.unexpected" and error["message"] == "unexpected KeyError: 'title'"
    assert InternalError.wrap(KeyError("title")).details == {"type": "KeyError"}


# --------------------------------------------------------------------------- one translation per edge


def _handlers(tree: ast.AST, name: str) -> list[int]:
    """Lines of ``except`` clauses that catch ``name`` (alone or in a tuple)."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler) and node.type is not None:
            caught = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
            if any(isinstance(c, ast.Name) and c.id == name for c in caught):
                lines.append(node.lineno)
    return lines


def test_cli_commands_leave_error_translation_to_the_command_group() -> None:
    catching = {path.name: _handlers(ast.parse(path.read_text()), "CopydeskError")
                for path in sorted((SRC / "cli").glob("*.py")) if path.name != "group.py"}
    assert {name: lines for name, lines in catching.items() if lines} == {}


def test_web_problem_bodies_are_built_in_one_module() -> None:
    # web/timeline.py still answers its own problems (owned by the timeline work; issue 14 follow-up).
    known = {"problems.py", "timeline.py"}
    builders = {path.name for path in (SRC / "web").glob("*.py")
                if "to_problem(" in path.read_text() or "exception_handler(" in path.read_text()}
    assert builders <= known, builders - known


def test_every_error_code_is_unique() -> None:
    codes = [cls.code for cls in copydesk.errors.all_errors()]
    assert len(codes) == len(set(codes))
    assert all(issubclass(cls, CopydeskError) for cls in copydesk.errors.all_errors())
