"""The optional LLM engine: any OpenAI-compatible chat endpoint behind the grounding gate.

:class:`LLMEngine` writes every part in one request (prompt in :mod:`.prompt`, HTTP
with retries in :mod:`.client`, tolerant parsing in :mod:`.parse`);
:func:`copydesk.gate.gated_parts` checks each claim and repairs or replaces what fails.
"""

from __future__ import annotations

from copydesk.generate.llm.client import ChatClient, ChatReply, chat_url
from copydesk.generate.llm.engine import LLMEngine, engine_from_settings
from copydesk.generate.llm.parse import extract_json, parse_answer, parts_from_json
from copydesk.generate.llm.prompt import PARTS_SCHEMA, SYSTEM_PROMPT, messages

__all__ = [
    "PARTS_SCHEMA",
    "SYSTEM_PROMPT",
    "ChatClient",
    "ChatReply",
    "LLMEngine",
    "chat_url",
    "engine_from_settings",
    "extract_json",
    "messages",
    "parse_answer",
    "parts_from_json",
]
