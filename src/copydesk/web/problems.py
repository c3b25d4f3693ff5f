"""The web app's one translation of errors into ``application/problem+json``.

Everything the service refuses leaves through here, with the stable ``code`` of
:mod:`copydesk.errors`:

* a :class:`~copydesk.errors.CopydeskError` raised by a route, a dependency or the desk;
* a request FastAPI cannot validate → :class:`~copydesk.errors.InputError` (``input.invalid``);
* a routing failure Starlette raises → :class:`~copydesk.errors.RouteNotFound`,
  :class:`~copydesk.errors.MethodNotAllowed` (with an ``Allow`` header listing every
  method the path takes) or :class:`~copydesk.errors.HttpError`;
* any other exception → :class:`~copydesk.errors.InternalError` (``internal.unexpected``,
  500), logged with its traceback.

One exception is not a failure: :class:`LoginRequired`, raised by the editor pages'
session dependency (:func:`copydesk.web.auth.editor_session`), answers with a redirect
to the login form.

:func:`install_problem_handlers` registers the handlers on an app; the ASGI middleware
that answers before the app (body cap, rate limit) sends the same body through
:func:`send_problem`. Headers an error implies come from its details (:func:`problem_headers`).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match
from starlette.types import Send

from copydesk.errors import (
    CopydeskError,
    HttpError,
    InputError,
    InternalError,
    MethodNotAllowed,
    RouteNotFound,
)

logger = logging.getLogger(__name__)

PROBLEM = "application/problem+json"

# Details of an error that are also response headers (the problem body keeps them too).
_HEADER_DETAILS = {"retry_after": "Retry-After", "allow": "Allow", "content_range": "Content-Range"}


def problem_headers(err: CopydeskError) -> dict[str, str]:
    """The response headers ``err`` implies: Retry-After, Allow, Content-Range."""
    return {header: str(err.details[key]) for key, header in _HEADER_DETAILS.items() if key in err.details}


def problem_response(err: CopydeskError) -> JSONResponse:
    """``err`` as an RFC 9457 problem response."""
    if err.status >= 500:
        logger.error("%s: %s", err.code, err.message)
    return JSONResponse(err.to_problem(), status_code=err.status, media_type=PROBLEM,
                        headers=problem_headers(err) or None)


async def send_problem(send: Send, err: CopydeskError) -> None:
    """Answer an ASGI request with ``err`` (for middleware, which runs outside the handlers)."""
    body = json.dumps(err.to_problem()).encode("utf-8")
    raw = [(b"content-type", PROBLEM.encode()), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in problem_headers(err).items()]
    await send({"type": "http.response.start", "status": err.status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


class LoginRequired(Exception):
    """An editor page was asked for without an editor session: the answer is the login form (303)."""


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def _allowed(request: Request) -> list[str]:
    """Every method some route accepts on this path (Starlette reports only the first route's).

    Asks each route whether it would fully match the request under another method, so
    routes of included routers count too.
    """
    allowed = set()
    for method in _METHODS:
        scope = {**request.scope, "method": method}
        if any(route.matches(scope)[0] == Match.FULL for route in request.app.router.routes):
            allowed.add(method)
    return [m for m in _METHODS if m in allowed]


def http_error(request: Request, exc: StarletteHTTPException) -> HttpError:
    """The coded error of an HTTP failure Starlette raised (no route, wrong method, …)."""
    detail = str(exc.detail)
    if exc.status_code == 404:
        return RouteNotFound(detail)
    if exc.status_code == 405:
        return MethodNotAllowed(detail, allow=", ".join(_allowed(request)))
    return HttpError(detail, status=exc.status_code)


def validation_error(exc: RequestValidationError) -> InputError:
    """The coded error of a request FastAPI could not validate."""
    errors = "; ".join(
        f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg', '')}" for e in exc.errors()[:5]
    )
    return InputError(f"the request is not valid: {errors}",
                      hint="see /openapi.json for the expected shape", errors=errors)


def install_problem_handlers(app: FastAPI) -> None:
    """Register the app's one handler set: every failure leaves as problem+json (a missing
    editor session as the login form)."""

    @app.exception_handler(LoginRequired)
    async def _login(_request: Request, _exc: LoginRequired) -> RedirectResponse:
        return RedirectResponse("/editor/login", status_code=303)

    @app.exception_handler(CopydeskError)
    async def _copydesk_error(_request: Request, exc: CopydeskError) -> JSONResponse:
        return problem_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return problem_response(validation_error(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Any:
        return problem_response(http_error(request, exc))

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        # Starlette re-raises after answering, so the server still logs the traceback.
        return problem_response(InternalError.wrap(exc))
