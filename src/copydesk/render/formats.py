"""Output formats: the Renderer protocol and the four built-in formats.

A format is anything with a ``name``, a ``media_type`` and
``render(article, *, audio_url=None, related=()) -> str``; :data:`copydesk.registry.renderers`
names them (``--format`` on ``copydesk page`` and ``copydesk enrich``). Adding one is a
module with its class plus one line in that registry::

    class PlainText:
        name, media_type = "txt", "text/plain; charset=utf-8"

        def __init__(self, settings: Settings) -> None: ...

        def render(self, article, *, audio_url=None, related=()) -> str:
            return article.parts.headline.text + "\\n\\n" + article.story.body

:func:`copydesk.testing.check_renderer` is the contract a format must pass.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from copydesk.errors import ConfigError
from copydesk.model import EnrichedArticle
from copydesk.registry import renderers
from copydesk.settings import DEFAULTS, Settings

__all__ = ["DocumentFormat", "JsonLdFormat", "MarkdownFormat", "PageFormat", "Renderer", "renderer_by_name"]


@runtime_checkable
class Renderer(Protocol):
    """One view of an :class:`~copydesk.model.EnrichedArticle` as text.

    ``audio_url`` is where the narration is served (the page's player), ``related``
    the ``(title, url)`` links to related coverage; a format that has no use for
    them ignores them.
    """

    name: str
    media_type: str

    def render(
        self, article: EnrichedArticle, *, audio_url: str | None = None,
        related: Sequence[tuple[str, str]] = (),
    ) -> str:
        """The article in this format."""
        ...


class PageFormat:
    """``html``: the article page (:func:`copydesk.render.page.render_page`)."""

    name = "html"
    media_type = "text/html; charset=utf-8"

    def __init__(self, settings: Settings = DEFAULTS) -> None:
        del settings  # the page reads its site (publisher, URLs) from the environment

    def render(
        self, article: EnrichedArticle, *, audio_url: str | None = None,
        related: Sequence[tuple[str, str]] = (),
    ) -> str:
        """The page as one self-contained HTML document."""
        from copydesk.render.page import render_page

        return render_page(article, audio_url=audio_url, related=related)


class JsonLdFormat:
    """``jsonld``: the schema.org graph (:func:`copydesk.render.jsonld.jsonld_graph`), indented."""

    name = "jsonld"
    media_type = "application/ld+json"

    def __init__(self, settings: Settings = DEFAULTS) -> None:
        del settings

    def render(
        self, article: EnrichedArticle, *, audio_url: str | None = None,
        related: Sequence[tuple[str, str]] = (),
    ) -> str:
        """The JSON-LD graph as indented JSON (not escaped for a ``<script>``: see ``safe_json``)."""
        from copydesk.render.jsonld import jsonld_graph

        return json.dumps(jsonld_graph(article), indent=2, ensure_ascii=False)


class MarkdownFormat:
    """``md``: the article as Markdown (:func:`copydesk.render.markdown.render_markdown`)."""

    name = "md"
    media_type = "text/markdown; charset=utf-8"

    def __init__(self, settings: Settings = DEFAULTS) -> None:
        del settings

    def render(
        self, article: EnrichedArticle, *, audio_url: str | None = None,
        related: Sequence[tuple[str, str]] = (),
    ) -> str:
        """The parts, cited, then the story."""
        from copydesk.render.markdown import render_markdown

        return render_markdown(article)


class DocumentFormat:
    """``json``: the document itself, the :class:`~copydesk.model.EnrichedArticle` as JSON."""

    name = "json"
    media_type = "application/json"

    def __init__(self, settings: Settings = DEFAULTS) -> None:
        del settings

    def render(
        self, article: EnrichedArticle, *, audio_url: str | None = None,
        related: Sequence[tuple[str, str]] = (),
    ) -> str:
        """The document, indented (what ``copydesk enrich`` writes as ``article.json``)."""
        return article.model_dump_json(indent=2)


def renderer_by_name(name: str, settings: Settings = DEFAULTS) -> Renderer:
    """The output format :data:`copydesk.registry.renderers` names ``name``.

    Raises :class:`~copydesk.errors.UnknownBackend` (``config.unknown_backend``) for a
    name nothing registered, listing the known ones.
    """
    renderer = renderers.get(name)(settings)
    if not isinstance(renderer, Renderer):
        raise ConfigError(f"the output format {name!r} gave a {type(renderer).__name__}, which is not a Renderer",
                          hint="its factory must return an object with name, media_type and render(article)")
    return renderer
