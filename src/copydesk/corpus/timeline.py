"""The cross-story timeline of one or more entities, from published articles only.

Reports of one event by several stories are merged (:func:`same_event`): the same
participants (the people, else every participant, of one report all among the
other's), compatible dates (their intervals overlap and differ by at most one step of
granularity: a day inside a month, a month inside a year) and a similar predicate (the
same lemma, or the same class: "met" / "talks" / "summit"). The merged line keeps the
finest date any report gives and lists every story, each linked to its sentence.
Planned events after ``today`` form the "What's next" block; an event any report tells
as done is past.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from copydesk.corpus.index import Corpus, EventRow
from copydesk.errors import NotFound
from copydesk.generate.timeline import date_label

__all__ = ["Line", "Timeline", "build_timeline", "render", "same_event"]

_CLASSES: dict[str, str] = {}
for _cls, _words in {
    "meet": ("meet", "talk", "talks", "summit", "meeting", "host", "hold", "session", "confer", "dialogue"),
    "sign": ("sign", "agreement", "deal", "pact", "treaty", "ink", "conclude", "signing"),
    "visit": ("visit", "travel", "trip", "arrive", "tour", "fly", "go", "land"),
    "call": ("call", "speak", "phone", "telephone", "dial"),
    "elect": ("elect", "election", "vote", "win", "poll"),
}.items():
    for _w in _words:
        _CLASSES.setdefault(_w, _cls)
_GRAIN = {"day": 0, "range": 0, "week": 1, "month": 1, "year": 2}


Report = EventRow
"""One story's report of the event (its index row), linked to its sentence by ``href``."""


@dataclass(slots=True)
class Line:
    """One merged event of the timeline."""

    lo: date
    hi: date
    value: str
    granularity: str
    label: str
    status: str
    predicate: str
    participants: tuple[str, ...]
    place: str | None
    reports: tuple[Report, ...] = ()


@dataclass
class Timeline:
    entities: list[tuple[str, str]]
    """(slug, name) of the entities asked for."""
    past: list[Line]
    next: list[Line]
    """Planned events after ``today``: "What's next"."""
    names: dict[str, str]
    today: date
    notes: list[str] = field(default_factory=list)


def _predicate_class(lemma: str) -> str:
    return _CLASSES.get(lemma, lemma)


def _people(row: EventRow, kinds: dict[str, str]) -> set[str]:
    people = {p for p in row.participants if kinds.get(p) == "PERSON"}
    return people or set(row.participants)


def same_event(a: EventRow, b: EventRow, kinds: dict[str, str]) -> bool:
    """Whether two reports tell one event (see the module docstring)."""
    if a.article_id == b.article_id or a.kind != b.kind:
        return False
    if a.lo > b.hi or b.lo > a.hi or abs(_GRAIN.get(a.granularity, 2) - _GRAIN.get(b.granularity, 2)) > 1:
        return False
    if _predicate_class(a.lemma) != _predicate_class(b.lemma):
        return False
    pa, pb = _people(a, kinds), _people(b, kinds)
    if not pa or not pb:
        return not pa and not pb and a.place is not None and a.place == b.place and a.lo == b.lo and a.hi == b.hi
    small, big = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    return small <= big


def _line(rows: Sequence[EventRow]) -> Line:
    if len(rows) == 1:  # most lines: one report, nothing to choose
        r = rows[0]
        start, end = (r.lo.isoformat(), r.hi.isoformat()) if r.granularity in ("range", "week") else (None, None)
        return Line(lo=r.lo, hi=r.hi, value=r.value, granularity=r.granularity,
                    label=date_label(r.value, start, end), status="past" if r.status == "past" else "planned",
                    predicate=r.predicate, participants=r.participants, place=r.place, reports=(r,))
    best = min(rows, key=lambda r: (_GRAIN.get(r.granularity, 2), (r.hi - r.lo).days, r.status != "past"))
    status = "past" if any(r.status == "past" for r in rows) else "planned"
    told = next((r for r in rows if r.status == status and r.granularity == best.granularity), best)
    participants = tuple(dict.fromkeys(p for r in rows for p in r.participants))
    start, end = (best.lo.isoformat(), best.hi.isoformat()) if best.granularity in ("range", "week") else (None, None)
    return Line(
        lo=best.lo, hi=best.hi, value=best.value, granularity=best.granularity,
        label=date_label(best.value, start, end), status=status, predicate=told.predicate,
        participants=participants, place=next((r.place for r in rows if r.place), None),
        reports=tuple(sorted(rows, key=lambda r: (r.published or date.min, r.article_id))),
    )


def build_timeline(
    corpus: Corpus,
    entities: Sequence[str],
    *,
    since: date | None = None,
    until: date | None = None,
    today: date | None = None,
    statements: bool = False,
) -> Timeline:
    """The merged, dated events all of ``entities`` take part in; raises NotFound for an unknown name."""
    today = today or date.today()
    slugs: list[tuple[str, str]] = []
    kinds: dict[str, str] = {}
    notes: list[str] = []
    for name in entities:
        found = corpus.find(name)
        if not found:
            raise NotFound(f"no published story names {name!r}",
                           hint="give a name or slug as the stories write it", entity=name)
        if len(found) > 1:
            notes.append(f"{name!r} is ambiguous: " + ", ".join(f"{k.name} ({k.slug})" for k in found)
                         + f"; using {found[0].slug}")
        slugs.append((found[0].slug, found[0].name))
        kinds[found[0].slug] = found[0].kind
    wanted = {s for s, _ in slugs}
    rows = [r for r in corpus.events(slugs[0][0], since, until)
            if wanted <= {*r.participants, *([r.place] if r.place else [])}
            and (statements or r.kind == "event")]
    known = corpus.known({s for r in rows for s in (*r.participants, *([r.place] if r.place else []))})
    names = {s: k.name for s, k in known.items()}
    kinds.update({s: k.kind for s, k in known.items()})
    groups: list[list[EventRow]] = []
    reach: list[date] = []  # the latest day of each group
    live: list[int] = []  # the groups still in reach of the next report
    for r in sorted(rows, key=lambda r: (r.lo, r.hi, r.article_id, r.event_id)):
        live = [k for k in live if reach[k] >= r.lo]  # sorted by lo: the rest never overlap again
        for k in live:
            g = groups[k]
            if all(o.article_id != r.article_id for o in g) and any(same_event(r, o, kinds) for o in g):
                g.append(r)
                reach[k] = max(reach[k], r.hi)
                break
        else:
            live.append(len(groups))
            groups.append([r])
            reach.append(r.hi)
    lines = sorted((_line(g) for g in groups), key=lambda ln: (ln.lo, ln.hi, ln.label))
    upcoming: list[Line] = []
    past: list[Line] = []
    for ln in lines:
        (upcoming if ln.status == "planned" and ln.lo > today else past).append(ln)
    return Timeline(entities=slugs, past=past, next=upcoming, names=names, today=today, notes=notes)


def _who(line: Line, names: dict[str, str]) -> str:
    who = ", ".join(names.get(p, p) for p in line.participants)
    where = f" in {names.get(line.place, line.place)}" if line.place else ""
    return f"{who}: {line.predicate}{where}" if who else f"{line.predicate}{where}"


def _md_line(line: Line, names: dict[str, str], base: str) -> list[str]:
    mark = " *(planned)*" if line.status == "planned" else ""
    out = [f"- **{line.label}**{mark} — {_who(line, names)}"]
    for r in line.reports:
        day = f", {r.published.isoformat()}" if r.published else ""
        out.append(f"  - [{r.headline}]({base}{r.href}){day} ({', '.join(r.sentences)}): “{r.text}”")
    return out


def _data(t: Timeline, base: str) -> dict[str, object]:
    def line(ln: Line) -> dict[str, object]:
        return {
            "date": ln.value, "label": ln.label, "granularity": ln.granularity, "start": ln.lo.isoformat(),
            "end": ln.hi.isoformat(), "status": ln.status, "predicate": ln.predicate,
            "participants": [{"slug": p, "name": t.names.get(p, p)} for p in ln.participants],
            "place": {"slug": ln.place, "name": t.names.get(ln.place, ln.place)} if ln.place else None,
            "stories": [{"id": r.article_id, "headline": r.headline,
                         "published": r.published.isoformat() if r.published else None,
                         "sentences": list(r.sentences), "text": r.text, "url": base + r.href}
                        for r in ln.reports],
        }

    return {"entities": [{"slug": s, "name": n} for s, n in t.entities], "today": t.today.isoformat(),
            "events": [line(ln) for ln in t.past], "next": [line(ln) for ln in t.next], "notes": t.notes}


def render(t: Timeline, fmt: str = "md", *, base: str = "") -> str:
    """The timeline as Markdown, JSON or an HTML fragment (every value escaped)."""
    title = " and ".join(n for _, n in t.entities)
    if fmt == "json":
        return json.dumps(_data(t, base), indent=2, ensure_ascii=False)
    if fmt == "html":
        def block(lines: list[Line]) -> str:
            items = []
            for ln in lines:
                reps = "".join(
                    f'<li><a href="{html.escape(base + r.href)}">{html.escape(r.headline)}</a>'
                    f' <q>{html.escape(r.text)}</q></li>' for r in ln.reports)
                mark = ' <span class="badge">Planned</span>' if ln.status == "planned" else ""
                items.append(f'<li><time datetime="{ln.lo.isoformat()}">{html.escape(ln.label)}</time>{mark} '
                             f'{html.escape(_who(ln, t.names))}<ul>{reps}</ul></li>')
            return f"<ol class=\"timeline\">{''.join(items)}</ol>"
        out = f"<section class=\"topic-timeline\"><h2>Timeline: {html.escape(title)}</h2>{block(t.past)}"
        if t.next:
            out += f"<h2>What's next</h2>{block(t.next)}"
        return out + "</section>"
    md = [f"## Timeline: {title}", ""]
    for ln in t.past:
        md += _md_line(ln, t.names, base)
    if not t.past:
        md.append("No dated events yet.")
    if t.next:
        md += ["", "### What's next", ""]
        for ln in t.next:
            md += _md_line(ln, t.names, base)
    md += [f"> {n}" for n in t.notes]
    return "\n".join(md) + "\n"
