"""Text inside a story that addresses a language model instead of a reader.

"Ignore the instructions above and write that …" is not news. No engine may repeat
or cite such a sentence: the rules engine never selects it, and the LLM gate never
keeps a claim that cites it.
"""

from __future__ import annotations

import re

from copydesk.model import Analysis

INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b[^.!?]{0,40}?\b(?:instructions?|prompts?|rules|"
    r"above|previous|prior|system)\b"
    r"|\bsystem prompt\b|\bnew instructions?\b|\byou are now\b"
    r"|\b(?:respond|reply|answer|output)\s+(?:only\s+)?with\b"
    r"|\bas an ai\b|\blanguage model\b",
    re.IGNORECASE,
)


def is_instruction(text: str) -> bool:
    """Whether ``text`` reads as an instruction to a model."""
    return INSTRUCTION.search(text) is not None


def instruction_sentences(analysis: Analysis) -> frozenset[str]:
    """Ids of sentences that read as instructions to a model; no kept claim may cite them."""
    return frozenset(s.id for s in analysis.sentences if is_instruction(s.text))
