"""Real-world variations, each asserting the tree it must give.

Hand-written notices live in fixtures/notices (styles of provincial plans,
State Council plans, web pages, forwarding notices); variants of the 2025
plan are generated here from the raw text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
import regex as re

from castplan import parse_notice
from castplan.load import RawInput, notice_from_input
from castplan.model import Notice
from castplan.script import to_simplified

from .conftest import FIXTURES, SAMPLE_PATH
from .helpers import assert_lossless, spans_point_at_text

SAMPLE = SAMPLE_PATH.read_text(encoding="utf-8")
LINES_2025 = SAMPLE.split("\n")
NOTICES = FIXTURES / "notices"


def load(name: str) -> Notice:
    path = NOTICES / f"{name}.txt"
    return notice_from_input(RawInput(path.name, path.read_bytes()))


def codes(notice: Notice) -> list[str]:
    return [d.code for d in notice.diagnostics]


def items_of(notice: Notice) -> list[tuple[str, str, list[str], list[str]]]:
    return [
        (i.marker, i.title, i.lead_departments, i.supporting_departments) for i in notice.items()
    ]


# --- hand-written notices -------------------------------------------------------


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
    assert set(codes(notice)) == {"no-plan-body", "title-from-cover-letter"}


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


# --- variants generated from the 2025 plan ---------------------------------------

BASE = parse_notice(SAMPLE)
TAG_RE = re.compile(r"\(牽頭部門:(?P<dept>[^()]+)\)$", re.MULTILINE)


def same_items(notice: Notice) -> None:
    assert [(i.title, i.lead_departments) for i in notice.items()] == [
        (i.title, i.lead_departments) for i in BASE.items()
    ]


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
    ],
    ids=[
        "state-council",
        "full-width-unit",
        "with-supporting",
        "lead-and-by-duty",
        "own-line",
        "own-lines",
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


# --- HTML and DOCX ----------------------------------------------------------------


def _html_page(body_lines: list[str]) -> str:
    paragraphs = "\n".join(f"<p>　　{line}</p>" for line in body_lines)
    return f"""<!DOCTYPE html>
<html><head><meta charset="gb2312"><title>中国科协</title>
<script>var nav = "一、不是正文";</script><style>p {{ margin: 0 }}</style></head>
<body>
<nav><a href="/">首页</a> <a href="/news">新闻中心</a> <a href="/notice">通知公告</a></nav>
<div class="sidebar"><ul><li><a href="/a">科协要闻</a></li><li><a href="/b">地方科协工作动态</a></li></ul></div>
<div class="article">
<div class="info">发布时间：2025-03-05 10:00:00</div>
<div id="zoom" class="TRS_Editor">
{paragraphs}
</div></div>
<footer>版权所有：中国科学技术协会</footer>
</body></html>"""


def test_saved_web_page_in_gb2312(tmp_path: Path) -> None:
    lines = [line for line in to_simplified(SAMPLE).split("\n") if line]
    page = tmp_path / "plan.html"
    page.write_bytes(_html_page(lines).encode("gb18030"))
    notice = notice_from_input(RawInput(str(page), page.read_bytes()))
    assert notice.source.format == "html"
    assert notice.source.encoding == "gb18030"
    assert [c.text for c in notice.source.chrome] == ["发布时间：2025-03-05 10:00:00"]
    assert len(list(notice.items())) == 32
    assert notice.title == "中国科协2025年工作要点"
    assert "不是正文" not in str(notice.to_json_dict())
    assert codes(notice) == ["page-chrome"]


def test_html_chosen_by_content_on_stdin() -> None:
    lines = [line for line in SAMPLE.split("\n") if line]
    data = _html_page(lines).replace('charset="gb2312"', 'charset="utf-8"').encode()
    notice = notice_from_input(RawInput("<stdin>", data))
    assert notice.source.format == "html"
    same_items(notice)


def _numbered_docx(path: Path, lines: list[str], *, run_on: bool = True) -> None:
    """A Word file whose "一、" and "1." come from Word's own list numbering."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.append(
        parse_xml(
            f"""<w:abstractNum {nsdecls("w")} w:abstractNumId="90">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
                <w:lvlText w:val="%1、"/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/>{'<w:lvlRestart w:val="0"/>' if run_on else ""}<w:numFmt w:val="decimal"/>
                <w:lvlText w:val="%2."/></w:lvl>
            </w:abstractNum>"""
        )
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    )
    item_count = 0
    for line in lines:
        section = re.match(r"^[一二三四五六七八九]、(.*)$", line)
        item = re.match(r"^\d+\.(.*)$", line)
        paragraph = document.add_paragraph((section or item)[1] if (section or item) else line)
        if section or item:
            level = 0 if section else 1
            item_count += bool(item)
            num_pr = parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'
            )
            paragraph._p.get_or_add_pPr().append(num_pr)
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "中國科協辦公廳　2025年2月28日印發"
    document.save(str(path))


def test_word_document_with_automatic_numbering(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    _numbered_docx(path, SAMPLE.split("\n"))
    notice = notice_from_input(RawInput(str(path), path.read_bytes()))
    assert notice.source.format == "docx"
    assert [s.numeral for s in notice.sections] == list("一二三四五六七八九")
    assert [i.number for i in notice.items()] == list(range(1, 33))
    same_items(notice)
    # A table cell after the plan (the 版记) is read too, in body order.
    assert [p.text for p in notice.closing] == ["中國科協辦公廳　2025年2月28日印發"]
    assert notice.diagnostics == []


def test_word_numbering_restarts_under_each_section(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    _numbered_docx(path, SAMPLE.split("\n"), run_on=False)
    notice = notice_from_input(RawInput(str(path), path.read_bytes()))
    assert [i.number for i in notice.sections[1].items] == [1, 2, 3, 4]
    same_items(notice)


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


@pytest.mark.parametrize(
    ("signature", "issuer", "date"),
    [
        (["中國科協辦公廳"], "中國科協辦公廳", None),
        (["2025年2月28日"], None, dt.date(2025, 2, 28)),
        (["中國科協辦公廳　2025年2月28日"], "中國科協辦公廳", dt.date(2025, 2, 28)),
        (
            ["中國科協辦公廳", "（中國科協辦公廳代章）", "二〇二五年二月二十八日"],
            "中國科協辦公廳",
            dt.date(2025, 2, 28),
        ),
    ],
    ids=[
        "issuer-without-date",
        "date-without-issuer",
        "issuer-and-date-on-one-line",
        "seal-and-chinese-date",
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
    ],
    ids=["before-title", "after-title", "repeated-and-glued"],
)
def test_document_numbers(before: list[str], doc_number: str) -> None:
    notice = parse_notice("\n".join([*before, SAMPLE]))
    assert notice.header is not None
    assert notice.header.doc_number == doc_number
    assert notice.header.notice_title == "关于印发《中國科協2025年工作要點》的通知"
    assert notice.header.cover_letter is not None and doc_number not in notice.header.cover_letter
    same_items(notice)


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


def test_page_publication_lines_are_chrome_not_the_date() -> None:
    notice = parse_notice("发布时间:2021/4/9 21:15:01\n" + SAMPLE)
    assert [(c.kind, c.text) for c in notice.source.chrome] == [
        ("published", "发布时间:2021/4/9 21:15:01")
    ]
    assert notice.header is not None and notice.header.date == dt.date(2025, 2, 28)


def test_web_page_with_the_notice_and_the_plan_in_neighbouring_boxes() -> None:
    notice_lines = "".join(f"<p>{line}</p>" for line in LINES_2025[:4])
    plan_lines = "".join(f"<p>{line}</p>" for line in LINES_2025[4:] if line)
    page = f"""<html><body>
<div class="nav"><a href="/">首页</a><a href="/a">机构设置</a><a href="/b">新闻中心</a></div>
<div class="main"><div class="notice">{notice_lines}</div>
<div class="fujian"><p>附件：</p>{plan_lines}</div></div>
<div class="links"><a href="/1">中国科协召开常委会议</a><a href="/2">科技工作者日活动综述</a></div>
</body></html>"""
    notice = notice_from_input(RawInput("page.html", page.encode()))
    assert notice.header is not None and notice.header.issuer == "中國科協辦公廳"
    assert notice.header.addressees[0] == "各全國學會、協會、研究會"
    same_items(notice)
    assert "首页" not in str(notice.to_json_dict())


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
