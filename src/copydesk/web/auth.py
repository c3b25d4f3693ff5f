"""Who a request is from: an API token, an editor session, or the public.

Two schemes, both declared in the OpenAPI description:

* ``bearerToken``: ``Authorization: Bearer TOKEN`` (``copydesk token create NAME``);
* ``editorSession``: the ``copydesk_session`` cookie set by ``/editor/login``; a write
  made with it must also send the session's ``X-CSRF-Token`` header.

Reads of the JSON API (articles, their drafts and revisions) need either scheme
(:func:`require_reader`); writes need either plus CSRF for a session
(:func:`require_writer`). The published views (``/articles/{id}…``) are public and show
approved revisions only.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from copydesk.errors import AuthError, CsrfFailed
from copydesk.web.desk import Desk
from copydesk.web.problems import LoginRequired
from copydesk.web.security import SESSION_COOKIE, Session, Signer

bearer_scheme = HTTPBearer(
    scheme_name="bearerToken", auto_error=False,
    description="An API token from `copydesk token create NAME`, sent as `Authorization: Bearer TOKEN`.",
)
session_scheme = APIKeyCookie(
    name=SESSION_COOKIE, scheme_name="editorSession", auto_error=False,
    description="The editor session cookie set by `/editor/login`. Writes made with it must also "
                "send the session's CSRF token as `X-CSRF-Token`.",
)

AUTH_DESCRIPTION = """\
**Authentication.** Two schemes protect the JSON API:

* `bearerToken`: `Authorization: Bearer TOKEN`, a token from `copydesk token create NAME`;
* `editorSession`: the `copydesk_session` cookie of a logged-in editor (`/editor/login`);
  a write made with it must also send the session's CSRF token as `X-CSRF-Token`.

Every `/v1/...` route (reads included: drafts and revisions are private until approved) needs
one of the two; each operation lists them under `security`. The published views
`/articles/{id}`, `/articles/{id}/audio.mp3` and `/articles/{id}/jsonld`, and `/healthz`, are public:
they show an article's published (highest approved) revision only.

**Editing.** `PATCH /v1/articles/{id}/parts/...` needs the revision the edit starts from, as
`parent` in the body or as the `ETag` of `GET /v1/articles/{id}` in `If-Match`; without either
the answer is 428, and from a revision that is no longer the latest, 409.
"""


def get_desk(request: Request) -> Desk:
    """The app's :class:`Desk`."""
    desk: Desk = request.app.state.desk
    return desk


def current_session(request: Request) -> Session | None:
    """The editor session of a request: signed, unexpired, and still open in the store."""
    signer: Signer = request.app.state.signer
    session = signer.read(request.cookies.get(SESSION_COOKIE))
    if session is None:
        return None
    return session if get_desk(request).store.session_active(session.nonce) else None


def editor_session(request: Request) -> Session:
    """The session of the editor asking for an editor page; :class:`LoginRequired` (the login
    form) when no editor is logged in."""
    session = current_session(request)
    if session is None:
        raise LoginRequired
    return session


async def _token_holder(request: Request, credentials: HTTPAuthorizationCredentials | None) -> str | None:
    """``"api"`` for a valid bearer token, None when no bearer token was sent; raises for a bad one."""
    if credentials is None:
        return None
    secret = credentials.credentials.strip()
    desk = get_desk(request)
    if secret and (desk.token_cached(secret) or await run_in_threadpool(desk.token_valid, secret)):
        return "api"
    raise AuthError("the API token is not valid", hint="create one with `copydesk token create NAME`")


async def require_reader(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer_scheme)],
    _cookie: Annotated[str | None, Security(session_scheme)],
) -> str:
    """Who may read drafts: an API token holder or a logged-in editor; else AuthError (401).

    Async: a token seen valid in the last second costs no thread and no query.
    """
    holder = await _token_holder(request, credentials)
    if holder is not None:
        return holder
    session = await run_in_threadpool(current_session, request)
    if session is None:
        raise AuthError("drafts and revisions need an API token or an editor session",
                        hint="send Authorization: Bearer TOKEN, or log in at /editor/login; "
                             "published articles are public at /articles/{id}")
    return session.user


async def require_writer(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer_scheme)],
    _cookie: Annotated[str | None, Security(session_scheme)],
) -> str:
    """The author of a write: an API token holder, or a logged-in editor with CSRF.

    Raises AuthError (401) or CsrfFailed (403).
    """
    holder = await _token_holder(request, credentials)
    if holder is not None:
        return holder
    session = await run_in_threadpool(current_session, request)
    if session is None:
        raise AuthError("this endpoint needs an API token or an editor session")
    signer: Signer = request.app.state.signer
    if not signer.check_csrf(session, request.headers.get("x-csrf-token")):
        raise CsrfFailed("the X-CSRF-Token header is missing or wrong for this session")
    return session.user


DeskDep = Annotated[Desk, Depends(get_desk)]
Reader = Annotated[str, Depends(require_reader)]
Writer = Annotated[str, Depends(require_writer)]
EditorSession = Annotated[Session, Depends(editor_session)]
