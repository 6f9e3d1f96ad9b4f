"""The plan body written every way real plans write it: numbering, levels, tags, wraps (variants of the 2025 plan)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import regex as re

from castplan import parse_notice
from castplan.script import to_simplified

from .helpers import (
    BASE,
    NOTICES,
    SAMPLE,
    TAG_RE,
    assert_lossless,
    same_items,
    spans_point_at_text,
)


@pytest.mark.parametrize("separator", ["、", "．", ". "])
def test_item_number_separators(separator: str) -> None:
    text = re.sub(r"^(\d+)\.", lambda m: m[1] + separator, SAMPLE, flags=re.MULTILINE)
    notice = parse_notice(text)
    same_items(notice)
    assert [i.number for i in notice.items()] == list(range(1, 33))


def renumber_per_section(text: str, marker: Callable[[int], str]) -> str:
    """Number each section's items from 1 again, written by ``marker``."""
    counter = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal counter
        if match["section"]:
            counter = 0
            return match[0]
        counter += 1
        return marker(counter)

    return re.sub(
        r"^(?:(?P<section>[一二三四五六七八九]、)|\d+\.)", replace, text, flags=re.MULTILINE
    )


def test_numbers_restarting_in_each_section() -> None:
    notice = parse_notice(renumber_per_section(SAMPLE, lambda n: f"{n}."))
    same_items(notice)
    assert [len(s.items) for s in notice.sections] == [4, 4, 4, 2, 2, 4, 4, 4, 4]
    assert notice.sections[1].items[0].number == 1
    assert notice.diagnostics == []


def test_items_written_as_chinese_numbered_entries() -> None:
    notice = parse_notice(
        renumber_per_section(SAMPLE, lambda n: f"（{'一二三四五六七八九'[n - 1]}）")
    )
    same_items(notice)
    assert all(i.group is None for i in notice.items())
    assert [i.marker for i in notice.sections[0].items] == ["（一）", "（二）", "（三）", "（四）"]


def test_top_level_sections_written_as_parenthesised_numerals() -> None:
    text = re.sub(r"^([一二三四五六七八九])、", r"（\1）", SAMPLE, flags=re.MULTILINE)
    notice = parse_notice(text)
    same_items(notice)
    assert [s.numeral for s in notice.sections] == list("一二三四五六七八九")


@pytest.mark.parametrize(
    ("replacement", "lead", "supporting"),
    [
        (r"(\g<dept>負責)", ["{dept}"], []),
        (r"（牵头单位：\g<dept>）", ["{dept}"], []),
        (r"(牽頭部門:\g<dept>;配合部門:辦公廳)", ["{dept}"], ["辦公廳"]),
        (r"(\g<dept>牽頭,辦公廳按職責分工負責)", ["{dept}"], ["辦公廳"]),
        ("\n牽頭單位:\\g<dept>", ["{dept}"], []),
        (
            "\n牵头单位：\\g<dept>\n责任单位：辦公廳,各省級科協",
            ["{dept}"],
            ["辦公廳", "各省級科協"],
        ),
        ("——\\g<dept>", ["{dept}"], []),
    ],
    ids=[
        "state-council",
        "full-width-unit",
        "with-supporting",
        "lead-and-by-duty",
        "own-line",
        "own-lines",
        "dash-tail",
    ],
)
def test_every_tag_style(replacement: str, lead: list[str], supporting: list[str]) -> None:
    text = TAG_RE.sub(replacement, SAMPLE)
    notice = parse_notice(text)
    for mine, base in zip(notice.items(), BASE.items(), strict=True):
        dept = base.lead_departments[0]
        assert mine.lead_departments == [d.format(dept=dept) for d in lead]
        assert mine.supporting_departments == supporting
        assert mine.title == base.title
        assert [m.text for m in mine.measures] == [m.text for m in base.measures]
    assert notice.diagnostics == []
    assert_lossless(text, notice)
    spans_point_at_text(text, notice)


# An item line whose tag closes it: marker, text, tag.
_ITEM_WITH_TAG_RE = re.compile(
    r"^(?P<marker>\d+\.)(?P<text>.*)\(牽頭部門:(?P<dept>[^()]+)\)$", re.MULTILINE
)


def test_a_tag_in_lenticular_brackets_may_open_the_items_text() -> None:
    # "1.【宣傳文化部】健全思想政治工作體系。…": the same units, title and measures.
    text = _ITEM_WITH_TAG_RE.sub(r"\g<marker>【\g<dept>】\g<text>", SAMPLE)
    assert text.count("【") == len(list(BASE.items()))
    notice = parse_notice(text)
    assert [
        (i.title, i.lead_departments, [m.text for m in i.measures]) for i in notice.items()
    ] == [(i.title, i.lead_departments, [m.text for m in i.measures]) for i in BASE.items()]
    assert notice.diagnostics == []
    assert_lossless(text, notice)
    spans_point_at_text(text, notice)
    # (a heading in such brackets names no unit: it stays in the title)
    (item,) = parse_notice(
        "江城市2025年工作要点\n一、重点任务\n1.【重点任务】加快成果转化。\n"
    ).items()
    assert (item.title, item.lead_departments) == ("【重点任务】加快成果转化", [])


def test_simplified_full_width_indented_official_copy() -> None:
    text = to_simplified(SAMPLE).translate(
        str.maketrans({",": "，", ":": "：", "(": "（", ")": "）"})
    )
    text = "\n".join("　　" + line if line else line for line in text.split("\n"))
    notice = parse_notice(text)
    assert notice.source.script == "simplified"
    assert notice.title == "中国科协2025年工作要点"
    assert [i.lead_departments[0] for i in notice.items()][24:28] == ["国际合作部"] * 4
    assert notice.diagnostics == []


def _hard_wrap(text: str, width: int) -> str:
    """What copying from a PDF gives: every line broken at the page width."""
    out = []
    for line in text.split("\n"):
        out += [line[i : i + width] for i in range(0, len(line), width)] or [""]
    return "\n".join(out)


@pytest.mark.parametrize("width", [16, 20, 35, 48, 64])
def test_hard_wrapped_plan_from_a_pdf(width: int) -> None:
    text = _hard_wrap(SAMPLE, width)
    notice = parse_notice(text)
    same_items(notice)
    for mine, base in zip(notice.items(), BASE.items(), strict=True):
        assert [m.text for m in mine.measures] == [m.text for m in base.measures]
        assert [t.text for m in mine.measures for t in m.targets] == [
            t.text for m in base.measures for t in m.targets
        ]
    assert [s.title for s in notice.sections] == [s.title for s in BASE.sections]
    assert [i.programmes for i in notice.items()] == [i.programmes for i in BASE.items()]
    assert [i.documents for i in notice.items()] == [i.documents for i in BASE.items()]
    assert notice.header is not None and BASE.header is not None
    assert notice.header.addressees == BASE.header.addressees
    assert notice.preamble == BASE.preamble
    assert notice.diagnostics == []
    assert_lossless(text, notice)
    spans_point_at_text(text, notice)
    wrapped = [m for i in notice.items() for m in i.measures if m.span.end_line > m.span.line]
    assert wrapped, "some measures run over two lines"


def test_half_width_group_and_sub_item_markers() -> None:
    text = (NOTICES / "provincial--groups-and-unit-lines.txt").read_text(encoding="utf-8")
    half = text.translate(str.maketrans({"（": "(", "）": ")", "：": ":", "，": ","}))
    full_tree = parse_notice(text)
    half_tree = parse_notice(half)
    assert [g.title for s in half_tree.sections for g in s.groups] == [
        "加强思想政治建设",
        "加强组织建设",
    ]
    assert [i.sub_items[0].marker for i in half_tree.items() if i.sub_items] == ["(1)"]
    assert [(i.title, i.lead_departments, i.supporting_departments) for i in half_tree.items()] == [
        (i.title, i.lead_departments, i.supporting_departments) for i in full_tree.items()
    ]


def _as_pasted_list(text: str) -> str:
    """The markers of each line as a word processor's list pastes them: one enclosed
    character for "（一）", "1." and "（1）" ("㈠", "⒈", "⑴")."""

    def enclosed(match: re.Match[str]) -> str:
        numeral, number, sub = match.group("numeral", "number", "sub")
        if numeral:
            return chr(0x321F + "一二三四五六七八九十".index(numeral) + 1)
        return chr(0x2487 + int(number)) if number else chr(0x2473 + int(sub))

    marker = r"(?<=^[\u3000 ]*)(?:（(?P<numeral>[一二三四五六七八九十])）|(?P<number>\d{1,2})[.．、]|（(?P<sub>\d{1,2})）)"
    return re.sub(marker, enclosed, text, flags=re.MULTILINE)


def test_markers_pasted_from_a_word_processors_list_read_as_their_levels() -> None:
    text = (NOTICES / "provincial--groups-and-unit-lines.txt").read_text(encoding="utf-8")
    pasted = _as_pasted_list(text)
    assert "㈡" in pasted and "⒈" in pasted and "⑴" in pasted
    typed, listed = parse_notice(text), parse_notice(pasted)
    assert_lossless(pasted, listed)
    assert [(g.number, g.numeral, g.title) for s in listed.sections for g in s.groups] == [
        (1, "㈠", "加强思想政治建设"),
        (2, "㈡", "加强组织建设"),
    ]
    assert [s.marker for i in listed.items() for s in i.sub_items] == ["⑴", "⑵"]
    assert [(s.number, s.text) for i in listed.items() for s in i.sub_items] == [
        (s.number, s.text) for i in typed.items() for s in i.sub_items
    ]
    assert [
        (i.number, i.title, i.lead_departments, i.supporting_departments) for i in listed.items()
    ] == [(i.number, i.title, i.lead_departments, i.supporting_departments) for i in typed.items()]


@pytest.mark.parametrize("close", ["）", ")"])
def test_numbers_closed_by_a_bracket_alone_are_the_fourth_level(close: str) -> None:
    # "1）" with no opening bracket reads as "（1）": sub-items under a "1." item,
    # items where the section has no "1." level.
    under = f"江城市2025年工作要点\n一、加强组织建设\n1.推进基层组织建设。\n1{close}健全组织。\n2{close}建强队伍。\n"
    (item,) = parse_notice(under).items()
    assert [s.marker for s in item.sub_items] == [f"1{close}", f"2{close}"]
    alone = (
        f"江城市2025年工作要点\n一、加强组织建设\n1{close}健全组织。（牵头部门：组织部）\n"
        f"2{close}建强队伍。（牵头部门：人事部）\n"
    )
    notice = parse_notice(alone)
    assert_lossless(alone, notice)
    assert [(i.marker, i.title, i.lead_departments) for i in notice.items()] == [
        (f"1{close}", "健全组织", ["组织部"]),
        (f"2{close}", "建强队伍", ["人事部"]),
    ]


OUTLINE = "(一)系列主场活动\n(二)成员单位特色活动\n(三)科普报告话前沿\n(四)做好总结\n"
OUTLINED_PLAN = (
    "江城市科协关于开展科普月活动的通知\n" + OUTLINE + "现将有关事项通知如下。\n一、活动内容\n"
    "(一)系列主场活动。举办启动仪式。（市科协负责）\n"
    "(二)成员单位特色活动。各成员单位组织活动。（市科技局负责）\n"
    "(三)科普报告话前沿。邀请院士作报告。（市科协负责）\n"
    "二、工作要求\n(一)做好总结。及时报送总结。\n"
)


@pytest.mark.parametrize(
    "text",
    [
        OUTLINED_PLAN,
        # An excerpt that stops after three of the outline's headings.
        OUTLINED_PLAN.split("二、工作要求")[0],
    ],
    ids=["whole", "cut-short"],
)
def test_an_outline_before_the_plan_is_its_table_of_contents(text: str) -> None:
    notice = parse_notice(text)
    contents = [c.text for c in notice.source.chrome if c.kind == "contents"]
    assert contents == OUTLINE.splitlines()
    assert [(s.number, s.title) for s in notice.sections][:1] == [(1, "活动内容")]
    assert [i.title for i in notice.items()][:3] == [
        "系列主场活动",
        "成员单位特色活动",
        "科普报告话前沿",
    ]
    assert "table-of-contents" in [d.code for d in notice.diagnostics]
    assert_lossless(text, notice)


PAGED_OUTLINE = (
    "一、总则... 1\n(一)指导思想... 1\n(二)基本原则... 1\n二、主要任务... 4\n"
    "(一)推动生活垃圾减量... 4\n三、保障措施... 17\n(一)加强组织领导... 17\n"
)


@pytest.mark.parametrize(
    "after",
    [
        # The plan's text right under its outline, its first heading first.
        "一、总则\n(一)指导思想\n以习近平新时代中国特色社会主义思想为指导。\n(二)基本原则\n坚持统筹推进。\n",
        # An excerpt that stops before the text: the page numbers tell the outline.
        "",
    ],
    ids=["with-text", "cut-before-text"],
)
def test_an_outline_with_leader_dots_and_pages(after: str) -> None:
    text = f"江城区“无废城市”建设实施方案(征求意见稿)\n目录\n{PAGED_OUTLINE}{after}"
    notice = parse_notice(text)
    assert_lossless(text, notice)
    contents = [c.text for c in notice.source.chrome if c.kind == "contents"]
    assert contents == PAGED_OUTLINE.splitlines()
    assert [(s.number, s.title) for s in notice.sections] == ([(1, "总则")] if after else [])


@pytest.mark.parametrize(
    "outline",
    [
        "一、总体要求3\n1.指导思想3\n2.基本原则4\n3.目标与部署5\n二、主要任务8\n"
        "1.造就一支科学家队伍9\n2.重点建设优秀科技创新团队10\n",
        # (or set after a space, every line apart: a PDF's copy that lost the dots)
        "一、区域综合评价 1\n\n(一)自然状况 1\n\n(二)经济社会概况 3\n\n二、机遇和挑战 5\n\n"
        "(一)重大机遇 5\n\n(二)主要挑战 7\n\n三、总体要求 8\n",
    ],
)
def test_an_outline_whose_pages_a_copy_glued_to_its_entries(outline: str) -> None:
    text = f"江城市中长期科技人才发展规划\n{outline}"
    notice = parse_notice(text)
    assert_lossless(text, notice)
    contents = [c.text for c in notice.source.chrome if c.kind == "contents"]
    assert contents == [line for line in outline.splitlines() if line]
    assert notice.sections == []


def test_an_outline_over_the_plans_title_is_its_table_of_contents() -> None:
    # A page that sets the outline first, then the title and the opening; the
    # excerpt stops before the headings it lists, so nothing echoes them.
    outline = (
        "一、聚焦根本任务\n1.以理论武装强化政治监督\n2.以清单管理细化监督内容\n"
        "二、突出纪律建设\n3.深化纪律教育\n4.加强警示震慑\n"
    )
    text = f"{outline}江城市委政法委2026年机关纪检工作要点\n2026年是“十五五”规划的开局之年。\n"
    notice = parse_notice(text)
    assert_lossless(text, notice)
    contents = [c.text for c in notice.source.chrome if c.kind == "contents"]
    assert contents == outline.splitlines()
    assert (notice.title, notice.year) == ("江城市委政法委2026年机关纪检工作要点", 2026)
    assert notice.sections == []
    # (short headings with text of their own under them are the plan, whatever follows)
    plan = text.replace("4.加强警示震慑\n", "4.加强警示震慑\n开展警示教育。\n")
    assert [s.title for s in parse_notice(plan).sections] == ["聚焦根本任务", "突出纪律建设"]


def test_headings_that_end_in_figures_out_of_order_are_the_plan() -> None:
    text = "江城市2025年工作要点\n一、建设基站300\n1.新建5G基站200\n2.改造基站100\n3.建设机房12\n4.建设站点20\n"
    notice = parse_notice(text)
    assert not [c for c in notice.source.chrome if c.kind == "contents"]
    assert [s.title for s in notice.sections] == ["建设基站300"]


def test_heading_lines_that_are_not_repeated_are_the_plan() -> None:
    text = (
        "江城市科协2025年工作要点\n一、主要任务\n(一)科技创新\n1.推进创新平台建设\n"
        "建设创新平台5个。（市科协负责）\n2.推进科普\n开展科普活动。\n"
    )
    notice = parse_notice(text)
    assert not [c for c in notice.source.chrome if c.kind == "contents"]
    assert [s.title for s in notice.sections] == ["主要任务"]
    assert [i.number for i in notice.items()] == [1, 2]
    assert_lossless(text, notice)


def test_dash_headings_group_the_numbered_items_under_them() -> None:
    text = (
        "江城区2019年政府工作报告责任分解方案\n一、勇立新时代潮头，在全面深化改革中释放活力\n"
        "——在深化供给侧结构性改革上保持定力\n1、加快推进园区建设。（牵头单位：区科技局）\n"
        "2、支持企业发展壮大。（牵头单位：区发改委）\n——在推进“放管服”改革上精准发力\n"
        "3、深化审批制度改革。（牵头单位：区政务中心）\n"
    )
    notice = parse_notice(text)
    section = notice.sections[0]
    assert [(g.number, g.numeral, g.title) for g in section.groups] == [
        (1, "——", "在深化供给侧结构性改革上保持定力"),
        (2, "——", "在推进“放管服”改革上精准发力"),
    ]
    assert [(i.number, i.group.title if i.group else None) for i in section.items] == [
        (1, "在深化供给侧结构性改革上保持定力"),
        (2, "在深化供给侧结构性改革上保持定力"),
        (3, "在推进“放管服”改革上精准发力"),
    ]
    assert_lossless(text, notice)


def test_dash_lines_with_no_numbered_items_are_the_items() -> None:
    text = "江城市2021年施政方针\n一、推动公共行政改革\n——精简架构。\n——优化服务。\n"
    notice = parse_notice(text)
    assert [(i.number, i.title) for i in notice.items()] == [(1, "精简架构"), (2, "优化服务")]
    assert notice.sections[0].groups == []


def test_a_run_in_heading_wrapped_onto_the_next_line_keeps_its_tag() -> None:
    text = (
        "江城省关于做好就业创业工作的实施意见\n一、深入实施就业优先战略\n"
        "(一)坚持扩大就业发展战略。把稳定和扩大就业作为经济运行的下限,建立公共投资带动就业的\n"
        "评估机制。同等条件下对创造就业岗位多的项目优先安排。(省发展改革委、省财政厅负责)\n"
        "(二)发挥小微企业吸纳就业作用。落实扶持政策。(省工业和信息化厅负责)\n"
    )
    notice = parse_notice(text)
    assert [(i.number, i.title, i.lead_departments) for i in notice.items()] == [
        (1, "坚持扩大就业发展战略", ["省发展改革委", "省财政厅"]),
        (2, "发挥小微企业吸纳就业作用", ["省工业和信息化厅"]),
    ]
    assert_lossless(text, notice)


def test_a_lone_converted_one_before_section_two_is_section_one() -> None:
    # A script converter wrote 壹 for 一 (壹定程度 too): 壹、 then 二、 is 一、 then 二、.
    text = (
        "江城省促進復工復產行動方案\n壹、工作目標\n受疫情壹定程度影響的地區要全力以赴。\n"
        "二、有序推進復工復產工作\n1.成立督查幫扶工作組。(責任單位:省發展改革委)\n"
    )
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert [(s.number, s.title) for s in notice.sections] == [
        (1, "工作目標"),
        (2, "有序推進復工復產工作"),
    ]


def test_tagged_paragraphs_under_a_heading_that_is_a_sentence_are_its_measures() -> None:
    # A task-division plan: the (一) heading states the task, each paragraph under it
    # carries out a part, with its own tag; the item's units are all of them.
    text = (
        "江城省人民政府办公厅关于落实《政府工作报告》重点工作部门分工的意见\n"
        "一、在新常态下保持经济持续健康发展\n\n"
        "(一)推动经济稳定健康发展,必须充分发挥消费、投资、出口均衡拉动作用。\n\n"
        "认真贯彻落实积极的财政政策。(省发展改革委、省财政厅等负责)\n\n"
        "发挥投资的关键作用。(省发展改革委、省交通运输厅等负责)\n\n"
        "发挥出口的支撑作用。(省商务厅等负责)\n\n"
        "(二)必须进一步拓展区域发展空间。\n\n"
        "扎实推进发展战略。(省发展改革委负责)\n"
    )
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert [(i.number, i.title, i.lead_departments) for i in notice.items()] == [
        (
            1,
            "推动经济稳定健康发展,必须充分发挥消费、投资、出口均衡拉动作用",
            ["省发展改革委", "省财政厅", "省交通运输厅", "省商务厅"],
        ),
        (2, "必须进一步拓展区域发展空间", ["省发展改革委"]),
    ]
    assert not [d for d in notice.diagnostics if d.code == "text-outside-item"]


def test_paragraphs_under_a_heading_alone_are_its_items() -> None:
    text = (
        "江城市科协2025年工作要点\n一、主要任务\n(一)科技创新\n"
        "加强理论武装。开展专题学习。（牵头部门：宣传文化部）\n"
        "推进科普工作。办好科技周。（牵头部门：科普部）\n"
    )
    notice = parse_notice(text)
    assert [(i.title, i.lead_departments) for i in notice.items()] == [
        ("加强理论武装", ["宣传文化部"]),
        ("推进科普工作", ["科普部"]),
    ]


def test_an_outline_with_leader_dots_and_no_pages_names_its_headings_without_them() -> None:
    # A cover's title, its span in years of the Republic of China era on the next
    # line, then a contents list the excerpt stops in: the list is all the plan shows.
    text = (
        "教育部中程施政計畫草案\n(98至101年度)\n中華民國97年7月編印\n目 錄\n"
        "壹、環境情勢分析與優先發展課題……………………\n一、環境情勢分析………………………………\n"
        "二、優先發展課題………………………………\n貳、現有計畫執行成效與資源分配檢討………………\n"
        "一、現有策略、計畫執行成效……………………\n二、資源分配檢討……………………………\n"
    )
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert (notice.title, notice.organization, notice.year) == (
        "教育部中程施政計畫草案(98至101年度)",
        "教育部",
        None,
    )
    assert [(s.title, [i.title for i in s.items]) for s in notice.sections] == [
        ("環境情勢分析與優先發展課題", ["環境情勢分析", "優先發展課題"]),
        ("現有計畫執行成效與資源分配檢討", ["現有策略、計畫執行成效", "資源分配檢討"]),
    ]


def test_offices_named_over_their_duties_group_the_items_they_lead() -> None:
    text = "\n".join(
        [
            "江城市红十字会2024年博爱周活动方案",
            "一、活动时间",
            "5月5日至12日。",
            "二、职责分工",
            "业务部:",
            "1、转发总会的通知。",
            "2、制作宣传资料。",
            "组青部：",
            "1、向团体会员单位下发通知。(办公室配合)",
        ]
    )
    notice = parse_notice(text)
    assert_lossless(text, notice)
    items = notice.sections[1].items
    assert [(i.group.title if i.group else None) for i in items] == ["业务部", "业务部", "组青部"]
    assert [i.lead_departments for i in items] == [["业务部"], ["业务部"], ["组青部"]]
    assert items[2].supporting_departments == ["办公室"]


@pytest.mark.parametrize(
    "line",
    [
        "具体要求:",  # no office's name
        "业务部负责以下工作:",  # a sentence, not a name alone
    ],
)
def test_a_line_over_items_that_names_no_office_alone_groups_nothing(line: str) -> None:
    text = f"江城市红十字会2024年活动方案\n一、职责分工\n{line}\n1、转发总会的通知。\n2、制作宣传资料。\n"
    items = parse_notice(text).sections[0].items
    assert [i.group for i in items] == [None, None]
    assert [i.lead_departments for i in items] == [[], []]


@pytest.mark.parametrize(
    ("lines", "titles"),
    [
        # The first group lost "(一", the group after it is (二).
        (
            [
                ")抓好粮油种植和单产提升。全面完成粮食生产任务。",
                "(二)抓好良田建设和耕地保护。谋划申报项目。",
            ],
            ["抓好粮油种植和单产提升", "抓好良田建设和耕地保护"],
        ),
        # The groups after (一) lost theirs, one after another.
        (
            [
                "(一)完善综合交通网络。加快建设。",
                ")全面推进交通强省建设。落实方案。",
                ")加快双城经济圈交通发展。落实协议。",
            ],
            ["完善综合交通网络", "全面推进交通强省建设", "加快双城经济圈交通发展"],
        ),
    ],
)
def test_a_group_heading_that_lost_its_bracket_and_numeral(
    lines: list[str], titles: list[str]
) -> None:
    text = "\n".join(["江城市农业农村局2025年工作要点", "一、坚决守牢粮食安全底线", *lines])
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert [i.title for i in notice.sections[0].items] == titles
    assert [i.number for i in notice.sections[0].items] == list(range(1, len(titles) + 1))
    assert "lost-numeral" in {d.code for d in notice.diagnostics}


@pytest.mark.parametrize(
    "lines",
    [
        # the rest of a bracket the line above leaves open
        [
            "(一)完善综合交通网络。按方案执行(详见附件",
            ")执行到位。",
            "(二)抓好良田建设。谋划项目。",
        ],
        # no group around it to number it by
        ["完善综合交通网络。", ")执行到位。"],
    ],
)
def test_a_line_opening_with_a_closing_bracket_is_no_lost_heading(lines: list[str]) -> None:
    text = "\n".join(["江城市农业农村局2025年工作要点", "一、坚决守牢粮食安全底线", *lines])
    notice = parse_notice(text)
    assert "lost-numeral" not in {d.code for d in notice.diagnostics}


def test_an_item_whose_text_opens_with_a_figure_run_into_its_marker() -> None:
    # "2.50个小区…" between items 1 and 3 is item 2, its text "50个小区…"; a figure
    # the items around it do not leave room for stays a figure of the text.
    text = (
        "江城区2022年实事项目\n一、民生实事\n"
        "1.既有多层住宅加装电梯新增400台。\n"
        "2.50个小区新增电动自行车充电设施。\n"
        "3.开设40个小学生爱心暑托班办班点。\n"
        "4.460个居村综合文化活动室提供文化活动。\n"
        "二、其他工作\n"
        "1.开展科普活动。\n"
        "3.5万名科技工作者参加活动。\n"
        "2.办好学术年会。\n"
    )
    notice = parse_notice(text)
    assert_lossless(text, notice)
    first, second = notice.sections
    assert [(i.number, i.marker, i.title) for i in first.items] == [
        (1, "1.", "既有多层住宅加装电梯新增400台"),
        (2, "2.", "50个小区新增电动自行车充电设施"),
        (3, "3.", "开设40个小学生爱心暑托班办班点"),
        (4, "4.", "460个居村综合文化活动室提供文化活动"),
    ]
    assert [i.number for i in second.items] == [1, 2]
    assert "3.5万名科技工作者参加活动。" in second.items[0].text
