"""Task tables (任务分工表) in Word files and web pages read as plan items."""

from __future__ import annotations

from pathlib import Path

import pytest

from castplan.grammar.tables import task_columns
from castplan.load import RawInput, notice_from_input
from castplan.readers.tables import table_lines

HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
ROWS = [
    ["一、夯实基层组织"] * 5,
    ["1", "推进社区科协建设。新建社区科协15个。", "区科协组织部", "各街道", "2025年10月底"],
    ["2", "开展科普进社区活动", "区科协科普部", "", "全年"],
    ["二、服务创新发展"] * 5,
    [
        "3",
        "组织专家服务企业。服务企业不少于50家。",
        "区科协学会部",
        "区工信局、区科技局",
        "2025年12月",
    ],
]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (HEADER, (0, 1, 2, 3, 4)),
        (["序号", "工作任务", "责任单位", "完成时间"], (0, 1, 2, -1, 3)),
        (["編號", "重點任務", "牽頭部門", "責任單位", "時限"], (0, 1, 2, 3, 4)),
        (["任务内容", "主责部门", "协办部门"], (-1, 0, 1, 2, -1)),
        # A column of the leaders who answer for a task names persons, no units.
        (["序号", "具体工作任务和要求", "责任领导", "责任单位", "落实情况"], (0, 1, 3, -1, -1)),
        (["序号", "重点任务", "牵头领导", "牵头单位", "完成时限"], (0, 1, 3, -1, 4)),
        (["序号", "重点任务", "牵头市领导", "牵头单位", "完成时限"], (0, 1, 3, -1, 4)),
        # An inspection plan names the body that carries out each row.
        (["序号", "检查主体", "年度计划名称", "检查内容", "计划开展时间"], (0, 3, 1, -1, 4)),
        (["序号", "抽查任务名称", "抽查事项", "实施时间", "实施单位"], (0, 1, 4, -1, 3)),
        # A numbered schedule with no units: each row an event and when it is held.
        (["序号", "赛事名称", "时间", "备注"], (0, 1, -1, -1, 2)),
        (["序号", "活动内容", "时间安排"], (0, 1, -1, -1, 2)),
        # A numbered list of tasks alone, its other column the progress made.
        (["序号", "工作任务", "二季度完成情况"], (0, 1, -1, -1, -1)),
        (["序号", "重点任务", "进展情况"], (0, 1, -1, -1, -1)),
        # A column that asks a yes-or-no question names no units, whatever its note says.
        (
            ["序号", "检查事项", "承办机构", "是否属跨部门联合检查(如是,需写明牵头部门和配合部门)"],
            (0, 1, 2, -1, -1),
        ),
    ],
)
def test_task_columns(header: list[str], expected: tuple[int, ...]) -> None:
    columns = task_columns(header)
    assert columns is not None
    assert (
        columns.number,
        columns.task,
        columns.lead,
        columns.support,
        columns.deadline,
    ) == expected


@pytest.mark.parametrize(
    "header",
    [
        ["姓名", "单位", "职务"],
        ["序号", "名称"],
        ["中國科協辦公廳　2025年2月28日印發"],
        # (a table of figures names no time to carry anything out)
        ["序号", "指标名称", "2020年", "2025年"],
        # (a column of work that names no tasks, and no time, is no list of tasks)
        ["序号", "工作内容", "完成情况"],
        ["赛事名称", "时间", "备注"],
    ],
)
def test_other_tables_are_not_task_tables(header: list[str]) -> None:
    assert task_columns(header) is None
    assert table_lines([header, ["a", "b"]])[0] == "\t".join(header)


def test_task_rows_are_written_as_items() -> None:
    assert table_lines([HEADER, *ROWS]) == [
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
        "一、夯实基层组织",
        "1.推进社区科协建设。新建社区科协15个。（牵头单位：区科协组织部；配合单位：各街道；完成时限：2025年10月底）",
        "2.开展科普进社区活动（牵头单位：区科协科普部；完成时限：全年）",
        "二、服务创新发展",
        "3.组织专家服务企业。服务企业不少于50家。（牵头单位：区科协学会部；配合单位：区工信局、区科技局；完成时限：2025年12月）",
    ]


def _check_plan(notice: object) -> None:
    from castplan.model import Notice

    assert isinstance(notice, Notice)
    assert notice.title == "某区科协2025年工作要点"
    assert [s.title for s in notice.sections] == ["夯实基层组织", "服务创新发展"]
    assert [
        (i.number, i.title, i.lead_departments, i.supporting_departments, i.deadline)
        for i in notice.items()
    ] == [
        (1, "推进社区科协建设", ["区科协组织部"], ["各街道"], "2025年10月底"),
        (2, "开展科普进社区活动", ["区科协科普部"], [], "全年"),
        (3, "组织专家服务企业", ["区科协学会部"], ["区工信局", "区科技局"], "2025年12月"),
    ]
    assert [t.text for i in notice.items() for m in i.measures for t in m.targets] == [
        "15个",
        "不少于50家",
    ]


def test_word_task_table(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("某区科协2025年工作要点")
    table = document.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    for col, text in enumerate(HEADER):
        table.cell(0, col).text = text
    for row_index, row in enumerate(ROWS, start=1):
        if len(set(row)) == 1:  # a heading merged across the table
            merged = table.cell(row_index, 0).merge(table.cell(row_index, len(HEADER) - 1))
            merged.text = row[0]
            continue
        for col, text in enumerate(row):
            table.cell(row_index, col).text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    _check_plan(notice_from_input(RawInput(str(path), path.read_bytes())))


def test_web_page_task_table() -> None:
    def row_html(row: list[str]) -> str:
        if len(set(row)) == 1:
            return f'<tr><td colspan="5">{row[0]}</td></tr>'
        return "<tr>" + "".join(f"<td><p>{cell}</p></td>" for cell in row) + "</tr>"

    page = (
        "<html><body><h1>某区科协2025年工作要点</h1><table>"
        + "<tr>"
        + "".join(f"<th>{cell}</th>" for cell in HEADER)
        + "</tr>"
        + "".join(row_html(row) for row in ROWS)
        + "</table></body></html>"
    )
    _check_plan(notice_from_input(RawInput("plan.html", page.encode())))


def test_layout_tables_of_old_sites_are_read_as_running_text() -> None:
    from .conftest import SAMPLE_PATH

    lines = [line for line in SAMPLE_PATH.read_text(encoding="utf-8").splitlines() if line]
    article = "".join(f"<p>{line}</p>" for line in lines)
    page = (
        "<html><body><table><tr><td><a href='/'>首页</a></td></tr>"
        f"<tr><td><table><tr><td>{article}</td></tr></table></td></tr></table></body></html>"
    )
    notice = notice_from_input(RawInput("old-site.html", page.encode()))
    assert len(list(notice.items())) == 32
    assert notice.title == "中國科協2025年工作要點"
    assert notice.header is not None and notice.header.issuer == "中國科協辦公廳"
