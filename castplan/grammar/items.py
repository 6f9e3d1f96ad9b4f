"""Items: title, measures with their targets, sub-items, units, named things.

An item's lines (its marker line, running text, sub-items, unit lines) become
one ``Item``.  Lines a hard wrap broke are joined back into runs first, so a
sentence or a tag split over lines reads whole.
"""

from __future__ import annotations

import bisect
import functools
import operator
from collections.abc import Sequence
from dataclasses import dataclass, field

from castplan.grammar import patterns as P
from castplan.grammar.lines import (
    MIN_WRAPPED_LEN,
    Kind,
    Line,
    Report,
    Token,
    at_width,
    bracket_balance,
    fills_width,
    glued_heading_end,
    has_open_bracket,
    join_lines,
    span_of,
    split_sentences,
    wrap_width,
    wrapped_into,
)
from castplan.grammar.names import find_documents, find_programmes
from castplan.grammar.numerals import chinese_numeral_value
from castplan.grammar.targets import find_targets
from castplan.grammar.units import (
    SENTENCE_ENDS,
    TagRules,
    Units,
    find_bare_deadline,
    find_closing_responsible,
    find_due_after_sentence,
    find_inline_roles,
    find_inner_tags,
    find_leading_tag,
    find_open_tag,
    find_trailing_deadline,
    find_trailing_label,
    find_trailing_tag,
    holds_a_sentence_end,
    is_tag_alone,
    office_names,
    parse_unit_tag,
    unit_cell,
)
from castplan.model import GroupRef, Item, Measure, Span, SubItem


@dataclass
class ItemDraft:
    """An item being read: its marker line and the lines that follow it."""

    head: Token
    number: int
    marker: str
    group: GroupRef | None
    lines: list[Token] = field(default_factory=list)


def _names_alone(units: Units) -> bool:
    """A cell of unit names with no role word: responsible, and nothing else."""
    return bool(units.responsible) and not (units.lead or units.supporting or units.deadline)


def _unit_line_units(token: Token, wrapped: Sequence[Token] = ()) -> Units | None:
    # A unit line reads like the inside of a tag: "牵头单位:区发改局"; a table's
    # unit cell is names alone.  (``wrapped``: the lines a hard wrap carried it onto.)
    text = "".join(t.line.text for t in (token, *wrapped)).rstrip("。；;")
    return parse_unit_tag(text) or unit_cell(text)


def unit_line_goes_on(text: str, width: int) -> bool:
    """Whether a wrap carried a unit line on to the next line: it fills the page's
    ``width``, or its list stops at a comma or one character of a name."""
    return at_width(text, width) or P.UNIT_LIST_CUT_RE.search(text) is not None


def _wrapped_on(tokens: Sequence[Token], index: int, width: int) -> int:
    """How many lines after the unit line at ``index`` a hard wrap carried it onto:
    "责任单位:县政府办公室、县司法局、各有关部门,乡镇人民政" / "府按职责分工分别负责。",
    "牵头单位:…、省商务厅" / "、省地方金融监管局" (a line at the width goes on, and
    so does one whose list a wrap cut: "配合单位:…、农" / "业农村局、商务局")."""
    count = 0
    line = tokens[index].line.text
    while (
        index + count + 1 < len(tokens)
        and unit_line_goes_on(line, width)
        and tokens[index + count + 1].kind is Kind.TEXT
        and wrapped_into(line, tokens[index + count + 1].line.text)
    ):
        count += 1
        line = tokens[index + count].line.text
    return count


def _merge_sentence_tags(units: Units, tags: Sequence[Units], rules: TagRules) -> None:
    """Merge the tags that close an item's sentences into ``units``.

    Each of several tags names who does its own sentence's work: one whose units
    carry no role leads that work, whatever another sentence's tag says ("…整治。
    (区生态环境分局、区工信局按职责落实)探索推进…。(区生态环境分局牵头)" is led by
    all three).  A single tag is merged as it is, its roles resolved with the item's.
    """
    if len(tags) < 2 or any(tag.first_leads or tag.star_rule for tag in tags):
        for tag in tags:
            units.merge(tag)
        return
    for tag in tags:
        lead, supporting = tag.resolve(first_leads=rules.first_leads, star_leads=rules.star_leads)
        units.merge(Units(lead=lead, supporting=supporting, deadline=tag.deadline))


def build_item(draft: ItemDraft, report: Report, rules: TagRules | None = None) -> Item:
    """Split an item's lines into title, measures, sub-items and units.

    Args:
        draft: the item's lines.
        report: where warnings go.
        rules: what earlier items' tags said holds below; updated by this item's.
    """
    rules = rules if rules is not None else TagRules()
    # The width the item's lines were hard-wrapped at, if any (two of its long lines at
    # least fill it: an item may be short).
    width = wrap_width((t.line.text for t in draft.lines), shared_by=2)
    content, units, sub_items = _sort_lines(draft, width, rules.cell_roles)
    starts = {t.line.no for t in draft.lines if t.after_blank} | _after_tag_lines(draft)
    runs = _runs(content, starts, width=width)
    # Tags that close the sentences of a task-division item name its units too.
    sentence_tags: list[Units] = []
    heading_tag = find_trailing_tag(runs[0].text) if len(runs) > 1 else None
    if heading_tag and not holds_a_sentence_end(runs[0].text[: heading_tag[0]]):
        # (a heading's tag over its text, "1.完善科技创新机制(市科技局)" / "进一步…。":
        # the units are the item's, the heading its title without them)
        sentence_tags.append(heading_tag[2])
        runs[0] = runs[0].cut(heading_tag[0])
        if not runs[0].text:  # (a marker and its tag alone: "1.【市科技局】")
            runs.pop(0)
    for index, run in enumerate(runs):
        sentence_tags.extend(find_inner_tags(run.text))
        ended = find_trailing_tag(run.text) if index < len(runs) - 1 else None
        if ended:
            sentence_tags.append(ended[2])
    # (a tag alone between the heading and its text is no measure)
    runs = [run for i, run in enumerate(runs) if i == len(runs) - 1 or not is_tag_alone(run.text)]
    # (a tag in lenticular brackets may open the item's text: "1.【市科技局】完善…")
    opening = find_leading_tag(runs[0].text) if runs else None
    if opening:
        sentence_tags.append(opening[1])
        runs[0] = runs[0].after(opening[0])
    # The tag ends the item: look for it at the end of the last run of text.
    if runs:
        # (a tag on a line of its own, after the item's last sentence: "(市经信委)")
        apart = len(runs) > 1 and runs[-2].text.rstrip().endswith(SENTENCE_ENDS)
        # (a deadline may stand in brackets of its own after the tag: "（A、B负责）
        # （2025年12月底前完成）")
        deadline = find_trailing_deadline(runs[-1].text)
        text = runs[-1].text[: deadline[0]] if deadline else runs[-1].text
        tag = find_trailing_tag(text, apart=apart) or find_open_tag(text)
        if tag and deadline:
            units.deadline = deadline[1]
        labelled = None if tag else find_trailing_label(runs[-1].text)
        due = None if tag or labelled else find_due_after_sentence(runs[-1].text)
        bare = None if tag or labelled or due else find_bare_deadline(runs[-1].text)
        if tag:
            sentence_tags.append(tag[2])
            runs[-1] = runs[-1].cut(tag[0])
            if not runs[-1].text:
                runs.pop()
        elif labelled:
            units.merge(labelled[1])
            runs[-1] = runs[-1].cut(labelled[0])
        elif due:
            units.deadline = units.deadline or due[1]
            runs[-1] = runs[-1].cut(due[0])
        elif bare:
            units.deadline = units.deadline or bare[1]
            runs[-1] = runs[-1].cut(bare[0])
    _merge_sentence_tags(units, sentence_tags, rules)
    if not (units.lead or units.responsible):
        # State Council style: each sub-item carries its own tag.
        for sub_item in sub_items:
            tag = find_trailing_tag(sub_item.text)
            if tag:
                units.merge(tag[2])
    if not (units.lead or units.responsible) and runs:
        # Task-division style: the roles are written into the sentence, or a
        # closing sentence names who does the work.
        running = "\n".join(run.text for run in runs)
        inline = find_inline_roles(running) or find_closing_responsible(running)
        if inline:
            units.merge(inline)
    title, measures = _title_and_measures(runs)
    if not title:
        # A bare marker, or a paragraph that is only its tag: keep what is written.
        title = draft.marker or draft.head.line.text
        report.warn("empty-item", f"item {draft.marker} has no text", draft.head.line.no)
    if not (units.lead or units.responsible):
        # Work divided by who leads it: "(一)省监察厅牵头的工作", its items under it.
        units.merge(_lead_named_by_heading(title, draft.group))
    lead, supporting = units.resolve(first_leads=rules.first_leads, star_leads=rules.star_leads)
    rules.first_leads = rules.first_leads or units.first_leads_below
    rules.star_leads = rules.star_leads or units.star_rule_below
    lines = [t.line for t in draft.lines]
    flat = join_lines(lines)  # names broken over wrapped lines, whole again
    return Item(
        number=draft.number,
        marker=draft.marker,
        title=title,
        text="\n".join(line.text for line in lines),
        measures=measures,
        lead_departments=lead,
        supporting_departments=supporting,
        group=draft.group,
        sub_items=sub_items,
        programmes=find_programmes(flat),
        documents=find_documents(flat),
        deadline=units.deadline,
        span=span_of(lines),
    )


def _lead_named_by_heading(title: str, group: GroupRef | None) -> Units:
    """The lead a heading names: "省编办牵头的工作" over the item, or as its title;
    or a group's heading that is the office's name alone ("业务部:" over its duties)."""
    for heading in (title, group.title if group else ""):
        match = P.HEADING_LEAD_RE.search(heading)
        names = office_names(match["names"]) if match else None
        if names:
            return Units(lead=names)
    names = office_names(group.title) if group is not None and not group.numeral else None
    return Units(lead=names or [])


@dataclass(frozen=True)
class RowDraft:
    """A row of a task table flattened to text (``castplan.grammar.tables``)."""

    number: int
    marker: str
    # The running text of its title cell, then of its content cell: (line, offset, text).
    content: list[tuple[Line, int, str]]
    # Lines that start a cell of their own in ``content`` (the content cell's first).
    cell_starts: frozenset[int]
    lead: list[str]
    supporting: list[str]
    deadline: str | None
    group: GroupRef | None
    lines: list[Line]


def build_row_item(row: RowDraft) -> Item:
    """An item from a table row: the title cell's first sentence is the title."""
    title, measures = _title_and_measures(_runs(row.content, set(row.cell_starts)))
    flat = join_lines(row.lines)
    return Item(
        number=row.number,
        marker=row.marker,
        title=title or row.marker,
        text="\n".join(line.text for line in row.lines),
        measures=measures,
        lead_departments=row.lead,
        supporting_departments=row.supporting,
        group=row.group,
        programmes=find_programmes(flat),
        documents=find_documents(flat),
        deadline=row.deadline,
        span=span_of(row.lines),
    )


def _after_tag_lines(draft: ItemDraft) -> set[int]:
    """The lines that open a paragraph because a unit line or a tag alone stands
    over them ("1.完善科技创新机制" / "(市科技局)" / "进一步完善机制。"), and such tag
    lines themselves: neither runs on into the heading above."""
    # (each line tested once: a line is looked at as the one above and below)
    alone = [t is not draft.head and is_tag_alone(t.line.text) for t in draft.lines]
    starts: set[int] = set()
    for index, below in enumerate(draft.lines[1:], start=1):
        above = draft.lines[index - 1]
        if (
            above.kind is Kind.UNIT_LINE
            or alone[index - 1]
            or (below.kind is not Kind.UNIT_LINE and alone[index])
            # (a deadline's labelled line ends the text above it too: "报送时间:2018年11月"
            # / "牵头工委:城建环资工委"; a person's may open a tag that goes on below)
            or _labels_a_deadline(above.line.text)
        ):
            starts.add(below.line.no)
    return starts


def _labels_a_deadline(text: str) -> bool:
    """A line that labels the item's deadline and names no unit: "完成时限:6月底",
    "报送时间:2018年11月(调研报告)"."""
    labelled = P.OTHER_LABEL_RE.match(text)
    return labelled is not None and bool(labelled["deadline"])


def _sort_lines(
    draft: ItemDraft, width: int, cell_roles: tuple[str, ...] = ()
) -> tuple[list[tuple[Line, int, str]], Units, list[SubItem]]:
    """An item's running text (line, offset, text), its unit lines, its sub-items.

    ``width``: the item's wrap width, where a unit line a hard wrap cut goes on.
    With ``cell_roles``, the item's cells of names alone take their columns' roles
    in order: "区发改局" / "区工信局、区商务局" under 牵头单位 / 责任单位.
    """
    head = draft.head
    units = Units()
    cells = 0
    content: list[tuple[Line, int, str]] = []
    sub_items: list[SubItem] = []
    taken = 0  # lines a unit line wrapped onto, read with it
    for index, token in enumerate(draft.lines):
        if taken:
            taken -= 1
            continue
        # (a line inside a tag the line above opened is the tag's: "…增长8%。(" /
        # "牵头领导:…,责任单位:市农业农" / "村局)")
        in_tag = bool(content) and has_open_bracket(content[-1][2])
        if token is head and head.match is not None:
            content.append((token.line, token.rest_offset, head.match["rest"]))
        elif token is head:  # an unnumbered paragraph item
            content.append((token.line, token.line.start, token.line.text))
        elif not in_tag and (paired := _label_over_names(draft.lines, index)):
            units.merge(paired)
            taken = 1  # (the names' line is read with its label)
        elif token.kind is Kind.UNIT_LINE and not in_tag:
            taken = _wrapped_on(draft.lines, index, width)
            found = _unit_line_units(token, draft.lines[index + 1 : index + 1 + taken])
            if not found:
                taken = 0  # (not read as units: the lines below stay text)
                found = _unit_line_units(token)
            if found and cell_roles and _names_alone(found):
                units.add(cell_roles[min(cells, len(cell_roles) - 1)], found.responsible)
                cells += 1
            elif found:
                units.merge(found)
            elif not token.line.text.rstrip().endswith("|"):
                content.append((token.line, token.line.start, token.line.text))
            # (a table's status cell, "推进中 |", stays in the item's text only)
        elif (token.kind is Kind.SUBITEM and head.kind is not Kind.SUBITEM) or (
            token.kind is Kind.ITEM and token is not head
        ):  # "（1）" entries, or a "1." list the item leads into
            sub_items.append(_build_sub_item(token))
        elif not in_tag and (other := P.OTHER_LABEL_RE.match(token.line.text)):
            # "完成时限：…" stays in the item's text; it is no measure.  A line of
            # several labels names units too: "时间安排:4月 牵头界别组:无党派组 协商部门:…".
            labels = parse_unit_tag(token.line.text.rstrip("。；;"))
            if labels is not None and (labels.lead or labels.supporting or labels.responsible):
                units.merge(labels)
            elif other["deadline"] and other["value"]:
                units.deadline = units.deadline or other["value"]
        else:
            content.append((token.line, token.line.start, token.line.text))
    return content, units, sub_items


def _build_sub_item(token: Token) -> SubItem:
    assert token.match is not None
    written = token.match.groupdict().get("circled") or token.match["number"]
    number = chinese_numeral_value(written) if written else 1
    marker = token.line.text[: token.match.start("rest")].strip()
    return SubItem(
        number=number, marker=marker, text=token.match["rest"], span=span_of([token.line])
    )


_piece_start = operator.itemgetter(2)


@dataclass
class _Run:
    """Text running over one or more lines, with the way back to input offsets."""

    text: str
    # (line, input offset of the piece, index of the piece in ``text``)
    pieces: list[tuple[Line, int, int]]

    def locate(self, index: int) -> tuple[int, int]:
        """Input offset and line number of ``text[index]``.

        A binary search: an item of thousands of wrapped lines has as many pieces.
        """
        if len(self.pieces) == 1:  # most runs are one line: no search
            found = 0
        else:
            found = bisect.bisect_right(self.pieces, index, key=_piece_start) - 1
        if found < 0 or index < 0:  # pragma: no cover - index < 0 is a bug
            raise IndexError(index)
        line, offset, start = self.pieces[found]
        return offset + index - start, line.no

    def span(self, start: int, end: int) -> Span:
        first, line = self.locate(start)
        last, end_line = self.locate(end - 1)
        return Span(start=first, end=last + 1, line=line, end_line=end_line)

    def shifted_span(self, base: int, start: int, end: int) -> Span:
        """The span of ``text[base + start : base + end]``: of a part of a sentence at ``base``."""
        return self.span(base + start, base + end)

    def cut(self, end: int) -> _Run:
        """The run up to ``end``, trailing space removed."""
        text = self.text[:end].rstrip()
        return _Run(text, [p for p in self.pieces if p[2] < len(text) or p[2] == 0])

    def after(self, start: int) -> _Run:
        """The run from ``start`` on, leading space removed."""
        start = len(self.text) - len(self.text[start:].lstrip())
        head = self.pieces[0]
        kept = []
        for line, offset, index in self.pieces:
            if index <= start:
                head = (line, offset + start - index, 0)  # the piece that holds ``start``
            else:
                kept.append((line, offset, index - start))
        return _Run(self.text[start:], [head, *kept])


@dataclass
class _Paragraph:
    """A run being gathered: its pieces, its bracket balance and its last characters.

    Whether a paragraph is complete depends on its end and on whether a bracket
    is still open; keeping both as it grows makes gathering linear (re-reading
    the whole run at every line made one item of 8,000 wrapped lines quadratic).
    """

    parts: list[str] = field(default_factory=list)
    pieces: list[tuple[Line, int, int]] = field(default_factory=list)
    length: int = 0
    balance: int = 0
    books: int = 0
    tail: str = ""

    def add(self, line: Line, offset: int, text: str) -> None:
        self.pieces.append((line, offset, self.length))
        self.parts.append(text)
        self.length += len(text)
        self.balance += bracket_balance(text)
        self.books += text.count("《") - text.count("》")
        self.tail = (self.tail + text)[-MAX_TAG_LEN:]

    def in_a_book_title(self) -> bool:
        """Whether a 《 is still open: a page's blank line inside a cited title
        ("《2016" / "" / "年…统计表》") is no paragraph's end."""
        return self.books > 0

    def lines_with_text(self) -> int:
        return sum(1 for part in self.parts if part)

    def complete(self) -> bool:
        if self.tail.endswith(P.PARAGRAPH_ENDS):
            return self.balance <= 0
        return find_trailing_tag(self.tail) is not None

    def run(self) -> _Run:
        return _Run("".join(self.parts), self.pieces)


# A unit tag is far shorter; the end of a paragraph is read over this many characters.
MAX_TAG_LEN = 512


def _label_over_names(lines: Sequence[Token], index: int) -> Units | None:
    """A unit label alone on its line over its names, as a copy that set a table's
    cells a line each gives them: "牵头单位" / "市科技局" / "配合单位" / "市财政局"."""
    if index + 1 >= len(lines):
        return None
    label = lines[index].line.text.strip(" |\u3000")
    names = lines[index + 1].line.text.strip(" |\u3000")
    # (never a table's row of column heads: "牵头单位" / "配合单位" / "完成时限")
    if (
        not P.UNIT_COLUMN_RE.fullmatch(label)
        or P.UNIT_COLUMN_RE.fullmatch(names)
        or office_names(names) is None
    ):
        return None
    return parse_unit_tag(f"{label}:{names}")


def _runs(
    content: list[tuple[Line, int, str]], paragraph_starts: set[int], *, width: int = 0
) -> list[_Run]:
    """Join lines that a hard wrap split into the paragraphs they belong to.

    A blank line ends a paragraph, and so does a heading line standing over a
    longer body line ("1.深化党的全面领导" / "全面贯彻党的教育方针……"): a hard
    wrap leaves lines of one width, a heading is shorter than the text under it,
    unless its indent fills the rest of the ``width`` the item's lines were wrapped at
    ("    (一)切实提高…工作基础的思" / "想认识。…": the paragraph's first line).
    """
    paragraphs: list[_Paragraph] = []
    previous: Line | None = None
    details = _detail_lines(content)
    for index, (line, offset, text) in enumerate(content):
        # (a link on a line of its own is a paragraph of its own, never a title's end)
        linked = P.BARE_LINK_RE.match(text) is not None or (
            previous is not None and P.BARE_LINK_RE.match(previous.text) is not None
        )
        after_blank = line.no in paragraph_starts or linked
        current = paragraphs[-1] if paragraphs else None
        heading = (
            len(paragraphs) == 1
            and paragraphs[0].lines_with_text() == 1
            and previous is not None
            and _stands_alone(previous, line)
            and not fills_width(previous, width)
        ) or (index in details and current is not None and current.balance <= 0)
        # (nor does a blank line end a paragraph whose line stops at a comma: a page that
        # sets every line apart, "1、依托…,按照人员信息“应登尽登”," / "" / "充分摸清…")
        after_a_clause = previous is not None and previous.text.endswith(CLAUSE_ENDS)
        previous = line
        # A marker alone on its line ("01") holds nothing yet: its heading is the next line.
        blank_ends = after_blank and not (
            (current is not None and current.in_a_book_title()) or after_a_clause
        )
        if current is None or (current.length and (blank_ends or heading or current.complete())):
            current = _Paragraph()
            paragraphs.append(current)
        current.add(line, offset, text)
    return [paragraph.run() for paragraph in paragraphs]


def _detail_lines(content: list[tuple[Line, int, str]]) -> set[int]:
    """The lines of labelled details under an item, each a paragraph of its own:
    "时间:3月16~18日" / "地点:徐州市梨园路公园门球场" under "4.组队参加…门球赛".

    Details come in blocks: a short labelled line next to another, or a label alone
    over its value ("承办学校:" / "江苏建筑职业技术学院").  A lone labelled line may be
    a wrapped line that starts with a colon's word ("头处室:基层组织处").
    """
    labelled = {
        index
        for index, (_, _, text) in enumerate(content)
        if len(text) <= MAX_HEADING_LEN and P.DETAIL_LABEL_LINE_RE.match(text)
    }
    return {
        index
        for index in labelled
        if index - 1 in labelled
        or index + 1 in labelled
        or content[index][2].rstrip().endswith((":", "："))
    }


def _stands_alone(heading: Line, below: Line) -> bool:
    # A heading has no full stop in it and is shorter than the text below; a wrapped
    # first line (the marker counted) is as long as the lines after it.
    return (
        not heading.runs_on
        # (a line that stops at a comma goes on below, however short: "2、扩大就业见习规模,
        # 开展“千人就业见习计划”," / "2023年组织高校毕业生…参加就业见习不少于1000名。")
        and not heading.text.endswith(CLAUSE_ENDS)
        # (or names whose work follows: "(二)省审计厅牵头的工作" / "全面加强审计工作。")
        and (
            len(heading.text) + 2 < len(below.text)
            or P.HEADING_LEAD_RE.search(heading.text) is not None
            # (or both shorter than any wrap, the heading the shorter: a list of names
            # under its heading, "1、总体控制考核指标" / "全市各类事故死亡总人数")
            or len(heading.text) < len(below.text) < MIN_WRAPPED_LEN
        )
        and (
            len(heading.text) <= MAX_HEADING_LEN
            # (a longer heading over a paragraph at least twice its length, as a page
            # that never wraps its lines sets one: "1、深刻把握…和党的二十大精神" / "深入…")
            or (
                len(heading.text) <= MAX_LONG_HEADING_LEN
                and 2 * len(heading.text) <= len(below.text)
            )
        )
        and not P.STATEMENT_PUNCT_RE.search(heading.text)
    )


# What ends a clause but never a heading or a paragraph.
CLAUSE_ENDS = (",", "，", "、")
# A heading standing on its own line is short; a long first line is text.
MAX_HEADING_LEN = 40
# ... unless the paragraph under it is at least twice its length, and then this.
MAX_LONG_HEADING_LEN = 60


def _title_cut(sentence: str) -> tuple[int, int] | None:
    """Where a point's title ends in its first sentence and its text starts, for a
    standard heading glued to its text ("指导思想以…") or to its first point counted
    in words ("健全禁毒宣传机制一是持续完善…"), or a short title a page set
    apart by a run of spaces, as it turned a line break into them ("培育农业特色支柱
    产业  培育壮大地方特色和知名品牌,初步构建…"); None for a sentence that is all title."""
    glued = glued_heading_end(sentence)
    if glued is None:
        first_point = P.GLUED_FIRST_POINT_RE.search(sentence)
        glued = first_point.start() if first_point else None
    if glued is not None:
        return glued, glued
    spaced = P.WIDELY_SPACED_TITLE_RE.match(sentence)
    return (spaced.end("title"), spaced.end()) if spaced else None


def _title_and_measures(runs: list[_Run]) -> tuple[str, list[Measure]]:
    """The first sentence is the title; every later sentence is a measure.

    A standard heading glued to its text ("指导思想以…") is the title alone; the
    rest of that sentence is the first measure.
    """
    title = ""
    measures: list[Measure] = []
    for run in runs:
        for start, end in split_sentences(run.text):
            sentence = run.text[start:end]
            if not title:
                title = P.LEADER_DOTS_RE.sub(
                    "", sentence.rstrip(" |\u3000").rstrip("。！!：:")
                ).strip()
                cut = _title_cut(title)
                if cut is None:
                    continue
                title, start = title[: cut[0]], start + cut[1]
                sentence = run.text[start:end]
            # Spans are located in the run as the targets are built, not set by a copy.
            targets = find_targets(sentence, locate=functools.partial(run.shifted_span, start))
            measures.append(Measure(text=sentence, span=run.span(start, end), targets=targets))
    return title, measures
