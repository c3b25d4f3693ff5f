"""The ``llm`` engine: all parts from an OpenAI-compatible chat endpoint, in one request.

>>> import httpx
>>> engine = LLMEngine(httpx.Client(), base_url="http://127.0.0.1:8080", model="smollm2")
>>> engine.name
'llm'

It checks nothing itself: :func:`copydesk.gate.gated_parts` grounds every claim and
repairs or replaces what fails. It raises only :class:`~copydesk.errors.EngineUnavailable`
and :class:`~copydesk.errors.EngineOutput`, which the gate turns into the fallback
engine's parts and a note.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from typing import Any, Literal

import httpx

from copydesk.errors import ConfigError, EngineError, EngineOutput, EngineUnavailable
from copydesk.generate.llm.client import ChatClient
from copydesk.generate.llm.parse import parse_answer
from copydesk.generate.llm.prompt import messages, response_format
from copydesk.model import Parts
from copydesk.nlp.analyse import ParsedStory
from copydesk.settings import Settings

log = logging.getLogger(__name__)

Structured = Literal["json_schema", "json_object", "none"]
_DOWNGRADE: dict[str, Structured] = {"json_schema": "json_object", "json_object": "none"}


GATE_RESERVE = 0.05
"""Share of ``story_budget_s`` kept for checking the model's parts and writing the rules
engine's (about a second a story; 48 s of the default 960)."""


class LLMEngine:
    """Writes every part with a chat model; each statement cites sentence ids.

    ``budget_s`` bounds the whole story (retries included), within the story's own
    ``Settings.story_budget_s``; ``timeout`` bounds one request. ``extra_body`` adds server-specific fields (``{"repeat_penalty": 1.1}``). ``structured`` picks how the JSON shape is requested; a server that
    rejects it (HTTP 400/422) is asked again with the next looser mode.
    """

    name = "llm"

    def __init__(
        self,
        client: httpx.Client,
        *,
        base_url: str,
        model: str,
        api_key: str | None = None,
        timeout: float = 600,
        max_retries: int = 2,
        budget_s: float = 900,
        max_tokens: int = 1800,
        temperature: float = 0.0,
        structured: Structured = "json_schema",
        max_story_chars: int = 12_000,
        extra_body: Mapping[str, Any] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.chat = ChatClient(client, base_url=base_url, model=model, api_key=api_key,
                               timeout=timeout, max_retries=max_retries, sleep=sleep, clock=clock)
        self.budget_s = budget_s
        self.max_tokens = max_tokens
        self.temperature = temperature
        self.structured: Structured = structured
        self.max_story_chars = max_story_chars
        self.extra_body = dict(extra_body or {})
        self.clock = clock
        self.last_reply_attempts = 0

    def payload(self, parsed: ParsedStory, mode: Structured) -> dict[str, Any]:
        """The request body for ``parsed`` (without ``model``)."""
        body: dict[str, Any] = {
            "messages": messages(parsed.analysis.sentences, title=parsed.story.title,
                                 max_chars=self.max_story_chars),
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
            "stream": False,
            **self.extra_body,
        }
        fmt = response_format(mode)
        if fmt is not None:
            body["response_format"] = fmt
        return body

    def budget(self, settings: Settings) -> float:
        """Seconds this story may take: ``budget_s``, within the story's own budget
        (``settings.story_budget_s``) less :data:`GATE_RESERVE` of it for the gate."""
        story = settings.story_budget_s
        if story <= 0:
            return self.budget_s
        return max(0.0, min(self.budget_s, story * (1 - GATE_RESERVE)))

    def generate(self, parsed: ParsedStory, settings: Settings) -> Parts:
        """All parts as the model writes them (unchecked); raises only EngineError subclasses."""
        if not parsed.analysis.sentences:
            raise EngineOutput("the story has no sentences to write from", reason="empty_story")
        deadline = self.clock() + self.budget(settings)
        mode = self.structured
        try:
            while True:
                try:
                    reply = self.chat.complete(self.payload(parsed, mode), deadline=deadline)
                    break
                except EngineUnavailable as err:
                    if err.details.get("status") in (400, 422) and mode in _DOWNGRADE:
                        log.info("llm endpoint rejected response_format=%s; trying %s",
                                 mode, _DOWNGRADE[mode])
                        mode = _DOWNGRADE[mode]
                        continue
                    raise
            self.last_reply_attempts = reply.attempts
            return parse_answer(reply.content, finish_reason=reply.finish_reason)
        except EngineError:
            raise
        except Exception as exc:  # the engine's contract: only EngineError leaves it
            log.exception("unexpected failure in the llm engine")
            raise EngineOutput(f"the llm engine failed unexpectedly: {type(exc).__name__}: {exc}",
                               reason="unexpected") from exc


def engine_from_settings(settings: Settings, client: httpx.Client | None = None) -> LLMEngine:
    """An :class:`LLMEngine` for ``COPYDESK_LLM_URL`` / ``_MODEL`` / ``_API_KEY``.

    Raises :class:`~copydesk.errors.ConfigError` when no endpoint is configured.
    """
    if not settings.llm_url:
        raise ConfigError(
            "the llm engine needs an endpoint, and none is configured",
            hint="set COPYDESK_LLM_URL (or pass --llm-url), e.g. http://127.0.0.1:8080 for a "
                 "local llama.cpp server; or use the default 'rules' engine",
        )
    if not settings.llm_url.startswith(("http://", "https://")):
        raise ConfigError(f"COPYDESK_LLM_URL={settings.llm_url!r} is not an http(s) URL",
                          hint="give the server's base URL, e.g. http://127.0.0.1:8080/v1")
    budget = settings.llm_budget_s
    return LLMEngine(
        client or httpx.Client(follow_redirects=False),
        base_url=settings.llm_url,
        model=settings.llm_model or "default",
        api_key=settings.llm_api_key,
        timeout=settings.llm_timeout,
        budget_s=budget,
    )
