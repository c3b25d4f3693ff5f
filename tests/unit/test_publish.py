"""Publishing in the library: :func:`copydesk.publishing.publish` (a story or an article to its
bundle) and :func:`copydesk.pipeline.replace_part` (a part replaced and grounded again), and
every surface going through them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from copydesk import pipeline
from copydesk.cli import (
    app,
    commands,  # noqa: F401  (registers the commands)
)
from copydesk.errors import InputError, UnknownBackend, UnknownPart
from copydesk.model import PART_KINDS, EnrichedArticle
from copydesk.pipeline import ground_parts, paraphrased, replace_part
from copydesk.publishing import publish
from copydesk.registry import renderers, voices
from copydesk.render.formats import Format
from copydesk.settings import Settings, load_settings
from copydesk.testing import MemoryStore, RecordingVoice, fake_regenerate, sample_article
from copydesk.web.desk import Desk, library_narrate

SETTINGS = load_settings(env={})


def _by(article: EnrichedArticle, engine: str) -> EnrichedArticle:
    """``article`` as if ``engine`` had written every part."""
    return article.replace(provenance=article.provenance.replace(engine=tuple((p, engine) for p in PART_KINDS)))
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "wire_story.txt"


def _text_format(settings: Settings) -> Format:
    return Format("txt", "text/plain; charset=utf-8",
                  lambda article, audio_url, related: article.parts.headline.text + "\n")


@pytest.fixture
def txt_format() -> Iterator[None]:
    renderers.register("txt", _text_format)
    yield
    renderers.unregister("txt")


@pytest.fixture
def recording_voice() -> Iterator[RecordingVoice]:
    voice = RecordingVoice(name="fake/test-publish")
    voices.register("recording", lambda settings: voice)
    yield voice
    voices.unregister("recording")


# --------------------------------------------------------------------------- publish


def test_publish_renders_every_registered_format_and_writes_those_with_a_file(tmp_path: Path) -> None:
    article = sample_article()
    bundle = publish(article, settings=SETTINGS)
    assert set(bundle.renders) == set(renderers.names())
    assert EnrichedArticle.model_validate_json(bundle.text("json")) == article
    assert json.loads(bundle.text("jsonld"))["@context"] == "https://schema.org"
    assert bundle.text("html").startswith("<!doctype html>") and bundle.text("md")
    written = bundle.write(tmp_path)
    assert sorted(p.name for p in written) == ["article.json", "article.md", "index.html"]
    assert (tmp_path / "index.html").read_text(encoding="utf-8") == bundle.text("html")
    assert bundle.audio is None and bundle.article.narration is None


def test_publish_asked_formats_only_in_the_order_asked() -> None:
    bundle = publish(sample_article(), formats=("md", "html", "md"), settings=SETTINGS)
    assert list(bundle.renders) == ["md", "html"]
    with pytest.raises(InputError, match="no 'json' format"):
        bundle.text("json")


def test_publish_refuses_an_unknown_format_by_its_registry_error() -> None:
    with pytest.raises(UnknownBackend, match="did you mean 'md'"):
        publish(sample_article(), formats=("mdx",), settings=SETTINGS)


def test_publish_jsonld_is_safe_to_embed() -> None:
    text = publish(sample_article(hostile=True), formats=("jsonld",), settings=SETTINGS).text("jsonld")
    assert "<" not in text and ">" not in text
    assert "<script>" in json.dumps(json.loads(text), ensure_ascii=False)  # the text is kept, escaped


def test_publish_narrates_with_the_settings_voice_into_the_folder(
    tmp_path: Path, recording_voice: RecordingVoice
) -> None:
    settings = load_settings(env={}, voice="recording")
    bundle = publish(sample_article(), formats=("html",), audio_dir=tmp_path, settings=settings)
    assert bundle.article.narration is not None and bundle.article.narration.voice == "fake/test-publish"
    assert bundle.audio == tmp_path / "narration.mp3" and bundle.audio.stat().st_size > 0
    assert len(recording_voice.scripts) == 1
    assert 'src="narration.mp3"' in bundle.text("html")  # the player plays the file beside the page
    again = publish(bundle.article, formats=(), audio_dir=tmp_path, settings=settings)
    assert again.article.narration == bundle.article.narration and len(recording_voice.scripts) == 1


def test_a_format_registered_once_is_in_every_bundle_and_written_by_enrich(tmp_path: Path, txt_format: None) -> None:
    article = sample_article()
    bundle = publish(article, settings=SETTINGS)
    assert bundle.renders["txt"].filename == "article.txt"
    assert bundle.text("txt") == article.parts.headline.text + "\n"
    res = CliRunner().invoke(app, ["enrich", str(EXAMPLE), "-o", str(tmp_path), "--no-audio",
                                   "--published", "2025-10-29"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "article.txt").is_file() and "article.txt" in res.stderr
    page = CliRunner().invoke(app, ["page", str(tmp_path / "article.json"), "--format", "txt"])
    assert page.exit_code == 0 and page.stdout == (tmp_path / "article.txt").read_text(encoding="utf-8") + "\n"


def test_a_voice_registered_once_is_the_services_voice(tmp_path: Path, recording_voice: RecordingVoice) -> None:
    # The service narrates with its own settings' voice (it used the defaults' before).
    settings = load_settings(env={}, voice="recording", data_dir=tmp_path)
    narration = library_narrate(sample_article(), tmp_path / "a", settings)
    assert narration.voice == "fake/test-publish" and recording_voice.scripts
    desk = Desk(settings=settings, store=MemoryStore())
    desk.store.save(sample_article())
    stored = desk.store.get(sample_article().id)
    assert desk.with_narration(stored).narration is not None
    assert desk.audio_file(stored).is_file() and len(recording_voice.scripts) == 2


# --------------------------------------------------------------------------- replace_part


def test_replace_part_grounds_the_new_part_and_records_who_wrote_it() -> None:
    article = _by(sample_article(), "rules")
    last = article.analysis.sentences[-1]
    invented = article.parts.headline.replace(text="Russia buys 9,000 Indian fighter jets", cites=(last.id,))
    edited = replace_part(article, "headline", invented, engine="editor", notes=("edited",), settings=SETTINGS)
    assert edited.parts.headline == invented and edited.parts.synopsis == article.parts.synopsis
    assert edited.grounding == ground_parts(edited.analysis, edited.parts, SETTINGS, relations=False)
    headline = next(s for s in edited.grounding.supports if s.ref == "headline")
    assert not headline.supported and edited.grounding.status == "flagged"
    assert [p for p, _ in edited.provenance.engine] == [p for p, _ in article.provenance.engine]  # order kept
    assert dict(edited.provenance.engine)["headline"] == "editor"
    assert edited.provenance.notes == (*article.provenance.notes, "edited")


def test_replace_part_takes_json_and_replaces_the_seo_title_with_the_headline() -> None:
    article = sample_article()
    value = article.parts.headline.model_dump(mode="json") | {"text": "India and Russia meet"}
    edited = replace_part(article, "headline", value, seo_title="India, Russia meet", engine="rules",
                          settings=SETTINGS)
    assert edited.parts.headline.text == "India and Russia meet" and edited.parts.seo_title == "India, Russia meet"


@pytest.mark.parametrize("value", [
    "a plain string",
    [{"label": "x"}],
    [{"label": "Fine", "claim": {"text": "t", "cites": ["not-an-id"]}}],
    [{"label": "Fine", "claim": {"text": "t", "cites": ["s1"], "extra": 1}}],
    None,
])
def test_replace_part_refuses_a_value_without_the_parts_shape(value: Any) -> None:
    with pytest.raises(InputError, match="does not have the shape") as err:
        replace_part(sample_article(), "takeaways", value, engine="editor", settings=SETTINGS)
    assert err.value.code == "input.invalid" or err.value.code.startswith("input.")
    assert "takeaways" in str(err.value.details["errors"])


def test_replace_part_refuses_an_unknown_part() -> None:
    with pytest.raises(UnknownPart):
        replace_part(sample_article(), "timeline", (), engine="editor", settings=SETTINGS)
    with pytest.raises(UnknownPart):
        replace_part(sample_article(), "story", {}, engine="editor", settings=SETTINGS)


def test_paraphrased_knows_the_engines_that_write_their_own_words() -> None:
    assert not paraphrased([("headline", "rules"), ("faq", "editor")])
    assert not paraphrased([("faq", "rules (replaced: unsupported number '42' in faq.2.answer)")])
    assert not paraphrased([("faq", "rules (fallback: llm engine.unavailable)")])
    assert paraphrased([("headline", "rules"), ("faq", "llm (repaired: dropped 1 claim)")])
    assert paraphrased([("synopsis", "llm")]) and not paraphrased([])


def _spy_relations(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    seen: list[bool] = []
    real = pipeline.ground

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(kwargs["relations"])
        return real(*args, **{**kwargs, "relations": False})  # the wiring is under test, not the parser

    monkeypatch.setattr(pipeline, "ground", spy)
    return seen


def test_replace_part_runs_the_relation_check_when_a_model_wrote_any_part(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _spy_relations(monkeypatch)
    rules = _by(sample_article(), "rules")
    replace_part(rules, "synopsis", rules.parts.synopsis, engine="editor", settings=SETTINGS)
    replace_part(rules, "synopsis", rules.parts.synopsis, engine="llm", settings=SETTINGS)
    llm = rules.replace(provenance=rules.provenance.replace(
        engine=tuple((p, "llm" if p == "faq" else e) for p, e in rules.provenance.engine)))
    replace_part(llm, "synopsis", llm.parts.synopsis, engine="editor", settings=SETTINGS)
    replace_part(llm, "faq", llm.parts.faq, engine="rules", settings=SETTINGS)  # no model text left
    assert seen == [False, True, True, False]


def test_the_desk_grounds_a_regeneration_whatever_the_regenerate_function_did() -> None:
    article = _by(sample_article(), "rules")
    stale = Desk(settings=SETTINGS, store=MemoryStore(),
                 regenerate=lambda a, part, s: a.replace(parts=a.parts.replace(synopsis=a.parts.synopsis[:1])))
    stale.store.save(article)
    result = stale.regenerate_part(article.id, "synopsis", parent=None, author="ana")
    assert [s.ref for s in result.article.grounding.supports if s.ref.startswith("synopsis")] == ["synopsis.0"]
    assert result.article.grounding == ground_parts(result.article.analysis, result.article.parts, SETTINGS,
                                                    relations=False)
    proposal = stale.propose_regeneration(article.id, "synopsis")
    assert proposal.article.grounding == result.article.grounding


@pytest.mark.parametrize("part", ["takeaways", "faq", "headline"])
def test_fake_regenerate_grounds_what_it_swapped(part: str) -> None:
    article = _by(sample_article(), "rules")
    fresh = fake_regenerate(article, part, SETTINGS)  # type: ignore[arg-type]
    assert getattr(fresh.parts, part) != getattr(article.parts, part)
    assert fresh.grounding == ground_parts(fresh.analysis, fresh.parts, SETTINGS, relations=False)
    assert fresh.grounding != article.grounding, "the stale grounding would pass this test"
    assert dict(fresh.provenance.engine)[part] == "rules"
