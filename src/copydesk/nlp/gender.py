"""The words that tell a person's sex, in one place for every reader of them.

The event reader (:mod:`copydesk.nlp.events`), the pronoun resolver of the generators
(:mod:`copydesk.generate.reference`) and the FAQ's and headlines' checks all decide
whether "he" can mean a person from the same tables: a title before the name ("Mr",
"Dame"), a noun that describes the person ("the actress", "his wife") and the
pronouns themselves.
"""

from __future__ import annotations

MALE_WORDS = frozenset({"he", "his", "him", "himself"})
FEMALE_WORDS = frozenset({"she", "her", "hers", "herself"})
"""The gendered pronouns, lower-cased."""

MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "duke", "earl", "baron", "father", "brother"})
FEMALE_TITLES = frozenset({
    "mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "queen", "princess", "duchess", "countess", "baroness",
    "sister",
})
"""Titles that tell a person's sex ("Mr", "Lady"), lower-cased as :attr:`Entity.title` is read."""

NOUN_GENDER: dict[str, str] = {
    **dict.fromkeys((
        "woman", "girl", "actress", "businesswoman", "heiress", "grandmother", "mother", "mum", "wife", "widow",
        "daughter", "sister", "girlfriend", "bride", "fiancee", "aunt", "niece", "spokeswoman", "chairwoman",
        "queen", "princess", "duchess",
    ), "f"),
    **dict.fromkeys((
        "man", "boy", "actor", "businessman", "grandfather", "father", "dad", "husband", "widower", "son",
        "brother", "boyfriend", "groom", "fiance", "uncle", "nephew", "spokesman", "chairman", "king", "prince",
        "duke",
    ), "m"),
}
"""Nouns that describe a person of one sex ("the actress", "his wife")."""


def title_gender(title: str | None) -> str | None:
    """"m", "f" or None from a person's title ("Mr", "Dame Judi's" title "Dame")."""
    words = (title or "").lower().split()
    if not words:
        return None
    return "m" if words[0] in MALE_TITLES else "f" if words[0] in FEMALE_TITLES else None
