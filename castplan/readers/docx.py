"""Word (DOCX) files → notice text.

DOCX is read with python-docx, paragraph by paragraph in body order (table
cells included).  Word's automatic list numbering is not part of a
paragraph's text, so it is rebuilt from the numbering definitions: without it
a plan numbered by Word would lose every "一、" and "1.".
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any, NamedTuple

import regex as re

from castplan.errors import InputError
from castplan.grammar.numerals import chinese_numeral
from castplan.readers.tables import table_lines


def docx_text(data: bytes, *, name: str) -> str:
    """The paragraphs of a Word document, with Word's list numbers restored."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"not a readable .docx file ({exc})", source_name=name) from None
    numbering = _Numbering(document)
    lines: list[str] = []
    for kind, block in _blocks(document):
        if kind == "table":
            lines += table_lines(block)
        else:
            lines.append(numbering.label(block) + block.text)
    return "\n".join(lines) + "\n"


def _blocks(document: Any) -> Iterator[tuple[str, Any]]:
    """Body paragraphs and tables (as rows of cell texts), in order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield "paragraph", Paragraph(block, document)
        elif tag == "tbl":
            yield "table", [_row_texts(row) for row in Table(block, document).rows]


def _row_texts(row: Any) -> list[str]:
    # A merged cell comes back once per grid column it spans: keep it once.
    cells: list[Any] = []
    for cell in row.cells:
        if not cells or cell._tc is not cells[-1]._tc:
            cells.append(cell)
    return [cell.text for cell in cells]


def _format_number(n: int, fmt: str) -> str:
    if fmt in {"chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
               "ideographDigital", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand"}:  # fmt: skip
        return chinese_numeral(n)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return chr(0x245F + n) if 1 <= n <= 20 else str(n)
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    if fmt in {"lowerLetter", "upperLetter"}:
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in {"lowerRoman", "upperRoman"}:
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += numeral
            n -= value
    return out


class _Level(NamedTuple):
    """One level of a Word list: number format, label pattern, first value."""

    fmt: str
    text: str
    start: int
    restarts: bool


class _Numbering:
    """Rebuilds Word's automatic list labels ("一、", "1.", "（1）")."""

    def __init__(self, document: Any) -> None:
        from docx.oxml.ns import qn

        self._qn = qn
        self._levels: dict[str, dict[int, _Level]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract = {
            a.get(qn("w:abstractNumId")): self._read_levels(a)
            for a in root.iterchildren(qn("w:abstractNum"))
        }
        for num in root.iterchildren(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            levels = dict(abstract.get(ref.get(qn("w:val")) if ref is not None else None, {}))
            for override in num.iterchildren(qn("w:lvlOverride")):
                start = override.find(qn("w:startOverride"))
                ilvl = int(override.get(qn("w:ilvl"), "0"))
                if start is not None and ilvl in levels:
                    levels[ilvl] = levels[ilvl]._replace(start=int(start.get(qn("w:val"))))
            self._levels[num.get(qn("w:numId"))] = levels

    def _read_levels(self, abstract: Any) -> dict[int, _Level]:
        qn = self._qn
        levels = {}
        for lvl in abstract.iterchildren(qn("w:lvl")):
            fmt = lvl.find(qn("w:numFmt"))
            text = lvl.find(qn("w:lvlText"))
            start = lvl.find(qn("w:start"))
            restart = lvl.find(qn("w:lvlRestart"))
            levels[int(lvl.get(qn("w:ilvl"), "0"))] = _Level(
                fmt=fmt.get(qn("w:val")) if fmt is not None else "decimal",
                text=text.get(qn("w:val")) if text is not None else "",
                start=int(start.get(qn("w:val"))) if start is not None else 1,
                # w:lvlRestart="0" makes a level run on under a new parent.
                restarts=restart is None or restart.get(qn("w:val")) != "0",
            )
        return levels

    def _num_pr(self, paragraph: Any) -> tuple[str, int] | None:
        qn = self._qn
        holders = [paragraph._p.pPr]
        style = paragraph.style
        while style is not None:  # numbering may come from the style or its bases
            holders.append(style.element.pPr)
            style = style.base_style
        for ppr in holders:
            num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
            if num_pr is None:
                continue
            num_id = num_pr.find(qn("w:numId"))
            ilvl = num_pr.find(qn("w:ilvl"))
            if num_id is None:
                continue
            return num_id.get(qn("w:val")), int(ilvl.get(qn("w:val"))) if ilvl is not None else 0
        return None

    def label(self, paragraph: Any) -> str:
        """The list label Word shows before ``paragraph``, or ""."""
        found = self._num_pr(paragraph)
        if found is None or not paragraph.text.strip():
            return ""
        num_id, ilvl = found
        levels = self._levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self._counters.setdefault(num_id, {})
        this = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, this.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            if levels.get(deeper, this).restarts:
                del counters[deeper]  # a new parent restarts its children
        if this.fmt in {"bullet", "none"}:
            return ""

        def level_value(match: re.Match[str]) -> str:
            level = levels.get(int(match.group(1)) - 1, _Level("decimal", "", 1, True))
            return _format_number(counters.get(int(match.group(1)) - 1, level.start), level.fmt)

        return re.sub(r"%([1-9])", level_value, this.text)
