"""What the checker found in each statement, shaped for a person reading the review screen.

The grounding checker (:mod:`copydesk.grounding`) reports, per claim, a score and a
tuple of :class:`~copydesk.model.Unsupported` items (a kind and a short text). This
module reads those — it never re-decides support — and adds what an editor needs to
act on them: the reason in words, where in the statement the objected-to words are
(when the finding names words of the statement), and the cited sentences it was
checked against.

>>> from copydesk.model import Support, Unsupported
>>> f = findings_of("Rates rose 7%.", Support(ref="synopsis.0", score=0.2,
...     unsupported=(Unsupported(kind="number", text="7%"),), supported=False), threshold=0.5)
>>> f[0].span, f[0].reason
((11, 13), 'a number its sentences do not give')
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from copydesk.model import EnrichedArticle, Support, Unsupported

# The reason, in words, for each kind of finding the checker reports (model.Unsupported.kind).
REASONS: Mapping[str, str] = {
    "name": "a name its sentences do not give",
    "number": "a number its sentences do not give",
    "date": "a date its sentences do not give",
    "negation": "says the opposite of its sentences (a negation added, dropped or moved)",
    "citation": "cites no sentence of the story, or one that does not exist",
    "attribution": "drops who said or claims it: a contested statement or a quote without its owner",
    "hedge": "drops a hedge or a condition (may, could, if, reportedly …)",
    "actor": "drops one of the people or bodies who did it",
    "relation": "changes who did what to whom",
    "fragment": "is not a complete statement",
    "unanswered": "its sentences do not answer the question",
    "score": "shares too little of its wording with its sentences",
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the checker objects to in one statement."""

    kind: str
    text: str
    """The checker's own words for it (the objected-to words, often with a note)."""
    reason: str
    span: tuple[int, int] | None
    """Where the objected-to words are in the statement; None when the finding is about
    the statement as a whole (a fragment, a dropped hedge) or its words are not in it."""
    source: tuple[str, int, int] | None = None
    """For words the statement dropped or changed (a hedge, an attribution, an actor):
    where they are in a cited sentence, as (sentence id, start, end)."""


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of a statement's text; ``finding`` is the index of the finding it marks."""

    text: str
    finding: int | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    """A generated statement as the review screen shows it."""

    ref: str
    text: str
    cites: tuple[str, ...]
    supported: bool
    score: float
    findings: tuple[Finding, ...]
    segments: tuple[Segment, ...]
    """The text cut at the findings' spans, for marking them inline."""
    against: tuple[tuple[str, tuple[Segment, ...]], ...] = ()
    """Each cited sentence (id, pieces), what the statement dropped or changed marked in it."""


_QUOTED = re.compile(r"'([^']{2,80})'|\"([^\"]{2,80})\"|‘([^’]{2,80})’")


def _candidates(text: str) -> list[str]:
    """Strings of a finding's text that may be the statement's own words, best first."""
    out = [text]
    out += [next(g for g in m.groups() if g) for m in _QUOTED.finditer(text)]
    for sep in (" (", ": ", " … "):
        if sep in text:
            out.append(text.split(sep, 1)[0])
    if text.lower().startswith("not "):
        out.append(text[4:])
    return [c.strip() for c in out if len(c.strip()) >= 1]


def locate(statement: str, finding_text: str) -> tuple[int, int] | None:
    """Where ``finding_text`` (or the statement words it quotes) occurs in ``statement``.

    Whole words only, ignoring case; None when none of its candidates occurs.

    >>> locate("Singh met Afzalov in Moscow.", "Afzalov (the sentence has Putin)")
    (10, 17)
    >>> locate("Singh met him.", "a quotation left open") is None
    True
    """
    low = statement.lower()
    cands = _candidates(finding_text)
    # First whole words; then a stem the checker reports ('emulat', 'lick') as the start of
    # a word, the span running to the word's end.
    for stem in (False, True):
        for cand in cands:
            c = cand.lower()
            if stem and (len(c) < 4 or not c[-1:].isalpha()):
                continue
            start = 0
            while (i := low.find(c, start)) >= 0:
                before = low[i - 1] if i > 0 else " "
                end = i + len(c)
                if stem:
                    while end < len(low) and low[end].isalpha():
                        end += 1
                after = low[end] if end < len(low) else " "
                if not (before.isalnum() and c[:1].isalnum()) and not (after.isalnum() and c[-1:].isalnum()):
                    return (i, end)
                start = i + 1
    return None


def findings_of(text: str, support: Support | None, *, threshold: float) -> tuple[Finding, ...]:
    """The findings of one statement's support, each with its reason and span."""
    if support is None or support.supported:
        return ()
    out = [_finding(text, u) for u in support.unsupported]
    if not support.unsupported:
        # Flagged on score alone: say so with the figures, the whole statement concerned.
        out.append(Finding(kind="score", text=f"score {support.score:.2f} under {threshold:.2f}",
                           reason=REASONS["score"], span=None))
    return tuple(out)


def _finding(text: str, u: Unsupported) -> Finding:
    span = None if u.kind in ("fragment", "unanswered", "citation") else locate(text, u.text)
    if u.kind == "citation":
        reason = ("cites no sentence of the story" if u.text == "no citation"
                  else f"cites {u.text}, which is not a sentence of the story")
    else:
        reason = REASONS.get(u.kind, u.kind)
    return Finding(kind=u.kind, text=u.text, reason=reason, span=span)


def segments(text: str, findings: Sequence[Finding]) -> tuple[Segment, ...]:
    """``text`` cut into unmarked and marked pieces (overlapping spans: the first wins)."""
    return _cut(text, [(f.span[0], f.span[1], i) for i, f in enumerate(findings) if f.span is not None])


def _cut(text: str, marks: list[tuple[int, int, int]]) -> tuple[Segment, ...]:
    spans = sorted(marks)
    out: list[Segment] = []
    at = 0
    for start, end, i in spans:
        if start < at:
            continue
        if start > at:
            out.append(Segment(text[at:start]))
        out.append(Segment(text[start:end], i))
        at = end
    if at < len(text):
        out.append(Segment(text[at:]))
    return tuple(out)


def in_sources(finding: Finding, sources: Mapping[str, str]) -> Finding:
    """``finding`` with the place of its words in the cited sentences, when the statement lacks them."""
    if finding.span is not None or finding.kind in ("citation", "score", "unanswered", "fragment"):
        return finding
    for sid, text in sources.items():
        at = locate(text, finding.text)
        if at is not None:
            return replace(finding, source=(sid, *at))
    return finding


def statement(ref: str, text: str, cites: tuple[str, ...], support: Support | None,
              *, threshold: float, sources: Mapping[str, str] | None = None) -> Statement:
    """One statement with its findings located in its text (and in ``sources``, its cited
    sentences by id, for what it dropped)."""
    found = findings_of(text, support, threshold=threshold)
    cited = {c: sources[c] for c in cites if c in sources} if sources else {}
    found = tuple(in_sources(f, cited) for f in found)
    against = tuple((sid, _marked(sid, sentence, found)) for sid, sentence in cited.items()) if found else ()
    return Statement(
        ref=ref, text=text, cites=cites,
        supported=support.supported if support is not None else True,
        score=support.score if support is not None else 1.0,
        findings=found, segments=segments(text, found), against=against,
    )


def _marked(sid: str, sentence: str, found: Sequence[Finding]) -> tuple[Segment, ...]:
    """A cited sentence cut at the source spans of the findings that point into it."""
    return _cut(sentence, [(f.source[1], f.source[2], i) for i, f in enumerate(found)
                           if f.source is not None and f.source[0] == sid])


def statements(article: EnrichedArticle) -> dict[str, Statement]:
    """Every checked statement of ``article`` by reference (``"takeaways.2"``), in page order."""
    supports = {s.ref: s for s in article.grounding.supports}
    threshold = article.grounding.threshold
    sources = {s.id: s.text for s in article.analysis.sentences}
    return {
        ref: statement(ref, claim.text, claim.cites, supports.get(ref), threshold=threshold, sources=sources)
        for ref, claim in article.parts.claims()
    }
