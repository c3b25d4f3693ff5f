"""Bytes → text: binary sniffing, then UTF-8, a byte-order mark, or a detected encoding.

Recoverable damage (a few bytes that no encoding explains) is replaced and reported as
a note for ``Story.notes``; input that is binary or hopeless raises a coded error.

>>> decode_bytes("café".encode("cp1252"))
Decoded(text='café', encoding='cp1252', notes=('decoded as cp1252, not UTF-8',))
"""

from __future__ import annotations

import codecs
import logging
import re
from typing import NamedTuple

from copydesk.errors import BinaryInput, EncodingError

log = logging.getLogger(__name__)

# File signatures of the binary formats people most often pass by mistake.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"\x7fELF", "an executable"),
    (b"ID3\x03", "an MP3 file"),
    (b"ID3\x04", "an MP3 file"),
    (b"OggS", "an Ogg file"),
    (b"fLaC", "a FLAC file"),
    (b"RIFF", "a RIFF (WAV/AVI/WebP) file"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 file"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 file"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control bytes other than tab, LF, FF and CR: a text file has (almost) none.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
# Past this share of control bytes in the sniffed head, the input is binary.
_MAX_CONTROL_SHARE = 0.01
# Past this share of replaced bytes, the text is garbage rather than damaged text.
_MAX_REPLACED_SHARE = 0.02
# A non-UTF-8 input that is at least this ASCII is read as Windows-1252: the English
# newsroom's usual legacy encoding, and a superset of Latin-1's printable range.
# charset_normalizer guesses cp1257 for "naïve … déjà vu" in cp1252, so we do not ask it.
_MOSTLY_ASCII = 0.9
# charset_normalizer's mess ratio above which a detected decoding is not trusted.
_MAX_CHAOS = 0.2
_SNIFF = 8192


class Decoded(NamedTuple):
    """Decoded text, the encoding used and any notes on recoverable damage."""

    text: str
    encoding: str
    notes: tuple[str, ...] = ()


def sniff_binary(head: bytes) -> str | None:
    """What binary format ``head`` looks like ("a PNG image"), or None for text."""
    for signature, name in _SIGNATURES:
        if head.startswith(signature):
            return name
    head = head[:_SNIFF]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    if head and sum(head.count(c) for c in _CONTROL) / len(head) > _MAX_CONTROL_SHARE:
        return "binary data (control bytes)"
    return None


def _bomless_utf16(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` when ``head`` is mostly ASCII text in UTF-16 without a BOM."""
    if len(head) < 16 or b"\x00" not in head:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, chars, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and chars.count(0) == 0:
            return codec
    return None


def _replaced(text: str) -> int:
    return text.count("\ufffd")


def _note(replaced: int) -> tuple[str, ...]:
    if not replaced:
        return ()
    return (f"{replaced} undecodable byte{'s' if replaced != 1 else ''} replaced",)


# WHATWG Encoding: labels browsers read as a wider encoding than the name says.
_SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "iso-8859-1": "cp1252",
    "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
    "iso-8859-9": "cp1254", "tis-620": "cp874", "iso-8859-11": "cp874", "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949", "shift_jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
    "big5": "big5hkscs",
}
_META_CHARSET = re.compile(
    rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE
)
# The HTML standard's prescan reads the first 1024 bytes; pages put comments first.
_META_SCAN = 4096


def meta_charset(head: bytes) -> str | None:
    """The charset an HTML page declares in ``<meta charset>`` or ``http-equiv`` near its start."""
    match = _META_CHARSET.search(head[:_META_SCAN])
    if match is None:
        return None
    label = match.group(1).decode("ascii", errors="ignore").strip().lower()
    return label or None


def _from_declared(data: bytes, charset: str) -> Decoded | None:
    charset = _SUPERSETS.get(charset.strip().lower(), charset)
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        log.debug("unknown declared charset %r", charset)
        return None
    text = data.decode(codec, errors="replace")
    # A declared charset that leaves many replacements is a wrong declaration: detect.
    if _replaced(text) > max(3, len(data) * _MAX_REPLACED_SHARE):
        return None
    return Decoded(text, codec, _note(_replaced(text)))


def decode_bytes(data: bytes, *, declared: str | None = None) -> Decoded:
    """Decode ``data`` as text.

    Order: a byte-order mark; strict UTF-8; ``declared`` (an HTTP or meta charset);
    Windows-1252 for mostly-ASCII input; ``charset_normalizer`` detection; UTF-8 with
    the few bad bytes replaced. Raises :class:`BinaryInput` for binary data and
    :class:`EncodingError` when nothing decodes it into plausible text.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(codec, errors="replace")
            return Decoded(text, codec, _note(_replaced(text)))
    utf16 = _bomless_utf16(data[:_SNIFF])
    if utf16 is not None:
        text = data.decode(utf16, errors="replace")
        return Decoded(text, utf16, _note(_replaced(text)))
    kind = sniff_binary(data[:_SNIFF])
    if kind is not None:
        raise BinaryInput(f"the input looks like {kind}, not text", kind=kind)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        found = _from_declared(data, declared)
        if found is not None:
            return found
    as_utf8 = data.decode("utf-8", errors="replace")
    bad = _replaced(as_utf8) - data.count(b"\xef\xbf\xbd")
    multibyte = sum(1 for ch in as_utf8 if ord(ch) > 127 and ch != "\ufffd")
    if multibyte > bad:
        # Valid UTF-8 with a few damaged sequences (a truncated character, a stray byte).
        return Decoded(as_utf8, "utf-8", _note(bad))
    ascii_share = sum(1 for b in data if b < 128) / len(data)
    if ascii_share >= _MOSTLY_ASCII:
        text = data.decode("cp1252", errors="replace")
        notes = ("decoded as cp1252, not UTF-8", *_note(_replaced(text)))
        return Decoded(text, "cp1252", notes)
    detected = _detect(data)
    if detected is not None:
        return detected
    if bad <= max(3, len(data) * _MAX_REPLACED_SHARE):
        return Decoded(as_utf8, "utf-8", _note(bad))
    raise EncodingError(
        f"the input is not UTF-8 and no text encoding explains it ({bad} of {len(data)} bytes undecodable)",
        undecodable=bad,
        size=len(data),
    )


def _detect(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes  # imported lazily: ~30 ms at import

    match = from_bytes(data).best()
    if match is None or match.chaos > _MAX_CHAOS:
        return None
    text = str(match)
    return Decoded(text, match.encoding, (f"decoded as {match.encoding}, not UTF-8",))
