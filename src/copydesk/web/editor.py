"""The editor app: server-rendered pages (Jinja2, autoescaped) under ``/editor/``.

Log in, work the queue (flagged first, then waiting for approval), review each
generated statement beside the story sentences it cites with what the checker found
in it, edit (re-checked as you type) or regenerate a part (old and new side by side
before anything is replaced), compare revisions word by word, approve and publish.
Every form carries the session's CSRF token; the login form a double-submit token;
the live check sends it in a header. Each page calls :class:`~copydesk.web.desk.Desk`,
exactly as the JSON API does. The pages work without script; ``static/desk.js`` adds
the highlighting, keyboard moves and the live check.
"""

from __future__ import annotations

import hmac
import json
import logging
import math
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import lru_cache, partial
from importlib import resources
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from copydesk.errors import (
    CopydeskError,
    CsrfFailed,
    InputError,
    NotFound,
    ParentRequired,
    RateLimited,
    RevisionConflict,
)
from copydesk.model import PART_KINDS, PartKind, Parts, part_kind
from copydesk.web import findings, worklist
from copydesk.web.api import render_article
from copydesk.web.auth import EditorSession, current_session
from copydesk.web.desk import Desk, StoryInput, query_day
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
    from copydesk.web.diff import field_label

    env = Environment(loader=PackageLoader("copydesk.web", "templates"), autoescape=True)
    env.globals["field_label"] = field_label
    return env


# The editor's pages run one script, /editor/static/desk.js, and nothing inline: an injected
# script could not run even if escaping failed. The live check fetches from the same origin.
# The preview iframe (the article page, with its own policy) is same-origin.
EDITOR_CSP = ("default-src 'none'; script-src 'self'; connect-src 'self'; "
              "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; "
              "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
STATIC = {"desk.js": "text/javascript; charset=utf-8", "desk.css": "text/css; charset=utf-8"}
PART_LABELS = (("question_headline", "Question headline"), ("headline", "Headline"), ("seo_title", "SEO title"),
               ("synopsis", "Synopsis"), ("takeaways", "Takeaways"), ("viewpoint", "Point of view"),
               ("faq", "FAQ"), ("tags", "Tags"))


def _page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = templates().get_template(name).render(**context)
    headers = {"Cache-Control": "no-store", "Content-Security-Policy": EDITOR_CSP}
    return HTMLResponse(html, status_code=status, headers=headers)


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


async def editor_form(request: Request, session: EditorSession) -> FormData:
    """The posted form of a logged-in editor, its CSRF token checked (CsrfFailed, 403)."""
    return await _form(request, session)


EditorForm = Annotated[FormData, Depends(editor_form)]
"""A form posted by a logged-in editor with the session's CSRF token."""


def _to_login() -> RedirectResponse:
    return RedirectResponse("/editor/login", status_code=303)


def _to_article(id: str, query: str, anchor: str = "") -> RedirectResponse:
    return RedirectResponse(f"/editor/articles/{quote(id)}?{query}{anchor}", status_code=303)


async def _change(id: str, change: Callable[[], object], notice: str, part: str = "") -> RedirectResponse:
    """Make a change to the article in a worker thread, then go back to its page with ``notice``
    (or, when someone saved a newer revision first, with the conflict message)."""
    try:
        await run_in_threadpool(change)
    except RevisionConflict:
        return _to_article(id, "error=conflict")
    return _to_article(id, f"notice={notice}", f"#part-{part}" if part else "")


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
    session = current_session(request)
    if session is not None:
        await _form(request, session)
        # Server-side: a copy of the cookie replayed after logout is refused.
        await run_in_threadpool(_desk(request).store.close_session, session.nonce)
    response = _to_login()
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


# --------------------------------------------------------------------------- stories


@router.get("/static/{name}")
def static(name: str) -> Response:
    """The desk's script and style sheet (a fixed list: no path reaches the file system)."""
    if name not in STATIC:
        raise NotFound(f"no static file {name!r}", hint=f"files: {', '.join(STATIC)}")
    body = resources.files("copydesk.web").joinpath("static", name).read_bytes()
    return Response(body, media_type=STATIC[name], headers={"Cache-Control": "no-cache"})


def _queue_context(request: Request, q: str | None, entity: str | None, since: str | None,
                   until: str | None, show: str | None, offset: int = 0) -> dict[str, Any]:
    show = show or None
    work = worklist.queue(_desk(request).store, query=q, entity=entity, since=query_day(since, "since"),
                          until=query_day(until, "until"), show=show, offset=offset)
    search = {k: v for k, v in (("q", q), ("entity", entity), ("since", since), ("until", until)) if v}
    tabs = [(state, label, "?" + urlencode({**search, "show": state} if state else search))
            for state, label in (("", "All"), *worklist.STATE_LABELS.items())]

    def page_href(at: int) -> str:
        return "?" + urlencode({**search, **({"show": show} if show else {}), **({"offset": at} if at > 0 else {})})

    return {"queue": work, "q": q, "entity": entity, "since": since, "until": until, "show": show or "",
            "tabs": tabs, "state_labels": worklist.STATE_LABELS, "page_href": page_href,
            "page_size": worklist.QUEUE_PAGE}


@router.get("/")
def index(request: Request, session: EditorSession, q: str | None = None, entity: str | None = None, since: str | None = None,
          until: str | None = None, show: str | None = None,
          offset: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0) -> Response:
    context = _queue_context(request, q, entity, since, until, show, offset)
    return _page("index.html.j2", **_context(request, session, form={}, **context))


@router.post("/articles")
async def new_story(request: Request, session: EditorSession, form: EditorForm) -> Response:
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
        context = _queue_context(request, None, None, None, None, None)
        return _page("index.html.j2", status=status,
                     **_context(request, session, form=fields, error=message, **context))
    notice = "created" if created else "exists"
    return RedirectResponse(f"/editor/articles/{quote(stored.article.id)}?notice={notice}", status_code=303)


def _next_in_queue(request: Request, id: str) -> str | None:
    """The first story of the queue, other than ``id``, that needs attention."""
    work = worklist.queue(_desk(request).store, limit=2)
    return next((row.id for row, state in work.rows if state != "published" and row.id != id), None)


@router.get("/articles/{id}")
def review(request: Request, session: EditorSession, id: str, revision: RevisionQuery = None,
           error: str | None = None) -> Response:
    stored = _desk(request).store.get(id, revision)
    article = stored.article
    statements = findings.statements(article)
    flagged = {part: sum(1 for st in statements.values()
                         if (st.ref == part or st.ref.startswith(part + ".")) and not st.supported)
               for part in PART_KINDS}
    citers: dict[str, list[str]] = {}
    for st in statements.values():
        for sid in st.cites:
            citers.setdefault(sid, []).append(st.ref)
    first = next((ref for ref, st in statements.items() if not st.supported), None)
    history = worklist.history(_desk(request).store, id)
    errors = {"conflict": "Someone saved a newer revision first: your change was not saved. "
                          "Here is the latest revision; apply your change again."}
    return _page("review.html.j2", **_context(
        request, session, article=article, article_id=article.id, revision=stored.revision,
        latest=stored.latest, published_revision=stored.published_revision, statements=statements, flagged=flagged,
        flagged_count=sum(1 for st in statements.values() if not st.supported), citers=citers,
        first_finding=first,
        history=history, compare_a=max(1, stored.revision - 1), compare_b=stored.revision,
        part_labels=PART_LABELS, next_id=_next_in_queue(request, article.id),
        error=errors.get(error or ""),
    ))


@router.post("/articles/{id}/check")
async def check_statement(request: Request, id: str) -> Response:
    """Re-check a statement's new wording without saving it (the live check as the editor types).

    JSON in: ``{"revision": n, "ref": "takeaways.0", "text": "…"}`` with the session's CSRF
    token in ``X-CSRF-Token``. JSON out: the statement's support, findings and spans.
    """
    session = current_session(request)
    if session is None:
        raise CsrfFailed("no editor session: log in again")
    signer: Signer = request.app.state.signer
    if not signer.check_csrf(session, request.headers.get("x-csrf-token", "")):
        raise CsrfFailed("the check's CSRF token is missing or wrong")
    try:
        body = json.loads(await request.body())
        revision, ref, text = int(body["revision"]), str(body["ref"]), str(body["text"])
    except (ValueError, KeyError, TypeError):
        raise InputError("a check is JSON with revision, ref and text",
                         hint='send {"revision": 1, "ref": "takeaways.0", "text": "…"}') from None
    desk = _desk(request)
    claim, support, sentences = await run_in_threadpool(desk.check_statement, id, revision, ref, text)
    st = findings.statement(ref, claim.text, claim.cites, support, threshold=desk.settings.support_threshold,
                            sources=sentences)

    def pieces(segments: tuple[findings.Segment, ...]) -> list[dict[str, Any]]:
        return [{"text": g.text, "finding": g.finding} for g in segments]

    return JSONResponse({
        "ref": ref, "text": st.text, "supported": st.supported, "score": round(st.score, 3),
        "findings": [{"kind": f.kind, "text": f.text, "reason": f.reason, "span": f.span, "source": f.source}
                     for f in st.findings],
        "segments": pieces(st.segments),
        "against": [{"id": sid, "segments": pieces(segs)} for sid, segs in st.against],
    }, headers={"Cache-Control": "no-store"})


@router.get("/articles/{id}/diff")
def diff(request: Request, session: EditorSession, id: str, a: Annotated[int, Query(ge=1, le=2**31 - 1)],
         b: Annotated[int, Query(ge=1, le=2**31 - 1)], part: str | None = None) -> Response:
    kind = part_kind(part) if part else None
    store = _desk(request).store
    fields = worklist.revision_diff(store, id, a, b, kind)
    head = store.head(id, b)
    article = store.get(id, b).article
    return _page("diff.html.j2", **_context(
        request, session, article_id=id, a=a, b=b, part=kind, fields=fields, head=head,
        headline=article.parts.headline.text, part_labels=dict(PART_LABELS),
        changed=[f for f in fields if f.changed], same=sum(1 for f in fields if not f.changed),
    ))


@router.get("/articles/{id}/preview")
def preview(request: Request, _session: EditorSession, id: str, revision: RevisionQuery = None) -> Response:
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


def _number(form: FormData, name: str) -> int | None:
    raw = str(form.get(name) or "")
    return int(raw) if raw.isdigit() and len(raw) < 10 else None


@router.post("/articles/{id}/parts/{part}")
async def save_part(request: Request, session: EditorSession, form: EditorForm, id: str, part: str) -> Response:
    kind = part_kind(part)
    desk = _desk(request)
    parent = _number(form, "parent")
    if parent is None:
        raise ParentRequired("the edit form did not say which revision it started from",
                             hint="reload the article and edit it again")
    stored = await run_in_threadpool(desk.store.get, id, parent)
    value = form_to_part(kind, stored.article.parts, form)
    return await _change(id, partial(desk.edit_part, id, kind, value, parent=parent, author=session.user),
                         "saved", kind)


@router.post("/articles/{id}/parts/{part}/regenerate")
async def regenerate(request: Request, session: EditorSession, form: EditorForm, id: str, part: str) -> Response:
    return await _change(id, partial(_desk(request).regenerate_part, id, part_kind(part),
                                     parent=_number(form, "parent"), author=session.user), "regenerated", part)


@router.post("/articles/{id}/parts/{part}/regenerate/preview")
async def regenerate_preview(request: Request, session: EditorSession, form: EditorForm,
                             id: str, part: str) -> Response:
    """Regenerate a part and show the old and new text side by side; nothing is saved yet."""
    kind = part_kind(part)
    desk = _desk(request)
    proposal = await run_in_threadpool(partial(desk.propose_regeneration, id, kind,
                                               revision=_number(form, "parent")))
    current = proposal.current.article
    fresh = proposal.article
    old_st, new_st = findings.statements(current), findings.statements(fresh)
    from copydesk.web.diff import parts_diff

    rows = parts_diff(current.parts, proposal.parts, kind)
    if kind == "headline":
        rows += parts_diff(current.parts, proposal.parts, "seo_title")
    return _page("regenerate.html.j2", **_context(
        request, session, article_id=id, part=kind, label=dict(PART_LABELS)[kind],
        revision=proposal.current.revision, rows=rows, old=old_st, new=new_st, engine=proposal.engine,
        values=json.dumps(proposal.values, ensure_ascii=False), headline=current.parts.headline.text,
        unchanged=all(not r.changed for r in rows),
    ))


@router.post("/articles/{id}/parts/{part}/accept")
async def accept_regeneration(request: Request, session: EditorSession, form: EditorForm,
                              id: str, part: str) -> Response:
    """Save the regenerated text the editor accepted on the side-by-side page."""
    kind = part_kind(part)
    parent = _number(form, "parent")
    if parent is None:
        raise ParentRequired("the form did not say which revision the regeneration replaces",
                             hint="regenerate the part again")
    try:
        values = json.loads(str(form.get("values") or ""))
    except ValueError:
        raise InputError("the regenerated text did not come back as JSON", hint="regenerate the part again") from None
    if not isinstance(values, dict):
        raise InputError("the regenerated text did not come back as a JSON object", hint="regenerate the part again")
    return await _change(id, partial(_desk(request).accept_regeneration, id, kind, values, parent=parent,
                                     engine=str(form.get("engine") or ""), author=session.user),
                         "regenerated", kind)


@router.post("/articles/{id}/approve")
async def approve(request: Request, form: EditorForm, id: str) -> Response:
    await run_in_threadpool(_desk(request).approve, id, _number(form, "revision"))
    return _to_article(id, "notice=approved")
