"""Test doubles for the service: a fake enricher, a fake narrator, a fake regenerator.

They let the API and editor tests run in milliseconds without spaCy or a speech
engine. Each is named as a fake; none is used unless a caller passes it to
:func:`~copydesk.web.app.create_app`.
"""

from __future__ import annotations

import re
from pathlib import Path

from copydesk.errors import EmptyInput
from copydesk.model import EnrichedArticle, Narration, PartKind
from copydesk.settings import Settings
from copydesk.store.contract import sample_article
from copydesk.web.desk import StoryInput

_TAGS = re.compile(r"<[^>]*>")


def fake_enrich(inp: StoryInput, settings: Settings) -> EnrichedArticle:
    """An article whose parts are the story's own sentences (capitalised words become PLACEs).

    URLs are not fetched: the fake refuses them like an empty story.
    """
    del settings
    text = inp.text if inp.text is not None else _TAGS.sub(" ", inp.html or "")
    if not text.strip() or not re.search(r"\w", text):
        raise EmptyInput("the input is empty")
    names = tuple(dict.fromkeys(re.findall(r"\b[A-Z][a-z]{3,}\b", text)))[:5]
    return sample_article(text, title=inp.title, published=inp.published, source=inp.source,
                          url=inp.url, entities=tuple((n, "PLACE") for n in names))


def fake_narrate(article: EnrichedArticle, out_dir: Path) -> Narration:
    """Two seconds of silence, MP3-encoded, as the article's narration."""
    import lameenc

    out_dir.mkdir(parents=True, exist_ok=True)
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(32)
    encoder.set_in_sample_rate(16_000)
    encoder.set_channels(1)
    encoder.set_quality(7)
    data = encoder.encode(b"\0\0" * 32_000) + encoder.flush()
    (out_dir / "narration.mp3").write_bytes(data)
    timings = tuple((s.id, i * 100, i * 100 + 100) for i, s in enumerate(article.analysis.sentences))
    return Narration(audio="narration.mp3", voice="fake-silence", duration=2.0, timings=timings)


def fake_regenerate(article: EnrichedArticle, part: PartKind, settings: Settings) -> EnrichedArticle:
    """Reverse the order of a tuple part (takeaways, faq, synopsis…): a visible, grounded change."""
    del settings
    value = getattr(article.parts, part)
    if isinstance(value, tuple):
        value = tuple(reversed(value))
    elif part == "headline":
        first = article.analysis.sentences[-1]
        value = article.parts.headline.model_copy(update={"text": first.text, "cites": (first.id,)})
    parts = article.parts.model_copy(update={part: value})
    return article.model_copy(update={"parts": parts})


__all__ = ["fake_enrich", "fake_narrate", "fake_regenerate"]
