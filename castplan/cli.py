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
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, NoReturn

import click

from castplan import __version__
from castplan.errors import CastplanError

if TYPE_CHECKING:
    from castplan.batch import Inputs, Options
    from castplan.load import RawInput
    from castplan.model import Notice
    from castplan.views.aliases import AliasTable
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
    from castplan.batch import collector_paused
    from castplan.output import emit, emit_yaml
    from castplan.views.render import json_bytes

    fmt = output_format_for(fmt, output, "json")
    # Writing a tree allocates as much as building it, and no cycles either.
    with collector_paused():
        notice = reading.load(file)
        if fmt == "yaml":
            emit_yaml(notice.to_json_dict(), output)
        else:
            emit(json_bytes(notice, indent=None if fmt == "jsonl" else 2), output)


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
    from castplan.errors import CastplanError
    from castplan.views.aliases import load_aliases

    try:
        return load_aliases(files)
    except CastplanError as exc:
        _fail(exc)


_files_argument = click.argument("files", nargs=-1, type=click.Path(allow_dash=True))


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
    from castplan.errors import CastplanError
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
