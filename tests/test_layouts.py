"""The same notice in the layouts other copies give it reads as the same tree.

``benchmarks/layouts.py`` rewrites every corpus notice so and counts how many
stay right; here its rewrites are checked to keep the notice's own text, and the
shipped sample and the fixture notices are read in each layout.
"""

from __future__ import annotations

import html
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from castplan.load import RawInput, notice_from_input, sample_input

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "notices"


def _load_layouts() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("layouts", ROOT / "benchmarks" / "layouts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["layouts"] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


LAYOUTS = _load_layouts()
SAMPLE = sample_input().data.decode("utf-8")


def own_characters(text: str) -> str:
    return "".join(text.split())


def test_paragraph_gaps_and_no_blank_lines_keep_every_line() -> None:
    lines = [line for line in SAMPLE.split("\n") if line.strip()]
    assert LAYOUTS.paragraph_gaps(SAMPLE).split("\n\n") == lines
    assert LAYOUTS.no_blank_lines(SAMPLE).split("\n") == lines


def test_pdf_lines_cut_at_the_width_and_keep_the_text() -> None:
    laid_out = LAYOUTS.pdf_lines(SAMPLE)
    assert max(len(line) for line in laid_out.split("\n")) == LAYOUTS.LINE_WIDTH
    assert own_characters(laid_out) == own_characters(SAMPLE)


def test_the_typeset_layout_sets_every_line_as_a_paragraph_and_the_title_apart(
    tmp_path: Path,
) -> None:
    import docx

    typeset = sys.modules["typeset"]
    path = tmp_path / "sample.docx"
    typeset.notice_docx(SAMPLE, typeset.Marks("中國科協2025年工作要點"), path)
    paragraphs = docx.Document(str(path)).paragraphs
    assert [p.text for p in paragraphs] == [
        line.strip() for line in SAMPLE.split("\n") if line.strip()
    ]
    titles = [p for p in paragraphs if p.alignment is not None]
    assert [p.text for p in titles] == ["中國科協2025年工作要點"]
    assert titles[0].runs[0].font.size.pt == typeset.TITLE_PT
    assert titles[0].paragraph_format.first_line_indent == 0


def test_the_issued_layout_sets_a_notices_parts_as_gb_t_9704_does(tmp_path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    typeset = sys.modules["typeset"]
    text = "中國科學技術協會文件\n科協發〔2025〕3號\n" + SAMPLE
    marks = typeset.Marks(
        "中國科協2025年工作要點",
        issued=True,
        issuer="中國科協辦公廳",
        doc_number="科協發〔2025〕3號",
    )
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    roles = dict(zip(lines, typeset.line_roles(lines, marks), strict=True))
    assert {line[:8]: role for line, role in roles.items() if role != "body"} == {
        "中國科學技術協會": "masthead",
        "科協發〔2025": "doc_number",
        "各全國學會、協會": "addressees",
        "中國科協辦公廳": "signature",
        "2025年2月2": "date",
        "中國科協2025": "title",
        **{line[:8]: "heading" for line in lines if re.match("[一二三四五六七八九十]+、", line)},
    }
    path = tmp_path / "issued.docx"
    typeset.notice_docx(text, marks, path)
    document = docx.Document(str(path))
    aligned = {p.text[:8]: p.alignment for p in document.paragraphs if p.alignment is not None}
    assert aligned["中國科協辦公廳"] == aligned["2025年2月2"] == WD_ALIGN_PARAGRAPH.RIGHT
    assert aligned["科協發〔2025"] == WD_ALIGN_PARAGRAPH.CENTER
    # The page number stands at the outer edge: right on odd pages, left on even ones.
    section = document.sections[0]
    assert document.settings.odd_and_even_pages_header_footer
    assert section.footer.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert section.even_page_footer.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.LEFT


def test_a_unit_line_a_pdf_wrapped_reads_on_where_indented_first_lines_are_as_many() -> None:
    # Each paragraph's first line, its two-space indent stripped, is two characters
    # short of the width, and as many as the full lines: the width is the one the
    # most lines fill, so the units a wrap carried onto the next line stay the item's.
    paragraphs = [
        "江城省2024年重点工作分工方案",
        "  一、今年全省经济社会发展的主要预期目标",
        "  1.地区生产总值增长5.5%左右,在实际工作中力争更好结果,为全省高质量发展提供"
        "有力支撑,推动经济实现质的有效提升和量的合理增长。",
        "  牵头单位:省发展改革委",
        "  责任单位:省工业和信息化厅、省农业农村厅、省商务厅等,各市人民政府,江城新区管委会",
        "  2.一般公共预算收入增长5%,税收收入占比稳步提高,财政收支保持平衡,重点支出保障"
        "有力,基层“三保”底线兜牢兜实。",
        "  牵头单位:省财政厅",
    ]
    text = LAYOUTS.pdf_lines("\n".join(paragraphs)) + "\n"
    assert "  责任单位:省工业和信息化厅、省农业农村厅、省商务厅等\n,各市人民政府," in text
    first = next(iter(notice_from_input(RawInput("plan.txt", text.encode("utf-8"))).items()))
    assert first.lead_departments == ["省发展改革委"]
    assert first.supporting_departments == [
        "省工业和信息化厅",
        "省农业农村厅",
        "省商务厅",
        "各市人民政府",
        "江城新区管委会",
    ]


def test_a_letters_points_after_a_sentence_a_pdf_wrapped_inside_the_name_it_hands_over() -> None:
    # "…现将《2021" / "年江城市…分解表》印发给你们,并提出如下意" / "见,请一并贯彻落实。":
    # the letter's last sentence, read whole, hands the plan over and leads into its
    # own points, which are the letter's, not sections of a plan.
    paragraphs = [
        "江政办字〔2021〕18号 关于印发2021年江城市政务公开工作任务分解表的通知",
        "各县(市、区)人民政府,市政府各部门、单位:",
        "为认真贯彻落实国家、省关于全面推进政务公开工作的决策部署,切实提升全市政务公开"
        "水平,经市政府同意,现将《2021年江城市政务公开工作任务分解表》印发给你们,并提出"
        "如下意见,请一并贯彻落实。",
        "一、强化组织保障。各级各部门要高度重视政务公开工作,严格落实政务公开工作责任制。",
        "二、提升公开质量。政务公开工作任务牵头单位要及时更新主动公开目录和指南。",
        "江城市人民政府办公室",
        "2021年4月26日",
    ]
    text = LAYOUTS.pdf_lines("\n".join(paragraphs)) + "\n"
    assert "现将《2021\n年江城市" in text
    notice = notice_from_input(RawInput("plan.txt", text.encode("utf-8")))
    assert notice.title == "2021年江城市政务公开工作任务分解表"
    assert notice.sections == []
    assert notice.header is not None and notice.header.cover_letter is not None
    assert notice.header.cover_letter.endswith("公开目录和指南。")


def test_a_heading_whose_indent_fills_the_width_goes_on_to_its_wrapped_tail() -> None:
    # "      一、深入学习贯彻…社会主义" is six characters short of the width: its indent
    # fills the rest, so the line below is the heading's tail.
    paragraphs = [
        "江城市教育局2018年工作要点",
        "      一、深入学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神,"
        "切实加强党对教育工作的领导",
        "      1.学习贯彻党的十九大精神。扎实深入学习贯彻党的十九大精神,把学习宣传贯彻党的"
        "十九大精神作为全市教育系统当前和今后一个时期的首要政治任务,持续推动学习宣传贯彻"
        "走深走实,引导广大师生坚定理想信念,增强“四个意识”、坚定“四个自信”、做到“两个"
        "维护”,以党的创新理论武装头脑、指导实践、推动工作。",
        "      2.加强党的政治建设。",
    ]
    text = LAYOUTS.pdf_lines("\n".join(paragraphs)) + "\n"
    assert "社会主义\n思想和党的十九大精神" in text
    notice = notice_from_input(RawInput("plan.txt", text.encode("utf-8")))
    assert [section.title for section in notice.sections] == [
        "深入学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神,切实加强党对教育工作的领导"
    ]
    assert [item.title for item in notice.items()] == ["学习贯彻党的十九大精神", "加强党的政治建设"]


def test_a_heading_over_three_full_lines_goes_on_to_its_last() -> None:
    # A heading that is a whole sentence fills two lines and ends on a third; a
    # heading that fills its one line exactly, over its paragraph, stays whole.
    paragraphs = [
        "江城市科学技术协会2021年重点工作",
        "一、抓实党的政治建设和思想建设,深入贯彻习近平新时代中国特色社会主义思想,"
        "扎实开展党史学习教育,把牢正确政治方向,持续推进全面从严治党。",
        "二、推进科技公园建设,确定项目选址、规模等,通过可研批复。",
        "三、强化科技社团党建工作,健全完善学会党建工作机制体制",
        "坚持党建引领,推动学会党建工作与业务工作深度融合,促进学会高质量发展,"
        "服务科技工作者成长成才,团结引领广大科技工作者听党话、跟党走,"
        "在推进高水平科技自立自强中建功立业。",
    ]
    text = LAYOUTS.pdf_lines("\n".join(paragraphs)) + "\n"
    assert "新时代中国\n特色社会主义思想,扎实开展党史学习教育,把牢正确政治方向\n," in text
    assert "机制体制\n坚持党建引领," in text
    notice = notice_from_input(RawInput("plan.txt", text.encode("utf-8")))
    assert [section.title for section in notice.sections] == [
        "抓实党的政治建设和思想建设,深入贯彻习近平新时代中国特色社会主义思想,"
        "扎实开展党史学习教育,把牢正确政治方向,持续推进全面从严治党",
        "推进科技公园建设,确定项目选址、规模等,通过可研批复",
        "强化科技社团党建工作,健全完善学会党建工作机制体制",
    ]


def test_page_numbers_stand_between_pages_of_lines() -> None:
    laid_out = LAYOUTS.page_numbers(SAMPLE).split("\n")
    numbers = [line for line in laid_out if re.fullmatch(r"- \d+ -", line)]
    assert numbers[:2] == ["- 1 -", "- 2 -"]
    assert laid_out[LAYOUTS.PAGE_LINES] == "- 1 -"
    kept = [line for line in laid_out if line not in numbers]
    assert kept == SAMPLE.split("\n")


def test_a_web_page_holds_each_line_as_a_paragraph() -> None:
    page = LAYOUTS.web_page(SAMPLE)
    paragraphs = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", page)]
    assert paragraphs == [line for line in SAMPLE.split("\n") if line.strip()]


def tree(data: str, name: str) -> Any:
    notice = notice_from_input(RawInput(name, data.encode("utf-8")))
    header = notice.header
    return (
        notice.title,
        notice.organization,
        notice.year,
        (header.issuer, header.date, header.doc_number) if header else None,
        [
            (
                section.title,
                [(i.title, i.lead_departments, i.supporting_departments) for i in section.items],
            )
            for section in notice.sections
        ],
    )


# Fixture notices whose tree a layout changes today, and why.
DIFFERS = {
    ("ministry--unnumbered-tagged-paragraphs", "PDF lines"): (
        "tagged paragraphs with no number, cut at the width, run into one another"
    ),
    ("pdf--masthead-page-numbers-wraps", "paragraph gaps"): (
        "a unit line cut by the page's width, set apart by a blank line, loses its units"
    ),
    ("letter-with-numbered-points--appendix", "web page"): (
        "the appendix's points under a letter's, each a paragraph of a page, open a section more"
    ),
}
NOTICES = ["sample", *sorted(p.stem for p in FIXTURES.glob("*.txt"))]


def _cases() -> list[Any]:
    cases = []
    # (the typeset PDF layout needs LibreOffice to lay its pages out: a benchmark's)
    text_layouts = [layout for layout in LAYOUTS.LAYOUTS if layout.rewrite is not None]
    for name in NOTICES:
        for layout in text_layouts:
            reason = DIFFERS.get((name, layout.name))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(name, layout, marks=marks, id=f"{name}-{layout.name}"))
    return cases


@pytest.mark.parametrize(("name", "layout"), _cases())
def test_a_notice_reads_the_same_in_every_layout(name: str, layout: Any) -> None:
    text = SAMPLE if name == "sample" else (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    expected = tree(text, f"{name}.txt")
    assert tree(layout.rewrite(text), name + layout.suffix) == expected
