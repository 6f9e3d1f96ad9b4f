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

The PDFs are kept in a cache folder (``benchmarks/.cache/typeset``), keyed by
the notice's text and the page style, and made in batches by one LibreOffice
process; the first run over the corpus takes some minutes, later ones read
the cache.  Needs LibreOffice (``apt-get install libreoffice-writer-nogui``), a
CJK font (``fonts-wqy-microhei``) and python-docx (the test extra).
"""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO

CACHE = Path(__file__).resolve().parent / ".cache" / "typeset"
# Bump when the page style changes, so the cache is made again.
STYLE_VERSION = "3"
FONT = "WenQuanYi Micro Hei"
# GB/T 9704: a text block 156 mm wide holds 28 characters of 3号; the size is set a
# hair under 16 pt so that 28 whole characters of this font fit.
BODY_PT = 15.7
TITLE_PT = 22.0
# 22 lines in the 225 mm text block.
LINE_PITCH_PT = 28.95
BATCH = 100


def cache_key(text: str, title: str | None) -> str:
    digest = hashlib.sha256(f"{STYLE_VERSION}\0{title or ''}\0{text}".encode())
    return digest.hexdigest()[:24]


def notice_docx(text: str, title: str | None, path: Path | IO[bytes]) -> None:
    """Write ``text`` as a Word file, one paragraph a non-blank line; the title's line
    (``title_line``) is centred in the title's size."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml import OxmlElement
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
    at = title_line(lines, title)
    for index, line in enumerate(lines):
        paragraph = document.add_paragraph(line)
        if index == at:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.first_line_indent = Pt(0)
            for run in paragraph.runs:
                run.font.size = Pt(TITLE_PT)
    # The page number, "— 1 —", centred at the foot of every page.
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.paragraph_format.first_line_indent = Pt(0)
    footer.add_run("— ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    number_run = OxmlElement("w:r")
    number_text = OxmlElement("w:t")
    number_text.text = "1"
    number_run.append(number_text)
    field.append(number_run)
    footer._p.append(field)
    footer.add_run(" —")
    document.save(str(path) if isinstance(path, Path) else path)


def docx_bytes(text: str, title: str | None) -> bytes:
    """The Word file ``notice_docx`` writes, as bytes (the "Word file" layout)."""
    stream = io.BytesIO()
    notice_docx(text, title, stream)
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


def typeset(notices: Iterable[tuple[str, str | None]]) -> None:
    """Make the PDF of each (text, title) the cache lacks, in a few LibreOffice runs."""
    missing = {key for key in notices if not _cached(*key).exists()}
    if missing:
        _convert(sorted(missing, key=lambda key: cache_key(*key)))


def typeset_pdf(text: str, title: str | None) -> bytes:
    """The PDF of ``text`` typeset with ``title`` centred, from the cache."""
    typeset([(text, title)])
    return _cached(text, title).read_bytes()


def _cached(text: str, title: str | None) -> Path:
    return CACHE / f"{cache_key(text, title)}.pdf"


def _convert(missing: list[tuple[str, str | None]]) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit(
            "the typeset PDF layout needs LibreOffice: apt-get install libreoffice-writer-nogui"
        )
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        sources: list[Path] = []
        for text, title in missing:
            source = work / f"{cache_key(text, title)}.docx"
            notice_docx(text, title, source)
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
