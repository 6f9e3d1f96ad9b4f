"""Flat views of a notice: one row per item, per department, per named thing.

These rows are what ``castplan list``, ``depts`` and ``index`` print, and what
loads straight into jq, pandas (``read_json(lines=True)``), DuckDB
(``read_json_auto``) or a spreadsheet.  Each row type is a model, so
``castplan schema --for list`` documents it like the tree.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from castplan.model import FrozenModel, Item, Notice, Section, Target
from castplan.script import fold_name

if TYPE_CHECKING:
    from castplan.views.aliases import AliasTable, Script


class ItemRow(FrozenModel):
    """One item with its context: the flat, item-per-row view."""

    source: str = Field(description="The input's path, as in source.path.")
    notice_title: str | None = Field(description="The plan's title.")
    organization: str | None = Field(description="The body whose plan it is.")
    year: int | None = Field(description="The year the plan is for.")
    section: int = Field(description="The section's number (0 for an unnumbered body).")
    section_numeral: str | None = Field(description="The section's numeral as written.")
    section_title: str | None = Field(description="The section's title.")
    group_numeral: str | None = Field(description="The （一） group's numeral, if any.")
    group: str | None = Field(description="The （一） group's title, if any.")
    number: int = Field(description="The item's number.")
    marker: str = Field(description="The item's marker as written.")
    title: str = Field(description="The item's title.")
    lead_departments: list[str] = Field(description="Lead units.")
    supporting_departments: list[str] = Field(description="Supporting units.")
    measures: int = Field(description="How many measures (sentences after the title).")
    targets: list[Target] = Field(description="Quantified targets of all its measures.")
    programmes: list[str] = Field(description="Names in “…”.")
    documents: list[str] = Field(description="Titles in 《…》.")
    deadline: str | None = Field(description="The completion deadline as written, if any.")
    text: str = Field(description="The item as in the source.")
    line: int = Field(description="The item's first input line.")
    ref: str = Field(
        default="",
        description="The item's unambiguous reference: its number, or section.number "
        "(3.1) when numbering restarts in each section.",
    )
    role: Literal["lead", "supporting"] | None = Field(
        default=None,
        description="With list --dept: whether that unit leads or supports the item.",
    )


class DepartmentRow(FrozenModel):
    """One lead department's load in a plan."""

    department: str = Field(
        description="The canonical name from the alias table, or the name as written if unknown."
    )
    count: int = Field(description="How many items it leads.")
    share: float = Field(description="count / all items of the plan, 4 decimals.")
    items: list[int] = Field(description="The numbers of the items it leads.")
    written: list[str] = Field(
        default_factory=list, description="The names the plan writes it by, in order seen."
    )
    refs: list[str] = Field(
        default_factory=list,
        description="The same items as unambiguous references (3.1 when numbering restarts).",
    )
    source: str = Field(default="", description="The plan's path, as in source.path.")


class IndexEntry(FrozenModel):
    """A programme or document and the items that name it."""

    name: str = Field(description="The name, without its quotes or 《》.")
    kind: Literal["programme", "document"] = Field(description="Quoted name or 《》 title.")
    count: int = Field(description="How many items name it.")
    items: list[int] = Field(description="The numbers of the items that name it.")
    refs: list[str] = Field(
        default_factory=list,
        description="The same items as unambiguous references (3.1 when numbering restarts).",
    )
    source: str = Field(default="", description="The plan's path, as in source.path.")


def item_refs(notice: Notice) -> dict[int, str]:
    """Each item's reference by ``id(item)``: its number, or section.number when numbers repeat.

    Plans that restart numbering in each section have an item 1 in every
    section; "3.1" (section 3, item 1) names one of them.
    """
    items = [(s, i) for s in notice.sections for i in s.items]
    numbers = [i.number for _, i in items]
    if len(set(numbers)) == len(numbers):
        return {id(i): str(i.number) for _, i in items}
    return {id(i): f"{s.number}.{i.number}" for s, i in items}


def item_rows(notice: Notice) -> list[ItemRow]:
    """One row per item, in document order."""
    refs = item_refs(notice)
    return [_item_row(notice, s, i, refs[id(i)]) for s in notice.sections for i in s.items]


def _item_row(notice: Notice, section: Section, item: Item, ref: str) -> ItemRow:
    return ItemRow(
        source=notice.source.path,
        notice_title=notice.title,
        organization=notice.organization,
        year=notice.year,
        section=section.number,
        section_numeral=section.numeral,
        section_title=section.title,
        group_numeral=item.group.numeral if item.group else None,
        group=item.group.title if item.group else None,
        number=item.number,
        marker=item.marker,
        title=item.title,
        lead_departments=item.lead_departments,
        supporting_departments=item.supporting_departments,
        measures=len(item.measures),
        targets=[t for m in item.measures for t in m.targets],
        programmes=item.programmes,
        documents=item.documents,
        deadline=item.deadline,
        text=item.text,
        line=item.span.line,
        ref=ref,
    )


def filter_rows(
    rows: Iterable[ItemRow],
    *,
    department: str | None = None,
    section: int | None = None,
    aliases: AliasTable | None = None,
) -> list[ItemRow]:
    """Keep the rows in ``section`` that ``department`` leads or supports.

    Names match in either script, and through ``aliases`` by any name the
    table gives the department (科普部 finds 科學技術普及部).  With a
    department, each row kept says in ``role`` whether it leads or supports.
    """
    key = aliases.key if aliases is not None else fold_name
    wanted = key(department) if department is not None else None
    kept = []
    for row in rows:
        if section is not None and row.section != section:
            continue
        if wanted is None:
            kept.append(row)
        elif any(key(n) == wanted for n in row.lead_departments):
            kept.append(row.model_copy(update={"role": "lead"}))
        elif any(key(n) == wanted for n in row.supporting_departments):
            kept.append(row.model_copy(update={"role": "supporting"}))
    return kept


def named_units(notice: Notice) -> list[str]:
    """Every lead and supporting unit, in order of first appearance."""
    names = (n for i in notice.items() for n in (*i.lead_departments, *i.supporting_departments))
    return list(dict.fromkeys(names))


def department_rows(
    notice: Notice, aliases: AliasTable | None = None, script: Script | None = None
) -> list[DepartmentRow]:
    """Each lead department's load, most items first, then by first appearance.

    With ``aliases``, names of one department count together under its
    canonical name (in ``script``, the plan's own by default).
    """
    key = aliases.key if aliases is not None else fold_name
    shown = script or notice.source.script
    total = sum(1 for _ in notice.items())
    refs = item_refs(notice)
    loads: dict[str, tuple[list[str], list[Item]]] = {}
    for name, items in notice.lead_loads().items():
        names, merged = loads.setdefault(key(name), ([], []))
        names.append(name)
        # An item naming one department twice (科普部、科學技術普及部) counts once.
        merged.extend(i for i in items if all(i is not m for m in merged))
    rows = [
        DepartmentRow(
            department=aliases.display(names[0], shown) if aliases is not None else names[0],
            count=len(items),
            share=round(len(items) / total, 4),
            items=[i.number for i in sorted(items, key=lambda i: i.span.start)],
            written=names,
            refs=[refs[id(i)] for i in sorted(items, key=lambda i: i.span.start)],
            source=notice.source.path,
        )
        for names, items in loads.values()
    ]
    return sorted(rows, key=lambda row: -row.count)


def name_index(notice: Notice, kind: Literal["programme", "document"]) -> list[IndexEntry]:
    """Programmes or documents with the items naming them, in order of first mention."""
    found: dict[str, list[Item]] = {}
    for item in notice.items():
        for name in item.programmes if kind == "programme" else item.documents:
            found.setdefault(name, []).append(item)
    refs = item_refs(notice)
    return [
        IndexEntry(
            name=name,
            kind=kind,
            count=len(items),
            items=[i.number for i in items],
            refs=[refs[id(i)] for i in items],
            source=notice.source.path,
        )
        for name, items in found.items()
    ]
