"""Choosing sentences: the candidates every part starts from, their salience and roles.

Every part generator starts here. A sentence is a *candidate* for a generated part
when it states something (not a question, not a bare quote fragment, not a teaser)
and is long enough to carry a fact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span

from copydesk.generate.compress import finite_with_subject
from copydesk.generate.debris import RUN_IN, SIGNPOST, SPLICE, caption_like
from copydesk.generate.roles import Roles, features, latest_year, story_roles, tag
from copydesk.model import Analysis, DateMention, Sentence, SentenceFacts
from copydesk.nlp.analyse import ParsedStory
from copydesk.nlp.facts import sentence_facts
from copydesk.nlp.injection import is_instruction
from copydesk.nlp.parser import load_pipeline
from copydesk.nlp.segment import group_by_sentence

_MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
_PRONOUN_SUBJECTS = frozenset({"he", "she", "it", "they", "this", "that", "these", "those", "we", "i", "you"})
# Daily Mail / agency furniture that is not part of the story proper.
_BOILERPLATE = re.compile(
    r"(click here|scroll down|for more|follow us|sign up|subscribe|©|all rights reserved|"
    r"^by \. |published: |updated: |share this|read more)",
    re.I,
)


@dataclass(frozen=True)
class Candidate:
    """A sentence ready for selection."""

    index: int
    sentence: Sentence
    facts: SentenceFacts
    span: Span
    salience: float
    chunks: tuple[Span, ...] = ()
    """The sentence's noun chunks (computed once per document: ``span.noun_chunks``
    rescans the whole document on every call)."""
    roles: Roles = Roles(frozenset({"detail"}), "detail")
    """What the sentence does in the story (:mod:`copydesk.generate.roles`)."""

    @property
    def id(self) -> str:
        return self.sentence.id

    @property
    def lemmas(self) -> frozenset[str]:
        return frozenset(self.facts.content_lemmas)


def spans_of(parsed: ParsedStory) -> tuple[Span, ...]:
    """The sentence spans, re-parsing the sentences when the parse is not at hand."""
    if parsed.spans and len(parsed.spans) == len(parsed.analysis.sentences):
        return parsed.spans
    nlp = load_pipeline()
    docs = list(nlp.pipe(s.text for s in parsed.analysis.sentences))
    return tuple(d[:] for d in docs)


def story_text(cands: Sequence[Candidate]) -> str:
    """The story's body as the parse holds it (the longest document among the candidates:
    a sentence cut from a caption has a document of its own)."""
    docs = {id(c.span.doc): c.span.doc for c in cands}  # (each document's text is built once, not per sentence)
    return max((d.text for d in docs.values()), key=len, default="")


def _noun_chunks(doc: Doc) -> list[Span]:
    try:
        return list(doc.noun_chunks)
    except ValueError:  # no parse
        return []


def _chunks_by_sentence(spans: tuple[Span, ...]) -> list[tuple[Span, ...]]:
    if not spans:
        return []
    if all(sp.doc is spans[0].doc for sp in spans):
        return [tuple(x) for x in group_by_sentence(_noun_chunks(spans[0].doc), spans)]
    # Re-parsed one sentence per document (an analysis loaded from JSON).
    return [tuple(_noun_chunks(sp.doc)) for sp in spans]


_LEAD_TAILS = 3
"""How many of the story's first sentences may give up a sentence run in after a caption."""


def lead_tail(
    i: int, s: Sentence, f: SentenceFacts, span: Span, analysis: Analysis
) -> tuple[Sentence, SentenceFacts, Span, tuple[Span, ...], Roles] | None:
    """The sentence a photo caption ran into, near the top of a story, as a sentence of
    its own: "Sister Gertrud (not pictured) was found in her bedroom, with a towel on her
    face An 86-year-old nun was reportedly gang-raped …" → "An 86-year-old nun was
    reportedly gang-raped …". It keeps the id of the sentence it was cut from (every
    word of it is that sentence's), with its own parse, facts and roles; None when the
    run-in part is not one whole sentence that is news."""
    runs = list(RUN_IN.finditer(s.text))
    if not runs:
        return None
    start = runs[-1].start() + 2
    text = s.text[start:].strip()
    if len(text.split()) < 8 or not text.endswith((".", "!", "”", "’", '"', "'")) or SPLICE.search(text):
        return None
    doc = load_pipeline()(text)
    if len(list(doc.sents)) != 1:
        return None
    tail = doc[:]
    if not finite_with_subject(tail):
        return None
    facts = sentence_facts(s.id, tail, list(f.entities))
    roles = tag(features(tail, facts, analysis, latest_year(analysis)))
    if roles.primary == "debris" or caption_like(tail, s.id, analysis):
        return None
    sentence = Sentence(id=s.id, paragraph=s.paragraph, text=text, start=s.start + start, end=s.end)
    return sentence, facts, tail, tuple(_noun_chunks(doc)), roles


def signpost_tail(
    s: Sentence, f: SentenceFacts, analysis: Analysis
) -> tuple[Sentence, SentenceFacts, Span, tuple[Span, ...], Roles] | None:
    """The sentence under an Axios-style signpost, without it: "Why it matters: The
    port handles a third of the country's trade." → "The port handles …". The label is
    layout (the point of view writes its own); the sentence keeps its id (every word of
    it is that sentence's), with its own parse, facts and roles. None when there is no
    signpost or what follows is not one sentence."""
    m = SIGNPOST.match(s.text)
    if not m:
        return None
    text = s.text[m.end():].strip()
    doc = load_pipeline()(text)
    if len(text.split()) < 4 or len(list(doc.sents)) != 1:
        return None
    tail = doc[:]
    facts = sentence_facts(s.id, tail, list(f.entities))
    roles = tag(features(tail, facts, analysis, latest_year(analysis)))
    sentence = Sentence(id=s.id, paragraph=s.paragraph, text=text, start=s.start + m.end(), end=s.end)
    return sentence, facts, tail, tuple(_noun_chunks(doc)), roles


def candidates(parsed: ParsedStory) -> list[Candidate]:
    """Sentences that can carry a generated statement, with their salience and roles.

    Debris (captions, video links, bylines, tickers) and questions never can.
    """
    a = parsed.analysis
    spans = spans_of(parsed)
    chunks = _chunks_by_sentence(spans)
    roles = story_roles(spans, a)
    out: list[Candidate] = []
    for i, (s, f, sp) in enumerate(zip(a.sentences, a.facts, spans, strict=True)):
        words = len(s.text.split())
        if is_instruction(s.text):
            continue  # text addressed to a model, not news: never repeated on the page
        sal = a.salience[i] if i < len(a.salience) else 0.0
        if roles[i].primary == "debris" and i < _LEAD_TAILS:
            tail = lead_tail(i, s, f, sp, a)
            if tail is not None:
                out.append(Candidate(i, *tail[:3], sal, tail[3], tail[4]))
            continue
        if words < 6 or s.text.rstrip().endswith("?") or _BOILERPLATE.search(s.text) or roles[i].primary == "debris":
            continue
        signed = signpost_tail(s, f, a) if SIGNPOST.match(s.text) else None
        if signed is not None:
            if signed[4].primary != "debris":
                out.append(Candidate(i, *signed[:3], sal, signed[3], signed[4]))
            continue
        out.append(Candidate(i, s, f, sp, sal, chunks[i], roles[i]))
    if not out:
        # A very short story: any sentence with words in it will have to do.
        for i, (s, f, sp) in enumerate(zip(a.sentences, a.facts, spans, strict=True)):
            if len(s.text.split()) >= 2 and not is_instruction(s.text):
                out.append(Candidate(i, s, f, sp, a.salience[i] if i < len(a.salience) else 0.0, chunks[i], roles[i]))
    return out


def jaccard(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def pronoun_subject(c: Candidate) -> bool:
    """Whether the sentence leans on an earlier one ("He also visited …")."""
    subj = (c.facts.subject or "").lower()
    return subj in _PRONOUN_SUBJECTS or c.sentence.text.split()[0].lower() in _PRONOUN_SUBJECTS


def short_date(iso: str) -> str | None:
    """``2025-10-29`` → ``Oct 29``."""
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return None
    return f"{_MONTHS[d.month - 1]} {d.day}"


_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def annotate_dates(text: str, sentence_id: str, analysis: Analysis) -> str:
    """Add the calendar date after a bare weekday: "this Wednesday" → "this Wednesday (Oct 29)".

    A reader who meets the synopsis days later cannot tell which Wednesday was meant.
    Only day-resolved weekday expressions from the same sentence are annotated; never
    when the story has no reference date (the day would be a guess), and never a weekday
    the sentence already dates ("on Tuesday, Jan 3", "Tuesday 9 May").
    """
    from copydesk.nlp.dates import weekday_has_date

    if analysis.reference_date is None:
        return text
    source = next((s.text for s in analysis.sentences if s.id == sentence_id), "")
    mentions: list[DateMention] = [
        d for d in analysis.dates
        if d.sentence == sentence_id and d.granularity == "day" and d.value and _WEEKDAY.search(d.text)
    ]
    for d in mentions:
        label = short_date(d.value or "")
        if not label or d.text not in text or f"{d.text} ({label})" in text:
            continue
        if weekday_has_date(text, d.text) or weekday_has_date(source, d.text):
            continue
        text = text.replace(d.text, f"{d.text} ({label})", 1)
    return text
