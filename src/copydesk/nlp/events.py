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
  they are its subject or object), and the person a clause leaves unnamed, read back
  conservatively from the story's own people: a "he"/"she" subject (or "his"/"her" on a
  dated noun, "her first marriage", or a "him"/"her" object) as the last person who was a
  subject, unless the story shows them of the other gender, else the one person of that
  gender named just before; a description ("the flanker", "the 48-year-old") as the
  story's central person; a participle's or infinitive's understood subject ("after
  leaving Wasps in 2009", "is due to undergo surgery on Tuesday") as the subject of the
  clause it hangs on; "the two ministers" as the previous sentence's two people;
* the **place**: a place inside the clause after "in", "at", "near", "to" …;
* **past or planned**: against the reference date (an interval wholly after it is
  planned, wholly before it past), else by the clause's own tense.

A negated clause ("did not meet on Monday") is not an event, nor is a caption's date of its
photograph ("Smith, pictured in 2014, …"; "pictured at their wedding in May 2013" dates
the wedding). Two dated mentions of the
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
from copydesk.nlp.gender import FEMALE_WORDS, MALE_WORDS, NOUN_GENDER, title_gender

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
PERSON_NOUNS = frozenset({
    "player", "star", "striker", "winger", "forward", "midfielder", "defender", "goalkeeper", "keeper",
    "captain", "flanker", "batsman", "bowler", "wicketkeeper", "all-rounder", "jockey", "rider", "driver",
    "champion", "golfer", "boxer", "fighter", "cyclist", "runner", "athlete", "sprinter", "swimmer", "skier",
    "actor", "actress", "singer", "rapper", "musician", "comedian", "presenter", "model", "dancer", "author",
    "writer", "novelist", "artist", "designer", "chef", "businessman", "businesswoman", "tycoon",
    "billionaire", "millionaire", "entrepreneur", "politician", "senator", "man", "woman", "boy", "girl",
    "teenager", "youngster", "veteran", "native", "pensioner", "grandmother", "grandfather", "satirist",
    "entertainer", "comic", "legend", "footballer", "cricketer", "international", "coach", "manager",
    "socialite", "heiress", "mogul", "soldier", "pilot", "nurse", "doctor", "student", "mother", "father",
})
"""Nouns that, as a definite singular subject ("the flanker", "the seven-time world
champion", "the Los Angeles native"), describe a person the story has named."""
_OWNED_EVENTS = EVENT_NOUNS | {"marriage", "debut", "album", "anthem", "song", "single", "record", "book", "film"}
"""Subject nouns whose owner ("her first marriage took place", "his album was released")
takes part in what the sentence dates."""
_RELATIVES = frozenset({"who", "that", "whom"})
_PHOTO_VERBS = frozenset({"pictured", "photographed", "snapped"})
"""A date on these dates a photograph ("Smith, pictured in 2014"), not an event."""
_PHOTO_PLACES = frozenset({"left", "right", "above", "below", "centre", "center"})
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


@dataclass
class _Cast:
    """Who the story names, sentence by sentence, to read back a participant a clause
    leaves unnamed: a pronoun, a description of the story's person, an understood subject."""

    by_id: dict[str, Entity]
    named: list[list[str]]
    """The people each sentence names, in the order they first appear."""
    gender: dict[str, str | None]
    central: str | None
    """The story's person: the most salient, clearly ahead of any other."""
    first: dict[str, int]
    """The sentence each person is first named in."""
    last_person: str | None = None
    """The last person who was a sentence's subject."""


def _cast(spans: Sequence[Span], located: list[dict[str, set[int]]], by_id: dict[str, Entity]) -> _Cast:
    named: list[list[str]] = []
    for loc in located:
        found = [(min(toks), eid) for eid, toks in loc.items() if toks and by_id[eid].kind == "PERSON"]
        named.append([eid for _, eid in sorted(found)])
    first: dict[str, int] = {}
    for i, people in enumerate(named):
        for p in people:
            first.setdefault(p, i)
    gender: dict[str, str | None] = {}
    for eid in first:
        # What follows the name in a sentence naming no one else ("Dane said he …"); what
        # precedes it is someone else's ("Her manager, Paul Dane, …").
        evidence = [{t.lower_ for t in span if t.i > min(loc[eid])}
                    for span, loc, people in zip(spans, located, named, strict=False) if people == [eid]]
        gender[eid] = _gender(by_id[eid], evidence)
    return _Cast(by_id, named, gender, _central(by_id, first), first)


def _gender(ent: Entity, evidence: list[set[str]]) -> str | None:
    """"m", "f" or None, from the person's title or role ("his wife Lisa Morrow"), else the
    pronouns after their name in sentences that name no one else (never both)."""
    titled = title_gender(ent.title)
    if titled is not None:
        return titled
    roles = {NOUN_GENDER.get(w) for w in (ent.role or "").lower().replace("'s", " ").split()} - {None}
    if len(roles) == 1:
        return roles.pop()
    # Not "he"/"she": which person those mean is what the genders are for.
    he = sum(bool(w & (MALE_WORDS - _PRONOUNS)) for w in evidence[:6])
    she = sum(bool(w & (FEMALE_WORDS - _PRONOUNS)) for w in evidence[:6])
    return "m" if he and not she else "f" if she and not he else None


_CENTRAL_SALIENCE = 0.6
"""The least salience (the story's most salient entity has 1) a central person has: a story
about a song or a place, whose people are each a passing name, has none."""


def _central(by_id: dict[str, Entity], first: dict[str, int]) -> str | None:
    """The story's central person: the most salient one named, at least a fifth ahead of
    any other person (names sharing a word with it are taken as the same person)."""
    people = sorted((by_id[p] for p in first), key=lambda e: -e.salience)
    if not people:
        return None
    top = people[0]
    words = set(top.name.lower().split())
    rivals = [e for e in people[1:] if not words & set(e.name.lower().split())]
    if top.salience < _CENTRAL_SALIENCE or (rivals and rivals[0].salience * 1.2 > top.salience):
        return None
    return top.id


def _pronoun_person(word: str, i: int, before: int, span: Span, located: dict[str, set[int]], cast: _Cast) -> str | None:
    """The person a "he"/"she"/"his"/"her" at token ``before`` of sentence ``i`` means: the
    last person who was a subject, unless the story shows them of the other gender; else
    the one person of a compatible gender named nearest before it, in this sentence or the
    three before (two such is no one); else the story's central person, named before and
    of that gender."""
    want = "m" if word in MALE_WORDS else "f"
    here = [eid for eid in cast.named[i] if located.get(eid) and min(located[eid]) < before]
    window = [here, *(cast.named[j] for j in range(i - 1, max(-1, i - 4), -1))]
    last = cast.last_person
    if last is not None and cast.gender.get(last) in (want, None):
        return last
    for people in window:
        fits = [p for p in people if cast.gender.get(p) in (want, None)]
        if fits:
            return fits[0] if len(fits) == 1 else None
    c = cast.central
    if c is not None and cast.gender.get(c) == want and cast.first[c] < i:
        return c
    return None


def _described_person(subject: Token, i: int, located: dict[str, set[int]], cast: _Cast) -> str | None:
    """The central person, when ``subject`` is a definite description that fits them:
    "the flanker", "the seven-time world champion", "the 48-year-old". Not when it names a
    person itself, is plural, or names another person's role or another gender."""
    c = cast.central
    if c is None or cast.first[c] >= i or subject.tag_ not in ("NN", "JJ"):
        return None
    if not any(t.dep_ == "det" and t.lower_ == "the" for t in subject.children):
        return None
    sub = {t.i for t in subject.subtree if t.i <= subject.i}
    if any(toks & sub for eid, toks in located.items() if cast.by_id[eid].kind == "PERSON"):
        return None
    noun = subject.lemma_.lower()
    aged = subject.lower_ == "old" and any(t.lower_ == "year" for t in subject.subtree)
    if noun not in PERSON_NOUNS and not aged:
        return None
    g = NOUN_GENDER.get(noun)
    if g is not None and cast.gender.get(c) not in (g, None):
        return None
    for eid in cast.first:
        described = f"{cast.by_id[eid].title or ''} {cast.by_id[eid].role or ''}".lower().split()
        if eid != c and noun in described:
            return None
    return c


def _understood_subjects(head: Token) -> list[Token]:
    """The subjects of the head's clause, or when it has none the clause it hangs on:
    a coordinated verb shares the earlier verb's ("Moon followed her dreams and moved to
    the Philippines in 2012"), a participle or infinitive the subject of the verb it
    modifies ("after leaving Wasps in 2009", "visited the stadium to cheer …", "is due to
    undergo surgery"), a relative clause its noun ("Smith, who joined in 2010")."""
    top = _verb_chain(head)[0] if head.pos_ in ("VERB", "AUX") else head
    for _ in range(6):  # a few clauses up at most
        subjects = [c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            if top.dep_ == "relcl" and subjects[0].lower_ in _RELATIVES:
                return [top.head]
            return subjects
        if top.dep_ in ("relcl", "acl") and top.head.pos_ in ("NOUN", "PROPN"):
            return [top.head]
        if top.dep_ == "pcomp" and top.head.dep_ == "prep":
            nxt = top.head.head
        elif top.dep_ in ("conj", "advcl", "xcomp", "acomp"):
            nxt = top.head
        else:
            return []
        if nxt.i == top.i or nxt.pos_ not in ("VERB", "AUX", "ADJ"):
            return []
        top = _verb_chain(nxt)[0] if nxt.pos_ in ("VERB", "AUX") else nxt
    return []


def _core(tok: Token) -> set[int]:
    """The token indices of a noun phrase without its clauses and prepositional phrases
    ("Freberg, whose inspirations were Jack Benny, …" is Freberg)."""
    out = {tok.i}
    for c in tok.children:
        if c.dep_ not in ("relcl", "acl", "prep", "advcl", "parataxis"):
            out |= _core(c)
    return out


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
    located = [_locate(span, [by_id[e] for e in f.entities if e in by_id])
               for span, f in zip(spans, facts, strict=False)]
    cast = _cast(spans, located, by_id)
    drafts: list[_Draft] = []
    prev_people: list[str] = []
    for i, (span, sent, f) in enumerate(zip(spans, sentences, facts, strict=False)):
        for m in by_sentence.get(i, []):
            draft = _draft(span, i, sent, m, located[i], cast, reference, f, prev_people)
            if draft is not None:
                _add(drafts, draft)
        subject_person = _subject_person(span, i, located[i], cast)
        if subject_person is not None:
            cast.last_person = subject_person
        prev_people = [e for e in f.entities if e in by_id and by_id[e].kind == "PERSON"]
    return _finish(_merge(drafts))


def _subject_person(span: Span, i: int, located: dict[str, set[int]], cast: _Cast) -> str | None:
    """The first person who is a subject in the sentence, or whom its first subject
    describes ("The Los Angeles native had hit records …")."""
    subjects = [t for t in span if t.dep_ in ("nsubj", "nsubjpass")]
    for t in subjects:
        sub = {x.i for x in t.subtree}
        for eid, toks in located.items():
            if cast.by_id[eid].kind == "PERSON" and toks & sub:
                return eid
    return _described_person(subjects[0], i, located, cast) if subjects else None


def _date_of_photo(date_span: Span, head: Token) -> Token | None | bool:
    """For a date under "pictured" (a caption): the event noun between them it dates
    ("pictured … at their wedding in May 2013"), else False: the date is the photograph's."""
    for a in date_span.root.ancestors:
        if a.i == head.i:
            return False
        if a.pos_ == "NOUN" and a.lemma_.lower() in EVENT_NOUNS:
            return a
    return False


def _draft(
    span: Span, i: int, sent: Sentence, m: DateMention, located: dict[str, set[int]],
    cast: _Cast, reference: date | None, f: SentenceFacts, prev_people: list[str],
) -> _Draft | None:
    by_id = cast.by_id
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
    after_photo = head.i > 0 and head.doc[head.i - 1].lower_ in _PHOTO_VERBS  # "pictured left in 2015"
    if not is_noun and (head.lower_ in _PHOTO_VERBS or (after_photo and head.lower_ in _PHOTO_PLACES)):
        photo = _date_of_photo(date_span, head)
        if not isinstance(photo, Token):
            return None
        head, is_noun = photo, True
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
    def person(word: str, tok: Token) -> str | None:
        return _pronoun_person(word, i, tok.i, span, located, cast)

    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if is_noun and owner is not None and (p := person(owner.lower_, owner)):
        participants.insert(0, p)  # "her 2008 campaign"
    if not is_noun:
        subjects = _understood_subjects(head)
        words = " ".join(t.lower_ for s in subjects for t in s.subtree)
        subject_toks = {t for s in subjects for t in _core(s)}
        named = any(by_id[p].kind == "PERSON" for p in participants)
        if subjects and subjects[0].lower_ in _PRONOUNS:
            if p := person(subjects[0].lower_, subjects[0]):
                participants.insert(0, p)  # "he" is a person whoever else the clause names
        elif shared := [eid for eid, toks in located.items()
                        if by_id[eid].kind == "PERSON" and toks & subject_toks and not toks & clause]:
            if not named:  # the subject of the clause this one hangs on
                participants[:0] = shared
        elif subjects and (p := _described_person(subjects[0], i, located, cast)):
            participants.insert(0, p)  # "the flanker", "the 48-year-old"
        elif named:
            pass
        elif re.match(r"^the (two|both) \w+$", words) and len(prev_people) == 2:
            participants[:0] = prev_people
        elif subjects and (own := next((c for c in subjects[0].children if c.dep_ == "poss"
                                        and c.lower_ in ("his", "her")), None)):
            if subjects[0].lemma_.lower() in _OWNED_EVENTS and (p := person(own.lower_, own)):
                participants.insert(0, p)  # "her first marriage took place in 1999"
        elif (obj := next((c for c in head.children if c.dep_ == "dobj" and c.lower_ in ("him", "her")), None)) and (
                p := person(obj.lower_, obj)):
            participants.append(p)  # "police arrested him in 2010"
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
