"""The pipeline: read → analyse → generate → ground, each stage a function over a value.

>>> article = enrich("LONDON, March 3 (Reuters) - The Bank of England held rates at 5%.")
>>> article.grounding.status
'supported'

Every stage returns a new value; nothing needs to be "called first". The pipeline,
not the engine, runs grounding on every part of every engine; a part that an
optional engine gets wrong is repaired or replaced by the rules engine's part.
"""

from __future__ import annotations

import logging
import time
from datetime import date
from pathlib import Path
from typing import Any

from copydesk.errors import ConfigError
from copydesk.generate import Engine
from copydesk.generate.rules import RulesEngine
from copydesk.generate.timeline import with_timeline
from copydesk.generate.viewpoint import TEMPLATE_WORDS
from copydesk.grounding import ground
from copydesk.ingest import read_story
from copydesk.model import (
    PART_KINDS,
    EnrichedArticle,
    PartKind,
    Parts,
    Provenance,
    Story,
    part_kind,
)
from copydesk.nlp.analyse import ParsedStory, parse
from copydesk.nlp.parser import model_version
from copydesk.registry import engines
from copydesk.settings import Settings, load_settings

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

__version__ = "0.1.0"

OMITTED_VIEWPOINT = (
    "viewpoint: left out: no sentence of the story fits a point-of-view label "
    "(significance, backstory, what's next, the other side, key figures)"
)


def rules_engine(settings: Settings) -> Engine:
    """The rules engine (the factory :data:`copydesk.registry.engines` registers as ``rules``)."""
    del settings  # the rules engine reads the settings per story, in generate()
    return RulesEngine()


def engine_by_name(name: str, settings: Settings) -> Engine:
    """The engine :data:`copydesk.registry.engines` names ``name``, built for ``settings``.

    Raises :class:`~copydesk.errors.UnknownBackend` for an engine nothing registered,
    and :class:`~copydesk.errors.ConfigError` for one that cannot be built (the llm
    engine without an endpoint or without its extra).
    """
    engine = engines.get(name)(settings)
    if not isinstance(engine, Engine):
        raise ConfigError(f"the engine {name!r} gave a {type(engine).__name__}, which is not an Engine",
                          hint="its factory must return an object with a name and generate(parsed, settings)")
    return engine


def _generate(parsed: ParsedStory, engine_name: str, settings: Settings) -> tuple[Parts, tuple[tuple[str, str], ...], tuple[str, ...]]:
    rules = RulesEngine()
    if engine_name == "rules":
        parts = rules.generate(parsed, settings)
        return parts, tuple((k, "rules") for k in PART_KINDS), ()
    engine = engine_by_name(engine_name, settings)
    from copydesk.gate import gated_parts

    return gated_parts(parsed, engine, rules, settings)


def enrich_parsed(
    parsed: ParsedStory,
    *,
    engine: str | None = None,
    settings: Settings | None = None,
    analyse_ms: float = 0.0,
) -> EnrichedArticle:
    """Write and ground every part of an already-parsed story (the batch path parses in bulk)."""
    settings = settings or load_settings()
    engine_name = engine or settings.engine
    t1 = time.perf_counter()
    parts, engines, notes = _generate(parsed, engine_name, settings)
    parts = with_timeline(parts, parsed.analysis)
    if not parts.viewpoint:
        notes = (*notes, OMITTED_VIEWPOINT)
    t2 = time.perf_counter()
    # Claims of an engine that paraphrases also get the relation check (who did what
    # to whom); the rules engine only deletes, so its claims keep their source's arcs.
    grounding = ground(
        parsed.analysis, parts, threshold=settings.support_threshold, free_words=TEMPLATE_WORDS,
        relations=engine_name != "rules",
    )
    t3 = time.perf_counter()
    return EnrichedArticle(
        story=parsed.story,
        analysis=parsed.analysis,
        parts=parts,
        grounding=grounding,
        provenance=Provenance(
            engine=engines,
            versions=(("copydesk", __version__), ("spacy_model", model_version())),
            timings_ms=(
                ("analyse", round(analyse_ms, 2)),
                ("generate", round((t2 - t1) * 1000, 2)),
                ("ground", round((t3 - t2) * 1000, 2)),
            ),
            notes=parsed.story.notes + notes,
        ),
    )


def enrich_story(
    story: Story,
    *,
    engine: str | None = None,
    settings: Settings | None = None,
    today: date | None = None,
) -> EnrichedArticle:
    """Analyse, write and ground every part of an already-read :class:`Story`."""
    t0 = time.perf_counter()
    parsed = parse(story, today=today)
    analyse_ms = (time.perf_counter() - t0) * 1000
    return enrich_parsed(parsed, engine=engine, settings=settings, analyse_ms=analyse_ms)


def enrich(
    source: str | Path | bytes | Story,
    *,
    published: date | None = None,
    title: str | None = None,
    engine: str | None = None,
    settings: Settings | None = None,
    today: date | None = None,
) -> EnrichedArticle:
    """Turn a story into an :class:`EnrichedArticle`.

    ``source`` is story text (a ``str`` that is not a path or URL is taken as the
    text itself), a path, a URL, ``"-"`` for stdin, raw bytes, or a :class:`Story`.
    Raises an :class:`~copydesk.errors.InputError` for input that cannot be used.
    """
    settings = settings or load_settings()
    if isinstance(source, Story):
        story = source
    else:
        story = read_story(source, published=published, title=title, settings=settings)
    return enrich_story(story, engine=engine, settings=settings, today=today)


def regenerate(
    article: EnrichedArticle,
    part: PartKind,
    *,
    engine: str | None = None,
    settings: Settings | None = None,
) -> EnrichedArticle:
    """A new article with one part written again (by ``engine``) and grounding recomputed."""
    settings = settings or load_settings()
    part = part_kind(part)  # UnknownPart (input.unknown_part) for a name that is no part
    parsed = parse(article.story)
    fresh, engines, notes = _generate(parsed, engine or settings.engine, settings)
    update: dict[str, Any] = {part: getattr(fresh, part)}
    if part == "headline":
        update["seo_title"] = fresh.seo_title
    parts = article.parts.model_copy(update=update)
    grounding = ground(article.analysis, parts, threshold=settings.support_threshold, free_words=TEMPLATE_WORDS)
    engine_map = dict(article.provenance.engine)
    engine_map.update({k: v for k, v in engines if k == part})
    provenance = article.provenance.model_copy(
        update={"engine": tuple(engine_map.items()), "notes": article.provenance.notes + notes}
    )
    return article.model_copy(update={"parts": parts, "grounding": grounding, "provenance": provenance})


def with_narration(
    article: EnrichedArticle, out_dir: Path, *, settings: Settings | None = None, **kwargs: Any
) -> EnrichedArticle:
    """The article with its narration synthesised into ``out_dir`` (see :mod:`copydesk.audio`)."""
    from copydesk.audio import narrate, voice_from_settings

    if "voice" not in kwargs:
        kwargs["voice"] = voice_from_settings(settings or load_settings())
    narration = narrate(article.story, article.analysis, article.parts, out_dir, **kwargs)
    return article.model_copy(update={"narration": narration})
