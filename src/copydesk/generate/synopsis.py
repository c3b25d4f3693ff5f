"""The synopsis: the news first, then its most important consequence or detail.

2–3 sentences, 35–90 words (``contract.PARTS["synopsis"]``), written the way a copy
editor cuts a lead:

1. **The news**: the story's first statement that stands alone — not speech without
   its speaker, not a sentence that leans on an earlier one it cannot name.
2. **The other side** when the story is an allegation and gives a response or
   denial; otherwise the next statement of the lead that says something new.
3. A third statement when the budget allows: the most salient new one among the
   next few.

Every sentence is compressed by deletion only (owners, hedges and conditions stay:
:mod:`copydesk.generate.compress`), and only where the cut keeps the main clause whole
(its verb, its subject and its complements: never a fragment); it gets a pronoun subject replaced by its one
antecedent (:mod:`copydesk.generate.reference`), a bare weekday its calendar date,
and is dropped when its quotation marks do not balance.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from copydesk.contract import PARTS
from copydesk.generate.compress import (
    compress,
    finite_with_subject,
    intact,
    kept_indices,
    word_count,
)
from copydesk.generate.quotes import addresses_reader, balanced
from copydesk.generate.reference import (
    leans,
    second_reference,
    sorted_ids,
    standalone,
    write_in_they,
)
from copydesk.generate.roles import earlier_on_main_clause, owner_phrase
from copydesk.generate.select import Candidate, annotate_dates, jaccard
from copydesk.model import Analysis, Claim

MIN_WORDS = PARTS["synopsis"].min_words or 35
MAX_WORDS = PARTS["synopsis"].max_words or 90
TARGET_WORDS = 80
"""Stop adding sentences past this (the reference highlights run ~50–60 words; a
synopsis that keeps its attributions needs a little more)."""
FIRST_MAX_WORDS = 42
_NEAR = 10
"""How far past the news sentence a filling statement is still the news's own detail."""


def owner(c: Candidate, analysis: Analysis) -> str | None:
    """The owner the next sentence names for ``c`` ("Or so says …"), when it does."""
    if c.span.end >= len(c.span.doc) or c.index + 1 >= len(analysis.sentences):
        return None
    return owner_phrase(c.span.doc[c.span.end].sent)


def _usable(c: Candidate, analysis: Analysis) -> bool:
    if owner(c, analysis) is not None:
        return True  # someone's view, written with its owner (see _write)
    return not c.roles.has("quote") and not (c.facts.is_quote and c.facts.attribution is None)


def _write(c: Candidate, analysis: Analysis, max_words: int, context: str) -> tuple[str, tuple[str, ...]] | None:
    """The candidate as a synopsis sentence, or None when it cannot stand alone."""
    owner_ = owner(c, analysis)
    if owner_ is not None:
        # "X is a modern-day suffragette. Or so says actress Patsy Kensit." → the statement
        # with its owner: "X is a modern-day suffragette …, says actress Patsy Kensit."
        text = c.sentence.text.strip().rstrip(".")
        if not balanced(text) or word_count(text) + len(owner_.split()) > max_words or leans(text, lead=c.index == 0):
            return None
        return f"{text}, {owner_}.", (c.id, f"s{c.index + 2}")
    cut = compress(c.span, max_words=max_words, keep_frame=True)
    text = annotate_dates(cut, c.id, analysis)
    if word_count(text) > max_words:
        cut = compress(c.span, max_words=max_words)
        text = annotate_dates(cut, c.id, analysis)
    if word_count(text) > max_words or not balanced(text) or addresses_reader(text):
        return None
    if (
        not finite_with_subject(c.span) or not intact(c.span, cut) or c.span.root.i not in kept_indices(c.span, cut)
    ):
        return None  # a fragment, or a cut that left one ("Holland, whose 5-1 drubbing … ." with no verb)
    text, named_at = write_in_they(text, c.span, c.index, analysis)
    resolved = standalone(text, c.index, c.id, analysis, context=context)
    if resolved is None:
        return None
    return resolved.text, sorted_ids([*resolved.cites, *([named_at] if named_at else [])])


def _is_allegation_story(lead: Sequence[Candidate]) -> bool:
    return any(c.roles.has("allegation") for c in lead)


def synopsis(cands: Sequence[Candidate], analysis: Analysis) -> tuple[Claim, ...]:
    """2–3 statements, 35–90 words, the news first; empty only for an empty story."""
    return tuple(claim for _, claim in synopsis_sources(cands, analysis))


def synopsis_sources(cands: Sequence[Candidate], analysis: Analysis) -> list[tuple[Candidate, Claim]]:
    """:func:`synopsis` with the candidate each statement was written from."""
    pool = [c for c in cands if _usable(c, analysis)] or list(cands)
    if not pool:
        return []
    chosen: list[tuple[Candidate, str, tuple[str, ...]]] = []
    total = 0

    def context() -> str:
        return " ".join(t for _, t, _ in chosen)

    def add(c: Candidate, limit: int) -> bool:
        nonlocal total
        if any(c is p for p, _, _ in chosen) or any(jaccard(c.lemmas, p.lemmas) > 0.4 for p, _, _ in chosen):
            return False
        written = _write(c, analysis, limit, context())
        if written is None:
            return False
        chosen.append((c, *written))
        total += word_count(written[0])
        return True

    # 1. The news: the first statement of the lead that stands alone (further down when
    # the lead is all scene-setting, captions or pronouns, or tells what came before the
    # news the next sentence tells).
    for c in pool[:12]:
        if background_lede(c, pool):
            continue
        if add(c, FIRST_MAX_WORDS):
            break
    if not chosen:
        # Nothing stands alone: the story's own opening sentence, whole, rather than no
        # synopsis (a lead leans on nothing before it).
        opening = next((c for c in pool[:2] if c.index == 0 and balanced(c.sentence.text)
                        and word_count(c.sentence.text) <= FIRST_MAX_WORDS), None)
        if opening is None:
            return []
        chosen.append((opening, opening.sentence.text.strip(), (opening.id,)))
        total += word_count(opening.sentence.text)
    first = chosen[0][0]
    later = [c for c in pool if c.index > first.index]
    # 2. For an allegation, the other side when the story gives it; else the lead's next.
    second: list[Candidate] = []
    if _is_allegation_story(pool[:3]):
        # The reply of a party the news names, or one told close to it — not a far-off
        # "refused to defend" about another case.
        named = {e.id for e in analysis.entities if first.id in e.mentions and e.kind in {"PERSON", "ORG", "NORP"}}
        second = [c for c in later if c.roles.has("other_side") and (
            c.index <= first.index + _NEAR or any(c.id in e.mentions for e in analysis.entities if e.id in named))][:2]
    second += later[:3]
    for c in second:
        if MAX_WORDS - total < 12:
            break
        if add(c, min(40, MAX_WORDS - total)):
            break
    # 3. A third when there is room: the most salient new statement among the next few.
    if len(chosen) < 3 and total < TARGET_WORDS - 12:
        nxt = sorted(
            (c for c in later[:5] if all(c is not p for p, _, _ in chosen)), key=lambda c: -c.salience
        )
        for c in nxt:
            if add(c, min(35, MAX_WORDS - total)):
                break
    if total < MIN_WORDS:
        # Still short: a further statement that fits — the news's own details first (an
        # earlier, dated event is background, not the news), then any.
        near = [c for c in later if not c.roles.has("background") and c.index <= first.index + _NEAR]
        for c in [*near, *(c for c in later if c not in near)]:
            if len(chosen) >= 3 or total >= MIN_WORDS:
                break
            add(c, MAX_WORDS - total)
    news = chosen[0][0]
    chosen.sort(key=lambda p: (p[0] is not news, p[0].index))  # the news first, then story order
    for k in range(1, len(chosen)):
        # A person named in full already is named by surname ("Smith, 42, was jailed"
        # after "John Smith, 42, sent …" → "Smith was jailed"), while the part keeps its length.
        c, text, cites = chosen[k]
        shorter = second_reference(text, " ".join(t for _, t, _ in chosen[:k]), analysis)
        if shorter != text and total - word_count(text) + word_count(shorter) >= MIN_WORDS:
            total += word_count(shorter) - word_count(text)
            chosen[k] = (c, shorter, cites)
    return [(c, Claim(text=t, cites=cites, kind="fact")) for c, t, cites in chosen]


_NOW = re.compile(r"\b(?:today|now|this (?:week|month|year)|new|latest|currently)\b", re.I)


def background_lede(c: Candidate, pool: Sequence[Candidate]) -> bool:
    """A lead sentence that tells what came before the news — a simple past with an
    earlier time on its main clause ("James Hansen first warned Congress of the threat
    in 1988.") — when one of the next two sentences tells the news now ("Today, in a new
    paper, he brings a new warning"): the synopsis, headline and question start there."""
    root = c.span.root
    if c.index > 2 or root.tag_ != "VBD" or any(a.lower_ in {"has", "have"} for a in root.children) \
            or not earlier_on_main_clause(c.span):
        return False
    return any(c.index < d.index <= c.index + 2 and not earlier_on_main_clause(d.span)
               and (d.facts.tense == "present" or _NOW.search(d.sentence.text)) for d in pool)
