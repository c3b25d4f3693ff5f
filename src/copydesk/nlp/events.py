"""Dated events: who did what, when and where, read off the parse of each dated sentence.

Every event rests on a date expression the analysis already resolved
(:mod:`copydesk.nlp.dates`): no date is made up here, so a story with no reference date
gets events only from the dates that name their own year. From the date expression the
parse is climbed to what it dates — a verb ("met … this Wednesday"), or an event noun
under a copula ("It was the first meeting since the summit … in July 2024") — and that
head's clause gives the rest:

* the **predicate**: the verb with its auxiliaries and control verbs ("will meet",
  "is expected to travel", "visited"), or the event noun ("summit");
* the **participants**: people and organisations inside the clause (places too when
  they are its subject or object), a "he"/"she" subject read as the last person who
  was a subject before, "the two ministers" as the previous sentence's two people;
* the **place**: a place inside the clause after "in", "at", "near", "to" …;
* **past or planned**: against the reference date (an interval wholly after it is
  planned, wholly before it past), else by the clause's own tense.

A negated clause ("did not meet on Monday") is not an event. Two dated mentions of the
same verb keep the finer date; the same event told twice in a story (same predicate,
same date, shared or no participants) becomes one event citing both sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Span, Token

from copydesk.model import DateMention, Entity, Event, Sentence, SentenceFacts

__all__ = ["EVENT_NOUNS", "REPORTING", "date_interval", "extract_events", "is_planned"]

EVENT_NOUNS = frozenset({
    "summit", "meeting", "talks", "talk", "visit", "trip", "call", "session", "conference",
    "election", "vote", "referendum", "agreement", "deal", "treaty", "pact", "exercise",
    "drill", "attack", "strike", "raid", "match", "final", "game", "race", "tournament",
    "ceremony", "funeral", "wedding", "launch", "hearing", "trial", "inauguration", "tour",
    "crash", "explosion", "earthquake", "storm", "protest", "rally", "speech", "interview",
    "announcement", "signing", "negotiation", "negotiations", "dialogue", "forum", "festival",
})
"""Nouns that name an event by themselves ("the summit in July 2024")."""

REPORTING = frozenset({
    "say", "tell", "add", "state", "note", "claim", "insist", "explain", "write", "report",
    "comment", "reply", "remark", "confirm", "deny", "argue", "warn",
})
"""Verb lemmas whose dated clause is a statement, not an event of the story's topic."""

_LIGHT = frozenset({"be", "have"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll"})
_FUTURE_LEMMAS = frozenset({"expect", "plan", "schedule", "due", "set", "intend", "aim", "slate", "prepare"})
_PLACE_PREPS = frozenset({"in", "at", "near", "to", "inside", "outside", "across", "from"})
_CLAUSE_BREAKS = frozenset({"advcl", "ccomp", "relcl", "parataxis", "acl", "csubj"})
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "iobj"})
_PRONOUNS = frozenset({"he", "she"})
_GRAIN_RANK: dict[str, int] = {"day": 0, "range": 1, "week": 2, "month": 3, "year": 4}
_ATTRIBUTIVE = frozenset({"nummod", "compound", "amod", "nmod"})
_CIRCUMSTANCE_PREPS = frozenset({"after", "before", "since", "following", "like", "unlike", "despite"})
_OCCASION_PREPS = frozenset({"in", "at", "during", "on", "through", "throughout", "over"})
_BOUNDARY_PREPS = frozenset({"since", "until", "till", "before", "after", "by"})
"""A date after these bounds an event ("since 2010", "until May 2015") without dating it."""


def date_interval(value: str, start: str | None = None, end: str | None = None) -> tuple[date, date] | None:
    """The first and last day a resolved date value covers; None when it cannot be read.

    >>> date_interval("2025-10")
    (datetime.date(2025, 10, 1), datetime.date(2025, 10, 31))
    """
    try:
        if start and end:
            return date.fromisoformat(start), date.fromisoformat(end)
        parts = value.split("-")
        if len(parts) == 3:
            d = date.fromisoformat(value)
            return d, d
        if len(parts) == 2 and parts[1].isdigit():
            y, m = int(parts[0]), int(parts[1])
            first = date(y, m, 1)
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return first, nxt - timedelta(days=1)
        if len(parts) == 1 and parts[0].isdigit():
            y = int(parts[0])
            return date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        return None
    return None


def is_planned(interval: tuple[date, date], reference: date | None, future: bool) -> bool:
    """Whether an event over ``interval`` lies ahead of ``reference`` (its clause's tense
    decides when the interval holds the reference, or there is none)."""
    if reference is not None:
        if interval[0] > reference:
            return True
        if interval[1] < reference:
            return False
    return future


@dataclass
class _Draft:
    sentence: int
    head: int
    mention: DateMention
    interval: tuple[date, date]
    predicate: str
    lemma: str
    planned: bool
    statement: bool
    participants: list[str] = field(default_factory=list)
    place: str | None = None
    sentences: list[str] = field(default_factory=list)


def _char_tokens(span: Span, text: str, start: int = 0) -> list[tuple[int, int]]:
    """Token ranges of each whole-word occurrence of ``text`` in ``span`` (doc token indices)."""
    out: list[tuple[int, int]] = []
    if not text:
        return out
    for m in re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", span.text[start:]):
        a = span.start_char + start + m.start()
        sub = span.doc.char_span(a, a + len(text), alignment_mode="expand")
        if sub is not None:
            out.append((sub.start, sub.end))
    return out


def _entity_tokens(span: Span, ent: Entity) -> set[int]:
    names = {ent.name, *ent.aliases}
    if ent.kind == "PERSON" and " " in ent.name:
        names.add(ent.name.split()[-1])
    toks: set[int] = set()
    for name in sorted(names, key=len, reverse=True):
        for a, b in _char_tokens(span, name):
            if not toks.intersection(range(a, b)):
                toks.update(range(a, b))
    return toks


def _locate(span: Span, ents: Sequence[Entity]) -> dict[str, set[int]]:
    """Each entity's tokens in ``span``; a name inside a longer one ("India" of
    "India-Russia Intergovernmental Commission") is not a mention of its own."""
    raw = {e.id: _entity_tokens(span, e) for e in ents}
    out: dict[str, set[int]] = {}
    for eid, toks in raw.items():
        inside = set().union(*(o for k, o in raw.items() if k != eid and len(o) > len(toks)))
        out[eid] = toks - inside
    return out


def _head(date_span: Span) -> tuple[Token, bool] | None:
    """The token the date expression dates, and whether it is a noun: a date written
    before a noun dates that noun ("describe the 1915 massacre", "point to her 2011
    speech"), not the verb of the clause, unless the noun is where or when the verb
    happened ("scored in the 2010 final", "on the 2008 campaign trail, Obama promised");
    otherwise the first verb above the date, or an event noun under a copula."""
    inside = range(date_span.start, date_span.end)
    root = date_span.root
    modified = root.head
    while modified.dep_ == "compound" and modified.head.i != modified.i:  # "the 2010 League Cup final"
        modified = modified.head
    if (root.dep_ in _ATTRIBUTIVE and modified.pos_ in ("NOUN", "PROPN") and modified.i >= date_span.end
            and not (modified.dep_ == "pobj" and modified.head.lower_ in _OCCASION_PREPS)):
        return modified, True
    noun: Token | None = None
    for a in date_span.root.ancestors:
        if a.i in inside:
            continue
        if a.pos_ in ("NOUN", "PROPN") and noun is None and a.lemma_.lower() in EVENT_NOUNS:
            noun = a
        if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("aux", "auxpass"):
            if a.lemma_.lower() in _LIGHT and noun is not None:
                return noun, True
            return a, False
    if noun is not None:
        return noun, True
    return None


def _verb_chain(verb: Token) -> list[Token]:
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain[::-1]


def _predicate(verb: Token) -> tuple[str, str, bool, bool]:
    """(phrase, head lemma, future, negated) of a verb with its auxiliaries and control verbs."""
    chain = _verb_chain(verb)
    toks: list[Token] = []
    future = negated = False
    for v in chain:
        for c in v.children:
            if c.dep_ == "neg" or c.lower_ in ("never", "not", "n't"):
                negated = True
            if c.dep_ in ("aux", "auxpass") and c.i < v.i:
                toks.append(c)
                if c.lower_ in _FUTURE_AUX:
                    future = True
            elif c.dep_ == "prt":
                toks.append(c)
        toks.append(v)
        if v.lemma_.lower() in _FUTURE_LEMMAS and v.i != chain[-1].i:
            future = True
    if verb.tag_ in ("VB", "VBP", "VBZ") and not any(t.dep_ in ("aux", "auxpass") for t in toks):
        # "Spain host Slovakia in September": a bare present dates a fixture ahead.
        future = future or verb.tag_ == "VB"
    words = [t.text for t in sorted(set(toks), key=lambda t: t.i)]
    phrase = " ".join(words[-6:]).lower() if words else verb.text.lower()
    if phrase.split()[0] in ("ca", "wo"):
        phrase = verb.text.lower()
    return phrase, verb.lemma_.lower(), future, negated


def _clause_tokens(head: Token, date_tokens: range) -> set[int]:
    """Indices of the head's clause, leaving out embedded clauses the date is not in, and
    phrases that set the event against another ("after spells with Stade Francais",
    "following in the footsteps of Alvaro Negredo"): who is named there takes no part."""
    top = _verb_chain(head)[0] if head.pos_ in ("VERB", "AUX") else head
    out: set[int] = set()
    stack = [top]
    while stack:
        t = stack.pop()
        out.add(t.i)
        for c in t.children:
            aside = c.dep_ in _CLAUSE_BREAKS or (c.dep_ == "prep" and c.lower_ in _CIRCUMSTANCE_PREPS)
            if aside and not any(x.i in date_tokens for x in c.subtree):
                continue
            stack.append(c)
    return out


def _argument(tok: Token) -> bool:
    """A subject or object of its clause, or coordinated with one ("India and Russia")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in _ARG_DEPS


def _subject_tokens(head: Token) -> list[Token]:
    """The subjects of the head's clause; a verb coordinated with an earlier one and
    without a subject of its own shares that verb's ("Moon followed her dreams and moved
    to the Philippines in 2012")."""
    top = _verb_chain(head)[0] if head.pos_ in ("VERB", "AUX") else head
    for _ in range(5):  # a few coordinated verbs at most
        subjects = [c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or top.dep_ != "conj" or top.head.i == top.i or top.head.pos_ not in ("VERB", "AUX"):
            return subjects
        top = _verb_chain(top.head)[0]
    return []


def extract_events(
    spans: Sequence[Span],
    sentences: Sequence[Sentence],
    entities: Sequence[Entity],
    dates: Sequence[DateMention],
    facts: Sequence[SentenceFacts],
    reference: date | None,
) -> tuple[Event, ...]:
    """The story's dated events, in date order (see the module docstring)."""
    by_id = {e.id: e for e in entities}
    sid_index = {s.id: i for i, s in enumerate(sentences)}
    by_sentence: dict[int, list[DateMention]] = {}
    for m in dates:
        if m.value is not None and m.sentence in sid_index:
            by_sentence.setdefault(sid_index[m.sentence], []).append(m)
    drafts: list[_Draft] = []
    last_person: str | None = None
    prev_people: list[str] = []
    for i, (span, sent, f) in enumerate(zip(spans, sentences, facts, strict=False)):
        ents = [by_id[e] for e in f.entities if e in by_id]
        located = _locate(span, ents)
        people = [e.id for e in ents if e.kind == "PERSON"]
        for m in by_sentence.get(i, []):
            draft = _draft(span, i, sent, m, located, by_id, reference, f, last_person, prev_people)
            if draft is not None:
                _add(drafts, draft)
        subject_person = _subject_person(span, located, by_id)
        if subject_person is not None:
            last_person = subject_person
        prev_people = people
    return _finish(_merge(drafts))


def _subject_person(span: Span, located: dict[str, set[int]], by_id: dict[str, Entity]) -> str | None:
    for t in span:
        if t.dep_ in ("nsubj", "nsubjpass"):
            sub = {x.i for x in t.subtree}
            for eid, toks in located.items():
                if by_id[eid].kind == "PERSON" and toks & sub:
                    return eid
    return None


def _draft(
    span: Span, i: int, sent: Sentence, m: DateMention, located: dict[str, set[int]],
    by_id: dict[str, Entity], reference: date | None, f: SentenceFacts,
    last_person: str | None, prev_people: list[str],
) -> _Draft | None:
    interval = date_interval(m.value or "", m.start, m.end)
    where = _char_tokens(span, m.text)
    if interval is None or not where:
        return None
    date_span = span.doc[where[0][0]:where[0][1]]
    before = span.doc[date_span.start - 1] if date_span.start > 0 else None
    if (date_span.root.dep_ == "pobj" and date_span.root.head.lower_ in _BOUNDARY_PREPS) or (
            before is not None and before.lower_ in _BOUNDARY_PREPS):  # also where the parse lost the "since"
        return None
    found = _head(date_span)
    if found is None:
        return None
    head, is_noun = found
    if is_noun:
        nominal = sorted([head, *(c for c in head.children if c.dep_ == "compound")], key=lambda t: t.i)
        phrase, lemma, future, negated = " ".join(t.lower_ for t in nominal), head.lemma_.lower(), False, False
        gov = head.head
        while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
            gov = gov.head
        if gov.pos_ in ("VERB", "AUX"):
            future = _predicate(gov)[2]
        if any(c.lower_ in ("next", "upcoming", "coming", "forthcoming") for c in head.children):
            future = True
    else:
        phrase, lemma, future, negated = _predicate(head)
    if negated:
        return None
    future = future or (f.tense == "future" and not is_noun)
    clause = _clause_tokens(head, range(date_span.start, date_span.end))
    participants: list[str] = []
    place: str | None = None
    for eid, toks in located.items():
        if not toks & clause or toks & set(range(date_span.start, date_span.end)):
            continue
        ent = by_id[eid]
        if ent.kind in ("PERSON", "ORG"):
            participants.append(eid)
        elif ent.kind in ("PLACE", "FACILITY"):
            root = max((span.doc[t] for t in toks), key=lambda t: t.head.i not in toks)
            prep = root.head if root.dep_ == "pobj" else None
            if prep is not None and prep.lower_ in _PLACE_PREPS and prep.lower_ != "from":
                place = place or eid
            elif (ent.kind == "PLACE" and _argument(root)) or (
                    prep is not None and prep.lower_ in ("between", "with")):
                participants.append(eid)
    if is_noun and last_person and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children):
        participants.insert(0, last_person)  # "her 2008 campaign"
    if not is_noun:
        subjects = _subject_tokens(head)
        words = " ".join(t.lower_ for s in subjects for t in s.subtree)
        subject_toks = {t.i for s in subjects for t in s.subtree}
        if subjects and subjects[0].lower_ in _PRONOUNS and last_person:
            participants.insert(0, last_person)  # "he" is a person whoever else the clause names
        elif not any(by_id[p].kind == "PERSON" for p in participants):
            shared = [eid for eid, toks in located.items()
                      if by_id[eid].kind == "PERSON" and toks & subject_toks and not toks & clause]
            if shared:  # the subject of the verb this one is coordinated with
                participants[:0] = shared
            elif re.match(r"^the (two|both) \w+$", words) and len(prev_people) == 2:
                participants[:0] = prev_people
    return _Draft(
        sentence=i, head=head.i, mention=m, interval=interval, predicate=phrase, lemma=lemma,
        planned=is_planned(interval, reference, future), statement=lemma in REPORTING,
        participants=list(dict.fromkeys(participants)), place=place, sentences=[sent.id],
    )


def _add(drafts: list[_Draft], draft: _Draft) -> None:
    """Add ``draft``; a second date of the same head keeps the finer one."""
    for k, d in enumerate(drafts):
        if d.sentence == draft.sentence and d.head == draft.head:
            if _GRAIN_RANK[draft.mention.granularity] < _GRAIN_RANK[d.mention.granularity]:
                drafts[k] = draft
            return
    drafts.append(draft)


def _merge(drafts: Iterable[_Draft]) -> list[_Draft]:
    """One event for one predicate on one date told in several sentences."""
    out: list[_Draft] = []
    for d in drafts:
        for o in out:
            same_date = o.mention.value == d.mention.value and o.interval == d.interval
            shared = not o.participants or not d.participants or set(o.participants) & set(d.participants)
            if same_date and o.lemma == d.lemma and shared:
                o.sentences += [s for s in d.sentences if s not in o.sentences]
                o.participants += [p for p in d.participants if p not in o.participants]
                o.place = o.place or d.place
                break
        else:
            out.append(d)
    return out


def _finish(drafts: list[_Draft]) -> tuple[Event, ...]:
    drafts.sort(key=lambda d: (d.interval[0], d.interval[1], d.sentence))
    out = []
    for n, d in enumerate(drafts, 1):
        out.append(Event(
            id=f"v{n}", date=d.mention.value or "", start=d.mention.start, end=d.mention.end,
            granularity=d.mention.granularity, date_text=d.mention.text,
            status="planned" if d.planned else "past",
            kind="statement" if d.statement else "event",
            predicate=d.predicate, lemma=d.lemma, participants=tuple(d.participants),
            place=d.place, sentences=tuple(d.sentences),
        ))
    return tuple(out)
