"""The point of view: 2–4 sentences of analysis in three moves, marked as analysis.

1. *Framing* — what the story is about: its two most salient actors and its topic.
2. *Context* — the background it sits in: an earlier event the story reports.
3. *Significance* — what the story itself marks as at stake (a first, a record, a
   commitment).
4. *Outlook* — what comes next: the upcoming event the story names.

The connective words belong to the templates (listed in :data:`TEMPLATE_WORDS` so
the verifier treats them as free); every name, number and date comes from a cited
sentence, which the verifier checks like any fact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from copydesk.generate.compress import compress
from copydesk.generate.select import Candidate, annotate_dates, pronoun_subject
from copydesk.model import Analysis, Claim

TEMPLATE_WORDS = frozenset(
    ["the", "story", "centres", "on", "and", "it", "builds", "on", "earlier", "steps", "what", "to", "watch", "next", "why", "it", "matters", "at", "stake", "is", "context", "comes", "this", "sits", "in", "a", "wider", "pattern", "of"]
)
_BACKGROUND = re.compile(
    r"\b(earlier|previous|previously|last (?:year|month|week|time|summer|winter|spring|autumn|fall)|"
    r"since|ago|in the past)\b",
    re.I,
)
_SIGNIFICANCE = re.compile(
    r"\b(first|largest|biggest|record|historic|landmark|significant|commitment|major|crucial|"
    r"unprecedented|milestone|strategic|highest|lowest|worst|best)\b",
    re.I,
)


def _lower_first(text: str, c: Candidate) -> str:
    """Lower-case the first word after a template's colon, unless it is a name."""
    first = text.split(" ", 1)[0]
    tok = c.span[0] if len(c.span) else None
    if tok is not None and tok.text == first and (
        tok.pos_ == "PROPN" or tok.ent_type_ in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT"}
    ):
        return text
    if first.isupper() or (len(first) > 1 and any(ch.isupper() for ch in first[1:])):
        return text
    return text[:1].lower() + text[1:]


def _framing(cands: Sequence[Candidate], analysis: Analysis) -> Claim | None:
    actors = [e for e in analysis.entities if e.kind in {"PERSON", "ORG"} and e.mentions][:2]
    if len(actors) < 2:
        actors = [e for e in analysis.entities if e.kind in {"PERSON", "ORG", "PLACE"} and e.mentions][:2]
    topic = next((k for k in analysis.key_phrases if k[:1].islower() and len(k.split()) >= 2), None)
    if len(actors) < 2 or topic is None:
        return None
    topic_sentence = next((c.id for c in cands if topic.lower() in c.sentence.text.lower()), None)
    if topic_sentence is None:
        return None
    cites = sorted({actors[0].mentions[0], actors[1].mentions[0], topic_sentence}, key=lambda s: int(s[1:]))
    text = f"The story centres on {actors[0].name} and {actors[1].name}, and on {_with_article(topic, cands)}."
    return Claim(text=text, cites=tuple(cites), kind="analysis")


def _with_article(topic: str, cands: Sequence[Candidate]) -> str:
    """``solar system`` → ``the solar system``; plurals and mass-like phrases stay bare."""
    head = topic.split()[-1]
    for c in cands:
        for t in c.span:
            if t.text == head:
                return f"the {topic}" if t.tag_ == "NN" else topic
    return topic


def _move(prefix: str, c: Candidate, analysis: Analysis) -> Claim:
    body = annotate_dates(compress(c.span, max_words=32), c.id, analysis)
    return Claim(text=f"{prefix}: {_lower_first(body, c)}", cites=(c.id,), kind="analysis")


def viewpoint(cands: Sequence[Candidate], analysis: Analysis, *, main: Candidate | None) -> tuple[Claim, ...]:
    """2–4 analysis sentences, each citing the sentences its facts come from."""
    used: set[str] = {main.id} if main else set()
    out: list[Claim] = []
    framing = _framing(cands, analysis)
    if framing is not None:
        out.append(framing)
    ordered = sorted(cands, key=lambda c: -c.salience)
    def pick(pred: object) -> Candidate | None:
        for c in ordered:
            if c.id not in used and not c.facts.is_quote and not pronoun_subject(c) and pred(c):  # type: ignore[operator]
                used.add(c.id)
                return c
        return None
    ref = analysis.reference_date.isoformat() if analysis.reference_date else None
    def background(c: Candidate) -> bool:
        earlier = any(
            d.sentence == c.id and d.value and ref and d.value < ref[: len(d.value)] for d in analysis.dates
        )
        return c.facts.tense == "past" and (earlier or bool(_BACKGROUND.search(c.sentence.text)))
    bg = pick(background)
    if bg is not None:
        out.append(_move("It builds on earlier steps", bg, analysis))
    sig = pick(lambda c: bool(_SIGNIFICANCE.search(c.sentence.text)))
    if sig is not None:
        out.append(_move("Why it matters", sig, analysis))
    nxt = pick(lambda c: c.facts.tense == "future")
    if nxt is not None:
        out.append(_move("What to watch next", nxt, analysis))
    if len(out) < 2:
        # Too little structure in the story: fall back on its next most salient facts.
        for allow_quotes in (False, True):
            for c in ordered:
                if len(out) >= 2:
                    break
                if c.id in used or (c.facts.is_quote and not allow_quotes):
                    continue
                used.add(c.id)
                out.append(_move("Context", c, analysis))
    return tuple(out[:4])
