"""PCM to MP3, and the small WAV helpers the voices share."""

from __future__ import annotations

import wave
from dataclasses import dataclass
from pathlib import Path

import lameenc

from copydesk.errors import VoiceError

# 48 kbit/s mono is plenty for one synthetic voice: ~360 KB per minute of speech.
MP3_BITRATE_KBPS = 48
# LAME's quality knob: 2 is near-best, 7 is fast. For one synthetic voice at 48 kbit/s
# the difference is inaudible and 7 encodes twice as fast as 5 (0.005 vs 0.009 RTF).
MP3_QUALITY = 7


@dataclass(frozen=True, slots=True)
class Pcm:
    """Signed 16-bit little-endian mono samples at ``rate`` Hz."""

    samples: bytes
    rate: int

    @property
    def frames(self) -> int:
        return len(self.samples) // 2

    @property
    def seconds(self) -> float:
        return self.frames / self.rate


def read_wav(path: Path) -> Pcm:
    """The samples of a 16-bit mono WAV file."""
    try:
        with wave.open(str(path), "rb") as wav:
            if wav.getsampwidth() != 2 or wav.getnchannels() != 1:
                raise VoiceError(
                    f"{path.name}: expected 16-bit mono audio, got {wav.getsampwidth() * 8}-bit"
                    f" with {wav.getnchannels()} channels",
                    hint="the speech engine's output format changed; report this",
                )
            return Pcm(wav.readframes(wav.getnframes()), wav.getframerate())
    except (wave.Error, EOFError) as exc:
        raise VoiceError(f"the speech engine wrote an unreadable WAV file: {exc}") from exc


def silence(rate: int, ms: int) -> bytes:
    """``ms`` milliseconds of 16-bit silence."""
    return b"\x00\x00" * (rate * ms // 1000)


class Mp3Stream:
    """An MP3 encoder fed piece by piece: ``write()`` samples, then ``finish()``."""

    def __init__(self, rate: int, *, bitrate_kbps: int = MP3_BITRATE_KBPS) -> None:
        self.rate = rate
        self._encoder = lameenc.Encoder()
        self._encoder.set_bit_rate(bitrate_kbps)
        self._encoder.set_in_sample_rate(rate)
        self._encoder.set_channels(1)
        self._encoder.set_quality(MP3_QUALITY)
        self._chunks: list[bytes] = []
        self.frames = 0

    def write(self, samples: bytes) -> None:
        """Encode 16-bit mono ``samples`` at the stream's rate."""
        self.frames += len(samples) // 2
        self._chunks.append(bytes(self._encoder.encode(samples)))

    def finish(self) -> bytes:
        """The whole MP3 stream."""
        self._chunks.append(bytes(self._encoder.flush()))
        return b"".join(self._chunks)
