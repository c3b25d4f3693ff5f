"""Ground every claim of the parts in the sentences it cites; flag the article if one fails."""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from copydesk.grounding import cuts
from copydesk.grounding.check import ANALYSIS_TEMPLATE_WORDS, ITEM_PENALTY, Evidence, check_with
from copydesk.grounding.integrity import check_integrity
from copydesk.grounding.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from copydesk.grounding.meaning import check_meaning
from copydesk.grounding.question import answered
from copydesk.grounding.relations import (
    RELATION_WEIGHT,
    SWAP_PENALTY,
    RelationIndex,
    claim_relations,
    compare,
    resolve,
)
from copydesk.grounding.text import tokenise
from copydesk.model import Analysis, Claim, Grounding, Parts, Sentence, Support, Unsupported
from copydesk.settings import DEFAULTS

log = logging.getLogger(__name__)


def date_forms(value: str) -> tuple[str, ...]:
    """Ways a generator may write a resolved ISO date: "October 29", "Oct 29", "Wednesday" …

    >>> date_forms("2025-10-29")[:3]
    ('October 29, 2025', '29 October 2025', 'Wednesday')
    """
    parts = value.split("-")
    try:
        if len(parts) == 3:
            d = date(int(parts[0]), int(parts[1]), int(parts[2]))
            month = MONTH_NAMES[d.month - 1].title()
            return (f"{month} {d.day}, {d.year}", f"{d.day} {month} {d.year}",
                    WEEKDAY_NAMES[d.weekday()].title())
        if len(parts) == 2 and parts[1].isdigit():
            return (f"{MONTH_NAMES[int(parts[1]) - 1].title()} {int(parts[0])}",)
        if len(parts) == 1 and parts[0].isdigit():
            return (parts[0],)
    except (ValueError, IndexError):
        log.debug("unrenderable date value %r", value)
    return ()


def _resolved_forms(analysis: Analysis, cites: Collection[str]) -> list[str]:
    """Date forms resolved from the cited sentences or the dateline, never from elsewhere."""
    out: list[str] = []
    if analysis.dateline is not None:
        if analysis.dateline.date:
            out += date_forms(analysis.dateline.date)
        out += analysis.dateline.places
    for mention in analysis.dates:
        if mention.sentence not in cites:
            continue
        for value in (mention.value, mention.start, mention.end):
            if value:
                out += date_forms(value)
    return out


@dataclass(frozen=True, slots=True)
class _EntityForms:
    mentions: frozenset[str]
    names: tuple[str, ...]
    """Lower-cased names and aliases, to spot the entity in a cited sentence."""
    forms: tuple[str, ...]
    """Names, aliases, title, "title name" and role: strings a claim may use for it."""


def _entity_table(analysis: Analysis) -> tuple[_EntityForms, ...]:
    out = []
    for ent in analysis.entities:
        names = tuple(n for n in (ent.name, *ent.aliases) if n)
        forms = list(names)
        if ent.title:
            forms += [ent.title, f"{ent.title} {ent.name}"]
        if ent.role:
            forms.append(ent.role)
        out.append(_EntityForms(frozenset(ent.mentions),
                                tuple(_word_string(n) for n in names), tuple(forms)))
    return tuple(out)


def _entity_forms(
    table: Sequence[_EntityForms], cites: Collection[str], sources: Sequence[str]
) -> list[str]:
    """Names, titles and aliases of the entities the cited sentences mention.

    An entity counts as mentioned when the analysis says so, or when one of its
    names occurs in the cited text as whole words.
    """
    low = " " + " ".join(_word_string(s) for s in sources) + " "
    out: list[str] = []
    for ent in table:
        if not ent.mentions.isdisjoint(cites) or any(f" {n} " in low for n in ent.names):
            out += ent.forms
    return out


@lru_cache(maxsize=16384)
def _word_string(text: str) -> str:
    return " ".join(t.low for t in tokenise(text) if t.low[:1].isalnum())


def _check_claim(
    ref: str,
    claim: Claim,
    by_id: dict[str, Sentence],
    analysis: Analysis,
    entities: Sequence[_EntityForms],
    *,
    threshold: float,
    aliases: Sequence[str],
    free_words: Collection[str],
    relation_penalty: float = 0.0,
    meaning: bool = True,
) -> Support:
    bad = [c for c in claim.cites if c not in by_id]
    problems = [Unsupported(kind="citation", text=c) for c in bad]
    cites = [c for c in claim.cites if c in by_id]
    if not claim.cites and claim.kind != "question":
        problems.append(Unsupported(kind="citation", text="no citation"))
    if cites:
        sources = [by_id[c].text for c in cites]
    elif claim.kind == "question" and not claim.cites:
        sources = [s.text for s in analysis.sentences]
    else:
        sources = []
    cited = set(cites)
    extra = [*_resolved_forms(analysis, cited), *_entity_forms(entities, cited, sources),
             *aliases]
    result = check_with(claim.text, Evidence(sources, extra), kind=claim.kind,
                        free_words=free_words if claim.kind == "analysis" else ())
    unsupported = (*problems, *result.unsupported)
    if meaning and sources:
        unsupported += tuple(check_meaning(claim.text, sources, kind=claim.kind))
        if cites:
            story = tuple(s.text for s in analysis.sentences)
            index = {s.id: n for n, s in enumerate(analysis.sentences)}
            unsupported += tuple(check_integrity(claim.text, [index[c] for c in cites], story,
                                                 kind=claim.kind))
            if cuts.CUTS and not unsupported:
                # what a deletion cut from its sentence, judged on the sentence's parse
                unsupported += tuple(cuts.cut_faults(claim.text, sources, kind=claim.kind))
    score = 0.0 if problems and not sources else max(0.0, result.score - relation_penalty)
    if claim.kind == "question" and meaning and sources:
        # A question is held to what it presupposes (its names, numbers and dates, above)
        # and to being answered by its sentences, not to a word-overlap threshold.
        order = [s.id for s in analysis.sentences]
        after = [by_id[order[order.index(c) + 1]].text for c in cites
                 if order.index(c) + 1 < len(order)]
        unsupported += tuple(answered(claim.text, sources, after))
        return Support(ref=ref, score=score, unsupported=unsupported,
                       supported=not unsupported)
    return Support(ref=ref, score=score, unsupported=unsupported,
                   supported=score >= threshold and not unsupported)


def ground(
    analysis: Analysis,
    parts: Parts,
    *,
    threshold: float = DEFAULTS.support_threshold,
    aliases: Sequence[str] = (),
    free_words: Iterable[str] = ANALYSIS_TEMPLATE_WORDS,
    relations: bool = False,
    relation_index: RelationIndex | None = None,
    meaning: bool = True,
) -> Grounding:
    """Check every claim of ``parts`` against the sentences it cites.

    A claim is supported when its score reaches ``threshold`` and it names nothing
    its sentences (plus the resolved dates and entity names the analysis gives for
    them, plus ``aliases``) do not. ``free_words`` are the point-of-view templates'
    own words, free in ``analysis`` claims only. The result is ``flagged`` when any
    claim is not supported.

    With ``relations`` (off by default: it parses, ~10 ms per claim) every ``fact``
    claim's dependency arcs are also checked against its cited sentences
    (:mod:`copydesk.grounding.relations`); its score loses ``RELATION_WEIGHT`` times
    the share of unsupported arcs, ``SWAP_PENALTY`` per swapped subject ("The man
    arrested the police" against "The police arrested the man") and ``ITEM_PENALTY``
    per name made both subject and object of one verb. Enable it for engines that
    paraphrase; the rules engine's claims are deletions of their source.

    With ``meaning`` (on by default) every claim is also checked for the meaning
    changes of :mod:`copydesk.grounding.meaning` — a contested statement or quote
    without its owner, a dropped hedge or condition, a coordinated subject cut to one
    member, subject and object swapped, a statement that is not a clause — and a
    question is held to its presuppositions and to being answered by its sentences
    (:mod:`copydesk.grounding.question`) instead of the overlap threshold.
    """
    by_id = {s.id: s for s in analysis.sentences}
    free = frozenset(free_words)
    entities = _entity_table(analysis)
    claims = list(parts.claims())
    penalties = (_relation_penalties(claims, by_id, analysis, relation_index) if relations
                 else {})
    supports = tuple(
        _check_claim(ref, claim, by_id, analysis, entities, threshold=threshold,
                     aliases=aliases, free_words=free, relation_penalty=penalties.get(ref, 0.0),
                     meaning=meaning)
        for ref, claim in claims
    )
    status = "supported" if all(s.supported for s in supports) else "flagged"
    flagged = [s.ref for s in supports if not s.supported]
    if flagged:
        log.info("grounding flagged %d of %d claims: %s", len(flagged), len(supports), flagged)
    return Grounding(status=status, supports=supports, threshold=threshold)


def _relation_penalties(
    claims: Sequence[tuple[str, Claim]],
    by_id: dict[str, Sentence],
    analysis: Analysis,
    index: RelationIndex | None,
) -> dict[str, float]:
    """Score lost by each cited ``fact`` claim to unsupported or swapped dependency arcs."""
    from copydesk.grounding.relations import default_index

    idx = index if index is not None else default_index()
    facts = [(ref, c) for ref, c in claims
             if c.kind == "fact" and any(i in by_id for i in c.cites)]
    if not facts:
        return {}
    cited = [[by_id[i].text for i in c.cites if i in by_id] for _, c in facts]
    idx.relations(t for texts in cited for t in texts)  # one batch for every source
    rels = claim_relations([c.text for _, c in facts], [s.text for s in analysis.sentences], idx)
    out: dict[str, float] = {}
    for (ref, _), rel, texts in zip(facts, rels, cited, strict=True):
        result = compare(rel, resolve(idx.relations(texts)))
        out[ref] = (RELATION_WEIGHT * (1.0 - result.score) + SWAP_PENALTY * result.swapped
                    + ITEM_PENALTY * len(result.selfs))
    return out


def check_claim(
    analysis: Analysis,
    claim: Claim,
    *,
    threshold: float = DEFAULTS.support_threshold,
    aliases: Sequence[str] = (),
    free_words: Iterable[str] = ANALYSIS_TEMPLATE_WORDS,
    meaning: bool = True,
) -> Support:
    """One claim checked exactly as :func:`ground` checks each claim of an article."""
    by_id = {s.id: s for s in analysis.sentences}
    return _check_claim("claim", claim, by_id, analysis, _entity_table(analysis),
                        threshold=threshold, aliases=aliases, free_words=frozenset(free_words),
                        meaning=meaning)
