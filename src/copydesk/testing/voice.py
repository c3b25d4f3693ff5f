"""The Voice test double and the Voice contract check.

>>> voice = RecordingVoice()  # doctest: +SKIP
>>> narration = narrate(story, analysis, parts, tmp_path, voice=voice)  # doctest: +SKIP
>>> voice.scripts[0].segments[0].id  # doctest: +SKIP
'h'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import lameenc

from copydesk.audio import Voice
from copydesk.audio.script import NarrationScript, Segment
from copydesk.model import Narration

__all__ = ["RecordingVoice", "check_voice"]


@dataclass
class RecordingVoice:
    """A fake voice: records every script, writes silent MP3 of a plausible length.

    Each segment lasts 0.4 s per word (about 150 wpm) plus its pause, so timings are
    monotonic and end at the duration, as a real voice's do.
    """

    name: str = "fake/recording"
    scripts: list[NarrationScript] = field(default_factory=list)
    seconds_per_word: float = 0.4

    def synthesize(self, script: NarrationScript, out_dir: Path) -> Narration:
        """Record ``script`` and write ``narration.mp3`` of silence in ``out_dir``."""
        self.scripts.append(script)
        timings: list[tuple[str, int, int]] = []
        at = 0
        for seg in script.segments:
            end = at + int(len(seg.spoken.split()) * self.seconds_per_word * 1000)
            timings.append((seg.id, at, end))
            at = end + seg.pause_ms
        rate = 8000
        encoder = lameenc.Encoder()
        encoder.set_bit_rate(8)
        encoder.set_in_sample_rate(rate)
        encoder.set_channels(1)
        encoder.set_quality(7)
        pcm = b"\x00\x00" * (rate * at // 1000)
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "narration.mp3").write_bytes(bytes(encoder.encode(pcm)) + bytes(encoder.flush()))
        return Narration(audio="narration.mp3", voice=self.name, duration=at / 1000, timings=tuple(timings))


def check_voice(voice: Voice, out_dir: Path) -> Narration:
    """Run ``voice`` on a short script and check the Voice contract; the narration.

    Any voice, a third party's included, must: write the file it names inside
    ``out_dir``; time every segment once, in script order, with ``0 <= start < end``,
    no overlaps, and nothing past ``duration``. Raises AssertionError naming the breach.
    """
    script = NarrationScript((
        Segment("h", "Will it rain?", "Will it rain?", 300),
        Segment("s1", "It rained on Oct 29.", "It rained on October twenty-ninth.", 250),
        Segment("s2", "Dr. Rao said so.", "Doctor Rao said so.", 250),
    ))
    narration = voice.synthesize(script, out_dir)
    audio = out_dir / narration.audio
    assert audio.is_file() and audio.stat().st_size > 0, f"{voice.name}: no audio at {audio}"
    assert audio.resolve().parent == out_dir.resolve(), f"{voice.name}: audio outside out_dir"
    assert [t[0] for t in narration.timings] == [s.id for s in script.segments], f"{voice.name}: timings ids"
    previous_end = 0
    for sid, start, end in narration.timings:
        assert previous_end <= start < end, f"{voice.name}: segment {sid} overlaps or is empty"
        previous_end = end
    assert previous_end <= narration.duration * 1000 + 1, f"{voice.name}: timings past the duration"
    assert narration.voice == voice.name, f"{voice.name}: narration names another voice"
    return narration
