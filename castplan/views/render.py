"""Notice → output text: JSON, YAML, CSV, Markdown and rich tables.

Pure functions that return strings or renderables and never write.  Output
for machines is deterministic: keys in model order, Chinese unescaped, no
timestamps.  rich is imported only by the functions that draw tables, so
commands that print JSON do not pay for it.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from rich.table import Table

    from castplan.model import Notice
    from castplan.views.rows import ItemRow

# Joins list cells (several departments) in CSV and tables.
LIST_JOINER = "、"


def render_json(data: Any, *, indent: int | None = 2) -> str:
    """JSON text with Chinese unescaped and a final newline."""
    return json_bytes(data, indent=indent).decode("utf-8")


def json_bytes(data: Any, *, indent: int | None = 2) -> bytes:
    """UTF-8 JSON of ``data`` (a model or JSON-ready data) with a final newline.

    Written by pydantic-core, several times faster than ``json.dumps`` on a
    large tree and without the intermediate dict of a model, and byte for
    byte what ``json.dumps(..., ensure_ascii=False)`` writes (tests compare).
    """
    return _json_of(data, indent) + b"\n"


def _json_of(data: Any, indent: int | None) -> bytes:
    """``json_bytes`` without the final newline."""
    import pydantic_core

    try:
        # Infinity and NaN as json.dumps writes them, not as null.
        out = pydantic_core.to_json(data, indent=indent, inf_nan_mode="constants")
    except pydantic_core.PydanticSerializationError as exc:
        # Ctrl-C or SIGTERM (whose handler raises SystemExit) during a serializer
        # callback reaches us wrapped; it must stay an interruption (exit 130,
        # 143, no traceback), not become an error.
        if "KeyboardInterrupt" in str(exc):
            raise KeyboardInterrupt from None
        exit_code = _WRAPPED_EXIT_RE.search(str(exc))
        if exit_code:
            raise SystemExit(int(exit_code[1])) from None
        raise
    if _RUST_ONLY_FLOAT_RE.search(out):
        # A float below 1e-4 is 0.00001 or 2.5e-7 in Rust's notation and
        # 1e-05 or 2.5e-07 in Python's; rare, so checked after the fact.
        return _python_json(data, indent).encode("utf-8")[:-1]
    return out


# How pydantic-core names a SystemExit raised inside one of its callbacks.
_WRAPPED_EXIT_RE = re.compile(r"SystemExit: (\d+)")

# The lists that hold the bulk of a large tree: written one element at a time.
STREAMED_LISTS = ("sections", "items")


def json_chunks(data: Any, *, indent: int | None = 2) -> Iterator[bytes]:
    """``json_bytes(data)`` in parts, one section's item at a time.

    The parts join to exactly ``json_bytes(data)`` (a test compares), but no
    part holds more than one item: the JSON of a 16 MB plan is 80 MB, and
    pydantic-core hands it over as a copy of its own buffer, so writing it
    whole held the tree and two copies of its JSON at once.
    """
    yield from _chunks(data, indent, 0)
    yield b"\n"


def _chunks(value: Any, indent: int | None, shift: int) -> Iterator[bytes]:
    """The JSON of ``value``, every line after the first shifted right by ``shift``."""
    name = _streamed_list(value)
    if name is None:
        yield _shifted(_json_of(value, indent), shift)
        return
    # The value with the list left empty shows where the list goes; a key
    # written at the value's own level is found once (JSON strings escape quotes).
    key = f'"{name}":' if indent is None else f'\n{" " * indent}"{name}": '
    hollow = _json_of(value.model_copy(update={name: []}), indent)
    if hollow.count(f"{key}[]".encode()) != 1:  # pragma: no cover - no model does this
        yield _shifted(_json_of(value, indent), shift)
        return
    before, after = hollow.split(f"{key}[]".encode())
    yield _shifted(before + key.encode() + b"[", shift)
    inner = shift + 2 * indent if indent else 0
    for index, element in enumerate(getattr(value, name)):
        if indent is None:
            yield b"," if index else b""
        else:
            yield (b",\n" if index else b"\n") + b" " * inner
        yield from _chunks(element, indent, inner)
    yield b"]" if indent is None else b"\n" + b" " * (shift + indent) + b"]"
    yield _shifted(after, shift)


def _streamed_list(value: Any) -> str | None:
    """The name of a non-empty list of models in ``value`` to write element by element."""
    if not hasattr(value, "model_copy"):
        return None
    for name in STREAMED_LISTS:
        elements = getattr(value, name, None)  # Notice.items is a method, not a list
        if isinstance(elements, list) and elements and hasattr(elements[0], "model_copy"):
            return name
    return None


def _shifted(data: bytes, shift: int) -> bytes:
    # pydantic-core writes a newline only between tokens: strings escape theirs.
    return data.replace(b"\n", b"\n" + b" " * shift) if shift else data


# Float spellings where Rust's shortest form differs from Python's repr:
# 0.00001 (Python: 1e-05) and a one-digit negative exponent (Python pads it).
# A match inside a string only costs the slower path.
_RUST_ONLY_FLOAT_RE = re.compile(rb"0\.0000|e-\d(?!\d)")


def _python_json(data: Any, indent: int | None) -> str:
    if hasattr(data, "model_dump"):
        data = data.model_dump(mode="json")
    separators = (",", ":") if indent is None else None
    return json.dumps(data, ensure_ascii=False, indent=indent, separators=separators) + "\n"


def render_yaml(data: Any) -> str:
    """YAML text in key order with Chinese unescaped.

    The pure-Python SafeDumper is used: the C dumper has escaped characters
    outside the BMP despite ``allow_unicode`` (PyYAML issue 771).
    """
    out = io.StringIO()
    dump_yaml(data, out)
    return out.getvalue()


class _Writable(Protocol):
    def write(self, data: Any, /) -> Any: ...


def dump_yaml(data: Any, stream: _Writable) -> None:
    """Write ``data`` as YAML to ``stream`` in parts, as ``render_yaml`` spells it.

    A text stream receives str; any other (a binary sink) UTF-8 bytes.
    """
    import yaml

    encoding = None if isinstance(stream, io.TextIOBase) else "utf-8"
    yaml.dump(
        data,
        stream,
        Dumper=yaml.SafeDumper,
        allow_unicode=True,
        sort_keys=False,
        width=2**30,
        encoding=encoding,
    )


# --- CSV and tables ---------------------------------------------------------------


def render_data(data: Any, fmt: str) -> str:
    """The tree (or any JSON-ready data) in one of parse's formats: json, jsonl or yaml."""
    if fmt == "yaml":
        return render_yaml(data)
    return render_json(data, indent=None if fmt == "jsonl" else 2)


def render_notice(notice: Notice, fmt: str) -> bytes:
    """The tree as UTF-8 bytes in one of parse's formats: json, jsonl or yaml.

    JSON goes straight from the models to bytes; YAML needs the JSON-ready dict.
    """
    if fmt == "yaml":
        return render_yaml(notice.to_json_dict()).encode("utf-8")
    return json_bytes(notice, indent=None if fmt == "jsonl" else 2)


def render_json_elements(rows: Sequence[Any]) -> str:
    """The elements of ``render_json(rows)`` without its brackets, for writing in parts.

    ``"[\n" + render_json_elements(a) + ",\n" + render_json_elements(b) + "\n]\n"``
    equals ``render_json(a + b)``.
    """
    return ",\n".join(
        "\n".join("  " + line for line in render_json(row).rstrip("\n").split("\n")) for row in rows
    )


def render_csv(rows: Sequence[dict[str, Any]], *, bom: bool = False, header: bool = True) -> str:
    """CSV with a header row; list cells joined with 、; quoted where needed.

    Without ``header`` only the rows are written (a later part of one CSV).
    """
    out = io.StringIO()
    if bom:
        out.write("\ufeff")
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        if header:
            writer.writeheader()
        writer.writerows({key: _csv_cell(key, value) for key, value in row.items()} for row in rows)
    return out.getvalue()


def csv_header(fields: Sequence[str], *, bom: bool = False) -> str:
    """The header row of a CSV whose rows have ``fields``."""
    out = io.StringIO()
    if bom:
        out.write("\ufeff")
    csv.writer(out, lineterminator="\n").writerow(fields)
    return out.getvalue()


# A marker such as "1." reads as the number 1.0 in pandas, DuckDB, csvkit and
# spreadsheets; written as the formula ="1." it stays text in all of them and
# a spreadsheet shows 1. (pandas shows ="1.", which str.strip('="') undoes).
_NUMERIC_MARKER_RE = re.compile(r"^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$")


def _csv_cell(key: str, value: Any) -> Any:
    if key == "marker" and isinstance(value, str) and _NUMERIC_MARKER_RE.match(value):
        return f'="{value}"'
    return _cell(value)


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        # Lists of targets show each target as written.
        return LIST_JOINER.join(str(v["text"] if isinstance(v, dict) else v) for v in value)
    return "" if value is None else value


def render_table(
    rows: Sequence[dict[str, Any]],
    columns: Iterable[str],
    *,
    title: str,
    labels: dict[str, str] | None = None,
) -> Table:
    """A rich table of ``rows`` showing ``columns`` (headed by ``labels`` where given)."""
    from rich.table import Table

    columns = list(columns)
    table = Table(title=title, show_lines=False)
    for column in columns:
        label = (labels or {}).get(column, column)
        table.add_column(label.replace("_", " "), overflow="fold")
    for row in rows:
        table.add_row(*(str(_cell(row[column])) for column in columns))
    return table


# --- Markdown report ------------------------------------------------------------------


def render_markdown(notice: Notice, rows: Sequence[ItemRow]) -> str:
    """A readable report of a plan: sections, items, lead units and targets.

    Only the items in ``rows`` appear (``castplan list`` filters them).
    """
    out = [f"# {notice.title or notice.source.path}", ""]
    facts = [f"source: `{notice.source.path}`"]
    if notice.header and notice.header.issuer:
        facts.append(f"issued by {notice.header.issuer}")
    if notice.header and notice.header.date:
        facts.append(f"on {notice.header.date.isoformat()}")
    facts.append(f"{len(rows)} item(s)")
    out += [", ".join(facts), ""]
    section_of = {s.number: s for s in notice.sections}
    current: int | None = None
    for row in rows:
        if row.section != current:
            current = row.section
            section = section_of[row.section]
            heading = f"{section.numeral}、{section.title}" if section.numeral else "Items"
            out += [f"## {heading}", ""]
        out += _markdown_item(row)
    return "\n".join(out).rstrip("\n") + "\n"


def _markdown_item(row: ItemRow) -> list[str]:
    heading = f"{row.marker} {row.title}" if row.marker else row.title
    lines = [f"### {heading}", ""]
    if row.group:
        # (a dash heading or a table's category cell has no numeral to bracket)
        numbered = row.group_numeral and row.group_numeral != "——"
        lines.append(
            f"- Group: （{row.group_numeral}）{row.group}" if numbered else f"- Group: {row.group}"
        )
    lines.append(f"- Lead: {LIST_JOINER.join(row.lead_departments) or '—'}")
    if row.supporting_departments:
        lines.append(f"- Supporting: {LIST_JOINER.join(row.supporting_departments)}")
    if row.targets:
        lines.append("- Targets: " + "; ".join(_target_phrase(t) for t in row.targets))
    if row.programmes:
        lines.append("- Programmes: " + LIST_JOINER.join(f"“{p}”" for p in row.programmes))
    if row.documents:
        lines.append("- Documents: " + LIST_JOINER.join(f"《{d}》" for d in row.documents))
    if row.deadline:
        lines.append(f"- Deadline: {row.deadline}")
    return [*lines, ""]


def _target_phrase(target: Any) -> str:
    interval = target.interval
    if target.approximate and interval.max is None:
        bound = f"more than {interval.min}, approximately"
    elif target.approximate:
        bound = f"about {target.value}"
    elif interval.min is not None and interval.min == interval.max:
        bound = f"exactly {target.value}"
    elif interval.max is None:
        bound = f"{'≥' if interval.min_inclusive else '>'} {interval.min}"
    else:
        bound = f"{'≤' if interval.max_inclusive else '<'} {interval.max}"
    return f"{target.text} ({bound} {target.unit})"


# --- diff ------------------------------------------------------------------------------


def _diff_line(entry: Any) -> tuple[str, str, str, str]:
    old, new = entry.old, entry.new
    where = f"{old.ref or old.number if old else '—'} → {new.ref or new.number if new else '—'}"
    title = (new or old).title
    detail = []
    for change in entry.changes:
        if change == "title":
            title = f"{old.title} → {new.title}"
            detail.append("title")
        elif change == "lead_departments":
            before, after = old.lead_departments, new.lead_departments
            detail.append(f"lead {LIST_JOINER.join(before)} → {LIST_JOINER.join(after)}")
        elif change == "targets":
            before, after = LIST_JOINER.join(old.targets), LIST_JOINER.join(new.targets)
            detail.append(f"targets {before or '—'} → {after or '—'}")
        elif change == "section":
            detail.append(f"section {old.section} → {new.section}")
        elif change == "text":
            detail.append("reworded")
    return entry.status, where, title, "; ".join(detail)


def render_diff_markdown(report: Any) -> str:
    """A diff report in Markdown: summary, changed items, department loads."""
    s = report.summary
    out = [
        f"# {report.old} → {report.new}",
        "",
        f"{s.added} added, {s.removed} removed, {s.changed} changed, {s.moved} moved, "
        f"{s.unchanged} unchanged.",
        "",
        "## Items",
        "",
        "| status | number | title | what changed |",
        "| --- | --- | --- | --- |",
    ]
    for entry in report.items:
        if entry.status != "unchanged":
            out.append("| " + " | ".join(_diff_line(entry)) + " |")
    out += [
        "",
        "## Lead departments",
        "",
        "| department | before | after | change |",
        "| --- | --- | --- | --- |",
    ]
    for dept in report.departments:
        out.append(f"| {dept.department} | {dept.before} | {dept.after} | {dept.change:+d} |")
    return "\n".join(out) + "\n"


def render_diff_tables(report: Any) -> list[Table]:
    """A diff report as rich tables: changed items, then department loads."""
    from rich.table import Table

    s = report.summary
    items = Table(
        title=f"{report.old} → {report.new}: {s.added} added, {s.removed} removed, "
        f"{s.changed} changed, {s.moved} moved, {s.unchanged} unchanged"
    )
    for column in ("status", "number", "title", "what changed"):
        items.add_column(column, overflow="fold")
    for entry in report.items:
        if entry.status != "unchanged":
            items.add_row(*_diff_line(entry))
    depts = Table(title="lead departments")
    for column in ("department", "before", "after", "change"):
        depts.add_column(column)
    for dept in report.departments:
        depts.add_row(dept.department, str(dept.before), str(dept.after), f"{dept.change:+d}")
    return [items, depts]
