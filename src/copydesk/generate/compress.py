"""Sentence compression by deletion over the dependency parse.

Deletion only, never insertion (Knight & Marcu 2000; Filippova et al. 2015): what a
compressed sentence says, its source sentence said. A deletion must also keep what the
sentence *means* (EDITORIAL.md), so some constituents are never deleted:

* the owner of a statement: "according to X", and any reporting frame whose verb
  contests or qualifies ("X insists/claims/alleges/denies …"); a neutral frame ("X
  said") goes only as a last step for length, and never when the clause would then
  open with a pronoun;
* hedges and conditions: adverbial clauses opened by if, unless, although, though,
  whether, until, provided, as long as; modal auxiliaries are never touched;
* a contrast: a coordinated clause joined by "but", "yet" or "while" (the other side);
* coordinated subjects and objects (only whole clauses are deleted, never a
  conjunct of a noun phrase).

The deletions, in the order a copy editor makes them: parentheticals and leading
discourse markers ("However,", "Meanwhile,"); if still too long, relative clauses and
closed appositives that name nothing salient, trailing prepositional phrases without
names or dates, a second "and"-coordinated clause, and last a neutral frame.

With ``harder=True`` (the takeaways and the point of view, whose bullets must fit 30
words), two more deletions come before the frame, only for length: a non-restrictive
relative clause set off by commas even when it names something ("Karo, who has moved
to Los Angeles …, says …"), and a participial phrase opening the sentence before its
subject ("Videoed up-close, the fly …"). Neither carries the sentence's assertion;
both still keep a hedge, a negation or an allegation's owner.

No cut opened by a comma may end where the sentence goes on without one (see
:func:`_opened_not_closed`): the words after it were its own, whatever the parse says.

The result must keep the main verb and its subject; otherwise the step is undone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.tokens import Span, Token

from copydesk.generate.debris import PHOTO_POSITIONS
from copydesk.nlp.facts import QUOTES

# Frames that only report (neutral), deletable as the last step for length.
NEUTRAL_FRAMES = frozenset(["say", "tell", "add", "state", "announce", "explain", "note", "write", "report", "tweet", "post"])
# An adverbial clause opened by one of these carries a condition or concession: kept.
KEPT_MARKERS = frozenset(["if", "unless", "although", "though", "whether", "until", "provided", "providing", "lest", "despite", "except"])
# A coordinated clause after one of these is the other side: kept.
KEPT_CONJUNCTIONS = frozenset(["but", "yet", "while", "although", "though", "whereas"])
CONTESTED_CUES = frozenset(
    ["allegedly", "reportedly", "suspected", "alleged", "claim", "claims", "claimed", "accused", "denied", "denies", "insist", "insists", "insisted"]
)

_DISCOURSE = frozenset(
    ["however", "meanwhile", "also", "but", "and", "moreover", "furthermore", "additionally", "still", "yet", "so", "nonetheless", "nevertheless", "separately", "instead", "indeed"]
)
_ASIDE_CONNECTIVES = frozenset(["however", "meanwhile", "nevertheless", "nonetheless"])
"""Connectives set off by commas inside a sentence, leaning on the one before it."""
_NAMED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "NORP", "DATE", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


_PRONOUNS = frozenset(["he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "it", "its"])
_QUOTE_MARKS = frozenset({"'", "‘", "’", '"', "“", "”"})


def _subtree(tok: Token) -> set[int]:
    return {t.i for t in tok.subtree}


def join_tokens(tokens: Iterable[Token]) -> str:
    """Tokens back to text: original spacing between neighbours, one space across a gap."""
    parts: list[str] = []
    prev: Token | None = None
    for tok in tokens:
        if prev is not None:
            parts.append(prev.whitespace_ if tok.i == prev.i + 1 else " ")
        parts.append(tok.text)
        prev = tok
    return "".join(parts).strip()


def _render(span: Span, drop: set[int]) -> str:
    text = join_tokens(t for t in span if t.i not in drop)
    text = re.sub(r"\s+([,.;:!?%)])", r"\1", text)
    text = re.sub(r"([(])\s+", r"\1", text)
    text = re.sub(r"(,\s*){2,}", ", ", text)
    text = re.sub(r"^[,;:\-–—\s]+", "", text)
    text = re.sub(r"[,;:\-–—\s]+([.!?]?)$", r"\1", text)
    text = re.sub(r"\s{2,}", " ", text)
    if any(span.doc[i].text in _QUOTE_MARKS for i in drop):
        # A quotation mark orphaned by deleting its partner ("The kite', was set").
        text = re.sub(r"(?<=\w)['’\"”](?=,)", "", text)
    return text


# A bare list number left at a sentence's end by the page layout ("… on him 7."), not
# a number the sentence needs ("in round 7.", "No. 7.", "aged 7.").
_LIST_NUMBER = re.compile(r"\b([A-Za-z]+) \d{1,2}\.$")
_NUMBER_TAKERS = frozenset(
    ["in", "on", "at", "by", "of", "to", "than", "top", "no", "number", "aged", "age", "page", "round", "over",
     "under", "about", "around", "from", "and", "or", "minute", "minutes", "hole", "race", "day", "week", "year",
     "chapter", "section", "gate", "platform", "room", "level", "grade", "stage", "the", "was", "is", "were", "are",
     "be", "just", "only", "all", "scored", "won", "lost", "with", "team", "game", "match", "hit", "made"]
)


def _strip_list_number(text: str) -> str:
    m = _LIST_NUMBER.search(text)
    if m is None or m.group(1).lower() in _NUMBER_TAKERS or not m.group(1).islower():
        return text
    return text[: m.end(1)] + "."


def finish(text: str) -> str:
    """Capitalise the first letter and end the sentence with a full stop (a bare list
    number left at the end by the page layout goes)."""
    text = re.sub(r"\s+['‘’\"“”]$", "", text.strip())
    text = _strip_list_number(text)
    if not text:
        return text
    text = text[0].upper() + text[1:]
    if text[-1] not in ".!?\"”'’":
        text += "."
    return text


def _with_punct_neighbours(span: Span, idx: set[int]) -> set[int]:
    """Also drop a comma or dash that would be left dangling beside a deleted run."""
    if not idx:
        return idx
    lo, hi = min(idx), max(idx)
    extra = set()
    after = hi + 1 < span.end and span.doc[hi + 1].text in {",", "—", "–", "-"}
    before = lo - 1 >= span.start and span.doc[lo - 1].text in {",", "—", "–"}
    if after and not _list_comma(span, lo, hi + 1):
        extra.add(hi + 1)
    if before and (not after or span.doc[hi + 1].text == span.doc[lo - 1].text):
        # "his counterpart, General X, in Moscow" → "his counterpart in Moscow".
        extra.add(lo - 1)
    return idx | extra


def _list_comma(span: Span, lo: int, comma: int) -> bool:
    """Whether the comma after a deleted run separates the items of a list that began before
    it ("to the drought[ in some parts of the state], better roads and new wards"): the
    comma stays, or the items run together."""
    if comma + 1 >= span.end or span.doc[comma].text != ",":
        return False
    for t in (span.doc[comma + 1], *span.doc[comma + 1].ancestors):
        if t.i < lo:
            return False
        if t.dep_ == "conj" and t.head.i < lo:
            return True
    return False


_SINGLE_QUOTED = re.compile(r"(?:^|[\s(])['‘]\w[^'’]*\w[,.!?]?['’](?=[\s,.;:!?)]|$)")
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours"})


def is_direct_quote(span: Span) -> bool:
    """Speech in quotation marks, double or single (British copy), whole or in part, or
    speech in the first person: its speaker must stay with it ("'In my experience, I
    would say …,' she said" never loses its "she said")."""
    text = span.text
    if any(q in text for q in QUOTES) or _SINGLE_QUOTED.search(text):
        return True
    return any(t.lower_ in _FIRST_PERSON and t.pos_ == "PRON" for t in span)


def reporting_frame(span: Span) -> set[int]:
    """Tokens of "X said (that)" / ", X said" around the reported clause."""
    root = span.root
    if root.lemma_ not in NEUTRAL_FRAMES or is_direct_quote(span):
        return set()
    if any(t.lower_ in CONTESTED_CUES for t in span):
        return set()  # the clause carries an allegation: its owner stays
    if any(c.dep_ == "neg" for c in root.children):
        return set()  # "did not say who called" is not "who called"
    comp = [c for c in root.children if c.dep_ == "ccomp"]
    if not comp:
        return set()
    keep = _subtree(comp[0])
    # "Pacquiao's promoter Bob Arum has revealed that the contracts for his fight …":
    # without the frame, a pronoun in the clause's subject would point at nobody.
    clause_subj = [c for c in comp[0].children if c.dep_ in {"nsubj", "nsubjpass"}]
    if any(t.lower_ in _PRONOUNS for s in clause_subj for t in s.subtree):
        return set()
    drop = {t.i for t in span if t.i not in keep and not (t.is_punct and t.i == span.end - 1)}
    # Only the frame may go: if the parse hung content words on the speech verb
    # (a list split across the clause boundary), deleting them would lose facts.
    subj = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    frame_size = sum(len(_subtree(s)) for s in subj) + 4
    if sum(1 for i in drop if not span.doc[i].is_punct) > frame_size:
        return set()
    # "that" complementiser inside the kept clause.
    for t in comp[0].children:
        if t.dep_ == "mark" and t.lower_ in {"that"} and t.i == min(keep):
            drop.add(t.i)
    return drop


def parentheticals(span: Span) -> set[int]:
    """Bracketed asides, and a photo's position words set off by commas (", pictured,",
    ", pictured left,", ", above,"): the caption's furniture, never the story's words. A
    bracket inside a quotation stays: it is the writer's insertion the quoted words lean on
    ("happy with my (Scientology) experience"), and without it the quote reads otherwise."""
    drop: set[int] = set()
    depth_start: int | None = None
    quoted = 0  # quotation marks opened and not yet closed, by the tagger's `` and ''
    for tok in span:
        if tok.tag_ == "``":
            quoted += 1
        elif tok.tag_ == "''":
            quoted = max(0, quoted - 1)
        if tok.text == "(" and not quoted:
            depth_start = tok.i
        elif tok.text == ")" and depth_start is not None:
            drop.update(range(depth_start, tok.i + 1))
            depth_start = None
    return drop | caption_asides(span)


_POSITION_WORDS = frozenset({*PHOTO_POSITIONS, "far"})
_ASIDE_END = frozenset({",", ".", ";", ":", "!", "?"})


def caption_asides(span: Span) -> set[int]:
    """", pictured," and ", pictured left with his wife," inside a sentence ("… asked pupils
    at the school in Tewkesbury, pictured, to change …"), and a bare position aside
    (", left,"): the comma before and the words, and the comma after when the sentence goes
    on. Never "was pictured", which is an event of the story."""
    drop: set[int] = set()
    doc = span.doc
    for tok in span:
        if tok.text != "," or tok.i + 1 >= span.end:
            continue
        pictured = doc[tok.i + 1].lower_ == "pictured"
        j = tok.i + 1
        while j < span.end and doc[j].text not in _ASIDE_END and j - tok.i <= 6:
            if not pictured and doc[j].lower_ not in _POSITION_WORDS:
                break
            j += 1
        if j >= span.end or j == tok.i + 1 or doc[j].text not in _ASIDE_END:
            continue
        drop.update(range(tok.i, j + 1 if doc[j].text == "," else j))
    return drop


_OPENING_PHRASES = (("in", "addition"), ("on", "top", "of", "that"), ("at", "the", "same", "time"), ("by", "contrast"))


def discourse_opener(span: Span) -> set[int]:
    words = [t.lower_ for t in span[:5]]
    for phrase in _OPENING_PHRASES:
        n = len(phrase)
        if tuple(words[:n]) == phrase and len(span) > n and span[n].text == ",":
            return {span[i].i for i in range(n + 1)}  # "In addition, the FSCG …"
    first = span[0]
    if first.lower_ in _DISCOURSE and first.dep_ in {"advmod", "cc", "prep", "intj"}:
        drop = {first.i}
        if len(span) > 1 and span[1].text == ",":
            drop.add(span[1].i)
        return drop
    drop = set()
    doc = span.doc
    for tok in span:
        if tok.lower_ == "also" and tok.dep_ == "advmod":
            drop.add(tok.i)
        elif (tok.lower_ in _ASIDE_CONNECTIVES and span.start + 1 < tok.i < span.end - 1
              and doc[tok.i - 1].text == "," and doc[tok.i + 1].text == ","):
            # "Increasingly, however, the alliance …" → "Increasingly, the alliance …";
            # "The club, however, said …" → "The club said …"
            before = doc[tok.i - 2]
            adverbial = any(a.dep_ in {"advmod", "npadvmod", "prep", "advcl"} and a.head.dep_ == "ROOT"
                            for a in (before, *before.ancestors)) and not any(
                a.dep_ in {"nsubj", "nsubjpass"} for a in (before, *before.ancestors))
            drop |= {tok.i, tok.i + 1} if adverbial else {tok.i - 1, tok.i, tok.i + 1}
    return drop


def _names_something(idx: Iterable[int], span: Span) -> bool:
    doc = span.doc
    return any(doc[i].ent_type_ in _NAMED for i in idx)


def optional_detail(span: Span, drop: set[int], *, harder: bool = False) -> list[set[int]]:
    """Deletable detail, least important first: clauses, appositives, trailing phrases."""
    root = span.root
    out: list[set[int]] = []
    for tok in span:
        if tok.i in drop:
            continue
        if tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ in {"VBG", "VBN"}):
            sub = _subtree(tok)
            if tok.head.lemma_.lower() in EMPTY_HEADS:
                continue  # "a place no man wishes to get hit": the noun says nothing without it
            if tok.dep_ == "acl" and not _closed(span, sub):
                continue  # "with their moves controlled by a computer": a restrictive participle
            if tok.dep_ == "relcl" and _defines(tok):
                continue  # "the floors above the points where the planes struck": which points
            if span.doc[max(sub)].pos_ in {"ADP", "DET"}:
                continue  # the parse cut the clause short ("who is in the squad in place of [X]")
            if not _names_something(sub, span) and not _keeps_meaning(tok):
                out.append(_keep_opener_comma(span, tok, _with_punct_neighbours(span, sub)))
    for tok in span:
        if tok.dep_ == "appos" and tok.i not in drop:
            sub = _subtree(tok)
            if len(sub) > 3 and _closed(span, sub) and not _list_member(tok):
                out.append(_with_punct_neighbours(span, sub))
    # Trailing prepositional phrases of the main verb, last first, unnamed first.
    preps = [
        c for c in root.children
        if c.dep_ in {"prep", "advcl", "npadvmod"} and c.i > root.i and not _keeps_meaning(c)
    ]
    if root.lemma_ == "be" and not any(c.dep_ in {"attr", "acomp"} for c in root.children):
        # "Benaud was on hand to talk": after a bare "be" the first phrase is the predicate.
        first = next((c for c in root.children if c.dep_ == "prep" and c.i > root.i), None)
        preps = [c for c in preps if first is None or c.i != first.i]
    preps.sort(key=lambda t: (_names_something(_subtree(t), span), -t.i))
    for p in preps:
        out.append(_with_punct_neighbours(span, _subtree(p)))
    for c in root.children:
        if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}:
            sub = _subtree(c)
            cc = {t.i for t in root.children if t.dep_ == "cc" and t.i < c.i}
            if any(span.doc[i].lower_ in KEPT_CONJUNCTIONS for i in cc):
                continue  # "…, but he is much better": the other side stays
            lead = span.doc[c.left_edge.i - 1] if c.left_edge.i > span.start else None
            if lead is None or not (lead.is_punct or lead.dep_ in {"cc", "preconj"} or lead.i in cc):
                continue  # no "and" or comma before it: the parser's misreading ("a plan she began …
                # [has not only helped her]": the verb of the clause before, not a second one)
            out.append(_with_punct_neighbours(span, sub | cc))
    if harder:
        out.extend(_harder_detail(span, drop))
    # Last: a neutral reporting frame ("…, officials said").
    frame = reporting_frame(span)
    if frame:
        out.append(frame)
    return out


def _list_member(tok: Token) -> bool:
    """An "appositive" that is an item of a list ("covering the war in Libya, the revolution
    in Egypt, the tsunami in Japan and other travels": the parser hung the middle items on
    the first as appositives): its head has another appositive or a conjunct after it, or
    the list goes on after it. Deleting it drops an item and runs the others together. (Not
    "two leaders, Ann Lee and Tom Hart," whose apposition is itself a pair.)"""
    head = tok.head
    return any(c.i != tok.i and c.dep_ in {"appos", "conj"} for c in head.children)


def _keep_opener_comma(span: Span, clause: Token, cut: set[int]) -> set[int]:
    """The cut of a relative clause, less the comma after it when that comma also closes an
    opening phrase the clause ends ("Following in the footsteps of Spencer Tunick[, who has
    …], Pelican Point's owner wants …": without it the name runs into the subject)."""
    end = max(_subtree(clause)) + 1
    if end not in cut or end >= span.end or span.doc[end].text != ",":
        return cut
    top = clause.head
    while top.head.i != top.i and top.head.i != span.root.i:
        top = top.head
    # an opening prepositional or participial phrase ("Inspired by X, who …, the baker …"),
    # never a clause with its own subordinator ("If he proves …, that will be …")
    opener = top.head.i == span.root.i and top.i < span.root.i and (
        top.dep_ in {"prep", "npadvmod"} or (top.dep_ in {"advcl", "csubj"} and top.tag_ in {"VBG", "VBN"}
                                             and not any(c.dep_ == "mark" for c in top.children)))
    if opener and max(_subtree(top)) + 1 == end:
        return cut - {end}
    return cut


_WH = frozenset(["who", "which", "whose", "whom"])


def _harder_detail(span: Span, drop: set[int]) -> list[set[int]]:
    """Non-restrictive relative clauses set off by commas (even naming something), then
    a participial phrase opening the sentence before its subject."""
    out: list[set[int]] = []
    doc = span.doc
    for tok in span:
        if tok.i in drop or tok.dep_ != "relcl" or _keeps_meaning(tok):
            continue
        sub = _subtree(tok)
        lo, hi = min(sub), max(sub)
        if doc[lo].lower_ not in _WH or lo - 1 < span.start or doc[lo - 1].text != ",":
            continue
        if not (hi + 1 < span.end and doc[hi + 1].text == ","):
            continue  # set off on both sides only: "X, who …, said"
        if any(doc[i].text in _QUOTE_MARKS for i in sub):
            continue
        out.append({lo - 1, hi + 1} | sub)
    root = span.root
    for tok in root.children:
        if tok.i in drop or tok.i > root.i or tok.dep_ != "advcl" or tok.tag_ not in {"VBN", "VBG", "JJ"}:
            continue
        sub = _subtree(tok)
        lo, hi = min(sub), max(sub)
        if lo != span.start or _keeps_meaning(tok) or any(c.dep_ == "mark" for c in tok.children):
            continue
        if not (hi + 1 < span.end and doc[hi + 1].text == ","):
            continue
        out.append(sub | {hi + 1})
    return out


# A noun that says nothing without the clause it carries ("the man who …", "a place no
# man wishes to get hit", "claims that …").
EMPTY_HEADS = frozenset(
    ["man", "woman", "person", "people", "one", "thing", "things", "place", "first", "last", "someone", "something",
     "anyone", "anything", "way", "kind", "type", "sort", "reason", "moment", "fact", "idea", "claim", "claims",
     "allegation", "allegations", "report", "reports", "fear", "fears", "suggestion", "evidence", "rumour", "rumours",
     "speculation", "belief", "hope", "warning", "sign", "question", "suspicion", "promise"]
)


_AS_VERBS = frozenset({"take", "treat", "see", "regard", "view", "describe", "brand", "label", "hail", "appoint",
                       "name", "choose", "elect", "confirm", "crown", "dub", "list", "rank", "consider", "use"})
# Verbs whose meaning needs a prepositional phrase ("brought rhetoric to the witness stand",
# "warning of a new ransomware", "charged with murder", "banned from driving", "briefed
# the president on his plans", "called for a review").
NEEDS_PREP: dict[str, frozenset[str]] = {
    "as": _AS_VERBS,
    "to": frozenset({"bring", "send", "return", "move", "refer", "compare", "liken", "sentence", "condemn", "relegate",
                     "promote", "admit", "rush", "airlift", "transfer", "lead", "link", "tie", "take", "attribute",
                     "ascribe"}),
    "of": frozenset({"warn", "accuse", "convict", "acquit", "suspect", "rob", "deprive", "clear", "strip", "remind",
                     "inform", "die"}),
    "with": frozenset({"charge", "replace", "pair", "credit", "hit", "slap"}),
    "from": frozenset({"ban", "bar", "expel", "release", "withdraw", "retire", "suspend", "exclude", "free", "rescue"}),
    "on": frozenset({"brief", "focus", "rely", "depend", "insist", "comment", "impose", "blame", "concentrate"}),
    "for": frozenset({"call", "ask", "apologise", "apologize", "appeal", "campaign", "push", "press", "search",
                      "lobby"}),
    "about": frozenset({"talk", "worry", "complain", "learn", "speak", "know", "hear"}),
    "in": frozenset({"leave"}),  # "left guests [in tears]"
    "against": frozenset({"protest", "rule", "campaign", "fight", "discriminate"}),
}


def needs_prep(prep: Token) -> bool:
    """The preposition heads the phrase its verb needs to mean what it says."""
    return prep.dep_ == "prep" and prep.head.lemma_ in NEEDS_PREP.get(prep.lower_, frozenset())


# Verbs of a penalty, whose "for/over <reason>" is the point ("suspended [for cheating]").
PENALTY_VERBS = frozenset(["suspend", "ban", "bar", "jail", "imprison", "fine", "charge", "arrest", "sack", "fire",
                           "dismiss", "punish", "sentence", "convict", "expel", "disqualify", "sanction", "censure",
                           "discipline", "detain", "prosecute", "sue", "dock", "strip", "penalise", "penalize"])
_SPANS_OF_TIME = frozenset(["second", "minute", "hour", "day", "week", "month", "year", "decade", "season", "game",
                            "match", "race", "life", "period", "term", "spell", "rest"])


def penalty_reason(prep: Token) -> bool:
    """ "for cheating", "over the leaked emails", "after a brawl" on a penalty verb: the
    reason for the penalty, not its length ("for four months") or its sum ("for £500")."""
    if prep.dep_ != "prep" or prep.lower_ not in {"for", "over", "after"} or (
            prep.head.lemma_.lower() not in PENALTY_VERBS):
        return False
    obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    if obj is None or obj.ent_type_ in {"DATE", "TIME", "MONEY", "CARDINAL", "QUANTITY"}:
        return False
    return obj.lemma_.lower() not in _SPANS_OF_TIME and not any(c.dep_ == "nummod" for c in obj.children)


def _occurrence(verb: Token) -> bool:
    """A verb that says only that something happened ("took place", "occurred", "was
    held"): what it tells is in its where and when."""
    if verb.lemma_ in {"happen", "occur"}:
        return True
    if verb.lemma_ == "hold" and any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return verb.lemma_ == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)


_PART_WORDS = frozenset(["part", "parts", "area", "areas", "region", "regions", "case", "cases", "place", "places"])


def _restricts(tok: Token) -> bool:
    """A phrase that limits how far the statement holds ("in some parts of the country",
    "in most cases", "in parts of the north"): a qualifier, as much meaning as a hedge."""
    if tok.dep_ != "prep" or tok.lower_ not in {"in", "across", "for", "among"}:
        return False
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lower_ not in _PART_WORDS:
        return False
    return obj.lower_ == "parts" or any(c.dep_ in {"det", "amod"} and c.lower_ in {"some", "most", "many", "certain",
                                                                                  "several", "few", "parts"}
                                        for c in obj.children)


def _keeps_meaning(tok: Token) -> bool:
    """An adjunct whose deletion would change what the sentence asserts."""
    if needs_prep(tok) or penalty_reason(tok):
        return True  # "briefed Ford and Kissinger [on his plans]", "was suspended [for cheating]"
    if _occurrence(tok.head) and tok.dep_ in {"prep", "npadvmod"} and tok.i > tok.head.i:
        return True  # "One took place [outside the embassy, in 2013]": the where and when are the news
    sub = list(tok.subtree)
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in KEPT_MARKERS for c in tok.children):
        return True
    if tok.lower_ in {"despite", "unless", "except", "without", "if"}:
        return True
    if _picks_out(tok):
        return True  # "will not identify any areas [which could be cut]": which ones is the statement
    if _interrupts(tok):
        return True  # "was travelling on his motorbike [when he was hit by a car]": the event itself
    if _restricts(tok):
        return True  # "[in some parts of the country]": where the claim holds, not a detail
    if any(t.lower_ in CONTESTED_CUES or t.dep_ == "neg" for t in sub):
        return True
    return any(t.lower_ == "according" for t in sub)


_QUANTIFIERS = frozenset({"any", "no", "every", "each", "all", "only"})


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _defines(tok: Token) -> bool:
    """A relative clause with no comma before it on a bare noun with "the"/"those" ("the
    points where the planes struck", "the company that makes the phones"): the clause says
    which one "the" means; without it the noun points at nothing the reader was told."""
    if tok.dep_ != "relcl":
        return False
    first = min(_subtree(tok))
    if (first > 0 and tok.doc[first - 1].is_punct) or tok.doc[first].lower_ == "which":
        return False  # (a "which" with its comma lost is an aside: "the conditions which caused the fire … have eased")
    kids = [c for c in tok.head.children if c.i != tok.i]
    if any(c.dep_ in {"prep", "amod", "compound", "nummod", "poss", "acl"} for c in kids):
        return False  # the noun says which already ("the pool in Queensland where she trains", "the £46bn bailout that …")
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in kids)


def _picks_out(tok: Token) -> bool:
    """A relative clause with no comma before it on a noun counted by "any", "no", "every",
    "all", "only" ("any areas which could be cut", "no player who failed a test"): the
    clause says which; without it the statement is about all or none."""
    if tok.dep_ != "relcl" or tok.i == 0:
        return False
    head = tok.head
    first = min(_subtree(tok))
    if first > 0 and tok.doc[first - 1].is_punct:
        return False
    return any(c.dep_ == "det" and c.lower_ in _QUANTIFIERS for c in head.children)


def _interrupts(tok: Token) -> bool:
    """A "when" clause after a past progressive ("X was travelling home when he was hit"):
    the clause tells what happened, the progressive only the scene it broke into."""
    head = tok.head
    if tok.dep_ != "advcl" or tok.i < head.i or head.tag_ != "VBG":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in {"was", "were"} for c in head.children):
        return False
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ == "when" for c in tok.children)


def _closed(span: Span, idx: set[int]) -> bool:
    """An appositive set off on both sides ("X, a former minister, said"), never an
    open one whose closing comma is missing (there the "appositive" is often the subject)."""
    lo, hi = min(idx), max(idx)
    doc = span.doc
    before = lo - 1 >= span.start and doc[lo - 1].text in {",", "—", "–", "("}
    after = hi + 1 < span.end and doc[hi + 1].text in {",", "—", "–", ")"}
    return before and after


def _still_a_sentence(span: Span, drop: set[int]) -> bool:
    root = span.root
    if root.i in drop:
        # The reported clause's verb becomes the main verb.
        return True
    subj = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    return all(s.i not in drop for s in subj)


_DANGLING = frozenset(
    ["that", "which", "who", "whom", "whose", "where", "when", "while", "because", "although", "if", "than", "as", "of", "to", "for", "from", "with", "by", "in", "on", "at", "into", "about", "the", "a", "an", "and", "or", "but", "nor", "so", "his", "her", "their", "its", "our", "my", "your"]
)


def _dangling(text: str) -> bool:
    """A deletion that left the sentence hanging ("… powerful evidence that.")."""
    words = text.rstrip(" .!?").split()
    return bool(words) and words[-1].lower() in _DANGLING


def word_count(text: str) -> int:
    """Words as a reader counts them: runs of non-space characters."""
    return len(text.split())


CHECK_CUTS = True
"""Whether :func:`compress` refuses a cut whose result the grounding checker's claim-side
clause-completeness check (``grounding.integrity.completeness``) rejects."""


_clause_check: Callable[[str], list[str]] | None = None


def use_clause_check(check: Callable[[str], list[str]]) -> None:
    """Plug in the grounding checker's claim-side clause test (``grounding.integrity``
    registers ``completeness`` when it is imported; the generators sit below the checker
    in the pipeline, so they receive it rather than import it)."""
    global _clause_check
    _clause_check = check


def clause_faults(text: str) -> list[str]:
    """The clause-completeness faults the grounding checker finds in ``text`` read on its
    own, with no sentence to excuse them (none when no check is plugged in)."""
    return [] if _clause_check is None else _clause_check(finish(text))


def _clause_faults(text: str) -> int:
    # two sentences run together is the segmenter's fault, which a cut only brings to light
    return sum(f != "two sentences run together" for f in clause_faults(text))


_cut_check: Callable[[str, str], list[str]] | None = None


def use_cut_check(check: Callable[[str, str], list[str]]) -> None:
    """Plug in the grounding checker's source-side cut test (``grounding.cuts`` registers
    ``cut_faults`` when it is imported): what a deletion of a sentence cut, judged on the
    sentence's parse."""
    global _cut_check
    _cut_check = check


def _cut_faults(text: str, source: str) -> set[str]:
    return set() if _cut_check is None else set(_cut_check(finish(text), source))


def cut_faults(text: str, source: str) -> set[str]:
    """What the grounding checker's cut test calls a meaning change in ``text`` made by
    deletion from the sentence ``source`` (a hedge, a condition, a verb's complement …);
    none when no test is plugged in or cuts are not checked (``CHECK_CUTS``)."""
    return _cut_faults(text, source) if CHECK_CUTS else set()


def whole_clause(text: str, span: Span, before: str | None = None) -> bool:
    """Whether a cut of ``span`` to ``text`` keeps it a whole clause on its own parse: no
    clause-completeness fault that ``before`` (the text the cut started from; the whole
    sentence when None) did not have — a subject and a finite verb, no dangling final
    function word, no transitive verb without its object, no bracket left open (the check
    the grounding gate applies to every claim). A sentence that is itself a fragment may
    still lose a parenthesis or an opening "And". Nor may the cut remove what the
    grounding checker's cut test calls meaning-bearing (a hedge, a condition, a verb's
    complement …) that ``before`` still had."""
    if not CHECK_CUTS:
        return True
    if _clause_faults(text) and not _clause_faults(span.text if before is None else before):
        return False
    cut = _cut_faults(text, span.text)
    if cut and before is not None:
        cut -= _cut_faults(before, span.text)
    return not cut


def compress(span: Span, *, max_words: int = 30, keep_frame: bool = False, harder: bool = False) -> str:
    """The shortest faithful form of ``span`` within ``max_words`` (best effort).

    ``harder``: also the deletions for length described in the module docstring. No cut is
    made whose result is not a whole clause (:func:`whole_clause`)."""
    drop: set[int] = set()
    for step in (parentheticals, discourse_opener):
        cand = drop | step(span)
        if cand != drop and _still_a_sentence(span, cand) and word_count(_render(span, cand)) >= 4 and (
                whole_clause(_render(span, cand), span, _render(span, drop))):
            drop = cand
    text = _render(span, drop)
    if word_count(text) > max_words:
        for extra in optional_detail(span, drop, harder=harder):
            if keep_frame and extra == reporting_frame(span):
                continue
            cand = drop | extra
            if not _still_a_sentence(span, cand):
                continue
            if _opened_not_closed(span, extra):
                continue  # ", with a mist reducing visibility| not only for pilots …": it strands what follows
            if spliced(span, cand):
                continue  # "a set of inspiring| has not only helped …": two halves that form no clause
            if any(i < a for a in _anaphors(span) if a not in cand for i in extra if not span.doc[i].is_punct):
                continue  # "Following in the footsteps of X[, who photographs …], Y wants to do the same"
            candidate_text = _render(span, cand)
            if word_count(candidate_text) < 8 or _dangling(candidate_text) or not whole_clause(
                    candidate_text, span, text):
                continue
            drop = cand
            text = candidate_text
            if word_count(text) <= max_words:
                break
    return finish(text)


def _anaphors(span: Span) -> list[int]:
    """Where the sentence points back into itself for what it means: "(do) the same" with
    no noun after it, "do so", "likewise", "similarly", "the same way" — the words before it
    say what "the same" is, so no cut before it may take them."""
    out: list[int] = []
    for t in span:
        low = t.lower_
        if low == "same" and any(k.dep_ == "det" and k.lower_ == "the" for k in t.children) \
                and not any(k.lower_ == "as" for k in t.children) and t.dep_ != "amod":
            out.append(t.i)  # "wants to do the same" ("the same age as", "the same day" are no pointers)
        elif low == "same" and t.head.lower_ in {"thing", "way"} and not any(
                k.lower_ in {"as", "that"} for k in t.head.children):
            out.append(t.i)  # "the same thing", "the same way"
        elif low == "so" and t.head.lemma_ == "do" and t.dep_ == "advmod" and t.i > t.head.i:
            out.append(t.i)  # "plans to do so"
        elif low in {"likewise", "similarly"} and t.dep_ == "advmod" and t.i > span.start:
            out.append(t.i)
    return out


def _opened_not_closed(span: Span, cut: set[int]) -> bool:
    """A run of the cut that a comma opens but nothing closes: the words after it, kept,
    were the run's own (", with a heavy mist reducing visibility not only for pilots but
    for spectators" — the parser hung "not only for pilots" on the main verb; cutting the
    run strands it on "played a part"). A run that reaches a comma, a dash, a closing
    mark or the sentence's end is whole, and so is one followed by a clause of its own."""
    doc = span.doc
    for lo, hi in _runs(cut):
        if lo <= span.start or doc[lo].text != "," or hi + 1 >= span.end:
            continue
        nxt = doc[hi + 1]
        if doc[hi].text in {",", "—", "–", ";", ")"} or nxt.is_punct or nxt.text in _QUOTE_MARKS:
            continue
        top = nxt
        while top.head.i != top.i and top.head.left_edge.i == nxt.i:
            top = top.head
        if top.pos_ in {"VERB", "AUX"} or top.dep_ in {"conj", "cc", "nsubj", "nsubjpass"}:
            continue  # the words after open a clause of their own ("…, Prince George's sister| could be called Sam")
        return True
    return False


_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
_VERB_GROUP_DEPS = frozenset({"aux", "auxpass", "neg"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _subject_of(verb: Token) -> Token | None:
    """The verb's own subject, or for a coordinated verb that has none, its first conjunct's."""
    v = verb
    while True:
        subj = next((c for c in v.children if c.dep_ in _SUBJECTS), None)
        if subj is not None or v.dep_ != "conj" or v.head.i == v.i:
            return subj
        v = v.head


def spliced(span: Span, drop: set[int]) -> bool:
    """Whether deleting ``drop`` from ``span`` leaves two halves that form no clause.

    Two junctions are refused: a kept word whose head went (a determiner or adjective
    without its noun, an object without its verb: deletion takes whole constituents), and
    a cut that runs on into a finite verb group that is not the next thing after its
    subject, a conjunction or a punctuation mark ("A woman has shared a set of inspiring|
    has not only helped her mentally": the parser hung "before and after images, which …"
    on "shared", and its cut glued "inspiring" to the verb of the clause it held). A
    reporting frame cut whole ("X said[,] the man died") is not a splice: the reported
    clause's verb becomes the main verb."""
    doc = span.doc
    root = span.root
    if splits_word(span, drop):
        return True
    for tok in span:
        if tok.i in drop or tok.is_punct or tok.is_space or tok.head.i == tok.i:
            continue
        if tok.head.i in drop and not (tok.head.i == root.i and tok.dep_ in {"ccomp", "conj", "parataxis"}):
            return True
    for lo, hi in _runs(drop):
        if lo <= span.start or hi + 1 >= span.end:
            continue
        before = next((doc[i] for i in range(lo - 1, span.start - 1, -1) if i not in drop), None)
        after = next((doc[i] for i in range(hi + 1, span.end) if i not in drop), None)
        if before is None or after is None or before.is_punct or before.dep_ in {"cc", "preconj"}:
            continue
        if not (after.tag_ in _FINITE_TAGS or (after.dep_ in _VERB_GROUP_DEPS and after.pos_ in {"AUX", "PART"})):
            continue
        verb = after.head if after.dep_ in _VERB_GROUP_DEPS else after
        if verb.pos_ not in {"VERB", "AUX"} or after.i > verb.i:
            continue
        subj = _subject_of(verb)
        if subj is not None and before.i in _subtree(subj):
            continue  # "The man[, who …,] has said": the verb after its subject
        if subj is None and before.pos_ in {"NOUN", "PROPN", "PRON"}:
            continue  # the parser lost the subject ("the break-up of the Sheet[, which …,] is not related")
        if verb in before.ancestors or before.i in {t.i for t in verb.children}:
            continue  # the verb's own adverb before it ("also[, he said,] has …")
        return True
    return False


def _glued(a: Token, b: Token) -> bool:
    """Two neighbouring tokens written as one word ("co" "-" "founded", "award" "-" "winning")."""
    return a.whitespace_ == "" and (a.text in _HYPHENS or b.text in _HYPHENS or (
        (a.is_alpha or a.like_num) and (b.is_alpha or b.like_num)))


_HYPHENS = frozenset({"-", "‐", "‑"})


def splits_word(span: Span, drop: set[int]) -> bool:
    """Whether a cut starts or ends inside a written word ("before he co[-founded The Flash
    Pack]."): the parser split a hyphenated word, and a deletion must take all of it or none."""
    doc = span.doc
    for lo, hi in _runs(drop):
        if lo > span.start and (lo - 1) not in drop and _glued(doc[lo - 1], doc[lo]):
            return True
        if hi + 1 < span.end and _glued(doc[hi], doc[hi + 1]):
            return True
    return False


def _runs(idx: set[int]) -> list[tuple[int, int]]:
    """The contiguous runs of ``idx``, as (first, last) index pairs."""
    out: list[tuple[int, int]] = []
    for i in sorted(idx):
        if out and i == out[-1][1] + 1:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


# --------------------------------------------------------------------------- checks on a compression

_CONTENT_NOUNS = frozenset(
    ["report", "claim", "fear", "concern", "suggestion", "evidence", "rumour", "rumor", "speculation", "news",
     "allegation", "belief", "hope", "warning", "fact", "idea", "sign", "question", "doubt", "suspicion",
     "revelation", "assurance", "promise", "decision", "plan", "bid", "attempt", "effort", "way", "reason"]
)
_COMPLEMENTS = frozenset({"dobj", "attr", "acomp", "xcomp", "ccomp", "oprd", "dative", "agent"})


# The subject and its relative clause with nothing after: "Holland, whose 5-1 drubbing of
# Spain … marked the end of an era." (the subject's own verb was cut, or the parse lost it).
_OPEN_RELATIVE = re.compile(r"^[^,]{1,60}, (?:who|whose|which)\b[^,]*$")


def kept_indices(span: Span, text: str) -> set[int]:
    """The tokens of ``span`` that survive in ``text`` (compression only deletes, so the
    text is the span's tokens in order, less some: a greedy left-to-right alignment)."""
    low = text.lower()
    pos = 0
    kept: set[int] = set()
    for tok in span:
        word = tok.lower_
        if not word.strip():
            continue
        j = pos
        while j < len(low) and low[j] == " ":
            j += 1
        if low.startswith(word, j):
            kept.add(tok.i)
            pos = j + len(word)
    return kept


_MEASURED_ADVERBS = frozenset({"around", "ago", "later", "earlier", "before", "after", "apart", "away", "on", "back"})
"""Adverbs a time or distance phrase measures ("this time around", "two years ago")."""


def intact(span: Span, text: str) -> bool:
    """Whether a compression kept what the sentence needs to mean what it said.

    Rejects: fewer than half the words kept; a main verb left without any of its
    complements or phrases ("Locke had been working."); a preposition without its
    object; a content noun without its clause ("after reports."); a dash parenthesis
    left open.
    """
    if _OPEN_RELATIVE.match(text.strip()):
        return False
    kept = kept_indices(span, text)
    words = [t for t in span if not t.is_punct]
    if len([t for t in words if t.i in kept]) < 0.5 * len(words):
        return False
    root = span.root
    if root.i in kept:
        args = [c for c in root.children if c.dep_ in _COMPLEMENTS | {"prep", "advcl"}]
        if args and not any(c.i in kept for c in args) and not any(c.dep_ in {"acomp", "attr"} for c in root.children):
            return False
        if any(c.dep_ in _COMPLEMENTS and c.i not in kept for c in root.children):
            return False
    if re.search(r"(?:^|\s)['’]s\b", text):
        return False  # a possessor cut, its "’s" left ("said recently ’s “Wait, Wait …”")
    for t in span:
        if t.i not in kept:
            continue
        if t.dep_ in {"prep", "agent"} and any(c.dep_ in {"pobj", "pcomp"} and c.i not in kept for c in t.children):
            return False
        before = span.doc[t.i - 1] if t.i > span.start else None
        if t.lower_ in _MEASURED_ADVERBS and (
                any(c.dep_ == "npadvmod" and c.i not in kept for c in t.children)
                or (before is not None and before.i not in kept and before.dep_ == "npadvmod")):
            return False  # "this time around" cut to "around", "two years ago" to "ago"
        if t.lemma_.lower() in _CONTENT_NOUNS and any(
            c.dep_ in {"acl", "ccomp", "relcl"} and c.i not in kept for c in t.children
        ):
            return False
    for ent in span.ents:
        inside = [t.i in kept for t in ent if not t.is_punct]
        if any(inside) and not all(inside):
            return False  # a name or date cut short ("since August last year" → "since August")
    for dash in ("-", "–", "—"):
        if span.text.count(f" {dash} ") % 2 == 0 and text.count(f" {dash} ") % 2 == 1:
            return False
    return True


_FRAME_READ_AS_NOUN = frozenset({"shows", "says", "finds", "suggests", "reveals", "claims", "warns", "reports"})
"""Reporting verbs the tagger can read as plural nouns after a noun ("research shows")."""


def finite_with_subject(span: Span) -> bool:
    """A sentence, not a fragment ("Not bad for a horse that cost £12,000.") or an
    imperative ("Think victory in a big chase …")."""
    root = span.root
    if root.pos_ not in {"VERB", "AUX"}:
        # "…, research shows." with "shows" tagged a plural noun: the reported clause is the sentence.
        return root.lower_ in _FRAME_READ_AS_NOUN and any(
            c.dep_ == "ccomp" and any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)
            for c in root.children)
    if any(c.dep_ == "mark" and c.lower_ in {"if", "when", "unless", "because", "although", "though", "while",
                                             "whether", "once", "until", "as"} for c in root.children):
        return False  # "If you want more showbiz in this election.": a subordinate clause alone
    # (a subject the parser read as a clause: "Union officials giving evidence … have been
    # overwhelmed", with "giving" a csubjpass over "officials")
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"} for c in root.children)
