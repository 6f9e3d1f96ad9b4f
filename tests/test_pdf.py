"""PDF input: the 2025 plan as a PDF parses as its text does; bad PDFs get one line.

The files are in tests/fixtures/binary/, made by tests/make_binary_fixtures.py.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from castplan import parse_notice
from castplan.cli import cli
from castplan.errors import InputError
from castplan.load import RawInput, notice_from_input, read_input
from castplan.model import Notice
from castplan.readers import input_format_for
from castplan.readers.geometry import Block, BlockEdges, TextLine, goes_on
from castplan.readers.pages import PageCollector, clean_page, inferred_spaces, is_readable
from castplan.readers.pdf import pdf_text
from castplan.script import to_simplified

from .conftest import FIXTURES, SAMPLE_PATH

BINARY = FIXTURES / "binary"


def essentials(notice: Notice) -> list[tuple[Any, ...]]:
    """What a plan says, item by item: number, title, units, targets, measures."""
    return [
        (
            item.number,
            item.title,
            item.lead_departments,
            item.supporting_departments,
            [(t.text, t.value, t.unit) for m in item.measures for t in m.targets],
            [m.text for m in item.measures],
        )
        for item in notice.items()
    ]


@pytest.fixture(scope="module")
def text_plan() -> Notice:
    return parse_notice(SAMPLE_PATH.read_text(encoding="utf-8"))


def load(name: str) -> Notice:
    return notice_from_input(read_input(BINARY / name))


@pytest.mark.parametrize("name", ["plan-2025.pdf", "notice-12-pages.pdf"])
def test_plan_as_pdf_gives_the_items_of_its_text(name: str, text_plan: Notice) -> None:
    notice = load(name)
    assert essentials(notice) == essentials(text_plan)
    assert len(essentials(notice)) == 32
    assert notice.title == text_plan.title
    assert notice.source.format == "pdf"


def test_twelve_page_notice_reads_masthead_page_numbers_and_imprint() -> None:
    notice = load("notice-12-pages.pdf")
    assert len(notice.source.pages) == 12
    assert notice.header is not None
    assert notice.header.masthead == "中國科協文件"
    assert notice.header.doc_number == "科協辦發〔2025〕5號"
    assert notice.header.date is not None and notice.header.date.isoformat() == "2025-02-28"
    pages = [c.text for c in notice.source.chrome if c.kind == "page"]
    assert pages == [f"— {n} —" for n in range(1, 13)]  # the spaces the page holds kept
    closing = [p.text for p in notice.closing]
    assert "抄送:中央組織部、中央宣傳部、科技部。" in closing
    assert closing[-1].endswith("2025年2月28日印發")


def test_a_pdf_s_paragraphs_and_its_title_in_larger_type_read_as_a_line_each() -> None:
    # GB/T 9704 sets the title in 2号 (22 pt) over the body's 3号, and a long one wraps:
    # "中國科協辦公廳關於印發《中國科協2025年工" / "作要點》的通知"; a paragraph's lines
    # reach the right edge, and the next paragraph opens indented.
    data = (BINARY / "notice-title-2hao.pdf").read_bytes()
    lines = pdf_text(data, name="notice-title-2hao.pdf").text.splitlines()
    assert lines[:7] == [
        "中國科協文件",  # the masthead, in type of its own, is a line of its own
        "科協辦發〔2025〕5號",
        "中國科協辦公廳關於印發《中國科協2025年工作要點》的通知",
        # (the addressees, set flush left, wrap flush left)
        "各全國學會、協會、研究會,各省、自治區、直轄市、副省級城市科協,"
        "新疆生產建設兵團科協,中國科協各部門和直屬單位:",
        "經中國科協黨組、書記處同意,現將《中國科協2025年工作要點》印發給你們。"
        "請結合實際,研究制定貫徹實施的具體措施,抓好工作落實。",
        "中國科協辦公廳",  # (a signature set off the right edge ends its line)
        "2025年2月28日",
    ]
    notice, plain = load("notice-title-2hao.pdf"), load("notice-12-pages.pdf")
    assert notice.header is not None and plain.header is not None
    assert notice.header.notice_title == "中國科協辦公廳關於印發《中國科協2025年工作要點》的通知"
    assert notice.header.model_dump(exclude={"span"}) == plain.header.model_dump(exclude={"span"})
    assert essentials(notice) == essentials(plain)


def test_a_signature_too_long_for_its_line_reads_as_one_issuer() -> None:
    # Set two characters off the right edge, the office's name wraps, each line set
    # right: "中国科学技术协会…组织委" / "员会办公室" is one office, not two signed apart.
    notice = load("long-signature.pdf")
    assert notice.header is not None
    assert notice.header.issuer == "中国科学技术协会科学技术普及部全国科普日活动组织委员会办公室"
    assert notice.header.date == dt.date(2024, 3, 1)


@pytest.mark.parametrize(
    ("text", "spaces"),
    [
        # a word processor's gap between CJK text and digits, or Latin letters: a
        # space PDFium infers there is no one's (the reader drops it when PDFium
        # flags it as its own)
        ("2025 年", [4]),
        ("更新 www.example.cn", [2]),
        ("2024年 X人大工作计划", [5]),
        ("CAST 科协", [4]),
        # ... and letter spacing between CJK characters
        ("宣 传 部", [1, 3]),
        # never a space between Latin words or digits
        ("HKSR Strategic Plan 2023", []),
    ],
)
def test_the_spaces_a_pdf_extractor_may_have_inferred(text: str, spaces: list[int]) -> None:
    assert sorted(inferred_spaces(text)) == spaces


def test_an_ofd_keeps_a_typed_space_beside_a_latin_word() -> None:
    # OFD text marks no inferred space, so only those beside digits or between CJK
    # characters go; one beside a Latin word may be the author's.
    assert clean_page("中国科协 CAST 2025 年\n") == "中国科协 CAST 2025年\n"


# A GB/T 9704 page: body in 16 pt from x 79 to 521, a line every 29 pt.
_BLOCK = Block(body=16.0, left=79.0, right=521.0)


def _line(text: str, left: float = 79.0, right: float = 521.0, top: float = 700.0) -> TextLine:
    return TextLine(text, 16.0, left, right, top)


@pytest.mark.parametrize(
    ("line", "below", "expected"),
    [
        # a full line, the next flush left: one paragraph
        (
            _line("一、抓实党的政治建设…新时代中"),
            _line("国特色社会主义思想,…方向。", top=671),
            True,
        ),
        # the next indented two characters: a new paragraph
        (_line("…的具体措施,抓好工作"), _line("二、加强…", left=111, top=671), False),
        # a line that ends its sentence ends its line, even full (a page without indents)
        (_line("…抓好工作落实。"), _line("二、加强…", top=671), False),
        (_line("主要任务:"), _line("1.加强…", top=671), False),
        # a line short of the right edge ends its paragraph
        (_line("一、总体要求", left=111, right=220), _line("坚持…", top=671), False),
        # a signature set two characters off the right edge, over a line set flush left
        (_line("中國科協辦公廳", left=377, right=489), _line("抄送:中央組織部", top=671), False),
        # a signature set right, two characters off the edge, too long for its line:
        # its first line spans from the left edge, the next ends where it ends
        (
            _line("江城经济技术开发区创建全国民族团结进步示范开发区工", left=86, right=489),
            _line("作领导小组办公室", left=361, right=489, top=671),
            True,
        ),
        # ... never a paragraph's short last line that ends where the next line does
        (
            _line("各市人民政府,省沈抚示范区管委会", right=316),
            _line("2.一般公共预算收入增长5%。", left=111, right=318, top=671),
            False,
        ),
        # ... nor a line that ends a sentence
        (
            _line("请结合实际认真贯彻落实,抓好各项工作的落实。", left=86, right=489),
            _line("江城市人民政府办公室", left=361, right=489, top=671),
            False,
        ),
        # the next line far below (a gap, another block): not the same paragraph
        (_line("…的具体措施,抓好工作"), _line("附件", top=600), False),
        # a title in larger type goes on whatever its edges, in the same size
        (
            TextLine("中國科協辦公廳關於印發《中國科協2025年工", 22.0, 79.0, 521.0, 650.0),
            TextLine("作要點》的通知", 22.0, 224.0, 376.0, 621.0),
            True,
        ),
        (
            TextLine("中國科協文件", 32.0, 204.0, 396.0, 760.0),
            TextLine("科協辦發〔2025〕5號", 16.0, 230.0, 370.0, 700.0),
            False,
        ),
    ],
)
def test_which_pdf_lines_go_on_in_the_line_below(
    line: TextLine, below: TextLine, expected: bool
) -> None:
    assert goes_on(line, below, _BLOCK) is expected


def test_in_a_document_that_indents_its_paragraphs_a_flush_line_goes_on_after_a_stop() -> None:
    # "(一)坚持用…武装头脑。" filled its line; the text under it, set flush left, is the
    # same paragraph's: a new one would open two characters in.
    indented = Block(body=16.0, left=79.0, right=521.0, indented=True)
    full = _line("(一)坚持用习近平新时代中国特色社会主义思想武装头脑。", left=111)
    assert goes_on(full, _line("各地要认真学习宣传贯彻党的十九大精神,…", top=671), indented)
    assert not goes_on(full, _line("(二)坚持…", left=111, top=671), indented)
    assert not goes_on(full, _line("各地要认真学习宣传贯彻党的十九大精神,…", top=671), _BLOCK)


def test_the_block_s_edges_carry_from_page_to_page() -> None:
    # A page of short lines (an item's unit lines) ends none at the block's edge: the
    # full lines of the page before set it, and its longest line is no full one.
    edges = BlockEdges()
    full_page = [_line("…" * 28, left=79, top=700 - 29 * n) for n in range(4)]
    full_page.append(_line("一、加强…", left=111, top=500))
    full_page.append(_line("二、推进…", left=111, top=471))
    first = edges.of_page(full_page)
    assert first == Block(body=16.0, left=79.0, right=521.0, indented=True)
    short_page = [
        _line("责任单位:立山经济开发区,全区经济运行各专班", left=111, right=428, top=700),
        _line("2.规模上工业增加值增长5%左右。", left=111, right=339, top=671),
        _line("责任单位:立山经济开发区,各街道、区直各部门", left=111, right=427, top=642),
    ]
    second = edges.of_page(short_page)
    assert second is not None and second.right == 521.0 and second.left == 79.0
    assert not goes_on(short_page[0], short_page[1], second)
    # (a document's first page of short lines knows no edge: none of its lines is full)
    alone = BlockEdges().of_page(short_page)
    assert alone is not None and not goes_on(short_page[0], short_page[1], alone)


def test_each_node_reports_its_page() -> None:
    notice = load("notice-12-pages.pdf")
    source = notice.source
    items = list(notice.items())
    assert source.page_of(notice.header.span if notice.header else 0) == 1
    pages = [source.page_of(item.span) for item in items]
    assert pages == sorted(pages)  # in order
    assert pages[0] in (1, 2) and pages[-1] == 12
    # The page of every page-number line is the number it shows.
    for line in notice.source.chrome:
        assert source.page_of(line.span) == int(line.text.strip("— "))


def test_spans_point_into_the_text_castplan_parsed() -> None:
    raw = read_input(BINARY / "plan-2025.pdf")
    text = pdf_text(raw.data, name=raw.name).text
    notice = notice_from_input(raw)
    for item in notice.items():
        assert text[item.span.start : item.span.end].startswith(item.marker + item.title)
        for measure in item.measures:
            # A sentence over a page break runs over the page-number line.
            lines = text[measure.span.start : measure.span.end].split("\n")
            assert "".join(x for x in lines if not re.fullmatch(r"—\d+—", x)) == measure.text
    assert notice.source.sha256 != parse_notice(text).source.sha256  # of the bytes, not text
    assert notice.source.pages[0] == 0


def test_radicals_from_a_tounicode_map_become_ideographs() -> None:
    raw = read_input(BINARY / "radicals.pdf")
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(raw.data)
    first = document[0].get_textpage().get_text_range()
    document.close()
    assert "部⻔" in first and "⼯作" in first  # what the font's map gives
    notice = notice_from_input(raw)
    simplified = parse_notice(to_simplified(SAMPLE_PATH.read_text(encoding="utf-8")))
    assert essentials(notice) == essentials(simplified)
    assert sum(1 for item in notice.items() if item.lead_departments) == 32
    assert not any("\u2e80" <= ch <= "\u2fdf" for ch in notice.model_dump_json())


def test_cid_font_without_tounicode_reads_through_its_cmap() -> None:
    notice = load("cid-no-tounicode.pdf")
    assert [i.lead_departments for i in notice.items()] == [
        ["基层组织部"],
        ["基层组织部"],
        ["学会服务中心"],
        ["国际合作部", "办公厅"],
    ]


def test_two_column_attachment_table_rows_become_items_with_their_units() -> None:
    notice = load("attachment-table.pdf")
    assert [(i.number, i.title, i.lead_departments) for i in notice.items()] == [
        (1, "推进高校科协建设", ["基层组织部"]),
        (2, "推进企业科协建设", ["基层组织部", "各省级科协"]),
        (3, "深化学会治理改革", ["学会服务中心"]),
        (4, "加强对外交流", ["国际合作部"]),
    ]
    assert notice.source.page_of(next(notice.items()).span) == 2


def test_an_image_only_page_is_named_in_a_warning() -> None:
    notice = load("image-page.pdf")
    assert len(list(notice.items())) == 4
    warnings = [d for d in notice.diagnostics if d.code == "pages-without-text"]
    assert len(warnings) == 1
    assert "page(s) 3 " in warnings[0].message and "ocrmypdf" in warnings[0].message


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("scan.pdf", "no readable text on page(s) 1–2 of 2"),
        ("no-tounicode.pdf", "no readable text on page(s) 1 of 1"),
        ("password.pdf", "protected by a password"),
        ("truncated.pdf", "the PDF is cut off"),
        ("zero-pages.pdf", "the PDF has no pages"),
        ("not-a-pdf.pdf", "not a PDF file: it is a web page"),
    ],
)
def test_bad_pdfs_are_refused_with_one_line(name: str, message: str) -> None:
    result = CliRunner().invoke(cli, ["parse", str(BINARY / name)])
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("castplan: error: ")
    assert message in lines[0]
    assert "Traceback" not in result.stderr
    if name in ("scan.pdf", "no-tounicode.pdf"):
        assert "ocrmypdf" in lines[0]


def test_pdf_on_stdin_is_sniffed() -> None:
    data = (BINARY / "plan-2025.pdf").read_bytes()
    assert input_format_for("<stdin>", data) == "pdf"
    result = CliRunner().invoke(cli, ["list", "-", "-f", "jsonl", "-q"], input=data)
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 32


def test_from_pdf_forces_the_reader() -> None:
    result = CliRunner().invoke(cli, ["parse", "--from", "pdf", str(SAMPLE_PATH)])
    assert result.exit_code == 1
    assert "not a PDF file" in result.stderr


def test_a_paragraph_that_goes_on_over_a_page_break_reads_as_one_line() -> None:
    # The plan's opening paragraph fills page 1's last line and goes on flush left at
    # the top of page 2: page 2 starts inside that line, and page 1's number, set
    # below it, moves above its last line and stays a line of its own.
    decoded = pdf_text((BINARY / "notice-12-pages.pdf").read_bytes(), name="notice.pdf")
    text, second = decoded.text, decoded.pages[1]
    assert text[second - 1] != "\n"
    line_start = text.rindex("\n", 0, second) + 1
    assert text[line_start:].startswith("2025年,中國科協將堅持以習近平新時代中國特色社會主義思想")
    assert text[: line_start - 1].endswith("\n— 1 —")


def test_a_page_s_last_paragraph_runs_on_into_the_next_page() -> None:
    collector = PageCollector("plan.pdf", "PDF")
    first = "一、加强党的建设\n  1.深入学习贯彻党的二十大精神,持续推进\n— 1 —\n"
    collector.add(first, lambda: True, spaces_read=True)
    collector.run_on(1)
    collector.add("理论武装。\n2.加强基层组织建设。\n— 2 —\n", lambda: True, spaces_read=True)
    decoded = collector.result("pdf")
    assert decoded.text.split("\n") == [
        "一、加强党的建设",
        "— 1 —",
        "  1.深入学习贯彻党的二十大精神,持续推进理论武装。",
        "2.加强基层组织建设。",
        "— 2 —",
        "",
    ]
    assert decoded.pages == (0, decoded.text.index("理论武装"))
    # (a page that was not read, a scan or a blank, has no paragraph to go on)
    blank = PageCollector("plan.pdf", "PDF")
    blank.add("", lambda: False)
    blank.run_on(0)
    blank.add("理论武装。\n", lambda: True)
    assert blank.result("pdf").text == "理论武装。\n"


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("宣 传 文 化 部\r\n", "宣传文化部\n"),
        ("中国科协 2025 年工作要点", "中国科协2025年工作要点\n"),
        ("调训 1 万名以上", "调训1万名以上\n"),
        ("《Research》 期刊", "《Research》期刊\n"),  # 》 is CJK punctuation
        ("Science and Technology", "Science and Technology\n"),
        ("中国科协办公厅 二〇二五年二月二十八日", "中国科协办公厅 二〇二五年二月二十八日\n"),
        ("中国科协办公厅　　2025年2月28日印发", "中国科协办公厅　　2025年2月28日印发\n"),
        ("a\x01b\x00c", "abc\n"),
        ("學術科協(CAST\ufffeScholar)平臺", "學術科協(CAST-Scholar)平臺\n"),
    ],
)
def test_page_text_rules(raw: str, cleaned: str) -> None:
    assert clean_page(raw) == cleaned


@pytest.mark.parametrize(
    ("text", "readable"),
    [
        ("", False),
        ("\r\n— 3 —\r\n", False),
        ("(cid:12)(cid:40)(cid:7)(cid:99)", False),
        ("\ufffd\ufffd\ufffd科\ufffd\ufffd", False),
        ("\ue001\ue002\ue003\ue004中", False),
        ("一、加强基层组织建设", True),
        ("Annex 1: Key tasks", True),
    ],
)
def test_readable_text(text: str, readable: bool) -> None:
    assert is_readable(text) is readable


def test_pdf_text_refuses_bytes_without_a_header() -> None:
    with pytest.raises(InputError, match="not a PDF file: the file is empty"):
        pdf_text(b"", name="empty.pdf")


def test_a_500_page_pdf_streams_with_flat_memory(tmp_path: Path) -> None:
    """Peak memory of reading 500 pages is close to that of reading 50."""
    from .make_binary_fixtures import PdfWriter, lay_out, plan_paras

    paras = plan_paras()
    peaks = {}
    for pages in (50, 500):
        laid = lay_out(paras * (pages // 11 + 1))[:pages]
        path = tmp_path / f"{pages}.pdf"
        PdfWriter().write(laid, path)
        probe = (
            "import resource, sys\n"
            "from castplan.readers.pdf import pdf_text\n"
            "data = open(sys.argv[1], 'rb').read()\n"
            "decoded = pdf_text(data, name='x.pdf')\n"
            "assert len(decoded.pages) == int(sys.argv[2]), len(decoded.pages)\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", probe, str(path), str(pages)],
            capture_output=True,
            text=True,
            check=True,
        )
        peaks[pages] = int(done.stdout) / 1024  # MiB
    # 450 more pages of text (about 1.3 MB as a Python string, kept) and file
    # bytes; pages held open would add tens of megabytes.
    assert peaks[500] - peaks[50] < 20, peaks


def test_raw_input_api_reads_pdf_bytes() -> None:
    data = (BINARY / "plan-2025.pdf").read_bytes()
    notice = notice_from_input(RawInput("plan.pdf", data))
    assert notice.source.path == "plan.pdf" and len(notice.source.pages) == 11


def test_libreoffice_export_with_embedded_fonts_and_digit_spacing() -> None:
    """A PDF as an office suite writes it: subset fonts, gaps around digits, a line-end hyphen."""
    from .make_binary_fixtures import EXCERPT_LINES

    raw = read_input(BINARY / "libreoffice-excerpt.pdf")
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(raw.data)
    extracted = "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    document.close()
    assert "2025 年" in extracted  # the gap the reader has to close
    excerpt = "\n".join(SAMPLE_PATH.read_text(encoding="utf-8").splitlines()[:EXCERPT_LINES])
    notice = notice_from_input(raw)
    assert essentials(notice) == essentials(parse_notice(excerpt))
    assert notice.title == "中國科協2025年工作要點"
    assert len(essentials(notice)) == 6


def test_progress_is_reported_page_by_page_and_shown_only_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from castplan import output as output_module

    seen: list[tuple[int, int]] = []
    raw = read_input(BINARY / "notice-12-pages.pdf")
    notice_from_input(raw, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(n, 12) for n in range(1, 13)]

    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    with output_module.page_progress() as progress:
        assert progress is None
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    with output_module.page_progress() as progress:
        assert progress is not None
        for done in range(1, 61):
            progress(done, 60)  # a rich bar on stderr, gone when done
