"""Word 97-2003 (.doc), WPS (.wps) and RTF files: read through LibreOffice, where installed.

Both pure-Python readers on PyPI were compared on a Chinese Word 97 file that
LibreOffice made from the 2025 plan with Word's automatic numbering and a
task table (``tests/make_binary_fixtures.py``):

- legacy-doc 0.2.1 (MIT, pure Python) and unword 0.2.2 (MIT, a Rust wheel)
  both give every character of the running text, but neither rebuilds the
  list labels Word draws from its list tables: all 41 of the plan's "一、"
  and "1." are lost, so castplan finds 0 of 32 items.  legacy-doc runs a
  table into one line ("序號 重點任務 牽頭部門 1 籌備… 辦公廳 2 …"), unword
  into one line without separators, so a task table's rows are lost too.

A plan read that way would parse into the wrong tree without an error.
LibreOffice keeps the numbering and the tables when it saves the file as
.docx, which castplan reads in full, so castplan has LibreOffice (headless)
do that conversion in a temporary folder and reads the result.  Without
LibreOffice the file is refused with one line naming the conversion.
Kingsoft WPS Writer files (.wps) are the same binary format.  Rich Text
Format (.rtf, and the .doc files that sites serve as RTF) goes the same way:
its list numbers are LibreOffice's to rebuild, its Chinese is escaped bytes in
the document's code page, and LibreOffice reads both.

``CASTPLAN_SOFFICE`` names the LibreOffice program to use (a path, or a name
on PATH); set to an empty value, castplan never starts it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import NamedTuple

from castplan.errors import InputError
from castplan.readers.sniff import OFFICE_SUFFIXES, OLE_MAGIC, is_rtf

CONVERTER_ENV = "CASTPLAN_SOFFICE"
# LibreOffice starts in 1-5 s with a fresh profile and converts a plan in well
# under a second; a file that keeps it longer (a dialog it cannot show, a
# damaged stream it loops on) is given up rather than hanging a batch run.
CONVERT_TIMEOUT_S = 120


def find_converter() -> str | None:
    """The LibreOffice program to convert with: ``CASTPLAN_SOFFICE``, else on PATH."""
    configured = os.environ.get(CONVERTER_ENV)
    if configured is not None:
        # One that is not there fails to start, with a message naming it.
        return (shutil.which(configured) or configured) if configured.strip() else None
    return shutil.which("soffice") or shutil.which("libreoffice")


def doc_text(data: bytes, *, name: str, rtf: bool = False) -> str:
    """The text of a Word 97 / WPS (or, with ``rtf``, an RTF) file, by way of the
    .docx LibreOffice makes of it."""
    from castplan.readers.docx import docx_text

    return docx_text(docx_from_doc(data, name=name, rtf=rtf), name=name)


def docx_from_doc(data: bytes, *, name: str, rtf: bool = False) -> bytes:
    """The bytes of the .docx LibreOffice saves a Word 97 / WPS / RTF file as."""
    kind = _kind_of(data, name=name, rtf=rtf)
    program = find_converter()
    if program is None:
        raise InputError(
            f"{kind.what}: castplan reads {kind.suffixes} through LibreOffice, which is not "
            f"installed (or {CONVERTER_ENV} is empty); install it, or convert the file first: "
            f"soffice --headless --convert-to docx {name}",
            source_name=name,
        )
    converted = _converted_before(data)
    if converted is not None:
        return converted
    with tempfile.TemporaryDirectory(prefix="castplan-doc-") as folder:
        work = Path(folder)
        # A file name of our own: the user's may hold characters a shell or
        # LibreOffice's URL handling would take apart.
        source = work / f"input{kind.suffix}"
        source.write_bytes(data)
        outcome = _run_converter(program, [source], kind.import_filter, work, name=name)
        target = work / "out" / "input.docx"
        if not target.is_file():
            raise InputError(
                f"LibreOffice could not convert it to .docx ({outcome})", source_name=name
            )
        return target.read_bytes()


# --- a batch's files converted in one LibreOffice run ---------------------------------
#
# LibreOffice takes about a second to start and a fraction of one to convert a
# plan, so a folder of Word files is converted before it is parsed: one run for
# each import filter, every file of that kind in it.  Each .docx is kept under
# the digest of the file it was made from; the reading of each file then takes
# its copy from there, and a file the run could not convert is converted on its
# own, so that its error is its own.

#: The folder of a batch's converted copies, while it is read.
_CONVERTED: ContextVar[Path | None] = ContextVar("castplan_converted", default=None)
#: Files given to one LibreOffice run, at most.
FILES_PER_RUN = 200


def convert_ahead(paths: Iterable[str], folder: Path, *, max_size: int) -> int:
    """Convert the Word 97, WPS and RTF files among ``paths`` into ``folder``, a
    LibreOffice run for each kind; how many were converted.  A file over
    ``max_size`` bytes is left to be refused on its own.

    Without LibreOffice, or with fewer than two such files, nothing is done: each
    file is read (or refused) on its own as before.
    """
    program = find_converter()
    if program is None:
        return 0
    kinds: dict[str, list[Path]] = {}
    for path in paths:
        staged = _stage(path, folder, max_size)
        if staged is not None:
            kinds.setdefault(staged[1].import_filter, []).append(staged[0])
    if sum(map(len, kinds.values())) < 2:
        return 0
    for import_filter, sources in kinds.items():
        for start in range(0, len(sources), FILES_PER_RUN):
            _convert_together(
                program, sources[start : start + FILES_PER_RUN], import_filter, folder
            )
    return sum(1 for _ in folder.glob("*.docx"))


@contextlib.contextmanager
def converted_in(folder: str | None) -> Iterator[None]:
    """Read Word and RTF files from the copies ``convert_ahead`` left in ``folder``."""
    token = _CONVERTED.set(Path(folder) if folder else None)
    try:
        yield
    finally:
        _CONVERTED.reset(token)


def _stage(path: str, folder: Path, max_size: int) -> tuple[Path, _Kind] | None:
    """A copy of ``path`` under its digest in ``folder``'s own place for its kind, if
    it is a file LibreOffice is to convert."""
    if Path(path).suffix.lower() not in OFFICE_SUFFIXES:
        return None
    try:
        if os.path.getsize(path) > max_size:
            return None
        data = Path(path).read_bytes()
        kind = _kind_of(data, name=path, rtf=is_rtf(data))
    except (OSError, InputError):
        return None  # (read on its own later, with its own message)
    staged = folder / kind.import_filter.replace(" ", "-") / f"{_digest(data)}{kind.suffix}"
    staged.parent.mkdir(exist_ok=True)
    staged.write_bytes(data)
    return staged, kind


def _convert_together(program: str, sources: list[Path], import_filter: str, folder: Path) -> None:
    work = sources[0].parent
    try:
        _run_converter(
            program,
            sources,
            import_filter,
            work,
            name=str(work),
            timeout=CONVERT_TIMEOUT_S + PER_FILE_S * len(sources),
        )
    except InputError:
        return  # (each file not converted is tried on its own)
    for made in (work / "out").glob("*.docx"):
        made.replace(folder / made.name)


#: The time a run of many files is given beyond one file's, for each file.
PER_FILE_S = 10


def _converted_before(data: bytes) -> bytes | None:
    folder = _CONVERTED.get()
    if folder is None:
        return None
    copy = folder / f"{_digest(data)}.docx"
    return copy.read_bytes() if copy.is_file() else None


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class _Kind(NamedTuple):
    what: str  # for messages
    suffixes: str  # the family, for messages
    suffix: str  # of the copy LibreOffice is given
    # LibreOffice's import filter, named: left to guess, it reads a damaged file
    # as plain text, and castplan would be handed its bytes as characters.
    import_filter: str


_WORD97 = "MS Word 97"  # also for .wps: Kingsoft saves Word 97's format under its own suffix
_KINDS = {
    ".doc": _Kind("a Word 97-2003 .doc file", ".doc/.wps", ".doc", _WORD97),
    ".wps": _Kind("a WPS Writer .wps file", ".doc/.wps", ".wps", _WORD97),
    ".rtf": _Kind("an RTF file", ".rtf", ".rtf", "Rich Text Format"),
}


def _kind_of(data: bytes, *, name: str, rtf: bool) -> _Kind:
    if rtf:
        if not is_rtf(data):
            raise InputError("not an RTF file (no {\\rtf signature)", source_name=name)
        return _KINDS[".rtf"]
    if not data.startswith(OLE_MAGIC):
        raise InputError("not a Word file castplan knows (no Word 97 signature)", source_name=name)
    return _KINDS[".wps" if name.lower().endswith(".wps") else ".doc"]


def _run_converter(
    program: str,
    sources: list[Path],
    import_filter: str,
    work: Path,
    *,
    name: str,
    timeout: float | None = None,
) -> str:
    """Run LibreOffice headless on ``sources``; the last line it wrote, for an error."""
    timeout = CONVERT_TIMEOUT_S if timeout is None else timeout
    command = [
        program,
        "--headless",
        "--norestore",
        "--nolockcheck",
        f"--infilter={import_filter}",
        # A profile of its own: one the user has open in a desktop LibreOffice
        # would pass the job to that process, and parallel runs would share one.
        f"-env:UserInstallation={(work / 'profile').as_uri()}",
        "--convert-to",
        "docx",
        "--outdir",
        str(work / "out"),
        *map(str, sources),
    ]
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            # Its own process group, so a timeout ends the office process that
            # the launcher starts as well as the launcher.
            start_new_session=True,
        )
    except OSError as exc:
        raise InputError(
            f"could not start LibreOffice ({program}): {exc.strerror or exc}", source_name=name
        ) from None
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(process)
        raise InputError(
            f"LibreOffice did not convert it within {timeout:g} s", source_name=name
        ) from None
    said = [
        line.strip()
        for line in (stderr + stdout).decode("utf-8", "replace").splitlines()
        if line.strip() and "javaldx" not in line  # a warning on every start, not the cause
    ]
    return said[-1] if said else f"exit status {process.returncode}"


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (AttributeError, ProcessLookupError, PermissionError):
        process.kill()  # no process groups here (Windows), or the group is gone
    process.communicate()
