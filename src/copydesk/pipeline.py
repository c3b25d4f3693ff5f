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
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from copydesk.contract import TEMPLATE_WORDS
from copydesk.errors import ConfigError
from copydesk.generate import Engine
from copydesk.generate.rules import RulesEngine
from copydesk.generate.timeline import with_timeline
from copydesk.grounding import check_claim, ground
from copydesk.grounding import integrity as _integrity  # noqa: F401  (hands its clause test to the generators)
from copydesk.ingest import read_story
from copydesk.model import (
    PART_KINDS,
    Analysis,
    Claim,
    EnrichedArticle,
    Grounding,
    PartKind,
    Parts,
    Provenance,
    Story,
    Support,
    part_kind,
    parts_with,
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
    grounding = ground_parts(parsed.analysis, parts, settings, relations=engine_name != "rules")
    if engine_name == "rules" and grounding.status == "flagged":
        # The rules engine is not gated (it is the gate's fallback): a list item of its own
        # that the verifier flags ("… left Joe Perry with a mountain surging 7-1 in front",
        # a cut the blind reader struck) is withheld rather than published flagged.
        parts, withheld = withhold_flagged(parts, grounding)
        if withheld:
            grounding = ground_parts(parsed.analysis, parts, settings, relations=False)
            notes = (*notes, f"rules engine: withheld {len(withheld)} item(s) the verifier flagged "
                             f"({', '.join(withheld)})")
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


VERBATIM_ENGINES = frozenset({"rules", "editor"})
"""Writers whose text needs no relation check: the rules engine only deletes words of the
story, and an editor's words are the editor's (checked like any claim, not as a paraphrase)."""


def paraphrased(engines: Iterable[tuple[str, str]]) -> bool:
    """Whether any part of a provenance's ``(part, engine)`` pairs was written by an engine
    that paraphrases (``"llm"``, ``"llm (repaired: …)"``): not the rules engine, not an editor."""
    return any(name.split(" ", 1)[0] not in VERBATIM_ENGINES for _, name in engines)


_LIST_PARTS = ("synopsis", "takeaways", "viewpoint", "faq")
"""The parts made of items, each of which can go without the part losing its sense."""


def withhold_flagged(parts: Parts, grounding: Grounding) -> tuple[Parts, tuple[str, ...]]:
    """``parts`` without the list items (a synopsis sentence, a takeaway, a point-of-view
    line, an FAQ pair) that ``grounding`` flags, and the refs withheld (``"takeaways.2"``).

    A part is never emptied for it: when every item of a part is flagged, the part stays as
    it was (and stays flagged). The synopsis's first sentence (the news), the question
    headline, headline, SEO title and topics are never touched: the page needs them."""
    flagged: dict[str, set[int]] = {}
    for s in grounding.supports:
        head, _, rest = s.ref.partition(".")
        index = rest.split(".", 1)[0]
        if not s.supported and head in _LIST_PARTS and index.isdigit() and (head, index) != ("synopsis", "0"):
            flagged.setdefault(head, set()).add(int(index))  # (never the synopsis's news sentence)
    update: dict[str, tuple[Any, ...]] = {}
    withheld: list[str] = []
    for name, indices in flagged.items():
        items = getattr(parts, name)
        kept = tuple(item for i, item in enumerate(items) if i not in indices)
        if kept:
            update[name] = kept
            withheld += [f"{name}.{i}" for i in sorted(indices)]
    return (parts.replace(**update) if update else parts), tuple(withheld)


def ground_parts(analysis: Analysis, parts: Parts, settings: Settings, *, relations: bool) -> Grounding:
    """Check every claim of ``parts`` the way every path does: the settings' threshold, the
    point-of-view templates' free words, and the relation check when ``relations``."""
    return ground(analysis, parts, threshold=settings.support_threshold, free_words=TEMPLATE_WORDS,
                  relations=relations)


def check_statement(analysis: Analysis, claim: Claim, settings: Settings) -> Support:
    """One claim checked exactly as :func:`ground_parts` checks each claim of an article."""
    return check_claim(analysis, claim, threshold=settings.support_threshold, free_words=TEMPLATE_WORDS)


def replace_part(
    article: EnrichedArticle,
    part: str,
    value: object,
    *,
    engine: str,
    seo_title: object = None,
    notes: Sequence[str] = (),
    settings: Settings | None = None,
) -> EnrichedArticle:
    """``article`` with one part replaced by ``value`` and every claim grounded again.

    The one way a part changes after enrichment: a regenerated part, an editor's edit,
    an accepted proposal. ``value`` is the part as a model value or as its JSON (what
    ``GET /v1/articles/{id}`` shows); ``seo_title`` replaces the SEO title too (it is
    made from the headline). ``engine`` (an engine name, or ``"editor"``) becomes the
    part's provenance, ``notes`` are added to the provenance's. The relation check runs
    when any part, the new one included, was written by an engine that paraphrases
    (:func:`paraphrased`), as the main path runs it for such engines: a regenerated or
    edited part never skips a check the article's enrichment made.

    Raises :class:`~copydesk.errors.UnknownPart` for a name that is no part and
    :class:`~copydesk.errors.InputError` for a value without the part's shape.
    """
    settings = settings or load_settings()
    kind = part_kind(part)
    values: dict[str, object] = {kind: value}
    if seo_title is not None:
        values["seo_title"] = seo_title
    parts = parts_with(article.parts, values)
    engines = tuple((p, engine if p == kind else e) for p, e in article.provenance.engine)
    if kind not in dict(engines):
        engines += ((kind, engine),)
    provenance = article.provenance.replace(engine=engines, notes=(*article.provenance.notes, *notes))
    grounding = ground_parts(article.analysis, parts, settings, relations=paraphrased(engines))
    return article.replace(parts=parts, grounding=grounding, provenance=provenance)


def regenerate(
    article: EnrichedArticle,
    part: PartKind,
    *,
    engine: str | None = None,
    settings: Settings | None = None,
) -> EnrichedArticle:
    """A new article with one part written again (by ``engine``) and every claim grounded
    again (:func:`replace_part`)."""
    settings = settings or load_settings()
    part = part_kind(part)  # UnknownPart (input.unknown_part) for a name that is no part
    engine_name = engine or settings.engine
    parsed = parse(article.story)
    fresh, engines, notes = _generate(parsed, engine_name, settings)
    return replace_part(
        article, part, getattr(fresh, part), engine=dict(engines)[part],
        seo_title=fresh.seo_title if part == "headline" else None, notes=notes, settings=settings,
    )


def with_narration(
    article: EnrichedArticle, out_dir: Path, *, settings: Settings | None = None, **kwargs: Any
) -> EnrichedArticle:
    """The article with its narration synthesised into ``out_dir`` (:func:`copydesk.audio.narrated`;
    ``voice`` and ``cache_dir`` may be given)."""
    from copydesk.audio import narrated

    return narrated(article, out_dir, settings=settings or load_settings(), **kwargs)
