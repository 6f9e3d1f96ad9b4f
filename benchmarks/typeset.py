"""Corpus notices typeset as an issuer's PDF: Word pages exported by LibreOffice.

``layouts.py`` imports this for its "typeset PDF" layout.  Each notice's lines
become the paragraphs of a Word file set as GB/T 9704 sets a 公文 (A4, a text
block 156 mm wide holding 28 characters of the body's size a line, 22 lines a
page, the body justified, every paragraph's first line indented by two characters, the title
centred in a larger size, "— 1 —" at each page's foot); LibreOffice lays the
pages out, with the line-breaking rules of Chinese typesetting (no line opens
with a closing mark), half-width digits and the gap it sets between CJK and
Latin text; castplan then reads the PDF as a user's copy, through its PDF
reader.  So a notice that stays right in this layout holds up on the breaks a
real typesetter makes, not only on cuts at a fixed count of characters.

A second style sets a notice as it is issued ("issued PDF"): GB/T 9704's page
with the parts a 公文 sets apart from its body where the annotation names them.
The masthead (``…文件``) centred in large type, the 文号 centred under it; the
addressees flush left with no indent; a first-level heading (``一、…``) in bold;
the signature and the date set right (the date four characters in from the
edge, the signature centred over it); the page number at the outer edge, odd
pages right and even pages left, as a printed 公文 sets it for double-sided
printing.  Those are the shapes castplan's PDF reader meets in an issuer's own
file that the plain style lacks.

The PDFs are kept in a cache folder (``benchmarks/.cache/typeset``), keyed by
the notice's text and the page style, and made in batches by one LibreOffice
process; the first run over the corpus takes some minutes, later ones read
the cache.  Needs LibreOffice (``apt-get install libreoffice-writer-nogui``), a
CJK font (``fonts-wqy-microhei``) and python-docx (the test extra).
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

CACHE = Path(__file__).resolve().parent / ".cache" / "typeset"
# Bump when the page style changes, so the cache is made again (the second for the
# issued style alone).
STYLE_VERSION = "3"
ISSUED_VERSION = "2"
FONT = "WenQuanYi Micro Hei"
# GB/T 9704: a text block 156 mm wide holds 28 characters of 3号; the size is set a
# hair under 16 pt so that 28 whole characters of this font fit.
BODY_PT = 15.7
TITLE_PT = 22.0
# 22 lines in the 225 mm text block.
LINE_PITCH_PT = 28.95
BATCH = 100


# The issued style: the masthead's size, the page number's (4号), and how far in from
# the edge the date stands (four characters) and the signature ends.
MASTHEAD_PT = 30.0
PAGE_NUMBER_PT = 14.0
DATE_INDENT_CHARS = 4


@dataclass(frozen=True)
class Marks:
    """What the annotation says some of a notice's lines are, so they are set as a
    typesetter sets them: the title always; with ``issued``, the issuer and the 文号
    too (see the module's second style)."""

    title: str | None
    issued: bool = False
    issuer: str | None = None
    doc_number: str | None = None


def cache_key(text: str, marks: Marks) -> str:
    style = f"{STYLE_VERSION}\0{marks.title or ''}"
    if marks.issued:
        style += f"\0issued{ISSUED_VERSION}\0{marks.issuer or ''}\0{marks.doc_number or ''}"
    digest = hashlib.sha256(f"{style}\0{text}".encode())
    return digest.hexdigest()[:24]


def notice_docx(text: str, marks: Marks, path: Path | IO[bytes]) -> None:
    """Write ``text`` as a Word file, one paragraph a non-blank line; the title's line
    (``title_line``) is centred in the title's size, and with ``marks.issued`` the
    other parts of an issued 公文 are set as GB/T 9704 sets them."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    style = document.styles["Normal"]
    style.font.size = Pt(BODY_PT)  # type: ignore[attr-defined]
    style.font.name = FONT  # type: ignore[attr-defined]
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    paragraph_format = style.paragraph_format  # type: ignore[attr-defined]
    paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    paragraph_format.line_spacing = Pt(LINE_PITCH_PT)
    paragraph_format.space_before = paragraph_format.space_after = Pt(0)
    paragraph_format.first_line_indent = Pt(2 * BODY_PT)
    # (justified, as a 公文's body is: every line but a paragraph's last reaches the edge)
    paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    roles = line_roles(lines, marks)
    for line, role in zip(lines, roles, strict=True):
        paragraph = document.add_paragraph(line)
        if role != "body":
            _set_apart(paragraph, role)
    if marks.issued:
        # Odd pages carry their number at the right, even pages at the left.
        document.settings.odd_and_even_pages_header_footer = True
        _page_number(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT, outer=True)
        _page_number(section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT, outer=True)
    else:
        _page_number(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.CENTER)
    document.save(str(path) if isinstance(path, Path) else path)


def _set_apart(paragraph: Any, role: str) -> None:
    """Set a line that is not running text as its part of a 公文 is set."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    layout = paragraph.paragraph_format
    layout.first_line_indent = Pt(0)
    if role in ("title", "masthead", "doc_number"):
        layout.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif role == "date":
        layout.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        layout.right_indent = Pt(DATE_INDENT_CHARS * BODY_PT)
    elif role == "signature":
        layout.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        layout.right_indent = Pt(DATE_INDENT_CHARS * BODY_PT / 2)
    elif role == "heading":
        layout.first_line_indent = Pt(2 * BODY_PT)
    # ("addressees": flush left, no indent)
    size = {"title": TITLE_PT, "masthead": MASTHEAD_PT}.get(role)
    for run in paragraph.runs:
        if size is not None:
            run.font.size = Pt(size)
        if role in ("masthead", "heading"):
            run.font.bold = True


def _page_number(footer: Any, alignment: Any, *, outer: bool = False) -> None:
    """ "— 1 —" at the page's foot; ``outer``: its dashes in 4号, a character in from
    the edge it is set against (the issued style)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    footer.alignment = alignment
    footer.paragraph_format.first_line_indent = Pt(0)
    if outer:
        footer.paragraph_format.left_indent = Pt(BODY_PT)
        footer.paragraph_format.right_indent = Pt(BODY_PT)
    opening = footer.add_run("— ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    number_run = OxmlElement("w:r")
    number_text = OxmlElement("w:t")
    number_text.text = "1"
    number_run.append(number_text)
    field.append(number_run)
    footer._p.append(field)
    closing = footer.add_run(" —")
    if outer:
        opening.font.size = closing.font.size = Pt(PAGE_NUMBER_PT)


# A date line alone: "2025年2月28日", "二〇二五年二月二十八日".  (The layout places a
# notice's parts by patterns of its own, never castplan's: it must not lean on the
# reader it measures.)
_DATE_LINE_RE = re.compile(
    r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d〇○零一二三四五六七八九十]{1,2}月"
    r"[\d〇○零一二三四五六七八九十]{1,3}日"
)
_HEADING_RE = re.compile(r"[一二三四五六七八九十]{1,3}、")
_SENTENCE_MARKS = "。，,；;"


def line_roles(lines: list[str], marks: Marks) -> list[str]:
    """What each line is set as: "title", and with ``marks.issued`` also "masthead",
    "doc_number", "addressees", "heading", "signature" and "date"; else "body"."""
    roles = ["body"] * len(lines)
    at = title_line(lines, marks.title)
    if at is not None:
        roles[at] = "title"
    if not marks.issued:
        return roles
    signatures = _issuer_names(marks.issuer)
    numbered = _doc_number_line(lines, marks.doc_number)
    for index, line in enumerate(lines):
        if roles[index] != "body":
            continue
        plain = "".join(line.split())
        if index == numbered:
            roles[index] = "doc_number"
        elif numbered is not None and index < numbered and plain.endswith("文件"):
            roles[index] = "masthead"
        elif _DATE_LINE_RE.fullmatch(plain):
            roles[index] = "date"
        elif plain in signatures:
            roles[index] = "signature"
        elif _HEADING_RE.match(line) and len(line) <= 40:
            roles[index] = "heading"
        elif (at is None or index < at) and _names_addressees(line):
            roles[index] = "addressees"
    return roles


def _issuer_names(issuer: str | None) -> set[str]:
    """The issuer as a signature line writes it: whole, or one office a line."""
    if not issuer:
        return set()
    whole = "".join(issuer.split())
    return {whole, whole.replace("、", ""), *re.split(r"[、\s]+", issuer.strip())}


def _doc_number_line(lines: list[str], doc_number: str | None) -> int | None:
    if not doc_number:
        return None
    for index, line in enumerate(lines):
        short = len(line) <= len(doc_number) + 12
        if doc_number in line and short and not any(mark in line for mark in _SENTENCE_MARKS):
            return index
    return None


# A numbered line: a heading or a point, never a list of addressees.
_MARKER_RE = re.compile(r"[(（]?[一二三四五六七八九十\d]")


def _names_addressees(line: str) -> bool:
    # "各区县人民政府，市政府各部门：" — a list of bodies closed by a colon.
    return (
        line.endswith(("：", ":"))
        and "。" not in line
        and len(line) <= 80
        and not _MARKER_RE.match(line)
    )


def docx_bytes(text: str, marks: Marks) -> bytes:
    """The Word file ``notice_docx`` writes, as bytes (the "Word file" layout)."""
    stream = io.BytesIO()
    notice_docx(text, marks, stream)
    return stream.getvalue()


def title_line(lines: list[str], title: str | None) -> int | None:
    """The line set as the title: the first that is the annotated title, else the
    first that holds it and no sentence (never a letter that names it)."""
    if not title:
        return None
    for index, line in enumerate(lines):
        if line == title:
            return index
    for index, line in enumerate(lines):
        if title in line and not any(mark in line for mark in "。，,；;"):
            return index
    return None


def typeset(notices: Iterable[tuple[str, Marks]]) -> None:
    """Make the PDF of each (text, marks) the cache lacks, in a few LibreOffice runs."""
    missing = {key for key in notices if not _cached(*key).exists()}
    if missing:
        _convert(sorted(missing, key=lambda key: cache_key(*key)))


def typeset_pdf(text: str, marks: Marks) -> bytes:
    """The PDF of ``text`` typeset as ``marks`` say, from the cache."""
    typeset([(text, marks)])
    return _cached(text, marks).read_bytes()


def _cached(text: str, marks: Marks) -> Path:
    return CACHE / f"{cache_key(text, marks)}.pdf"


def _convert(missing: list[tuple[str, Marks]]) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit(
            "the typeset PDF layout needs LibreOffice: apt-get install libreoffice-writer-nogui"
        )
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        sources: list[Path] = []
        for text, marks in missing:
            source = work / f"{cache_key(text, marks)}.docx"
            notice_docx(text, marks, source)
            sources.append(source)
        for start in range(0, len(sources), BATCH):
            batch = sources[start : start + BATCH]
            subprocess.run(
                [
                    soffice,
                    f"-env:UserInstallation=file://{work / 'profile'}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(CACHE),
                    *map(str, batch),
                ],
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
