"""Test doubles for the service: a fake enricher, a fake narrator, a fake regenerator.

They let the API and editor tests run in milliseconds without spaCy or a speech
engine. Each is named as a fake; none is used unless a caller passes it to
:func:`~copydesk.web.app.create_app`. Stories are still read by the real (cheap,
spaCy-free) ingest layer, so its guards apply in tests too. (They were
``copydesk.web.doubles``; all test doubles now live in :mod:`copydesk.testing`.)
"""

from __future__ import annotations

import re
from pathlib import Path

from copydesk.model import EnrichedArticle, Narration, PartKind, Story
from copydesk.settings import Settings
from copydesk.testing.articles import sample_article


def fake_enrich(story: Story, settings: Settings) -> EnrichedArticle:
    """An article whose parts are the story's own sentences (capitalised words become PLACEs)."""
    del settings
    names = tuple(dict.fromkeys(re.findall(r"\b[A-Z][a-z]{3,}\b", story.body)))[:5]
    article = sample_article(story.body, entities=tuple((n, "PLACE") for n in names))
    kept = {k: getattr(story, k) for k in ("id", "title", "url", "published", "source")}
    return article.replace(story=article.story.replace(**kept))


def fake_narrate(article: EnrichedArticle, out_dir: Path, settings: Settings | None = None) -> Narration:
    """Two seconds of silence, MP3-encoded, as the article's narration (``settings`` unused)."""
    import lameenc

    del settings
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
    """Reverse the order of a tuple part (takeaways, faq, synopsis…), or make the story's last
    sentence the headline: a visible change, put in place and grounded again as the library's
    :func:`~copydesk.pipeline.regenerate` does (:func:`~copydesk.pipeline.replace_part`)."""
    from copydesk.pipeline import replace_part

    value = getattr(article.parts, part)
    if isinstance(value, tuple):
        value = tuple(reversed(value))
    elif part == "headline":
        last = article.analysis.sentences[-1]
        value = article.parts.headline.replace(text=last.text, cites=(last.id,))
    # Written as the rules engine writes: the story's own sentences, rearranged.
    return replace_part(article, part, value, engine="rules", settings=settings)


def fake_slow_enrich(story: Story, settings: Settings) -> EnrichedArticle:
    """:func:`fake_enrich` after sleeping ``len(first line)`` tenths of a second (a story that hangs)."""
    import time

    time.sleep(len(story.body.split("\n", 1)[0]) / 10)
    return fake_enrich(story, settings)


def fake_hungry_enrich(story: Story, settings: Settings) -> EnrichedArticle:
    """:func:`fake_enrich` after holding 16 MB per word of the story for a second (a memory blow-up)."""
    import time

    hoard = [bytearray(16 << 20) for _ in story.body.split()]
    time.sleep(1.0)
    del hoard
    return fake_enrich(story, settings)


__all__ = ["fake_enrich", "fake_hungry_enrich", "fake_narrate", "fake_regenerate", "fake_slow_enrich"]
