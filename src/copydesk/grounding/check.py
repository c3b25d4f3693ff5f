"""Check one claim against source sentences: unsupported names, numbers, dates, flips; a score.

The score is lexical: the share of the claim's content lemmas found in the sources,
the share of its content-lemma pairs found in the same order (a skip-bigram within a
few words, so deletion keeps them), minus a penalty per unsupported item. Names,
numbers and dates are checked strictly, after the closed normalisations of
:mod:`copydesk.grounding.lexicon`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from copydesk.grounding.lexicon import (
    ANTONYM_PAIRS,
    CURRENCY_UNITS,
    FUNCTION_WORDS,
    FUTURE_CUES,
    NEGATION_CUES,
    PAST_CUES,
    QUESTION_FREE_WORDS,
    TITLES,
    words,
)
from copydesk.grounding.text import (
    Item,
    Token,
    content,
    dates,
    is_lower_mode,
    name_chunks,
    numbers,
    stem,
    tokenise,
)
from copydesk.model import Unsupported

Kind = Literal["fact", "analysis", "question"]

_UNIT_NAMES = frozenset(CURRENCY_UNITS.values())

SKIP_WINDOW = 4
"""A claim's pair of content lemmas is supported when the source has them this close, in order."""
UNIGRAM_WEIGHT = 0.6
ITEM_PENALTY = 0.25
"""Score lost per unsupported name, number, date or polarity flip."""

ANALYSIS_TEMPLATE_WORDS: frozenset[str] = words("""
    latest step steps move moves development developments sign signal signals mark marks
    marking significance significant matter matters important key broader wider context
    background follows following comes coming amid ahead outlook watch next what to see
    whether remains remain open question questions story part pattern series effort
    efforts underline underlines underlining highlight highlights reflect reflects
    suggest suggests show shows point points toward analysis view note noting worth
    """)
"""Connective and evaluative words the point-of-view templates may add; extend by union."""


@dataclass(frozen=True)
class CheckResult:
    """The verdict on one claim: a support score in [0, 1] and what it names unsupported."""

    score: float
    unsupported: tuple[Unsupported, ...]


@dataclass(frozen=True, slots=True)
class _Features:
    """What one source string offers as evidence."""

    lows: frozenset[str]
    lowercase: frozenset[str]
    stems: frozenset[str]
    order: dict[str, tuple[int, ...]]
    adjacent: frozenset[tuple[str, str]]
    items: frozenset[str]
    proper: frozenset[str]
    chunks: frozenset[tuple[str, ...]]
    negated: frozenset[str]
    plain: frozenset[str]
    future: frozenset[str]
    past: frozenset[str]


_CLAUSE_BREAKS = frozenset(",;:.!?()\"")
_SCOPE = 5
"""How far back (in words) a negation or modal cue may stand from the word it governs."""


def _polarity(tokens: tuple[Token, ...], i: int) -> tuple[int, str, str]:
    """The negation cue governing token ``i`` (its index, or -1), its modality and cue word.

    A cue governs the first content word after it: in "did not pay a fee" "pay" is
    negated and "fee" is not; in "was not a classmate" "classmate" is.
    """
    negated, mode, cue, count = -1, "", "", 0
    for k in range(i - 1, max(-1, i - 1 - _SCOPE), -1):
        t = tokens[k]
        low = t.low
        if low in NEGATION_CUES:
            count += 1
            if negated < 0:
                negated = k
        elif low in FUTURE_CUES or low in PAST_CUES:
            if not mode:
                mode, cue = ("future" if low in FUTURE_CUES else "past"), t.text
        elif low in _CLAUSE_BREAKS or (low not in FUNCTION_WORDS and low[:1].isalpha()
                                       and not (low.endswith("ly") and len(low) > 4)):
            break  # an adverb ("did not immediately respond") does not end the cue's reach
    # two cues cancel: "were not without half a dozen starters" is "were with"
    return (negated if count % 2 else -1), mode, cue


@lru_cache(maxsize=8192)
def _features(text: str) -> _Features:
    tokens = tokenise(text)
    idx = content(tokens)
    order: dict[str, list[int]] = {}
    for n, i in enumerate(idx):
        order.setdefault(tokens[i].stem, []).append(n)
    words = [t for t in tokens if t.low[:1].isalnum()]
    adjacent = {(a.low, b.low) for a, b in zip(words, words[1:], strict=False)}
    lower = is_lower_mode(text)
    proper = frozenset(t.low for t in tokens if t.cap and not t.initial)
    nums = numbers(tokens)
    items = {it.key for it in nums} | {f"{it.key}|{it.unit}" for it in nums if it.unit}
    items |= {it.key for it in dates(tokens, lower)}
    chunks = {
        tuple(t.low for t in tokens[it.start:it.end])
        for it in name_chunks(tokens, lower_mode=lower, proper=proper)
    }
    negated: set[str] = set()
    plain: set[str] = set()
    future: set[str] = set()
    past: set[str] = set()
    for i in idx:
        neg, mode, _ = _polarity(tokens, i)
        (negated if neg >= 0 else plain).add(tokens[i].stem)
        if mode == "future":
            future.add(tokens[i].stem)
        elif mode == "past":
            past.add(tokens[i].stem)
    return _Features(
        lows=frozenset(t.low for t in tokens),
        lowercase=frozenset(t.stem for t in tokens if not t.cap),
        stems=frozenset(t.stem for t in tokens),
        order={k: tuple(v) for k, v in order.items()},
        adjacent=frozenset(adjacent),
        items=frozenset(items),
        proper=proper,
        chunks=frozenset(chunks),
        negated=frozenset(negated),
        plain=frozenset(plain),
        future=frozenset(future),
        past=frozenset(past),
    )


class Evidence:
    """The union of the features of some source strings (sentences and aliases)."""

    __slots__ = ("adjacent", "chunks", "future", "items", "lowercase", "lows", "negated",
                 "orders", "past", "plain", "proper", "stems")

    def __init__(self, sources: Iterable[str], aliases: Iterable[str] = ()) -> None:
        # Aliases (entity names, resolved dates) vouch for words, not for their polarity:
        # a name "UnAustralian" does not make "be UnAustralian" plain where the sentence
        # says "Don't be UnAustralian".
        own = [_features(s) for s in sources if s]
        feats = [*own, *(_features(s) for s in aliases if s)]
        self.lows: frozenset[str] = frozenset().union(*(f.lows for f in feats))
        self.lowercase: frozenset[str] = frozenset().union(*(f.lowercase for f in feats))
        self.stems: frozenset[str] = frozenset().union(*(f.stems for f in feats))
        self.orders: tuple[dict[str, tuple[int, ...]], ...] = tuple(f.order for f in feats)
        self.adjacent: frozenset[tuple[str, str]] = frozenset().union(
            *(f.adjacent for f in feats))
        self.items: frozenset[str] = frozenset().union(*(f.items for f in feats))
        self.proper: frozenset[str] = frozenset().union(*(f.proper for f in feats))
        self.chunks: frozenset[tuple[str, ...]] = frozenset().union(*(f.chunks for f in feats))
        self.negated: frozenset[str] = frozenset().union(*(f.negated for f in own))
        self.plain: frozenset[str] = frozenset().union(*(f.plain for f in own))
        self.future: frozenset[str] = frozenset().union(*(f.future for f in own))
        self.past: frozenset[str] = frozenset().union(*(f.past for f in own))

    def has_pair(self, a: str, b: str) -> bool:
        """Some source has content lemma ``b`` within ``SKIP_WINDOW`` words after ``a``."""
        for order in self.orders:
            pa, pb = order.get(a), order.get(b)
            if pa and pb and any(0 < j - i <= SKIP_WINDOW for i in pa for j in pb):
                return True
        return False

    def spelling(self, low: str) -> str:
        """The source name ``low`` misspells, if it is one of six letters or more with one
        letter added, dropped, changed or two swapped ("Trussell" for "Trussel",
        "Tewkesbury" for "Tewskesbury"): a spelling, not another name. Else ""."""
        if len(low) < 6:
            return ""
        return next((p for p in sorted(self.proper)
                     if len(p) >= 6 and p[0] == low[0] and _one_edit(low, p)), "")

    def has_item(self, key: str, unit: str = "") -> bool:
        """A number or date key is supported; a year and a plain number of the same value match.

        A number written with a unit fails when the sources give that value only with
        another unit ("$2 million" against "£2million").
        """
        if unit and f"{key}|{unit}" not in self.items and any(
                f"{key}|{other}" in self.items for other in _UNIT_NAMES if other != unit):
            return False
        if key in self.items:
            return True
        kind, _, value = key.partition(":")
        if kind == "year":
            return f"number:{value}" in self.items
        if kind == "number":
            return f"year:{value}" in self.items
        return False

    def has_name(self, tokens: tuple[Token, ...], item: Item) -> bool:
        """The name occurs in the sources as written, or as a run of whole source names.

        "Allan Locke" fails when the sources name "Allan Johnston" and "Gary Locke";
        "Buchanan Street Scotland" (a deletion joined two names) passes when both
        "Buchanan Street" and "Scotland" are names there.
        """
        toks = tokens[item.start:item.end]
        lows_: list[str] = []
        for t in toks:
            if t.low in self.lows or t.stem in self.stems:
                lows_.append(t.low)
                continue
            spelt = self.spelling(t.low)
            if not spelt:
                return False
            lows_.append(spelt)
        lows = tuple(lows_)
        if all((a, b) in self.adjacent for a, b in zip(lows, lows[1:], strict=False)):
            return True
        p = 0
        while p < len(lows):
            q = next((q for q in range(len(lows), p, -1) if lows[p:q] in self.chunks), p)
            if q == p:
                return False
            p = q
        return True


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one insertion, deletion, substitution or transposition."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]


def check_text(
    text: str,
    sources: Sequence[str],
    *,
    kind: Kind = "fact",
    aliases: Sequence[str] = (),
    free_words: Collection[str] = (),
) -> CheckResult:
    """Check ``text`` against ``sources`` (plus ``aliases``: extra strings taken as supported).

    >>> check_text("Locke was named manager on Friday.",
    ...            ["Gary Locke will be named Kilmarnock manager on Friday."]).unsupported
    ()
    """
    return check_with(text, Evidence(sources, aliases), kind=kind, free_words=free_words)


def check_with(
    text: str, evidence: Evidence, *, kind: Kind = "fact", free_words: Collection[str] = ()
) -> CheckResult:
    """:func:`check_text` over prebuilt :class:`Evidence` (reuse it across claims)."""
    tokens = tokenise(text)
    free = frozenset(w.lower() for w in free_words)
    if kind == "question":
        free |= QUESTION_FREE_WORDS
    elif kind == "analysis":
        free |= ANALYSIS_TEMPLATE_WORDS
    lower = is_lower_mode(text) or _title_case(tokens, evidence)
    unsupported: list[Unsupported] = []
    covered: dict[int, bool] = {}
    date_items = dates(tokens, lower)
    num_items = numbers(tokens)
    skip = frozenset(i for it in (*date_items, *num_items) for i in range(it.start, it.end))
    for it in (*num_items, *date_items):
        ok = evidence.has_item(it.key, it.unit)
        if not ok:
            unsupported.append(Unsupported(kind=it.kind, text=it.surface))
        for i in range(it.start, it.end):
            covered[i] = ok
    proper = evidence.proper if lower else evidence.proper | frozenset(
        t.low for t in tokens if t.cap and not t.initial)
    # Template words, and capitalised words the sources write only in lower case
    # ("What Did Britt McHenry Find?"), are not names.
    skip |= {i for i, t in enumerate(tokens) if t.low in free or (
        t.cap and t.stem in evidence.lowercase and t.low not in evidence.proper)}
    # A capitalised first word the sources never use is taken as a name: generated
    # text starts with source words, so an unseen one is most likely swapped in.
    force = frozenset(i for i, t in enumerate(tokens) if t.initial and t.cap and t.low[:1].isalpha()
                      and t.low not in evidence.lows and t.stem not in evidence.stems)
    for it in name_chunks(tokens, lower_mode=lower, proper=proper, skip=skip, force=force):
        ok = evidence.has_name(tokens, it)
        if not ok:
            unsupported.append(Unsupported(kind="name", text=it.surface))
        for i in range(it.start, it.end):
            covered[i] = ok
    idx = content(tokens, free)
    unsupported += _flips(tokens, idx, evidence, free)
    score = _lexical(tokens, idx, evidence, covered)
    score = min(1.0, max(0.0, score - ITEM_PENALTY * len(unsupported)))
    return CheckResult(score=round(score, 4), unsupported=tuple(unsupported))


def _title_case(tokens: tuple[Token, ...], ev: Evidence) -> bool:
    """Title Case (a headline): capitals on words the sources write in lower case.

    Capitals then say nothing about names, and names are found as in lower-case text.
    """
    caps = [t for t in tokens if t.cap and not t.initial and len(t.low) > 2
            and t.low not in FUNCTION_WORDS and t.low not in TITLES]
    common = sum(t.stem in ev.lowercase for t in caps)
    return common >= 1 and common >= 0.4 * len(caps)


def _lexical(
    tokens: tuple[Token, ...], idx: list[int], ev: Evidence, covered: dict[int, bool]
) -> float:
    """Weighted share of content lemmas found, and of content-lemma pairs found in order."""
    if not idx:
        return 1.0
    hits = [covered.get(i, tokens[i].stem in ev.stems or tokens[i].low in ev.lows
                        or _regular(tokens[i].low) in ev.stems) for i in idx]
    uni = sum(hits) / len(hits)
    stems = [tokens[i].stem for i in idx]
    pairs = list(zip(stems, stems[1:], strict=False))
    bi = sum(ev.has_pair(a, b) for a, b in pairs) / len(pairs) if pairs else uni
    return UNIGRAM_WEIGHT * uni + (1 - UNIGRAM_WEIGHT) * bi


@lru_cache(maxsize=16384)
def _regular(low: str) -> str:
    """The stem by suffix rules alone: "lives" the verb meets "living" although the irregular
    table makes "lives" the plural of "life"."""
    from copydesk.grounding.text import _strip_suffix, _trim_e

    return _trim_e(_strip_suffix(low))


def lexical_support(text: str, evidence: Evidence, *, free_words: Collection[str] = ()) -> float:
    """The lexical part of the score alone: no item checks, no penalties."""
    tokens = tokenise(text)
    return _lexical(tokens, content(tokens, frozenset(w.lower() for w in free_words)),
                    evidence, {})


@lru_cache(maxsize=1)
def _opposites() -> dict[str, dict[str, str]]:
    """Stem → {opposite's stem: opposite as listed}."""
    table: dict[str, dict[str, str]] = {}
    for a, b in ANTONYM_PAIRS:
        table.setdefault(stem(a), {})[stem(b)] = b
        table.setdefault(stem(b), {})[stem(a)] = a
    return table


def _flips(
    tokens: tuple[Token, ...], idx: list[int], ev: Evidence, free: frozenset[str] = frozenset()
) -> list[Unsupported]:
    """Polarity flips: a word negated (or future) here but never so in the sources, or a
    word whose opposite from the closed list stands in the sources instead of it."""
    out: list[Unsupported] = []
    opposites = _opposites()
    mine = {t.stem for t in tokens}
    for t in tokens:
        other = opposites.get(t.stem)
        if other and t.stem not in ev.stems and t.low not in free:
            # "for the match against Valencia" holds both words of a pair: no flip
            found = sorted(word for s, word in other.items() if s in ev.stems and s not in mine)
            if found:
                out.append(Unsupported(kind="negation", text=f"{t.text} (sources: {found[0]})"))
    seen: set[int] = set()
    for i in idx:
        s = tokens[i].stem
        if s not in ev.stems:
            continue
        neg, mode, cue = _polarity(tokens, i)
        if neg in seen:
            continue
        if neg >= 0:
            seen.add(neg)
            if s not in ev.negated:
                out.append(Unsupported(
                    kind="negation", text=f"{tokens[neg].text} {tokens[i].text}"))
        elif s in ev.negated and s not in ev.plain:
            out.append(Unsupported(kind="negation", text=f"{tokens[i].text} (negated in source)"))
        elif (mode == "future" and s in ev.past and s not in ev.future) or (
                mode == "past" and s in ev.future and s not in ev.past):
            out.append(Unsupported(kind="negation", text=f"{cue} {tokens[i].text} (modality)"))
    return out
