"""PDF → notice text, page by page, with pypdfium2.

pypdfium2 binds PDFium, the PDF engine of Chrome (Apache-2.0/BSD, one wheel
with no dependencies).  On 公文 PDFs it gives exact CJK text for the font
encodings their typesetting systems write, including Identity-H fonts
without a ToUnicode map, in reading order, without the spaces between CJK
characters that pdfminer.six infers from letter spacing, and 8–15 times
faster (see the README's file-format table).

Pages are read one at a time and closed before the next, so a 500-page file
costs the memory of its bytes and its text, not of its pages.  The lines a
typesetter broke inside a paragraph or a title are joined by the page's
geometry (``castplan.readers.geometry``), and the spaces PDFium inferred
beside CJK text dropped.  Each page's text then goes through
``castplan.readers.pages``: radicals mapped, scanned pages detected.  The notice's spans
point into the text so built; ``source.pages`` says where each page starts.

Files castplan cannot read (not a PDF, cut off, encrypted, without pages)
are refused with one line.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from dataclasses import dataclass
from typing import Any

import regex as re

from castplan.errors import InputError
from castplan.readers.decode import Decoded
from castplan.readers.geometry import NO_ENDS, BlockEdges, PageEnds, TextLine, joins, page_ends
from castplan.readers.pages import PageCollector, inferred_spaces
from castplan.readers.sniff import Progress, is_pdf
from castplan.readers.tables import table_lines

# A PDF's last %%EOF must be near its end.
_TRAILER_WINDOW = 2048
# A page shows something worth OCR when it holds an image or many drawn paths
# (glyphs turned into outlines); a few rules on a blank page do not count.
_OUTLINED_TEXT_PATHS = 50


def pdf_text(data: bytes, *, name: str, progress: Progress | None = None) -> Decoded:
    """The text of a PDF, page by page (see the module doc).

    Raises:
        InputError: not a PDF, cut off, encrypted, no pages, or mostly scanned.
    """
    _check_container(data, name)
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise InputError(_load_error(str(exc), data), source_name=name) from None
    collector = PageCollector(name, "PDF")
    block = BlockEdges()
    above = NO_ENDS
    number = 0
    try:
        count = len(document)
        for number in range(1, count + 1):
            page = document[number - 1]
            try:
                text, ends, spaces_read = _page_text(page, block)
                if above.open_end and ends.flush_start:
                    # (a paragraph that goes on over the page break: one line)
                    collector.run_on(above.foot_lines)
                shows = functools.partial(_shows_something, page)
                collector.add(text, shows, spaces_read=spaces_read)
                above = ends
            finally:
                page.close()
            if progress is not None:
                progress(number, count)
    except pdfium.PdfiumError as exc:
        raise InputError(f"page {number} cannot be read ({exc})", source_name=name) from None
    finally:
        document.close()
    return collector.result("pdf")


def _page_text(page: Any, block: BlockEdges) -> tuple[str, PageEnds, bool]:
    """The page's text, how it ends and opens, and whether its spaces were read (a
    ruled table's cells are spaced by the table reader, and cleaned as ever)."""
    textpage = page.get_textpage()
    try:
        grid = _ruled_grid(page)
        if grid is not None:
            text = _text_with_table(textpage, grid)
            if text is not None:
                return text, NO_ENDS, False
        text, ends = _page_of_paragraphs(textpage, str(textpage.get_text_range()), block)
        return text, ends, True
    finally:
        textpage.close()


# --- lines a typesetter broke (the rules: castplan.readers.geometry) ---------------


def _page_of_paragraphs(textpage: Any, text: str, edges: BlockEdges) -> tuple[str, PageEnds]:
    """The page's text, each paragraph's and title's lines joined into one and the
    spaces PDFium inferred beside CJK text dropped, and how the page ends and opens.

    PDFium marks the spaces it sets for a gap between glyphs (letter spacing, the
    gap a word processor leaves between CJK text and digits or Latin letters,
    "2025 年", "更新 www"); those go where a CJK character stands beside them.  A
    space the page holds as a character was typed, and stays, as it does in the
    Word file the PDF was made from: "…第一方阵 1.深化政治机关建设" keeps the
    heading apart from its point.
    """
    import pypdfium2.raw as pdfium_c

    lines = _text_lines(textpage, text)
    block = edges.of_page(lines)
    ends = page_ends(lines, block) if block else NO_ENDS
    drop = {
        index
        for index in inferred_spaces(text)
        if text[index] == " " and pdfium_c.FPDFText_IsGenerated(textpage.raw, index) == 1
    }
    # (a joined line's break, "\r\n" or "\n", goes from the text)
    start = 0
    for piece, goes_on in zip(text.split("\n"), joins(lines, block), strict=False):
        end = start + len(piece) + 1
        if goes_on:
            drop.update(range(start + len(piece.rstrip("\r")), end))
        start = end
    if not drop:
        return text, ends
    return "".join(ch for index, ch in enumerate(text) if index not in drop), ends


def _text_lines(textpage: Any, text: str) -> list[TextLine]:
    import pypdfium2.raw as pdfium_c

    lines: list[TextLine] = []
    start = 0
    for piece in text.split("\n"):
        content = piece.rstrip("\r")
        if content.strip():
            first = start + len(content) - len(content.lstrip())
            last = start + len(content.rstrip()) - 1
            size = float(pdfium_c.FPDFText_GetFontSize(textpage.raw, first))
            # (the loose box is the font's, the same height for every glyph: "一"'s own
            # ink box is a stroke's, lower than its line's other characters')
            left, _, _, top = textpage.get_charbox(first, loose=True)
            right = textpage.get_charbox(last, loose=True)[2]
            lines.append(TextLine(content, size, left, right, top))
        else:
            lines.append(TextLine(content, 0.0, 0.0, 0.0, 0.0))
        start += len(piece) + 1
    return lines


# --- ruled tables ------------------------------------------------------------------
#
# A task table (任务分工表) in a PDF is a grid of ruled cells; the text layer
# gives its lines across the cells, so a task that wraps in its cell comes
# apart from its lead unit.  On a page with a ruled grid the characters are
# put into cells by position, and the rows are written as the tables of Word
# files are (castplan.readers.tables): a task table's row becomes an item
# with its units.  One grid per page; text above and below it is read as usual.

# Rules are thinner than this (points); a horizontal rule at least this long.
_RULE_THICKNESS = 2.5
_MIN_RULE_LENGTH = 20.0
# Rule positions closer than this are the same rule.
_SNAP = 2.0


@dataclass(frozen=True)
class _Grid:
    """Row bands (top, bottom) from the top down, each with its column edges."""

    rows: tuple[tuple[float, float, tuple[float, ...]], ...]

    @property
    def top(self) -> float:
        return self.rows[0][0]

    @property
    def bottom(self) -> float:
        return self.rows[-1][1]

    def cell_of(self, x: float, y: float) -> tuple[int, int] | None:
        for index, (top, bottom, edges) in enumerate(self.rows):
            if bottom <= y <= top:
                column = bisect.bisect_right(edges, x) - 1
                return (index, column) if 0 <= column < len(edges) - 1 else None
        return None


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > _SNAP:
            out.append(value)
    return out


def _ruled_grid(page: Any) -> _Grid | None:
    import pypdfium2.raw as pdfium_c

    horizontal: list[tuple[float, float, float]] = []  # y, left, right
    vertical: list[tuple[float, float, float]] = []  # x, bottom, top
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        left, bottom, right, top = obj.get_bounds()
        if top - bottom <= _RULE_THICKNESS and right - left >= _MIN_RULE_LENGTH:
            horizontal.append(((top + bottom) / 2, left, right))
        elif right - left <= _RULE_THICKNESS and top - bottom > _RULE_THICKNESS * 2:
            vertical.append(((left + right) / 2, bottom, top))
    if len(horizontal) < 3 or len(vertical) < 2:
        return None
    ys = _snap([y for y, _, _ in horizontal])[::-1]
    rows = []
    for top, bottom in itertools.pairwise(ys):
        middle = (top + bottom) / 2
        edges = _snap([x for x, low, high in vertical if low <= middle <= high])
        if len(edges) >= 2:
            rows.append((top, bottom, tuple(edges)))
        elif rows:
            break  # the grid ended
    return _Grid(tuple(rows)) if len(rows) >= 2 else None


def _text_with_table(textpage: Any, grid: _Grid) -> str | None:
    """The page's text with the grid's rows as tab-separated (or task) lines."""
    count = textpage.count_chars()
    cells: dict[tuple[int, int], list[str]] = {}
    inside: list[int] = []
    for index in range(count):
        left, bottom, right, top = textpage.get_charbox(index)
        place = grid.cell_of((left + right) / 2, (top + bottom) / 2)
        if place is None or right <= left:
            continue
        inside.append(index)
        cells.setdefault(place, []).append(textpage.get_text_range(index, 1))
    if not inside:
        return None
    rows = [
        [" ".join("".join(cells.get((r, c), [])).split()) for c in range(len(edges) - 1)]
        for r, (_, _, edges) in enumerate(grid.rows)
    ]
    first, last = inside[0], inside[-1]
    above = str(textpage.get_text_range(0, first))
    below = str(textpage.get_text_range(last + 1, count - last - 1)) if last + 1 < count else ""
    return "\n".join([above.rstrip(), *table_lines(rows), below.lstrip()])


def _shows_something(page: Any) -> bool:
    import pypdfium2.raw as pdfium_c

    paths = 0
    for obj in page.get_objects():
        if obj.type in (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_SHADING):
            return True
        if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths += 1
            if paths >= _OUTLINED_TEXT_PATHS:
                return True
    return False


def _check_container(data: bytes, name: str) -> None:
    """Refuse what is no whole PDF before PDFium guesses at it."""
    if not is_pdf(data):
        raise InputError(f"not a PDF file: {_what_it_is(data)}", source_name=name)
    if b"%%EOF" not in data[-_TRAILER_WINDOW:]:
        raise InputError(
            "the PDF is cut off (it does not end with %%EOF): download or copy it again",
            source_name=name,
        )


def _what_it_is(data: bytes) -> str:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not data.strip():
        return "the file is empty"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "it is a web page (perhaps an error page saved under the PDF's name)"
    if data.startswith(b"PK\x03\x04"):
        return "it is a ZIP package (a .docx or .ofd file under another name?)"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "it is a Word 97-2003 file under another name"
    return "it does not start with %PDF-"


def _load_error(message: str, data: bytes) -> str:
    # PDFium's error code can be stale from an earlier file: look at the bytes first.
    if re.search(rb"/Encrypt\s*\d+\s+\d+\s+R|/Encrypt\s*<<", data):
        return (
            "the PDF is protected by a password; save a copy without it first "
            "(e.g. qpdf --decrypt --password=PASSWORD in.pdf out.pdf)"
        )
    if re.search(rb"/Count\s+0\b", data) and not re.search(rb"/Type\s*/Page\b(?!s)", data):
        return "the PDF has no pages"
    return f"the PDF is damaged and cannot be opened ({message})"
