"""Every error copydesk raises, in one tree with stable codes.

::

    CopydeskError
    ├── InputError                 (422)  the story cannot be used as given
    │   ├── EmptyInput             input.empty
    │   ├── BinaryInput            input.binary
    │   ├── InputTooLarge          input.too_large
    │   ├── EncodingError          input.encoding
    │   ├── UnsupportedLanguage    input.language
    │   ├── NoMainText             input.no_main_text
    │   ├── BadRecord              input.bad_record
    │   ├── SourceNotFound         input.not_found
    │   ├── BadUrl                 input.bad_url
    │   ├── UnknownPart            input.unknown_part  a part name that is not one of PART_KINDS
    │   └── OverBudget             input.over_budget  the story took more time or memory than allowed
    ├── FetchError                 (502)  fetch.failed
    │   ├── BlockedAddress         fetch.blocked_address (400)
    │   ├── FetchTimeout           fetch.timeout (504)
    │   └── FetchStatus            fetch.status
    ├── EngineError                (503)  engine.failed
    │   ├── EngineUnavailable      engine.unavailable
    │   └── EngineOutput           engine.bad_output
    ├── VoiceError                 voice.unavailable (503)
    ├── StoreError                 store.failed (500)
    │   ├── NotFound               store.not_found (404)
    │   ├── RevisionConflict       store.conflict (409)
    │   └── ParentRequired         store.parent_required (428)
    ├── AuthError                  auth.required (401)
    │   └── CsrfFailed             auth.csrf (403)
    ├── HttpError                  http.bad_request (400)  the HTTP request itself is wrong
    │   ├── RouteNotFound          http.not_found (404)
    │   ├── MethodNotAllowed       http.method_not_allowed (405)
    │   ├── BadRange               http.bad_range (400)
    │   ├── RangeNotSatisfiable    http.range_not_satisfiable (416)
    │   └── RateLimited            http.rate_limited (429)
    ├── Busy                       service.busy (503)
    ├── ConfigError                config.invalid (400)
    │   └── UnknownBackend         config.unknown_backend
    └── InternalError              internal.unexpected (500)  a bug: any other exception, wrapped

Core code raises these; each edge translates them in one place: the CLI's command
group (:mod:`copydesk.cli`) prints ``error[input.empty]: … hint: …`` and exits 1, the
web app's handler set (:mod:`copydesk.web.problems`) answers ``application/problem+json``
(:meth:`CopydeskError.to_problem`), and a batch run writes the code in the story's
``"error"`` line. One cause has one code wherever it is met: an unknown part name is
``input.unknown_part`` in the library, the JSON API and the editor alike.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any, ClassVar


class CopydeskError(Exception):
    """Root of every copydesk error: a stable ``code``, a ``message`` and a ``hint``."""

    code: ClassVar[str] = "copydesk.error"
    status: int = 500
    """The HTTP status; a class default that :class:`HttpError` may set per instance."""
    default_hint: ClassVar[str] = ""

    def __init__(self, message: str, *, hint: str | None = None, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint if hint is not None else self.default_hint
        self.details: dict[str, Any] = details

    def __str__(self) -> str:
        return f"{self.message} (hint: {self.hint})" if self.hint else self.message

    def to_problem(self) -> dict[str, Any]:
        """An RFC 9457 ``application/problem+json`` body."""
        body: dict[str, Any] = {
            "type": f"https://copydesk.invalid/errors/{self.code}",
            "title": self.code,
            "status": self.status,
            "detail": self.message,
            "code": self.code,
        }
        if self.hint:
            body["hint"] = self.hint
        if self.details:
            body["details"] = {k: _jsonable(v) for k, v in self.details.items()}
        return body


def _jsonable(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


class InputError(CopydeskError):
    code = "input.invalid"
    status = 422


class EmptyInput(InputError):
    code = "input.empty"
    default_hint = "pass a story with some text in it"


class BinaryInput(InputError):
    code = "input.binary"
    default_hint = "pass text, Markdown, HTML or JSONL, not a binary file"


class InputTooLarge(InputError):
    code = "input.too_large"
    status = 413
    default_hint = "split the story, or raise the limit with COPYDESK_MAX_INPUT_BYTES"


class EncodingError(InputError):
    code = "input.encoding"
    default_hint = "save the file as UTF-8"


class UnsupportedLanguage(InputError):
    code = "input.language"
    default_hint = "the default engine reads English stories only"


class NoMainText(InputError):
    code = "input.no_main_text"
    default_hint = "the page has no article text; pass the story text itself"


class BadRecord(InputError):
    code = "input.bad_record"
    default_hint = "a JSONL record needs a 'text' or 'html' field"


class SourceNotFound(InputError):
    code = "input.not_found"
    default_hint = "check the path; pass '-' to read the story from standard input"


class BadUrl(InputError):
    code = "input.bad_url"
    default_hint = "give a complete http:// or https:// URL with a public host name"


class UnknownPart(InputError):
    """A part name that is not one of the document's parts (:data:`copydesk.model.PART_KINDS`)."""

    code = "input.unknown_part"

    @classmethod
    def for_name(cls, name: str, known: Iterable[str]) -> UnknownPart:
        """An error naming the closest part ("did you mean 'faq'?")."""
        known = list(known)
        close = difflib.get_close_matches(name, known, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"parts: {', '.join(known)}"
        return cls(f"no part named {name[:80]!r}", hint=hint, name=name[:80])


class OverBudget(InputError):
    code = "input.over_budget"
    default_hint = "the story is too long or too oddly shaped to enrich in time; send a shorter story"


class FetchError(CopydeskError):
    code = "fetch.failed"
    status = 502


class BlockedAddress(FetchError):
    code = "fetch.blocked_address"
    status = 400
    default_hint = "copydesk does not fetch private, loopback or link-local addresses"


class FetchTimeout(FetchError):
    code = "fetch.timeout"
    status = 504
    default_hint = "the site did not answer in time; try again or pass the page's HTML"


class FetchStatus(FetchError):
    code = "fetch.status"
    default_hint = "check the URL, or pass the page's HTML"


class EngineError(CopydeskError):
    code = "engine.failed"
    status = 503


class EngineUnavailable(EngineError):
    code = "engine.unavailable"
    default_hint = "check COPYDESK_LLM_URL, or use the default 'rules' engine"


class EngineOutput(EngineError):
    code = "engine.bad_output"
    default_hint = "the engine's answer could not be parsed; the rules engine is used instead"


class VoiceError(CopydeskError):
    code = "voice.unavailable"
    status = 503
    default_hint = "install the speech engine: apt-get install espeak-ng (make setup does this)"


class StoreError(CopydeskError):
    code = "store.failed"
    status = 500


class NotFound(StoreError):
    code = "store.not_found"
    status = 404


class RevisionConflict(StoreError):
    code = "store.conflict"
    status = 409
    default_hint = "reload the article and apply your change to its latest revision"


class ParentRequired(StoreError):
    code = "store.parent_required"
    status = 428
    default_hint = ("send the revision the edit starts from: 'parent' in the body, "
                    "or the article's ETag in If-Match")


class AuthError(CopydeskError):
    code = "auth.required"
    status = 401
    default_hint = "send 'Authorization: Bearer TOKEN'; create one with 'copydesk token create NAME'"


class CsrfFailed(AuthError):
    code = "auth.csrf"
    status = 403
    default_hint = "reload the page and submit the form again"


class HttpError(CopydeskError):
    """The HTTP request itself is wrong (a route, a method, a header), not the story in it."""

    code = "http.bad_request"
    status = 400

    def __init__(self, message: str, *, status: int | None = None, hint: str | None = None,
                 **details: Any) -> None:
        super().__init__(message, hint=hint, **details)
        if status is not None:
            self.status = status


class RouteNotFound(HttpError):
    code = "http.not_found"
    status = 404
    default_hint = "see /openapi.json for the routes"


class MethodNotAllowed(HttpError):
    code = "http.method_not_allowed"
    status = 405
    default_hint = "the Allow header lists the methods this path accepts"


class BadRange(HttpError):
    code = "http.bad_range"
    status = 400
    default_hint = "send a Range header such as 'bytes=0-1023'"


class RangeNotSatisfiable(HttpError):
    code = "http.range_not_satisfiable"
    status = 416
    default_hint = "the Content-Range header gives the file's size"


class RateLimited(HttpError):
    code = "http.rate_limited"
    status = 429
    default_hint = "slow down: wait for the number of seconds in Retry-After"


class Busy(CopydeskError):
    code = "service.busy"
    status = 503
    default_hint = "every enrichment worker is busy; retry after the number of seconds in Retry-After"


class ConfigError(CopydeskError):
    code = "config.invalid"
    status = 400


class UnknownBackend(ConfigError):
    code = "config.unknown_backend"

    @classmethod
    def for_name(cls, kind: str, name: str, known: Iterable[str]) -> UnknownBackend:
        """An error naming the closest known backend and listing them all
        ("did you mean 'sqlite'? known stores: memory, postgresql, sqlite")."""
        known = sorted(known)
        close = difflib.get_close_matches(name, known, n=1)
        listed = f"known {kind}s: {', '.join(known)}"
        hint = f"did you mean {close[0]!r}? {listed}" if close else listed
        return cls(f"no {kind} named {name!r}", hint=hint, kind=kind, name=name, known=known)


class InternalError(CopydeskError):
    """Any exception that is not a CopydeskError, wrapped at an edge: a bug in copydesk."""

    code = "internal.unexpected"
    status = 500
    default_hint = "this is a bug in copydesk: please report it with the story that caused it"

    @classmethod
    def wrap(cls, exc: BaseException) -> InternalError:
        """``exc`` as a coded error that keeps its type and message."""
        return cls.of(type(exc).__name__, str(exc))

    @classmethod
    def of(cls, type_name: str, message: str) -> InternalError:
        """The error of an exception known only by its type's name and its message
        (one raised in another process)."""
        return cls(f"unexpected {type_name}: {message}"[:500], type=type_name)


def all_errors() -> list[type[CopydeskError]]:
    """Every error class, root first (used by the docs check)."""
    out: list[type[CopydeskError]] = []
    todo: list[type[CopydeskError]] = [CopydeskError]
    while todo:
        cls = todo.pop(0)
        out.append(cls)
        todo.extend(cls.__subclasses__())
    return out
