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
from collections.abc import Sequence

from spacy.tokens import Span, Token

from copydesk.generate.compress import compress, join_tokens, optional_detail, word_count
from copydesk.generate.faq import invert, purpose_clause
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
    root = tok_span.root
    head_at = root.idx - tok_span.start_char
    # Only the head word, or a name set beside it ("his counterpart, General X"),
    # names the phrase: an entity deep inside a clause modifying it does not.
    allowed = {(root.idx - tok_span.start_char, root.idx - tok_span.start_char + len(root.text))}
    for ch in root.children:
        if ch.dep_ in {"appos", "compound", "poss", "pobj"} or (ch.dep_ == "prep" and ch.lower_ == "of"):
            allowed.add((ch.left_edge.idx - tok_span.start_char, ch.right_edge.idx + len(ch.right_edge.text) - tok_span.start_char))
    best: tuple[int, float, Entity] | None = None
    for e in analysis.entities:
        if e.kind not in kinds:
            continue
        for f in {e.name, *e.aliases, e.name.split()[-1]}:
            if not f:
                continue
            for m in re.finditer(rf"\b{re.escape(f)}\b", text):
                if not any(a <= m.start() and m.end() <= b or m.start() <= a < m.end() for a, b in allowed):
                    continue
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
        self.purpose = _subtree_span(purpose_clause(root))
        self.passive = subj is not None and subj.dep_ == "nsubjpass"
        self.object_text = partner_span.text if partner_span is not None else None


def _fit(words: list[str], limit: int) -> str:
    words = [w for w in (re.sub(r"^['‘’\"“”]+|['‘’\"“”]+$", "", w) for w in words) if w]
    if words:
        words[-1] = words[-1].rstrip(".,;:!?'’\"”") or words[-1]
    text = title_case(words)
    while len(text) > limit and len(words) > 3:
        words = words[:-1]
        while words and words[-1].lower() in {"in", "on", "at", "of", "the", "a", "and", "to", "for", "with"}:
            words = words[:-1]
        text = title_case(words)
    return text


_DISCLOSURE_VERBS = frozenset(
    ["announce", "reveal", "decide", "unveil", "propose", "approve", "reject", "launch", "sign", "find", "say", "order", "demand", "pledge", "promise", "offer", "vote", "ban", "introduce", "admit", "confirm", "claim", "warn", "deny", "insist"]
)


def _cites(c: Candidate, s: Slots, extra: set[str]) -> tuple[str, ...]:
    cites = {c.id} | extra
    for e in (s.agent, s.partner, s.place):
        if e is not None and e.mentions and not any(f in c.sentence.text for f in (e.name, *e.aliases)):
            cites.add(e.mentions[0])
    return tuple(sorted(cites, key=lambda x: int(x[1:])))


def _clause_words(c: Candidate, limit: int = 14) -> list[str]:
    """Subject, verb and object of the main clause, cut at a constituent boundary.

    "NASA released a graphic noting that scientists have found …" → "NASA released
    a graphic": the object's noun phrase without its clausal modifiers.
    """
    short = compress(c.span, max_words=limit).rstrip(".!")
    last = short.split()[-1].lower() if short.split() else ""
    if (
        4 <= word_count(short) <= limit and not re.search(r"[;:()\[\]]", short)
        and last not in _AUXILIARIES and last not in _TRAILING
    ):
        # The whole clause, compressed by deletion, fits a headline.
        return [re.sub(r'["“”]', "", w) for w in short.split() if re.sub(r'["“”]', "", w)]
    root = _event_root(c.span)
    subj = _child(root, {"nsubj", "nsubjpass"})
    obj = _child(root, {"dobj", "attr", "acomp", "oprd"})
    if subj is not None:
        end = root.i
        if obj is not None:
            chunk_end = obj.i
            for t in obj.children:
                if t.i > obj.i and t.dep_ in {"compound", "amod", "nummod", "poss", "case"}:
                    chunk_end = max(chunk_end, t.i)
            end = chunk_end
        else:
            particles = [t.i for t in root.children if t.dep_ in {"prt", "neg"} and t.i > root.i]
            end = max([root.i, *particles])
        tokens = [t for t in c.span.doc[subj.left_edge.i : end + 1] if not t.is_punct or t.text in {"’", "-"}]
        words = [re.sub(r'["“”]', "", w) for w in join_tokens(tokens).split()]
        words = [w for w in words if w]
        if 3 <= len(words) <= limit and words[-1].lower() not in _AUXILIARIES:
            return words
    text = compress(c.span, max_words=limit + 6).rstrip(".!")
    head = re.split(r"\s[-–—]\s|[,;:]\s", text)[0]
    words = head.split() if len(head.split()) >= 4 else text.split()
    words = words[:limit]
    while words and words[-1].lower() in _TRAILING:
        words.pop()
    return words


# Brackets, quotation marks and dashes in a headline are debris of the source's layout.
_HEADLINE_DEBRIS = re.compile(r"[()\[\]\"“”‘’']|\s[-–—]\s|\*")
_AUXILIARIES = frozenset(["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "may", "might", "must", "shall", "should"])
_PRONOUN_SUBJECTS = frozenset(["it", "he", "she", "they", "this", "that", "these", "those", "we", "i", "you", "there"])
_TRAILING = frozenset(["in", "on", "at", "of", "the", "a", "an", "and", "to", "for", "with", "by", "from", "as", "that", "which", "who"])


def _talks_sentence(cands: Sequence[Candidate], main: Candidate) -> Candidate | None:
    """An early sentence that reports what was discussed at the main event's meeting."""
    for other in cands[:6]:
        if other is not main and other.facts.verb in {"discuss", "talk", "agree", "review"}:
            return other
    return None


def question_headline(c: Candidate, analysis: Analysis, cands: Sequence[Candidate] = ()) -> Claim:
    """The story's central question, Title Case, ending in "?", ≤ 90 characters."""
    s = Slots(c, analysis)
    extra: set[str] = set()
    agent = s.agent.name if s.agent else None
    partner = s.partner.name if s.partner else None
    place = s.place.name if s.place else None
    options: list[list[str] | None] = []
    negated = any(ch.dep_ == "neg" for ch in s.root.children)
    if agent and s.purpose is not None and not s.passive and s.root.tag_ == "VBD" and not negated and s.verb != "be":
        w = ["Why", "Did", *agent.split(), s.verb.capitalize(), *(partner.split() if partner else [])]
        options.append(w + ["in", *place.split()] if place and len(" ".join(w)) < 70 else w)
    talks = _talks_sentence(cands, c) if agent and partner and s.verb in _MEETING_VERBS else None
    if talks is not None and agent and partner:
        # "What did A and B discuss?" only when the story says what they discussed.
        w = ["What", "Did", *agent.split(), "and", *partner.split(), "Discuss"]
        options.append(w + ["in", *place.split()] if place else w)
    past = s.root.tag_ == "VBD" or (s.root.tag_ == "VBN" and any(a.lower_ in {"has", "have", "had"} for a in s.root.children if a.dep_ == "aux"))
    if agent and s.verb in _DISCLOSURE_VERBS and past and not s.passive and not negated:
        options.append(["What", "Did", *agent.split(), s.verb.capitalize()])
    options.append(_yes_no(c))
    clause = _clause_words(c, 11)
    if len(clause) >= 4 and s.root.tag_ == "VBD":
        options.append(["What", "Happened", "When", *clause])
    if place:
        options.append(["What", "Happened", "in", *place.split()])
    words = next((o for o in options if o and len(title_case(o)) <= QUESTION_MAX - 1), None)
    if words is None:
        top = s.agent or next((e for e in analysis.entities if e.kind in {"PERSON", "ORG", "PLACE"}), None)
        words = ["What", "Do", "We", "Know", "About", *top.name.split()] if top else ["What", "Happened"]
        if top and top.mentions:
            extra.add(top.mentions[0])
    if talks is not None and "Discuss" in words:
        extra.add(talks.id)
    text = _fit(words, QUESTION_MAX - 1) + "?"
    return Claim(text=text, cites=_cites(c, s, extra), kind="question")


def _yes_no(c: Candidate) -> list[str] | None:
    """"X will be confirmed as Y on Friday" → "Will X Be Confirmed as Y on Friday".

    Optional detail (relative clauses, appositives, trailing phrases) is deleted, least
    important first, until the question is short enough; it is never cut mid-clause.
    """
    root = _event_root(c.span)
    subj = _child(root, {"nsubj", "nsubjpass"})
    if subj is None or subj.lower_ in _PRONOUN_SUBJECTS or any(ch.dep_ == "neg" for ch in root.children):
        return None
    if any(ch.dep_ in {"ccomp", "xcomp"} and ch.i > root.i for ch in root.children) and root.lemma_ in _DISCLOSURE_VERBS:
        return None  # "Has a survey revealed?" drops what was revealed
    drop: set[int] = set()
    steps = iter(optional_detail(c.span, drop))
    while True:
        q = invert(c.span, root, drop)
        if not q:
            return None
        words = q.split()
        if len(words) <= 14:
            break
        step = next(steps, None)
        if step is None or root.i in step or subj.i in step:
            return None  # still too long: try another shape
        drop |= step
    while words and words[-1].lower() in _TRAILING:
        words.pop()
    text = " ".join(words)
    if (
        len(words) < 5
        or _HEADLINE_DEBRIS.search(text)
        or text.count(",") % 2 == 1  # an appositive cut open: "Has X, a reporter Been …"
        or any(ch.dep_ == "conj" and ch.pos_ in {"VERB", "AUX"} for ch in root.children)
        or subj.left_edge.lower_ in {"his", "her", "their", "its", "my", "our", "your"}
    ):
        return None
    return [words[0].capitalize(), *words[1:]]


def _event_root(span: Span) -> Token:
    root = span.root
    if root.lemma_ in {"say", "tell", "add"}:
        comp = _child(root, {"ccomp"})
        if comp is not None:
            return comp
    return root


def plain_headline(c: Candidate, analysis: Analysis) -> tuple[Claim, str]:
    """A declarative headline (present tense, Title Case) and an SEO title ≤ 60 chars."""
    s = Slots(c, analysis)
    short_object = s.object_text is not None and len(s.object_text.split()) <= 6
    if s.agent and not s.passive and s.root.tag_ == "VBD" and (s.partner or short_object):
        words = [*s.agent.name.split(), _third_person(s.verb)]
        if s.partner and s.verb in _MEETING_VERBS:
            words += ([] if s.verb == "meet" else ["with"]) + s.partner.name.split()
        elif s.object_text and short_object:
            words += [w for w in s.object_text.split() if w.lower() not in {"his", "her", "their", "its"}]
        elif s.partner:
            words += s.partner.name.split()
        if s.place and s.place.name not in " ".join(words):
            words += ["in", *s.place.name.split()]
    else:
        # No clear agent and object: the main clause of the lead, at headline length.
        words = _clause_words(c, 14)
    headline = _fit(words, HEADLINE_MAX)
    seo = _fit(words, SEO_MAX)
    return Claim(text=headline, cites=_cites(c, s, set())), seo
