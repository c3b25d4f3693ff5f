"""Headline and SEO title, written from the news sentence's main clause.

A headline is the main clause whole — subject, verb and object or complement — in
headline style (what news desks do by hand):

* optional detail is deleted, never cut mid-clause: closed appositives, relative
  clauses, time adjuncts ("on Friday", "last night"), trailing phrases that name
  nothing; a coordinated subject keeps every member; an allegation keeps its owner
  ("Police Say …", "Ministry Insists …"), a hedge its modal;
* past becomes present ("was hospitalised" → "Hospitalised", "has filed" → "Files",
  "beat" → "Beats"), "will" becomes "to" ("to Visit"), with ``lemminflect`` doing the
  inflection from the lemma;
* articles dropped, news Title Case, no final punctuation, ≤ 90 characters (SEO
  title ≤ 60).

The question headline, built on the same clause machinery, is in
:mod:`copydesk.generate.question_headline`; the reason, means and manner phrases both
parts need are found here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from lemminflect import getInflection
from spacy.tokens import Doc, Span, Token

from copydesk.contract import PARTS
from copydesk.generate.compress import clause_faults, cut_faults, needs_prep
from copydesk.generate.select import Candidate
from copydesk.generate.summary import title_case
from copydesk.model import Analysis, Claim
from copydesk.nlp.dates import WEEKDAYS, month_number
from copydesk.nlp.gender import FEMALE_WORDS, MALE_WORDS, NOUN_GENDER

QUESTION_MAX = PARTS["question_headline"].max_chars or 90
HEADLINE_MAX = PARTS["headline"].max_chars or 90
SEO_MAX = PARTS["seo_title"].max_chars or 60
HEADLINE_WORDS = 14

_SPEECH = frozenset({"say", "tell", "add", "announce", "state", "claim", "insist", "allege", "deny", "warn", "reveal", "admit", "confirm", "report"})
_BARE_QUANTIFIERS = frozenset({"others", "some", "many", "most", "few", "several", "both", "all", "each", "either",
                               "neither", "none", "another"})
"""A subject standing for people named elsewhere ("Others say …"): no headline subject alone."""
PRONOUNS = frozenset({"he", "she", "it", "they", "this", "that", "these", "those", "we", "i", "you", "there", "his", "her", "their", "its", "one"})
"""The words of a headline or question that lean on what came before."""
_TIME_WORDS = frozenset({"yesterday", "today", "tonight", "last", "this", "earlier", "later", "recently", "now", "currently", "previously", "ago", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year"})
_REASON_PREPS = frozenset({"over", "because", "amid"})
# Verbs whose "after" clause is the reason ("suspended after they posted …").
_AFTER_REASON_VERBS = frozenset(
    {"suspend", "leave", "fire", "sack", "arrest", "charge", "resign", "quit", "apologise", "apologize", "ban", "fine",
     "criticise", "criticize", "slam", "anger", "outrage", "hospitalise", "hospitalize", "evacuate", "close", "cancel",
     "expel", "jail", "sue", "condemn", "investigate", "withdraw", "postpone", "delay", "axe", "drop", "blast"}
)
# Verbs whose "for" phrase is a reason ("arrested for", "fined for", "hospitalised for").
_FOR_REASON_VERBS = frozenset(
    {"arrest", "charge", "jail", "fine", "ban", "praise", "criticise", "criticize", "hospitalize", "hospitalise", "sue",
     "investigate", "thank", "blame", "punish", "sentence", "honour", "honor", "apologise", "apologize", "suspend",
     "sack", "fire", "convict", "slam", "attack", "condemn", "reward", "penalise", "penalize", "treat", "admit"}
)
# Verbs whose object is itself news worth asking for ("What Has X Announced?"); never
# "What Has X Found?" or "What Did the City Top?", trivia made by asking for the object.
_ANNOUNCE = frozenset({"announce", "unveil", "launch", "release", "publish", "propose", "order", "demand", "pledge",
                       "promise", "offer", "tweet", "post"})
_FACE = frozenset({"face", "risk", "seek", "want", "request"})
_ACHIEVEMENTS = frozenset({"beat", "defeat", "overcome", "stun", "upset", "rout", "thrash", "edge", "win", "clinch",
                           "stop", "foil", "thwart", "save", "rescue", "survive", "escape", "capture", "solve",
                           "break", "overturn", "complete"})
"""Feats whose telling is the story: asked "How Did X …?"."""
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours", "i'm", "we're", "i've", "we've"})


def first_person(word: str) -> bool:
    """A first-person word ("We", "our"), not the country ("US", "U.S.")."""
    w = word.strip(",'’")
    return w not in {"US", "U.S.", "U.S"} and w.lower() in _FIRST_PERSON


_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'll", "you'd"})


def addressed(word: str) -> bool:
    """A first- or second-person word ("I", "our", "you"): a quotation's words or the
    writer's aside to the reader, never a headline's own."""
    return first_person(word) or word.strip(",'’‘?!.").lower().replace("’", "'") in _SECOND_PERSON

# Infinitives that tell what followed, not what was meant: "… 6-3 6-1 to reach the final".
_RESULT_VERBS = frozenset({"reach", "secure", "book", "claim", "win", "seal", "set", "earn", "move", "go", "climb",
                           "take", "finish", "complete", "record", "extend", "keep", "maintain", "become", "remain",
                           "leave", "make", "end", "lift", "clinch", "progress", "advance", "qualify", "join", "send"})
# Verbs whose "over" phrase is a cause ("clashed over pay"), not a place ("felt over the border").
_OVER_VERBS = frozenset({"row", "clash", "protest", "face", "spark", "anger", "split", "fight", "battle", "dispute",
                         "warn", "quit", "resign", "strike", "threaten", "worry", "fear", "rage"})
# Frames whose reported clause is a disclosure worth asking about ("What Did X Admit?").
_DISCLOSURE_FRAMES = frozenset({"admit", "reveal", "announce", "warn", "claim", "insist", "deny", "confirm", "allege", "concede", "predict", "say", "tell"})
_LIGHT_VERBS = frozenset({"have", "get", "make", "take", "give", "be", "do", "find", "see", "put", "keep", "pay", "play"})
_TRAILING = frozenset({"in", "on", "at", "of", "the", "a", "an", "and", "to", "for", "with", "by", "from", "as", "that", "which", "who", "but", "or"})
_LINKS = re.compile(r"\s[-–—]+(?:\s|\?|$)|--|[:;()\[\]]")


def _child(tok: Token, deps: set[str]) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _sub(tok: Token) -> set[int]:
    return {t.i for t in tok.subtree}


def event_clause(span: Span) -> tuple[Token, Token | None]:
    """The event's verb and, for "X said (that) Y", the speech verb framing it."""
    root = span.root
    if root.lemma_ in _SPEECH:
        comp = _child(root, {"ccomp"})
        if comp is not None and comp.pos_ in {"VERB", "AUX"}:
            return comp, root
    return root, None


# Verbs whose subject owns the clause they govern ("Washington believes X").
_OWNING_VERBS = frozenset({"believe", "say", "think", "claim", "insist", "allege", "warn", "argue", "fear", "suggest", "conclude", "find"})
_NEUTRAL_FRAMES = frozenset({"say", "tell", "add", "announce", "state", "report", "confirm"})
# Speakers whose word a headline keeps: a crime, a case or a claim is theirs, not ours.
_POLITICAL = re.compile(
    r"\b(?:minister|president|prime|premier|leader|mp|mps|senator|congressman|congresswoman|secretary|mayor|"
    r"chancellor|governor|candidate|party|labour|tories|tory|conservatives?|democrats?|republicans?|campaign)\b",
    re.I,
)
_OWNERS = re.compile(
    r"\b(?:police|officers?|detectives?|prosecutors?|court|judge|jury|witness(?:es)?|lawyers?|attorneys?|"
    r"family|relatives|sources?|reports?|insiders?|friends?|neighbou?rs?|critics?|campaigners?|rivals?|opponents?)\b",
    re.I,
)
_CONTESTED = frozenset({"allegedly", "reportedly", "suspected", "alleged", "claim", "claims", "claimed", "accused"})


_GENERIC_DETS = frozenset({"every", "most", "all", "any", "each"})


def hook(span: Span) -> bool:
    """A feature lede that sets a scene rather than telling the news, which a headline
    is never made of: a hedged or counterfactual generalisation ("Every country may have
    its Rich Kids of Instagram, but …", "Tindall wouldn't have moved any quicker had he
    …"), a claim about people in general ("Most people give up chocolate for Lent …"), or
    one addressed to the reader ("you would think …")."""
    root = span.root
    aux = {c.lower_ for c in root.children if c.dep_ == "aux"}
    subj = _child(root, {"nsubj", "nsubjpass"})
    generic = subj is not None and (
        subj.lower_ in {"you", "we", "one"}
        or any(c.dep_ in {"det", "amod"} and c.lower_ in _GENERIC_DETS for c in subj.children)
        or subj.lower_ in _GENERIC_DETS
    )
    generic = generic and root.tag_ in {"VBP", "VBZ", "VB"} and not aux & {"has", "have", "had"}  # a truth, not an event
    hedged = bool(aux & {"may", "might", "would", "could"})
    counterfactual = "would" in aux and "have" in aux and root.tag_ == "VBN"
    concessive = any(c.dep_ == "cc" and c.lower_ == "but" for c in root.children)
    # "… on the other side of the country it appears there's no slacking": the writer's aside.
    aside = any(
        t.lemma_ in {"appear", "seem"} and any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in t.children)
        and any(c.dep_ == "ccomp" for c in t.children)
        for t in span
    )
    return counterfactual or generic or (hedged and concessive) or aside


def caption_words(span: Span) -> list[int]:
    """A caption's adjective run into a name at the start ("Shocked Terry Cooper …",
    "Pictured Mila Kunis …"): a capitalised word in "-ed" before a person's name, outside it."""
    first = span[0] if len(span) else None
    if first is None or not first.text.endswith("ed") or not first.is_title or first.ent_type_:
        return []
    nxt = span.doc[first.i + 1] if first.i + 1 < span.end else None
    return [first.i] if nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B" else []


_RECORD_KEEPERS = frozenset({"ministry", "department", "office", "agency", "embassy", "bureau", "statement",
                             "service", "authority", "commission", "report", "data", "figures"})


def droppable_frame(frame: Token, verb: Token) -> bool:
    """A neutral "…, officials said" that a headline may leave out: a neutral verb, a
    speaker who does not own a contested account, and nothing contested in the clause."""
    if frame.lemma_ not in _NEUTRAL_FRAMES or any(c.dep_ == "neg" for c in frame.children):
        return False
    subjects = [c for c in frame.children if c.dep_ in {"nsubj", "nsubjpass"}]
    speaker = " ".join(t.text for c in subjects for t in c.subtree)
    if not speaker or _OWNERS.search(speaker) or speaker.lower() in {"he", "she", "they", "i", "we"}:
        return False
    if any(t.ent_type_ == "PERSON" for c in subjects for t in c.subtree) or _POLITICAL.search(speaker):
        return False  # a person's or a politician's word is theirs ("Labour Left Millions …", said the PM)
    if any(t.ent_type_ in {"ORG", "NORP", "GPE"} for c in subjects for t in c.subtree) and not any(
            c.lemma_.lower() in _RECORD_KEEPERS for c in subjects):
        # A party's word is its own ("Hamas Decides to Stop …" of "a senior Hamas official
        # says"); a ministry's record of a meeting is not a claim.
        return False
    return not any(t.lower_ in _CONTESTED or t.lower_ in {"may", "might", "could", "would"} for t in verb.subtree)


def _time_adjunct(tok: Token) -> bool:
    """A point in time a headline leaves out ("on Friday", "last night", "this week");
    never a duration or interval ("20 years after …", "for three days"), nor a time that is
    what the clause is about ("the day ended with …": the subject)."""
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"} or _name_tail(tok) or _bounds_a_first(tok):
        return False
    sub = list(tok.subtree)
    if tok.lower_ == "ago" and tok.head.dep_ == "ROOT" and any(
            t.lemma_.lower() in {"minute", "hour", "day", "night", "week", "month"} for t in sub):
        return True  # "two days ago": a recent point in time ("five years ago" dates a past, and stays)
    if any(t.like_num and not _day_of_month(t) for t in sub):
        return False
    if all(t.ent_type_ in {"DATE", "TIME"} or t.is_punct or t.lower_ in {"on", "in", "at", "by", "during", "since", "until"} for t in sub):
        return any(t.ent_type_ in {"DATE", "TIME"} for t in sub)
    if tok.dep_ == "advmod" and tok.lower_ in {"later", "earlier"} and all(
            t.lower_ in _TIME_WORDS | {"in", "the", "day"} or t.is_punct for t in sub):
        return True  # "later in the day", "earlier in the week"
    if tok.dep_ == "prep" and tok.lower_ == "in" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"later", "earlier"} \
            and all(t.lower_ in {"in", "the", "day", "morning", "afternoon", "evening", "week", "month", "year"}
                    for t in sub) and len(sub) <= 3:
        return True  # the same, parsed apart: "said later | in the day"
    return tok.dep_ in {"npadvmod", "advmod"} and all(t.lower_ in _TIME_WORDS or t.is_punct for t in sub)


def _day_of_month(t: Token) -> bool:
    """"15" in "March 15" / "15 March", or a year: a date's own number."""
    doc = t.doc
    near = [doc[i] for i in (t.i - 1, t.i + 1) if 0 <= i < len(doc)]
    return bool(re.fullmatch(r"(?:19|20)\d\d", t.text)) or any(month_number(n.text) for n in near)


def _names(idx: Iterable[int], span: Span) -> bool:
    return any(span.doc[i].ent_type_ in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "MONEY", "PERCENT", "CARDINAL"} for i in idx)


_PLACING = frozenset({"put", "place", "set", "leave", "keep", "hold", "lay", "plunge", "throw", "send", "bring",
                      "cast", "tip", "drag", "thrust", "land"})
"""Verbs whose object takes a phrase or a result that completes them: "put the holiday
[on hold]", "left guests [in tears]", "threw the tournament [into chaos]", "left
passengers [stranded]"; without it the verb means something else or nothing."""


_WHERE_PREPS = frozenset({"in", "into", "on", "onto", "at", "under", "behind", "out", "off", "to", "inside", "over"})
"""Where or in what state a placing verb leaves its object ("in tears", "on hold", "into
chaos", "to prison"); never what it was for or with ("left his home [for the first time]")."""
_PERCEIVING = frozenset({"film", "catch", "spot", "photograph", "record", "capture", "see", "watch", "hear", "find",
                         "video", "snap", "tape", "show", "witness", "notice"})
"""Verbs whose object's "-ing" clause is what was seen: "filmed a baggage handler [doing
push-ups]" — without it the headline only says someone was filmed."""


def _placement(verb: Token) -> set[int]:
    """The phrase or result a placing verb's object takes (:data:`_PLACING`): the
    preposition straight after the object with its noun (and the words before the noun),
    or a participle or adjective the parse hung on the object's last noun; or the act a
    verb of seeing caught its object in (:data:`_PERCEIVING`), the "-ing" verb with its
    object (its own trailing phrases may still go)."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return set()
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return set()
    if verb.lemma_.lower() in _PERCEIVING:
        act = next((t for t in obj.subtree if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.i == obj.i
                    and t.i == obj.i + 1), None)
        if act is None:
            return set()
        return {act.i} | {t.i for c in act.children if c.dep_ in {"dobj", "prt", "acomp", "attr"}
                          for t in c.subtree if t.i <= c.i}
    if verb.lemma_.lower() not in _PLACING:
        return set()
    after = obj.right_edge.i + 1
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == after and c.lower_ in _WHERE_PREPS), None)
    if prep is not None and not _time_adjunct(prep):
        pobj = _child(prep, {"pobj"})
        if pobj is not None:
            return {prep.i} | {t.i for t in pobj.subtree if t.i <= pobj.i}
    # "left hundreds of passengers [stranded] at the airport": the parse hangs the result on the noun
    result = next((t for t in obj.subtree if t.dep_ in {"acl", "amod"} and t.i > t.head.i
                   and t.tag_ in {"VBN", "JJ"} and t.i == t.head.i + 1), None)
    return {result.i} if result is not None else set()


_ASKING = frozenset({"call", "appeal", "rely", "count", "depend", "prevail", "wait", "look", "press", "lean"})
"""Verbs whose "on"/"to" phrase names who is asked to act ("call on X to resign")."""
_ROUTE_NAMES = frozenset({"race", "cup", "classic", "marathon", "rally", "railway", "line", "highway", "road", "route",
                          "ride", "walk", "run", "challenge", "series", "trophy", "pipeline", "link", "express", "derby"})
"""The last word of a name made from two places ("the Sydney to Hobart Yacht Race")."""
_NAME_PREPS = frozenset({"on", "upon", "under", "in", "de", "la", "le", "to"})
_SUNDAY_PAPERS = frozenset({"mail", "independent", "express"})


def _name_tail(tok: Token) -> bool:
    """A preposition inside a proper name, with the name's word after it: "The Mail [on
    Sunday]", "Newcastle [upon Tyne]", "Stratford-[upon-Avon]" — never a time or place
    phrase after a name ("Chelsea on Sunday", "Smith in London")."""
    doc = tok.doc
    if tok.lower_ not in _NAME_PREPS or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    # "Stratford-upon-Avon": the tagger splits the hyphens off, so the name's words are two away
    hyphen = doc[tok.i - 1].text == "-" and tok.i >= 2 and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-"
    before, after = (doc[tok.i - 2], doc[tok.i + 2]) if hyphen else (doc[tok.i - 1], doc[tok.i + 1])
    if before.pos_ != "PROPN" or not after.text[:1].isupper() or not before.text[:1].isupper():
        return False
    if after.lower_ == "sunday":
        # "The Mail on Sunday", never "Chelsea on Sunday" nor "England beat Scotland on Sunday"
        return before.lower_ in _SUNDAY_PAPERS and before.i >= 1 and doc[before.i - 1].lower_ == "the"
    if tok.lower_ == "to":
        # "the Melbourne to Hobart Yacht Race": a capitalised run goes on past the place
        run = 0
        while tok.i + 1 + run < len(doc) and doc[tok.i + 1 + run].text[:1].isupper():
            run += 1
        return run >= 2 and doc[tok.i + run].lower_ in _ROUTE_NAMES
    hyphen = hyphen or (not before.whitespace_ and not tok.whitespace_)  # "Stratford-upon-Avon" read apart
    return tok.lower_ == "upon" or (hyphen and after.ent_type_ not in {"DATE", "TIME"})


_SPAN_NOUNS = frozenset({"decade", "decades", "year", "years", "generation", "generations", "century", "centuries",
                         "month", "months", "week", "weeks", "half-century", "lifetime"})
_FIRSTS = frozenset({"first", "only", "biggest", "largest", "highest", "lowest", "worst", "best", "record",
                     "fastest", "longest", "hottest", "coldest", "wettest", "driest"})


def _bounds_a_first(tok: Token) -> bool:
    """A span of time that bounds a "first", "record" or superlative before it ("the first
    new treatment [in a decade]", "the highest level [for 20 years]", "the worst
    since 1990"): without it the claim says ever."""
    if tok.dep_ != "prep" or tok.lower_ not in {"in", "for", "since"}:
        return False
    pobj = _child(tok, {"pobj"})
    if pobj is None or not (pobj.lower_ in _SPAN_NOUNS or (tok.lower_ == "since" and pobj.ent_type_ == "DATE")):
        return False
    # only the phrase it hangs on ("its highest level [for 20 years]"), as cuts.py reads it: never
    # a "last week" or a quantifier "most" elsewhere in the sentence
    head = tok.head
    near = [head, *head.children, *(g for c in head.children if c.dep_ in {"dobj", "attr", "nsubj", "nsubjpass"}
                                    for g in c.children)]
    if head.dep_ in {"dobj", "attr", "nsubj", "nsubjpass", "pobj"}:
        near.append(head.head)

    def superlative(t: Token) -> bool:
        if t.lower_ in {"most", "least", "fewest"}:  # "the most rain", never "Most tenants"
            return t.i > 0 and (t.doc[t.i - 1].lower_ == "the" or t.doc[t.i - 1].tag_ in {"PRP$", "POS"})
        return t.lower_ in _FIRSTS or t.tag_ in {"JJS", "RBS"}

    return any(t.i < tok.i and superlative(t) for t in near)


_OUTLETS = frozenset({"news", "times", "post", "mail", "telegraph", "herald", "guardian", "journal", "tribune",
                      "gazette", "express", "mirror", "independent", "observer", "reuters", "bloomberg", "press",
                      "magazine", "today", "wire", "radio", "tv", "television", "newspaper", "network", "broadcaster",
                      "agency", "bbc", "cnn", "abc", "nbc", "cbs", "afp", "ap", "healthday"})
_STUDY_WORDS = frozenset({"study", "studies", "research", "researchers", "scientists", "survey", "trial", "findings",
                          "experiment", "analysis"})


def _relayed_study(according: Token) -> bool:
    """ "…, according to HealthDay News" where the sentence reports a study: the outlet only
    relayed the finding, and a headline that credits it misattributes the study (the
    finding's own hedge stays). A report of the outlet's own ("according to the Times,
    troops will …") keeps its owner."""
    obj = next((o for p in according.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"), None)
    if obj is None or obj.lower_ not in _OUTLETS or obj.pos_ != "PROPN" and obj.lower_ != "newspaper":
        return False
    if any(t.dep_ == "poss" or t.lower_ in _STUDY_WORDS for t in obj.subtree):
        return False  # "according to a study in the Journal", "the Times' analysis": the study is named
    return any(t.lower_ in _STUDY_WORDS for t in according.sent if t.i not in _sub(according))


def _deletions(span: Span, verb: Token, frame: Token | None) -> tuple[set[int], list[set[int]]]:
    """What always goes from a headline, and what may go (least important first)."""
    always: set[int] = set(caption_words(span))
    optional: list[set[int]] = []
    speaker_detail: list[set[int]] = []
    keep = _sub(frame) if frame is not None else _sub(verb)
    always |= {t.i for t in span if t.i not in keep}  # text outside the clause (a lead-in, a tail)
    if frame is not None:
        # The frame: keep only its subject, verb, negation and modals; the rest goes.
        frame_keep = {frame.i} | {i for c in frame.children if c.dep_ in {"nsubj", "nsubjpass", "aux", "neg"} for i in _sub(c)} | _sub(verb)
        if frame.i > verb.i:
            # "…, NASA says": the comma before a trailing frame stays.
            frame_keep |= {t.i for t in frame.children if t.text == "," and verb.i < t.i < frame.i}
        always |= {t.i for t in frame.subtree if t.i not in frame_keep}
        # The speaker's own long description may go ("says a report highlighting the
        # rise of …" → "Says Report"); never an "of" phrase, which says whose it is.
        speaker_detail = [_sub(t) | _commas(span, _sub(t)) for s in frame.children if s.dep_ in {"nsubj", "nsubjpass"}
                          for t in s.children if (t.dep_ in {"acl", "relcl"} or (t.dep_ == "prep" and t.lower_ != "of"))
                          and not _names(_sub(t), span)]
    for tok in span:
        if _in_part(tok) and _aside(span, _sub(tok)):
            always |= _commas(span, _sub(tok), both=True)  # ", in part," stays, its commas go: "… Met in Part With …"
        if tok.text == "(":
            close = next((t.i for t in span if t.i > tok.i and t.text == ")"), None)
            if close is not None:
                always |= set(range(tok.i, close + 1))
        if tok.dep_ in {"advmod", "cc", "intj"} and tok.i == span.start and tok.lower_ in {"however", "meanwhile", "but", "and", "now", "so", "also", "still", "yet"}:
            always.add(tok.i)
        if (tok.lower_ in {"also", "just", "even", "now", "currently", "too", "still"} and tok.dep_ == "advmod"
                and tok.head.pos_ not in {"ADJ", "ADV"}  # never the "too" of "too fat to fight"
                and all(c.is_punct for c in tok.children)):
            # alone, or it is kept: "more powerful now than at any stage …" keeps its "than …",
            # without which the comparative says nothing
            always.add(tok.i)
        if tok.dep_ == "cc" and tok.head.pos_ in {"NOUN", "PROPN"} and not any(
                ch.dep_ == "conj" for ch in tok.head.children):
            always.add(tok.i)  # an "and" the parse hung on a noun with nothing coordinated: "X and Posts It"
        if tok.dep_ == "mark" and tok.lower_ in {"that", "while", "as"} and (
            tok.head.i == verb.i or (tok.lower_ == "that" and tok.head.head.i == verb.i)
        ):
            always.add(tok.i)  # "that" / "while" before the event clause; "believes that"
    for head in (verb, frame):
        if head is None:
            continue
        for c in head.children:
            if c.i in always:
                continue
            if _time_adjunct(c):
                always |= _sub(c)
            elif (
                c.dep_ in {"advcl", "prep", "npadvmod", "advmod"} and c.i < head.i and c.dep_ != "neg"
                and c.lower_ != "according" and not _inside_verb_group(c, head)
                and not any(m.dep_ == "mark" and m.lower_ in {"if", "unless", "although", "though"} for m in c.children)
            ):
                # a fronted adjunct ("After struggling …, X …"), never an owner or a condition
                # (with both commas when it sits between subject and verb: "The city, along with …, was")
                optional.append(_sub(c) | (_commas(span, _sub(c), both=True) if _aside(span, _sub(c)) else set()))
    for tok in span:
        if tok.i in always:
            continue
        if tok.dep_ == "appos" and _closed(span, _sub(tok)):
            always |= _sub(tok) | _commas(span, _sub(tok), both=True)  # headlines carry no appositives
        elif tok.dep_ == "advcl" and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i != verb.i:
            optional.append(_sub(tok) | _commas(span, _sub(tok)))  # a clause the parse hung on a noun
        elif (
            tok.dep_ in {"relcl", "acl"} and tok.head.i != verb.i and tok.head.pos_ != "PRON"
            and tok.head.lemma_.lower() not in _EMPTY_HEADS and tok.head.dep_ != "conj"
            and not _bare_infinitive(tok) and not _predicate_noun(tok.head) and not _bare_reported_verb(tok)
            and not _gerund_with_subject(tok) and not _offence_of_actor(tok, verb, frame)
        ):
            # (never "someone he believed to be a girl" → "someone")
            optional.append(_sub(tok) | _commas(span, _sub(tok), both=_closed(span, _sub(tok))))
    # A manner or degree adverb inside the verb group ("was [racially] abused", "will
    # [greatly] reduce") goes only at the last: it says what kind of event it was.
    late: list[set[int]] = [{c.i} for v in (verb, frame) if v is not None for c in v.children
                            if _inside_verb_group(c, v) and c.i not in always]
    for tok in span:
        # Time adjuncts of any clause go ("… will present the trophy on Saturday"); so may,
        # at the last, the trailing phrases of a clause inside the subject or object.
        if tok.pos_ in {"VERB", "AUX"} and tok.i not in always and tok.i != verb.i and (frame is None or tok.i != frame.i):
            complement = any(
                c.dep_ in {"attr", "acomp", "xcomp", "ccomp", "oprd"} or (c.dep_ == "dobj" and c.pos_ != "PRON")
                for c in tok.children
            )
            first_prep = next((c for c in tok.children if c.dep_ == "prep" and c.i > tok.i
                               and not _aside(span, _sub(c))), None)  # (never an aside: ", in part,")
            for c in tok.children:
                if first_prep is not None and c.i == first_prep.i and not complement and not _clause_detail(tok, c, verb) \
                        and not (c.lower_ == "with" and c.i > tok.i + 1 and span.doc[c.i - 1].text == ","):
                    continue  # "a towel placed over a face": the participle's argument (", with …" is detail)
                if c.i in always:
                    continue
                if _time_adjunct(c):
                    always |= _sub(c)
                elif c.lower_ == "according":
                    if tok.dep_ == "ccomp" and tok.head.i == verb.i and verb.lemma_ in _OWNING_VERBS:
                        # "Washington believes X, according to a document": the kept
                        # "Washington believes" still owns the claim.
                        late.append(_sub(c) | _commas(span, _sub(c)))
                elif c.dep_ == "prep" and c.i > tok.i and c.i > verb.i and not _in_part(c) and not _particle(c) and (
                        not _names(_sub(c), span) or _cause_place(tok, c, verb)):
                    # (a place in the clause that says what led to the event goes before the
                    # clause: "One Person Dies After Aircraft Crashes [near Mt Gambier …]")
                    optional.append(_sub(c))
    # Phrases hung on a noun of the clause ("the contracts for his fight in Las Vegas in
    # just 10 days"): the last first, unnamed before named; never an "of" phrase, which
    # is usually the noun's argument ("the pursuit of journalists").
    noun_preps = [
        t for t in span
        if t.dep_ == "prep" and t.head.pos_ in {"NOUN", "PROPN"} and t.lower_ not in {"of", "according"}
        and t.i not in always and t.head.i in _sub(verb)
    ]
    noun_preps.sort(key=lambda t: (_names(_sub(t), span), -t.i))
    # (with the commas that set it off: "The city, along with parts of two states, was …")
    late += [_sub(t) | (_commas(span, _sub(t), both=True) if _closed(span, _sub(t)) else set()) for t in noun_preps]
    for t in span:
        # "according to Google's recent parsing of searches" → "according to Google": the
        # owner stays, its report's description goes.
        if t.lower_ == "according" and t.i not in always:
            obj = next((o for p in t.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"), None)
            poss = None if obj is None else next((g for g in obj.children if g.dep_ == "poss"), None)
            if obj is not None and poss is not None and poss.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"}:
                late.append(_sub(obj) - {g.i for g in poss.subtree if g.tag_ != "POS"})
    for t in verb.subtree:
        # A second reported clause ("… it aims to X by 2030 and that by 2050 it hopes to
        # Y"), wherever the parse hung it: detail that goes whole.
        if (t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"} and t.i > verb.i and t.head.i != verb.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in t.children)
                and any(g.dep_ in {"nsubj", "nsubjpass"} for g in t.children)):
            cc = {g.i for g in t.head.children if g.dep_ == "cc" and t.head.i < g.i < t.i}
            late.append(_sub(t) | cc | _commas(span, _sub(t)))
    # (an agent only when it is the bench that gave a verdict: "found guilty … by a special
    # tribunal"; any other "by X" is an actor a headline keeps)
    trailing = [c for c in verb.children if c.i > verb.i and (c.dep_ in {"prep", "advcl"} or (
        c.dep_ == "agent" and any(t.lemma_.lower() in _VERDICT_GIVERS for t in c.subtree)))]
    has_complement = any(
        c.dep_ in {"attr", "acomp", "xcomp", "ccomp", "oprd"} or (c.dep_ == "dobj" and c.pos_ != "PRON" and not (
            c.pos_ == "NOUN" and not list(c.children) and verb.lemma_ in _LIGHT_VERBS))  # ("take part | in talks")
        for c in verb.children
    )
    if not has_complement and trailing and trailing[0].dep_ == "prep":
        # "died of cancer", "talks to media": the verb's argument — never an aside the
        # commas set off ("will have to be met, in part, with geoengineering")
        arg = trailing[0]
        if _aside(span, _sub(arg)):
            arg = next((c for c in trailing[1:] if c.dep_ == "prep" and not _aside(span, _sub(c))), arg)
        if not _in_media(arg, verb):
            trailing = [c for c in trailing if c is not arg]
    acomp = next((c for c in verb.children if c.dep_ == "acomp"), None)
    if acomp is not None:
        # "pleads not guilty to charges of …", "is keen for his side to …": the adjective's argument
        trailing = [c for c in trailing if not (c.dep_ == "prep" and c.i == acomp.right_edge.i + 1)]
    # What the event was for or how it came about goes last ("earns brownie points [with
    # his fans] after calling out a troll": readers struck headlines that kept the fans and
    # lost the troll); then a named phrase after an unnamed one, the last first.
    why = {x.i for x in (_reason(verb), means_of(verb)) if x is not None}
    trailing.sort(key=lambda t: (t.i in why, _names(_sub(t), span), -t.i))
    # A clause nested in a trailing phrase ("after falling into the exhibit after his
    # parents dangled him …"): detail that goes before the phrase that holds it.
    for t in verb.subtree:
        if (t.dep_ == "advcl" and t.head.i != verb.i and t.i > verb.i
                and any((m.dep_ == "mark" or (m.dep_ == "advmod" and m.i == t.left_edge.i))
                        and m.lower_ in {"after", "as", "when", "while", "before", "since"} for m in t.children)):
            optional.append(_sub(t) | _commas(span, _sub(t)))
    for c in trailing:
        if c.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in c.children) or _particle(c):
            continue  # a condition stays; so does a particle ("gets a day [off]")
        if c.dep_ == "advcl" and any(m.lower_ in {"although", "though"} for m in c.children):
            # a concession after the news goes last ("was hospitalized …, though the
            # ailment didn't keep him out for long"): the news stands without it
            late.append(_sub(c) | _commas(span, _sub(c)))
            continue
        if c.lower_ == "according":
            if _relayed_study(c):
                always |= _sub(c) | _commas(span, _sub(c))  # the study owns it, not the outlet that relayed it
            continue  # an owner ("according to a secret document") is never headline detail
        if _in_part(c):
            continue  # "in part": a hedge on how much, never detail
        if _dated_condition(c, verb, frame):
            continue  # "did not suffer [after it broke with them in 1996]": without it a past finding reads as now
        optional.append(_sub(c) | (_commas(span, _sub(c), both=True) if _closed(span, _sub(c)) else set()))
    previous: set[int] | None = None
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}:
            # its own trailing detail goes before it does ("… and Was Kidnapped [by a Man Who
            # Stole the Vehicle]"): the outcome stays when the room allows. Not for a verb with
            # a subject of its own ("and several others were injured"), nor one after a
            # relative clause it may belong to ("a man who was arrested … and has confessed")
            shared = not any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children) and not _after_relative(c)
            completed = any(g.dep_ in {"dobj", "attr", "acomp", "xcomp", "ccomp", "oprd", "auxpass"} for g in c.children)
            argument = next((g.i for g in c.children if g.dep_ == "prep" and g.i > c.i  # (never the "up" of "ended up")
                             and _child(g, {"pobj", "pcomp"}) is not None), None)
            optional += [_sub(g) | _commas(span, _sub(g)) for g in sorted(c.children, key=lambda g: -g.i)
                         if shared and g.i > c.i and (g.dep_ in {"prep", "advcl"} or (g.dep_ == "agent" and not _names(
                             [o.i for o in g.children if o.dep_ == "pobj"], span)))
                         and not _time_adjunct(g) and g.i not in _placement(c)  # (a named agent is an actor)
                         and (completed or g.i != argument)]  # ("and confessed [to planning …]")
            # A second verb often carries the outcome ("was shot and died"): it goes last.
            cc = {t.i for t in verb.children if t.dep_ == "cc" and t.i < c.i}
            step = _sub(c) | cc | _commas(span, _sub(c))
            if not shared and previous is not None:
                # "expressed regret and promised an inquiry into how two were killed and
                # several others were injured": a clause of its own after another verb's
                # belongs to that verb's phrase, and goes with it
                previous |= step
            late.append(step)
            previous = step
    head = _child(frame or verb, {"nsubj", "nsubjpass"})
    if head is not None:
        # A hyphenated description on the subject goes at the last ("The flag-burning
        # father of …", "The 54-year-old mother …"): the actor stays named by the noun.
        for m in head.children:
            words = list(m.subtree)
            if m.dep_ in {"amod", "compound", "npadvmod"} and m.i < head.i and any(t.text == "-" for t in words) \
                    and not any(t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} for t in words):
                late.append({t.i for t in words})
    # A verb form straight after an auxiliary ("is now nursing …") is the clause's verb,
    # whatever the parse hung it on: no deletion takes it.
    carried = {t.i for t in span if t.tag_ in {"VBG", "VBN"} and _after_aux(t, span)}
    # "calling for the envoy to return": a "for X to do Y" clause is what was asked for.
    asked = {t.i for ch in span if ch.dep_ in {"advcl", "acl", "relcl"} and ch.i > verb.i
             and any(g.dep_ in {"nsubj", "nsubjpass"} for g in ch.children) and any(
                 g.dep_ == "mark" and g.lower_ == "for" for g in ch.children) for t in ch.subtree
             if not any(p.dep_ == "prep" and p.i > ch.i and t.i in _sub(p) for p in ch.children)}
    # "crimes [against humanity]", "a campaign [beyond Afghanistan]": the phrase is what the noun means
    # (the preposition and its object's head only: what hangs further on it may still go)
    # (the whole noun phrase may still go: "[and promised an investigation into how …]")
    bound = [(p.head.i if p.head.pos_ == "NOUN" else -1, {p.i, o.i}) for p in span if p.dep_ == "prep"
             and p.lower_ in _RELATIONAL_NOUNS.get(p.head.lemma_.lower(), ())
             for o in p.children if o.dep_ in {"pobj", "pcomp"}]
    # what a placing verb's object takes ("Put Holiday [on Hold]"), a name's own words ("The
    # Mail [on Sunday]") and what bounds a "first" ("[in a Decade]") go only with their head
    held = [(v.i, _placement(v)) for v in span if v.pos_ in {"VERB", "AUX"}]
    held += [(t.head.i, {t.i, t.i + 1}) for t in span if _name_tail(t)]
    held += [(t.head.i, _sub(t)) for t in span if _bounds_a_first(t)]
    # "accepted her mistakes 'contributed' [to the deaths …]": the phrase of a lone participle
    held += [(t.head.head.i, {p.i, *(o.i for o in p.children if o.dep_ == "pobj")}) for t in span
             if _bare_reported_verb(t) for p in [next((u for u in span if u.i > t.i and not u.is_punct), t)]]
    # "call [on Dr Smith] to step down", "appeal [to voters] to stay home": who is asked to act
    held += [(v.i, _sub(p)) for v in span if v.pos_ == "VERB" and v.lemma_.lower() in _ASKING for p in v.children
             if p.dep_ == "prep" and p.lower_ in {"on", "upon", "to"} and p.i > v.i and any(
                 x.dep_ in {"xcomp", "advcl"} and x.i > p.i and any(a.lower_ == "to" and a.dep_ == "aux" for a in x.children)
                 for x in v.children)]
    # a dated condition kept whole ("after it broke ranks [with the Coalition] in 1996")
    dated = {i for c in verb.subtree if c.i > verb.i and c.dep_ in {"advcl", "prep"} and _dated_condition(c, verb, frame)
             for i in _sub(c)}
    steps = [step for step in optional + late + speaker_detail
             if not step & carried and not step & asked and not step & dated
             and not any(idx & step and noun not in step for noun, idx in bound)
             and not _drops_owner(step, span) and not _drops_outcome(step, span)
             and not _drops_role(step, span) and not any(idx & step and h not in step for h, idx in held if idx)]
    return always - carried - asked, steps


_OFFENCES = frozenset({"jail", "imprison", "detain", "prosecute", "convict", "sentence", "charge", "accuse", "arrest",
                       "suspect", "steal", "murder", "kill", "rape", "assault", "abuse", "rob", "defraud", "embezzle",
                       "stab", "shoot", "attack", "kidnap", "smuggle", "bribe", "guilty", "fraud", "theft", "murderer",
                       "killer", "thief", "fraudster", "rapist", "paedophile", "pedophile", "allegedly", "allege",
                       "deny"})
"""What a person was accused or convicted of, or did to be: "the manager [jailed for
stealing from customers]" is the story, not detail of who the manager is."""


def _offence_of_actor(clause: Token, verb: Token, frame: Token | None) -> bool:
    """A relative or participle clause on the headline's subject that tells a crime or an
    accusation ("A bank manager who was jailed for stealing … will have to pay back every
    penny"): cut, the headline hides why the person is news ("Bank Manager Must Pay Back
    Every Penny"), so it is kept, or the sentence heads no page whole."""
    subj = clause.head
    if subj.dep_ not in {"nsubj", "nsubjpass"} or subj.head.i not in {verb.i, *(() if frame is None else (frame.i,))}:
        return False
    if any(t.lemma_.lower() in _OFFENCES for t in verb.subtree if t.i not in _sub(subj)):
        return False  # the main clause tells the case itself ("Suspect … Detained and Charged with …")
    return any(t.lemma_.lower() in _OFFENCES for t in clause.subtree)


_PEG_WORDS = frozenset({"record", "low", "high", "lows", "highs", "toll"})


def _pegs(step: set[int], span: Span) -> int:
    """How many figures a deleted phrase holds that the news may turn on: a count, an
    amount or a share ("more than 220 people", "to a 40-year low of 1.75 per cent"), a
    superlative or a record; never a date, a time or a year."""
    doc = span.doc
    named = {i for e in doc.ents if e.label_ not in {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"} for i in range(e.start, e.end)}
    # (a duration is a figure: "[82 hours] after the earthquake", "a [40-year] low")
    named -= {t.i for t in doc if t.like_num and t.dep_ == "nummod" and t.head.lemma_.lower() in _SPANS_OF_TIME}
    return sum(1 for i in step if i not in named and (
        doc[i].like_num and not re.fullmatch(r"(?:19|20)\d\d", doc[i].text)
        or doc[i].ent_type_ in {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"} and doc[i].pos_ == "NUM"
        or doc[i].tag_ in {"JJS", "RBS"} and doc[i].lower_ not in {"most", "least", "best"}
        or doc[i].lower_ in _PEG_WORDS and doc[i].pos_ == "NOUN"))


def _inside_verb_group(adv: Token, verb: Token) -> bool:
    """A manner adverb inside the verb group ("was [racially] abused", "has [openly]
    clashed"), not an adjunct fronted before the subject: it says what kind of event it
    was, and stays."""
    return adv.dep_ == "advmod" and adv.pos_ == "ADV" and adv.lower_.endswith("ly") and adv.i < verb.i \
        and not list(adv.children) and any(a.dep_ in {"aux", "auxpass"} and a.i < adv.i for a in verb.children)


def _in_media(prep: Token, verb: Token) -> bool:
    """ "were executed [in a shocking new video]", "was shown [on CCTV]": where a passive
    event was seen, never what completes the verb (as "died [of cancer]" does)."""
    return (prep.lower_ in {"in", "on"} and any(c.dep_ == "auxpass" for c in verb.children)
            and any(o.dep_ == "pobj" and o.lemma_.lower() in _MEDIA_NOUNS for o in prep.children))


def _bare_reported_verb(tok: Token) -> bool:
    """A lone participle the parse hung on a noun while its phrase went to the verb before
    ("accepted her mistakes ['contributed'] to the deaths"): the reported clause's own verb,
    never detail ("Accepts Her Mistakes to Deaths" says nothing)."""
    if tok.dep_ != "acl" or tok.tag_ not in {"VBD", "VBN"} or any(not c.is_punct for c in tok.children):
        return False
    nxt = next((t for t in tok.doc[tok.i + 1:tok.sent.end] if not t.is_punct), None)
    return nxt is not None and nxt.dep_ == "prep" and nxt.head.i == tok.head.head.i and tok.head.head.pos_ == "VERB"


def _drops_outcome(step: set[int], span: Span) -> bool:
    """Whether the deletion takes a "before" clause from the verb it keeps ("Filmed
    Sailing Down a Slope [before he lost his balance and fell]", "Was Gang-Raped [Before
    Being Murdered]"): what happened next, to someone, is often the news, and without it
    a crash reads as a clip. ("before Christmas", a time, is no clause; "before travelling
    back to London", the actor's own next errand, may go.)"""
    doc = span.doc
    for i in step:
        b = doc[i]
        if b.lower_ != "before":
            continue
        if b.dep_ == "mark" and b.head.pos_ in {"VERB", "AUX"} and b.head.head.i not in step and any(
                ch.dep_ in {"nsubj", "nsubjpass"} for ch in b.head.children):
            return True
        if b.dep_ == "prep" and b.head.i not in step and any(
                ch.dep_ == "pcomp" and any(g.dep_ == "auxpass" for g in ch.children) for ch in b.children):
            return True
    return False


def _describes_object(step: set[int], verb: Token) -> bool:
    """Whether ``step`` is one phrase that says which or what the verb's object is: hung
    on the object ("a kite [measuring 6,000 metres]", "a bill [to ban …]"), or a participle
    the parse hung on the verb straight after the object ("took a kite [measuring …]")."""
    doc = verb.doc
    tops = [doc[i] for i in step if doc[i].head.i not in step and not doc[i].is_punct]
    obj = _child(verb, {"dobj"})
    if len(tops) != 1 or obj is None or any(
            doc[i].ent_type_ in {"DATE", "TIME"} or doc[i].lower_ in _TIME_WORDS for i in step):
        return False  # (never a time: "Hosts Media Visit [on Thursday]")
    top = tops[0]
    if top.dep_ == "prep" and any(doc[i].ent_type_ in {"GPE", "LOC", "FAC"} for i in step):
        return False  # (nor a place: "[at His Yard in Kildare]")
    if top.head.i == obj.i:
        return top.dep_ in {"acl", "relcl", "prep"}
    return top.head.i == verb.i and top.dep_ in {"advcl", "acl"} and top.tag_ == "VBG" \
        and top.left_edge.i == obj.right_edge.i + 1


_GERUND_PREPS = frozenset({"for", "without", "despite", "against", "over"})


def _gerund_with_subject(tok: Token) -> bool:
    """"in exchange for prosecutors [dropping the charges]", "despite officials [warning …]":
    the parse hangs the gerund on its own subject, but the gerund is what the preposition
    governs; cut, the phrase says another thing ("… in Exchange for Prosecutors")."""
    noun = tok.head
    return (tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.i == noun.i + 1
            and noun.dep_ == "pobj" and noun.head.lower_ in _GERUND_PREPS)


def _predicate_noun(noun: Token) -> bool:
    """What the subject is said to be ("confirmed as [the athlete who will present …]",
    "is [the man who …]"): its relative clause is what it says, never detail."""
    return noun.dep_ in {"attr", "oprd"} or (noun.dep_ == "pobj" and noun.head.lower_ == "as"
                                             and noun.head.head.pos_ in {"VERB", "AUX"})


def _dated_condition(c: Token, verb: Token, frame: Token | None) -> bool:
    """A trailing "after/since/before/until/when …" phrase that bounds a negated finding
    ("did not turn to X [after she lost her job]") or dates a reported one by a year
    ("says the party suffered after it broke ranks in 1996 and 1998"): without it the
    negation or the finding covers all time, which a headline never says."""
    marks = [c, *(m for m in c.children if m.dep_ in {"mark", "advmod"})]
    if not any(m.lower_ in _WHEN_WORDS for m in marks):
        return False
    if any(ch.dep_ == "neg" or ch.lower_ in {"never", "not", "n't"} for ch in verb.children):
        return True
    return frame is not None and any(
        t.ent_type_ == "DATE" and re.fullmatch(r"(?:1[89]|20)\d\ds?", t.text) for t in c.subtree)


_VERDICT_GIVERS = frozenset({"court", "tribunal", "jury", "judge", "magistrate", "panel", "coroner"})
_RELATIONAL_NOUNS: dict[str, frozenset[str]] = {
    "crime": frozenset({"against"}), "war": frozenset({"on", "against"}), "campaign": frozenset({"against", "beyond"}),
    "ban": frozenset({"on"}), "sanction": frozenset({"on", "against"}), "embargo": frozenset({"on", "against"}),
    "offensive": frozenset({"against"}), "crackdown": frozenset({"on"}), "boycott": frozenset({"of"}),
    "connection": frozenset({"with", "to"}), "relation": frozenset({"to"}),  # ("Charged in Connection [With …]")
    "exchange": frozenset({"for"}), "return": frozenset({"for"}), "response": frozenset({"to"}),  # ("in Exchange")
    # ("Conduct What They Believe Is Successful Research [Into Using Embryo Cells …]")
    **dict.fromkeys(("research", "inquiry", "investigation", "probe"), frozenset({"into"})),
}
"""Nouns whose phrase says what they are ("crimes against humanity", "a campaign beyond
Afghanistan", "a ban on …"): a headline never cuts it."""


_PHRASAL_MOTION = frozenset({"go", "come", "get", "turn", "run", "head", "move", "fall", "set", "embark"})
"""Verbs whose first phrase is what they say ("went [on a rampage]", "turned [to crime]"):
without it the clause says nothing ("Gunman Dies After He Went")."""


def _clause_detail(tok: Token, prep: Token, verb: Token) -> bool:
    """A phrase of a full clause hung on the event (its own subject: "calls for pilots to be
    trained [on the risks …]"), not a participle's argument ("placed over a face"); never a
    date or a figure, nor the phrase of an idiom ("made it [through …]")."""
    return (tok.dep_ == "advcl" and tok.head.i == verb.i and _child(tok, {"nsubj", "nsubjpass"}) is not None
            and not any(ch.dep_ == "dobj" and ch.pos_ == "PRON" for ch in tok.children)
            and tok.lemma_.lower() not in _PHRASAL_MOTION  # ("after he went [on a rampage]": what he did)
            and not any(t.ent_type_ in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"} for t in prep.subtree))


def _cause_place(tok: Token, prep: Token, verb: Token) -> bool:
    """Where it happened, in the clause that says what led to the event ("dies after an
    aircraft crashed [near Mt Gambier …]"): a :func:`_clause_detail` of an "after" or
    "because" clause, which goes before the clause does."""
    return _clause_detail(tok, prep, verb) and any(
        m.dep_ == "mark" and m.lower_ in {"after", "because"} for m in tok.children)


def _drops_role(step: set[int], span: Span) -> bool:
    """Whether the deletion takes the phrase a kept verb needs ("take every game as a
    final", "warning of a new ransomware", "brought rhetoric to the witness stand"):
    without it the verb says something else."""
    return any(
        span.doc[i].dep_ == "prep" and needs_prep(span.doc[i]) and span.doc[i].head.i not in step
        for i in step
    )


def _drops_owner(step: set[int], span: Span) -> bool:
    """Whether the deletion takes the owner of words it leaves ("who claims the actress"
    gone, "'stole her pet chicken'" kept): a claim or speech verb goes only with everything
    after it."""
    owners = [i for i in step if span.doc[i].lemma_ in _OWNER_VERBS]
    if owners:
        rest = [t.i for t in span if t.i > min(owners) and not t.is_punct]
        return not set(rest) <= step
    # A kept relative "who claims …" keeps what it claims, however the parse hung it.
    kept_owners = [t for t in span if t.lemma_ in _OWNER_VERBS and t.dep_ in {"relcl", "acl"} and t.i not in step]
    if not kept_owners:
        return False
    first = min(kept_owners, key=lambda t: t.i)
    # (never past the verb of the subject it describes: "Three men accused of being agents
    # … have been executed [in a video]" — the video is no part of the accusation)
    subj = next((a for a in (first, *first.ancestors) if a.dep_ in {"nsubj", "nsubjpass"}), None)
    bound = subj.head.i if subj is not None and subj.right_edge.i < subj.head.i else None
    return any(i > first.i and (bound is None or i < bound) for i in step)


_OWNER_VERBS = frozenset({"claim", "allege", "accuse", "insist", "say", "tell", "report", "suggest", "argue", "deny"})


def _after_aux(tok: Token, span: Span) -> bool:
    """ "is now nursing" where the parse hung "is" on another verb: the auxiliary's own
    verb, lost by the parse (when "is" is this verb's own auxiliary, the parse is right
    and the verb's clause may go whole, "… and is putting Guzan under pressure")."""
    i = tok.i - 1
    while i >= span.start and span.doc[i].pos_ == "ADV":
        i -= 1
    prev = span.doc[i] if i >= span.start else None
    return (prev is not None and prev.lower_ in {"is", "are", "was", "were", "has", "have", "had", "been", "be"}
            and prev.head.i != tok.i)


def _subject_trims(span: Span, subj: Token) -> list[set[int]]:
    """Last resorts for a long subject: the role words before a person's name ("Indian
    Air Force chief Air Marshal A.P. Singh" → "Air Marshal A.P. Singh"), then a
    possessive pronoun before the object ("Meets His Counterpart" → "Meets Counterpart")."""
    out: list[set[int]] = []
    person = [t for t in subj.subtree if t.ent_type_ == "PERSON"]
    if person:
        start = min(t.i for t in person)
        # Keep a title directly before the name ("Air Marshal"): capitalised words.
        while start - 1 >= subj.left_edge.i and span.doc[start - 1].text[:1].isupper() and span.doc[start - 1].pos_ == "PROPN":
            start -= 1
        lead = {t.i for t in subj.subtree if t.i < start}
        if any(span.doc[i].ent_type_ == "PERSON" or span.doc[i].tag_ == "POS" for i in lead):
            return out  # "Manny Pacquiao's promoter Bob Arum": "his fight" needs Pacquiao
        if lead and len(lead) < len(list(subj.subtree)) - 1:
            out.append(lead)
    # "A United Nations panel [of judges] has found …": the members a body is made of,
    # a bare plural, say nothing the body's name does not
    members = next((p for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                    and subj.lemma_.lower() in _BODIES), None)
    held = None if members is None else _child(members, {"pobj"})
    if members is not None and held is not None and held.tag_ == "NNS" and not held.ent_type_ \
            and all(c.dep_ == "prep" and c.i > held.i for c in held.children):
        out.append(_sub(members))  # (with a place hung on the members: "[of judges in East Timor]")
    return out


_BODIES = frozenset({"panel", "team", "group", "board", "committee", "jury", "delegation", "contingent",
                     "coalition", "consortium", "council", "commission", "tribunal"})


_CHOSEN = frozenset({"confirm", "name", "announce", "reveal", "unveil", "choose", "select", "appoint", "pick"})
_CHOSEN_AS = frozenset({"man", "woman", "person", "one", "player", "star", "figure", "celebrity", "guest"})


def _future_role(verb: Token) -> tuple[set[int], Token] | None:
    """ "has been confirmed as the man who will present …": the words to leave out and the
    relative clause's verb, written "to present" ("Ian Wright to Present …"), as headlines
    say a future act; only a passive of choosing, a bare "the man/woman/person" and a
    plain "who will" clause (never "who will not", "who may")."""
    if verb.lemma_.lower() not in _CHOSEN or not any(c.dep_ == "auxpass" for c in verb.children) \
            or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    noun = _child(as_, {"pobj"}) if as_ is not None else None
    if as_ is None or noun is None or noun.lemma_.lower() not in _CHOSEN_AS \
            or any(c.dep_ not in {"det", "relcl"} or c.dep_ == "det" and c.lower_ != "the" for c in noun.children):
        return None
    act = next((c for c in noun.children if c.dep_ == "relcl"), None)
    if act is None or act.pos_ != "VERB" or act.tag_ != "VB":
        return None
    who = _child(act, {"nsubj"})
    auxes = [c for c in act.children if c.dep_ in {"aux", "neg"}]
    if who is None or who.lower_ not in {"who", "that"} or [a.lower_ for a in auxes] != ["will"]:
        return None
    gone = {c.i for c in verb.children if c.dep_ in {"aux", "auxpass"}} | {verb.i, as_.i, noun.i, who.i, auxes[0].i}
    gone |= {c.i for c in noun.children if c.dep_ == "det"}
    return gone, act


def _speaker_trims(span: Span, subj: Token) -> list[set[int]]:
    """A frame's speaker named by surname, as a headline names a person ("The Foreign
    Minister, Alexander Downer, says" → "Downer Says", "Federal Labor MP Carmen Lawrence"
    → "Lawrence"): the one person's name is the whole subject but for titles, first names
    and the appositive's commas. Never a second person or actor ("Solomon Lew and Lindsay
    Fox"), an owner ("Pacquiao's promoter Bob Arum"), a phrase or clause on the subject
    ("a rafter who raised the alarm", "of Maryland"), nor a name the story spells once as
    one word (no surname to keep)."""
    if subj.dep_ != "nsubj":
        return []  # ("bin Laden is said to be …": the one spoken of, not the speaker)
    tree = list(subj.subtree)
    people = [t for t in tree if t.ent_type_ == "PERSON"]
    if not people and subj.pos_ == "NOUN" and subj.lemma_.lower() in _ROLES:
        # "A senior Hamas official says" → "Hamas Official Says": the title alone, its rank
        # words first ("former", "acting", "deputy" say which one and stay)
        rank = [m for m in subj.children if m.dep_ == "amod" and m.tag_ == "JJ" and m.i < subj.i
                and m.lower_ not in _KEPT_ADJECTIVES and not m.ent_type_ and not list(m.children)]
        return [{m.i for m in rank}] if rank else []
    if not people and subj.pos_ == "PROPN":
        # "Federal Labor MP Carmen Lawrence" read as an organisation: the capitalised words
        # after the role noun are the name
        roles = [t for t in tree if t.i < subj.i and t.lower_ in _ROLES]
        if roles:
            people = [t for t in tree if roles[-1].i < t.i <= subj.i]
            if len(people) < 2 or any(t.pos_ != "PROPN" or not t.text[:1].isupper() for t in people):
                return []
    if not people or any(t.ent_iob_ == "B" for t in people[1:]) or people[-1].i - people[0].i + 1 != len(people):
        return []  # (no name, or two)
    last = people[-1]
    if last.pos_ != "PROPN" or len(people) < 2 and last.i == subj.left_edge.i or not last.is_alpha or len(last.text) < 2 \
            or any(not t.text[:1].isupper() for t in people):
        return []  # (never "bin Laden" → "Laden")
    rest = [t for t in tree if t.i != last.i]
    # "Secretary [of State] Colin Powell", "The Chief [of the Army], …": a phrase of the title
    titled = {u.i for t in rest if t.dep_ == "prep" and t.lower_ in {"of", "for"} and t.right_edge.i < people[0].i
              and not any(u.ent_type_ == "PERSON" or u.tag_ == "POS" for u in t.subtree) for u in t.subtree}
    if any(t.i not in titled and (t.dep_ in {"conj", "cc", "poss", "prep", "relcl", "acl", "case"} or t.tag_ == "POS"
           or t.pos_ in {"VERB", "AUX", "NUM", "PRON"}) or t.text in {"(", ")", "-", "--"} and t.i > last.i
           for t in rest):
        return []
    if span.doc[last.i + 1:].text.split()[:1] == ["'s"] or last.i + 1 < len(span.doc) and span.doc[last.i + 1].tag_ == "POS":
        return []
    if not rest:
        return []
    return [{t.i for t in rest}]


_KEPT_ADJECTIVES = frozenset(
    {"last", "first", "next", "only", "same", "other", "former", "ex", "acting", "deputy", "late", "own", "such",
     "alleged", "suspected", "accused", "proposed", "possible", "potential", "fake", "false", "so-called", "would-be",
     "interim", "previous", "final", "second", "third", "dead", "missing", "unnamed", "single", "whole", "entire"})
"""Adjectives an SEO title keeps: they say which one or what it is, not how it looks."""


_ACTORS = frozenset({"schoolgirl", "schoolboy", "bowler", "batsman", "striker", "defender", "midfielder", "goalkeeper",
                     "star", "boss", "presenter", "writer", "author", "artist", "musician", "rapper", "model",
                     "politician", "activist", "suspect", "victim", "survivor", "teacher", "journalist", "reporter",
                     "businessman", "businesswoman", "billionaire", "millionaire", "athlete", "golfer", "cyclist",
                     "boxer", "jockey", "trainer", "guard", "agent", "nun", "priest", "bishop", "preacher", "cleric"})


def _describes_someone(noun: Token) -> bool:
    """A noun for a person or a role ("schoolgirl", "governor", "bowler"): an adjective on
    it describes the actor ("[Runaway] Schoolgirl", "[Provincial] Governor"), where on any
    other noun it may be what the noun means ("Legal Abortion", "Tough Times", "Industrial
    Action")."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _PEOPLE | _ROLES | _ACTORS


def _modifier_trims(span: Span, top: Token) -> list[set[int]]:
    """An SEO title's last resorts, each word whole: a possessive pronoun before a noun
    ("Taking [His] Daughter"), then the adjectives that describe a person, the last
    first ("Father of [Runaway] Schoolgirl", "[Provincial] Governor"; never a noun's
    compound, "Brownie Points", nor an adjective that says which or what it is, "Last
    Time", "Former Minister", nor one on a thing, "Tough Times"), then a person's first name ("[Gordon] Brown Warns …",
    as headlines name a person a second time)."""
    nouns = [t for t in top.subtree if t.pos_ in {"NOUN", "PROPN"}]
    poss = [{m.i} for n in nouns for m in n.children if m.dep_ == "poss" and m.tag_ == "PRP$"]
    mods = [
        {t.i for t in m.subtree}
        for n in nouns for m in n.children
        if m.dep_ == "amod" and m.pos_ == "ADJ" and m.tag_ == "JJ" and m.i < n.i and n.ent_type_ != "PERSON"
        and m.lower_ not in _KEPT_ADJECTIVES and _describes_someone(n)
        and not any(t.ent_type_ or t.like_num or t.tag_ == "POS" or t.pos_ == "PROPN" or "-" in t.text
                    for t in m.subtree)
    ]
    return poss + sorted(mods, key=lambda m: -min(m)) + _given_names(span, top)


def _given_names(span: Span, top: Token) -> list[set[int]]:
    """A person's first name before the surname ("[Gordon] Brown Warns …", "Reminds
    [Raheem] Sterling"), as headlines name a person a second time; never where the
    surname is written twice (two Jordans left as one)."""
    nouns = [t for t in top.subtree if t.pos_ in {"NOUN", "PROPN"}]
    return [{t.i} for n in nouns for t in n.lefts if t.dep_ == "compound" and t.ent_type_ == "PERSON"
            and n.ent_type_ == "PERSON" and t.ent_iob_ == "B" and t.i + 1 == n.i
            and sum(1 for u in span if u.text == n.text) == 1]


def _closed(span: Span, idx: set[int]) -> bool:
    """Set off on both sides, and what follows the closing comma is not more of it
    ("James Boase, landlord of the pub in Broadhempston, Devon had …": "Devon" is)."""
    lo, hi = min(idx), max(idx)
    doc = span.doc
    if not (lo - 1 >= span.start and doc[lo - 1].text in {",", "—", "–"} and hi + 1 < span.end
            and doc[hi + 1].text in {",", "—", "–", "."}):
        return False
    nxt = doc[hi + 2] if hi + 2 < span.end else None
    return nxt is None or doc[hi + 1].text == "." or nxt.pos_ != "PROPN"


def _in_part(tok: Token) -> bool:
    """"in part": a hedge on how much is true, which a headline keeps."""
    return tok.dep_ == "prep" and any(o.dep_ == "pobj" and o.lower_ == "part" for o in tok.children)


def _aside(span: Span, idx: set[int]) -> bool:
    """Set off by commas or dashes on both sides inside the sentence (", in part,")."""
    lo, hi = min(idx), max(idx)
    marks = {",", "—", "–"}
    return lo - 1 >= span.start and hi + 1 < span.end and span.doc[lo - 1].text in marks \
        and span.doc[hi + 1].text in marks


def _commas(span: Span, idx: set[int], *, both: bool = False) -> set[int]:
    """The comma (or dash) that set off a deleted run; ``both`` for a closed appositive."""
    lo, hi = min(idx), max(idx)
    doc = span.doc
    out = set()
    if lo - 1 >= span.start and doc[lo - 1].text in {",", "—", "–"}:
        out.add(lo - 1)
    if hi + 1 < span.end and doc[hi + 1].text in {",", "—", "–"} and (both or not out):
        out.add(hi + 1)
    return out


def _plural(subj: Token | None) -> bool:
    if subj is None:
        return False
    if any(c.dep_ == "conj" for c in subj.children):
        return True
    if subj.lower_ in {"most", "many", "some", "all", "both", "several", "few", "half"}:
        # "Most of the fires are …": the count takes the number of what it counts
        of = next((o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"), None)
        if of is not None:
            return _plural(of)
    return subj.tag_ in {"NNS", "NNPS"} or subj.lower_ in {"they", "we", "police"}


def present_form(verb: Token) -> str | None:
    """The headline-tense form of a past ``verb`` with no auxiliary ("announced" →
    "Announces"), by the same rules as every headline (:func:`_present`); None when they
    keep it (a past state, "was strong under Thatcher")."""
    return _present(verb, set()).get(verb.i)


def _inflect(lemma: str, tag: str) -> str:
    """The form of ``lemma`` for Penn ``tag`` (a headline's "be" is "is"/"are", never "am")."""
    if lemma == "be" and tag in {"VBZ", "VBP"}:
        return "is" if tag == "VBZ" else "are"
    forms = getInflection(lemma, tag=tag)
    return forms[0] if forms else lemma


_COLLECTIVES = frozenset({"family", "couple", "pair", "duo", "trio", "team", "squad", "side", "crew", "band", "group",
                          "staff", "crowd", "jury", "panel", "board", "committee", "club", "public", "council",
                          "government", "cabinet", "party", "union", "management"})
"""Nouns for a body of people, which British copy may treat as plural ("the family have paid
tribute to their …")."""


def _collective_plural(subj: Token | None, verb: Token) -> bool:
    """Whether the story's own verb treats a singular collective subject as plural ("The
    family have paid tribute", "The team were …"): a headline keeps the plural."""
    if subj is None or subj.tag_ != "NN" or subj.lemma_.lower() not in _COLLECTIVES:
        return False
    aux = [a.lower_ for a in verb.children if a.dep_ in {"aux", "auxpass"} and a.i < verb.i]
    if aux:
        return aux[0] in {"have", "are", "were"}
    return verb.tag_ == "VBP"


def their_collective(subj: Token | None, verb: Token) -> int | None:
    """The "their" by which a bare past refers back to its singular collective subject
    ("The family paid tribute to their 'bubbly tomboy'"), in the verb's own object or
    phrase; None when there is none, or another plural noun it could mean comes first.
    A headline that keeps it keeps the plural verb ("Family Pay Tribute to Their …"),
    never "Family Pays … Their"."""
    if subj is None or subj.tag_ != "NN" or subj.lemma_.lower() not in _COLLECTIVES or verb.tag_ != "VBD" \
            or any(a.dep_ in {"aux", "auxpass"} for a in verb.children):
        return None
    own = _sub(subj)
    for t in verb.subtree:
        if t.i in own or t.i < verb.i:
            continue
        if t.tag_ in {"NNS", "NNPS"} or t.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "conj" for c in t.children):
            return None  # ("… tended to the victims and their …": theirs, maybe)
        if t.lower_ == "their" and t.dep_ == "poss" and all(
                a.dep_ in {"dobj", "pobj", "prep", "dative", "attr"} for a in t.ancestors
                if a.i != verb.i and verb.i in {x.i for x in a.ancestors}):
            return t.i
    return None


def _present(verb: Token, drop: set[int]) -> dict[int, str]:
    """Rewrites that put the clause's verb group in headline tense (past → present)."""
    subj = _child(verb, {"nsubj", "nsubjpass", "expl"})
    third = "VBP" if _plural(subj) or _collective_plural(subj, verb) else "VBZ"
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    words = {a.lower_ for a in aux}
    out: dict[int, str] = {}
    modal = words & {"can", "could", "may", "might", "must", "should", "would", "shall", "ought"}
    if modal:
        return out  # a hedge keeps its exact form
    if "will" in words or "'ll" in words:
        if any(c.dep_ == "neg" for c in verb.children):
            return out  # "Life Will Never Be the Same": never "to Never Be", "to Not Play"
        obliged = _obliged(verb, aux)
        if obliged is not None:
            # "will have to pay back every penny" → "Must Pay Back Every Penny", never "to Have to Pay"
            for a in aux:
                out[a.i] = ""
            out[verb.i] = "must"
            drop.add(obliged)
            return out
        for a in aux:
            if a.lower_ in {"will", "'ll"}:
                out[a.i] = "to"
            elif a.lower_ == "be" and verb.tag_ == "VBN":
                out[a.i] = "be"
        for conj in verb.children:
            # "to Come Off Its Orbit and [Will] Begin …": the second verb shares the "to"
            if conj.dep_ == "conj" and not any(ch.dep_ in {"nsubj", "nsubjpass"} for ch in conj.children):
                for a in conj.children:
                    if a.dep_ == "aux" and a.i < conj.i and a.lower_ in {"will", "'ll"}:
                        drop.add(a.i)
        return out
    neg = any(c.dep_ == "neg" for c in verb.children)
    passive = any(a.dep_ == "auxpass" for a in aux)
    if passive:
        for a in aux:
            drop.add(a.i)  # "was hospitalised" → "Hospitalised", "has been charged" → "Charged"
        if not neg:
            out.update(_conj_present(verb, third, drop, passive=True))
        return out
    if verb.tag_ == "VBG" and aux:
        # "is investigating" / "were driving" → "Investigates" / "Drive(s)"
        for a in aux:
            drop.add(a.i)
        if not neg:
            out[verb.i] = _inflect(verb.lemma_, third)
        return out
    if verb.tag_ == "VBN" and words & {"has", "have", "had"}:
        if any(c.dep_ == "neg" and c.lower_ != "not" and c.lower_ != "n't" for c in verb.children):
            return out  # "Have Never Charged": a perfect with "never" keeps its form (never "Do Never Charge")
        for a in aux:
            if a.lower_ in {"has", "have", "had"}:
                if neg:
                    out[a.i] = "does" if third == "VBZ" else "do"
                    out[verb.i] = verb.lemma_
                else:
                    drop.add(a.i)
                    out[verb.i] = _inflect(verb.lemma_, third)
        if not neg:
            out.update(_conj_present(verb, third, drop, passive=False))
        return out
    if verb.tag_ == "VBD":
        if verb.lemma_ != "be":
            out[verb.i] = _inflect(verb.lemma_, third)
            for a in aux:
                if a.lower_ in {"has", "have", "had"}:
                    drop.add(a.i)  # a participle the tagger read as a past: "have walked" → "Walk", never "Have Walk"
            out.update(_conj_present(verb, third, drop, passive=False))
        elif not neg:
            out.update(_copula_present(verb, third))
        # A past state stays past: "was strong under Thatcher" is not "Is Strong".
        return out
    for a in aux:
        if a.lower_ == "did":
            out[a.i] = "does" if third == "VBZ" else "do"
        elif a.lower_ in {"was", "were"}:
            out[a.i] = "are" if third == "VBP" else "is"
    return out


def _obliged(verb: Token, aux: list[Token]) -> int | None:
    """The "to" of a plain "will have to …" (the verb "have" with only "will" before it and
    an infinitive after it), which a headline writes "Must …"; None for any other verb group."""
    if verb.lemma_ != "have" or [a.lower_ for a in aux] not in (["will"], ["'ll"]) \
            or any(c.dep_ in {"dobj", "neg"} for c in verb.children):
        return None
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i > verb.i), None)
    to = None if act is None else next((a for a in act.children if a.dep_ == "aux" and a.lower_ == "to"), None)
    return None if to is None or to.i != verb.i + 1 else to.i


def _copula_present(verb: Token, third: str) -> dict[int, str]:
    """A past "was"/"were" in headline tense where the headline may put it: a participle
    the parse made its adjective is a passive ("was reportedly gang-raped" → "Reportedly
    Gang-Raped"); a state of the moment — "back", or dated to a point in time ("was full
    of children on Wednesday") — is told in the present ("Is Back at Augusta"). Any other
    past state stays past ("was strong under Thatcher"); :func:`past_state` says so."""
    acomp = _child(verb, {"acomp"})
    if acomp is not None and acomp.tag_ == "VBN" and acomp.i > verb.i:
        return {verb.i: ""}  # (written as nothing: its words still hang on it)
    if _moment(verb):
        return {verb.i: "are" if third == "VBP" else "is"}
    return {}


def _moment(verb: Token) -> bool:
    """Whether a past "be" tells a state of the news's moment: "was back at Augusta",
    "was full of children on Wednesday afternoon" (a point in time on the verb itself)."""
    return any(c.dep_ in {"advmod", "prt"} and c.lower_ == "back" for c in verb.children) or any(
        _time_adjunct(c) and c.i > verb.i and not any(t.lower_ in {"ago", "until", "since", "when", "while"}
                                                      for t in c.subtree)
        and any(t.lower_ in _DAY_POINTS for t in c.subtree) for c in verb.children)


_DAY_POINTS = frozenset(WEEKDAYS) | {"today", "tonight", "yesterday", "morning", "afternoon", "evening", "night",
                                     "weekend"}
"""The words of a point in the news's own days: "was full … on Wednesday afternoon" is the
moment's state; "was a leader … in 2008" (a year, a month, a season) a state that was."""


def past_state(verb: Token, rewrite: dict[int, str], drop: set[int]) -> bool:
    """A past "be" with no auxiliary kept as the headline's own verb ("Paul Casey Was at
    Home in Arizona"): a past state a headline cannot put in its present without
    changing what it says, and the news is seldom a state that was."""
    return (verb.lemma_ == "be" and verb.tag_ == "VBD" and verb.i not in rewrite and verb.i not in drop
            and not any(c.dep_ in {"aux", "neg"} for c in verb.children))


def _after_relative(conj: Token) -> bool:
    """A verb the parse coordinated with the clause's verb across a relative clause ("…
    concern about a man who was arrested in India and has reportedly confessed …"): it
    may well be the relative clause's, so it is never the subject's act."""
    verb = conj.head
    return any(t.dep_ in {"relcl", "acl"} and verb.i < t.i < conj.i for t in verb.subtree)


def _conj_present(verb: Token, third: str, drop: set[int], *, passive: bool) -> dict[int, str]:
    """The headline tense for the verbs coordinated with a past ``verb`` that share its
    subject, so that a headline has one tense: "emulated … and scored" → "Emulates … and
    Scores", "fell asleep … and was kidnapped" → "… and Is Kidnapped" (after a passive,
    "Killed and … Wounded"), "has apologised and has promised" → "Apologises and
    Promises", "knew … and didn't act" → "Know … and Don't Act"."""
    out: dict[int, str] = {}
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ not in {"VERB", "AUX"} or conj.lemma_ == "be" or _after_relative(conj):
            continue
        own = [a for a in conj.children if a.dep_ in {"aux", "auxpass"} and a.i < conj.i]
        if any(ch.dep_ in {"nsubj", "nsubjpass"} for ch in conj.children):
            if passive and conj.tag_ == "VBN":
                # "Second Person Killed and Several More [Were] Wounded"
                drop.update(a.i for a in own if a.dep_ == "auxpass" and a.lower_ in {"was", "were"})
            continue
        if any(ch.dep_ == "neg" for ch in conj.children) and not any(a.lower_ == "did" for a in own):
            continue
        if conj.tag_ == "VBD" and not own:
            out[conj.i] = _inflect(conj.lemma_, third)
        elif conj.tag_ == "VBN" and own and all(a.dep_ == "auxpass" and a.lower_ in {"was", "were"} for a in own):
            if passive:
                drop.update(a.i for a in own)
            else:
                out.update({a.i: "are" if third == "VBP" else "is" for a in own})
        elif conj.tag_ in {"VBN", "VBD"} and own and all(a.lower_ in {"has", "have", "had"} for a in own):
            drop.update(a.i for a in own)
            out[conj.i] = _inflect(conj.lemma_, third)
        elif conj.tag_ == "VB" and len(own) == 1 and own[0].lower_ == "did":
            out[own[0].i] = "does" if third == "VBZ" else "do"
    return out


def _render(span: Span, drop: set[int], rewrite: dict[int, str]) -> list[str]:
    """The kept tokens of ``span`` as words, with ``rewrite`` applied."""
    pieces: list[str] = []
    prev: Token | None = None
    for t in span:
        if t.i in drop:
            continue
        if prev is not None and (t.i != prev.i + 1 or prev.whitespace_):
            pieces.append(" ")
        pieces.append(rewrite.get(t.i, t.text))
        prev = t
    text = "".join(pieces)
    text = re.sub(r"\s+([,.;:!?%)])", r"\1", text)
    text = re.sub(r"(,\s*){2,}", ", ", text)
    text = re.sub(r"^[\s,;:\-–—]+|[\s,;:\-–—.!?]+$", "", text)
    return text.split()


_AMOUNTS = frozenset({"lot", "lots", "few", "little", "bit", "handful"})


def _drop_articles(words: list[str], span: Span) -> list[str]:
    """Headline style: no articles (a name's own "The" stays)."""
    names = {t.text for t in span if t.ent_type_ in {"ORG", "WORK_OF_ART", "FAC", "EVENT", "LAW"} and t.text in {"The", "the"} and t.ent_iob_ == "I"}
    out = []
    for i, w in enumerate(words):
        span_of_time = w.lower() in {"a", "an"} and 0 < i < len(words) - 1 and words[i - 1].lower() in {"in", "for"} \
            and words[i + 1].lower().strip(",") in _SPAN_NOUNS
        # a capital "The" inside the sentence before a capitalised word is a name's own ("The Mail on Sunday")
        titled = w == "The" and i > 0 and ("The" in names or (i + 1 < len(words) and words[i + 1][:1].isupper()))
        same = w.lower() == "the" and i + 1 < len(words) and words[i + 1].lower().strip(",") == "same"
        # "a lot of", "a few": without its "a" the phrase is no English or means the opposite
        amount = w.lower() == "a" and i + 1 < len(words) and words[i + 1].lower().strip(",") in _AMOUNTS
        if w.lower() in {"a", "an", "the"} and not titled and not span_of_time and not same and not amount:
            continue  # (never the "a" of "the first in a decade")
        out.append(w)
    return out


def _style(words: list[str]) -> str:
    """News Title Case, double quotes dropped, single (scare) quotes kept balanced."""
    words = [w for w in words if w not in {'"', "“", "”", "'", "’", "‘"}]
    words = [re.sub(r'^["“”]+|["“”]+$', "", w) for w in words]
    if words:
        words[-1] = re.sub(r"[.,;:!?]+$", "", words[-1]) or words[-1]
    while words and words[-1].lower().strip(",") in _TRAILING:
        words.pop()
    text = title_case([w for w in words if w])
    text = re.sub(r"(^|\s)(['‘])([a-z])", lambda m: m.group(1) + m.group(2) + m.group(3).upper(), text)
    if not _balanced(text):
        text = re.sub(r"(^|\s)['‘]|['’](?=\s|$)", r"\1", text).strip()
    return text


def _headline_words(c: Candidate, limit_chars: int, *, seo: bool = False, trim: bool = False
                    ) -> tuple[list[str], bool] | None:
    """The main clause in headline style within ``limit_chars``; the flag says whether
    only optional detail went (True) or the core had to be used (False). An ``seo`` title
    may also lose the subject's descriptive words, at the last (:func:`_modifier_trims`).
    With ``trim``, a clause still too long loses its last whole phrases
    (:func:`_tail_cut`) rather than going unwritten."""
    span = c.span
    verb, frame = event_clause(span)
    subj = _child(frame or verb, {"nsubj", "nsubjpass", "expl"})
    inner = _child(verb, {"nsubj", "nsubjpass", "expl"})
    if (frame is not None and frame.i > verb.i and subj is not None and inner is not None
            and subj.left_edge.lower_ in {"his", "her", "their"} and inner.lower_ not in PRONOUNS
            and not any(span.doc[i].text in {"--", "—", "–", "("}
                        for i in range(max(span.start, frame.left_edge.i - 2), frame.left_edge.i))
            and droppable_frame(frame, verb)):
        # "X was killed in a shooting, his sponsors said": whose sponsors the headline cannot
        # say, and an uncontested fact they relay needs no frame
        frame, subj = None, inner
    if subj is None or subj.lower_ in _BARE_QUANTIFIERS and not list(subj.children) \
            or subj.lower_ in PRONOUNS or subj.left_edge.lower_ in {"his", "her", "their", "its"}:
        return None  # (nor "Others Say They …", "Some Claim …": who, the headline cannot say)
    if inner is None or subj.left_edge.lower_ in {"this", "these", "those", "that"}:
        return None
    if sum(1 for ch in verb.children if ch.dep_ in {"nsubj", "nsubjpass"}) > 1:
        return None  # two subjects: the parse went wrong ("X, landlord of a pub in A, Devon had …")
    # "Bradley Neil admitted he needed …": the reported clause's "he" is the named speaker.
    if inner.lower_ in PRONOUNS and not (frame is not None and _frame_names(inner, subj)):
        return None
    if frame is not None and frame.i > verb.i and any(
        span.doc[i].text in {"--", "—", "–", "("} for i in range(max(span.start, frame.left_edge.i - 2), frame.left_edge.i)
    ):
        return None  # "… -- perhaps from X, officials say --": the frame belongs to an aside
    if frame is not None and droppable_frame(frame, verb) and inner.lower_ not in PRONOUNS:
        frame, subj = None, inner  # "…, officials said" of an uncontested fact: not headline words
    if _no_reply(verb):
        return None  # "X Does Not Immediately Respond to Email": what the story could not learn
    always, optional = _deletions(span, verb, frame)
    always |= _stale_days(span)
    drop = set(always)
    rewrite: dict[int, str] = {}
    head = frame or verb
    root = next((t for t in (head, *head.ancestors) if t.dep_ == "ROOT"), head)
    rewrite.update(_present(head, drop))
    if frame is not None and frame.i > verb.i:
        # "Two Commanders Discuss Training, Officials Say"; a leading frame keeps the
        # reported clause's tense ("Police Say Man Was Armed").
        rewrite.update(_present(verb, drop))
    rewrite.update(_at_age(span))
    future = _future_role(verb) if frame is None else None
    gone: set[int] = set()
    if future is not None:
        # "X has been confirmed as the man who will present Y" → "X to Present Y"
        gone, act = future
        drop |= gone
        rewrite[act.i] = f"to {act.lemma_}"
    optional = [*(step for step in optional if not _drops_than(step, span) and not _drops_asked(step, span, verb)),
                *_subject_trims(span, subj if frame is None else inner)]
    renamed: set[int] = set()
    if frame is not None:
        # "The Foreign Minister, Alexander Downer, says …" → "Downer Says …": the speaker's
        # title and first name go before any word of what was said (the name an appositive
        # holds stays for it: "Defence Minister Says" names no one)
        # (an SEO title drops a trailing neutral source whole: "…, Price Announces" is filler)
        speaker = _speaker_trims(span, subj) if frame.i < verb.i or not seo else []
        if speaker:
            renamed = speaker[0]
            kept = {t.i for t in subj.subtree} - speaker[0]
            if len(kept) == 1:
                drop -= {i for k in kept for i in _sub(span.doc[k]) if not span.doc[i].is_punct}
            optional = [*speaker, *optional]
    if seo:
        optional += _modifier_trims(span, head)
    base = set(drop)

    def unhung(drop: set[int], top: Token) -> bool:
        # (the speaker's title gone with its name kept: "Hill Says" hangs on nothing lost)
        return orphaned(span, (drop - renamed if renamed <= drop else drop) - gone, top)

    def words_now(drop: set[int]) -> list[str]:
        marks = dict(rewrite)
        if head.tag_ == "VBD" and any(c.lower_ == "ago" and c.i not in drop for c in head.children):
            marks.pop(head.i, None)  # "Played for Derby Five Years Ago": a past the headline dates stays past
        if frame is not None and frame.lemma_ == "tell" and not any(
                ch.dep_ in {"dobj", "dative"} and ch.i not in drop for ch in frame.children):
            # "has told his people that …" without "his people": "Tells There Are" is no English
            marks[frame.i] = "Say" if _plural(subj) else "Says"
            for a in frame.children:
                if a.dep_ == "aux" and a.i < frame.i:
                    drop.add(a.i)
        if frame is not None and frame.i > verb.i:
            # "…, Say Local Police": a comma before a trailing frame, even when the parse
            # hung it elsewhere or it went with a deleted phrase.
            own = [t.i for t in frame.subtree if t.i not in drop and t.i not in _sub(verb) and not t.is_punct]
            start = min(own, default=frame.i)
            before = [t for t in span if t.i < start and t.i not in drop and not t.is_punct]
            if before and not any(span.doc[i].text == "," and i not in drop for i in range(before[-1].i + 1, start)):
                marks[before[-1].i] = marks.get(before[-1].i, before[-1].text) + ","
        return _drop_articles(_render(span, drop | _unpaired_dashes(span, drop), marks), span)

    # (a manner adverb the verb group keeps, "Racially Abused", costs no phrase of the news)
    manner = {c.text.lower() for v in {head, verb} for c in v.children if _inside_verb_group(c, v)}

    def fits(ws: list[str]) -> bool:
        text = " ".join(ws)
        bonus = 1 if any(w.lower() in manner for w in ws) else 0
        return len(_style(ws)) <= limit_chars and len(ws) <= HEADLINE_WORDS + bonus and text.count(",") <= 1 \
            and not _LINKS.search(text)

    def cut(order: list[set[int]]) -> tuple[set[int], list[set[int]]]:
        drop = set(base)
        taken: list[set[int]] = []
        pending = list(order)
        while pending and not fits(words_now(drop)):
            # A step the parse left orphaned ("after it emerged" while a subjectful "people
            # turned" hangs on the main verb) is tried again once later steps went.
            skipped: list[set[int]] = []
            for step in pending:
                if fits(words_now(drop)):
                    break
                if head.i in step or subj.i in step and step != renamed or verb.i in step \
                        or unhung(drop | step, verb) or bare_change(span, drop | step):
                    skipped.append(step)
                    continue
                drop |= step
                taken.append(step)
            if len(skipped) == len(pending):
                break
            pending = skipped
        return drop, taken

    def finish(drop: set[int], trim: bool = False) -> list[str] | None:
        words = words_now(drop)
        if len(_style(words)) > limit_chars or len(words) > HEADLINE_WORDS + 4:
            if not trim:
                return None
            for tail in _tail_cuts(span, drop, verb):
                if fits(words_now(drop | tail)):
                    if bare_change(span, drop | tail):
                        continue  # (a longer cut takes the change whole)
                    return finish(drop | tail)
            return None
        text = " ".join(words)
        if not _balanced(text):
            # A quotation whose other mark went with deleted words: no quotation marks at all.
            text = re.sub(r"(^|\s)['‘]|['’](?=[\s,.]|$)", r"\1", text).replace('"', "").strip()
            words = text.split()
        while words and words[0].lower().strip(",") in {"yesterday", "today", "tonight", "tomorrow"}:
            words = words[1:]  # "Yesterday Mr Hussen …": the parse took the day into the name
        if _LINKS.search(text) or text.count(",") > 1 or not _balanced(text) or len(words) < 3:
            return None
        if future is not None and any(
                c.i in drop for c in future[1].children if c.dep_ in {"dobj", "dative", "prep"} and c.i > future[1].i
                and not any(u.ent_type_ in {"DATE", "TIME"} or u.lower_ in _TIME_WORDS for u in c.subtree)):
            return None  # "Ian Wright to Present AP McCoy" without the trophy: what is to be done, half said
        if split_word(span, drop):
            return None  # "Android Ransomware.C, Is Active" once "dubbed Android/Filecoder" went
        if any(t.dep_ == "ROOT" and t.i > verb.i and t.i in drop and not t.is_punct and t.i != root.i for t in span) \
                or (not span[-1].is_punct and span.end < len(span.doc) and not span.doc[span.end].is_space
                    and span.doc[span.end].text[:1].isalnum() and span[-1].i not in drop
                    and span[-1].pos_ in {"VERB", "AUX", "ADP", "DET", "CCONJ", "SCONJ", "PART"}):
            return None  # the parse split the sentence after the verb ("… to Back | The Mail on Sunday")
        if any(t.i in drop and t.head.i not in drop and t.dep_ in {"neg", "advmod", "preconj"}
               and t.lower_ in _NEGATION_SCOPE for t in span):
            return None  # "She Did Not [Immediately] Turn to …": the meaning flips
        if _cut_content(span, drop) or told_nothing(span, drop, verb):
            return None  # "Council Says It Is Not Surprised Territory's Rate of HIV Infection", "Mr Hussen Tells MPs"
        if leans_on_unseen(span, drop) or bare_change(span, drop):
            return None  # "Wants to Do the Same", "Disruptions … Following Breakdown": what, the reader never saw
        if frame is None and past_state(verb, rewrite, drop):
            return None  # "Paul Casey Was at Home in Arizona": a state that was, not the news
        if words[0].lower() in {"while", "as", "when", "although", "though", "if", "after", "before", "because", "since", "that",
                                "so"}:
            return None  # a subordinate clause left at the front
        counted = words[0].lower() == "one" and subj.left_edge.lower_ == "one" and subj.left_edge.dep_ == "nummod"
        if (words[0].lower() in PRONOUNS and not counted) or unhung(drop, verb):
            return None  # (never "One Person Dies …", a count, not the pronoun)
        if any(addressed(w) for w in words):
            return None  # speech without its quotation marks ("Wil Brings Light to Our Family", "… You Can")
        last = max((t for t in span if t.i not in drop and not t.is_punct), key=lambda t: t.i, default=None)
        if as_cut_open(" ".join(words)):
            return None  # "… Library as Long": a condition ("as long as …") cut open
        if words[-1].lower() in _TRAILING or (last is not None and last.tag_ == "VBG" and last.pos_ == "VERB"):
            return None  # "NASA Releases Graphic Noting": a clause cut open
        if last is not None and last.pos_ == "VERB" and any(
                ch.dep_ in {"dobj", "ccomp", "xcomp", "dative", "attr", "oprd"} and ch.i > last.i and ch.i in drop
                for ch in last.children):
            return None  # "Blogger Enjoys Poking Fun and Takes": a verb cut from its object
        if any(t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"} and t.i not in drop and t.head.i not in drop
               and not _joined(span, drop, t) for t in span):
            return None  # "Killed in Fight Shot and Taken Into Custody": the "and" went with a conjunct
        if any(t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"} and t.i not in drop and any(
                ch.dep_ in {"nsubj", "nsubjpass"} and ch.i in drop for ch in t.children) for t in span):
            return None  # "X Killed in Fight [and Suspect Y] Shot and Taken Into Custody": a clause without its subject
        return words

    plain, taken = cut(optional)
    got = finish(plain, trim)
    richer = _fuller(verb, optional, plain, cut)
    if richer is not None:
        alt = finish(richer)
        if alt is not None and not _faulty(_style(alt), span.text) and not _dangling(span, richer):
            got, plain, taken = alt, richer, []
    if got is None:
        # The news sentence before a side detail: its argument phrases ("Reminds X [About
        # Y]") go only after every other step, then its people are named by surname.
        arg_last = [*(st for st in optional if not _argument_phrase(st, verb, span)),
                    *(st for st in optional if _argument_phrase(st, verb, span))]
        for order in (arg_last, [*_given_names(span, head), *arg_last]):
            if order == optional:
                continue
            again, again_taken = cut(order)
            got = finish(again)
            if got is not None and not _faulty(_style(got), span.text) and not _dangling(span, again):
                plain, taken = again, again_taken
                break
            got = None
    if got is None:
        return None
    for step in reversed(taken):
        # "Delivers Big Boost [to Residents]" once the "as …" clause after it went too: a
        # whole argument phrase comes back when a later cut made room
        if not _argument_phrase(step, verb, span) or any(t & step for t in taken if t is not step and t <= plain):
            continue
        back = plain - step | (step & base)
        more = finish(set(back))
        if more is not None and fits(more) and not unhung(back, verb) \
                and not _faulty(_style(more), span.text) and not _dangling(span, back):
            got, plain = more, back
    pegs = sorted((st for st in taken if _pegs(st, span) and st & plain - base and min(st) > verb.i),
                  key=lambda st: -_pegs(st, span))
    for step in pegs:
        # "Peru Enters Two Days of Official Mourning [for More Than 220 People Killed in
        # Fire]": a figure the news turns on comes back, without its own detail, when it fits
        # (a word or two over the count: figures are short words)
        nested = {i for t in taken if t < step for i in t}
        for restored in (plain - step | (step & base), plain - (step - nested) | (step & base)):
            more = finish(set(restored))
            if more is not None and len(_style(more)) <= limit_chars and len(more) <= HEADLINE_WORDS + 2 \
                    and " ".join(more).count(",") <= 1 and not _LINKS.search(" ".join(more)) \
                    and not unhung(restored, verb) and not _faulty(_style(more), span.text) \
                    and not _dangling(span, restored):
                got, plain = more, restored
                break
    if renamed and renamed <= plain and renamed in taken:
        # the speaker's full name and title back when the cuts after it made room
        # ("Gordon Brown Warns …" stays; "Downer Says …" where the title cost the news)
        back = plain - renamed | (renamed & base)
        if cut([st for st in optional if st != renamed])[0] != back:
            back = plain  # (the title would cost a phrase of the news: "Abbott Says …" stays)
        more = finish(set(back))
        if more is not None and fits(more) and not _faulty(_style(more), span.text) and not _dangling(span, back):
            got, plain = more, back
    content = [t.i for t in span if t.pos_ in _NEWS_POS and t.i not in base]

    def thin(drop: set[int], ws: list[str]) -> bool:
        # "Chinese Team Takes Kite" of a kite of 6,000 metres taken to a festival: the
        # news went with the detail while the budget had room
        return 3 * sum(1 for i in content if i not in drop) < len(content) and len(_style(ws)) < 0.6 * limit_chars

    for step in reversed(taken):
        if not thin(plain, got):
            break
        if not step - base & plain or not _describes_object(step, verb):
            continue  # only what says which or what the object is ("Takes Kite [Measuring …]")
        back = plain - step | (step & base)
        more = finish(set(back))
        if more is not None and fits(more) and not unhung(back, verb) \
                and not _faulty(_style(more), span.text) and not _dangling(span, back):
            got, plain = more, back
    their = their_collective(subj, verb) if frame is None and verb.i in rewrite else None
    if their is not None and their not in plain:
        # "Family of Charity Worker Pay Tribute to Their 'Bubbly Tomboy'"
        singular = rewrite[verb.i]
        rewrite[verb.i] = _inflect(verb.lemma_, "VBP")
        plural = finish(set(plain))
        if plural is not None and not garbled(_style(plural)):
            got = plural
        else:
            rewrite[verb.i] = singular
    ident = _identifier(subj, plain)
    if ident is not None:
        # "Kayahan, the Turkish singer, has died …" → "Turkish Singer Kayahan Dies …"
        i, words = ident
        rewrite[i] = f"{words} {rewrite.get(i, span.doc[i].text)}"
        named = finish(set(plain))
        if named is not None and fits(named) and not garbled(_style(named)):
            return named, True
        del rewrite[i]
    return got, True


_NO_REPLY = frozenset({"respond", "reply", "comment", "answer"})
_UNANSWERED = frozenset({"call", "calls", "email", "emails", "message", "messages", "request", "requests", "query",
                         "queries", "inquiry", "inquiries", "enquiry", "enquiries"})


def _no_reply(verb: Token) -> bool:
    """Whether the clause tells what the story could not learn rather than the news: "did
    not (immediately) respond to an email", "did not return calls", "declined to comment",
    "could not be reached", "was unavailable for comment"."""
    neg = any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)
    lemma = verb.lemma_.lower()
    if neg and (lemma in _NO_REPLY or lemma == "return" and any(
            c.dep_ == "dobj" and c.lower_ in _UNANSWERED for c in verb.children)):
        return True
    if neg and lemma == "reach" and any(c.dep_ == "auxpass" for c in verb.children):
        return True
    if lemma in {"decline", "refuse"} and any(c.dep_ == "xcomp" and c.lemma_.lower() in _NO_REPLY | {"elaborate"}
                                               for c in verb.children):
        return True
    return lemma == "be" and any(c.dep_ == "acomp" and c.lower_ == "unavailable" for c in verb.children)


_STALE_DAYS = frozenset({"today", "yesterday", "tonight", "tomorrow"})


def _stale_days(span: Span) -> set[int]:
    """A day named relative to the writing that a headline, read later, leaves out:
    "Welcome Today's Guilty Verdicts" → "Welcome Guilty Verdicts"."""
    return {i for t in span if t.lower_ in _STALE_DAYS and t.dep_ == "poss"
            for i in (t.i, *(c.i for c in t.children if c.tag_ == "POS"))}


def leans_on_unseen(span: Span, drop: set[int]) -> bool:
    """Whether a kept word stands for what a headline's reader has not seen: "the same"
    ("Wants to Do the Same"), "do so", "says so", an object pronoun ("Sells It", "Backs
    This"), a place adverb ("Lives There"), a pointing determiner ("That Estimate")."""
    doc = span.doc
    for t in span:
        if t.i in drop:
            continue
        low = t.lower_
        if low == "same" and not (t.i + 1 < len(doc) and doc[t.i + 1].text in {"-", "–"}):
            return True  # (never "same-sex")
        if low == "so" and t.head.lemma_.lower() in {"do", "say", "think"} and t.dep_ in {"advmod", "dobj"}:
            return True
        if t.pos_ == "PRON" and (low in {"this", "that", "these", "those"} and t.dep_ in {"dobj", "pobj", "dative"}
                                 or low in {"it", "them"} and t.dep_ in {"dobj", "dative"}):
            return True  # (an "it" after a preposition mostly has its noun in the headline: "Reporting on It")
        if low == "there" and t.dep_ == "advmod":
            return True
        if low in {"this", "that", "these", "those"} and t.dep_ == "det" and t.head.i not in drop:
            return True  # "Vaughan Says That Estimate …": which estimate?
    return False


_CHANGES = frozenset({"breakdown", "decline", "fall", "rise", "drop", "increase", "decrease", "cut", "surge",
                      "slump", "collapse", "failure", "loss", "shortage", "lack", "blowout", "jump", "spike",
                      "slowdown", "downturn", "deterioration", "improvement", "escalation", "halt"})
"""Nouns of a change that say nothing without what changed ("a breakdown [in talks]")."""


def bare_change(span: Span, drop: set[int]) -> bool:
    """Whether a kept noun of :data:`_CHANGES` lost its "in" or "of" phrase, which says
    what changed: "… Following Breakdown" of "following a breakdown in negotiations",
    "… with Further Decline" of "a further decline in advertising"."""
    return any(t.i not in drop and t.pos_ == "NOUN" and t.lemma_.lower() in _CHANGES and any(
        c.dep_ == "prep" and c.lower_ in {"in", "of"} and c.i > t.i and c.i in drop for c in t.children)
        for t in span)


_NEGATION_SCOPE = frozenset({"not", "n't", "never", "no", "neither", "nor",  # (the verifier's negation cues that
                             "only", "immediately", "hardly", "barely", "rarely", "seldom", "scarcely"})  # scope)
"""Words a deletion never takes from a kept verb or number: without them the meaning flips
("did not [immediately] turn", "[only] five came")."""
_SCOPE_WORDS = _NEGATION_SCOPE | {"just", "yet", "until"}
"""Words whose scope a tail cut must never split from their verb ("did not immediately …",
"[until] March"): the negation's scope words and those that bound a verb in time."""


_CUTTABLE = frozenset({"prep", "advcl", "relcl", "acl", "npadvmod", "advmod", "appos", "cc"})
"""How a phrase a tail cut may take hangs on what stays: detail, never an argument."""
_WHEN_WORDS = frozenset({"after", "before", "since", "until", "when", "while", "during", "once"})


_VAGUE_PLACES = frozenset({"area", "region", "place", "site", "spot", "location", "part", "point", "zone"})
"""Nouns of a place that say nothing without the phrase that tells which."""
_PARTICLES = frozenset({"off", "out", "up", "down", "away", "back"})
"""Words that may be a verb's particle after its object ("get a day off", "took the plan back")."""


def _particle(tok: Token) -> bool:
    """Whether ``tok`` is a word of :data:`_PARTICLES` right after its verb's object, which
    the verb needs ("will not get a day [off] this weekend"): never cut from it."""
    return tok.lower_ in _PARTICLES and tok.head.pos_ == "VERB" and tok.i - 1 == max(
        (o.right_edge.i for o in tok.head.children if o.dep_ == "dobj"), default=-2)


def _tail_cuts(span: Span, drop: set[int], verb: Token) -> Iterable[set[int]]:
    """The sentence's tail from a point on, shortest first, each a cut that takes whole
    phrases only: every word kept has its head kept, what is kept ends on a noun, a
    number or a verb's particle, the main verb and its subject stay, and no kept verb
    loses a scope word ("not", "never", "only", "immediately") or a condition."""
    doc = span.doc
    kept = [t for t in span if t.i not in drop and not t.is_punct]
    for k in range(len(kept) - 1, 0, -1):
        at = kept[k].i
        left = [t for t in kept if t.i < at]
        tail = {t.i for t in span if t.i >= at or t.i > left[-1].i}  # (with the comma before it)
        if verb.i >= at or any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == verb.i and t.i >= at for t in span):
            return
        if any(t.head.i >= at and t.head.i != t.i and t.head.i not in drop for t in left):
            continue  # a phrase cut open ("Top Secret Chemical Weapons [Plants]")
        last = left[-1]
        if last.pos_ not in {"NOUN", "PROPN", "NUM"}:
            continue
        if last.lemma_.lower() in _VAGUE_PLACES and any(ch.i >= at for ch in last.children):
            continue  # "… Whereabouts of Bin Laden to Area" of "to an area in eastern Afghanistan": which area?
        if any(doc[i].lower_ in _SCOPE_WORDS for i in tail if doc[i].head.i < at):
            return  # a negation or a scope word of a kept verb
        if _conditional(doc, tail) or _drops_owner(tail, span) or any(
                doc[i].lemma_ in _OWNER_VERBS or (doc[i].lower_ == "according" and doc[i + 1].lower_ == "to")
                for i in tail if i + 1 < len(doc)):
            return  # a condition ("if …", "as long as …"), or the owner of the claim ("according to …")
        roots = [doc[i] for i in tail if doc[i].head.i < at and not doc[i].is_punct and doc[i].head.i not in drop]
        if any(_particle(r) for r in roots):
            continue  # "will not get a day [off this weekend]": the verb's particle after its object
        if any(r.dep_ not in _CUTTABLE or (r.dep_ == "prep" and r.lower_ in _ARGUMENT_PREPS | {"of"}
                                           and doc[r.i - 1].text != ",") for r in roots):
            continue  # what a kept word needs: its object, its clause, its "of", "about" or "to" ("Talk [About a Man]")
        if any(r.dep_ in {"relcl", "acl"} and r.head.pos_ != "PROPN" and doc[r.left_edge.i - 1].text != ","
               for r in roots):
            continue  # a clause that says which ("About a Man [who confessed …]", "Its Plans [to widen …]")
        if any(t.lower_ in _WHEN_WORDS and t.dep_ in {"prep", "mark", "advmod"} for r in roots for t in r.subtree):
            continue  # a time condition of a kept verb ("did not suffer [after … in 1996]")
        yield tail


def as_cut_open(text: str) -> bool:
    """Whether ``text`` keeps "as long", "as soon", "so far" … without the "as" that opens
    what it bounds ("Close Library as Long"): a condition or a time cut open."""
    low = [w.lower().strip(",?") for w in text.split()]
    return any(low[k] in {"as", "so"} and low[k + 1] in {"long", "soon"} and low[k + 2:k + 3] != ["as"]
               for k in range(len(low) - 1))


_ARGUMENT_PREPS = frozenset({"to", "for", "with", "against", "about", "over", "into", "on", "from"})
_CONDITION_MARKS = frozenset({"if", "unless", "provided", "providing", "whether"})
"""The marks of a condition clause (the generate layer's copy of the verifier's cut check's)."""
_CONDITIONS = frozenset({*_CONDITION_MARKS, "in case", "as long as", "so long as", "only if", "only when",
                         "provided that", "on condition that"})
"""What opens a condition, one word or several ("if", "unless", "as long as", "in case")."""


def _conditional(doc: Doc, tail: set[int]) -> bool:
    """Whether the words ``tail`` holds a condition: a clause opened by one of
    :data:`_CONDITIONS` (a headline that cuts it states as sure what the story makes
    depend on something)."""
    text = " " + " ".join(doc[i].lower_ for i in sorted(tail)) + " "
    return any(f" {c} " in text for c in _CONDITIONS if " " in c) or any(
        doc[i].lower_ in _CONDITION_MARKS - {"whether"} and doc[i].dep_ in {"mark", "advmod", "prep", "aux"}
        or doc[i].lower_ in {"provided", "providing"} and doc[i].dep_ in {"mark", "advcl", "prep"}
        for i in tail)


def _argument_phrase(step: set[int], verb: Token, span: Span) -> bool:
    """A deleted phrase that completes the event rather than placing it: a preposition
    ("to", "for", "against" …) hung on the verb or its object, naming no time or place
    ("boost [to residents]", never "[on Thursday]", "[at his yard in Gloucestershire]")."""
    doc = span.doc
    tops = [doc[i] for i in step if doc[i].head.i not in step]
    if len(tops) != 1:
        return False
    top = tops[0]
    on = top.head
    return (top.dep_ == "prep" and top.lower_ in _ARGUMENT_PREPS
            and (on.i == verb.i or (on.head.i == verb.i and on.dep_ in {"dobj", "attr"}))
            and not any(doc[i].ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC"} for i in step)
            and not any(doc[i].pos_ in {"VERB", "AUX"} for i in step))


def _identifier(subj: Token, drop: set[int]) -> tuple[int, str] | None:
    """Who a named subject is, from the short appositive the headline leaves out
    ("Kayahan, the Turkish singer, …"): the first kept word of the name and the
    appositive's words to write before it; None when the name already has a description
    or the appositive is more than a role (a number, a possessive, a phrase, a clause)."""
    if subj.pos_ != "PROPN" or subj.ent_type_ not in {"PERSON", "ORG", ""}:
        return None
    name = [t for t in subj.subtree if t.i not in drop and t.i <= subj.i]
    if not name or any(t.pos_ != "PROPN" or t.ent_type_ != subj.ent_type_ for t in name):
        return None  # ("Singer Kayahan", "Golf Star Rickie Fowler": described already)
    app = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i), None)
    if app is None or any(t.i not in drop for t in app.subtree) or app.pos_ != "NOUN":
        return None
    words = [t for t in app.subtree]
    if words and words[0].dep_ == "det" and words[0].lower_ in {"a", "an", "the"}:
        words = words[1:]
    if not 1 <= len(words) <= 3 or any(
            t.dep_ not in {"amod", "compound"} and t.i != app.i or t.like_num or t.ent_type_ == "PERSON"
            or not t.is_alpha for t in words):
        return None
    return name[0].i, " ".join(t.text for t in words)


def _at_age(span: Span) -> dict[int, str]:
    """ "at the age of 66" → "at 66", as headlines say it: the words to leave out (written
    as nothing, so that the number keeps its place in the parse)."""
    out: dict[int, str] = {}
    for t in span:
        of = _child(t, {"prep"})
        num = _child(of, {"pobj"}) if of is not None and of.lower_ == "of" else None
        if (t.lower_ == "age" and t.dep_ == "pobj" and t.head.lower_ == "at" and num is not None and num.like_num
                and not list(num.children) and of is not None and of.i == t.i + 1 and num.i == of.i + 1):
            out |= {i: "" for i in (t.i, of.i, *(d.i for d in t.children if d.dep_ == "det"))}
    return out


def _nested_first(steps: list[set[int]]) -> list[set[int]]:
    """The steps in their order, except that a phrase holding other steps comes after
    every step inside it: the detail in an "after she stabbed her boyfriend [during …
    at their home in Miami]" goes before the cause it belongs to does."""
    out: list[set[int]] = []
    placed: set[int] = set()

    def place(k: int) -> None:
        if k in placed:
            return
        placed.add(k)
        for j, inner in enumerate(steps):
            if j != k and inner < steps[k]:
                place(j)
        out.append(steps[k])
    for k in range(len(steps)):
        place(k)
    return out


def _why_of(verb: Token) -> set[int]:
    """The phrases that say what the event was for, what caused it or how it came about
    ("over claims …", "after clashing with stewards", "via Facebook"): the news a headline
    keeps before any other detail."""
    why = {x.i for x in (_reason(verb), means_of(verb)) if x is not None}
    # "faces charges [after she allegedly stabbed …]": what a penalty was for
    penalty = any(c.dep_ == "dobj" and c.lemma_.lower() in _PENALTY_NOUNS for c in verb.children)
    why |= {c.i for c in verb.children if penalty and c.i > verb.i and (
        (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children))
        or (c.dep_ == "prep" and c.lower_ in {"after", "over"} and _child(c, {"pobj", "pcomp"}) is not None))}
    # "can serve papers on her husband [via Facebook]": the means, on the verb or on its
    # reported clause
    verbs = [verb, *(c for c in verb.children if c.dep_ in {"ccomp", "xcomp"})]
    return why | {c.i for v in verbs for c in v.children if c.dep_ == "prep" and c.i > v.i and c.lower_ == "via"
                  and _child(c, {"pobj"}) is not None}


_PENALTY_NOUNS = frozenset({"charge", "ban", "fine", "suspension", "trial", "sentence", "penalty", "punishment",
                            "investigation", "probe", "inquiry", "lawsuit", "backlash", "criticism", "sack", "jail"})


def _fuller(verb: Token, optional: list[set[int]], plain: set[int],
            cut: Callable[[list[set[int]]], tuple[set[int], list[set[int]]]]) -> set[int] | None:
    """A deletion that keeps the cause the plain one took (:func:`_why_of`): the cause
    goes after every other step, not only after the verb's other phrases ("Handed Ban
    [by the Federation] [after Clashing With Stewards]"), and the detail inside it goes
    before it does (:func:`_nested_first`). None when the plain deletion kept the cause."""
    why = _why_of(verb)
    if not why & plain:
        return None
    cause = [step for step in optional if step & why]
    inside = [step for step in optional if not step & why and any(step < c for c in cause)]
    # (a manner adverb of the verb group before the cause: "Racially Abused" over "Because of …")
    manner = [step for step in optional if len(step) == 1 and _inside_verb_group(verb.doc[min(step)],
                                                                                  verb.doc[min(step)].head)]
    rest = [step for step in optional if not step & why and step not in inside and step not in manner]
    # never the argument of the cause's own verb ("after a man made it through two flights
    # [with a loaded gun]": what is left of the cause says nothing)
    doc = verb.doc
    inside = [step for step in inside if not any(
        doc[i].dep_ == "prep" and doc[i].head.i not in step and doc[i].head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"dobj", "attr"} and c.pos_ in {"NOUN", "PROPN"} for c in doc[i].head.children)
        for i in step)]
    drop, _ = cut([*rest, *_nested_first([*inside, *cause]), *manner])
    return drop if not why & drop else None


def _drops_than(step: set[int], span: Span) -> bool:
    """Whether the deletion takes the "than …" of a comparative it leaves ("Feeling More
    Powerful [Now Than at Any Stage]"): without it the claim says nothing; or of a
    preference ("Would Rather Have a Vote [Than Another Review]"): without it the
    preference reads as a wish."""
    for t in span:
        if t.i in step and t.lower_ == "than" and any(u.i > t.i and not u.is_punct for u in t.subtree):
            before = [u for u in span if u.i < t.i and (u.tag_ in {"JJR", "RBR"}
                                                        or u.lower_ in {"more", "less", "fewer", "rather"})]
            if before and before[-1].i not in step:
                return True
        if t.i in step and t.lower_ == "rather" and any(u.lower_ == "than" and u.i > t.i and u.i not in step for u in span):
            return True  # (nor the "rather" of a kept "than": "Would [Rather] Have a Vote Than …")
    return False


def _drops_asked(step: set[int], span: Span, verb: Token) -> bool:
    """Whether the deletion takes the clause a kept verb asks for ("Calls [for Skippers to
    Be Trained …]"), however the parse hung the clause's subject."""
    return any(span.doc[i].dep_ == "mark" and span.doc[i].lower_ == "for" and span.doc[i].head.head.i == verb.i
               and verb.i not in step for i in step)


def _dangling(span: Span, drop: set[int]) -> bool:
    """A kept preposition or subordinator whose object went ("After She Stabbed Boyfriend
    During"), or a comparative whose "than" went (the claim says nothing)."""
    for t in span:
        if t.i in drop:
            continue
        if t.dep_ == "prep" and not any(c.i not in drop for c in t.children if c.dep_ in {"pobj", "pcomp"}) and any(
                c.dep_ in {"pobj", "pcomp"} for c in t.children):
            return True
    return False


def _joined(span: Span, drop: set[int], conj: Token) -> bool:
    """Whether a kept conjunct verb still follows an "and", "or", "but" or a comma once
    ``drop`` went (its own subject, auxiliaries and adverbs aside)."""
    own = _sub(conj)  # (its own subject, auxiliaries and adverbs before it: "but police do not have")
    before = [t for t in span if t.i < conj.i and t.i not in drop and t.i not in own]
    if not before or before[-1].dep_ in {"cc", "punct"} or before[-1].lower_ in {"and", "or", "but", "then"}:
        return True
    # (after a kept conjunct of its own that the parse made of the next clause's subject:
    # "killed and [suspect David Gaver] shot")
    return any(sib.dep_ == "conj" and sib.head.i == conj.head.i and sib.i < conj.i and sib.i not in drop
               and before[-1].i in _sub(sib) for sib in conj.head.children)


def split_word(span: Span, drop: set[int]) -> bool:
    """Whether a deletion took part of a written word: one of two tokens with no space
    between them went and the other stayed ("Android/Filecoder.C" cut to ".C"). A
    possessive "’s", a contraction or punctuation may go alone."""
    clitics = {"n't", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m"}
    run: list[Token] = []
    dashes = {"—", "–", "--", "…"}  # a dash or an ellipsis parts two words
    doc = span.doc
    i = span.start
    while i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text not in dashes and not doc[i - 1].is_space:
        i -= 1  # the sentence split inside a written word ("Win/Agent.X"): its first part is not ours
        if not doc[i].is_punct and span.start not in drop:
            return True
    for t in span:
        run.append(t)
        if t.whitespace_ or t.i + 1 >= span.end or t.text in dashes or doc[t.i + 1].text in dashes:
            words = [w for w in run if not w.is_punct and w.tag_ != "POS" and w.lower_ not in clitics]
            if len({w.i in drop for w in words}) > 1:
                return True
            run = []
    return False


def _frame_names(pronoun: Token, speaker: Token) -> bool:
    """The reported clause's pronoun is the frame's own subject: "Bradley Neil admitted he
    needed …", "Anti-Taliban fighters say they have captured …", "The company says it will
    cut …" (the frame stays, so the headline names who)."""
    p = pronoun.lower_
    if p in {"he", "she"}:
        # a named person, or one described ("An Iraqi doctor … claims he was prevented …",
        # "The Federal Agriculture Minister, Warren Truss, says he …")
        return speaker.ent_type_ == "PERSON" or speaker.lemma_.lower() in _PEOPLE | _ROLES or any(
            t.ent_type_ == "PERSON" and t.dep_ in {"appos", "compound"} for t in speaker.children)
    if p == "there":
        return True  # "Carmen Lawrence says there is momentum …": no one to name
    if p == "they":
        return speaker.tag_ in {"NNS", "NNPS"} or speaker.ent_type_ in {"NORP"}
    if p == "it":
        return speaker.ent_type_ in {"ORG", "GPE"} or (speaker.tag_ in {"NN", "NNP"} and speaker.ent_type_ != "PERSON"
                                                        and speaker.lemma_.lower() not in _PEOPLE)
    return False


def _cut_content(span: Span, drop: set[int]) -> bool:
    """A deletion took what a kept word says: a reported clause of a kept verb ("says
    it is not surprised [the rate] is twice the national rate"), or the whole predicate of
    a kept "be", or the only person a kept "he"/"she" can mean ("Announcement Sparks
    Recriminations from US Congressmen Saying He Was …" once "with President Bush" went)."""
    kept = [t for t in span if t.i not in drop]
    if any(t.lower_ in {"he", "she"} and t.dep_ in {"nsubj", "nsubjpass"} for t in kept) and not any(
            t.ent_type_ == "PERSON" for t in kept) and any(span.doc[i].ent_type_ == "PERSON" for i in drop):
        return True
    for t in span:
        if t.i in drop:
            continue
        if any(ch.dep_ == "ccomp" and ch.i in drop for ch in t.children):
            return True
        if t.dep_ in {"cc", "conj"} and t.head.i in drop and t.head.i != t.i:
            return True  # "James Haskell and Posts It …" once "dressed in costume" went
        if t.lemma_ == "be" and t.dep_ not in {"aux", "auxpass"}:
            preds = [ch for ch in t.children if ch.dep_ in {"attr", "acomp", "prep", "advmod", "npadvmod"}]
            preps = [ch for ch in preds if ch.dep_ == "prep"]
            if preps and all(ch.i in drop for ch in preps) and not any(
                    ch.i not in drop for ch in preds if ch.dep_ in {"attr", "acomp"} and ch.pos_ != "NUM") and not any(
                    ch.i not in drop and any(g.dep_ == "prep" and g.i not in drop for g in ch.children)
                    for ch in preds if ch.dep_ == "advmod"):
                return True  # (but "Was Back [at Augusta]": the adverb's own place is the predicate)
    return False


def _unpaired_dashes(span: Span, drop: set[int]) -> set[int]:
    """The dashes of an aside a deletion took whole ("Two Swiss guides - have denied" once
    "who survived the accident - in which 14 died" went). An aside only partly deleted
    keeps its dashes, and the headline is refused for them."""
    doc = span.doc
    dashes = [t.i for t in span if t.text in {"-", "–", "—", "--"} and t.whitespace_
              and t.i > span.start and doc[t.i - 1].whitespace_]  # spaced: not "Anti-Taliban"
    out: set[int] = set()
    for a, b in zip(dashes[::2], dashes[1::2], strict=False):
        inner = range(a + 1, b)
        if inner and all(i in drop for i in inner):
            out |= {a, b}
    return out


def orphaned(span: Span, drop: set[int], top: Token) -> bool:
    """Whether a deletion left a kept word hanging: a finite verb whose subject went, or
    a word whose head went (the parse hung it outside the deleted phrase). ``top`` is
    the kept clause's own verb (its head, a deleted frame, may go)."""
    for t in span:
        if t.i in drop or t.is_punct or t.i == top.i:
            continue
        if t.head.i != t.i and t.head.i in drop and t.dep_ not in {"punct", "cc"} and not (
                t.dep_ == "poss" and t.head.dep_ == "pobj" and t.head.head.head.lower_ == "according"):
            return True  # (but "according to Google['s recent parsing]": the owner stays)
        if t.tag_ in {"VBD", "VBZ", "VBP"} and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i in drop for c in t.children):
            return True
        if (t.dep_ == "conj" and t.tag_ in {"VBD", "VBZ", "VBP"} and any(c.dep_ == "nsubj" for c in t.children)
                and not any(span.doc[i].dep_ == "cc" or span.doc[i].text in {",", ";"}
                            for i in range(t.head.i + 1, t.left_edge.i) if i not in drop)):
            return True  # "… Launches Furious Attack More Than Million People Turned …": two clauses, no link
    return False


def _balanced(text: str, *, possessive_s: bool = False) -> bool:
    opens = len(re.findall(r"(?:^|\s)['‘]", text))
    if not possessive_s:
        closes = len(re.findall(r"[’'](?:\s|$|[,.])", text))
        return opens == closes and text.count('"') % 2 == 0
    closes = len(re.findall(r"(?<![sS])[’'](?:\s|$|[,.])", text))
    # An "s'" closes a quotation only when one is open; otherwise it is a plural
    # possessive ("Why Do Americans' Fears … Continue to Increase?").
    after_s = len(re.findall(r"[sS][’'](?:\s|$|[,.])", text))
    return closes <= opens <= closes + after_s and text.count('"') % 2 == 0


def balanced(text: str) -> bool:
    """Whether every quotation mark in a headline has its pair (an "s'" may be a plural's
    possessive)."""
    return _balanced(text, possessive_s=True)


def _cites(c: Candidate) -> tuple[str, ...]:
    return (c.id,)


def plain_headline(c: Candidate, analysis: Analysis) -> tuple[Claim, str]:
    """A declarative headline and an SEO title, from the news sentence ``c``; empty when
    its news is someone's direct quotation (a headline never speaks in a quote's words)."""
    if _quoted_clause(c.span) or _negated_subject(c.span) or misparsed(c.span) or _bare_gerund(c.span) \
            or participle_as_verb(c.span) or commentary(c.span):
        return Claim(text="", cites=()), ""
    act = occasion_act(c.span)
    got = _headline_words(c, HEADLINE_MAX) if act is None else (act, True)
    seo = _headline_words(c, SEO_MAX, seo=True) if act is None else None
    if got is None:
        return Claim(text="", cites=()), ""
    text = _style(got[0])
    if _faulty(text, c.sentence.text):
        return Claim(text="", cites=()), ""  # (a cut that changed the meaning: "Zimbabwe Given Five Weeks")
    if unanchored(c.span, text):
        return Claim(text="", cites=()), ""  # "Company Behind Plans Reaches Agreement": plans for what?
    text = _existential(c.span, text)
    seo_text = _existential(c.span, _style(seo[0])) if seo else ""
    if not seo_text or _faulty(seo_text, c.sentence.text):
        seo_text = _shorten(text, SEO_MAX, c.span)
    text = _owner_last(text)  # (after the SEO title is cut: a cut never takes the owner at the end)
    cites = _cites(c)
    named = _named_stand_in(c.span)
    if named is not None:
        # "Midlands City Tops League Table" → "Birmingham Tops …", cited to where the name is
        stand_in, name, where = named
        sid = next((x.id for x in analysis.sentences if x.start <= where < x.end), None)
        renamed = _rename(text, stand_in, name)
        if sid is not None and renamed is not None and len(renamed) <= HEADLINE_MAX:
            text, cites = renamed, tuple(dict.fromkeys((*cites, sid)))
            seo_renamed = _rename(seo_text, stand_in, name)
            if seo_renamed is not None and len(seo_renamed) <= SEO_MAX:
                seo_text = seo_renamed
    verb, frame = event_clause(c.span)
    for subj in dict.fromkeys(x for x in (_child(frame or verb, {"nsubj", "nsubjpass"}),
                                          _child(verb, {"nsubj", "nsubjpass"})) if x is not None):
        whole = _whole_name(subj, analysis, text)
        if whole is not None:
            # "Julia Notes …" → "Julia Louis-Dreyfus Notes …": a person named by one word is
            # named whole, cited to where the story writes the name
            text, named_at = whole
            cites = tuple(dict.fromkeys((*cites, named_at)))
    return Claim(text=text, cites=cites), seo_text


_NOUN_FRAMES = frozenset({"confirm", "reveal", "announce", "deny", "report", "acknowledge", "admit", "predict",
                          "forecast", "concede"})
"""Speech verbs that take a noun phrase as well as a clause ("Confirms Budget Blowout")."""


def _existential(span: Span, text: str) -> str:
    """``text`` with a closing "there is a N in X", reported by a verb that also takes a
    noun phrase, written as that noun phrase: "Government Confirms There Is Blowout in
    Defence Budget" → "Government Confirms Defence Budget Blowout"; N a bare noun (an
    adjective at most), X a plain noun phrase. Unchanged otherwise."""
    m = re.search(r"\b(\w+) There (?:Is|Are) ((?:[\w-]+ ){0,2}?[\w-]+) [Ii]n ((?:[\w'’-]+ ){0,3}[\w-]+)$", text)
    if m is None:
        return text
    for t in span:
        if t.lower_ != "there" or t.dep_ != "expl" or t.head.lemma_ != "be":
            continue
        be = t.head
        if be.head.lemma_.lower() not in _NOUN_FRAMES or be.dep_ != "ccomp" \
                or be.head.text.lower()[:4] != m.group(1).lower()[:4]:
            return text
        noun = _child(be, {"attr"})
        if noun is None or noun.pos_ != "NOUN" or any(
                c.dep_ not in {"det", "amod"} or c.i > noun.i for c in noun.children if c.dep_ != "prep"):
            return text
        preps = [c for c in (*noun.children, *be.children) if c.dep_ == "prep" and c.i > noun.i]
        if len(preps) != 1 or preps[0].lower_ != "in":
            return text
        obj = _child(preps[0], {"pobj"})
        if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or any(
                c.dep_ not in {"det", "compound", "amod", "poss", "case"} for c in obj.subtree if c is not obj):
            return text
        said = [w.text.lower() for w in noun.subtree if w.dep_ != "det" and w.i <= noun.i]
        where = [w.text.lower() for w in obj.subtree if w.dep_ != "det"]
        if m.group(2).lower().split() != said or m.group(3).lower().split() != where:
            return text
        return f"{text[:m.start(1)]}{m.group(1)} {m.group(3)} {m.group(2)}"
    return text


def _owner_last(text: str) -> str:
    """A fronted "According to X, …" moved to the end, where a headline keeps its owner:
    "According to Initial Police Reports, Blake Shot Dead by Pirates" → "Blake Shot Dead by
    Pirates, According to Initial Police Reports" (the same words; the owner stays)."""
    m = re.fullmatch(r"According [Tt]o ([^,]+), ([^,]+)", text)
    return f"{m.group(2)}, According to {m.group(1)}" if m else text


_OCCASIONS = frozenset({"mark", "celebrate", "commemorate", "observe"})
"""Verbs of an occasion kept ("marked the 100th day of …"): the act it was marked by is the news."""


def occasion_act(span: Span) -> list[str] | None:
    """The headline words of the act an occasion was marked by, when the clause says one:
    "US President George W Bush has marked the 100th day of the campaign by calling on
    his allies to freeze the assets of two groups" → "US President George W Bush Calls on
    His Allies to Freeze Assets of Two Groups"; None when there is no such act, the act's
    subject is not the clause's, or the words will not fit whole."""
    verb, frame = event_clause(span)
    if frame is not None or verb.lemma_.lower() not in _OCCASIONS or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    means = means_of(verb)
    act = means if means is None or means.tag_ == "VBG" else _child(means, {"pcomp"})
    subj = _child(verb, {"nsubj"})
    if act is None or subj is None or subj.lower_ in PRONOUNS or any(c.dep_ == "nsubj" for c in act.children):
        return None
    always, _ = _deletions(span, verb, None)
    keep = [t for t in subj.subtree if t.i not in always and t.dep_ not in {"relcl", "acl", "appos"}]
    if any(t.dep_ in {"relcl", "acl", "appos"} for t in subj.subtree):
        return None  # (a subject with its own clause would need its commas mended)
    tail = [t for t in act.subtree if t.i > act.i and t.i not in always]
    if any(_time_adjunct(t) for t in tail):
        return None
    rewrite = {act.i: _inflect(act.lemma_, "VBP" if _plural(subj) else "VBZ")}
    detail = {i for t in tail if t.dep_ in {"relcl", "acl"} for i in _sub(t)}
    named = [t for t in keep if t.ent_type_ == "PERSON"] if subj.ent_type_ == "PERSON" else keep
    # (a clause that describes goes, if need be; then a person's title: "George W Bush Calls …")
    for who, told in ((keep, tail), (keep, [t for t in tail if t.i not in detail]),
                      (named, [t for t in tail if t.i not in detail])):
        kept = {t.i for t in (*who, act, *told)}
        words = _drop_articles(_render(span, {t.i for t in span if t.i not in kept}, rewrite), span)
        words = [w[:1].upper() + w[1:] if "-" in w else w for w in words]  # ("Non-US")
        text = _style(words)
        if len(text) <= HEADLINE_MAX and len(words) <= HEADLINE_WORDS + 2 and _balanced(text) and "," not in text:
            return words
    return None


def _whole_name(subj: Token, analysis: Analysis, text: str) -> tuple[str, str] | None:
    """``text`` with a subject of its clause or frame, a person the sentence names by one
    word ("Julia", "Sherwood"), written with the whole name the story gives that person
    elsewhere, and the id of a sentence that writes it; None when the subject is no such
    name, the story holds two people it could be ("Enoch Gaver", "David Gaver"), or the
    headline would run over its length."""
    if subj.ent_type_ not in {"PERSON", "ORG", ""} or subj.pos_ != "PROPN" or any(
            c.dep_ in {"compound", "flat"} or c.ent_type_ == "PERSON" for c in subj.children) \
            or subj.i > 0 and subj.doc[subj.i - 1].ent_type_ == "PERSON":
        return None
    words = text.split()
    at = [k for k, w in enumerate(words) if w == subj.text]
    if len(at) != 1:
        return None
    people = {e.name for e in analysis.entities if e.kind == "PERSON" and len(e.name.split()) >= 2
              and subj.text in (e.name.split()[0], e.name.split()[-1]) and not _HONORIFIC.match(e.name)}
    if len(people) != 1 or any(e.kind != "PERSON" and subj.text in e.name.split() for e in analysis.entities):
        return None  # (nor "Chelsea" the club beside a "Chelsea Clinton")
    name = next(iter(people))
    where = next((x.id for x in analysis.sentences if re.search(rf"\b{re.escape(name)}\b", x.text)), None)
    renamed = " ".join([*words[:at[0]], title_case(name.split()), *words[at[0] + 1:]])
    if where is None or len(renamed) > HEADLINE_MAX or len(renamed.split()) > HEADLINE_WORDS + 2:
        return None
    return renamed, where


_STAND_INS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("company", "firm", "airline", "bank", "retailer", "carmaker", "insurer", "broadcaster",
                     "supermarket", "club"), frozenset({"ORG"})),
    **dict.fromkeys(("city", "town", "village", "capital"), frozenset({"GPE"})),
}
"""Nouns a story uses for a company, club or place it names beside ("the Midlands city",
"the company"), with the entity type the name must have."""


def trimmed_headline(c: Candidate) -> tuple[Claim, str]:
    """A headline from the news sentence when its whole main clause will not fit: the
    clause with its last whole phrases cut (:func:`_tail_cuts`), held to the same checks
    as a whole one; empty when no cut passes them. A shorter headline on the news beats a
    whole one on a side detail."""
    if _quoted_clause(c.span) or _negated_subject(c.span) or misparsed(c.span) or _bare_gerund(c.span) \
            or participle_as_verb(c.span) or commentary(c.span):
        return Claim(text="", cites=()), ""
    got = _headline_words(c, HEADLINE_MAX, trim=True)
    if got is None:
        return Claim(text="", cites=()), ""
    text = _style(got[0])
    if _faulty(text, c.sentence.text) or garbled(text) or unanchored(c.span, text):
        return Claim(text="", cites=()), ""
    seo = _shorten(text, SEO_MAX, c.span) or (text if len(text) <= SEO_MAX else "")
    if not seo:
        short = _headline_words(c, SEO_MAX, seo=True, trim=True)
        seo = _style(short[0]) if short else ""
        if seo and (_faulty(seo, c.sentence.text) or garbled(seo) or unanchored(c.span, seo)):
            seo = ""
    return Claim(text=text, cites=_cites(c)), seo


def _named_stand_in(span: Span) -> tuple[list[str], str, int] | None:
    """A subject that only describes what the story names in the sentence before or after
    ("The Midlands city has topped …" beside "Birmingham council …"): the stand-in's words
    as the headline writes them, the name, and where the name is (a character offset).
    Only when the neighbouring sentences hold one such name written at least twice in the
    story, and the subject is "the" with adjectives and nouns before its noun."""
    verb, frame = event_clause(span)
    subj = _child(frame or verb, {"nsubj", "nsubjpass"})
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in _STAND_INS:
        return None
    kinds = _STAND_INS[subj.lemma_.lower()]
    mods = [t for t in subj.children]
    det = [t for t in mods if t.dep_ == "det"]
    if len(det) != 1 or det[0].lower_ != "the" or any(
            t.dep_ not in {"det", "amod", "compound"} or t.i > subj.i or t.ent_type_ == "PERSON" for t in mods):
        return None
    words = [t.text for t in subj.subtree if t.dep_ != "det"]
    doc = span.doc
    sents = list(doc.sents)
    at = next((k for k, s in enumerate(sents) if s.start <= subj.i < s.end), None)
    if at is None:
        return None
    near = [sents[k] for k in (at - 1, at, at + 1) if 0 <= k < len(sents)]
    inside = _sub(subj)
    found: dict[str, int] = {}
    for s in near:
        for e in s.ents:
            council = re.fullmatch(r"(.+?)\s+(?:[Cc]ity\s+)?[Cc]ouncil", e.text)
            if any(t.i in inside for t in e) or any(t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children)
                                                    for t in e):
                continue  # (nor one of two: "in Leeds and York")
            if e.label_ in kinds:
                found.setdefault(re.sub(r"^[Tt]he\s+|['’]s$", "", e.text).strip(), e.start_char)
            elif "GPE" in kinds and e.label_ == "ORG" and council is not None:
                found.setdefault(council.group(1), e.start_char)  # "Manchester council": the place
    # never a country for "the city": one that holds another place ("São Paulo, Brazil") or
    # has a people's adjective in the story ("Brazilian")
    containers = {e.text for e in doc.ents if e.label_ == "GPE" and e.start >= 2 and doc[e.start - 1].text == ","
                  and doc[e.start - 2].ent_type_ == "GPE"}
    peoples = [e.text.lower() for e in doc.ents if e.label_ == "NORP"]
    found = {n: w for n, w in found.items() if n and doc.text.count(n) >= 2 and not (
        "GPE" in kinds and (n in containers or any(p.startswith(n.lower()[:4]) for p in peoples)))}
    if len(found) != 1:
        return None
    name, where = next(iter(found.items()))
    if len(name.split()) > 4 or not name[:1].isupper():
        return None
    return words, name, where


def _rename(text: str, stand_in: list[str], name: str) -> str | None:
    """``text`` with the stand-in words it opens with written as ``name``; None when it
    does not open with them."""
    got = text.split()
    if [w.lower() for w in got[:len(stand_in)]] != [w.lower() for w in stand_in]:
        return None
    return " ".join([name, *got[len(stand_in):]])


_COMMA_AFTER_FUNCTION_WORD = re.compile(
    r"\b(?i:is|are|was|were|be|been|has|have|had|and|but|or|the|a|an|of|to|than|that|which)\b,")
"""A comma straight after an auxiliary, a conjunction or an article: a deletion ran two
clauses or an aside together."""


_TRAILING_ADVERB = re.compile(r"\b\w{3,}(?:ively|ately|etely|fully|lessly|ently|antly|ously|ically|ually)$", re.I)
"""A headline ending on a manner or sentence adverb ("… Completely", "… Respectively")."""


ENDS_ON_OWNER = re.compile(r"\w(?:['’]s|s['’])$")
"""A possessive with nothing after it ("… the Company's"): a cut left the owner without what it owns."""


def garbled(headline: str) -> bool:
    """Whether the grounding checker's clause test finds a cut garbled the headline ("Government
    Crumbles After 20 Were Killed and Hundreds", "Cabinet Has Endorses", a headline with no
    verb). Not its "no subject and finite verb", which a headline's missing articles can
    bring about in the parse, nor a trailing owner's verb read without an object
    ("…, District Attorney Announces")."""
    if _TRAILING_ADVERB.search(headline):
        return True  # "Carver Does Have Time Respectively": a cut left the adverb of a clause it took
    if _COMMA_AFTER_FUNCTION_WORD.search(headline):
        return True  # "Massive Swell Are, Out There", "… Stadium of Light And, Rather Than …": a cut joined an aside
    if ENDS_ON_OWNER.search(headline.rstrip(" .")):
        return True  # "… Doubts About the Company's": a cut left the owner without what it owns
    if re.search(r", (?i:which|who|whose|whom)\b", headline):
        return True  # "McElroy Answers China, Which Was Incorrect": an aside a headline never carries
    last = headline.rsplit(" ", 1)[-1].lower()
    for fault in clause_faults(headline):
        if fault == "no subject and finite verb":
            continue
        if fault == f"'{last}' without an object" and "," in headline:
            continue
        return True
    return False


def _faulty(text: str, source: str) -> bool:
    """A headline or SEO title the garble test or the cut check (a deletion from
    ``source`` that changed the meaning) refuses."""
    return garbled(text) or bool(cut_faults(text, source))


def _bare_gerund(span: Span) -> bool:
    """A news verb that is a bare "-ing" form hung on a frame ("Others reported supervisors
    unfairly demanding credit"): without the frame's owner it is no headline, only a
    fragment with the claim's owner gone."""
    verb, frame = event_clause(span)
    return verb.tag_ == "VBG" and frame is not None and not any(c.dep_ == "aux" for c in verb.children)


def subject_read_as_conjunct(span: Span) -> bool:
    """A verb with an auxiliary but no subject, straight after a noun the parse made a
    conjunct ("excelled as a broadcaster and his voice will always conjure …", with "voice"
    read as a second broadcaster): the noun was the verb's subject."""
    for t in span:
        aux = [a for a in t.children if a.dep_ == "aux" and a.i < t.i and a.lower_ != "to"]
        if t.pos_ == "VERB" and aux and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in t.children):
            before = t.doc[aux[0].i - 1] if aux[0].i > span.start else None
            if before is not None and before.pos_ in {"NOUN", "PROPN"} and before.dep_ == "conj":
                return True
    return False


_SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}")


def _score(t: Token) -> bool:
    """A result ("beat Hoffenheim 2-0"), which the parser takes for a second object."""
    doc = t.doc
    return bool(_SCORE.fullmatch(t.text)) or (t.like_num and t.i >= 2 and doc[t.i - 1].text in {"-", "–"}
                                               and doc[t.i - 2].like_num)


def misparsed(span: Span) -> bool:
    """A parse no deletion can be trusted on: a preposition with two objects ("Over the
    last year more than 25,000 people, a population about the size of Key West, have
    fought …", read as "over the year people", with the apposition as the subject)."""
    if any(sum(1 for c in t.children if c.dep_ == dep and not _score(c)) > 1
           for t in span for dep in ("pobj", "dobj")):
        return True  # (or a verb with two objects: "urged Villa to man up as he labelled … QPR …"; a score is none)
    if subject_read_as_conjunct(span):
        return True
    for t in span:
        # An object straight after another phrase's "and": a coordination the parse broke
        # ("warning of … links in online forums and SMS messages", SMS messages read as
        # what is warned).
        before = t.doc[t.left_edge.i - 1] if t.left_edge.i > span.start else None
        if t.dep_ in {"dobj", "nsubj"} and before is not None and before.dep_ == "cc" and before.head.i not in {
                t.head.i, t.i} and before.head.head.i != t.head.i:
            return True
    if reduced_relative_as_root(span):
        return True
    if any(t.dep_ == "acl" and t.tag_ in {"VB", "VBP"} and not any(c.lower_ == "to" for c in t.children)
           and t.i > span.start and t.doc[t.i - 1].pos_ == "NOUN" for t in span):
        return True  # "to the witness stand Monday": the noun "stand" read as a clause of "rhetoric"
    # "More than 10,000 have not survived": a number with no noun leans on the sentence
    # before for what it counts.
    verb, _ = event_clause(span)
    subj = _child(verb, {"nsubj", "nsubjpass"})
    return subj is not None and subj.pos_ == "NUM" and subj.head.i == verb.i


def participle_as_verb(span: Span) -> bool:
    """ "Robotic dancers made out of old car parts and designed by artist Tom Bell": a past
    participle the tagger read as a past tense ("made"), seen by its bare participle
    conjunct or its "by" agent with no auxiliary; a headline of it turns the passive into
    an act ("Dancers Make Out of Car Parts") or is a verbless caption."""
    verb, _ = event_clause(span)
    if verb.tag_ != "VBD" or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return True
    return any(c.dep_ == "conj" and c.tag_ == "VBN" and not any(
        g.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "dobj"} for g in c.children) for c in verb.children)


_GENERIC_SUBJECTS = frozenset({"life", "thing", "things", "everything", "nothing", "anything", "something", "truth",
                               "reality", "fact", "point", "problem"})


def commentary(span: Span) -> bool:
    """A clause whose subject is a bare abstract noun ("For those who have survived, life
    will never be the same", "The truth is …"): the writer's comment, never the news, and
    a headline of it names no one."""
    verb, frame = event_clause(span)
    subj = _child(frame or verb, {"nsubj", "nsubjpass"})
    return subj is not None and subj.lower_ in _GENERIC_SUBJECTS and not subj.ent_type_ and all(
        c.dep_ == "det" and c.lower_ in {"the", "a", "no"} for c in subj.children)


def reduced_relative_as_root(span: Span) -> bool:
    """ "The woman infected with the bacteria, pseudomonas, was transferred …" parsed with
    "infected" as the main verb and "was transferred" as its conjunct: a conjunct verb
    with its own auxiliary, no subject and no "and"/"but" before it is the real main
    verb ("Woman Infects with Bacteria" turned the patient into the agent)."""
    root = span.root
    if root.tag_ not in {"VBN", "VBD"} or any(c.dep_ in {"aux", "auxpass"} for c in root.children):
        return False
    if any(c.dep_ == "cc" for c in root.children):
        return False
    return any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and any(a.dep_ in {"aux", "auxpass"} for a in c.children)
               for c in root.children)


_HEARER_VERBS = frozenset({"tell", "inform", "assure", "remind", "warn", "brief"})


def told_nothing(span: Span, drop: set[int], verb: Token) -> bool:
    """ "Mr Hussen Tells MPs": a verb of telling left with its hearer and nothing told (the
    parse hung what he told on another clause, or a cut took it)."""
    if verb.lemma_ not in _HEARER_VERBS:
        return False
    hearer = {t.i for c in verb.children if c.dep_ in {"dobj", "dative"} for t in c.subtree}
    told = [c for c in verb.children if c.i > verb.i and c.i not in hearer and not c.is_punct
            and c.dep_ not in {"npadvmod", "advmod"} and c.i not in drop]
    return bool(hearer) and not told


def _bare_infinitive(tok: Token) -> bool:
    """ "work to do", "a lot to learn": an infinitive with no object of its own completes
    its noun, and leaving it out changes the meaning ("have work" is not "have work to do")."""
    return tok.dep_ in {"acl", "relcl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and not any(
        c.dep_ in {"dobj", "ccomp", "xcomp", "attr"} for c in tok.children)


def _negated_subject(span: Span) -> bool:
    """ "Not even a hug from AP McCoy could check his momentum": a subject that carries its
    own negation, which a headline's deletions turn into nonsense ("Not Hug …")."""
    verb, _ = event_clause(span)
    subj = _child(verb, {"nsubj", "nsubjpass"})
    return subj is not None and any(t.lower_ in {"not", "no", "never", "nothing", "nobody"} for t in subj.subtree)


_OPEN_QUOTES = "‘“\"'"


def _quoted_clause(span: Span) -> bool:
    """Whether the sentence's event clause is a direct quotation: it opens with a
    quotation mark, or the clause reported by its speech verb does."""
    text = span.text.lstrip()
    if text[:1] in _OPEN_QUOTES:
        return True
    verb, frame = event_clause(span)
    if frame is None:
        return False
    start, end = verb.left_edge.i, verb.right_edge.i
    before = span.doc[start - 1].text if start > span.start else ""
    if before in {"‘", "“", '"', "'"} or span.doc[start].text[:1] in _OPEN_QUOTES:
        return True
    # "… is good,' centre back Gerard Pique told reporters": the clause closes a quotation.
    between = span.doc[verb.i + 1 : frame.i] if verb.i < frame.i else span.doc[end + 1 : end + 2]
    return any(t.text in {"’", "”", '"', "'", ",'", ",’"} for t in between)


# A noun that says nothing without its clause ("confirmed as the man who …").
_EMPTY_HEADS = frozenset(
    {"plan", "plans", "proposal", "proposals", "move", "decision", "attempt", "effort", "pledge", "call", "scheme",
     "man", "woman", "person", "people", "one", "thing", "place", "first", "last", "someone", "something", "anyone",
     "way", "kind", "type", "sort", "reason", "time", "moment", "day", "year", "fact", "idea", "case", "side", "team",
     # nouns whose clause is their content: "claims (that he tried to bribe voters)"
     "claim", "allegation", "report", "fear", "concern", "suggestion", "evidence", "rumour", "rumor", "speculation",
     "news", "belief", "hope", "warning", "sign", "question", "doubt", "suspicion", "revelation", "promise", "bid"}
)
_PREPOSITIONS = frozenset(
    {"from", "in", "at", "on", "with", "by", "for", "over", "after", "above", "into", "as", "amid", "during", "against",
     "before", "under", "near", "outside", "inside", "across", "through", "without", "despite"}
)


def _shorten(text: str, limit: int, span: Span | None = None) -> str:
    """The headline cut before a trailing prepositional phrase to fit an SEO title. With
    the source sentence's ``span``, a cut is taken only where a whole phrase ends — the clause
    and cut checks pass on what is left (never "Father of Schoolgirl Admits Taking", a
    verb without its object), and none at all when no cut passes: a page without an SEO
    title is titled by its headline whole."""
    if len(text) <= limit:
        return text
    words = text.split()
    cuts = [
        i for i, w in enumerate(words)
        if i >= 3 and w.lower() in _PREPOSITIONS and len(" ".join(words[:i])) <= limit
        and not (i + 1 < len(words) and words[i + 1].lower() in {"and", "or"})  # ("Before and After Images")
        and words[i - 1].lower() not in {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had"}
    ]
    if span is not None:
        source = span.text
        # before a phrase, or at a comma before one ("…, According to a Secret Document");
        # then before any other preposition but "of" (a noun's argument), the words left
        # ending on a noun
        # … or at the comma before a neutral frame ("…, District Attorney Jim Martin Announces")
        frames = {i for i in range(3, len(words)) if _neutral_frame_tail(words[i:])}
        commas = [i for i in range(3, len(words)) if words[i - 1].endswith(",") and len(" ".join(words[:i])) <= limit
                  and (_pos_of(words[i], span) in {"ADP", "SCONJ", "VERB"} or i in frames)]
        rest = [i for i in range(3, len(words)) if len(" ".join(words[:i])) <= limit and i not in cuts + commas
                and _pos_of(words[i], span) == "ADP" and words[i].lower() not in {"of", "to"}]
        for ends_on_noun, found in ((False, sorted(cuts + commas, reverse=True)), (True, sorted(rest, reverse=True))):
            for i in found:
                got = " ".join(words[:i]).rstrip(",")
                if got.split()[-1].lower() in _TRAILING | {"than"} or got.endswith(("'s", "’s")) \
                        or (_argument_cut(words[i], span) and i not in frames) or _cuts_than(words, i, span) \
                        or _faulty(got, source):
                    continue
                if ends_on_noun and _pos_of(got.split()[-1], span) not in {"NOUN", "PROPN", "NUM"}:
                    continue
                return got
        return ""  # (the page's title is then the headline whole)
    if cuts:
        return " ".join(words[: cuts[-1]]).rstrip(",")
    while words and len(" ".join(words)) > limit:
        words.pop()
    while words and words[-1].lower() in _TRAILING:
        words.pop()
    return " ".join(words).rstrip(",;:")


def _cuts_than(words: Sequence[str], at: int, span: Span) -> bool:
    """Whether cutting ``words`` at ``at`` takes the "than …" of a comparative or a
    preference it keeps ("Would Rather Have Vote [Than Another Review]")."""
    if "than" not in (w.lower() for w in words[at:]):
        return False
    tags = {t.lower_: t.tag_ for t in span}
    return any(w.lower() in {"more", "less", "fewer", "rather"} or tags.get(w.lower()) in {"JJR", "RBR"}
               for w in words[:at])


def _neutral_frame_tail(words: Sequence[str]) -> bool:
    """The words after a comma are a source and a neutral verb of saying ("Jim Martin
    Announces", "Police Say"): the news stands without them; a contested one ("… Claims")
    is its owner and stays (the cut check refuses it too)."""
    if not 1 < len(words) <= 7:
        return False
    last = words[-1].lower()
    verbs = {"says", "say", "announces", "announce", "tells", "reports", "report", "states", "adds", "confirms",
             "confirm"}
    return last in verbs and all(w[:1].isupper() for w in words[:-1])


def _argument_cut(word: str, span: Span) -> bool:
    """Whether a cut before the preposition ``word`` takes a verb's argument ("Has to
    Comply [with Privacy Laws]", "Reflect [on …]", "Deadlocked [over …]"): the verb needs
    it, or it is the first phrase of a verb with no object nor particle (as
    :func:`_deletions` keeps it; "Blasts Off [from …]" is whole)."""
    low = word.strip(",").lower()
    preps = [t for t in span if t.lower_ == low and t.dep_ == "prep"]
    for p in preps:
        h = p.head
        if p.i in _placement(h):
            return True  # "Put Their Holiday [on Hold]"
        if p.lower_ in _RELATIONAL_NOUNS.get(h.lemma_.lower(), frozenset()):
            return True  # "Charged in Connection [With …]": the noun says nothing alone
        if h.dep_ == "conj" and h.pos_ == "VERB" and not any(
                c.dep_ in {"dobj", "attr", "ccomp", "xcomp", "acomp", "auxpass"} for c in h.children) \
                and p == next((c for c in h.children if c.dep_ == "prep" and c.i > h.i
                               and _child(c, {"pobj", "pcomp"}) is not None), None):
            return True  # "… and Ends Up [in Prison Camp]": the outcome's own phrase
        if needs_prep(p) or (h.pos_ in {"VERB", "ADJ"} and not any(
                c.dep_ in {"dobj", "attr", "ccomp", "xcomp", "acomp", "prt"} for c in h.children)
                and p == next((c for c in h.children if c.dep_ == "prep" and c.i > h.i), None)):
            return True
    if any(t.lower_ == low and t.dep_ == "mark" and low in {"for", "that"} for t in span):
        return True  # "Calls [for Pilots to Be Better Trained]": what was called for
    return not preps and low not in _PREPOSITIONS


def _pos_of(word: str, span: Span) -> str:
    """The part of speech of a headline's ``word`` in its sentence's parse ("" when the
    sentence has it twice with two parts of speech, or not at all)."""
    low = word.strip(",’'‘").lower()
    found = {t.pos_ for t in span if t.lower_ == low}
    return found.pop() if len(found) == 1 else ""


# --------------------------------------------------------------------------- reasons and means


# Verbs of state, speech or wanting: "How did X want …?" asks nothing a story answers.
_STATIVE = frozenset(
    {"be", "have", "want", "need", "know", "seem", "appear", "remain", "like", "love", "hate", "own", "include",
     "contain", "say", "tell", "think", "believe", "hope", "feel", "mean", "show", "look", "reveal", "claim",
     "insist", "deny", "admit", "add", "report", "confirm", "announce", "describe", "call", "expect", "plan",
     "face", "continue", "try", "go", "come", "live", "stay", "wait", "hold", "keep", "get", "let", "allow",
     "see", "film", "photograph", "picture", "spot", "capture", "catch", "hear", "record", "abandon"}
)


def _reason(verb: Token) -> Token | None:
    """A reason or purpose phrase of the event verb: "over claims …", "for dehydration",
    "because …", "to review …"."""
    for c in verb.children:
        if c.i < verb.i:
            continue
        over_reason = c.lower_ != "over" or verb.lemma_ in _FOR_REASON_VERBS | _AFTER_REASON_VERBS | _OVER_VERBS
        if c.dep_ == "prep" and ((c.lower_ in _REASON_PREPS and over_reason)
                                 or (c.lower_ == "for" and verb.lemma_ in _FOR_REASON_VERBS)):
            pobj = _child(c, {"pobj", "pcomp"})
            if pobj is not None and pobj.ent_type_ not in {"DATE", "TIME", "MONEY", "CARDINAL", "GPE", "LOC"}:
                return c
        passive = any(a.dep_ == "auxpass" for a in verb.children)
        if c.dep_ == "prep" and c.lower_ in {"after", "following"} and (verb.lemma_ in _AFTER_REASON_VERBS or passive):
            pobj = _child(c, {"pobj", "pcomp"})
            if pobj is not None and pobj.ent_type_ not in {"DATE", "TIME"}:
                return c  # "awarded a walkover following the abandonment of the match"
        if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and (m.lower_ == "because" or (m.lower_ == "after" and verb.lemma_ in _AFTER_REASON_VERBS))
            for m in c.children
        ):
            return c
        if _prompted_by(verb, c):
            return c
        if c.dep_ == "prep" and c.lower_ == "in" and not any(ch.dep_ == "neg" for ch in verb.children):
            pobj = _child(c, {"pobj"})
            if pobj is not None and pobj.lemma_.lower() in _PURPOSE_NOUNS and any(
                    ch.dep_ in {"acl", "relcl"} and any(a.lower_ == "to" for a in ch.children) for ch in pobj.children):
                return c  # "… in a concerted attempt to flush out the fighters": a purpose
        if (c.dep_ == "advcl" and any(t.lower_ == "to" and t.dep_ == "aux" for t in c.children)
                and c.lemma_ not in _RESULT_VERBS
                and not any(t.dep_ in {"nsubj", "mark"} for t in c.children)):
            # a purpose ("met to review ties"), not a result ("eased past Almagro to reach the
            # final") nor what was asked for ("calling for the envoy to return": its own subject)
            return c
    return None


# Nouns of something said or done to someone, whose "after …" is what prompted an act
# ("supported the bowler after criticism of his bowling", "swooped after an ultimatum").
_PROMPTS = frozenset({"criticism", "attack", "attacks", "ultimatum", "warning", "threat", "threats", "complaint",
                      "complaints", "claim", "claims", "allegation", "allegations", "accusation", "accusations",
                      "breakdown", "collapse", "failure", "refusal", "rejection", "decision", "ruling", "verdict",
                      "announcement", "request", "call", "calls", "demand", "demands", "protest", "protests",
                      "exchange", "ambush", "bombing", "bombings", "raid", "raids", "killing", "killings",
                      "shooting", "revelation", "revelations", "report", "reports", "outcry", "backlash"})
# Acts a prompt gives a reason for; what merely befalls a subject ("died after …",
# "failed in his bid after …") or a state ("is under pressure after …") is told by time.
_NOT_PROMPTED = frozenset({"die", "crash", "collapse", "disappear", "vanish", "drown", "sink", "fall", "burn",
                           "explode", "fail", "lose", "win", "finish", "end", "begin", "start", "come", "go",
                           "arrive", "return", "improve", "worsen", "rise", "drop", "climb"})


_SPANS_OF_TIME = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade",
                            "shortly", "soon", "just", "immediately", "long", "moment", "moments", "only", "even",
                            "not", "straight", "right"})


_DISRUPTIONS = frozenset({"force", "evacuate", "close", "cancel", "delay", "postpone", "ground", "suspend", "shut",
                          "divert", "strand"})
"""What is done to people or services by a cause an "as" clause may give."""
_PURPOSE_NOUNS = frozenset({"attempt", "bid", "effort", "push", "drive", "move"})
"""Nouns whose "in a … to do" phrase is a purpose ("in a bid to cut costs")."""


def _prompted_by(verb: Token, c: Token) -> bool:
    """An "after …" phrase of an act that tells what prompted it: a clause with its own
    subject ("swooped on Palestinian cities after the Jewish state dropped a bombshell",
    "set up a marquee after it was told it could no longer share") or a noun of something
    said or done ("supported the bowler after criticism of his bowling"); never a time
    ("a day after …", "after the tragedy"), nor a clause of the subject's own earlier step
    ("failed in his bid after stepping down")."""
    if c.i < verb.i or verb.lemma_ in _NOT_PROMPTED:
        return False
    # A state held in a phrase ("is under new pressure after an ultimatum") or a change
    # that goes on ("fears continue to increase, after a man …") has its prompt too.
    state = verb.lemma_ == "be" and any(ch.dep_ == "prep" and ch.i < c.i and ch.lower_ in {"under", "in", "on", "at"}
                                         for ch in verb.children)
    going_on = verb.lemma_ == "continue" and _child(verb, {"xcomp"}) is not None
    if not (state or going_on) and (verb.pos_ != "VERB" or verb.lemma_ in _STATIVE):
        return False
    after = c if c.dep_ == "prep" else next((m for m in c.children if m.dep_ == "mark"), c)
    before = verb.doc[after.i - 1] if after.i > 0 else None
    if before is not None and (before.lemma_.lower() in _SPANS_OF_TIME or before.like_num):
        return False  # "…, more than eight months after the company was placed …": a time
    if any(ch.dep_ == "neg" or ch.lower_ in {"once", "previously", "earlier", "formerly"} for ch in verb.children):
        return False  # (what was "once" done is background, not the news)
    if c.dep_ == "advcl":
        # "forced to leave their homes as strong winds pushed a bushfire towards the town":
        # an "as" clause with its own subject is the cause of a disruption suffered
        passive = any(a.dep_ == "auxpass" for a in verb.children)
        marks = {"after", "as"} if passive and verb.lemma_ in _DISRUPTIONS else {"after"}
        mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ in marks), None)
        return mark is not None and not any(ch.dep_ in {"npadvmod", "advmod"} for ch in mark.children) and any(
            ch.dep_ in {"nsubj", "nsubjpass"} for ch in c.children)
    if c.dep_ != "prep" or c.lower_ not in {"after", "following"}:
        return False
    if any(ch.dep_ in {"npadvmod", "advmod"} for ch in c.children):
        return False  # "a day after …", "shortly after …": a time
    pobj = _child(c, {"pobj", "pcomp"})
    if pobj is None:
        return False
    if pobj.dep_ == "pcomp":
        return pobj.pos_ in {"VERB", "AUX"} and pobj.tag_ != "VBG" and any(
            ch.dep_ in {"nsubj", "nsubjpass"} for ch in pobj.children)
    return pobj.lemma_.lower() in _PROMPTS and pobj.ent_type_ not in {"DATE", "TIME"}


_EVENT_NOUNS = frozenset({"move", "decision", "action", "attack", "attacks", "strike", "strikes", "raid", "raids",
                          "announcement", "resignation", "ban", "arrest", "arrests", "closure", "cut", "cuts",
                          "protest", "protests", "walkout", "offensive", "operation", "crackdown",
                          "ruling", "call", "warning", "step", "shake-up", "suspension", "sacking", "recall"})
"""Nouns a later sentence names the lead's event by ("The move follows …")."""


def prompt_of(span: Span) -> bool:
    """A sentence that tells what prompted the event told before it: "The move follows a
    week of protests", "It comes after the council refused …", "The decision followed an
    ambush" — its subject the event itself, its verb "follow" or "come after", the prompt
    something said or done (never a time: "comes a day after …", nor a juxtaposition:
    "comes as …")."""
    root = span.root
    subj = _child(root, {"nsubj"})
    if subj is None or root.lemma_ not in {"follow", "come"} or any(ch.dep_ == "neg" for ch in root.children):
        return False
    if not (subj.lower_ in {"it", "this"} or (
            subj.lemma_.lower() in _EVENT_NOUNS and subj.left_edge.lower_ in {"the", "this"})):
        return False
    if any(ch.dep_ in {"npadvmod", "advmod"} and ch.i > root.i for ch in root.children):
        return False  # "comes a day after …", "came shortly after …"
    if root.lemma_ == "follow":
        obj = _child(root, {"dobj"})
        return obj is not None and obj.lemma_.lower() in _PROMPTS
    after = next((ch for ch in root.children if ch.i > root.i and ch.lower_ == "after" and ch.dep_ == "prep"), None)
    advcl = next((ch for ch in root.children if ch.dep_ == "advcl" and ch.i > root.i), None)
    if after is None and advcl is not None:
        after = next((m for m in advcl.children if m.dep_ == "mark" and m.lower_ == "after"), None)
        if after is not None and not any(ch.dep_ in {"nsubj", "nsubjpass"} for ch in advcl.children):
            return False
    if after is None or span.doc[after.i - 1].lemma_.lower() in _SPANS_OF_TIME or span.doc[after.i - 1].like_num:
        return False
    if after.dep_ == "mark":
        return True
    pobj = _child(after, {"pobj", "pcomp"})
    return pobj is not None and (pobj.lemma_.lower() in _PROMPTS or pobj.pos_ in {"VERB", "AUX"})



# Participles that tell what followed or what else was said, not how: "…, leaving 550
# staff without jobs", "…, ensuring a big target", "…, urging negotiation".
_NOT_MANNER = frozenset({"ensure", "leave", "make", "give", "force", "prompt", "spark", "bring", "take", "send", "push",
                         "cause", "trigger", "raise", "end", "keep", "lift", "cut", "boost", "put", "set", "urge",
                         "call", "say", "tell", "add", "claim", "warn", "insist", "accuse", "describe", "vow",
                         "pledge", "promise", "ask", "demand", "become", "mark", "signal", "open", "close"})
# Outcomes whose cause an "after …" clause gives ("earned praise after calling out a
# troll"); for other verbs "after …" only says when ("failed … after stepping down").
_OUTCOMES = frozenset({"earn", "win", "draw", "receive", "attract", "spark", "provoke", "suffer", "lose", "gain",
                       "secure", "avoid", "escape", "survive", "recover", "qualify", "reach", "clinch", "seal",
                       "book", "prompt", "trigger", "face", "cause"})
# Verbs whose "by …" belongs to what is alleged ("accused Israel of escalating violence by killing …").
_ALLEGING = frozenset({"accuse", "blame", "criticise", "criticize", "condemn", "charge", "allege", "claim", "deny"})


def manner_of(verb: Token) -> Token | None:
    """A participle clause after the verb that tells how ("rebounded …, draining a
    25-footer"): the answer to "How …?" — not one that tells what followed ("…, leaving
    550 staff seeking jobs") or what else was said ("…, urging negotiation")."""
    return next((ch for ch in verb.children if ch.dep_ == "advcl" and ch.tag_ == "VBG" and ch.i > verb.i
                 and ch.lemma_ not in _NOT_MANNER and not any(m.dep_ == "mark" for m in ch.children)), None)


def means_of(verb: Token) -> Token | None:
    """How the event came about, when the sentence says: "earned praise after calling out
    a troll", "won by scoring twice" (the clause is the answer to "How …?")."""
    if verb.lemma_ in _ALLEGING:
        return None
    takers = {"by", "after"} if verb.lemma_ in _OUTCOMES else {"by"}
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ == "advcl" and c.tag_ == "VBG" and any(
            m.dep_ in {"mark", "prep"} and m.lower_ in takers for m in c.children
        ):
            return c
        if c.dep_ == "prep" and c.lower_ in takers:
            pcomp = _child(c, {"pcomp"})
            if pcomp is not None and pcomp.tag_ == "VBG":
                return c
    return None


_ROLES = frozenset({"minister", "president", "official", "spokesman", "spokeswoman", "spokesperson", "leader",
                    "chief", "commander", "secretary", "senator", "mp", "premier", "mayor", "governor", "judge",
                    "lawyer", "director", "chairman", "executive", "captain", "coach", "manager", "scientist",
                    "researcher", "professor", "expert", "analyst", "economist", "envoy", "ambassador", "treasurer"})
"""Role nouns that name a person (the speaker a reported "he"/"she" stands for)."""

_PEOPLE = frozenset(
    {"man", "woman", "men", "women", "boy", "girl", "boys", "girls", "child", "children", "teenager", "teen", "mother",
     "father", "couple", "family", "actor", "actress", "comedian", "comedians", "singer", "player", "players", "fan",
     "fans", "driver", "pilot", "officer", "officers", "soldier", "soldiers", "student", "students", "worker",
     "workers", "doctor", "nurse", "police", "passenger", "passengers", "tourist", "tourists", "residents", "people"}
)




_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|Messrs)\.?\s+([^\W\d_](?:[\w-]|['’](?!s\b)(?=\w))*)")
"""An honorific before a word: "Mr Truss", "Dr. Lawrence's", "Mr O'Brien", "Dr Ćosić"
(the word must be capitalised, checked where it is used)."""
_HONORIFIC_SEX = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}
_SEX_WORDS = {**NOUN_GENDER, **dict.fromkeys(MALE_WORDS | {"mr", "sir"}, "m"),
              **dict.fromkeys(FEMALE_WORDS | {"mrs", "ms", "miss", "lady"}, "f")}
"""Words that tell a person's sex: "he", "his", "wife", "Mrs"."""


def _sexes(text: str) -> set[str]:
    """"m"/"f" for the gendered words (pronouns, "wife", "Mr") of ``text``."""
    return {_SEX_WORDS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in _SEX_WORDS}


def house_names(headline: Claim, seo: str, analysis: Analysis) -> tuple[Claim, str]:
    """No honorific in a headline, as house style has it: "Mr Truss Leads …" becomes
    "Warren Truss Leads …" when the story names him whole (the sentence that does is
    cited), else "Truss Leads …"; the SEO title takes the surname alone. Only where the
    story itself writes the honorific before that name ("Miss Out on …" is a verb). The
    whole name is written in only for the one person of that surname whose mentions take
    in the honorific's sentence and whose own sentence shows the honorific's sex and no
    other ("His wife Jane Smith" is never "Mr Smith"); in doubt, the surname alone."""
    story = " ".join(s.text for s in analysis.sentences)
    cites = list(headline.cites)

    def named(m: re.Match[str], *, whole: bool) -> str:
        hon, name = m.group(1), m.group(2)
        if not name[0].isupper() or not re.search(rf"\b{hon}\.?\s+{re.escape(name)}\b", story):
            return m.group(0)
        if whole:
            written = [e.name for e in analysis.entities if e.kind == "PERSON" and len(e.name.split()) >= 2
                       and e.name.split()[-1] == name and re.search(rf"\b{hon}\.?\s+{re.escape(e.name)}\b", story)]
            if len(written) == 1:
                # "Dr Peter Hollingworth": the story writes the honorific before the whole name
                at = next((x.id for x in analysis.sentences if written[0] in x.text), None)
                if at is not None and at not in cites:
                    cites.append(at)
                return written[0]
            titled = {x.id for x in analysis.sentences if re.search(rf"\b{hon}\.?\s+{re.escape(name)}\b", x.text)}
            people = {e.name: e for e in analysis.entities if e.kind == "PERSON" and e.mentions
                      and len(e.name.split()) >= 2 and e.name.split()[-1] == name
                      and not _HONORIFIC.match(e.name)}
            person = next(iter(people.values())) if len(people) == 1 else None
            order = [x.id for x in analysis.sentences]
            for k, x in enumerate(analysis.sentences):
                if person is None or not titled & set(person.mentions) or person.name not in x.text:
                    continue
                shown = _sexes(x.text)
                if not shown and k + 1 < len(order):
                    # "Warren Truss arrived on Monday. He said …"
                    first = analysis.sentences[k + 1].text.split()[:1]
                    shown = _sexes(first[0]) if first else set()
                sex = _HONORIFIC_SEX.get(hon)
                if sex is None or shown != {sex}:
                    break  # (in doubt: the surname alone)
                if x.id not in cites:
                    cites.append(x.id)  # (where the story writes the name whole)
                return person.name
        return name

    text = _HONORIFIC.sub(lambda m: named(m, whole=True), headline.text)
    if len(text) > HEADLINE_MAX:
        cites = list(headline.cites)
        text = _HONORIFIC.sub(lambda m: named(m, whole=False), headline.text)
    if text == headline.text:
        return headline, _HONORIFIC.sub(lambda m: named(m, whole=False), seo)
    return Claim(text=text, cites=tuple(cites), kind=headline.kind), _HONORIFIC.sub(
        lambda m: named(m, whole=False), seo)


_NEWS_POS = frozenset({"NOUN", "PROPN", "VERB", "NUM", "ADJ"})
_EMPTY_LEMMAS = frozenset({"say", "tell", "add", "be", "have", "do", "make", "get", "take", "go", "come", "year",
                           "day", "time", "people", "man", "woman", "new", "other", "more", "last", "first"})


def _news_lemmas(tokens: Iterable[Token]) -> set[str]:
    """The lemmas of ``tokens`` that carry news (names, numbers, nouns, verbs, adjectives),
    less stop words, short words and :data:`_EMPTY_LEMMAS` ("say", "year", "people")."""
    return {t.lemma_.lower() for t in tokens if t.pos_ in _NEWS_POS and not t.is_stop
            and t.lemma_.lower() not in _EMPTY_LEMMAS and len(t.text) > 2}


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."})


def refers_back(span: Span) -> bool:
    """Whether the sentence's subject names back someone or something an earlier sentence
    introduced: a definite description ("The 15-member council voted …", "The agreement
    was …") or a surname after an honorific ("Mr Zinni was sent …")."""
    verb, frame = event_clause(span)
    subj = _child(frame or verb, {"nsubj", "nsubjpass"})
    if subj is None:
        return False
    if subj.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in _POINTING_DETS for c in subj.children):
        return True
    return subj.pos_ == "PROPN" and subj.left_edge.lower_ in _HONORIFICS


def side_detail(c: Candidate, news: Candidate, headline: str) -> bool:
    """Whether a headline written from ``c`` shares nothing with the news sentence
    ``news`` — no name, number, noun or verb of it ("Police Arrive at His House" for a
    story whose news is the landlord's vow; "Arsenal Are Form Team" for the playlist):
    a side detail that loses the news, which never heads the page when the news
    sentence is there to be told."""
    if c is news:
        return False
    words = {w.strip("'‘’\",").lower() for w in headline.split()}
    kept = [t for t in c.span if t.lower_ in words or any(w.startswith(t.lemma_.lower()) for w in words)]
    told = _news_lemmas(news.span)
    # (a name the headline took from elsewhere, "HIH" for "the company", counts too)
    return not _news_lemmas(kept) & told and not {t.lower_ for t in news.span if t.lemma_.lower() in told} & words


_MEDIA_NOUNS = frozenset({"footage", "video", "videos", "film", "clip", "clips", "image", "images", "picture",
                          "pictures", "photo", "photos", "photograph", "photographs", "snap", "snaps", "still",
                          "stills", "cctv", "camera", "recording", "recordings", "selfie", "livestream"})
"""What a caption's or a scene's sentence is about instead of the event: the pictures."""
_SHOWING = frozenset({"show", "capture", "reveal", "depict", "feature", "emerge", "release", "appear", "see",
                      "catch", "record", "document", "surface"})
_FILMED = frozenset({"film", "picture", "photograph", "snap", "videotape", "tape"})


def footage(span: Span) -> bool:
    """Whether the sentence's main clause tells the pictures rather than the event: a
    medium that shows or was released ("Video shows victims on the sidewalk", "Footage of
    the brawl has been released"), or someone filmed or pictured ("A black pooch was
    filmed in action", "X, pictured, …" as the clause's verb). A headline made of it is a
    caption; the sentence telling the event itself heads the page when there is one."""
    verb, _ = event_clause(span)
    subj = _child(verb, {"nsubj", "nsubjpass"})
    if subj is not None and subj.lemma_.lower() in _MEDIA_NOUNS and verb.lemma_.lower() in _SHOWING:
        return True
    passive = verb.tag_ == "VBN" and (any(c.dep_ == "auxpass" for c in verb.children) or subj is not None
                                      and subj.dep_ == "nsubjpass" or verb.dep_ == "ROOT" and subj is not None)
    # (never "X was filmed carrying a rope out to its owner": the act seen is the event)
    return verb.lemma_.lower() in _FILMED and passive and not any(
        c.dep_ == "dobj" or c.dep_ in {"xcomp", "ccomp", "advcl", "oprd"} and c.tag_ == "VBG" and c.i > verb.i
        for c in verb.children)


_REFERRING_NOUNS = frozenset({
    "fall", "rise", "drop", "decrease", "increase", "decline", "cut", "jump", "surge", "slump", "plan", "proposal",
    "decision", "move", "change", "race", "incident", "project", "scheme", "state", "figure",
    "trend", "development", "process", "matter", "issue", "situation", "pair", "duo", "trio", "bid", "offer",
    "row", "furore", "saga", "dispute", "scandal"})
"""Nouns that point back at what the story named before ("the fall", "the plans", "the
State's fires", "next year's race"): in a headline, read alone, they say nothing without
the words that tell which."""
_OWNED_ONLY = frozenset({"state", "race"})
"""Of these, nouns that point back only in the possessive shapes ("the State's fires",
"next year's race"); "the race", "the state" alone are ordinary."""
_POINTING_DETS = frozenset({"the", "this", "that", "these", "those"})
_RELATIVE_TIMES = frozenset({"year", "week", "month", "season", "weekend", "day"})


def unanchored(span: Span, headline: str) -> bool:
    """Whether the headline keeps a pointing noun phrase whose referent it lost: "the"
    (or "next year's") before a noun of :data:`_REFERRING_NOUNS` with nothing after it
    that says which ("Company Behind [the] Plans", "[the] Significant Fall Is Sign …",
    "[the] State's Fires", "Next Year's Race"); never one whose "of", "in" or "for" phrase
    or name is kept ("Fall in Arrivals", "Plans for Airport", "Race for the Cup")."""
    words = [w.strip(",'‘’\"").lower() for w in headline.split()]
    for t in span:
        if t.pos_ not in {"NOUN", "PROPN"} or t.lemma_.lower() not in _REFERRING_NOUNS or (
                t.ent_type_ and any(e.start <= t.i < e.end and len(e) > 1 for e in t.doc.ents)):
            continue  # (a name of more words says which: "the Kyoto Agreement")
        if t.head.lower_ == "on" and t.lemma_.lower() in {"increase", "rise", "decline", "move", "drop"}:
            continue  # "is on the increase": an idiom, no pointing
        low = t.lower_.replace("’", "'")
        at = [k for k, w in enumerate(words) if w.replace("’", "'") in {low, low + "'s", low + "s"}]
        if len(at) != 1:
            continue
        timed = any(ch.dep_ == "poss" and ch.lemma_.lower() in _RELATIVE_TIMES
                    and any(g.lower_ in {"next", "last", "this"} for g in ch.children) for ch in t.children)
        pointing = timed or (t.lemma_.lower() not in _OWNED_ONLY and any(
            ch.dep_ in {"det", "poss"} and ch.lower_ in _POINTING_DETS for ch in t.children))
        if t.dep_ == "poss" or (t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ == "POS"):
            pointing = pointing or any(ch.lower_ == "the" for ch in t.children) or (
                t.i > 0 and t.doc[t.i - 1].lower_ == "the")  # "the State's"
        elif t.lemma_.lower() in _OWNED_ONLY and not timed:
            continue
        if not pointing:
            continue
        if not timed and t.dep_ != "pobj" and not any(a.dep_ in {"nsubj", "nsubjpass"} for a in (t, *t.ancestors)):
            continue  # a subject or a preposition's object points back ("Assistance for [the] Proposal"); the
            # verb's own object says which with it ("Obama Signs Deal", "Mo Farah Wins Race")
        nxt = words[at[0] + 1] if at[0] + 1 < len(words) else ""
        if any(ch.dep_ in {"prep", "relcl", "acl"} and ch.i > t.i for ch in t.children) and (
                nxt in {"who", "that", "which"} or any(ch.dep_ == "prep" and ch.lower_ == nxt for ch in t.children)):
            continue  # its own phrase is kept: it says which ("Deal Between Apple and Google")
        if any(ch.dep_ in {"compound", "nmod"} or (ch.dep_ == "amod" and ch.ent_type_)
               for ch in t.children if ch.i < t.i and ch.lower_ in words):
            continue  # "the Kyoto agreement", "the merger plan", "the Australian bid": named
        return True
    return False
