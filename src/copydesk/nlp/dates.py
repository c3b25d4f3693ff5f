"""Date expressions ("this Wednesday", "earlier this month", "July 8-9, 2024") → ISO values.

Resolution is relative to a *reference* day (the dateline date, else the publication
date) and to a direction: whether the event the expression dates lies ahead or behind.
:func:`event_tense` reads that direction off the parse — the expression's preposition,
the noun it belongs to and the verb it hangs from with its auxiliaries — so that "the
minister looked forward to the president's visit in December" dates a visit ahead
although the sentence is in the past; without a parse, the sentence's tense decides::

    >>> from datetime import date
    >>> resolve_date("this Wednesday", reference=date(2025, 10, 29), tense="future")
    ResolvedDate(value='2025-10-29', start=None, end=None, granularity='day')
    >>> resolve_date("earlier this month", reference=date(2025, 10, 29)).value
    '2025-10'

Offsets count forward or back from the reference ("in three weeks", "the day after
tomorrow", "a week ago"); "two days later" counts from an *anchor* (another date of the
story) and is None without one. Decades, "within ..." and seasons are None: a value is
never more precise than the text.

Own rules come first: they are exact, cheap (tens of microseconds) and know which
expressions are too vague to pin down ("recent weeks", "the past", seasons), which
return ``None`` rather than an invented date. ``dateparser`` is only a last resort for
numeric day formats such as ``08/07/2024``, called on the span alone with
``RELATIVE_BASE`` (never ``search_dates``), imported lazily and cached.
"""

from __future__ import annotations

import logging
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Literal, NamedTuple

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

log = logging.getLogger(__name__)

Tense = Literal["past", "present", "future"]
Granularity = Literal["day", "week", "month", "year", "range"]


class ResolvedDate(NamedTuple):
    """An ISO value; ``start``/``end`` are set for weeks and ranges."""

    value: str
    start: str | None
    end: str | None
    granularity: Granularity


# ----------------------------------------------------------------------------- calendar

MONTHS: dict[str, int] = {
    m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)
}
WEEKDAYS: dict[str, int] = {
    w: i for i, w in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}


def month_number(word: str) -> int | None:
    """1-12 for "Sept.", "october", "Oct"; None for anything else."""
    w = word.lower().rstrip(".")
    return MONTHS.get(w[:3]) if len(w) >= 3 and (w[:3] != "may" or w == "may") else None


def number_word(word: str) -> int | None:
    """"three" → 3, "12" → 12."""
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` months, the day clamped to the month's length."""
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    m += 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(y, m, min(d.day, day))
        except ValueError:
            continue
    return date(y, m, 28)


def week_value(d: date) -> tuple[str, date, date]:
    """ISO week of ``d``: ``("2025-W44", monday, sunday)``."""
    y, w, _ = d.isocalendar()
    mon = d - timedelta(days=d.weekday())
    return f"{y:04d}-W{w:02d}", mon, mon + timedelta(days=6)


def iso_week(year: int, week: int) -> date | None:
    """The Monday of ISO ``year``-W``week``."""
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        return None


def latest_month_day(month: int, day: int, anchor: date, *, slack_days: int = 0) -> date | None:
    """The latest ``month``/``day`` on or before ``anchor`` (+ ``slack_days``); None if no such day."""
    limit = anchor + timedelta(days=slack_days)
    for y in range(limit.year, limit.year - 9, -1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if d <= limit:
            return d
    return None


def next_month_day(month: int, day: int, anchor: date) -> date | None:
    """The first ``month``/``day`` on or after ``anchor``; None if no such day."""
    for y in range(anchor.year, anchor.year + 9):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if d >= anchor:
            return d
    return None


# ----------------------------------------------------------------------------- patterns

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_UNIT = r"(?:day|week|month|year|decade)s?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

_VAGUE = re.compile(
    r"\b(?:recent|recently|past|some time|sometime|a long time|long ago|these days|those days|the other day"
    r"|couple|few|several|many|more than|less than|almost|nearly|about(?! (?:next|last|this)\b)|around(?! (?:next|last|this)\b)|over the|season|summer|winter"
    r"|spring|autumn|fall|generation|century|centuries|weekends|weekdays|all these|\d+s? ?-?years?-old)\b"
)
_DURATION_ONLY = re.compile(rf"^(?:{_NUM}|\d+)[ -]{_UNIT}$|^(?:the )?(?:first|last|next|past) {_NUM} {_UNIT}$|^the (?:first|last|past|next) {_UNIT}$")
_AGO = re.compile(rf"^(?:just )?({_NUM}) ({_UNIT}) ago$")
_TODAY = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this morning": 0, "this afternoon": 0,
          "this evening": 0, "last night": -1, "the day after tomorrow": 2, "day after tomorrow": 2,
          "the day before yesterday": -2, "day before yesterday": -2}
_HALF = re.compile(rf"^(first|second) half of (last|this|next) year$|^(first|second) half of ({_YEAR})$")
_QUARTER = re.compile(rf"^(first|second|third|fourth) quarter of (?:(last|this|next) year|({_YEAR}))$")
_DECADE = re.compile(r"^(?:(early|mid|late) ?-?)?(?:(1[6-9]|20)(\d)0|')(\d)?0?'?s$")
_DECADES = re.compile(r"(1[6-9]\d0|20\d0|'\d0)s")
_YEAR_RANGE = re.compile(rf"^({_YEAR})\s*(?:-|–|to|/)\s*(\d\d|{_YEAR})$")
_MD_RANGE = re.compile(rf"^({_MONTH}) ({_DAY})\s*(?:-|–|to|and|through)\s*(?:({_MONTH}) )?({_DAY})(?:,? ({_YEAR}))?$")
_DM_RANGE = re.compile(rf"^({_DAY})\s*(?:-|–|to|and)\s*({_DAY}) ({_MONTH})(?:,? ({_YEAR}))?$")
_MONTH_RANGE = re.compile(rf"^(?:between |from )?({_MONTH}) (?:and|to|-|–|through|until) ({_MONTH})(?:,? ({_YEAR}))?$")
_MDY = re.compile(rf"^(?:(?:{_WD}),? )?({_MONTH}) ({_DAY})(?:,? ({_YEAR}))?(?: (last|this|next) year)?$")
_DMY = re.compile(rf"^(?:(?:{_WD}),? )?({_DAY}) (?:of )?({_MONTH})(?:,? ({_YEAR}))?(?: (last|this|next) year)?$")
_MY = re.compile(rf"^(early|mid|late|the end of|the start of|the beginning of)?-? ?({_MONTH})(?:,? ({_YEAR})|,? '(\d\d)| (last|this|next) year)?$")
_ISO = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")
_Y = re.compile(rf"^(?:in |the year )?({_YEAR})(?: (?:season|campaign|event|election|budget|census))?$")
_YY = re.compile(r"^'(\d\d)$")
_WEEKDAY = re.compile(rf"(?:\b(last|next|this|coming|past)\s+)?\b({_WD})\b")
_LEAD = re.compile(r"^(?:the |on |in |at |by |until |since |from |during |of |this past |past |mid-|early |late |only |just |about |around )+")
_END_OF = re.compile(r"^(?:the )?(?:end|start|beginning|middle|close) of (?:the )?")

_IN_OFFSET = re.compile(rf"^in ({_NUM}) (day|week|month|year|decade)s?(?:'s?)?(?: time)?$")
_FROM_NOW = re.compile(rf"^({_NUM}) (day|week|month|year|decade)s?(?:'s?)? from (?:now|today)$")
_WITHIN = re.compile(r"^within\b")
_DECADE_WORD = re.compile(r"^(?:the )?(?:next|coming|last|past|previous|this|early next|late next) decade$")
# Counted from another date, never from the reference: "two days later", "the following day".
_ANCHORED = re.compile(rf"^(?:just |only |some )?({_NUM}) (day|week|month|year)s? (later|earlier|after|before|on)$")
_ANCHORED_WORDS: dict[str, tuple[int, str]] = {
    "the following day": (1, "day"), "the next day": (1, "day"), "the day after": (1, "day"),
    "the previous day": (-1, "day"), "the day before": (-1, "day"), "the preceding day": (-1, "day"),
    "the following week": (1, "week"), "the previous week": (-1, "week"), "the week before": (-1, "week"),
    "the week after": (1, "week"), "the following month": (1, "month"), "the previous month": (-1, "month"),
    "the month before": (-1, "month"), "the following year": (1, "year"), "the previous year": (-1, "year"),
    "the year before": (-1, "year"), "the year after": (1, "year"),
}
# The granularities an anchor may have for an offset in each unit ("a year later" from a month is fine).
_ANCHOR_GRAINS = {
    "day": frozenset({"day"}), "week": frozenset({"day", "week"}),
    "month": frozenset({"day", "month"}), "year": frozenset({"day", "month", "year"}),
}

_LOCAL_FUTURE = re.compile(r"\b(?:will|'ll|shall|to be|set to|due|scheduled|expected|planned|next|ahead of)\b[^.;]{0,40}$", re.IGNORECASE)
_LOCAL_PAST = re.compile(r"\b(?:said|told|announced|reported|added|revealed|confirmed|\w+ed)\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)

# sentence_tense cues
_T_FUTURE_STRONG = re.compile(
    r"\b(?:(?:is|are|was|were) (?:set|scheduled|expected|due|slated|poised|going) to|plans? to|is planning to"
    r"|(?:is|are) to be|to be held|to take place|will be held)\b",
    re.IGNORECASE,
)
_T_FUTURE = re.compile(
    r"\b(?:will|won't|shall|next (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|season))\b|'ll\b",
    re.IGNORECASE,
)
_T_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|went|came|took|made|gave|found|left|met|saw|won|lost|began|rose|fell"
    r"|held|sent|wrote|spoke|became|brought|kept|paid|ran|stood|struck|thought|knew|led|got|ago"
    r"|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)


def sentence_tense(sentence: str) -> Tense:
    """A cheap tense guess from raw text, for when no parse is at hand.

    "is set to" / "to be held"-style phrases → future; then a past verb or auxiliary
    → past; then "will" / "next week" → future; else present. A past reporting verb
    outranks a bare "will" because wire copy reports plans in the past tense ("X said
    on Tuesday it will ..."); :func:`resolve_date` reads the words next to the date too.
    """
    if _T_FUTURE_STRONG.search(sentence):
        return "future"
    if _T_PAST.search(sentence):
        return "past"
    if _T_FUTURE.search(sentence):
        return "future"
    return "present"


# ----------------------------------------------------------------------------- API


def resolve_date(
    text: str,
    *,
    reference: date,
    tense: Tense = "past",
    sentence: str = "",
    direction: Tense | None = None,
    anchor: ResolvedDate | None = None,
) -> ResolvedDate | None:
    """Resolve a date expression (a spaCy DATE span) against ``reference``; None when vague.

    ``direction`` is the tense of the *event* the expression dates, read off the parse
    (:func:`event_tense`); when given it decides alone. Without it, ``tense`` (the
    sentence's) decides, after cues such as "will" or "is scheduled" next to the
    expression in ``sentence``. ``anchor`` is the date that "two days later" or "the
    following day" counts from; without one those expressions are None, never a guess
    from the reference. Never raises on odd input.
    """
    norm = _normalise(text)
    if not norm or len(norm) > 80:
        return None
    if _ANCHORED.match(norm) or norm in _ANCHORED_WORDS:
        return _from_anchor(norm, anchor)
    if direction is None:
        direction = _direction(text, tense, sentence, reference)
    return _resolve(norm, reference, direction)


# Two references a generation apart: an expression that resolves the same against both
# depends on no reference ("March 3, 2024", "the 1990s").
_FAR_REFERENCES = (date(2003, 2, 11), date(2041, 9, 24))


def resolve_absolute(text: str) -> ResolvedDate | None:
    """``text`` resolved only when it names its own year: None for "Friday", "last month", "Oct 3"."""
    norm = _normalise(text)
    if not norm or len(norm) > 80 or _ANCHORED.match(norm) or norm in _ANCHORED_WORDS:
        return None
    got = [_resolve(norm, ref, d) for ref in _FAR_REFERENCES for d in ("past", "future")]
    return got[0] if got[0] is not None and all(g == got[0] for g in got) else None


def _normalise(text: str) -> str:
    t = text.lower().replace("’", "'").replace("‘", "'").replace("\u00a0", " ")
    t = re.sub(r"'s\b|\s+'$", "", t)
    t = re.sub(r"[\"“”!?;:,.]+$", "", t.strip())
    t = re.sub(r"\s+", " ", t).strip(" -–—\"")
    t = re.sub(r"^'(?!\d)|(?<!\d0s)'$", "", t).strip()
    return t


def _direction(text: str, tense: Tense, sentence: str, reference: date) -> Tense:
    """Past or future for expressions that could be either; cues next to the span win."""
    if sentence:
        i = sentence.find(text)
        before = sentence[max(0, i - 60): i] if i >= 0 else ""
        if before and _LOCAL_PAST.search(before):
            return "past"
        if before and _LOCAL_FUTURE.search(before):
            return "future"
    return tense


def _from_anchor(t: str, anchor: ResolvedDate | None) -> ResolvedDate | None:
    """ "two days later" counted from ``anchor``; None without one or when the anchor is too coarse."""
    if t in _ANCHORED_WORDS:
        n, unit = _ANCHORED_WORDS[t]
    else:
        m = _ANCHORED.match(t)
        if m is None:
            return None
        k = number_word(m.group(1))
        if k is None:
            return None
        n, unit = (-k if m.group(3) in ("earlier", "before") else k), m.group(2)
    if anchor is None or anchor.granularity not in _ANCHOR_GRAINS[unit]:
        return None
    base = date.fromisoformat(anchor.start or anchor.value) if anchor.granularity in ("day", "week") else None
    if base is None:
        year = int(anchor.value[:4])
        month = int(anchor.value[5:7]) if anchor.granularity == "month" else 1
        base = date(year, month, 1)
    return _offset(base, n, unit)


@lru_cache(maxsize=4096)
def _resolve(t: str, ref: date, direction: Tense) -> ResolvedDate | None:
    for rule in _RULES:
        r = rule(t, ref, direction)
        if r is not _NO_MATCH:
            return r  # type: ignore[return-value]
    return _dateparser_fallback(t, ref, direction)


class _NoMatch:
    pass


_NO_MATCH = _NoMatch()
_Result = ResolvedDate | None | _NoMatch


def _day(d: date) -> ResolvedDate:
    return ResolvedDate(d.isoformat(), None, None, "day")


def _month(y: int, m: int) -> ResolvedDate:
    return ResolvedDate(f"{y:04d}-{m:02d}", None, None, "month")


def _year(y: int) -> ResolvedDate:
    return ResolvedDate(f"{y:04d}", None, None, "year")


def _range(a: date, b: date) -> ResolvedDate | None:
    if b < a:
        return None
    return ResolvedDate(a.isoformat(), a.isoformat(), b.isoformat(), "range")


def _week(d: date) -> ResolvedDate:
    value, mon, sun = week_value(d)
    return ResolvedDate(value, mon.isoformat(), sun.isoformat(), "week")


def _month_end(y: int, m: int) -> date:
    return add_months(date(y, m, 1), 1) - timedelta(days=1)


def _year_word(word: str | None, ref: date) -> int:
    return ref.year + {"last": -1, "next": 1}.get(word or "this", 0)


# ----------------------------------------------------------------------------- rules


def _r_vague(t: str, ref: date, d: Tense) -> _Result:
    if _Y.match(_strip_lead(t)):
        return _NO_MATCH  # "the 2014 season" names a year
    if _DURATION_ONLY.match(t):
        return None
    if _VAGUE.search(t) and not _AGO.match(t):
        # "the second half of last year" and "early 1970s" stay vague only when no rule below pins them.
        if _HALF.match(_strip_lead(t)) or _QUARTER.match(_strip_lead(t)):
            return _NO_MATCH
        return None
    return _NO_MATCH


def _strip_lead(t: str) -> str:
    return _LEAD.sub("", t)


def _r_today(t: str, ref: date, d: Tense) -> _Result:
    t = re.sub(r"^(?:early |late |later |earlier )", "", t)
    if t in _TODAY:
        return _day(ref + timedelta(days=_TODAY[t]))
    return _NO_MATCH


def _r_ago(t: str, ref: date, d: Tense) -> _Result:
    m = _AGO.match(t)
    if not m:
        return _NO_MATCH
    n = number_word(m.group(1))
    unit = m.group(2).rstrip("s")
    if n is None:
        return None
    if unit == "day":
        return _day(ref - timedelta(days=n))
    if unit == "week":
        return _week(ref - timedelta(weeks=n))
    if unit == "month":
        x = add_months(ref, -n)
        return _month(x.year, x.month)
    if unit == "decade":
        return _year(ref.year - 10 * n)
    return _year(ref.year - n)


def _offset(ref: date, n: int, unit: str) -> ResolvedDate | None:
    """``ref`` moved by ``n`` units, at the unit's granularity; None for decades (no such granularity)."""
    if unit == "day":
        return _day(ref + timedelta(days=n))
    if unit == "week":
        return _week(ref + timedelta(weeks=n))
    if unit == "month":
        x = add_months(ref, n)
        return _month(x.year, x.month)
    if unit == "year":
        return _year(ref.year + n)
    return None


def _r_offset(t: str, ref: date, d: Tense) -> _Result:
    """ "in three weeks", "in two years' time", "10 days from now" → forward from the reference."""
    if _WITHIN.match(t) or _DECADE_WORD.match(t):
        return None  # "within two weeks" is a bound, "next decade" a span the model cannot hold
    m = _IN_OFFSET.match(t) or _FROM_NOW.match(t)
    if not m:
        return _NO_MATCH
    n = number_word(m.group(1))
    return _offset(ref, n, m.group(2)) if n is not None else None


def _r_relative_unit(t: str, ref: date, d: Tense) -> _Result:
    t = re.sub(r"^(?:only |just |about |around )", "", t)
    if t in ("weekend", "the weekend"):
        t = "this weekend"
    s = _END_OF.sub("", t)
    if s != t:
        s = re.sub(r"^(?:the )?(week|month|year)$", r"this \1", s)
    s = re.sub(r"^(?:early|earlier|late|later|the start of|the beginning of) ", "", s)
    m = re.match(r"^(last|next|this|the coming|the previous|coming|previous) (week|month|year|weekend)$", s)
    if not m:
        return _NO_MATCH
    which, unit = m.group(1).replace("the ", ""), m.group(2)
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(which, 0)
    if unit != "weekend":
        return _offset(ref, step, unit)
    # weekend: Saturday-Sunday of the reference's week, shifted; a past "this weekend" on a weekday is the last one.
    sat = ref - timedelta(days=ref.weekday()) + timedelta(days=5)
    if which == "this" and d == "past" and ref.weekday() < 5:
        step = -1
    sat += timedelta(weeks=step)
    return _range(sat, sat + timedelta(days=1))


def _r_half_quarter(t: str, ref: date, d: Tense) -> _Result:
    s = _strip_lead(t)
    m = _HALF.match(s)
    if m:
        which = m.group(1) or m.group(3)
        y = _year_word(m.group(2), ref) if m.group(2) else int(m.group(4))
        return _range(date(y, 1, 1), date(y, 6, 30)) if which == "first" else _range(date(y, 7, 1), date(y, 12, 31))
    m = _QUARTER.match(s)
    if m:
        q = ["first", "second", "third", "fourth"].index(m.group(1))
        y = _year_word(m.group(2), ref) if m.group(2) else int(m.group(3))
        return _range(date(y, 3 * q + 1, 1), _month_end(y, 3 * q + 3))
    return _NO_MATCH


def _r_decade(t: str, ref: date, d: Tense) -> _Result:
    if re.match(r"^(?:the )?(?:early|mid|late)\b", t) and _DECADES.search(t):
        return None  # "the early 1970s": a part of a decade we will not guess at
    s = _strip_lead(t)
    found = _DECADES.findall(s)
    if not found or re.sub(r"[\s,]*(?:and|to|-|–)?[\s,]*(?:1[6-9]\d0|20\d0|'\d0)s", "", s).strip():
        return _NO_MATCH
    if re.match(r"^(?:early|mid|late)\b", s):
        return None
    years = [_decade_start(x, ref) for x in found]
    return _range(date(min(years), 1, 1), date(max(years) + 9, 12, 31))


def _decade_start(x: str, ref: date) -> int:
    if x.startswith("'"):
        yy = int(x[1:])
        century = 2000 if 2000 + yy <= ref.year else 1900
        return century + yy
    return int(x)


def _r_week_of(t: str, ref: date, d: Tense) -> _Result:
    m = re.match(r"^(?:the )?week (?:of|beginning|starting|ending) (.+)$", t)
    if not m:
        return _NO_MATCH
    inner = _resolve(m.group(1), ref, d)
    return _week(date.fromisoformat(inner.value)) if inner and inner.granularity == "day" else None


def _r_ranges(t: str, ref: date, d: Tense) -> _Result:
    between = t.startswith("between ")
    s = _strip_lead(re.sub(r"^between ", "", t))
    m = _MD_RANGE.match(s)
    if m and not between and re.search(r"\band\b", s):
        # "July 10 and October 31, 2013": two days, not a span; the first one stands for both.
        y = m.group(5)
        first = f"{m.group(1)} {m.group(2)}" + (f", {y}" if y else "")
        return _resolve(first, ref, d)
    if m:
        m1, d1, m2, d2, y = MONTHS[_mkey(m.group(1))], _dnum(m.group(2)), m.group(3), _dnum(m.group(4)), m.group(5)
        m2n = MONTHS[_mkey(m2)] if m2 else m1
        return _day_range(m1, d1, m2n, d2, y, ref, d)
    m = _DM_RANGE.match(s)
    if m:
        mon = MONTHS[_mkey(m.group(3))]
        return _day_range(mon, _dnum(m.group(1)), mon, _dnum(m.group(2)), m.group(4), ref, d)
    m = _MONTH_RANGE.match(s)
    if m:
        a, b = MONTHS[_mkey(m.group(1))], MONTHS[_mkey(m.group(2))]
        y = int(m.group(3)) if m.group(3) else _month_year(a, ref, d)
        yb = y if b >= a else y + 1
        return _range(date(y, a, 1), _month_end(yb, b))
    m = _YEAR_RANGE.match(s) or (re.match(rf"^({_YEAR}) and ({_YEAR})$", s) if between else None)
    if m:
        a = int(m.group(1))
        b = int(m.group(2)) if len(m.group(2)) == 4 else (a // 100) * 100 + int(m.group(2))
        return _range(date(a, 1, 1), date(b, 12, 31)) if b > a else None
    return _NO_MATCH


def _day_range(m1: int, d1: int, m2: int, d2: int, y: str | None, ref: date, d: Tense) -> ResolvedDate | None:
    try:
        a = date(int(y), m1, d1) if y else _month_day(m1, d1, ref, d)
        if a is None:
            return None
        b = date(a.year + (1 if m2 < m1 else 0), m2, d2)
    except ValueError:
        return None
    return _range(a, b)


def _r_explicit(t: str, ref: date, d: Tense) -> _Result:
    s = _strip_lead(t)
    m = _ISO.match(s)
    if m:
        try:
            return _day(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            return None
    for rx, mi, di in ((_MDY, 1, 2), (_DMY, 2, 1)):
        m = rx.match(s)
        if m:
            mon, day = MONTHS[_mkey(m.group(mi))], _dnum(m.group(di))
            try:
                if m.group(3):
                    return _day(date(int(m.group(3)), mon, day))
                if m.group(4):
                    return _day(date(_year_word(m.group(4), ref), mon, day))
            except ValueError:
                return None
            md = _weekday_fit(s, mon, day, ref) or _month_day(mon, day, ref, d)
            return _day(md) if md else None
    m = re.match(rf"^(last|this|next) ({_MONTH})$", s)
    if m:
        mon = MONTHS[_mkey(m.group(2))]
        if m.group(1) == "this":
            return _month(ref.year, mon)
        if m.group(1) == "last":
            return _month(ref.year if mon < ref.month else ref.year - 1, mon)
        return _month(ref.year if mon > ref.month else ref.year + 1, mon)
    m = _MY.match(s)
    if m:
        mon = MONTHS[_mkey(m.group(2))]
        if m.group(3):
            return _month(int(m.group(3)), mon)
        if m.group(4):
            return _month(_two_digit_year(int(m.group(4)), ref), mon)
        if m.group(5):
            return _month(_year_word(m.group(5), ref), mon)
        return _month(_month_year(mon, ref, d), mon)
    m = _Y.match(s)
    if m:
        return _year(int(m.group(1)))
    m = _YY.match(s)
    if m:
        return _year(_two_digit_year(int(m.group(1)), ref))
    return _NO_MATCH


def _r_weekday(t: str, ref: date, d: Tense) -> _Result:
    m = re.match(rf"^({_WD}),? (?:the )?({_DAY})$", t)
    if m:
        # "Monday 27": the 27th, in this month or the next or last, that is a Monday.
        wd, dn = WEEKDAYS[m.group(1)], _dnum(m.group(2))
        fits = []
        for k in (-1, 0, 1):
            first = add_months(date(ref.year, ref.month, 1), k)
            try:
                x = date(first.year, first.month, dn)
            except ValueError:
                continue
            if x.weekday() == wd:
                fits.append(x)
        return _day(fits[0]) if len(fits) == 1 else None
    if re.search(rf"\b{_MONTH}\s+\d|\d{{4}}", t):
        return _NO_MATCH
    found = _WEEKDAY.findall(t)
    if len(found) != 1:
        return _NO_MATCH
    which, name = found[0]
    wd = WEEKDAYS[name]
    back = (ref.weekday() - wd) % 7
    ahead = (wd - ref.weekday()) % 7
    if which in ("last", "past"):
        return _day(ref - timedelta(days=back or 7))
    if which in ("next", "coming"):
        return _day(ref + timedelta(days=ahead or 7))
    if d == "future":
        return _day(ref + timedelta(days=ahead))
    return _day(ref - timedelta(days=back))


def _r_iso_week(t: str, ref: date, d: Tense) -> _Result:
    m = re.match(r"^(\d{4})-w(\d\d)$", t)
    if m:
        mon = iso_week(int(m.group(1)), int(m.group(2)))
        return _week(mon) if mon else None
    return _NO_MATCH


_RULES = (
    _r_vague, _r_offset, _r_today, _r_ago, _r_relative_unit, _r_half_quarter, _r_decade, _r_week_of, _r_ranges,
    _r_explicit, _r_iso_week, _r_weekday,
)


# ----------------------------------------------------------------------------- helpers


def _mkey(word: str) -> str:
    return word.lower().rstrip(".")[:3]


def _dnum(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def _two_digit_year(yy: int, ref: date) -> int:
    return 2000 + yy if 2000 + yy <= ref.year else 1900 + yy


def _month_year(mon: int, ref: date, d: Tense) -> int:
    """The year of a bare month: the coming one when looking ahead, else the latest past one."""
    if d == "future":
        return ref.year if mon >= ref.month else ref.year + 1
    return ref.year if mon <= ref.month else ref.year - 1


# How far behind the reference a day-month named as ahead may lie before it is taken for next year's.
_STALE_DAYS = 7


def _weekday_fit(t: str, mon: int, day: int, ref: date) -> date | None:
    """ "Saturday, May 2": of the latest past and the next May 2, the one that is a Saturday."""
    m = re.match(rf"^({_WD})\b", t)
    if not m:
        return None
    wd = WEEKDAYS[m.group(1)]
    fits = {x for x in (latest_month_day(mon, day, ref), next_month_day(mon, day, ref)) if x and x.weekday() == wd}
    return fits.pop() if len(fits) == 1 else None


def _month_day(mon: int, day: int, ref: date, d: Tense) -> date | None:
    if d != "future":
        return latest_month_day(mon, day, ref)
    ahead, back = next_month_day(mon, day, ref), latest_month_day(mon, day, ref)
    if ahead and back and (ref - back).days <= _STALE_DAYS:
        # "will pay on April 9" read on April 15: a stale report of last week, not next year's.
        return back
    return ahead


def _dateparser_fallback(t: str, ref: date, d: Tense) -> ResolvedDate | None:
    """Numeric day formats only (``08/07/2024``, ``8.7.2024``): the one place dateparser is reliable."""
    if not re.fullmatch(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}", t):
        return None
    return _parse_numeric(t, ref)


@lru_cache(maxsize=1024)
def _parse_numeric(t: str, ref: date) -> ResolvedDate | None:
    import datetime as _dt

    import dateparser  # slow to import: only here

    got = dateparser.parse(
        t, languages=["en"],
        settings={"RELATIVE_BASE": _dt.datetime(ref.year, ref.month, ref.day), "DATE_ORDER": "DMY"},
    )
    return _day(got.date()) if got else None


# ----------------------------------------------------------------------------- the event's tense, from the parse
#
# "The minister looked forward to the president's visit in December": the reporting
# verb is past, the visit is not. The direction of a date is read from its own place
# in the parse — the preposition, noun and verb it hangs from, and that verb's
# auxiliaries — never from the sentence's main verb. Each table below is data: a
# new cue is a word added to a table.

_MODALS = frozenset({"will", "'ll", "wo", "shall", "would", "'d", "could", "might", "may", "should", "must",
                     "can", "ca", "ought"})
_PERFECT = frozenset({"have", "has", "had", "'ve", "having"})
_PAST_AUX = frozenset({"was", "were", "did", "been"}) | _PERFECT
_PRESENT_AUX = frozenset({"is", "are", "am", "'re", "'m", "do", "does"})
# Heads of a to-infinitive that plan, promise or expect: "plans to visit", "is due to open",
# "agreed to meet", "is to vote" (lemma "be").
_FWD_TO_HEADS = frozenset({
    "plan", "expect", "due", "set", "schedule", "slate", "intend", "aim", "hope", "want", "seek", "prepare",
    "agree", "decide", "promise", "pledge", "vow", "threaten", "go", "poise", "likely", "forecast",
    "predict", "propose", "offer", "ready", "wish", "be", "need", "mean", "tip", "project", "vote",
    "resolve", "undertake", "commit", "look", "get", "expected", "scheduled", "slated", "poised", "bound",
})
# Verbs and adjectives that look ahead whatever the preposition: "a ruling is expected on
# Friday", "results due on Wednesday", "the upcoming vote".
_FWD_HEADS = frozenset({"expect", "schedule", "slate", "due", "await", "anticipate", "upcoming", "scheduled",
                        "expected", "forthcoming", "slated"})
# A verb whose object, introduced by this preposition, is a time after the act:
# "adjourned until January 15", "postponed to Jan 15", "set for Feb 20", "has until Sept. 30".
_FWD_VERB_PREP: dict[str, frozenset[str]] = {
    "until": frozenset({"adjourn", "postpone", "defer", "delay", "extend", "suspend", "remand", "close", "shut",
                        "ban", "bar", "halt", "freeze", "have", "give", "grant", "allow", "prolong", "renew",
                        "stay", "pause", "recess"}),
    "to": frozenset({"postpone", "delay", "defer", "move", "push", "bring", "reschedule", "adjourn", "shift",
                     "extend", "put", "bump", "prolong"}),
    "for": frozenset({"schedule", "set", "slate", "plan", "call", "book", "fix", "reschedule", "earmark",
                      "pencil", "target", "time", "penciled", "pencilled"}),
}
_FWD_VERB_PREP["till"] = _FWD_VERB_PREP["until"]
# A preposition that dates what came before, whatever the verb: "in custody since Aug 29".
_BACK_PREPS = frozenset({"since"})
# A preposition's head that looks ahead: "ahead of Thursday's vote".
_FWD_PREP_HEADS = frozenset({"ahead", "pending"})
# Modifiers of the noun a date belongs to: "the upcoming summit in November", "last year's vote".
_FWD_NOUN_MODS = frozenset({"due", "upcoming", "next", "planned", "scheduled", "forthcoming", "proposed", "expected",
                            "coming", "future", "impending", "looming", "pending", "slated", "prospective"})
_BACK_NOUN_MODS = frozenset({"last", "previous", "recent", "past", "former", "earlier", "preceding", "failed"})
# Nouns that name a time ahead of the act ("a Dec 15 deadline") ...
_FWD_NOUNS = frozenset({"deadline", "target", "ultimatum"})
# ... unless the act on them is over: "missed a Dec 5 deadline".
_SPENT_VERBS = frozenset({"miss", "pass", "expire", "ignore", "breach", "blow", "overshoot", "lapse", "defy"})
# Verb + particle that look ahead: "looked forward to the visit in December".
_FWD_PARTICLES: dict[str, frozenset[str]] = {"look": frozenset({"forward", "ahead"})}
# Prepositions after which a date may belong to the noun before it rather than the verb
# the parser hung it on ("prepare the upcoming summit in November").
_REATTACH_PREPS = frozenset({"in", "for", "during"})
# Present-tense verbs that report rather than happen on the date: no cue of their own.
_REPORTING = frozenset({"say", "tell", "add", "state", "claim", "announce", "insist", "warn", "note",
                        "explain", "report", "write", "confirm", "reveal", "admit", "argue", "suggest",
                        "declare", "describe", "acknowledge", "stress", "deny", "urge", "show", "think",
                        "believe", "know", "see", "hear", "accuse", "allege", "capture", "depict", "feature",
                        "picture", "film", "record", "illustrate"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_OBJECTS = frozenset({"dobj", "attr", "oprd", "dative"})
_LATER_PREPS = frozenset({"before", "until", "till"})
# Verbs whose past is their base form: tagged present, they are past after a singular subject.
_INVARIANT_PAST = frozenset({"put", "set", "cut", "hit", "let", "hurt", "beat", "cost", "quit", "spread", "shut",
                             "bet", "burst", "cast", "read", "split", "upset", "broadcast", "bid", "shed", "thrust"})
_NONFINITE_DEPS = frozenset({"ccomp", "xcomp", "oprd", "conj", "dep"})
_VERBAL = frozenset({"VERB", "AUX"})


def event_tense(ent: Span) -> Tense | None:
    """Whether the event a date expression dates lies ahead ("future") or behind ("past").

    Read from the expression's own place in the parse: its preposition ("until",
    "since"), the noun it belongs to ("deadline", "the upcoming summit") and the verb
    it hangs from, with that verb's auxiliaries ("will", "is due to", "has been set
    for"). None when nothing there decides: the caller falls back on the sentence.
    """
    inside = range(ent.start, ent.end)
    preps: list[Token] = []
    nouns: list[Token] = []
    verb: Token | None = None
    for a in ent.root.ancestors:
        if a.i in inside:
            continue
        if a.pos_ == "ADP" or a.dep_ == "prep":
            preps.append(a)
        elif a.pos_ in _VERBAL:
            verb = a
            break
        elif a.pos_ == "ADJ" or a.lemma_.lower() in _FWD_HEADS:
            if a.lemma_.lower() in _FWD_HEADS or a.lower_ in _FWD_HEADS:
                return "future"
            verb = a  # "due", "likely": an adjectival predicate heads the clause
            break
        elif a.pos_ in _NOMINAL or a.pos_ == "PRON":
            nouns.append(a)
        if len(preps) + len(nouns) > 8:
            break
    if any(p.lower_ in _BACK_PREPS for p in preps):
        return "past"
    if any(p.head.lower_ in _FWD_PREP_HEADS for p in preps):
        return "future"
    prep = preps[0] if preps else None
    if prep is not None and not nouns and prep.lower_ in _REATTACH_PREPS and prep.i > 0:
        left = prep.doc[prep.i - 1]
        if left.pos_ in _NOMINAL and left.i not in inside:
            nouns.append(left)
    spent = verb is not None and verb.lemma_.lower() in _SPENT_VERBS and verb.tag_ in ("VBD", "VBN")
    for n in nouns:
        got = _noun_tense(n, inside)
        if got is not None:
            return got
        if n.lemma_.lower() in _FWD_NOUNS:
            return "past" if spent else "future"
    if verb is None:
        # A sentence without any verb is a misparse: the finite verb was read as a noun,
        # which happens to present-tense forms ("Portugal votes ... on Sunday", "Talks
        # ... resume on Monday"), hardly ever to past ones ("voted", "resumed").
        sent = ent.sent
        if sent.root.pos_ in _NOMINAL and not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in sent):
            return "future"
        return None
    # A date after the verb's object may be the verb's ("visits Washington in March");
    # one deeper in a prepositional phrase is its noun's ("waves after the game in November").
    # "before"/"until" a noun keeps the verb's direction: "face Celtic before a trip on May 1".
    direct = (
        not nouns
        or (len(nouns) == 1 and nouns[0].dep_ in _OBJECTS and nouns[0].head.i == verb.i)
        or any(p.lower_ in _LATER_PREPS for p in preps)
    )
    return _verb_tense(verb, prep, direct=direct)


def _noun_tense(n: Token, inside: range) -> Tense | None:
    for c in n.children:
        if c.i in inside or c.dep_ not in ("amod", "compound", "nmod", "det", "advmod", "nummod"):
            continue
        w = c.lower_
        if w in _FWD_NOUN_MODS:
            return "future"
        if w in _BACK_NOUN_MODS:
            return "past"
    return None


def _verb_tense(v: Token, prep: Token | None, depth: int = 0, *, direct: bool = True) -> Tense | None:
    """The tense of ``v`` as the date's event; ``direct`` when the date hangs from ``v`` itself
    rather than from one of its nouns ("waves after the game in November": the game's date)."""
    lemma = v.lemma_.lower()
    kids = list(v.children)
    if lemma in _FWD_PARTICLES and any(c.lower_ in _FWD_PARTICLES[lemma] for c in kids):
        return "future"
    if prep is not None and lemma in _FWD_VERB_PREP.get(prep.lower_, ()):
        return "future"
    if lemma in _FWD_HEADS or v.lower_ in _FWD_HEADS:
        return "future"
    aux = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
    if aux & _MODALS:
        return "past" if aux & _PERFECT else "future"  # "could have happened on Tuesday"
    if aux & _PERFECT:
        return "past"
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids):
        head = v.head
        if head.i == v.i:
            return None
        if head.lemma_.lower() in _FWD_TO_HEADS or head.lower_ in _FWD_TO_HEADS:
            return "future"
        if depth < 2 and (head.pos_ in _VERBAL or head.pos_ == "ADJ"):
            return _verb_tense(head, None, depth + 1)
        return None
    tag = v.tag_
    if tag == "VBD" or aux & _PAST_AUX:
        return "past"
    if tag == "VBN":
        if aux:
            # A present passive ("is congratulated on Sunday") is a caption's past as often
            # as a timetable: no cue of its own.
            return None if aux & _PRESENT_AUX else "past"
        if v.dep_ in _NONFINITE_DEPS and depth < 2 and v.head.i != v.i and v.head.pos_ in _VERBAL:
            # A bare participle takes its tense from the verb it completes: "will get them
            # fired up this weekend", "was arrested and charged on Monday".
            return _verb_tense(v.head, None, depth + 1, direct=direct)
        return "past"  # "the man arrested on Sunday"
    if tag == "VBG":
        return "future" if aux & _PRESENT_AUX else None
    if lemma in _INVARIANT_PAST and v.lower_ == lemma and any(
        c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in kids
    ):
        return "past"  # "The city put on a show at the weekend": a singular subject makes "put" past
    if tag in ("VBZ", "VBP") or (tag == "VB" and (v.dep_ == "ROOT" or aux & _PRESENT_AUX)):
        # A plain present with its own date is a timetable ("Portugal votes on Sunday");
        # through a noun it says nothing ("waves after the game in November").
        return None if lemma in _REPORTING or not direct else "future"
    return None


# Wire-copy date expressions the entity recogniser tends to miss or cut short.
_MISSED = re.compile(
    rf"(?<![\w-])(?:{_MONTH} {_DAY}\b|{_DAY} {_MONTH}(?!\w)"
    rf"|(?:in|within) {_NUM} (?:day|week|month|year)s?(?:'s?)?(?: time)?"
    rf"|{_NUM} (?:day|week|month|year)s? (?:later|earlier)"
    r"|the (?:following|next|previous) (?:day|week|month|year)"
    r"|the day (?:after tomorrow|before yesterday))",
    re.IGNORECASE,
)
_PREFIX_WORDS = frozenset({"in", "within"})
_AFTER_PHRASES: tuple[tuple[str, ...], ...] = (("from", "now"), ("from", "today"), ("later",), ("earlier",), ("time",), ("'s", "time"),
                  ("'", "time"), ("’", "time"))
_BEFORE_PHRASES: tuple[tuple[str, ...], ...] = (("the", "day", "after"), ("the", "day", "before"))
_BARE_DURATION = re.compile(rf"^{_NUM} (?:day|week|month|year|decade)s?(?:'s?)?(?: time)?$", re.IGNORECASE)


def date_spans(sentence: Span, ents: list[Span], doc_text: str | None = None) -> list[Span]:
    """The sentence's DATE entities widened to the whole expression, plus ones the recogniser missed.

    "in" + "three weeks" → "in three weeks"; "tomorrow" after "the day after" → "the day
    after tomorrow"; "Feb 1" tagged LAW or "Aug 29" split into CARDINAL → added. In
    text order. ``doc_text`` is the document's text when the caller has it (``Doc.text``
    is rebuilt on every access).
    """
    doc = sentence.doc
    out = [_widen(e) for e in ents]
    taken = [(s.start_char, s.end_char) for s in out]
    text = doc.text if doc_text is None else doc_text
    for m in _MISSED.finditer(text, sentence.start_char, sentence.end_char):
        a, b = m.start(), m.end()
        words = m.group(0).split()
        if any(month_number(w) and not w[:1].isupper() for w in words):
            continue  # "may 5", "to march 3 miles": a month is written with a capital
        if any(a < e and s < b for s, e in taken):
            continue
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None and span.start >= sentence.start and span.end <= sentence.end:
            out.append(span)
            taken.append((span.start_char, span.end_char))
    return sorted(out, key=lambda s: s.start)


def _widen(ent: Span) -> Span:
    doc = ent.doc
    start, end = ent.start, ent.end
    low = [t.lower_ for t in doc[max(0, start - 3):end + 2]]
    off = max(0, start - 3)
    bare = bool(_BARE_DURATION.match(ent.text.strip()))
    if bare and start > 0 and low[start - 1 - off] in _PREFIX_WORDS:
        start -= 1
    if ent.text.lower().strip() in ("tomorrow", "yesterday"):
        for words in _BEFORE_PHRASES:
            k = len(words)
            if start - k >= off and tuple(low[start - k - off:start - off]) == words:
                start -= k
                break
    for words in _AFTER_PHRASES if bare else ():
        k = len(words)
        if tuple(low[end - off:end + k - off]) == words:
            end += k
            break
    return ent if (start, end) == (ent.start, ent.end) else doc[start:end]


# ----------------------------------------------------------------------------- weekdays with their own date

_EXPLICIT_DAY = rf"(?:{_MONTH}\s+{_DAY}(?!\w)|{_DAY}\s+(?:of\s+)?{_MONTH}(?!\w))"
_DAY_AFTER = re.compile(
    rf"^\s*,?\s*\(?\s*(?:the\s+)?(?:{_EXPLICIT_DAY}|{_DAY}(?!\w)(?!\s*[-–:.]\s*\d))", re.IGNORECASE
)
_DAY_BEFORE = re.compile(rf"{_EXPLICIT_DAY}\s*,?\s*\(?\s*$", re.IGNORECASE)
_DAY_INSIDE = re.compile(rf"\b{_EXPLICIT_DAY}", re.IGNORECASE)


def weekday_has_date(text: str, phrase: str) -> bool:
    """Whether the weekday ``phrase`` carries an explicit day of the month in ``text``.

    "on Tuesday, Jan 3", "Tuesday 9 May", "May 9 (Tuesday)", "Monday 27": the story already
    says which day it is, and an annotation beside it could only repeat or contradict it.
    """
    if _DAY_INSIDE.search(phrase):
        return True
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        if _DAY_AFTER.match(text[end:end + 40]) or _DAY_BEFORE.search(text[max(0, start - 40):start]):
            return True
        start = text.find(phrase, end)
    return False
