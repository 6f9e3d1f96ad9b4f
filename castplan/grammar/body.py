"""The plan body: sections, groups, items and the checks over them.

A state machine over the body's classified lines.  Which marker opens an item
is decided per section: "1." lines always; "（一）" lines when no numbered
items follow them (else they group items); "——" and "（1）" lines where
nothing else is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from castplan.grammar import patterns as P
from castplan.grammar.checks import check_body
from castplan.grammar.items import ItemDraft, build_item
from castplan.grammar.lines import (
    MIN_WRAPPED_LEN,
    Kind,
    Line,
    Report,
    Token,
    completes_paragraph,
    first_sentence_end,
    has_open_bracket,
    join_lines,
    lstrip_len,
    quote,
    span_of,
)
from castplan.grammar.numerals import chinese_numeral_value
from castplan.grammar.units import find_trailing_tag
from castplan.model import Group, GroupRef, Section


def build_sections(tokens: Sequence[Token], report: Report) -> list[Section]:
    """The body's lines as validated sections, with their checks reported.

    Args:
        tokens: the classified lines of the plan body.
        report: where warnings go (numbering, missing units, a cut-off item).
    """
    sections = [_build_section(draft, report) for draft in _BodyBuilder(tokens, report).build()]
    check_body(sections, report)
    return sections


@dataclass
class _GroupDraft:
    head: Token
    number: int
    numeral: str
    title: str
    intro: list[Line] = field(default_factory=list)
    last: Line | None = None
    items: int = 0


@dataclass
class _SectionDraft:
    head: Token | None
    number: int
    numeral: str | None
    title: str | None
    intro: list[Line] = field(default_factory=list)
    groups: list[_GroupDraft] = field(default_factory=list)
    items: list[ItemDraft] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    # The heading's line, and the rest of a heading a hard wrap broke off.
    heading: list[Line] = field(default_factory=list)


def _split_heading(token: Token) -> tuple[str, list[Line]]:
    """A heading's title (up to its first 。) and the text after it on the line.

    The text after an inline heading ("（一）指导思想。坚持…") opens the
    heading's intro, so it comes back as a partial line.
    """
    assert token.match is not None
    rest = token.match["rest"]
    end = first_sentence_end(rest)
    if end is None:
        return rest, []
    tail = rest[end + 1 :]
    start = token.rest_offset + end + 1 + lstrip_len(tail)
    tail = tail.strip()
    if not tail:
        return rest[:end], []
    column = token.line.column + start - token.line.start
    return rest[:end], [
        Line(no=token.line.no, start=start, end=token.line.end, text=tail, column=column)
    ]


def _paragraph_item_heads(tokens: Sequence[Token]) -> set[int]:
    """Lines opening unnumbered items, in a section whose tasks are bare paragraphs.

    Some plans give each task as a paragraph ending in its tag, "加强理论武装。……
    （牵头部门：宣传文化部）", with no number.  Within each run of paragraphs (a
    heading starts a new run) the first paragraph with a tag and every one
    after it is an item; paragraphs before it are the intro.
    """
    heads: set[int] = set()
    tagged_seen = False
    paragraph: list[Token] = []
    candidates: list[list[Token]] = []

    def close() -> None:
        nonlocal tagged_seen
        if paragraph:
            tagged = find_trailing_tag(paragraph[-1].line.text) is not None
            tagged_seen = tagged_seen or tagged
            if tagged_seen:
                candidates.append(list(paragraph))
            paragraph.clear()

    for token in tokens:
        if token.kind is not Kind.TEXT:
            close()
            if token.kind is Kind.GROUP:
                tagged_seen = False  # a new group starts a new run
            continue
        paragraph.append(token)
        if completes_paragraph(token.line.text):
            close()
    close()
    if any(find_trailing_tag(p[-1].line.text) for p in candidates):
        heads = {id(p[0]) for p in candidates}
    return heads


def _belongs_to_item(token: Token) -> bool:
    """Lines that follow an item's tag and still belong to it: units, deadlines."""
    return token.kind is Kind.UNIT_LINE or bool(P.OTHER_LABEL_RE.match(token.line.text))


def _wrapped_heading(title: str) -> bool:
    # A heading that hit the page width without ending: long, no closing mark.
    return len(title) >= MIN_WRAPPED_LEN - 2 and not title.endswith(P.PARAGRAPH_ENDS)


def _is_heading_tail(text: str) -> bool:
    # The broken-off rest of a heading is short and has no sentence in it.
    return len(text) <= 20 and not P.SENTENCE_PUNCT_RE.search(text)


class _BodyBuilder:
    """A state machine over body tokens: sections, groups, items, sub-items."""

    def __init__(self, tokens: Sequence[Token], report: Report) -> None:
        self.tokens = tokens
        self.report = report
        kinds = {t.kind for t in tokens}
        # Sections are "一、" lines; with none, "（一）" lines take their place.
        self.top = Kind.SECTION if Kind.SECTION in kinds else Kind.GROUP
        self.sections: list[_SectionDraft] = []
        # Lines that open an unnumbered item: a paragraph ending in a unit tag.
        self.paragraph_heads: set[int] = set()
        self.section: _SectionDraft | None = None
        self.group: _GroupDraft | None = None
        self.item: ItemDraft | None = None

    def build(self) -> list[_SectionDraft]:
        for chunk in self._chunks():
            self._build_chunk(chunk)
        return self.sections

    def _chunks(self) -> list[list[Token]]:
        chunks: list[list[Token]] = []
        for token in self.tokens:
            if token.kind is self.top or not chunks:
                chunks.append([])
            chunks[-1].append(token)
        return chunks

    def _build_chunk(self, chunk: list[Token]) -> None:
        head = chunk[0] if chunk[0].kind is self.top else None
        self._open_section(head)
        tokens = chunk[1:] if head else chunk
        roles = self._item_roles(tokens)
        numbered = {Kind.ITEM, Kind.DASH, Kind.SUBITEM} & {t.kind for t in tokens}
        self.paragraph_heads = _paragraph_item_heads(tokens) if head and not numbered else set()
        if self.paragraph_heads:
            roles.discard(Kind.GROUP)  # "（一）" headings group the paragraph items
        for token in tokens:
            self._take(token, roles)

    def _item_roles(self, tokens: Sequence[Token]) -> set[Kind]:
        """Which marker kinds open an item in this section.

        "1." lines are items; "（一）" lines are groups when numbered items
        follow them, else items; "——" and "（1）" lines are items only where
        nothing else is.
        """
        kinds = {t.kind for t in tokens}
        roles = {Kind.ITEM}
        if self.top is Kind.SECTION and Kind.GROUP in kinds and Kind.ITEM not in kinds:
            roles.add(Kind.GROUP)
        if not roles & kinds:
            if Kind.DASH in kinds:
                roles.add(Kind.DASH)
            elif Kind.SUBITEM in kinds:
                roles.add(Kind.SUBITEM)
        return roles

    # -- state changes --

    def _open_section(self, head: Token | None) -> None:
        self.group = None
        self.item = None
        if head is None:
            section = _SectionDraft(head=None, number=0, numeral=None, title=None)
        else:
            assert head.match is not None
            title, intro = _split_heading(head)
            numeral = head.match["numeral"]
            section = _SectionDraft(
                head=head,
                number=chinese_numeral_value(numeral),
                numeral=numeral,
                title=title,
                intro=intro,
                lines=[head.line],
                heading=[head.line],
            )
        self.sections.append(section)
        self.section = section

    def _take(self, token: Token, roles: set[Kind]) -> None:
        section = self.section
        assert section is not None
        if token.kind is Kind.BLANK:
            return
        section.lines.append(token.line)
        if token.kind is Kind.TEXT and self._continues_heading(token.line):
            return
        if token.kind in roles or id(token) in self.paragraph_heads:
            self._open_item(token)
        elif token.kind is Kind.GROUP:
            self._open_group(token)
        elif self.item is not None and (not self.item.closed or _belongs_to_item(token)):
            self._extend_item(token)
        elif self.item is None and self.group is not None and not self.group.items:
            self.group.intro.append(token.line)
            self.group.last = token.line
        elif self.item is None and self.group is None and not section.items:
            section.intro.append(token.line)
        else:
            section.lines.pop()
            self.report.warn(
                "text-outside-item",
                f"text after the end of an item belongs to no item: {quote(token.line.text)}",
                token.line.no,
            )

    def _continues_heading(self, line: Line) -> bool:
        """Join the rest of a wrapped heading: "一、强化思想政治引领,激发科技界使" / "命担当"."""
        section = self.section
        assert section is not None
        if self.item is not None or section.intro or not _is_heading_tail(line.text):
            return False
        if self.group is not None:
            group = self.group
            if group.intro or group.items or not _wrapped_heading(group.title):
                return False
            group.title += line.text
            group.last = line
            return True
        if section.title is None or section.groups or not _wrapped_heading(section.title):
            return False
        section.title += line.text
        section.heading.append(line)
        return True

    def _open_group(self, token: Token) -> None:
        assert self.section is not None and token.match is not None
        title, intro = _split_heading(token)
        numeral = token.match["numeral"]
        self.group = _GroupDraft(
            head=token,
            number=chinese_numeral_value(numeral),
            numeral=numeral,
            title=title,
            intro=intro,
            last=token.line,
        )
        self.section.groups.append(self.group)
        self.item = None

    def _open_item(self, token: Token) -> None:
        assert self.section is not None
        match = token.match
        if match is None or token.kind is Kind.DASH:
            # Dash bullets and unnumbered paragraphs count from 1 in each section.
            number = len(self.section.items) + 1
        elif token.kind is Kind.ITEM:
            number = int(match["number"])
        elif token.kind is Kind.GROUP:
            number = chinese_numeral_value(match["numeral"])
        else:
            circled = match["circled"]
            number = ord(circled) - 0x245F if circled else int(match["number"])
        marker = token.line.text[: match.start("rest")].strip() if match else ""
        group = None
        if self.group is not None and token.kind is not Kind.GROUP:
            group = GroupRef(numeral=self.group.numeral, title=self.group.title)
            self.group.items += 1
        self.item = ItemDraft(head=token, number=number, marker=marker, group=group)
        self.item.lines.append(token)
        rest = match["rest"] if match else token.line.text
        self.item.closed = find_trailing_tag(rest) is not None
        self.section.items.append(self.item)

    def _extend_item(self, token: Token) -> None:
        assert self.item is not None
        # A tag wrapped over lines, "…工作。(" / "牽頭部門:辦公廳)", is running text.
        wrapped = has_open_bracket(self.item.lines[-1].line.text)
        self.item.lines.append(token)
        if token.kind is Kind.UNIT_LINE and not wrapped:
            self.item.closed = True
        elif token.kind is not Kind.SUBITEM:
            self.item.closed = find_trailing_tag(token.line.text) is not None


def _build_section(draft: _SectionDraft, report: Report) -> Section:
    items = [build_item(item, report) for item in draft.items]
    lines = draft.lines or [t.line for item in draft.items for t in item.lines]
    groups = [
        Group(
            number=g.number,
            numeral=g.numeral,
            title=g.title,
            intro=join_lines(g.intro) or None,
            span=span_of([g.head.line, g.last or g.head.line]),
        )
        for g in draft.groups
    ]
    return Section(
        number=draft.number,
        numeral=draft.numeral,
        title=draft.title,
        intro=join_lines(draft.intro) or None,
        intro_span=span_of(draft.intro) if draft.intro else None,
        heading_span=span_of(draft.heading) if draft.heading else None,
        groups=groups,
        items=items,
        span=span_of(sorted(lines, key=lambda line: line.no)),
    )
