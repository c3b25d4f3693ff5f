"""What each sentence says, read off its parse: tense, quote, speaker, subject-verb-object."""

from __future__ import annotations

import re
from typing import Literal

from spacy.tokens import Span, Token

from copydesk.model import SentenceFacts

Tense = Literal["past", "present", "future"]

FIRST_PERSON_SINGULAR = frozenset({"i", "me", "my", "mine"})
SPEECH_VERBS = frozenset(
    ["say", "tell", "add", "state", "claim", "announce", "insist", "warn", "note", "explain", "report", "write", "confirm", "reveal", "admit", "argue", "suggest", "declare", "describe", "acknowledge", "stress", "emphasise", "emphasize", "accuse", "allege", "deny", "caution", "urge"]
)
FUTURE_MARKERS = ("is set to", "are set to", "is scheduled to", "are scheduled to", "is expected to",
                  "are expected to", "is due to", "are due to", "plans to", "plan to", "is going to",
                  "are going to", "will be held", "is to be held", "are to be held")
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
QUOTES = "\"“”"
_QUOTED = re.compile(r"[\"“]([^\"“”]+)[\"”]")
# Single quotes used as quotation marks (Daily Mail style), not apostrophes.
_SINGLE_QUOTE = re.compile(r"(?:^|\s)['‘]\w|\w[.,!?]?['’](?:\s|$)")


def tense_of(span: Span) -> Tense:
    """Future when a modal or a "set to"-style phrase governs the main verb; else past/present."""
    low = span.text.lower()
    root = span.root
    aux = [c for c in root.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in {"will", "shall", "'ll", "wo"} for a in aux) or any(m in low for m in FUTURE_MARKERS):
        return "future"
    if root.tag_ in {"VBD", "VBN"} or any(a.tag_ in {"VBD"} or a.lower_ in {"has", "have", "had"} for a in aux):
        return "past"
    if root.lemma_ in SPEECH_VERBS:
        # "X said the talks will resume": the reported clause carries the tense.
        for child in root.children:
            if child.dep_ in {"ccomp", "xcomp"}:
                caux = [c.lower_ for c in child.children if c.dep_ == "aux"]
                if any(a in {"will", "shall", "'ll"} for a in caux):
                    return "future"
        return "past" if root.tag_ == "VBD" else "present"
    return "present"


def _phrase(tok: Token | None, limit: int = 8) -> str | None:
    if tok is None:
        return None
    sub = list(tok.subtree)
    if len(sub) > limit:
        # Keep the head and its compound/adjectival modifiers only.
        keep = [t for t in sub if t.i == tok.i or (t.head.i == tok.i and t.dep_ in {"compound", "amod", "det", "poss", "nummod"})]
        sub = sorted(keep, key=lambda t: t.i)
    return " ".join(t.text for t in sub).strip() or None


def open_quotes(texts: list[str], paragraphs: list[int]) -> list[bool]:
    """Whether each sentence starts inside a quotation opened by an earlier sentence.

    ``"We know where to look. We know how to look," she said.`` is two sentences; the
    second one is speech although it carries no quotation mark of its own.
    """
    inside = False
    out: list[bool] = []
    last_paragraph = -1
    for text, para in zip(texts, paragraphs, strict=True):
        if para != last_paragraph:
            inside = False  # a quotation left open does not run on across paragraphs
            last_paragraph = para
        if inside and text.lstrip()[:1] in {'"', "“"}:
            # A quotation run over paragraphs reopens each one with a mark and closes only at
            # its end; copy whose paragraphs are lost shows the reopening mark alone: the
            # sentence opens a quotation of its own, which its own marks close.
            inside = False
        out.append(inside)
        if "“" in text or "”" in text:
            depth = int(inside) + text.count("“") - text.count("”")
            inside = depth > 0
        elif text.count('"') % 2 == 1:
            inside = not inside
    return out


def sentence_facts(sid: str, span: Span, entity_ids: list[str], *, in_quote: bool = False) -> SentenceFacts:
    """The facts copydesk reuses about one sentence."""
    root = span.root
    text = span.text
    quote_chars = sum(text.count(q) for q in QUOTES) + len(_SINGLE_QUOTE.findall(text))
    is_quote = (
        in_quote
        or text.lstrip()[:1] in QUOTES + "'‘"
        # A quoted passage, not scare quotes ("Star Trek"-type, a 'kick up the arse').
        or any(len(q.split()) >= 6 for q in _QUOTED.findall(text))
        or (quote_chars >= 1 and root.lemma_ in SPEECH_VERBS)
        # Speech whose quotation marks were lost: "I" outside a quote ("we" is common
        # in narrative: "we may be close to finding evidence").
        or any(t.lower_ in FIRST_PERSON_SINGULAR and t.pos_ == "PRON" for t in span)
    )
    attribution: str | None = None
    subject_tok: Token | None = None
    object_tok: Token | None = None
    for child in root.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and subject_tok is None:
            subject_tok = child
        elif child.dep_ in {"dobj", "attr", "dative", "oprd"} and object_tok is None:
            object_tok = child
    if root.lemma_ in SPEECH_VERBS and subject_tok is not None:
        attribution = _phrase(subject_tok, 6)
    elif "according to" in text.lower():
        idx = text.lower().index("according to")
        attribution = text[idx + len("according to") :].strip(" ,.").split(",")[0][:80] or None
    lemmas = tuple(
        dict.fromkeys(
            t.lemma_.lower() for t in span if t.pos_ in CONTENT_POS and not t.is_stop and t.is_alpha
        )
    )
    return SentenceFacts(
        id=sid,
        tense=tense_of(span),
        is_quote=is_quote,
        attribution=attribution,
        subject=_phrase(subject_tok),
        verb=root.lemma_ if root.pos_ in {"VERB", "AUX"} else None,
        object=_phrase(object_tok),
        entities=tuple(entity_ids),
        content_lemmas=lemmas,
    )
