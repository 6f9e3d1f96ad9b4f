"""Reading inputs: files, stdin and the bundled sample, into parsed notices.

This is the only module besides the CLI that touches the file system.  It
returns values and raises ``CastplanError``; it never prints.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from castplan.decode import decode_bytes
from castplan.errors import InputError
from castplan.model import Notice
from castplan.parse import parse_notice

SAMPLE_NAME = "cast-2025-work-plan.zh-Hant.txt"
# Larger inputs are no work plan; refuse them before decoding.
MAX_INPUT_BYTES = 64 * 1024 * 1024


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
            raise InputError(
                f"file is {size // 1024 // 1024} MiB; a work plan is far smaller "
                f"(limit {MAX_INPUT_BYTES // 1024 // 1024} MiB)",
                source_name=name,
            )
        return RawInput(name, Path(path).read_bytes())
    except FileNotFoundError:
        raise InputError("no such file", source_name=name) from None
    except IsADirectoryError:
        raise InputError("is a directory, expected a file", source_name=name) from None
    except PermissionError:
        raise InputError("permission denied", source_name=name) from None


def notice_from_input(raw: RawInput, *, encoding: str | None = None) -> Notice:
    """Decode and parse one input.

    Raises:
        InputError: the bytes are not text in a known encoding.
        ParseError: the text is not a work-plan notice.
    """
    decoded = decode_bytes(raw.data, name=raw.name, encoding=encoding)
    return parse_notice(
        decoded.text,
        path=raw.name,
        encoding=decoded.encoding,
        sha256=hashlib.sha256(raw.data).hexdigest(),
    )
