"""Which format an input is in: by the user's choice, its suffix, or its first bytes.

Format detection needs only these signatures; the readers themselves are
imported once an input of their format arrives.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from typing import Literal

Format = Literal["text", "html", "docx", "pdf", "doc", "rtf", "ofd", "spreadsheet"]
#: Called after each page of a PDF or OFD with (pages done, pages in all).
Progress = Callable[[int, int], None]
# The PDF, OFD and Word 97 readers are imported only for such input; these
# signatures are all format detection needs.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def is_pdf(data: bytes) -> bool:
    """Whether the bytes carry a PDF header (``%PDF-``) where readers look for it."""
    return data.find(b"%PDF-", 0, 1024) >= 0


def is_rtf(data: bytes) -> bool:
    """Whether the bytes open as Rich Text Format does (``{\\rtf``), after any BOM or space."""
    return data[:64].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf")


def _zip_names(data: bytes) -> list[str]:
    try:
        return zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return []


def is_spreadsheet(data: bytes) -> bool:
    """Whether the bytes are an Excel 2007+ or OpenDocument workbook (a ZIP package)."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    # An OpenDocument package names its kind in its first, uncompressed entry.
    if b"application/vnd.oasis.opendocument.spreadsheet" in data[:256]:
        return True
    return "xl/workbook.xml" in _zip_names(data)


# A web archive's header lines, each a line of its own: a text copy of an archive
# that ran its headers into one line ("Mime-Version: 1.0 Content-Base: …
# Content-Type: Multipart/related;…", then the page's text) is text.
_MIME_VERSION_RE = re.compile(rb"(?im)^MIME-Version:[ \t]*1\.0[ \t]*\r?$")
_MULTIPART_RE = re.compile(rb"(?im)^Content-Type:[ \t]*multipart/related\b")


def is_mhtml(data: bytes) -> bool:
    """Whether the bytes open as a saved web archive does (a multipart/related message)."""
    head = data[:4096]
    return bool(_MIME_VERSION_RE.search(head) and _MULTIPART_RE.search(head))


# An Excel 97 workbook's stream, as the OLE directory spells its name (UTF-16).
_WORKBOOK_STREAM = "Workbook".encode("utf-16-le")


def is_ofd(data: bytes) -> bool:
    """Whether the bytes are a ZIP package with an ``OFD.xml`` at its root."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    return b"OFD.xml" in data[:4096] or "OFD.xml" in _zip_names(data)


_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".mht", ".mhtml"}
_SUFFIX_FORMATS: dict[str, Format] = {
    ".docx": "docx",
    ".pdf": "pdf",
    ".ofd": "ofd",
    ".doc": "doc",
    ".wps": "doc",
    ".rtf": "rtf",
    ".xlsx": "spreadsheet",
    ".xlsm": "spreadsheet",
    ".xls": "spreadsheet",
    ".ods": "spreadsheet",
}
#: The suffixes of the files castplan has LibreOffice convert (Word 97, WPS, RTF).
OFFICE_SUFFIXES = frozenset(
    suffix for suffix, fmt in _SUFFIX_FORMATS.items() if fmt in ("doc", "rtf")
)


def _signature_agrees(fmt: Format, data: bytes) -> bool:
    # Only the formats LibreOffice converts are checked here: the other readers
    # give their own one-line error for a file that is not what its name says.
    if fmt == "doc":
        return data.startswith(OLE_MAGIC)
    if fmt == "rtf":
        return is_rtf(data)
    return True


def input_format_for(name: str, data: bytes, requested: str | None = None) -> Format:
    """Pick the input format: ``requested``, else the suffix, else the content."""
    if requested and requested != "auto":
        return requested  # type: ignore[return-value]
    suffix = name[name.rfind(".") :].lower() if "." in name else ""
    if suffix in _HTML_SUFFIXES:
        return "html"
    by_suffix = _SUFFIX_FORMATS.get(suffix)
    if by_suffix is not None and _signature_agrees(by_suffix, data):
        return by_suffix
    # No suffix, or a ".doc" that is no Word 97 file (sites serve web pages,
    # .docx and RTF files under that name): look at the content.
    if is_pdf(data):
        return "pdf"
    if data.startswith(b"PK\x03\x04") and b"word/" in data[:4096]:
        return "docx"
    if is_ofd(data):
        return "ofd"
    if is_spreadsheet(data):
        return "spreadsheet"
    if data.startswith(OLE_MAGIC):
        return "spreadsheet" if _WORKBOOK_STREAM in data else "doc"
    if is_rtf(data):
        return "rtf"
    if looks_like_html(data) or is_mhtml(data):
        return "html"
    return by_suffix or "text"


# What a web page starts with once a BOM, whitespace, an XML declaration and
# comments are passed: Chrome's "Save as" puts <!-- saved from url=(0064)… -->
# before <html>; many CMS pages start at <meta> or <head>.
_HTML_START_RE = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|meta|body|title)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)


def looks_like_html(data: bytes) -> bool:
    """Whether the bytes start as a web page does, whatever their file name."""
    return _HTML_START_RE.match(data[:4096]) is not None
