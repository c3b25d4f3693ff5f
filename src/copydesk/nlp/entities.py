"""People (with titles, ranks and roles), organisations, places, facilities and events.

spaCy's small English NER finds the spans; rules on top fix what it gets wrong in
wire copy: a person behind a rank or office ("Air Marshal A.P. Singh", "PM Modi")
is a PERSON with a ``title``, not an ORG; a person's mentions ("Narendra Modi",
"PM Modi", "Modi") are clustered into one entity named by its fullest form; an
appositive ("X, the army chief,") becomes the person's ``role``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from copydesk.model import Entity, EntityKind, Sentence

KIND_BY_LABEL: dict[str, EntityKind] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "FACILITY",
    "EVENT": "EVENT",
    "NORP": "NORP",
    "PRODUCT": "PRODUCT",
    "LAW": "LAW",
    "WORK_OF_ART": "WORK_OF_ART",
}

# The word of a title that stands right before the name ("Defence *Minister* X").
TITLE_HEADS = frozenset(
    ["president", "minister", "pm", "secretary", "chancellor", "premier", "marshal", "general", "gen.", "admiral", "adm.", "colonel", "col.", "captain", "capt.", "major", "maj.", "sergeant", "sgt.", "lieutenant", "lt.", "commander", "cmdr.", "senator", "sen.", "representative", "rep.", "governor", "gov.", "mayor", "judge", "justice", "king", "queen", "prince", "princess", "pope", "dr.", "dr", "professor", "prof.", "ambassador", "chairman", "chairwoman", "ceo", "director", "spokesman", "spokeswoman", "spokesperson", "coach", "manager", "inspector", "detective", "sheriff", "bishop", "archbishop", "cardinal", "rev.", "sheikh", "emir", "president-elect", "speaker", "envoy", "commissioner", "superintendent", "constable", "sir", "lord", "lady", "dame", "councillor", "councilman", "mp", "chief", "officer", "brig.", "brigadier", "pres.", "supt.", "insp.", "det."]
)
# Words that may stand before a head inside a title ("Air Chief", "External Affairs").
TITLE_MODIFIERS = frozenset(
    ["prime", "vice", "deputy", "foreign", "defence", "defense", "home", "finance", "interior", "external", "affairs", "chief", "air", "army", "navy", "naval", "lieutenant", "lt.", "major", "brigadier", "rear", "acting", "general", "state", "attorney", "first", "crown", "grand", "supreme", "high", "health", "education", "trade", "commerce", "justice", "culture", "sports", "junior", "senior", "lt.-gen.", "maj.-gen.", "lt-gen", "maj-gen", "fleet", "wing", "group", "squadron", "flight", "field", "police", "fire"]
)
TITLE_EXPANSIONS = {
    "pm": "Prime Minister",
    "lt.": "Lieutenant",
    "lt": "Lieutenant",
    "gen.": "General",
    "lt.-gen.": "Lieutenant General",
    "lt-gen": "Lieutenant General",
    "maj.-gen.": "Major General",
    "maj-gen": "Major General",
    "maj.": "Major",
    "col.": "Colonel",
    "capt.": "Captain",
    "sgt.": "Sergeant",
    "adm.": "Admiral",
    "cmdr.": "Commander",
    "sen.": "Senator",
    "rep.": "Representative",
    "gov.": "Governor",
    "dr.": "Dr",
    "prof.": "Professor",
    "rev.": "Reverend",
    "pres.": "President",
    "brig.": "Brigadier",
    "supt.": "Superintendent",
    "insp.": "Inspector",
    "det.": "Detective",
    "ceo": "CEO",
    "mp": "MP",
}
_WORD = re.compile(r"[^\W\d_][\w.'’]*")
_NOBLE = frozenset(["lord", "lady", "sir", "dame", "baroness", "baron", "earl", "duke", "duchess", "prince", "princess", "king", "queen"])
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx."})
_SKIP_NAMES = re.compile(r"^(the|a|an)$", re.I)


def normalise_title(tokens: list[str]) -> str:
    """``["Lt.", "Gen."]`` → ``"Lieutenant General"``; ``["PM"]`` → ``"Prime Minister"``."""
    words = [TITLE_EXPANSIONS.get(t.lower(), t if not t.islower() else t.title()) for t in tokens]
    return " ".join(words)


def _is_title_token(tok: Token, *, head: bool) -> bool:
    low = tok.lower_
    if head:
        return low in TITLE_HEADS and (tok.text[0].isupper() or low == "pm")
    return (low in TITLE_MODIFIERS or low in TITLE_HEADS) and tok.text[0].isupper()


def title_before(doc: Doc, start: int, floor: int) -> tuple[int, str | None]:
    """The title standing right before token ``start`` (not before ``floor``)."""
    i = start - 1
    if i < floor or not _is_title_token(doc[i], head=True):
        return start, None
    j = i
    while j - 1 >= floor and _is_title_token(doc[j - 1], head=False):
        j -= 1
    return j, normalise_title([t.text for t in doc[j:start]])


@dataclass
class _Mention:
    kind: EntityKind
    name: str
    sentence: int
    title: str | None = None
    role: str | None = None
    order: int = 0


@dataclass
class _Cluster:
    kind: EntityKind
    names: list[str] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    title: str | None = None
    role: str | None = None
    first: int = 0

    @property
    def canonical(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), len(n)))


def _clean_name(text: str) -> str:
    text = re.sub(r"['’]s$", "", text.strip())
    text = re.sub(r"^(the|The)\s+", "", text)
    return text.strip(" ,.;:\"'“”‘’()-")


_ROLE_NOUNS = frozenset(
    ["chief", "head", "leader", "spokesman", "spokeswoman", "spokesperson", "counterpart", "founder", "owner", "president", "minister", "secretary", "director", "manager", "coach", "captain", "star", "striker", "player", "actor", "singer", "author", "boss", "chairman", "chairwoman", "ceo", "editor", "officer", "commander", "envoy", "ambassador", "member", "winner"]
)


def _phrase_text(doc: Doc, toks: list[Token]) -> str:
    return doc[toks[0].i : toks[-1].i + 1].text.strip(" ,")


def _appositive_role(ent: Span) -> str | None:
    """The person's role as the sentence gives it, when it is short and explicit.

    ``X, the Indian Air Force chief,`` → ``"the Indian Air Force chief"``;
    ``his Russian counterpart, X`` → ``"Russian counterpart"``.
    """
    doc = ent.doc
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i and child.pos_ == "NOUN":
            sub = list(child.subtree)
            if 1 <= len(sub) <= 10 and not any(t.ent_type_ == "PERSON" for t in sub):
                return _phrase_text(doc, sub)
    head = root.head
    if root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < root.i:
        mods = [t for t in head.subtree if t.i <= head.i and t.dep_ not in {"poss", "det"} and t.i >= head.left_edge.i]
        mods = [t for t in mods if t.i > max([p.i for p in head.children if p.dep_ in {"poss", "det"}] or [-1])]
        if 1 <= len(mods) <= 6:
            return _phrase_text(doc, mods)
    return None


def _role_before(doc: Doc, start: int, floor: int) -> str | None:
    """``Indian Air Force chief [Air Marshal] X`` → ``"Indian Air Force chief"``."""
    i = start - 1
    if i < floor or doc[i].lower_ not in _ROLE_NOUNS or not doc[i].is_lower:
        return None
    j = i
    while j - 1 >= floor and doc[j - 1].pos_ in {"PROPN", "ADJ", "NOUN"} and doc[j - 1].text[0].isupper():
        j -= 1
    return doc[j : i + 1].text if j < i else None


def _mentions(doc: Doc, spans: tuple[Span, ...]) -> list[_Mention]:
    sent_of_token: dict[int, int] = {}
    for si, sp in enumerate(spans):
        for t in range(sp.start, sp.end):
            sent_of_token[t] = si
    out: list[_Mention] = []
    seen_tokens: set[int] = set()
    for order, ent in enumerate(doc.ents):
        kind = KIND_BY_LABEL.get(ent.label_)
        if kind is None or ent.start not in sent_of_token:
            continue
        si = sent_of_token[ent.start]
        floor = spans[si].start
        # A title inside the span ("Air Marshal A.P. Singh" as ORG, "PM Modi" as ORG).
        inner = ent.start
        k = ent.start
        while k < ent.end - 1 and _is_title_token(doc[k], head=False):
            k += 1
            if _is_title_token(doc[k - 1], head=True) and doc[k].text[0].isupper():
                inner = k
        title: str | None = None
        title_start = ent.start
        if inner > ent.start:
            # The title may begin before the span too ("Lt." + "Gen. Sarah Park").
            while title_start - 1 >= floor and _is_title_token(doc[title_start - 1], head=False):
                title_start -= 1
            title = normalise_title([t.text for t in doc[title_start:inner]])
            kind = "PERSON"
            name_span = doc[inner : ent.end]
        else:
            name_span = ent
        if kind == "PERSON" and title is None:
            title_start, title = title_before(doc, name_span.start, floor)
        name = _clean_name(name_span.text)
        if name_span.start < name_span.end and name_span[0].lower_ in HONORIFICS:
            name = _clean_name(name_span[1:].text)
        if not name or _SKIP_NAMES.match(name) or not any(c.isalpha() for c in name):
            continue
        if name.lower() in TITLE_MODIFIERS or name.lower() in TITLE_HEADS:
            continue  # "Defence" of "Defence Minister X" tagged ORG
        role = None
        if kind == "PERSON":
            role = _appositive_role(ent) or _role_before(doc, title_start, floor)
        out.append(_Mention(kind, name, si, title, role, order))
        seen_tokens.update(range(min(title_start, ent.start), ent.end))
    # People NER missed: a title followed by proper nouns ("Air Marshal Singh").
    for si, sp in enumerate(spans):
        i = sp.start
        while i < sp.end:
            tok = doc[i]
            if i not in seen_tokens and _is_title_token(tok, head=True):
                j = i + 1
                while (
                    j < sp.end and doc[j].pos_ == "PROPN" and j not in seen_tokens
                    and doc[j].text[0].isupper() and doc[j].lower_ not in TITLE_HEADS
                ):
                    j += 1
                if j > i + 1:
                    start, title = title_before(doc, i + 1, sp.start)
                    name = _clean_name(doc[i + 1 : j].text)
                    if name:
                        out.append(_Mention("PERSON", name, si, title, None, 10_000 + i))
                        seen_tokens.update(range(start, j))
                    i = j
                    continue
            i += 1
    out.sort(key=lambda m: (m.sentence, m.order))
    return out


def _same_person(a: str, b: str) -> bool:
    ta, tb = a.split(), b.split()
    if not ta or not tb:
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if short[-1] == long_[-1] and all(w in long_ for w in short):
        return True
    # "Modi" vs "Narendra Modi"; a lone first name is too ambiguous to merge.
    return len(short) == 1 and short[0] == long_[-1]


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", name.lower()).strip()


def cluster(mentions: list[_Mention]) -> list[_Cluster]:
    """Group mentions of the same entity; a person's short name joins its full form."""
    clusters: list[_Cluster] = []
    by_key: dict[tuple[str, str], _Cluster] = {}
    people = sorted(
        (m for m in mentions if m.kind == "PERSON"), key=lambda m: -len(m.name.split())
    )
    for m in people:
        candidates = [c for c in clusters if any(_same_person(m.name, n) for n in c.names)]
        if m.title:
            # Differing titles keep people apart; a peer's title with a bare surname
            # ("Lord Janner") names someone other than "Daniel Janner".
            noble = m.title.split()[0].lower() in _NOBLE and len(m.name.split()) == 1
            candidates = [
                c for c in candidates
                if c.title == m.title or (c.title is None and not noble)
            ]
        if len(candidates) > 1 and m.title:
            # "Air Marshal Singh" is the Singh who is an Air Marshal, not the minister.
            candidates = [c for c in candidates if c.title == m.title] or candidates
        if len(candidates) > 1:
            # Otherwise the one mentioned most recently before this mention.
            candidates.sort(key=lambda c: max((s for s in c.sentences if s <= m.sentence), default=-1))
            candidates = candidates[-1:]
        target = candidates[0] if candidates else None
        if target is None:
            target = _Cluster("PERSON", first=m.sentence)
            clusters.append(target)
        target.names.append(m.name)
        target.sentences.append(m.sentence)
        target.first = min(target.first, m.sentence)
        target.title = target.title or m.title
        target.role = target.role or m.role
    first_names: dict[str, list[_Cluster]] = defaultdict(list)
    for c in clusters:
        if len(c.canonical.split()) > 1:
            first_names[c.canonical.split()[0]].append(c)
    for c in list(clusters):
        # A lone first name ("Julia") joins the one person whose full name starts with it.
        if len(c.names) and all(len(n.split()) == 1 for n in c.names):
            owners = [o for o in first_names.get(c.names[0], []) if o is not c]
            if len(owners) == 1:
                owners[0].names.extend(c.names)
                owners[0].sentences.extend(c.sentences)
                owners[0].first = min(owners[0].first, c.first)
                clusters.remove(c)
    person_forms = {n: c for c in clusters for n in c.names}
    surname_owners: dict[str, list[_Cluster]] = defaultdict(list)
    for c in clusters:
        if len(c.canonical.split()) > 1:
            surname_owners[c.canonical.split()[-1]].append(c)
    for surname, owners in surname_owners.items():
        # "Bader" tagged ORG beside "Douglas Bader": the surname of exactly one person.
        if len(owners) == 1 and surname not in person_forms:
            person_forms[surname] = owners[0]
    for m in mentions:
        if m.kind == "PERSON":
            continue
        if m.name in person_forms and m.kind in {"ORG", "PLACE", "NORP", "PRODUCT", "WORK_OF_ART"}:
            # NER disagreeing with itself: a known person's name tagged as something else.
            owner = person_forms[m.name]
            if owner in clusters:
                owner.sentences.append(m.sentence)
                continue
        key = (m.kind if m.kind != "NORP" else "NORP", _norm(m.name))
        # A place tagged as PERSON elsewhere stays separate; same text same kind → same entity.
        found = by_key.get(key)
        if found is None:
            found = _Cluster(m.kind, first=m.sentence)
            by_key[key] = found
            clusters.append(found)
        c = found
        c.names.append(m.name)
        c.sentences.append(m.sentence)
    return clusters


def _add_bare_mentions(clusters: list[_Cluster], sentences: tuple[Sentence, ...]) -> None:
    """Mentions NER missed: a known person's surname or a known name in a later sentence.

    One alternation of every form, run once over each sentence (not one search per
    name per sentence, which is quadratic on a long story).
    """
    surnames = Counter(c.canonical.split()[-1] for c in clusters if c.kind == "PERSON")
    owner: dict[str, _Cluster] = {}
    for c in clusters:
        if c.kind == "PERSON":
            form = c.canonical.split()[-1]
            if surnames[form] > 1:
                continue  # two Singhs: a bare "Singh" cannot be placed
        elif c.kind in {"ORG", "PLACE", "FACILITY", "EVENT"}:
            form = c.canonical
        else:
            continue
        if len(form) >= 3 and form[0].isupper() and form not in owner:
            owner[form] = c
    if not owner:
        return
    # Index forms by their first word: a sentence is searched only for the forms whose
    # first word it contains (overlapping forms — "India", "India-Russia Commission" —
    # are each found).
    by_first: dict[str, list[tuple[str, re.Pattern[str]]]] = defaultdict(list)
    for form in owner:
        first = re.split(r"[\s-]", form)[0]
        by_first[first].append((form, re.compile(rf"\b{re.escape(form)}\b")))
    have = {id(c): set(c.sentences) for c in owner.values()}
    for i, s in enumerate(sentences):
        for word in set(_WORD.findall(s.text)) & by_first.keys():
            for form, pattern in by_first[word]:
                c = owner[form]
                if i not in have[id(c)] and pattern.search(s.text):
                    have[id(c)].add(i)
                    c.sentences.append(i)


def extract_entities(
    doc: Doc, spans: tuple[Span, ...], sentences: tuple[Sentence, ...]
) -> tuple[tuple[Entity, ...], dict[int, list[str]]]:
    """Entities with their mentions, and the entity ids in each sentence (by index)."""
    clusters = cluster(_mentions(doc, spans))
    _add_bare_mentions(clusters, sentences)
    n = max(len(sentences), 1)
    scored: list[tuple[float, _Cluster]] = []
    for c in clusters:
        mentions = sorted(set(c.sentences))
        # Salience: how often, how early. The lead mention counts most.
        score = sum(1.0 / (1.0 + 0.15 * s) for s in mentions) + 0.5 * (1 - c.first / n)
        if c.kind in {"NORP"}:
            score *= 0.5
        scored.append((score, c))
    scored.sort(key=lambda x: (-x[0], x[1].first))
    top = scored[0][0] if scored else 1.0
    entities: list[Entity] = []
    per_sentence: dict[int, list[str]] = defaultdict(list)
    for idx, (score, c) in enumerate(scored, start=1):
        eid = f"e{idx}"
        canonical = c.canonical
        aliases = tuple(sorted({n for n in c.names if n != canonical}))
        mentions = sorted(set(c.sentences))
        entities.append(
            Entity(
                id=eid,
                kind=c.kind,
                name=canonical,
                title=c.title,
                role=c.role,
                aliases=aliases,
                mentions=tuple(sentences[s].id for s in mentions),
                salience=round(score / top, 4),
            )
        )
        for s in mentions:
            per_sentence[s].append(eid)
    return tuple(entities), per_sentence


@Language.component("copydesk_join_names")
def join_names(doc: Doc) -> Doc:
    """One PERSON span for a name the small model splits in two ("Christopher Arthur" +
    "Neville Kent" for "Christopher Arthur Neville Kent"): two PERSON spans with no token
    between them are one person — a story never runs two people's names together without
    a comma or a conjunction. Without it the later mentions ("Kent") join the second half
    and every part names a man the story never calls "Neville Kent"."""
    ents = list(doc.ents)
    if len(ents) < 2:
        return doc
    joined: list[Span] = []
    for ent in ents:
        prev = joined[-1] if joined else None
        if (prev is not None and prev.label_ == ent.label_ == "PERSON" and prev.end == ent.start
                and doc[prev.end - 1].whitespace_ and all(t.is_title for t in doc[prev.start : ent.end])):
            joined[-1] = Span(doc, prev.start, ent.end, label="PERSON")
        else:
            joined.append(ent)
    if len(joined) != len(ents):
        doc.ents = joined
    return doc
