"""What the store hands back: revisions, stored articles, listing rows, queue pages, heads.

Also the two digests of an article the backends keep: its content hash (idempotent
saves) and its search text (``query=``).
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

from copydesk.model import EnrichedArticle

__all__ = [
    "QUEUE_STATES",
    "Head",
    "QueuePage",
    "QueueState",
    "Revision",
    "StoredArticle",
    "Summary",
    "TokenInfo",
    "content_hash",
    "queue_state",
    "search_text",
]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Revision(_Record):
    """One stored revision of an article."""

    id: str
    number: int
    parent: int | None = None
    """The revision the editor started from (None for a fresh submission)."""
    author: str | None = None
    created: datetime
    content_hash: str
    approved: bool = False


class StoredArticle(_Record):
    """An article as stored: the document plus its revision number and approval."""

    article: EnrichedArticle
    revision: int
    approved: bool
    latest: int
    """The article's latest revision number (equal to ``revision`` unless an older one was asked for)."""
    published_revision: int | None
    """The number of the published (highest approved) revision, if any (the story's
    publication date is ``article.story.published``)."""


class Summary(_Record):
    """One row of a listing or search."""

    id: str
    title: str | None
    headline: str
    published: date | None
    status: str
    """Grounding status of the latest revision: ``supported`` or ``flagged``."""
    latest: int
    approved: int | None
    updated: datetime


class QueuePage(_Record):
    """A page of the editors' queue and how many matching articles are in each state.

    States: ``flagged`` (the latest revision's grounding is flagged), ``awaiting`` (not
    flagged, and the latest revision is not the approved one) and ``published`` (not
    flagged, the latest revision is approved).
    """

    rows: tuple[Summary, ...]
    flagged: int
    awaiting: int
    published: int


class TokenInfo(_Record):
    """One API token as listed (its secret is never kept, only its hash)."""

    name: str
    created: datetime


class Head(_Record):
    """What a revision is, without its document: cheap to read on every request."""

    id: str
    revision: int
    latest: int
    published_revision: int | None
    """The number of the published (highest approved) revision, if any."""
    approved: bool


QueueState = Literal["flagged", "awaiting", "published"]
QUEUE_STATES: tuple[QueueState, ...] = ("flagged", "awaiting", "published")
"""The queue's states, in the order the queue shows them (see :class:`QueuePage`)."""


def queue_state(row: Summary) -> QueueState:
    """What an article needs: its flag looked at, an approval, or nothing (its latest is published)."""
    if row.status == "flagged":
        return "flagged"
    return "published" if row.approved == row.latest else "awaiting"


def content_hash(article: EnrichedArticle) -> str:
    """SHA-256 of the document, ignoring stage timings (which vary run to run)."""
    data = article.model_dump_json(exclude={"provenance": {"timings_ms"}})
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def search_text(article: EnrichedArticle) -> str:
    """What ``query=`` searches: title, body, headlines, synopsis, takeaways, tags."""
    p = article.parts
    bits = [article.story.title or "", p.headline.text, p.question_headline.text, article.story.body]
    bits += [c.text for c in p.synopsis] + [f"{t.label} {t.claim.text}" for t in p.takeaways]
    bits += list(p.tags) + [e.name for e in article.analysis.entities]
    return " ".join(" ".join(bits).lower().split())
