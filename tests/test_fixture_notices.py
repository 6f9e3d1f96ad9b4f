"""Hand-written notices in fixtures/notices, one per style of real plan, each with the tree it must give."""

from __future__ import annotations

import datetime as dt

from .helpers import (
    codes,
    items_of,
    load,
)


def test_provincial_plan_with_groups_unit_lines_and_sub_items() -> None:
    notice = load("provincial--groups-and-unit-lines")
    header = notice.header
    assert header is not None
    assert header.doc_number == "苏科协发〔2024〕12号"
    assert header.notice_title == "关于印发《江苏省科协2024年工作要点》的通知"
    assert header.issuer == "江苏省科协"
    assert header.seal == "江苏省科协办公室代章"
    assert header.date == dt.date(2024, 3, 8)
    assert header.disclosure == "（此件主动公开）"
    assert header.cover_letter is not None and header.cover_letter.endswith("特此通知。")
    # The title is split over two lines.
    assert notice.title == "江苏省科协2024年工作要点"
    assert (notice.organization, notice.year) == ("江苏省科协", 2024)
    first, second = notice.sections
    assert [(g.numeral, g.title, g.intro) for g in first.groups] == [
        ("一", "加强思想政治建设", "深入学习贯彻党的二十大精神。"),
        ("二", "加强组织建设", None),
    ]
    assert [i.group.title if i.group else None for i in first.items] == [
        "加强思想政治建设",
        "加强思想政治建设",
        "加强组织建设",
    ]
    assert items_of(notice)[0] == ("1.", "健全学习制度", ["办公室"], ["组织人事部", "各设区市科协"])
    assert [s.text for s in first.items[2].sub_items] == [
        "开展企业科协建设试点；",
        "推进高校科协全覆盖。",
    ]
    assert first.items[2].lead_departments == ["组织人事部"]
    assert second.intro == "科技创新是江苏高质量发展的核心动力。"
    assert items_of(notice)[3] == (
        "4.",
        "深化“科创中国”试点城市建设",
        ["科技服务部"],
        ["各设区市科协"],
    )
    assert notice.diagnostics == []


def test_state_council_plan_items_as_groups_tags_and_dashes() -> None:
    notice = load("state-council--items-as-groups")
    assert notice.header is not None and notice.header.doc_number == "国办发〔2024〕21号"
    assert notice.title == "全民科学素质行动2024年工作要点"  # the "(2024)" line is not text
    assert notice.title_span is not None and notice.title_span.end_line == 8
    overall, tasks, safeguards = notice.sections
    assert len(tasks.items) == 3
    # "（一）指导思想。…" with no numbered items under it is an item: heading and body on one line.
    assert [(i.number, i.title) for i in overall.items] == [(1, "指导思想"), (2, "工作目标")]
    assert overall.items[0].measures[0].text.startswith("坚持以习近平")
    assert items_of(notice)[2:5] == [
        ("（一）", "实施青少年科学素质提升行动", ["教育部", "中国科协"], []),
        ("（二）", "实施农民科学素质提升行动", ["农业农村部", "国家林草局"], []),
        (
            "（三）",
            "实施产业工人科学素质提升行动",
            ["人力资源社会保障部"],
            ["全国总工会", "中国科协"],
        ),
    ]
    assert safeguards.intro == "各部门要加强组织领导，确保各项任务落到实处。"
    assert [(i.marker, i.number, i.title) for i in safeguards.items] == [
        ("——", 1, "加强统筹协调"),
        ("——", 2, "加大经费投入"),
    ]
    assert codes(notice) == ["section-without-lead-departments"] * 2


def test_plan_without_any_tags_gets_one_summary_diagnostic() -> None:
    notice = load("cast-2023--no-tags")
    assert len(list(notice.items())) == 4
    assert all(i.lead_departments == [] for i in notice.items())
    assert codes(notice) == ["no-lead-departments"]
    assert [i.marker for i in notice.items()] == ["1．", "2．", "3．", "4．"]


def test_forwarding_notice_nests_the_forwarded_one() -> None:
    notice = load("forwarded--wrapped-notice")
    outer = notice.header
    assert outer is not None and outer.forwarded is not None
    assert outer.notice_title is not None and outer.notice_title.startswith("关于转发")
    assert (outer.issuer, outer.date, outer.doc_number) == (
        "扬州市科协",
        dt.date(2024, 3, 15),
        None,
    )
    inner = outer.forwarded
    assert inner.doc_number == "科协办发〔2024〕5号"
    assert (inner.issuer, inner.date) == ("中国科协办公厅", dt.date(2024, 2, 29))
    assert inner.addressees == ["各全国学会、协会、研究会", "各省、自治区、直辖市科协"]
    assert notice.title == "中国科协2024年工作要点"
    assert items_of(notice)[1][2] == ["宣传文化部", "科学技术普及部"]


def test_saved_web_page_keeps_chrome_apart() -> None:
    notice = load("webpage--chrome-and-lost-indent")
    assert [(c.kind, c.text) for c in notice.source.chrome] == [
        ("breadcrumb", "首页 > 通知公告 > 正文"),
        ("published", "日期:2023-03-29 08:55"),
        ("source", "来源:中国科协"),
        ("tools", "浏览次数:1024"),
        ("site", "版权所有:中国科学技术协会 京ICP备05000000号"),
    ]
    header = notice.header
    assert header is not None
    assert header.date == dt.date(2023, 3, 20)  # the 成文日期, not the page's date
    assert header.doc_number == "科协发普字〔2023〕8号"
    assert [a.text for a in header.attachments] == ["附件:1.中国科协2023年科普工作要点"]
    assert notice.title == "中国科协2023年科普工作要点"
    # "??" indentation is gone, straight quotes are text, 附件 "1." is no item.
    assert [i.number for i in notice.items()] == [1, 2, 3]
    assert notice.preamble == '2023年,科普工作要以"提升全民科学素质"为目标。'
    assert items_of(notice)[1] == ("2.", "推进科普信息化", ["科学技术普及部"], ["宣传文化部"])
    assert [p.text for p in notice.closing] == ["（联系人:张三,电话:010-12345678）"]
    assert codes(notice) == ["page-chrome"]


def test_cover_only_notice_is_valid_with_a_warning() -> None:
    notice = load("cover-only--no-plan")
    assert notice.sections == []
    assert notice.title == "某市科协2025年工作要点"
    # (the notice title names it first; the letter names it alike)
    assert set(codes(notice)) == {"no-plan-body", "title-from-notice"}


def test_top_level_groups_are_sections_and_numbers_restart() -> None:
    notice = load("top-level-groups--no-sections")
    assert notice.header is None
    assert [(s.numeral, s.title, len(s.items)) for s in notice.sections] == [
        ("一", "加强党的建设", 2),
        ("二", "提升科普服务", 1),
    ]
    assert [i.number for i in notice.items()] == [1, 2, 1]
    assert notice.diagnostics == []


def test_no_header_starts_at_the_preamble() -> None:
    notice = load("no-header--preamble-first")
    assert notice.header is None
    assert notice.preamble == "2025年，全区科协系统要坚持稳中求进。"
    assert items_of(notice) == [
        ("1.", "推进基层组织建设", ["区科协"], []),
        ("2.", "加强科技志愿服务", ["区科协", "区科技局"], []),
        ("3.", "开展科技服务", ["区科协"], ["区工信局"]),
    ]
    assert codes(notice) == ["title-not-found"]


def test_title_taken_from_the_cover_letter() -> None:
    notice = load("title-from-letter--no-title-line")
    assert notice.title == "某市科协2022年科普工作要点"
    assert notice.year == 2022
    assert notice.header is not None and notice.header.addressees == ["各县区科协"]
    assert codes(notice) == ["title-from-cover-letter"]


def test_truncated_plan_warns_on_the_cut_item() -> None:
    notice = load("truncated--cut-item")
    assert len(list(notice.items())) == 2
    assert codes(notice) == ["missing-lead-department", "truncated-item"]


def test_split_notice_title_signed_date_and_group_numbering() -> None:
    notice = load("city--split-notice-title-and-group-numbering")
    header = notice.header
    assert header is not None
    assert header.notice_title == "市科协关于印发《某市科协2024年工作要点》的通知"
    assert (header.issuer, header.date) == ("某市科学技术协会", dt.date(2024, 2, 20))
    assert [a.text for a in header.attachments] == ["附件"]
    assert notice.title == "某市科协2024年度工作要点"
    assert [s.numeral for s in notice.sections] == ["一", "二"]  # "一." headings
    # Full-width digits, numbering restarting in each group, comma before a label.
    assert [(i.number, i.group.numeral if i.group else None) for i in notice.items()] == [
        (1, "一"),
        (2, "一"),
        (1, "二"),
        (3, None),
    ]
    assert items_of(notice)[0][2:] == (["办公室"], ["组织部"])
    assert items_of(notice)[2][2:] == (["组织部"], ["各区科协"])
    assert [p.text for p in notice.closing] == ["抄送：省科协。"]
    assert codes(notice) == ["item-number-gap"]


def test_pdf_copy_with_masthead_page_numbers_and_wrapped_lines() -> None:
    notice = load("pdf--masthead-page-numbers-wraps")
    header = notice.header
    assert header is not None
    assert header.masthead == "中国科协文件"
    assert header.notice_title == "中国科协关于印发《中国科协2024年组织工作要点》的通知"
    assert header.addressees == [
        "各省、自治区、直辖市科协",
        "各全国学会、协会、研究会",
        "新疆生产建设兵团科协",
    ]
    assert (
        header.cover_letter
        == "现将《中国科协2024年组织工作要点》印发给你们，请结合实际认真贯彻落实。"
    )
    assert [(c.kind, c.text) for c in notice.source.chrome] == [
        ("page", f"— {n} —") for n in (1, 2, 3)
    ]
    assert (
        notice.preamble
        == "2024年，科协组织工作要坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神。"
    )
    # 责任处室, 牵头处室 (wrapped), 主责部门 (wrapped), 承办单位 on its own line.
    assert items_of(notice) == [
        ("1.", "推进高校科协建设", ["基层组织处"], []),
        ("2.", "推进企业科协建设", ["基层组织处"], ["各省级科协"]),
        ("3.", "深化学会治理改革", ["学会服务中心"], []),
        ("4.", "加强学会党建", ["机关党委"], []),
    ]
    targets = [t.text for i in notice.items() for m in i.measures for t in m.targets]
    assert targets == ["达到90%以上", "不少于50个", "200家左右", "100家以上"]
    assert codes(notice) == ["page-chrome"]


def test_cover_letter_with_numbered_points_and_an_appendix() -> None:
    notice = load("letter-with-numbered-points--appendix")
    header = notice.header
    assert header is not None
    # The letter's own "一、" points are letter text, not sections of the plan.
    assert header.cover_letter is not None and "二、加强督促检查" in header.cover_letter
    assert (header.issuer, header.date) == ("某省科协", dt.date(2025, 3, 3))
    assert notice.title == "某省科协2025年工作要点"
    assert [(s.numeral, s.title) for s in notice.sections] == [
        ("一", "强化政治引领"),
        ("二", "服务创新发展"),
    ]
    assert items_of(notice) == [
        ("1.", "加强理论武装", ["办公室"], []),
        ("2.", "建设服务站", ["科技服务部"], []),
    ]
    # The appendix after the plan closes the document.
    assert notice.closing[0].text == "附件：重点任务分工表"
    assert len(notice.closing) == 3
    assert notice.diagnostics == []


def test_unit_and_deadline_lines_under_items() -> None:
    notice = load("city--task-lines-and-deadlines")
    first, second = notice.items()
    assert (first.lead_departments, first.supporting_departments) == (["区科协组织部"], ["各街道"])
    assert [m.text for m in first.measures] == ["新建社区科协15个。"]
    assert first.text.endswith("完成时限：2025年10月底")  # kept in the item, not a measure
    assert first.deadline == "2025年10月底"
    assert (second.lead_departments, second.supporting_departments) == (["区科协科普部"], [])
    assert second.deadline == "全年"
    assert notice.diagnostics == []


def test_unnumbered_paragraphs_ending_in_tags_are_items() -> None:
    notice = load("ministry--unnumbered-tagged-paragraphs")
    first, second = notice.sections
    assert first.intro == "围绕稳增长促发展，持续做好政策发布解读。"
    assert [g.title for g in first.groups] == ["助力扩大有效需求", "助力优化营商环境"]
    assert [
        (
            i.number,
            i.marker,
            i.group.title if i.group else None,
            i.lead_departments,
            i.supporting_departments,
        )
        for i in first.items
    ] == [
        (1, "", "助力扩大有效需求", ["商务部"], ["各地区"]),
        (2, "", "助力扩大有效需求", ["国家发展改革委"], []),
        (3, "", "助力优化营商环境", ["国务院办公厅"], ["各部门"]),
    ]
    assert [i.title for i in second.items] == [
        "持续推进行政法规规章公开，做好规范性文件清理结果公开",
        "推进基层政务公开标准化规范化，完善目录",
    ]
    assert notice.diagnostics == []
