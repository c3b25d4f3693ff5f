"""Date expressions ("this Wednesday", "earlier this month", "July 8-9, 2024") → ISO values.

Resolution is relative to a *reference* day (the dateline date, else the publication
date) and to the tense of the sentence the expression sits in::

    >>> from datetime import date
    >>> resolve_date("this Wednesday", reference=date(2025, 10, 29), tense="future")
    ResolvedDate(value='2025-10-29', start=None, end=None, granularity='day')
    >>> resolve_date("earlier this month", reference=date(2025, 10, 29)).value
    '2025-10'

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
from typing import Literal, NamedTuple

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
_REL_UNIT = re.compile(
    r"^(?:(early|earlier|late|later|the end of|the start of|the beginning of) )?"
    r"(last|next|this|the coming|the previous) (week|month|year|weekend)$"
)
_EARLIER_THIS = re.compile(r"^(early|earlier|late|later|the end of|the start of|the beginning of) this (week|month|year|weekend)$")
_TODAY = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this morning": 0, "this afternoon": 0,
          "this evening": 0, "last night": -1}
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

_PLAN_CUE = re.compile(
    r"\b(?:will|won't|'ll|shall|plans?|planned|planning|scheduled|expected|due|set to|to be held|upcoming"
    r"|is to|are to|next|hopes? to|aims? to|intends? to|ahead of|starting|begins?|from)\b",
    re.IGNORECASE,
)
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
    text: str, *, reference: date, tense: Tense = "past", sentence: str = ""
) -> ResolvedDate | None:
    """Resolve a date expression (a spaCy DATE span) against ``reference``; None when vague.

    ``tense`` is the sentence's tense; ``sentence`` (the whole sentence) lends cues such as
    "will" or "is scheduled" next to the expression. Never raises on odd input.
    """
    norm = _normalise(text)
    if not norm or len(norm) > 80:
        return None
    direction = _direction(text, tense, sentence, reference)
    return _resolve(norm, reference, direction)


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
    if unit == "week":
        return _week(ref + timedelta(weeks=step))
    if unit == "month":
        x = add_months(ref, step)
        return _month(x.year, x.month)
    if unit == "year":
        return _year(ref.year + step)
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
            md = _month_day(mon, day, ref, d)
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
    _r_vague, _r_today, _r_ago, _r_relative_unit, _r_half_quarter, _r_decade, _r_week_of, _r_ranges,
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


def _month_day(mon: int, day: int, ref: date, d: Tense) -> date | None:
    return next_month_day(mon, day, ref) if d == "future" else latest_month_day(mon, day, ref)


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
