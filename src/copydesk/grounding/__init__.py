"""The grounding verifier: is every claim supported by the sentences it cites?

:func:`ground` checks all claims of an article's parts; :func:`check_text` checks one
text against source strings; :func:`check_document` checks a multi-sentence text
against a whole document by aligning each sentence to its best source sentences.
No model runs: names, numbers and dates are matched after closed normalisations, and
the score is lexical (content lemmas and their order), so a claim costs microseconds.
"""

from __future__ import annotations

from copydesk.grounding.align import check_document, split_sentences
from copydesk.grounding.check import (
    ANALYSIS_TEMPLATE_WORDS,
    CheckResult,
    Evidence,
    check_text,
    check_with,
)
from copydesk.grounding.ground import check_claim, date_forms, ground

__all__ = [
    "ANALYSIS_TEMPLATE_WORDS",
    "CheckResult",
    "Evidence",
    "check_claim",
    "check_document",
    "check_text",
    "check_with",
    "date_forms",
    "ground",
    "split_sentences",
]
