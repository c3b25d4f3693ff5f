"""Mechanical editorial defect counters (issue 11, item 4).

Each detector is a small named function ``(article) -> Iterator[Defect]`` that looks for
one pattern a wire-desk editor strikes (``shared/EDITORIAL.md``). They are counters, not
judges: each is written to fire on the shapes the blind reading struck and to stay
quiet on ordinary good copy, and each docstring says where it approximates.

``defects(article)`` runs them all. A :class:`Defect` names its kind, the part it was
found in (the references of ``Parts.claims()``, 0-based: ``"synopsis.0"``,
``"takeaways.1"``, ``"viewpoint.0"``, ``"faq.2.question"``, ``"faq.2.answer"``,
``"headline"``, ``"question_headline"``; ``"tags.3"`` for a topic; ``"faq"`` or
``"synopsis"`` for a part as a whole) and an excerpt of the offending text.

The module reads only the document model, so it works on any engine's output and on
stored articles, and it imports nothing from the code it measures.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from typing import Any

__all__ = ["DETECTORS", "KINDS", "Defect", "count_by_kind", "defects"]


@dataclass(frozen=True)
class Defect:
    """One defect: its kind, where it is (``"faq.2.question"``) and an excerpt."""

    kind: str
    ref: str
    text: str


def _excerpt(text: str, n: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# --------------------------------------------------------------------------- text helpers

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")


def _norm(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").lower()


def _words(text: str) -> list[str]:
    return _WORD.findall(_norm(text))


def _jaccard(a: str, b: str) -> float:
    sa, sb = set(_words(a)), set(_words(b))
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def _unigram_f1(a: str, b: str) -> float:
    sa, sb = set(_words(a)), set(_words(b))
    inter = len(sa & sb)
    if not inter:
        return 0.0
    p, r = inter / len(sa), inter / len(sb)
    return 2 * p * r / (p + r)


_LABEL = re.compile(r"^([^:\"“”‘]{1,40}?):\s")


def _split_label(text: str) -> tuple[str | None, str]:
    """``"Why it matters: The vote …"`` → ``("Why it matters", "The vote …")``.

    A label is the text before the first ": " when it is short (at most five words) and
    holds no double or opening quotation mark; otherwise the statement has no label.
    """
    m = _LABEL.match(text)
    if m and len(m.group(1).split()) <= 5:
        return m.group(1).strip(), text[m.end():]
    return None, text


def _cited_text(article: Any, cites: Iterable[str]) -> list[str]:
    out = []
    n = len(article.analysis.sentences)
    for sid in cites:
        i = int(sid[1:]) - 1
        if 0 <= i < n:
            out.append(article.analysis.sentences[i].text)
    return out


def _statements(article: Any) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """The generated statements: ``(ref, text, cites)`` for the synopsis, takeaways,
    point of view (its body, after the label) and FAQ answers."""
    p = article.parts
    for i, c in enumerate(p.synopsis):
        yield f"synopsis.{i}", c.text, c.cites
    for i, t in enumerate(p.takeaways):
        yield f"takeaways.{i}", t.claim.text, t.claim.cites
    for i, c in enumerate(p.viewpoint):
        yield f"viewpoint.{i}", _split_label(c.text)[1], c.cites
    for i, f in enumerate(p.faq):
        yield f"faq.{i}.answer", f.answer.text, f.answer.cites


def _questions(article: Any) -> Iterator[tuple[str, str]]:
    p = article.parts
    if p.question_headline.text:
        yield "question_headline", p.question_headline.text
    for i, f in enumerate(p.faq):
        yield f"faq.{i}.question", f.question.text


# --------------------------------------------------------------------------- stock questions

_STOCK_QUESTIONS = [re.compile(p) for p in (
    r"what (more|else) (is|was|has been) (known|reported|said|revealed)\b.*",
    r"what other (details|facts|information) (are|were|is|was) (given|reported|known|there)\b.*",
    r"what else does (the|this) (story|article|report|piece) (report|say|tell us|reveal)\b.*",
    r"what (else )?happened( next| then| there)?",
    r"why (does|did|do) (this|it|that|any of this|the story) matter( now)?",
    r"what happens (next|now)",
    r"what('s| is| comes) next",
    r"what do we know( so far)?( about .+)?",
    r"what is known( so far)?( about .+)?",
    r"what happened when .+",
    r"what (is|was) (the|this) (story|article|news|report) about",
    r"what does (the|this) (story|article|report) say( about .+)?",
    r"what are the (key |main )?(details|facts)",
)]


def stock_question(article: Any) -> Iterator[Defect]:
    """FAQ and question-headline questions that fit any story: "What more is known?",
    "What other details are given?", "What else does the story report?", "What
    happened?", "Why does this matter?", "What happens next?", "What do we know about
    X?", "What happened when …?".

    Matched as whole questions (after lower-casing), so a specific question that merely
    starts the same way ("What happens next for the strikers' union?") is not counted.
    """
    for ref, q in _questions(article):
        text = _norm(q).strip().rstrip("?").strip()
        text = " ".join(text.split())
        if any(p.fullmatch(text) for p in _STOCK_QUESTIONS):
            yield Defect("stock_question", ref, _excerpt(q))


# --------------------------------------------------------------------------- repetition


def _main_sentence(article: Any, text: str, cites: Iterable[str]) -> str | None:
    """The cited sentence a statement says most of (largest unigram F1): an answer may
    also cite the sentence that names its subject ("Kayahan …" citing s1 for the name
    and s2 for what it says), which is not the sentence it answers with."""
    best: tuple[float, str] | None = None
    for sid in cites:
        for src in _cited_text(article, (sid,)):
            f1 = _unigram_f1(text, src)
            if best is None or f1 > best[0]:
                best = (f1, sid)
    return best[1] if best else None


def repeated_answer(article: Any) -> Iterator[Defect]:
    """An FAQ answer that repeats an earlier one in the same FAQ: both answer from the
    same sentence (each answer's main cited sentence, see ``_main_sentence``), or the
    two are near-duplicates (unigram Jaccard > 0.6).

    Counted once per repeating answer (the later one), not once per pair.
    """
    seen: list[tuple[str | None, str]] = []
    for i, f in enumerate(article.parts.faq):
        text = f.answer.text
        main = _main_sentence(article, text, f.answer.cites)
        if any((main is not None and main == m) or _jaccard(text, t) > 0.6 for m, t in seen):
            yield Defect("repeated_answer", f"faq.{i}.answer", _excerpt(text))
        seen.append((main, text))


def takeaway_repeats_synopsis(article: Any) -> Iterator[Defect]:
    """A takeaway that says what a synopsis sentence already says: near-identical text
    (unigram F1 >= 0.9, whatever it cites), or it cites only sentences one synopsis
    sentence already cites and overlaps that sentence strongly (unigram F1 > 0.7)."""
    syn = article.parts.synopsis
    for i, t in enumerate(article.parts.takeaways):
        cites, text = set(t.claim.cites), t.claim.text
        for s in syn:
            f1 = _unigram_f1(text, s.text)
            if f1 >= 0.9 or (cites and cites <= set(s.cites) and f1 > 0.7):
                yield Defect("takeaway_repeats_synopsis", f"takeaways.{i}", _excerpt(text))
                break


# --------------------------------------------------------------------------- point of view

POV_LABELS = frozenset({
    "why it matters", "the backstory", "what's next", "the big picture", "between the lines",
    "by the numbers", "the other side", "yes, but",
})
_POV_TEMPLATE = re.compile(r"^(the story (centres|centers) on|it builds on earlier steps:|context:)", re.I)


def stock_viewpoint(article: Any) -> Iterator[Defect]:
    """A point-of-view statement in the old template ("The story centres on …", "It
    builds on earlier steps: …", "Context: …"), or whose label — the text before the
    first ": " — is not one of the Axios-style set (:data:`POV_LABELS`). A statement
    with no label at all counts too: the house style labels every one."""
    for i, c in enumerate(article.parts.viewpoint):
        label, _ = _split_label(c.text)
        if _POV_TEMPLATE.match(c.text) or label is None or _norm(label) not in POV_LABELS:
            yield Defect("stock_viewpoint", f"viewpoint.{i}", _excerpt(c.text))


# --------------------------------------------------------------------------- dropped attribution / hedge

# Each cue is a token sequence; cues of one family stand in for each other (a takeaway
# that writes "claims" for the source's "claimed" has kept the attribution).
ATTRIBUTION_CUES: dict[str, tuple[str, ...]] = {
    "claim": ("claim", "claims", "claimed", "claiming"),
    "allege": ("allege", "alleged", "alleges", "allegedly", "alleging", "allegation", "allegations"),
    "accuse": ("accuse", "accused", "accuses", "accusing", "accusation", "accusations"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "deny": ("deny", "denies", "denied", "denying", "denial"),
    "according to": ("according to",),
    "reportedly": ("reportedly",),
    "suspected": ("suspected", "suspect", "suspects"),
    "believed to": ("believed to",),
    "said to be": ("said to be",),
}
# "reportedly" is counted as attribution only, so one deletion is not two defects.
HEDGE_CUES: dict[str, tuple[str, ...]] = {
    "may": ("may",), "might": ("might",), "could": ("could",), "would": ("would",),
    "if": ("if",), "unless": ("unless",), "expected to": ("expected to", "expects to", "expect to"),
    "likely": ("likely",), "possibly": ("possibly", "possible"),
}
# Cue words whose scope runs backwards when they close the sentence in a short trailing
# segment: "Prices will rise, according to the bank." / "…, the ministry claimed."
_TRAILING_ATTRIBUTION = frozenset({"according to", "claim", "allege", "insist", "reportedly"})
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")
_STRONG_BREAK = re.compile(r"[;:()\[\]—–]|\s-\s|[.!?]['’\"”]?\s|\n")
# A clause starts at ", but/while/and/…" and at a bare "but/whereas/although".
_COMMA_JOINS = frozenset({"but", "while", "whereas", "although", "though", "and", "or", "so", "yet"})
_BARE_JOINS = frozenset({"but", "whereas", "although"})
# "claim" in the sense "win, take": "to claim his third pole", "claimed victory".
_CLAIM_TAKES = frozenset({"his", "her", "their", "its", "my", "our", "your", "victory", "responsibility",
                          "credit", "asylum", "benefits", "a", "an", "top", "first", "second", "third"})
# What may stand before a sentence-opening condition: "But if …", "Even if …".
_OPENERS = frozenset({"and", "but", "so", "even", "only", "yet", "or"})
_RELATIVE = frozenset({"which", "who", "whom", "whose", "where"})


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(_norm(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _find_cues(toks: list[str], cues: dict[str, tuple[str, ...]]) -> Iterator[tuple[str, int, int]]:
    for family, forms in cues.items():
        for form in forms:
            seq = form.split()
            for i in range(len(toks) - len(seq) + 1):
                if toks[i : i + len(seq)] == seq:
                    yield family, i, i + len(seq)


def _dropped_cues(article: Any, cues: dict[str, tuple[str, ...]]) -> Iterator[tuple[str, str, str]]:
    """``(ref, family, statement)`` for every cue a deletion-compression dropped while
    keeping the material it governs. See :func:`dropped_attribution`."""
    for ref, text, cites in _statements(article):
        g = _words(text)
        if len(g) < 4:
            continue
        # the cited sentence the statement was compressed from: the best-aligned one
        best: tuple[int, str, list[tuple[str, int, int]], set[int]] | None = None
        for source in _cited_text(article, cites):
            stoks = _tokens(source)
            blocks = SequenceMatcher(None, [t for t, _, _ in stoks], g, autojunk=False).get_matching_blocks()
            kept = {b.a + k for b in blocks for k in range(b.size)}
            if best is None or len(kept) > best[0]:
                best = (len(kept), source, stoks, kept)
        if best is None:
            continue
        _, source, stoks, kept = best
        s = [t for t, _, _ in stoks]
        if len(kept) < 0.8 * len(g) or len(g) >= len(s):
            continue  # not a deletion-compression of the cited sentence: a paraphrase or a stitch
        gtext = " " + " ".join(g) + " "
        # breaks[i]: a clause boundary between source tokens i and i+1
        gaps = [source[stoks[i][2] : stoks[i + 1][1]] for i in range(len(stoks) - 1)]
        breaks = [bool(_STRONG_BREAK.search(gap)) for gap in gaps]
        commas = ["," in gap for gap in gaps]
        joins = [(commas[i] and s[i + 1] in _COMMA_JOINS) or s[i + 1] in _BARE_JOINS
                 for i in range(len(gaps))]
        for family, a, b in _find_cues(s, cues):
            if kept & set(range(a, b)):
                continue
            if family == "claim" and b < len(s) and (s[b] in _CLAIM_TAKES or s[b : b + 2] == ["the", "lives"]):
                continue
            if any(f" {form} " in gtext for form in cues[family]):
                continue
            if _governs_kept(a, b, s, kept, breaks, commas, joins, family):
                yield ref, family, text


def _governs_kept(a: int, b: int, s: list[str], kept: set[int], breaks: list[bool],
                  commas: list[bool], joins: list[bool], family: str) -> bool:
    """Whether a cue at source tokens ``[a, b)`` governs kept tokens (see the docstring
    of :func:`dropped_attribution`)."""
    # The cue's comma segment: [seg_start, seg_end]
    seg_start = a
    while seg_start > 0 and not breaks[seg_start - 1] and not commas[seg_start - 1]:
        seg_start -= 1
    seg_end = b - 1
    while seg_end < len(s) - 1 and not breaks[seg_end] and not commas[seg_end]:
        seg_end += 1
    in_relative = seg_start > 0 and commas[seg_start - 1] and s[seg_start] in _RELATIVE
    if family in {"if", "unless"}:
        # a condition governs the clause after it only when it opens the sentence; a
        # mid-sentence "…, even if X, …" governs no more than its own comma segment
        k = a - 1
        while k >= 0 and not breaks[k] and s[k] in _OPENERS:
            k -= 1
        in_relative = in_relative or not (k < 0 or breaks[k])
    # forwards: to the next strong break or clause join (or the end of a relative clause)
    for j in range(b, len(s)):
        if breaks[j - 1] or joins[j - 1] or (in_relative and j > seg_end):
            break
        if j in kept:
            return True
    # backwards, for a trailing attribution closing the sentence: "…, according to police."
    sentence_end = seg_end == len(s) - 1 or breaks[seg_end]
    if family in _TRAILING_ATTRIBUTION and sentence_end and seg_end - seg_start <= 8 \
            and seg_start > 0 and commas[seg_start - 1]:
        j = seg_start - 1
        while j >= 0:
            if j in kept:
                return True
            if j > 0 and breaks[j - 1]:
                break
            j -= 1
    return False


def dropped_attribution(article: Any) -> Iterator[Defect]:
    """A statement that dropped the owner of a contested claim: its cited sentence has
    an attribution cue (claim, allege, accuse, insist, deny, "according to",
    "reportedly", suspected, "believed to", "said to be") that the statement leaves out
    while keeping what the cue governed.

    Counted only when the statement is a deletion-compression of its best-aligned cited
    sentence (at least 80% of its words align to it in order, and it is shorter), a cue
    of that sentence was deleted, the cue's word family is absent from the statement,
    and kept words fall in the cue's scope. The scope is approximated from the token
    stream, not parsed: the words after the cue up to the next strong break
    (``; : ( ) — –``, a sentence end, ", but/while/and/…" or a bare "but"), cut at the
    next comma when the cue sits in a ", which/who …" relative clause; for an
    attribution in a short trailing segment that closes the sentence ("…, according to
    police." / "…, the ministry claimed.") the words before it. So a cue after the kept
    words is otherwise not counted (missed), and a cue inside an unmarked embedded
    clause can be counted when the main clause is kept (a false alarm). "claim" meaning
    "win" ("claim his third pole", "claimed victory") is skipped by its next word.
    """
    for ref, family, text in _dropped_cues(article, ATTRIBUTION_CUES):
        yield Defect("dropped_attribution", ref, f"[{family}] {_excerpt(text, 100)}")


def dropped_hedge(article: Any) -> Iterator[Defect]:
    """A statement that dropped a hedge or condition (may, might, could, would, if,
    unless, "expected to", likely, possibly) its cited sentence puts over the words it
    kept. Same approximation as :func:`dropped_attribution` (no trailing rule: a
    condition after the kept words, "… if the deal passes", is not counted)."""
    for ref, family, text in _dropped_cues(article, HEDGE_CUES):
        yield Defect("dropped_hedge", ref, f"[{family}] {_excerpt(text, 100)}")


# --------------------------------------------------------------------------- cut mid-clause

_DANGLING = frozenset({
    "and", "or", "but", "nor", "the", "a", "an", "that", "to", "of", "for", "with", "by", "from",
    "than", "as", "at", "into", "whose", "which", "its", "their", "our", "your", "my",
})
_HEADLINE_DANGLING = _DANGLING | {
    "about", "after", "before", "amid", "against", "despite", "via", "between", "among", "towards",
    "toward", "without", "within", "during", "since", "until", "in",
}
_QUESTION_DANGLING = frozenset({"and", "or", "but", "nor", "the", "a", "an", "its", "their", "our", "your", "my"})
# Verbs that need an object or complement: a statement never ends on them.
_NEEDS_OBJECT = frozenset({"include", "includes", "included", "including", "become", "becomes", "became", "becoming"})
_BARE_PERFECT = re.compile(
    r"\b(has|have|had)\s+(been\s+)?(revealed|found|told|described|urged|given|made|taken|included|shown|"
    r"brought|confirmed|announced|claimed|insisted)$", re.I)
_BE_SET = re.compile(r"\b(is|are|was|were|be|been|being)\s+set$", re.I)
_HEADLINE_REPORTING = frozenset({
    "said", "says", "say", "told", "tells", "revealed", "reveals", "reveal", "confirmed", "confirms",
    "confirm", "announced", "announces", "added", "adds", "explained", "explains", "noted", "insisted",
})
_TAIL = re.compile(r"[\s'\"‘’“”.!?)\]…]*$")


def _cut_reason(text: str, dangling: frozenset[str], *, headline: bool = False, question: bool = False,
                sources: Iterable[str] = ()) -> str | None:
    t = text.strip()
    if not t:
        return None
    tail = _words(t)[-3:]
    if tail and any(_words(src)[-3:] == tail for src in sources):
        return None  # the cited sentence ends the same way: not a cut
    if re.search(r",\s*[.!?]?['\"’”]?$", t):
        return "ends on a comma"
    if t.count("(") > t.count(")"):
        return "unclosed parenthesis"
    body = _TAIL.sub("", t)
    m = re.search(r"([A-Za-z']+)$", body)
    if not m:
        return None
    last = m.group(1).lower()
    if last in dangling:
        return f"ends on '{last}'"
    if question:
        return None  # "What does the plan include?": the object is the question word
    if last in _NEEDS_OBJECT or _BARE_PERFECT.search(body) or _BE_SET.search(body):
        return f"verb without object: '{last}'"
    if headline and last in _HEADLINE_REPORTING and len(body.split()) <= 4:
        return f"headline ends on reporting verb '{last}'"
    return None


def cut_mid_clause(article: Any) -> Iterator[Defect]:
    """Text cut before its clause ends: a statement ending on a dangling function word
    ("… and.", "… the.", "… that.", "… to."), on a verb that needs an object from a
    small list ("include", "become"; "has revealed", "have confirmed", "was set"), on
    ", ." or with an unclosed parenthesis. A headline also may not end on a preposition
    (particles such as "on", "up", "over" excepted) or be a bare reporting frame of at
    most four words ("Federal Officials Said"); a headline with content before its
    attribution ("Rates Held, Officials Say") is house style.
    Questions are held only to articles, conjunctions and possessives, since "What are
    they fighting for?" and "What does it include?" are English. Not counted when a
    cited sentence ends with the same three words (the story itself ends that way:
    "… how it would be paid for.").
    """
    p = article.parts
    for ref, text, cites in _statements(article):
        why = _cut_reason(text, _DANGLING, sources=_cited_text(article, cites))
        if why:
            yield Defect("cut_mid_clause", ref, f"[{why}] {_excerpt(text, 100)}")
    why = _cut_reason(p.headline.text, _HEADLINE_DANGLING, headline=True,
                      sources=_cited_text(article, p.headline.cites))
    if why:
        yield Defect("cut_mid_clause", "headline", f"[{why}] {_excerpt(p.headline.text, 100)}")
    for ref, q in _questions(article):
        why = _cut_reason(q, _QUESTION_DANGLING, question=True)
        if why:
            yield Defect("cut_mid_clause", ref, f"[{why}] {_excerpt(q, 100)}")


# --------------------------------------------------------------------------- quotes


def _quote_problem(text: str) -> str | None:
    """Why the quotation marks of ``text`` do not pair up, or None."""
    # double marks: “ opens, ” closes, a straight " opens after a space or at the start
    depth = 0
    for i, ch in enumerate(text):
        if ch not in "\"“”":
            continue
        before = text[i - 1] if i else " "
        opening = ch == "“" or (ch == '"' and (before.isspace() or before in "([{—–-"))
        if opening:
            depth += 1
        elif depth == 0:
            return "closing double quote before any opening one"
        else:
            depth -= 1
    if depth:
        return "unclosed double quote"
    # single marks: ‘ always opens; ' or ’ opens after a space or at the start when a
    # letter follows. A closing mark is ' or ’ after a non-space and not followed by a
    # letter (so apostrophes inside words never count); it proves a missing opening
    # only when punctuation precedes it ("… years,' Julia explained"), since "players'
    # union" has the same shape as a closing mark.
    open_single = 0
    for i, ch in enumerate(text):
        if ch not in "'‘’":
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch == "‘" or (before.isspace() or before in "([{—–-\"“") and (after.isalpha() or after in "[("):
            open_single += 1
        elif not before.isspace() and not after.isalnum():
            if open_single:
                open_single -= 1
            elif before in ",.!?":
                return "closing single quote before any opening one"
        elif open_single and not after.isalnum():
            open_single -= 1  # a stray space before the closing mark: "a large wave '."
    if open_single:
        return "unclosed single quote"
    return None


def unbalanced_quotes(article: Any) -> Iterator[Defect]:
    """Quotation marks that do not pair up: a quote opened and never closed, or a
    statement that starts mid-quotation (a closing mark before any opening one).

    Double marks (“ ” ") are paired exactly. Single marks, which this corpus uses for
    quotations, are paired heuristically because ’ is also the apostrophe: see
    ``_quote_problem``. A plural possessive after an unclosed quote ("‘the players’
    union") can hide a problem; it cannot cause one.
    """
    for ref, claim in article.parts.claims():
        why = _quote_problem(claim.text)
        if why:
            yield Defect("unbalanced_quotes", ref, f"[{why}] {_excerpt(claim.text, 100)}")


# --------------------------------------------------------------------------- pronouns

_PRONOUNS = frozenset({"he", "she", "they", "it", "his", "her", "their", "its", "this", "these", "those", "we", "i"})
_TIME_NOUNS = frozenset({
    "year", "years", "week", "weeks", "month", "months", "season", "summer", "winter", "spring",
    "autumn", "fall", "weekend", "morning", "afternoon", "evening", "century", "decade", "term", "days",
})
_EXPLETIVE = re.compile(
    r"^it\s+(is|was|'s|has been|had been|will be|would be|remains|remained|seems|seemed|appears|appeared)"
    r"\s+(not\s+)?(\w+\s+){0,2}?(that|whether|if|to|how|why|what|when|where|who|for)\b"
    r"|^it\s+(is|was|'s|has been|had been)\s+(not\s+)?(understood|thought|believed|claimed|alleged|reported|"
    r"said|expected|feared|estimated|known|hoped|rumoured|rumored)\b"
    r"|^it\s+(turns|turned|emerged|emerges|transpired|seems|seemed|appears|appeared)\s+(out\s+)?(that|as if)\b")
_FIRST_PERSON = frozenset({"i", "we"})
_REPORTED = re.compile(
    r"['’\"”]\s*,?\s.*\b(said|says|say|told|tells|added|adds|admitted|admits|explained|explains|insisted|"
    r"insists|wrote|writes|recalled|stated|noted|continued|declared|confirmed|warned|claimed|claims|announced|"
    r"joked|concluded|according to)\b", re.I)
_FIRST_WORDS = re.compile(r"^[\s'\"‘’“”(\[\-–—]*([A-Za-z]+)(?:['’][a-z]+)?\s*([A-Za-z]*)")
# "The claims …" needs its referent in an earlier synopsis sentence (same word family) …
_BACK_CLAIMS = {
    "claim": ("claim", "alleg", "accus", "charg"), "claims": ("claim", "alleg", "accus", "charg"),
    "allegation": ("claim", "alleg", "accus", "charg"), "allegations": ("claim", "alleg", "accus", "charg"),
    "accusations": ("claim", "alleg", "accus", "charg"), "charges": ("claim", "alleg", "accus", "charg"),
    "comments": ("comment", "remark", "said", "say", "told", "statement"),
    "remarks": ("comment", "remark", "said", "say", "told", "statement"),
    "revelations": ("reveal",),
}
# … and "The move …" is counted only when it opens the synopsis (an earlier sentence
# may well state the event it names, in other words).
_BACK_EVENTS = frozenset({"move", "decision", "incident", "deal", "plan", "announcement", "ruling"})


def _pronoun_opening(text: str) -> str | None:
    m = _FIRST_WORDS.match(text)
    if not m:
        return None
    first, second = m.group(1).lower(), m.group(2).lower()
    if first not in _PRONOUNS:
        return None
    if first in {"this", "these", "those"} and second in _TIME_NOUNS:
        return None
    if first in _FIRST_PERSON and text.lstrip()[:1] in "'\"‘“" and _REPORTED.search(text):
        return None  # "'We know how to look,' Ellen Stofan said.": the speaker is named
    if first == "it" and _EXPLETIVE.match(_norm(text.lstrip(" '\"‘’“”")).replace("it's", "it is", 1)):
        return None
    return m.group(1)


def unresolved_pronoun(article: Any) -> Iterator[Defect]:
    """A standalone statement (synopsis sentence, takeaway, FAQ answer, point-of-view
    body after its label, headline) that opens with a pronoun — He, She, They, It, His,
    Her, Their, Its, This, These, Those, We, I — after any opening quote mark.
    Not counted: "This/These" + a time noun ("This year …"); expletive "it" ("It is
    unclear whether …", "It is understood …"), detected by a pattern, not a parse; and
    "I"/"We" opening a quotation that the statement attributes after the closing mark
    ("'We know how to look,' Ellen Stofan said.") — a third-person pronoun there still
    counts ("'He was great,' Smith said": who was?).

    Also a synopsis sentence that opens with a definite description pointing back —
    "The claims/allegations/comments …" when no earlier synopsis sentence has a word of
    that family, and "The move/decision/deal …" only when it opens the synopsis and is
    not followed by "to"/"that"/"of" (which usually says what it is). Synopsis sentences
    after the first are counted for pronouns too: the part is read without the story.
    """
    p = article.parts
    items = [(ref, text) for ref, text, _ in _statements(article)] + [("headline", p.headline.text)]
    for ref, text in items:
        word = _pronoun_opening(text)
        if word:
            yield Defect("unresolved_pronoun", ref, f"[{word}] {_excerpt(text, 100)}")
    for i, c in enumerate(p.synopsis):
        m = re.match(r"^\s*The\s+([a-z]+)(\s+\w+)?", c.text)
        if not m:
            continue
        noun, nxt = m.group(1), (m.group(2) or "").strip().lower()
        earlier = " ".join(s.text for s in p.synopsis[:i]).lower()
        claim_back = noun in _BACK_CLAIMS and not any(stem in earlier for stem in _BACK_CLAIMS[noun])
        event_back = noun in _BACK_EVENTS and i == 0 and nxt not in {"to", "that", "of"}
        if claim_back or event_back:
            yield Defect("unresolved_pronoun", f"synopsis.{i}", f"[the {noun}] {_excerpt(c.text, 100)}")


# --------------------------------------------------------------------------- dates

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MON = "(" + "|".join(sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True)) + r")\.?"
_MONTH_DAY = re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![:\d])")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}\b")
_YEAR = re.compile(r"(?<![\d.£$€#])(?<!\d,)\b(1[89]\d\d|20\d\d)\b(?!,\d|\.\d)")
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b")
_ANNOTATION = re.compile(rf"\({_MON}\s+\d{{1,2}}\)")
_WEEKDAY_ANNOTATION = re.compile(rf"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+\({_MON}\s+\d{{1,2}}\)")


def _date_keys(text: str) -> dict[tuple[str, int, int], str]:
    """The dates written in ``text``: ``{key: surface}``, keys ``("md", month, day)``,
    ``("y", year, 0)`` and ``("wd", weekday, 0)``."""
    keys: dict[tuple[str, int, int], str] = {}
    for m in _MONTH_DAY.finditer(text):
        if 1 <= int(m.group(2)) <= 31:
            keys[("md", _MONTHS[m.group(1).lower()], int(m.group(2)))] = m.group()
    for m in _DAY_MONTH.finditer(text):
        if 1 <= int(m.group(1)) <= 31:
            keys[("md", _MONTHS[m.group(2).lower()], int(m.group(1)))] = m.group()
    for m in _YEAR.finditer(text):
        keys[("y", int(m.group(1)), 0)] = m.group()
    for m in _WEEKDAY.finditer(text):
        keys[("wd", _WEEKDAYS.index(m.group(1).lower()), 0)] = m.group()
    return keys


def _resolved_keys(value: str | None) -> set[tuple[str, int, int]]:
    out: set[tuple[str, int, int]] = set()
    if not value:
        return out
    parts = value.split("-")
    if parts[0].isdigit():
        out.add(("y", int(parts[0]), 0))
    try:
        d = date.fromisoformat(value)
    except ValueError:
        return out
    out |= {("md", d.month, d.day), ("wd", d.weekday(), 0)}
    return out


def _all_claims_with_cites(article: Any) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    for ref, claim in article.parts.claims():
        yield ref, claim.text, claim.cites


def doubled_date(article: Any) -> Iterator[Defect]:
    """A resolved weekday annotation ("Tuesday (Jan 3)") in a statement that also writes
    another explicit month-day date: the story already dated the event, the annotation
    only repeats or contradicts it."""
    for ref, text, _ in _all_claims_with_cites(article):
        for m in _WEEKDAY_ANNOTATION.finditer(text):
            rest = text[: m.start()] + text[m.end():]
            if any(k[0] == "md" for k in _date_keys(rest)):
                yield Defect("doubled_date", ref, _excerpt(text))
                break


def invented_date(article: Any) -> Iterator[Defect]:
    """A date in generated text (month-day, "(Oct 23)", weekday name, year) that neither
    the cited sentences' text nor a resolved date mention in them supports. With no
    reference date (``analysis.reference_date`` is None), every "(Mon DD)" annotation
    counts: nothing could have resolved it. Bare month names are not checked ("May")."""
    ref_date = article.analysis.reference_date
    for ref, text, cites in _all_claims_with_cites(article):
        gen = _date_keys(text)
        bad_annotation = ref_date is None and _ANNOTATION.search(text)
        if not gen and not bad_annotation:
            continue
        support: set[tuple[str, int, int]] = set()
        for t in _cited_text(article, cites):
            support |= set(_date_keys(t))
        for d in article.analysis.dates:
            if d.sentence in cites:
                for v in (d.value, d.start, d.end):
                    support |= _resolved_keys(v)
        missing = [surface for key, surface in gen.items() if key not in support]
        if bad_annotation:
            missing.append(bad_annotation.group())
        if missing:
            yield Defect("invented_date", ref, f"[{', '.join(dict.fromkeys(missing))}] {_excerpt(text, 100)}")


# --------------------------------------------------------------------------- topics

GENERIC_TOPICS = frozenset({
    "places", "nations", "groups", "details", "box", "video", "people", "things", "way", "year",
    "time", "news", "story", "report", "thing", "part", "lot", "number", "world", "man", "woman",
    "men", "women", "day", "week", "month", "years", "times", "family", "photos", "pictures",
})
# One-word subject areas a newsroom tags by: a common noun, written in lower case as every
# common-noun topic is, but no generic one.
SUBJECT_WORDS = frozenset({
    "abortion", "immigration", "terrorism", "inflation", "unemployment", "recession", "privatisation",
    "privatization", "outsourcing", "obesity", "vaccines", "vaccination", "euthanasia", "doping", "esports",
    "colonialism", "homelessness", "poverty", "corruption", "deforestation", "wildfires", "bushfires", "drought",
    "blizzard", "snowstorm", "renewables", "geoengineering", "ransomware", "malware", "surveillance",
    "cybersecurity", "heatwaves",
})
_CONNECTORS = frozenset({"of", "the", "and", "for", "&", "de", "du", "la"})


def generic_topic(article: Any) -> Iterator[Defect]:
    """A topic that is a generic common noun: any single lower-case word ("players",
    "club") but a subject area ("terrorism"), or a word of :data:`GENERIC_TOPICS` in any
    case ("Video")."""
    for i, tag in enumerate(article.parts.tags):
        t = tag.strip()
        if (" " not in t and t.islower() and t not in SUBJECT_WORDS) or t.lower() in GENERIC_TOPICS:
            yield Defect("generic_topic", f"tags.{i}", t)


def _acronym(tag: str) -> str | None:
    t = tag.replace(".", "")
    return t if re.fullmatch(r"[A-Z]{2,6}", t) else None


def _initials(tag: str) -> set[str]:
    words = re.split(r"[\s-]+", tag)
    full = "".join(w[0] for w in words if w).upper()
    content = "".join(w[0] for w in words if w and w.lower() not in _CONNECTORS).upper()
    return {full, content} if len(words) > 1 else set()


def doubled_topic(article: Any) -> Iterator[Defect]:
    """The same topic twice: case-insensitive duplicates; an acronym beside its
    expansion ("EU" and "European Union", initials with or without "of/the/and"); or a
    one-word tag that is the last word of a two- to four-word capitalised tag ("Obama"
    and "Barack Obama", "Yankees" and "New York Yankees"), or its first word when the
    longer tag is a PERSON entity ("Julia" and "Julia Louis-Dreyfus"). A one-word tag
    that the analysis knows as a PLACE is never folded into a longer name ("Australia"
    beside "Reclaim Australia"). The later of the two tags is reported."""
    tags = [t.strip() for t in article.parts.tags]
    people: set[str] = set()
    places: set[str] = set()
    for e in article.analysis.entities:
        names = {e.name.lower(), *(a.lower() for a in e.aliases)}
        if e.kind == "PERSON":
            people |= names
        elif e.kind == "PLACE":
            places |= names
    for i, tag in enumerate(tags):
        low = " ".join(tag.lower().split())
        why = None
        if any(" ".join(e.lower().split()) == low for e in tags[:i]):
            why = "duplicate"
        acr = _acronym(tag)
        for other in tags[:i]:
            if why:
                break
            other_acr = _acronym(other)
            if (acr and acr in _initials(other)) or (other_acr and other_acr in _initials(tag)):
                why = f"acronym of '{other}'"
            elif _name_part(tag, other, people, places) or _name_part(other, tag, people, places):
                why = f"part of the name '{other}'"
        if why:
            yield Defect("doubled_topic", f"tags.{i}", f"[{why}] {tag}")


def _name_part(short: str, full: str, people: set[str], places: set[str]) -> bool:
    """Whether the one-word ``short`` is folded into the name ``full`` (see
    :func:`doubled_topic`)."""
    if " " in short or not short[:1].isupper() or short.lower() in places:
        return False
    words = full.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    return short == words[-1] or (short == words[0] and full.lower() in people)


# --------------------------------------------------------------------------- missing parts


def empty_or_short(article: Any) -> Iterator[Defect]:
    """A part that is missing: no question headline, headline, synopsis, takeaways or
    FAQ at all. A short FAQ or takeaways list is not counted — the parts table lets the
    rules engine publish fewer than three when the story supports no more (a shorter
    part rather than filler; ``short_parts`` reports how often) — nor an absent point of
    view: the story may offer none."""
    p = article.parts
    for ref, present in (("question_headline", p.question_headline.text.strip()),
                         ("headline", p.headline.text.strip()),
                         ("synopsis", p.synopsis), ("takeaways", p.takeaways), ("faq", p.faq)):
        if not present:
            yield Defect("empty_or_short", ref, "missing")


def short_parts(article: Any) -> list[str]:
    """Parts published below their usual minimum (informational, not a defect)."""
    from copydesk.contract import PARTS

    p = article.parts
    return [name for name, n in (("takeaways", len(p.takeaways)), ("faq", len(p.faq)))
            if 0 < n < PARTS[name].min_items]


# --------------------------------------------------------------------------- all

Detector = Callable[[Any], Iterator[Defect]]
DETECTORS: tuple[Detector, ...] = (
    stock_question, repeated_answer, takeaway_repeats_synopsis, stock_viewpoint,
    dropped_attribution, dropped_hedge, cut_mid_clause, unbalanced_quotes, unresolved_pronoun,
    doubled_date, invented_date, generic_topic, doubled_topic, empty_or_short,
)
KINDS: tuple[str, ...] = tuple(d.__name__ for d in DETECTORS)


def defects(article: Any) -> list[Defect]:
    """Every defect every detector finds in ``article`` (an ``EnrichedArticle``)."""
    return [d for detector in DETECTORS for d in detector(article)]


def count_by_kind(found: Iterable[Defect]) -> dict[str, int]:
    """``{kind: count}`` over :data:`KINDS`, zeros included, in detector order."""
    counts = dict.fromkeys(KINDS, 0)
    for d in found:
        counts[d.kind] += 1
    return counts
