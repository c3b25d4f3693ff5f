"""The default voice: Debian's ``espeak-ng``, one process per segment.

Each segment is synthesised on its own and the samples are joined with measured
pauses, so every segment's start and end come from exact sample counts, not estimates.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from copydesk.audio.encode import Mp3Stream, Pcm, read_wav, silence
from copydesk.audio.script import NarrationScript
from copydesk.errors import ConfigError, VoiceError
from copydesk.model import Narration
from copydesk.settings import Settings

log = logging.getLogger(__name__)

AUDIO_NAME = "narration.mp3"
# One sentence takes ~20 ms to synthesise; a minute means the process is stuck.
SEGMENT_TIMEOUT_S = 60.0
# espeak-ng processes in flight at once: synthesis overlaps with MP3 encoding.
SYNTH_WORKERS = 2


class EspeakVoice:
    """espeak-ng through its command line: ``EspeakVoice("en-gb", rate_wpm=150)``.

    Raises :class:`~copydesk.errors.VoiceError` when the binary is missing, fails or
    hangs, and :class:`~copydesk.errors.ConfigError` for a rate outside 80–450 wpm.
    """

    def __init__(
        self, voice: str = "en-us", rate_wpm: int = 165, binary: str = "espeak-ng"
    ) -> None:
        if not 80 <= rate_wpm <= 450:
            raise ConfigError(
                f"speech rate {rate_wpm} wpm is outside espeak-ng's 80–450",
                hint="pass --rate or set COPYDESK_SPEECH_RATE_WPM to a value such as 165",
            )
        self.voice = voice
        self.rate_wpm = rate_wpm
        self.binary = binary
        self.name = f"espeak-ng/{voice}@{rate_wpm}wpm"

    @classmethod
    def from_settings(cls, settings: Settings) -> EspeakVoice:
        """The voice ``settings`` ask for (``voice_name``, ``speech_rate_wpm``): the
        factory :data:`copydesk.registry.voices` registers as ``espeak-ng``."""
        return cls(settings.voice_name, rate_wpm=settings.speech_rate_wpm)

    def _executable(self) -> str:
        found = shutil.which(self.binary)
        if found is None:
            raise VoiceError(
                f"the speech engine {self.binary!r} is not installed",
                hint="install the Debian package: apt-get install espeak-ng (make setup does this)",
                binary=self.binary,
            )
        return found

    def _say(self, exe: str, text: str, wav: Path) -> Pcm:
        # Text goes in on stdin so that a sentence starting with "-" is never an option.
        cmd = [exe, "-v", self.voice, "-s", str(self.rate_wpm), "-b", "1", "-z", "--stdin", "-w", str(wav)]
        try:
            done = subprocess.run(
                cmd, input=text.encode("utf-8"), capture_output=True, timeout=SEGMENT_TIMEOUT_S, check=False
            )
        except subprocess.TimeoutExpired as exc:
            raise VoiceError(
                f"espeak-ng took over {SEGMENT_TIMEOUT_S:.0f} s on one sentence",
                hint="retry; if it persists, run espeak-ng by hand on that sentence",
            ) from exc
        if done.returncode != 0 or not wav.exists():
            err = done.stderr.decode("utf-8", "replace").strip()
            raise VoiceError(
                f"espeak-ng failed (exit {done.returncode}): {err or 'no output'}",
                hint=f"check that the voice {self.voice!r} exists: espeak-ng --voices=en",
            )
        return read_wav(wav)

    def synthesize(self, script: NarrationScript, out_dir: Path) -> Narration:
        """Read ``script`` aloud into ``out_dir/narration.mp3`` with per-segment timings."""
        exe = self._executable()
        if not script.segments:
            raise VoiceError("the narration script is empty", hint="the story has no text to read")
        timings: list[tuple[str, int, int]] = []
        stream: Mp3Stream | None = None
        # Segments are synthesised ahead by worker threads (each waits on its own
        # espeak-ng process) while this thread encodes the finished ones in order.
        with tempfile.TemporaryDirectory(prefix="copydesk-voice-") as tmp, ThreadPoolExecutor(
            max_workers=SYNTH_WORKERS
        ) as pool:
            futures = [
                pool.submit(self._say, exe, seg.spoken, Path(tmp) / f"{i}.wav")
                for i, seg in enumerate(script.segments)
            ]
            try:
                for seg, future in zip(script.segments, futures, strict=True):
                    pcm = future.result()
                    if stream is None:
                        stream = Mp3Stream(pcm.rate)
                    elif pcm.rate != stream.rate:
                        raise VoiceError(f"espeak-ng changed sample rate mid-script ({stream.rate} → {pcm.rate})")
                    start_ms = stream.frames * 1000 // stream.rate
                    stream.write(pcm.samples)
                    timings.append((seg.id, start_ms, stream.frames * 1000 // stream.rate))
                    stream.write(silence(stream.rate, seg.pause_ms))
            except BaseException:
                for future in futures:
                    future.cancel()
                raise
        assert stream is not None
        seconds = stream.frames / stream.rate
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / AUDIO_NAME).write_bytes(stream.finish())
        log.debug("narrated %d segments, %.1f s", len(timings), seconds)
        return Narration(
            audio=AUDIO_NAME, voice=self.name, duration=round(seconds, 3), timings=tuple(timings)
        )
