"""The narration script: what the listen player reads, segment by segment.

A script is the question headline (``h``), the synopsis sentences (``y1``, ``y2``…),
the dateline (``d``) and the body sentences (``s1``…), each with the text shown on the
page and the text given to the speech engine. Segment ids are the ids the page puts
on the elements it highlights while the audio plays.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass

from copydesk.audio.speech import ordinal, speakable
from copydesk.model import Analysis, Dateline, Parts, SegmentId, Story, iso_day

# Silence after each kind of segment, in milliseconds: a newsreader's breath after a
# sentence, a longer one between the headline, the summary and the story.
PAUSE_SENTENCE_MS = 250
PAUSE_PARAGRAPH_MS = 550
PAUSE_SECTION_MS = 800

_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
_AGENCY = re.compile(r"\s*\([^)]*\)\s*$")


@dataclass(frozen=True, slots=True)
class Segment:
    """One stretch of narration: its page id, the text shown, the text spoken."""

    id: str
    display: str
    spoken: str
    pause_ms: int = PAUSE_SENTENCE_MS


@dataclass(frozen=True, slots=True)
class NarrationScript:
    """The ordered segments a voice reads."""

    segments: tuple[Segment, ...]

    @property
    def spoken_text(self) -> str:
        """Every segment's spoken text, one per line."""
        return "\n".join(seg.spoken for seg in self.segments)

    def digest(self) -> str:
        """A stable hash of what is said and the pauses between (the cache key's core)."""
        payload = json.dumps([(s.id, s.spoken, s.pause_ms) for s in self.segments])
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def spoken_dateline(dateline: Dateline) -> str:
    """``New Delhi/Moscow, Oct 29 (NationPress)`` → ``New Delhi and Moscow, October twenty-ninth.``"""
    if dateline.places:
        places = list(dateline.places)
        said = places[0] if len(places) == 1 else ", ".join(places[:-1]) + " and " + places[-1]
        day = iso_day(dateline.date)
        if day is not None:
            said += f", {_MONTH_NAMES[day.month - 1]} {ordinal(day.day)}"
        return said + "."
    text = _AGENCY.sub("", dateline.text).replace("/", " and ").strip(" ,-—–:")
    return speakable(text) + "." if text else ""


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def narration_script(story: Story, analysis: Analysis, parts: Parts) -> NarrationScript:
    """The script for ``story``: question headline, synopsis, dateline, then the body.

    >>> script = narration_script(story, analysis, parts)  # doctest: +SKIP
    >>> [seg.id for seg in script.segments][:4]            # doctest: +SKIP
    ['h', 'y1', 'y2', 'd']
    """
    segments: list[Segment] = []
    headline = parts.question_headline.text
    if _has_words(headline):
        segments.append(Segment(str(SegmentId.headline()), headline, speakable(headline), PAUSE_SECTION_MS))
    for i, claim in enumerate(parts.synopsis):
        if _has_words(claim.text):
            segments.append(Segment(str(SegmentId.synopsis(i)), claim.text, speakable(claim.text)))
    if segments:
        segments[-1] = _with_pause(segments[-1], PAUSE_SECTION_MS)

    dateline = analysis.dateline
    skip_until = 0
    if dateline is not None and dateline.end > dateline.start:
        spoken = spoken_dateline(dateline)
        if spoken:
            segments.append(Segment(str(SegmentId.dateline()), dateline.text, spoken, PAUSE_SENTENCE_MS))
        skip_until = dateline.end

    sentences = analysis.sentences
    for i, sent in enumerate(sentences):
        text = sent.text
        if sent.start < skip_until:  # a segmenter that left the dateline in s1
            text = story.body[min(skip_until, sent.end):sent.end].lstrip(" ,-—–:")
        if not _has_words(text):
            continue
        last_in_paragraph = i + 1 == len(sentences) or sentences[i + 1].paragraph != sent.paragraph
        pause = PAUSE_PARAGRAPH_MS if last_in_paragraph else PAUSE_SENTENCE_MS
        segments.append(Segment(sent.id, sent.text, speakable(text), pause))
    return NarrationScript(tuple(segments))


def _with_pause(segment: Segment, pause_ms: int) -> Segment:
    return Segment(segment.id, segment.display, segment.spoken, pause_ms)
