"""Sentence roles: what each sentence does in the story, read once, asked for by every part.

News has a schema (van Dijk; the inverted pyramid): the main event, its details, the
reaction, the other side, the background, what comes next, why it matters, the
numbers — and furniture that is not the story at all (captions, video links, bylines,
tickers). Each part asks for the roles it needs: the point of view for background,
significance and outlook; the takeaways for everything the synopsis left out; the
FAQ for the other side and what comes next; and no part uses debris.

Roles are data: :data:`RULES` is a table of ``(role, test)`` rows over a small
feature record of the parse (lemmas, cue phrases, tense, entity labels, dates), so a
new cue is a new row, not a new branch in some generator.

A sentence can hold several roles ("Police will question him next week, a spokesman
said" is both *next* and *reaction*); :attr:`Roles.primary` is the first in
:data:`PRIORITY` that it holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from copydesk.generate.debris import (
    CAPTION,
    DEBRIS,
    SPLICE,
    TICKER,
    caption_like,
    layout_lines,
    run_on,
    verbless,
)
from copydesk.generate.quotes import speech_continuations
from copydesk.model import Analysis, SentenceFacts

Role = str
"""One of :data:`PRIORITY`."""

PRIORITY: tuple[Role, ...] = (
    "debris", "other_side", "allegation", "next", "background", "significance", "reaction", "quote", "numbers",
    "detail",
)


@dataclass(frozen=True)
class Features:
    """What the role rules look at: one record per sentence, computed once."""

    text: str
    low: str
    lemmas: frozenset[str]
    labels: frozenset[str]
    """spaCy entity labels in the sentence."""
    tense: str
    is_quote: bool
    speaker: str | None
    earlier_date: bool
    """A date in the sentence lies before the story's reference date (or its latest year)."""
    later_date: bool
    perfect_past: bool
    """The main verb is in the past perfect ("had been")."""
    spliced: bool = False
    """A photo caption (after the lead) or a second sentence run into this one."""
    inside_quote: bool = False
    """The sentence begins inside a quotation an earlier sentence opened."""
    verbless: bool = False
    """No finite verb anywhere ("Lewis Hamilton waves to the crowd …" parsed as a noun phrase)."""
    fixture: bool = False
    """A scheduled event in the present tense ("host Slovakia in September")."""
    outlook: bool = False
    """A possibility or forecast still to come in the main (or a named source's) clause."""
    earlier_main: bool = False
    """An earlier-time cue on the main clause ("since the raid", "in 1996")."""
    rebuttal: bool = False
    """A verb of denial or response in that sense ("denied the claims"), not a sporting one
    ("denied his old team victory", "defended his title", "was dismissed for 20")."""


_FIXTURE_VERBS = frozenset({"host", "face", "play", "meet", "visit", "travel", "welcome", "entertain", "take", "head",
                            "return", "resume", "open", "start", "begin", "launch", "go", "fly", "fight", "race"})
_WHEN_WORD = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|next)\b", re.I)


_REBUT = frozenset({"deny", "dispute", "refute", "reject", "dismiss", "contest", "defend", "respond"})
_ANSWERABLE = frozenset({"allegation", "claim", "accusation", "charge", "criticism", "question", "request", "report",
                         "query", "inquiry", "enquiry", "comment", "remark", "call", "email", "letter", "message",
                         "statement", "demand", "complaint", "suggestion", "story", "article", "attack", "concern",
                         "ultimatum", "offer", "proposal", "bid", "move", "decision", "ruling", "verdict", "finding"})
"""What a response answers ("responded to the allegations"); "respond to treatment" is no reply."""
_SPORTING_OBJECTS = frozenset({"title", "crown", "lead", "record", "belt", "championship", "final", "match", "game",
                               "race", "seat", "victory", "win", "point", "points", "goal", "wicket", "place"})


def rebuttal(span: Span) -> bool:
    """Whether a verb of denial or response in the sentence is used in that sense."""
    for t in span:
        if t.lemma_ not in _REBUT or t.pos_ != "VERB":
            continue
        objs = [c for c in t.children if c.dep_ in {"dobj", "dative"}]
        if t.lemma_ == "deny" and (len(objs) >= 2 or any(c.dep_ == "dative" for c in objs)):
            continue  # "denied his old team victory": kept from, not a denial
        if any(c.lemma_.lower() in _SPORTING_OBJECTS for c in objs):
            continue  # "defended his title", "contest the final"
        if t.lemma_ == "dismiss" and any(c.dep_ == "auxpass" for c in t.children):
            continue  # "was dismissed for 20" (cricket), "was dismissed" (sacked)
        if t.lemma_ in {"dismiss", "reject"} and any(
                o.pos_ == "PROPN" or any(x.dep_ == "compound" and x.pos_ == "PROPN" for x in o.children) for o in objs):
            continue  # "to dismiss Lance Klusener first ball": a batsman out, a rival beaten
        if t.lemma_ == "respond" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
                o.dep_ == "pobj" and o.lemma_.lower() not in _ANSWERABLE for o in c.children) for c in t.children):
            continue  # "can recognise and respond to facial expressions": reacting, not replying
        return True
    return False


def fixture(span: Span) -> bool:
    """A scheduled event told in the present tense, as sports and diary news tell them:
    "Del Bosque's side host Slovakia in September", "The band play Glasgow on Friday"."""
    root = span.root
    if root.tag_ not in {"VBZ", "VBP"} or root.lemma_ not in _FIXTURE_VERBS:
        return False
    if any(c.dep_ in {"aux", "auxpass", "neg"} for c in root.children):
        return False
    return any(t.ent_type_ == "DATE" and _WHEN_WORD.search(t.text) for t in root.subtree)


_FORECAST_VERBS = frozenset(["forecast", "predict", "expect", "anticipate", "project"])
_SOURCE_VERBS = frozenset(["say", "tell", "warn", "believe", "think", "fear", "predict"])


def reported_clauses(root: Token, verbs: frozenset[str]) -> list[Token]:
    """The clauses a named source reports with one of ``verbs`` ("Police in Karachi say
    [it is likely …]"); none when the source is a pronoun or the verb another."""
    if root.lemma_ not in verbs or any(t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "PRON" for t in root.children):
        return []
    return [t for t in root.children if t.dep_ == "ccomp"]


def outlook(span: Span, *, is_quote: bool = False) -> bool:
    """An outlook the main clause (or the clause a named source reports) states: a
    possibility still to come ("Al Qaeda could reform", "the fire may reach the town"),
    a forecast ("The weather bureau is forecasting five-metre waves"), or a future one
    clause further in ("Police say it is likely more raids will be launched") — not a
    past possibility ("could have been started"), not a quotation, not negated."""
    if is_quote:
        return False
    root = span.root
    heads = [root, *reported_clauses(root, _SOURCE_VERBS)]
    heads += [t for h in heads[1:] if h.lemma_ == "be" for t in h.children if t.dep_ == "ccomp"]
    for h in heads:
        aux = [t for t in h.children if t.dep_ in {"aux", "auxpass"}]
        if any(t.dep_ == "neg" for t in h.children):
            continue
        if h is not root and h.head is not root and any(t.lower_ in {"will", "'ll", "’ll"} for t in aux):
            return True
        if h.tag_ == "VB" and any(t.tag_ == "MD" and t.text in {"could", "may", "might", "Could", "Might"}
                                  for t in aux) and not any(
                t.lower_ == "have" for t in aux):
            return True
        if h.lemma_ in _FORECAST_VERBS and h.tag_ in {"VBG", "VBZ", "VBP"} and any(
                t.dep_ in {"dobj", "ccomp"} for t in h.children):
            return True
        if h is not root and root.lemma_ in {"warn", "fear", "predict"} and h.tag_ in {"VBZ", "VBP"} and conditioned(h):
            return True  # "the memo warns that the UK faces turmoil if there is a hung parliament"
    return False


NOT_UNTIL = re.compile(r"\b(?:is|are|will) not (?:be )?(?:scheduled|due|expected|set|planned|likely) (?:to \w+ )?until\b",
                       re.I)
"""Due then, not called off: "Fresh elections are not scheduled until March"."""

SINCE_EVENT = (
    r"since the (?:\w+ ){0,2}(?:raid|attack|war|election|crash|coup|start|beginning|collapse|vote|crisis|bombing|"
    r"killing|death|fall|invasion|incident|disaster|ceasefire|deal|agreement|accident)s?|"
    r"(?:the )?latest in a (?:series|string|spate|wave|line) of|in recent (?:weeks|months|years|days|meetings|times)"
)
"""Cue fragment (for a case-insensitive pattern): what has gone on since an event or lately."""

EARLIER_CUE = re.compile(
    r"\b(?:" + SINCE_EVENT + r"|"
    r"for (?:months|weeks|years|decades)|last (?:year|month|week|season|summer|winter|spring|autumn|time)|previously|"
    r"increasingly|(?:has|have) come to be|"
    r"earlier this (?:year|month|week)|\d+ (?:years?|months?|weeks?) ago|over the (?:past|last) (?:\w+ )?(?:years|decades)|"
    r"in (?:(?:early|late|mid-?)\s?)?(?:19|20)\d\d)\b",
    re.I,
)
"""Cues that put a clause before the news ("since the raid", "in recent meetings", "in 1996")."""


def earlier_on_main_clause(span: Span, cue: re.Pattern[str] | None = None) -> bool:
    """An :data:`EARLIER_CUE` (or ``cue``) on the main clause's verb or on its time clause
    ("ruled for 32 years before he was forced from office in 1998"), not on a noun or a
    side clause ("resources brought into the town in recent days were stood down"). With
    ``cue`` given, an adverb on the main verb or its verb chain counts too ("was previously
    jailed", "12 years ago", "is reported to have been set last spring")."""
    root = span.root
    main = {root.i, *(t.i for t in root.children if t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"})}
    main |= {t.i for t in root.children if t.dep_ == "advcl" and any(
        m.lower_ in {"when", "before", "after", "since", "until"} for m in t.children if m.dep_ in {"mark", "advmod"})}
    if cue is not None:
        # … and its verb chain ("is reported to have been set last spring").
        main |= {t.i for i in list(main) for t in span.doc[i].children if t.dep_ == "xcomp"}
    for m in (cue or EARLIER_CUE).finditer(span.text):
        start = span.start_char + m.start()
        tok = next((t for t in span if t.idx >= start), None)
        if tok is None:
            continue
        head = tok if tok.dep_ in {"prep", "advmod", "npadvmod"} else tok.head
        while head.dep_ in {"pobj", "prep", "amod", "det", "nummod", "compound"} and head.head is not head:
            head = head.head
        while cue is not None and head.dep_ in {"advmod", "npadvmod", "poss", "pobj", "prep"} and head.head is not head:
            head = head.head  # "12 years ago", "of last week's final"
        if head.i in main:
            return True
    return False


@dataclass(frozen=True)
class Rule:
    role: Role
    test: Callable[[Features], bool]
    why: str


def _cue(pattern: str) -> Callable[[Features], bool]:
    rx = re.compile(pattern, re.I)
    return lambda f: bool(rx.search(f.text))


def _lemma(*words: str) -> Callable[[Features], bool]:
    wanted = frozenset(words)
    return lambda f: bool(f.lemmas & wanted)


_HEDGE_OR_NEXT = (
    r"\b(?:will|shall|is (?:due|set|expected|scheduled|likely) to|are (?:due|set|expected|scheduled|likely) to|"
    r"plans? to|planned|upcoming|next (?:week|month|year|season|summer|spring|autumn|winter|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|round|stage|step|hearing|game|match)|later this (?:week|month|year)|"
    r"deadline|will face|awaits?|pending|is to be|are to be|adjourned until|remanded|bailed until|"
    r"is expected|are expected|could face|faces? (?:up to|a maximum)|due in court|due to appear|to be sentenced)"
)

# A quotation's end with its speech frame: "…,' added the Italian." (the speaker named
# by a description the attribution reader does not take for a name).
_FRAMED = re.compile(r"[,!?]['’\"”] (?:(?:[Hh]e|[Ss]he|[Tt]hey|the \w+|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) )?"
                     r"(?:said|says|added|adds|told|tells|explained|insisted|admitted|warned)\b"
                     r"(?: (?:the|[A-Z])[\w'’-]*(?: [A-Z]?[\w'’-]+){0,3})?[.!]?$")

# Quoted words that are speech, not a title or a term ("“Parasite” was …", "the 'gold
# digger' jibe"): a quoted passage of three words or more, or one left open.
_SPEECH_PASSAGE = re.compile(r"(?:^|(?<=[\s(:—–-]))[‘“\"'][\w-]+(?:['’][a-z]{1,2}\b)?(?:[ ,;:]+[\w-]+(?:['’][a-z]{1,2}\b)?){2,}"
                             r"|[‘“][^’”]*$|^[^‘“]*[’”]")

RULES: tuple[Rule, ...] = (
    Rule("debris", lambda f: bool(DEBRIS.search(f.text) or CAPTION.search(f.text) or TICKER.search(f.text)),
         "layout, captions, links, tickers"),
    Rule("debris", lambda f: f.spliced, "a caption or another sentence run into this one"),
    Rule("debris", lambda f: f.verbless, "no finite verb: a caption, a heading or a fragment"),
    Rule("debris", _cue(r"^visit site\b|\bvisit site [A-Z]"), "a shopping widget ('Visit site') run into the text"),
    Rule("other_side", lambda f: f.rebuttal, "a denial or a response"),
    Rule("other_side", _cue(r"declined to comment|did not (?:immediately )?respond|could not be reached|"
                            r"(?:is|are|has|have) (?:yet|still) to (?:comment|respond|reply)|"
                            r"no comment|hit back|pleaded not guilty|maintain(?:s|ed)? (?:his|her|their) innocence|"
                            r"in a statement|a spokes(?:man|woman|person) (?:for|said|told)|insist(?:s|ed)? (?:that|he|she|they|it)"),
         "a denial or a response"),
    Rule("allegation", _lemma("allege", "accuse", "suspect", "charge"), "an allegation and its owner"),
    Rule("allegation", _cue(r"\bclaim(?:s|ed|ing)? (?:that|to have|to be|he|she|they|it|the)\b|\bclaims? (?:of|against|by|that)\b"),
         "an allegation and its owner"),
    Rule("allegation", _cue(r"\b(?:allegedly|reportedly|according to|is said to|are said to|suspected of)\b"),
         "an allegation and its owner"),
    Rule("next", lambda f: f.tense == "future" or f.later_date or f.fixture, "a planned or future event"),
    Rule("next", _cue(_HEDGE_OR_NEXT), "a planned or future event"),
    Rule("next", lambda f: f.outlook, "a possibility or a forecast still to come"),
    Rule("next", lambda f: bool(NOT_UNTIL.search(f.text)), "an event due later ('not scheduled until March')"),
    Rule("next", _cue(r"\b(?:is|was) (?:too early|too soon) to (?:say|tell|know) whether\b"), "a decision still to come"),
    Rule("background", lambda f: f.earlier_date and f.tense != "future", "an earlier, dated event"),
    Rule("background", lambda f: f.earlier_main and f.tense != "future" and not f.is_quote,
         "an earlier event (a cue on the main clause)"),
    Rule("background", lambda f: f.perfect_past, "an earlier event (past perfect)"),
    Rule("background", _cue(r"\b(?:last (?:year|month|week|season|summer|winter|spring|autumn|time)|previously|"
                            r"earlier this (?:year|month|week)|\d+ (?:years?|months?|weeks?) ago|in the past|"
                            r"since (?:19|20)\d\d|first (?:came|emerged|appeared)|history of)\b"),
         "an earlier event"),
    Rule("next", _cue(r"\b(?:(?:are|is|appears? to be|seems? to be) (?:now )?(?:prepared|preparing|poised|ready|considering|"
                      r"weighing) to|(?:vow(?:s|ed)?|pledg(?:es|ed)|threaten(?:s|ed)?|intends?) to (?:take|appeal|challenge|sue|"
                      r"fight|seek|bring|pursue|launch|file|contest|return|stand|vote|block|overturn)|"
                      r"(?:is|are|has|have) yet to|awaiting|could face)\b"),
         "an intention or readiness still to be acted on"),
    Rule("background", _cue(r"\b(?:(?:began|started|originated) (?:in|as|when|after|during|more than|over|at)|"
                            r"was (?:founded|established|invented|introduced) (?:in|by|as)|dates? back|"
                            r"for (?:decades|centuries|generations)|traditionally|in the (?:18|19|20)\d0s|"
                            r"(?:first|originally) (?:joined|introduced|used|proposed|coined|developed))\b"),
         "history: how something began"),
    Rule("other_side", _cue(r"\b(?:(?:called|branded|described) (?:the|these|those|his|her|their) (?:allegations?|claims?|"
                            r"accusations?|charges?|report|reports|criticism|story|comments) (?:as )?|"
                            r"said (?:the|these) (?:allegations?|claims?|accusations?|charges?) (?:were|are|was|is) "
                            r"(?:false|untrue|baseless|unfounded|nonsense|wrong|ridiculous|without)|"
                            r"(?:has|have|had) always (?:denied|maintained|insisted))\b"),
         "a reply to an allegation"),
    Rule("significance", _cue(r"\b(?:first(?!\s+(?:lady|minister|secretary|half|team|round|leg|class|name|floor|aid|division|degree|grade|day|week|night|thing|step|place|look))|largest|biggest|record|historic|landmark|unprecedented|milestone|"
                              r"highest|lowest|worst|most (?:common|popular|expensive|powerful|senior)|"
                              r"only (?:the )?(?:second|third)|could (?:affect|mean|lead|cost|see|become|pose|threaten|hurt|harm|damage|"
                              r"undermine|trigger|spark|worsen)|would (?:mean|affect|cost)|"
                              r"means that|raises? (?:questions|fears|concerns)|threatens?|at risk|crisis|"
                              r"for the first time|breakthrough)\b"),
         "what is at stake"),
    Rule("reaction", lambda f: f.is_quote and f.speaker is not None, "speech with its speaker"),
    Rule("quote", lambda f: ((f.is_quote and bool(_SPEECH_PASSAGE.search(f.text))) or f.inside_quote)
         and f.speaker is None and not _FRAMED.search(f.text),
         "speech without its speaker: never a statement alone"),
    Rule("numbers", lambda f: bool(f.labels & {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}), "figures"),
)


@dataclass(frozen=True)
class Roles:
    """The roles of one sentence."""

    roles: frozenset[Role]
    primary: Role

    def has(self, *roles: Role) -> bool:
        return bool(self.roles & set(roles))


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def features(
    span: Span, facts: SentenceFacts, analysis: Analysis, latest_year: int | None, *, inside_quote: bool = False
) -> Features:
    """The feature record of one sentence."""
    text = span.text
    ref = analysis.reference_date.isoformat() if analysis.reference_date else None
    earlier = later = False
    for d in analysis.dates:
        if d.sentence != facts.id or not d.value:
            continue
        if ref:
            earlier |= d.value < ref[: len(d.value)]
            later |= d.value > ref[: len(d.value)]
    if not ref and latest_year:
        years = [int(y) for y in _YEAR.findall(text)]
        earlier |= any(y < latest_year for y in years)
    root = span.root
    perfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in root.children) and root.tag_ == "VBN"
    return Features(
        text=text,
        low=text.lower(),
        lemmas=frozenset(t.lemma_.lower() for t in span),
        labels=frozenset(t.ent_type_ for t in span if t.ent_type_),
        tense=facts.tense,
        is_quote=facts.is_quote,
        speaker=facts.attribution,
        earlier_date=earlier,
        later_date=later,
        perfect_past=perfect,
        inside_quote=inside_quote,
        verbless=verbless(span),
        fixture=fixture(span),
        outlook=outlook(span, is_quote=facts.is_quote),
        earlier_main=earlier_on_main_clause(span),
        rebuttal=rebuttal(span),
        spliced=run_on(span) or bool(SPLICE.search(text)) or (facts.id != "s1" and caption_like(span, facts.id, analysis)),
    )


def tag(f: Features) -> Roles:
    """The roles the rules give a sentence; ``detail`` when none does."""
    found = {r.role for r in RULES if r.test(f)}
    if not found:
        found = {"detail"}
    primary = next(r for r in PRIORITY if r in found or r == "detail")
    return Roles(frozenset(found), primary)


def latest_year(analysis: Analysis) -> int | None:
    """The latest year the story names (what "earlier" is measured against when it has no
    date of its own)."""
    years = [int(y) for s in analysis.sentences for y in _YEAR.findall(s.text)]
    return max(years) if years else None


def story_roles(spans: Sequence[Span], analysis: Analysis) -> tuple[Roles, ...]:
    """One :class:`Roles` per sentence of the story, in order."""
    latest = latest_year(analysis)
    inside = speech_continuations(analysis, spans[0].doc.text if spans else "")
    out = [tag(features(sp, f, analysis, latest, inside_quote=f.id in inside))
           for sp, f in zip(spans, analysis.facts, strict=True)]
    for i in layout_lines(analysis.sentences, spans[0].doc.text if spans else ""):
        # A subhead or a list item, by its place on the page (debris.layout_lines).
        out[i] = Roles(out[i].roles | {"debris"}, "debris")
    for i in range(len(out) - 1):
        if OWNS_PREVIOUS.match(analysis.sentences[i + 1].text.strip()):
            # "The Duchess is a modern-day suffragette. Or so says actress Patsy Kensit": the
            # statement is someone's view, its owner in the next sentence — speech, not fact.
            out[i] = Roles(out[i].roles | {"quote"}, out[i].primary)
    return tuple(out)


def conditioned(verb: Token) -> bool:
    """Whether a clause opened by "if" or "unless" hangs on ``verb`` ("will be devastated
    … if the guides walk free", "will clinch a place if they win")."""
    return any(a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in a.children)
               for a in verb.children)


OWNS_PREVIOUS = re.compile(
    r"^(?:Or |And )?[Ss]o (?:says?|said|claims?|claimed|believes?|believed|argues?|argued|insists?|insisted|"
    r"reckons?|thinks?)\b|^That(?:'s|’s| is| was) (?:according to|the (?:view|verdict|claim|opinion|conclusion|"
    r"message|warning) of|what \w+ (?:says?|said|claims?|believes?|thinks?))\b|^At least,? (?:that(?:'s|’s| is) )?"
    r"(?:according to|what)\b"
)
"""A sentence that names the owner of the one before it ("Or so says …", "That's
according to …")."""


def owner_phrase(span: Span) -> str | None:
    """The owner a sentence matching :data:`OWNS_PREVIOUS` names, as a frame to append to
    the sentence it owns: "Or so says actress Patsy Kensit, who …" → "says actress Patsy
    Kensit"; "That's according to the Met Office." → "according to the Met Office"; None
    when the owner is no short named phrase."""
    if not OWNS_PREVIOUS.match(span.text.strip()):
        return None
    for t in span:
        if t.lower_ == "according" and t.i + 1 < span.end and span.doc[t.i + 1].lower_ == "to":
            pobj = next((c for c in span.doc[t.i + 1].children if c.dep_ == "pobj"), None)
            if pobj is None:
                return None
            cut = {i for c in pobj.children if c.dep_ in {"relcl", "acl", "appos"} for i in (x.i for x in c.subtree)}
            words = [x.text for x in pobj.subtree if x.i not in cut and not x.is_punct]
            return "according to " + " ".join(words) if 1 <= len(words) <= 6 and pobj.ent_type_ else None
        if t.pos_ == "VERB" and t.lemma_ in {"say", "claim", "believe", "argue", "insist", "reckon", "think"}:
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.ent_type_ not in {"PERSON", "ORG", "NORP"}:
                return None
            cut = {i for c in subj.children if c.dep_ in {"relcl", "acl", "appos"} for i in (x.i for x in c.subtree)}
            words = [x.text for x in subj.subtree if x.i not in cut and not x.is_punct]
            verb = t.text.lower() if t.tag_ in {"VBZ", "VBD"} else "says"
            return f"{verb} {' '.join(words)}" if 1 <= len(words) <= 6 else None
    return None
