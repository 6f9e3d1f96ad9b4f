"""Many notices at once: walk inputs, parse in worker processes, stream results.

Results come back in input order (``imap``), one at a time, so memory stays
flat however many files there are.  A file that fails becomes an error record
instead of stopping the batch.  Workers receive paths, not bytes, and return
finished output text, so little crosses the process boundary.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from castplan.errors import CastplanError, ParseError
from castplan.load import notice_from_input, read_input
from castplan.views.render import render_data, render_json

#: File suffixes a directory walk picks up.
# .doc and .wps are refused with a message, not skipped without one.
INPUT_SUFFIXES = frozenset({".txt", ".html", ".htm", ".docx", ".pdf", ".ofd", ".doc", ".wps"})


@dataclass(frozen=True)
class Options:
    """How each file of a batch is read and rendered."""

    fmt: str = "jsonl"
    simplified: bool = False
    encoding: str | None = None
    source_format: str | None = None


@dataclass(frozen=True)
class Result:
    """One file's outcome: rendered output, or an error message and code."""

    path: str
    # UTF-8 bytes: encoded in the worker, written as they are by the parent.
    output: bytes | None = None
    error: str | None = None
    code: str | None = None
    warnings: tuple[str, ...] = ()


def expand_inputs(paths: Iterable[str]) -> Iterator[str]:
    """Files as given; directories walked (sorted) for notice files."""
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if Path(name).suffix.lower() in INPUT_SUFFIXES:
                        yield os.path.join(root, name)
        else:
            yield path


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


def parse_file(path: str, options: Options) -> Result:
    """Parse one file into output text; never raises for bad input."""
    with collector_paused():
        return _parse_file(path, options)


def _parse_file(path: str, options: Options) -> Result:
    try:
        notice = notice_from_input(
            read_input(path),
            encoding=options.encoding,
            source_format=options.source_format,
            simplified=options.simplified,
        )
    except CastplanError as exc:
        code = exc.problems[0].code if isinstance(exc, ParseError) else "unreadable-input"
        return Result(path, error=str(exc), code=code)
    data = notice.to_json_dict()
    warnings = tuple(d.format(path) for d in notice.diagnostics)
    output = render_data(data, options.fmt)
    return Result(path, output=output.encode("utf-8"), warnings=warnings)


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
    work = ((path, options) for path in paths)
    if jobs <= 1:
        yield from map(_parse_packed, work)
        return
    import multiprocessing

    # chunksize > 1 amortises the round trips; small enough to keep order cheap.
    with multiprocessing.get_context("spawn" if os.name == "nt" else "fork").Pool(jobs) as pool:
        yield from pool.imap(_parse_packed, work, chunksize=32)
