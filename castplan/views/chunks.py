"""One notice → the part of a command's output it contributes, ready to write.

``castplan list``, ``depts`` and ``index`` read many plans.  Each plan's rows
are rendered where the plan was parsed (a worker process with ``-j``), so
the parent only writes bytes and memory stays flat however many plans there
are.  A ``View`` is a small frozen dataclass, so it crosses to worker
processes by pickling; the parent frames the chunks (``[``, commas and ``]``
for JSON, one header for CSV) so the output is byte for byte what rendering
all rows at once gives.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from castplan.model import FrozenModel, Notice
from castplan.views.aliases import AliasTable, load_aliases
from castplan.views.render import (
    render_csv,
    render_json,
    render_json_elements,
    render_markdown,
    render_table,
)
from castplan.views.rows import (
    department_rows,
    filter_rows,
    item_rows,
    name_index,
    named_units,
)

RowKind = Literal["items", "departments", "index"]
#: Formats a row view renders; "markdown" only for items.
RowFormat = Literal["table", "json", "jsonl", "csv", "markdown"]

# Table columns per kind; headers read the names with spaces.
TABLE_COLUMNS: dict[RowKind, tuple[str, ...]] = {
    "items": ("number", "section", "title", "lead_departments"),
    "departments": ("department", "count", "share", "refs"),
    "index": ("name", "kind", "count", "refs"),
}
# "refs" is shown under the name users know: the items.
TABLE_LABELS = {"refs": "items"}


@dataclass(frozen=True)
class Chunk:
    """One notice's part of the output, and what the command must know about it."""

    output: bytes
    #: Rows it holds (after filtering).
    rows: int = 0
    #: Every unit the notice names, lead or supporting (for an unknown --dept).
    units: tuple[str, ...] = ()
    #: Its section numbers (for an unknown --section).
    sections: tuple[int, ...] = ()


@dataclass(frozen=True)
class TableLook:
    """How tables are drawn: decided once by the parent, which knows the terminal."""

    width: int = 160
    color: bool = False


@dataclass(frozen=True)
class View:
    """Which rows of each notice a command prints, and how."""

    kind: RowKind
    fmt: RowFormat
    department: str | None = None
    section: int | None = None
    index_kinds: tuple[Literal["programme", "document"], ...] = ("programme",)
    look: TableLook = TableLook()
    #: Several plans: table titles name the file too.
    many: bool = False
    #: Alias tables the user added (paths): departments count and match through them.
    alias_files: tuple[str, ...] = ()
    #: Text is in simplified script: departments are named in it.
    simplified: bool = False

    @property
    def aliases(self) -> AliasTable:
        return _alias_table(self.alias_files)

    def __call__(self, notice: Notice) -> Chunk:
        """Render ``notice``'s rows in this view's format."""
        rows = self.rows(notice)
        facts: dict[str, Any] = {}
        if self.department is not None:
            facts["units"] = tuple(named_units(notice))
        if self.section is not None:
            facts["sections"] = tuple(s.number for s in notice.sections)
        if not rows:
            return Chunk(b"", 0, **facts)
        return Chunk(self.render(notice, rows).encode("utf-8"), len(rows), **facts)

    def rows(self, notice: Notice) -> list[Any]:
        """The rows (models) this view shows of ``notice``."""
        if self.kind == "items":
            return filter_rows(
                item_rows(notice),
                department=self.department,
                section=self.section,
                aliases=self.aliases if self.department is not None else None,
            )
        if self.kind == "departments":
            return department_rows(notice, self.aliases, "simplified" if self.simplified else None)
        return [row for kind in self.index_kinds for row in name_index(notice, kind)]

    def render(self, notice: Notice, rows: Sequence[Any]) -> str:
        """Rows as text in the view's format, without the framing the parent adds."""
        if self.fmt == "markdown":
            return render_markdown(notice, rows)
        data = [row.model_dump(mode="json") for row in rows]
        if self.fmt == "json":
            return render_json_elements(data)
        if self.fmt == "jsonl":
            return "".join(render_json(row, indent=None) for row in data)
        if self.fmt == "csv":
            return render_csv(data, header=False)
        return self._table(notice, data)

    def _table(self, notice: Notice, data: list[dict[str, Any]]) -> str:
        from rich.console import Console

        columns = TABLE_COLUMNS[self.kind]
        if self.department is not None and self.kind == "items":
            columns = (*columns, "role")
        title = self._title(notice)
        out = io.StringIO()
        console = Console(
            file=out,
            width=self.look.width,
            force_terminal=self.look.color,
            color_system="auto" if self.look.color else None,
        )
        console.print(render_table(data, columns, title=title, labels=TABLE_LABELS))
        return out.getvalue()

    def _title(self, notice: Notice) -> str:
        name = notice.title or {"items": "items", "departments": "departments"}.get(
            self.kind, "index"
        )
        if self.kind == "departments":
            name = f"{name}: lead departments"
        elif self.kind == "index":
            name = f"{name}: {' and '.join(k + 's' for k in self.index_kinds)}"
        return f"{name} ({notice.source.path})" if self.many else name


@functools.lru_cache(maxsize=8)
def _alias_table(files: tuple[str, ...]) -> AliasTable:
    # Loaded once per process (a worker's too): a View crosses to workers as paths.
    return load_aliases(files)


def row_fields(kind: RowKind) -> list[str]:
    """The keys of one row of ``kind``, in order: the CSV header."""
    from castplan.views.rows import DepartmentRow, IndexEntry, ItemRow

    models: dict[RowKind, type[FrozenModel]] = {
        "items": ItemRow,
        "departments": DepartmentRow,
        "index": IndexEntry,
    }
    return list(models[kind].model_fields)
