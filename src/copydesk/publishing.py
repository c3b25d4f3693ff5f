"""Publishing: a story, or an enriched article, to its published bundle.

>>> bundle = publish("LONDON, March 3 (Reuters) - The Bank of England held rates.")  # doctest: +SKIP
>>> bundle.text("md").startswith("#")  # doctest: +SKIP
True
>>> bundle.write(Path("out"))  # doctest: +SKIP
(PosixPath('out/index.html'), PosixPath('out/article.json'), PosixPath('out/article.md'))

One function, :func:`publish`, is the way every surface goes from a story to what it
shows: ``copydesk enrich`` and ``copydesk page``, the batch run's pages, the service's
published page and JSON-LD. The bundle holds the document (``json``), the page
(``html``), its JSON-LD (``jsonld``), the Markdown (``md``) — every output format
:data:`copydesk.registry.renderers` names, unless asked for fewer — and the narration
when asked for. A format added to the registry is in every bundle, and written by
:meth:`Bundle.write` to its ``filename``, with no other change.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from copydesk.audio import Voice, narrated
from copydesk.errors import InputError
from copydesk.model import EnrichedArticle, Story
from copydesk.registry import renderers
from copydesk.render.formats import bundle_filename, renderer_by_name
from copydesk.settings import Settings, load_settings

__all__ = ["Bundle", "Rendered", "publish"]


@dataclass(frozen=True)
class Rendered:
    """The article in one output format."""

    name: str
    media_type: str
    filename: str | None
    """The file :meth:`Bundle.write` writes it to; None: not written (the page embeds it)."""
    text: str


@dataclass(frozen=True)
class Bundle:
    """A published article: the document (narrated when asked) and its rendered formats."""

    article: EnrichedArticle
    renders: Mapping[str, Rendered]
    """By format name, in the order asked for."""
    audio: Path | None = None
    """The narration's audio file, when :func:`publish` narrated into a folder."""

    def text(self, name: str) -> str:
        """The article in format ``name``; InputError for a format this bundle has not."""
        if name not in self.renders:
            raise InputError(f"this bundle has no {name!r} format",
                             hint=f"it has {', '.join(self.renders)}; ask publish() for {name!r}")
        return self.renders[name].text

    def write(self, folder: Path) -> tuple[Path, ...]:
        """Write every format that has a file name into ``folder``; the paths written.

        The narration is already there when it was made in ``folder``.
        """
        folder.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        for rendered in self.renders.values():
            if rendered.filename is None:
                continue
            path = folder / rendered.filename
            path.write_text(rendered.text, encoding="utf-8")
            written.append(path)
        return tuple(written)


def publish(
    source: EnrichedArticle | Story | str | Path | bytes,
    *,
    formats: Sequence[str] | None = None,
    audio_dir: Path | None = None,
    audio_url: str | None = None,
    related: Sequence[tuple[str, str]] = (),
    voice: Voice | None = None,
    settings: Settings | None = None,
    published: date | None = None,
    title: str | None = None,
    engine: str | None = None,
    today: date | None = None,
) -> Bundle:
    """The published bundle of ``source``: a story (enriched first, as :func:`copydesk.enrich`
    takes it) or an :class:`~copydesk.model.EnrichedArticle`.

    ``formats`` names the output formats to render (default: every registered one);
    an unknown name is :class:`~copydesk.errors.UnknownBackend`. With ``audio_dir``, an
    article without narration is narrated into that folder by ``voice`` (default: the
    settings' voice). ``audio_url`` is where the page's player finds the audio (with
    ``audio_dir``, default: the narration's file beside the page); ``related`` the
    ``(title, url)`` links the page lists.
    """
    settings = settings or load_settings()
    if isinstance(source, EnrichedArticle):
        article = source
    else:
        from copydesk.pipeline import enrich  # spaCy: not loaded to render a stored article

        article = enrich(source, published=published, title=title, engine=engine, settings=settings, today=today)
    audio: Path | None = None
    if audio_dir is not None:
        if article.narration is None:
            article = narrated(article, audio_dir, settings=settings, voice=voice)
        assert article.narration is not None
        audio = audio_dir / article.narration.audio
        audio_url = audio_url or article.narration.audio
    names = renderers.names() if formats is None else tuple(dict.fromkeys(formats))
    renders: dict[str, Rendered] = {}
    for name in names:
        renderer = renderer_by_name(name, settings)
        renders[name] = Rendered(name, renderer.media_type, bundle_filename(renderer),
                                 renderer.render(article, audio_url=audio_url, related=related))
    return Bundle(article, renders, audio)
