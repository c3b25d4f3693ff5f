"""Speech normalisation: write text the way a newsreader would say it.

A speech engine reads "Lt. Gen." letter by letter, "73rd" as "seventy-three r d" and
"$5m" as "dollar five m". :func:`speakable` rewrites those before synthesis::

    >>> speakable("Lt. Gen. A. Singh met the PM on Oct 29 to discuss a $5m deal.")
    'Lieutenant General A. Singh met the Prime Minister on October twenty-ninth to discuss a five million dollars deal.'

The rules are ordered: abbreviations, then money, percentages, dates, times,
ordinals, years, ranges and finally plain numbers, so that each rule sees digits that
the earlier ones have not already spoken. Every regex is linear and runs over one
sentence at a time.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand"))
_ORDINAL_ENDS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth",
    "eight": "eighth", "nine": "ninth", "twelve": "twelfth",
}


def cardinal(n: int) -> str:
    """``1200`` → ``"one thousand two hundred"`` (hyphenated tens: ``"seventy-three"``)."""
    if n < 0:
        return "minus " + cardinal(-n)
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + ("-" + _ONES[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return _ONES[hundreds] + " hundred" + (" " + cardinal(rest) if rest else "")
    for size, word in _SCALES:
        if n >= size:
            high, rest = divmod(n, size)
            return cardinal(high) + " " + word + (" " + cardinal(rest) if rest else "")
    raise AssertionError("unreachable")  # pragma: no cover


def ordinal(n: int) -> str:
    """``73`` → ``"seventy-third"``."""
    words = cardinal(n)
    head, sep, last = words.rpartition("-") if "-" in words.split(" ")[-1] else words.rpartition(" ")
    if last in _ORDINAL_ENDS:
        last = _ORDINAL_ENDS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return head + sep + last


def year(n: int) -> str:
    """``2024`` → ``"twenty twenty-four"``, ``2005`` → ``"two thousand five"``."""
    if 2000 <= n < 2010 or n % 1000 == 0:
        return cardinal(n)
    high, low = divmod(n, 100)
    if low == 0:
        return cardinal(high) + " hundred"
    return cardinal(high) + (" oh " if low < 10 else " ") + cardinal(low)


def decimal(text: str) -> str:
    """``"1,200"`` → ``"one thousand two hundred"``; ``"2.5"`` → ``"two point five"``."""
    whole, _, frac = text.replace(",", "").partition(".")
    words = cardinal(int(whole or "0"))
    if frac:
        words += " point " + " ".join(_ONES[int(d)] for d in frac)
    return words


# --------------------------------------------------------------------------- rules

_RANKS = (
    (r"Lt\.? ?Gen\.?", "Lieutenant General"), (r"Maj\.? ?Gen\.?", "Major General"),
    (r"Brig\.? ?Gen\.?", "Brigadier General"), (r"Lt\.? ?Col\.?", "Lieutenant Colonel"),
    (r"Lt\.? ?Cmdr\.?", "Lieutenant Commander"), (r"Vice Adm\.?", "Vice Admiral"),
    (r"Rear Adm\.?", "Rear Admiral"), (r"Gen\.?", "General"), (r"Lt\.?", "Lieutenant"),
    (r"Col\.?", "Colonel"), (r"Maj\.?", "Major"), (r"Capt\.?", "Captain"),
    (r"Sgt\.?", "Sergeant"), (r"Cpl\.?", "Corporal"), (r"Pvt\.?", "Private"),
    (r"Adm\.?", "Admiral"), (r"Cmdr\.?", "Commander"), (r"Brig\.?", "Brigadier"),
    (r"Dr\.?", "Doctor"), (r"Mr\.?", "Mister"), (r"Mrs\.?", "Missus"), (r"Ms\.?", "Miz"),
    (r"Prof\.?", "Professor"), (r"Sen\.?", "Senator"), (r"Rep\.?", "Representative"),
    (r"Gov\.?", "Governor"), (r"Pres\.?", "President"), (r"Supt\.?", "Superintendent"),
    (r"Insp\.?", "Inspector"), (r"Det\.?", "Detective"), (r"St\.", "Saint"),
    (r"Rev\.?", "Reverend"), (r"Amb\.?", "Ambassador"),
)
# A rank or title is only expanded before a name: a capitalised word or an initial.
_RANK_RE = re.compile(
    r"\b(" + "|".join(pattern for pattern, _ in _RANKS) + r")(?= [A-Z])"
)
_RANK_WORDS = [(re.compile(rf"^{pattern}$"), words) for pattern, words in _RANKS]

_WORDS = (
    (re.compile(r"(?<![\d:])(?<!\d )\bPM\b"), "Prime Minister"),
    (re.compile(r"\bCM\b"), "Chief Minister"),
    (re.compile(r"\bNo\.\s?(?=\d)"), "number "),
    (re.compile(r"\bvs?\.(?= )"), "versus"),
    (re.compile(r"\be\.g\.(?=\W)"), "for example"),
    (re.compile(r"\bi\.e\.(?=\W)"), "that is"),
    (re.compile(r"\betc\."), "et cetera"),
    (re.compile(r"\bapprox\."), "approximately"),
    (re.compile(r"\bJr\.(?=\W|$)"), "Junior"),
    (re.compile(r"\bGovt\b\.?"), "Government"),
    (re.compile(r"\bDept\b\.?"), "Department"),
)
# "U.S.", "U.N.", "E.U." are said as letters: "U S".
_INITIALISM = re.compile(r"\b((?:[A-Z]\.){2,})(?!\w)")

_MONTHS = {
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May",
    "jun": "June", "jul": "July", "aug": "August", "sep": "September", "sept": "September",
    "oct": "October", "nov": "November", "dec": "December",
}
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_DAY_TO = r"(?:\s?[-–]\s?(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?"
_YEAR = r"(?:,?\s(?P<year>1[5-9]\d\d|20\d\d)\b)?"
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s{_DAY}{_DAY_TO}\b{_YEAR}")
_DAY_MONTH = re.compile(rf"\b{_DAY}{_DAY_TO}\s{_MONTH}(?!\w){_YEAR}")

_CURRENCY = {"$": "dollar", "£": "pound", "€": "euro", "₹": "rupee", "Rs": "rupee", "Rs.": "rupee",
             "US$": "dollar", "¥": "yen"}
_MAGNITUDE = {"k": "thousand", "thousand": "thousand", "m": "million", "mn": "million",
              "million": "million", "bn": "billion", "b": "billion", "billion": "billion",
              "tn": "trillion", "trillion": "trillion", "crore": "crore", "lakh": "lakh"}
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_MONEY = re.compile(
    r"(?P<cur>US\$|\$|£|€|₹|¥|\bRs\.?)\s?(?P<num>" + _NUM + ")"
    r"(?:\s?(?P<mag>k|m|mn|bn|b|tn|thousand|million|billion|trillion|crore|lakh)\b)?"
)
_PERCENT = re.compile("(" + _NUM + r")\s?(?:%|per ?cent\b)")
_TIME = re.compile(r"\b(\d{1,2}):(\d{2})\b(?:\s?(a\.m\.|p\.m\.|am|pm|AM|PM)(?!\w))?|\b(\d{1,2})\s?(a\.m\.|p\.m\.|am|pm|AM|PM)(?!\w)")
_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b")
_DECADE = re.compile(r"\b(1[5-9]\d0|20\d0)s\b")
_YEAR_ALONE = re.compile(r"(?<![\d,.])\b(1[5-9]\d\d|20\d\d)\b(?!\d|[,.]\d)")
_RANGE = re.compile(r"(?<![\d.,])(" + _NUM + r")\s?[-–]\s?(" + _NUM + r")(?![\d.,]\d)")
_NUMBER = re.compile(_NUM)
_PLURAL_NUMBER = re.compile("(" + _NUM + r")s\b")
_UNITS = re.compile(r"(?<=\d) ?(km|kg|mph|kph|km/h|sq km|MW)\b")
_UNIT_WORDS = {"km": "kilometres", "kg": "kilograms", "mph": "miles per hour",
               "kph": "kilometres per hour", "km/h": "kilometres per hour",
               "sq km": "square kilometres", "MW": "megawatts"}


def _rank(match: re.Match[str]) -> str:
    found = match.group(1)
    for pattern, words in _RANK_WORDS:
        if pattern.match(found):
            return words
    return found  # pragma: no cover - every alternative has a pattern


def _date(match: re.Match[str], day_first: bool) -> str:
    month = _MONTHS[match["month"][:3].lower()]
    day = ordinal(int(match["day"]))
    if match["day2"]:
        day += " to " + ordinal(int(match["day2"]))
    said = f"the {day} of {month}" if day_first else f"{month} {day}"
    if match["year"]:
        said += ", " + year(int(match["year"]))
    return said


def _money(match: re.Match[str]) -> str:
    unit = _CURRENCY[match["cur"]]
    num = match["num"].replace(",", "")
    mag = match["mag"]
    if mag:
        amount = decimal(num) + " " + _MAGNITUDE[mag]
        return f"{amount} {unit}s" if unit != "yen" else f"{amount} yen"
    whole, _, cents = num.partition(".")
    words = cardinal(int(whole))
    plural = "" if int(whole) == 1 or unit == "yen" else "s"
    said = f"{words} {unit}{plural}"
    if cents and unit == "dollar" and len(cents) == 2 and int(cents):
        said += f" and {cardinal(int(cents))} cents"
    elif cents and int(cents):
        said = f"{decimal(num)} {unit}s"
    return said


def _time(match: re.Match[str]) -> str:
    if match.group(4):  # "5 pm"
        hour, suffix, minutes = int(match.group(4)), match.group(5), 0
    else:
        hour, minutes, suffix = int(match.group(1)), int(match.group(2)), match.group(3)
    said = cardinal(hour)
    if minutes:
        said += (" oh " if minutes < 10 else " ") + cardinal(minutes)
    elif not suffix:
        said += " hundred"
    if suffix:
        said += " a m" if suffix.lower().startswith("a") else " p m"
    return said


def _decade(match: re.Match[str]) -> str:
    words = year(int(match.group(1)))
    return words[:-1] + "ies" if words.endswith("y") else words + "s"


def _glued(match: re.Match[str], words: str) -> str:
    """Space a spoken number off letters glued to it: "G20" → "G twenty", "30MKI" → "thirty MKI"."""
    before = match.string[match.start() - 1 : match.start()] if match.start() else ""
    after = match.string[match.end() : match.end() + 1]
    return (" " if before.isalpha() else "") + words + (" " if after.isalpha() else "")


def _initialism(match: re.Match[str]) -> str:
    letters = " ".join(match.group(1).replace(".", ""))
    # "…from the U.S." ends the sentence too: keep its full stop.
    return letters + ("." if match.end() == len(match.string) else "")


_RULES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (_MONEY, _money),
    (_PERCENT, lambda m: decimal(m.group(1)) + " percent"),
    (_MONTH_DAY, lambda m: _date(m, day_first=False)),
    (_DAY_MONTH, lambda m: _date(m, day_first=True)),
    (_TIME, _time),
    (_ORDINAL, lambda m: ordinal(int(m.group(1)))),
    (_DECADE, _decade),
    (_YEAR_ALONE, lambda m: year(int(m.group(1)))),
    (_RANGE, lambda m: decimal(m.group(1)) + " to " + decimal(m.group(2))),
    (_PLURAL_NUMBER, lambda m: _glued(m, decimal(m.group(1)) + "s")),
    (_NUMBER, lambda m: _glued(m, decimal(m.group(0)))),
)


def speakable(text: str) -> str:
    """``text`` rewritten for a speech engine: abbreviations, ranks, numbers and dates spelt out."""
    text = _RANK_RE.sub(_rank, text)
    for pattern, words in _WORDS:
        text = pattern.sub(words, text)
    text = _INITIALISM.sub(_initialism, text)
    text = _UNITS.sub(lambda m: " " + _UNIT_WORDS[m.group(1)], text)
    for pattern, say in _RULES:
        text = pattern.sub(say, text)
    # "[[" switches espeak-ng to phoneme input; a story must never do that.
    text = text.replace("[[", "[ [").replace("]]", "] ]")
    return re.sub(r"[ \t]+", " ", text).strip()
