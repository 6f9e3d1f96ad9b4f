"""Lines a typesetter broke, joined by the page's geometry (PDF and OFD).

A fixed-layout page's text layer breaks the text at every line the typesetter
set, so a paragraph comes hard-wrapped, and the grammar has to guess from the
lines' lengths where one ends.  The page's geometry says it outright, in the
two forms GB/T 9704 sets (and Word and WPS keep), and a third that a
signature too long for its line takes:

- a paragraph: each line but its last reaches the text block's right edge, and
  the next paragraph opens indented by two characters, so a full line goes on
  in the line below when that one starts at the block's left edge, in the same
  type: "一、抓实党的政治建设…新时代中" / "国特色社会主义思想,…正确政治方向。";
- a title: set in larger type than the body (2号 over the body's 3号), centred,
  a long one over two or three lines: "中共科學技術部黨組關于以…新時代中國" /
  "特色社會主義思想為指導…進入創" / "新型國家行列的意見";
- a signature set right, off the edge, too long for its line: its first line
  spans from the left edge and the next ends where it ends, further in.

The PDF and OFD readers join those lines, and a page reads as a Word file's
paragraphs do; a paragraph whose page's last line is full and whose next page
opens flush left goes on over the break (``PageEnds``,
``PageCollector.run_on``).  In a document that opens no paragraph indented, a
line that ends a sentence or a clause is left to end its line (its paragraphs
would otherwise run together where one ended at the edge), and so is anything
the page does not set in one of these forms: a signature on a line of its own,
a table's cells, a masthead in type of its own.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from castplan.readers.pages import PAGE_NUMBER_RE

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
class TextLine:
    """A line as the page sets it: its text, the type size of its first character (0
    for a blank line), where it starts and ends across, and its top, which grows up
    the page (a reader whose y grows down gives it negated)."""

    text: str
    size: float
    left: float
    right: float
    top: float


# A paragraph's first line is indented by two characters (between these many), and
# a document that opens paragraphs so shows at least this many such lines.
_INDENT_FROM, _INDENT_TO = 1.5, 2.5
_INDENTED_LINES = 2
# The right edge is the page's only where this many lines end at it, within this
# many characters (a page of short lines, a list of units, ends none at the edge).
_LINES_AT_THE_EDGE = 3
_AT_THE_EDGE = 0.5


@dataclass(frozen=True)
class Block:
    """A page's text block: its body's type size and its left and right edges."""

    body: float
    left: float
    right: float
    # The document opens its paragraphs indented: a line set flush left after a full
    # one goes on its paragraph even after a 。 at the line's end.
    indented: bool = False


@dataclass
class BlockEdges:
    """The text block's edges as the document's pages so far show them: the same on
    every page, so a page of short lines is read against the full lines of another."""

    left: float | None = None
    right: float | None = None
    indented_lines: int = 0

    def of_page(self, lines: list[TextLine]) -> Block | None:
        """The block of a page of ``lines`` (None for a page without text), its
        edges learnt with those of the pages before."""
        body = _body_size(lines)
        in_body = [line for line in lines if line.size > 0 and round(line.size, 1) == body]
        if not in_body:
            return None
        left = min(line.left for line in in_body)
        self.left = left if self.left is None else min(self.left, left)
        right = max(line.right for line in in_body)
        at_edge = sum(line.right >= right - body * _AT_THE_EDGE for line in in_body)
        if at_edge >= _LINES_AT_THE_EDGE:
            self.right = right if self.right is None else max(self.right, right)
        self.indented_lines += sum(
            _INDENT_FROM <= (line.left - self.left) / body <= _INDENT_TO for line in in_body
        )
        # (no edge known yet: no line is full, and only a title's lines join)
        right_edge = self.right if self.right is not None else float("inf")
        return Block(body, self.left, right_edge, self.indented_lines >= _INDENTED_LINES)


@dataclass(frozen=True)
class PageEnds:
    """How a page's text ends and opens, for a paragraph that goes on over a break."""

    open_end: bool = False  # its last line of text is full and leaves its paragraph open
    foot_lines: int = 0  # the lines set below that one: a page number
    flush_start: bool = False  # its first line starts at the block's left edge


NO_ENDS = PageEnds()


def page_ends(lines: list[TextLine], block: Block) -> PageEnds:
    """How the page of ``lines`` ends (its page number set aside) and opens."""
    lines = [line for line in lines if line.size > 0]
    foot = 0
    while foot < len(lines) and PAGE_NUMBER_RE.match(lines[-1 - foot].text.strip()):
        foot += 1
    if foot == len(lines):
        return NO_ENDS
    last, first = lines[-1 - foot], lines[0]
    return PageEnds(
        open_end=abs(last.size - block.body) <= _SAME_SIZE and _ends_open(last, block),
        foot_lines=foot,
        flush_start=abs(first.size - block.body) <= _SAME_SIZE
        and first.left <= block.left + first.size * _FLUSH_SLACK
        and not PAGE_NUMBER_RE.match(first.text.strip()),
    )


def _ends_open(line: TextLine, block: Block) -> bool:
    """Whether ``line`` fills its line and leaves its paragraph open."""
    return (block.indented or not line.text.rstrip().endswith(_ENDS_ITS_CLAUSE)) and (
        line.right >= block.right - line.size * _FULL_LINE_SLACK
    )


def _body_size(lines: list[TextLine]) -> float:
    """The type size most of the page's characters are set in."""
    weights: dict[float, int] = {}
    for line in lines:
        if line.size > 0:
            weights[round(line.size, 1)] = weights.get(round(line.size, 1), 0) + len(line.text)
    return max(weights, key=lambda size: weights[size]) if weights else 0.0


def goes_on(line: TextLine, below: TextLine, block: Block) -> bool:
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
    if not ends_a_clause and _wraps_set_right(line, below, block):
        return True
    return _ends_open(line, block) and below.left <= block.left + line.size * _FLUSH_SLACK


# A paragraph set right fills its first line to within a character of the block's
# left edge (its characters need not fill it exactly), and ends at most this many
# characters off the right edge (a signature over the date, set four off): a
# paragraph's short last line that happens to end where the next line ends is no
# such paragraph.
_SET_RIGHT_FLUSH = 1.0
_SET_RIGHT_FROM = 6.0


def _wraps_set_right(line: TextLine, below: TextLine, block: Block) -> bool:
    """Whether ``line`` and ``below`` are one paragraph set right, off the block's right
    edge, that is too long for its line: a signature over the date, "…示范开发区工" /
    "作领导小组办公室".  The first spans from the left edge to where the paragraph is
    set right; the next ends there too, further in."""
    flush = block.left + line.size * _SET_RIGHT_FLUSH
    return (
        line.left <= flush < below.left
        and block.right - line.size * _SET_RIGHT_FROM
        <= line.right
        < block.right - line.size * _FULL_LINE_SLACK
        and abs(below.right - line.right) <= line.size * _AT_THE_EDGE
    )


def joins(lines: list[TextLine], block: Block | None) -> list[bool]:
    """For each line but the last, whether the line below goes on its paragraph."""
    if block is None:
        return [False] * max(len(lines) - 1, 0)
    return [goes_on(line, below, block) for line, below in itertools.pairwise(lines)]
