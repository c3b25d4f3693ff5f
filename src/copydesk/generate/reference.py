"""Reference resolution by substitution: a sentence that leans on an earlier one stands alone.

"He described the allegations as 'nonsense'" cannot open a synopsis or answer a
question on its own. When the story makes the referent unambiguous — the one person
the preceding sentences name, of a compatible gender — the pronoun is replaced by
the person's name and the statement cites the sentence that names them too. When
it is not unambiguous, the sentence is reported as *leaning* and the parts leave it
out. Definite descriptions pointing back ("The claims against the trader", "The
move", "It follows") are never rewritten: they mark a sentence as leaning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from copydesk.generate.debris import run_on
from copydesk.model import Analysis, Entity
from copydesk.nlp.gender import FEMALE_WORDS, MALE_WORDS, title_gender

SUBJECT_PRONOUNS = frozenset({"he", "she"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
LEANING_OPENERS = frozenset(
    {"he", "she", "it", "they", "his", "her", "its", "their", "this", "that", "these", "those", "we", "i", "you",
     "him", "them", "there's", "such", "neither", "another", "the other"}
)
# Nouns that, as a definite subject, point back to something told before.
ANAPHORIC_NOUNS = frozenset(
    # The event nouns a page is about ("the case", "the trial", "the attack", "the deal")
    # are clear on the story's own page and are not listed; these point back to a
    # particular thing or person that only the previous sentence names.
    ["claim", "claims", "allegation", "allegations", "move", "decision", "comments", "comment", "remarks", "news",
     "findings", "row", "statement", "revelation", "revelations", "episode", "controversy", "scandal", "latest",
     "pair", "couple", "duo", "trio", "former", "latter", "same", "group", "victim", "suspect", "man", "woman", "boy",
     "girl", "player", "star", "actor", "actress", "singer", "club", "company", "firm", "team", "side", "father",
     "mother", "son", "daughter", "husband", "wife", "teenager", "youngster", "officer", "driver", "pilot", "child",
     "baby"]
)
_WORD = re.compile(r"[A-Za-z]+")
# A reported clause whose subject is a pronoun, outside quotation marks.
_REPORTED_PRONOUN = re.compile(
    r"^(?P<speaker>[^'‘\"“]*)\b(?:(?:has |have |had )?told (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}|found|finds|said|says|claims?|claimed|believes?|believed|shows?|showed|suggests?|"
    r"suggested|reveals?|revealed|warns?|warned|thinks?|thought|insists?|insisted)(?: that)? (?P<pronoun>it|they|this|"
    r"these|those|that(?= (?:will|would|could|may|might|is|was|has|had|means?|meant|makes?|made)\b))\b"
    r"(?! (?:is|was) (?:thought|believed))",
)
# A body of people speaks of itself as "it" or "they" ("The State Emergency Service says
# it has received 5,000 calls", "Police say they have arrested two men"); a person or a
# document does not ("Cameron said they were …", "a study found it may …").
BODY_NOUNS = frozenset([
    "government", "ministry", "department", "council", "service", "agency", "authority", "commission", "committee",
    "union", "party", "company", "firm", "corporation", "bank", "group", "association", "federation", "league",
    "club", "board", "office", "administration", "army", "navy", "force", "police", "network", "airline", "institute",
    "organisation", "organization", "society", "foundation", "trust", "coalition", "alliance", "opposition",
    "cabinet", "parliament", "senate", "assembly", "embassy", "consulate", "court", "tribunal", "panel", "inquiry",
    "hospital", "university", "school", "college", "charity", "team", "squad", "regime", "movement", "industry",
    "military", "secretariat", "bureau", "unit", "command", "headquarters", "directorate", "consortium", "operator",
])
_PLURAL_BODIES = frozenset(["police", "officials", "authorities", "officers", "investigators", "detectives",
                            "organisers", "organizers", "scientists", "researchers", "doctors", "residents",
                            "witnesses", "experts", "analysts", "economists", "leaders", "ministers", "unions",
                            "workers", "staff", "farmers", "airlines", "companies", "firms", "banks", "rescuers",
                            "firefighters", "troops", "forces", "soldiers", "militants", "rebels", "protesters",
                            "families", "parents", "teachers", "students", "players", "fans", "lawyers", "prosecutors"])
_NOT_SPEAKERS = frozenset(["study", "report", "survey", "research", "poll", "paper", "analysis", "review", "data",
                           "figures", "evidence", "document", "documents", "memo", "letter", "statement", "tests",
                           "results", "findings", "studies", "reports", "surveys"])
_SPEAKER_TAIL = re.compile(r"(?:\s+(?:has|have|had|also|now|today|yesterday|again|still|later|earlier|previously|"
                           r"repeatedly|already|always|last night|this week|on \w+day))+\s*$", re.I)


_NOBLES = frozenset(["duke", "duchess", "earl", "countess", "lord", "lady", "baron", "baroness", "pope", "archbishop",
                     "bishop", "emperor", "empress", "sultan", "emir", "sheikh", "tsar", "pharaoh", "doctor", "professor"])


def speaker_is_antecedent(pronoun: str, speaker: str, rest: str = "") -> bool:
    """Whether a reported clause's subject ``pronoun`` stands for the ``speaker`` reporting
    it (the words before the reporting verb): "it" for a body of people named in the
    singular ("The New South Wales State Emergency Service (SES)", "the Government"),
    "they" for people named in the plural ("Police", "Scientists at the university",
    "The union and the company") — never for one person or a document. ``rest``, the
    words after the pronoun: "it is a legitimate force" describes something else."""
    if pronoun.lower() == "it" and re.match(r"\s*(?:is|was|'s|’s) (?:not )?(?:a|an|the|one)\b", rest):
        return False
    speaker = _SPEAKER_TAIL.sub("", re.sub(r"\s*\([^)]*\)\s*$", "", speaker.strip().rstrip(",")))
    words = _WORD.findall(speaker)
    if not words or pronoun.lower() not in {"it", "they"}:
        return False
    lowered = [w.lower() for w in words]
    # The head: the last noun before "of/at/from/in" ("Scientists at the university"), else the last word.
    cut = next((i for i, w in enumerate(lowered) if w in {"of", "at", "from", "in", "for", "with", "on"} and i > 0), len(words))
    head = lowered[cut - 1]
    if head in _NOT_SPEAKERS or lowered[0] in {"he", "she", "i", "we", "you"}:
        return False
    if pronoun.lower() == "it":
        # ("The Pentagon believes it has …": "the" and a capitalised name is an institution, not a person)
        titled = lowered[0] == "the" and cut > 1 and words[cut - 1][:1].isupper() \
            and head not in ONE_OF | PEOPLE_NOUNS | ROLE_NOUNS | _NOBLES
        return head in BODY_NOUNS or (words[cut - 1].isupper() and len(words[cut - 1]) > 1) or titled
    return head in _PLURAL_BODIES or "and" in lowered[:cut]


@dataclass(frozen=True)
class Resolved:
    """A statement that stands alone, and the extra sentence it now rests on."""

    text: str
    cites: tuple[str, ...]


# Words for people, shared by the readers of who a phrase is (the FAQ's "Who is X?") and of
# who a "he"/"she" stands for (:func:`person_word`).
# Roles a body has one of: "the Socceroos coach", "the Immigration Minister".
ONE_OF = frozenset({"coach", "captain", "president", "leader", "minister", "chairman", "chairwoman", "chair", "chief",
                    "director", "head", "owner", "administrator", "premier", "treasurer", "secretary", "commissioner",
                    "governor", "mayor", "founder", "ceo", "manager", "editor", "commander", "ambassador", "king",
                    "queen", "prince", "princess", "chancellor", "speaker", "general", "principal", "boss", "skipper",
                    "convenor", "organiser", "organizer", "superintendent", "coroner", "dean", "ombudsman",
                    "spokesperson"})
PEOPLE_NOUNS = frozenset({"person", "personality", "star", "figure", "champion", "veteran", "fugitive", "guide", "envoy",
                          "saviour", "savior", "aide", "mp", "candidate", "delegate", "diplomat", "hero", "legend",
                          "victim", "suspect", "citizen", "national", "cleric", "monk", "priest", "cardinal", "pope",
                          "sheikh", "judge", "magistrate", "surgeon", "pilot", "soldier", "model", "athlete", "jockey",
                          "international", "lawmaker", "qc", "chief", "head", "landlord", "landlady", "historian",
                          "midwife", "chef", "guard", "cop", "vet", "nun", "umpire", "magnate", "tycoon",
                          "billionaire", "millionaire", "mogul", "celebrity", "socialite", "spy", "bodyguard", "mum",
                          "dad", "grandmother", "grandfather", "pensioner", "student", "pupil",
                          "graduate", "nominee", "heavyweight", "middleweight", "lightweight", "prodigy",
                          "doctor", "medic", "paramedic", "explorer", "climber", "sailor", "skipper", "chairperson",
                          "deputy", "secretary", "dignitary", "emissary", "all-rounder", "batsman", "one", *(
                              "heir", "widow", "brother", "sister", "girlfriend", "boyfriend", "partner", "friend",
                              "colleague", "rival", "opponent", "ally", "son", "daughter", "wife", "husband", "mother",
                              "father", "fiancee", "fiance")})
# A relation says who someone is only with whose: "the golfer's girlfriend", not "a partner".
RELATIONS = frozenset({"heir", "widow", "brother", "sister", "girlfriend", "boyfriend", "partner", "friend", "colleague",
                       "rival", "opponent", "ally", "son", "daughter", "wife", "husband", "mother", "father", "fiancee",
                       "fiance", "teammate", "team-mate", "neighbour", "neighbor", "cousin", "uncle", "aunt"})
PERSON_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ant", "ent", "eer", "ee", "ive", "ier", "ess")
ROLE_NOUNS = frozenset({"journalist", "editor", "reporter", "researcher", "scientist", "professor", "founder",
                        "director", "coordinator", "spokesman", "spokeswoman", "spokesperson", "resident", "manager",
                        "analyst", "author", "official", "lawyer", "activist", "expert", "leader", "member", "student",
                        "teacher", "engineer", "economist", "photographer", "player", "striker", "midfielder",
                        "defender", "goalkeeper", "coach", "captain", "singer", "actor", "actress", "artist", "writer",
                        "designer", "minister", "politician", "executive", "chairman", "president", "officer",
                        "doctor", "nurse", "mother", "father", "son", "daughter", "wife", "husband", "man", "woman"})


def gender(e: Entity, analysis: Analysis, *, own: bool = False) -> str | None:
    """"m", "f" or None for a person: the one gender rule of the package.

    A title says first ("Mr", "Queen"). Else, by default, the pronouns of the sentences of
    their first four mentions and the sentence before each: "he"-words and no "she"-word
    (or the reverse). With ``own``, the stricter reading used where a name is written in
    for a pronoun: only the sentences that name that person and no one else (each with
    the sentence after it, when that names no one), quotations set aside, "he" twice or
    more and at least three times as often as "she" — a girlfriend's "her" beside a
    golfer's many "he"s leaves him a man; a person the story never speaks of alone has
    no gender here."""
    titled = title_gender(e.title)
    if titled is not None:
        return titled
    if own:
        he, she = own_pronouns(e, analysis)
        if he >= 2 and he >= 3 * she:
            return "m"
        if she >= 2 and she >= 3 * he:
            return "f"
        return None
    he = she = 0
    for sid in e.mentions[:4]:
        i = int(sid[1:])
        for s in analysis.sentences[i - 1 : i + 1]:
            words = {w.lower() for w in _WORD.findall(s.text)}
            he += bool(words & {"he", "his", "him"})
            she += bool(words & {"she", "her", "hers"})
    if he and not she:
        return "m"
    if she and not he:
        return "f"
    return None


HE_WORDS = MALE_WORDS
SHE_WORDS = FEMALE_WORDS
THIRD_WORDS = HE_WORDS | SHE_WORDS
UNQUOTED = re.compile(r"[‘“\"][\s\S]*?(?:[’”\"](?=[\s.,;:!?)\]’”\"—–-]|\Z)|\Z)")
"""A quotation (to the end of the text when it is never closed), to blank out."""


def own_pronouns(e: Entity, analysis: Analysis) -> tuple[int, int]:
    """How many of the sentences that name ``e`` and no other person (each with the
    sentence after it, when that names no one) speak of "he", and how many of "she"."""
    people = [p for p in analysis.entities if p.kind == "PERSON"]
    sents = analysis.sentences
    named = [{p.id for p in people if s.id in p.mentions} for s in sents]
    he = she = 0
    for i, s in enumerate(sents):
        if named[i] != {e.id}:
            continue
        texts = [s.text] + ([sents[i + 1].text] if i + 1 < len(sents) and not named[i + 1] else [])
        for t in texts:
            words = {w.lower() for w in re.findall(r"[A-Za-z]+", re.sub(r"[‘“\"][^’”\"]*[’”\"]", " ", t))}
            he += bool(words & HE_WORDS)
            she += bool(words & SHE_WORDS)
    return he, she


def speaker_forms(e: Entity) -> set[str]:
    """The forms a text may name ``e`` by: full name, aliases, surname (one letter never)."""
    return {f for f in (e.name, *e.aliases, surname(e.name)) if len(f) > 1}


def names(e: Entity, text: str) -> bool:
    """Whether ``text`` names ``e`` by any of :func:`speaker_forms`, as whole words."""
    return any(re.search(rf"\b{re.escape(f)}\b", text) for f in speaker_forms(e))


def person_word(subject: str) -> bool:
    """Whether a parsed subject ("The judge", "His wife", "The 39-year-old") is a person the
    story does not name: someone a later "he"/"she" may mean instead of the last name."""
    words = re.findall(r"[A-Za-z0-9'’-]+", subject)
    if not words or words[0].lower() in {"i", "we", "he", "she", "they", "it", "there", "this", "that"}:
        return False
    last = words[-1]
    if not last.islower():
        return False  # a name ("Tottenham striker Emmanuel Adebayor"): see the naming sentence's own rule
    return "year-old" in subject.lower() or last.rstrip("s") in ONE_OF | ROLE_NOUNS | PEOPLE_NOUNS | RELATIONS \
        or last in {"man", "men", "woman", "women", "boy", "girl", "people", "police", "officers", "family"} \
        or (len(last) > 4 and last.rstrip("s").endswith(PERSON_ENDINGS))


def _sentence_span(doc: Doc | None, start: int, end: int, text: str) -> Span | None:
    if doc is None or doc.text[start:end] != text:
        return None
    return doc.char_span(start, end, alignment_mode="expand")


PRONOUN_REACH = 3
"""How many sentences back the second reading of :func:`person_behind` may reach."""


def person_behind(
    index: int, pronoun: str, analysis: Analysis, *, doc: Doc | None = None, reach: int = 6,
) -> tuple[Entity, int] | None:
    """The one person a "he"/"she" of sentence ``index`` stands for, and the index of the
    sentence that names them — the package's one home for this reading (the FAQ's answers
    and the takeaways both write the name in with it). None when in any doubt: a name
    guessed is worse than none.

    First, read back over at most ``reach`` sentences as a reader does: a sentence that
    names nobody is read past, unless another speaker ("A spokesman said …"), an unnamed
    person as its subject ("The judge …") or a pronoun of the other sex is in it; so is
    one whose subject is the same pronoun and whose names are only its objects ("He beat
    Holyfield …"). The nearest sentence that names someone gives the person it makes its
    subject or speaker ("Locke, who returned …"), of the pronoun's sex as the story shows
    it (:func:`gender`); one the story never shows the sex of only when that sentence
    itself goes on about them with the pronoun ("Pat, 69, said she …"); or, naming only
    the story's most salient person and no one as its subject, that person when it carries the pronoun on ("It was expected
    that Locke would …, but he dismissed reports …"). A caption run into that sentence
    (``doc`` given) gives nobody.

    Else, the nearest sentence before that names anyone (at most :data:`PRONOUN_REACH`
    back) names exactly one person of the pronoun's sex by :func:`gender`'s stricter
    ``own`` reading (or one otherwise unknown whom only that pronoun ever follows), every
    other person it names known to be of the other, and that person is the head of its
    parsed subject (or, unparsed, named in its opening words):
    "Police said a man attacked Smith. He fled" names no one. Neither reading reads past
    someone else (:func:`_someone_between`) or takes a name from a caption run in."""
    return _read_back(index, pronoun, analysis, doc=doc, reach=reach) or _nearest_subject(index, pronoun, analysis, doc=doc)


def _read_back(index: int, pronoun: str, analysis: Analysis, *, doc: Doc | None, reach: int) -> tuple[Entity, int] | None:
    want = "m" if pronoun.lower() in {"he", "his", "him"} else "f"
    same = HE_WORDS if want == "m" else SHE_WORDS
    people = [e for e in analysis.entities if e.kind == "PERSON"]
    if not people:
        return None
    top = max(people, key=lambda e: e.salience)

    j = index
    while j > 0 and index - j < reach:
        j -= 1
        sentence = analysis.sentences[j]
        facts = analysis.facts[j] if j < len(analysis.facts) else None
        subject = (facts.subject or "") if facts else ""
        said = (facts.attribution or "") if facts else ""
        outside = {w.lower() for w in re.findall(r"[A-Za-z]+", UNQUOTED.sub(" ", sentence.text))}
        if outside & (THIRD_WORDS - same):
            return None  # someone of the other sex in between
        named = [e for e in people if sentence.id in e.mentions]
        if not named:
            if _someone_between(j, analysis, same):
                return None
            continue
        if _caption_run_in(j, analysis, doc):
            return None
        subjects = [e for e in named if _heads(e, subject) or _heads(e, said)]
        if not subjects and subject.lower() in same and not said:
            continue  # "He beat Holyfield and Golota.": the names are his objects, "he" goes on
        sex = gender(named[0], analysis) if len(named) == 1 else None
        if len(named) != 1 or sex not in {want, None} or (sex is None and not outside & same):
            # two people named (or a caption run in: "… 1998 Iconic Arsenal striker Thierry Henry …"); a
            # person of the other sex; or one the story never shows the sex of, unless this sentence
            # itself goes on about them with the pronoun ("Pat, 69, said she …")
            return None
        e = named[0]
        if subjects or (e is top and not said and not person_word(subject) and outside & same):
            return e, j
        return None
    return None


def _heads(e: Entity, phrase: str) -> bool:
    """Whether ``e`` is the head of a parsed subject or speaker: "Masters chairman Billy
    Payne", never "A section of the Eisenhower tree" nor "Many Clouds and Aspell"."""
    phrase = re.sub(r"\s*\(.*?\)|[\s,]+(?:left|right|centre|center|pictured)?[\s,]*$", "", phrase)
    return " and " not in phrase and any(re.search(rf"\b{re.escape(f)}$", phrase) for f in speaker_forms(e))


def _someone_between(j: int, analysis: Analysis, same: frozenset[str]) -> bool:
    """Whether sentence ``j``, which names nobody, brings in someone else a "he"/"she" after
    it may mean: a pronoun of the other sex, another speaker ("A spokesman said …"), an
    unnamed person as its subject ("The judge …")."""
    facts = analysis.facts[j] if j < len(analysis.facts) else None
    subject = (facts.subject or "") if facts else ""
    said = (facts.attribution or "") if facts else ""
    outside = {w.lower() for w in re.findall(r"[A-Za-z]+", UNQUOTED.sub(" ", analysis.sentences[j].text))}
    return bool(outside & (THIRD_WORDS - same)) or bool(said and said.lower() not in same | {"i", "we"}) \
        or person_word(subject)


def _caption_run_in(j: int, analysis: Analysis, doc: Doc | None) -> bool:
    """A caption run into sentence ``j`` ("… to be with his wife Masters chairman Billy Payne
    talks …"): whose words, whose subject? Only read when ``doc`` is given."""
    sentence = analysis.sentences[j]
    span = _sentence_span(doc, sentence.start, sentence.end, sentence.text)
    return span is not None and run_on(span)


def _nearest_subject(index: int, pronoun: str, analysis: Analysis, *, doc: Doc | None) -> tuple[Entity, int] | None:
    """:func:`person_behind`'s second reading: the subject of the nearest sentence naming anyone,
    never across someone else (:func:`_someone_between`) nor from a caption run in."""
    want = "m" if pronoun.lower() in {"he", "his", "him"} else "f"
    other = "f" if want == "m" else "m"
    same = HE_WORDS if want == "m" else SHE_WORDS
    people = [p for p in analysis.entities if p.kind == "PERSON"]
    for j in range(index - 1, max(-1, index - 1 - PRONOUN_REACH), -1):
        s = analysis.sentences[j]
        here = [p for p in people if s.id in p.mentions]
        if not here:
            if _someone_between(j, analysis, same):
                return None
            continue
        if _caption_run_in(j, analysis, doc):
            return None
        genders = {p.id: gender(p, analysis, own=True) for p in here}
        fits = [p for p in here if genders[p.id] == want]
        if not fits and len(here) == 1 and genders[here[0].id] is None:
            he, she = own_pronouns(here[0], analysis)
            mine, others = (he, she) if want == "m" else (she, he)
            fits = [here[0]] if mine and not others else []  # the one person named, never spoken of otherwise
        if len(fits) != 1 or any(genders[p.id] != other for p in here if p is not fits[0]):
            return None
        facts = analysis.facts[j] if j < len(analysis.facts) else None
        about = (facts.subject or "") if facts is not None else ""
        if not (_heads(fits[0], about) if about else names(fits[0], " ".join(s.text.split()[:6]))):
            # "Police said a man attacked Smith. He fled", "A section of the Eisenhower tree …":
            # the pronoun may be another's
            return None
        return fits[0], j
    return None


def antecedent(index: int, pronoun: str, analysis: Analysis, *, window: int = 2) -> Entity | None:
    found = _antecedent(index, pronoun, analysis, window=window)
    return found[0] if found else None


def _antecedent(index: int, pronoun: str, analysis: Analysis, *, window: int = 2) -> tuple[Entity, int] | None:
    """The one person an opening "he"/"she" of sentence ``index`` (0-based) can mean.

    The nearest preceding sentences (up to ``window``) that name any person are read;
    exactly one person of a compatible gender must be named there.
    """
    want = "m" if pronoun in {"he", "his", "him"} else "f"
    same = {"he", "his", "him"} if want == "m" else {"she", "her", "hers"}
    quoted = pronoun in SUBJECT_PRONOUNS and speech_continues(analysis.sentences[index].text, pronoun)
    if quoted:
        quotation = _quotation_of(analysis.sentences[index].text)
        if _third_person_first(quotation, _THIRD) or {w.lower() for w in _WORD.findall(quotation)} & same:
            # "'He was brilliant,' he said." after "Jones scored": the quotation's "he" may be
            # Jones, and a reader of the quotation alone cannot tell who "he" is ("as
            # President Bush said, as leader, he has to lead": Bush, or the man spoken of?).
            return None
        speaker = _quoted_speaker(index, want, analysis, window=window)
        if speaker is not None:
            return speaker
    j, read = index, 0
    while read < window:
        j -= 1
        if j < 0:
            break
        sid = analysis.sentences[j].id
        people = [e for e in analysis.entities if e.kind == "PERSON" and sid in e.mentions]
        if not people:
            # A sentence naming nobody that goes on with the same pronoun ("… he said.")
            # carries the chain back to its name and does not count against the window.
            # So does the speaker's own quoted speech ("I felt great …").
            text = analysis.sentences[j].text
            words = {w.lower() for w in _WORD.findall(text)}
            speech = bool(words & {"i", "we", "my", "our", "me", "us"}) and bool(re.search(r"[\"“”‘’]", text))
            read += not (words & same or speech) or j < index - 6
            continue
        read += 1
        fits = [e for e in people if gender(e, analysis) in {want, None}]
        if len(fits) != 1 or gender(fits[0], analysis) != want:
            return None  # several people, none of that gender, or a gender the story never shows
        # The person must be what that sentence is about (its subject or speaker), or
        # the pronoun may well mean its unnamed subject ("The 22-year-old …").
        facts = analysis.facts[j] if j < len(analysis.facts) else None
        # (not the speaker: "Prosecutor McLachlan said a nurse reported him" — "him" is the accused)
        about = (facts.subject or "") if facts else ""
        if not about:
            # No subject parsed ("Australian paceman Glenn McGrath begs to differ."): the
            # sentence's opening words stand for it.
            about = " ".join(analysis.sentences[j].text.split()[:6])
        if not any(re.search(rf"\b{re.escape(f)}\b", about) for f in _forms(fits[0])):
            return None
        return fits[0], j
    return _central(index, want, analysis)


_FRAME_VERBS = (r"(?:said|says|added|adds|told|tells|explained|continued|insisted|admitted|warned|recalled|claimed|"
                r"wrote|went on)")
# "'…,' he said." / "'…?' she asked": a quotation, then its pronoun speaker.
_QUOTE_THEN_PRONOUN = re.compile(r"[,.?!]\s*['’\"”]\s+(he|she)\s+(?:" + _FRAME_VERBS[3:-1] + r"|asked)\b")
# "He added: '…'" / "She told the BBC: '…'": the pronoun speaker, then the quotation.
_PRONOUN_THEN_QUOTE = re.compile(r"^\W*(he|she)\s+(?:also\s+)?" + _FRAME_VERBS + r"(?:\s+[^:'‘\"“]{1,40})?[:,]\s*['‘\"“]", re.I)


_THIRD = {"he", "him", "his", "she", "her", "hers"}


def speech_continues(text: str, pronoun: str) -> bool:
    """Whether ``text`` is a quotation whose speaker is the pronoun ``pronoun`` ("'…,' he
    said.", "She added: '…'"): the speech of the person the quotation run began with."""
    m = _QUOTE_THEN_PRONOUN.search(text) or _PRONOUN_THEN_QUOTE.match(text)
    return m is not None and m.group(1).lower() == pronoun.lower()


def _quotation_of(text: str) -> str:
    """The quoted words of ``text`` (its first quotation, or what runs up to a closing mark)."""
    m = _QUOTE_THEN_PRONOUN.search(text)
    if m is not None:
        return text[: m.start() + 1]
    m = _PRONOUN_THEN_QUOTE.match(text)
    return text[m.end():] if m else ""


def _third_person_first(words: str, same: set[str]) -> bool:
    """A quotation speaks of "he" (or "she", of ``same``) before naming anyone in its own
    words: someone the reader has not met, whom the frame's "he said" may be mistaken for."""
    for w in re.finditer(r"[A-Za-z]+", words):
        if w.group(0).lower() in same | {"himself", "herself"}:
            return True
        if w.group(0)[0].isupper() and w.group(0) != "I" \
                and not re.search(r"(?:^|[.!?])['’\"”]?\s*['‘\"“]?\s*$", words[: w.start()]):
            return False
    return False


def _quoted_speaker(index: int, want: str, analysis: Analysis, *, window: int = 2) -> tuple[Entity, int] | None:
    """The speaker a quotation's "he said" continues: the one person the nearest sentence
    that names anyone gives as its speaker ("Simon Danczuk said it was not right for
    Janner to stay. '…,' he said." → Danczuk). That person is of the pronoun's gender, or
    of a gender the story never shows when that sentence uses no pronoun of the other
    gender; and the sentence writes the name ("Terra Lurie" is not "Michael Lurie")."""
    other = {"she", "her", "hers", "herself"} if want == "m" else {"he", "his", "him", "himself"}
    j, read = index, 0
    while read < window and j > 0:
        j -= 1
        sentence = analysis.sentences[j]
        people = [e for e in analysis.entities if e.kind == "PERSON" and sentence.id in e.mentions]
        facts = analysis.facts[j] if j < len(analysis.facts) else None
        if not people:
            if facts is not None and facts.attribution:
                return None  # "A spokesman said …": someone else spoke in between
            words = {w.lower() for w in _WORD.findall(sentence.text)}
            speech = bool(re.search(r"[\"“”‘’']", sentence.text)) and not words & other
            read += not speech or j < index - 6  # the quotation run goes on: it does not count
            continue
        said = (facts.attribution or "") if facts else ""
        if not said:
            return None
        said += " " + ((facts.subject or "") if facts else "")  # ("teen attorney" of "The teen's attorney, John Waldron,")
        speakers = [e for e in people if any(re.search(rf"\b{re.escape(f)}\b", said) for f in _forms(e) if len(f) > 1)]
        if len(speakers) != 1:
            return None
        e = speakers[0]
        sex = gender(e, analysis)
        outside = {w.lower() for w in _WORD.findall(_unquoted(sentence.text))}
        if sex not in {want, None} or (sex is None and outside & other):
            return None
        if not re.search(rf"\b{re.escape(name_of(e, '', sentence.text))}\b", sentence.text):
            return None  # the parse merged two people of one surname: the sentence names the other
        return e, j
    return None


def _central(index: int, want: str, analysis: Analysis, *, reach: int = 6) -> tuple[Entity, int] | None:
    """The story's central person, when the nearest sentences name nobody: news keeps
    calling its protagonist "he" ("He joined Spurs in 2011"). Only when that person is
    of the pronoun's gender and no other person of that gender was named within
    ``reach`` sentences before."""
    people = [e for e in analysis.entities if e.kind == "PERSON" and e.mentions]
    if not people:
        return None
    top = max(people, key=lambda e: e.salience)
    if title_gender(top.title) != want:
        return None  # only a title says the protagonist's gender surely enough
    recent = {s.id for s in analysis.sentences[max(0, index - reach) : index]}
    rivals = [
        e for e in people
        if e is not top and recent & set(e.mentions) and gender(e, analysis) in {want, None}
    ]
    earlier = [sid for sid in top.mentions if int(sid[1:]) - 1 < index]
    if rivals or not earlier:
        return None
    return top, int(earlier[-1][1:]) - 1


_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "van", "von", "de", "da", "di", "du", "del", "della", "der",
                        "den", "la", "le", "dos", "das", "ter", "ten"})


def surname(name: str) -> str:
    """The surname of a full name, with the lower-case particle that belongs to it
    ("Osama bin Laden" → "bin Laden", "Vincent van der Berg" → "van der Berg"): a second
    reference to him is "bin Laden", never "Laden"."""
    words = name.split()
    k = len(words) - 1
    while k > 1 and words[k - 1] in _PARTICLES:
        k -= 1
    return " ".join(words[k:])


def _forms(e: Entity) -> set[str]:
    """Every way the story names ``e``: full name, aliases, surname."""
    return {f for f in (e.name, *e.aliases, surname(e.name)) if f}


def name_of(e: Entity, already: str = "", source: str = "") -> str:
    """How a statement names a person: the fullest form the ``source`` sentence uses
    (so the name is checkable there), or the surname once the full name was given."""
    forms = sorted({e.name, *e.aliases}, key=lambda n: (-len(n.split()), -len(n)))
    full = next((f for f in forms if source and re.search(rf"\b{re.escape(f)}\b", source)), e.name)
    if full in already and len(full.split()) > 1 and full.split()[0] not in _PARTICLES:
        return surname(full)  # (not "bin Laden" cut to "Laden")
    return full


def second_reference(text: str, context: str, analysis: Analysis) -> str:
    """``text`` naming by surname a person whom ``context`` (what the reader has just
    read) already named in full, as house style writes a second reference; a short
    comma-set description the first reference carried goes with the name ("Jason Smith,
    42, was jailed …" after "Jason Smith, 42, sent …" → "Smith was jailed …"). A surname
    two people of the story share keeps the full name."""
    people = [e for e in analysis.entities if e.kind == "PERSON"]
    for e in sorted(people, key=lambda e: -len(e.name)):
        for full in sorted({f for f in (e.name, *e.aliases) if f and len(f.split()) >= 2}, key=lambda f: -len(f)):
            last = surname(full)
            if not re.fullmatch(r"[A-Z][\w'’-]+", last.split()[-1]) or not re.search(rf"\b{re.escape(full)}\b", context):
                continue
            if any(o is not e and last in (surname(o.name), *(surname(a) for a in o.aliases if a)) for o in people):
                continue
            before = re.escape(full.split()[-1 - len(last.split())])
            if not any(re.search(rf"(?<!{before} )\b{re.escape(last)}\b", x.text) for x in analysis.sentences):
                continue  # the story never names them by surname alone ("bin Laden", a place read as a person)

            def shorter(m: re.Match[str], full: str = full, last: str = last) -> str:
                if re.search(r"[A-Z][\w'’.-]* $", m.string[: m.start()]):
                    return m.group(0)  # inside a longer name ("Queen Elizabeth Hospital")
                if _unquoted(m.string)[m.start()] != m.string[m.start()]:
                    return m.group(0)  # inside a quotation: the speaker's words are never changed
                aside = m.group(1) or ""
                return last if aside and (full + aside) in context else last + aside

            text = re.sub(rf"\b{re.escape(full)}\b(?! [A-Z])(, [^,]{{1,40}},(?= ))?", shorter, text)
    return text


def first_word(text: str) -> str:
    m = _WORD.match(text.lstrip("'‘\"“ "))
    return m.group(0).lower() if m else ""


_DEFINITE_SPEAKER = re.compile(
    r"[,—–]['’\"”]? the (?:[a-z-]+ ){0,2}(" + "|".join(sorted(ANAPHORIC_NOUNS)) + r") (?:said|says|added|told|wrote|claimed|insisted|stated)\b"
)


_PERSON_NOUNS = frozenset(["man", "woman", "boy", "girl", "victim", "suspect", "player", "star", "actor", "actress",
                           "singer", "teenager", "youngster", "officer", "driver", "pilot", "father", "mother", "son",
                           "daughter", "husband", "wife"])


def _one_person_in(context: str, analysis: Analysis) -> bool:
    """Whether the text a reader has just read names exactly one person."""
    named = {e.name for e in analysis.entities if e.kind == "PERSON"
             and any(re.search(rf"\b{re.escape(f)}\b", context) for f in _forms(e) if len(f) > 1)}
    return len(named) == 1


_TIME_NOUNS = frozenset(["year", "week", "month", "season", "summer", "winter", "spring", "autumn", "weekend", "morning",
                         "afternoon", "evening", "days", "weeks", "months", "years", "term", "decade", "century"])


def leans(text: str, *, context: str = "", lead: bool = False, one_person: bool = False) -> bool:
    """Whether a statement points back to something it does not say itself.

    ``context`` is the text a reader has just read (the earlier synopsis sentences):
    "The claims" is fine after a sentence that made them, and in the story's lead
    (``lead``) a definite description introduces its referent rather than pointing back;
    "The man" is fine after a text that names one person (``one_person``).
    """
    words = [w.lower() for w in _WORD.findall(text)[:3]]
    if not words:
        return False
    if _BACK_POINTER.search(text) or (not lead and _OPENER_THEN_PRONOUN.search(text)):
        return True  # "Since then …", "The key to all this is …", "Named the force, it will …"
    reported = _REPORTED_PRONOUN.search(text)
    if reported and not speaker_is_antecedent(reported["pronoun"], reported["speaker"], text[reported.end():]) \
            and not reported_expletive(text[reported.start("pronoun"):]):
        return True  # "a study has found it may make your brain larger": "it" is earlier
    m = _DEFINITE_SPEAKER.search(text)
    if m and m.group(1).lower() not in context.lower():
        return True  # "…, the advocacy group said": which group?
    if words[0] == "both" and (len(words) < 2 or words[1] not in _BOTH_NOUNS) \
            and not re.match(r"\W*Both (?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)* and [A-Z]", text):
        return True  # "Both were arrested"; "Both sides …", "Both Wiget and Abegglen …" name theirs
    if _POINTS_BACK.match(text):
        return True  # "Others say they …", "Here, Dr Smith offers his verdict": to what?
    if points_back(text) and not context:
        return True  # "… says if that happens, sea levels would rise": if what happens? (after the sentence it means, fine)
    if not lead and _TIME_THEN_POINTER.match(text):
        return True  # "Yesterday it was a biker coat, and this time around …": it was what?
    after = _ADVERB_OPENER.match(text)
    if after and not lead:
        rest = text[after.end():]
        nxt = [w.lower() for w in _WORD.findall(rest)[:2]]
        if nxt and nxt[0] in _POINTING and not (len(nxt) > 1 and nxt[0] in {"this", "these"} and nxt[1] in _TIME_NOUNS) \
                and not (nxt[0] == "it" and expletive(rest)):
            return True  # "Unfortunately, that means defendants …": means what?
    if not lead and not one_person:
        for m in _DESCRIBED_SUBJECT.finditer(_unquoted(text)):
            if m.start(1) > 0 and m.group(2).lower() not in context.lower():
                return True  # "Where the mother-of-six wore …": which mother?
    if words[0] in LEANING_OPENERS:
        if words[0] in {"this", "these"} and len(words) > 1 and words[1] in _TIME_NOUNS:
            return False  # "This year, Canadians plan to spend …": a time, not a reference
        return not (words[0] == "it" and expletive(text))
    if words[0] == "the" and len(words) > 1 and words[1] in ANAPHORIC_NOUNS and not lead:
        # "The driver, known as Salim, …" / "The man, Tom Smith, …" names its referent.
        if re.match(r"\W*(?i:the) \w+,? (?:known as|named|called|identified as|[A-Z][a-z]+ [A-Z])", text):
            return False
        if one_person and words[1] in _PERSON_NOUNS:
            return False  # "The driver, known as Salim, is alleged … The man … is accused …": the one person named
        return words[1] not in context.lower()
    return False


CONDITION_POINTER = re.compile(
    r"\b(?i:if|when|unless|once|until|should|before) (?:that|this) (?:happens|happened|occurs|occurred|is the case|"
    r"were the case|was the case|goes ahead|went ahead|fails|failed|changes|changed|continues|continued|is allowed|"
    r"were to happen|comes to pass)\b|\b(?i:should) (?:that|this) (?:happen|occur|be the case|go ahead|fail)\b")
"""A condition or time clause whose subject is "that"/"this" standing for an earlier
sentence's event ("if that happens", "when this goes ahead", "should that happen")."""
_SPEECH_FRAME = re.compile(
    r"^\W*(?:(?:But|And|However|Now|So),?\s+)?(?:[\w'’.,-]+\s+){1,8}?"
    r"(?:says?|said|warns?|warned|claims?|claimed|believes?|believed|argues?|argued|adds?|added|thinks?|thought|"
    r"predicts?|predicted|fears?|feared|insists?|insisted|tells? \w+|told \w+)(?:\s+that)?,?\s*$")


def points_back(text: str) -> bool:
    """``text`` has a :data:`CONDITION_POINTER` whose "that"/"this" stands for another
    sentence's event: nothing but a speech frame before it ("Professor X says if that
    happens …", "If that happens, …"); never an event told before it in the same sentence
    ("… could burst within weeks, and if that happens …")."""
    m = CONDITION_POINTER.search(text)
    if m is None:
        return False
    before = text[: m.start()]
    return not re.search(r"\w", before) or bool(_SPEECH_FRAME.match(before))
_ADVERB_OPENER = re.compile(r"^\W*(?:[A-Z][a-z]+ly|However|But|And|So|Yet|Still|Now|Meanwhile|Instead|Also|Again|Then|"
                            r"Indeed|Moreover|Furthermore|Besides|Likewise|Overall|Ultimately|Alas|Sadly|Of course|"
                            r"In (?:fact|short|turn|other words)|As a result|Later|Earlier|Afterwards|Today|Yesterday|Since then),\s+")
"""A sentence adverb and its comma before the clause's first word."""
_TIME_THEN_POINTER = re.compile(
    r"^\W*(?:Yesterday|Today|Tonight|Now|Then|Later|Earlier|Last (?:week|month|year|night|time)|This time)\s+"
    r"(?:it|this|that|they)\s+(?:was|is|were|are|has been|had been)\b(?!\s+(?:\w+\s+)?(?:revealed|announced|reported|"
    r"confirmed|claimed|understood|thought|believed|feared|expected|alleged|said|decided|agreed)\b)")
"""A time adverb, then a pronoun with no referent in its own sentence ("Yesterday it was a
Zara coat …"); not "Yesterday it was announced that …", an expletive."""
_POINTING = frozenset({"that", "this", "these", "those", "it", "they", "its", "their", "such"})
_DESCRIBED_SUBJECT = re.compile(
    r"(?:^|[,;:—–]\s*|\b(?:[Ww]here|[Ww]hile|[Ww]hen|[Aa]s|[Aa]fter|[Bb]efore|[Bb]ecause|[Ss]ince|[Aa]lthough|[Tt]hough|"
    r"[Ww]hereas|but|and|that|[Uu]ntil|[Oo]nce|[Ii]f|said|says|told \w+|added|claimed|claims|believes?|believed|"
    r"insisted|insists|admitted|admits)\s+)([Tt]he )((?:[a-z]+-)*(?:" + "|".join(
        ["star", "actor", "actress", "singer", "father", "mother", "son", "daughter", "husband", "wife", "mum", "dad",
         r"\d+-year-old", "year-old", r"(?:man|woman|boy|girl|father|mother|grandmother|grandfather|mum|dad)-of-[a-z]+"])
    + r"))(?=\s+(?:[a-z]+ed|was|is|has|had|wore|wears|says|said|"
    r"told|took|made|went|gave|did|does|will|would|could|can|may|might)\b)")
"""A definite description of a particular person as a clause's subject ("where the
mother-of-six wore …", "…, but the 39-year-old said …"): someone only an earlier sentence
names. (Not "the man", "the victim", which a lead's "a man" or "a fighter" introduces.)"""


def _unquoted(text: str) -> str:
    """``text`` with quoted passages blanked (same length): a closing mark is one followed by
    a space, punctuation or the end ("John’s" closes nothing); an opening quote never closed
    runs to the end."""
    return re.sub(r"[‘“\"][\s\S]*?(?:[’”\"](?=[\s.,;:!?)\]’”\"—–-]|\Z)|\Z)", lambda m: " " * len(m.group(0)), text)


# An opener that stands for people or a place only an earlier sentence names: "Others say
# …" (others than whom?), "Here, Dr X offers …" (where?) — not "Here is …" or "Others
# including/such as X …", which name them.
_POINTS_BACK = re.compile(r"\W*(?:Others\b(?!,? (?:including|such as|like|among)\b)|Here,)")
# A definite institution owning something ("the station's top job", "the club's owner"):
# the one an earlier sentence named.
_DEFINITE_POSSESSIVE = re.compile(
    r"\b[Tt]he (station|channel|network|club|company|firm|team|side|band|group|party|paper|"
    r"newspaper|magazine|show|programme|program|charity|school|hospital|airline|league|brand)['’]s\b")


_IT_WILL_BE_BEFORE = (r"\s*it (?:will|would|could|may|might) (?:still |only )?be (?:[\w-]+ ){0,3}(?:days?|weeks?|months?|"
                      r"years?|hours?|time|while) (?:before|until)\b")
"""An expletive "it" of a wait: "it will be a couple of days before …"."""


def reported_expletive(text: str) -> bool:
    """ "(says) it will be a couple of days before …", "(says) it is too early to …": a
    reported clause's expletive "it" (not "it is the third drop", which points back)."""
    return bool(re.match(
        _IT_WILL_BE_BEFORE + r"|\s*it (?:is|was) (?:thought|believed|understood|feared|expected|likely|"
        r"unclear|not clear|not known|too early|possible|unlikely) (?:to|that|whether)\b", text, re.I))


def expletive(text: str) -> bool:
    """ "It is thought that …", "It was the first time …": an expletive "it", not a reference."""
    return bool(re.match(
        r"\s*it (?:is|was) (?:thought|believed|understood|feared|expected|likely|unclear|not known|the first|the second|"
        r"the third|the last|the only|now|also)\b|\s*it (?:(?:has|had) (?:now )?(?:also )?been |(?:can|could) (?:now )?be )"
        r"(?:revealed|reported|claimed|confirmed|announced|alleged|understood) that\b|"
        r"\s*it (?:has |had )?(?:now |later |since )?(?:emerged|transpired) that\b|"
        + _IT_WILL_BE_BEFORE + r"|\s*it (?:is|was) (?:too early|unclear|not clear|possible|unlikely) (?:to|that|whether)\b",
        text, re.I))


_QUANTIFIERS = frozenset(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some",
                          "several", "many", "most", "both", "neither", "either", "each", "all", "others", "few",
                          "another", "none"])


def bare_quantifier_subject(span: Span) -> bool:
    """A main clause whose subject is a bare number or quantifier ("One took place outside
    the embassy", "Two were taken to hospital", "Several remain missing"): one of what the
    sentence before named. Not "One of the men …", "Both Smith and Jones …", "Two
    suspects …", which say it."""
    subj = next((t for t in span.root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.lower_ not in _QUANTIFIERS or subj.pos_ in {"PROPN"}:
        return False
    return not any(t.dep_ not in {"punct", "advmod"} for t in subj.children)  # ("The six were arrested": which six is clear)


def sorted_ids(ids: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Sentence ids once each, in story order ("s2", "s10")."""
    return tuple(sorted(dict.fromkeys(ids), key=lambda s: int(s[1:])))


def standalone(
    text: str, index: int, cite: str, analysis: Analysis, *, context: str = "", own_words: bool = False
) -> Resolved | None:
    """``text`` (a statement made from sentence ``index``) as a reader can take it alone.

    A leading "He"/"She"/"His"/"Her" with one clear antecedent becomes the name;
    a trailing ", he said." frame likewise. Returns None when the statement leans on
    something that cannot be written in. With ``own_words``, a quotation opening on
    "I"/"We"/"My"/"Our" whose ", he said" frame is now named stands alone: the words are
    the named speaker's own ("'I think we will win,' Mark Dunn said.").
    """
    cites = [cite]
    out = text
    outside = re.sub(r"[‘“\"][^’”\"]*[’”\"]", " ", out).lower()
    both = re.search(r"\b(?:he|him|his)\b", outside) and re.search(r"\b(?:she|her|hers)\b", outside)
    if both and (_unnamed_person(out, analysis) or first_word(out) in SUBJECT_PRONOUNS | POSSESSIVE_PRONOUNS):
        return None  # "He confessed and she admitted she was there": two people behind pronouns
    aged = _AGED.match(out)
    if aged:
        # "The 57-year-old has criticised …": the one person the story gave that age.
        who = _person_of_age(aged.group(2), index, analysis)
        if who is not None:
            e, j = who
            name = name_of(e, context, analysis.sentences[j].text)
            out = aged.group(1) + name + out[aged.end():]
            cites.append(analysis.sentences[j].id)
    figure = _FIGURE.match(out)
    if figure and index > 0:
        # "That figure is a substantial drop from 1999 …": the one number the sentence
        # before gives ("1,570 people died …") is the figure.
        numbers = _NUMBER.findall(analysis.sentences[index - 1].text)
        if len(numbers) == 1:
            out = f"{figure.group(1)}The {figure.group(3).lower()} of {numbers[0]}{out[figure.end():]}"
            cites.append(analysis.sentences[index - 1].id)
    fw = first_word(out)
    if fw in SUBJECT_PRONOUNS | POSSESSIVE_PRONOUNS:
        found = _antecedent(index, fw, analysis)
        if found is None:
            return None
        e, j = found
        name = name_of(e, context, analysis.sentences[j].text)
        repl = name + ("’s" if "’" in out else "'s") if fw in POSSESSIVE_PRONOUNS else name
        out = re.sub(r"^(\W*)" + fw, lambda m: m.group(1) + repl, out, count=1, flags=re.I)
        cites.append(analysis.sentences[j].id)
    m = re.search(r"[,?!]['’\"”]? (he|she) (said|says|added|adds|told [A-Z][\w ]+|explained|continued|claimed|insisted|"
                  r"admitted|warned|recalled)\.$", out)
    own = False  # the quotation's opening "I"/"We" is its speaker's, now named
    if m:
        found = _antecedent(index, m.group(1), analysis)
        if found is not None:
            e, j = found
            out = out[: m.start(1)] + name_of(e, context + " " + out[: m.start(1)], analysis.sentences[j].text) + out[m.end(1) :]
            cites.append(analysis.sentences[j].id)
            own = own_words and bool(re.match(r"['‘\"“](?:I|We|My|Our)\b", out))
    described = _lead_describes(out, index, analysis)
    if _unnamed_person(out, analysis, index) and not described:
        # "Police said he fled": the first unnamed "he" outside quotation marks gets the
        # name too, when its antecedent is clear.
        out, extra = _name_inner(out, index, analysis, context)
        if extra is None:
            return None
        cites.append(extra)
    one_person = bool(context) and _one_person_in(context, analysis)
    probe = re.sub(r"^(\W)\w+", r"\1Quote", out, count=1) if own else out
    if leans(probe, context=context, lead=index == 0, one_person=one_person) or (
            _unnamed_person(out, analysis, index) and not described):
        return None
    poss = _DEFINITE_POSSESSIVE.search(out) if index > 0 else None
    if poss and poss.group(1).lower() not in context.lower() and not _names_org(context + " " + out[: poss.start()],
                                                                                    analysis, poss.group(1)):
        return None  # "… the difficulties of the station's top job", no station named before it
    out, named_at = introduce_names(out, index, analysis, context)
    cites += named_at
    return Resolved(out, sorted_ids(cites))


_MEDIA = frozenset(["station", "channel", "network", "paper", "newspaper", "magazine", "show", "programme", "program"])


def _lead_describes(text: str, index: int, analysis: Analysis) -> bool:
    """Whether ``text`` is the story's first sentence and its own subject, a description
    ("A midwife has accepted her mistakes …", "A pub landlord who claimed he was
    sleepwalking …"), stands before its "he"/"her": a lead has no earlier sentence a
    pronoun could point back to."""
    facts = analysis.facts[index] if index < len(analysis.facts) else None
    subj = (facts.subject or "").strip() if facts else ""
    if index != 0 or not re.match(r"(?:An?|One|Another) [a-z]", subj):
        return False
    outside = _unquoted(text)
    m = _THIRD_PERSON.search(outside)
    return m is not None and subj in text[: m.start()]


def _names_org(text: str, analysis: Analysis, noun: str = "") -> bool:
    """Whether ``text`` names something of the story other than a person — an
    organisation, a place, a team's country, a show — that "the station", "the club", "the
    band" or "the show" may stand for. An outlet ("the magazine", "the show", "the
    station") must be an organisation or a title ("Radio Clyde"), or one the story itself
    calls that ("Stylist magazine", "the magazine Stylist") — not a place or a royal title
    ("the magazine's regular feature" after a sentence naming only the Duchess of
    Cambridge)."""
    noun = noun.lower()
    sentences = [x.text for x in analysis.sentences]
    for e in analysis.entities:
        if e.kind == "PERSON":
            continue
        for f in (e.name, *e.aliases):
            if len(f) <= 1 or not re.search(rf"\b{re.escape(f)}\b", text):
                continue
            if noun not in _MEDIA or (e.kind in {"ORG", "WORK_OF_ART"} and not re.search(r"\b(?:of|Duke|Duchess|Prince|Princess|King|Queen)\b", f)):
                return True  # (an outlet the story names: "Radio Clyde" for "the station")
            g, n = re.escape(f), re.escape(noun)
            if re.search(rf"\b{n}\b", f, re.I) or any(re.search(
                    rf"\b{g}['’]?s? {n}\b|\b{n},? (?:called |named |titled )?['‘\"“]?{g}\b|\b{g}, (?:the|a|an) (?:\w+ ){{0,2}}{n}\b",
                    x, re.I) for x in sentences):
                return True
    return False


_FIGURE = re.compile(r"^(\W*)(That|This|The) (figure|number|total|toll|tally)\b(?! of)")
# A count as the story writes it, not a year ("1,570", "5,000", "12 per cent"; not "2000").
_NUMBER = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d{1,3}(?:,\d{3})+(?:\.\d+)?(?: per ?cent|%)?(?![\w,])|"
                     r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?(?: per ?cent|%)(?![\w])")

# Openers and phrases that point back to what the previous sentence told.
_BACK_POINTER = re.compile(
    r"^\W*(?:since then|after that|by then|until then|at that (?:time|point)|even so|despite this|despite that|"
    r"as a result|because of this|because of that)\b|\ball (?:this|that)\b(?![^‘“\"]*[’”\"])",
    re.I,
)
# An opening participle, then a pronoun subject (the lead's own "these images" introduce).
_OPENER_THEN_PRONOUN = re.compile(r"^\W*(?:[A-Z][a-z]+(?:ed|ing)|In|On|At|During|After|Before|Since|Over|Under|Within|"
                                  r"Despite|Following|Throughout) [^,.;]{1,60}, (?:it(?! (?:appears|seems|is (?:thought|"
                                  r"believed|understood|expected|likely|not known|unclear))\b)|they|this|these)\b", re.I)

_AGED = re.compile(r"^(\W*)The (\d{1,3})-year-old\b(?! (?:man|woman|boy|girl|son|daughter|mother|father|[a-z]+er)\b)")


def _person_of_age(age: str, index: int, analysis: Analysis) -> tuple[Entity, int] | None:
    """The one person an earlier sentence gives ``age`` ("Kim Rose, 57,", "Kim Rose (57)",
    "57-year-old Kim Rose"), with that sentence's index; None when none or several do."""
    found: dict[str, tuple[Entity, int]] = {}
    for j in range(index):
        text = analysis.sentences[j].text
        for e in analysis.entities:
            if e.kind != "PERSON" or analysis.sentences[j].id not in e.mentions:
                continue
            for form in {e.name, *e.aliases}:
                f = re.escape(form)
                if re.search(rf"\b{f},? (?:\(|, )?{age}\b|\b{age}-year-old (?:[a-z]+ )*{f}\b", text):
                    found.setdefault(e.name, (e, j))
    return next(iter(found.values())) if len(found) == 1 else None


# A full name as people write it: two or three capitalised words ("Nicole Daedone").
_PERSON_NAME = re.compile(r"[A-Z][a-z'’.-]+(?: (?:de |van |von |al-|O')?(?:Ma?c)?[A-Z][a-z'’.-]+){1,2}")
"""A person's full name as NER gives it ("Stuart MacGill", "Jim McKay", "Vincent van Gogh")."""
# Capitalised words that open a sentence before a surname without being a first name.
_STARTERS = frozenset({"When", "After", "But", "And", "As", "While", "Yesterday", "Today", "Then", "Now", "Also", "Meanwhile", "However"})
_BOTH_NOUNS = frozenset({"sides", "teams", "parties", "countries", "nations", "men", "women", "clubs", "players", "leaders", "camps", "governments", "companies"})
_TITLES_BEFORE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Prof|Professor|Judge|Justice|President|Minister|Senator|Sen|Rep|Gov|General|Gen|Captain|Capt|Coach|Chief)\.?\s$")


@lru_cache(maxsize=1024)
def _words_before(sentences: tuple[str, ...], surname: str) -> frozenset[str]:
    """The capitalised words the story writes straight before ``surname`` ("Rhodri Giggs"),
    titles aside (read once per story and name: every statement asks)."""
    return frozenset(
        m.group(1) for text in sentences for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b", text)
        if not _TITLES_BEFORE.search(m.group(1) + " ")
    )


def introduce_names(text: str, index: int, analysis: Analysis, context: str = "") -> tuple[str, list[str]]:
    """A person a statement names by surname alone ("Daedone said …") is introduced by
    full name the first time a reader meets them, as the story did ("Nicole Daedone");
    returns the text and the ids of the sentences that give the full names."""
    cites: list[str] = []
    groups = {_singular(w) for e in analysis.entities if e.kind in {"NORP", "ORG"} for w in e.name.split()}
    for e in analysis.entities:
        if e.kind != "PERSON" or not _PERSON_NAME.fullmatch(e.name) or not e.mentions:
            continue  # (NER's "Sauber - Ferrari" is no one's full name)
        if e.name in text or e.name in context:
            continue
        last = surname(e.name)  # "van Persie", never "Persie" ("praised van Persie")
        if _singular(last) in groups:
            continue  # "Multimillionaire Tory" is no one's name: "Tory donors" are not this person
        if last.lower() in STOP_WORDS or not last.split()[-1][:1].isupper():
            continue  # "Kenneth More": "More than 40 prisoners …" is not him
        namesakes = [
            o for o in analysis.entities
            if o.kind == "PERSON" and o is not e and any(f.split()[-1] == last.split()[-1] for f in (o.name, *o.aliases) if f)
        ]
        first = e.name.split()[0]
        others = _words_before(tuple(s.text for s in analysis.sentences), last) - {first}
        if namesakes or others - {"His", "Her", "The", "Brother", "Sister", "Father", "Mother", "Son", "Daughter"} - _STARTERS:
            continue  # "Giggs" in a story of Ryan and Rhodri Giggs: which one?
        m = re.search(rf"\b{re.escape(last)}\b", text)
        if m is None or re.search(rf"\b{re.escape(last)}\b", context):
            continue
        before, after = text[: m.start()], text[m.end() :]
        if _TITLES_BEFORE.search(before) or re.search(r"(?:[A-Z][\w.'’-]*|&)\s$", before) or re.match(r"\s[A-Z&]", after):
            continue  # "Mr Norman", "Jesse Norman", "FC United", "Hall & Woodhouse": part of a name already
        source = next(
            (sid for sid in e.mentions if e.name in analysis.sentence(sid).text and int(sid[1:]) - 1 != index), None
        )
        if source is None:
            continue
        text = text[: m.start()] + e.name + text[m.end() :]
        cites.append(source)
    return text, cites


def _singular(word: str) -> str:
    w = word.lower()
    return w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") and not w.endswith("ss") else w


_THIRD_PERSON = re.compile(r"\b(?:he|she|him|his|her|hers)\b", re.I)
_NOT_A_NOUN = frozenset(
    {"to", "and", "or", "in", "on", "at", "for", "with", "from", "by", "as", "that", "was", "is", "had", "has", "the",
     "a", "an", "of", "about", "after", "before", "when", "if", "but", "so", "because", "while", "until"}
)


def _name_inner(text: str, index: int, analysis: Analysis, context: str) -> tuple[str, str | None]:
    """``text`` with its first unnamed third-person pronoun (outside quotes) replaced by
    the antecedent's name, and the sentence that names them; (text, None) if unclear."""
    outside = _unquoted(text)
    m = _THIRD_PERSON.search(outside)
    if m is None:
        return text, None
    pron = m.group(0).lower()
    if pron not in {"he", "she"}:
        return text, None  # a possessive or object pronoun inside: too easily someone else's
    if _own_subject_before(text[: m.start()], index, analysis):
        return text, None  # "One academic told the authors how she …": she is the academic
    found = _antecedent(index, pron, analysis)
    if found is None:
        return text, None
    e, j = found
    name = name_of(e, context + " " + text[: m.start()], analysis.sentences[j].text)
    after = text[m.end() :].split()
    if pron == "his" or (pron == "her" and after and after[0][:1].islower() and after[0].lower() not in _NOT_A_NOUN):
        repl = name + "'s"
    elif pron == "hers":
        return text, None
    else:
        repl = name
    return text[: m.start()] + repl + text[m.end() :], analysis.sentences[j].id


_DESCRIBED_PEOPLE = _PERSON_NOUNS | frozenset([
    "academic", "teacher", "student", "pupil", "nurse", "doctor", "worker", "employee", "resident", "witness", "friend",
    "source", "neighbour", "neighbor", "official", "spokesperson", "spokeswoman", "spokesman", "patient", "passenger",
    "soldier", "fan", "lawyer", "relative", "parent", "sister", "brother", "member", "customer", "user", "scientist",
    "researcher", "expert", "survivor", "mum", "mom", "dad", "child", "colleague", "insider", "aide", "tourist",
    "visitor", "owner", "grandmother", "grandfather", "partner", "girlfriend", "boyfriend", "fiancee", "fiance",
    "baby", "author", "chief", "minister", "president", "leader", "manager", "coach", "captain", "judge", "nun",
    "priest", "monk", "pensioner", "widow", "widower", "bride", "groom", "militant", "bomber", "gunman", "attacker",
    "assailant", "killer", "robber", "thief", "intruder", "offender", "defendant", "prisoner", "inmate", "detainee",
    "hostage", "guard", "journalist", "reporter", "candidate", "jockey", "golfer", "striker", "goalkeeper",
])
"""Descriptions of one person, the subject a later "she"/"he" of the sentence points to."""


def _own_subject_before(before: str, index: int, analysis: Analysis) -> bool:
    """Whether the sentence's own subject, a description rather than a name or a pronoun
    ("One academic", "A woman"), stands before the pronoun: the nearest antecedent, whom
    no earlier sentence names."""
    facts = analysis.facts[index] if index < len(analysis.facts) else None
    subj = (facts.subject or "").strip() if facts else ""
    if not subj or subj.lower() in SUBJECT_PRONOUNS or subj not in before:
        return False
    if subj.split()[-1].lower() not in _DESCRIBED_PEOPLE:
        return False  # "Police said she fled", "The photo was shared with her …": no person
    names = {f for e in analysis.entities if e.kind == "PERSON" for f in _forms(e) if len(f) > 1}
    return not any(re.search(rf"\b{re.escape(f)}\b", subj) for f in names)


def _unnamed_person(text: str, analysis: Analysis, index: int | None = None) -> bool:
    """A "he"/"she" outside quotation marks with no person named before it in ``text``
    ("Last week it was revealed she over-ruled …"); with ``index``, the sentence's own
    described subject before it ("One academic told the authors how she …") names it."""
    outside = _unquoted(text)
    m = _THIRD_PERSON.search(outside)
    if m is None:
        return False
    before = text[: m.start()]
    if index is not None and _own_subject_before(before, index, analysis):
        return False
    forms = {f for e in analysis.entities if e.kind == "PERSON" for f in _forms(e)}
    if any(re.search(rf"\b{re.escape(f)}\b", before) for f in forms if len(f) > 1):
        return False
    # "In her 2008 campaign, Clinton did not …": a possessive in an opening phrase points
    # forward to the name that opens the main clause.
    front = re.match(r"\W*[A-Z][a-z]+ [^,;:]*\b(?:his|her)\b[^,;:]*, ", outside)
    if front and m.start() < front.end() and any(
        text.startswith(f, front.end()) and not text[front.end() + len(f):][:1].isalpha() for f in forms if len(f) > 1
    ):
        return False
    # A named role or a person noun before it carries the reference ("The driver … his");
    # the capitalised first word of the sentence does not count as a name.
    before = re.sub(r"^\W*\w+", "", before)
    if re.search(r"\b[A-Z][a-z]+\b", before):
        return False
    return not set(re.findall(r"[a-z]+", before)) & _DESCRIBED_PEOPLE


_VAGUE_DETERMINERS = frozenset(["a", "an", "some", "several", "many", "most", "few", "all", "both", "other", "more",
                                "any", "no", "each", "every", "such", "their", "his", "her", "its", "our", "my",
                                "your", "about", "up", "over", "nearly", "almost", "around", "at", "least"])


def they_stands_for(span: Span) -> str | None:
    """What an opening "They" of ``span`` stands for: the plural subject of the sentence
    before, as a definite noun phrase ("Three Swiss guides were convicted … They have
    been given suspended sentences" → "The three Swiss guides"), or None when that is not
    clear — no plural subject, a plural object competing with it, a vague quantity
    ("Several people …"), or an apposition or clause inside the phrase."""
    first = next((t for t in span if not t.is_punct), None)
    if first is None or first.lower_ != "they" or first.dep_ not in {"nsubj", "nsubjpass"} or span.start == 0:
        return None
    prev = span.doc[span.start - 1].sent
    root = prev.root
    subj = next((t for t in root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    conj = [t for t in subj.children if t.dep_ == "conj"]
    if subj.tag_ not in {"NNS", "NNPS"} and not conj and subj.lower_ not in {"police", "people"}:
        return None
    if any(t.dep_ == "dobj" and t.tag_ in {"NNS", "NNPS"} for t in root.children):
        return None  # "Guards stopped two men. They …": which?
    end = max([subj.i, *(t.i for t in conj)]) + 1
    words = span.doc[subj.left_edge.i : end]
    if any(t.is_punct or t.pos_ in {"PRON", "VERB", "AUX", "ADP"} or t.dep_ in {"relcl", "acl", "appos"} for t in words) \
            or len(words) > 6 or words[0].lower_ in _VAGUE_DETERMINERS:
        return None
    text = words.text
    if words[0].lower_ in {"these", "those", "the"}:
        text = "the" + text[len(words[0].text):]
    elif words[0].tag_ == "CD" or (words[0].pos_ in {"ADJ", "NUM"} and words[0].ent_type_ not in {"NORP", "GPE"}):
        text = "the " + text[0].lower() + text[1:]
    return text[0].upper() + text[1:]


def write_in_they(text: str, span: Span, index: int, analysis: Analysis) -> tuple[str, str | None]:
    """``text`` (a statement made from ``span``, sentence ``index``) with an opening
    "They" written as what it stands for (:func:`they_stands_for`), and the id of the
    sentence that names it; ``(text, None)`` when there is nothing to write in."""
    m = re.match(r"^(\W*)They\b", text)
    who = they_stands_for(span) if m and index > 0 else None
    if m is None or who is None:
        return text, None
    before = analysis.sentences[index - 1]
    if who.lower().removeprefix("the ") not in before.text.lower():
        return text, None
    return m.group(1) + who + text[m.end():], before.id


_THING_ENTS = frozenset({"FAC", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})


def unbound_object_pronoun(span: Span) -> bool:
    """An object "it"/"them" outside quotation marks with nothing in its own sentence it
    can stand for ("In Connecticut, lawmakers voted to raise it …": raise what?) — a
    common noun of its number before it, or a named thing ("Berckmans Road"). A statement made from such a sentence leans on
    the one before."""
    quoted = False
    for t in span:
        if t.text in {"“", "”", '"'}:
            quoted = t.text == "“" or (t.text == '"' and not quoted)
            continue
        if quoted or t.lower_ not in {"it", "them"} or t.dep_ not in {"dobj", "pobj", "dative"}:
            continue
        number = {"NN", "NNP"} if t.lower_ == "it" else {"NNS", "NNPS"}
        if not any(x.tag_ in number and (x.pos_ == "NOUN" or x.ent_type_ in _THING_ENTS) for x in span if x.i < t.i):
            return True
    return False
