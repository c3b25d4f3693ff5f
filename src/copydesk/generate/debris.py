"""Debris: what is not the story, or not one sentence of it — one home for every detector.

Daily Mail and agency copy arrives with furniture run into the text: photo captions
("Big group: The entire cast …", "Mata celebrates with Herrera"), "Scroll down for
video", bylines, match tickers, shopping widgets, and a caption or a second
sentence run into a sentence without punctuation ("… he had been tricked Adeli
agreed to pay …"). :mod:`copydesk.generate.roles` tags such sentences ``debris`` so
that no part uses them.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from copydesk.model import Analysis

# Layout and furniture run into the text: never a fact for any part.
DEBRIS = re.compile(
    r"(scroll down|watch the video|click here|for more (?:news|videos|on this)|follow us|sign up|subscribe|"
    r"contributed to this report|all rights reserved|©|^by \. |published: |updated: |share this|read more|"
    r"(?:is|can be seen|is shown) at the top of this (?:story|page|article)|pictured (?:above|below|left|right)|\bpictured\b.*\b[A-Z][a-z]+:|"
    r"^(?:video|photos?|picture|gallery|watch|listen|related|see also)\s*:|download the|app\b.*\bfree)",
    re.I,
)
# A photo caption run into the text: "Big group: The entire cast …", or inside one.
# ("The PM added: That …" is speech, not a caption.)
CAPTION = re.compile(
    r"^(?![\w'’ -]*\b(?:said|says|added|adds|told|tells|explained|wrote|writes|tweeted|insisted|warned)\b)[A-Z][\w'’ -]{0,30}: [A-Z]"
    r"|[a-z]\s+(?!(?:Said|Added)\b)[A-Z][a-z]+:\s+[A-Z]"
)
# A match ticker or a score line: "45 mins: …", "Ronaldo 23', Bale 67'".
TICKER = re.compile(r"\b\d:\d\d\.\d{3}\b|^\s*\d{1,3}(?:\+\d)?\s*(?:mins?|min\.|')\b|\b\d{1,3}'\s*,|\(\d+'\)|\bsubs?(?: not used)?:", re.I)

SPLICE = re.compile(
    # A caption or a second text run into the sentence without punctuation: an opening
    # quotation mark straight after a word ("on Friday ‘I’d be …"), or a word straight
    # after a closing one ("… her 'butt off' Fowler received …").
    r"[a-z0-9] ‘[A-Z]|(?<!the )(?<!The )(?<!his )(?<!her )(?<!its )\b(?:19|20)\d\d [A-Z][a-z]+(?:['’]s?)? [a-z]| ' |[a-z0-9] (?:A|An|The|This|His|Her|Their) [a-z]|\w['’] (?!(?:said|says|added|adds|told|tells|wrote|writes|explained)\b)[A-Z][a-z]+ [a-z]"
)

_SPEECH = frozenset(["say", "tell", "add", "state", "announce", "explain", "note", "write", "report", "claim", "insist",
                     "deny", "admit", "warn", "reveal", "confirm", "describe", "accuse", "allege", "argue", "suggest"])


def _quoted(span: Span) -> bool:
    return any(q in span.text for q in "\"“”‘")


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


def caption_like(span: Span, sentence_id: str, analysis: Analysis) -> bool:
    """A photo caption run into the text: a present-tense scene ("X and Y serve food")
    with an earlier date ("… in May 2011")."""
    root = span.root
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
    posed = root.lemma_ in {"stand", "look", "sit", "lie", "pose"} and any(
        c.dep_ == "prep" and c.lower_ in {"on", "beside", "next", "alongside", "outside", "with"} for c in root.children)
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


def _subject_at(span: Span, end_char: int) -> bool:
    """Whether the word ending at ``end_char`` is the subject of a clause."""
    return any(t.idx + len(t.text) == end_char and t.dep_ in {"nsubj", "nsubjpass"} for t in span)


_RUN_ON_PREV = frozenset({"NOUN", "VERB", "ADJ", "ADV", "NUM", "PROPN"})
_THINK = frozenset({"say", "tell", "think", "believe", "claim", "know", "hope", "fear", "reveal", "show", "insist",
                    "report", "admit", "announce", "feel", "suggest", "warn", "confirm", "realise", "realize",
                    "argue", "add", "explain", "mean", "find", "learn", "hear", "see", "ensure", "guarantee",
                    "complain", "deny", "accept", "agree", "expect", "understand", "assume", "doubt", "wish"})
# A capitalised function word straight after a lower-case word: a new sentence run in.
RUN_IN = re.compile(r"[a-z0-9%)'’] (?:The(?! [A-Z])|Some|Another|Many|There|He|She|It|They|This|These|Those|His|Her|Their|But|And|In|On|At|"
                     r"After|When|While|Although|Though|Despite|Because|Before|During|Since|Unless|A|An|We|You|Our|Its|Last|Earlier|"
                     r"Meanwhile|However|Yesterday|Today|Now|Later) "
                     r"(?=[a-z0-9'‘\"“])")
# A quotation opened straight after a lower-case word that does not introduce it.
_QUOTE_IN = re.compile(r"\b(?!(?:said|says|added|adds|told|tells|called|named|dubbed|as|the|a|an|of|was|is|"
                       r"were|are|be|being|and|or|that|word|words|phrase|label|branded|describes?|described|"
                       r"term|to|his|her|their|its|our|in|on|for|from|with|by|at|like|about|into)\b)[a-z]{2,} ['‘\"“][A-Z]")


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


def run_on(span: Span) -> bool:
    """A photo caption or a second sentence run into this one: "… he had been tricked
    Adeli agreed to pay …", "… on Friday 'I'd be over the moon …"."""
    text = span.text
    if RUN_IN.search(text):
        return True
    quote_in = _QUOTE_IN.search(text)
    if quote_in and not _names_inside_phrase(span, span.start_char + quote_in.start()):
        return True
    for t in span:
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
        if prev.ent_type_ in {"DATE", "TIME"} and _opens_clause(prev, span):
            continue  # "Last week Smith said …", "…, on Friday Smith said …"
        if prev.tag_ in {"WRB", "WDT", "WP", "IN", "TO", "CC"} or prev.dep_ in {"mark", "cc"}:
            continue
        if prev.pos_ == "VERB" and t.head.dep_ in {"ccomp", "xcomp", "advcl"} and t.head.head.i == prev.i:
            continue  # "allowed Swansea to pinch a draw": the subject of the verb's own complement
        reported = t.head.head
        if (prev.lemma_.lower() in _THINK or (prev.dep_ in {"dobj", "dative"} and prev.head.lemma_.lower() in _THINK)) \
                and (t.head.i == prev.i or (reported.i in {prev.i, prev.head.i} and t.head.i != reported.i)):
            continue  # "said Smith was …", "told reporters Smith was …", "… said Smith": the speaker or what was said
        if not any(v.tag_ in {"VBZ", "VBD", "VBP", "MD"} for v in span.doc[span.start : prev.i]):
            continue  # no clause before it: "Blues legend B.B. King was …" is one subject
        return True
    return False
