"""A table of contents over the plan: its headings listed before the text.

Pages and PDF copies often open with the plan's outline, "(一)系列主场活动" /
"(二)纲要办成员单位特色活动" / …, before the cover letter and the plan, whose
headings then say the same again with their text.  Read as plan structure, the
outline would become empty sections and items ahead of the real ones.  An
outline is told by its form (three heading lines or more in a row, none with
a sentence) and by its echo (most of its headings open a heading below it), or
by the plan's title standing right under it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import regex as re

from castplan.grammar.lines import Kind, Token
from castplan.grammar.regions import is_title_text

# The kinds of line an outline lists.
_HEADING_KINDS = frozenset({Kind.SECTION, Kind.GROUP, Kind.ITEM})
# An outline has this many heading lines in a row, at least, and this many
# of them are echoed below it.
MIN_ENTRIES = 3
# How long an outline's entry is at most, and what never stands in one.
MAX_ENTRY_LEN = 40
_SENTENCE_RE = re.compile(r"[。；;！!？?]")
# A page number or leader dots an outline may close an entry with: "总体要求……3".
_PAGE_REF_RE = re.compile(r"[.…·\s]*\d{0,3}$")


def split_contents(tokens: Sequence[Token]) -> tuple[list[Token], list[Token]]:
    """The tokens without the outline at the head of the plan, and the outline's
    lines as page furniture of kind ``contents`` (none when there is no outline)."""
    run = _first_outline(tokens)
    if run is None:
        return list(tokens), []
    start, end = run
    contents = [
        dataclasses.replace(t, kind=Kind.CHROME, chrome_kind="contents") for t in tokens[start:end]
    ]
    return [*tokens[:start], *tokens[end:]], contents


def _first_outline(tokens: Sequence[Token]) -> tuple[int, int] | None:
    index = 0
    while index < len(tokens):
        if not _is_entry(tokens[index]):
            index += 1
            continue
        end = index
        # (the plan's own first heading, right under its outline, ends the outline:
        # "(六)营造“无废”氛围... 18" / "一、总则" / "(一)指导思想" / text)
        first = _entry(tokens[index])
        while (
            end < len(tokens)
            and _is_entry(tokens[end])
            and not (end > index and _entry(tokens[end]) == first)
        ):
            end += 1
        if end - index >= MIN_ENTRIES and (
            _echoed_below(tokens, index, end)
            or _paged(tokens[index:end], cut=end >= len(tokens) - 1)
            or _numbered_in_page_order(tokens[index:end])
            or _titled_below(tokens, end)
        ):
            return index, end
        # Only the first run of headings may be an outline: the plan comes after it.
        return None
    return None


def _entry(token: Token) -> str:
    assert token.match is not None
    return _PAGE_REF_RE.sub("", token.match["rest"].strip())


def _is_entry(token: Token) -> bool:
    if token.kind not in _HEADING_KINDS or token.match is None:
        return False
    entry = _entry(token)
    return 2 <= len(entry) <= MAX_ENTRY_LEN and not _SENTENCE_RE.search(entry)


def _paged(entries: Sequence[Token], *, cut: bool = False) -> bool:
    """Every entry closes with leader dots and its page, "一、总则... 1": an outline
    whatever follows it (an excerpt may stop before the text it lists).  Where the
    excerpt stops inside the last entry (``cut``), the dots alone will do, and that
    entry may stand without them: "一、规划背景 ……" / … / "五、规划编制技术路"."""
    paged = [
        entry.match is not None and _closes_paged(entry.match["rest"], cut) for entry in entries
    ]
    return all(paged) or (cut and all(paged[:-1]) and len(paged) > MIN_ENTRIES)


def _closes_paged(entry: str, cut: bool) -> bool:
    """An entry closed by its dots and page (or by its dots alone, in a ``cut`` list)."""
    return _LEADER_PAGE_RE.search(entry) is not None or (
        cut and _LEADER_DOTS_END_RE.search(entry) is not None
    )


def _numbered_in_page_order(entries: Sequence[Token]) -> bool:
    """Every entry closes with its page glued on, the pages never going back: "一、总体要求3" /
    "1.指导思想3" / "2.基本原则4" / … (a copy lost the leader dots).  Headings that end
    in figures of their own seldom run so, and a longer run is asked for."""
    pages = [_PAGE_GLUED_RE.search(e.match["rest"]) if e.match else None for e in entries]
    numbers = [int(page["page"]) for page in pages if page]
    return (
        len(entries) >= MIN_GLUED_PAGE_ENTRIES
        and len(numbers) == len(entries)
        and numbers == sorted(numbers)
    )


# An outline whose pages are glued to its entries has this many entries at least.
MIN_GLUED_PAGE_ENTRIES = 5
# A page number glued to an entry's last word: "总体要求3" (never a year or a count), or
# set after it by a space where the copy lost the dots: "区域综合评价 1".
_PAGE_GLUED_RE = re.compile(r"(?<=\p{Han})[ \u3000]?(?P<page>\d{1,3})$")
# Leader dots (or an ellipsis) and a page number closing an outline's entry ...
_LEADER_PAGE_RE = re.compile(r"(?:\.{2,}|…+|·{2,})\s*\d{1,3}\s*$")
# ... or the dots alone, where a copy lost the page: "一、规划背景 ………………".
_LEADER_DOTS_END_RE = re.compile(r"(?:\.{6,}|…{3,}|·{6,})\s*$")


def _echoed_below(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The entries open headings after the outline, in their order: all of them, or,
    in a text cut short, three at least (an excerpt may stop after the plan's first
    headings)."""
    entries = [_entry(t) for t in tokens[start:end]]
    echoed = 0
    for token in tokens[end:]:
        if echoed == len(entries):
            break
        if _opens_with(token, entries[echoed]):
            echoed += 1
    return echoed == len(entries) or echoed >= MIN_ENTRIES


def _titled_below(tokens: Sequence[Token], end: int) -> bool:
    """The plan's title stands right under the run: "…24.恪守清正廉洁的纪律底线" /
    "市委政法委2026年机关纪检工作要点" / "2026年是…" (a page that sets the outline
    first, its excerpt perhaps stopping before the headings it lists)."""
    below = next((t for t in tokens[end:] if t.kind is not Kind.BLANK), None)
    return below is not None and below.kind is Kind.TEXT and is_title_text(below.line.text)


def _opens_with(token: Token, entry: str) -> bool:
    return (
        token.kind in _HEADING_KINDS
        and token.match is not None
        and token.match["rest"].strip().startswith(entry)
    )
