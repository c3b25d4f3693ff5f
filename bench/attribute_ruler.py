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
these) and times both. The
ruler now lives in ``copydesk.nlp.ruler`` and is installed by ``load_pipeline``; this
experiment keeps measuring it against the stock component.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import speed  # noqa: E402


def run(limit: int = 250) -> dict[str, float]:
    """Exactness and CPU ms/story of the cached ruler against spaCy's, over ``limit`` dev stories."""
    import spacy

    from copydesk.nlp.parser import MODEL_PACKAGE
    from copydesk.nlp.ruler import CachedAttributeRuler

    nlp = spacy.load(MODEL_PACKAGE)  # the stock pipeline, with spaCy's own ruler
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
