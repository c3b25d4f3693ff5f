"""Closed word lists of the verifier: function words, numbers, months, titles, irregular forms.

Everything here is data; :mod:`copydesk.grounding.text` turns text into comparable
tokens with it. The lists are deliberately closed: a synonym or an abbreviation the
verifier accepts must be written down here, never guessed.
"""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, as a set."""
    return frozenset(text.split())


FUNCTION_WORDS: frozenset[str] = words("""
    a an the and or but nor so yet if then than that this these those there here
    of in on at by for with from to into onto upon over under about above below
    across after before between through during without within against among around
    along behind beside besides beyond despite down inside outside near off out past
    since till until up via per amid toward towards
    i me my mine myself we us our ours ourselves you your yours yourself yourselves
    he him his himself she her hers herself it its itself they them their theirs
    themselves who whom whose which what whatever whoever when where why how
    is am are was were be been being do does did doing done have has had having
    will would shall should can could may might must ought 'll 's 're 've 'd
    not no never n't nothing nobody none neither
    as also just only even still very too quite rather really
    all any both each either every few many more most much other others some such
    own same one ones
    said says say saying told tell tells
    while whether because although though however thus therefore hence
    like unlike
    mr mrs ms miss dr st
    """)
"""Words that carry no claim of their own (``said`` is here: attribution is dropped freely)."""

QUESTION_FREE_WORDS: frozenset[str] = words(
    "who whom whose what which when where why how is are was were do does did has have had "
    "will would can could should happen happened happens next "
    "many much long far old often soon "
    "else story report reports other details detail given more known know matter matters "
    "involved"
)
"""Words a generated question may add: wh-words, auxiliaries, the words of "how many/much/
long/far/old/often/soon" (never names, though Title Case capitalises them: "How Long Was X
Sentenced For?") and the FAQ's stock words ("What else does the story report?", "Why does
this matter?", "What do we know about X?")."""

NEGATION_CUES: frozenset[str] = words("not n't never no nobody nothing none neither nor without cannot")

FUTURE_CUES: frozenset[str] = words("will 'll shall")
PAST_CUES: frozenset[str] = words("has have had was were did 've")

UNITS: dict[str, int] = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100,
    "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
"""Number words ("one" is left out: it is far more often a pronoun than a count)."""

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "twentieth": 20, "hundredth": 100,
}

MULTIPLIERS: dict[str, int] = {
    "hundred": 100, "thousand": 1000, "k": 1000, "m": 1_000_000, "mn": 1_000_000,
    "million": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
    "billion": 1_000_000_000, "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000,
}

CURRENCY_UNITS: dict[str, str] = {
    "£": "gbp", "pound": "gbp", "pounds": "gbp", "sterling": "gbp",
    "$": "usd", "dollar": "usd", "dollars": "usd",
    "€": "eur", "euro": "eur", "euros": "eur",
    "¥": "jpy", "yen": "jpy",
    "percent": "percent",
}
"""Units checked beside a number: "£2million" = "2 million pounds" ≠ "$2 million"."""

MONTHS: dict[str, str] = {
    "january": "january", "jan": "january", "february": "february", "feb": "february",
    "march": "march", "mar": "march", "april": "april", "apr": "april", "may": "may",
    "june": "june", "jun": "june", "july": "july", "jul": "july", "august": "august",
    "aug": "august", "september": "september", "sep": "september", "sept": "september",
    "october": "october", "oct": "october", "november": "november", "nov": "november",
    "december": "december", "dec": "december",
}
MONTH_NAMES: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)
WEEKDAYS: dict[str, str] = {
    "monday": "monday", "mon": "monday", "tuesday": "tuesday", "tue": "tuesday",
    "tues": "tuesday", "wednesday": "wednesday", "wed": "wednesday",
    "thursday": "thursday", "thu": "thursday", "thur": "thursday", "thurs": "thursday",
    "friday": "friday", "fri": "friday", "saturday": "saturday", "sat": "saturday",
    "sunday": "sunday", "sun": "sunday",
}
WEEKDAY_NAMES: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)
RELATIVE_DAYS: frozenset[str] = words("today yesterday tomorrow tonight")

TITLES: frozenset[str] = words("""
    president prime minister secretary chancellor senator governor mayor king queen
    prince princess duke duchess lord lady sir dame pope bishop archbishop judge justice
    general lieutenant colonel major captain sergeant corporal admiral commander marshal
    officer detective inspector constable chief minister deputy ambassador professor
    doctor coach manager chairman chairwoman director spokesman spokeswoman mr mrs ms dr
    rev reverend father sister brother uncle aunt
    """)
"""Rank and office words: never a name on their own, checked as ordinary words."""

QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"'})

ABBREVIATIONS: dict[str, str] = {
    "U.S.A.": "United States", "U.S.A": "United States", "USA": "United States",
    "U.S.": "United States", "US": "United States", "U.K.": "United Kingdom",
    "UK": "United Kingdom", "U.N.": "United Nations", "UN": "United Nations",
    "E.U.": "European Union", "EU": "European Union", "PM": "Prime Minister",
    "Lt": "Lieutenant", "Gen": "General", "Col": "Colonel", "Capt": "Captain",
    "Sgt": "Sergeant", "Gov": "Governor", "Sen": "Senator", "Rep": "Representative",
    "Prof": "Professor", "Det": "Detective", "Mr": "Mr", "Mrs": "Mrs", "Ms": "Ms",
    "Dr": "Dr", "St": "St",
}
"""Abbreviations written out before comparing (case-sensitive: "US" is the country, "us" not)."""

# One pass over the text: country and office abbreviations, titles with or without
# their full stop, "per cent"/"%", and negative contractions split off ("won't" →
# "will not"). Kept in one alternation so canonicalising costs one regex scan.
CANONICAL_RE = re.compile(
    r"(?<![\w.])(?P<abbr>U\.S\.A\.?|U\.S\.|U\.K\.|U\.N\.|E\.U\.|USA|US|UK|UN|EU|PM)(?=\W|$)"
    r"|\b(?P<title>Lt|Capt|Sgt|Prof|Det)\.?(?=\s)"
    r"|\b(?P<dotted>Gen|Col|Gov|Sen|Rep|Mr|Mrs|Ms|Dr|St)\.(?=\s)"
    r"|(?P<percent>\bper\s*cent\b|(?<=\d)\s*%)"
    r"|(?P<neg>(?i:\bcan ?not\b|\bcan't\b|\bwon't\b|\bshan't\b|n't\b))"
)
NEGATIVE_CONTRACTIONS: dict[str, str] = {"won't": "will not", "shan't": "shall not"}

IRREGULAR: dict[str, str] = {
    w: base
    for base, forms in {
        "be": "is am are was were been being 's",
        "have": "has had having 've",
        "do": "does did done doing",
        "say": "said says",
        "go": "went gone goes",
        "win": "won wins winning",
        "lose": "lost loses losing",
        "take": "took taken takes taking",
        "give": "gave given gives giving",
        "make": "made makes making",
        "find": "found finds finding",
        "tell": "told tells telling",
        "come": "came comes coming",
        "get": "got gotten gets getting",
        "see": "saw seen sees seeing",
        "know": "knew known knows knowing",
        "leave": "left leaves leaving",
        "hold": "held holds holding",
        "meet": "met meets meeting",
        "bring": "brought brings bringing",
        "buy": "bought buys buying",
        "think": "thought thinks thinking",
        "fall": "fell fallen falls falling",
        "die": "died dies dying dead death deaths",
        "kill": "killed kills killing",
        "run": "ran runs running",
        "begin": "began begun begins beginning",
        "write": "wrote written writes writing",
        "speak": "spoke spoken speaks speaking",
        "drive": "drove driven drives driving",
        "fly": "flew flown flies flying",
        "steal": "stole stolen steals stealing",
        "hit": "hits hitting",
        "shoot": "shot shoots shooting",
        "fight": "fought fights fighting",
        "send": "sent sends sending",
        "spend": "spent spends spending",
        "pay": "paid pays paying",
        "sell": "sold sells selling",
        "keep": "kept keeps keeping",
        "feel": "felt feels feeling",
        "build": "built builds building",
        "child": "children",
        "man": "men",
        "woman": "women",
        "person": "people persons",
        "wife": "wives",
        "life": "lives",
        "police": "policeman policemen",
    }.items()
    for w in forms.split()
}
"""Irregular forms → their base; the suffix stripper handles the regular ones."""

ANTONYM_PAIRS: tuple[tuple[str, str], ...] = (
    ("win", "lose"), ("beat", "lose"), ("before", "after"), ("increase", "decrease"),
    ("rise", "fall"), ("more", "less"), ("more", "fewer"), ("higher", "lower"),
    ("first", "last"), ("open", "close"), ("guilty", "innocent"), ("arrest", "release"),
    ("accept", "reject"), ("approve", "reject"), ("allow", "ban"), ("buy", "sell"),
    ("husband", "wife"), ("son", "daughter"), ("mother", "father"), ("boy", "girl"),
    ("brother", "sister"), ("north", "south"), ("east", "west"), ("older", "younger"),
    ("largest", "smallest"), ("biggest", "smallest"), ("best", "worst"), ("join", "leave"),
    ("for", "against"), ("with", "without"), ("above", "below"), ("inside", "outside"),
)
"""Closed list of opposites: a claim word whose opposite, not itself, is in the sources is a flip."""

SYNONYMS: dict[str, str] = {
    "boss": "manager",
    "aged": "age",
    "old": "age",
    "mum": "mother",
    "dad": "father",
    "kid": "child",
    "kids": "child",
    "tv": "television",
    "cops": "police",
    "cop": "police",
    "pupil": "student",
    "pupils": "student",
}
"""A closed list of near-synonyms the verifier treats as the same word."""
