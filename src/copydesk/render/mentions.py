"""Which of the story's entities go into the JSON-LD ``about``/``mentions``, and as what type.

The entity recogniser's labels are right most of the time, but a wrong type published
as structured data is a false statement about the story ("the Su-57 is a Place",
"S-400 is a Person"). So an entity is published only when the story itself backs its
type: a person with a rank, a role or a full name; an organisation whose name says
what it is; a place named in the dateline or after a locative preposition; and so on.
Everything else is left out: a missing mention costs nothing, a mistyped one misleads.

>>> from copydesk.model import Entity
>>> schema_type(Entity(id="e1", kind="PERSON", name="S-400"), "")  is None
True
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from copydesk.model import Analysis, Entity

SCHEMA_TYPES = {
    "PERSON": "Person", "ORG": "Organization", "PLACE": "Place", "FACILITY": "Place",
    "EVENT": "Event", "PRODUCT": "Product", "LAW": "Legislation", "WORK_OF_ART": "CreativeWork",
}


def _words(*groups: str) -> frozenset[str]:
    return frozenset(w.lower() for g in groups for w in g.split())


_ORG_WORDS = _words(
    "Ministry Ministries Department Agency Force Forces Army Navy Police Academy University College",
    "School Institute Council Commission Committee Court Parliament Assembly Senate Congress Cabinet",
    "Government Party Union Federation Association Society League Club Company Corporation Corp",
    "Corp. Inc Inc. Ltd Ltd. LLC plc Group Bank Fund Foundation Authority Board Bureau Office",
    "Service Services Organisation Organization Airlines Airways Railways Times Post News Press",
    "Network Trust Alliance Coalition Guard Command Regiment Brigade Division Directorate Secretariat",
    "Centre Center Laboratory Laboratories Hospital Church Team FC Industries Systems Motors",
)
# A word that names a person's rank or office: never part of an organisation's name
# the recogniser got right ("PM Modi" as ORG, "Air Marshal Singh" as ORG).
_TITLE_WORDS = _words(
    "PM Minister President Marshal General Colonel Lieutenant Major Captain Admiral Commander",
    "Chief Secretary Governor Senator Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Lady Lord King Queen",
    "Prince Princess Justice Judge Mayor Chancellor Ambassador Officer Sergeant Brigadier",
)
_FACILITY_WORDS = _words(
    "Airport Airbase Base Station Bridge Stadium Hospital Port Harbour Harbor Palace Tower Hall",
    "House Square Museum Prison Jail Plant Dam Road Highway Street Avenue Building Church Mosque",
    "Temple Cathedral Park Arena Centre Center Terminal Camp Barracks Embassy Consulate Mall",
    "Market Tunnel Canal Railway Reactor Refinery Mine Field Garden Gardens Library Theatre Theater",
)
_PLACE_WORDS = _words(
    "City Town Village River Province State County District Region Island Islands Mountain",
    "Mountains Mount Lake Sea Ocean Gulf Bay Valley Desert Coast Strait Peninsula Territory",
    "Republic Kingdom Emirates",
)
_EVENT_WORDS = _words(
    "Games Olympics Olympic Cup War Summit Conference Festival Election Elections Championship",
    "Championships Open Awards Day Week Forum Expo Show Marathon Crisis Revolution Tournament",
    "Series Grand Prix Congress Talks Exercise Drill Drills Meeting Assembly Session Ceremony",
)
_LAW_WORDS = _words(
    "Act Bill Law Treaty Amendment Convention Code Constitution Agreement Accord Directive",
    "Regulation Regulations Ordinance Charter Protocol Statute",
)
_NAME_WORD = re.compile(r"^(?:[A-Z][a-z'’\-]+|[A-Z]\.(?:[A-Z]\.)*|[A-Z][a-z]*[A-Z][a-z]+|Mc[A-Z][a-z]+)$")
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")
_LOCATIVE = r"(?:in|at|on|from|near|across|outside|inside|around|throughout|to|into|towards|toward|visited|visiting)"


def _tokens(name: str) -> list[str]:
    return name.replace("-", " ").split()


def _has(words: frozenset[str], name: str) -> bool:
    return any(t.lower().strip(",.'’") in words or t.lower() in words for t in _tokens(name))


def _sane(name: str) -> bool:
    """A name that starts with a letter and holds only name characters."""
    return bool(name) and name[0].isalpha() and not re.search(r"[@#<>{}\[\]|/\\_=+*]", name)


def _person(entity: Entity) -> bool:
    name = entity.name
    if re.search(r"\d", name) or _has(_ORG_WORDS | _FACILITY_WORDS | _EVENT_WORDS | _LAW_WORDS, name):
        return False
    if entity.title:
        return True
    words = name.split()
    return len(words) >= 2 and all(_NAME_WORD.match(w) for w in words)


def _org(entity: Entity) -> bool:
    name = entity.name
    if _has(_TITLE_WORDS, name):
        return False
    return _has(_ORG_WORDS, name) or bool(_ACRONYM.match(name))


def _place(entity: Entity, analysis: Analysis, body: str) -> bool:
    name = entity.name
    if re.search(r"\d", name) or _has(_TITLE_WORDS | _ORG_WORDS, name):
        return False
    dateline = analysis.dateline
    if dateline is not None and name in dateline.places:
        return True
    if _has(_PLACE_WORDS, name):
        return True
    pattern = rf"\b{_LOCATIVE}\s+(?:the\s+)?{re.escape(name)}\b(?![-’']\w)"
    return re.search(pattern, body) is not None


def _facility(entity: Entity) -> bool:
    return not _has(_TITLE_WORDS | _ORG_WORDS - _FACILITY_WORDS, entity.name) and _has(_FACILITY_WORDS, entity.name)


def _work(entity: Entity, body: str) -> bool:
    name = re.escape(entity.name)
    return re.search(rf"[\"“‘']{name}[\"”’']", body) is not None or re.search(rf"\*{name}\*", body) is not None


def schema_type(entity: Entity, body: str, analysis: Analysis | None = None) -> str | None:
    """The schema.org type of ``entity`` when the story backs its label, else None."""
    if entity.kind not in SCHEMA_TYPES or not _sane(entity.name):
        return None
    analysis = analysis or Analysis(sentences=())
    kind = entity.kind
    confident = {
        "PERSON": lambda: _person(entity),
        "ORG": lambda: _org(entity),
        "PLACE": lambda: _place(entity, analysis, body),
        "FACILITY": lambda: _facility(entity),
        "EVENT": lambda: _has(_EVENT_WORDS, entity.name),
        "PRODUCT": lambda: bool(re.search(r"\d", entity.name)) and not _has(_TITLE_WORDS, entity.name),
        "LAW": lambda: _has(_LAW_WORDS, entity.name),
        "WORK_OF_ART": lambda: _work(entity, body),
    }[kind]()
    return SCHEMA_TYPES[kind] if confident else None


def confident_entities(entities: Iterable[Entity], analysis: Analysis, body: str) -> list[tuple[Entity, str]]:
    """The entities safe to publish with their schema.org type, most salient first.

    A name the analysis gives two different kinds (an ORG and a FACILITY "Hubble Space
    Telescope") is ambiguous and left out altogether.
    """
    entities = list(entities)
    kinds: dict[str, set[str]] = {}
    for e in entities:
        kinds.setdefault(e.name.casefold(), set()).add(SCHEMA_TYPES.get(e.kind, e.kind))
    seen: Counter[str] = Counter()
    out: list[tuple[Entity, str]] = []
    for e in sorted(entities, key=lambda e: -e.salience):
        key = e.name.casefold()
        if len(kinds[key]) > 1 or seen[key]:
            continue
        typ = schema_type(e, body, analysis)
        if typ is not None:
            seen[key] += 1
            out.append((e, typ))
    return out
