"""Encodings: the 2025 plan in every encoding users receive decodes to the same text."""

from __future__ import annotations

import pytest

from castplan.errors import InputError
from castplan.readers.decode import common_han_share, decode_bytes
from castplan.script import to_simplified

from .conftest import SAMPLE_PATH

TRADITIONAL = SAMPLE_PATH.read_text(encoding="utf-8")
SIMPLIFIED = to_simplified(TRADITIONAL)


@pytest.mark.parametrize(
    ("codec", "reported"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("utf-16-be", "utf-16"),  # no byte-order mark: detected from the zero bytes
        ("utf-16-le", "utf-16"),
        ("gb18030", "gb18030"),
        ("gbk", "gb18030"),
        ("big5", "big5"),
    ],
)
def test_traditional_plan_in_every_encoding(codec: str, reported: str) -> None:
    data = TRADITIONAL.encode(codec)
    decoded = decode_bytes(data, name="plan.txt")
    assert decoded.text == TRADITIONAL
    assert decoded.encoding == reported


@pytest.mark.parametrize(
    ("codec", "reported"),
    [("utf-8", "utf-8"), ("gb18030", "gb18030"), ("gbk", "gb18030")],
)
def test_simplified_plan_in_every_encoding(codec: str, reported: str) -> None:
    decoded = decode_bytes(SIMPLIFIED.encode(codec), name="plan.txt")
    assert decoded.text == SIMPLIFIED
    assert decoded.encoding == reported


@pytest.mark.parametrize("line_count", [1, 2, 5])
def test_short_gbk_and_big5_texts_are_told_apart(line_count: int) -> None:
    lines = TRADITIONAL.splitlines()[6 : 6 + line_count]
    text = "\n".join(lines)
    assert decode_bytes(text.encode("big5"), name="x").text == text
    simple = to_simplified(text)
    assert decode_bytes(simple.encode("gbk"), name="x").text == simple


def test_common_share_separates_right_and_wrong_decodings() -> None:
    data = TRADITIONAL.encode("big5")
    assert common_han_share(data.decode("big5")) > 0.9
    assert common_han_share(data.decode("gb18030", errors="replace")) < 0.7


def test_forced_encoding() -> None:
    data = TRADITIONAL.encode("big5")
    assert decode_bytes(data, name="x", encoding="big5").encoding == "big5"
    with pytest.raises(InputError, match="cannot decode as utf-8: invalid byte 0x"):
        decode_bytes(data, name="x", encoding="utf-8")
    with pytest.raises(InputError, match="unknown encoding"):
        decode_bytes(data, name="x", encoding="no-such-codec")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "found a PNG image"),
        (b"%PDF-1.7\n", "found a PDF document"),
        (b"\x00\x01\x02binary", "found binary data"),
        ("一、標題\n".encode() + b"\xff\xff\xff\xff", "invalid byte 0xff at offset 13"),
    ],
)
def test_bad_bytes_raise_input_error(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode_bytes(data, name="bad.txt")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_detected(codec: str) -> None:
    for text in (TRADITIONAL, SIMPLIFIED):
        decoded = decode_bytes(text.encode(codec), name="plan.txt")
        assert (decoded.text, decoded.encoding) == (text, "utf-16")
