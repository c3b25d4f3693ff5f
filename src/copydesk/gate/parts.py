"""The part rules over one engine's parts: each part kept, repaired, or the fallback's.

Counts (synopsis 2–3, takeaways 3–5, viewpoint 2–4 or none, FAQ 3–6: the parts table
in :mod:`copydesk.contract`), lengths (headline ≤ 90
characters, SEO title ≤ 60, synopsis 35–90 words, takeaway ≤ 30 words), "?" on
questions, 1–4-word Title Case labels, no repeated FAQ question. A claim that fails
its check is dropped from a list part that keeps its minimum; otherwise the part is
the fallback engine's, and the reason is recorded for provenance.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

from copydesk.contract import PARTS, title_case
from copydesk.gate.repair import WORD, Checker, Fix
from copydesk.grounding import check_text
from copydesk.grounding.text import is_word
from copydesk.model import Claim, ClaimRef, FaqItem, Parts, Takeaway
from copydesk.nlp.salience import topic_case

_LISTS = ("synopsis", "takeaways", "viewpoint", "faq")
MIN_ITEMS = {k: PARTS[k].min_items for k in _LISTS}
MAX_ITEMS = {k: PARTS[k].max_items for k in _LISTS}
HEADLINE_MAX_CHARS = PARTS["headline"].max_chars or 90
SEO_MAX_CHARS = PARTS["seo_title"].max_chars or 60
SYNOPSIS_WORDS = (PARTS["synopsis"].min_words or 0, PARTS["synopsis"].max_words or 0)
TAKEAWAY_MAX_WORDS = PARTS["takeaways"].max_words or 30
LABEL_MAX_WORDS = (PARTS["takeaways"].label_words or (1, 4))[1]
MIN_ANSWER_WORDS = 4
"""An FAQ answer is a clause of at least this many words."""
MIN_TAGS = PARTS["tags"].min_items
DUPLICATE = 0.7
"""Word-set Jaccard above which a later item (claim, FAQ question) repeats an earlier one."""

T = TypeVar("T", Claim, Takeaway, FaqItem)
Status = Literal["accepted", "repaired", "dropped", "replaced"]


@dataclass(frozen=True)
class ClaimOutcome:
    """What the gate did with one engine claim (a FAQ pair counts as one)."""

    part: str
    ref: str
    status: Status
    reason: str = ""


_QUESTION_START = re.compile(
    r"^(?:who|whom|whose|what|when|where|why|how|which|is|are|was|were|do|does|did|can|could|"
    r"will|would|should|has|have|had)\b", re.IGNORECASE)


def _as_question(fix: Fix) -> Fix:
    """A question missing only its "?" ("What did X say.") gets one; others are left alone."""
    claim = fix.claim
    if claim is None or claim.text.endswith("?") or not _QUESTION_START.match(claim.text):
        return fix
    text = claim.text.rstrip(" .!;:") + "?"
    return Fix(claim.replace(text=text), [*fix.repairs, "added '?'"])


def _item_text(item: Claim | Takeaway | FaqItem) -> str:
    if isinstance(item, Takeaway):
        return item.claim.text
    if isinstance(item, FaqItem):
        return item.question.text
    return item.text


def _words(text: str) -> int:
    return len(WORD.findall(text))


def _similar(a: str, b: str) -> float:
    wa, wb = set(WORD.findall(a.lower())), set(WORD.findall(b.lower()))
    return len(wa & wb) / len(wa | wb) if wa | wb else 1.0


class PartGate:
    """The per-part checks of one engine's parts, with a lazily built fallback."""

    def __init__(self, checker: Checker, fallback: Callable[[], Parts], fallback_name: str,
                 engine_name: str, *, fill: bool = False) -> None:
        self.c = checker
        self.fill = fill
        """Fill a list part that fell below its minimum with the fallback's items for the
        dropped slots, instead of replacing the whole part (issue 10); when the fallback
        has fewer items than survived, the survivors are kept, published short."""
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
        claim = claim.replace(kind=kind)
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

    def seo(self, seo: str, headline: Claim, headline_is_engine: bool,
            cites: Sequence[str] = ()) -> str:
        """The engine's SEO title, checked against the engine's own headline citations
        (``cites``; never the fallback headline's) or, without them, its best sentence."""
        if seo:
            own = tuple(cites) or tuple(self.c.best_cites(seo, limit=1))
            fix = self.c.fix(Claim(text=seo, cites=own), "seo_title")
            if fix.claim is not None and len(fix.claim.text) <= SEO_MAX_CHARS:
                self._keep("seo_title", [("seo_title", fix.repairs)], ())
                return fix.claim.text
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
            ref = str(ClaimRef(part, i))
            fix = self.c.fix(claim.replace(kind=kind), ref)
            if fix.claim is None:
                dropped.append((ref, fix.reason))
            elif any(_similar(fix.claim.text, k[0].text) > DUPLICATE for k in kept):
                dropped.append((ref, f"{ref} repeats an earlier claim"))
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
        filled: list[tuple[T, str, list[str]]] = []
        if self.fill and not reason and kept and len(kept) < MIN_ITEMS[part]:
            filled = self._fill(part, kept, dropped)
        short = ""
        if self.fill and not reason and kept and len(kept) < MIN_ITEMS[part] \
                and part != "viewpoint":
            have = len(getattr(self.fallback, part))
            if have < len(kept):
                # The fallback has fewer items still (a short story's FAQ may be empty):
                # keep the checked survivors rather than trade them for less. (A point of
                # view is left out whole rather than published as one item.)
                short = (f"published short: {len(kept)} of min {MIN_ITEMS[part]}, the "
                         f"{self.fallback_name} engine has {have}")
        if not reason and not short and len(kept) < MIN_ITEMS[part]:
            reason = dropped[0][1] if dropped else f"{produced} {part} items (min {MIN_ITEMS[part]})"
        if reason and dropped and dropped[0][1] != reason:
            reason += f", after dropping {len(dropped)} ({dropped[0][1]})"
        if reason:
            self._replace(part, [str(ClaimRef(part, i)) for i in range(produced)], reason)
            replacement: tuple[T, ...] = getattr(self.fallback, part)
            return replacement
        if filled:
            slots = {ref for _, ref, _ in filled}
            for ref, why in dropped:
                if ref in slots:
                    self.outcomes.append(ClaimOutcome(part, ref, "replaced",
                                                      f"{self.fallback_name} item ({why})"))
            dropped = [(ref, why) for ref, why in dropped if ref not in slots]
            self._keep(part, [(ref, reps) for item, ref, reps in kept
                              if not any(item is f[0] for f in filled)], dropped)
            self.engines[part] += f" ({self.fallback_name} item for {', '.join(sorted(slots))})"
        else:
            self._keep(part, [(ref, reps) for _, ref, reps in kept], dropped)
        if short:
            self.engines[part] += f" ({short})"
        return tuple(item for item, _, _ in kept)

    def _fill(self, part: str, kept: list[tuple[T, str, list[str]]],
              dropped: list[tuple[str, str]]) -> list[tuple[T, str, list[str]]]:
        """Bring a list part that lost items back to its minimum with the fallback's items,
        one per dropped slot (the fallback's item for that slot first, else its next unused
        one), never one repeating a kept item. Returns the items added (also in ``kept``)."""
        added: list[tuple[T, str, list[str]]] = []
        pool: tuple[T, ...] = getattr(self.fallback, part)
        used: set[int] = set()
        for ref, _ in dropped:
            if len(kept) >= MIN_ITEMS[part]:
                break
            tail = ref.rsplit(".", 1)[-1]
            slot = int(tail) if tail.isdigit() else len(pool)
            for i in [slot, *range(len(pool))]:
                if i >= len(pool) or i in used:
                    continue
                text = _item_text(pool[i])
                if any(_similar(text, _item_text(k[0])) > DUPLICATE for k in kept):
                    continue
                used.add(i)
                entry = (pool[i], ref, [f"{self.fallback_name} item for {ref}"])
                kept.append(entry)
                added.append(entry)
                break
        return added

    def takeaways(self, items: Sequence[Takeaway]) -> tuple[Takeaway, ...]:
        kept: list[tuple[Takeaway, str, list[str]]] = []
        dropped: list[tuple[str, str]] = []
        for i, item in enumerate(items):
            ref = str(ClaimRef("takeaways", i))
            words = item.label.split()
            fix = self.c.fix(item.claim.replace(kind="fact"), ref)
            why = fix.reason
            if fix.claim is not None:
                label_check = self.c.support(Claim(text=item.label, cites=fix.claim.cites,
                                                   kind="question"), meaning=False)
                # Title Case makes every label word look like a name: a capitalised English
                # word is not one; an unknown word (an acronym) must stand in the cited
                # sentences, and any number or date must be supported.
                cited = {w.lower() for c in fix.claim.cites for s in self.c.citable
                         if s.id == c for w in WORD.findall(s.text)}
                bad = [u for u in label_check.unsupported if u.kind in ("number", "date") or (
                    u.kind == "name" and not all(is_word(w.lower()) or w.lower() in cited
                                                 for w in WORD.findall(u.text)))]
                if not 1 <= len(words) <= LABEL_MAX_WORDS:
                    why = f"label of {len(words)} words in {ref}"
                elif bad:
                    why = f"unsupported {bad[0].kind} {bad[0].text!r} in the label of {ref}"
                elif _words(fix.claim.text) > TAKEAWAY_MAX_WORDS:
                    why = f"{ref} has {_words(fix.claim.text)} words (max {TAKEAWAY_MAX_WORDS})"
                elif any(_similar(fix.claim.text, k[0].claim.text) > DUPLICATE for k in kept):
                    why = f"{ref} repeats an earlier takeaway"
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
            ref = str(ClaimRef("faq", i))
            answer = self.c.fix(item.answer.replace(kind="fact"), str(ClaimRef("faq", i, "answer")))
            why = answer.reason
            if answer.claim is not None and _words(answer.claim.text) < MIN_ANSWER_WORDS:
                why = f"{ref}.answer has fewer than {MIN_ANSWER_WORDS} words"
            question: Fix = Fix(None)
            if answer.claim is not None:
                q = item.question.replace(kind="question", cites=answer.claim.cites)
                question = _as_question(self.c.fix(q, f"{ref}.question"))
                why = why or question.reason
            if question.claim is not None:
                if not question.claim.text.endswith("?"):
                    why = f"{ref}.question does not end in '?'"
                elif any(_similar(question.claim.text, k[0].question.text) > DUPLICATE
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
                good.append(topic_case(tag, sources))  # "interest rates" → "Interest Rates", as the rules engine writes it
        if len(good) >= min(MIN_TAGS, len(self.fallback.tags) or MIN_TAGS):
            dropped = len(tags) - len(good)
            self.engines["tags"] = self.engine_name + (
                f" (repaired: dropped {dropped} tag{'s' if dropped > 1 else ''})" if dropped else "")
            return tuple(good)
        self.engines["tags"] = f"{self.fallback_name} (replaced: {len(good)} supported tags)"
        return self.fallback.tags
