"""The point of view: 2–4 labelled context statements, in the manner of Axios, or nothing.

Without a language model the honest analysis is labelled context: each statement is
``Label: sentence``, the label one of :data:`~copydesk.contract.VIEWPOINT_LABELS`, the
sentence a source sentence (shortened only by :func:`compress`, made to stand alone
by :func:`standalone`) whose role fits the label:

* *Why it matters* — a sentence stating significance (a first, a record, a threat, a
  consequence: role ``significance``);
* *The backstory* — an earlier event (role ``background``: an earlier date, the past
  perfect, "last year"), never one still to come;
* *The other side* — a denial or a response, with its owner (role ``other_side``);
* *By the numbers* — a key figure: money, a percentage, a count in the hundreds or
  more (role ``numbers``);
* *What's next* — a planned or future event that matters to the story (role ``next``;
  a main clause in the future — "will", "is due to", a later date — over a hearing, a
  vote, a decision, a fight, legal action or a date; or a stated readiness, "are
  prepared to take their battle to court"), never a habit ("will only drink hot
  water") and never one that already happened.

A sentence ending on a bare list number ("… have bet $1m on him 7.") is list debris and
is skipped, not repaired. The point of view picks first (:func:`plan`, before the
takeaways, which then leave its two sentences alone).

Each label at most once, each sentence at most once, none the synopsis or the
takeaways used. When fewer than two sentences fit, the part is left out (``()``): a
template ("The story centres on …") or filler ("Context: …") is worse than nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date
from difflib import SequenceMatcher

from spacy.tokens import Token

from copydesk.contract import PARTS, VIEWPOINT_LABELS
from copydesk.generate.compress import cut_faults, word_count
from copydesk.generate.quotes import speech_continuations
from copydesk.generate.reference import leans
from copydesk.generate.roles import (
    NOT_UNTIL,
    SINCE_EVENT,
    earlier_on_main_clause,
    outlook,
    reported_clauses,
)
from copydesk.generate.select import Candidate, jaccard, story_text
from copydesk.generate.synopsis import (
    COURT_OUTCOMES,
    outcome_verbs,
    same_person,
    unintroduced,
    unnamed_epithet,
)
from copydesk.generate.takeaways import Bullet, _is_person_noun, prepare, takeaways, upcoming
from copydesk.model import Analysis, Claim, DateMention, Takeaway

WHY, BACKSTORY, NEXT, OTHER_SIDE, NUMBERS = VIEWPOINT_LABELS
MIN_ITEMS = PARTS["viewpoint"].min_items
MAX_ITEMS = PARTS["viewpoint"].max_items
MAX_WORDS = (PARTS["viewpoint"].max_words or 40) - 4
"""Words of the sentence after its label (the label takes up to three, plus slack)."""
RETOLD = 0.7
"""Share of a sentence's content words the synopsis already holds, above which it retells the news."""


# A sequence's participle ("the first eliminated in …", "the first sent off"): no significance,
# while "the first seed to …", "the first United player to …" are.
_SEQUENCE_PARTICIPLE = (r"(?:eliminated|knocked|sent|dismissed|ejected|relegated|disqualified|dropped|booked|"
                        r"substituted|replaced|retired|out|off)\b")

# Significance the story states, not the word "first" in "first six games".
_SIGNIFICANT = re.compile(
    r"\b(?:for the first time|first[- ]ever|"
    # … not an ordinal in a sequence ("the first set in 47 minutes", "the first half")
    r"the first (?!(?:set|half|round|leg|innings|quarter|period|minute|goal|game|match|race|heat|lap|day|week|month|"
    r"year|two|three|four|few|stage|part|one)\b)(?!" + _SEQUENCE_PARTICIPLE + r")(?:\w+ ){0,3}(?:to|in|since|of its kind|ever)|"
    r"(?:marks?|marked|is|was|are|were|be|becomes?|became) (?:the|a) first\b(?! " + _SEQUENCE_PARTICIPLE + r")(?=(?: [\w-]+){0,3} (?:to|since|ever|in|for|of its kind)\b)|the first (?:time|such|case|of its kind) (?:that )?|"
    r"the first (?:sign|signs|indication|evidence|hint|step|test|phase|stage) (?:of|that)\b|"
    r"(?:largest|biggest|highest|lowest|worst|best|deadliest|heaviest|strongest|weakest|longest) (?:[\w-]+ ){0,4}"
    r"(?:in|for) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|\w+ty) (?:years|decades)|"
    r"first[- ]of[- ]its[- ]kind|the only (?:\w+ ){0,2}(?:to|in)|"
    r"(?:world|national|british|club|all-time|new) record|(?:broke|breaks|set|sets|equalled|smashed|shattered) "
    r"(?:the |a )?(?:[\w-]+ ){0,3}record|record[- ](?:high|low|breaking|number|levels?)|"
    r"(?:largest|biggest|highest|lowest|worst|best) (?:[\w-]+ ){0,5}(?:ever|since|on record|in (?:history|the world|europe|"
    r"britain|the uk|the us|the u\.s\.|america|the united states|the country))|"
    r"a long way from \w+ing\b|(?:suggests?|shows?|showed|suggested) (?:that )?(?:taxpayers|the country|the government|the economy)|"
    r"historic|landmark|unprecedented|milestone|breakthrough|"
    r"could (?:affect|mean|lead|cost|see|leave|force|put|prevent|save|change|hit|end|spell|cause|derail|open|"
    r"become|pose|threaten|hurt|harm|damage|undermine|boost|trigger|spark|worsen|jeopardi[sz]e)|"
    r"would (?:mean|affect|cost|leave|force|prevent|end|change|make it)|means that|"
    # a threat to something that matters, not an actor's threat ("threatens to make the video public")
    r"raises? (?:questions|fears|concerns)|threatens? (?:to (?:undermine|derail|destroy|end|wreck|topple|scupper|"
    r"jeopardi[sz]e|disrupt|cripple|overwhelm|plunge|halt|block|sink|collapse)|the (?:health|future|survival|lives|"
    r"livelihoods?|stability|safety|security|economy|existence))|at risk|"
    r"crisis|major blow|blow to|boost to|"
    r"significan(?:t|ce)|crucial|key to|paves? the way)\b",
    re.I,
)
_OTHER_SIDE = re.compile(
    r"\b(?:den(?:y|ies|ied|ial)|dispute[sd]?|refute[sd]?|reject(?:s|ed)?|dismiss(?:es|ed)?|"
    r"respon(?:d|ds|ded|se)|repl(?:y|ied|ies)|hit back|declined to comment|did not (?:immediately )?respond|"
    r"(?:yet|still) to comment|"
    r"could not be reached|pleaded not guilty|innocen(?:t|ce)|in a statement|insist(?:s|ed)?|defend(?:s|ed)?|"
    r"(?:called|branded|described) (?:the|these|those|his|her|their) (?:allegations?|claims?|accusations?|charges?|"
    r"reports?|criticism|story|comments))\b",
    re.I,
)
_EARLIER = re.compile(
    r"\b(?:last (?:year|month|week|season|summer|winter|spring|autumn|time)|previously|earlier this (?:year|month|week)|"
    r"\d+ (?:years?|months?|weeks?) ago|in the past (?:year|decade|\w+ years)|recently|in (?:19|20)\d\d|since (?:19|20)\d\d|first (?:came|emerged|appeared)|"
    r"history of|has long|had (?:been|already)|(?:began|started|originated|emerged) (?:in|as|when|after|during|more|over|"
    # (not a clock time: "The fire started at around 6:30am on Tuesday" is the news)
    r"at(?! (?:around |about |approximately |roughly )?\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.|o'clock)\b))|"
    r"was (?:founded|established|created|invented|introduced|built|born)|dates? back|for (?:decades|centuries|generations)|"
    + SINCE_EVENT + r"|for (?:months|weeks|years)|"
    r"traditionally|over the (?:past|last) (?:\w+ )?(?:years|decades)|in the (?:18|19|20)\d0s|(?:first|originally) "
    r"(?:joined|introduced|used|began|started|proposed|coined|made|developed|appeared))\b",
    re.I,
)


def _fits_why(c: Candidate, b: Bullet, analysis: Analysis) -> bool:
    """Significance the sentence states in its own words, not inside a quotation."""
    if not c.roles.has("significance") or re.match(r"\W*[‘“\"']", b.text):
        return False  # someone's words ('"There have been agencies funded this way …," X told …'): speech, not why
    text = _outside_quotes(b.text)
    m = _SIGNIFICANT.search(text)
    if m is not None and re.search(r"\b(?:after|since|before|during|following|amid) (?:the |a |an )?(?:[\w’'-]+ ){0,3}$",
                                   text[: m.start()], re.I):
        return False  # a time or a setting ("… established after the country's 2008 financial crisis")
    # "will not put the crew at risk" says what is *not* at stake.
    clause = NOT_UNTIL.sub(" ", re.split(r"[,;:–—]", text[: m.start()])[-1]) if m else ""
    if m is None or re.search(r"\b(?:not|never|no)\b|n['’]t\b", clause):
        return False
    if _EVALUATIVE.fullmatch(m.group(0)) and _own_view(c):
        return False  # a party's own verdict ("The company says it is an historic day"): reaction, not significance
    if not any(_states_significance(c, mm.group(0)) for mm in _SIGNIFICANT.finditer(text)):
        return False  # "Mrs Cruz, whose husband was the first to …", "signed an historic accord": no claim of its own
    # what came before the news ("Blake won the trophy in 1994"): backstory, not why it matters
    return not (c.span.root.tag_ == "VBD" and (_earlier_year(text, analysis) or (
        c.roles.has("background") and earlier_on_main_clause(c.span))))


_DESCRIBING = frozenset({"relcl", "acl", "appos"})


def _states_significance(c: Candidate, phrase: str) -> bool:
    """Whether the significance ``phrase`` is the sentence's own claim: not inside a
    relative clause or an apposition that describes someone ("Mrs Cruz, whose husband was
    the first to launch …, took leave"), and not an evaluative word that only names the
    thing the main clause acts on or sets beside it ("signed an historic agreement", "as
    part of a landmark accord"): that tells the news or its history, not why it matters."""
    words = phrase.lower().split()
    toks = [t for t in c.span if t.lower_ == words[0] and c.span.doc[t.i : t.i + len(words)].text.lower() == phrase.lower()]
    if not toks:
        return True
    root = c.span.root
    for t in toks:
        if any(a.dep_ in _DESCRIBING and _is_someone(a.head) for a in [t, *t.ancestors]):
            continue
        if len(words) == 1 and _ATTRIBUTIVE.fullmatch(phrase) and t.dep_ in {"amod", "compound"} \
                and _names_a_thing(t.head, root):
            continue
        return True
    return False


def _names_a_thing(noun: Token, root: Token) -> bool:
    """A noun the main verb acts on ("signed an historic agreement") or a phrase only of
    prepositions hangs off it ("established as part of a landmark accord")."""
    if noun.dep_ in {"dobj", "nsubj", "nsubjpass"}:
        return noun.head.i == root.i
    cur = noun
    while cur.dep_ in {"pobj", "prep"} and cur.i != root.i:
        cur = cur.head
    return cur.i == root.i and noun.dep_ == "pobj"


def _is_someone(t: Token) -> bool:
    return t.ent_type_ == "PERSON" or t.lower_ in {"he", "she", "who"} or _is_person_noun(t.lemma_.lower())


_ATTRIBUTIVE = re.compile(r"historic|landmark|unprecedented|milestone|breakthrough|crucial", re.I)
"""Evaluative words that, as an attribute ("an historic agreement"), describe a thing rather
than say what it means."""


_EVALUATIVE = re.compile(r"historic|landmark|unprecedented|milestone|breakthrough|crucial|major blow|blow to|boost to|"
                         r"significan(?:t|ce)|key to|crisis", re.I)
"""Significance that is a verdict, someone's to give: a party who calls its own deal
"historic" praises it; the story stating it is another matter."""
_VIEW_VERBS = frozenset({"say", "tell", "describe", "call", "hail", "label", "welcome", "praise", "claim", "believe",
                         "declare", "insist", "add", "predict", "think", "brand", "tout"})


def _own_view(c: Candidate) -> bool:
    """Whether the sentence gives someone's view: speech, or a main verb of saying or
    praising ("X says it is a historic day", "X hailed the deal as a milestone")."""
    root = c.span.root
    subj = next((t for t in root.children if t.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in _OBSERVERS:
        return False  # an outside judge's reading ("Analysts say the ruling is a major blow to …") is significance
    return c.facts.is_quote or c.roles.has("quote", "reaction") or root.lemma_.lower() in _VIEW_VERBS


_OBSERVERS = frozenset({"analyst", "expert", "observer", "economist", "commentator", "academic", "historian",
                        "researcher", "scientist", "professor"})


def _outside_quotes(text: str) -> str:
    return re.sub(r"(?:^|(?<=\s))[‘“'\"][^’”\"]*?[’”'\"](?=[\s,.;:!?]|$)", " ", text)


def _fits_backstory(c: Candidate, b: Bullet, analysis: Analysis) -> bool:
    """An earlier event or the history behind the story: the role, a past (or past
    perfect) main clause or an earlier decade, and a date or cue that says earlier —
    never one still to come."""
    if not (c.roles.has("background") or _earlier_year(b.text, analysis)) or upcoming(c, analysis) \
            or c.facts.tense == "future" or re.search(r"\b(?:would|could|might|should)(?: not)? have\b",
                                                      _outside_quotes(b.text), re.I):
        return False  # (what might have been is no history: "… would have boosted his claims")
    root = c.span.root
    if root.lemma_.lower() in _SPEECH and re.search(r"[\"“”‘]|(?:^|\s)'", b.text):
        return False  # "X said: 'The shocking rise … since 2010 shows …'": a party's words, not the history
    aux = {a.lower_ for a in root.children if a.dep_ in {"aux", "auxpass"}}
    perfect = root.tag_ == "VBN" and "had" in aux
    past = root.tag_ in {"VBD", "VBN"} or bool(aux & {"had", "has", "have", "was", "were", "could", "would", "did"})
    # The earlier time must be the main clause's, not a side clause's ("Pama, who has no
    # history of violence, was …", "… was jailed after he had been caught …"): those tell
    # the news, not what came before it. An earlier year is the exception: its clause is
    # history wherever it sits ("…, which named the street in 1939").
    span = c.span
    earlier = [re.escape(d.text) for d in analysis.dates if d.sentence == c.id and d.text and _well_before(d, analysis)]
    earlier_date = bool(earlier) and earlier_on_main_clause(span, re.compile("|".join(earlier)))
    cue = earlier_on_main_clause(span, _EARLIER) or _earlier_year(b.text, analysis)
    main_cue = not c.facts.is_quote and earlier_on_main_clause(span)
    # The past perfect of an act ("had sold the farm"), not of a state the news was
    # told in ("had been 'highly emotional'"), nor an outcome ("had been jailed") alone.
    perfect = perfect and root.lemma_.lower() not in _STATIVE | _OUTCOME
    # … and a past perfect alone tells what came before only with a span or an "earlier"
    # ("had lived at the mission for 60 years", "had earlier announced"): "flames had
    # billowed from the cathedral", "the visitors had slumped to 9 for 233", "Khanal had
    # suffered a crushed foot" are the news's own day, told in the order it was reported.
    perfect = perfect and bool(_LONG_BEFORE.search(_outside_quotes(b.text)))
    if root.lemma_.lower() in _OUTCOME and not (cue or earlier_date):
        return False  # the sentencing, the verdict, the arrest: the news, not its history
    return (past and (earlier_date or cue or perfect or main_cue)) or earlier_on_main_clause(span, _DECADE)


_LONG_BEFORE = re.compile(r"\bfor (?:more than |nearly |almost |about |over )?(?:\d+|many|several|two|three|four|five|"
                         r"six|seven|eight|nine|ten|\w+ty) (?:years|decades|generations)\b|"
                         r"\bhad (?:earlier|previously|once|long|already|years ago)\b", re.I)
_SPEECH = frozenset({"say", "tell", "add", "claim", "insist", "argue", "warn", "declare", "write", "tweet"})
_STATIVE = frozenset({"be", "have", "seem", "appear", "remain", "feel", "look", "know", "want", "need", "say", "tell"})
# The verbs that report a story's outcome: without an earlier date on its main clause,
# a sentence led by one is the news itself, never its backstory.
_OUTCOME = frozenset({"jail", "sentence", "convict", "acquit", "fine", "arrest", "charge", "clear", "find", "order",
                      "ban", "suspend", "imprison", "detain", "remand", "plead", "win", "lose", "beat", "die", "kill",
                      "rule"})


def _well_before(d: DateMention, analysis: Analysis) -> bool:
    """A date that is not the news's own week: an earlier year or month, or a day more than
    a fortnight before the story's date ("on Tuesday" resolved is the news, not its history)."""
    ref = analysis.reference_date
    value = d.start or d.value
    if ref is None or not value:
        return False
    iso = ref.isoformat()
    if len(value) == 4 or (len(value) == 7 and value[4] == "-"):
        return value < iso[: len(value)]
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return False
    return (ref - day).days > 14


_DECADE = re.compile(r"\b(?:in|during|since|from|of) the (?:early |late |mid-?)?(?:18|19)\d0s\b|\bhistory\b", re.I)


_YEAR_IN = re.compile(r"\b(?i:in|by|since|during|from|until|of|between) (?:(?:early|late|mid|the summer of|the spring of|"
                      r"the autumn of|the winter of|January|February|March|April|May|June|July|August|September|"
                      r"October|November|December)[ -]?)?(?:(?:his|her|their|its|the) )?(?:\d{1,2},? )?((?:19|20)\d\d)\b")


def _story_year(analysis: Analysis) -> int | None:
    """The year of the story's news: its reference date, else the latest year it names."""
    if analysis.reference_date:
        return analysis.reference_date.year
    years = [int(y) for s in analysis.sentences for y in re.findall(r"\b((?:19|20)\d\d)\b", s.text)]
    return max(years) if years else None


def _earlier_year(text: str, analysis: Analysis) -> bool:
    """ "in 2009", "by 1929", "in September 2008": a year before the story's own."""
    year = _story_year(analysis)
    return year is not None and any(int(y) < year for y in _YEAR_IN.findall(text))


# Something still to come that matters to the story: a hearing, a vote, a decision,
# a fight, legal action, a return, a launch — or a date.
_STAKE = re.compile(
    r"\b(?:court|hearing|trial|sentenc\w*|inquest|appeal\w*|verdict|ruling|rule|judge|jury|charge[sd]?|"
    r"prosecut\w*|extradit\w*|lawsuit|sue|legal|law|bill|legislation|vote[sd]?|voting|election|elect|poll|"
    r"referendum|ballot|decision|decide[sd]?|consider\w*|review\w*|inquiry|investigat\w*|probe|report|"
    r"talks|meet\w*|summit|negotiat\w*|deal|contract|sign\w*|agreement|announce\w*|confirm\w*|unveil\w*|"
    r"ratif\w*|approv\w*|cancel\w*|postpon\w*|action|"
    r"reveal\w*|launch\w*|open\w*|clos(?:e|ure)|release[sd]?|return\w*|fight\w*|battle\w*|bout|match|game|final|"
    r"race|play\w*|face[sd]?|host\w*|tour|visit\w*|present\w*|debut|season|tournament|campaign\w*|"
    r"challenge[sd]?|protest\w*|strike|ban|plan[sd]?|budget|deadline|resign\w*|replace\w*|appoint\w*|"
    r"retire\w*|step down|leave|join|move|transfer|build\w*|construct\w*|complet\w*|test\w*|trial\w*|"
    r"surgery|operation|funeral|wedding|ceremony|auction|sale|cuts?|rise|increase|introduc\w*|start\w*|"
    r"begin\w*|take (?:effect|place|over|their|the|it|his|her)|states|cost|run|hear|miss|birth|"
    r"rates?|growth|boom|recession|inflation|unemployment|prices?|economy|jobs|profits?|losses|forecast\w*)\b",
    re.I,
)
_WHEN = re.compile(
    r"\b(?:next (?:week|month|year|season|summer|spring|autumn|winter|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)|tomorrow|today|tonight|this (?:morning|afternoon|evening)|later this (?:week|month|year)|on (?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)|(?:in|on|by|until|from) (?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)|\b(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december) \d{1,2}\b|\d{1,2} (?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)|this (?:weekend|week|month|year|season|summer|autumn|winter|spring)|"
    r"in (?:(?:about|around|just|the next|a|an|\w+) ){0,2}(?:days?|weeks?|months?|years?|fortnight)|"
    r"(?:in|during|for|within) the (?:next|coming) (?:(?:few|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|\d+) )?(?:hours?|days?|weeks?|months?|years?)|soon|shortly|"
    r"(?:in|by) the (?:middle|end|start|first half|second half) of (?:the|this|next) (?:decade|year|month|season)|"
    r"(?:early|late) next (?:week|month|year)|within (?:days|weeks|months|hours|the (?:next|coming) \w+))\b",
    re.I,
)
# A habit or a trivial future ("will only drink hot water"), not an event.
_HABIT = re.compile(r"\b(?:will|would|'ll|’ll) (?:only|always|usually|often|sometimes|normally|happily|rarely|"
                    r"also (?:be|have) (?:a|an|the)? ?(?:chance|opportunity))\b|\bwill tell you\b", re.I)
# An intention or readiness in the main clause, still to come ("are prepared to take
# their battle to court", "vowed to appeal", "is considering legal action").
_INTENT = re.compile(
    r"\b(?:(?:are|is|am|appears? to be|appear to be|seems? to be|were|was) (?:now )?(?:prepared|preparing|poised|"
    r"ready|planning|considering|expected|likely|set|due|scheduled|hoping|looking|weighing)|"
    r"(?:vow(?:s|ed)?|pledg(?:es|ed)|promis(?:es|ed)|threaten(?:s|ed)?|intends?|plans?|aims?|hopes?) to|"
    r"could (?:face|be|now)|faces? (?:a|an|up to|the prospect|trial|charges|jail|prison|extradition)|"
    r"(?:is|are) (?:yet|still) to|has yet to|have yet to|(?:has|have) plans to|awaits?|awaiting|pending|"
    r"(?:is|was) (?:too early|too soon) to (?:say|tell|know) whether)\b",
    re.I,
)


def _fits_next(c: Candidate, b: Bullet, analysis: Analysis) -> bool:
    """Something still to come that matters to the story (a hearing, a vote, a decision,
    a fight, legal action, a dated event), the story's own statement: not a "will"
    inside someone's quote, not a habit ("will only drink hot water"), never an event
    that already happened."""
    if not c.roles.has("next") or c.roles.has("quote") or _conditional(c) or _told_as_done(c):
        return False
    if _measure(c):
        return False  # "The scheme will cost £350 million a year": a figure, not an event anyone has set
    if _WISH.search(_outside_quotes(b.text)) and not _WHEN.search(_outside_quotes(b.text)):
        return False  # "X says his side will need to guard against complacency": a view of what it takes, no event
    if _speculative(c) and not _WHEN.search(_outside_quotes(b.text)):
        return False  # "Builders could start installing heat pumps", "law and order will be one of his priorities"
    if c.facts.is_quote:
        named = (c.facts.attribution is not None and c.facts.attribution.lower() not in {"he", "she", "they", "it"}
                 and not re.search(r"\b(?:he|she|they)\b", _outside_quotes(b.text), re.I))
        if not named or _HABIT.search(b.text) or _PAST_EXPECTATION.search(b.text):
            return False
        if re.search(r"[\"“”‘’]", b.text):
            # Someone's stated next step in their own words, with a time it names
            # ('"We'll consider further action next week," Mr Sherbon said.'): not a mere "will".
            return bool(_WHEN.search(b.text)) and bool(_STAKE.search(b.text))
        # Reported with its owner ("Forecasting firm BIS Shrapnel says interest rates are set
        # to remain low … next year"): the forecast keeps who made it.
        return upcoming(c, analysis) and bool(_STAKE.search(b.text) or _WHEN.search(b.text))
    text = _outside_quotes(b.text)
    if _HABIT.search(text) or _PAST_EXPECTATION.search(text) or (
            _WILL_NOT.search(text) and not re.search(r"\b(?:will|'ll|’ll) (?!not\b)", text)):
        return False  # "… it will not help unemployment": a forecast of what won't happen is no next step
    if _standing(text) or _VIEW_AHEAD.search(text):
        return False  # "… will be in overall charge in case of a conflict", "Many will see the move as …"
    # (the stake is what is planned, not the word "plan": "Dads plan to outspend moms by 63%")
    staked = _STAKE.search(_PLAN_WORD.sub(" ", text))
    if (upcoming(c, analysis) or _future_conjunct(c) or NOT_UNTIL.search(text)
            or outlook(c.span, is_quote=c.facts.is_quote)):
        if c.span.root.tag_ == "VBD" and _future_conjunct(c) and not upcoming(c, analysis):
            # "Mrs Cruz took unpaid leave … and will stay away for the duration of his
            # campaign": a done act's sequel; a next step only with its date ("… and will
            # await a hearing on June 12")
            return bool(_WHEN.search(text) or _later_date(c, analysis))
        return bool(staked or _WHEN.search(text) or _later_date(c, analysis))
    # An intention the main clause states, not one a past event already fulfilled.
    m = _INTENT.search(text)
    if m is not None and _others_plans(c) and not (_WHEN.search(text) or _later_date(c, analysis)):
        return False  # "The star backed Labour's plans to ban …": the news is the backing; no date, no next step
    return m is not None and _main_clause_intends(c) and bool(staked or _WHEN.search(text))


_PLAN_WORD = re.compile(r"\bplan(?:s|ned|ning)?(?= to\b)", re.I)
# A standing arrangement for a case that may never come ("will be in charge in case of a
# conflict", "would help in an emergency"): no event anyone has set.
_CONTINGENCY = re.compile(r"\b(?:in (?:the )?case of|in the event (?:of|that)|in (?:an|any) emergency|"
                          r"if (?:needed|necessary|required|called upon)|should (?:it|they|he|she) be needed)\b", re.I)
# A view of the news ahead ("Many will see the move as a sign that …"), not an event.
_VIEW_AHEAD = re.compile(r"\b(?:will|'ll|’ll) (?:see|view|regard|read|interpret|take) (?:it|this|that|the \w+|his \w+|"
                         r"her \w+|their \w+) as\b|\b(?:will|'ll|’ll) (?:be )?(?:seen|viewed|regarded|read) as\b", re.I)


def _standing(text: str) -> bool:
    """A contingency on the sentence ("in case of a conflict") with no date: an arrangement."""
    return bool(_CONTINGENCY.search(text)) and not _WHEN.search(text)


def _others_plans(c: Candidate) -> bool:
    """Whether the intention is a plan (a noun) the past main verb acts on ("backed
    Labour's plans to ban …", "outlined plans to increase …"): the backing or the outline
    is the news; the plan is no next step without a date."""
    root = c.span.root
    return root.tag_ == "VBD" and any(t.dep_ in {"dobj", "pobj"} and t.lemma_.lower() in {"plan", "proposal"}
                                      for t in root.subtree if t.head.i == root.i or t.head.head.i == root.i)


def _future_conjunct(c: Candidate) -> bool:
    """A main clause's second verb, sharing its subject, in the future ("He was remanded on
    bail and will await a hearing on June 12"): the sentence ends on what comes next."""
    root = c.span.root
    return any(
        v.dep_ == "conj" and v.pos_ in {"VERB", "AUX"}
        and not any(t.dep_ in {"nsubj", "nsubjpass"} for t in v.children)
        and any(t.dep_ == "aux" and t.lower_ in {"will", "'ll", "’ll"} for t in v.children)
        for v in root.children
    )


_WISH = re.compile(r"\b(?:will|would|'ll|’ll) (?:need|have|want) to\b|\bwill be (?:one of )?(?:[\w’'-]+ ){0,3}"
                   r"priorit(?:y|ies)\b|\b(?:must|should|ought to|needs? to|has to|have to)"
                   r" (?!be (?:held|heard|decided|announced|completed|approved|signed)\b)|"
                   r"\bwill be (?:looking|hoping|aiming|keen|determined|eager) to\b", re.I)
"""A need, a duty or a wish ("will need to guard against complacency", "must improve"):
what someone thinks it takes, not a planned event."""


def _measure(c: Candidate) -> bool:
    """A main clause (or the clause a source reports) that only measures ("will cost",
    "will total", "will amount to")."""
    root = c.span.root
    return any(h.lemma_.lower() in {"cost", "total", "amount"}
               for h in [root, *reported_clauses(root, _REPORTING | {"estimate", "expect"})])


def _told_as_done(c: Candidate) -> bool:
    """A main clause, or the clause a source reports, in the past perfect ("Police say an
    email had mentioned plans to attack …"): an earlier event, whatever plan it names."""
    root = c.span.root
    for h in [root, *reported_clauses(root, _REPORTING | {"allege", "claim", "reveal", "hear"})]:
        if h.tag_ == "VBN" and any(a.dep_ == "aux" and a.lower_ == "had" for a in h.children):
            return True
    return False


def _speculative(c: Candidate) -> bool:
    """A main clause (or the clause a source reports) that guesses rather than plans: a
    "could", "might", "may" or "would" ("Warming could unleash …"), or a future state
    ("The new prince will be fourth in line", "law and order will be one of his
    priorities") — no event anyone has set."""
    root = c.span.root
    heads = [root, *reported_clauses(root, _REPORTING)]
    for h in heads:
        aux = {a.lower_ for a in h.children if a.dep_ in {"aux", "auxpass"}}
        if aux & {"could", "might", "may", "would"} and h.lemma_ != "face":
            return True
        complement = [t for a in h.children if a.dep_ in {"attr", "acomp", "prep"} for t in a.subtree]
        if h.lemma_ == "be" and aux & {"will", "'ll", "’ll"} and complement and not _STAKE.search(
                " ".join(t.text for t in complement)):
            return True  # (not "will be on sale", "will be in court")
    return False


def _conditional(c: Candidate) -> bool:
    """What comes only if something else does, as someone warns or guesses it ("… warns
    that the UK faces turmoil if there is a hung parliament", "If that's anything to go
    by, … will be a hit"): a warning or a guess, not a next step. A sentence that opens on
    its condition, or a condition on the clause a source reports; a plan with a proviso
    ("homes are set to be in the line of fire if the wind changes") stays."""
    if c.span[0].lower_ in {"if", "unless"}:
        return True
    heads = {t.i for t in c.span.root.children if t.dep_ == "ccomp"}
    return any(t.lower_ in {"if", "unless"} and t.dep_ == "mark" and t.head.dep_ == "advcl" and t.head.head.i in heads
               for t in c.span)


_WILL_NOT = re.compile(r"\b(?:will|would|'ll|’ll) not\b|\bwon['’]t\b(?!.*\buntil\b)", re.I)
_PAST_EXPECTATION = re.compile(r"\b(?:was|were|had been) (?:expected|due|set|scheduled|supposed|planning) to\b|"
                               r"\bhad (?:planned|hoped|intended|vowed) to\b", re.I)


def _later_date(c: Candidate, analysis: Analysis) -> bool:
    ref = analysis.reference_date.isoformat() if analysis.reference_date else None
    return bool(ref) and any(
        d.sentence == c.id and (d.start or d.value or "") > (ref or "")[: len(d.start or d.value or "")]
        for d in analysis.dates
    )


_REPORTING = frozenset({"say", "tell", "warn", "believe", "think"})


def _main_clause_intends(c: Candidate) -> bool:
    """Whether the intention ("are prepared to", "vowed to", "faces") is the sentence's
    main verb or one of its auxiliaries or complements, not a side clause's."""
    root = c.span.root
    # … or a named source's reported clause ("Police in Karachi say it is likely more raids will …")
    heads = [root, *reported_clauses(root, _REPORTING)]
    main = {h.i for h in heads} | {t.i for h in heads for t in h.children
                                   if t.dep_ in {"aux", "auxpass", "xcomp", "acomp", "neg", "advmod"}}
    main |= {t.i for h in list(main) for t in c.span.doc[h].children if t.dep_ in {"aux", "auxpass", "xcomp"}}
    # "has plans to press charges": the intention is the main verb's object
    main |= {t.i for h in heads for t in h.children if t.dep_ == "dobj" and t.lemma_ in {"plan", "intention", "hope"}
             and any(x.dep_ in {"acl", "xcomp", "relcl"} and x.tag_ == "VB" for x in t.children)}
    return any(c.span.doc[i].lower_ in {"prepared", "preparing", "poised", "ready", "planning", "considering",
                                          "expected", "likely", "set", "due", "scheduled", "hoping", "looking",
                                          "weighing", "vow", "vows", "vowed", "pledges", "pledged", "promises", "intention", "intentions",
                                          "promised", "threaten", "threatens", "threatened", "intend", "intends",
                                          "plan", "plans", "aim", "aims", "hope", "hopes", "face", "faces", "could",
                                          "yet", "await", "awaits", "awaiting", "pending", "appear", "appears",
                                          "seem", "seems", "early", "soon"}
               for i in main)


def _fits_other_side(c: Candidate, b: Bullet, analysis: Analysis) -> bool:
    """A reply or a denial by the other party, with its owner — not a court's ruling
    ("the judge dismissed his claims")."""
    m = _OTHER_SIDE.search(_outside_quotes(b.text) or b.text) if c.roles.has("other_side") else None
    if m is None:
        return False
    if re.search(r"\b(?:unable|not able|fail(?:s|ed)?|cannot|can['’]t|could(?:n['’]t| not)) to\s*$|"
                 r"\b(?:cannot|can['’]t|could(?:n['’]t| not))\s*$", (_outside_quotes(b.text) or b.text)[: m.start()]):
        return False  # "felt unable to defend themselves": no reply
    # The bench's ruling, on the main verb or on the verb of the denial ("…, but the judge
    # denied the request").
    verbs = [c.span.root, *(t for t in c.span if t.lemma_ in _REPLY_VERBS)]
    subjects = [t for v in verbs for t in v.children if t.dep_ in {"nsubj", "nsubjpass"}]
    if any(w.lemma_.lower() in _BENCH for t in subjects for w in t.subtree):
        return False
    if any(t.lemma_ == "defend" and (t.head.lemma_ in {"refuse", "decline"} or any(x.dep_ == "neg" for x in t.children))
           and any(o.dep_ == "dobj" and (o.ent_type_ == "PERSON" or o.lower_ in {"him", "her", "them"}
                                         or o.lemma_.lower() in _DEFENDED) for o in t.children) for t in c.span):
        return False  # "lawyers refused to defend the perpetrators": no one's reply (a lawyer who defends one is)
    # "dismissed the unseeded Almagro", "rejected Smith": a rival beaten, not a reply.
    return not any(t.lemma_ in _REPLY_VERBS and any(o.dep_ == "dobj" and (o.ent_type_ == "PERSON" or o.pos_ == "PROPN")
                                                     for o in t.children) for t in c.span)


_REPLY_VERBS = frozenset({"dismiss", "reject", "deny", "dispute", "refute", "rebuff"})
_DEFENDED = frozenset({"perpetrator", "accused", "suspect", "defendant", "client", "man", "woman", "men", "women",
                       "boy", "girl", "attacker", "killer"})
_ANSWER_VERBS = _REPLY_VERBS | {"respond", "reply", "insist", "defend", "hit", "decline"}


def _same_side(c: Candidate, main: Candidate) -> bool:
    """Whether the reply in ``c`` is made by the news's own actor, the subject of the main
    sentence's active main clause ("Unions have not ruled out disruptions …" and "… but
    unions will advise members to reject it"): that side's next move, not the other side.
    An accused who denies ("Smith was charged …", "Smith denies …") is the other side."""
    root = main.span.root
    if root.lemma_ in _REPORTED_BY or root.lemma_ in {"deny", "face", "be"}:
        return False
    actor = next((t for t in root.children if t.dep_ == "nsubj"), None)
    if actor is None or actor.pos_ == "PRON":
        return False
    for v in c.span:
        if v.lemma_.lower() not in _ANSWER_VERBS or v.pos_ not in {"VERB", "AUX"}:
            continue
        cur = v
        while cur.dep_ in {"xcomp", "conj", "ccomp"} and not any(t.dep_ in {"nsubj", "nsubjpass"} for t in cur.children):
            cur = cur.head
        subj = next((t for t in cur.children if t.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ != "PRON" and subj.lemma_.lower() == actor.lemma_.lower():
            return True
    return False


_BENCH = frozenset(["judge", "court", "jury", "magistrate", "magistrates", "justice", "tribunal", "panel", "referee"])


_BIG_NUMBER = re.compile(r"[£$€]\s?\d|\d\s?(?:%|per ?cent)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty)[ -](?:%|per ?cent)|\b\d{1,3}(?:,\d{3})+\b|\b(?:million|billion)\b|"
                         # a toll: "more than 120 injured", "killing 14 people"
                         r"\b(?:\d{2,}|dozens|scores|hundreds|thousands) (?:\w+ ){0,5}(?:were |have been |had been )?"
                         r"(?:killed|injured|wounded|dead|died|arrested|detained|evacuated|missing|hurt)\b|"
                         r"\b(?:killing|injuring|wounding|leaving) (?:at least |more than |about |some )?\d{2,}\b", re.I)


def _fits_numbers(c: Candidate, b: Bullet, analysis: Analysis) -> bool:
    """A key figure: money, a share, a count of hundreds or more — not a year, an age,
    a score, a distance or a quotation's number."""
    if not c.roles.has("numbers"):
        return False
    root = c.span.root
    if any(h.lemma_.lower() in _FORECASTS and (h.lemma_.lower() != "point" or any(
            p.dep_ == "prep" and p.lower_ == "to" for p in h.children))
           for h in [root, *reported_clauses(root, _REPORTED_BY)]):
        return False  # "X says the survey points to an unemployment rate of 7.25 per cent": a forecast, not a figure
    text = re.sub(r"\b(?:19|20)\d\d\b", "", _outside_quotes(b.text))  # the story's figure, not a quote's
    for t in c.span:
        if (t.like_num or t.text[:1] in {"$", "£", "€"}) and _describes_subject(t, c):
            text = text.replace(t.text, " ", 1)  # ("The pair, runners-up in the $1 million event, …": not the point)
    if not any(_figure_on_main_clause(t, c) and not _describes_subject(t, c) for t in c.span
               if (t.like_num or t.lower_ in COUNT_WORDS or any(ch.isdigit() for ch in t.text))
               and not re.search(r"[A-Za-z]-?\d", t.text) and not _score(t) and t.text in text):
        return False  # the figure in a time phrase, an age, a side clause: incidental to the point
    if any(t.ent_type_ in {"MONEY", "PERCENT"} and t.text in text for t in c.span):
        return True
    return bool(_BIG_NUMBER.search(text)) or any(_counts_things(t, text) for t in c.span)


def _score(t: Token) -> bool:
    """A number in a score or a tally ("an unbeatable 2-0 lead", "won 6-3"), not a count."""
    doc = t.doc
    return (t.i + 2 < len(doc) and doc[t.i + 1].text in {"-", "–"} and doc[t.i + 2].like_num) or (
        t.i >= 2 and doc[t.i - 1].text in {"-", "–"} and doc[t.i - 2].like_num)


def _describes_subject(t: Token, c: Candidate) -> bool:
    """A sum inside the subject's description, not its point ("The £6million former
    skipper has suffered …"): an attribute of who or what the sentence is about. Not a
    count of the subject ("69,000 academic staff were …"), nor a sum the subject is
    ("A $5 million fine was imposed")."""
    chain, cur = [t], t
    while cur.dep_ in {"nummod", "quantmod", "compound", "amod", "nmod", "pobj", "prep", "appos"} and cur.head.i != cur.i:
        cur = cur.head
        if cur.dep_ in {"nsubj", "nsubjpass"} and cur.pos_ in {"NOUN", "PROPN"} and cur.ent_type_ != "MONEY":
            money = any(x.ent_type_ == "MONEY" or x.text in {"$", "£", "€"} or x.text[:1] in {"$", "£", "€"}
                        for x in chain)
            return money and cur.lemma_.lower() not in _MONEY_NOUNS
        chain.append(cur)
    return False


_FORECASTS = frozenset({"point", "predict", "forecast", "project", "tip", "anticipate"})
_MONEY_NOUNS = frozenset(["fine", "fee", "payment", "payout", "deal", "contract", "bill", "loss", "losses", "profit",
                          "bonus", "salary", "budget", "award", "fortune", "debt", "cost", "price", "bid", "offer",
                          "sum", "amount", "package", "bailout", "loan", "grant", "investment", "fund", "damages",
                          "settlement", "compensation", "tax", "levy", "charge", "pay", "wage", "revenue", "sale"])
COUNT_WORDS = frozenset({"dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens"})
_TOLL_VERBS = frozenset({"kill", "injure", "wound", "leave", "displace", "affect", "claim"})
_MAIN_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "advmod", "npadvmod", "nsubj", "nsubjpass", "dobj",
                        "attr", "pobj", "prep", "appos", "conj", "cc", "det", "dative", "oprd", "acomp", "nmod",
                        "poss", "case", "xcomp", "ccomp", "agent"})


def _figure_on_main_clause(t: Token, c: Candidate) -> bool:
    """Whether the figure ``t`` is the point of its sentence: the subject, the object or
    the measure of its main clause (or of what a source said: "Police said 120 people
    were arrested"), at most two prepositions down — not a time phrase ("in the last
    five years"), an age, a date, nor inside a relative or adverbial clause ("…, which
    tallied 56 cancellations"), a toll's participle excepted ("…, killing 14 people"),
    and not a would-be figure ("would have had …")."""
    if t.ent_type_ in {"DATE", "TIME", "ORDINAL"} or t.dep_ == "appos" and t.head.ent_type_ in {"PERSON", ""} \
            and t.head.pos_ == "PROPN":
        return False  # "Smith, 34, …": an age
    root = c.span.root
    main = {root.i} | {x.i for x in root.children if x.dep_ == "conj" and x.pos_ in {"VERB", "AUX"}}
    if root.lemma_ in _REPORTED_BY or root.lemma_ == "be":
        # what a source said, or what "the upshot is (such) that …" introduces
        main |= {x.i for x in root.children if x.dep_ == "ccomp"}
    preps = 0
    cur = t
    while cur.i not in main:
        if cur.dep_ in {"relcl", "acl", "advcl", "pcomp", "csubj", "parataxis", "ROOT"} and not (
                cur.dep_ == "advcl" and cur.lemma_ in _TOLL_VERBS and cur.tag_ == "VBG"):
            return False
        if cur.dep_ == "ccomp" and cur.head.lemma_ not in _REPORTED_BY:
            return False
        if cur.dep_ not in _MAIN_DEPS | {"advcl"}:
            return False
        if cur.dep_ == "pobj" and (cur.ent_type_ in {"DATE", "TIME"} or any(
                x.ent_type_ in {"DATE", "TIME"} for x in cur.subtree if x.like_num)):
            return False  # "in the last five years": the figure dates the clause
        preps += cur.dep_ == "prep"
        if preps > 2:
            return False
        cur = cur.head
    verb = c.span.doc[cur.i]
    return not any((a.dep_ == "aux" and a.lower_ in {"would", "could", "might", "should", "may"})
                   or (a.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in a.children if m.dep_ == "mark"))
                   for v in {verb, root} for a in v.children)


_REPORTED_BY = frozenset({"say", "tell", "report", "show", "find", "estimate", "announce", "reveal", "confirm", "hear",
                          "suggest", "indicate", "add", "state", "claim", "believe", "think", "warn", "calculate",
                          "point", "note", "argue", "insist", "predict", "expect", "explain", "admit", "accept"})


_NOT_COUNTED = frozenset(["year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
                          "minute", "minutes", "second", "seconds", "time", "times", "point", "points", "goal",
                          "goals", "shot", "shots", "stroke", "strokes", "hole", "holes", "foot", "feet", "yard",
                          "yards", "metre", "metres", "mile", "miles", "round", "rounds", "game", "games", "match",
                          "matches", "try", "tries", "run", "runs", "wicket", "wickets", "set", "sets", "lap", "laps"])


def _counts_things(t: Token, text: str) -> bool:
    """A count of ten or more people or things ("22 sexual offences", "102 arrows"),
    not a year, an age, a score, a time or a distance."""
    if t.dep_ != "nummod" or t.ent_type_ not in {"CARDINAL", ""} or not t.text.replace(",", "").isdigit():
        return False
    if int(t.text.replace(",", "")) < 10 or t.head.pos_ != "NOUN" or t.head.lower_ in _NOT_COUNTED:
        return False
    return bool(re.search(rf"\b{re.escape(t.text)} (?:[\w-]+ )?{re.escape(t.head.text)}\b", text))


Fit = Callable[[Candidate, Bullet, Analysis], bool]
# The order the labels appear in, and the one dropped first when five fit.
ORDER: tuple[tuple[str, Fit], ...] = (
    (WHY, _fits_why), (BACKSTORY, _fits_backstory), (OTHER_SIDE, _fits_other_side), (NUMBERS, _fits_numbers),
    (NEXT, _fits_next),
)
_DROP_FIRST = (NUMBERS, OTHER_SIDE, BACKSTORY, WHY, NEXT)


# A list's number left at the end of a sentence ("… have bet $1m on him 7."): the
# sentence is list debris (often two items run together) and is skipped, not repaired.
_LIST_NUMBER = re.compile(r"[A-Za-z,;:]['’\"”]?\s+\d{1,2}\s*[.?!]?['’\"”]?\s*$")
_NUMBER_TAKERS = frozenset(["at", "of", "to", "by", "no", "number", "page", "chapter", "aged", "age", "under", "over",
                            "than", "from", "and", "or", "about", "only", "top", "was", "is", "were", "are", "just",
                            "par", "with", "for", "on", "in", "scored", "made", "lost", "won", "out", "round", "step", "week",
                            "day", "year", "grade", "level", "stage", "section", "article", "season", "series",
                            "january", "february", "march", "april", "may", "june", "july", "august", "september",
                            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                            "sept", "oct", "nov", "dec"])


def list_debris(text: str) -> bool:
    """A sentence ending on a bare list number after a word that takes no number, or cut
    off after a comparison's "vs." ("… by 63%, $1160vs.")."""
    if re.search(r"(?:\d|\b)(?:vs?|versus)\.?\W*$", text.strip(), re.I):
        return True
    m = _LIST_NUMBER.search(text.strip())
    if m is None:
        return False
    before = re.findall(r"[A-Za-z]+", text[: m.start() + 1])
    return not before or before[-1].lower() not in _NUMBER_TAKERS


def fits(label: str, c: Candidate, b: Bullet, analysis: Analysis) -> bool:
    """Whether sentence ``c`` (as statement ``b``) may carry ``label``."""
    return dict(ORDER)[label](c, b, analysis)


def plan(
    cands: Sequence[Candidate], analysis: Analysis, *, main: Candidate | None = None, used_ids: Sequence[str] = (),
) -> list[tuple[str, Bullet]]:
    """The labelled statements the point of view would carry, in display order."""
    used = set(used_ids) | ({main.id} if main else set())
    used_cands = [c for c in cands if c.id in used]
    context = " ".join(c.sentence.text for c in used_cands)
    inside = speech_continuations(analysis, story_text(cands))
    ready: list[Bullet] = []
    told = set().union(*(u.lemmas for u in used_cands)) if used_cands else set()
    for c in cands:
        if c.id in used or any(jaccard(c.lemmas, u.lemmas) > 0.5 for u in used_cands):
            continue
        if _retold(c, used_cands, told):
            continue  # the synopsis's news told again ("Greece has denied it will miss a repayment …")
        if list_debris(c.sentence.text):
            continue
        b = prepare(c, analysis, context=context, max_words=MAX_WORDS, inside_quote=inside)
        if b is not None:
            ready.append(b)
    ready = [b for b in ready if _usable(b, analysis) and not _leans_on_unnamed(b, context, analysis)]
    story = [*used_cands, *(c for c in cands if c.index == 0 and c.id not in used)]
    by_salience = sorted(ready, key=lambda b: (-b.cand.salience, b.cand.index))
    chosen: dict[str, Bullet] = {}
    taken: set[str] = set()
    # The scarcest labels first, so a sentence that fits two goes where it is needed.
    for label, fit in sorted(ORDER, key=lambda lf: sum(1 for b in ready if lf[1](b.cand, b, analysis))):
        for b in by_salience:
            if b.cand.id in taken or any(jaccard(b.cand.lemmas, o.cand.lemmas) > 0.4 for o in chosen.values()):
                continue
            if label == BACKSTORY and _case_itself(b.cand, used_cands, analysis):
                continue  # the defendant's own conduct in a court story is the case, not its backstory
            if label == OTHER_SIDE and main is not None and _same_side(b.cand, main):
                continue  # the news's own actor's move ("unions will advise members to reject it")
            if fit(b.cand, b, analysis) and _TIED.get(label, _any_story)(b, story):
                chosen[label] = b
                taken.add(b.cand.id)
                break
    if NEXT not in chosen:
        # What comes next is often a clause of a sentence the synopsis told ("… are striking
        # today, while workers at ANZ will follow suit tomorrow"): that clause, on its own.
        for c in used_cands:
            b = _future_clause(c, analysis, context)
            if b is not None and _fits_next(c, b, analysis):
                chosen[NEXT] = b
                break
    for label in _DROP_FIRST:
        if len(chosen) <= MAX_ITEMS:
            break
        chosen.pop(label, None)
    if len(chosen) < MIN_ITEMS and not (PARTS["viewpoint"].fewer_ok and _alone_worthy(chosen)):
        return []
    return [(label, chosen[label]) for label, _ in ORDER if label in chosen]


# A cut that leaves out why or what for ("was banned for receiving outside help" → "was
# banned"): the line then says something else. Such a sentence goes whole or not at all.
_REASON_WORDS = frozenset({"for", "because", "after", "over", "due", "to", "so", "despite", "amid", "following",
                           "since", "until", "unless", "if", "in", "without", "by"})


# … or anywhere inside a cut in mid-sentence ("– which came after a magazine outed him for
# claiming the flat was …" cut to "… in 2017 was …": two clauses run together).
_REASON_INSIDE = frozenset({"for", "because", "despite", "unless", "so", "amid", "claiming", "after"})


def _retold(c: Candidate, used: Sequence[Candidate], told: set[str]) -> bool:
    """The synopsis's news told again in other words: the same act (main verb, not "be",
    "have" or "say") and most of its content words already in the synopsis."""
    verb = c.span.root.lemma_.lower()
    return (verb not in {"be", "have", "say", "tell", "add"} and any(u.span.root.lemma_.lower() == verb for u in used)
            and bool(c.lemmas) and len(c.lemmas & told) >= RETOLD * len(c.lemmas))


def _case_itself(c: Candidate, used: Sequence[Candidate], analysis: Analysis) -> bool:
    """Whether ``c`` tells what the person the news sentenced or convicted did ("In
    January last year Smith made dozens of abusive calls …" beside "Smith was jailed"):
    the case itself, not what came before it — unless it is an earlier conviction."""
    if outcome_verbs(c, hedged=True) or re.search(r"\bprevious(?:ly)?\b|\bbefore\b", c.sentence.text, re.I):
        return False
    root = c.span.root
    if root.lemma_ in {"be", "have"} or any(t.dep_ in {"auxpass", "nsubjpass"} for t in root.children):
        return False  # what was done to them or what they were ("was kept under supervision"): history
    return any(outcome_verbs(u) & COURT_OUTCOMES and same_person(c, u, analysis) for u in used)


_PERSON_WORDS = frozenset([
    "man", "woman", "boy", "girl", "father", "mother", "son", "daughter", "husband", "wife", "spokesman", "spokeswoman",
    "spokesperson", "minister", "president", "leader", "chief", "officer", "player", "manager", "judge", "driver",
    "official", "chairman", "chairwoman", "coach", "captain", "star", "singer", "actor", "actress", "boss", "teacher",
    "doctor", "nurse", "worker", "owner", "resident", "victim", "suspect", "defendant", "lawyer", "prosecutor",
    "detective", "governor", "senator", "mayor", "premier", "secretary", "director", "executive", "founder", "partner",
    "girlfriend", "boyfriend", "mum", "dad", "child", "baby", "teenager", "student", "pupil", "patient", "survivor",
    "pilot", "soldier", "witness", "friend", "neighbour", "neighbor", "author", "researcher", "scientist", "expert",
])


def _described_person(text: str) -> bool:
    """A person described by role in ``text``: "the veteran guitarist", "a lawyer" — a
    person noun (takeaways' test) within four words after an article, not any noun ending
    like one ("The number", "the government", "the river")."""
    words = re.findall(r"[\w-]+", text)
    return any(w.lower() in {"the", "a", "an"} and any(
        _is_person_noun(x.lower()) or (x.lower().endswith("s") and _is_person_noun(x.lower()[:-1]))
        for x in words[i + 1 : i + 5] if x.islower()) for i, w in enumerate(words))


def _leans_on_unnamed(b: Bullet, context: str, analysis: Analysis) -> bool:
    """A statement that leans on someone or something only an untold sentence names:
    a "his"/"her" with no person named before it ("… would have boosted his claims"), or
    a description standing in for a name ("The North East city was followed by …")."""
    text = _outside_quotes(b.text)
    m = re.search(r"\b(?:his|her|he|she|him)\b", text, re.I)
    if m is not None:
        before = text[: m.start()]
        names = {f for e in analysis.entities if e.kind == "PERSON" for f in (e.name, *e.aliases, e.name.split()[-1])
                 if f and len(f) > 1}
        if not any(re.search(rf"\b{re.escape(f)}\b", before) for f in names) and not re.search(
                r"\b(?:" + "|".join(sorted(_PERSON_WORDS)) + r")s?\b|\b(?:[Tt]he|an?) (?:[\w-]+ ){0,3}(?:MP|peer)\b",
                before) and not _described_person(before):
            return True
    if _SAME_TIME.search(text) or _sequel(b.cand) or _bare_gerund_subject(b.cand):
        return True  # "In the same year …", "The patrol boats then sank …", "Not being a signatory would mean …"
    return b.cand.index > 0 and (unnamed_epithet(b.cand.span, b.text, context, analysis)
                                 or unintroduced(b.cand, b.text, context, analysis))  # "The article says …": which?


# A time told only by an earlier sentence ("In the same year …", "That night …").
_SAME_TIME = re.compile(r"\b(?:the same|that) (?:year|day|week|month|night|morning|afternoon|evening|weekend|season)\b"
                        r"(?! (?:as|that|when|in which|of)\b)", re.I)


def _sequel(c: Candidate) -> bool:
    """A main clause told as the next step of an earlier one ("The patrol boats then sank
    the vessel", "Then the men fled"): what came before it is in another sentence."""
    root = c.span.root
    if any(t.lower_ in {"if", "when", "once", "after", "first"} for t in c.span):
        return False  # ("If …, then …", "First …, then …": the sentence holds both steps)
    return any(t.lower_ == "then" and t.dep_ == "advmod" and t.i < root.i for t in root.children)


def _bare_gerund_subject(c: Candidate) -> bool:
    """A subject that is an action with no one doing it ("Not being a signatory would mean
    …", "Doing so would …"): whose action is told elsewhere."""
    root = c.span.root
    return any(t.dep_ == "csubj" and t.tag_ == "VBG" and not any(x.dep_ in {"nsubj", "poss"} for x in t.children)
               and (any(x.dep_ == "neg" for x in t.children) or t.lemma_ in {"be", "do", "have"})
               for t in root.children)


def _usable(b: Bullet, analysis: Analysis) -> bool:
    """Whether a prepared statement may carry any label: no reason, purpose or condition
    cut off by compression, no speech whose speaker the sentence before introduced ("Dr
    Lee said:")."""
    c = b.cand
    before = analysis.sentences[c.index - 1].text.rstrip() if c.index > 0 else ""
    if before.endswith(":"):
        return False
    said = re.findall(r"[\w’'-]+", c.sentence.text)
    kept = re.findall(r"[\w’'-]+", b.text)
    ops = SequenceMatcher(a=[w.lower() for w in said], b=[w.lower() for w in kept], autojunk=False).get_opcodes()
    return not any(tag in {"delete", "replace"} and i2 - i1 >= 2 and (
        said[i1].lower() in _REASON_WORDS or (i2 < len(said) and any(w.lower() in _REASON_INSIDE for w in said[i1:i2])))
        for tag, i1, i2, _, _ in ops)


def _any_story(b: Bullet, story: Sequence[Candidate]) -> bool:
    return True


_GENERIC = frozenset({"year", "week", "month", "day", "time", "people", "man", "woman", "thing", "way", "part", "lot",
                      "number", "end", "side", "place", "world", "country", "today", "season"})


def _tied_to_story(b: Bullet, story: Sequence[Candidate]) -> bool:
    """What comes next for the story's own actors: a statement whose subject names someone
    shares a name or a content word with the main event or the synopsis, or names someone
    the story mentions twice elsewhere — not another match's team news ("Will Walker and
    Andy Hope return to the Leicester back row")."""
    c = b.cand
    root = c.span.root
    # Who acts next: the main verb's subject — or, for a source's statement ("Forecasting
    # firm X says …", whose source is no actor of it), the subject of what it says.
    verbs = [x for x in root.children if x.dep_ == "ccomp"] if root.lemma_ in _REPORTED_BY else [root]
    subjects = {t.i for v in verbs for s in v.children if s.dep_ in {"nsubj", "nsubjpass"} for t in s.subtree}
    names = {t.lemma_.lower() for t in c.span if t.ent_type_ in _ACTORS and t.pos_ == "PROPN"
             and t.i in subjects and t.text in b.text}
    if not names or not story:
        return True
    known = {t.lemma_.lower() for s in story for t in s.span if t.pos_ == "PROPN" or t.ent_type_}
    # … or a name the story comes back to elsewhere (twice or more): one of its actors.
    doc = c.span.doc
    elsewhere = Counter(t.lemma_.lower() for t in doc if t.ent_type_ in _ACTORS and not c.span.start <= t.i < c.span.end)
    known |= {n for n in names if elsewhere[n] >= 2}
    nouns = {t.lemma_.lower() for t in c.span if t.pos_ == "NOUN" and t.lemma_.lower() not in _GENERIC}
    known_words = {t.lemma_.lower() for s in story for t in s.span if t.pos_ in {"NOUN", "VERB", "PROPN"}}
    return bool(names & known) or bool(nouns & known_words)


def _news_people(b: Bullet, story: Sequence[Candidate]) -> bool:
    """Why the news matters, said of the news's own people: a statement whose main
    subject is a person the synopsis never names ("Martin Freeman … was the first celebrity
    face to back the campaign", in a story about two comedians at a rally) tells a side
    figure's record, not what the news means."""
    root = b.cand.span.root
    people = {t.lemma_.lower() for s in root.children if s.dep_ in {"nsubj", "nsubjpass"} for t in s.subtree
              if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"}
    if not people or not story:
        return True
    known = {t.lemma_.lower() for s in story for t in s.span if t.ent_type_ == "PERSON"}
    return bool(people & known)


_ACTORS = frozenset({"PERSON", "ORG", "GPE"})
# Labels that must also tie to the story's main event, beside fitting their sentence.
_TIED: dict[str, Callable[[Bullet, Sequence[Candidate]], bool]] = {NEXT: _tied_to_story, WHY: _news_people}


_CLAUSE_OPENERS = frozenset({"while", "and", "but", "whereas", "as", "with"})


def _future_clause(c: Candidate, analysis: Analysis, context: str) -> Bullet | None:
    """A clause of ``c`` that states what comes next on its own — its own named subject
    and a "will" — written as a sentence ("Workers at ANZ will follow suit tomorrow."), or
    None. Only a clause joined by "and"/"but"/"while": a condition or a reported clause
    would lose what it hangs on."""
    if c.facts.is_quote or c.roles.has("quote") or not c.roles.has("next"):
        return None
    doc = c.span.doc
    for v in c.span:
        if v.dep_ not in {"conj", "advcl"} or v.pos_ not in {"VERB", "AUX"}:
            continue
        subj = next((t for t in v.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
        aux = [t.lower_ for t in v.children if t.dep_ in {"aux", "auxpass"}]
        if subj is None or subj.pos_ == "PRON" or not ({"will", "'ll", "’ll"} & set(aux)):
            continue
        marks = [t for t in v.children if t.dep_ == "mark"]
        if any(m.lower_ not in _CLAUSE_OPENERS for m in marks):
            continue  # "if …", "because …", "that …": not a statement on its own
        if any(t.dep_ == "neg" for t in v.children):
            continue
        start = subj.left_edge.i
        if start > 0 and (doc[start - 1].lower_ in {"that", "so", "because", "if", "-"} or not doc[start - 1].whitespace_):
            continue  # "… so that re-opened routes will be profitable": a purpose, or a word cut in two
        end = max(t.i for t in v.subtree) + 1
        words = doc[start:end]
        if any(t.text in {'"', "“", "”", "‘", "’"} for t in words) or len(words) < 5:
            continue
        text = words.text.strip().rstrip(",;:-–— ")
        text = text[0].upper() + text[1:] + "."
        if word_count(text) > MAX_WORDS or leans(text, context=context) or cut_faults(text, c.sentence.text):
            continue  # too long, leaning on the page, or a cut that lost what it hangs on ("… will follow suit")
        return Bullet(cand=c, text=text, cites=(c.id,))
    return None


def _alone_worthy(chosen: dict[str, Bullet]) -> bool:
    """One statement stands as the point of view on its own, a key figure included:
    readers struck an absent point of view on stories that had one such sentence ("By
    the numbers" from a 1.1 per cent growth figure, blind read s5-final) more often than
    they would strike a short one."""
    return len(chosen) == 1


def release_order(planned: Sequence[tuple[str, Bullet]]) -> list[str]:
    """The planned sentences' ids, the one the point of view can best spare first."""
    rank = {label: i for i, label in enumerate(_DROP_FIRST)}
    return [b.cand.id for label, b in sorted(planned, key=lambda lb: rank[lb[0]])]


def viewpoint(
    cands: Sequence[Candidate], analysis: Analysis, *, main: Candidate | None, used_ids: Sequence[str] = (),
    planned: Sequence[tuple[str, Bullet]] | None = None,
) -> tuple[Claim, ...]:
    """2–4 ``Label: sentence`` analysis statements; one when only one sentence fits a label
    that stands alone (not a lone figure); ``()`` when none does.

    ``used_ids``: the sentences the synopsis and the takeaways cite (never reused).
    ``planned``: the :func:`plan` made before the takeaways (the point of view's first
    pick, reserved from them); its statements are kept unless the takeaways took their
    sentence after all, in which case the point of view is planned again without it.
    """
    used = set(used_ids)
    if planned is not None:
        kept = [(label, b) for label, b in planned if b.cand.id not in used]
        if len(kept) == len(planned) or len(kept) >= MIN_ITEMS:
            chosen = kept
        else:
            chosen = plan(cands, analysis, main=main, used_ids=used_ids)
    else:
        chosen = plan(cands, analysis, main=main, used_ids=used_ids)
    return tuple(Claim(text=f"{label}: {b.text}", cites=b.cites, kind="analysis") for label, b in chosen)


def beside_viewpoint(
    cands: Sequence[Candidate], analysis: Analysis, *, synopsis_ids: Sequence[str] = ()
) -> tuple[Takeaway, ...]:
    """The takeaways with the point of view's sentences reserved from them (its plan,
    the one it can best spare first): what the page gets when the synopsis is known."""
    main = next((c for c in cands if synopsis_ids and c.id == synopsis_ids[0]), None)
    reserved = release_order(plan(cands, analysis, main=main, used_ids=synopsis_ids))
    return takeaways(cands, analysis, synopsis_ids=synopsis_ids, reserved_ids=reserved)
