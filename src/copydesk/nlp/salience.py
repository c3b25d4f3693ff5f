"""How central each sentence and phrase is to the story, and the story's tags.

Sentence salience mixes three signals news summarisation has long relied on: the
lead bias (news puts the main event first), centrality (how many of the story's
frequent content lemmas a sentence carries, as in centroid summarisers), and the
salience of the entities it names. Quotes and questions are discounted: they are
rarely the best statement of fact.

The story's topics (``Analysis.tags``) are read off the entities and the parse: see
:func:`make_tags`.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from copydesk.contract import title_case
from copydesk.model import Entity, SentenceFacts
from copydesk.nlp.entities import HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS
from copydesk.nlp.facts import SPEECH_VERBS

_NOT_TOPICS = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "GPE", "MONEY", "PERCENT", "QUANTITY"})
_GENERIC = frozenset(
    ["time", "year", "years", "day", "days", "people", "thing", "things", "way", "lot", "part", "number", "week", "weeks", "month", "months", "today", "yesterday", "official", "officials", "statement", "report", "reports", "source", "sources", "side"]
)


def sentence_salience(
    facts: Sequence[SentenceFacts], entities: Sequence[Entity], texts: Sequence[str]
) -> tuple[float, ...]:
    """A score in [0, 1] per sentence."""
    n = len(facts)
    if n == 0:
        return ()
    df: Counter[str] = Counter()
    for f in facts:
        df.update(set(f.content_lemmas))
    ent_sal = {e.id: e.salience for e in entities}
    raw: list[float] = []
    for i, f in enumerate(facts):
        lemmas = f.content_lemmas
        words = max(len(texts[i].split()), 1)
        central = sum(math.log1p(df[lemma] - 1) for lemma in lemmas) / math.sqrt(max(len(lemmas), 1))
        entity = sum(ent_sal.get(e, 0.0) for e in f.entities)
        position = 1.0 / (1.0 + 0.3 * i)
        score = 0.45 * position + 0.3 * central / 3.0 + 0.25 * min(entity, 3.0) / 3.0
        if f.is_quote:
            score *= 0.75
        if texts[i].rstrip().endswith("?"):
            score *= 0.6
        if words < 6:
            score *= 0.5
        raw.append(score)
    top = max(raw) or 1.0
    return tuple(round(s / top, 4) for s in raw)


def key_phrases(doc: Doc, spans: Sequence[Span], limit: int = 12) -> tuple[str, ...]:
    """Noun phrases ranked by the frequency of their head lemma and how early they appear."""
    head_freq: Counter[str] = Counter(t.lemma_.lower() for t in doc if t.pos_ in {"NOUN", "PROPN"})
    scores: dict[str, float] = {}
    surface: dict[str, str] = {}
    try:
        chunks = list(doc.noun_chunks)
    except ValueError:  # no parser output
        return ()
    n = max(len(spans), 1)
    starts = [s.start for s in spans]
    for chunk in chunks:
        toks = [
            t for t in chunk
            if t.pos_ in {"NOUN", "PROPN", "ADJ"} and not t.is_stop and t.is_alpha and len(t.text) > 2
            and t.ent_type_ not in _NOT_TOPICS
        ]
        while toks and toks[0] is not toks[-1] and _left_behind(toks[0]):
            toks.pop(0)  # "mph winds" of "100 mph winds"
        if not toks or toks[-1].pos_ != "NOUN":
            continue
        head = chunk.root.lemma_.lower()
        if head in _GENERIC or len(toks) > 4:
            continue
        key = " ".join(t.lemma_.lower() for t in toks)
        sent_index = sum(1 for s in starts if s <= chunk.start) - 1
        weight = head_freq[head] * (1.0 + (1 - sent_index / n)) * (1.0 + 0.3 * (len(toks) - 1))
        if key not in scores:
            surface[key] = " ".join(t.text for t in toks)
        scores[key] = scores.get(key, 0.0) + weight
    ranked = sorted(scores, key=lambda k: -scores[k])
    out: list[str] = []
    for k in ranked:
        if any(k in o.lower() or o.lower() in k for o in out):
            continue
        out.append(surface[k])
        if len(out) >= limit:
            break
    return tuple(out)


# --------------------------------------------------------------------------- topics
#
# Topics as a copy editor picks them: the people, organisations and places the story
# is about, most central first (mentions, the lead, the subject of main clauses), each
# once under one name (an acronym with its expansion, a surname with the full name),
# then at most two common-noun subjects the story keeps returning to ("child
# pornography"); never generic nouns, fragments of names, descriptions of a person or
# the news outlet that is merely credited.

_TOPIC_KINDS = frozenset({"PERSON", "ORG", "PLACE", "EVENT", "FACILITY"})
# Named, but topics only when the story keeps returning to them.
_MINOR_KINDS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW"})
MAX_ENTITY_TOPICS = 6
MAX_PLACE_TOPICS = 3
MAX_SUBJECT_TOPICS = 2
MIN_TOPICS = 3
MAX_TOPICS = 6
FULL_TOPICS = 4

# Joins capitalised words into one name ("House of Lords", "Mail on Sunday").
_NAME_JOINERS = frozenset(
    ["of", "de", "du", "des", "la", "le", "del", "della", "der", "den", "van", "von", "da", "di", "do", "dos", "das", "and", "&", "the", "al", "bin", "ibn", "el", "y", "upon", "on"]
)
_WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
_MONTHS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
)
_MONTH_ABBREVIATIONS = frozenset(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])
# The last word of an organisation's name that its bare first word is no name without
# ("Rhodium Group": "Rhodium" alone is a chemical element).
_ORG_HEADS = frozenset(["group", "inc", "inc.", "ltd", "ltd.", "foundation", "institute", "company", "corp", "corp.",
                        "corporation", "trust", "partners", "capital", "holdings", "associates", "agency", "council",
                        "society", "association", "research", "labs", "laboratories", "network", "fund", "center",
                        "centre", "project", "initiative", "alliance", "coalition", "institution", "consulting"])
# A company's legal suffix: the story's plain name for it is the topic ("Microsoft", not "Microsoft Corp").
_CORPORATE_SUFFIXES = frozenset(["inc", "inc.", "ltd", "ltd.", "corp", "corp.", "corporation", "company", "plc", "llc", "co", "co."])
_DIRECTIONS = frozenset(
    ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "midwest", "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest"]
)
# Page furniture that NER reads as a name ("Scroll down for video", "RIP Stan Freberg").
_FURNITURE = frozenset(
    ["scroll", "video", "videos", "watch", "pictured", "picture", "pictures", "photo", "photos", "click", "share", "rip", "info", "related", "caption", "file", "exclusive", "advertisement", "comments", "subscribe", "follow", "update", "updated", "breaking", "live", "editor", "source", "sources"]
)
# Words a caption glues onto the end of a name ("Washington D.C. Pictured").
_TRAILING_FURNITURE = frozenset(
    ["pictured", "caught", "signed", "said", "says", "told", "added", "seen", "shown", "filmed", "captured", "watch", "video", "above", "below", "inset", "file", "photo", "pic", "credit", "scroll", "in", "at", "and", "the", "a", "an", "of", "for", "with", "to", "on", "is", "was"]
)
# Words before a person's name that are not part of it.
_PERSON_PREFIXES = frozenset(
    ["rip", "sister", "brother", "father", "mother", "veterinarian", "vet", "nurse", "doctor", "dr", "pc", "sgt", "mr", "mrs", "ms", "miss", "rev", "reverend", "pictured", "watch", "scroll", "video"]
)
# News outlets, agencies and picture agencies: credited for the reporting, rarely the story.
_OUTLETS = frozenset(
    ["cnn", "cnn wire", "daily mail", "mail", "mail online", "mailonline", "mail on sunday", "the mail on sunday", "sportsmail", "associated press", "ap", "reuters", "afp", "agence france-presse", "agence france presse", "press association", "pa", "bbc", "bbc news", "sky news", "itv news", "fox news", "nbc news", "abc news", "cbs news", "nbc", "abc", "cbs", "msnbc", "times", "new york times", "sunday times", "washington post", "wall street journal", "los angeles times", "usa today", "telegraph", "daily telegraph", "sunday telegraph", "guardian", "observer", "independent", "sun", "the sun", "mirror", "daily mirror", "express", "daily express", "daily star", "evening standard", "metro", "huffington post", "tmz", "us weekly", "e! news", "daily news", "new york post", "new york daily news", "people's daily", "people's daily online", "xinhua", "der spiegel", "spiegel", "bild", "al jazeera", "bloomberg", "politico", "buzzfeed", "yahoo", "yahoo news", "abc radio", "daily beast", "getty", "getty images", "rex", "rex features", "splash news", "swns", "barcroft", "caters news", "solent news", "mercury press", "national enquirer", "radar online", "e! online", "entertainment tonight", "abc7", "wsb-tv", "ktla", "kabc", "wabc", "wcvb", "wptv",
     "sky sports", "sky sports news", "bt sport", "talksport", "bbc sport", "bbc radio 5 live", "radio 5 live",
     # platforms a remark was posted on ("spotted by X on Twitter")
     "twitter", "facebook", "instagram", "youtube", "tiktok", "reddit", "ireport"]
)
_OUTLET_HEADS = frozenset(
    ["times", "post", "news", "online", "herald", "journal", "gazette", "telegraph", "tribune", "mail", "mirror", "express", "chronicle", "magazine", "press", "wire", "radio", "tv", "today", "standard", "observer", "daily", "weekly", "examiner", "inquirer", "courier", "echo", "argus", "star", "sun", "post-dispatch", "bulletin", "dispatch", "review", "reporter", "newspaper", "broadcasting", "network"]
)
# Governors of a credited outlet: "told CNN", "seen by the Mail", "an interview with the BBC".
_CREDIT_WORDS = frozenset(
    ["tell", "speak", "talk", "say", "see", "obtain", "report", "quote", "write", "publish", "reveal", "confirm", "give", "send", "release", "provide", "interview", "statement", "contribute", "reporting", "air", "broadcast", "show", "film", "photograph", "capture", "share", "post", "according", "accord", "learn", "understand", "cite", "run", "carry", "claim", "add", "explain", "state", "announce", "note", "spot"]
)
_JOURNALISTS = frozenset(["reporter", "correspondent", "journalist", "editor", "columnist", "presenter", "anchor", "host", "producer", "writer", "crew", "team", "investigation", "poll", "survey", "report", "analysis", "interview", "documentary", "affiliate"])
# Places and bodies known under several names.
_ALIASES = (
    ("United States", "US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "U-S"),
    ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    ("Islamic State", "IS", "ISIS", "ISIL", "Isis", "Isil", "Daesh", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant"),
    ("United Nations", "UN", "U.N."),
    ("European Union", "EU", "E.U."),
    ("New York City", "NYC"),
    ("Los Angeles", "LA", "L.A."),
    ("Democratic Republic of Congo", "DRC", "DR Congo", "Democratic Republic of the Congo"),
    ("United Arab Emirates", "UAE", "U.A.E."),
    ("Washington", "Washington, D.C.", "Washington D.C.", "Washington DC", "D.C.", "DC", "District of Columbia"),
)
# Words after which a one-word name is a place ("in Jordan", "from Paris").
_LOCATIVE = re.compile(
    r"\b(?:in|at|from|near|across|around|outside|inside|throughout|to|into|towards|visit(?:ed|ing)?)\s+(?:the\s+)?([A-Z][\w'’-]*)"
)
# A place whose name is another's plus one of these is a different place
# ("New Jersey" is not "Jersey", "North Korea" not "Korea").
_PLACE_QUALIFIERS = _DIRECTIONS | {"new", "upper", "lower", "greater", "little", "great", "old", "port", "fort", "saint", "st", "st.", "san", "santa", "los", "las", "el", "la", "mount", "lake", "cape"}
# Team names that shorten to their town ("Swansea City" → "Swansea").
_CLUB_WORDS = frozenset(["united", "rovers", "athletic", "albion", "wanderers", "fc", "afc", "hotspur", "rangers", "wolves", "rhinos", "warriors", "saints", "tigers", "sharks", "bulls", "eagles", "giants", "knights"])
_TITLE_WORDS = frozenset(HONORIFICS) | TITLE_HEADS | _PERSON_PREFIXES
_GENERATIONS = frozenset(["jr", "sr", "ii", "iii", "iv", "junior", "senior"])
# One-word "names" that are a body's generic word ("Department", "Center", "Election").
_GENERIC_NAMES = frozenset(
    ["center", "centre", "department", "council", "court", "police", "university", "college", "school", "hospital", "committee", "commission", "ministry", "office", "service", "agency", "government", "party", "league", "cup", "union", "club", "society", "institute", "foundation", "trust", "association", "board", "authority", "district", "county", "state", "city", "federal", "national", "international", "group", "company", "corporation", "election", "champions", "championship", "formula", "premier", "division", "team", "squad", "army", "navy", "force", "forces", "administration", "house", "senate", "assembly", "church", "station", "airport", "museum", "street", "road", "park", "prison", "bank", "network", "channel", "series", "show", "awards", "festival", "world", "republic", "kingdom", "empire", "union", "federation", "coalition", "alliance", "brigade", "regiment", "unit", "squadron", "academy", "territory",
     "opposition", "cabinet"]
)
# Words that make a name an institution of a place ("Brisbane Magistrates Court").
_INSTITUTION_WORDS = frozenset(
    ["court", "courts", "police", "council", "hospital", "university", "college", "school", "department", "zoo", "airport", "station", "museum", "park", "stadium", "centre", "center", "street", "road", "bridge", "house", "hall", "church", "cathedral", "prison", "county", "city", "state", "government", "ministry", "office", "service", "academy", "institute", "bank", "times", "post", "news", "assembly", "parliament", "district", "agency", "authority", "board", "commission", "committee", "foundation", "trust", "society", "association", "union", "party", "festival", "show", "awards", "award", "prize", "cup", "league", "games", "series", "championship", "open", "marathon"]
)
_RANKS = frozenset(HONORIFICS) | frozenset(
    ["sgt", "sgt.", "det", "det.", "pc", "dc", "insp", "insp.", "supt", "supt.", "lt", "lt.", "capt", "capt.", "col", "col.", "gen", "gen.", "cpl", "cpl.", "pvt", "pvt.", "dr", "dr.", "rev", "rev."]
)
# Letters after a person's name.
_POSTNOMINALS = frozenset(["QC", "KC", "SC", "MP", "MLA", "MLC", "MHR", "MEP", "MSP", "AM", "AO", "AC", "OBE", "MBE",
                           "CBE", "KBE", "DBE", "VC", "PhD"])
# Offices a story names alone for the person who holds them.
_LONE_TITLES = frozenset(["treasurer", "governor-general", "attorney-general", "solicitor-general", "auditor-general",
                          "premier", "chancellor", "governor", "speaker", "commissioner", "ombudsman"])
# Royal and noble titles are part of how the person is named ("Princess Eugenie").
_KEPT_TITLES = frozenset(["prince", "princess", "king", "queen", "duke", "duchess", "lord", "lady", "sir", "dame", "pope", "earl", "baroness", "baron", "emir", "sheikh"])
# Adjectives of a faith: a name cannot end on one ("a Toowoomba Anglican school").
_FAITHS = frozenset(["anglican", "catholic", "muslim", "jewish", "christian", "islamic", "baptist", "methodist",
                     "presbyterian", "uniting", "orthodox", "lutheran", "evangelical", "hindu", "sikh", "buddhist"])
# Titles that end a description run into a person's name ("Federal Labor MP Carmen Lawrence").
_INNER_TITLES = (TITLE_HEADS | _RANKS | _LONE_TITLES | frozenset(["leader", "frontbencher", "backbencher", "mp", "mla", "spc", "spc.",
                                                    "pfc", "pfc.", "sgt", "cpl", "pte"])) \
    - _KEPT_TITLES - {"major", "justice"}

# Nouns naming a person: a phrase headed by one describes someone, it is not a topic.
_PERSON_NOUNS = frozenset(
    ["man", "woman", "boy", "girl", "child", "kid", "baby", "toddler", "infant", "teenager", "teen", "youngster", "adult", "person", "people", "individual", "family", "wife", "husband", "partner", "girlfriend", "boyfriend", "fiance", "fiancee", "spouse", "ex", "mother", "father", "mum", "mom", "dad", "son", "daughter", "brother", "sister", "sibling", "parent", "grandmother", "grandfather", "grandparent", "grandson", "granddaughter", "uncle", "aunt", "cousin", "nephew", "niece", "friend", "neighbour", "neighbor", "colleague", "mate", "team-mate", "teammate", "fan", "supporter", "star", "legend", "icon", "hero", "heroine", "actress", "model", "royal", "officer", "police", "cop", "detective", "soldier", "troop", "victim", "suspect", "defendant", "witness", "resident", "student", "pupil", "patient", "nurse", "doctor", "surgeon", "midwife", "paramedic", "vet", "veterinarian", "staff", "crew", "boss", "chief", "captain", "chairman", "chairwoman", "official", "spokesman", "spokeswoman", "spokesperson", "minister", "president", "leader", "lawyer", "attorney", "judge", "prosecutor", "landlord", "landlady", "tenant", "mp", "politician", "voter", "customer", "shopper", "journalist", "presenter", "host", "author", "director", "producer", "artist", "musician", "guitarist", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "forward", "jockey", "golfer", "footballer", "cricketer", "boxer", "fighter", "champion", "champ", "winner", "loser", "veteran", "nun", "priest", "monk", "rabbi", "imam", "bishop", "cleric", "member", "follower", "user", "hater", "critic", "expert", "scientist", "researcher", "professor", "academic", "campaigner", "activist", "protester", "militant", "jihadist", "jihadi", "terrorist", "gunman", "attacker", "killer", "murderer", "thief", "robber", "burglar", "paedophile", "pedophile", "offender", "inmate", "prisoner", "refugee", "migrant", "immigrant", "citizen", "national", "agent", "spy", "astronaut", "sailor", "volunteer", "mayor", "governor", "senator", "king", "queen", "prince", "princess", "duke", "duchess", "lady", "lord", "pensioner", "retiree", "widow", "widower", "orphan", "lover", "beau", "comedian", "chef", "waiter", "waitress", "cleaner", "carer", "caregiver", "firefighter", "marine", "trooper", "sergeant", "athlete", "celebrity", "personality", "socialite", "billionaire", "millionaire", "businessman", "businesswoman", "entrepreneur", "tycoon", "banker", "executive", "ceo", "founder", "publican", "painter", "photographer", "designer", "blogger", "vlogger", "influencer", "contestant", "candidate", "nominee", "bride", "groom", "mourner", "stranger", "rival", "opponent", "ally", "counterpart", "pundit", "commentator", "analyst", "economist", "lobbyist", "donor", "guard", "bodyguard", "ranger", "hunter", "hiker", "climber", "diver", "fisherman", "farmer", "villager", "local", "onlooker", "bystander", "commuter", "motorist", "cyclist", "pedestrian", "homeowner", "occupant", "peer", "heir", "heiress", "couple", "twin", "twins", "mogul", "magnate", "singer", "rapper", "dj", "diva", "actor", "legend", "great", "favourite", "favorite", "international", "graduate", "prospect", "signing", "recruit", "debutant", "skipper", "manager", "coach", "trainer", "owner", "tourist", "holidaymaker", "passenger", "pilot", "driver", "worker", "employee", "employer", "teacher", "headteacher", "mentor", "cast", "audience", "crowd", "group", "gang", "mob", "squad", "side", "instructor", "investigator", "inspector", "supervisor", "survivor", "operator", "administrator", "coordinator", "contractor", "sponsor", "tutor", "counsellor", "counselor", "advisor", "adviser", "editor", "visitor", "ancestor", "predecessor", "successor", "competitor", "creator", "inventor", "narrator", "spectator", "collector", "doctor", "actor", "surgeon", "dentist", "therapist", "psychologist", "psychiatrist", "nanny", "maid", "butler", "servant", "slave", "hostage", "captive", "convict", "fugitive", "vigilante", "militia", "bride", "groom", "mistress", "widow", "girl", "lad", "lass", "gentleman", "gent", "bloke", "guy", "dude", "chap", "fellow", "comrade", "colleague", "boss", "employee", "intern", "apprentice", "trainee", "cadet", "recruit", "rookie", "novice", "amateur", "professional", "specialist", "consultant", "official", "bureaucrat", "diplomat", "envoy", "ambassador", "delegate", "representative", "lawmaker", "legislator", "councillor", "chancellor", "premier", "monarch", "royal", "aristocrat", "noble", "peasant", "resident", "inhabitant", "native", "settler", "colonist", "pioneer", "explorer", "traveller", "traveler", "backpacker", "wanderer", "nomad", "homeless", "beggar", "addict", "alcoholic", "user", "dealer", "smuggler", "trafficker", "kidnapper", "abductor", "rapist", "abuser", "predator", "groomer", "stalker", "bully", "troll", "hacker", "fraudster", "conman", "scammer", "forger", "arsonist", "bomber", "sniper", "shooter", "assailant", "perpetrator", "culprit", "accomplice", "ringleader", "informant", "whistleblower", "spokesperson", "general",
     "magistrate", "coroner", "sheriff", "constable", "superintendent", "commissioner"]
)
# Nouns too general to name what a story is about, even with a modifier.
# Places and things a story happens at or with, rarely what it is about ("gift shop",
# "police station", "court documents", "training ground", "perimeter fences").
_SETTING_HEADS = frozenset(["shop", "store", "station", "centre", "center", "building", "document", "ground", "fence",
                            "car", "bus", "van", "truck", "door", "window", "wall", "floor", "table", "target",
                            # things someone used or carried ("mobile phone", "laptop computer", "plastic bag")
                            "phone", "telephone", "smartphone", "cellphone", "handset", "device", "computer",
                            "laptop", "tablet", "camera", "bag", "box", "bottle", "email", "letter", "screen", "seat",
                            "bed", "desk", "studio", "district"])
# Units and measures: after a number they belong to it, and with the number cut off they
# head debris ("mph winds" of "100 mph winds", "degree burns" of "three degree burns",
# "bedroom house" of "a two bedroom house").
_MEASURE_WORDS = frozenset(["mph", "kph", "kmh", "km", "kilometre", "kilometer", "mile", "metre", "meter", "foot",
                            "feet", "inch", "yard", "degree", "percent", "kg", "kilo", "kilogram", "gram", "lb",
                            "ton", "tonne", "litre", "liter", "gallon", "acre", "hectare", "mm", "cm", "calorie",
                            "watt", "megawatt", "kilowatt", "volt", "knot", "storey", "story", "bedroom", "hour",
                            "minute", "second", "day", "week", "month", "year", "decade", "point", "yarder", "carat",
                            "ounce", "pint", "dose", "lane", "star", "seater", "gigabyte", "megabyte", "pixel",
                            "man", "member", "piece", "game", "match", "set", "car", "vehicle", "horse", "way"])
# Units that are debris wherever they open a phrase (no one's subject is "mph").
_UNITS = frozenset(["mph", "kph", "kmh", "km", "mm", "cm", "kg", "lb", "lbs", "ft", "mg", "ml", "kwh", "mw", "gb"])


def _left_behind(tok: Token) -> bool:
    """A modifier cut from the number, hyphenated word or range it belongs to: "mph" of "100
    mph winds", "degree" of "third-degree burns" or "three degree burns", "female" of "male
    to female sex"."""
    if tok.lower_ in _UNITS or tok.ent_type_ in {"CARDINAL", "QUANTITY"}:
        return True
    if tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    if before.text in {"-", "–"}:
        return True
    if before.lower_ == "to" and tok.i >= 2 and tok.doc[tok.i - 2].pos_ in {"ADJ", "NOUN"} \
            and tok.doc[tok.i - 2].is_lower:
        return True  # "female" of "male to female sex", "door" of "door to door sales"
    return tok.lemma_.lower() in _MEASURE_WORDS and (before.like_num or before.pos_ == "NUM"
                                                    or before.ent_type_ in {"ORDINAL", "CARDINAL", "QUANTITY"})


_GENERIC_HEADS = _SETTING_HEADS | _GENERIC | frozenset(
    ["forces", "force", "troops", "troop", "authorities", "authority", "personnel", "agency", "moment", "moments", "place", "area", "thing", "lot", "bit", "case", "point", "fact", "kind", "sort", "type", "example", "matter", "question", "reason", "result", "situation", "video", "photo", "picture", "image", "footage", "clip", "post", "tweet", "message", "comment", "news", "story", "article", "detail", "information", "world", "home", "house", "room", "face", "hand", "head", "eye", "body", "back", "leg", "arm", "foot", "name", "word", "line", "pair", "top", "end", "start", "set", "series", "range", "total", "level", "amount", "size", "figure", "cent", "pound", "dollar", "mile", "metre", "meter", "inch", "hour", "minute", "second", "night", "morning", "afternoon", "evening", "weekend", "season", "decade", "century", "age", "history", "future", "past", "country", "nation", "city", "town", "state", "region", "job", "work", "money", "plan", "use", "rest", "chance", "idea", "form", "role", "effort", "attempt", "decision", "effect", "change", "problem", "issue", "site", "page", "account", "view", "look", "step", "move", "act", "action", "event", "experience", "opportunity", "option", "process", "condition", "status", "term", "list", "note", "show", "incident", "claim", "thing", "stage", "spot", "scene", "sign", "style", "look", "outfit", "dress", "shirt", "hat", "shoe", "trip", "visit", "day", "date", "run", "game", "match", "goal", "win", "lead", "score", "half", "ball", "minute", "round", "hole", "shot", "way", "manner", "bid", "hope", "attention", "support", "interest", "concern", "need", "access", "control", "power", "top", "feature", "quality", "value", "price", "cost", "bill", "fee", "sum", "million", "billion", "percent"]
)
# Heads of a common-noun phrase that can be what a story is about: an offence, an illness,
# a law, policy or political process, an economic event, an attack or a disaster. Any other
# head is a thing the story happens with ("metal hook", "bone structure", "company policy",
# "basketball hoop"): an incidental object, never a topic, however often it recurs.
_OFFENCES = frozenset(
    ["abuse", "assault", "murder", "manslaughter", "homicide", "rape", "fraud", "theft", "robbery", "burglary",
     "harassment", "trafficking", "pornography", "laundering", "bribery", "corruption", "misconduct", "negligence",
     "smuggling", "kidnapping", "abduction", "stalking", "arson", "terrorism", "doping", "cruelty", "grooming",
     "extortion", "embezzlement", "forgery", "perjury", "espionage", "treason", "sedition", "racism",
     "discrimination", "hacking", "poaching", "hooliganism", "violence", "crime", "offence", "offense", "wounding",
     "evasion", "dealing", "match-fixing"]
)
_ILLNESSES = frozenset(
    ["cancer", "disease", "syndrome", "disorder", "virus", "infection", "flu", "influenza", "fever", "dementia",
     "diabetes", "stroke", "illness", "tumour", "tumor", "leukaemia", "leukemia", "hepatitis", "measles", "outbreak",
     "epidemic", "pandemic", "addiction", "depression", "anorexia", "obesity", "autism", "asthma", "overdose",
     "poisoning", "meningitis", "malaria", "sclerosis", "failure", "transplant", "typhoid", "cholera",
     "tuberculosis", "pneumonia", "sepsis", "polio", "ebola", "dengue", "rabies", "salmonella", "listeria",
     "anthrax", "smallpox", "plague", "coronavirus", "dehydration", "hypothermia", "concussion"]
)
_SUBJECT_HEADS = _OFFENCES | _ILLNESSES | frozenset(
    # laws, policies, politics
    ["law", "ban", "reform", "referendum", "vote", "election", "ballot", "tax", "levy", "tariff", "budget", "wage",
     "freeze", "rise", "strike", "dispute", "bargaining", "liquidation", "bankruptcy", "insolvency", "recession",
     "inflation", "unemployment", "government", "parliament", "coalition", "treaty", "sanction", "ceasefire",
     "truce", "commission", "inquiry", "inquest", "impeachment", "independence", "sovereignty", "immigration",
     "asylum", "deportation", "extradition", "austerity", "privatisation", "privatization", "subsidy", "pension",
     "welfare", "marriage", "right", "currency", "debt", "deficit", "bailout", "merger", "takeover", "shutdown",
     "lockout", "protest", "boycott", "euthanasia", "abortion", "surveillance", "censorship", "cloning",
     # the economy's measures
     "export", "import", "revenue", "sale", "profit", "earning", "growth", "output", "production", "investment",
     "spending", "income", "trade", "loan", "mortgage", "rent", "fare", "shortage",
     # attacks and disasters
     "ambush", "attack", "bombing", "shooting", "massacre", "war", "conflict", "invasion", "airstrike",
     "flood", "flooding", "fire", "bushfire", "wildfire", "storm", "earthquake", "tsunami", "drought", "crash",
     "turbulence", "collision", "derailment", "explosion", "eruption", "famine", "hijacking", "siege", "surge",
     # what a science story studies
     "burst", "wave", "radiation", "mutation", "gene", "therapy", "vaccine", "energy", "emission", "evolution",
     "embryo"]
)
# Heads a story names in full once, in its lead, and then alone ("cervical cancer ... the
# cancer", "frozen embryos ... the embryos"): an offence, an illness, what a science
# story studies, an attack or a disaster; never a body ("state government ... the
# government").
_NAMED_ONCE_HEADS = _OFFENCES | _ILLNESSES | frozenset(
    ["embryo", "vaccine", "therapy", "gene", "mutation", "law", "ban", "referendum", "strike", "attack", "bombing",
     "shooting", "massacre", "crash", "earthquake", "flood", "flooding", "wildfire", "bushfire", "drought", "storm",
     "tsunami", "eruption", "explosion", "derailment", "famine", "hijacking", "siege"])
# "Misconduct charges", "child sex allegations": the offence, under what the story calls it.
_CHARGE_HEADS = frozenset(["charge", "allegation", "accusation", "conviction", "scandal"])
_OFFENCE_MODIFIERS = frozenset(["sex", "sexual", "drug", "drugs", "terror", "gun", "firearms", "weapons", "hate", "war",
                                "assault", "rape", "murder", "bribery", "abuse"])
# Words that name what someone is charged with ("charged with manslaughter", "guilty of
# drink driving", "three counts of sexual abuse") and what someone suffers from ("died of
# cancer", "diagnosed with motor neurone disease"), with the prepositions that take it.
_CHARGED = frozenset(["charge", "accuse", "convict", "guilty", "plead", "acquit", "suspicion", "arrest", "jail",
                      "sentence", "admit", "deny", "face", "count", "prosecute", "indict"])
_CHARGED_PREPS = frozenset(["with", "of", "to", "for", "on"])
_SUFFERED = frozenset(["die", "diagnose", "suffer", "battle", "succumb", "treat", "treatment", "diagnosis", "fight",
                       "hospitalize", "hospitalise", "hospitalized", "hospitalised",
                       "struggle", "death", "cure"])
_SUFFERED_PREPS = frozenset(["of", "from", "with", "for", "against"])
_COUNTS = frozenset(["count", "charge", "offence", "offense"])
# Heads that say only what kind of thing it is: a topic with a modifier ("motor neurone disease").
_KIND_ONLY = frozenset(["illness", "disease", "disorder", "syndrome", "infection", "virus", "failure", "transplant",
                        "outbreak", "tumour", "tumor", "crime", "offence", "offense", "overdose", "violence"])
CONCEPT_HEADS = _SUBJECT_HEADS
"""The heads a concept topic may have (an offence, an illness, a law or policy, an attack, a disaster)."""
# Modifiers that grade rather than classify ("new infections", "biggest game").
_VAGUE_MODIFIERS = frozenset(
    ["new", "old", "big", "small", "large", "little", "huge", "great", "good", "bad", "best", "worst", "top", "major", "minor", "former", "latest", "last", "first", "next", "previous", "recent", "current", "other", "same", "such", "many", "few", "several", "own", "certain", "various", "whole", "entire", "full", "real", "true", "actual", "possible", "potential", "key", "main", "final", "early", "late", "long", "short", "high", "low", "young", "elderly", "incredible", "shocking", "amazing", "stunning", "astonishing", "horrific", "terrible", "tragic", "bizarre", "strange", "extraordinary", "remarkable", "impressive", "legendary", "famous", "popular", "massive", "tiny", "different", "similar", "important", "significant", "serious", "single", "double", "extra", "further", "additional", "particular", "specific", "usual", "typical", "normal", "common", "rare", "unusual", "daily", "annual", "weekly", "free", "hot", "cold", "dark", "bright", "black", "white", "red", "blue", "green", "yellow", "brown", "pink", "grey", "gray", "dead", "ugly", "beautiful", "lovely", "nice", "happy", "sad", "angry", "proud", "excited", "devastating", "heartbreaking", "adorable", "cute", "sweet", "dramatic", "emotional", "widespread", "growing", "increasing", "strong", "fierce", "furious", "heavy", "intense", "severe", "unique", "colourful", "colorful", "quaint", "wacky", "elaborate", "enthusiastic", "critical", "personal", "lengthy", "wild", "outrageous", "controversial", "alleged", "far", "cent", "per", "special",
     "advanced", "aggressive", "deadly", "suspected"]
)


@dataclass
class _Topic:
    kind: str
    forms: list[str]
    salience: float
    sentences: set[int]
    first: int
    title: str | None = None
    acronym: bool = False
    aliased: bool = False
    # Filled once the story has been read.
    weights: dict[int, float] = field(default_factory=dict)
    subject: float = 0.0
    plain_mentions: int = 0  # occurrences that are not a credit to the outlet
    score: float = 0.0
    search: list[str] = field(default_factory=list)
    said_only: bool = True  # named only as the one who said something
    outlet: bool = False
    full_names: Counter[str] = field(default_factory=Counter)
    where: bool = False  # the place the lead puts the news ("... in southern Kashmir")
    quoted: bool = False  # a person whose words the story reports
    lead_actor: bool = False  # the subject of the lead's main clause (not its speaker)
    nicknames: list[str] = field(default_factory=list)  # a club's, read as mentions but never printed
    identified: bool = False  # a person the story identifies ("the man, named as X, 34,")
    responds: bool = False  # a body whose spokesman or statement the story quotes

    @property
    def words(self) -> list[str]:
        return self.forms[0].split()


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    """``U.S.`` ≈ ``US``, ``Waley-Cohen`` ≈ ``Waley Cohen``, ``Näslund`` ≈ ``Naslund`` (a
    story, or its caption, that drops the accents), case aside."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", re.sub(r"[.’'`]", "", folded).replace("-", " ")).strip()


def _after_title(words: Sequence[str]) -> list[str] | None:
    """The person a title inside the run names, with the words that qualify the title
    before it: "Federal Labor MP Carmen Lawrence", "Opposition Health Spokesman Tim Ray"
    are the last two or more words (not "Martin Luther King Jr", "Lord Janner"); None
    when there is no such title."""
    for i in range(len(words) - 3, -1, -1):
        w = words[i]
        rest = words[i + 1:]
        if (w.strip(".") in _POSTNOMINALS or (w.lower() in _INNER_TITLES and w[:1].isupper())) \
                and all(x[:1].isupper() and not any(c.isdigit() for c in x) for x in rest) \
                and not any(x.lower() in _INNER_TITLES | _GENERIC_NAMES | _ORG_HEADS for x in rest):
            return list(rest)  # (not "Chief Executive Officer")
    return None


def _clean_topic_name(name: str, kind: str) -> str:
    """A name without the caption, title or sentence break NER glued onto it."""
    name = re.sub(r"\s+", " ", name).strip(" ,;:\"“”‘’()-–—")
    name = re.sub(r"^[^\[\]]*\]\s*|\[[^\]]*\]\s*", "", name)  # "[The] Commonwealth Group", "The] ..."
    # A quotation mark inside a name ends it ("First Great Escape’ The").
    name = re.split(r"[\"“”‘(\[]|(?<!s)['’](?=\s|$)|(?<=\s)['’]", name)[0].strip()
    words = name.split()
    # "Sebastian Vettel Vettel": a word repeated.
    words = [w for i, w in enumerate(words) if i == 0 or w.lower() != words[i - 1].lower()]
    # A capitalised article inside a name starts the next sentence ("Arc de Triomphe The
    # Togo"); a rank or honorific starts a person ("Cottonwood Police Sgt Jeremy Daniels").
    for i in range(1, len(words)):
        if words[i] in {"The", "A", "An", "Here", "There", "Now", "Today", "Meanwhile", "Also", "Then", "This"} or (
                words[i].lower() in _RANKS and i + 1 < len(words)):
            words = words[:i]
            break
    # A lower-case word ends the name unless it joins two capitalised ones ("House of Lords");
    # a title keeps its small words ("Who Wants to Be a Millionaire").
    for i in range(1, len(words) if kind != "WORK_OF_ART" else 1):
        w = words[i]
        joins = w in _NAME_JOINERS and i + 1 < len(words) and (
            words[i + 1][:1].isupper()
            # "Proceedings of the National Academy", "Player of the Year": "of the" + a name
            # ("Fall of an Empire": "of an" too)
            or ((words[i + 1] in _NAME_JOINERS or (w == "of" and words[i + 1] in {"a", "an"}))
                and i + 2 < len(words) and words[i + 2][:1].isupper()))
        if w.islower() and not joins and not ((w in _NAME_JOINERS or w in {"a", "an"}) and i > 1
                                              and words[i - 1] in _NAME_JOINERS):
            words = words[:i]
            break
    # A date run onto the name: "Oscars on Feb." → "Oscars".
    while len(words) > 2 and words[-1].lower().strip(".") in _MONTHS | _MONTH_ABBREVIATIONS | _WEEKDAYS \
            and words[-2].islower():
        words = words[:-2]
    while len(words) > 1 and words[-1].lower().strip(".") in _TRAILING_FURNITURE:
        words.pop()
    while len(words) > 1 and words[0].lower().strip(".") in _FURNITURE:
        words.pop(0)
    while len(words) > 1 and words[0].islower() and words[1][:1].isupper() \
            and (words[0] not in _PARTICLES or kind == "PERSON"):
        words.pop(0)  # "west Nablus" is Nablus (but "al Qaeda" is not "Qaeda")
    while len(words) > 1 and kind not in {"PERSON", "WORK_OF_ART"} and words[0].lower() in _DESCRIPTIVE_OPENERS \
            and words[1][:1].isupper():
        words.pop(0)  # "Adult Macaca leucogenys (above)": a caption's description, not the name
    if len(words) == 1 and re.fullmatch(r"(?:[A-Z]-)+[A-Z]", words[0]):
        words = [words[0].replace("-", "")]  # "U-S" is the US
    if kind == "ORG" and len(words) > 2 and words[-1].lower() in _BODY_PAPERS and words[-2].lower() in _BODY_ENDS:
        words.pop()  # "World Health Organization Report": the body's report; the body is the topic
    if kind == "PERSON":
        while len(words) > 2 and words[-1].strip(".") in _POSTNOMINALS:
            words.pop()  # "Wayne Martin QC" is Wayne Martin
        if "of" in words[2:]:
            words = words[: words.index("of", 2)]  # "Trevor Houser of Rhodium": the person, not the firm
        while len(words) > 2 and words[0].lower() not in _KEPT_TITLES and (
                words[0].lower() in _PERSON_NOUNS or re.fullmatch(r"[a-z]+(?:boy|girl|man|woman)", words[0].lower())):
            words.pop(0)  # "Prisoner Carlos Boente", "Founder Yen Reis", "Schoolboy Frankie Franz"
        while (
            len(words) > 1 and words[0].lower() in _TITLE_WORDS and words[0].lower() not in _KEPT_TITLES
            and words[1][:1].isupper()
        ):
            words.pop(0)
        words = _after_title(words) or words
    name = " ".join(words).strip(" ,;:-–—")
    # "U.S." and "D.C." keep their last dot; any other full stop is punctuation.
    name = name if re.search(r"(?:^|[\s.])[A-Z]\.[A-Z]\.$", name) else name.rstrip(".")
    if re.search(r"(?:^|\s)(?:[A-Z]\.)+[A-Z]$", name):
        name += "."  # "U.S" → "U.S."
    return name


# A document or voice of a body, run onto the body's name by the tagger ("the latest World
# Health Organization Report", "a Met Office Spokesman"), after a body's last word.
_BODY_PAPERS = frozenset(["report", "reports", "study", "survey", "statement", "spokesman", "spokeswoman",
                          "spokesperson", "figures", "data", "guidelines", "guidance", "findings", "review"])
_BODY_ENDS = frozenset(["organization", "organisation", "agency", "bureau", "office", "department", "commission",
                        "council", "institute", "service", "board", "authority", "association", "foundation",
                        "fund", "ministry", "police", "university", "society", "committee", "administration",
                        "federation", "union", "bank"])


# Small words a name may open on ("al Qaeda", "van Gogh", "de Gaulle").
_PARTICLES = frozenset(["al", "el", "bin", "ibn", "van", "von", "de", "da", "di", "du", "del", "della", "dos", "das"])
# Words a caption opens on to describe who or what is pictured, never the first word of a name.
_DESCRIPTIVE_OPENERS = frozenset(["adult", "adults", "juvenile", "juveniles", "infant", "teenage", "male", "males",
                                  "female", "females"])


# Acronyms that are common nouns ("sent by SMS", "a JPEG file"): no one's name.
_COMMON_ACRONYMS = frozenset(["sms", "mms", "jpeg", "jpg", "gif", "png", "pdf", "gps", "usb", "html", "url", "pin",
                              "atm", "cctv", "ceo", "cfo", "coo", "led", "lcd", "tv", "dvd", "cd", "mp3", "suv",
                              "ivf", "icu", "dna", "vpn", "wifi", "wi-fi", "app", "ip", "id", "faq", "diy", "hgv",
                              "uv", "uva", "uvb", "spf", "bmi", "lcd", "oled", "hd", "4g", "5g", "ev", "suvs"])


def _is_junk_name(name: str) -> bool:
    low = name.lower()
    if low.replace(".", "") in _COMMON_ACRONYMS:
        return True
    words = low.split()
    if len(name) < 2 or not any(c.isupper() for c in name) or not words:
        return True  # "jockey": a common noun NER took for a name
    if all(w.strip(".,") in _WEEKDAYS | _MONTHS for w in words):
        return True
    if re.fullmatch(r"no\.? ?\d+", low):
        return True  # "No 4": a ranking
    if len(words) == 1 and low in _GENERIC_NAMES:
        return True
    if len(words) == 1 and (low in TITLE_HEADS or low in _LONE_TITLES):
        return True  # "Treasurer", "Governor-General": the office, said of a person the story names
    if len(words) == 1 and re.fullmatch(r"[a-z]+(?:sh|ch|s)(?:man|woman|men|women)", low):
        return True  # "Frenchman", "Welshwoman": a nationality, not a name
    return len(words) == 1 and (low in _FURNITURE or low in _DIRECTIONS or low in _NAME_JOINERS)


def _is_outlet(name: str) -> bool:
    if re.fullmatch(r"[KW][A-Z]{2,3}(?:-TV)?", name):
        return True  # an American station's call sign ("WCMH")
    key = _key(name)
    if key in _OUTLETS or key.removeprefix("the ") in _OUTLETS:
        return True
    words = key.split()
    return len(words) >= 2 and words[-1] in _OUTLET_HEADS


def _is_acronym_of(short: str, long_: str) -> bool:
    """``IMF`` of ``International Monetary Fund``, ``RBS`` of ``Royal Bank of Scotland``."""
    letters = short.replace(".", "").replace("&", "")
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    words = [w for w in re.split(r"[\s-]+", long_) if w]
    if len(words) < 2:
        return False
    capitals = "".join(w[0] for w in words if w[0].isupper()).upper()
    every = "".join(w[0] for w in words if w.lower() != "the").upper()
    return letters in {capitals, every}


def _topics_from_entities(entities: Sequence[Entity]) -> list[_Topic]:
    out: list[_Topic] = []
    for e in entities:
        if e.kind not in _TOPIC_KINDS and e.kind not in _MINOR_KINDS:
            continue
        forms: list[str] = []
        kind = e.kind
        if kind == "ORG" and _after_title(e.name.split()) is not None:
            kind = "PERSON"  # "Federal Labor MP Carmen Lawrence" that NER read as a body
        for raw in (e.name, *e.aliases):
            name = _clean_topic_name(raw, kind)
            if kind != "PERSON" and len(name.split()) > 1 and name.split()[-1].lower() in _FAITHS | _DEMONYMS:
                continue  # "Toowoomba Anglican" (school): a name cut before its noun
            if name and not _is_junk_name(name) and name not in forms:
                forms.append(name)
        if not forms:
            continue
        sentences = {int(m[1:]) - 1 for m in e.mentions if m[1:].isdigit()}
        forms.sort(key=lambda n: (-len(n.split()), -len(n)))
        out.append(_Topic(kind, forms, e.salience, sentences, min(sentences, default=10_000), e.title))
    return out


def _absorb(into: _Topic, other: _Topic) -> None:
    for f in other.forms:
        if f not in into.forms:
            into.forms.append(f)
    into.sentences |= other.sentences
    into.first = min(into.first, other.first)
    into.title = into.title or other.title
    into.acronym = into.acronym or other.acronym
    into.aliased = into.aliased or other.aliased
    if other.salience > into.salience:
        into.salience = other.salience
    if into.kind != "PERSON" and other.kind == "PERSON" and len(other.words) > 1:
        into.kind = "PERSON"


def _locative_names(texts: Sequence[str]) -> set[str]:
    return {m.group(1) for t in texts for m in _LOCATIVE.finditer(t)}


def _words(t: _Topic) -> list[str]:
    words = _key(t.forms[0]).split()
    # "Kenneth Morgan Stancil III" is Mr Stancil.
    return words[:-1] if len(words) > 2 and words[-1] in _GENERATIONS else words


def _titles_clash(short: _Topic, long_: _Topic) -> bool:
    """"Lord Janner" is not "Daniel Janner"; "Air Marshal Singh" not the minister Singh."""
    if short.title is None or short.title == long_.title:
        return False
    return long_.title is not None or short.title.split()[0].lower() in _KEPT_TITLES


def _abbreviates(short: str, long_: str) -> bool:
    """``WBG`` of ``Weibo Gaming``: a two- to four-word name whose first and last words'
    initials open and close the acronym, its other letters found in order inside the words."""
    letters = short.replace(".", "").lower()
    words = long_.split()
    if not (2 <= len(words) <= 4 and 3 <= len(letters) <= 5 and short.replace(".", "").isupper()):
        return False
    if not all(w[:1].isupper() for w in words) or letters[0] != words[0][0].lower() \
            or letters[-1] != words[-1][0].lower():
        return False
    chars = iter(" ".join(words[:-1]).lower()[1:])
    return all(c in chars for c in letters[1:-1])


def _acronym_only(t: _Topic) -> bool:
    letters = t.forms[0].replace(".", "").replace("&", "")
    return all(len(f.split()) == 1 for f in t.forms) and 2 <= len(letters) <= 6 and letters.isupper()


def _completed(acronym: str, form: str, texts: Sequence[str]) -> str | None:
    """The full name in the story that ``form`` is the end of and ``acronym`` stands for."""
    words = form.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    letters = acronym.replace(".", "")
    tail = "".join(w[0] for w in words if w[0].isupper()).upper()
    missing = len(letters) - len(tail)
    if missing < 1 or not letters.endswith(tail):
        return None
    texts = [t for t in texts if form in t]
    if not texts:
        return None
    lead = r"(?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|&)\s+)?)"
    pattern = re.compile(rf"((?:{lead}){{{missing}}}){re.escape(form)}\b")
    for text in texts:
        for m in pattern.finditer(text):
            if "".join(w[0] for w in m.group(1).split() if w[0].isupper()).upper() == letters[:missing]:
                return m.group(0)
    return None


# A name and the acronym the story defines for it: "Five-hundred-meter Aperture Spherical
# Radio Telescope (FAST)".
_DEFINITION = re.compile(
    r"((?:[A-Z][\w'’]*(?:-[\w'’]+)*\s+(?:(?:of|and|for|on|the|&|de)\s+)*){1,8})\(([A-Z]{2,6})\)")


def _initials(words: Sequence[str]) -> str:
    return "".join(p[0] for w in words for p in w.split("-") if p[:1].isupper())


def _missed_names(topics: list[_Topic], spans: Sequence[Span]) -> list[_Topic]:
    """A capitalised one-word name the tagger never tagged but the story keeps writing
    inside its sentences, the lead among them ("Having a Waitrose nearby ... a Waitrose
    ... Waitrose scores highest"): a topic. Never a word the story also writes in lower
    case, a title, a month or a day."""
    if not spans:
        return topics
    known = {w for t in topics for f in t.forms for w in _key(f).split()}
    lower = {tok.lower_ for sent in spans for tok in sent if tok.is_lower}
    where: dict[str, set[int]] = defaultdict(set)
    for si, sent in enumerate(spans):
        for tok in sent:
            if (tok.i == sent.start or tok.ent_type_ or tok.pos_ != "PROPN" or not tok.is_title
                    or not tok.is_alpha or len(tok) < 3 or not tok.nbor(-1).text[:1].isalpha()):
                continue  # (not after a quotation mark, a colon or a bracket: a new sentence or a title)
            if tok.nbor(-1).is_title or (tok.i + 1 < sent.end and tok.nbor(1).is_title):
                continue  # part of a longer name
            low = tok.lower_
            if low in lower or low in known or low in _TITLE_WORDS | _KEPT_TITLES | _MONTHS | _WEEKDAYS:
                continue
            where[tok.text].add(si)
    for name, sentences in where.items():
        if len(sentences) >= 3 and min(sentences) <= 1:
            topics.append(_Topic("ORG", [name], 0.5, set(sentences), min(sentences)))
    # A title in quotation marks the lead gives and the story repeats ("thriller “Parasite” won").
    titles: dict[str, set[int]] = defaultdict(set)
    for si, sent in enumerate(spans):
        for m in _QUOTED_TITLE.finditer(sent.text):
            title = m.group(1).rstrip(",.")
            words = title.split()
            if all(w[:1].isupper() or w in _NAME_JOINERS for w in words) and title.lower() not in lower \
                    and _key(title) not in known and words[0].lower() not in _TITLE_WORDS:
                titles[title].add(si)
    for title, sentences in titles.items():
        if len(sentences) >= 3 and min(sentences) <= 1:
            topics.append(_Topic("WORK_OF_ART", [title], 0.5, set(sentences), min(sentences)))
    # A people that is no nation ("Neanderthals" in a story on their tools): a topic when the
    # lead names it and the story keeps to it; never a nationality ("Israeli", "Iraqi").
    peoples: dict[str, set[int]] = defaultdict(set)
    plural: set[str] = set()
    for si, sent in enumerate(spans):
        for e in sent.ents:
            stem = e.text.removesuffix("s")
            low = stem.lower()
            if e.label_ != "NORP" or len(e) != 1 or low in _DEMONYMS or low in known \
                    or low.endswith(("ian", "ean", "ese", "ish", "i", "ic")):
                continue
            peoples[stem].add(si)
            if e.text.endswith("s"):
                plural.add(stem)
    for stem, sentences in peoples.items():
        if len(sentences) >= 4 and min(sentences) <= 1:
            name = stem + "s" if stem in plural or any(_find_name(t.text, stem + "s") for t in spans) else stem
            topics.append(_Topic("ORG", [name], 0.5, set(sentences), min(sentences)))
    # A party the tagger took for a people ("the Liberal Democrats", "the Tories"): a body
    # the story names twice or more, the first near the top.
    parties: dict[str, set[int]] = defaultdict(set)
    surfaces: Counter[str] = Counter()
    for si, sent in enumerate(spans):
        for e in sent.ents:
            words = [w for w in e.text.split() if w.lower() != "the"]
            if e.label_ != "NORP" or not words or words[-1].lower() not in _PARTY_WORDS:
                continue
            name = " ".join(words)
            parties[_key(name)].add(si)
            surfaces[name] += 1
    for key, sentences in parties.items():
        name = max((n for n in surfaces if _key(n) == key), key=lambda n: surfaces[n])
        if key not in known and len(sentences) >= 2 and (min(sentences) <= 2 or len(sentences) >= 3):
            topics.append(_Topic("ORG", [name], 0.5, set(sentences), min(sentences)))
    return topics


_PARTY_WORDS = frozenset(["democrats", "republicans", "greens", "tories", "conservatives", "nationals", "liberals",
                          "dems", "socialists", "nationalists", "unionists"])


_RUN_JOINERS = frozenset(["of", "and", "for", "de", "the", "&"])
# A capitalised day or season is a date ("Bank Holiday", "Boxing Day", "New Year").
_TIME_HEADS = frozenset(["holiday", "holidays", "day", "days", "weekend", "week", "night", "eve", "season", "year",
                         "month", "morning", "evening", "afternoon", "time"])


def _missed_runs(topics: list[_Topic], spans: Sequence[Span]) -> list[_Topic]:
    """A name of two words or more the tagger never tagged ("the English Collective of
    Prostitutes says ...", "Shay Given will keep his place ... Given, 38, ..."): a body
    the story names twice or more, the first near the top; a person the lead names in
    full and the story then calls by the surname alone. Never a run the story writes
    only before a colon (a caption's label), a date or a title alone."""
    if not spans:
        return topics
    doc = spans[0].doc
    texts = [sent.text for sent in spans]
    known = {_key(f) for t in topics for f in t.forms}
    lower = {tok.lower_ for sent in spans for tok in sent if tok.is_lower}
    runs: dict[str, int] = {}
    for si, sent in enumerate(spans):
        i = sent.start
        while i < sent.end:
            if not (doc[i].is_title and doc[i].pos_ == "PROPN" and doc[i].is_alpha):
                i += 1
                continue
            j = i
            while j < sent.end:
                w = doc[j]
                capital = w.is_title and w.is_alpha and w.pos_ in {"PROPN", "NOUN", "ADJ"} and (j > i or w.pos_ == "PROPN")
                joiner = w.lower_ in _RUN_JOINERS and w.is_lower and j > i and j + 1 < sent.end \
                    and doc[j + 1].is_title and doc[j + 1].pos_ == "PROPN"
                if not (capital or joiner):
                    break
                j += 1
            start, end = i, j
            i = max(j, i + 1)
            while start < end and (doc[start].lower_ in _TITLE_WORDS | _KEPT_TITLES | _PERSON_NOUNS
                                   or re.fullmatch(r"[a-z]+(?:boy|girl|man|woman)", doc[start].lower_)
                                   or doc[start].ent_type_ in {"DATE", "TIME"}):
                start += 1
            words = [w for w in doc[start:end] if not w.is_lower]
            if len(words) < 2 or len(words) > 6 or any(
                    w.ent_type_ not in {"", "LANGUAGE", "NORP"} or (w.ent_type_ and w.i > start) for w in words):
                continue
            if end < sent.end and doc[end].text == ":":
                continue  # "Wrapped Up:" a caption's label
            if any(w.lower_ in _MONTHS | _WEEKDAYS | _TIME_HEADS for w in words) or all(w.lower_ in lower for w in words):
                continue
            name = doc[start:end].text
            key = _key(name)
            if key in known or any(key in k or k in key for k in known if k):
                continue
            runs.setdefault(name, si)
    for name, si in runs.items():
        parts = name.split()
        sentences = {i for i, text in enumerate(texts) if _find_name(text, name)}
        if not sentences:
            continue
        orgish = any(w in _RUN_JOINERS for w in parts) or bool(
            {w.lower() for w in parts} & (_INSTITUTION_WORDS | _ORG_HEADS | _CLUB_WORDS | _GENERIC_NAMES))
        if not orgish and len(parts) <= 3 and si <= 1:
            # the surname alone, inside a sentence ("Given, 38, has ...", "said Given")
            surname = parts[-1]
            alone = {i for i, text in enumerate(texts) if i not in sentences
                     and re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])(?!\s+[A-Z])", text)}
            if len(alone) >= 2:
                topics.append(_Topic("PERSON", [name, surname], 0.5, sentences | alone, min(sentences)))
                continue
        if len(sentences) >= 2 and min(sentences) <= 2 and (orgish or len(sentences) >= 3):
            topics.append(_Topic("ORG", [name], 0.5, sentences, min(sentences)))
    return topics


_QUOTED_TITLE = re.compile(r"[“\"]([A-Z][\w'’]*(?:\s+[\w'’]+){0,4}[,.]?)[”\"]")


def _defined_acronyms(topics: list[_Topic], texts: Sequence[str]) -> list[_Topic]:
    """Each acronym the story defines in brackets, as one topic with its name (the
    Schwartz–Hearst reading: the shortest run of capitalised words before the bracket
    that starts with the acronym's first letter and holds its letters in order)."""
    found: dict[str, str] = {}
    for text in texts:
        for m in _DEFINITION.finditer(text):
            words, acronym = m.group(1).split(), m.group(2)
            words[-1] = re.sub(r"['’]s?$", "", words[-1])  # "Organisation's (ASIO)"
            for start in range(len(words) - 1, -1, -1):
                run = words[start:]
                if run[0][:1] != acronym[0] or run[-1].lower() in _NAME_JOINERS:
                    continue
                letters = iter(_initials(run))
                if len(run) >= 2 and all(c in letters for c in acronym):
                    found.setdefault(acronym, " ".join(run))
                    break
    for acronym, name in found.items():
        full = _key(name)
        # the acronym, the name, or its end that NER kept ("Midwifery Council" of "Nursing and ...")
        owners = [t for t in topics if any(
            k in {_key(acronym), full} or (len(k.split()) > 1 and full.endswith(" " + k))
            for k in map(_key, t.forms))]
        if owners:
            owner = owners[0]
            for t in owners[1:]:
                _absorb(owner, t)
                topics.remove(t)
            for f in (name, acronym):
                if f not in owner.forms:
                    owner.forms.append(f)
            owner.acronym = True
            continue
        sentences = {i for i, text in enumerate(texts) if _find_name(text, acronym) or name in text}
        if len(sentences) >= 2:
            topics.append(_Topic("ORG", [name, acronym], 0.5, sentences, min(sentences), acronym=True))
    return topics


_P_PARTY_WORDS = frozenset(["labor", "labour", "liberal", "liberals", "janata", "congress", "conservative",
                            "conservatives", "national", "nationals", "green", "greens", "democratic", "democrats",
                            "republican", "republicans", "socialist", "socialists", "communist", "people",
                            "progressive", "unionist", "independence"])
"""The one word a party's acronym ending in "P" is told by ("ALP" and "Labor", "BJP" and
"Janata"); any other word only when the story writes "Party" (not "GOP" and "Oracle")."""


def _merge_once(merged: list[_Topic], places: set[str], texts: Sequence[str]) -> bool:
    """One merge of two topics that name the same thing; False when none is left."""
    people = [t for t in merged if t.kind == "PERSON" and len(_words(t)) > 1]
    for short in merged:
        sw = _words(short)
        if len(sw) != 1 or (short.kind == "PLACE" and short.forms[0] in places):
            continue  # "Washington" the city is not "Denzel Washington"
        word = sw[0]
        # "Obama" of "Barack Obama" ("the Gavers" of "David Gaver"); else "Stephanie" of
        # "Stephanie March".
        owners = [
            p for p in people
            if p is not short and word in {_words(p)[-1], _words(p)[-1] + "s"} and not _titles_clash(short, p)
        ] or [
            p for p in merged
            if p is not short and len(_words(p)) > 1 and _words(p)[0] == word and not _titles_clash(short, p)
            and (
                p.kind == "PERSON"
                or (short.kind == "PERSON" and p.kind != "PLACE" and not set(_words(p)) & _INSTITUTION_WORDS
                    # "Redonda" in 17 sentences is no short form of a "Redonda Restoration Programme" named twice
                    # ("Progress" is still "Progress 59", "Worlds" still "Worlds 2017")
                    and not (len(short.sentences) >= 3 * max(len(p.sentences), 1) and len(short.sentences) >= 6
                             and all(w.isalpha() for w in _words(p)[1:])))
            )
        ]
        if len(owners) == 1:
            _absorb(owners[0], short)
            merged.remove(short)
            return True
        if len(owners) > 1 and short.kind == "PERSON" and short.title is None:
            merged.remove(short)  # "King" beside "B.B. King" and "Claudette King"
            return True
    for short in merged:
        if not _acronym_only(short):
            continue
        owners = []
        for t in merged:
            if t is short:
                continue
            if any(len(f.split()) > 1 and _is_acronym_of(short.forms[0], f) for f in t.forms):
                owners.append(t)
                continue
            full = next((c for f in t.forms if (c := _completed(short.forms[0], f, texts))), None)
            if full:
                # "Midwifery Council" that the story calls "Nursing and Midwifery Council (NMC)".
                t.forms.insert(0, full)
                owners.append(t)
        if not owners:
            # "WBG" of "Weibo Gaming": letters from inside the words, the first and last words' initials
            owners = [t for t in merged if t is not short and t.kind != "PLACE"
                      and any(_abbreviates(short.forms[0], f) for f in t.forms)]
        letters = short.forms[0].replace(".", "")
        if not owners and short.kind == "ORG" and len(letters) in {3, 4} and letters.endswith("P"):
            # "ALP" beside "Labor": a party's acronym and the one word the story calls it by
            # (the Australian Labor Party; the BJP and "Janata"), never spelled out
            party = any(re.search(r"\bParty\b", text) for text in texts)
            owners = [t for t in merged if t is not short and t.kind == "ORG" and len(_words(t)) == 1
                      and not _acronym_only(t) and t.forms[0][:1] == letters[-2]
                      and (party or t.forms[0].lower() in _P_PARTY_WORDS)]
        if len(owners) == 1:
            _absorb(owners[0], short)
            owners[0].acronym = True
            merged.remove(short)
            return True
    for short in sorted(merged, key=lambda t: len(_words(t))):
        sw = _words(short)
        k = len(sw)
        owners = []
        for long_ in merged:
            lw = _words(long_)
            if long_ is short or len(lw) <= k:
                continue
            if lw[-k:] == sw:
                # "National" of "Grand National", "Lords" of "House of Lords"; not
                # "Cambridge" of "Duchess of Cambridge", "Jersey" of "New Jersey".
                extra = lw[:-k]
                if extra[-1] in _NAME_JOINERS and not sw[-1].endswith("s"):
                    continue
                if short.kind == "PLACE" and long_.kind == "PLACE" and extra[-1] in _PLACE_QUALIFIERS:
                    continue
                if long_.kind == "PERSON" and (k == 1 or short.kind != "PERSON"):
                    continue
                owners.append(long_)
            elif lw[:k] == sw and (long_.kind != "PERSON" or set(lw[k:]) <= _CLUB_WORDS | {"city"}):
                # "Swansea" of "Swansea City", "Duchess" of "Duchess of Cambridge", an
                # organisation's first words; not "Cleveland" of "Cleveland Metroparks Zoo".
                extra = lw[k:]
                if (
                    set(extra) <= _CLUB_WORDS
                    or (short.kind != "PLACE" and set(extra) <= _CLUB_WORDS | {"city", "town", "county"})
                    # "Cardiff" beside "Cardiff City", never put anywhere ("Cardiff have asked …"): the club
                    or (short.kind == "PLACE" and k == 1 and set(extra) <= {"city", "town", "county"}
                        and short.forms[0] not in places)
                    or (k == 1 and sw[0] in _TITLE_WORDS | _KEPT_TITLES)
                    # "the Franklin" of "the Franklin River": a river the story names by its name alone
                    or (k == 1 and short.kind != "PERSON" and long_.kind == "PLACE" and extra in (["river"], ["creek"])
                        and any(re.search(rf"\b[Tt]he {re.escape(short.forms[0])}\b(?! {long_.forms[0].split()[-1]})",
                                          text) for text in texts))
                    or (short.kind == long_.kind == "ORG" and (k > 1 or not set(extra) & _INSTITUTION_WORDS
                                                              or extra == ["party"]
                                                              or (_acronym_only(short) and len(extra) == 1
                                                                  and extra[0] in _ORG_HEADS | {"bank", "airlines"})))
                ):
                    owners.append(long_)
            elif k == 1 and short.kind == long_.kind == "ORG" and sw[0] in lw[1:-2] \
                    and lw[lw.index(sw[0]) + 1] == "of" and sw[0] not in _GENERIC_NAMES \
                    and any(re.search(rf"\b[Tt]he {re.escape(short.forms[0])}\b", text) for text in texts):
                # "the Corps" of "the U.S. Army Corps of Engineers": the head of the name, for short
                owners.append(long_)
        if len(owners) == 1:
            _absorb(owners[0], short)
            merged.remove(short)
            return True
        if len(owners) > 1 and k == 1 and short.kind != "PLACE":
            merged.remove(short)  # "League" of "Premier League" and "Champions League"
            return True
    return False


# A race or ride named by its start and finish ("the Sydney to Hobart yacht race"): the
# event is the topic, not the two places it runs between.
_EVENT_ROUTE = re.compile(
    r"\b(?!(?:The|A|An|This|That|In|At|On|For|From|After|Before|During|Since)\b)"
    r"([A-Z][\w'’]+(?: [A-Z][\w'’]+)?)(?: to |-)([A-Z][\w'’]+(?: [A-Z][\w'’]+)?)"
    r"((?: (?:yacht|ocean|bike|cycle|car|air|road|relay|charity|horse|camel|boat))? "
    r"(?:race|classic|rally|regatta|marathon|ride|run|relay|walk|swim|trek))\b"
)
# Words for a people that NER runs into a name ("American Ed Moses").
_DEMONYMS = frozenset(
    ["american", "australian", "british", "english", "scottish", "welsh", "irish", "canadian", "french", "german",
     "italian", "spanish", "portuguese", "dutch", "belgian", "swiss", "austrian", "swedish", "norwegian", "danish",
     "finnish", "polish", "russian", "ukrainian", "greek", "turkish", "israeli", "palestinian", "lebanese", "syrian",
     "iraqi", "iranian", "afghan", "pakistani", "indian", "chinese", "japanese", "korean", "indonesian", "malaysian",
     "thai", "vietnamese", "filipino", "egyptian", "nigerian", "kenyan", "ethiopian", "south african", "zimbabwean",
     "mexican", "brazilian", "argentine", "argentinian", "chilean", "colombian", "peruvian", "venezuelan", "cuban",
     "jamaican", "kiwi", "aussie", "saudi", "qatari", "emirati", "moroccan", "algerian", "tunisian", "libyan",
     "sudanese", "somali", "serbian", "croatian", "bosnian", "romanian", "hungarian", "czech", "slovak", "bulgarian"]
)
# Demonym endings: "Kashmiri" of "Kashmir", "New Zealander" of "New Zealand".
_DEMONYM_ENDINGS = ("i", "is", "an", "ans", "n", "ns", "ian", "ians", "er", "ers", "ese", "ish", "ite", "ites")
# Words before a name that make it a place ("in Tora Bora", "near Tora Bora") ...
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|around|outside|inside|across|throughout|towards)\s+(?:the\s+)?$", re.I)
# ... or after it ("the Tora Bora region", "Tora Bora's cave complex").
_PLACE_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:region|area|mountains?|valley|province|district|village|town|township|city|suburb|"
    r"caves?|cave complex|complex|hills?|river|border|airport|airbase|base|camp|enclave|peninsula|coast|"
    r"highlands?|plain|plateau|desert|gorge|canyon|pass|range|island|islands|bay|harbour|port)\b"
)


def _route_events(topics: list[_Topic], texts: Sequence[str]) -> list[_Topic]:
    """The "Sydney to Hobart yacht race" as one topic; its places go when they stand
    nowhere else in the story."""
    events: dict[str, _Topic] = {}
    inside: list[tuple[int, int, int]] = []  # (sentence, start, end) of each event name
    for si, text in enumerate(texts):
        for m in _EVENT_ROUTE.finditer(text):
            name = m.group(0)
            inside.append((si, m.start(), m.end()))
            t = events.get(name)
            if t is None:
                t = events[name] = _Topic("EVENT", [name], 0.5, set(), si)
            t.sentences.add(si)
    if not events:
        return topics

    def elsewhere(form: str) -> bool:
        for si, text in enumerate(texts):
            for start in _find_name(text, form):
                if not any(s == si and a <= start < b for s, a, b in inside):
                    return True
        return False

    kept = [t for t in topics if t.kind not in {"PLACE", "PERSON", "ORG"} or any(elsewhere(f) for f in t.forms)]
    return kept + list(events.values())


def _demonym(name: str, places: AbstractSet[str]) -> bool:
    """``Kashmiri`` beside "Kashmir", ``New Zealander``, ``Anti-Taliban``: a word for people
    of a place (or against a group), or a people's own adjective ("Welsh"), not a name of its own."""
    low = name.lower()
    if low in _DEMONYMS or re.match(r"(?:anti|pro|non|ex|post|pre)-", low) or re.search(r"landers?$", low):
        return True
    for place in places:
        p = place.lower()
        for stem in {p, p[:-1] if p[-1:] in "aeoy" else p}:
            if len(stem) >= 4 and low.startswith(stem) and low != p and low[len(stem):] in _DEMONYM_ENDINGS:
                return True
    return False


def _used_as_place(t: _Topic, texts: Sequence[str]) -> bool:
    """A "person" the story only ever puts somewhere ("in Tora Bora", "the Tora Bora
    region") and never gives a title, a first name or words: NER's mistake for a place."""
    if t.kind != "PERSON" or t.title:
        return False
    place = person = 0
    for form in t.forms:
        for text in texts:
            for start in _find_name(text, form):
                before, after = text[max(0, start - 40) : start], text[start + len(form) :]
                if (_PLACE_BEFORE.search(before) and not re.match(r"['’]s\b", after)) or _PLACE_AFTER.match(after):
                    place += 1  # (not "at Smith's home", "in Smith's view")
                elif re.search(rf"\b(?:{'|'.join(map(re.escape, _TITLE_WORDS))})\.?\s+$", before, re.I) or re.match(
                    r"^,?\s+(?:says|said|told|tells|added|who|whose|has said)\b", after
                ):
                    person += 1
    return place > 0 and person == 0


def _join_name_parts(merged: list[_Topic], texts: Sequence[str]) -> None:
    """"Aamer" and "Sultan" that NER took for two people where the story writes "Aamer
    Sultan": one person."""
    singles = [t for t in merged if t.kind == "PERSON" and len(t.forms[0].split()) == 1]
    for a in singles:
        for b in singles:
            if a is b or a not in merged or b not in merged:
                continue
            full = f"{a.forms[0]} {b.forms[0]}"
            if any(_find_name(text, full) for text in texts):
                _absorb(a, b)
                a.forms.insert(0, full)
                merged.remove(b)


def _given_names(merged: list[_Topic], texts: Sequence[str]) -> None:
    """"Rhodri" that the tagger took for a place where the story only ever writes "Rhodri
    Giggs", and "Giggs" a surname of "Ryan Giggs": a person of their own, "Rhodri Giggs";
    a bare "Giggs" is the one of the two the story names first."""
    surnames: dict[str, list[_Topic]] = defaultdict(list)
    for t in merged:
        if t.kind == "PERSON" and len(t.forms[0].split()) > 1 and t.forms[0].split()[-1][:1].isupper():
            surnames[t.forms[0].split()[-1]].append(t)
    for t in list(merged):
        name = t.forms[0]
        if t.kind == "PERSON" or len(t.forms) != 1 or " " in name or not name.istitle():
            continue
        after = Counter(m.group(1) for text in texts
                        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])(?:\s+([\w'’-]+))?", text))
        named = [w for w in after if w and w[:1].isupper()]  # (not "Rhodri, who", "Rhodri that")
        surname = named[0] if len(named) == 1 and after[named[0]] >= 2 else None
        if not surname or surname not in surnames or any(o.forms[0] == f"{name} {surname}" for o in merged):
            continue
        t.kind, t.forms = "PERSON", [f"{name} {surname}"]
        for other in surnames[surname]:
            if t.first < other.first and surname in other.forms:
                other.forms.remove(surname)  # the bare surname is the person named first
                if surname not in t.forms:
                    t.forms.append(surname)


# Football clubs' nicknames, and the names they stand for: news writes a club by both
# ("Newcastle ... the Magpies").
_NICKNAMES = {
    "magpies": ("newcastle", "notts county"), "gunners": ("arsenal",), "spurs": ("tottenham",),
    "toffees": ("everton",), "hammers": ("west ham",), "irons": ("west ham",), "red devils": ("manchester united",),
    "foxes": ("leicester",), "baggies": ("west brom",), "black cats": ("sunderland",), "villans": ("aston villa",),
    "canaries": ("norwich",), "cherries": ("bournemouth",), "hornets": ("watford",), "swans": ("swansea",),
    "potters": ("stoke",), "bhoys": ("celtic",), "gers": ("rangers",), "owls": ("sheffield wednesday",),
    "blades": ("sheffield united",), "clarets": ("burnley",), "seagulls": ("brighton",), "rams": ("derby",),
    "cottagers": ("fulham",), "hoops": ("qpr", "queens park rangers", "celtic"), "saints": ("southampton",),
    "citizens": ("manchester city",), "cityzens": ("manchester city",), "lilywhites": ("tottenham",),
    "reds": ("liverpool", "nottingham forest", "manchester united", "bristol city"),
    "blues": ("chelsea", "everton", "birmingham", "manchester city", "cardiff"),
    "bluebirds": ("cardiff",), "eagles": ("crystal palace",), "wolves": ("wolverhampton",),
    "tigers": ("hull",), "boro": ("middlesbrough",), "royals": ("reading",), "terriers": ("huddersfield",),
}


_FOOTBALL = re.compile(
    r"\b(?:A?FC|football|soccer|Premier League|Championship|League (?:One|Two)|league|manager|goals?|scored|"
    r"striker|midfielder|defender|goalkeeper|keeper|match|fixture|kick-off|penalty|derby|promot(?:ion|ed)|"
    r"relegat(?:ion|ed)|stadium|squad)\b")
"""Words of a football story: a nickname is a club's only in one ("the Royals" of a Reading
story about Kate Middleton are the royal family)."""


def _club_nicknames(merged: list[_Topic], texts: Sequence[str] = ()) -> None:
    """"The Magpies" beside "Newcastle": one club, under its name (only when just one of
    the clubs the nickname stands for is a topic, and only in a story of football)."""
    if not any(_FOOTBALL.search(x) for x in texts):
        return
    for t in list(merged):
        if {_key(f).removeprefix("the ") for f in t.forms} - _NICKNAMES.keys():
            continue
        clubs = _NICKNAMES[_key(t.forms[0]).removeprefix("the ")]
        owners = [o for o in merged if o is not t and o.kind != "PERSON" and any(
            _key(f) == c or _key(f).startswith(c + " ") for f in o.forms for c in clubs)]
        if len(owners) == 1:
            owner = owners[0]
            owner.sentences |= t.sentences
            owner.first = min(owner.first, t.first)
            owner.nicknames += [f for f in t.forms if f not in owner.nicknames]
            if owner.kind == "PLACE":
                owner.kind = "ORG"  # the club, not the town
            merged.remove(t)


def _merge_topics(
    topics: list[_Topic], texts: Sequence[str], not_people: AbstractSet[str] = frozenset(),
    nationalities: AbstractSet[str] = frozenset(), geo: AbstractSet[str] = frozenset(),
) -> list[_Topic]:
    """One topic per thing: same name, alias, acronym, surname, first name, short form."""
    canonical = {_key(a): _key(group[0]) for group in _ALIASES for a in group}
    merged: list[_Topic] = []
    by_key: dict[str, _Topic] = {}
    for t in topics:
        key = _key(t.forms[0])
        if key in canonical:
            key = canonical[key]
            t.aliased = True
        elif " " in key and key.split(" ", 1)[0] in canonical and len(key.split(" ", 1)[0]) <= 3:
            # "US Congress" is the "United States Congress" the story also writes
            head, rest = key.split(" ", 1)
            key = f"{canonical[head]} {rest}"
            t.aliased = t.aliased or key in by_key
        owner = by_key.get(key)
        if owner is None:
            merged.append(t)
            by_key[key] = t
        else:
            _absorb(owner, t)
    places = _locative_names(texts)
    _join_name_parts(merged, texts)
    _given_names(merged, texts)
    while _merge_once(merged, places, texts):
        pass
    for t in merged:
        if _used_as_place(t, texts):
            t.kind = "PLACE"
    merged = _route_events(merged, texts)
    _club_nicknames(merged, texts)
    place_names = {f for t in merged if t.kind == "PLACE" for f in t.forms} | set(geo)
    # (and a people's adjective alone, "Welsh", "Turkish": no topic, whether or not the place is named)
    merged = [t for t in merged if not _demonym(t.forms[0], place_names)]
    # "Ernst and Young on HIH": NER ran a name on into another topic.
    keys = {_key(f) for t in merged for f in t.forms}
    for t in merged:
        m = re.fullmatch(r"(.+?) (?:on|at|for|in) (.+)", t.forms[0])
        if m and _key(m.group(2)) in keys and not _is_outlet(t.forms[0]):
            t.forms[0] = m.group(1)
    # "Sydney’s Martin Place" is "Martin Place"; "Crystal Palace’s XI" is "Crystal Palace".
    primaries = {_key(t.forms[0]): t for t in merged}
    for t in list(merged):
        m = re.fullmatch(r"(.+?)['’]s? (.+)", t.forms[0])
        owner = primaries.get(_key(m.group(1))) if m else None
        if m is None or owner is None or owner is t:
            continue
        if len(m.group(2).split()) > 1 and m.group(2)[:1].isupper():
            t.forms[0] = m.group(2)
        else:
            owner.sentences |= t.sentences
            merged.remove(t)
    # "Everton Gomis" (NER ran the club into the name) is "Bafetimbi Gomis".
    others = {_key(t.forms[0]) for t in merged if t.kind != "PERSON" and len(t.forms[0].split()) == 1}
    others |= {_key(n) for n in not_people}
    # ("League Klopp": a caption ran "the Premier League" into "Klopp chats ...")
    others |= {_key(t.forms[0]).split()[-1] for t in merged if t.kind != "PERSON" and len(t.forms[0].split()) > 1}
    for t in list(merged):
        w = _words(t)
        if t.kind == "PERSON" and len(w) == 2 and w[0] in others:
            owners = [p for p in merged if p is not t and p.kind == "PERSON" and len(_words(p)) > 1 and _words(p)[-1] == w[1]]
            if len(owners) == 1:
                owners[0].sentences |= t.sentences
                merged.remove(t)
    # A lone capitalised common noun ("Family", "Reservoir"): the story uses the word
    # in lower case too.
    lower = {w for text in texts for w in re.findall(r"\b[a-z][a-z'-]+\b", _NOT_PROSE.sub(" ", text))}
    lower |= {n.lower() for n in nationalities}  # "Britons", "Bangladeshi" tagged as names
    return [
        t for t in merged
        if not (
            all(len(f.split()) == 1 for f in t.forms) and not _acronym_only(t)
            and {t.forms[0].lower(), t.forms[0].lower().removesuffix("s"), t.forms[0].lower() + "s"} & lower
        )
    ]


# High offices a surname is styled by when the story never gives the first name.
_KNIGHTED = frozenset(["sir", "dame"])
"""Titles that go with the given name ("Sir Allan"): the topic is the whole name with it."""
_STYLED_OFFICES = frozenset(["president", "president-elect", "vice president", "prime minister", "premier",
                             "chancellor", "senator", "governor", "mayor", "general", "admiral", "ambassador",
                             "judge", "justice", "cardinal", "archbishop", "bishop", "chief justice"])


def _display(t: _Topic, counts: Counter[str], prefixes: AbstractSet[str] = frozenset()) -> str:
    """The name to print: the full name; for an acronym or alias, the form the story uses most."""
    forms = t.forms
    if t.acronym or t.aliased:
        return max(forms, key=lambda f: (counts[f], len(f.split()), len(f)))
    multi = [f for f in forms if len(f.split()) > 1] or forms
    if len(multi[0].split()) == 1 and t.full_names and not t.title:
        # "Sterling" that the story also calls "Raheem Sterling".
        return t.full_names.most_common(1)[0][0]
    if t.kind == "PERSON":
        best = max(multi, key=lambda f: (len(f.split()), len(f)))
        first, rest = best.split(" ", 1) if " " in best else (best, "")
        if len(best.split()) > 2 and (
            first in prefixes or first.lower() in _DEMONYMS or (len(first) > 5 and first.endswith(("ian", "ean", "ese", "ish")))
            or (first in forms and rest in forms)
        ):
            # "Colombian Camilo Villegas", "McLaren Fernando Alonso": a nationality or
            # a team that NER ran into the name.
            best = best.split(" ", 1)[1]
        if len(best.split()) == 2 and t.title and t.title.split()[0].lower() in _KEPT_TITLES \
                and t.title.split()[0].lower() not in _KNIGHTED \
                and best.split()[0] in forms and counts[best] <= 1 and counts[best.split()[0]] >= 3:
            best = best.split()[0]  # "Princess Eugenie", not "Eugenie Sarah" of "Princess Eugenie Sarah added"
        if len(best.split()) >= 2 and t.title and t.title.split()[0].lower() in _KNIGHTED \
                and t.title.split()[0][:1].isupper():
            # "Sir Allan Kemakeza", whom the story then calls "Sir Allan": the title and
            # the whole name, never the title and a first name alone
            return f"{t.title.split()[0]} {best}"
        if len(best.split()) == 1 and t.title and t.title.split()[0].lower() in _KEPT_TITLES:
            return f"{t.title} {best}"  # "Lord Janner"
        return best
    best = max(multi, key=lambda f: (counts[f], len(f.split()), len(f)))
    # "Arsenal" over a one-off "Iconic Arsenal"; "Grand National" over "National".
    single = max(forms, key=lambda f: (counts[f], -len(f)))
    if single.lower() in _INSTITUTION_WORDS | _CLUB_WORDS:
        return best  # "Champions League", never "League"
    if len(best.split()) > 1 and best.split()[-1].lower() in _ORG_HEADS - _CORPORATE_SUFFIXES \
            and best.startswith(single + " "):
        return best  # "Rhodium Group", never "Rhodium" (but "Microsoft", not a one-off "Microsoft Corp")
    return single if counts[best] <= 1 and counts[single] >= 3 else best


# A file name, link or handle: its lower-case words are no prose ("google.JPG", "@tdmrussell").
_NOT_PROSE = re.compile(r"\S+\.(?:jpe?g|png|gif|webp|mp4|pdf)\b|(?:https?://|www\.)\S+|@\w+", re.I)
# A link or caption line ("Watch the video: ...", "Scroll down for video").
_FURNITURE_SENTENCE = re.compile(
    r"\W*(?:watch(?: the)? video|scroll down|click (?:here|to)|video:|pictured:|read more|related:|see more"
    r"|(?:please )?(?:share|send us) your (?:videos|photos|pictures|stories|views))", re.I
)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A name a story uses only as a yardstick: "a population about the size of Key West, Florida",
# "an area as big as Wales", "taller than the Eiffel Tower" (a place named in passing, never
# in the news). (The name may follow another yardstick name and a comma: "Key West, Florida".)
_YARDSTICK = re.compile(
    r"(?:\bsize\s+of|\bas\s+(?:big|large|small|tall|populous)\s+as|\b(?:bigger|larger|smaller|taller)\s+than)"
    r"\s+(?:(?:about|around|roughly|nearly|almost|that\s+of)\s+)*(?:the\s+)?"
    r"(?:(?:state|city|island|country|county|town)\s+of\s+)?"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,\s+)?$")
# A name that only says which illness, named after its finder: "Burkitt's lymphoma",
# "Parkinson's disease" (not the person Burkitt).
_EPONYM_HEADS = frozenset(["lymphoma", "disease", "syndrome", "disorder", "palsy", "sarcoma", "tumour", "tumor",
                           "law", "theorem", "paradox", "ataxia", "dystrophy"])
_EPONYM = re.compile(r"^['’]s?\s+([a-z]+)\b")


def _clause_weight(tok: Token) -> float:
    """1 for the subject of a main clause, ½ for its speaker or possessor, else 0."""
    weight = 1.0
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "India and Russia review ...": both are the subject
    if tok.dep_ == "poss" and tok.head.dep_ in _SUBJECT_DEPS:
        tok, weight = tok.head, 0.5
    if tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent" \
            and tok.head.head.tag_ == "VBN" and tok.head.head.lemma_ not in SPEECH_VERBS \
            and not (tok.ent_type_ == "PERSON" and not any(c.dep_ == "compound" for c in tok.children)):
        # the doer of a passive: "a memo prepared by the Congressional Research Service", "guards
        # employed by Harbour Security" (not a lone first name: "found by Brian and Ann Lee")
        return 0.5
    if tok.dep_ not in _SUBJECT_DEPS:
        return 0.0
    verb = tok.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    if verb.dep_ != "ROOT" or verb.pos_ not in {"VERB", "AUX"}:
        return 0.0
    if verb.lemma_ in SPEECH_VERBS:
        weight *= 0.5
    return weight


def _namey(t: Token, person: bool) -> bool:
    """A capitalised word that can carry a name on (not a title, a month, a date or letters)."""
    low = t.lower_
    return (
        t.pos_ == "PROPN" and t.text[:1].isupper() and low not in _TITLE_WORDS and low not in TITLE_MODIFIERS
        and low not in _WEEKDAYS and low not in _MONTHS
        and t.ent_type_ not in ({"DATE", "TIME", "CARDINAL", "NORP"} if person else {"DATE", "TIME", "CARDINAL"})
        and t.text.strip(".") not in _POSTNOMINALS
    )


# Titles that go before a monarch's name, and the words that make a monarch's title and
# name the name of something else ("King Charles Spaniel", "Prince Edward Island").
_MONARCHS = frozenset(["king", "queen", "prince", "princess"])
_NAMED_AFTER_HEADS = _INSTITUTION_WORDS | frozenset(
    ["island", "islands", "bay", "sound", "strait", "land", "square", "gardens", "terrace", "memorial", "medal",
     "cross", "hotel", "theatre", "theater", "spaniel", "terrier", "retriever", "hound", "pheasant", "penguin",
     "prawn", "crab", "cobra", "salmon", "rose", "apple", "pudding", "cake"])


def _runs_on(span: Span, sent: Span, kind: str = "") -> int:
    """How many words the name runs on past what the tagger took (0: none): a monarch's
    title before two names ("King Charles Spaniel"), a possessive and an institution after a
    plural ("Leeds Magistrates' Court"), a number and a capitalised word ("RBS 6 Nations"),
    "of" with an article and a capitalised word ("Fall of an Empire")."""
    doc = span.doc
    i, j = span.start - 1, span.end
    if kind == "PERSON":
        return int(i >= sent.start and doc[i].lower_ in _MONARCHS and doc[i].is_title and len(span) >= 2
                   and span[-1].lower_ in _NAMED_AFTER_HEADS)
    if j + 2 < sent.end and kind != "PLACE" and doc[j].lower_ == "of" and doc[j + 1].lower_ in {"a", "an", "the"} \
            and (_namey(doc[j + 2], False) or (doc[j + 2].is_title and doc[j + 2].pos_ == "NOUN")):
        return 3
    if j + 1 >= sent.end:
        return 0
    then = doc[j + 1]  # (the tagger reads a capitalised noun after a number as a noun: "6 Nations")
    if not (_namey(then, False) or (then.is_title and then.pos_ == "NOUN" and then.ent_iob_ != "B")):
        return 0
    if doc[j].text in {"'", "’"} and kind != "PLACE" and span[-1].lower_.endswith("s"):
        return 2 * (then.lower_ in _INSTITUTION_WORDS)
    return 2 * (doc[j].text.isdigit() and len(doc[j].text) <= 2 and then.ent_iob_ != "B")


def _inside_longer_name(span: Span, sent: Span, person: bool = False, kind: str = "") -> bool:
    """``Lords`` in ``House of Lords``, ``League`` in ``Premier League``; not a person's
    name after a word for their people ("moderate Muslim Hamid Karzai")."""
    doc = span.doc
    i, j = span.start - 1, span.end
    if i >= sent.start and _namey(doc[i], person):
        return True
    if i - 1 >= sent.start and doc[i].lower_ in {"of", "de", "du", "del", "von", "van"} and _namey(doc[i - 1], person):
        return doc[i - 1].lower_ not in TITLE_HEADS
    if j < sent.end and _namey(doc[j], person) and not (
            # "the latest World Health Organization Report said": the body, then its report
            doc[j].lower_ in _BODY_PAPERS and span[-1].lower_ in _BODY_ENDS
            and not (j + 1 < sent.end and _namey(doc[j + 1], person))):
        return True
    if j + 1 < sent.end and doc[j].lower_ in {"of", "de"} and _namey(doc[j + 1], person):
        return True
    return bool(kind) and _runs_on(span, sent, kind) > 0


def _whole_name(span: Span, sent: Span, kind: str) -> str | None:
    """The whole name ``span`` runs on into (see :func:`_runs_on`), or None."""
    more = _runs_on(span, sent, kind)
    if not more:
        return None
    doc = span.doc
    start, end = (span.start - 1, span.end) if kind == "PERSON" else (span.start, span.end + more)
    while start - 1 >= sent.start and _namey(doc[start - 1], False) and doc[start - 1].ent_type_ != "PERSON":
        start -= 1
    while end < sent.end and _namey(doc[end], False) and doc[end].ent_iob_ != "B":
        end += 1
    return doc[start:end].text


# What an event's name is the name of, written after it in lower case ("the Riga Open Chess
# tournament"): with it, the name is whole.
_EVENT_NOUNS = frozenset(["tournament", "championship", "championships", "competition", "contest", "conference",
                          "summit", "festival", "exhibition", "fair", "expo", "race", "marathon", "rally", "concert",
                          "ceremony", "tour", "trophy", "olympiad", "congress", "convention", "forum", "awards",
                          "games", "cup", "open", "series", "show", "regatta", "derby", "classic"])


def _event_named(span: Span) -> str | None:
    """``Riga Open Chess tournament``: the name and the lower-case event noun it names."""
    doc = span.doc
    if span.end >= len(doc):
        return None
    head = doc[span.end]
    if head.lower_ in _EVENT_NOUNS and head.is_lower and head.pos_ == "NOUN" and span.root.head.i == head.i \
            and span.root.dep_ == "compound":
        return f"{span.text} {head.text}"
    return None


def _whole_names(topics: list[_Topic], spans: Sequence[Span]) -> list[_Topic]:
    """A topic the story never names on its own, only ever inside one longer name the
    tagger cut it from ("Charles Spaniel" of "King Charles Spaniel", "Leeds Magistrates" of
    "Leeds Magistrates' Court", "RBS" of "RBS 6 Nations", "Fall" of "Fall of an Empire",
    "Riga Open Chess" of "the Riga Open Chess tournament"), goes under that whole name."""
    if not spans:
        return topics
    doc = spans[0].doc
    for t in topics:
        wholes: Counter[str] = Counter()
        towns: Counter[str] = Counter()
        alone = False
        nickname = t.kind != "PERSON" and len(t.forms) == 1 and t.forms[0].lower() in _CLUB_WORDS \
            and t.forms[0].endswith("s")
        for sent in spans:
            text = sent.text
            for f in t.forms:
                for start in _find_name(text, f):
                    span = doc.char_span(sent.start_char + start, sent.start_char + start + len(f),
                                         alignment_mode="expand")
                    if span is None or len(span) == 0:
                        continue
                    whole = _whole_name(span, sent, t.kind)
                    if whole is None and t.kind not in {"PERSON", "PLACE"}:
                        whole = _event_named(span)
                    if whole is None:
                        alone = alone or not _inside_longer_name(span, sent, t.kind == "PERSON", t.kind)
                        if nickname:
                            first = span.start
                            while first > sent.start and _namey(doc[first - 1], False):
                                first -= 1
                            if first < span.start:
                                towns[doc[first : span.end].text] += 1  # "Leicester Tigers"
                        continue
                    wholes[whole] += 1
        if nickname and len(towns) == 1:
            # A club's nickname ("Tigers") goes under the club's name the story writes once.
            t.forms.insert(0, next(iter(towns)))
            continue
        if alone or len(wholes) != 1:
            continue
        whole = next(iter(wholes))
        if not whole.split()[-1].islower():  # (an event noun stays: "Riga Open Chess tournament")
            whole = _clean_topic_name(whole, t.kind)
        if whole not in t.forms and any(f in whole for f in t.forms) and not _is_junk_name(whole):
            t.forms.insert(0, whole)
    return topics


# The rest of a title after its colon ("Going Clear: Scientology and the Prison of Belief"):
# capitalised words joined by small words, a list of them ending on "and".
_TITLE_WORD = r"[A-Z][\w'’-]*"
_TITLE_RUN = rf"{_TITLE_WORD}(?:\s+(?:(?:of|the|a|an|in|on|for|to|from|with|at|by|&)\s+)*{_TITLE_WORD})*"
_TITLE_TAIL = re.compile(
    rf"(?:(?:,\s+{_TITLE_RUN})*,?\s+(?:and|&)\s+(?:(?:the|a|an)\s+)?{_TITLE_RUN}"
    rf"|\s+(?:of|the|in|on|for|to|from|with|at)\s+(?:(?:the|a|an)\s+)?{_TITLE_RUN})")
# Heads of a place's name that a second one shares ("the Brown Dam and Reservoir").
_PAIRED_HEADS = frozenset(["reservoir", "dam", "lake", "lakes", "park", "gardens", "garden", "zoo", "aquarium",
                           "museum", "gallery", "library", "marina", "harbour", "harbor", "beach", "resort", "spa",
                           "hotel", "casino", "arena", "centre", "center", "preserve", "reserve", "sanctuary",
                           "forest", "wildlife", "recreation", "campground", "trail", "memorial", "cemetery",
                           "college", "school", "hospital", "clinic", "institute", "foundation", "trust"])


def _whole_titles(topics: list[_Topic], texts: Sequence[str]) -> list[_Topic]:
    """A name the tagger cut in two: a title after its colon ("Going Clear: Scientology" of
    "Going Clear: Scientology and the Prison of Belief", with "Prison of Belief" made a name
    of its own), a place with a second head ("Brown Dam" and "Reservoir" of "the Brown Dam
    and Reservoir"). The whole name is the topic; its pieces are none."""
    wholes: list[str] = []
    for t in topics:
        f = t.forms[0]
        if ": " in f and t.kind not in {"PERSON", "PLACE"}:  # (not a caption's "Tragic: Jane Smith")
            for text in texts:
                for m in re.finditer(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text):
                    tail = _TITLE_TAIL.match(text, m.end())
                    if tail:
                        whole = text[m.start(): tail.end()]
                        if whole not in t.forms:
                            t.forms.insert(0, whole)
                        wholes.append(whole)
    for t in topics:
        if len(t.forms[0].split()) != 1 or not t.forms[0][:1].isupper():
            continue
        word = t.forms[0]
        for other in topics:
            if other is t:
                continue
            # "St John" and "Divine" of "St John the Divine" (a person's epithet: "Alexander the
            # Great", never "in Houston the Rockets"); "Brown Dam" and "Reservoir"
            joiners = (["the"] if other.kind == "PERSON" else []) + (["and"] if t.kind != "PERSON" and other.kind != "PERSON"
                                 and word.lower() in _PAIRED_HEADS and len(other.forms[0].split()) > 1 else [])
            for joiner in joiners:
                pair = f"{other.forms[0]} {joiner} {word}"
                if not any(pair in text for text in texts):
                    continue
                # (not a clause's two names: "told Reuters the Pentagon had ...")
                lead = re.compile(rf"(?:^|(?:\b(?:the|of|in|at|to|from|by|for|on|near|with|and)|[,(])\s+){re.escape(pair)}")
                if any(lead.search(text) for text in texts) and all(
                        len(_find_name(text, word)) == text.count(f"{other.forms[0]} {joiner} {word}")
                        for text in texts if word in text):
                    other.forms.insert(0, pair)
                    wholes.append(pair)
                    break
            else:
                continue
            break
    if not wholes:
        return topics
    spans_of = [[(m.start(), m.end()) for w in set(wholes) for m in re.finditer(re.escape(w), text)]
                for text in texts]

    def piece(t: _Topic) -> bool:  # a name only ever written inside a whole one
        at = [(si, m.start()) for f in t.forms for si, text in enumerate(texts)
              for m in re.finditer(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text)]
        return bool(at) and all(any(a <= i < b for a, b in spans_of[si]) for si, i in at)

    return [t for t in topics if any(w in t.forms for w in wholes) or not piece(t)]


def _caption_labels(topics: list[_Topic], texts: Sequence[str]) -> list[_Topic]:
    """A caption's label the tagger ran into the name before it ("... in Trujillo Wrapped:
    the body ...", "Washington, D.C. Shooter: armed teams ..."): a name's last word that
    the story only ever writes before a colon is no part of the name."""
    for t in topics:
        for i, f in enumerate(t.forms):
            words = f.split()
            if len(words) < 2 or not words[-2][:1].isupper():
                continue  # ("Fall of an Empire: The Story of …": a title and its subtitle)
            spots = [(text, m) for text in texts for m in re.finditer(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text)]
            if spots and all(re.match(r"\s*:", text[m.end():]) for text, m in spots):
                t.forms[i] = _clean_topic_name(" ".join(words[:-1]), t.kind)
        t.forms = [f for j, f in enumerate(t.forms) if f and not _is_junk_name(f) and f not in t.forms[:j]]
    return [t for t in topics if t.forms]


def _untagged_given_names(topics: list[_Topic], spans: Sequence[Span]) -> list[_Topic]:
    """A surname the tagger took alone, for a body or a place ("Raheem Sterling" read as
    "Sterling", an organisation): the person, under the full name, when the story writes
    the given name only ever before it and the surname alone elsewhere."""
    if not spans:
        return topics
    doc = spans[0].doc
    story = " ".join(sent.text for sent in spans)
    lower = {tok.lower_ for sent in spans for tok in sent if tok.is_lower}
    known = {w for t in topics for f in t.forms for w in _key(f).split()}
    for t in topics:
        if t.kind != "ORG" or any(len(f.split()) != 1 for f in t.forms):
            continue  # (not a place or a day: "Nutrition Australia", "Happy Thanksgiving")
        word = t.forms[0]
        if word.lower() in _CLUB_WORDS | _INSTITUTION_WORDS | _ORG_HEADS | _GENERIC_NAMES or not word.istitle():
            continue
        given: Counter[str] = Counter()
        for sent in spans:
            for start in _find_name(sent.text, word):
                span = doc.char_span(sent.start_char + start, sent.start_char + start + len(word),
                                     alignment_mode="expand")
                if span is None or span.start <= sent.start:
                    continue
                w = doc[span.start - 1]
                if w.pos_ == "PROPN" and w.is_alpha and w.is_title and w.ent_type_ in {"", "PERSON"} \
                        and w.lower_ not in _TITLE_WORDS | _KEPT_TITLES | _PERSON_NOUNS | _MONTHS | _WEEKDAYS \
                        and w.lower_ not in lower and _key(w.text) not in known:
                    given[w.text] += 1
        if len(given) != 1:
            continue
        name = next(iter(given))
        alone = len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", story))
        pairs = len(re.findall(rf"(?<![\w-]){re.escape(name)}\s+{re.escape(word)}(?![\w-])", story))
        singles = len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", story))
        if alone == pairs and singles > pairs:
            t.forms.insert(0, f"{name} {word}")
            t.kind = "PERSON"
    return topics


def _aged_names(topics: list[_Topic], texts: Sequence[str]) -> list[_Topic]:
    """A name the story gives an age ("her friend Julia Church, 67,") is a person's, whatever
    the tagger took it for; the lone first name it also wrote ("Julia") is that person."""
    for t in topics:
        if not t.forms:
            continue
        f = t.forms[0]
        words = f.split()
        if t.kind == "PERSON" or not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
            continue
        if any(w.lower() in _CORPORATE_SUFFIXES | _CLUB_WORDS for w in words):
            continue
        if not any(re.search(rf"(?<![\w-]){re.escape(f)}(?:,\s+(?:aged\s+)?\d{{1,2}},|\s+\(\d{{1,2}}\))", x)
                   for x in texts):
            continue
        t.kind = "PERSON"
        for other in topics:
            if other is not t and other.forms == [words[0]]:
                _absorb(t, other)
                other.forms = []
    return [t for t in topics if t.forms]


def _glued_people(topics: list[_Topic], spans: Sequence[Span]) -> list[_Topic]:
    """A body and the person after it that the tagger ran into one name ("United Nations
    Samantha Power" of "U.S. Ambassador to the United Nations Samantha Power"): two topics,
    when the story writes the surname alone elsewhere as someone who acts or speaks
    ("Power told reporters") and the given name only ever before it."""
    if not spans:
        return topics
    doc = spans[0].doc
    story = " ".join(sent.text for sent in spans)
    lower = {tok.lower_ for sent in spans for tok in sent if tok.is_lower}
    added: list[_Topic] = []
    for t in topics:
        words = t.forms[0].split()
        if t.kind not in {"ORG", "PLACE", "FACILITY"} or len(words) < 3:
            continue
        given, surname, rest = words[-2], words[-1], words[:-2]
        if not (given.isalpha() and given.istitle() and surname.istitle() and given.lower() not in lower) \
                or rest[-1].lower() in _NAME_JOINERS or given.lower() in _TITLE_WORDS | _ORG_HEADS | _GENERIC_NAMES:
            continue
        pair = len(re.findall(rf"(?<![\w-]){re.escape(given)}\s+{re.escape(surname)}(?![\w-])", story))
        if len(re.findall(rf"(?<![\w-]){re.escape(given)}(?![\w-])", story)) != pair:
            continue
        # (the body written elsewhere without the person: not "White Hart Lane Sherwood" of a caption)
        body = " ".join(rest)
        if not re.search(rf"(?<![\w-]){re.escape(body)}(?!\s+{re.escape(given)})(?![\w-])", story):
            continue
        alone = [tok for tok in doc if tok.text == surname and tok.pos_ == "PROPN" and tok.i > 0
                 and doc[tok.i - 1].text != given and tok.dep_ in _SUBJECT_DEPS | {"poss"}]
        if not alone:
            continue
        sentences = {si for si, sent in enumerate(spans) if sent.start <= alone[0].i < sent.end} | t.sentences
        added.append(_Topic("PERSON", [f"{given} {surname}", surname], t.salience, sentences, min(sentences)))
        t.forms[0] = " ".join(rest)
        t.forms = [f for j, f in enumerate(t.forms) if f and f not in t.forms[:j] and not _is_junk_name(f)]
    topics = [t for t in topics if t.forms]
    return [*topics, *added]


def _full_given_names(topics: list[_Topic], spans: Sequence[Span]) -> list[_Topic]:
    """A person's name with the given names the tagger left off or took for another
    person ("Christopher" and "Neville Kent" of "Christopher Arthur Neville Kent"): the
    capitalised words right before the name, each one the story never writes anywhere else,
    are part of it. The lone given name the tagger made a person of goes with it."""
    if not spans:
        return topics
    doc = spans[0].doc
    story = " ".join(sent.text for sent in spans)
    lower = {tok.lower_ for sent in spans for tok in sent if tok.is_lower}
    gone: list[_Topic] = []  # (removed after the loop: removing inside it skipped the next topic)
    for t in topics:
        if t.kind != "PERSON" or len(t.forms[0].split()) < 2 or any(t is g for g in gone):
            continue
        longest = t.forms[0]
        for sent in spans:
            for start in _find_name(sent.text, t.forms[0]):
                span = doc.char_span(sent.start_char + start, sent.start_char + start + len(t.forms[0]),
                                     alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                k = span.start
                while k - 1 >= sent.start and span.start - k < 2:
                    w = doc[k - 1]
                    low = w.lower_
                    if not (w.pos_ == "PROPN" and w.is_alpha and w.is_title and w.ent_type_ in {"", "PERSON"}
                            and low not in _TITLE_WORDS | TITLE_MODIFIERS | _KEPT_TITLES | _PERSON_NOUNS
                            | _MONTHS | _WEEKDAYS):
                        break
                    # (only ever written before the rest of this name: "Villa" of "Villa Jack
                    # Grealish" is the club, written alone elsewhere)
                    alone = len(re.findall(rf"(?<![\w-]){re.escape(w.text)}(?![\w-])", story))
                    before = len(re.findall(rf"(?<![\w-]){re.escape(w.text)}\s+{re.escape(doc[k].text)}(?![\w-])",
                                            story))
                    if alone != before or low in lower or (k - 1 == sent.start and not w.ent_type_):
                        # (nor a word the story writes in lower case, "Mr Unpopular Bubba Watson",
                        # nor an untagged one opening the sentence)
                        break
                    k -= 1
                if k < span.start:
                    whole = doc[k : span.end].text
                    if len(whole.split()) > len(longest.split()):
                        longest = whole
        if longest == t.forms[0]:
            continue
        longest = _clean_topic_name(longest, "PERSON")
        if len(longest.split()) <= len(t.forms[0].split()):
            continue
        t.forms.insert(0, longest)
        extra = {_key(w) for w in longest.split()[: len(longest.split()) - len(t.forms[1].split())]}
        for other in topics:
            if other is not t and other.kind == "PERSON" and not any(other is g for g in gone) \
                    and all(_key(f) in extra for f in other.forms):
                t.sentences |= other.sentences
                t.first = min(t.first, other.first)
                gone.append(other)
    topics[:] = [t for t in topics if not any(t is g for g in gone)]
    return topics


_WHERE_PREPOSITIONS = frozenset(["in", "at", "near", "off", "across", "throughout", "outside", "inside", "around"])
_QUOTE_MARKS = "\"“‘'"


def _where(tok: Token) -> bool:
    """The place where a clause happens: "in southern Kashmir", "near Kandahar", "in the
    Tora Bora region"."""
    while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "NOUN":
        tok = tok.head
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in _WHERE_PREPOSITIONS:
        return False
    for _ in range(6):  # up through "in a night-long encounter in southern Kashmir" to the main verb
        tok = tok.head
        if tok.dep_ == "ROOT":
            return True
        if tok.dep_ not in {"prep", "pobj", "dobj", "nsubj", "nsubjpass", "ccomp"} and not (
                tok.dep_ == "conj" and tok.pos_ in {"NOUN", "PROPN"}):
            return False
    return False


def _speaks(tok: Token, si: int, texts: Sequence[str]) -> bool:
    """A person the story quotes: the subject of a verb of saying, or of a main clause a
    quotation follows ("Pollock expects a better performance. 'We still believe ...'");
    not a spokesman, who speaks for someone else."""
    if tok.dep_ not in _SUBJECT_DEPS:
        return False
    if any(t.lower_.startswith("spokes") for t in tok.doc[max(tok.sent.start, tok.i - 4) : tok.i + 3]):
        return False
    verb = tok.head
    if verb.lemma_ in SPEECH_VERBS or verb.lemma_ in {"believe", "expect", "hope", "think", "predict"}:
        return True
    return verb.dep_ == "ROOT" and si + 1 < len(texts) and texts[si + 1].lstrip()[:1] in _QUOTE_MARKS


_SPOKES = frozenset(["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "statement",
                     "representative", "rep", "lawyer", "lawyers", "attorney", "attorneys"])


def _speaks_for(tok: Token) -> bool:
    """A body whose spokesman or statement the story quotes ("a Serco spokesman said", "a
    statement from Serco said", "Serco's lawyers said"): its response is part of the story."""
    head = tok
    hops = 0
    while head.dep_ in {"compound", "poss", "pobj", "prep"} and hops < 3:
        if head.dep_ == "pobj" and head.head.lower_ not in {"from", "for", "of"}:
            return False
        head = head.head
        hops += 1
    if head is tok or head.lemma_.lower() not in _SPOKES:
        return False
    return head.dep_ in _SUBJECT_DEPS and head.head.lemma_ in SPEECH_VERBS


# A player's or official's place in a national side: the country says whose side, not where
# the news is ("the former England captain", "a Wales flanker").
_SIDE_ROLES = frozenset(["captain", "skipper", "coach", "manager", "player", "striker", "defender", "midfielder",
                         "goalkeeper", "keeper", "flanker", "winger", "forward", "batsman", "bowler", "fly-half",
                         "scrum-half", "hooker", "prop", "lock", "international", "cap", "caps",
                         "selector", "selectors", "teammate", "team-mate", "debut"])


# What a person is, that a place before it only qualifies ("the Hollywood actress"; not "a
# New York woman", who is where the news happens).
_ROLE_NOUNS = frozenset(["actress", "actor", "singer", "star", "model", "rapper", "comedian", "musician", "artist",
                         "director", "socialite", "celebrity", "businessman", "businesswoman", "millionaire",
                         "billionaire", "heiress", "tycoon", "mogul"])


def _ranks_in(tok: Token) -> bool:
    """A country that only ranks something ("one of Britain's greatest fighter aces",
    "three of Australia's biggest banks"): the yardstick of a superlative, not the news."""
    head = tok.head
    return tok.dep_ == "poss" and head.pos_ == "NOUN" and any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or any(g.lower_ == "most" for g in c.children))
        for c in head.children)


def _listed_among(tok: Token) -> bool:
    """A place in a list of four or more ("troops from across the Commonwealth - Britain,
    Australia, New Zealand and South Africa"): one of many, not the news's place."""
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    members, todo = [first], [first]
    while todo:  # (the list's own members, linked by "conj" alone)
        kids = [c for c in todo.pop().children if c.dep_ == "conj" and c.ent_type_ in {"GPE", "LOC"}]
        members += kids
        todo += kids
    return first.ent_type_ in {"GPE", "LOC"} and len(members) >= 4


def _describes_person(tok: Token, place: bool = False) -> bool:
    """``Blues`` in ``Blues legend B.B. King``, a country in ``the former England captain``:
    the name only says who someone is."""
    if place:
        head = tok
        for _ in range(2):  # (through "rugby" in "the former Wales rugby captain")
            if head.dep_ not in {"compound", "amod", "nmod"} or head.head.i <= head.i:
                break
            head = head.head
            if head.is_lower and head.lemma_.lower() in _SIDE_ROLES:
                return True
            if head.is_lower and head.dep_ not in {"compound", "amod", "nmod"} and (
                    head.lemma_.lower() in _ROLE_NOUNS):
                return True  # "the Hollywood actress", "a Sydney mother": who someone is
    hops = 0
    while tok.dep_ in {"compound", "amod", "nmod"} and tok.head.i > tok.i and hops < 3:
        tok = tok.head
        hops += 1
        if tok.ent_type_ == "PERSON":
            return True
    return False


def _credited(tok: Token, span: Span, sent: Span) -> bool:
    """An outlet named as the source: "told CNN", "according to Reuters", "(AP)"."""
    before = span.doc.text[sent.start_char : span.start_char]
    if before.count("(") > before.count(")"):
        return True
    head = tok.head
    if tok.dep_ in {"poss", "compound"} and head.lemma_.lower() in _JOURNALISTS:
        return True
    if tok.dep_ == "poss" and head.ent_type_ == "PERSON" and head.head.lemma_.lower() in _CREDIT_WORDS:
        return True  # "CNN's Moni Basu contributed to this report"
    if tok.dep_ in {"nsubj", "dative", "dobj"} and head.lemma_.lower() in _CREDIT_WORDS:
        return True
    if tok.dep_ in {"pobj", "agent"} or head.dep_ in {"prep", "agent"}:
        governor = head.head if head.dep_ in {"prep", "agent"} else head
        if governor.lemma_.lower() in _CREDIT_WORDS or head.lemma_.lower() in _CREDIT_WORDS:
            return True
    return False


_PUBLISHED = frozenset(["publish", "appear", "report", "describe", "paper", "study", "article", "journal", "issue",
                        "edition", "letter", "research", "findings"])


def _published_in(tok: Token) -> bool:
    """A journal or magazine named as where a paper ran: "(a study) published in Nature"."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    if tok.lower_ in _VENUES:
        return False  # "appeared in the Hamilton District Court": where a defendant stood
    return tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in _PUBLISHED


# Where someone appears in person, not in print.
_VENUES = frozenset(["court", "tribunal", "parliament", "senate", "assembly", "house", "hearing", "inquiry",
                     "commission", "committee", "theatre", "theater", "arena", "stadium", "hall", "park", "club"])


def _agency_credit(span: Span, sent: Span) -> bool:
    """A name in brackets after a dateline or at the start: the agency that filed the story."""
    doc = span.doc
    if span.start - 1 < sent.start or span.end >= sent.end:
        return False
    if doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    i = span.start - 2
    return i < sent.start or doc[i].ent_type_ in {"DATE", "GPE"} or doc[i].is_upper or doc[i].is_punct


def _find_name(text: str, name: str) -> list[int]:
    """Where ``name`` stands in ``text`` as a whole name (not "Sam" of "Samuel", "O" of "O'Neill")."""
    out: list[int] = []
    i = text.find(name)
    while i >= 0:
        j = i + len(name)
        before = text[i - 1] if i else " "
        after = text[j : j + 3]
        if (
            not (before.isalnum() or before in "_-'’")
            and not (after[:1].isalnum() or after[:1] in "_-")
            and not (after[:1] in "'’" and len(after) == 3 and after[1:].isalnum())
        ):
            out.append(i)
        i = text.find(name, i + 1)
    return out


def _read_story(topics: list[_Topic], spans: Sequence[Span]) -> Counter[str]:
    """Where each topic stands in each sentence; the count of each name form."""
    counts: Counter[str] = Counter()
    # A bare surname ("Bader") is the person of that name the story names first: news
    # gives relatives their first names ("his daughter Claudette King ... Claudette").
    texts = [sent.text for sent in spans]

    def named_at(t: _Topic) -> tuple[int, int]:
        where = texts[t.first].find(t.forms[0]) if t.first < len(texts) else -1
        return t.first, where if where >= 0 else 10_000

    bearer: dict[str, _Topic] = {}
    for t in sorted(topics, key=named_at):
        if t.kind == "PERSON" and len(t.forms[0].split()) > 1:
            bearer.setdefault(t.forms[0].split()[-1], t)
    for t in topics:
        t.search = [*t.forms, *(n for n in t.nicknames if n not in t.forms)]
        last = t.forms[0].split()[-1]
        if bearer.get(last) is t and len(last) > 2 and last not in t.search:
            t.search.append(last)
    # "Cardiff" for the club "Cardiff City" ("Cardiff have asked …"), where the story never
    # puts anything in Cardiff the city.
    places = _locative_names(texts)
    for t in topics:
        w = t.forms[0].split()
        if t.kind != "PERSON" and len(w) == 2 and w[1].lower() in _CLUB_WORDS | {"city", "town", "county"} \
                and w[0] not in places and w[0] not in t.search and w[0][:1].isupper():
            t.search.append(w[0])
    # "WHO" for the "World Health Organization" the story names in full but never defines
    # ("the latest WHO report"): its initials, where no other topic goes by them.
    held = {f for t in topics for f in t.forms}
    given_initials: set[tuple[int, str]] = set()  # (and "WHO" is no station's call sign)
    for t in topics:
        w = t.forms[0].split()
        initials = _initials(w)
        if t.kind == "ORG" and len(w) >= 3 and len(initials) >= 3 and initials not in held \
                and not any(initials in o.search for o in topics) \
                and any(re.search(rf"(?<![\w-]){initials}(?![\w-])", text) for text in texts):
            t.search.append(initials)
            given_initials.add((id(t), initials))
    primary = Counter(t.forms[0] for t in topics)
    for t in topics:
        # "Janner" is Lord Janner's name, not an alias of "Daniel Janner".
        t.search = [f for f in t.search if f == t.forms[0] or primary[f] == 0]
    if not spans:
        return counts
    doc = spans[0].doc
    ents_at = {e.start: e for e in doc.ents}
    others_words = {w.lower() for t in topics if t.kind != "PERSON" for f in t.forms for w in f.split()}
    tagged = Counter(e.text for e in doc.ents if e.label_ != "PERSON")
    bodies = {n for n, c in tagged.items() if c >= 2}  # (a name the tagger reads as a body time and again)
    for t in topics:
        forms = sorted(t.search, key=len, reverse=True)
        single = all(len(f.split()) == 1 for f in t.forms)
        outlet = t.outlet = any(_is_outlet(f) for f in forms if (id(t), f) not in given_initials)
        for si, sent in enumerate(spans):
            text = texts[si]
            if not any(f in text for f in forms) or _FURNITURE_SENTENCE.match(text):
                continue
            taken: list[tuple[int, int]] = []
            best = 0.0
            for f in forms:
                for start in _find_name(text, f):
                    end = start + len(f)
                    if any(start < b and a < end for a, b in taken):
                        continue
                    taken.append((start, end))
                    span = doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
                    if span is None or len(span) == 0:
                        continue
                    if _YARDSTICK.search(text[:start]):
                        continue  # "the size of Key West, Florida": a yardstick, not in the news
                    eponym = _EPONYM.match(text[end:])
                    if eponym and eponym.group(1) in _EPONYM_HEADS:
                        continue  # "Burkitt's lymphoma": which illness, not the person
                    if single and t.kind != "PLACE" and span.start > sent.start:
                        given = doc[span.start - 1]
                        whole = ents_at.get(given.i)
                        if given.is_title and given.lower_ not in _TITLE_WORDS | TITLE_MODIFIERS and (
                            (whole is not None and whole.label_ == "PERSON" and span.end <= whole.end <= span.end + 1)
                            # "Gul Agha, Akbar Jan, says": a given name NER left out of the person
                            or (t.kind == "PERSON" and given.pos_ == "PROPN" and not given.ent_type_
                                and given.i > sent.start and doc[given.i - 1].text in {",", "(", ";", ":"})
                            # "with Shane Warne taking five wickets": a given name the tagger left untagged
                            or (t.kind == "PERSON" and given.pos_ == "PROPN" and not given.ent_type_
                                and given.dep_ == "compound" and given.head.i == span.root.i
                                and given.i > sent.start and doc[given.i - 1].is_lower
                                and given.lower_ not in others_words)
                        ):
                            t.full_names[f"{given.text} {f}"] += 1
                    if single and t.kind == "ORG" and span.end + 1 < sent.end:
                        joiner, then = doc[span.end], doc[span.end + 1]
                        longer = f"{f} {joiner.text} {then.text}"
                        if joiner.lower_ in {"on", "of"} and then.is_title and then.pos_ == "PROPN" and (
                            _is_outlet(longer)
                            or then.lower_.rstrip(".") not in _WEEKDAYS | _MONTHS | _MONTH_ABBREVIATIONS
                        ):
                            # "Mail" of "The Mail on Sunday" (NER read "Sunday" as a date).
                            t.full_names[longer] += 1
                    if _inside_longer_name(span, sent, t.kind == "PERSON", t.kind):
                        continue
                    if _agency_credit(span, sent):
                        outlet = t.outlet = True  # "LONDON (Reuters) -", "Oct 29 (NationPress)"
                        continue
                    counts[f] += 1
                    root = span.root
                    if f not in t.forms and root.ent_type_ not in {"PERSON", ""} and (
                            root.ent_type_ != "ORG" or f in bodies or f.lower() in others_words):
                        # "Tottenham" the club is not the surname of "X Tottenham" (but "Ostrowski
                        # said", a surname the tagger took for a body once, is the person)
                        continue
                    if root.dep_ == "poss" and root.head.pos_ == "NOUN" and root.head.is_lower and any(
                            c.dep_ == "det" and c.lower_ in {"a", "an"} for c in (*root.children, *root.head.children)):
                        continue  # "a New Year's resolution": the name only says what kind of thing
                    if t.kind != "PERSON" and _published_in(root):
                        continue  # "a paper published in Oxford Open Climate Change": where, not who
                    if t.kind == "PERSON" and single and not t.title and span.start == sent.start \
                            and root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.is_lower \
                            and not _person_noun(root.head.lemma_.lower(), set()):
                        continue  # "Chia seeds are ...": an opening capital the tagger took for a name
                    if t.kind == "ORG" and not t.responds and not outlet and _speaks_for(root):
                        t.responds = True  # "a Serco spokesman said": the body whose answer the story gives
                    if t.kind == "PLACE" and (_ranks_in(root) or _listed_among(root)):
                        best = max(best, 0.5)
                        continue  # "one of Britain's greatest fighter aces"; "Britain, Australia, …"
                    if t.kind != "PERSON" and _describes_person(root, t.kind == "PLACE"):
                        best = max(best, 0.5)
                        continue
                    best = 1.0
                    weight = _clause_weight(root)
                    t.subject += weight
                    if si == 0 and weight >= 1.0:
                        t.lead_actor = True
                    if root.dep_ == "dobj" and root.head.dep_ == "ROOT" and root.head.pos_ == "VERB":
                        # the other party of the main clause ("has beaten South Africa"), most of all in the lead
                        t.subject += 1.0 if si == 0 else 0.5
                    if si == 0 and t.kind == "PLACE" and _where(root):
                        t.where = True
                    if t.kind == "PERSON" and not t.quoted and (
                            _speaks(root, si, texts)
                            # "a statement from Prime Minister X's office said": X's side, answering
                            or (root.dep_ == "poss" and _speaks_for(root))):
                        t.quoted = True
                    if not (root.dep_ in _SUBJECT_DEPS and root.head.lemma_ in SPEECH_VERBS):
                        t.said_only = False
                    if not (outlet and _credited(root, span, sent)):
                        t.plain_mentions += 1
            if best:
                t.weights[si] = max(t.weights.get(si, 0.0), best)
    # "her friend Julia Church, 67": a first name, a capitalised word and an age are a name in full.
    lower = {w.lower() for text in texts for w in re.findall(r"\b[a-z][\w'’-]*", text)}
    for t in topics:
        if t.kind != "PERSON" or t.full_names or len(t.forms) != 1 or " " in t.forms[0] or t.title:
            continue
        for text in texts:
            for m in re.finditer(rf"(?<![\w-]){re.escape(t.forms[0])}\s+([A-Z][a-z][\w'’-]*)(?=,\s+\d|\s+\(\d)", text):
                surname = m.group(1)
                if surname.lower() not in lower | _WEEKDAYS | _MONTHS | _TITLE_WORDS:
                    t.full_names[f"{t.forms[0]} {surname}"] += 1
    # "Brian and Charlotte Smith": a couple share the surname the second name carries.
    surnames = {t.forms[0].split()[-1] for t in topics if t.kind == "PERSON" and len(t.forms[0].split()) == 2}
    for t in topics:
        if t.kind != "PERSON" or len(t.forms) != 1 or " " in t.forms[0] or t.title:
            continue
        for text in texts:
            for m in re.finditer(rf"\b{re.escape(t.forms[0])} and [A-Z][a-z]+ ([A-Z][\w'’-]+)\b", text):
                if m.group(1) in surnames:
                    t.full_names[f"{t.forms[0]} {m.group(1)}"] += 1
    # "defender Per Mertesacker", "Seles and Jan-Michael Gambill": a given name the tagger left
    # out after a role or a conjunction, where the story never writes the name whole otherwise.
    for t in topics:
        if t.kind != "PERSON" or t.full_names or any(" " in f for f in t.forms) or t.title or len(t.forms[0]) < 3:
            continue
        pattern = re.compile(
            rf"(?:\b[a-z]{{3,}}|\band|,) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?) {re.escape(t.forms[0])}\b(?![\w-])")
        for text in texts:
            for m in pattern.finditer(text):
                first_name = m.group(1)
                low = first_name.lower()
                if low in _TITLE_WORDS | TITLE_MODIFIERS | _DEMONYMS | _WEEKDAYS | _MONTHS | _KEPT_TITLES \
                        or low in others_words or first_name in tagged or low.endswith(("ian", "ese", "ish")):
                    continue
                t.full_names[f"{first_name} {t.forms[0]}"] += 1
    _title_mentions(topics, texts)
    return counts


def _title_mentions(topics: Sequence[_Topic], texts: Sequence[str]) -> None:
    """"The attorney general" for the one person the story titles Attorney General: news
    names someone once in full, then by office ("New York Attorney General Letitia James
    ... the attorney general's lawyer"). Each sentence that does is a mention of that
    person (only a title no other topic holds; not "the attorney general Ann Lee")."""
    by_title: dict[str, list[_Topic]] = defaultdict(list)
    for t in topics:
        if t.title:
            by_title[t.title.lower().strip(".")].append(t)
    for title, holders in by_title.items():
        if len(holders) != 1 or holders[0].kind != "PERSON" or len(title) < 4 or title in _RANKS:
            continue
        t = holders[0]
        pattern = re.compile(
            rf"\b[Tt]he\s+(?:[A-Z][\w.'’-]*\s+)*(?i:{re.escape(title)})\b(?!\s+[A-Z]|-)")
        for si, text in enumerate(texts):
            if t.weights.get(si, 0.0) < 1.0 and pattern.search(text):
                t.weights[si] = 1.0


# A contributor or byline line run onto the story's end.
_CREDIT_LINE = re.compile(
    r"\bcontribut(?:ed|ing|es)\s+(?:reporting\s+|reports?\s+)?(?:to|for)\s+(?:this|the)\s+(?:report|story|article)\b"
    r"|\bcontributed\s+(?:additional\s+)?reporting\b|^\W*(?:additional\s+)?(?:reporting|writing|editing)\s+by\s+[A-Z]"
    # "CNN's Jane Roe reported from Hong Kong, and John Doe wrote from Atlanta." (names in capitals)
    r"|^\W*(?-i:(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*['’]s\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+\s+"
    r"(?:reported|wrote|filed)\s+from\s+[A-Z])",
    re.I)
# A byline opening the story: "By Jane Roe and John Doe, CNN".
_BYLINE = re.compile(r"^\W*By\s+((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*(?:(?:,\s+|\s+and\s+)(?:[A-Z][\w.'’-]*\s+)*"
                     r"[A-Z][\w.'’-]*)*)\s*(?:,|\||-|–|—|\bfor\b|\bin\b|$)")
# Relatives, named by a first name after the relation ("his wife Audrey", "granddaughter Grace").
_KIN = ("wife", "husband", "son", "sons", "daughter", "daughters", "mother", "father", "mum", "mom", "dad",
        "brother", "sister", "widow", "widower", "grandson", "granddaughter", "grandmother", "grandfather",
        "grandma", "grandpa", "granny", "nan", "niece", "nephew", "cousin", "aunt", "uncle", "partner",
        "girlfriend", "boyfriend", "fiance", "fiancee", "fiancé", "fiancée", "stepson", "stepdaughter",
        "stepfather", "stepmother", "twin", "children", "child", "baby", "friend", "pal")
_KIN_BEFORE = re.compile(rf"(?<![A-Za-z-])(?:{'|'.join(_KIN)}),?\s+$")
_KIN_AFTER = re.compile(rf"^,\s+(?:his|her|their|the\s+\w+'s?|\w+['’]s)\s+(?:{'|'.join(_KIN)})\b")


def _family_member(name: str, texts: Sequence[str], full_surnames: AbstractSet[str]) -> bool:
    """A relative the story names only in passing: a lone first name after the relation
    ("his son John", "Grace, his granddaughter,"), or a surname under an honorific that a
    person the story names in full also bears ("Mrs Creag" beside "James Creag": his wife,
    or him under another form). Neither is a topic; the person named in full is."""
    words = name.split()
    if len(words) == 2 and words[0].lower() in HONORIFICS:
        return words[1] in full_surnames
    if len(words) != 1 or not name[:1].isupper():
        return False
    for text in texts:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if re.match(r"\s+[A-Z]", text[m.end():]):
                continue  # ("his son John Smith": a full name)
            if _KIN_BEFORE.search(text[: m.start()]) or _KIN_AFTER.match(text[m.end():]):
                return True
    return False


def _captions_at(spans: Sequence[Span]) -> set[int]:
    """The sentences that are a photo caption or a byline, not the story's prose."""
    return {si for si, sent in enumerate(spans)
            if si > 0 and (_caption(sent) or _CREDIT_LINE.search(sent.text))}


_IDENTIFYING = re.compile(r"\b(?:identified|named|called|death|killing|murder|rescue|arrest|capture|release"
                         r"|disappearance|funeral|extradition)\b")


def _identified(t: _Topic, texts: Sequence[str], skip: AbstractSet[int]) -> float:
    """A person the story identifies: "the man, identified as / named as X", or "X, 34,"
    (news gives its subjects' ages: the victim, the accused, the one rescued; not in a
    caption). Only a name in full ("Tomas Brandvik"). How strongly: 1 where the story says
    so in words, a token where it only gives the age (central, but not ranked up: a
    sports story gives every player's age)."""
    name = t.forms[0]
    if len(name.split()) < 2:
        return 0.0
    prose = [text for si, text in enumerate(texts) if si not in skip and name in text]
    if not prose:
        return 0.0
    n = re.escape(name)
    if not any(_IDENTIFYING.search(text) for text in prose):
        return 0.01 if any(re.search(rf"(?<![\w-]){n},\s+(?:aged\s+)?\d{{1,3}}(?:,|\s+(?:and|who|from|of)\b)", text)
                           for text in prose) else 0.0
    named = re.compile(
        rf"\b(?:identified|named)(?:\s+[\w-]+){{0,3}}?\s+as\s+(?:[A-Z][\w.'’-]*\s+)*?{n}(?![\w-])"
        rf"|\b(?:death|killing|murder|rescue|arrest|capture|release|disappearance|funeral|extradition)\s+of\s+"
        rf"(?:[A-Z][\w.'’-]*\s+)*?{n}(?![\w-])")
    aged = re.compile(rf"(?<![\w-]){n},\s+(?:aged\s+)?\d{{1,3}}(?:,|\s+(?:and|who|from|of)\b)")
    if any(named.search(text) for text in prose):
        return 1.0
    # "a man named X", "a survivor called X"
    for text in prose:
        for m in re.finditer(rf"\b([a-z]+),?\s+(?:named|called)\s+{n}(?![\w-])", text):
            if m.group(1) in _PERSON_NOUNS:
                return 1.0
    return 0.01 if any(aged.search(text) for text in prose) else 0.0


def _central(t: _Topic) -> float:
    w = t.weights
    mentions = sum(v / (1.0 + 0.15 * s) for s, v in w.items())
    lead = (1.0 if w.get(0, 0) >= 1 else 0.0) + (0.5 if w.get(1, 0) >= 1 else 0.0)
    return mentions + lead + 0.75 * min(t.subject, 4.0)


def _not_people(spans: Sequence[Span]) -> set[str]:
    """One-word names the story uses for a nationality, team or place, twice or more."""
    if not spans:
        return set()
    seen = Counter(
        e.text for e in spans[0].doc.ents
        if e.label_ in {"NORP", "ORG", "GPE", "LOC", "FAC", "EVENT"} and len(e) == 1 and e.text[:1].isupper()
    )
    return {n for n, c in seen.items() if c >= 2} | {
        e.text for e in spans[0].doc.ents if e.label_ == "NORP"
    }


# A photo caption run into the story: "Pictured: …", "X (left) with Y", "X is pictured with Y",
# a present-tense scene that ends on its year ("Kahlo poses with her doctor in 1951").
_CAPTION_CUE = re.compile(
    r"^\W*(?:pictured|above|below|left|right|top|inset|main picture|main image)\b\s*[:,(]"
    r"|\((?:pictured|left|right|centre|center|above|below|top|bottom|inset|far left|far right)\b[^)]*\)"
    r"|\b(?:is|are) (?:pictured|photographed)\b", re.I)
_YEAR_AT_END = re.compile(r"\b(?:18|19|20)\d\d\W*$")


def _caption(sent: Span) -> bool:
    """A photo caption (or a credit line) run into the text, not the story's prose."""
    finite = [t for t in sent if t.tag_ in {"VBD", "VBZ", "VBP", "MD"}]
    if not finite:
        return len(sent) >= 3  # no finite verb: a caption or a heading ("Frida Kahlo and her doctor, 1951")
    root = sent.root
    present = root.tag_ in {"VBZ", "VBP"} and root.pos_ == "VERB" and root.lemma_ not in SPEECH_VERBS and not any(
        c.dep_ in {"aux", "auxpass"} for c in root.children)
    if _CAPTION_CUE.search(sent.text):
        return present or not any(t.tag_ == "VBD" for t in finite)
    # ("… charts the rise of the party from its founding in 1920, a year before …" is prose)
    return present and bool(_YEAR_AT_END.search(sent.text)) and not _quoted_ranges(sent.text)


def _entity_topics(
    entities: Sequence[Entity], spans: Sequence[Span]
) -> tuple[list[str], list[str], list[str], dict[str, str]]:
    """The central named topics, most central first; the runners-up, for a short list; and
    those of them that are a body or a person named in full twice or more, for a list of
    three."""
    not_people = _not_people(spans)
    nationalities = {
        e.text for e in (spans[0].doc.ents if spans else ())
        if e.label_ == "NORP" and re.fullmatch(r"[A-Z][a-z]+(?:ans|ons|ish|ese)", e.text)
    }
    geo = {e.text for e in (spans[0].doc.ents if spans else ()) if e.label_ in {"GPE", "LOC"}}
    texts = [s.text for s in spans]
    found = _whole_names(_missed_names(_defined_acronyms(_topics_from_entities(entities), texts), spans), spans)
    found = _full_given_names(_missed_runs(_caption_labels(_whole_titles(found, texts), texts), spans), spans)
    found = _aged_names(_glued_people(_untagged_given_names(found, spans), spans), texts)
    topics = _merge_topics(found, texts, not_people, nationalities, geo)
    if spans:
        counts = _read_story(topics, spans)
    else:
        counts = Counter()
        for t in topics:
            t.weights = {s: 1.0 for s in t.sentences}
            t.plain_mentions = len(t.sentences)
    skip = _captions_at(spans)
    for t in topics:
        t.score = _central(t)
        strength = _identified(t, texts, skip) if t.kind == "PERSON" and not t.said_only else 0.0
        if strength:
            # the man rescued, the woman charged: named once, but who the story is about
            # (and ranked higher where the story says so: "the man, identified as X")
            t.identified = True
            t.score += strength
    # A person the story quotes ranks a little higher (the floor below stays the plain score's).
    # (and a place that is never the subject of a clause, only where things happen, a
    # little lower: it does not outrank by a hair the person who acts in it)
    ranked = sorted((t for t in topics if t.score > 0),
                    key=lambda t: (-t.score * (0.85 if t.kind == "PLACE" and t.subject == 0 else 1.0)
                                   - 0.5 * t.quoted, t.first))
    if not ranked:
        return [], [], [], {}
    top = max(t.score for t in ranked)
    # Words that stand before a person's name without being part of it.
    prefixes = {t.forms[0] for t in topics if t.kind != "PERSON" and len(t.forms[0].split()) == 1}
    prefixes |= not_people
    out: list[str] = []
    spare: list[str] = []
    named: list[str] = []  # the runners-up named twice or more that are no place or lone first name
    where: list[str] = []
    actors: set[str] = set()
    kinds: dict[str, str] = {}
    places = 0
    story = " ".join(s.text for s in spans)
    # (and a byline: "CNN's Jane Roe and John Doe contributed to this report")
    captions = skip
    opening = _BYLINE.match(texts[0]) if texts else None
    byline = opening.group(0) if opening else ""
    full_surnames = {t.forms[0].split()[-1] for t in topics if t.kind == "PERSON" and len(t.forms[0].split()) > 1
                     and t.forms[0].split()[0].lower() not in HONORIFICS}
    whole = _whole_institutions(ranked, counts, prefixes)
    for t in ranked:
        name = _display(t, counts, prefixes)
        name = whole.get(name, name)  # "Drexel University", not the "Drexel" of "a Drexel professor"
        kinds.setdefault(name, t.kind)
        if captions and t.weights and all(si in captions for si in t.weights):
            continue  # named only in a photo caption: who is in the picture, not in the story
        if byline and t.weights and set(t.weights) <= captions | {0} and any(f in byline for f in t.forms) \
                and not any(f in texts[0][len(byline):] for f in t.forms):
            continue  # the byline's writers ("By Jane Roe and John Doe, CNN")
        if _family_member(name, texts, full_surnames):
            continue  # "his son John", "Mrs Creag" beside "James Creag": a relative named in passing
        mentions = sum(t.weights.values())
        lead = t.weights.get(0, 0) >= 1 or t.weights.get(1, 0) >= 1
        if (t.outlet or any(_is_outlet(f) for f in t.forms)) and t.plain_mentions < 2:
            continue  # the outlet that reported the story
        # (a person named in full only in "Yasser Arafat's Palestinian Authority" but alone as
        # "Mr Arafat" stands alone)
        if any(_key(name) == _key(n) for n in out + spare) or (
                spans and _never_alone(name, story)
                and not (t.kind == "PERSON" and name.split()[-1] in t.forms and name.split()[-1] in story
                         and not _never_alone(name.split()[-1], story))):
            continue
        singular = next((n for n in out + spare if _key(n) + "s" == _key(name)), None)
        if singular is not None and singular in out:
            out[out.index(singular)] = name  # "the Beatles", not "Beatle"
            continue
        if singular is not None or any(_key(name) + "s" == _key(n) for n in out + spare):
            continue  # "Girl Scout" beside "Girl Scouts"
        if t.kind == "PERSON" and any(_same_surname(name, n) for n in out + spare):
            # "Hill" beside "Robert Hill" (the titles differed: "Senator", "Defence Minister"):
            # one person, under the full name ("Musharraf" listed first is "Pervez Musharraf")
            short = next((n for n in out + spare if _same_surname(name, n) and len(n.split()) == 1
                          and _key(n) == _key(name).split()[-1]), None)
            if short is not None and len(name.split()) == 2:
                where_ = out if short in out else spare
                where_[where_.index(short)] = name
            continue
        central = mentions >= 2 or (t.kind not in _MINOR_KINDS and t.subject >= 1)
        if not central and lead and t.kind not in _MINOR_KINDS | {"PLACE"} and not (spans and t.said_only):
            central = True  # a person or body named once, in the lead (not as its source)
        if not central and t.where and t.kind == "PLACE" and places < MAX_PLACE_TOPICS and not where:
            where.append(name)  # where the lead puts the news, named once: after the names
            places += 1
            continue
        if not central and (t.quoted or t.identified or t.responds):
            central = True  # a person the story quotes, or names as the one it is about
        floor = 0.15 if t.quoted else 0.2
        # (a name in three sentences or more stays above the floor: the rival, the team, the
        # venue of a long interview whose subject outscores everyone else many times over)
        if not central or (t.score < floor * top and mentions < 3) \
                or (t.kind == "PLACE" and places >= MAX_PLACE_TOPICS):
            if t.score >= 0.15 * top and mentions >= 1 and t.kind not in _MINOR_KINDS:
                spare.append(name)
            if t.kind not in _MINOR_KINDS | {"PLACE"} and mentions >= 2 and (t.kind != "PERSON" or len(name.split()) > 1) \
                    and (not spans or t.first <= len(spans) // 2):
                # (however far the story's subject outscores it; not a body a long story's
                # second half compares it with: "something the NHS has yet to put in place")
                named.append(name)
            continue
        out.append(name)
        places += t.kind == "PLACE"
        if t.lead_actor and t.score >= 0.5 * top:  # (not a misparse's: "Blues legend B.B. King …")
            actors.add(name)
        if len(out) + len(where) >= MAX_ENTITY_TOPICS:
            break
    # The lead's actors first: the subject of its main clause ("Australia has beaten South
    # Africa", "The Federal Government is negotiating with …"), before a person it names
    # later or a place it only happens in.
    out = [n for n in out if n in actors] + [n for n in out if n not in actors]
    # "President Bush", where the story never gives his first name (and no one else listed
    # bears it): a bare surname names no one.
    styled: dict[str, str] = {}
    for t in ranked:
        if t.kind == "PERSON" and t.title and _key(t.title) in _STYLED_OFFICES and t.title[:1].isupper():
            name = _display(t, counts, prefixes)
            if len(name.split()) == 1 and sum(1 for n in (*out, *spare) if n.split()[-1] == name) == 1:
                styled[name] = f"{t.title} {name}"
    if styled:
        out, spare, named = ([styled.get(n, n) for n in group] for group in (out, spare, named))
        for n, form in styled.items():
            kinds[form] = kinds.get(n, "PERSON")
    # (the place the lead puts the news, named once, after the first names but before the
    # minor ones a long list drops: "Legal abortion in Tasmania is one step closer …")
    return out[:3] + where + out[3:], spare, named, kinds


def _whole_institutions(ranked: Sequence[_Topic], counts: Counter[str], prefixes: AbstractSet[str]) -> dict[str, str]:
    """A body's one-word short name and the whole name the story also writes, when the
    whole name is the short one and an institution's word ("Drexel" of "a Drexel law
    professor" and "Drexel University"): the topic is written whole, once."""
    names = [(t.kind, _display(t, counts, prefixes)) for t in ranked]
    out: dict[str, str] = {}
    for kind, short in names:
        if kind != "ORG" or len(short.split()) != 1 or short in out:
            continue
        longer = [n for k, n in names if k in {"ORG", "FACILITY"} and len(n.split()) == 2 and n.split()[0] == short
                  and n.split()[1].lower() in _INSTITUTION_WORDS | _ORG_HEADS]
        if len(longer) == 1:
            out[short] = longer[0]
    return out


_BODY_HEADS = frozenset(["army", "military", "government", "police", "navy", "forces", "cabinet"])


_PEOPLE_COUNTRY: dict[str, tuple[str, ...]] = {
    "chinese": ("china",), "french": ("france",), "british": ("britain", "uk", "united kingdom", "great britain"),
    "english": ("england",), "scottish": ("scotland",), "welsh": ("wales",), "irish": ("ireland",),
    "iraqi": ("iraq",), "thai": ("thailand",), "dutch": ("netherlands", "holland"),
    "swiss": ("switzerland",), "danish": ("denmark",), "swedish": ("sweden",), "finnish": ("finland",),
    "polish": ("poland",), "turkish": ("turkey", "turkiye"), "greek": ("greece",),
    "spanish": ("spain",), "filipino": ("philippines",), "afghan": ("afghanistan",),
    "iranian": ("iran",), "israeli": ("israel",), "american": ("us", "usa", "united states", "america"),
    "japanese": ("japan",), "russian": ("russia",), "german": ("germany",),
    "indian": ("india",), "pakistani": ("pakistan",), "korean": ("korea", "south korea", "north korea"),
    "saudi": ("saudi arabia",), "egyptian": ("egypt",), "lebanese": ("lebanon",), "syrian": ("syria",),
    "vietnamese": ("vietnam",), "peruvian": ("peru",), "cuban": ("cuba",), "portuguese": ("portugal",),
    "norwegian": ("norway",), "argentine": ("argentina",), "argentinian": ("argentina",), "somali": ("somalia",),
    "sudanese": ("sudan",), "emirati": ("uae", "united arab emirates"), "kiwi": ("new zealand",),
    "aussie": ("australia",), "australian": ("australia",), "canadian": ("canada",), "mexican": ("mexico",),
}
"""A people's adjective and the country a tag list that names it already gives the lead's body by ("Chinese Government" beside "China")."""


def _lead_body(spans: Sequence[Span]) -> str | None:
    """The body a people's adjective names as the subject of the lead's main clause: "The
    Israeli army has killed …", "Japanese police have arrested …" → "Israeli Army",
    "Japanese Police" (the story's own words); None when the lead opens otherwise."""
    if not spans:
        return None
    root = spans[0].root
    if root.lemma_ in SPEECH_VERBS:  # ("The army has killed three men, sources said")
        root = next((c for c in root.children if c.dep_ == "ccomp"), root)
    for tok in root.children:
        if tok.dep_ not in _SUBJECT_DEPS or tok.lower_ not in _BODY_HEADS:
            continue
        adjs = [c for c in tok.children if c.dep_ in {"amod", "compound"} and c.i == tok.i - 1 and (
            c.ent_type_ == "NORP" or (c.ent_type_ == "ORG" and c.lower_ in _DEMONYMS))]
        if len(adjs) == 1 and adjs[0].text[:1].isupper():
            return f"{adjs[0].text} {tok.text[:1].upper()}{tok.text[1:]}"
    return None


def _part_of_listed(name: str, kinds: dict[str, str], listed: Sequence[str]) -> bool:
    """A place another listed name already holds ("Villawood" beside "Villawood Detention
    Centre", "US" beside "United States Congress"), or two listed places run together
    ("Alei Sinai and Nitzanit" beside "Alei Sinai"): the list names each thing once."""
    key = _key(name)
    pair = re.compile(r"(.+?) (?:and|&) (.+)")
    others = [_key(n) for n in listed if n != name and kinds.get(n) != "PERSON"]
    m = pair.fullmatch(key)
    if m and (m.group(1) in others or m.group(2) in others):
        return True
    if kinds.get(name) != "PLACE":
        return False
    forms = {key} | {_key(a) for group in _ALIASES if key in map(_key, group) for a in group}
    # (not "Mexico" beside "Mexico City": a city named after its country is another place)
    return any(o.startswith(f + " ") and not pair.fullmatch(o) and o[len(f) + 1:] not in _OTHER_PLACES
               for o in others for f in forms)


_OTHER_PLACES = frozenset(["city", "town", "county", "state", "province", "island", "islands", "district",
                           "territory", "region", "shire"])


def _same_surname(a: str, b: str) -> bool:
    """"Hill" and "Robert Hill", "Romanszko" and "Richard Romaszko" (a misspelling): one
    person; "the Gavers" and "Enoch Gaver" are a family and one of them."""
    if min(len(a.split()), len(b.split())) != 1:
        return False
    x, y = _key(a).split()[-1], _key(b).split()[-1]
    if x + "s" == y or y + "s" == x:
        return False
    return difflib.SequenceMatcher(None, x, y).ratio() >= 0.85


def _never_alone(name: str, text: str) -> bool:
    """Whether ``name`` never stands alone in ``text``: every mention runs on into a longer
    name ("Valentine" of "Valentine's Day", "Health Day" of "Health Day News")."""
    spots = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
    # (but a body runs on into its report: "the World Health Organization Report said")
    paper = name.split()[-1].lower() in _BODY_ENDS and len(name.split()) > 1
    return bool(spots) and all(
        (m2 := re.match(r"(?:['’]s)? ([A-Z][a-z]+)( [A-Z][a-z])?", text[m.end():]))
        and not (paper and m2.group(1).lower() in _BODY_PAPERS and not m2.group(2)) for m in spots)


def _agentive(lemma: str, verbs: set[str]) -> bool:
    """``singer`` (sing), ``manager`` (manage), ``runner`` (run), ``employee`` (employ)."""
    if lemma.endswith(("er", "or")):
        return bool({lemma[:-2], lemma[:-1], lemma[:-3]} & verbs)
    if lemma.endswith("ee"):
        return bool({lemma[:-2], lemma[:-3], lemma[:-1]} & verbs)
    return False


# Endings of compound words for a person ("hairdresser", "shopkeeper", "filmmaker").
_PERSON_ENDINGS = ("dresser", "maker", "keeper", "worker", "seller", "holder", "writer", "player", "goer", "watcher",
                   "fighter", "dealer", "trader", "buyer", "owner", "leader", "teller", "minder", "bearer", "giver",
                   "taker", "walker", "rider", "builder", "breaker", "grower", "monger", "smith", "wright")


def _person_noun(lemma: str, verbs: set[str]) -> bool:
    if lemma in _PERSON_NOUNS or _agentive(lemma, verbs) or lemma.endswith(_PERSON_ENDINGS):
        return True
    if len(lemma) > 5 and lemma.endswith(("ist", "ian")):
        return True
    return lemma.endswith(("man", "men")) and lemma not in {"human", "german", "roman", "abdomen", "specimen", "omen"}


def _names_someone(tok: Token) -> bool:
    """The noun stands for a person here: "karate instructor X", "X, the singer", "a man who"."""
    if tok.dep_ in {"compound", "appos"} and tok.head.ent_type_ == "PERSON":
        return True
    for child in tok.children:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            return True
        if child.dep_ == "relcl" and any(g.lower_ in {"who", "whom"} for g in child.children):
            return True
    return False


_OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s(\[—–-]))[\"“‘']")
_CLOSING_QUOTE = re.compile(r"[\"”’'](?=$|[\s.,;:!?)\]—–-])")


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """The character ranges of ``text`` that stand inside quotation marks."""
    marks = sorted(
        [(m.start(), 1) for m in _OPENING_QUOTE.finditer(text)]
        + [(m.start(), -1) for m in _CLOSING_QUOTE.finditer(text)]
    )
    if not marks:
        return []
    inside: list[tuple[int, int]] = []
    depth, opened = 0, 0
    for pos, step in marks:
        if step > 0 and depth == 0:
            depth, opened = 1, pos
        elif step < 0 and depth == 1:
            depth = 0
            inside.append((opened, pos))
    if depth:
        inside.append((opened, len(text)))
    return inside


def _within(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """Whether the words of ``short`` run inside ``long_`` (modifiers compared as written)."""
    n = len(short)
    return n < len(long_) and any(
        long_[i : i + n - 1] == short[:-1] and long_[i + n - 1].startswith(short[-1][:4])
        for i in range(len(long_) - n + 1)
    )


@dataclass
class _Phrase:
    sentences: set[int] = field(default_factory=set)
    surfaces: Counter[str] = field(default_factory=Counter)
    person: bool = False
    whole: int = 0
    """Times the phrase stood whole, with no further modifier before it."""


# Subject areas a newsroom tags stories by (after the IPTC media topics), each with the
# ways stories write it. A story's own wording is the topic ("Global warming").
_SUBJECT_AREAS: tuple[tuple[str, ...], ...] = (
    ("climate change", "global warming", "climate crisis", "climate emergency"),
    ("carbon emissions", "greenhouse gas emissions", "carbon dioxide emissions", "greenhouse gases"),
    ("renewable energy", "renewables"),
    ("fossil fuels",),
    ("air pollution",),
    ("sea level rise", "rising sea levels"),
    ("coral bleaching",),
    ("deforestation",),
    ("wildfires", "forest fires"),
    ("bushfires",),
    ("drought",),
    ("winter storm", "snowstorm", "blizzard", "ice storm"),
    ("heatwaves", "heat waves"),
    ("endangered species",),
    ("invasive species",),
    ("animal welfare", "animal cruelty"),
    ("plastic pollution", "plastic waste"),
    ("geoengineering",),
    ("ransomware",),
    ("malware", "computer viruses"),
    ("cybersecurity", "cyber security", "cyberattacks", "cyber attacks"),
    ("surveillance",),
    ("facial recognition",),
    ("artificial intelligence",),
    ("data privacy", "data protection"),
    ("abortion",),
    ("gun control", "gun laws"),
    ("immigration",),
    ("asylum seekers",),
    ("terrorism",),
    ("suicide bombings", "suicide attacks"),
    ("air strikes", "airstrikes"),
    ("chemical weapons", "biological weapons"),
    ("nuclear weapons",),
    ("human rights",),
    ("interest rates",),
    ("inflation",),
    ("unemployment", "jobless rate"),
    ("minimum wage",),
    ("recession",),
    ("industrial action",),
    ("privatisation", "privatization"),
    ("outsourcing",),
    ("child abuse", "child sexual abuse"),
    ("child pornography",),
    ("domestic violence",),
    ("sexual assault",),
    ("mental health",),
    ("obesity",),
    ("vaccines", "vaccination"),
    ("health insurance", "health care"),
    ("higher education",),
    ("same-sex marriage", "gay marriage"),
    ("euthanasia", "assisted dying"),
    ("death penalty", "capital punishment"),
    ("free speech", "freedom of speech"),
    ("money laundering",),
    ("tax evasion",),
    ("insider trading",),
    ("doping",),
    ("match-fixing", "match fixing"),
    ("esports",),
    ("colonialism", "colonial history"),
    ("homelessness",),
    ("poverty",),
    ("corruption",),
    ("radio astronomy",),
    ("transgender rights",),
)


# The subject areas' names (a one-word one, "terrorism", is no generic noun).
SUBJECT_AREA_TERMS = frozenset(t for group in _SUBJECT_AREAS for t in group)


def _plural_forms(term: str) -> str:
    """A term's pattern with or without its plural ending ("suicide attack(s)")."""
    word = re.escape(term)
    if term.endswith("ies"):
        return word[:-3] + "(?:y|ies)"
    if term.endswith("s") and not term.endswith(("ss", "sis")):
        return word + "?"
    return word + "s?"


# Words that show a story is in the area without naming it: they count, but are never
# the topic's name ("climate scientists" in a story on climate change).
_SUBJECT_EVIDENCE = {
    "climate change": ("climate scientists", "climate science", "climate policy", "climate goals", "climate action",
                       "climate targets", "climate models", "climate pledges"),
}
_SUBJECT_PATTERNS = tuple(
    re.compile(r"(?<![\w-])(" + "|".join(_plural_forms(t) for t in (*group, *_SUBJECT_EVIDENCE.get(group[0], ())))
               + r")(?![\w-])", re.I)
    for group in _SUBJECT_AREAS
)


_CAMPAIGN_AGAINST = re.compile(r"\b(?:against|war on|crackdown on|fight on)\s+(?:the\s+)?(?:global\s+|international\s+)?$",
                               re.I)


def subject_areas(texts: Sequence[str], limit: int = MAX_SUBJECT_TOPICS) -> tuple[str, ...]:
    """The subject areas the story is about (``_SUBJECT_AREAS``), in its own words: named in
    two sentences or more, the first near the top, and not a passing word in a long piece."""
    n_sent = len(texts)
    scored: list[tuple[float, int, str]] = []
    for gi, pattern in enumerate(_SUBJECT_PATTERNS):
        where: list[int] = []
        surfaces: Counter[str] = Counter()
        for si, text in enumerate(texts):
            # (not inside a name: "Joint Terrorism Task Force", "Oxford Open Climate Change")
            # (nor a campaign's name: "the campaign against terrorism", "the war on terrorism"
            # is what its actors wage, no subject of the story's own)
            # (nor a speaker's word: '"… a stateless sponsor of terrorism," he said')
            quoted = _quoted_ranges(text)
            found = [m.group(1) for m in pattern.finditer(text)
                     if (m.group(1)[:1].islower() or not re.search(r"\w", text[: m.start()]))
                     and not _CAMPAIGN_AGAINST.search(text[: m.start()])
                     and not any(a <= m.start() < b for a, b in quoted)]
            if found:
                where.append(si)
                surfaces.update(f.lower() for f in found)
        n = len(where)
        if n < 2 or n < n_sent // 30 or (where[0] >= max(3, n_sent // 4) and n < 4):
            continue
        # the table's plural ("wildfires") when the story writes it, else the story's usual form
        names = [f for f in surfaces if f not in _SUBJECT_EVIDENCE.get(_SUBJECT_AREAS[gi][0], ())
                 and f.rstrip("s") not in _SUBJECT_EVIDENCE.get(_SUBJECT_AREAS[gi][0], ())]
        if not names:
            continue
        surface = next((f for f in names if f == _SUBJECT_AREAS[gi][0]), max(names, key=lambda f: surfaces[f]))
        scored.append((n + (1.0 if where[0] <= 2 else 0.0), gi, surface))
    scored.sort(key=lambda x: (-x[0], x[1]))
    return tuple(label for _, _, label in scored[:limit])


def _common_case(span: Span) -> str:
    """A common-noun phrase as running text writes it: lower case but for a word that is a
    name or a people's ("British troops" opening a sentence stays "British troops")."""
    return "".join(
        (t.text if t.is_title and t.ent_type_ in {"NORP", "GPE", "LOC", "ORG", "PERSON", "FAC", "EVENT"} else t.lower_)
        + t.whitespace_ for t in span
    ).strip()


def subject_phrases(spans: Sequence[Span], named: Sequence[str] = (), limit: int = MAX_SUBJECT_TOPICS) -> tuple[str, ...]:
    """Common-noun subjects the story keeps returning to ("child pornography").

    Two or three words, a modifier that classifies rather than grades, a head that is
    neither generic nor a person, found in at least two sentences and near the top.
    """
    if not spans:
        return ()
    doc = spans[0].doc
    verbs: set[str] = set()
    found: dict[tuple[str, ...], _Phrase] = defaultdict(_Phrase)
    bare: dict[str, set[int]] = defaultdict(set)  # the sentences each head noun stands in, with or without modifiers
    for si, sent in enumerate(spans):
        base = sent.start_char
        quoted = _quoted_ranges(sent.text)
        for tok in sent:
            pos = tok.pos_
            if pos in {"VERB", "AUX"}:
                verbs.add(tok.lemma_.lower())
            if pos != "NOUN" or not tok.is_alpha or not tok.is_lower or tok.is_stop or len(tok) < 3:
                continue
            if quoted and any(a <= tok.idx - base < b for a, b in quoted):
                continue  # a phrase from a quotation ("some brass neck") is the speaker's
            mods: list[Token] = []
            j = tok.i - 1
            while j >= sent.start and len(mods) < 2:
                m = doc[j]
                if (
                    m.pos_ in {"NOUN", "ADJ"} and m.is_alpha and (m.is_lower or m.i == sent.start) and not m.is_stop
                    and len(m) > 2 and m.dep_ in {"compound", "amod", "nmod"} and m.i < m.head.i <= tok.i
                ):
                    mods.insert(0, m)  # (a sentence's capitalised first word too: "Sulfur dioxide emissions")
                    j -= 1
                else:
                    break
            if j >= sent.start and doc[j].dep_ in {"compound", "amod", "nmod"} and tok.i >= doc[j].head.i > j \
                    and not doc[j].is_punct and len(mods) >= 2:
                continue  # a modifier left outside ("[PFA] Player …"): the phrase would be cut
            while mods and _left_behind(mods[0]):
                mods.pop(0)  # "degree" of "first-degree murder", "mph" of "100 mph winds"
            while mods and (mods[0].tag_ in {"JJR", "JJS"} or mods[0].lower_ in _VAGUE_MODIFIERS):
                mods.pop(0)
            person = _names_someone(tok)
            bare[tok.lemma_.lower()].add(si)
            for start in range(len(mods)):
                words = mods[start:]
                key = (*[m.lower_ for m in words], tok.lemma_.lower())
                entry = found[key]
                entry.sentences.add(si)
                entry.surfaces[_common_case(doc[words[0].i : tok.i + 1])] += 1
                entry.person = entry.person or person
                entry.whole += start == 0
    named_words = {w.lower() for n in named for w in n.split()}
    named_text = " | ".join(n.lower() for n in named)
    scored: list[tuple[float, tuple[str, ...]]] = []
    for key, entry in found.items():
        head = key[-1]
        n = len(entry.sentences)
        first = min(entry.sentences)
        if n == 1 and first <= 1 and len(key) > 1 and head in _NAMED_ONCE_HEADS and entry.whole:
            # The lead names it in full, the story then by its head alone ("frozen embryos
            # ... the embryos ... two more embryos"): the lead's phrase, in as many sentences.
            n = len(bare[head]) if len(bare[head]) >= 3 else n
        if n < 2 or (first > 2 and n < 3) or (len(key) > 1 and not entry.whole):
            continue  # (never whole: "dioxide emissions" of "sulfur" and "carbon dioxide emissions")
        if len(spans) > 40 and (n < len(spans) // 25 or (first >= len(spans) // 8 and n < len(spans) // 10)):
            # A long piece: a phrase from one section ("net worth" first in sentence 44 of 84)
            # or named twice in 125 sentences ("oral arguments") is no subject of the whole.
            continue  # (never whole: "dioxide emissions" of "sulfur" and "carbon dioxide emissions")
        if entry.person or head in _GENERIC_HEADS or _person_noun(head, verbs):
            continue
        if head not in _SUBJECT_HEADS and not (
                head in _CHARGE_HEADS and any(k in _OFFENCES or k in _OFFENCE_MODIFIERS for k in key[:-1])):
            continue  # a thing the story happens with, not what it is about (but "child sex allegations")
        if head in named_words or " ".join(key) in named_text:
            continue
        scored.append((n + (1.0 if first <= 2 else 0.0) + 0.25 * (len(key) - 2) - 0.01 * first, key))
    scored.sort(key=lambda x: (-x[0], x[1]))
    out: list[str] = []
    heads: set[str] = set()
    picked: list[tuple[str, ...]] = []
    keys = [k for _, k in scored]
    for _, key in scored:
        surface = found[key].surfaces.most_common(1)[0][0]
        if key[-1] in heads or any(surface in o or o in surface for o in out):
            continue
        if any(k[:-1] == key[:-1] for k in picked):
            continue  # "child sex charges" beside "child sex allegations"
        if any(_within(key, k) for k in picked) or any(
            _within(key, k) and found[k].sentences >= found[key].sentences for k in keys if k != key
        ):
            continue  # "international league" of "international league table"; "food bank" of a pick
        out.append(surface)
        picked.append(key)
        heads.add(key[-1])
        if len(out) >= limit:
            break
    return tuple(out)


def _offence_phrase(obj: Token, heads: AbstractSet[str]) -> str | None:
    """The offence or illness a preposition's object names, with its classifying modifiers
    ("first-degree murder" → "murder", "three counts of sexual abuse" → "sexual abuse",
    "wounding with intent"); None when its head is no offence or illness (``heads``)."""
    doc = obj.doc
    if obj.lemma_.lower() in _COUNTS:  # "three counts of …": the offence is what they are of
        obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), obj)
        if obj.lemma_.lower() in _COUNTS:
            return None
    if not obj.is_alpha or not obj.is_lower or obj.ent_type_:
        return None
    mods: list[Token] = []
    j = obj.i - 1
    while j >= 0 and len(mods) < 2:
        m = doc[j]
        if m.pos_ in {"NOUN", "ADJ"} and m.is_alpha and m.is_lower and not m.is_stop \
                and m.dep_ in {"compound", "amod", "nmod"} and m.head.i in {obj.i, j + 1}:
            mods.insert(0, m)
            j -= 1
        else:
            break
    while mods and (_left_behind(mods[0]) or mods[0].lower_ in _VAGUE_MODIFIERS or mods[0].tag_ in {"JJR", "JJS"}):
        mods.pop(0)
    head = obj.lower_ if obj.lower_ in heads else obj.lemma_.lower()
    if head not in heads and not (head == "driving" and mods and heads is _OFFENCES):
        return None  # ("drink driving", "dangerous driving", not plain "driving")
    if head in _KIND_ONLY and not mods:
        return None  # "died after a long illness", "charged with an offence": which one?
    # "charged with assaulting a woman": the offence's name, "assault", not the verb's gerund
    noun = head if obj.lower_ not in heads and obj.lower_.endswith("ing") and head in heads else obj.lower_
    words = [m.lower_ for m in mods] + [noun]
    if obj.lower_.endswith("ing"):
        # "wounding with intent (to injure)"
        intent = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "with"
                       for g in c.children if g.dep_ == "pobj" and g.lower_ == "intent"), None)
        if intent is not None:
            words += ["with", "intent"]
    return " ".join(words)


def charged_offences(spans: Sequence[Span], limit: int = 1) -> tuple[str, ...]:
    """What someone in the story is charged with, pleads to or is convicted of, and what
    someone died of or is treated for: the story's subject even when named once ("charged
    with wounding with intent", "died of cancer"). The most often named first."""
    found: Counter[str] = Counter()
    first: dict[str, int] = {}
    for si, sent in enumerate(spans):
        quoted = _quoted_ranges(sent.text)
        for prep in sent:
            if prep.dep_ != "prep" or prep.head.i == prep.i:
                continue
            if quoted and any(a <= prep.idx - sent.start_char < b for a, b in quoted):
                continue
            trigger = prep.head.lemma_.lower()
            if trigger in _CHARGED and prep.lower_ in _CHARGED_PREPS:
                heads: AbstractSet[str] = _OFFENCES
            elif trigger in _SUFFERED and prep.lower_ in _SUFFERED_PREPS:
                heads = _ILLNESSES
            else:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" and not (obj.dep_ == "pcomp" and obj.tag_ == "VBG"):
                    continue  # (a gerund: "charged with wounding with intent")
                phrase = _offence_phrase(obj, heads)
                if phrase:
                    found[phrase] += 1
                    first.setdefault(phrase, si)
    # (named near the top, or more than once: "the man suffered from depression" in the tenth
    # sentence of a bulletin is a detail)
    ranked = sorted((p for p in found if found[p] >= 2 or first[p] <= max(2, len(spans) // 5)),
                    key=lambda p: (-found[p], first[p]))
    out: list[str] = []
    for p in ranked:
        if not any(p in o or o in p for o in out):
            out.append(p)
    return tuple(out[:limit])


def _plain_phrases(phrases: Sequence[str], limit: int) -> tuple[str, ...]:
    """Without the parse: the key phrases of two or more words that name no person or generic thing."""
    out: list[str] = []
    for p in phrases:
        words = p.lower().split()
        if not p[:1].islower() or len(words) < 2 or words[0] in _VAGUE_MODIFIERS:
            continue
        if words[-1] in _GENERIC_HEADS or words[-1].rstrip("s") in _GENERIC_HEADS or _person_noun(words[-1].rstrip("s"), set()):
            continue
        if words[-1] not in _SUBJECT_HEADS and words[-1].rstrip("s") not in _SUBJECT_HEADS:
            continue
        if any(p.lower() in o or o in p.lower() for o in out):
            continue
        out.append(p.lower())
        if len(out) >= limit:
            break
    return tuple(out)


def concept_case(tag: str) -> str:
    """A concept topic in the editors' Title Case, as a name is written: "cervical cancer" →
    "Cervical Cancer", "wounding with intent" → "Wounding with Intent"; a name keeps the
    story's own spelling ("al-Qaeda", "Osama bin Laden", "iPhone"). A tag whose last word is
    a plain lower-case word is a concept."""
    words = tag.split()
    if not words or not re.fullmatch(r"[a-z][a-z'’-]*", words[-1]):
        return tag
    return title_case(words)


def topic_case(tag: str, texts: Sequence[str]) -> str:
    """An engine's topic as the gate passes it on, in the house case the rules engine's
    topics take (:func:`concept_case`): a common-noun phrase ("interest rates", or "Heat
    Pads" where the story writes "heat pads") in Title Case ("Interest Rates", "Heat
    Pads"); a name keeps its own capitals ("Bank of England", "iPhone"). (One capitalised
    word is left as it is: "Apple" may be the company in a story that also has apples.)"""
    low = tag.lower()
    if tag == low:
        return concept_case(tag)
    if " " not in tag.strip():
        return tag
    pattern = re.compile(rf"(?<![\w-]){re.escape(low)}(?![\w-])")
    return concept_case(low) if any(pattern.search(t) for t in texts) else tag


_ROUTINE_MODIFIERS = frozenset(["general", "second", "third", "fresh", "snap", "next", "another", "upcoming",
                                "forthcoming", "previous", "last", "future"])


def _aside_only(term: str, spans: Sequence[Span]) -> bool:
    """A bare illness or offence ("cancer", "fraud") the story names once, after its lead,
    in an aside about someone ("Harrison, who died of cancer at 58, ..."): background, not
    what the story is about."""
    if " " in term:
        return False
    hits = [(si, tok) for si, sent in enumerate(spans) for tok in sent if tok.lower_ == term]
    if not hits or len({si for si, _ in hits}) > 1 or hits[0][0] == 0:
        return False
    return all(any(a.dep_ in {"relcl", "acl", "appos", "advcl"} for a in tok.ancestors) for _, tok in hits)


def make_tags(
    entities: Sequence[Entity], phrases: Sequence[str], limit: int = 8, *, spans: Sequence[Span] = ()
) -> tuple[str, ...]:
    """Topics: the central people, organisations and places, then one or two subjects.

    ``spans`` (the parsed sentences) lets the ranking read the story: which names are
    subjects of main clauses, which sit in the lead, which only modify a longer name
    or describe a person, which outlet is merely credited. Without them the entities'
    own salience ranks them.
    """
    central, spare, named, kinds = _entity_topics(entities, spans)
    body = _lead_body(spans)
    if body and not any(_key(n).startswith(_key(body)[:5]) or _key(body).split()[0] in _key(n).split()
                        or _key(n) in _PEOPLE_COUNTRY.get(_key(body).split()[0], ())
                        for n in (*central, *spare[:2])):
        # "The Israeli army has killed …": the lead's actor, which NER tags as a people only
        central = [body, *central[: MAX_ENTITY_TOPICS - 2]]  # (a list of six at most, with its subject)
        kinds[body] = "ORG"
    names = central[:limit]
    subjects: tuple[str, ...] = ()
    room = min(MAX_SUBJECT_TOPICS + (1 if len(names) < 2 else 0), limit - len(names))
    if room > 0:
        areas = subject_areas([s.text for s in spans], room) if spans else ()
        areas = tuple(a for a in areas if not any(_key(a).rstrip("s") == _key(n).rstrip("s") for n in names))
        more = subject_phrases(spans, names, room) if spans else _plain_phrases(phrases, room)
        # (nor "terrorist organization" beside "Terrorism")
        more = tuple(p for p in more if not any(
            w[:6] == v[:6] for a in areas for w in _key(p).split() for v in _key(a).split() if len(v) > 3))
        # (not an event every country holds, told only by which one: "General Election",
        # "Second Referendum", "Next Election" name no story's subject)
        more = tuple(p for p in more if _key(p).split()[0] not in _ROUTINE_MODIFIERS)
        # The offence charged or the illness comes first ("charged with manslaughter").
        charged = charged_offences(spans) if spans else ()
        charged = tuple(c for c in charged if not any(_key(c) in _key(n) for n in names)
                        and not _aside_only(c, spans))
        areas = tuple(a for a in areas if not any(_key(a) in _key(c) or _key(c) in _key(a) for c in charged))
        more = tuple(p for p in more if not any(_key(p) in _key(c) or _key(c) in _key(p) for c in charged))
        # (in the editors' Title Case, as a name is written: "Cervical Cancer", "Wounding with Intent")
        subjects = tuple(concept_case(t) for t in (*charged, *areas, *more)[:room])
    # A short list takes the next names (still before the subjects).
    names += spare[: max(0, MIN_TOPICS - len(names) - len(subjects))]
    # A list of three takes a fourth: a body or a person the story names twice or more (the
    # security firm of a story about its guards), not a place or a name inside one listed.
    firsts = {_key(n).split()[0] for n in names if _key(n)}
    # (nor one that ends on a listed name's first word: "Beatle George" beside "George Harrison")
    more_names = [n for n in named if n not in names and _key(n) and _key(n).split()[0] not in firsts
                  and _key(n).split()[-1] not in firsts]
    names += more_names[: max(0, FULL_TOPICS - len(names) - len(subjects))]
    out: list[str] = []
    seen: set[str] = set()
    for t in [*names, *subjects]:
        if _key(t) not in seen:
            seen.add(_key(t))
            out.append(t)
    # Each thing once: not "Villawood" beside "Villawood Detention Centre"; a short list
    # takes the next name that is no such part.
    kept = [t for t in out if not _part_of_listed(t, kinds, out)]
    if len(kept) < len(out):
        # (a person or a body, not a place the story names in passing: "New York" in a story
        # about the US economy)
        refill = [n for n in (*spare, *more_names)
                  if n not in out and _key(n) not in seen and kinds.get(n) != "PLACE"]
        for n in refill:
            if len(kept) >= min(MIN_TOPICS, len(out)):
                break
            if not _part_of_listed(n, kinds, [*kept, n]):
                at = sum(1 for k in kept if k in names)  # (still before the subjects)
                kept.insert(at, n)
        out = kept
    if len(out) > MAX_TOPICS and limit >= MAX_TOPICS:
        # Six at most: the list drops its last names, never its subjects.
        tail = [t for t in out if t in subjects][:MAX_SUBJECT_TOPICS]
        out = [t for t in out if t not in tail][: MAX_TOPICS - len(tail)] + tail
    return tuple(out[:limit])
