"""Bytes → text: encoding detection that does not misread GBK as Big5.

Order of evidence: a byte-order mark; strict UTF-8; then GB18030 and Big5,
each decoded strictly and scored by how many of the decoded Han characters
are common ones (GB2312 level 1 or Big5 level 1).  Text in the wrong one of
these two double-byte codes still decodes, but into rare characters, so the
score separates them where general-purpose detectors guess.

The decoded text is returned as it is (only a BOM is dropped), so spans are
offsets into exactly what was read.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from castplan.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Legacy Chinese encodings tried after UTF-8, in order of preference on a tie.
_LEGACY = ("gb18030", "big5")
# Magic numbers of files people pass by mistake.
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document (read it with --from pdf)",
    b"PK\x03\x04": "a ZIP archive",
    b"\x7fELF": "an executable",
    b"\xd0\xcf\x11\xe0": "a Word 97-2003 .doc file (save it as .docx or text)",
}
# Control characters that never occur in a text document.
_BINARY_BYTES = set(range(0, 9)) | {
    11,
    14,
    15,
    16,
    17,
    18,
    19,
    20,
    21,
    22,
    23,
    24,
    25,
    26,
    28,
    29,
    30,
    31,
}


@dataclass(frozen=True)
class Decoded:
    """The text of an input and how it was decoded."""

    text: str
    encoding: str
    # Bytes of a character cut off at the end of the input (a truncated file).
    dropped: int = 0
    # Fixed-layout inputs (PDF, OFD): where each page's text starts, and the
    # 1-based pages that had no readable text (scanned) and are missing.
    pages: tuple[int, ...] = ()
    unread_pages: tuple[int, ...] = ()
    # What the reader had to work around, as (diagnostic code, message).
    notes: tuple[tuple[str, str], ...] = ()


def decode_bytes(data: bytes, *, name: str, encoding: str | None = None) -> Decoded:
    """Decode an input file's bytes.

    Args:
        data: the bytes as received.
        name: the file name, for error messages.
        encoding: force this encoding instead of detecting one.

    Raises:
        InputError: for binary data or bytes no candidate encoding decodes.
    """
    if encoding:
        return _strict(data, encoding, name, _canonical(encoding))
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data, codec, name, codec)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    _reject_binary(data, name)
    try:
        return _decode_allowing_cut_end(data, "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    best: tuple[float, Decoded] | None = None
    for codec in _LEGACY:
        try:
            decoded = _decode_allowing_cut_end(data, codec)
        except UnicodeDecodeError:
            continue
        score = common_han_share(decoded.text)
        if best is None or score > best[0]:
            best = (score, decoded)
    if best is None:
        raise InputError(
            f"cannot decode: invalid byte 0x{data[utf8_error.start]:02x} at offset "
            f"{utf8_error.start} is not UTF-8, GB18030 or Big5 (pass --encoding)",
            source_name=name,
        )
    return best[1]


def _decode_allowing_cut_end(data: bytes, codec: str) -> Decoded:
    """Decode strictly, except that a character cut off by truncation is dropped.

    A file cut inside its last character is still the document it was; the
    parser reports the cut (``truncated-input``) instead of refusing it.
    """
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError as exc:
        if exc.end < len(data) or exc.start < len(data) - 3 or exc.start == 0:
            raise
        return Decoded(data[: exc.start].decode(codec), codec, dropped=len(data) - exc.start)


def _canonical(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding


def _strict(data: bytes, encoding: str, name: str, label: str) -> Decoded:
    try:
        decoded = _decode_allowing_cut_end(data, encoding)
        return Decoded(decoded.text, label, decoded.dropped)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", source_name=name) from None
    except UnicodeDecodeError as exc:
        raise InputError(
            f"cannot decode as {encoding}: "
            f"invalid byte 0x{data[exc.start]:02x} at offset {exc.start}",
            source_name=name,
        ) from None


# UTF-16 text without a BOM: its Chinese must read as common characters.
MIN_UTF16_COMMON_SHARE = 0.8


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text saved without a byte-order mark, or None.

    Its line ends and ASCII punctuation put NUL bytes in every other place,
    which no other text encoding has; the byte order whose decoding is
    common Chinese wins.
    """
    if b"\x00" not in data[:4096] or len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\r\n\t")
        if not controls and common_han_share(text) >= MIN_UTF16_COMMON_SHARE:
            return Decoded(text, "utf-16")
    return None


def _reject_binary(data: bytes, name: str) -> None:
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"expected a text file, found {what}", source_name=name)
    head = data[:4096]
    if any(byte in _BINARY_BYTES for byte in head):
        offset = next(i for i, byte in enumerate(head) if byte in _BINARY_BYTES)
        raise InputError(
            "expected a text file, found binary data "
            f"(byte 0x{head[offset]:02x} at offset {offset})",
            source_name=name,
        )


def common_han_share(text: str) -> float:
    """Share of Han characters that are common (GB2312 or Big5 level 1)."""
    han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if not han:
        return 0.0
    common = sum(1 for ch in set(han) if _is_common(ch))
    return common / len(set(han))


def _is_common(ch: str) -> bool:
    # GB2312 level 1 has lead bytes 0xB0–0xD7; Big5 level 1 has 0xA4–0xC6.
    try:
        if 0xB0 <= ch.encode("gb2312")[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        return 0xA4 <= ch.encode("big5")[0] <= 0xC6
    except UnicodeEncodeError:
        return False
