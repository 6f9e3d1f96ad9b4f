"""Commands over many plans: run each file, report each failure, go on, write as results come.

``parse``, ``list``, ``depts`` and ``index`` all read a corpus the same way:
files are parsed in input order (on ``-j`` worker processes), a file that
fails is one line on stderr (``FILE: reason``) and the others go on, and the
run exits 1 at the end if any failed (``--fail-fast`` stops at the first).
Results are written as they arrive, so memory does not grow with the corpus.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Generator
from dataclasses import dataclass, field

import click

from castplan.batch import Options, Result, office_files_converted, parse_file, run_batch
from castplan.errors import CastplanError, UsageError
from castplan.output import RowStream, open_output, page_progress, progress
from castplan.views.chunks import View, row_fields
from castplan.views.render import csv_header

# An unknown --dept lists the units that exist; past this many, it says how many more.
_MAX_LISTED = 40


@dataclass
class Outcome:
    """How a run over many files went."""

    total: int = 0
    failed: int = 0
    parsed: int = 0
    rows: int = 0
    units: dict[str, None] = field(default_factory=dict)
    sections: set[int] = field(default_factory=set)

    def failure_line(self) -> str | None:
        """The closing line when some inputs failed, or None."""
        if not self.failed:
            return None
        return f"castplan: {self.failed} of {self.total} input(s) failed"


def run_files(
    paths: list[str],
    options: Options,
    *,
    jobs: int,
    on_result: Callable[[Result], None],
    fail_fast: bool = False,
    quiet: bool = False,
    label: str = "parsing",
    to_stdout: bool = False,
) -> Outcome:
    """Parse ``paths`` in order, hand each result to ``on_result``, report failures.

    Raises:
        CastplanError: with ``fail_fast``, at the first input that fails
            (after its own message), so that no output file is replaced.
    """
    outcome = Outcome(total=len(paths))
    # closing(): stopping early (--fail-fast, Ctrl-C) ends the worker pool now,
    # not when the generator is collected.
    with (
        progress(len(paths), label, to_stdout=to_stdout) as advance,
        contextlib.closing(_results(paths, options, jobs)) as results,
    ):
        for result in results:
            advance()
            on_result(result)
            if result.error is not None:
                outcome.failed += 1
                click.echo(f"castplan: error: {result.error}", err=True)
                if fail_fast:
                    raise CastplanError("stopped at the first input that failed (--fail-fast)")
                continue
            outcome.parsed += 1
            if not quiet:
                for line in result.warnings:
                    click.echo(line, err=True)
            if result.chunk is not None:
                outcome.rows += result.chunk.rows
                outcome.units.update(dict.fromkeys(result.chunk.units))
                outcome.sections.update(result.chunk.sections)
    return outcome


def _results(paths: list[str], options: Options, jobs: int) -> Generator[Result, None, None]:
    if len(paths) == 1 or jobs <= 1:
        # In this process: a long PDF can show its page bar.
        with office_files_converted(paths, options) as options:
            for path in paths:
                with page_progress() as pages:
                    yield parse_file(path, options, pages)
        return
    yield from run_batch(paths, options, jobs)


def jobs_for(jobs: int) -> int:
    """``-j 0`` means one worker per core."""
    return jobs or os.cpu_count() or 1


def print_rows(
    paths: list[str],
    options: Options,
    view: View,
    *,
    jobs: int,
    fail_fast: bool,
    quiet: bool,
    excel: bool,
) -> Outcome:
    """Stream the rows of every plan to stdout in ``view``'s format.

    Raises:
        UsageError: no row matched and --dept or --section names something
            no plan has (nothing is printed then).
    """
    label = {"items": "listing", "departments": "counting", "index": "indexing"}[view.kind]
    header = csv_header(row_fields(view.kind), bom=excel).encode("utf-8")
    with open_output("-") as sink:
        stream = RowStream(sink, view.fmt, csv_header=header)
        outcome = run_files(
            paths,
            options,
            jobs=jobs,
            fail_fast=fail_fast,
            quiet=quiet,
            label=label,
            to_stdout=True,
            on_result=lambda result: stream.add(result.output or b""),
        )
        if outcome.rows == 0 and outcome.parsed:
            _check_filters(view, outcome)
        stream.close()
    return outcome


def _check_filters(view: View, outcome: Outcome) -> None:
    """An unknown --dept or --section is a usage error; a known one that matched nothing, a note."""
    if view.department is not None:
        key = view.aliases.key  # 科普部 finds a plan that writes 科學技術普及部
        wanted = key(view.department)
        if wanted not in {key(name) for name in outcome.units}:
            listed = _listing(list(outcome.units))
            raise UsageError(f"unknown department {view.department!r}; known departments: {listed}")
    if view.section is not None and view.section not in outcome.sections:
        listed = _listing([str(n) for n in sorted(outcome.sections)])
        raise UsageError(f"unknown section {view.section}; known sections: {listed}")
    if view.department is not None or view.section is not None:
        asked = " ".join(
            part
            for part in (
                f"--dept {view.department}" if view.department is not None else "",
                f"--section {view.section}" if view.section is not None else "",
            )
            if part
        )
        click.echo(f"castplan: no items match {asked}", err=True)


def _listing(names: list[str]) -> str:
    if not names:
        return "none"
    shown = "、".join(names[:_MAX_LISTED])
    more = len(names) - _MAX_LISTED
    return shown + (f" (and {more} more)" if more > 0 else "")
