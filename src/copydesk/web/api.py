"""The JSON API (``/v1/…``) and the published views (``/articles/{id}``, its audio, its JSON-LD).

Every ``/v1`` route, reads included, needs ``Authorization: Bearer TOKEN`` or an editor
session (writes with a session also its ``X-CSRF-Token``): drafts are private until
approved (:mod:`copydesk.web.auth`). A published view is public and shows the article's
*published* revision (its highest approved one): an article nobody has approved is not
public (404).
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Path, Query, Request, Response
from fastapi.responses import FileResponse, HTMLResponse
from pydantic import BaseModel, ConfigDict, Field, create_model
from starlette.concurrency import run_in_threadpool
from starlette.responses import MalformedRangeHeader
from starlette.responses import RangeNotSatisfiable as StarletteRangeNotSatisfiable

from copydesk.errors import BadRange, CopydeskError, InputError, ParentRequired, RangeNotSatisfiable
from copydesk.model import PART_KINDS, EnrichedArticle, PartKind, Parts, part_kind
from copydesk.store import Head, Revision, StoredArticle, Summary
from copydesk.web.auth import DeskDep, Reader, Writer
from copydesk.web.cache import not_modified
from copydesk.web.desk import Desk, EditResult, IsoDate, StoryInput

logger = logging.getLogger(__name__)

router = APIRouter()
PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"description": text, "content": {"application/problem+json": {}}}
    for code, text in {401: "Not authorised", 403: "CSRF token missing or wrong",
                       404: "No such article or revision",
                       400: "Malformed body", 409: "The revision is no longer the latest",
                       413: "Body too large",
                       422: "Invalid input", 429: "Rate limited",
                       503: "Every enrichment worker is busy (Retry-After)"}.items()
}
EDIT_RESPONSES: dict[int | str, dict[str, Any]] = {
    **PROBLEM_RESPONSES,
    428: {"description": "Neither `parent` nor `If-Match` says which revision the edit starts from",
          "content": {"application/problem+json": {}}},
}
MAX_REVISION = 2**31 - 1
RevisionNumber = Annotated[int, Field(strict=True, ge=1, le=MAX_REVISION)]
"""A revision number in a JSON body: an integer (never a boolean or a float), 1 … 2**31 - 1."""
_ETAG_REVISION = re.compile(r'^\s*"r([0-9]{1,10})\.[0-9.]*"\s*$')


def article_etag(head: Head) -> str:
    """The strong ETag of ``GET /v1/articles/{id}``: the revision shown and what is said about it."""
    return f'"r{head.revision}.{head.latest}.{head.published_revision or 0}.{int(head.approved)}"'


def parent_from(body_parent: int | None, if_match: str | None) -> int:
    """The revision an edit starts from: ``parent`` in the body, else the ``If-Match`` ETag.

    Raises ParentRequired (428) when neither says, InputError when they disagree or
    the ETag is not one of ours.
    """
    from_etag: int | None = None
    if if_match is not None:
        m = _ETAG_REVISION.match(if_match)
        if m is None or not 1 <= int(m.group(1)) <= MAX_REVISION:
            raise InputError(f"If-Match {if_match[:80]!r} is not an article ETag",
                             hint="send the ETag header of GET /v1/articles/{id} as it came")
        from_etag = int(m.group(1))
    if body_parent is not None and from_etag is not None and body_parent != from_etag:
        raise InputError(f"'parent' {body_parent} and If-Match (revision {from_etag}) disagree",
                         hint="send one of them")
    parent = body_parent if body_parent is not None else from_etag
    if parent is None:
        raise ParentRequired("an edit must say which revision it starts from, or it could "
                             "silently overwrite another editor's save")
    return parent


class ArticleOut(BaseModel):
    """A stored article: its id, the revision shown, and the document."""

    model_config = ConfigDict(frozen=True)

    id: str
    revision: int
    latest: int
    approved: bool
    published: int | None = Field(description="The number of the published (highest approved) revision; "
                                              "null until an editor approves one. The story's publication "
                                              "date is article.story.published.")
    created: bool = False
    """True when this request stored the article for the first time."""
    article: EnrichedArticle

    @classmethod
    def of(cls, stored: StoredArticle, created: bool = False) -> ArticleOut:
        return cls(id=stored.article.id, revision=stored.revision, latest=stored.latest,
                   approved=stored.approved, published=stored.published_revision, created=created,
                   article=stored.article)


class Parent(BaseModel):
    model_config = ConfigDict(extra="forbid")

    parent: RevisionNumber | None = None


class Approval(BaseModel):
    model_config = ConfigDict(extra="forbid")

    revision: RevisionNumber | None = Field(default=None, description="Default: the latest revision.")


@router.post("/v1/articles", status_code=201, response_model=ArticleOut, tags=["articles"],
             summary="Enrich and store a story", responses={200: {"description": "Already stored"}, **PROBLEM_RESPONSES})
def create_article(inp: StoryInput, response: Response, desk: DeskDep, author: Writer) -> ArticleOut:
    """Enrich ``text``, ``html`` or ``url`` and store it. Posting a stored story again returns it (200)."""
    stored, created = desk.submit(inp, author=author)
    if not created:
        response.status_code = 200
    return ArticleOut.of(stored, created)


@router.get("/v1/articles", response_model=list[Summary], tags=["articles"], summary="List and search",
            responses=PROBLEM_RESPONSES)
def list_articles(
    desk: DeskDep,
    reader: Reader,
    q: Annotated[str | None, Query(max_length=500, description="Words that must all appear")] = None,
    entity: Annotated[str | None, Query(max_length=200, description="A person, organisation or place")] = None,
    since: Annotated[IsoDate | None, Query(description="YYYY-MM-DD")] = None,
    until: Annotated[IsoDate | None, Query(description="YYYY-MM-DD")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> list[Summary]:
    """Articles matching every filter, newest publication first (drafts included: private)."""
    del reader
    return desk.store.list(q, entity=entity, since=since, until=until, limit=limit, offset=offset)


@router.get("/v1/articles/{id}", response_model=ArticleOut, tags=["articles"],
            summary="One article (latest or given revision)",
            responses={304: {"description": "Not modified (If-None-Match)"}, **PROBLEM_RESPONSES})
async def get_article(id: str, desk: DeskDep, reader: Reader, request: Request,
                      revision: Annotated[int | None, Query(ge=1, le=MAX_REVISION)] = None) -> Response:
    """The article with its ETag (send it back as If-None-Match for a 304, as If-Match to edit).

    Async: the latest revision of an article read in the last second is answered from
    memory, on the event loop; anything else reads the store in a thread.
    """
    del reader
    head = desk.cached_head(id) if revision is None else None
    if head is None:
        head = await run_in_threadpool(desk.head, id, revision)
    etag = article_etag(head)
    headers = {"ETag": etag, "Cache-Control": "private, no-cache"}
    if not_modified(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    doc = desk.cached_document(id, head.revision)
    if doc is None:
        doc = await run_in_threadpool(desk.document_json, id, head.revision)
    meta = json.dumps({"id": id, "revision": head.revision, "latest": head.latest, "approved": head.approved,
                       "published": head.published_revision, "created": False}, separators=(",", ":"))
    return Response(meta[:-1].encode() + b',"article":' + doc + b"}", media_type="application/json",
                    headers=headers)


@router.get("/v1/articles/{id}/revisions", response_model=list[Revision], tags=["articles"],
            summary="Every revision of an article", responses=PROBLEM_RESPONSES)
def list_revisions(id: str, desk: DeskDep, reader: Reader) -> list[Revision]:
    del reader
    return desk.store.revisions(id)


def _edit_route(part: PartKind) -> None:
    """``PATCH /v1/articles/{id}/parts/<part>``, its body typed as that part (precise OpenAPI)."""
    annotation: Any = Parts.model_fields[part].annotation
    body: type[BaseModel] = create_model(
        f"Edit_{part}",
        __config__=ConfigDict(extra="forbid"),
        value=(annotation, Field(description=f"The new {part}, as GET /v1/articles/{{id}} shows it.")),
        parent=(RevisionNumber | None, Field(
            default=None, description="The revision the edit starts from (required unless If-Match "
                                      "carries the ETag of GET /v1/articles/{id}).")),
    )

    def edit(id: str, edit: BaseModel, desk: DeskDep, author: Writer,
             if_match: Annotated[str | None, Header(description="The ETag of the revision the edit "
                                                    "starts from (instead of 'parent').")] = None,
             ) -> EditResult:
        data = edit.model_dump(mode="json")
        parent = parent_from(data["parent"], if_match)
        return desk.edit_part(id, part, data["value"], parent=parent, author=author)

    edit.__annotations__["edit"] = body  # a local class: FastAPI cannot resolve it by name

    router.add_api_route(
        f"/v1/articles/{{id}}/parts/{part}", edit, methods=["PATCH"], response_model=EditResult,
        tags=["editing"], name=f"edit_{part}", responses=EDIT_RESPONSES,
        summary=f"Replace the {part} (re-grounded; an unsupported edit is kept but flagged)",
        description="Needs the revision the edit starts from (`parent` or `If-Match`): 428 without, "
                    "409 when it is no longer the latest.",
    )


for _part in PART_KINDS:
    _edit_route(_part)


@router.patch("/v1/articles/{id}/parts/{part}", include_in_schema=False)
def edit_unknown_part(id: str, part: str, author: Writer) -> None:
    """Any other part name: the same ``input.unknown_part`` as everywhere else, not a 404."""
    del id, author
    part_kind(part)


PartName = Annotated[str, Path(json_schema_extra={"enum": list(PART_KINDS)})]
"""A part name in a path: checked by :func:`~copydesk.model.part_kind` (``input.unknown_part``)."""


@router.post("/v1/articles/{id}/parts/{part}/regenerate", response_model=EditResult, tags=["editing"],
             summary="Regenerate one part with the engine", responses=PROBLEM_RESPONSES)
def regenerate_part(id: str, part: PartName, desk: DeskDep, author: Writer,
                    body: Annotated[Parent | None, Body()] = None) -> EditResult:
    return desk.regenerate_part(id, part_kind(part), parent=body.parent if body else None, author=author)


@router.post("/v1/articles/{id}/approve", response_model=Revision, tags=["editing"],
             summary="Approve (publish) a revision", responses=PROBLEM_RESPONSES)
def approve(id: str, desk: DeskDep, author: Writer,
            body: Annotated[Approval | None, Body()] = None) -> Revision:
    del author  # approval needs a writer; who approved is in the logs
    return desk.approve(id, body.revision if body else None)


# --------------------------------------------------------------------------- published views


def render_article(
    article: EnrichedArticle, audio_url: str | None, related: Sequence[tuple[str, str]] = ()
) -> str:
    """The article page: the ``html`` of its published bundle (:func:`copydesk.publishing.publish`)."""
    from copydesk.publishing import publish

    return publish(article, formats=("html",), audio_url=audio_url, related=related).text("html")


def page_with_audio(desk: Desk, stored: StoredArticle, audio_url: str) -> str:
    """Render a stored revision, with its narration when a voice is available and its
    related coverage (published stories only; see :mod:`copydesk.web.timeline`)."""
    from copydesk.web.timeline import related_links

    related = related_links(desk.store, stored.article.id)
    try:
        article = desk.with_narration(stored)
    except (CopydeskError, ImportError, OSError) as exc:
        logger.warning("no narration for %s: %s", stored.article.id, exc)
        return render_article(stored.article, None, related)
    return render_article(article, audio_url, related)


# A published URL may show a newer revision after the next approval: caches keep it a minute.
PAGE_CACHE_CONTROL = "public, max-age=60"


@router.get("/articles/{id}", response_class=HTMLResponse, tags=["published"],
            summary="The published page",
            responses={304: {"description": "Not modified (If-None-Match)"}, **PROBLEM_RESPONSES})
async def article_page(id: str, request: Request) -> Response:
    """The published revision, rendered once and served with a strong ETag (304 when unchanged)."""
    desk: Desk = request.app.state.desk
    page = desk.cached_page(id)  # no I/O: served on the event loop
    if page is None:
        page = await run_in_threadpool(
            desk.published_page, id, lambda stored: page_with_audio(desk, stored, f"/articles/{id}/audio.mp3"))
    headers = {"ETag": page.etag, "Cache-Control": PAGE_CACHE_CONTROL}
    if not_modified(request.headers.get("if-none-match"), page.etag):
        return Response(status_code=304, headers=headers)
    return Response(page.body, media_type="text/html; charset=utf-8", headers=headers)


@router.get("/articles/{id}/audio.mp3", tags=["published"], summary="The published narration (Range supported)",
            response_class=FileResponse,
            responses={206: {"description": "Partial content"},
                       416: {"description": "Range not satisfiable", "content": {"application/problem+json": {}}},
                       **PROBLEM_RESPONSES})
def article_audio(id: str, desk: DeskDep, request: Request) -> Response:
    stored = desk.store.get_published(id)
    path = desk.audio_file(stored)
    response = FileResponse(path, media_type="audio/mpeg", filename=f"{id}.mp3",
                            content_disposition_type="inline")
    _check_range(request, response)
    return response


def _check_range(request: Request, response: FileResponse) -> None:
    """Raise BadRange or RangeNotSatisfiable for a Range header the file cannot serve
    (Starlette would answer those in plain text)."""
    http_range = request.headers.get("range")
    if_range = request.headers.get("if-range")
    if http_range is None or (if_range is not None and not response._should_use_range(if_range)):
        return
    size = os.stat(response.path).st_size
    try:
        FileResponse._parse_range_header(http_range, size)
    except MalformedRangeHeader as exc:
        raise BadRange(f"the Range header {http_range[:80]!r} is malformed: {exc.content}") from None
    except StarletteRangeNotSatisfiable:
        raise RangeNotSatisfiable(f"the Range {http_range[:80]!r} is outside the {size}-byte file",
                                  content_range=f"bytes */{size}") from None


# Audio players probe with HEAD; one operation in the OpenAPI description is enough.
router.add_api_route("/articles/{id}/audio.mp3", article_audio, methods=["HEAD"], include_in_schema=False)


@router.get("/articles/{id}/jsonld", tags=["published"], summary="The published schema.org JSON-LD",
            response_class=Response,
            responses={200: {"content": {"application/ld+json": {"schema": {"type": "object"}}}},
                       **PROBLEM_RESPONSES})
def article_jsonld(id: str, desk: DeskDep) -> Response:
    from copydesk.publishing import publish

    rendered = publish(desk.store.get_published(id).article, formats=("jsonld",)).renders["jsonld"]
    return Response(rendered.text, media_type=rendered.media_type)
