"""Commands over plans compared or collected: ``diff``, ``timeline``, ``db``, ``report``."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import click

from castplan.errors import CastplanError

if TYPE_CHECKING:
    from castplan.model import Notice
    from castplan.views.aliases import AliasTable
from castplan.cli.app import CliUsageError, cli
from castplan.cli.options import (
    Reading,
    _alias_table,
    _aliases_option,
    _end_with,
    _load_many,
    _print_table,
    _warn_diagnostics,
    format_option,
    reading_options,
)


@cli.command("diff")
@click.argument("old", type=click.Path(allow_dash=True))
@click.argument("new", type=click.Path(allow_dash=True))
@format_option("table", "json", "markdown")
@_aliases_option
@reading_options(sample=False, simplified=False)
def diff_command(
    old: str, new: str, fmt: str, alias_files: tuple[str, ...], reading: Reading
) -> None:
    """Compare two plans item by item: added, removed, changed, moved, unchanged.

    Items are matched by what they say, not by number, in either script.

    \b
    Example:
        castplan diff plan-2024.txt plan-2025.txt
        castplan diff plan-2024.txt plan-2025.txt --format markdown > changes.md
    """
    from castplan.views.diff import diff_notices
    from castplan.views.render import render_diff_markdown, render_diff_tables, render_json

    if old == "-" and new == "-":
        raise CliUsageError("stdin ('-') can be only one of OLD and NEW")
    for path in (old, new):
        if path != "-" and os.path.isdir(path):
            raise CliUsageError(f"{path} is a folder; diff compares two plan files")
    aliases = _alias_table(alias_files)
    report = diff_notices(reading.load(old), reading.load(new), aliases)
    if fmt == "json":
        click.echo(render_json(report.model_dump(mode="json")), nl=False)
    elif fmt == "markdown":
        click.echo(render_diff_markdown(report), nl=False)
    else:
        from rich.console import Console

        console = Console(width=None if sys.stdout.isatty() else 160)
        for table in render_diff_tables(report):
            console.print(table)


@cli.command("report")
@click.argument("plans", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    help="Write the page to FILE (atomically) instead of stdout.",
)
@_aliases_option
@reading_options()
def report_command(
    plans: tuple[str, ...], output: str | None, alias_files: tuple[str, ...], reading: Reading
) -> None:
    """Write one self-contained HTML page about PLANS (files, directories, '-').

    The page shows each plan's header, the lead departments' load as a bar
    chart, every item in a table you can search and filter, the quantified
    targets by department and, for two or more plans (ordered by year), what
    changed from each plan to the next of the same organisation.  It loads
    nothing from the network.
    --sample adds the bundled 2025 plan; --simplified shows every plan in
    simplified script; departments are named through the alias table
    (--aliases FILE adds to it).

    \b
    Example:
        castplan report --sample -o report.html
        castplan report plan-2024.txt plan-2025.txt -o changes.html
        castplan report plans/ --simplified -o corpus.html
    """
    from castplan.output import emit
    from castplan.views.aliases import output_script
    from castplan.views.report import render_report

    notices = _report_notices(plans, reading)
    aliases = _alias_table(alias_files)
    script = output_script((n.source.script for n in notices), reading.simplified)
    # Departments are charted under their canonical names (科普部 and 科学技术普及部 are one).
    page = render_report(notices, canonical=lambda name: aliases.display(name, script))
    emit(page, output)  # atomic; an unwritable -o is one line, exit 1


def _report_notices(plans: tuple[str, ...], reading: Reading) -> list[Notice]:
    from castplan.batch import expand_inputs

    if not plans and not reading.sample:
        raise CliUsageError("missing PLAN (a file, a directory, '-' for stdin, or --sample)")
    paths = list(expand_inputs(plans))
    if plans and not paths:
        raise CliUsageError(f"no plan files found in {', '.join(plans)}")
    if paths.count("-") > 1:
        raise CliUsageError("stdin ('-') can be given once")
    each_file = reading._replace(sample=False)
    notices = [each_file.load(path) for path in paths]
    if reading.sample:
        notices.append(reading.load(None))
    return notices


@cli.command("timeline")
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
@format_option("table", "json", "jsonl")
@_aliases_option
@reading_options(sample=False)
def timeline_command(
    files: tuple[str, ...], fmt: str, alias_files: tuple[str, ...], reading: Reading
) -> None:
    """Follow items, programmes and documents through plans of several years.

    Plans (files or directories) are put in year order and each consecutive
    pair is matched as diff matches them: each item of the latest plan shows
    its ancestors (year, number, title, lead), each dropped item its last
    year; programmes (“…”) and documents (《…》) their first and last year.

    \b
    Example:
        castplan timeline plans/
        castplan timeline plan-2020.txt plan-2023.txt plan-2025.txt --format json
        castplan timeline plans/ --format jsonl | jq -c 'select(.status == "dropped")'
    """
    from castplan.views.aliases import output_script
    from castplan.views.render import render_json
    from castplan.views.timeline import build_timeline, timeline_records

    aliases = _alias_table(alias_files)
    notices, failure = _load_many(files, reading)
    script = output_script((n.source.script for n in notices), reading.simplified)
    timeline = build_timeline(notices, aliases, script=script)
    if fmt == "json":
        click.echo(render_json(timeline.model_dump(mode="json")), nl=False)
    elif fmt == "jsonl":
        records = timeline_records(timeline)
        click.echo("".join(render_json(r, indent=None) for r in records), nl=False)
    else:
        _print_timeline_tables(timeline)
    _end_with(failure)


def _print_timeline_tables(timeline: Any) -> None:
    from castplan.views.timeline import name_rows, timeline_rows

    years = " → ".join(str(p.year) for p in timeline.plans)
    _print_table(
        timeline_rows(timeline),
        ("status", "number", "title", "lead", "history"),
        f"items across {years}",
    )
    for kind, threads in (("programmes", timeline.programmes), ("documents", timeline.documents)):
        if threads:
            _print_table(name_rows(threads), ("name", "first", "last", "items"), kind)


@cli.command("db")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option(
    "-o",
    "--output",
    required=True,
    metavar="FILE.db",
    help="The SQLite database to write (replaced atomically unless --append).",
)
@click.option(
    "--append", is_flag=True, help="Add plans to an existing database (those not in it yet)."
)
@_aliases_option
@reading_options(sample=False)
def db_command(
    files: tuple[str, ...],
    output: str,
    append: bool,
    alias_files: tuple[str, ...],
    reading: Reading,
) -> None:
    """Build a SQLite database of plans: notices, sections, items, units, measures,
    targets, programmes, documents and diagnostics, with keys, a trigram full-text
    index on items and views of department load by year.

    Plans are keyed by the SHA-256 of their bytes: a plan already in the
    database is skipped, so a rerun changes nothing.  A file that cannot be
    read is reported and skipped; the exit code is then 1.

    \b
    Example:
        castplan db plans/ -o plans.db
        castplan db plan-2026.txt -o plans.db --append
        sqlite3 plans.db "select title from items_fts where items_fts match '科普中國'"
    """
    aliases = _alias_table(alias_files)
    failed: list[str] = []
    notices = _notices_streamed(files, reading, failed)
    stats = _write_database(output, append, notices, aliases)
    click.echo(
        f"{output}: {stats.added} plan(s) added ({stats.items} items), "
        f"{stats.present} already present",
        err=True,
    )
    if failed:
        click.echo(f"castplan: {len(failed)} input(s) failed", err=True)
        sys.exit(1)


def _notices_streamed(
    files: tuple[str, ...], reading: Reading, failed: list[str]
) -> Iterator[Notice]:
    """Each input's notice, one at a time; a bad input is reported and skipped."""
    from castplan.batch import collector_paused, expand_inputs
    from castplan.load import notice_from_input, read_input

    for path in expand_inputs(files):
        try:
            with collector_paused():
                notice = notice_from_input(
                    read_input(path),
                    encoding=reading.encoding,
                    source_format=reading.source_format,
                    simplified=reading.simplified,
                )
        except CastplanError as exc:
            click.echo(f"castplan: error: {exc}", err=True)
            failed.append(path)
            continue
        _warn_diagnostics(notice, reading.quiet)
        yield notice


def _write_database(
    output: str, append: bool, notices: Iterator[Notice], aliases: AliasTable
) -> Any:
    import tempfile

    import sqlite_utils

    from castplan.views.db import add_notices

    if append:
        return add_notices(sqlite_utils.Database(output), notices, aliases)
    # A fresh build goes to a temporary file beside the output: a failed run
    # leaves the old database as it was, and no half-written one.
    folder = os.path.dirname(os.path.abspath(output))
    handle, temporary = tempfile.mkstemp(suffix=".db", dir=folder)
    os.close(handle)
    # mkstemp makes the file private; a database is shared as any output file is.
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)
    try:
        db = sqlite_utils.Database(temporary)
        stats = add_notices(db, notices, aliases, fresh=True)
        db.close()
        os.replace(temporary, output)
    except BaseException:
        os.unlink(temporary)
        raise
    return stats
