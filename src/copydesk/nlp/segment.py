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
    for i in range(1, len(doc)):
        prev, tok = doc[i - 1], doc[i]
        if "\n" in prev.text or (prev.is_space and "\n" in prev.whitespace_) or "\n" in prev.whitespace_:
            yield i, 1
        elif (
            tok.text in {"A", "An"} and prev.is_alpha and prev.is_lower and prev.whitespace_
            and prev.lower_ not in _FUNCTION_WORDS and prev.lower_ not in _LETTER_NOUNS
            and i + 1 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].is_lower and i >= 2
        ):
            # "… four counts of sexual assault A senior doctor facing …" (a caption run in).
            yield i, 1
        elif (
            tok.text in _RUN_ON_OPENERS and prev.is_alpha and prev.whitespace_
            and prev.lower_ not in _FUNCTION_WORDS and i >= 2 and doc[i - 2].is_alpha
            and (prev.is_lower or prev.text in _MONTH_NAMES)
        ):
            # Text whose full stops were lost (captions run into the story):
            # "… than a colleague The cost of divorce …".
            yield i, 1
        elif (prev.lower_ in ABBREVIATIONS or _INITIAL.match(prev.text)) and prev.whitespace_ != "":
            # "U.S." can end a sentence; only keep it joined before a capitalised
            # word that is not an obvious sentence opener.
            if prev.lower_ in {"u.s.", "u.k.", "d.c.", "a.m.", "p.m.", "etc."} and tok.text in _OPENERS:
                continue
            yield i, -1


_MONTH_NAMES = frozenset(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
)
# Nouns that take a letter: "vitamin A", "plan A", "grade A".
_LETTER_NOUNS = frozenset(
    ["vitamin", "plan", "type", "grade", "class", "category", "group", "section", "exhibit", "item", "team", "side", "level", "hepatitis", "size", "list", "league", "division", "block", "wing", "gate", "row", "zone"]
)
_FUNCTION_WORDS = frozenset(["of", "and", "or", "at", "in", "on", "for", "to", "from", "with", "by", "the", "a", "an", "as", "than"])
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
        unfinished = prev_end[-1:] in {",", ";", ":", "(", "-"} or (prev_end[-1:] == ")" and prev_end[:1] not in ".!?")
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
