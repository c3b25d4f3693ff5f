"""Entities across stories: one stable slug for "PM Modi", "Prime Minister Narendra Modi" and "Modi".

The resolver is conservative. A person named in full ("Narendra Modi", "A.P. Singh")
gets the slug of that full name (titles, honorifics and lone middle initials dropped),
so the slug is the same whatever order stories arrive in. A person named only by a
surname ("Modi", "PM Modi") joins a known full-named person only when exactly one known
person has that surname *and* the story gives a reason: the same office ("PM" is
"Prime Minister"), or another entity the two share (the story names "India", and so
did the stories of Narendra Modi). Otherwise the surname keeps a slug of its own, and
two people who share only a surname stay apart. Organisations and places are keyed by
their normalised name and any short form the story gave ("the United Nations", "UN").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from copydesk.model import Entity

__all__ = ["INDEXED_KINDS", "Known", "Lookup", "MemoryLookup", "Resolved", "name_key", "resolve_entities", "slugify", "title_key"]

INDEXED_KINDS = frozenset({"PERSON", "ORG", "PLACE", "FACILITY", "EVENT"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "the"})
_TITLE_FORMS = {
    "pm": "prime minister", "prez": "president", "fm": "foreign minister", "gen": "general",
    "col": "colonel", "sen": "senator", "rep": "representative", "gov": "governor",
}
_TITLE_WORDS = frozenset({
    "prime", "minister", "president", "pm", "chancellor", "king", "queen", "prince", "princess",
    "general", "colonel", "air", "marshal", "admiral", "senator", "governor", "secretary",
    "chief", "defence", "defense", "foreign", "vice", "deputy", "premier", "pope", "justice",
})


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def slugify(text: str) -> str:
    """``"Narendra Modi"`` → ``"narendra-modi"``; ``"A.P. Singh"`` → ``"ap-singh"``."""
    words = re.sub(r"[^a-z0-9\s-]", "", _ascii(text).lower().replace("-", " ")).split()
    return "-".join(words)


def name_key(name: str, kind: str) -> str:
    """The key two mentions of one entity share: lower-case words, no honorifics or titles
    (people), no lone middle initials, no leading "the".

    >>> name_key("Prime Minister Narendra Modi", "PERSON"), name_key("Vladimir V. Putin", "PERSON")
    ('narendra modi', 'vladimir putin')
    """
    text = _ascii(name).lower().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"(?<=\b[a-z])\.(?=[a-z]\.)", "", text)  # "a.p." → "ap."
    words = re.sub(r"[^a-z0-9\s-]", " ", text).replace("-", " ").split()
    if kind == "PERSON":
        while len(words) > 1 and (words[0] in _HONORIFICS or words[0] in _TITLE_WORDS):
            words = words[1:]
        if len(words) > 2:
            words = [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]
    elif words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def title_key(title: str | None) -> str:
    """An office in one spelling: ``"PM"`` → ``"prime minister"``."""
    if not title:
        return ""
    t = " ".join(re.sub(r"[^a-z\s]", " ", title.lower()).split())
    return _TITLE_FORMS.get(t, t)


@dataclass(frozen=True)
class Known:
    """An entity already in the corpus."""

    slug: str
    kind: str
    name: str
    titles: frozenset[str] = frozenset()


class Lookup(Protocol):
    """What the resolver asks the corpus (an SQL index or a dict)."""

    def by_alias(self, key: str, kind: str) -> Sequence[Known]: ...
    def by_surname(self, surname: str) -> Sequence[Known]: ...
    def neighbours(self, slug: str) -> set[str]: ...


@dataclass
class MemoryLookup:
    """A :class:`Lookup` over dictionaries, filled with :meth:`add`."""

    known: dict[str, Known] = field(default_factory=dict)
    aliases: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    surnames: dict[str, set[str]] = field(default_factory=dict)
    together: dict[str, set[str]] = field(default_factory=dict)

    def by_alias(self, key: str, kind: str) -> Sequence[Known]:
        return [self.known[s] for s in sorted(self.aliases.get((_group(kind), key), ()))]

    def by_surname(self, surname: str) -> Sequence[Known]:
        return [self.known[s] for s in sorted(self.surnames.get(surname, ()))]

    def neighbours(self, slug: str) -> set[str]:
        return self.together.get(slug, set())

    def add(self, resolved: Sequence[Resolved]) -> None:
        """Register one story's resolved entities (and that they appeared together)."""
        slugs = {r.slug for r in resolved}
        for r in resolved:
            old = self.known.get(r.slug)
            titles = (old.titles if old else frozenset()) | ({r.title} if r.title else set())
            self.known[r.slug] = Known(r.slug, r.kind, old.name if old else r.name, frozenset(titles))
            for a in r.aliases:
                self.aliases.setdefault((_group(r.kind), a), set()).add(r.slug)
            if r.kind == "PERSON" and r.full:
                self.surnames.setdefault(r.key.split()[-1], set()).add(r.slug)
            self.together.setdefault(r.slug, set()).update(slugs - {r.slug})


@dataclass(frozen=True)
class Resolved:
    """A story entity with its corpus slug."""

    entity: str
    """The entity id within its story."""
    slug: str
    kind: str
    name: str
    key: str
    title: str
    full: bool
    """A person named with more than a surname."""
    aliases: tuple[str, ...]


def _group(kind: str) -> str:
    return "PLACE" if kind in ("PLACE", "FACILITY") else kind


def _aliases(ent: Entity) -> tuple[str, ...]:
    keys = [name_key(n, ent.kind) for n in (ent.name, *ent.aliases)]
    return tuple(dict.fromkeys(k for k in keys if k))


def resolve_entities(entities: Iterable[Entity], lookup: Lookup) -> list[Resolved]:
    """Slugs for one story's entities, against what ``lookup`` knows (see the module docstring)."""
    ents = [e for e in entities if e.kind in INDEXED_KINDS and name_key(e.name, e.kind)]
    out: list[Resolved] = []
    # Everything but bare surnames first: they are the story's context for its surnames.
    ents.sort(key=lambda e: e.kind == "PERSON" and len(name_key(e.name, e.kind).split()) < 2)
    for e in ents:
        key = name_key(e.name, e.kind)
        title = title_key(e.title)
        aliases = _aliases(e)
        full = e.kind == "PERSON" and len(key.split()) > 1
        if e.kind == "PERSON" and not full:
            slug = _surname_slug(key, title, {r.slug for r in out}, lookup, out)
        elif e.kind == "PERSON":
            slug = slugify(key)
        else:
            known = [k for a in aliases for k in lookup.by_alias(a, e.kind)]
            slugs = sorted({k.slug for k in known})
            slug = slugs[0] if len(slugs) == 1 else slugify(key)
        out.append(Resolved(e.id, slug, e.kind, e.name, key, title, full, aliases))
    return out


def _surname_slug(
    surname: str, title: str, context: set[str], lookup: Lookup, so_far: Sequence[Resolved]
) -> str:
    """A surname's slug: its one known full-named bearer when the story gives a reason."""
    here = [r for r in so_far if r.kind == "PERSON" and r.full and r.key.split()[-1] == surname]
    if len(here) == 1:
        return here[0].slug  # the story itself names them in full
    candidates = [k for k in lookup.by_surname(surname) if k.kind == "PERSON"]
    if len(candidates) == 1:
        k = candidates[0]
        if (title and title in k.titles) or (context & lookup.neighbours(k.slug)):
            return k.slug
    return slugify(surname)
