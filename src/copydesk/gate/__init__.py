"""The grounding gate: an optional engine's parts reach the page only as checked claims.

:func:`gate` runs an engine (any :class:`~copydesk.generate.Engine`) and checks every
claim it wrote against the sentences it cites, with the same verifier, threshold and
free words as the pipeline's final grounding. A claim that fails is repaired when
that is safe — the claim re-cited to the sentence (or two sentences sharing its
subject) that support it, or an unsupported span dropped (a parenthetical, a comma
clause, a trailing prepositional phrase) — or dropped from its list part; a list
part that falls below its minimum count is filled with the fallback engine's items
(the dropped slot's first; the default, ``fill_slots=True``). When the fallback has
fewer items than survived (a short story's rules FAQ may be empty) the survivors are
kept, published short; a point of view is never left as one item. With
``fill_slots=False``, or when nothing of a part survives, the part is the fallback
engine's whole. The part rules (counts, lengths,
"?" on questions, 1–4-word Title Case labels) are enforced the same way. An engine
that fails (:class:`~copydesk.errors.EngineError`) gives way to the fallback for
every part, with a note. Sentences that read as instructions to a model ("ignore the
instructions above …") can never be cited by a kept claim.

Provenance per part says whose text was kept and why::

    ("takeaways", "llm")
    ("synopsis", "llm (repaired: dropped 1 claim)")
    ("faq", "rules (replaced: unsupported number '42' in faq.2.answer)")
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from copydesk.contract import TEMPLATE_WORDS
from copydesk.errors import EngineError
from copydesk.gate.parts import ClaimOutcome, PartGate
from copydesk.gate.repair import Checker, trim_candidates
from copydesk.generate import Engine
from copydesk.model import PART_KINDS, Parts
from copydesk.nlp.analyse import ParsedStory
from copydesk.nlp.injection import instruction_sentences
from copydesk.settings import Settings

__all__ = [
    "ClaimOutcome",
    "GateReport",
    "gate",
    "gated_parts",
    "instruction_sentences",
    "trim_candidates",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GateReport:
    """The gated parts, per-part provenance, notes, and every claim's outcome."""

    parts: Parts
    engines: tuple[tuple[str, str], ...]
    notes: tuple[str, ...]
    outcomes: tuple[ClaimOutcome, ...] = ()
    engine_failed: bool = False
    seconds: float = 0.0
    engine_error: str | None = None
    """The engine's error code (``engine.unavailable``, ``engine.bad_output``) when it failed."""

    def as_tuple(self) -> tuple[Parts, tuple[tuple[str, str], ...], tuple[str, ...]]:
        """``(parts, engines, notes)``: the shape the pipeline takes."""
        return self.parts, self.engines, self.notes

    def counts(self, part: str | None = None) -> dict[str, int]:
        """``{"produced": n, "accepted": …, "repaired": …, "dropped": …, "replaced": …}``."""
        c = Counter(o.status for o in self.outcomes if part is None or o.part == part)
        out = {k: c.get(k, 0) for k in ("accepted", "repaired", "dropped", "replaced")}
        return {"produced": sum(out.values()), **out}


def gate(
    parsed: ParsedStory,
    engine: Engine,
    fallback: Engine,
    settings: Settings,
    *,
    free_words: Iterable[str] = TEMPLATE_WORDS,
    clock: Callable[[], float] = time.monotonic,
    fill_slots: bool = True,
) -> GateReport:
    """Run ``engine`` and keep only what passes the verifier and the part rules.

    Never raises an :class:`EngineError` from ``engine``: the fallback's parts are
    used instead, with a note. Errors of the fallback engine itself propagate. With
    ``fill_slots`` (the default) a list part that fell below its minimum keeps what
    survived and takes the fallback's items for the dropped slots; without it the part
    is the fallback's.
    """
    t0 = clock()
    cache: list[Parts] = []

    def fallback_parts() -> Parts:
        if not cache:
            cache.append(fallback.generate(parsed, settings))
        return cache[0]

    try:
        draft = engine.generate(parsed, settings)
    except EngineError as err:
        log.warning("engine %s failed (%s): %s; using %s", engine.name, err.code, err.message,
                    fallback.name)
        note = (f"{engine.name} engine failed ({err.code}): {err.message}; "
                f"the {fallback.name} engine wrote every part")
        engines = tuple((k, f"{fallback.name} (fallback: {engine.name} {err.code})")
                        for k in PART_KINDS)
        return GateReport(fallback_parts(), engines, (note,), engine_failed=True,
                          seconds=round(clock() - t0, 3), engine_error=err.code)
    spent = clock() - t0
    over = (f"; the {engine.name} engine took {spent:.0f}s of a {settings.story_budget_s:.0f}s "
            f"story budget" if 0 < settings.story_budget_s < spent else "")
    if over:
        log.warning("engine %s overran the story budget: %.1fs > %.1fs", engine.name, spent,
                    settings.story_budget_s)
    checker = Checker(parsed.analysis, settings.support_threshold, free_words)
    g = PartGate(checker, fallback_parts, fallback.name, engine.name, fill=fill_slots)
    question_headline = g.single("question_headline", draft.question_headline)
    headline = g.single("headline", draft.headline)
    headline_is_engine = not g.engines["headline"].startswith(f"{fallback.name} (")
    parts = Parts(
        question_headline=question_headline,
        headline=headline,
        seo_title=g.seo(draft.seo_title, headline, headline_is_engine, draft.headline.cites),
        synopsis=g.claims_part("synopsis", draft.synopsis),
        takeaways=g.takeaways(draft.takeaways),
        viewpoint=g.claims_part("viewpoint", draft.viewpoint),
        faq=g.faq(draft.faq),
        tags=g.tags(draft.tags),
    )
    report = GateReport(parts, tuple((k, g.engines[k]) for k in PART_KINDS), (),
                        tuple(g.outcomes), seconds=round(clock() - t0, 3))
    c = report.counts()
    replaced = [k for k, v in report.engines if v.startswith(f"{fallback.name} (")]
    note = (f"{engine.name} engine: {c['produced']} claims, {c['accepted']} accepted, "
            f"{c['repaired']} repaired, {c['dropped']} dropped, {c['replaced']} replaced"
            + (f"; {fallback.name} text kept for {', '.join(replaced)}" if replaced else ""))
    if checker.blocked:
        note += f"; instruction-like sentences never cited: {', '.join(sorted(checker.blocked))}"
    note += over
    return GateReport(parts, report.engines, (note,), report.outcomes, seconds=report.seconds)


def gated_parts(
    parsed: ParsedStory, engine: Engine, fallback: Engine, settings: Settings
) -> tuple[Parts, tuple[tuple[str, str], ...], tuple[str, ...]]:
    """``(parts, provenance engines per part, notes)`` from :func:`gate` (the pipeline's call)."""
    return gate(parsed, engine, fallback, settings).as_tuple()
