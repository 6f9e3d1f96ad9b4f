"""What the commands share: how inputs are read (``Reading``), the options,
and the writers of rows and tables.  Library modules are imported inside
functions, so ``castplan --version`` costs no more than importing Click.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

import click

from castplan.errors import CastplanError

if TYPE_CHECKING:
    from castplan.batch import Inputs, Options
    from castplan.load import RawInput
    from castplan.model import Notice
    from castplan.views.aliases import AliasTable
    from castplan.views.chunks import TableLook, View
from castplan.cli.app import CliError, CliUsageError, _fail

_SUFFIX_FORMATS = {
    ".json": "json",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".jsonl": "jsonl",
}


def _read(file: str | None, sample: bool, max_size: int | None = None) -> RawInput:
    from castplan.load import MAX_INPUT_BYTES, read_input, sample_input, stdin_input

    limit = max_size or MAX_INPUT_BYTES
    if sample:
        if file is not None:
            raise CliUsageError("give either FILE or --sample, not both")
        return sample_input()
    if file is None:
        raise CliUsageError("missing FILE (or '-' for stdin, or --sample)")
    return stdin_input(max_size=limit) if file == "-" else read_input(file, max_size=limit)


# A NamedTuple, not a dataclass: ``castplan --version`` would pay for importing
# dataclasses (and pathlib) before it knows no plan is read.
class Reading(NamedTuple):
    """How a command reads its inputs: the options all reading commands share."""

    sample: bool = False
    encoding: str | None = None
    source_format: str = "auto"
    simplified: bool = False
    quiet: bool = False
    max_size: int | None = None

    def load(self, file: str | None) -> Notice:
        """Read and parse one input (FILE, '-' or the sample); warnings to stderr."""
        from castplan.batch import collector_paused
        from castplan.load import notice_from_input
        from castplan.output import page_progress

        try:
            with collector_paused(), page_progress() as progress:
                notice = notice_from_input(
                    _read(file, self.sample, self.max_size),
                    encoding=self.encoding,
                    source_format=self.source_format,
                    simplified=self.simplified,
                    progress=progress,
                    **({"max_size": self.max_size} if self.max_size else {}),
                )
        except CastplanError as exc:
            _fail(exc)
        _warn_diagnostics(notice, self.quiet)
        return notice

    def inputs(self, files: Sequence[str]) -> Inputs:
        """The files to read: '-' and --sample as batch paths, folders walked.

        Raises:
            CliUsageError: FILE and --sample together, no input, or '-' among several.
        """
        from castplan.batch import SAMPLE, STDIN, Inputs, walk_inputs

        if self.sample:
            if files:
                raise CliUsageError("give either FILE or --sample, not both")
            return Inputs([SAMPLE])
        if not files:
            raise CliUsageError("missing FILE (or '-' for stdin, or --sample)")
        found = walk_inputs(files)
        if STDIN in found.paths and len(found.paths) > 1:
            raise CliUsageError("stdin ('-') cannot be one of several inputs")
        if not found.paths:
            skipped = sum(found.skipped.values())
            raise CliError(
                f"no plan files in {', '.join(files)} "
                f"({skipped} file(s) with other suffixes; plans end in "
                ".txt .html .htm .mht .mhtml .docx .pdf .ofd .doc .wps .rtf .xlsx .xls .ods)"
            )
        return found

    def options(self, fmt: str = "jsonl", view: View | None = None) -> Options:
        """How each file is read, for the batch runner."""
        from castplan.batch import Options

        options = Options(
            fmt=fmt,
            simplified=self.simplified,
            encoding=self.encoding,
            source_format=self.source_format,
            view=view,
        )
        return dataclasses.replace(options, max_size=self.max_size) if self.max_size else options


def _warn_diagnostics(notice: Notice, quiet: bool) -> None:
    if quiet:
        return
    for diag in notice.diagnostics:
        click.echo(diag.format(notice.source.path), err=True)


def output_format_for(fmt: str | None, output: str | None, default: str) -> str:
    if fmt:
        return fmt
    if output and output != "-":
        return _SUFFIX_FORMATS.get(os.path.splitext(output)[1].lower(), default)
    return default


_sample_option = click.option(
    "--sample", is_flag=True, help="Use the 2025 CAST plan shipped with castplan."
)


_encoding_option = click.option(
    "--encoding",
    metavar="NAME",
    help="Decode the input with this encoding instead of detecting it.",
)


_simplified_option = click.option(
    "--simplified", is_flag=True, help="Convert all output text to simplified script."
)


_from_option = click.option(
    "--from",
    "source_format",
    type=click.Choice(["auto", "text", "html", "docx", "pdf", "ofd", "doc", "rtf", "spreadsheet"]),
    default="auto",
    show_default=True,
    help="Input format; auto picks by suffix (.html, .htm, .mht, .docx, .pdf, .ofd, .doc, "
    ".wps, .rtf, .xlsx, .xls, .ods), then by content.",
)


_quiet_option = click.option("-q", "--quiet", is_flag=True, help="Do not print warnings to stderr.")


def _parse_size(value: str | None) -> int | None:
    """'20M', '20MiB', '512k' or a number of bytes → bytes."""
    if value is None:
        return None
    text = value.strip().lower().removesuffix("ib").removesuffix("b")
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    factor = units.get(text[-1:], 1)
    number = text[:-1] if text[-1:] in units else text
    try:
        size = int(float(number) * factor)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a size such as 20M or 512k") from None
    if size <= 0:
        raise click.BadParameter(f"{value!r} is not a positive size")
    return size


_max_size_option = click.option(
    "--max-size",
    metavar="SIZE",
    callback=lambda _ctx, _param, value: _parse_size(value),
    help="Accept plans with up to SIZE of text (e.g. 20M) [default: 5M]; "
    "images in Word files and web pages do not count.",
)


_jobs_option = click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Worker processes for several inputs; 0 means one per core.",
)


_fail_fast_option = click.option(
    "--fail-fast", is_flag=True, help="Stop at the first input that fails (exit 1)."
)


def reading_options(
    *, sample: bool = True, simplified: bool = True, quiet: bool = True
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Add the input options to a command; it receives them as one ``reading``."""
    chosen = [
        *([_sample_option] if sample else []),
        *([_simplified_option] if simplified else []),
        _encoding_option,
        _from_option,
        _max_size_option,
        *([_quiet_option] if quiet else []),
    ]

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def command(*args: Any, **kwargs: Any) -> Any:
            names = ("sample", "encoding", "source_format", "simplified", "quiet", "max_size")
            reading = Reading(**{name: kwargs.pop(name) for name in names if name in kwargs})
            return func(*args, reading=reading, **kwargs)

        for option in reversed(chosen):
            command = option(command)
        return command

    return decorate


def format_option(
    *choices: str, default: str | None = "table", help: str | None = None
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The ``-f/--format`` option of a command, passed on as ``fmt``."""
    return click.option(
        "-f",
        "--format",
        "fmt",
        type=click.Choice(list(choices)),
        default=default,
        show_default=default is not None,
        help=help,
    )


def _say_skipped(inputs: Inputs, quiet: bool) -> None:
    line = inputs.skipped_summary()
    if line and not quiet:
        click.echo(line, err=True)


def _end_with(failure: str | None) -> None:
    if failure:
        click.echo(failure, err=True)
        sys.exit(1)


_table_formats = format_option("table", "json", "jsonl", "csv")


_excel_option = click.option(
    "--excel", is_flag=True, help="Start CSV with a BOM so spreadsheets read it as UTF-8."
)


_aliases_option = click.option(
    "--aliases",
    "alias_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    metavar="FILE",
    help="A YAML alias table that adds or overrides department names (repeatable).",
)


def _alias_table(files: Sequence[str]) -> AliasTable:
    """The bundled alias table and the user's; a bad file is a one-line error."""
    from castplan.views.aliases import load_aliases

    try:
        return load_aliases(files)
    except CastplanError as exc:
        _fail(exc)


_files_argument = click.argument("files", nargs=-1, type=click.Path(allow_dash=True))


def _load_many(
    files: tuple[str, ...], reading: Reading, fail_fast: bool = False
) -> tuple[list[Notice], str | None]:
    """Every input's notice, for commands that need all plans at once (timeline,
    depts over several plans), and the closing line when some failed.

    A bad input is one line on stderr and the others go on, as in the
    commands that stream; ``--fail-fast`` stops at the first.
    """
    from castplan.batch import SAMPLE

    inputs = reading.inputs(files)
    _say_skipped(inputs, reading.quiet)
    notices: list[Notice] = []
    failed = 0
    for path in inputs.paths:
        try:
            notices.append(reading.load(None if path == SAMPLE else path))
        except CliError as exc:
            click.echo(f"castplan: error: {exc.message}", err=True)
            failed += 1
            if fail_fast:
                return (
                    notices,
                    "castplan: error: stopped at the first input that failed (--fail-fast)",
                )
    closing = f"castplan: {failed} of {len(inputs.paths)} input(s) failed" if failed else None
    if not notices:
        _end_with(closing)
    return notices, closing


def _print_prepared(
    rows: list[dict[str, Any]], fmt: str, columns: Sequence[str], title: str, excel: bool
) -> None:
    """Rows computed over all plans at once, in one of the row formats."""
    from castplan.views.render import render_csv, render_json

    if fmt == "json":
        click.echo(render_json(rows), nl=False)
    elif fmt == "jsonl":
        click.echo("".join(render_json(row, indent=None) for row in rows), nl=False)
    elif fmt == "csv":
        click.echo(render_csv(rows, bom=excel), nl=False)
    else:
        _print_table(rows, columns, title)


def _print_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], title: str) -> None:
    from rich.console import Console

    from castplan.views.render import render_table

    # Off a terminal rich draws no colour; a fixed width keeps piped output stable.
    console = Console(width=None if sys.stdout.isatty() else 160)
    console.print(render_table(rows, columns, title=title))


def _print_rows(
    files: tuple[str, ...],
    view: View,
    excel: bool,
    jobs: int,
    fail_fast: bool,
    reading: Reading,
) -> None:
    """Run ``view`` over every input and stream its rows to stdout."""
    import dataclasses

    from castplan.corpus import jobs_for, print_rows

    if excel and view.fmt != "csv":
        raise CliUsageError("--excel applies to --format csv only")
    inputs = reading.inputs(files)
    view = dataclasses.replace(view, look=_table_look(), many=len(inputs.paths) > 1)
    _say_skipped(inputs, reading.quiet)
    outcome = print_rows(
        inputs.paths,
        reading.options(view=view),
        view,
        jobs=jobs_for(jobs),
        fail_fast=fail_fast,
        quiet=reading.quiet,
        excel=excel,
    )
    _end_with(outcome.failure_line())


def _table_look() -> TableLook:
    """Tables as wide as the terminal and in colour there; 160 columns and plain elsewhere."""
    import shutil

    from castplan.views.chunks import TableLook

    if sys.stdout.isatty():
        return TableLook(width=shutil.get_terminal_size().columns, color=True)
    # Off a terminal a fixed width keeps piped output the same everywhere.
    return TableLook(width=160, color=False)
