"""Debris: what is not the story, or not one sentence of it — one home for every detector.

Daily Mail and agency copy arrives with furniture run into the text: photo captions
("Big group: The entire cast …", "Mata celebrates with Herrera"), "Scroll down for
video", bylines, match tickers, shopping widgets, and a caption or a second
sentence run into a sentence without punctuation ("… he had been tricked Adeli
agreed to pay …"). :mod:`copydesk.generate.roles` tags such sentences ``debris`` so
that no part uses them.

Magazine and analysis pieces bring furniture of their own (issue 11): subheads ("The
backstory", "Right-wing resistance"), lists ("Illinois: passed two laws …", "- Item",
"1) …"), lead-ins to a list ("… data points include:"), editor's notes ("This story has
been updated …", "Read more: …", "CNN's X contributed to this report."), photo credits,
affiliate and newsletter prompts, social handles. Their shape gives them away: a leading
label run over sibling paragraphs, a line that ends on a colon, a note's stock words.
The body keeps every such line (its wording is never touched); the generated parts use
none of them — a list item is real content, but copied into a takeaway it arrives with
its list prefix and without the list that gives it sense. Two shapes are *not* debris:
an Axios-style signpost ("Why it matters: …", :data:`SIGNPOST`), whose sentence the parts
use without the label, and a dateline ("Islamabad: …"), which the parser strips.

Feature stories are told in the present tense ("He shakes his head", "The report raises
allegations …"), which is also the tense of a photo caption; so the present-tense scene
tests of :func:`caption_like` apply only to a line left unclosed (a caption has no full
stop) or to a story that carries caption furniture (:func:`captioned`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from copydesk.model import Analysis, Sentence
from copydesk.nlp.segment import FUNCTION_WORDS, NAMING_WORDS, ROLE_NOUNS, SPEECH_WORDS

# An editor's note, a credit, a link or a prompt: the page's furniture, not the story.
NOTE = (
    r"^\(?(?:editor['’]?s note|correction|clarification|updated?|sourcing|credits?|photo(?:graph)?s?|images?|"
    r"illustration|video|watch|listen|related(?: stories| articles| coverage)?|read more|more|see also|also read|"
    r"recommended|trending|advertisement|sponsored|gallery|picture)\b\s*[:|]|"
    r"^related (?:stories|articles|coverage|content)\s*$|"
    r"\bthis (?:story|article|report|post|piece) (?:has been|was) (?:updated|corrected|amended|edited|"
    r"originally published|first published)|\boriginally (?:appeared|published) (?:in|on|at)\b|"
    r"contributed (?:reporting|to this (?:report|story|article))|^(?:additional )?(?:reporting|writing|editing) by\b|"
    r"; (?:editing|writing) by\b|\bgetty images\b|\bap photo\b|\b(?:photo|image|picture)s? (?:by|courtesy of|credit)\b|"
    r"\baffiliate links?\b|\b(?:may|might) (?:earn|receive) (?:a|an) (?:small )?(?:commission|affiliate)|"
    r"(?:^|[.!?] )(?:sign up|subscribe)\b|\b(?:sign up|subscribe) (?:now|here|today|for free)\b|"
    r"\b(?:sign up|subscribe) (?:for|to) (?:our|my|the \w+ )?(?:\w+ ){0,2}newsletter|\bour (?:\w+ ){0,2}newsletters?\b|"
    r"^follow\b.*\b(?:on (?:twitter|facebook|instagram|tiktok|x|threads|bluesky|youtube|linkedin)|@\w+)|"
    r"^@\w+|\bfollow us\b|please share your (?:videos|photos|pictures|stories)|"
    r"^here (?:are|is) (?:the|some|our|a few|what) (?:\w+ ){0,2}(?:takeaways|highlights|things|key|main|best|top|"
    r"you need to know|to know)"
)
# A formatted list line: a bullet, a number ("1. ", "2) "), or an inline numbered run
# ("… are: 1) Deviled, 2) Scotch, …").
LIST_LINE = r"^\s*(?:[-•*▪►✓–—]|\d{1,2}[.)]|\(\d{1,2}\)|[a-h]\))\s+\S|\b1\)\s.{1,80}\b2\)\s"
# A line that only leads in to what follows ("… data points include:", "Watch the video:").
LEAD_IN = r":['’\"”]?\s*$"
# An all-caps field tag of a product or player listing ("CLAIMS:", "EXPERT VERDICT:",
# "PRICE:", "AGE:"): a field word, or two or more capitalised words ("ADD TO CART:");
# a lone acronym ("NASA:") is no tag.
_FIELD_WORDS = (
    r"CLAIMS?|VERDICTS?|PRICES?|RATING|SCORE|PROS|CONS|RRP|BUY(?: IT)?|STOCKISTS?|AVAILABLE(?: FROM| AT)?|SIZES?|"
    r"INGREDIENTS|TEXTURE|SCENT|SPF|VALUE|AGE|CLUBS?|HEIGHT|WEIGHT|POSITION|NATIONALITY|CONTRACT|SPECS?|FEATURES|"
    r"BEST FOR|WE SAY|OUR SAY|WHERE|SHOP(?: NOW)?|DETAILS|CAPACITY|BATTERY|WARRANTY"
)
LISTING = re.compile(
    r"(?<![\w/.])\d{1,2}(?:\.\d)?\s?/\s?(?:10|5)\b(?!\s?(?:th|st|nd|rd)\b)(?![/\d])|"
    r"[£$€]\s?\d[\d,.]*\s*(?:for|per|/)\s*\d[\d.]*\s?(?:ml|g|kg|l|oz|fl ?oz|cl|litres?|grams?|tablets|capsules|"
    r"sachets|wipes|pack)\b|"
    r"\b\d+\s?(?:ml|g|oz)\b,?\s*(?:for\s)?[£$€]\s?\d|"
    r"(?-i:(?<![\w'’])(?:[A-Z][A-Z'’]+ ){0,2}(?:" + _FIELD_WORDS + r")\s?:(?=\s)|"
    r"(?<![\w'’])[A-Z][A-Z'’]+(?: [A-Z][A-Z'’]+){1,3}\s?:(?=\s))"
)
"""A product or player listing's line run into the text (a shopping round-up, a player
card): a score out of ten ("6/10 Dr Skin's lotion …"), a price with a pack size ("£17.99
for 150ml", "$9.99 for 3oz") or an all-caps field tag ("CLAIMS: …") — not the story's
own statement. Part of :data:`DEBRIS`, so no part uses such a line."""

# Layout and furniture run into the text: never a fact for any part.
DEBRIS = re.compile(
    r"(scroll down|watch the video|click here|for more (?:news|videos|on this)|"
    r"contributed to this report|all rights reserved|©|^by \. |published: |updated: |share this|read more|"
    r"(?:is|can be seen|is shown) at the top of this (?:story|page|article)|pictured (?:above|below|left|right)|\bpictured\b.*\b[A-Z][a-z]+:|"
    r"^(?:video|photos?|picture|gallery|watch|listen|related|see also)\s*:|download the|app\b.*\bfree|"
    + NOTE + "|" + LIST_LINE + "|" + LEAD_IN + "|" + LISTING.pattern + ")",
    re.I,
)
_SIGNPOSTS = (
    r"why it matters|why this matters|the big picture|big picture|what'?s next|what’s next|what comes next|"
    r"the backstory|backstory|between the lines|yes,? but|the bottom line|bottom line|driving the news|"
    r"by the numbers|the latest|state of play|what they'?re saying|what they’re saying|zoom in|zoom out|"
    r"flashback|what to watch|what we'?re watching|what we’re watching|reality check|the intrigue|be smart|"
    r"the other side|the catch|go deeper|context|catch up quick|the context|the stakes|the upshot"
)
SIGNPOST = re.compile(r"^(?:" + _SIGNPOSTS + r")\s*:\s+(?=[A-Z0-9\"“‘'])", re.I)
"""An Axios-style signpost over a sentence ("Why it matters: The port …"): the sentence
is news, the label is layout — the parts use the sentence without it."""

_SPEECH_LABEL = r"(?![\w'’ -]*\b(?:said|says|added|adds|told|tells|explained|wrote|writes|tweeted|insisted|warned)\b)"
_SIGNPOST_AHEAD = r"(?!(?i:" + _SIGNPOSTS + r")\s*:)"
# A photo caption run into the text: "Big group: The entire cast …", or inside one.
# ("The PM added: That …" is speech, not a caption; "Why it matters: …" a signpost.)
CAPTION = re.compile(
    r"^" + _SPEECH_LABEL + _SIGNPOST_AHEAD + r"[A-Z][\w'’ -]{0,30}: [A-Z]"
    r"|[a-z]\s+(?!(?:Said|Added)\b)[A-Z][a-z]+:\s+[A-Z]"
)
LABEL = re.compile(r"^" + _SPEECH_LABEL + r"(?P<label>[A-Z][\w'’.&/ -]{0,40}?)\s*:\s+(?![‘“\"'])\S")
"""A leading "Label: …" (a list item when sibling paragraphs open the same way); not
a speaker's name before a quotation ("Prelogar: “I can't …”")."""
# A match ticker or a score line: "45 mins: …", "Ronaldo 23', Bale 67'".
TICKER = re.compile(r"\b\d:\d\d\.\d{3}\b|^\s*\d{1,3}(?:\+\d)?\s*(?:mins?|min\.|')\b|\b\d{1,3}'\s*,|\(\d+'\)|\bsubs?(?: not used)?:", re.I)

SPLICE = re.compile(
    # A caption or a second text run into the sentence without punctuation: an opening
    # quotation mark straight after a word ("on Friday ‘I’d be …"), or a word straight
    # after a closing one ("… her 'butt off' Fowler received …") — not after a name's
    # possessive ("Zeus’ Yone tore up …", "St James' Park"); a short quoted title is no
    # quotation run in ("also known as ‘Eye of Heaven’, took …").
    r"[a-z0-9] ‘(?![^’]{1,40}’(?![a-z]))[A-Z]|(?<!the )(?<!The )(?<!his )(?<!her )(?<!its )\b(?:19|20)\d\d [A-Z][a-z]+(?:['’]s?)? [a-z]| ' |[a-z0-9] (?:A|An|The|This|His|Her|Their) [a-z]|\b(?![A-Z][\w-]*s['’] )[\w-]*\w['’] (?!(?:said|says|added|adds|told|tells|wrote|writes|explained)\b)[A-Z][a-z]+ [a-z]"
)

_SPEECH = frozenset(["say", "tell", "add", "state", "announce", "explain", "note", "write", "report", "claim", "insist",
                     "deny", "admit", "warn", "reveal", "confirm", "describe", "accuse", "allege", "argue", "suggest"])


def _quoted(span: Span) -> bool:
    """Quotation marks in the sentence, or its opening mark left just before it ("… in
    public. ‘ It stinks of …": the splitter leaves a spaced mark between the sentences)."""
    if any(q in span.text for q in "\"“”‘"):
        return True
    return bool(_MARK_BEFORE.search(span.doc.text, max(0, span.start_char - 3), span.start_char))


_MARK_BEFORE = re.compile(r"(?:^|\s)['‘\"“]\s+$")


# Verbs whose simple present states a fact rather than narrating a pictured moment.
STATIVE = frozenset(
    ["be", "have", "remain", "include", "continue", "contain", "consist", "seem", "appear", "need", "want", "believe",
     "think", "know", "mean", "face", "hope", "plan", "expect", "live", "work", "own", "stand",
     "cost", "weigh", "measure", "feature", "show", "reveal", "suggest", "highlight", "use", "run", "involve",
     "affect", "require", "allow", "depend", "belong", "exist", "lead", "look", "feel", "become", "love", "like",
     "hate", "prefer", "claim", "insist", "deny", "argue", "say", "tell", "add", "warn", "estimate", "range",
     "account", "represent", "stay", "keep", "cover", "offer", "provide", "serve", "make", "take", "get", "go",
     "come", "seek", "fear", "doubt", "plan", "aim", "intend", "refuse", "admit", "accept", "agree", "disagree",
     "tend", "vary", "differ", "lack", "help", "support", "oppose", "suffer", "earn", "pay", "spend", "sell", "buy",
     "find", "consider", "see", "understand", "recognise", "recognize", "wonder", "matter", "count", "add"]
)
PICTURED = re.compile(r"\b(?:is|are) (?:pictured|seen|shown|found|captured|photographed|spotted)\b(?! to\b)")


# A pictured moment of a match: "X looks on dejected during the defeat by United".
_MATCH_MOMENT = re.compile(
    r"\b(?:during|after|before|ahead of) (?:the|their|his|her|a|Sunday's|Saturday's) (?:\w+ )?"
    r"(?:match|game|defeat|win|victory|draw|clash|final|semi-final|race|fight|bout|training|session|premiere|ceremony)\b"
)


FURNITURE = re.compile(
    r"\bpictured\b|scroll down|\((?:(?:left|right) and (?:left|right)|left|right|centre|center|above|below|top|bottom|inset|front|back|file|"
    r"(?:far|second|third|from|top|bottom) (?:left|right)|left to right|clockwise[^)]*)\)|\bwatch the video\b|"
    r"\bclick here\b|\bis (?:seen|shown) (?:here|above|below)\b",
    re.I,
)
"""Caption furniture: a story that has it runs its captions into the text."""

_CLOSED = re.compile(r"[.!?…:;]['’\"”)\]]*\s*$")

_CAPTIONED: dict[int, tuple[str, bool]] = {}


def captioned(analysis: Analysis) -> bool:
    """Whether the story carries photo-caption furniture ("(pictured)", "(left)",
    "Scroll down for video"): only such a story runs a caption into its text as a
    closed sentence ("Mata celebrates with Herrera after his goal.")."""
    key = id(analysis)
    first = analysis.sentences[0].text if analysis.sentences else ""
    hit = _CAPTIONED.get(key)
    if hit is not None and hit[0] == first:
        return hit[1]
    found = any(FURNITURE.search(s.text) for s in analysis.sentences)
    if len(_CAPTIONED) > 64:
        _CAPTIONED.clear()
    _CAPTIONED[key] = (first, found)
    return found


def caption_like(span: Span, sentence_id: str, analysis: Analysis) -> bool:
    """A photo caption run into the text: a present-tense scene ("X and Y serve food")
    with an earlier date ("… in May 2011"). A scene told in a closed sentence in a story
    with no caption furniture is the story's own present tense ("He shakes his head",
    "The report raises allegations …"), unless it is a pictured moment of a match or a
    pose."""
    root = span.root
    if _PHOTOGRAPHED.search(span.text):
        return True
    gated = bool(_CLOSED.search(span.text)) and not captioned(analysis)
    if gated:
        # The story's own present tense, save a pictured moment of a match or a pose.
        if root.tag_ not in {"VBZ", "VBP"} or root.lemma_ in _SPEECH or _quoted(span) or any(
                t.dep_ in {"aux", "auxpass"} for t in root.children):
            return _acted_on_person(root) and not _quoted(span)
        moment = _MATCH_MOMENT.search(span.text)
        return bool(moment and not _subject_at(span, span.start_char + moment.end())) or _posed(root)
    if PICTURED.search(span.text):
        return True
    if (root.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in {"is", "are"} for c in root.children)
            and any(c.dep_ == "agent" for c in root.children) and not _quoted(span)):
        return True  # "Hamilton is congratulated by Ferrari rival Kimi Raikkonen": a pictured moment
    if root.tag_ not in {"VBZ", "VBP"} or root.lemma_ in _SPEECH or _quoted(span):
        return False
    moment = _MATCH_MOMENT.search(span.text)
    if moment and not _subject_at(span, span.start_char + moment.end()):
        return True  # (not "… after the game was scheduled for 8pm": a clause, not a moment)
    posed = _posed(root)
    fronted = any(c.dep_ in {"prep", "advcl", "npadvmod"} and c.i < root.i and c.i == span.start
                  for c in root.children)
    if ((root.lemma_ not in STATIVE or posed) and not any(t.dep_ in {"aux", "auxpass"} for t in root.children)
            and not fronted):
        # "Mata celebrates with Herrera", "Hamilton stands on his Mercedes": a caption (a
        # caption never opens on a scene-setting phrase: "In a new tutorial, X turns …" is news)
        return True
    ref = analysis.reference_date.isoformat() if analysis.reference_date else None
    earlier = any(d.sentence == sentence_id and d.value and ref and d.value < ref[: len(d.value)] for d in analysis.dates)
    return earlier or bool(re.search(r"\b(?:in|on) (?:[A-Z][a-z]+ )?(?:19|20)\d\d\b", span.text))


_POSES = frozenset({"stand", "look", "sit", "lie", "pose"})
_PHOTOGRAPHED = re.compile(r"\b(?:is|are) (?:pictured|photographed)\b")


def _acted_on_person(root: Token) -> bool:
    """"Harrison is tackled by Stevie Ward", "Hamilton is congratulated by Raikkonen": a
    named person acted on by another, in the present passive — a pictured moment (not
    "Those interpretations are disputed by Michael Mann")."""
    subj = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    return (root.tag_ == "VBN" and subj is not None and subj.ent_type_ == "PERSON"
            and any(c.dep_ == "auxpass" and c.lower_ in {"is", "are"} for c in root.children)
            and any(c.dep_ == "agent" for c in root.children))


def _posed(root: Token) -> bool:
    """"Hamilton stands on his Mercedes", "X looks on with …": a pose."""
    return root.lemma_ in _POSES and any(
        c.dep_ == "prep" and c.lower_ in {"on", "beside", "next", "alongside", "outside", "with"} for c in root.children)


def _subject_at(span: Span, end_char: int) -> bool:
    """Whether the word ending at ``end_char`` is the subject of a clause."""
    return any(t.idx + len(t.text) == end_char and t.dep_ in {"nsubj", "nsubjpass"} for t in span)


_RUN_ON_PREV = frozenset({"NOUN", "VERB", "ADJ", "ADV", "NUM", "PROPN"})
_THINK = frozenset({"say", "tell", "think", "believe", "claim", "know", "hope", "fear", "reveal", "show", "insist",
                    "report", "admit", "announce", "feel", "suggest", "warn", "confirm", "realise", "realize",
                    "argue", "add", "explain", "mean", "find", "learn", "hear", "see", "ensure", "guarantee",
                    "complain", "deny", "accept", "agree", "expect", "understand", "assume", "doubt", "wish",
                    "rule", "conclude", "decide", "determine", "testify", "acknowledge", "predict", "note"})
# A capitalised function word straight after a lower-case word: a new sentence run in.
RUN_IN = re.compile(r"[a-z0-9%)'’] (?:The(?! [A-Z])|Some|Another|Many|There|He|She|It|They|This|These|Those|His|Her|Their|But|And|In|On|At|"
                     r"After|When|While|Although|Though|Despite|Because|Before|During|Since|Unless|A|An|We|You|Our|Its|Last|Earlier|"
                     r"Meanwhile|However|Yesterday|Today|Now|Later) "
                     r"(?=[a-z0-9'‘\"“])")
# A sentence adverb with its comma, capitalised inside a sentence: the next sentence run in
# ("… against Burnley Meanwhile, Arsenal will …", "… the replay Indeed, his squad …").
_ADVERB_IN = re.compile(r"[A-Za-z0-9%)'’] (?:Meanwhile|Indeed|However|Instead|Furthermore|Moreover|Nevertheless|"
                        r"Nonetheless|Elsewhere|Additionally|Similarly|Consequently|Ultimately|Previously|"
                        r"Afterwards|Subsequently|Overall|Earlier|Later|Yesterday|Now|Still|Yet|Also|Then|Sadly|"
                        r"Fortunately|Unfortunately|Luckily|Thankfully|Incredibly|Remarkably|Surprisingly),")
# A noun or verb of naming: the capitalised word after it is a title ("the song Yesterday,",
# "the series Lost before …", "sang Happy birthday to …"), no sentence or caption run in.
_NAMING = frozenset({"song", "album", "film", "movie", "series", "show", "book", "novel", "single", "track", "hymn",
                     "chant", "slogan", "ballad", "anthem", "drama", "sitcom", "play", "musical", "poem", "tune",
                     "programme", "program", "title", "sing", "shout", "name", "dub", "call"})
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")


def _adverb_in(text: str) -> bool:
    """:data:`_ADVERB_IN` anywhere but after a word of naming ("the song Yesterday,")."""
    for m in _ADVERB_IN.finditer(text):
        before = _WORD_BEFORE.search(text[: m.start() + 1])
        if before is None or before.group(1).lower() not in _NAMING:
            return True
    return False


# A quotation opened straight after a lower-case word that does not introduce it.
_QUOTE_IN = re.compile(r"\b(?!(?:said|says|added|adds|told|tells|called|named|dubbed|as|the|a|an|of|was|is|"
                       r"were|are|be|being|and|or|that|word|words|phrase|label|branded|describes?|described|"
                       r"term|to|his|her|their|its|our|in|on|for|from|with|by|at|like|about|into)\b)[a-z]{2,} ['‘\"“][A-Z]")


# A quoted title, not speech run in: the quotation closes within a few words
# (“The Irishman”, "The Case for Colonialism,").
_TITLE_QUOTE = re.compile(r"['‘\"“][^'’\"”]{1,60}?['’\"”](?![a-z])")


def _opens_clause(tok: Token, span: Span) -> bool:
    """Whether the time expression around ``tok`` opens its clause (sentence start or
    after a comma or conjunction), rather than trailing the clause before it."""
    first = tok
    while first.i > span.start and span.doc[first.i - 1].ent_type_ == tok.ent_type_:
        first = span.doc[first.i - 1]
    if first.i > span.start and span.doc[first.i - 1].lower_ in {"on", "in", "at", "by", "last", "this", "next"}:
        first = span.doc[first.i - 1]
    return first.i == span.start or span.doc[first.i - 1].is_punct or span.doc[first.i - 1].dep_ in {"cc", "mark"}


def _names_inside_phrase(span: Span, start_char: int) -> bool:
    """Whether the word at ``start_char``, before an opening quotation mark, modifies a
    noun inside the quotation ("the magazine's regular 'Queen of Everything' feature"):
    a quoted title within one noun phrase, not a quotation run in."""
    word = next((t for t in span if t.idx == start_char), None)
    return word is not None and word.dep_ in {"amod", "compound", "det", "poss", "nummod", "nmod", "appos"} \
        and word.head.i > word.i  # ("South Korean thriller “Parasite” was …")


# "was been", "were been": an auxiliary the source garbled ("The event was been staged").
_BE_BEEN = re.compile(r"\b(?:is|are|was|were|be) been\b", re.I)


_EMPTY_REPLY_VERBS = frozenset(["disagree", "differ", "respond", "reply", "react", "retort", "hit", "fire", "strike",
                                "lash", "agree", "side", "weigh"])


def empty_reply(span: Span) -> bool:
    """A reply that says only that someone answered someone ("Leonard Ellerbe, CEO of
    Mayweather Promotions, disagreed with Arum", "The club hit back at the claims", "The
    minister responded"): no clause, object or reason of its own; what was said, only the
    next sentence tells, and alone it reads as a denial of whatever the synopsis told."""
    root = span.root
    if root.lemma_.lower() not in _EMPTY_REPLY_VERBS:
        return False
    kids = list(root.children)
    if any(k.dep_ in {"ccomp", "xcomp", "dobj", "advcl", "conj", "attr", "acomp", "parataxis"} for k in kids):
        return False
    if root.lemma_.lower() in {"hit", "fire", "strike", "lash"} and not any(
            k.dep_ in {"prt", "advmod"} and k.lower_ in {"back", "out"} for k in kids):
        return False  # ("The storm hit the coast" is news; "hit back at" a reply)
    preps = [k for k in kids if k.dep_ == "prep"]
    # (at a person, not at a told thing: "hit back at the claims" answers the claims)
    return all(k.lower_ in {"with", "to", "at", "on", "against"} and all(
        o.dep_ == "pobj" and (o.pos_ in {"PROPN", "PRON"} or o.ent_type_ == "PERSON")
        and not any(g.dep_ in {"relcl", "acl", "prep"} for g in o.children) for o in k.children) for k in preps)


_NO_OF_VERBS = frozenset(["spend", "pay", "cost", "earn", "save", "raise", "cut", "buy", "sell", "lose", "win",
                          "use", "give", "get", "spent", "invest", "borrow", "lend", "owe", "charge", "donate"])
_WORD_STUBS = frozenset(["co", "pre", "non", "anti", "semi", "multi", "inter"])
"""Prefixes that are no word alone: a sentence ending on one was cut at a hyphen."""


def garbled_phrase(span: Span) -> bool:
    """A phrase the source garbled, which no part may copy (a reader strikes it as the
    page's own error): "the" where a verb's subject or a relative pronoun belongs ("one
    sight the becomes most engrained"), a verb that takes no "of" with an "of" and no object
    ("will likely spend of a third of their budgets"), or a last word cut off at its hyphen
    ("… before he co.")."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    for t in words:
        nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
        if t.lower_ == "the" and (t.dep_ in {"nsubj", "nsubjpass", "dobj"} or (
                nxt is not None and nxt.tag_ in {"VBZ", "VBD", "VBP", "MD"} and nxt.pos_ in {"VERB", "AUX"})):
            return True
        if t.pos_ == "VERB" and t.lemma_.lower() in _NO_OF_VERBS and nxt is not None and nxt.lower_ == "of" \
                and not any(k.dep_ in {"dobj", "dative", "prt"} for k in t.children) \
                and not (nxt.i + 1 < len(t.doc) and nxt.nbor(1).lower_ == "course"):
            return True
    return bool(words) and words[-1].lower_.rstrip(".") in _WORD_STUBS


def garbled(span: Span) -> bool:
    """A source slip no cut can mend, copied as it stands: "was been" (was it "was" or
    "has been"?), or an "alleged" put before a past-tense verb ("the alleged exchanged
    messages"), or a phrase of :func:`garbled_phrase`. Part of :func:`run_on`, so no part
    copies such a sentence. (A doubled word, "the the", is no such slip: deleting one
    mends it, as the synopsis does with ``synopsis.undoubled``.)"""
    if _BE_BEEN.search(span.text):
        return True
    # "the alleged exchanged messages": "alleged" after a determiner is an adjective, and no
    # past-tense verb follows one ("Police alleged rigged ballots" may be a clause: not this).
    return garbled_phrase(span) or any(
        t.lower_ == "alleged" and span.start < t.i < span.end - 1 and span.doc[t.i - 1].tag_ in {"DT", "PRP$"}
        and span.doc[t.i + 1].tag_ == "VBD" for t in span)


def run_on(span: Span) -> bool:
    """A photo caption or a second sentence run into this one: "… he had been tricked
    Adeli agreed to pay …", "… on Friday 'I'd be over the moon …"; or a sentence the
    source garbled (:func:`garbled`)."""
    text = span.text
    if RUN_IN.search(text) or _adverb_in(text) or garbled(span):
        return True
    if _beside_splice(span) and any(_loose_join(t, span) for t in span):
        return True
    if _runs_into_next(span):
        return True
    quote_in = _QUOTE_IN.search(text)
    if quote_in and not _names_inside_phrase(span, span.start_char + quote_in.start()) \
            and not _TITLE_QUOTE.match(text, quote_in.end() - 2):
        return True
    for t in span:
        if _run_in_word(t, span) or _run_in_modifier(t, span) or _subjectless_clause(t, span) \
                or _orphan_after_name(t, span):
            return True
        # A finite verb with its own subject hung on a noun: two clauses with no link.
        if (t.tag_ in {"VBZ", "VBD", "VBP"} and t.dep_ in {"dobj", "pobj", "compound", "appos", "npadvmod", "nmod", "attr"}
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)):
            return True
        if t.dep_ not in {"nsubj", "nsubjpass"} or t.pos_ != "PROPN" or t.i == span.start:
            continue
        first = t.left_edge
        if first.i <= span.start or not first.text[:1].isupper():
            continue
        prev = span.doc[first.i - 1]
        if prev.is_punct or prev.pos_ not in _RUN_ON_PREV:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < t.i for c in t.head.children):
            continue  # the verb has its subject already: a title the parse read as a second one ("comedy Veep")
        if prev.ent_type_ in {"DATE", "TIME"} and _opens_clause(prev, span):
            continue  # "Last week Smith said …", "…, on Friday Smith said …"
        if prev.tag_ in {"WRB", "WDT", "WP", "IN", "TO", "CC"} or prev.dep_ in {"mark", "cc"}:
            continue
        if prev.pos_ == "VERB" and t.head.dep_ in {"ccomp", "xcomp", "advcl"} and t.head.head.i == prev.i:
            continue  # "allowed Swansea to pinch a draw": the subject of the verb's own complement
        if prev.pos_ in {"VERB", "AUX"} and t.head.i == prev.i and span.doc[prev.i - 1].is_punct:
            continue  # "…,” quipped Pitt", "…,” writes Michael Oppenheimer": the speaker after the quote
        if prev.lemma_.lower() in _THINK and prev.dep_ == "ccomp" and prev.head.i == t.head.i:
            continue  # "has already ruled Trump … were liable" (parsed upside down): what was ruled
        reported = t.head.head
        if (prev.lemma_.lower() in _THINK or (prev.dep_ in {"dobj", "dative"} and prev.head.lemma_.lower() in _THINK)) \
                and (t.head.i == prev.i or (reported.i in {prev.i, prev.head.i} and t.head.i != reported.i)):
            continue  # "said Smith was …", "told reporters Smith was …", "… said Smith": the speaker or what was said
        if not any(v.tag_ in {"VBZ", "VBD", "VBP", "MD"} for v in span.doc[span.start : prev.i]):
            continue  # no clause before it: "Blues legend B.B. King was …" is one subject
        return True
    return False


_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _run_in_word(t: Token, span: Span) -> bool:
    """A capitalised function word straight after a lower-case word, with a lower-case
    word after it and no name around it: a new sentence run in ("… dumbing down With just
    two million listeners, the station …") — the general form of :data:`RUN_IN`."""
    if t.i <= span.start or t.i + 1 >= span.end or t.is_sent_start:
        return False
    prev, nxt = span.doc[t.i - 1], span.doc[t.i + 1]
    if not (t.text[:1].isupper() and t.text[1:].islower() and t.is_stop and t.tag_ not in {"NNP", "NNPS"}
            and not t.ent_type_ and t.text != "I" and prev.is_alpha and prev.pos_ != "DET"
            and not nxt.text.startswith(("n't", "n’t", "'", "’"))
            and not any(q in span.doc[span.start : t.i].text for q in "\"“‘")):
        return False
    # After a lower-case word, or after a name when a time phrase opens the new sentence
    # ("… his then wife Natasha In January, Giggs spoke").
    return (prev.is_lower and nxt.text[:1].islower()) or (
        t.pos_ == "ADP" and nxt.ent_type_ in {"DATE", "TIME"} and prev.ent_type_ not in {"DATE", "TIME"})


def _run_in_modifier(t: Token, span: Span) -> bool:
    """A capitalised adjective, adverb or participle straight after a lower-case word,
    with a lower-case word after it, outside any name or title: a caption's first word run
    into the text ("… the footage Shocking find was made …", "… other parrots Formally
    named …"). A title of two capitalised words ("the show Strictly Come Dancing") has a
    capital after it; one in quotation marks is no run-in."""
    if t.i <= span.start or t.i + 1 >= span.end or t.is_sent_start or t.ent_type_:
        return False
    if not (t.text[:1].isupper() and t.text[1:].islower() and len(t.text) > 2) or t.tag_ not in _RUN_IN_TAGS:
        return False
    prev, nxt = span.doc[t.i - 1], span.doc[t.i + 1]
    if prev.pos_ not in {"NOUN", "VERB", "ADJ", "ADV"} or (prev.pos_ == "ADJ" and t.tag_.startswith("JJ")):
        return False  # "a Waitrose", "four National fences", "huge Arsenal supporter": a name's modifier
    if prev.lemma_.lower() in _NAMING or prev.lower_ in _NAMING or nxt.pos_ in {"ADP", "CCONJ", "SCONJ"}:
        return False  # a title: "the drama Lost before …", "sang Happy birthday to …"
    return (prev.is_alpha and prev.is_lower and nxt.is_alpha and nxt.is_lower and not nxt.ent_type_
            and not any(q in span.doc[span.start : t.i].text for q in "\"“‘"))


# Tags of a modifier that opens a caption ("Shocking find", "Formally named", "Pictured").
_RUN_IN_TAGS = frozenset({"JJ", "JJR", "JJS", "RB", "VBN", "VBG"})


_ENDS = frozenset(".!?…'’\"”)]")


def _beside_splice(span: Span) -> bool:
    """Whether this sentence was cut from a caption splice (:func:`copydesk.nlp.segment.splice_starts`):
    the sentence before it, or this one, stops with no closing punctuation inside one line.
    Such a line comes from caption-laden copy, where a second join is likely."""
    text = span.doc.text
    start, end = span.start_char, span.end_char
    before = text[:start].rstrip(" ")
    after = text[end:]
    unclosed_before = bool(before) and not before.endswith("\n") and before[-1] not in _ENDS and before[-1].isalnum()
    unclosed_here = bool(after) and not after.startswith("\n") and bool(span.text) and span.text[-1].isalnum() \
        and after.lstrip(" ")[:1].isupper()
    return unclosed_before or unclosed_here


_LINKING_ADVERBS = frozenset(["then", "also", "even", "just", "only", "still", "again", "too", "once", "twice", "ever",
                              "never", "always", "perhaps", "reportedly", "allegedly", "apparently"])


PHOTO_POSITIONS: tuple[str, ...] = ("left", "right", "centre", "center", "above", "below", "inset", "top", "bottom")
"""Where a caption places someone in its photo ("Bueno (left)", ", pictured right,"): the
one list the caption checks of debris, compression and the timeline share."""
_POSITION_END = re.compile(r"\((?:pictured|" + "|".join(PHOTO_POSITIONS) + r"|far left|far right)\)$")


def _runs_into_next(span: Span) -> bool:
    """A line that stops on a word with the next sentence straight after it on the same line
    (the parser or :func:`copydesk.nlp.segment.splice_starts` broke a run-in there): in Daily
    Mail copy the text before such a break is nearly always a photo caption ("Kevin Sinfield
    made his 500th appearance on Friday night | Ratchford kicked …", "… hot young star Jordan
    Spieth (above) | This as Woods …"). Not the story's first line, which is its summary."""
    text = span.doc.text
    after = text[span.end_char :]
    rest = after.lstrip(" ")
    return (span.start_char > 0 and bool(text[: span.start_char].strip()) and bool(span.text)
            and (span.text[-1].isalnum() or bool(_POSITION_END.search(span.text))) and bool(rest) and rest[:1].isupper() and not after.startswith("\n")
            and len(after) - len(rest) <= 1)


def _loose_join(t: Token, span: Span) -> bool:
    """A name straight after a lower-case word that may close a clause, a finite verb before
    it and one after it: in a line cut from a caption splice, a second join ("… earlier this
    season Liverpool boss Rodgers hasn't …", "… in the back Luna, a student, showed …")."""
    if t.i <= span.start + 1 or not (t.text[:1].isupper() and t.text[1:2].islower()) or t.tag_ not in {"NNP", "NNPS"}:
        return False
    prev = span.doc[t.i - 1]
    if not (prev.is_alpha and prev.is_lower and prev.whitespace_) or prev.tag_ not in {"NN", "NNS", "RB", "JJ", "VB"}:
        return False
    if prev.tag_ in {"JJ", "VB"}:
        # After an adjective or a verb's base form a name is its noun or its object ("her
        # favourite Rebecca Minkoff bag", "to beat Chelsea on …"), unless the name opens a
        # clause: a possessive, an apposition or a finite verb follows ("… in the back
        # Luna, a student, showed …", "… fail to win Rotherham's desire … has been made …").
        end = t.i
        while end < span.end and end - t.i < 4 and span.doc[end].tag_ in {"NNP", "NNPS"}:
            end += 1
        after = span.doc[end] if end < span.end else None
        if after is None or not (after.text == "," or after.tag_ in {"POS", "MD"} | _FINITE):
            return False
    if prev.lower_ in FUNCTION_WORDS or prev.lower_ in NAMING_WORDS or prev.lower_ in ROLE_NOUNS \
            or prev.lower_ in SPEECH_WORDS or prev.lower_ in _LINKING_ADVERBS:
        return False
    if span.doc[prev.i - 1].text == "-" and not span.doc[prev.i - 1].whitespace_:
        return False  # "15-time Grammy winner", "Ten-year Cottonwood Police veteran"
    before = span.doc[span.start : prev.i]
    if sum(q in before.text for q in "\"“”") % 2:
        return False
    return any(v.tag_ in _FINITE | {"MD"} for v in before) and any(
        v.tag_ in _FINITE | {"MD"} for v in span.doc[t.i + 1 : span.end])


def _orphan_after_name(t: Token, span: Span) -> bool:
    """A finite verb the parser could attach to nothing (``dep``), with no subject of its
    own, straight after a name it did not take for its subject, and a clause before: a
    sentence run in whose subject the parse gave to the clause before ("… appeared in
    court on Tuesday Mr Marlow then swung the spike …")."""
    if t.dep_ != "dep" or t.tag_ not in _FINITE or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in t.children):
        return False
    prev = t.doc[t.i - 1] if t.i > span.start else None
    while prev is not None and prev.dep_ in {"advmod", "neg"} and prev.head.i == t.i and prev.i > span.start:
        prev = t.doc[prev.i - 1]
    if prev is None or prev.pos_ != "PROPN" or prev.dep_ in {"nsubj", "nsubjpass"} or not prev.text[:1].isupper():
        return False
    return any(v.tag_ in _FINITE | {"MD"} for v in span.doc[span.start : prev.i])


def _subjectless_clause(t: Token, span: Span) -> bool:
    """A finite verb hung on the clause before it with no subject, no conjunction and no
    punctuation between: the end of one sentence run into the next ("… a student in
    February Jones had been charged on April 3", "… in 2017 was more than …")."""
    if t.dep_ not in {"conj", "advcl"} or not (t.tag_ in _FINITE or any(
            a.dep_ in {"aux", "auxpass"} and a.tag_ in _FINITE | {"MD"} for a in t.children)):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj", "mark", "cc"} or c.tag_ in {"WRB", "WDT", "WP"}
           for c in t.children):
        return False
    if t.head.lemma_.lower() in _THINK:
        return False  # "has ruled Baker and his partners were liable" (what was ruled, parsed upside down)
    first = min([t, *(a for a in t.children if a.dep_ in {"aux", "auxpass", "neg", "advmod"} and a.i < t.i)],
                key=lambda x: x.i)
    if first.i <= span.start:
        return False
    # Only where the first sentence ended on a date or a figure ("in 2017", "in February
    # Jones"): elsewhere a missing subject is far more often the parser's misreading.
    prev = span.doc[first.i - 1]
    dated = prev.ent_type_ in {"DATE", "TIME"} or (prev.like_num and prev.ent_type_ in {"", "CARDINAL", "DATE"})
    if prev.pos_ == "PROPN" and prev.i > span.start:
        before = span.doc[prev.i - 1]
        dated = before.ent_type_ in {"DATE", "TIME"} and before.head.i == prev.i
    # A conjunction before it ("… left the centre and extra resources brought in in recent
    # days were stood down"): the subject is most likely there, misread.
    return dated and not prev.is_punct and not any(x.pos_ == "CCONJ" for x in span.doc[span.start : first.i])


def verbless(span: Span) -> bool:
    """No finite verb: a heading, a caption or a fragment ("Right-wing resistance").
    A root the tagger read as a participle or a base form while it has its own subject
    and no auxiliary is a finite verb misread ("The administration lost by a 6-3 vote")."""
    if any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in span):
        return False
    root = span.root
    return not (root.tag_ in {"VBN", "VB"} and root.i > span.start
                and any(c.dep_ == "nsubj" and c.i < root.i for c in root.children)
                and not any(c.dep_ in {"aux", "auxpass", "mark"} or c.lower_ == "to" for c in root.children))


_TRAILS_OFF = re.compile(r"(?:\.\.\.|…)\s*$")
"""A subhead cut off by an ellipsis ("Planes, trains ..." over "... and automobiles")."""


def _label_words(label: str) -> bool:
    words = label.split()
    return 1 <= len(words) <= 4 and not SIGNPOST.match(label + ": X")


_NOTE = re.compile(NOTE, re.I)
_TO_THE_READER = re.compile(r"\b(?:we|us|our|you|your)\b", re.I)
_BULLET = re.compile(r"\s*(?:[-•*▪►✓–—]|\d{1,2}[.)]|\(\d{1,2}\)|[a-h]\))\s+\S")
_MARKER_ONLY = re.compile(r"\s*(?:(?:[-•*▪►✓–—]|\d{1,2}[.)]|\(\d{1,2}\)|[a-h]\))\s*)?")


def layout_lines(sentences: Sequence[Sentence], body: str = "") -> set[int]:
    """Indices of the sentences that are layout by their place on the page:

    - a subhead: a short line alone in its paragraph with no closing punctuation ("How
      T1 swept Weibo Gaming to become the Worlds 2023 champions"), not a statement;
    - a list item: a paragraph that opens on a short "Label:" ("Illinois: passed two
      laws …", "Oregon: Employers can't …") when two or more paragraphs of the story
      open that way — a list, whatever the case after the colon. The item stays in the
      body; no part copies it with its prefix, nor without (the label is its subject);
    - the sentences after the first of a paragraph that opens as a listing (:data:`LISTING`:
      "9/10 Glowbay Kids Lotion … CLAIMS: …", "VERDICT: …"), which are its fields;
    - a bulleted or numbered line of ``body`` (the text the sentences' offsets point
      into), whose marker the sentence splitter may have cut off ("- ", "1. ");
    - the rest of a note's paragraph where it speaks to the reader ("Some links here are
      affiliate links. It's a way for us to keep the site running.").
    """
    out: set[int] = set()
    n = len(sentences)
    firsts: list[int] = []
    note = False
    listing = False
    for i, s in enumerate(sentences):
        opens = i == 0 or sentences[i - 1].paragraph != s.paragraph
        if opens:
            listing = bool(LISTING.search(s.text))
        elif listing:
            out.add(i)  # the rest of a listing's paragraph ("CLAIMS: … It also …")
        alone = opens and (i + 1 == n or sentences[i + 1].paragraph != s.paragraph)
        if alone and 0 < i < n - 1 and len(s.text.split()) <= 15 and (
                not _CLOSED.search(s.text) or _TRAILS_OFF.search(s.text)):
            out.add(i)
        if opens:
            m = LABEL.match(s.text)
            if m and _label_words(m.group("label")):
                firsts.append(i)
        if opens:
            note = bool(_NOTE.search(s.text))
        elif note and _TO_THE_READER.search(s.text) and not any(q in s.text for q in "\"“”"):
            out.add(i)
        if body and 0 <= s.start <= len(body):
            line = body.rfind("\n", 0, s.start) + 1
            if _MARKER_ONLY.fullmatch(body[line:s.start]) and _BULLET.match(body, line):
                out.add(i)
    if len(firsts) >= 2:
        out.update(firsts)
    return out
