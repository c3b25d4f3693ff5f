"""Question headline, plain headline and SEO title, built from the main event's slots.

The main event sentence gives the slots: its agent (the subject, named by the
entity it mentions), its action (the main verb), its patient (the object, or the
``with`` partner), its place and its purpose ("to review military cooperation").
News question headlines then take one of a few shapes:

* *Why Did A {Verb} B?*          — when the story gives a purpose or reason
* *What Did A and B {Discuss}?*  — meetings and talks
* *What Did A {Verb}?*           — an announcement, a decision, a finding
* *What Happened {in Place}?*    — when no agent can be named

All in news Title Case, at most 90 characters; a declarative headline and a
≤ 60-character SEO title come from the same slots.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from copydesk.generate.select import Candidate
from copydesk.generate.summary import title_case
from copydesk.model import Analysis, Claim, Entity

QUESTION_MAX = 90
HEADLINE_MAX = 90
SEO_MAX = 60
_MEETING_VERBS = frozenset({"meet", "talk", "discuss", "hold", "speak", "confer"})
_IRREGULAR_3SG = {"be": "Is", "have": "Has", "do": "Does", "go": "Goes"}


def _third_person(lemma: str) -> str:
    if lemma in _IRREGULAR_3SG:
        return _IRREGULAR_3SG[lemma]
    if re.search(r"(s|sh|ch|x|z|o)$", lemma):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"


def _entity_in(tok_span: Span | None, analysis: Analysis, kinds: set[str]) -> Entity | None:
    """The entity a phrase names: the one whose mention covers or is nearest its head word."""
    if tok_span is None:
        return None
    text = tok_span.text
    head_at = tok_span.root.idx - tok_span.start_char
    best: tuple[int, float, Entity] | None = None
    for e in analysis.entities:
        if e.kind not in kinds:
            continue
        for f in {e.name, *e.aliases, e.name.split()[-1]}:
            if not f:
                continue
            for m in re.finditer(rf"\b{re.escape(f)}\b", text):
                covers = m.start() <= head_at < m.end()
                dist = 0 if covers else min(abs(m.start() - head_at), abs(m.end() - head_at))
                key = (dist, -e.salience, e)
                if best is None or key[:2] < best[:2]:
                    best = key
    return best[2] if best else None


def _child(tok: Token, deps: set[str]) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _subtree_span(tok: Token | None) -> Span | None:
    if tok is None:
        return None
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1]


def _short(e: Entity) -> str:
    """How a headline names an entity: a person by title + surname if short, else full name."""
    if e.kind == "PERSON":
        return e.name
    return e.name


def _purpose(root: Token) -> Span | None:
    for c in root.children:
        if c.dep_ == "advcl" and any(t.lower_ == "to" and t.dep_ == "aux" for t in c.children):
            return _subtree_span(c)
    return None


class Slots:
    """Agent, action, partner, place and purpose of the main event sentence."""

    def __init__(self, c: Candidate, analysis: Analysis) -> None:
        span = c.span
        root = span.root
        # "X said Y": the reported clause carries the event.
        if root.lemma_ in {"say", "tell", "announce", "add"}:
            comp = _child(root, {"ccomp"})
            if comp is not None:
                root = comp
        self.root = root
        self.verb = root.lemma_.lower()
        subj = _child(root, {"nsubj", "nsubjpass"})
        obj = _child(root, {"dobj"})
        self.agent = _entity_in(_subtree_span(subj), analysis, {"PERSON", "ORG", "PLACE", "NORP"})
        partner_span = _subtree_span(obj)
        if partner_span is None:
            for p in root.children:
                if p.dep_ == "prep" and p.lower_ == "with":
                    partner_span = _subtree_span(p)
        self.partner = _entity_in(partner_span, analysis, {"PERSON", "ORG", "PLACE"})
        if self.partner is not None and self.agent is not None and self.partner.id == self.agent.id:
            self.partner = None
        self.place = None
        for p in root.children:
            if p.dep_ == "prep" and p.lower_ in {"in", "at"}:
                e = _entity_in(_subtree_span(p), analysis, {"PLACE", "FACILITY"})
                if e is not None:
                    self.place = e
                    break
        self.purpose = _purpose(root)
        self.passive = subj is not None and subj.dep_ == "nsubjpass"
        self.object_text = partner_span.text if partner_span is not None else None


def _fit(words: list[str], limit: int) -> str:
    text = title_case(words)
    while len(text) > limit and len(words) > 3:
        words = words[:-1]
        while words and words[-1].lower() in {"in", "on", "at", "of", "the", "a", "and", "to", "for", "with"}:
            words = words[:-1]
        text = title_case(words)
    return text


def question_headline(c: Candidate, analysis: Analysis) -> Claim:
    """The story's central question, Title Case, ending in "?", ≤ 90 characters."""
    s = Slots(c, analysis)
    cites = {c.id}
    words: list[str]
    agent = s.agent.name if s.agent else None
    partner = s.partner.name if s.partner else None
    place = s.place.name if s.place else None
    if agent and partner and s.verb in _MEETING_VERBS:
        words = ["What", "Did", *agent.split(), "and", *partner.split(), "Discuss"]
        if place:
            words += ["in", *place.split()]
    elif agent and s.purpose is not None and not s.passive:
        obj = partner.split() if partner else []
        words = ["Why", "Did", *agent.split(), s.verb.capitalize(), *obj]
        if place and len(" ".join(words + place.split())) < 80:
            words += ["in", *place.split()]
    elif agent and not s.passive and s.verb and s.root.pos_ == "VERB":
        tail = ["in", *place.split()] if place else []
        words = ["What", "Did", *agent.split(), s.verb.capitalize(), *tail]
        if partner:
            words = ["What", "Happened", "When", *agent.split(), s.root.text, *partner.split()]
    elif place:
        words = ["What", "Happened", "in", *place.split()]
    else:
        top = next((e for e in analysis.entities if e.kind in {"PERSON", "ORG", "PLACE"}), None)
        words = ["What", "Happened", "to", *top.name.split()] if top else ["What", "Happened"]
        if top and top.mentions:
            cites.add(top.mentions[0])
    for e in (s.agent, s.partner, s.place):
        if e is not None and e.mentions and not any(f in c.sentence.text for f in (e.name, *e.aliases)):
            cites.add(e.mentions[0])
    text = _fit(words, QUESTION_MAX - 1) + "?"
    return Claim(text=text, cites=tuple(sorted(cites, key=lambda x: int(x[1:]))), kind="question")


def plain_headline(c: Candidate, analysis: Analysis) -> tuple[Claim, str]:
    """A declarative headline (present tense, Title Case) and an SEO title ≤ 60 chars."""
    s = Slots(c, analysis)
    cites = {c.id}
    if s.agent and not s.passive and s.root.pos_ == "VERB":
        words = [*s.agent.name.split(), _third_person(s.verb)]
        if s.partner:
            if s.object_text and s.partner.name in s.object_text and s.verb not in _MEETING_VERBS | {"speak"}:
                words += s.partner.name.split()
            elif s.verb in _MEETING_VERBS:
                words += ["with" if s.verb != "meet" else "", *s.partner.name.split()]
            else:
                words += s.partner.name.split()
        elif s.object_text and len(s.object_text.split()) <= 5:
            words += s.object_text.split()
        if s.place:
            words += ["in", *s.place.name.split()]
        words = [w for w in words if w]
    else:
        # No clear agent: the compressed lead sentence, cut to headline length.
        words = re.sub(r"[.]$", "", c.sentence.text).split()[:14]
    for e in (s.agent, s.partner, s.place):
        if e is not None and e.mentions and not any(f in c.sentence.text for f in (e.name, *e.aliases)):
            cites.add(e.mentions[0])
    headline = _fit(words, HEADLINE_MAX)
    seo = _fit(words, SEO_MAX)
    return Claim(text=headline, cites=tuple(sorted(cites, key=lambda x: int(x[1:])))), seo
