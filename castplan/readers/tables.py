"""Tables in Word files and web pages, as lines of notice text.

Most tables become one line per row, cells joined by a tab.  A task table
(任务分工表: 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限) is the plan itself
set out in columns, so each of its rows is written the way the plan's text
would write it, "3.任务（牵头单位：X；配合单位：Y；完成时限：Z）", and the
parser reads it like any item.  A row that holds one cell across the table
("一、强化政治引领") is a heading and stays a line of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from castplan.grammar import patterns as P
from castplan.grammar.tables import TaskColumns, task_columns


def table_lines(rows: Sequence[Sequence[str]]) -> list[str]:
    """Lines of notice text for a table given as rows of cell texts."""
    # A cell's own paragraphs run on in its line.
    rows = [[_one_line(cell) for cell in row] for row in rows if any(c.strip() for c in row)]
    if not rows:
        return []
    columns = task_columns(rows[0])
    if columns is None:
        return [_plain(row) for row in rows]
    lines = [_plain(rows[0])]
    count = 0
    for row in rows[1:]:
        if len(set(row)) == 1 or len(row) <= columns.task:
            lines.append(row[0])  # a heading row across the table
            continue
        count += 1
        lines.append(_task_line(row, columns, count))
    return lines


def _one_line(cell: str) -> str:
    return " ".join(part.strip() for part in cell.splitlines() if part.strip())


def _plain(row: Sequence[str]) -> str:
    return "\t".join(row)


def _cell(row: Sequence[str], index: int) -> str:
    return row[index].strip() if 0 <= index < len(row) else ""


def _task_line(row: Sequence[str], columns: TaskColumns, count: int) -> str:
    number = _cell(row, columns.number)
    number = number if number.isdigit() else str(count)
    parts = [
        f"{label}：{value}"
        for label, value in (
            ("牵头单位", _cell(row, columns.lead)),
            ("配合单位", _cell(row, columns.support)),
            ("完成时限", _cell(row, columns.deadline)),
        )
        if value
    ]
    tag = f"（{'；'.join(parts)}）" if parts else ""
    task = _cell(row, columns.task)
    if columns.number < 0 and P.ITEM_RE.match(task):
        return f"{task}{tag}"  # the task cell numbers itself: "1.推进…"
    return f"{number}.{task}{tag}"
