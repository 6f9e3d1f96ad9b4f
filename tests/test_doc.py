"""Word 97 (.doc), WPS (.wps) and RTF: read through LibreOffice, refused without it.

Why LibreOffice and not a pure-Python reader: both on PyPI lose Word's
automatic numbering (see castplan/readers/doc.py); the last test keeps that
evidence current where those readers are installed.
"""

from __future__ import annotations

import json
import os
import re
import stat
import tempfile
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from castplan import parse_notice
from castplan.cli import cli
from castplan.load import notice_from_input, read_input
from castplan.model import Notice
from castplan.readers import doc, input_format_for

from .conftest import FIXTURES, SAMPLE_PATH

BINARY = FIXTURES / "binary"

needs_libreoffice = pytest.mark.skipif(
    doc.find_converter() is None,
    reason="LibreOffice is not installed (apt-get install libreoffice-writer-nogui)",
)

# Each file LibreOffice made from the plan with Word's automatic numbering, and
# the format castplan records for it.
WORD_FILES = [
    ("plan-2025.doc", "doc"),
    ("plan-2025.wps", "doc"),
    ("plan-2025.rtf", "rtf"),
    ("rtf-saved-as.doc", "rtf"),  # a site's RTF under a .doc name
]


def _tree(notice: Notice) -> list[tuple[object, ...]]:
    # Not the item numbers: the .doc restarts its "1." list in each section, as
    # LibreOffice and Word show it, where the text copy counts on.
    return [
        (
            section.number,
            section.title,
            [(i.title, i.lead_departments, i.supporting_departments) for i in section.items],
        )
        for section in notice.sections
    ]


@needs_libreoffice
@pytest.mark.parametrize(("name", "fmt"), WORD_FILES)
def test_word97_wps_and_rtf_read_as_the_plan_they_hold(name: str, fmt: str) -> None:
    notice = notice_from_input(read_input(BINARY / name))
    expected = parse_notice(SAMPLE_PATH.read_text(encoding="utf-8"))
    assert notice.source.format == fmt
    assert notice.title == "中國科協2025年工作要點"
    assert _tree(notice) == _tree(expected)
    assert sum(len(s.items) for s in notice.sections) == 32
    assert notice.diagnostics == []


@needs_libreoffice
def test_a_folder_of_word_files_parses_each(tmp_path: Path) -> None:
    for name, _ in WORD_FILES:
        (tmp_path / name).write_bytes((BINARY / name).read_bytes())
    result = CliRunner().invoke(cli, ["parse", str(tmp_path), "--format", "jsonl", "-q"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(WORD_FILES)
    records = [json.loads(line) for line in lines]
    assert [r["title"] for r in records] == ["中國科協2025年工作要點"] * len(WORD_FILES)
    assert sorted(r["source"]["format"] for r in records) == ["doc", "doc", "rtf", "rtf"]


def _logging_converter(folder: Path, real: str) -> tuple[Path, Path]:
    """A stand-in that writes down the files each run is given, then runs ``real``."""
    log = folder / "runs.log"
    script = folder / "logging-soffice"
    script.write_text(
        f'#!/bin/sh\nfor arg; do case "$arg" in *.doc|*.wps|*.rtf) printf "%s " "$arg";; esac; '
        f'done >> {log}\necho >> {log}\nexec {real} "$@"\n',
        encoding="utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script, log


@needs_libreoffice
@pytest.mark.skipif(os.name != "posix", reason="a shell script stands in for LibreOffice")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_folder_of_word_files_starts_libreoffice_once_for_each_kind(
    jobs: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = doc.find_converter()
    assert real is not None
    program, log = _logging_converter(tmp_path, real)
    monkeypatch.setenv(doc.CONVERTER_ENV, str(program))
    plans = tmp_path / "plans"
    plans.mkdir()
    for name, _ in WORD_FILES:
        (plans / name).write_bytes((BINARY / name).read_bytes())
    # (a copy that differs by a byte at its end is a file of its own)
    (plans / "again.doc").write_bytes((BINARY / "plan-2025.doc").read_bytes() + b"\0")
    result = CliRunner().invoke(cli, ["parse", str(plans), "-q", "-j", jobs])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["title"] for r in records] == ["中國科協2025年工作要點"] * 5
    assert [sum(len(s["items"]) for s in r["sections"]) for r in records] == [32] * 5
    # One run for the Word 97 and WPS files, one for the RTF ones; none for each file.
    runs = sorted(len(line.split()) for line in log.read_text(encoding="utf-8").splitlines())
    assert runs == [2, 3]
    # ... and what each file gives is what it gives read alone.
    for record in records:
        alone = CliRunner().invoke(cli, ["parse", record["source"]["path"], "-q"])
        assert json.loads(alone.stdout) == record


@needs_libreoffice
def test_a_damaged_file_in_a_folder_has_its_own_error(tmp_path: Path) -> None:
    for name in ("plan-2025.doc", "plan-2025.wps"):
        (tmp_path / name).write_bytes((BINARY / name).read_bytes())
    damaged = tmp_path / "damaged.doc"
    damaged.write_bytes(doc.OLE_MAGIC + bytes(range(256)) * 20)
    result = CliRunner().invoke(cli, ["parse", str(tmp_path), "-q"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"castplan: error: {damaged}: LibreOffice could not convert it to .docx "
        "(Error: source file could not be loaded)",
        "castplan: 1 of 3 input(s) failed",
    ]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("title") for r in records] == [None] + ["中國科協2025年工作要點"] * 2
    assert records[0]["error"]["code"] == "unreadable-input"


@pytest.mark.skipif(os.name != "posix", reason="a shell script stands in for LibreOffice")
def test_a_batch_run_that_converts_nothing_leaves_each_file_to_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "runs.log"
    monkeypatch.setenv(doc.CONVERTER_ENV, str(_program(tmp_path, f"echo run >> {log}; exit 3")))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    plans = tmp_path / "plans"
    plans.mkdir()
    for name in ("a.doc", "b.doc"):
        (plans / name).write_bytes((BINARY / "plan-2025.doc").read_bytes() + name.encode())
    result = CliRunner().invoke(cli, ["parse", str(plans), "-q"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"castplan: error: {plans / name}: LibreOffice could not convert it to .docx "
        "(exit status 3)"
        for name in ("a.doc", "b.doc")
    ] + ["castplan: 2 of 2 input(s) failed"]
    # The run for both, then a run for each; no temporary folder is left behind.
    assert log.read_text(encoding="utf-8").splitlines() == ["run"] * 3
    assert not list(tmp_path.glob("castplan-*"))


@needs_libreoffice
def test_a_damaged_word_file_gives_one_line(tmp_path: Path) -> None:
    # The Word 97 signature, then bytes of no document: LibreOffice, told the
    # format, cannot load it (left to guess, it would read the bytes as text).
    damaged = tmp_path / "damaged.doc"
    damaged.write_bytes(doc.OLE_MAGIC + bytes(range(256)) * 20)
    out = tmp_path / "out.json"
    result = CliRunner().invoke(cli, ["parse", str(damaged), "-o", str(out)])
    assert result.exit_code == 1
    assert not out.exists()
    assert result.stderr.splitlines() == [
        f"castplan: error: {damaged}: LibreOffice could not convert it to .docx "
        "(Error: source file could not be loaded)"
    ]
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("name", "what"),
    [
        ("plan-2025.doc", "a Word 97-2003 .doc file"),
        ("plan-2025.wps", "a WPS Writer .wps file"),
        ("plan-2025.rtf", "an RTF file"),
    ],
)
def test_without_libreoffice_refused_naming_the_conversion(
    name: str, what: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(doc.CONVERTER_ENV, "")
    result = CliRunner().invoke(cli, ["parse", str(BINARY / name)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert f"{BINARY / name}: {what}: castplan reads" in lines[0]
    assert "through LibreOffice, which is not installed" in lines[0]
    assert lines[0].endswith(f"soffice --headless --convert-to docx {BINARY / name}")


def test_a_folder_walk_without_libreoffice_refuses_only_the_word_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(doc.CONVERTER_ENV, "")
    for name in ("plan-2025.pdf", "plan-2025.ofd", "plan-2025.doc"):
        (tmp_path / name).write_bytes((BINARY / name).read_bytes())
    result = CliRunner().invoke(cli, ["parse", str(tmp_path), "-q"])
    assert result.exit_code == 1  # the .doc is refused, the others parse
    assert len(result.stdout.splitlines()) == 3
    assert "soffice --headless --convert-to docx" in result.stderr


def _program(folder: Path, body: str) -> Path:
    script = folder / "fake-soffice"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


@pytest.mark.skipif(os.name != "posix", reason="a shell script stands in for LibreOffice")
@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("exit 3", "LibreOffice could not convert it to .docx (exit status 3)"),
        (
            "echo 'Error: source file could not be loaded' >&2; exit 1",
            "LibreOffice could not convert it to .docx (Error: source file could not be loaded)",
        ),
    ],
)
def test_a_converter_that_makes_nothing_gives_its_last_words(
    body: str, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(doc.CONVERTER_ENV, str(_program(tmp_path, body)))
    result = CliRunner().invoke(cli, ["parse", str(BINARY / "plan-2025.doc")])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"castplan: error: {BINARY / 'plan-2025.doc'}: {message}"]


def test_a_converter_that_is_not_there_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(doc.CONVERTER_ENV, "/nonexistent/soffice")
    result = CliRunner().invoke(cli, ["parse", str(BINARY / "plan-2025.doc")])
    assert result.exit_code == 1
    assert "could not start LibreOffice (/nonexistent/soffice): " in result.stderr
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.skipif(os.name != "posix", reason="a shell script stands in for LibreOffice")
def test_a_converter_that_hangs_is_stopped_with_what_it_started(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The launcher starts the office process and waits, as soffice does; the
    # timeout must end both, so the child's mark is never written.
    mark = tmp_path / "child-outlived-the-timeout"
    program = _program(tmp_path, f"(sleep 3; touch {mark}) &\nwait")
    monkeypatch.setenv(doc.CONVERTER_ENV, str(program))
    monkeypatch.setattr(doc, "CONVERT_TIMEOUT_S", 1)
    result = CliRunner().invoke(cli, ["parse", str(BINARY / "plan-2025.doc")])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"castplan: error: {BINARY / 'plan-2025.doc'}: LibreOffice did not convert it within 1 s"
    ]
    time.sleep(3)
    assert not mark.exists()


def test_formats_are_told_by_signature_under_any_name() -> None:
    assert input_format_for("plan.doc", b"<html><body>x</body></html>") == "html"
    assert input_format_for("plan.doc", b"PK\x03\x04word/document.xml") == "docx"
    assert input_format_for("plan.doc", doc.OLE_MAGIC) == "doc"
    assert input_format_for("plan", doc.OLE_MAGIC) == "doc"
    assert input_format_for("plan.doc", b"{\\rtf1\\ansi x}") == "rtf"
    assert input_format_for("plan", b"\xef\xbb\xbf\r\n{\\rtf1 x}") == "rtf"
    assert input_format_for("plan.rtf", b"{\\rtf1 x}") == "rtf"
    # .txt names no reader of its own: the content decides, as for no suffix.
    assert input_format_for("plan.txt", b"{\\rtf1 x}") == "rtf"
    assert input_format_for("plan.txt", b"rtf1 x") == "text"


def test_a_file_named_rtf_that_is_not_says_so(tmp_path: Path) -> None:
    fake = tmp_path / "plan.rtf"
    fake.write_bytes("2025年工作要点".encode())
    result = CliRunner().invoke(cli, ["parse", str(fake)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"castplan: error: {fake}: not an RTF file (no {{\\rtf signature)"
    ]


def _readers() -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = []
    try:
        import legacy_doc

        found.append(("legacy-doc", lambda data: legacy_doc.extract_text(data).text))
    except ImportError:
        pass
    try:
        import unword

        found.append(("unword", lambda data: unword.parse_doc(data).body_text))
    except ImportError:
        pass
    return found


@pytest.mark.parametrize(
    ("reader", "extract"),
    _readers() or [pytest.param("none", None, marks=pytest.mark.skip("no .doc reader installed"))],
)
def test_pure_python_readers_still_lose_the_numbering(reader: str, extract: object) -> None:
    """If this fails, a reader has learnt Word's numbering: reconsider LibreOffice."""
    data = (BINARY / "plan-2025.doc").read_bytes()
    text = extract(data)  # type: ignore[operator]
    sample = SAMPLE_PATH.read_text(encoding="utf-8")
    labels = re.compile(r"(?m)^(?:[一二三四五六七八九十]+、|\d+\.)")
    body = re.split(r"\n+附件", text)[0]
    # Every character of the text is there but the 41 list labels.
    assert "".join(body.split()) == "".join(labels.sub("", sample).split())
    assert len(labels.findall(sample)) == 41
    assert not labels.search(body)
    assert len(list(parse_notice(body).items())) == 0
