"""Sentences with stable ids and exact character offsets into the story body.

spaCy's parser decides the boundaries; two components set before it keep them
where a copy editor would: no break after an abbreviation or rank ("Lt. Gen.",
"U.S.", "No. 10", "Jan."), and always a break at a paragraph boundary. The
dateline is split off the first sentence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, cast

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from copydesk.errors import OverBudget
from copydesk.model import Sentence

# Tokens after which a capitalised word never starts a sentence. Lower-cased, dots kept.
ABBREVIATIONS = frozenset(
    ["mr.", "mrs.", "ms.", "dr.", "prof.", "sr.", "jr.", "st.", "mt.", "ft.", "no.", "nos.", "vs.", "v.", "etc.", "approx.", "inc.", "ltd.", "co.", "corp.", "gen.", "lt.", "col.", "maj.", "capt.", "cpt.", "sgt.", "cpl.", "pvt.", "adm.", "cmdr.", "cdr.", "brig.", "lieut.", "maj.-gen.", "lt.-gen.", "gov.", "sen.", "rep.", "rev.", "hon.", "pres.", "supt.", "insp.", "det.", "const.", "amb.", "sec.", "gens.", "reps.", "sens.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "mon.", "tue.", "tues.", "wed.", "thu.", "thur.", "thurs.", "fri.", "sat.", "sun.", "u.s.", "u.k.", "u.n.", "e.u.", "u.s.a.", "d.c.", "a.m.", "p.m.", "i.e.", "e.g.", "al.", "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.", "kan.", "ky.", "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.", "okla.", "ore.", "pa.", "tenn.", "tex.", "va.", "vt.", "wash.", "wis.", "wyo."]
)
# An initial ("A." in "A. P. Singh") also never ends a sentence before a capital.
_INITIAL = re.compile(r"^[A-Z]\.$")


# The most tokens one story may have. Analysis costs about 14 KB of memory per token
# (spaCy's activations), so this keeps one story under ~1 GB. A real 200 KB story (the
# byte limit) has ~45,000 tokens; 200 KB of one-letter lines or brackets has 200,000.
MAX_TOKENS = 60_000


@Language.component("copydesk_token_budget")
def check_token_budget(doc: Doc) -> Doc:
    """Refuse a story with more than :data:`MAX_TOKENS` tokens, before any model runs.

    Raises OverBudget (``input.over_budget``).
    """
    if len(doc) > MAX_TOKENS:
        raise OverBudget(
            f"the story has {len(doc):,} tokens, over the {MAX_TOKENS:,}-token budget of one story "
            f"({len(doc.text):,} characters: about {len(doc) / max(1, len(doc.text)):.2f} tokens per "
            "character, where prose has about 0.2)",
            tokens=len(doc), limit=MAX_TOKENS,
        )
    return doc


@Language.component("copydesk_boundaries")
def set_boundaries(doc: Doc) -> Doc:
    """Pre-parser fixes: keep abbreviations inside a sentence, break at paragraph ends.

    The decisions are written in one ``Doc.from_array`` call: spaCy's
    ``Token.is_sent_start`` setter rescans the whole document each time it is set, which
    made a story of many short lines quadratic (a 180 KB one took minutes).
    """
    if len(doc) < 2:
        return doc
    starts = doc.to_array([SENT_START]).astype("int64")  # -1: "not a start"
    for i, value in _boundaries(doc):
        starts[i] = value
    doc.from_array([SENT_START], cast(Any, starts.astype("uint64")))  # -1 wraps, as spaCy stores it
    return doc


def _boundaries(doc: Doc) -> Iterator[tuple[int, int]]:
    """``(token index, 1 | -1)``: where a sentence must start (1) or must not (-1)."""
    spliced = set(splice_starts(doc))
    for i in range(1, len(doc)):
        prev, tok = doc[i - 1], doc[i]
        if "\n" in prev.text or (prev.is_space and "\n" in prev.whitespace_) or "\n" in prev.whitespace_:
            yield i, 1
        elif i in spliced:
            # A caption or a sentence run in without a full stop (see splice_starts).
            yield i, 1
        elif (
            tok.text in {"A", "An"} and prev.is_alpha and prev.is_lower and prev.whitespace_
            and prev.lower_ not in FUNCTION_WORDS and prev.lower_ not in _LETTER_NOUNS
            and i + 1 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].is_lower and i >= 2
        ):
            # "… four counts of sexual assault A senior doctor facing …" (a caption run in).
            yield i, 1
        elif (
            tok.text in _RUN_ON_OPENERS and prev.is_alpha and prev.whitespace_
            and prev.lower_ not in FUNCTION_WORDS and i >= 2 and doc[i - 2].is_alpha
            and (prev.is_lower or prev.text in _MONTH_NAMES)
        ):
            # Text whose full stops were lost (captions run into the story):
            # "… than a colleague The cost of divorce …".
            yield i, 1
        elif prev.text == "." and not prev.whitespace_ and tok.is_alpha and tok.text[:1].isupper() \
                and doc[i - 2].is_alpha and doc[i - 2].text[:1].isupper() and not doc[i - 2].whitespace_:
            # A full stop inside a name ("One.Tel", "Amazon.Com"): no space, no break (not a
            # lost space after a sentence: "… he said.Professor Smith …").
            yield i, -1
        elif (prev.lower_ in ABBREVIATIONS or _INITIAL.match(prev.text)) and prev.whitespace_ != "":
            # "U.S." can end a sentence; only keep it joined before a capitalised
            # word that is not an obvious sentence opener.
            if prev.lower_ in {"u.s.", "u.k.", "d.c.", "a.m.", "p.m.", "etc."} and tok.text in _OPENERS:
                continue
            yield i, -1


def splice_starts(doc: Doc) -> Iterator[int]:
    """Token indices where a photo caption or a second sentence was run into the text
    with no full stop (Daily Mail copy joins its captions to the story): the place to
    start a new sentence, so the caption half is a caption and the story half a sentence.

    Four shapes, read off the tagger (this runs before the parser):

    - "Scroll down for video" and the caption that follows it;
    - a photo's position word in brackets, a clause before it and a capital after it
      ("… Upper Macungie Township (pictured) Silvonek's attorney said …");
    - a caption head "Label: Capital …" straight after a lower-case word or a date
      ("… brown eyes State-of-the-art: The head is …"), not speech ("told Reuters: …");
    - a name that opens a clause, its finite verb after it, straight after a lower-case
      word that ends a clause ("… could leave this summer Adebayor sees a shot …"), not a
      title before a name ("striker Harry Kane said"), a speaker ("said Smith was") or a
      relative clause without "that" ("the car Smith drove was …").
    """
    text = doc.text
    starts = {t.idx: t.i for t in doc}
    for m in _SCROLL_DOWN.finditer(text):
        i = starts.get(m.end(1))
        if i is not None:
            yield i
    for m in _AFTER_FURNITURE.finditer(text):
        i = starts.get(m.end())
        if i is not None and i >= 2 and _clause_before(doc, i):
            yield i  # "… in Upper Macungie Township (pictured) Silvonek's attorney said …"
    for m in _CAPTION_HEAD.finditer(text):
        i = starts.get(m.start(2))
        if i is None or i < 2:
            continue
        prev = doc[i - 1]
        if prev.tag_ in _VERB_TAGS or prev.lower_ in FUNCTION_WORDS or prev.lower_ in SPEECH_WORDS:
            continue  # "texted Barnes: 'She …'", "told MailOnline Travel: We …": speech
        if _SPEECH_IN_LABEL.search(m.group(2)) or not _clause_before(doc, i):
            continue
        yield i
    for i in range(2, len(doc) - 2):
        if _name_run_in(doc, i):
            yield i


def _clause_before(doc: Doc, i: int) -> bool:
    """Whether a finite verb stands between the last sentence break (or line) and token ``i``,
    with no quotation left open."""
    quotes = 0
    for j in range(i - 1, -1, -1):
        t = doc[j]
        if t.text in {".", "!", "?"} or "\n" in t.whitespace_ or "\n" in t.text:
            break
        if t.text in {'"', "“", "”", "‘"}:
            quotes += 1
    else:
        j = -1
    if quotes % 2:
        return False
    return any(t.tag_ in _FINITE_TAGS for t in doc[j + 1 : i])


def _name_run_in(doc: Doc, i: int) -> bool:
    """A capitalised name at ``i``, its finite verb after it, straight after a lower-case
    word that can end a clause (see :func:`splice_starts`)."""
    tok, prev = doc[i], doc[i - 1]
    if not (tok.text[:1].isupper() and tok.text[1:2].islower() and tok.tag_ in _NAME_TAGS):
        return False
    if tok.text in _MONTH_NAMES or tok.text in _WEEKDAYS or tok.text in _NOT_NAMES:
        return False
    if not (prev.is_alpha and prev.is_lower and prev.whitespace_) or prev.tag_ not in _CLAUSE_END_TAGS:
        return False
    if prev.lower_ in FUNCTION_WORDS or prev.lower_ in NAMING_WORDS or prev.lower_ in SPEECH_WORDS:
        return False
    if any(t.lower_ in SPEECH_WORDS for t in doc[max(i - 4, 0) : i - 1]):
        return False  # "told reporters Smith was", "said last week Smith had": what was said
    word = prev.lower_
    if i >= 4 and doc[i - 2].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 3].whitespace_:
        word = doc[i - 3].lower_ + "-" + word  # "stand-off", "team-mate"
    if (word in ROLE_NOUNS or prev.lower_ in ROLE_NOUNS) and tok.lower_ not in _GROUPS:
        return False  # "striker Harry Kane", "his son Jack": a title before a name
    if prev.tag_ == "RB" and doc[i - 2].tag_ == "CC":
        return False  # "… and then Jörg adds …": one sentence
    if any(t.tag_ == "CC" or t.text == "," for t in doc[max(i - 5, 0) : i - 1]) and not any(
            t.tag_ in _FINITE_TAGS | {"VBN", "VBG", "VB"} for t in doc[max(i - 5, 0) : i - 1]):
        return False  # "…, but after a while Jordan learned …": a phrase opening the clause
    # The name: capitalised words, a possessive and up to two nouns ("Silvonek's attorney").
    j, possessive = i, False
    while j < len(doc) and j - i < 6:
        t = doc[j]
        if t.text[:1].isupper() and t.tag_ in _NAME_TAGS | {"JJ"}:
            j += 1
        elif t.tag_ == "POS" and not possessive:
            possessive = True
            j += 1
        elif possessive and t.tag_ in {"NN", "NNS"} and t.is_lower:
            j += 1
        else:
            break
    if j >= len(doc) - 1 or doc[j - 1].tag_ == "POS" or sum(t.text[:1].isupper() for t in doc[i:j]) > 3:
        return False  # (four capitalised words: a label and a name, "Team news West Brom Craig Dawson")
    verb = doc[j]
    if verb.tag_ not in _FINITE_TAGS or verb.text in {"'s", "’s"}:
        return False
    after = doc[j + 1]
    if after.is_punct or after.tag_ in _FINITE_TAGS or after.is_space:
        return False  # "the car Smith drove was …", "the things Smith said.": a relative clause
    # The main verb after its auxiliaries and adverbs: a lexical verb with no object after it
    # is most likely a relative clause without "that" ("the pot Dude has collected in his
    # career", "the cap Lane wore when …").
    k, passive = j, False
    while k + 1 < len(doc) and (doc[k].lower_ in _AUXILIARIES or doc[k].tag_ == "MD") and doc[k + 1].tag_ in {
            "RB", "VBN", "VBG", "VB", "VBD"}:
        passive = passive or doc[k].lower_ in _BE
        k += 1
        while k + 1 < len(doc) and doc[k].tag_ == "RB":
            k += 1
    main, nxt = doc[k], doc[k + 1] if k + 1 < len(doc) else doc[k]
    if not passive and main.lower_ not in _AUXILIARIES and main.tag_ not in {"MD", "VBG"} and (
            nxt.is_punct or nxt.tag_ in {"IN", "WRB", "RB", "RP"} and nxt.lower_ != "that"):
        return False
    if not _clause_before(doc, i - 1):
        return False
    j = i - 1
    while j > 0 and not (doc[j - 1].text in {".", "!", "?", ",", ";", ":"} or "\n" in doc[j - 1].whitespace_):
        j -= 1
    # "After leading since the race began three days ago Kontrol crossed …": a subordinate
    # clause with its comma missing, then the main clause.
    return doc[j].lower_ not in _SUBORDINATORS


_SUBORDINATORS = frozenset(["after", "when", "since", "if", "although", "though", "as", "while", "because", "before",
                            "until", "once", "whenever", "unless", "whereas", "despite", "having", "with"])
# A photo's position word in brackets, then a capitalised word: the caption ends there.
_AFTER_FURNITURE = re.compile(
    r"\((?:pictured|left|right|centre|center|above|below|inset|file|top|bottom|far left|far right|second left|"
    r"second right|front|back)\) (?=(?!(?:And|Or|Nor)\b)[A-Z0-9‘“\"'])"
)
_FURNITURE_END = re.compile(_AFTER_FURNITURE.pattern.split(" (?=")[0] + "$")
_SCROLL_DOWN = re.compile(r"\b[Ss]croll down for (?:the )?video(?:s)?\s+()(?=[A-Z0-9‘'\"“])")
_MONTH_ORDER = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
_WEEKDAY_ORDER = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = frozenset(_MONTH_ORDER)
_WEEKDAYS = frozenset(_WEEKDAY_ORDER)
_CALENDAR = "|".join((*_MONTH_ORDER, *_WEEKDAY_ORDER))
_CAPTION_HEAD = re.compile(
    rf"(?:\b[a-z]{{2,}}|\d|\b(?:{_CALENDAR}))( )"
    rf"((?!(?:Said|Added|Says|Adds|{_CALENDAR})\b)[A-Z][\w'’-]*(?: [A-Za-z][\w'’-]*){{0,3}}): (?=[A-Z][a-z]|[A-Z]\b|\d)"
)
_SPEECH_IN_LABEL = re.compile(r"\b(?:said|says|added|adds|told|tells|wrote|writes|tweeted|explained|insisted|warned|"
                              r"stated|declared|replied|asked|posted)\b", re.I)
_VERB_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "VBG"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NAME_TAGS = frozenset({"NNP", "NNPS", "NNS"})
# A word that may close a clause: a noun, a participle, an adverb, an adjective.
_CLAUSE_END_TAGS = frozenset({"NN", "NNS", "VBN", "RB", "RP"})
_BE = frozenset(["is", "are", "was", "were", "be", "been", "'s", "’s"])
# A group named by its plural: it opens a clause after a role noun too ("… his son Prosecutors were …").
_GROUPS = frozenset(["police", "prosecutors", "officials", "investigators", "detectives", "officers", "authorities",
                     "doctors", "experts", "scientists", "researchers", "residents", "witnesses", "firefighters",
                     "paramedics", "medics", "rescuers", "troops", "soldiers", "protesters", "campaigners",
                     "critics", "fans", "neighbours", "neighbors", "locals", "parents", "teachers", "students",
                     "lawyers", "judges", "jurors", "ministers", "lawmakers", "mps", "voters", "analysts"])
_AUXILIARIES = frozenset(["is", "are", "was", "were", "be", "been", "has", "have", "had", "does", "do", "did", "'s", "’s"])
_NOT_NAMES = frozenset(["I", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lady", "Lord"])
NAMING_WORDS = frozenset(
    ["song", "album", "film", "movie", "series", "show", "book", "novel", "single", "track", "hymn", "slogan", "drama",
     "sitcom", "play", "musical", "poem", "programme", "program", "title", "named", "called", "dubbed", "nicknamed",
     "magazine", "newspaper", "paper", "website", "site", "app", "brand", "label", "company", "firm", "group", "band",
     "club", "team", "side", "charity", "campaign", "party", "hotel", "restaurant", "bar", "pub", "store", "shop",
     "hospital", "school", "university", "college", "airline", "carrier", "channel", "network", "station", "broadcaster",
     "agency", "newswire", "tabloid", "daily", "weekly", "ship", "vessel", "yacht", "storm", "hurricane", "cyclone",
     "typhoon", "operation", "codenamed", "game", "video", "tv", "radio", "online", "via", "hashtag",
     "movement", "organisation", "organization", "militia", "faction", "outfit", "coalition", "alliance", "union",
     "regime", "government", "administration", "country", "nation", "state", "city", "town", "village", "region",
     "province", "county", "island", "river", "port", "republic", "kingdom", "emirate", "league", "tournament",
     "competition", "championship", "event", "festival", "conference", "summit", "fund", "bank", "insurer",
     "retailer", "supermarket", "chain", "giant", "rivals", "neighbours", "newcomers", "stadium", "venue",
     "arena", "airport", "journal", "platform", "service", "startup", "start-up"]
)
ROLE_NOUNS = frozenset(
    ["president", "minister", "secretary", "chairman", "chairwoman", "chair", "chief", "executive", "director", "boss",
     "manager", "coach", "captain", "striker", "forward", "midfielder", "defender", "goalkeeper", "keeper", "winger",
     "player", "star", "champion", "actor", "actress", "singer", "rapper", "model", "presenter", "host", "comedian",
     "writer", "author", "novelist", "journalist", "reporter", "editor", "columnist", "photographer", "artist",
     "designer", "chef", "officer", "detective", "inspector", "constable", "sergeant", "lawyer", "attorney", "solicitor",
     "barrister", "judge", "prosecutor", "spokesman", "spokeswoman", "spokesperson", "leader", "founder", "owner",
     "governor", "senator", "congressman", "congresswoman", "mayor", "councillor", "mp", "candidate", "nominee",
     "husband", "wife", "son", "daughter", "brother", "sister", "mother", "father", "mum", "dad", "mom", "grandson",
     "granddaughter", "grandmother", "grandfather", "uncle", "aunt", "nephew", "niece", "cousin", "girlfriend",
     "boyfriend", "fiance", "fiancee", "partner", "friend", "colleague", "team-mate", "teammate", "rival", "opponent",
     "neighbour", "neighbor", "doctor", "surgeon", "nurse", "professor", "teacher", "student", "pupil", "scientist",
     "researcher", "analyst", "expert", "economist", "consultant", "adviser", "advisor", "aide", "envoy", "ambassador",
     "general", "commander", "colonel", "lieutenant", "soldier", "pilot", "driver", "rider", "boxer", "golfer",
     "cricketer", "batsman", "bowler", "jockey", "trainer", "fighter", "suspect", "victim", "defendant", "witness",
     "survivor", "fan", "supporter", "chancellor", "premier", "king", "queen", "prince", "princess", "duke", "duchess",
     "pope", "cardinal", "bishop", "archbishop", "priest", "pastor", "rabbi", "imam", "sheriff", "marshal", "deputy",
     "dj", "producer", "filmmaker", "composer", "musician", "guitarist", "drummer", "dancer", "entrepreneur",
     "businessman", "businesswoman", "billionaire", "millionaire", "tycoon", "heir", "heiress", "socialite",
     "blogger", "vlogger", "couple", "daddy", "mummy", "mommy", "hubby", "beau", "sweetheart", "youtuber", "influencer", "baby", "boy", "girl", "man", "woman", "child", "teenager",
     "pensioner", "granny", "grandma", "grandpa", "stepson", "stepdaughter", "stepfather", "stepmother", "twin",
     "successor", "predecessor", "counterpart", "companion", "lover", "ex", "ex-wife", "ex-husband",
     "dog", "cat", "horse", "pet", "puppy", "kitten", "colt", "filly", "mare", "gelding", "stallion", "dad-of-two",
     "mother-of-two", "father-of-two", "mother-of-three", "father-of-three", "mother-of-one", "father-of-one",
     "assistant", "prop", "hooker", "lock", "flanker", "centre", "full-back", "fly-half", "scrum-half", "stand-off",
     "wing", "rower", "substitute", "replacement", "skipper", "veteran", "youngster", "debutant", "newcomer",
     "signing", "loanee", "ace", "legend", "great", "icon", "hero", "idol", "international", "winner", "runner-up",
     "contestant", "finalist", "medallist", "medalist", "astronaut", "cosmonaut", "engineer", "farmer", "worker",
     "employee", "official", "fellow", "co-star", "costar", "beauty", "ex-footballer", "footballer", "sprinter",
     "swimmer", "cyclist", "skier", "climber", "runner", "athlete", "tennis", "batter", "pitcher", "quarterback",
     "receiver", "linebacker", "guard", "center", "playmaker", "defenceman", "shortstop", "catcher",
     "graduate", "alumnus", "nanny", "maid", "butler", "bodyguard", "chauffeur", "stylist", "agent",
     "publicist", "representative", "rep", "mate", "pal", "buddy", "fiancé", "fiancée", "groom",
     "bride", "widow", "widower", "orphan", "toddler", "infant", "newborn", "brother-in-law",
     "sister-in-law", "mother-in-law", "father-in-law", "son-in-law", "daughter-in-law", "half-brother",
     "half-sister", "comedy", "thriller", "documentary", "sitcom", "drama", "musical", "blockbuster", "hit"]
)
# Speech and thought: a name after one is the speaker or what was said ("said Smith was").
SPEECH_WORDS = frozenset(
    ["said", "says", "say", "told", "tells", "tell", "added", "adds", "wrote", "writes", "tweeted", "posted",
     "explained", "asked", "replied", "insisted", "warned", "claimed", "claims", "believes", "believed", "believe",
     "thinks", "thought", "think", "knew", "knows", "know", "hoped", "hopes", "hope", "feared", "fears", "revealed",
     "reveals", "admitted", "admits", "announced", "confirmed", "confirms", "argued", "argues", "noted", "suggested",
     "suggests", "stated", "texted", "messaged", "emailed", "reported", "reports", "heard", "learned", "learnt",
     "realised", "realized", "found", "finds", "felt", "feels", "ruled", "decided", "ensured", "agreed", "denied",
     "denies", "testified", "predicted", "expects", "expected", "meant", "means", "showed", "shows", "saw", "sees",
     "see", "seen", "shown", "alleged", "alleges", "allege", "accused", "informed", "assured", "reminded", "warns",
     "guess", "reckon", "reckons", "reckoned", "fear", "wish", "wished", "hear", "understand", "understood",
     "concluded", "concludes", "determined", "acknowledged", "acknowledges", "according", "insists", "doubt",
     "doubted", "assume", "assumed", "quipped", "joked", "recalled", "recalls", "remembered", "remembers"]
)


# Nouns that take a letter: "vitamin A", "plan A", "grade A".
_LETTER_NOUNS = frozenset(
    ["vitamin", "plan", "type", "grade", "class", "category", "group", "section", "exhibit", "item", "team", "side", "level", "hepatitis", "size", "list", "league", "division", "block", "wing", "gate", "row", "zone"]
)
FUNCTION_WORDS = frozenset(["of", "and", "or", "at", "in", "on", "for", "to", "from", "with", "by", "the", "a", "an", "as", "than"])
_RUN_ON_OPENERS = frozenset(["The", "He", "She", "They", "It", "This", "His", "Her", "Their", "But"])
_OPENERS = frozenset(["The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "At", "A", "An", "This", "That", "There"])


# spaCy's tokenizer peels prefixes and suffixes off a whitespace-free run one at a time,
# rescanning the rest each time: quadratic in the run ("((((…))))" of 40 KB took 150 s).
# Runs longer than this are tokenized in pieces of this size (no word or URL is this long).
MAX_RUN = 200
_LONG_RUN = re.compile(r"\S{" + str(MAX_RUN + 1) + ",}")


class LinearTokenizer:
    """spaCy's tokenizer, in time linear in the text: long whitespace-free runs are cut.

    Text without such a run (every real story) goes to the wrapped tokenizer unchanged.
    The doc's text is always exactly the input text, so character offsets hold.
    """

    def __init__(self, inner: Callable[[str], Doc]) -> None:
        self.inner = inner

    def __getattr__(self, name: str) -> Any:
        # add_special_case, vocab, rules…: the wrapped tokenizer's.
        return getattr(self.inner, name)

    def __call__(self, text: str) -> Doc:
        if _LONG_RUN.search(text) is None:
            return self.inner(text)
        pieces: list[str] = []
        last = 0
        for m in _LONG_RUN.finditer(text):
            if m.start() > last:
                pieces.append(text[last : m.start()])
            pieces += [text[i : min(i + MAX_RUN, m.end())] for i in range(m.start(), m.end(), MAX_RUN)]
            last = m.end()
        if last < len(text):
            pieces.append(text[last:])
        doc = Doc.from_docs([self.inner(p) for p in pieces], ensure_whitespace=False)
        assert doc.text == text
        return doc


def sentence_spans(doc: Doc, *, skip_until: int = 0) -> Iterator[tuple[int, int]]:
    """Character ``(start, end)`` of each sentence, whitespace trimmed, dateline skipped."""
    text = doc.text
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        if end <= skip_until:
            continue
        start = max(start, skip_until)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start and any(ch.isalnum() for ch in text[start:end]):
            yield start, end


def merge_fragments(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Join a span that is only a closing quote or bracket to the sentence before it."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        piece = text[start:end]
        same_paragraph = bool(out) and "\n" not in text[out[-1][1]:start]
        prev_end = text[max(out[-1][1] - 2, 0) : out[-1][1]] if out else ""
        unfinished = prev_end[-1:] in {",", ";", ":", "(", "-"} or (
            prev_end[-1:] == ")" and prev_end[:1] not in ".!?"
            and not (_FURNITURE_END.search(text, 0, out[-1][1]) and piece[:1].isupper()))
        if out and same_paragraph and (len(piece) <= 3 or piece[0].islower() or unfinished):
            # A fragment, or a break the parser made after non-final punctuation
            # ("evidence that (Jupiter's moon) | Ganymede has …").
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def build_sentences(doc: Doc, *, skip_until: int = 0) -> tuple[tuple[Sentence, ...], tuple[Span, ...]]:
    """The story's sentences (ids ``s1``…) and the matching spaCy spans."""
    text = doc.text
    spans = merge_fragments(list(sentence_spans(doc, skip_until=skip_until)), text)
    sentences: list[Sentence] = []
    doc_spans: list[Span] = []
    paragraph, counted = 0, 0
    for i, (start, end) in enumerate(spans, start=1):
        # A running count: counting from 0 for every sentence was quadratic in the story.
        paragraph += text.count("\n\n", counted, start)
        counted = start
        sentences.append(
            Sentence(id=f"s{i}", paragraph=paragraph, text=text[start:end], start=start, end=end)
        )
        span = doc.char_span(start, end, alignment_mode="expand")
        doc_spans.append(span if span is not None else doc[0:0])
    return tuple(sentences), tuple(doc_spans)


def group_by_sentence(items: Iterable[Span], spans: tuple[Span, ...]) -> list[list[Span]]:
    """Document-level spans (entities, noun chunks) bucketed by the sentence holding them.

    One pass with a binary search per item; ``sentence_span.ents`` or
    ``.noun_chunks`` would rescan the whole document for every sentence.
    """
    out: list[list[Span]] = [[] for _ in spans]
    starts = [sp.start for sp in spans]
    for item in items:
        i = bisect.bisect_right(starts, item.start) - 1
        if i >= 0 and item.end <= spans[i].end:
            out[i].append(item)
    return out
