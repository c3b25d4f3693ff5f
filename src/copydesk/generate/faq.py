"""FAQ: overgenerate questions from parsed sentences, then rank (Heilman & Smith 2010).

For each candidate sentence, an *answer phrase* is chosen by type — a PERSON
subject → *who*, a DATE adjunct → *when*, a place adjunct → *where*, a purpose
clause → *why* — the phrase is removed, and the subject and auxiliary are inverted
(do-support where the verb has no auxiliary): "The two ministers last met in
Moscow in December 2024" → "When did the two ministers last meet in Moscow?".
Story-level questions join them: *What happens next?* from the upcoming event and
*Why does it matter?* from the sentence the story gives for significance.

Every answer is the compressed source sentence, so it is supported by construction;
a question whose answer is not in the story is never asked. Questions are ranked by
the salience of their sentence and by type variety; near-duplicates are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from copydesk.contract import PARTS
from copydesk.generate.compress import compress, finish, join_tokens
from copydesk.generate.select import Candidate, annotate_dates, jaccard, pronoun_subject
from copydesk.model import Analysis, Claim, FaqItem

FAQ_MIN, FAQ_MAX = PARTS["faq"].min_items, PARTS["faq"].max_items
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_SIGNIFICANCE = re.compile(
    r"\b(first|largest|biggest|record|historic|landmark|significant|commitment|major|key|"
    r"crucial|unprecedented|milestone|strategic|most|highest|lowest|worst|best)\b",
    re.I,
)
# Brackets and quotation marks in a question are debris of a bad parse or a quote.
_DEBRIS = re.compile(r"[()\[\]\"“”‘]|(?:^|\s)'|'(?:\s|$)|\*\*")
_TYPE_ORDER = ("who", "what", "when", "where", "why", "matters", "next")


@dataclass(frozen=True)
class _Q:
    kind: str
    question: str
    source: Candidate
    score: float


def _subject(root: Token) -> Token | None:
    return next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _words(tokens: Sequence[Token]) -> str:
    text = join_tokens(tokens)
    text = re.sub(r"\s+([,.;:!?%)])", r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip(" ,;:")


def is_name(tok: Token) -> bool:
    """Whether a sentence-initial word is a name: tagged so, or capitalised elsewhere mid-sentence."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}:
        return True
    if tok.is_stop:
        return False  # "The" is capitalised mid-sentence only inside names
    if tok.text.isupper() and len(tok.text) > 1:
        return True
    return tok.text[:1].isupper() and any(
        t.text == tok.text and not t.is_sent_start and t.i != tok.i for t in tok.doc
    )


def _lower_first(tokens: list[Token]) -> str:
    text = _words(tokens)
    if tokens and not is_name(tokens[0]):
        text = text[:1].lower() + text[1:]
    return text


def _clause_tokens(span: Span, root: Token, drop: set[int]) -> list[Token]:
    """Tokens of the main clause: the root's subtree minus ``drop`` and final punctuation."""
    keep = [t for t in root.subtree if t.i not in drop and span.start <= t.i < span.end]
    while keep and keep[-1].is_punct:
        keep.pop()
    while keep and keep[0].is_punct:
        keep.pop(0)
    return keep


def invert(span: Span, root: Token, drop: set[int] | None = None) -> str | None:
    """``subject aux verb rest`` → ``aux subject verb rest`` (do-support when needed)."""
    drop = set() if drop is None else drop
    subj = _subject(root)
    if subj is None:
        return None
    subj_ids = {t.i for t in subj.subtree}
    aux = [c for c in root.children if c.dep_ in {"aux", "auxpass"} and c.i < root.i]
    neg = [c for c in root.children if c.dep_ == "neg"]
    if neg:
        return None  # negated questions read badly and invite misreading
    # Fronted adjuncts ("In order to secure the pieces, craftsmen used …") and trailing
    # side clauses ("… - aiming to break the record") do not survive the inversion.
    side = {t.i for c in root.children if c.dep_ in _SIDE_DEPS for t in c.subtree}
    fronted = {t.i for t in span if t.i < subj.left_edge.i}
    clause = _clause_tokens(span, root, drop | subj_ids | side | fronted)
    subject = _lower_first(sorted(subj.subtree, key=lambda t: t.i))
    if aux:
        first = aux[0]
        rest = [t for t in clause if t.i != first.i]
        return f"{first.lower_} {subject} {_words(rest)}"
    if root.lemma_ == "be":
        rest = [t for t in clause if t.i != root.i]
        return f"{root.lower_} {subject} {_words(rest)}"
    if root.tag_ == "VBD":
        do = "did"
    elif root.tag_ == "VBZ":
        do = "does"
    elif root.tag_ == "VBP":
        do = "do"
    else:
        return None
    rest_tokens = [t for t in clause if t.i != root.i]
    before = [t for t in rest_tokens if t.i < root.i]
    after = [t for t in rest_tokens if t.i > root.i]
    verb = root.lemma_.lower()
    return f"{do} {subject} {_words(before)} {verb} {_words(after)}".replace("  ", " ")


_SIDE_DEPS = frozenset({"advcl", "parataxis", "cc", "conj", "intj", "discourse"})


def _adjunct(root: Token, labels: Collection[str]) -> Token | None:
    """A prepositional or noun-phrase adjunct of the verb whose object has one of ``labels``."""
    for c in root.children:
        if c.dep_ == "prep":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ in labels:
                return c
        elif c.dep_ in {"npadvmod", "tmod"} and c.ent_type_ in labels:
            return c
    return None


def _resolved_in(adjunct: Token, c: Candidate, analysis: Analysis) -> bool:
    """Whether the adjunct's date is a point the story resolves ("in December 2024"),
    not a duration ("14 years of service")."""
    text = " ".join(t.text for t in adjunct.subtree)
    return any(d.sentence == c.id and d.value and d.text in text for d in analysis.dates)


def purpose_clause(root: Token) -> Token | None:
    """A purpose clause ("met X *to review* Y"), not a complement ("is expected to travel")."""
    for c in root.children:
        if c.dep_ == "advcl" and any(t.lower_ == "to" and t.dep_ == "aux" for t in c.children):
            return c
    return None


def _event_root(span: Span) -> Token:
    root = span.root
    if root.lemma_ in {"say", "tell", "add"} and not any(c.dep_ == "neg" for c in root.children):
        comp = next((c for c in root.children if c.dep_ == "ccomp"), None)
        if comp is not None:
            return comp
    return root


def _drop_frame(span: Span, root: Token) -> set[int]:
    """Everything outside the event clause (the reporting frame)."""
    inside = {t.i for t in root.subtree}
    return {t.i for t in span if t.i not in inside}


def _question(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:.?")
    text = re.sub(r"\s+([,?])", r"\1", text)
    text = re.sub(r",(\s*,)+", ",", text)
    return text[:1].upper() + text[1:] + "?"


def _who_clause(span: Span, root: Token, subj: Token, frame: set[int]) -> str:
    """The predicate of a who-question: the clause after the subject, without side detail."""
    side = {t.i for ch in root.children if ch.dep_ in _SIDE_DEPS for t in ch.subtree}
    clause = _clause_tokens(span, root, frame | side | {t.i for t in subj.subtree})
    clause = [t for t in clause if t.i > subj.right_edge.i]
    # A reader's question is short: appositives and dates stay in the answer.
    detail = {
        x.i for t in clause
        if t.dep_ == "appos" or (t.ent_type_ == "DATE" and t.dep_ in {"npadvmod", "pobj"})
        for x in t.subtree
    }
    detail |= {t.i for t in clause if t.dep_ == "prep" and any(g.ent_type_ == "DATE" for g in t.children)}
    detail |= {t.i for t in clause if t.ent_type_ == "DATE"}
    detail |= {t.i for t in clause if t.lower_ in {"ago", "earlier", "later"} and any(c.i in detail for c in t.children)}
    doc = span.doc
    detail |= {i for d in list(detail) for i in (d - 1, d + 1) if 0 <= i < len(doc) and doc[i].text == ","}
    clause = [t for t in clause if t.i not in detail]
    while clause and clause[-1].is_punct:
        clause.pop()
    return _words(clause)


def overgenerate(cands: Sequence[Candidate], analysis: Analysis) -> list[_Q]:
    """Every question the rules can ask of the story, scored."""
    out: list[_Q] = []
    for c in cands:
        if c.facts.is_quote:
            continue
        span = c.span
        root = _event_root(span)
        frame = _drop_frame(span, root)
        subj = _subject(root)
        pron = pronoun_subject(c)
        sal = c.salience
        if c.facts.tense == "future":
            out.append(_Q("next", "What happens next?", c, sal + 0.3))
        if _SIGNIFICANCE.search(c.sentence.text) and c.index > 0:
            out.append(_Q("matters", "Why does this matter?", c, sal * 0.9))
        if pron or subj is None or any(ch.dep_ == "neg" for ch in root.children):
            continue
        if any(t.tag_ in {"WP", "WDT", "WP$"} and t.head.i == root.i for t in span):
            continue  # an embedded question ("… who called the paramedics") cannot be inverted
        if subj.ent_type_ == "PERSON" and subj.dep_ == "nsubj" and root.pos_ == "VERB":
            out.append(_Q("who", "Who " + _who_clause(span, root, subj, frame), c, sal + 0.1))
        when = _adjunct(root, {"DATE"})
        if when is not None and _resolved_in(when, c, analysis):
            q = invert(span, root, frame | {t.i for t in when.subtree})
            if q:
                out.append(_Q("when", "When " + q, c, sal))
        where = _adjunct(root, _PLACE_LABELS)
        if where is not None and where.lower_ in {"in", "at"}:
            q = invert(span, root, frame | {t.i for t in where.subtree})
            if q:
                out.append(_Q("where", "Where " + q, c, sal - 0.05))
        purpose = purpose_clause(root)
        if purpose is not None:
            q = invert(span, root, frame | {t.i for t in purpose.subtree})
            if q:
                out.append(_Q("why", "Why " + q, c, sal + 0.05))
        obj = next((g for g in root.children if g.dep_ == "dobj"), None)
        if obj is not None and obj.ent_type_ == "" and obj.pos_ == "NOUN":
            q = invert(span, root, frame | {t.i for t in obj.subtree})
            if q:
                out.append(_Q("what", "What " + q, c, sal - 0.1))
    return out


def faq(cands: Sequence[Candidate], analysis: Analysis, *, avoid: Sequence[str] = ()) -> tuple[FaqItem, ...]:
    """4–6 question/answer pairs, answers supported by construction, no near-duplicates.

    ``avoid`` holds questions already asked elsewhere on the page (the headline).
    """
    avoided = {_question(q).lower() for q in avoid}
    pool = [q for q in overgenerate(cands, analysis) if _question(q.question).lower() not in avoided]
    pool.sort(key=lambda q: -q.score)
    chosen: list[_Q] = []
    seen_kinds: set[str] = set()
    seen_sources: set[str] = set()

    def content(q: str) -> set[str]:
        return {w for w in re.findall(r"[a-z0-9]+", q.lower()) if len(w) > 3}

    def ok(q: _Q, strict: bool) -> bool:
        if len(q.question) > 160 or not 3 <= len(q.question.split()) <= 18 or _DEBRIS.search(q.question):
            return False
        if any(jaccard(content(q.question), content(p.question)) > 0.5 for p in chosen):
            return False
        if any(q.question.lower() == p.question.lower() for p in chosen):
            return False
        return not (strict and (q.kind in seen_kinds or q.source.id in seen_sources))

    for strict in (True, False):
        for q in pool:
            if len(chosen) >= FAQ_MAX:
                break
            if q in chosen or not ok(q, strict):
                continue
            if not strict and q.kind in {"next", "matters"} and q.kind in seen_kinds:
                continue
            chosen.append(q)
            seen_kinds.add(q.kind)
            seen_sources.add(q.source.id)
    # Story-level fallbacks when the sentences gave too few questions.
    if len(chosen) < FAQ_MIN:
        generic = [("What happened?", 0), ("What else does the story report?", 1), ("What other details are given?", 2), ("What more is known?", 3)]
        used = {q.source.id for q in chosen}
        # Self-contained statements first (no quote fragments, no run-on caption text),
        # then the rest, so a story told in quotes still gets its four answers.
        ranked = [c for c in sorted(cands, key=lambda c: -c.salience) if c.id not in used]
        clean = [c for c in ranked if not c.facts.is_quote and len(c.sentence.text.split()) <= 45]
        rest = clean + [c for c in ranked if c not in clean]
        for (text, _), c in zip(generic, rest, strict=False):
            if len(chosen) >= FAQ_MIN:
                break
            if any(p.question == text for p in chosen) or _question(text).lower() in avoided:
                continue
            chosen.append(_Q("what", text, c, 0.0))
    chosen.sort(key=lambda q: (_TYPE_ORDER.index(q.kind), q.source.index))
    items = []
    for q in chosen:
        # Answers keep more of the sentence than bullets: the answer phrase must survive.
        answer = annotate_dates(compress(q.source.span, max_words=55), q.source.id, analysis)
        is_generic = q.kind in {"next", "matters"} or q.question.startswith("What happened") or q.score == 0.0
        items.append(
            FaqItem(
                question=Claim(text=_question(q.question), cites=() if is_generic else (q.source.id,), kind="question"),
                answer=Claim(text=finish(answer), cites=(q.source.id,), kind="fact"),
            )
        )
    return tuple(items)
