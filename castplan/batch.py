"""Many notices at once: walk inputs, parse in worker processes, stream results.

Results come back in input order (``imap``), one at a time, so memory stays
flat however many files there are.  A file that fails becomes an error record
instead of stopping the batch.  Workers receive paths, not bytes, and return
finished output text, so little crosses the process boundary.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import os
import signal
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from castplan.errors import CastplanError, ParseError
from castplan.load import (
    MAX_INPUT_BYTES,
    SAMPLE_NAME,
    RawInput,
    notice_from_input,
    read_input,
    sample_input,
    stdin_input,
)
from castplan.readers import Progress
from castplan.readers.sniff import OFFICE_SUFFIXES
from castplan.views.render import render_json, render_notice

if TYPE_CHECKING:
    # Only the row commands need the views; parse does not pay for them.
    from castplan.model import Notice
    from castplan.views.chunks import Chunk, View

#: File suffixes a directory walk picks up.
# .doc, .wps and .rtf without LibreOffice are refused with a message, not skipped
# without one.
INPUT_SUFFIXES = frozenset(
    {".txt", ".html", ".htm", ".docx", ".pdf", ".ofd", ".doc", ".wps", ".rtf"}
    | {".xlsx", ".xlsm", ".xls", ".ods", ".mht", ".mhtml"}
)


@dataclass(frozen=True)
class Options:
    """How each file of a batch is read and rendered."""

    fmt: str = "jsonl"
    simplified: bool = False
    encoding: str | None = None
    source_format: str | None = None
    #: The largest text accepted, in bytes (``--max-size``).
    max_size: int = MAX_INPUT_BYTES
    #: What to make of each notice; None renders the whole tree in ``fmt``.
    view: View | None = None
    #: The folder of Word and RTF files converted ahead (``office_files_converted``).
    converted: str | None = None


@dataclass(frozen=True)
class Result:
    """One file's outcome: rendered output, or an error message and code."""

    path: str
    # UTF-8 bytes: encoded in the worker, written as they are by the parent.
    output: bytes | None = None
    error: str | None = None
    code: str | None = None
    warnings: tuple[str, ...] = ()
    #: What a view found besides its output: rows, units and sections seen.
    chunk: Chunk | None = None


#: The path that stands for the plan shipped with castplan (``--sample``).
SAMPLE = "<sample>"
#: The path that stands for standard input.
STDIN = "-"


@dataclass
class Inputs:
    """The files a command reads: as given, and found in folders."""

    paths: list[str] = field(default_factory=list)
    #: Files in folders left out for their suffix, counted by suffix.
    skipped: Counter[str] = field(default_factory=Counter)

    def skipped_summary(self) -> str | None:
        """One line counting the files a folder walk left out, or None."""
        if not self.skipped:
            return None
        kinds = ", ".join(
            f"{count} {suffix or '(no suffix)'}" for suffix, count in sorted(self.skipped.items())
        )
        total = sum(self.skipped.values())
        return f"castplan: skipped {total} file(s) in folders that are not plans by suffix: {kinds}"


def walk_inputs(paths: Iterable[str]) -> Inputs:
    """Files as given; folders walked (sorted) for notice files, the rest counted."""
    found = Inputs()
    for path in paths:
        if not os.path.isdir(path):
            found.paths.append(path)
            continue
        for root, dirs, files in os.walk(path):
            dirs.sort()
            for name in sorted(files):
                suffix = Path(name).suffix.lower()
                if suffix in INPUT_SUFFIXES:
                    found.paths.append(os.path.join(root, name))
                else:
                    found.skipped[suffix] += 1
    return found


def expand_inputs(paths: Iterable[str]) -> Iterator[str]:
    """Files as given; directories walked (sorted) for notice files."""
    yield from walk_inputs(paths).paths


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while trees are built and written.

    Building allocates many small objects and no reference cycles; the
    collector's repeated passes over them made a 1,000x plan take twice as
    long per character as the 2025 plan (benchmarks/run.py).  A library
    caller keeps the collector as it set it; the command line pauses it here.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_file(path: str, options: Options, progress: Progress | None = None) -> Result:
    """Parse one file into output text; never raises for bad input.

    ``progress`` is called with (pages done, pages in all) while a long PDF
    or OFD is read (in this process only: it is not sent to workers).
    """
    with collector_paused():
        return _parse_file(path, options, progress)


def raw_input_of(path: str, max_size: int = MAX_INPUT_BYTES) -> RawInput:
    """The bytes of a path, of standard input ('-') or of the sample."""
    if path == SAMPLE:
        return sample_input()
    if path == STDIN:
        return stdin_input(max_size=max_size)
    return read_input(path, max_size=max_size)


def _parse_file(path: str, options: Options, progress: Progress | None) -> Result:
    name = {SAMPLE: SAMPLE_NAME, STDIN: "<stdin>"}.get(path, path)
    try:
        with _converted_copies(options.converted):
            notice = _notice_of(path, options, progress)
    except CastplanError as exc:
        code = exc.problems[0].code if isinstance(exc, ParseError) else "unreadable-input"
        return Result(name, error=str(exc), code=code)
    warnings = tuple(d.format(notice.source.path) for d in notice.diagnostics)
    if options.view is not None:
        chunk = options.view(notice)
        return Result(name, output=chunk.output, warnings=warnings, chunk=chunk)
    return Result(name, output=render_notice(notice, options.fmt), warnings=warnings)


def _notice_of(path: str, options: Options, progress: Progress | None) -> Notice:
    return notice_from_input(
        raw_input_of(path, options.max_size),
        encoding=options.encoding,
        source_format=options.source_format,
        simplified=options.simplified,
        max_size=options.max_size,
        progress=progress,
    )


def _converted_copies(folder: str | None) -> contextlib.AbstractContextManager[None]:
    # (the Word reader, and LibreOffice behind it, load only for a batch that has
    # Word or RTF files)
    if folder is None:
        return contextlib.nullcontext()
    from castplan.readers.doc import converted_in

    return converted_in(folder)


def error_record(result: Result) -> str:
    """A JSON Lines record standing for a file that failed."""
    record = {
        "source": {"path": result.path},
        "error": {"code": result.code, "message": result.error},
    }
    return render_json(record, indent=None)


def _parse_packed(job: tuple[str, Options]) -> Result:
    return parse_file(*job)


def run_batch(paths: Iterable[str], options: Options, jobs: int) -> Iterator[Result]:
    """Parse ``paths`` with ``jobs`` processes; results in input order."""
    paths = list(paths)
    with office_files_converted(paths, options) as options:
        yield from _run_batch(paths, options, jobs)


@contextlib.contextmanager
def office_files_converted(paths: Sequence[str], options: Options) -> Iterator[Options]:
    """``options`` for reading ``paths``, their Word 97, WPS and RTF files converted
    first in one LibreOffice run for each kind, rather than a run for each file
    (LibreOffice takes a second to start, a fraction of one to convert a plan)."""
    if (
        options.converted is not None
        or options.source_format not in (None, "auto", "doc", "rtf")
        or sum(map(_converted_by_office, paths)) < 2
    ):
        yield options
        return
    import tempfile

    from castplan.readers.doc import convert_ahead

    with tempfile.TemporaryDirectory(prefix="castplan-docs-") as folder:
        if convert_ahead(paths, Path(folder), max_size=options.max_size):
            options = dataclasses.replace(options, converted=folder)
        yield options


def _converted_by_office(path: str) -> bool:
    return Path(path).suffix.lower() in OFFICE_SUFFIXES


def _run_batch(paths: Iterable[str], options: Options, jobs: int) -> Iterator[Result]:
    work = ((path, options) for path in paths)
    if jobs <= 1:
        yield from map(_parse_packed, work)
        return
    import multiprocessing

    # Workers come from a fork server, a clean single-threaded process that has
    # imported castplan once: a plain fork copies whatever locks other threads
    # of this process hold (a library caller's, a previous pool's), and a
    # worker can then hang for ever.  Windows has only spawn.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if "forkserver" in methods:
        context.set_forkserver_preload(["castplan.batch"])
    # chunksize > 1 amortises the round trips; small enough to keep order cheap.
    with context.Pool(jobs, initializer=_quiet_worker) as pool:
        yield from pool.imap(_parse_packed, work, chunksize=32)


def _quiet_worker() -> None:
    """Workers leave Ctrl-C to the parent, which stops them; no traceback from each."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
