"""Narration: the Voice protocol, the default espeak-ng voice, and :func:`narrate`.

::

    narration = narrate(story, analysis, parts, Path("out"))
    narration.audio     # "narration.mp3", relative to out/
    narration.timings   # (("h", 0, 2410), ("y1", 3210, 9870), …, ("s1", …))

A voice is anything with a ``name`` and ``synthesize(script, out_dir)``; the shipped
test double is :class:`copydesk.testing.RecordingVoice`.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from pathlib import Path
from typing import Protocol, runtime_checkable

from copydesk.audio.espeak import AUDIO_NAME, EspeakVoice
from copydesk.audio.script import NarrationScript, Segment, narration_script
from copydesk.audio.speech import speakable
from copydesk.errors import ConfigError
from copydesk.model import Analysis, EnrichedArticle, Narration, Parts, Story
from copydesk.registry import voices
from copydesk.settings import DEFAULTS, Settings

__all__ = [
    "AUDIO_NAME",
    "TIMINGS_NAME",
    "EspeakVoice",
    "NarrationScript",
    "Segment",
    "Voice",
    "narrate",
    "narrated",
    "narration_script",
    "speakable",
    "voice_from_settings",
]

log = logging.getLogger(__name__)

TIMINGS_NAME = "narration.json"
KEY_NAME = "narration.sha256"
# Bump when the audio a given script produces changes (pauses, encoder settings).
CACHE_VERSION = "1"


@runtime_checkable
class Voice(Protocol):
    """A speech engine: reads a script into an audio file in ``out_dir``.

    ``name`` must change whenever the voice's output would (voice, rate): it is part
    of the cache key. The returned :class:`Narration` names the file relative to
    ``out_dir`` and times every segment by its id.
    """

    name: str

    def synthesize(self, script: NarrationScript, out_dir: Path) -> Narration:
        """Write the audio for ``script`` into ``out_dir``."""
        ...


def voice_from_settings(settings: Settings = DEFAULTS) -> Voice:
    """The voice ``settings`` ask for: ``voice`` names it in :data:`copydesk.registry.voices`,
    whose factory reads the rest (``voice_name``, ``speech_rate_wpm`` for espeak-ng).

    Raises :class:`~copydesk.errors.UnknownBackend` for a voice nothing registered.
    """
    voice = voices.get(settings.voice)(settings)
    if not isinstance(voice, Voice):
        raise ConfigError(f"the voice {settings.voice!r} gave a {type(voice).__name__}, which is not a Voice",
                          hint="its factory must return an object with a name and synthesize(script, out_dir)")
    return voice


def cache_key(script: NarrationScript, voice: Voice) -> str:
    """The hash of what is said, by which voice, with which settings."""
    raw = f"{CACHE_VERSION}\0{voice.name}\0{script.digest()}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _cached(out_dir: Path, cache_dir: Path | None, key: str) -> Narration | None:
    """The narration already made for ``key``, copied into ``out_dir``, if any."""
    if cache_dir is not None:
        meta, audio = cache_dir / f"{key}.json", cache_dir / f"{key}.mp3"
    else:
        if not (out_dir / KEY_NAME).is_file() or (out_dir / KEY_NAME).read_text().strip() != key:
            return None
        meta, audio = out_dir / TIMINGS_NAME, out_dir / AUDIO_NAME
    if not (meta.is_file() and audio.is_file()):
        return None
    try:
        narration = Narration.model_validate_json(meta.read_text(encoding="utf-8"))
    except ValueError:
        log.warning("ignoring a damaged narration cache entry %s", meta)
        return None
    if cache_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(audio, out_dir / AUDIO_NAME)
        narration = narration.replace(audio=AUDIO_NAME)
        _record(out_dir, narration, key)
    return narration


def _record(out_dir: Path, narration: Narration, key: str) -> None:
    _write_atomic(out_dir / TIMINGS_NAME, narration.model_dump_json(indent=1).encode("utf-8"))
    _write_atomic(out_dir / KEY_NAME, key.encode("ascii"))


def narrate(
    story: Story,
    analysis: Analysis,
    parts: Parts,
    out_dir: Path,
    voice: Voice | None = None,
    cache_dir: Path | None = None,
) -> Narration:
    """Narrate headline, synopsis and body into ``out_dir/narration.mp3``; reuse a cached take.

    Also writes ``narration.json`` (the :class:`Narration`, timings included) beside
    the audio. The cache key is the spoken script, the voice name and the cache
    version; without ``cache_dir``, a narration already in ``out_dir`` is reused.
    Without ``voice``, the default settings' voice (espeak-ng, en-us, 165 wpm).
    Raises :class:`~copydesk.errors.VoiceError` when the speech engine is missing.
    """
    voice = voice if voice is not None else voice_from_settings()
    script = narration_script(story, analysis, parts)
    key = cache_key(script, voice)
    hit = _cached(out_dir, cache_dir, key)
    if hit is not None:
        log.debug("narration cache hit %s", key[:12])
        return hit
    out_dir.mkdir(parents=True, exist_ok=True)
    narration = voice.synthesize(script, out_dir)
    _record(out_dir, narration, key)
    if cache_dir is not None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        _write_atomic(cache_dir / f"{key}.mp3", (out_dir / narration.audio).read_bytes())
        _write_atomic(cache_dir / f"{key}.json", narration.model_dump_json().encode("utf-8"))
    return narration


def narrated(
    article: EnrichedArticle,
    out_dir: Path,
    *,
    settings: Settings = DEFAULTS,
    voice: Voice | None = None,
    cache_dir: Path | None = None,
) -> EnrichedArticle:
    """``article`` with its narration made in ``out_dir`` (:func:`narrate`) by ``voice``,
    else by the voice ``settings`` name."""
    voice = voice if voice is not None else voice_from_settings(settings)
    narration = narrate(article.story, article.analysis, article.parts, out_dir, voice=voice, cache_dir=cache_dir)
    return article.replace(narration=narration)
