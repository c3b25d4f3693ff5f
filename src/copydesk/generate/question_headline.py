"""The question headline: the question the synopsis answers, about the main event.

It asks about the main event and its actors: *Why …?* when the sentence gives a reason
or purpose (removed from the question: it is the answer), *Will …?* for a planned
event, *What Did X Announce?* for a disclosure, *What {Noun} Does X {Verb}?* for the
object of the event, *How Did X …?* for an action the story tells (or the way it came
about: "after calling out …"); a yes/no question only for an open outcome (*Will …?*,
*Could …?*), never an echo of a settled fact, a generic or a background one.

The clause machinery (event clause, safe deletions, rendering, inflection) is the
headline's, in :mod:`copydesk.generate.headlines`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from copydesk.generate.compress import needs_prep
from copydesk.generate.headlines import (
    _ACHIEVEMENTS,
    _ANNOUNCE,
    _DISCLOSURE_FRAMES,
    _FACE,
    _LIGHT_VERBS,
    _LINKS,
    _PEOPLE,
    _REFERRING_NOUNS,
    _ROLES,
    _STATIVE,
    _TRAILING,
    PRONOUNS,
    QUESTION_MAX,
    _balanced,
    _child,
    _deletions,
    _inflect,
    _negated_subject,
    _plural,
    _prompted_by,
    _reason,
    _render,
    _sub,
    as_cut_open,
    droppable_frame,
    event_clause,
    first_person,
    manner_of,
    means_of,
    misparsed,
    orphaned,
)
from copydesk.generate.select import Candidate
from copydesk.generate.summary import title_case
from copydesk.model import Analysis, Claim

_DO_SUPPORT = {"VBD": "did", "VBZ": "does", "VBP": "do"}

_GROUPS = frozenset(["union", "group", "party", "company", "firm", "council", "government", "association",
                     "organisation", "organization", "body", "committee", "club", "team", "agency", "authority",
                     "board", "coalition", "alliance", "lobby", "federation", "league"])
"""Bodies of people: what a participle says of one ("unions representing workers") is who they
are, not the news."""


def do_support(tag: str) -> str | None:
    """The auxiliary a question needs for a verb with no auxiliary of its own ("beat" →
    "did … beat"), by its Penn tag; None for a form that takes none."""
    return _DO_SUPPORT.get(tag)


def _invert(span: Span, verb: Token, drop: set[int], named: Sequence[str] | None = None) -> list[str] | None:
    """Subject–auxiliary inversion of the clause of ``verb`` (tokens in ``drop`` left out).

    "King was hospitalised" → "Was King hospitalised"; "Smith faces charges" → "Does
    Smith face charges"; "X beat Y" → "Did X beat Y".
    """
    subj = _child(verb, {"nsubj", "nsubjpass"})
    if subj is None:
        return None
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    subject_ids = _sub(subj)
    clause = [t for t in verb.subtree if t.i not in drop and t.i >= subj.left_edge.i]
    if not clause:
        return None
    rewrite: dict[int, str] = {}
    if aux:
        first = aux[0]
        mover = first.text.lower()
        rest = [t for t in clause if t.i != first.i]
    elif verb.lemma_ == "be" and verb.pos_ == "AUX":
        mover = verb.text.lower()
        rest = [t for t in clause if t.i != verb.i]
    else:
        support = do_support("VBD" if told_in_past(verb) else verb.tag_)
        if support is None:
            return None
        mover = support
        rest = clause
        rewrite[verb.i] = verb.lemma_
        # "Bayern beat Hoffenheim and closed in on the title" → "Did Bayern … Beat … and Close In …"
        rewrite.update({t.i: t.lemma_ for t in clause if t.dep_ == "conj" and t.head.i == verb.i
                        and t.tag_ == "VBD" and not any(ch.dep_ in {"nsubj", "nsubjpass"} for ch in t.children)})
    subj_words = [t for t in rest if t.i in subject_ids]
    after = [t for t in rest if t.i not in subject_ids]
    # A sentence adverb the parse hung on the subject ("Perhaps the creature found out")
    # goes after the subject, never after the auxiliary ("Did Perhaps the Creature …?"):
    # a hedge kept ("Did the Creature Perhaps Find Out?"), a linking word dropped.
    lead_adverbs = []
    while subj_words and subj_words[0].i != subj.i and subj_words[0].lower_ in _SENTENCE_ADVERBS | _LINKING_ADVERBS:
        lead_adverbs.append(subj_words.pop(0))
    # (and one before the subject, which the clause leaves out: the hedge stays all the same)
    lead_adverbs += [ch for ch in verb.children if ch.dep_ == "advmod" and ch.i < subj.left_edge.i
                     and ch.i not in drop and ch.lower_ in _SENTENCE_ADVERBS]
    after = [t for t in lead_adverbs if t.lower_ in _SENTENCE_ADVERBS] + after
    if not subj_words:
        return None
    def w(t: Token) -> str:
        return rewrite.get(t.i, t.text if t.ent_type_ or t.i == subj.left_edge.i and t.pos_ == "PROPN" else t.text)
    subj_text = [w(t) for t in subj_words]
    if subj_text and subj_words[0].pos_ not in {"PROPN"} and subj_text[0][:1].isupper() and subj_words[0].i == span.start:
        subj_text[0] = subj_text[0].lower()
    if named and subj_words:
        # an epithet given its name ("the city" → "São Paulo"): the phrase up to its head goes
        keep = [k for k, t in enumerate(subj_words) if t.i > subj.i]
        subj_words = [subj_words[0], *(subj_words[k] for k in keep)]
        subj_text = [" ".join(named), *(subj_text[k] for k in keep)]
    # Tokens written as the story spaces them ("2-0", "Kuziel-Zawalich"), not one word each.
    text = mover + " " + _spaced([*zip(subj_words, subj_text, strict=True), *((t, w(t)) for t in after)])
    # (an opening quotation mark keeps its space: "MPs 'bleating'", not "MPs'bleating'")
    text = re.sub(r"\s+([,.;:!?%]|[’'](?![A-Za-z]))", r"\1", text)
    return text.split()


_SENTENCE_ADVERBS = frozenset({"perhaps", "maybe", "probably", "possibly", "apparently", "reportedly", "allegedly",
                               "likely", "certainly", "surely", "clearly", "evidently", "supposedly", "seemingly"})
"""Hedges that qualify a whole statement: kept, after the subject, when it is asked."""
_LINKING_ADVERBS = frozenset({"however", "meanwhile", "now", "then", "also", "still", "instead", "indeed", "yet",
                              "so", "thus", "therefore", "moreover", "furthermore", "besides", "finally", "even"})
"""Words that tie a statement to the one before: no part of a question asked of it."""


_SAME_PAST = frozenset({"put", "cut", "hit", "set", "let", "quit", "shut", "spread", "cast", "cost", "hurt", "bet",
                        "burst", "split", "shed", "thrust", "upset", "broadcast", "forecast", "bid", "beat"})
"""Verbs whose past is their base form, which the tagger may read as a present ("Four
officers put their holiday on hold" → "Why Do Four Officers Put …?", struck in blind reads)."""


def told_in_past(verb: Token) -> bool:
    """A verb tagged present whose form is also its past ("put", "cut", "set") in a story
    told in the past: the sentences after it tell their events in the past tense, more
    often than in the present."""
    if verb.tag_ != "VBP" or verb.lower_ not in _SAME_PAST or any(
            ch.dep_ in {"aux", "auxpass"} for ch in verb.children):
        return False
    doc = verb.doc
    sents = [s for s in doc.sents if s.start > verb.i][:5]
    past = sum(1 for s in sents if s.root.tag_ == "VBD" or any(
        ch.dep_ in {"aux", "auxpass"} and ch.tag_ == "VBD" for ch in s.root.children))
    present = sum(1 for s in sents if s.root.tag_ in {"VBZ", "VBP"} and s.root.lemma_ not in {"say", "tell"})
    return past >= 1 and past > present


_EPITHET_HEADS = frozenset({"city", "town", "village", "county", "region", "country", "nation", "capital",
                            "island", "agreement", "deal", "scheme", "experiment", "project"})
"""Heads of a definite description that stands for a name told before ("the Midlands city",
"the agreement"): asked alone, the reader cannot tell which. (Not "the Australian team":
a side named by its country is named.)"""


def epithet(subj: Token) -> bool:
    """A definite subject that stands for a name the question does not give ("Did the
    Midlands City Top the League Table?", "Was the Agreement Designed …?"): "the" or
    "this" before a common noun of deal or project, or of a place described ("the
    Northern city": a bare "the town" may be all the story calls it), with no name of its own
    (a named "of" phrase or apposition: "the city of Leeds") and no clause saying which."""
    if not _definite_head(subj):
        return False
    # (a bare "the town" of a story that names none is the town it tells of)
    return subj.lemma_.lower() not in _PLACE_HEADS or any(
        ch.dep_ in {"amod", "compound", "nmod"} and ch.i < subj.i for ch in subj.children)


def _definite_head(subj: Token) -> bool:
    """"the"/"this" before a noun of :data:`_EPITHET_HEADS` with nothing after it saying which."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in _EPITHET_HEADS:
        return False
    if not any(ch.dep_ == "det" and ch.lower_ in {"the", "this", "that"} for ch in subj.children):
        return False
    return not any(ch.dep_ in {"appos", "prep", "relcl", "acl"} and ch.i > subj.i for ch in subj.children)


_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})


def _subject_in_subject(subj: Token) -> bool:
    """A subject phrase with a subject of its own inside ("The company behind plans to …"
    parsed with "company" as the subject of "plans"): a misparse, whose cuts leave nonsense."""
    return any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.pos_ in {"NOUN", "PROPN"} for t in subj.subtree
               if t.i != subj.i)


def bared(subj: Token, drop: set[int]) -> bool:
    """A noun of the subject left bare by a cut ("the company behind plans [to build a
    pipeline]"): it lost the clause or phrase that said what it was, and has no article,
    owner, number or modifier left to stand on."""
    for t in subj.subtree:
        if t.i in drop or t.pos_ != "NOUN" or t.tag_ != "NNS" and t.i != subj.i:
            continue
        # (the head may lose its place or its group: "Defendants [in the trial] are continuing …")
        cuts = {"acl", "relcl", "xcomp"} if t.i == subj.i else {"acl", "relcl", "xcomp", "prep"}
        lost = any(ch.i in drop and ch.dep_ in cuts and ch.i > t.i for ch in t.children)
        kept = any(ch.i not in drop and ch.dep_ in {"det", "poss", "nummod", "compound", "amod", "prep", "acl", "relcl"}
                   for ch in t.children)  # ("thousands [of staff] at universities": what they are stays)
        if lost and not kept:
            return True
    return False


_PERSON_NOUNS = _ROLES | frozenset({
    "coroner", "investigator", "surgeon", "detective", "inspector", "prosecutor", "teacher", "farmer", "banker",
    "lawmaker", "legislator", "councillor", "councilor", "candidate", "resident", "patient", "victim", "witness",
    "survivor", "pensioner", "retiree", "migrant", "refugee", "journalist", "reporter", "editor", "author", "writer",
    "artist", "musician", "athlete", "runner", "swimmer", "cyclist", "golfer", "jockey", "trainer", "boxer", "umpire",
    "referee", "shopkeeper", "landlord", "tenant", "builder", "developer", "engineer", "inventor", "founder",
    "entrepreneur", "investor", "shareholder", "employer", "employee", "labourer", "miner", "fisherman", "sailor",
    "diver", "climber", "hiker", "surfer", "motorist", "pedestrian", "priest", "bishop", "pastor", "nun",
    "monk", "activist", "protester", "campaigner", "volunteer", "donor", "chef", "cook", "waiter", "cleaner",
    "carer", "paramedic", "firefighter", "magistrate", "barrister", "solicitor", "attorney", "sheriff", "constable",
    "sergeant", "general", "colonel", "lieutenant", "admiral", "ranger", "vet", "dentist", "pharmacist", "psychologist",
    "psychiatrist", "physician", "midwife", "principal", "lecturer", "academic", "historian", "student", "graduate",
    "apprentice", "winner", "loser", "champion", "veteran", "newcomer", "rookie", "striker", "goalkeeper",
    "defender", "batsman", "bowler", "owner", "operator", "mother", "father", "grandmother",
    "grandfather", "widow", "widower", "pilot", "driver", "passenger"})
"""Nouns for someone by their job or part ("a coroner", "an investigator", "the surgeon",
"the chief"): a closed list, never a word's ending ("order", "register", "incident" are things)."""


def _role(noun: Token) -> bool:
    """A noun for someone by their job or part ("a coroner", "the surgeon"), from
    :data:`_PERSON_NOUNS` or the parse (a person's name); never a thing ("a new order",
    "the agreement")."""
    return noun.lemma_.lower() in _PERSON_NOUNS or noun.ent_type_ == "PERSON"


def _animate(subj: Token) -> bool:
    """A subject a "him"/"her"/"them" in a clause of its own may stand for: a person, a
    named body, people."""
    return subj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or subj.pos_ == "PROPN" or subj.tag_ == "NNS" or (
        subj.lemma_.lower() in _PEOPLE | _DOERS) or any(ch.dep_ == "compound" and ch.pos_ == "PROPN"
                                                          for ch in subj.children)


def unresolved_pronoun(verb: Token, subj: Token, drop: set[int]) -> bool:
    """An object pronoun left in the question with nothing in it to stand for ("Did the Cost
    Force Her Into Debt?"): in the event's own clause it is never its subject; in a clause
    of its own ("… when two men carried her off") it may be, if the subject is someone.
    (A possessive, "lost his seat", is left alone: it is mostly the subject's.)"""
    subject = _sub(subj)
    for t in verb.subtree:
        if t.i in drop or t.i in subject or t.pos_ != "PRON":
            continue
        low = t.lower_
        if low in _OBJECT_PRONOUNS and t.dep_ in {"dobj", "pobj", "dative"} and t.tag_ == "PRP":
            own = next((a for a in t.ancestors if a.pos_ in {"VERB", "AUX"}), verb)
            if own.i == verb.i or not _animate(subj):
                return True  # (in a clause of its own it may stand for the subject: "… when men carried her off")
    return False


_FINDS = frozenset({"discover", "find", "identify", "spot", "detect", "uncover", "unearth", "locate", "trace",
                    "recover", "rescue", "catch", "capture", "diagnose"})
"""Finds and rescues, whose "after …" tells how they were made, not why."""
_WHEN_DONE = frozenset({"kill", "injure", "wound", "hurt", "abduct", "kidnap", "rescue", "save", "attack", "rob",
                        "strand", "trap", "crush", "hit", "strike", "steal", "snatch", "bite", "maul", "trample",
                        "catch", "film", "record", "capture", "shoot", "stab", "scald", "burn"})


def _when_done(verb: Token, subj: Token) -> Token | None:
    """The "when …" clause, with its own subject, that tells how a harm or a rescue was done
    to its subject ("was abducted when two men carried her off"): the answer to "How …?"."""
    if verb.lemma_ not in _WHEN_DONE or subj.dep_ != "nsubjpass":
        return None
    for ch in verb.children:
        if ch.dep_ == "advcl" and ch.i > verb.i and ch.pos_ == "VERB" and any(
                m.dep_ in {"mark", "advmod"} and m.lower_ == "when" and m.i < ch.i for m in ch.children) and any(
                g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ not in {"it", "this", "that"} for g in ch.children):
            return ch
    return None


_OCCUR = frozenset({"happen", "occur", "unfold"})


def mere_occurrence(verb: Token) -> bool:
    """A clause that says only that something happens ("is taking place in New York", "was
    held in London"): asked back, it asks whether the event exists, not what it is."""
    if verb.lemma_ in _OCCUR:
        return True
    if verb.lemma_ == "take" and any(ch.dep_ == "dobj" and ch.lemma_ == "place" for ch in verb.children):
        return True
    if verb.lemma_ != "hold" or not any(ch.dep_ == "auxpass" for ch in verb.children) or _child(
            verb, {"dobj", "agent"}) is not None:
        return False
    subj = _child(verb, {"nsubjpass"})  # (a person "is being held" is detained, not staged)
    return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() not in _PEOPLE | _DOERS


_VERDICT_VERBS = frozenset({"hail", "praise", "laud", "salute", "applaud", "commend", "slam", "blast", "lambast",
                            "lambaste", "criticise", "criticize", "mock", "ridicule", "brand", "label", "dub", "tip",
                            "rubbish", "accuse"})
"""Verdicts spoken on someone ("hailed Simeone as one of the best", "branded the plan a
farce"): the page asks what was said, not whether it was. (Not "attack", "dismiss",
"defend", "question": each is as often a deed — a raid, a sacking, a title kept, an
interrogation.)"""

_SPOKEN = frozenset({"claim", "claims", "allegation", "allegations", "suggestion", "suggestions", "report", "reports",
                     "criticism", "rumour", "rumours", "rumor", "rumors", "speculation", "fear", "fears", "concern",
                     "concerns", "argument", "arguments", "defence", "defense", "excuse", "account", "version"})
"""What is said, whose dismissal is a verdict ("dismissed Boase's claims"), where dismissing a
person is a sacking."""


def _verdict_on(verb: Token, subj: Token, span: Span, *, charge: bool = True) -> str | None:
    """ "Ancelotti hailed Simeone as one of the world's best coaches" → "What Did Carlo
    Ancelotti Say About Diego Simeone?": a named speaker's verdict on a named person,
    body or thing, asked of its object; None for a passive, an act of force ("attacked
    the guard": no speaker), or an object the question could not name."""
    obj = _child(verb, {"dobj"})
    spoken_of = verb.lemma_ in {"dismiss", "reject"} and obj is not None and obj.lemma_.lower() in _SPOKEN
    if not (verb.lemma_ in _VERDICT_VERBS or spoken_of) or subj.dep_ != "nsubj" or verb.tag_ not in {
            "VBD", "VBZ", "VBP", "VBN"}:
        return None
    if not any(t.ent_type_ in {"PERSON", "ORG"} or (t.pos_ == "PROPN" and t.ent_type_ != "GPE")
               for t in (subj, *(ch for ch in subj.children if ch.dep_ == "appos"))):
        return None
    if obj is None or obj.pos_ == "PRON" or not any(t.pos_ == "PROPN" for t in obj.subtree):
        return None  # (an attack on a guard is a deed, not a verdict; a named object is what was spoken of)
    # (a name in apposition stays: "Real Madrid coach Jose Mourinho")
    aside = {i for ch in (*subj.children, *obj.children) if ch.dep_ in {"appos", "relcl", "acl"}
             and not (ch.dep_ == "appos" and ch.pos_ == "PROPN" and ch.head.i == subj.i) for i in _sub(ch)}
    who = [t for t in subj.subtree if t.i not in aside and not t.is_punct]
    about = [t for t in obj.subtree if t.i not in aside and not t.is_punct and t.dep_ != "prep"
             and not any(a.dep_ == "prep" and a.i in _sub(obj) for a in t.ancestors)]
    if not who or not about or len(who) > 6 or len(about) > 6 or who[0].i < span.start:
        return None
    aux = "Did" if verb.tag_ in {"VBD", "VBN"} else ("Do" if _plural(subj) else "Does")
    name = [t.text if t.pos_ == "PROPN" or t.i != span.start else t.lower_ for t in who]
    obj_words = [t.text if t.pos_ == "PROPN" or t.i != span.start else t.lower_ for t in about]
    of = next((ch for ch in verb.children if ch.dep_ == "prep" and ch.lower_ == "of" and ch.i > obj.i
               and _child(ch, {"pobj", "pcomp"}) is not None), None) if verb.lemma_ == "accuse" and charge else None
    if of is not None:
        # what the accusation is, not "… Say About Israel?": "What Did X Accuse Israel Of?"
        q = _question(["Accuse", *obj_words], ["What", aux, *name])
        return q[:-1] + " Of?" if q else None
    return _question(["Say", "About", *obj_words], ["What", aux, *name])


_QUOTE_MARKS = re.compile("[\"“”‘]|(?:^|\\s)'")


def _later_cause(c: Candidate, analysis: Analysis, verb: Token, subj: Token) -> str | None:
    """The id of one of the next two sentences that tells the cause of ``c``'s act: the
    same verb, of the same actor (a pronoun or a word of the subject again), with a reason
    or a stated cause of its own ("because …", "after being …", "for doing …", "over …");
    None when neither does, or the cause sits in a quotation (someone's view, not the story's)."""
    if verb.pos_ != "VERB" or verb.lemma_ in {"be", "have", "say", "tell"} | _OCCUR:
        return None
    names = {t.lower_ for t in subj.subtree if t.pos_ in {"PROPN", "NOUN"}}
    doc = c.span.doc
    for k, nxt in enumerate(analysis.sentences[c.index + 1 : c.index + 3]):
        span = doc.char_span(nxt.start, nxt.end, alignment_mode="expand")
        if span is not None and _gives_the_reason(span):
            return nxt.id  # "… has quit her job. … The official reason for the resignation was …"
        if span is None or _QUOTE_MARKS.search(nxt.text):
            continue
        if k == 0 and _in_response(span):
            return nxt.id  # "… has called for better training. It is a response to a crash …"
        if verb.lemma_ in _STATIVE:
            continue
        v2, frame2 = event_clause(span)
        if frame2 is not None or v2.lemma_ != verb.lemma_ or any(ch.dep_ == "neg" for ch in v2.children):
            continue
        s2 = _child(v2, {"nsubj", "nsubjpass"})
        if s2 is None or s2.dep_ != subj.dep_ or not (
                s2.lower_ in {"he", "she", "they", "it"} or any(t.lower_ in names for t in s2.subtree)):
            continue
        why = _reason(v2) or stated_cause(v2)
        if why is not None and (v2.lemma_ != "be" or _prompted_by(v2, why)):
            return nxt.id
    return None


_LEAD_REACH = 6
"""How many of the story's first sentences are searched for the reason or the means of the news."""


def _lead_answer(c: Candidate, analysis: Analysis, verb: Token, subj: Token) -> tuple[str, str] | None:
    """``("Why"|"How", id)`` of a sentence among the story's first few, other than ``c``'s
    and the next one :func:`_later_cause` reads, that retells ``c``'s event — the same
    verb, of the same actor (a word of the subject again, or after it a "he"/"she"/"they"/
    "it") or on the same object — and says why ("after being …", "because …", "in a bid
    to …", "to …") or how ("by doing …", "…, using …"): the news asked "Why …?"/"How …?",
    citing both, rather than asked back yes/no. None when no sentence does, or it is a
    quotation (someone's view, not the story's) or is negated."""
    if verb.pos_ != "VERB" or verb.lemma_ in {"be", "have", "say", "tell", "do"} | _OCCUR | _STATIVE:
        return None
    names = {t.lower_ for t in subj.subtree if t.pos_ in {"PROPN", "NOUN"}}
    obj = _child(verb, {"dobj"})
    objects = {t.lemma_.lower() for t in obj.subtree if t.pos_ in {"PROPN", "NOUN"}} if obj is not None else set()
    doc = c.span.doc
    for k, other in enumerate(analysis.sentences[:_LEAD_REACH]):
        if k == c.index or _QUOTE_MARKS.search(other.text):
            continue
        span = doc.char_span(other.start, other.end, alignment_mode="expand")
        if span is None:
            continue
        v2, frame2 = event_clause(span)
        if frame2 is not None or v2.lemma_ != verb.lemma_ or any(ch.dep_ == "neg" for ch in v2.children) or any(
                a.dep_ == "aux" and a.lower_ in _MODALS for a in v2.children):
            continue
        s2 = _child(v2, {"nsubj", "nsubjpass"})
        if s2 is None or s2.dep_ != subj.dep_:
            continue
        same_actor = any(t.lower_ in names for t in s2.subtree if t.pos_ in {"PROPN", "NOUN"}) or (
            k > c.index and s2.lower_ in {"he", "she", "they", "it"})
        o2 = _child(v2, {"dobj"})
        same_object = bool(objects) and o2 is not None and any(
            t.lemma_.lower() in objects for t in o2.subtree if t.pos_ in {"PROPN", "NOUN"})
        if not (same_actor or same_object):
            continue
        why = _reason(v2) or stated_cause(v2) or _purpose(v2, s2)
        if why is not None and (v2.lemma_ != "be" or _prompted_by(v2, why)):
            return "Why", other.id
        if means_of(v2) is not None:
            return "How", other.id
    return None


def _gives_the_reason(span: Span) -> bool:
    """A sentence whose subject is the reason for what came before, not negated: "The
    official reason for the resignation was 'to spend more time with her family'", "The
    reason given was …"; never "reasons to be cheerful" nor a reason for anything else a
    sentence names after it ("The reason for the delay in Paris …" stands alone all the same)."""
    root = span.root
    subj = _child(root, {"nsubj"})
    if subj is None or root.lemma_ != "be" or any(ch.dep_ == "neg" for ch in root.children):
        return False
    if subj.lemma_.lower() not in {"reason", "motive"} or subj.tag_ != "NN":
        return False
    if not any(ch.dep_ == "det" and ch.lower_ in {"the", "this", "that"} for ch in subj.children):
        return False
    of = next((ch for ch in subj.children if ch.dep_ == "prep" and ch.lower_ == "for"), None)
    what = _child(of, {"pobj"}) if of is not None else None
    # (the reason "for the resignation", "for the move": the act told before; not "for Paris")
    return what is None or (what.pos_ == "NOUN" and any(ch.dep_ == "det" and ch.lower_ in {"the", "this", "that", "her",
                                                                                      "his", "their", "its"}
                                                         for ch in what.children))


_RESPONSES = frozenset({"response", "retaliation", "reaction", "reply", "answer", "protest", "revenge", "reprisal"})
_THE_ACT = frozenset({"it", "this", "move", "decision", "call", "attack", "attacks", "strike", "strikes", "raid",
                      "raids", "action", "step", "measure", "announcement", "ban", "protest", "protests"})


def _in_response(span: Span) -> bool:
    """A sentence that says the event before it answered something: "It is a response to
    a helicopter crash last August", "The strikes came in retaliation for …" (its subject
    the event itself, a "response"/"retaliation" to or for something named)."""
    root = span.root
    subj = _child(root, {"nsubj"})
    if subj is None or subj.lower_ not in _THE_ACT or any(ch.dep_ == "neg" for ch in root.children):
        return False
    if subj.lower_ not in {"it", "this"} and subj.left_edge.lower_ not in {"the", "this", "these"}:
        return False
    if root.lemma_ not in {"be", "come"}:
        return False
    for noun in root.subtree:
        if noun.lemma_.lower() in _RESPONSES and noun.pos_ == "NOUN" and (noun.head.i == root.i or (
                noun.head.head.i == root.i and noun.head.lower_ in {"in", "as"})):
            prep = next((ch for ch in noun.children if ch.dep_ == "prep" and ch.lower_ in {"to", "for", "against"}), None)
            if prep is not None and _child(prep, {"pobj", "pcomp"}) is not None:
                return True
    return False


_PLACE_HEADS = frozenset({"city", "town", "village", "county", "region", "country", "nation", "capital", "state",
                          "island"})
# (a settlement takes the city before it; "the country" takes only the country of a "City, Country"
# pair or a place that is that sentence's whole subject ("Portugal has denied …"): "the country" of
# "Rioters in Paris fought …" is no Paris)
_CITY_HEADS = frozenset({"city", "town", "village", "capital"})


def epithet_name(subj: Token, c: Candidate, analysis: Analysis) -> list[str] | None:
    """The name a place epithet stands for ("the city" → "São Paulo"), from the nearest of
    the two sentences before it that names a place: the one place in that sentence's
    subject ("the sky above São Paulo, Brazil went dark"), or the first of a "City,
    Country" pair; None for any other epithet, or where the place is in doubt."""
    if subj.lemma_.lower() not in _PLACE_HEADS:
        return None
    city = subj.lemma_.lower() in _CITY_HEADS
    doc = c.span.doc
    for prev in reversed(analysis.sentences[max(0, c.index - 2) : c.index]):
        span = doc.char_span(prev.start, prev.end, alignment_mode="expand")
        if span is None:
            continue
        if not any(e.label_ == "GPE" for e in span.ents):
            continue
        # (only a place in that sentence's subject: "Leeds beat the capital's side" is no "the city")
        root = span.root
        said = _child(root, {"nsubj", "nsubjpass"})
        inside = _sub(said) if said is not None else set()
        ents = [e for e in span.ents if e.label_ == "GPE" and e.start in inside]
        names = list(dict.fromkeys(e.text for e in ents))
        paired = len(ents) >= 2 and ents[1].start == ents[0].end + 1 and doc[ents[0].end].text == ","
        first = ents[0] if ents else None
        if first is None or (first.start >= 2 and doc[first.start - 1].text == ","
                             and doc[first.start - 2].pos_ == "PROPN"):
            return None  # (the country of a "City, Country" whose city the tagger missed)
        if city and (len(names) == 1 or paired):
            return first.text.split()
        if not city and paired:
            return ents[1].text.split()
        if not city and len(names) == 1 and said is not None and first.start == said.left_edge.i \
                and first.end == said.right_edge.i + 1:
            return first.text.split()
        return None
    return None


def _spaced(pairs: Sequence[tuple[Token, str]]) -> str:
    """Words joined as the story joins them: no space between two tokens the story wrote
    together ("2-0", "Kuziel-Zawalich"), one wherever a deletion or a move put them apart."""
    out: list[str] = []
    for k, (tok, word) in enumerate(pairs):
        out.append(word)
        nxt = pairs[k + 1][0] if k + 1 < len(pairs) else None
        if nxt is not None and not (nxt.i == tok.i + 1 and not tok.whitespace_):
            out.append(" ")
    return "".join(out)


_COMPLEMENTS = frozenset({"dobj", "prep", "prt", "acomp", "attr", "xcomp", "ccomp", "oprd", "dative", "agent"})
"""What a verb takes after it; a question that strips all of them asks about a bare verb (so
does a "for X to do Y" clause the parse hung on it as an adverbial clause)."""

_INCOMPLETE_ALONE = frozenset({"come", "go", "call", "make", "take", "put", "give", "get", "set", "bring", "lead",
                               "stand", "look", "seem", "mean", "move", "turn", "head", "remain", "stay"})
"""Verbs that say nothing with nothing after them ("Is the Leadership Calling?")."""

_VAGUE_TOPICS = frozenset({"hand", "arm", "leg", "foot", "finger", "eye", "face", "head", "neck", "hair", "body",
                           "number", "presence", "idea", "work", "situation", "thing", "way", "fact", "issue",
                           "matter", "level", "amount", "rate", "people", "lot", "part", "one", "case", "time",
                           "point", "move", "decision", "report", "result", "figure", "figures"})


_BARE_VAGUE = frozenset({"cost", "costs", "price", "prices", "fee", "fees", "bill", "sum", "total", "plan", "proposal",
                         "claim", "claims", "change", "changes", "problem", "problems", "scheme", "deal", "agreement",
                         "experience", "effect", "effects", "impact", "risk", "risks", "money", "budget"})
"""Nouns that, with only "the" before them, lean on a sentence before ("… Claim About the
Cost?"), though "the cost of tuition" does not, nor "prices" in general."""


_BODIES = frozenset({"government", "military", "country", "nation", "state", "city", "team", "side", "company",
                     "club", "party", "army", "police", "economy", "industry", "market", "markets", "world"})
"""Whole institutions or places: "… Say About the Government?" asks about everything."""


_OF_NOUNS = frozenset({"sympathy", "support", "future", "rest", "majority", "minority", "part", "lack", "loss", "number",
                       "level", "state", "sense", "impact", "cost", "use", "role", "size", "scale", "extent", "nature",
                       "quality", "value", "rate", "share", "half", "bulk", "fate", "trust", "confidence", "backing",
                       "path", "way", "end", "start", "beginning", "middle", "heart", "centre", "side", "kind", "sort",
                       "type", "form", "lives", "life", "death", "views", "view", "wishes", "interests"})
"""Nouns that say nothing without their "of" ("the sympathy [of voters]", "the rest [of the
team]"): cut from it, no topic. A thing's own "of" may go ("the photograph [of the blaze]")."""


def _topic(subj: Token, span: Span, speaker_is_person: bool = False, *, plain: bool = True) -> list[str] | None:
    """The reported clause's subject as the topic of a disclosure question ("… Reveal
    About the Contracts for His Fight?"): its noun phrase without clauses or appositives;
    None for a pronoun, a placeholder or a phrase too long to ask about. ``plain``: a plain
    "the + noun" is topic enough ("… About the Verdict?"); only a pointing noun or an
    empty adjective needs more (for an object asked about in the subject's stead, any
    noun needs more)."""
    if subj.pos_ == "PRON" or subj.lower_ in PRONOUNS or subj.pos_ not in {"NOUN", "PROPN"}:
        return None  # (also a quantifier cut from its "of": "… Say About Most?" of "most of the state's fires")
    if subj.left_edge.lower_ in {"its", "their"} or (
        subj.left_edge.lower_ in {"his", "her"} and not speaker_is_person
    ):
        return None  # "his side" is the speaker's own side only when the speaker is a person
    if subj.lemma_.lower() in _OF_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children):
        return None  # "… Say About the Sympathy?" of "the sympathy of some sections of the community": cut from its "of"
    if any(ch.dep_ == "det" and ch.lower_ in {"a", "an"} for ch in subj.children) and subj.pos_ != "PROPN" and not any(
            ch.dep_ in {"compound", "poss"} or ch.pos_ == "PROPN" for ch in subj.children if ch.i < subj.i):
        # "a total of 30 cases", "an intense campaign" asked "… About the Total?", "… About
        # the Intense Campaign?": "the" points at what the story never told ("a child abuse
        # scandal" names its kind, and is asked "… About the Child Abuse Scandal?")
        return None
    cut = {i for c in subj.children if c.dep_ in {"relcl", "acl", "appos", "prep"} for i in _sub(c)}
    possessed = any(ch.dep_ == "poss" and ch.pos_ == "PRON" for ch in subj.children)  # "his side": his own team
    if subj.lemma_.lower() in _VAGUE_TOPICS or (subj.lemma_.lower() in _BODIES and not possessed) or epithet(subj):
        return None  # "What Did the Survey Reveal About the Number?": a topic that names nothing
    if any(t.like_num or t.dep_ in {"nummod", "quantmod"} for t in subj.subtree if t.i not in cut):
        return None  # "… Say About More Than 75 Militants?": a count is trivia, not the topic
    if all(t.ent_type_ in {"GPE", "NORP", "ORG", "PERSON", "LOC"} or t.pos_ == "PROPN" or t.lower_ == "the"
           or (t.text[:1].isupper() and (not t.is_sent_start or _named_elsewhere(t)))  # a name the tagger missed
           for t in subj.subtree if t.i not in cut and not t.is_punct):
        return None  # "What Did the Palestinian Leader Say About Israel?": a bare name says nothing of what
    # (a plural's possessive mark stays: "the teens' mother", never "the Teens Mother")
    toks = [t for t in subj.subtree if t.i not in cut and (not t.is_punct or t.text == "-" or t.tag_ == "POS")]
    toks = [t for t in toks if t.lower_ not in {"a", "an"}]
    if not toks or toks[0].i < span.start:
        return None
    words = _spaced([(t, t.text) for t in toks]).split()
    if len(words) > 6:
        return None  # (counted as written: "Wear-Tyne" is one word)
    if words and toks[0].pos_ != "PROPN" and words[0][:1].isupper() and toks[0].i == span.start:
        words[0] = words[0].lower()
    if len(toks) == 2 and toks[-1].i == subj.i and subj.lemma_.lower() in _BARE_VAGUE and (
            toks[0].lower_ in {"the", "this", "that", "these", "those"}):
        return None  # "… Claim About the Cost?": the cost of what, the question never says
    if not _specific(toks, subj):
        # "… Say About the Significant Fall?", "… About the Sympathy?": read alone the
        # phrase names nothing; its own short "of"/"in" phrase may say what ("the fall in
        # boat arrivals", "the contracts for the bout"), else no topic — but a plain thing
        # is topic enough ("… About the Verdict?").
        whole = _with_its_phrase(toks, subj, span)
        if whole is None and (not plain or subj.lemma_.lower() in _REFERRING_NOUNS | _OF_NOUNS or any(
                t.dep_ == "amod" and t.lower_ in _EMPTY_ADJ for t in toks)):
            return None
        if whole is not None:
            toks = whole
            words = _spaced([(t, t.text) for t in toks]).split()
            if words and toks[0].pos_ != "PROPN" and words[0][:1].isupper() and toks[0].i == span.start:
                words[0] = words[0].lower()
    if (toks[0].tag_ == "NN" or (toks[0].tag_ == "JJ" and subj.tag_ == "NN")) and toks[0].text.islower():
        words.insert(0, "the")  # "contracts" → "the contracts"
    return words


_EMPTY_ADJ = frozenset({"significant", "recent", "latest", "big", "bigger", "biggest", "major", "small", "huge",
                        "large", "current", "previous", "proposed", "possible", "likely", "other", "same", "whole",
                        "entire", "main", "key", "important", "serious", "further", "first", "last", "final", "early",
                        "late", "initial", "overall", "general", "high", "low", "sharp", "dramatic", "strong", "full",
                        "real", "only", "apparent", "alleged", "planned", "continued", "ongoing", "massive", "slight",
                        "substantial", "marked", "steady", "good", "bad", "great", "positive", "negative", "next",
                        "various", "certain", "particular", "such", "own", "wider", "broader", "present",
                        "former", "existing", "growing", "rising", "falling", "increasing", "decreasing", "continuing"})
"""Adjectives that say how big, how new or how sure a thing is, never what it is ("the
significant fall", "the latest figures"). Not "new": "the new contract" of a coach's
story is his new contract, the news itself."""


def _specific(toks: Sequence[Token], head: Token) -> bool:
    """A topic that names something read alone: a name in it, an owner ("Smith's claims",
    "his derby winner"), a noun before its head ("the child abuse scandal") or an adjective
    of kind ("the nuclear deal"); a generic plural with no article ("temperatures") too. Not
    "the fall", "the significant fall", "the sympathy", "the photograph"."""
    for t in toks:
        if t.i == head.i:
            continue
        if t.pos_ == "PROPN" or t.ent_type_ in _NAMED_KINDS or t.dep_ == "poss":
            return True
        if t.head.i == head.i and t.dep_ == "compound" and t.pos_ == "NOUN":
            return True
        if t.head.i == head.i and t.dep_ == "amod" and t.lower_ not in _EMPTY_ADJ and t.tag_ not in {"JJR", "JJS"} \
                and not t.lower_.endswith("ing"):
            return True
    if head.pos_ == "PROPN" or head.ent_type_ in _NAMED_KINDS:
        return True
    return head.tag_ == "NNS" and not any(t.dep_ == "det" for t in toks)


def _with_its_phrase(toks: list[Token], head: Token, span: Span) -> list[Token] | None:
    """The topic with its own short prepositional phrase ("the fall [in boat arrivals]"),
    when that phrase names something; None when none does or the whole runs past six words."""
    prep = next((ch for ch in head.children if ch.dep_ == "prep" and ch.i > head.i
                 and ch.lower_ in {"of", "in", "on", "over", "for", "at", "to", "about", "against"}), None)
    pobj = _child(prep, {"pobj"}) if prep is not None else None
    if prep is None or pobj is None:
        return None
    phrase = [t for t in prep.subtree if not t.is_punct or t.text == "-"]
    if any(t.pos_ in {"VERB", "AUX", "PRON"} or t.like_num or t.dep_ in {"relcl", "acl", "prep"} and t.head.i != prep.i
           for t in phrase if t.i != prep.i) or len(toks) + len(phrase) > 6 or phrase[-1].i > span.end - 1:
        return None
    inner = [t for t in phrase if t.i != prep.i]
    if pobj.lemma_.lower() in _VAGUE_TOPICS | _BARE_VAGUE | _OF_NOUNS | _BODIES and not _specific(inner, pobj):
        return None  # "the fall in the number": still nothing
    if not _specific(inner, pobj) and any(t.dep_ == "det" and t.lower_ in {"this", "that", "these", "those"}
                                          for t in inner):
        return None  # "the fall in these figures": a thing told before
    return [*toks, *phrase]

_DECISION = frozenset({"decide", "rule", "conclude", "agree", "vote", "choose", "opt", "determine", "find", "learn"})
AUXILIARIES = frozenset({"do", "does", "did", "have", "has", "had", "is", "are", "was", "were", "will", "would",
                         "can", "could", "should", "may", "might", "must"})
"""The auxiliaries a question opens with ("Did …?", "Will …?")."""
# Verbs of perception: what "can be seen" on a video is no open question.
_PERCEPTION = frozenset({"see", "hear", "film", "picture", "show", "spot", "photograph", "watch"})
def _question(words: list[str] | None, lead: Sequence[str] = ()) -> str | None:
    if not words:
        return None
    words = [*lead, *words]
    # (a quoted word keeps its quotation marks, single as in headlines: "the Word 'Genocide'")
    words = [f"'{m.group(1)}'" if (m := re.fullmatch(r'["“]([^"“”\s]+)["”][.,;:!?]*', w)) else w for w in words]
    quoted_last = bool(words) and re.fullmatch(r"'[^'\s]+'", words[-1]) is not None
    if words and not quoted_last:
        words[-1] = re.sub(r"[.,;:!?'’\"”]+$", "", words[-1])
    words = [re.sub(r'^["“”]+|["“”]+$', "", w) for w in words]
    words = [w for w in words if w and w not in {"'", "’", "‘"}]
    glued: list[str] = []
    for w in words:  # "Pacquiao 's" → "Pacquiao's"
        if glued and (w.lower() in {"'s", "’s", "n't", "'re", "'ve", "'ll", "'d"} or glued[-1] in {"£", "$", "€"}):
            glued[-1] += w
        else:
            glued.append(w)
    words = glued
    while words and (words[-1].lower().strip(",") in _TRAILING or words[-1] in {"-", "–", "—", "--"}):
        words.pop()
    text = title_case(words).rstrip(" ,.;:'’") + ("'?" if quoted_last and words[-1].endswith("'") else "?")
    text = re.sub(r"(^|\s)(['‘])([a-z])", lambda m: m.group(1) + m.group(2) + m.group(3).upper(), text)
    if (
        len(text) > QUESTION_MAX or len(words) < 4 or _LINKS.search(text)
        or "," in re.sub(r", According to [^,]{2,40}\?$", "?", text)  # the owner the editors' questions keep
        or any(first_person(w) or w.lower().strip(",.") in _SECOND_PERSON for w in words)
        or not _balanced(text[:-1] if quoted_last else text, possessive_s=True) or _two_finite(words) or _subordinate_inside(words)
    ):
        return None
    return text


_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "you're", "you've", "you'll"})
"""The story addressing its reader ("Will Sportsmail Be Providing You with …?"): no question to head it."""


_SUBORDINATORS = frozenset({"if", "when", "after", "before", "while", "although", "though", "unless", "because",
                            "once", "whether"})


def _subordinate_inside(words: Sequence[str]) -> bool:
    """A subordinate clause between the auxiliary and the subject ("What Does If Convicted
    28-year-old Mohammed Afroz Face?"): a misparse inverted, not a question."""
    lowered = [w.lower() for w in words]
    for k, w in enumerate(lowered[:3]):
        if w in _QUESTION_AUX and k + 1 < len(lowered) and lowered[k + 1] in _SUBORDINATORS:
            return True
    return False


_QUESTION_AUX = AUXILIARIES | {"shall"}
_MODALS = frozenset({"will", "would", "can", "could", "should", "may", "might", "must", "shall"})


_CLAIM_FRAMES = frozenset({"say", "claim", "insist", "believe", "argue", "warn", "think", "suggest", "maintain",
                           "assert", "predict", "fear", "deny"})
"""Frames whose reported clause is someone's claim: the story's open question."""


def _could(question: str | None, plural: bool = False) -> str | None:
    """"May X Be …?" / "Might X …?" read as permission or archaism: asked "Could X …?";
    a reported past perfect is asked in the present perfect ("Pakistan had stepped up
    security", said X → "Has Pakistan Stepped Up Security …?")."""
    if question and question.split(" ", 1)[0] in {"May", "Might"}:
        return "Could " + question.split(" ", 1)[1]
    if question and question.startswith("Had "):
        return ("Have " if plural else "Has ") + question[4:]
    if question and re.match(r"(?:Why|How) Had ", question):
        # ("Why Had the Roof Been Closed?" of "revealed the roof had been closed because …")
        return question[:4] + ("Have " if plural else "Has ") + question[8:]
    return question


_MODAL_HEDGE = re.compile(r"^((?:Will|Would|Could|Can|Should) (?:(?!Be )\S+ ){1,7}?)(?:Likely|Probably) ")


def _unhedged(question: str | None) -> str | None:
    """"Will Students Likely Spend …?", "Will South Africa Probably Be Forced …?": a hedge
    of a forecast stacked on the question that asks it; the question asks the forecast
    without it ("Will South Africa Be Forced …?"), the answer keeps it."""
    return _MODAL_HEDGE.sub(r"\1", question) if question else question


def _two_finite(words: Sequence[str]) -> bool:
    """A question with a second finite auxiliary after the one it was asked with ("How
    Did X Will Start …?", "Did X Can …?"): a misparse, not a question."""
    lowered = [w.lower() for w in words]
    lead = 1 if lowered and lowered[0] in {"how", "why", "what", "who", "when", "where", "which"} else 0
    if len(lowered) <= lead or lowered[lead] not in _QUESTION_AUX:
        return False
    return any(w in _MODALS for w in lowered[lead + 1:])


_BEFALLS = frozenset({"die", "crash", "collapse", "disappear", "vanish", "drown", "sink", "fall", "burn", "explode",
                      "survive", "recover", "wake", "emerge", "return", "arrive", "begin", "start", "end", "finish"})
"""What befalls its subject: "died after being hit by a car" is asked how, not why."""
_JUDGED = frozenset({"mock", "ridicule", "shame", "troll", "chastise", "scold", "rebuke", "reprimand", "discipline",
                     "expel", "dismiss", "disqualify", "deport", "detain", "quiz", "question", "probe", "lambast",
                     "lambaste", "applaud", "hail", "commend", "laud", "celebrate", "salute", "target", "accuse",
                     "hit", "pan", "roast", "savage", "castigate", "denounce", "vilify", "bar", "exclude", "kick",
                     "remove", "drop", "axe", "sanction", "caution", "warn", "hospitalise", "hospitalize"})
"""Acts of judging or punishing someone whose passive "for doing" is the grounds ("mocked
for wearing …"), beyond the headline's own list; never "known for", "used for"."""
_CAUSE_NOUNS = frozenset({"response", "retaliation", "protest", "reaction", "revenge", "reprisal", "solidarity"})
"""Nouns whose "in … to/at/for/against X" is the cause of an act ("in response to the attacks")."""
_ACCUSING = frozenset({"claim", "allege", "accuse", "say", "insist", "argue", "complain"})
"""What an agent's clause does when it gives the grounds of an act done to someone ("sued
by a singer who claims …")."""
_GROUNDED_ACTS = frozenset({"sue", "accuse", "criticise", "criticize", "attack", "slam", "blast", "condemn",
                            "investigate", "arrest", "charge", "report", "ban", "suspend", "sack", "fire", "question",
                            "challenge", "reprimand", "censure", "target", "threaten", "confront", "take"})


_NO_AIM = frozenset({"rise", "fall", "climb", "drop", "slip", "jump", "soar", "slump", "grow", "shrink", "increase",
                     "decrease", "go", "come", "move", "live", "survive", "wake", "turn", "return", "appear", "seem"})
"""Verbs whose "to …" is where they went or what followed ("rose to reach a record", "woke
to find"), never an aim."""

_DISCOVERED = frozenset({"find", "discover", "see", "learn", "hear", "realise", "realize"})
_ARRIVALS = frozenset({"wake", "awake", "return", "arrive", "come", "get", "turn"})


def _purpose(verb: Token, subj: Token, bodies: bool = False) -> Token | None:
    """A purpose "to …" of a deliberate act by someone, which :func:`headlines._reason`
    leaves as a result when its verb is one of winning or reaching ("cut their prices to
    win back customers", "sold the house to pay off debts"): the answer to "Why …?". Never
    of a contest or a race ("beat Hull to reach the final": a result), a change or a motion."""
    if verb.pos_ != "VERB" or verb.lemma_ in _STATIVE | _BEFALLS | _NO_AIM | _ACHIEVEMENTS | _RACE_FEATS | _SCORED:
        return None
    if subj.dep_ != "nsubj" or not (_animate(subj) or bodies and subj.lemma_.lower() in _BODIES) or any(
            ch.dep_ == "neg" for ch in verb.children):
        return None
    for ch in verb.children:
        if ch.dep_ == "advcl" and ch.i > verb.i and ch.tag_ == "VB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in ch.children) and not any(
                g.dep_ in {"nsubj", "mark"} for g in ch.children) and ch.lemma_ not in _NO_AIM:
            return ch
    return None


_ADMITS = frozenset({"admit", "confess", "acknowledge", "deny", "reveal", "confirm", "disclose"})
"""Admissions and denials whose object, an act ("admitted planning the attacks"), is what
the reader asks for."""


_SAID_TOO = frozenset({"say", "admit", "insist", "warn", "reveal", "claim", "confirm"})
_NAMED_KINDS = frozenset({"PERSON", "ORG", "GPE", "NORP", "EVENT", "WORK_OF_ART", "PRODUCT", "FAC", "LAW"})


def _said_too(verb: Token, subj: Token, span: Span) -> str | None:
    """ "Jo Bloggs opened the new stand and said she was delighted with Riverside United's
    fans" → "What Did Jo Bloggs Say About Riverside United's Fans?": a named person's act
    followed, in the same sentence, by what they said of it, asked of what the words name
    (the reported clause's subject, else its first named object); None when the words name
    nothing the question can carry."""
    if subj.ent_type_ != "PERSON" and not (subj.pos_ == "PROPN" and subj.ent_type_ not in {"GPE", "ORG", "NORP"}):
        return None
    said = next((ch for ch in verb.children if ch.dep_ == "conj" and ch.lemma_ in _SAID_TOO and ch.i > verb.i
                 and not any(g.dep_ in {"nsubj", "nsubjpass", "neg"} for g in ch.children)), None)
    comp = _child(said, {"ccomp"}) if said is not None else None
    if said is None or comp is None or said.tag_ not in {"VBD", "VBZ"}:
        return None
    inner = _child(comp, {"nsubj", "nsubjpass"})
    about = _topic(inner, span, True) if inner is not None else None
    if about is None:
        named = next((t for t in comp.subtree if t.dep_ in {"dobj", "pobj", "appos", "attr"} and t.pos_ == "PROPN"
                      and t.ent_type_ in _NAMED_KINDS), None)
        if named is None:
            return None
        words = [t for t in named.subtree if t.i >= named.left_edge.i and not t.is_punct
                 and t.dep_ not in {"prep", "relcl", "acl", "appos"} and not any(
                     a.dep_ in {"prep", "relcl", "acl", "appos"} and a.i in _sub(named) for a in t.ancestors)]
        if not words or len(words) > 5 or any(t.pos_ not in {"PROPN", "PART", "DET"} and t.lower_ != "'s"
                                               for t in words):
            return None
        about = _spaced([(t, t.text) for t in words if t.lower_ not in {"the", "a", "an"}]).split()
    who = [t for t in subj.subtree if not t.is_punct and t.dep_ not in {"appos", "relcl", "acl"} and not any(
        a.dep_ in {"appos", "relcl", "acl"} and a.i in _sub(subj) for a in t.ancestors)]
    if not who or len(who) > 5 or who[0].i < span.start:
        return None
    aux = "Did" if said.tag_ == "VBD" else "Does"
    name = [t.text if t.pos_ == "PROPN" or t.i != span.start else t.lower_ for t in who]
    return _question(["Say", "About", *about], ["What", aux, *name])


def stated_cause(verb: Token) -> Token | None:
    """A cause the sentence states for an act that :func:`headlines._reason` leaves unread,
    the head of the phrase that tells it (which a "Why …?" leaves out as its answer):

    - a passive gerund after it: "lost his job after being banned from the roads";
    - a passive's "for doing": "was exposed for inhaling a legal high";
    - "in response to …", "in protest at …", "in retaliation for …";
    - the clause of a passive's agent that gives its grounds: "is being sued by a singer
      who claims the actress stole her pet chicken";
    - an "after …" that tells what prompted the last of two coordinated acts, which
      covers both ("apologised to fans and promised refunds after coaches were delayed").

    None for a verb of state or speech, a negated one, or an event that befalls its
    subject ("died after being hit": how, not why)."""
    if verb.lemma_ == "face" and verb.pos_ == "VERB" and not any(ch.dep_ == "neg" for ch in verb.children):
        # "is facing charges after she allegedly left her dog in a car": what brought them on
        for c in verb.children:
            if c.i > verb.i and c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"after", "because"}
                                                          for m in c.children) and any(
                    g.dep_ in {"nsubj", "nsubjpass"} for g in c.children):
                return c
            if c.i > verb.i and c.dep_ == "prep" and c.lower_ in {"after", "following"} and any(
                    g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children):
                return c
        return None
    if verb.pos_ != "VERB" or verb.lemma_ in _STATIVE | _BEFALLS or any(ch.dep_ == "neg" for ch in verb.children):
        return None
    prompt = _warned_after(verb)
    if prompt is not None:
        return prompt
    if verb.lemma_ == "find" and any(ch.dep_ in {"oprd", "acomp", "xcomp"} and ch.lower_ in _VERDICTS
                                     for ch in verb.children):
        # "found guilty of manslaughter over the deaths of 14 tourists": what the verdict was over
        over = next((ch for ch in verb.children if ch.dep_ == "prep" and ch.lower_ == "over" and ch.i > verb.i
                     and _child(ch, {"pobj"}) is not None), None)
        if over is not None:
            return over
    passive = any(ch.dep_ == "auxpass" for ch in verb.children)
    # (a past act: what someone "now gives … after previously being placed" is a sequence)
    done = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        a.dep_ in {"aux", "auxpass"} and a.lemma_ in {"have", "be"} for a in verb.children))
    for c in verb.children:
        if c.i < verb.i or c.dep_ not in {"prep", "agent"}:
            continue
        pobj = _child(c, {"pobj", "pcomp"})
        if pobj is None:
            continue
        if c.lower_ in {"after", "following"} and pobj.tag_ == "VBN" and any(
                a.dep_ == "auxpass" and a.lower_ == "being" for a in pobj.children) and not any(
                ch.dep_ in {"npadvmod", "advmod"} for ch in (*c.children, *pobj.children)) and done:
            return c  # "lost his job after being banned": what was done to the subject first
        if passive and c.lower_ == "for" and pobj.dep_ == "pcomp" and pobj.tag_ == "VBG" \
                and verb.lemma_ in _JUDGED:
            return c  # "mocked for wearing"
        if passive and c.dep_ == "agent" and verb.lemma_ in _GROUNDED_ACTS:
            clause = next((ch for ch in pobj.children if ch.dep_ == "relcl" and ch.lemma_ in _ACCUSING
                           and any(s.lower_ in {"who", "which", "that"} for s in ch.children if s.dep_ == "nsubj")),
                          None)
            if clause is not None:
                return clause  # "sued by a singer who claims …": the singer stays, the claim is the answer
    for t in verb.subtree:
        if t.lower_ != "for" or t.dep_ != "prep" or t.i < verb.i or not (
                t.head.i == verb.i or t.head.lemma_.lower() in _TRIBUTES):
            continue
        # (what is held, before the "for": "days of mourning", "a minute's silence")
        held = [x for ch in verb.children if ch.dep_ in {"dobj", "prep"} and ch.i < t.i for x in ch.subtree
                if x.i < t.i]
        whom = _child(t, {"pobj"})
        if any(x.lemma_.lower() in _TRIBUTES for x in held) and whom is not None \
                and whom.ent_type_ not in {"DATE", "TIME"}:
            return t  # "entered two days of mourning for the 220 people killed": whom it mourns
    for t in verb.subtree:
        # "in response to the attacks", "in protest at the tax" (wherever the parse hung it)
        nxt = t.doc[t.i + 2] if t.i + 2 < len(t.doc) else None
        if t.lower_ == "in" and t.dep_ == "prep" and t.i > verb.i and nxt is not None \
                and t.doc[t.i + 1].lemma_.lower() in _CAUSE_NOUNS and t.doc[t.i + 1].dep_ == "pobj" \
                and nxt.lower_ in {"to", "at", "for", "against", "over", "with"}:
            return t
    conj = [ch for ch in verb.children if ch.dep_ == "conj" and ch.pos_ == "VERB"]
    if len(conj) == 1 and conj[0].lemma_ not in _STATIVE | _BEFALLS and not any(
            ch.dep_ in {"nsubj", "nsubjpass", "neg"} for ch in conj[0].children):
        # The cause told after the second of two acts of one subject ("… and promised refunds
        # after coaches were delayed") is asked of both; only a cause that ends the sentence.
        last = conj[0]
        why = _reason(last) or stated_cause(last)
        if why is None:
            # (the parse may hang it on what the second act was: "promised to hand out refunds after …")
            inner = _child(last, {"xcomp"})
            why = next((ch for ch in inner.children if ch.dep_ == "advcl" and ch.i > inner.i
                        and any(m.dep_ == "mark" and m.lower_ in {"after", "because"} for m in ch.children)
                        and any(g.dep_ in {"nsubj", "nsubjpass"} for g in ch.children)), None) if inner else None
        if why is not None and why.i > last.i and why.right_edge.i >= verb.right_edge.i - 1 and (
                why.dep_ != "advcl" or any(m.lower_ in {"after", "because"} for m in why.children if m.dep_ == "mark")):
            return why
    return None


def _conditional(tok: Token) -> bool:
    """A word that opens a condition: "if"/"unless" marking a clause, "in case of"/"in the
    event of" (a question that cuts it asks what the story never claims outright)."""
    if tok.dep_ == "mark" and tok.lower_ in {"if", "unless"}:
        return True
    return tok.lower_ in {"case", "event"} and tok.dep_ == "pobj" and tok.head.lower_ == "in" and any(
        ch.dep_ == "prep" and ch.lower_ == "of" for ch in tok.children)


_URGES = frozenset({"warn", "urge", "remind", "caution", "appeal", "advise", "instruct", "implore"})
"""Warnings and appeals, whose "following …"/"after …" an incident is what prompted them."""


def _warned_after(verb: Token) -> Token | None:
    """"warned all parties not to break confidentiality agreements, following the possible
    leak of a report": the incident an appeal came "after"/"following" (which the parse may
    hang on what was urged) is what prompted it; never a time ("after the meeting on
    Monday" is a time too: only a noun of no date, with no span of time before it)."""
    if verb.lemma_ not in _URGES:
        return None
    hosts = [verb, *(ch for ch in verb.children if ch.dep_ == "xcomp" and ch.i > verb.i)]
    for host in hosts:
        for ch in host.children:
            if ch.dep_ != "prep" or ch.lower_ not in {"after", "following"} or ch.i < verb.i or any(
                    g.dep_ in {"npadvmod", "advmod"} for g in ch.children):
                continue
            pobj = _child(ch, {"pobj"})
            if pobj is None or pobj.pos_ != "NOUN" or pobj.ent_type_ in {"DATE", "TIME", "EVENT"} or pobj.lemma_.lower() in {
                    "meeting", "talk", "talks", "visit", "session", "hearing", "conference", "game", "match", "day",
                    "week", "month", "year", "election", "speech", "ceremony", "service"}:
                continue
            return ch
    return None


_TRIBUTES = frozenset({"mourning", "tribute", "tributes", "vigil", "vigils", "condolence", "condolences",
                       "memorial", "silence", "minute", "mass", "prayer", "prayers", "flag", "flags"})
"""What is held or paid for someone ("mourning for the victims"), its "for …" the reason."""


_VERDICTS = frozenset({"guilty", "liable", "responsible", "negligent"})
"""What a court or an inquiry "finds" someone, whose "over …" is what the verdict is for."""


_CHARGES = {"charge": "with", "accuse": "of", "convict": "of", "suspect": "of", "sentence": "to"}
"""Passives whose phrase names the charge or the sentence ("charged with terrorism")."""


def _charge_of(verb: Token) -> Token | None:
    """The preposition naming what a passive charge, accusation or sentence is ("charged
    *with* terrorism", "accused *of* fraud"); None otherwise."""
    prep = _CHARGES.get(verb.lemma_)
    if prep is None or not any(ch.dep_ == "auxpass" for ch in verb.children):
        return None
    # (the question drops all that follows the verb: "charged as an adult with homicide")
    # ("charged as an adult with homicide": the parse may hang it on the phrase before)
    return next((t for t in verb.subtree if t.dep_ == "prep" and t.i > verb.i and t.lower_ == prep
                 and (t.head.i == verb.i or (t.head.dep_ == "pobj" and t.head.head.head.i == verb.i))
                 and _child(t, {"pobj", "pcomp"}) is not None), None)


_RACE_FEATS = frozenset({"ease", "cruise", "storm", "romp", "sweep", "power", "surge", "battle", "fight", "stroll",
                         "coast", "breeze", "canter", "race", "charge", "march", "roar", "fire", "claw",
                         "come", "rally", "hit", "bounce", "saunter", "waltz", "glide", "sprint", "speed", "dash",
                         "sail", "motor", "blast", "fly", "soar"})
"""Verbs of a contest won, told with where they took the winner ("eased past Almagro",
"stormed to victory"): a feat only with such a phrase."""
_BROKEN_FEATS = frozenset({"record", "deadlock", "stalemate", "duck", "siege", "serve", "barrier", "drought",
                           "streak", "hoodoo", "jinx", "curse", "mark"})
"""What is broken in a feat ("broke the world record"); a promise or a law broken is no feat."""
_PRIZES = frozenset({"victory", "win", "title", "final", "semi", "round", "triumph", "crown", "championship", "gold",
                     "medal", "trophy", "cup", "glory", "success", "lead", "top", "summit", "quarter"})
_SCORED = frozenset({"score", "claim", "record", "secure", "earn", "seal", "register", "post", "grab", "snatch",
                     "pull", "notch", "land", "pick"})
"""Verbs that take a win as their object ("scored a decisive victory over France")."""


def feat(verb: Token) -> bool:
    """A feat whose telling is the story, asked "How Did X …?": a win over someone ("beat
    Hoffenheim", "eased past Almagro", "stormed to victory", "scored a decisive victory
    over France"), never a verb of motion with no contest in it ("eased to 1.2 per cent")."""
    if verb.lemma_ in _ACHIEVEMENTS:
        obj = _child(verb, {"dobj"})
        if verb.lemma_ == "break" and obj is not None and obj.lemma_.lower() not in _BROKEN_FEATS:
            return False  # "has broken his promise": a breach, not a feat ("broke the world record" is one)
        return obj is not None
    if verb.lemma_ in _SCORED:
        obj = _child(verb, {"dobj"})
        return obj is not None and obj.lemma_.lower() in {"victory", "win", "triumph", "upset", "comeback"}
    if verb.lemma_ in _RACE_FEATS:
        for ch in verb.children:
            if ch.dep_ == "prep" and ch.i > verb.i and ch.lower_ in {"past", "to", "into", "through"}:
                pobj = _child(ch, {"pobj"})
                if pobj is None or pobj.like_num or pobj.ent_type_ in {"PERCENT", "MONEY", "CARDINAL", "QUANTITY"}:
                    continue
                if (ch.lower_ == "past" and any(t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
                                                for t in pobj.subtree)) or pobj.lemma_.lower() in _PRIZES or any(
                        g.dep_ == "compound" and g.lower_ in _PRIZES | {"pole"} for g in pobj.children):
                    # ("sauntered to pole position": the prize named by its compound)
                    return True
    return False


_HARMED = frozenset({"kill", "injure", "wound", "hurt", "murder", "crush", "destroy", "damage", "flatten", "devastate",
                     "gut", "wreck", "blind", "paralyse", "paralyze", "maim", "disfigure", "scar"})


_DOERS = frozenset({"gunman", "gunmen", "attacker", "assailant", "intruder", "neighbour", "neighbor", "husband", "wife",
                    "partner", "boyfriend", "girlfriend", "son", "daughter", "brother", "sister", "friend", "stranger",
                    "suspect", "thief", "robber", "burglar", "mob", "gang", "crowd", "militant", "terrorist", "bomber",
                    "sniper", "rebel", "rebels", "troops", "forces", "guard", "guards", "owner"})


def _instrument(verb: Token) -> Token | None:
    """The agent phrase of a passive harm that names what did it, not who ("killed by a
    single punch", "destroyed by fire"): the means a "How …?" asks for. None for a person
    or a named agent ("killed by a gunman", "injured by police": a who)."""
    if verb.lemma_ not in _HARMED or not any(ch.dep_ == "auxpass" for ch in verb.children):
        return None
    agent = next((ch for ch in verb.children if ch.dep_ == "agent" and ch.i > verb.i), None)
    pobj = _child(agent, {"pobj"}) if agent is not None else None
    if pobj is None or pobj.pos_ != "NOUN" or pobj.lemma_.lower() in _PEOPLE | _BODIES | _DOERS or any(
            t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} for t in pobj.subtree):
        return None
    return agent


_PURPOSE_PARTICIPLES = frozenset({"aim", "hope", "seek", "try", "look", "want", "attempt", "bid", "plan", "strive",
                                  "intend", "wish"})
"""Participles of an aim ("…, aiming to break the world record"): the purpose of the act."""


_TOLD = frozenset({"say", "tell", "add", "explain", "post", "write", "tweet", "share", "detail", "speak", "talk",
                   "comment", "note"})
"""Acts of telling: asked back yes/no they ask whether something was said, not the news
(an admission, a denial or a disclosure is news, and "is said to be …" is a hedge)."""
_RATIONALE = frozenset({"rationale", "reason", "reasons", "motive", "motives", "motivation", "thinking", "reasoning"})


def _rationale(verb: Token, subj: Token) -> list[str] | None:
    """ "X explained his rationale for fighting to keep the embryos" → "Why Is X Fighting to
    Keep the Embryos?": the reasons someone gives are the answer to why they do it."""
    if verb.lemma_ not in {"explain", "give", "outline", "reveal", "set", "defend", "detail", "share"}:
        return None
    obj = _child(verb, {"dobj"})
    if obj is None or obj.lemma_.lower() not in _RATIONALE or subj.pos_ != "PROPN":
        return None
    prep = next((ch for ch in (*obj.children, *verb.children) if ch.dep_ == "prep" and ch.lower_ == "for"
                 and ch.i > obj.i), None)
    act = _child(prep, {"pcomp"}) if prep is not None else None
    if act is None or act.tag_ != "VBG" or any(ch.dep_ in {"nsubj", "poss"} for ch in act.children):
        return None
    who = [t for t in subj.subtree if not t.is_punct and t.dep_ not in {"appos", "relcl", "acl"}
           and not any(a.dep_ in {"appos", "relcl", "acl"} for a in t.ancestors if a.i in _sub(subj))]
    if not who or len(who) > 5:
        return None
    aside = {i for t in act.subtree if t.dep_ in {"relcl", "acl", "appos"} and t.i != act.i for i in _sub(t)}
    clause = [t for t in act.subtree if t.i not in aside and not (t.is_punct and t.text != "-")]
    return ["Why", "Are" if _plural(subj) else "Is", *_spaced([(t, t.text) for t in who]).split(),
            *_spaced([(t, t.text) for t in clause]).split()]


def _shared_past(verb: Token) -> bool:
    """Every verb coordinated with ``verb`` is a past act of the same subject ("beat
    Hoffenheim and closed in on the title"), which a "Did …" question puts in its base form."""
    conj = [ch for ch in verb.children if ch.dep_ == "conj" and ch.pos_ in {"VERB", "AUX"}]
    return bool(conj) and verb.tag_ == "VBD" and all(
        ch.tag_ == "VBD" and not any(g.dep_ in {"nsubj", "nsubjpass", "neg", "aux"} for g in ch.children) for ch in conj)


_SAME_ACTOR = frozenset({"he", "she", "they", "it"})


_OWN_MIND = frozenset({"hope", "want", "wish", "feel", "like", "love", "hate", "expect", "plan", "intend", "try",
                       "think", "believe", "know", "understand", "accept", "agree", "look", "seem", "need", "fear"})
"""What a speaker says of his own mind ("says he had been hoping …"): told, not claimed."""


def _next_text(c: Candidate, analysis: Analysis) -> str:
    """The sentence after ``c``'s, or nothing."""
    return analysis.sentences[c.index + 1].text if c.index + 1 < len(analysis.sentences) else ""


_PLAN_FRAMES = frozenset({"reveal", "announce", "confirm"})
"""Frames that make a plan known ("has revealed he will go …"): the plan is asked of whom it is."""


_HIS = {"he": re.compile(r"\b(?:he|his|him)\b", re.I), "she": re.compile(r"\b(?:she|her|hers)\b", re.I)}


def _speaker_named(subj: Token, frame: Token | None, speaker: Token | None, after: str = "") -> list[str] | None:
    """The speaker's own words for a "he"/"she"/"they" that reports on the speaker ("An
    Iraqi defector claims he has information …", "Brendan Nelson says he accepts …"): the
    speaker's name, or the noun phrase without its clauses, a first "a"/"an" read "the"
    ("the Iraqi defector"), so the claim is asked of whom it is about; None for another
    pronoun, a speaker who is a pronoun or a long phrase, or a frame that is no claim; a
    named speaker's "he"/"she" only where ``after``, the next sentence, goes on with it."""
    # (or a plan made known: "Howard has revealed he will go to Indonesia" → "Will John Howard Go …?")
    planned = frame is not None and frame.lemma_ in _PLAN_FRAMES and any(
        a.dep_ == "aux" and a.lower_ == "will" for a in subj.head.children)
    if frame is None or speaker is None or (frame.lemma_ not in _CLAIM_FRAMES and not planned) \
            or subj.dep_ != "nsubj" or speaker.lower_ in PRONOUNS or any(ch.dep_ == "neg" for ch in frame.children):
        return None
    plural = _plural(speaker)
    if not (subj.lower_ == "they" and plural or subj.lower_ in {"he", "she"} and not plural
            and speaker.ent_type_ not in {"ORG", "GPE", "NORP", "FAC", "LOC"}):  # (one who claims is someone)
        return None
    if subj.lower_ in _HIS and speaker.ent_type_ == "PERSON" and not (
            _HIS[subj.lower_].search(after) and not _HIS["she" if subj.lower_ == "he" else "he"].search(after)):
        return None  # "Sarah Brown said he was back home": whether "he" is the named speaker, only the story says
    if subj.head.lemma_ in _OWN_MIND or subj.head.lower_ in {"hoping", "hoped", "hopes"}:  # (tagged "hop")
        return None  # "says he had been hoping to attend": a feeling told, no claim to ask
    # ("The Prime Minister, John Howard, …": the name set beside a title is whom it is about)
    name = next((ch for ch in speaker.children if ch.dep_ == "appos" and ch.ent_type_ == "PERSON"
                 and ch.pos_ == "PROPN"), None)
    if name is not None:
        speaker = name
    cut = {t.i for ch in speaker.children if ch.dep_ in {"relcl", "acl", "appos", "prep"} for t in ch.subtree}
    words = [t for t in speaker.subtree if t.i not in cut and (not t.is_punct or t.text in {"-", "'s", "’s"})]
    if not words or len(words) > 6 or any(t.dep_ in {"cc", "conj"} for t in words):
        return None
    # (only an article is lowered: "the Iraqi defector", "Anti-Taliban fighters")
    out = _spaced([(t, t.lower_ if t.i == words[0].i and t.lower_ in {"a", "an", "the"} else t.text)
                   for t in words]).split()
    if out[0] in {"a", "an"}:
        out[0] = "the"
    return out


_DIRECTED = frozenset({"take", "bring", "send", "carry", "ship", "fly", "drive", "deliver", "move", "transport",
                       "put", "lead", "steer", "haul", "tow", "smuggle", "deport", "transfer", "return", "airlift"})
"""Verbs of taking something somewhere, which without the "to …" leave the object hanging."""
_TOWARDS = frozenset({"to", "into", "onto", "towards", "toward"})
_DESCRIBING = frozenset({"measure", "weigh", "stand", "span", "stretch", "cost", "total", "number", "contain",
                         "feature", "depict"})
"""Participles that describe a thing ("a kite measuring 6,000 metres"), never how an act was done."""


def destination_cut(verb: Token, drop: set[int]) -> Token | None:
    """The "to …" of a taking whose object stays and whose destination ("to a kite
    festival") a cut took — the parse may hang it on a phrase of the object ("a kite
    measuring 6,000 metres to a festival"), which goes: asked without it, the question
    asks of half the act. None when the destination stays or there is none."""
    obj = _child(verb, {"dobj"})
    if verb.lemma_ not in _DIRECTED or obj is None or obj.i in drop:
        return None
    # (or on a participle that describes the object, read as the verb's: "took a kite, measuring …")
    hosts = {verb.i, *(x.i for x in obj.subtree), *(ch.i for ch in verb.children if ch.lemma_ in _DESCRIBING
                                                     and ch.left_edge.i == obj.right_edge.i + 1)}
    return next((t for t in verb.subtree if t.lower_ in _TOWARDS and t.dep_ == "prep" and t.i in drop and t.i > obj.i
                 and _child(t, {"pobj"}) is not None and t.head.i in hosts), None)


def _as_it_went(verb: Token, subj: Token) -> Token | None:
    """An "as …" clause after a past act that tells, of the same actor, the act it came
    about by ("Warrington put a dampener on his day as they completed a double over the
    leaders"); None for another actor's clause ("… as police moved in": a time), a state
    or something said ("as he said …"), or an act the clause does not follow."""
    if verb.pos_ != "VERB" or verb.lemma_ in _STATIVE | _TOLD or verb.tag_ != "VBD":
        return None
    for ch in verb.children:
        if ch.dep_ != "advcl" or ch.i < verb.i or ch.tag_ != "VBD" or ch.lemma_ in _STATIVE | _TOLD:
            continue
        if not any(m.dep_ == "mark" and m.lower_ == "as" for m in ch.children):
            continue
        actor = _child(ch, {"nsubj"})
        if actor is not None and (actor.lower_ in _SAME_ACTOR or actor.lower_ == subj.lower_) \
                and _child(ch, {"dobj"}) is not None:
            return ch
    return None


def _with_doing(verb: Token) -> Token | None:
    """A "with" phrase after the verb whose noun does something of its own ("is one step
    closer with the lower house voting to change the law", "was dismissed for 374 with
    Warne taking five wickets"): the circumstance the event came about by, the answer to
    "Why …?" of a state or a change, "How …?" of an act. None for a plain "with" of a
    thing or of company ("with his family at his bedside", "with a knife")."""
    for w in verb.subtree:
        if w.lower_ != "with" or w.dep_ != "prep" or w.i < verb.i:
            continue
        doing = _child(w, {"pcomp"})
        if doing is not None and doing.tag_ == "VBG" and _child(doing, {"nsubj"}) is not None:
            return w  # "with Warne taking five wickets"
        noun = _child(w, {"pobj"})
        if noun is None or noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        after = noun.right_edge.i + 1
        if after < len(verb.doc) and verb.doc[after].tag_ == "VBG" and verb.doc[after].dep_ == "advcl" \
                and verb.doc[after].head.i == verb.i:
            return w  # "with the lower house of Parliament voting …"
    return None


_CONTROL = frozenset({"ask", "urge", "tell", "force", "allow", "order", "persuade", "encourage", "want", "expect",
                      "invite", "require", "help", "enable", "call", "get", "cause", "lead", "convince", "warn",
                      "advise", "permit", "oblige", "compel", "pressure", "prompt", "inspire", "train", "teach",
                      "need", "remind", "beg", "let", "make", "push", "press", "appoint", "elect", "choose"})
"""Verbs whose "to …" after an object is what the object is to do ("asked residents to
leave"): their argument, never an aim that may go."""


def _nested_aims(verb: Token, always: set[int]) -> list[set[int]]:
    """The "to …" aim of a verb inside the event's object clause, after that verb's own
    object ("broken his promise to use the word 'genocide' [to describe the atrocity]"):
    detail a question too long may lose, the promise itself kept. Never the event's own
    aim, nor the argument of a verb that takes one ("urged the council to ask residents to
    leave")."""
    out: list[set[int]] = []
    for t in verb.subtree:
        if t.i in always or t.pos_ != "VERB" or t.tag_ != "VB" or t.dep_ not in {"xcomp", "advcl"}:
            continue
        host = t.head
        if host.i == verb.i or host.pos_ != "VERB" or host.lemma_ in _CONTROL or t.i < host.i:
            continue
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children):
            continue
        obj = _child(host, {"dobj"})
        if obj is None or obj.right_edge.i >= t.left_edge.i:
            continue  # (an aim after the host's own object, never its argument)
        out.append({x.i for x in t.subtree})
    return out


def _title_before_name(subj: Token | None) -> list[set[int]]:
    """A role or title before a person's name in the subject ("England batsman [Michael
    Vaughan]", "Liverpool manager [Brendan Rodgers]"): the name alone says who, for a
    question that runs too long with it."""
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ != "PERSON":
        return []
    first = next((t for t in subj.subtree if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"), None)
    if first is None or first.i >= subj.i + 1 or first.i == subj.left_edge.i:
        return []
    before = [t for t in subj.subtree if t.i < first.i]
    if not before or any(t.dep_ not in {"compound", "amod", "det", "nmod", "poss", "case"} and t.head.i in
                         {x.i for x in before} | {subj.i} and t.dep_ not in {"punct"} for t in before):
        return []
    if any(t.dep_ in {"appos", "relcl", "acl", "prep"} for t in before):
        return []
    return [{t.i for t in before}]


_ABOUT_VERBS = frozenset({"remind", "warn", "inform", "tell", "ask", "complain", "brief", "question", "quiz",
                          "grill", "lecture", "reassure", "assure", "caution"})
"""Verbs whose "about …" after their object says what the act is ("reminded them about
their responsibilities")."""


def _needed(prep: Token) -> bool:
    """A phrase of the event's verb it needs to mean what it says ("charged with …",
    "reminded them about …"), which no cut for length may take."""
    return needs_prep(prep) or (prep.dep_ == "prep" and prep.lower_ == "about" and prep.head.lemma_ in _ABOUT_VERBS)


_TOLD_BEFORE = frozenset({"the", "these", "those", "this", "that"})
_UNIQUE = frozenset({"world", "public", "government", "police", "weather", "economy", "sun", "moon", "internet",
                     "web", "media", "press", "army", "navy", "opposition", "parliament", "senate", "congress",
                     "sea", "ocean", "sky", "earth", "past", "future", "day", "night", "morning", "evening",
                     "weekend", "season", "year", "week", "month", "time", "end", "start", "top", "bottom",
                     "way", "country", "nation", "city", "state", "region", "area", "home", "ball", "game", "match",
                     "race", "field", "ground", "pitch", "court", "line", "lead", "title", "final", "league",
                     "generation", "rest", "majority", "minority", "camera", "spotlight", "limelight", "stage",
                     "headlines", "news", "wild", "law", "truth"})
"""Nouns that "the" makes definite with no story before ("the police", "the world", "the
final"), or that the headlines' own place check settles ("the city")."""


def _leaning_phrases(c: Candidate) -> list[Token]:
    """Heads of the sentence's noun phrases that only an earlier sentence makes definite:
    "the" (or "these", "this") and a common noun, maybe an adjective ("the man", "the
    packages", "the legendary guitarist"), with no name, count, owner, noun before it or
    phrase after it saying which."""
    out: list[Token] = []
    for t in c.span:
        if t.pos_ != "NOUN" or t.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj", "attr"} or t.ent_type_:
            continue
        if not any(ch.dep_ == "det" and ch.lower_ in _TOLD_BEFORE for ch in t.children):
            continue
        if t.lemma_.lower() in _UNIQUE or any(
                ch.dep_ in {"poss", "nummod", "nmod", "quantmod"} or (ch.dep_ == "compound" and not _role(t))
                or (ch.i < t.i and any(x.pos_ == "PROPN" or x.ent_type_ for x in ch.subtree))
                or (ch.dep_ == "amod" and ch.lower_ in _EMPTY_ADJ | {"first"})
                for ch in t.children):
            continue  # ("the classy ball striker" still leans: a person told by his trade)
        if any(ch.dep_ in {"appos", "acl"} and any(x.pos_ == "PROPN" for x in ch.subtree) for ch in t.children):
            continue  # "the humanoid, known as Ham": the sentence names it
        out.append(t)
    return out


def _named_before(noun: Token, c: Candidate, analysis: Analysis) -> list[str] | None:
    """The words an earlier sentence names ``noun``'s thing by: a phrase with the same noun
    and a name in it ("the US space shuttle Endeavour" for "the shuttle", "the new Goner
    computer virus" for "the virus"), the nearest first; None when no earlier sentence
    gives one, or two give different ones."""
    doc = c.span.doc
    found: list[list[str]] = []
    for prev in analysis.sentences[: c.index]:
        span = doc.char_span(prev.start, prev.end, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            if t.lemma_.lower() != noun.lemma_.lower() or t.pos_ not in {"NOUN", "PROPN"}:
                continue
            head = t.head if t.dep_ == "compound" and t.head.pos_ == "PROPN" else t
            # ("the cargo ship Northern Star": the name set beside the noun, no comma between)
            named = next((ch for ch in t.children if ch.dep_ == "appos" and ch.pos_ == "PROPN"
                          and ch.left_edge.i == t.i + 1), None) if head.i == t.i else None
            if head.pos_ != "PROPN" and named is None:
                continue  # ("the Hollywood film" is no name of "the film": another may be meant)
            last = named if named is not None else head
            aside = {x.i for ch in (*head.children, *last.children)
                     if ch.dep_ in {"prep", "relcl", "acl", "punct", "cc", "conj"}
                     or (ch.dep_ == "appos" and ch.i != last.i) for x in ch.subtree}
            words = [x for x in head.subtree if x.i not in aside and x.dep_ not in {"det", "poss", "case"}
                     and not x.is_punct and x.i <= last.i]
            if not any(x.pos_ == "PROPN" or x.ent_type_ in _NAMED_KINDS for x in words) or len(words) > 5:
                continue
            if any(x.like_num or x.lower_ in _PRONOUN_WORDS for x in words):
                continue
            # (a person's title and name take no article: "President Jane Doe", "England Flanker X")
            article = [] if any(x.ent_type_ == "PERSON" for x in words) else ["the"]
            found.append([*article, *(x.text for x in words)])
    names = {" ".join(f).lower() for f in found}
    return found[-1] if len(names) == 1 else None


_PRONOUN_WORDS = frozenset({"his", "her", "their", "its", "my", "our", "your"})


def _someone(noun: Token) -> bool:
    """A noun for a person ("the man", "the director", "the classy ball striker", "the
    19-year-old"): of all leaning phrases the one a reader can least place."""
    lemma = noun.lemma_.lower()
    return _role(noun) or lemma in _PEOPLE | _DOERS | _VAGUE_PEOPLE or lemma.endswith("year-old")


def _referred(question: str, c: Candidate, analysis: Analysis, *, strict: bool = True,
              people: bool = True) -> str | None:
    """``question`` (asked of ``c``, a statement after the story's first) with each phrase
    that leans on an earlier sentence given the name that sentence gave it ("What Does the
    Shuttle Carry?" → "What Does the US Space Shuttle Endeavour Carry?"); None when one is
    left that the story never names ("Why Was the Man Saved?", "What Do the Packages
    Contain?")."""
    for noun in _leaning_phrases(c):
        det = next(ch for ch in noun.children if ch.dep_ == "det")
        phrase = [t.text for t in c.span if det.i <= t.i <= noun.i]
        pattern = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in phrase) + r"\b", re.I)
        found = pattern.search(question)
        if found is None:
            continue
        # (the phrase after it, kept in the question, may say which: "the man who saved …")
        after = next((t for t in c.span if t.i > noun.i and not t.is_punct), None)
        said = [ch for ch in noun.children if ch.dep_ in {"prep", "relcl", "acl", "appos"} and ch.i > noun.i]
        rest = question[found.end():].split()
        if after is not None and said and rest and rest[0].lower().strip("?,") == after.lower_:
            continue
        name = _named_before(noun, c, analysis)
        if name is None:
            if strict or (people and _someone(noun)):
                return None
            continue
        written = title_case(["x", *name, "x"]).split()[1:-1]
        renamed = pattern.sub(" ".join(written), question, count=1)
        if len(renamed) > QUESTION_MAX:
            return None
        question = renamed
    return question


_SAYS_ABOUT = re.compile(r"^What (?:do|does|did) (?P<who>.+?) (?:say|reveal|claim|admit|confirm|believe|think|"
                         r"announce|suggest|warn|insist|predict) about (?P<about>.+?)\?$", re.I)


def heads_the_page(question: Claim, cands: Sequence[Candidate]) -> bool:
    """Whether a reader's question of the FAQ may head the page. "What did X say about Y?"
    only of what the words are about: Y the subject of the reported clause of the sentence
    that answers it, a thing or a people the reader can place, never a whole body or place
    ("… Say About the Australian Government?", "… About Eastern Afghanistan?"), a phrase
    of the quotation ("Rafter says he felt no pressure after Hewitt's defeat" → "… About
    Hewitt's Defeat?"), nor an unnamed speaker ("What Did the Officials Say …?": which?)."""
    c = next((c for c in cands if question.cites and c.id == question.cites[0]), None)
    asked = re.match(r"(?:When|Where|Why|How) (?:did|does|do|has|have) .+ (\w+)\?$", question.text.strip(), re.I)
    if asked is not None and c is not None:
        own = [t for t in c.span if t.lemma_.lower() == asked.group(1).lower() and t.pos_ == "VERB"]
        if own and all(t.dep_ in {"acl", "amod"} and t.tag_ == "VBN" for t in own):
            return False  # "When Did the Picture … Publish?" of "the index published this month": no act of its subject
    m = _SAYS_ABOUT.match(question.text.strip())
    if m is None:
        return True
    who, about = m.group("who").split(), [w.lower().strip("'’") for w in m.group("about").split()]
    if who[0].lower() in {"the", "a", "an"} and all(w.islower() for w in who[1:]):
        return False  # "the officials", "a spokesman": who, the question never says
    if c is None:
        return False
    verb, frame = event_clause(c.span)
    if frame is None:
        return True  # (a verdict spoken of its object: "dismissed Boase's claims" → "… About Boase's Claims?")
    subj = _child(verb, {"nsubj", "nsubjpass"})
    if subj is not None and subj.pos_ == "PRON" and subj.lower_ in {"he", "she", "they", "we", "i"}:
        # the speaker's words of his own deeds: what they are done to or for ("he had to bring
        # stability to East Timor" → "… About East Timor?"), never a time's phrase ("he felt no
        # pressure after Hewitt's defeat" → "… About Hewitt's Defeat?") nor a phrase of a phrase
        hosts = {verb.i, *(t.i for t in verb.children if t.dep_ == "xcomp")}
        return any(t.lower_ in about and t.pos_ in {"NOUN", "PROPN"} and (
            t.dep_ == "dobj" and t.head.i in hosts or t.dep_ == "pobj" and t.head.head.i in hosts
            and t.head.lower_ not in {"after", "before", "since", "during", "until", "following", "in", "at", "on"})
            for t in verb.subtree)
    if subj is None or subj.pos_ == "PRON" or subj.lower_ not in about:
        return False
    return subj.lemma_.lower() not in _BODIES


def self_referring(question: Claim, analysis: Analysis, cands: Sequence[Candidate], *, strict: bool = True,
                   ) -> str | None:
    """A question of another part (an FAQ question) as the page's question headline: its
    leaning phrases given their names (:func:`_referred`), Title Case; None when one is
    left unnamed and ``strict`` (never otherwise)."""
    text = title_case(question.text.rstrip("?").split()) + "?"
    c = next((c for c in cands if question.cites and c.id == question.cites[0]), None)
    if c is None or c.index == 0:
        return text
    return _referred(text, c, analysis, strict=strict, people=strict)


def _second_act(verb: Token) -> set[int] | None:
    """The tokens of a second act of the event's subject joined by "and" ("has reminded A
    about B [and urged them to learn …]"), with the "and" and a comma before it, for a
    yes/no question on the first act alone; None for a second act with a subject of its own,
    one joined by "but" (the contrast may be the news) or more than one."""
    conj = [ch for ch in verb.children if ch.dep_ == "conj" and ch.pos_ in {"VERB", "AUX"}]
    if len(conj) != 1 or any(g.dep_ in {"nsubj", "nsubjpass", "expl", "aux", "auxpass", "neg"}
                             for g in conj[0].children):
        return None  # (nor one with a tense of its own: "took his boat out and hadn't been heard from …")
    cc = [ch for ch in verb.children if ch.dep_ == "cc" and verb.i < ch.i < conj[0].i]
    if len(cc) != 1 or cc[0].lower_ != "and" or any(ch.dep_ == "preconj" for ch in verb.children):
        return None
    gone = {t.i for t in conj[0].subtree} | {cc[0].i}
    doc = verb.doc
    if cc[0].i > 0 and doc[cc[0].i - 1].text == ",":
        gone.add(cc[0].i - 1)
    if conj[0].right_edge.i + 1 < len(doc) and any(t.i > conj[0].right_edge.i and t.head.i == verb.i
                                                   and not t.is_punct for t in doc[conj[0].right_edge.i + 1:]):
        return None  # (something of the first act after the second: the parse is in doubt)
    return gone


def ends_on_adverb(question: str, span: Span) -> bool:
    """A question left ending on a manner adverb whose phrase a deletion took ("… Divorce
    Papers on a Husband Completely?" of "completely via Facebook"): a cut, not a question."""
    last = question.rstrip("?").split()[-1].lower() if question.strip("?") else ""
    return last.endswith("ly") and any(t.lower_ == last and t.pos_ == "ADV" for t in span)


def question_headline(
    c: Candidate, analysis: Analysis, cands: Sequence[Candidate] = (), *, yes_no: bool = True, echo: bool = False,
    answered_by: str | None = None, leaning: bool = False, leaning_people: bool = True,
) -> Claim:
    """The question the synopsis answers, about the news sentence ``c``; empty text when
    no question can be formed well (the caller then leaves it to the headline).

    ``yes_no`` allows a yes/no question on an open outcome ("Will …?"); ``echo`` one on
    a settled fact too, the last resort when the story offers nothing better;
    A question keeps its articles, as the house style's questions do ("Why Did Stephen
    Docherty Attack a Man With a Metal Hook?"); readers struck "What Is Victorian Couple
    Seeking?".
    """
    span = c.span
    verb, frame = event_clause(span)
    subj = _child(verb, {"nsubj", "nsubjpass"})
    empty = Claim(text="", cites=(), kind="question")
    if _negated_subject(span) or misparsed(span):
        return empty
    options: list[str | None] = []
    late: str | None = None  # (a question to ask only when no other is there)
    cited: dict[str, tuple[str, ...]] = {}  # an option that cites more than the news sentence
    disclosure: str | None = None
    speaker = _child(frame, {"nsubj"}) if frame is not None else None
    if (
        frame is not None and frame.lemma_ in _DISCLOSURE_FRAMES and speaker is not None
        and (speaker.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or speaker.left_edge.lower_ in {"the", "a", "an"})
        and speaker.lower_ not in PRONOUNS
    ):
        # "Bradley Neil admitted he needed …" → "What Did Bradley Neil Admit?"
        # The speaker keeps an article ("What Did an AFP Journalist Say …?": readers struck
        # "What Did AFP Journalist Say …?"); a bare role before a name needs none.
        toks = [t for t in speaker.subtree if t.lower_ not in {",", "(", ")"}]
        who = _spaced([(t, t.text if t.pos_ == "PROPN" or t.i != span.start else t.lower_) for t in toks]).split()
        if speaker.ent_type_ == "PERSON" and _surname_only(toks):
            # "What Did Maron Say …?" of a person the question never introduces: the whole
            # name the story gives ("James Maron"); one it never gives more of ("Suharto") stays
            who = _full_name(speaker, analysis) or who
        tense = "Did" if frame.tag_ == "VBD" or any(a.lower_ in {"has", "have"} for a in frame.children) else (
            "Do" if _plural(speaker) else "Does")
        obj = _child(verb, {"dobj"})
        about = (_topic(subj, span, speaker.ent_type_ == "PERSON") if subj is not None else None) or (
            _topic(obj, span, plain=False) if obj is not None and obj.pos_ == "NOUN" and verb.lemma_ not in _LIGHT_VERBS
            and any(ch.dep_ in {"det", "amod", "compound", "poss"} for ch in obj.children) else None)
        if who and len(who) <= 6 and about:
            # Asked about what was disclosed, never the bare "What Did X Reveal?"
            said = "Say" if frame.lemma_ == "tell" else frame.lemma_.capitalize()  # "told the Times" → "Say"
            disclosure = _question([said, "About", *about], ["What", tense, *who])
            if subj is not None and _topic(subj, span, speaker.ent_type_ == "PERSON", plain=False) is None \
                    and about == _topic(subj, span, speaker.ent_type_ == "PERSON"):
                late = disclosure  # a plain "the verdict": asked only when nothing else is
            else:
                options.append(disclosure)
    self_named = _speaker_named(subj, frame, speaker, _next_text(c, analysis)) if subj is not None else None
    if (
        subj is None or (subj.lower_ in PRONOUNS and self_named is None)
        or subj.left_edge.lower_ in {"his", "her", "their", "its"}
        or sum(1 for ch in verb.children if ch.dep_ in {"nsubj", "nsubjpass"}) > 1 or _subject_in_subject(subj)
        or (epithet(subj) and epithet_name(subj, c, analysis) is None)
    ):
        first = next((q for q in (*options, late) if q), None)
        return Claim(text=first, cites=(c.id,), kind="question") if first else empty
    # "the city" → "São Paulo"; "an Iraqi defector claims he has …" → "Does the Iraqi Defector Have …?"
    named = self_named or (epithet_name(subj, c, analysis) if _definite_head(subj) else None)
    always, optional = _deletions(span, verb, frame)
    # (last, for a question too long: an aim nested in the object's clause, a role before a name)
    optional = [*optional, *_nested_aims(verb, set(always)), *_title_before_name(subj)]
    drop = set(always)
    if frame is not None:
        drop |= {t.i for t in span if t.i not in _sub(verb)}  # the frame: asked of the event
    negated = any(ch.dep_ == "neg" for ch in verb.children)
    modal = any(a.lower_ in {"may", "might", "could", "would", "should", "can"} for a in verb.children if a.dep_ == "aux")

    def ask(d: set[int], lead: Sequence[str]) -> str | None:
        inside = d | {t.i for t in span if t.i not in _sub(verb)}
        if orphaned(span, inside, verb):
            return None  # "Why Has X Been Suspended … Surfaced Online?"
        dest = destination_cut(verb, d)
        if dest is not None:
            # "Why Did a Chinese Team Take a Kite?" of "took a kite … to a kite festival": the
            # destination the parse hung on a phrase of the object stays, or no question.
            if dest.head.i != verb.i and any(t.i < dest.i and t.i not in d for t in dest.head.subtree
                                             if t.i > dest.head.i):
                return None
            d = d - {t.i for t in dest.subtree}
        if self_named is not None and any(
                t.dep_ == "prep" and t.i in d and t.head.dep_ in {"dobj", "attr"} and t.head.head.i == verb.i
                for t in verb.subtree):
            return None  # "Does the Iraqi Defector Have Information?": what the claim is about, cut
        inverted = _invert(span, verb, d, named)
        mover = inverted[0] if inverted else ""
        if any(w.lower().strip(",.") in {"it", "them"} for w in (inverted or [])[1:]):
            return None  # "Did Haskell Post It on His Instagram Page?": "it" names nothing here
        if bared(subj, d):
            return None  # "Why Has the Company Behind Plans Reached …?": "plans" lost what they were for
        if any(t.i in d and t.dep_ in {"relcl", "acl"} and t.head.i not in d and any(
                a.dep_ == "prep" and a.i not in d and a.lower_ in {"before", "after", "until"}
                and any(g.dep_ == "npadvmod" for g in a.children) for a in t.ancestors) for t in verb.subtree):
            return None  # "… Two Days Before a Vanguard of 250 Soldiers?": the event, its clause, cut
        if any(t.i not in d and (t.lower_ == "same" and t.dep_ in {"dobj", "pobj", "attr"}
                                 or t.lower_ == "likewise" and t.dep_ == "advmod") for t in verb.subtree):
            return None  # "Does X Want to Do the Same …?": the same as what, only the sentence before says
        if unresolved_pronoun(verb, subj, d):
            return None  # "Did the Cost Force Her Into Debt?": who "her" is, the question never says
        if any(t.dep_ == "conj" and t.head.i == verb.i and t.i not in d and (
                t.tag_ in {"VBZ", "VBP"} or (t.tag_ == "VBD" and (mover in _MODALS or (
                    mover in _DO_SUPPORT.values() and any(ch.dep_ in {"nsubj", "nsubjpass"} for ch in t.children)))))
               for t in verb.subtree):
            return None  # "Will the Frenchman Miss League Trips but Hopes to Return …?": a second finite verb
        if any(t.i not in d and (t.dep_ == "mark" and t.head.i in d or t.lower_ == "as" and t.dep_ == "prep" and any(
                ch.dep_ in {"acl", "relcl"} and ch.i in d for p in t.children for ch in p.children))
               for t in verb.subtree):
            return None  # "… Shot Dead as Israeli Forces?": a conjunction whose clause the cut took
        q = _question(inverted, lead)
        return None if q is not None and ends_on_adverb(q, span) else q

    complements = [ch for ch in verb.children if ch.dep_ in _COMPLEMENTS or (
        ch.dep_ == "advcl" and any(g.dep_ == "nsubj" for g in ch.children) and ch.i > verb.i
        and not any(g.dep_ == "mark" and g.lower_ not in {"for"} for g in ch.children))]

    def stripped(d: set[int], extra: set[int]) -> bool:
        """Every complement the verb had is gone, and not as the answer: "Why Is the
        Palestinian Leadership Calling?" of "calling for the envoy to return"."""
        own = [ch for ch in complements if ch.i not in extra and ch.i not in drop]  # (times and frames go anyway)
        if verb.lemma_ in _INCOMPLETE_ALONE and not any(
                ch.i not in d for ch in verb.children if ch.i > verb.i and not ch.is_punct):
            return True  # "Does the Military Success Come?"
        return bool(own) and all(ch.i in d for ch in own)

    def shortened(extra: set[int], lead: Sequence[str], build: Callable[[set[int], Sequence[str]], str | None] = ask,
                  ) -> str | None:
        d = drop | extra
        q = None if stripped(d, extra) else build(d, lead)
        for step in optional:
            if q is not None:
                break
            if verb.i in step or subj.i in step:
                continue
            if any(_conditional(span.doc[i]) for i in step if i not in extra):
                continue  # "Will the Military Be in Charge [in Case of a Conflict]?": a condition stays
            if any(t.i in step and t.i not in extra and _needed(t) for t in verb.children):
                continue  # "Has X Reminded A and B [About Their Responsibilities]?": the verb's own phrase
            d |= step
            if stripped(d, extra):
                break
            q = build(d, lead)
        return q

    def subject_asked(d: set[int], lead: Sequence[str]) -> str | None:
        """The clause asked of its subject, in statement order ("More than 70 animals
        have been seized …" → "How Many Animals Have Been Seized …?")."""
        inside = d | {t.i for t in span if t.i not in _sub(verb)}
        if orphaned(span, inside, verb):
            return None
        subject = _sub(subj)
        rest = [t for t in verb.subtree if t.i not in d and t.i not in subject and not (t.is_punct and t.i < verb.i)]
        if not rest or any(t.i < subj.left_edge.i for t in rest):
            return None  # something before the subject the question cannot carry
        return _question(_spaced([(t, t.text) for t in rest]).split(), lead)

    if answered_by is not None:
        # Another sentence tells what prompted this event ("The move follows …"): only
        # "Why …?", citing both, or nothing.
        if negated or modal or c.facts.tense == "future" or frame is not None or verb.lemma_ in _STATIVE:
            return empty
        why = shortened(set(), ["Why"])
        return Claim(text=_could(why, _plural(subj)) or "", cites=(c.id, answered_by) if why else (),
                     kind="question")
    rationale = _rationale(verb, subj) if not negated and frame is None else None
    if rationale is not None:
        options.append(_question(rationale))  # "Why Is Nick Loeb Fighting to Keep the Two Embryos?"
    reason = _reason(verb) or stated_cause(verb) or _purpose(verb, subj)
    if reason is not None and reason.lemma_ in _DISCOVERED and verb.lemma_ in _ARRIVALS:
        reason = None  # "woke to find her car gone": what came next, not why she woke
    if reason is not None and not negated and c.facts.tense != "future" and (
            verb.lemma_ != "be" or _prompted_by(verb, reason)):
        # The reason is the answer: it goes, with whatever the parse hung after it (and
        # the comma that set it off: "continue to increase, after a man …").
        after = {t.i for t in verb.subtree if t.i >= reason.left_edge.i}
        if reason.left_edge.i > 0 and span.doc[reason.left_edge.i - 1].text == ",":
            after.add(reason.left_edge.i - 1)
        # (a find's "after …" is how it was made: "discovered after scientists studied its call")
        found_by = verb.lemma_ in _FINDS and (reason.lower_ in {"after", "following"} or any(
            m.dep_ == "mark" and m.lower_ == "after" for m in reason.children))
        options.append(shortened(after, ["How" if found_by else "Why"]))
    when = _when_done(verb, subj)
    if when is not None and not negated and not modal:
        # "A girl was abducted when two men carried her off" → "How Was a Girl Abducted?"
        options.append(shortened({t.i for t in verb.subtree if t.i >= when.left_edge.i}, ["How"]))
    later = None if reason is not None or negated or modal or frame is not None or c.facts.tense == "future" \
        else _later_cause(c, analysis, verb, subj)
    if later is not None:
        # The next sentence tells why, of the same act and the same actor ("… was jailed for
        # five years. He was jailed after police found …"): "Why …?", citing both.
        why_later = shortened(set(), ["Why"])
        if why_later is not None:
            options.append(why_later)
            cited[why_later] = (c.id, later)
    lead_answer = None if later is not None or reason is not None or negated or modal or frame is not None \
        or not echo or c.facts.tense == "future" or means_of(verb) is not None else _lead_answer(c, analysis, verb, subj)
    if lead_answer is not None:
        # Rather than the news asked back yes/no, what another sentence of the lead tells of the
        # same act ("X was snared by a vigilante group. … X was snared after sending messages …"):
        # "Why …?" or "How …?", citing both.
        asked = shortened(set(), [lead_answer[0]])
        if asked is not None:
            options.append(asked)
            cited[asked] = (c.id, lead_answer[1])
    means = means_of(verb)
    if means is not None and not negated and not modal and c.facts.tense != "future":
        # "X earned praise after calling out a troll" → "How Did X Earn Praise?"
        after = {t.i for t in verb.subtree if t.i >= means.left_edge.i}
        options.append(shortened(after, ["How"]))
    future = c.facts.tense == "future" or any(a.lower_ == "will" for a in verb.children)
    perceived = verb.lemma_ in _PERCEPTION
    if future and not negated and not perceived:
        options.append(shortened(set(), []))
    obj = _child(verb, {"dobj"})
    if obj is not None and obj.pos_ == "PRON":
        obj = None  # "found herself in the news": nothing to ask "what" of
    tail = {i for step in optional if min(step) > verb.i for i in step}
    if verb.lemma_ in _ANNOUNCE and obj is not None and not negated and not modal:
        options.append(shortened(_sub(obj) | tail, ["What"]))  # "What Has the Club Announced?"
    admitted = next((ch for ch in verb.children if ch.dep_ in {"xcomp", "dobj"} and ch.tag_ == "VBG"
                     and ch.i > verb.i), None) if verb.lemma_ in _ADMITS and frame is None else None
    if admitted is not None and not negated and not modal and not future and not _human(subj):
        # What was admitted, not whether ("Did X Admit Planning the Attacks in a Videotape?",
        # struck in blind reads): "What Did X Admit?", answered by the act admitted
        options.append(shortened(_sub(admitted) | tail, ["What"]))
    if obj is not None and verb.lemma_ in _FACE and not negated and not modal and subj.dep_ != "nsubjpass":
        options.append(shortened(_sub(obj) | tail, ["What"]))  # "What Does Soumbadze Face?"
    acl = next((ch for ch in subj.children if ch.dep_ == "acl" and ch.tag_ == "VBG" and ch.lemma_ not in _LIGHT_VERBS), None)
    if acl is not None and frame is None and not negated and _child(acl, {"dobj"}) is not None and not (
            subj.lemma_.lower() in _PEOPLE | _DOERS | _GROUPS or subj.lower_.rstrip("s") in _GROUPS
            or subj.ent_type_ in {"PERSON", "ORG", "NORP"}
            or _role(subj)):
        # (never of a person: "What Does a New York Woman Run?" asks what describes her, not the news;
        # nor of a body: "What Do the Unions Represent?" of "Unions representing workers have warned …")
        # "A new Kansas law banning X is …" → "What Does the New Kansas Law Ban?"
        noun = [t for t in subj.subtree if t.i < acl.i and not t.is_punct and t.lower_ not in {"a", "an"}]
        if 1 <= len(noun) <= 6:
            article = noun[0].lower_ not in {"the", "his", "her", "their", "its"} and (noun[0].pos_ != "PROPN" or any(
                ch.dep_ == "det" and ch.lower_ in {"a", "an"} for ch in subj.children))  # "a New York law"
            words = (["the"] if article else []) + [
                t.text if t.i != noun[0].i or t.pos_ == "PROPN" else t.lower_ for t in noun
            ]
            aux = "Do" if _plural(subj) else "Does"
            options.append(_question([acl.lemma_.capitalize()], ["What", aux, *words]))
    has_conj = any(ch.dep_ == "conj" and ch.pos_ in {"VERB", "AUX"} for ch in verb.children)
    if frame is None and not negated and not modal:
        # "X hailed Y as one of the best coaches" → "What Did X Say About Y?", not the praise asked back
        # (the FAQ's own question, ``yes_no`` off, keeps "… Say About Y?": its answer check reads that)
        options.append(_verdict_on(verb, subj, span, charge=yes_no))
        # "X hosted a visit and said he could not be happier with Y" → "What Did X Say About Y?"
        options.append(_said_too(verb, subj, span))
    if echo and not negated and not modal and (frame is None or droppable_frame(frame, verb)) and not has_conj \
            and verb.lemma_ in _TOLL_VERBS:
        # Rather than the news asked back: a count the news turns on, asked as the reader
        # asks it ("More than 70 animals were seized from a mobile home" → "How Many
        # Animals Were Seized from a Mobile Home?"; "Police arrested 14 fans" → "How Many
        # Fans Did Police Arrest?"), only of an event whose toll is the point.
        for target in (subj, _child(verb, {"dobj"})):
            counted = _counted(target)
            if counted is None or target is None:
                continue
            if target is subj:
                options.append(shortened(set(), ["How", "Many", *counted], subject_asked))
            else:
                options.append(shortened(_sub(target), ["How", "Many", *counted]))
    if echo and not negated and not modal and frame is None and not has_conj and verb.pos_ == "VERB" \
            and verb.lemma_ not in _STATIVE | _TOLD and not mere_occurrence(verb):
        # Rather than a settled sum or count asked back ("Has RBS Racked Up £50billion in
        # Losses?"), the question the figure answers: "How Much Has RBS Racked Up in Losses?",
        # "How Much Did Shares in the Firm Fall?", "How Many Goals Did Kane Score?".
        summed = _sum_asked(verb)
        if summed is not None:
            options.append(shortened(summed[0], ["How", "Much", *summed[1]]))
        target = _child(verb, {"dobj"})
        counted = _counted(target) if verb.lemma_ not in _TOLL_VERBS | _LIGHT_VERBS else None
        if counted is not None and target is not None:
            options.append(shortened(_sub(target), ["How", "Many", *counted]))
    if echo and not negated and not modal and frame is None and not has_conj and subj.dep_ == "nsubjpass" \
            and verb.lemma_ in _CHOSEN and subj.ent_type_ == "PERSON" and any(
                ch.dep_ in {"oprd", "attr", "xcomp"} or ch.dep_ == "prep" and ch.lower_ == "as"
                for ch in verb.children if ch.i > verb.i):
        # Who was chosen is the news, not whether: "Was Sir Tom Bell Elected Prime Minister on the
        # First Ballot?" → "Who Was Elected Prime Minister on the First Ballot?"
        options.append(_placed_post(_who(span, verb, subj, drop, optional), verb))
    aim = _purpose(verb, subj, bodies=True) if echo and reason is None and frame is None and not negated \
        and not modal and not future else None
    if aim is not None:
        # a body's purpose, asked as a person's is ("a team has used spare embryos to grow brain cells")
        options.append(shortened({t.i for t in verb.subtree if t.i >= aim.left_edge.i}, ["Why"]))
    new_thing = _child(verb, {"dobj"})
    if echo and not negated and not modal and frame is None and not has_conj and new_thing is not None and (
            verb.lemma_ in _FOUND_NEW or verb.lemma_ in _HELD and not _human(subj)
            and subj.lemma_.lower() not in _PARTITIVE) and _new_thing(new_thing):
        # What a find, a making or a content is, rather than the thing asked back ("Did the
        # Researchers Find a Tool with No Handle?" → "What Did the Researchers Find?"; "Did
        # the Device Contain an Explosive Called TATP?" → "What Did the Device Contain?")
        options.append(shortened(_sub(new_thing) | tail, ["What"]))
    if (_human(subj) or echo and _few_people(subj)) and frame is None and not negated and not has_conj \
            and _named_elsewhere_person(c, analysis):
        options.append(_who(span, verb, subj, drop, optional))  # "Who Came Out in Support of Labour?"
    charge = _charge_of(verb)
    if charge is not None and not negated and not modal and c.facts.tense != "future":
        # "Six men have been charged with terrorism …" → "What Have Six Men Been Charged With?",
        # the news asked of the people it names, not "What Happened to Six Men?"
        q = ask(drop | {t.i for t in verb.subtree if t.i > verb.i}, ["What"])
        options.append(q[:-1] + " " + charge.lower_.capitalize() + "?" if q else None)
    instrument = _instrument(verb)
    if instrument is not None and not negated and not modal and c.facts.tense != "future":
        # "X was allegedly killed by a single punch" → "How Was X Allegedly Killed?", the
        # means the story states, not "What Happened to X?"
        options.append(shortened({t.i for t in verb.subtree if t.i >= instrument.i}, ["How"]))
    if not negated and not modal and c.facts.tense != "future":
        # "What Happened to …?" heads a page only for someone the story brings in with the
        # harm ("A guard at the Census Bureau was shot" → "What Happened to a Guard at …?");
        # of someone already known ("… to the Northern California Boy?", "… to Bader?") it
        # is trivia (struck in blind reads) and is left to the FAQ. "How Did X Die?" stays.
        happened = _happened_to(span, verb, subj)
        introduced = subj.dep_ == "nsubjpass" and any(
            ch.dep_ in {"det", "nummod"} and ch.lower_ in {"a", "an"} | set(_NUMBER_WORDS) or ch.like_num
            for ch in subj.children if ch.i < subj.i)
        if not yes_no or introduced or (happened is not None and happened.startswith("How ")):
            options.append(happened)
    done = verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(a.lower_ in {"has", "have", "was", "were"} for a in verb.children
                                   if a.dep_ in {"aux", "auxpass"})
    )
    if (
        done and not negated and not modal and not future and frame is None
        and (not has_conj or (feat(verb) and _shared_past(verb)))
        and verb.lemma_ not in _STATIVE
        and verb.lemma_ not in _DECISION and verb.pos_ == "VERB"
        and (subj.dep_ != "nsubjpass" or verb.lemma_ in _DONE_TO_VERBS | _HAPPEN_VERBS)
        and _child(verb, {"dobj", "prep", "prt", "acomp", "xcomp"}) is not None
    ):
        # An action whose manner the sentence tells in a participle clause, which is the
        # answer and goes ("Woods rebounded …, draining a 25-footer" → "How Did Tiger Woods
        # Rebound?"). Without one, "How …?" asks what the cited sentence never says
        # ("How Did Hundreds of Fans Stand Vigil?", struck in blind reads).
        manner = manner_of(verb) if not has_conj else None
        if manner is not None and manner.lemma_ in _DESCRIBING and manner.left_edge.i == (
                _child(verb, {"dobj"}) or verb).right_edge.i + 1:
            manner = None  # "took a kite measuring 6,000 metres": what the kite is, not how it was taken
        if manner is not None:
            # "aiming to break the record", "hoping to …": a purpose, asked why, not how
            lead = ["Why"] if manner.lemma_ in _PURPOSE_PARTICIPLES else ["How"]
            options.append(shortened({t.i for t in verb.subtree if t.i >= manner.left_edge.i}, lead))
        elif feat(verb) and subj.dep_ == "nsubj" and not any(ch.dep_ == "conj" for ch in subj.children) and (
                subj.left_edge.lower_ not in {"the", "this", "that", "these", "those"}
                or any(t.pos_ == "PROPN" or t.ent_type_ for t in subj.subtree)):  # (not "the state-backed giant")
            # A feat the story goes on to tell ("Bayern beat Hoffenheim 2-0", "Four off-duty
            # officers stopped a subway beating") is asked how, as an editor asks it ("How Did
            # Injury-Hit Bayern Munich Beat Hoffenheim?"), never echoed yes/no.
            options.append(shortened(set(), ["How"]))
    along = _as_it_went(verb, subj) if echo and done and frame is None and not negated and not modal \
        and not future and not has_conj else None
    if along is not None:
        # Rather than a settled act asked back ("Did Warrington Put a Dampener on Sinfield's
        # 500th Appearance?"), how it came about, which the sentence's "as …" clause of the
        # same actor tells ("… as they completed a notable double over the leaders").
        options.append(shortened({t.i for t in verb.subtree if t.i >= along.left_edge.i}, ["How"]))
    with_doing = _with_doing(verb) if echo and frame is None and not negated and not modal and not future \
        and not has_conj and verb.lemma_ not in _TOLD and not mere_occurrence(verb) else None
    if with_doing is not None:
        # Rather than the news asked back with its circumstance cut ("Is Legal Abortion One Step
        # Closer with the Lower House of Parliament?"), what that circumstance answers: "Why Is
        # Legal Abortion in Tasmania One Step Closer?", "How Was South Africa Dismissed for 374?"
        gone = {t.i for t in verb.subtree if t.i >= with_doing.i}
        if with_doing.i > 0 and span.doc[with_doing.i - 1].text == ",":
            gone.add(with_doing.i - 1)
        options.append(shortened(gone, ["Why" if verb.lemma_ == "be" or verb.lemma_ in _NO_AIM else "How"]))
    claimed = (frame is not None and frame.lemma_ in _CLAIM_FRAMES and speaker is not None
               and speaker.lower_ not in PRONOUNS and not any(ch.dep_ == "neg" for ch in frame.children)
               and not droppable_frame(frame, verb))  # (a ministry's record of a meeting is no claim)
    # A settled fact asked back only where it is news: never what someone said or posted
    # ("Did Angela Moore Say in the Day That …?", "Did Bowe Explain His Plan …?").
    echo = echo and (verb.lemma_ not in _TOLD or modal or future or claimed
                     or any(ch.dep_ == "auxpass" for ch in verb.children)) and not mere_occurrence(verb)
    second = _second_act(verb) if has_conj else None
    if (yes_no and (modal or future or claimed) or echo) and not negated and not perceived and (
            not has_conj or second is not None):
        # A yes/no question only where the answer is open ("Will …?", "Could …?", or what
        # someone claims: "Ruddock says the Pacific Solution is working" → "Is the Pacific
        # Solution Working?"); never an echo of a settled fact ("Has the Row Ended in Tragedy?").
        # Of two acts of one subject, the first is asked ("X has reminded A … and urged B
        # to …" → "Has X Reminded A …?").
        owned = claimed and self_named is None and speaker is not None and not future and not any(
            a.dep_ == "aux" and a.lower_ in _MODALS for a in verb.children)
        open_q = shortened(second or set(), [])
        if owned and speaker is not None:
            # someone's claim keeps its owner; no phrase of the claim goes to make room for it
            # (a report's finding, too long with its source, is asked as the finding it is)
            open_q = _owned(open_q, speaker, span, analysis) or (
                open_q if speaker.lemma_.lower() in _DOCUMENTS and speaker.ent_type_ == "" else None)
        if open_q is None and frame is not None and (modal or claimed):
            # "may be dead, possibly killed in the bombing": the comma-set afterthought goes
            aside: set[int] = set()
            for ch in verb.children:
                comma = ch.left_edge.i - 1
                if ch.dep_ in {"dep", "advcl"} and ch.i > verb.i and span.doc[comma].text == ",":
                    aside |= {comma, *(t.i for t in ch.subtree)}
            open_q = shortened(aside, []) if aside else None
        if frame is not None and modal:
            # Someone's hedged claim is the story's open question, asked with its hedge:
            # "Musharraf says bin Laden may be dead" → "Could Osama Bin Laden Be Dead?",
            # before "What Does Musharraf Say About Osama Bin Laden?".
            options.insert(0, open_q)
        elif claimed and open_q is not None:
            # A claim asked back comes before "What Does X Say About Y?", after a "Why"/"How"
            options = [o for o in options if o is None or o != disclosure] + [open_q, disclosure]
        else:
            options.append(open_q)
    if claimed and self_named is None and speaker is not None and not future and not any(
            a.dep_ == "aux" and a.lower_ in _MODALS for a in verb.children):
        # Someone's claim asked yes/no keeps its owner ("Is Mr Reid a Petty Criminal,
        # According to Baker?"): asked bare, an allegation reads as a question of fact. (A
        # claim of the speaker's own, "fighters say they have captured …", names its owner
        # in the subject; a hedged or a future one, "Could X Be Dead?", "Will X …?", asks
        # no fact.)
        options = [(_owned(o, speaker, span, analysis) or (o if speaker.lemma_.lower() in _DOCUMENTS else None))
                   if o and o != disclosure and "According to" not in o
                   and o.split(" ", 1)[0].lower() in _QUESTION_AUX else o for o in options]
    elif disclosure is not None:
        # "What Did X Reveal About Y?" only when the story gives no reason or means of the
        # event it tells: a "Why"/"How" on the main clause comes first.
        told = [o for o in options if o and re.match(r"(?:Why|How) (?!Many|Much|Long|Often|Far)", o)]
        if told and disclosure in options:
            options = [*told, *(o for o in options if o not in told)]
    if yes_no:
        # The open outcome the news is about: "refuted claims suggesting he will rejoin Boca
        # Juniors" → "Will Carlos Tevez Rejoin Boca Juniors in the Summer?"
        options.insert(0, _speculated(span, subj))
    if yes_no and c.index > 0:
        # From a statement after the first, "the man", "the packages" lean on a sentence
        # before: the name the story gave them is written in, or the question is not asked
        # (``leaning``: asked all the same, the page's last try before "What Happened?").
        def refer(q: str | None) -> str | None:
            if not q:
                return q
            named = _referred(q, c, analysis)
            return named if named is not None or not leaning else _referred(q, c, analysis, strict=False,
                                                                             people=not leaning_people)
        cited.update({refer(k) or "": v for k, v in list(cited.items())})
        options = [refer(q) for q in options]
        late = refer(late)
    chosen = next((q for q in (*options, late) if q and not as_cut_open(q)), None)
    text = _unhedged(_could(chosen, _plural(subj)))
    if text is None or chosen is None:
        return empty
    return Claim(text=text, cites=cited.get(chosen, (c.id,)), kind="question")


_DOCUMENTS = frozenset({"report", "study", "survey", "bulletin", "document", "research", "poll", "analysis",
                        "review", "census", "audit", "figure", "data", "statistic", "paper", "journalist",
                        "reporter", "correspondent", "witness", "eyewitness", "photographer"})
"""Speakers that are a record or an onlooker, not a side: their finding or what they saw,
asked bare, is no allegation."""


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."})


def _surname_only(toks: Sequence[Token]) -> bool:
    """A person named by one word, bare or after an honorific ("Maron", "Mr Vaughan")."""
    words = [t for t in toks if not t.is_punct and t.lower_ not in {"the"}]
    if words and words[0].lower_ in _HONORIFICS:
        words = words[1:]
    return len(words) == 1 and words[0].pos_ == "PROPN"


def _full_name(tok: Token, analysis: Analysis | None) -> list[str] | None:
    """A person's whole name for ``tok`` ("Doug Cameron" for "Cameron"): the name as the
    sentence writes it when it gives two words or more, else the one person of that surname
    the story names in full; None when the story gives no whole name, or two."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end and e.label_ == "PERSON"), None)
    if ent is not None and len([t for t in ent if not t.is_punct]) >= 2:
        words = [t.text for t in ent if not t.is_punct and t.lower_ not in _HONORIFICS and t.lower_ != "the"]
        if len(words) >= 2:
            return _spaced([(t, t.text) for t in ent if t.text in words]).split()
    if analysis is None:
        return None
    surname = tok.text
    full = {e.name for e in analysis.entities if e.kind == "PERSON" and 2 <= len(e.name.split()) <= 4
            and e.name.split()[-1] == surname}
    return full.pop().split() if len(full) == 1 else None


def _owned(question: str | None, speaker: Token, span: Span, analysis: Analysis | None = None) -> str | None:
    """A claim asked back with its owner: "Are Australian Authorities Ignoring the Growing
    Number of Children?" → "…, According to McMenamin?"; None when the owner cannot be
    named in a few words or the question then runs too long (an allegation is never
    asked as a question of fact)."""
    if not question:
        return None
    cut = {t.i for ch in speaker.children if ch.dep_ in {"relcl", "acl", "appos", "prep"} for t in ch.subtree}
    toks = [t for t in speaker.subtree if t.i not in cut and (not t.is_punct or t.text in {"-", "'s", "’s"})]
    if not toks or len(toks) > 5 or any(t.dep_ in {"cc", "conj"} or t.pos_ == "PRON" for t in toks):
        return None
    def written(owner_: Sequence[Token]) -> list[str]:
        return _spaced([(t, t.lower_ if t.i == owner_[0].i and t.lower_ in {"a", "an", "the"} else t.text)
                        for t in owner_]).split()

    owners = [written(toks)]
    if speaker.ent_type_ == "PERSON" and speaker.pos_ == "PROPN":
        # a person by the whole name the story gives ("According to Doug Cameron"): by the
        # surname alone the reader meets someone the question never introduced
        full = _full_name(speaker, analysis)
        titled = [t for t in toks if t.lower_ in _HONORIFICS]
        # (the sentence's "Mr Baker" when the whole name runs too long: the headline names him;
        # a name the story never gives more of, "According to Suharto", stays as it is)
        owners = [o for o in (full, [titled[0].text, speaker.text] if titled else None) if o]
        if not owners and any(e.kind == "PERSON" and len(e.name.split()) >= 2 and e.name.split()[-1] == speaker.text
                              for e in (analysis.entities if analysis is not None else ())):
            return None  # (two people of that surname: which one, the question cannot say)
        owners = owners or [[speaker.text]]
    body = [t for t in toks if t.i < speaker.i and t.dep_ == "compound" and t.head.i == speaker.i
            and t.ent_type_ in {"ORG", "NORP", "GPE"}]
    if speaker.pos_ == "NOUN" and body:
        owners.append(written(body))  # (too long: "a senior Hamas official" → "According to Hamas")
    for words in owners:
        text = question[:-1] + ", " + title_case(["According", "to", *words]) + "?"
        if len(text) <= QUESTION_MAX:
            return text
    return None


_TOLL_VERBS = frozenset({"kill", "die", "injure", "wound", "hurt", "arrest", "detain", "charge", "convict", "jail",
                         "rescue", "save", "evacuate", "seize", "confiscate", "shoot", "execute", "displace", "infect",
                         "sicken", "strand", "trap", "hospitalise", "hospitalize", "treat", "sell", "buy", "lose", "cut",
                         "axe", "shed", "destroy", "damage", "flood", "burn", "discover", "find", "capture", "free",
                         "release", "deport", "expel", "sack", "fire", "strike", "claim", "sign", "recall", "ban"})
"""Events whose count is their news ("14 fans were arrested", "the fire destroyed 40 homes")."""
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12, "dozen": 12, "hundred": 100, "thousand": 1000, "million": 10**6}


def _counted(noun: Token | None) -> list[str] | None:
    """The counted noun of a phrase whose count is its point ("more than 70 animals" →
    ["animals"], "14 Leeds fans" → ["Leeds", "fans"]); None for a count the reader already
    knows ("the two men"), a single one ("one man"), a date, an age, a sum or a share, or a
    phrase whose noun cannot stand in the question ("70 of them")."""
    if noun is None or noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return None
    num = next((c for c in noun.children if c.dep_ == "nummod" and c.i < noun.i), None)
    if num is None or num.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"}:
        return None
    words = [t.lower_.replace(",", "") for t in num.subtree]
    value = next((int(w) for w in words if w.isdigit()), None)
    if value is None:
        value = next((_NUMBER_WORDS[w] for w in words if w in _NUMBER_WORDS), None)
    if value is None or value < 2 or 1900 <= value <= 2100:
        return None
    if any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in noun.children):
        return None  # "the two men", "his three sons": the count is no news
    between = [t for t in noun.doc[noun.left_edge.i : noun.i + 1] if t.i not in _sub(num) and t.dep_ != "det"]
    if len(between) > 4 or any(t.is_punct or t.like_num for t in between):
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1), None)
    kind = [t for t in noun.doc[of.i : of.right_edge.i + 1]] if of is not None else []
    if kind and (len(kind) > 3 or any(t.like_num or t.is_punct or t.dep_ == "det" for t in kind)):
        kind = []  # "species of frog" keeps what they are; "three of the men" is no count of a kind
    return [t.text for t in [*between, *kind]]


_CHOSEN = frozenset({"elect", "appoint", "name", "choose", "select", "nominate", "crown", "install", "re-elect",
                     "reelect", "confirm", "sworn", "swear"})
"""Choices of a person for a post: who was chosen is the news."""
_FOUND_NEW = frozenset({"find", "discover", "uncover", "unearth", "detect", "develop", "create", "invent", "design",
                        "devise", "build", "produce", "introduce", "spot"})
"""Finds and makings: what was found or made is the answer the story gives."""
_HELD = frozenset({"contain", "include", "feature", "hold", "carry"})
"""What a thing holds: asked of a thing, never of people ("Some of the injured included …")."""
_PARTITIVE = frozenset({"some", "many", "most", "all", "one", "none", "few", "several", "each", "both", "half"})


def _new_thing(obj: Token) -> bool:
    """An object the story brings in, unnamed ("a tool with no handle", "new ways of …",
    "an explosive called TATP"): not a name, a pronoun, a count, nor one already known
    ("the tool", "his car"), nor one whose clause says what it is ("found him dead")."""
    if obj.pos_ != "NOUN" or obj.ent_type_ or any(ch.dep_ in {"poss", "nummod"} for ch in obj.children):
        return False
    if obj.lemma_.lower() in _PEOPLE | _DOERS | _VAGUE_PEOPLE | {"body", "bodies", "remains", "corpse", "child", "baby",
                                                                 "boy", "girl", "victim"}:
        return False  # "found a man dead": a person found is a harm told, not a thing to name
    det = next((ch for ch in obj.children if ch.dep_ == "det"), None)
    if det is not None and det.lower_ not in {"a", "an", "another"}:
        return False
    if det is None and obj.tag_ != "NNS":
        return False  # a bare singular: "found evidence", "found time"
    return not any(ch.dep_ in {"oprd", "ccomp", "xcomp"} for ch in obj.head.children)


_CURRENCY = frozenset({"£", "$", "€", "¥", "us$", "a$", "au$", "c$", "nz$", "hk$"})
_CURRENCY_WORDS = frozenset({"pound", "dollar", "euro", "yen", "rupee", "franc", "yuan", "rand", "peso", "krona"})
_SCALES = frozenset({"million", "billion", "trillion", "thousand", "m", "bn", "k", "mn", "billions", "millions"})
_PERCENT_WORDS = frozenset({"%", "percent", "cent", "pc", "percentage"})
_MOVES = frozenset({"rise", "fall", "climb", "drop", "slip", "jump", "soar", "slump", "grow", "shrink", "increase",
                    "decrease", "plunge", "plummet", "tumble", "surge", "rally", "dip", "gain", "lose", "sink", "edge"})
"""Verbs whose share or sum is by how much they moved ("fell 20 per cent")."""


_FIGURE = re.compile(r"^[£$€¥]?\d[\d,.]*(?:m|bn|k|mn|million|billion|trillion)?$")


def _money_head(noun: Token) -> bool:
    """A phrase headed by a sum: "£50billion", "$2.5 million", "300,000 pounds"."""
    after = {t.i for ch in noun.children if ch.dep_ in {"prep", "relcl", "acl", "appos"} for t in ch.subtree}
    own = [t for t in noun.subtree if t.i not in after]
    if any(t.dep_ in {"det", "poss", "amod", "compound"} and t.head.i == noun.i and not t.like_num
           and t.lower_ not in _CURRENCY and t.lower_ not in _SCALES and t.lower_ not in {"a", "an"} for t in own):
        return False  # "the £5m bill", "his £2m salary": a thing that costs a sum, not the sum
    currency = any(t.lower_ in _CURRENCY or t.tag_ == "$" or t.text[:1] in "£$€¥" and any(ch.isdigit() for ch in t.text)
                   for t in own) or (noun.lemma_.lower() in _CURRENCY_WORDS and any(t.like_num for t in own))
    head = noun.like_num or _FIGURE.match(noun.lower_) is not None or noun.lower_ in _SCALES | _CURRENCY or noun.text[:1] in "£$€¥" or (
        noun.lemma_.lower() in _CURRENCY_WORDS) or noun.tag_ == "$"
    return currency and head


def _sum_asked(verb: Token) -> tuple[set[int], list[str]] | None:
    """The tokens of a sum or share the question asks "How Much …?" of, and the noun asked
    with it: a sum the verb's object is ("racked up £50billion in losses" → the sum goes,
    "in losses" stays; "spent £3m of public money" → "How Much Public Money …"), or the
    share or sum a rise or fall moved by ("fell 20 per cent", "rose by £2"). None for none,
    or for a sum the question would leave unclear."""
    obj = _child(verb, {"dobj"})
    if obj is not None and _money_head(obj):
        drop = {t.i for t in obj.subtree}
        kind: list[str] = []
        for ch in obj.children:
            if ch.dep_ != "prep" or ch.i < obj.i:
                continue
            if ch.lower_ == "of":
                pobj = _child(ch, {"pobj"})
                words = [t for t in pobj.subtree] if pobj is not None else []
                if not words or len(words) > 3 or any(t.dep_ in {"det", "poss"} or t.like_num or t.is_punct
                                                      for t in words):
                    return None  # "£2m of the club's money": asked "How Much" it says nothing
                kind = [t.text for t in words]
            else:
                drop -= {t.i for t in ch.subtree}  # "£50billion [in losses]": what the sum is of stays
        return drop, kind
    if verb.lemma_ not in _MOVES:
        return None
    for ch in verb.children:
        if ch.i < verb.i:
            continue
        target = ch if ch.dep_ in {"npadvmod", "dobj"} else (
            _child(ch, {"pobj"}) if ch.dep_ == "prep" and ch.lower_ == "by" else None)
        if target is None:
            continue
        lowered = {t.lower_ for t in target.subtree}
        span = {t.i for t in ch.subtree}
        nxt = target.doc[target.right_edge.i + 1] if target.right_edge.i + 1 < len(target.doc) else None
        if nxt is not None and target.like_num and nxt.lower_ in {"per", "percent", "%"} and nxt.head.i == verb.i:
            lowered.add("percent")  # "fell 15 [per cent]", the parse hanging "per cent" on the verb
            span |= {t.i for t in nxt.subtree}
        if (lowered & _PERCENT_WORDS and any(t.like_num for t in target.subtree)) or _money_head(target):
            return span, []
    return None


_SPECULATION = frozenset({"claim", "report", "rumour", "rumor", "speculation", "suggestion", "suggest", "link",
                          "speculate", "talk", "fear", "expectation", "hope"})
_CARRIED = frozenset({"dobj", "prep", "prt", "xcomp", "attr", "acomp", "dative", "npadvmod"})


def _speculated(span: Span, main_subj: Token) -> str | None:
    """A yes/no question on an outcome the sentence reports as claimed or rumoured ("claims
    suggesting he will rejoin Boca Juniors"), its pronoun subject named from the main
    clause's person; None when the sentence reports none."""
    for t in span:
        if t.pos_ != "VERB" or t.tag_ != "VB" or t.dep_ not in {"ccomp", "acl", "relcl", "xcomp"}:
            continue
        if not any(a.dep_ == "aux" and a.lower_ in {"will", "would"} for a in t.children):
            continue
        if any(a.dep_ == "neg" for a in t.children):
            continue
        if not any(h.lemma_.lower() in _SPECULATION for h in (t.head, t.head.head)):
            continue
        subj = _child(t, {"nsubj"})
        if subj is None:
            continue
        if subj.lower_ in {"he", "she"}:
            # The main clause's person, only when the speculation is about them: the object
            # of their own verb ("Tevez refuted claims suggesting he …"), not a report
            # hung anywhere else ("linked with Bale amid reports he will leave").
            claimed = t.head if t.head.lemma_.lower() in _SPECULATION else t.head.head
            owner_ = claimed.head if claimed.dep_ == "dobj" else (
                claimed.head.head if claimed.dep_ == "acl" and claimed.head.dep_ == "dobj" else None)
            if main_subj.ent_type_ != "PERSON" or owner_ is None or main_subj.head.i != owner_.i:
                continue
            who = [w for w in main_subj.subtree if w.ent_type_ == "PERSON" and w.pos_ == "PROPN"]
        elif subj.pos_ == "PROPN" or subj.ent_type_ in {"PERSON", "ORG"}:
            who = [w for w in subj.subtree if not w.is_punct]
        else:
            continue
        if not who or len(who) > 4:
            continue
        # Its objects and phrases, not a clause hung on them ("by insisting he is yet …").
        kept = [ch for ch in t.children if ch.dep_ in _CARRIED and ch.i > t.i
                and not any(w.pos_ in {"VERB", "AUX"} for w in ch.subtree)]
        rest = sorted((w for ch in kept for w in ch.subtree if not (w.is_punct and w.text != "-")), key=lambda w: w.i)
        if not rest:
            continue
        words = ["Will", *_spaced([(w, w.text) for w in who]).split(), t.lemma_,
                 *_spaced([(w, w.text) for w in rest]).split()]
        return _question(words)
    return None


def _human(subj: Token) -> bool:
    """A subject that names one person who is not yet the question's answer: a common
    noun for a person ("a man"), not a named person (the reader knows who) and not a
    crowd ("Who Has Braved the Cold?" of "hundreds of fans" is trivia)."""
    return subj.lemma_.lower() in _PEOPLE and subj.ent_type_ != "PERSON" and subj.tag_ == "NN" and not any(
        ch.dep_ in {"nummod", "quantmod"} for ch in subj.children)


def _few_people(subj: Token) -> bool:
    """A subject of a few people told by their trade, whom the story goes on to name ("Two
    comedians and a Coronation Street actress came out in support of Labour"): who they
    are is the news, asked "Who …?" rather than echoed yes/no. Not a crowd ("hundreds of
    fans"), nor people already named."""
    members = [subj, *(t for t in subj.subtree if t.dep_ == "conj" and t.head.i in {subj.i} | {
        x.i for x in subj.subtree if x.dep_ == "conj"})]
    if len(members) < 2 or any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in members):
        return False
    for t in members:
        if t.lemma_.lower() not in _PEOPLE | _PERSON_NOUNS or t.lemma_.lower() in _VAGUE_PEOPLE:
            return False
        count = next((ch for ch in t.children if ch.dep_ in {"nummod", "det"}), None)
        if count is None or not (count.lower_ in {"a", "an"} or _NUMBER_WORDS.get(count.lower_, 99) <= 5
                                 or count.text.isdigit() and int(count.text) <= 5):
            return False
    return True


def _named_elsewhere_person(c: Candidate, analysis: Analysis) -> bool:
    """The story names a person outside sentence ``c``: "Who …?" has a name for its answer."""
    return any(e.kind == "PERSON" and any(m != c.id for m in e.mentions) for e in analysis.entities)


def _who(span: Span, verb: Token, subj: Token, drop: set[int], optional: list[set[int]]) -> str | None:
    """ "A man died in a road accident" → "Who Died in a Road Accident?" (the subject is the answer)."""
    d = drop | _sub(subj)
    rewrite: dict[int, str] = {}
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if any(a.lower_ in {"has", "have"} for a in aux):
        rewrite.update({a.i: "has" for a in aux if a.lower_ == "have"})
    rewrite.update({a.i: {"were": "was", "are": "is", "do": "does"}[a.lower_] for a in aux
                    if a.lower_ in {"were", "are", "do"}})  # "Who Is Waiting …?", not "Who Are Waiting …?"
    if verb.tag_ == "VBP":
        rewrite[verb.i] = _inflect(verb.lemma_, "VBZ")
    for step in [set(), *optional]:
        if verb.i in step:
            continue
        d |= step
        gone = d | {t.i for t in span if t.i < subj.left_edge.i or t.i not in _sub(verb)}
        if orphaned(span, gone, verb) or any(t.tag_ in {"VBD", "VBZ", "VBP"} and t.i != verb.i and t.i not in gone
                                             and t.dep_ not in {"aux", "auxpass", "conj"} for t in span):
            continue  # "Who Has Pleaded Not Guilty … in Court Is Pregnant?": a second clause left in
        words = _render(span, gone, rewrite)
        q = _question(words, ["Who"])
        if q:
            return q
    return None


def _placed_post(question: str | None, verb: Token) -> str | None:
    """A post asked of with the place the story gives it ("Who Was Elected Prime Minister
    …?" of a story whose lead names "the new Solomon Islands Prime Minister" → "Who Was
    Elected Solomon Islands Prime Minister …?"): a bare title, with no place, body or "of"
    of its own, takes the one place the story writes before the same title; None when
    the story gives none or two (the reader cannot tell which country's)."""
    if not question:
        return question
    post = next((ch for ch in verb.children if ch.dep_ in {"oprd", "attr"} and ch.i > verb.i), None)
    if post is None:
        as_ = next((ch for ch in verb.children if ch.dep_ == "prep" and ch.lower_ == "as" and ch.i > verb.i), None)
        post = _child(as_, {"pobj"}) if as_ is not None else None
    if post is None or post.pos_ not in {"NOUN", "PROPN"}:
        return question
    if any(t.ent_type_ in {"GPE", "NORP", "ORG"} or t.dep_ in {"poss", "prep"} for t in post.subtree):
        return question  # "elected Mayor of London", "named Britain's ambassador": placed already
    title = [t.lower_ for t in post.subtree if t.dep_ != "det" and not t.is_punct]
    doc = verb.doc
    places = set()
    for ent in doc.ents:
        if ent.label_ not in {"GPE", "NORP", "LOC"}:
            continue
        after = [t.lower_ for t in doc[ent.end : ent.end + len(title)]]
        if after == title:
            places.add(ent.text[4:] if ent.text.lower().startswith("the ") else ent.text)
    if len(places) != 1:
        return question
    written = title_case(title)
    placed = re.sub(rf"\b{re.escape(written)}\b", f"{places.pop()} {written}", question, count=1)
    return placed if len(placed) <= QUESTION_MAX else question


# Events that happen to their subject: the question asks what happened to it.
_HAPPEN_VERBS = frozenset(
    {"die", "crash", "collapse", "disappear", "vanish", "drown", "sink", "fall", "burn", "explode", "escape", "resign",
     "quit", "retire", "survive", "recover"}
)


# Things done to a subject that a reader asks about ("What happened to the guard?").
_DONE_TO_VERBS = frozenset(
    {"shoot", "kill", "injure", "wound", "hurt", "arrest", "charge", "jail", "sentence", "convict", "rescue", "save",
     "attack", "stab", "beat", "sack", "fire", "suspend", "ban", "fine", "kidnap", "abduct", "detain", "hospitalise",
     "hospitalize", "evacuate", "strip", "expel", "deport", "sue", "punish", "bite", "trap", "snare", "catch", "rob",
     "murder", "assault", "hit", "crush", "strike", "drown"}
)


_VAGUE_PEOPLE = frozenset({"people", "person", "man", "woman", "men", "women", "dozen", "hundred", "thousand",
                           "other", "one", "some", "many", "several"})


def _happened_to(span: Span, verb: Token, subj: Token) -> str | None:
    """ "A guard was shot …" → "What Happened to the Guard at the Census Bureau?"; "X died of
    cancer" → "How Did X Die?" (the cause is the answer)."""
    passive = subj.dep_ == "nsubjpass"
    if not (passive and verb.lemma_ in _DONE_TO_VERBS) and verb.lemma_ not in _HAPPEN_VERBS:
        return None  # "ISIS is known for …" is not something that happened to ISIS
    if subj.lower_ in PRONOUNS or subj.left_edge.lower_ in {"his", "her", "their", "its", "this", "these"}:
        return None
    inner = {t.i for t in subj.subtree} - {
        i for c in subj.subtree if c.dep_ in {"relcl", "acl", "appos"} for i in _sub(c)
    }
    toks = [span.doc[i] for i in sorted(inner) if not (span.doc[i].is_punct or span.doc[i].is_space)]
    if not toks or len(toks) > 8:
        return None
    specific = [t for t in toks if t.is_alpha and not t.is_stop and t.lemma_.lower() not in _VAGUE_PEOPLE]
    if not any(t.pos_ == "PROPN" for t in toks) and (
        (toks[0].lower_ != "the" and not toks[0].like_num) or len(specific) < 2
    ):
        return None  # "What Happened to a Suspect?", "… to Dozens of People?" ask nothing a reader can place
    words = [t.text for t in toks]
    if words and toks[0].lower_ == "the":
        words[0] = "the"
    if verb.lemma_ == "die" and any(c.dep_ == "prep" and c.lower_ in {"of", "from", "after"} for c in verb.children):
        return _question(["Die"], ["How", "Did", *words])
    return _question(words, ["What", "Happened", "to"])


def sentence_case(question: str, span: Span) -> str:
    """A Title Case question in sentence case, each word cased as the source sentence
    cases it ("What Happened to the Guard?" → "What happened to the guard?"); a name
    keeps its capital wherever the story writes it as one ("Given's performances", for
    Shay Given, though "given" is also a verb)."""
    words = question.rstrip("?").split()
    toks = [t for t in span if not t.is_punct]
    pos = 0
    out = [words[0]]
    for w in words[1:]:
        base = re.sub(r"['’]s$", "", w)
        # The token this word came from: the next one in order that spells it.
        movable = base.lower() in AUXILIARIES  # the auxiliary an inversion brought forward
        at = None if movable else next((k for k in range(pos, len(toks)) if toks[k].lower_ == base.lower()), None)
        if at is None:
            at = next((k for k in range(len(toks)) if toks[k].lower_ == base.lower()), None)
        else:
            pos = at + 1
        if at is None:  # "U.S" (its last dot taken by the question mark) is the token "U.S."
            at = next((k for k in range(len(toks)) if toks[k].lower_.rstrip(".") == base.lower().rstrip(".")), None)
        tok = toks[at] if at is not None else None
        if tok is None:
            # An acronym keeps its capitals ("U.S", "NHS") even where no token spells it, and
            # a name another sentence gives ("Roger" of "Roger Bayliss" for "Mr Bayliss").
            named = any(t.text == w and t.pos_ == "PROPN" and not t.is_sent_start for t in span.doc)
            out.append(w if named or re.search(r"[A-Z].*[A-Z]", w) else w.lower())
        elif tok.text[:1].isupper() and (not tok.is_sent_start or _named_elsewhere(tok)) and not (
                tok.pos_ == "DET" and tok.ent_type_ == ""):  # "The" opening a quotation is no name
            out.append(tok.text + w[len(base):])  # a name, or an acronym
        else:
            out.append(w.lower())
    return " ".join(out) + "?"


def _named_elsewhere(tok: Token) -> bool:
    """A sentence-initial word the story writes capitalised mid-sentence or tags as a name."""
    return tok.ent_type_ in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART"} or any(
        t.text == tok.text and not t.is_sent_start for t in tok.doc)


_FINDING_VERBS = frozenset(["show", "find", "reveal", "suggest", "indicate", "conclude", "estimate", "predict"])
_DOCUMENTS = frozenset(["study", "report", "survey", "poll", "research", "review", "inquiry", "investigation",
                        "analysis", "audit", "census", "figure", "data", "statistic", "index", "paper", "trial"])
"""What a finding is told by: a document, not a person ("Police found …" is an act)."""


def finding_question(c: Candidate) -> Claim | None:
    """ "What Does the New Study Show?" for a sentence whose main clause is a document's
    finding ("A new study shows that nearly a third of …"), with the document as the
    sentence names it (its describing words, not a clause or phrase after it; "a" made
    "the"); None for any other sentence."""
    root = c.span.root
    if root.lemma_.lower() not in _FINDING_VERBS or not any(k.dep_ == "ccomp" for k in root.children):
        return None
    subj = next((k for k in root.children if k.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _DOCUMENTS:
        return None
    left = [t for k in subj.children if k.i < subj.i and k.dep_ in {"det", "amod", "compound", "poss", "nmod"}
            for t in k.subtree]
    words = subj.doc[min(t.i for t in [*left, subj]) : subj.i + 1].text.split()
    if words and words[0].lower() in {"a", "an"}:
        words[0] = "the"
    elif not words or words[0].lower() != "the" and not words[0][:1].isupper():
        words.insert(0, "the")
    perfect = next((a for a in root.children if a.dep_ == "aux" and a.lemma_ == "have"), None)
    if perfect is not None:
        aux, verb = perfect.text.capitalize(), root.text
    elif (do := do_support(root.tag_)) is not None:
        aux, verb = do.capitalize(), root.lemma_.lower()
    else:
        return None
    text = title_case(["What", aux, *words, verb]) + "?"
    return Claim(text=text[0].upper() + text[1:], cites=(c.id,), kind="question")
