"""The corpus index: published articles' entities and events, for timelines and related coverage.

Two backends answer the same questions (:class:`Corpus`):

* :class:`SqlCorpus` keeps the index in the SQL store's own database (tables made by
  migration ``0003``, the related-coverage indexes by ``0004`` and ``0005``): ``corpus_event_entities
  (slug, lo, …)`` makes a timeline one index range scan; ``corpus_mentions (slug,
  central, published, …)`` lets related coverage read an entity's mentions in a window
  of days around the article first (:meth:`SqlCorpus.related`), so a frequent entity
  costs its mentions of a few weeks, not all of them. :func:`index_published` is called
  when a revision is published (by :meth:`SqlStore.approve
  <copydesk.store.sql.SqlStore.approve>`, in its transaction), and :meth:`SqlCorpus.sync`
  backfills (or repairs) the index from the published revisions, found in the store's
  ``articles`` table (read from :mod:`copydesk.store.tables`, not from the SQL store
  that calls this index).
* :class:`MemoryCorpus` builds the same rows from any :class:`~copydesk.store.Store`
  (the in-memory one in tests) on each question.

Only published (approved) revisions are ever indexed: a draft never reaches a timeline
or a related-coverage list.

Related coverage ranks the published stories that share the article's central entities
(its :data:`CENTRAL` most salient) by :func:`related_score`: the salience-weighted share
of the article's centre they name (:func:`central_weights`) plus closeness in time. An
article without a publication date has no window to read first: its related coverage
asks for the first few stories naming each set of its central entities, heaviest set
first (:meth:`SqlCorpus._related_undated`), each a walk of one entity's mentions in
article order by ``0005``'s index (see ``make bench-timeline``).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from copydesk.corpus.resolve import (
    Known,
    MemoryLookup,
    Resolved,
    name_key,
    resolve_entities,
    slugify,
)
from copydesk.model import EnrichedArticle
from copydesk.nlp.events import date_interval
from copydesk.store.tables import articles as store_articles

__all__ = [
    "Corpus", "EventRow", "MemoryCorpus", "RelatedRow", "SqlCorpus", "article_rows", "index_published",
    "open_corpus",
]

CENTRAL = 5
"""How many of an article's most salient entities count as its centre."""

metadata = sa.MetaData()
corpus_articles = sa.Table(
    "corpus_articles", metadata,
    sa.Column("article_id", sa.String(64), primary_key=True),
    sa.Column("revision", sa.Integer), sa.Column("published", sa.Date), sa.Column("headline", sa.Text),
)
corpus_entities = sa.Table(
    "corpus_entities", metadata,
    sa.Column("slug", sa.String(200), primary_key=True),
    sa.Column("kind", sa.String(16)), sa.Column("name", sa.Text), sa.Column("surname", sa.String(100)),
    sa.Column("titles", sa.Text),
)
corpus_aliases = sa.Table(
    "corpus_aliases", metadata,
    sa.Column("kind", sa.String(16), primary_key=True),
    sa.Column("alias", sa.String(200), primary_key=True),
    sa.Column("slug", sa.String(200), primary_key=True),
)
corpus_mentions = sa.Table(
    "corpus_mentions", metadata,
    sa.Column("article_id", sa.String(64), primary_key=True),
    sa.Column("slug", sa.String(200), primary_key=True),
    sa.Column("salience", sa.Float), sa.Column("central", sa.Boolean), sa.Column("published", sa.Date),
)
corpus_events = sa.Table(
    "corpus_events", metadata,
    sa.Column("article_id", sa.String(64), primary_key=True),
    sa.Column("event_id", sa.String(16), primary_key=True),
    sa.Column("lo", sa.Date), sa.Column("hi", sa.Date), sa.Column("value", sa.String(32)),
    sa.Column("granularity", sa.String(8)), sa.Column("status", sa.String(8)), sa.Column("kind", sa.String(10)),
    sa.Column("predicate", sa.Text), sa.Column("lemma", sa.String(64)), sa.Column("participants", sa.Text),
    sa.Column("place", sa.String(200)), sa.Column("sentences", sa.Text), sa.Column("text", sa.Text),
    sa.Column("headline", sa.Text), sa.Column("published", sa.Date),
)
corpus_event_entities = sa.Table(
    "corpus_event_entities", metadata,
    sa.Column("slug", sa.String(200), primary_key=True),
    sa.Column("lo", sa.Date, primary_key=True),
    sa.Column("article_id", sa.String(64), primary_key=True),
    sa.Column("event_id", sa.String(16), primary_key=True),
)


@dataclass(frozen=True, slots=True)
class EventRow:
    """One story's report of one event, with corpus slugs for its participants and place."""

    article_id: str
    event_id: str
    lo: date
    hi: date
    value: str
    granularity: str
    status: str
    kind: str
    predicate: str
    lemma: str
    participants: tuple[str, ...]
    place: str | None
    sentences: tuple[str, ...]
    text: str
    headline: str
    published: date | None

    @property
    def href(self) -> str:
        """The story's published page, at the sentence that reports the event."""
        return f"/articles/{self.article_id}#{self.sentences[0]}" if self.sentences else f"/articles/{self.article_id}"


@dataclass(frozen=True, slots=True)
class RelatedRow:
    article_id: str
    headline: str
    published: date | None
    shared: tuple[str, ...]
    """Slugs of the central entities the two articles share."""
    score: float


def article_rows(
    article: EnrichedArticle, resolved: Sequence[Resolved]
) -> tuple[list[tuple[str, float, bool]], list[EventRow]]:
    """An article's (slug, salience, central) mentions and its event rows."""
    slug_of = {r.entity: r.slug for r in resolved}
    by_slug: dict[str, float] = {}
    for e in article.analysis.entities:
        if e.id in slug_of:
            by_slug[slug_of[e.id]] = max(by_slug.get(slug_of[e.id], 0.0), e.salience)
    ranked = sorted(by_slug, key=lambda s: -by_slug[s])
    central = set(ranked[:CENTRAL])
    mentions = [(s, by_slug[s], s in central) for s in ranked]
    headline = article.parts.headline.text or (article.story.title or "")
    events: list[EventRow] = []
    for v in article.analysis.events:
        span = date_interval(v.date, v.start, v.end)
        if span is None:
            continue
        text = " ".join(article.analysis.sentence(s).text for s in v.sentences[:1])
        events.append(EventRow(
            article_id=article.id, event_id=v.id, lo=span[0], hi=span[1], value=v.date,
            granularity=v.granularity, status=v.status, kind=v.kind, predicate=v.predicate,
            lemma=v.lemma or v.predicate.split()[-1],
            participants=tuple(dict.fromkeys(slug_of[p] for p in v.participants if p in slug_of)),
            place=slug_of.get(v.place or ""), sentences=v.sentences, text=text, headline=headline,
            published=article.story.published,
        ))
    return mentions, events


class Corpus(Protocol):
    """What timelines and related coverage ask of the index."""

    def find(self, name: str) -> list[Known]:
        """Entities a user's name or slug means (several when it is ambiguous)."""
        ...

    def aliases(self, slug: str) -> list[str]: ...

    def known(self, slugs: Iterable[str]) -> dict[str, Known]:
        """The known entities of ``slugs``, in one look-up."""
        ...

    def events(self, slug: str, since: date | None = None, until: date | None = None) -> list[EventRow]:
        """Every published report of an event ``slug`` takes part in (or happens at)."""
        ...

    def related(self, article_id: str, limit: int = 5) -> list[RelatedRow]:
        """Published articles sharing ``article_id``'s central entities, best first."""
        ...


RELATED_WINDOWS = (7, 30, 120, 480)
"""Days either side of an article's date read for related coverage before the whole index."""
UNDATED_DAYS = 365
"""How far apart in time an article without a date counts."""
RARE_MENTIONS = 2000
"""For an undated article (see :meth:`SqlCorpus._related_undated`): the mentions of each
central entity read in article order to tell which has the fewest."""
READ_WHOLE = 100
"""For an undated article: a central entity with at most this many mentions has every
story naming it read at once, which settles every set of entities it is in."""


def _closeness(days: int) -> float:
    return 1.0 / (1.0 + days / 30.0)


def central_weights(saliences: dict[str, float]) -> dict[str, float]:
    """Each central entity's share of an article's centre: its salience over their sum
    (equal shares when none has any), so sharing the article's main person counts more
    than sharing the city it was filed from."""
    total = sum(max(0.0, v) for v in saliences.values())
    if total <= 0:
        return {s: 1.0 / len(saliences) for s in saliences}
    return {s: max(0.0, v) / total for s, v in saliences.items()}


def related_score(overlap: float, days: int) -> float:
    """How related a story is: the share of the article's centre it names too (see
    :func:`central_weights`; 1 when it names every central entity), plus closeness in
    time (1 on the same day, ½ a month apart)."""
    return round(overlap + _closeness(days), 4)


def related_bound(window: int) -> float:
    """The best score a story more than ``window`` days away can reach (every central
    entity shared); an undated story counts :data:`UNDATED_DAYS` away, so it is covered
    while ``window`` is shorter than that."""
    return round(1.0 + _closeness(min(window + 1, UNDATED_DAYS)), 4) + 0.0001


def _rank_counts(
    pub: date | None, hits: Iterable[tuple[str, float, date | None]], limit: int
) -> list[RelatedRow]:
    """The best ``limit`` of (article, overlap, date), best first."""
    scored = ((related_score(w, abs((published - pub).days) if published and pub else UNDATED_DAYS),
               aid, published) for aid, w, published in hits if w > 0)
    best = heapq.nsmallest(limit, scored, key=lambda x: (-x[0], x[1]))
    return [RelatedRow(aid, "", published, (), score) for score, aid, published in best]


def _rank_related(
    pub: date | None, weights: dict[str, float], candidates: Iterable[tuple[str, str, date | None, set[str]]],
    limit: int,
) -> list[RelatedRow]:
    out = []
    for aid, headline, published, shared in candidates:
        if not shared:
            continue
        days = abs((published - pub).days) if published and pub else UNDATED_DAYS
        overlap = sum(weights[s] for s in shared)
        out.append(RelatedRow(aid, headline, published, tuple(sorted(shared)), related_score(overlap, days)))
    out.sort(key=lambda r: (-r.score, r.article_id))
    return out[:limit]


# --------------------------------------------------------------------------- SQL


class _SqlLookup:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def by_alias(self, key: str, kind: str) -> Sequence[Known]:
        kinds = ["PLACE"] if kind in ("PLACE", "FACILITY") else [kind]
        rows = self.conn.execute(
            sa.select(corpus_entities).join(corpus_aliases, corpus_aliases.c.slug == corpus_entities.c.slug)
            .where(corpus_aliases.c.alias == key, corpus_aliases.c.kind.in_(kinds))
        )
        return [_known(r) for r in rows]

    def by_surname(self, surname: str) -> Sequence[Known]:
        rows = self.conn.execute(sa.select(corpus_entities).where(
            corpus_entities.c.surname == surname, corpus_entities.c.kind == "PERSON"))
        return [_known(r) for r in rows]

    def neighbours(self, slug: str) -> set[str]:
        arts = sa.select(corpus_mentions.c.article_id).where(corpus_mentions.c.slug == slug).limit(50)
        rows = self.conn.execute(sa.select(corpus_mentions.c.slug).where(
            corpus_mentions.c.article_id.in_(arts), corpus_mentions.c.central))
        return {r.slug for r in rows} - {slug}


def _known(r: Any) -> Known:
    return Known(r.slug, r.kind, r.name, frozenset(t for t in (r.titles or "").split("|") if t))


def index_published(conn: Connection, article: EnrichedArticle, revision: int) -> None:
    """(Re)index ``article`` as the published revision ``revision`` (inside the caller's transaction)."""
    aid = article.id
    for t in (corpus_event_entities, corpus_events, corpus_mentions, corpus_articles):
        conn.execute(t.delete().where(t.c.article_id == aid))
    resolved = resolve_entities(article.analysis.entities, _SqlLookup(conn))
    for r in resolved:
        row = conn.execute(sa.select(corpus_entities).where(corpus_entities.c.slug == r.slug)).first()
        if row is None:
            conn.execute(corpus_entities.insert().values(
                slug=r.slug, kind=r.kind, name=r.name, titles=r.title,
                surname=r.key.split()[-1] if r.kind == "PERSON" and r.full else None))
        elif r.title and r.title not in (row.titles or "").split("|"):
            conn.execute(corpus_entities.update().where(corpus_entities.c.slug == r.slug).values(
                titles="|".join(t for t in (row.titles, r.title) if t)))
        group = "PLACE" if r.kind in ("PLACE", "FACILITY") else r.kind
        have = {x.alias for x in conn.execute(sa.select(corpus_aliases.c.alias).where(
            corpus_aliases.c.slug == r.slug, corpus_aliases.c.kind == group))}
        new = [{"kind": group, "alias": a, "slug": r.slug} for a in r.aliases if a not in have]
        if new:
            conn.execute(corpus_aliases.insert(), new)
    mentions, events = article_rows(article, resolved)
    published = article.story.published
    conn.execute(corpus_articles.insert().values(
        article_id=aid, revision=revision, published=published,
        headline=article.parts.headline.text or article.story.title))
    if mentions:
        conn.execute(corpus_mentions.insert(), [
            {"article_id": aid, "slug": s, "salience": sal, "central": c, "published": published}
            for s, sal, c in mentions])
    if events:
        conn.execute(corpus_events.insert(), [
            {"article_id": aid, "event_id": e.event_id, "lo": e.lo, "hi": e.hi, "value": e.value,
             "granularity": e.granularity, "status": e.status, "kind": e.kind, "predicate": e.predicate,
             "lemma": e.lemma, "participants": " ".join(e.participants), "place": e.place,
             "sentences": " ".join(e.sentences), "text": e.text, "headline": e.headline, "published": published}
            for e in events])
        links = {(s, e.lo, aid, e.event_id) for e in events for s in (*e.participants, *([e.place] if e.place else []))}
        if links:  # events with no participant and no place have none (an empty insert is one row of NULLs)
            conn.execute(corpus_event_entities.insert(), [
                {"slug": s, "lo": lo, "article_id": a, "event_id": ev} for s, lo, a, ev in sorted(links)])


_EVENT_COLS = tuple(corpus_events.c[name] for name in (
    "article_id", "event_id", "lo", "hi", "value", "granularity", "status", "kind", "predicate", "lemma",
    "participants", "place", "sentences", "text", "headline", "published"))
_DATES = frozenset({"lo", "hi", "published"})


def _day(value: Any) -> date | None:
    """A date column's value: text on SQLite, a date on PostgreSQL."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def _event_tuple(r: tuple[Any, ...]) -> EventRow:
    (aid, eid, lo, hi, value, grain, status, kind, predicate, lemma, people, place, sents, text, head, pub) = r
    return EventRow(
        article_id=aid, event_id=eid, lo=_day(lo) or date.min, hi=_day(hi) or date.min, value=value,
        granularity=grain, status=status, kind=kind, predicate=predicate, lemma=lemma,
        participants=tuple((people or "").split()), place=place,
        sentences=tuple((sents or "").split()), text=text, headline=head or "", published=_day(pub),
    )


class SqlCorpus:
    """The index in an SQL store's database (see the module docstring)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def sync(self, store: Any) -> int:
        """Index every published revision the index does not hold yet; returns how many."""
        with self.engine.connect() as conn:
            a = store_articles
            stale = [(r.id, r.approved) for r in conn.execute(
                sa.select(a.c.id, a.c.approved)
                .select_from(a.outerjoin(corpus_articles, corpus_articles.c.article_id == a.c.id))
                .where(a.c.approved.is_not(None),
                       sa.or_(corpus_articles.c.revision.is_(None), corpus_articles.c.revision != a.c.approved))
                .order_by(a.c.published, a.c.id))]
        for aid, rev in stale:
            article = store.get(aid, rev).article
            with self.engine.begin() as conn:
                index_published(conn, article, rev)
        return len(stale)

    def find(self, name: str) -> list[Known]:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(corpus_entities).where(corpus_entities.c.slug == name)).first()
            if row is not None:
                return [_known(row)]
            out: list[Known] = []
            lookup = _SqlLookup(conn)
            for kind in ("PERSON", "ORG", "PLACE", "EVENT"):
                out += lookup.by_alias(name_key(name, kind), kind)
            surname = name_key(name, "PERSON")
            if " " not in surname:  # "Modi", "PM Modi": every known person of that surname
                out += lookup.by_surname(surname)
            if not out:
                row = conn.execute(sa.select(corpus_entities).where(
                    corpus_entities.c.slug == slugify(name))).first()
                out = [_known(row)] if row is not None else []
            return list({k.slug: k for k in out}.values())

    def known(self, slugs: Iterable[str]) -> dict[str, Known]:
        wanted = sorted(set(slugs))
        out: dict[str, Known] = {}
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                for r in conn.execute(sa.select(corpus_entities).where(corpus_entities.c.slug.in_(wanted[i:i + 500]))):
                    out[r.slug] = _known(r)
        return out

    def aliases(self, slug: str) -> list[str]:
        with self.engine.connect() as conn:
            return [r.alias for r in conn.execute(
                sa.select(corpus_aliases.c.alias).where(corpus_aliases.c.slug == slug).order_by(corpus_aliases.c.alias))]

    def events(self, slug: str, since: date | None = None, until: date | None = None) -> list[EventRow]:
        link, ev = corpus_event_entities, corpus_events
        # Dates come back as text on SQLite and are read with date.fromisoformat: SQLAlchemy's
        # own Date processing (a regular expression per value) was most of a 500-event query.
        stmt = sa.select(*(sa.type_coerce(c, sa.String) if c.name in _DATES else c for c in _EVENT_COLS)).join(
            link, sa.and_(link.c.article_id == ev.c.article_id, link.c.event_id == ev.c.event_id),
        ).where(link.c.slug == slug)
        if until is not None:
            stmt = stmt.where(link.c.lo <= until)
        if since is not None:
            stmt = stmt.where(ev.c.hi >= since)
        with self.engine.connect() as conn:
            return [_event_tuple(r) for r in conn.execute(stmt.order_by(link.c.lo))]

    def related(self, article_id: str, limit: int = 5) -> list[RelatedRow]:
        """Exact, without reading every mention of a frequent entity: candidates are read
        in a widening window of days around the article's date (:data:`RELATED_WINDOWS`)
        until no article outside the window can score above the ``limit``-th one inside
        (see :func:`related_bound`); the last window is the whole index. An article
        without a date asks for the stories naming each set of its central entities
        instead (:meth:`_related_undated`)."""
        m = corpus_mentions
        with self.engine.connect() as conn:
            me = conn.execute(sa.select(sa.type_coerce(corpus_articles.c.published, sa.String)).where(
                corpus_articles.c.article_id == article_id)).first()
            weights = central_weights({s: sal or 0.0 for s, sal in conn.execute(
                sa.select(m.c.slug, m.c.salience).where(m.c.article_id == article_id, m.c.central))})
            if me is None or not weights:
                return []
            central = set(weights)
            pub = _day(me[0])
            if pub is None:
                ranked = self._related_undated(conn, article_id, weights, limit)
            else:
                for window in (*RELATED_WINDOWS, None):
                    ranked = self._related_counted(conn, article_id, weights, pub, window, limit)
                    if window is None or (len(ranked) == limit and ranked[-1].score > related_bound(window)):
                        break
            ids = [r.article_id for r in ranked]
            shared: dict[str, set[str]] = {}
            # By primary key only: with the slugs in the condition too, SQLite may read every
            # mention of the central entities through the slug index instead (24 ms, not 0.3).
            for aid, s in conn.execute(sa.select(m.c.article_id, m.c.slug).where(
                    m.c.article_id.in_(ids), m.c.central)):
                if s in central:
                    shared.setdefault(aid, set()).add(s)
            heads = {aid: h or "" for aid, h in conn.execute(
                sa.select(corpus_articles.c.article_id, corpus_articles.c.headline)
                .where(corpus_articles.c.article_id.in_(ids)))}
        return [RelatedRow(r.article_id, heads.get(r.article_id, ""), r.published,
                           tuple(sorted(shared.get(r.article_id, ()))), r.score) for r in ranked]

    @staticmethod
    def _related_counted(
        conn: Connection, article_id: str, weights: dict[str, float], pub: date | None, window: int | None,
        limit: int,
    ) -> list[RelatedRow]:
        """The best ``limit`` stories among those dated within ``window`` days of ``pub``
        (every story when ``window`` is None), each central mention counted in one query."""
        m = corpus_mentions
        overlap = sa.func.sum(sa.case(weights, value=m.c.slug, else_=0.0))
        stmt = (sa.select(m.c.article_id, overlap.label("w"), sa.func.max(sa.type_coerce(m.c.published, sa.String)))
                .where(m.c.slug.in_(set(weights)), m.c.article_id != article_id, m.c.central)
                .group_by(m.c.article_id))
        if window is not None and pub is not None:
            stmt = stmt.where(m.c.published.between(pub - timedelta(days=window), pub + timedelta(days=window)))
        return _rank_counts(pub, ((aid, float(w or 0.0), _day(p)) for aid, w, p in conn.execute(stmt)), limit)

    @staticmethod
    def _related_undated(
        conn: Connection, article_id: str, weights: dict[str, float], limit: int
    ) -> list[RelatedRow]:
        """Related coverage of an article without a date. Every story is then equally far
        in time, so a story's score is its overlap alone: the weight of the set of central
        entities it names. The sets are taken from the heaviest down, and for each the
        first ``limit`` stories in article order (the ranking's tie-break) that name all
        of it, each scored by everything it names, until the ``limit``-th story found
        scores above the next set. Exact: a story left out names a set that was asked
        for, and ``limit`` stories naming it too come before it, or a set that was not,
        and ``limit`` stories found score above it.

        A question walks one entity's mentions in article order (migration 0005's
        index), checking the set's other entities by primary key, and stops at the
        ``limit``-th story: a few rows for a common set, the whole list for a rare one,
        so the walk goes through the set's shortest list: that of an entity with fewer
        than :data:`RARE_MENTIONS` mentions (counted), else the one whose
        :data:`RARE_MENTIONS`-th mention comes latest in article order (the sparsest).
        The stories naming an entity of at most :data:`READ_WHOLE` mentions are read
        and scored at once first: they are every story of every set that entity is in,
        so only the sets of the others are asked for (one question, not 31, for an
        article whose five entities no other story names). Counting every mention of
        the central entities at once (:meth:`_related_counted`) sorts them all: 290 ms
        for two entities of 60,000 mentions (``make bench-timeline``)."""
        m = corpus_mentions
        heavy = {s: w for s, w in weights.items() if w > 0}
        rare: dict[str, int] = {}
        reach: dict[str, str] = {}  # a frequent entity's RARE_MENTIONS-th mention
        for slug in sorted(heavy):
            mentions = sa.select(m.c.article_id).where(m.c.slug == slug, m.c.central)
            kth = conn.execute(mentions.order_by(m.c.article_id).offset(RARE_MENTIONS - 1).limit(1)).scalar()
            if kth is None:
                rare[slug] = int(conn.execute(sa.select(sa.func.count()).where(
                    m.c.slug == slug, m.c.central)).scalar_one())
            else:
                reach[slug] = kth
        shortest = [*sorted(rare, key=lambda s: (rare[s], s)), *sorted(reach, key=lambda s: (reach[s], s), reverse=True)]
        rank = {s: i for i, s in enumerate(shortest)}
        found: dict[str, tuple[float, date | None]] = {}

        def score(stories: Any) -> None:
            """Score every story of ``stories`` (a list of ids or a query of them) by all it names."""
            named: dict[str, list[str]] = {}
            day: dict[str, date | None] = {}
            for aid, slug, pub in conn.execute(sa.select(
                    m.c.article_id, m.c.slug, sa.type_coerce(m.c.published, sa.String)).where(
                    m.c.article_id.in_(stories), m.c.central)):
                named.setdefault(aid, []).append(slug)
                day[aid] = _day(pub)
            for aid, slugs in named.items():
                found[aid] = (sum(weights.get(s, 0.0) for s in sorted(slugs)), day.get(aid))

        # An entity of few mentions: every story naming it, read at once, settles every set it is in.
        few = {s for s, n in rare.items() if n <= READ_WHOLE}
        if few:
            score(sa.select(m.c.article_id).where(m.c.slug.in_(few), m.c.central, m.c.article_id != article_id))

        def first(names: frozenset[str]) -> list[str]:
            """The first ``limit`` stories naming all of ``names``."""
            lead, *others = sorted(names, key=rank.__getitem__)  # the likeliest misses checked first
            a = sa.select(m.c.article_id).where(
                m.c.slug == lead, m.c.central, m.c.article_id != article_id).subquery("a")
            stmt = sa.select(a.c.article_id)
            for other in others:
                b = m.alias()
                stmt = stmt.where(sa.select(b.c.article_id).where(
                    b.c.slug == other, b.c.central, b.c.article_id == a.c.article_id).exists())
            return [aid for (aid,) in conn.execute(stmt.order_by(a.c.article_id).limit(limit))]

        rest = sorted(set(heavy) - few)
        sets = sorted((frozenset(c) for k in range(len(rest), 0, -1) for c in combinations(rest, k)),
                      key=lambda c: (-sum(heavy[s] for s in sorted(c)), sorted(c)))

        def best() -> list[RelatedRow]:
            return _rank_counts(None, ((a, w, p) for a, (w, p) in found.items()), limit)

        for names in sets:
            ranked = best()
            if len(ranked) == limit and ranked[-1].score > related_score(
                    sum(heavy[s] for s in sorted(names)), UNDATED_DAYS):
                break
            new = [aid for aid in first(names) if aid not in found]
            if new:
                score(new)
        return best()


# --------------------------------------------------------------------------- memory


class MemoryCorpus:
    """The same index built in memory from a store's published articles, on each question."""

    def __init__(self, store: Any) -> None:
        self.store = store

    def _build(self) -> tuple[MemoryLookup, dict[str, EnrichedArticle], dict[str, list[tuple[str, float, bool]]], list[EventRow]]:
        summaries = [s for s in self.store.list(limit=1_000_000) if s.approved is not None]
        summaries.sort(key=lambda s: (s.published or date.min, s.id))
        lookup = MemoryLookup()
        articles: dict[str, EnrichedArticle] = {}
        mentions: dict[str, list[tuple[str, float, bool]]] = {}
        events: list[EventRow] = []
        for s in summaries:
            article = self.store.get_published(s.id).article
            resolved = resolve_entities(article.analysis.entities, lookup)
            lookup.add(resolved)
            m, ev = article_rows(article, resolved)
            articles[article.id], mentions[article.id] = article, m
            events += ev
        return lookup, articles, mentions, events

    def find(self, name: str) -> list[Known]:
        lookup = self._build()[0]
        if name in lookup.known:
            return [lookup.known[name]]
        out = [k for kind in ("PERSON", "ORG", "PLACE", "EVENT") for k in lookup.by_alias(name_key(name, kind), kind)]
        if " " not in name_key(name, "PERSON"):
            out += lookup.by_surname(name_key(name, "PERSON"))
        if not out and slugify(name) in lookup.known:
            out = [lookup.known[slugify(name)]]
        return list({k.slug: k for k in out}.values())

    def known(self, slugs: Iterable[str]) -> dict[str, Known]:
        lookup = self._build()[0]
        return {s: lookup.known[s] for s in slugs if s in lookup.known}

    def aliases(self, slug: str) -> list[str]:
        lookup = self._build()[0]
        return sorted(a for (_, a), slugs in lookup.aliases.items() if slug in slugs)

    def events(self, slug: str, since: date | None = None, until: date | None = None) -> list[EventRow]:
        return sorted((e for e in self._build()[3]
                       if (slug in e.participants or slug == e.place)
                       and (until is None or e.lo <= until) and (since is None or e.hi >= since)),
                      key=lambda e: (e.lo, e.article_id, e.event_id))

    def related(self, article_id: str, limit: int = 5) -> list[RelatedRow]:
        _, articles, mentions, _ = self._build()
        if article_id not in articles:
            return []
        weights = central_weights({s: sal for s, sal, c in mentions[article_id] if c})
        if not weights:
            return []
        pub = articles[article_id].story.published
        cands = ((aid, a.parts.headline.text, a.story.published, set(weights) & {s for s, _, c in mentions[aid] if c})
                 for aid, a in articles.items() if aid != article_id)
        return _rank_related(pub, weights, cands, limit)


def open_corpus(store: Any, *, sync: bool = True) -> Corpus:
    """The corpus index of ``store``: in its database for an SQL store (first brought up to
    date with its published revisions unless ``sync`` is false), else built in memory."""
    engine = getattr(store, "engine", None)
    if isinstance(engine, Engine):
        corpus = SqlCorpus(engine)
        if sync:
            corpus.sync(store)
        return corpus
    return MemoryCorpus(store)
