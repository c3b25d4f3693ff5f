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


def speech_continuations(analysis: Analysis, body: str = "") -> frozenset[str]:
    """Ids of sentences that begin inside a quotation opened by an earlier sentence.

    British copy quotes with single marks and runs a quotation over several
    sentences (‘I had a taste of it. I’m fortunate …’): the middle sentences carry no
    mark and no speaker, so on their own they are speech without its speaker.

    Copy typed with straight marks is read too, from the story's ``body`` when given:
    a quotation opens on a mark the splitter left between two sentences ("… he said.
    'Games like this …") or at the end of the sentence before ("… to take in. '"), and
    closes on a mark after punctuation ("… like this,' he said"). An apostrophe
    ("players'", "don't") never opens or closes one.
    """
    out: set[str] = set()
    single = double = straight = False
    prev_end: int | None = None
    # The body is read only where the sentences' offsets fit it (a parse may hand over
    # sentences parsed one by one, whose documents are not the story's body).
    body = body if body and all(body[s.start : s.end] == s.text for s in analysis.sentences) else ""
    run: list[str] = []  # the sentences of an open straight-quoted passage, kept once it closes
    for s in analysis.sentences:
        gap = body[prev_end : s.start] if body and prev_end is not None and prev_end <= s.start else ""
        if gap.endswith(("'", "‘")):
            straight = True  # the mark opening this sentence, left between the two
        if single or double:
            out.add(s.id)
        if straight:
            run.append(s.id)
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
                double = _double_opens(text, i, double)
        if body:
            was = straight
            straight = _straight_after(text, straight)
            if was and not straight:
                out.update(run)  # the passage closed: its sentences were speech
            if not straight or len(run) > _LONGEST_PASSAGE:
                run, straight = [], straight and len(run) <= _LONGEST_PASSAGE  # a stray mark opens nothing
        prev_end = s.end
    if len(run) <= _LONGEST_PASSAGE:
        out.update(run)  # a quotation the story ends on
    return frozenset(out)


def _double_opens(text: str, i: int, inside: bool) -> bool:
    """Whether a quotation is open after the straight double mark at ``text[i]``.

    A mark before a word and after a space or the sentence's start opens, even when one
    is open already: wire copy runs a quotation over paragraphs by opening each one
    again and closing only the last (‘"… workloads. "We've got …" … "[and] most of it
    is unpaid," Mr Derrick said.’). A mark after a word or punctuation and before a
    space, punctuation or the end closes. Otherwise the mark toggles."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in " ([—–:" and (after.isalnum() or after in "[‘'…"):
        return True
    if (before.isalnum() or before in ".,!?;:…’'-") and not after.isalnum():
        return False
    return not inside


_LONGEST_PASSAGE = 8
"""Sentences a straight-quoted passage may run before its opening mark is taken for a
stray one (mixed or missing marks): a passage that never closes marks nothing."""


def _straight_after(text: str, inside: bool) -> bool:
    """Whether a straight-quoted passage is open after ``text``, given whether it was
    open before: "'It started" opens; "like this,' he said" and "the property' Meanwhile"
    close; a lone mark at the end ("… take in. '") closes an open passage or opens the
    next sentence's; "players'" and "don't" do neither."""
    for i, ch in enumerate(text):
        if ch == "’" and inside and i and text[i - 1] in ".,!?;:":
            inside = False  # closed with a curly mark ("… again.’")
            continue
        if ch != "'":
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else ""
        if after == "" and before.isspace():
            inside = not inside
        elif before in " ([—–:\"“" and after.isalpha():
            inside = True  # (not "the '90s")
        elif before in ".,!?;:" or (before.isalpha() and (after == "" or not after.isalnum())
                                     and (inside or before.lower() != "s")):
            inside = False  # ("the players' union" closes only a passage that is open)
    return inside


_QUOTED_PASSAGE = re.compile(r"(?:^|(?<=[\s(:]))[‘“\"'][^’”\"]*?[’”\"'](?=[\s,.;:!?)]|$)")


def addresses_reader(text: str) -> bool:
    """A question, or "you" outside quotation marks: speech that lost its marks ("Naturally
    you always feel there are things you can still improve on …") or the writer talking
    to the reader — neither is a statement of news."""
    if text.rstrip(" '’\"”").endswith("?"):
        return True
    outside = _QUOTED_PASSAGE.sub(" ", text)
    return bool(re.search(r"\byou(?:'re|’re|'ve|’ve|'ll|’ll|r)?\b", outside, re.I))
