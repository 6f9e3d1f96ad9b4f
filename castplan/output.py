"""Where output goes: stdout, one file written atomically, or one file per input.

The command line's only writer.  Data goes to stdout or to files; progress to
stderr, and only on a terminal.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from castplan.batch import Result, error_record


def emit(text: str, output: str | None) -> None:
    """Write to stdout, or atomically to a file (no half file on failure)."""
    if output is None or output == "-":
        click.echo(text, nl=False)
        return
    with click.open_file(output, "w", encoding="utf-8", atomic=True) as handle:
        handle.write(text)


@contextlib.contextmanager
def batch_sink(
    out_dir: str | None, output: str | None, fmt: str
) -> Iterator[Callable[[Result], None]]:
    """Where batch results go: one JSON Lines stream, or one file each in a directory."""
    if out_dir is None:
        with contextlib.ExitStack() as stack:
            if output is None or output == "-":
                stream = sys.stdout.buffer
                put: Callable[[bytes], Any] = stream.write
                stack.callback(stream.flush)
            else:
                opened = click.open_file(output, "wb", atomic=True)
                put = stack.enter_context(opened).write
            yield lambda result: put(
                (result.output or b"")
                if result.error is None
                else error_record(result).encode("utf-8")
            )
        return
    os.makedirs(out_dir, exist_ok=True)
    taken: set[str] = set()

    def write(result: Result) -> None:
        if result.error is not None or result.output is None:
            return  # the message on stderr stands for a failed input
        name = _unique_name(Path(result.path).stem, taken) + "." + fmt
        with click.open_file(os.path.join(out_dir, name), "wb", atomic=True) as f:
            f.write(result.output)

    yield write


def _unique_name(stem: str, taken: set[str]) -> str:
    name, counter = stem, 1
    while name in taken:
        counter += 1
        name = f"{stem}-{counter}"
    taken.add(name)
    return name


@contextlib.contextmanager
def progress(total: int) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr, only on a terminal and for more than a handful."""
    if total <= 5 or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.progress import Progress

    with Progress(console=_stderr_console(), transient=True) as progress:
        task = progress.add_task("parsing", total=total)
        yield lambda: progress.advance(task)


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


# A page bar only for documents long enough to wait for.
_PROGRESS_MIN_PAGES = 50


@contextlib.contextmanager
def page_progress() -> Iterator[Callable[[int, int], None] | None]:
    """A bar on stderr while a long PDF or OFD is read, only on a terminal."""
    if not sys.stderr.isatty():
        yield None
        return
    with contextlib.ExitStack() as stack:
        state: dict[str, Any] = {}

        def advance(done: int, total: int) -> None:
            if total < _PROGRESS_MIN_PAGES:
                return
            if "bar" not in state:
                from rich.progress import Progress

                state["bar"] = stack.enter_context(
                    Progress(console=_stderr_console(), transient=True)
                )
                state["task"] = state["bar"].add_task("reading pages", total=total)
            state["bar"].update(state["task"], completed=done)

        yield advance
