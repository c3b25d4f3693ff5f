"""A question is checked for what it presupposes and for being answered, not for overlap.

Its names, numbers and dates must stand in its sentences (the lexical checker does
that); here, its sentences must be about it (share a content word or name with it)
and hold an answer of the kind it asks for: a cause for "why", a time for "when", a
place for "where", a number for "how many" (in the cited sentences or the one after
each), a manner for "how" (below). A yes/no question restating its sentence is
answered by it ("yes").

"How did X do Y?" is answered by what the cited sentence attaches to its verb Y: a
clause ("…, calling for a memorial"), a phrase of means or circumstance ("by", "with",
"in", "after" …), a manner adverb; for a verb of response ("respond", "react",
"explain" …), by words someone says in the sentence or the next. A sentence that only
states that X did Y ("Mr Lee then gave details of the plan") does not say how. When
none of the question's words is a verb of the sentence (a paraphrase), nothing is said.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from copydesk.grounding.lexicon import (
    FUNCTION_WORDS,
    MONTHS,
    QUESTION_FREE_WORDS,
    RELATIVE_DAYS,
    WEEKDAYS,
    words,
)
from copydesk.grounding.text import stem, tokenise
from copydesk.model import Unsupported

if TYPE_CHECKING:
    from spacy.tokens import Token as SpacyToken

_YES_NO = words("is are was were do does did has have had will would can could should may might")
_CAUSES = words("""because after since as so due over following amid for by to from
    thanks result reason cause caused led leading owing""")
_TIMES = words("""ago morning afternoon evening night week weekend month year years day days
    earlier later recently yesterday today tomorrow tonight last next before after during
    since until season decade century hour hours minutes""") | RELATIVE_DAYS
_REASONS_GIVEN = words("said says told explained added believes believe think thinks")
"""An explanation someone gives ("the governor said inflation was still too high")."""
_PLACE_PREPS = words("in at near from outside inside across to into on")
_MANNER_PREPS = words("""by with through via using in after following amid despite without
    like as thanks under""")
"""Prepositions whose phrase on a verb says how it was done (means, manner, circumstance)."""
_CAUSE_OF_DEATH = words("die died dies dying suffer suffered recover recovered perish")
_NOT_MANNER = words("""also then earlier later recently previously only really nearly
    finally eventually initially originally subsequently currently reportedly allegedly
    apparently early likely already just still even again now immediately""")
"""Adverbs on a verb that say when or how sure, not how."""
_RESPONSE_VERBS = words("""respond react reply answer explain describe feel greet defend
    justify comment""")
_SAYS = words("said says say told tells statement insisted insists denied denies added adds")


def _below_a_verb(t: SpacyToken, v: SpacyToken) -> bool:
    """Another verb stands between ``t`` and its ancestor ``v``."""
    h = t.head
    while h.i != v.i and h.head.i != h.i:
        if h.pos_ in ("VERB", "AUX"):
            return True
        h = h.head
    return False


def _says_how(question: str, sources: Sequence[str], context: Sequence[str]) -> bool | None:
    """Whether the sentences say how the question's verb was done (None: no verb of the
    question is a verb of its sentences, so nothing can be said)."""
    from copydesk.grounding.meaning import parse

    qlows = [t.low for t in tokenise(question) if t.low[:1].isalpha()]
    qstems = {stem(w) for w in qlows[2:] if w not in FUNCTION_WORDS}
    found = False
    for doc in parse(list(sources)):
        for v in doc:
            if v.pos_ != "VERB" or not ({stem(v.lower_), stem(v.lemma_.lower())} & qstems):
                continue
            found = True
            if stem(v.lemma_.lower()) in {stem(w) for w in _RESPONSE_VERBS}:
                said = [t for s in (*sources, *context) for t in tokenise(s)]
                if any(t.low in _SAYS or t.low in ('"', "'", "“", "‘") for t in said):
                    return True
            for c in v.children:
                low = c.lower_
                # a participle or subordinate clause ("…, calling for", "as they …"); not
                # a second clause with a subject of its own the parser hung there
                if c.dep_ == "advcl" and (any(
                        k.dep_ == "mark" or k.tag_ == "WRB" for k in c.children) or not any(
                        k.dep_ in ("nsubj", "nsubjpass") for k in c.children)):
                    return True
                if c.dep_ in ("acomp", "oprd") and low not in qlows:
                    return True  # "pleaded not guilty", "finished third"
                if c.dep_ == "advmod" and low.endswith("ly") and low not in _NOT_MANNER \
                        and low not in qlows:
                    return True
            for t in v.subtree:
                # a phrase of means anywhere in the verb's own clause (the parser often
                # hangs "in their messages" on the noun before it), not in a clause below
                if t.dep_ not in ("prep", "agent") or _below_a_verb(t, v):
                    continue
                if t.lower_ in _MANNER_PREPS or (t.lower_ in ("of", "from")
                                                 and v.lower_ in _CAUSE_OF_DEATH):
                    return True
    return False if found else None


def answered(question: str, sources: Sequence[str], context: Sequence[str] = ()
             ) -> list[Unsupported]:
    """Why the cited sentences do not answer ``question`` (empty when they do).

    The kind of answer (a cause, a time, a place, a number) may also stand in ``context``:
    the sentence after each cited one, where a story usually gives the explanation.
    """
    qtoks = [t for t in tokenise(question) if t.low[:1].isalnum()]
    if not qtoks:
        return []
    wh = qtoks[0].low
    if wh == "how" and len(qtoks) > 1 and qtoks[1].low in ("many", "much"):
        wh = "how many"
    qstems = {t.stem for t in qtoks if t.low not in FUNCTION_WORDS
              and t.low not in QUESTION_FREE_WORDS}
    stoks = [t for s in sources for t in tokenise(s) if t.low[:1].isalnum()]
    sstems = {t.stem for t in stoks}
    if not qstems:
        return []  # a generic question ("What happened?"): any sentence answers it
    yes_no = wh in _YES_NO
    # About the same thing: a question that names someone or something shares a word (or a
    # 5-letter start: "investigation", "investigated") with its sentences. One that names
    # nothing ("What is the name of the boy?") is not held to words it may paraphrase.
    prefixes = {t.low[:5] for t in stoks if len(t.low) >= 5}
    names = any(t.cap and not t.initial for t in tokenise(question) if t.low[:1].isalpha())
    if names and len(qstems) >= 2 and not qstems & sstems and not any(
            t.low[:5] in prefixes for t in qtoks if len(t.low) >= 5
            and t.low not in QUESTION_FREE_WORDS):
        return [Unsupported(kind="unanswered", text="its sentences are about something else")]
    new = {t.stem for t in stoks if t.low not in FUNCTION_WORDS} - qstems
    if not new and not yes_no:  # a yes/no question restating its sentence is answered: yes
        return [Unsupported(kind="unanswered", text="its sentences add nothing to it")]
    stoks = [*stoks, *(t for s in context for t in tokenise(s) if t.low[:1].isalnum())]
    lows = [t.low for t in stoks]
    if wh == "why" and not any(w in _CAUSES or w in _REASONS_GIVEN for w in lows):
        return [Unsupported(kind="unanswered", text="no cause in its sentences")]
    if wh == "when" and not any(w in _TIMES or w in MONTHS or w in WEEKDAYS or w[:1].isdigit()
                                for w in lows):
        return [Unsupported(kind="unanswered", text="no time in its sentences")]
    if wh == "how many" and not any(w[:1].isdigit() for w in lows) and not any(
            t.stem.isdigit() for t in stoks):
        return [Unsupported(kind="unanswered", text="no number in its sentences")]
    if wh == "how" and len(qtoks) > 2 and qtoks[1].low in _YES_NO and _says_how(
            question, sources, context) is False:
        return [Unsupported(kind="unanswered", text="its sentences do not say how")]
    if wh == "where" and not any(
            t.cap and not t.initial for t in stoks) and not any(w in _PLACE_PREPS for w in lows):
        return [Unsupported(kind="unanswered", text="no place in its sentences")]
    return []
