"""Faults from outside: signals mid-write, a read-only folder, a full disk, cut and random input.

These run castplan as a separate process where the fault needs one (a
signal, a file-size limit) and in-process otherwise.  The Hypothesis test
feeds 300 generated notices by default; ``CASTPLAN_FUZZ_EXAMPLES=10000``
runs the full count (README: *Tests*).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from castplan.cli import cli
from castplan.errors import CastplanError
from castplan.load import RawInput, notice_from_input

from .conftest import FIXTURES, SAMPLE_PATH

SAMPLE_BYTES = SAMPLE_PATH.read_bytes()
SAMPLE_TEXT = SAMPLE_PATH.read_text(encoding="utf-8")
CASTPLAN = [sys.executable, "-m", "castplan"]


def temporaries(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*.castplan-*.tmp"))


def plans(folder: Path, count: int) -> Path:
    folder.mkdir()
    for index in range(count):
        (folder / f"plan-{index:04d}.txt").write_bytes(SAMPLE_BYTES)
    return folder


def _interruptible() -> None:
    """Let the child take Ctrl-C whatever the test run was started under.

    A shell starts a job in the background with SIGINT ignored, and a program
    started so keeps ignoring it (Python then installs no KeyboardInterrupt), as
    it should: run from such a job, the test would send a signal castplan rightly
    ignores.  The child starts with the default action instead, as under a terminal.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_mid_write(tmp_path: Path, *extra: str) -> tuple[subprocess.Popen[str], Path]:
    """Start a long batch into all.jsonl and return once its temporary file is being written."""
    folder = plans(tmp_path / "plans", 400)
    out = tmp_path / "all.jsonl"
    out.write_text("the complete earlier run\n", encoding="utf-8")
    process = subprocess.Popen(
        [*CASTPLAN, "parse", str(folder), "-o", str(out), "-q", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_interruptible,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if any(_has_bytes(found) for found in temporaries(tmp_path)):
            return process, out
        if process.poll() is not None:
            _, stderr = process.communicate()
            pytest.fail(f"the batch ended before it was interrupted: {stderr}")
        time.sleep(0.01)
    process.kill()
    pytest.fail("the batch never started writing")


def _has_bytes(path: Path) -> bool:
    # The glob and the stat race the writer: a temporary may be gone in between.
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False


@pytest.mark.parametrize(
    ("sig", "code", "message"),
    [(signal.SIGINT, 130, "castplan: interrupted\n"), (signal.SIGTERM, 143, "")],
    ids=["SIGINT", "SIGTERM"],
)
def test_a_signal_mid_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, sig: signal.Signals, code: int, message: str
) -> None:
    process, out = start_mid_write(tmp_path)
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == code
    assert stderr.endswith(message)
    assert "Traceback" not in stderr
    assert out.read_text(encoding="utf-8") == "the complete earlier run\n"
    assert temporaries(tmp_path) == []


def test_sigkill_mid_write_leaves_the_old_file_and_the_next_run_cleans_up(
    tmp_path: Path,
) -> None:
    process, out = start_mid_write(tmp_path)
    process.kill()
    process.communicate(timeout=60)
    assert out.read_text(encoding="utf-8") == "the complete earlier run\n"
    assert len(temporaries(tmp_path)) == 1  # nothing can clean up after SIGKILL
    done = subprocess.run(
        [*CASTPLAN, "parse", "--sample", "-o", str(out)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert temporaries(tmp_path) == []
    assert '"year":2025' in out.read_text(encoding="utf-8")  # .jsonl: one line


def test_sigint_with_workers_is_one_line(tmp_path: Path) -> None:
    process, out = start_mid_write(tmp_path, "-j", "2")
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
    assert out.read_text(encoding="utf-8") == "the complete earlier run\n"
    assert temporaries(tmp_path) == []


def test_sigint_into_a_folder_says_which_files_were_written(tmp_path: Path) -> None:
    folder = plans(tmp_path / "plans", 400)
    out = tmp_path / "out"
    process = subprocess.Popen(
        [*CASTPLAN, "parse", str(folder), "-o", f"{out}/", "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_interruptible,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.json"))) < 3:
        time.sleep(0.01)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    written = sorted(p.name for p in out.glob("*.json"))
    first, *_, last = written
    assert f"castplan: stopped after writing {len(written)} of 400 file(s) to {out}/" in stderr
    assert f"({first} … {last})" in stderr
    assert temporaries(out) == []


# --- a read-only folder and a full disk ------------------------------------------------


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make ``folder`` unwritable, also for root (an immutable attribute)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(folder)]).returncode != 0:
        pytest.skip("running as root without chattr +i: no folder is read-only")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)


def test_a_read_only_folder_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "plan.json").write_text("old\n", encoding="utf-8")
    with read_only(folder):
        result = CliRunner().invoke(cli, ["parse", "--sample", "-o", str(folder / "plan.json")])
        into = CliRunner().invoke(cli, ["parse", "--sample", "-o", f"{folder}/new/"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"castplan: error: cannot write {folder / 'plan.json'}: permission denied\n"
    )
    assert into.exit_code == 1
    assert into.stderr == f"castplan: error: cannot write {folder}/new/: permission denied\n"
    assert sorted(p.name for p in folder.iterdir()) == ["plan.json"]
    assert (folder / "plan.json").read_text(encoding="utf-8") == "old\n"


def _with_file_size_limit(limit: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


@pytest.mark.skipif(sys.platform == "win32", reason="no file-size limits there")
def test_a_full_disk_is_one_line_and_leaves_the_old_file(tmp_path: Path) -> None:
    """A file-size limit (ulimit -f) stands in for a full disk: the write fails midway."""
    out = tmp_path / "plan.json"
    out.write_text("old\n", encoding="utf-8")
    done = subprocess.run(
        [*CASTPLAN, "parse", "--sample", "-o", str(out)],
        capture_output=True,
        text=True,
        preexec_fn=lambda: _with_file_size_limit(20_000),
    )
    assert done.returncode == 1
    assert done.stderr == (
        f"castplan: error: cannot write {out}: file too large (a file-size limit was reached)\n"
    )
    assert out.read_text(encoding="utf-8") == "old\n"
    assert temporaries(tmp_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="no file-size limits there")
def test_a_full_disk_in_a_batch_says_which_files_were_written(tmp_path: Path) -> None:
    folder = plans(tmp_path / "plans", 3)
    # Longer measures: its tree (145 KB) passes the limit, the sample's (91 KB) does not.
    longer = SAMPLE_TEXT.replace("。", "。加強科普工作推進建設服務創新。")
    (folder / "plan-0001.txt").write_text(longer, encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run(
        [*CASTPLAN, "parse", str(folder), "-o", f"{out}/", "-q"],
        capture_output=True,
        text=True,
        preexec_fn=lambda: _with_file_size_limit(120_000),
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"castplan: stopped after writing 1 of 3 file(s) to {out}/ (plan-0000.json)",
        f"castplan: error: cannot write {out}/plan-0001.json: "
        "file too large (a file-size limit was reached)",
    ]
    assert sorted(p.name for p in out.iterdir()) == ["plan-0000.json"]


# --- cut and random input ---------------------------------------------------------------


def _docx_of_sample(folder: Path) -> Path:
    import docx

    document = docx.Document()
    for line in SAMPLE_TEXT.splitlines():
        document.add_paragraph(line)
    path = folder / "plan-2025.docx"
    document.save(str(path))
    return path


def _cut_inputs(tmp_path: Path) -> list[Path]:
    binary = FIXTURES / "binary"
    page = "<html><body>" + "".join(f"<p>{line}</p>" for line in SAMPLE_TEXT.splitlines())
    html = tmp_path / "plan-2025.html"
    html.write_text(page + "</body></html>", encoding="utf-8")
    return [
        SAMPLE_PATH,
        html,
        _docx_of_sample(tmp_path),
        binary / "plan-2025.pdf",
        binary / "plan-2025.ofd",
        binary / "notice-12-pages.pdf",
    ]


def test_inputs_cut_at_every_thousandth_byte_never_crash(tmp_path: Path) -> None:
    cuts = 0
    for source in _cut_inputs(tmp_path):
        data = source.read_bytes()
        for end in range(1000, len(data), 1000):
            cut = tmp_path / f"cut-{end}{source.suffix}"
            cut.write_bytes(data[:end])
            result = CliRunner().invoke(cli, ["parse", str(cut), "-q"])
            assert result.exit_code in (0, 1), (cut.name, result.exception)
            assert "Traceback" not in result.stderr
            assert result.stderr.count("\n") <= 1, result.stderr
            if result.exit_code == 1:
                assert result.stderr.startswith(f"castplan: error: {cut}")
            cut.unlink()
            cuts += 1
    assert cuts > 150


# Pieces of real plans, in both scripts and widths, put together at random.
_TITLES = ["中国科协2025年工作要点", "中國科協2024年工作要點", "某市科协工作要点", ""]
_HEADINGS = ["一、", "二、", "三、", "（一）", "(二)", "第一条", "十、", ""]
_MARKERS = ["1.", "2．", "3、", "（1）", "①", "——", "-", "•", "12.", ""]
_TAGS = [
    "(牽頭部門:宣傳文化部)",
    "（牵头单位：国家发展改革委，财政部等按职责分工负责；2025年6月底前完成）",
    "（X负责）",
    "(责任单位:立山经济开发区,各街道)",
    "（长期坚持）",
    "(",
    "）",
    "",
]
_WORDS = st.text(
    alphabet=st.sampled_from(
        "加强科普工作推进建设服务创新人才国际合作。，、；：“”《》0123456789万名以上左右"
    ),
    max_size=40,
)


@st.composite
def notices(draw: st.DrawFn) -> tuple[str, bytes]:
    lines = [draw(st.sampled_from(_TITLES))]
    for _ in range(draw(st.integers(0, 4))):
        lines.append(draw(st.sampled_from(_HEADINGS)) + draw(_WORDS))
        for _ in range(draw(st.integers(0, 5))):
            item = draw(st.sampled_from(_MARKERS)) + draw(_WORDS) + draw(st.sampled_from(_TAGS))
            lines.append(item)
    if draw(st.booleans()):
        lines.append(draw(st.text(max_size=30)))  # anything at all
    text = draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines)
    codec = draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16", "big5"]))
    data = text.encode(codec, errors="replace")
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    name = "plan" + draw(st.sampled_from([".txt", ".html", ".htm", ""]))
    return name, data


FUZZ_EXAMPLES = int(os.environ.get("CASTPLAN_FUZZ_EXAMPLES", "300"))


@settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(notices())
def test_generated_notices_give_a_tree_or_one_error(case: tuple[str, bytes]) -> None:
    name, data = case
    try:
        notice = notice_from_input(RawInput(name, data))
    except CastplanError as exc:
        assert str(exc).startswith(name) and "\n" not in str(exc)
        return
    assert notice.to_json_dict()["schema_version"]
