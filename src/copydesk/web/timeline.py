"""Timelines and related coverage on the web: ``GET /v1/timeline``, ``/topics/{slug}``, related links.

Register the routes in :func:`copydesk.web.app.create_app` with one line::

    app.router.routes.extend(timeline_routes())

and give the published page its related coverage with :func:`related_links`
(``render_page(article, related=related_links(desk.store, article.id))``). Everything
here reads published articles only (:mod:`copydesk.corpus.index`), so it is public
like the published pages.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote

from markupsafe import escape
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from copydesk.corpus.index import open_corpus
from copydesk.corpus.timeline import build_timeline, render
from copydesk.errors import CopydeskError, InputError
from copydesk.web.desk import query_day

log = logging.getLogger(__name__)

RELATED_MAX = 5
CACHE_CONTROL = "public, max-age=60"
_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><link rel="canonical" href="{canonical}"></head>
<body><main><h1>{title}</h1>{aliases}{body}</main></body></html>
"""


def _store(request: Request) -> Any:
    return request.app.state.desk.store


def _problem(err: CopydeskError) -> JSONResponse:
    return JSONResponse(err.to_problem(), status_code=err.status, media_type="application/problem+json")


def timeline_api(request: Request) -> Response:
    """``GET /v1/timeline?entity=A[&entity=B][&from=YYYY-MM-DD][&to=…][&format=json|md|html]``."""
    try:
        names = [n for n in request.query_params.getlist("entity") if n.strip()][:5]
        if not names:
            raise InputError("give at least one entity", hint="GET /v1/timeline?entity=Narendra%20Modi")
        fmt = request.query_params.get("format", "json")
        if fmt not in ("json", "md", "html"):
            raise InputError(f"format={fmt!r} is not known", hint="use json, md or html", parameter="format")
        t = build_timeline(open_corpus(_store(request), sync=False), names,
                           since=query_day(request.query_params.get("from"), "from"),
                           until=query_day(request.query_params.get("to"), "to"))
    except CopydeskError as err:
        return _problem(err)
    media = {"json": "application/json", "md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8"}[fmt]
    return Response(render(t, fmt), media_type=media, headers={"Cache-Control": CACHE_CONTROL})


def topic_page(request: Request) -> Response:
    """``GET /topics/{slug}``: the public timeline page of one entity (an alias redirects to its slug)."""
    slug = request.path_params["slug"]
    try:
        corpus = open_corpus(_store(request), sync=False)
        found = corpus.find(slug)
        if found and found[0].slug != slug:
            return RedirectResponse(f"/topics/{quote(found[0].slug)}", status_code=301)
        t = build_timeline(corpus, [slug])
    except CopydeskError as err:
        if err.status == 404:
            return HTMLResponse(f"<!doctype html><title>Not found</title><p>{escape(err.message)}</p>", status_code=404)
        return _problem(err)
    name = t.entities[0][1]
    aliases = corpus.aliases(t.entities[0][0])
    page = _PAGE.format(
        title=escape(f"{name}: timeline"), canonical=escape(f"/topics/{t.entities[0][0]}"),
        aliases=f"<p class=\"aliases\">Also written: {escape(', '.join(aliases))}</p>" if len(aliases) > 1 else "",
        body=render(t, "html"),
    )
    return HTMLResponse(page, headers={"Cache-Control": CACHE_CONTROL})


def related_links(store: Any, article_id: str, limit: int = RELATED_MAX) -> list[tuple[str, str]]:
    """``(headline, /articles/id)`` of up to ``limit`` published stories related to ``article_id``."""
    try:
        rows = open_corpus(store, sync=False).related(article_id, limit)
    except CopydeskError as exc:  # related coverage never takes a page down
        log.warning("related coverage for %s: %s", article_id, exc)
        return []
    return [(r.headline or r.article_id, f"/articles/{quote(r.article_id)}") for r in rows]


def timeline_routes() -> list[Route]:
    """The timeline's Starlette routes, to add to the app's router."""
    return [
        Route("/v1/timeline", timeline_api, methods=["GET", "HEAD"], name="timeline"),
        Route("/topics/{slug}", topic_page, methods=["GET", "HEAD"], name="topic"),
    ]
