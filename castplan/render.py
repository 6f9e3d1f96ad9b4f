"""Notice → output text: JSON, YAML, CSV, flat rows and rich tables.

Pure functions that return strings or renderables and never write.  Output
for machines is deterministic: keys in model order, Chinese unescaped, no
timestamps.  rich is imported only by the functions that draw tables, so
commands that print JSON do not pay for it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from castplan.convert import fold_name
from castplan.model import Item, Notice, Section

if TYPE_CHECKING:
    from rich.table import Table

# Joins list cells (several departments) in CSV and tables.
LIST_JOINER = "、"


def render_json(data: Any, *, indent: int | None = 2) -> str:
    """JSON text with Chinese unescaped and a final newline."""
    separators = (",", ":") if indent is None else None
    return json.dumps(data, ensure_ascii=False, indent=indent, separators=separators) + "\n"


def render_yaml(data: Any) -> str:
    """YAML text in key order with Chinese unescaped.

    The pure-Python SafeDumper is used: the C dumper has escaped characters
    outside the BMP despite ``allow_unicode`` (PyYAML issue 771).
    """
    import yaml

    text: str = yaml.dump(
        data, Dumper=yaml.SafeDumper, allow_unicode=True, sort_keys=False, width=2**30
    )
    return text


def notice_data(notice: Notice) -> dict[str, Any]:
    """The notice as JSON-ready data, in the public contract's key order."""
    return notice.to_json_dict()


# --- flat rows ------------------------------------------------------------------


def item_rows(notice: Notice) -> list[dict[str, Any]]:
    """One row per item: the flat view for ``castplan list``."""
    return [_item_row(section, item) for section in notice.sections for item in section.items]


def _item_row(section: Section, item: Item) -> dict[str, Any]:
    return {
        "number": item.number,
        "section": section.number,
        "section_title": section.title,
        "group": item.group.title if item.group else None,
        "title": item.title,
        "lead_departments": item.lead_departments,
        "supporting_departments": item.supporting_departments,
        "measures": len(item.measures),
        "line": item.span.line,
    }


def filter_items(
    notice: Notice, *, department: str | None = None, section: int | None = None
) -> list[dict[str, Any]]:
    """Item rows, keeping those led by ``department`` and in ``section``.

    A department matches in either script and width (國際合作部 = 国际合作部).
    """
    rows = item_rows(notice)
    if section is not None:
        rows = [row for row in rows if row["section"] == section]
    if department is not None:
        wanted = fold_name(department)
        rows = [
            row
            for row in rows
            if any(fold_name(name) == wanted for name in row["lead_departments"])
        ]
    return rows


def match_department(notice: Notice, name: str) -> bool:
    """Whether ``name`` (either script) is a lead department of the notice."""
    wanted = fold_name(name)
    return any(fold_name(known) == wanted for known in notice.departments())


def department_rows(notice: Notice) -> list[dict[str, Any]]:
    """Each lead department's load: count, share of all items, item numbers.

    Sorted by count (most first), then by first appearance in the plan.
    """
    items = list(notice.items())
    loads: dict[str, list[int]] = {}
    for item in items:
        for name in item.lead_departments:
            loads.setdefault(name, []).append(item.number)
    rows = [
        {
            "department": name,
            "count": len(numbers),
            "share": round(len(numbers) / len(items), 4),
            "items": numbers,
        }
        for name, numbers in loads.items()
    ]
    return sorted(rows, key=lambda row: -row["count"])


# --- CSV and tables ---------------------------------------------------------------


def render_csv(rows: Sequence[dict[str, Any]], *, bom: bool = False) -> str:
    """CSV with a header row; list cells joined with 、; quoted where needed."""
    out = io.StringIO()
    if bom:
        out.write("\ufeff")
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows({key: _cell(value) for key, value in row.items()} for row in rows)
    return out.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return LIST_JOINER.join(str(v) for v in value)
    return "" if value is None else value


def render_table(rows: Sequence[dict[str, Any]], columns: Iterable[str], *, title: str) -> Table:
    """A rich table of ``rows`` showing ``columns``."""
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column.replace("_", " "), overflow="fold")
    for row in rows:
        table.add_row(*(str(_cell(row[column])) for column in columns))
    return table
