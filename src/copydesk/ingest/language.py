"""A cheap "is this English?" check: function-word ratios and the writing system.

The default engine reads English only, so a story in another language is refused with
:class:`UnsupportedLanguage` rather than turned into nonsense. The check looks at the
first ~2,000 characters. It refuses only what is *clearly* not English: text in a
non-Latin script, text whose function words are plainly another language's, or a long
text with almost no English function words. Short stories and stories full of names are
never refused (names are not anyone's function words).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from copydesk.errors import UnsupportedLanguage

SAMPLE_CHARS = 2000
# Below this many words nothing is judged on function words: too little evidence.
MIN_WORDS = 12
# English news prose runs at 35–50% function words; name-heavy wire copy stays above 15%.
ENGLISH_FLOOR = 0.10
# Another language "wins" when its own function words are at least this share...
OTHER_FLOOR = 0.15
# ...and when nothing looks like any known language, this little English is too little.
ENGLISH_MIN_UNKNOWN = 0.03
UNKNOWN_MIN_WORDS = 40
# A text whose letters are mostly outside the Latin script is not English.
MIN_LATIN_SHARE = 0.5

_ENGLISH_WORDS = """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if
    in into is it its itself just me more most my myself no nor not now of off on once only
    or other our ours out over own said same she should so some such than that the their
    theirs them then there these they this those through to too under until up very was we
    were what when where which while who whom why will with would you your yours"""
_ENGLISH = frozenset(_ENGLISH_WORDS.split())

_OTHER_WORDS = {
    "French": "le la les des du de un une et est sont dans pour par sur avec ce cette ces"
    " qui que ne pas plus au aux il elle ils nous vous son sa ses leur été être avait",
    "Spanish": "el la los las del de un una y es son en por para con que no se su sus al"
    " lo como más pero fue ha han está este esta entre sobre también",
    "German": "der die das den dem des ein eine einer und ist sind nicht mit auf für von"
    " zu im sich auch es wurde werden hat haben bei nach aus wie oder dass",
    "Italian": "il lo la gli le di del della dei un una e è sono non per con che da nel"
    " nella si come anche più ha hanno alla alle dal questo questa",
    "Portuguese": "o a os as do da dos das um uma e é são em no na nos para por com que"
    " não se seu sua mais como foi ao pelo pela também",
    "Dutch": "de het een en is zijn niet met op voor van te in dat die er ook aan om"
    " bij naar uit werd worden heeft hebben maar",
    "Polish": "i w z na się nie do że o jest to za po od jak przez dla oraz który która które"
    " ale czy jego jej są był była było",
    "Swedish": "och att det som en på är av för med till den har inte ett om var men från"
    " sig också vid efter kan",
    "Indonesian": "yang dan di ke dari untuk dengan ini itu pada adalah dalam tidak akan oleh"
    " juga para sebagai telah karena",
    "Turkish": "ve bir bu da de için ile olan çok daha gibi olarak ama en kadar sonra ancak"
    " değil her",
}
_OTHER = {name: frozenset(words.split()) for name, words in _OTHER_WORDS.items()}

_SCRIPT_LABELS = {
    "CJK": "Chinese or Japanese (CJK) text",
    "HIRAGANA": "Japanese text",
    "KATAKANA": "Japanese text",
    "HANGUL": "Korean text",
    "DEVANAGARI": "Hindi or another Devanagari-script text",
}
_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f\u1e00-\u1eff]")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@dataclass(frozen=True)
class LanguageGuess:
    """What the check saw: the verdict, a label, and the English function-word share."""

    english: bool
    label: str
    english_share: float
    words: int


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def guess_language(text: str) -> LanguageGuess:
    """Judge whether ``text`` is English, from its first :data:`SAMPLE_CHARS` characters."""
    sample = text[:SAMPLE_CHARS]
    foreign = [] if sample.isascii() else _NON_LATIN.findall(sample)
    if foreign:
        letters = len(_LETTER.findall(sample))
        if 1 - len(foreign) / letters < MIN_LATIN_SHARE:
            scripts: dict[str, int] = {}
            for ch in foreign:
                scripts[_script(ch)] = scripts.get(_script(ch), 0) + 1
            top = max(scripts, key=lambda k: scripts[k])
            label = _SCRIPT_LABELS.get(top, f"{top.title()}-script text")
            return LanguageGuess(False, label, 0.0, 0)
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return LanguageGuess(True, "English", 1.0, 0)
    share = sum(1 for w in words if w in _ENGLISH) / len(words)
    if len(words) < MIN_WORDS or share >= ENGLISH_FLOOR:
        return LanguageGuess(True, "English", share, len(words))
    best, best_share = "", 0.0
    for name, vocab in _OTHER.items():
        other = sum(1 for w in words if w in vocab) / len(words)
        if other > best_share:
            best, best_share = name, other
    if best_share >= OTHER_FLOOR and best_share > share:
        return LanguageGuess(False, f"{best} text", share, len(words))
    if len(words) >= UNKNOWN_MIN_WORDS and share < ENGLISH_MIN_UNKNOWN:
        return LanguageGuess(False, "non-English text", share, len(words))
    return LanguageGuess(True, "English", share, len(words))


def check_english(text: str) -> None:
    """Raise :class:`UnsupportedLanguage` when ``text`` is clearly not English."""
    guess = guess_language(text)
    if not guess.english:
        raise UnsupportedLanguage(
            f"looks like {guess.label} ({guess.english_share:.0%} English function words)",
            detected=guess.label,
            english_share=round(guess.english_share, 3),
        )
