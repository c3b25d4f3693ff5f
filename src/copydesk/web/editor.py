"""The editor app: server-rendered pages (Jinja2, autoescaped) under ``/editor/``.

Log in, paste a story or its URL, review the finished page beside each part as a
form (with its grounding flags), edit or regenerate a part, approve and publish.
Every form carries the session's CSRF token; the login form a double-submit token.
Each page calls :class:`~copydesk.web.desk.Desk`, exactly as the JSON API does.
"""

from __future__ import annotations

import hmac
import logging
import math
from datetime import UTC, date, datetime
from functools import lru_cache, partial
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from copydesk.errors import (
    CopydeskError,
    CsrfFailed,
    InputError,
    ParentRequired,
    RateLimited,
    RevisionConflict,
)
from copydesk.model import PART_KINDS, PartKind, Parts
from copydesk.web.api import render_article
from copydesk.web.auth import current_session
from copydesk.web.desk import Desk, StoryInput
from copydesk.web.security import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    Session,
    Signer,
    TokenBucket,
    new_login_csrf,
)

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/editor", include_in_schema=False)
RevisionQuery = Annotated[int | None, Query(ge=1, le=2**31 - 1)]

NOTICES = {
    "saved": "Saved as a new revision.",
    "approved": "Approved: this revision is now the published page.",
    "regenerated": "Regenerated as a new revision.",
    "created": "Story enriched and stored.",
    "exists": "This story was already stored; here is its latest revision.",
}


@lru_cache(maxsize=1)
def templates() -> Environment:
    """The editor's template environment (autoescape on for every template)."""
    return Environment(loader=PackageLoader("copydesk.web", "templates"), autoescape=True)


# The editor's own pages run no script at all: an injected one could not run even if
# escaping failed. The preview iframe (the article page, with its own policy) is same-origin.
EDITOR_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; "
              "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


def _page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = templates().get_template(name).render(**context)
    headers = {"Cache-Control": "no-store", "Content-Security-Policy": EDITOR_CSP}
    return HTMLResponse(html, status_code=status, headers=headers)


class _LoginRedirect(Exception):
    pass


def _session(request: Request) -> Session | None:
    return current_session(request)


def _context(request: Request, session: Session, **extra: Any) -> dict[str, Any]:
    signer: Signer = request.app.state.signer
    notice = NOTICES.get(request.query_params.get("notice", ""))
    return {"user": session.user, "csrf": signer.csrf(session), "notice": notice, **extra}


async def _form(request: Request, session: Session) -> FormData:
    form = await request.form()
    signer: Signer = request.app.state.signer
    if not signer.check_csrf(session, str(form.get("csrf") or "")):
        raise CsrfFailed("the form's CSRF token is missing or wrong")
    return form


def _to_login() -> RedirectResponse:
    return RedirectResponse("/editor/login", status_code=303)


def _desk(request: Request) -> Desk:
    desk: Desk = request.app.state.desk
    return desk


# --------------------------------------------------------------------------- login


@router.get("/login")
def login_page(request: Request) -> HTMLResponse:
    token = new_login_csrf()
    response = _page("login.html.j2", login_csrf=token, user=None)
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", path="/editor/login")
    return response


@router.post("/login")
async def login(request: Request) -> Response:
    form = await request.form()
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE) or ""
    if not cookie or not hmac.compare_digest(cookie, str(form.get("csrf") or "")):
        raise CsrfFailed("the login form's CSRF token does not match; reload the login page")
    user, password = str(form.get("user") or ""), str(form.get("password") or "")
    limit_login(request, user)
    if not user or not await run_in_threadpool(_desk(request).store.check_user, user, password):
        token = new_login_csrf()
        response = _page("login.html.j2", status=401, login_csrf=token, user=None,
                         error="Unknown editor or wrong password.")
        response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", path="/editor/login")
        return response
    signer: Signer = request.app.state.signer
    value = signer.issue(user)
    session = signer.read(value)
    assert session is not None  # just issued
    expires = datetime.fromtimestamp(session.expires, UTC)
    await run_in_threadpool(_desk(request).store.open_session, session.nonce, user, expires)
    done = RedirectResponse("/editor/", status_code=303)
    done.set_cookie(SESSION_COOKIE, value, max_age=signer.max_age_s, httponly=True,
                    samesite="lax", path="/", secure=request.url.scheme == "https")
    done.delete_cookie(LOGIN_CSRF_COOKIE, path="/editor/login")
    return done


def limit_login(request: Request, user: str) -> None:
    """Spend one attempt on the editor name being tried; RateLimited (429) when none is left."""
    bucket: TokenBucket = request.app.state.login_bucket
    wait = bucket.take("user:" + " ".join(user.lower().split())[:128])
    if wait > 0:
        retry = max(1, math.ceil(wait))
        raise RateLimited(f"too many login attempts for this editor; retry in {retry} s", retry_after=retry)


@router.post("/logout")
async def logout(request: Request) -> Response:
    session = _session(request)
    if session is not None:
        await _form(request, session)
        # Server-side: a copy of the cookie replayed after logout is refused.
        await run_in_threadpool(_desk(request).store.close_session, session.nonce)
    response = _to_login()
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


# --------------------------------------------------------------------------- stories


@router.get("/")
def index(request: Request, q: str | None = None, entity: str | None = None) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    rows = _desk(request).store.list(q, entity=entity, limit=100)
    return _page("index.html.j2", **_context(request, session, summaries=rows, q=q, entity=entity, form={}))


@router.post("/articles")
async def new_story(request: Request) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    form = await _form(request, session)
    fields = {k: (str(form.get(k) or "").strip() or None) for k in ("text", "url", "title", "source", "published")}
    desk = _desk(request)
    try:
        inp = StoryInput(
            text=fields["text"], url=None if fields["text"] else fields["url"], title=fields["title"],
            source=fields["source"],
            published=date.fromisoformat(fields["published"]) if fields["published"] else None,
        )
        stored, created = await run_in_threadpool(partial(desk.submit, inp, author=session.user))
    except (ValidationError, ValueError, CopydeskError) as exc:
        message = exc.message if isinstance(exc, CopydeskError) else "Give the story's text or its URL."
        status = exc.status if isinstance(exc, CopydeskError) else 422
        rows = desk.store.list(limit=100)
        return _page("index.html.j2", status=status,
                     **_context(request, session, summaries=rows, form=fields, error=message))
    notice = "created" if created else "exists"
    return RedirectResponse(f"/editor/articles/{quote(stored.article.id)}?notice={notice}", status_code=303)


@router.get("/articles/{id}")
def review(request: Request, id: str, revision: RevisionQuery = None, error: str | None = None) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    stored = _desk(request).store.get(id, revision)
    supports = {s.ref: s for s in stored.article.grounding.supports}
    flagged = {part: sum(1 for s in supports.values()
                         if (s.ref == part or s.ref.startswith(part + ".")) and not s.supported)
               for part in PART_KINDS}
    errors = {"conflict": "Someone saved a newer revision first: your change was not saved. "
                          "Here is the latest revision; apply your change again."}
    return _page("review.html.j2", **_context(
        request, session, article=stored.article, article_id=stored.article.id, revision=stored.revision,
        latest=stored.latest, published=stored.published, supports=supports, flagged=flagged,
        error=errors.get(error or ""),
    ))


@router.get("/articles/{id}/preview")
def preview(request: Request, id: str, revision: RevisionQuery = None) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    stored = _desk(request).store.get(id, revision)
    return HTMLResponse(render_article(stored.article, None), headers={"Cache-Control": "no-store"})


def form_to_part(part: PartKind, parts: Parts, form: FormData) -> Any:
    """The JSON of ``part`` rebuilt from the editor's form, keeping each claim's citations."""
    def text(name: str) -> str:
        return str(form.get(name) or "").strip()

    def claim(current: Any, name: str) -> dict[str, Any]:
        return {**current.model_dump(mode="json"), "text": text(name)}

    if part in ("question_headline", "headline"):
        return claim(getattr(parts, part), "text")
    if part == "seo_title":
        return text("text")
    if part == "tags":
        return [t.strip() for t in text("tags").split(",") if t.strip()]
    if part in ("synopsis", "viewpoint"):
        return [claim(c, f"claim-{i}") for i, c in enumerate(getattr(parts, part))]
    if part == "takeaways":
        return [{"label": text(f"label-{i}"), "claim": claim(t.claim, f"claim-{i}")}
                for i, t in enumerate(parts.takeaways)]
    return [{"question": claim(f.question, f"question-{i}"), "answer": claim(f.answer, f"answer-{i}")}
            for i, f in enumerate(parts.faq)]


def _part(part: str) -> PartKind:
    if part not in PART_KINDS:
        raise InputError(f"no part named {part!r}", hint=f"parts: {', '.join(PART_KINDS)}")
    return part


def _number(form: FormData, name: str) -> int | None:
    raw = str(form.get(name) or "")
    return int(raw) if raw.isdigit() and len(raw) < 10 else None


@router.post("/articles/{id}/parts/{part}")
async def save_part(request: Request, id: str, part: str) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    form = await _form(request, session)
    kind = _part(part)
    desk = _desk(request)
    parent = _number(form, "parent")
    if parent is None:
        raise ParentRequired("the edit form did not say which revision it started from",
                             hint="reload the article and edit it again")
    stored = await run_in_threadpool(desk.store.get, id, parent)
    value = form_to_part(kind, stored.article.parts, form)
    try:
        await run_in_threadpool(partial(desk.edit_part, id, kind, value, parent=parent, author=session.user))
    except RevisionConflict:
        return RedirectResponse(f"/editor/articles/{quote(id)}?error=conflict", status_code=303)
    return RedirectResponse(f"/editor/articles/{quote(id)}?notice=saved#part-{kind}", status_code=303)


@router.post("/articles/{id}/parts/{part}/regenerate")
async def regenerate(request: Request, id: str, part: str) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    form = await _form(request, session)
    try:
        await run_in_threadpool(partial(_desk(request).regenerate_part, id, _part(part),
                                        parent=_number(form, "parent"), author=session.user))
    except RevisionConflict:
        return RedirectResponse(f"/editor/articles/{quote(id)}?error=conflict", status_code=303)
    return RedirectResponse(f"/editor/articles/{quote(id)}?notice=regenerated#part-{part}", status_code=303)


@router.post("/articles/{id}/approve")
async def approve(request: Request, id: str) -> Response:
    session = _session(request)
    if session is None:
        return _to_login()
    form = await _form(request, session)
    await run_in_threadpool(_desk(request).approve, id, _number(form, "revision"))
    return RedirectResponse(f"/editor/articles/{quote(id)}?notice=approved", status_code=303)
