"""Wire bulletins: where the next item of a text that fuses several begins.

A radio wire story is often a bulletin: two to four unrelated items run together ("…
parliament. Four people were killed when a fire broke out at a Paris hotel. …"). Every
part of the article, and its topics, keep to the first item: what follows the break is
another story. The one rule lives here, read off the parse alone, so the topics
(:mod:`copydesk.nlp.analyse`) and the generators (:mod:`copydesk.generate.rules`) cut
at the same sentence.

A false cut loses a single story's later facts, which is worse than a missed one: each
way of finding a break asks that the new item share (almost) nothing with what came
before and that what follows keep to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from spacy.tokens import Span

from copydesk.model import Entity, SentenceFacts
from copydesk.nlp.facts import SPEECH_VERBS

__all__ = ["entities_within", "item_break", "story_item_break"]

_GENERIC = frozenset(["year", "week", "month", "day", "time", "people", "man", "woman", "thing", "way", "part",
                      "lot", "number", "end", "side", "place", "world", "today", "night", "morning", "detail"])
_NEXT_ITEM = re.compile(r"^\W*(?:meanwhile|separately|elsewhere|in other news)\b", re.I)
"""How a bulletin may open its next item ("Meanwhile, …", "In other news, …")."""
_PLACES = frozenset(["GPE", "NORP", "LOC"])
"""Entity types of places and peoples: a bulletin's items often share a country."""
_NAMED = frozenset(["PERSON", "ORG", "GPE", "FAC", "EVENT", "LOC"])
_REPORTS = SPEECH_VERBS | {"believe", "think"}
"""A sentence that reports what someone says or thinks introduces a voice, seldom a new item."""
_MIN_WORDS = 6
"""Shorter sentences (and questions) are no statements the rule reads (as the generators' candidates)."""


@dataclass(frozen=True)
class _Line:
    """One sentence as the rule reads it."""

    index: int
    span: Span
    quote: bool
    lemmas: frozenset[str]
    words: frozenset[str]
    """What the sentence is about: its nouns and names (and the peoples and places it names)."""
    names: frozenset[str]
    """Its proper-noun words ("hewitt", "kabul")."""
    places: frozenset[str]
    """Its words of places and peoples ("afghanistan", "australian")."""
    people: frozenset[str]
    """The people (by surname) and bodies (whole) it names: "arafat", "harris scarfe"."""
    entities: frozenset[str]
    """Every place, person, body or event it names, as written (lower case)."""


def _line(index: int, span: Span, facts: SentenceFacts) -> _Line:
    words = frozenset(t.lemma_.lower() for t in span if len(t.text) > 2 and t.lemma_.lower() not in _GENERIC
                      and (t.pos_ in {"NOUN", "PROPN"} or t.ent_type_ in {"NORP", "GPE"}))
    places = {w for t in span if t.ent_type_ in _PLACES for w in (t.lower_, t.lemma_.lower(), t.lower_.rstrip("s"))}
    people: set[str] = set()
    for e in span.ents:
        toks = [t.lower_ for t in e if t.lower_ not in {"the", "a", "an", "'s", "’s"}]
        if toks and e.label_ == "PERSON":
            people.add(toks[-1])
        elif toks and e.label_ == "ORG":
            people.add(" ".join(toks))
    return _Line(index=index, span=span, quote=facts.is_quote, lemmas=frozenset(facts.content_lemmas), words=words,
                 names=frozenset(t.lemma_.lower() for t in span if t.pos_ == "PROPN" and len(t.text) > 2),
                 places=frozenset(places), people=frozenset(people),
                 entities=frozenset(e.text.lower() for e in span.ents if e.label_ in _NAMED))


def item_break(spans: Sequence[Span], facts: Sequence[SentenceFacts], indices: Sequence[int] | None = None) -> int | None:
    """The sentence index where a wire bulletin's next item begins, or None for one story.

    ``spans`` and ``facts`` are the statements read, in order; ``indices`` their indexes
    in the story (by default 0, 1, …). Three ways a break shows, tried in turn:

    - a sentence that names nothing told so far, opened as a new item is ("Meanwhile, …"),
      or a plain statement that with the one after it names nothing told so far and
      brings things of its own, while what follows keeps to the new subject
      (:func:`_unshared_break`);
    - "Meanwhile, …" naming someone or somewhere new, sharing at most one word (besides
      places and peoples) with what came before (:func:`_connective_break`);
    - a plain statement whose subject names someone or something new, sharing at most
      one word with what came before, after which the first item's people never come
      back and the new one's are named again (:func:`_named_break`).
    """
    lines = [_line(i if indices is None else indices[i], sp, f)
             for i, (sp, f) in enumerate(zip(spans, facts, strict=True))]
    for find in (_unshared_break, _connective_break, _named_break):
        found = find(lines)
        if found is not None:
            return found
    return None


def story_item_break(spans: Sequence[Span], facts: Sequence[SentenceFacts]) -> int | None:
    """:func:`item_break` over a whole story's sentences, reading its statements only (as
    the generators' candidates: no question, nothing under six words)."""
    kept = [i for i, sp in enumerate(spans) if len(sp.text.split()) >= _MIN_WORDS and not sp.text.rstrip().endswith("?")]
    return item_break([spans[i] for i in kept], [facts[i] for i in kept], kept)


def entities_within(entities: Sequence[Entity], ids: AbstractSet[str]) -> list[Entity]:
    """The entities the sentences ``ids`` name, each with those mentions only (a bulletin's
    first item's people, bodies and places, for its topics)."""
    return [e.replace(mentions=tuple(m for m in e.mentions if m in ids)) for e in entities
            if any(m in ids for m in e.mentions)]


def _carries_on(span: Span) -> bool:
    """Whether a statement opens in the middle of an argument: on a conjunction ("And
    …", "But …") or on an adverb of the main clause ("However, …", "Now …")."""
    first = next((t for t in span if not t.is_punct and not t.is_space), None)
    return first is not None and (first.pos_ == "CCONJ" or (first.pos_ == "ADV" and first.head == span.root))


_POINTING = frozenset(["this", "that", "these", "those", "such", "his", "her", "its", "their", "our", "my"])
"""Determiners that point back to what came before ("That alarming forecast comes from …",
"Their lawyer …"): a subject they open continues the story."""


def _plain_statement(line: _Line) -> bool:
    """A statement with a subject of its own: not a pronoun's ("One of them …"), not one
    that points back ("That forecast …", "Her lawyer …"), not a quote, not opened by a
    connective."""
    subj = next((t for t in line.span.root.children if t.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    return subj is not None and subj.pos_ != "PRON" and not line.quote and not _carries_on(line.span) \
        and not any(t.dep_ in {"det", "poss"} and t.lower_ in _POINTING for t in subj.children)


def _new_name(line: _Line, seen: set[str]) -> bool:
    """Whether a sentence names someone or somewhere the story has not named ("Meanwhile,
    Health Minister Jane Cole …"; not "Meanwhile, residents of nearby towns …")."""
    return any(n not in seen for n in line.names)


def _unshared_break(lines: Sequence[_Line]) -> int | None:
    """A sentence that, with the one after it, shares no word with what came before.

    "Meanwhile, …" naming someone new, with what follows keeping to it; or a plain
    statement (not a pronoun's, not a quote, not a connective's) that, with the one after
    it, names nothing told so far, shares no word with the sentence before it, brings
    things of its own (not only names, as a fixture list does), while what follows keeps
    to the new subject and not the old ("Four people were killed when a fire broke out at
    a Paris hotel" after three sentences on a governor's statement)."""
    seen: set[str] = set()
    words = [set(x.words) for x in lines]
    for k, line in enumerate(lines):
        if k >= 2 and words[k] and not words[k] & seen and _NEXT_ITEM.match(line.span.text) \
                and _new_name(line, seen) and _keeps_to(words[k], seen, words[k + 1:]):
            return line.index
        if k >= 3 and k + 1 < len(lines) and words[k] and not (words[k] | words[k + 1]) & seen \
                and not line.lemmas & lines[k - 1].lemmas and _plain_statement(line):
            new = words[k] | words[k + 1]
            if len(_things(lines[k: k + 2]) & new) < 2:
                seen |= words[k]
                continue  # names alone (a fixture list's next clubs: "Derby (away to Millwall) will …") are no new story
            # Each later sentence counts for the side it shares more words with (a stray
            # "hour" or "decision" the first item also used leaves a sentence on the new one).
            old = sum(1 for w in words[k + 2:] if len(w & seen) > len(w & new))
            kept = sum(1 for w in words[k + 2:] if w & new and len(w & new) >= len(w & seen))
            if kept >= 3 and kept >= 3 * old:
                return line.index
        seen |= words[k]
    return None


def _connective_break(lines: Sequence[_Line]) -> int | None:
    """ "Meanwhile, …" (or "In other news, …") naming someone or somewhere new that shares
    at most one word with what came before, places and peoples aside, and no name of
    theirs ("Meanwhile, the Australian cricket team has arrived in Adelaide …" after a
    swimming award; not "Meanwhile, Opposition leader Simon Crean has described Dr
    Hollingworth's explanation …"), while what follows keeps to it."""
    seen: set[str] = set()
    named: set[str] = set()
    places: set[str] = set()
    words = [set(x.words) for x in lines]
    for k, line in enumerate(lines):
        if k >= 2 and _NEXT_ITEM.match(line.span.text) and any(n not in seen and n not in named for n in line.names):
            shared = (words[k] & seen) - line.places
            if len(shared) <= 1 and not shared & named:
                old, kept = _sides(lines[k + 1:], seen, words[k], places | line.places)
                if k + 1 == len(lines) or (kept >= 1 and kept >= old):
                    return line.index
        seen |= words[k]
        named |= {w for e in line.span.ents if e.label_ in {"PERSON", "ORG", "FAC", "EVENT", "WORK_OF_ART"}
                  for w in (t.lower_ for t in e)}
        places |= line.places
    return None


def _named_break(lines: Sequence[_Line]) -> int | None:
    """A plain statement, not a report of what someone says, whose subject names someone
    or something new ("Palestinian leader Yasser Arafat's call for an end to attacks …",
    "The former chief financial officer of retailer Harris Scarfe will face court …"),
    sharing at most one word with what came before and no one the first item named;
    after it the first item's people never come back and the new one's are named again,
    while what follows keeps to the new subject."""
    words = [set(x.words) for x in lines]
    for k in range(3, len(lines) - 1):
        line = lines[k]
        if not (words[k] and _plain_statement(line)) or line.span.root.lemma_.lower() in _REPORTS:
            continue
        head = lines[:k]
        seen = set().union(*words[:k])
        people = set().union(*(x.people for x in head))
        if not people:
            continue  # a first item that names no one: the new name may be its unnamed subject's
        places = set().union(*(x.places for x in head))
        names = set().union(*(x.names for x in head))
        subj = next((t for t in line.span.root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None:
            continue
        tree = list(subj.subtree)
        introduced = any(t.ent_type_ in _NAMED and t.lemma_.lower() not in names and t.lemma_.lower() not in seen
                         for t in tree)
        counted = any(t.like_num or t.ent_type_ in {"CARDINAL", "QUANTITY"} for t in tree) \
            and not any(t.dep_ in {"det", "poss"} for t in subj.children) \
            and bool(line.entities - set().union(*(x.entities for x in head)))
        if not (introduced or counted):
            continue  # ("The pilot was killed …", "Two guides who survived were acquitted")
        shared = words[k] & seen
        if len(shared) > 1 or shared & people:
            continue
        if len(_things(lines[k: k + 2]) & (words[k] | words[k + 1])) < 2:
            continue  # names alone (a fixture list) are no new story
        tail = lines[k + 1:]
        if any(x.people & people for x in tail):
            continue  # the first item's people come back: one story
        if not any(x.people & (line.people - people) for x in tail):
            continue  # the new subject's people are never named again
        old, kept = _sides(tail, seen, words[k], places, own_places=True)
        if kept >= 2 and old <= kept // 3:
            return line.index
    return None


def _things(lines: Sequence[_Line]) -> set[str]:
    """The common nouns of ``lines`` (what they are about besides names)."""
    return {t.lemma_.lower() for x in lines for t in x.span if t.pos_ == "NOUN" and t.text.islower()}


def _keeps_to(new: set[str], seen: set[str], rest: Sequence[set[str]]) -> bool:
    """Whether what follows a sentence keeps to its subject rather than the story's so far
    (nothing following: nothing against it)."""
    kept = sum(1 for w in rest if w & new)
    old = sum(1 for w in rest if w & seen)
    return not rest or (kept >= 1 and kept >= old)


def _sides(rest: Sequence[_Line], seen: set[str], new: set[str], places: set[str], *,
           own_places: bool = False) -> tuple[int, int]:
    """How many of the sentences ``rest`` keep to the old subject (share more words with
    ``seen``, places and peoples aside) and how many to the new one (``new``, growing with
    each sentence that follows)."""
    grown = set(new)
    old = kept = 0
    for x in rest:
        w = set(x.words)
        a = len((w & seen) - places - (x.places if own_places else set()))
        b = len(w & grown)
        if a > b:
            old += 1
        elif b:
            kept += 1
        grown |= w
    return old, kept
