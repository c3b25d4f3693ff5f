"""Checking and repairing one claim: the verifier's verdict, span trimming, re-citing.

A claim passes when :func:`copydesk.grounding.ground` would support it, citing only
sentences that are not instructions to a model. A failing claim is repaired by
dropping the unsupported span (its parenthetical, comma clause or prepositional
phrase) when what remains still passes, or by citing the sentences that do support
it; otherwise it fails with the verifier's reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from copydesk.grounding import check_text, ground
from copydesk.grounding.check import Evidence, lexical_support
from copydesk.model import Analysis, Claim, Parts, Support
from copydesk.nlp.injection import instruction_sentences

_PREPOSITION = (r"(?:on|in|at|by|from|with|for|after|before|since|until|during|of|to|about|over|"
                r"under|near|between|among|including|according to|as of|amid|across|against)")
WORD = re.compile(r"[A-Za-z0-9']+")



@dataclass
class Fix:
    """A checked claim (or None) and what it took."""

    claim: Claim | None
    repairs: list[str] = field(default_factory=list)
    reason: str = ""


def _describe(support: Support, ref: str) -> str:
    if support.unsupported:
        u = support.unsupported[0]
        return f"unsupported {u.kind} {u.text!r} in {ref}"
    return f"support {support.score:.2f} below threshold in {ref}"


def _clean(text: str, end: str) -> str:
    text = re.sub(r"\s+([,.;:?!])", r"\1", re.sub(r"\s{2,}", " ", text)).strip(" ,;:-—")
    text = re.sub(r"([,;:])\s*([,;:.?!])", r"\2", text).rstrip(" ,;:-—")
    if end and text and text[-1] not in ".?!":
        text += end
    return text[:1].upper() + text[1:]


def trim_candidates(text: str, span: str) -> list[str]:
    """Shorter versions of ``text`` without ``span``: its parenthetical, clause or phrase dropped."""
    i = text.lower().find(span.lower())
    if i < 0 or not span.strip():
        return []
    j = i + len(span)
    # A headline has no final punctuation, and trimming must not add any.
    end = text.rstrip()[-1:] if text.rstrip()[-1:] in (".", "?", "!") else ""
    cuts: list[tuple[int, int]] = []
    for m in re.finditer(r"\s*\([^()]*\)", text):
        if m.start() <= i and j <= m.end():
            cuts.append((m.start(), m.end()))
    prev = max(text.rfind(d, 0, i) for d in (",", ";", " -", "—", ":"))
    nxt = min([k for k in (text.find(d, j) for d in (",", ";", " -", "—")) if k >= 0]
              or [len(text.rstrip(" .?!"))])
    if prev >= 0:
        cuts.append((prev, nxt))
    preps = [m for m in re.finditer(rf"\b{_PREPOSITION}\b", text[:i], re.IGNORECASE)
             if len(text[m.end():i].split()) <= 5]
    # The phrase may end at the span only where what follows can stand on its own.
    ends_at_span = re.match(rf"\s*(?:[,.;:?!)]|$|(?:and|but|{_PREPOSITION})\b)", text[j:],
                            re.IGNORECASE) is not None
    for m in preps[-2:]:
        cuts.append((m.start(), nxt))
        if ends_at_span:
            cuts.append((m.start(), j))
    out: list[str] = []
    original_words = len(WORD.findall(text))
    for a, b in cuts:
        candidate = _clean(text[:a] + text[b:], end)
        words = len(WORD.findall(candidate))
        if candidate and candidate != text and words >= max(3, int(0.4 * original_words)) \
                and candidate not in out:
            out.append(candidate)
    return sorted(out, key=len, reverse=True)


_PRONOUN_START = re.compile(r"^\W*(?:He|She|They|It|His|Her|Their|Its)\b")
_NAME_RUN = re.compile(r"(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*")
_SUBJECT_SKIP = frozenset({"The", "A", "An", "This", "That", "These", "Those", "What", "Who",
                           "Why", "How", "When", "Where", "Did", "Does", "Do", "Is", "Are",
                           "Was", "Were", "Has", "Have", "Will"})


def _lower_words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in WORD.findall(text))


def _subject(text: str) -> str:
    """The head word of the claim's first name (its likely subject), lower-cased, or ""."""
    for m in _NAME_RUN.finditer(text):
        words = [w for w in m.group(0).split() if w not in _SUBJECT_SKIP]
        if words:
            return words[-1].strip("'’").removesuffix("'s").removesuffix("’s").lower()
    return ""


class Checker:
    """Checks claims exactly as the pipeline's grounding will, plus the citable-sentence rule."""

    def __init__(self, analysis: Analysis, threshold: float, free_words: Iterable[str]) -> None:
        self.analysis = analysis
        self.threshold = threshold
        self.free = frozenset(free_words)
        self.blocked = instruction_sentences(analysis)
        self.citable = tuple(s for s in analysis.sentences if s.id not in self.blocked)
        self.citable_ids = frozenset(s.id for s in self.citable)
        self._probe_cite = (analysis.sentences[0].id,) if analysis.sentences else ()

    def support(self, claim: Claim, *, meaning: bool = True) -> Support:
        """The verifier's :class:`Support` for one claim, as the pipeline's final grounding
        of an engine's parts gives it (relation check and meaning checks on)."""
        probe = Parts(question_headline=Claim(text="", cites=self._probe_cite, kind="question"),
                      headline=Claim(text="", cites=self._probe_cite), seo_title="",
                      synopsis=(claim,), takeaways=(), viewpoint=(), faq=())
        return ground(self.analysis, probe, threshold=self.threshold, free_words=self.free,
                      relations=claim.kind == "fact", meaning=meaning).supports[2]

    def best_cites(self, text: str, limit: int = 2) -> list[str]:
        """The citable sentences that support ``text`` best, best first."""
        scored = sorted(((check_text(text, [s.text]).score, s.id) for s in self.citable),
                        reverse=True)
        return [sid for score, sid in scored[:limit] if score > 0]

    def fix(self, claim: Claim, ref: str) -> Fix:
        """The claim as is, re-cited, or repaired (span dropped), or None with the reason.

        A claim that fails on its own citations is first re-cited — to the one sentence
        that supports it best, else to two sentences that share its subject — and only
        then trimmed (a claim cited to the wrong sentence keeps all its words).
        """
        if not claim.text.strip():
            return Fix(None, reason=f"empty {ref}")
        repairs: list[str] = []
        cites = tuple(c for c in claim.cites if c in self.citable_ids)
        if cites != claim.cites:
            bad = [c for c in claim.cites if c not in self.citable_ids]
            if cites:
                repairs.append(f"dropped cite {', '.join(bad)}")
            claim = claim.replace(cites=cites)
        sup: Support | None = None
        if not cites:  # uncited questions too: the verifier would read every sentence
            first = f"no valid citation in {ref}"
        else:
            sup = self.support(claim)
            if sup.supported:
                return Fix(claim, repairs)
            first = _describe(sup, ref)
        recited = self._recite(claim)
        if recited is not None:
            return Fix(recited, [*repairs, f"re-cited {ref} to {', '.join(recited.cites)}"])
        if sup is not None:
            trimmed = self._trim(claim, sup)
            if trimmed is not None:
                return Fix(trimmed[0], [*repairs, trimmed[1]])
        best = tuple(self.best_cites(claim.text, limit=1))
        if best and best != claim.cites:
            again = claim.replace(cites=best)
            sup2 = self.support(again)
            trimmed = self._trim(again, sup2)
            if trimmed is not None:
                return Fix(trimmed[0], [*repairs, f"re-cited {ref} to {best[0]}", trimmed[1]])
            if not cites:
                first += f" (best sentence {best[0]}: {_describe(sup2, ref)})"
        return Fix(None, reason=first)

    def _recite(self, claim: Claim) -> Claim | None:
        """The claim citing the one sentence that supports it, or two that share its subject.

        Two sentences chosen only for their words let a claim stitch a name from one to a
        predicate from the other ("Liam Brady's family is a huge Arsenal supporter" from s9
        + s4 of a dev story, where the supporter is McCoy); two that both name the claim's
        subject (or the second of which continues the first with a pronoun) do not.
        """
        ranked = self.best_cites(claim.text, limit=3)
        if not ranked:
            return None
        one = claim.replace(cites=(ranked[0],))
        if one.cites != claim.cites and self.support(one).supported:
            return one
        subject = _subject(claim.text)
        if not subject:
            return None
        by_id = {s.id: s.text for s in self.citable}
        order = [s.id for s in self.citable]
        first = ranked[0]
        if subject not in _lower_words(by_id[first]):
            return None
        after = order.index(first) + 1
        others = [sid for sid in order if sid != first and (
            subject in _lower_words(by_id[sid])
            or (order.index(sid) == after and _PRONOUN_START.match(by_id[sid]) is not None))]
        others.sort(key=lambda sid: -lexical_support(claim.text, Evidence([by_id[sid]])))
        for other in others[:3]:
            pair = tuple(sorted((first, other), key=order.index))
            if pair != claim.cites:
                two = claim.replace(cites=pair)
                if self.support(two).supported:
                    return two
        return None

    def _trim(self, claim: Claim, sup: Support, depth: int = 0) -> tuple[Claim, str] | None:
        spans = [u.text for u in sup.unsupported if u.kind in ("name", "number", "date")]
        if not spans or len(spans) != len(sup.unsupported) or depth > 2:
            return None
        for candidate in trim_candidates(claim.text, spans[0]):
            shorter = claim.replace(text=candidate)
            s2 = self.support(shorter)
            if s2.supported:
                return shorter, f"dropped {spans[0]!r}"
            deeper = self._trim(shorter, s2, depth + 1)
            if deeper is not None:
                return deeper[0], f"dropped {spans[0]!r}; {deeper[1]}"
        return None
