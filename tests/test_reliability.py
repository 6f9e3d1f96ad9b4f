"""Every reproduction of issue 10: one line and a documented exit code, nothing lost.

Each test names the behaviour the issue reported and asserts what castplan
does now: the exit code, a single line on stderr without a traceback, and
the files left behind.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from castplan.cli import cli

from .conftest import SAMPLE_PATH

SAMPLE = str(SAMPLE_PATH)
SAMPLE_TEXT = SAMPLE_PATH.read_text(encoding="utf-8")
SAMPLE_BYTES = SAMPLE_PATH.read_bytes()


def run(*args: str, input: bytes | str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


def assert_one_line(result: Result, code: int, *, contains: str = "") -> None:
    """The run ended with ``code`` and at most one line on stderr, no traceback."""
    assert result.exit_code == code, (result.exit_code, result.stderr, result.exception)
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") <= 1, result.stderr
    assert contains in result.stderr, result.stderr
    # A usage error or bad input is reported, not raised: no exception escaped.
    assert result.exception is None or isinstance(result.exception, SystemExit)


def page_of(text: str, *, head: str = "", charset: str = "utf-8") -> str:
    body = "".join(f"<p>{line}</p>" for line in text.splitlines())
    return (
        f'{head}<html><head><meta charset="{charset}"><title>通知</title></head>'
        f"<body>{body}</body></html>"
    )


# --- output files --------------------------------------------------------------------


def test_output_to_a_folder_that_does_not_exist_creates_it(tmp_path: Path) -> None:
    out = tmp_path / "outdir"
    result = run("parse", "--sample", "-o", f"{out}/")
    assert_one_line(result, 0, contains=f"1 file(s) written to {out}/")
    assert [p.name for p in out.iterdir()] == ["cast-2025-work-plan.zh-Hant.json"]
    assert json.loads((out / "cast-2025-work-plan.zh-Hant.json").read_text())["year"] == 2025


def test_output_to_an_existing_folder_writes_into_it_and_leaves_no_temporary(
    tmp_path: Path,
) -> None:
    out = tmp_path / "o"
    out.mkdir()
    result = run("parse", "--sample", "-o", str(out))
    assert_one_line(result, 0)
    assert sorted(p.name for p in out.iterdir()) == ["cast-2025-work-plan.zh-Hant.json"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["o"]


def test_output_into_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    result = run("parse", "--sample", "-o", str(tmp_path / "nodir" / "plan.json"))
    assert_one_line(result, 1, contains="no such folder")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "plan.json"
    out.write_text("old\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("parse", str(empty), "-o", str(out))
    assert_one_line(result, 1, contains="(empty-input)")
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt", "plan.json"]


def test_output_keeps_the_old_files_permissions(tmp_path: Path) -> None:
    out = tmp_path / "plan.json"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o640)
    assert run("parse", "--sample", "-o", str(out)).exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert json.loads(out.read_text(encoding="utf-8"))["year"] == 2025


def test_output_through_a_symlink_replaces_the_file_it_names(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert run("parse", "--sample", "-o", str(link)).exit_code == 0
    assert link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["year"] == 2025


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_dev_full_is_written_directly_and_stays_a_device() -> None:
    """Run as root, 1.1 replaced /dev/full with a regular file."""
    done = subprocess.run(
        [sys.executable, "-m", "castplan", "parse", "--sample", "-o", "/dev/full"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert done.stderr == "castplan: error: cannot write /dev/full: no space left on device\n"
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_stdout_on_a_full_disk_is_one_line() -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "castplan", "list", "--sample", "-f", "jsonl"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert done.returncode == 1
    assert done.stderr == "castplan: error: cannot write stdout: no space left on device\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_written_directly(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    done = subprocess.run(
        [sys.executable, "-m", "castplan", "parse", "--sample", "-o", str(fifo)],
        capture_output=True,
        timeout=60,
    )
    reader.join(timeout=60)
    assert done.returncode == 0, done.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert json.loads(received[0])["year"] == 2025
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_a_closed_pipe_ends_quietly() -> None:
    """`castplan list plans/ | head` must not print a BrokenPipeError."""
    castplan = subprocess.Popen(
        [sys.executable, "-m", "castplan", "parse", SAMPLE, SAMPLE, SAMPLE, "-f", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert castplan.stdout is not None and castplan.stderr is not None
    castplan.stdout.read(10)
    castplan.stdout.close()
    stderr = castplan.stderr.read().decode()
    assert castplan.wait(timeout=60) in (0, 1)
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr


# --- side files and options ----------------------------------------------------------


@pytest.mark.parametrize(
    ("codec", "names"),
    [
        ("gbk", "宣传文化部\n科学技术创新部\n"),
        ("big5", "宣傳文化部\n科學技術創新部\n"),
        ("utf-16", "宣传文化部\n科学技术创新部\n"),
        ("utf-8-sig", "宣传文化部\n科学技术创新部\n"),
    ],
)
def test_departments_file_in_any_encoding(tmp_path: Path, codec: str, names: str) -> None:
    known = tmp_path / "k.txt"
    known.write_bytes(names.encode(codec))
    result = run("check", SAMPLE, "--departments", str(known))
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "names 國際合作部, which is not a known department" in result.stdout
    assert "宣傳文化部, which" not in result.stdout


def test_a_missing_departments_file_is_a_usage_error(tmp_path: Path) -> None:
    result = run("check", SAMPLE, "--departments", str(tmp_path / "none.txt"))
    assert_one_line(result, 2, contains="--departments")


def test_a_second_input_after_sample_is_a_usage_error() -> None:
    assert_one_line(run("list", "--sample", SAMPLE), 2, contains="either FILE or --sample")


def test_diff_of_stdin_with_itself_is_a_usage_error() -> None:
    result = run("diff", "-", "-", input=SAMPLE_BYTES)
    assert_one_line(result, 2, contains="only one of OLD and NEW")


def test_excel_outside_csv_is_a_usage_error() -> None:
    assert_one_line(run("list", "--sample", "--excel"), 2, contains="--excel applies to")
    assert_one_line(run("depts", "--sample", "--excel", "-f", "json"), 2)


def test_click_usage_errors_are_one_line() -> None:
    result = run("parse", SAMPLE, "--no-such-option")
    assert_one_line(result, 2, contains="castplan: error: no such option")
    assert_one_line(run("list", "--sample", "--section", "x"), 2, contains="--section")
    assert_one_line(run("diff", SAMPLE), 2, contains="missing argument")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--dept", "不存在部"], "unknown department '不存在部'; known departments: 宣傳文化部"),
        (["--section", "99"], "unknown section 99; known sections: 1、2、3、4、5、6、7、8、9"),
    ],
)
def test_unknown_dept_and_section_are_alike_usage_errors(args: list[str], message: str) -> None:
    result = run("list", "--sample", *args, "-f", "json")
    assert_one_line(result, 2, contains=message)
    assert result.stdout == ""


def test_known_dept_with_no_rows_under_a_combined_filter_is_a_note() -> None:
    result = run("list", "--sample", "--dept", "国际合作部", "--section", "1", "-f", "json")
    assert_one_line(result, 0, contains="castplan: no items match --dept 国际合作部 --section 1")
    assert result.stdout == "[]\n"


# --- --dept, roles and unambiguous references -----------------------------------------

TAGGED = """某市2025年工作要点
一、总体要求
1.统筹推进。加强协调（市发展改革委牵头，市财政局配合）
二、重点任务
1.优化营商环境。做好服务（市财政局牵头，市发展改革委配合）
2.加强监管。落实责任（市市场监管局负责）
"""


def test_dept_matches_supporting_units_with_a_role(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(TAGGED, encoding="utf-8")
    rows = json.loads(run("list", str(plan), "--dept", "市财政局", "-f", "json").stdout)
    assert [(r["ref"], r["role"]) for r in rows] == [("1.1", "supporting"), ("2.1", "lead")]
    table = run("list", str(plan), "--dept", "市财政局").stdout
    assert "role" in table and "supporting" in table


def test_depts_names_items_unambiguously_when_numbering_restarts(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(TAGGED, encoding="utf-8")
    rows = json.loads(run("depts", str(plan), "-f", "json").stdout)
    assert {r["department"]: r["refs"] for r in rows} == {
        "市发展改革委": ["1.1"],
        "市财政局": ["2.1"],
        "市市场监管局": ["2.2"],
    }
    assert "1.1" in run("depts", str(plan)).stdout


def test_refs_are_plain_numbers_when_numbers_are_unique() -> None:
    rows = json.loads(run("list", "--sample", "-f", "json").stdout)
    assert [r["ref"] for r in rows] == [str(n) for n in range(1, 33)]


# --- corpus commands keep going -------------------------------------------------------


def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SAMPLE_BYTES)
    (folder / "b-empty.txt").write_bytes(b"")
    (folder / "c.txt").write_bytes(SAMPLE_TEXT.encode("gb18030"))
    (folder / "notes.md").write_text("not a plan", encoding="utf-8")
    (folder / "scan.jpg").write_bytes(b"\xff\xd8\xff")
    return folder


@pytest.mark.parametrize(
    ("command", "rows_per_plan"),
    [
        (["list"], 32),
        (["depts", "--by", "none"], 8),
        (["index"], 16),
        (["index", "--documents"], 8),
    ],
)
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_corpus_commands_go_on_past_a_bad_file(
    tmp_path: Path, command: list[str], rows_per_plan: int, jobs: str
) -> None:
    folder = corpus(tmp_path)
    result = run(*command, str(folder), "-f", "jsonl", "-j", jobs)
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    key = "source"
    assert [Path(r[key]).name for r in rows].count("a.txt") == rows_per_plan
    assert [Path(r[key]).name for r in rows].count("c.txt") == rows_per_plan
    lines = result.stderr.splitlines()
    assert lines[0] == (
        "castplan: skipped 2 file(s) in folders that are not plans by suffix: 1 .jpg, 1 .md"
    )
    assert lines[1].startswith(f"castplan: error: {folder / 'b-empty.txt'}:1:1: error:")
    assert lines[2] == "castplan: 1 of 3 input(s) failed"
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["parse", "list", "depts", "index"])
def test_fail_fast_stops_at_the_first_bad_file(tmp_path: Path, command: str) -> None:
    folder = corpus(tmp_path)
    fmt = ["-f", "jsonl"]
    result = run(command, str(folder), *fmt, "--fail-fast", "-q")
    assert result.exit_code == 1
    assert "c.txt" not in result.stdout
    assert result.stderr.splitlines()[-1] == (
        "castplan: error: stopped at the first input that failed (--fail-fast)"
    )


def test_fail_fast_leaves_the_old_output_file(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    out = tmp_path / "all.jsonl"
    out.write_text("old\n", encoding="utf-8")
    result = run("parse", str(folder), "-o", str(out), "--fail-fast", "-q")
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.jsonl", "plans"]


def test_a_folder_without_plans_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("not a plan", encoding="utf-8")
    for command in ("parse", "list", "depts", "index", "check"):
        result = run(command, str(tmp_path))
        assert_one_line(result, 1, contains=f"no plan files in {tmp_path} (1 file(s) with other")


def test_check_goes_on_and_fails_fast_on_request(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    result = run("check", str(folder))
    assert result.exit_code == 1
    assert "3 file(s) checked: 1 error(s)" in result.stderr
    stopped = run("check", str(folder), "--fail-fast")
    assert "2 file(s) checked: 1 error(s), 0 warning(s) (stopped by --fail-fast" in stopped.stderr


def test_list_of_many_plans_equals_the_plans_one_by_one(tmp_path: Path) -> None:
    """Streamed JSON is byte for byte the array of every plan's rows."""
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SAMPLE_BYTES)
    (folder / "b.txt").write_text(TAGGED, encoding="utf-8")
    together = json.loads(run("list", str(folder), "-f", "json").stdout)
    one = json.loads(run("list", str(folder / "a.txt"), "-f", "json").stdout)
    two = json.loads(run("list", str(folder / "b.txt"), "-f", "json").stdout)
    assert together == one + two
    from castplan.views.render import render_json

    assert run("list", str(folder), "-f", "json").stdout == render_json(one + two)
    csv_text = run("list", str(folder), "-f", "csv").stdout
    assert csv_text.count("source,notice_title") == 1
    assert len(list(csv.DictReader(io.StringIO(csv_text)))) == 35


def test_rows_stream_before_the_corpus_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first plan's rows are on stdout before the last file is read: nothing is held."""
    import castplan.corpus as corpus_module
    from castplan.batch import Options, parse_file, walk_inputs
    from castplan.views.chunks import View

    folder = tmp_path / "plans"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_bytes(SAMPLE_BYTES)
    out = io.BytesIO()
    written_before_last: list[int] = []

    def watching(path: str, *args: object) -> object:
        if path.endswith("c.txt"):
            written_before_last.append(out.getvalue().count(b"\n"))
        return parse_file(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(corpus_module, "parse_file", watching)
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(out, encoding="utf-8"))
    view = View("items", "jsonl")
    corpus_module.print_rows(
        walk_inputs([str(folder)]).paths,
        Options(view=view),
        view,
        jobs=1,
        fail_fast=False,
        quiet=True,
        excel=False,
    )
    assert written_before_last == [64]
    assert out.getvalue().count(b"\n") == 96


# --- inputs -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "<!-- saved from url=(0045)http://www.cast.org.cn/art/2025/3/1/art.html -->\n",
        "\ufeff",
        "\n\n   \t",
        '<?xml version="1.0" encoding="utf-8"?>\n<!-- a comment -->\n',
    ],
    ids=["saved-page-comment", "bom", "leading-whitespace", "xml-declaration"],
)
def test_web_pages_on_stdin_are_known_by_their_content(head: str) -> None:
    result = run("list", "-", "-f", "json", input=page_of(SAMPLE_TEXT, head=head).encode())
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 32
    assert rows[0]["notice_title"] == "中國科協2025年工作要點"


def test_a_gbk_page_that_declares_utf8_is_read_with_a_warning() -> None:
    data = page_of(SAMPLE_TEXT).encode("gb18030")
    result = run("parse", "-", input=data)
    assert result.exit_code == 0, result.stderr
    tree = json.loads(result.stdout)
    assert tree["source"]["encoding"] == "gb18030"
    assert sum(len(s["items"]) for s in tree["sections"]) == 32
    assert "declares charset utf-8 (cannot decode as utf-8" in result.stderr
    assert "read as gb18030 instead (declared-charset-wrong)" in result.stderr


def _docx_with_image(tmp_path: Path, image_bytes: int) -> Path:
    import docx

    document = docx.Document()
    for line in SAMPLE_TEXT.splitlines():
        document.add_paragraph(line)
    path = tmp_path / "plan.docx"
    document.save(str(path))
    # A seal scanned at print resolution: megabytes of image, no text.
    with zipfile.ZipFile(path, "a") as package:
        package.writestr("word/media/seal.png", os.urandom(image_bytes))
    return path


def test_images_in_a_word_file_do_not_count_toward_the_limit(tmp_path: Path) -> None:
    path = _docx_with_image(tmp_path, int(5.6 * 1024 * 1024))
    assert path.stat().st_size > 5 * 1024 * 1024
    result = run("list", str(path), "-f", "json", "-q")
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)) == 32
    via_stdin = run("list", "-", "-f", "json", "-q", input=path.read_bytes())
    assert via_stdin.exit_code == 0, via_stdin.stderr


def test_images_in_a_web_page_do_not_count_toward_the_limit() -> None:
    import base64

    image = base64.b64encode(os.urandom(6 * 1024 * 1024)).decode()
    page = page_of(SAMPLE_TEXT).replace(
        "<body>", f'<body><img src="data:image/png;base64,{image}">'
    )
    result = run("list", "-", "-f", "json", "-q", input=page.encode())
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)) == 32


def test_stdin_over_the_limit_reports_its_real_size() -> None:
    data = SAMPLE_BYTES * (int(6.8 * 1024 * 1024) // len(SAMPLE_BYTES))
    result = run("parse", "-", input=data)
    size = len(data) / 1024 / 1024
    assert_one_line(result, 1, contains=f"<stdin>: input is {size:.1f} MiB")
    assert "--max-size raises it" in result.stderr


def test_max_size_lowers_and_raises_the_limit(tmp_path: Path) -> None:
    assert_one_line(run("parse", "--sample", "--max-size", "10k"), 1)
    assert_one_line(
        run("parse", SAMPLE, "--max-size", "10k"),
        1,
        contains="input is 17.3 KiB; a work plan is far smaller (limit 10 KiB;",
    )
    big = tmp_path / "big.txt"
    body = SAMPLE_TEXT.split("\n", 1)[1] * 20
    big.write_text(SAMPLE_TEXT.split("\n", 1)[0] + "\n" + body, encoding="utf-8")
    assert run("list", str(big), "-f", "jsonl", "-q", "--max-size", "100k").exit_code == 1
    assert run("list", str(big), "-f", "jsonl", "-q", "--max-size", "1M").exit_code == 0
    assert_one_line(run("parse", "--sample", "--max-size", "lots"), 2, contains="--max-size")


# --- CSV and the README's loading examples ----------------------------------------------


def test_csv_keeps_the_marker_as_text_in_pandas_and_duckdb(tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    duckdb = pytest.importorskip("duckdb")
    path = tmp_path / "items.csv"
    path.write_text(run("list", "--sample", "-f", "csv").stdout, encoding="utf-8")
    frame = pandas.read_csv(path)
    assert frame["marker"].iloc[0] == '="1."'
    assert frame["marker"].str.strip('="').iloc[0] == "1."
    column = duckdb.sql(f"select marker from read_csv_auto('{path}')")
    assert column.types == ["VARCHAR"]
    assert column.fetchall()[0] == ('="1."',)


def _readme_block(marker: str) -> str:
    readme = (SAMPLE_PATH.parents[2] / "README.md").read_text(encoding="utf-8")
    line = next(line for line in readme.splitlines() if marker in line)
    return line


def test_the_readme_duckdb_example_runs(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    items = tmp_path / "items.jsonl"
    items.write_text(run("list", "--sample", "-f", "jsonl").stdout, encoding="utf-8")
    command = _readme_block('duckdb -c "')
    query = command.split('duckdb -c "', 1)[1].rsplit('"', 1)[0]
    connection = duckdb.connect()
    connection.execute(f"set file_search_path = '{tmp_path}'")
    rows = dict(connection.sql(query).fetchall())
    assert rows["國際合作部"] == 5
    assert sum(rows.values()) == 32


def test_the_readme_pandas_example_runs(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    items = tmp_path / "items.jsonl"
    items.write_text(run("list", "--sample", "-f", "jsonl").stdout, encoding="utf-8")
    command = _readme_block('python -c "import pandas')
    code = command.split('python -c "', 1)[1].rsplit('"', 1)[0]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["year", "2025", "32", "dtype:", "int64"]


def test_a_misspelt_name_fails_type_checking(tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api")
    script = tmp_path / "typo.py"
    script.write_text(
        "import castplan\n\ncastplan.parse_notik('x')\nnotice = castplan.parse_notice('x')\n"
        "reveal_type(notice)\n",
        encoding="utf-8",
    )
    out, _, status = api.run(
        [str(script), "--strict", "--no-incremental", "--cache-dir", os.devnull]
    )
    assert status == 1
    assert 'Module has no attribute "parse_notik"' in out
    assert 'Revealed type is "castplan.model.Notice"' in out
    assert out.count("error:") == 1
