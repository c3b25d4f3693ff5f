"""The synopsis: the news first, then its most important consequence or detail.

2–3 sentences, 35–90 words (``contract.PARTS["synopsis"]``), written the way a copy
editor cuts a lead:

1. **The news**: the story's first statement that stands alone — not speech without
   its speaker, not a sentence that leans on an earlier one it cannot name, not a lede
   that sets the scene, asks or judges when a sentence just after it tells the news
   with a named actor (:func:`feature_lede`, :func:`news_event`).
2. **The other side** when the story is an allegation or a claim about someone and
   gives a response or denial (:func:`answers`: the reply of the side the claim is
   about, however far down); otherwise the next statement of the lead that says
   something new — never a line that says only where someone spoke (:func:`venue_line`).
3. A third statement when the budget allows: the most salient new one among the
   next few.

Every sentence is compressed by deletion only (owners, hedges and conditions stay:
:mod:`copydesk.generate.compress`), and only where the cut keeps the main clause whole
(its verb, its subject and its complements: never a fragment); it gets a pronoun subject replaced by its one
antecedent (:mod:`copydesk.generate.reference`), a bare weekday its calendar date,
and is dropped when its quotation marks do not balance.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from copydesk.contract import PARTS
from copydesk.generate.compress import (
    compress,
    finite_with_subject,
    intact,
    kept_indices,
    word_count,
)
from copydesk.generate.debris import empty_reply, garbled_phrase
from copydesk.generate.quotes import addresses_reader, balanced, speech_continuations
from copydesk.generate.reference import (
    antecedent,
    bare_quantifier_subject,
    expletive,
    leans,
    name_of,
    second_reference,
    sorted_ids,
    standalone,
    surname,
    write_in_they,
)
from copydesk.generate.roles import earlier_on_main_clause, owner_phrase
from copydesk.generate.select import Candidate, annotate_dates, jaccard, story_text
from copydesk.generate.takeaways import scene_narration, tells_in_past
from copydesk.model import Analysis, Claim, Entity

MIN_WORDS = PARTS["synopsis"].min_words or 35
MAX_WORDS = PARTS["synopsis"].max_words or 90
TARGET_WORDS = 80
"""Stop adding sentences past this (the reference highlights run ~50–60 words; a
synopsis that keeps its attributions needs a little more)."""
FIRST_MAX_WORDS = 42
_NEAR = 10
"""How far past the news sentence a filling statement is still the news's own detail."""


def owner(c: Candidate, analysis: Analysis) -> str | None:
    """The owner the next sentence names for ``c`` ("Or so says …"), when it does."""
    if c.span.end >= len(c.span.doc) or c.index + 1 >= len(analysis.sentences):
        return None
    return owner_phrase(c.span.doc[c.span.end].sent)


def _usable(c: Candidate, analysis: Analysis) -> bool:
    if owner(c, analysis) is not None:
        return True  # someone's view, written with its owner (see _write)
    return not c.roles.has("quote") and not (c.facts.is_quote and c.facts.attribution is None)


def _write(c: Candidate, analysis: Analysis, max_words: int, context: str,
           told: frozenset[int] = frozenset()) -> tuple[str, tuple[str, ...]] | None:
    """The candidate as a synopsis sentence, or None when it cannot stand alone."""
    owner_ = owner(c, analysis)
    if owner_ is not None:
        # "X is a modern-day suffragette. Or so says actress Patsy Kensit." → the statement
        # with its owner: "X is a modern-day suffragette …, says actress Patsy Kensit."
        text = c.sentence.text.strip().rstrip(".")
        if not balanced(text) or word_count(text) + len(owner_.split()) > max_words or leans(text, lead=c.index == 0):
            return None
        return f"{text}, {owner_}.", (c.id, f"s{c.index + 2}")
    cut = compress(c.span, max_words=max_words, keep_frame=True)
    text = annotate_dates(cut, c.id, analysis)
    if word_count(text) > max_words:
        cut = compress(c.span, max_words=max_words)
        text = annotate_dates(cut, c.id, analysis)
    if cut_complement(c.span, cut):
        # "… with an expectation." cut from "… with an expectation that more will follow":
        # the whole sentence when it fits, else no line
        cut = c.span.text.strip()
        text = annotate_dates(cut, c.id, analysis)
    if word_count(text) > max_words or not balanced(text) or addresses_reader(text):
        return None
    if _SPLIT_NAME.search(text.strip().rstrip(".") + "."):
        return None  # "… he saw that Buddy Holly, Ritchie Valens and J.P." (the name runs on in the next sentence)
    if (
        not finite_with_subject(c.span) or not intact(c.span, cut) or c.span.root.i not in kept_indices(c.span, cut)
    ):
        return None  # a fragment, or a cut that left one ("Holland, whose 5-1 drubbing … ." with no verb)
    if c.index > 0 and bare_quantifier_subject(c.span):
        return None  # "One took place outside the embassy": one of what?
    text = _without_stray_prepositions(text, c.span)
    text, named_at = write_in_they(text, c.span, c.index, analysis)
    text = _without_comment_opener(text)
    if text[:1].islower() and text[:1].isalpha() and text.split()[0] not in _PARTICLES:
        text = text[0].upper() + text[1:]  # "bin Laden is alleged …" opening the statement
    if c.index > 0 and then_sequel(c, context, analysis, told):
        return None  # "Rode then made the most of the second chance": then after what?
    if c.index > 0 and points_back(c, text, context, analysis, told):
        return None  # "The announcement sparked …", "Now the situation may get worse": which, after what?
    if c.index > 0 and empty_reply(c.span):
        return None  # "Leonard Ellerbe disagreed with Arum": with what, only the untold quote says
    if mid_argument(text) or _evaluates_unnamed(c.span):
        return None  # "At least they returned a profit", "Then, of course, there are …", "it was pretty impressive"
    resolved = standalone(text, c.index, c.id, analysis, context=context)
    if resolved is None:
        return None
    named, cite = _inner_subject_pronoun(_with_particle(resolved.text, analysis), c, context, analysis)
    if named is None or (c.index > 0 and _thing_pronoun_subject(c.span, named)):
        return None  # "Today, in a new paper, he brings …": who is he?
    if c.index > 0 and (unnamed_epithet(c.span, named, context, analysis) or unintroduced(c, named, context, analysis)
                        or generic_of_name(c, named, context)):
        return None  # "The London Wasps captain posted …", "… found the advert on Craigslist" with neither named
    return named, sorted_ids([*resolved.cites, *([cite] if cite else []), *([named_at] if named_at else [])])


_SPLIT_NAME = re.compile(r"(?:\band|&|,)\s+[A-Z]\.(?:\s?[A-Z]\.)*$")
"""A sentence that ends on a list's last initials: the sentence splitter cut a name."""
_NEEDS_COMPLEMENT = frozenset([
    "expectation", "hope", "fear", "belief", "suggestion", "claim", "fact", "possibility", "likelihood", "chance",
    "prospect", "sign", "warning", "idea", "notion", "assumption", "impression", "understanding", "promise", "threat",
    "condition", "proviso", "requirement", "feeling", "realisation", "realization", "insistence", "recognition",
    "indication", "hint", "reminder", "proof", "evidence", "view", "message", "assurance", "suspicion", "doubt",
])
"""Nouns that are empty without what they say ("an expectation [that more will follow]")."""


def cut_complement(span: Span, text: str) -> bool:
    """Whether a cut left a noun without the clause that says what it is: a noun of
    :data:`_NEEDS_COMPLEMENT` whose clause or "of"/"that" phrase was cut ("… is looking at
    30 cases, with an expectation."), or any noun the cut text ends on whose "that" clause
    went. Never end on a noun whose complement was cut."""
    kept = kept_indices(span, text)
    words = [t for t in span if t.i in kept and not t.is_punct]
    if not words or len(words) == len([t for t in span if not t.is_punct]):
        return False
    for t in words:
        if t.pos_ != "NOUN":
            continue
        gone = [k for k in t.children if k.i > t.i and k.i not in kept and (
            k.dep_ in {"acl", "ccomp", "relcl"} or (k.dep_ == "prep" and k.lower_ in {"of", "that", "about"}))]
        if not gone:
            continue
        if t.lemma_.lower() in _NEEDS_COMPLEMENT and (t is words[-1] or any(k.dep_ != "relcl" for k in gone)):
            return True  # (its "that" clause, parsed as a relative one: "an expectation that more will follow")
        if t is words[-1] and any(k.dep_ in {"acl", "ccomp"} and any(
                m.dep_ in {"mark", "dobj", "nsubj"} and m.lower_ == "that" for m in k.children) for k in gone):
            return True
    return False


def then_sequel(c: Candidate, context: str, analysis: Analysis, told: frozenset[int] = frozenset()) -> bool:
    """A main clause told as what happened next ("Sebastian Rode then made the most of the
    second chance", "The gunman then fled") when the sentence before it (by its index in
    ``told``, or its words in ``context``) is not told: the sequence leans on an event the
    reader never got. Not "back then", "since then", "until then", "by then" (a time)."""
    if c.index == 0 or c.index - 1 in told:
        return False
    if not any(t.dep_ == "advmod" and t.lower_ in {"then", "subsequently", "afterwards"}
               and not any(k.dep_ == "prep" for k in t.children)
               and not (t.i > 0 and t.nbor(-1).lower_ in {"back", "since", "until", "till", "by"})
               for t in c.span.root.children):
        return False
    before = analysis.sentences[c.index - 1].text.strip()
    return before[:40] not in context


# Nouns that name an act or a state of affairs a sentence before told ("The announcement
# sparked …" after "X said it had cloned …"): with a bare "the" they point back to it.
_ACT_NOUNS = frozenset(["announcement", "decision", "move", "attack", "killing", "incident", "remark", "comment",
                        "statement", "ruling", "verdict", "revelation", "situation", "matter", "row", "development",
                        "discovery", "finding", "episode", "affair", "controversy", "outburst", "news", "change",
                        "admission", "confession", "disclosure", "gesture", "stunt", "outcome", "result"])
_NUMBER_WORDS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])


def points_back(c: Candidate, text: str, context: str, analysis: Analysis,
                told: frozenset[int] = frozenset()) -> bool:
    """A statement whose subject points back to a sentence the synopsis leaves out: "the"
    and an act noun the told lines never name ("The announcement sparked recriminations"
    after a line that announced nothing), "the two women" when the told lines gave no
    "two", or an opening "Now" that turns from an earlier event untold ("Now the situation
    may be about to get worse"). Not when the sentence just before it is told."""
    if c.index == 0 or c.index - 1 in told:
        return False
    before = analysis.sentences[c.index - 1].text.strip()
    if before[:40] in context:
        return False
    told_words = set(re.findall(r"[a-z0-9]+", context.lower()))
    if re.match(r"now\b(?!,? (?:that|is|are)\b)", text.strip(), re.I):
        return True
    for subj in (t for t in c.span.root.children if t.dep_ in {"nsubj", "nsubjpass"}):
        kids = list(subj.children)
        if not any(k.dep_ == "det" and k.lower_ == "the" for k in kids) or any(
                k.dep_ in {"prep", "relcl", "acl", "appos"} and k.i > subj.i for k in kids):
            continue
        number = next((k for k in kids if k.dep_ == "nummod" and k.i < subj.i), None)
        if number is not None and subj.tag_ == "NNS":
            if number.lower_ in _NUMBER_WORDS and number.lower_ not in told_words:
                return True  # "The two women rated buskers" with one woman told
            continue
        if subj.lemma_.lower() in _ACT_NOUNS and not any(k.dep_ in {"amod", "compound", "poss"} for k in kids) \
                and not any(w.startswith(subj.lemma_.lower()[:5]) for w in told_words):
            return True
    return _demonstrative(c.span, told_words) or _bare_relation(c.span)


_TIME_WORDS = frozenset(["year", "week", "month", "day", "time", "season", "morning", "afternoon", "evening", "night",
                         "weekend", "summer", "winter", "spring", "autumn", "decade", "century", "term", "stage",
                         "point", "moment", "era", "period", "quarter", "half"])


def _demonstrative(span: Span, told_words: set[str]) -> bool:
    """A noun a demonstrative points with at something an untold sentence gave ("The United
    States intercepted those communications", "these claims"), outside quotation marks and
    not a time ("this week", "that point"): which ones, only the sentence before says."""
    for t in span:
        if t.dep_ != "det" or t.lower_ not in {"those", "these", "this", "that"} or t.head.pos_ not in {"NOUN", "PROPN"}:
            continue
        noun = t.head
        if noun.lemma_.lower() in _TIME_WORDS or noun.i < t.i or noun.tag_ == "NNP":
            continue
        if t.lower_ in {"these", "this"} and any(k.dep_ == "amod" for k in noun.children):
            continue  # ("Dotted among scrubland, these huge arrows were once markers …": a description of its own)
        if t.lower_ in {"those", "these"} and any(k.dep_ in {"relcl", "acl", "prep"} and k.i > noun.i
                                                  for k in noun.children):
            continue  # "those who …", "those injured in the blast": said here
        if _inside_quote(span, t.i):
            continue
        stem = noun.lemma_.lower()[:5]
        before = span.doc[span.start: t.i].text.lower()
        if not any(w.startswith(stem) for w in told_words) and stem not in before:
            return True
    return False


def _inside_quote(span: Span, i: int) -> bool:
    """Whether token ``i`` stands inside a quotation the sentence opens before it."""
    marks = [t for t in span if t.i < i and t.text in {"“", "”", '"'}]
    return len(marks) % 2 == 1


_RELATIONAL = frozenset(["measure", "test", "gauge", "indicator", "barometer", "yardstick", "benchmark", "proof",
                         "answer", "key", "solution", "explanation", "cause", "reason", "trigger", "catalyst",
                         "culprit", "result", "consequence", "verdict", "response", "reply"])


def _bare_relation(span: Span) -> bool:
    """A main clause that says its subject is "the" something only of another thing, with
    that thing left to an untold sentence ("Today's national accounts will be the definitive
    measure": of what?; "That was the cause"): a relational noun as the complement of "be",
    with no "of"/"for"/"to" phrase or clause of its own."""
    root = span.root
    if root.lemma_ != "be":
        return False
    for a in root.children:
        if a.dep_ != "attr" or a.lemma_.lower() not in _RELATIONAL:
            continue
        if not any(k.dep_ == "det" and k.lower_ == "the" for k in a.children):
            continue
        if any(k.dep_ in {"prep", "relcl", "acl", "ccomp"} for k in a.children) or any(
                k.dep_ in {"prep", "advcl", "xcomp", "ccomp"} and k.i > a.i for k in root.children):
            continue  # "the key to the deal", "the reason he left", "the measure by which …"
        return True
    return False


_PARTICLES = frozenset(["bin", "ibn", "al", "de", "van", "von", "la", "le", "da", "du", "di", "el", "der", "den"])
"""A name's lower-case particle, kept as written at the start ("bin Laden is alleged …")."""
_CONNECTIVE = re.compile(
    r"^\W*(?:at least(?! (?:[\d$£€]|(?:one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty|a|an|half|some|"
    r"dozens|hundreds|thousands)\b))|then(?!-)|of course|after all|even so|still(?=,)|that said|mind you|in contrast|by contrast|"
    r"on the other hand|instead|otherwise|worse|better still|what['’]s more|moreover|furthermore|besides|also|and|but|"
    r"yet|so(?! far\b|-)|similarly|likewise|nevertheless|nonetheless|however|indeed|in fact|conversely|meanwhile|"
    r"either way|plus|thus|hence|therefore|as such|in turn|in other words|for (?:example|instance)|again(?=,)|"
    r"not that|which is why|that is why|this is why|the (?:other|second|third|latter|former|next|last) (?:one|was|is))\b",
    re.I)
"""Openers that carry on an argument an earlier sentence made: a connective ("But",
"However", "At least", "Then, of course"), not a quantity ("At least 12 people …")."""


_WRITERS_POINT = re.compile(r"\bto (?:see|understand|imagine|explain) why\b|\b(?:no|little|small) wonder\b", re.I)
"""The writer answering an argument of their own ("… it is not hard to see why")."""


def mid_argument(text: str) -> bool:
    """Whether a statement opens in the middle of an argument (:data:`_CONNECTIVE`) or
    answers one the writer made (:data:`_WRITERS_POINT`)."""
    return bool(_CONNECTIVE.match(text) or _WRITERS_POINT.search(text))


_COMMENT_OPENER = re.compile(
    r"^(\W*)(?:(?:perhaps|somewhat|rather|most|more|all too|not) )?(?:surprisingly|unsurprisingly|predictably|ironically|"
    r"remarkably|interestingly|curiously|oddly|strangely|incredibly|amazingly|sadly|unfortunately|fortunately|luckily|"
    r"thankfully|tellingly|bizarrely|tragically|happily|mercifully|understandably|inevitably|notably|crucially|"
    r"importantly|significantly|worryingly|alarmingly|shockingly|astonishingly),\s+(?=[A-Za-z])", re.I)


def _without_comment_opener(text: str) -> str:
    """``text`` without the writer's comment adverb in front ("Perhaps surprisingly, total
    emissions fell …" → "Total emissions fell …"), or the "Now" that turns from an earlier
    sentence before a name or a new one ("Now Riddick Bowe has found himself …", "Now a
    team has used …"): a deletion that keeps the statement."""
    m = _COMMENT_OPENER.match(text) or re.match(r"^(\W*)Now,? (?=[A-Z]|an? )(?!I\b)", text)
    if m is None:
        return text
    rest = text[m.end():]
    return m.group(1) + rest[0].upper() + rest[1:]


def _evaluates_unnamed(span: Span) -> bool:
    """The writer's verdict on a thing the sentence never names ("As attempts to break a
    record go, it was pretty impressive"): "it"/"this"/"that" judged by an adjective,
    not an expletive with a clause after it ("it is likely that …")."""
    root = span.root
    subj = next((t for t in root.children if t.dep_ == "nsubj"), None)
    return (root.lemma_ == "be" and subj is not None and subj.lower_ in {"it", "this", "that"}
            and any(t.dep_ == "acomp" and t.pos_ == "ADJ" for t in root.children)
            and not any(t.dep_ in {"ccomp", "xcomp", "csubj"} or (t.dep_ == "acomp" and any(
                k.dep_ in {"xcomp", "ccomp", "prep"} for k in t.children)) for t in root.children))


_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? ([A-Z][\w'’-]+)")


def _titled_names(text: str, context: str, analysis: Analysis) -> tuple[str, list[str]]:
    """A person the statement meets by title and surname only ("as Mr. Hatfield calls
    it") written with the full name the story gives, the first time a reader meets them."""
    cites: list[str] = []
    for m in list(_TITLED.finditer(text))[:1]:
        surname = m.group(1)
        if re.search(rf"\b{re.escape(surname)}\b", context + " " + text[: m.start()]):
            continue
        people = [e for e in analysis.entities if e.kind == "PERSON" and len(e.name.split()) in {2, 3}
                  and e.name.split()[-1] == surname and e.name.split()[0] not in {"Mr", "Mrs", "Ms", "Miss", "Dr"}]
        if len(people) != 1:
            continue
        e = people[0]
        source = next((sid for sid in e.mentions if e.name in analysis.sentence(sid).text), None)
        if source is None:
            continue
        text = text[: m.start()] + e.name + text[m.end():]
        cites.append(source)
    return text, cites


def _inner_subject_pronoun(text: str, c: Candidate, context: str, analysis: Analysis) -> tuple[str | None, str | None]:
    """A "he"/"she" subject behind an opening phrase ("Today, in a new paper published in
    Nature, he brings a new warning") written as its one antecedent; None when that is
    not clear, or the text unchanged when a name stands before it."""
    subj = next((t for t in c.span.root.children if t.dep_ == "nsubj" and t.lower_ in {"he", "she"}), None)
    if subj is None or subj.i == c.span.start:
        return text, None
    m = re.search(rf"(?<=, ){subj.text}\b", text)
    if m is None:
        return text, None
    before = text[: m.start()]
    names = {f for e in analysis.entities if e.kind == "PERSON" for f in (e.name, *e.aliases, e.name.split()[-1]) if f}
    if any(re.search(rf"\b{re.escape(f)}\b", before) for f in names if len(f) > 1):
        return text, None
    e = antecedent(c.index, subj.lower_, analysis)
    if e is None:
        return None, None
    source = next((sid for sid in e.mentions if int(sid[1:]) - 1 < c.index), None)
    name = name_of(e, context, analysis.sentence(source).text if source else "")
    return text[: m.start()] + name + text[m.end():], source


def _with_particle(text: str, analysis: Analysis) -> str:
    """A surname written without the particles that belong to it ("Laden is alleged …" →
    "bin Laden is alleged …", "Berg said …" → "van der Berg said …"): the surname as
    :func:`reference.surname` gives it."""
    for e in analysis.entities:
        last = surname(e.name) if e.kind == "PERSON" else ""
        if not last[:1].islower() or len(last.split()) < 2:
            continue
        bare = last.split()[-1]
        if re.match(rf"\W*{re.escape(bare)}\b", text):
            at = text.index(bare)
            return text[:at] + last[: -len(bare)] + text[at:]
    return text


def _thing_pronoun_subject(span: Span, text: str) -> bool:
    """A main clause whose subject is "it" or "they" behind an opening word or phrase
    ("Satisfied, it then goes to fly away …"): what it is, only an untold sentence says.
    Not an expletive ("…, it is thought that …")."""
    subj = next((t for t in span.root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.lower_ not in {"it", "they"} or subj.i == span.start:
        return False
    m = re.search(rf",\s+{subj.text}\b", text)
    if m is None or expletive(text[m.end() - len(subj.text):]):
        return False
    # (its own opening clause names it: "Although many new laws are controversial, they made it through …")
    number = {"NNS", "NNPS"} if subj.lower_ == "they" else {"NN", "NNP"}
    return not any(t.dep_ in {"nsubj", "nsubjpass"} and t.tag_ in number for t in span if t.i < subj.i)


_EPITHET_PEOPLE = frozenset([
    "star", "striker", "midfielder", "defender", "goalkeeper", "keeper", "forward", "winger", "skipper", "captain",
    "manager", "boss", "coach", "player", "international", "veteran", "youngster", "teenager", "actor", "actress",
    "singer", "rapper", "director", "model", "presenter", "host", "jockey", "trainer", "golfer", "flanker", "batsman",
    "bowler", "publican", "landlord", "royal", "politician", "minister", "leader", "chief", "executive", "founder",
    "mogul", "tycoon", "billionaire", "millionaire", "father", "mother", "mum", "dad", "son", "daughter", "wife",
    "husband", "cousin", "brother", "sister", "grandmother", "grandfather", "widow", "reporter", "journalist",
    "writer", "author", "artist", "designer", "chef", "businessman", "businesswoman", "entrepreneur", "heiress",
    "socialite", "beauty", "blonde", "brunette", "athlete", "champion", "sprinter", "swimmer", "boxer", "fighter",
    "rider", "driver", "cyclist", "batter", "pitcher", "quarterback", "ace", "legend", "icon", "comedian",
])
_EPITHET_THINGS = frozenset([
    "city", "town", "capital", "country", "nation", "club", "side", "store", "shop", "chain", "retailer", "supermarket",
    "firm", "company", "giant", "brand", "band", "outfit", "airline", "carrier", "channel", "network", "broadcaster",
    "newspaper", "magazine", "website", "app", "venue", "stadium", "restaurant", "hotel", "university", "charity",
    "region", "island", "village", "county", "province", "league", "festival", "film", "movie", "album", "franchise",
    "republic", "kingdom", "state", "bank", "lender", "insurer", "manufacturer", "maker", "carmaker", "group",
])
_NAMED_KINDS = {"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"}


def unnamed_epithet(span: Span, text: str, context: str, analysis: Analysis) -> bool:
    """A description that stands in for a name the synopsis never gives ("The London
    Wasps captain posted …", "Homes near the upmarket store …", "The 33-year-old amateur
    jockey …"): "the", a modifier, and a noun for a person or a place or firm, with no
    person (or no place or organisation) named before it. Not "the cousin of Prince
    William" (its "of" says whose), nor a description whose noun the reader has met."""
    for n in span:
        if n.pos_ != "NOUN" or n.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj", "attr"}:
            continue
        people = n.lemma_.lower() in _EPITHET_PEOPLE or n.lower_.endswith("year-old")
        things = n.lemma_.lower() in _EPITHET_THINGS
        kids = list(n.children)
        # (a firm's or a place's stand-in is told by an adjective or a name: "the upmarket store", "the North
        # East city"; not "the commission venue", "the company stores")
        modifiers = {"amod", "compound", "nummod", "npadvmod"} if people else {"amod", "compound"}
        if not (people or things) or not any(k.dep_ == "det" and k.lower_ == "the" for k in kids) \
                or not any(k.dep_ in modifiers and k.i < n.i and (people or k.pos_ in {"ADJ", "PROPN"}) for k in kids) \
                or any(k.dep_ in {"prep", "relcl", "acl", "appos", "poss"} and k.i > n.i for k in kids):
            continue
        if any(t.ent_type_ in {"PERSON", "ORG", "GPE"} and t.pos_ == "PROPN" and t.i > n.i for t in n.subtree):
            continue  # "The report author and director of Child Wise, Jane Smith, …": named after all
        phrase = span.doc[min(k.i for k in kids if k.i < n.i): n.i + 1].text
        at = text.find(phrase)
        if at < 0 or n.lower_ in context.lower():
            continue
        before = context + " " + text[:at]
        if people:  # (a person, or for a plural a side: "The Premier League champions" after "Manchester City")
            kinds = {"PERSON", "ORG"} if n.tag_ in {"NNS", "NNPS"} else {"PERSON"}
            named = any(e.kind in kinds and any(re.search(rf"\b{re.escape(f)}\b", before)
                                                   for f in (e.name, *e.aliases, e.name.split()[-1]) if f)
                        for e in analysis.entities)
        else:  # any name will do: a place or a firm the reader has met
            named = bool(re.search(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]+", before.strip()))
        if not named:
            return True
    return False


_PAGE_NOUNS = frozenset([
    "administration", "authority", "army", "military", "navy", "party", "parliament", "council", "company", "club",
    "team", "region", "nation", "town", "family", "community", "industry", "market", "economy", "system", "media",
    "press", "law", "money", "power", "border", "crisis", "site", "airport", "hospital", "person", "people", "victim",
    "body", "home", "house", "car", "plane", "ship", "school", "group", "service", "show", "event", "season",
    "court", "case", "trial", "attack", "crash", "fire", "incident", "accident", "police", "government", "hearing",
    "match", "game", "race", "election", "vote", "deal", "report", "study", "war", "storm", "shooting",
    "investigation", "inquiry", "world", "country", "city", "story", "news", "time", "day", "year", "week", "month",
    "end", "area", "way", "fact", "scene", "video", "footage", "picture", "photo", "image", "public", "state",
])


def unintroduced(c: Candidate, text: str, context: str, analysis: Analysis) -> bool:
    """A definite thing the story introduced in an earlier sentence the synopsis leaves out
    ("Holly Leonard found the advert on Craigslist" after "… placed an advert …" untold):
    "the" and a noun the story first gave with "a"/"an", met nowhere in what is told."""
    doc = c.span.doc
    earlier = [s for s in doc.sents if s.end <= c.span.start] if c.span.start > 0 else []
    # (met with "a"/"an", or as a bare plural: "Palestinian security sources say …" before "the sources said")
    introduced = {t.lemma_.lower() for s in earlier for t in s if t.pos_ == "NOUN"
                  and (any(k.dep_ == "det" and k.lower_ in {"a", "an"} for k in t.children)
                       or (t.tag_ == "NNS" and not any(k.dep_ in {"det", "poss", "nummod"} for k in t.children)))}
    told = context.lower() + " "
    for n in c.span:
        lemma = n.lemma_.lower()
        if n.pos_ != "NOUN" or lemma in _PAGE_NOUNS or lemma in _EPITHET_PEOPLE or lemma not in introduced:
            continue
        if n.dep_ not in {"nsubj", "nsubjpass", "dobj", "attr"} or n.head.i not in {v.i for v in _clause_verbs(c)}:
            continue  # (what the sentence is about, not a setting deep in it: "… pulled out of the junction")
        kids = list(n.children)
        if [k.lower_ for k in kids if k.i < n.i] != ["the"] or any(
                (k.dep_ in {"relcl", "acl", "appos"} or (k.dep_ == "prep" and k.lower_ in {"of", "for", "about"}))
                and k.i > n.i for k in kids):
            continue  # (a described one says what it is: "the 60-40 rule", "the 40-minute tape")
        before = n.doc.text[c.span.start_char: n.idx].lower()
        if n.text not in text or re.search(rf"\b{re.escape(n.lower_[:5])}", told + before):
            continue
        return True
    return False


_STANDING = frozenset(["government", "police", "opposition", "parliament", "army", "military", "state", "country",
                       "nation", "city", "world", "court", "public", "media", "prime", "minister", "president"])
"""Institutions a reader takes as the country's own without a name ("the government", "the
police")."""


def generic_of_name(c: Candidate, text: str, context: str) -> bool:
    """A bare common noun with "the" that stands for a name only an untold earlier sentence
    gave ("to demonstrate outside the commission venue" after "… at the Royal Commission into
    the Building Industry" untold; "the union" after "the Construction Union"): the noun's
    capitalised form is a word of a name the story gave before, and the told lines and the
    sentence itself never say it."""
    earlier = [s for s in c.span.doc.sents if s.end <= c.span.start] if c.span.start > 0 else []
    told = context.lower() + " "
    names = {w for s in earlier for e in s.ents if e.label_ in {"ORG", "FAC", "EVENT", "LAW"}
             for w in e.text.split() if w[:1].isupper()}
    if not names:
        return False
    for n in c.span:
        if n.pos_ != "NOUN" or n.lemma_.lower() in _STANDING or n.text.lower() != n.text:
            continue
        head = n.head if n.dep_ == "compound" else n
        if head.i != n.i and head.pos_ not in {"NOUN", "PROPN"}:
            continue
        kids = list(head.children)
        if not any(k.dep_ == "det" and k.lower_ == "the" for k in kids) or any(
                k.dep_ in {"compound", "amod"} and k.pos_ == "PROPN" for k in kids) or any(
                k.dep_ in {"prep", "relcl", "acl", "appos"} and k.i > head.i for k in kids):
            continue  # ("the Labor party", "the commission into …": named or described here)
        if n.text.capitalize() not in names or n.text not in text:
            continue
        before = n.doc.text[c.span.start_char: n.idx].lower()
        if re.search(rf"\b{re.escape(n.lower_[:5])}", told + before):
            continue
        return True
    return False


_STRAY = frozenset(["at", "of"])
_STRAY_NEXT = frozenset(["in", "at", "on", "of", "to"])


def _without_stray_prepositions(text: str, span: Span) -> str:
    """``text`` without a source's typo of two prepositions in a row, the first with no
    object ("when he appeared at in the District Court" → "appeared in the District
    Court"): a deletion. Not a preposition left at the end of a relative clause or a
    question ("the firm he worked for in the 1990s", "what he was looking at in the
    photo")."""
    for t in span:
        if t.lower_ not in _STRAY or t.pos_ != "ADP" or t.dep_ != "prep" or any(k.dep_ in {"pobj", "pcomp"} for k in t.children):
            continue
        if t.i == span.start or t.i + 1 >= span.end or t.nbor(1).lower_ not in _STRAY_NEXT \
                or not any(k.dep_ == "pobj" for k in t.nbor(1).children):
            continue
        if any(x.tag_ in {"WDT", "WP", "WP$"} or (x.lower_ == "that" and x.dep_ != "det")
               for x in span.doc[span.start: t.i]):
            continue  # a stranded preposition ("the firm that he worked for in …")
        text = re.sub(rf"\b{re.escape(t.text)} (?={re.escape(t.nbor(1).text)}\b)", "", text, count=1)
    return text


_REPLY_REACH = 30
"""How far past the news the reply of the side a claim is about is still its other side."""
_CLAIM_VERBS = frozenset(["claim", "accuse", "allege", "attack", "blame", "criticise", "criticize", "warn", "slam",
                          "condemn", "brand", "question", "charge", "sue", "dismiss", "mock", "ridicule"])
_REPLY_VERBS = frozenset(["say", "insist", "respond", "reply", "hit", "dismiss", "deny", "reject", "counter", "argue",
                          "call", "brand", "describe", "decline", "refuse", "defend", "maintain", "tell", "state",
                          "add", "accuse"])


_SPOKES = frozenset(["spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "solicitor", "barrister",
                     "counsel", "representative", "rep", "agent", "aide", "family", "office", "party", "campaign",
                     "source", "statement", "government", "ministry", "department", "club", "company", "firm"])
"""Who speaks for a side ("An SNP spokesman", "Smith's lawyer", "the party")."""


def _claim_lede(c: Candidate) -> bool:
    """A news sentence that is someone's claim about someone else: a named subject and a
    verb of claiming, accusing or warning ("Gordon Brown has claimed the SNP would …")."""
    root = c.span.root
    subj = next((t for t in root.children if t.dep_ == "nsubj"), None)
    return root.lemma_.lower() in _CLAIM_VERBS and _named(subj)


def _names(e: Entity) -> list[str]:
    return [f for f in {e.name, *e.aliases, surname(e.name) if e.kind == "PERSON" else ""} if len(f) > 2]


def claim_targets(news: Candidate, pool: Sequence[Candidate], analysis: Analysis) -> list[Entity]:
    """The people and bodies a claim is about: those the news sentence (or the one after
    it) names outside the news's own subject and speaker ("the SNP" of "Gordon Brown
    claimed the SNP would …"; the accused the next sentence names)."""
    root = news.span.root
    subj = next((t for t in root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
    claimant = news.span.doc[subj.left_edge.i: subj.right_edge.i + 1].text if subj is not None else ""
    if news.facts.attribution:
        claimant += " " + news.facts.attribution
    after = next((d for d in pool if d.index == news.index + 1), None)
    claims = root.lemma_.lower() in _REPORTING | _CLAIM_VERBS
    if after is not None and (after.span.root.lemma_.lower() in _REPORTING | _CLAIM_VERBS or (claims and not _named(subj))):
        # (the next sentence's speaker carries the claim on: "Defence Ministry spokesman Mohamad Habeel says …";
        # or names the claimant the news described: "An Iraqi doctor claims …" / "Dr Aamer Sultan had been …")
        claimant += " " + " ".join(t.text for k in after.span.root.children if k.dep_ in {"nsubj", "nsubjpass"}
                                   for t in k.subtree)
    nxt = {news.id, f"s{news.index + 2}"}
    return [e for e in analysis.entities if e.kind in {"PERSON", "ORG", "NORP"} and nxt & set(e.mentions)
            and not any(re.search(rf"\b{re.escape(f)}\b", claimant) for f in _names(e))]


def answers(c: Candidate, targets: Sequence[Entity]) -> bool:
    """Whether a statement is the reply of a side the claim is about: its speaker (the
    subject of a verb of saying, denying or responding) is one of ``targets`` or speaks for
    one ("An SNP spokesman said …", "Smith's lawyer declined to comment", "Labour hit back")."""
    if not targets or (c.facts.is_quote and c.facts.attribution is None):
        return False
    root = c.span.root
    if root.lemma_.lower() not in _REPLY_VERBS and not c.roles.has("other_side"):
        return False
    subj = next((t for t in root.children if t.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or (subj.pos_ == "NOUN" and subj.lemma_.lower() not in _SPOKES):
        return False  # ("Barrientos' Facebook profile says …" is no reply)
    speaker = c.span.doc[subj.left_edge.i: subj.i + 1].text
    return any(re.search(rf"\b{re.escape(f)}\b", speaker) for e in targets for f in _names(e))


def _for_someone(c: Candidate) -> bool:
    """A reply given for a side rather than by the person ("An SNP spokesman said …",
    "Smith's lawyer declined to comment"): it answers the claim in the claim's own words,
    and is no retelling of it."""
    subj = next((t for t in c.span.root.children if t.dep_ == "nsubj"), None)
    return subj is not None and (subj.lemma_.lower() in _SPOKES or subj.ent_type_ in {"ORG", "NORP"})


def charge_targets(c: Candidate, analysis: Analysis) -> list[Entity]:
    """Whom a statement charges: a speaker's verdict on a named other side ("Doug Cameron says
    Qantas is being greedy": a reported "be" with an adjective or a noun, about an
    organisation or a person the speaker is not), or a verb of accusing with the accused
    named ("X accused Qantas of …")."""
    root = c.span.root
    subj = next((t for t in root.children if t.dep_ == "nsubj"), None)
    if subj is None:
        return []
    speaker = c.span.doc[subj.left_edge.i: subj.right_edge.i + 1].text
    about: list[Token] = []
    if root.lemma_.lower() in _REPORTING | {"say"}:
        for comp in (k for k in root.children if k.dep_ == "ccomp"):
            if comp.lemma_ == "be" and any(k.dep_ in {"acomp", "attr"} for k in comp.children):
                about += [k for k in comp.children if k.dep_ == "nsubj"]
    elif root.lemma_.lower() in _CLAIM_VERBS - {"warn", "question"}:
        about += [k for k in root.children if k.dep_ == "dobj"]
    words = " ".join(t.text for a in about for t in a.subtree)
    return [e for e in analysis.entities if e.kind in {"PERSON", "ORG"} and c.id in e.mentions
            and any(re.search(rf"\b{re.escape(f)}\b", words) for f in _names(e))
            and not any(re.search(rf"\b{re.escape(f)}\b", speaker) for f in _names(e))]


def unanswered_charge(c: Candidate, later: Sequence[Candidate], analysis: Analysis) -> bool:
    """A charge (:func:`charge_targets`) whose target answers it further down the story:
    as the synopsis's last line, it would print one side ("Qantas is being greedy") and
    leave the other ("But Qantas maintains it has to impose a wage freeze …") off the page."""
    targets = charge_targets(c, analysis)
    return bool(targets) and any(d.index > c.index and answers(d, targets) for d in later)


def _is_allegation_story(lead: Sequence[Candidate]) -> bool:
    return any(c.roles.has("allegation") for c in lead)


def synopsis(cands: Sequence[Candidate], analysis: Analysis) -> tuple[Claim, ...]:
    """2–3 statements, 35–90 words, the news first; empty only for an empty story."""
    return tuple(claim for _, claim in synopsis_sources(cands, analysis))


def synopsis_sources(cands: Sequence[Candidate], analysis: Analysis) -> list[tuple[Candidate, Claim]]:
    """:func:`synopsis` with the candidate each statement was written from."""
    inside = speech_continuations(analysis, story_text(cands))  # speech whose speaker an earlier sentence gives
    pool = [c for c in cands if _usable(c, analysis) and (c.id not in inside or c.facts.attribution is not None)] \
        or list(cands)
    if not pool:
        return []
    chosen: list[tuple[Candidate, str, tuple[str, ...]]] = []
    total = 0

    def context() -> str:
        return " ".join(t for _, t, _ in chosen)

    scenes = {c.id for c in pool if _narrated(c)} if tells_in_past(cands) else set()
    reply_ids: set[str] = set()

    def add(c: Candidate, limit: int, *, strict: bool = False) -> bool:
        nonlocal total
        if any(c is p for p, _, _ in chosen):
            return False
        reply = c.id in reply_ids  # (a side's spokesman answers the claim in its words: no retelling)
        if not reply and any(retells(c, p, analysis) for p, _, _ in chosen):
            return False
        if strict and not reply and weak(c, [p for p, _, _ in chosen]):
            return False  # a near-repeat, the writer's colour or a birth date: no sentence an editor keeps
        if c.id in scenes:
            return False  # "The video then shows the train speeding up" in a story told in the past
        if chosen and venue_line(c):
            return False  # "Mr Brown was speaking at a village hall in Renfrewshire": where, not what
        if garbled_phrase(c.span):
            return False  # "one sight the becomes most engrained …": the source's slip, copied, is a 1
        written = _write(c, analysis, limit, context(), frozenset(p.index for p, _, _ in chosen))
        if written is None:
            return False
        chosen.append((c, *written))
        total += word_count(written[0])
        return True

    # 1. The news: the first statement of the lead that stands alone (further down when
    # the lead is all scene-setting, captions or pronouns, or tells what came before the
    # news the next sentence tells).
    for c in pool[:12]:
        if background_lede(c, pool) or scene_setter(c, pool) or habitual_lede(c, pool) \
                or _epithet_lede(c, pool, analysis):
            continue
        if add(c, FIRST_MAX_WORDS):
            break
    if not chosen:
        # Nothing stands alone: the story's own opening sentence, whole, rather than no
        # synopsis (a lead leans on nothing before it).
        opening = next((c for c in pool[:2] if c.index == 0 and balanced(c.sentence.text)
                        and word_count(c.sentence.text) <= FIRST_MAX_WORDS), None)
        if opening is None:
            return []
        chosen.append((opening, opening.sentence.text.strip(), (opening.id,)))
        total += word_count(opening.sentence.text)
    lede = chosen[0][0]
    passed: list[Candidate] = []  # (what the scene-setting lede stood over, before the news: still the news's detail)
    if lede.index <= _LEDE_REACH and feature_lede(lede):
        # 1a. A lede that sets the scene, asks or judges ("As the earth shook in Nepal,
        # tremors were felt in India as well.", "There is no way to categorise the song")
        # while a sentence just after it tells the news with a named actor ("On Tuesday,
        # Christie's sold the manuscript …"): the news leads, the scene goes.
        generic = not _scene_form(lede)  # (a generic present: the news must say when)
        news_ = next((d for d in pool if lede.index < d.index <= lede.index + 3 and news_event(d)
                      and (not generic or _dated(d))
                      and _write(d, analysis, FIRST_MAX_WORDS, "") is not None), None)
        if news_ is not None:
            saved, saved_total = list(chosen), total
            chosen.clear()
            total = 0
            if not add(news_, FIRST_MAX_WORDS):
                chosen[:], total = saved, saved_total
            else:
                passed = [d for d in pool if lede.index < d.index < news_.index]
    first = chosen[0][0]
    later = [*passed, *(c for c in pool if c.index > first.index)]
    # 1b. The outcome: a lead that tells what someone did ("Smith, 42, plagued his victim
    # with abusive messages …") while a sentence near it tells what became of them ("Smith
    # was jailed for two years"): the outcome is in the synopsis, and first when it is the
    # court's (the news of a court story is the sentence, not the conduct).
    if not outcome_verbs(first):
        fate = next((c for c in later if c.index < _OUTCOME_REACH and outcome_verbs(c)
                     and not c.roles.has("background") and not earlier_on_main_clause(c.span)
                     and same_person(c, first, analysis)), None)
        if fate is not None and outcome_verbs(fate) & COURT_OUTCOMES:
            saved, saved_total = list(chosen), total
            chosen.clear()
            total = 0
            if add(fate, FIRST_MAX_WORDS):
                add(first, min(40, MAX_WORDS - total))  # the conduct after it, when it still says more
            else:
                chosen[:], total = saved, saved_total
                add(fate, min(40, MAX_WORDS - total))
        elif fate is not None:
            add(fate, min(40, MAX_WORDS - total))
    # 2. For an allegation, the other side when the story gives it; else the lead's next.
    second: list[Candidate] = []
    allegation = _is_allegation_story(pool[:3])
    targets = claim_targets(first, pool, analysis) if allegation or _claim_lede(first) else []
    replies = [c for c in later if c.index <= first.index + _REPLY_REACH and answers(c, targets)]
    allegation = allegation or bool(replies)
    reply_ids.update(c.id for c in replies if _for_someone(c))
    if allegation:
        # The reply of a party the news names, or one told close to it — not a far-off
        # "refused to defend" about another case; first, the reply of the side the claim is about.
        named = {e.id for e in analysis.entities if first.id in e.mentions and e.kind in {"PERSON", "ORG", "NORP"}}
        second = [c for c in later if c.roles.has("other_side") and (
            c.index <= first.index + _NEAR or any(c.id in e.mentions for e in analysis.entities if e.id in named))][:2]
        second = [*replies[:1], *(c for c in second if c not in replies[:1])]
    second += later[:3]
    # (the lead's next statement that brings something new first; a near-repeat of the news,
    # the writer's colour or a birth date only when nothing else near the lead will do)
    before = len(chosen)
    for strict in (True, False):
        for c in second:
            if MAX_WORDS - total < 12 or len(chosen) > before:
                break
            add(c, min(40, MAX_WORDS - total), strict=strict)
    # 3. A third when there is room: among the next few, the statement that matters most —
    # the other side, an outcome, what comes next — never a weak one: two good sentences
    # rather than three with filler.
    if len(chosen) < 3 and total < TARGET_WORDS - 12:
        told = [p for p, _, _ in chosen]
        reach = list(later[:_THIRD_REACH])
        charged = {e.id for p in told for e in charge_targets(p, analysis)}
        # (a charge told with its target's reply further down: the reply is the third — the other side)
        rebuttals = [c for c in later if c.index <= first.index + _REPLY_REACH and c not in reach
                     and answers(c, [e for e in analysis.entities if e.id in charged])]
        reach += rebuttals[:1]
        worth = {c.id: _worth(c, told, allegation, analysis, frozenset(r.id for r in replies))
                 + (1.5 if c in rebuttals else 0.0)
                 for c in reach if all(c is not p for p in told) and not unanswered_charge(c, later, analysis)}
        nxt = sorted((c for c in reach if c.id in worth), key=lambda c: -worth[c.id])
        best: float | None = None  # the worth of the first that would not go in
        for c in nxt:  # (what is told changes only when one is added, and then the loop ends)
            if total >= MIN_WORDS and worth[c.id] < _WEAKEST_THIRD:
                break  # what is left is an earlier event of little weight: two sentences, not three
            if total >= MIN_WORDS and best is not None and best >= 1.0 and worth[c.id] < 0.5 * best:
                break  # the line that mattered (the cause, the outcome) did not fit: no lesser detail in its place
            if add(c, min(35, MAX_WORDS - total), strict=True):
                break
            if best is None and not garbled_phrase(c.span) and c.id not in scenes \
                    and not any(retells(c, p, analysis) for p in told) and not weak(c, told) \
                    and _write(c, analysis, MAX_WORDS, context(), frozenset(p.index for p in told)) is not None:
                best = worth[c.id]  # (a line that stands alone and failed only for its length)
    if total < MIN_WORDS:
        # Still short: a further statement that fits — the news's own details first (an
        # earlier, dated event is background, not the news), then any; a weak one last.
        near = [c for c in later if not c.roles.has("background") and c.index <= first.index + _NEAR]
        for strict in (True, False):
            for c in [*near, *(c for c in later if c not in near)]:
                if len(chosen) >= 3 or total >= MIN_WORDS:
                    break
                add(c, MAX_WORDS - total, strict=strict)
    news = chosen[0][0]
    chosen.sort(key=lambda p: (p[0] is not news, p[0].index))  # the news first, then story order
    for k in range(len(chosen) - 1):
        # "… ministers from the Commonwealth Ministerial Action Group should …" then "CMAG ministers
        # will meet …": the "(CMAG)" the cut took goes back where the story had it
        c, text, cites = chosen[k]
        later_text = " ".join(t for _, t, _ in chosen[k + 1:])
        full = _with_acronyms(text, c.sentence.text, later_text)
        if full != text and total + word_count(full) - word_count(text) <= MAX_WORDS:
            total += word_count(full) - word_count(text)
            chosen[k] = (c, full, cites)
    for k in range(len(chosen)):
        # "as Mr. Hatfield calls it", the first time the reader meets him → "as Dan Hatfield calls it"
        c, text, cites = chosen[k]
        full, named_at = _titled_names(text, " ".join(t for _, t, _ in chosen[:k]), analysis)
        if full != text and word_count(full) - word_count(text) + total <= MAX_WORDS:
            total += word_count(full) - word_count(text)
            chosen[k] = (c, full, sorted_ids([*cites, *named_at]))
    for k in range(1, len(chosen)):
        # A person named in full already is named by surname ("Smith, 42, was jailed"
        # after "John Smith, 42, sent …" → "Smith was jailed"), while the part keeps its length.
        c, text, cites = chosen[k]
        shorter = second_reference(text, " ".join(t for _, t, _ in chosen[:k]), analysis)
        if shorter != text and _cut_to_a_place(text, shorter, c, analysis):
            continue  # "Soccer Australia" (read as a person) is not "Australia"
        if shorter != text and total - word_count(text) + word_count(shorter) >= MIN_WORDS:
            total += word_count(shorter) - word_count(text)
            chosen[k] = (c, shorter, cites)
    return [(c, Claim(text=undoubled(t), cites=cites, kind="fact")) for c, t, cites in chosen]


def _with_acronyms(text: str, source: str, later: str) -> str:
    """``text`` with the bracketed acronyms its source sentence gave after a name ("the
    Commonwealth Ministerial Action Group (CMAG)") put back when a cut took them and a
    ``later`` line of the synopsis uses the acronym alone: the reader must learn what it
    stands for where the name is."""
    for m in re.finditer(r"\(([A-Z][A-Za-z]{1,7})\)", source):
        acronym = m.group(1)
        if m.group(0) in text or not re.search(rf"\b{acronym}\b", later) or re.search(rf"\b{acronym}\b", text):
            continue
        words = source[: m.start()].split()
        for n in range(min(6, len(words)), 1, -1):
            name = " ".join(words[-n:])
            at = text.find(name)
            if at >= 0 and not text[at + len(name):][:1].isalnum():
                text = text[: at + len(name)] + f" {m.group(0)}" + text[at + len(name):]
                break
    return text


def _cut_to_a_place(text: str, shorter: str, c: Candidate, analysis: Analysis) -> bool:
    """Whether a second reference cut a "person" to a last word the story uses as a place
    or a people ("Soccer Australia", read as a person, to "Australia")."""
    places = {t.text for t in c.span.doc if t.ent_type_ in {"GPE", "LOC", "NORP"}}
    return any(e.kind == "PERSON" and e.name in text and e.name not in shorter and surname(e.name) in places
               for e in analysis.entities)


_DOUBLED = re.compile(r"\b([A-Za-z]+)\s+(\1)\b", re.IGNORECASE)
_REAL_DOUBLES = frozenset(["had", "that", "is", "do", "bye", "no", "very", "so", "really", "ha", "knock", "tut", "chop",
                           "yeah", "oh", "boo", "go", "never", "far", "more", "again", "on", "over", "round", "out",
                           "by", "sing", "blah", "la", "er", "um", "now", "yes", "well", "bang", "dum", "mahi", "bora"])


def undoubled(text: str) -> str:
    """The source's typing slip of a word written twice ("the the", "between between"),
    once; not a doubling the language has ("had had", "that that", "very, very")."""
    def once(m: re.Match[str]) -> str:
        return m.group(0) if m.group(1).lower() in _REAL_DOUBLES else m.group(1)
    return _DOUBLED.sub(once, text)


_THIRD_REACH = 5
"""How many statements after the news the third is chosen among."""
_WEAKEST_THIRD = 0.1
"""A third statement worth less than this (an earlier event the story barely dwells on:
"Bader's life story has already been the subject of a film in 1956") is left out."""


def _worth(c: Candidate, told: Sequence[Candidate], allegation: bool, analysis: Analysis,
           replies: frozenset[str] = frozenset()) -> float:
    """How much a follow-up statement matters to the news told so far, by its role: the
    other side of an allegation (when none is told yet), an outcome (charged, jailed,
    suspended, died), a planned event, a first since an earlier event, above a plain detail; an earlier
    event below it. Salience breaks the rest. An outcome or a plan counts only when the
    statement is about what is told (follows the news closely, or shares words or a name
    with it): a bulletin's next story ("Four people were killed in a Paris hotel fire")
    is not the news's outcome."""
    seen = frozenset().union(*(p.lemmas for p in told))
    related = c.index <= told[0].index + 3 or len(c.lemmas & seen) >= 2 or any(
        e.kind in {"PERSON", "ORG"} and c.id in e.mentions and any(p.id in e.mentions for p in told)
        for e in analysis.entities)
    value = c.salience
    if allegation and (c.roles.has("other_side") or c.id in replies) \
            and not any(p.roles.has("other_side") or p.id in replies for p in told):
        value += 1.5
    if related and outcome_verbs(c) - set().union(*(outcome_verbs(p, hedged=True) for p in told)):
        value += 1.0
    elif related and _consequences(c) - set().union(*(_consequences(p) for p in told)):
        value += 0.5  # what was done about it: referred to the prosecutor, an inquiry, an apology, a recall
    elif related and _tells_cause(c) and not any(_tells_cause(p) for p in told):
        value += 0.5  # why it happened: "the EPA said a pesticide at the villa may have caused the illnesses"
    if related and c.facts.tense == "future" and not _NEED.search(c.sentence.text):
        value += 0.3
    if related and _FIRST_SINCE.search(c.sentence.text):
        value += 0.3  # what makes the news a first ("the first meeting of the two chiefs since the summit")
    elif _before_the_news(c):
        value -= 0.6  # what came before the news ("had been drinking with a friend", "in 1997")
    elif c.roles.has("background"):
        value -= 0.3  # an earlier date somewhere in it ("allegations … between 2004 and 2013")
    return value


_FIRST_SINCE = re.compile(r"\b(?:the|its|their|his|her) first \w+(?: \w+){0,6} since\b|\bfor the first time (?:since|in)\b",
                          re.I)


_CONSEQUENCE_VERBS = frozenset(["refer", "investigate", "probe", "apologise", "apologize", "withdraw", "cancel",
                                "postpone", "evacuate", "recall", "sue", "reprimand", "discipline",
                                "compensate", "refund"])


def _consequences(c: Candidate) -> set[str]:
    """What was done about the news, as the main clause tells it ("The club referred the
    matter to the prosecutor", "The airline apologised"), not a hedge or a plan."""
    out: set[str] = set()
    for v in _clause_verbs(c):
        if any(k.dep_ == "neg" or k.lower_ in {"could", "would", "may", "might", "should", "can", "to"}
               for k in v.children if k.dep_ in {"aux", "neg"}):
            continue
        if v.lemma_.lower() in _CONSEQUENCE_VERBS:
            out.add(v.lemma_.lower())
    return out


_CAUSE_VERBS = frozenset(["cause", "trigger", "spark", "blame"])


def _tells_cause(c: Candidate) -> bool:
    """Whether the main clause (or the clause it reports) says what caused the news ("a
    pesticide … may have caused the illnesses", "the fire was blamed on faulty wiring")."""
    return any(v.lemma_.lower() in _CAUSE_VERBS for v in _clause_verbs(c))


def _before_the_news(c: Candidate) -> bool:
    """What came before the news, on the main clause: an earlier time, earlier work, or a
    past perfect."""
    return earlier_on_main_clause(c.span) or _earlier_subject(c) or _past_perfect(c)


def _past_perfect(c: Candidate) -> bool:
    root = c.span.root
    return root.tag_ == "VBN" and any(t.dep_ == "aux" and t.lower_ == "had" for t in root.children)


_NEED = re.compile(r"\bwill (?:need|have) to\b|\bwill be (?:looking|hoping|aiming|keen) to\b", re.I)
"""A future that is a wish or a need ("Australia will need to bat well"), not a plan."""


def _earlier_subject(c: Candidate) -> bool:
    """A main clause about earlier work ("Prior work has turned up …", "Previous studies
    found …"): background to the news, whatever its tense."""
    subj = next((t for t in c.span.root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj is not None and any(t.dep_ == "amod" and t.lower_ in {"prior", "previous", "earlier", "past"}
                                    for t in subj.children)


_COLOUR = frozenset([
    "certainly", "undoubtedly", "surely", "clearly", "obviously", "luckily", "fortunately", "unfortunately", "sadly",
    "happily", "thankfully", "amazingly", "incredibly", "remarkably", "arguably", "admittedly", "ironically",
    "interestingly", "curiously", "bizarrely", "predictably", "unsurprisingly", "naturally", "funnily", "tellingly",
    "mercifully", "alas", "hilariously", "sensibly", "wisely", "understandably",
])
"""Sentence adverbs of the writer's own voice ("Hamilton certainly has Rosberg scratching
his head", "Luckily for our bank balances, …"): colour, not news."""
_COLOUR_PHRASE = re.compile(r"^\W*(?:no wonder|of course|needless to say|little wonder|small wonder)\b|"
                            r"\b(?:it seems|it appears|you (?:would|'d|’d) think)\b", re.I)
_WRITER = frozenset(["we", "us", "our", "ours", "you", "your"])


def _outside_quotes(c: Candidate) -> list[Token]:
    """The sentence's words outside quotation marks."""
    out, quoted = [], False
    for t in c.span:
        if t.text in {"“", "”", '"', "‘", "’"} or (t.text == "'" and (t.i == c.span.start or t.nbor(-1).is_space
                                                                        or t.whitespace_ == "")):
            quoted = t.text in {"“", "‘"} or (t.text in {'"', "'"} and not quoted)
            continue
        if not quoted:
            out.append(t)
    return out


def colour(c: Candidate) -> bool:
    """The writer's voice rather than the news: a sentence adverb of comment ("certainly",
    "luckily"), "no wonder", "of course", or the writer and reader as "we" and "you"
    outside quotation marks ("this is the second time this week we've spotted her")."""
    if c.facts.is_quote or c.roles.has("quote", "reaction"):
        return False  # speech: the speaker's words, judged as speech
    words = _outside_quotes(c)
    if any(t.lower_ in _COLOUR and t.dep_ == "advmod" for t in words):
        return True
    if any(t.text.lower() in _WRITER and t.text != t.text.upper() and t.pos_ == "PRON" for t in words):
        return True
    return bool(_COLOUR_PHRASE.search(c.sentence.text))


def _born(c: Candidate) -> bool:
    """A birth told on the main clause ("He was born in Istanbul in 1949"): biography."""
    return any(v.lower_ == "born" for v in _clause_verbs(c))


def repeats(c: Candidate, told: Sequence[Candidate]) -> bool:
    """Whether ``c`` brings almost nothing the statements ``told`` have not: at most one
    content word of its own, or under a third of its content words new — and no number,
    outcome or negation they lack ("Cardiff will have no fans at Elland Road … handed
    back their tickets" / "Elland Road will be without any away fans after Cardiff sent
    back the tickets")."""
    if not told or not c.lemmas:
        return False
    seen = frozenset().union(*(p.lemmas for p in told))
    numbers = set().union(*(_figures(p) for p in told))
    outcomes = set().union(*(outcome_verbs(p, hedged=True) for p in told))
    if _figures(c) - numbers or outcome_verbs(c, hedged=True) - outcomes or (
            _negated(c) and not any(_negated(p) for p in told)):
        return False
    new = c.lemmas - seen
    if len(new) <= 1 or (len(c.lemmas) >= 4 and len(new) < 0.34 * len(c.lemmas)):
        return True  # (not "The airline said it was disappointed": short, and all of it new)
    if len(new) < 0.45 * len(c.lemmas) and _names_told(c, told) and not _new_actor_and_act(c, seen, told):
        return True  # under half of it new, about no one and nowhere new ("Elland Road will be without any
        # away fans on Saturday after Cardiff sent back the tickets")
    # The same act on the same thing ("will issue a statement this week" / "says he will
    # issue a written statement in the next few days").
    # (not another actor doing it: "The fast-finishing Tevake crossed the line …" after "Almost
    # half the fleet has crossed the finish line")
    acts = {_act(v) for v in _clause_verbs(c) if not _new_name_subject(v, seen)} - {None}
    return any(acts & ({_act(v) for v in _clause_verbs(p)} - {None}) for p in told)


def _new_name_subject(v: Token, seen: frozenset[str]) -> bool:
    """Whether the verb's subject is a name the told statements do not have."""
    subj = next((t for t in v.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj is not None and (subj.pos_ == "PROPN" or (subj.text[:1].isupper() and subj.i > subj.sent.start)) \
        and subj.lemma_.lower() not in seen


def _new_actor_and_act(c: Candidate, seen: frozenset[str], told: Sequence[Candidate]) -> bool:
    """Whether the main clause's subject and verb are both new to what is told ("In
    response, Israeli jets and helicopters have attacked …" after "a suicide attack"):
    another event, however many of its words the news already has."""
    root = c.span.root
    subj = next((t for t in root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
    acts = {t.lemma_.lower() for p in told for t in p.span if t.pos_ == "VERB"}
    return subj is not None and subj.pos_ != "PRON" and subj.lemma_.lower() not in seen \
        and root.lemma_.lower() not in acts and root.lemma_.lower() not in _LIGHT


def _names_told(c: Candidate, told: Sequence[Candidate]) -> bool:
    """Whether every person, organisation and place ``c`` names, the ``told`` statements
    name already."""
    names = [e for e in c.span.ents if e.label_ in {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}]
    text = " ".join(p.sentence.text for p in told)
    return all(e.text in text or e.text.split()[-1] in text for e in names)


def _act(v: Token) -> tuple[str, str] | None:
    """A verb and the head of its object ("issue", "statement"), when it has one."""
    obj = next((t for t in v.children if t.dep_ in {"dobj", "attr", "nsubjpass"} and t.pos_ in {"NOUN", "PROPN"}),
               None)  # ("locked down the campus" / "the campus was locked down")
    if obj is None or v.lemma_.lower() in _LIGHT:
        return None
    verb, noun = v.lemma_.lower(), obj.lemma_.lower()
    if noun in _DEAL_NOUNS:  # "reached an agreement" / "signed the deal" / "struck an accord": one act
        return ("agree" if verb in _DEAL_VERBS else verb), "deal"
    return verb, noun


_DEAL_NOUNS = frozenset(["deal", "agreement", "accord", "pact", "treaty"])
_DEAL_VERBS = frozenset(["reach", "sign", "strike", "seal", "clinch", "agree", "conclude", "finalise", "finalize"])


def weak(c: Candidate, told: Sequence[Candidate]) -> bool:
    """A follow-up statement an editor would strike: a near-repeat of what is told, the
    writer's colour, or a birth date."""
    return repeats(c, told) or colour(c) or _born(c)


_OUTCOME_REACH = 8
"""How far into the story an outcome of the lead's person is still the news's own."""
_OUTCOMES = frozenset(["jail", "imprison", "sentence", "convict", "charge", "fine", "ban", "acquit", "clear", "die",
                       "win", "resign", "quit", "sack", "fire", "arrest", "disqualify", "suspend", "expel", "deport",
                       "execute", "elect", "plead", "order", "kill"])
COURT_OUTCOMES = frozenset(["jail", "imprison", "sentence", "convict", "fine", "ban", "acquit", "plead", "order"])
_REPORTING = frozenset(["say", "tell", "add", "claim", "insist", "explain", "reveal", "announce", "confirm", "state",
                        "report", "write", "believe", "hear", "learn", "find"])
_LIGHT = frozenset(["be", "have", "do", "get", "make", "go", "take", "come", "say", "tell", "add", "give", "put"])


_SEQUENCE = frozenset(["then", "suddenly", "later", "finally", "eventually", "again", "soon", "immediately", "next"])
_CAMERA_VERBS = frozenset(["show", "capture", "see", "depict", "feature", "reveal", "record"])


def _narrated(c: Candidate) -> bool:
    """A scene told as it unfolds (:func:`takeaways.scene_narration`) that moves on in
    time ("The video then shows the train speeding up", "The crowd suddenly surges
    forward") — not one line saying what the footage shows ("The footage shows the men
    kneeling in a road"), which reports what was released."""
    if not scene_narration(c):
        return False
    root = c.span.root
    return root.lemma_.lower() not in _CAMERA_VERBS or any(
        t.dep_ == "advmod" and t.lower_ in _SEQUENCE for t in root.children)


def _clause_verbs(c: Candidate) -> list[Token]:
    """The main clause's verbs: the root and the verbs it coordinates or takes as its
    complement ("was jailed and banned", "tried to end"), and, under a verb of saying or
    finding, the reported clause's own ("The court heard [he] sent …")."""
    root = c.span.root
    verbs = [root]
    for v in list(verbs):
        verbs += [t for t in v.children if t.dep_ in {"conj", "xcomp"} and t.pos_ in {"VERB", "AUX"}]
        verbs += [x for t in v.children if t.dep_ == "acomp" for x in t.children if x.dep_ == "xcomp"]  # "quick to express"
    if root.lemma_.lower() in _REPORTING:
        for t in root.children:
            if t.dep_ == "ccomp":
                verbs += [t, *(u for u in t.children if u.dep_ in {"conj", "xcomp"} and u.pos_ in {"VERB", "AUX"})]
    return verbs


def outcome_verbs(c: Candidate, *, hedged: bool = False) -> set[str]:
    """What became of someone, as the main clause tells it: jailed, sentenced, charged,
    fined, banned, died, won, resigned … ("was found guilty" is a conviction); not a
    hedge or a plan ("could be jailed", "will resign") and not a negation."""
    out: set[str] = set()
    for v in _clause_verbs(c):
        kids = list(v.children)
        if not hedged and any(k.dep_ == "neg" or k.lower_ in {"could", "would", "may", "might", "will", "should",
                                                               "can", "to"} for k in kids if k.dep_ in {"aux", "neg"}):
            continue
        lemma = v.lemma_.lower()
        if lemma == "find" and any(k.lower_ in {"guilty", "innocent"} for k in v.subtree):
            out.add("convict")
        elif any(k.lower_ == "dead" for k in kids):
            out.add("die")  # "was shot dead", "was found dead"
        elif lemma == "plead" and not any(k.lower_ == "guilty" for k in v.subtree):
            continue
        elif lemma in {"order", "clear", "fire", "kill"} and not any(k.dep_ == "auxpass" for k in kids):
            continue  # "was ordered to pay", "was cleared", "was fired", "was killed"; not "fired shots"
        elif lemma in _OUTCOMES:
            out.add(lemma)
    return out


def _subject_key(c: Candidate, analysis: Analysis) -> str | None:
    """Who the main clause is about: the surname of its subject's name, or of the person
    its "he"/"she" stands for, else the subject's head noun."""
    verbs = _clause_verbs(c)
    root = verbs[0]
    if root.lemma_.lower() in _REPORTING and len(verbs) > 1:
        root = next((v for v in verbs if v.dep_ == "ccomp"), root)
    subj = next((t for t in root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return None
    if subj.lower_ in {"he", "she"}:
        e = antecedent(c.index, subj.lower_, analysis)
        return e.name.split()[-1].lower() if e is not None else None
    if subj.pos_ == "PRON":
        return None
    return subj.text.lower()


def same_person(a: Candidate, b: Candidate, analysis: Analysis) -> bool:
    """Whether two sentences' main clauses are about the same named person."""
    ka = _subject_key(a, analysis)
    if ka is None:
        return False
    return any(e.kind == "PERSON" and ka == e.name.split()[-1].lower() and b.id in e.mentions
               for e in analysis.entities)


def retells(c: Candidate, p: Candidate, analysis: Analysis) -> bool:
    """Whether ``c`` tells again what ``p`` told — a caption that re-tells the lede in
    other words ("Rafael Nadal eased past Nicolas Almagro …" / "No 4 swept past Almagro
    on Wednesday …"), or the same person doing the same thing again ("Farina says … but
    wants more information about …" / "Farina wants more information about his support
    staff"). Never when ``c`` brings more than a few new content words, or a number, a
    negation or an outcome ``p`` does not have ("More than 100 fires are still burning",
    "the payout has not been made", "ESPN announced McHenry would be suspended")."""
    a, b = c.lemmas, p.lemmas
    if jaccard(a, b) > 0.4 or _reintroduced(c, p):
        return True
    if _deaths(c) and _deaths(p) and _figures(c) & _figures(p) and not _new_victims(c, p) and _same_toll(c, p):
        return True  # the same toll told again ("Three militants were shot dead …, sources said" after "… killed three")
    if _same_report(c, p, analysis):
        return True  # "Arum told ESPN that the contracts have still not been finalised" after "… have yet to be signed"
    if len(a - b) > 4 or _numbers(c) - _numbers(p) or outcome_verbs(c, hedged=True) - outcome_verbs(p, hedged=True) \
            or (_negated(c) and not _negated(p)):
        return False
    shared = any(e.kind in {"PERSON", "ORG"} and c.id in e.mentions and p.id in e.mentions for e in analysis.entities)
    if shared and len(a & b) >= 3 and len(a & b) / min(len(a), len(b)) >= 0.6:
        return True  # (the same places and peoples are not the same fact: "Israeli jets attacked … Gaza")
    ka = _subject_key(c, analysis)
    if ka is None or ka != _subject_key(p, analysis):
        return False
    va = {v.lemma_.lower() for v in _clause_verbs(c)} - _LIGHT
    vb = ({v.lemma_.lower() for v in _clause_verbs(p)} | _subject_verbs(p)) - _LIGHT
    return bool(va & vb)


def _reported(c: Candidate) -> Token | None:
    """The clause a statement reports ("that the contracts have yet to be signed"), when its
    main verb is one of saying or revealing."""
    root = c.span.root
    if root.lemma_.lower() not in _REPORTING | {"reveal", "tell"}:
        return None
    return next((k for k in root.children if k.dep_ == "ccomp"), None)


def _unfulfilled(v: Token) -> bool:
    """A reported clause that says something has not happened ("have not been finalised",
    "have yet to be signed", "is still to be agreed")."""
    kids = list(v.children)
    return any(k.dep_ == "neg" for k in kids) or (
        any(k.lower_ in {"yet", "still"} for k in kids) and any(k.dep_ == "xcomp" for k in kids))


def _same_report(c: Candidate, p: Candidate, analysis: Analysis) -> bool:
    """The same speaker reporting the same thing unfulfilled twice ("Bob Arum has revealed
    that the contracts … have yet to be signed" / "Arum told ESPN that the contracts have
    still not been finalised"): one speaker, one subject, one "not yet"."""
    rc, rp = _reported(c), _reported(p)
    if rc is None or rp is None or not (_unfulfilled(rc) and _unfulfilled(rp)):
        return False
    sc = next((k for k in rc.children if k.dep_ in {"nsubj", "nsubjpass"}), None)
    sp = next((k for k in rp.children if k.dep_ in {"nsubj", "nsubjpass"}), None)
    if sc is None or sp is None or sc.pos_ != "NOUN" or sc.lemma_.lower() != sp.lemma_.lower():
        return False
    def speakers(d: Candidate) -> set[str]:
        subj = next((k for k in d.span.root.children if k.dep_ == "nsubj"), None)
        words = {t.text for t in subj.subtree} if subj is not None else set()
        return {e.id for e in analysis.entities if e.kind in {"PERSON", "ORG"}
                and any(f.split()[-1] in words for f in _names(e))}
    return bool(speakers(c) & speakers(p))


def _deaths(c: Candidate) -> bool:
    """Whether the main clause tells of killing or dying ("killed three", "were shot dead", "died")."""
    return any(v.lemma_.lower() in {"kill", "die"} or any(k.lower_ == "dead" for k in v.children)
               for v in _clause_verbs(c))


_ELSEWHERE = re.compile(r"\b(?:separate|another|second|other|further|new)\b", re.I)


def _victims(c: Candidate) -> set[str]:
    """The nouns a sentence's dead are ("three gunmen" of "killed three gunmen", "were shot dead", "died")."""
    out: set[str] = set()
    for v in _clause_verbs(c):
        if v.lemma_.lower() == "kill":
            out |= {k.lemma_.lower() for k in v.children if k.dep_ in {"dobj", "nsubjpass"} and k.pos_ == "NOUN"}
        elif v.lemma_.lower() == "die" or any(k.lower_ == "dead" for k in v.children):
            out |= {k.lemma_.lower() for k in v.children if k.dep_ in {"nsubj", "nsubjpass", "dobj"} and k.pos_ == "NOUN"}
    return out


def _same_toll(c: Candidate, p: Candidate) -> bool:
    """Whether two death tolls sharing a figure can be one: the same dead (when both name
    them), no place or date ``p`` does not give, and no "separate"/"another"/"second" attack
    ("Three civilians died in a separate attack in Kandahar on Tuesday" after "Three soldiers
    were killed … in Kabul on Monday" is another toll)."""
    if _ELSEWHERE.search(c.sentence.text):
        return False
    vc, vp = _victims(c), _victims(p)
    if vc and vp and not vc & vp:
        return False
    told = {t.lower_ for t in p.span}
    return not any(e.label_ in {"GPE", "LOC", "FAC", "DATE"} and any(t.lower_ not in told for t in e if t.is_alpha)
                   for e in c.span.ents)


def _new_victims(c: Candidate, p: Candidate) -> bool:
    """Whether ``c``'s dead are other people than ``p``'s: a name or a people ``p`` does not have."""
    names = {t.lemma_.lower() for t in c.span if t.ent_type_ in {"PERSON", "NORP"}}
    return bool(names - {t.lemma_.lower() for t in p.span})


_ANOTHER = frozenset(["second", "third", "another", "other", "further", "fellow", "different", "new"])


def _reintroduced(c: Candidate, p: Candidate) -> bool:
    """Whether ``c`` tells ``p``'s outcome again about "a"/"an" someone ("A serving prisoner
    has been jailed for …" after "Carlos Diaz, 35, was jailed …"): the same person met
    anew. Not "A second man was arrested", another one."""
    subj = next((t for t in c.span.root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ != "NOUN" or not any(k.dep_ == "det" and k.lower_ in {"a", "an"} for k in subj.children) \
            or c.span.root.lemma_.lower() in _REPORTING:
        return False  # (not "A spokesman says the man was arrested": the spokesman is no one told)
    if any(k.lower_ in _ANOTHER or k.like_num for k in subj.children):
        return False
    return bool(outcome_verbs(c, hedged=True) & outcome_verbs(p, hedged=True))


def _subject_verbs(c: Candidate) -> set[str]:
    """The verbs a sentence tells of its subject in a clause hung on it ("Three men accused
    of spying were executed", "Smith, who sent 300 texts, was jailed")."""
    return {t.lemma_.lower() for s in c.span if s.dep_ in {"nsubj", "nsubjpass"}
            for t in s.subtree if t.dep_ in {"acl", "relcl"} and t.pos_ == "VERB"}


def _numbers(c: Candidate) -> set[str]:
    """The sentence's quantities ("4,000", "two"), not a rank ("No 4")."""
    return {t.lower_ for t in c.span if t.like_num and not (t.i > 0 and t.nbor(-1).lower_ in {"no", "no."})}


def _figures(c: Candidate) -> set[str]:
    """The sentence's quantities, not a clock time or a date ("the 3pm kick-off", "May 5")."""
    return {t.lower_ for t in c.span if t.like_num and not (t.i > 0 and t.nbor(-1).lower_ in {"no", "no."})
            and t.ent_type_ not in {"DATE", "TIME"}
            and not (t.i + 1 < len(t.doc) and t.nbor(1).lower_ in {"pm", "am", "p.m.", "a.m."})}


def _negated(c: Candidate) -> bool:
    return any(t.dep_ == "neg" for v in _clause_verbs(c) for t in v.children)


def scene_setter(c: Candidate, pool: Sequence[Candidate]) -> bool:
    """An opening sentence that sets the scene for the news rather than telling it — one
    that ends on "as well" or "too", leaning on what it echoes ("As the storm hit the
    coast, the shaking was felt inland as well."), or an "As …" clause over a passive
    with no one acting ("As the floods rose, roads were closed") — when the next
    sentence tells what someone did (a named subject and an active verb)."""
    if c.index != 0:
        return False
    root = c.span.root
    echo = re.search(r"\b(?:as well|too)\W*$", c.sentence.text.strip(), re.I) is not None
    as_clause = c.span[0].lower_ == "as" and any(t.dep_ == "advcl" and any(
        m.lower_ == "as" and m.dep_ == "mark" for m in t.children) for t in root.children)
    passive = any(t.dep_ == "nsubjpass" for t in root.children) and not any(t.dep_ == "agent" for t in root.children)
    if not (echo or (as_clause and passive)):
        return False
    nxt = next((d for d in pool if d.index == 1), None)
    if nxt is None:
        return False
    subj = next((t for t in nxt.span.root.children if t.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ != "PRON" and any(
        t.pos_ == "PROPN" or t.ent_type_ in {"NORP", "GPE", "ORG"} for t in subj.subtree)


_LEDE_REACH = 4
"""How far into the story a scene-setting first choice is still the lede (:func:`feature_lede`)."""
_OPENER_MARKS = frozenset(["as", "while", "with", "amid"])
"""Openers of a scene ("As the earth shook …"), not of a sequence ("After months of delays, the company has …")."""
_AGO = re.compile(r"\b(?:ago|previously|earlier this|last (?:year|month|week))\b", re.I)


def _named(tok: Token | None) -> bool:
    """Whether a subject names someone or something: a proper name in it or in its
    apposition ("India", "Christie's", "The man, John Smith,"), not only an adjective of a
    people or a place in a clause hung on it ("An Iraqi doctor, being held in Sydney")."""
    if tok is None:
        return False
    words = [*tok.doc[tok.left_edge.i: tok.i + 1], *(t for a in tok.children if a.dep_ == "appos" for t in a.subtree)]
    return any(t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG"} for t in words)


def _dated(d: Candidate) -> bool:
    """Whether a statement says when ("on Tuesday", "last night", "yesterday")."""
    return any(t.ent_type_ in {"DATE", "TIME"} for t in d.span) or bool(_NOW.search(d.sentence.text))


def feature_lede(c: Candidate) -> bool:
    """:func:`_scene_form`, or a generic present with no one named doing it and no time
    ("Technology shows such as E3 are a showcase for the latest gadgets")."""
    if _scene_form(c):
        return True
    root = c.span.root
    kids = list(root.children)
    subj = next((t for t in kids if t.dep_ in {"nsubj", "nsubjpass"}), None)
    return root.tag_ in {"VBZ", "VBP"} and not any(k.dep_ in {"aux", "auxpass", "neg"} for k in kids) \
        and root.lemma_.lower() not in _REPORTING and subj is not None and subj.pos_ == "NOUN" \
        and not _named(subj) and not any(t.ent_type_ == "PERSON" for t in subj.subtree) and not _dated(c)


def _scene_form(c: Candidate) -> bool:
    """A sentence that sets the scene, asks, quotes or judges rather than tells the news: a
    question; an opening quotation; "There is …"; "It is hard to believe …"; a verdict on
    an unnamed subject ("The story of how … is remarkable enough"); or a main clause with
    no named subject behind an "As …"/"With …" opener ("As the earth shook in Nepal,
    tremors were felt in India as well", "With summer around the corner, icy treats are
    back on the menu")."""
    text = c.sentence.text.strip()
    if text.endswith("?") or re.match(r"\W*[‘“\"]", text):
        return True
    root = c.span.root
    kids = list(root.children)
    subj = next((t for t in kids if t.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if subj is not None and subj.dep_ == "expl" and root.lemma_ == "be":
        return True  # "There is no real way to categorise …"
    verdict = root.lemma_ == "be" and any(t.dep_ == "acomp" and t.pos_ == "ADJ" for t in kids)
    if verdict and subj is not None and subj.lower_ == "it" and any(t.dep_ in {"xcomp", "ccomp"} for t in kids):
        return True  # "It's hard to believe that …"
    if verdict and subj is not None and subj.pos_ == "NOUN" \
            and not any(t.dep_ in {"xcomp", "ccomp", "prep", "advcl"} for t in kids) \
            and not any(t.dep_ in {"xcomp", "ccomp", "prep"} for a in kids if a.dep_ == "acomp" for t in a.children):
        return True  # "The story of how X recovered … is remarkable enough."
    first = c.span[0]
    opener = first.lower_ in _OPENER_MARKS and first.dep_ in {"mark", "prep"} and first.i < root.i
    return opener and subj is not None and subj.pos_ != "PRON" and not _named(subj)


def news_event(d: Candidate) -> bool:
    """A statement of the news: a named subject ("India", "Christie's", "Police Chief Jane
    Cole") and a main verb that tells an event (a simple past, a present perfect or a
    passive: "sold", "has launched", "was arrested"), not a quote, a connective's turn or
    an earlier event."""
    if d.facts.is_quote or d.roles.has("quote", "background", "debris") or mid_argument(d.sentence.text) \
            or _AGO.search(d.sentence.text):
        return False  # (not "Six months ago, Phillips delayed its plan": what came before the news)
    root = d.span.root
    kids = list(root.children)
    subj = next((t for t in kids if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ == "PRON" or not _named(subj) or root.lemma_.lower() in {"be", "have"} | _REPORTING:
        return False
    if any(t.lower_ in {"different", "similar", "another", "same"} and not any(
            k.lower_ in {"from", "to", "as", "than"} for k in t.children)
            and not any(k.lower_ in {"from", "as", "than"} for k in t.head.children) for t in d.span):
        return False  # "A Dutch firm has taken a slightly different approach": different from what?
    perfect = root.tag_ == "VBN" and any(k.dep_ in {"aux", "auxpass"} for k in kids)
    return (root.tag_ == "VBD" or perfect) and not earlier_on_main_clause(d.span) and not _past_perfect(d)


_VENUE_PREPS = frozenset(["at", "during", "in", "on", "to", "ahead", "after", "before", "alongside", "outside", "as",
                          "while", "following"])


def venue_line(c: Candidate) -> bool:
    """A line that says only where or when someone spoke ("Mr Brown was speaking during a
    joint event at a village hall", "She made the comments at a conference in Leeds",
    "He was talking to reporters after the match"): filler, not the consequence."""
    root = c.span.root
    kids = list(root.children)
    if any(k.dep_ in {"dobj", "ccomp", "xcomp", "attr", "acomp", "conj", "advcl", "dative"} for k in kids) \
            and not (root.lemma_ == "make" and all(k.lemma_.lower() in {"comment", "remark"} for k in kids
                                                     if k.dep_ == "dobj")):
        return False
    if root.lemma_ == "make":
        if not any(k.dep_ == "dobj" for k in kids) or any(k.dep_ in {"ccomp", "xcomp", "conj", "advcl"} for k in kids):
            return False
    elif root.lemma_ not in {"speak", "talk"} or root.tag_ != "VBG":
        return False  # ("Obama spoke to Putin by phone" is news; "was speaking at …" the place he said it)
    preps = [k for k in kids if k.dep_ == "prep"]
    if any(k.lower_ == "to" and any(o.ent_type_ == "PERSON" for o in k.subtree) for k in preps):
        return False  # "was speaking to the Prime Minister": a meeting
    return bool(preps) and all(k.lower_ in _VENUE_PREPS for k in preps)


def _epithet_lede(c: Candidate, pool: Sequence[Candidate], analysis: Analysis) -> bool:
    """An opening sentence that meets its person by description only ("The London Wasps
    captain posted a photo …") while one of the next two names them as the subject
    ("England flanker James Haskell dressed as …"): the news starts where the name is."""
    if c.index != 0 or not unnamed_epithet(c.span, c.sentence.text, "", analysis):
        return False
    return any(0 < d.index <= 2 and any(t.dep_ in {"nsubj", "nsubjpass"} and any(
        x.ent_type_ == "PERSON" for x in t.subtree) for t in d.span.root.children) for d in pool)


_HABIT_ADVERBS = frozenset(["sometimes", "often", "usually", "always", "generally", "typically", "traditionally",
                            "frequently", "regularly", "normally", "rarely", "seldom"])


def habitual_lede(c: Candidate, pool: Sequence[Candidate]) -> bool:
    """An opening sentence that tells what is usually so, not what happened ("Jon Reid is
    sometimes branded a maverick by his critics", "Every year a fashion comes along that
    …", "Rugby has long been considered …") — when one of the next three sentences tells
    an event (a past or present-perfect main clause with a subject of its own): the
    synopsis starts at the news."""
    if c.index != 0:
        return False
    root = c.span.root
    mods = [t for t in root.children if t.dep_ in {"advmod", "npadvmod"}]
    habit = any(t.lower_ in _HABIT_ADVERBS for t in mods) or any(
        t.lower_ == "long" and any(a.lower_ in {"has", "have"} for a in root.children) for t in mods) or any(
        t.lemma_.lower() in {"year", "day", "week", "summer", "winter", "season"}
        and any(k.lower_ == "every" for k in t.children) for t in mods)
    if not habit or root.tag_ not in {"VBZ", "VBP", "VBN"}:
        return False
    if any(k.dep_ in {"conj", "advcl"} and (k.tag_ == "VBD" or any(t.ent_type_ == "DATE" for t in k.subtree))
           for k in root.children):
        return False  # "… has long been the safest seat, but on Saturday the party lost it": the news is in the lead
    return any(0 < d.index <= 3 and d.span.root.tag_ in {"VBD", "VBN"} and any(
        t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ != "PRON" for t in d.span.root.children) for d in pool)


_NOW = re.compile(r"\b(?:today|now|this (?:week|month|year)|new|latest|currently)\b", re.I)


def background_lede(c: Candidate, pool: Sequence[Candidate]) -> bool:
    """A lead sentence that tells what came before the news — a simple past with an
    earlier time on its main clause ("James Hansen first warned Congress of the threat
    in 1988.") — when one of the next two sentences tells the news now ("Today, in a new
    paper, he brings a new warning"): the synopsis, headline and question start there."""
    root = c.span.root
    if c.index > 2 or root.tag_ != "VBD" or any(a.lower_ in {"has", "have"} for a in root.children) \
            or not earlier_on_main_clause(c.span):
        return False
    return any(c.index < d.index <= c.index + 2 and not earlier_on_main_clause(d.span)
               and (d.facts.tense == "present" or _NOW.search(d.sentence.text)) for d in pool)
