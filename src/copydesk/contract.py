"""The parts table: each generated part's counts, lengths and kind, declared once.

The generators, the gate, the LLM prompt and schema, the evaluation and the property
tests all read this table (SPEC.md's contract), so a rule changes in one place.

>>> PARTS["faq"].min_items, PARTS["faq"].max_items
(3, 6)
>>> PARTS["viewpoint"].optional, PARTS["viewpoint"].within(0), PARTS["viewpoint"].within(5)
(True, True, False)
>>> PARTS["faq"].within(2), PARTS["faq"].within(7)
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True)
class PartRule:
    """What one part must be.

    ``min_items``/``max_items`` count list items (1 for single-claim parts);
    ``min_words``/``max_words`` bound each item's words (for the synopsis: the whole
    part's); ``max_chars`` bounds a single-line part; ``optional`` parts may be left
    out (with a note in provenance) when the story offers nothing that fits.
    """

    name: str
    min_items: int
    max_items: int
    min_words: int | None = None
    max_words: int | None = None
    max_chars: int | None = None
    optional: bool = False
    label_words: tuple[int, int] | None = None
    """Word bounds of an item's label (takeaways, viewpoint)."""
    fewer_ok: bool = False
    """The rules engine may publish fewer than ``min_items`` when the story supports no
    more (a shorter part rather than filler); an engine's longer list is still trimmed
    no lower than ``min_items`` by the gate."""

    def within(self, count: int) -> bool:
        """Whether ``count`` items keep this rule (an optional part may have none)."""
        if count == 0:
            return self.optional or self.fewer_ok
        return (self.min_items <= count or self.fewer_ok) and count <= self.max_items


PARTS = MappingProxyType({
    "question_headline": PartRule("question_headline", 1, 1, max_chars=90),
    "headline": PartRule("headline", 1, 1, max_chars=90),
    "seo_title": PartRule("seo_title", 1, 1, max_chars=60),
    "synopsis": PartRule("synopsis", 2, 3, min_words=35, max_words=90),
    "takeaways": PartRule("takeaways", 3, 5, max_words=30, label_words=(1, 4), fewer_ok=True),
    "viewpoint": PartRule("viewpoint", 2, 4, max_words=40, optional=True, label_words=(1, 4), fewer_ok=True),
    "faq": PartRule("faq", 3, 6, max_words=60, fewer_ok=True),
    "tags": PartRule("tags", 3, 8, fewer_ok=True),
})
"""Every part's rule, by the part's JSON name."""

VIEWPOINT_LABELS = ("Why it matters", "The backstory", "What's next", "The other side", "By the numbers")
"""The labels a point-of-view statement may carry (Axios-style context), each over a
sentence whose role fits it: significance, background, outlook, response, figures."""

TEMPLATE_WORDS = frozenset(
    {w.lower() for label in VIEWPOINT_LABELS for w in re.findall(r"[A-Za-z]+(?:'[a-z]+)?", label)}
    | {w.lower() for label in VIEWPOINT_LABELS for w in re.findall(r"[A-Za-z]+", label)}
)
"""The words the labels add (free for the grounding check): nothing else is template.
Every engine's point of view may use them, so the pipeline, the gate and the desk's
checks read them here, not from the rules engine."""

# Labels and headlines are written in News Title Case (the part rules above); the rules
# engine writes it and the gate enforces it on any engine's labels.
_SMALL = frozenset(["a", "an", "the", "and", "or", "but", "nor", "for", "of", "on", "in", "at", "to", "by", "with", "from", "as", "vs", "via"])


def title_case(words: Sequence[str]) -> str:
    """News Title Case: short function words lower case except first and last."""
    out = []
    for i, w in enumerate(words):
        if 0 < i < len(words) - 1 and w.lower() in _SMALL:
            out.append(w.lower())
        elif "-" in w.strip("-") and not any(ch.isupper() for ch in w[1:]) and "." not in w:
            out.append(_hyphenated(w))
        elif w.isupper() or any(ch.isupper() for ch in w[1:]) or "." in w:
            out.append(w)  # acronyms and names keep their case ("US", "McDonald", "A.P.")
        else:
            out.append(w[:1].upper() + w[1:])
    return " ".join(out)


_PREFIXES = frozenset(["anti", "co", "ex", "mid", "multi", "non", "post", "pre", "pro", "re", "self", "semi", "sub",
                       "super", "ultra", "e"])


def _hyphenated(word: str) -> str:
    """Each part of a lower-case compound capitalised, as headline style writes it
    ("Injury-Hit", "Second-Class", "12-Year-Old"), save a small word inside it
    ("Brother-in-Law") and what follows a prefix ("Re-elected", "Anti-austerity")."""
    parts = word.split("-")
    out = [parts[0][:1].upper() + parts[0][1:]]
    for k, part in enumerate(parts[1:], start=1):
        lower = part in _SMALL or parts[k - 1].lower() in _PREFIXES
        out.append(part if lower else part[:1].upper() + part[1:])
    return "-".join(out)

