"""The desk's read side: the queue of stories by what needs attention, revision history, diffs.

The queue puts flagged stories first, then those waiting for approval (oldest first),
then the rest (most recently updated first), with a count of each at the top.

>>> queue_state(Summary(id="st_1", title=None, headline="h", published=None, status="flagged",
...     latest=2, approved=1, updated=datetime(2025, 1, 1, tzinfo=UTC)))
'flagged'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from copydesk.errors import InputError, NotFound
from copydesk.store import QUEUE_STATES, ArticleStore, QueueState, Revision, Summary, queue_state
from copydesk.web.diff import FieldDiff, fields, parts_diff

# Stories shown on one page of the queue (the store orders and counts every match).
QUEUE_PAGE = 100
STATE_LABELS = {"flagged": "Flagged", "awaiting": "Awaiting approval", "published": "Published"}


@dataclass(frozen=True)
class Queue:
    """One page of the story list in attention order, and how many stories are in each state."""

    rows: tuple[tuple[Summary, QueueState], ...]
    counts: dict[str, int]
    offset: int = 0
    more: bool = False
    """True when stories follow this page."""


def queue(
    store: ArticleStore, *, query: str | None = None, entity: str | None = None,
    since: date | None = None, until: date | None = None, show: str | None = None,
    offset: int = 0, limit: int = QUEUE_PAGE,
) -> Queue:
    """Stories matching the search, ordered: flagged, awaiting approval by age, published.

    The store orders and counts (:meth:`~copydesk.store.ArticleStore.queue`), so the order holds
    however many stories match. ``show`` keeps one state (``flagged``, ``awaiting`` or
    ``published``); the counts are of every matching story whatever ``show`` says.
    Raises InputError for an unknown state.
    """
    if show is not None and show not in QUEUE_STATES:
        raise InputError(f"{show[:40]!r} is not a queue state", hint=f"states: {', '.join(QUEUE_STATES)}")
    page = store.queue(query, entity=entity, since=since, until=until, state=show,
                       limit=limit + 1, offset=max(0, offset))
    counts = {"flagged": page.flagged, "awaiting": page.awaiting, "published": page.published}
    counts["all"] = sum(counts.values())
    rows = tuple((r, queue_state(r)) for r in page.rows[:limit])
    return Queue(rows=rows, counts=counts, offset=max(0, offset), more=len(page.rows) > limit)


@dataclass(frozen=True)
class HistoryRow:
    """One revision as the revision list shows it."""

    revision: Revision
    status: str
    changed: tuple[str, ...]
    """The parts this revision changed from its predecessor."""
    engines: tuple[tuple[str, str], ...]


def history(store: ArticleStore, id: str) -> tuple[HistoryRow, ...]:
    """Every revision of ``id``, oldest first, with its grounding status and what it changed.

    Reads each revision's document once (a story has a handful of revisions).
    """
    rows: list[HistoryRow] = []
    previous: dict[str, str] = {}
    for rev in store.revisions(id):
        article = store.get(id, rev.number).article
        now = fields(article.parts)
        changed = () if not previous else tuple(dict.fromkeys(
            ref.split(".", 1)[0] for ref in set(now) | set(previous) if now.get(ref) != previous.get(ref)))
        rows.append(HistoryRow(rev, article.grounding.status, tuple(sorted(changed)),
                               article.provenance.engine))
        previous = now
    return tuple(rows)


def revision_diff(store: ArticleStore, id: str, old: int, new: int, part: str | None = None) -> tuple[FieldDiff, ...]:
    """The word diff of every field (of one part) between revisions ``old`` and ``new``.

    Raises NotFound when either revision does not exist.
    """
    if old < 1 or new < 1:
        raise NotFound(f"article {id} has no revision {min(old, new)}", hint="revisions are numbered from 1", id=id)
    a = store.get(id, old).article.parts
    b = store.get(id, new).article.parts
    return parts_diff(a, b, part)
