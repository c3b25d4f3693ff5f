"""Wire datelines: ``New Delhi/Moscow, Oct 29 (NationPress)`` → places, ISO date, agency.

::

    >>> from datetime import date
    >>> d = parse_dateline("WASHINGTON, Oct. 29 (AP) — The Senate voted.", published=date(2025, 10, 30))
    >>> d.places, d.date, d.agency, "WASHINGTON, Oct. 29 (AP) — The Senate voted."[d.end:]
    (('Washington',), '2025-10-29', 'AP', 'The Senate voted.')

The forms handled are the ones wire services use: ``PLACE[, REGION][, Mon DD[, YYYY]]
(AGENCY) —``, ``PLACE —`` / ``PLACE -`` (place in capitals), ``(AGENCY)`` alone,
``Place (CNN)`` and ``Islamabad:`` (a known city, or a place in capitals, then a colon).
The parser is conservative: an ordinary first sentence ("Boston is a city ...",
"Wanted: Police in Maryland ...") is never a dateline, nor is a byline ("By Jane Smith").
"""

from __future__ import annotations

import re
from datetime import date

from copydesk.model import Dateline
from copydesk.nlp.dates import latest_month_day, month_number

_HEAD = 260
"""Only the paragraph's first characters are searched: a dateline is short."""

_WORD = r"(?:[A-Z][\w'’.\-]*|[A-Z]\.(?:[A-Z]\.)+|(?:de|del|da|of|on|upon|la|le|al|el|am|an|sur)(?=\s+[A-Z]))"
_PLACE = rf"{_WORD}(?:\s{_WORD}){{0,3}}"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)\.?"
_AGENCY = r"[A-Z][\w&.'’\-]*(?:[ /-][\w&.'’\-]+){0,3}"
_SEP = r"(?:\s*(?:—|–|--|-|:)\s*|\s+|(?=[A-Z“\"‘']))"

_FULL = re.compile(
    rf"""^(?P<places>{_PLACE}(?:\s?/\s?{_PLACE})*)
    (?P<regions>(?:\s?\((?:{_PLACE})\)(?=,)|\s\[(?:{_PLACE})\]|,\s(?!{_MONTH}\s\d){_PLACE}){{0,2}})
    (?:,\s(?P<month>{_MONTH})\s(?P<day>\d{{1,2}})(?:,\s(?P<year>\d{{4}}))?)?
    (?:,?\s?\((?P<agency>{_AGENCY})\))?
    (?P<sep>{_SEP})""",
    re.VERBOSE,
)
_NO_PLACE = re.compile(
    rf"^(?:(?P<month>{_MONTH})\s(?P<day>\d{{1,2}})(?:,\s(?P<year>\d{{4}}))?\s)?\((?P<agency>{_AGENCY})\)(?P<sep>{_SEP})"
)
_BYLINE = re.compile(r"^(?:BY|By)\s+(?P<name>(?:[A-Z][A-Z'.\-]+\s+){1,3})(?=[A-Z][a-z])")
_NOT_A_DATELINE = re.compile(r"^(?:By\b|BY\s+[a-z.]|PUBLISHED:|UPDATED:|Last updated|Posted\b)|\bPUBLISHED:", re.I)

KNOWN_AGENCIES = frozenset({
    "AP", "Reuters", "AFP", "CNN", "UPI", "Xinhua", "IANS", "PTI", "ANI", "NationPress", "Yonhap", "Kyodo",
    "AA", "Anadolu", "Bernama", "TASS", "EFE", "ANSA", "dpa", "DPA", "APP", "SANA", "WAM", "KUNA", "BSS",
    "UNI", "NNN", "APA", "PNA", "Antara", "IRNA", "CNA", "Interfax", "RIA", "Bloomberg", "CNS", "ATS", "Belga",
    "Lusa", "Prensa Latina", "NAN", "MENA", "Petra", "QNA", "SPA", "BNA", "Trend", "Kyodo News", "AP Photo",
})
KNOWN_PLACES = frozenset({
    # South Asia first: the colon form ("Islamabad: ...") is a South Asian house style.
    "Islamabad", "Karachi", "Lahore", "Peshawar", "Quetta", "Rawalpindi", "Multan", "Faisalabad", "Hyderabad",
    "New Delhi", "Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru", "Bangalore", "Pune", "Ahmedabad",
    "Lucknow", "Patna", "Jaipur", "Bhopal", "Chandigarh", "Srinagar", "Jammu", "Guwahati", "Thiruvananthapuram",
    "Kochi", "Shimla", "Dehradun", "Ranchi", "Raipur", "Bhubaneswar", "Gandhinagar", "Panaji", "Varanasi",
    "Dhaka", "Chittagong", "Kathmandu", "Colombo", "Kabul", "Kandahar", "Male", "Thimphu",
    "London", "Paris", "Berlin", "Moscow", "Kyiv", "Kiev", "Beijing", "Shanghai", "Tokyo", "Seoul", "Washington",
    "New York", "Brussels", "Geneva", "Rome", "Madrid", "Tehran", "Baghdad", "Riyadh", "Dubai", "Abu Dhabi",
    "Doha", "Cairo", "Ankara", "Istanbul", "Jerusalem", "Tel Aviv", "Beirut", "Damascus", "Amman", "Nairobi",
    "Lagos", "Abuja", "Johannesburg", "Singapore", "Jakarta", "Manila", "Bangkok", "Hanoi", "Kuala Lumpur",
    "Sydney", "Canberra", "Ottawa", "Toronto", "Mexico City", "Brasilia", "Buenos Aires", "Los Angeles",
})
_CAPS_STOP = frozenset({"BREAKING", "UPDATE", "EXCLUSIVE", "WATCH", "VIDEO", "PHOTOS", "OPINION"})


def parse_dateline(text: str, *, published: date | None = None, today: date | None = None) -> Dateline | None:
    """The dateline that opens ``text`` (a story's first paragraph), or None.

    Offsets are into ``text``; ``text[end:]`` is where the first real sentence starts.
    A month-day takes its year from ``published`` (the latest such day on or before it,
    allowing one day for time zones), else from ``today`` (the latest past one); an
    explicit year wins. Without either, a yearless date is left out.
    """
    head = text[:_HEAD]
    lead = len(head) - len(head.lstrip())
    body = head[lead:]
    if not body or _NOT_A_DATELINE.search(body[:120]) and not _BYLINE.match(body):
        return None
    offset = lead
    by = _BYLINE.match(body)
    if by:
        offset += by.end()
        body = body[by.end():]
    found = _match(body)
    if found is None:
        return None
    places, month, day, year, agency, core_end, end = found
    if by and not (agency or month):
        return None  # a bare byline followed by a capitalised word is not a dateline
    iso = _iso_date(month, day, year, published, today)
    return Dateline(
        text=body[:core_end].strip(),
        places=places,
        date=iso,
        agency=agency,
        start=offset,
        end=offset + end,
    )


def _match(body: str) -> tuple[tuple[str, ...], str | None, str | None, str | None, str | None, int, int] | None:
    m = _NO_PLACE.match(body)
    if m:
        if not _after_ok(body, m.end()):
            return None
        return (), m["month"], m["day"], m["year"], m["agency"], m.start("sep"), m.end()
    m = _FULL.match(body)
    if not m:
        return None
    raw_places = [p.strip() for p in m["places"].split("/")]
    regions = [r for r in re.split(r"\s?[(\[]|[)\]]|,\s", m["regions"] or "") if r.strip()]
    month, day, year, agency, sep = m["month"], m["day"], m["year"], m["agency"], m["sep"].strip()
    if not _accept(raw_places, regions, month, agency, sep, body, m.end()):
        return None
    places = tuple(_title(p) for p in raw_places + [r.strip() for r in regions])
    return places, month, day, year, agency, m.start("sep"), m.end()


def _accept(places: list[str], regions: list[str], month: str | None, agency: str | None, sep: str,
            body: str, end: int) -> bool:
    """The guards that keep ordinary first sentences from reading as datelines."""
    if not _after_ok(body, end) or any(w.upper() in _CAPS_STOP for p in places for w in p.split()):
        return False
    caps = all(_is_caps(p) for p in places)
    first = places[0]
    if agency and agency[0].isupper():
        return bool(month or caps or agency in KNOWN_AGENCIES)
    if month:
        return sep in {"", "—", "–", "--", "-", ":"}
    if sep in {"—", "–", "--", "-"}:
        return caps and len(first) >= 3
    if sep == ":":
        if regions:
            return False
        return (caps and len(first) >= 3 and len(first.split()) <= 3) or first in KNOWN_PLACES
    return False


def _after_ok(body: str, end: int) -> bool:
    """The text after a dateline starts a sentence: a capital, a quote or a digit."""
    rest = body[end:end + 2]
    return bool(rest) and (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“‘'(")


def _is_caps(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _title(place: str) -> str:
    """"NEW DELHI" → "New Delhi"; "U.S." and "N.D." stay; already mixed case stays."""
    if not _is_caps(place):
        return place
    if re.fullmatch(r"[A-Z]{1,3}", place):
        return place  # a region code standing alone: "HP", "UAE"
    return " ".join(_title_word(w) for w in place.split())


def _title_word(word: str) -> str:
    if re.fullmatch(r"(?:[A-Z]{1,2}\.)+", word):
        return word  # "U.S.", "N.D.", "D.C."
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


def _iso_date(month: str | None, day: str | None, year: str | None,
              published: date | None, today: date | None) -> str | None:
    if not month or not day:
        return None
    mon = month_number(month)
    if mon is None:
        return None
    d = int(day)
    try:
        if year:
            return date(int(year), mon, d).isoformat()
    except ValueError:
        return None
    if published is not None:
        got = latest_month_day(mon, d, published, slack_days=1)
    elif today is not None:
        got = latest_month_day(mon, d, today)
    else:
        got = None
    return got.isoformat() if got else None
