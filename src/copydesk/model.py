"""The immutable document model: one versioned JSON document, every view rendered from it.

Stages advance the document's *type* rather than filling in optional fields::

    Story  --analyse-->  Analysis  --generate-->  Parts  --ground-->  EnrichedArticle

Every model is a frozen pydantic v2 model with ``extra="forbid"``; collections are
tuples, never lists, so a value once built cannot change. Generated text is always a
:class:`Claim` that cites the ids of the source sentences it rests on.

The field names are the contract of ``SPEC.md``: add fields freely, rename none.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from copydesk.errors import InputError, UnknownPart

SCHEMA_VERSION: Literal["1"] = "1"

SentenceId = Annotated[str, StringConstraints(pattern=r"^s\d+$")]
"""``"s1"``, ``"s2"``, … in document order."""

EntityKind = Literal[
    "PERSON", "ORG", "PLACE", "FACILITY", "EVENT", "NORP", "PRODUCT", "LAW", "WORK_OF_ART"
]
Granularity = Literal["day", "week", "month", "year", "range"]
ClaimKind = Literal["fact", "analysis", "question"]
PartKind = Literal[
    "question_headline", "headline", "seo_title", "synopsis", "takeaways", "viewpoint", "faq", "tags"
]
PART_KINDS: tuple[PartKind, ...] = (
    "question_headline", "headline", "seo_title", "synopsis", "takeaways", "viewpoint", "faq", "tags",
)


def part_kind(name: str) -> PartKind:
    """``name`` as a :data:`PartKind`; raises UnknownPart (``input.unknown_part``) otherwise.

    Every surface that takes a part name from outside (the library's ``regenerate``,
    the JSON API, the editor) checks it here, so an unknown one has one code everywhere.
    """
    for kind in PART_KINDS:
        if kind == name:
            return kind
    raise UnknownPart.for_name(name, PART_KINDS)


# --------------------------------------------------------------------------- typed values
# Three kinds of value are written as strings in the document (its JSON shape is the
# contract) and read in many places: each has one type here, with one formatter (str())
# and one parser (parse()), so no module writes or splits them by hand.


def iso_day(value: str | None) -> date | None:
    """The calendar day an ISO value of the analysis names (``"2025-10-29"``), else None.

    Dates the analysis resolved are kept as ISO strings at the story's own granularity
    (:class:`Dateline`, :class:`DateMention`, :class:`Event`): a month (``"2025-10"``), a
    year, a week (``"2025-W44"``) or nothing names no single day.

    >>> iso_day("2025-10-29"), iso_day("2025-10"), iso_day("2025-W44"), iso_day(None)
    (datetime.date(2025, 10, 29), None, None, None)
    """
    if not value or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


ClaimField = Literal["question", "answer"]


@dataclass(frozen=True, slots=True)
class ClaimRef:
    """Where a claim sits in the parts: ``takeaways.2`` is ``ClaimRef("takeaways", 2)``.

    Indexes are 0-based, as in :meth:`Parts.claims` and every :class:`Support`'s ``ref``;
    :attr:`number` is the 1-based position a reader sees ("Key takeaway 3").

    >>> str(ClaimRef("faq", 1, "answer")), ClaimRef.parse("takeaways.2")
    ('faq.1.answer', ClaimRef(part='takeaways', index=2, field=None))
    """

    part: str
    index: int | None = None
    field: ClaimField | None = None

    def __str__(self) -> str:
        out = self.part if self.index is None else f"{self.part}.{self.index}"
        return out if self.field is None else f"{out}.{self.field}"

    @property
    def number(self) -> int | None:
        """The 1-based position of the claim in its part (None for a single-claim part)."""
        return None if self.index is None else self.index + 1

    @classmethod
    def parse(cls, text: str) -> ClaimRef:
        """The reference ``text`` writes; ValueError for anything else."""
        head, *rest = text.split(".")
        if not head or not head.replace("_", "").isalpha() or len(rest) > 2:
            raise ValueError(f"{text!r} is not a claim reference (like 'takeaways.2' or 'faq.1.answer')")
        index: int | None = None
        field: ClaimField | None = None
        if rest:
            if not rest[0].isdigit() or not rest[0].isascii():
                raise ValueError(f"{text!r}: {rest[0]!r} is not a 0-based index")
            index = int(rest[0])
        if len(rest) == 2:
            if rest[1] not in ("question", "answer"):
                raise ValueError(f"{text!r}: {rest[1]!r} is not 'question' or 'answer'")
            field = "question" if rest[1] == "question" else "answer"
        return cls(head, index, field)


SegmentKind = Literal["headline", "synopsis", "dateline", "sentence"]


@dataclass(frozen=True, slots=True)
class SegmentId:
    """A narration segment, and the page element it lights up while it plays.

    Written ``h`` (the question headline), ``y1``, ``y2``… (the synopsis, 1-based on the
    page and in the timings), ``d`` (the dateline) and the story's sentence ids ``s1``….
    ``index`` is 0-based for the synopsis, like :class:`ClaimRef`'s, and the sentence's
    number for a sentence.

    >>> str(SegmentId("synopsis", 0)), SegmentId.parse("y2"), str(SegmentId.headline())
    ('y1', SegmentId(kind='synopsis', index=1), 'h')
    """

    kind: SegmentKind
    index: int | None = None

    @classmethod
    def headline(cls) -> SegmentId:
        return cls("headline")

    @classmethod
    def dateline(cls) -> SegmentId:
        return cls("dateline")

    @classmethod
    def synopsis(cls, index: int) -> SegmentId:
        """The segment of the synopsis claim at 0-based ``index``."""
        return cls("synopsis", index)

    def __str__(self) -> str:
        if self.kind == "headline":
            return "h"
        if self.kind == "dateline":
            return "d"
        if self.kind == "synopsis":
            return f"y{(self.index or 0) + 1}"
        return f"s{self.index}"

    @classmethod
    def parse(cls, text: str) -> SegmentId:
        """The segment ``text`` names; ValueError for anything else."""
        if text == "h":
            return cls.headline()
        if text == "d":
            return cls.dateline()
        number = text[1:]
        if text[:1] in ("y", "s") and number.isascii() and number.isdigit() and int(number) >= 1:
            return cls("synopsis", int(number) - 1) if text[0] == "y" else cls("sentence", int(number))
        raise ValueError(f"{text!r} is not a narration segment id (h, y1…, d, s1…)")


class Frozen(BaseModel):
    """Base of every document type: immutable, no unknown fields.

    A changed copy is made with :meth:`replace`, which validates what changed as a new
    value would be (pydantic's ``model_copy(update=…)`` does not: it would keep a
    misspelt field, or a list where a tuple belongs).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    def replace(self, **changes: Any) -> Self:
        """A copy with ``changes``, validated; raises pydantic's ValidationError for a bad one.

        >>> Claim(text="Rates held.", cites=("s1",)).replace(cites=["s2"]).cites
        ('s2',)
        """
        data = {name: getattr(self, name) for name in type(self).model_fields}
        data.update(changes)
        return type(self).model_validate(data)


# --------------------------------------------------------------------------- story


def normalise_text(text: str) -> str:
    """The canonical form of a story's text: NFC, ``\\n`` line ends, trimmed lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.strip().split("\n"))


def content_id(text: str) -> str:
    """A stable story id: a short SHA-256 of the normalised text."""
    return "st_" + hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


class Image(Frozen):
    """A picture that came with the story (its lead image): never one copydesk made up."""

    url: str
    """Absolute http(s) URL of the picture."""
    alt: str | None = None
    """Text alternative; the page falls back to the caption, then the headline."""
    caption: str | None = None
    credit: str | None = None
    """Who made or owns the picture ("Reuters/Jane Doe")."""
    width: int | None = None
    height: int | None = None


class Story(Frozen):
    """An ingested story: the cleaned text and its metadata, before any analysis.

    ``body`` holds the paragraphs joined by blank lines; every sentence offset in the
    analysis points into it. ``paragraphs`` are the same text, split.
    """

    id: str
    title: str | None = None
    body: str
    paragraphs: tuple[str, ...]
    url: str | None = None
    published: date | None = None
    source: str | None = None
    author: str | None = None
    language: str = "en"
    notes: tuple[str, ...] = ()
    """Recoverable problems met while reading (e.g. bytes replaced while decoding)."""
    published_at: datetime | None = None
    """The publication time when the source gave one (with its zone when it said),
    on the same day as ``published``."""
    modified_at: datetime | None = None
    """The source's last-modified time, when it gave one."""
    image: Image | None = None
    """The story's lead image, when the source had one."""


# --------------------------------------------------------------------------- analysis


class Sentence(Frozen):
    id: SentenceId
    paragraph: int
    text: str
    start: int
    """Character offset into ``Story.body``: ``body[start:end] == text``."""
    end: int


class Dateline(Frozen):
    """A wire dateline such as ``New Delhi/Moscow, Oct 29 (NationPress)``."""

    text: str
    places: tuple[str, ...] = ()
    date: str | None = None
    """ISO date the dateline names, its year inferred from the publication date."""
    agency: str | None = None
    start: int = 0
    end: int = 0
    """Offsets of the dateline within ``Story.body``."""


class Entity(Frozen):
    id: str
    kind: EntityKind
    name: str
    """Canonical name: the longest full form met in the story."""
    title: str | None = None
    """Rank, title or office: "Prime Minister", "Air Marshal", "Dr"."""
    role: str | None = None
    """What the person does in the story, when it says: "Indian Air Force chief"."""
    aliases: tuple[str, ...] = ()
    mentions: tuple[SentenceId, ...] = ()
    salience: float = 0.0


class DateMention(Frozen):
    text: str
    value: str | None
    """ISO: ``2025-10-29``, ``2025-10``, ``2025``, ``2025-W44``; None when unresolvable."""
    start: str | None = None
    """For ranges and weeks: first ISO day."""
    end: str | None = None
    """For ranges and weeks: last ISO day."""
    granularity: Granularity = "day"
    sentence: SentenceId


class SentenceFacts(Frozen):
    """What the parser found in one sentence; parts generators reuse it."""

    id: SentenceId
    tense: Literal["past", "present", "future"] = "past"
    is_quote: bool = False
    attribution: str | None = None
    """The speaker when the sentence reports speech ("X said")."""
    subject: str | None = None
    verb: str | None = None
    """Main verb lemma."""
    object: str | None = None
    entities: tuple[str, ...] = ()
    """Entity ids mentioned in the sentence."""
    content_lemmas: tuple[str, ...] = ()


class Event(Frozen):
    """A dated event the story reports: who did what, when and where, and the sentences behind it.

    Only expressions the analysis resolved to a date make events; the date is kept at the
    granularity the story gives. ``participants`` and ``place`` are entity ids of the
    same analysis.
    """

    id: str
    """``"v1"``, ``"v2"``, … in date-then-sentence order of discovery."""
    date: str
    """ISO value of the date mention (day, month, year, week or range start)."""
    start: str | None = None
    end: str | None = None
    """For ranges and weeks: first and last ISO day."""
    granularity: Granularity = "day"
    date_text: str = ""
    """The date as the story wrote it ("this Wednesday")."""
    status: Literal["past", "planned"] = "past"
    kind: Literal["event", "statement"] = "event"
    """A statement is a dated act of speech ("said on Tuesday")."""
    predicate: str
    """A short verb phrase from the story: "met", "will meet", "summit"."""
    lemma: str = ""
    """The predicate's head lemma, for matching reports of the same event."""
    participants: tuple[str, ...] = ()
    place: str | None = None
    sentences: tuple[SentenceId, ...] = ()


class Analysis(Frozen):
    """Everything copydesk knows about a story before it writes anything.

    It does not repeat the story: stages that need both take ``(story, analysis)``.
    """

    sentences: tuple[Sentence, ...]
    dateline: Dateline | None = None
    reference_date: date | None = None
    """The date relative expressions were resolved against (dateline, else published)."""
    entities: tuple[Entity, ...] = ()
    dates: tuple[DateMention, ...] = ()
    facts: tuple[SentenceFacts, ...] = ()
    salience: tuple[float, ...] = ()
    """One score per sentence, in sentence order, in [0, 1]."""
    tags: tuple[str, ...] = ()
    key_phrases: tuple[str, ...] = ()
    events: tuple[Event, ...] = ()
    """Dated events (:mod:`copydesk.nlp.events`), in date order."""

    def sentence(self, sid: str) -> Sentence:
        """The sentence with id ``sid`` (ids are ``s1`` … in order)."""
        return self.sentences[int(sid[1:]) - 1]


# --------------------------------------------------------------------------- parts


class Claim(Frozen):
    """The unit of everything copydesk writes: a statement and the sentences behind it."""

    text: str
    cites: tuple[SentenceId, ...] = ()
    kind: ClaimKind = "fact"


class Takeaway(Frozen):
    label: str
    claim: Claim


class FaqItem(Frozen):
    question: Claim
    answer: Claim


class TimelineEntry(Frozen):
    """One line of the story's own timeline: a dated event told in its sentence's words."""

    date: str
    start: str | None = None
    end: str | None = None
    granularity: Granularity = "day"
    label: str
    """The date written for a reader: "October 29, 2025", "December 2025", "2026"."""
    planned: bool = False
    event: str
    """The :class:`Event` id."""
    claim: Claim


class Parts(Frozen):
    question_headline: Claim
    headline: Claim
    seo_title: str
    synopsis: tuple[Claim, ...]
    takeaways: tuple[Takeaway, ...]
    viewpoint: tuple[Claim, ...]
    faq: tuple[FaqItem, ...]
    tags: tuple[str, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    """The story's dated events in date order; empty under two (not a :data:`PartKind`:
    it is read off the analysis, never written by an engine)."""

    def claims(self) -> tuple[tuple[str, Claim], ...]:
        """Every claim with its reference (``"takeaways.2"``, ``"faq.1.answer"``)."""
        refs: list[tuple[ClaimRef, Claim]] = [
            (ClaimRef("question_headline"), self.question_headline),
            (ClaimRef("headline"), self.headline),
        ]
        refs += [(ClaimRef("synopsis", i), c) for i, c in enumerate(self.synopsis)]
        refs += [(ClaimRef("takeaways", i), t.claim) for i, t in enumerate(self.takeaways)]
        refs += [(ClaimRef("viewpoint", i), c) for i, c in enumerate(self.viewpoint)]
        for i, item in enumerate(self.faq):
            refs += [(ClaimRef("faq", i, "question"), item.question), (ClaimRef("faq", i, "answer"), item.answer)]
        refs += [(ClaimRef("timeline", i), t.claim) for i, t in enumerate(self.timeline)]
        return tuple((str(ref), claim) for ref, claim in refs)


def parts_with(parts: Parts, values: Mapping[str, Any]) -> Parts:
    """``parts`` with some fields replaced, each a model value or its JSON.

    Raises :class:`~copydesk.errors.InputError` naming the fields whose value does not
    have the shape of that part (the errors, at most five, in ``details["errors"]``).
    """
    try:
        return parts.replace(**values)
    except ValidationError as exc:
        names = ", ".join(repr(k) for k in values)
        raise InputError(
            f"the edited {names} does not have the shape of that part",
            hint=f"send the {', '.join(values)} JSON as GET /v1/articles/{{id}} shows it",
            errors="; ".join(f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in exc.errors()[:5]),
        ) from None


# --------------------------------------------------------------------------- grounding


class Unsupported(Frozen):
    kind: Literal["name", "number", "date", "negation", "citation", "attribution", "hedge", "actor", "relation", "fragment", "unanswered"]
    text: str


class Support(Frozen):
    ref: str
    """Which claim: a :class:`ClaimRef` as written (``"takeaways.2"``)."""
    score: float = Field(ge=0.0, le=1.0)
    unsupported: tuple[Unsupported, ...] = ()
    supported: bool = True


class Grounding(Frozen):
    status: Literal["supported", "flagged"]
    supports: tuple[Support, ...]
    threshold: float


# --------------------------------------------------------------------------- narration & provenance


class Narration(Frozen):
    audio: str
    """Path or URL of the audio file."""
    media_type: str = "audio/mpeg"
    voice: str
    duration: float
    """Seconds."""
    timings: tuple[tuple[str, int, int], ...] = ()
    """``(segment id, start_ms, end_ms)``, the id a :class:`SegmentId` as written: sentence
    ids, plus ``h`` headline, ``y1``… synopsis and ``d`` dateline."""


class Provenance(Frozen):
    engine: tuple[tuple[str, str], ...] = ()
    """``(part, engine name)`` for every part."""
    versions: tuple[tuple[str, str], ...] = ()
    timings_ms: tuple[tuple[str, float], ...] = ()
    notes: tuple[str, ...] = ()


class EnrichedArticle(Frozen):
    """The finished article: story, analysis, parts, grounding, narration, provenance."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    story: Story
    analysis: Analysis
    parts: Parts
    grounding: Grounding
    narration: Narration | None = None
    provenance: Provenance = Provenance()

    @property
    def id(self) -> str:
        return self.story.id
