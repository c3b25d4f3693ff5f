"""Relation-level grounding: do the summary's dependency arcs stand in its source sentences?

In the spirit of Goyal & Durrett's Dependency Arc Entailment (2020), without a neural
entailment model: the installed spaCy pipeline parses a claim and its source
sentences, every sentence becomes a set of arcs ``(head, relation class, child)``
between content lemmas, and a claim arc is supported when some source arc joins the
same two words with a compatible relation. Relations are collapsed to a few classes
and normalised to logical roles (a passive subject is an object, a ``by`` agent a
subject), so "The man was arrested by the police" keeps the arcs of "The police
arrested the man" while "The man arrested the police" loses both. A word is matched
through its compounds and appositions ("Locke" meets "Kilmarnock manager Gary Locke").

A summary pronoun in a subject or object slot is checked against the word the
aligned source puts there (gender and number); it is reported, not scored (on FRANK it
fired 29 times with no signal).

Measured on FRANK (``eval/frank.py --relations``): the arc score alone reaches about
the lexical checker's ROC AUC on test but not on validation, and adding it to the
lexical score raises test and lowers validation, so :func:`check_document` and
:func:`~copydesk.grounding.ground.ground` run it only when asked.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from copydesk.grounding.lexicon import FUNCTION_WORDS, words
from copydesk.grounding.text import is_lower_mode, is_title_case, stem

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span, Token

log = logging.getLogger(__name__)

SUBJ, OBJ, MOD, PREP, BE, ARG = "subj", "obj", "mod", "prep", "be", "arg"
"""Relation classes. A subject never matches anything but a subject (or an ``arg``: the
subject of a bare participle, "Wright confirmed as presenter", which may be a headline's
passive); the others are loose."""

_SUBJ_DEPS = frozenset({"nsubj", "csubj", "expl"})
_PASSIVE_SUBJ_DEPS = frozenset({"nsubjpass", "csubjpass"})
_OBJ_DEPS = frozenset({"dobj", "dative", "oprd"})
_MOD_DEPS = frozenset({"amod", "nummod", "poss", "nmod", "compound", "npadvmod", "quantmod"})
_NAME_DEPS = frozenset({"compound", "flat"})
_INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl"})
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"})

PRONOUN_CLASSES: dict[str, str] = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
    "they": "p", "them": "p", "their": "p", "themselves": "p",
    "it": "n", "its": "n", "itself": "n",
    "i": "1", "me": "1", "my": "1", "we": "1p", "us": "1p", "our": "1p",
}
"""Third-person (and first-person) pronouns → gender/number class."""

MALE_NOUNS: frozenset[str] = words("""
    man men boy boys father dad son sons husband brother brothers uncle nephew grandfather
    king prince mr sir gentleman boyfriend fiance grandson stepfather
    """)
FEMALE_NOUNS: frozenset[str] = words("""
    woman women girl girls mother mum mom daughter daughters wife sister sisters aunt niece
    grandmother queen princess mrs ms miss lady girlfriend fiancee granddaughter
    stepmother actress
    """)
"""Closed lists of gendered nouns, to tell "he" from "she" when the source names a role."""

_STOP_LEMMAS = FUNCTION_WORDS | words("be have do 's -pron- get make")

ARC_CACHE_SIZE = 50_000


@dataclass(frozen=True, slots=True)
class Arc:
    """One content arc: head and child name sets (lemma stems), and the relation class."""

    head: frozenset[str]
    rel: str
    child: frozenset[str]
    head_text: str = ""
    child_text: str = ""


@dataclass(frozen=True, slots=True)
class Slot:
    """A pronoun (or word) filling the subject or object slot of a verb."""

    verb: str
    rel: str
    word: str
    gender: str
    """``m``, ``f``, ``p`` (plural), ``n`` (thing), or empty when unknown."""


@dataclass(frozen=True, slots=True)
class Relations:
    """What one parsed sentence offers: its content arcs and its argument slots."""

    arcs: tuple[Arc, ...]
    slots: tuple[Slot, ...]
    selfs: tuple[str, ...] = ()
    """Verbs whose subject and object (or prepositional object) are the same name
    ("Klass made a swipe at Klass"): generated text repeating itself, rarely news."""
    pronoun_arcs: tuple[Arc, ...] = ()
    """Subject/object arcs whose child is a personal pronoun; the child set holds its
    gender class ("m", "f", "p"), to be replaced by an antecedent (:func:`resolve`)."""
    mentions: tuple[tuple[frozenset[str], str], ...] = ()
    """Subject names (proper nouns and gendered nouns) with their gender class, in order."""


@dataclass(frozen=True, slots=True)
class RelationResult:
    """Relation verdict on one claim sentence."""

    score: float
    """Share of the claim's content arcs supported by the sources (1.0 with no arcs)."""
    arcs: int
    missing: tuple[str, ...]
    """The unsupported arcs, as "head -rel-> child" strings."""
    swapped: int
    """Subject arcs whose child the sources give the verb in a non-subject role (wrong agent)."""
    pronouns: tuple[str, ...]
    """Pronouns whose gender or number cannot fit the word the sources put in their slot."""
    selfs: tuple[str, ...] = ()
    """Verbs the claim gives one name as both subject and object, and the sources do not."""


def _gender(tok: Token) -> str:
    low = tok.lower_
    if low in PRONOUN_CLASSES:
        return PRONOUN_CLASSES[low]
    if low in MALE_NOUNS:
        return "m"
    if low in FEMALE_NOUNS:
        return "f"
    if tok.tag_ in ("NNS", "NNPS"):
        return "p"
    return ""


def _key(tok: Token) -> str:
    if tok.like_num:
        return stem(tok.lower_)
    return stem(tok.lemma_.lower() if tok.lemma_ else tok.lower_)


def _is_content(tok: Token) -> bool:
    return (tok.pos_ in _CONTENT_POS and tok.lower_ not in _STOP_LEMMAS
            and tok.lemma_.lower() not in _STOP_LEMMAS and any(c.isalnum() for c in tok.text))


def _names(tok: Token) -> frozenset[str]:
    """The word's own stem, plus its name parts (compounds) and appositions."""
    out = {_key(tok)}
    for c in tok.children:
        if c.dep_ in _NAME_DEPS and _is_content(c):
            out.add(_key(c))
        elif c.dep_ == "appos":
            out.add(_key(c))
            out.update(_key(g) for g in c.children if g.dep_ in _NAME_DEPS)
    if tok.dep_ == "appos":
        out.add(_key(tok.head))
    return frozenset(out)


def _attachments(tok: Token) -> frozenset[str]:
    """Where a prepositional phrase under ``tok`` could as well hang: its names, plus the verb
    of a noun argument or the objects of a verb (the parser's attachment is a coin toss)."""
    out = set(_names(tok))
    if tok.pos_ in ("VERB", "AUX"):
        out.update(_key(c) for c in tok.children if c.dep_ in _OBJ_DEPS or c.dep_ in
                   _PASSIVE_SUBJ_DEPS)
    elif tok.dep_ in _OBJ_DEPS or tok.dep_ in _PASSIVE_SUBJ_DEPS or tok.dep_ == "pobj" and (
            tok.head.dep_ == "agent"):
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        out.add(_key(verb))
    return frozenset(out)


_PARTITIVES = words("one some many most all part none each several few both")


def _resolve(tok: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies; "one of the snacks" for
    "snacks"."""
    if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl":
        return tok.head.head
    if tok.lower_ in _PARTITIVES:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
    return tok


def _with_conjuncts(tok: Token) -> list[Token]:
    return [tok, *tok.conjuncts]


def headline_participle(verb: Token) -> bool:
    """A regular past form with no auxiliary, which a headline may use as a passive
    participle ("Jack Grealish Handed His First Start" = he was handed it)."""
    return verb.tag_ in ("VBD", "VBN") and verb.lower_.endswith("ed") and not _has_aux(verb)


def _has_aux(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _arguments(verb: Token, *, headline: bool = False) -> dict[str, list[Token]]:
    """Logical subject and objects of a verb (passive normalised, agents found, control).

    ``headline``: the clause is written in headline style, where a regular past form with
    no auxiliary may be a passive participle ("Jack Grealish Handed His First Start",
    "Prison Criticised for Violence"): its subject's role is left open, as for a
    participle."""
    subj: list[Token] = []
    obj: list[Token] = []
    preps: list[Token] = []
    attrs: list[Token] = []
    for c in verb.children:
        d = c.dep_
        if d in _SUBJ_DEPS:
            subj += _with_conjuncts(_resolve(c))
        elif d in _PASSIVE_SUBJ_DEPS or d in _OBJ_DEPS:
            obj += _with_conjuncts(_resolve(c))
        elif d in ("attr", "acomp"):
            attrs += _with_conjuncts(_resolve(c))
        elif d == "agent":
            subj += [g2 for g in c.children if g.dep_ == "pobj" for g2 in _with_conjuncts(g)]
        elif d == "prep":
            preps += [g2 for g in c.children if g.dep_ == "pobj" for g2 in _with_conjuncts(g)]
    if not subj and verb.dep_ in _INHERIT_DEPS and verb.head.pos_ in ("VERB", "AUX"):
        head_args = _arguments(verb.head)
        subj = head_args["subj"] if verb.dep_ != "xcomp" or not head_args["obj"] else (
            head_args["obj"] if verb.head.lemma_ in ("ask", "tell", "order", "force", "urge")
            else head_args["subj"])
        if not obj and verb.dep_ == "conj" and verb.tag_ == "VBN":
            # "He was taken to a station and released": the passive subject is shared.
            obj = [c for c in verb.head.children if c.dep_ in _PASSIVE_SUBJ_DEPS]
    if subj and (verb.tag_ == "VBN" and not _has_aux(verb) or headline and headline_participle(verb)):
        return {SUBJ: [], ARG: subj, OBJ: obj, PREP: preps, BE: attrs}
    if not subj and not obj and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in (
            "NOUN", "PROPN"):
        (obj if verb.tag_ == "VBN" else subj).append(verb.head)
    return {SUBJ: subj, ARG: [], OBJ: obj, PREP: preps, BE: attrs}


def extract(sent: Span) -> Relations:
    """The content arcs, argument slots and clause word sets of one parsed sentence."""
    arcs: set[Arc] = set()
    slots: list[Slot] = []
    selfs: list[str] = []
    pronoun_arcs: list[Arc] = []
    mentions: list[tuple[frozenset[str], str]] = []

    def add(h: Token, rel: str, c: Token) -> None:
        if h.i == c.i or not (_is_content(h) and _is_content(c)):
            return
        heads = _attachments(h) if rel == PREP else _names(h)
        arcs.add(Arc(heads, rel, _names(c), h.text, c.text))

    headline = is_title_case(sent.text)
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX"):
            args = _arguments(tok, headline=headline)
            copula = tok.lemma_ == "be"
            for rel in (SUBJ, OBJ):
                for a in args[rel]:
                    g = _gender(a)
                    if g or a.pos_ == "PROPN":
                        slots.append(Slot(_key(tok), rel, a.lower_, g))
            if copula:
                for s in args[SUBJ]:
                    for a in args[BE]:
                        add(s, BE, a)
                continue
            for rel in (SUBJ, ARG, OBJ, PREP):
                for a in args[rel]:
                    add(tok, rel, a)
                    g = PRONOUN_CLASSES.get(a.lower_, "")
                    if g in ("m", "f", "p") and rel != PREP and _is_content(tok):
                        pronoun_arcs.append(Arc(_names(tok), rel, frozenset({g}), tok.text,
                                                a.text))
                    elif rel in (SUBJ, OBJ) and (a.pos_ == "PROPN" or _gender(a) in ("m", "f")):
                        mentions.append((_names(a), _gender(a)))
            subj_names = {k for a in args[SUBJ] if _is_content(a) for k in _names(a)}
            for a in (*args[OBJ], *args[PREP]):
                if _is_content(a) and a.pos_ == "PROPN" and subj_names & _names(a):
                    selfs.append(tok.text)
        if tok.pos_ == "PROPN" and tok.head.pos_ == "PROPN" and tok.dep_ != "appos":
            continue  # inside a name: the lexical check owns names
        name_part = tok.dep_ in _NAME_DEPS and tok.head.pos_ == "PROPN"
        if tok.dep_ in _MOD_DEPS and not name_part:
            add(tok.head, MOD, tok)
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in (
                "NOUN", "PROPN", "ADJ", "NUM"):
            for h in _with_conjuncts(tok.head.head):
                add(h, PREP, tok)
    return Relations(tuple(arcs), tuple(slots), tuple(selfs), tuple(pronoun_arcs),
                     tuple(mentions))


def resolve(sequence: Sequence[Relations]) -> list[Relations]:
    """Replace each pronoun arc's child by its antecedent: the latest subject name, in this
    sentence or the ones before, whose gender fits (a name of unknown gender fits he/she)."""
    out: list[Relations] = []
    seen: list[tuple[frozenset[str], str]] = []
    for rel in sequence:
        pool = [*seen, *rel.mentions]
        added: list[Arc] = []
        for arc in rel.pronoun_arcs:
            g = next(iter(arc.child))
            fits = [names for names, mg in pool if mg == g or (not mg and g in ("m", "f"))]
            if fits:  # the class stays in the set: it still meets an unresolved pronoun
                added.append(Arc(arc.head, arc.rel, fits[-1] | arc.child, arc.head_text,
                                 f"{arc.child_text}={'/'.join(sorted(fits[-1]))}"))
            else:
                added.append(arc)
        seen += rel.mentions
        out.append(rel if not added else Relations(
            (*rel.arcs, *added), rel.slots, rel.selfs, rel.pronoun_arcs, rel.mentions))
    return out


class RelationIndex:
    """Parses sentences with the spaCy pipeline (in batches) and caches their relations."""

    def __init__(self, nlp: Language, *, batch_size: int = 64, cache_size: int = ARC_CACHE_SIZE):
        self._nlp = nlp
        self._batch = batch_size
        self._size = cache_size
        self._cache: OrderedDict[str, Relations] = OrderedDict()

    def relations(self, texts: Iterable[str]) -> list[Relations]:
        """The relations of every text (each parsed as one sentence-ish unit), cached."""
        texts = list(texts)
        todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if todo:
            with self._nlp.select_pipes(disable=[p for p in ("ner",) if p in self._nlp.pipe_names]):
                for text, doc in zip(todo, self._nlp.pipe(todo, batch_size=self._batch),
                                     strict=True):
                    self._cache[text] = _merge(extract(s) for s in doc.sents)
            while len(self._cache) > self._size:
                self._cache.popitem(last=False)
        out = []
        for t in texts:
            self._cache.move_to_end(t)
            out.append(self._cache[t])
        return out


_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def case_map(sentences: Iterable[str]) -> dict[str, str]:
    """Lower-cased word → the capitalised form the sources use for it mid-sentence, if mostly."""
    counts: dict[str, Counter[str]] = {}
    for sent in sentences:
        for m in _WORD_RE.finditer(sent):
            if m.start() == 0:
                continue
            w = m.group(0)
            counts.setdefault(w.lower(), Counter())[w] += 1
    out: dict[str, str] = {}
    for low, forms in counts.items():
        form, n = forms.most_common(1)[0]
        if form != low and form[:1].isupper() and n > forms.get(low, 0):
            out[low] = form
    return out


def truecase(text: str, cases: dict[str, str]) -> str:
    """Restore the sources' capitals in an all-lower-case claim (the parser needs them)."""
    out = _WORD_RE.sub(lambda m: cases.get(m.group(0), m.group(0)), text)
    return out[:1].upper() + out[1:]


def claim_relations(
    claims: Sequence[str], sources: Sequence[str], index: RelationIndex
) -> list[Relations]:
    """The relations of claim sentences, truecased from ``sources`` when written in lower case."""
    lower = [is_lower_mode(c) for c in claims]
    cases = case_map(sources) if any(lower) else {}
    return index.relations(truecase(c, cases) if low else c
                           for c, low in zip(claims, lower, strict=True))


def _merge(parts: Iterable[Relations]) -> Relations:
    arcs: list[Arc] = []
    slots: list[Slot] = []
    selfs: list[str] = []
    pronoun_arcs: list[Arc] = []
    mentions: list[tuple[frozenset[str], str]] = []
    for p in parts:
        arcs += p.arcs
        slots += p.slots
        selfs += p.selfs
        pronoun_arcs += p.pronoun_arcs
        mentions += p.mentions
    return Relations(tuple(arcs), tuple(slots), tuple(selfs), tuple(pronoun_arcs),
                     tuple(mentions))


@lru_cache(maxsize=1)
def default_index() -> RelationIndex:
    """A process-wide index over the installed pipeline (the heavy model, loaded once)."""
    from copydesk.nlp.parser import load_pipeline

    return RelationIndex(load_pipeline())


def _compatible(a: str, b: str) -> bool:
    if a == b or ARG in (a, b):
        return True
    return a != SUBJ and b != SUBJ


def _supported(arc: Arc, sources: Sequence[Arc]) -> bool:
    for s in sources:
        if not _compatible(arc.rel, s.rel):
            continue
        if (arc.head & s.head) and (arc.child & s.child):
            return True
        if arc.rel != SUBJ and s.rel != SUBJ and (arc.head & s.child) and (arc.child & s.head):
            return True
    return False


def _swapped(arc: Arc, sources: Sequence[Arc]) -> bool:
    """A subject arc whose verb the sources give this child only as object or prepositional."""
    if arc.rel != SUBJ:
        return False
    return any(s.rel in (OBJ, PREP) and (arc.head & s.head) and (arc.child & s.child)
               for s in sources)


def _pronoun_clash(slot: Slot, sources: Sequence[Slot]) -> bool:
    if slot.word not in PRONOUN_CLASSES or slot.gender not in ("m", "f", "p", "n"):
        return False
    fills = [s.gender for s in sources if s.verb == slot.verb and s.rel == slot.rel]
    known = [g for g in fills if g]
    if not known or len(known) < len(fills):
        return False
    return slot.gender not in known


def compare(claim: Relations, sources: Sequence[Relations]) -> RelationResult:
    """How well ``sources`` support the arcs and pronouns of ``claim``."""
    src_arcs = [a for r in sources for a in r.arcs]
    src_slots = [s for r in sources for s in r.slots]
    missing = [a for a in claim.arcs if not _supported(a, src_arcs)]
    swapped = sum(_swapped(a, src_arcs) for a in missing)
    n = len(claim.arcs)
    score = 1.0 - len(missing) / n if n else 1.0
    clashes = tuple(s.word for s in claim.slots if _pronoun_clash(s, src_slots))
    src_selfs = {v.lower() for r in sources for v in r.selfs}
    selfs = tuple(v for v in claim.selfs if v.lower() not in src_selfs)
    return RelationResult(
        score=score, arcs=n,
        missing=tuple(f"{a.head_text} -{a.rel}-> {a.child_text}" for a in missing),
        swapped=swapped, pronouns=clashes, selfs=selfs)


RELATION_WEIGHT = 0.1
"""Score lost, in :func:`check_document`, per unit of unsupported arc share. Validation
prefers 0 (see ``eval/frank.py --relations``); 0.1 is the least costly non-zero weight."""
SWAP_PENALTY = 0.25
"""Score lost in ``ground(relations=True)`` per swapped subject, like an unsupported name.
Caveat: on FRANK's lower-cased, tokenised system output a swap flag is no better than
the base rate (parser errors); engine prose is cased and parses better."""
CONTEXT = 2
"""Sentences before an aligned sentence that are parsed to resolve its pronouns."""
