"""Reading inputs: files, stdin and the bundled sample, into parsed notices.

This is the only module besides the CLI that touches the file system.  It
returns values and raises ``CastplanError``; it never prints.
"""

from __future__ import annotations

import sys
from collections.abc import Collection
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from castplan.errors import InputError
from castplan.model import Diagnostic, Notice, Origin, sha256_hex
from castplan.parse import check_notice, parse_notice
from castplan.readers import Format, extract_text, format_for
from castplan.readers.decode import Decoded

SAMPLE_NAME = "cast-2025-work-plan.zh-Hant.txt"
# A work plan is tens of kilobytes (the 2025 CAST plan: 17 KB); an input of
# megabytes is something else.  Refuse it before decoding.
MAX_INPUT_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class RawInput:
    """An input's bytes and the name to report it by."""

    name: str
    data: bytes


def sample_input() -> RawInput:
    """The 2025 CAST plan shipped inside the package."""
    data = resources.files("castplan").joinpath("samples", SAMPLE_NAME).read_bytes()
    return RawInput(SAMPLE_NAME, data)


def read_input(path: str | Path) -> RawInput:
    """Read a file's bytes; InputError when it cannot be read."""
    name = str(path)
    try:
        size = Path(path).stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(too_large(size), source_name=name)
        return RawInput(name, Path(path).read_bytes())
    except FileNotFoundError:
        raise InputError("no such file", source_name=name) from None
    except IsADirectoryError:
        raise InputError("is a directory, expected a file", source_name=name) from None
    except PermissionError:
        raise InputError("permission denied", source_name=name) from None


def stdin_input() -> RawInput:
    """Standard input's bytes, refused past the size limit without reading it all."""
    data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(too_large(len(data)), source_name="<stdin>")
    return RawInput("<stdin>", data)


def _text_of(
    raw: RawInput, encoding: str | None, source_format: str | None
) -> tuple[Format, Decoded]:
    fmt = format_for(raw.name, raw.data, source_format)
    return fmt, extract_text(raw.data, fmt, name=raw.name, encoding=encoding)


def too_large(size: int) -> str:
    """The message for an input over ``MAX_INPUT_BYTES``."""
    return (
        f"input is {size / 1024 / 1024:.1f} MiB; a work plan is far smaller "
        f"(limit {MAX_INPUT_BYTES // 1024 // 1024} MiB)"
    )


def notice_from_input(
    raw: RawInput,
    *,
    encoding: str | None = None,
    source_format: str | None = None,
    simplified: bool = False,
) -> Notice:
    """Decode (or extract from HTML or DOCX) and parse one input.

    Args:
        raw: the input's bytes and name.
        encoding: force this encoding instead of detecting one.
        source_format: "text", "html" or "docx"; None or "auto" picks by the
            file's suffix, then by its content.
        simplified: give the text values in simplified script.

    Raises:
        InputError: the bytes are not text in a known encoding or format.
        ParseError: the text is not a work-plan notice.
    """
    fmt, decoded = _text_of(raw, encoding, source_format)
    origin = Origin(
        path=raw.name,
        encoding=decoded.encoding,
        sha256=sha256_hex(raw.data),
        source_format=fmt,
        dropped_bytes=decoded.dropped,
    )
    return parse_notice(decoded.text, origin=origin, simplified=simplified)


def check_input(
    raw: RawInput,
    *,
    encoding: str | None = None,
    source_format: str | None = None,
    known_departments: Collection[str] | None = None,
) -> list[Diagnostic]:
    """Every problem of one input, warnings included; raises only InputError."""
    _, decoded = _text_of(raw, encoding, source_format)
    return check_notice(
        decoded.text,
        path=raw.name,
        dropped_bytes=decoded.dropped,
        known_departments=known_departments,
    )
