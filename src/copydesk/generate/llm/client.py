"""One chat completion from an OpenAI-compatible endpoint, with retries inside a time budget.

Retries with exponential backoff on timeouts, connection errors, 429 and 5xx,
honouring ``Retry-After`` (capped); never waits past the deadline. Every failure
becomes an :class:`~copydesk.errors.EngineUnavailable` (the endpoint did not answer
usefully) or :class:`~copydesk.errors.EngineOutput` (it answered nonsense).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from copydesk.errors import EngineOutput, EngineUnavailable

log = logging.getLogger(__name__)

RETRY_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})
BACKOFF_BASE_S = 0.5
"""First backoff; doubled on each retry (0.5 s, 1 s, 2 s …)."""
MAX_WAIT_S = 30.0
"""Longest single wait, even when ``Retry-After`` asks for more."""


def chat_url(base_url: str) -> str:
    """``…/v1/chat/completions`` for a base URL given with or without ``/v1``."""
    base = base_url.strip().rstrip("/")
    if base.endswith("/chat/completions"):
        return base
    return f"{base}/chat/completions" if base.endswith("/v1") else f"{base}/v1/chat/completions"


def retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when - (time.time() if now is None else now))


@dataclass(frozen=True)
class ChatReply:
    """The assistant's text, why it stopped, and how many attempts it took."""

    content: str
    finish_reason: str | None
    attempts: int
    usage: tuple[tuple[str, int], ...] = ()


@dataclass
class ChatClient:
    """POSTs chat requests to one endpoint; ``sleep`` and ``clock`` are injectable for tests."""

    client: httpx.Client
    base_url: str
    model: str
    api_key: str | None = None
    timeout: float = 600.0
    max_retries: int = 2
    max_wait: float = MAX_WAIT_S
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic

    @property
    def url(self) -> str:
        return chat_url(self.base_url)

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        return headers

    def complete(self, payload: dict[str, Any], *, deadline: float) -> ChatReply:
        """Send ``payload`` (``model`` is filled in) until it succeeds, retries run out or time does."""
        body = {"model": self.model, **payload}
        last = "no attempt made: the time budget was already spent"
        made = 0
        for attempt in range(self.max_retries + 1):
            remaining = deadline - self.clock()
            if remaining <= 0:
                break
            made += 1
            wait: float | None = None
            try:
                response = self.client.post(
                    self.url, json=body, headers=self._headers(),
                    timeout=httpx.Timeout(min(self.timeout, remaining)),
                )
            except httpx.TimeoutException:
                last = f"timed out after {min(self.timeout, remaining):.1f}s"
            except httpx.HTTPError as exc:
                last = f"{type(exc).__name__}: {exc}"
            else:
                if response.status_code < 300:
                    return _reply(response, attempt + 1)
                last = f"HTTP {response.status_code}: {_error_text(response)}"
                if response.status_code not in RETRY_STATUS:
                    raise _client_error(response, last, self.url)
                wait = retry_after(response.headers.get("Retry-After"))
            if attempt == self.max_retries:
                break
            wait = min(BACKOFF_BASE_S * 2**attempt if wait is None else wait, self.max_wait)
            if self.clock() + wait >= deadline:
                last += f"; the next retry ({wait:.1f}s away) would pass the time budget"
                break
            log.info("llm endpoint: %s; retrying in %.1fs", last, wait)
            self.sleep(wait)
        raise EngineUnavailable(f"the LLM endpoint did not answer: {last}", url=self.url,
                                attempts=made)


def _error_text(response: httpx.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        return " ".join(response.text.split())[:200]
    err = data.get("error") if isinstance(data, dict) else None
    if isinstance(err, dict):
        return str(err.get("message", err))[:200]
    return str(err or data)[:200]


def _client_error(response: httpx.Response, message: str, url: str) -> EngineUnavailable:
    status = response.status_code
    hint = {
        401: "set COPYDESK_LLM_API_KEY to a key the endpoint accepts",
        403: "set COPYDESK_LLM_API_KEY to a key the endpoint accepts",
        404: "check COPYDESK_LLM_URL (the server's base URL) and COPYDESK_LLM_MODEL",
    }.get(status)
    return EngineUnavailable(f"the LLM endpoint refused the request: {message}", hint=hint,
                             url=url, status=status)


def _reply(response: httpx.Response, attempts: int) -> ChatReply:
    try:
        data = response.json()
        choice = data["choices"][0]
        message = choice.get("message") or {}
        content = message.get("content")
        if content is None:
            content = choice.get("text", "")
        finish = choice.get("finish_reason")
        usage = data.get("usage") or {}
    except (ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
        raise EngineOutput("the LLM endpoint's answer is not a chat completion",
                           reason="not_chat") from exc
    if not isinstance(content, str):
        raise EngineOutput("the LLM endpoint's answer has no text content", reason="not_chat")
    counts = tuple((k, v) for k, v in usage.items() if isinstance(v, int)) if isinstance(
        usage, dict) else ()
    return ChatReply(content=content, finish_reason=finish if isinstance(finish, str) else None,
                     attempts=attempts, usage=counts)
