"""Department loads over many plans: one row per department, one column per plan.

Names go through the alias table, so a department written 科普部 in one plan
and 科學技術普及部 in the next is one row; each row keeps the names as written.
Columns are plans (labelled by year, or by title when two plans share a
year), or with ``by="year"`` / ``by="issuer"`` the plans of one year or one
issuer added up.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pydantic import Field

from castplan.model import FrozenModel, Notice
from castplan.script import fold_name
from castplan.views.aliases import AliasTable, Script

Grouping = Literal["plan", "year", "issuer"]


class PlanLoad(FrozenModel):
    """A department's load in one column (a plan, a year or an issuer)."""

    column: str = Field(description="The column: a plan's year or title, a year, or an issuer.")
    count: int = Field(description="Items it leads there.")
    share: float = Field(description="count / all items there, 4 decimals.")
    items: list[int] = Field(description="The numbers of the items it leads (in plan order).")


class DepartmentLoadRow(FrozenModel):
    """One department across many plans."""

    department: str = Field(description="The canonical name, or the name as written if unknown.")
    known: bool = Field(description="Whether an alias table knows the name.")
    written: list[str] = Field(description="Every name the plans write it by, in order seen.")
    total: int = Field(description="Items it leads in all plans.")
    loads: list[PlanLoad] = Field(description="Its load in each column, in column order.")


def column_labels(notices: Sequence[Notice], by: Grouping) -> list[str]:
    """Each notice's column: its year (title if years repeat), year, or issuer."""
    if by == "year":
        return [str(n.year) if n.year is not None else "unknown year" for n in notices]
    if by == "issuer":
        return [n.organization or "unknown issuer" for n in notices]
    years = [n.year for n in notices]
    return [
        str(n.year) if n.year is not None and years.count(n.year) == 1 else n.title or n.source.path
        for n in notices
    ]


def department_loads(
    notices: Sequence[Notice], aliases: AliasTable, *, by: Grouping = "plan", script: Script
) -> tuple[list[str], list[DepartmentLoadRow]]:
    """Each lead department's load in each column, most items first.

    Args:
        notices: the plans, in column order (sort them by year first).
        aliases: the table that tells which names are one department.
        by: one column per plan, per year or per issuer.
        script: the script canonical names are shown in.

    Returns:
        The column labels, and one row per department.
    """
    labels = column_labels(notices, by)
    # A column per plan even when two share a label; per year or issuer, the
    # plans that share it add up (issuers folded: 中國科協 and 中国科协 are one).
    keys = [
        str(k) if by == "plan" else fold_name(label) if by == "issuer" else label
        for k, label in enumerate(labels)
    ]
    columns = list(dict.fromkeys(keys))
    shown: dict[str, str] = {}
    for key, label in zip(keys, labels, strict=True):
        shown.setdefault(key, label)
    totals = dict.fromkeys(columns, 0)
    counts: dict[str, dict[str, list[int]]] = {}
    written: dict[str, list[str]] = {}
    names: dict[str, tuple[str, bool]] = {}
    for notice, column in zip(notices, keys, strict=True):
        for item in notice.items():
            totals[column] += 1
            seen: set[str] = set()
            for name in item.lead_departments:
                key = aliases.key(name)
                if key in seen:  # 科普部、科學技術普及部 in one tag is one lead
                    continue
                seen.add(key)
                found = aliases.resolve(name)
                names.setdefault(key, (found.display(script) if found else name, bool(found)))
                written.setdefault(key, [])
                if name not in written[key]:
                    written[key].append(name)
                counts.setdefault(key, {}).setdefault(column, []).append(item.number)
    rows = [
        DepartmentLoadRow(
            department=names[key][0],
            known=names[key][1],
            written=written[key],
            total=sum(len(numbers) for numbers in per_column.values()),
            loads=[
                PlanLoad(
                    column=shown[column],
                    count=len(per_column.get(column, [])),
                    share=round(len(per_column.get(column, [])) / totals[column], 4)
                    if totals[column]
                    else 0.0,
                    items=per_column.get(column, []),
                )
                for column in columns
            ],
        )
        for key, per_column in counts.items()
    ]
    return [shown[c] for c in columns], sorted(rows, key=lambda row: -row.total)


def flat_load_rows(rows: Sequence[DepartmentLoadRow]) -> list[dict[str, object]]:
    """Rows for tables and CSV: department, then count and share per column, total."""
    flat: list[dict[str, object]] = []
    for row in rows:
        cells: dict[str, object] = {"department": row.department, "written": row.written}
        for load in row.loads:
            cells[f"{load.column} count"] = load.count
            cells[f"{load.column} share"] = load.share
        cells["total"] = row.total
        flat.append(cells)
    return flat


def render_loads_markdown(
    title: str, columns: Sequence[str], rows: Sequence[DepartmentLoadRow]
) -> str:
    """The load table in Markdown: count (share) per column."""
    head = ["department", *columns, "total"]
    out = [f"# {title}", "", "| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for row in rows:
        cells = [row.department]
        cells += [f"{load.count} ({load.share:.1%})" for load in row.loads]
        cells.append(str(row.total))
        out.append("| " + " | ".join(cells) + " |")
    written = [row for row in rows if row.written != [row.department]]
    if written:
        out += ["", "Names as written:", ""]
        out += [f"- {row.department}: {'、'.join(row.written)}" for row in written]
    return "\n".join(out) + "\n"
