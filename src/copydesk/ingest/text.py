"""Plain text → :class:`Story`: cleaning, paragraphs, the optional headline line, guards.

Every other reader ends here: Markdown, HTML, JSONL and feeds produce text plus
metadata and call :func:`story_from_text`, so the guards and the id rule live in one
place.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from copydesk.errors import BinaryInput, EmptyInput, InputTooLarge
from copydesk.ingest.language import check_english
from copydesk.model import Image, Story, content_id, normalise_text
from copydesk.settings import DEFAULTS, Settings

# Dropped outright: C0/C1 controls (tab and newlines are handled apart), zero-width
# characters, soft hyphens, bidi controls and the BOM. Line and paragraph separators
# become newlines; tabs become spaces. A regex finds them (C speed); most stories have none.
_INVISIBLE = re.compile(
    "[\x00-\x08\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u180e\u200b-\u200f"
    "\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]"
)
_REPLACE = {"\t": " ", "\u2028": "\n", "\u2029": "\n\n", "\x0b": "\n", "\x0c": "\n\n"}


def _replace_invisible(match: re.Match[str]) -> str:
    return _REPLACE.get(match.group(), "")

_SPACES = re.compile(r"[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")

# A headline line: short, several words, no sentence-final punctuation.
_HEADLINE_MAX_CHARS = 160
_HEADLINE_WORDS = (3, 25)
# A wire dateline on its own line ("NEW DELHI, Oct 29 (IANS) --") is not a headline.
_DATELINE = re.compile(
    r"""^[A-Z][\w .'/&-]{1,60},\s*
        (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b
      | \((?:[A-Z][\w .-]{1,30})\)\s*(?:[-—–]+)?\s*$
      | [-—–]{1,2}\s*$""",
    re.VERBOSE,
)


def clean_text(text: str) -> str:
    """``normalise_text`` plus invisible characters dropped and blank lines unified."""
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub(_replace_invisible, text)
    return normalise_text(text)


def split_paragraphs(text: str) -> tuple[str, ...]:
    """Paragraphs of cleaned text: split on blank lines, else one per line.

    Inside a paragraph, hard-wrapped lines are joined and runs of spaces collapse.
    """
    if "\n\n" in text:
        blocks = _BLANK_LINE.split(text)
        raw = (block.replace("\n", " ") for block in blocks)
    else:
        raw = (line for line in text.split("\n"))
    out = (" ".join(p.split()) for p in raw)  # str.split() knows every Unicode space
    return tuple(p for p in out if p)


def split_headline(text: str) -> tuple[str | None, str]:
    """Split an optional headline line off the top of plain text: ``(title, rest)``.

    The first line is a headline when it is short, has 3–25 words, does not end like a
    sentence (``.``, ``,``, ``;``, ``:`` or a closing quote) nor look like a dateline,
    and is followed by a blank line, or is Title Cased and followed by more text.
    """
    text = text.lstrip("\n")
    first, sep, rest = text.partition("\n")
    if not sep or len(first) > 2 * _HEADLINE_MAX_CHARS or not rest.strip():
        return None, text
    first = " ".join(first.split())
    if len(first) > _HEADLINE_MAX_CHARS:
        return None, text
    words = first.split()
    if not _HEADLINE_WORDS[0] <= len(words) <= _HEADLINE_WORDS[1]:
        return None, text
    if first[-1] in ".,;:\"'”’" or _DATELINE.search(first):
        return None, text
    blank_after = rest.startswith("\n") or rest.lstrip(" \t").startswith("\n")
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    title_case = capitalised / len(words) >= 0.7 and not first.endswith("?") or first.isupper()
    if blank_after or title_case:
        return first, rest.lstrip("\n")
    return None, text


def _check_size(text: str, settings: Settings) -> None:
    limit = settings.max_input_bytes
    # Cheap bounds first: a UTF-8 character is 1–4 bytes.
    if len(text) <= limit // 4:
        return
    size = len(text) if len(text) > limit else len(text.encode("utf-8", errors="replace"))
    if size > limit:
        raise InputTooLarge(
            f"the story is {size:,} bytes, over the {limit:,}-byte limit", size=size, limit=limit
        )


def story_from_text(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: date | None = None,
    source: str | None = None,
    author: str | None = None,
    notes: tuple[str, ...] = (),
    settings: Settings = DEFAULTS,
    check_language: bool = True,
    published_at: datetime | None = None,
    modified_at: datetime | None = None,
    image: Image | None = None,
) -> Story:
    """Build a :class:`Story` from a story's text and metadata.

    >>> story_from_text("Rain fell.\\n\\nThe river rose.").paragraphs
    ('Rain fell.', 'The river rose.')

    Raises :class:`InputTooLarge` (checked before any processing), :class:`BinaryInput`
    (NUL characters), :class:`EmptyInput` and :class:`UnsupportedLanguage`.
    """
    _check_size(text, settings)
    if "\x00" in text:
        raise BinaryInput("the text contains NUL characters: it looks like binary data")
    paragraphs = split_paragraphs(clean_text(text))
    if not paragraphs:
        raise EmptyInput("the story has no text" if not text.strip() else "the story has only invisible characters")
    body = "\n\n".join(paragraphs)
    if check_language:
        check_english(body)
    if title is not None:
        title = _SPACES.sub(" ", clean_text(title).replace("\n", " ")).strip() or None
    if published is None and published_at is not None:
        published = published_at.date()
    return Story(
        id=content_id(body),
        title=title,
        body=body,
        paragraphs=paragraphs,
        url=url,
        published=published,
        source=source,
        author=author,
        notes=notes,
        # A time on another day than ``published`` (an override) would contradict it.
        published_at=published_at if published is None or (published_at and published_at.date() == published) else None,
        modified_at=modified_at,
        image=image,
    )
