"""Task tables flattened to text: a table's cells one a line, rows run on.

A web page copied from a task-division table (任务分解表) loses its grid.  Each
cell stands on a line (or a paragraph) of its own, perhaps closed by " |";
rows follow each other with nothing between them but their numbers, and an
empty cell may vanish::

    序号 |                          the header row names the columns
    目标与任务 |
    分管县领导 |
    牵头责任单位 |
    责任单位 |
    80 |                            a row opens with its number
    加大普惠性托育供给。… |
    俞 悦 |                         a person (分管领导): no unit
    县教育局 |                      lead
    县各有关单位 |                  supporting

Rows become items: the title cell gives the title and the measures, the unit
columns the lead and supporting units.  A row with every cell is read by the
header's columns; a row that lost an empty cell is read by what its cells
hold.  Heading rows inside the table ("强化科技创新支撑能力。", then "（一）" and
"加强战略科技力量建设。") open sections and groups.

A category column before the number (工作任务 | 序号 | 具体要求 | 责任科室, the
序号 label perhaps lost) writes its merged cell once, before the first row it
covers: the cell groups the rows under it, as a group with no numeral.

A table of targets (目标任务责任分解表) lists numbered standards under each
target's name, "1" / "全区…主要预期目标" / "(1)…" / "(2)…": the target is a
section and its standards its items (see "target rows" below).

A table whose rows are not numbered is left to the rest of the grammar.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

import regex as re

from castplan.grammar import patterns as P
from castplan.grammar.checks import check_body
from castplan.grammar.items import RowDraft, build_row_item
from castplan.grammar.lines import Kind, Line, Report, Token, span_of
from castplan.grammar.numerals import chinese_numeral_value
from castplan.grammar.units import led_as_marked, office_names
from castplan.model import Group, GroupRef, Section


@dataclass(frozen=True)
class TaskColumns:
    """Which column of a task table holds what; -1 for none."""

    number: int
    task: int
    lead: int
    support: int
    deadline: int


def task_columns(header: Sequence[str], *, task_after_number: bool = False) -> TaskColumns | None:
    """The columns of a task table from its header row, or None for another table.

    With ``task_after_number`` (rows under a category column, which names the
    task), the column after the number holds the task whatever its label
    (具体要求, 工作举措) when no label names one.
    """

    def find(pattern: re.Pattern[str], exclude: tuple[int, ...] = ()) -> int:
        return next(
            (
                i
                for i, cell in enumerate(header)
                if i not in exclude
                and pattern.search(cell)
                and not P.TABLE_QUESTION_RE.match(cell.strip())
            ),
            -1,
        )

    number = next((i for i, cell in enumerate(header) if P.TABLE_NUMBER_RE.match(cell)), -1)
    lead = find(P.TABLE_LEAD_RE)
    responsible = find(P.TABLE_RESPONSIBLE_RE, (lead,))
    if lead < 0:
        lead, responsible = responsible, -1
    support = find(P.TABLE_SUPPORT_RE, (lead,))
    if support < 0:
        support = responsible  # 责任单位 beside a 牵头单位 column supports it
    if lead < 0:
        return _schedule_columns(number, find)
    task = find(P.TABLE_TASK_RE, (number, lead, support))
    if task < 0 and task_after_number and number + 1 not in (lead, support, len(header)):
        task = number + 1
    if task < 0:
        return None
    deadline = find(P.TABLE_DEADLINE_RE, (task, lead, support))
    return TaskColumns(number, task, lead, support, deadline)


def _schedule_columns(number: int, find: Callable[..., int]) -> TaskColumns | None:
    """A numbered schedule with no column of units, its rows the events or works it
    names and when each is held: "序号 | 赛事名称 | 时间 | 备注"; or a numbered list of
    tasks, its column named as tasks alone: "序号 | 工作任务 | 二季度完成情况"."""
    if number < 0:
        return None
    task = find(P.TABLE_SCHEDULE_ENTRY_RE, (number,))
    deadline = find(P.TABLE_DEADLINE_RE, (number, task))
    if task < 0:
        return None
    if deadline < 0:
        listed = find(P.TABLE_TASK_LIST_ENTRY_RE, (number,))
        return TaskColumns(number, listed, -1, -1, -1) if listed >= 0 else None
    return TaskColumns(number, task, -1, -1, deadline)


# --- cells ----------------------------------------------------------------------------


@dataclass
class _Cell:
    """One cell: its text (pipes dropped, lines joined) and where each piece is."""

    pieces: list[tuple[Line, int, str]] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(piece[2] for piece in self.pieces)


def _cell_piece(token: Token) -> tuple[Line, int, str] | None:
    """The text of a cell line without the pipes around it; None for a separator."""
    text = token.line.text
    bare = text.strip(P.TABLE_CELL_PADDING)
    if not bare:
        return None
    offset = text.index(bare)
    return token.line, token.line.start + offset, bare


def _page_number(token: Token) -> bool:
    """A PDF's page number set off by dashes or named a page ("- 2 -", "第2页 共5页").

    Not a number alone, which in a table is a row's ("2"), nor a table's empty row
    (page furniture too, but a row separator).
    """
    return (
        token.kind is Kind.CHROME
        and token.chrome_kind == "page"
        and any(mark in token.line.text for mark in _PAGE_NUMBER_MARKS)
    )


_PAGE_NUMBER_MARKS = "-—–－页頁"


def _cells(tokens: Sequence[Token]) -> list[_Cell]:
    """The cells of lines that hold one cell each, or close a cell with "|".

    With pipes, a cell runs over lines until one ends with "|", and a line of
    pipes alone is a separator; without, every line is a cell.  Separator
    lines go with the cell before them, so every line stays with a cell.
    """
    piped = sum(t.line.text.rstrip().endswith("|") for t in tokens) * 2 >= len(tokens)
    cells: list[_Cell] = []
    current: _Cell | None = None
    for token in tokens:
        if _page_number(token):
            # A PDF's page number between two rows ("- 2 -") is in no cell: it stays
            # with the cell it interrupts, or the one before it.
            owner = current if current is not None else (cells[-1] if cells else None)
            if owner is not None:
                owner.tokens.append(token)
            continue
        piece = _cell_piece(token)
        if piece is None:
            if current is not None and current.pieces:
                cells.append(current)
                current = None
            if cells:
                cells[-1].tokens.append(token)
            continue
        current = current or _Cell()
        current.pieces.append(piece)
        current.tokens.append(token)
        if not piped or token.line.text.rstrip().endswith("|"):
            cells.append(current)
            current = None
    if current is not None and current.pieces:
        cells.append(current)
    return cells


def _parts_share_a_line(parts: Sequence[_Row | _Heading]) -> bool:
    """Two rows or headings read from one line: no table, whose rows stand apart."""
    seen: set[int] = set()
    for part in parts:
        cells = [part.head, *part.cells] if isinstance(part, _Row) else part.cells
        lines = {line.no for line in _lines_of(cells)}
        if lines & seen:
            return True
        seen |= lines
    return False


def _spaced_header(text: str) -> bool:
    """A header row whose cells share a line split by spaces: "序号 重点工作任务 主要责任单位"."""
    # (cells a tab sets apart are a cover notice's, read cell by cell elsewhere)
    labels = text.split(" ")
    labels = [label for label in labels if label]
    return (
        "\t" not in text
        and len(labels) >= MIN_COLUMNS
        and P.TABLE_NUMBER_RE.match(labels[0]) is not None
    )


def _spaced_cells(tokens: Sequence[Token]) -> list[_Cell]:
    """The cells of lines whose cells are split by spaces, a row's cells on one line:
    "33 新培育科技型中小企业50家以上。 区科技局 区经信局、区商务局" (a cell broken over
    lines goes on, a cell a line, on the lines below)."""
    cells: list[_Cell] = []
    for token in tokens:
        text = token.line.text
        found = [
            _Cell(pieces=[(token.line, token.line.start + m.start(), m.group())], tokens=[token])
            for m in _SPACED_CELL_RE.finditer(text)
        ]
        if not found and cells:
            cells[-1].tokens.append(token)  # a line of pipes goes with the cell before it
        cells.extend(found)
    return cells


_SPACED_CELL_RE = re.compile(r"[^\s|]+")


# --- the header row -------------------------------------------------------------------

# A header cell is a short label: "序号", "牵头责任单位", "分 管 县领导".
MAX_LABEL_LEN = 16
# A column of people, not units: 分管领导, 责任领导, 负责人.
PERSON_COLUMN_RE = re.compile(r"[领領][导導]|[负負][责責]人|[责責]任人")
# The column whose cell names the row: 项目名称 before 建设内容, or the task itself.
TITLE_COLUMN_RE = re.compile(r"名[称稱]|" + P.TABLE_TASK_RE.pattern)


# A label's note in brackets, which an official form's header may add to any cell:
# "具体检查对象(含数量)", "是否属跨部门联合检查(如是,需写明牵头部门和配合部门)".
_LABEL_NOTE_RE = re.compile(r"[(（][^()（）]*[)）]")


# How a column's name ends, where its note in brackets is read away: "…抽查对象",
# "检查内容", "是否属跨部门联合检查" (a row's cell, "推进…建设(市发改委)", ends otherwise).
_COLUMN_NAME_END_RE = re.compile(
    r"(?:对象|對象|内容|內容|方式|事项|事項|依据|依據|时间|時間|机构|機構|单位|單位|部门|部門|"
    r"备注|備註|频次|頻次|上限|比例|类型|類型|项目|項目|名称|名稱|主体|主體|检查|檢查)$"
)


def _is_label(cell: _Cell) -> bool:
    whole = "".join(cell.text.split())
    # (only a column's name is read without its note; a cell that is all note, a
    # wrapped label's second half "(单位)", is read whole)
    bare = _LABEL_NOTE_RE.sub("", whole)
    text = bare if bare and _COLUMN_NAME_END_RE.search(bare) else whole
    return (
        0 < len(text) <= MAX_LABEL_LEN
        and not text.isdigit()
        and not P.SENTENCE_PUNCT_RE.search(text)
        and not _GROUP_MARK_RE.fullmatch(text)
        and not P.SECTION_RE.match(text)  # "一、主要预期目标": the first heading row
    )


@dataclass(frozen=True)
class _Header:
    """A header row as its rows read it: ``labels`` from the number column on."""

    labels: list[str]
    columns: TaskColumns
    title: int
    people: frozenset[int]
    # A category column before the number (工作任务 | 序号 | 具体要求 | …), whose
    # merged cell stands once, before the first row it covers: the rows' group.
    grouped: bool = False


def _read_header(cells: Sequence[_Cell], start: int) -> tuple[_Header, int] | None:
    """The header row from ``cells[start]`` (a 序号 or category cell) and where the rows start."""
    end = start + 1
    while end < len(cells) and _is_label(cells[end]):
        end += 1
    labels = _joined_split_labels(
        _with_notes_joined(["".join(c.text.split()) for c in cells[start:end]]), cells, end
    )
    grouped = bool(labels) and P.TABLE_CATEGORY_RE.fullmatch(labels[0]) is not None
    if grouped and _first_category_cell(cells, end, labels[-1]):
        end -= 1  # "加强科普阵地建设" / "1": the first row's category, short as a label
        labels.pop()
    if grouped:
        row_labels = _row_labels(labels)
        if row_labels is None:
            return None
        labels = row_labels
    if len(labels) < MIN_COLUMNS:
        return None
    columns = task_columns(labels, task_after_number=grouped)
    if columns is None:
        return None
    title = next(
        (
            i
            for i, label in enumerate(labels)
            if i != columns.number and TITLE_COLUMN_RE.search(label)
        ),
        columns.task,
    )
    people = frozenset(i for i, label in enumerate(labels) if PERSON_COLUMN_RE.search(label))
    return _Header(labels, columns, title, people, grouped), end


def _with_notes_joined(labels: list[str]) -> list[str]:
    """A label's note a narrow header cell wrapped onto a line of its own joined to
    it again: "责任股室" / "(单位)" is one column, "责任股室(单位)"."""
    joined: list[str] = []
    for label in labels:
        if joined and _LABEL_NOTE_RE.fullmatch(label):
            joined[-1] += label
        else:
            joined.append(label)
    return joined


def _joined_split_labels(labels: list[str], cells: Sequence[_Cell], end: int) -> list[str]:
    """Labels whose words a narrow header cell wrapped ("检查" / "频次") joined again.

    Only where the rows say so: the first rows, all as wide as each other, are
    narrower than the header by just as many pairs of short fragments.
    """
    width = _first_rows_width(cells, end)
    surplus = len(labels) - width if width else 0
    if surplus <= 0:
        return labels
    joined: list[str] = []
    index = 0
    while index < len(labels):
        pair = labels[index : index + 2]
        if surplus and len(pair) == 2 and all(len(part) <= MAX_FRAGMENT_LEN for part in pair):
            joined.append("".join(pair))
            surplus -= 1
            index += 2
        else:
            joined.append(labels[index])
            index += 1
    return labels if surplus else joined


# A wrapped header cell leaves fragments of a word or two: "检查" / "频次".
MAX_FRAGMENT_LEN = 3
# How many rows must agree on their width before a header is read by it (each
# closed by the next row's number, so one more row must open).
ROWS_TO_AGREE = 2
# How many cells a row may hold, as far as the rows' width is looked for.
MAX_ROW_CELLS = 48


def _first_rows_width(cells: Sequence[_Cell], end: int) -> int | None:
    """The width of the rows from ``cells[end]`` ("1", …, "2", …), where the first
    few have it alike; None where they differ (an empty cell leaves no line)."""
    starts: list[int] = []
    for index in range(end, min(len(cells), end + (ROWS_TO_AGREE + 1) * MAX_ROW_CELLS)):
        if "".join(cells[index].text.split()) == str(len(starts) + 1):
            starts.append(index)
            if len(starts) > ROWS_TO_AGREE:
                break
    if not starts or starts[0] != end or len(starts) <= ROWS_TO_AGREE:
        return None
    widths = {later - earlier for earlier, later in pairwise(starts)}
    return widths.pop() if len(widths) == 1 else None


def _first_category_cell(cells: Sequence[_Cell], end: int, label: str) -> bool:
    """The last "label" is the first row's category cell: row 1 follows it, and it
    is no column's name (a short one: "完成时限", not "做好主动公开基础工作")."""
    if end >= len(cells) or "".join(cells[end].text.split()) not in {"1", "01"}:
        return False
    if label in {"备注", "備註", "備注"}:
        return False
    return len(label) > MAX_COLUMN_NAME_LEN or not any(
        pattern.search(label)
        for pattern in (
            P.TABLE_NUMBER_RE,
            P.TABLE_TASK_RE,
            P.TABLE_LEAD_RE,
            P.TABLE_RESPONSIBLE_RE,
            P.TABLE_SUPPORT_RE,
            P.TABLE_DEADLINE_RE,
            PERSON_COLUMN_RE,
        )
    )


def _row_labels(labels: list[str]) -> list[str] | None:
    """The labels of a row under a category column: from 序号 on, or, where the number
    column has no label, a 序号 in place of the category's."""
    number = next((i for i, label in enumerate(labels) if P.TABLE_NUMBER_RE.match(label)), 0)
    if number > 1:
        return None
    return ["序号", *labels[number + 1 :]]


# A column's name is short ("完成时限", "牵头责任单位"); a category cell is longer.
MAX_COLUMN_NAME_LEN = 6
# A table has at least a number, a task and a unit column.
MIN_COLUMNS = 3


# --- rows ------------------------------------------------------------------------------

_NUMBER_RE = re.compile(r"0*(?P<number>[1-9]\d{0,2})")
_GROUP_MARK_RE = re.compile(r"[(（](?P<numeral>[一二三四五六七八九十]{1,3})[)）]")
# A person's name as a cell writes it: "王 东", "俞 悦", "陆 明俞 悦", "张三".
_PERSON_RE = re.compile(r"(?:\p{Han}{1,2}[ \u3000]?\p{Han}{1,2}[ \u3000]*){1,4}")


@dataclass
class _Row:
    number: int
    head: _Cell
    cells: list[_Cell] = field(default_factory=list)
    group: GroupRef | None = None


@dataclass
class _Heading:
    """A heading row: a section ("强化科技创新支撑能力。") or a group ("（一）" + title)."""

    cells: list[_Cell]
    numeral: str | None = None
    # Taken back from the end of the row before it (read at first as its last cell).
    from_row: bool = False

    @property
    def title(self) -> str:
        text = self.cells[-1].text.strip()
        marked = P.SECTION_RE.match(text)  # "一、2025年…主要预期目标", a row of its own
        return (marked["rest"] if marked else text).rstrip("。：:")


def _read_rows(cells: Sequence[_Cell], header: _Header) -> tuple[list[_Row | _Heading], int]:
    """Rows and heading rows from ``cells``, and how many cells they took."""
    parts: list[_Row | _Heading] = []
    group: GroupRef | None = None
    width = len(header.labels)
    index = 0
    while index < len(cells):
        cell = cells[index]
        text = "".join(cell.text.split())
        number = _NUMBER_RE.fullmatch(text)
        row = next((p for p in reversed(parts) if isinstance(p, _Row)), None)
        mark = _GROUP_MARK_RE.fullmatch(text)
        if number and _opens_row(int(number["number"]), row, parts, width):
            parts.append(_Row(int(number["number"]), cell, group=group))
        elif mark and index + 1 < len(cells):
            section = _section_cell_of(parts)
            if section is not None:
                parts.append(_Heading([section], from_row=True))
            title = cells[index + 1]
            heading = _Heading([cell, title], mark["numeral"])
            group = GroupRef(numeral=mark["numeral"], title=heading.title)
            parts.append(heading)
            index += 1
        elif header.grouped and text and _opens_group(cells, index, row, width):
            heading = _Heading([cell], "")
            group = GroupRef(numeral="", title=heading.title)
            parts.append(heading)
        elif row is not None and _is_section_row(text) and _is_whole(parts[-1], width):
            parts.append(_Heading([cell]))  # "二、全力以赴扩投资…", perhaps with no row under it
        elif row is None or not isinstance(parts[-1], _Row):
            if row is not None or not text or len(parts) > 1:
                break  # prose after the table
            parts.append(_Heading([cell]))  # a section heading before the first row
        elif (
            len(parts[-1].cells) >= width - 1
            and not _is_remark(header)
            and not _row_ahead(cells, index, row.number + 1, width)
            and not _standards_go_on(parts[-1], cells, index)
        ):
            break  # a full row, then something that is no row: the table has ended
        else:
            parts[-1].cells.append(cell)
        index += 1
    # Headings with no row under them are no part of the table: their cells go back
    # to the text after it, or, for a section cell taken from a row, to that row.
    while parts and isinstance(trailing := parts[-1], _Heading):
        parts.pop()
        if trailing.from_row and parts and isinstance(parts[-1], _Row):
            parts[-1].cells.extend(trailing.cells)
        else:
            index -= len(trailing.cells)
    return parts, index


def _opens_row(number: int, row: _Row | None, parts: list[_Row | _Heading], width: int) -> bool:
    """Row ``number`` opens: the next, or, after a whole row or a heading row, any
    later one (an extract of a table keeps its numbers: 3, then 68, 69)."""
    if row is None or number == row.number + 1:
        return True
    return number > row.number and _is_whole(parts[-1], width)


def _is_whole(part: _Row | _Heading, width: int) -> bool:
    return isinstance(part, _Heading) or len(part.cells) >= width - 1


def _is_section_row(text: str) -> bool:
    """A heading row that opens a section: "二、全力以赴扩投资、优服务,筑牢经济增长根基"."""
    marked = P.SECTION_RE.match(text)
    return marked is not None and 0 < len(marked["rest"]) <= MAX_HEADING_ROW_LEN


# A heading row is a short line; a long one is a cell's text.
MAX_HEADING_ROW_LEN = 40


def _opens_group(cells: Sequence[_Cell], index: int, row: _Row | None, width: int) -> bool:
    """A category cell: the next row's number follows it, the row before is whole."""
    if index + 1 >= len(cells):
        return False
    found = _NUMBER_RE.fullmatch("".join(cells[index + 1].text.split()))
    if found is None or int(found["number"]) != (row.number + 1 if row else 1):
        return False
    return row is None or len(row.cells) >= width - 1


def _row_ahead(cells: Sequence[_Cell], index: int, number: int, width: int) -> bool:
    """Row ``number`` opens within a row's width from ``index``: the cells before it
    are more of the row before, one unit a line ("县水务局" / "县住建局" / "县护城河指挥部")."""
    return any(
        (found := _NUMBER_RE.fullmatch("".join(cell.text.split()))) is not None
        and int(found["number"]) == number
        for cell in cells[index : index + width + 1]
    )


def _is_remark(header: _Header) -> bool:
    return "".join(header.labels[-1:]) in {"备注", "備註", "備注"}


def _section_cell_of(parts: list[_Row | _Heading]) -> _Cell | None:
    """A section heading read as a row's last cell: plain text after its unit cells."""
    if not parts or not isinstance(parts[-1], _Row) or len(parts[-1].cells) < 2:
        return None
    last = parts[-1].cells[-1]
    if _names_units(last.text) or _PERSON_RE.fullmatch(last.text.strip()):
        return None
    if not any(_names_units(c.text) for c in parts[-1].cells[:-1]):
        return None
    return parts[-1].cells.pop()


def _names_units(text: str) -> list[str] | None:
    # (a cell may set its units apart by a space alone: "县教体局 各相关乡镇政府")
    apart = [_unit_names(chunk) for chunk in text.split()]
    if len(apart) > 1 and all(apart):
        return [name for names in apart for name in names or []]
    return _unit_names(text)


def _unit_names(text: str) -> list[str] | None:
    return office_names(text.strip().rstrip("。；;"))


# --- items ------------------------------------------------------------------------------


def _row_draft(row: _Row, header: _Header) -> RowDraft:
    cells = row.cells
    width = len(header.labels)
    if len(cells) == width - 1:
        read = _by_columns(dict(enumerate([row.head, *cells])), header)
    else:
        read = _by_content(cells, header)
    title_cell, content_cell, lead, supporting, deadline = read
    lead, supporting = led_as_marked(lead, supporting)
    content = _without_the_rows_number(
        [
            *(title_cell.pieces if title_cell else []),
            *(content_cell.pieces if content_cell else []),
        ],
        row.number,
    )
    lines = _lines_of([row.head, *cells])
    return RowDraft(
        number=row.number,
        marker=row.head.text.strip(),
        content=content,
        cell_starts=frozenset(
            {content_cell.pieces[0][0].no} if content_cell and content_cell.pieces else set()
        ),
        lead=lead,
        supporting=supporting,
        deadline=deadline,
        group=row.group,
        lines=lines,
    )


def _without_the_rows_number(
    content: list[tuple[Line, int, str]], number: int
) -> list[tuple[Line, int, str]]:
    """A task cell that numbers itself again as its row's number cell does ("1" |
    "1.地区生产总值增长5%以上。") keeps its text without that marker: the row's cell
    is the marker."""
    if not content:
        return content
    line, offset, text = content[0]
    again = re.match(rf"{number}\s*[.、．]\s*(?=\S)", text)
    if again is None:
        return content
    return [(line, offset + again.end(), text[again.end() :]), *content[1:]]


# What a row's cells give: title cell, content cell, lead, supporting, deadline.
_Read = tuple[_Cell | None, _Cell | None, list[str], list[str], str | None]


def _by_columns(cells: dict[int, _Cell], header: _Header) -> _Read:
    columns = header.columns

    def units(column: int) -> list[str]:
        cell = cells.get(column)
        return (_names_units(cell.text) or []) if cell is not None and column >= 0 else []

    title = cells.get(header.title)
    content = cells.get(columns.task) if columns.task != header.title else None
    deadline_cell = cells.get(columns.deadline) if columns.deadline >= 0 else None
    deadline = deadline_cell.text.strip() if deadline_cell is not None else None
    support = units(columns.support) if columns.support != columns.lead else []
    return title, content, units(columns.lead), support, deadline or None


def _by_content(cells: Sequence[_Cell], header: _Header) -> _Read:
    """A row that lost empty cells: the title first, then units by what they name."""
    if not cells:
        return None, None, [], [], None
    found: list[list[str]] = []
    deadline = None
    for cell in cells[1:]:
        text = cell.text.strip()
        names = _names_units(text)
        if names:
            found.append(names)
        elif deadline is None and P.TAG_DEADLINE_RE.match(text):
            deadline = text
    lead = found[0] if found else []
    two_columns = header.columns.support not in (-1, header.columns.lead)
    supporting = [n for names in found[1:] for n in names] if two_columns else []
    if two_columns and len(found) > 2 and all(len(names) == 1 for names in found[:-1]):
        # A lead cell broken one unit a line, then the supporting list:
        # "区财政局" / "区税务局" / "区政府有关部门,各乡镇人民政府".
        lead, supporting = [names[0] for names in found[:-1]], found[-1]
    if not two_columns:
        lead = [n for names in found for n in names]
    return cells[0], None, lead, supporting, deadline


# --- the table ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FlattenedTable:
    """A task table found among a notice's lines: where its rows are and what they hold.

    The header row stays with the text around the table; ``start`` and ``end``
    bound the rows (and heading rows), which become sections of items.
    """

    start: int
    end: int
    parts: list[_Row | _Heading]
    header: _Header

    @property
    def lines(self) -> frozenset[int]:
        """The numbers of the lines its rows and heading rows stand on."""
        cells = [
            c for p in self.parts for c in ([p.head, *p.cells] if isinstance(p, _Row) else p.cells)
        ]
        return frozenset(line.no for line in _lines_of(cells))

    @property
    def first_line(self) -> int:
        """The line number of the table's first row (or heading row)."""
        first = self.parts[0]
        cell = first.head if isinstance(first, _Row) else first.cells[0]
        return cell.pieces[0][0].no

    def sections(self, report: Report, *, after: int = 0) -> list[Section]:
        """The rows as items; a heading row opens a section, a group heading a group.

        Args:
            report: where the body's checks report.
            after: how many sections the plan has before the table.
        """
        sections: list[Section] = []
        heading: _Heading | None = None
        group_heads: list[_Heading] = []
        rows: list[_Row] = []

        def close() -> None:
            # (a group heading with no row under it before the next heading row is
            # still held: by a section of its own)
            if rows or heading is not None or group_heads:
                number = after + len(sections) + 1 if heading is not None else 0
                sections.append(self._section(number, heading, group_heads, rows))

        for part in self.parts:
            if isinstance(part, _Row) and _is_target_row(part):
                close()
                sections.append(_target_section(part))
                heading, group_heads, rows = None, [], []
            elif isinstance(part, _Row):
                rows.append(part)
            elif part.numeral is not None:
                group_heads.append(part)
            else:
                close()
                heading, group_heads, rows = part, [], []
        close()
        check_body(sections, report)
        return sections

    def _section(
        self, number: int, heading: _Heading | None, group_heads: list[_Heading], rows: list[_Row]
    ) -> Section:
        drafts = [_row_draft(row, self.header) for row in rows]
        head_lines = _lines_of(heading.cells) if heading else []
        marked = P.SECTION_RE.match(heading.cells[-1].text.strip()) if heading else None
        if marked:  # "二、全力以赴扩投资…": numbered as written
            number = chinese_numeral_value(marked["numeral"])
        group_lines = [line for g in group_heads for line in _lines_of(g.cells)]
        lines = sorted(
            [*head_lines, *group_lines, *(line for d in drafts for line in d.lines)],
            key=lambda line: line.no,
        )
        groups = [_group(g, place) for place, g in enumerate(group_heads, 1)]
        return Section(
            number=number,
            numeral=marked["numeral"] if marked else None,
            title=heading.title if heading is not None else None,
            heading_span=span_of(head_lines) if head_lines else None,
            groups=groups,
            items=[build_row_item(draft) for draft in drafts],
            span=span_of(lines),
        )


# --- target rows --------------------------------------------------------------------------
#
# A table of a year's targets (目标任务责任分解表) numbers its targets and lists the
# work standards of each under its name, numbered on through the table, each with
# the leader in charge and its units after it:
#
#     1 / 全区经济社会发展的主要预期目标 /          the target: a section
#     (1)地区生产总值增长5%左右。 / 王旭锋 /         a standard: an item (a person: no unit)
#     区发改局 / 经开区 / 高新区(邹区镇)              its units: the first leads, the rest support
#     (2)一般公共预算收入保持稳定增长。 / 区财政局
#     2 / 坚持老城、经开、高新三区并进… / 做精老城区 / (9)…   a category cell: a group
#
# A standard with no unit after it shares a merged cell with the one before: the
# table does not say which, so it names none.

_STANDARD_RE = re.compile(r"^[(（](?P<number>[1-9]\d{0,2})[)）]\s*(?=\S)")
# A note a narrow unit cell wrapped onto a line of its own: "(邹区镇)", "(安委办)".
_NAME_NOTE_RE = re.compile(r"^[(（][^()（）]{1,12}[)）]$")
# A leader's name is two or three characters ("王旭锋", "吴 伟"); a category is longer.
_LEADER_RE = re.compile(r"^\p{Han}[ \u3000]*\p{Han}(?:[ \u3000]*\p{Han})?$")
# A target's first standard stands within this many cells of its name (categories
# before it: "聚力攻坚" / "项目“双进”").
MAX_CATEGORY_CELLS = 3


def _standard(cell: _Cell) -> re.Match[str] | None:
    return _STANDARD_RE.match(cell.text.strip())


def _is_target_row(row: _Row) -> bool:
    """A row whose name is followed by numbered standards: "(1)地区生产总值增长5%左右。",
    each cell on lines of its own (cells that share a line are a row's, read by columns)."""
    if not any(_standard(cell) for cell in row.cells[1 : 2 + MAX_CATEGORY_CELLS]):
        return False
    lines = [line.no for cell in (row.head, *row.cells) for line in _lines_of([cell])]
    return len(lines) == len(set(lines))


def _standards_go_on(part: _Row | _Heading, cells: Sequence[_Cell], index: int) -> bool:
    """A target row's standards (and their leaders and units) go on at ``cells[index]``."""
    if not isinstance(part, _Row) or not _is_target_row(part):
        return False
    cell = cells[index]
    text = cell.text.strip()
    return bool(
        _standard(cell)
        or _names_units(text)
        or _LEADER_RE.match(text)
        or _NAME_NOTE_RE.match(text)
        or any(_standard(ahead) for ahead in cells[index + 1 : index + 1 + MAX_CATEGORY_CELLS])
    )


@dataclass
class _Standard:
    number: int
    marker: str
    content: list[tuple[Line, int, str]]
    cells: list[_Cell]
    units: list[list[str]] = field(default_factory=list)
    group: GroupRef | None = None


def _target_section(row: _Row) -> Section:
    """A target row as a section: its name the title, its standards the items."""
    standards: list[_Standard] = []
    groups: list[tuple[GroupRef, list[_Cell]]] = []
    category: list[_Cell] = []
    for index, cell in enumerate(row.cells[1:], 1):
        text = cell.text.strip()
        mark = _standard(cell)
        last = standards[-1] if standards else None
        if mark is not None:
            if category:
                title = "".join(c.text.strip() for c in category)
                groups.append((GroupRef(numeral="", title=title), category))
                category = []
            line, start, piece = cell.pieces[0]
            content = [(line, start + mark.end(), piece[mark.end() :]), *cell.pieces[1:]]
            group = groups[-1][0] if groups else None
            standards.append(
                _Standard(int(mark["number"]), mark.group().strip(), content, [cell], group=group)
            )
        elif last is None or (
            not (_names_units(text) or _NAME_NOTE_RE.match(text) or _LEADER_RE.match(text))
            and any(_standard(c) for c in row.cells[index + 1 : index + 1 + MAX_CATEGORY_CELLS])
            and (last.units or _LEADER_RE.match(last.cells[-1].text.strip()))
        ):
            category.append(cell)  # "做精老城区": the standards below are its group
        else:
            last.cells.append(cell)
            if _NAME_NOTE_RE.match(text) and last.units:
                last.units[-1][-1] += text  # "高新区" / "(邹区镇)": one name
            elif names := _names_units(text):
                last.units.append(names)
            elif not _LEADER_RE.match(text) and not last.units:
                last.content.extend(cell.pieces)  # the standard's cell, broken over lines
    items = [
        build_row_item(
            RowDraft(
                number=standard.number,
                marker=standard.marker,
                content=standard.content,
                cell_starts=frozenset(),
                lead=standard.units[0] if standard.units else [],
                supporting=[name for names in standard.units[1:] for name in names],
                deadline=None,
                group=standard.group,
                lines=_lines_of(standard.cells),
            )
        )
        for standard in standards
    ]
    head_lines = _lines_of([row.head, row.cells[0], *category])
    return Section(
        number=row.number,
        numeral=row.head.text.strip(),
        title=row.cells[0].text.strip().rstrip("。：:"),
        heading_span=span_of(head_lines),
        groups=[
            Group(number=place, numeral="", title=ref.title, span=span_of(_lines_of(heads)))
            for place, (ref, heads) in enumerate(groups, 1)
        ],
        items=items,
        span=span_of(
            sorted(
                [*head_lines, *(line for i in standards for line in _lines_of(i.cells))],
                key=lambda line: line.no,
            )
        ),
    )


def _group(heading: _Heading, place: int) -> Group:
    # (a category cell has no numeral: it is numbered by its place in the section)
    assert heading.numeral is not None
    return Group(
        number=chinese_numeral_value(heading.numeral) if heading.numeral else place,
        numeral=heading.numeral,
        title=heading.title,
        span=span_of(_lines_of(heading.cells)),
    )


def _lines_of(cells: Sequence[_Cell]) -> list[Line]:
    # (a row written with bars holds its cells as parts of one line: each part counts)
    unique = {(t.line.no, t.line.start): t.line for c in cells for t in c.tokens}
    return [unique[key] for key in sorted(unique)]


def find_flattened_table(tokens: Sequence[Token]) -> FlattenedTable | None:
    """The first task table whose cells stand one a line, or None.

    A header row is looked for in a few lines after each "序号" (or a category
    column's name, "工作任务", where the table opens with one); only a real one
    makes the rest of the text be read as cells, and only the first few, so a
    text of many "序号" lines stays linear.
    """
    tried = 0
    for index, token in enumerate(tokens):
        label = "".join(token.line.text.strip(P.TABLE_CELL_PADDING).split())
        spaced = _spaced_header(token.line.text)
        if not (P.TABLE_NUMBER_RE.match(label) or spaced or P.TABLE_CATEGORY_RE.fullmatch(label)):
            continue
        window = [t for t in tokens[index : index + HEADER_WINDOW] if t.kind is not Kind.BLANK]
        read = _spaced_cells if spaced else _cells
        if _read_header(read(window), 0) is None:
            continue
        found = _table_at(tokens, index, spaced=spaced)
        tried += 1
        if found is not None or tried == MAX_TABLE_TRIES:
            return found
    return None


def find_flattened_tables(tokens: Sequence[Token]) -> list[FlattenedTable]:
    """Every task table whose cells stand one a line, in order ("附件1" / "附件2")."""
    tables: list[FlattenedTable] = []
    start = 0
    while len(tables) < MAX_TABLES and (found := find_flattened_table(tokens[start:])):
        tables.append(dataclasses.replace(found, start=found.start + start, end=found.end + start))
        start += found.end
    return tables


# How many tables one notice may hold (a plan and its attachments).
MAX_TABLES = 20
# A header row's cells stand within this many lines of its 序号 (blank lines included).
HEADER_WINDOW = 4 * MAX_LABEL_LEN
# How many header rows without rows under them are tried before giving up.
MAX_TABLE_TRIES = 3


def _table_at(
    tokens: Sequence[Token], start: int, *, spaced: bool = False
) -> FlattenedTable | None:
    stream = [t for t in tokens[start:] if t.kind is not Kind.BLANK]
    cells = _spaced_cells(stream) if spaced else _cells(stream)
    header = _read_header(cells, 0)
    if header is None:
        return None
    columns, rows_from = header
    parts, taken = _read_rows(cells[rows_from:], columns)
    if not any(isinstance(part, _Row) for part in parts) or _parts_share_a_line(parts):
        return None
    used = cells[rows_from : rows_from + taken]
    position = {id(t): i for i, t in enumerate(tokens)}
    first = position[id(used[0].tokens[0])]
    last = position[id(used[-1].tokens[-1])]
    return FlattenedTable(first, last + 1, parts, columns)
