"""The ``timeline`` part: the story's own dated events, in date order, each line cited.

Read off :attr:`Analysis.events` (no engine writes it): one entry per dated event,
statements ("said on Tuesday") left out, planned events marked. Each line's claim is
the text of the sentence the event rests on, so it is grounded by construction; the
date label is written from the resolved date, which grounding accepts for a cited
sentence. A story with fewer than two dated events gets no timeline.
"""

from __future__ import annotations

import re
from datetime import date

from copydesk.generate.debris import CAPTION, PHOTO_POSITIONS, SPLICE
from copydesk.generate.quotes import balanced
from copydesk.model import Analysis, Claim, Event, Parts, TimelineEntry
from copydesk.nlp.events import date_interval
from copydesk.nlp.injection import is_instruction

__all__ = ["MIN_EVENTS", "date_label", "story_timeline", "with_timeline"]

MIN_EVENTS = 2
_PHOTO = re.compile(
    r"\((?:[^()]*\b)?(?:pictured|" + "|".join(PHOTO_POSITIONS) + r"|file)\b[^()]*\)"
    r"|,\s*pictured\s*,|\bscroll down\b",
    re.I,
)
"""A photo's furniture in a sentence ("Bueno (left) in action …", "(pictured)", ", pictured,",
"Scroll down"): never "was last pictured on CCTV", which is an event."""
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def date_label(value: str, start: str | None = None, end: str | None = None) -> str:
    """A resolved ISO date written for a reader.

    >>> date_label("2025-10-29"), date_label("2025-12"), date_label("2026")
    ('October 29, 2025', 'December 2025', '2026')
    >>> date_label("2024-07-08", "2024-07-08", "2024-07-09")
    'July 8–9, 2024'
    """
    if start and end and start != end:
        a, b = date.fromisoformat(start), date.fromisoformat(end)
        if "W" in value:
            return f"week of {_MONTHS[a.month - 1]} {a.day}, {a.year}"
        if a.year != b.year:
            return f"{_MONTHS[a.month - 1]} {a.day}, {a.year} – {_MONTHS[b.month - 1]} {b.day}, {b.year}"
        if a.month != b.month:
            return f"{_MONTHS[a.month - 1]} {a.day} – {_MONTHS[b.month - 1]} {b.day}, {a.year}"
        return f"{_MONTHS[a.month - 1]} {a.day}–{b.day}, {a.year}"
    parts = value.split("-")
    try:
        if len(parts) == 3:
            d = date.fromisoformat(value)
            return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"
        if len(parts) == 2 and parts[1].isdigit():
            return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        return value
    return value


def _reads_alone(text: str) -> bool:
    """A sentence a timeline line can repeat as it stands: its quotation marks balance, it
    starts as a sentence starts, and it carries no caption or second sentence run in, nor a
    photo's furniture ("Bueno (left) in action for Derby …", "… starring Kenneth More
    (pictured)"): a caption dates the photograph, not an event of the story."""
    return (balanced(text) and text[:1].isupper() and not SPLICE.search(text) and not CAPTION.search(text)
            and not _PHOTO.search(text))


def _entry(event: Event, analysis: Analysis) -> TimelineEntry:
    text = analysis.sentence(event.sentences[0]).text
    return TimelineEntry(
        date=event.date, start=event.start, end=event.end, granularity=event.granularity,
        label=date_label(event.date, event.start, event.end), planned=event.status == "planned",
        event=event.id, claim=Claim(text=text, cites=event.sentences[:1], kind="fact"),
    )


def story_timeline(analysis: Analysis, *, min_events: int = MIN_EVENTS) -> tuple[TimelineEntry, ...]:
    """The story's timeline entries in date order; empty when under ``min_events``."""
    events = [
        e for e in analysis.events
        if e.kind == "event" and date_interval(e.date, e.start, e.end)
        and not is_instruction(analysis.sentence(e.sentences[0]).text)  # text addressed to a model is no event
        and _reads_alone(analysis.sentence(e.sentences[0]).text)
    ]
    if len({(e.date, e.sentences[0]) for e in events}) < min_events:
        return ()
    seen: set[str] = set()
    out: list[TimelineEntry] = []
    for e in sorted(events, key=lambda e: (date_interval(e.date, e.start, e.end), e.sentences[0])):
        key = f"{e.date}|{e.sentences[0]}"
        if key in seen:  # two events dated alike in one sentence: one line tells both
            continue
        seen.add(key)
        out.append(_entry(e, analysis))
    return tuple(out) if len(out) >= min_events else ()


def with_timeline(parts: Parts, analysis: Analysis) -> Parts:
    """``parts`` with the story's timeline set (replacing any it had)."""
    return parts.model_copy(update={"timeline": story_timeline(analysis)})
