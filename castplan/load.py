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
from castplan.readers import Format, Progress, extract_text, input_format_for
from castplan.readers.decode import Decoded

SAMPLE_NAME = "cast-2025-work-plan.zh-Hant.txt"
# A work plan is tens of kilobytes of text (the 2025 CAST plan: 17 KB); an
# input of megabytes of text is something else.  The limit counts text, not
# the images a Word file or a saved web page embeds; --max-size raises it.
MAX_INPUT_BYTES = 5 * 1024 * 1024
# Published documents carry fonts, seals and images: a 500-page PDF of a
# plan and its attachments runs to tens of megabytes.  No file is read past
# this (or past --max-size, when that is larger).
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
_MIB = 1024 * 1024


@dataclass(frozen=True)
class RawInput:
    """An input's bytes and the name to report it by."""

    name: str
    data: bytes


def sample_input() -> RawInput:
    """The 2025 CAST plan shipped inside the package."""
    data = resources.files("castplan").joinpath("samples", SAMPLE_NAME).read_bytes()
    return RawInput(SAMPLE_NAME, data)


def file_limit(max_size: int = MAX_INPUT_BYTES) -> int:
    """The most bytes read from any file: room for images, never less than ``max_size``."""
    return max(MAX_DOCUMENT_BYTES, max_size)


def read_input(path: str | Path, *, max_size: int = MAX_INPUT_BYTES) -> RawInput:
    """Read a file's bytes; InputError when it cannot be read or is far too large."""
    name = str(path)
    try:
        size = Path(path).stat().st_size
        if size > file_limit(max_size):
            raise InputError(too_large(size, file_limit(max_size)), source_name=name)
        return RawInput(name, Path(path).read_bytes())
    except FileNotFoundError:
        raise InputError("no such file", source_name=name) from None
    except IsADirectoryError:
        raise InputError("is a directory, expected a file", source_name=name) from None
    except PermissionError:
        raise InputError("permission denied", source_name=name) from None
    except OSError as exc:
        raise InputError(
            f"cannot read: {(exc.strerror or str(exc)).lower()}", source_name=name
        ) from None


def stdin_input(*, max_size: int = MAX_INPUT_BYTES) -> RawInput:
    """Standard input's bytes, refused past the file limit without reading it all."""
    limit = file_limit(max_size)
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise InputError(too_large(len(data), limit, more=True), source_name="<stdin>")
    return RawInput("<stdin>", data)


def _text_of(
    raw: RawInput,
    encoding: str | None,
    source_format: str | None,
    progress: Progress | None = None,
    max_size: int = MAX_INPUT_BYTES,
) -> tuple[Format, Decoded]:
    fmt = input_format_for(raw.name, raw.data, source_format)
    if fmt == "text" and len(raw.data) > max_size:
        # Plain text is its own size: refuse it before decoding.
        raise InputError(too_large(len(raw.data), max_size), source_name=raw.name)
    decoded = extract_text(raw.data, fmt, name=raw.name, encoding=encoding, progress=progress)
    if fmt != "text":
        size = len(decoded.text.encode("utf-8"))
        if size > max_size:
            raise InputError(too_large(size, max_size, text=True), source_name=raw.name)
    return fmt, decoded


def too_large(
    size: int, limit: int = MAX_INPUT_BYTES, *, text: bool = False, more: bool = False
) -> str:
    """The message for an input over its limit, with the way to raise it."""
    what = "its text is" if text else "input is"
    amount = f"more than {_size_text(limit)}" if more else _size_text(size)
    return (
        f"{what} {amount}; a work plan is far smaller "
        f"(limit {_size_text(limit)}; --max-size raises it)"
    )


def _size_text(size: int) -> str:
    """5 MiB, 6.8 MiB, 10 KiB, 16.7 KiB."""
    unit, name = (_MIB, "MiB") if size >= _MIB else (1024, "KiB")
    return f"{size // unit} {name}" if size % unit == 0 else f"{size / unit:.1f} {name}"


def notice_from_input(
    raw: RawInput,
    *,
    encoding: str | None = None,
    source_format: str | None = None,
    simplified: bool = False,
    progress: Progress | None = None,
    max_size: int = MAX_INPUT_BYTES,
) -> Notice:
    """Decode (or extract from HTML, DOCX, PDF, OFD, or Word 97 and RTF by way of
    LibreOffice) and parse one input.

    Args:
        raw: the input's bytes and name.
        encoding: force this encoding instead of detecting one.
        source_format: "text", "html", "docx", "pdf", "ofd", "doc", "rtf" or
            "spreadsheet"; None or "auto" picks by the file's suffix, then by
            its content.
        simplified: give the text values in simplified script.
        progress: called with (pages done, pages in all) while a PDF or OFD is read.
        max_size: the largest text accepted, in UTF-8 bytes (images embedded
            in a Word file or web page do not count).

    Raises:
        InputError: the bytes are not text in a known encoding or format.
        ParseError: the text is not a work-plan notice.
    """
    fmt, decoded = _text_of(raw, encoding, source_format, progress, max_size)
    origin = Origin(
        path=raw.name,
        encoding=decoded.encoding,
        sha256=sha256_hex(raw.data),
        source_format=fmt,
        dropped_bytes=decoded.dropped,
    )
    notice = parse_notice(decoded.text, origin=origin, simplified=simplified)
    return _with_pages(notice, decoded)


def _with_pages(notice: Notice, decoded: Decoded) -> Notice:
    """Record where the pages of a PDF or OFD start; warn of pages lost to scanning
    and of what the reader worked around (a wrong declared charset)."""
    if not decoded.pages and not decoded.notes:
        return notice
    update: dict[str, object] = {}
    if decoded.pages:
        update["source"] = notice.source.model_validate(
            {**notice.source.model_dump(), "pages": list(decoded.pages)}
        )
    update["diagnostics"] = sorted(
        [*notice.diagnostics, *_page_warnings(decoded), *_reader_notes(decoded)],
        key=lambda d: (d.line or 0, d.column or 0),
    )
    return notice.model_copy(update=update)


def _reader_notes(decoded: Decoded) -> list[Diagnostic]:
    return [
        Diagnostic(level="warning", code=code, message=message, line=1, column=1)
        for code, message in decoded.notes
    ]


def _page_warnings(decoded: Decoded) -> list[Diagnostic]:
    if not decoded.unread_pages:
        return []
    from castplan.readers.pages import unread_pages_message

    first = decoded.unread_pages[0]
    offset = decoded.pages[first - 1]
    return [
        Diagnostic(
            level="warning",
            code="pages-without-text",
            message=unread_pages_message(decoded.unread_pages),
            line=decoded.text.count("\n", 0, offset) + 1,
            column=1,
        )
    ]


def check_input(
    raw: RawInput,
    *,
    encoding: str | None = None,
    source_format: str | None = None,
    known_departments: Collection[str] | None = None,
    max_size: int = MAX_INPUT_BYTES,
) -> list[Diagnostic]:
    """Every problem of one input, warnings included; raises only InputError."""
    _, decoded = _text_of(raw, encoding, source_format, max_size=max_size)
    diagnostics = check_notice(
        decoded.text,
        path=raw.name,
        dropped_bytes=decoded.dropped,
        known_departments=known_departments,
    )
    return sorted(
        [*diagnostics, *_page_warnings(decoded), *_reader_notes(decoded)],
        key=lambda d: (d.line or 0, d.column or 0),
    )
