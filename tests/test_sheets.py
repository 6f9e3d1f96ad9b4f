"""Workbooks (.xlsx, .xls, .ods): a task table read as the plan it sets out."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from castplan import parse_notice
from castplan.cli import cli
from castplan.load import notice_from_input, read_input
from castplan.model import Notice
from castplan.readers import input_format_for
from castplan.readers.sheet import _rows_of, _sheet_lines, _text
from castplan.readers.sniff import OLE_MAGIC

from .conftest import FIXTURES, SAMPLE_PATH

BINARY = FIXTURES / "binary"
TITLE = "中國科協2025年重點任務分工表"


def _tree(notice: Notice) -> list[tuple[object, ...]]:
    return [
        (s.number, s.title, [(i.number, i.title, i.lead_departments) for i in s.items])
        for s in notice.sections
    ]


def _sample() -> Notice:
    return parse_notice(SAMPLE_PATH.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["tasks-2025.xlsx", "tasks-2025.xls"])
def test_a_task_workbook_reads_as_the_plan_it_sets_out(name: str) -> None:
    # The table was made from the plan: sections as merged heading rows, each
    # lead department merged down over the items it leads in a run.
    notice = notice_from_input(read_input(BINARY / name))
    assert notice.source.format == "spreadsheet"
    assert notice.title == TITLE
    assert _tree(notice) == _tree(_sample())
    assert notice.diagnostics == []


def test_an_ods_workbook_loses_only_what_was_merged_down() -> None:
    # The reader gives no merged ranges for OpenDocument: a lead department
    # merged down stands in the first row of its run only, and every other
    # item of the run says it names none.
    notice = notice_from_input(read_input(BINARY / "tasks-2025.ods"))
    expected = _sample()
    got = [i for s in notice.sections for i in s.items]
    want = [i for s in expected.sections for i in s.items]
    assert [(i.number, i.title) for i in got] == [(i.number, i.title) for i in want]
    runs_continued = [
        w.number
        for s in expected.sections
        for v, w in zip(s.items, s.items[1:], strict=False)
        if v.lead_departments == w.lead_departments
    ]
    assert runs_continued  # the fixture has runs to lose
    assert [i.number for i in got if not i.lead_departments] == runs_continued
    assert all(
        g.lead_departments == w.lead_departments
        for g, w in zip(got, want, strict=True)
        if g.number not in runs_continued
    )
    assert {d.code for d in notice.diagnostics} == {"missing-lead-department"}


def test_a_folder_walk_reads_workbooks(tmp_path: Path) -> None:
    for name in ("tasks-2025.xlsx", "tasks-2025.xls", "tasks-2025.ods"):
        (tmp_path / name).write_bytes((BINARY / name).read_bytes())
    result = CliRunner().invoke(cli, ["parse", str(tmp_path), "--format", "jsonl", "-q"])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["title"] for r in records] == [TITLE] * 3


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bad.xlsx", b"PK\x03\x04" + bytes(range(256))),
        ("bad.xls", OLE_MAGIC + bytes(512)),
        ("empty.ods", b""),
    ],
)
def test_a_damaged_workbook_gives_one_line(name: str, data: bytes, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    out = tmp_path / "out.json"
    result = CliRunner().invoke(cli, ["parse", str(path), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"castplan: error: {path}: not a readable spreadsheet (Cannot detect file format)"
    ]
    assert not out.exists()


def test_workbooks_are_told_by_content_under_any_name() -> None:
    xlsx = (BINARY / "tasks-2025.xlsx").read_bytes()
    xls = (BINARY / "tasks-2025.xls").read_bytes()
    ods = (BINARY / "tasks-2025.ods").read_bytes()
    assert input_format_for("download", xlsx) == "spreadsheet"
    assert input_format_for("download", xls) == "spreadsheet"  # its Workbook stream
    assert input_format_for("download.php", ods) == "spreadsheet"
    assert input_format_for("download", (BINARY / "plan-2025.doc").read_bytes()) == "doc"
    assert input_format_for("plan.xlsm", xlsx) == "spreadsheet"


@pytest.mark.parametrize(
    ("grid", "merged", "rows"),
    [
        # a heading merged across the table stands once in its row
        (
            [["一、强化", "", ""], ["1", "推进", "市科技局"]],
            [((0, 0), (0, 2))],
            [["一、强化"], ["1", "推进", "市科技局"]],
        ),
        # a unit merged down stands in each row it covers
        (
            [["1", "推进", "市科技局"], ["2", "加强", ""]],
            [((0, 2), (1, 2))],
            [["1", "推进", "市科技局"], ["2", "加强", "市科技局"]],
        ),
        # a block merged both ways: down its rows, once in each
        ([["x", "", "a"], ["", "", "b"]], [((0, 0), (1, 1))], [["x", "a"], ["x", "b"]]),
        # a range reaching past the cells read is cut to them
        ([["1", "推进"]], [((0, 1), (5, 9))], [["1", "推进"]]),
        # empty cells at a row's end are dropped, empty cells inside kept
        ([["1", "", "市科技局", "", ""]], [], [["1", "", "市科技局"]]),
    ],
)
def test_merged_cells_are_read_as_a_word_tables_are(
    grid: list[list[str]],
    merged: list[tuple[tuple[int, int], tuple[int, int]]],
    rows: list[list[str]],
) -> None:
    assert _rows_of(grid, merged) == rows


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (3.0, "3"),  # Excel keeps a row's number as a float
        (2.5, "2.5"),
        (datetime.date(2025, 6, 30), "2025年6月30日"),
        (datetime.datetime(2025, 6, 30), "2025年6月30日"),
        (datetime.datetime(2025, 6, 30, 9, 30), "2025-06-30 09:30:00"),
        (None, ""),
        ("  市科技局 ", "市科技局"),
    ],
)
def test_cell_values_become_the_text_a_reader_sees(value: object, text: str) -> None:
    assert _text(value) == text


def test_a_header_in_two_rows_is_read_by_its_lower_row() -> None:
    # "责任单位" merged over "牵头单位 | 配合单位", 序号 and 重点工作 merged down both.
    grid = [
        ["2025年重点工作任务分解表", "", "", ""],
        ["序号", "重点工作", "责任单位", ""],
        ["", "", "牵头单位", "配合单位"],
        ["一、经济发展", "", "", ""],
        [1.0, "推进项目建设。", "市发改委", "市财政局"],
        [2.0, "扩大有效投资。", "", "各县区"],
    ]
    merged = [
        ((0, 0), (0, 3)),
        ((1, 0), (2, 0)),
        ((1, 1), (2, 1)),
        ((1, 2), (1, 3)),
        ((3, 0), (3, 3)),
        ((4, 2), (5, 2)),
    ]
    notice = parse_notice("\n".join(_sheet_lines(grid, merged)))
    assert notice.title == "2025年重点工作任务分解表"
    assert [
        (i.number, i.title, i.lead_departments, i.supporting_departments)
        for s in notice.sections
        for i in s.items
    ] == [
        (1, "推进项目建设", ["市发改委"], ["市财政局"]),
        (2, "扩大有效投资", ["市发改委"], ["各县区"]),
    ]
    assert notice.diagnostics == []
