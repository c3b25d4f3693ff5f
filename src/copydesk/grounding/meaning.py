"""Meaning checks: what a deletion or a paraphrase can change while keeping every word.

The lexical checker (:mod:`copydesk.grounding.check`) asks whether a claim's words,
names, numbers and dates stand in its cited sentences. A claim can pass that and still
say something the story does not:

* **attribution** — the owner of a contested statement is gone ("The ministry insists
  that the vessel entered its waters" → "The vessel entered its waters"; "allegedly",
  "reportedly", "suspected", "according to", and a quote without its speaker);
* **hedge** — a modal, hedge adverb or condition is gone ("may have collided" →
  "collided"; "will be relegated if they lose" → "will be relegated");
* **actor** — a coordinated subject lost a member ("Spain and Portugal signed" →
  "Spain signed");
* **relation** — subject and object swapped ("The man arrested the police");
* **fragment** — a statement that is not a clause: no subject and finite verb, a
  dangling final function word, or a verb left without its obligatory complement
  ("Actress Julia Louis-Dreyfus Has Revealed").

Attribution and hedges are found lexically over the claim and its cited sentences;
coordination, roles and clause shape use the installed spaCy pipeline, and only when a
cheap test says the parse can matter (a claim that is an in-order deletion of its
sentence cannot swap roles; a verbatim sentence is as much a clause as its source).
Parses are cached by text.
"""

from __future__ import annotations

import re
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from copydesk.grounding.check import _one_edit
from copydesk.grounding.lexicon import FUNCTION_WORDS, ORDINALS, QUOTES, UNITS, words
from copydesk.grounding.relations import headline_participle
from copydesk.grounding.text import Token, is_title_case, stem, tokenise
from copydesk.model import Unsupported

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Token as SpacyToken

ATTRIBUTION_MARKERS: frozenset[str] = words(
    "allegedly reportedly purportedly supposedly alleged suspected")
"""Words that make the next word someone's claim, not the story's fact."""
CONTESTED_VERBS: frozenset[str] = frozenset(stem(w) for w in words(
    "claim claims claimed claiming allege alleges alleged alleging insist insists insisted "
    "insisting accuse accuses accused accusing deny denies denied denying contend contends "
    "contended assert asserts asserted allegation allegations accusation accusations"))
"""Stems of verbs (and their nouns) whose complement is contested: the owner must stay."""
REPORTING: frozenset[str] = frozenset(stem(w) for w in words(
    "say says said tell tells told report reports reported add added explain explained "
    "write wrote state stated admit admitted believe believes believed announce announced "
    "confirm confirmed according claim claimed allege alleged insist insisted accuse "
    "accused deny denied suggest suggested warn warned argue argued maintain maintained "
    "describe described reveal revealed note noted quote quoted")) | ATTRIBUTION_MARKERS
"""Any owner cue a claim may keep: reporting verbs, "according to", the markers."""
HEDGES: frozenset[str] = words("""
    may might could would perhaps possibly probably likely unlikely apparently seemingly
    expected believed thought appear appears appeared seem seems seemed potentially
    set due planned plan plans
    """)
"""Words that make what follows uncertain, planned or conditional ("reportedly" and
"allegedly" are :data:`ATTRIBUTION_MARKERS`)."""
CONDITIONS: frozenset[str] = words("if unless")
_COMPLEMENTIZER_VERBS = frozenset(stem(w) for w in words(
    "ask asked asking wonder wondered see know knew check checked decide decided unclear "
    "sure tell told whether"))
_SKIP = FUNCTION_WORDS | words("have has had be been being to not n't")
_AUX_SKIP = words("have has had be been being to not n't also still just only even ever never "
                  "already soon yet well the a an")
OBJECT_VERBS: frozenset[str] = words("""
    reveal show confirm announce say tell claim find make take give describe include
    hit bring put reach need want use offer receive launch release expect urge ask
    """)
"""Verbs that never end a statement: they need an object or a complement."""
COMPLEMENT_ADJECTIVES: frozenset[str] = words("able unable likely unlikely set due going about")
_END_FUNCTION = words("""
    a an the of to in on at by for with from and or but that as into than its their his
    our your my whose which who this these those is are was were be been has have had will
    would can could may might must should very about near between during after before over
    under through against among without within across around behind beside upon onto
    toward towards via including all any no some every each such
    """)
_END_QUESTION = words("a an the and or but than")
"""A question may strand a preposition ("What was he charged with?"), not an article."""
_QUOTE_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[:,]))['\"]([^'\"]{12,}?)['\"](?=[\s.,;:!?)]|$)")
_SHARE = 0.5


def _content(tokens: Sequence[Token]) -> list[int]:
    return [i for i, t in enumerate(tokens) if t.low[:1].isalnum() and t.low not in _SKIP]


def _stems(tokens: Sequence[Token], idx: Iterable[int]) -> set[str]:
    return {tokens[i].stem for i in idx}


def attribution(claim: str, sources: Sequence[str]) -> list[Unsupported]:
    """Contested statements and quotes of the sources that the claim states without an owner."""
    ctoks = tokenise(claim)
    cidx = _content(ctoks)
    cstems = _stems(ctoks, cidx)
    if len(cstems) < 2:
        return []
    claim_cues = {t.stem for t in ctoks if t.stem in REPORTING or t.low in ATTRIBUTION_MARKERS
                  or t.stem in CONTESTED_VERBS} | {t.low for t in ctoks
                                                   if t.low in ATTRIBUTION_MARKERS}
    claim_all = {t.stem for t in ctoks} | {t.low for t in ctoks}
    out: list[Unsupported] = []
    for src in sources:
        stoks = tokenise(src)
        n = len(stoks)
        content = _content(stoks)
        src_cues = {t.stem for t in stoks} | {t.low for t in stoks}
        # A cue the claim adds (a paraphrase: "insisted" → "said") keeps an owner.
        new_cue = bool(claim_cues - src_cues)

        def kept(t: Token) -> bool:
            return t.stem in claim_all or t.low in claim_all or new_cue  # noqa: B023

        for i, t in enumerate(stoks):
            if t.low in ATTRIBUTION_MARKERS:
                if kept(t) or any(c in claim_cues for c in ATTRIBUTION_MARKERS):
                    continue
                j = next((k for k in range(i + 1, min(n, i + 4)) if stoks[k].low[:1].isalpha()
                          and stoks[k].low not in _SKIP), None)
                if j is not None and stoks[j].stem in cstems:
                    return [Unsupported(kind="attribution", text=f"{t.text} {stoks[j].text}")]
            elif t.low == "according" and i + 1 < n and stoks[i + 1].low == "to":
                # "X happened, according to Y": Y, or "according to", must stay.
                end = next((k for k in range(i + 2, n) if stoks[k].low in ",.;"), n)
                if end == n or end - i > 8:
                    end = min(end, i + 2 + _owner_length(src, i))
                # After a dash it owns only the dash's phrase ("… Mali and Georgia - countries
                # that were 'red flags', according to the Daily News")
                dash = _dash_before(src, i)
                scope = _stems(stoks, (k for k in content if dash < k < i or k >= end))
                owner = _stems(stoks, (k for k in content if i + 1 < k < end)) - scope
                shared = cstems & scope
                # The owner's words alone do not keep the attribution: "Police Mr Docherty
                # hired …" from "According to police Mr Docherty hired …" needs a cue.
                if ("accord" not in cstems and not new_cue and not (cstems & owner and claim_cues)
                        and len(shared) >= 2 and len(shared) >= _SHARE * len(cstems)):
                    return [Unsupported(kind="attribution",
                                        text=f"according to {' '.join(sorted(owner))} (dropped)")]
            elif t.stem in CONTESTED_VERBS and not new_cue:
                for cue, scope, outside in _contested_scopes(src):
                    if cue != t.stem:
                        continue
                    # The claim keeps the owner when it has a cue the sentence has outside
                    # this statement ("accused" of "… is accused of …", not of "… claimed").
                    if claim_cues & outside:
                        continue
                    shared = cstems & scope
                    if len(shared) >= 2 and len(shared) >= _SHARE * len(cstems):
                        return [Unsupported(kind="attribution",
                                            text=f"{t.text} (owner dropped)")]
        if not claim_cues:
            out += _quote(ctoks, cstems, src)
            if out:
                return out
    return out


_DASH_RE = re.compile(r"\s[-–—]\s")
_RELATIVE_WORDS = words("that which who whom whose")


def _dash_before(src: str, at: int) -> int:
    """Index (in ``tokenise(src)``) of the last token before a spaced dash that comes
    before token ``at``; -1 when no dash does."""
    found = [m for m in _DASH_RE.finditer(src) if len(tokenise(src[:m.start()])) <= at]
    if len(found) % 2 == 0:
        return -1  # none, or paired dashes round a parenthesis ("– more than half –")
    m = found[-1]
    # Only a noun phrase hung on the sentence ("- countries that were 'red flags'"), not a
    # clause ("– it also means your house is worth more"): no subject outside a relative.
    doc = parse([src])[0]
    after = [t for t in doc if t.idx >= m.end()]
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ not in ("relcl", "acl")
           and t.head.idx >= m.end() and t.lower_ not in _RELATIVE_WORDS for t in after):
        return -1
    return len(tokenise(src[:m.start()])) - 1


def _owner_length(src: str, at: int) -> int:
    """Words in the owner of the ``at``-th token's "according to X" (X's parse subtree),
    for "According to police Mr Docherty hired …", where no comma closes it."""
    words_ = list(tokenise(src))
    doc = parse([src])[0]
    # tokenise and spaCy split alike on plain words; find "according" by its order
    nth = sum(1 for t in words_[:at] if t.low == "according")
    hits = [t for t in doc if t.lower_ == "according"]
    if nth >= len(hits):
        return len(words_)
    to = next((c for c in hits[nth].children if c.lower_ == "to"), None)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if obj is not None:
        return sum(1 for t in obj.subtree if not t.is_punct)
    # No parse of it: the words after "to" while their case stays that of the first
    # content word ("police" | "Mr Docherty hired"), at most four.
    rest = [t for t in words_[at + 2:] if t.low[:1].isalnum()][:4]
    first = next((t for t in rest if t.low not in FUNCTION_WORDS), None)
    if first is None:
        return len(rest)
    k = rest.index(first) + 1
    while k < len(rest) and rest[k].cap == first.cap and rest[k].low not in FUNCTION_WORDS:
        k += 1
    return k


_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "acl", "relcl", "advcl", "dobj", "pobj"})


def _contested_scopes(src: str) -> list[tuple[str, set[str], set[str]]]:
    """(cue stem, stems of what it makes contested, cue stems outside that) per cue of ``src``.

    The contested statement is the parse subtree of the verb's complement ("claimed that
    Y", "accused X of Y", "allegations that Y"); for "Y, X claimed." it is the clause the
    verb hangs from, the verb's own subtree left out.
    """
    doc = parse([src])[0]
    out: list[tuple[str, set[str], set[str]]] = []
    for tok in doc:
        cue = stem(tok.lower_)
        if cue not in CONTESTED_VERBS:
            continue
        inside: set[int] = set()
        for c in tok.children:
            if c.dep_ in _COMPLEMENT_DEPS or (c.dep_ == "prep" and c.lower_ in ("of", "that",
                                                                               "about")):
                inside |= {t.i for t in c.subtree}
        if not inside or tok.dep_ == "parataxis":
            # "Y, X claimed": Y is the head the reporting verb hangs from
            head = tok.head if tok.dep_ != "ROOT" else tok
            own = {t.i for t in tok.subtree}
            inside |= {t.i for t in head.subtree} - own
        scope = {stem(doc[i].lower_) for i in inside if doc[i].is_alpha
                 and doc[i].lower_ not in _SKIP}
        outside = {stem(t.lower_) for t in doc if t.i not in inside and (
            stem(t.lower_) in REPORTING or stem(t.lower_) in CONTESTED_VERBS
            or t.lower_ in ATTRIBUTION_MARKERS)}
        out.append((cue, scope, outside))
    return out


_CAP_RUN = re.compile(r"(?:[A-Z][\w'’.-]*)(?:\s+(?:[A-Z][\w'’.-]*|of|de|la|van|von))*")
_WORD = re.compile(r"[\w'’.-]+")


def _context_names(text: str) -> list[tuple[tuple[str, ...], str]]:
    """(two words before + the token after, name) for every capitalised run not at the start."""
    out = []
    for m in _CAP_RUN.finditer(text):
        if m.start() == 0 or text[:m.start()].rstrip()[-1:] in ".:!?\"'‘“":
            continue
        before = [w.lower() for w in _WORD.findall(text[:m.start()])[-2:]]
        nxt = re.match(r"\s*([\w'’-]+|[^\w\s])", text[m.end():])
        after = nxt.group(1).lower() if nxt else ""
        out.append(((*before, after), m.group(0).rstrip(".")))
    return out


def name_slots(claim: str, sources: Sequence[str]) -> list[Unsupported]:
    """A name standing where the cited sentence, with the same words on both sides, has
    another name ("voted for Nancy Perry," where the sentence says "voted for Obama,")."""
    theirs = [x for src in sources for x in _context_names(src)]
    for ctx, name in _context_names(claim):
        if len(ctx) < 3 or all(w in FUNCTION_WORDS or w in REPORTING or not w.isalpha()
                               for w in ctx):
            continue
        last = name.split()[-1].lower()
        others = [n for c, n in theirs if c == ctx]
        if others and not any(last in n.lower().split() or n.lower() in name.lower()
                              or any(_one_edit(last, w) for w in n.lower().split()
                                     if len(w) >= 6 and w[:1] == last[:1])
                              for n in others):
            return [Unsupported(kind="name", text=f"{name} (the sentence has {others[0]})")]
    # A name of the sentence replaced by a word the sentence never uses, whatever its case
    # ("Don't be muslim and …" where the sentence says "Don't be UnAustralian and …").
    cw = [w.lower() for w in _WORD.findall(claim)]
    seen = {w.lower() for src in sources for w in _WORD.findall(src)}
    for ctx, name in theirs:
        if len(ctx) < 2 or all(w in FUNCTION_WORDS or w in REPORTING or not w[:1].isalpha()
                               for w in ctx):
            continue
        before = ctx[:-1]
        for k in range(len(cw) - len(before) - 1):
            if tuple(cw[k:k + len(before)]) != before:
                continue
            k += len(before) - 2  # the loop below reads the name from k + 2
            for width in (1, 2, 3):
                mid = cw[k + 2:k + 2 + width]
                if k + 2 + width < len(cw) and cw[k + 2 + width] == ctx[-1] and mid and all(
                        w not in seen and w.isalpha() for w in mid):
                    return [Unsupported(kind="name", text=f"{' '.join(mid)} (the sentence "
                                                          f"has {name})")]
    return []


_NEGATIONS = words("not n't never")


_NEGATIVE_STEMS = frozenset(stem(w) for w in words("""
    fail failed fails refuse refused refuses decline declined declines deny denied denies
    reject rejected rejects lack lacked lacks unable avoid avoided stop stopped prevent
    prevented ban banned without neither nor none nobody nothing never no not cannot
    """))
"""Words that say "not" another way ("failed to pay" is "did not pay")."""


def dropped_negation(claim: str, sources: Sequence[str]) -> list[Unsupported]:
    """A negation of the sources deleted between the two tokens it stood between ("life
    will be the same" of "life will never be the same"; "many do." of "many don't."), which
    the word-level polarity check misses when the negated word is a function word; or a
    negation the claim adds, beyond those of a sentence that says "not" no other way
    ("There will not be many others" of "There will be many others"; "… could have not had
    me" of "If I hadn't …, the badger could have had me")."""
    ctoks = tokenise(claim)
    cl = [t.low for t in ctoks if t.low[:1].isalnum() or t.low in ".,;:!?"]
    pairs = set(zip(cl, cl[1:], strict=False))
    negs = sum(t.low in _NEGATIONS for t in ctoks)
    if not any(t in _NEGATIONS or t in ("no", "nothing", "none", "nobody") for t in cl):
        for src in sources:
            sl = [t.low for t in tokenise(src) if t.low[:1].isalnum() or t.low in ".,;:!?"]
            for k in range(1, len(sl) - 1):
                if sl[k] in _NEGATIONS and (sl[k - 1], sl[k + 1]) in pairs and (
                        sl[k - 1] not in FUNCTION_WORDS or sl[k + 1][:1].isalnum()
                        and sl[k + 1] not in FUNCTION_WORDS or sl[k - 1] in _AUXILIARIES):
                    return [Unsupported(kind="negation", text=f"{sl[k]} dropped from "
                                                              f"'{sl[k - 1]} {sl[k]} {sl[k + 1]}'")]
    if negs:
        cstems = {t.stem for t in ctoks if t.low[:1].isalpha() and t.low not in FUNCTION_WORDS}
        for src in sources:
            stoks = tokenise(src)
            if any((t.stem in _NEGATIVE_STEMS or t.low in _NEGATIVE_STEMS)
                   and t.low not in _NEGATIONS for t in stoks):
                return []  # "failed to pay" may be written "did not pay"
            if negs > sum(t.low in _NEGATIONS for t in stoks) and cstems and len(
                    cstems & {t.stem for t in stoks}) >= 0.8 * len(cstems):
                return [Unsupported(kind="negation", text="a negation added: the sentence "
                                                          "has fewer")]
    return []


_AUXILIARIES = words("will would can could should shall may might must do does did is are "
                     "was were has have had")


_NUMBER_WORDS = frozenset({"one", "half", *UNITS, *ORDINALS}) | words("dozens hundreds thousands millions billions")
"""Number words, cardinal and ordinal (:mod:`copydesk.grounding.lexicon`'s, with "one",
"half" and the plural counts "dozens", "hundreds" …)."""


def _is_number(low: str) -> bool:
    return low in _NUMBER_WORDS or any(c.isdigit() for c in low)


def number_slots(claim: str, sources: Sequence[str]) -> list[Unsupported]:
    """A number of the sentence replaced by another between the same two words ("recorded
    three aces" where the sentence says "recorded two aces"), though the other number
    stands elsewhere in the sentence ("Par-3")."""
    cl = [t.low for t in tokenise(claim) if t.low[:1].isalnum()]
    for src in sources:
        sl = [t.low for t in tokenise(src) if t.low[:1].isalnum()]
        slots: dict[tuple[str, str], set[str]] = {}
        for k in range(1, len(sl) - 1):
            if _is_number(sl[k]):
                slots.setdefault((sl[k - 1], sl[k + 1]), set()).add(sl[k])
        for k in range(1, len(cl) - 1):
            theirs = slots.get((cl[k - 1], cl[k + 1]))
            # "Gaver, 21, was … Gaver, 28, was": every number of that slot counts
            if (theirs and _is_number(cl[k]) and cl[k] not in theirs
                    and not (cl[k - 1] in FUNCTION_WORDS and cl[k + 1] in FUNCTION_WORDS)):
                return [Unsupported(kind="number",
                                    text=f"{cl[k]} (the sentence has {sorted(theirs)[0]})")]
    return []


def reporting_negation(claim: str, sources: Sequence[str]) -> list[Unsupported]:
    """A reporting verb negated in the claim ("she did not say") but not in the sources."""
    ctoks = tokenise(claim)
    for k, t in enumerate(ctoks):
        if t.stem in REPORTING and any(ctoks[m].low in _NEGATIONS
                                       for m in range(max(0, k - 3), k)):
            for src in sources:
                stoks = tokenise(src)
                if any(st.stem == t.stem and any(stoks[m].low in _NEGATIONS
                                                 for m in range(max(0, q - 3), q))
                       for q, st in enumerate(stoks)):
                    return []
            return [Unsupported(kind="negation", text=f"not {t.text}")]
    return []


def _quote(ctoks: Sequence[Token], cstems: set[str], src: str) -> list[Unsupported]:
    """A claim repeating a quote whose speaker the sentence names, without any speaker."""
    text = src.translate(QUOTES)
    spans = [m.group(1) for m in _QUOTE_RE.finditer(text)]
    if not spans:
        return []
    outside = _QUOTE_RE.sub(" ", text)
    if not any(t.stem in REPORTING for t in tokenise(outside)):
        return []
    clows = [t.low for t in ctoks if t.low[:1].isalnum()]
    grams = {tuple(clows[k:k + 5]) for k in range(len(clows) - 4)}
    for span in spans:
        slows = [t.low for t in tokenise(span) if t.low[:1].isalnum()]
        if any(tuple(slows[k:k + 5]) in grams for k in range(len(slows) - 4)):
            return [Unsupported(kind="attribution", text=f"quote without its speaker: "
                                                         f"{' '.join(slows[:6])}")]
    return []


_CLAUSE_BOUNDARIES = words(", ; and but although though while whereas")
_NEEDS_TO = words("set due plan plans planned expected believed thought appear appears appeared "
                  "seem seems seemed likely unlikely")


_POSSESSIVES = words("his her their its our my your the a an this that these those")
_MONTH_PREPS = words("in on of since until by last next early late mid from before after this "
                     "during through")


def _is_hedge(tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` hedges what follows ("set", "expected", "thought" only before "to")."""
    low = tokens[i].low
    if low not in HEDGES:
        return False
    if low == "may" and tokens[i].cap and not tokens[i].initial and (
            (i + 1 < len(tokens) and (tokens[i + 1].low[:1].isdigit() or tokens[i + 1].low in ",.;"))
            or (i and tokens[i - 1].low in _MONTH_PREPS) or i + 1 == len(tokens)):
        return False  # the month
    if low in ("plan", "plans") and i and tokens[i - 1].low in _POSSESSIVES:
        return False  # "explained his plan to this …": the noun
    if low in _NEEDS_TO and low not in ("likely", "unlikely"):
        return i + 1 < len(tokens) and tokens[i + 1].low == "to"
    return True


def _governed(src: str, nth: int) -> set[str]:
    """Content stems of the clause the ``nth`` "if"/"unless" of ``src`` governs: its
    verb's head's subtree without the condition."""
    doc = parse([src])[0]
    marks = [t for t in doc if t.lower_ in CONDITIONS]
    if nth >= len(marks):
        return set()
    cond = marks[nth].head
    main = cond.head if cond.head is not cond else cond
    inside = {t.i for t in cond.subtree}
    return {stem(t.lower_) for t in main.subtree if t.i not in inside and t.is_alpha
            and t.lower_ not in _SKIP}


def _governs(tokens: Sequence[Token], m: int, p: int) -> bool:
    """Token ``m`` stands before ``p`` in its clause, at most six tokens back, with at most
    one word between that is not an auxiliary, an adverb or a comma around one."""
    if not p - 6 <= m < p:
        return False
    between = [t.low for t in tokens[m + 1:p]]
    if any(w in (";", ":", ".", "that", "which", "who") for w in between):
        return False
    return sum(1 for w in between if w[:1].isalpha() and w not in _AUX_SKIP
               and not w.endswith("ly")) <= 1


def hedges(claim: str, sources: Sequence[str]) -> list[Unsupported]:
    """Hedges and conditions of the sources that the claim drops from the words they govern."""
    ctoks = tokenise(claim)
    positions: dict[str, list[int]] = {}
    for k, t in enumerate(ctoks):
        positions.setdefault(t.stem, []).append(k)
    hedged_at = [k for k, t in enumerate(ctoks) if _is_hedge(ctoks, k) or t.low in CONDITIONS]
    claim_hedged = {ctoks[k].low for k in hedged_at}
    out: list[Unsupported] = []
    for src in sources:
        stoks = tokenise(src)
        n = len(stoks)
        for i, t in enumerate(stoks):
            low = t.low
            if low in HEDGES:
                if not _is_hedge(stoks, i):
                    continue
                # the word it governs: "could have, coincidentally, been isotopically similar"
                j = next((k for k in range(i + 1, min(n, i + 9)) if stoks[k].low[:1].isalpha()
                          and stoks[k].low not in _AUX_SKIP and stoks[k].low not in HEDGES
                          and not stoks[k].low.endswith("ly")), None)
                if j is None or stoks[j].stem not in positions:
                    continue
                # kept when a hedge (not an "if": "If I lost my job I [could] get …") stands
                # just before the word in the same clause ("would appear that the burden
                # [would be] too much" keeps no hedge on "much")
                ok = any(any(_governs(ctoks, m, p) for m in hedged_at
                             if ctoks[m].low not in CONDITIONS) or (
                    low == "would" and any(ctoks[m].low in ("will", "'ll") and _governs(ctoks, m, p)
                                           for m in range(max(0, p - 6), p)))
                    for p in positions[stoks[j].stem])
                if not ok:
                    out.append(Unsupported(kind="hedge", text=f"{t.text} {stoks[j].text}"))
                    return out
            elif low in CONDITIONS and not (i and stoks[i - 1].stem in _COMPLEMENTIZER_VERBS):
                cond_end = next((k for k in range(i + 1, n) if stoks[k].low in ",;.:"
                                 or stoks[k].low == "then"), n)
                cond = _stems(stoks, (k for k in _content(stoks) if i < k < cond_end))
                leading = i <= 1 or stoks[i - 1].low in (":", '"', "'", ",", "(")
                main = set()
                if leading or (cond_end < n and stoks[cond_end].low == "then"):
                    # "If X, Y" / "If X then Y": the clause it governs follows
                    stop = next((k for k in range(cond_end + 1, n) if stoks[k].low in ".;"), n)
                    main = _stems(stoks, (k for k in _content(stoks) if cond_end < k < stop)
                                  ) - REPORTING
                if not main:
                    # "… Y, if X, he said" / "… Y if X": the clause the condition closes
                    upto = i - 1 if i and stoks[i - 1].low == "," else i
                    start = max((k for k in range(upto) if stoks[k].low in _CLAUSE_BOUNDARIES),
                                default=-1)
                    main = _stems(stoks, (k for k in _content(stoks) if start < k < i))
                if not main:
                    # "… and if diagnosed early the outlook is good": the parse says what
                    # it governs
                    main = _governed(src, sum(1 for t in stoks[:i] if t.low == low))
                cs = set(positions)
                only = cond - main
                kept = len(cs & only) >= max(1, 0.5 * len(only)) if only else False
                if (main and len(cs & main) >= max(1, 0.6 * len(main))
                        and not kept and not (claim_hedged & CONDITIONS)):
                    out.append(Unsupported(kind="hedge", text=f"{t.text} … (condition dropped)"))
                    return out
    return out


# --------------------------------------------------------------------------- parsed checks

_DOC_CACHE: OrderedDict[str, Doc] = OrderedDict()
DOC_CACHE_SIZE = 20_000


def parse(texts: Sequence[str]) -> list[Doc]:
    """Parsed docs of ``texts`` (named entities off), cached by text."""
    from copydesk.nlp.parser import load_pipeline

    todo = list(dict.fromkeys(t for t in texts if t not in _DOC_CACHE))
    if todo:
        nlp = load_pipeline()
        with nlp.select_pipes(disable=[p for p in ("ner",) if p in nlp.pipe_names]):
            for text, doc in zip(todo, nlp.pipe(todo, batch_size=64), strict=True):
                _DOC_CACHE[text] = doc
        while len(_DOC_CACHE) > DOC_CACHE_SIZE:
            _DOC_CACHE.popitem(last=False)
    return [_DOC_CACHE[t] for t in texts]


_COORDINATORS = frozenset({"and", "&", "or", "nor", "plus"})


def _and_pairs(src: str) -> list[tuple[str, str]]:
    """(word before, first content word after) every "and" of ``src``."""
    # "Lady Gaga (left) and Lourdes Leon (right)": the member before "and" is outside the
    # parenthesis
    toks = [t for t in tokenise(re.sub(r"\([^()]{0,40}\)", " ", src))
            if t.low[:1].isalnum() or t.low == ","]
    out = []
    for k in range(1, len(toks) - 1):
        if toks[k].low in _COORDINATORS:
            nxt = next((t for t in toks[k + 1:k + 4] if t.low not in _DETERMINERS), None)
            if nxt is not None:
                out.append((toks[k - 1].stem, nxt.stem))
    return out


def _member_stems(tok: SpacyToken) -> set[str]:
    out = {stem(tok.lower_)}
    out |= {stem(c.lower_) for c in tok.children if c.dep_ in ("compound", "flat")}
    return out


_PREDICATE_DEPS = frozenset({"dobj", "attr", "acomp", "prep", "xcomp", "ccomp", "oprd", "dative"})


_GROUP_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "pobj"})
"""Where a coordinated list of actors stands: a subject, an object, a predicate noun."""
_DETERMINERS = words("a an the his her their its our my your this that these those")


def _groups(doc: Doc) -> list[tuple[str, str, list[SpacyToken]]]:
    """(dependency, head lemma, members) of every coordinated noun phrase of ``doc``."""
    out = []
    for tok in doc:
        if tok.dep_ not in _GROUP_DEPS or tok.pos_ not in ("PROPN", "NOUN"):
            continue
        conj = [c for c in tok.conjuncts if c.pos_ in ("PROPN", "NOUN")]
        out.append((tok.dep_, tok.head.lemma_.lower(), [tok, *conj]))
    return out


def _one_referent(doc: Doc, members: Sequence[SpacyToken], verb: SpacyToken) -> bool:
    """"An Air Force veteran and former Playboy model was arrested": one person, two nouns;
    "the mother and the father": determiners on both, two people, but such lists of
    roles are left to the lexical check."""
    if any(c.lower_ == "plus" for m in members for c in m.children):
        return False  # "the drug plus chemotherapy has been licensed": two things
    last = max(m.i for m in members)
    singular = verb.tag_ == "VBZ" or any(c.lower_ in ("is", "was", "has") for c in verb.children)
    titled = last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN"
    if all(m.tag_ == "NN" for m in members) and (singular or titled):
        return True
    return sum(m.tag_ == "DT" for m in members) > 1


_LIST_END = re.compile(r"(?:^|[\s,;:])((?:[A-Z][\w'’-]+ ?){1,3}), ((?:[A-Z][\w'’-]+ ?){1,3})[.!?]?$")


def _list_cut(claim: str, sources: Sequence[str]) -> list[Unsupported]:
    """A list of names that ends without its "and" where the sentence goes on with more
    members ("… least likely were Sharon, Samantha." of "… Sharon, Samantha – … – and
    Clare")."""
    m = _LIST_END.search(claim.strip())
    if not m:
        return []
    tail = f"{m.group(1).strip()}, {m.group(2).strip()}"
    for src in sources:
        k = src.find(tail)
        if k >= 0:
            rest = src[k + len(tail):k + len(tail) + 80]
            more = re.match(r"[\s,;:–—-]*(?:[^.;]*?[\s,–—-])?(and|or) ([A-Z][\w'’-]+)", rest)
            if more:
                return [Unsupported(kind="actor", text=f"{more.group(2)} (a list cut before "
                                                       f"'{more.group(1)} {more.group(2)}')")]
    return []


def actors(claim: str, sources: Sequence[str]) -> list[Unsupported]:
    """A coordinated subject of a cited sentence that the claim keeps only in part, or a
    coordinated list (subject, object, predicate noun) the claim's parse cuts short."""
    cut = _list_cut(claim, sources)
    if cut:
        return cut
    ctoks = tokenise(claim)
    cstems = {t.stem for t in ctoks}
    mine = set(_and_pairs(claim))
    candidates = [s for s in sources if any(
        ((a in cstems) != (b in cstems)) or (a in cstems and (a, b) not in mine)
        for a, b in _and_pairs(s))]
    if not candidates:
        return []
    text = _sentence_case(claim, sources) if is_title_case(claim) else claim
    cdoc, *sdocs = parse([text, *candidates])
    claim_groups = _groups(cdoc)
    for doc in sdocs:
        for tok in doc:
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ not in ("PROPN", "NOUN"):
                continue
            conj = [c for c in tok.conjuncts if c.pos_ in ("PROPN", "NOUN")]
            if not conj or not any(c.dep_ == "cc" and c.lower_ in _COORDINATORS
                                   for c in tok.children):
                continue
            verb = tok.head
            members = [tok, *conj]
            # The claim must be about the same predication: it keeps one of the verb's
            # complements ("were at the exhibit"), not merely the verb ("was").
            comps = [g for c in verb.children if c.dep_ in _PREDICATE_DEPS
                     for g in ([c] if c.dep_ != "prep" else [x for x in c.children
                                                            if x.dep_ == "pobj"])]
            comp_words = [{t.stem for t in tokenise(" ".join(x.text for x in c.subtree))
                           if t.low not in FUNCTION_WORDS} | _member_stems(c) for c in comps]
            if comps and not any(w & cstems for w in comp_words):
                continue
            if _one_referent(doc, members, verb):
                continue
            kept = [m for m in members if _member_stems(m) & cstems]
            verb_kept = stem(verb.lower_) in cstems or stem(verb.lemma_.lower()) in cstems
            if kept and len(kept) < len(members) and verb_kept:
                lost = next(m for m in members if m not in kept)
                return [Unsupported(kind="actor", text=f"{lost.text} (dropped from "
                                                       f"'{' and '.join(m.text for m in members)}')")]
        # The claim's own parse: the same list, under the same head, with fewer members
        # ("Eriksson did nothing …" where the sentence has "Eriksson and Keegan did nothing",
        # though "Keegan" comes back later in the claim).
        for dep, head, members in _groups(doc):
            if len(members) < 2 or not any(m.dep_ == "cc" or any(
                    c.dep_ == "cc" for c in m.children) for m in members):
                continue
            if dep in ("nsubj", "nsubjpass") and _one_referent(doc, members, members[0].head):
                continue
            if dep != "nsubj" and dep != "nsubjpass" and not all(
                    m.pos_ == "PROPN" for m in members):
                continue  # a list of things ("apples and pears") is left to the lexical check
            want = [_member_stems(m) for m in members]
            for cdep, chead, cmembers in claim_groups:
                if cdep != dep or chead != head:
                    continue
                have = [_member_stems(m) for m in cmembers]
                matched = [w for w in want if any(w & h for h in have)]
                if matched and len(matched) < len(want) and all(
                        any(h & w for w in want) for h in have):
                    lost = next(m for m, w in zip(members, want, strict=True) if w not in matched)
                    return [Unsupported(kind="actor", text=f"{lost.text} (dropped from "
                                                           f"'{', '.join(m.text for m in members)}')")]
    return []


def _subsequence(claim: str, sources: Sequence[str]) -> bool:
    """The claim's words are, in order, a deletion of one source's (cannot reorder roles)."""
    cl = [t.stem for t in tokenise(claim) if t.low[:1].isalnum()]
    for src in sources:
        it = iter(t.stem for t in tokenise(src) if t.low[:1].isalnum())
        if all(any(w == s for s in it) for w in cl):
            return True
    return False


def _role_table(doc: Doc, *, headline: bool = False) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """(verb stem, logical subject names, logical object names) for every verb of ``doc``.

    ``headline``: ``doc`` is a headline, where a regular past form with no auxiliary may be
    a passive participle ("Jack Grealish Handed His First Start", "Prison Criticised for
    Violence"): such a verb's roles are left out, open either way."""
    out = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ == "be":
            continue
        if headline and headline_participle(tok) and not any(c.dep_ == "agent" for c in tok.children):
            continue  # (an agent, "Arrested by Police", settles the roles)
        subj: set[str] = set()
        obj: set[str] = set()
        for c in tok.children:
            if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN"):
                subj |= _member_stems(c)
            elif c.dep_ in ("dobj", "dative", "nsubjpass") and c.pos_ in ("PROPN", "NOUN"):
                obj |= _member_stems(c)
            elif c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN"):
                        subj |= _member_stems(g)
        if subj or obj:
            out.append((stem(tok.lemma_.lower()), frozenset(subj), frozenset(obj)))
    return out


def _before(doc: Doc, word: str, verb: str) -> bool:
    """The first word of stem ``word`` in ``doc`` stands before its first verb ``verb``."""
    w = next((t.i for t in doc if stem(t.lower_) == word), None)
    v = next((t.i for t in doc if stem(t.lemma_.lower()) == verb and t.pos_ in ("VERB", "AUX")),
             None)
    return w is not None and v is not None and w < v


_TITLED = re.compile(r"((?:[A-Z][\w'’-]+ )*[A-Z][\w'’-]+) ([a-z][a-z-]+) ((?:[A-Z][\w'’-]+ ?)+)")


def title_swap(claim: str, sources: Sequence[str]) -> list[Unsupported]:
    """A name and its title's modifier swapped round the title noun ("Gethin Jenkins prop
    Cardiff Blues" of "Cardiff Blues prop Gethin Jenkins")."""
    for m in _TITLED.finditer(claim):
        a, noun, b = m.group(1).strip(), m.group(2), m.group(3).strip()
        swapped = f"{b} {noun} {a}"
        if any(swapped in src for src in sources) and not any(m.group(0).strip() in src
                                                              for src in sources):
            return [Unsupported(kind="relation", text=f"'{a}' and '{b}' swapped round "
                                                      f"'{noun}'")]
    return []


def roles(claim: str, sources: Sequence[str]) -> list[Unsupported]:
    """Who did what to whom: the claim's subject of a verb is only its object in the sources."""
    if not sources or _subsequence(claim, sources):
        return []
    cdoc, *sdocs = parse([claim, *sources])
    src = [r for d in sdocs for r in _role_table(d)]
    for verb, subj, obj in _role_table(cdoc, headline=is_title_case(claim)):
        same = [r for r in src if r[0] == verb]
        if not same:
            continue
        as_subj = any(subj & s for _, s, _ in same)
        as_obj = any(subj & o for _, _, o in same)
        obj_as_subj = any(obj & s for _, s, _ in same)
        obj_as_obj = any(obj & o for _, _, o in same)
        # A noun that is only the sentences' object of the verb made one of its subjects
        # ("Anecdotal evidence said Ms Dell …" of "Ms Dell said anecdotal evidence …")
        objs = frozenset().union(*(o for _, _, o in same))
        subjs = frozenset().union(*(s_ for _, s_, _ in same))
        moved = [x for x in (subj & objs) - subjs
                 if _before(cdoc, x, verb) and not any(_before(d, x, verb) for d in sdocs)]
        if subj and as_obj and not as_subj or obj and obj_as_subj and not obj_as_obj or moved:
            who = " ".join(sorted(subj or obj))
            return [Unsupported(kind="relation", text=f"{who}: roles of '{verb}' swapped")]
    return []


_LABEL_RE = re.compile(r"^[A-Z][A-Za-z' ]{1,30}:\s+")


def _sentence_case(text: str, sources: Sequence[str]) -> str:
    """Title Case written back to lower case except the names (words the sources capitalise
    mid-sentence), so that the parser reads a headline as a sentence."""
    names = {m.group(1) for s in sources for m in re.finditer(r"(?<=[\w,;:] )([A-Z][\w'’-]*)", s)}
    out = re.sub(r"\b([A-Z][a-z'’-]+)\b",
                 lambda m: m.group(1) if m.group(1) in names else m.group(1).lower(), text)
    return out[:1].upper() + out[1:]


def _norm(text: str) -> str:
    out = re.sub(r"[^\w]+", " ", text.lower()).strip()
    return re.sub(r"^(?:and|but|so|yet|however|also|now|then) ", "", out)


def _cut(words_: Sequence[str], sources: Sequence[str]) -> bool:
    """The claim's last words stand in a source followed by more words: it was cut there
    (a sentence that ends as its source does, "… gets a look in.", is whole)."""
    tail = [w.lower() for w in words_ if any(c.isalnum() for c in w)][-3:]
    for src in sources:
        sw = [w.lower() for w in re.findall(r"[A-Za-z0-9'’-]+", src) if any(
            c.isalnum() for c in w)]
        for k in range(len(sw) - len(tail) + 1):
            if sw[k:k + len(tail)] == tail and k + len(tail) < len(sw):
                return True
    return False


_FINITE_TAGS = frozenset({"MD", "VBZ", "VBD", "VBP"})
_BE_FORMS = words("is are was were be been has have had will would can could")


def _cut_before_verb(words_: Sequence[str], sources: Sequence[str]) -> str:
    """The finite verb (or modal) that follows the claim's last three words in a source:
    the claim kept a subject and cut its verb ("… and his voice" of "… and his voice will
    always conjure …"). Empty when there is none."""
    tail = [w.lower() for w in words_ if any(c.isalnum() for c in w)][-3:]
    if len(tail) < 3:
        return ""
    for src in sources:
        if tail[-1] not in src.lower():
            continue
        doc = parse([src])[0]
        toks = [t for t in doc if any(c.isalnum() for c in t.text)]
        lows = [t.lower_ for t in toks]
        for k in range(len(lows) - 3):
            if lows[k:k + 3] == tail and toks[k + 3].i == toks[k + 2].i + 1 and (
                    toks[k + 3].tag_ in _FINITE_TAGS and toks[k + 3].lower_ not in REPORTING
                    and stem(toks[k + 3].lower_) not in REPORTING
                    and toks[k + 2].dep_ in ("nsubj", "nsubjpass", "conj")
                    and toks[k + 2].pos_ in ("NOUN", "PROPN", "PRON")):
                return str(toks[k + 3].text)
    return ""


def _run_on(doc: Doc) -> str:
    """Two sentences run together with no punctuation or conjunction: a finite verb parsed
    as the subject of another ("Benaud was renowned is equally memorable"), a clause
    with its own subject hung on a verb that takes no clause ("… posted messages …
    products Alan Hartley shared a cartoon"), a capitalised "The" mid-sentence before a
    common noun ("… against Leeds United The club, including …")."""
    for t in doc:
        if t.dep_ == "csubj" and t.tag_ in ("VBD", "VBZ") and not any(
                x.lower_ in _WH_OR_THAT for x in t.subtree):
            return f"'{t.text}' runs into another verb"
        if (t.dep_ == "ccomp" and t.tag_ in ("VBD", "VBZ", "VBP")
                and t.head.pos_ == "VERB" and stem(t.head.lemma_.lower()) not in REPORTING
                and stem(t.head.lemma_.lower()) not in CONTESTED_VERBS
                and t.head.lemma_.lower() not in _CLAUSE_TAKERS and t.i > t.head.i
                and any(c.dep_ == "dobj" for c in t.head.children)):
            first = min(x.i for x in t.subtree)
            before = doc[first - 1] if first else None
            if (any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
                    and not any(c.dep_ == "mark" for c in t.children)
                    and doc[first].is_title and before is not None and before.is_alpha
                    and before.is_lower):
                return f"'{doc[first].text} …' starts a new sentence"
        # "… for selling imported goods Mark Jones shared a cartoon": an object noun with
        # no determiner, then a name and its verb ("a livid John Carver promised", "TV
        # star Bear Grylls lent" are one phrase)
        if (t.tag_ in ("NN", "NNS") and t.is_lower and t.i + 3 < len(doc)
                and t.dep_ in ("dobj", "pobj")
                and not any(c.dep_ in ("det", "poss") for c in t.children)
                and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].is_title):
            j = t.i + 1
            while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title:
                j += 1
            # "guard John Smith posted …": a title noun on the name is no break
            # "his friend John Fisher told …": the noun is the subject, the name its apposition
            if (t.dep_ not in ("compound", "amod") and not t.i < t.head.i <= j
                    and not any(doc[m].head.i == t.i for m in range(t.i + 1, j))
                    and j - t.i > 2 and j < len(doc) and doc[j].tag_ in ("VBD", "VBZ") and any(
                    c.dep_ == "dobj" for c in doc[j].children)):
                # "… imported goods Mark Jones shared a cartoon …": no contact relative
                # ("the shops John Lewis owns") has an object of its own
                return f"'{doc[t.i + 1].text} …' starts a new sentence"
        if (t.text in ("The", "A", "An") and t.i > 0 and doc[t.i - 1].is_alpha
                and t.i + 1 < len(doc) and doc[t.i + 1].is_lower and doc[t.i + 1].is_alpha):
            return f"'{t.text} {doc[t.i + 1].text}' starts a new sentence"
    return ""


_WH_OR_THAT = words("what who whom whose which where when why how whether that whatever "
                    "whoever if")
_CLAUSE_TAKERS = words("""
    think know hope fear feel believe expect guess mean suppose wish say tell find show
    see hear notice realise realize understand learn decide agree argue ensure insist
    suggest prove doubt assume imagine remember forget admit acknowledge recall bet
    """)
"""Verbs that take a clause without "that" ("he thinks it works")."""


_DO = words("do does did")
_LIGHT_VERBS = words("take make give pay have")
LIGHT_OBJECTS: frozenset[str] = words("""
    place part effect hold care shape sense note notice advantage issue aim account
    """)
"""Objects of light-verb idioms ("took place", "took part"): what no "What did X take?" asks."""


def _garbled_question(text: str, sources: Sequence[str]) -> str:
    """Why a question is not English, or asks for half an idiom; empty when it is fine.

    "Who Devon had been drinking with …?" (a wh-object with no inversion), "What did
    footage show carpet to rescue the pets?" (do-support and "to" on one verb), "What did
    the incident take on April 1?" (the sentence says "took place"). Do-support with no
    verb is not checked: the parser tags too many short questions' verbs as nouns
    ("What did charities welcome?")."""
    if is_title_case(text):
        text = _sentence_case(text, sources)
    doc = parse([text])[0]
    toks = [t for t in doc if not t.is_punct]
    if len(toks) < 3:
        return ""
    wh = toks[0]
    if wh.lower_ in ("who", "what") and wh.dep_ not in ("nsubj", "nsubjpass", "det", "attr") \
            and toks[1].dep_ in ("nsubj", "nsubjpass", "compound", "det", "amod") and any(
                t.dep_ in ("nsubj", "nsubjpass") and t.i > wh.i
                and min(x.i for x in t.subtree) == toks[1].i for t in doc):
        return f"'{wh.text} {toks[1].text} …' asks without inverting"
    for t in doc:
        kids = {c.lower_ for c in t.children if c.dep_ == "aux"}
        if kids & _DO and "to" in kids:
            return f"'{t.text}' has both '{sorted(kids & _DO)[0]}' and 'to'"
    verbs = {stem(t.lemma_.lower()) for t in doc if t.pos_ == "VERB"}
    if wh.lower_ == "what" and verbs:
        for sdoc in parse(list(sources)):
            for t in sdoc:
                if stem(t.lemma_.lower()) in verbs and t.lemma_.lower() in _LIGHT_VERBS and any(
                        c.dep_ == "dobj" and c.lemma_.lower() in LIGHT_OBJECTS
                        and not list(c.children)  # bare: "took place", not "includes child care"
                        and c.lower_ not in text.lower().split() for c in t.children):
                    obj = next(c for c in t.children if c.dep_ == "dobj")
                    return f"asks for the '{obj.text}' of '{t.text} {obj.text}'"
    return ""


def _headline_verb(doc: Doc, sources: Sequence[str]) -> bool:
    """Headlinese the parser reads as a noun phrase ("Police arrest man in Leeds", "Palls
    of smoke billow from …", "billow" read as an adjective): a word after the first that
    the sources use as a verb."""
    verbs = {stem(t.lemma_.lower()) for d in parse(list(sources)) for t in d
             if t.pos_ == "VERB"}
    return any(stem(t.lower_) in verbs or stem(t.lemma_.lower()) in verbs
               for t in doc[1:] if t.pos_ in ("NOUN", "VERB", "PROPN", "ADJ"))


_QUOTE_THEN_SPEAKER = re.compile(r"[,.!?][\"”’']\s+(?:[A-Z][\w.'’-]*\s+){0,6}(?:[a-z]+\s+)?"
                                r"(?:said|says|added|adds|told|tells|asked|asks|wrote|writes|explained|explains)\W*$")
"""A quotation closed before its speaker ('"…," John Grunsfeld said.'): the verb of saying
ends the statement with its object, the quotation, in front of it."""


def fragment(claim: str, sources: Sequence[str], *, kind: str = "fact") -> list[Unsupported]:
    """A statement that is not a clause (or a question left dangling)."""
    text = claim.strip()
    if kind == "analysis":
        text = _LABEL_RE.sub("", text)
    norm = _norm(text)
    if any(norm == _norm(s) for s in sources):
        return []  # the source's own sentence
    words_ = re.findall(r"[A-Za-z0-9'’-]+", text)
    if not words_:
        return [Unsupported(kind="fragment", text="empty")]
    ends = _END_QUESTION if kind == "question" else _END_FUNCTION
    if (words_[-1].lower() in ends and not text.rstrip().endswith(("'", '"', "’", "”"))
            and (kind == "question" or _cut(words_, sources))):
        return [Unsupported(kind="fragment", text=f"ends in '{words_[-1]}'")]
    if re.search(r":[\s'\"‘’“”]*[.?!]?[\s'\"‘’“”]*$", text):
        return [Unsupported(kind="fragment", text="ends on a colon: what follows is gone")]
    template = kind == "analysis" and text == claim.strip()
    # A question ends on what it asks about ("What did NASA say about the telescope?"),
    # unless "Who" stands for the subject and the rest ran on into another clause.
    who_did = kind == "question" and len(words_) > 2 and words_[0].lower() == "who" and (
        words_[1].lower() not in _BE_FORMS)
    verb = "" if template or (kind == "question" and not who_did) else _cut_before_verb(
        words_, sources)
    if verb:
        return [Unsupported(kind="fragment", text=f"cut before its verb '{verb}'")]
    if kind == "question":
        bad = _garbled_question(text, sources)
        return [Unsupported(kind="fragment", text=bad)] if bad else []
    if words_[0].lower() in ("why", "how", "whether") and not text.rstrip().endswith("?"):
        return [Unsupported(kind="fragment", text=f"a '{words_[0]}' clause, not a statement")]
    if kind == "analysis" and text == claim.strip():
        return []  # a point-of-view template ("The story centres on …"): no label, no check
    if is_title_case(text):
        text = _sentence_case(text, sources)
    doc = parse([text])[0]
    sents = list(doc.sents)
    root = sents[0].root if sents else None
    if root is None:
        return []
    run = _run_on(doc)
    if run:
        return [Unsupported(kind="fragment", text=run)]
    finite = [t for t in doc if t.tag_ in ("VBD", "VBZ", "VBP", "MD") or (
        t.tag_ == "VB" and any(c.tag_ == "MD" for c in t.children))]
    subj = [t for t in doc if t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
    imperative = root.tag_ == "VB" and not subj
    copula = bool(finite) and root.lemma_ == "be"  # "At the rally were X and Y."
    headline_future = any(t.lower_ == "to" and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "VB"
                          and t.i > 0 and doc[t.i - 1].pos_ in ("NOUN", "PROPN") for t in doc)
    if not (imperative or copula or headline_future) and (not finite or not subj) \
            and not _headline_verb(doc, sources):
        return [Unsupported(kind="fragment", text="no subject and finite verb")]
    last = [t for t in doc if not t.is_punct]
    if last:
        end = last[-1]
        head = end if end.pos_ in ("VERB", "AUX") else None
        passive = head is not None and (head.tag_ == "VBN" and (
            any(c.dep_ == "auxpass" for c in head.children)
            or not any(c.dep_ == "aux" for c in head.children))  # "… Band Released"
            or any(re.search(rf"\b(?:been|was|were|is|are|be)\s+{re.escape(end.lower_)}\b",
                             src, re.IGNORECASE) for src in sources))
        if head is not None and head.lemma_.lower() in OBJECT_VERBS and not passive \
                and _cut(words_, sources) and not _QUOTE_THEN_SPEAKER.search(text) and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "prep", "dative",
                                       "prt", "oprd") for c in head.children):
            return [Unsupported(kind="fragment", text=f"'{end.text}' without its object")]
        if end.lower_ in COMPLEMENT_ADJECTIVES and end.pos_ == "ADJ" and _cut(words_, sources):
            return [Unsupported(kind="fragment", text=f"'{end.text}' without its complement")]
    return []


def _owner_cues(text: str) -> Counter[str]:
    """The owner cues of a text: contested verbs, markers, "according", a quotation."""
    toks = tokenise(text)
    out = Counter(t.stem for t in toks if t.stem in CONTESTED_VERBS)
    out.update(t.low for t in toks if t.low in ATTRIBUTION_MARKERS or t.low == "according")
    if _QUOTE_RE.search(text.translate(QUOTES)):
        out["<quote>"] += 1
    return out


def _hedge_cues(text: str) -> Counter[str]:
    toks = tokenise(text)
    return Counter(t.low for i, t in enumerate(toks) if _is_hedge(toks, i) or t.low in CONDITIONS)


def _with_cue(claim: str, sources: Sequence[str],
              cues: Callable[[str], Counter[str]]) -> list[str]:
    """The sources to check a cue against: none when one cited sentence whose cues the claim
    all keeps holds nearly all of the claim's content words, else all of them."""
    ctoks = tokenise(claim)
    want = _stems(ctoks, _content(ctoks))
    if not want:
        return list(sources)
    mine = cues(claim)
    for src in sources:
        if not cues(src) - mine and len(want & {t.stem for t in tokenise(src)}) >= 0.8 * len(want):
            return []
    return list(sources)


def check_meaning(
    claim: str, sources: Sequence[str], *, kind: str = "fact"
) -> list[Unsupported]:
    """Every meaning change of ``claim`` against ``sources`` the checks above can see."""
    if not claim.strip() or not sources:
        return []
    out: list[Unsupported] = []
    out += name_slots(claim, sources)
    out += number_slots(claim, sources)
    if kind != "question":
        # A cited sentence that says it all without the cue outweighs one that has the cue
        # ("Holyfield beat Bowe …" from s30 beside "the only man who could beat Holyfield").
        out += attribution(claim, _with_cue(claim, sources, _owner_cues))
        flips = reporting_negation(claim, sources)
        out += flips or dropped_negation(claim, sources)
        out += hedges(claim, _with_cue(claim, sources, _hedge_cues))
        out += actors(claim, sources)
        if kind == "fact":
            out += roles(claim, sources) or title_swap(claim, sources)
    out += fragment(claim, sources, kind=kind)
    return out
