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
* *What's next* — a planned or future event (role ``next`` and a main clause in the
  future: "will", "is due to", a later date), never one that already happened.

Each label at most once, each sentence at most once, none the synopsis or the
takeaways used. When fewer than two sentences fit, the part is left out (``()``): a
template ("The story centres on …") or filler ("Context: …") is worse than nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Token

from copydesk.contract import PARTS, VIEWPOINT_LABELS
from copydesk.generate.quotes import speech_continuations
from copydesk.generate.select import Candidate, jaccard
from copydesk.generate.takeaways import Bullet, prepare, upcoming
from copydesk.model import Analysis, Claim

WHY, BACKSTORY, NEXT, OTHER_SIDE, NUMBERS = VIEWPOINT_LABELS
MIN_ITEMS = PARTS["viewpoint"].min_items
MAX_ITEMS = PARTS["viewpoint"].max_items
MAX_WORDS = (PARTS["viewpoint"].max_words or 40) - 4
"""Words of the sentence after its label (the label takes up to three, plus slack)."""

TEMPLATE_WORDS = frozenset(
    {w.lower() for label in VIEWPOINT_LABELS for w in re.findall(r"[A-Za-z]+(?:'[a-z]+)?", label)}
    | {w.lower() for label in VIEWPOINT_LABELS for w in re.findall(r"[A-Za-z]+", label)}
)
"""The words the labels add (free for the grounding check): nothing else is template."""

# Significance the story states, not the word "first" in "first six games".
_SIGNIFICANT = re.compile(
    r"\b(?:for the first time|first[- ]ever|the first (?:\w+ ){0,3}(?:to|in|since|of its kind|ever)|"
    r"(?:world|national|british|club|all-time|new) record|(?:broke|breaks|set|sets|equalled|smashed|shattered) "
    r"(?:the |a )?(?:[\w-]+ ){0,3}record|record[- ](?:high|low|breaking|number|levels?)|"
    r"(?:largest|biggest|highest|lowest|worst|best) (?:\w+ ){0,3}(?:ever|since|in (?:history|the world|europe|britain|the uk|the us|the country))|"
    r"historic|landmark|unprecedented|milestone|breakthrough|"
    r"could (?:affect|mean|lead|cost|see|leave|force|put)|would (?:mean|affect|cost|leave|force)|means that|"
    r"raises? (?:questions|fears|concerns)|threatens?|at risk|crisis|major blow|blow to|boost to|"
    r"significan(?:t|ce)|crucial|key to|paves? the way)\b",
    re.I,
)
_OTHER_SIDE = re.compile(
    r"\b(?:den(?:y|ies|ied|ial)|dispute[sd]?|refute[sd]?|reject(?:s|ed)?|dismiss(?:es|ed)?|"
    r"respon(?:d|ds|ded|se)|repl(?:y|ied|ies)|hit back|declined to comment|did not (?:immediately )?respond|"
    r"could not be reached|pleaded not guilty|innocen(?:t|ce)|in a statement|insist(?:s|ed)?|defend(?:s|ed)?)\b",
    re.I,
)
_EARLIER = re.compile(
    r"\b(?:last (?:year|month|week|season|summer|winter|spring|autumn|time)|previously|earlier this (?:year|month|week)|"
    r"\d+ (?:years?|months?|weeks?) ago|in (?:19|20)\d\d|since (?:19|20)\d\d|first (?:came|emerged|appeared)|"
    r"history of|has long|had (?:been|already))\b",
    re.I,
)


def _fits_why(c: Candidate, b: Bullet, analysis: Analysis) -> bool:
    """Significance the sentence states in its own words, not inside a quotation."""
    if not c.roles.has("significance"):
        return False
    text = _outside_quotes(b.text)
    m = _SIGNIFICANT.search(text)
    # "will not put the crew at risk" says what is *not* at stake.
    clause = re.split(r"[,;:–—]", text[: m.start()])[-1] if m else ""
    return m is not None and not re.search(r"\b(?:not|never|no)\b|n['’]t\b", clause)


def _outside_quotes(text: str) -> str:
    return re.sub(r"(?:^|(?<=\s))[‘“'\"][^’”\"]*?[’”'\"](?=[\s,.;:!?]|$)", " ", text)


def _fits_backstory(c: Candidate, b: Bullet, analysis: Analysis) -> bool:
    """An earlier event: the role, a past main clause, and a date or cue that says earlier."""
    if not (c.roles.has("background") or _earlier_year(b.text, analysis)) or upcoming(c, analysis) \
            or c.facts.tense == "future":
        return False
    root = c.span.root
    past = root.tag_ in {"VBD", "VBN"} or any(a.lower_ in {"had", "has", "have", "was", "were"} for a in root.children)
    ref = analysis.reference_date.isoformat() if analysis.reference_date else None
    earlier_date = any(
        d.sentence == c.id and d.value and ref and d.value < ref[: len(d.value)] for d in analysis.dates
    )
    return past and (earlier_date or bool(_EARLIER.search(b.text)) or _earlier_year(b.text, analysis))


_YEAR_IN = re.compile(r"\b(?:in|by|since|during|from|until|of|between) (?:(?:early|late|mid|the summer of|the spring of|"
                      r"the autumn of|the winter of|January|February|March|April|May|June|July|August|September|"
                      r"October|November|December)[ -]?)?(?:\d{1,2},? )?((?:19|20)\d\d)\b")


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


def _fits_next(c: Candidate, b: Bullet, analysis: Analysis) -> bool:
    """A planned or future event the story reports, not a "will" inside someone's quote."""
    return c.roles.has("next") and not c.facts.is_quote and upcoming(c, analysis)


def _fits_other_side(c: Candidate, b: Bullet, analysis: Analysis) -> bool:
    return c.roles.has("other_side") and bool(_OTHER_SIDE.search(b.text))


_BIG_NUMBER = re.compile(r"[£$€]\s?\d|\d\s?(?:%|per ?cent)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty)[ -](?:%|per ?cent)|\b\d{1,3}(?:,\d{3})+\b|\b(?:million|billion)\b", re.I)


def _fits_numbers(c: Candidate, b: Bullet, analysis: Analysis) -> bool:
    """A key figure: money, a share, a count of hundreds or more — not a year, an age
    or a score."""
    if not c.roles.has("numbers"):
        return False
    text = re.sub(r"\b(?:19|20)\d\d\b", "", _outside_quotes(b.text))  # the story's figure, not a quote's
    if any(t.ent_type_ in {"MONEY", "PERCENT", "QUANTITY"} and t.text in text for t in c.span):
        return True
    return bool(_BIG_NUMBER.search(text)) or any(_counts_things(t, text) for t in c.span)


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
    inside = speech_continuations(analysis)
    ready: list[Bullet] = []
    for c in cands:
        if c.id in used or any(jaccard(c.lemmas, u.lemmas) > 0.5 for u in used_cands):
            continue
        b = prepare(c, analysis, context=context, max_words=MAX_WORDS, inside_quote=inside)
        if b is not None:
            ready.append(b)
    by_salience = sorted(ready, key=lambda b: (-b.cand.salience, b.cand.index))
    chosen: dict[str, Bullet] = {}
    taken: set[str] = set()
    # The scarcest labels first, so a sentence that fits two goes where it is needed.
    for label, fit in sorted(ORDER, key=lambda lf: sum(1 for b in ready if lf[1](b.cand, b, analysis))):
        for b in by_salience:
            if b.cand.id in taken or any(jaccard(b.cand.lemmas, o.cand.lemmas) > 0.4 for o in chosen.values()):
                continue
            if fit(b.cand, b, analysis):
                chosen[label] = b
                taken.add(b.cand.id)
                break
    for label in _DROP_FIRST:
        if len(chosen) <= MAX_ITEMS:
            break
        chosen.pop(label, None)
    if len(chosen) < MIN_ITEMS:
        return []
    return [(label, chosen[label]) for label, _ in ORDER if label in chosen]


def release_order(planned: Sequence[tuple[str, Bullet]]) -> list[str]:
    """The planned sentences' ids, the one the point of view can best spare first."""
    rank = {label: i for i, label in enumerate(_DROP_FIRST)}
    return [b.cand.id for label, b in sorted(planned, key=lambda lb: rank[lb[0]])]


def viewpoint(
    cands: Sequence[Candidate], analysis: Analysis, *, main: Candidate | None, used_ids: Sequence[str] = (),
) -> tuple[Claim, ...]:
    """2–4 ``Label: sentence`` analysis statements, or ``()`` when fewer than two fit.

    ``used_ids``: the sentences the synopsis and the takeaways cite (never reused).
    """
    return tuple(
        Claim(text=f"{label}: {b.text}", cites=b.cites, kind="analysis")
        for label, b in plan(cands, analysis, main=main, used_ids=used_ids)
    )
