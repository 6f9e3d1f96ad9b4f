"""Regenerate the binary test files in ``tests/fixtures/binary/``.

castplan cannot download published PDFs, OFDs or Word 97 files, so the tests
use files this script lays out from the 2025 plan and from short notices.
The pages follow GB/T 9704 (A4, 156 x 225 mm text block, 22 lines of 28
characters at 16 pt, page numbers "— 1 —" at the foot, outside edge).

PDFs are written by hand (``PdfWriter`` below), the way Word and WPS write
公文: a Type0 font with Identity-H encoding and a ToUnicode map.  The font
program is not embedded (text extraction reads the ToUnicode map, and the
files stay a few kilobytes).  Variants: a ToUnicode map that gives Kangxi
and supplement radicals (⽅ for 方, ⻔ for 门), a font without any ToUnicode
map, an image-only page, a ruled two-column task table in an attachment, the
notice with its title set in 2号 over two lines, a
zero-page file, a password (qpdf), a cut-off copy.  One PDF is made by
reportlab with its built-in CID font (a predefined CMap, no ToUnicode).
OFDs are written from the same page layout as zips of XML.  Word 97 files
(.doc) and RTF files are made by LibreOffice from .docx files that use Word's
automatic numbering and a table; LibreOffice also exports the plan's opening as a PDF
with embedded font subsets and its spacing between CJK text and digits.

Needs, only here (the tests read the committed files)::

    apt-get update && apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui \
        qpdf fonts-wqy-zenhei
    pip install reportlab openpyxl
    python tests/make_binary_fixtures.py        # rewrites tests/fixtures/binary/

Everything is deterministic except the .doc, .rtf, .xlsx, .xls and .ods
files (their writers stamp them).
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "fixtures" / "binary"
SAMPLE = ROOT / "castplan" / "samples" / "cast-2025-work-plan.zh-Hant.txt"

# --- page geometry (points; GB/T 9704) ---------------------------------------------

MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
LEFT, TOP = 28 * MM, 37 * MM
TEXT_W = 156 * MM
LINES_PER_PAGE = 22
PITCH = 225 * MM / LINES_PER_PAGE
BODY = 16.0  # 3号 仿宋
TITLE = 22.0  # 2号 小标宋


def advance(ch: str) -> float:
    """Width of a character in ems: ASCII and half-width forms are half an em."""
    return 0.5 if ord(ch) < 0x2000 else 1.0


def width(text: str, size: float) -> float:
    return sum(advance(ch) for ch in text) * size


@dataclass
class Run:
    """A line of text at (x, baseline y from the top), or a rule, or an image."""

    x: float
    y: float
    text: str = ""
    size: float = BODY
    kind: str = "text"  # text | rule | image
    w: float = 0.0
    h: float = 0.0


@dataclass
class Page:
    runs: list[Run] = field(default_factory=list)


@dataclass
class Para:
    """A paragraph to lay out: body (indented, wrapped), center, right, masthead, rule."""

    text: str
    kind: str = "body"


def wrap(text: str, size: float, first_indent: float) -> Iterator[tuple[float, str]]:
    line, used, indent = "", first_indent, first_indent
    for ch in text:
        if line and used + advance(ch) * size > TEXT_W + 0.01:
            yield indent, line
            line, used, indent = "", 0.0, 0.0
        line += ch
        used += advance(ch) * size
    yield indent, line


class Layout:
    """Flows paragraphs onto GB/T 9704 pages, numbering them at the foot."""

    def __init__(self, page_numbers: bool = True) -> None:
        self.pages: list[Page] = []
        self.page_numbers = page_numbers
        self.line = LINES_PER_PAGE

    def _new_page(self) -> None:
        if self.pages and self.page_numbers:
            self._number(self.pages[-1], len(self.pages))
        self.pages.append(Page())
        self.line = 0

    def _number(self, page: Page, n: int) -> None:
        label = f"— {n} —"
        size = 14.0
        x = PAGE_W - LEFT - width(label, size) if n % 2 else LEFT
        page.runs.append(Run(x, PAGE_H - 20 * MM, label, size))

    def _put(self, x: float, text: str, size: float = BODY, lines: int = 1) -> None:
        if self.line + lines > LINES_PER_PAGE:
            self._new_page()
        y = TOP + (self.line + 1) * PITCH - (PITCH - size) / 2
        self.pages[-1].runs.append(Run(x, y, text, size))
        self.line += lines

    def add(self, para: Para) -> None:
        if not self.pages:
            self._new_page()
        if para.kind == "masthead":
            size = 32.0
            self._put(LEFT + (TEXT_W - width(para.text, size)) / 2, para.text, size, 2)
        elif para.kind == "rule":
            if self.line >= LINES_PER_PAGE:
                self._new_page()
            y = TOP + self.line * PITCH + PITCH / 2
            self.pages[-1].runs.append(Run(LEFT, y, kind="rule", w=TEXT_W))
        elif para.kind == "center":
            for _, line in wrap(para.text, BODY, 0):
                self._put(LEFT + (TEXT_W - width(line, BODY)) / 2, line)
        elif para.kind == "title":
            # 2号 (22 pt), centred; a long title wraps over two or three lines
            for _, line in wrap(para.text, TITLE, 0):
                self._put(LEFT + (TEXT_W - width(line, TITLE)) / 2, line, TITLE)
        elif para.kind == "right":
            # two characters off the right edge; a signature too long for that wraps,
            # each of its lines set right
            for line in _wrap_cell(para.text, BODY, TEXT_W - 2 * BODY):
                self._put(LEFT + TEXT_W - width(line, BODY) - 2 * BODY, line)
        elif para.kind == "blank":
            self.line += 1
        elif para.kind == "pagebreak":
            self.line = LINES_PER_PAGE
        else:
            indent = 2 * BODY if para.kind == "body" else 0.0
            for offset, line in wrap(para.text, BODY, indent):
                self._put(LEFT + offset, line)

    def add_image_page(self) -> None:
        self._new_page()
        self.pages[-1].runs.append(Run(LEFT, TOP, kind="image", w=TEXT_W, h=225 * MM))

    def add_table(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> None:
        """A ruled table; each cell's text wraps inside its column."""
        size = 12.0
        pitch = size * 1.5
        col_w = [w * TEXT_W for w in widths]
        y = TOP + self.line * PITCH if self.pages else TOP
        if not self.pages:
            self._new_page()
        for row in [header, *rows]:
            cells = [
                list(_wrap_cell(text, size, w - 6)) for text, w in zip(row, col_w, strict=True)
            ]
            height = max(len(c) for c in cells) * pitch + 6
            if y + height > TOP + 225 * MM:
                self._new_page()
                y = TOP
            page = self.pages[-1]
            page.runs.append(Run(LEFT, y, kind="rule", w=TEXT_W))
            x = LEFT
            for lines, w in zip(cells, col_w, strict=True):
                page.runs.append(Run(x, y, kind="vrule", h=height))
                for index, line in enumerate(lines):
                    page.runs.append(Run(x + 3, y + 3 + (index + 1) * pitch - 3, line, size))
                x += w
            page.runs.append(Run(x, y, kind="vrule", h=height))
            y += height
        self.pages[-1].runs.append(Run(LEFT, y, kind="rule", w=TEXT_W))
        self.line = LINES_PER_PAGE

    def finish(self) -> list[Page]:
        if self.pages and self.page_numbers:
            self._number(self.pages[-1], len(self.pages))
        return self.pages


def _wrap_cell(text: str, size: float, w: float) -> Iterator[str]:
    line = ""
    for ch in text:
        if line and width(line + ch, size) > w:
            yield line
            line = ""
        line += ch
    yield line


def lay_out(paras: Sequence[Para], page_numbers: bool = True) -> list[Page]:
    layout = Layout(page_numbers)
    for para in paras:
        layout.add(para)
    return layout.finish()


# --- documents --------------------------------------------------------------------


def plan_paras() -> list[Para]:
    """The 2025 plan as published: cover letter, title, body."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    paras = []
    for line in lines:
        if line.endswith("工作要點") and len(line) < 20:
            paras += [Para("", "blank"), Para(line, "center"), Para("", "blank")]
        elif line == "中國科協辦公廳" or line.startswith("2025年2月28日"):
            paras.append(Para(line, "right"))
        elif line.endswith(":") and "各全國學會" in line:
            paras.append(Para(line, "plain"))
        else:
            paras.append(Para(line))
    return paras


def notice_paras() -> list[Para]:
    """The 2025 plan as a 12-page official document: 版头, body, 版记."""
    head = [
        Para("中國科協文件", "masthead"),
        Para("", "blank"),
        Para("科協辦發〔2025〕5號", "center"),
        Para("", "rule"),
        Para("中國科協辦公廳關於印發《中國科協2025年工作要點》的通知", "center"),
        Para("", "blank"),
    ]
    tail = [
        Para("", "blank"),
        Para("(此件主動公開)", "body"),
        Para("", "rule"),
        Para("抄送:中央組織部、中央宣傳部、科技部。", "plain"),
        Para("", "rule"),
        Para("中國科協辦公廳　　　　　　　2025年2月28日印發", "plain"),
        Para("", "rule"),
    ]
    return [*head, *plan_paras(), *tail]


def titled_notice_paras() -> list[Para]:
    """The 12-page notice with its title set as GB/T 9704 sets it: 2号, over two lines."""
    return [
        Para(para.text, "title") if para.text.startswith("中國科協辦公廳關於") else para
        for para in notice_paras()
    ]


SHORT_NOTICE = [
    Para("中国科协办公厅关于印发《中国科协2024年组织工作要点》的通知", "center"),
    Para("各省、自治区、直辖市科协，各全国学会：", "plain"),
    Para("现将《中国科协2024年组织工作要点》印发给你们，请结合实际认真贯彻落实。"),
    Para("中国科协办公厅", "right"),
    Para("2024年3月1日", "right"),
    Para("中国科协2024年组织工作要点", "center"),
    Para("一、加强基层组织建设", "plain"),
    Para(
        "1.推进高校科协建设。力争高校科协覆盖率达到90%以上，新建高校科协不少于50个。"
        "（牵头部门：基层组织部）"
    ),
    Para(
        "2.推进企业科协建设。在国家级园区新建企业科协200家左右。（牵头部门：基层组织部；"
        "配合部门：各省级科协）"
    ),
    Para("二、加强学会组织建设", "plain"),
    Para("3.深化学会治理改革。开展学会换届审查，全年审查100家以上。（牵头部门：学会服务中心）"),
    Para(
        "4.加强对外交流。推动地方科协与国际组织建立合作关系，举办国际会议30场。"
        "（牵头部门：国际合作部、办公厅）"
    ),
]

# The short notice signed by an office whose name is too long for its line.
LONG_SIGNATURE = "中国科学技术协会科学技术普及部全国科普日活动组织委员会办公室"
LONG_SIGNATURE_NOTICE = [
    Para(LONG_SIGNATURE, "right") if para.text == "中国科协办公厅" else para
    for para in SHORT_NOTICE
]

TABLE_HEADER = ("重点任务", "牵头部门")
TABLE_ROWS = (
    ("1.推进高校科协建设。力争高校科协覆盖率达到90%以上，新建高校科协不少于50个。", "基层组织部"),
    ("2.推进企业科协建设。在国家级园区新建企业科协200家左右。", "基层组织部、各省级科协"),
    ("3.深化学会治理改革。开展学会换届审查，全年审查100家以上。", "学会服务中心"),
    ("4.加强对外交流。推动地方科协与国际组织建立合作关系，举办国际会议30场。", "国际合作部"),
)


def table_notice_pages() -> list[Page]:
    """A cover notice whose attachment is a ruled two-column task table."""
    layout = Layout()
    for para in [
        Para("中国科协办公厅关于印发《中国科协2024年组织工作要点》的通知", "center"),
        Para("各省、自治区、直辖市科协，各全国学会：", "plain"),
        Para("现将《中国科协2024年组织工作要点》印发给你们，请结合实际认真贯彻落实。"),
        Para("附件：中国科协2024年组织工作要点重点任务分工表", "plain"),
        Para("中国科协办公厅", "right"),
        Para("2024年3月1日", "right"),
        Para("", "pagebreak"),
        Para("附件", "plain"),
        Para("中国科协2024年组织工作要点重点任务分工表", "center"),
    ]:
        layout.add(para)
    layout.add_table(TABLE_HEADER, TABLE_ROWS, (0.72, 0.28))
    return layout.finish()


# --- PDF -------------------------------------------------------------------------


def _hex(ch: str) -> str:
    return ch.encode("utf-16-be").hex().upper()


class PdfWriter:
    """A minimal PDF writer: Identity-H text, rules and gray images.

    ``to_unicode`` is "exact", "radicals" (glyphs of 方, 门, … map to radical
    characters, as some fonts' maps do) or "none".
    """

    def __init__(self, to_unicode: str = "exact") -> None:
        self.objects: list[bytes] = []
        self.to_unicode = to_unicode

    def add(self, body: bytes) -> int:
        self.objects.append(body)
        return len(self.objects)

    def stream(self, data: bytes, extra: str = "") -> int:
        packed = zlib.compress(data, 9)
        head = f"<< /Length {len(packed)} /Filter /FlateDecode {extra}>>\nstream\n".encode()
        return self.add(head + packed + b"\nendstream")

    def write(
        self, pages: Sequence[Page], path: Path, radicals: dict[str, str] | None = None
    ) -> None:
        chars = sorted({ch for page in pages for run in page.runs for ch in run.text})
        cid = {ch: index + 1 for index, ch in enumerate(chars)}
        font = self._font(chars, cid, radicals or {})
        image = self._image() if any(r.kind == "image" for p in pages for r in p.runs) else None
        page_ids = []
        pages_id = len(self.objects) + 1 + 2 * len(pages)  # after every page and content
        for page in pages:
            content = self.stream(self._content(page, cid))
            xobj = f"/XObject << /Im1 {image} 0 R >>" if image else ""
            page_ids.append(
                self.add(
                    f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {PAGE_W:.2f} "
                    f"{PAGE_H:.2f}] /Resources << /Font << /F1 {font} 0 R >> {xobj} >> "
                    f"/Contents {content} 0 R >>".encode()
                )
            )
        kids = " ".join(f"{i} 0 R" for i in page_ids)
        assert (
            self.add(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode()) == pages_id
        )
        catalog = self.add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
        path.write_bytes(self._serialise(catalog))

    def _serialise(self, catalog: int) -> bytes:
        out = io.BytesIO()
        out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(self.objects, start=1):
            offsets.append(out.tell())
            out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
        xref = out.tell()
        out.write(f"xref\n0 {len(self.objects) + 1}\n0000000000 65535 f \n".encode())
        for offset in offsets:
            out.write(f"{offset:010d} 00000 n \n".encode())
        out.write(
            f"trailer\n<< /Size {len(self.objects) + 1} /Root {catalog} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n".encode()
        )
        return out.getvalue()

    def _font(self, chars: Sequence[str], cid: dict[str, int], radicals: dict[str, str]) -> int:
        widths = " ".join(f"{cid[ch]} [{int(advance(ch) * 1000)}]" for ch in chars)
        descriptor = self.add(
            b"<< /Type /FontDescriptor /FontName /FangSong /Flags 4 "
            b"/FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 "
            b"/CapHeight 700 /StemV 80 >>"
        )
        cidfont = self.add(
            f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /FangSong "
            f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
            f"/FontDescriptor {descriptor} 0 R /DW 1000 /W [{widths}] "
            f"/CIDToGIDMap /Identity >>".encode()
        )
        extra = ""
        if self.to_unicode != "none":
            entries = [
                f"<{cid[ch]:04X}> <{_hex(radicals.get(ch, ch) if self.to_unicode == 'radicals' else ch)}>"
                for ch in chars
            ]
            blocks = [
                f"{len(entries[i : i + 100])} beginbfchar\n"
                + "\n".join(entries[i : i + 100])
                + "\nendbfchar"
                for i in range(0, len(entries), 100)
            ]
            cmap = (
                "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                + "\n".join(blocks)
                + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
            )
            extra = f"/ToUnicode {self.stream(cmap.encode())} 0 R "
        return self.add(
            f"<< /Type /Font /Subtype /Type0 /BaseFont /FangSong /Encoding /Identity-H "
            f"/DescendantFonts [{cidfont} 0 R] {extra}>>".encode()
        )

    def _image(self) -> int:
        """A 120 x 170 gray 'scan' with a few dark bars where the text would be."""
        w, h = 120, 170
        rows = []
        for y in range(h):
            dark = (y // 6) % 2 == 0 and 10 <= y <= 160
            rows.append(bytes(60 if dark and 8 <= x <= 112 else 235 for x in range(w)))
        return self.stream(
            b"".join(rows),
            f"/Type /XObject /Subtype /Image /Width {w} /Height {h} "
            f"/ColorSpace /DeviceGray /BitsPerComponent 8 ",
        )

    @staticmethod
    def _content(page: Page, cid: dict[str, int]) -> bytes:
        ops = []
        for run in page.runs:
            y = PAGE_H - run.y
            if run.kind == "rule":
                ops.append(f"0.8 w {run.x:.2f} {y:.2f} m {run.x + run.w:.2f} {y:.2f} l S")
            elif run.kind == "vrule":
                ops.append(f"0.8 w {run.x:.2f} {y:.2f} m {run.x:.2f} {y - run.h:.2f} l S")
            elif run.kind == "image":
                ops.append(
                    f"q {run.w:.2f} 0 0 {run.h:.2f} {run.x:.2f} {y - run.h:.2f} cm /Im1 Do Q"
                )
            else:
                codes = "".join(f"{cid[ch]:04X}" for ch in run.text)
                ops.append(f"BT /F1 {run.size:g} Tf 1 0 0 1 {run.x:.2f} {y:.2f} Tm <{codes}> Tj ET")
        return "\n".join(ops).encode()


def write_pdf(
    pages: Sequence[Page],
    name: str,
    to_unicode: str = "exact",
    radicals: dict[str, str] | None = None,
) -> Path:
    path = OUT / name
    PdfWriter(to_unicode).write(pages, path, radicals)
    return path


def radical_forms() -> dict[str, str]:
    """Ideograph → the radical a bad ToUnicode map gives for it (every one in the table)."""
    table = ROOT / "castplan" / "readers" / "radicals.tsv"
    forms: dict[str, str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        radical, ideograph, _ = line.split("\t")
        forms.setdefault(chr(int(ideograph, 16)), chr(int(radical, 16)))
    return forms


def zero_page_pdf(path: Path) -> None:
    writer = PdfWriter()
    pages = writer.add(b"<< /Type /Pages /Kids [] /Count 0 >>")
    catalog = writer.add(f"<< /Type /Catalog /Pages {pages} 0 R >>".encode())
    path.write_bytes(writer._serialise(catalog))


def reportlab_cid_pdf(path: Path) -> None:
    """The short notice in reportlab's STSong-Light: UniGB-UCS2-H, no ToUnicode, not embedded."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
    for page in lay_out(SHORT_NOTICE):
        for run in page.runs:
            if run.kind == "text":
                c.setFont("STSong-Light", run.size)
                c.drawString(run.x, PAGE_H - run.y, run.text)
        c.showPage()
    c.save()


# --- OFD -------------------------------------------------------------------------

OFD_NS = "http://www.ofdspec.org/2016"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_ofd(pages: Sequence[Page], path: Path, *, shuffle: bool = False) -> None:
    """An OFD package: OFD.xml → Doc_0/Document.xml → Pages/Page_N/Content.xml.

    Text objects hold one line each, positioned in millimetres; with
    ``shuffle`` each page lists its lines bottom-up, as some writers do, so
    the reader has to sort them.
    """
    header = '<?xml version="1.0" encoding="UTF-8"?>\n'
    ofd = (
        f'{header}<ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.2" DocType="OFD"><ofd:DocBody>'
        "<ofd:DocInfo><ofd:DocID>castplan-test</ofd:DocID><ofd:Creator>castplan tests"
        "</ofd:Creator></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
        "</ofd:DocBody></ofd:OFD>"
    )
    page_refs = "".join(
        f'<ofd:Page ID="{100 + n}" BaseLoc="Pages/Page_{n}/Content.xml"/>'
        for n in range(len(pages))
    )
    document = (
        f'{header}<ofd:Document xmlns:ofd="{OFD_NS}"><ofd:CommonData><ofd:MaxUnitID>9999'
        "</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>"
        "</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
        f"<ofd:Pages>{page_refs}</ofd:Pages></ofd:Document>"
    )
    public = (
        f'{header}<ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res"><ofd:Fonts>'
        '<ofd:Font ID="2" FontName="仿宋_GB2312" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        _zwrite(zf, "OFD.xml", ofd)
        _zwrite(zf, "Doc_0/Document.xml", document)
        _zwrite(zf, "Doc_0/PublicRes.xml", public)
        for n, page in enumerate(pages):
            _zwrite(zf, f"Doc_0/Pages/Page_{n}/Content.xml", _ofd_page(page, shuffle))


def _zwrite(zf: zipfile.ZipFile, name: str, text: str) -> None:
    info = zipfile.ZipInfo(name, date_time=(2025, 2, 28, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    zf.writestr(info, text.encode("utf-8"))


def _ofd_page(page: Page, shuffle: bool) -> str:
    objects = []
    runs = [r for r in page.runs if r.kind == "text"]
    if shuffle:
        runs = runs[::-1]
    for number, run in enumerate(runs, start=1):
        size = run.size / MM
        x, y = run.x / MM, run.y / MM
        w = width(run.text, run.size) / MM
        deltas = " ".join(f"{advance(ch) * size:.3f}" for ch in run.text[:-1])
        objects.append(
            f'<ofd:TextObject ID="{number}" Boundary="{x:.3f} {y - size:.3f} {w + 1:.3f} '
            f'{size * 1.2:.3f}" Font="2" Size="{size:.3f}"><ofd:FillColor Value="0 0 0"/>'
            f'<ofd:TextCode X="0" Y="{size:.3f}" DeltaX="{deltas}">{_esc(run.text)}'
            "</ofd:TextCode></ofd:TextObject>"
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content>'
        f'<ofd:Layer ID="1000">{"".join(objects)}</ofd:Layer></ofd:Content></ofd:Page>'
    )


def ofd_per_character(pages: Sequence[Page], path: Path) -> None:
    """An OFD whose writer put every character in a TextCode of its own (as converters do)."""
    split = []
    for page in pages:
        runs = []
        for run in page.runs:
            if run.kind != "text":
                continue
            x = run.x
            for ch in run.text:
                runs.append(Run(x, run.y, ch, run.size))
                x += advance(ch) * run.size
        split.append(Page(runs[::-1]))
    write_ofd(split, path)


# --- Word 97 -------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def numbered_docx(path: Path, with_table: bool = True) -> None:
    """The 2025 plan with Word's own numbering: 一、 (chineseCounting) and 1. (decimal)."""
    import docx
    import regex as re
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(16)
    style.font.name = "AR PL UMing TW"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "AR PL UMing TW")
    numbering = document.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="90">'
            '<w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlRestart w:val="0"/><w:lvlText w:val="%2."/><w:lvlJc w:val="left"/></w:lvl>'
            "</w:abstractNum>"
        )
    )
    # abstractNum elements must precede num elements.
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(numbering[-1])
    numbering.append(
        parse_xml(f'<w:num xmlns:w="{W}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    )

    def numbered(text: str, level: int) -> None:
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(
                f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'
            )
        )

    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        section = re.match(r"^[一二三四五六七八九十]+、(.*)$", line)
        item = re.match(r"^\d+\.(.*)$", line)
        if section:
            numbered(section.group(1), 0)
        elif item:
            numbered(item.group(1), 1)
        else:
            document.add_paragraph(line)
    if with_table:
        document.add_paragraph("附件")
        document.add_paragraph("中國科協2025年重點任務分工表")
        table = document.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ("序號", "重點任務", "牽頭部門"), strict=True):
            cell.text = text
        for number, (task, lead) in enumerate(
            [("籌備中國科協“十一大”。", "辦公廳"), ("建設網上科協。", "辦公廳")], start=1
        ):
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = str(number), task, lead
    document.save(str(path))


# --- Workbooks -----------------------------------------------------------------------

TASK_HEADER = ("序號", "重點任務", "牽頭部門")


def task_workbook(path: Path) -> None:
    """The plan's sections and items as the task table offices publish as a workbook.

    A title row and each section's heading merged across the table; a lead
    department written once, merged down over the items it leads in a run.
    """
    import openpyxl
    import regex as re

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "重點任務分工"
    sheet.append(["中國科協2025年重點任務分工表"])
    sheet.merge_cells("A1:C1")
    sheet.append(list(TASK_HEADER))
    run: list[int] = []  # the rows of the open run of one lead department
    lead_of_run = ""

    def close_run() -> None:
        if len(run) > 1:
            sheet.merge_cells(f"C{run[0]}:C{run[-1]}")
        run.clear()

    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        item = re.match(r"^(\d+)\.(.*)\(牽頭部門:([^()]+)\)$", line)
        if item:
            number, task, lead = item.groups()
            if not run or lead != lead_of_run:
                close_run()
                lead_of_run = lead
            sheet.append([int(number), task, lead if not run else None])
            run.append(sheet.max_row)
        elif re.match(r"^[一二三四五六七八九十]+、", line):
            close_run()
            sheet.append([line])
            sheet.merge_cells(f"A{sheet.max_row}:C{sheet.max_row}")
    close_run()
    workbook.save(str(path))


EXCERPT_LINES = 14  # cover letter, title, preamble, two sections: items 1 to 6


def libreoffice_pdf(out_dir: Path) -> Path:
    """The plan's opening as LibreOffice exports it: embedded font subsets, CJK-digit spacing."""
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(16)
    style.font.name = "WenQuanYi Zen Hei Mono"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "WenQuanYi Zen Hei Mono")
    for line in SAMPLE.read_text(encoding="utf-8").splitlines()[:EXCERPT_LINES]:
        document.add_paragraph(line)
    source = out_dir / "libreoffice.docx"
    document.save(str(source))
    return convert_with_soffice(source, "pdf", out_dir)


def convert_with_soffice(source: Path, target_suffix: str, out_dir: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit(
            "LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui"
        )
    filters = {"doc": "doc:MS Word 97"}
    subprocess.run(
        [
            soffice,
            "--headless",
            "--convert-to",
            filters.get(target_suffix, target_suffix),
            "--outdir",
            str(out_dir),
            str(source),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return out_dir / (source.stem + "." + target_suffix)


# --- all ----------------------------------------------------------------------------


def write_rtf(source: Path, tmp: Path) -> None:
    """The numbered plan as RTF, and the same bytes under .doc (sites serve RTF so)."""
    rtf = convert_with_soffice(source, "rtf", tmp).read_bytes()
    # LibreOffice writes a list level's 、 in the document's 8-bit code page,
    # where it has none, as "?" (\'3f); Word and WPS write it as \u12289, as the
    # files a site serves do.  Written so, LibreOffice reads it back as 、.
    rtf = rtf.replace(b"\\'02\\'00\\'3f;", b"\\'02\\'00\\u12289 ?;")
    (OUT / "plan-2025.rtf").write_bytes(rtf)
    (OUT / "rtf-saved-as.doc").write_bytes(rtf)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    notice = lay_out(notice_paras())
    plan = lay_out(plan_paras())
    short = lay_out(SHORT_NOTICE)
    print(f"notice: {len(notice)} pages; plan: {len(plan)} pages")

    # PDF
    write_pdf(plan, "plan-2025.pdf")
    write_pdf(notice, "notice-12-pages.pdf")
    write_pdf(lay_out(titled_notice_paras()), "notice-title-2hao.pdf")
    from castplan.script import to_simplified

    simplified_plan = lay_out([Para(to_simplified(p.text), p.kind) for p in plan_paras()])
    write_pdf(simplified_plan, "radicals.pdf", "radicals", radical_forms())
    write_pdf(short, "no-tounicode.pdf", "none")
    write_pdf(lay_out(LONG_SIGNATURE_NOTICE), "long-signature.pdf")
    reportlab_cid_pdf(OUT / "cid-no-tounicode.pdf")
    write_pdf(table_notice_pages(), "attachment-table.pdf")
    mixed = Layout()  # cover page, plan page, then a scanned page (a seal, a signature)
    for para in [*SHORT_NOTICE[:5], Para("", "pagebreak"), *SHORT_NOTICE[5:]]:
        mixed.add(para)
    mixed.add_image_page()
    write_pdf(mixed.finish(), "image-page.pdf")
    scan = Layout(page_numbers=False)
    scan.add_image_page()
    scan.add_image_page()
    write_pdf(scan.finish(), "scan.pdf")
    zero_page_pdf(OUT / "zero-pages.pdf")
    full = (OUT / "notice-12-pages.pdf").read_bytes()
    (OUT / "truncated.pdf").write_bytes(full[: len(full) * 2 // 3])
    (OUT / "not-a-pdf.pdf").write_bytes(
        "<!DOCTYPE html><html><body>404 文件不存在</body></html>\n".encode()
    )
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        raise SystemExit("qpdf is needed for the password-protected file: apt-get install qpdf")
    subprocess.run(
        [
            qpdf,
            "--encrypt",
            "secret",
            "owner",
            "256",
            "--",
            str(OUT / "no-tounicode.pdf"),
            str(OUT / "password.pdf"),
        ],
        check=True,
    )

    # OFD
    write_ofd(plan, OUT / "plan-2025.ofd", shuffle=True)
    ofd_per_character(short, OUT / "per-character.ofd")

    # Word 97
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "plan-2025.docx"
        numbered_docx(source)
        doc = convert_with_soffice(source, "doc", Path(tmp))
        shutil.copy(doc, OUT / "plan-2025.doc")
        shutil.copy(doc, OUT / "plan-2025.wps")
        write_rtf(source, Path(tmp))

    # Workbooks: the task table as .xlsx, and as LibreOffice saves it as .xls and .ods
    task_workbook(OUT / "tasks-2025.xlsx")
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in ("xls", "ods"):
            converted = convert_with_soffice(OUT / "tasks-2025.xlsx", suffix, Path(tmp))
            shutil.copy(converted, OUT / f"tasks-2025.{suffix}")
        shutil.copy(libreoffice_pdf(Path(tmp)), OUT / "libreoffice-excerpt.pdf")
    total = sum(p.stat().st_size for p in OUT.iterdir())
    print(f"{len(list(OUT.iterdir()))} files, {total / 1024:.0f} KiB in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
