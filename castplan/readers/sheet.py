"""Spreadsheets (.xlsx, .xls, .ods): a task table published as a workbook.

Offices publish their task-division tables (重点工作任务分解表) as Excel
attachments as often as inside a notice.  python-calamine reads the cells of
all three formats (Excel 2007+, Excel 97's BIFF8 and OpenDocument) and the
merged ranges of each sheet; the rows then go through the same table reading
as a Word table's (``tables.table_lines``), so a task row becomes an item
with its lead and supporting units.

Merged cells are read as a Word table's are: a cell merged across columns
stands once in its row (a heading row across the table, "一、强化科技创新",
stays a heading), and one merged down rows stands in each row it covers (a
lead unit written once for several tasks leads each of them).  Rows above
the table's header (a title, "附件1") stay lines of their own; of a header
in two rows the lower is read.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Sequence
from typing import Any

from castplan.errors import InputError
from castplan.grammar.tables import task_columns
from castplan.readers.tables import table_lines

Cell = tuple[int, int]


def sheet_text(data: bytes, *, name: str) -> str:
    """The lines of every visible sheet of a workbook, a blank line between sheets."""
    import python_calamine

    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = [
            workbook.get_sheet_by_name(meta.name)
            for meta in workbook.sheets_metadata
            if meta.visible == python_calamine.SheetVisibleEnum.Visible
            and meta.typ == python_calamine.SheetTypeEnum.WorkSheet
        ]
        grids = [
            (sheet.to_python(skip_empty_area=False), sheet.merged_cell_ranges) for sheet in sheets
        ]
    except (python_calamine.CalamineError, ValueError, OSError) as exc:
        raise InputError(f"not a readable spreadsheet ({exc})", source_name=name) from None
    parts = [_sheet_lines(grid, merged or []) for grid, merged in grids]
    return "\n\n".join("\n".join(lines) for lines in parts if lines) + "\n"


def _sheet_lines(grid: Sequence[Sequence[Any]], merged: Sequence[tuple[Cell, Cell]]) -> list[str]:
    rows = _rows_of(grid, merged)
    header = next((i for i, row in enumerate(rows) if task_columns(row) is not None), 0)
    # A header of two rows, "责任单位" over "牵头单位 | 配合单位": the lower one,
    # which the cells merged down from the upper fill in, names every column.
    while header + 1 < len(rows) and task_columns(rows[header + 1]) is not None:
        header += 1
    above = ["\t".join(cell for cell in row if cell) for row in rows[:header]]
    return [line for line in above if line] + table_lines(rows[header:])


def _rows_of(grid: Sequence[Sequence[Any]], merged: Sequence[tuple[Cell, Cell]]) -> list[list[str]]:
    """Cell texts by row: a cell merged across columns once, one merged down rows in each."""
    texts = [[_text(value) for value in row] for row in grid]
    covered: set[Cell] = set()
    for (top, left), (bottom, right) in merged:
        if top >= len(texts) or left >= len(texts[top]):
            continue
        value = texts[top][left]
        for down in range(top, min(bottom, len(texts) - 1) + 1):
            if left < len(texts[down]):
                texts[down][left] = value
            covered.update((down, column) for column in range(left + 1, right + 1))
    rows: list[list[str]] = []
    for r, row in enumerate(texts):
        cells = [cell for c, cell in enumerate(row) if (r, c) not in covered]
        while cells and not cells[-1]:
            cells.pop()
        rows.append(cells)
    return rows


def _text(value: Any) -> str:
    # Excel keeps every number as a float: a row's number 3 arrives as 3.0.
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        value = value.date() if value.time() == datetime.time() else value
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return f"{value.year}年{value.month}月{value.day}日"
    return "" if value is None else str(value).strip()
