"""The plan body: sections, groups, items and the checks over them.

A state machine over the body's classified lines.  Which marker opens an item
is decided per section: "1." lines always; "（一）" lines when no numbered
items follow them (else they group items); "——" and "（1）" lines where
nothing else is.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import regex

from castplan.grammar import patterns as P
from castplan.grammar.checks import check_body
from castplan.grammar.items import ItemDraft, build_item, unit_line_goes_on
from castplan.grammar.lines import (
    MAX_WRAPPED_LINE_LEN,
    MIN_WRAPPED_LEN,
    Kind,
    Line,
    Report,
    Token,
    at_width,
    completes_paragraph,
    fills_width,
    first_sentence_end,
    glued_heading_end,
    glued_text_start,
    has_open_bracket,
    join_lines,
    lstrip_len,
    quote,
    span_of,
    wrap_width,
    wrapped_into,
)
from castplan.grammar.numerals import chinese_numeral_value
from castplan.grammar.units import (
    MAX_UNIT_CELL,
    TagRules,
    find_trailing_tag,
    holds_a_sentence_end,
    is_tag_alone,
    office_names,
    parse_unit_tag,
    unit_cell,
)
from castplan.model import Group, GroupRef, Section


def build_sections(
    tokens: Sequence[Token],
    report: Report,
    *,
    unit_column: bool = False,
    cell_roles: tuple[str, ...] = (),
    first_leads: bool = False,
) -> list[Section]:
    """The body's lines as validated sections, with their checks reported.

    Args:
        tokens: the classified lines of the plan body.
        report: where warnings go (numbering, missing units, a cut-off item).
        unit_column: the notice heads a table's unit column (``责任单位`` alone on
            its line), so a line of unit names alone is that column's cell.
        cell_roles: the roles of two unit columns or more, in order (``牵头单位`` /
            ``责任单位``: "lead", "supporting"); a row's cells of names take them.
        first_leads: the notice states, outside the plan's items, that the first
            unit of each list leads ("各项任务中,列第一位的为牵头单位。").
    """
    if unit_column:
        tokens = mark_unit_cells(tokens)
    tokens = mark_label_groups(mark_unit_groups(mark_dash_groups(tokens)))
    rules = TagRules(first_leads=first_leads, cell_roles=cell_roles)
    drafts = _BodyBuilder(tokens, report).build()
    sections = [_build_section(draft, report, rules) for draft in drafts]
    check_body(sections, report)
    return sections


# How long a dash heading that groups items is at most.
MAX_DASH_HEADING = 40


def mark_dash_groups(tokens: Sequence[Token]) -> list[Token]:
    """Dash headings that group a section's numbered items become its groups.

    "一、勇立新时代潮头…" / "——在深化供给侧结构性改革上保持定力" / "1、坚持…" /
    "2、…" / "——在…上保持定力" / …: a dash line that is a heading (no sentence,
    short) with a numbered item right under it heads the items up to the next
    one, as a "（一）" heading would.
    """
    return _headings_over_items_as_groups(tokens, _dash_heading)


def mark_unit_groups(tokens: Sequence[Token]) -> list[Token]:
    """Offices named alone over their numbered duties become the section's groups.

    "五、职责分工" / "业务部:" / "1、转发总会…" / "2、制作…" / "组青部:" / "1、…":
    a line that is an office's name and a colon, with a numbered item right under
    it, heads the items up to the next one (which that office leads, as under
    "(一)省监察厅牵头的工作").
    """
    return _headings_over_items_as_groups(tokens, _unit_heading)


def _headings_over_items_as_groups(
    tokens: Sequence[Token],
    heading_of: Callable[[Token], regex.Match[str] | None],
    *,
    opens: Callable[[Token], bool] = lambda token: token.kind is Kind.ITEM,
    at_least: int = 1,
) -> list[Token]:
    """Lines ``heading_of`` reads as a heading, each right over an item ``opens`` accepts,
    become groups where a section holds ``at_least`` of them.  Only under "一、" sections
    without "（一）" groups of their own, so a plan's top level never changes."""
    kinds = {t.kind for t in tokens}
    if Kind.ITEM not in kinds or Kind.SECTION not in kinds:
        return list(tokens)
    marked = list(tokens)
    for chunk in _chunk_ranges(tokens, Kind.SECTION):
        # (the text before the first section, and sections with groups of their own)
        if tokens[chunk.start].kind is not Kind.SECTION or any(
            tokens[i].kind is Kind.GROUP for i in chunk
        ):
            continue
        headings = [
            (index, heading)
            for position, index in enumerate(chunk[:-1])
            if (heading := heading_of(tokens[index])) is not None
            and opens(tokens[chunk[position + 1]])
        ]
        if len(headings) >= at_least:
            for index, heading in headings:
                marked[index] = dataclasses.replace(tokens[index], kind=Kind.GROUP, match=heading)
    return marked


def mark_label_groups(tokens: Sequence[Token]) -> list[Token]:
    """Labels over lists that each count again from 1 become the section's groups.

    "二、学习内容" / "集中学习内容:" / "1.…" / "2.…" / "自学内容:" / "1.…": a short
    line closed by a colon right over an item numbered 1, two such in one section (one
    label alone may only introduce the list), heads the items up to the next.
    """
    return _headings_over_items_as_groups(
        tokens, _label_heading, opens=_opens_a_list, at_least=MIN_LABEL_GROUPS
    )


# How many labels over lists counted from 1 make a section's groups.
MIN_LABEL_GROUPS = 2


def _label_heading(token: Token) -> regex.Match[str] | None:
    """The match of a short line closed by a colon alone: "集中学习内容:"."""
    if token.kind is not Kind.TEXT:
        return None
    heading = P.UNIT_HEADING_RE.match(token.line.text)
    return heading if heading and len(heading["rest"]) <= MAX_LABEL_HEADING else None


# A label over a list is short: "集中学习内容:", "自学内容:".
MAX_LABEL_HEADING = 12


def _opens_a_list(token: Token) -> bool:
    return token.kind is Kind.ITEM and _item_number(token) == 1


def _unit_heading(token: Token) -> regex.Match[str] | None:
    """The match of a line that is an office's name and a colon alone: "业务部:"."""
    if token.kind is not Kind.TEXT:
        return None
    heading = P.UNIT_HEADING_RE.match(token.line.text)
    return heading if heading and office_names(heading["rest"].rstrip(":：")) else None


def _dash_heading(token: Token) -> regex.Match[str] | None:
    """The match of a dash line that is a heading: short, no sentence."""
    if token.kind is not Kind.DASH or token.match is None:
        return None
    rest = token.match["rest"].strip()
    short = len(rest) <= MAX_DASH_HEADING and not P.STATEMENT_PUNCT_RE.search(rest)
    return token.match if short else None


def mark_unit_cells(tokens: Sequence[Token]) -> list[Token]:
    """A task table flattened one cell per line: its unit cells become unit lines.

    "2.纳入工信部支持…设备购置补贴。" / "市经信局、市财政局等,各县、市、区政府" /
    "2020年12月": under a header whose column says 责任单位, the names are the
    item's units, though no label says so.
    """
    marked: list[Token] = []
    for token in tokens:
        text = token.line.text
        row_cell = bool(marked) and marked[-1].kind is Kind.UNIT_LINE and _is_short_cell(text)
        if token.kind is Kind.TEXT and (
            unit_cell(text) is not None or row_cell or _roles_cell(text)
        ):
            # (a short cell after the unit cell, "推进中 |", is more of the row)
            token = dataclasses.replace(token, kind=Kind.UNIT_LINE)
        marked.append(token)
    return marked


def _roles_cell(text: str) -> bool:
    """A unit cell that says who leads: "办公室牵头,各科室配合"."""
    if len(text) > MAX_UNIT_CELL or P.STATEMENT_PUNCT_RE.search(text):
        return False
    units = parse_unit_tag(text)
    return units is not None and bool(units.lead or units.supporting)


def _is_short_cell(text: str) -> bool:
    """A short cell closed by a pipe: a status, "推进中 |"."""
    return text.rstrip().endswith("|") and len(text) <= MAX_STATUS_CELL and "。" not in text


# A status cell is no longer than this.
MAX_STATUS_CELL = 12


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
    run_in = P.RUN_IN_TITLE_RE.match(rest)
    if run_in and (end is None or run_in.end() <= end):
        end = run_in.end() - 1
    stacked = P.STACKED_RUN_IN_RE.match(rest)
    if stacked:
        return rest[: stacked.end()], [_rest_of_line(token, stacked.end())]
    spaced = (
        (P.SPACED_RUN_IN_TITLE_RE.match(rest) or P.SPACED_TWO_PHRASE_TITLE_RE.match(rest))
        if not run_in
        else None
    )
    if spaced:
        return spaced["title"], [_rest_of_line(token, spaced.end())]
    tagged = _tag_then_text(rest[:end] if end else rest)
    if tagged is not None:
        # "(一)坚定不移壮产业,全力筑牢经济发展支撑(责任部门:经济发展办公室等) 全力拼抢…":
        # the units that lead the heading's work close it; its text follows on the line.
        return rest[:tagged], [_rest_of_line(token, tagged)]
    glued = glued_heading_end(
        rest[:end] if end else rest, ended=end is not None, cut=token.stops_the_text
    )
    if glued:
        # "一、指导思想以“三个代表”重要思想…": a copy lost the break after a
        # standard heading; the text after it is the intro.
        return rest[:glued], [_rest_of_line(token, glued)]
    cue = glued_text_start(rest, end, cut=token.stops_the_text)
    if cue:
        # "一、加强全域科普机制建设按照河东区…": a heading of any words, glued
        # to text that opens as a plan's sentence does.
        return rest[:cue].rstrip(), [_rest_of_line(token, cue)]
    if end is None:
        # (a table's cell may close it: "一、年底前专项工作任务 |"; the units leading
        # the section's work may: "一、加快调整能源结构(省发改委总牵头)")
        title = P.LEADER_DOTS_RE.sub("", rest.rstrip(CELL_END).rstrip("：:"))
        tag = find_trailing_tag(title)
        if tag and tag[0] > 0:
            return title[: tag[0]].rstrip(), []
        # (or the person in charge of it: "一、深化体制机制改革(李焕龙负责)")
        person = P.PERSON_IN_CHARGE_END_RE.search(title)
        return (title[: person.start()].rstrip() if person and person.start() > 0 else title), []
    if not rest[end + 1 :].strip():
        return rest[:end], []
    return rest[:end], [_rest_of_line(token, end + 1)]


def _tag_then_text(sentence: str) -> int | None:
    """Where a labelled unit tag starts that closes a heading's words inside its line's
    first sentence, the heading's text after it ("…经济发展支撑(责任部门:经济发展办公室
    等) 全力拼抢…"); None where no tag does (a bracket of the heading's own words is
    no tag: "(2021-2025年)")."""
    found = P.HEADING_TAG_THEN_TEXT_RE.search(sentence)
    if found is None or found.start() == 0 or parse_unit_tag(found["content"]) is None:
        return None
    return found.start()


# What closes a table's cell at a line's end: "行政规范性文件集中公开 |".
CELL_END = " |\u3000"


def _rest_of_line(token: Token, at: int) -> Line:
    """The heading line from ``at`` in its text after the marker, as a line of its own."""
    assert token.match is not None
    tail = token.match["rest"][at:]
    start = token.rest_offset + at + lstrip_len(tail)
    column = token.line.column + start - token.line.start
    return Line(
        no=token.line.no,
        start=start,
        end=token.line.end,
        text=tail.strip(),
        column=column,
        shallowest=token.line.shallowest,
    )


class Role(enum.Enum):
    """What a body line does in the tree, decided by ``assign_roles``."""

    SECTION = "section"  # opens a section: "一、…"
    GROUP = "group"  # opens a group: "（一）…" with items under it
    ITEM = "item"  # opens an item: "1.…", or "（一）", "——", a tagged paragraph
    HEADING_TAIL = "heading-tail"  # the rest of a heading a hard wrap broke off
    ITEM_LINE = "item-line"  # goes on with the open item (text, sub-items, unit lines)
    GROUP_INTRO = "group-intro"  # text under a group heading, before its first item
    SECTION_INTRO = "section-intro"  # text under a section heading, before its first item
    OUTSIDE = "outside"  # text after an item's end that no node takes: quoted in a warning


def restore_lost_numerals(tokens: Sequence[Token], report: Report) -> list[Token]:
    """Section headings whose numeral a copy lost, read as the section they stand for.

    "一、总体思路" … "、重点工作" … "三、保障措施": the short heading line is
    section 二.  Only a short, unpunctuated line after a numbered section, where
    the next section (if any) skips one number, is read so (with a warning).
    """
    restored = list(tokens)
    previous: int | None = None
    for index, token in enumerate(tokens):
        if token.kind is Kind.SECTION and token.match is not None:
            previous = chinese_numeral_value(token.match["numeral"])
            continue
        match = _lost_numeral(token, previous)
        if match is None:
            continue
        following = next((t for t in tokens[index + 1 :] if t.kind is Kind.SECTION), None)
        if following is None and (
            previous is None or P.LOST_NUMERAL_RE.match(token.line.text) is None
        ):
            # (a standard heading alone, with no numbered section after it to skip one;
            # under the last section it is a heading of that section's own)
            continue
        if (
            following is not None
            and following.match is not None
            and chinese_numeral_value(following.match["numeral"]) != (previous or 0) + 2
        ):
            continue
        previous = (previous or 0) + 1
        restored[index] = dataclasses.replace(token, kind=Kind.SECTION, match=match)
        report.warn(
            "lost-numeral",
            f"a section heading without its numeral, read as section {previous}: "
            f"{quote(token.line.text)}",
            token.line.no,
        )
    return restored


def restore_items_opened_by_a_figure(tokens: Sequence[Token]) -> list[Token]:
    """Items whose text opens with a figure, which a copy ran into the marker: "1.既有
    多层住宅加装电梯新增400台" / "2.50个小区新增电动自行车充电设施" / "3.开设…".

    Read so only where the number is the one the items around it leave out: the
    item before is the number before, and the item after (if any) the number after;
    anywhere else "1.5万名…" stays a figure.
    """
    restored = list(tokens)
    last: int | None = None  # the number of the last item so far
    # (where the next item or heading stands; it only moves on, so the pass stays linear)
    ahead = 0
    for index, token in enumerate(tokens):
        if token.kind is Kind.SECTION:
            last = None
        elif token.kind is Kind.ITEM and token.match is not None:
            last = _item_number(token)
        elif last is not None and (figure := _figure_opening_an_item(token, last)):
            # (the item after, in this section: the next one's items count afresh)
            ahead = max(ahead, index + 1)
            while ahead < len(tokens) and tokens[ahead].kind not in (Kind.ITEM, Kind.SECTION):
                ahead += 1
            following = tokens[ahead] if ahead < len(tokens) else None
            if (
                following is None
                or following.kind is Kind.SECTION
                or _item_number(following) == last + 2
            ):
                restored[index] = dataclasses.replace(token, kind=Kind.ITEM, match=figure)
                last += 1
    return restored


def restore_items_numbered_bare(tokens: Sequence[Token]) -> list[Token]:
    """Items whose marker a copy left a bare number glued to the text: "1大力发展高新
    技术产业,…" / "2加快实施服务业“倍增”计划,…".

    Read so only in a run that counts from 1 under a heading: the first only where the
    next item (bare or marked) is 2, a later one where it follows the last item and
    the next is the number after, or a heading or the end comes next; anywhere else
    "1个中心…" stays text.
    """
    restored = list(tokens)
    last = 0  # the number of the last item under the current heading
    if not any(_bare_number(t) is not None for t in tokens):
        return restored
    for index, token in enumerate(tokens):
        if token.kind is Kind.SECTION:
            last = 0
        elif token.kind is Kind.ITEM and token.match is not None:
            last = _item_number(token)
        elif (bare := _bare_number(token)) is not None and int(bare["number"]) == last + 1:
            following = _next_item_number(tokens, index + 1)
            if following == last + 2 or (last > 0 and following is None):
                restored[index] = dataclasses.replace(token, kind=Kind.ITEM, match=bare)
                last += 1
    return restored


def restore_items_with_lost_digits(tokens: Sequence[Token], report: Report) -> list[Token]:
    """Items whose digit a copy lost, leaving the comma after it: "一、力争文化活动事业
    迈出新步伐" / "、今年将在各村…开展“问责风暴”活动,…。" / "2、完善基础活动室建设。…".

    Read so only at a paragraph's start where the items around it leave its number
    out: the item before is the number before (or none, under a heading), and the
    next item under the same heading the number after; anywhere else the comma opens
    a wrapped list's next name ("…上海浦东" / "、河北雄安新区…") and stays text.
    """
    restored = list(tokens)
    if not any(P.LOST_ITEM_DIGIT_RE.match(t.line.text) for t in tokens if t.kind is Kind.TEXT):
        return restored
    following = _next_items_under_their_headings(tokens)
    last = 0  # the number of the last item under the current heading
    above: Token | None = None  # the last line that is not blank
    for index, token in enumerate(tokens):
        if token.kind in (Kind.SECTION, Kind.GROUP):
            last = 0
        elif token.kind is Kind.ITEM and token.match is not None:
            last = _item_number(token)
        elif (
            token.kind is Kind.TEXT
            and (lost := P.LOST_ITEM_DIGIT_RE.match(token.line.text)) is not None
            and _opens_a_paragraph(token, above)
            and following[index] == last + 2
        ):
            last += 1
            restored[index] = dataclasses.replace(token, kind=Kind.ITEM, match=lost, place=last)
            report.warn(
                "lost-numeral",
                f"an item without its number, read as item {last}: {quote(token.line.text)}",
                token.line.no,
            )
        if token.kind is not Kind.BLANK:
            above = token
    return restored


def _opens_a_paragraph(token: Token, above: Token | None) -> bool:
    """Whether a line starts a paragraph: after a blank, a heading or a sentence's end."""
    return (
        token.after_blank
        or above is None
        or above.kind in (Kind.SECTION, Kind.GROUP)
        or above.line.text.rstrip().endswith(P.PARAGRAPH_ENDS)
    )


def _next_items_under_their_headings(tokens: Sequence[Token]) -> list[int | None]:
    """For each line, the number of the next item after it before any heading (None
    at a heading or the end); read from the end, once, so a run of comma lines under
    one heading is not scanned again for each of them."""
    following: list[int | None] = [None] * len(tokens)
    after: int | None = None
    for index in range(len(tokens) - 1, -1, -1):
        following[index] = after
        token = tokens[index]
        if token.kind in (Kind.SECTION, Kind.GROUP):
            after = None
        elif token.kind is Kind.ITEM and token.match is not None:
            after = _item_number(token)
    return following


def _bare_number(token: Token) -> regex.Match[str] | None:
    return P.BARE_NUMBER_ITEM_RE.match(token.line.text) if token.kind is Kind.TEXT else None


def _next_item_number(tokens: Sequence[Token], start: int) -> int | None:
    """The number of the next item, marked or bare, before any heading; None at a
    heading or the end.  (It stops at the next line that opens with a number, so the
    lines between two numbered ones are read once.)"""
    for token in tokens[start:]:
        if token.kind is Kind.SECTION:
            return None
        if token.kind is Kind.ITEM and token.match is not None:
            return _item_number(token)
        if (bare := _bare_number(token)) is not None:
            return int(bare["number"])
    return None


def _figure_opening_an_item(token: Token, last: int) -> regex.Match[str] | None:
    if token.kind is not Kind.TEXT:
        return None
    match = P.FIGURE_OPENS_ITEM_RE.match(token.line.text)
    return match if match is not None and int(match["number"]) == last + 1 else None


def restore_lost_group_markers(tokens: Sequence[Token], report: Report) -> list[Token]:
    """Group headings whose bracket and numeral a copy lost, read as the group they stand
    for: "一、坚决守牢粮食安全底线" / ")抓好粮油种植和单产提升。…" / "(二)抓好良田建设…".

    Only where the section's groups number it by its place: the group before it is
    the number before (itself perhaps restored), or the group after it the next
    number; and never the rest of a bracket the line above leaves open ("…(详见附件"
    / ")执行。").
    """
    restored = list(tokens)
    for chunk in _chunk_ranges(tokens, Kind.SECTION):
        last: int | None = None  # the value of the section's last group so far
        for position, index in enumerate(chunk):
            token = tokens[index]
            if token.kind is Kind.GROUP and token.match is not None:
                last = _group_value(token)
                continue
            lost = _lost_group_marker(token)
            if lost is None or _opens_a_bracket(tokens, chunk[:position]):
                continue
            place = (last or 0) + 1
            after = next(
                (tokens[i] for i in chunk[position + 1 :] if tokens[i].kind is Kind.GROUP), None
            )
            if last is None and (after is None or _group_value(after) != place + 1):
                continue
            restored[index] = dataclasses.replace(token, kind=Kind.GROUP, match=lost)
            last = place
            report.warn(
                "lost-numeral",
                f"a heading without its bracket and numeral, read as group {place}: "
                f"{quote(token.line.text)}",
                token.line.no,
            )
    return restored


def _lost_group_marker(token: Token) -> regex.Match[str] | None:
    return P.LOST_GROUP_MARKER_RE.match(token.line.text) if token.kind is Kind.TEXT else None


def _opens_a_bracket(tokens: Sequence[Token], above: Sequence[int]) -> bool:
    """Whether the last line above leaves a bracket open."""
    line = next(
        (tokens[i].line.text for i in reversed(above) if tokens[i].kind is not Kind.BLANK), ""
    )
    return line.count("(") + line.count("（") > line.count(")") + line.count("）")


def _group_value(token: Token) -> int | None:
    assert token.match is not None
    numeral = token.match.groupdict().get("numeral")
    return chinese_numeral_value(numeral) if numeral else None


def _lost_numeral(token: Token, previous: int | None) -> regex.Match[str] | None:
    """ "、重点工作" after a numbered section; a standard heading alone ("工作目标")
    before the first one, which then starts at 二, or between two sections that skip
    its number ("一、指导思想" … "目标任务" … "三、重点工作")."""
    if token.kind is not Kind.TEXT:
        return None
    if previous is not None:
        return P.LOST_NUMERAL_RE.match(token.line.text) or P.BARE_HEADING_RE.match(token.line.text)
    return P.BARE_HEADING_RE.match(token.line.text)


# Parts in sequence that make a document's top level 壹、貳、….
MIN_PARTS = 2


def shift_under_parts(tokens: Sequence[Token]) -> list[Token]:
    """Read a document whose top level is 壹、貳、… one level down.

    Formal documents (Taiwan's above all) number their parts 壹、貳、參 and the
    headings in each 一、 and (一): the parts are the sections, their 一、
    headings the groups (items where nothing numbered is under them), and the
    (一) headings the items.  Only where two parts or more run in sequence
    from 壹; a single 壹、 over the 一、 headings changes nothing.
    """
    parts = [
        (index, match)
        for index, token in enumerate(tokens)
        if token.kind is Kind.TEXT and (match := P.PART_RE.match(token.line.text))
    ]
    values = [chinese_numeral_value(match["numeral"]) for _, match in parts]
    if (
        not _first_of_the_parts(tokens, parts)
        and not _lone_first_part(tokens, parts)
        and (len(parts) < MIN_PARTS or values[:MIN_PARTS] != list(range(1, MIN_PARTS + 1)))
    ):
        return _converted_one(tokens, parts)
    shifted = list(tokens)
    for index, match in parts:
        shifted[index] = dataclasses.replace(tokens[index], kind=Kind.SECTION, match=match)
    for index in range(parts[0][0], len(tokens)):
        token = tokens[index]
        if token.kind is Kind.SECTION:
            shifted[index] = dataclasses.replace(token, kind=Kind.GROUP)
        elif token.kind is Kind.GROUP and (item := P.SHIFTED_GROUP_RE.match(token.line.text)):
            shifted[index] = dataclasses.replace(token, kind=Kind.ITEM, match=item)
        # (a group heading that lost its opening bracket, "一)主任委員:…", reads no item
        # number of the shifted form: it stays the group heading it was read as)
    return shifted


def _first_of_the_parts(
    tokens: Sequence[Token], parts: Sequence[tuple[int, regex.Match[str]]]
) -> bool:
    """A lone "第一部分 总体安排" over the 一、 headings, in text that ends before the
    next part: it names itself the first of several, where a lone 壹、 may be a
    converter's 一."""
    if len(parts) != 1 or not tokens[parts[0][0]].line.text.startswith("第"):
        return False
    index, match = parts[0]
    below = next((t for t in tokens[index + 1 :] if t.kind is not Kind.TEXT), None)
    return (
        chinese_numeral_value(match["numeral"]) == 1
        and below is not None
        and below.kind is Kind.SECTION
    )


def _lone_first_part(
    tokens: Sequence[Token], parts: Sequence[tuple[int, regex.Match[str]]]
) -> bool:
    """A lone "壹、前言" (or "甲、引言") in text with no 一、 heading, as an excerpt of a
    formal report stops before its 貳、: the first part all the same (a 壹 over 一、 headings, or a
    converter's 壹 for 一 before "二、…", is not)."""
    return (
        len(parts) == 1
        and parts[0][1]["numeral"] in ("壹", "甲")
        and not any(t.kind is Kind.SECTION for t in tokens)
    )


def _converted_one(
    tokens: Sequence[Token], parts: Sequence[tuple[int, regex.Match[str]]]
) -> list[Token]:
    """A lone "壹、工作目標" before "二、…": a script converter's 壹 for 一 (it writes
    壹定程度 for 一定程度 too), so section 一, not a part over the sections."""
    out = list(tokens)
    if len(parts) != 1 or parts[0][1]["numeral"] != "壹":
        return out
    index, match = parts[0]
    below = next((t.match for t in tokens[index + 1 :] if t.kind is Kind.SECTION), None)
    if below is None or chinese_numeral_value(below["numeral"]) != 2:
        return out
    out[index] = dataclasses.replace(tokens[index], kind=Kind.SECTION, match=match)
    return out


def read_chapters(tokens: Sequence[Token]) -> list[Token]:
    """Read the chapters of a plan with no 一、 heading as its sections: "第一章  现实基础"
    over unnumbered paragraphs (a reform pilot plan).  Where 一、 headings stand under
    the chapters, they stay the sections and the chapters stay text; but where the
    first chapter opens its 节 before any 一、 ("第一章 发展基础与环境" / "第一节 发展
    基础" / "一、经济社会发展水平不断提升"), the chapters are the top level and the
    一、 headings under the 节 are text."""
    out = list(tokens)
    if any(t.kind is Kind.SECTION for t in tokens):
        if not _chapters_over_their_sections(tokens):
            return out
        out = [
            dataclasses.replace(t, kind=Kind.TEXT, match=None) if t.kind is Kind.SECTION else t
            for t in tokens
        ]
    expected = 1
    for index, token in enumerate(tokens):
        match = P.CHAPTER_RE.match(token.line.text) if token.kind is Kind.TEXT else None
        if match is None or chinese_numeral_value(match["numeral"]) != expected:
            continue
        out[index] = dataclasses.replace(token, kind=Kind.SECTION, match=match)
        expected += 1
    return out


def _chapters_over_their_sections(tokens: Sequence[Token]) -> bool:
    """The first chapter, then its first 节, before the first 一、 heading."""
    chapter = False
    for token in tokens:
        if token.kind is Kind.SECTION:
            return False
        if token.kind is not Kind.TEXT:
            continue
        text = token.line.text
        if not chapter:
            match = P.CHAPTER_RE.match(text)
            chapter = match is not None and chinese_numeral_value(match["numeral"]) == 1
        elif P.SUBCHAPTER_RE.match(text):
            return True
    return False


# Lines numbered N.M that make a plan one numbered in decimals.
MIN_DECIMAL_ITEMS = 2


def read_decimal_outline(tokens: Sequence[Token]) -> list[Token]:
    """Read a plan numbered in decimals: "1.形势" / "1.1 现状" / "1.2 问题" / "2.任务".

    The "N." headings are the sections and the "N.M" lines their items.  Only in a
    plan with no 一、 heading and at least two N.M lines; an "N." line is a section
    only where it goes on from the last one and the next N.M line (if any) is its own,
    so a list "1. 2." inside an item stays a list.
    """
    if any(t.kind is Kind.SECTION for t in tokens):
        return _decimal_items_under_sections(tokens)
    decimals = {
        index: match
        for index, token in enumerate(tokens)
        if token.kind is Kind.TEXT and (match := P.DECIMAL_ITEM_RE.match(token.line.text))
    }
    if len(decimals) < MIN_DECIMAL_ITEMS:
        return list(tokens)
    out = list(tokens)
    expected = 1
    # (the decimal lines in order, and the first one below the line read: one pass)
    at_decimal = list(decimals)
    next_decimal = 0
    for index, token in enumerate(tokens):
        while next_decimal < len(at_decimal) and at_decimal[next_decimal] <= index:
            next_decimal += 1
        heading = _decimal_heading(token)
        if heading is None or int(heading["numeral"]) != expected:
            continue
        below = decimals[at_decimal[next_decimal]] if next_decimal < len(at_decimal) else None
        # (the first heading has its N.M lines under it; a later one may have none,
        # unless it has no mark to say it is a heading)
        if (below is None and (expected == 1 or token.kind is Kind.TEXT)) or (
            below is not None and int(below["section"]) != expected
        ):
            continue
        out[index] = dataclasses.replace(token, kind=Kind.SECTION, match=heading)
        expected += 1
    if expected == 1:
        return list(tokens)
    for index, match in decimals.items():
        out[index] = dataclasses.replace(tokens[index], kind=Kind.ITEM, match=match)
    # (what "1." lines are left under the first section list points inside an item)
    first = next(i for i, t in enumerate(out) if t.kind is Kind.SECTION)
    for index in range(first, len(out)):
        if out[index].kind is Kind.ITEM and index not in decimals:
            point = P.LISTED_POINT_RE.match(out[index].line.text)
            if point is not None:
                out[index] = dataclasses.replace(out[index], kind=Kind.SUBITEM, match=point)
    return out


def _decimal_heading(token: Token) -> regex.Match[str] | None:
    """An "N." line, or an "N 稳增长" line that set a space for its mark."""
    if token.kind is Kind.ITEM:
        return P.DECIMAL_SECTION_RE.match(token.line.text)
    if token.kind is Kind.TEXT:
        return P.DECIMAL_BARE_SECTION_RE.match(token.line.text)
    return None


def _decimal_items_under_sections(tokens: Sequence[Token]) -> list[Token]:
    """ "N.M" lines under the 一、 heading whose number is N ("二、重点任务" / "2.1 推进…"
    / "2.2 …") are its items, where two or more are so placed; where they stand under an
    "N." line of their own ("一、全面落实…" / "1.主动承接自贸区制度创新" / "1.1主动复制…"),
    that line is their group."""
    out = list(tokens)
    section = 0
    head: tuple[int, regex.Match[str]] | None = None  # the section's last "N." line
    placed: dict[int, regex.Match[str]] = {}
    grouped: dict[int, regex.Match[str]] = {}
    heads: dict[int, regex.Match[str]] = {}
    for index, token in enumerate(tokens):
        if token.kind is Kind.SECTION and token.match is not None:
            # (a heading whose numeral a copy lost stands for the next one)
            numeral = token.match["numeral"]
            section = chinese_numeral_value(numeral) if numeral else section + 1
            head = None
        elif token.kind is Kind.ITEM and (top := P.DECIMAL_SECTION_RE.match(token.line.text)):
            head = (index, top)
        elif token.kind is Kind.TEXT and (match := P.DECIMAL_ITEM_RE.match(token.line.text)):
            if head is not None and int(match["section"]) == int(head[1]["numeral"]):
                grouped[index] = match
                heads[head[0]] = head[1]
            elif int(match["section"]) == section:
                placed[index] = match
    if len(grouped) >= MIN_DECIMAL_ITEMS:
        for index, match in heads.items():
            out[index] = dataclasses.replace(tokens[index], kind=Kind.GROUP, match=match)
        placed = grouped
    if len(placed) < MIN_DECIMAL_ITEMS:
        return out
    for index, match in placed.items():
        out[index] = dataclasses.replace(tokens[index], kind=Kind.ITEM, match=match)
    return out


def assign_roles(tokens: Sequence[Token]) -> list[Role]:
    """One role per body line, in one pass; pure, so it reads as a table in the tests.

    Sections are "一、" lines; with none, "（一）" lines take their place.
    Within each section the markers that open items are chosen first
    (``_item_openers``), then each line is placed by what is open before it.
    """
    top = Kind.SECTION if any(t.kind is Kind.SECTION for t in tokens) else Kind.GROUP
    wrapped = not any(len(t.line.text) > MAX_WRAPPED_LINE_LEN for t in tokens)
    width = wrap_width(t.line.text for t in tokens)
    roles: list[Role] = []
    for chunk in _chunks(tokens, top):
        roles.extend(_SectionRoles(chunk, top, wrapped=wrapped, width=width).roles())
    return roles


def _chunks(tokens: Sequence[Token], top: Kind) -> list[Sequence[Token]]:
    """The body cut before each top-level heading (a first chunk may have none)."""
    return [tokens[chunk.start : chunk.stop] for chunk in _chunk_ranges(tokens, top)]


def _chunk_ranges(tokens: Sequence[Token], top: Kind) -> list[range]:
    starts = [i for i, t in enumerate(tokens) if t.kind is top or i == 0]
    # (no tokens, no chunk: the one end left over pairs with nothing)
    return [range(a, b) for a, b in zip(starts, [*starts[1:], len(tokens)], strict=False)]


def _item_openers(tokens: Sequence[Token], top: Kind, headed: bool) -> tuple[set[Kind], set[int]]:
    """Which marker kinds open an item in this section, and which unnumbered lines do.

    "1." lines are items; "（一）" lines are groups when numbered items
    follow them, else items; "——" and "（1）" lines are items only where
    nothing else is.  In a headed section with no numbered lines at all,
    tagged paragraphs are items (``_paragraph_item_heads``).
    """
    kinds = {t.kind for t in tokens}
    openers = {Kind.ITEM}
    if top is Kind.SECTION and Kind.GROUP in kinds and Kind.ITEM not in kinds:
        # (bare "（一）" headings over "（1）" points group them: "（一）审议项目(3件)" /
        # "（1）《…条例》")
        openers.add(Kind.SUBITEM if _headings_over_points(tokens) else Kind.GROUP)
    if not openers & kinds:
        if Kind.DASH in kinds:
            openers.add(Kind.DASH)
        elif Kind.SUBITEM in kinds:
            openers.add(Kind.SUBITEM)
    numbered = {Kind.ITEM, Kind.DASH, Kind.SUBITEM} & kinds
    # (a "（一）" heading that is a sentence of its own, "(一)推动经济稳定健康发展,必须
    # 充分发挥…作用。", is the item its tagged paragraphs carry out, not their group)
    paragraph_heads = (
        _paragraph_item_heads(tokens)
        if headed and not numbered and not _sentence_groups(tokens)
        else set()
    )
    if paragraph_heads:
        openers.discard(Kind.GROUP)  # "（一）" headings group the paragraph items
    return openers, paragraph_heads


def _headings_over_points(tokens: Sequence[Token]) -> bool:
    """Whether this section's "（一）" lines are bare headings, with no sentence of their
    own, and "（1）" points stand right under one of them."""
    groups = [i for i, t in enumerate(tokens) if t.kind is Kind.GROUP]
    return all(P.SENTENCE_PUNCT_RE.search(tokens[i].line.text) is None for i in groups) and any(
        i + 1 < len(tokens) and tokens[i + 1].kind is Kind.SUBITEM for i in groups
    )


def _sentence_groups(tokens: Sequence[Token]) -> bool:
    """Whether a "（一）" heading of this section is a sentence of clauses alone on its
    line ("(一)推动经济稳定健康发展,必须…作用。"), not a heading closed by a 。
    ("（一）助力扩大有效需求。", which groups the paragraphs under it)."""
    return any(
        t.kind is Kind.GROUP
        and t.line.text.rstrip().endswith(("。", "．"))
        and P.CLAUSE_BREAK_RE.search(t.line.text) is not None
        for t in tokens
    )


def _bare_groups(tokens: Sequence[Token]) -> set[int]:
    """Indexes of "（一）" headings with no "1." under them, beside ones that have some.

    "（一）指导思想" + its paragraph, then "（二）基本原则" + "1." "2.": the first
    is an item of its own, the second groups its items (the corpus's readers
    read them so).  Where no "（一）" has items, all of them are items anyway.
    """
    groups = [i for i, t in enumerate(tokens) if t.kind is Kind.GROUP]
    if not groups:
        return set()
    ends = [*groups[1:], len(tokens)]
    bare = {
        start
        for start, end in zip(groups, ends, strict=True)
        if not any(t.kind is Kind.ITEM for t in tokens[start + 1 : end])
    }
    return bare if len(bare) < len(groups) else set()


def _paragraph_item_heads(tokens: Sequence[Token]) -> set[int]:
    """Indexes of lines opening unnumbered items, in a section of bare paragraphs.

    Some plans give each task as a paragraph ending in its tag, "加强理论武装。……
    （牵头部门：宣传文化部）", with no number.  Within each run of paragraphs (a
    heading starts a new run) the first paragraph with a tag and every one
    after it is an item; paragraphs before it are the intro.
    """
    candidates: list[list[int]] = []
    paragraph: list[int] = []
    tagged_seen = False

    def close() -> None:
        nonlocal tagged_seen
        if paragraph:
            tagged_seen = tagged_seen or _is_tagged(tokens[paragraph[-1]])
            if tagged_seen:
                candidates.append(list(paragraph))
            paragraph.clear()

    # A run-in heading's paragraph wrapped onto the lines under it ("(一)坚持…。…带动
    # 就业的" / "评估机制。…(省发展改革委…)") is the heading's, not one of its own; a
    # heading alone on its line ("(一)科技创新") heads the paragraphs under it.
    wrapped = False
    # (each line tested once: a paragraph looks at the line below it too)
    alone = [t.kind is Kind.TEXT and is_tag_alone(t.line.text) for t in tokens]
    for index, token in enumerate(tokens):
        if token.kind is not Kind.TEXT:
            close()
            if token.kind is Kind.GROUP:
                tagged_seen = False  # a new group starts a new run
            wrapped = (
                token.kind is Kind.GROUP
                and P.STATEMENT_PUNCT_RE.search(token.line.text) is not None
                and not completes_paragraph(token.line.text)
            )
            continue
        if wrapped:
            wrapped = not completes_paragraph(token.line.text)
            continue
        if alone[index]:
            # A tag on a line of its own closes what stands above it, a paragraph or a
            # heading ("(一)加强科技创新。…" / "(市科技局牵头)"): no task of its own.
            if paragraph:
                paragraph.append(index)
                close()
            continue
        paragraph.append(index)
        tag_below = index + 1 < len(tokens) and alone[index + 1]
        if completes_paragraph(token.line.text) and not tag_below:
            close()
    close()
    if any(_is_tagged(tokens[p[-1]]) for p in candidates):
        return {p[0] for p in candidates}
    return set()


def _item_number(token: Token) -> int:
    """The number of a "1.", "第一条" or "01" line."""
    assert token.match is not None
    number = token.match["number"] or token.match["padded"]
    if number:
        return int(number)
    if token.place is not None:
        return token.place
    stopped = token.match.groupdict().get("stopped")  # "⒈", a pasted list's marker
    return chinese_numeral_value(stopped or token.match["numeral"])


def _is_tagged(token: Token) -> bool:
    return find_trailing_tag(token.line.text) is not None


def _belongs_to_item(token: Token) -> bool:
    """Lines that follow an item's tag and still belong to it: units, deadlines."""
    return token.kind is Kind.UNIT_LINE or bool(P.OTHER_LABEL_RE.match(token.line.text))


def _opens_a_tagged_paragraph(tokens: Sequence[Token], index: int) -> bool:
    """A paragraph after an item's tag that ends in a tag of its own: one more task of
    the item, as a task-division plan sets them ("(一)推动经济稳定健康发展,必须…。" /
    "认真贯彻落实…。(省发展改革委…等负责)" / "发挥投资的关键作用…。(…等负责)")."""
    for token in tokens[index:]:
        if token.kind is not Kind.TEXT:
            return False
        if completes_paragraph(token.line.text):
            return _is_tagged(token)
    return False


def _wrapped_heading(title: str) -> bool:
    # A heading that hit the page width without ending: long, no closing mark; or
    # a marker alone on its line, its title on the next ("一、" / "发展环境").
    # (a count in brackets closes a heading: "一、地方性法规草案拟定项目(1件)")
    return not title or (
        len(title) >= MIN_WRAPPED_LEN - 2
        and not title.endswith(P.PARAGRAPH_ENDS)
        and P.COUNT_CLOSES_HEADING_RE.search(title) is None
    )


def _is_heading_tail(
    text: str, *, bare: bool = False, heading: str = "", short: bool = True
) -> bool:
    # The broken-off rest of a heading is short and has no sentence in it; the
    # whole title under a bare marker ("一、" / "稳中求进,推动经济质效新提升") may
    # hold a comma.  (Not in a text whose paragraphs stand a line each: there a
    # short line under a heading is a heading of its own, "(一)全面准确贯彻…方针" /
    # "发挥“一国两制”制度优势"; only a heading that is a sentence goes on to its 。.)
    if not text.strip(CELL_END):
        return False  # a table's empty cells, "||||"
    if P.BARE_MARKER_LINE_RE.match(text):
        return False  # the next heading's marker, where an excerpt stopped: "(一)"
    if P.BARE_YEAR_LINE_RE.match(text.strip()):
        # (a year a PDF's break set apart opens the paragraph's sentence: "一、2026年
        # 理论学习指导思想" / "2026" / "年是全面贯彻落实…的关键之年")
        return False
    if bare:
        return len(text) <= MAX_HEADING_UNDER_MARKER and not P.STATEMENT_PUNCT_RE.search(text)
    if short and len(text) <= 20 and not P.SENTENCE_PUNCT_RE.search(text):
        return True
    # (a heading that is a sentence, its clauses set apart by commas, wrapped at a
    # line's full width, ends on the next line with its 。: "三、协调有关部门,积极作好
    # 迎接省、市人民政府教育督导室对" / "县级党政领导干部教育工作的督导评估的准备工作。")
    return (
        len(heading) >= MIN_SENTENCE_HEADING_WRAP
        and P.CLAUSE_BREAK_RE.search(heading) is not None
        and len(text) <= MAX_HEADING_UNDER_MARKER
        and text.endswith("。")
        and not P.SENTENCE_PUNCT_RE.search(text[:-1])
    )


def _open_quotes(text: str) -> int:
    """Opening quotation marks less closing ones: above 0 where a quotation is left open,
    below 0 where the text closes one it did not open."""
    return sum(text.count(mark) for mark in P.OPENING_QUOTES) - sum(
        text.count(mark) for mark in P.CLOSING_QUOTES
    )


# The rest of a heading a break left inside a quotation is no longer than this.
MAX_HEADING_REST = 60
# A heading that is a sentence wraps only at a line's full width.
MIN_SENTENCE_HEADING_WRAP = 24
# A title under a bare marker is no longer than a heading line.
MAX_HEADING_UNDER_MARKER = 40
# The words a heading quotes are a name or a slogan: "两个维护", "三个进万家".
MAX_QUOTED_WORDS = 20


def _may_end_a_heading(text: str) -> bool:
    """A line that may be a wrapped heading's last: a clause or two, no sentence."""
    return not P.BARE_MARKER_LINE_RE.match(text) and not P.STATEMENT_PUNCT_RE.search(
        text.removesuffix("。")
    )


class _SectionRoles:
    """The roles of one section's lines: what is open decides where a line goes."""

    def __init__(
        self, chunk: Sequence[Token], top: Kind, *, wrapped: bool = True, width: int = 0
    ) -> None:
        self.wrapped = wrapped
        self.width = width if wrapped else 0
        self.head = chunk[0] if chunk[0].kind is top else None
        # The open heading's last line filled the page's width: it goes on below.
        # (its indent counted: "      一、深入学习贯彻…社会主义" / "思想和党的十九大精神,…")
        self.heading_at_width = self.head is not None and fills_width(self.head.line, self.width)
        self.tokens = chunk[1:] if self.head else chunk
        self.openers, self.paragraph_heads = _item_openers(self.tokens, top, self.head is not None)
        self.bare_groups = _bare_groups(self.tokens) if top is Kind.SECTION else set()
        # The open heading's title as it grows by wrapped tails, and whether
        # text has gone under it (then no tail can follow).
        self.heading = _split_heading(self.head) if self.head else None
        self.section_intro = bool(self.heading and self.heading[1])
        # The open heading stops where a preview's chunk did: its last word goes on at
        # the start of the next line ("(三)持续深化集体林权制度改" / "革。").
        self.cut_by_chunk = bool(self.head and self.head.line.runs_on and not self.section_intro)
        self.section_items = False
        self.group: tuple[str, list[Line]] | None = None
        self.group_has_text = False
        self.group_items = False
        # A quotation mark alone on its line closed a quote in the open heading.
        self.quote_closed = False
        self.item_open = False
        self.item_closed = False
        # The open item is its heading alone, with no stop ("1.完善科技创新机制"), and
        # then its tag alone: the paragraph below is the item's text.
        self.bare_heading = False
        self.tag_under_heading = False
        self.last_was_unit_line = False
        self.item_ended = False
        self.last_item_line = ""
        # An item whose text leads into a list ("主要措施：") and the list's "1." lines.
        self.item_number = 0
        self.sub_list_left = 0

    def roles(self) -> list[Role]:
        roles = [Role.SECTION] if self.head else []
        roles.extend(self._role(index, token) for index, token in enumerate(self.tokens))
        return roles

    def _role(self, index: int, token: Token) -> Role:
        cut_by_chunk, self.cut_by_chunk = self.cut_by_chunk, False
        if (
            cut_by_chunk
            and token.kind is Kind.TEXT
            and P.CHUNK_HEADING_TAIL_RE.fullmatch(token.line.text)
            and self._extend_heading(token.line.text)
        ):
            return Role.HEADING_TAIL
        # The rest of a wrapped heading comes on the next line, never after a blank one
        # (but a marker alone takes its title from the next line after a blank too, as
        # a page that sets every line apart has it: "一、" / "" / "发展环境").
        # (nor a heading left inside an open quotation mark, which a copy that set every
        # paragraph apart broke: "二、…开展环境卫生“五治、四改、三促" / "" / "進、两创建…”…。")
        if (
            token.kind is Kind.TEXT
            and (not token.after_blank or self._marker_alone() or self._quote_left_open())
            and self._continues_heading(token.line.text, index)
        ):
            return Role.HEADING_TAIL
        if self._chapter_wrapped_over_a_blank(index) and self._extend_heading(token.line.text):
            return Role.HEADING_TAIL
        if token.kind is Kind.ITEM and self._in_sub_list(index, token):
            return self._extend_item(token)
        if token.kind in self.openers or index in self.paragraph_heads or index in self.bare_groups:
            return self._open_item(token)
        if token.kind is Kind.GROUP:
            return self._open_group(token)
        if (
            self.item_open
            and not self.item_ended
            and (
                not self.item_closed
                or self.tag_under_heading
                or _belongs_to_item(token)
                or self._wrapped_from_a_unit_line(token)
                or _opens_a_tagged_paragraph(self.tokens, index)
            )
        ):
            return self._extend_item(token)
        if not self.item_open and self.group is not None and not self.group_items:
            self.group_has_text = True
            return Role.GROUP_INTRO
        if not self.item_open and self.group is None and not self.section_items:
            self.section_intro = True
            return Role.SECTION_INTRO
        # Text that belongs to no item ends the one before: a unit line after it
        # joins no item, so every item's lines stay one run.
        self.item_ended = True
        return Role.OUTSIDE

    def _continues_heading(self, text: str, index: int) -> bool:
        """The rest of a wrapped heading: "一、强化思想政治引领,激发科技界使" / "命担当"."""
        if self.item_open or (self.section_intro and self.group is None):
            return False
        if self._quote_breaks_heading(text) or self._closes_the_open_quote(text):
            return self._extend_heading(text)
        if self.group is not None:
            if self.group_has_text or self.group_items or not _wrapped_heading(self.group[0]):
                return False
            if not (
                _is_heading_tail(text, bare=not self.group[0], short=self.wrapped)
                or self._ends_heading_at_width(text, index)
            ):
                return False
            return self._extend_heading(text)
        if self.heading is None or not _wrapped_heading(self.heading[0]):
            return False
        if not (
            _is_heading_tail(
                text, bare=not self.heading[0], heading=self.heading[0], short=self.wrapped
            )
            or self._ends_heading_at_width(text, index)
        ):
            return False
        return self._extend_heading(text)

    def _chapter_wrapped_over_a_blank(self, index: int) -> bool:
        """A chapter's heading that a page setting every line apart broke mid-clause,
        its rest over a blank and its first 节 right below: "第一章 全面建成小康社会即将
        胜利实现,开启全" / "" / "面建设社会主义现代化新征程" / "" / "第一节 …".

        (a chapter opens on its first 节, never on a paragraph, so the short line
        between them is the heading's; elsewhere a short line after a blank is a
        heading of its own)"""
        if index != 0 or self.head is None or self.heading is None:
            return False
        if P.CHAPTER_RE.match(self.head.line.text) is None:
            return False
        below = self.tokens[1] if len(self.tokens) > 1 else None
        return (
            self.tokens[0].kind is Kind.TEXT
            and below is not None
            and P.SUBCHAPTER_RE.match(below.line.text) is not None
            and P.CLAUSE_BREAK_RE.search(self.heading[0]) is not None
            and _is_heading_tail(self.tokens[0].line.text)
        )

    def _marker_alone(self) -> bool:
        """The open heading is its marker alone, with no title yet."""
        if self.group is not None:
            return not self.group[0]
        return self.heading is not None and not self.heading[0]

    def _at_width(self, line: str) -> bool:
        return at_width(line, self.width)

    def _ends_heading_at_width(self, text: str, index: int) -> bool:
        """The last line of a heading whose line above filled the page's width, in a
        hard-wrapped text: "一、深入学习贯彻…和党的十" / "九大精神,加强党对…的领导".

        It may hold a comma, as the heading's own clauses do, but no sentence inside
        it, and it stops short of the width (a full line is a paragraph's), unless
        the line after it ends the heading so: a heading over three lines,
        "一、抓实党的…新时代中国" / "特色社会主义思想,…正确政治方向" / "。"."""
        if not (self.heading_at_width and _may_end_a_heading(text)):
            return False
        if not self._at_width(text):
            return True
        # (the three lines run on, with no blank between: a full heading line over a
        # blank is a heading whole, and the full line below it a paragraph's)
        above = self.tokens[index - 1] if index else self.head
        line = self.tokens[index].line
        below = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        return (
            above is not None
            and above.line.no + 1 == line.no
            and below is not None
            and below.kind is Kind.TEXT
            and below.line.no == line.no + 1
            and not self._at_width(below.line.text)
            and _may_end_a_heading(below.line.text)
        )

    def _quote_left_open(self) -> bool:
        """The open heading opened a quotation mark and did not close it (and is no
        standard heading run into its text, whose quotation is the text's: "指导思想以
        “健康第一" / "”为指导思想,…")."""
        title = self._open_title()
        if title is None or _open_quotes(title) <= 0:
            return False
        glued = P.GLUED_HEADING_RE.match(title)
        return glued is None or glued.end() == len(title)

    def _closes_the_open_quote(self, text: str) -> bool:
        """The rest of a heading left inside an open quotation mark: a line that closes
        the mark, holds no sentence before its end and is no longer than a heading."""
        if not self._quote_left_open() or _open_quotes(text) >= 0:
            return False
        return len(text) <= MAX_HEADING_REST and not P.STATEMENT_PUNCT_RE.search(text.rstrip("。"))

    def _open_title(self) -> str | None:
        """The title of the open group, else of the section's heading."""
        if self.group is not None:
            return self.group[0]
        return self.heading[0] if self.heading is not None else None

    def _extend_heading(self, text: str) -> bool:
        """Add ``text`` to the open group's title, else to the section heading's."""
        self.heading_at_width = self._at_width(text)
        if self.group is not None:
            self.group = (self.group[0] + text, self.group[1])
        elif self.heading is not None:
            self.heading = (self.heading[0] + text, self.heading[1])
        return True

    def _quote_breaks_heading(self, text: str) -> bool:
        """A heading a copy broke at each quotation mark, every mark on a line of its
        own: "一、聚焦" / "“" / "两个维护" / "”" / "深化政治监督,保障…方向".

        The marks and the words between them go on the heading, and so does the line
        after a closing mark that stood alone, if it is no paragraph."""
        title = self._open_title()
        if title is None or (self.group is not None and (self.group_has_text or self.group_items)):
            return False
        if P.LONE_QUOTE_RE.match(text):
            self.quote_closed = text in P.CLOSING_QUOTES
            return True
        closed, self.quote_closed = self.quote_closed, False
        if title.endswith(P.OPENING_QUOTES):
            return len(text) <= MAX_QUOTED_WORDS and not P.SENTENCE_PUNCT_RE.search(text)
        return (
            closed
            and len(text) <= MAX_HEADING_UNDER_MARKER
            and not P.STATEMENT_PUNCT_RE.search(text.rstrip("。"))
        )

    def _in_sub_list(self, index: int, token: Token) -> bool:
        """A "1." list restarting inside an item that leads into it stays in that item.

        "1.加强组织建设。主要措施：" / "1.健全制度。" / "2.强化考核。" / "2.推进改革。":
        the list is the run 1, 2, … that follows; it ends where the numbers break,
        and the item after the leading one resumes there.  An item that text outside
        it has ended takes no list: its lines stay one run.
        """
        if self.item_ended:
            self.sub_list_left = 0
            return False
        if self.sub_list_left:
            self.sub_list_left -= 1
            return True
        if (
            self.item_open
            and self.last_item_line.rstrip().endswith("|")
            and token.line.text.rstrip().endswith("|")
            and _item_number(token) == 1
        ):
            # A table's content cell under its task cell, its points run on one line:
            # "1.行政规范性文件集中公开 |" / "1.开展…。2.按照…。3.… |".
            return True
        # (a schedule's month over its own list leads into none: "5、…。" / "2009年7—8月:" /
        # "1、…"; the list is the next month's work, its items the section's)
        leads_in = self.last_item_line.rstrip().endswith(("：", ":")) and (
            P.SCHEDULE_PERIOD_LABEL_RE.match(self.last_item_line) is None
        )
        if not (self.item_open and leads_in and self.item_number >= 1):
            return False
        if _item_number(token) != 1:
            return False
        # Read ahead only as far as the list runs, so the pass stays linear.
        run = 0
        numbers = (_item_number(t) for t in self.tokens[index:] if t.kind is Kind.ITEM)
        for number in numbers:
            if number != run + 1:
                # The list must give way to the next item where it breaks.
                if number != self.item_number + 1:
                    return False
                break
            run += 1
        self.sub_list_left = run - 1
        return True

    def _open_group(self, token: Token) -> Role:
        self.group = _split_heading(token)
        self.heading_at_width = fills_width(token.line, self.width)
        self.group_has_text = bool(self.group[1])
        self.cut_by_chunk = token.line.runs_on and not self.group_has_text
        self.group_items = False
        self.item_open = False
        # (a group heading ends the list an item led into: "1、…" / "(一)" / "2、…"
        # opens an item of the group, it goes on with none)
        self.sub_list_left = 0
        return Role.GROUP

    def _open_item(self, token: Token) -> Role:
        self.item_open = True
        self.item_ended = False
        self.item_number = _item_number(token) if token.kind is Kind.ITEM else 0
        self.section_items = True
        if self.group is not None and token.kind is not Kind.GROUP:
            self.group_items = True
        rest = token.match["rest"] if token.match else token.line.text
        tag = find_trailing_tag(rest)
        self.item_closed = tag is not None
        self.bare_heading = not self.item_closed and not rest.rstrip().endswith(P.PARAGRAPH_ENDS)
        # (a heading its tag closes, no sentence before the tag, has its text on the
        # lines below: "1.完善科技创新机制(市科技局)" / "进一步完善机制。")
        self.tag_under_heading = tag is not None and not holds_a_sentence_end(rest[: tag[0]])
        self.last_item_line = token.line.text
        self.last_was_unit_line = False
        return Role.ITEM

    def _wrapped_from_a_unit_line(self, token: Token) -> bool:
        """The rest of a unit line a wrap carried on (``unit_line_goes_on``):
        "责任单位:县政府办公室、…,乡镇人民政" / "府按职责分工分别负责。"."""
        return (
            self.last_was_unit_line
            and token.kind is Kind.TEXT
            and unit_line_goes_on(self.last_item_line, self.width)
            and wrapped_into(self.last_item_line, token.line.text)
        )

    def _extend_item(self, token: Token) -> Role:
        self.last_was_unit_line = token.kind is Kind.UNIT_LINE or self._wrapped_from_a_unit_line(
            token
        )
        # A tag wrapped over lines, "…工作。(" / "牽頭部門:辦公廳)", is running text.
        wrapped = has_open_bracket(self.last_item_line)
        self.last_item_line = token.line.text
        self.tag_under_heading = self.bare_heading and (
            token.kind is Kind.UNIT_LINE or is_tag_alone(token.line.text)
        )
        self.bare_heading = False
        if token.kind is Kind.UNIT_LINE and not wrapped:
            self.item_closed = True
        elif token.kind is not Kind.SUBITEM:
            self.item_closed = _is_tagged(token)
        return Role.ITEM_LINE


class _BodyBuilder:
    """Builds section, group and item drafts by following each line's role."""

    def __init__(self, tokens: Sequence[Token], report: Report) -> None:
        self.tokens = tokens
        self.report = report
        self.sections: list[_SectionDraft] = []
        self.section: _SectionDraft | None = None
        self.group: _GroupDraft | None = None
        self.item: ItemDraft | None = None

    def build(self) -> list[_SectionDraft]:
        for token, role in zip(self.tokens, assign_roles(self.tokens), strict=True):
            if role is Role.SECTION:
                self._open_section(token)
                continue
            if self.section is None:
                self._open_section(None)
            self._take(token, role)
        return self.sections

    def _open_section(self, head: Token | None) -> None:
        self.group = None
        self.item = None
        if head is None:
            section = _SectionDraft(head=None, number=0, numeral=None, title=None)
        else:
            assert head.match is not None
            title, intro = _split_heading(head)
            numeral = head.match["numeral"] or None  # none where a copy lost it
            section = _SectionDraft(
                head=head,
                number=chinese_numeral_value(numeral) if numeral else self._next_number(),
                numeral=numeral,
                title=title,
                intro=intro,
                lines=[head.line],
                heading=[head.line],
            )
        self.sections.append(section)
        self.section = section

    def _next_number(self) -> int:
        return self.sections[-1].number + 1 if self.sections else 1

    def _take(self, token: Token, role: Role) -> None:
        section = self.section
        assert section is not None
        if role is Role.OUTSIDE:
            self.report.warn(
                "text-outside-item",
                f"text after the end of an item belongs to no item: {quote(token.line.text)}",
                token.line.no,
                token.line.column,  # (a part of a page run together: where it starts)
            )
            return
        section.lines.append(token.line)
        if role is Role.HEADING_TAIL:
            self._extend_heading(token.line)
        elif role is Role.ITEM:
            self._open_item(token)
        elif role is Role.GROUP:
            self._open_group(token)
        elif role is Role.ITEM_LINE:
            assert self.item is not None
            self.item.lines.append(token)
        elif role is Role.GROUP_INTRO:
            assert self.group is not None
            self.group.intro.append(token.line)
            self.group.last = token.line
        else:
            section.intro.append(token.line)

    def _extend_heading(self, line: Line) -> None:
        assert self.section is not None
        # (a heading that is a sentence ends with its 。 on its last line; a title
        # holds no 。, as on a heading's one line: "三、协调有关部门,…对" / "…准备工作。")
        tail = line.text.removesuffix("。")
        if self.group is not None:
            self.group.title += tail
            self.group.last = line
        else:
            assert self.section.title is not None
            self.section.title += tail
            self.section.heading.append(line)

    def _open_group(self, token: Token) -> None:
        assert self.section is not None and token.match is not None
        title, intro = _split_heading(token)
        # (a dash heading, "——在…上保持定力", is numbered by its place)
        numeral = token.match.groupdict().get("numeral") or token.match["dash"]
        # (and so is one whose numeral a copy lost: ")抓好…")
        dashed = not token.match.groupdict().get("numeral")
        self.group = _GroupDraft(
            head=token,
            number=len(self.section.groups) + 1 if dashed else chinese_numeral_value(numeral),
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
            number = _item_number(token)
        elif token.kind is Kind.GROUP:
            # (a heading whose numeral a copy lost, ")抓好…", is numbered by its place)
            numeral = match.groupdict().get("numeral")
            number = chinese_numeral_value(numeral) if numeral else len(self.section.items) + 1
        else:
            number = chinese_numeral_value(match["circled"] or match["number"])
        marker = token.line.text[: match.start("rest")].strip() if match else ""
        group = None
        if self.group is not None and token.kind is not Kind.GROUP:
            group = GroupRef(numeral=self.group.numeral, title=self.group.title)
            self.group.items += 1
        self.item = ItemDraft(head=token, number=number, marker=marker, group=group)
        self.item.lines.append(token)
        self.section.items.append(self.item)


def _build_section(draft: _SectionDraft, report: Report, rules: TagRules) -> Section:
    items = [build_item(item, report, rules) for item in draft.items]
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
