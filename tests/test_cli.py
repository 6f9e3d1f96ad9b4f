"""The command line through Click's runner: streams, files, formats, exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from castplan import __version__
from castplan.cli import cli

from .conftest import SAMPLE_PATH

SAMPLE = str(SAMPLE_PATH)
COMMANDS = ["parse", "list", "depts", "index", "diff", "check", "schema", "timeline", "db"]


def run(*args: str, input: bytes | str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"castplan, version {__version__}"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout
    assert f"castplan {command}" in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command: str) -> None:
    readme = (SAMPLE_PATH.parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"castplan {command}" in readme


def test_parse_sample_prints_json() -> None:
    result = run("parse", "--sample")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == "中國科協2025年工作要點"
    assert sum(len(s["items"]) for s in data["sections"]) == 32
    assert "中國科協" in result.stdout  # not escaped as \\uXXXX
    assert result.stderr == ""


def test_parse_file_equals_parse_stdin_except_path() -> None:
    from_file = json.loads(run("parse", SAMPLE).stdout)
    from_stdin = json.loads(run("parse", "-", input=SAMPLE_PATH.read_bytes()).stdout)
    assert from_stdin["source"]["path"] == "<stdin>"
    from_stdin["source"]["path"] = from_file["source"]["path"]
    assert from_file == from_stdin


def test_output_is_byte_identical_across_runs() -> None:
    assert run("parse", SAMPLE).stdout_bytes == run("parse", SAMPLE).stdout_bytes
    first = run("parse", SAMPLE, "-f", "yaml").stdout_bytes
    assert first == run("parse", SAMPLE, "-f", "yaml").stdout_bytes


def test_yaml_keeps_key_order_and_chinese() -> None:
    text = run("parse", SAMPLE, "--format", "yaml").stdout
    assert text.startswith("schema_version: '1.3'\nsource:\n")
    assert "title: 中國科協2025年工作要點\n" in text
    assert yaml.safe_load(text)["year"] == 2025


@pytest.mark.parametrize(("suffix", "loader"), [(".json", json.loads), (".yaml", yaml.safe_load)])
def test_output_file_format_follows_suffix(tmp_path: Path, suffix: str, loader: object) -> None:
    out = tmp_path / f"plan{suffix}"
    result = run("parse", SAMPLE, "-o", str(out))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert loader(out.read_text(encoding="utf-8"))["year"] == 2025  # type: ignore[operator]


def test_failed_parse_leaves_no_output_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out.json"
    result = run("parse", str(bad), "-o", str(out))
    assert result.exit_code == 1
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [bad]


def test_simplified_converts_text_but_not_spans() -> None:
    plain = json.loads(run("parse", SAMPLE).stdout)
    simple = json.loads(run("parse", SAMPLE, "--simplified").stdout)
    assert simple["title"] == "中国科协2025年工作要点"
    assert simple["sections"][0]["items"][0]["lead_departments"] == ["宣传文化部"]
    assert "着力抓好主责主业" in simple["preamble"]
    assert simple["source"] == plain["source"]
    assert simple["sections"][0]["items"][0]["span"] == plain["sections"][0]["items"][0]["span"]


@pytest.mark.parametrize("dept", ["國際合作部", "国际合作部"])
def test_list_by_department_in_either_script(dept: str) -> None:
    result = run("list", SAMPLE, "--dept", dept, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert [row["number"] for row in json.loads(result.stdout)] == [12, 25, 26, 27, 28]


def test_list_table_shows_rows() -> None:
    result = run("list", SAMPLE, "--dept", "國際合作部")
    assert result.exit_code == 0
    assert "加強外事管理和國際傳播" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour off a terminal


def test_list_by_section_as_csv() -> None:
    import csv
    import io

    result = run("list", SAMPLE, "--section", "4", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [row["number"] for row in rows] == ["13", "14"]
    assert rows[1]["section_title"] == "提升學術交流質效,持續推動創新策源"
    assert rows[1]["lead_departments"] == "科學技術創新部"


def test_unknown_department_is_a_one_line_usage_error() -> None:
    result = run("list", SAMPLE, "--dept", "不存在部")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "unknown department '不存在部'" in result.stderr
    assert "國際合作部" in result.stderr


def test_depts_json_rows() -> None:
    rows = json.loads(run("depts", SAMPLE, "--format", "json").stdout)
    assert rows[0] == {
        "department": "科學技術普及部",
        "count": 6,
        "share": 0.1875,
        "items": [11, 16, 17, 18, 19, 20],
        "written": ["科學技術普及部"],
        "refs": ["11", "16", "17", "18", "19", "20"],
        "source": SAMPLE,
    }
    assert sum(row["count"] for row in rows) == 32
    assert len(rows) == 8


def test_depts_csv_with_excel_bom() -> None:
    text = run("depts", SAMPLE, "--format", "csv", "--excel").stdout
    assert text.startswith("\ufeffdepartment,count,share,items,written,refs,source\n")


def test_missing_file_is_a_one_line_error() -> None:
    result = run("parse", "no-such-plan.txt")
    assert result.exit_code == 1
    assert result.stderr == "castplan: error: no-such-plan.txt: no such file\n"


def test_undecodable_input_names_the_byte_offset(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes("一、標題\n".encode() + b"\xff\xfe\xfd\x80")
    result = run("parse", str(bad))
    assert result.exit_code == 1
    assert "offset" in result.stderr and "bad.txt" in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_not_a_notice_names_file_and_line(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# A project\n\nIt does things.\n", encoding="utf-8")
    result = run("parse", str(readme))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"castplan: error: {readme}:1:1: error: expected a work-plan")
    assert result.stderr.endswith("(not-a-notice)\n")


def test_unknown_option_is_a_usage_error() -> None:
    assert run("parse", SAMPLE, "--no-such-option").exit_code == 2


def test_file_and_sample_together_is_a_usage_error() -> None:
    assert run("parse", SAMPLE, "--sample").exit_code == 2


def test_warnings_go_to_stderr_and_do_not_fail(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text("一、總體要求\n1.第一項。措施。\n3.第三項。措施。\n", encoding="utf-8")
    result = run("parse", str(plan))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["sections"][0]["items"][1]["number"] == 3
    assert "expected item 2, found item 3 (item-number-gap)" in result.stderr


def test_check_prints_problems_and_exits_by_level(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text("一、總體要求\n1.第一項。措施。\n3.第三項。措施。\n", encoding="utf-8")
    result = run("check", str(plan))
    assert result.exit_code == 0
    assert f"{plan}:3:1: warning: expected item 2, found item 3 (item-number-gap)" in result.stdout
    assert "1 file(s) checked: 0 error(s), 3 warning(s)" in result.stderr
    assert run("check", "--strict", str(plan)).exit_code == 1
    assert run("check", SAMPLE).exit_code == 0


def test_schema_is_json_schema_of_the_output() -> None:
    schema = json.loads(run("schema").stdout)
    assert schema["title"] == "Notice"
    assert "sections" in schema["properties"]


def test_python_m_castplan_runs() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "castplan", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == f"castplan, version {__version__}"


def test_version_imports_no_command_and_nothing_of_the_library() -> None:
    """Start-up is measured in benchmarks/; what --version loads is counted here."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from castplan.cli import cli\n"
        "try:\n"
        "    cli(['--version'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('castplan'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.split()[-3:] == ["castplan", "castplan.cli", "castplan.cli.app"]
    assert len(done.stdout.split()) == 6  # castplan, version 1.x, then the three modules


def test_a_command_is_found_when_first_looked_up() -> None:
    assert "parse" in run("--help").output
    assert run("parse", "--sample").exit_code == 0


# --- many inputs, formats and encodings ----------------------------------------------


def _batch_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "plans"
    (folder / "sub").mkdir(parents=True)
    text = SAMPLE_PATH.read_text(encoding="utf-8")
    (folder / "a-2025.txt").write_bytes(SAMPLE_PATH.read_bytes())
    (folder / "b-broken.txt").write_bytes(b"")
    (folder / "sub" / "c-2025.txt").write_bytes(text.encode("big5"))
    (folder / "notes.md").write_text("not picked up", encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_streams_json_lines_in_order_with_error_records(tmp_path: Path, jobs: str) -> None:
    folder = _batch_dir(tmp_path)
    result = run("parse", str(folder), "-j", jobs, "-q")
    assert result.exit_code == 1  # one file failed; the others went through
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["source"]["path"]).name for r in records] == [
        "a-2025.txt",
        "b-broken.txt",
        "c-2025.txt",
    ]
    assert records[1] == {
        "source": {"path": str(folder / "b-broken.txt")},
        "error": {"code": "empty-input", "message": records[1]["error"]["message"]},
    }
    assert records[2]["source"]["encoding"] == "big5"
    assert records[0]["sections"] == records[2]["sections"]
    assert "b-broken.txt:1:1: error: expected a work-plan notice, found no text" in result.stderr
    assert "1 of 3 input(s) failed" in result.stderr


def test_batch_into_a_directory(tmp_path: Path) -> None:
    folder = _batch_dir(tmp_path)
    out = tmp_path / "out"
    result = run(
        "parse", str(folder / "a-2025.txt"), str(folder / "sub"), "-o", f"{out}/", "-f", "yaml"
    )
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["a-2025.yaml", "c-2025.yaml"]
    assert yaml.safe_load((out / "c-2025.yaml").read_text(encoding="utf-8"))["year"] == 2025


def test_batch_needs_a_stream_format(tmp_path: Path) -> None:
    folder = _batch_dir(tmp_path)
    result = run("parse", str(folder), "-f", "json")
    assert result.exit_code == 2
    assert "several inputs need --format jsonl" in result.stderr


def test_batch_to_a_jsonl_file(tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    result = run("parse", SAMPLE, SAMPLE, "-o", str(out))
    assert result.exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and lines[0] == lines[1]


@pytest.mark.parametrize("codec", ["gb18030", "big5", "utf-16"])
def test_stdin_in_any_encoding(codec: str) -> None:
    data = SAMPLE_PATH.read_text(encoding="utf-8").encode(codec)
    detected = json.loads(run("parse", "-", input=data).stdout)
    forced = json.loads(run("parse", "-", "--encoding", codec, input=data).stdout)
    assert detected["source"]["encoding"] == forced["source"]["encoding"]
    assert detected["sections"] == forced["sections"]
    assert len(detected["sections"]) == 9


def test_from_option_reads_html_on_stdin() -> None:
    text = SAMPLE_PATH.read_text(encoding="utf-8")
    page = (
        "<html><body>" + "".join(f"<p>{line}</p>" for line in text.splitlines()) + "</body></html>"
    )
    data = json.loads(run("parse", "-", "--from", "html", input=page.encode()).stdout)
    assert data["source"]["format"] == "html"
    assert sum(len(s["items"]) for s in data["sections"]) == 32


def test_check_known_departments(tmp_path: Path) -> None:
    known = tmp_path / "depts.txt"
    known.write_text("宣传文化部\n科学技术创新部\n", encoding="utf-8")
    result = run("check", SAMPLE, "--departments", str(known))
    assert result.exit_code == 0
    assert "names 國際合作部, which is not a known department (unknown-department)" in result.stdout
    assert "宣傳文化部, which" not in result.stdout  # matched across scripts
    assert run("check", SAMPLE, "--departments", str(known), "--strict").exit_code == 1


def test_check_reports_unreadable_files_and_goes_on(tmp_path: Path) -> None:
    image = tmp_path / "scan.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    result = run("check", str(image), SAMPLE)
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{image}:1:1: error: expected a text file, found a PNG image")
    assert "2 file(s) checked: 1 error(s), 0 warning(s)" in result.stderr


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_for_more_than_a_handful(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from castplan.output import progress

    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    with progress(20) as advance:
        for _ in range(20):
            advance()
    assert "parsing" in terminal.getvalue()

    for total, stream in ((5, _Terminal()), (20, io.StringIO())):
        monkeypatch.setattr("sys.stderr", stream)
        with progress(total) as advance:
            advance()
        assert stream.getvalue() == ""
