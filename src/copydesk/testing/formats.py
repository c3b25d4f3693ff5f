"""The output-format (Renderer) contract check.

>>> from copydesk.render.formats import markdown_format
>>> text = check_renderer(markdown_format())
>>> text.startswith("#")
True
"""

from __future__ import annotations

from copydesk.render.formats import Renderer
from copydesk.testing.articles import HOSTILE_STRINGS, sample_article

__all__ = ["check_renderer"]


def check_renderer(renderer: Renderer) -> str:
    """Render the sample article (and its hostile twin) and check the Renderer contract;
    the sample's rendering.

    Any output format, a third party's included, must: have a non-empty ``name`` and
    a ``media_type``; return non-empty text for a complete article, with or without
    ``audio_url`` and ``related``; and, when its media type is HTML, keep the markup
    in the story's text escaped (no ``<script>`` of the story survives). Raises
    AssertionError naming the breach.
    """
    name = getattr(renderer, "name", None)
    assert isinstance(name, str) and name, "an output format needs a non-empty name"
    assert isinstance(renderer.media_type, str) and "/" in renderer.media_type, f"{name}: no media type"
    text = renderer.render(sample_article())
    assert isinstance(text, str) and text.strip(), f"{name}: rendered nothing"
    with_context = renderer.render(sample_article(), audio_url="narration.mp3",
                                   related=(("Another story", "/articles/st_1"),))
    assert isinstance(with_context, str) and with_context.strip(), f"{name}: rendered nothing with a player"
    hostile = renderer.render(sample_article(hostile=True))
    if "html" in renderer.media_type:
        for bad in HOSTILE_STRINGS[:1]:
            assert bad not in hostile, f"{name}: the story's {bad!r} is in the page unescaped"
    return text
