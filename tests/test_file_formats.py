"""Saved web pages and Word files: the article and the numbering come out as the plan's text."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex as re

from castplan.load import RawInput, notice_from_input
from castplan.readers import extract_text
from castplan.script import to_simplified

from .helpers import (
    LINES_2025,
    SAMPLE,
    assert_lossless,
    codes,
    same_items,
)


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


def _list_page(lists: str) -> bytes:
    return (
        '<html><head><meta charset="utf-8"></head><body><div class="article">'
        "<h1>江城市2023年科普工作要点</h1>"
        f"<p>一、加强科普阵地建设</p>{lists}</div></body></html>"
    ).encode()


def _items(page: bytes) -> list[tuple[int | None, str | None]]:
    notice = notice_from_input(RawInput("page.html", page))
    return [(item.number, item.title) for item in notice.items()]


def test_an_ordered_lists_numbers_are_the_items_markers() -> None:
    # A rich-text editor numbers a plan's points with <ol>: the browser shows "1.",
    # which is in no element's text.
    points = "<li>建设科普基地。推进场馆建设。</li><li>开展科普活动。组织科技周。</li>"
    assert _items(_list_page(f"<ol>{points}</ol>")) == [(1, "建设科普基地"), (2, "开展科普活动")]
    # (counting from its start)
    assert _items(_list_page(f'<ol start="3">{points}</ol>')) == [
        (3, "建设科普基地"),
        (4, "开展科普活动"),
    ]
    # (a page that typed the numbers as well keeps its own)
    typed = "<li>1.建设科普基地。推进场馆建设。</li><li>2.开展科普活动。组织科技周。</li>"
    assert _items(_list_page(f"<ol>{typed}</ol>")) == [(1, "建设科普基地"), (2, "开展科普活动")]


def test_an_ordered_list_in_a_chinese_style_numbers_sections() -> None:
    lists = (
        '<ol style="list-style-type: cjk-ideographic">'
        "<li>加强科普阵地建设</li><li>强化组织保障</li></ol>"
    )
    page = (
        '<html><head><meta charset="utf-8"></head><body><div class="article">'
        f"<h1>江城市2023年科普工作要点</h1>{lists}<p>1.加强组织领导。明确责任。</p>"
        "</div></body></html>"
    ).encode()
    notice = notice_from_input(RawInput("page.html", page))
    assert [(s.number, s.title) for s in notice.sections] == [
        (1, "加强科普阵地建设"),
        (2, "强化组织保障"),
    ]


def test_lists_numbered_otherwise_or_not_at_all_get_no_numbers() -> None:
    # Letters, Roman numerals and bullets are no plan's markers: the items stay text.
    points = "<li>建设科普基地。推进场馆建设。</li><li>开展科普活动。组织科技周。</li>"
    for lists in (
        f'<ol type="a">{points}</ol>',
        f'<ol type="I">{points}</ol>',
        f"<ul>{points}</ul>",
    ):
        assert _items(_list_page(lists)) == []
    # Nor is a list of links, a menu's or other notices'.
    links = (
        '<li><a href="/1">建设科普基地。推进场馆建设。</a></li><li><a href="/2">开展活动。</a></li>'
    )
    assert _items(_list_page(f"<ol>{links}</ol>")) == []


# --- plain text that carries a page's markup ----------------------------------------


def _text_as_read(text: str) -> str:
    return extract_text(text.encode(), "text", name="plan.txt", encoding=None).text


_DECOY_LINES = (
    '<legend id="h4sia"></legend><samp id="h4sia"></samp>\n'
    '<sup id="h4sia"></sup>\n'
    '  • <input id="h4sia"><address id="h4sia"></address>\n'
    '    1. <blockquote id="h4sia"><rt id="h4sia"></rt></blockquote>\n'
)


def test_text_with_tags_in_its_lines_is_read_without_them() -> None:
    text = (
        '<div><div style="text-align:center;">\n'
        "江城市2020年全民阅读工作方案\n"
        "</div>\n<br/>\n"
        "为深入开展全民阅读活动,制定方案如下:<br/>\n"
        "一、指导思想<br/>\n"
        "以提高国民素质为目标。<br/>\n"
        "二、工作任务<br/>\n"
        "1.开展读书月活动。&nbsp;(市文旅局负责)<br/>\n"
    )
    notice = notice_from_input(RawInput("plan.txt", text.encode()))
    assert notice.source.format == "text"
    assert notice.title == "江城市2020年全民阅读工作方案"
    assert [s.title for s in notice.sections] == ["指导思想", "工作任务"]
    (item,) = notice.items()
    assert item.lead_departments == ["市文旅局"]
    assert "markup-in-text" in codes(notice)
    assert_lossless(_text_as_read(text), notice)


def test_a_mirrors_decoy_elements_are_dropped_with_their_list_markers() -> None:
    text = _DECOY_LINES + (
        "江城市市场监督管理局关于印发《2023年度“双随机、一公开”监管计划》的通知\n"
        "江市监办〔2023〕13号\n"
        "各县区市场监管局:\n"
        "现将《2023年度“双随机、一公开”监管计划》印发给你们,请认真贯彻执行。\n"
        "一、工作目标\n全面推行“双随机、一公开”监管。\n"
    )
    notice = notice_from_input(RawInput("plan.txt", text.encode()))
    assert notice.header is not None
    assert notice.header.doc_number == "江市监办〔2023〕13号"
    assert notice.title == "2023年度“双随机、一公开”监管计划"
    assert [s.title for s in notice.sections] == ["工作目标"]
    read = _text_as_read(text)
    assert "1." not in read and "•" not in read and "<" not in read
    assert_lossless(read, notice)


@pytest.mark.parametrize(
    "text",
    [
        # A plan's own angle brackets are prose, not tags.
        "2018年区<政府工作报告>确定的主要目标任务责任分解方案\n一、重点任务\n1.推进<A级>景区建设。\n",
        # ... and so are two stray tags in its prose.
        "江城市2020年工作要点\n一、重点任务<b>\n1.推进项目建设。<br>\n",
    ],
)
def test_text_without_enough_markup_is_read_as_it_is(text: str) -> None:
    notice = notice_from_input(RawInput("plan.txt", text.encode()))
    assert "markup-in-text" not in codes(notice)
    assert _text_as_read(text) == text
