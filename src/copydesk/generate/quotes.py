"""Quotation marks: whether a text's quotations balance, and which sentences sit inside one.

British copy quotes with single marks ("‘…’") and runs a quotation over several
sentences; an apostrophe ("don’t", "Norman’s") is not a quotation mark. Every part
asks here, so a quote is never cut open or left without its speaker.
"""

from __future__ import annotations

import re

from copydesk.model import Analysis

_OPEN_SINGLE = re.compile(r"(?:^|[\s(\[—–-])['‘](?=\w)")
_CLOSE_SINGLE = re.compile(r"(?<=[\w.,!?])['’](?=[\s,.;:!?)\]—–-]|$)")


def balanced(text: str) -> bool:
    """Quotation marks open and close in the text itself (an apostrophe is not a quote)."""
    doubles = text.count('"')
    if doubles % 2 or text.count("“") != text.count("”"):
        return False
    opens = len(_OPEN_SINGLE.findall(text))
    closes = [m.start() for m in _CLOSE_SINGLE.finditer(text)]
    # A closing mark after "s" may be a plural possessive ("the players' union").
    strict = [i for i in closes if text[i - 1 : i].lower() != "s"]
    return len(strict) <= opens <= len(closes)


def closes(text: str, i: int) -> bool:
    """Whether the right single quote at ``text[i]`` closes a quotation (not "don’t")."""
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not nxt.isalnum()


def speech_continuations(analysis: Analysis) -> frozenset[str]:
    """Ids of sentences that begin inside a quotation opened by an earlier sentence.

    British copy quotes with single marks and runs a quotation over several
    sentences (‘I had a taste of it. I’m fortunate …’): the middle sentences carry no
    mark and no speaker, so on their own they are speech without its speaker.
    """
    out: set[str] = set()
    single = double = False
    for s in analysis.sentences:
        if single or double:
            out.add(s.id)
        text = s.text
        for i, ch in enumerate(text):
            if ch == "‘":
                single = True
            elif ch == "’" and single and closes(text, i):
                single = False
            elif ch == "“":
                double = True
            elif ch == "”":
                double = False
            elif ch == '"':
                double = not double
    return frozenset(out)


_QUOTED_PASSAGE = re.compile(r"(?:^|(?<=[\s(:]))[‘“\"'][^’”\"]*?[’”\"'](?=[\s,.;:!?)]|$)")


def addresses_reader(text: str) -> bool:
    """A question, or "you" outside quotation marks: speech that lost its marks ("Naturally
    you always feel there are things you can still improve on …") or the writer talking
    to the reader — neither is a statement of news."""
    if text.rstrip(" '’\"”").endswith("?"):
        return True
    outside = _QUOTED_PASSAGE.sub(" ", text)
    return bool(re.search(r"\byou(?:'re|’re|'ve|’ve|'ll|’ll|r)?\b", outside, re.I))
