"""The FastAPI application: JSON API, published pages, the editor app, one error handler.

>>> app = create_app(load_settings(), open_store("sqlite:////tmp/desk.db", load_settings()))  # doctest: +SKIP

``uvicorn`` serves it (``copydesk serve``). Every :class:`~copydesk.errors.CopydeskError`
and every validation or routing error leaves as ``application/problem+json`` carrying
its stable ``code``, translated in one place (:mod:`copydesk.web.problems`). Middleware, outermost first: security headers, the body cap, the
per-client rate limit.
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from copydesk.settings import Settings, load_settings
from copydesk.store import Store, open_store
from copydesk.web.auth import AUTH_DESCRIPTION
from copydesk.web.desk import (
    Desk,
    EnrichFn,
    NarrateFn,
    ReadFn,
    RegenerateFn,
    library_enrich,
    library_narrate,
    library_read,
    library_regenerate,
)
from copydesk.web.feeds import feed_routes
from copydesk.web.pool import shared_pool
from copydesk.web.problems import install_problem_handlers
from copydesk.web.security import (
    BodyLimit,
    RateLimit,
    SecurityHeaders,
    Signer,
    TokenBucket,
    session_secret,
)
from copydesk.web.timeline import timeline_routes


def create_app(
    settings: Settings | None = None,
    store: Store | None = None,
    *,
    read: ReadFn | None = None,
    enrich: EnrichFn | None = None,
    regenerate: RegenerateFn | None = None,
    narrate: NarrateFn | None = None,
) -> FastAPI:
    """Build the service over ``store`` (default: :func:`~copydesk.store.open_store` of the settings).

    ``read``, ``enrich``, ``regenerate`` and ``narrate`` default to the library's; tests
    pass doubles. Every change of a part is grounded by the library
    (:func:`copydesk.pipeline.replace_part`), whatever ``regenerate`` did. A store the app opened itself is closed on shutdown.
    """
    from copydesk.web import api, editor

    settings = settings or load_settings()
    owned = store is None
    store = store if store is not None else open_store(None, settings)
    if settings.editor_password and not store.check_user(settings.editor_user, settings.editor_password):
        store.create_user(settings.editor_user, settings.editor_password)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # The objects made at start-up (the pipeline, the routes) live as long as the
        # service: kept out of the collector's sweeps, whose full passes over them paused
        # timeline queries by 60–135 ms (in the timeline bench's process the merged
        # timeline's p99 was 68 ms with two full collections, 17.8 ms after gc.freeze()).
        gc.freeze()
        yield
        gc.unfreeze()
        if owned:
            store.close()

    app = FastAPI(
        title="copydesk",
        version="1",
        summary="Enrich wire stories into grounded article pages; review, edit and publish them.",
        description=AUTH_DESCRIPTION,
        lifespan=lifespan,
    )
    pool = None
    if settings.enrich_workers > 0:
        pool = shared_pool(
            size=settings.enrich_workers, timeout_s=settings.enrich_timeout_s,
            max_growth_bytes=settings.enrich_max_memory_mb << 20, queue_wait_s=settings.enrich_queue_wait_s,
            # The workers start with the enrichment's own modules loaded, so a story's memory
            # budget counts the story, not the imports of its first run. The pool's own module
            # (the worker's loop) comes first: an enricher from outside copydesk.web, such as
            # copydesk.testing's fakes, would not load it.
            preload=("copydesk.web.pool", "copydesk.web.warm" if enrich is None else enrich.__module__),
        )
    app.state.desk = Desk(
        settings=settings, store=store,
        read=read or library_read, enrich=enrich or library_enrich,
        regenerate=regenerate or library_regenerate, narrate=narrate or library_narrate, pool=pool,
    )
    app.state.signer = Signer(session_secret(settings), settings.session_max_age_s)
    app.state.login_bucket = TokenBucket(settings.login_attempts_per_minute)

    install_problem_handlers(app)

    @app.get("/healthz", tags=["service"], summary="Liveness check")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    app.include_router(api.router)
    app.include_router(editor.router)
    app.router.routes.extend(feed_routes())  # /feeds/audio.xml: the narration as a podcast
    app.router.routes.extend(timeline_routes())  # /v1/timeline and /topics/{slug}
    app.add_middleware(RateLimit, bucket=TokenBucket(settings.rate_limit_per_minute))
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app
