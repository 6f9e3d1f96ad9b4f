"""The command group and how a run ends: one-line errors, exit codes, signals.

Exit codes: 0 success (warnings alone do not fail), 1 invalid input, 2 usage
error, 130 Ctrl-C, 128 + N a signal.  Nothing here knows a command.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

import click

from castplan import __version__

if TYPE_CHECKING:
    from castplan.errors import CastplanError


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


class CastplanGroup(click.Group):
    """The command group; every way a run can end becomes one line and an exit code.

    Click's own handling ends Ctrl-C with "Aborted!" and exit 1, and a usage
    error with several lines of usage text; castplan ends them with 130 and
    with one line.  Only a bug (any other exception) shows a traceback.
    """

    # The modules that register the commands, imported on the first look-up of
    # a command: ``castplan --version`` and ``castplan`` alone need none of them.
    COMMAND_MODULES = ("castplan.cli.parsing", "castplan.cli.plans", "castplan.cli.rows")

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        _import_commands(self.COMMAND_MODULES)
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        _import_commands(self.COMMAND_MODULES)
        return super().list_commands(ctx)

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


def _castplan_error() -> type[CastplanError]:
    # Looked up only when an exception is on its way out: ``castplan --version``
    # imports nothing of the library.
    from castplan.errors import CastplanError

    return CastplanError


def _import_commands(modules: Sequence[str]) -> None:
    import importlib

    for module in modules:
        importlib.import_module(module)  # each decorates ``cli`` with its commands


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
    except _castplan_error() as exc:
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
    except Exception as exc:
        # A library that calls back into Python (pydantic-core) may hand Ctrl-C
        # back wrapped in its own error: it is still an interruption.
        if "KeyboardInterrupt" in str(exc):
            click.echo("castplan: interrupted", err=True)
            return EXIT_INTERRUPTED
        raise
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
