"""Text of fixed-layout documents (PDF, OFD), page by page, made fit to parse.

A PDF or OFD holds glyphs at positions; its readers give one string per page.
Before the parser sees them, each page's text is cleaned the same way:

- line ends become ``\\n``; control characters other than tab go; the mark
  PDFium leaves for a hyphen at a line's end is a hyphen again;
- CJK radicals become the ideographs they stand for (``⽅`` U+2F45 → 方,
  ``⻔`` U+2EE8 → 门), from ``radicals.tsv`` (Unicode's
  EquivalentUnifiedIdeograph data; ``tests/make_radicals.py`` makes it).  Some
  fonts' ToUnicode maps give radicals, and "牵头部⻔" would match nothing.
  The whole text is never NFKC-normalised: that would turn ``，（：`` into ASCII;
- spaces between two CJK characters go: extractors infer them from letter
  spacing (``宣 传 文 化 部``).  A single space between a CJK character and a
  digit goes too: Word and LibreOffice set a gap there ("2025 年", "1 万名"),
  which would hide targets and the plan's year.  The PDF reader knows which
  spaces PDFium inferred and drops only those (``inferred_spaces``), so a
  space the page holds as a character stays (``spaces_read``); there it also
  drops the gap a word processor sets between CJK text and Latin letters
  ("更新 www.…", "2024年 X人大"), which no one typed.  OFD text runs say
  nothing of the kind, and every CJK or CJK-digit space goes (a typed one
  beside a Latin word stays);
- a paragraph that goes on over a page break (``PageCollector.run_on``) runs
  on into the next page's text with no line break.

The parser's own rules then take page numbers (``— 1 —``) as page furniture,
rejoin hard-wrapped lines and read the 版记 lines at the foot.

Pages without readable text (no text layer, or mostly U+FFFD, ``(cid:N)``,
private-use or control characters, which is what a font without a Unicode map
gives) are collected, so the caller can refuse a scan or warn about a page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources

import regex as re

from castplan.errors import InputError
from castplan.readers.decode import Decoded

# CJK characters: ideographs, CJK punctuation (not the ideographic space),
# full-width forms, and the quotes, dash and ellipsis Chinese text uses.
_CJK = r"\p{Han}\u3001-\u303f\uff01-\uff60\uffe0-\uffe6\u2018\u2019\u201c\u201d\u2014\u2026\u00b7"
_BETWEEN_CJK_RE = re.compile(
    # A date written in Chinese numerals keeps its space after the issuer's name.
    rf"(?<=[{_CJK}])[ \u00a0]+(?=[{_CJK}])(?![〇零一二三四五六七八九]{{4}}\s*年)"
)
_AUTOSPACE_RE = re.compile(rf"(?<=[{_CJK}]) (?=[0-9])|(?<=[0-9%]) (?=[{_CJK}])")
# ... and between CJK text and a Latin letter, where only a space PDFium inferred goes
# (a typed one there is the author's: "科协 CAST").
_LATIN_AUTOSPACE_RE = re.compile(rf"(?<=[{_CJK}]) (?=[A-Za-z])|(?<=[A-Za-z]) (?=[{_CJK}])")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\uffff]")
_CID_RE = re.compile(r"\(cid:\d+\)")
_BAD_RE = re.compile(
    r"\(cid:\d+\)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd\ue000-\uf8ff\U000f0000-\U0010ffff]"
)
# A page's number at its foot: "— 1 —", "- 2 -", "3", "第4页 共9页", "5/9".
PAGE_NUMBER_RE = re.compile(
    r"^(?:[-—–－\s]*\d{1,4}[-—–－\s]*"
    r"|第\s*\d{1,4}\s*[页頁](?:\s*共\s*\d{1,4}\s*[页頁])?|\d{1,4}\s*/\s*\d{1,4})$"
)
# A page is unreadable when this share of its visible characters is garbage.
MAX_BAD_SHARE = 0.3
# ... or when it has almost no Han characters and some garbage.
_MIN_HAN_SHARE, _SOME_BAD_SHARE = 0.1, 0.05

_radicals: dict[int, str] | None = None


def radical_table() -> dict[int, str]:
    """Radical code point → unified ideograph, for ``str.translate``."""
    global _radicals
    if _radicals is None:
        text = resources.files("castplan.readers").joinpath("radicals.tsv").read_text("utf-8")
        table: dict[int, str] = {}
        for line in text.splitlines():
            if line and not line.startswith("#"):
                radical, ideograph = line.split("\t")[:2]
                table[int(radical, 16)] = chr(int(ideograph, 16))
        _radicals = table
    return _radicals


def map_radicals(text: str) -> str:
    """Replace every CJK radical that has an equivalent ideograph by that ideograph."""
    return text.translate(radical_table())


def inferred_spaces(text: str) -> Iterator[int]:
    """The indexes of the spaces in ``text`` that an extractor may have set where the
    page has none: between two CJK characters, and a single one between CJK text and
    a digit or a Latin letter."""
    for pattern in (_BETWEEN_CJK_RE, _AUTOSPACE_RE, _LATIN_AUTOSPACE_RE):
        for match in pattern.finditer(text):
            yield from range(*match.span())


def clean_page(raw: str, *, spaces_read: bool = False) -> str:
    """A page's extracted text as the parser should see it (see the module doc).

    ``spaces_read``: the reader dropped the spaces it inferred and kept those the
    page holds as characters (PDF), so none goes here.
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    # PDFium marks a hyphen that ends a line (and joins the lines); Chinese text
    # is never hyphenated, so it is a real one: "CAST-Scholar".
    text = text.replace("\ufffe", "-").replace("\x02", "-")
    text = _CONTROL_RE.sub("", text)
    text = map_radicals(text)
    if not spaces_read:
        text = _BETWEEN_CJK_RE.sub("", text)
        text = _AUTOSPACE_RE.sub("", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line) + "\n" if any(lines) else ""


def is_readable(raw: str) -> bool:
    """Whether a page's extracted text is text, not an empty layer or glyph codes."""
    lines = [line for line in raw.replace("\r", "\n").split("\n") if line.strip()]
    content = "".join(
        "".join(line.split()) for line in lines if not PAGE_NUMBER_RE.match(line.strip())
    )
    if not content:
        return False
    bad = sum(len(m.group()) for m in _BAD_RE.finditer(content)) / len(content)
    han = len(re.findall(r"\p{Han}", content)) / len(content)
    return bad < MAX_BAD_SHARE and not (han < _MIN_HAN_SHARE and bad >= _SOME_BAD_SHARE)


def page_ranges(pages: list[int]) -> str:
    """1, 2, 3, 5 → "1–3, 5"."""
    parts: list[str] = []
    start = prev = pages[0]
    for page in [*pages[1:], None]:
        if page is not None and page == prev + 1:
            prev = page
            continue
        parts.append(str(start) if start == prev else f"{start}–{prev}")
        if page is not None:
            start = prev = page
    return ", ".join(parts)


@dataclass
class PageCollector:
    """Gathers cleaned pages into one text with each page's start offset.

    ``add`` takes a page's raw text and a way to ask whether the page shows
    something (an image, drawn glyphs) when it has no readable text: a blank
    page is no loss, a picture of text is.
    """

    name: str
    kind: str  # "PDF" or "OFD", for messages
    parts: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    unread: list[int] = field(default_factory=list)
    blank: int = 0
    length: int = 0
    # The last page added was read (its text is the last part).
    last_read: bool = False

    def add(
        self, raw: str, shows_something: Callable[[], bool], *, spaces_read: bool = False
    ) -> None:
        self.starts.append(self.length)
        number = len(self.starts)
        self.last_read = False
        if not is_readable(raw):
            if _BAD_RE.search(raw) or shows_something():
                self.unread.append(number)
            else:
                self.blank += 1
            return
        text = clean_page(raw, spaces_read=spaces_read)
        self.parts.append(text)
        self.length += len(text)
        self.last_read = bool(text)

    def run_on(self, foot_lines: int) -> None:
        """The last page's last paragraph goes on at the next page's start, which
        follows it with no line break: the ``foot_lines`` set below it (a page
        number) move above its last line, and so stay lines of their own."""
        if not self.last_read:
            return
        lines = self.parts[-1].removesuffix("\n").split("\n")
        if foot_lines >= len(lines):
            return
        if foot_lines:
            body, foot = lines[:-foot_lines], lines[-foot_lines:]
            lines = [*body[:-1], *foot, body[-1]]
        text = "\n".join(lines)
        self.length += len(text) - len(self.parts[-1])
        self.parts[-1] = text

    def result(self, encoding: str) -> Decoded:
        """The whole text; InputError when most pages need OCR."""
        total = len(self.starts)
        if not total:
            raise InputError(f"the {self.kind} has no pages", source_name=self.name)
        shown = total - self.blank
        if not shown:
            raise InputError(f"the {self.kind}'s {total} page(s) are blank", source_name=self.name)
        if self.unread and len(self.unread) * 2 >= shown:
            how = (
                f"e.g. ocrmypdf -l chi_sim+eng {self.name} ocr.pdf"
                if self.kind == "PDF"
                else "e.g. on a PDF copy with ocrmypdf -l chi_sim+eng"
            )
            raise InputError(
                f"no readable text on page(s) {page_ranges(self.unread)} of {total} (a scan, or "
                "fonts without a Unicode map): castplan reads text, not images; add a text layer "
                f"with OCR first, {how}",
                source_name=self.name,
            )
        return Decoded(
            "".join(self.parts),
            encoding,
            pages=tuple(self.starts),
            unread_pages=tuple(self.unread),
        )


def unread_pages_message(pages: tuple[int, ...]) -> str:
    """The warning for pages that a partly scanned document lost."""
    return (
        f"page(s) {page_ranges(list(pages))} have no readable text (scanned images, or fonts "
        "without a Unicode map) and are missing from the tree; OCR them (ocrmypdf) to read them"
    )
