"""The backend registries: names, errors that explain themselves, entry points, and
every registered backend of every kind passing its contract check."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib.metadata import EntryPoint
from pathlib import Path
from typing import Any

import httpx
import pytest

from copydesk.audio import Voice, voice_from_settings
from copydesk.errors import ConfigError, UnknownBackend
from copydesk.generate import Engine
from copydesk.model import Parts
from copydesk.nlp.analyse import ParsedStory, parse
from copydesk.pipeline import engine_by_name
from copydesk.registry import KINDS, Registry, engines, renderers, stores, voices
from copydesk.render.formats import markdown_format, renderer_by_name
from copydesk.settings import Settings, load_settings
from copydesk.store import open_store
from copydesk.testing import (
    FakeEngine,
    RecordingVoice,
    check_engine,
    check_renderer,
    check_store,
    check_voice,
    sample_article,
)
from copydesk.testing.engine import CONTRACT_STORY

# --------------------------------------------------------------------------- names and errors


def test_registry_names_the_builtins_of_every_kind() -> None:
    # At least these: a backend added to a registry needs no edit here.
    assert {"html", "json", "jsonld", "md"} <= set(renderers.builtin_names())
    assert {"espeak-ng"} <= set(voices.builtin_names())
    assert {"memory", "postgresql", "sqlite"} <= set(stores.builtin_names())
    assert {"llm", "rules"} <= set(engines.builtin_names())
    assert all(set(r.builtin_names()) <= set(r.names()) for r in KINDS.values())
    assert set(KINDS) == {"renderers", "voices", "stores", "engines"}
    assert {r.group for r in KINDS.values()} == {f"copydesk.{k}" for k in KINDS}


def test_registry_unknown_name_suggests_the_closest_and_lists_all() -> None:
    with pytest.raises(UnknownBackend) as err:
        renderers.get("mdx")
    assert err.value.code == "config.unknown_backend"
    known = ", ".join(renderers.names())
    assert err.value.hint == f"did you mean 'md'? known output formats: {known}"
    assert err.value.details["known"] == list(renderers.names())
    with pytest.raises(UnknownBackend, match="known engines: .*llm, .*rules"):
        engine_by_name("zzz", load_settings(env={}))


def test_registry_alias_resolves_but_is_not_listed() -> None:
    assert stores.get("postgres") == stores.get("postgresql")
    assert "postgres" not in stores.names()


def test_registry_register_by_call_and_by_decorator() -> None:
    reg = Registry("widget", "copydesk.test_widgets", {})
    reg.register("a", lambda settings: "A")

    @reg.register("b")
    def b(settings: Settings) -> str:
        return "B"

    assert reg.names() == ("a", "b") and reg.get("b") is b
    reg.unregister("b")
    assert reg.names() == ("a",)


def test_registry_registered_voice_is_picked_by_settings() -> None:
    voices.register("recording", lambda settings: RecordingVoice(name="fake/registered"))
    try:
        assert voice_from_settings(load_settings(env={}, voice="recording")).name == "fake/registered"
    finally:
        voices.unregister("recording")
    with pytest.raises(UnknownBackend):
        voice_from_settings(load_settings(env={}, voice="recording"))


def test_registry_factory_that_returns_no_backend_is_a_config_error() -> None:
    engines.register("broken", lambda settings: object())
    try:
        with pytest.raises(ConfigError, match="not an Engine"):
            engine_by_name("broken", load_settings(env={}))
    finally:
        engines.unregister("broken")


def test_registry_unloadable_module_names_what_to_install() -> None:
    reg = Registry("engine", "copydesk.test_engines", {"gone": "copydesk_not_installed:Engine"})
    with pytest.raises(ConfigError) as err:
        reg.get("gone")
    assert err.value.code == "config.invalid"
    assert err.value.hint == "install the package that provides copydesk_not_installed"


def test_registry_entry_points_add_backends_but_never_take_a_builtin_name(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
) -> None:
    group = "copydesk.test_formats"
    found = [EntryPoint("txt", "copydesk.render.formats:markdown_format", group),
             EntryPoint("md", "copydesk.render.formats:page_format", group)]
    monkeypatch.setattr("copydesk.registry.entry_points",
                        lambda group: [ep for ep in found if ep.group == group])
    reg = Registry("output format", group, {"md": "copydesk.render.formats:markdown_format"})
    assert reg.names() == ("md", "txt")
    assert reg.get("txt") is markdown_format
    assert reg.get("md") is markdown_format, "an entry point cannot replace a built-in"
    assert "ignoring the copydesk.test_formats entry point 'md'" in caplog.text


# --------------------------------------------------------------------------- every backend passes its contract
# Output formats and voices are built from the settings alone, so every name registered
# (built-in or from an installed plugin) is checked as it is. A store needs a URL and an
# engine may need an endpoint: each of those has a case below, and a store or engine
# registered without one fails test_registry_every_store_and_engine_has_a_contract_case.


@pytest.mark.parametrize("name", renderers.names())
def test_registry_output_format_passes_its_contract(name: str) -> None:
    assert check_renderer(renderer_by_name(name)), name


@pytest.mark.parametrize("name", voices.names())
def test_registry_voice_passes_its_contract(name: str, tmp_path: Path) -> None:
    check_voice(voice_from_settings(load_settings(env={}, voice=name)), tmp_path)


@pytest.fixture(scope="module")
def contract_story() -> ParsedStory:
    return parse(sample_article(CONTRACT_STORY).story)


def _check_rules(parsed: ParsedStory) -> None:
    check_engine(engine_by_name("rules", load_settings(env={})), parsed)


def _llm_answer(parts: Parts) -> dict[str, Any]:
    """A model's answer that says exactly what ``parts`` say."""
    def claim(c: Any) -> dict[str, Any]:
        return {"text": c.text, "cites": list(c.cites)}

    return {
        "question_headline": claim(parts.question_headline), "headline": claim(parts.headline),
        "seo_title": parts.seo_title, "synopsis": [claim(c) for c in parts.synopsis],
        "takeaways": [{"label": t.label, **claim(t.claim)} for t in parts.takeaways],
        "viewpoint": [claim(c) for c in parts.viewpoint],
        "faq": [{"question": f.question.text, "answer": f.answer.text, "cites": list(f.answer.cites)}
                for f in parts.faq],
        "tags": list(parts.tags),
    }


def _check_llm(parsed: ParsedStory) -> None:
    # The registered factory, with the client injected: an endpoint that answers faithfully.
    answer = json.dumps(_llm_answer(FakeEngine().generate(parsed, load_settings(env={}))))
    reply = {"choices": [{"index": 0, "finish_reason": "stop",
                          "message": {"role": "assistant", "content": answer}}]}
    client = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, json=reply)))
    settings = load_settings(env={}, llm_url="http://127.0.0.1:9/v1")
    engine = engines.get("llm")(settings, client=client)
    assert isinstance(engine, Engine)
    check_engine(engine, parsed, settings)



def _check_store_url(url: str, tmp_path: Path) -> None:
    store = open_store(url, load_settings(env={}, data_dir=tmp_path))
    try:
        check_store(store, editors=2, saves_each=2)
    finally:
        store.close()


CASES: dict[str, dict[str, Callable[[pytest.FixtureRequest, Path], None]]] = {
    "stores": {
        "memory": lambda req, tmp: _check_store_url("memory:", tmp),
        "sqlite": lambda req, tmp: _check_store_url(f"sqlite:///{tmp / 'c.db'}", tmp),
        "postgresql": lambda req, tmp: _check_store_url(req.getfixturevalue("pg_url"), tmp),
    },
    "engines": {
        "rules": lambda req, tmp: _check_rules(req.getfixturevalue("contract_story")),
        "llm": lambda req, tmp: _check_llm(req.getfixturevalue("contract_story")),
    },
}


def test_registry_every_store_and_engine_has_a_contract_case() -> None:
    assert {kind: sorted(cases) for kind, cases in CASES.items()} == \
        {kind: sorted(KINDS[kind].names()) for kind in CASES}


@pytest.mark.parametrize(("kind", "name"), [
    pytest.param(kind, name, marks=[pytest.mark.postgres] if name == "postgresql" else [])
    for kind, cases in CASES.items() for name in cases
])
def test_registry_store_or_engine_passes_its_contract(kind: str, name: str, request: pytest.FixtureRequest,
                                              tmp_path: Path) -> None:
    CASES[kind][name](request, tmp_path)


def test_registry_fake_engine_passes_the_engine_contract(contract_story: ParsedStory) -> None:
    engine = FakeEngine()
    parts = check_engine(engine, contract_story)
    assert engine.calls == 1 and parts.headline.cites == ("s1",)


def test_registry_voice_protocol_is_what_the_registry_checks() -> None:
    assert isinstance(voice_from_settings(load_settings(env={})), Voice)
