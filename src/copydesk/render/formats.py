"""Output formats: the Renderer protocol and the four built-in formats.

A format is anything with a ``name``, a ``media_type`` and
``render(article, *, audio_url=None, related=()) -> str``; :data:`copydesk.registry.renderers`
names them (``--format`` on ``copydesk page`` and ``copydesk enrich``). Adding one is a
module with its factory plus one line in that registry (``"txt":
"copydesk.render.text:text_format"``)::

    def _text(article, audio_url, related) -> str:
        return article.parts.headline.text + "\\n\\n" + article.story.body

    def text_format(settings: Settings) -> Format:
        return Format("txt", "text/plain; charset=utf-8", _text)

:func:`copydesk.testing.check_renderer` is the contract a format must pass.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from copydesk.errors import ConfigError
from copydesk.model import EnrichedArticle
from copydesk.registry import renderers
from copydesk.settings import DEFAULTS, Settings

__all__ = [
    "Format",
    "Renderer",
    "bundle_filename",
    "document_format",
    "jsonld_format",
    "markdown_format",
    "page_format",
    "renderer_by_name",
]


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


@dataclass(frozen=True)
class Format:
    """A :class:`Renderer` made of a function: how the built-in formats are written.

    ``write(article, audio_url, related)`` returns the text; a format that has no use
    for the player's URL or the related links ignores them. ``filename`` is the file a
    published bundle writes it to (:meth:`copydesk.publishing.Bundle.write`): by default
    ``article.<name>``; None for a format the bundle does not write as a file of its own.
    """

    name: str
    media_type: str
    write: Callable[[EnrichedArticle, str | None, Sequence[tuple[str, str]]], str]
    filename: str | None = ""

    def __post_init__(self) -> None:
        if self.filename == "":
            object.__setattr__(self, "filename", f"article.{self.name}")

    def render(
        self, article: EnrichedArticle, *, audio_url: str | None = None,
        related: Sequence[tuple[str, str]] = (),
    ) -> str:
        """The article in this format."""
        return self.write(article, audio_url, related)


def _page(article: EnrichedArticle, audio_url: str | None, related: Sequence[tuple[str, str]]) -> str:
    from copydesk.render.page import render_page

    return render_page(article, audio_url=audio_url, related=related)


def _jsonld(article: EnrichedArticle, audio_url: str | None, related: Sequence[tuple[str, str]]) -> str:
    # Indented for reading, and escaped as inside a <script> (< > & as \u escapes): the
    # service serves this text as the published JSON-LD, and story text is anyone's.
    from copydesk.render.jsonld import jsonld_graph, safe_json

    return safe_json(jsonld_graph(article), indent=2)


def _markdown(article: EnrichedArticle, audio_url: str | None, related: Sequence[tuple[str, str]]) -> str:
    from copydesk.render.markdown import render_markdown

    return render_markdown(article)


def _document(article: EnrichedArticle, audio_url: str | None, related: Sequence[tuple[str, str]]) -> str:
    return article.model_dump_json(indent=2)


# The factories copydesk.registry.renderers names; the page reads its site (publisher,
# URLs) from the environment, so none of them needs the settings yet.
def page_format(settings: Settings = DEFAULTS) -> Format:
    """``html``: the article page (:func:`copydesk.render.page.render_page`)."""
    return Format("html", "text/html; charset=utf-8", _page, "index.html")


def jsonld_format(settings: Settings = DEFAULTS) -> Format:
    """``jsonld``: the schema.org graph (:func:`copydesk.render.jsonld.jsonld_graph`), indented and
    safe to embed (:func:`copydesk.render.jsonld.safe_json`)."""
    return Format("jsonld", "application/ld+json", _jsonld, None)  # the page embeds it


def markdown_format(settings: Settings = DEFAULTS) -> Format:
    """``md``: the parts, cited, then the story (:func:`copydesk.render.markdown.render_markdown`)."""
    return Format("md", "text/markdown; charset=utf-8", _markdown)


def document_format(settings: Settings = DEFAULTS) -> Format:
    """``json``: the :class:`~copydesk.model.EnrichedArticle` itself (``article.json``)."""
    return Format("json", "application/json", _document)


def bundle_filename(renderer: Renderer) -> str | None:
    """The file a published bundle writes ``renderer``'s text to, or None for none.

    A renderer without a ``filename`` attribute (one of another package's) is written
    to ``article.<name>``.
    """
    filename = getattr(renderer, "filename", f"article.{renderer.name}")
    return filename if filename is None else str(filename)


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
