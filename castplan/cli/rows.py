"""Commands that print rows: ``list`` (items), ``depts`` (departments), ``index``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

import click

if TYPE_CHECKING:
    from castplan.model import Notice
    from castplan.views.aliases import AliasTable
from castplan.cli.app import CliUsageError, cli
from castplan.cli.options import (
    Reading,
    _alias_table,
    _aliases_option,
    _end_with,
    _excel_option,
    _fail_fast_option,
    _files_argument,
    _jobs_option,
    _load_many,
    _print_prepared,
    _print_rows,
    _table_formats,
    format_option,
    reading_options,
)


@cli.command("list")
@_files_argument
@click.option(
    "--dept", metavar="NAME", help="Only items this unit leads or supports (either script)."
)
@click.option("--section", type=click.IntRange(min=0), metavar="N", help="Only items of section N.")
@format_option("table", "json", "jsonl", "csv", "markdown")
@_excel_option
@_aliases_option
@_jobs_option
@_fail_fast_option
@reading_options()
def list_command(
    files: tuple[str, ...],
    dept: str | None,
    section: int | None,
    fmt: str,
    excel: bool,
    alias_files: tuple[str, ...],
    jobs: int,
    fail_fast: bool,
    reading: Reading,
) -> None:
    """List the items of FILES, one row per item (directories are walked).

    The table shows number, section, title and lead departments (and, with
    --dept, the unit's role: lead or supporting); JSON, JSON Lines and CSV
    rows add the plan, section, group, supporting units, targets,
    programmes, documents and text; markdown prints a report.

    \b
    Example:
        castplan list plan.txt --dept 國際合作部
        castplan list --sample --section 8 --format csv --excel > items.csv
        castplan list plans/ -j 0 --format jsonl > items.jsonl
    """
    from castplan.views.chunks import View

    _alias_table(alias_files)  # a bad alias file fails before any plan is read
    view = View(
        "items",
        fmt,  # type: ignore[arg-type]
        department=dept,
        section=section,
        alias_files=tuple(alias_files),
        simplified=reading.simplified,
    )
    _print_rows(files, view, excel, jobs, fail_fast, reading)


@cli.command("depts")
@_files_argument
@click.option(
    "--by",
    type=click.Choice(["plan", "year", "issuer", "none"]),
    default=None,
    help="One column per plan (the default for several plans), per year or per issuer; "
    "none: each plan's own rows, streamed (the default for one plan).",
)
@format_option("table", "json", "jsonl", "csv", "markdown")
@_excel_option
@_aliases_option
@_jobs_option
@_fail_fast_option
@reading_options()
def depts_command(
    files: tuple[str, ...],
    by: str | None,
    fmt: str,
    excel: bool,
    alias_files: tuple[str, ...],
    jobs: int,
    fail_fast: bool,
    reading: Reading,
) -> None:
    """Show each lead department's load: count, share of items, item numbers.

    Names go through the alias table: 科普部 and 科學技術普及部 are one
    department, shown by its canonical name.  Items are named unambiguously:
    3.1 (section 3, item 1) when numbering restarts in each section.  Over
    several plans (files or directories), one row per department and one
    column per plan (its year, or its title when years repeat), or per year
    or issuer with --by.

    \b
    Example:
        castplan depts plan.txt
        castplan depts --sample --format json | jq '.[0]'
        castplan depts plans/ --by year --format markdown
    """
    from castplan.views.aliases import output_script
    from castplan.views.chunks import View

    aliases = _alias_table(alias_files)
    if by == "none" or (by is None and len(reading.inputs(files).paths) == 1):
        # Each plan's own rows, streamed like list's.
        view = View(
            "departments",
            fmt,  # type: ignore[arg-type]
            alias_files=tuple(alias_files),
            simplified=reading.simplified,
        )
        _print_rows(files, view, excel, jobs, fail_fast, reading)
        return
    if excel and fmt != "csv":
        raise CliUsageError("--excel applies to --format csv only")
    notices, failure = _load_many(files, reading, fail_fast)
    script = output_script((n.source.script for n in notices), reading.simplified)
    _print_department_loads(notices, aliases, script, by or "plan", fmt, excel)
    _end_with(failure)


def _print_department_loads(
    notices: Sequence[Notice], aliases: AliasTable, script: Any, by: Any, fmt: str, excel: bool
) -> None:
    from castplan.views.departments import department_loads, flat_load_rows, render_loads_markdown

    columns, loads = department_loads(notices, aliases, by=by, script=script)
    title = f"lead departments in {len(notices)} plans, by {by}"
    if fmt == "markdown":
        click.echo(render_loads_markdown(title, columns, loads), nl=False)
    elif fmt in ("json", "jsonl"):
        _print_prepared([row.model_dump(mode="json") for row in loads], fmt, (), title, excel)
    else:
        flat = flat_load_rows(loads)
        shown = [key for key in (flat[0] if flat else {}) if key != "written"]
        _print_prepared(flat, fmt, shown, title, excel)


@cli.command("index")
@_files_argument
@click.option("--programmes", is_flag=True, help="Names in “…” (the default).")
@click.option("--documents", is_flag=True, help="Titles in 《…》.")
@_table_formats
@_excel_option
@_jobs_option
@_fail_fast_option
@reading_options()
def index_command(
    files: tuple[str, ...],
    programmes: bool,
    documents: bool,
    fmt: str,
    excel: bool,
    jobs: int,
    fail_fast: bool,
    reading: Reading,
) -> None:
    """Index the programmes (“…”) or documents (《…》) a plan names, with their items.

    \b
    Example:
        castplan index --sample --programmes
        castplan index plan.txt --documents --format json
    """
    from castplan.views.chunks import View

    kinds: list[Literal["programme", "document"]] = []
    if programmes or not documents:
        kinds.append("programme")
    if documents:
        kinds.append("document")
    view = View("index", fmt, index_kinds=tuple(kinds))  # type: ignore[arg-type]
    _print_rows(files, view, excel, jobs, fail_fast, reading)
