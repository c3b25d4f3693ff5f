"""The grounding gate: an optional engine's parts reach the page only as checked claims.

:func:`gate` runs an engine (any :class:`~copydesk.generate.Engine`) and checks every
claim it wrote against the sentences it cites, with the same verifier, threshold and
free words as the pipeline's final grounding. A claim that fails is repaired when
that is safe — an unsupported span dropped (a parenthetical, a comma clause, a
trailing prepositional phrase) or the claim re-cited to the sentences that do
support it — or dropped from a list part that still meets its minimum count;
otherwise the whole part is the fallback engine's. The part rules (counts, lengths,
"?" on questions, 1–4-word Title Case labels) are enforced the same way. An engine
that fails (:class:`~copydesk.errors.EngineError`) gives way to the fallback for
every part, with a note. Sentences that read as instructions to a model ("ignore the
instructions above …") can never be cited by a kept claim.

Provenance per part says whose text was kept and why::

    ("takeaways", "llm")
    ("synopsis", "llm (repaired: dropped 1 claim)")
    ("faq", "rules (replaced: unsupported number '42' in faq.2.answer)")
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from copydesk.errors import EngineError
from copydesk.generate import Engine
from copydesk.generate.summary import title_case
from copydesk.generate.viewpoint import TEMPLATE_WORDS
from copydesk.grounding import check_text, ground
from copydesk.grounding.text import is_word
from copydesk.model import PART_KINDS, Analysis, Claim, FaqItem, Parts, Support, Takeaway
from copydesk.nlp.analyse import ParsedStory
from copydesk.settings import Settings

log = logging.getLogger(__name__)

MIN_ITEMS = {"synopsis": 2, "takeaways": 3, "viewpoint": 2, "faq": 4}
MAX_ITEMS = {"synopsis": 3, "takeaways": 5, "viewpoint": 4, "faq": 6}
HEADLINE_MAX_CHARS = 90
SEO_MAX_CHARS = 60
SYNOPSIS_WORDS = (35, 90)
TAKEAWAY_MAX_WORDS = 30
LABEL_MAX_WORDS = 4
MIN_TAGS = 3
DUPLICATE_QUESTION = 0.7
"""Word-set Jaccard above which a later FAQ question repeats an earlier one."""

T = TypeVar("T", Claim, Takeaway, FaqItem)
Status = Literal["accepted", "repaired", "dropped", "replaced"]

_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b[^.!?]{0,40}?\b(?:instructions?|prompts?|rules|"
    r"above|previous|prior|system)\b"
    r"|\bsystem prompt\b|\bnew instructions?\b|\byou are now\b"
    r"|\b(?:respond|reply|answer|output)\s+(?:only\s+)?with\b"
    r"|\bas an ai\b|\blanguage model\b",
    re.IGNORECASE,
)
_PREPOSITION = (r"(?:on|in|at|by|from|with|for|after|before|since|until|during|of|to|about|over|"
                r"under|near|between|among|including|according to|as of|amid|across|against)")
_WORD = re.compile(r"[A-Za-z0-9']+")


def instruction_sentences(analysis: Analysis) -> frozenset[str]:
    """Ids of sentences that read as instructions to a model; no kept claim may cite them."""
    return frozenset(s.id for s in analysis.sentences if _INSTRUCTION.search(s.text))


@dataclass(frozen=True)
class ClaimOutcome:
    """What the gate did with one engine claim (a FAQ pair counts as one)."""

    part: str
    ref: str
    status: Status
    reason: str = ""


@dataclass(frozen=True)
class GateReport:
    """The gated parts, per-part provenance, notes, and every claim's outcome."""

    parts: Parts
    engines: tuple[tuple[str, str], ...]
    notes: tuple[str, ...]
    outcomes: tuple[ClaimOutcome, ...] = ()
    engine_failed: bool = False
    seconds: float = 0.0
    engine_error: str | None = None
    """The engine's error code (``engine.unavailable``, ``engine.bad_output``) when it failed."""

    def as_tuple(self) -> tuple[Parts, tuple[tuple[str, str], ...], tuple[str, ...]]:
        """``(parts, engines, notes)``: the shape the pipeline takes."""
        return self.parts, self.engines, self.notes

    def counts(self, part: str | None = None) -> dict[str, int]:
        """``{"produced": n, "accepted": …, "repaired": …, "dropped": …, "replaced": …}``."""
        c = Counter(o.status for o in self.outcomes if part is None or o.part == part)
        out = {k: c.get(k, 0) for k in ("accepted", "repaired", "dropped", "replaced")}
        return {"produced": sum(out.values()), **out}


@dataclass
class _Fix:
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
    if text and text[-1] not in ".?!":
        text += end
    return text[:1].upper() + text[1:]


def trim_candidates(text: str, span: str) -> list[str]:
    """Shorter versions of ``text`` without ``span``: its parenthetical, clause or phrase dropped."""
    i = text.lower().find(span.lower())
    if i < 0 or not span.strip():
        return []
    j = i + len(span)
    end = text.rstrip()[-1:] if text.rstrip()[-1:] in (".", "?", "!") else "."
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
    original_words = len(_WORD.findall(text))
    for a, b in cuts:
        candidate = _clean(text[:a] + text[b:], end)
        words = len(_WORD.findall(candidate))
        if candidate and candidate != text and words >= max(3, int(0.4 * original_words)) \
                and candidate not in out:
            out.append(candidate)
    return sorted(out, key=len, reverse=True)


class _Checker:
    """Checks claims exactly as the pipeline's grounding will, plus the citable-sentence rule."""

    def __init__(self, analysis: Analysis, threshold: float, free_words: Iterable[str]) -> None:
        self.analysis = analysis
        self.threshold = threshold
        self.free = frozenset(free_words)
        self.blocked = instruction_sentences(analysis)
        self.citable = tuple(s for s in analysis.sentences if s.id not in self.blocked)
        self.citable_ids = frozenset(s.id for s in self.citable)
        self._probe_cite = (analysis.sentences[0].id,) if analysis.sentences else ()

    def support(self, claim: Claim) -> Support:
        """The verifier's :class:`Support` for one claim (a one-claim probe through ``ground``)."""
        probe = Parts(question_headline=Claim(text="", cites=self._probe_cite, kind="question"),
                      headline=Claim(text="", cites=self._probe_cite), seo_title="",
                      synopsis=(claim,), takeaways=(), viewpoint=(), faq=())
        return ground(self.analysis, probe, threshold=self.threshold,
                      free_words=self.free).supports[2]

    def best_cites(self, text: str, limit: int = 2) -> list[str]:
        """The citable sentences that support ``text`` best, best first."""
        scored = sorted(((check_text(text, [s.text]).score, s.id) for s in self.citable),
                        reverse=True)
        return [sid for score, sid in scored[:limit] if score > 0]

    def fix(self, claim: Claim, ref: str) -> _Fix:
        """The claim as is, repaired (span dropped or re-cited), or None with the reason."""
        if not claim.text.strip():
            return _Fix(None, reason=f"empty {ref}")
        repairs: list[str] = []
        cites = tuple(c for c in claim.cites if c in self.citable_ids)
        if cites != claim.cites:
            bad = [c for c in claim.cites if c not in self.citable_ids]
            if cites:
                repairs.append(f"dropped cite {', '.join(bad)}")
            claim = claim.model_copy(update={"cites": cites})
        if not cites:  # uncited questions too: the verifier would read every sentence
            first = f"no valid citation in {ref}"
        else:
            sup = self.support(claim)
            if sup.supported:
                return _Fix(claim, repairs)
            first = _describe(sup, ref)
            trimmed = self._trim(claim, sup)
            if trimmed is not None:
                return _Fix(trimmed[0], [*repairs, trimmed[1]])
        for n in (1, 2):
            recited = tuple(self.best_cites(claim.text)[:n])
            if not recited or recited == claim.cites:
                continue
            again = claim.model_copy(update={"cites": recited})
            sup = self.support(again)
            if sup.supported:
                return _Fix(again, [*repairs, f"re-cited {ref} to {', '.join(recited)}"])
            trimmed = self._trim(again, sup)
            if trimmed is not None:
                return _Fix(trimmed[0], [*repairs, f"re-cited {ref}", trimmed[1]])
        return _Fix(None, reason=first)

    def _trim(self, claim: Claim, sup: Support, depth: int = 0) -> tuple[Claim, str] | None:
        spans = [u.text for u in sup.unsupported if u.kind in ("name", "number", "date")]
        if not spans or len(spans) != len(sup.unsupported) or depth > 2:
            return None
        for candidate in trim_candidates(claim.text, spans[0]):
            shorter = claim.model_copy(update={"text": candidate})
            s2 = self.support(shorter)
            if s2.supported:
                return shorter, f"dropped {spans[0]!r}"
            deeper = self._trim(shorter, s2, depth + 1)
            if deeper is not None:
                return deeper[0], f"dropped {spans[0]!r}; {deeper[1]}"
        return None


_QUESTION_START = re.compile(
    r"^(?:who|whom|whose|what|when|where|why|how|which|is|are|was|were|do|does|did|can|could|"
    r"will|would|should|has|have|had)\b", re.IGNORECASE)


def _as_question(fix: _Fix) -> _Fix:
    """A question missing only its "?" ("What did X say.") gets one; others are left alone."""
    claim = fix.claim
    if claim is None or claim.text.endswith("?") or not _QUESTION_START.match(claim.text):
        return fix
    text = claim.text.rstrip(" .!;:") + "?"
    return _Fix(claim.model_copy(update={"text": text}), [*fix.repairs, "added '?'"])


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _similar(a: str, b: str) -> float:
    wa, wb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    return len(wa & wb) / len(wa | wb) if wa | wb else 1.0


class _Gate:
    """The per-part checks of one engine's parts, with a lazily built fallback."""

    def __init__(self, checker: _Checker, fallback: Callable[[], Parts], fallback_name: str,
                 engine_name: str) -> None:
        self.c = checker
        self._fallback = fallback
        self.fallback_name = fallback_name
        self.engine_name = engine_name
        self.outcomes: list[ClaimOutcome] = []
        self.engines: dict[str, str] = {}

    @property
    def fallback(self) -> Parts:
        return self._fallback()

    def _keep(self, part: str, refs: Sequence[tuple[str, list[str]]], dropped: Sequence[tuple[str, str]]) -> None:
        for ref, repairs in refs:
            self.outcomes.append(ClaimOutcome(part, ref, "repaired" if repairs else "accepted",
                                              "; ".join(repairs)))
        for ref, why in dropped:
            self.outcomes.append(ClaimOutcome(part, ref, "dropped", why))
        fixes = [r for _, rs in refs for r in rs]
        bits = []
        if dropped:
            bits.append(f"dropped {len(dropped)} claim{'s' if len(dropped) > 1 else ''}")
        if fixes:
            bits.append(f"fixed {len(fixes)}: {fixes[0]}" + (" …" if len(fixes) > 1 else ""))
        self.engines[part] = self.engine_name + (f" (repaired: {'; '.join(bits)})" if bits else "")

    def _replace(self, part: str, refs: Iterable[str], reason: str) -> None:
        for ref in refs:
            self.outcomes.append(ClaimOutcome(part, ref, "replaced", reason))
        self.engines[part] = f"{self.fallback_name} (replaced: {reason})"

    def single(self, part: Literal["question_headline", "headline"], claim: Claim) -> Claim:
        kind = "question" if part == "question_headline" else "fact"
        claim = claim.model_copy(update={"kind": kind})
        fix = self.c.fix(claim, part)
        if kind == "question":
            fix = _as_question(fix)
        reason = fix.reason
        if fix.claim is not None:
            text = fix.claim.text
            if len(text) > HEADLINE_MAX_CHARS:
                reason = f"{part} is {len(text)} characters (max {HEADLINE_MAX_CHARS})"
            elif kind == "question" and not text.endswith("?"):
                reason = "question_headline does not end in '?'"
            else:
                self._keep(part, [(part, fix.repairs)], ())
                return fix.claim
        self._replace(part, [part] if claim.text else [], reason or f"no {part}")
        replacement: Claim = getattr(self.fallback, part)
        return replacement

    def seo(self, seo: str, headline: Claim, headline_is_engine: bool) -> str:
        if seo:
            fix = self.c.fix(Claim(text=seo, cites=headline.cites), "seo_title")
            if fix.claim is not None and len(seo) <= SEO_MAX_CHARS:
                self._keep("seo_title", [("seo_title", fix.repairs)], ())
                return seo
            reason = fix.reason or f"seo_title is {len(seo)} characters (max {SEO_MAX_CHARS})"
        else:
            reason = "no seo_title"
        if headline_is_engine and len(headline.text) <= SEO_MAX_CHARS:
            self._keep("seo_title", [("seo_title", [f"used the headline ({reason})"])], ())
            return headline.text
        self._replace("seo_title", ["seo_title"] if seo else [], reason)
        return self.fallback.seo_title

    def claims_part(self, part: Literal["synopsis", "viewpoint"], claims: Sequence[Claim]) -> tuple[Claim, ...]:
        kind = "analysis" if part == "viewpoint" else "fact"
        kept: list[tuple[Claim, str, list[str]]] = []
        dropped: list[tuple[str, str]] = []
        for i, claim in enumerate(claims):
            ref = f"{part}.{i}"
            fix = self.c.fix(claim.model_copy(update={"kind": kind}), ref)
            if fix.claim is None:
                dropped.append((ref, fix.reason))
            else:
                kept.append((fix.claim, ref, fix.repairs))
        while len(kept) > MAX_ITEMS[part]:
            _, ref, _ = kept.pop()
            dropped.append((ref, f"over the maximum of {MAX_ITEMS[part]}"))
        reason = ""
        if part == "synopsis":
            while len(kept) > MIN_ITEMS[part] and sum(_words(k[0].text) for k in kept) > SYNOPSIS_WORDS[1]:
                _, ref, _ = kept.pop()
                dropped.append((ref, f"synopsis over {SYNOPSIS_WORDS[1]} words"))
            n = sum(_words(k[0].text) for k in kept)
            low, high = SYNOPSIS_WORDS
            if len(kept) >= MIN_ITEMS[part] and not low <= n <= high:
                fb = sum(_words(c.text) for c in self.fallback.synopsis)
                if n > high or low <= fb <= high:
                    reason = f"synopsis has {n} words (rule: {low}–{high})"
                else:  # the fallback breaks the rule too: keep the checked text
                    kept[-1][2].append(f"kept {n} words (rule: {low}–{high}; the fallback has {fb})")
        return self._finish(part, kept, dropped, len(claims), reason)

    def _finish(self, part: str, kept: list[tuple[T, str, list[str]]],
                dropped: list[tuple[str, str]], produced: int, reason: str) -> tuple[T, ...]:
        if not reason and len(kept) < MIN_ITEMS[part]:
            reason = dropped[0][1] if dropped else f"{produced} {part} items (min {MIN_ITEMS[part]})"
        if reason and dropped and dropped[0][1] != reason:
            reason += f", after dropping {len(dropped)} ({dropped[0][1]})"
        if reason:
            self._replace(part, [f"{part}.{i}" for i in range(produced)], reason)
            replacement: tuple[T, ...] = getattr(self.fallback, part)
            return replacement
        self._keep(part, [(ref, reps) for _, ref, reps in kept], dropped)
        return tuple(item for item, _, _ in kept)

    def takeaways(self, items: Sequence[Takeaway]) -> tuple[Takeaway, ...]:
        kept: list[tuple[Takeaway, str, list[str]]] = []
        dropped: list[tuple[str, str]] = []
        for i, item in enumerate(items):
            ref = f"takeaways.{i}"
            words = item.label.split()
            fix = self.c.fix(item.claim.model_copy(update={"kind": "fact"}), ref)
            why = fix.reason
            if fix.claim is not None:
                label_check = self.c.support(Claim(text=item.label, cites=fix.claim.cites,
                                                   kind="question"))
                # Title Case makes every label word look like a name: a capitalised English
                # word is not one; an unknown word or any number or date must be supported.
                bad = [u for u in label_check.unsupported if u.kind in ("number", "date") or (
                    u.kind == "name" and not all(is_word(w.lower()) for w in _WORD.findall(u.text)))]
                if not 1 <= len(words) <= LABEL_MAX_WORDS:
                    why = f"label of {len(words)} words in {ref}"
                elif bad:
                    why = f"unsupported {bad[0].kind} {bad[0].text!r} in the label of {ref}"
                elif _words(fix.claim.text) > TAKEAWAY_MAX_WORDS:
                    why = f"{ref} has {_words(fix.claim.text)} words (max {TAKEAWAY_MAX_WORDS})"
            if fix.claim is None or why:
                dropped.append((ref, why))
                continue
            label = title_case(words)
            repairs = [*fix.repairs, *(["title-cased label"] if label != item.label else [])]
            kept.append((Takeaway(label=label, claim=fix.claim), ref, repairs))
        while len(kept) > MAX_ITEMS["takeaways"]:
            _, ref, _ = kept.pop()
            dropped.append((ref, "over the maximum of 5"))
        return self._finish("takeaways", kept, dropped, len(items), "")

    def faq(self, items: Sequence[FaqItem]) -> tuple[FaqItem, ...]:
        kept: list[tuple[FaqItem, str, list[str]]] = []
        dropped: list[tuple[str, str]] = []
        for i, item in enumerate(items):
            ref = f"faq.{i}"
            answer = self.c.fix(item.answer.model_copy(update={"kind": "fact"}), f"{ref}.answer")
            why = answer.reason
            question: _Fix = _Fix(None)
            if answer.claim is not None:
                q = item.question.model_copy(update={"kind": "question",
                                                     "cites": answer.claim.cites})
                question = _as_question(self.c.fix(q, f"{ref}.question"))
                why = question.reason
            if question.claim is not None:
                if not question.claim.text.endswith("?"):
                    why = f"{ref}.question does not end in '?'"
                elif any(_similar(question.claim.text, k[0].question.text) > DUPLICATE_QUESTION
                         for k in kept):
                    why = f"{ref}.question repeats an earlier question"
            if answer.claim is None or question.claim is None or why:
                dropped.append((ref, why))
                continue
            kept.append((FaqItem(question=question.claim, answer=answer.claim), ref,
                         [*question.repairs, *answer.repairs]))
        while len(kept) > MAX_ITEMS["faq"]:
            _, ref, _ = kept.pop()
            dropped.append((ref, "over the maximum of 6"))
        return self._finish("faq", kept, dropped, len(items), "")

    def tags(self, tags: Sequence[str]) -> tuple[str, ...]:
        sources = [s.text for s in self.c.citable]
        good = []
        for tag in tags:
            result = check_text(tag, sources)
            if not result.unsupported and result.score >= self.c.threshold:
                good.append(tag)
        if len(good) >= min(MIN_TAGS, len(self.fallback.tags) or MIN_TAGS):
            dropped = len(tags) - len(good)
            self.engines["tags"] = self.engine_name + (
                f" (repaired: dropped {dropped} tag{'s' if dropped > 1 else ''})" if dropped else "")
            return tuple(good)
        self.engines["tags"] = f"{self.fallback_name} (replaced: {len(good)} supported tags)"
        return self.fallback.tags


def gate(
    parsed: ParsedStory,
    engine: Engine,
    fallback: Engine,
    settings: Settings,
    *,
    free_words: Iterable[str] = TEMPLATE_WORDS,
    clock: Callable[[], float] = time.monotonic,
) -> GateReport:
    """Run ``engine`` and keep only what passes the verifier and the part rules.

    Never raises an :class:`EngineError` from ``engine``: the fallback's parts are
    used instead, with a note. Errors of the fallback engine itself propagate.
    """
    t0 = clock()
    cache: list[Parts] = []

    def fallback_parts() -> Parts:
        if not cache:
            cache.append(fallback.generate(parsed, settings))
        return cache[0]

    try:
        draft = engine.generate(parsed, settings)
    except EngineError as err:
        log.warning("engine %s failed (%s): %s; using %s", engine.name, err.code, err.message,
                    fallback.name)
        note = (f"{engine.name} engine failed ({err.code}): {err.message}; "
                f"the {fallback.name} engine wrote every part")
        engines = tuple((k, f"{fallback.name} (fallback: {engine.name} {err.code})")
                        for k in PART_KINDS)
        return GateReport(fallback_parts(), engines, (note,), engine_failed=True,
                          seconds=round(clock() - t0, 3), engine_error=err.code)
    checker = _Checker(parsed.analysis, settings.support_threshold, free_words)
    g = _Gate(checker, fallback_parts, fallback.name, engine.name)
    question_headline = g.single("question_headline", draft.question_headline)
    headline = g.single("headline", draft.headline)
    headline_is_engine = not g.engines["headline"].startswith(f"{fallback.name} (")
    parts = Parts(
        question_headline=question_headline,
        headline=headline,
        seo_title=g.seo(draft.seo_title, headline, headline_is_engine),
        synopsis=g.claims_part("synopsis", draft.synopsis),
        takeaways=g.takeaways(draft.takeaways),
        viewpoint=g.claims_part("viewpoint", draft.viewpoint),
        faq=g.faq(draft.faq),
        tags=g.tags(draft.tags),
    )
    report = GateReport(parts, tuple((k, g.engines[k]) for k in PART_KINDS), (),
                        tuple(g.outcomes), seconds=round(clock() - t0, 3))
    c = report.counts()
    replaced = [k for k, v in report.engines if v.startswith(f"{fallback.name} (")]
    note = (f"{engine.name} engine: {c['produced']} claims, {c['accepted']} accepted, "
            f"{c['repaired']} repaired, {c['dropped']} dropped, {c['replaced']} replaced"
            + (f"; {fallback.name} text kept for {', '.join(replaced)}" if replaced else ""))
    if checker.blocked:
        note += f"; instruction-like sentences never cited: {', '.join(sorted(checker.blocked))}"
    return GateReport(parts, report.engines, (note,), report.outcomes, seconds=report.seconds)


def gated_parts(
    parsed: ParsedStory, engine: Engine, fallback: Engine, settings: Settings
) -> tuple[Parts, tuple[tuple[str, str], ...], tuple[str, ...]]:
    """``(parts, provenance engines per part, notes)`` from :func:`gate` (the pipeline's call)."""
    return gate(parsed, engine, fallback, settings).as_tuple()
