"""A question is checked for what it presupposes and for being answered, not for overlap.

Its names, numbers and dates must stand in its sentences (the lexical checker does
that); here, its sentences must be about it (share a content word or name with it)
and hold an answer of the kind it asks for: a cause for "why", a time for "when", a
place for "where", a number for "how many" (in the cited sentences or the one after
each). A yes/no question restating its sentence is answered by it ("yes").
"""

from __future__ import annotations

from collections.abc import Sequence

from copydesk.grounding.lexicon import (
    FUNCTION_WORDS,
    MONTHS,
    QUESTION_FREE_WORDS,
    RELATIVE_DAYS,
    WEEKDAYS,
    words,
)
from copydesk.grounding.text import tokenise
from copydesk.model import Unsupported

_YES_NO = words("is are was were do does did has have had will would can could should may might")
_CAUSES = words("""because after since as so due over following amid for by to from
    thanks result reason cause caused led leading owing""")
_TIMES = words("""ago morning afternoon evening night week weekend month year years day days
    earlier later recently yesterday today tomorrow tonight last next before after during
    since until season decade century hour hours minutes""") | RELATIVE_DAYS
_REASONS_GIVEN = words("said says told explained added believes believe think thinks")
"""An explanation someone gives ("the governor said inflation was still too high")."""
_PLACE_PREPS = words("in at near from outside inside across to into on")


def is_yes_no(text: str) -> bool:
    """The question starts with an auxiliary ("Did …?", "Has …?")."""
    toks = [t for t in tokenise(text) if t.low[:1].isalpha()]
    return bool(toks) and toks[0].low in _YES_NO


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
    if wh == "where" and not any(
            t.cap and not t.initial for t in stoks) and not any(w in _PLACE_PREPS for w in lows):
        return [Unsupported(kind="unanswered", text="no place in its sentences")]
    return []
