"""Web pages → notice text.

HTML is read with BeautifulSoup over Python's own ``html.parser`` (no
compiled dependency; it tolerates the broken markup of government CMS pages).
Scripts, styles and navigation are dropped; the article is the deepest
element that holds most of the page's Chinese text outside links, so menus,
sidebars and footers fall away while the article's own date and source lines
stay (the parser keeps those in ``source.chrome``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import regex as re

from castplan.errors import InputError
from castplan.grammar import patterns as P
from castplan.grammar.numerals import chinese_numeral
from castplan.grammar.patterns import HAN_CHARS_RE as _HAN_RE
from castplan.readers.decode import Decoded, decode_bytes
from castplan.readers.markup import BLOCK_ELEMENTS
from castplan.readers.tables import table_lines

if TYPE_CHECKING:
    from bs4.element import Tag

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
# The article is the deepest element with at least this share of the page's text.
_ARTICLE_SHARE = 0.8
# The list styles a browser numbers in Chinese numerals.
_CHINESE_LIST_STYLE_RE = re.compile(r"cjk|chinese", re.IGNORECASE)


def codec_for_charset(label: str) -> str:
    """The codec to decode a page by the charset it declares."""
    label = label.lower()
    # Pages that declare gb2312 or gbk routinely use characters beyond them.
    return "gb18030" if label in {"gb2312", "gbk", "x-gbk"} else label


def read_html(data: bytes, *, name: str, encoding: str | None) -> Decoded:
    """The article text of a web page, decoded by ``encoding``, its declared charset or detection.

    A page saved in GBK that still declares ``charset=utf-8`` (a CMS template
    copied between sites) is common: when the declared charset does not
    decode the bytes, castplan's own detector does, and a
    ``declared-charset-wrong`` note says so.
    """
    notes: tuple[tuple[str, str], ...] = ()
    declared = _CHARSET_RE.search(data[:4096])
    if encoding is not None or not declared:
        decoded = decode_bytes(data, name=name, encoding=encoding)
    else:
        label = declared.group(1).decode("ascii").lower()
        charset = codec_for_charset(label)
        try:
            decoded = decode_bytes(data, name=name, encoding=charset)
        except InputError as exc:
            decoded = decode_bytes(data, name=name)
            notes = (
                (
                    "declared-charset-wrong",
                    f"the page declares charset {label} ({exc.message}); "
                    f"read as {decoded.encoding} instead",
                ),
            )
    return Decoded(html_text(decoded.text), decoded.encoding, decoded.dropped, notes=notes)


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


class _HanCounts:
    """Han characters in each element's text outside links and inside them, counted
    once for the whole page: read element by element, the counts of a page that
    markup left deeply nested (thousands of unclosed tags) would take time growing
    with the square of its depth."""

    def __init__(self, top: Tag) -> None:
        from bs4.element import NavigableString, Tag

        self._counts: dict[int, tuple[int, int]] = {}
        # (in reverse document order every element comes after all it holds)
        for node in reversed([top, *top.descendants]):
            if isinstance(node, Tag):
                total = links = 0
                for child in node.children:
                    child_total, child_links = self._counts.get(id(child), (0, 0))
                    total, links = total + child_total, links + child_links
                self._counts[id(node)] = (total, total if node.name == "a" else links)
            elif type(node) is NavigableString:
                found = len(_HAN_RE.findall(str(node)))
                self._counts[id(node)] = (found, 0)

    def of(self, tag: Tag) -> tuple[int, int]:
        """Han characters in ``tag``'s text outside links, and inside them."""
        total, links = self._counts.get(id(tag), (0, 0))
        return total - links, links


def _article_root(top: Any) -> Any:
    """The deepest element holding most of the page's text, widened to its prose.

    Going down picks the plan's container; going back up takes in siblings
    that are prose rather than links, since some sites put the cover notice
    and the plan (the attachment) in neighbouring boxes.
    """
    counts = _HanCounts(top)
    total = counts.of(top)[0]
    node = top
    while total:
        best = None
        for child in node.find_all(True, recursive=False):
            if counts.of(child)[0] >= _ARTICLE_SHARE * total:
                best = child
                break
        if best is None:
            break
        node = best
    # The rows of a data table are read with their table, never alone.
    table = node.find_parent("table") if node.name in _TABLE_PARTS else None
    if table is not None and _is_data_table(table):
        node = table
    while node is not top and node.parent is not None and _adds_prose(node, counts):
        node = node.parent
    return node


# Prose a sibling box must add to join the article: a sentence or more,
# and at most half as much link text.
_MIN_PROSE = 10


def _adds_prose(node: Any, counts: _HanCounts) -> bool:
    own, links = counts.of(node.parent)
    own_here, links_here = counts.of(node)
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
        block = node.name in BLOCK_ELEMENTS
        # (an ordered list's item opens with the number a browser shows before it)
        label = _list_label(node) if node.name == "li" else ""
        parts.append("\n" + label if block else "")
        for child in node.children:
            _collect_text(child, parts)
        parts.append("\n" if block else "")


def _list_label(item: Tag) -> str:
    """The number a browser shows before an ordered list's item ("3.", or "三、" in a
    Chinese list style), which is no part of its text: a rich-text editor numbers a
    plan's points so.  No label where the list is not numbered in figures or Chinese
    numerals (letters, Roman), where the page typed the marker as well, or where the
    item is a link (a menu's, a list of other notices)."""
    parent = item.parent
    if parent is None or parent.name != "ol":
        return ""
    if _has_typed_marker(item.get_text()) or _is_a_link(item):
        return ""
    kind = str(parent.get("type") or "1")
    chinese = _CHINESE_LIST_STYLE_RE.search(str(parent.get("style") or "")) is not None
    if kind != "1" and not chinese:
        return ""
    number = _list_start(parent) + len(item.find_previous_siblings("li"))
    return f"{chinese_numeral(number)}、" if chinese else f"{number}."


def _has_typed_marker(text: str) -> bool:
    """Whether a list item opens with a marker the page typed as well: a section's,
    a group's or an item's, as the grammar reads them ("一、", "(一)", "1.")."""
    words = text.strip()
    return any(pattern.match(words) for pattern in (P.SECTION_RE, P.GROUP_RE, P.ITEM_RE))


def _list_start(ordered: Tag) -> int:
    try:
        return int(str(ordered.get("start") or 1))
    except ValueError:
        return 1


def _is_a_link(item: Tag) -> bool:
    linked = "".join(a.get_text() for a in item.find_all("a"))
    return bool(linked.strip()) and "".join(linked.split()) == "".join(item.get_text().split())
