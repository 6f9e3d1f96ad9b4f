"""Other file formats → notice text: web pages (HTML), Word (DOCX), PDF and OFD.

HTML is read with BeautifulSoup over Python's own ``html.parser`` (no
compiled dependency; it tolerates the broken markup of government CMS pages).
Scripts, styles and navigation are dropped; the article is the deepest
element that holds most of the page's Chinese text outside links, so menus,
sidebars and footers fall away while the article's own date and source lines
stay (the parser keeps those in ``source.chrome``).

DOCX is read with python-docx, paragraph by paragraph in body order (table
cells included).  Word's automatic list numbering is not part of a
paragraph's text, so it is rebuilt from the numbering definitions: without it
a plan numbered by Word would lose every "一、" and "1.".

PDF (``castplan.readers.pdf``) and OFD (``castplan.readers.ofd``) are read
page by page and cleaned by the rules of ``castplan.readers.pages``; Word
97 and WPS files are refused with the command that converts them
(``castplan.readers.doc`` says why).

Spans of an HTML, DOCX, PDF or OFD input are offsets into the extracted text.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

import regex as re

from castplan.errors import InputError
from castplan.grammar.numerals import chinese_numeral
from castplan.grammar.patterns import HAN_CHARS_RE as _HAN_RE
from castplan.readers.decode import Decoded, decode_bytes
from castplan.readers.tables import table_lines

if TYPE_CHECKING:
    from bs4.element import Tag

Format = Literal["text", "html", "docx", "pdf", "doc", "ofd"]
#: Called after each page of a PDF or OFD with (pages done, pages in all).
Progress = Callable[[int, int], None]
# The PDF, OFD and Word 97 readers are imported only for such input; these
# signatures are all format detection needs.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def is_pdf(data: bytes) -> bool:
    """Whether the bytes carry a PDF header (``%PDF-``) where readers look for it."""
    return data.find(b"%PDF-", 0, 1024) >= 0


def is_ofd(data: bytes) -> bool:
    """Whether the bytes are a ZIP package with an ``OFD.xml`` at its root."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    if b"OFD.xml" in data[:4096]:
        return True
    try:
        return "OFD.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_SUFFIX_FORMATS: dict[str, Format] = {
    ".docx": "docx",
    ".pdf": "pdf",
    ".ofd": "ofd",
    ".doc": "doc",
    ".wps": "doc",
}
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Elements that are never article text.
_DROP_TAGS = [
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "input",
    "textarea",
    "object",
    "embed",
    "canvas",
]
# Elements that end a line of text.
_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "blockquote",
        "body",
        "center",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
# The article is the deepest element with at least this share of the page's text.
_ARTICLE_SHARE = 0.8


def format_for(name: str, data: bytes, requested: str | None = None) -> Format:
    """Pick the input format: ``requested``, else the suffix, else the content."""
    if requested and requested != "auto":
        return requested  # type: ignore[return-value]
    suffix = name[name.rfind(".") :].lower() if "." in name else ""
    if suffix in _HTML_SUFFIXES:
        return "html"
    by_suffix = _SUFFIX_FORMATS.get(suffix)
    if by_suffix is not None and not (by_suffix == "doc" and not data.startswith(OLE_MAGIC)):
        return by_suffix
    # No suffix, or a ".doc" that is no Word 97 file (sites serve web pages and
    # .docx files under that name): look at the content.
    if is_pdf(data):
        return "pdf"
    if data.startswith(b"PK\x03\x04") and b"word/" in data[:4096]:
        return "docx"
    if is_ofd(data):
        return "ofd"
    if data.startswith(OLE_MAGIC):
        return "doc"
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return by_suffix or "text"


def extract_text(
    data: bytes,
    fmt: Format,
    *,
    name: str,
    encoding: str | None,
    progress: Progress | None = None,
) -> Decoded:
    """The notice text of an input in any supported format.

    ``progress`` is called with (pages done, pages in all) while a PDF or
    OFD is read.
    """
    if fmt == "html":
        return _html_text(data, name=name, encoding=encoding)
    if fmt == "docx":
        return Decoded(docx_text(data, name=name), "utf-8")
    if fmt == "pdf":
        from castplan.readers.pdf import pdf_text

        return pdf_text(data, name=name, progress=progress)
    if fmt == "ofd":
        from castplan.readers.ofd import ofd_text

        return ofd_text(data, name=name, progress=progress)
    if fmt == "doc":
        from castplan.readers.doc import refuse_doc

        refuse_doc(data, name=name)
    return decode_bytes(data, name=name, encoding=encoding)


# --- HTML ----------------------------------------------------------------------


def _html_text(data: bytes, *, name: str, encoding: str | None) -> Decoded:
    declared = _CHARSET_RE.search(data[:4096])
    if encoding is None and declared:
        label = declared.group(1).decode("ascii").lower()
        # Pages that declare gb2312 or gbk routinely use characters beyond them.
        encoding = "gb18030" if label in {"gb2312", "gbk", "x-gbk"} else label
    decoded = decode_bytes(data, name=name, encoding=encoding)
    return Decoded(html_text(decoded.text), decoded.encoding, decoded.dropped)


def html_text(markup: str) -> str:
    """The article text of a web page, one line per block element."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    root = _article_root(soup.body or soup)
    parts: list[str] = _chrome_before(root)
    _collect_text(root, parts)
    lines = (" ".join(line.split(" ")).strip(" ") for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line) + "\n"


def _han_counts(tag: Tag) -> tuple[int, int]:
    """Han characters in a tag's text outside links, and inside them."""
    total = len(_HAN_RE.findall(tag.get_text()))
    links = sum(len(_HAN_RE.findall(a.get_text())) for a in tag.find_all("a"))
    return total - links, links


def _own_han(tag: Tag) -> int:
    return _han_counts(tag)[0]


def _article_root(top: Any) -> Any:
    """The deepest element holding most of the page's text, widened to its prose.

    Going down picks the plan's container; going back up takes in siblings
    that are prose rather than links, since some sites put the cover notice
    and the plan (the attachment) in neighbouring boxes.
    """
    total = _own_han(top)
    node = top
    while total:
        best = None
        for child in node.find_all(True, recursive=False):
            if _own_han(child) >= _ARTICLE_SHARE * total:
                best = child
                break
        if best is None:
            break
        node = best
    # The rows of a data table are read with their table, never alone.
    table = node.find_parent("table") if node.name in _TABLE_PARTS else None
    if table is not None and _is_data_table(table):
        node = table
    while node is not top and node.parent is not None and _adds_prose(node):
        node = node.parent
    return node


# Prose a sibling box must add to join the article: a sentence or more,
# and at most half as much link text.
_MIN_PROSE = 10


def _adds_prose(node: Any) -> bool:
    own, links = _han_counts(node.parent)
    own_here, links_here = _han_counts(node)
    extra_prose, extra_links = own - own_here, links - links_here
    if extra_links * 2 > extra_prose:
        return False
    return extra_prose >= _MIN_PROSE or _has_heading_beside(node)


def _has_heading_beside(node: Any) -> bool:
    """A title heading next to the article, such as an <h1> above a task table."""
    return any(
        len(_HAN_RE.findall(heading.get_text())) >= 4
        for heading in node.parent.find_all(["h1", "h2", "h3"], recursive=False)
    )


def _chrome_before(root: Any) -> list[str]:
    """Date and source lines that precede the article outside it.

    CMS pages put "发布时间：…" and "来源：…" in a box above the article
    body; the parser keeps them as chrome, so they are carried along.
    """
    from castplan.grammar.patterns import CHROME_RES

    wanted = {"published", "source", "author"}
    found: list[list[str]] = []
    node = root
    while node.parent is not None:
        level: list[str] = []
        for sibling in node.find_previous_siblings(True):
            parts: list[str] = []
            _collect_text(sibling, parts)
            lines = [line.strip() for line in "".join(parts).split("\n") if line.strip()]
            level[:0] = [
                line
                for line in lines
                if any(kind in wanted and p.search(line) for kind, p in CHROME_RES)
            ]
        found.insert(0, level)
        node = node.parent
    return [line + "\n" for level in found for line in level]


_TABLE_PARTS = frozenset({"tr", "td", "th", "tbody", "thead", "tfoot"})


def _is_data_table(table: Any) -> bool:
    """A table of rows and cells, not one that lays out a whole page.

    Old sites set the article inside a layout table; its cells hold many
    paragraphs or further tables and must be read as running text.
    """
    if table.find("table") is not None:
        return False
    cells = table.find_all(["td", "th"])
    rows = table.find_all("tr")
    return len(rows) >= 2 and all(len(cell.find_all(["p", "div", "li"])) <= 1 for cell in cells)


def _collect_text(node: Any, parts: list[str]) -> None:
    """Append the text of ``node`` to ``parts``, one line per block element."""
    from bs4.element import NavigableString, Tag

    if isinstance(node, NavigableString):
        if type(node) is NavigableString:  # not a comment or a doctype
            # Markup whitespace is layout; the text's own spaces are kept as one.
            parts.append(re.sub(r"[ \t\r\n\f]+", " ", str(node)))
        return
    if not isinstance(node, Tag):
        return
    if node.name == "br":
        parts.append("\n")
    elif node.name == "table" and _is_data_table(node):
        rows = [
            [cell.get_text(" ", strip=True) for cell in tr.find_all(["td", "th"])]
            for tr in node.find_all("tr")
        ]
        parts.append("\n" + "\n".join(table_lines(rows)) + "\n")
    else:
        block = node.name in _BLOCK_TAGS
        parts.append("\n" if block else "")
        for child in node.children:
            _collect_text(child, parts)
        parts.append("\n" if block else "")


# --- DOCX ----------------------------------------------------------------------


def docx_text(data: bytes, *, name: str) -> str:
    """The paragraphs of a Word document, with Word's list numbers restored."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"not a readable .docx file ({exc})", source_name=name) from None
    numbering = _Numbering(document)
    lines: list[str] = []
    for kind, block in _blocks(document):
        if kind == "table":
            lines += table_lines(block)
        else:
            lines.append(numbering.label(block) + block.text)
    return "\n".join(lines) + "\n"


def _blocks(document: Any) -> Iterator[tuple[str, Any]]:
    """Body paragraphs and tables (as rows of cell texts), in order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield "paragraph", Paragraph(block, document)
        elif tag == "tbl":
            yield "table", [_row_texts(row) for row in Table(block, document).rows]


def _row_texts(row: Any) -> list[str]:
    # A merged cell comes back once per grid column it spans: keep it once.
    cells: list[Any] = []
    for cell in row.cells:
        if not cells or cell._tc is not cells[-1]._tc:
            cells.append(cell)
    return [cell.text for cell in cells]


def _format_number(n: int, fmt: str) -> str:
    if fmt in {"chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
               "ideographDigital", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand"}:  # fmt: skip
        return chinese_numeral(n)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return chr(0x245F + n) if 1 <= n <= 20 else str(n)
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    if fmt in {"lowerLetter", "upperLetter"}:
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in {"lowerRoman", "upperRoman"}:
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += numeral
            n -= value
    return out


class _Level(NamedTuple):
    """One level of a Word list: number format, label pattern, first value."""

    fmt: str
    text: str
    start: int
    restarts: bool


class _Numbering:
    """Rebuilds Word's automatic list labels ("一、", "1.", "（1）")."""

    def __init__(self, document: Any) -> None:
        from docx.oxml.ns import qn

        self._qn = qn
        self._levels: dict[str, dict[int, _Level]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract = {
            a.get(qn("w:abstractNumId")): self._read_levels(a)
            for a in root.iterchildren(qn("w:abstractNum"))
        }
        for num in root.iterchildren(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            levels = dict(abstract.get(ref.get(qn("w:val")) if ref is not None else None, {}))
            for override in num.iterchildren(qn("w:lvlOverride")):
                start = override.find(qn("w:startOverride"))
                ilvl = int(override.get(qn("w:ilvl"), "0"))
                if start is not None and ilvl in levels:
                    levels[ilvl] = levels[ilvl]._replace(start=int(start.get(qn("w:val"))))
            self._levels[num.get(qn("w:numId"))] = levels

    def _read_levels(self, abstract: Any) -> dict[int, _Level]:
        qn = self._qn
        levels = {}
        for lvl in abstract.iterchildren(qn("w:lvl")):
            fmt = lvl.find(qn("w:numFmt"))
            text = lvl.find(qn("w:lvlText"))
            start = lvl.find(qn("w:start"))
            restart = lvl.find(qn("w:lvlRestart"))
            levels[int(lvl.get(qn("w:ilvl"), "0"))] = _Level(
                fmt=fmt.get(qn("w:val")) if fmt is not None else "decimal",
                text=text.get(qn("w:val")) if text is not None else "",
                start=int(start.get(qn("w:val"))) if start is not None else 1,
                # w:lvlRestart="0" makes a level run on under a new parent.
                restarts=restart is None or restart.get(qn("w:val")) != "0",
            )
        return levels

    def _num_pr(self, paragraph: Any) -> tuple[str, int] | None:
        qn = self._qn
        holders = [paragraph._p.pPr]
        style = paragraph.style
        while style is not None:  # numbering may come from the style or its bases
            holders.append(style.element.pPr)
            style = style.base_style
        for ppr in holders:
            num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
            if num_pr is None:
                continue
            num_id = num_pr.find(qn("w:numId"))
            ilvl = num_pr.find(qn("w:ilvl"))
            if num_id is None:
                continue
            return num_id.get(qn("w:val")), int(ilvl.get(qn("w:val"))) if ilvl is not None else 0
        return None

    def label(self, paragraph: Any) -> str:
        """The list label Word shows before ``paragraph``, or ""."""
        found = self._num_pr(paragraph)
        if found is None or not paragraph.text.strip():
            return ""
        num_id, ilvl = found
        levels = self._levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self._counters.setdefault(num_id, {})
        this = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, this.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            if levels.get(deeper, this).restarts:
                del counters[deeper]  # a new parent restarts its children
        if this.fmt in {"bullet", "none"}:
            return ""

        def level_value(match: re.Match[str]) -> str:
            level = levels.get(int(match.group(1)) - 1, _Level("decimal", "", 1, True))
            return _format_number(counters.get(int(match.group(1)) - 1, level.start), level.fmt)

        return re.sub(r"%([1-9])", level_value, this.text)
