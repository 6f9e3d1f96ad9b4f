"""Where output goes: stdout, one file written atomically, or one file per input.

The command line's only writer.  Data goes to stdout or to files; progress to
stderr, and only on a terminal.

A file is written whole or not at all: the bytes go to a temporary file in
the target's folder, are flushed to disk, and replace the target only once
everything was written.  On an error or a signal the old file is left as it
was and the temporary file is removed (after SIGKILL, which no program can
catch, the next write to the same target removes it).  Devices, pipes and
FIFOs (``/dev/stdout``, ``/dev/full``, ``mkfifo``) are written directly:
replacing them would put a regular file where the device was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import signal
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import click

from castplan.batch import Result, error_record
from castplan.errors import OutputError

# Temporary files are named .TARGET.castplan-PID-RANDOM.tmp, so a leftover one
# (the writer was killed) can be told from a live one and from the user's files.
_TEMP_MARK = ".castplan-"
_TEMP_SUFFIX = ".tmp"
# Paths that name devices and process files even where they are symlinks.
_DEVICE_FOLDERS = ("/dev/", "/proc/")

_REASONS = {
    errno.ENOSPC: "no space left on device",
    errno.EDQUOT: "disk quota exceeded",
    errno.EFBIG: "file too large (a file-size limit was reached)",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "read-only file system",
    errno.ENOENT: "no such folder",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EISDIR: "is a folder",
}


def reason_of(exc: OSError) -> str:
    """A short, lower-case reason for an OS error, as the one-line messages say it."""
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    return (exc.strerror or str(exc)).lower()


class Sink:
    """A binary stream whose write errors become one-line ``OutputError``s."""

    def __init__(self, stream: BinaryIO, name: str) -> None:
        self.stream = stream
        self.name = name

    def write(self, data: bytes) -> None:
        """Write ``data``; OutputError on a full disk, a size limit, a closed device."""
        try:
            self.stream.write(data)
        except BrokenPipeError:
            raise  # the reader went away: the command line ends quietly
        except OSError as exc:
            raise OutputError(self.name, reason_of(exc)) from None

    def flush(self) -> None:
        """Flush to the operating system (not necessarily to disk)."""
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(self.name, reason_of(exc)) from None


def is_device(path: str) -> bool:
    """Whether ``path`` names something that is not a regular file: a device, pipe or FIFO."""
    if path.startswith(_DEVICE_FOLDERS):
        return True
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


@contextlib.contextmanager
def open_output(path: str) -> Iterator[Sink]:
    """A sink for ``path``: '-' is stdout, a device is written directly, a file atomically.

    Raises:
        OutputError: the file cannot be written (missing or read-only folder,
            full disk, ``path`` is a folder).
    """
    if path == "-":
        sys.stdout.flush()  # anything echoed before goes first
        sink = Sink(sys.stdout.buffer, "stdout")
        yield sink
        sink.flush()
    elif is_device(path):
        with _opened_directly(path) as sink:
            yield sink
    else:
        with _atomic_file(path) as sink:
            yield sink


@contextlib.contextmanager
def _opened_directly(path: str) -> Iterator[Sink]:
    try:
        stream = open(path, "wb")  # noqa: SIM115 - closed below, errors mapped
    except OSError as exc:
        raise OutputError(path, reason_of(exc)) from None
    try:
        sink = Sink(stream, path)
        yield sink
        sink.flush()
    finally:
        with contextlib.suppress(OSError):
            stream.close()


@contextlib.contextmanager
def _atomic_file(
    path: str, *, clean: bool = True, on_replaced: Callable[[], object] | None = None
) -> Iterator[Sink]:
    target = os.path.realpath(path)  # through a symlink to the file it names
    if os.path.isdir(target):
        raise OutputError(path, "is a folder (end it with / to write one file per input into it)")
    folder, name = os.path.split(target)
    if clean:
        _remove_stale_temporaries(folder, name)
    # The name is chosen before the file exists, so a signal at any moment,
    # even inside the call that creates it, finds a name to remove.
    temporary = os.path.join(
        folder, f".{name}{_TEMP_MARK}{os.getpid()}-{secrets.token_hex(4)}{_TEMP_SUFFIX}"
    )
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as stream:
            sink = Sink(stream, path)
            yield sink
            sink.flush()
            _sync(stream.fileno(), path)
        os.chmod(temporary, _mode_for(target))
        with _signals_held():
            # The file appears and is counted as one step: a Ctrl-C arriving
            # between the two would report one file fewer than the folder holds.
            os.replace(temporary, target)
            if on_replaced is not None:
                on_replaced()
    except OSError as exc:
        _remove(temporary)
        raise OutputError(path, reason_of(exc)) from None
    except BaseException:
        # An error, Ctrl-C or SIGTERM: the old file stays, the temporary goes.
        _remove(temporary)
        raise
    _sync_folder(folder)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back for a few statements; they arrive right after."""
    mask = getattr(signal, "pthread_sigmask", None)
    if mask is None:  # pragma: no cover - not on POSIX
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    previous = mask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        mask(signal.SIG_SETMASK, previous)


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _sync(fd: int, name: str) -> None:
    try:
        os.fsync(fd)
    except OSError as exc:
        raise OutputError(name, reason_of(exc)) from None


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable; not every system lets a folder be synced."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _mode_for(target: str) -> int:
    """The old file's permissions, or those a plain ``open`` would give a new file."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _remove_stale_temporaries(folder: str, name: str | None) -> None:
    """Remove temporary files left by a writer that was killed: of ``name``, or of any target."""
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if not entry.name.endswith(_TEMP_SUFFIX) or _TEMP_MARK not in entry.name:
                continue
            target, _, rest = entry.name[1:].rpartition(_TEMP_MARK)
            pid = rest.split("-", 1)[0]
            if (name is None or target == name) and pid.isdigit() and not _alive(int(pid)):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


def is_folder_target(output: str | None) -> bool:
    """Whether ``-o`` names a folder: ending in '/' or an existing folder."""
    if not output:
        return False
    return output.endswith(("/", os.sep)) or os.path.isdir(output)


def emit(text: str | bytes, output: str | None) -> None:
    """Write to stdout, or atomically to a file (no half file on failure)."""
    with open_output(output or "-") as sink:
        sink.write(text if isinstance(text, bytes) else text.encode("utf-8"))


def emit_chunks(chunks: Iterable[bytes], output: str | None) -> None:
    """``emit`` for output made in parts: each is written as it comes."""
    with open_output(output or "-") as sink:
        for chunk in chunks:
            sink.write(chunk)


def emit_yaml(data: Any, output: str | None) -> None:
    """Write ``data`` as YAML to stdout or atomically to a file, as it is dumped.

    The same text as ``render_yaml(data)``, without holding all of it at once.
    """
    from castplan.views.render import dump_yaml

    with open_output(output or "-") as sink:
        dump_yaml(data, sink)


class FolderSink:
    """One file per input in a folder, each written atomically; says what it wrote."""

    def __init__(self, folder: str, fmt: str) -> None:
        self.folder = folder
        self.fmt = fmt
        self.written: list[str] = []
        self._taken: set[str] = set()
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as exc:
            raise OutputError(folder, reason_of(exc)) from None
        # Once for the folder: scanning it before each of 10,000 files would
        # make writing them grow with the square of their number.
        _remove_stale_temporaries(folder, None)

    def write(self, stem: str, data: bytes) -> str:
        """Write ``data`` as STEM.FMT (STEM-2.FMT when the name is taken); return the path."""
        name = _unique_name(stem, self._taken) + "." + self.fmt
        path = os.path.join(self.folder, name)
        with _atomic_file(path, clean=False, on_replaced=lambda: self.written.append(name)) as sink:
            sink.write(data)
        return path

    def report(self, total: int, *, finished: bool) -> str:
        """One line naming what was written, for stderr."""
        where = self.folder if self.folder.endswith(("/", os.sep)) else self.folder + "/"
        count = len(self.written)
        if finished:
            return f"castplan: {count} file(s) written to {where}"
        if not count:
            return f"castplan: stopped before any file was written to {where}"
        names = self.written[0] if count == 1 else f"{self.written[0]} … {self.written[-1]}"
        return f"castplan: stopped after writing {count} of {total} file(s) to {where} ({names})"


@contextlib.contextmanager
def batch_sink(
    out_dir: str | None, output: str | None, fmt: str, total: int, *, quiet: bool = False
) -> Iterator[Callable[[Result], None]]:
    """Where batch results go: one JSON Lines stream, or one file each in a folder.

    A stream is written atomically when it is a file, so a batch that stops
    early (Ctrl-C, --fail-fast, a full disk) leaves the old file as it was.
    Into a folder, each file is atomic; the line on stderr says which were
    written, also when the batch stops early.
    """
    if out_dir is None:
        with open_output(output or "-") as sink:
            yield lambda result: sink.write(
                (result.output or b"")
                if result.error is None
                else error_record(result).encode("utf-8")
            )
        return
    folder = FolderSink(out_dir, fmt)

    def write(result: Result) -> None:
        if result.error is not None or result.output is None:
            return  # the message on stderr stands for a failed input
        stem = "stdin" if result.path == "<stdin>" else Path(result.path).stem
        folder.write(stem or "stdin", result.output)

    try:
        yield write
    except BaseException:
        click.echo(folder.report(total, finished=False), err=True)
        raise
    if not quiet:
        click.echo(folder.report(total, finished=True), err=True)


def _unique_name(stem: str, taken: set[str]) -> str:
    name, counter = stem, 1
    while name in taken:
        counter += 1
        name = f"{stem}-{counter}"
    taken.add(name)
    return name


@contextlib.contextmanager
def progress(
    total: int, label: str = "parsing", *, to_stdout: bool = False
) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr, only on a terminal and for more than a handful.

    Not while data goes to the same terminal (``to_stdout``): the rows would
    run through the bar, and scrolling rows show progress anyway.
    """
    if total <= 5 or not sys.stderr.isatty() or (to_stdout and sys.stdout.isatty()):
        yield lambda: None
        return
    from rich.progress import Progress

    with Progress(console=_stderr_console(), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)


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


# How the parts of a stream of rows are framed, per format:
# (before the first part, between parts, after the last, when there is none).
_FRAMES = {
    "json": (b"[\n", b",\n", b"\n]\n", b"[]\n"),
    "markdown": (b"", b"\n", b"", b""),
    "table": (b"", b"\n", b"", b""),
}


class RowStream:
    """Writes the parts plans contribute to one output, framed as one document.

    JSON gets its brackets and commas, CSV one header (also when no row
    matched), Markdown reports and tables a blank line between plans; JSON
    Lines needs nothing.  Nothing is written before the first part, so a
    command that ends in a usage error prints no data at all.
    """

    def __init__(self, sink: Sink, fmt: str, *, csv_header: bytes = b"") -> None:
        self.sink = sink
        self.parts = 0
        if fmt == "csv":
            self._frame = (csv_header, b"", b"", csv_header)
        else:
            self._frame = _FRAMES.get(fmt, (b"", b"", b"", b""))

    def add(self, data: bytes) -> None:
        """Write one plan's part; an empty part (no rows) writes nothing."""
        if not data:
            return
        self.sink.write(self._frame[1] if self.parts else self._frame[0])
        self.sink.write(data)
        self.parts += 1

    def close(self) -> None:
        """End the document: the closing bracket, or the empty form."""
        self.sink.write(self._frame[2] if self.parts else self._frame[3])
