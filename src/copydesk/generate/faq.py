"""FAQ: the questions a reader of *this* story would ask, each answered by a different sentence.

Overgenerate and rank (Heilman & Smith 2010), but from the sentence roles first:

* who is at the centre — "Who is Jafar Adeli?", answered by the sentence that
  describes them ("Asylum seeker Jafar Adeli, 32, …"), and what they are accused
  of, charged with or face ("What is Jesse Norman accused of?", "How long was Adeli
  jailed for?");
* what a named speaker said ("What did Alan Murphy tell the court?");
* what the other side says ("How has Giada responded?", "How did Allen plead?");
* what happens next — only from a sentence whose event is still to come ("When
  will the summit take place?", "What happens next in the case?");
* why it matters — only from a sentence that states significance, and about its
  subject ("Why does the new law matter?");
* what a speaker or a document said about something, the topic being the reported
  clause's subject or definite object ("What did Mardas say about state revenue?",
  "What does the memo warn about the UK?", "What does the footage show?"), never from a
  direct quotation;
* who someone is, for a person the story names twice and introduces with a role in the
  main clause ("Who is Alexis Randock?"); what an organisation is, when a sentence says;
* what happened to someone — only when the main clause is a passive event or a death
  ("What happened to Leon Yeaman?"); why, from a closing "because"/"due to" clause or a
  lead's "suspended/arrested … after …" ("Why has Britt McHenry been suspended?");
* how much (a sum of money, "12 per cent more"), how long ("for 60 years"), what share
  ("Only nine per cent of Germans …"), and the contested claim as a yes/no question
  answered by its denial ("Will Greece fail to pay the loan?").

A sentence-initial he/she (or his/her) becomes the person the reference module finds
for it, so "He filed a complaint …" can be asked about by name.

Then the classic answer-phrase questions over the salient sentences: a point-in-time
date → *when*, a count → *how many*, a purpose clause → *why*, a place → *where*,
the object → *what* (remove the phrase, invert subject and auxiliary: "The two
ministers met in Moscow in December" → "When did the two ministers meet in Moscow?").

Every answer is a compressed source sentence (deletion only, owners and hedges
kept), made to stand alone by :func:`copydesk.generate.reference.standalone`, so it
is supported by construction; a sentence that cannot stand alone (a bare pronoun,
speech without its speaker, a quote opened in another sentence, a caption run into
the text) answers nothing. A question must be short, grammatical, free of quotation
marks and pronouns, and must not give its answer away. No stock question is ever
asked: three good pairs beat six with filler.

Last, :func:`answers` checks every pair as an editor would: no question that drops a
negation ("plead guilty" from "pleaded not guilty") or a modal/hedge ("What did Brit
find?" from "might find"); no topicless "What did X say/believe/find?" (a speaker is
asked about only with a topic the answer carries: "What did Mardas say about state
revenue?"); agreement after the inversion, a coordinated subject kept whole ("When do
Floyd Mayweather and Manny Pacquiao go …?"); and the answer answers — why → a reason
(because, after, due to, over, to + verb), when → a time, how many → a number, how much →
a sum, how long → a duration, who → a person, where → a place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from copydesk.contract import PARTS
from copydesk.generate.compress import compress, finish, join_tokens, parentheticals
from copydesk.generate.debris import run_on
from copydesk.generate.headlines import subject_read_as_conjunct
from copydesk.generate.question_headline import AUXILIARIES, do_support
from copydesk.generate.quotes import balanced
from copydesk.generate.reference import (
    ANAPHORIC_NOUNS,
    ONE_OF,
    PEOPLE_NOUNS,
    PERSON_ENDINGS,
    RELATIONS,
    ROLE_NOUNS,
    THIRD_WORDS,
    UNQUOTED,
    Resolved,
    antecedent,
    name_of,
    person_behind,
    sorted_ids,
    speaker_forms,
    standalone,
    surname,
)
from copydesk.generate.reference import gender as reference_gender
from copydesk.generate.roles import conditioned
from copydesk.generate.select import Candidate, annotate_dates, jaccard, pronoun_subject
from copydesk.generate.viewpoint import COUNT_WORDS
from copydesk.model import Analysis, Claim, FaqItem
from copydesk.nlp.gender import FEMALE_TITLES, MALE_TITLES

FAQ_MIN, FAQ_MAX = PARTS["faq"].min_items, PARTS["faq"].max_items
MAX_ANSWER_WORDS = PARTS["faq"].max_words or 60
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
# Brackets and quotation marks in a question are debris of a bad parse or a quote.
_DEBRIS = re.compile(r"[()\[\]\"“”‘]|(?:^|\s)'|'(?:\s|$)|\*\*")
_TYPE_ORDER = (
    "identity", "whois", "define", "happened", "accused", "deny", "who", "what", "when", "where", "howmany", "howmuch", "howlong", "why", "how",
    "said", "finding", "says", "other", "react", "wants", "decided", "hurt", "matters", "next",
)
# A question that leans on something it does not say.
_PRONOUNS = frozenset(
    {"he", "she", "him", "his", "her", "hers", "they", "them", "their", "theirs", "it", "its", "this", "that",
     "these", "those", "we", "us", "our", "i", "me", "my", "you", "your", "himself", "herself", "themselves"}
)
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mr.", "mrs.", "ms.", "dr."})
_SPEECH = frozenset(
    {"say", "tell", "add", "explain", "insist", "warn", "claim", "admit", "reveal", "write", "tweet", "state",
     "announce", "argue", "suggest", "confirm", "describe", "allege", "believe"}
)
_DENIAL = frozenset({"deny", "dispute", "refute", "reject", "dismiss", "contest", "respond", "defend"})
_NO_COMMENT = re.compile(r"\b(declined to comment|did not (?:immediately )?respond|could not be reached|"
                         r"refused to comment|would not comment|no comment)\b", re.I)
_CASE_WORDS = ("inquest", "inquiry", "investigation", "trial", "case", "hearing")
_LEGAL = re.compile(r"\b(court|sentenc\w*|trial|hearing|bail|remanded|charged|plea|jury|inquest|custody)\b", re.I)
_DURATION = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|"
                       r"a|an|several|few)[- ](?:and[- ]a[- ]half[- ])?(seconds?|minutes?|hours?|days?|weeks?|"
                       r"months?|years?|decades?)\b|year-old|-year|years? old", re.I)
_POINT = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
                    r"may|june|july|august|september|october|november|december|jan|feb|aug|sept?|oct|nov|dec|"
                    r"yesterday|today|tonight|tomorrow|(?:19|20)\d\d|last (?:week|month|year|night|weekend|season|summer|"
                    r"winter|spring|autumn)|next (?:week|month|year|season|summer|winter|spring|autumn)|"
                    r"(?:earlier |later )?this (?:week|month|year|morning|afternoon|evening|weekend))\b", re.I)
_STOCK = re.compile(
    r"^(what happened|what more is known|what other details are given|what else does the story report|"
    r"why does this matter|what happens next)\?$",
    re.I,
)
_CONTENT = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    {"the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "but", "is", "was", "are", "were", "be",
     "been", "has", "have", "had", "did", "does", "do", "with", "by", "from", "as", "that", "this", "what", "who",
     "when", "where", "why", "how", "will", "would", "said", "says", "say", "told", "tell", "it", "its", "their",
     "his", "her", "he", "she", "they", "after", "into", "about", "which", "than", "not", "also"}
)


@dataclass(frozen=True)
class _Q:
    kind: str
    question: str
    source: Candidate
    score: float
    cites: tuple[str, ...] = field(default=())
    """Sentences the question's names come from besides its source (a resolved pronoun)."""
    answer: str | None = None
    """An answer made from part of the source ("Ken Batt is one of yachting's most
    successful sailors."), instead of the whole sentence."""


# ---------------------------------------------------------------------------
# Parse helpers (shared with the question headline)
# ---------------------------------------------------------------------------


def _subject(root: Token) -> Token | None:
    return next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _words(tokens: Sequence[Token]) -> str:
    text = join_tokens(tokens)
    text = re.sub(r"\s+([,.;:!?%)])", r"\1", text)
    text = re.sub(r"\s+(['’]s)\b", r"\1", text)
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
    """The phrase as it reads mid-question: a capital kept only on a name."""
    text = _words(tokens)
    if tokens and _common(tokens[0]):
        text = text[:1].lower() + text[1:]
    return text


def _common(tok: Token) -> bool:
    """A sentence-initial word that is lower-case mid-sentence ("The", "Physical",
    "People"), not a name the tagger missed ("Kayahan")."""
    if is_name(tok):
        return False
    if tok.is_stop or tok.pos_ in {"DET", "NUM", "PRON", "ADJ", "ADV", "ADP", "VERB", "AUX"}:
        return True
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and not tok.ent_type_:
        return True  # "Detectives will interview …"
    return any(t.text == tok.lower_ for t in tok.doc)


def _clause_tokens(span: Span, root: Token, drop: set[int]) -> list[Token]:
    """Tokens of the main clause: the root's subtree minus ``drop`` and final punctuation."""
    keep = [t for t in root.subtree if t.i not in drop and span.start <= t.i < span.end]
    while keep and keep[-1].is_punct and keep[-1].text not in {"%", ")"}:
        keep.pop()
    while keep and keep[0].is_punct:
        keep.pop(0)
    return keep


_LIGHT = frozenset({"have", "be", "get", "do", "make", "take", "give", "put", "need", "want", "see",
                    "leave", "keep", "find", "show", "mark", "hold", "bring", "set"})
_VAGUE = frozenset({"one", "some", "many", "others", "all", "both", "each", "several", "most", "few", "none",
                    "another", "either", "neither", "who", "which", "what"})
_SIDE_DEPS = frozenset({"advcl", "parataxis", "cc", "conj", "intj", "discourse", "punct"})


def _side(root: Token) -> set[int]:
    """Side clauses, fronted or trailing, that a question leaves out."""
    out = {t.i for c in root.children if c.dep_ in _SIDE_DEPS - {"punct"} for t in c.subtree}
    # "…, police said" / "…, according to X" trailing frames inside the event clause.
    out |= {t.i for c in root.children if c.dep_ == "prep" and c.lower_ == "according" for t in c.subtree}
    return out


_NP_SKIP = frozenset({"appos", "relcl", "acl", "advcl", "parataxis"})


def _np_tokens(tok: Token) -> list[Token]:
    """A noun phrase as a question names it: no appositive, relative clause or aside
    ("King, 89, who …" → "King")."""
    skip: set[int] = set()
    for t in tok.subtree:
        if t.i != tok.i and t.dep_ in _NP_SKIP and t.i not in skip:
            skip |= {x.i for x in t.subtree}
    out = [t for t in tok.subtree if t.i not in skip]
    while out and out[-1].is_punct and out[-1].text not in {"%", ")"}:
        out.pop()
    while out and (out[0].is_punct or out[0].lower_ in {"but", "and", "so"}):
        out.pop(0)
    return out


def np_text(tok: Token) -> str:
    """:func:`_np_tokens` as text, lower-cased at the start unless it opens with a name;
    a person by their name alone ("Triathlete Charlotte Roach, 26," → "Charlotte Roach")."""
    # "Floyd Mayweather and Manny Pacquiao": every member of a coordinated subject stays.
    name = None if any(c.dep_ == "conj" for c in tok.children) else _name(tok, {"PERSON"})
    if name:
        return name
    tokens = _np_tokens(tok)
    text = _lower_first(tokens)
    text = re.sub(r"\s*,(\s*,)+", ",", text).strip(" ,")
    return re.sub(r"^The\b", "the", text)


def _doc_text(span: Span, i: int) -> str:
    """The text of token ``i`` of the span's document, or "" outside it."""
    return span.doc[i].text if 0 <= i < len(span.doc) else ""


def invert(span: Span, root: Token, drop: set[int] | None = None, *, subject: Token | None = None) -> str | None:
    """``subject aux verb rest`` → ``aux subject verb rest`` (do-support when needed).

    ``subject`` stands in for a verb that shares its subject with an earlier one
    ("… followed her dreams and *moved* to the Philippines in 2012").
    """
    drop = set() if drop is None else drop
    subj = subject if subject is not None else _subject(root)
    if subj is None:
        return None
    subj_ids = {t.i for t in subj.subtree}
    if subj.like_num or subj.lower_ in _VAGUE:
        return None  # "Seven were identified", "One took place": whose?
    aux = [c for c in root.children if c.dep_ in {"aux", "auxpass"} and c.i < root.i]
    neg = [c for c in root.children if c.dep_ == "neg"]
    if neg:
        return None  # negated questions read badly and invite misreading
    # Fronted adjuncts ("In order to secure the pieces, craftsmen used …") and trailing
    # side clauses ("… - aiming to break the record") do not survive the inversion.
    side = _side(root)
    fronted = {t.i for t in span if t.i < (subj.left_edge.i if subject is None else root.left_edge.i)}
    if any(a.dep_ == "acl" and a.tag_ == "VBG" and a.i > subj.i and _doc_text(span, a.left_edge.i - 1) != ","
           and any(g.dep_ == "dobj" for g in a.children) for a in subj.children):
        return None  # "Professional kite flying teams …" read as a kite that flies teams: "Where did professional kite …?"
    clause = _clause_tokens(span, root, drop | subj_ids | side | fronted | parentheticals(span))
    kept = {t.i for t in clause}
    for sub in (ch for ch in root.children if ch.dep_ == "advcl" and ch.i > root.i and ch.left_edge.i not in kept):
        opener = span.doc[sub.left_edge.i]
        if opener.tag_ in {"WRB", "IN"} and any(i > sub.right_edge.i for i in kept):
            # "… in 2006 when Capello fast-tracked him from the C-team": what follows a dropped
            # "when …"/"because …" clause belongs to it, whatever the parse hung it on.
            return None
    # "his Russian counterpart, Colonel General Viktor Afzalov, in Moscow" → "his Russian counterpart in Moscow".
    if any(t.dep_ == "appos" and any(x.dep_ == "cc" and x.lower_ in {"or", "nor"} for x in t.subtree) for t in clause):
        return None  # "play 13th seed Fabio Fognini or Russian qualifier Andrey Rublev": the other one goes too
    appos = {x.i for t in clause if t.dep_ == "appos" for x in t.subtree}
    doc = span.doc
    appos |= {i for a in list(appos) for i in (a - 1, a + 1) if 0 <= i < len(doc) and doc[i].text == "," and i not in appos}
    clause = [t for t in clause if t.i not in appos]
    clause = [t for t in clause if not (t.dep_ == "advmod" and t.lower_ in {"also", "however", "meanwhile"})]
    subject_text = np_text(subj)
    if aux:
        first = aux[0]
        if first.lower_.replace("’", "'") in {"'d", "'m"}:
            return None
        rest = [t for t in clause if t.i != first.i]
        return f"{_auxw(first)} {subject_text} {_words(rest)}".strip()
    if root.lemma_ == "be":
        rest = [t for t in clause if t.i != root.i]
        return f"{root.lower_} {subject_text} {_words(rest)}".strip()
    do = do_support(root.tag_)
    if do is None:
        return None
    rest_tokens = [t for t in clause if t.i != root.i]
    before = [t for t in rest_tokens if t.i < root.i]
    after = [t for t in rest_tokens if t.i > root.i]
    verb = root.lemma_.lower()
    return re.sub(r"\s{2,}", " ", f"{do} {subject_text} {_words(before)} {verb} {_words(after)}").strip()


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


_DEGREE = frozenset({"little", "much", "nothing", "enough", "more", "less", "everything", "anything", "something",
                     "lot", "all", "plenty", "too", "so"})
"""Words of degree whose "to …" is their complement, not a purpose ("have done little to
ease the mood", "did enough to win")."""
_TO_NOUNS = frozenset({"agreement", "plan", "decision", "bid", "move", "effort", "attempt", "deal", "call", "promise",
                       "pledge", "vote", "order", "proposal", "push", "drive", "campaign", "request", "offer",
                       "permission", "approval", "right", "chance", "opportunity", "ability", "power", "way", "need",
                       "bill", "motion", "plans", "agreements", "decisions", "bids", "moves", "efforts", "attempts"})
"""Nouns that take a "to …" of their own ("with agreement yesterday to boost the intake"):
a "to …" right after one is the noun's, whatever the parse hung it on."""


def is_purpose(clause: Token) -> bool:
    """Whether a "to …" clause the parse hung on a verb states that verb's purpose: not the
    complement of a word of degree ("have done little to dampen the mood"), of an adjective
    just before it ("one of the few to …"), nor of a noun just before it that takes a
    "to …" of its own ("…, with agreement yesterday to boost …")."""
    verb = clause.head
    if any(g.lower_ in _DEGREE and g.dep_ in {"dobj", "npadvmod", "advmod", "acomp"} and g.i < clause.i
           for g in verb.children):
        return False
    before = [t for t in clause.doc[verb.i + 1: clause.left_edge.i]
              if not (t.is_punct or t.ent_type_ in {"DATE", "TIME"} or t.dep_ == "npadvmod")]
    if before and before[-1].tag_ in {"JJ", "JJS", "JJR"} and before[-1].i > verb.i + 1:
        return False  # "held up as one of the few to be still ticking over", "the first to …"
    return not (before and before[-1].lemma_.lower() in _TO_NOUNS and before[-1].pos_ == "NOUN")


def purpose_clause(root: Token) -> Token | None:
    """A purpose clause ("met X *to review* Y"), not a complement ("is expected to travel",
    "did little to help", "agreement to boost"; :func:`is_purpose`)."""
    for c in root.children:
        if c.dep_ == "advcl" and any(t.lower_ == "to" and t.dep_ == "aux" for t in c.children) and is_purpose(c):
            return c
    return None


def _event_root(span: Span) -> Token:
    """The clause a question is about: the reported clause behind a neutral "X said"."""
    root = span.root
    if root.lemma_ in {"say", "tell", "add"} and not any(c.dep_ == "neg" for c in root.children):
        comp = next((c for c in root.children if c.dep_ == "ccomp"), None)
        if comp is not None:
            return comp
    return root


# Sources whose "said" reports a fact, not one side's claim: a question may drop them.
_NEUTRAL_SOURCES = frozenset({"police", "official", "authority", "spokesman", "spokeswoman", "spokesperson", "witness",
                              "report", "statement", "investigator", "coroner", "court", "agency", "figure", "data",
                              "bureau", "department", "ministry", "service", "officer", "paramedic", "hospital"})


_CONTESTED = frozenset({"kill", "killed", "dead", "death", "die", "wound", "injure", "destroy", "attack", "shoot", "bomb",
                        "blame", "responsible", "guilty", "lie", "fail", "cause", "accuse", "deny", "loss", "lose",
                        "defeat", "win", "victory", "casualty", "capture", "surrender", "flee", "massacre", "torture",
                        "abuse", "illegal", "corrupt", "fraud", "terrorist", "target", "violate", "breach", "threat",
                        "threaten", "plot", "plan", "behind", "involve", "support", "oppose", "reject", "agree", "deal"})


def owned_claim(span: Span, root: Token) -> bool:
    """The event clause is what a party says ("A Northern Alliance commander said 40
    fighters were killed"): a question that drops the speaker states their claim as fact.
    A neutral source ("police said", "officials said") may go."""
    if root.i == span.root.i:
        return False
    speaker = _subject(span.root)
    if speaker is None or speaker.dep_ == "nsubjpass":
        return False  # "The panel has been told …": the listener, not an owner
    if speaker.ent_type_ not in {"PERSON", "ORG", "GPE", "NORP"} and speaker.lower_ not in _PRONOUNS and (
            speaker.lemma_.lower() in _NEUTRAL_SOURCES):
        return False
    # A party's word on what is in dispute: harm, blame, losses, or a forecast ("might", "will").
    # A plain fact from an agent or a family ("had been battling cancer for 18 months") may go.
    clause = list(root.subtree)
    return any(t.lemma_.lower() in _CONTESTED for t in clause) or any(
        t.dep_ == "aux" and t.lower_ in _MODALS | {"will", "wo", "'ll"} for t in clause)


# Nouns a story uses to point back at someone or something it has named ("the pair",
# "the paper", "the move"): in a question of their own they point at nothing.
_ROLE_BACK = frozenset({"man", "woman", "pair", "couple", "boy", "girl", "player", "men", "women", "paper", "group",
                        "company", "team", "side", "victim", "suspect", "driver", "child", "family", "crew", "split",
                        "deal", "move", "plan", "attack", "incident", "decision", "claim", "report", "operation",
                        "offensive", "campaign", "body", "role", "program", "programme", "american", "briton",
                        "australian", "spokesman", "spokeswoman", "official", "source", "newspaper", "letter", "idea"})


def leans_back(c: Candidate, root: Token) -> bool:
    """A subject or object the question keeps that points back to an earlier sentence
    ("What did the paper publish?", "What did the American gain in the second set?"): a
    bare "the" + noun the story has already used, or "the" + nationality, that the
    question alone cannot resolve."""
    if c.index == 0:
        return False
    earlier = c.span.doc.text[: c.span.start_char].lower()  # (the story before this sentence)
    for tok in (g for g in root.children if g.dep_ in {"nsubj", "nsubjpass", "dobj"}):
        np = _np_tokens(tok)
        det = next((d for d in tok.children if d.dep_ == "det"), None)
        if det is None or det.lower_ not in {"the", "this", "that", "these", "those"} or not 2 <= len(np) <= 4:
            continue
        if any(t.dep_ in {"prep", "relcl", "acl"} and t.head.i == tok.i for t in tok.subtree):
            continue  # "the meeting of EU finance ministers" says which
        if det.lower_ != "the":
            return True
        if (tok.ent_type_ == "NORP" or (tok.pos_ == "ADJ" and tok.text[:1].isupper())) and tok.tag_ not in {"NNS", "NNPS"}:
            return True  # "the American", "the Frenchman" (not a people: "the Palestinians")
        if any(t.ent_type_ or t.pos_ == "PROPN" for t in np):
            continue
        if tok.lemma_.lower() in _ROLE_BACK and re.search(rf"\b{re.escape(tok.lower_)}\b", earlier):
            return True
    return False


def _drop_frame(span: Span, root: Token) -> set[int]:
    """Everything outside the event clause (the reporting frame)."""
    inside = {t.i for t in root.subtree}
    return {t.i for t in span if t.i not in inside}


def _question(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:.?")
    # What a removed reason left behind: "Why was Redonda assumed to be beyond repair, in part?"
    text = re.sub(r",?\s+(?:in (?:large )?part|partly|largely|mainly|mostly|partially|chiefly|simply|only|just)$", "", text)
    text = re.sub(r"\s+([,?])", r"\1", text)
    text = re.sub(r",(\s*,)+", ",", text)
    text = re.sub(r",\s*$", "", text)
    text = re.sub(r"\b(mr|mrs|ms|dr)\b(?=\.? [A-Z])", lambda m: m.group(1).capitalize(), text)  # "What did Mr Wang say?"
    return text[:1].upper() + text[1:] + "?"


def _sentence_capital(question: str, span: Span) -> str:
    """A word capitalised only because it opened the source sentence is lower case
    mid-question ("What are hundreds of troops still scouring?", not "Hundreds")."""
    first = next((t for t in span if not t.is_punct), None)
    if (first is None or first.pos_ == "PROPN" or first.ent_type_ not in {"", "CARDINAL", "DATE", "QUANTITY", "ORDINAL"}
            or is_name(first) or not first.text[:1].isupper()):
        return question
    if first.pos_ not in {"NOUN", "NUM", "DET", "ADJ", "PRON"} and not first.is_stop:
        return question
    head, sep, rest = question.partition(" ")
    if not sep:
        return question
    fixed = re.sub(rf"(?<![\w'’]){re.escape(first.text)}\b", first.text[:1].lower() + first.text[1:], rest)
    return f"{head} {fixed}"


def _name_runs_on(question: str, span: Span) -> bool:
    """A person's name run into the next capitalised word ("When had James Boase Devon been
    drinking …?"): what a parse leaves of an appositive it cut badly."""
    for e in span.ents:
        if e.label_ == "PERSON":
            m = re.search(rf"\b{re.escape(e.text)} ([A-Z][a-z]+)\b", question)
            if m and m.group(1) not in {"I"} and not (
                    e.end < len(e.doc) and e.doc[e.end].ent_type_ == "PERSON" and e.doc[e.end].text == m.group(1)):
                return True  # (a name the tagger split in two runs into its own other half)
    return False


# A state, not an event: "When do firefighters remain on the ground?" asks nothing.
_STATIVE = re.compile(r"^When (?:do|does|did|will|is|are) .+? (?:remain|stay|continue|be|have|lie|sit|stand|exist)\b")


def _who_clause(span: Span, root: Token, subj: Token, frame: set[int]) -> str:
    """The predicate of a who-question: the clause after the subject, without side detail."""
    side = _side(root)
    clause = _clause_tokens(span, root, frame | side | {t.i for t in subj.subtree} | parentheticals(span))
    clause = [t for t in clause if t.i > subj.right_edge.i]
    clause = [t for t in clause if t.i not in _date_detail(clause)]
    # Trailing adjuncts and clauses on the object go (last first) until the question is short.
    extras = sorted((c for c in root.children if c.i > root.i and c.dep_ in _TRIMMABLE), key=lambda t: -t.i)[:-1]
    extras += [c for o in root.children if o.dep_ == "dobj" for c in o.children if c.dep_ in {"relcl", "acl"}]
    for extra in extras:
        if len(clause) <= 9:
            break
        cut = {t.i for t in extra.subtree}
        clause = [t for t in clause if t.i not in cut]
    while clause and clause[-1].is_punct and clause[-1].text not in {"%", ")"}:
        clause.pop()
    if root.tag_ == "VBP" and not _aux_of(root):
        return ""  # "Who jump a fence?": the verb agrees with the name, not with "who"
    if not any(t.i > root.i for t in clause):
        return ""  # "Who had been working?": a verb with nothing to ask about
    kept = {t.i for t in clause}
    if any(t.head.i not in kept and t.head.i != root.i and t.i != root.i and not t.is_punct and t.dep_ != "cc"
           for t in clause):
        return ""  # a word whose head went: "Who excelled as a broadcaster and his voice?"
    if any(c.dep_ in {"conj", "dep"} and c.pos_ == "VERB" and c.i in kept and _subject(c) is None
           for c in root.children):
        # "Davis broke Bouchard's serve as the Canadian had a double fault, then sailed a
        # forehand long": a second verb whose doer the parse cannot vouch for.
        return ""
    return _words(clause)


def _date_detail(tokens: Sequence[Token]) -> set[int]:
    """Dates, appositives and their commas: detail a question leaves to the answer."""
    detail = {
        x.i for t in tokens
        if t.dep_ == "appos" or (t.ent_type_ == "DATE" and t.dep_ in {"npadvmod", "pobj"})
        for x in t.subtree
    }
    detail |= {t.i for t in tokens if t.dep_ == "prep" and any(g.ent_type_ == "DATE" for g in t.children)}
    detail |= {t.i for t in tokens if t.ent_type_ == "DATE"}
    detail |= {t.i for t in tokens if t.lower_ in {"ago", "earlier", "later"} and any(c.i in detail for c in t.children)}
    if tokens:
        doc = tokens[0].doc
        detail |= {i for d in list(detail) for i in (d - 1, d + 1) if 0 <= i < len(doc) and doc[i].text == ","}
    return detail


# ---------------------------------------------------------------------------
# Answers
# ---------------------------------------------------------------------------

_SPEECH_ONLY = re.compile(r"^\W*(?:said|says|added|adds|told)\b", re.I)


_DATE_OPENER = re.compile(r"^(?:This|That|Last|Next) (?:year|week|month|season|summer|winter|spring|autumn|"
                          r"weekend|morning|afternoon|evening),? ", re.I)


_PAIRS = {"‘": "’", "'": "'", "“": "”", '"': '"'}


def _close_quote(text: str) -> str:
    """Close a quotation that runs on into the next sentence of the story ("X said: 'The
    makeup is evolving." → "… evolving.'"), as a sub-editor does when quoting one sentence."""
    if balanced(text) or not text.endswith((".", "!", "?")):
        return text
    m = re.search(r"(?:said|says|added|adds|told [\w ]+|explained|insisted|warned|wrote):? (['‘\"“])(?=[A-Z])", text)
    if m is None:
        return text
    fixed = text + _PAIRS[m.group(1)]
    return fixed if balanced(fixed) else text


_CLOSING_SPEAKER = re.compile(r"[,?!]['’\"”]? (he|she) (?:said|says|added|adds|told [A-Z][\w ]+|explained|continued|"
                              r"claimed|insisted|admitted|warned|recalled)\.$")
_OPENING_PRONOUN = re.compile(r"^(\W*)(He|She|His|Her)\b")


def _named_in(text: str, c: Candidate, analysis: Analysis) -> Resolved | None:
    """A statement whose opening "He"/"His" or closing "…,' she said." the reference
    module could not name, with the person :func:`person_behind` finds written in
    ("'I don't foresee any problems,' he said." → "…,' Gary Locke said."), citing the
    sentence that names them; never when a quotation of it speaks of a "he"/"she" (who
    would the reader take that for?). None when it still does not stand alone."""
    m = _CLOSING_SPEAKER.search(text)
    if m is not None:
        pronoun, words = m.group(1), text[: m.start() + 1]
    else:
        m = _OPENING_PRONOUN.match(text)
        if m is None:
            return None
        pronoun = {"his": "he", "her": "she"}.get(m.group(2).lower(), m.group(2).lower())
        blanked = UNQUOTED.sub(lambda q: " " * len(q.group(0)), text)
        other = {"she", "her", "hers", "herself"} if pronoun == "he" else {"he", "him", "his", "himself"}
        if {w.lower() for w in re.findall(r"[A-Za-z]+", blanked)} & other or re.search(r"['‘“\"]", blanked):
            return None  # "He met her …": who is she?
        words = "".join(ch for ch, b in zip(text, blanked, strict=True) if ch != b)
    if {w.lower() for w in re.findall(r"[A-Za-z]+", words)} & THIRD_WORDS:
        return None
    found = person_behind(c.index, pronoun, analysis, doc=c.span.doc)
    if found is None:
        return None
    e, j = found
    name = name_of(e, "", analysis.sentences[j].text)
    if len(name.split()) == 1 and name != surname(e.name) and e.mentions:
        name, j = e.name, int(e.mentions[0][1:]) - 1  # "Ryan" of "His brother Ryan": the name in full
    if m.re is _CLOSING_SPEAKER:
        named = text[: m.start(1)] + name + text[m.end(1):]
    else:
        possessive = m.group(2).lower() in {"his", "her"}
        named = m.group(1) + (name + ("’s" if "’" in text else "'s") if possessive else name) + text[m.end():]
    r = standalone(named, c.index, c.id, analysis, own_words=True)
    if r is None:
        return None
    return Resolved(r.text, sorted_ids([*r.cites, analysis.sentences[j].id]))


_OWN_OPENER = re.compile(r"^(['‘\"“])(I|My)\b")


def _own_words(text: str, c: Candidate, analysis: Analysis) -> Resolved | None:
    """A quotation in the first person closed on its speaker's name ("'I am so proud,' said
    Michael Scudamore."): its "I"/"My" is the named speaker's own, so it stands alone when
    nothing else in it points back (read with the opening word set aside). Not "We"/"Our":
    which "we" — the firm, the team, the family — the answer may not say."""
    m = _OWN_OPENER.match(text)
    if m is None or not c.facts.attribution:
        return None
    said = c.facts.attribution
    people = [e for e in analysis.entities if e.kind == "PERSON" and c.id in e.mentions
              and any(re.search(rf"\b{re.escape(f)}$", said) for f in speaker_forms(e))]
    if len(people) != 1 or not re.search(
            rf"[’'\"”],? +(?:(?:said|says|added|adds|explained|told \w+(?: \w+)?|insisted|admitted|continued) )?"
            rf"{re.escape(said)}\b", text):
        return None  # the words' speaker, named after them
    probe = standalone(m.group(1) + "Quote" + text[m.end():], c.index, c.id, analysis)
    if probe is None or not probe.text.startswith(m.group(1) + "Quote"):
        return None
    return Resolved(m.group(0) + probe.text[len(m.group(1) + "Quote"):], probe.cites)


_DANGLING_MARK = re.compile(r"\s(['‘\"“])$")


def opening_mark(c: Candidate, analysis: Analysis) -> str | None:
    """The quotation mark that opens this sentence's quotation when the story's splitter
    left it at the end of the sentence before ("… an 'unlikable character'. '" + "I don't
    think we're all so likable,' she explained. '"): a whole quotation with its speaker,
    once the mark is put back. Only where the sentence before is whole without the mark,
    this one does not open on a mark of its own, and closes the quotation on its speaker."""
    if c.index == 0 or not c.facts.attribution:
        return None
    prev = analysis.sentences[c.index - 1]
    before = prev.text.rstrip()
    m = _DANGLING_MARK.search(before)
    raw = c.sentence.text.strip()
    doc = c.span.doc.text
    gap = doc[prev.end : c.sentence.start] if doc[prev.start : prev.end] == prev.text and \
        doc[c.sentence.start : c.sentence.end] == c.sentence.text else ""
    if m is not None:
        mark, before = m.group(1), before[: m.start()]
    elif re.fullmatch(r"\s*['‘\"“]\s*", gap):
        mark = gap.strip()  # (left between the two sentences)
    else:
        return None
    if not raw[:1].isupper() or not balanced(before):
        return None
    body = _DANGLING_MARK.sub("", raw)
    if not re.search(r"[\w.,!?][’'\"”],? +(?:[A-Z]|he |she |said |says |added |told )", body):
        return None
    return mark if balanced(mark + body) else None


_CONNECTIVE = re.compile(r"^(?:(?:for (?:example|instance)|however|meanwhile|moreover|furthermore|in addition|"
                         r"additionally|instead|nevertheless|nonetheless|even so|likewise|similarly|"
                         r"in contrast|by contrast|as a result|otherwise|still|then|yet|also|too|besides|afterwards)\b|"
                         r"(?:soon|shortly|not long) after(?:wards)?,|later,|"
                         r"in the (?:first|second|third|latest|other|same)(?: \w+)?,)", re.I)
_BARE_ROLE = re.compile(r"\bthe (man|woman|boy|girl)\b(?! (?:who|whom|whose|from|in|at|"
                        r"of|with|named|known|accused|charged|arrested|found|involved)\b)(?!,)")
_QUOTED = re.compile(r"(['‘\"“]).*?(?:['’\"”](?=\W|$)|$)")


_PLURAL_OF = {"man": "men", "woman": "women", "boy": "boys", "girl": "girls"}


def _two_of(noun: str, c: Candidate) -> bool:
    """Whether the story before the sentence meets two or more of ``noun`` ("two Australian
    men", "a 25-year-old man … a 28-year-old man"): "the man" cannot say which."""
    earlier = c.span.doc.text[: c.span.start_char].lower()
    if re.search(rf"\b{_PLURAL_OF[noun]}\b", earlier):
        return True
    return len(re.findall(rf"\b(?:a|an|another|one)\b(?:\W+[\w-]+){{0,3}}?\W+{noun}\b", earlier)) >= 2


def _unlean(text: str) -> str:
    """An answer's own words that point back at the line before it, outside a quotation:
    "Duncan Smith added: '…'" reads "said" (the FAQ has no line before it), and an "also"
    of the speaker's or the story's ("should also come clean") goes."""
    parts: list[str] = []
    last = 0
    for m in _QUOTED.finditer(text):
        if m.start() > 0 and text[m.start() - 1].isalnum():
            continue  # (an apostrophe inside a word)
        parts.append(_unlean_plain(text[last : m.start()]))
        parts.append(m.group(0))
        last = m.end()
    parts.append(_unlean_plain(text[last:]))
    return "".join(parts)


def _unlean_plain(text: str) -> str:
    text = re.sub(r"(?<=[A-Za-z] )added(?=[:.,]| that\b)", "said", text)
    text = re.sub(r"(?<=[A-Za-z] )adds(?=[:.,]| that\b)", "says", text)
    return re.sub(r"(?<!\bbut)(?<!\bnot only) also\b(?! known\b)", "", text)


def _answer(c: Candidate, analysis: Analysis) -> tuple[str, tuple[str, ...]] | None:
    """The sentence as an answer that stands alone, with its cites; None when it cannot. A
    quotation whose opening mark the splitter left on the sentence before has it back
    (:func:`opening_mark`), unless its words speak of a "he"/"she" the reader cannot place."""
    mark = opening_mark(c, analysis)
    if c.roles.has("debris") or (c.facts.is_quote and not c.facts.attribution) or (
            c.roles.primary == "quote" and mark is None):
        return None
    raw = c.sentence.text.strip()
    if mark is not None:
        raw = mark + _DANGLING_MARK.sub("", raw)
        words = re.split(r"[’'\"”],? +(?:[A-Z]|he |she |said |says |added |told )", raw, maxsplit=1)[0]
        if {w.lower() for w in re.findall(r"[A-Za-z]+", words)} & THIRD_WORDS:
            return None  # "'He is not coming to this house,' Cheryl Silvonek texted …": who is he?
    if not raw or raw[0].islower() or raw.rstrip(" '’\"”").endswith(":") or _SPEECH_ONLY.match(raw) or run_on(c.span):
        return None
    if raw[0] in "'‘\"“" and not balanced(raw):
        return None  # opened in an earlier sentence: never start mid-quote
    if re.match(r"^['‘\"“](?:He|She|His|Her|Him)\b", raw):
        return None  # "‘He was being pushed …,’ Mr Peters revealed": the speaker's "he" is someone else, never named in
    text = compress(c.span, max_words=50, keep_frame=True)
    if mark is not None:
        text = mark + _DANGLING_MARK.sub("", text.strip())
    text = annotate_dates(text, c.id, analysis)
    r = standalone(text, c.index, c.id, analysis)
    if r is None and _DATE_OPENER.match(text):
        # "This year, Canadians plan …": a date in the story's own voice, not a reference back.
        head, rest = text.split(" ", 2)[:2], text.split(" ", 2)[2]
        tail = standalone(rest[:1].upper() + rest[1:], c.index, c.id, analysis)
        r = None if tail is None else Resolved(" ".join(head) + " " + rest, tail.cites)
    if r is None:
        r = _own_words(text, c, analysis)
    if r is None:
        r = _named_in(text, c, analysis)
    if r is None:
        return None
    out = _close_quote(finish(r.text))
    if len(out.split()) > MAX_ANSWER_WORDS or len(out.split()) < 5 or not balanced(out):
        return None
    if out.lower().startswith(("and ", "but ", "so ", "or ")) or _CONNECTIVE.match(out):
        return None  # "For example, the pesticide is injected …": it leans on the sentence before
    if c.index > 0 and (m := _BARE_ROLE.search(out)) is not None and _two_of(m.group(1), c):
        return None  # "… believes the man suffered from depression" of a story about two men: which man?
    out = _unlean(out)
    if not re.match(r"(?:[A-Z0-9£$€]|['‘\"“][A-Z0-9])", out) or "[sic]" in out.lower():
        return None  # "[sic]' Transfield Services spokesman …": debris the sentence split left at its head
    return out, r.cites


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------


def _ent(tok: Token) -> Span | None:
    for e in tok.doc.ents:
        if e.start <= tok.i < e.end:
            return e
    return None


def _name(tok: Token, labels: Collection[str] = frozenset({"PERSON", "ORG"})) -> str | None:
    """The proper name a subject token heads ("Alan Murphy", "the Home Office"), or None."""
    if tok.pos_ != "PROPN":
        return None
    e = _ent(tok)
    if e is None or e.label_ not in labels:
        return None
    if not any(t.i == tok.i for t in e) or e.end - 1 != tok.i:
        return None  # the name must end at the head: "Blues legend B.B. King", not "King's daughter"
    text = e.text.strip()
    doc = tok.doc
    start = e.start
    while (e.label_ == "PERSON" and start > 0 and doc[start - 1].ent_type_ in {"PERSON", ""}
           and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i):
        start -= 1  # one name the tagger split in two: "Christopher Arthur | Neville Kent" is one man
    while start < e.start and doc[start].ent_type_ != "PERSON":
        start += 1  # (but no untagged capital at its head: "Cleaner Rosa …")
    if start < e.start:
        text = doc[start:e.end].text.strip()
    if text.lower().endswith(("'s", "’s")):
        return None
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    if det is not None and e.label_ == "PERSON":
        return None  # "the Frenchman": a description, not a name
    if det is not None and det.lower_ == "the" and e.label_ != "PERSON" and not text.lower().startswith("the "):
        text = "the " + text
    text = re.sub(r"^The ", "the ", text)
    title = tok.doc[e.start - 1] if e.start > 0 else None
    if title is not None and title.lower_ in _TITLES and title.head.i == tok.i:
        text = f"{title.text} {text}"
    if not re.search(r"[A-Za-z]", text) or len(text.split()) > 6:
        return None
    return text


def _who(tok: Token, c: Candidate, analysis: Analysis) -> tuple[str, tuple[str, ...]] | None:
    """The name a subject stands for: its own, or an opening he/she's one clear antecedent."""
    if any(ch.dep_ == "conj" for ch in tok.children):
        return None  # "Spain and Portugal": a question about one member drops the other
    name = _name(tok)
    if name:
        return name, ()
    if tok.pos_ == "PROPN" and not any(ch.dep_ == "det" for ch in tok.children):
        # The tagger missed the name ("Modi", "Air Marshal Singh"), the story's people list did not.
        known = any(e.kind == "PERSON" and (e.name.split()[-1] == tok.text or tok.text in e.aliases)
                    for e in analysis.entities)
        words = [t for t in tok.children if t.dep_ == "compound" and t.i < tok.i and t.pos_ == "PROPN"] + [tok]
        if known and words[0].i == tok.left_edge.i and len(words) <= 4:
            return _words(sorted(words, key=lambda t: t.i)), ()
    if tok.pos_ in {"NOUN", "PROPN"} and not tok.ent_type_:
        # "The Federal Minister for the Environment, David Kemp, says …": the role's own name, set beside it.
        appos = [ch for ch in tok.children if ch.dep_ == "appos" and ch.i > tok.i]
        named = _name(appos[0], {"PERSON"}) if len(appos) == 1 and tok.tag_ not in {"NNS", "NNPS"} and not any(
            ch.dep_ == "conj" for ch in appos[0].children) else None  # "spokesman, Tom Kerr, and his deputy, …"
        if named and tok.doc[appos[0].left_edge.i - 1].text == "," and len(named.split()) >= 2:
            return named, ()
    if tok.lower_ in {"he", "she"} and tok.i == c.span.start:
        e = antecedent(c.index, tok.lower_, analysis)
        if e is None and (behind := person_behind(c.index, tok.lower_, analysis, doc=c.span.doc)) is not None:
            e = behind[0]  # (the answer names them the same way: see :func:`_named_in`)
        if e is not None and len(e.name.split()) <= 4:
            first = e.mentions[0] if int(e.mentions[0][1:]) - 1 < c.index else c.id
            return e.name, (first,)
    return None


# ---------------------------------------------------------------------------
# Question generators: each reads one candidate and yields questions about it
# ---------------------------------------------------------------------------


def _aux_of(root: Token) -> list[Token]:
    return [c for c in root.children if c.dep_ in {"aux", "auxpass"} and c.i < root.i]


def _auxw(aux: Token) -> str:
    """An auxiliary as a question writes it: "'s" → "is"/"has", "'re" → "are"."""
    word = aux.lower_.replace("’", "'")
    if word == "'s":
        perfect = aux.head.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in aux.head.children)
        return "has" if perfect or any(c.lower_ == "been" for c in aux.head.children) else "is"
    return {"'re": "are", "'ve": "have", "'ll": "will", "wo": "will", "ca": "can"}.get(word, word)


def _passive_question(wh: str, root: Token, who: str, tail: str) -> str | None:
    """ "What was X charged with", "What has X been accused of", "Why was X arrested"."""
    aux = _aux_of(root)
    if not aux:
        return None
    first, rest = aux[0], [_auxw(a) for a in aux[1:]]
    return " ".join([wh, _auxw(first), who, *rest, root.lower_, tail]).strip()


_DO = {"VBD": "did", "VBZ": "does", "VBP": "do"}


def _do_question(wh: str, root: Token, who: str, tail: str = "") -> str | None:
    aux = _aux_of(root)
    if aux:
        first, rest = aux[0], [_auxw(a) for a in aux[1:]]
        return " ".join([wh, _auxw(first), who, *rest, root.lower_, tail]).strip()
    do = _DO.get(root.tag_)
    if do is None:
        return None
    return " ".join([wh, do, who, root.lemma_.lower(), tail]).strip()


def _has_duration(tok: Token) -> bool:
    text = " ".join(t.text for t in tok.subtree)
    return bool(_DURATION.search(text))


def _reason(prep: Token) -> bool:
    """ "for dehydration", "over his comments", "for failing to act": a cause, not a duration,
    date, person or beneficiary."""
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if pobj is None and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in prep.children) and not _has_duration(prep):
        return True  # "blamed the authorities for failing to stop her", "jailed for stealing"
    if pobj is None or pobj.pos_ != "NOUN" or pobj.ent_type_ or _has_duration(prep):
        return False
    if prep.head.lemma_.lower() in {"know", "remember", "note", "recognise", "recognize"}:
        return False  # "best known for his love songs" gives no reason
    return not any(t.ent_type_ in {"DATE", "TIME", "PERSON", "MONEY", "CARDINAL"} for t in prep.subtree)


_PENALTIES = frozenset({"sentence", "term", "ban", "fine", "suspension", "penalty", "order"})


def _accused(c: Candidate, root: Token, analysis: Analysis) -> list[tuple[str, str, tuple[str, ...]]]:
    """What the person at the centre is accused of, charged with, faces, admitted."""
    out: list[tuple[str, str, tuple[str, ...]]] = []
    subj = _subject(root)
    if subj is None:
        return out
    found = _who(subj, c, analysis)
    if found is None:
        return out
    who, extra = found
    lemma = root.lemma_.lower()
    preps = {p.lower_: p for p in root.children if p.dep_ in {"prep", "agent"}}
    if subj.dep_ == "nsubjpass":
        if any(a.lower_ in {"were", "are", "have"} for a in _aux_of(root)):
            return out  # "X, Y and Z were each given …": one name would drop the others
        if lemma == "accuse" and "of" in preps:
            q = _passive_question("What", root, who, "of")
        elif lemma == "charge" and "with" in preps:
            q = _passive_question("What", root, who, "with")
        elif lemma in {"convict", "suspect"} and "of" in preps:
            q = _passive_question("What", root, who, "of")
        elif lemma in {"give", "hand"} and any(g.dep_ == "dobj" and g.lemma_.lower() in _PENALTIES for g in root.children):
            # "Dean Marsh was given a four-year suspended sentence" → "What sentence was Dean Marsh given?"
            penalty = next(g for g in root.children if g.dep_ == "dobj" and g.lemma_.lower() in _PENALTIES)
            q = _passive_question(f"What {penalty.lemma_.lower()}", root, who, "")
        elif lemma in {"jail", "imprison", "sentence", "ban", "suspend"} and any(
            p in preps and _has_duration(preps[p]) for p in ("for", "to")
        ):
            q = _passive_question("How long", root, who, "for")
        elif (lemma in {"arrest", "detain", "sack", "fire", "suspend", "ban"} and ({"for", "on", "over"} & set(preps))) or any(
            p in preps and _reason(preps[p]) for p in ("for", "over")
        ):
            q = _passive_question("Why", root, who, "")
        else:
            q = None
        if q:
            out.append(("accused", q, extra))
        return out
    obj = next((g for g in root.children if g.dep_ == "dobj"), None)
    if lemma == "face" and obj is not None and obj.lemma_.lower() in {
        "charge", "count", "trial", "jail", "prison", "sentence", "ban", "fine", "allegation", "investigation",
        "inquiry", "prosecution", "deportation", "extradition",
    }:
        q = _do_question("What", root, who)
        if q:
            out.append(("accused", q, extra))
    elif lemma == "plead" and any(t.lower_ == "guilty" for t in root.children) and ("to" in preps or any(
            p.lower_ == "to" and p.dep_ == "prep" for t in root.children if t.lower_ == "guilty" for p in t.children)):
        # ("pleaded guilty to …": the parse hangs "to" on the verb or on "guilty")
        if not any(t.dep_ == "neg" or t.lower_ in {"not", "n't", "never"} for t in root.subtree):
            q = _do_question("What", root, who, "guilty to")
            if q:
                out.append(("accused", q, extra))
    elif lemma == "admit" and obj is not None and c.facts.tense == "past" and not _aux_of(root):
        out.append(("accused", f"What did {who} admit", extra))
    elif (any(t.lower_ == "allegedly" and t.head.i == root.i for t in root.children)
          and c.facts.tense == "past" and not _aux_of(root)):
        out.append(("accused", f"What is {who} accused of", extra))
    return out


def _mentions(name: str, analysis: Analysis) -> int:
    """How many sentences mention the person or thing ``name`` names (by any of its forms)."""
    last = name.split()[-1]
    for e in analysis.entities:
        if e.name == name or name in e.aliases or (e.kind == "PERSON" and e.name.split()[-1] == last):
            return len(e.mentions)
    return sum(1 for s in analysis.sentences if last in s.text)


def _identity(c: Candidate, analysis: Analysis, central: Collection[str]) -> list[tuple[str, str, tuple[str, ...]]]:
    """ "Who is X?" answered by a sentence that says who X is: "Brett Dempsey is the first
    person to be prosecuted under …" (a role in apposition or before the name is
    :func:`_who_is`'s, answered by that role alone)."""
    out: list[tuple[str, str, tuple[str, ...]]] = []
    root = c.span.root
    subj = _subject(root)
    attr = next((g for g in root.children if g.dep_ == "attr"), None)
    if (root.lemma_ == "be" and subj is not None and attr is not None and attr.pos_ == "NOUN" and c.facts.tense != "future"
            and not c.facts.is_quote and len(c.span) <= 40 and not run_on(c.span)):
        name = _name(subj, {"PERSON"})
        if (subj.pos_ in {"PROPN", "NOUN"} and subj.text[:1].isupper() and not name
                and not any(ch.dep_ in {"det", "compound", "amod", "poss"} for ch in subj.children)):
            name = subj.text  # the tagger missed the surname; the story's people list did not
        if name and len(name.split()) < 2:
            # "Dempsey is the first person …": the story's full name for them.
            name = next((e.name for e in analysis.entities if e.kind == "PERSON" and len(e.name.split()) >= 2
                         and e.name.split()[-1] == name and int(e.mentions[0][1:]) <= c.index + 1), None)
        det = next((d for d in attr.children if d.dep_ == "det"), None)
        # "a France international", or "the first person to be prosecuted under …": a
        # definite description only with what makes it one.
        defining = det is not None and (det.lower_ in {"a", "an"} or (
            det.lower_ == "the" and root.lower_ == "is"
            and any(ch.dep_ in {"amod", "acl", "relcl", "prep", "compound"} for ch in attr.children)))
        mentions = sum(1 for s in analysis.sentences if name and name.split()[-1] in s.text)
        # Only of a person the story is about, and from the lead or with what makes the
        # description theirs in the news ("the first person to be prosecuted under …"): "Who is
        # Lisa McElroy?" answered "…, is apparently a mother." was struck as trivia.
        news_role = c.index <= 2 or any(ch.dep_ in {"acl", "relcl", "prep"} for ch in attr.children)
        if (name and len(name.split()) >= 2 and defining and name in central and news_role
                and mentions >= 1 and not c.roles.has("quote")):
            out.append(("identity", f"Who is {name}", ()))
    return out


# ---------------------------------------------------------------------------
# Who is X? answered by what identifies them
# ---------------------------------------------------------------------------

_RANKS = frozenset({"justice", "judge", "senator", "professor", "prof", "general", "colonel", "brigadier", "major",
                    "lieutenant", "sergeant", "constable", "reverend", "father", "bishop", "archbishop", "sheikh",
                    "rabbi", "imam", "ayatollah", "commodore", "admiral"})
_DEATH = frozenset({"die", "kill", "murder", "shoot", "stab", "execute", "behead", "drown", "hang"})


# Adjectives that belong to a role ("former president", "acting managing director").
_ROLE_ADJ = frozenset({"former", "acting", "deputy", "chief", "senior", "new", "interim", "federal", "national", "state",
                       "foreign", "royal", "exiled", "shadow", "veteran", "retired", "junior", "assistant", "special",
                       "general", "vice", "executive", "managing", "outgoing", "incoming", "provincial", "regional",
                       "local", "international", "principal", "legal", "medical", "military", "political", "financial",
                       "economic", "independent", "elected", "parliamentary", "late", "world", "head", "top", "leading",
                       "fast", "opening", "star", "young"})


def _indefinite(text: str) -> str:
    """ "a" or "an" before ``text`` by how it sounds ("an SES spokeswoman", "a union official")."""
    first = text.split()[0]
    if first.isupper() and 1 < len(first) <= 3:
        return "an" if first[0] in "AEFHILMNORSX" else "a"  # spelt out: "an SES spokeswoman"
    return "an" if re.match(r"^(?:[aeio]|u(?!ni|s[eu]))", first, re.I) else "a"




def _personal(noun: Token) -> bool:
    """A noun that names a person's role or kind ("coach", "spinner", "spokeswoman"), not
    a thing the parse hung a name on ("the capital, Buenos Aires")."""
    lemma = noun.lemma_.lower()
    if lemma in ONE_OF | ROLE_NOUNS | PEOPLE_NOUNS:
        return True
    return noun.pos_ in {"NOUN", "PROPN"} and len(lemma) > 4 and lemma.endswith(PERSON_ENDINGS)


def _role_words(tokens: list[Token], *, prenominal: bool = False) -> str | None:
    """A role phrase as it reads after "X is": a capital only on a name, an article when it has none."""
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    if not tokens or len(tokens) > 16 or any(t.lower_ in _PRONOUNS and t.lower_ not in {"its", "their"} for t in tokens):
        return None
    if any(t.is_quote or t.text in {"(", ")", "[", "]", "-", "–", "—"} for t in tokens):
        return None
    if any(t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.dep_ in {"appos", "conj"}
                                         and t.ent_type_ not in {"GPE", "LOC", "FAC"}) for t in tokens):
        return None  # "Philip Ruddock, the Foreign Minister, Alexander Downer, and …": a list, not his role
    nxt = tokens[-1].nbor(1) if tokens[-1].i + 1 < len(tokens[-1].doc) else None
    if nxt is not None and nxt.text in {"-", "–", "/"}:
        return None  # "vice-president": the parse took half a word
    if prenominal and any(t.lower_ in {"a", "an"} or (t.pos_ == "ADJ" and not t.ent_type_ and t.lower_ not in _ROLE_ADJ
                                                      and not (t.text[:1].isupper() and (t.i != t.sent.start or is_name(t))))
                          for t in tokens):
        return None  # "a resolute President", "fellow spinner": a judgment or a relation, not a title
    # Before a name the role is the last word ("SG Australia chief economist"); in apposition, the phrase's head.
    head = tokens[-1] if prenominal else next((t for t in tokens if t.head.i not in {x.i for x in tokens}), tokens[-1])
    one_of = head.lower_ == "one" and any(p.dep_ == "prep" and p.lower_ == "of" for p in head.children)
    if (head.like_num or head.ent_type_ in {"DATE", "CARDINAL", "GPE", "LOC", "TIME", "QUANTITY"}) and not one_of:
        return None  # "Gomis, 29,": an age; "Brett Dempsey, of Ravenshoe": a place
    if head.pos_ not in {"NOUN", "PROPN", "NUM", "PRON"} and head.lower_ != "one":
        return None
    if head.pos_ == "PROPN" and head.lemma_.lower() not in ONE_OF | ROLE_NOUNS:
        return None  # another name, not a role: "Mr Giuliani, Rudy"
    if head.tag_ in {"NNS", "NNPS"}:
        return None  # "Ahmed and Ali, brothers from …": a pair, not one person
    kind = head
    if head.lower_ == "one":
        # "one of yachting's most successful sailors"
        kind = next((g for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"), head)
    if not _personal(kind) or (kind is head and head.lower_ == "one"):
        return None  # "the capital, Buenos Aires", "each": no role
    whose = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in kind.children)
    if kind.lemma_.lower() in RELATIONS and not whose:
        return None  # "Ashton Kutcher is a partner": whose?
    if prenominal and any((t.pos_ == "VERB" and t.lower_ not in _ROLE_ADJ) or t.like_num for t in tokens):
        return None  # "murdered Australian baseball player": an event, not a role
    first = tokens[0]
    text = _words(tokens)
    # A capital that only opens the sentence goes ("Former champion" → "former champion");
    # one the story writes elsewhere stays ("Socceroos coach").
    second = tokens[1] if len(tokens) > 1 else None
    # "World champion Matt Welsh …", "Leg spinner …": a capital the tagger read as a name
    # that the story writes nowhere else, before a lower-case word.
    opener_only = (first.pos_ == "PROPN" and not first.ent_type_ and second is not None
                   and second.text[:1].islower() and not any(t.text == first.text and t.i != first.i for t in first.doc))
    lower = first.i == first.sent.start and not first.ent_type_ and (
        first.dep_ == "det" or not is_name(first) or opener_only) and (
        opener_only or first.dep_ == "det" or first.is_stop or any(t.text == first.lower_ for t in first.doc)
        or first.lemma_.lower() in ONE_OF | ROLE_NOUNS
        or (first.pos_ in {"ADJ", "ADV", "NOUN"} and first.tag_ not in {"NNS", "NNPS"}
            and second is not None and second.text[:1].islower()))
    if lower or (first.dep_ == "det" and first.lower_ == "the"):
        text = text[:1].lower() + text[1:]
    if first.dep_ in {"det", "poss"} or first.lower_ in {"one", "the", "a", "an"} or any(t.tag_ == "POS" for t in tokens):
        return text
    if len(tokens) == 1 and head.lemma_.lower() in ONE_OF:
        return None  # "Administrator Mark Mentha": the administrator of what?
    if head.lemma_.lower() in ONE_OF and not any(t.pos_ == "PROPN" or t.ent_type_ or t.text[:1].isupper()
                                                  for t in tokens if t.i != head.i and not (t.i == first.i and lower)):
        return None  # "a new chairman": of what?
    unique = (head.lemma_.lower() in ONE_OF or (head.text[:1].isupper() and head.pos_ == "PROPN")
              or any(t.lower_ in {"chief", "head"} for t in tokens if t.i != head.i))
    named = any(t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "GPE", "NORP"} or (t.text[:1].isupper() and not (t.i == first.i and lower))
                for t in tokens if t.i != head.i)
    return f"the {text}" if unique and named else f"{_indefinite(text)} {text}"


def identity_answer(tok: Token, name: str) -> str | None:
    """ "Ken Batt is one of yachting's most successful sailors.": what the sentence calls
    a person besides their name, as a sentence — an appositive of the name, the noun the
    name stands in apposition to ("The former chief weapons inspector …, Richard Butler,"),
    or the role before it ("Socceroos coach Frank Farina" → "the Socceroos coach"); None
    when it gives none (an age, a place, a bare "Administrator")."""
    e = _ent(tok)
    if e is None:
        return None
    role: str | None = None
    appos = [a for a in tok.children if a.dep_ == "appos" and a.i > tok.i]
    if appos:
        role = _role_words(sorted(appos[0].subtree, key=lambda t: t.i))
    head = tok.head
    # "The former chief weapons inspector for the United Nations in Iraq, Richard Butler":
    # a name the parse hung on the nearest place is in apposition to the role before it.
    while tok.dep_ == "appos" and head.dep_ == "pobj" and head.ent_type_ and head.head.dep_ == "prep" and head.i < tok.i:
        head = head.head.head
    if role is None and tok.dep_ == "appos" and head.pos_ == "NOUN" and not head.ent_type_ and head.i < tok.i:
        skip = {t.i for t in tok.subtree} | {t.i for c in head.children if c.dep_ in {"relcl", "acl", "appos"}
                                               for t in c.subtree}
        role = _role_words([t for t in sorted(head.subtree, key=lambda t: t.i) if t.i not in skip])
    if role is None:
        before = [t for t in tok.subtree if t.i < e.start]
        if before and before[-1].i == e.start - 1 and not any(t.dep_ in {"prep", "relcl", "acl", "appos"} for t in before):
            while before and (before[-1].lower_ in _TITLES or before[-1].lower_ in _RANKS):
                before = before[:-1]  # "Royal commissioner Justice Neville Owen"
            last = before[-1] if before else None
            if last is not None and (not last.ent_type_ or (last.ent_type_ != "PERSON" and last.text.islower())) and (
                    last.pos_ == "NOUN" or last.lemma_.lower() in ONE_OF | ROLE_NOUNS):
                role = _role_words(before, prenominal=True)
    if role is None:
        return None
    died = tok.head.lemma_.lower() in _DEATH and tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.tag_ in {"VBD", "VBN"}
    verb = "was" if died or role.startswith("the late ") else "is"
    out = f"{name} {verb} {role}."
    return out if 4 <= len(out.split()) <= 24 else None


_OWNED_WORDS = re.compile(r"\b(claim\w*|accus\w*|alleg\w*|den(?:y|ies|ied)|reportedly|according to|insist\w*|"
                          r"suspect\w*)\b", re.I)


def _who_is(c: Candidate, analysis: Analysis, central: Collection[str]) -> list[tuple[str, str, str]]:
    """ "Who is Ken Batt?" answered by what identifies him, for a person the story is about
    or comes back to: (kind, question, answer)."""
    out: list[tuple[str, str, str]] = []
    if c.roles.has("debris") or c.roles.primary == "quote" or c.index > 12 or run_on(c.span):
        return out  # (a caption run into the text: "until 1998 Iconic Arsenal striker Thierry Henry")
    if _OWNED_WORDS.search(c.sentence.text):
        return out  # a sentence that carries a claim: the role alone would read as dropping its owner
    for tok in c.span:
        if tok.ent_type_ != "PERSON" or tok.dep_ not in {"nsubj", "nsubjpass", "appos", "pobj", "dobj"}:
            continue
        name = _name(tok, {"PERSON"})
        if name is None or len([w for w in name.split() if w.lower() not in _TITLES]) < 2:
            continue
        e0 = _ent(tok)
        if e0 is None or e0[0].lower_ in {"der", "die", "das", "le", "la", "el", "al", "the"}:
            continue
        if any(t.dep_ == "poss" for t in tok.subtree if t.i < tok.i):
            continue  # "her beau Tiger Woods": a relation, not who they are
        if name not in central or c.index > 2:
            # Only the person the story is about, by the role the lead gives them in the news
            # ("Who is Isaac Garza?" — "a senior student", "Who is Robert Olivier?" — "the
            # company's director" were struck as trivia).
            continue
        last = name.split()[-1]
        if not any(e.kind == "PERSON" and (e.name.split()[-1] == last or name in e.aliases) for e in analysis.entities):
            continue  # "Buenos Aires": a place the tagger took for a person
        answer = identity_answer(tok, name)
        if answer is not None:
            out.append(("identity" if name in central else "whois", f"Who is {name}", answer))
    pair = _who_are(c, analysis, central)
    if pair is not None:
        out.append(pair)  # after the one person the same sentence introduces, who comes first
    return out


def _who_are(c: Candidate, analysis: Analysis, central: Collection[str]) -> tuple[str, str, str] | None:
    """Two people the sentence names together under one plural role: "Businessmen Jane
    Hobart and Peter Alcott have …" → "Who are Jane Hobart and Peter Alcott?", answered
    "Jane Hobart and Peter Alcott are businessmen." (one role for both, so one question)."""
    for tok in c.span:
        if tok.ent_type_ != "PERSON" or tok.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        conj = [t for t in tok.children if t.dep_ == "conj"]
        if len(conj) != 1 or conj[0].ent_type_ != "PERSON" or any(t.dep_ == "conj" for t in conj[0].children) or not any(
                t.dep_ == "cc" and t.lower_ == "and" for t in tok.children):
            return None
        first, second = _ent(tok), _ent(conj[0])
        if first is None or second is None:
            return None
        names = [first.text, second.text]
        if any(len(n.split()) < 2 or any(w.lower() in _TITLES for w in n.split()) for n in names):
            return None
        if not any(n in central for n in names) or c.index > 2:
            return None
        before = [t for t in tok.subtree if t.i < first.start]
        if not before or before[-1].i != first.start - 1 or len(before) > 4:
            return None
        role = before[-1]
        if role.tag_ != "NNS" or not _personal(role) or any(
                t.ent_type_ == "PERSON" or t.pos_ not in {"ADJ", "NOUN", "PROPN"} or t.like_num for t in before):
            return None
        words = [t.text for t in before]
        if before[0].i == before[0].sent.start and not before[0].ent_type_ and before[0].pos_ != "PROPN":
            words[0] = words[0].lower()
        both = f"{names[0]} and {names[1]}"
        kind = "identity" if any(n in central for n in names) else "whois"
        return kind, f"Who are {both}", f"{both} are {' '.join(words)}."
    return None


# Bodies that speak or find as a whole: "What did police say?", "What did the study find?".
_BODIES = frozenset(
    {"police", "official", "prosecutor", "investigator", "researcher", "scientist", "report", "study", "panel",
     "court", "jury", "survey", "company", "firm", "club", "government", "ministry", "council", "statement",
     "expert", "authority", "doctor", "witness", "family", "coroner", "review", "analysis", "data", "figure",
     "poll", "research", "department", "agency", "office", "committee", "inquiry", "spokesman", "spokeswoman",
     "spokesperson", "organisation", "organization", "charity", "union", "board", "force", "service"}
)
_KEEP_VERB = frozenset({"claim", "insist", "warn", "admit", "reveal", "explain", "argue", "suggest", "confirm", "allege", "believe",
                        "find", "show", "conclude", "estimate", "announce", "predict"})
_FINDING = frozenset({"find", "show", "conclude", "estimate", "predict", "suggest", "reveal", "warn"})


# Documents and images that say or show something: "What does the memo say?", "What does the video show?".
_DOCUMENTS = frozenset(
    {"memo", "document", "letter", "email", "video", "footage", "graph", "map", "chart", "photo", "image",
     "picture", "post", "tweet", "message", "book", "paper", "article", "website", "note", "complaint", "lawsuit",
     "filing", "ruling", "verdict", "warrant", "bill", "law", "manifesto", "clip", "recording", "film", "documentary",
     "briefing", "dossier", "affidavit", "indictment", "suit", "petition", "infographic", "list", "index"}
)


def _document(subj: Token) -> str | None:
    """ "The barbaric footage, released earlier today," → "the footage"; "A new Facebook
    graph" → "the Facebook graph": a document by its name, as a reader refers back to it."""
    if subj.lemma_.lower() not in _DOCUMENTS or subj.pos_ != "NOUN" or subj.tag_ != "NN":
        return None
    det = next((d for d in subj.children if d.dep_ in {"det", "poss"}), None)
    if det is not None and det.lower_ not in {"the", "a", "an", "this", "new"} and det.dep_ == "det":
        return None  # "each video", "no letter"
    if det is not None and det.dep_ == "poss" and (det.lower_ in _PRONOUNS or not _name(det, _NAME_LABELS)):
        return None
    comp = [t for t in subj.children if t.dep_ == "compound" and t.i == subj.i - 1 and t.pos_ in {"NOUN", "PROPN"}]
    words = [_words(comp)] if comp else []
    if det is not None and det.dep_ == "poss":
        return " ".join([_words(list(det.subtree)), *words, subj.lower_])
    if comp and comp[0].pos_ == "NOUN" and not comp[0].text[:1].isupper():
        words = [comp[0].lower_]
    return " ".join(["the", *words, subj.lower_])


def _speaker(subj: Token, c: Candidate, analysis: Analysis, *, bodies: bool) -> tuple[str, tuple[str, ...]] | None:
    """Who speaks: a name, an opening he/she's antecedent, or a body ("the panel", "police")."""
    found = _who(subj, c, analysis)
    if found is not None or not bodies:
        return found
    doc = _document(subj)
    if doc is not None:
        return doc, ()
    if subj.i == c.span.start and not subj.ent_type_ and not any(t.ent_type_ for t in _np_tokens(subj)):
        # "Research carried out by …", "Scans revealed …": a capital only because it opens the sentence.
        tokens = _np_tokens(subj)
        if len(tokens) == 1 and subj.text[:1].isupper() and subj.lemma_.lower() in _BODIES | {"scan", "test", "result"}:
            return subj.lower_, ()
    tokens = _np_tokens(subj)
    if not 1 <= len(tokens) <= 5 or any(t.lower_ in _PRONOUNS for t in tokens):
        return None
    if subj.lemma_.lower() not in _BODIES or any(t.like_num for t in tokens):
        return None
    if tokens[0].lower_ in {"a", "an", "one", "another", "some", "many"}:
        return None  # "a spokesman": which one?
    return np_text(subj), ()


def _for_body(subj: Token, who: str) -> str:
    """A person who speaks for a body the story names ("Westpac's David Lording", "the
    union's Geoff Derrick") is asked about by the body: "What does Westpac say about today's
    action?", whose answer then names the speaker too, where "What does David Lording say
    …?" held the answer's own words."""
    poss = next((t for t in subj.children if t.dep_ == "poss"), None)
    if subj.ent_type_ != "PERSON" and subj.lemma_.lower() not in {"spokesman", "spokeswoman", "spokesperson"}:
        return who  # "the AG's complaint" is asked about as the complaint
    person = next((e for e in subj.doc.ents if e.start <= (poss.i if poss is not None else -1) < e.end
                   and e.label_ == "PERSON" and not e.start <= subj.i < e.end), None)
    if poss is None or poss.lower_ in _PRONOUNS or person is not None or poss.ent_type_ in {"GPE", "NORP"} or not (
            poss.ent_type_ == "ORG" or poss.pos_ == "PROPN" or poss.lemma_.lower() in _BODIES):
        # (a country is no speaker: "Spain's King Juan Carlos" is asked about by name)
        return who
    tokens = [t for t in poss.subtree if t.dep_ != "case" and t.text not in {"'s", "’s", "'", "’"}]
    if not 1 <= len(tokens) <= 4 or any(t.lower_ in _PRONOUNS or t.is_punct for t in tokens):
        return who
    return _lower_first(tokens)


_FOUND = frozenset({"find", "show", "conclude", "estimate", "reveal"})
_RESEARCHERS = frozenset({"researcher", "scientist", "investigator", "analyst", "inspector", "auditor", "academic"})
_RESEARCH = frozenset({"study", "report", "survey", "poll", "research", "analysis", "review", "audit", "census",
                       "experiment", "trial", "investigation", "inquiry", "paper"})


def _research(subj: Token) -> str | None:
    """A study named by its owner: "A study by the University of Leeds" → "the study by the
    University of Leeds", "a new Ofsted report" → "the Ofsted report", "the charity's
    survey" → none (an owner only by name). None for a study no name owns."""
    if subj.lemma_.lower() not in _RESEARCH or subj.pos_ != "NOUN" or subj.tag_ != "NN":
        return None
    det = next((d for d in subj.children if d.dep_ == "det"), None)
    if det is not None and det.lower_ not in {"a", "an", "the", "this"}:
        return None  # "each report", "another study": which one?
    if any(d.lower_ in {"another", "separate", "other", "second", "earlier", "previous"} for d in subj.children):
        return None
    owners = list(subj.children)
    for acl in (ch for ch in subj.children if ch.dep_ == "acl" and ch.tag_ == "VBN"
                and ch.lemma_.lower() in {"carry", "conduct", "commission", "publish", "release", "produce"}):
        # "Research carried out by the Forsa Institute", "a report commissioned by Unicef"
        owners += [g for g in acl.children if g.dep_ == "agent" and not any(
            x.dep_ == "prep" for x in acl.children if x.i < g.i)]
    for ch in owners:
        if ch.dep_ in {"prep", "agent"} and ch.lower_ in {"by", "from"} and ch.i > subj.i:
            obj = next((g for g in ch.children if g.dep_ == "pobj"), None)
            if obj is None or obj.ent_type_ not in {"ORG", "PERSON", "NORP", "GPE"}:
                continue
            ent = _ent(obj)
            tokens = list(obj.subtree)
            if ent is None or tokens[-1].i != ent.end - 1 or not ent.start <= obj.i < ent.end or not (
                    tokens[0].i == ent.start or (tokens[0].i == ent.start - 1 and tokens[0].lower_ == "the")):
                continue  # the owner's name and nothing more ("by the University of Leeds", not "… and its partners")
            owner = _words(tokens)
            if len(owner.split()) <= 6:
                return f"the {subj.lower_} {ch.lower_} {owner}"
        if ch.dep_ == "poss" and ch.ent_type_ == "ORG" and ch.lower_ not in _PRONOUNS:
            ent = _ent(ch)
            if ent is not None and len(ent) <= 5:
                return f"{ent.text}'s {subj.lower_}" if not ent.text.endswith("s") else f"{ent.text}' {subj.lower_}"
    comp = [t for t in subj.children if t.dep_ == "compound" and t.ent_type_ == "ORG"]
    if comp and comp[-1].i == subj.i - 1:
        ent = _ent(comp[-1])
        if ent is not None and ent.end == subj.i and len(ent) <= 5:
            return f"the {ent.text} {subj.lower_}"
    return None


def _said(c: Candidate, analysis: Analysis) -> list[tuple[str, str, tuple[str, ...]]]:
    """ "What did Alan Murphy tell the court?", "What did the study find?": speech or a
    finding with its speaker."""
    span = c.span
    root = span.root
    if root.lemma_.lower() not in _SPEECH | _FINDING and c.facts.is_quote and c.facts.attribution:
        # '"We are in grief …," Prime Minister Ahmet Davutoglu said': the speech verb is not the root.
        last = c.facts.attribution.split()[-1]
        for t in span:
            speaker = _subject(t) if t.lemma_.lower() in _SPEECH else None
            if speaker is not None and last in {x.text for x in speaker.subtree}:
                root = t
                break
    lemma = root.lemma_.lower()
    if lemma not in _SPEECH | _FINDING or any(t.dep_ == "neg" for t in root.children):
        return []
    clause = {"ccomp", "parataxis", "xcomp"} | ({"dobj"} if lemma in _FINDING | {"tell", "explain", "announce"} else set())
    if not any(ch.dep_ in clause for ch in root.children) and not c.facts.is_quote:
        return []
    subj = _subject(root)
    if subj is None:
        return []
    found = _speaker(subj, c, analysis, bodies=True)
    if found is None and lemma in _FINDING and subj.dep_ == "nsubj":
        owned = _research(subj)
        if owned is not None and any(ch.dep_ in {"ccomp", "dobj"} for ch in root.children):
            # "A study by the University of Leeds found that …" → "What did the study by the
            # University of Leeds find?": the finding is the answer, its owner in the question.
            tense = {"VBZ": "does", "VBP": "do"}.get(root.tag_, "did")
            return [("finding", f"What {tense} {owned} {lemma}", ())] if root.tag_ in {"VBD", "VBZ", "VBP"} else []
    if found is None:
        return []
    who, extra = found
    if subj.dep_ == "nsubjpass":
        # "The court was told that …" → "What was the court told?"
        aux = _aux_of(root)
        if lemma == "tell" and aux and aux[0].lower_ in {"was", "were", "is", "are"}:
            return [("said", f"What {aux[0].lower_} {who} told", extra)]
        return []
    obj = next((g for g in root.children if g.dep_ in {"dobj", "dative"}), None)
    if lemma == "tell" and obj is not None:
        listener = _np_tokens(obj)
        words = _words(listener)
        if 1 <= len(listener) <= 5 and not any(t.lower_ in _PRONOUNS for t in listener) and "'" not in words:
            if not is_name(listener[0]):
                words = words[:1].lower() + words[1:]
            head = _do_question("What", root, who, words)
            return [("said", head, extra)] if head else []
    verb = lemma if lemma in _KEEP_VERB else "say"
    tense = {"VBZ": "does", "VBP": "do"}.get(root.tag_, "did")
    if tense != "did":
        tense = "do" if subj.tag_ in {"NNS", "NNPS"} or subj.lower_ == "police" else "does"
    # Never the bare "What did X say?": only what X said about something the answer names.
    doc = span.doc
    for reported in (ch for ch in root.children if ch.dep_ in {"ccomp", "xcomp", "dobj"}):
        lo, hi = sorted((root.i, reported.left_edge.i))
        if any(doc[i].is_quote for i in range(lo, hi + 1)):
            continue  # a direct quotation: its wording is no topic
        topic = _topic(reported, who) if reported.dep_ != "dobj" else _object_topic(reported, who)
        dateline = re.match(r"^[A-Z][\w/ .]+, [A-Z][a-z]{2,8}\.? \d{1,2}\b", span.text)
        if topic and dateline and topic in dateline.group(0):
            continue  # "New Delhi/Moscow, Oct 29 …": the dateline is no topic
        if topic is None and reported.dep_ == "ccomp":
            # "Smith said he would fight the ruling": the clause's subject names nothing, a
            # name or a phrase the story comes back to further in it does.
            topic = _spoken_topic(span, root, subj, who, analysis)
        if topic:
            verb = "say" if verb in {"add", "state", "confirm", "announce", "tell", "insist", "argue", "explain"} else verb
            return [("said", f"What {tense} {_for_body(subj, who)} {verb} about {topic}", extra)]
    who = _research(subj) or who
    if (lemma in _FOUND and subj.lemma_.lower() in _RESEARCH | _RESEARCHERS and who.startswith("the ")
            and len(who.split()) <= 8 and any(ch.dep_ in {"ccomp", "dobj"} for ch in root.children)):
        # "The inspectors' report found that …" → "What did the inspectors' report find?": a
        # study's or its researchers' finding is the news, asked as such ("What did X say?" is not)
        return [("finding", f"What {tense} {who} {lemma}", extra)]
    return []


def _according(c: Candidate, analysis: Analysis) -> list[tuple[str, str, tuple[str, ...]]]:
    """ "What do zoo officials say about the cheetahs?" from "The cheetahs did not approach
    the boy, according to zoo officials": a statement its source owns, asked by that source
    and what the statement is about (its subject), so the answer keeps its owner."""
    span = c.span
    if c.facts.is_quote or c.roles.has("debris"):
        return []
    root = span.root
    acc = next((t for t in root.children if t.lower_ == "according" and t.dep_ == "prep"), None)
    to = None if acc is None else next((g for g in acc.children if g.lower_ == "to"), None)
    src = None if to is None else next((g for g in to.children if g.dep_ == "pobj"), None)
    if src is None or root.pos_ not in {"VERB", "AUX"} or root.lemma_.lower() in _SPEECH:
        return []
    if any(ch.dep_ == "conj" for ch in src.children):
        return []  # "according to police and witnesses": one owner would drop the other
    if _who(src, c, analysis) is None and (src.lemma_.lower() in {"report", "source", "rumour", "rumor"} or not any(
            g.dep_ in {"det", "poss", "compound", "amod"} for g in src.children)):
        return []  # "according to reports", "according to officials": whose?
    found = _speaker(src, c, analysis, bodies=True)
    if found is None:
        return []
    who, extra = found
    if src.ent_type_ == "PERSON":
        who = _full_name(who, analysis)
        if len(who.split()) < 2:
            return []  # "What does Lucy say …?": who is Lucy? (as :func:`_says` asks)
    topic = _topic(root, who)
    if topic is None:
        return []
    aux = "do" if src.tag_ in {"NNS", "NNPS"} or src.lower_ == "police" else "does"
    return [("said", f"What {aux} {who} say about {topic}", extra)]


def _object_topic(obj: Token, who: str) -> str | None:
    """ "The study found a link between sleep and weight" → "a link between sleep and
    weight" is the finding itself; its topic is the noun it is about: "sleep and weight"."""
    prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"about", "on", "into", "between", "of"}), None)
    pobj = None if prep is None else next((g for g in prep.children if g.dep_ == "pobj"), None)
    if pobj is None or pobj.lower_ in _PRONOUNS | _VAGUE or pobj.like_num:
        return None
    tokens = [t for t in sorted(pobj.subtree, key=lambda t: t.i) if not t.is_punct]
    if not 1 <= len(tokens) <= 4 or any(t.lower_ in _PRONOUNS for t in tokens):
        return None
    text = _lower_first(tokens)
    return None if who.lower() in text.lower() else text


def _other_side(c: Candidate, analysis: Analysis) -> list[tuple[str, str, tuple[str, ...]]]:
    """The reply to an allegation: a denial, a statement, a plea, a refusal to comment."""
    if not c.roles.has("other_side"):
        return []
    span = c.span
    root = span.root
    # "India accuses Pakistan of …, but Pakistan denies the allegation": the reply is the second clause.
    reply = next((v for v in root.children if v.dep_ == "conj" and v.lemma_.lower() in _DENIAL and _subject(v) is not None),
                 None)
    if reply is not None and root.lemma_.lower() not in _DENIAL:
        root = reply
    subj = _subject(root)
    if subj is None:
        return []
    found = _who(subj, c, analysis)
    if found is None and root.lemma_.lower() in _DENIAL and subj.dep_ == "nsubj":
        # A country or a party denies: "Pakistan denies the allegation".
        name = _name(subj, {"GPE", "NORP", "ORG"})
        found = (name, ()) if name else None
    if found is None:
        # "A spokesman for the Home Office said …": the body replies.
        head = subj
        org = next((p for t in head.subtree if t.lower_ == "for" and t.head.i == head.i
                    for p in t.children if p.dep_ == "pobj"), None)
        if head.lemma_.lower() in {"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "representative",
                                   "solicitor"} and org is not None:
            name = _name(org)
            if name:
                found = (name, ())
    if found is None and root.lemma_.lower() in _DENIAL and subj.dep_ == "nsubj":
        return _group_denies(root, subj)
    if found is None:
        return []
    who, extra = found
    text = c.sentence.text
    if any(t.lower_ in {"judge", "court", "jury", "magistrate", "magistrates", "coroner"} for t in subj.subtree):
        return []  # a ruling, not a reply
    if _NO_COMMENT.search(text):
        return [("other", f"Has {who} commented", extra)]
    if re.search(r"\bpleaded not guilty\b", text) and root.lemma_.lower() == "plead":
        return [("other", f"How did {who} plead", extra)]
    if root.lemma_.lower() in _DENIAL | _SPEECH or "statement" in text.lower():
        # Respond to what: the allegation the story reports, in its own word ("the allegations").
        story = " ".join(s.text for s in analysis.sentences)
        found_topic = _RESPONSE_TOPIC.search(text) or _RESPONSE_TOPIC.search(story)
        if found_topic is None:
            return []  # "How did Matthew Allen respond?" — to what?
        topic = found_topic.group(1).lower()
        perfect = "has" if root.tag_ in {"VBZ", "VBP"} or c.facts.tense == "present" else "did"
        verb = "responded" if perfect == "has" else "respond"
        return [("other", f"How {perfect} {who} {verb} to the {topic}", extra)]
    return []


_REACT = frozenset({"welcome", "applaud", "condemn", "criticise", "criticize", "praise", "hail", "denounce", "deplore",
                    "oppose", "rubbish", "lambast", "endorse"})
"""Verbs of a reaction to something the story reports: "Conservationists have welcomed the
ruling" asks "How have conservationists reacted to the ruling?"."""
_REACT_STEMS = frozenset({"welcom", "applaud", "condemn", "criticis", "criticiz", "prais", "hail", "denounc",
                          "deplor", "oppos", "rubbish", "lambast", "endors"})
"""The _REACT verbs as _stem cuts their forms ("welcomed" → "welcom")."""
_REACTORS = frozenset({"conservationist", "environmentalist", "family", "relative", "resident", "farmer", "union",
                       "critic", "activist", "campaigner", "parent", "teacher", "doctor", "nurse", "lawyer", "group",
                       "business", "employer", "industry", "church", "opposition", "victim", "survivor", "fan",
                       "supporter", "community", "worker", "grower", "retailer", "landholder", "party",
                       "leader", "minister", "mp", "senator", "delegate", "trader", "investor", "economist", "analyst"})
_WANTS = frozenset({"want", "demand", "urge", "propose", "seek", "recommend"})
"""Verbs whose object is what someone asks for: "What does the union want?"."""
_DECIDES = frozenset({"approve", "pass", "sign", "adopt", "unveil", "launch", "order", "ban", "ratify", "impose",
                      "introduce", "scrap", "abandon", "cancel", "award", "grant", "postpone", "overturn", "uphold",
                      "declare", "extend", "lift"})
"""Verbs of a decision whose object is the news: "What has the council approved?"."""
_DECIDES_IF_DECISION = frozenset({"launch", "extend", "lift"})
"""Decision verbs only when their object is a decision ("lifted the curfew", not "lifted the trophy")."""
_DECISION_OBJECTS = frozenset({"ban", "curfew", "inquiry", "investigation", "campaign", "restriction", "sanction",
                               "deadline", "embargo", "moratorium", "freeze", "review", "probe", "program", "programme",
                               "scheme", "lockdown", "emergency", "suspension", "blockade", "limit", "cap", "tariff",
                               "levy", "tax", "order", "warning", "appeal", "operation", "offensive", "strike"})
_WEAK_OBJECTS = frozenset({"move", "decision", "plan", "idea", "call", "news", "announcement", "development", "result",
                           "outcome", "report", "claim", "claims", "comment", "comments", "remark", "remarks", "proposal",
                           "step", "change", "changes", "action", "situation", "issue", "matter", "thing", "things"})


def _actor(subj: Token, c: Candidate, analysis: Analysis) -> tuple[str, tuple[str, ...]] | None:
    """Who reacts or asks: a name, an opening he/she's antecedent, a body the story names
    ("the union"), or a group of people named by what they are ("conservationists",
    "Australian families"), never a pronoun, a vague "some" or an unnamed single person."""
    if any(ch.dep_ in {"neg", "preconj"} for ch in subj.children) or any(
            t.lower_ in _NOT_ALL for t in subj.subtree if t.i < subj.i):
        return None  # "Not all families", "Few families", "No doctors", "Neither family": not the group
    found = _speaker(subj, c, analysis, bodies=True)
    if found is not None:
        return found
    if subj.pos_ != "NOUN" or subj.tag_ != "NNS" or subj.lemma_.lower() not in _REACTORS:
        return None
    if any(ch.dep_ == "conj" for ch in subj.children):
        return None
    mods = [t for t in subj.children if t.i < subj.i and t.dep_ in {"amod", "compound", "det", "poss"}]
    if any(t.lower_ in _PRONOUNS | _VAGUE or t.like_num or t.lower_ in {"a", "an", "no", "these", "those"} for t in mods):
        return None
    tokens = sorted([t for m in mods for t in m.subtree if t.i < subj.i] + [subj], key=lambda t: t.i)
    if len(tokens) > 4 or any(t.is_punct for t in tokens):
        return None
    return _lower_first(tokens), ()


_NOT_ALL = frozenset({"no", "neither", "few", "not", "n't", "never", "only", "other"}) | _VAGUE
_HEDGES = frozenset({"will", "would", "could", "may", "might", "should", "'ll", "’ll", "'d", "’d", "can", "must",
                     "ca", "wo"})
_FEELINGS = frozenset({"satisfied", "relieved", "happy", "pleased", "disappointed", "angry", "shocked", "devastated",
                       "delighted", "saddened", "thrilled", "furious", "upset", "dismayed", "outraged", "heartbroken",
                       "frustrated", "concerned", "horrified", "appalled", "stunned", "elated", "gutted"})
_EMPTY_OBJECTS = frozenset({"thing", "things", "situation", "matter", "issue", "news", "result", "outcome", "way"})


def _met_object(obj: Token) -> str | None:
    """A bare "the verdict" the story comes back to in another sentence: the reader of the
    question knows which."""
    det = [t for t in obj.children if t.dep_ == "det"]
    if obj.pos_ != "NOUN" or len(det) != 1 or det[0].lower_ != "the" or det[0].i != obj.i - 1:
        return None
    if obj.lower_ in _EMPTY_OBJECTS or obj.lemma_.lower() in _EMPTY_OBJECTS:
        return None
    sent = obj.sent
    lemma = obj.lemma_.lower()
    if not any(t.lemma_.lower() == lemma and t.pos_ == "NOUN" for t in obj.doc if not sent.start <= t.i < sent.end):
        return None
    return f"the {obj.lower_}"


def _feels(c: Candidate, analysis: Analysis) -> list[tuple[str, str, tuple[str, ...]]]:
    """A speaker's feeling about the news as their reaction: "Gary Reed says he is satisfied
    and relieved with the verdict" → "How has Gary Reed reacted to the verdict?"."""
    root = c.span.root
    if root.lemma_.lower() != "say" or root.tag_ not in {"VBZ", "VBD"} or any(
            ch.dep_ in {"aux", "neg"} for ch in root.children):
        return []
    subj = _subject(root)
    clause = next((ch for ch in root.children if ch.dep_ == "ccomp"), None)
    if subj is None or clause is None or subj.lower_ in _PRONOUNS - {"he", "she"}:
        return []
    inner = next((ch for ch in clause.children if ch.dep_ in {"nsubj", "nsubjpass"}), None)
    if inner is None or inner.lower_ not in {"he", "she"} or (subj.lower_ in {"he", "she"} and subj.lower_ != inner.lower_):
        return []  # the feeling is the speaker's own: never "they"/"we" (whose?), nor a "she" of a "he"
    feel = clause if clause.lower_ in _FEELINGS else next(
        (ch for ch in clause.children if ch.dep_ == "acomp" and ch.lower_ in _FEELINGS), None)
    if feel is None or any(t.dep_ == "neg" or t.lower_ in {"not", "n't", "never"} for t in clause.children):
        return []
    if any(t.dep_ == "aux" and t.lower_ in _HEDGES for t in clause.children) or conditioned(clause):
        return []  # "he will be devastated by the verdict if the guides walk free": not a reaction yet
    if subj.lower_ not in {"he", "she"} and not _same_sex(subj, inner, c, analysis):
        return []
    feelings = [feel, *(ch for ch in feel.children if ch.dep_ == "conj")]
    prep = next((p for f in feelings for p in f.children if p.dep_ in {"prep", "agent"}
                 and p.lower_ in {"with", "by", "at", "about", "over"}), None)
    obj = None if prep is None else next((g for g in prep.children if g.dep_ == "pobj"), None)
    topic = None if obj is None else (_specific_object(obj) or _met_object(obj))
    found = _actor(subj, c, analysis)
    if topic is None or found is None:
        return []
    who = _full_name(found[0], analysis)
    if root.tag_ == "VBD":
        return [("react", f"How did {who} react to {topic}", found[1])]
    return [("react", f"How has {who} reacted to {topic}", found[1])]


def _same_sex(subj: Token, pronoun: Token, c: Candidate, analysis: Analysis) -> bool:
    """Whether the "he"/"she" of "Gary Reed says he is relieved" can be the named speaker: the
    one person the sentence names, whose title or other pronouns never say the other sex."""
    names = {t.text for t in subj.subtree if t.pos_ == "PROPN"}
    people = [e for e in analysis.entities if e.kind == "PERSON" and c.id in e.mentions
              and names & set(e.name.split())]
    if len(people) != 1:
        return False
    e = people[0]
    male = pronoun.lower_ == "he"
    title = (e.title or "").lower().split()
    if title and title[0] in MALE_TITLES | FEMALE_TITLES:
        return title[0] in (MALE_TITLES if male else FEMALE_TITLES)
    other = {"she", "her", "hers"} if male else {"he", "his", "him"}
    words = [t.lower_ for t in c.span if t.i != pronoun.i]
    for sid in e.mentions[:4]:
        i = int(sid[1:])
        if sid != c.id:
            words += [w.lower() for s in analysis.sentences[i - 1:i + 1] if s.id != c.id for w in s.text.split()]
    words = [w.strip(".,;:!?\"'“”‘’()") for w in words]
    return not any(w in other for w in words)  # (no word the other way: "Helen Clark says she feels devastated")




def _specific_object(obj: Token) -> str | None:
    """The thing reacted to, by its head and the words before it ("today's guilty verdicts",
    "the one-year jail sentence"), only when they say which: a bare "the decision" or "the
    move" names nothing a reader of the question alone can place."""
    if obj.pos_ not in {"NOUN", "PROPN"} or obj.lower_ in _PRONOUNS:
        return None
    before = [t for t in obj.children if t.i < obj.i and t.dep_ in {"det", "poss", "amod", "compound", "nummod"}]
    tokens = sorted({t for m in before for t in m.subtree if t.i < obj.i} | {obj}, key=lambda t: t.i)
    if any(t.is_punct and t.text not in {"-"} or t.lower_ in _PRONOUNS - {"its", "their", "his", "her"} for t in tokens):
        return None
    if any(t.lower_ in {"his", "her", "its", "their", "a", "an", "some", "any", "no", "this", "these", "those"}
           for t in tokens):
        return None  # "their decision", "a plan": whose, which?
    specific = [t for t in tokens if t.i != obj.i and t.dep_ in {"amod", "compound", "poss", "nummod"}
                and not t.is_stop and t.lower_ not in {"latest", "new", "recent", "such", "other"}]
    if obj.pos_ != "PROPN" and not specific:
        return None
    if obj.lemma_.lower() in _WEAK_OBJECTS and not any(t.pos_ == "PROPN" or t.ent_type_ for t in tokens):
        return None
    if not 2 <= len(tokens) <= 6:
        return None
    doc = obj.doc
    edges = [doc[i] for i in (tokens[0].i - 1, tokens[-1].i + 1) if 0 <= i < len(doc)]
    if any(t.text in {'"', "'", "“", "”", "‘", "’"} for t in edges):
        return None  # "condemned “deliberate attacks”": the reactor's own words, not a thing the question may name
    return _lower_first(tokens)


def _found_guilty(verb: Token) -> tuple[str, str, tuple[str, ...]] | None:
    """ "A jury found Mark Dunn guilty of murdering his partner" → "What was Mark Dunn found
    guilty of?": the verdict on someone the story names, by the charge the answer gives."""
    if verb.lemma_.lower() != "find" or verb.tag_ != "VBD" or any(ch.dep_ in {"neg", "aux"} for ch in verb.children):
        return None
    verdict = next((ch for ch in verb.children if ch.dep_ in {"ccomp", "oprd", "xcomp"} and ch.lower_ == "guilty"), None)
    if verdict is None or not any(p.lower_ == "of" and p.dep_ == "prep" for p in verdict.children):
        return None
    if any(ch.dep_ == "neg" for ch in verdict.children) or verdict.nbor(-1).lower_ in {"not", "n't", "never"}:
        return None  # "found Mark Dunn not guilty of …": an acquittal
    who = next((ch for ch in verdict.children if ch.dep_ == "nsubj"), None)
    if who is None:
        who = next((ch for ch in verb.children if ch.dep_ == "dobj"), None)
    if who is None or any(ch.dep_ == "conj" for ch in who.children):
        return None
    name = _name(who, {"PERSON", "ORG"})
    if name is None:
        return None
    return ("accused", f"What was {name} found guilty of", ())


_HURT = frozenset({"injure", "hurt", "wound"})
_NOBODY = frozenset({"nobody", "none", "no-one"})


def _anyone_hurt(c: Candidate) -> list[tuple[str, str, tuple[str, ...]]]:
    """Whether anyone was hurt, asked of the sentence that says who was (or that nobody
    was), by the event it names: "… but nobody was injured in the attack" → "Was anyone
    injured in the attack?"; "Two workers were seriously injured when the wall collapsed"
    → "Was anyone injured when the wall collapsed?"."""
    for verb in c.span:
        if verb.lemma_.lower() not in _HURT or verb.tag_ != "VBN" or verb.dep_ not in {"ROOT", "conj", "ccomp"}:
            continue
        auxes = [a.lower_ for a in verb.children if a.dep_ in {"aux", "auxpass"}]
        if auxes not in (["was"], ["were"], ["has", "been"], ["have", "been"]) or any(
                ch.dep_ == "neg" for ch in verb.children):
            continue
        subj = next((ch for ch in verb.children if ch.dep_ == "nsubjpass"), None)
        if subj is None:
            continue
        nobody = subj.lower_ in _NOBODY or (subj.lower_ == "one" and any(d.lower_ == "no" for d in subj.children))
        counted = any(d.dep_ == "nummod" for d in subj.children) and subj.tag_ == "NNS"
        if not (nobody or counted or subj.ent_type_ == "PERSON"):
            continue
        tail = None
        for ch in verb.children:
            if ch.dep_ == "prep" and ch.lower_ in {"in", "during"}:
                obj = next((g for g in ch.children if g.dep_ == "pobj"), None)
                words = list(ch.subtree)
                if obj is not None and obj.pos_ == "NOUN" and len(words) <= 5 and any(
                        d.lower_ == "the" for d in obj.children):
                    tail = _words(words)
            elif ch.dep_ == "advcl" and any(m.lower_ == "when" for m in ch.children) and len(list(ch.subtree)) <= 8:
                tail = _words(list(ch.subtree))
        if tail is None or _DEBRIS.search(tail) or any(w.lower() in _PRONOUNS for w in tail.split()):
            continue
        head = "Has anyone been" if "been" in auxes else "Was anyone"
        return [("hurt", f"{head} {verb.lower_} {tail}", ())]
    return []


def _reaction(c: Candidate, analysis: Analysis) -> list[tuple[str, str, tuple[str, ...]]]:
    """The other side's reaction, with its speaker: "Conservationists have applauded the
    one-year jail sentence …" → "How have conservationists reacted to the one-year jail
    sentence?"; and what someone asks for: "The union wants a 4 per cent pay rise" → "What
    does the union want?". Only from a main clause that is not negated, hedged or a
    quotation, whose subject is named and whose object says which."""
    if c.facts.is_quote:
        return []
    root = _event_root(c.span)
    out: list[tuple[str, str, tuple[str, ...]]] = [*_anyone_hurt(c), *_feels(c, analysis)]
    for verb in [root, *(v for v in root.children if v.dep_ == "conj" and v.pos_ == "VERB")]:
        lemma = verb.lemma_.lower()
        guilty = _found_guilty(verb)
        if guilty is not None:
            out.append(guilty)
            continue
        if lemma == "accuse" and not any(ch.dep_ in {"auxpass", "neg"} for ch in verb.children):
            accused = next((ch for ch in verb.children if ch.dep_ == "dobj"), None)
            actor = _subject(verb)
            target = None if accused is None else _name(accused, {"PERSON", "ORG", "GPE", "NORP"})
            found = None if actor is None or actor.dep_ != "nsubj" else (
                _actor(actor, c, analysis) or ((n, ()) if (n := _name(actor, {"GPE", "NORP", "ORG"})) else None))
            if target and found and accused is not None and any(
                    p.dep_ == "prep" and p.lower_ == "of" for p in [*verb.children, *accused.children]):
                q = _do_question("What", verb, found[0], f"{target} of")
                if q:
                    out.append(("accused", q, found[1]))
            continue
        if lemma not in _REACT | _WANTS | _DECIDES | {"call"} or verb.pos_ != "VERB":
            continue
        if any(ch.dep_ == "neg" for ch in verb.children):
            continue
        aux = [a for a in verb.children if a.dep_ == "aux" and a.i < verb.i]
        if any(a.lemma_.lower() not in {"have", "be", "do"} for a in aux) or any(
                ch.dep_ == "auxpass" for ch in verb.children):
            continue  # "may welcome", "was criticised": hedged, or the subject is not the actor
        subj = _subject(verb) if verb is root or _subject(verb) is not None else _subject(root)
        if subj is None or subj.dep_ != "nsubj" or subj.lower_ in _PRONOUNS - {"he", "she"}:
            continue
        found = _actor(subj, c, analysis)
        if found is None:
            continue
        who, extra = _full_name(found[0], analysis), found[1]
        if any(t.lower_ in {"judge", "court", "jury", "magistrate", "coroner", "tribunal"} for t in subj.subtree):
            continue  # a ruling, not a reaction
        plural = subj.tag_ in {"NNS", "NNPS"} or who.split()[-1].lower() == "police"
        progressive = any(a.lemma_.lower() == "be" for a in aux)
        if lemma in _REACT:
            obj = next((ch for ch in verb.children if ch.dep_ == "dobj"), None)
            topic = None if obj is None else (_specific_object(obj) or _met_object(obj))
            if topic is None:
                continue
            if verb.tag_ == "VBD" and not aux:
                text = f"How did {who} react to {topic}"
            else:
                text = f"How {'have' if plural else 'has'} {who} reacted to {topic}"
            out.append(("react", text, extra))
            continue
        kind = "wants"
        if lemma in _DECIDES:
            obj = next((ch for ch in verb.children if ch.dep_ == "dobj"), None)
            if obj is None or obj.lower_ in _PRONOUNS or obj.pos_ not in {"NOUN", "PROPN"} or any(
                    ch.dep_ in {"dative", "oprd", "xcomp", "ccomp"} for ch in verb.children):
                continue  # "approved it", "awarded him the prize", "ordered them to leave"
            if lemma in _DECIDES_IF_DECISION and obj.lemma_.lower() not in _DECISION_OBJECTS:
                continue  # "lifted the Wimbledon trophy", "launched a stinging attack": no decision
            if len(_np_tokens(obj)) <= 2:
                continue  # "declared a result", "passed the bill": the answer must say what was decided
            if subj.pos_ != "PROPN" and subj.lemma_.lower() not in _BODIES and not subj.ent_type_:
                continue  # a decision is taken by a body or a named person
            tail, kind = "", "decided"
        elif lemma == "call":
            if not any(ch.dep_ == "prep" and ch.lower_ == "for" and any(g.dep_ == "pobj" for g in ch.children)
                       for ch in verb.children):
                continue
            tail = "for"
        elif not any(ch.dep_ in {"dobj", "xcomp", "ccomp"} for ch in verb.children):
            continue
        elif lemma in {"urge", "want"} and any(ch.dep_ == "xcomp" for ch in verb.children) and any(
                ch.dep_ == "dobj" for ch in verb.children):
            # "has urged the Government to set up …" → "What has X urged the Government to do?"
            urged = next((ch for ch in verb.children if ch.dep_ == "dobj"), None)
            named = None if urged is None else (_name(urged, _NAME_LABELS) or (
                np_text(urged) if urged.pos_ == "NOUN" and any(d.lower_ == "the" for d in urged.children)
                and len(_np_tokens(urged)) <= 3 else None))
            if named is None:
                continue
            tail = f"{named} to do"
        elif lemma in {"want", "seek"} and any(ch.dep_ == "xcomp" and ch.pos_ == "VERB" for ch in verb.children) and not any(
                ch.dep_ == "dobj" for ch in verb.children):
            tail = "to do"  # "wants to build a wall" → "What does X want to do?"
        else:
            tail = ""
        if progressive:
            be = next(a for a in aux if a.lemma_.lower() == "be")
            text = f"What {_auxw(be)} {who} {verb.lower_} {tail}"
        elif verb.tag_ == "VBN" and aux:
            text = f"What {_auxw(aux[0])} {who} {verb.lower_} {tail}"
        elif verb.tag_ in _DO and not aux:
            text = f"What {_DO[verb.tag_]} {who} {lemma} {tail}"
        else:
            continue
        out.append((kind, text.strip(), extra))
    return out


_FAULT_NOUNS = frozenset({"wrongdoing", "responsibility", "involvement", "negligence", "blame", "liability", "guilt",
                          "fault", "wrong", "mistake", "mistakes", "knowledge"})
_GROUP_HEADS_NOT = frozenset({"people", "others", "officials", "sources", "reports", "critics", "many", "some", "police"})


def _group_denies(root: Token, subj: Token) -> list[tuple[str, str, tuple[str, ...]]]:
    """The other side when it is a group the story names by what it is, not by name: "Two
    Swiss guides have denied any wrongdoing" → "Have the Swiss guides admitted any
    wrongdoing?"; "Dock workers have rejected the company's pay offer" → "How have the dock
    workers responded to the company's pay offer?". Only a plural common noun (the group
    is the subject the story gives: "Some officials", "police" say nothing of a party)."""
    if subj.tag_ != "NNS" or subj.lower_ in _GROUP_HEADS_NOT or any(t.dep_ == "neg" for t in root.children):
        return []
    mods = [t for t in subj.children if t.i < subj.i and t.dep_ in {"amod", "compound"} and not t.is_punct
            and t.tag_ != "CD" and t.pos_ != "DET" and list(t.children) == []]
    if len(mods) != sum(1 for t in subj.children if t.i < subj.i and t.dep_ in {"amod", "compound"}):
        return []  # a modifier with its own modifiers: the group is not named simply
    def cased(t: Token) -> str:
        # a capital that only opens the sentence goes; one the story writes elsewhere stays ("Qantas")
        named = t.pos_ == "PROPN" or t.ent_type_ or any(o.text == t.text and o.i != o.sent.start for o in t.doc)
        return t.lower_ if t.i == t.sent.start and not named else t.text

    who = " ".join(["the", *(cased(t) for t in mods), subj.lower_])
    perfect = any(a.lower_ in {"have", "has"} and a.dep_ == "aux" for a in root.children)
    obj = next((ch for ch in root.children if ch.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN":
        return []
    if obj.lower_ in _FAULT_NOUNS:
        if perfect:
            return [("deny", f"Have {who} admitted any {obj.lower_}", ())]
        aux = "Did" if root.tag_ == "VBD" else "Do"
        return [("deny", f"{aux} {who} admit any {obj.lower_}", ())]
    if root.lemma_.lower() not in {"reject", "dismiss", "deny", "dispute", "refute"}:
        return []
    before = [t for t in obj.children if t.i < obj.i]
    if any(t.dep_ not in {"det", "poss", "amod", "compound", "case"} for t in before) or any(
            t.dep_ == "poss" and t.pos_ == "PRON" for t in before):
        return []
    words = [t for t in obj.subtree if t.i <= obj.i]
    if words[0].lower_ in {"a", "an", "any", "no", "some"}:
        return []
    text = join_tokens(words)
    if words[0].dep_ == "det":
        text = words[0].lower_ + text[len(words[0].text):]
    elif words[0].dep_ != "poss" and not any(t.dep_ == "poss" for t in words):
        text = "the " + text
    lead = "How have" if perfect else ("How did" if root.tag_ == "VBD" else "How do")
    verb = "responded" if perfect else "respond"
    return [("other", f"{lead} {who} {verb} to {text}", ())]


_RESPONSE_TOPIC = re.compile(r"\b(allegations?|accusations?|claims?|charges|criticism|complaints?|reports?|"
                             r"investigation|lawsuit|probe|inquiry|decision|ruling)\b", re.I)


_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_PLANNED = frozenset({"due", "set", "expected", "scheduled", "poised", "going", "likely", "planning", "preparing"})
_PLAN_VERBS = frozenset({"plan", "intend", "hope", "aim", "vow", "promise", "pledge"})


def _is_future(root: Token) -> bool:
    """The event is still to come: "will", "is due/set/expected to", "plans to", "to be sentenced"."""
    if any(c.dep_ == "neg" for c in root.children):
        return False
    aux = _aux_of(root)
    if any(a.lower_ in _FUTURE_AUX for a in aux):
        # "will be hoping to add to his tally": a wish, not an event to come.
        return not (root.tag_ == "VBG" and root.lemma_.lower() in {"hope", "look", "want", "wish", "aim", "try"})
    if root.lower_ in _PLANNED and any(c.dep_ == "xcomp" for c in root.children):
        return True
    if root.lemma_.lower() in _PLAN_VERBS and root.tag_ in {"VBZ", "VBP"} and any(c.dep_ == "xcomp" for c in root.children):
        return True
    if root.lemma_ == "be" and any(c.dep_ == "attr" for c in root.children):
        return False  # "Faker is the only player to win four titles": a record, not a step to come
    if root.lemma_ == "be" and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in root.children):
        xcomp = next(c for c in root.children if c.dep_ == "xcomp")
        return root.tag_ in {"VBZ", "VBP"} and xcomp.tag_ in {"VB", "VBN"}
    return False


def _next(c: Candidate, analysis: Analysis) -> list[tuple[str, str, tuple[str, ...]]]:
    """What happens next, only from a sentence whose event is still to come."""
    root = _event_root(c.span)
    # "… remanded in custody to appear at Leeds Crown Court on May 5." is still to come too.
    if not _is_future(root) and not re.search(
        r"\b(remanded|bailed|adjourned)\b.*\b(until|to appear|to return)\b", c.sentence.text
    ):
        return []
    if conditioned(root):
        return []  # "Derby will clinch a place if they win": a condition, not a step that is planned
    out: list[tuple[str, str, tuple[str, ...]]] = []
    subj = _subject(root)
    if subj is not None and subj.ent_type_ in {"FAC", "LOC"}:
        subj = None  # "What happens next for the Riverside Stadium?": a venue has no next step, its fixtures do
    if subj is not None and any(t.text in {":", ";"} or (t.dep_ in {"ccomp", "parataxis"} and t.head.i == root.i)
                                for t in c.span if t.i < subj.left_edge.i):
        # "Taunting the judge will get Trump nowhere: …, so Judge Ruiz will decide": the
        # sentence is about something else first; its last clause answers no "next"
        return []
    when = _point_date(root)
    if when is not None and subj is not None and not _pronounish(subj):
        frame = _drop_frame(c.span, root)
        drop = frame | {t.i for t in when.subtree}
        q = _short_invert(c.span, root, drop)
        obj = next((ch for ch in root.children if ch.dep_ == "dobj"), None)
        if q and len(q.split()) > 12 and obj is not None:
            # "… inspect the tunnel [with engineers from the roads authority]": the object is the complement
            tail = [ch for ch in (*root.children, *obj.children) if ch.dep_ in _TRIMMABLE and ch.i > obj.i]
            q = _short_invert(c.span, root, drop | {t.i for ch in tail for t in ch.subtree})
        if q and len(q.split()) <= 12 and q.split()[0] in {"will", "is", "are"}:
            out.append(("next", "When " + q, ()))
    found = _who(subj, c, analysis) if subj is not None else None
    text = c.sentence.text.lower()
    # (not the idiom: "in case of a conflict", "in the best case")
    plain = re.sub(r"\bin (?:the |any |which |that |this )?(?:best |worst )?case\b", " ", text)
    case = next((w for w in _CASE_WORDS if re.search(rf"\b{w}\b", plain)), None)
    if case is None and _LEGAL.search(text):
        case = "case"
    if found is not None and _LEGAL.search(text) and not out:
        out.append(("next", f"What happens next for {found[0]}", found[1]))
    elif case is not None and not out:
        out.append(("next", f"What happens next in the {case}", ()))
    elif found is not None and not out and _STAKES.search(text):
        # Only over a step still to come (a vote, a match, a ruling, a launch): a bare
        # "will" ("Faker will be remembered …") is no answer to "What happens next for …?".
        out.append(("next", f"What happens next for {found[0]}", found[1]))
    return out


_STAKES = re.compile(
    r"\b(?:hearing|trial|court|appeal|verdict|ruling|sentenc\w*|vote|election|referendum|decision|decide|talks|"
    r"meeting|summit|deal|contract|sign\w*|launch\w*|release|open\w*|final|match|game|fight|bout|race|tour|visit\w*|"
    r"debut|return\w*|deadline|resign\w*|retire\w*|step down|surgery|operation|funeral|wedding|ceremony|auction|"
    r"inquiry|investigation|review|report|ban|strike|protest|legislation|bill|law|plan\w*|confirm\w*|appoint\w*|"
    r"join\w*|transfer\w*|leave|start\w*|begin\w*|take over|meet\w*|face\w*|play\w*|host\w*|travel\w*)\b", re.I)


def _pronounish(tok: Token) -> bool:
    return any(t.lower_ in _PRONOUNS for t in tok.subtree)


def _point_date(root: Token) -> Token | None:
    """A date adjunct naming a point in time ("on Wednesday", "in December 2024"), not a duration."""
    for c in root.children:
        if c.dep_ == "prep" and c.lower_ in {"on", "in", "at", "by", "before", "until", "last", "this", "next"}:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ == "DATE":
                text = " ".join(t.text for t in c.subtree)
                if _POINT.search(text) and not _DURATION.search(text):
                    return c
        elif c.dep_ in {"npadvmod", "tmod", "advmod"} and (c.ent_type_ in {"DATE", "TIME"} or c.lower_ in _DAY_WORDS):
            text = " ".join(t.text for t in c.subtree)
            if any(t.dep_ in {"appos", "relcl", "acl"} for t in c.subtree):
                continue  # "declared Monday a holiday": the object hangs on the date; cut with it, it garbles
            if _POINT.search(text) and not _DURATION.search(text):
                return c
    return None


_DAY_WORDS = frozenset({"today", "tomorrow", "tonight", "yesterday"})


_SIGNIFICANT = re.compile(r"\b(first|largest|biggest|record|historic|landmark|unprecedented|milestone|highest|"
                          r"lowest|worst|only)\b", re.I)


def _matters(c: Candidate, analysis: Analysis) -> list[tuple[str, str, tuple[str, ...]]]:
    """ "Why does the new law matter?" from "The law is the first of its kind in the US"."""
    if not c.roles.has("significance"):
        return []
    root = _event_root(c.span)
    if root.lemma_ != "be":
        return []
    subj = _subject(root)
    attr = next((g for g in root.children if g.dep_ in {"attr", "acomp"}), None)
    if subj is None or attr is None or _pronounish(subj) or subj.ent_type_ == "PERSON":
        return []
    if not _SIGNIFICANT.search(" ".join(t.text for t in attr.subtree)):
        return []
    np = sorted(subj.subtree, key=lambda t: t.i)
    if not 2 <= len(np) <= 5 or np[0].lower_ not in {"the"} or any(t.is_punct for t in np):
        return []
    verb = "matter" if subj.tag_ in {"NNS", "NNPS"} else "matters"
    verb_q = "do" if verb == "matter" else "does"
    return [("matters", f"Why {verb_q} {_lower_first(np)} matter", ())]


# ---------------------------------------------------------------------------
# More role questions: what a speaker said about something, what an organisation
# is, what happened to someone, how much, why, and a contested claim
# ---------------------------------------------------------------------------


def _topic(clause: Token, who: str) -> str | None:
    """What a reported clause is about, as a question names it: its subject when that is
    a definite noun phrase or a name other than the speaker ("state revenue", "Sister
    Gertrud"), never a pronoun, a number or a vague word."""
    subj = _subject(clause)
    if subj is not None and subj.lower_ in _PRONOUNS | _VAGUE:
        # "he filed the complaint …": then the clause is about its object, when that is definite.
        obj = next((g for g in clause.children if g.dep_ == "dobj"), None)
        det = None if obj is None else next((d for d in obj.children if d.dep_ in {"det", "poss"}), None)
        if obj is not None and (_name(obj, _NAME_LABELS) or (det is not None and det.lower_ == "the")):
            subj = obj
    if subj is None or subj.lower_ in _VAGUE or subj.like_num or subj.pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(ch.dep_ in {"cc", "conj"} for ch in subj.children) or (
        any(ch.dep_ == "prep" for ch in subj.children) and len(list(subj.subtree)) > 5):
        return None  # "the development [of organisations …]": cut short, it says nothing
    tokens = [t for t in _np_tokens(subj) if not t.is_quote]
    if any(ch.dep_ == "prep" for ch in subj.children):
        tokens = [t for t in sorted(subj.subtree, key=lambda t: t.i) if not t.is_quote]
    if not 1 <= len(tokens) <= 4 or any(t.lower_ in _PRONOUNS or t.like_num or t.is_punct for t in tokens):
        return None
    if any(t.text[:1].isupper() and not t.ent_type_ and t.i != t.sent.start and t.pos_ != "PROPN" for t in tokens):
        return None  # capitals inside a quotation ("Coaches")
    if tokens[0].lower_ in {"a", "an", "some", "any", "no", "every", "each", "one", "another", "such"}:
        return None  # "a man": which one?
    if subj.pos_ == "PROPN" and not subj.ent_type_:
        return None  # a capital the tagger could not place ("(Coaches)")
    if subj.pos_ == "NOUN" and subj.tag_ == "NN" and not any(t.dep_ in {"det", "poss", "compound", "amod"}
                                                             for t in tokens if t.i != subj.i):
        return None  # a bare mass noun reads as half a phrase
    name = _name(subj, {"PERSON", "ORG", "GPE", "NORP"})
    text = name or re.sub(r"\s{2,}", " ", _lower_first(tokens)).strip(" ,")
    if not text or text.split()[-1].lower() in who.lower().split() or who.lower() in text.lower():
        return None  # "What did Smith say about Smith?"
    return text


def _said_about(c: Candidate, analysis: Analysis) -> list[tuple[str, str, tuple[str, ...]]]:
    """ "What did Mardas say about state revenue?": a named speaker's statement, by its topic."""
    root = c.span.root
    lemma = root.lemma_.lower()
    if lemma not in {"say", "tell", "add", "insist", "warn", "claim", "admit", "argue", "suggest", "explain",
                     "believe", "think", "reveal", "confirm"} or any(t.dep_ == "neg" for t in root.children):
        return []
    comp = next((ch for ch in root.children if ch.dep_ == "ccomp" and ch.pos_ in {"VERB", "AUX"}), None)
    subj = _subject(root)
    if comp is None or subj is None or subj.dep_ != "nsubj" or comp.i < root.i and c.facts.is_quote:
        return []
    doc = c.span.doc
    if any(doc[i].is_quote or doc[i].text in {"(", "["} for i in range(min(root.i, comp.left_edge.i), max(root.i, comp.left_edge.i) + 1)):
        return []  # a direct quotation: what it is about is the speaker's wording, not a topic
    found = _speaker(subj, c, analysis, bodies=True)
    if found is None:
        return []
    who, extra = found
    topic = _topic(comp, who)
    if topic is None:
        return []
    tense = {"VBZ": "does", "VBP": "do"}.get(root.tag_, "did")
    if tense != "did":
        tense = "do" if subj.tag_ in {"NNS", "NNPS"} or subj.lower_ == "police" else "does"
    verb = {"claim": "claim", "admit": "admit", "warn": "warn", "reveal": "reveal", "believe": "believe",
            "think": "think", "insist": "say", "argue": "say"}.get(lemma, "say")
    return [("said", f"What {tense} {_for_body(subj, who)} {verb} about {topic}", extra)]



_SAYS_VERBS = frozenset({"say", "tell", "add", "insist", "explain", "argue", "admit", "warn", "claim", "describe",
                         "allege", "confirm", "reveal", "note", "write"})


def _full_name(name: str, analysis: Analysis) -> str:
    """A surname the sentence gives alone ("Houser said …") as the story's full name for
    that one person ("Trevor Houser"); a name with a title ("Mr Norman") stays as it is."""
    words = name.split()
    if len(words) != 1:
        return name
    full = {e.name for e in analysis.entities if e.kind == "PERSON" and len(e.name.split()) in {2, 3}
            and e.name.split()[-1] == name}
    if not full:
        # "Julia admitted …" of a story that introduced "Julia Louis-Dreyfus": a first name
        full = {e.name for e in analysis.entities if e.kind == "PERSON" and len(e.name.split()) in {2, 3}
                and e.name.split()[0] == name}
    return full.pop() if len(full) == 1 else name


def _glued_role(first: Token, who: str, analysis: Analysis) -> bool:
    """Whether a name's first word is a job the tagger ran into it at the head of the
    sentence ("Cleaner Otilio Padilla Miramontes", "Prosecutor Eddie Cole"): a person-noun
    form, the name whole without it, and the story's people list naming them without it,
    or the story writing the word in lower case or the rest of the name without it
    elsewhere. A first name that ends like a role ("Christopher Arthur Neville Kent") is
    never written either way, so it stays."""
    words = who.split()
    if len(words) < 3 or first.i != first.sent.start or first.lower_ in _TITLES or first.lower_ in _RANKS:
        return False
    if any(e.kind == "PERSON" and e.name == " ".join(words[1:]) for e in analysis.entities) and not any(
            e.kind == "PERSON" and e.name == who for e in analysis.entities):
        return True
    low = first.lower_
    if not (low in ONE_OF | ROLE_NOUNS | PEOPLE_NOUNS or (len(low) > 4 and low.endswith(PERSON_ENDINGS))):
        return False
    doc = first.doc
    rest = " ".join(words[1:])
    lowered = any(t.text == low for t in doc)
    alone = any(m.start() > 0 and not doc.text[: m.start()].rstrip().endswith(first.text)
                for m in re.finditer(re.escape(rest), doc.text))
    return lowered or alone


def _says(c: Candidate, analysis: Analysis) -> list[tuple[str, str, tuple[str, ...]]]:
    """ "What does Trevor Houser say?": a named person's reaction or quotation, answered by
    the sentence that gives it with its speaker (the editors' "What does Mr Norman say?").
    Only a person the parse names (or an opening he/she's one antecedent), never a body
    ("What did officials say?" asks nothing), never a refusal to comment (the other side's
    question), and the answer must name the speaker."""
    if c.roles.has("debris") or not (c.roles.has("reaction", "quote", "other_side") or c.facts.attribution):
        return []
    if _NO_COMMENT.search(c.sentence.text):
        return []
    span = c.span
    opened = int(opening_mark(c, analysis) is not None)  # (the quotation's opening mark left on the sentence before)
    verb = next((t for t in span if t.lemma_.lower() in _SAYS_VERBS and t.pos_ in {"VERB", "AUX"}
                 and getattr(_subject(t), "dep_", None) == "nsubj"
                 and (t.dep_ == "ROOT" or (c.facts.is_quote and t.dep_ in {"parataxis", "ccomp", "conj"}))
                 # ('"Skyway claims to serve …," he said': a verb inside the quotation is not its speaker's)
                 # (a possessive's mark, "the TaxPayers’ Alliance", opens nothing)
                 and not (opened + sum(1 for x in span if x.i < t.i and x.is_quote and x.dep_ != "case")) % 2), None)
    if verb is None or any(ch.dep_ == "neg" for ch in verb.children):
        return []
    own = _subject(verb)
    assert own is not None  # (the verb was chosen for its nsubj)
    others = [x for x in (_subject(t) for t in span if t.i != verb.i and t.lemma_.lower() in _SAYS_VERBS
                          and t.pos_ == "VERB" and not (opened + sum(1 for q in span if q.i < t.i and q.is_quote
                                                                     and q.dep_ != "case")) % 2)
              if x is not None]
    if any(x.lower_ not in {"he", "she"} and x.i != own.i for x in others):
        return []  # "Palestinian Authorities say …, but the Israeli Government says …": two voices, one answer
    if not any(ch.dep_ in {"ccomp", "parataxis", "xcomp"} for ch in verb.children) and not (
            verb.dep_ != "ROOT" or c.facts.is_quote):
        return []
    subj = own
    if any(ch.dep_ == "conj" for ch in subj.children):
        return []
    named = next((a for a in subj.children if a.dep_ == "appos" and a.ent_type_ == "PERSON" and a.pos_ == "PROPN"), None)
    if subj.pos_ == "NOUN" and named is not None:
        subj = named  # "his daughter, Claudette King, told …": the speaker by name
    e = _ent(subj)
    body = e is not None and e.label_ == "ORG" and subj.pos_ == "PROPN" and subj.i == e.end - 1
    listed = None
    if (e is None or e.label_ != "PERSON") and subj.pos_ == "PROPN" and not body:
        # "James Boase, who has two previous convictions …, said": a name the tagger missed
        # here, in full and of the one person the story's people list gives it for
        words = [t for t in subj.subtree if t.i <= subj.i and t.pos_ == "PROPN" and t.dep_ in {"compound", "nsubj"}]
        name = " ".join(t.text for t in words)
        people = [p for p in analysis.entities if p.kind == "PERSON" and c.id in p.mentions and p.name == name]
        listed = (name, ()) if len(people) == 1 and len(name.split()) >= 2 and words[0].i == subj.left_edge.i else None
    if (e is None or e.label_ != "PERSON") and subj.lower_ not in {"he", "she"} and not body and listed is None:
        return []
    found = listed or _who(subj, c, analysis)
    if found is None and subj.lower_ in {"he", "she"} and _closing_attribution(subj, opened=bool(opened)):
        # "'…,' she said.": the speaker of a quotation the sentence closes, when the story
        # has one clear he/she for it (the answer names them: see :func:`standalone`).
        person = antecedent(c.index, subj.lower_, analysis)
        if person is None and (behind := person_behind(c.index, subj.lower_, analysis, doc=c.span.doc)) is not None:
            person = behind[0]  # (the answer names them the same way: see :func:`_named_in`)
        if person is not None and 2 <= len(person.name.split()) <= 4:
            seen = person.mentions[0] if int(person.mentions[0][1:]) - 1 < c.index else c.id
            found = person.name, (seen,)
    if found is None:
        return []
    who, extra = found
    if body and not (who.startswith("the ") or len(who.split()) >= 2 or who.isupper()) or body and any(
            e.kind == "PERSON" and who.split()[-1] in e.name.split() for e in analysis.entities):
        return []  # "Julia", "Kuhar": a person the tagger took for an organisation
    who = who if body else _full_name(who, analysis)
    first = next((t for t in span if t.text == who.split()[0]), None)
    if first is not None and (first.pos_ == "NOUN" and first.lower_ not in _TITLES or _glued_role(first, who, analysis)):
        who = who.split(" ", 1)[-1]  # "Spokeswoman Anne Stringer": the role the tagger ran into the name
    if not re.match(r"^(?:the )?[A-Z]", who) or not (1 if body else 2) <= len(who.split()) <= 5:
        return []  # "What did Jordan say?" of a story with two Jordans: which one?
    if any(g.dep_ in {"dobj", "dative"} and g.lower_ in _PRONOUNS for g in verb.children):
        return []  # "Andrew told her: …": the answer leans on someone it does not name
    if any(g.dep_ == "ccomp" and any(x.dep_ in {"nsubj", "nsubjpass"} and x.lower_ in {
            "it", "this", "that", "these", "those", "they"} and not (x.lower_ == "it" and g.lemma_.lower() in {
                "seem", "appear", "look"}) for x in g.children) for g in verb.children):
        return []  # "Mr Downer has told Channel Seven it should not be dismissed": what is "it"?
    tense = "does" if verb.tag_ in {"VBZ", "VBP"} else "did"
    # An allegation keeps its owner's word: "What does Kristina Karo allege?"
    said = {"allege": "allege", "claim": "claim"}.get(verb.lemma_.lower(), "say")
    topic = _spoken_topic(span, verb, subj, who, analysis)
    # The bare "What did X say?" fits any speaker (struck by blind readers: "What does Mr
    # Bush say?", "What does Mr Crompton say?"): a speaker is asked what they said about
    # something their words name, or what they claim or allege; the bare question only
    # for an FAQ that would otherwise be empty (see :func:`faq`).
    bare = ("says", f"What {tense} {who} {said}", extra)
    if topic is not None:
        return [("says", f"What {tense} {who} {said} about {topic}", extra), bare]
    return [bare]


def _closing_attribution(subj: Token, *, opened: bool = False) -> bool:
    """A he/she that follows the quotation it attributes ("'…,' he said.", "'…,' she told
    the BBC."): a whole quotation before it, opened at the sentence's start (or, ``opened``,
    on the mark the sentence before was left with)."""
    doc = subj.doc
    sent = subj.sent
    before = [t for t in doc[sent.start:subj.i] if not t.is_space]
    if len(before) < 6 or not (opened or before[0].is_quote) or not (before[-1].is_quote or (
            before[-1].text == "," and len(before) > 1 and before[-2].is_quote)):
        return False
    return (opened + sum(1 for t in before if t.is_quote)) % 2 == 0


_TOPIC_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "EVENT", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "LOC"})


def _spoken_topic(span: Span, verb: Token, subj: Token, who: str, analysis: Analysis | None = None) -> str | None:
    """What a speaker's words are about, as "What did X say about Y?" names it: the first
    noun phrase of the words spoken (the quotation or the reported clause, never the
    speaker's own phrase) that is a name other than the speaker's ("the Premier League",
    "Labour") or a definite phrase the story uses in two or more sentences ("the strike",
    "the new terminal"). None when the words name nothing the reader could ask about."""
    if verb.dep_ == "ROOT":
        spoken = {t.i for ch in verb.children if ch.dep_ in {"ccomp", "parataxis", "xcomp"} for t in ch.subtree}
    else:  # '"…," Smith said' parsed with the quotation as the root
        spoken = {t.i for t in span} - {t.i for t in verb.subtree}
    spoken -= {t.i for t in subj.subtree}
    names = {w.lower() for w in who.split()} - _STOP - {"the"}
    found: list[tuple[str, Token]] = []
    for chunk in span.noun_chunks:
        if not all(t.i in spoken for t in chunk) or chunk.root.dep_ in {"npadvmod", "appos"}:
            continue
        if chunk.root.dep_ == "conj":
            continue  # "Bob Hawke and Neville Wran": one of the pair is not what the words are about
        conj = [g for g in chunk.root.children if g.dep_ == "conj"]
        if conj:
            # … the pair is, when both are names ("Samuel Kvarzell and Markus Asberg")
            pair = [_ent(chunk.root), _ent(conj[0])]
            if (len(conj) == 1 and pair[0] is not None and pair[1] is not None and pair[0].label_ == pair[1].label_
                    and pair[0].label_ in {"PERSON", "ORG", "GPE"} and all(t.i in spoken for t in conj[0].subtree)
                    and any(g.dep_ == "cc" and g.lower_ == "and" for g in chunk.root.children)
                    and not any(w.lower() in names for p in pair if p is not None for w in p.text.split())):
                found.append((f"{pair[0].text} and {pair[1].text}", chunk.root))
            continue
        tokens = [t for t in chunk if not t.is_punct and not t.is_quote]
        while tokens and tokens[0].dep_ == "det" and tokens[0].lower_ != "the":
            tokens = tokens[1:]
        of = next((g for g in chunk.root.children if g.dep_ == "prep" and g.lower_ == "of"), None)
        if of is not None:
            # "the state [of Amazonas]": the phrase says which only with its "of"
            tokens += [t for t in sorted(of.subtree, key=lambda t: t.i) if not t.is_punct and not t.is_quote]
            if len(tokens) > 5 or not all(t.i in spoken for t in tokens):
                continue
        elif not 1 <= len(tokens) <= 4:
            continue
        elif any(g.dep_ == "prep" and g.i == chunk.end and g.lower_ in {"for", "to"} and not any(
                x.lower_ in {"instance", "example"} for x in g.children) for g in chunk.root.children):
            continue  # "the need [for community …]": a phrase its complement completes
        if any(t.lower_ in _PRONOUNS or t.like_num or t.pos_ == "PRON" or t.lower_ in names for t in tokens):
            continue
        if any(t.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"} for t in tokens):
            continue
        root = chunk.root
        if (analysis is not None and len(tokens) == 1 and root.text[:1].isupper() and root.pos_ in {"PROPN", "NOUN"}
                and root.dep_ in {"nsubj", "nsubjpass", "dobj"}
                and (not root.ent_type_ or root.ent_type_ == "PERSON")):
            # "Hawthorne died peacefully, McReddie added": a surname the story's people list
            # gives in full, for the one person of that name.
            full = {e.name for e in analysis.entities if e.kind == "PERSON" and len(e.name.split()) in {2, 3}
                    and e.name.split()[-1] == root.text and e.name.split()[-1].lower() not in names}
            if len(full) == 1:
                found.append((full.pop(), root))
                continue
            if root.pos_ == "NOUN":
                continue  # (a capital only because it opens the sentence)
        if any(a.dep_ in {"relcl", "acl", "appos"} and a.i in spoken for a in root.ancestors):
            continue  # "Ms Kunis, who lives in Hollywood": a description's detail, not the topic
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in {"NOUN", "PROPN"}:
            continue  # "the origin of the egg": a detail of another phrase, not what the words are about
        if (root.dep_ == "pobj" and root.head.head.dep_ == "pobj" and root.head.head.head.dep_ == "prep"
                and root.head.head.head.head.pos_ in {"NOUN", "PROPN"}):
            continue  # "the contracts for his fight against Floyd Mayweather": a detail two phrases down
        e = _ent(root)
        if root.pos_ == "PROPN" and e is not None and e.label_ in _TOPIC_LABELS and e.end - 1 == root.i:
            text = _words(tokens)
            if tokens[0].lower_ == "the":
                text = "the " + text.split(" ", 1)[-1]
            if e.label_ == "PERSON" and len(e.text.split()) < 2 and not re.match(r"^(?:Mr|Mrs|Ms|Dr)\.? ", text):
                continue  # "about Smith": which one?
            if analysis is not None and _glued_role(tokens[0], text, analysis):
                text = text.split(" ", 1)[1]  # "about Actor Peter Halloran"
            last = root.text
            if sum(1 for sent in span.doc.sents if re.search(rf"\b{re.escape(last)}\b", sent.text)) < 2:
                continue  # "about Mercedes" of a car named once: a detail, not what the story is about
            found.append((text, root))
            continue
        text = _lower_first(tokens)
        object_of = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else None
        if (root.dep_ in {"nsubj", "nsubjpass", "dobj"} or (
                object_of is not None and object_of.dep_ in {"nsubj", "nsubjpass", "dobj"} and object_of.pos_ == "NOUN")
                or (root.dep_ == "pobj" and root.head.lower_ in {"about", "over", "against", "for", "into"})) \
                and _story_topic(text, span):
            # (a subject or an object, what one is of ("repairs to the northern pier") or what
            # a verb is about ("complaining about the smoke"); "back in the field", "on the
            # ground" are no topics)
            found.append((text, root))
    # The phrase the story opens on ("the bypass" over "the council" in "… take the council to
    # court over the bypass"), else the first.
    # (a word of the lead, or its lemma: never a bare substring, "UN" in any lead or "strike" in "striker")
    lead = {w for t in next(iter(span.doc.sents)) for w in (t.lower_, t.lemma_.lower())}
    return next((t for t, r in found if r.lower_ in lead or r.lemma_.lower() in lead),
                found[0][0] if found else None)

_DEFINED = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC"})


def _define(c: Candidate, analysis: Analysis) -> list[tuple[str, str, tuple[str, ...]]]:
    """ "What is Letzgo Hunting?" from a sentence that says what it is: "X is a vigilante
    group …" or "X, a vigilante group, …" — for a name the story comes back to."""
    out: list[tuple[str, str, tuple[str, ...]]] = []
    root = c.span.root
    subj = _subject(root)
    if subj is None or c.roles.has("quote") or c.facts.is_quote:
        return out
    e = _ent(subj)
    if e is None or e.label_ not in _DEFINED or e.end - 1 != subj.i or subj.pos_ != "PROPN":
        return out
    name = _name(subj, _DEFINED)
    if name is None:
        return out
    base = name.split()[-1]
    mentions = sum(1 for s in analysis.sentences if base in s.text)
    if mentions < 2:
        return out
    if root.lemma_ == "be" and c.facts.tense != "future":
        attr = next((g for g in root.children if g.dep_ == "attr"), None)
        det = None if attr is None else next((d for d in attr.children if d.dep_ == "det"), None)
        if attr is not None and attr.pos_ == "NOUN" and det is not None and det.lower_ in {"a", "an"}:
            out.append(("define", f"{_wh_for(attr)} is {name}", ()))
            return out
    appos = [a for a in subj.children if a.dep_ == "appos" and a.pos_ == "NOUN"
             and any(d.dep_ == "det" and d.lower_ in {"a", "an", "the"} for d in a.children)]
    if appos and subj.dep_ == "nsubj":
        out.append(("define", f"{_wh_for(appos[0])} is {name}", ()))
    return out




def _wh_for(noun: Token) -> str:
    """ "Who" when the phrase that says what the name is names a person ("a Brazilian
    journalist"), "What" otherwise — whatever the tagger took the name for."""
    lemma = noun.lemma_.lower()
    return "Who" if lemma in ROLE_NOUNS or (lemma.endswith(("ist", "ian")) and len(lemma) > 5) else "What"


# Passive verbs that report an event that happened to someone (not "was seen", "was told").
_EVENTS = frozenset(
    {"kill", "shoot", "arrest", "charge", "jail", "imprison", "sentence", "injure", "wound", "hurt", "rescue",
     "release", "free", "sack", "fire", "suspend", "ban", "fine", "convict", "acquit", "attack", "stab", "beat",
     "rob", "kidnap", "abduct", "hospitalise", "hospitalize", "deport", "detain", "remand", "execute", "behead",
     "murder", "rape", "hit", "strike", "knight", "award", "appoint", "elect", "expel", "evict", "dismiss",
     "clear", "replace", "save", "airlift", "evacuate", "punish", "question", "interview", "sue", "honour",
     "honor", "recall", "promote", "relegate", "eliminate", "defeat", "drop", "axe", "bail", "exclude", "admit",
     "treat", "diagnose", "strip", "reprimand", "discipline", "criticise", "criticize", "slam", "mock", "abuse",
     "maul", "bite", "crush", "trap", "strand", "maim", "paralyse", "paralyze", "disqualify", "hang"}
)


def _happened(c: Candidate, analysis: Analysis) -> list[tuple[str, str, tuple[str, ...]]]:
    """ "What happened to Leon Yeaman?" only when the sentence's main clause is the event
    that happened to them ("Leon Yeaman, 55, was allegedly killed by a single punch …"), or
    the clause a source reports ("The four crew members … were rescued …, the Pentagon
    said": the question asks, it asserts nothing, and the answer keeps the source)."""
    root = _event_root(c.span)
    subj = _subject(root)
    if subj is None or c.facts.tense == "future" or any(t.dep_ == "neg" for t in root.children):
        return []
    passive = subj.dep_ == "nsubjpass" and root.lemma_.lower() in _EVENTS and _aux_of(root)
    died = subj.dep_ == "nsubj" and root.lemma_.lower() == "die" and root.tag_ in {"VBD", "VBN"}
    if not (passive or died):
        return []
    if any(a.lower_ in {"will", "would", "could", "may", "might", "should", "must", "can"} for a in _aux_of(root)):
        return []
    found = _who(subj, c, analysis)
    if found is None:
        group = _group(subj, c)
        found = None if group is None else (group, ())
    if found is None:
        return []
    who, extra = found
    return [("happened", f"What happened to {who}", extra)]


# People a story follows as a group: "What happened to the B-52's crew?", "… to the hostages?".
_GROUPS = frozenset({"crew", "passenger", "victim", "hostage", "soldier", "worker", "miner", "climber",
                     "student", "child", "resident", "prisoner", "detainee", "survivor", "refugee", "sailor", "pilot",
                     "fisherman", "hiker", "rafter", "guide", "family", "villager", "protester", "officer", "marine",
                     "troop", "firefighter", "diver", "skier", "swimmer", "patient"})


def _group(subj: Token, c: Candidate) -> str | None:
    """A definite group as the subject of what happened to it ("The four crew members of the
    bomber were rescued", "Its crew …" never): "the four crew members of the bomber"."""
    if subj.lemma_.lower() not in _GROUPS and not any(t.lemma_.lower() in _GROUPS and t.dep_ == "compound"
                                                      for t in subj.children):
        return None
    tokens = _np_tokens(subj)
    det = next((t for t in subj.children if t.dep_ in {"det", "poss"}), None)
    if det is None or det.lower_ not in {"the"} and not (det.dep_ == "poss" and _name(det, _NAME_LABELS)):
        return None  # "a crew", "its crew": which?
    if not 2 <= len(tokens) <= 9 or any(t.lower_ in _PRONOUNS or t.is_punct or t.is_quote for t in tokens):
        return None
    if c.index > 8:
        return None  # a group the story follows is in its opening
    return _lower_first(tokens)


_MONEY_VERBS = frozenset({"cost", "pay", "spend", "raise", "earn", "sell", "fetch", "charge", "owe", "lose", "win",
                          "give", "donate", "invest", "receive", "make", "save", "collect", "award", "fine", "bid",
                          "offer", "bring", "generate", "net", "rake", "splash", "fork", "shell", "value", "price",
                          "borrow", "lend", "claim", "seek", "demand", "steal", "take", "get", "set", "budget"})


def _how_much(c: Candidate, analysis: Analysis) -> list[tuple[str, str, tuple[str, ...]]]:
    """ "How much does a month's treatment cost?" from a sum of money the verb takes."""
    span = c.span
    root = _event_root(span)
    if owned_claim(span, root) or leans_back(c, root):
        return []
    subj = _subject(root)
    if subj is None or pronoun_subject(c) or _pronounish(subj) or root.lemma_ == "be":
        return []
    wh = "How much"
    if root.lemma_.lower() not in _MONEY_VERBS:
        return []  # "The wage would go up to $9.25" is no "How much would the wage go?"
    money = next((g for g in root.children if g.dep_ in {"dobj", "npadvmod", "attr"} and (
        g.ent_type_ == "MONEY" or ((g.like_num or g.pos_ == "NUM") and any(t.text in {"£", "$", "€"} for t in g.subtree)))), None)
    if money is None and root.lemma_.lower() in {"cost", "pay", "spend", "raise", "earn", "sell", "fetch", "charge"}:
        # "cost an average of £354,378"
        money = next((g for g in root.children if g.dep_ == "dobj" and g.i > root.i
                      and any(t.ent_type_ == "MONEY" for t in g.subtree) and len(list(g.subtree)) <= 6), None)
    if money is None:
        # "cost 12 per cent more – or £38,831 – than …" → "How much more do homes … cost?"
        money = next((g for g in root.children if g.dep_ in {"advmod", "acomp", "npadvmod"} and g.lower_ in {"more", "less"}
                      and any(t.ent_type_ in {"MONEY", "PERCENT"} for t in g.subtree)), None)
        if money is not None:
            wh = "How much " + money.lower_
    if money is None:
        return []
    frame = _drop_frame(span, root)
    q = _short_invert(span, root, frame | {t.i for t in money.subtree})
    if not q:
        return []
    return [("howmuch", f"{wh} {q}", ())]


def _share(c: Candidate, analysis: Analysis) -> list[tuple[str, str, tuple[str, ...]]]:
    """ "What share of Germans now consider the end of the war a defeat?" from "Only nine
    per cent of Germans now consider …"."""
    span = c.span
    root = _event_root(span)
    if owned_claim(span, root) or leans_back(c, root):
        return []
    subj = _subject(root)
    if subj is None or subj.lower_ not in {"cent", "percent", "%"} or c.facts.is_quote:
        return []
    of = next((ch for ch in subj.children if ch.dep_ == "prep" and ch.lower_ == "of"), None)
    pobj = None if of is None else next((g for g in of.children if g.dep_ == "pobj"), None)
    if pobj is None or _pronounish(pobj) or pobj.tag_ not in {"NNS", "NNPS"}:
        return []
    group = sorted(pobj.subtree, key=lambda t: t.i)  # "people who are not divorced": all of it
    if not 1 <= len(group) <= 7 or any(t.is_punct for t in group):
        return []
    q = invert(span, root, _drop_frame(span, root), subject=None)
    if not q:
        return []
    words = q.split()
    subject_text = np_text(subj)
    if subject_text not in q:
        return []
    rest = q.replace(subject_text, "", 1)
    aux = words[0]
    body = rest[len(aux):].strip() if rest.startswith(aux) else None
    if body is None:
        return []
    if aux == "does":
        aux = "do"
    return [("howmany", f"What share of {_lower_first(group)} {aux} {body}", ())]


def _how_long(c: Candidate, analysis: Analysis) -> list[tuple[str, str, tuple[str, ...]]]:
    """ "How long had Sister Gertrud lived at the mission?" from "… for 60 years"."""
    span = c.span
    root = _event_root(span)
    if owned_claim(span, root) or leans_back(c, root):
        return []
    subj = _subject(root)
    if subj is None or pronoun_subject(c) or _pronounish(subj) or c.facts.is_quote or root.lemma_ in _SPEECH:
        return []
    if subj.dep_ == "nsubjpass" and root.lemma_.lower() in {"jail", "imprison", "sentence", "ban", "suspend"}:
        return []  # asked by the accused questions
    dur = next((ch for ch in root.children if ch.dep_ == "prep" and ch.lower_ == "for" and ch.i > root.i
                and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in ch.children)), None)
    if dur is None or not _DURATION.search(" ".join(t.text for t in dur.subtree)):
        return []
    if re.search(r"\b(year|month)-old\b|\bold\b", " ".join(t.text for t in dur.subtree)):
        return []
    frame = _drop_frame(span, root)
    q = _short_invert(span, root, frame | {t.i for t in dur.subtree})
    return [("howlong", "How long " + q, ())] if q else []


# Passive events whose "after …" clause gives the cause in a news lead.
_CAUSED = frozenset({"suspend", "sack", "fire", "ban", "fine", "arrest", "charge", "jail", "sentence", "expel", "criticise",
                     "criticize", "slam", "hospitalise", "hospitalize", "drop", "axe", "dismiss", "disqualify", "evacuate",
                     "close", "cancel", "postpone", "punish", "reprimand", "condemn"})


def _because(c: Candidate, analysis: Analysis) -> list[tuple[str, str, tuple[str, ...]]]:
    """ "Why was the match abandoned?" from "… because …": the reason is the answer."""
    span = c.span
    root = _event_root(span)
    if owned_claim(span, root) or leans_back(c, root):
        return []
    if pronoun_subject(c) or c.facts.is_quote or root.lemma_ == "be":
        return []
    subj = _subject(root)
    if subj is None or _pronounish(subj):
        return []
    reason = next((ch for ch in root.children if ch.dep_ == "advcl" and ch.i > root.i
                   and any(m.dep_ == "mark" and m.lower_ in {"because", "since"} for m in ch.children)), None)
    if reason is None:
        reason = next((ch for ch in root.children if ch.dep_ == "prep" and ch.i > root.i and (
            (ch.lower_ == "because" and any(g.lower_ == "of" for g in ch.children))
            or (ch.lower_ == "due" and any(g.lower_ == "to" for g in ch.children)))), None)
    drop: set[int] = set()
    if reason is None and subj.dep_ == "nsubjpass" and root.lemma_.lower() in _CAUSED:
        # "… has been suspended from her position after an ugly rant": in a news lead, the cause.
        reason = next((ch for ch in root.children if ch.i > root.i and (
            (ch.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "after" for m in ch.children))
            or (ch.dep_ == "prep" and ch.lower_ == "after" and any(
                g.dep_ == "pcomp" or (g.dep_ == "pobj" and g.pos_ == "NOUN" and g.ent_type_ == "") for g in ch.children)))
            and not any(g.dep_ in {"npadvmod", "advmod"} and (g.ent_type_ in {"DATE", "TIME"} or _MEASURED.search(g.text + " "))
                        for g in ch.children)),  # "nearly a month after the shooting": when, not why
            None)
        drop = {t.i for ch in root.children if ch.dep_ == "prep" and ch.i > root.i
                and any(t.lower_ in _PRONOUNS for t in ch.subtree) for t in ch.subtree}
    if reason is None:
        return []
    if any(not t.is_punct for t in span if t.i > reason.right_edge.i):
        return []  # the reason must close the sentence, or the question keeps half of what follows
    if reason.dep_ == "advcl" and any(m.lower_ == "since" for m in reason.children) and _POINT.search(
            " ".join(t.text for t in reason.subtree)):
        return []  # "since March": a time, not a reason
    if any(a.lower_ in {"should", "could", "would", "might", "may", "must"} for a in _aux_of(root)):
        return []
    if any(t.lower_ in {"a", "an", "one", "some"} for t in subj.subtree if t.i == subj.left_edge.i):
        return []  # "Why did a request prove impossible?": which one?
    frame = _drop_frame(span, root)
    q = _short_invert(span, root, frame | drop | {t.i for t in reason.subtree})
    return [("why", "Why " + q, ())] if q else []


_MEANS_PREPS = frozenset({"by", "through"})


def _means_of(root: Token) -> Token | None:
    """The stated means of a verb: "by tunnelling under the street", "using a crowbar"
    (never a passive's doer, "by police", nor "by 5pm" or "by 20 per cent")."""
    for ch in root.children:
        if ch.i < root.i:
            continue
        if ch.dep_ == "prep" and ch.lower_ in _MEANS_PREPS and any(
                g.dep_ == "pcomp" and g.tag_ == "VBG" and g.pos_ == "VERB" for g in ch.children):
            return ch
        if (ch.dep_ == "advcl" and ch.lower_ == "using" and ch.tag_ == "VBG"
                and any(g.dep_ == "dobj" for g in ch.children)
                and not any(g.dep_ in {"nsubj", "mark"} for g in ch.children)):
            return ch
    return None


def _means(c: Candidate, analysis: Analysis) -> list[tuple[str, str, tuple[str, ...]]]:
    """ "How did the thieves get into the vault?" from "… by tunnelling under the street":
    only with a stated means, which the answer gives."""
    span = c.span
    root = _event_root(span)
    if owned_claim(span, root) or leans_back(c, root) or pronoun_subject(c) or c.facts.is_quote:
        return []
    if root.lemma_ == "be" or root.pos_ != "VERB" or any(ch.dep_ == "neg" for ch in root.children):
        return []
    subj = _subject(root)
    if subj is None or _pronounish(subj) or subject_read_as_conjunct(span):
        return []
    if any(t.lower_ in {"a", "an", "one", "some"} for t in subj.subtree if t.i == subj.left_edge.i):
        return []  # "How did a man get in?": which one?
    if any(a.lower_ in {"should", "could", "would", "might", "may", "must"} for a in _aux_of(root)):
        return []
    if root.i != span.root.i or root.dep_ == "ccomp":
        return []  # "Israel said Arafat had forfeited his role by refusing …": whose account it is goes too
    means = _means_of(root)
    if means is None:
        return []
    if any(t.pos_ in {"VERB", "AUX"} for t in span if root.i < t.i < means.i) or any(
            ch.dep_ == "advcl" and any(m.dep_ == "mark" for m in ch.children) for ch in root.children):
        # "… will be relegated if they lose and Alfreton win by reversing …": the means
        # belongs to another verb, or the event is conditional
        return []
    frame = _drop_frame(span, root)
    q = _short_invert(span, root, frame | {t.i for t in means.subtree})
    return [("how", "How " + q, ())] if q else []


def _denied(c: Candidate, analysis: Analysis) -> list[tuple[str, str, tuple[str, ...]]]:
    """The contested claim as a yes/no question, answered by the denial: "Greece has
    denied it will fail to pay …" → "Will Greece fail to pay …?"."""
    span = c.span
    root = span.root
    if root.lemma_.lower() not in {"deny", "dispute", "reject", "refute"} or any(t.dep_ == "neg" for t in root.children):
        return []
    subj = _subject(root)
    if subj is None or subj.dep_ != "nsubj":
        return []
    found = _who(subj, c, analysis)
    if found is None:
        name = _name(subj, {"PERSON", "ORG", "GPE", "NORP"})
        found = (name, ()) if name else None
    if found is None:
        return []
    who, extra = found
    comp = next((ch for ch in root.children if ch.dep_ in {"ccomp", "xcomp"} and ch.pos_ in {"VERB", "AUX"}), None)
    if comp is None or any(t.dep_ == "neg" for t in comp.children):
        return []
    csubj = _subject(comp)
    if csubj is None and comp.tag_ == "VBG":
        # "denied taking the money" → "Did X take the money?"
        rest = [t for t in comp.subtree if t.i != comp.i and t.i > comp.i and t.dep_ not in _SIDE_DEPS]
        rest = [t for t in rest if not any(a.dep_ in _SIDE_DEPS for a in t.ancestors if a.i > comp.i and a.i != comp.i)]
        if not rest or len(rest) > 9:
            return []
        return [("deny", f"Did {who} {comp.lemma_.lower()} {_words(rest)}", extra)]
    if csubj is None or csubj.lower_ not in {"he", "she", "it", "they"}:
        return []
    q = invert(span, comp, _drop_frame(span, comp))
    if not q:
        return []
    words = q.split()
    if len(words) < 3 or words[1].lower() != csubj.lower_:
        return []
    words[1] = who
    return [("deny", " ".join(words), extra)]


_TRIMMABLE = frozenset({"prep", "advmod", "npadvmod", "advcl", "agent"})


def _short_invert(span: Span, root: Token, drop: set[int], limit: int = 11) -> str | None:
    """:func:`invert`, then trailing adjuncts deleted (last first) until the question is short."""
    q = invert(span, root, drop)
    extras = sorted((c for c in root.children if c.i > root.i and c.dep_ in _TRIMMABLE and c.i not in drop),
                    key=lambda t: -t.i)[:-1]  # the first complement ("put … on hold") stays
    extras += [c for o in root.children if o.dep_ == "dobj" for c in o.children if c.dep_ in {"relcl", "acl"}]
    for extra in extras:
        if q is None or len(q.split()) <= limit:
            break
        drop = drop | {t.i for t in extra.subtree}
        q = invert(span, root, drop)
    for extra in _optional_settings(root, drop):
        # Still long: a place or date deeper in the clause goes too ("… take her son to a
        # match in Leeds" → "… take her son to a match"), rather than the question.
        if q is None or len(q.split()) <= limit:
            break
        drop = drop | {t.i for t in extra.subtree}
        q = invert(span, root, drop)
    return q


_SETTING_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "during", "on", "throughout"})
_SETTING_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _optional_settings(root: Token, drop: set[int]) -> list[Token]:
    """Prepositional phrases of place or time anywhere in the clause (a named place, a
    date), last first: detail a question can do without. Never one inside the subject,
    one that ends a name, or one the clause holds a word of after it and depends on."""
    subj = _subject(root)
    skip = set(drop) | ({t.i for t in subj.subtree} if subj is not None else set())
    out = []
    for t in root.subtree:
        if t.dep_ != "prep" or t.lower_ not in _SETTING_PREPS or t.i in skip or t.i < root.i:
            continue
        obj = next((o for o in t.children if o.dep_ == "pobj"), None)
        if obj is None or obj.ent_type_ not in _SETTING_LABELS or (t.head.i != root.i and t.head.pos_ not in {"NOUN", "PROPN"}):
            continue  # (not "… departing Petaluma and arriving [in Santa Rosa]": a verb's own place)
        if any(x.i in skip for x in t.subtree) or any(x.dep_ in {"relcl", "acl", "conj"} for x in t.subtree):
            continue
        out.append(t)
    return sorted(out, key=lambda t: -t.i)


_UNITS = frozenset({"metre", "meter", "mile", "foot", "feet", "inch", "kilometre", "km", "cent", "percent", "year",
                    "month", "week", "day", "hour", "minute", "second", "pound", "stone", "kilo", "tonne", "ton"})


def _count_subject(span: Span, root: Token, frame: set[int]) -> str | None:
    """ "More than 20,000 foreign fighters have fled to Syria" → "How many foreign fighters
    have fled to Syria"."""
    subj = _subject(root)
    if subj is None or subj.tag_ != "NNS":
        return None
    num = next((n for n in subj.children if n.dep_ == "nummod" and n.like_num
                and not re.fullmatch(r"(19|20)\d\d", n.text) and n.lower_ not in {"one", "two", "2", "1"}), None)
    if num is None:
        return None
    skip = {t.i for t in num.subtree}
    noun = [t for t in _np_tokens(subj) if t.i not in skip and not (t.dep_ == "det" and t.head.i == subj.i)]
    # (only the count's own article goes: "supporters of the hardline group" keeps its "the")
    if not noun or len([t for t in noun if t.dep_ != "det"]) > 4 or any(t.lower_ in _PRONOUNS | _UNITS or t.like_num for t in noun):
        return None
    side = _side(root) | {t.i for t in subj.subtree} | frame
    rest = [t for t in _clause_tokens(span, root, side) if t.i > subj.i]
    extras = sorted((c for c in root.children if c.i > root.i and c.dep_ in _TRIMMABLE), key=lambda t: -t.i)[:-1]
    while len(noun) + len(rest) > 10 and extras:
        cut = {t.i for t in extras.pop(0).subtree}
        rest = [t for t in rest if t.i not in cut]
    settings = _optional_settings(root, side | {t.i for t in span if t.i not in {r.i for r in rest}})
    while len(noun) + len(rest) > 10 and settings:
        cut = {t.i for t in settings.pop(0).subtree}  # a named place or date deeper in the clause
        rest = [t for t in rest if t.i not in cut]
    if not rest or rest[0].i < root.i - 3:
        return None
    noun_text = " ".join(t.lower_ if _common(t) or (t.i != span.start and t.text.islower()) else t.text for t in noun)
    return f"How many {noun_text} {_words(rest)}"


_IDIOM_OBJECTS = frozenset({"way", "place", "part", "role", "toll", "tribute", "advantage", "notice", "stock", "shape",
                            "hold", "heart", "track", "sight", "stops", "stop"})


def _clean_object(obj: Token) -> bool:
    """An object a what-question can stand for: a whole phrase ("a statement", "his
    recovery"), not half an idiom ("paid tribute") nor one whose modifiers the parse
    left outside it ("nursing [abandoned] … animals")."""
    if obj.tag_ == "NN" and not any(c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in obj.children):
        return False
    if obj.lemma_.lower() in _IDIOM_OBJECTS:
        return False  # "leads the way", "took place", "played a part": half an idiom
    if any(c.dep_ in {"poss", "det"} and c.lower_ in _PRONOUNS | {"no"} for c in obj.children):
        return False  # "his victim": whose? "no sign": nothing to ask about
    root = obj.head
    if any(c.dep_ in {"oprd", "xcomp", "ccomp", "acomp"} for c in root.children):
        return False  # "left the mother mortified": half a construction
    if any(c.dep_ == "prep" and c.lower_ == "for" and c.i > obj.i for c in root.children) and root.lemma_.lower() in {
        "blame", "praise", "criticise", "criticize", "thank", "punish", "fine", "slam", "condemn", "reward"}:
        return False
    doc = obj.doc
    lo, hi = obj.left_edge.i, obj.right_edge.i
    for i in (lo - 1, hi + 1):
        stray = 0 <= i < len(doc) and (doc[i].pos_ == "ADJ" or doc[i].tag_ == "VBN") and doc[i].head.i != obj.i
        if stray and (i == lo - 1 or doc[i].head.i == obj.head.i):
            return False
    return len({t.i for t in obj.subtree}) == hi - lo + 1


def _stand_in(c: Candidate, subj: Token, root: Token, analysis: Analysis) -> tuple[str, str, tuple[str, ...]] | None:
    """The person a pronoun subject stands for, when the reference module finds one clear
    antecedent: "He filed …" (sentence-initial), "Loeb said he filed …" (the speaker),
    "Her workouts include …" (a possessive). Returns (pronoun, name, cites)."""
    span = c.span
    word = subj.lower_
    poss = next((t for t in subj.children if t.dep_ == "poss" and t.lower_ in {"his", "her"}), None)
    if word not in {"he", "she"} and poss is None:
        return None
    if poss is not None:
        if word in _PRONOUNS or poss.i != span.start:
            return None
        word = poss.lower_
    elif subj.i != span.start:
        # Only the reported clause of a named speaker: "Loeb said he …".
        speaker = _subject(span.root)
        name = None if speaker is None or root.i == span.root.i else _name(speaker, {"PERSON"})
        if name is None:
            return None
        e = antecedent(c.index, word, analysis)
        if e is None or e.name.split()[-1] != name.split()[-1]:
            return None
        return word, name, ()
    pron = "he" if word in {"he", "his"} else "she"
    e = antecedent(c.index, pron, analysis)
    if e is None or e.kind != "PERSON" or not 2 <= len(e.name.split()) <= 4 or not e.mentions:
        return None
    first = e.mentions[0] if int(e.mentions[0][1:]) - 1 < c.index else c.id
    return word, e.name, (first,)


_PLAN_NOUNS = frozenset({"step", "plan", "aim", "goal", "idea", "problem", "priority", "task", "challenge", "solution",
                         "answer", "key", "focus", "hope", "intention", "option", "move", "thing", "difficulty",
                         "worry", "concern", "danger", "risk", "job", "mission", "strategy", "approach", "trick"})
"""Nouns a gerund complements ("The first step was relocating the goats"): never its agent."""


def _still_dated(span: Span, question: str, removed: set[int]) -> bool:
    """A "When …?" that still names a time the sentence gives ("When did debate on the
    bill begin at 11:30am AEDT?"): it asks what it says."""
    words = set(re.findall(r"[\w:'’]+", question.lower()))
    return any((t.ent_type_ in {"DATE", "TIME"} or _CLOCK.fullmatch(t.lower_)) and t.i not in removed
               and t.lower_ in words and not t.is_stop for t in span)


_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d{2})?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}")


_COGNITION = frozenset({"believe", "think", "say", "expect", "fear", "hope", "know", "suspect", "claim", "feel", "doubt",
                        "argue", "insist", "warn", "predict", "assume", "estimate", "understand", "report"})


def _heilman(c: Candidate, analysis: Analysis) -> list[tuple[str, str, tuple[str, ...]]]:
    """Answer-phrase questions: who, when, where, how many, why, what."""
    span = c.span
    root = _event_root(span)
    frame = _drop_frame(span, root)
    subj = _subject(root)
    out: list[tuple[str, str, tuple[str, ...]]] = []
    if subj is None or any(ch.dep_ == "neg" for ch in root.children) or subject_read_as_conjunct(span):
        return out
    if owned_claim(span, root) or leans_back(c, root):
        return out
    if any(t.tag_ in {"WP", "WDT", "WP$"} and t.head.i == root.i for t in span):
        return out  # an embedded question ("… who called the paramedics") cannot be inverted
    stand_in = _stand_in(c, subj, root, analysis)
    if stand_in is None and pronoun_subject(c):
        return out
    if subj.ent_type_ == "PERSON" and subj.dep_ == "nsubj" and root.pos_ == "VERB" and _name(subj, {"PERSON"}):
        clause = _who_clause(span, root, subj, frame)
        if len(clause.split()) >= 3:
            out.append(("who", "Who " + clause, ()))
    count = _count_subject(span, root, frame)
    if count:
        out.append(("howmany", count, ()))
    if c.facts.tense != "future" and not (root.lemma_ == "be" and any(
            g.dep_ == "attr" or (g.dep_ == "acomp" and g.pos_ == "ADJ") for g in root.children)):
        # (never "When is Mr Costello hopeful about …?": a state, not an event with a date)
        when = _point_date(root)
        if when is not None:
            q = _short_invert(span, root, frame | {t.i for t in when.subtree})
            if q and not _still_dated(span, q, {t.i for t in when.subtree}):
                out.append(("when", "When " + q, ()))
        for verb in (v for v in root.children if v.dep_ == "conj" and v.pos_ == "VERB" and _subject(v) is None):
            when = _point_date(verb)
            if when is not None and verb.tag_ in {"VBD", "VBZ", "VBP"}:
                q = invert(span, verb, frame | {t.i for t in when.subtree}, subject=subj)
                if q:
                    out.append(("when", "When " + q, ()))
    where = _adjunct(root, _PLACE_LABELS)
    if root.lemma_.lower() in _COGNITION and any(ch.dep_ == "ccomp" for ch in root.children):
        # "In Afghanistan, leaders believe bin Laden will not be captured": "Where do leaders
        # believe bin Laden will not be captured?" hangs the place on the wrong verb.
        where = None
    if where is not None and where.lower_ in {"in", "at"}:
        q = _short_invert(span, root, frame | {t.i for t in where.subtree})
        if q:
            out.append(("where", "Where " + q, ()))
    purpose = purpose_clause(root)
    if purpose is not None and root.lemma_ != "be":
        q = _short_invert(span, root, frame | {t.i for t in purpose.subtree})
        if q:
            out.append(("why", "Why " + q, ()))
    if stand_in is not None:
        # "He filed …", "Her workouts include …": the pronoun becomes the person it stands for.
        word, name, cites = stand_in
        pat = re.compile(rf"^(\w+(?: \w+)?) {word} ")
        repl = name + ("'s" if word in {"his", "her"} else "")
        return [(k, pat.sub(lambda m: f"{m.group(1)} {repl} ", t, count=1), cites) for k, t, _ in out if pat.match(t)]
    obj = next((g for g in root.children if g.dep_ == "dobj"), None)
    if obj is not None:
        num = next((n for n in obj.children if n.dep_ == "nummod" and n.ent_type_ in {"CARDINAL", ""}
                    and not re.fullmatch(r"(19|20)\d\d", n.text)), None)
        if num is not None and obj.tag_ == "NNS":
            q = _short_invert(span, root, frame | {t.i for t in obj.subtree}, limit=10)  # ("How many N" before it)
            if q:
                out.append(("howmany", f"How many {obj.text.lower()} {q}", ()))
        elif (obj.ent_type_ == "" and obj.pos_ == "NOUN" and root.lemma_.lower() not in _LIGHT and _clean_object(obj)
              and not (root.tag_ == "VBG" and subj.lemma_.lower() in _PLAN_NOUNS)):
            # (not "What was the first step relocating?": the step does no relocating)
            q = _short_invert(span, root, frame | {t.i for t in obj.subtree})
            if q:
                person = any(t.ent_type_ == "PERSON" and t.dep_ in {"appos", "compound"} for t in obj.children)
                out.append(("what", ("Who " if person else "What ") + q, ()))
    return out


# ---------------------------------------------------------------------------
# Ranking and selection
# ---------------------------------------------------------------------------

_KIND_WEIGHT = {
    "accused": 1.0, "identity": 0.85, "other": 0.85, "next": 0.8, "matters": 0.6, "said": 0.55, "when": 0.35,
    "howmany": 0.5, "why": 0.45, "how": 0.45, "finding": 0.55, "who": 0.3, "where": 0.3, "what": 0.25, "define": 0.7, "happened": 0.75,
    "howmuch": 0.5, "deny": 0.8, "howlong": 0.5, "whois": 0.4, "says": 0.45, "react": 0.7, "wants": 0.6,
    "decided": 0.55, "hurt": 0.6,
}
_SHARED_PENALTY = 0.05
_KIND_CAP = {"said": 3, "identity": 2, "accused": 2, "who": 2, "what": 2, "where": 1, "when": 2, "next": 2,
             "other": 1, "matters": 1, "why": 1, "how": 1, "finding": 1, "howmany": 1, "define": 1, "happened": 1, "howmuch": 1, "deny": 1, "howlong": 1, "whois": 1, "says": 2,
             "react": 1, "wants": 1, "decided": 1, "hurt": 1}
_ROLE_KINDS = frozenset({"accused", "identity", "other", "next", "matters", "said", "define", "happened", "deny", "says",
                         "finding", "react", "wants", "hurt"})


def _content(text: str) -> set[str]:
    return {w for w in _CONTENT.findall(text.lower()) if w not in _STOP and len(w) > 2}


def same_answer(a: str, b: str) -> bool:
    """Whether two FAQ answers say the same: over half their content words shared (a
    sentence the story repeats, or two cuts of one sentence)."""
    return jaccard(_content(a), _content(b)) > 0.5


_COPULAS = frozenset({"is", "are", "was", "were", "be", "been"})
_MADE_FROM_SENTENCE = frozenset({"what", "who", "why", "how", "when", "where", "howmany", "howmuch", "howlong"})
"""Question kinds made by moving a sentence's own words (not a template such as "How did
X respond to …?"): their verb is the sentence's."""


def _no_verb(words: Sequence[str], span: Span | None) -> bool:
    """A wh-question whose auxiliary helps no verb of the sentence it was made from: "What
    will carbon dioxide emissions?" (a copula, or "has"/"have" of possession, stands
    alone: "Who is X?", "What has X?"). Read against the source sentence's parse, which is
    surer than a parse of the question."""
    low = [w.lower().strip(",") for w in words]
    if span is None or len(low) < 3 or low[0] not in {"what", "who", "why", "how", "when", "where", "which"}:
        return False
    at = next((i for i, w in enumerate(low[1:4], 1) if w in AUXILIARIES), None)
    if at is None or low[at] in _COPULAS | {"has", "have", "had"}:
        return False
    verbs = {form for t in span if t.pos_ == "VERB" for form in (t.lower_, t.lemma_.lower())}
    return not any(w in verbs for w in low[at + 1:])


_VAGUE_TOPICS = frozenset({"people", "thing", "things", "issue", "issues", "way", "time", "matter", "situation", "one",
                           "everyone", "everything", "something", "lot", "part", "fact", "problem", "year", "day", "news",
                           "world", "country", "game", "side", "work", "life", "end", "story"})


_BACK_TOPICS = frozenset({"word", "request", "defendant", "photo", "comment", "remark", "statement", "meeting", "men",
                          "people", "child", "children", "boy", "girl", "fight", "ship", "it"})


_QUANTITY_WORDS = COUNT_WORDS | _VAGUE | {"lots", "number", "rest", "other", "such", "various"}


def _compound_topic(topic: str, span: Span) -> bool:
    """A topic that says which by a noun before its head ("interest rates", "the jail sentence",
    "fuel prices"), never a quantity ("dozens of people") nor a bare "the policy"."""
    words = topic.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w.islower() for w in words):
        return False
    if words[0] in _QUANTITY_WORDS or words[-1] in _VAGUE_TOPICS or words[-1] in _PRONOUNS:
        return False
    for t in span:
        if t.lower_ == words[-1] and t.pos_ == "NOUN" and t.i - len(words) + 1 >= span.start:
            before = [span.doc[t.i - k] for k in range(len(words) - 1, 0, -1)]
            if [b.lower_ for b in before] == words[:-1] and all(
                    b.dep_ == "compound" and b.pos_ == "NOUN" and b.head.i == t.i for b in before):
                return True
    return False


def _described_topic(topic: str, span: Span) -> bool:
    """A definite topic that says which by two words before its noun ("the international
    financial crackdown", "the new privacy laws"), as the sentence writes it."""
    words = topic.split()
    if len(words) not in {3, 4} or words[0] != "the" or not all(w.isalpha() and w.islower() for w in words[1:]):
        return False
    head = words[-1]
    if head in _VAGUE_TOPICS or head in _PRONOUNS or head in _ROLE_BACK | _BACK_TOPICS or head.rstrip("s") in _ROLE_BACK:
        return False
    if any(w in _QUANTITY_WORDS or w in {"same", "latest", "last", "first", "next", "former", "previous"} for w in words[1:-1]):
        return False
    for t in span:
        if t.lower_ == head and t.pos_ == "NOUN" and t.i - len(words) + 1 >= span.start:
            before = [span.doc[t.i - k] for k in range(len(words) - 1, 0, -1)]
            if [b.lower_ for b in before] == words[:-1] and all(
                    b.dep_ in {"compound", "amod"} and b.pos_ in {"NOUN", "ADJ"} and b.head.i == t.i for b in before[1:]):
                return True
    return False


def _story_topic(topic: str, span: Span) -> bool:
    """A definite topic the story is about ("the strike", "today's action", "the proposed
    tax"): "the"/a possessive + a noun that two or more of the story's sentences use."""
    words = topic.split()
    if not 2 <= len(words) <= 4 or not re.match(r"^(?:the|[A-Za-z]+['’]s)$", words[0], re.I):
        return False
    head = words[-1].lower()
    if head in _VAGUE_TOPICS or head in _PRONOUNS or not head.isalpha():
        return False
    if head in _ROLE_BACK or head.rstrip("s") in _ROLE_BACK | _BACK_TOPICS or head in _BACK_TOPICS:
        return False  # "about the man", "about the words": which?
    stem = head[:-1] if len(head) > 4 else head  # "strike" meets "striking", "measures" "measure"
    uses = sum(1 for sent in span.doc.sents if re.search(rf"\b{re.escape(stem)}", sent.text.lower()))
    return uses >= 2


_REFERENT_NOUNS = ANAPHORIC_NOUNS | _ROLE_BACK | frozenset(
    {"accusation", "accusations", "charges", "criticism", "report", "reports", "complaint", "complaints", "mum", "mom", "dad", "spokeswoman",
     "spokesman", "spokesperson", "teenager", "officer", "officers", "owner", "owners", "neighbour", "neighbor"})
"""Nouns that, as "the …" in a question, point at one person or thing the story met before."""
_DEMONYM = ("man", "woman", "an", "ese", "ard", "ish", "ton", "i")
"""How a person's nationality ends ("the Frenchman", "the Australian", "the Briton"), not a
boat's or a horse's name the tagger took for one ("the fast-finishing Tevake")."""
_RESTRICTED = re.compile(r"^(?:of|in|at|from|for|against|about|over|on|who|whom|whose|that|which|behind|involving|"
                         r"[A-Z][\w.'’-]*)$")


def unplaced_referent(question: str, span: Span) -> str | None:
    """A definite description in a question that points at someone or something the
    question does not say and the story's top does not set up: "What did the mother
    regret?" (which mother?), "How did Ann Lowe respond to the claims?" (which claims?),
    "What happens next for the Frenchman?". Fine when the question itself says which ("the
    claims of abuse", "the mother of the boy", "the driver Tom Smith"), or when the story
    opens on it ("A mother has been jailed …" makes "the mother" its subject)."""
    words = question.rstrip("?").split()
    doc = span.doc
    top = " ".join(s.text for i, s in enumerate(doc.sents) if i <= _LEAD)
    top_stems = _stems(top)
    for i, w in enumerate(words[:-1]):
        if w.lower() != "the":
            continue
        # the head: a pointing noun among the next three words ("the young mother")
        j = next((k for k in range(i + 1, min(i + 4, len(words))) if words[k].strip(",").lower() in _REFERENT_NOUNS
                  or re.fullmatch(r"[A-Z][a-z]+(?:man|woman)", words[k].strip(","))
                  or (words[k][:1].isupper() and words[k].lower().endswith(_DEMONYM)
                      and any(t.text == words[k] and t.ent_type_ == "NORP" for t in doc))), None)
        if j is None or any(not w.islower() or w.lower() in _STOP for w in words[i + 1:j]):
            continue
        head = words[j].strip(",")
        if j + 1 < len(words) and _RESTRICTED.match(words[j + 1].strip(",")):
            continue  # "the claims of abuse", "the driver Tom Smith": the question says which
        if _stem(head.lower()) in top_stems or head.lower() in top.lower():
            continue  # the story opens on it
        return f"the {head}"
    return None


def _name_lowered(words: Sequence[str], span: Span) -> bool:
    """A name the question writes in lower case ("How have the leeds responded …?" of
    "Leeds have …"): a word the sentence capitalises as a proper noun, or opens with and
    the story capitalises elsewhere too, and never writes in lower case."""
    doc = span.doc
    lowered = {t.text for t in doc if t.text.islower()}
    names = {t.lower_ for t in span if t.text[:1].isupper() and not t.is_stop and len(t.text) > 1
             and t.lower_ not in lowered  # "police" written so elsewhere is no name
             and (t.pos_ == "PROPN" if t.i != span.start else is_name(t))
             # one word a name alone ("Leeds"), not a word of a longer one ("Bureau of Air Safety Investigation")
             and not (t.ent_type_ and len(_ent(t) or ()) > 1) and not any(
                 g.dep_ == "compound" for g in t.children) and t.dep_ != "compound"}
    return any(w.islower() and w in names for w in (x.strip(",") for x in words[1:]))


def _wrong_topic(q: str, span: Span) -> bool:
    """ "What is Julia?" (a person asked with "what"), "What did Giggs say about October
    14?" (a date is no topic), "What did Susan Hunt say about the Salt Lake Tribune?" of
    "…, The Salt Lake Tribune reported" (the paper that reported it is no topic)."""
    what = re.match(r"^What (?:is|was) (?P<x>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)\?$", q)
    if what and any(e.label_ == "PERSON" and what.group("x") in e.text.split() + [e.text] for e in span.doc.ents):
        return True
    if what and any(t.text == what.group("x").split()[-1] and any(
            a.dep_ == "appos" and a.pos_ == "NOUN" and _personal(a) for a in t.children) for t in span):
        return True  # "Julia, a retired hairdresser, …" is a person, whatever the tagger says
    about = re.search(r" about (?P<topic>.+)\?$", q)
    if about is None:
        return False
    topic = about.group("topic")
    bare = re.sub(r"^the ", "", topic, flags=re.I)
    for e in span.ents:
        if e.label_ in {"DATE", "TIME"} and (e.text == topic or topic in e.text):
            return True
        if bare and bare in e.text and e.root.dep_ in {"nsubj"} and e.root.head.lemma_.lower() in {
                "report", "say", "tell", "write", "claim", "quote", "cite"} and e.root.head.i > e.root.i:
            return True
    return False


def _count_noun_cut(words: Sequence[str], span: Span) -> bool:
    """ "How many seekers has the department confirmed?" of "two asylum seekers": the noun
    counted lost the compound that makes it what it is."""
    if len(words) < 3 or words[0] != "How" or words[1] not in {"many", "much"}:
        return False
    noun = words[2].lower().strip(",")
    low = {w.lower().strip(",") for w in words}
    return any(t.lower_ == noun and any(g.dep_ == "compound" and g.lower_ not in low for g in t.children)
               for t in span)


def _how_without_verb(words: Sequence[str], span: Span) -> bool:
    """ "How are Bayer fourth in the Bundesliga?": a how-question on a copula with no verb
    of the sentence after it asks how a state is, which no sentence answers."""
    low = [w.lower().strip(",") for w in words]
    if len(low) < 3 or low[0] != "how" or low[1] not in _COPULAS:
        return False
    verbs = {form for t in span if t.pos_ in {"VERB"} for form in (t.lower_, t.lemma_.lower())}
    return not any(w in verbs for w in low[2:])


_LEANING_ROLE = re.compile(r"^(?:another|other|the other|the same|also|one of them|"
                           r"the [a-z-]+(?:er|or|ist|ian|man|woman)['’]s) ")


def thin_identity(question: str, answer: str) -> bool:
    """A "Who is X?" whose answer is only "X is a <noun>." ("Diego Rivera is an artist.",
    "Mark Felton is a historian.": one fact a reader could not use), or a role that leans
    on someone the answer does not name ("Beau James is another guard.", "Alexis Randock is
    the golfer's girlfriend.", where "the zoo's director" names what the story is about):
    struck by blind readers as thin."""
    m = re.match(r"^Who (?:is|are|was|were) (?P<name>.+)\?$", question)
    if m is None:
        return False
    name = m.group("name")
    rest = re.match(rf"^{re.escape(name)} (?:is|are|was|were) (?P<role>.+?)\.?$", answer)
    if rest is None:
        return False
    role = rest.group("role")
    return len(_content(role)) < 2 or bool(_LEANING_ROLE.match(role))


_ASPECT_END = re.compile(r"^What \w+ .+ (?:continu(?:e|es|ed|ing)|begin(?:s|ning)?|began|begun|start(?:s|ed|ing)?|"
                         r"resum(?:e|es|ed|ing)|keep(?:s|ing)?|kept|stop(?:s|ped|ping)?|finish(?:es|ed|ing)?|"
                         r"step(?:s|ped|ping)? up)\?$")
_PARTICLE_END = re.compile(r"^Why .+ (up|out|off|down|on|over|away|back|together|forward)\?$")


def _mangled(q: str, span: Span) -> bool:
    """A question the cut left meaning something else or nothing: a name cut at its front
    ("What did Glass Vacations say …?" of Sea Glass Vacations); a phrase the sentence sets
    off after a comma run onto what the question kept ("What did a Japanese tourist file
    around 60km away from Jaipur?" of "… in Dudu, around 60km away from Jaipur"); a
    "What … continuing?" that asks for the activity a verb of aspect governs ("What is the
    Coast Guard continuing?"); a "Why … line up?" of a phrasal verb whose "to …" the
    question cut ("lined up to criticise"); and a "When … expected to …?" that dropped
    where they are expected ("expected in Kabul this weekend to spearhead the force")."""
    text = span.text
    if _ASPECT_END.match(q):
        return True
    m = _PARTICLE_END.match(q)
    if m and re.search(rf"\b{m.group(1)} to \w+", text):
        return True
    if re.search(r"\b(?:expected|due) to\b", q) and (m2 := re.search(
            r"\b(?:expected|due) (?:in|at|back in|back at) ([A-Z][\w-]*)", text)) and m2.group(1) not in q:
        return True
    words = q.rstrip("?").split()
    qset = {w.lower().strip(",") for w in words}
    for k in range(2, min(6, len(words) - 1)):
        tail = " ".join(words[-k:])
        at = text.find(", " + tail)
        if at > 0 and re.match(r"\W*$", text[at + 2 + len(tail):]) and (
                before := re.findall(r"[\w'’-]+", text[:at])) and before[-1].lower() not in qset:
            return True
    for tok in span:
        if not (tok.is_title and tok.pos_ == "PROPN" and tok.i > span.start):
            continue
        prev = span.doc[tok.i - 1]
        if prev.i < span.start or not prev.is_title or prev.pos_ != "PROPN" or prev.ent_type_ or tok.ent_iob_ != "B":
            continue
        low = prev.lower_
        if low in _TITLES | _RANKS | ONE_OF | ROLE_NOUNS | PEOPLE_NOUNS or low.endswith(PERSON_ENDINGS):
            continue  # "Foreign Minister Alexander Downer": a role before the name
        if re.search(rf"(?<![\w'’-]){re.escape(tok.text)}\b", q) and not re.search(
                rf"(?<![\w'’-]){re.escape(prev.text)} {re.escape(tok.text)}\b", q) and (
                prev.dep_ == "compound" and prev.head.i >= tok.i):
            ent_end = next((e.end for e in span.doc.ents if e.start == tok.i), tok.i + 1)
            if ent_end - tok.i < 2:
                continue  # a surname alone ("What did Saa say?") is the usual second reference
            last = span.doc[ent_end - 1].text
            alone = [m.start() for m in re.finditer(rf"\b{re.escape(last)}\b", span.doc.text)]
            if len(alone) <= sum(1 for _ in re.finditer(rf"\b{re.escape(prev.text)}\b[^.]*?\b{re.escape(last)}\b",
                                                         span.doc.text)):
                return True  # a name the tagger began one word late, never written without it: "[Sea] Glass Vacations"
    return False


def _well_formed(q: str, answer: str, kind: str = "what", span: Span | None = None) -> bool:
    """Short, grammatical-looking, no quote debris or pronoun, and not giving its answer away."""
    words = q.rstrip("?").split()
    if not 3 <= len(words) <= 13 or len(q) > 110 or _DEBRIS.search(q) or _STOCK.match(q):
        return False
    if span is not None and _mangled(q, span):
        return False
    if re.search(r"(?:^|\s)-\w", q):
        return False  # "… with Alicia Molik -0?": the tail of a score or a compound the cut split
    if re.search(r"\b[A-Z]{5,}\b", q) or re.search(r"\b[A-Z]{3,} (?:v|vs|V|VS)\.? [A-Z]{3,}\b", answer):
        return False  # a shouted heading or fixture line run in ("Why has NORTHAMPTON V SARACENS been …?")
    if any(w.lower().strip(",") in _PRONOUNS - {"his", "their", "its"} for w in words[1:]):
        return False
    if words[1].lower() in _PRONOUNS or (len(words) > 2 and words[2].lower() in _PRONOUNS):
        return False
    dangling = re.search(r"\b(and|or|but|of|to|the|a|an|with|by|in|on|at|for|from|that|which|who|as|than|ahead|"
                         r"after|before|during|into|about)\?$", q, re.I)
    if dangling and not re.search(r"\b(accused of|charged with|convicted of|suspected of|guilty to|guilty of|jailed for|"
                                  r"sentenced for|banned for|suspended for)\?$", q) and not (
            kind == "accused" and re.match(r"^What (?:has|have|did) .+ accuse[d]? (?:the )?[A-Z][^?]* of\?$", q)):
        return False  # ("What has Norway accused the Red Brigade of?" asks the charge)
    if re.search(r"\s[,;:]|,\s*,|\b(\w+) \1\b", q, re.I):
        return False
    tail = q.rstrip("?").split(", ")
    if len(tail) % 2 == 0 and not re.search(r"\b(?:and|or)\b", tail[-1]):
        return False  # a phrase the cut left hanging after one comma: "…, including X?", "…, most recently?"
    if re.search(r"\bto \w+ly\?$", q):
        return False  # "What did T1 close out in 25 minutes to finally?": an infinitive cut off
    if re.search(r"\b(?:mr|mrs|ms|dr)\.? [A-Z]", q):
        return False  # "What does mr Dixon claim …?": a title sentence case took the capital from
    if any(w in {"The", "A", "An"} for w in words[1:]):
        return False  # "Why will The interim government …?": a capital that opened a quotation
    if words[0] == "Who" and words[1].lower() not in AUXILIARIES and words[1][:1].isupper():
        return False  # "Who Devon had been drinking …?": a name's tail where the verb should be
    if span is not None and _name_runs_on(q, span):
        return False
    if kind in _MADE_FROM_SENTENCE and _no_verb(words, span):
        return False  # "What will carbon dioxide emissions?": an auxiliary with no verb to help
    about = re.match(r"^What (?:did|does|do|has|have|had) .+? (?:say|said|tell|told|reveal|revealed|claim|claimed|"
                     r"warn|warned|admit|admitted|insist|insisted|confirm|confirmed|deny|denied|find|found|show|"
                     r"shown|believe|announce|announced) about (?P<topic>.+)\?$", q)
    if about and not re.search(r"\b(?!(?:The|A|An|This|That|These|Those|His|Her|Their|Its)\b)[A-Z]", about.group("topic")) \
            and not (span is not None and (_story_topic(about.group("topic"), span)
                                           or _compound_topic(about.group("topic"), span)
                                           or _described_topic(about.group("topic"), span))):
        return False  # "What did Mr Cameron say about people?": a topic that names nothing
    side = re.match(r"^the (Government|Opposition)$", about.group("topic"), re.I) if about else None
    if side and span is not None:
        # "What does Labor say about the Opposition?" of Labor's spokesman, "What does Robert Hill say
        # about the Government?" of the Defence Minister: the speaker's own side is no topic.
        said = next((v for v in (span.root, *span.root.children) if v.lemma_.lower() in _SAYS_VERBS
                     and (v.i == span.root.i or v.dep_ in {"parataxis", "ccomp"})), None)
        subj = None if said is None else _subject(said)
        before = "" if subj is None else " ".join(t.text for t in subj.subtree)
        own = (r"\b(?:Minister|Premier|Treasurer|Attorney-General|Government)\b" if side.group(1).lower() == "government"
               else r"\b(?:Shadow|Opposition)\b")
        party_man = side.group(1).lower() == "opposition" and subj is not None and any(
            t.ent_type_ == "ORG" for t in subj.subtree)  # "Labor's spokesman …, John Faulkner" of "the Opposition"
        if (re.search(own, before) or party_man) and not re.search(r"\b[Ff]ormer\b", before) and not (
                side.group(1).lower() == "government" and re.search(r"\b(?:Shadow|Opposition)\b", before)):
            return False
        party = re.match(r"^What \w+ (?:the )?(?P<who>[A-Z]\w+) \w+ about ", q)
        if party and side.group(1).lower() == "opposition" and any(
                t.text == party.group("who") and t.ent_type_ in {"ORG", "NORP"} for t in span):
            return False  # "What does Labor say about the Opposition?" of Labor's spokesman: which side is it?
    if about and span is not None:
        first = about.group("topic").split()[0]
        tok = next((t for t in span if t.text == first), None)
        if first[:1].isupper() and tok is not None and tok.pos_ != "PROPN" and not tok.ent_type_ and not is_name(tok):
            return False  # "about Big kites": the opening of a quotation, not a topic
    if about:
        speaker = re.match(r"^What \w+ (?P<who>.+?) \w+ about ", q)
        who = speaker.group("who").split() if speaker else []
        if who and who[-1] in {"police", "staff", "people", "media", "military", "public"}:
            who = []  # a body named in the plural: "local police"
        if who and who[-1].islower() and not who[-1].endswith("s") and not re.match(
                r"^(?:the|[A-Z][\w.'’-]*['’]s)$", who[0], re.I) and not who[0][:1].isupper() or (
                who and len(who) > 1 and who[0][:1].isupper() and who[-1].islower() and who[0].lower() not in {"the"}
                and not who[-1].endswith("s") and not any(w.endswith(("'s", "’s")) for w in who)):
            return False  # "What did army spokesman say …?", "What did Israeli Defence Ministry spokesman say …?"
    if re.match(r"^Who (?:was|were|is|are) \w+ing\b", q):
        return False  # "Who was enjoying the sunshine?": the answer's subject turned into trivia
    if re.match(r"^How (?:did|does|do|has|have) .+ (?:respond|react|reply)\?$", q):
        return False  # "How did Matthew Allen respond?": to what?
    if words[0].lower() in AUXILIARIES and any(w.lower() in {"not", "never", "no", "n't"} or w.lower().endswith("n't")
                                                for w in words):
        return False  # "Will life never be the same?": a negated yes/no question echoes its answer
    if span is not None and unplaced_referent(q, span) is not None:
        return False
    if span is not None and _name_lowered(words, span):
        return False
    if span is not None and _wrong_topic(q, span):
        return False
    if q.count(",") >= 2:
        return False  # "What are firefighters battling, south-west of Sydney, to the park?": phrases the cut left
    if re.search(r"\b\d[\d,.]* \w+\?$", q) and not re.match(r"^(?:When|Where|Why|How) ", q):
        return False  # "What had the bureau predicted 80 kilometre?": the object cut in half
    if re.match(r"^How (?:many|much) ", q) and span is not None and not any(w.lower() in AUXILIARIES for w in words[2:]) \
            and not any(t.tag_ in {"VBD", "VBZ", "VBP"} and t.text in words[2:] for t in span):
        return False  # "How many hours of debate on proposed amendments?": no verb asks anything
    if span is not None and _count_noun_cut(words, span):
        return False
    if span is not None and _how_without_verb(words, span):
        return False
    if kind in {"identity", "whois"} and thin_identity(q, answer):
        return False
    if echo(q, answer, kind, span) is not None:
        return False
    # The answer must tell the reader something the question does not.
    new = _content(answer) - _content(q)
    if about and len(new) >= 2:
        return True  # "Westpac's David Lording says today's action is unjustified.": the verdict is the answer
    return len(new) >= (1 if kind in {"when", "where", "howmany", "howmuch", "howlong", "next", "accused", "identity",
                                      "whois", "define", "deny", "hurt"} else 3)


# ---------------------------------------------------------------------------
# Echo questions: the answer sentence turned round
# ---------------------------------------------------------------------------

_ECHO_KINDS = frozenset({"what", "who", "when", "where", "howmany", "howmuch", "howlong", "why", "how", "said", "happened",
                         "finding"})
"""Kinds whose question is cut from its own answer sentence (role questions such as "Who is
X?" or "What is X accused of?" ask for what the sentence adds, and are not checked here)."""
_THIN_KINDS = frozenset({"what", "said", "finding", "happened", "why", "how"})
"""Kinds whose answer is the rest of the sentence (not a date, a place or a number)."""
_OWNING = frozenset({"claim", "allege", "insist", "argue", "contend", "maintain", "assert", "accuse", "suggest",
                     "believe", "fear"})
_QUESTION_WORDS = frozenset({"what", "who", "when", "where", "why", "how", "many", "much", "long", "share", "happen",
                             "happened", "next"}) | AUXILIARIES


def _role_told(answer: str, question: str, told: Sequence[str]) -> bool:
    """Whether one told sentence gives the role a "Who is X?" answers with: its head noun and
    the name, or most of the role's words ("Harbour Board chairman Lena Ostrova …" tells
    "Lena Ostrova is the Harbour Board chairman."; "The port board …" does not)."""
    name = _stems(question) - {"who"}
    role = _stems(answer) - name
    m = re.search(r"\b(?:is|was|are|were)\s+(?:the\s+|an?\s+)?(.+?)(?:\s+(?:of|for|in|at|on|from|who|which|and|with)\b"
                  r"|[,.;]|$)", answer)
    words = _CONTENT.findall(m.group(1).lower()) if m else []
    head = _stem(words[-1]) if words else None
    for text in told:
        st = _stems(text)
        if head is not None and head in st and (name <= st or 2 * len(role & st) > len(role)):
            return True
    return False


def _stem(word: str) -> str:
    """A crude stem, so that "determine" meets "determined" and "fight" "fights"."""
    for suf in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)]
    return word


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in _CONTENT.findall(text.lower()) if w not in _STOP and len(w) > 2}


_LEAD = 2
"""The last sentence (counted from 0) of a story's top, where the news is told."""


def _sentence_at(span: Span) -> int:
    return next((i for i, s in enumerate(span.doc.sents) if s.start <= span.start < s.end), 0)


def _anchored(words: set[str], span: Span) -> bool:
    """Whether the question asks about something the story is about: a noun or name among
    ``words`` (stems) that a sentence other than the answer's also uses, or a question on
    the lead itself. "What happened to Z?" of the one sentence that names Z, "What did X say
    about Y?" of the one sentence that mentions Y, are the answer turned round: the reader
    never met Z or Y before the answer."""
    doc = span.doc
    if _sentence_at(span) <= 1:
        return True  # the lead is what the story is about
    named = [t for t in span if t.pos_ in {"NOUN", "PROPN"} or t.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"}]
    nouns = {form for t in named if _forms(t) & words for form in _forms(t)}
    if not nouns:
        return False
    # (any word elsewhere: "the win" is met in "won", "Australian firms" in "Australian")
    return any(_forms(t) & nouns and not (t.is_stop and t.pos_ not in {"NOUN", "PROPN"})  # "the mine" is no "mine"
               for t in doc if not span.start <= t.i < span.end)


_STATED = _FINDING | {"predict", "forecast", "announce", "propose", "recommend", "unveil", "demand", "promise",
                      "pledge"}
"""Verbs whose object is what was said or found ("What did the forecaster predict?"): the
answer is the statement, not the sentence turned round."""


def _institution(subj: Token) -> bool:
    """A subject that is a country, a people or a body ("Israel", "rival Afghan factions",
    "the Police Federation", "the Israeli army"), not a one-word name the tagger may have
    called an organisation ("Bichel", "Fowler") nor a phrase that only mentions a place
    ("the meeting in Ramallah")."""
    ent = next((e for e in subj.doc.ents if e.start <= subj.i < e.end), None)
    if ent is not None and (ent.label_ in {"GPE", "NORP"} or (ent.label_ == "ORG" and len(ent) >= 2)):
        return True
    return subj.pos_ == "NOUN" and any(c.dep_ in {"amod", "compound"} and c.ent_type_ in {"ORG", "GPE", "NORP"}
                                       for c in subj.children)


def _forms(tok: Token) -> set[str]:
    """The stems a token can be met by ("mine’s" → "min", "won" → "win")."""
    return {_stem(w) for text in (tok.lower_, tok.lemma_.lower()) for w in _CONTENT.findall(text) if len(w) > 2}


def echo(question: str, answer: str, kind: str, span: Span | None = None) -> str | None:
    """Why a question is the answer sentence turned round (None when it is not), struck by a
    blind reader as "echo question built from the answer sentence's own words":

    * "Who X-ed …?" answered by the sentence that names who did it: the answer is a name
      the reader of the story already has, the rest is the question word for word;
    * the answer adds almost nothing the question does not say ("What did tight security
      surround during the launch?" — "the space centre"): fewer than three new content words
      for a question whose answer is the rest of the sentence;
    * the question's subject or topic is met nowhere in the story but in the answer ("What
      happened to the convoy?" when only the answer names the convoy);
    * an owned claim asked as fact ("Why have institutions cut staff?" of "The union's
      report claims institutions have cut staff …"): the owner goes into the question or
      there is no question.
    """
    if kind not in _ECHO_KINDS:
        return None
    if kind in {"who", "what"} and re.match(r"^Who (?!(?:is|are|was|were) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*\?$)",
                                              question):
        return "who echo"
    qstems = _stems(question) - {_stem(w) for w in _QUESTION_WORDS}
    if kind in _THIN_KINDS and len(_stems(answer) - qstems) < 3:
        return "thin answer"
    if span is None:
        return None
    if kind in {"when", "where", "howmany", "howmuch", "howlong"} and _sentence_at(span) > _LEAD and len(
            _stems(answer) - qstems) < 3:
        # "When were delays reported at several airports in the Northeast?" — "on Wednesday":
        # a detail below the story's top whose answer is the one phrase the question took out
        return "thin answer"
    if kind == "what" and question.startswith("What happened to "):
        root = _event_root(span)
        subj = _subject(root)
        if subj is not None and subj.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in root.children):
            return "nothing happened to it"  # "What happened to the U.S.?" of "The U.S. is burning less coal."
    if kind == "what" and re.match(r"^(?:What|Who) (?!happened\b)", question) and _sentence_at(span) > _LEAD:
        # "What did Giggs enjoy?" of "Giggs enjoyed a successful career …": a person's act
        # below the story's top is colour; what a government, a country or a body does
        # ("What did rival Afghan factions sign?") is still news
        event = _event_root(span)
        subj = _subject(event)
        if (subj is None or not _institution(subj)) and event.lemma_.lower() not in _STATED:
            return "object echo"
    if kind == "what" and re.match(r"^What (?:is|are|was|were) .+ by [A-Z]", question):
        return "passive left its object"  # "What were Israeli services caught off guard by Hamas?"
    if kind in {"said", "says"} and any(t.lower_ in _HEDGE_ADVS and t.dep_ == "advmod" and t.head.lemma_.lower() in _SPEECH
                              and t.lower_ not in question.lower() for t in span):
        return "hedge dropped"  # "What did X say about the affair?" of "X allegedly told Y that …"
    if kind in {"said", "finding"}:  # (a finding's question names its owner, never a topic)
        head, about, topic = question.rstrip("?").partition(" about ")
        if about and not _anchored(_stems(topic), span) and not (
                _anchored(_stems(" ".join(head.split()[2:-1])), span) and len(_stems(answer) - qstems) >= 5):
            # a topic the story never returns to, unless a speaker it does return to says
            # something of substance about it
            return "unanchored"
        words = None  # a question with no topic ("What did the forecaster predict?") holds none of the answer
    elif kind == "happened":
        words = _stems(question.rstrip("?").split(" to ", 1)[-1])
    elif kind == "what" and _event_root(span).lemma_.lower() in _STATED:
        words = None  # "What did the forecaster predict?": a speaker, like a question with no topic
    else:
        words = qstems
    if words is not None and not _anchored(words, span):
        return "unanchored"
    root = span.root
    if kind != "said" and root.lemma_.lower() in _OWNING and any(c.dep_ == "ccomp" for c in root.children):
        subj = _subject(root)
        owners = {_stem(root.lower_), _stem(root.lemma_.lower())} | (
            {_stem(t.lower_) for t in subj.subtree if t.pos_ in {"NOUN", "PROPN"}} if subj is not None else set())
        if not owners & qstems:
            return "owner dropped"
    return None


# ---------------------------------------------------------------------------
# The final self-check: would an editor publish this pair?
# ---------------------------------------------------------------------------

_NEG_WORDS = frozenset({"not", "n't", "never", "no", "nor", "neither", "nobody", "nothing", "none", "without"})
_MODALS = frozenset({"may", "might", "could", "would", "should", "must", "can", "ca"})
_HEDGE_ADVS = frozenset({"allegedly", "reportedly", "apparently", "possibly", "probably", "supposedly", "perhaps",
                         "likely", "seemingly", "purportedly"})
# What makes an answer answer a why-question.
_REASON = re.compile(r"\b(because|due to|owing to|after|over|since|as a result|following|in order to|so that|"
                     r"thanks to|on suspicion)\b", re.I)
_TIME = re.compile(_POINT.pattern + r"|\b(\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|noon|midnight|"
                   r"morning|afternoon|evening|night|week|month|season|century|decade|ago|earlier|later)\b", re.I)
_NUMBER = re.compile(r"\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|"
                     r"hundreds?|thousands?|millions?|billions?|dozens?|half|a dozen|a score)\b", re.I)
_MONEY = re.compile(r"[£$€¥]\s?\d|\d\s?(?:per ?cent|%|p\b|pence|pounds|dollars|euros|million|billion|bn|m\b)", re.I)
# Questions that only ask for the sentence back: "What did X say?", "What do police believe?".
_GENERIC = re.compile(
    r"^What (?:did|does|do|has|have|had|was|were|is|are) (?P<who>.+?) (?:say|said|tell|told|believe|think|claim|insist|"
    r"admit|reveal|detail|allege|tweet|post|write|announce|confirm|explain|suggest|find|found|show|add|state|"
    r"argue|warn|report|describe|note|conclude|expect|hear|see|learn|know|mean|want|feel)(?P<rest>.*)\?$",
    re.I,
)
_TOPIC = re.compile(r"\b(?:about|view of|views on|respond to|react to|response to|reaction to|say of)\s+(?P<topic>.+)\?$",
                    re.I)
_HONOURS = frozenset({"knight", "honour", "honor", "award", "praise", "thank", "blame", "reward", "celebrate"})
_SINGULAR_AUX = frozenset({"does", "is", "was", "has"})
_PLURAL_AUX = frozenset({"do", "are", "were", "have"})


_MEASURED = re.compile(r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|shortly|soon|just|"
                       r"immediately|moments?|long|straight|right)\s+$", re.I)
"""What makes an "after"/"following"/"since" a time, not a cause: "a month after the
shooting", "shortly after the vote" (an answer to when, not why)."""
_SINCE_TIME = re.compile(r"\s+(?:\d|(?:january|february|march|april|may|june|july|august|september|october|"
                         r"november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                         r"last|then|early|late|the start|the end)\b)", re.I)
_RESULT_TO = frozenset({"reach", "win", "dismiss", "secure", "book", "clinch", "seal", "claim", "finish", "complete",
                        "take", "climb", "earn", "become", "remain", "leave", "join", "qualify", "advance", "progress",
                        "set", "extend", "record", "end", "move", "go", "lift"})
_URGE = frozenset({"tip", "expect", "urge", "ask", "appeal", "call", "tell", "want", "encourage", "back", "allow",
                   "force", "persuade", "order", "invite", "challenge", "need", "help"})


def _lemmas(text: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"[A-Za-z'’]+", text)}
    out = set(words)
    for w in words:  # crude: "pleaded"/"pleads" meet "plead"
        for suf in ("ed", "d", "es", "s", "ing"):
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                out.add(w[: -len(suf)])
    return out


def _in_question(tok: Token, qwords: set[str]) -> bool:
    return tok.lower_ in qwords or tok.lemma_.lower() in qwords


def answers(question: str, answer: str, source_span: Span) -> bool:
    """The final self-check on a pair (see :func:`_fails` for the rules)."""
    return _fails(question, answer, source_span) is None


def _fails(question: str, answer: str, source_span: Span, *, topicless: bool = False) -> str | None:
    """Why an editor would strike the pair (None when they would publish it): the question
    must be grammatical and specific,
    never contradicts its answer, and the answer answers it.

    * no question from a negated predicate unless the negation is kept ("What did Allen
      plead guilty to?" is never answered by "pleaded not guilty");
    * no question that drops a modal or a hedge on the verb it asks about ("What did Brit
      find?" from "might find");
    * no "What did X say?"/"What do police believe?" without a topic, and a topic only when
      the answer carries it (``topicless`` lets a named person's "What does X say?" through
      this one test, never past the later ones: it was returned first, and the speaker's
      agreement and capitals went unchecked);
    * subject–verb agreement after the inversion, a coordinated subject kept whole;
    * the answer answers: why → a reason (because, after, due to, over, to + verb),
      when → a time, how many → a number, how much → a sum or a share, how long → a
      duration, who → a person, where → a place.
    """
    q = question.strip()
    words = q.rstrip("?").split()
    if len(words) < 3:
        return "short"
    qlow = q.lower()
    qwords = _lemmas(q)
    alow = answer.lower()
    doc = source_span.doc
    # Negation: a negated word the question asks about, with the negation dropped.
    if not (qwords & _NEG_WORDS):
        for t in source_span:
            if not (t.dep_ == "neg" or (t.lower_ in _NEG_WORDS and t.dep_ in {"det", "advmod", "neg", "preconj", "cc"}
                                        and t.lower_ != "nor")):
                continue
            heads = [t.head]
            if t.head.dep_ in {"relcl", "acl"} or (t.dep_ == "det" and t.head.dep_ in {"dobj", "attr"}):
                # "people who have never been divorced" → "people"; "found no sign" → "found".
                heads.append(t.head.head)
            if any(h.i != t.i and _in_question(h, qwords) and not h.is_stop for h in heads):
                return "negation dropped"
    # A modal or a hedge on the verb the question asks about stays in the question.
    for t in source_span:
        low = t.lower_.replace("’", "'")
        hedge = (low in _MODALS and t.dep_ == "aux") or (low in _HEDGE_ADVS and t.dep_ == "advmod")
        if (hedge and _in_question(t.head, qwords) and not t.head.is_stop
                and not {low, "can" if low == "ca" else low} & qwords):
            return "hedge dropped"
    # Generic speech questions that only ask for the sentence back.
    m = _GENERIC.match(q)
    if m and not _TOPIC.search(q) and not topicless and not q.endswith(" found guilty of?"):
        return "generic speech"
    topic = _TOPIC.search(q)
    if topic is not None and re.search(r"\brespond(?:ed)? to the (\w+)\?$", q) and _RESPONSE_TOPIC.fullmatch(
            topic.group("topic").split()[-1]):
        topic = None  # "How did X respond to the allegations?": what the answer replies to, named by the story
    if topic is not None:
        tw = {w for w in _CONTENT.findall(topic.group("topic").lower()) if w not in _STOP}
        if not tw or not tw <= set(_CONTENT.findall(alow)):
            return "topic not in answer"  # the topic must come from the answer
    if re.match(r"^How (?:did|has|have|does|do) .+ (?:respond|responded|react|reacted)(?: to the \w+)?\?$", q) and not re.search(
            r"\b(den(?:y|ied|ies)|reject\w*|dismiss\w*|refut\w*|apologi[sz]\w*|statement|insist\w*|said|says|"
            r"responded|declined|defended|hit back|told|added)\b", alow) and not (
            " react" in q and {_stem(w) for w in _CONTENT.findall(alow)} & _REACT_STEMS):
        return "respond unanswered"  # (a reaction is answered by its verb: "… have welcomed the verdict")
    # Debris: "this's competition", a capital that is no name after the auxiliary.
    if re.search(r"\b(this|that|these|those)['’]s\b", qlow):
        return "debris"
    if words[0].lower() in {"what", "who", "when", "where", "why", "how"} and len(words) > 2:
        second = words[2] if words[0].lower() != "how" or words[1].lower() not in {"many", "much", "long"} else None
        if second and second[:1].isupper():
            tok = next((t for t in source_span if t.text == second), None)
            if tok is not None and tok.i == source_span.start and _common(tok):
                return "capital no name"  # "What did Scans reveal?", "What did Police tweet?"
            if (tok is not None and tok.i > source_span.start and tok.pos_ == "NOUN" and tok.tag_ in {"NN", "NNS"}
                    and not (tok.nbor(-1).is_punct or tok.nbor(-1).is_quote)):
                return "run-in caption"  # "The images above show … Videos revealed …": a sentence the split missed
    # Agreement: a singular auxiliary before a coordinated subject, a plural one before one name.
    aux_at = 1 if words[0].lower() in {"what", "who", "when", "where", "why", "how"} else 0
    if words[0].lower() == "how" and len(words) > 1 and words[1].lower() in {"many", "much", "long", "often", "far"}:
        aux_at = None  # type: ignore[assignment]
    if aux_at is not None and len(words) > aux_at + 2:
        aux = words[aux_at].lower()
        rest = " ".join(words[aux_at + 1:])
        people = [e for e in doc.ents if e.label_ == "PERSON" and rest.startswith(e.text)]
        if people and aux in _PLURAL_AUX:
            after = rest[len(people[0].text):].lstrip()
            if not after.startswith(("and ", ",")):
                return "agreement"  # "When do Floyd Mayweather go …?"
        if aux in _SINGULAR_AUX and people:
            after = rest[len(people[0].text):].lstrip()
            if after.startswith("and "):
                return "agreement"
    # "Why did the tourists look?" of "looked to be cruising": the verb's complement was cut.
    if words[0].lower() in {"why", "when", "where", "how"} and len(words) > 2 and words[1].lower() not in {
            "many", "much", "long", "far", "often", "old", "big"}:
        last = words[-1].lower()
        for t in source_span:
            if t.pos_ in {"VERB", "AUX"} and last in {t.lower_, t.lemma_.lower()} and any(
                    (g.dep_ in {"xcomp", "acomp", "attr", "dobj", "ccomp"} or (
                        g.dep_ == "advcl" and t.lemma_.lower() in {"look", "seem", "appear", "prove", "tend"}))
                    and g.i > t.i and g.lower_ not in qwords
                    for g in t.children):
                return "complement cut"
    # The answer answers.
    new = _content(answer) - _content(q)
    if not new:
        return "echo"
    wh = " ".join(words[:2]).lower()
    if words[0].lower() == "why":
        reasons = [mm for mm in _REASON.finditer(answer)
                   if not re.search(rf"\b{re.escape(mm.group(0).lower())}\b", qlow)
                   and not (mm.group(0).lower() == "since" and _SINCE_TIME.match(answer, mm.end()))
                   and not _MEASURED.search(answer, 0, mm.start())
                   # "ticking over well", "soon after": a particle or an adverb, no reason
                   and not (mm.group(0).lower() in {"over", "after", "since"} and {
                       t.dep_ in {"prt", "advmod"} for t in source_span if t.lower_ == mm.group(0).lower()} == {True})]
        to_verb = any(t.lower_ == "to" and t.dep_ == "aux" and t.head.dep_ == "advcl" and t.head.tag_ == "VB"
                      and t.head.pos_ == "VERB" and t.head.text in answer
                      # a result ("wore down Clement to win 6-4", "eased past Almagro to reach the
                      # final"), what was urged ("tipped Klopp to make his mark", "appealed for the
                      # Opposition to support …"): no purpose
                      and t.head.lemma_.lower() not in _RESULT_TO and t.head.head.lemma_.lower() not in _URGE
                      and is_purpose(t.head)  # "did little to help", "agreement to boost": no purpose
                      and not any(g.dep_ in {"nsubj", "mark"} for g in t.head.children)
                      # "to hospital for tests" tagged a verb: a purpose verb takes an object or complement
                      and any(g.dep_ in {"dobj", "ccomp", "xcomp", "attr", "acomp", "dative", "prt", "auxpass"}
                              for g in t.head.children)
                      and t.head.lower_ not in qwords for t in source_span)
        # "jailed for fraud", "knighted for services to banking": a penalty's or an honour's "for".
        fors = any(t.lower_ == "for" and t.dep_ == "prep" and t.head.lemma_.lower() in _CAUSED | _HONOURS
                   and _reason(t) for t in source_span)
        if not reasons and not to_verb and not fors:
            return "why without reason"
    elif wh.startswith("when"):
        if not _TIME.search(answer) and not any(e.label_ in {"DATE", "TIME"} and e.text in answer for e in source_span.ents):
            return "when without time"
    elif wh == "how many" or qlow.startswith("what share"):
        if not (set(_NUMBER.findall(alow)) - set(_NUMBER.findall(qlow))) and "per cent" not in alow and "%" not in alow:
            return "how many without number"
    elif wh == "how much":
        if not _MONEY.search(answer) and not any(e.label_ in {"MONEY", "PERCENT"} and e.text in answer
                                                 for e in source_span.ents):
            return "how much without sum"
    elif wh == "how long":
        if not _DURATION.search(answer):
            return "how long without duration"
    elif words[0].lower() == "where":
        if not any(e.label_ in _PLACE_LABELS and e.text in answer and e.text.lower() not in qlow
                   for e in source_span.ents):
            return "where without place"
    elif (words[0].lower() == "who"
          and not re.match(r"^Who (?:is|are|was|were) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*\?$", q)
          and not any(e.label_ in {"PERSON", "ORG", "NORP"} and e.text in answer and e.text.lower() not in qlow
                      for e in source_span.ents)):
        return "who without person"
    return None


def _speaker_key(question: str) -> str:
    """ "What did Mr Cameron say?" and "What did David Cameron say about the budget?" ask
    the same person."""
    head = question.split(" about ")[0]
    words = head.rstrip("?").split()[2:-1] or head.split()
    names = [w for w in words if w[:1].isupper()]
    return (names[-1] if names else " ".join(words)).lower()


def _name_words(question: str) -> set[str]:
    """The capitalised words of a speech question's speaker, titles left out."""
    head = question.split(" about ")[0].rstrip("?").split()[2:-1]
    return {w for w in head if w[:1].isupper() and w.lower().rstrip(".") not in _TITLES | {"the"}}

def adds_nothing(answer: str, source_id: str, *, whole: bool, told: Sequence[str], told_text: Sequence[str]) -> bool:
    """Whether an FAQ answer only repeats what the synopsis has already told the reader: the
    synopsis's lead sentence given back whole ("How many animals were seized from the
    home?" answered by the lead itself), or an answer every content word of which the
    synopsis already holds ("Who is Ann Lowe?" — "Ann Lowe is the council leader." after a
    synopsis that opens "Council leader Ann Lowe …"). Struck by a blind reader as filler:
    an answer must add something beyond the synopsis."""
    if not told:
        return False
    if whole and source_id == told[0]:
        return True
    if told_text and same_answer(answer, told_text[0]):
        return True
    said = set().union(*(_stems(t) for t in told_text)) if told_text else set()
    new = _stems(answer) - said
    return bool(said) and not whole and not new


def faq(
    cands: Sequence[Candidate], analysis: Analysis, *, avoid: Sequence[str] = (), told: Sequence[str] = (),
    told_text: Sequence[str] = (), unfiltered: list[FaqItem] | None = None, shared: Sequence[str] = (),
) -> tuple[FaqItem, ...]:
    """3–6 question/answer pairs (fewer when the story supports fewer), each answer a
    different sentence that stands alone, no stock question, no near-duplicates.

    ``avoid`` holds questions already asked elsewhere on the page (the headline);
    ``told`` the sentences the synopsis already tells (its lead first), whose pairs rank
    lower (blind readers struck FAQ answers that repeat the synopsis word for word), and
    ``told_text`` the synopsis's own sentences: a pair whose answer only gives back what
    the synopsis says is filler and is never asked (:func:`adds_nothing`). Given
    ``unfiltered``, the pairs chosen as if the synopsis had told nothing are added to it:
    the questions the synopsis answers, from which the page may take its question headline.
    ``shared`` holds the sentences the takeaways and the point of view give: a question
    answered by one of them ranks a little lower than one whose answer no other part gives
    (blind readers struck answers that repeat another part), and is never left out for it.
    """
    avoided = {_question(q).lower() for q in avoid}
    told_ids = set(told)
    shared_ids = set(shared) - told_ids
    memo: dict[str, tuple[str, tuple[str, ...]] | None] = {}

    def answer_of(c: Candidate) -> tuple[str, tuple[str, ...]] | None:
        if c.id not in memo:
            memo[c.id] = _answer(c, analysis)
        return memo[c.id]

    def answer_text(q: _Q) -> str | None:
        if q.answer is not None:
            return q.answer
        found = answer_of(q.source)
        return None if found is None else found[0]

    central = _central_people(cands, analysis)
    ranked = sorted(cands, key=lambda c: -c.salience)
    salient = {c.id for c in ranked[: max(10, len(ranked) // 2)]}
    gens: list[tuple[Callable[[Candidate], list[tuple[str, str, tuple[str, ...]]]], bool]] = [
        (lambda c: _accused(c, _event_root(c.span), analysis), False),
        (lambda c: _identity(c, analysis, central), False),
        (lambda c: _said(c, analysis), False),
        (lambda c: _according(c, analysis), False),
        (lambda c: _other_side(c, analysis), False),
        (lambda c: _reaction(c, analysis), False),
        (lambda c: _next(c, analysis), False),
        (lambda c: _matters(c, analysis), False),
        (lambda c: _said_about(c, analysis), False),
        (lambda c: _says(c, analysis), False),
        (lambda c: _define(c, analysis), False),
        (lambda c: _happened(c, analysis), False),
        (lambda c: _denied(c, analysis), False),
        (lambda c: _how_much(c, analysis), False),
        (lambda c: _because(c, analysis), False),
        (lambda c: _means(c, analysis), False),
        (lambda c: _how_long(c, analysis), False),
        (lambda c: _share(c, analysis), False),
        (lambda c: [] if c.facts.is_quote else _heilman(c, analysis), True),
    ]
    pool: list[_Q] = []
    for c in cands:
        for gen, needs_salience in gens:
            if needs_salience and c.id not in salient:
                continue
            try:
                made = gen(c)
            except (IndexError, StopIteration):  # a parse the rules cannot read
                continue
            if not made:
                continue
            ans = answer_of(c)
            if ans is None:
                continue
            for kind, text, extra in made:
                asked = _sentence_capital(_question(text), c.span)
                if _name_runs_on(asked, c.span) or (asked.startswith("When ") and (
                        _CLOCK.search(asked) or _STATIVE.search(asked))):
                    continue
                if asked.lower() in avoided or not _well_formed(asked, ans[0], kind, c.span):
                    continue
                if _fails(asked, ans[0], c.span, topicless=kind in {"says", "finding", "wants"}) is not None:
                    continue
                if kind == "says" and (not any(w in ans[0] for w in asked.rstrip("?").split()[2:-1]
                                               if w[:1].isupper() and w.lower() not in _TITLES | {"the"})
                                       or len(ans[0].split()) < 10):
                    continue  # the answer names the speaker it is asked about, and says something of substance
                if kind == "says" and re.search(r": ?[‘“'\"]", ans[0]) and not re.search(r"[’”'\"]\W*$", ans[0]):
                    continue  # "… added: ‘ Alan Robertson and …": a quotation the story closes in a later sentence
                if kind == "how" and (not re.search(r"\b(?:by|through) \w+ing\b|\busing\b", ans[0])
                                      or re.search(r"\b(?:by|through) \w+ing\b|\busing\b", asked)):
                    continue  # the answer gives the means, the question does not
                if kind == "when" and _told_before(c, cands):
                    continue
                score = _KIND_WEIGHT[kind] + 0.5 * c.salience - 0.01 * c.index - (0.3 if c.id in told_ids else 0.0)
                if c.id in shared_ids or set(ans[1]) & shared_ids:
                    # A takeaway or the point of view gives this answer already: every question of
                    # the sentence alike (another question of the same sentence repeats it too), and
                    # by a hair, so a near tie goes to an answer no other part gives; a speaker's
                    # other words or who they are never leapfrog a better question for it.
                    score -= _SHARED_PENALTY
                if kind == "says" and " about " not in asked:
                    score -= 0.05  # the bare "What did X say?" only when their words name nothing the pair can carry
                if kind == "said" and not re.match(r"What \w+ [A-Z]", asked):
                    score -= 0.35  # "What did officials say?" is weaker than a named speaker
                pool.append(_Q(kind, asked, c, score, extra))
    asked_who = {q.question for q in pool if q.kind in {"identity", "whois"}}
    for c in cands:
        try:
            made_who = _who_is(c, analysis, central)
        except (IndexError, StopIteration):
            continue
        for kind, text, answer in made_who:
            asked = _question(text)
            if asked in asked_who or asked.lower() in avoided or not _well_formed(asked, answer, kind, c.span):
                continue
            asked_who.add(asked)
            # A role, not the sentence: it repeats nothing the synopsis says.
            score = _KIND_WEIGHT[kind] + 0.5 * c.salience - 0.01 * c.index - (0.1 if asked.startswith("Who are ") else 0.0)
            surname = asked.rstrip("?").split()[-1]
            if any(q.source.id == c.id and q.kind in {"said", "accused", "other", "deny", "happened", "next"}
                   and surname in q.question for q in pool):
                # What the sentence says they said or face is the news; who they are can
                # come from another sentence, or wait.
                score -= 0.4
            pool.append(_Q(kind, asked, c, score, (), answer))
    # A speaker the story quotes more than once is asked about from another sentence when
    # this one answers a question of its own ("How long had Hawthorne been battling
    # cancer?" before "What did McReddie say about Nigel Hawthorne?" of the same sentence).
    voiced: dict[str, set[str]] = {}
    for q in pool:
        if q.kind in {"said", "says"}:
            voiced.setdefault(_speaker_key(q.question), set()).add(q.source.id)
    answered = {q.source.id for q in pool if q.kind not in {"said", "says", "whois"}}
    pool = [replace(q, score=q.score - 0.1) if q.kind == "said" and q.source.id in answered
            and len(voiced[_speaker_key(q.question)]) > 1 else q for q in pool]
    about = {q.source.id for q in pool if q.kind == "said"}
    # What a speaker said about a topic asks more than what they said.
    pool = [replace(q, score=q.score - 0.5) if q.kind == "says" and q.source.id in about else q for q in pool]
    # A sentence another part of the page gives (the synopsis, a takeaway, the point of view)
    # is never an answer again word for word (blind readers struck "What did Mr Peters say?"
    # answered by the takeaway above it): a speaker's words are answered short, behind their
    # pronoun (:func:`speech_reply`), and any other such pair is left out of the page's FAQ.
    given = told_ids | shared_ids
    pool = [replace(q, answer=reply) if q.kind in _SPOKEN_KINDS and q.answer is None and q.source.id in given
            and (reply := speech_reply(q.source, analysis)) is not None else q for q in pool]
    pool.sort(key=lambda q: (-q.score, q.source.index, q.question))
    def select(skip_told: bool, fresh: bool = False, limit: int = FAQ_MAX, bare: bool = False) -> tuple[FaqItem, ...]:
        chosen: list[_Q] = []
        kinds: dict[str, int] = {}
        used: set[str] = set()
        people: dict[str, int] = {}
        plain_said: set[str] = set()

        def fits(q: _Q) -> bool:
            if q.source.id in used or kinds.get(q.kind, 0) >= _KIND_CAP[q.kind]:
                return False
            if q.kind == "says" and not bare and BARE_SAYS.match(q.question):
                return False  # (the bare "What does X say?" only where nothing else is asked)
            ans = answer_text(q)
            assert ans is not None
            if skip_told and adds_nothing(ans, q.source.id, whole=q.answer is None, told=told, told_text=told_text):
                return False
            if fresh and q.answer is None and q.source.id in given:
                return False  # (the sentence another part gives, word for word)
            if skip_told and q.kind in {"whois", "identity"} and q.answer is not None and told_text and _role_told(
                    ans, q.question, (*told_text, *avoid)):
                # "Who is Brett Lee?" — "Brett Lee is a fast bowler." under a synopsis or a question
                # headline that calls him the fast bowler: trivia the page has told.
                return False
            if q.kind == "finding" and not skip_told:
                return False  # "What did the researchers find?" never heads the page
            if q.kind == "says" and (not skip_told or q.source.id in told_ids or set(q.cites) & told_ids or set(
                    (answer_of(q.source) or ("", ()))[1]) & told_ids):
                # (nor by one that takes a name from the synopsis: the page's question headline,
                # drawn from the pairs the synopsis answers, never becomes "What did X say?")
                return False  # a speaker's words the synopsis gives are never asked back
            for p in chosen:
                if q.question.lower() == p.question.lower():
                    return False
                if jaccard(_content(q.question), _content(p.question)) > 0.6 and "says" not in {q.kind, p.kind}:
                    return False  # (what a person says is asked beside what happened to them)
                pa = answer_text(p)
                if pa is not None and same_answer(ans, pa):
                    return False
            if q.kind not in {"said", "says"}:
                return True
            # One plain "What did X say?" per speaker; a second statement only by its own topic.
            key = _speaker_key(q.question)
            if q.kind == "says":
                # "What does X say?" only of a speaker not yet asked about ("Mr Wang" is "Wang Dongming")
                return not any(_name_words(q.question) & _name_words(p.question) for p in chosen
                               if p.kind in {"said", "says"})
            return people.get(key, 0) == 0 or (people[key] == 1 and (" about " in q.question or key not in plain_said))

        # Role questions first; the answer-phrase questions fill in up to four.
        for q in pool:
            if len(chosen) >= limit:
                break
            if q.kind not in _ROLE_KINDS and len(chosen) >= 4:
                continue
            if fits(q):
                chosen.append(q)
                kinds[q.kind] = kinds.get(q.kind, 0) + 1
                used.add(q.source.id)
                if q.kind in {"said", "says"}:
                    key = _speaker_key(q.question)
                    people[key] = people.get(key, 0) + 1
                    if " about " not in q.question:
                        plain_said.add(key)
        if len(chosen) < min(FAQ_MIN, limit):
            # A thin story: the answer-phrase questions of its less salient sentences too.
            more: list[_Q] = []
            for c in cands:
                if c.id in salient or c.facts.is_quote or c.id in used:
                    continue
                found = answer_of(c)
                if found is None:
                    continue
                for kind, text, extra in _heilman(c, analysis):
                    question = _sentence_capital(_question(text), c.span)
                    if (question.lower() not in avoided and _well_formed(question, found[0], kind, c.span)
                            and answers(question, found[0], c.span)):
                        more.append(_Q(kind, question, c, _KIND_WEIGHT[kind] + 0.5 * c.salience, extra))
            more.sort(key=lambda m: (-m.score, m.source.index, m.question))
            for m in more:
                if len(chosen) >= min(FAQ_MIN, limit):
                    break
                if fits(m):
                    chosen.append(m)
                    kinds[m.kind] = kinds.get(m.kind, 0) + 1
                    used.add(m.source.id)
        chosen.sort(key=lambda q: (_TYPE_ORDER.index(q.kind), q.source.index))
        items = []
        for q in chosen:
            ans = answer_of(q.source)
            cites: tuple[str, ...]
            if q.answer is not None:
                text, cites = q.answer, (q.source.id,)
            else:
                assert ans is not None
                text, cites = ans
            qcites = sorted_ids([q.source.id, *q.cites])
            items.append(
                FaqItem(
                    question=Claim(text=q.question, cites=qcites, kind="question"),
                    answer=Claim(text=text, cites=cites, kind="fact"),
                )
            )
        return tuple(items)

    if unfiltered is not None:
        unfiltered.extend(select(False))
    # (an FAQ of such pairs only is kept: the page would otherwise take the synopsis's own
    # questions, its lead among them, for an empty FAQ)
    # Else one pair at most whose sentence another part gives (blind readers struck answers
    # that repeat the synopsis or a takeaway word for word; an empty FAQ scores lower still).
    # (with a second in reserve, the bare "What does X say?" among them: a page that takes its
    # question headline from the FAQ takes the first, and :func:`rules._faq_top_up` keeps the
    # reserve only for such a page)
    chosen = select(True, fresh=True)
    if chosen:
        return chosen
    first = select(True, limit=1)
    reserve = [p for p in select(True, limit=2, bare=True) if p.question.text not in {f.question.text for f in first}
               and not any(_name_words(p.question.text) & _name_words(f.question.text) for f in first)]
    return (*first, *reserve)[:2]


BARE_SAYS = re.compile(r"^What (?:does|did|do) [^?]+ say\?$")
"""The bare "What does X say?": asked only where the FAQ has nothing else to ask."""


RESULT_PARTICIPLES = frozenset({"injure", "kill", "leave", "force", "prompt", "seize", "cause", "spark", "trigger",
                                "wound", "yield", "send", "bring", "destroy", "damage", "cost", "claim"})
"""Verbs whose participle after an event tells what came of it ("…, injuring two"), not how it came about."""

_REPORT_VERBS = frozenset({"say", "add", "insist", "warn", "admit", "claim", "argue", "explain", "allege", "believe",
                           "state", "confirm", "suggest", "fear"})
_PLAIN_REPORT = frozenset({"add", "state", "confirm"})
_SPOKEN_KINDS = frozenset({"said", "says", "other", "deny", "react", "next"})


def speech_reply(c: Candidate, analysis: Analysis) -> str | None:
    """A speaker's words as a short answer of their own, for a speech question whose whole
    sentence another part of the page already gives: the reported clause behind the
    speaker's pronoun, the role, the setting and "that" left out ("Deputy minister Dimitris
    Mardas said that Greece will pay on time." → "He said Greece will pay on time."), as
    the editors answer "What does Mr Norman say?"; a person the story never shows of one
    gender (:func:`gender`) goes by the second reference the story gives ("Mr Riley",
    "Ostrova"), never a "he"/"she" of theirs; a verb that keeps its owner ("claimed", "warned"; "added"
    reads "said"), no condition on the verb, a clause whose own subject is no "it"/"they"
    the answer cannot place, and never a quotation cut (the clause after a colon is kept
    whole with its marks). None when no such answer is shorter by three words or more."""
    span = c.span
    verb = span.root
    if verb.lemma_.lower() not in _REPORT_VERBS or verb.pos_ not in {"VERB", "AUX"} or verb.tag_ not in {
            "VBD", "VBZ", "VBP"}:
        return None
    if any(ch.dep_ in {"neg", "advcl", "dative", "dobj"} or ch.lower_ in {"if", "unless"} for ch in verb.children):
        return None
    subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    if subj is None or subj.i > verb.i:
        return None
    names = {t.text for t in subj.subtree if t.pos_ == "PROPN"}
    people = [e for e in analysis.entities if e.kind == "PERSON" and c.id in e.mentions
              and names & set(e.name.split())]
    if len(people) != 1 or any(ch.dep_ == "conj" for ch in subj.children):
        return None
    g = reference_gender(people[0], analysis, own=True)
    if g is None:
        # (no sure "he"/"she": the second reference the story gives them, "Mr Mardas" or "Mardas")
        last = surname(people[0].name)
        if len(people[0].name.split()) < 2 or not last[:1].isupper():
            return None
        story = " ".join(s.text for s in analysis.sentences)
        alone = re.search(rf"(?<!{re.escape(people[0].name.split()[0])} )\b{re.escape(last)}\b", story)
        # (the surname only where the story itself writes it alone: "Shu Rongli" is never "Rongli")
        pronoun = next((f"{t} {last}" for t in ("Mr", "Mrs", "Ms", "Dr") if f"{t} {last}" in story),
                       last if alone else people[0].name)
    else:
        pronoun = "He" if g == "m" else "She"
    said = verb.text.lower()
    if verb.lemma_.lower() in _PLAIN_REPORT:
        said = {"VBD": "said", "VBZ": "says", "VBP": "says"}[verb.tag_]
    after = [t for t in span if t.i > verb.i]
    while after and after[-1].is_punct and not after[-1].is_quote:
        after.pop()
    if not after:
        return None
    doc = span.doc
    if after[0].text == ":":
        rest = doc[after[1].i : after[-1].i + 1].text if len(after) > 1 else ""
        if not rest or not balanced(rest) or rest[0] not in "'‘\"“":
            return None
        body = f"{pronoun} {said}: {rest}"
    else:
        comp = next((ch for ch in verb.children if ch.dep_ == "ccomp" and ch.i > verb.i), None)
        if comp is None or any(t.text in {";", ":"} for t in after):
            return None
        if comp.right_edge.i < after[-1].i:
            return None  # (what follows the clause: ", according to …", a second clause)
        inner = [t for t in after if t.i >= comp.left_edge.i]
        if inner and inner[0].lower_ == "that" and inner[0].dep_ == "mark":
            inner = inner[1:]
        own = next((x for x in comp.children if x.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
        if own is None or own.lower_ in {"it", "this", "that", "these", "those", "they", "them", "there"} or (
                own.lower_ in THIRD_WORDS and (g is None or own.lower_ not in ({"he", "him"} if g == "m" else {"she", "her"}))):
            return None
        text = join_tokens(inner) if inner else ""
        if not text or len(text.split()) < 4:
            return None
        first = inner[0]
        if not (first.pos_ == "PROPN" or first.text == "I" or first.text.isupper()):
            text = text[:1].lower() + text[1:]
        body = f"{pronoun} {said} {text}"
    out = finish(body)
    whole = span.text.split()
    if len(out.split()) > len(whole) - 3 or len(out.split()) < 6 or not balanced(out):
        return None
    return out


def _told_before(c: Candidate, cands: Sequence[Candidate]) -> bool:
    """Whether the event a "When …?" asks about is one an earlier sentence tells too ("When
    was Carrion-Moore arrested?" answered by a February arrest, below a lead about this
    week's): the question cannot say which, and its answer misleads."""
    root = _event_root(c.span)
    if root.pos_ not in {"VERB", "AUX"} or root.lemma_.lower() in {"be", "have", "say", "do", "get", "make", "take"}:
        return False
    subj = _subject(root)
    if subj is None:
        return False
    who = {t.lower_ for t in subj.subtree if t.pos_ in {"PROPN", "NOUN"}}
    lemma = root.lemma_.lower()
    for o in cands:
        if o.index >= c.index:
            continue
        for t in o.span:
            other = _subject(t) if t.lemma_.lower() == lemma and t.pos_ == "VERB" else None
            if other is not None and (who & {x.lower_ for x in other.subtree} or other.lower_ in {"he", "she", "they"}):
                return True  # the same event of the same actor, told earlier
    return False

def _central_people(cands: Sequence[Candidate], analysis: Analysis) -> frozenset[str]:
    """The one or two people the story is about: named often, or named in the lead."""
    lead = {c.id for c in cands[:3]}
    people = [e for e in analysis.entities if e.kind == "PERSON" and len(e.name.split()) >= 2
              and (len(e.mentions) >= 3 or lead & set(e.mentions))]
    people.sort(key=lambda e: -e.salience)
    if not people:
        return frozenset()
    top = people[0].salience
    return frozenset(e.name for e in people[:2] if e.salience >= 0.6 * top)
