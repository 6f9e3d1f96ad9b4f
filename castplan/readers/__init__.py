"""Bytes of any supported file format → the notice text the grammar reads.

One module per format: ``decode`` (plain text in any encoding), ``html``
(saved web pages; ``mhtml`` unpacks a page saved as a single file), ``docx``
(Word), ``pdf`` and ``ofd`` (fixed-layout pages, cleaned by ``pages``), ``doc``
(Word 97, WPS and RTF, through LibreOffice's .docx of them, or refused with the
command that converts them), ``markup`` (plain text that carries a page's
tags), ``sheet`` (workbooks: .xlsx, .xls, .ods), and ``tables`` (tables, and
task tables as items).
``sniff`` tells the format.  Spans of any input but plain text are offsets
into the extracted text.
"""

from __future__ import annotations

from castplan.readers.decode import Decoded, decode_bytes
from castplan.readers.sniff import Format, Progress, input_format_for, is_mhtml

__all__ = ["Decoded", "Format", "Progress", "extract_text", "input_format_for"]


def extract_text(
    data: bytes,
    fmt: Format,
    *,
    name: str,
    encoding: str | None,
    progress: Progress | None = None,
) -> Decoded:
    """The notice text of an input in any supported format.

    ``progress`` is called with (pages done, pages in all) while a PDF or
    OFD is read.
    """
    if fmt == "html":
        from castplan.readers.html import read_html
        from castplan.readers.mhtml import page_of_mhtml

        if is_mhtml(data):
            data, charset = page_of_mhtml(data, name=name)
            encoding = encoding or charset
        return read_html(data, name=name, encoding=encoding)
    if fmt == "docx":
        from castplan.readers.docx import docx_text

        return Decoded(docx_text(data, name=name), "utf-8")
    if fmt == "pdf":
        from castplan.readers.pdf import pdf_text

        return pdf_text(data, name=name, progress=progress)
    if fmt == "ofd":
        from castplan.readers.ofd import ofd_text

        return ofd_text(data, name=name, progress=progress)
    if fmt == "spreadsheet":
        from castplan.readers.sheet import sheet_text

        return Decoded(sheet_text(data, name=name), "utf-8")
    if fmt in ("doc", "rtf"):
        from castplan.readers.doc import doc_text

        return Decoded(doc_text(data, name=name, rtf=fmt == "rtf"), "utf-8")
    from castplan.readers.markup import without_markup

    return without_markup(decode_bytes(data, name=name, encoding=encoding))
