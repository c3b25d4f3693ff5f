"""Story → Analysis: one spaCy pass, then the rules that read wire copy.

>>> from copydesk.ingest import story_from_text
>>> a = analyse(story_from_text("LONDON, March 3 (Reuters) - The Bank of England held rates."))
>>> a.dateline.agency, a.sentences[0].text
('Reuters', 'The Bank of England held rates.')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span

from copydesk.model import Analysis, Dateline, DateMention, Entity, Sentence, SentenceFacts, Story
from copydesk.nlp.dateline import parse_dateline
from copydesk.nlp.dates import ResolvedDate, date_spans, event_tense, resolve_absolute, resolve_date
from copydesk.nlp.entities import extract_entities
from copydesk.nlp.events import extract_events
from copydesk.nlp.facts import open_quotes, sentence_facts
from copydesk.nlp.items import entities_within, story_item_break
from copydesk.nlp.parser import load_pipeline
from copydesk.nlp.salience import key_phrases, make_tags, sentence_salience
from copydesk.nlp.segment import build_sentences, group_by_sentence

# An unresolved DATE span is kept only if it looks like a date ("annual", "the 22nd" are not).
_DATE_WORD = re.compile(
    r"\b(\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"today|yesterday|tomorrow|week|month|year|decade|century)", re.I
)


@dataclass(frozen=True)
class ParsedStory:
    """A story, its analysis, and the spaCy parse behind it (None once serialised)."""

    story: Story
    analysis: Analysis
    doc: Doc | None = None
    spans: tuple[Span, ...] = ()

    def span(self, sid: str) -> Span | None:
        """The parsed span of sentence ``sid``, when the parse is at hand."""
        i = int(sid[1:]) - 1
        return self.spans[i] if 0 <= i < len(self.spans) else None


def _dates(
    spans: tuple[Span, ...], facts: tuple[SentenceFacts, ...], reference: date | None, today: date
) -> tuple[DateMention, ...]:
    """The story's date expressions, each resolved by the tense of the event it dates.

    The direction (ahead of or behind the reference) comes from the expression's own
    place in the parse (:func:`event_tense`), else from the sentence's tense. "Two days
    later" counts from the nearest earlier date of its sentence, else from the previous
    sentence's only date, else stays unresolved. With no reference (no dateline date, no
    publication date) only expressions that name their own year are resolved: ``today``
    is never taken for the story's date.
    """
    del today  # kept for the callers; never a stand-in for the story's date
    out: list[DateMention] = []
    # Group the document's DATE entities by sentence in one pass: ``span.ents`` scans
    # every entity of the document per call, quadratic on a long story.
    doc_dates = (ent for ent in spans[0].doc.ents if ent.label_ == "DATE") if spans else ()
    by_sentence = group_by_sentence(doc_dates, spans)
    doc_text = spans[0].doc.text if spans else ""
    previous: list[ResolvedDate] = []
    for span, f, ents in zip(spans, facts, by_sentence, strict=True):
        here: list[ResolvedDate] = []
        for ent in date_spans(span, ents, doc_text):
            text = ent.text.strip()
            r: ResolvedDate | None
            if reference is None:
                r = resolve_absolute(text)
            else:
                anchor = here[-1] if here else (previous[0] if len(previous) == 1 else None)
                direction = event_tense(ent)
                r = resolve_date(
                    text, reference=reference, tense=f.tense, sentence=span.text,
                    direction=direction, anchor=anchor,
                )
            if r is None:
                if _DATE_WORD.search(text):
                    out.append(DateMention(text=text, value=None, granularity="day", sentence=f.id))
                continue
            here.append(r)
            out.append(
                DateMention(
                    text=text, value=r.value, start=r.start, end=r.end,
                    granularity=r.granularity, sentence=f.id,
                )
            )
        previous = here
    return tuple(out)


def parse(story: Story, *, today: date | None = None) -> ParsedStory:
    """Analyse ``story`` and keep the parse for the generators that follow."""
    today = today or date.today()
    dateline, text = _prepare(story, today)
    return _from_doc(story, load_pipeline()(text), dateline, today)


def parse_many(stories: Sequence[Story], *, today: date | None = None, batch_size: int = 16) -> list[ParsedStory]:
    """:func:`parse` for many stories, the spaCy pass batched with ``nlp.pipe`` (same results)."""
    today = today or date.today()
    prepared = [_prepare(story, today) for story in stories]
    docs = load_pipeline().pipe((text for _, text in prepared), batch_size=batch_size)
    return [
        _from_doc(story, doc, dateline, today)
        for story, (dateline, _), doc in zip(stories, prepared, docs, strict=True)
    ]


def _prepare(story: Story, today: date) -> tuple[Dateline | None, str]:
    """The story's dateline, and the text the spaCy pipeline reads."""
    first = story.paragraphs[0] if story.paragraphs else story.body
    dateline: Dateline | None = parse_dateline(first, published=story.published, today=today)
    text = story.body
    if dateline is not None and dateline.end > 0:
        # Blank the dateline out (same length, so offsets hold): parsed together with
        # the first sentence it would join its subject ("New Delhi ... Singh met").
        # The blank ends in a line break: after a run of spaces alone the tagger missed a name
        # that opens the story ("Richie Benaud, the former …" read as "Benaud").
        text = " " * (dateline.end - 1) + "\n" + text[dateline.end :]
    return dateline, text


def _from_doc(story: Story, doc: Doc, dateline: Dateline | None, today: date) -> ParsedStory:
    """The analysis read off the parse ``doc`` of ``story``."""
    sentences, spans = build_sentences(doc, skip_until=dateline.end if dateline else 0)
    if not sentences and dateline is not None:
        # A story that is nothing but a dateline-shaped line: keep its text as a sentence.
        sentences, spans = build_sentences(doc)
        dateline = None
    entities, per_sentence = extract_entities(doc, spans, sentences)
    quoted = open_quotes([s.text for s in sentences], [s.paragraph for s in sentences])
    facts = tuple(
        sentence_facts(s.id, sp, per_sentence.get(i, []), in_quote=quoted[i])
        for i, (s, sp) in enumerate(zip(sentences, spans, strict=True))
    )
    reference = None
    if dateline is not None and dateline.date:
        reference = date.fromisoformat(dateline.date)
    elif story.published is not None:
        reference = story.published
    phrases = key_phrases(doc, spans)
    dates = _dates(spans, facts, reference, today)
    analysis = Analysis(
        sentences=sentences,
        dateline=dateline,
        reference_date=reference,
        entities=entities,
        dates=dates,
        facts=facts,
        salience=sentence_salience(facts, entities, [s.text for s in sentences]),
        tags=_tags(entities, phrases, spans, sentences, facts),
        key_phrases=phrases,
        events=extract_events(spans, sentences, entities, dates, facts, reference),
    )
    return ParsedStory(story=story, analysis=analysis, doc=doc, spans=spans)


def _tags(entities: Sequence[Entity], phrases: Sequence[str], spans: Sequence[Span], sentences: Sequence[Sentence],
          facts: Sequence[SentenceFacts]) -> tuple[str, ...]:
    """The story's topics; a wire bulletin's are its first item's (:mod:`copydesk.nlp.items`):
    not "Afghanistan" first under a headline on a nudist resort."""
    cut = story_item_break(spans, facts)
    if cut is None:
        return make_tags(entities, phrases, spans=spans)
    return make_tags(entities_within(entities, {s.id for s in sentences[:cut]}), phrases, spans=spans[:cut])


def analyse(story: Story, *, today: date | None = None) -> Analysis:
    """The analysis of ``story``: sentences, dateline, entities, dates, salience, tags."""
    return parse(story, today=today).analysis
