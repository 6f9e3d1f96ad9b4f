"""Plain text that carries web-page markup → the same text without it.

A notice saved from a page's source, or copied from a mirror site that pads
its pages with empty decoy elements (``<legend id="h4sia"></legend>``), reaches
castplan as a ``.txt`` file whose lines are the notice's lines with tags in
them: ``一、指导思想<br/>``.  Reading it as a web page would join those lines
(HTML breaks lines only at its own elements), so the text keeps its lines and
loses only its tags, its comments, its scripts and styles, and its character
references (``&nbsp;``).  A tag that stands inside a line and ends a block
(``<br>``, ``</p>``) breaks the line there, as a browser would.

Only a text with several tags of real HTML elements is read this way, so a
plan's own angle brackets (``<政府工作报告>``, ``<5个``) are never touched.
"""

from __future__ import annotations

import html

import regex as re

from castplan.readers.decode import Decoded

# The HTML elements whose tags mark a text as carrying markup.  A text needs
# MIN_TAGS of them: one stray ``<b>`` in a plan's prose is not markup.
_HTML_ELEMENT_NAMES = """
a abbr address area article aside audio b bdi bdo big blockquote body br button
caption center cite code col colgroup dd del details dfn div dl dt em fieldset
figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i img
input ins kbd label legend li link main map mark menu menuitem meta meter nav
nobr noscript ol optgroup option p param pre progress q rp rt ruby s samp script
section select small source span strike strong style sub summary sup table tbody
td textarea tfoot th thead time title tr track tt u ul var video wbr
"""
_HTML_ELEMENTS = frozenset(_HTML_ELEMENT_NAMES.split())
MIN_TAGS = 3
# Elements that end a line of text (the web-page reader breaks its lines at them too).
_BLOCK_ELEMENT_NAMES = """
address article blockquote body center dd div dl dt figcaption figure h1 h2 h3 h4
h5 h6 hr li main ol p pre section table tbody td tfoot th thead tr ul
"""
BLOCK_ELEMENTS = frozenset(_BLOCK_ELEMENT_NAMES.split())
# ... and those that end a line where they stand inside one of a text: a line break
# or a title, never a table's cell (a row's cells stay on the row's line).
_LINE_BREAKING = (BLOCK_ELEMENTS - {"td", "th"}) | {"br", "title"}
# An ASCII-named tag with attributes on one or more lines; a name followed by
# a Han character (``<A级>``) is prose, not a tag.
_TAG_RE = re.compile(r"</?([A-Za-z][A-Za-z0-9]{0,15})(?=[\s/>])(?:[^<>]*)>")
_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
_HIDDEN_RE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
# What a page's renderer put before an empty list entry (``1. <dl id="…"></dl>``):
# once the entry's tags are gone, the marker is all that is left of it.
_BARE_LIST_MARKER_RE = re.compile(r"\s*(?:[•·▪◦*-]|\d{1,3}[.)])\s*")


def html_tag_count(text: str) -> int:
    """How many tags of real HTML elements the text holds."""
    return sum(1 for m in _TAG_RE.finditer(text) if m.group(1).lower() in _HTML_ELEMENTS)


def without_markup(decoded: Decoded) -> Decoded:
    """The decoded text with its markup removed, and a note saying so.

    A text that does not carry markup is returned as it is.
    """
    tags = html_tag_count(decoded.text)
    if tags < MIN_TAGS:
        return decoded
    text = _text_without_tags(decoded.text)
    note = (
        "markup-in-text",
        f"the text carries web-page markup ({tags} tags); it was read without its tags, "
        "and line numbers count the lines that remain",
    )
    return Decoded(
        text,
        decoded.encoding,
        decoded.dropped,
        decoded.pages,
        decoded.unread_pages,
        notes=(*decoded.notes, note),
    )


def _text_without_tags(text: str) -> str:
    text = _HIDDEN_RE.sub("", _COMMENT_RE.sub("", text))
    # A tag whose attributes run over several lines goes first, whole.
    text = _TAG_RE.sub(lambda m: "" if "\n" in m.group(0) else m.group(0), text)
    lines = [_line_without_tags(line) for line in text.split("\n")]
    return html.unescape("\n".join(lines))


def _line_without_tags(line: str) -> str:
    """One line without its tags, broken where a block element stands inside it."""
    pieces: list[str] = []
    last = 0
    tags = list(_TAG_RE.finditer(line))
    for m in tags:
        pieces.append(line[last : m.start()])
        last = m.end()
        if m.group(1).lower() in _LINE_BREAKING:
            pieces.append("\n")
    pieces.append(line[last:])
    # A break at the line's start or end adds nothing: the line ends there anyway.
    parts = [part for part in "".join(pieces).split("\n") if part.strip()]
    if tags and all(_BARE_LIST_MARKER_RE.fullmatch(part) for part in parts):
        return ""
    return "\n".join(parts) if parts else ""
