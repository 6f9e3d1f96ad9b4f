"""The ``castplan`` command line: a thin shell over the library.

Data goes to stdout, messages to stderr.  Exit codes: 0 success (warnings
alone do not fail), 1 invalid input (unreadable, undecodable, not a notice)
or output that cannot be written, 2 usage error (unknown option, bad value,
unknown department or section), 130 interrupted (Ctrl-C), 143 terminated.
Every one of them ends in at most one line on stderr, never a traceback.

Library modules are imported inside the commands, so ``castplan --version``
costs no more than importing Click.
"""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NoReturn

import click

from castplan import __version__
from castplan.errors import CastplanError

if TYPE_CHECKING:
    from castplan.batch import Inputs, Options
    from castplan.load import RawInput
    from castplan.model import Notice
    from castplan.views.chunks import TableLook, View

_SUFFIX_FORMATS = {
    ".json": "json",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".jsonl": "jsonl",
}
# Exit codes beyond 0, 1 and 2: the shell's 128 + signal number.
EXIT_INTERRUPTED = 130


class CliError(click.ClickException):
    """Bad input: a one-line error on stderr, exit 1."""

    exit_code = 1

    def show(self, file: Any = None) -> None:
        click.echo(f"castplan: error: {self.message}", err=True)


class CliUsageError(CliError):
    """A wrong command line: a one-line error on stderr, exit 2."""

    exit_code = 2


def _fail(exc: CastplanError) -> NoReturn:
    raise CliError(str(exc)) from None


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


@dataclass(frozen=True)
class Reading:
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
        from castplan.errors import CastplanError
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
                ".txt .html .htm .docx .pdf .ofd .doc .wps)"
            )
        return found

    def options(self, fmt: str = "jsonl", view: View | None = None) -> Options:
        """How each file is read, for the batch runner."""
        from castplan.batch import Options

        extra = {"max_size": self.max_size} if self.max_size else {}
        return Options(
            fmt=fmt,
            simplified=self.simplified,
            encoding=self.encoding,
            source_format=self.source_format,
            view=view,
            **extra,
        )


def _warn_diagnostics(notice: Notice, quiet: bool) -> None:
    if quiet:
        return
    for diag in notice.diagnostics:
        click.echo(diag.format(notice.source.path), err=True)


def output_format_for(fmt: str | None, output: str | None, default: str) -> str:
    if fmt:
        return fmt
    if output and output != "-":
        return _SUFFIX_FORMATS.get(Path(output).suffix.lower(), default)
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
    type=click.Choice(["auto", "text", "html", "docx", "pdf", "ofd", "doc"]),
    default="auto",
    show_default=True,
    help="Input format; auto picks by suffix (.html, .htm, .docx, .pdf, .ofd, .doc, .wps), "
    "then by content.",
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


class CastplanGroup(click.Group):
    """The command group; every way a run can end becomes one line and an exit code.

    Click's own handling ends Ctrl-C with "Aborted!" and exit 1, and a usage
    error with several lines of usage text; castplan ends them with 130 and
    with one line.  Only a bug (any other exception) shows a traceback.
    """

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        with _signals_as_exits():
            code = _exit_code(
                lambda: super(CastplanGroup, self).main(
                    args, prog_name, complete_var, False, **extra
                )
            )
        sys.exit(code)


def _exit_code(run: Callable[[], Any]) -> int:
    """Run the command line; turn how it ended into a message and an exit code."""
    try:
        returned = run()
    except click.exceptions.Abort:
        # Ctrl-C: Click has already ended the line the terminal echoed ^C on.
        click.echo("castplan: interrupted", err=True)
        return EXIT_INTERRUPTED
    except click.UsageError as exc:
        click.echo(f"castplan: error: {_usage_message(exc)}", err=True)
        return 2
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except CastplanError as exc:
        click.echo(f"castplan: error: {exc}", err=True)
        return exc.exit_code
    except BrokenPipeError:
        # The reader (head, less) has gone: stop quietly, with 1 as Click does.
        _silence_stdout()
        return 1
    except OSError as exc:
        # Writing stdout or stderr failed (a full disk under a redirection).
        _silence_stdout()
        from castplan.output import reason_of

        click.echo(f"castplan: error: cannot write output: {reason_of(exc)}", err=True)
        return 1
    return returned if isinstance(returned, int) else 0


def _usage_message(exc: click.UsageError) -> str:
    message = exc.format_message()
    first = message[:1].lower() + message[1:]
    ctx = exc.ctx
    if ctx is None:
        return first
    command = f"castplan {ctx.info_name}" if ctx.parent is not None else "castplan"
    return f"{first.rstrip('.')} (see '{command} --help')"


def _silence_stdout() -> None:
    """Point stdout at the null device, so the flush at exit cannot fail again."""
    # io.UnsupportedOperation (a stream with no file number) is an OSError.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


@contextlib.contextmanager
def _signals_as_exits() -> Iterator[None]:
    """SIGTERM and SIGHUP end the run like Ctrl-C does: files cleaned up, exit 128 + N.

    A file-size limit (ulimit -f) would kill the process with SIGXFSZ; ignored,
    the write fails instead and is reported as one line.
    """

    def terminate(signum: int, _frame: Any) -> None:
        raise SystemExit(128 + signum)

    wanted: dict[str, Callable[[int, Any], None] | signal.Handlers] = {
        "SIGTERM": terminate,
        "SIGHUP": terminate,
        "SIGXFSZ": signal.SIG_IGN,
    }
    previous: dict[int, Any] = {}
    for name, handler in wanted.items():
        number = getattr(signal, name, None)
        if number is None:
            continue
        with contextlib.suppress(ValueError, OSError):  # not the main thread
            previous[number] = signal.signal(number, handler)
    try:
        yield
    finally:
        for number, handler in previous.items():
            with contextlib.suppress(ValueError, OSError):
                signal.signal(number, handler)


@click.group(cls=CastplanGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="castplan")
def cli() -> None:
    """Turn Chinese annual work-plan notices (工作要点) into structured data.

    \b
    Example:
        castplan parse --sample | jq '.sections[0].items[0].title'
        castplan list plan.txt --dept 国际合作部
    """


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

    With several files or a directory (walked for .txt, .html, .htm, .docx,
    .pdf, .ofd, .doc and .wps), results stream in input order as JSON Lines, or go into
    directory OUT/ as one file each; a file that fails gives an error record
    and a message, the others go on, and the exit code is 1 at the end.

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
    from castplan.output import emit
    from castplan.views.render import render_data

    data = reading.load(file).to_json_dict()
    emit(render_data(data, output_format_for(fmt, output, "json")), output)


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
_files_argument = click.argument("files", nargs=-1, type=click.Path(allow_dash=True))


@cli.command("list")
@_files_argument
@click.option(
    "--dept", metavar="NAME", help="Only items this unit leads or supports (either script)."
)
@click.option("--section", type=click.IntRange(min=0), metavar="N", help="Only items of section N.")
@format_option("table", "json", "jsonl", "csv", "markdown")
@_excel_option
@_jobs_option
@_fail_fast_option
@reading_options()
def list_command(
    files: tuple[str, ...],
    dept: str | None,
    section: int | None,
    fmt: str,
    excel: bool,
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

    view = View("items", fmt, department=dept, section=section)  # type: ignore[arg-type]
    _print_rows(files, view, excel, jobs, fail_fast, reading)


@cli.command("depts")
@_files_argument
@_table_formats
@_excel_option
@_jobs_option
@_fail_fast_option
@reading_options()
def depts_command(
    files: tuple[str, ...], fmt: str, excel: bool, jobs: int, fail_fast: bool, reading: Reading
) -> None:
    """Show each lead department's load: count, share of items, item numbers.

    Items are named unambiguously: 3.1 (section 3, item 1) when numbering
    restarts in each section.  Directories are walked, one block per plan.

    \b
    Example:
        castplan depts plan.txt
        castplan depts --sample --format json | jq '.[0]'
    """
    from castplan.views.chunks import View

    _print_rows(files, View("departments", fmt), excel, jobs, fail_fast, reading)  # type: ignore[arg-type]


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


@cli.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
@click.option(
    "--departments",
    "departments_file",
    type=click.Path(dir_okay=False, allow_dash=False),
    help="A file naming the known departments, one per line (either script, any encoding).",
)
@_fail_fast_option
@reading_options(sample=False, simplified=False, quiet=False)
def check_command(
    files: tuple[str, ...],
    strict: bool,
    departments_file: str | None,
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

    known = _known_departments(departments_file) if departments_file else None
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


def _known_departments(path: str) -> list[str]:
    """The names in a --departments file, decoded like any input (UTF-8, GBK, Big5, UTF-16)."""
    from castplan.load import read_input
    from castplan.readers.decode import decode_bytes

    try:
        raw = read_input(path)
        text = decode_bytes(raw.data, name=path).text
    except CastplanError as exc:
        raise CliUsageError(f"--departments: {exc}") from None
    return [line.strip() for line in text.splitlines() if line.strip()]


@cli.command("diff")
@click.argument("old", type=click.Path(allow_dash=True))
@click.argument("new", type=click.Path(allow_dash=True))
@format_option("table", "json", "markdown")
@reading_options(sample=False, simplified=False)
def diff_command(old: str, new: str, fmt: str, reading: Reading) -> None:
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
    report = diff_notices(reading.load(old), reading.load(new))
    if fmt == "json":
        click.echo(render_json(report.model_dump(mode="json")), nl=False)
    elif fmt == "markdown":
        click.echo(render_diff_markdown(report), nl=False)
    else:
        from rich.console import Console

        console = Console(width=None if sys.stdout.isatty() else 160)
        for table in render_diff_tables(report):
            console.print(table)


_SCHEMAS = {
    "parse": ("castplan.model", "Notice"),
    "list": ("castplan.views.rows", "ItemRow"),
    "depts": ("castplan.views.rows", "DepartmentRow"),
    "index": ("castplan.views.rows", "IndexEntry"),
    "diff": ("castplan.views.diff", "DiffReport"),
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
