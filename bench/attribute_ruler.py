"""Experiment: an exact, cached stand-in for spaCy's ``attribute_ruler`` — a way past the floor.

In ``en_core_web_sm`` the attribute ruler (tag → POS/morph, plus word exceptions) costs
about as much CPU as the dependency parser, because its Matcher tests ~180 patterns at
every token. Its decisions depend only on a token's TAG, DEP, IS_SPACE and lower form,
so they can be cached:

* rules without LOWER are cached by ``(tag, dep, is_space)`` (a small closed set);
* rules with LOWER are cached by the lower form (tested once per word), their other
  conditions checked per token;
* the 8 multi-token rules ("gon na", "ai n't"…) stay with a small Matcher;
* every matching rule is applied in spaCy's order (by rule index), with spaCy's own
  ``set_token_attrs``.

``run()`` checks it token for token against the real component over the dev stories
(POS, TAG, morph and lemma as each leaves them; the lemmatizer that follows reads only
these) and times both. It is a
proposal for ``copydesk.nlp.parser`` (the lead's module), measured here, not wired in.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import speed  # noqa: E402

CTX = ("TAG", "DEP", "IS_SPACE")


def _test(value: Any, actual: Any) -> bool:
    if isinstance(value, dict):
        for op, arg in value.items():
            if op == "IN" and actual not in arg:
                return False
            if op == "NOT_IN" and actual in arg:
                return False
            if op == "REGEX" and not (isinstance(actual, str) and re.search(arg, actual)):
                return False
            if op not in ("IN", "NOT_IN", "REGEX"):
                raise ValueError(f"unsupported operator {op}")
        return True
    return bool(actual == value)


class CachedAttributeRuler:
    """Applies an ``AttributeRuler``'s patterns exactly, from caches instead of a Matcher pass."""

    def __init__(self, ruler: Any) -> None:
        from spacy.matcher import Matcher

        self.ctx_rules: list[tuple[int, dict[str, Any], Any]] = []
        self.lower_rules: list[tuple[int, Any, dict[str, Any], Any]] = []
        self.matcher = Matcher(ruler.vocab)
        self.multi: dict[int, tuple[Any, int]] = {}
        for aid, group in enumerate(ruler.patterns):
            attrs, index = ruler.attrs[aid], ruler.indices[aid]
            for pattern in group["patterns"]:
                if len(pattern) == 1 and set(pattern[0]) <= {*CTX, "LOWER"}:
                    tok = pattern[0]
                    if "LOWER" in tok:
                        rest = {k: v for k, v in tok.items() if k != "LOWER"}
                        self.lower_rules.append((aid, tok["LOWER"], rest, attrs))
                    else:
                        self.ctx_rules.append((aid, tok, attrs))
                else:
                    self.matcher.add(str(aid), [pattern])
                    self.multi[aid] = (attrs, index)
        self.ctx_cache: dict[tuple[str, str, bool], tuple[tuple[int, Any], ...]] = {}
        self.lower_cache: dict[str, tuple[tuple[int, dict[str, Any], Any], ...]] = {}

    def __call__(self, doc: Any) -> Any:
        from spacy.tokens._retokenize import set_token_attrs

        todo: list[tuple[int, int, Any]] = []
        for tok in doc:
            key = (tok.tag_, tok.dep_, tok.is_space)
            rules = self.ctx_cache.get(key)
            if rules is None:
                vals = dict(zip(CTX, key, strict=True))
                rules = tuple((aid, attrs) for aid, pat, attrs in self.ctx_rules
                              if all(_test(v, vals[k]) for k, v in pat.items()))
                self.ctx_cache[key] = rules
            todo.extend((aid, tok.i, attrs) for aid, attrs in rules)
            low = tok.lower_
            words = self.lower_cache.get(low)
            if words is None:
                words = tuple((aid, rest, attrs) for aid, cond, rest, attrs in self.lower_rules if _test(cond, low))
                self.lower_cache[low] = words
            if words:
                vals = dict(zip(CTX, key, strict=True))
                todo.extend((aid, tok.i, attrs) for aid, rest, attrs in words
                            if all(_test(v, vals[k]) for k, v in rest.items()))
        for match_id, start, end in self.matcher(doc, allow_missing=True):
            aid = int(doc.vocab.strings[match_id])
            attrs, index = self.multi[aid]
            todo.append((aid, doc[start:end][index].i, attrs))
        todo.sort(key=lambda x: (x[0], x[1]))
        for _, i, attrs in todo:
            set_token_attrs(doc[i], attrs)
        return doc


def run(limit: int = 250) -> dict[str, float]:
    """Exactness and CPU ms/story of the cached ruler against spaCy's, over ``limit`` dev stories."""
    from copydesk.nlp.parser import load_pipeline

    nlp = load_pipeline()
    ruler = nlp.get_pipe("attribute_ruler")
    cached = CachedAttributeRuler(ruler)
    names = [name for name, _ in nlp.pipeline]
    texts = [r["text"] for r in speed.load_records(limit)]
    with nlp.select_pipes(disable=names[names.index("attribute_ruler"):]):
        docs = list(nlp.pipe(texts, batch_size=16))
    ref, new = [d.copy() for d in docs], [d.copy() for d in docs]
    t0 = time.process_time()
    for doc in ref:
        ruler(doc)
    t_ref = time.process_time() - t0
    t0 = time.process_time()
    for doc in new:
        cached(doc)
    t_new = time.process_time() - t0
    tokens = differ = 0
    for a_doc, b_doc in zip(ref, new, strict=True):
        for a, b in zip(a_doc, b_doc, strict=True):
            tokens += 1
            differ += (a.pos, a.tag, a.morph.key, a.lemma) != (b.pos, b.tag, b.morph.key, b.lemma)
    return {
        "stories": len(texts), "tokens": tokens, "tokens_differing": differ,
        "attribute_ruler_ms_story": round(1000 * t_ref / len(texts), 2),
        "cached_ruler_ms_story_cold": round(1000 * t_new / len(texts), 2),
    }


if __name__ == "__main__":
    print(run())
