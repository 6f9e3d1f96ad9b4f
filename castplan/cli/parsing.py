"""Commands that read one plan at a time: ``parse``, ``check`` and ``schema``."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

import click

from castplan.errors import CastplanError

if TYPE_CHECKING:
    pass
from castplan.cli.app import CliUsageError, cli
from castplan.cli.options import (
    Reading,
    _alias_table,
    _aliases_option,
    _end_with,
    _fail_fast_option,
    _jobs_option,
    _read,
    _say_skipped,
    format_option,
    output_format_for,
    reading_options,
)


@cli.command("parse")
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True))
@format_option(
    "json",
    "yaml",
    "jsonl",
    default=None,
    help="Output format [default: json; jsonl for several inputs; or from -o's suffix].",
)
@click.option(
    "-o",
    "--output",
    metavar="OUT",
    help="Write to OUT (atomically), or one file per input into folder OUT/ (created).",
)
@_jobs_option
@_fail_fast_option
@reading_options()
def parse_command(
    files: tuple[str, ...],
    fmt: str | None,
    output: str | None,
    jobs: int,
    fail_fast: bool,
    reading: Reading,
) -> None:
    """Parse FILES ('-' for stdin) into the JSON or YAML tree.

    With several files or a directory (walked for .txt, .html, .htm, .mht,
    .mhtml, .docx, .pdf, .ofd, .doc, .wps, .rtf, .xlsx, .xls and .ods),
    results stream in input order as JSON Lines, or go into directory OUT/ as
    one file each; a file that fails gives an error record and a message, the
    others go on, and the exit code is 1 at the end.

    \b
    Example:
        castplan parse plan.txt -o plan.yaml
        castplan parse --sample --simplified | jq '.sections[].title'
        castplan parse plans/ -j 0 --format jsonl -o all.jsonl
    """
    from castplan.output import is_folder_target

    single = reading.sample or (len(files) == 1 and not os.path.isdir(files[0]))
    if single and not is_folder_target(output):
        _parse_one(files[0] if files else None, fmt, output, reading)
    else:
        _parse_many(files, fmt, output, jobs, fail_fast, reading)


def _parse_one(file: str | None, fmt: str | None, output: str | None, reading: Reading) -> None:
    from castplan.batch import collector_paused
    from castplan.output import emit_chunks, emit_yaml
    from castplan.views.render import json_chunks

    fmt = output_format_for(fmt, output, "json")
    # Writing a tree allocates as much as building it, and no cycles either.
    with collector_paused():
        notice = reading.load(file)
        if fmt == "yaml":
            emit_yaml(notice.to_json_dict(), output)
        else:
            # In parts: a large plan's JSON is five times its text.
            emit_chunks(json_chunks(notice, indent=None if fmt == "jsonl" else 2), output)


def _parse_many(
    files: tuple[str, ...],
    fmt: str | None,
    output: str | None,
    jobs: int,
    fail_fast: bool,
    reading: Reading,
) -> None:
    from castplan.corpus import jobs_for, run_files
    from castplan.output import batch_sink, is_folder_target

    inputs = reading.inputs(files)
    out_dir = output if is_folder_target(output) else None
    fmt = output_format_for(fmt, None if out_dir else output, "json" if out_dir else "jsonl")
    if out_dir is None and fmt != "jsonl":
        raise CliUsageError("several inputs need --format jsonl, or -o DIR/ for one file each")
    if out_dir is not None and fmt == "jsonl":
        raise CliUsageError("-o DIR/ writes one file per input: use --format json or yaml")
    _say_skipped(inputs, reading.quiet)
    with batch_sink(out_dir, output, fmt, len(inputs.paths), quiet=reading.quiet) as write:
        outcome = run_files(
            inputs.paths,
            reading.options(fmt),
            jobs=jobs_for(jobs),
            on_result=write,
            fail_fast=fail_fast,
            quiet=reading.quiet,
            to_stdout=output in (None, "-"),
        )
    _end_with(outcome.failure_line())


# --departments given without FILE: only the alias tables name the known units.
_TABLE_ONLY = ""


@cli.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
@click.option(
    "--departments",
    "departments_file",
    is_flag=False,
    flag_value=_TABLE_ONLY,
    metavar="[FILE]",
    help="Report units no alias table knows; FILE adds known names, one per line "
    "(either script, any encoding).  Put it after FILES, or write --departments=FILE.",
)
@_aliases_option
@_fail_fast_option
@reading_options(sample=False, simplified=False, quiet=False)
def check_command(
    files: tuple[str, ...],
    strict: bool,
    departments_file: str | None,
    alias_files: tuple[str, ...],
    fail_fast: bool,
    reading: Reading,
) -> None:
    """Lint FILES without exporting: one line per problem, then a summary.

    Lines read FILE:LINE:COL: level: message (code).  Exit 1 when any error
    is found (with --strict, any warning).  Directories are walked.

    \b
    Example:
        castplan check plan-2024.txt plan-2025.txt
        castplan check plans/ --strict --departments known-departments.txt
    """
    from castplan.load import check_input

    known = (
        _known_departments(departments_file, alias_files) if departments_file is not None else None
    )
    inputs = reading.inputs(files)
    _say_skipped(inputs, False)
    errors = warnings = checked = 0
    for file in inputs.paths:
        checked += 1
        try:
            diagnostics = check_input(
                _read(file, False, reading.max_size),
                encoding=reading.encoding,
                source_format=reading.source_format,
                known_departments=known,
                **({"max_size": reading.max_size} if reading.max_size else {}),
            )
        except CastplanError as exc:
            click.echo(f"{file}:1:1: error: {getattr(exc, 'message', exc)} (unreadable-input)")
            errors += 1
            if fail_fast:
                break
            continue
        for diag in diagnostics:
            click.echo(diag.format(file))
            errors += diag.level == "error"
            warnings += diag.level == "warning"
        if fail_fast and (errors or (strict and warnings)):
            break
    total = len(inputs.paths)
    stopped = f" (stopped by --fail-fast after {checked} of {total})" if checked < total else ""
    click.echo(
        f"{checked} file(s) checked: {errors} error(s), {warnings} warning(s){stopped}", err=True
    )
    if errors or (strict and warnings):
        sys.exit(1)


def _known_departments(departments_file: str, alias_files: Sequence[str]) -> list[str]:
    """The names that count as known: every name the alias tables know or, with a
    departments file, its names and every other name of the departments it lists
    (a file listing 科学技术普及部 also knows 科普部).  The file is decoded like any
    input (UTF-8, GBK, Big5, UTF-16)."""
    from castplan.load import read_input
    from castplan.readers.decode import decode_bytes

    table = _alias_table(alias_files)
    if departments_file == _TABLE_ONLY:
        return table.known_names()
    try:
        raw = read_input(departments_file)
        text = decode_bytes(raw.data, name=departments_file).text
    except CastplanError as exc:
        raise CliUsageError(f"--departments: {exc}") from None
    listed = [line.strip() for line in text.splitlines() if line.strip()]
    keys = {table.key(name) for name in listed}
    return [*listed, *(name for name in table.known_names() if table.key(name) in keys)]


_SCHEMAS = {
    "parse": ("castplan.model", "Notice"),
    "list": ("castplan.views.rows", "ItemRow"),
    "depts": ("castplan.views.rows", "DepartmentRow"),
    "index": ("castplan.views.rows", "IndexEntry"),
    "diff": ("castplan.views.diff", "DiffReport"),
    "depts-plans": ("castplan.views.departments", "DepartmentLoadRow"),
    "timeline": ("castplan.views.timeline", "Timeline"),
}


@cli.command("schema")
@click.option(
    "--for",
    "command",
    type=click.Choice(list(_SCHEMAS)),
    default="parse",
    show_default=True,
    help="The command whose JSON output to describe (for list, depts and index: one row).",
)
def schema_command(command: str) -> None:
    """Print the JSON Schema of a command's JSON output, made from its models.

    \b
    Example:
        castplan schema > castplan.schema.json
        castplan schema --for list | jq '.properties | keys'
    """
    import importlib

    from castplan.views.render import render_json

    module, name = _SCHEMAS[command]
    model = getattr(importlib.import_module(module), name)
    click.echo(render_json(model.model_json_schema()), nl=False)
