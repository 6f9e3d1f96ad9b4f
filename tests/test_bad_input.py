"""Bad input: a one-line error and a documented exit code, never a traceback or a file."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from castplan.cli import cli
from castplan.readers.doc import CONVERTER_ENV

from .conftest import SAMPLE_PATH

SAMPLE_BYTES = SAMPLE_PATH.read_bytes()
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"

# (file name, bytes, expected exit code, expected text in the one-line message)
BAD_INPUTS = [
    ("empty.txt", b"", 1, "found no text (empty-input)"),
    ("blank.txt", b" \n\n\t\n", 1, "found no text (empty-input)"),
    ("image.png", PNG, 1, "expected a text file, found a PNG image"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), 1, "Word 97-2003 .doc file"),
    ("random.bin", bytes(range(256)) * 4, 1, "found binary data"),
    (
        "README.md",
        b"# castplan\n\n1. Install it.\n2. Run it.\n\nSee the docs.\n",
        1,
        "(not-a-notice)",
    ),
    (
        "prose.txt",
        "今天天气很好，我们去公园散步。\n公园里的花都开了。\n2024年3月1日\n".encode(),
        1,
        "(not-a-notice)",
    ),
    (
        "latin1.txt",
        "Caf\xe9 cr\xe8me \xe0 la fran\xe7aise\n".encode("latin-1") * 3,
        1,
        "cannot decode",
    ),
    ("fake.docx", b"PK\x03\x04word/" + bytes(100), 1, "not a readable .docx file"),
]


@pytest.mark.parametrize(
    ("name", "data", "code", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS]
)
def test_bad_input_is_one_line_and_leaves_no_file(
    tmp_path: Path, name: str, data: bytes, code: int, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The refusal without LibreOffice; its errors with it are in test_doc.py.
    monkeypatch.setenv(CONVERTER_ENV, "")
    path = tmp_path / name
    path.write_bytes(data)
    out = tmp_path / "out.json"
    result = CliRunner().invoke(cli, ["parse", str(path), "-o", str(out)])
    assert result.exit_code == code
    assert message in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"castplan: error: {path}")
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_ten_megabyte_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(SAMPLE_BYTES * (10 * 1024 * 1024 // len(SAMPLE_BYTES) + 1))
    result = CliRunner().invoke(cli, ["parse", str(path)])
    assert result.exit_code == 1
    assert "MiB; a work plan is far smaller (limit 5 MiB; --max-size raises it)" in result.stderr
    assert result.stderr.count("\n") == 1


def test_ten_megabyte_stdin_is_refused() -> None:
    result = CliRunner().invoke(cli, ["parse", "-"], input=SAMPLE_BYTES * 700)
    assert result.exit_code == 1
    assert result.stderr.startswith("castplan: error: <stdin>: input is")


def _inside_a_character(near: int) -> int:
    # UTF-8 continuation bytes are 0b10xxxxxx: cutting before one splits a character.
    return next(i for i in range(near, len(SAMPLE_BYTES)) if SAMPLE_BYTES[i] & 0xC0 == 0x80)


@pytest.mark.parametrize("near", [201, 1001, 5002, len(SAMPLE_BYTES) - 100])
def test_file_cut_inside_a_character_gives_a_tree_with_warnings(tmp_path: Path, near: int) -> None:
    data = SAMPLE_BYTES[: _inside_a_character(near)]
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the cut really is inside a character
    path = tmp_path / "cut.txt"
    path.write_bytes(data)
    result = CliRunner().invoke(cli, ["parse", str(path)])
    assert result.exit_code == 0, result.stderr
    assert "(truncated-input)" in result.stderr


def test_file_cut_inside_the_last_item(tmp_path: Path) -> None:
    text = SAMPLE_PATH.read_text(encoding="utf-8")
    path = tmp_path / "cut.txt"
    path.write_text(text[: text.index("制定代表委員等") + 3], encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(path)])
    assert result.exit_code == 0
    assert "47:1: warning: item 32. stops mid-sentence" in result.stderr
    assert "(truncated-item)" in result.stderr


def test_directory_as_single_input_is_walked(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SAMPLE_BYTES)
    result = CliRunner().invoke(cli, ["parse", str(tmp_path)])
    assert result.exit_code == 0
    assert result.stdout.count("\n") == 1  # one JSON line
