"""Key takeaways: 3–5 ``Label: sentence`` bullets on what the synopsis left out.

An editor's takeaways add the story's *other* aspects — the reaction, the other side,
the numbers, the background, what comes next — never a sentence the synopsis already
used. Each bullet is one source sentence, shortened only by :func:`compress` (whole
optional constituents, never mid-clause; every owner of a claim and every speaker
kept), made to stand alone by :func:`standalone` (an opening "He" becomes the name),
or left out: a sentence that cannot be made ≤ 30 words that way, or that is speech
without its speaker, or that leans on a sentence the reader has not seen, gives way to
another one. Fewer, good bullets beat five with filler: the part stops at three when
the story offers no more.

The label names the aspect ("Denial", "Death Toll", "Next Hearing") or its subject
and what it did ("Union's Response", "Vergara's Engagement"), 1–4 Title Case words
made from the sentence's role, its speaker, its main verb's nominal form or a
multi-word noun phrase of the bullet — never a stray noun ("Lip", "Fact", "Wife") —
and no two labels share a word (but for a person's name, and only in a label of last
resort: "Habeel's View" beside "Habeel's Account", see :func:`fallback_label`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from copydesk.contract import PARTS
from copydesk.generate.compress import compress, finite_with_subject, intact, word_count
from copydesk.generate.debris import SPLICE, STATIVE, caption_like, empty_reply, verbless
from copydesk.generate.quotes import addresses_reader, balanced, closes, speech_continuations
from copydesk.generate.reference import (
    HE_WORDS,
    LEANING_OPENERS,
    SHE_WORDS,
    Resolved,
    expletive,
    first_word,
    gender,
    name_of,
    names,
    person_behind,
    reported_expletive,
    sorted_ids,
    speaker_is_antecedent,
    speech_continues,
    standalone,
    unbound_object_pronoun,
    write_in_they,
)
from copydesk.generate.roles import fixture
from copydesk.generate.select import Candidate, annotate_dates, jaccard, story_text
from copydesk.generate.summary import title_case
from copydesk.model import Analysis, Claim, Takeaway
from copydesk.nlp.gender import title_gender

TAKEAWAY_MAX_WORDS = PARTS["takeaways"].max_words or 30
TAKEAWAY_MIN_ITEMS = PARTS["takeaways"].min_items
TAKEAWAY_MAX_ITEMS = PARTS["takeaways"].max_items
VIEWPOINT_MIN_ITEMS = PARTS["viewpoint"].min_items
MIN_WORDS = 7
"""A shorter bullet is rarely a fact on its own ("It was a fantastic night.")."""

# Nominal forms of common news verbs ("will visit" → "Upcoming Visit").
NOMINALS = {
    "meet": "Meeting", "discuss": "Talks", "talk": "Talks", "visit": "Visit", "sign": "Signing",
    "agree": "Agreement", "announce": "Announcement", "kill": "Deaths", "die": "Death",
    "arrest": "Arrest", "charge": "Charges", "win": "Victory", "lose": "Defeat", "launch": "Launch",
    "attack": "Attack", "reaffirm": "Renewed Commitment", "review": "Review", "vote": "Vote",
    "elect": "Election", "sentence": "Sentence", "find": "Findings", "rise": "Rise", "fall": "Fall",
    "increase": "Increase", "cut": "Cuts", "warn": "Warning", "travel": "Trip",
    "plan": "Plans", "propose": "Proposal", "approve": "Approval", "reject": "Rejection",
    "investigate": "Investigation", "injure": "Injuries", "crash": "Crash", "resign": "Resignation",
    "appoint": "Appointment", "fire": "Dismissal", "sack": "Sacking", "sue": "Lawsuit", "release": "Release",
    "deliver": "Delivery", "supply": "Supply", "deny": "Denial", "claim": "Claim",
    "reveal": "Revelation", "build": "Construction", "open": "Opening",
    "close": "Closure", "ban": "Ban", "score": "Goal", "join": "Move",
    "leave": "Departure", "return": "Return", "beat": "Win", "confirm": "Confirmation",
    "spend": "Spending", "pay": "Payment", "raise": "Increase", "buy": "Purchase", "sell": "Sale",
    "admit": "Admission", "insist": "Insistence", "urge": "Appeal", "appeal": "Appeal", "praise": "Praise",
    "criticise": "Criticism", "criticize": "Criticism", "blame": "Blame", "apologise": "Apology",
    "apologize": "Apology", "promise": "Promise", "pledge": "Pledge", "threaten": "Threat",
    "accuse": "Accusation", "allege": "Allegation", "suspend": "Suspension", "jail": "Jail Term",
    "convict": "Conviction", "acquit": "Acquittal", "plead": "Plea", "fine": "Fine", "rescue": "Rescue",
    "escape": "Escape", "marry": "Marriage", "divorce": "Divorce", "retire": "Retirement",
    "recover": "Recovery", "treat": "Treatment", "diagnose": "Diagnosis", "shoot": "Shooting",
    "stab": "Stabbing", "murder": "Murder", "steal": "Theft", "rob": "Robbery", "protest": "Protest",
    "strike": "Strike", "invest": "Investment", "fund": "Funding", "donate": "Donation", "hire": "Hiring",
    "study": "Study", "survey": "Survey", "predict": "Prediction", "estimate": "Estimate",
    "discover": "Discovery", "identify": "Identification", "expand": "Expansion", "transfer": "Transfer",
    "record": "Record", "celebrate": "Celebration", "describe": "Description", "demand": "Demand",
    "request": "Request", "refuse": "Refusal", "decline": "Refusal", "defend": "Defence",
    "respond": "Response", "dismiss": "Dismissal", "dispute": "Dispute", "question": "Questioning",
    "investigation": "Investigation", "explain": "Explanation", "recall": "Recollection",
    "struggle": "Struggle", "suffer": "Suffering", "injury": "Injury", "lead": "Lead", "perform": "Performance",
    "compete": "Competition", "save": "Save", "defeat": "Defeat", "draw": "Draw", "miss": "Miss",
    "evacuate": "Evacuation", "crash-land": "Crash", "collapse": "Collapse", "flee": "Escape",
    "engage": "Engagement", "separate": "Separation", "settle": "Settlement", "negotiate": "Negotiations",
    "welcome": "Welcome", "support": "Support", "oppose": "Opposition", "endorse": "Endorsement",
    "back": "Backing", "overturn": "Reversal", "order": "Order", "rule": "Ruling",
    "test": "Tests", "post": "Post", "tweet": "Tweet", "publish": "Publication", "film": "Filming",
    "remand": "Remand", "disqualify": "Disqualification", "behead": "Beheadings", "confront": "Confrontation",
    "escalate": "Escalation", "target": "Targeting", "advance": "Advance", "switch": "Switch",
    "abduct": "Abduction", "kidnap": "Kidnapping", "hospitalise": "Hospital Stay", "hospitalize": "Hospital Stay",
    "honour": "Honour", "honor": "Honour", "award": "Award", "nominate": "Nomination", "recruit": "Recruitment",
    "court": "Courting", "extradite": "Extradition", "drown": "Drowning", "rank": "Ranking",
    "host": "Hosting", "unveil": "Unveiling", "condemn": "Condemnation",
    # More news verbs, so a bullet is labelled by what happened rather than a stray noun.
    "achieve": "Achievement", "adopt": "Adoption", "arrive": "Arrival", "assault": "Assault",
    "auction": "Auction", "bid": "Bid", "block": "Block", "boost": "Boost",
    "campaign": "Campaign", "cancel": "Cancellation", "capture": "Capture", "change": "Change",
    "choose": "Choice", "collect": "Collection", "complain": "Complaint", "complete": "Completion",
    "create": "Creation", "damage": "Damage", "decide": "Decision", "declare": "Declaration", "delay": "Delay",
    "demolish": "Demolition", "depart": "Departure", "deploy": "Deployment", "design": "Design",
    "destroy": "Destruction", "detain": "Detention", "develop": "Development", "disappear": "Disappearance",
    "earn": "Earnings", "evict": "Eviction", "examine": "Examination", "exhibit": "Exhibition", "expel": "Expulsion",
    "explode": "Explosion", "fight": "Fight", "fly": "Flight", "found": "Founding", "grow": "Growth",
    "improve": "Improvement", "introduce": "Introduction", "invade": "Invasion", "invite": "Invitation",
    "land": "Landing", "nurse": "Nursing", "offer": "Offer", "operate": "Operation", "paint": "Painting",
    "photograph": "Photographs", "prepare": "Preparations", "prevent": "Prevention", "produce": "Production",
    "prosecute": "Prosecution", "protect": "Protection", "purchase": "Purchase", "qualify": "Qualification",
    "react": "Reaction", "reduce": "Reduction", "register": "Registration", "rejoin": "Return",
    "remove": "Removal", "repair": "Repairs", "replace": "Replacement", "research": "Research",
    "restore": "Restoration", "reunite": "Reunion", "search": "Search", "seize": "Seizure", "ship": "Shipment",
    "speak": "Speech", "split": "Split", "spot": "Sighting", "submit": "Submission",
    "survive": "Survival", "teach": "Teaching", "tour": "Tour", "train": "Training", "withdraw": "Withdrawal",
    "evaluate": "Evaluation", "inspect": "Inspection", "interview": "Interview",
    "graduate": "Graduation", "recommend": "Recommendation", "install": "Installation", "debut": "Debut",
    "premiere": "Premiere", "raid": "Raid", "bomb": "Bombing",
    "rename": "Renaming", "merge": "Merger", "promote": "Promotion", "relegate": "Relegation",
    "privatise": "Privatisation", "privatize": "Privatisation", "resume": "Resumption", "reopen": "Reopening",
    "postpone": "Postponement", "acquire": "Acquisition", "renew": "Renewal", "halt": "Halt",
}
_SPEECH = frozenset(
    ["say", "tell", "add", "state", "explain", "note", "write", "report", "tweet", "post", "continue", "reply",
     "comment", "speak", "told", "says", "said", "describe", "recall", "insist", "claim", "admit", "warn"]
)
# Words that say nothing as a label, or only name a person's role ("Wife", "Spokesman").
_BAD_LABEL_WORDS = frozenset(
    ["it", "he", "she", "they", "this", "that", "which", "who", "what", "there", "here", "one", "thing", "things",
     "time", "times", "way", "lot", "year", "years", "number", "numbers", "couple", "series", "range", "variety", "kind",
     "sort", "type", "bit", "day", "days", "people", "man", "woman", "men", "women", "fact", "life", "state",
     "look", "lip", "part", "place", "point", "case", "side", "end", "world", "home", "week", "weeks", "month",
     "months", "night", "morning", "afternoon", "evening", "today", "yesterday", "tomorrow", "other", "others",
     "wife", "husband", "girl", "boy", "girlfriend", "boyfriend", "mother", "father", "son", "daughter", "friend",
     "friends", "family", "counterpart", "chief", "head", "spokesman", "spokeswoman", "spokesperson", "official",
     "officials", "minister", "president", "source", "sources", "statement", "report", "reports", "story",
     "video", "picture", "pictures", "photo", "photos", "image", "images", "footage", "everyone", "anyone",
     "someone", "something", "anything", "nothing", "everything", "all", "some", "many", "more", "most",
     "question", "questions", "issue", "matter", "details", "detail", "job", "lot", "deal", "pair", "couple", "duo", "trio", "cent", "per", "information", "area", "group", "team", "member", "members", "person",
     "guy", "lady", "kid", "kids", "child", "children", "baby", "mr", "mrs", "ms", "dr", "miss", "sir"]
)
# Nouns that name an aspect of a story on their own ("Debt", "Verdict"): a single-noun
# label must be one of these; any other lone noun is a stray noun ("Lip", "Wife").
ASPECT_NOUNS = frozenset(
    ["debt", "funding", "ban", "fine", "sentence", "verdict", "investigation", "inquiry", "record", "survey", "study",
     "weather", "injury", "injuries", "cost", "costs", "price", "prices", "attendance", "ratings", "sales", "profits",
     "profit", "revenue", "evidence", "motive", "cause", "damage", "rescue", "award", "contract", "deal", "trophy",
     "reward", "penalty", "punishment", "compensation", "salary", "wages", "fee", "transfer", "bail", "charges",
     "trial", "hearing", "appeal", "ruling", "lawsuit", "settlement", "petition", "campaign", "protest", "strike",
     "election", "vote", "poll", "polls", "referendum", "budget", "tax", "taxes", "reforms", "policy", "law",
     "legislation", "treatment", "diagnosis", "surgery", "recovery", "symptoms", "vaccine", "outbreak", "research",
     "findings", "results", "score", "goal", "goals", "victory", "defeat", "draw", "title", "season", "career",
     "retirement", "wedding", "divorce", "engagement", "funeral", "tributes", "criticism", "backlash", "apology",
     "warning", "threat", "threats", "security", "safety", "arrest", "arrests", "custody", "prison", "jail",
     "sentencing", "probe", "audit", "scandal", "controversy", "row", "dispute", "talks", "negotiations",
     "agreement", "merger", "takeover", "investment", "jobs", "unemployment", "inflation", "growth", "economy",
     "sanctions", "ceasefire", "casualties", "evacuation", "weapons", "fire", "flooding", "floods", "storm",
     "earthquake", "crash", "accident", "collision", "delay", "delays", "cancellation", "ticket", "tickets",
     "prize", "auction", "donation", "donations", "charity", "fundraising", "loan", "loans", "bailout", "pension",
     "pensions", "benefits", "insurance", "mortgage", "rent", "footage", "kite", "rope", "design", "history",
     "origins", "tradition", "trend", "popularity", "demand", "supply", "shortage", "lineup", "squad", "form",
     "fitness", "comeback", "future", "plans", "motivation", "response", "reaction", "support", "opposition",
     "suspension", "fares", "amendment", "amendments", "mandate", "powers", "measures", "rally", "resolution",
     "ballot", "recession", "tariffs", "exports", "imports", "odds", "infection", "infections", "arrests"]
)
_PERSON_ROLES = frozenset(
    ["lawyer", "lawyers", "attorney", "solicitor", "barrister", "prosecutor", "judge", "doctor", "police", "officer",
     "officers", "winger", "striker", "midfielder", "defender", "goalkeeper", "captain", "manager", "coach", "boss",
     "player", "players", "star", "director", "founder", "owner", "teacher", "student", "mum", "dad", "neighbour",
     "victim", "suspect", "resident", "residents", "fan", "fans", "worker", "workers", "leader", "chairman",
     "secretary", "spokesman", "spokeswoman", "agent", "model", "actor", "actress", "singer", "expert", "sensei",
     "instructor", "pupil", "patient", "nurse", "soldier", "pilot", "driver", "passenger", "witness", "honoree",
     "honorees", "winner", "rival", "partner", "colleague", "boyfriend", "girlfriend", "grandmother", "grandfather",
     "brother", "sister", "uncle", "aunt", "cousin", "nephew", "niece", "grandson", "granddaughter", "villager",
     "villagers", "champion", "employee", "employees", "staffer", "envoy", "engineer", "bowler", "batter", "traveller", "traveler",
     "commuter", "customer", "consumer", "voter", "householder", "shopper", "visitor", "tourist", "contender",
     "candidate",
     "frenchman", "englishman", "royal", "peer", "legend", "clerk", "general", "personnel", "folk", "folks",
     "captive", "captives", "paedophile", "pedophile", "questioner", "critic", "critics", "foodie", "foodies",
     "performer", "writer", "dancer", "composer", "musician", "artist", "designer", "photographer", "reporter",
     "presenter", "host", "comedian", "author", "poet", "painter", "producer", "rapper", "drummer", "footballer",
     "cricketer", "golfer", "boxer", "runner", "swimmer", "rider", "jockey", "trainer", "politician", "lawmaker",
     "senator", "councillor", "governor", "diplomat", "ambassador", "campaigner", "volunteer", "survivor",
     "celebrity", "veteran", "graduate", "entertainer", "broadcaster", "journalist", "novelist"]
)
# Nouns naming who acted — a body, a force, a group — never the aspect.
_AGENT_NOUNS = frozenset(
    ["government", "administration", "council", "troop", "troops", "force", "forces", "army", "military", "police",
     "envoy", "party", "parties", "executive", "staff", "firm", "company", "authority", "authorities", "ministry",
     "union", "committee", "commission", "board", "firefighter", "detainee", "protester", "militant", "rebel",
     "soldier", "resident", "investor", "bank", "airline", "opposition", "service", "department", "agency", "bureau",
     "organisation", "organization", "group", "community", "engineer", "delegation", "panel", "jury", "warplane",
     "navy", "cabinet", "parliament", "senate", "congress", "regime", "embassy", "network", "movement", "side",
     "squad", "club", "crew", "people", "population", "public", "media", "press", "paper", "newspaper", "radio",
     "television", "airforce", "load", "prosecution", "office", "operator", "carrier", "provider", "supplier",
     "retailer", "manufacturer", "insurer", "regulator", "broadcaster", "publisher", "fighter", "bomber", "marshal",
     "polluter", "australian", "american", "briton", "israeli", "palestinian", "afghan", "pakistani", "indian"]
)
_AGENT_ENTS = frozenset(["ORG", "NORP", "PERSON", "GPE", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"])
_PRONOUNS = frozenset(["i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her",
                       "they", "them", "their", "it", "its", "this", "that", "these", "those"])
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|we|We|our|Our|my|My|me|us)\b")
_EVENT_NOUNS = (
    "hearing", "trial", "sentencing", "inquest", "appeal", "vote", "election", "referendum", "meeting", "summit",
    "talks", "match", "game", "final", "semi-final", "fight", "bout", "race", "tour", "visit", "launch", "release",
    "review", "inquiry", "investigation", "decision", "deadline", "appearance", "court", "season", "tournament",
    "conference", "ceremony", "funeral", "wedding", "operation", "surgery", "debate", "budget", "auction",
)
_COUNT = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands)"
_DEATHS = re.compile(
    rf"\bdeath toll\b|\b{_COUNT} (?:people |civilians |soldiers |children |men |women |passengers |others |of them )?"
    rf"(?:(?:were|have been|had been|are) )?(?:killed|dead|died)\b|"
    rf"\b(?:killed|killing|claimed the lives of|deaths of) (?:at least |more than |nearly |about |some |up to )?{_COUNT}\b"
)
_LEGAL = re.compile(r"\b(?:court|charged|trial|jail|prison|sentenc|convicted|guilty|custody|bail)\w*", re.I)


@dataclass(frozen=True)
class Bullet:
    """A source sentence made into a takeaway's text, before it is labelled."""

    cand: Candidate
    text: str
    cites: tuple[str, ...]


# --------------------------------------------------------------------------- speech


_FRAME_VERBS = (r"(?:said|says|added|adds|told|tells|explained|explains|wrote|writes|insisted|insists|warned|warns|"
                r"replied|replies|admitted|admits|concluded|continued|commented|stated|states|posted|tweeted|revealed|"
                r"recalled|claimed|claims|confirmed|declared|noted|argued)")
_OPENS_SPEECH = re.compile(
    rf"\b(?:{_FRAME_VERBS}|told [\w ]{{1,40}})[:;,]? ([‘“]|'(?=[A-Z]))(?:[^’”']|[’'](?=\w))*$"
)
# After a quotation's closing mark: its speaker frame (", said X.", ", X told Y.", ", he said.").
_FRAME_AFTER = re.compile(
    rf"^,? (?:{_FRAME_VERBS} (?:[A-Z]|the |a |an |his |her )|(?:[A-Z][\w’'.-]*|the|a|an)(?: [\w’'.-]+){{0,6}} {_FRAME_VERBS}\b|"
    r"(?:he|she|they) (?:said|says|added|told|explained|wrote|insisted|warned|admitted|concluded|replied)\b)"
)


_PRONOUN_FRAME = re.compile(r"[,’'\"”] (?:he|she|they|it) (?:said|says|added|adds|told|tells|explained|wrote)\b")


def close_quotation(c: Candidate, text: str) -> str:
    """``X said: ‘A sentence.`` whose quotation runs on into the next sentence gets its
    closing mark, as an editor quotes the first sentence of a longer quotation."""
    m = _OPENS_SPEECH.search(text)
    if m is None or not c.facts.attribution or text.count(m.group(1)) != 1:
        return text
    closing = {"‘": "’", "“": "”", "'": "'"}[m.group(1)]
    if any(closes(text, i) for i, ch in enumerate(text) if ch == "’" and i > m.end(1)) and closing == "’":
        return text
    return text.rstrip() + closing if text.rstrip()[-1:] in ".!?" else text


_QUOTED = re.compile(r"(?:^|(?<=[\s:(]))[‘“'\"](.+?)[’”'\"](?=[\s,.;:!?)]|$)")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[‘’“”'\"]", "", text)).strip()


_SUBORDINATE_ONLY = re.compile(r"^(?:if|when|unless|because|although|though|while|whether|once|until)\b[^,;:]*$",
                               re.I)


def quotes_verbatim(text: str, source: str) -> bool:
    """Every quotation in ``text`` is the speaker's words as the source gives them:
    compression never shortens a quotation ("… apologise to those." from "… apologise
    to those affected by this")."""
    src = _norm(source)
    for m in _QUOTED.finditer(text):
        inner = _norm(m.group(1)).rstrip(",.!?;: ")
        if inner and inner not in src:
            return False
        if _SUBORDINATE_ONLY.match(inner):
            return False  # "'If you want political excitement.'": the punchline is in the next sentence
        # A quotation closed by close_quotation() must end where the source sentence ends.
        if m.end() == len(text) and not _norm(source).rstrip(" .!?").endswith(inner.rstrip(" .!?")):
            return False
    return True


def reopen_quotation(text: str) -> str | None:
    """``Pride is the word I would use,' said Michael Scudamore.`` whose opening mark the
    sentence splitter left at the end of the sentence before: the mark put back, or None
    when the text is no such quotation (its closing mark not followed by a speaker)."""
    for i, ch in enumerate(text):
        if ch in "‘“" or (ch in "'\"" and (i == 0 or not text[i - 1].isalnum()) and text[i + 1 : i + 2].isalnum()):
            return None  # an opening mark comes first
        closing = ch == "”" or (ch == '"') or (ch in "’'" and i > 0 and text[i - 1] in ",.!?" and closes(text, i))
        if closing and i > 0 and text[i - 1] in ",.!?" and _FRAME_AFTER.match(text[i + 1 :]):
            opening = {"’": "‘", "”": "“", "'": "'", '"': '"'}[ch]
            return opening + text
    return None


def _speech_without_speaker(c: Candidate, text: str) -> bool:
    """First-person words outside quotation marks, and no speaker named."""
    if c.facts.attribution:
        return False
    outside = re.sub(r"[‘“\"'][^’”\"']*[’”\"']", " ", text)
    return bool(_FIRST_PERSON.search(outside))


# Verbs that report a clause in their subject's voice: its "they"/"it" is someone else.
_REPORTING = _SPEECH | frozenset(["concede", "acknowledge", "accept", "believe", "think", "fear", "suggest", "argue",
                                  "deny", "confirm", "reveal", "announce", "allege", "assert", "maintain", "agree"])


# Passive verbs whose "it" only holds the place of the clause they report ("it is hoped
# the money …", "it was widely expected that …").
_PLACEHOLDER_PASSIVES = frozenset(["hope", "expect", "think", "believe", "understand", "fear", "estimate", "say",
                                   "report", "anticipate", "predict", "know", "feel", "assume", "suggest", "agree"])


def _passive_expletive(subj: Token, verb: Token) -> bool:
    """ "it (is|was) [adverb] hoped/expected [that] <clause>": a passive of belief or report
    whose "it" stands for the clause after it, not for anything before."""
    lemma = "hope" if verb.lower_ == "hoped" else verb.lemma_.lower()  # (the tagger's "hop")
    return (subj.dep_ == "nsubjpass" and lemma in _PLACEHOLDER_PASSIVES
            and any(t.dep_ == "auxpass" for t in verb.children)
            and any(t.dep_ == "ccomp" and t.i > verb.i for t in verb.children))


def _reported_pronoun(span: Span) -> bool:
    """ "Cameron said they were …": the reported clause's subject points back."""
    root = span.root
    if root.lemma_ not in _REPORTING:
        return False
    speaker = next((t for t in root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
    who = span.doc[speaker.left_edge.i : speaker.right_edge.i + 1].text if speaker is not None else None
    for comp in (t for t in root.children if t.dep_ == "ccomp"):
        for subj in comp.children:
            if subj.dep_ in {"nsubj", "nsubjpass"} and subj.lower_ in {"they", "it", "this", "these", "those", "them"}:
                if who is not None and speaker_is_antecedent(
                        subj.lower_, who, span.doc.text[subj.idx + len(subj.text) : span.end_char]):
                    continue  # "The SES says it has received …": the body speaks of itself
                if subj.lower_ == "it" and (reported_expletive(span.doc.text[subj.idx : span.end_char])
                                            or _passive_expletive(subj, comp)):
                    continue  # "says it will be a couple of days before …", "says it is hoped the …"
                if subj.lower_ == "it" and speaker is not None and speaker.ent_type_ in {"ORG", "GPE", "NORP"} \
                        and root.lemma_ not in _SPEECH:
                    continue  # "Greece has denied it will miss a repayment": the body of itself
                if _fronted_antecedent(subj, comp):
                    continue  # "said that if the ordeal had gone on longer it could have proved fatal"
                before = span.doc.text[span.start_char : subj.idx]
                # Inside a direct quotation the words are the speaker's own.
                if before.count("‘") + before.count("“") <= before.count("”") and before.count('"') % 2 == 0:
                    return True
    return False


def _fronted_antecedent(subj: Token, clause: Token) -> bool:
    """An "it" subject whose antecedent is the subject of a condition or time clause
    fronted just before it in the same clause ("if the ordeal had gone on much longer, it
    could have proved fatal"): a singular common noun. (Never "they": "when the troops
    arrived they fled" may be anyone's flight.)"""
    if subj.lower_ != "it":
        return False
    for adv in clause.children:
        if adv.dep_ != "advcl" or adv.i > subj.i or not any(
                k.dep_ == "mark" and k.lower_ in {"if", "when", "once", "unless", "until", "because", "after"}
                for k in adv.children):
            continue
        for n in adv.children:
            if n.dep_ in {"nsubj", "nsubjpass"} and n.pos_ == "NOUN" and n.tag_ == "NN":
                return True
    return False


# A source credit run into the text ("…: Source h/t CBS News.", "Via: Reuters").
_CREDIT = re.compile(r"\bh/t\b|(?:^|[:;.]\s*)(?:Source|Sources|Credit|Credits|Via|Photo|Picture|Image)s?\s*:?\s+"
                     r"(?:h/t\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}\.?\s*$")
# A teaser that promises content and gives none ("The survey revealed some interesting
# regional disparities", "Here are some more …").
_TEASER = re.compile(r"\b(?:some|a few|several|a number of) (?:very |rather |quite )?(?:interesting|surprising|fascinating|"
                     r"intriguing|striking|curious|unexpected|eye-opening|notable)\b|^\W*(?:Here (?:are|is|'s|’s)|"
                     r"Read on|Scroll down|Take a look|See (?:below|more))\b", re.I)
# A quotation closed on a full stop and then framed ("'… on Saturday.' said the man."):
# the frame is a broken run-on, its speaker lost.
# A comparison cut before its second term ("Dads plan to outspend moms by 63%, $1160vs.").
_CUT_COMPARISON = re.compile(r"(?:\b|\d)(?:vs|versus)\.?\s*$", re.I)
_STOPPED_QUOTE_FRAME = re.compile(r"[.][’'\"”]\s+(?:said|says|added|adds|told|explained)\b")


def prepare(
    c: Candidate, analysis: Analysis, *, context: str = "", max_words: int = TAKEAWAY_MAX_WORDS,
    inside_quote: frozenset[str] = frozenset(), quotations: bool = False,
) -> Bullet | None:
    """The sentence as a standalone statement of at most ``max_words``, or None.

    None for speech without its speaker (a bare quote, the middle of a quotation,
    first person with nobody named), a speech introduction ("X added:"), a sentence
    that compression cannot bring within the limit, unbalanced quotation marks, and a
    statement that leans on a referent it cannot write in.

    The whole sentence is tried first, then (when that fails) its main clause before a
    semicolon or a dash, when that clause is a sentence on its own and what follows is
    no contrast or condition ("NASA isn't talking about aliens; it's referring to
    microbes" → "NASA isn't talking about aliens."). The last sentence of a quotation
    whose opening mark the splitter left on the sentence before gets the mark back.
    With ``quotations`` (the takeaways' own call), a sentence of a quotation run on from
    its named speaker's frame is that speaker's (:func:`continued_quotation`). A "he"/
    "she" subject the standard resolution leaves open is written in when the story leaves
    no doubt who it is (:func:`_pronoun_subject_named`).
    """
    if c.roles.has("debris"):
        return None
    if c.roles.has("quote"):
        # (with ``quotations``, a sentence of a quotation run on from its speaker's frame)
        return continued_quotation(c, analysis, inside_quote, max_words=max_words) if quotations else None
    raw = c.sentence.text.strip()
    colon = re.search(r"\w ?: [A-Z‘'\"“]", raw)
    if colon and not any(t.lemma_ in _SPEECH | {"read", "write"} for t in c.span if t.idx - c.span.start_char < colon.start()):
        return None  # a caption or a headline run into the text ("The price …: Waitrose scores highest")
    if raw.endswith(":") or raw[:1].islower() or SPLICE.search(raw) or (raw.endswith("!") and not c.facts.is_quote):
        return None
    if _PLACED.search(raw):
        return None  # "Giggs, left, allegedly told …": a photo caption's "left" and "right" run into the text
    if _CREDIT.search(raw) or _TEASER.search(raw) or _STOPPED_QUOTE_FRAME.search(raw) or _CUT_COMPARISON.search(raw):
        return None  # "…: Source h/t CBS News.", "revealed some interesting …", "'… Saturday.' said the man."
    if caption_like(c.span, c.id, analysis) or split_tail(c, analysis):
        return None
    if c.index > 0 and empty_reply(c.span):
        return None  # "Leonard Ellerbe disagreed with Arum": with what, only another sentence says
    label = _RUN_IN_LABEL.match(raw)
    if label and not any(t.pos_ in {"VERB", "AUX"} for t in c.span if t.idx - c.span.start_char < label.end()):
        return None  # a run-in label ("Illinois: passed two laws …", "Wannabe: 'Singer' Kristina …"), not "Alito cut her off: …"
    if _LIST_MARK.match(raw) or list_item(c, analysis):
        return None  # a list's item: layout, not a fact
    for span in _versions(c.span):
        b = _prepare_span(c, span, analysis, context=context, max_words=max_words, inside_quote=inside_quote)
        if b is not None:
            return b
    return None


# A speech frame naming its speaker at the end of a quotation ("…,' said Michael Scudamore.")
# or before one ("Michael Scudamore said: '…").
_END_FRAME = re.compile(r"[,!?][’”'\"] (?P<verb>said|says|added|adds) (?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?"
                        r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})\.\s*['‘\"“]?\s*$|[,!?][’”'\"] (?P<name2>(?:(?:Mr|Mrs|"
                        r"Ms|Miss|Dr)\.? )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}) (?P<verb2>said|says|added|adds)\.\s*"
                        r"['‘\"“]?\s*$")
_OPEN_FRAME = re.compile(r"^(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}) "
                         r"(?P<verb>said|says|added|adds): ['‘\"“]")
_ANY_FRAME = re.compile(r"\b(?:said|says|added|adds|told|tells|explained|insisted|continued|went on)\b")
# Words a quotation's own sentence may not hold on its own: they point to what it said before.
_QUOTE_POINTERS = re.compile(r"\b(?:he|him|his|she|her|they|them|their|it|its|this|that|these|those|there|then|"
                             r"also|too|such|again|here)\b", re.I)
QUOTE_REACH = 4
"""How many sentences a quotation may run on from its speaker's frame and still be theirs."""


def continued_quotation(
    c: Candidate, analysis: Analysis, inside_quote: frozenset[str], *, max_words: int = TAKEAWAY_MAX_WORDS,
) -> Bullet | None:
    """A sentence of a quotation that runs on from the sentence naming its speaker ("'Pride
    is the word I would use,' said Michael Scudamore. 'I am so happy for the horse."), as
    that speaker's words: "Michael Scudamore said: ‘I am so happy for the horse.’",
    citing both sentences. Only a whole statement that says what it means without the
    quotation's earlier words (no "he", "it", "that", "also") and no speaker but the
    frame's between them; None otherwise."""
    raw = c.sentence.text.strip()
    opened = bool(re.match(r"['‘\"“](?=[A-Z])", raw))  # ("'Pride …,' said X." | "'I am so happy …")
    if (c.id not in inside_quote and not opened) or c.index == 0:
        return None
    raw = re.sub(r"\s*['‘\"“]\s*$", "", raw[1:] if opened else raw)  # (a mark the splitter left for the next)
    raw = re.sub(r"['’\"”]$", "", raw).strip()
    if not re.fullmatch(r"[A-Z][^‘’“”\"]*[.!?]", raw) or re.search(r"(?:^|\s)'|'(?:\s|$)", raw):
        return None  # a quotation of its own inside, or not one whole sentence
    if _QUOTE_POINTERS.search(raw) or _ANY_FRAME.search(raw) or addresses_reader(raw):
        return None
    n = word_count(raw)
    if n < MIN_WORDS or n + 4 > max_words:
        return None
    for j in range(c.index - 1, max(-1, c.index - 1 - QUOTE_REACH), -1):
        s = analysis.sentences[j]
        text = s.text.strip()
        m = _END_FRAME.search(text) or _OPEN_FRAME.search(text)
        if m is None:
            if opened or s.id not in inside_quote or _ANY_FRAME.search(text):
                return None  # another's words, or a frame that names no one, between them
            continue
        name = m.group("name") or m.group("name2")
        verb = m.group("verb") or m.group("verb2")
        if not any(e.kind == "PERSON" and set(re.sub(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.? ", "", name).split())
                   <= set(e.name.split()) for e in analysis.entities):
            return None
        if m.re is _END_FRAME and not re.search(r"['‘\"“]\s*$", text) and not (opened and j == c.index - 1):
            return None  # the quotation closed with the frame: what follows is not theirs
        mark = "‘" if "‘" in text or "’" in text else '"' if '"' in text or "“" in text else "'"
        close = {"‘": "’", '"': '"', "'": "'"}[mark]
        if mark == '"' and ("“" in text or "”" in text):
            mark, close = "“", "”"
        return Bullet(c, f"{name} {verb}: {mark}{raw}{close}", sorted_ids([s.id, c.id]))
    return None


# Where a person stands in a photo, between commas: a caption's words ("Ryan, left, and Rhodri").
_PLACED = re.compile(r"\b[A-Z][\w’'-]+, (?:left|right|centre|center|far left|far right|second left|second right)"
                     r"(?:, |\)| and )")
_CLOSED_END = re.compile(r"[.!?…:;]\s*['’\"”)\]]*\s*['‘\"“]?\s*$")


def split_tail(c: Candidate, analysis: Analysis) -> bool:
    """The sentence is the rest of one the splitter cut in two ("The effects of infra-red"
    | "A rays on the skin is …"): the sentence before it in its paragraph is a short
    unclosed fragment with no finite verb, and this one opens on a singular article over
    a plural noun (the splitter took a letter of a name for "A"), so it has lost its
    opening words — its subject's head. (An unclosed line before a whole sentence is a
    caption or a subhead run in.)"""
    first = c.span[0]
    if c.index == 0 or first.lower_ not in {"a", "an", "another", "each", "every"} or first.head.tag_ not in {
            "NNS", "NNPS"}:
        return False
    prev = analysis.sentences[c.index - 1]
    if prev.paragraph != c.sentence.paragraph or _CLOSED_END.search(prev.text) or word_count(prev.text) > 12:
        return False
    span = c.span.doc.char_span(prev.start, prev.end, alignment_mode="expand")
    return span is not None and verbless(span)


# Scene narration: a video or a moment told as it unfolds ("Suddenly the train begins
# travelling even faster …", "The video then shows …"), in a story that reports in the past.
_VIEWERS = frozenset(["video", "footage", "clip", "film", "image", "picture", "photo", "photograph", "camera",
                      "recording", "sequence", "scene", "shot", "frame", "livestream", "stream"])
_SCENE_ADVERBS = frozenset(["then", "suddenly", "slowly", "quickly", "finally", "eventually", "again", "gradually",
                            "soon", "briefly", "immediately", "later"])
_PRESENT_AUX = frozenset(["is", "are", "'s", "’s", "'re", "’re", "am"])


def _present(verb: Token) -> bool:
    """Present simple ("the train begins") or progressive ("the crowd is cheering")."""
    aux = [t for t in verb.children if t.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in {"VBZ", "VBP"}:
        return not aux
    return verb.tag_ == "VBG" and bool(aux) and all(a.lower_ in _PRESENT_AUX for a in aux)


def scene_narration(c: Candidate) -> bool:
    """A moment told as it unfolds, not reported: a present-tense main verb with no
    speaker, whose subject is the camera's ("The video then shows …", "The clip
    captures …") or which acts (not a state: "is", "has", "includes") with a scene's
    cue — "then", "suddenly", "begins to", or a present "as" clause beside it ("… as the
    banks rise up alongside it")."""
    if c.facts.attribution or c.facts.is_quote:
        return False
    root = c.span.root
    if root.pos_ not in {"VERB", "AUX"} or not _present(root):
        return False
    subj = [t for t in root.children if t.dep_ in {"nsubj", "nsubjpass"}]
    if any(k.lemma_.lower() in _VIEWERS and _phrase_of(k, t) for t in subj for k in t.subtree):
        return True  # ("A slow-motion look at the clip captures …")
    lemma = root.lemma_.lower()
    if lemma in STATIVE or lemma in _REPORTING or lemma in _PLAN_VERBS:
        return False
    cue = any(t.dep_ == "advmod" and t.lower_ in _SCENE_ADVERBS for t in root.children) or (
        lemma in {"begin", "start"} and any(t.dep_ == "xcomp" for t in root.children)) or any(
        t.dep_ == "advcl" and _present(t) and any(m.lower_ == "as" for m in t.children if m.dep_ == "mark")
        for t in root.children)
    return cue


def _phrase_of(tok: Token, head: Token) -> bool:
    """``tok`` belongs to ``head``'s own phrase ("a look at [the clip]"), not to a clause
    hung on it ("the man who filmed [the clip]")."""
    while tok.i != head.i:
        if tok.dep_ in {"relcl", "acl", "advcl", "ccomp"} or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def tells_in_past(cands: Sequence[Candidate]) -> bool:
    """The story reports in the past tense: most of its main verbs are past."""
    past = present = 0
    for c in cands:
        root = c.span.root
        aux = [t for t in root.children if t.dep_ in {"aux", "auxpass"}]
        if root.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux) or (
                root.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux)):
            past += 1
        elif _present(root):
            present += 1
    return past >= 2 * present and past >= 3


# A short run-in label before a colon at the sentence's start ("Illinois: passed …",
# "Step two: …"), not a speaker's ("He said: …"); a bullet or a list number.
_RUN_IN_LABEL = re.compile(
    r"^(?![^:]*\b(?:said|says|added|adds|told|tells|wrote|writes|explained|insisted|warned|asked|replied)\b)"
    r"[A-Z0-9][\w’'.&-]*(?: [\w’'.&-]+){0,3}: ")
_LIST_MARK = re.compile(r"^\s*(?:[•·▪●◦*–—-]\s|\d{1,2}[.)]\s|\(?[a-z1-9]\)\s)")
_SPEECH_LEAD = re.compile(r"\b(?:said|says|added|adds|told|tells|wrote|writes|explained|insisted|warned|asked|replied|"
                          r"statement|reads?|reading)\b", re.I)
LIST_SPAN = 12
"""How many short one-sentence paragraphs a list under a lead-in ("… include:") may run."""


def list_item(c: Candidate, analysis: Analysis) -> bool:
    """The sentence is an item of a list: its paragraph is one sentence, and so are the
    paragraphs back to one that ends in a colon and introduces no speech ("Other data
    points include:")."""
    if c.facts.attribution:
        return False  # someone's statement is the story's own telling, not an item
    sents = analysis.sentences
    para = c.sentence.paragraph
    by_para: dict[int, list[str]] = {}
    for s in sents[max(0, c.index - 4 * LIST_SPAN) : c.index + 2]:
        by_para.setdefault(s.paragraph, []).append(s.text)
    if len(by_para.get(para, [])) != 1:
        return False
    for p in range(para - 1, max(-1, para - 1 - LIST_SPAN), -1):
        texts = by_para.get(p)
        if not texts:
            return False
        if texts[-1].rstrip().endswith(":"):
            return not _SPEECH_LEAD.search(texts[-1])
        if len(texts) != 1 or word_count(texts[0]) > 40:
            return False
    return False


SPEECH_LED_PARAGRAPHS = 3
"""How many paragraphs a speaker's lead-in ("Dr Bell says:") may carry words of theirs."""


def speech_led(analysis: Analysis) -> frozenset[str]:
    """Ids of the sentences a speech lead-in hands to its speaker without quotation marks
    ("Consultant dermatologist Dr Bell says:" over "Hyaluronic acid is used …, but there
    is limited evidence …"): the paragraphs after it up to one with a speaker of its own,
    a quotation or a lead-in of its own. Their verdict is the speaker's, never the story's."""
    sents = analysis.sentences
    facts = {f.id: f for f in analysis.facts}
    out: set[str] = set()
    for i, s in enumerate(sents):
        text = s.text.rstrip()
        if not text.endswith(":") or not _SPEECH_LEAD.search(text):
            continue
        paras: set[int] = set()
        for t in sents[i + 1 :]:
            paras.add(t.paragraph)
            f = facts.get(t.id)
            if len(paras) > SPEECH_LED_PARAGRAPHS or t.text.rstrip().endswith(":") or (f is not None and (
                    f.attribution or f.is_quote)):
                break
            out.add(t.id)
    return frozenset(out)


_SEPARATORS = frozenset([";", "—", "–", "-", "--"])
_KEEP_AFTER = frozenset(["but", "yet", "although", "though", "unless", "except", "if", "not", "only", "while",
                         "whereas", "however", "or", "nor", "because", "so", "despite", "than"])


def _versions(span: Span) -> Iterator[Span]:
    """The sentence, then its main clause before a ";" or a dash (see :func:`prepare`),
    or else before an "and" that opens a second main clause with its own subject
    ("The Rhinos were trailing 20-4 when he came on[, and it did not get better]")."""
    yield span
    yield from (list(_separated(span)) or _first_conjunct(span))


def _first_conjunct(span: Span) -> Iterator[Span]:
    root = span.root
    for conj in root.children:
        if conj.dep_ != "conj" or conj.pos_ not in {"VERB", "AUX"} or conj.i <= root.i:
            continue
        if not any(k.dep_ in {"nsubj", "nsubjpass", "expl"} for k in conj.children):
            continue  # "was arrested and charged": one subject, one clause
        cc = next((k for k in root.children if k.dep_ == "cc" and root.i < k.i < conj.i), None)
        if cc is None or cc.lower_ != "and" or cc.i - span.start < 7:
            return
        end = cc.i - 1 if span.doc[cc.i - 1].text == "," else cc.i
        if any(x.text in {";", "(", "‘", "“", '"'} or (x.text in _SEPARATORS and x.whitespace_ and span.doc[x.i - 1].whitespace_)
               for x in span.doc[span.start : end]):
            return  # a dash or a quotation: not one plain clause
        rest = span.doc[end : span.end]
        if any(x.lemma_ in _REPORTING for x in rest) or "according to" in rest.text.lower():
            return  # "… and it did not get better, police said": the speaker owns both clauses
        yield span.doc[span.start : end]
        return


def _separated(span: Span) -> Iterator[Span]:
    root = span.root
    for t in span:
        if t.text not in _SEPARATORS or t.i <= root.i or t.i - span.start < 6:
            continue
        if t.text != ";" and not (t.whitespace_ and span.doc[t.i - 1].whitespace_):
            continue  # a hyphen inside "14-0" or "stand-off", not a dash between clauses
        nxt = span.doc[t.i + 1] if t.i + 1 < span.end else None
        if nxt is None or nxt.lower_ in _KEEP_AFTER:
            return
        head = span.doc[span.start : t.i]
        if any(x.text in _SEPARATORS for x in head) or head.root.i != root.i:
            return
        if any(x.lower_ in {"if", "unless", "whether"} for x in span.doc[t.i : span.end]) and any(
            x.dep_ == "advcl" and x.head.i == root.i for x in span.doc[t.i : span.end]
        ):
            return  # a condition on the main clause comes after the break
        yield head
        return


def _prepare_span(
    c: Candidate, span: Span, analysis: Analysis, *, context: str, max_words: int, inside_quote: frozenset[str],
) -> Bullet | None:
    text = _keep_last_number(span, close_quotation(c, compress(span, max_words=max_words, keep_frame=True, harder=True)))
    aside = re.fullmatch(r"\((?P<inner>[^()]+?)[.!?]?\)[.!?]?", text.strip())
    if aside:
        text = aside["inner"].strip() + "."  # a whole sentence in brackets: "(Current models say …)."
    if not intact(span, text) or not quotes_verbatim(text, span.text) or _ends_on_cut_subject(span, text):
        return None
    begun: list[str] = []
    if not balanced(text):
        reopened = reopen_quotation(text)
        if reopened is None or not balanced(reopened):
            return None
        if _mark_left_before(c, analysis):
            text = reopened
        else:  # the quotation began a sentence before: taken whole, or not at all
            whole = _whole_quotation(c, analysis, max_words)
            if whole is None or text != c.sentence.text.strip():
                return None
            text, begun = whole[0], [whole[1]]
    elif c.id in inside_quote:
        return None  # the middle of someone's quotation, without its speaker
    elif _mark_left_before(c, analysis) and not any(q in text for q in "‘’“”\"'"):
        return None  # the first sentence of a quotation whose mark the splitter left before: no speaker
    if addresses_reader(text):
        return None  # "Just how close to perfection does Hamilton feel?", "you always feel …": no statement
    n = word_count(text)
    if n > max_words or n < MIN_WORDS or _speech_without_speaker(c, text) or _first_person_unframed(text):
        return None
    if _cut_number(span, text):
        return None  # "has been viewed online [over 100,000 times]": the number is the news
    if not finite_with_subject(span) or _reported_pronoun(span) or unbound_object_pronoun(span):
        return None
    if _fronted_pronoun(span) or _ADDITIVE_EITHER.search(re.sub(r"[‘“\"][^’”\"]*[’”\"]", " ", text)):
        return None  # "Although wholly owned by X, it will …", "… didn't deter him either": leans on before
    if re.match(r"^\W*(?:and|but|or|so|because|as|which|who)\b", text, re.I):
        return None
    text = annotate_dates(text, c.id, analysis)
    text, named_at = write_in_they(text, span, c.index, analysis)
    r = quoted_standalone(text, c, analysis, context=context)
    if r is None:
        # "He birdied the 11th …" after "Woods rebounded …": the subject the sentence
        # before tells, written in (and cited) when the story leaves no doubt who he is.
        named = _pronoun_subject_named(text, span, c, analysis, context)
        if named is not None:
            text, pronoun_at = named
            r = quoted_standalone(text, c, analysis, context=context)
            if r is not None:
                r = Resolved(r.text, sorted_ids([*r.cites, pronoun_at]))
    if r is None or word_count(r.text) > max_words or _PRONOUN_FRAME.search(r.text):
        return None
    return Bullet(c, r.text, sorted_ids([*r.cites, *begun, *([named_at] if named_at else [])]))


def _pronoun_subject_named(
    text: str, span: Span, c: Candidate, analysis: Analysis, context: str,
) -> tuple[str, str] | None:
    """``text`` with the "He"/"She" that is its main clause's subject replaced by the one
    person it can stand for (:func:`~copydesk.generate.reference.person_behind`), and the id of the sentence that
    names them — or None: a pronoun inside quotation marks, a quotation's own speech
    ("… he said"), a text speaking of a man and a woman, or a person named before it."""
    if any(q in text for q in "‘“\"") or re.search(r"(?:^|\s)'\w", text):
        return None  # speech: its pronouns are the speaker's business
    root = span.root
    subj = next((t for t in root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.lower_ not in {"he", "she"}:
        return None
    if speech_continues(c.sentence.text, subj.lower_):
        return None
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    if words & HE_WORDS and words & SHE_WORDS:
        return None  # two people behind pronouns
    m = re.search(rf"\b{re.escape(subj.text)}\b", text)
    if m is None or re.search(r"\b(?:he|she|him|his|her)\b", text[: m.start()], re.I):
        return None
    found = person_behind(c.index, subj.lower_, analysis, doc=c.span.doc)
    if found is None:
        return None
    e, j = found
    if any(p.id != e.id and names(p, text[: m.start()]) for p in analysis.entities if p.kind == "PERSON"):
        return None
    name = name_of(e, context, analysis.sentences[j].text)
    if m.start() == 0 or text[: m.start()].rstrip().endswith((".", "!", "?")):
        name = name[:1].upper() + name[1:]
    return text[: m.start()] + name + text[m.end() :], analysis.sentences[j].id


def _mark_left_before(c: Candidate, analysis: Analysis) -> bool:
    """The quotation a bullet ends (``…,' said X.``) opened on the sentence before only
    as the mark the splitter left at its end ("… in good shape. '"), not inside its
    words: a quotation that began a sentence earlier ("'This man is fit. Working out
    in his free time,' Rossen says") would start mid-quote."""
    if c.index == 0:
        return False
    prev = analysis.sentences[c.index - 1].text.rstrip()
    return bool(re.search(r"(?:^|\s)['‘“\"]$", prev))


def _whole_quotation(c: Candidate, analysis: Analysis, max_words: int) -> tuple[str, str] | None:
    """A quotation that opened on the sentence before, in the same paragraph, with this one
    its end and its speaker ("'This man is fit. Working out in his free time,' Rossen
    says."): the two sentences whole, and the first's id — or None when they run past
    ``max_words`` or the first is not the quotation's opening sentence."""
    if c.index == 0:
        return None
    prev = analysis.sentences[c.index - 1]
    first = prev.text.strip()
    if prev.paragraph != c.sentence.paragraph or first[:1] not in "‘“'\"" or balanced(first):
        return None
    if any(ch in first[1:] for ch in "‘“\"") or re.search(r"(?:^|\s)'(?=\w)", first[1:]):
        return None  # another quotation opens inside it
    whole = f"{first} {c.sentence.text.strip()}"
    if word_count(whole) > max_words or not balanced(whole):
        return None
    return whole, prev.id


def _first_person_unframed(text: str) -> bool:
    """First-person words outside quotation marks and no speech frame in the bullet
    ("With this in mind, I would urge anyone …"): the speaker is not in the text."""
    outside = re.sub(r"[“\"][^”\"]*[”\"]|(?:^|(?<=[\s:(]))['‘](?:[^'’]|['’](?=\w))*['’](?!\w)", " ", text)
    if not _FIRST_PERSON.search(outside):
        return False
    return not re.search(rf"\b(?:{_FRAME_VERBS}|according to|asked|urged|tweeted|wrote|adding|saying|accus\w+|"
                         r"describ\w+|called|calling)\b", text)


_NUMBER_ENTS = frozenset(["CARDINAL", "MONEY", "PERCENT", "QUANTITY"])
_NUMBER_PATH = frozenset(["nummod", "quantmod", "npadvmod", "dobj", "pobj", "prep", "attr", "nsubj", "nsubjpass",
                          "compound", "amod", "advmod", "acomp"])


def _cut_number(span: Span, text: str) -> bool:
    """Shortening cut a number that the main clause tells ("has been viewed online [over
    100,000 times]", "fell [by 12 per cent]"): a number that makes the news is never cut.
    Not an age beside a name (", 46,"), a date or a number in a side clause."""
    main = _main_heads(span)
    for t in span:
        if not (t.like_num or t.ent_type_ in _NUMBER_ENTS) or t.ent_type_ in {"DATE", "TIME", "ORDINAL"}:
            continue
        if not any(ch.isdigit() for ch in t.text):
            continue  # "one of the …" is a pronoun, "$" a sign: not a figure
        if re.search(rf"(?<![\d.,]){re.escape(t.text)}(?![\d])", text):
            continue
        prev = span.doc[t.i - 1] if t.i > span.start else None
        if prev is not None and prev.text == "," or t.dep_ == "appos":
            continue  # "Kent, 46,": an age
        h, steps = t, 0
        while h.i not in main and steps < 4 and h.dep_ in _NUMBER_PATH and h.head.i != h.i:
            h, steps = h.head, steps + 1
        if h.i in main:
            return True
    return False


def _ends_on_cut_subject(span: Span, text: str) -> bool:
    """The text ends on a name that, in the sentence, goes on into a verb the shortening cut
    ("… who didn't have to work Fowler." of "… work Fowler pictured with …", "… on Wednesday
    Mr Docherty." of "… Mr Docherty proceeded to grip …"): the name is the subject of a
    sentence or a caption run in, not the end of this one."""
    body = text.rstrip().rstrip(".!?'’\"”").rstrip()
    last = next((t for t in reversed(span) if t.is_alpha and body.endswith(t.text)
                 and t.idx + len(t.text) < span.end_char), None)
    if last is None or last.pos_ != "PROPN":
        return False
    nxt = span.doc[last.i + 1] if last.i + 1 < span.end else None
    return nxt is not None and nxt.pos_ in {"VERB", "AUX"} and nxt.lower_ not in {"said", "says"}


def _keep_last_number(span: Span, text: str) -> str:
    """The number that ends the sentence as its verb's object ("the latest count showed
    88."), put back when the text lost it (taken for a list number left by the layout)."""
    words = [t for t in span if not t.is_punct]
    if len(words) < 2 or not words[-1].like_num or words[-1].dep_ not in {"dobj", "attr", "pobj", "npadvmod"}:
        return text
    body = text.rstrip().rstrip(".")
    if body.endswith(words[-1].text) or not body.endswith(words[-2].text):
        return text
    return f"{body} {words[-1].text}."


_ADDITIVE_EITHER = re.compile(r"\beither\s*[.,;!?]|,? too\s*[.!?]$")
"""A clause-final "either" or "too" adds to a statement before it ("… did not stop him
either", "… won that vote, too")."""
_FRONTED = frozenset(["it", "they", "this", "these", "those"])
_IT_EXPLETIVE = re.compile(r"it(?:'s|’s| is| was)? (?:appears?|appeared|seems?|seemed|emerged|remains to be seen|looks like|"
                           r"(?:is |was )?(?:safe|fair|hoped|feared|time|clear|likely|unlikely|possible|impossible|"
                           r"important|hard|difficult|easy|too early|not known|unclear|understood|thought|believed|"
                           r"expected|estimated|said|reported))\b", re.I)
_TIME_WORDS = frozenset(["year", "years", "month", "months", "week", "weeks", "day", "days", "time", "hour", "hours",
                         "minute", "minutes", "night", "morning", "afternoon", "evening", "weekend", "season",
                         "decade", "century", "today", "yesterday", "tomorrow"])


def _fronted_pronoun(span: Span) -> bool:
    """The main clause's subject is "it"/"they"/"this" after an opening phrase ("With
    this win, they have …", "Although owned by Qantas, it will …"), outside quotation
    marks, and no subject or object noun before it in the sentence can be what it stands
    for: it points to a sentence before. An expletive "it" does not."""
    doc = span.doc
    for h in sorted(_main_heads(span)):
        for ch in doc[h].children:
            if ch.dep_ not in {"nsubj", "nsubjpass"} or ch.lower_ not in _FRONTED or ch.i == span.start:
                continue
            before = doc.text[span.start_char : ch.idx]
            if any(q in before for q in "‘“\"") or before.startswith("'"):
                continue  # a speaker's own words
            if ch.lower_ == "it" and (expletive(doc.text[ch.idx : span.end_char])
                                      or _IT_EXPLETIVE.match(doc.text[ch.idx : span.end_char])):
                continue  # "In the ACT, it appears the worst has passed"
            number = {"NN", "NNP"} if ch.lower_ in {"it", "this"} else {"NNS", "NNPS"}
            if any(t.tag_ in number and t.lemma_.lower() not in _TIME_WORDS and not (
                    t.dep_ == "pobj" and t.head.lower_ == "by") for t in doc[span.start : ch.i]):
                continue  # "If a user opens the file, it can …", "Despite support for the deal, it …"
            return True
    return False


_QUOTE_THEN_FRAME = re.compile(r"^([‘“'\"])(.+?[,.!?])([’”'\"])( .+)$")
SPEAKER_OWN = frozenset(["i", "we", "you", "our", "my"])
"""First words of a quotation that are its speaker's own, not a pointer back."""


def quoted_standalone(text: str, c: Candidate, analysis: Analysis, *, context: str = "") -> Resolved | None:
    """:func:`standalone` for a quotation followed by its speaker ("‘I had a hard
    time,’ said Woods."): the quotation's "I" or "we" is the speaker, so only the
    frame is resolved ("…,’ he said." → "…,’ Woods said."); a quotation opening on
    "It", "This" or "He" points back to what the reader has not seen and is left out."""
    m = _QUOTE_THEN_FRAME.match(text)
    if m is None or not _FRAME_AFTER.match(m.group(4)) or any(q in m.group(2) for q in "‘“\""):
        return standalone(text, c.index, c.id, analysis, context=context)
    first = first_word(m.group(2))
    if first in LEANING_OPENERS and first not in SPEAKER_OWN:
        return None
    if re.match(r" (?:he|she) ", m.group(4)) and _third_person_unnamed(m.group(2)):
        return None  # "'… and he will be important,' he added": "he added" resolved to the last name met may be him
    stem = "Quote" + m.group(2)[-1]
    probe = standalone(stem + m.group(3) + m.group(4), c.index, c.id, analysis, context=context)
    if probe is None:
        return None
    return Resolved(m.group(1) + m.group(2)[:-1] + probe.text[len("Quote") :], probe.cites)


_THIRD_PERSON = re.compile(r"\b(?:he|him|his|she|her|hers|himself|herself)\b", re.I)


def _third_person_unnamed(words: str) -> bool:
    """A quotation speaks of "he" or "she" before naming anyone in its own words: the
    person is someone the reader has not met, and a frame's "he said" resolved by the
    last name mentioned may well be that person, not the speaker."""
    m = _THIRD_PERSON.search(words)
    if m is None:
        return False
    before = words[: m.start()]
    if any(w.lower() in _PERSON_ROLES or w.lower() in _KIN for w in re.findall(r"[A-Za-z]+", before)):
        return False  # "… the kid didn't hurt himself": the quotation names who
    return not re.search(r"(?<![.!?] )(?<!^)\b[A-Z][a-z]+", before)


_KIN = frozenset(["kid", "kids", "boy", "boys", "girl", "girls", "man", "men", "woman", "women", "child", "children",
                  "son", "daughter", "father", "mother", "husband", "wife", "baby", "guy", "lad", "lads", "son's",
                  "bloke", "gentleman", "lady", "dog", "cat", "horse", "animal", "team", "side"])


# --------------------------------------------------------------------------- labels


def _short_name(name: str) -> str:
    """A person or body as a label names them: the surname, or a short organisation name."""
    words: list[str] = [w for w in re.findall(r"[\w’'.&-]+", name) if w.lower() not in {"the", "mr", "mrs", "ms", "dr"}]
    if not words:
        return ""
    if len(words) <= 2 and all(w[:1].isupper() for w in words) and not _looks_personal(name):
        return " ".join(words)
    return words[-1]


_ROYAL = re.compile(r"\b(?:King|Queen|Prince|Princess|Pope|Emperor|Empress|Sultan|Sheikh|Sheik|Emir|Crown Prince)\s+$")
_NAME_PARTICLES = frozenset(["abu", "bin", "ibn", "al", "el", "van", "von", "de", "da", "di", "del", "der", "le", "la",
                             "ould", "bint", "abd", "abdul", "umm"])
_KUNYA = frozenset(["abu", "abd", "abdul", "umm"])
_REGNAL = re.compile(r"^[IVX]{1,5}$")
_GENERATIONAL = frozenset(["jr", "jnr", "sr", "snr"])


def _surname(name: str, context: str = "") -> str:
    """A person as a label names them: by surname, but never by a part of the name that
    names someone or something else — a royal by the whole name ("Juan Carlos", "Carl XVI
    Gustaf"), a name with a particle from the particle on ("Abu Hamza", "bin Laden")."""
    words = [w for w in name.split() if w.lower().rstrip(".") not in {"the", "mr", "mrs", "ms", "dr", "miss"}]
    while len(words) > 1 and words[-1].lower().rstrip(".,") in _GENERATIONAL:
        words = words[:-1]  # "Martin Luther King Jr": King, never "Jr"
    if not words:
        return ""
    if len(words) == 1:
        return words[0]
    m = re.search(rf"(?:^|\W){re.escape(' '.join(words))}\b", context) if context else None
    if any(_REGNAL.match(w) for w in words[1:]) or (m and _ROYAL.search(context[: m.start() + 1])) or \
            words[0] in {"King", "Queen", "Prince", "Princess", "Pope", "Emperor", "Sultan", "Sheikh", "Emir"}:
        return " ".join(words) if len(words) <= 3 else words[-1]
    if len(words) == 3 and all(len(w) <= 4 and w[:1].isupper() and w.isalpha() for w in words):
        return " ".join(words)  # "Bong Joon Ho", "Kim Jong Un": the family name may come first
    if len(words) == 2 and words[0].lower() in _NAME_PARTICLES - {"al", "el", "di", "da"} and words[0][:1].isupper():
        return " ".join(words)  # "Van Gaal confirmed …" at a sentence's start: never "Gaal" (the s14 read's "Gaal's")
    for i, w in enumerate(words[:-1]):
        if w.lower() in _NAME_PARTICLES and (i > 0 or w.lower() in _KUNYA) and not (i == 0 and len(words) >= 3):
            # ("Abu Bakar Bashir": Bashir; "Di Li", "Ben Stokes": a first name, not a particle)
            return " ".join(words[i:]) if len(words) - i <= 3 else words[-1]
    if len(words) >= 3 and context:
        pair = re.escape(" ".join(words[-2:]))
        if re.search(rf"\b{pair}\b", context) and not re.search(rf"\b{re.escape(words[-3])} {pair}\b", context):
            return " ".join(words[-2:])  # "Mr Duncan Smith said": a double surname, never "Smith"
    return words[-1]


def _looks_personal(name: str) -> bool:
    return len(name.split()) >= 2 and all(w[:1].isupper() for w in name.split()[:2])


def _possessive(name: str) -> str:
    return name + ("’" if name.endswith("s") else "’s") if "’" in name else name + ("'" if name.endswith("s") else "'s")


def _ent_of(tok: Token) -> Span | None:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def _named_subject(c: Candidate) -> str | None:
    """The named person or organisation the sentence is about (its subject), short."""
    root = c.span.root
    heads = [root]
    # "X said (that) Y did …": the reported clause's subject is the aspect's subject.
    if root.lemma_ in _SPEECH:
        heads = [t for t in root.children if t.dep_ == "ccomp"]
    for h in heads:
        for ch in h.children:
            if ch.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            if any(k.dep_ == "conj" for k in ch.children):
                return None  # "Spain and Portugal signed": never one member's label
            if ch.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
                ent = _ent_of(ch)
                name = ent.text if ent is not None else ch.text
                if ent is not None and ent.label_ == "PERSON":
                    return _surname(name, c.sentence.text)
                if ent is not None:
                    return _label_name(ent, 3)  # "Alei Sinai" is a place: never "Sinai"
                return _short_name(name)
    return None


def _subject_entity(c: Candidate) -> str | None:
    """The main clause's subject when it is a named person, organisation or place
    (the person by surname), up to three words."""
    for h in sorted(_main_heads(c.span)):
        tok = c.span.doc[h]
        for ch in tok.children:
            if ch.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            if any(k.dep_ == "conj" for k in ch.children):
                return None
            ent = _ent_of(ch)
            if ent is None or ent.label_ not in {"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"}:
                return None
            return _label_name(ent, 3)
    return None


def _label_name(ent: Span, most: int) -> str | None:
    """A named subject as a label word: a person by surname, anything else without its
    article or title, and no longer than ``most`` words."""
    words = [w for w in ent.text.split() if w.lower() not in {"the", "mr", "mrs", "ms", "dr", "miss"}]
    if ent.label_ == "PERSON":
        words = _surname(" ".join(words), ent.sent.text).split() if words else words
        most = max(most, 3)  # ("Carl XVI Gustaf": a royal goes by the whole name)
    return " ".join(words) if 1 <= len(words) <= most else None


_NO_SPEAKER_WORDS = frozenset(["the", "a", "an", "this", "that", "these", "those", "it", "its", "their", "his", "her"])


def _speaker(c: Candidate, text: str, analysis: Analysis) -> str | None:
    """The speaker of a reaction, as written in the bullet (after reference resolution);
    never an article or a pronoun read as a name ("The's Account" of "The spokesman says")."""
    who = _speaker_named(c, text, analysis)
    return None if who is None or who.split()[0].lower() in _NO_SPEAKER_WORDS else who


def _speaker_named(c: Candidate, text: str, analysis: Analysis) -> str | None:
    who = c.facts.attribution
    if not who:
        return None
    if who.lower() in _PRONOUNS:
        m = re.search(r"[,’'\"”] ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*) (?:said|added|says|told|explained)\b", text)
        return _surname(m.group(1), text) if m and _looks_personal(m.group(1)) else _short_name(m.group(1)) if m else None
    # The name at the end of "Prudential pensions specialist Clare Moffat".
    # The head is the last name in the phrase, not a possessor ("Pama's defence lawyer Bruce Peters").
    at: list[tuple[int, str]] = []
    for e in analysis.entities:
        if e.kind != "PERSON":
            continue
        surname = e.name.split()[-1]
        if not re.search(rf"\b{re.escape(surname)}\b(?!['’])", c.sentence.text):
            continue  # "Altice's attorney, Ed Brass, said": only the owner of who spoke
        for m in re.finditer(rf"\b{re.escape(surname)}\b(?!['’]s?\b)", who):
            if not _IN_PLACE.search(who[: m.start()]):
                at.append((m.start(), _surname(e.name, c.sentence.text)))
    if at:
        return max(at)[1]
    # "The UN's deputy envoy to Afghanistan, Ahmed Fawzi, says": the person named beside the role.
    source, root_at = c.sentence.text, c.span.root.idx - c.span.start_char
    for e in analysis.entities:
        m = re.search(rf"\b{re.escape(e.name)},? (?:says|said|told|tells|adds|added|has said|insists|insisted)\b", source) \
            if e.kind == "PERSON" and len(e.name.split()) >= 2 else None
        if m and m.start() < root_at and not _IN_PLACE.search(source[: m.start()]) and e.name in text:
            return _surname(e.name, source)  # (the main clause's speaker, not "Villagers from Shoma Ying")
    # A body speaks when it heads the phrase: "The SES says", not "Police in Karachi",
    # "Reports from London" or "The UN's deputy envoy".
    orgs = [e for e in analysis.entities if e.kind in {"ORG", "PLACE"}
            for m in [re.search(rf"\b{re.escape(e.name)}\b(?!['’]s?\b)", who)]
            if m and not _IN_PLACE.search(who[: m.start()]) and not _TOLD_TO.search(who[: m.start()])
            and (e.kind == "ORG" or re.sub(r"^the ", "", who, flags=re.I) == re.sub(r"^the ", "", e.name, flags=re.I))]
    if orgs and len(orgs[0].name.split()) <= 3:
        if re.fullmatch(r"[A-Z][a-z]+(?:an|ese|ish|i)", orgs[0].name) and re.search(
                rf"\b{re.escape(orgs[0].name)} (?:officials?|sources?|spokes\w+|police|officers?)\b", who):
            return None  # "Palestinian officials said": a people's adjective, not who spoke
        return re.sub(r"^the ", "", orgs[0].name, flags=re.I)
    # "A Sandown spokesman": the body the spokesman speaks for.
    m = re.match(r"^(?:[Aa]n? |[Tt]he )?((?:[A-Z][\w&’'-]+ ){1,3})(?:spokes\w+|official|officials|source|sources|statement)\b", who)
    if m and re.fullmatch(r"[A-Z][a-z]+(?:an|ese|ish|i)", m.group(1).strip()):
        return None  # "Palestinian officials": a people's adjective, not a body
    return m.group(1).strip() if m else None


_IN_PLACE = re.compile(r"\b(?:in|from|at|of|near|outside|for)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+)*$")
# Who was told, or whose report it is ("the Swedes told the Post", "according to the Post"):
# an outlet that carries the words, not their speaker.
_TOLD_TO = re.compile(r"\b(?:told|tells|telling|to)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+)*$")


def _chunk_labels(c: Candidate, text: str, refused: list[str] | None = None) -> Iterator[list[str]]:
    """Noun phrases of the bullet that can name its aspect: two or three content words
    in a row ("Previous Record", "Fresh Funds"), the subject, object or a phrase of the
    main clause. A single noun is a stray noun ("Lip", "Fact"), never a label. A phrase
    refused only for naming a thing, not an aspect, goes to ``refused``."""
    low = text.lower()
    main = _main_heads(c.span)
    for ch in c.chunks:
        toks = list(ch)
        while toks and (toks[0].dep_ in {"det", "poss", "predet"} or toks[0].is_stop):
            toks = toks[1:]
        if not 2 <= len(toks) <= 3 or (toks[0].i > 0 and toks[0].doc[toks[0].i - 1].text == "-") or (
                toks[-1].i + 1 < len(toks[-1].doc) and toks[-1].doc[toks[-1].i + 1].text == "-"
                and not toks[-1].whitespace_):
            continue  # "Style Jumpsuits" from "Guantanamo-style jumpsuits", "Unindicted Co" from "co-conspirators"
        if any(t.pos_ not in {"NOUN", "PROPN", "ADJ"} or t.is_stop or not t.is_alpha for t in toks):
            continue
        if any(k.dep_ == "nummod" or k.like_num for t in toks[:-1] for k in t.children) or (
                toks[0].i > 0 and toks[0].doc[toks[0].i - 1].like_num and toks[0].lemma_.lower() in _UNITS):
            continue  # "Hour Shifts" of "10 hour shifts": the count is half the phrase ("Two team fights" keeps it)
        if _misparsed_participle(toks[-1]):
            continue  # "a football career playing for FC United": a participle the tagger took for a noun
        if any(k.dep_ == "conj" and k.pos_ in {"NOUN", "PROPN"} for k in ch.root.children):
            continue  # "New Prince" of "the new prince or princess": a label never drops a member
        if _compound_goes_on(toks[-1]):
            continue  # "Professional Kite" of "professional kite flying teams": half a noun phrase
        if toks[-1].lemma_.lower() in _BAD_LABEL_WORDS or _is_person_noun(toks[-1].lemma_.lower()):
            continue
        if toks[-1].lemma_.lower() in _AGENT_NOUNS or any(t.ent_type_ in _AGENT_ENTS for t in toks):
            continue  # who acted ("Israeli Troops", "Federal Government", "UN Security Council"), not the aspect
        if toks[-1].pos_ == "PROPN" and toks[0].pos_ == "PROPN":
            continue  # a name the tagger did not mark ("Skipper Ingvall")
        if ch.root.head.lemma_ in _SPEECH and ch.root.dep_ in {"dobj", "dative"}:
            continue  # the addressee of "told the New York Post"
        if not _in_main_clause(ch.root, main):
            continue
        if ch.root.dep_ == "pobj" and ch.root.head.lower_ in _PLACE_TIME_PREPS | {"despite", "amid", "against"}:
            continue  # where or when ("outside Brisbane Magistrates Court"), not what
        if ch.root.dep_ == "dobj" and ch.root.head.lemma_ in _LIGHT_VERBS:
            continue  # "has done a great job"
        if any(t.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "PERSON",
                               "GPE", "LOC", "FAC"} for t in toks):
            continue  # a person or a place is who or where, not the aspect
        if " ".join(t.text for t in toks).lower() not in low:
            continue
        if _needs_its_of(ch.root) and toks[0].lower_ not in _WHICH_ADJ:
            continue  # "traditional notions (of service)": half a name ("an earlier version of Ham" says which)
        if not _aspect_head(toks[-1]):
            if refused is not None:
                refused.append(" ".join(t.text for t in toks))
            continue  # a thing the sentence mentions ("Military Muscle", "Giant Arrows", "Fire Hoses"), no aspect
        if ch.root.dep_ == "pobj" and (ch.root.head.lower_ in _MEANS_PREPS or ch.root.head.head.lower_ in _LOOSE_NOUNS or not (
                ch.root.head.head.i in main or (ch.root.head.head.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"}
                                                and ch.root.head.head.head.i in main))):
            continue  # "via SMS messages", "eye contact with the camera", "in preparation for the heatwave
            # conditions": the means, or a detail of a detail, not what the bullet tells
        graded = [t for t in toks if t.pos_ == "ADJ" and not _classifying(t)]
        if graded:
            yield from _without_judgement(ch, toks, graded, text)
            continue
        yield [t.text for t in toks]


_HAPPENING_HEADS = frozenset(["warrant", "loss", "losses", "wind", "winds", "rain", "harm", "error", "flood",
                              "blaze", "attack", "attacks", "raid", "raids", "blast", "war", "row", "bid", "activity",
                              "crime", "abuse", "violence", "fraud", "offence", "offense", "unrest", "drought", "work", "run", "runs",
                              "opportunity", "opportunities", "prospect", "prospects", "tie", "ties", "relations"])
"""Heads of a noun phrase that name a happening, a harm or a prospect without a noun-making
ending ("Search Warrant", "Property Losses", "Flash Flood", "Pilot Error", "Investment
Opportunities")."""
_THING_HEADS = frozenset(["station", "nation", "location", "portion", "picture", "furniture", "structure",
                          "building", "clothing", "painting", "ceiling", "sculpture", "creature", "mixture"])


def _aspect_head(head: Token) -> bool:
    """The head of a noun-phrase label names an aspect: an act, an event or an aspect
    noun, a verb made noun, a happening ("Pilot Error"), an ailment's operation
    ("Emergency Appendectomy") — not a thing or a place the sentence mentions ("Military
    Muscle", "Giant Arrows", "Leftover Vegetables", "Animal Shelter", "Local Command
    Station"): the s14 blind read struck such noun chunks as stray labels."""
    lemma, low = head.lemma_.lower(), head.lower_
    if {lemma, low} & (_THING_HEADS | {w for w in _THING_SUFFIXED if not w.endswith("ship")} - {"management", "movement"}):
        return False  # (a bond or a role is an aspect with its kind: "Special Relationship", "Joint Ownership")
    return (aspect_shaped(head) or _names_an_act(low) or _names_an_act(lemma) or bool({lemma, low} & _HAPPENING_HEADS)
            or bool(re.search(r"(?:ectomy|otomy|plasty)$", low)))


def _compound_goes_on(head: Token) -> bool:
    """A singular bare noun read as a phrase's head that is the first half of a longer
    compound the parser split: "kite" of "kite flying teams" (a gerund hung on it, then
    its plural object straight after: "teams that fly kites"), "money" of "money
    laundering charges"."""
    doc = head.doc
    if head.tag_ != "NN" or head.i + 2 >= len(doc):
        return False
    ger, nxt = doc[head.i + 1], doc[head.i + 2]
    return (ger.tag_ == "VBG" and ger.head.i == head.i and ger.dep_ in {"acl", "amod", "compound"}
            and nxt.pos_ == "NOUN" and nxt.head.i == ger.i and not any(k.dep_ == "det" for k in nxt.children)
            and bool(head.whitespace_) and bool(ger.whitespace_))


_UNITS = frozenset(["second", "minute", "hour", "day", "week", "month", "year", "mile", "metre", "meter", "kilometre",
                    "kilometer", "foot", "inch", "pound", "dollar", "point", "goal", "man", "person", "game", "match",
                    "storey", "story", "bedroom", "seat", "page", "time", "lap", "round", "set", "stage", "part"])
_MEANS_PREPS = frozenset(["via", "within", "through", "using", "by", "throughout", "despite", "amid", "like"])


def _needs_its_of(t: Token) -> bool:
    """A noun whose "of" phrase says what it is ("notions of marriage", "a form of
    service"): without it, not an aspect (an aspect or event noun keeps its sense alone:
    "the investigation of the crash")."""
    if t.lemma_.lower() in ASPECT_NOUNS - {"form"} or t.lower_ in _EVENT_NOUNS_LOW:
        return False
    return any(k.dep_ == "prep" and k.lower_ == "of" for k in t.children)


def _without_judgement(ch: Span, toks: list[Token], graded: list[Token], text: str) -> Iterator[list[str]]:
    """A noun phrase whose adjective is the writer's judgement ("Tough Questioner",
    "Biggest Reason") names no aspect; without the adjective it may: a compound noun
    ("Modest Pay Rises" → "Pay Rises"), unless the adjective and the next word are a
    phrase the story uses on its own ("affirmative action"); an aspect or event noun
    ("Tight Security" → "Security", "Emotional Visit" → "Visit"); the named owner's
    thing ("Phoenix's terrifying performance" → "Phoenix's Performance")."""
    if graded != toks[:1]:
        return
    head = toks[-1]
    if len(toks) == 2 and len(re.findall(rf"\b{re.escape(toks[0].lower_)} {re.escape(head.lower_)}\b",
                                         ch.doc.text.lower())) >= 2:
        yield [t.text for t in toks]  # a phrase the story uses as a name ("the special relationship")
        return
    owner = [k for k in ch.root.children if k.dep_ == "poss" and k.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}]
    if owner and len(toks) == 2:
        ent = _ent_of(owner[0])
        if ent is not None and ent.end - 1 == owner[0].i:
            name = _short_name(ent.text)
            if name and name in text:
                yield [_possessive(name.split()[-1] if ent.label_ == "PERSON" else name), head.text]
    if len(toks) == 3 and toks[1].pos_ in {"NOUN", "PROPN"}:
        if toks[0].head.i == toks[1].i:
            return  # "worst case scenario": the adjective is the compound's ("Case Scenario" is no phrase)
        phrase = re.escape(f"{toks[0].lower_} {toks[1].lower_}")
        if len(re.findall(rf"\b{phrase}\b", ch.doc.text.lower())) <= 1:
            yield [t.text for t in toks[1:]]
    elif len(toks) == 3 and toks[1].pos_ == "ADJ" and _classifying(toks[1]) and aspect_shaped(head):
        yield [t.text for t in toks[1:]]  # "a stunning ecological turnaround" → "Ecological Turnaround"
    elif len(toks) == 2 and (head.lemma_.lower() in ASPECT_NOUNS or head.lower_ in _EVENT_NOUNS_LOW):
        yield [head.text[:1].upper() + head.text[1:].lower()]


# Adjectives that say what kind a thing is ("military ties", "electric cars"): relational
# endings, less the ones that grade or judge ("emotional visit", "initial fleet").
_RELATIONAL_ENDING = re.compile(r"(?:al|ic|ary|ory|ian|ese|ar)$")
_GRADED_RELATIONAL = frozenset(
    ["emotional", "critical", "crucial", "special", "typical", "essential", "vital", "total", "final", "actual",
     "initial", "original", "additional", "potential", "general", "usual", "unusual", "radical", "dramatic", "tragic",
     "historic", "classic", "iconic", "epic", "fantastic", "terrific", "drastic", "horrific", "magic", "brutal", "normal",
     "formal", "informal", "ideal", "logical", "practical", "substantial", "central", "principal", "liberal",
     "controversial", "influential", "exceptional", "sensational", "phenomenal", "minimal", "marginal", "nominal",
     "occasional", "personal", "fundamental", "sentimental", "incremental", "beneficial", "superficial", "partial",
     "provisional", "similar", "popular", "regular", "familiar", "peculiar", "particular", "spectacular", "ordinary",
     "extraordinary", "necessary", "unnecessary", "temporary", "contrary", "arbitrary", "primary", "secondary",
     "legendary", "exemplary", "elementary", "preliminary", "satisfactory", "mandatory", "compulsory", "basic",
     "specific", "realistic", "optimistic", "pessimistic", "enthusiastic", "energetic", "chaotic", "toxic", "frantic",
     "exotic", "ironic", "heroic", "strategic", "symbolic", "systematic", "problematic", "traumatic", "catastrophic"])


def _classifying(t: Token) -> bool:
    """An adjective that says what kind of thing the noun is, not how good or big it is:
    a relational one ("military", "electric"), a people's or a place's ("Israeli"), or a
    participle that names a state ("armed", "alleged" are not: see the graded list)."""
    low = t.lower_
    if (t.text[:1].isupper() and not t.is_sent_start) or t.ent_type_:
        return True
    if low in _WHICH_ADJ or re.fullmatch(r"un\w+(?:ed|aid|en)", low):
        return True  # "Upcoming Reunion", "unpaid bills", "unlicensed builders"
    if t.tag_ in {"JJR", "JJS"} or low in _GRADED_RELATIONAL or len(low) < 5:
        return False
    return bool(_RELATIONAL_ENDING.search(low))


_EVENT_NOUNS_LOW = frozenset(w.lower() for w in NOMINALS.values() if " " not in w)
# Time adjectives say which one, not how good: "Upcoming Reunion", "Earlier Version".
_WHICH_ADJ = frozenset(["upcoming", "forthcoming", "earlier", "previous", "former", "future", "next", "last", "first",
                        "second", "third", "latest", "recent", "new", "old", "annual", "weekly", "daily", "monthly"])


def _is_person_noun(lemma: str) -> bool:
    """A noun naming a person by role ("lawyer", "guitarist"): who, not the aspect."""
    return lemma in _PERSON_ROLES or (lemma.endswith("ist") and len(lemma) > 6) or lemma.endswith("man")


def _in_main_clause(tok: Token, main: set[int]) -> bool:
    """The subject, object or complement of a main verb, or a phrase hanging on one
    (up to two prepositions away: "a number of positive comments")."""
    t = tok
    for _ in range(3):
        if t.dep_ not in {"nsubj", "nsubjpass", "dobj", "attr", "pobj", "prep"}:
            return False
        if t.head.i in main and t.dep_ != "pobj":
            return True
        if t.head is t:
            return False
        t = t.head
    return False


def _deaths_in_main(c: Candidate) -> bool:
    """The deaths are what the main clause tells ("Two Palestinians were killed …", "the
    death toll rose"), not a side clause's ("F-16s blasted targets, following the ambush
    which killed 10"): only then is the bullet a death toll."""
    main = _main_heads(c.span)
    for t in c.span:
        if t.lemma_.lower() in {"kill", "die"} or t.lower_ in {"dead", "toll", "deaths"}:
            if t.i in main or _in_main_clause(t, main):
                return True
            if t.dep_ in {"acomp", "oprd"} and t.head.i in main:
                return True
    return False


def _main_heads(span: Span) -> set[int]:
    """The main verb, and the verb of the clause a speech verb reports."""
    root = span.root
    out = {root.i}
    for t in root.children:
        if t.dep_ in {"ccomp", "xcomp", "conj"} and t.pos_ in {"VERB", "AUX"}:
            out.add(t.i)
    return out


_FUTURE_AUX = frozenset(["will", "shall", "'ll", "’ll", "wo"])
_PLAN_VERBS = frozenset(["set", "due", "expect", "schedule", "plan", "intend", "aim", "prepare", "poise", "hope"])


# A court's next step, still to come: "remanded in custody until May 12", "is due in court".
_PENDING = re.compile(
    r"\b(?:(?:has been|have been|was|were|is|are) (?:remanded|bailed|released on bail)[\w ,]{0,40} until|"
    r"adjourned until|(?:is|are) due (?:to (?:appear|return|be sentenced|stand trial)|in court|back in court)|"
    r"(?:is|are) (?:set|scheduled) to (?:appear|be sentenced|stand trial)|"
    # a step that must still be taken: "must first be ratified", "has yet to be approved"
    r"(?:must|needs? to|has to|have to) (?:first |still |now |also )?be (?:ratified|approved|passed|signed|endorsed|"
    r"confirmed|cleared|rubber-stamped)|(?:has|have|is|are) yet to be)\b"
)


# A time still to come that a present-tense clause points to.
_FORWARD = re.compile(r"\b(?:later this (?:week|month|year|season)|next (?:week|month|year|season|spring|summer|autumn|"
                      r"fall|winter)|in the (?:coming|next) (?:days|weeks|months|years)|tomorrow|this weekend|"
                      r"on the cards|in the pipeline)\b", re.I)


def upcoming(c: Candidate, analysis: Analysis) -> bool:
    """Whether the sentence's main clause states a planned or future event: "will",
    "is set/due/expected/scheduled to", "plans to", or a date after the story's own.
    A past expectation ("was expected to") and a generic "will" in a side clause ("as
    any player will tell you") are not."""
    ref = analysis.reference_date.isoformat() if analysis.reference_date else None
    if ref and any(d.sentence == c.id and (d.start or d.value) and (d.start or d.value or "") > ref[: len(d.start or d.value or "")]
                   for d in analysis.dates):
        return True  # a date after the story's ("last week" is a week value "2025-W44": its start day is compared)
    if _PENDING.search(c.sentence.text) and not re.search(r"\b(?:was|were|had been) due\b", c.sentence.text):
        return True
    if fixture(c.span):
        return True  # "Del Bosque's side host Slovakia in September"
    root = c.span.root
    heads = [root]
    if root.lemma_ in _SPEECH:
        heads += [t for t in root.children if t.dep_ == "ccomp"]
    forward = bool(_FORWARD.search(c.sentence.text))
    for h in heads:
        aux = [t for t in h.children if t.dep_ in {"aux", "auxpass"}]
        if any(t.lower_ in _FUTURE_AUX for t in aux):
            return True
        past = any(t.tag_ in {"VBD"} for t in [h, *aux])
        if past:
            continue
        if forward:
            return True  # "further strikes are on the cards later this year"
        if (h.lemma_ in _PLAN_VERBS or (h.lemma_ == "be" and any(t.lower_ == "due" for t in h.children))) and any(
            t.dep_ in {"xcomp", "acomp"} for t in h.children
        ):
            return True
        if h.lemma_ == "be" and any(t.dep_ == "xcomp" and any(a.lower_ == "to" for a in t.children) for t in h.children):
            return True  # "is to be sentenced"
    return False


def _aspect_nouns(c: Candidate, text: str) -> Iterator[str]:
    """Aspect nouns ("Debt", "Verdict") heading the main clause's subject or object."""
    low = text.lower()
    main = _main_heads(c.span)
    for t in c.span:
        if t.lemma_.lower() == "form" and _needs_its_of(t):
            continue  # "a form of service"
        if t.lemma_.lower() in ASPECT_NOUNS or t.lower_ in ASPECT_NOUNS:
            head = t.head.head if t.dep_ == "pobj" else t.head
            if t.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"} and head.i in main and t.lower_ in low \
                    and not _quantifier(t) and not (t.dep_ == "nsubj" and t.lemma_.lower() in _AGENT_NOUNS):
                yield from _with_compound(t)


def _with_compound(t: Token) -> Iterator[str]:
    """An aspect noun with the noun that says which kind right before it first ("Fire
    Season", "Bail Hearing"), then bare (for when another label has the kind's word)."""
    comp = [k for k in t.children if k.dep_ == "compound" and k.i == t.i - 1 and k.pos_ == "NOUN" and k.is_alpha
            and not (k.i > 0 and t.doc[k.i - 1].text == "-")]
    if comp:
        yield comp[0].text[:1].upper() + comp[0].text[1:].lower() + " " + t.text[:1].upper() + t.text[1:].lower()
    yield t.text[:1].upper() + t.text[1:].lower()


def _quantifier(t: Token) -> bool:
    """ "Scores of homes", "dozens of people": a count, not the aspect it names; and
    "opened fire", "returned fire": shooting, not a fire."""
    if t.lower_ == "fire" and t.head.lemma_ in {"open", "return", "hold", "cease", "draw", "come"}:
        return True
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return nxt is not None and nxt.lower_ == "of" and not any(k.dep_ == "det" for k in t.children) and t.tag_ == "NNS"


_PLACE_TIME_PREPS = frozenset(
    ["in", "at", "on", "outside", "near", "from", "to", "into", "inside", "across", "around", "during", "before",
     "after", "since", "until", "through", "by", "over", "under"]
)
_LIGHT_VERBS = frozenset(["take", "give", "have", "make", "get", "do", "pay", "put", "come", "go", "be", "keep"])


def _head_nouns(c: Candidate, text: str) -> Iterator[list[str]]:
    """The main clause's subject or object as a one-word label, when it is a specific
    common noun ("Thumb", "Heat Gun"): not a person, a place, a date, a pronoun or the
    object of a light verb ("takes a look", "giving some lip")."""
    low = text.lower()
    for t in c.span:
        if t.dep_ not in {"nsubj", "nsubjpass", "dobj"} or t.head.i not in _main_heads(c.span):
            continue
        if t.pos_ != "NOUN" or t.ent_type_ or len(t.text) < 4 or not t.is_alpha:
            continue
        if t.text[0].isupper() and t.lemma_.lower() not in ASPECT_NOUNS:
            continue  # a capitalised "noun" is usually a name the tagger missed ("Woods")
        if t.dep_ == "dobj" and t.head.lemma_ in _LIGHT_VERBS:
            continue
        lemma = t.lemma_.lower()
        if lemma in _BAD_LABEL_WORDS or _is_person_noun(lemma) or t.lower_ not in low:
            continue
        comp = [m for m in t.children if m.dep_ == "compound" and m.pos_ == "NOUN" and m.i == t.i - 1]
        yield ([comp[0].text.title()] if comp else []) + [t.text.title()]


def _verb_nominal(c: Candidate) -> str | None:
    """The nominal form of the main verb ("was arrested" → "Arrest"); through a speech
    verb to the verb it reports, through "attempted to" / "began to" to its complement."""
    root = c.span.root
    verb = root.lemma_.lower()
    if verb in _SPEECH or verb in {"be", "have", "do"}:
        comp = [t for t in root.children if t.dep_ == "ccomp"]
        if not comp:
            return None
        root = comp[0]
        verb = root.lemma_.lower()
    if verb == "fail" and any(t.dep_ == "xcomp" for t in root.children):
        return None  # "failed to arrest" is no arrest
    actor = root  # the verb whose subject does the act ("the train began travelling": the train)
    if verb not in NOMINALS:
        x = [t for t in root.children if t.dep_ == "xcomp" and t.pos_ == "VERB"]
        if x:
            if verb not in _THROUGH or any(t.dep_ == "neg" for t in root.children):
                return None  # "is well placed to win", "was used to meet": no win, no meeting
            tried = verb in {"attempt", "try", "seek"}
            root = x[0]
            verb = root.lemma_.lower()
            if tried and verb in {"kill", "murder", "die", "destroy", "shoot", "stab", "behead", "injure", "attack"}:
                return None  # "were attempting to kill X" is no death
    particle = next((t.lower_ for t in root.children if t.dep_ == "prt"), None)
    if particle is not None and f"{verb} {particle}" not in _PHRASAL_KEEPS:
        return None  # "was picked up by ICE" is no selection, "backed down" no backing, "fell out" no fall
    if verb in _PERSONAL_ACTS and not (_agent_subject(actor) and _agent_subject(root)):
        return None  # "the train began travelling" is no trip, "rain has fallen" no fall
    if verb == "fall":
        fell = {k.lemma_.lower() for t in root.children if t.dep_ == "nsubj" for k in t.subtree}
        if fell & {"rain", "snow", "hail", "sleet", "shower"}:
            return "Snowfall" if "snow" in fell else "Rainfall"  # "rain has fallen" is no fall
    if verb == "find" and not _finder_subject(actor):
        # "Tolley found that …" is his discovery, not "Findings"; "found solo success" neither
        return "Discovery" if any(t.dep_ == "ccomp" for t in root.children) and _agent_subject(actor) else None
    if any(t.dep_ == "neg" for t in root.children):
        return None  # "has not lost" is no defeat
    if any(t.dep_ == "aux" and t.lower_ in _HYPOTHETICAL for t in root.children):
        return None  # "should demand", "could create": no demand made, nothing created
    if verb in _AGENT_ACTS and not _agent_subject(root):
        return None  # "sectors offer opportunities", "it can create havoc": no one's act
    if verb == "lose" and any(t.dep_ in {"auxpass", "nsubjpass"} for t in root.children):
        return None  # "no more homes were lost" is no defeat
    if any(t.lower_ == "short" and t.dep_ in {"advmod", "acomp", "oprd", "xcomp", "amod", "prt"} for t in root.children):
        return None  # "cut short his visit" is no cuts, "fell short" no fall
    if verb == "spend" and not any(t.ent_type_ == "MONEY" for t in c.span):
        return None  # "spent the time going through the loans" is no spending
    if verb == "lose" and any(t.dep_ == "dobj" and t.lemma_ not in {"match", "game", "final", "tie", "election", "vote", "case", "appeal", "title", "fight", "race"} for t in root.children):
        return None  # "lost contact" is no defeat
    if verb == "find" and any(t.dep_ == "auxpass" for t in root.children):
        return None  # "can be found at" is where, not findings
    if verb == "fall" and any(t.lower_ in {"ill", "sick"} for t in root.children):
        return "Illness"  # "fell ill" is no fall
    if verb == "meet" and any(t.dep_ == "dobj" and t.ent_type_ != "PERSON" and t.lemma_.lower() in {
            "bill", "cost", "demand", "need", "target", "deadline", "expectation", "requirement", "standard",
            "criterion", "payment", "obligation", "goal"} for t in root.children):
        return None  # "used to meet unpaid bills" is no meeting
    if verb == "recover" and any(t.dep_ == "dobj" for t in root.children):
        return None  # "recovered a knife" is no recovery
    if verb in {"charge", "invite", "fire"} and not any(
            t.dep_ in {"dobj", "nsubjpass", "auxpass"} for t in root.children):
        return None  # "charges at full speed", "are really inviting": not the legal or formal sense
    if verb == "strike" and (any(t.dep_ in {"dobj", "nsubjpass", "auxpass", "prep"} for t in root.children)
                             or not any(t.dep_ == "nsubj" for t in root.children) or not _agent_subject(root)):
        return None  # a strike is workers' ("staff will strike"), not "the case strikes at the heart of …"
    if verb == "open" and any(t.dep_ == "dobj" and t.lower_ == "fire" for t in root.children):
        return None  # "opened fire" is no opening
    if (verb == "draw" and any(t.dep_ == "dobj" for t in root.children)) or (
            verb == "open" and any(t.dep_ == "prt" for t in root.children)):
        return None  # "drew headlines" is no draw, "will open up new routes" no opening
    if verb == "build" and any(t.dep_ == "prt" and t.lower_ == "up" for t in root.children):
        return None  # "resentment built up" is no construction
    if verb == "rule" and any(t.dep_ == "dobj" or (t.dep_ == "prt" and t.lower_ == "out") for t in root.children):
        return None  # "ruled Indonesia for 32 years", "has ruled out a women's event": no ruling
    if verb == "find" and not any(t.dep_ == "ccomp" for t in root.children) and not any(
            t.dep_ == "nsubj" and t.lemma_.lower() in _FINDERS for t in root.children):
        return None  # "found solo success" is no findings; "the inquiry found that …" is
    if any(t.dep_ == "auxpass" for t in root.children):
        # "Blake was chosen": his selection, not his choice; "was praised" is no praise of his.
        if verb in _PASSIVE_NOMINALS:
            return _PASSIVE_NOMINALS[verb]
        if verb in _ACT_NOMINALS:
            return None
    if verb == "raise" and not any(t.ent_type_ in {"MONEY", "PERCENT"} for t in c.span) and not any(
            t.dep_ in {"dobj", "nsubjpass"} and t.lemma_.lower() in _RAISED_AMOUNTS for t in root.children):
        return None  # "flood barriers were raised" is no increase; "raised the fee to £5" is
    if verb == "raise" and any(t.dep_ == "dobj" and t.lemma_.lower() in {
            "question", "concern", "fear", "doubt", "issue", "alarm", "eyebrow", "hope", "prospect", "possibility",
            "awareness", "objection", "suspicion"} for t in root.children):
        return None  # "raises more questions" is no increase
    if verb == "score" and not any(t.lemma_ == "goal" for t in c.span):
        return None  # "scored 1" in cricket is no goal
    if verb == "shoot" and any(t.dep_ in {"nsubjpass", "dobj", "nsubj"} and t.lemma_.lower() in _VIEWERS | {"scene", "episode",
                                                                                                     "movie", "series"}
                               for t in root.children):
        return "Filming"  # "the footage was shot in September" is no shooting
    if verb == "lead":
        # "Britain will lead the force": its role, not a "Lead"; a bare "leads" is a sporting lead.
        return "Role" if any(t.dep_ == "dobj" for t in root.children) else None
    if verb in _LINKING and any(t.dep_ in {"acomp", "oprd"} and t.pos_ == "ADJ" for t in root.children):
        return None  # "fell silent", "often fell confused", "went quiet": a state, not a fall or a departure
    if verb == "close" and not any(t.dep_ in {"dobj", "nsubjpass"} for t in root.children) and any(
            t.dep_ == "nsubj" and (t.ent_type_ == "PERSON" or _is_person_noun(t.lemma_.lower()) or t.lemma_.lower() in
                                   _PERSON_ROLES) for t in root.children):
        return None  # "the player closed down quickly" (pressing), not a closure
    return NOMINALS.get(verb)


# Verbs that link their subject to a state when an adjective follows ("fell silent", "went
# quiet", "turned nasty"), unlike a result ("shot dead").
_LINKING = frozenset(["fall", "go", "turn", "grow", "get", "come", "run", "prove", "stay", "remain", "keep", "sound",
                      "feel", "look", "seem", "become", "wear", "break"])


# Phrasal verbs whose particle keeps the verb's sense ("closed down" is a closure); any
# other particle makes another verb ("picked up", "backed down", "fell out", "shot down").
_PHRASAL_KEEPS = frozenset(["close down", "sell off", "cut back", "pay back", "pay off", "sign up", "lock up",
                            "step up", "meet up", "team up", "break in"])
# Acts that only a person or a body does (their nominal is someone's act): "Trip" is a
# person's travel, not a train's.
_PERSONAL_ACTS = frozenset(["travel", "visit", "tour", "meet", "marry", "resign", "retire", "apologise", "apologize",
                            "search"])


def _finder_subject(verb: Token) -> bool:
    """ "Found (that) …" names findings only when a study, an inquiry, a court or
    researchers found it, or a body (an organisation): a person's "found" is theirs."""
    for ch in verb.children:
        if ch.dep_ in {"nsubj", "nsubjpass"}:
            lemma = ch.lemma_.lower()
            return lemma in _FINDERS or ch.ent_type_ == "ORG" or lemma in {"researcher", "scientist", "expert",
                                                                           "investigator", "doctor", "author"}
    return False


# Verbs a nominal is read through to their complement ("began to build" → "Construction",
# "is set to visit" → "Visit"); any other ("is well placed to win") names no event.
_THROUGH = frozenset(["begin", "start", "continue", "resume", "manage", "try", "attempt", "seek", "move", "set",
                      "expect", "schedule", "due", "go", "believe", "think", "report", "understand", "appear",
                      "seem"])
_FINDERS = frozenset(["study", "report", "inquiry", "investigation", "review", "court", "jury", "inquest", "survey",
                      "research", "researcher", "scientist", "audit", "panel", "judge", "coroner", "analysis", "test"])
# A passive main verb names what happened to the subject: the nominal that says so,
# or none for a verb whose nominal is the agent's act ("was praised" ≠ "X's Praise").
_PASSIVE_NOMINALS = {"choose": "Selection", "select": "Selection", "pick": "Selection",
                     "beat": "Defeat", "defeat": "Defeat", "overturn": "Reversal"}
_ACT_NOMINALS = frozenset(
    ["create", "achieve", "decide", "win", "praise", "criticise", "criticize", "blame", "accuse", "warn", "urge", "support", "back", "oppose",
     "endorse", "welcome", "offer", "promise", "pledge", "threaten", "describe", "recall", "reveal", "claim",
     "demand", "request", "refuse", "confront", "target", "court", "survey", "study", "interview", "lead", "visit",
     "meet", "discuss", "recommend", "invite", "question", "score", "join", "host"]
)
_RAISED_AMOUNTS = frozenset(["price", "rate", "tax", "fee", "fare", "salary", "wage", "pay", "limit", "age", "cap",
                             "stake", "level", "threshold", "rent", "bill", "target", "premium", "charge", "tariff",
                             "duty", "levy", "pension", "benefit", "allowance", "budget", "estimate", "forecast"])
_HYPOTHETICAL = frozenset(["should", "could", "might", "may", "must", "can", "ca"])
"""Modals of a possible or wanted act ("should demand"); "would" after "said" is a future told."""
# Acts that only a person or a body does on purpose: their nominal names a subject's act.
_AGENT_ACTS = frozenset(["offer", "create", "promise", "demand", "refuse", "decide", "propose", "request", "support",
                         "oppose", "welcome", "praise", "criticise", "criticize", "urge", "pledge", "threaten",
                         "reject", "appeal", "defend", "respond", "describe", "complain", "recommend", "search",
                         "achieve", "spend", "invest", "donate", "reveal"])


_PERSONAL_SUBJECTS = frozenset(["he", "she", "we", "i", "they", "who", "man", "woman", "people", "official", "minister",
                                "president", "spokesman", "spokeswoman", "spokesperson", "wife", "husband", "mother",
                                "father", "son", "daughter", "friend", "family", "chief", "head", "everyone", "someone",
                                "group", "team", "member", "person", "child", "kid", "girl", "boy"])


def _agent_subject(verb: Token) -> bool:
    """The verb's subject is someone: a named person, body or place, a person noun, a
    body ("the council"), or "he"/"she"/"we"/"I"/"they"; a passive verb has none to check."""
    for ch in verb.children:
        if ch.dep_ == "nsubjpass":
            return True
        if ch.dep_ != "nsubj":
            continue
        lemma = ch.lemma_.lower()
        return bool(ch.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or ch.lower_ in _PERSONAL_SUBJECTS
                    or _is_person_noun(lemma) or lemma in _AGENT_NOUNS or lemma in _PERSONAL_SUBJECTS)
    return True  # (no subject in view: an xcomp's, or a conjunct's)


_NEEDS_OWNER = frozenset(["Role"])
"""Nominals that name the aspect only with whose it is ("Britain's Role", never "Role")."""


def _event_in_main(c: Candidate, event: str) -> bool:
    """The event noun belongs to the bullet's main clause (its subject, object or a phrase
    of its verb), not to a side clause or a phrase of another noun."""
    main = _main_heads(c.span)
    for t in c.span:
        if t.lower_ != event.lower() and t.lemma_.lower() != event.lower():
            continue
        if t.head.i in main or (t.dep_ == "pobj" and t.head.head.i in main) or t.i in main:
            return True
    return False


def _next_event(text: str) -> str | None:
    low = text.lower()
    found = [(low.find(w), w) for w in _EVENT_NOUNS if re.search(rf"\b{re.escape(w)}\b", low)]
    if not found:
        return None
    return min(found)[1].title()


def label_options(b: Bullet, analysis: Analysis) -> Iterator[list[str]]:
    """Label candidates for a bullet, the best first (only those that name its point)."""
    for kind, words in _tagged_options(b, analysis):
        if kind in LABEL_KINDS:
            yield words


LABEL_KINDS = frozenset(["aspect", "phrase"])
"""The label kinds a bullet may carry: an aspect ("Death Toll", "Union's Response",
"Next Hearing") or a noun phrase of the bullet that names a thing ("Contingency
Plans"). Never a bare name ("Kallis", "Donald") or a noun phrase naming who acted
("Israeli Troops", "Federal Government"): a bullet with only those gives way."""


def _tagged_options(b: Bullet, analysis: Analysis) -> Iterator[tuple[str, list[str]]]:
    for words in _cue_labels(b, analysis):
        yield "aspect", words
    yield from _raw_options(b, analysis)


_N = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dozens|scores|hundreds|thousands)"
# The aspect a bullet tells, by cue over its text: (label, pattern, the word in the
# pattern that must belong to the main clause — the cue is the bullet's point, not a
# side clause's). First match wins; the table is data, each row one aspect.
ASPECT_CUES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("Death Toll", _DEATHS, ""),
    ("Sentences", re.compile(r"\b(?:were|have been|had been|are) (?:\w+ )?(?:sentenced|jailed)\b"), "sentenced jailed"),
    ("Sentence", re.compile(r"\b(?:sentenced to|jailed for|(?:years?|months?) (?:in (?:jail|prison)|behind bars)|"
                            r"(?:jail|prison) (?:terms?|sentences?))\b"), "sentenced jailed years months terms term "
                                                                           "sentence sentences"),
    ("Verdict", re.compile(r"\b(?:found|been found|was found|were found) (?:not )?guilty\b|\bguilty verdicts?\b|"
                           r"\bconvicted of\b"), "guilty verdict verdicts convicted"),
    ("Prisoners", re.compile(rf"\b(?:taken|took|take|taking) (?:\w+ ){{0,3}}prisoners?\b|\bprisoners? (?:were|have been|"
                             rf"had been) (?:taken|captured)\b|\bcaptured (?:at least |more than |about |some |up to )?"
                             rf"{_N}\b"), "taken took take taking prisoners prisoner captured"),
    ("Air Strikes", re.compile(r"\bair ?strikes?\b|\bair raids?\b|\bwarplanes\b|\bgunships\b|\bf-16s?\b"),
     "strikes strike raids raid warplanes gunships f-16s f-16 airstrikes airstrike"),
    ("Job Losses", re.compile(r"\b(?:lose|lost|losing) (?:their |\w+ )?jobs\b|\bmade redundant\b|\bjob (?:cuts|losses)\b|"
                              r"\b(?:laid|lay|laying) off\b"), "lose lost losing redundant cuts losses laid lay laying"),
    ("Power Cuts", re.compile(r"\bwithout (?:electricity|power)\b|\bpower (?:cuts|outages?)\b|\bblackouts?\b"),
     "without cuts outage outages blackout blackouts"),
    ("Injuries", re.compile(rf"\b{_N} (?:\w+ ){{0,3}}(?:(?:were|have been|had been|are) )?(?:injured|wounded|hurt)\b|"
                            rf"\b(?:injuring|wounding) (?:at least |more than |about |some )?{_N}\b|\binjuries\b|"
                            r"\bsuffered (?:\w+ ){0,3}(?:injury|cuts|bruises|burns|fractures?|sprained|broken)\b"),
     "injured wounded hurt injuring wounding injuries suffered"),
    ("Arrests", re.compile(rf"\barrests\b|\barrested (?:at least |more than |about |some |up to )?{_N}\b|"
                           rf"\b{_N} (?:\w+ ){{0,3}}(?:were|have been|had been) arrested\b"), "arrests arrested"),
    ("Infections", re.compile(r"\b(?:been|were|was|are|is) infected\b|\binfections\b"), "infected infections"),
    ("Damage", re.compile(r"\b(?:damaged|destroyed|damage)\b"), "damaged destroyed damage"),
    # A side's place in its league, its run of results, who it is without.
    ("League Position", re.compile(r"\b(?:top|bottom) of the (?:table|league|standings|ladder)\b|\b(?:first|second|third|"
                                   r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:place |position )?"
                                   r"(?:in|on) the (?:table|league|premiership|championship|standings|ladder)\b|"
                                   r"\b(?:one|two|three|four|five|six|\d+) points? (?:clear|behind|above|adrift|ahead)\b|"
                                   r"\bby (?:one|two|three|four|five|six|\d+) points?\b"),
     "top bottom first second third fourth fifth sixth seventh eighth ninth tenth points point above clear behind "
     "ahead adrift"),
    ("Form", re.compile(r"\b(?:unbeaten|undefeated|winless)\b|\b(?:has|have) not (?:lost|won) (?:\w+ ){0,3}(?:games|"
                        r"matches|times)\b"), "unbeaten undefeated winless lost won"),
    ("Team News", re.compile(r"\b(?:is|are|will be) without\b|\bruled out of (?:the|this|next|saturday|sunday)\b|"
                             r"\bcalled up\b|\bare doubts\b|\bis a doubt\b"), "without ruled called doubts doubt"),
)
_WEATHER = re.compile(r"\b(?:rain|rainfall|showers|winds?|temperatures?|southerly|storms?|thunderstorms?|weather|"
                      r"snow|heatwave|forecast)\b")


def _cue_in_main(c: Candidate, words: str) -> bool:
    """One of ``words`` is a token of the bullet's main clause (or a word hanging on one)."""
    if not words:
        return _deaths_in_main(c)
    want = set(words.split())
    main = _main_heads(c.span)
    for t in c.span:
        if t.lower_ not in want:
            continue
        if t.dep_ == "pobj" and t.head.lower_ in _PLACE_TIME_PREPS:
            continue  # "appealed … after Israeli air strikes": when, not what the bullet tells
        if t.i in main or _in_main_clause(t, main) or t.head.i in main:
            return True
        if t.head.head.i in main and t.head.dep_ in {"nummod", "amod", "compound", "dobj", "nsubj", "nsubjpass", "prep",
                                                     "acomp", "attr", "xcomp"}:
            return True
    return False


def _cue_labels(b: Bullet, analysis: Analysis) -> Iterator[list[str]]:
    """Aspect labels by cue (:data:`ASPECT_CUES`), a forecast, a speaker's warning."""
    c = b.cand
    if c.roles.has("other_side"):
        return  # a denial or a response is the point, whatever it mentions
    if b.text[:1] in "‘“'\"":
        return  # a direct quotation is its speaker's view ("… without too much damage to our upper order")
    main = _main_heads(c.span)
    if c.roles.has("allegation") and any(c.span.doc[i].lemma_.lower() in {"accuse", "allege", "charge", "claim", "suspect"}
                                         for i in main):
        return  # "is charged with … offences that carry jail terms": the charges are the point
    low = b.text.lower()
    speaker = _speaker(c, b.text, analysis) or (_written_in(b, analysis) if c.facts.attribution else None)
    if not speaker and c.span.root.lemma_ == "warn":
        speaker = _owner(c.span.root)  # "Musharraf warned the tension …": his warning
        speaker = speaker if speaker and speaker in b.text else None
    if speaker and re.search(r"\bwarn(?:s|ed|ing)?\b", low) and _cue_in_main(c, "warn warns warned warning"):
        yield [_possessive(speaker), "Warning"]
        yield ["Warning"]
    if _WEATHER.search(low) and upcoming(c, analysis) and not c.facts.is_quote:
        yield ["Forecast"]
    side = None
    for label, pattern, words in ASPECT_CUES:
        if pattern.search(low) and _cue_in_main(c, words):
            if label in _SIDE_CUES:
                side = side or _subject_entity(c)
                if side and side in b.text and (label == "Form" or not _person_subject(c)):
                    yield [_possessive(side), *label.split()]  # "Kilmarnock's Form": whose run of results
            yield label.split()


_SIDE_CUES = frozenset(["Form", "League Position", "Team News"])
"""Cue labels that tell of one side (its run, its place, its players): its name goes with
them — a player's only with his form ("Williams' Team News" is his side's)."""


def _person_subject(c: Candidate) -> bool:
    return any(ch.dep_ in {"nsubj", "nsubjpass"} and ch.ent_type_ == "PERSON"
               for h in _main_heads(c.span) for ch in c.span.doc[h].children)


def _raw_options(b: Bullet, analysis: Analysis) -> Iterator[tuple[str, list[str]]]:
    c, text = b.cand, b.text
    roles = c.roles
    lemmas = {t.lemma_.lower() for t in c.span}
    low = c.sentence.text.lower()
    written_in = _written_in(b, analysis)
    subj = _named_subject(c) or (written_in if _pronoun_subject(c) else None)
    speaker = _speaker(c, text, analysis) or (written_in if c.facts.attribution else None)
    who = speaker or subj
    nominal = owned = _verb_nominal(c)
    if nominal in _NEEDS_OWNER:
        nominal = None  # "Britain's Role" only
    root = c.span.root
    if root.lemma_ in _EXPECTING and subj and any(k.dep_ == "dobj" for k in root.children) and \
            not any(k.dep_ == "neg" for k in root.children):
        yield "aspect", [_possessive(subj), _EXPECTING[root.lemma_]]  # "Pollock expects a better performance from his side"
    if roles.has("other_side"):
        if "deny" in lemmas or "denial" in lemmas:
            if who:
                yield "aspect", [_possessive(who), "Denial"]
            yield "aspect", ["Denial"]
        if "pleaded not guilty" in low or "plead not guilty" in low:
            yield "aspect", ["Not", "Guilty", "Plea"]
        if re.search(r"declined to comment|did not (?:immediately )?respond|could not be reached|no comment", low):
            yield "aspect", ["No", "Comment"]
        for lemma, noun in (("reject", "Rejection"), ("dispute", "Dispute"), ("defend", "Defence"),
                            ("dismiss", "Dismissal"), ("refute", "Rebuttal")):
            if lemma in lemmas:
                if who:
                    yield "aspect", [_possessive(who), noun]
                elif q := _qualified_nominal(c, noun, text, None):
                    yield "aspect", q  # "Opposition Parties' Rejection"
                yield "aspect", [noun]
        if who and (lemmas & {"respond", "response", "reply", "statement", "insist"} or "hit back" in low):
            yield "aspect", [_possessive(who), "Response"]
    if roles.has("next") and upcoming(c, analysis) and not c.facts.is_quote:
        event = _next_event(text)
        if event and not _event_in_main(c, event):
            event = None  # "… with the UN expected to mandate the force": an aside's event, not the bullet's
        if event:
            yield "aspect", ["Next", event]
            yield "aspect", ["Upcoming", event]
        if nominal:
            yield "aspect", ["Upcoming", *nominal.split()]
        if subj:
            yield "aspect", ["Next", "Steps"]
    if roles.has("numbers"):
        if _DEATHS.search(low) and _deaths_in_main(c):
            yield "aspect", ["Death", "Toll"]
        if lemmas & {"injure", "injured", "wound", "hurt"}:
            yield "aspect", ["Injuries"]
        if any(t.ent_type_ == "MONEY" for t in c.span):
            for lemma, noun in (("cost", "Cost"), ("pay", "Payment"), ("spend", "Spending"), ("fine", "Fine"),
                                ("price", "Price"), ("worth", "Value"), ("salary", "Salary"), ("raise", "Money Raised"),
                                ("fund", "Funding"), ("sell", "Sale"), ("buy", "Purchase"), ("debt", "Debt"),
                                ("compensation", "Compensation"), ("fee", "Fee"), ("earn", "Earnings")):
                if lemma in lemmas:
                    yield "aspect", ([_possessive(subj)] if subj else []) + noun.split()
                    yield "aspect", noun.split()
    if roles.has("allegation"):
        if "allegation" in lemmas or "allegations" in lemmas:
            yield "aspect", ([_possessive(who), "Allegations"] if who else ["Allegations"])
        for lemma, noun in (("accuse", "Accusation"), ("allege", "Allegation"), ("claim", "Claim"),
                            ("charge", "Charges"), ("suspect", "Suspicion")):
            if any(t.lemma_.lower() == lemma and t.pos_ in {"VERB", "NOUN"} and
                   (lemma != "charge" or t.pos_ == "VERB" or t.lower_ == "charges") and
                   (lemma != "claim" or any(k.dep_ == "ccomp" for k in t.children)) and
                   (lemma != "suspect" or (t.pos_ == "VERB" and t.dep_ != "amod")) and
                   t.dep_ not in {"acl", "relcl", "amod"} and not any(k.dep_ == "neg" for k in t.children) and
                   not any(a.lower_ in {"can", "could"} for a in t.children) for t in c.span):
                if who and lemma != "charge" and not any(
                        t.lemma_.lower() == lemma and t.dep_ in {"acl", "amod", "relcl"} or
                        t.lemma_.lower() == lemma and any(k.dep_ == "auxpass" for k in t.children) for t in c.span) \
                        and _owns_act(c, lemma, who, pronoun=who == subj and _pronoun_subject(c)):
                    yield "aspect", [_possessive(who), noun]  # (not "X's Accusation" when X is the one accused)
                if lemma == "charge":
                    which = _which_charges(c)
                    if which:
                        yield "aspect", [which, noun]  # "possible additional charges": none laid yet
                        continue
                if roles.has("background") and lemma in {"charge", "accuse"} and told_as_past(c):
                    yield "aspect", ["Earlier", noun]  # charges told as an earlier event, not the news's
                yield "aspect", [noun]
    if roles.has("reaction") and speaker:
        verb = c.span.root.lemma_.lower()
        if verb in NOMINALS and verb not in {"say", "tell", "add", "state"}:
            yield "aspect", [_possessive(speaker), *NOMINALS[verb].split()]
        # A direct quotation is the speaker's view; a reported account of events is their account.
        quoted = any(len(m.group(1).split()) >= 3 for m in _QUOTED.finditer(text))
        nouns = ("View", "Reaction", "Verdict", "Account") if quoted else ("Account", "View", "Reaction")
        if _condition(c):
            yield "aspect", [_possessive(speaker), "Condition"]  # "the deal must first be ratified"
        act = _act_object(c, text)
        if act:
            yield "aspect", [_possessive(speaker), act]  # "has written a letter of complaint" → "X's Complaint"
        if quoted or c.facts.is_quote or _states_view(c):
            for noun in nouns:
                yield "aspect", [_possessive(speaker), noun]
    if roles.has("background") and nominal and _told_earlier(c):  # ("comfortably dismissed" today is no earlier one)
        yield "aspect", ["Earlier", *nominal.split()]
        yield "aspect", ["Previous", *nominal.split()]
    if roles.has("significance"):
        sup = _superlative_noun(c, text)
        if sup:
            yield "aspect", sup
    if owned and subj and owned not in _DONE_TO and not _passive_nominal(c, owned) and not (
            (ov := _nominal_verb(c, owned)) is not None and _hedged_act(ov)):
        # ("Waugh's Removal" of "Waugh removed Boucher"; "Daniels' Shooting" of "Daniels was shot")
        yield "aspect", [_possessive(subj), *owned.split()]
    if nominal and upcoming(c, analysis) and not c.facts.is_quote:
        yield "aspect", ["Upcoming", *nominal.split()]
    if _mostly_quoted(text) and (quoter := speaker or _frame_speaker(text, analysis)):
        yield "aspect", [_possessive(quoter), "View"]  # "Mr Wang said: 'Big kites …'": his view, not "Big Kites"
    for words in _chunk_labels(c, text):
        yield "phrase", words
    reported = _reported_nominal(c)
    if reported and (q := _qualified_nominal(c, reported, text, who)):
        yield "aspect", q  # "A spokesman confirmed McHenry had been suspended" → "McHenry's Suspension"
    if nominal and nominal not in {"Release", "Post", "Record", "Move", "Return", "Lead", "Support"}:
        qualified = _qualified_nominal(c, nominal, text, who)
        if qualified:
            yield "aspect", qualified  # "Roofing Collapse", "Boucher's Dismissal": whose, or of what
        if " " in nominal or _lone_ok(nominal):
            yield "aspect", nominal.split()  # "Acquittal", "Rainfall", "Jail Term": an aspect on its own
    for noun in _aspect_nouns(c, text):
        yield "aspect", noun.split()
    for words in _head_nouns(c, text):
        yield "head", words
    if speaker and c.facts.attribution and _says(c.span.root):
        if _condition(c):
            yield "aspect", [_possessive(speaker), "Condition"]  # "the deal must first be ratified"
        yield "aspect", [_possessive(speaker), "View"]  # a speaker's call is their view, not "Background"
    # The subject the bullet is about ("Kilmarnock", "Ross County"), when it is a name, with
    # the aspect noun the bullet names ("Boase's Bail", "Goodwin's Title"), before a label
    # that fits any story ("Background", "Outlook": struck in blind reads as stray).
    named = _subject_entity(c) or subj
    if named:
        for noun in _any_aspect_noun(c, text):
            yield "aspect", [_possessive(named), *noun.split()]
    past = roles.has("background") and told_as_past(c)
    if past:
        yield "aspect", ["Background"]
    if roles.has("next") and upcoming(c, analysis) and not c.facts.is_quote:
        yield "aspect", ["Outlook"]
    if roles.has("reaction") and speaker and (c.facts.is_quote or _states_view(c)):
        yield "aspect", ["In", _possessive(speaker), "Words"]
    # Last: the subject alone.
    if named:
        obj = _object_noun(c, text)
        if obj and not re.search(rf"\b{re.escape(named)} {re.escape(obj)}\b", text, re.I):
            yield "phrase", [_possessive(named), obj]  # (never a name's own word: "Hanson Robotics")
        if speaker and named.split()[-1] == speaker.split()[-1] and (c.facts.is_quote or _states_view(c)):
            yield "aspect", [_possessive(named), "View"]  # "Gambill said the win was …": his view, not "Gambill"
        if past:
            yield "aspect", [_possessive(named), "Background"]  # "Eugenie joined the auction house in 2019"
        yield "name", named.split()


_FRAME_NAME = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}) (?:said|says|added|adds|"
                         r"told [\w ]{1,30}|explained|wrote)[:,] [‘“'\"]|[,!?][’”'\"] (?:said|says|added) "
                         r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})\.$|"
                         r"[,!?][’”'\"] (?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}) "
                         r"(?:said|says|added|adds)\.$")


def _frame_speaker(text: str, analysis: Analysis) -> str | None:
    """The person named in the bullet's own speech frame ("Mr Wang said: '…'", "'…,' said
    Ann Lee."), when the story names that person."""
    m = _FRAME_NAME.search(text)
    if m is None:
        return None
    name = m.group(1) or m.group(2) or m.group(3)
    for e in analysis.entities:
        if e.kind == "PERSON" and set(name.split()) <= set(e.name.split()):
            return name if " " not in name else _surname(name, text)  # as the bullet calls them ("Mr Wang")
    return None


def _mostly_quoted(text: str) -> bool:
    """Most of the bullet's words are one speaker's direct quotation: its nouns are the
    speaker's, and the bullet is their view."""
    quoted = sum(len(m.group(1).split()) for m in _QUOTED.finditer(text))
    return quoted >= 5 and quoted >= 0.6 * len(text.split())


STANDALONE_NOMINALS = frozenset(
    ["deaths", "death", "arrest", "injuries", "acquittal", "conviction", "evacuation", "charges", "sentence",
     "jail term", "verdict", "damage", "rescue", "funding", "spending", "talks", "negotiations", "strike", "protest",
     "ban", "fine", "election", "vote", "investigation", "findings", "trial", "ruling", "lawsuit", "settlement",
     "suspension", "merger", "closure", "crash", "explosion", "drowning", "raid", "bombing",
     "disqualification", "extradition", "remand", "cancellation", "postponement", "delay", "treatment",
     "diagnosis", "recovery", "surgery", "retirement", "resignation", "transfer", "kidnapping", "abduction"])
"""Verb nominals that name a bullet's aspect alone ("Acquittal", "Evacuation"); any other
("Publication", "Landing", "Search", "Fall") is a stray noun to a reader without whose
act it is or what it befell: it is a label only with that (:func:`_qualified_nominal`)."""

# Nominals of an act done to someone: the one it befell owns them ("Boucher's Dismissal"),
# never the doer ("Waugh's Removal" reads as Waugh removed).
_DONE_TO = frozenset(["Removal", "Arrest", "Release", "Capture", "Rescue", "Dismissal", "Sacking", "Appointment",
                      "Replacement", "Detention", "Eviction", "Expulsion", "Extradition", "Abduction", "Kidnapping",
                      "Selection", "Defeat", "Suspension", "Acquittal", "Conviction", "Promotion", "Nomination",
                      "Disqualification", "Remand", "Injuries", "Deaths", "Death", "Recruitment", "Evacuation"])
_QUANTITY_HEADS = frozenset(["metre", "meter", "tonne", "ton", "kilogram", "litre", "liter", "hectare", "acre",
                             "percent", "cent", "part", "half", "third", "quarter", "some", "most", "all", "lot"])


# Verbs that establish what they report as fact ("confirmed X had been suspended"), unlike
# those that hold or guess it ("believe", "suggest", "fear", "allege").
_ESTABLISHING = frozenset(["confirm", "reveal", "announce", "acknowledge", "concede", "admit"])
_FUTURE = frozenset(["will", "would", "'ll", "’ll", "wo"])


def _reported_nominal(c: Candidate) -> str | None:
    """The nominal of the act a confirming or revealing verb reports ("confirmed McHenry
    had been suspended" → "Suspension"): the act is the news, not the confirmation."""
    root = c.span.root
    if root.lemma_.lower() not in _ESTABLISHING or any(k.dep_ == "neg" for k in root.children):
        return None  # ("Police believe X was arrested", "fears X will be sacked": no act yet)
    for t in root.children:
        if t.dep_ == "ccomp" and not any(k.dep_ == "neg" or (k.dep_ == "aux" and k.lower_ in _HYPOTHETICAL | _FUTURE)
                                         for k in t.children):
            lemma = t.lemma_.lower()
            if any(k.dep_ == "auxpass" for k in t.children) and lemma in _PASSIVE_NOMINALS:
                return _PASSIVE_NOMINALS[lemma]
            return NOMINALS.get(lemma)
    return None


def _nominal_verb(c: Candidate, nominal: str) -> Token | None:
    """The verb of the bullet whose nominal ``nominal`` is, in its main clause first."""
    main = _main_heads(c.span)
    verbs = [t for t in c.span if t.pos_ in {"VERB", "AUX"} and
             (NOMINALS.get(t.lemma_.lower()) == nominal or _PASSIVE_NOMINALS.get(t.lemma_.lower()) == nominal)]
    verbs.sort(key=lambda t: (t.i not in main, t.i))
    return verbs[0] if verbs else None


_HEDGED = frozenset(["alleged", "suspected", "accused", "purported", "reported", "presumed", "so-called", "apparent"])
_HEDGE_ADVERBS = frozenset(["allegedly", "reportedly", "apparently", "reputedly", "supposedly", "purportedly",
                            "possibly", "probably", "likely"])
# Verbs whose xcomp is the act itself, done: "began to evacuate", never "tried to arrest".
_ASPECTUAL = frozenset(["begin", "start", "continue", "resume"])


def _act_hedge(v: Token) -> str | None:
    """How the act of ``v`` is told: "" as done; "Reported" or "Alleged" when a label keeps
    its hedge ("are reported to have rejected" → "Reported Rejection", "allegedly
    assaulted" → "Alleged Assault"); None when no label may own it — hedged otherwise ("is
    believed to have resigned", "apparently") or only aimed at ("tried to arrest Jones")."""
    advs = {k.lower_ for t in (v, v.head) for k in t.children if k.dep_ == "advmod"} & _HEDGE_ADVERBS
    if v.dep_ == "xcomp" and v.head.lemma_.lower() not in _ASPECTUAL:
        head = v.head.lemma_.lower()
        if advs or not any(k.dep_ == "auxpass" for k in v.head.children) or head not in {"report", "allege"}:
            return None
        return "Reported" if head == "report" else "Alleged"
    if len(advs) > 1 or advs - {"reportedly", "allegedly"}:
        return None
    return "Reported" if advs == {"reportedly"} else "Alleged" if advs else ""


def _hedged_act(v: Token) -> bool:
    """The act of ``v`` is not told plainly as done (:func:`_act_hedge`)."""
    return _act_hedge(v) != ""


def _passive_nominal(c: Candidate, nominal: str) -> bool:
    """The verb of ``nominal`` is passive: its subject had the act done to them."""
    v = _nominal_verb(c, nominal)
    return v is not None and any(k.dep_ in {"auxpass", "nsubjpass"} for k in v.children)


def _thing_noun(t: Token, text: str) -> str | None:
    """A common noun that names a thing ("roofing", "agreement"), as a label word."""
    if t.pos_ != "NOUN" or t.ent_type_ or not t.is_alpha or len(t.text) < 4:
        return None
    lemma = t.lemma_.lower()
    if lemma in _BAD_LABEL_WORDS or _is_person_noun(lemma) or lemma in _AGENT_NOUNS or lemma in _KIN \
            or lemma in _LOOSE_NOUNS or lemma in _OPENERS or not re.search(rf"\b{re.escape(t.lower_)}\b", text.lower()):
        return None
    return t.text[:1].upper() + t.text[1:].lower()


def _qualified_nominal(c: Candidate, nominal: str, text: str, who: str | None) -> list[str] | None:
    """A verb nominal with whose act it is or what it befell, as the sentence says it:
    the one it was done to ("Whiting was released" → "Whiting's Release", "removed
    Boucher" → "Boucher's Removal"), the doer of an act of theirs ("Carr's Inspection"),
    the thing it happened to ("roofing … collapsed" → "Roofing Collapse"). None when the
    sentence names neither, or more than one."""
    v = _nominal_verb(c, nominal)
    if v is None:
        return None
    hedge = _act_hedge(v)
    if hedge is None:
        h = v.head
        amount = [k for k in h.children if k.dep_ == "nsubjpass"] if v.dep_ == "xcomp" and h.lemma_.lower() in {
            "believe", "think", "estimate"} and any(k.dep_ == "auxpass" for k in h.children) else []
        if amount and (amount[0].lemma_.lower() in _QUANTITY_HEADS or any(k.dep_ == "nummod" for k in amount[0].children)):
            # "Some 100 square metres of roofing were believed to have collapsed": the estimate
            # is of how much; the roofing's collapse is told
            return _thing_label(amount[0], nominal, text)
        return None
    act = [hedge, *nominal.split()] if hedge else nominal.split()  # "Hollis' Alleged Assault"
    passive = any(k.dep_ in {"auxpass", "nsubjpass"} for k in v.children)
    subjects = [k for k in v.children if k.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and v.dep_ in {"conj", "xcomp"}:
        subjects = [k for k in v.head.children if k.dep_ in {"nsubj", "nsubjpass"}]
        if v.dep_ == "conj":
            passive = passive or any(k.dep_ == "nsubjpass" for k in subjects)
        # ("tried to arrest Jones", "is believed to have resigned" have no hedge a label keeps:
        # refused above; "are reported to have rejected": the parties' reported rejection)
    objects = [k for k in v.children if k.dep_ == "dobj"]
    if any(k.dep_ == "conj" for s in subjects for k in s.children):
        return None  # "Wiget and Abegglen were acquitted": never one of them
    done_to = nominal in _DONE_TO
    subj = subjects[0] if subjects else None
    if subj is not None and any(k.lower_ in _HEDGED for k in subj.subtree):
        return None  # "the alleged paedophile signed …": a label would drop the hedge

    def named(t: Token) -> str | None:
        ent = _ent_of(t)
        if ent is None or ent.label_ not in {"PERSON", "ORG", "GPE", "NORP"} or t.i != ent.end - 1:
            return None
        name = _label_name(ent, 3)
        return name if name and name in text else None

    if done_to:
        target = subj if passive else (objects[0] if objects else None)
        if target is None:
            return None
        name = named(target)
        return [_possessive(name), *act] if name else None
    if subj is None:
        return None
    name = named(subj)
    if name and not passive:
        return [_possessive(name), *act]
    if not passive and subj.pos_ in {"NOUN", "PROPN"} and not subj.ent_type_ and (subj.lemma_.lower() in _AGENT_NOUNS or _is_person_noun(
            subj.lemma_.lower())) and not any(k.dep_ == "nummod" or k.lower_ in {"some", "many", "a", "an", "two", "three"}
                                                for k in subj.children):
        # "The Government has declared …" → "Government's Declaration"; "Opposition Parties' Rejection"
        comp = [k for k in subj.children if k.dep_ in {"compound", "amod"} and k.i == subj.i - 1 and k.is_alpha
                and (k.pos_ in {"NOUN", "PROPN"} or k.ent_type_ == "NORP")]
        if not comp and (subj.lemma_.lower() not in _UNIQUE_NOUNS or any(k.dep_ == "poss" for k in subj.children)):
            return None  # "the district attorney's office revealed": which office? never "Office's Revelation"
        words = [w.text[:1].upper() + w.text[1:] for w in [*comp, subj]]
        if " ".join(w.text for w in [*comp, subj]).lower() in text.lower():
            if subj.lemma_.lower() in {"police", "staff", "people", "military", "public", "media"}:
                return None if hedge else [*words, *nominal.split()]  # "Police Arrival", not "Police's Arrival"
            return [*words[:-1], _possessive(words[-1]), *act]
    if objects and not passive:
        return None  # "troops shot eight children": whose act is the point, and it is no name
    return None if hedge else _thing_label(subj, nominal, text)


def _thing_label(subj: Token, nominal: str, text: str) -> list[str] | None:
    """The thing an act befell, with the act: "roofing … collapsed" → "Roofing Collapse"."""
    if subj.lemma_.lower() in _QUANTITY_HEADS or any(k.dep_ == "nummod" for k in subj.children):
        of = [o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        subj = of[0] if of else subj  # "100 square metres of roofing … collapsed": the roofing
    word = _thing_noun(subj, text)
    if word and len(nominal.split()) == 1 and word.lower() != nominal.lower():
        return [word, nominal]
    return None


_VIEW_VERBS = _REPORTING | frozenset(["feel", "hope", "expect", "want", "disagree", "contend", "consider", "predict",
                                      "insist", "warn", "urge", "praise", "criticise", "criticize", "describe", "call",
                                      "welcome", "reject", "dismiss", "question", "doubt", "wonder", "be", "remain"])
# Acts that deliver words ("has written a letter", "lodged a complaint"): their object is the aspect.
_DELIVERY_VERBS = frozenset(["write", "send", "lodge", "file", "issue", "submit", "make", "pen", "deliver", "table",
                             "release", "publish", "sign"])
_DELIVERED = frozenset(["letter", "complaint", "submission", "petition", "request", "appeal", "statement", "protest",
                        "objection", "proposal", "claim", "application", "motion", "report", "note", "warning",
                        "apology", "offer", "bid", "plea", "demand", "speech", "response", "reply", "challenge"])


def _states_view(c: Candidate) -> bool:
    """The bullet IS its speaker's statement: its main verb says, thinks, warns or judges
    ("X says …", "X believes …") — not an act of theirs ("X has written a letter")."""
    root = c.span.root
    if root.lemma_.lower() == "report":
        return False  # an outlet's report is no view
    if root.lemma_.lower() in _VIEW_VERBS:
        return True
    return any(t.dep_ in {"xcomp", "ccomp"} and t.lemma_.lower() in _VIEW_VERBS for t in root.children) or \
        c.facts.attribution is not None and c.facts.attribution.lower() not in _PRONOUNS and any(
            t.dep_ == "parataxis" and t.lemma_.lower() in _SPEECH for t in c.span)


def _says(verb: Token) -> bool:
    """A speech verb that reports words ("said", "wrote that …"), not one that makes a
    thing ("has written a letter", "posted a video"): the thing is the aspect."""
    if verb.lemma_ not in _SPEECH or verb.lemma_ == "report":
        return False  # ("…, Army Times reported": an outlet's report is no view)
    return not any(t.dep_ == "dobj" and t.pos_ == "NOUN" and t.lemma_.lower() not in {"reporter", "journalist"}
                   for t in verb.children) or verb.lemma_ in {"tell", "told", "say", "says", "said", "add", "warn"}


def _condition(c: Candidate) -> bool:
    """The speaker's words set a condition: "must first", "only if", "unless", "subject to"."""
    low = c.span.text.lower()
    root = c.span.root
    if root.lemma_.lower() not in _SPEECH:
        return False
    return bool(re.search(r"\b(?:must|will have to|would have to|has to|have to|needs? to) first\b|\bonly (?:if|when|once|"
                          r"after)\b|\bunless\b|\bsubject to\b|\bon condition\b", low))


def _act_object(c: Candidate, text: str) -> str | None:
    """What a speaker's act delivers, when the main verb delivers words: "has written a
    letter of complaint" → "Complaint", "lodged an appeal" → "Appeal"."""
    root = c.span.root
    if root.lemma_.lower() not in _DELIVERY_VERBS:
        return None
    for t in root.children:
        if t.dep_ != "dobj" or t.lemma_.lower() not in _DELIVERED:
            continue
        of = [o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
              if o.dep_ == "pobj" and o.lemma_.lower() in _DELIVERED]
        noun = of[0] if of else t
        if re.search(rf"\b{re.escape(noun.text)}\b", text):
            return noun.text[:1].upper() + noun.text[1:].lower()
    return None


_SUPERLATIVES = frozenset(["record", "first", "largest", "biggest", "highest", "lowest", "worst", "best", "historic",
                           "greatest", "smallest", "deadliest", "longest", "fastest", "sharpest", "steepest"])


_CHANGES = frozenset(["decrease", "decline", "drop", "fall", "rise", "increase", "gain", "loss", "margin", "crowd",
                      "total", "turnout", "majority", "jump", "surge", "slump", "fine", "haul"])


def _superlative_noun(c: Candidate, text: str) -> list[str] | None:
    """A superlative with the noun it qualifies in the main clause ("recorded the biggest
    decrease" → "Biggest Decrease"), never glued to another noun ("Biggest Record",
    "Worst Inspection" of "inspected the worst-hit areas")."""
    main = _main_heads(c.span)
    for t in c.span:
        if t.lower_ not in _SUPERLATIVES or t.dep_ not in {"amod", "compound"}:
            continue
        n = t.head
        if n.pos_ != "NOUN" or not (n.i in main or n.head.i in main or n.head.head.i in main):
            continue
        if t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in {"-", "‑"}:
            continue  # "worst-hit": a compound adjective, not the superlative of the noun
        if not (aspect_shaped(n) or n.lemma_.lower() in _ASPECT_EXTRA or n.lemma_.lower() in _CHANGES) or not re.search(
                rf"\b{re.escape(t.text)} {re.escape(n.text)}\b", text, re.I):
            continue
        return [t.text.title(), n.text[:1].upper() + n.text[1:].lower()]
    return None


# Verbs whose object is what their subject looks for, not theirs ("expects a better
# performance from his side" is no "Pollock's Performance").
_EXPECTING = {"expect": "Expectation", "want": "Wish", "demand": "Demand", "hope": "Hope", "seek": "Aim",
              "predict": "Prediction", "urge": "Call"}
# ("calls X's arguments 'misguided'" names them, no call)


def _owns_act(c: Candidate, lemma: str, who: str, *, pronoun: bool = False) -> bool:
    """``who`` is the one who accuses, alleges or claims: the verb's subject or the noun's
    owner names them ("Rinaudo accused police of …", "Rinaudo's claim that …"), or is
    the "he" written in as ``who`` (``pronoun``) — not a magistrate who agreed with a
    barrister who alleged."""
    last = who.split()[-1].lower()
    if pronoun:
        last = "he" if any(t.lower_ == "he" for t in c.span) else "she"
    for t in c.span:
        if t.lemma_.lower() != lemma:
            continue
        owners = [k for k in t.children if k.dep_ in {"nsubj", "poss"}]
        if t.head.lemma_ in _SPEECH and t.dep_ == "ccomp" and not owners:
            owners = [k for k in t.head.children if k.dep_ == "nsubj"]
        if any(last in {w.lower_ for w in k.subtree} for k in owners):
            return True
    return False


_PENDING_CHARGES = frozenset(["possible", "potential", "further", "additional", "more", "new", "fresh", "future"])


def _which_charges(c: Candidate) -> str:
    """The word that says which charges the sentence tells of ("Possible", "Further"),
    or "" for charges as laid."""
    for t in c.span:
        if t.lower_ != "charges" or t.pos_ != "NOUN":
            continue
        mods = [k.lower_ for k in t.children if k.dep_ == "amod" and k.lower_ in _PENDING_CHARGES]
        if mods:
            return mods[0].title()
    return ""


_NOT_EARLIER = re.compile(r"\b(?:today|tonight|now|this|next|tomorrow|coming|upcoming|later|future|current|"
                          r"currently)\b", re.I)


def told_as_past(c: Candidate) -> bool:
    """The sentence dates what it tells to an earlier time ("in January 2006", "last
    week's", "since the September 11 attacks"): what "Background" may label. Not an
    undated state or feeling ("Pat has been single for years", "was reportedly beside
    himself with grief"), whatever tense tagged it background."""
    root = c.span.root
    aux = [k.lower_ for k in root.children if k.dep_ == "aux"]
    if set(aux) & (_HYPOTHETICAL | {"would"}) and "have" in aux and root.tag_ == "VBN":
        return False  # "would have boosted his claims": what might have been, no earlier act
    if any(e.label_ in {"DATE", "TIME"} and _NOT_EARLIER.search(e.text) and e.root.head.i == root.i
           for e in c.span.ents):
        return False  # "The bureau today released its report into the crash, which killed eight in May last year"
    return any(e.label_ == "DATE" and not _NOT_EARLIER.search(e.text) and not re.fullmatch(
        r"(?:for )?(?:\w+ )?(?:years|months|weeks|days|decades)", e.text, re.I) and not _in_relative(e.root)
        for e in c.span.ents)


def _in_relative(tok: Token) -> bool:
    """``tok`` stands in a relative clause or a past participle phrase of a noun ("the
    crash, which killed eight in May", "the banks bailed out in 2008"): it dates that, not
    the act."""
    t = tok
    while t.head.i != t.i:
        if t.dep_ == "relcl" and not any(k.lower_ == "to" for k in t.children) or t.dep_ == "acl" and t.tag_ == "VBN":
            return True  # (not "a plot to escape … in 1942": the infinitive tells the act itself)
        t = t.head
    return False


def _told_earlier(c: Candidate) -> bool:
    """The sentence tells an act as earlier than the news: dated so (:func:`told_as_past`),
    "had earlier announced", "previously", or in the pluperfect ("had travelled")."""
    root = c.span.root
    return told_as_past(c) or any(t.dep_ == "advmod" and t.lower_ in {"earlier", "previously", "formerly"}
                                  for t in c.span) or (root.tag_ == "VBN" and any(
                                      k.dep_ == "aux" and k.lower_ == "had" for k in root.children))


def _written_in(b: Bullet, analysis: Analysis) -> str | None:
    """The surname :func:`standalone` wrote in for an opening "He"/"She" or a ", he said"
    frame: a person the bullet names and its source sentence does not."""
    source = b.cand.sentence.text
    for e in analysis.entities:
        if e.kind != "PERSON":
            continue
        last = e.name.split()[-1]
        if re.search(rf"\b{re.escape(last)}\b", b.text) and not re.search(rf"\b{re.escape(last)}\b", source):
            return last
    return None


def _pronoun_subject(c: Candidate) -> bool:
    """The main clause's subject (or the reported clause's) is "he"/"she"."""
    return any(
        ch.dep_ in {"nsubj", "nsubjpass"} and ch.lower_ in {"he", "she"}
        for h in _main_heads(c.span) for ch in c.span.doc[h].children
    )


def _any_aspect_noun(c: Candidate, text: str) -> Iterator[str]:
    """Aspect nouns ("Bail", "Title") anywhere in the main clause the bullet keeps,
    as a subject, an object or a preposition's object."""
    main = _main_heads(c.span)
    low = text.lower()
    for t in c.span:
        lemma = t.lemma_.lower()
        if lemma == "form" and _needs_its_of(t):
            continue  # "a form of service" is a kind, not a side's form
        if (lemma in ASPECT_NOUNS or t.lower_ in ASPECT_NOUNS) and t.pos_ == "NOUN" and _in_main_clause(t, main) \
                and re.search(rf"\b{re.escape(t.lower_)}\b", low) and not _quantifier(t) and not (
                    t.dep_ == "pobj" and t.head.lower_ in _PLACE_TIME_PREPS):  # "In the fourth season, …": when
            yield from _with_compound(t)


def _misparsed_participle(t: Token) -> bool:
    """An "-ing" noun after a compound noun, with a phrase of its own ("a football career
    playing for FC United"): a participle the tagger took for a noun, no label word."""
    comp = [k for k in t.children if k.dep_ == "compound" and k.pos_ == "NOUN" and k.i == t.i - 1]
    return t.lower_.endswith("ing") and bool(comp) and any(k.dep_ == "prep" for k in t.children)


def _object_noun(c: Candidate, text: str) -> str | None:
    """The common noun the main verb acts on ("made a fast start" → "Start"), when it
    names a thing, not a person, a place, a date or a stray word."""
    root = c.span.root
    if root.lemma_ in _COPULAS and any(t.dep_ == "attr" and any(k.lower_ in {"a", "an"} for k in t.children)
                                       for t in root.children):
        return None  # "Avastin is an antibody that …": what it is, not a thing of its ("Avastin's Antibody")
    for t in root.children:
        if t.dep_ not in {"dobj", "attr"} or t.pos_ != "NOUN" or t.ent_type_ or not t.is_alpha or len(t.text) < 4:
            continue
        lemma = t.lemma_.lower()
        if lemma in _BAD_LABEL_WORDS or _is_person_noun(lemma) or not re.search(rf"\b{re.escape(t.lower_)}\b", text.lower()) \
                or _misparsed_participle(t):
            continue
        if lemma in _AGENT_NOUNS or lemma in {"contact", "ground", "chance", "way", "line"} or root.lemma_ in _SPEECH \
                or any(k.dep_ in {"nummod", "poss"} for k in t.children):  # ("calls Hansen's arguments": Hansen's)
            continue  # "told the jury", "lasted four balls", "lost contact": not what the bullet is about
        return t.text[:1].upper() + t.text[1:].lower()
    return None


def _label_words(words: Sequence[str]) -> set[str]:
    """The words a label "uses", possessive stripped ("Union's" uses "union")."""
    out = set()
    for w in words:
        w = re.sub(r"(?:['’]s|['’])$", "", w.lower())
        out.add(re.sub(r"(?:ies)$", "y", w) if w.endswith("ies") else w[:-1] if w.endswith("s") and len(w) > 3 else w)
    # (a second speaker's "View" or "Reaction" is another label: "Gambill's View", "Seles' View")
    return out - {"the", "of", "in", "a", "an", "view", "reaction", "response", "account", "verdict"}


# One-word labels a reader takes as an aspect: the cue labels and the standing nominals.
_CUE_SINGLES = frozenset(["background", "outlook", "forecast", "rainfall", "snowfall", "illness", "prisoners",
                          "sentences", "arrests", "infections", "injuries", "damage", "verdict", "sentence", "denial",
                          "accusation", "allegation", "allegations", "charges", "claim", "suspicion", "police"])


def _lone_ok(word: str) -> bool:
    """A one-word label names the aspect on its own ("Damage", "Acquittal", "Talks"), not
    an act whose doer or object the label leaves out ("Publication", "Landing", "Fall",
    "Blame", "Call") — those are labels only with their owner ("Carr's Inspection")."""
    w = word.lower()
    if w in _CUE_SINGLES or w in STANDALONE_NOMINALS:
        return True
    one = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
    if {w, one} & _NEEDS_WHOSE:
        return False
    if {w, one} & (ASPECT_NOUNS | _ASPECT_EXTRA):
        return True  # "Study", "Agreement", "Impact", "Threat"
    if w in _NOMINAL_WORDS:
        return False
    return bool({w, one} & _EVENT_NOUN_SET - {"visit", "meeting", "review", "decision", "release", "launch"}) or \
        w in {"discussions", "insights"} or (bool(re.search(r"(?:ment|ness|ship|ism)s?$", w)) and
                                             one not in _THING_SUFFIXED)  # ("Commitment", never "Apartment")


# Words with an abstract noun's ending that name a body, a place, a thing or a person, no
# aspect: one alone is a stray noun ("Apartment", "Government", "Witness").
_THING_SUFFIXED = frozenset([
    "government", "parliament", "department", "apartment", "basement", "moment", "witness", "business", "tournament",
    "environment", "equipment", "instrument", "document", "monument", "pavement", "element", "segment", "compartment",
    "regiment", "garment", "fragment", "shipment", "establishment", "management", "movement", "embankment",
    "encampment", "catchment", "tenement", "implement", "supplement", "ornament", "cement", "sediment", "wilderness",
    "harness", "township", "prism", "organism", "mechanism", "championship", "dealership", "sponsorship",
    "membership", "leadership", "ownership", "partnership", "relationship"])


# Aspect nouns that a reader takes for a stray noun alone: whose design, record, support,
# performance, victory? They name the aspect only with their owner ("Pollard's Expectation").
_NEEDS_WHOSE = frozenset(["design", "record", "support", "opposition", "plan", "plans", "campaign", "performance",
                          "blame", "call", "fall", "reaction", "response", "welcome", "promise", "victory", "defeat",
                          "win", "draw", "goal", "score", "form", "career", "season", "future", "motivation",
                          "history", "comeback", "publication", "landing", "kite", "rope", "footage", "ticket",
                          "tickets", "squad", "lineup", "popularity", "role"])


def _names_an_act(word: str) -> bool:
    """A word that names an act, an event or an aspect by the module's own lists
    ("Complaint", "Request", "Victories"): a thing the sentence mentions ("Fences",
    "Restaurant", "Motion", "Situation") is none."""
    w = word.lower()
    one = re.sub(r"ies$", "y", w) if w.endswith("ies") else w[:-1] if w.endswith("s") and not w.endswith("ss") else w
    known = _NOMINAL_WORDS | ASPECT_NOUNS | _EVENT_NOUN_SET | _ASPECT_EXTRA | _CUE_SINGLES | STANDALONE_NOMINALS
    return bool({w, one} & ({k.lower() for k in known} - _THING_ASPECTS))


_THING_ASPECTS = frozenset(["kite", "rope", "footage", "ticket", "tickets", "weapons", "court"])
"""Aspect nouns that are things: a story's aspect only with whose or which."""


def _ok_label(words: Sequence[str], *, lone: bool = False) -> bool:
    if not 1 <= len(words) <= 4 or not all(words):
        return False
    if len(words) == 1 and not lone and not _lone_ok(words[0]):
        return False
    if len(words) == 1 and lone and not _names_an_act(words[0]):
        return False  # the last resort is an act or an aspect ("Complaint"), never a thing ("Fences", "Motion")
    low = [w.lower() for w in words]
    if any(w in {"example", "examples", "instance", "instances"} for w in low):
        return False  # "Example Treatment" of "…, for example treatment": a connective, no aspect
    return not any(w in _PRONOUNS for w in low) and not all(re.sub(r"['’]s?$", "", w) in _BAD_LABEL_WORDS for w in low)


def _half_of_pair(b: Bullet, words: Sequence[str]) -> bool:
    """A one-word label that is the first half of a pair the bullet names as one ("Law"
    of "law and order", "Bread" of "bread and butter"): it names half the aspect."""
    if len(words) != 1:
        return False
    w = words[0].lower()
    if {w, w.rstrip("s")} & (_EVENT_NOUN_SET | _PAGE_EVENTS):
        return False  # "Fires" of "fires and rioting abated": a happening of its own
    doc = b.cand.span.doc
    for t in b.cand.span:
        if t.lower_ != w or t.i + 2 >= len(doc):
            continue
        nxt, after = doc[t.i + 1], doc[t.i + 2]
        if nxt.lower_ in {"and", "or", "&"} and after.dep_ == "conj" and after.head.i == t.i and not any(
                k.dep_ == "det" for k in after.children):
            return True
    return False


def label_for(b: Bullet, analysis: Analysis, used: set[str], *, plain: bool = True, role: bool = True,
              name: bool = True, lone: bool = False, shared: frozenset[str] = frozenset()) -> str | None:
    """The first good label of the bullet sharing no word with ``used`` (which it extends);
    with ``plain``, a plain one (:func:`plain_labels`), then one from its role
    (:func:`role_labels`), then (with ``name``) its subject's name (:func:`_subject_name`),
    when no other passes. Words of ``shared`` (names) may repeat when the label has a word
    of its own besides ("Habeel's View" after "Habeel's Account")."""

    def taken(lw: set[str]) -> bool:
        own = {w for w in lw if not w.startswith("=")} - shared
        return bool((lw - shared) & used) or (bool(shared) and not own)

    for words in label_options(b, analysis):
        if len(words) == 1 and not lone:
            words = _possessed(b, words[0]) or words  # "India's commitment" → "India's Commitment": whose
        if not _ok_label(words, lone=lone):
            continue
        for first in ([owned] if (owned := _with_owner(b, words)) else []) + [list(words)]:
            option = _checked(b, first)
            if option is None:
                continue
            lw = _label_words(option) | {"=" + " ".join(option).lower()}  # (never one label twice: "Verdict")
            if taken(lw):
                continue
            used |= lw
            return title_case(option)
    named = _subject_name(b.cand, b.text) if role and name and b.text[:1] not in "‘“'\"" and not b.cand.facts.is_quote \
        else iter(())
    for words in [*plain_labels(b, analysis), *(role_labels(b, analysis) if role else ()), *named] if plain else ():
        if len(words) == 1:
            words = _possessed(b, words[0]) or words  # ("Haldane's Arguments", never a lone "Arguments")
        checked = _checked(b, words)
        if checked is None:
            continue
        words = checked
        lw = _label_words(words) | {"=" + " ".join(words).lower()}
        if not _ok_label(words, lone=lone) or taken(lw):
            continue
        used |= lw
        return title_case(list(words))
    return None


# Verbs whose very act is an opinion, a claim or a judgement ("X warns …", "X insists …").
_OPINING = frozenset(["believe", "think", "warn", "insist", "claim", "argue", "urge", "fear", "hope", "expect",
                      "predict", "suggest", "deny", "accuse", "criticise", "criticize", "welcome", "reject", "demand",
                      "maintain", "contend", "agree", "disagree", "admit", "concede", "feel", "want", "doubt",
                      "suspect", "describe", "praise", "blame", "condemn", "dismiss", "defend", "vow", "promise",
                      "pledge", "forecast", "estimate", "recommend", "propose", "acknowledge", "allege", "hail",
                      "slam", "worry", "need", "prefer", "wish", "consider", "regard", "regret", "appreciate",
                      "respect", "trust", "support", "oppose"])
_OPINION_AUX = frozenset(["should", "must", "could", "would", "may", "might", "can", "ca", "will", "wo", "'ll", "’ll",
                          "shall", "ought", "need"])
_COPULA_VIEW = frozenset(["be", "seem", "appear", "look", "sound", "become", "remain", "feel"])


# Participles of feeling or judgement ("was disappointed", "is concerned"): a state of mind.
_PSYCH = frozenset(["disappoint", "surprise", "concern", "please", "satisfy", "shock", "worry", "devastate", "delight",
                    "thrill", "encourage", "frustrate", "upset", "anger", "sadden", "alarm", "relieve", "impress",
                    "convince", "amaze", "stun", "dismay", "disgust", "horrify", "trouble", "hearten", "excite"])
_DEGREE = frozenset(["well", "badly", "easily", "poorly", "better", "best", "worse", "deeply", "highly", "too",
                     "very", "so", "fully", "perfectly", "ideally"])


def _view_clause(v: Token) -> bool:
    """The clause ``v`` heads states an opinion, a claim or an assessment: an opining verb,
    a modal ("should", "will": a call or a forecast), a judging copula ("the bomb was
    effective", "it is a positive sign"), a state of mind ("was disappointed"), a negated
    state, a judgement in the simple present ("the win makes up for …") — not an event
    told ("was found", "went into", "has been set up")."""
    if v.lemma_.lower() in _OPINING:
        return True
    kids = list(v.children)
    if v.lemma_.lower() in {"have", "need", "ought"} and any(k.dep_ == "xcomp" for k in kids):
        return True  # "the Authority has to act on its words": a call
    if any(k.dep_ in {"aux", "auxpass"} and k.lemma_.lower() in {"feel", "feels", "felt", "seem", "appear"} for k in kids):
        return True  # "she feels devastated" (read as a passive): a feeling
    if any(k.dep_ == "neg" or k.lower_ == "never" for k in kids):
        return True  # "the vehicle does not present any danger", "Lane never made advances": a denial, an assurance
    if any(k.dep_ in {"aux", "auxpass"} and k.lower_ in _OPINION_AUX for k in kids):
        return True
    passive = any(k.dep_ == "auxpass" for k in kids)
    if passive and (v.lemma_.lower() in _PSYCH or any(k.dep_ == "advmod" and k.lower_ in _DEGREE for k in kids)):
        return True  # "he was disappointed", "Australia is well placed", "was easily led"
    if v.lemma_.lower() in _COPULA_VIEW and not passive and any(k.dep_ in {"acomp", "attr", "oprd", "xcomp"} for k in kids):
        return True
    if not passive and any(k.dep_ in {"acomp", "oprd"} or (k.dep_ == "ccomp" and k.tag_ in {"JJR", "JJS"}) for k in kids):
        return True  # "has made it easier" (never "was found unconscious")
    if v.tag_ in {"VBZ", "VBP"} and not passive and not any(k.dep_ == "aux" for k in kids):
        return True  # "the victory makes up for …", "he looks forward to …": a judgement, a stance
    if v.tag_ == "VBG" and not passive and any(k.dep_ == "aux" and k.lower_ in _PRESENT_AUX for k in kids):
        return True  # "they are still coming to terms with the loss", "is keenly watching": a state now
    return any(k.dep_ in {"xcomp", "ccomp", "conj", "advcl"} and k.pos_ in {"VERB", "AUX"} and _view_clause(k)
               for k in kids)


def reports_view(b: Bullet) -> bool:
    """The bullet gives its speaker's view (an opinion, a claim, a call, a forecast, a
    judgement, or their own words quoted), not an account of what happened told on their
    word ("Esmond was found unconscious, Maron said"; "Ms Almao told the radio station
    she had gone to Macapa"; "The tape showed …, the Pentagon said"): "X's View" only
    over the first (the s14 blind read struck it over facts)."""
    c = b.cand
    if c.facts.is_quote or any(len(m.group(1).split()) >= 3 for m in _QUOTED.finditer(b.text)):
        return True
    root = c.span.root
    if root.lemma_.lower() in _OPINING:
        return True
    if root.lemma_.lower() in {"tell", "ask", "order", "instruct", "advise"} and any(
            k.dep_ == "xcomp" for k in root.children):
        return True  # "has told allies to prepare for …": a call
    if root.lemma_.lower() in _SPEECH:
        content = [k for k in root.children if k.dep_ in {"ccomp", "xcomp", "parataxis"}] or [
            k for k in root.subtree if k.dep_ == "relcl" and k.head.head.i == root.i and k.head.dep_ in {"dobj", "dative"}
            and any(s.dep_ == "nsubj" and s.pos_ == "PRON" for s in k.children)]  # ("told the station she had gone …")
        if not content:
            return True  # ("X said so", "X explained the decision"): nothing told on their word
        return any(_view_clause(k) for k in content)
    # "Esmond was found …, Maron said": the frame hangs off the told clause
    return _view_clause(root)


def _checked(b: Bullet, words: Sequence[str]) -> list[str] | None:
    """``words`` as a label of ``b`` may stand (:func:`_as_account`), or None (half of a pair)."""
    return None if _half_of_pair(b, words) else _as_account(b, words)


def _as_account(b: Bullet, words: Sequence[str]) -> list[str] | None:
    """``words`` with a speaker's "View" made their "Account" when the bullet tells what
    happened on their word rather than their view (:func:`reports_view`); None for a
    speaker's label over one the main clause only says was said of ("Ibo Cha was said to
    have been beaten …": no view nor account of his)."""
    out = list(words)
    if len(out) >= 2 and out[-1] in {"View", "Account"} and re.search(r"['’]s?$", out[-2]):
        root = b.cand.span.root
        if root.lemma_.lower() in _SPEECH and any(k.dep_ == "auxpass" for k in root.children):
            return None
        if out[-1] == "View" and not reports_view(b):
            out[-1] = "Account"
    return out


def _name_words(analysis: Analysis) -> frozenset[str]:
    """The words of the story's person names, as :func:`_label_words` keeps them."""
    return frozenset(_label_words([w for e in analysis.entities if e.kind == "PERSON"
                                   for f in (e.name, *e.aliases) for w in f.split()]))


# Heads of a speaker phrase that names no one ("American defence officials", "diplomatic
# sources"): the phrase itself says who speaks.
_SPEAKING_BODIES = frozenset(["officials", "sources", "officers", "police", "witnesses", "residents", "analysts",
                              "experts", "investigators", "doctors", "authorities", "diplomats", "prosecutors",
                              "researchers", "scientists", "organisers", "organizers", "critics", "campaigners"])


# The words of a label that says what kind of line it is, not what it is about.
_ROLE_WORDS = frozenset(["view", "account", "reaction", "response", "words", "in", "verdict", "next", "step", "steps",
                         "background", "outlook", "on", "of", "for", "to"])
# A date that sets an act before the news ("in 1994", "in February", "10 days ago", "last
# year"), not the news's own day ("yesterday", "on Friday").
_LONG_BEFORE = re.compile(r"\b(?:1[89]\d\d|20\d\d|January|February|March|April|May|June|July|August|September|"
                          r"October|November|December|ago|last (?:week|month|year|season|summer|winter|spring|autumn)"
                          r"|(?:past|last) (?:few |two |three )?(?:years?|months?|decades?)|previous|earlier)\b")


def _told_long_before(c: Candidate) -> bool:
    """The sentence tells an act earlier than the news: in the pluperfect, with "earlier"
    or "previously", or dated by a year, a month or "… ago" (:func:`told_as_past`)."""
    root = c.span.root
    if any(t.dep_ == "advmod" and t.lower_ in {"earlier", "previously", "formerly"} for t in c.span) or (
            root.tag_ == "VBN" and any(k.dep_ == "aux" and k.lower_ == "had" for k in root.children)):
        return True
    return told_as_past(c) and any(e.label_ == "DATE" and _LONG_BEFORE.search(e.text) and not _in_relative(e.root)
                                   for e in c.span.ents)


def _pronoun_before_name(text: str, analysis: Analysis) -> bool:
    """A "he"/"she"/"his"/"her" outside quotation marks before any person the text names."""
    outside = re.sub(r"[‘“\"][^’”\"]*[’”\"]", lambda m: " " * len(m.group(0)), text)
    m = _THIRD_PERSON.search(outside)
    if m is None:
        return False
    before = text[: m.start()]
    return not any(names(e, before) for e in analysis.entities if e.kind == "PERSON")


def _body_speaker(c: Candidate) -> list[str] | None:
    """The speaker phrase of an attributed sentence whose speakers are a plural body named
    by its kind ("American defence officials say …", "Palestinian officials said"): the
    phrase's words, at most three, without its article."""
    who = (c.facts.attribution or "").strip()
    words = re.sub(r"^(?:the|some|several|two|three|many|senior)\s+", "", who, flags=re.I).split()
    if not 1 <= len(words) <= 3 or words[-1].lower() not in _SPEAKING_BODIES:
        return None
    if any(not re.fullmatch(r"[A-Za-z-]+", w) for w in words):
        return None
    return words


def fallback_label(b: Bullet, analysis: Analysis, used: set[str], *, plain: bool = True) -> str | None:
    """The label of last resort, for a good bullet no other label names when the part is
    short of its minimum: what kind of line it is — a speaker's "View" or "Account" (the
    speaker's name may repeat another label's), a body's ("Defence Officials' Account"),
    "Background" for an act the sentence dates or tells as earlier, "Next Step" for one
    still to come. None for any other (no label that fits any line: "Detail")."""
    c = b.cand
    if _pronoun_before_name(b.text, analysis):
        return None  # "On Wednesdays, she works on …": who? (a line only a last resort names must be plain)
    shared = _name_words(analysis)
    outside = re.sub(r"[‘“\"][^’”\"]*[’”\"]", " ", b.text).lower()
    trial = set(used)
    found = label_for(b, analysis, trial, shared=shared) if plain else None
    if found is not None and all(w.lower() in _ROLE_WORDS or re.search(rf"\b{re.escape(w.lower())}", outside)
                                 for w in found.split() if w.lower() not in shared):
        used |= trial  # ("Soorley's Tradition" of "'Within the Christian tradition, …'": a word of the quotation)
        return found
    options: list[list[str]] = []
    quoted = any(len(m.group(1).split()) >= 3 for m in _QUOTED.finditer(b.text))
    view = "View" if quoted or c.facts.is_quote else "Account"
    speaker = (_speaker(c, b.text, analysis) if c.facts.attribution else None) or _frame_speaker(b.text, analysis)
    if speaker:
        options += [[_possessive(speaker), view], ["In", _possessive(speaker), "Words"] if view == "View" else
                    [_possessive(speaker), "View" if reports_view(b) else "Account"]]
    elif (body := _body_speaker(c)) is not None:
        options.append([*body[:-1], _possessive(body[-1]), view])
    if c.roles.has("next") and not c.facts.is_quote and upcoming(c, analysis):
        options.append(["Next", "Step"])
    elif not c.facts.attribution and not c.facts.is_quote and c.span.root.lemma_ not in _REPORTING | {
            "indicate", "report", "show", "feel", "hope", "expect", "want", "predict"} and not upcoming(
            c, analysis) and _told_long_before(c):
        options.append(["Background"])
    for words in options:
        lw = _label_words(words) | {"=" + " ".join(words).lower()}
        if (lw - shared) & used or not _ok_label(words):
            continue
        used |= lw
        return title_case(words)
    return None


def _thing_chunk_only(b: Bullet) -> bool:
    """The bullet's main clause offers a noun phrase as its label that names a thing, not
    an aspect ("Illegal Fireworks", "Hour Shifts"): refused, so the line is named by its
    role instead (:func:`role_fallback`) — the s14 read lost good lines for want of one."""
    refused: list[str] = []
    for _ in _chunk_labels(b.cand, b.text, refused):
        pass
    return bool(refused)


def role_fallback(b: Bullet, analysis: Analysis, used: set[str]) -> str | None:
    """A label from the line's role or subject, for a line whose only label was a refused
    thing phrase (:func:`_thing_chunk_only`): a speaker's or a body's view, "Next Step"
    or "Background" (:func:`fallback_label`, without the plain labels it tries first);
    else a view held or a blame laid by a named subject or a body ("Residents' View"), a
    named actor's act ("Toledo's Move", "X's Decision"), a forecast ("Outlook"). None
    for a denied act ("did not cut short …")."""
    c = b.cand
    root = c.span.root
    kids = list(root.children)
    if any(k.dep_ == "neg" for k in kids):
        return None  # "did not cut short …", "hasn't revealed …": no move or account of theirs
    trial = set(used)
    found = fallback_label(b, analysis, trial, plain=False)
    if found is not None:
        used |= trial
        return found
    if b.text[:1] in "‘“'\"" or _pronoun_before_name(b.text, analysis):
        return None
    subj = next((k for k in kids if k.dep_ == "nsubj"), None)
    options: list[list[str]] = []
    who = _actor(b, subj, analysis) if subj is not None else None
    lemma = root.lemma_.lower()
    if who and lemma in _BLAME_VERBS:
        options.append([*who[:-1], _possessive(who[-1]), "View"])  # "Local residents blame …": "Residents' View"
    elif who and subj is not None and _named_act(c, subj):
        options.append([_possessive(" ".join(who)), "Decision" if lemma in _DECIDING else "Move"])  # "Toledo's Move"
    if any(k.dep_ == "aux" and k.lower_ in {"will", "should", "may", "could", "might"} for k in kids) and \
            not c.facts.attribution and not c.facts.is_quote and not c.roles.has("background"):
        options.append(["Outlook"])  # "… should see a recovery start in the 12 months ahead"
    for words in options:
        lw = _label_words(words) | {"=" + " ".join(words).lower()}
        if (lw - _name_words(analysis)) & used or not _ok_label(words):
            continue
        used |= lw
        return title_case(words)
    return None


def _named_act(c: Candidate, subj: Token) -> bool:
    """The main clause tells an act done by its named subject ("Mayor Tarrant has cut short
    his holiday"): an active verb of acting, not of saying or of a state ("holds a lead"),
    told as done (not "will", "could"), outside a quotation."""
    root = c.span.root
    named = subj.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or subj.pos_ == "PRON"
    return named and not c.facts.is_quote and root.pos_ == "VERB" and root.tag_ in {"VBD", "VBN", "VBZ"} \
        and root.lemma_.lower() not in _REPORTING | _STATE_VERBS and not any(
            k.dep_ in {"auxpass", "nsubjpass"} or (k.dep_ == "aux" and k.lower_ in _HYPOTHETICAL | {"will", "would"})
            for k in root.children)


# Verbs of holding or stating a view, blame or belief: the subject's view.
_BLAME_VERBS = frozenset(["blame", "believe", "claim", "fear", "insist", "argue", "think", "maintain", "suspect", "doubt",
                         "contend", "feel"])
# Verbs of a state, not an act ("holds a lead", "includes", "needs"): no one's move.
_STATE_VERBS = frozenset(["be", "have", "hold", "include", "remain", "need", "want", "see", "know", "like", "love",
                          "own", "contain", "face", "lie", "live", "sit", "stand", "seem", "appear", "look", "become",
                          "stay", "lack", "mean", "cost", "weigh", "involve", "require", "deserve", "hope", "expect",
                          "wish", "get", "lose", "suffer", "die", "feel", "hear", "receive"])
_DECIDING = frozenset(["decide", "choose", "opt", "refuse", "cancel", "scrap", "abandon", "postpone", "quit", "resign",
                       "withdraw", "drop", "agree", "vote"])


def _actor(b: Bullet, subj: Token, analysis: Analysis) -> list[str] | None:
    """The subject of a bullet's main verb as a label's owner: a named person by surname,
    a named body short, a pronoun by the name the bullet was written in with, or a body
    named by its kind ("Local residents" → "Residents")."""
    if any(k.dep_ == "conj" for k in subj.children):
        return None  # "Spain and Portugal": never one member
    if subj.pos_ == "PRON":
        name = _written_in(b, analysis) if subj.lower_ in {"he", "she"} else None
        return name.split() if name and b.text.startswith(name.split()[0]) else None
    ent = _ent_of(subj)
    if ent is not None and ent.label_ in {"PERSON", "ORG", "GPE", "NORP"} and subj.i == ent.end - 1:
        name = _label_name(ent, 3)
        return name.split() if name and name in b.text else None
    if subj.pos_ == "NOUN" and subj.lower_ in _SPEAKING_BODIES and subj.lower_ in b.text.lower():
        return [subj.text.capitalize()]
    return None


def _possessed(b: Bullet, word: str) -> list[str] | None:
    """A noun with the named owner the sentence gives it ("Rovers' campaign" → "Rovers'
    Campaign"), as a label that says whose."""
    toks = [t for t in b.cand.span if t.lower_ == word.lower() and t.pos_ == "NOUN"]
    for t in toks[:1]:
        for k in t.children:
            if k.dep_ != "poss":
                continue
            ent = _ent_of(k)
            if ent is None or ent.label_ not in {"PERSON", "ORG", "GPE", "NORP"}:
                return None
            name = _label_name(ent, 3)
            name = re.sub(r"['’]s?$", "", name) if name else name  # (an entity may end on its "'s")
            if name and name in b.text:
                return [_possessive(name), word]
    return None


_OWNER_PRONOUNS = {"his": "PERSON", "her": "PERSON", "its": "BODY", "their": "BODY"}


def _with_owner(b: Bullet, words: Sequence[str]) -> list[str] | None:
    """A one-noun label with its owner's name, when the bullet's main subject is a name and
    the noun is that subject's own by a possessive pronoun ("Adebayor has … but his
    inconsistent form has led …" → "Adebayor's Form", not "Form"): never an owner the
    sentence does not give the noun."""
    if len(words) != 1:
        return None
    c = b.cand
    noun = words[0].lower()
    toks = [t for t in c.span if t.lower_ == noun and t.pos_ == "NOUN"]
    poss = [k for t in toks for k in t.children if k.dep_ == "poss" and k.lower_ in _OWNER_PRONOUNS]
    if len(toks) != 1 or not poss:
        return None
    for h in sorted(_main_heads(c.span)):
        for ch in c.span.doc[h].children:
            if ch.dep_ not in {"nsubj", "nsubjpass"} or ch.i > poss[0].i:
                continue
            if any(k.dep_ == "conj" for k in ch.children):
                return None
            ent = _ent_of(ch)
            if ent is None or ent.label_ not in {"PERSON", "ORG", "GPE", "NORP"}:
                return None
            if (ent.label_ == "PERSON") != (_OWNER_PRONOUNS[poss[0].lower_] == "PERSON"):
                return None  # "Smith … its budget": another's
            name = _label_name(ent, 3)
            if not name or name not in b.text:
                return None
            return [_possessive(name), words[0]]
    return None


# A main verb's act as its owner's aspect ("Reyes warned …" → "Reyes' Warning"): the
# plain label of a bullet no aspect, cue or noun phrase names.
OWNED_ACTS = {
    "warn": "Warning", "plan": "Plan", "claim": "Claim", "call": "Call", "urge": "Call", "offer": "Offer",
    "criticise": "Criticism", "criticize": "Criticism", "promise": "Promise", "pledge": "Pledge", "vow": "Vow",
    "predict": "Prediction", "admit": "Admission", "propose": "Proposal", "suggest": "Suggestion",
    "threaten": "Threat", "refuse": "Refusal", "decide": "Decision", "resign": "Resignation", "retire": "Retirement",
    "apologise": "Apology", "apologize": "Apology", "demand": "Demand", "reject": "Rejection", "praise": "Praise",
    "oppose": "Opposition", "back": "Backing", "support": "Support", "hope": "Hope", "insist": "Insistence",
    "argue": "Argument", "announce": "Announcement", "confirm": "Confirmation", "deny": "Denial", "appeal": "Appeal",
    "request": "Request", "recommend": "Recommendation", "concede": "Concession", "accept": "Acceptance",
    "expect": "Expectation", "fear": "Fears", "welcome": "Welcome", "complain": "Complaint", "ask": "Request",
    "defend": "Defence", "describe": "Description", "reveal": "Revelation", "estimate": "Estimate",
    "sign": "Signing", "join": "Move", "switch": "Move", "move": "Move", "leave": "Exit", "quit": "Exit",
    "return": "Return", "replace": "Replacement", "appoint": "Appointment", "invest": "Investment",
    "sell": "Sale", "buy": "Purchase", "bid": "Bid", "pursue": "Pursuit", "poach": "Interest",
    "assure": "Assurance",
}
# Nouns too loose to name a bullet's point on their own ("the scene", "the streets", "pulled the trigger").
_LOOSE_NOUNS = frozenset(["contact", "ground", "chance", "way", "line", "backdrop", "rest", "lot", "scene", "streets",
                          "street", "trigger", "face", "hand", "hands", "eyes", "head", "shoulder", "arm", "leg", "legs",
                          "ball", "balls", "stuff", "bunch", "sort", "field", "shape", "degree", "amount", "extent", "list"])
# Nouns an "on/over/against X" completes ("Pressure on Arafat").
_ON_NOUNS = frozenset(["pressure", "attack", "attacks", "ban", "sanctions", "talks", "vote", "criticism", "demands",
                       "limits", "restrictions", "focus", "strain", "war", "decision", "ruling", "row", "dispute",
                       "stance", "position", "impact", "crackdown", "embargo", "raid", "raids", "probe", "inquiry"])
# Passive verbs of speculation: "X has been tipped to replace Y" is talk of a replacement.
_TALK_VERBS = frozenset(["tip", "link", "tout", "rumour", "rumor", "expect", "fancy"])
# "ready/poised to poach": a club's interest, not the act.
_READY = frozenset(["ready", "poised", "keen", "eager", "set", "prepared", "willing"])
_PLAIN_DEPS = frozenset(["dobj", "attr", "nsubj", "nsubjpass"])
_OPENERS = frozenset(["teen", "teenager", "youngster", "toddler", "infant", "pensioner", "adult", "opener", "openers",
                      "youth", "couple", "crowd", "mob", "gunman", "attacker", "crews", "crew"])
_COPULAS = frozenset(["be", "become", "remain", "seem", "look", "appear", "stay"])


def _owner(verb: Token) -> str | None:
    """The named agent of ``verb``: a person by surname, a body by its short name."""
    for ch in verb.children:
        if ch.dep_ != "nsubj":
            continue
        if any(k.dep_ == "conj" for k in ch.children):
            return None
        ent = _ent_of(ch)
        if ent is None and ch.pos_ == "PROPN" and not ch.ent_type_:
            return ch.text if not any(k.dep_ == "compound" for k in ch.children) else None  # "Northport, coached by …"
        if ent is None or ent.label_ not in {"PERSON", "ORG", "GPE", "NORP"} or ch.i != ent.end - 1:
            return None
        return _label_name(ent, 2)
    return None


def _clause_chain(root: Token) -> list[Token]:
    """The main verb and the clauses it reports or joins, two levels deep
    ("insisted the President had said the relationship was …")."""
    out, frontier = [root], [root]
    for _ in range(3):
        frontier = [t for h in frontier for t in h.children
                    if t.dep_ in {"ccomp", "conj"} and t.pos_ in {"VERB", "AUX"}]
        out += frontier
    return out


def _plain_noun(t: Token, text: str) -> list[str] | None:
    """A common noun as a plain label ("Insights", "Fences", "Pressure on Arafat")."""
    if t.pos_ != "NOUN" or t.ent_type_ or not t.is_alpha or len(t.text) < 4 or t.text[:1].isupper():
        return None
    lemma = t.lemma_.lower()
    if lemma in _BAD_LABEL_WORDS or _is_person_noun(lemma) or lemma in _AGENT_NOUNS or t.lower_ in _AGENT_NOUNS \
            or _quantifier(t) or lemma in _LOOSE_NOUNS or t.lower_ in _LOOSE_NOUNS or lemma in _OPENERS:
        return None
    if (t.i > 0 and t.doc[t.i - 1].text == "-") or _misparsed_participle(t):
        return None  # "back-burning" is no "Burning", "career playing for" no "Career Playing"
    if any(k.dep_ == "nummod" or (k.dep_ == "poss" and k.lower_ in _PRONOUNS) or
           (k.dep_ == "det" and k.lower_ in {"no", "any"}) for k in t.children):
        return None  # "two balls later", "shielded his face", "does not present any danger"
    if t.dep_ == "dobj" and t.head.lemma_ in _LIGHT_VERBS | _SPEECH:
        return None
    if not re.search(rf"\b{re.escape(t.lower_)}\b", text.lower()):
        return None
    words = [t.text.lower()]
    comp = [m for m in t.children if m.dep_ == "compound" and m.pos_ == "NOUN" and m.i == t.i - 1 and m.is_alpha
            and not (m.i > 0 and m.doc[m.i - 1].text == "-")]
    if comp and (not _aspect_head(t) or any(k.dep_ == "nummod" or k.like_num for k in comp[0].children)):
        return None  # a compound that names a thing ("Child Care" of a list, "Fire Hoses"), not the aspect, or
        # half of a count ("Hour Shifts" of "10 hour shifts")
    if comp:
        words.insert(0, comp[0].text.lower())
    elif not aspect_shaped(t) and not (t.dep_ == "dobj" and t.head.head.i == t.head.i):
        return None  # a thing that acts or is ("Animals", "Engine"), not the aspect; what is acted on may be
    for p in t.children:
        if p.dep_ == "prep" and p.lower_ in {"on", "over", "against"} and p.i == t.i + 1 and lemma in _ON_NOUNS:
            objs = [o for o in p.children if o.dep_ == "pobj" and o.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}]
            ent = _ent_of(objs[0]) if objs else None
            if ent is not None:
                name = [w for w in ent.text.split() if w.lower() not in {"the", "mr", "mrs", "ms", "dr", "miss"}]
                name = name[-1:] if ent.label_ == "PERSON" else name
                if name and len(words) + 1 + len(name) <= 4 and " ".join(name) in text:
                    words += [p.lower_, *name]
    return [w if w in {"on", "over", "against"} else w[:1].upper() + w[1:] for w in words]


_NOMINALISED = re.compile(r"(?:tion|sion|ment|ance|ence|ness|ure|ship|sis|ism|ing)s?$")


def aspect_shaped(t: Token) -> bool:
    """A lone noun that can name an aspect: an aspect noun ("Debt"), an event's noun
    ("Raid", "Talks") or a verb made noun ("Closure", "Insistence", "Bombing") — not a
    thing the sentence mentions ("Farm", "Animals", "Train")."""
    lemma, low = t.lemma_.lower(), t.lower_
    return (lemma in ASPECT_NOUNS or low in ASPECT_NOUNS or lemma in _EVENT_NOUNS_LOW or low in _EVENT_NOUNS_LOW
            or lemma in _ASPECT_EXTRA or bool(_NOMINALISED.search(low)))


_ASPECT_EXTRA = frozenset(["bill", "insight", "answer", "impact", "effect", "term", "accord", "treaty", "pact",
                           "truce", "progress", "result", "response", "reason", "plan", "deal", "role", "task",
                           "target", "risk", "pressure", "havoc", "relationship", "tension", "talk", "crisis",
                           "shortfall", "surplus", "deficit", "rate", "rates", "fear", "hope", "doubt", "concern",
                           "claim", "change", "problem", "aim", "goal"])
"""Aspect nouns a plain label may be besides :data:`ASPECT_NOUNS` and the event nouns."""
_EVENT_NOUN_SET = frozenset(_EVENT_NOUNS)
_NOMINAL_WORDS = frozenset(w.lower() for w in [*NOMINALS.values(), *OWNED_ACTS.values()] if " " not in w)


def plain_labels(b: Bullet, analysis: Analysis) -> Iterator[list[str]]:
    """Plain but true labels for a bullet no aspect names, the best first: its owner's
    act ("Porto's Interest", "Reyes' Warning"), talk of an act ("Replacement Talk"), the
    noun its main clause acts on or tells of ("Insights", "Pressure on Arafat"), a
    speaker's view, its main verb's nominal alone. Never a bare name, a role word alone
    or a word that says nothing ("Detail", "Other")."""
    c, text = b.cand, b.text
    if text[:1] in "‘“'\"":
        return  # a direct quotation: its speaker's view or nothing
    if scene_narration(c):
        return  # a moment told as it unfolds: any noun of it is a stray one ("Train", "Engine")
    root = c.span.root
    passive = any(t.dep_ in {"auxpass", "nsubjpass"} for t in root.children)
    neg = any(t.dep_ == "neg" or (t.dep_ in {"nsubj", "nsubjpass"} and any(
        k.lower_ in {"no", "none"} for k in t.children)) or (t.dep_ == "dobj" and t.lower_ == "fire")
        or (t.dep_ == "aux" and t.lower_ in _HYPOTHETICAL)
        for t in root.children)  # (and "returned fire" is no return; "could decide" no decision)
    verb = root.lemma_.lower()
    particle = next((t.lower_ for t in root.children if t.dep_ == "prt"), None)
    if particle is not None and f"{verb} {particle}" not in _PHRASAL_KEEPS:
        verb = f"{verb} {particle}"  # "backed down" is no "Backing": another verb, in no table
    xcomp = [t for t in root.children if t.dep_ == "xcomp" and t.pos_ == "VERB"]
    acomp = [t for t in root.children if t.dep_ == "acomp" and t.lower_ in _READY]
    if not neg:
        if passive and verb in _TALK_VERBS and xcomp and xcomp[0].lemma_.lower() in OWNED_ACTS:
            yield [*OWNED_ACTS[xcomp[0].lemma_.lower()].split(), "Talk"]  # "has been tipped to replace"
        owner = _owner(root) or (_written_in(b, analysis) if _pronoun_subject(c) else None)
        act = None
        if not passive and verb in OWNED_ACTS and verb not in _SPEECH - {"warn", "claim", "insist"} and not (
                verb == "call" and not any(t.dep_ == "prep" and t.lower_ in {"for", "on"} for t in root.children)):
            act = OWNED_ACTS[verb]  # ("calls X's arguments misguided" names them: no call; "called for" is one)
        elif verb == "be" and acomp:
            x = [t for t in acomp[0].children if t.dep_ == "xcomp" and t.lemma_.lower() in OWNED_ACTS]
            act = OWNED_ACTS[x[0].lemma_.lower()] if x else None
            if act and x[0].lemma_.lower() in {"poach", "sign", "buy", "bid", "pursue"}:
                act = "Interest"
        if act and owner and owner in text:
            yield [_possessive(owner), *act.split()]
    # "General Richard Myers, said the bomb was effective": a person saying is their view.
    if _says(root):
        who = _speaker(c, b.text, analysis)
        if who is None:
            subj = [t for ch in root.children if ch.dep_ == "nsubj" for t in ch.subtree if t.ent_type_ == "PERSON"
                    and not (t.dep_ == "poss" or (t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ == "POS"))]
            # ("Altice's attorney, Ed Brass, said": Altice owns the attorney, Brass speaks)
            ent = _ent_of(subj[-1]) if subj else None
            who = ent.text.split()[-1] if ent is not None and ent.text.split()[-1] in text else None
        if who:
            act = _act_object(c, text)
            if act:
                yield [_possessive(who), act]  # "has written a letter of complaint": the complaint
            elif _condition(c):
                yield [_possessive(who), "Condition"]
            yield [_possessive(who), "View"]
    elif root.lemma_ in _SPEECH and not neg and _act_object(c, text):
        who = _speaker(c, b.text, analysis) or _role_speaker(c)
        if who is None:
            subj = [t for ch in root.children if ch.dep_ == "nsubj" for t in ch.subtree if t.ent_type_ == "PERSON"
                    and not (t.dep_ == "poss" or (t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ == "POS"))]
            ent = _ent_of(subj[-1]) if subj else None
            who = _label_name(ent, 3) if ent is not None else None
        if who and who in text:
            yield [_possessive(who), str(_act_object(c, text))]  # "has written a letter of complaint"
    for h in _clause_chain(root):
        if h.i < c.span.start or h.i >= c.span.end:
            continue
        if h is not root and h.tag_ not in {"VBD", "VBZ", "VBP"} and not any(t.dep_ in {"aux", "auxpass"}
                                                                              for t in h.children):
            continue  # "shows the men wearing jumpsuits": a participle, no clause of its own
        copula = h.lemma_ in _COPULAS
        acted_on = any(t.dep_ == "dobj" for t in h.children)
        if any(t.dep_ == "neg" or (t.dep_ in {"nsubj", "nsubjpass"} and any(
                k.lower_ in {"no", "none"} for k in t.children)) for t in h.children):
            continue  # "has not lost three games", "No team has conceded …": no such thing
        for t in sorted(h.children, key=lambda k: (k.dep_ not in {"dobj", "attr"}, k.i)):
            if t.dep_ not in _PLAIN_DEPS or (t.dep_ == "attr" and copula):
                continue  # "the fences are first class": the fences, not "Class"
            if t.dep_ == "nsubj" and (acted_on or h.lemma_ in _SPEECH):
                continue  # who acted ("The dockers are providing …"), not what the bullet tells of
            words = _plain_noun(t, text)
            if words:
                yield words
    if not neg and not passive and verb in OWNED_ACTS and verb not in _SPEECH and not (
            verb == "call" and not any(t.dep_ == "prep" and t.lower_ in {"for", "on"} for t in root.children)):
        yield OWNED_ACTS[verb].split()


_TITLED_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.? ([A-Z][\w’'-]+)\b")
_FRAMED_END = re.compile(r"[,!?]['’\"”] ((?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) "
                         r"(?:said|says|added|adds|explained|told (?:the )?\w+)\.?\s*$")
_SPOKES = frozenset(["spokesman", "spokeswoman", "spokesperson", "representative"])
_SPEAKER_NOUNS = _PERSON_ROLES | frozenset(["mayor", "minister", "official", "officials", "president", "chief",
                                            "head", "analyst", "economist", "scientist", "researcher", "professor"])
# A stance verb's owner holds a position ("Qantas maintains it has to …" → "Qantas' Position").
_STANCES = {"maintain": "Position", "contend": "Position"}


def _person_in(tok: Token) -> str | None:
    """The surname of the person ``tok`` names, or of a person set beside it
    ("the Interior Minister, Yunis Kanooni"; "Deputy CEO, Daniel Bracken")."""
    for t in [tok, *(k for k in tok.children if k.dep_ == "appos")]:
        ent = _ent_of(t)
        if ent is not None and ent.label_ == "PERSON":
            return _label_name(ent, 1)
    return None


def _role_speaker(c: Candidate) -> str | None:
    """Who speaks where :func:`_speaker` finds no name: a titled surname in the
    attribution ("Ms Caird said"), the person the speech verb's subject names ("said
    … Deputy CEO, Daniel Bracken"), the person or body a spokesman speaks for ("A
    spokesman for the RFDS says"), or the role a speaker is named by ("The mosque
    leader says" → "Mosque Leader"). Never a people's adjective or a bare role word."""
    m = _TITLED_NAME.search(c.facts.attribution or "")
    if m:
        return m.group(1)
    m = _FRAMED_END.search(c.span.text)
    if m:  # '"… should apply," Mr Redmond said.': the frame names the speaker
        last = m.group(1).split()[-1]
        persons = [e for e in c.span.ents if e.label_ == "PERSON" and e.text.split()[-1] == last]
        return last if persons or _TITLED_NAME.match(m.group(1)) else None
    root = c.span.root
    if root.lemma_ not in _SPEECH and not any(t.dep_ == "xcomp" and t.lemma_ in _SPEECH for t in root.children):
        return None
    subj = [t for t in root.children if t.dep_ == "nsubj" and t.lower_ not in _PRONOUNS]
    if not subj:
        return None
    s = subj[0]
    appos = [k for k in s.children if k.dep_ == "appos"]
    if appos and _person_in(appos[-1]):
        return _person_in(appos[-1])  # "Chief Officer and Deputy CEO, Daniel Bracken": the titles name one man
    if any(k.dep_ == "conj" for k in s.children):
        return None  # "Spain and Portugal said": never one member's view
    named = _person_in(s)
    if named:
        return named
    if s.lower_ in _SPOKES:
        for p in s.children:
            if p.dep_ != "prep" or p.lower_ != "for":
                continue
            for o in p.children:
                if o.dep_ != "pobj":
                    continue
                named = _person_in(o)
                ent = _ent_of(o)
                if named is None and ent is not None and ent.label_ in _AGENT_ENTS - {"PERSON"}:
                    named = _label_name(ent, 3)
                elif named is None and ent is None and o.is_alpha and len(o.text) >= 2 and o.text.isupper():
                    named = o.text  # "a spokesman for the RFDS" (an acronym the tagger calls a noun)
                elif named is None and ent is None and o.pos_ == "PROPN":
                    words = [t.text for t in o.subtree if t.pos_ == "PROPN" and t.i <= o.i]
                    named = " ".join(words) if len(words) <= 3 else None  # "a spokesman for the RFDS"
                return named
        return None
    if s.pos_ != "NOUN" or s.ent_type_ or s.lower_ not in _SPEAKER_NOUNS and s.lemma_.lower() not in _SPEAKER_NOUNS:
        return None
    comp = [k for k in s.children if k.dep_ in {"compound", "amod"} and k.i < s.i and k.is_alpha and not k.ent_type_
            and k.pos_ in {"NOUN", "PROPN"}]
    if not comp or any(k.i != s.i - len(comp) + n for n, k in enumerate(comp)):
        return None  # a role alone ("The minister", "Officials") names no one
    return " ".join(w.text[:1].upper() + w.text[1:] for w in [*comp, s])


_MONEY_OR_SHARE = frozenset(["PERCENT", "MONEY"])
_HEARERS = frozenset(["court", "jury", "inquest", "tribunal", "hearing", "inquiry", "trial", "magistrate", "judge"])


def role_labels(b: Bullet, analysis: Analysis) -> Iterator[list[str]]:
    """A label from the bullet's role when neither an aspect nor a noun of it names
    it, last of all: a speaker's view ("Caird's View"), a spokesman's side's response
    ("RFDS's Response"), a stance's owner's position ("Qantas' Position"), a share or a
    sum that is the main subject ("By the Numbers"). Nothing for a scene, a quotation
    with no speaker or a plain detail no one owns: a shorter part rather than filler."""
    c, text = b.cand, b.text
    if scene_narration(c) or c.roles.has("quote", "debris"):
        return
    if any(t.lower_ in {"this", "that", "these", "those"} and t.dep_ in {"dobj", "pobj", "nsubj"} and t.tag_ == "DT"
           for t in c.span):
        return  # "… would one day do this": leans on a sentence the reader has not been told
    root = c.span.root
    who = _speaker(c, text, analysis) or _role_speaker(c)
    if who and re.search(rf"\b{re.escape(who)}\b", text, re.I):
        name = who.split()
        if c.roles.has("other_side"):
            yield [*name[:-1], _possessive(name[-1]), "Response"]
        elif _says(root) or c.facts.is_quote or any(
                t.dep_ == "xcomp" and t.lemma_ in _SPEECH for t in root.children):
            yield [*name[:-1], _possessive(name[-1]), "View"]
    for t in [root, *(k for k in root.children if k.dep_ in {"advcl", "conj"})]:
        if t.lemma_ in {"tell", "testify"} and any(k.dep_ in {"dobj", "dative", "npadvmod"} and k.lemma_.lower() in _HEARERS
                                                   for k in t.children):
            owner = _owner(root) or _owner(t)
            if owner and owner in text:
                yield [_possessive(owner), "Testimony"]  # "Ann Lowe wept as she told the jury how …"
            break
    stance = _STANCES.get(root.lemma_.lower())
    owner = _owner(root)
    if stance and owner and any(t.dep_ == "ccomp" for t in root.children) and owner in text:
        yield [_possessive(owner), stance]
    if c.roles.has("numbers") and not c.facts.is_quote:
        subj = [t for t in root.children if t.dep_ in {"nsubj", "nsubjpass"}]
        if subj and (any(t.ent_type_ in _MONEY_OR_SHARE for t in subj[0].subtree) or (
                subj[0].lower_ in {"cent", "percent", "%"} and any(k.dep_ == "nummod" for k in subj[0].children))):
            yield ["By", "the", "Numbers"]


def _subject_name(c: Candidate, text: str) -> Iterator[list[str]]:
    """Last of all, the one the bullet is about: the main clause's subject when it names a
    person ("Jacques Kallis"), a body or a place, or is the police — plainer than a stray
    noun, and true."""
    root = c.span.root
    if root.tag_ in {"VBZ", "VBP"} and not any(k.dep_ in {"aux", "auxpass"} for k in root.children):
        return  # "CNN's Lisa Fey has a look at …", "X poses with …": a promo or a caption, not news told
    if root.lemma_ in _SPEECH:
        return  # "…, the Army Times reported": who told it is not what the bullet is about
    for ch in root.children:
        if ch.dep_ not in {"nsubj", "nsubjpass"} or any(k.dep_ == "conj" for k in ch.children):
            continue
        if ch.lemma_.lower() == "police" and re.search(r"\b[Pp]olice\b", text):
            yield ["Police"]
            return
        ent = _ent_of(ch)
        if ent is None or ent.label_ not in {"PERSON", "ORG", "GPE", "NORP", "FAC", "EVENT"} or ent.text not in text:
            return
        words = [w for w in ent.text.split() if w.lower() not in {"the", "mr", "mrs", "ms", "dr", "miss"}]
        while words and (words[0].lower() in _PERSON_ROLES or words[0].lower() in _NAME_TITLES):
            words = words[1:]  # "Striker Dan Okoro": the name, not the role
        if 2 <= len(words) <= 3 and not re.search(r"['’]s?$", words[-1]):
            yield words  # ("Farina" alone may be anyone: a bare word is a stray noun to the reader)
        return


# --------------------------------------------------------------------------- selection

# The aspects a takeaway adds to the synopsis, most wanted first, and how much each
# adds to a sentence's salience while the takeaways do not yet cover it.
ASPECTS: tuple[tuple[str, float], ...] = (
    ("other_side", 0.35), ("reaction", 0.2), ("numbers", 0.15), ("next", 0.2), ("background", 0.15),
    ("significance", 0.1), ("allegation", 0.05),
)


def takeaways(
    cands: Sequence[Candidate], analysis: Analysis, *, synopsis_ids: Sequence[str] = (),
    reserved_ids: Sequence[str] = (), held_ids: Sequence[str] | None = None,
) -> tuple[Takeaway, ...]:
    """3–5 ``Label: sentence`` bullets on the aspects the synopsis left out.

    ``synopsis_ids`` are never reused. ``reserved_ids`` (the sentences the point of
    view would carry, the one it can best spare first: see
    :func:`copydesk.generate.viewpoint.beside_viewpoint`) are taken only when the
    takeaways cannot reach three without them, and never ``held_ids`` (by default the
    last two of them, the point of view's minimum): the point of view has first pick.
    Returns fewer than three only when the story has fewer usable sentences or the
    point of view holds them.
    """
    if held_ids is None:
        held_ids = list(reserved_ids)[-VIEWPOINT_MIN_ITEMS:]
    syn = set(synopsis_ids)
    syn_cands = [c for c in cands if c.id in syn]
    syn_text = " ".join(c.sentence.text for c in syn_cands)
    inside = speech_continuations(analysis, story_text(cands)) | speech_led(analysis)
    pool: list[Bullet] = []
    for c in cands:
        if c.id in syn:
            continue
        if any(jaccard(c.lemmas, s.lemmas) > 0.5 for s in syn_cands):
            continue  # the synopsis says it already
        if len(c.lemmas) >= 4 and any(len(c.lemmas & s.lemmas) >= SYNOPSIS_REPEAT * len(c.lemmas) for s in syn_cands):
            continue  # all but a word or two of it is a synopsis line's: a repeat to the reader
        b = prepare(c, analysis, context=syn_text, inside_quote=inside, quotations=True)
        if b is not None:
            pool.append(b)
    # Short of three bullets, release the reserved sentences one at a time, the point of
    # view's least wanted first — but never the two it needs to appear at all: it has
    # first pick of the sentences that fit its labels.
    held = set(held_ids)
    release = [i for i in reserved_ids if i not in held]
    # Scene narration ("Suddenly the train begins travelling …") gives way to reported
    # news: it is taken only when the takeaways cannot reach three without it.
    scenes = {b.cand.id for b in pool if scene_narration(b.cand)} if tells_in_past(cands) else set()
    out = _choose(pool, analysis, held | set(release) | scenes, limit=TAKEAWAY_MAX_ITEMS, context=syn_text)
    while len(out) < TAKEAWAY_MIN_ITEMS and (release or scenes):
        if release:
            release.pop(0)
        else:
            scenes = set()
        out = _choose(pool, analysis, held | set(release) | scenes, limit=TAKEAWAY_MAX_ITEMS, context=syn_text)
    if len(out) < TAKEAWAY_MIN_ITEMS and (not held or len(out) >= 2):
        # Still short: labels of last resort (:func:`fallback_label`) — but never while the
        # point of view holds sentences a caller releases to a part of fewer than two (see
        # :class:`~copydesk.generate.rules.RulesEngine`): its lines beat a role label.
        out = _choose(pool, analysis, held | set(release) | scenes, limit=TAKEAWAY_MAX_ITEMS, context=syn_text,
                      last_resort=True)
    out.sort(key=lambda p: p[0].cand.index)
    # (a label opening on a name's particle opens with a capital: "Van Gaal's View", never "van Gaal's View")
    # (a knight's label names him as his line does: "Sir Allan's View", never "Allan's View")
    return tuple(Takeaway(label=_titled_label(label[:1].upper() + label[1:], analysis), claim=Claim(text=b.text, cites=b.cites))
                 for b, label in out)


def _titled_label(label: str, analysis: Analysis) -> str:
    """The label with a knight's honour (:func:`_with_title`) where it stays within four words."""
    titled = _with_title(label, analysis)
    return titled if len(titled.split()) <= 4 else label


SYNOPSIS_REPEAT = 0.75
"""The share of a sentence's content words a synopsis line holding them makes it a repeat."""


def _choose(
    pool: Sequence[Bullet], analysis: Analysis, reserved: set[str], *, limit: int, context: str = "",
    last_resort: bool = False,
) -> list[tuple[Bullet, str]]:
    rest = [b for b in pool if b.cand.id not in reserved]
    top = max((b.cand.salience for b in rest), default=0.0)
    covered: set[str] = set()
    chosen: list[tuple[Bullet, str]] = []
    used: set[str] = set()

    def gain(b: Bullet) -> float:
        g = b.cand.salience
        for role, bonus in ASPECTS:
            if b.cand.roles.has(role) and role not in covered:
                g += bonus
                break
        sim = max((jaccard(b.cand.lemmas, p.cand.lemmas) for p, _ in chosen), default=0.0)
        return g - 0.5 * sim

    plain: list[Bullet] = []  # standing alone, but only a plain label names them
    while rest and len(chosen) < limit:
        best = max(rest, key=gain)
        rest.remove(best)
        if any(jaccard(best.cand.lemmas, p.cand.lemmas) > 0.4 for p, _ in chosen):
            continue
        if len(chosen) >= TAKEAWAY_MIN_ITEMS and best.cand.salience < 0.45 * top:
            break  # no more news worth a bullet
        seen = " ".join([context, *(p.text for p, _ in chosen if p.cand.index < best.cand.index)])
        alone = stands_alone(best, analysis, seen)
        if alone is None:
            continue  # leans on something the reader has not been told
        label = label_for(alone, analysis, used, plain=False)
        if label is None and _thing_chunk_only(alone):
            label = role_fallback(alone, analysis, used)  # "Residents' View", never "Illegal Fireworks"
        if label is None:
            plain.append(alone)
            continue
        chosen.append((alone, label))
        covered |= best.cand.roles.roles
    # Short of three, a bullet only a plain label names ("Insights", "Porto's Interest")
    # beats none: an absent part tells the reader nothing. Never in place of a better one.
    # A label from the role alone ("Redmond's View") comes last: it never takes the place
    # of a bullet a plain label names.
    # The subject's name ("Police", "Jacques Kallis") comes after every other label.
    for role, name in ((False, False), (True, False), (True, True)):
        for alone in plain:
            if len(chosen) >= TAKEAWAY_MIN_ITEMS:
                break
            if any(alone is p or jaccard(alone.cand.lemmas, p.cand.lemmas) > 0.4 for p, _ in chosen):
                continue
            label = label_for(alone, analysis, used, role=role, name=name)
            if label is not None:
                chosen.append((alone, label))
    # Last of all, short of the part's minimum: a lone act noun ("Confirmation", "Visit") —
    # the most neutral true label — rather than a thinner part (the s11 blind read scored
    # the part lower where a refused label had cost it its most useful line).
    for alone in plain:
        if len(chosen) >= TAKEAWAY_MIN_ITEMS:
            break
        if any(alone is p or jaccard(alone.cand.lemmas, p.cand.lemmas) > 0.4 for p, _ in chosen):
            continue
        label = label_for(alone, analysis, used, lone=True)
        if label is not None:
            chosen.append((alone, label))
    # Still short: a label of what kind of line it is ("Habeel's View", "Background",
    # "Next Step") over a bullet that stands alone — an empty or one-line part scored 1 in
    # the s13 blind read where the story had more to tell.
    for alone in plain if last_resort else ():
        if len(chosen) >= TAKEAWAY_MIN_ITEMS:
            break
        if any(alone is p or jaccard(alone.cand.lemmas, p.cand.lemmas) > 0.4 for p, _ in chosen):
            continue
        label = fallback_label(alone, analysis, used)
        if label is not None:
            chosen.append((alone, label))
    return chosen


# --------------------------------------------------------------------------- standing alone


_DETERMINERS = frozenset(["the", "this", "these", "that", "those"])
# Definite nouns that name the one thing of their kind on a news page ("the police", "the
# government"): no earlier sentence is needed to know which.
_UNIQUE_NOUNS = frozenset(
    ["police", "government", "army", "military", "world", "public", "country", "nation", "economy", "weather",
     "opposition", "president", "internet", "media", "navy", "parliament", "cabinet", "court", "region", "area",
     "state", "city", "town", "capital", "industry", "market", "sun", "moon", "sea", "future", "past", "moment",
     "time", "day", "night", "morning", "afternoon", "evening", "weekend", "week", "month", "year", "season",
     "end", "start", "beginning", "rest", "way", "fact", "number", "majority", "minority", "top", "bottom",
     "side", "front", "back", "middle", "centre", "center", "ground", "air", "border", "coast"]
)
# The events a page is about are clear on its own page ("the agreement was signed …") —
# but only when the page has told of one: under a synopsis about a stray bomb, "The
# agreement was signed in Bonn" asks which agreement (the s14 blind read struck it).
_PAGE_EVENTS = frozenset(
    ["agreement", "deal", "accord", "attack", "attacks", "case", "trial", "crash", "fire", "blaze", "storm", "war",
     "conflict", "ceasefire", "summit", "talks", "bill", "investigation", "inquiry", "election", "vote", "strike",
     "riots", "rioting", "disaster", "accident", "explosion", "bombing", "flood", "floods", "outbreak", "collapse"]
)
# Words a page uses for one event ("the deal" after "an accord was signed").
_EVENT_KIN = (frozenset(["agreement", "deal", "accord", "pact", "treaty"]),
              frozenset(["fire", "blaze", "bushfire", "bushfires", "fires"]),
              frozenset(["attack", "attacks", "bombing", "explosion", "blast"]),
              frozenset(["crash", "accident", "collision"]),
              frozenset(["investigation", "inquiry", "probe"]),
              frozenset(["storm", "storms", "flood", "floods", "flooding"]),
              frozenset(["war", "conflict", "fighting"]),
              frozenset(["riots", "rioting", "unrest"]))


def _event_told(lemma: str, seen: str) -> bool:
    """The page has told of the event a bare "the <lemma>" names (the word or its kin)."""
    kin = next((k for k in _EVENT_KIN if lemma in k), frozenset([lemma]))
    return any(re.search(rf"\b{re.escape(w)}\b", seen, re.I) for w in kin)
_TITLED = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr)\.? ([A-Z][\w’'-]+)\b")
_COUNT_WORDS = (r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|dozens|several|many|few)")
_ELLIPTIC = re.compile(rf"\b{_COUNT_WORDS} (?:more|others)\b(?! than)|^\W*(?:The )?(?:others|rest)\b", re.I)


def _mentions(word: str, text: str) -> bool:
    return bool(re.search(rf"\b{re.escape(word)}", text, re.I))


def _stem(word: str) -> str:
    """A noun's stem for finding its verb in the story ("injury" → "injur", met in "was
    injured"): what "the injury" points back to."""
    return word[: len(word) - 2] if len(word) >= 7 else word[:5] if len(word) == 6 and word.endswith("y") else word


def _told(t: Token, seen: str) -> bool:
    """The reader has met the noun ``t``: the word itself, its lemma, or its stem where the
    stem is shorter ("injur" of "the injury" in "was injured") — never another number of a
    short word ("the force" is not "local forces")."""
    lemma = t.lemma_.lower()
    if any(re.search(rf"\b{re.escape(w)}\b", seen, re.I) for w in {lemma, t.lower_}):
        return True
    stem = _stem(lemma)
    return stem != lemma and _mentions(stem, seen)


def leaning_description(b: Bullet, analysis: Analysis, seen: str) -> str | None:
    """A bare definite noun phrase of the bullet's main clause ("the paper", "the boats",
    "the warm-up match") whose noun an earlier sentence of the story introduced but the
    reader has not seen (``seen``: the synopsis and the bullets before): which paper?
    A phrase that says which ("the paper's editor", "the boats in the harbour") and a
    noun that is one of its kind on a news page ("the police") do not lean."""
    c = b.cand
    earlier = " ".join(s.text for s in analysis.sentences[: c.index])
    low = b.text.lower()
    for t in c.span:
        if t.pos_ != "NOUN" or t.ent_type_ or t.dep_ not in {"nsubj", "nsubjpass", "dobj"} and not (
                t.dep_ == "pobj" and (t.lower_ in _KIN or _is_person_noun(t.lemma_.lower()))):
            continue  # (anywhere, "the men": "investigations into the men" — which men?)
        dets = [k for k in t.children if k.dep_ == "det" and k.lower_ in _DETERMINERS]
        if not dets or any(k.dep_ in {"prep", "relcl", "acl", "appos", "poss", "nummod"} for k in t.children):
            continue
        if any(k.dep_ == "compound" and k.pos_ == "PROPN" for k in t.children):
            continue  # "the Ansett administrators": the name says which
        lemma = t.lemma_.lower()
        if (lemma in _UNIQUE_NOUNS or t.lower_ in _UNIQUE_NOUNS) and dets[0].lower_ not in {"that", "those"}:
            continue  # ("that vote" points back however clear "the vote" is on its page)
        if ((lemma in _PAGE_EVENTS or t.lower_ in _PAGE_EVENTS) and dets[0].lower_ not in {"that", "those"}
                and (_event_told(lemma, seen) or _event_told(t.lower_, seen))):
            continue
        phrase = t.doc[dets[0].i : t.i + 1].text
        if phrase.lower() not in low:
            continue  # compressed away
        if re.search(rf"\b{re.escape(t.lower_)}\b", low[: low.find(phrase.lower())]):
            continue  # "… accept a multinational force … authorising the force": the bullet says which
        if _told(t, seen):
            continue
        if dets[0].lower_ == "the" and not _told(t, earlier) and not (
                lemma in _BACK_NOUNS and t.i == c.span.start + 1 and _unseen_org(analysis, earlier, seen)):
            continue  # the story's first mention: it introduces the thing
        return phrase
    return None


# Nouns a story uses for a body it has named ("the paper" for the News of the World): a
# bullet opening on one leans on the name when the page has not given it.
_BACK_NOUNS = frozenset(["paper", "newspaper", "tabloid", "magazine", "company", "firm", "club", "airline",
                         "broadcaster", "network", "channel", "carrier", "group", "bank", "insurer", "retailer"])


def _unseen_org(analysis: Analysis, earlier: str, seen: str) -> bool:
    """An organisation named before the bullet that the page has not named."""
    return any(e.kind == "ORG" and e.name in earlier and not _mentions(e.name, seen) for e in analysis.entities)


def _full_name(surname: str, analysis: Analysis, title: str = "") -> tuple[str, str] | None:
    """The one full name the story gives a titled surname ("Mr Hicks" → "David Hicks"),
    and the sentence that gives it. "Mrs", "Ms" or "Miss" takes only a woman the story
    shows to be one ("Mrs Cruz" is never her husband "Ted Cruz", a couple sharing a
    surname being the trap), "Mr" anyone not shown to be a woman."""
    sex = title_gender(title)
    names = {e.name for e in analysis.entities if e.kind == "PERSON" and len(e.name.split()) >= 2
             and e.name.split()[-1] == surname and all(w[:1].isupper() for w in e.name.split())
             and (sex is None or (gender(e, analysis) == "f") == (sex == "f"))}
    if len(names) != 1:
        return None
    name = names.pop()
    for s in analysis.sentences:
        if name in s.text:
            return name, s.id
    return None


# A time told relative to an earlier sentence's ("The following morning", "That night").
_RELATIVE_TIME = re.compile(r"^\W*(?:(?:The|That) (?:next|following|previous|same) (?:day|morning|afternoon|evening|night|"
                            r"week|weekend|month|year|time)|That (?:day|morning|afternoon|evening|night)|Later that|"
                            r"Soon after(?:wards)?|Shortly after(?:wards)?|Moments later|Then(?![-‑])|After that|"
                            r"Afterwards|Since then|By then|Until then|Earlier that|At (?:that|this|the same) (?:point|"
                            r"time|moment|stage)|(?:(?:Some|About|Around|Nearly|Almost|Just|Barely|More than|Less than|Over|Only) )?"
                            r"(?:(?:A|An|\w+) (?:few )?)?(?:seconds|minutes|hours|days|weeks|months|"
                            r"years) (?:later|earlier)|(?:A|An|One) (?:second|minute|hour|day|week|month|year) (?:later|"
                            r"earlier))\b")
# An opening that answers a sentence before ("Either way, …", "If so, …", "Instead, …").
_BACK_OPENER = re.compile(r"^\W*(?:Either way|In (?:that|this|either|any) case|If so|If not|Otherwise|Instead|Even then|"
                          r"Still|Nonetheless|Nevertheless|By contrast|In contrast|On the other hand|In turn|Likewise|"
                          r"Similarly|In response|In return|By comparison|In comparison|As a result|Even so|"
                          r"Despite (?:this|that)|Because of (?:this|that)),|"
                          # (an example, an addition or a contrast to a sentence the reader has not seen:
                          # "For example, the pesticide is injected …", struck in the s14 blind read)
                          r"^\W*(?:For (?:example|instance)|In addition|Additionally|Also|Moreover|Furthermore|"
                          r"However|Similarly|As well|Again|Yet|Then again|At the same time)\b,?")
# A subject that says it is one of several told before ("The second airlift", "The remaining members").
_SERIAL = frozenset(["second", "third", "fourth", "fifth", "remaining", "latter", "former", "other", "same", "latest",
                     "previous", "next", "following"])


# A phrase anywhere in the bullet that stands for what a sentence before told.
_LEANING_PHRASE = re.compile(r"\b(?:[Ww]ith (?:this|that) in mind|[Ff]or (?:this|that) reason|[Tt]o (?:this|that) end|"
                             r"(?:[Tt]his|[Tt]hat) is why|[Tt]hat's why|[Tt]hat’s why|[Tt]his is because|"
                             r"[Aa]s a result of (?:this|that))\b")


_INNER_RELATIVE_TIME = re.compile(r"\b(?:the|that) (?:following|next|previous|same) (?:day|morning|afternoon|evening|"
                                  r"night|week|weekend|month|year|season|spring|summer|autumn|winter)\b", re.I)


def _relative_time_inside(b: Bullet) -> bool:
    """ "… beat Bowe the following year": a time told relative to one the bullet does not
    give (a date or a time phrase before it in the bullet binds it: "won in 2004 and
    retired the following year")."""
    m = _INNER_RELATIVE_TIME.search(b.text)
    if m is None or m.start() == 0:
        return False  # (an opening one is :data:`_RELATIVE_TIME`'s)
    before = b.text[: m.start()]
    if re.search(r"\b(?:1[89]|20)\d\d\b", before):
        return False
    start = b.cand.span.start_char
    return not any(e.label_ in {"DATE", "TIME", "EVENT"} and e.start_char - start < m.start()
                   and e.text.lower() not in m.group(0).lower() for e in b.cand.span.ents)


def _dangling_instead(b: Bullet) -> bool:
    """ "Morgan will instead modernise …": an "instead" on the main verb with nothing in the
    sentence it replaces (no "instead of", no clause before it, no negation) leans on a
    sentence the reader has not seen."""
    span = b.cand.span
    for t in span:
        if t.lower_ != "instead" or t.dep_ != "advmod":
            continue
        nxt = span.doc[t.i + 1] if t.i + 1 < len(span.doc) else None
        if nxt is not None and nxt.lower_ == "of":
            continue
        h = t.head
        if h.dep_ in {"conj", "advcl"} or any(k.dep_ in {"neg"} for k in h.children) or any(
                k.dep_ in {"conj", "advcl"} and k.i < t.i for k in h.children):
            continue  # "turned down the offer and will instead join …"
        if re.search(r"\binstead\b", b.text, re.I):
            return True
    return False


def _clipped_name(text: str, analysis: Analysis) -> tuple[int, str, str] | None:
    """A two-word name in the bullet that the story gives only as the end of a longer one
    ("Neville Kent" where the story says "Christopher Arthur Neville Kent"): where it starts
    in ``text``, the name, and the whole name the story gives."""
    story = " ".join(s.text for s in analysis.sentences)
    cap = r"[A-Z][\w’'-]+"
    for m in re.finditer(rf"\b({cap} {cap})\b", text):
        name = m.group(1)
        if name.split()[0].lower() in STOP_WORDS or name.split()[0].lower() in _NAME_TITLES:
            continue
        given = {w for e in analysis.entities if e.kind == "PERSON" for w in e.name.split()}
        if not set(name.split()) <= given:
            continue
        fronts = [_name_front(x.group(1), given) for x in re.finditer(rf"((?:{cap} )*){re.escape(name)}\b", story)]
        if not fronts or any(not x for x in fronts):
            continue  # the story gives it so at least once ("When Neville Kent …" too)
        if len(set(fronts)) != 1 or text[: m.start()].endswith(fronts[0]):
            continue
        return m.start(), name, fronts[0] + name
    return None


_NAME_TITLES = frozenset(["mr", "mrs", "ms", "dr", "miss", "sir", "dame", "lord", "lady", "prof", "professor"])


def _name_front(words: str, given: set[str]) -> str:
    """The capitalised words before a name that are more of a person's name (``given``:
    the words of the story's person names; a sentence's opening word, a title or a role
    are not): "Christopher Arthur " of "Christopher Arthur Neville Kent", "" of "When
    Neville Kent" or "Foreign Minister Alexander Downer"."""
    front = words.split()
    while front and not all(w in given and w.lower() not in STOP_WORDS and w.lower() not in _NAME_TITLES
                            for w in front):
        front = front[1:]
    return " ".join(front) + " " if front else ""


def _came_as(b: Bullet, seen: str) -> bool:
    """ "The deaths came as …", "The action comes after …": a bare definite subject whose
    main verb is "come" with "as/after/amid", the news connective that points to the
    sentence before — unless the reader has met the noun."""
    root = b.cand.span.root
    if root.lemma_ != "come" or not any(t.dep_ == "prep" and t.lower_ in {"as", "after", "amid", "against", "just"}
                                        or t.dep_ == "advcl" for t in root.children):
        return False
    for ch in root.children:
        if ch.dep_ == "nsubj" and ch.pos_ == "NOUN" and any(
                k.dep_ == "det" and k.lower_ in _DETERMINERS for k in ch.children):
            return not (_mentions(ch.lemma_, seen) or _mentions(ch.lower_, seen))
    return False


def _ordinal_subject(b: Bullet, seen: str) -> bool:
    """The main clause's subject is "the second X", "the remaining X", "the other X"
    and the reader has not met an X."""
    span = b.cand.span
    root = span.root
    heads = [root, *(t for t in root.children if t.dep_ == "ccomp" and root.lemma_ in _SPEECH)]
    for h in heads:
        for ch in h.children:
            if ch.dep_ not in {"nsubj", "nsubjpass"} or ch.pos_ != "NOUN":
                continue  # (the main clause's: "…, but the only other person on board …" is told beside)
            if any(k.dep_ == "prep" and k.lower_ == "of" for k in ch.children):
                continue  # "The remaining members of the Gaver family": says which
            dets = [k for k in ch.children if k.dep_ == "det" and k.lower_ in {"the", "this", "that", "these", "those",
                                                                                   "a", "an", "another"}]
            serial = [k for k in ch.children if k.dep_ in {"amod", "nummod"} and (
                k.lower_ in _SERIAL or (k.lower_ in {"fourth", "fifth", "sixth", "third", "second"}))]
            if dets and (serial or dets[0].lower_ == "another") and (not serial or serial[0].text in b.text):
                return not (_mentions(ch.lemma_, seen) or _mentions(ch.lower_, seen))
    return False


_DEMONSTRATIVES = frozenset(["this", "that", "these", "those"])


def demonstrative_pronoun(b: Bullet) -> bool:
    """The bullet keeps a demonstrative standing for a noun phrase ("without doing that",
    "told him this", "that was the moment") — it points to a sentence the reader has not
    seen. Not a determiner ("that night"), a conjunction ("said that …"), a pronoun with
    its own phrase ("those who …", "that of the council") or one a colon opens ("this:")."""
    low = b.text.lower()
    root = b.cand.span.root
    for t in b.cand.span:
        if t.lower_ not in _DEMONSTRATIVES or t.tag_ != "DT" or t.dep_ not in {
                "dobj", "pobj", "nsubj", "nsubjpass", "attr", "dative"}:
            continue
        if any(k.dep_ in {"relcl", "acl", "prep", "amod"} for k in t.children):
            continue
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if nxt is not None and nxt.text in {":", "—", "–"}:
            continue  # "… said this: …": what follows says what
        prev = t.doc[t.i - 1] if t.i > 0 else None
        if prev is None or not re.search(rf"\b{re.escape(prev.lower_)} {t.lower_}\b", low):
            continue  # compressed away
        if t.i > root.i and root.lemma_ not in _REPORTING and not _inside_quotation(t):
            continue  # "X plans to …, although this is because …": the main clause before it
        if _clause_before(t):
            continue  # "… there are gaps and this must be cleared up", "If growth is 1%, that is good"
        return True
    return False


_FINITE_TAGS = frozenset(["VBD", "VBZ", "VBP", "MD"])


def _clause_head(t: Token) -> Token | None:
    """The finite verb of the clause ``t`` stands in ("that" in "without doing that" → "be")."""
    h = t.head
    while h.i != h.head.i:
        if h.pos_ in {"VERB", "AUX"} and (h.tag_ in _FINITE_TAGS or any(
                a.dep_ in {"aux", "auxpass"} and a.tag_ in _FINITE_TAGS for a in h.children)):
            return h
        h = h.head
    return h if h.pos_ in {"VERB", "AUX"} else None


def _clause_before(t: Token) -> bool:
    """A clause of the same sentence comes before the demonstrative's own and joins it —
    the demonstrative's clause is a conjunct or an adverbial of an earlier one, or an
    adverbial clause opens it: what it stands for is in the sentence."""
    h = _clause_head(t)
    while h is not None:
        if h.dep_ in {"conj", "advcl"} and h.head.i < t.i:
            return True
        if any(k.dep_ in {"advcl", "conj"} and k.right_edge.i < t.i for k in h.children):
            return True
        # up through what a clause reports ("… and Fitzgerald suggested he might do just that")
        h = h.head if h.dep_ in {"ccomp", "xcomp"} and h.head.i != h.i else None
    return False


def _inside_quotation(t: Token) -> bool:
    """``t`` stands inside a quotation opened earlier in its sentence and not yet closed."""
    before = t.doc.text[t.sent.start_char : t.idx]
    double = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    opened = len(re.findall(r"(?:^|(?<=[\s(]))[‘']", before))
    closed = len(re.findall(r"[’'](?![A-Za-z])", before))
    return double or opened > closed


_HONOURS = ("Sir", "Dame", "Lord", "Lady")


def _name_before(before: str, words: set[str]) -> bool:
    """``before`` ends on a word of a person's name or a title ("Allan" in "Sir Allan")."""
    m = re.search(r"([A-Z][\w’'.-]*) $", before)
    return m is not None and (m.group(1) in words or m.group(1).rstrip(".") in {*_HONOURS, "Mr", "Mrs", "Ms", "Dr"})


def _with_title(text: str, analysis: Analysis) -> str:
    """``text`` naming a knight as the story does: a person's word the story writes only
    after "Sir" (or "Dame", "Lord", "Lady") keeps it ("'…,' Allan said" → "'…,' Sir Allan
    said": the s14 read struck a first name used as if it were a surname)."""
    story = " ".join(s.text for s in analysis.sentences)
    words = {w for e in analysis.entities if e.kind == "PERSON" for w in e.name.split()}
    for w in sorted(words, key=len, reverse=True):
        if not re.fullmatch(r"[A-Z][a-z’'-]+", w) or w in _HONOURS:
            continue
        honours: set[str] = set()
        bare = False
        for m in re.finditer(rf"\b{re.escape(w)}\b", story):
            before = story[: m.start()]
            h = next((h for h in _HONOURS if before.endswith(h + " ")), None)
            if h is not None:
                honours.add(h)
            elif not _name_before(before, words) and not re.match(r" [A-Z]", story[m.end() :]):
                bare = True  # the story's own bare "Allan"
        if bare or len(honours) != 1:
            continue
        honour = honours.pop()

        def titled(m: re.Match[str], honour: str = honour) -> str:
            before, after = m.string[: m.start()], m.string[m.end() :]
            if _name_before(before, words) or before.endswith(honour + " ") or re.match(r" [A-Z]", after):
                return m.group(0)  # inside a longer name ("Sir Allan Kemakeza")
            return f"{honour} {m.group(0)}"

        text = re.sub(rf"\b{re.escape(w)}\b", titled, text)
    return text


def stands_alone(b: Bullet, analysis: Analysis, seen: str) -> Bullet | None:
    """The bullet as a reader meets it after ``seen`` (the synopsis and the bullets before
    it), or None when it leans on what they have not been told.

    A titled surname the reader has not met ("Mr Hicks") gets the full name the story
    gives ("David Hicks"), citing the sentence that gives it; a count of "more" or
    "others" with nothing before it ("Nineteen more were injured") and a bare definite
    description the story introduced elsewhere (:func:`leaning_description`) lean.
    """
    text, cites = b.text, list(b.cites)
    if _RELATIVE_TIME.match(text) or _BACK_OPENER.match(text) or _came_as(b, seen) or _ordinal_subject(b, seen):
        return None  # "The following morning …", "The deaths came as …", "The second airlift …": after what?
    if _relative_time_inside(b):
        return None  # "Holyfield beat Bowe the following year": after what?
    if demonstrative_pronoun(b) or _LEANING_PHRASE.search(text) or _dangling_instead(b):
        return None  # "'You can't win it without doing that,' he said": doing what? "will instead …": instead of what?
    clipped = _clipped_name(text, analysis)
    if clipped is not None:
        at, part, whole = clipped
        longer = text[:at] + whole + text[at + len(part) :]  # there, not at an earlier whole "… Neville Kent"
        if word_count(longer) > TAKEAWAY_MAX_WORDS:
            return None
        text = longer  # "Neville Kent" of "Christopher Arthur Neville Kent": the name the story gives
    m = _ELLIPTIC.search(re.sub(r"[‘“\"'’”]", "", text))
    if m and not re.search(rf"\b{_COUNT_WORDS}\b", text[: m.start()], re.I):
        return None
    for m in _TITLED.finditer(text):
        surname = m.group(2)
        if _mentions(surname, seen) or _mentions(surname, text[: m.start()]):
            continue
        found = _full_name(surname, analysis, m.group(1))
        if found is None:
            continue
        name, sid = found
        if name in text:
            continue
        longer = text[: m.start()] + name + text[m.end() :]
        if word_count(longer) <= TAKEAWAY_MAX_WORDS:
            text = longer
            if sid not in cites:
                cites = list(sorted_ids([*cites, sid]))
        break
    text = _with_title(text, analysis)
    out = Bullet(b.cand, text, tuple(cites)) if text != b.text else b
    for _ in range(3):
        phrase = leaning_description(out, analysis, seen)
        if phrase is None:
            return out
        fuller = _referent(out, phrase, analysis)
        if fuller is None:
            return None
        out = fuller
    return None


# Modifiers that say which thing a noun is ("the Progress resupply vehicle", "Luna's
# lawyer", "the folding ladders"), unlike an adjective of praise or size ("talented").
_WHICH_DEPS = frozenset(["compound", "poss", "amod", "nmod"])
_CONTRAST = re.compile(r"^\W*(?:if|unless|whereas|unlike)\b|\b(?:instead|unlike|whereas|rather than|compared (?:with|to)|"
                       r"less|by contrast)\b", re.I)


REFERENT_GAP = 2
"""How many sentences back the mention a leaning "the X" points to may stand (each link
of a chain of bare "the X" mentions as well)."""


def _nearest_mention(index: int, head: str, analysis: Analysis, doc: Doc) -> str | None:
    """The id of the sentence whose mention of ``head`` a bare "the <head>" in sentence
    ``index`` points back to: the nearest earlier mention, through bare definite ones
    ("the force" → "the force" → "the multinational force") — or None when the nearest
    mention is no bare "the X" yet says nothing more (another thing of the kind), or says
    which only by kind ("the defence force") more than :data:`REFERENT_GAP` sentences
    before the last link: a name or an owner ("Thursday's hearing", "the Kestrel supply
    vehicle") says which at any distance."""
    at = index
    for j in range(index - 1, -1, -1):
        sent = analysis.sentences[j]
        span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        toks = [t for t in (span if span is not None else ()) if t.lower_ == head and t.pos_ in {"NOUN", "PROPN"}]
        if not toks:
            continue
        t = toks[-1]
        left = [k for k in t.lefts if k.dep_ in _WHICH_DEPS | {"det", "nummod"}]
        which = [k for k in left if k.dep_ in _WHICH_DEPS]
        if which:
            named = any(k.pos_ == "PROPN" or k.ent_type_ or k.dep_ == "poss" for k in which)
            return sent.id if named or at - j <= REFERENT_GAP else None
        if any(k.dep_ == "det" and k.lower_ in _DETERMINERS for k in left) and at - j <= REFERENT_GAP:
            at = j  # a bare "the force": the same one, told before
            continue
        return None
    return None


def _referent(b: Bullet, phrase: str, analysis: Analysis) -> Bullet | None:
    """The bullet with a leaning "the X" written in as the fuller noun phrase an earlier
    sentence gave it ("the vehicle" → "the Progress resupply vehicle"), citing that
    sentence; None when no earlier sentence says which, two say different things, the
    fuller phrase is long or the bullet would grow past the limit."""
    c = b.cand
    if _CONTRAST.search(b.text):
        return None  # "If charged under the Act, the penalty is less severe": another penalty than the one before
    head = phrase.split()[-1].lower()
    mods = {w.lower() for w in phrase.split()[1:-1]}
    found: list[tuple[str, str]] = []
    doc = c.span.doc
    for sent in analysis.sentences[: c.index]:
        span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        for t in span if span is not None else ():
            if t.lower_ != head or t.pos_ not in {"NOUN", "PROPN"}:
                continue
            left = [k for k in t.lefts if k.dep_ in _WHICH_DEPS | {"det", "nummod"}]
            which = [k for k in left if k.dep_ in _WHICH_DEPS and k.lower_ not in mods and (
                k.pos_ in {"PROPN", "NOUN"} or k.ent_type_ or "-" in k.text or k.dep_ == "poss" or k.tag_ == "VBG")]
            if not which or any(k.lower_ in _PRONOUNS or k.dep_ == "nummod" for k in left):
                continue
            if any(k.dep_ == "det" and k.lower_ not in {"a", "an", "the", "this", "that", "these", "those"} for k in left):
                continue  # "some apple orchards", "many farms": a share of them, never "the some apple orchards"
            start = min(k.left_edge.i for k in left)
            words = doc[start : t.i + 1]
            if len(words.text.split()) > 5 or any(not (w.is_alpha or w.text in {"'s", "’s", "-"} or "-" in w.text) for w in words):
                continue
            if not mods <= {w.lower_ for w in words}:
                continue  # "the German boss" is not "Borussia Dortmund boss"
            text = words.text
            if words[0].is_sent_start and words[0].pos_ != "PROPN" and not words[0].ent_type_:
                text = text[:1].lower() + text[1:]  # "Video footage has emerged …" → "the video footage"
            if words[0].lower_ in {"a", "an", "the", "this", "that", "these", "those"}:
                text = "the " + doc[start + 1 : t.i + 1].text
            elif words[0].dep_ != "poss" and not words[0].ent_type_ and words[0].pos_ != "PROPN":
                text = "the " + text
            found.append((text, sent.id))
    if not found:
        return None
    names = {re.sub(r"^the ", "", f.lower()) for f, _ in found}
    first = re.sub(r"^the ", "", found[0][0].lower())
    if any(not set(n.split()) <= set(first.split()) for n in names):
        return None  # "the Oak Tree" and "the Eisenhower Tree": which tree?
    sid = _nearest_mention(c.index, head, analysis, doc)
    if sid is None or sid not in {i for _, i in found}:
        return None  # "the force" of a UN vote is not "the defence force" a soldier retired from four sentences up
    fuller = next(f for f, i in found if i == sid)
    at = b.text.find(phrase)
    if at < 0:
        return None
    if at == 0 or b.text[:at].rstrip().endswith((".", "“", '"', "‘")):
        fuller = fuller[:1].upper() + fuller[1:]
    text = b.text[:at] + fuller + b.text[at + len(phrase) :]
    if word_count(text) > TAKEAWAY_MAX_WORDS:
        return None
    return Bullet(c, text, sorted_ids([*b.cites, sid]))
