"""Task tables flattened to text (cells one a line): rows read as items."""

from __future__ import annotations

import pytest

from castplan import parse_notice
from castplan.model import Notice

from .helpers import assert_lossless


def parse(text: str) -> Notice:
    notice = parse_notice(text)
    assert_lossless(text, notice)
    return notice


def rows(notice: Notice) -> list[tuple[int, str, list[str], list[str]]]:
    return [
        (i.number, i.title, i.lead_departments, i.supporting_departments) for i in notice.items()
    ]


PIPED = """\
2024年《政府工作报告》重点工作目标任务分解表
附件
序号 |
目标与任务 |
分 管 县领导 |
牵头责任单位 |
责任单位 |
80 |
加大普惠性托育供给,新增托位数400个以上。实施中小学办学能力提升工程。 |
俞 悦 |
县教育局 |
县各有关单位 |
81 |
保障职业学院秋季开学,探索职业教育赋能区域发展路径。 |
陆 明俞 悦 |
县教育局 |
县各有关单位 |
"""


def test_cells_closed_by_pipes_one_a_line() -> None:
    notice = parse(PIPED)
    assert notice.title == "2024年《政府工作报告》重点工作目标任务分解表"
    assert rows(notice) == [
        (80, "加大普惠性托育供给,新增托位数400个以上", ["县教育局"], ["县各有关单位"]),
        (81, "保障职业学院秋季开学,探索职业教育赋能区域发展路径", ["县教育局"], ["县各有关单位"]),
    ]
    first = next(notice.items())
    assert [m.text for m in first.measures] == ["实施中小学办学能力提升工程。"]
    assert first.span.line == 8 and first.span.end_line == 12
    assert (notice.sections[0].number, notice.sections[0].title) == (0, None)


# One cell a paragraph; 备注 left empty (so it vanishes), a heading row and a
# group row inside the table, and the 分管领导 column's people.
PARAGRAPHS = """\
2021年市政府工作报告部署工作责任分工

序号

重点工作

市政府

分管领导

牵头单位

配合单位

备注

强化科技创新支撑能力。

(一)

加强战略科技力量建设。

1

加快建设科技创新轴。

王 东

市科技局

黄埔区、南沙区政府

2

全力做好国家实验室筹建保障服务工作。

王 东

市科技局

市政府办公厅、市发展改革委
"""


def test_cells_one_a_paragraph_with_heading_rows() -> None:
    notice = parse(PARAGRAPHS)
    (section,) = notice.sections
    assert (section.number, section.numeral, section.title) == (1, None, "强化科技创新支撑能力")
    assert [(g.numeral, g.title) for g in section.groups] == [("一", "加强战略科技力量建设")]
    assert rows(notice) == [
        (1, "加快建设科技创新轴", ["市科技局"], ["黄埔区", "南沙区政府"]),
        (2, "全力做好国家实验室筹建保障服务工作", ["市科技局"], ["市政府办公厅", "市发展改革委"]),
    ]
    assert all(item.group is not None and item.group.numeral == "一" for item in notice.items())


@pytest.mark.parametrize(
    ("before", "page"),
    [
        ("加强战略科技力量建设。\n", "- 2 -\n"),  # under a group row, before its first row
        ("黄埔区、南沙区政府\n", "— 3 —\n"),  # between two rows
        ("\n1\n", "第2页 共5页\n"),  # between a row's number and its task
    ],
)
def test_a_pdfs_page_number_between_cells_is_in_no_cell(before: str, page: str) -> None:
    text = PARAGRAPHS.replace(before, before + page, 1)
    assert text != PARAGRAPHS
    notice = parse(text)
    (section,) = notice.sections
    assert [(g.numeral, g.title) for g in section.groups] == [("一", "加强战略科技力量建设")]
    assert rows(notice) == rows(parse(PARAGRAPHS))


# Every cell there, so the header's columns say what each holds: the project's
# name titles the row, its content gives the measures, 责任单位 leads.
FULL_ROWS = """\
江县2024年十大民生实事项目清单 |
||||||
|
序号 |
项目名称 |
建设地点 |
2024年建设内容 |
责任单位 |
|
1 |
中小学幼儿园基础设施提升改造项目 |
相关镇(街道) |
对中小学运动场地进行改造。 |
教体局 |
|
2 |
城北小学门前道路建设项目 |
纸坊街道 |
建成唐塔北路延伸段道路。 |
住建局 |
"""


def test_full_rows_read_by_their_columns() -> None:
    notice = parse(FULL_ROWS)
    assert rows(notice) == [
        (1, "中小学幼儿园基础设施提升改造项目", ["教体局"], []),
        (2, "城北小学门前道路建设项目", ["住建局"], []),
    ]
    assert [m.text for m in next(notice.items()).measures] == ["对中小学运动场地进行改造。"]


def test_a_unit_cell_broken_one_unit_a_line_stays_with_its_row() -> None:
    text = "\n".join(
        [
            "2016年民生实事目标任务分解表",
            *["序号", "民生实事", "责任单位", "完成时限"],
            *[
                "1",
                "启动东柳河城区段综合治理工程。",
                "县水务局",
                "县住建局",
                "县护城河指挥部",
                "12月底前",
            ],
            *["2", "新建2座人行天桥。", "县住建局", "9月投入使用"],
        ]
    )
    notice = parse(text)
    assert rows(notice) == [
        (1, "启动东柳河城区段综合治理工程", ["县水务局", "县住建局", "县护城河指挥部"], []),
        (2, "新建2座人行天桥", ["县住建局"], []),
    ]
    assert [i.deadline for i in notice.items()] == ["12月底前", "9月投入使用"]


def test_every_table_of_a_notice_is_read_and_text_between_closes_it() -> None:
    text = "\n".join(
        [
            "江城区2022年政府工作报告任务分解",
            "附件1",
            "2022年预期目标任务分解表",
            *["序号", "2022年预期目标", "责任单位"],
            *["1", "地区生产总值增长5.5%左右", "区发展改革委"],
            *["2", "固定资产投资增长6%左右", "区发展改革委"],
            "附件2",
            "2022年重点工作任务分解表",
            *["序号", "工作任务", "牵头单位", "配合单位"],
            *["1", "联动共建科学城。推动重点实验室落地。", "区科技局", "区财政局"],
        ]
    )
    notice = parse(text)
    assert rows(notice) == [
        (1, "地区生产总值增长5.5%左右", ["区发展改革委"], []),
        (2, "固定资产投资增长6%左右", ["区发展改革委"], []),
        (1, "联动共建科学城", ["区科技局"], ["区财政局"]),
    ]
    assert [p.text for p in notice.closing][:2] == ["附件2", "2022年重点工作任务分解表"]


def test_rows_whose_cells_share_a_line_split_by_spaces() -> None:
    text = "\n".join(
        [
            "江城区2023年政府工作报告重点工作任务分解表",
            "序号 重点工作任务 主要责任单位 协同配合单位 完成期限",
            "一、2023年经济社会发展的主要预期目标",
            "1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,各乡镇人民政府",
            "2 一般公共预算收入增长5%左右。 区财政局",
            "区税务局",
            "区政府有关部门,各乡镇人民政府、街道办事处。 2023年12月底",
            "3 新培育高新技术企业30家以上。 区科技局 区经信局、区财政局等区政府有关部门",
        ]
    )
    notice = parse(text)
    assert [s.title for s in notice.sections] == ["2023年经济社会发展的主要预期目标"]
    assert rows(notice) == [
        (1, "地区生产总值增长6.5%左右", ["区发改委"], ["区政府各部门", "各乡镇人民政府"]),
        # a lead cell broken one unit a line, then the supporting list
        (
            2,
            "一般公共预算收入增长5%左右",
            ["区财政局", "区税务局"],
            ["区政府有关部门", "各乡镇人民政府", "街道办事处"],
        ),
        (3, "新培育高新技术企业30家以上", ["区科技局"], ["区经信局", "区财政局"]),
    ]
    assert [i.deadline for i in notice.items()] == [None, "2023年12月底", None]


def test_a_table_that_cuts_across_the_cover_notice_is_read_as_text() -> None:
    # Rows between the letter's lines would leave the header holding them too.
    text = "\n".join(
        [
            "关于印发《江城区2023年工作要点》的通知",
            "各街道办事处:",
            "序号 重点工作任务 主要责任单位 协同配合单位",
            "1 推进项目建设。 区发改委 区财政局",
            "现将《江城区2023年工作要点》印发给你们,请认真贯彻落实。",
            "江城区人民政府办公室",
            "2023年3月1日",
            "江城区2023年工作要点",
            "一、重点任务",
            "1.推进项目建设。（区发展改革委负责）",
        ]
    )
    notice = parse(text)  # parse() asserts the lossless contract
    assert notice.header is not None and notice.header.issuer == "江城区人民政府办公室"
    assert [i.title for i in notice.items()] == ["推进项目建设"]


@pytest.mark.parametrize(
    "text",
    [
        # A 序号 line with no unit column after it is no task table.
        "江城市2024年工作要点\n序号\n名称\n1\n推进项目建设。\n一、重点任务\n1.推进项目建设。（市科技局负责）\n",
        # A table whose rows are not numbered is left to the rest of the grammar.
        "江城市2024年工作要点\n序号\n重点任务\n牵头单位\n推进项目建设。\n市科技局\n",
    ],
)
def test_what_is_no_task_table_stays_text(text: str) -> None:
    notice = parse(text)
    assert all(section.number != 0 or section.title is None for section in notice.sections)
    assert not any(item.marker.isdigit() for item in notice.items())


def test_a_group_heading_with_no_row_under_it_stays_text() -> None:
    # The excerpt stops after a heading row: its cells are the text after the table.
    text = (
        PARAGRAPHS
        + "\n3\n\n加快建设技术创新中心。\n\n王 东\n\n市科技局\n\n(二)\n\n推动产业升级。\n"
    )
    notice = parse(text)
    assert [i.number for i in notice.items()] == [1, 2, 3]
    assert [g.title for s in notice.sections for g in s.groups] == ["加强战略科技力量建设"]


def test_a_task_table_written_one_row_a_line_with_bars() -> None:
    text = (
        "江城县2025年食品安全重点工作任务清单\n"
        "| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |\n"
        "| 一、加大食品安全突出问题治理力度 | (一)强化源头治理 | 1.加强农用地土壤污染源头防控。 "
        "| 县分局牵头,各有关部门按照职责分工负责 | 2025年11月底前,并长期坚持 |\n"
        "| 2.持续开展农药科学施用增效行动。 | 县农业农村局 | 2025年11月底前 | ||\n"
        "| (二)严控农兽药残留超标 | 3.深入开展药物残留攻坚治理。 | 县农业农村局 | 2025年底前 | |\n"
    )
    notice = parse(text)
    assert [(s.number, s.title) for s in notice.sections] == [(1, "加大食品安全突出问题治理力度")]
    assert [
        (i.number, i.group.title if i.group else None, i.lead_departments, i.deadline)
        for i in notice.items()
    ] == [
        (1, "强化源头治理", ["县分局"], "2025年11月底前,并长期坚持"),
        (2, "强化源头治理", ["县农业农村局"], "2025年11月底前"),
        (3, "严控农兽药残留超标", ["县农业农村局"], "2025年底前"),
    ]
    assert next(notice.items()).supporting_departments == ["各有关部门"]


@pytest.mark.parametrize(
    ("header", "first", "second"),
    [
        # A unit cell that marks its lead: "市科技局（牵头）、市财政局".
        (
            "序号 | 工作任务 | 责任单位",
            "1 | 完善科技创新机制 | 市科技局（牵头）、市财政局",
            "2 | 落实资金保障 | 市财政局",
        ),
        # A column of the leaders of a level who answer for a task names persons.
        (
            "序号 | 工作任务 | 牵头市领导 | 牵头单位 | 配合单位",
            "1 | 完善科技创新机制 | 张三 | 市科技局 | 市财政局",
            "2 | 落实资金保障 | 李四 | 市财政局 | ",
        ),
    ],
)
def test_a_rows_lead_by_its_mark_or_past_a_leaders_column(
    header: str, first: str, second: str
) -> None:
    notice = parse(f"江城市2025年重点工作任务分工方案\n{header}\n{first}\n{second}\n")
    assert rows(notice) == [
        (1, "完善科技创新机制", ["市科技局"], ["市财政局"]),
        (2, "落实资金保障", ["市财政局"], []),
    ]


def test_a_task_cell_that_numbers_itself_as_its_row_does() -> None:
    # The number cell "1" and the task cell "1.地区生产总值…": one marker, the row's.
    text = (
        "江城区2024年重点工作任务分解表\n"
        "| 序号 | 工作任务 | 牵头单位 |\n"
        "| 1 | 1.地区生产总值增长5%以上。 | 区发改委 |\n"
        "| 2 | 2、城乡居民人均可支配收入增长5.5%。 | 区统计局 |\n"
        "| 3 | 一般公共预算收入增长3%。 | 区财政局 |\n"
    )
    notice = parse(text)
    assert [(i.number, i.title, i.lead_departments) for i in notice.items()] == [
        (1, "地区生产总值增长5%以上", ["区发改委"]),
        (2, "城乡居民人均可支配收入增长5.5%", ["区统计局"]),
        (3, "一般公共预算收入增长3%", ["区财政局"]),
    ]


def test_an_inspection_plans_rows_name_the_body_that_carries_them_out() -> None:
    text = (
        "2023年“双随机、一公开”抽查工作计划 | ||||\n"
        "序号 | 检查主体 | 年度计划名称 | 检查内容 | 计划开展时间 | 股室 |\n"
        "1 | 江城县市场监督管理局 | 对特种设备作业人员的行政检查 | 对特种设备作业人员的行政检查 "
        "| 1月—12月 | 特种设备股 |\n"
        "2 | 江城县市场监督管理局 | 对经营者价格活动的行政检查 | 对经营者价格活动的行政检查 "
        "| 1月—12月 | 价监股 |\n"
    )
    notice = parse(text)
    assert [(i.number, i.title, i.lead_departments, i.deadline) for i in notice.items()] == [
        (1, "对特种设备作业人员的行政检查", ["江城县市场监督管理局"], "1月—12月"),
        (2, "对经营者价格活动的行政检查", ["江城县市场监督管理局"], "1月—12月"),
    ]


def test_an_official_forms_long_labels_and_a_yes_or_no_column() -> None:
    # A label may carry a note in brackets; a column that asks a question names no
    # units even where its note says 牵头部门; a cell may hold its own numbered lines.
    text = (
        "序号 |\n检查事项 |\n具体检查对象(含数量)或“双随机”抽查对象(含总数及比例) |\n"
        "检查内容(项目) |\n检查时间安排 |\n承办机构 |\n"
        "是否属跨部门联合检查(如是,需写明牵头部门和配合部门) |\n备注 |\n"
        "1 |\n重点非煤矿山执法检查 |\n全市非煤矿山共58家 |\n"
        "1.安全管理人员配备情况;\n2.全员安全培训教育情况。\n|\n"
        "2025年2月至10月 |\n矿山安全监督管理科、执法监督科 |\n否 |\n重点检查 |\n"
        "2 |\n工贸企业安全生产监督检查 |\n全市工贸企业1751家 |\n"
        "1.安全生产责任制落实情况。\n|\n"
        "2025年3月至11月 |\n安全生产基础科 |\n否 |\n |\n"
    )
    notice = parse(text)
    assert [(i.number, i.title, i.lead_departments, i.deadline) for i in notice.items()] == [
        (1, "重点非煤矿山执法检查", ["矿山安全监督管理科", "执法监督科"], "2025年2月至10月"),
        (2, "工贸企业安全生产监督检查", ["安全生产基础科"], "2025年3月至11月"),
    ]


def test_a_labels_wrapped_note_alone_on_its_line_stays_a_label() -> None:
    # "责任股室" / "(单位)": the second half of a wrapped label is all note, read whole.
    text = (
        "序号\n指标\n工作任务\n完成时限\n责任领导\n责任股室\n(单位)\n备注\n"
        "1\n公共文化服务\n“两馆一站”免费开放服务人次较上年增长15%。\n12月底前\n张 三\n"
        "文化宣传股\n无\n"
        "2\n文化产业\n培育规模以上文化服务企业1家。\n11月底前\n张 三\n文化宣传股\n无\n"
        "3\n广电\n完成县级应急广播系统建设。\n10月底前\n李 四\n广电事业股\n无\n"
    )
    notice = parse(text)
    assert [(i.number, i.lead_departments, i.deadline) for i in notice.items()] == [
        (1, ["文化宣传股"], "12月底前"),
        (2, ["文化宣传股"], "11月底前"),
        (3, ["广电事业股"], "10月底前"),
    ]


def _inspection_rows(count: int) -> str:
    return "".join(
        f"{n}\n\n江城县文化和旅游局\n\n第{n}类场所\n\n对第{n}类场所遵守法律法规情况进行检查\n\n"
        f"《行政处罚法》\n\n详见频次表\n\n2026\n\n现场检查\n\n"
        for n in range(1, count + 1)
    )


INSPECTION_HEADER = (
    "江城县文化和旅游局2026年度涉企行政检查计划\n\n"
    "序号\n\n检查主体\n\n检查对象\n\n检查内容\n\n检查依据\n\n"
    "检查\n\n频次\n\n检查\n\n时间\n\n检查方式\n\n"
)


def test_header_cells_wrapped_over_two_lines_are_joined_by_the_rows_width() -> None:
    # "检查" / "频次": a narrow header cell pasted as two paragraphs. The rows,
    # eight cells each, say the header has eight columns, not ten.
    notice = parse(INSPECTION_HEADER + _inspection_rows(3))
    assert [(i.number, i.title, i.lead_departments, i.deadline) for i in notice.items()] == [
        (n, f"对第{n}类场所遵守法律法规情况进行检查", ["江城县文化和旅游局"], "2026")
        for n in range(1, 4)
    ]


def test_a_wrapped_header_over_too_few_rows_to_agree_is_still_read_row_by_row() -> None:
    # Two rows are too few to tell a wrapped header from rows that lost empty
    # cells: the header stays as read, and each row is still one item, lossless.
    notice = parse(INSPECTION_HEADER + _inspection_rows(2))
    assert [i.number for i in notice.items()] == [1, 2]
    assert all(i.span.line > 20 for i in notice.items())


def test_a_task_table_written_one_row_a_line_with_tabs() -> None:
    # A copy from a spreadsheet or a word processor sets its cells apart by tabs.
    text = (
        "江城市2025年重点工作任务分工\n"
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t推进科技创新,加快建设创新平台\t市科技局\t市财政局\t2025年底\n"
        "2\t扩大有效投资,加快项目建设\t市发改委\t市财政局、市自然资源局\t2025年6月底前\n"
    )
    notice = parse(text)
    assert [
        (i.number, i.title, i.lead_departments, i.supporting_departments, i.deadline, i.span.line)
        for i in notice.items()
    ] == [
        (1, "推进科技创新,加快建设创新平台", ["市科技局"], ["市财政局"], "2025年底", 3),
        (
            2,
            "扩大有效投资,加快项目建设",
            ["市发改委"],
            ["市财政局", "市自然资源局"],
            "2025年6月底前",
            4,
        ),
    ]


def test_a_tab_table_whose_rows_stand_under_headings_of_their_own() -> None:
    # A merged cell's heading is copied as a line with no tabs between the rows.
    text = (
        "江城市2025年重点工作任务分工方案\n"
        "序号\t重点任务\t牵头单位\t责任单位\n"
        "一、稳增长\n"
        "1\t推进重点项目建设\t市发改委\t市财政局\n"
        "2\t优化营商环境\t市政务办\t市市场监管局\n"
        "二、惠民生\n"
        "3\t办好民生实事\t市民政局\t各区政府\n"
        "全年计划完成投资10亿元。\n"
    )
    notice = parse(text)
    assert_lossless(text, notice)
    assert [
        (s.number, s.title, [(i.number, i.lead_departments) for i in s.items])
        for s in notice.sections
    ] == [
        (1, "稳增长", [(1, ["市发改委"]), (2, ["市政务办"])]),
        (2, "惠民生", [(3, ["市民政局"])]),
    ]


def test_rows_with_bars_under_a_section_heading_are_its_items() -> None:
    # The table stands right under the text's 一、 heading: its rows are that
    # section's items; each row's span holds its number cell too.
    text = (
        "一、10件民生实事任务分解表\n"
        "序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |\n"
        "1 | 推动义务教育优质均衡发展,完成二中迁建项目。 | 张三 | 县教体局 各相关乡镇政府 | 已完成。 |\n"
        "2 | 推进县域综合医改试点工作。 | 张三 | 县卫健委 | 正在推进。 |\n"
    )
    notice = parse(text)
    assert [(s.number, s.title) for s in notice.sections] == [(1, "10件民生实事任务分解表")]
    assert [(i.number, i.title, i.lead_departments) for i in notice.items()] == [
        (1, "推动义务教育优质均衡发展,完成二中迁建项目", ["县教体局", "各相关乡镇政府"]),
        (2, "推进县域综合医改试点工作", ["县卫健委"]),
    ]
    first = next(notice.items())
    assert text[first.span.start : first.span.end].startswith("1 | 推动")


def test_a_table_before_the_texts_last_section_keeps_the_pages_order() -> None:
    text = (
        "江城区2024年重点工作目标任务分解落实方案\n"
        "序号 | 重点工作目标任务 | 责任单位 |\n"
        "一、主要预期目标 | | |\n"
        "1 | 地区生产总值增长5%以上。 | ★区发改委、统计局 |\n"
        "2 | 一般公共预算收入增长6%以上。 | 区财政局 |\n"
        "以下为其他重点工作。\n"
        "二、加快项目建设\n3.推进重点项目。(区发改委负责)\n"
    )
    notice = parse(text)
    assert [(s.number, s.title) for s in notice.sections] == [
        (1, "主要预期目标"),
        (2, "加快项目建设"),
    ]
    # (a star the table marks a unit with is no part of its name)
    assert next(notice.items()).lead_departments == ["区发改委", "统计局"]


def test_a_section_row_with_a_roles_cell() -> None:
    text = (
        "工作任务 | 具体要求 | 责任部门 |\n"
        "一、做好财政信息公开。 | 1.积极推进本中心预算、决算公开。 | 财务科 |\n"
        "二、做好网站专栏信息公开。 | 2.及时更新网站频道信息。 | 办公室 |\n"
        "3.及时更新微信公众号信息。 | 办公室牵头,各科室配合 | |\n"
    )
    assert rows(parse(text)) == [
        (1, "积极推进本中心预算、决算公开", ["财务科"], []),
        (2, "及时更新网站频道信息", ["办公室"], []),
        (3, "及时更新微信公众号信息", ["办公室"], ["各科室"]),
    ]


# A category column before the number: its merged cell stands once, before the
# first row it covers; the number column's label may be lost with the grid.
CATEGORY = """\
{category}
|
{number}具体措施
|
责任单位
|
完成时限
|
加强科普阵地建设工作
|
1
|
新建社区科普e站10个。
|
市科协
|
年底前
|
2
|
推动科技馆免费开放,提升服务水平。
|
市科技馆
|
持续推进
|
培育科普人才队伍
|
3
|
举办科普讲解大赛。
|
市科协、市教育局
|
9月底前
|
"""


@pytest.mark.parametrize("category", ["工作任务", "重点任务"])
@pytest.mark.parametrize("number", ["", "序号\n|\n"])
def test_a_category_column_before_the_number_groups_its_rows(category: str, number: str) -> None:
    text = CATEGORY.format(category=category, number=number)
    notice = parse(text)
    assert [
        (i.number, i.group.title if i.group else None, i.title, i.lead_departments, i.deadline)
        for i in notice.items()
    ] == [
        (1, "加强科普阵地建设工作", "新建社区科普e站10个", ["市科协"], "年底前"),
        (2, "加强科普阵地建设工作", "推动科技馆免费开放,提升服务水平", ["市科技馆"], "持续推进"),
        (3, "培育科普人才队伍", "举办科普讲解大赛", ["市科协", "市教育局"], "9月底前"),
    ]
    (section,) = notice.sections
    assert [(g.number, g.numeral, g.title) for g in section.groups] == [
        (1, "", "加强科普阵地建设工作"),
        (2, "", "培育科普人才队伍"),
    ]


def test_an_extract_of_a_table_keeps_its_row_numbers_and_empty_sections() -> None:
    # A bureau's extract of a district table: rows 3, 68, 69, and the sections
    # between with no row of its own.
    text = (
        "江城区教育局2025年重点工作任务分解表\n\n序号\n\n重点工作任务\n\n主要责任单位\n\n"
        "协同配合单位\n\n一、主要预期目标\n\n3\n\n固定资产投资增长7.5%左右。\n\n区发改委\n\n"
        "区教育局、区卫健委。\n\n二、全力以赴扩投资\n\n三、全力以赴惠民生\n\n68\n\n"
        "持续推进学前教育普及普惠。\n\n区教育局\n\n区政府有关部门。\n\n69\n\n"
        "积极引进优质教育资源。\n\n区教育局\n\n区投资促进中心。\n"
    )
    notice = parse(text)
    assert [(s.number, s.title, [i.number for i in s.items]) for s in notice.sections] == [
        (1, "主要预期目标", [3]),
        (2, "全力以赴扩投资", []),
        (3, "全力以赴惠民生", [68, 69]),
    ]
    assert rows(notice)[1] == (68, "持续推进学前教育普及普惠", ["区教育局"], ["区政府有关部门"])


def test_an_outline_table_with_a_lead_and_a_responsible_column() -> None:
    # Rows are the plan's own outline; under 牵头单位 / 责任单位 a row's first cell of
    # names leads and the next supports.  The column's head is no part of the title.
    text = (
        "2024年政府工作报告主要工作任务分解表\n主要工作任务\n牵头单位\n责任单位\n"
        "一、优结构、谋发展,在加快构建现代化产业体系上冲在前\n"
        "1.主动对接国家战略,完善现代化产业体系。\n区发改局\n区工信局、区商务局、各街道办事处\n"
        "2.大力发展新兴数字产业。\n区工信局\n区发改局\n"
    )
    notice = parse(text)
    assert notice.title == "2024年政府工作报告主要工作任务分解表"
    assert rows(notice) == [
        (
            1,
            "主动对接国家战略,完善现代化产业体系",
            ["区发改局"],
            ["区工信局", "区商务局", "各街道办事处"],
        ),
        (2, "大力发展新兴数字产业", ["区工信局"], ["区发改局"]),
    ]


TARGETS = """\
2025年《政府工作报告》主要目标任务责任分解表
序号
目标名称
工 作 标 准
区政府
分管领导
牵头单位
配合单位
1
全年经济社会发展的主要预期目标
(1)地区生产总值增长5%左右。
张 明
区发改局
开发区
城南街道
(新城片区)
(2)一般公共预算收入稳定增长。
区财政局
(3)居民人均可支配收入与经济增长同步。
(4)安全生产形势平稳向好。
李晓东
区应急管理局
(安委办)
区安委会各成员单位
2
坚持城乡并进,推动功能融合提质
提升老城
品质
(5)加快历史街区保护利用。年内完成街区改造两处。
王 华
区住建局
区文旅局
"""


def test_a_table_of_targets_reads_each_target_as_a_section_and_its_standards_as_items() -> None:
    # A target row lists its standards "(1)…" under its name, each with the leader in
    # charge and its units: the first unit leads, the rest support.  A standard with
    # no unit after it shares a merged cell the table does not place: no unit.
    notice = parse(TARGETS)
    assert [(s.number, s.title) for s in notice.sections] == [
        (1, "全年经济社会发展的主要预期目标"),
        (2, "坚持城乡并进,推动功能融合提质"),
    ]
    assert rows(notice) == [
        (1, "地区生产总值增长5%左右", ["区发改局"], ["开发区", "城南街道(新城片区)"]),
        (2, "一般公共预算收入稳定增长", ["区财政局"], []),
        (3, "居民人均可支配收入与经济增长同步", [], []),
        (4, "安全生产形势平稳向好", ["区应急管理局(安委办)"], ["区安委会各成员单位"]),
        (5, "加快历史街区保护利用", ["区住建局"], ["区文旅局"]),
    ]
    # (a category cell before a target's standards, broken over lines, groups them)
    second = notice.sections[1]
    assert [(g.numeral, g.title) for g in second.groups] == [("", "提升老城品质")]
    assert second.items[0].group is not None and second.items[0].group.title == "提升老城品质"
    assert [m.text for m in second.items[0].measures] == ["年内完成街区改造两处。"]
    assert notice.sections[0].items[0].marker == "(1)"


def test_a_numbered_list_of_tasks_a_cell_a_line_with_its_progress() -> None:
    # "序号" / "|" / "工作任务" / "|" / "二季度完成情况": a quarter's report on a list of
    # tasks; each numbered row's task is an item, the progress beside it no part of it,
    # and the header's cells no title.
    text = (
        "序号\n|\n工作任务\n|\n二季度完成情况\n|\n"
        "1\n|\n围绕高新技术企业培育,助力高质量发展。全区高新技术企业总量达到160家。\n|\n"
        "完成第三批高新技术企业申报工作。\n|\n"
        "2\n|\n加强科学技术普及,推动全民科学素质提升。\n|\n"
        "举办全国科普日活动启动仪式。\n|\n"
        "3\n|\n深化科技特派员制度,赋能乡村振兴。\n|\n完成示范基地绩效评估。\n|\n"
    )
    notice = parse(text)
    assert notice.title is None
    assert [(i.number, i.title, i.lead_departments) for i in notice.items()] == [
        (1, "围绕高新技术企业培育,助力高质量发展", []),
        (2, "加强科学技术普及,推动全民科学素质提升", []),
        (3, "深化科技特派员制度,赋能乡村振兴", []),
    ]


def test_a_numbered_schedule_with_no_unit_column() -> None:
    notice = parse(
        "江城市2021年群众体育赛事活动计划 |\n|||\n序号 |\n赛事名称 |\n时间 |\n备注 |\n"
        "1 |\n江城市省市县三级联赛 |\n6-12月 |\n|\n"
        "2 |\n元旦长跑比赛 |\n1月 |\n|\n"
        "3 |\n江城市职工乒乓球比赛 |\n5月 |\n"
    )
    assert [(i.number, i.title, i.deadline, i.lead_departments) for i in notice.items()] == [
        (1, "江城市省市县三级联赛", "6-12月", []),
        (2, "元旦长跑比赛", "1月", []),
        (3, "江城市职工乒乓球比赛", "5月", []),
    ]
