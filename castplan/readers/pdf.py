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
geometry (see *lines a typesetter broke* below).  Each page's
text then goes through ``castplan.readers.pages``: radicals mapped, spaces
between CJK characters dropped, scanned pages detected.  The notice's spans
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
from castplan.readers.pages import PageCollector
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
    block = _BlockEdges()
    number = 0
    try:
        count = len(document)
        for number in range(1, count + 1):
            page = document[number - 1]
            try:
                collector.add(_page_text(page, block), functools.partial(_shows_something, page))
            finally:
                page.close()
            if progress is not None:
                progress(number, count)
    except pdfium.PdfiumError as exc:
        raise InputError(f"page {number} cannot be read ({exc})", source_name=name) from None
    finally:
        document.close()
    return collector.result("pdf")


def _page_text(page: Any, block: _BlockEdges) -> str:
    textpage = page.get_textpage()
    try:
        grid = _ruled_grid(page)
        if grid is not None:
            text = _text_with_table(textpage, grid)
            if text is not None:
                return text
        return _with_set_lines_joined(textpage, str(textpage.get_text_range()), block)
    finally:
        textpage.close()


# --- lines a typesetter broke -------------------------------------------------------
#
# The text layer breaks the text at every line the typesetter set, so a paragraph
# comes hard-wrapped, and the grammar has to guess from the lines' lengths where
# one ends.  The page's geometry says it outright, in the two forms GB/T 9704
# sets (and Word and WPS keep):
#
# - a paragraph: each line but its last reaches the text block's right edge, and
#   the next paragraph opens indented by two characters, so a full line goes on
#   in the line below when that one starts at the block's left edge, in the same
#   type: "一、抓实党的政治建设…新时代中" / "国特色社会主义思想,…正确政治方向。";
# - a title: set in larger type than the body (2号 over the body's 3号), centred,
#   a long one over two or three lines: "中共科學技術部黨組關于以…新時代中國" /
#   "特色社會主義思想為指導…進入創" / "新型國家行列的意見".
#
# Those lines are joined here, and the page reads as a Word file's paragraphs
# do.  In a document that opens no paragraph indented, a line that ends a
# sentence or a clause is left to end its line (its paragraphs would otherwise
# run together where one ended at the edge), and so is anything
# the page does not set in one of the two forms: a signature set off the right
# edge, a table's cells, a masthead in type of its own.

# Larger type is at least this many times the body's size (2号 22 pt / 3号 16 pt is 1.375).
_TITLE_TYPE_RATIO = 1.2
# Lines of one paragraph are in the same size, within this many points.
_SAME_SIZE = 0.5
# Consecutive lines of one paragraph are this many times its size apart at most.
_LINE_PITCH = 2.0
# A full line ends within this many characters of the block's right edge (a page
# set ragged-right breaks a line a character short); a signature, set two
# characters off the edge (GB/T 9704), does not.
_FULL_LINE_SLACK = 1.5
# A line starts at the block's left edge within this many characters (an indented
# first line starts two characters in).
_FLUSH_SLACK = 0.5
# A line ending so ends its sentence or clause where the line does.
_ENDS_ITS_CLAUSE = ("。", "！", "？", "!", "?", "；", ";", "：", ":")


@dataclass(frozen=True)
class _TextLine:
    text: str
    size: float  # the type size of its first character (0 for a blank line)
    left: float
    right: float
    top: float


# A paragraph's first line is indented by two characters (between these many), and
# a document that opens paragraphs so shows at least this many such lines.
_INDENT_FROM, _INDENT_TO = 1.5, 2.5
_INDENTED_LINES = 2
# The right edge is the page's only where this many lines end at it (a page of short
# lines, a list of units, ends none at the block's edge).
_LINES_AT_THE_EDGE = 3


@dataclass(frozen=True)
class _Block:
    """A page's text block: its body's type size and its left and right edges."""

    body: float
    left: float
    right: float
    # The document opens its paragraphs indented: a line set flush left after a full
    # one goes on its paragraph even after a 。 at the line's end.
    indented: bool = False


@dataclass
class _BlockEdges:
    """The text block's edges as the document's pages so far show them: the same on
    every page, so a page of short lines is read against the full lines of another."""

    left: float | None = None
    right: float | None = None
    indented_lines: int = 0

    def of_page(self, lines: list[_TextLine]) -> _Block | None:
        body = _body_size(lines)
        in_body = [line for line in lines if line.size > 0 and round(line.size, 1) == body]
        if not in_body:
            return None
        left = min(line.left for line in in_body)
        self.left = left if self.left is None else min(self.left, left)
        right = max(line.right for line in in_body)
        at_edge = sum(line.right >= right - body * _FLUSH_SLACK for line in in_body)
        if at_edge >= _LINES_AT_THE_EDGE:
            self.right = right if self.right is None else max(self.right, right)
        self.indented_lines += sum(
            _INDENT_FROM <= (line.left - self.left) / body <= _INDENT_TO for line in in_body
        )
        # (no edge known yet: no line is full, and only a title's lines join)
        right_edge = self.right if self.right is not None else float("inf")
        return _Block(body, self.left, right_edge, self.indented_lines >= _INDENTED_LINES)


def _with_set_lines_joined(textpage: Any, text: str, edges: _BlockEdges) -> str:
    """The page's text, each paragraph's and title's lines joined into one."""
    lines = _text_lines(textpage, text)
    block = edges.of_page(lines)
    if block is None:
        return text
    joins = [_goes_on(line, below, block) for line, below in itertools.pairwise(lines)]
    if not any(joins):
        return text
    pieces = text.split("\n")
    out: list[str] = []
    for index, piece in enumerate(pieces[:-1]):
        out.append(piece.rstrip("\r") if joins[index] else piece + "\n")
    return "".join(out) + pieces[-1]


def _text_lines(textpage: Any, text: str) -> list[_TextLine]:
    import pypdfium2.raw as pdfium_c

    lines: list[_TextLine] = []
    start = 0
    for piece in text.split("\n"):
        content = piece.rstrip("\r")
        if content.strip():
            first = start + len(content) - len(content.lstrip())
            last = start + len(content.rstrip()) - 1
            size = float(pdfium_c.FPDFText_GetFontSize(textpage.raw, first))
            left, _, _, top = textpage.get_charbox(first)
            right = textpage.get_charbox(last)[2]
            lines.append(_TextLine(content, size, left, right, top))
        else:
            lines.append(_TextLine(content, 0.0, 0.0, 0.0, 0.0))
        start += len(piece) + 1
    return lines


def _body_size(lines: list[_TextLine]) -> float:
    """The type size most of the page's characters are set in."""
    weights: dict[float, int] = {}
    for line in lines:
        if line.size > 0:
            weights[round(line.size, 1)] = weights.get(round(line.size, 1), 0) + len(line.text)
    return max(weights, key=lambda size: weights[size]) if weights else 0.0


def _goes_on(line: _TextLine, below: _TextLine, block: _Block) -> bool:
    """Whether ``below`` is the next line of the paragraph or title ``line`` is in."""
    if not (
        line.size > 0
        and abs(below.size - line.size) <= _SAME_SIZE
        and 0 < line.top - below.top <= line.size * _LINE_PITCH
    ):
        return False
    ends_a_clause = line.text.rstrip().endswith(_ENDS_ITS_CLAUSE)
    if line.size >= block.body * _TITLE_TYPE_RATIO:
        return not ends_a_clause
    return (
        (block.indented or not ends_a_clause)
        and line.right >= block.right - line.size * _FULL_LINE_SLACK
        and below.left <= block.left + line.size * _FLUSH_SLACK
    )


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
