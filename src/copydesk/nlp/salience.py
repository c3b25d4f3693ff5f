"""How central each sentence and phrase is to the story, and the story's tags.

Sentence salience mixes three signals news summarisation has long relied on: the
lead bias (news puts the main event first), centrality (how many of the story's
frequent content lemmas a sentence carries, as in centroid summarisers), and the
salience of the entities it names. Quotes and questions are discounted: they are
rarely the best statement of fact.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from copydesk.model import Entity, SentenceFacts

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


def make_tags(entities: Sequence[Entity], phrases: Sequence[str], limit: int = 8) -> tuple[str, ...]:
    """Tags: the most salient named entities, then key phrases, without repeats."""
    tags: list[str] = []
    for e in entities:
        if e.kind in {"PERSON", "ORG", "PLACE", "EVENT", "FACILITY"} and e.salience >= 0.25:
            tags.append(e.name)
        if len(tags) >= limit // 2 + 1:
            break
    for p in phrases:
        if len(tags) >= limit:
            break
        if p[:1].islower() and not any(p.lower() in t.lower() or t.lower() in p.lower() for t in tags):
            tags.append(p.lower())
    return tuple(tags[:limit])
