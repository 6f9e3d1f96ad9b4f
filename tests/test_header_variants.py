"""The cover notice and title written every way real plans write them: numbers, signatures, titles, metadata."""

from __future__ import annotations

import datetime as dt

import pytest

from castplan import parse_notice
from castplan.grammar.header import listed_issuers
from castplan.grammar.patterns import ISSUER_RE

from .helpers import (
    LINES_2025,
    SAMPLE,
    assert_lossless,
    same_items,
)

# The 2025 plan's text under its notice and title: a body for headers written above it.
PLAN_TEXT = "\n".join(LINES_2025[5:])


def test_header_variants_of_the_2025_plan() -> None:
    lines = SAMPLE.split("\n")
    text = "\n".join(
        [
            "科协办发〔2025〕3号",
            "中國科協辦公廳關於印發《中國科協2025年工作要點》的通知",
            *lines[:3],
            "（中國科協辦公廳代章）",
            lines[3],
            "（此件主動公開）",
            "中國科協",
            "2025年工作要點",
            *lines[5:],
            "（聯繫人：王某，電話：010-00000000）",
        ]
    )
    notice = parse_notice(text)
    header = notice.header
    assert header is not None
    assert header.doc_number == "科协办发〔2025〕3号"
    assert header.notice_title == "中國科協辦公廳關於印發《中國科協2025年工作要點》的通知"
    assert header.seal == "中國科協辦公廳代章"
    assert header.disclosure == "（此件主動公開）"
    assert (header.issuer, header.date) == ("中國科協辦公廳", dt.date(2025, 2, 28))
    assert notice.title == "中國科協2025年工作要點"
    assert [p.text for p in notice.closing] == ["（聯繫人：王某，電話：010-00000000）"]
    same_items(notice)
    assert notice.diagnostics == []
    assert_lossless(text, notice)


def test_doc_number_glued_to_the_notice_title() -> None:
    text = "穗府办[2016]29号关于印发《中國科協2025年工作要點》的通知\n" + SAMPLE
    header = parse_notice(text).header
    assert header is not None
    assert header.doc_number == "穗府办[2016]29号"
    assert header.notice_title == "关于印发《中國科協2025年工作要點》的通知"


def test_government_site_metadata_box_is_chrome() -> None:
    lines = [
        "索引号：000014349/2024-00052",
        "主题分类：科技、教育\\科技",
        "发文机关：国务院办公厅",
        "成文日期：2024年05月06日",
        "发文字号：国办发〔2024〕21号",
        "发布日期：2024年05月10日",
    ]
    notice = parse_notice("\n".join([*lines, SAMPLE]))
    assert [c.kind for c in notice.source.chrome] == ["metadata"] * 6
    assert notice.header is not None and notice.header.date == dt.date(2025, 2, 28)
    same_items(notice)


def test_a_provincial_portals_bulleted_metadata_box_is_chrome() -> None:
    # Each label on a bullet line of its own, its value below; the registration
    # number left empty.
    lines = [
        "  • 信息索引号:",
        "",
        "    11330922090963010M/2021-27971",
        "",
        "  • 成文日期:",
        "",
        "    2021-02-22",
        "",
        "  • 文件登记号:",
        "",
        "  • 有效性:",
        "",
        "    有效",
        "",
    ]
    notice = parse_notice("\n".join([*lines, SAMPLE]))
    labels = [c.text for c in notice.source.chrome if c.kind == "metadata"]
    assert labels == ["• 信息索引号:", "• 成文日期:", "• 文件登记号:", "• 有效性:"]
    same_items(notice)


@pytest.mark.parametrize("line", ["  • 點擊:371", "点击:371", "点击量：12", "访问次数: 88"])
def test_a_count_of_visits_is_chrome_and_the_number_under_the_title_is_read(line: str) -> None:
    # A document issued as itself: its title, the page's counts, then its 文号.
    text = (
        "江城省人民政府办公厅关于全面治理拖欠农民工工资问题的实施意见\n"
        f"{line}\n江政办发〔2016〕46号\n各市、自治州人民政府,省政府有关部门:\n"
        "为贯彻落实《意见》精神,现提出以下实施意见。\n一、目标任务\n按照要求,牢固树立发展理念。\n"
    )
    notice = parse_notice(text)
    assert [c.kind for c in notice.source.chrome] == ["tools"]
    assert notice.header is not None and notice.header.doc_number == "江政办发〔2016〕46号"


def test_a_pages_publisher_signs_a_notice_that_has_no_header_of_its_own() -> None:
    text = (
        "发布机构:江城市司法局\n2015年全市社区矫正工作要点\n"
        "一、重点任务\n1.推进项目建设。全年完成投资10亿元。（市发展改革委负责）\n"
    )
    notice = parse_notice(text)
    assert notice.header is not None and notice.header.issuer == "江城市司法局"
    assert notice.title_span is not None
    assert notice.header.span.start == notice.header.span.end == notice.title_span.start


def test_a_metadata_box_that_lost_its_cell_borders_is_chrome() -> None:
    # Labels run into their values and into each other; the 发文日期 dates the plan.
    lines = [
        "发布时间: 字体:",
        "索引号000014349/2022-4070856主题分类",
        "发布机构发文日期2022年11月16日",
        "文号是否有效",
        "标题江城县领导小组办公室关于印发《江城县2022年工作方案》的通知",
    ]
    notice = parse_notice("\n".join([*lines, "江城县2022年工作方案", *SAMPLE.split("\n")[5:]]))
    assert [c.kind for c in notice.source.chrome] == ["published", *["metadata"] * 4]
    assert notice.header is not None and notice.header.date == dt.date(2022, 11, 16)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("发布 2020-06-05 23:56:28 阅读 5476", dt.date(2020, 6, 5)),
        ("点击量:1570 发布于:2019-01-14 04:42", dt.date(2019, 1, 14)),
        ("来源:区农业农村局   2021-12-27 15:48   浏览量:1   | | | |", dt.date(2021, 12, 27)),
        ("编稿时间:2017-03-21 01:10 来源:未知   作者:作者    浏览量:1", dt.date(2017, 3, 21)),
        # A date with the page's source or the paper's weekday after it.
        ("2021年02月26日 来源: 上海普陀", dt.date(2021, 2, 26)),
        ("2021年01月06日 星期三", dt.date(2021, 1, 6)),
        # Fields in brackets, the page's tools first.
        ("【字体:[大][中][小] 】【发布时间:2021-07-26】 【作者:管理员】", dt.date(2021, 7, 26)),
        # The site's name and address, the address run into the date, the source
        # into the time.
        (
            "江城政府网 www.jiangcheng.gov.cn2019-06-21 11:30来源:江城政府网",
            dt.date(2019, 6, 21),
        ),
    ],
)
def test_a_bare_fabu_before_a_date_is_the_pages_date(line: str, date: dt.date) -> None:
    notice = parse_notice("\n".join([line, "江城县2022年工作方案", *SAMPLE.split("\n")[5:]]))
    assert len(notice.source.chrome) == 1
    assert notice.header is not None and notice.header.date == date


def test_an_unsigned_notice_under_a_category_takes_the_pages_issuer() -> None:
    # "【保市场主体】关于印发…": no body before 关于, no signature; the page names it.
    text = "\n".join(
        [
            "发布机构: 江城县人民政府(办公室) 主题分类: 综合政务",
            "【保市场主体】关于印发《江城县县域商业体系建设工作方案》的通知",
            "各乡镇人民政府，县直有关单位：",
            "《江城县县域商业体系建设工作方案》已经县政府同意，现印发给你们。",
            "江城县县域商业体系建设工作方案",
            *SAMPLE.split("\n")[5:],
        ]
    )
    notice = parse_notice(text)
    assert notice.header is not None
    assert notice.header.issuer == "江城县人民政府(办公室)"
    assert notice.organization == "江城县"


def test_a_bulleted_date_in_a_pages_list_dates_an_unsigned_plan() -> None:
    lines = ["• 索引号: 750687753/2023-00061", "  • 2023年09月15日", "  • 来源: 江城市应急管理局"]
    notice = parse_notice("\n".join([*lines, "江城市2023年工作要点", *SAMPLE.split("\n")[5:]]))
    assert [c.kind for c in notice.source.chrome][:3] == ["metadata", "published", "source"]
    assert notice.header is not None and notice.header.date == dt.date(2023, 9, 15)


@pytest.mark.parametrize(
    ("meta", "issuer"),
    [
        # (the page's source is an office of the place the title names: it issued the plan)
        ("来源:青山区农业农村局", "青山区农业农村局"),
        # (a site that glues its fields still names it)
        (
            "日期: 2022-05-30浏览量:186来源:青山区农业农村局责任编辑:马新文字大小:",
            "青山区农业农村局",
        ),
        # (a news outlet of the place reports; it does not issue)
        ("来源:青山区融媒体中心", None),
        # (nor does an office of another place)
        ("来源:江城市农业农村局", None),
    ],
)
def test_an_office_of_the_titles_place_as_the_pages_source_signs(
    meta: str, issuer: str | None
) -> None:
    body = "一、全力确保粮食安全\n1.稳定播种面积。粮食播种面积不低于4万亩。\n2.提升产量。"
    text = f"青山区2022年全面推进乡村振兴重点工作目标任务\n\n{meta}\n\n{body}"
    notice = parse_notice(text)
    assert notice.organization == "青山区"
    assert (notice.header.issuer if notice.header else None) == issuer


@pytest.mark.parametrize(
    ("headline", "issuer"),
    [
        # (a title of the whole city: the source names the city's office by its level)
        ("", "市水利局"),
        # (a headline that names the body in full outranks the source)
        ("江城市水利局2024年工作思路\n", "江城市水利局"),
    ],
)
def test_an_office_of_the_whole_place_a_title_names_as_the_pages_source_signs(
    headline: str, issuer: str
) -> None:
    body = "一、总体目标\n1.完成水利投资200亿元。\n2.提升防洪能力。"
    text = f"{headline}来源:市水利局 时间:2024-01-23 14:21:48\n2024年全市水利工作思路\n{body}"
    notice = parse_notice(text)
    assert notice.title == "2024年全市水利工作思路"
    assert (notice.header.issuer if notice.header else None) == issuer


def test_a_page_box_over_the_notice_it_lists_signs_nothing() -> None:
    # The box gives the notice title, then values without labels: topic, 文号,
    # publisher, two dates.  The notice below signs for itself.
    box = [
        "江城市江南区人民政府办公室关于印发2024年江南区政务公开工作要点的通知",
        "综合政务",
        "江南政办发〔2024〕3号",
        "区政府办公室",
        "2024-06-30",
        "2024-06-30",
        "有效",
        "江城市江南区人民政府办公室关于印发2024年江南区政务公开工作要点的通知",
        "江城市江南区人民政府办公室",
        "关于印发2024年江南区政务公开工作要点的通知",
        "江南政办发〔2024〕3号",
        "各街道办事处，区政府各部门：",
        "现将《2024年江南区政务公开工作要点》印发给你们，请认真贯彻落实。",
        "江城市江南区人民政府办公室",
        "2024年6月28日",
        "2024年江南区政务公开工作要点",
    ]
    text = "\n".join([*box, *SAMPLE.split("\n")[5:]])
    notice = parse_notice(text)
    header = notice.header
    assert header is not None and header.forwarded is None
    assert (header.issuer, header.date) == ("江城市江南区人民政府办公室", dt.date(2024, 6, 28))
    assert header.doc_number == "江南政办发〔2024〕3号"
    assert header.addressees == ["各街道办事处", "区政府各部门"]
    assert notice.title == "2024年江南区政务公开工作要点"
    assert_lossless(text, notice)


@pytest.mark.parametrize(
    ("signature", "issuer", "date"),
    [
        (["中國科協辦公廳"], "中國科協辦公廳", None),
        (["2025年2月28日"], None, dt.date(2025, 2, 28)),
        (["中國科協辦公廳　2025年2月28日"], "中國科協辦公廳", dt.date(2025, 2, 28)),
        (["中國科協辦公廳 2025228"], "中國科協辦公廳", dt.date(2025, 2, 28)),
        (
            ["中國科協辦公廳", "（中國科協辦公廳代章）", "二〇二五年二月二十八日"],
            "中國科協辦公廳",
            dt.date(2025, 2, 28),
        ),
        (
            ["江城市政务公开(政府信息公开)领导小组", "(此件公开发布) 2021年6月25日"],
            "江城市政务公开(政府信息公开)领导小组",
            dt.date(2021, 6, 25),
        ),
        # ... or its note after the date, run onto the line as a flattened page runs it.
        (
            ["江城市政务公开(政府信息公开)领导小组", "2021年6月25日(此件公开发布)"],
            "江城市政务公开(政府信息公开)领导小组",
            dt.date(2021, 6, 25),
        ),
        # A date left for the day to be written in signs no day.
        (["中國科協辦公廳", "2025年2月 日"], "中國科協辦公廳", None),
        # Full-width digits, as a word processor's copy keeps them.
        (["中國科協辦公廳", "２０２５年２月２８日"], "中國科協辦公廳", dt.date(2025, 2, 28)),
        # The day written with 号, as speech has it.
        (["江城镇人民政府", "2025年2月28号"], "江城镇人民政府", dt.date(2025, 2, 28)),
    ],
    ids=[
        "issuer-without-date",
        "date-without-issuer",
        "issuer-and-date-on-one-line",
        "issuer-and-run-together-date",
        "seal-and-chinese-date",
        "leading-group-and-disclosure-before-date",
        "disclosure-after-date",
        "date-with-a-blank-day",
        "full-width-digits",
        "day-written-with-hao",
    ],
)
def test_signature_variants(signature: list[str], issuer: str | None, date: dt.date | None) -> None:
    text = "\n".join([*LINES_2025[:2], *signature, *LINES_2025[4:]])
    notice = parse_notice(text)
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == (issuer, date)
    assert notice.header.cover_letter is not None and notice.header.cover_letter.startswith(
        "經中國科協黨組"
    )
    assert notice.title == "中國科協2025年工作要點"
    same_items(notice)
    assert_lossless(text, notice)


@pytest.mark.parametrize(
    "title_lines",
    [
        ["中國科協", "2025年工作要點"],
        ["中國科學技術協會", "2025年", "工作要點"],
        ["中國科協2025年工作要點", "（2025）"],
        ["《中國科協2025年工作要點》"],
    ],
    ids=["two-lines", "three-lines", "year-line", "book-brackets"],
)
def test_split_plan_titles(title_lines: list[str]) -> None:
    text = "\n".join([*LINES_2025[:4], *title_lines, *LINES_2025[5:]])
    notice = parse_notice(text)
    expected = "".join(line for line in title_lines if not line.startswith("（"))
    assert notice.title == expected.strip("《》")
    assert notice.year == 2025
    assert notice.title_span is not None
    assert (notice.title_span.line, notice.title_span.end_line) == (5, 4 + len(title_lines))
    same_items(notice)


def test_numbered_attachment_list_in_the_cover_notice() -> None:
    text = "\n".join(
        [*LINES_2025[:4], "附件：", "1.中國科協2025年工作要點", "2.重點任務分工表", *LINES_2025[4:]]
    )
    notice = parse_notice(text)
    assert notice.header is not None
    assert [a.text for a in notice.header.attachments] == [
        "附件：",
        "1.中國科協2025年工作要點",
        "2.重點任務分工表",
    ]
    assert notice.title == "中國科協2025年工作要點"
    same_items(notice)
    assert notice.diagnostics == []


@pytest.mark.parametrize(
    ("before", "doc_number"),
    [
        (
            ["科协发智字〔2022〕2号", "关于印发《中國科協2025年工作要點》的通知"],
            "科协发智字〔2022〕2号",
        ),
        (
            ["关于印发《中國科協2025年工作要點》的通知", "国知联办〔2024〕6号"],
            "国知联办〔2024〕6号",
        ),
        (
            ["穗府办[2016]29号", "穗府办[2016]29号关于印发《中國科協2025年工作要點》的通知"],
            "穗府办[2016]29号",
        ),
        (
            ["江水學﹝2022﹞第6號", "关于印发《中國科協2025年工作要點》的通知"],
            "江水學﹝2022﹞第6號",
        ),
        (
            ["科协发普字〔20**〕14号", "关于印发《中國科協2025年工作要點》的通知"],
            "科协发普字〔20**〕14号",
        ),
        (
            ["关于印发《中國科協2025年工作要點》的通知 (湘政办发〔2024〕11号)"],
            "湘政办发〔2024〕11号",
        ),
        (
            ["关于印发《中國科協2025年工作要點》的通知（湘政办发〔2024〕11号）"],
            "湘政办发〔2024〕11号",
        ),
    ],
    ids=[
        "before-title",
        "after-title",
        "repeated-and-glued",
        "small-brackets-and-di",
        "masked-year",
        "in-brackets-after-title",
        "in-full-width-brackets-after-title",
    ],
)
def test_document_numbers(before: list[str], doc_number: str) -> None:
    notice = parse_notice("\n".join([*before, SAMPLE]))
    assert notice.header is not None
    assert notice.header.doc_number == doc_number
    assert notice.header.notice_title == "关于印发《中國科協2025年工作要點》的通知"
    assert notice.header.cover_letter is not None and doc_number not in notice.header.cover_letter
    same_items(notice)


def test_page_publication_lines_are_chrome_not_the_date() -> None:
    notice = parse_notice("发布时间:2021/4/9 21:15:01\n" + SAMPLE)
    assert [(c.kind, c.text) for c in notice.source.chrome] == [
        ("published", "发布时间:2021/4/9 21:15:01")
    ]
    assert notice.header is not None and notice.header.date == dt.date(2025, 2, 28)


def test_a_document_number_that_lost_its_closing_characters() -> None:
    # The page dropped 〕 and 号: "〔2020〕58号" reads "〔202058".
    text = "\n".join(
        ["江城府办函〔202058", "关于印发《江城市2020年工作要点》的通知", *LINES_2025[2:]]
    )
    notice = parse_notice(text)
    assert notice.header is not None and notice.header.doc_number == "江城府办函〔202058"
    assert "damaged-doc-number" in [d.code for d in notice.diagnostics]


@pytest.mark.parametrize(
    ("upper", "lower", "issuer"),
    [
        ("江城维吾尔自治区人民政府", "文件", "江城维吾尔自治区人民政府"),
        # ... or broken before the office's last word: "柳城县人民政府" / "办公室文件".
        ("江城维吾尔自治区人民政府", "办公厅文件", "江城维吾尔自治区人民政府办公厅"),
    ],
)
def test_a_masthead_over_two_lines_names_an_unsigned_notice_issuer(
    upper: str, lower: str, issuer: str
) -> None:
    lines = [
        upper,
        lower,
        "江政发〔2020〕16号",
        "关于印发《江城维吾尔自治区关于做好稳就业工作的实施意见》的通知",
        "各州、市、县(市)人民政府:",
        "《江城维吾尔自治区关于做好稳就业工作的实施意见》已经自治区人民政府同意,现印发你们。",
        "2020年3月19日",
        "江城维吾尔自治区关于做好稳就业工作的实施意见",
        *SAMPLE.split("\n")[5:],
    ]
    header = parse_notice("\n".join(lines)).header
    assert header is not None
    assert header.masthead == upper + lower
    assert (header.issuer, header.date) == (issuer, dt.date(2020, 3, 19))
    assert header.doc_number == "江政发〔2020〕16号"


def test_a_notice_title_names_a_leading_group_with_a_bracket() -> None:
    text = "\n".join(
        [
            "江城省政务公开(政府信息公开)领导小组关于印发《2021年江城省政务公开工作要点》的通知",
            *LINES_2025[2:3],
            "2021年江城省政务公开工作要点",
            *SAMPLE.split("\n")[5:],
        ]
    )
    header = parse_notice(text).header
    assert header is not None and header.issuer == "江城省政务公开(政府信息公开)领导小组"


def test_a_headline_then_the_notice_title_under_its_issuer_over_two_lines() -> None:
    # The page heads the text with the notice title; the notice gives it again under
    # its issuer, broken after a part that reads as a headline without 的通知.
    lines = [
        "关于印发2015年全市深化医药卫生体制改革下步工作要点的通知",
        "访问量:",
        "江市府办字〔2015〕118号",
        "江城市人民政府办公厅",
        "关于印发2015年全市深化医药卫生",
        "体制改革下步工作要点的通知",
        "各县(市、区)人民政府:",
        "《2015年全市深化医药卫生体制改革下步工作要点》已经市政府同意,现印发给你们。",
        "2015年9月17日",
        "2015年全市深化医药卫生体制改革下步工作要点",
        *SAMPLE.split("\n")[5:],
    ]
    header = parse_notice("\n".join(lines)).header
    assert header is not None
    # (the notice's own title, its issuer and all, stands for the headline's)
    assert header.notice_title == (
        "江城市人民政府办公厅关于印发2015年全市深化医药卫生体制改革下步工作要点的通知"
    )
    assert (header.issuer, header.date) == ("江城市人民政府办公厅", dt.date(2015, 9, 17))


def test_a_pdf_copys_half_width_stop_ends_the_letter_before_its_signature() -> None:
    lines = [
        "江城省人民政府办公厅",
        "关于印发2021年江城省政务公开工作要点的通知",
        "各省辖市人民政府,省人民政府各部门:",
        "《2021年江城省政务公开工作要点》已经省政府同意,现 印发给你们,请认真贯彻落实.",
        "江城省人民政府办公厅 2021 年6 月 1 日",
        "2021年江城省政务公开工作要点",
        *SAMPLE.split("\n")[5:],
    ]
    header = parse_notice("\n".join(lines)).header
    assert header is not None
    assert (header.issuer, header.date) == ("江城省人民政府办公厅", dt.date(2021, 6, 1))


@pytest.mark.parametrize(
    ("box", "issuer", "date", "doc_number"),
    [
        # (a law library's box: the day it takes or loses effect dates nothing)
        (
            [
                "发文标题: 江城县人民政府关于加快发展体育产业的实施意见",
                "发文文号: 江政[2015]50号",
                "发文部门: 江城县人民政府",
                "发文时间: 2015-6-1",
                "实施时间: 2015-6-30",
                "失效时间: 2025-12-31",
                "法规类型: 财经相关法规-其他",
                "发文内容:",
            ],
            "江城县人民政府",
            dt.date(2015, 6, 1),
            "江政[2015]50号",
        ),
        (
            [
                "【发布部门】江城市中级人民法院【发文字号】江法发[2019]7号【发布日期】2019.01.24【实施日期】2019.01.24"
            ],
            "江城市中级人民法院",
            dt.date(2019, 1, 24),
            "江法发[2019]7号",
        ),
        (
            [
                "索引号 | llajj/20221222-00001 | 发布机构 | 江城县应急管理局 |",
                "公开目录 | 发展规划 | 发布日期 | 2022-12-22 |",
                "文号 | 浏览量 |",
            ],
            "江城县应急管理局",
            dt.date(2022, 12, 22),
            None,
        ),
        (
            [
                "[ 索引号 ] | 115002300086860353/2023-00019 | [ 发文字号 ] | 江都府办〔2022〕50号 |",
                "[ 发布机构 ] | 江都县人民政府办公室 | ||",
                "[ 成文日期 ] | 2022-05-10 | [ 发布日期 ] | 2022-05-25 |",
            ],
            "江都县人民政府办公室",
            dt.date(2022, 5, 10),
            "江都府办〔2022〕50号",
        ),
        # (a news platform's: the day it was signed, not the day it was printed)
        (
            [
                "【发文单位】江城县农业农村局",
                "【发文文号】江农〔2020〕8号",
                "【签发时间】2020年3月30日",
                "【印发时间】2020年4月1日",
            ],
            "江城县农业农村局",
            dt.date(2020, 3, 30),
            "江农〔2020〕8号",
        ),
    ],
)
def test_a_law_librarys_or_a_sites_box_signs_an_unsigned_plan(
    box: list[str], issuer: str, date: dt.date, doc_number: str | None
) -> None:
    notice = parse_notice("\n".join([*box, "江城县2022年工作要点", *SAMPLE.split("\n")[5:]]))
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date, notice.header.doc_number) == (
        issuer,
        date,
        doc_number,
    )
    assert {c.kind for c in notice.source.chrome} == {"metadata"}


def test_the_office_that_answers_for_publishing_is_no_issuer() -> None:
    # A county portal's box names the office that publishes the page, not the
    # government that signs the notice under it.
    notice = parse_notice(
        "文件名称 | 江城县人民政府关于印发《江城县2024年国民经济和社会发展计划》的通知 | ||\n"
        "公开责任部门 | 江城县政府办公室 | 公开形式: | 主动公开 |\n"
        "《江城县2024年国民经济和社会发展计划》已经县人民代表大会审议通过,现印发给你们,请认真贯彻执行。\n"
        "江城县人民政府\n2024年4月23日\n"
        "江城县2024年国民经济和社会发展计划\n一、经济社会发展总体要求\n1.推进项目建设。\n"
    )
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.addressees) == ("江城县人民政府", [])
    assert {c.kind for c in notice.source.chrome} == {"metadata"}


def test_a_document_sharing_sites_own_lines_are_chrome() -> None:
    lines = [
        "《江城县科协2019年工作重点2.docx》由会员分享,可在线阅读,更多相关《…(5页珍藏版)》请在文库网上搜索。",
        "上传人:小*** 文档编号:145836880 上传时间:2020-09-23 格式:DOC 页数:11 大小:35KB",
        "江城县2019年工作计划_第1页",
        "第1页 / 共11页",
    ]
    notice = parse_notice("\n".join([*lines, "江城县2019年工作计划", *SAMPLE.split("\n")[5:]]))
    assert [c.kind for c in notice.source.chrome] == ["site", "site", "site", "page"]
    assert notice.title == "江城县2019年工作计划"


def test_a_document_number_opening_the_title_line() -> None:
    notice = parse_notice(
        "江政发〔2016〕30号 江城市人民政府关于促进商贸流通发展的实施意见\n"
        "各区、县人民政府:\n" + PLAN_TEXT
    )
    assert notice.title == "江城市人民政府关于促进商贸流通发展的实施意见"
    assert notice.header is not None and notice.header.doc_number == "江政发〔2016〕30号"


def test_an_encyclopedias_box_about_the_plan_signs_it() -> None:
    text = (
        "2020年江城省政務公開工作要點\n各州、市人民政府:\n"
        "《2020年江城省政務公開工作要點》已經省人民政府同意,現印發給你們。\n基本介紹\n"
        "  • 中文名:2020年江城省政務公開工作要點\n  • 頒布時間:2020年8月17日\n"
        "  • 發布單位:江城省人民政府辦公廳\n全文,\n全文\n" + PLAN_TEXT
    )
    notice = parse_notice(text)
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == (
        "江城省人民政府辦公廳",
        dt.date(2020, 8, 17),
    )
    assert [c.kind for c in notice.source.chrome] == ["site", *["metadata"] * 3, "site", "site"]


def test_an_encyclopedias_box_names_the_offices_that_issued_the_plan_together() -> None:
    text = (
        "2023年數字鄉村發展工作要點\n"
        "《2023年數字鄉村發展工作要點》是2023年4月中央網信辦、農業農村部聯合印發的檔案。\n"
        "基本介紹\n  • 中文名:2023年數字鄉村發展工作要點\n"
        "  • 發布單位:中央網信辦、農業農村部、國家發展改革委\n檔案全文\n" + PLAN_TEXT
    )
    notice = parse_notice(text)
    assert notice.header is not None
    assert notice.header.issuer == "中央網信辦、農業農村部、國家發展改革委"
    # (a cell whose names are not all offices' signs nothing)
    unsigned = parse_notice(text.replace("、國家發展改革委", "、全文"))
    assert unsigned.header is None or unsigned.header.issuer is None


def test_a_signature_after_the_plan_under_a_number_below_the_title_closes_the_notice() -> None:
    # The 文号 under the title makes the header; the date signed after the plan gives
    # it its date, and the date's line stays in the closing that holds it.
    text = (
        "2018年江城法院工作要点\n江法发〔2018〕3号\n一、深入学习贯彻党的十九大精神\n"
        "1. 深入学习贯彻党的十九大精神。把学习作为首要政治任务。\n2018年2月8日\n"
    )
    notice = parse_notice(text)
    assert notice.header is not None
    assert (notice.header.doc_number, notice.header.date) == (
        "江法发〔2018〕3号",
        dt.date(2018, 2, 8),
    )
    assert [p.text for p in notice.closing] == ["2018年2月8日"]
    assert_lossless(text, notice)


def test_a_policy_librarys_labels_number_the_notice() -> None:
    notice = parse_notice(
        "江城市人民政府办公室关于加快发展养老服务业的实施意见\n政策\n发布部门:市政府办公室\n"
        "发布时间:2015年12月11日\n政策文号:江政办发〔2015〕212号\n"
        "各辖市、区人民政府:\n" + PLAN_TEXT
    )
    assert notice.header is not None
    assert notice.header.doc_number == "江政办发〔2015〕212号"


def test_a_pages_headline_over_the_notice_it_shows_forwards_nothing() -> None:
    text = (
        "中共江城市委 江城市人民政府印發《關於加快發展數字經濟的實施意見》的通知\n"
        "發布時間:2023-07-06 14:06:33 江城市人民政府\n中共江城市委\n江城市人民政府\n"
        "印發《關(guan) 於(yu) 加快發展數字經濟的實施意見》的通知\n各區委、區政府:\n"
        "現將《關於加快發展數字經濟的實施意見》印發給你們。\n中共江城市委\n江城市人民政府\n"
        "2023年6月20日\n關於加快發展數字經濟的實施意見\n" + PLAN_TEXT
    )
    notice = parse_notice(text)
    header = notice.header
    assert header is not None and header.forwarded is None
    assert header.date == dt.date(2023, 6, 20)
    assert_lossless(text, notice)


def test_a_notice_forwarding_the_same_document_still_wraps_it() -> None:
    text = (
        "关于转发《中国科协2024年工作要点》的通知\n各县科协:\n现将有关文件转发给你们。\n"
        "江城市科协\n2024年3月15日\n关于印发《中国科协2024年工作要点》的通知\n"
        "各省科协:\n现将《中国科协2024年工作要点》印发给你们。\n中国科协\n2024年2月29日\n"
        "中国科协2024年工作要点\n" + PLAN_TEXT
    )
    header = parse_notice(text).header
    assert header is not None and header.forwarded is not None
    assert (header.issuer, header.forwarded.issuer) == ("江城市科协", "中国科协")


def test_a_damaged_number_under_a_plan_title_with_no_notice() -> None:
    notice = parse_notice(
        "【工作要点】中共江城省委教育工委 江城省教育厅2017年工作要点\n\n江教工委〔201719\n\n"
        + PLAN_TEXT
    )
    assert notice.header is not None and notice.header.doc_number == "江教工委〔201719"
    assert "damaged-doc-number" in [d.code for d in notice.diagnostics]


def test_a_pages_markdown_metadata_box_names_and_signs_an_untitled_plan() -> None:
    text = (
        "| 索引号:000014349/2022-83299 | |\n| 发文字号: | 发文时间:2023-01-05 |\n"
        "| 发文机关:江城镇人民政府 | 主题词:工作计划 |\n| 标题:江城镇人民政府2023年工作计划 | |\n"
        "| 主题分类:综合政务 | 发布日期:2023-01-05 |\n" + PLAN_TEXT
    )
    notice = parse_notice(text)
    assert (notice.title, notice.organization, notice.year) == (
        "江城镇人民政府2023年工作计划",
        "江城镇人民政府",
        2023,
    )
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == ("江城镇人民政府", dt.date(2023, 1, 5))
    assert "title-from-metadata" in [d.code for d in notice.diagnostics]
    assert {c.kind for c in notice.source.chrome} == {"metadata"}


def test_a_shared_files_name_is_the_title_of_an_untitled_plan() -> None:
    text = (
        "《关于进一步加快推进夜间经济发展的实施方案.docx》由会员分享,可在线阅读,更多相关"
        "《关于进一步加快推进夜间经济发展的实施方案.docx(7页珍藏版)》请在文库上搜索。\n" + PLAN_TEXT
    )
    notice = parse_notice(text)
    assert notice.title == "关于进一步加快推进夜间经济发展的实施方案"
    assert "title-from-metadata" in [d.code for d in notice.diagnostics]


@pytest.mark.parametrize("mark", ["_第1页", "__第1页"])
def test_a_first_page_previews_name_is_the_title_of_an_untitled_plan(mark: str) -> None:
    text = (
        f"2021年江城市创建文明城市宣传活动方案{mark}\n"
        "2021年江城市创建文明城市宣传活动方案_第2页\n" + PLAN_TEXT
    )
    notice = parse_notice(text)
    assert notice.title == "2021年江城市创建文明城市宣传活动方案"
    assert (notice.organization, notice.year) == ("江城市", 2021)
    assert "title-from-metadata" in [d.code for d in notice.diagnostics]
    assert [c.kind for c in notice.source.chrome] == ["site", "site"]


def test_a_sites_own_links_are_page_furniture() -> None:
    notice = parse_notice("设为首页 关于我们\n" + SAMPLE)
    assert [(c.kind, c.text) for c in notice.source.chrome][:1] == [("site", "设为首页 关于我们")]


def test_a_plan_sent_as_a_document_of_its_own_is_issued_by_the_office_its_title_opens_with() -> (
    None
):
    # Its 文号 and addressees under the title, no signature in sight.
    text = "\n".join(
        [
            "江城县人民政府2012年林业工作意见",
            "(江府发〔2012〕12号)",
            "各乡镇人民政府,县府各部门:",
            "为加快林业产业发展,现就2012年林业工作提出如下意见。",
            *SAMPLE.split("\n")[5:],
        ]
    )
    notice = parse_notice(text)
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.doc_number) == (
        "江城县人民政府",
        "江府发〔2012〕12号",
    )
    assert_lossless(text, notice)


def test_a_boxs_cell_on_a_line_of_its_own_gives_way_to_the_signature_over_the_date() -> None:
    # "区政府办公室", a cell of the box broken onto its own line, read first as the
    # issuer; the office over the date names it in full and signs.
    text = "\n".join(
        [
            "发布机构: |",
            "有效",
            "区政府办公室",
            "|",
            "各街道办事处,区政府各部门:",
            "《中國科協2025年工作要點》已经区政府研究同意,现印发给你们,请认真贯彻执行。",
            "江城市江北区人民政府办公室",
            "2022年6月8日",
            *SAMPLE.split("\n")[4:],
        ]
    )
    notice = parse_notice(text)
    assert notice.header is not None
    assert (notice.header.issuer, notice.header.date) == (
        "江城市江北区人民政府办公室",
        dt.date(2022, 6, 8),
    )
    assert notice.header.cover_letter is not None
    assert "区政府办公室\n《中國科協" in notice.header.cover_letter
    assert_lossless(text, notice)


def test_a_title_the_letter_hands_over_whole_is_joined_though_its_upper_half_ends_in_an_office() -> (
    None
):
    # The upper half ends in an office's name and alone reads as a signature; the
    # letter names the plan by both lines' words together, so they are one title.
    title = (
        "江城市医疗保障局贯彻落实国务院办公厅省政府办公厅市政府办公室2022年政务公开工作要点分工方案"
    )
    upper = "江城市医疗保障局贯彻落实国务院办公厅省政府办公厅市政府办公室"
    lines = [
        "局机关各科室:",
        f"经局领导同意,现将《{title}》印发你们,请认真贯彻执行。",
        "江城市医疗保障局",
        "2022年8月10日",
        upper,
        title.removeprefix(upper),
        *SAMPLE.split("\n")[5:],
    ]
    text = "\n".join(lines)
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert notice.title == title
    assert notice.header is not None and notice.header.issuer == "江城市医疗保障局"
    # With no letter to name it, the lower line alone is the title.
    alone = "\n".join([upper, title.removeprefix(upper), *SAMPLE.split("\n")[5:]])
    assert parse_notice(alone).title == title.removeprefix(upper)


def test_a_title_in_three_lines_the_letter_hands_over_whole_is_joined() -> None:
    # The upper line is work to do, with no kind of its own; the letter names the
    # plan by all three lines' words together.
    lines = [
        "江城市人民政府办公厅",
        "关于印发完善泛在可及终身学习服务体系",
        "打造新时代学习型城市实施方案",
        "(2025—2027年)的通知",
        "江政办函〔2025〕60号",
        "各区、县(市)人民政府,市政府各部门:",
        "《完善泛在可及终身学习服务体系打造新时代学习型城市实施方案(2025—2027年)》"
        "已经市政府同意,现印发给你们,请认真组织实施。",
        "江城市人民政府办公厅",
        "2025年12月23日",
        "(此件公开发布)",
        "完善泛在可及终身学习服务体系",
        "打造新时代学习型城市实施方案",
        "(2025—2027年)",
        "为深入贯彻终身学习的重要论述,制定本方案。",
        *SAMPLE.split("\n")[5:],
    ]
    text = "\n".join(lines)
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert notice.title == "完善泛在可及终身学习服务体系打造新时代学习型城市实施方案(2025—2027年)"
    # (work to do names no body, though it ends as a city's name does)
    assert notice.organization is None


def test_the_title_again_under_a_headline_that_adds_its_span_is_no_lower_half() -> None:
    # The page's headline gives the title with its span; the document's own title
    # line under it, and its span that lost a bracket, say it again.
    title = "江城市中长期科技人才发展规划(2010-2020年)"
    lines = [
        title,
        "发布者:kyc 发布时间:2015-10-27",
        "",
        "江城市中长期科技人才发展规划",
        "",
        "2010-2020年)",
        "",
        *SAMPLE.split("\n")[5:],
    ]
    text = "\n".join(lines)
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert notice.title == title


@pytest.mark.parametrize(
    "signature",
    [
        "中共江城市委宣传部\n江城市文明办\n江城市文广新局\n",
        # (two on one line set apart by spaces, the third under a blank line)
        "中共江城市委宣传部       江城市文明办\n\n \n\n江城市文广新局\n\n",
    ],
)
def test_offices_signing_by_their_short_names_sign_with_the_others(signature: str) -> None:
    lines = [
        "关于印发《江城市全民阅读活动实施方案》的通知",
        "各成员单位:",
        "现将《江城市全民阅读活动实施方案》予以印发,请结合实际,认真抓好落实。",
        signature + "  2017年4月10日",
        *SAMPLE.split("\n")[5:],
    ]
    text = "\n".join(lines)
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert notice.header is not None
    assert notice.header.issuer == "中共江城市委宣传部、江城市文明办、江城市文广新局"


@pytest.mark.parametrize(
    ("line", "signs"),
    [
        ("江城县禁毒办", True),
        ("江城市爱卫办", True),
        ("市政府台办", True),
        # (a verb's 办 closes no office's name)
        ("由江城市科协举办", False),
        ("江城市科协承办", False),
        ("市政府督办", False),
    ],
)
def test_an_office_by_its_short_name_reads_as_an_issuer(line: str, signs: bool) -> None:
    assert (ISSUER_RE.match(line) is not None) is signs


def test_a_policy_librarys_column_label_addresses_no_one() -> None:
    # "政策文件:" is the page's column over the document, not its addressees: the
    # number below it and the addressees under that are the notice's own.
    notice = parse_notice(
        "江城省人民政府关于进一步做好为农民工服务工作的实施意见\n日期:2017-05-09 00:00\n"
        "政策文件:\n\n江政〔2015〕19 号\n\n各设区市人民政府,省人民政府各部门:\n"
        + "\n".join(SAMPLE.split("\n")[5:])
    )
    assert notice.header is not None
    assert notice.header.doc_number == "江政〔2015〕19 号"
    assert notice.header.addressees == ["各设区市人民政府", "省人民政府各部门"]
    assert "政策文件:" in [c.text for c in notice.source.chrome]


def test_a_notice_title_closed_by_a_spaced_tongzhi_and_printed_twice() -> None:
    # The issuer, the title's upper half and "通 知" set out with a space, then the
    # title again without its issuer: one notice title, and no letter line.
    lines = [
        "江城市人民政府办公室",
        "关于切实做好2019年防空警报鸣放工作的",
        "通 知",
        "关于切实做好2019年防空警报鸣放工作的",
        "通 知",
        "各镇人民政府:",
        "现就有关事项通知如下:",
        "一、活动目的",
        "检测、调试我市防空警报系统的性能。",
    ]
    text = "\n".join(lines)
    notice = parse_notice(text)
    assert_lossless(text, notice)
    header = notice.header
    assert header is not None
    assert header.notice_title == "江城市人民政府办公室关于切实做好2019年防空警报鸣放工作的通知"
    assert header.issuer == "江城市人民政府办公室"
    assert header.cover_letter is None


def test_a_notice_title_under_a_category_headline_names_its_joint_issuers() -> None:
    # A page's label for a kind of document ("政策文件") is no masthead; the headline
    # with the page's category before "丨" is followed by the notice's own title, which
    # names its two issuers a space apart, one of them a broadcaster.
    lines = [
        "政策文件",
        "疫情应对丨关于组织开展2020年全国消费促进月活动的通知",
        "商务部 中央广播电视总台关于组织开展2020年全国消费促进月活动的通知",
        "各省商务主管部门:",
        "现将各项工作和要求通知如下:",
        "一、办好启动仪式",
        "启动仪式定于9月8日举办。",
    ]
    text = "\n".join(lines)
    notice = parse_notice(text)
    assert_lossless(text, notice)
    header = notice.header
    assert header is not None
    assert header.masthead is None
    assert header.notice_title == lines[2]
    assert header.issuer == "商务部、中央广播电视总台"


@pytest.mark.parametrize("label", ["标题 ", "名称: ", "标 题:　"])
def test_a_disclosure_pages_title_label_is_no_part_of_the_notice_title(label: str) -> None:
    title = "江城市人民政府关于下达2025年国民经济和社会发展计划的通知"
    lines = [
        label + title,
        "发文字号 江府发〔2025〕1号",
        title,
        "各旗区人民政府:",
        "现下达给你们,请认真组织实施。",
        "江城市人民政府",
        "2025年3月6日",
        "2025年江城市国民经济和社会发展计划",
        "一、主要目标",
        "1.地区生产总值增长6%。",
    ]
    text = "\n".join(lines)
    notice = parse_notice(text)
    assert_lossless(text, notice)
    header = notice.header
    assert header is not None
    assert header.notice_title == title
    assert title not in (header.cover_letter or "")


# A portal's box with bare labels, a cell a line, over a notice signed by no one.
BARE_BOX = [
    "索引号",
    "010897245/2020-796164",
    "分类",
    "司法",
    "发布机构",
    "江城市司法局",
    "发文日期",
    "2015-03-23 17:30",
    "文号",
    "江司发〔2015〕3号",
    "效力状态",
    "有效",
]
NOTICE_UNDER_THE_BOX = [
    "关于印发《2015年全市社区矫正工作要点》的通知",
    "各区局:",
    "现将《2015年全市社区矫正工作要点》印发给你们,请结合实际,认真贯彻落实。",
    "2015年全市社区矫正工作要点",
    "一、重点任务",
    "1.推进项目建设。全年完成投资10亿元。（市发展改革委负责）",
]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_box_of_bare_labels_is_chrome_and_names_the_publisher(gap: str) -> None:
    text = gap.join(BARE_BOX) + "\n\n" + "\n".join(NOTICE_UNDER_THE_BOX)
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert [c.text for c in notice.source.chrome] == BARE_BOX
    header = notice.header
    assert header is not None
    assert header.cover_letter == NOTICE_UNDER_THE_BOX[2]
    assert (header.issuer, header.doc_number) == ("江城市司法局", "江司发〔2015〕3号")
    assert header.date == dt.date(2015, 3, 23)


@pytest.mark.parametrize(
    "labels",
    [
        # two labels are no box, however well known
        ["索引号", "010897245/2020-796164", "发布机构", "江城市司法局"],
        # nor three words a box may set but none a portal's box always does
        ["分类", "司法", "效力状态", "有效", "名称", "社区矫正"],
    ],
)
def test_bare_words_that_prove_no_box_stay_the_notices_text(labels: list[str]) -> None:
    notice = parse_notice("\n".join([*labels, "", *NOTICE_UNDER_THE_BOX]))
    assert not [c for c in notice.source.chrome if c.kind == "metadata"]


def test_a_box_value_never_takes_the_notices_addressees() -> None:
    # The box's last label is empty: the line under it is the notice's.
    text = "\n".join([*BARE_BOX[:-2], "效力状态", *NOTICE_UNDER_THE_BOX[1:]])
    notice = parse_notice(text)
    assert notice.header is not None and notice.header.addressees == ["各区局"]


def test_a_damaged_number_in_the_text_gives_way_to_the_boxs_whole_one() -> None:
    text = "\n".join(
        [*BARE_BOX, "江司发〔20153", NOTICE_UNDER_THE_BOX[0], *NOTICE_UNDER_THE_BOX[1:]]
    )
    notice = parse_notice(text)
    assert notice.header is not None and notice.header.doc_number == "江司发〔2015〕3号"
    # A whole number in the text stays the notice's own.
    whole = text.replace("江司发〔20153", "江司发〔2015〕4号")
    header = parse_notice(whole).header
    assert header is not None and header.doc_number == "江司发〔2015〕4号"


def test_a_row_of_cells_with_the_source_and_date_is_chrome_and_dates_the_notice() -> None:
    rows = [
        "索引号 | 53040020221346727 | 文     号 |   |",
        "来   源 | 江城市住房和城乡建设局 | 公开日期 | 2022-04-28 |",
    ]
    text = "\n".join([*rows, *NOTICE_UNDER_THE_BOX])
    notice = parse_notice(text)
    assert [c.text for c in notice.source.chrome] == rows
    assert notice.header is not None and notice.header.date == dt.date(2022, 4, 28)


def test_bare_labels_under_a_box_row_go_on_with_the_box() -> None:
    cells = ["公开日期", "2022-04-28"]
    text = "\n".join(["索引号:53040020221346727 文号:", *cells, *NOTICE_UNDER_THE_BOX])
    notice = parse_notice(text)
    assert [c.text for c in notice.source.chrome][1:] == cells
    assert notice.header is not None and notice.header.cover_letter == NOTICE_UNDER_THE_BOX[2]


# A portal's box of values with no labels, opened by its index number.
VALUE_BOX = [
    "• 005252653/2021-00006",
    "  • 江城市民族宗教事务局",
    "  • 计划",
    "  • 江民宗〔2021〕6号",
    "  • 2021-05-31",
]
PLAN_UNDER_THE_VALUE_BOX = [
    "江城市民族宗教事务局2021年工作计划",
    "一、深入学习贯彻党的十九届五中全会精神",
    "1.持续抓好重要论述的学习贯彻落实。组织参加全国民委系统大学习活动。",
    "2.认真学习贯彻中央民族工作会议精神。",
]


def test_a_box_of_values_without_labels_is_chrome_and_signs_the_plan() -> None:
    text = "\n".join([*VALUE_BOX, *PLAN_UNDER_THE_VALUE_BOX])
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert [c.text for c in notice.source.chrome] == [cell.strip() for cell in VALUE_BOX]
    header = notice.header
    assert header is not None and header.cover_letter is None
    assert (header.issuer, header.doc_number, header.date) == (
        "江城市民族宗教事务局",
        "江民宗〔2021〕6号",
        dt.date(2021, 5, 31),
    )
    assert notice.title == PLAN_UNDER_THE_VALUE_BOX[0]


def test_a_box_of_values_ends_where_the_notice_title_stands() -> None:
    # With no bullets, the box's cells run up to the title under them.
    box = ["014180233/2021-00034", "市政府文件", "其他", "江城市人民政府", "2021-03-09"]
    notice_lines = [
        "江城市人民政府关于进一步推动养老服务高质量发展的实施意见",
        "各镇人民政府,各区管委会,市各委办局:",
        "现提出如下实施意见。",
        "一、总体要求",
        "1.加快发展。推进养老服务。",
    ]
    notice = parse_notice("\n".join([*box, *notice_lines]))
    assert [c.text for c in notice.source.chrome] == box
    assert notice.title == notice_lines[0]
    assert notice.header is not None and notice.header.addressees


def test_a_news_sites_words_glued_before_the_number_are_no_part_of_it() -> None:
    text = (
        "【江城网】据江城省财政厅网站消息江政办发〔2015〕85号\n"
        "各市、县人民政府,省政府各部门:\n"
        "为加快发展生活性服务业,现提出以下意见。\n"
        "一、总体要求\n1.坚持市场主导。推进各项改革。\n2.加强政策引导。完善扶持措施。\n"
    )
    header = parse_notice(text).header
    assert header is not None and header.doc_number == "江政办发〔2015〕85号"


# Joint issuers are listed with 、 however the page set them apart: (as found, listed).
JOINT_ISSUERS = [
    ("中共江城市委  江城市人民政府", "中共江城市委、江城市人民政府"),
    ("中共中央 国务院", "中共中央、国务院"),
    (
        "教育部 国家卫生健康委员会、国家新闻出版署 国家广播电视总局",
        "教育部、国家卫生健康委员会、国家新闻出版署、国家广播电视总局",
    ),
    ("江城市商务委员会\u3000江城市供销合作总社", "江城市商务委员会、江城市供销合作总社"),
    # (a name the space sets apart from its body is one issuer; so is a line whose
    # words are no issuers' names)
    ("中国科协 办公厅", "中国科协 办公厅"),
    ("发布机构 市交通运输局", "发布机构 市交通运输局"),
    ("江城市人民政府办公室", "江城市人民政府办公室"),
]


@pytest.mark.parametrize(("found", "listed"), JOINT_ISSUERS)
def test_joint_issuers_are_listed_with_a_dunhao(found: str, listed: str) -> None:
    assert listed_issuers(found) == listed


@pytest.mark.parametrize("gap", [" ", "  ", "\u3000"])
def test_a_joint_signature_on_one_line_lists_its_issuers(gap: str) -> None:
    text = (
        "关于印发《江城市2025年科普工作要点》的通知\n各区科协、教育局:\n"
        "现将《江城市2025年科普工作要点》印发给你们,请认真贯彻落实。\n"
        f"江城市科学技术协会{gap}江城市教育局\n2025年3月5日\n"
        "江城市2025年科普工作要点\n一、加强科普阵地建设\n(一)建设科普场馆。推进场馆建设。\n"
    )
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert notice.header is not None
    assert notice.header.issuer == "江城市科学技术协会、江城市教育局"


IMPRINTED_NOTICE = (
    "江科协发〔2025〕12号\n江城市科学技术协会关于印发《江城市科协2025年工作要点》的通知\n"
    "各区科协:\n现将《江城市科协2025年工作要点》印发给你们,请认真贯彻落实。\n{signature}"
    "江城市科协2025年工作要点\n一、加强党的建设\n(一)强化政治引领。深入学习。\n"
    "抄送:市委办公室\n{imprint}\n"
)


@pytest.mark.parametrize(
    "imprint",
    [
        "江城市科学技术协会办公室 2025年3月6日印发",
        "江城市科学技术协会办公室　　2025年3月6日印发",
        "江城市科学技术协会办公室  二〇二五年三月六日印发",
        "二〇二五年三月六日印发",
    ],
)
def test_the_imprint_dates_a_notice_whose_signature_has_no_date(imprint: str) -> None:
    text = IMPRINTED_NOTICE.format(signature="", imprint=imprint)
    notice = parse_notice(text)
    assert_lossless(text, notice)
    assert notice.header is not None
    # (the printing office signs nothing; the notice title names the issuer)
    assert (notice.header.issuer, notice.header.date) == ("江城市科学技术协会", dt.date(2025, 3, 6))
    assert [p.text for p in notice.closing] == ["抄送:市委办公室", imprint]


def test_a_signed_date_outranks_the_imprint() -> None:
    text = IMPRINTED_NOTICE.format(
        signature="江城市科学技术协会\n2025年3月5日\n",
        imprint="江城市科学技术协会办公室 2025年3月6日印发",
    )
    notice = parse_notice(text)
    assert notice.header is not None
    assert notice.header.date == dt.date(2025, 3, 5)


MASTHEAD_NOTICE = (
    "{top}江科协发〔2025〕12号\n江城市科学技术协会关于印发《江城市科协2025年工作要点》的通知\n"
    "各区科协:\n现将《江城市科协2025年工作要点》印发给你们,请认真贯彻落实。\n"
    "江城市科学技术协会\n2025年3月5日\n"
    "江城市科协2025年工作要点\n一、加强党的建设\n(一)强化政治引领。深入学习。\n"
)


@pytest.mark.parametrize(
    "top",
    [
        "江城市科学技术协会文件\n",
        # (set out a character at a time, as a printed copy gives it)
        "江 城 市 科 学 技 术 协 会 文 件\n",
        # (under the copy's number, its secrecy and its urgency, a line each or on one)
        "000123\n机密★1年\n特急\n江城市科学技术协会文件\n",
        "000123　机密★1年　特急\n江城市科学技术协会文件\n",
    ],
)
def test_the_masthead_of_a_printed_copy(top: str) -> None:
    text = MASTHEAD_NOTICE.format(top=top)
    notice = parse_notice(text)
    assert_lossless(text, notice)
    header = notice.header
    assert header is not None
    assert header.masthead == "江城市科学技术协会文件"
    assert header.cover_letter == "现将《江城市科协2025年工作要点》印发给你们,请认真贯彻落实。"
    assert header.doc_number == "江科协发〔2025〕12号"


JOINT_MASTHEAD_NOTICE = (
    "{top}江科协联发〔2025〕1号\n"
    "江城市科学技术协会 江城市教育局关于印发《江城市2025年科普工作要点》的通知\n"
    "各区科协:\n现将《江城市2025年科普工作要点》印发给你们,请认真贯彻落实。\n"
    "江城市科学技术协会\n江城市教育局\n2025年3月5日\n"
    "江城市2025年科普工作要点\n一、加强科普阵地建设\n(一)建设科普场馆。推进场馆建设。\n"
)


@pytest.mark.parametrize(
    ("top", "masthead", "letter_opens"),
    [
        # Joint issuers' names stacked over 文件, or over the last name's 文件.
        (
            "江城市科学技术协会\n江城市教育局\n文件\n",
            "江城市科学技术协会、江城市教育局文件",
            "现将",
        ),
        ("江城市科学技术协会\n江城市教育局文件\n", "江城市科学技术协会、江城市教育局文件", "现将"),
        # (a page's name over the masthead of its own body is no joint issuer)
        (
            "江城市科学技术协会\n江城市科学技术协会文件\n",
            "江城市科学技术协会文件",
            "江城市科学技术协会",
        ),
    ],
)
def test_a_joint_masthead_stacks_its_bodies(top: str, masthead: str, letter_opens: str) -> None:
    text = JOINT_MASTHEAD_NOTICE.format(top=top)
    notice = parse_notice(text)
    assert_lossless(text, notice)
    header = notice.header
    assert header is not None
    assert header.masthead == masthead
    assert header.cover_letter is not None and header.cover_letter.startswith(letter_opens)
    assert header.issuer == "江城市科学技术协会、江城市教育局"


@pytest.mark.parametrize(
    ("top", "doc_number", "masthead", "issuer"),
    [
        # A Taiwan office's letter: its masthead "…函", an ROC date written with
        # 中華民國, a number whose serial carries the ROC year.
        (
            "臺中市政府　函\n發文日期：中華民國114年3月6日\n發文字號：府授研綜字第1140012345號\n",
            "府授研綜字第1140012345號",
            "臺中市政府　函",
            "臺中市政府",
        ),
        # (the serial spaced from its 字第 and its 號, and the era as 民國)
        (
            "發文日期:民國114年3月6日\n發文字號:臺教授國部字第 1070061208 號\n",
            "臺教授國部字第 1070061208 號",
            None,
            None,
        ),
    ],
)
def test_a_taiwan_offices_letter_heads_the_plan(
    top: str, doc_number: str, masthead: str | None, issuer: str | None
) -> None:
    text = (
        f"{top}主旨：檢送本府114年度施政計畫，請查照。\n"
        "臺中市政府114年度施政計畫\n壹、施政目標\n一、推動產業升級。\n二、強化人才培育。\n"
    )
    notice = parse_notice(text)
    assert_lossless(text, notice)
    header = notice.header
    assert header is not None
    assert (header.date, header.doc_number, header.masthead, header.issuer) == (
        dt.date(2025, 3, 6),
        doc_number,
        masthead,
        issuer,
    )
    assert notice.title == "臺中市政府114年度施政計畫"


@pytest.mark.parametrize(
    ("signature", "issuer", "day"),
    [
        # issuer and day on one line at the plan's foot, as a web copy runs them together
        ("江城市科学技术协会\u30002025年3月1日", "江城市科学技术协会", dt.date(2025, 3, 1)),
        (
            "中共江城市委办公室 江城市人民政府办公室 2025年3月1日",
            "中共江城市委办公室、江城市人民政府办公室",
            dt.date(2025, 3, 1),
        ),
        # (as on two lines)
        ("江城市科学技术协会\n2025年3月1日", "江城市科学技术协会", dt.date(2025, 3, 1)),
        # (a day after words that are no office's name signs nothing)
        ("全年工作 2025年3月1日", None, None),
        # (the seal's note between the name and the day names no issuer)
        (
            "江城市科学技术协会办公室\n(代章)\n2025年3月1日",
            "江城市科学技术协会办公室",
            dt.date(2025, 3, 1),
        ),
        (
            "江城市科学技术协会\n（江城市科学技术协会办公室代章）\n2025年3月1日",
            "江城市科学技术协会",
            dt.date(2025, 3, 1),
        ),
        ("(代章)\n2025年3月1日", None, dt.date(2025, 3, 1)),
    ],
)
def test_a_plan_signed_at_its_foot_on_one_line(
    signature: str, issuer: str | None, day: dt.date | None
) -> None:
    text = "\n".join(["江城市科协2025年工作要点", PLAN_TEXT, signature, ""])
    notice = parse_notice(text)
    assert_lossless(text, notice)
    header = notice.header
    assert (header.issuer if header else None, header.date if header else None) == (issuer, day)
    same_items(notice)
