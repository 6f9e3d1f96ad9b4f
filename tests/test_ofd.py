"""OFD input: the 2025 plan as an OFD parses as its text does; hostile packages are refused."""

from __future__ import annotations

import io
import zipfile

import pytest
from click.testing import CliRunner

from castplan import parse_notice
from castplan.cli import cli
from castplan.errors import InputError
from castplan.load import RawInput, notice_from_input, read_input
from castplan.readers import input_format_for
from castplan.readers.ofd import ofd_text

from .conftest import FIXTURES, SAMPLE_PATH
from .test_pdf import essentials

BINARY = FIXTURES / "binary"
NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def test_plan_as_ofd_gives_the_items_of_its_text() -> None:
    notice = notice_from_input(read_input(BINARY / "plan-2025.ofd"))
    text_plan = parse_notice(SAMPLE_PATH.read_text(encoding="utf-8"))
    assert essentials(notice) == essentials(text_plan)
    assert len(essentials(notice)) == 32
    assert notice.source.format == "ofd"
    assert len(notice.source.pages) == 11
    assert notice.source.page_of(list(notice.items())[-1].span) == 11


def test_an_ofd_s_paragraphs_read_as_a_line_each() -> None:
    # The same page geometry as a PDF's: a full line goes on in the flush-left line
    # below it, a paragraph's last line and a signature end theirs.
    text = ofd_text((BINARY / "plan-2025.ofd").read_bytes(), name="plan-2025.ofd").text
    lines = text.splitlines()
    opening = next(line for line in lines if line.startswith("2025年,中國科協將堅持"))
    assert opening.endswith("團結引領廣大科技工作者在以科技現代化支撐中國式現代化中作出新貢獻。")
    assert lines[2:5] == ["中國科協辦公廳", "2025年2月28日", "中國科協2025年工作要點"]
    # (a point's paragraph, its unit tag on its last line, is one line)
    assert any(
        line.startswith("1.健全思想政治工作體系。") and line.endswith("(牽頭部門:宣傳文化部)")
        for line in lines
    )


def test_runs_listed_bottom_up_one_character_each_are_read_in_reading_order() -> None:
    notice = notice_from_input(read_input(BINARY / "per-character.ofd"))
    assert notice.title == "中国科协2024年组织工作要点"
    assert [i.lead_departments for i in notice.items()] == [
        ["基层组织部"],
        ["基层组织部"],
        ["学会服务中心"],
        ["国际合作部", "办公厅"],
    ]


def test_ofd_is_sniffed_without_its_suffix() -> None:
    data = (BINARY / "plan-2025.ofd").read_bytes()
    assert input_format_for("<stdin>", data) == "ofd"
    result = CliRunner().invoke(cli, ["list", "-", "-f", "jsonl", "-q"], input=data)
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 32


def package(parts: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, text in parts.items():
            zf.writestr(name, text)
    return out.getvalue()


OFD_XML = f"<ofd:OFD {NS}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
DOCUMENT = (
    f"<ofd:Document {NS}><ofd:CommonData><ofd:TemplatePage ID='9' BaseLoc='Tpl/T.xml'/>"
    "</ofd:CommonData><ofd:Pages><ofd:Page ID='1' BaseLoc='Pages/Page_0/Content.xml'/>"
    "</ofd:Pages></ofd:Document>"
)


def text_object(x: float, y: float, text: str, deltas: str = "") -> str:
    return (
        f"<ofd:TextObject ID='1' Boundary='{x} {y} 150 6' Size='5'>"
        f"<ofd:TextCode X='0' Y='5' DeltaX='{deltas}'>{text}</ofd:TextCode></ofd:TextObject>"
    )


def page(*objects: str, template: bool = False) -> str:
    ref = "<ofd:Template TemplateID='9'/>" if template else ""
    return f"<ofd:Page {NS}>{ref}<ofd:Content><ofd:Layer>{''.join(objects)}</ofd:Layer></ofd:Content></ofd:Page>"


def test_templates_compressed_advances_and_gaps() -> None:
    data = package(
        {
            "OFD.xml": OFD_XML,
            "Doc_0/Document.xml": DOCUMENT,
            "Doc_0/Tpl/T.xml": page(text_object(90, 280, "—1—")),
            "Doc_0/Pages/Page_0/Content.xml": page(
                text_object(60, 30, "二〇二五年", "g 4 5"),
                text_object(20, 30, "中国科协办公厅", "g 6 5"),
                text_object(20, 20, "中国科协2025年工作要点"),
                template=True,
            ),
        }
    )
    decoded = ofd_text(data, name="t.ofd")
    assert decoded.text == "中国科协2025年工作要点\n中国科协办公厅 二〇二五年\n—1—\n"
    assert decoded.pages == (0,)


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        ({"readme.txt": "x"}, "no OFD.xml"),
        ({"OFD.xml": "<ofd:OFD"}, "damaged OFD: OFD.xml"),
        ({"OFD.xml": OFD_XML}, "damaged OFD: Doc_0/Document.xml is missing"),
        (
            {
                "OFD.xml": '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>'
                f"<ofd:OFD {NS}>&b;</ofd:OFD>"
            },
            "DTDs are not allowed",
        ),
        (
            {
                "OFD.xml": OFD_XML,
                "Doc_0/Document.xml": DOCUMENT,
                "Doc_0/Pages/Page_0/Content.xml": page("<ofd:ImageObject ID='2'/>"),
            },
            "no readable text on page(s) 1 of 1",
        ),
    ],
)
def test_bad_packages_are_refused(parts: dict[str, str], message: str) -> None:
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        ofd_text(package(parts), name="bad.ofd")


def test_not_a_zip_with_ofd_suffix_is_refused() -> None:
    with pytest.raises(InputError, match="not an OFD file"):
        notice_from_input(RawInput("plan.ofd", b"not a zip"))
