"""Service security: signed sessions, CSRF tokens, the body-size cap and the rate limit.

* **API tokens** (``Authorization: Bearer …``) are checked against the store, which
  keeps only their SHA-256 (:meth:`~copydesk.store.Store.check_token`).
* **Editor sessions** are a signed cookie (HMAC-SHA256; ``HttpOnly``, ``SameSite=Lax``)
  carrying the editor's name, an expiry and a random nonce. The CSRF token of a
  session is an HMAC of that nonce: every editor form posts it back, and a JSON write
  made with a session cookie must send it as ``X-CSRF-Token``.
* **Body cap**: :class:`BodyLimit` counts bytes as the body streams in, whatever
  ``Content-Length`` claims, and answers 413 ``input.too_large``.
* **Rate limit**: :class:`RateLimit` is a token bucket per client (the API token, or
  else the client address) over the write methods; 429 with ``Retry-After``. Login
  attempts are keyed on the client address whatever headers they carry (a made-up
  ``Authorization`` header buys no new bucket), and the login form also keeps a bucket
  per editor name (the login target), so guesses spread over addresses are limited too.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import logging
import math
import os
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from copydesk.errors import InputTooLarge, RateLimited
from copydesk.settings import Settings
from copydesk.web.problems import send_problem

logger = logging.getLogger(__name__)

SESSION_COOKIE = "copydesk_session"
LOGIN_CSRF_COOKIE = "copydesk_login_csrf"
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


# --------------------------------------------------------------------------- sessions


def session_secret(settings: Settings) -> bytes:
    """The cookie-signing key: ``COPYDESK_SESSION_SECRET``, else ``data_dir/session.key``.

    The key file is created once (mode 0600) so sessions survive a restart.
    """
    if settings.session_secret:
        return settings.session_secret.encode("utf-8")
    path = Path(settings.data_dir) / "session.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".session.key.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
        try:
            os.link(tmp, path)  # atomic: the first server to start wins, others read its key
        except FileExistsError:
            pass
        finally:
            tmp.unlink()
    return path.read_text().strip().encode("ascii")


@dataclass(frozen=True)
class Session:
    """A logged-in editor."""

    user: str
    expires: int
    nonce: str


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Signer:
    """Issues and verifies session cookies and their CSRF tokens."""

    def __init__(self, secret: bytes, max_age_s: int, *, clock: Callable[[], float] = time.time) -> None:
        self._key = hashlib.sha256(b"copydesk-session:" + secret).digest()
        self.max_age_s = max_age_s
        self._clock = clock

    def _mac(self, payload: str) -> str:
        return _b64(hmac.new(self._key, payload.encode("ascii"), hashlib.sha256).digest())

    def issue(self, user: str) -> str:
        """A cookie value for ``user``, valid for ``max_age_s``."""
        body = {"u": user, "e": int(self._clock()) + self.max_age_s, "n": secrets.token_urlsafe(16)}
        payload = _b64(json.dumps(body, separators=(",", ":")).encode("utf-8"))
        return f"{payload}.{self._mac(payload)}"

    def read(self, value: str | None) -> Session | None:
        """The session in a cookie value, or None if absent, forged or expired."""
        if not value or value.count(".") != 1:
            return None
        payload, mac = value.split(".")
        if not hmac.compare_digest(mac, self._mac(payload)):
            return None
        try:
            body = json.loads(_unb64(payload))
            session = Session(user=str(body["u"]), expires=int(body["e"]), nonce=str(body["n"]))
        except (ValueError, KeyError, TypeError):
            return None
        return session if session.expires > self._clock() else None

    def csrf(self, session: Session) -> str:
        """The CSRF token bound to one session."""
        return self._mac("csrf:" + session.nonce)

    def check_csrf(self, session: Session, token: str | None) -> bool:
        """Whether ``token`` is this session's CSRF token."""
        return bool(token) and hmac.compare_digest(str(token), self.csrf(session))


def new_login_csrf() -> str:
    """A random token for the login form's double-submit cookie."""
    return secrets.token_urlsafe(24)


# --------------------------------------------------------------------------- body size


class _TooLarge(Exception):
    pass


class BodyLimit:
    """ASGI middleware: refuse request bodies over ``max_bytes`` with 413, while streaming."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def _error(self, size: int | str) -> InputTooLarge:
        return InputTooLarge(
            f"the request body is over the {self.max_bytes}-byte limit ({size} bytes)",
            hint="send a smaller story, or raise COPYDESK_MAX_BODY_BYTES", limit=self.max_bytes,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await send_problem(send, self._error(int(declared)))
            return
        seen = 0
        exceeded = False
        started = False

        async def counting_receive() -> Message:
            nonlocal seen, exceeded
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    exceeded = True
                    raise _TooLarge()
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if exceeded:
                return  # whatever the app made of the truncated body is dropped
            started = True
            await send(message)

        with contextlib.suppress(_TooLarge):
            await self.app(scope, counting_receive, guarded_send)
        if exceeded and not started:
            await send_problem(send, self._error(f"more than {self.max_bytes}"))


# --------------------------------------------------------------------------- rate limit


class TokenBucket:
    """Per-key token buckets: ``per_minute`` refill, ``burst`` capacity; bounded memory."""

    def __init__(
        self, per_minute: int, *, burst: int | None = None, max_keys: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst if burst is not None else max(1, per_minute))
        self.max_keys = max_keys
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """Spend one token: 0.0 when allowed, else the seconds until one is available."""
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.pop(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            wait = 0.0
            if tokens >= 1.0:
                tokens -= 1.0
            else:
                wait = (1.0 - tokens) / self.rate if self.rate > 0 else 60.0
            self._buckets[key] = (tokens, now)
            while len(self._buckets) > self.max_keys:
                self._buckets.popitem(last=False)  # forget the least recently seen client
            return wait


LOGIN_PATH = "/editor/login"


def client_key(scope: Scope) -> str:
    """Who a request is from, for rate limiting: its bearer token, else its address.

    A login attempt is always keyed on the address: a token header proves nothing there.
    """
    client = scope.get("client")
    if scope.get("path") == LOGIN_PATH:
        return "login:" + (client[0] if client else "unknown")
    auth = dict(scope.get("headers", [])).get(b"authorization", b"")
    if auth[:7].lower() == b"bearer " and len(auth) > 7:
        return "token:" + hashlib.sha256(auth[7:].strip()).hexdigest()[:16]
    return "ip:" + (client[0] if client else "unknown")


class RateLimit:
    """ASGI middleware: a token bucket per client over the write methods (and login)."""

    def __init__(self, app: ASGIApp, bucket: TokenBucket) -> None:
        self.app = app
        self.bucket = bucket

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in WRITE_METHODS:
            wait = self.bucket.take(client_key(scope))
            if wait > 0:
                retry = max(1, math.ceil(wait))
                await send_problem(
                    send,
                    RateLimited(f"too many requests from this client; retry in {retry} s",
                                retry_after=retry),
                )
                return
        await self.app(scope, receive, send)


class SecurityHeaders:
    """ASGI middleware: headers every response gets (no sniffing, no framing by others)."""

    HEADERS: tuple[tuple[bytes, bytes], ...] = (
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"SAMEORIGIN"),
        (b"referrer-policy", b"same-origin"),
    )

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def add_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *self.HEADERS]}
            await send(message)

        await self.app(scope, receive, add_headers)
