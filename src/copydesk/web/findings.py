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
from dataclasses import dataclass

from copydesk.model import EnrichedArticle, Sentence, Support, Unsupported

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
    checked: bool = True
    """False for text the checker does not look at (the SEO title, tags)."""


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
    for cand in _candidates(finding_text):
        c = cand.lower()
        start = 0
        while (i := low.find(c, start)) >= 0:
            before = low[i - 1] if i > 0 else " "
            after = low[i + len(c)] if i + len(c) < len(low) else " "
            if not (before.isalnum() and c[:1].isalnum()) and not (after.isalnum() and c[-1:].isalnum()):
                return (i, i + len(c))
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
    spans = sorted((f.span[0], f.span[1], i) for i, f in enumerate(findings) if f.span is not None)
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


def statement(ref: str, text: str, cites: tuple[str, ...], support: Support | None,
              *, threshold: float) -> Statement:
    """One statement with its findings located in its text."""
    found = findings_of(text, support, threshold=threshold)
    return Statement(
        ref=ref, text=text, cites=cites,
        supported=support.supported if support is not None else True,
        score=support.score if support is not None else 1.0,
        findings=found, segments=segments(text, found),
    )


def statements(article: EnrichedArticle) -> dict[str, Statement]:
    """Every checked statement of ``article`` by reference (``"takeaways.2"``), in page order."""
    supports = {s.ref: s for s in article.grounding.supports}
    threshold = article.grounding.threshold
    return {
        ref: statement(ref, claim.text, claim.cites, supports.get(ref), threshold=threshold)
        for ref, claim in article.parts.claims()
    }


def sentences_by_id(article: EnrichedArticle) -> dict[str, Sentence]:
    """The story's sentences by id."""
    return {s.id: s for s in article.analysis.sentences}
