"""The podcast feed route: ``GET /feeds/audio.xml``, the published articles' narration as RSS 2.0.

Register it in :func:`copydesk.web.app.create_app` with one line::

    app.router.routes.extend(feed_routes())

It lists the newest published revisions (up to :data:`FEED_MAX` of them), each with
its narration (made once per revision by the desk, then reused, as the published
page does). URLs are absolute: under ``COPYDESK_BASE_URL`` when set, else under the
URL the request came in on. Public, like the published pages.
"""

from __future__ import annotations

import logging
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from copydesk.errors import CopydeskError
from copydesk.render.feed import CONTENT_TYPE, Episode, audio_feed
from copydesk.render.site import site_from_env

log = logging.getLogger(__name__)

FEED_MAX = 50
FEED_PATH = "/feeds/audio.xml"


def audio_feed_response(request: Request) -> Response:
    """The RSS document for the desk on ``request.app.state.desk``."""
    desk: Any = request.app.state.desk
    site = site_from_env()
    if not site.base_url:
        site = type(site)(name=site.name, url=site.url, logo=site.logo, base_url=str(request.base_url))
    episodes: list[Episode] = []
    for summary in desk.store.list(limit=FEED_MAX):
        if summary.approved is None:
            continue
        try:
            stored = desk.store.get_published(summary.id)
            article = desk.with_narration(stored)
            path = desk.audio_file(stored)
            length = path.stat().st_size if path.is_file() else 0
        except (CopydeskError, OSError) as exc:  # one bad article never empties the feed
            log.warning("feed: skipped %s: %s", summary.id, exc)
            continue
        audio = site.audio_url(article.id)
        if audio is None:
            continue
        episodes.append(Episode(article=article, audio_url=audio, length=length, revision=stored.revision))
    feed_url = str(request.url.replace(query=""))
    return Response(audio_feed(episodes, site=site, feed_url=feed_url), media_type=CONTENT_TYPE)


def feed_routes() -> list[Route]:
    """The feed's Starlette route(s), to add to the app's router."""
    return [Route(FEED_PATH, audio_feed_response, methods=["GET", "HEAD"], name="audio_feed")]
