"""Pages that ran a notice into one line, read as the lines they lost.

Some sites (and copies of PDFs) keep a whole notice on one line: the title,
the letter and every heading, set apart by spaces only ("…工作要点如下: 一、总体
要求 坚持… 二、重点任务 (一)大力实施…").  castplan reads a notice line by line,
so such a line is cut back into lines before anything else reads it: before
each heading marker that stands after a space or a sentence's end, where the
markers of a level run in sequence (一、 then 二、; (一) then (二) under each;
1. then 2. under each), and, before the first heading, after a colon or a
title's end followed by a space (the addressees, the notice title).

A line is cut only when it is long and holds at least two headings of one
level in sequence set apart by a space or a sentence's end (or a first section
and its first item so set apart: an excerpt that stops before any second), so a line of
ordinary text that names "一、二、三级" or "1.5万" is never cut.  Once a line
is such a page, markers glued to the text before them ("二、工作重点1、确保…")
cut it too where they go on with a run, and a title glued to the opening
("…工作要点实施方案为深入贯彻…") is cut off.

A line of any length that opens with a marker and holds the next ones of its
level right after a unit tag's closing bracket ("(一)…。(省发改委负责)(二)…")
is cut there too: a tag ends its item.

The parts keep the line's number and point at their own characters:
``Line.start``/``end`` are offsets into the input, as for any line, and each
part is held by one node.
"""

from __future__ import annotations

import bisect
import collections
import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex as re

from castplan.grammar import patterns as P
from castplan.grammar.lines import Line
from castplan.grammar.numerals import chinese_numeral_value
from castplan.grammar.previews import Chunk, find_preview
from castplan.grammar.tables import task_columns
from castplan.grammar.units import find_trailing_tag

# What sets a heading apart when no space does: the end of the sentence before it.
SENTENCE_ENDS = frozenset("。；;：:")
# A line shorter than this is a line, whatever it holds.
MIN_RUN_TOGETHER_LEN = 200
# Headings of one level, in sequence, that make a line a page run together.
MIN_HEADINGS = 2
# How many fields a law library's box run into one line holds at least (its pages set
# seven: 制定机关, 公布日期, 字号, 施行日期, 效力等级, 时效性, 主题分类).
MIN_LAW_BOX_FIELDS = 3
# How far a letter's addressees glued after a 文号 may run before their colon.
MAX_GLUED_ADDRESSEES = 300
# The shortest document name looked for again over its text.
MIN_REPEATED_NAME = 8
# Bars between cells that make a line a table's row (its header names a task
# table's columns: castplan.grammar.tables.task_columns).
MIN_ROW_BARS = 2


# A marker glued to the text before it stands at least this far from the last one
# of its level ("完成1、2、3号楼" lists numbers, it heads nothing), or from a heading
# of another level (its marker and two characters).
MIN_GLUED_GAP = 8
MIN_HEADING_GAP = 4


@dataclass(frozen=True)
class _Marker:
    at: int  # offset of the marker in the line
    level: int  # 1 一、, 2 （一）, 3 1.
    value: int
    separated: bool  # after a space or a sentence's end, not glued to the text


def unfold_lines(lines: Sequence[Line]) -> list[Line]:
    """``lines`` with each line that holds a page run together cut into its lines,
    each row of a task table written one row a line cut into its cells, and a
    document-sharing preview's chunks read as one text (castplan/grammar/previews.py)."""
    preview = find_preview(lines)
    if preview is None:
        return _unfold(lines)
    first, end, chunks = preview
    return [*_unfold(lines[:first]), *_unchunk(chunks), *_unfold(lines[end:])]


def _unchunk(chunks: Sequence[Chunk]) -> list[Line]:
    """The counters as furniture; the chunks' text cut as one page run together,
    each part within its own chunk (a part a chunk's end cuts goes on in the next)."""
    joined = "".join(chunk.text for chunk in chunks)
    cuts = _cuts_after_chunked_headings(joined, chunks, _cuts(joined, run_together=True))
    out: list[Line] = []
    offset = 0
    for chunk in chunks:
        size = len(chunk.text)
        inside = [chunk.counter_end + cut - offset for cut in cuts if offset < cut < offset + size]
        parts = _furniture_before(chunk.line, chunk.counter_end, inside)
        if offset + size < len(joined) and offset + size not in cuts:
            # (the chunk's last part goes on in the next chunk, cut where no line ends)
            parts[-1] = dataclasses.replace(parts[-1], runs_on=True)
        out.extend(parts)
        offset += size
    return out


def _cuts_after_chunked_headings(
    joined: str, chunks: Sequence[Chunk], cuts: list[int]
) -> list[int]:
    """``cuts`` and a cut after the last words of each heading a chunk's end cut, where
    the next chunk closes them with a stop: "(三)持续深化集体林权制度改" / "革。一是…"
    gives "革。" a line of its own, for the heading to take."""
    ordered = sorted(set(cuts))
    extra = []
    start = 0
    for chunk in chunks[:-1]:
        start += len(chunk.text)
        # (the part the chunk's end falls in opens at the last cut before it)
        before = bisect.bisect_left(ordered, start)
        opened = ordered[before - 1] if before else 0
        at_a_cut = before < len(ordered) and ordered[before] == start
        tail = P.CHUNK_HEADING_TAIL_RE.match(joined, start)
        if tail and not at_a_cut and P.RUN_TOGETHER_MARKER_RE.match(joined, opened):
            extra.append(tail.end())
    return sorted({*ordered, *extra})


def _furniture_before(line: Line, at: int, cuts: Sequence[int] = ()) -> list[Line]:
    """``line`` cut at ``at`` and at ``cuts``, its part before ``at`` the page's furniture."""
    parts = _parts(line, [at, *cuts])
    furniture = dataclasses.replace(parts[0], furniture=True)
    return [furniture, *parts[1:]]


# How far down a page a title glued to the plan's opening is looked for on a line
# shorter than a page run together (further down, such a line is the plan's text:
# "各单位要根据本工作方案为…").
MAX_TITLE_LINE_INDEX = 12
# Marks that make a line a sharing site's paragraphs (one may be a word's letter).
MIN_PARAGRAPH_MARKS = 2


def _unfold(lines: Sequence[Line]) -> list[Line]:
    out: list[Line] = []
    in_table = False
    appendix = False
    seen_text = False  # (an attachment's label opens a text only on its first line)
    for index, whole in enumerate(_at_paragraph_marks(lines)):
        # (a table a copy set with tabs after "附件:" is the appendix's, which closes
        # the document as it stands)
        appendix = appendix or P.ATTACHMENT_RE.match(whole.text) is not None
        cells = _pipe_cells(whole) or ([] if appendix else _tab_cells(whole))
        # (a table's rows may stand under headings its copy set as lines of their own,
        # a merged cell's: "序号⇥重点任务⇥牵头单位" / "一、稳增长" / "1⇥推进…⇥市发改委")
        heading_row = in_table and not cells and _heads_rows_below(whole)
        in_table = heading_row or (
            bool(cells) and (in_table or task_columns([c.text for c in cells]) is not None)
        )
        if in_table:
            out.extend(cells or [whole])
            continue
        slogan, line = _without_slogan(whole)
        out.extend(slogan)
        if line is None:
            continue
        numbered = (
            P.DOC_NUMBER_THEN_TEXT_RE.match(line.text) if index < MAX_TITLE_LINE_INDEX else None
        )
        # (the attachment's own page, its label on the plan's title line: "附件2 …方案")
        attached = _attached_title_at(line.text) if not seen_text else None
        seen_text = seen_text or bool(line.text.strip())
        if attached is not None:
            cuts = _cuts_after_an_attachment_label(line.text, attached)
        elif law_box := _cuts_of_a_law_library_box(line.text):
            cuts = law_box
        elif numbered is not None:
            cuts = _cuts_after_a_doc_number(line.text, numbered.end())
        elif len(line.text) >= MIN_RUN_TOGETHER_LEN:
            cuts = _cuts(line.text) or _cuts_at_printed_lines(line.text)
        elif P.TAG_THEN_MARKER_RE.search(line.text):
            cuts = _cuts_after_tags(line.text)
        elif index < MAX_TITLE_LINE_INDEX:
            cuts = (
                _cuts_after_a_repeal_note(line.text)
                or _cuts_after_a_glued_title(line.text)
                or _cuts_before_a_byline(line.text)
                or _cuts_after_a_span(line.text)
                or _cuts_before_a_headline_part(line.text)
                or _cuts_before_the_day_given(line.text)
            )
        else:
            cuts = []
        cuts = (
            cuts
            or _cuts_before_a_speech_note(line.text)
            or _cuts_before_a_first_point(line.text)
            or _cuts_of_a_signed_title(line.text)
            or _cuts_before_a_glued_heading(line.text)
            or _cuts_before_a_seal_note(line.text)
        )
        cuts = _without_cuts_before_leader_dots(line.text, cuts)
        out.extend(_parts(line, cuts) if cuts else [line])
    return out


def _cuts_after_a_repeal_note(text: str) -> list[int]:
    """A law site's note that the document was repealed, with the document's name glued
    after it ("*注:本篇法规已被:…的决定(…)废止益阳市人民政府办公室关于…的意见"): cut
    after the note, which is the site's, not the notice's."""
    note = P.REPEAL_NOTE_RE.match(text)
    return [note.end()] if note and text[note.end() :].strip() else []


def _cuts_of_a_law_library_box(text: str) -> list[int]:
    """A law library's page run into one line: the document's name, its box of fields
    ("文章属性•【制定机关】…•【主题分类】…"), the label "正文", then the name again with
    its 文号 and addressees glued to the letter.  Cut back into those lines, so the box
    reads as the bulleted box the library's other pages set a field a line."""
    box = P.LAW_BOX_OPENS_RE.search(text)
    if box is None:
        return []
    fields = list(P.LAW_BOX_FIELD_RE.finditer(text, box.end()))
    if len(fields) < MIN_LAW_BOX_FIELDS:
        return []
    cuts = [box.start(), box.end(), *(field.start() for field in fields)]
    label = text.find(P.LAW_BOX_TEXT_LABEL, fields[-1].end())
    if label < 0:
        return cuts
    cuts += [label, label + len(P.LAW_BOX_TEXT_LABEL)]
    return cuts + _cuts_after_a_repeated_name(text, text[: box.start()].strip(), cuts[-1])


def _cuts_after_a_repeated_name(text: str, name: str, at: int) -> list[int]:
    """After the document's name repeated at ``at`` over its text, and after the 文号
    and the addressees glued to it ("…的通知办水文〔2022〕77号部机关有关司局,…:为…")."""
    if len(name) < MIN_REPEATED_NAME or not text.startswith(name, at):
        return []
    cuts = [at + len(name)]
    number = P.GLUED_DOC_NUMBER_RE.match(text, cuts[-1])
    if number is not None:
        cuts.append(number.end())
    colon = P.ADDRESSEES_END_RE.search(text, cuts[-1], cuts[-1] + MAX_GLUED_ADDRESSEES)
    if colon is not None and P.ADDRESSEE_RE.match(text[cuts[-1] : colon.end()]):
        cuts.append(colon.end())
    return cuts


def _without_cuts_before_leader_dots(text: str, cuts: Sequence[int]) -> list[int]:
    """``cuts`` but those that would set a contents entry's leader dots apart from its
    heading ("一、规划背景 ……… 3 二、规划编制依据 ……… 5" is cut into its entries)."""
    if not cuts:
        return []
    ordered = sorted(cuts)
    ends = [*ordered[1:], len(text)]
    return [
        cut
        for cut, end in zip(ordered, ends, strict=True)
        if P.LEADER_DOTS_RE.fullmatch(text[cut:end].strip()) is None
    ]


def _attached_title_at(text: str) -> int | None:
    """Where the plan's title starts after an attachment's label that opens the text,
    if the words after the label name a plan's kind; else None."""
    label = P.ATTACHMENT_LABEL_THEN_WORDS_RE.match(text)
    if label is None or P.PLAN_KIND_RE.search(label["words"]) is None:
        return None
    return label.start("words")


def _cuts_after_an_attachment_label(text: str, at: int) -> list[int]:
    """The label cut off the title it stands before, and the rest cut as any line."""
    rest = text[at:]
    if len(rest) >= MIN_RUN_TOGETHER_LEN:
        inner = _cuts(rest) or _cuts_at_printed_lines(rest)
    else:
        inner = _cuts_after_a_glued_title(rest)
    return [at, *(at + cut for cut in inner)]


def _cuts_before_a_first_point(text: str) -> list[int]:
    """A section's heading glued to its first numbered point ("二、主要指标1、学前一年
    教育率达90%…"): cut before the point, which is an item and not the heading's text."""
    glued = P.SECTION_THEN_FIRST_POINT_RE.match(text)
    return [glued.end()] if glued else []


def _cuts_before_a_glued_heading(text: str) -> list[int]:
    """The next heading glued to the end of a paragraph, closed by its stop, its text on
    the line below ("…选派第一书记。(二)帮扶力量安排。"): cut before the heading."""
    glued = P.GLUED_HEADING_AT_END_RE.search(text)
    if glued is None and not (P.SECTION_RE.match(text) or P.GROUP_RE.match(text)):
        # (or one set apart by a space, with no stop, after a paragraph's sentence:
        # "…平台和门户。 二、主要目标"; a line that opens with a heading and closes with
        # the next is a line, "一、总体要求 …。 二、重点任务")
        glued = P.SPACED_HEADING_AT_END_RE.search(text)
    return [glued.start("heading")] if glued else []


def _cuts_before_a_seal_note(text: str) -> list[int]:
    """A signer's name with its seal's note glued after it ("…机制办公室(代章)", the date
    on the line below): cut before the note, which names no issuer."""
    noted = P.SEAL_NOTE_END_RE.search(text)
    if noted is None or P.ISSUER_RE.match(text[: noted.start()]) is None:
        return []
    return [noted.start()]


def _cuts_of_a_signed_title(text: str) -> list[int]:
    """A cover letter's signature and date with the plan's title after them on one line
    ("杭州市人民政府 2016年12月23日 關于實施…的實施方案"): cut around the date."""
    signed = P.SIGNED_THEN_TITLE_RE.match(text)
    return [signed.start("date"), signed.end("date")] if signed else []


def _cuts_after_a_span(text: str) -> list[int]:
    """A title's span near the top with the body that drafted it glued after it
    ("(2009—2020年)省教育廳"): cut after the span, which then closes the title above
    it, the body standing under it as a byline."""
    spanned = P.SPAN_THEN_BYLINE_RE.match(text)
    if spanned is None or P.ISSUER_RE.fullmatch(spanned["by"]) is None:
        return []
    return [spanned.start("by")]


def _cuts_before_a_headline_part(text: str) -> list[int]:
    """A headline that names a report, then after a dash the numbered part the page shows
    ("二○一九年财政年度施政报告 — 三. 促进经济发展"): cut before the part, which heads
    the text below as its section; the dash stays with the title, as a page's tail."""
    dash = P.HEADLINE_PART_RE.search(text)
    if dash is None or P.PLAN_KIND_RE.search(text, 0, dash.start()) is None:
        return []
    return [dash.end()]


def _cuts_after_a_doc_number(text: str, at: int) -> list[int]:
    """A 文号 that opens a line near the top with the plan's text after a space
    ("甘发〔2017〕25号 防灾减灾救灾工作事关…，…"): cut after the number, and read the
    rest as any other line."""
    # (the number's date goes with it: "浙政办发〔2023〕3号 2023-01-11各市、县…")
    dated = P.DASHED_DATE_GLUED_RE.match(text, at)
    at = dated.end() if dated else at
    rest = text[at:]
    return [at, *(at + cut for cut in (_cuts(rest) if len(rest) >= MIN_RUN_TOGETHER_LEN else []))]


def _cuts_after_a_glued_title(text: str) -> list[int]:
    """A shorter line near the top that opens with the plan's title glued to its
    opening sentence ("…实施方案为深入贯彻…"): cut after the title."""
    title = P.RUN_TOGETHER_TITLE_RE.match(text)
    if title is None or P.PURPOSE_OPENING_RE.match(text):
        return []
    # (or to its first heading, where no later heading on the line is set apart:
    # "2019年县教育局工作计划一、指导思想认真学习…", "区教育局202x年工作计划(一)强化…")
    heading = P.RUN_TOGETHER_MARKER_RE.match(text, title.end())
    first_heading = (
        heading is not None
        and (heading["section"] in ("一", "壹") or heading["group"] == "一")
        and P.RUN_TOGETHER_MARKER_RE.match(text) is None  # (a heading is no title)
    )
    # (or to the month its cover dates it, then its text: "…工作方案(送审稿)二O一五年十二月
    # 为加强…")
    dated = P.YEAR_MONTH_IN_TEXT_RE.match(text, title.end())
    if dated is not None and P.TEXT_OPENING_RE.match(text, dated.end()):
        return [title.end(), dated.end()]
    # (or to the body that drafted it and the month, as its cover sets them, then the
    # cover's next part: "…气象事业发展“十一五”规划安徽省气象局二○○五年十一月目录第一章…",
    # "…规划(征求意见稿)贵州省安全生产监督管理局二〇一○年七月前言安全生产…")
    cover = P.COVER_BYLINE_IN_TEXT_RE.match(text, title.end())
    if cover is not None:
        return [title.end(), cover.end("body"), cover.end()]
    if not (first_heading or P.TEXT_OPENING_RE.match(text, title.end())):
        return []
    return [title.end()]


def _cuts_in_a_doubled_title(text: str) -> list[int]:
    """After each copy of a title a sharing site glued to itself ("…活动方案…活动方案
    各村、…:"): the headline and the document's own title are lines of their own; so
    are the file's name and the title glued after it ("1、扬州大学深化综合改革方案扬州
    大学关于…的实施意见", after its preview's chunk counter), and the title that
    restates the file's name after the body it is for ("…实施方案巴东县…村…实施方案")."""
    counter = P.CHUNK_COUNTER_RE.match(text)
    start = counter.end() if counter else 0
    rest = text[start:]  # (the patterns are anchored at the text's start)
    doubled = P.DOUBLED_TITLE_RE.match(rest)
    if doubled:
        return [start + doubled.end("title"), start + doubled.end()]
    restated = P.FILE_NAME_THEN_BODYS_TITLE_RE.match(rest)
    if restated:
        return [start + restated.end("title"), start + restated.end("again")]
    named = P.FILE_NAME_THEN_TITLE_RE.match(rest)
    return [start + named.end("title")] if named else []


def _cuts_before_a_byline(text: str) -> list[int]:
    """A title near the top with the body that issued it after a space, on one line:
    "2015年工作要点 四川省关心下一代工作委员会" is cut before the body's name, which
    then stands under the title as a byline."""
    titled = P.TITLE_THEN_BYLINE_RE.match(text)
    if titled is None or P.ISSUER_RE.match(titled["by"]) is None:
        return []
    return [titled.start("by")]


def _cuts_before_a_speech_note(text: str) -> list[int]:
    """A report's title with the note of when and where it was given after it on one
    line: "2012年政府工作报告 ——2012年2月1日在滨海新区…会议上" is cut before the
    note, which then stands under the title and dates it."""
    titled = P.TITLE_THEN_SPEECH_NOTE_RE.match(text)
    return [titled.end()] if titled else []


def _cuts_before_the_day_given(text: str) -> list[int]:
    """A work report's title with the day it was given after it in brackets, as a
    catalogue's page sets it: "(内蒙古)通辽市人民政府工作报告(2025年1月23日)" is cut
    before the bracket, which then stands under the title and dates it."""
    given = P.TITLE_DAY_GIVEN_RE.search(text)
    return [given.end() - 1] if given else []


def _at_paragraph_marks(lines: Sequence[Line]) -> list[Line]:
    """Each line that a sharing site's paragraph marks join (a Cyrillic Er, U+0420,
    for each paragraph's end) as its paragraphs, the marks in no part; every other
    line as it is."""
    out: list[Line] = []
    for line in lines:
        marks = [m.start() for m in P.SITE_PARAGRAPH_MARK_RE.finditer(line.text)]
        if len(marks) < MIN_PARAGRAPH_MARKS:
            out.append(line)
            continue
        cuts = sorted({cut for at in marks for cut in (at, at + 1)})
        out.extend(part for part in _parts(line, cuts) if part.text != "\u0420")
    return out


def _without_slogan(line: Line) -> tuple[list[Line], Line | None]:
    """A document-sharing site's slogan glued before the text it shows ("精选优质文档-
    倾情为你奉上颜店镇…实施方案一、…"), or a footer's site record number before the
    title ("豫ICP备09002785号-3河南省…"), as a part of its own; the line's text after it."""
    slogan = P.SITE_SLOGAN_RE.match(line.text)
    if slogan is None:
        return [], line
    parts = _furniture_before(line, slogan.end())
    return parts[:1], (parts[1] if len(parts) > 1 else None)


def _pipe_cells(line: Line) -> list[Line]:
    """The cells of a table row written with bars, "| 一、… | (一)… | 1.… | 县农业农村局 |",
    as lines of their own; [] for a line with fewer than two bars between cells."""
    if "|" not in line.text or len(P.PIPE_BAR_RE.findall(line.text)) < MIN_ROW_BARS:
        return []
    return _as_lines(line, P.PIPE_CELL_RE.finditer(line.text))


def _heads_rows_below(line: Line) -> bool:
    """A short section or group heading on a line of its own inside a table."""
    text = line.text.strip()
    return len(text) <= MAX_TABLE_HEADING_ROW and (
        P.SECTION_RE.match(text) is not None or P.GROUP_RE.match(text) is not None
    )


# A heading a table's merged cell holds is short: "一、稳增长", "(二)优化营商环境".
MAX_TABLE_HEADING_ROW = 30


def _tab_cells(line: Line) -> list[Line]:
    """The cells of a table row a copy set apart by tabs, "1\t推进…\t市科技局\t2025年底",
    as lines of their own; [] for a line with fewer than two tabs between cells."""
    cells = list(P.TAB_CELL_RE.finditer(line.text))
    if "\t" not in line.text or len(cells) <= MIN_ROW_BARS:
        return []
    return _as_lines(line, cells)


def _as_lines(line: Line, cells: Iterable[re.Match[str]]) -> list[Line]:
    """Each cell of a row as a line of its own, where it stands in ``line``."""
    return [
        Line(
            no=line.no,
            start=line.start + cell.start(),
            end=line.start + cell.end(),
            text=cell.group(),
            column=line.column + cell.start(),
            shallowest=line.shallowest,
        )
        for cell in cells
    ]


def _cuts_after_tags(text: str) -> list[int]:
    """Items glued after the unit tag that closes the one before, in sequence:
    "(一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(…)"."""
    markers = _markers(text)
    if not markers or markers[0].at != 0:
        return []
    first = markers[0]
    cuts, want = [], first.value + 1
    for marker in markers[1:]:
        if marker.level != first.level or marker.value != want:
            continue
        if text[marker.at - 1] in ")）" and find_trailing_tag(text[: marker.at]) is not None:
            cuts.append(marker.at)
            want += 1
    return cuts


def _cuts(text: str, *, run_together: bool = False) -> list[int]:
    """Where the lines of a page run together start again; [] for a plain line.

    With ``run_together`` the text is known to be one (a preview's chunks), so one
    heading set apart is enough to cut it.
    """
    # (a plan's title that opens the line ends where a heading glued to it starts:
    # "课后服务实施方案一、指导思想…。二、实施原则…")
    title = P.RUN_TOGETHER_TITLE_RE.match(text)
    titled = title.end() if title and P.RUN_TOGETHER_MARKER_RE.match(text, title.end()) else None
    # (a long line that opens with a plan's title is a page run together: one heading
    # set apart is enough, "…工作要点…周年。一、把握党委意图…")
    # (and so is one that holds a letter's signature, its date and the plan after it)
    signed = _cuts_of_a_signed_letter(text)
    # (and so is one whose opening announces the parts that follow, the first set
    # apart: "…重点抓好以下七个方面工作: 一、瞄准产业调整升级需求,…")
    # (one such first part only: two are notices pasted together)
    # (or whose first part stands between spaces after a sentence, its heading short:
    # "…得到充分发挥。 一、实施…战略,打好安全保障主动仗 以贯彻实施…")
    announced = (
        P.PARTS_ANNOUNCED_RE.search(text) is not None
        or P.FIRST_PART_BETWEEN_SPACES_RE.search(text) is not None
    ) and len(P.FIRST_PART_SET_APART_RE.findall(text)) == 1
    # (and so is one that opens with a notice title set apart by a space: "…关于印发
    # 鞍山市2005年地质灾害防治方案的通知 各县(市)、区人民政府,…")
    noticed = P.NOTICE_TITLE_OPENS_LINE_RE.match(text) is not None
    # (and so is one that opens with a letter's addressees set apart by a space:
    # "各市、州、县人民政府,省政府各部门: 做好2010年…。 一、全力做好…")
    addressed = P.ADDRESSEES_SET_APART_RE.match(text)
    noticed = noticed or (
        addressed is not None and P.ADDRESSEE_RE.match(addressed["names"]) is not None
    )
    run_together = run_together or title is not None or bool(signed) or announced or noticed
    separated = P.RUN_TOGETHER_SEPARATED_RE.finditer(text)
    if next(separated, None) is None or (
        next(separated, None) is None and not run_together and titled is None
    ):
        # (an excerpt that stops before any heading: only the title is cut off,
        # where the plan's text opens as plans do: "…实施方案为深入贯彻…")
        return signed or _cuts_after_a_glued_title(text)
    markers = _in_sequence(_markers(text, titled))
    # Only markers set apart make the line a page run together; once it is one,
    # markers glued to their text that go on with a run cut it too.
    by_level = [sum(1 for m in markers if m.level == level and m.separated) for level in (1, 2, 3)]
    enough = MIN_HEADINGS if not run_together else 1
    if max(by_level) < enough and not _opens_an_outline(markers):
        return signed
    first = markers[0].at
    opening = [m.end() for m in P.RUN_TOGETHER_BREAK_RE.finditer(text, 0, first)]
    opening += [cut for cut in signed if cut < first]
    title = P.RUN_TOGETHER_TITLE_RE.match(text, 0, first)
    if title and not P.PURPOSE_OPENING_RE.match(text):
        opening.append(title.end())
    opening += _cuts_in_a_doubled_title(text)
    starts = {m.at for m in markers}
    width = _printed_width(text)
    heads = [
        cut
        for m in markers
        if (end := _heading_end(text, m.at)) is not None and not _in_a_marker(text, end, starts)
        for cut in _printed_heading_cuts(text, end, width)
    ]
    closing = _cut_before_a_closing_date(text)
    return sorted({*opening, *heads, *(m.at for m in markers), *closing} - {0})


def _cut_before_a_closing_date(text: str) -> list[int]:
    """The date a plan issued on its own is signed with, which a copy ran onto the end
    of its last sentence after a space: "…激励更多企业改制上市。 二〇一〇年二月九日"."""
    dates = list(P.DATE_IN_TEXT_RE.finditer(text))
    last = dates[-1] if dates else None
    # (a law library sets the document in one cell of a table, whose bar a copy keeps
    # after the date: "…稳定社会通胀预期。 二〇一一年八月二十二日 |")
    if last is None or text[last.end() :].strip() not in ("", "|"):
        return []
    before = text[: last.start()]
    spaced = before.endswith((" ", "\u3000"))
    if not (spaced and before.rstrip().endswith(("。", "；", ";"))):
        return []
    return [last.start(), last.end()] if text[last.end() :].strip() else [last.start()]


# A printed page's lines a copy ran into one line, a space for each break, have
# one width: at least this many pieces, this share of them within WIDTH_SLACK
# characters of the commonest width, which lies in PRINTED_WIDTHS.
MIN_PRINTED_LINES = 10
MIN_SAME_WIDTH_SHARE = 0.4
WIDTH_SLACK = 2
PRINTED_WIDTHS = range(12, 51)
# A heading in print runs over at most this many more lines.
MAX_PRINTED_HEADING_LINES = 2


def _cuts_at_printed_lines(text: str) -> list[int]:
    """Where a PDF's lines start again in a copy that ran them into one line with no
    heading to cut at: "新疆维吾尔自治区人民政府 文件 新政发〔2021〕19号 关于印发2021年
    自治区国民经济和 社会发展计划及主要指标的通知 …", every space a line break, most
    pieces a full line of one width (the notice then reads as a printed copy's lines)."""
    if _printed_width(text) is None:
        return []
    return [piece.start() for piece in list(P.NON_SPACE_RUN_RE.finditer(text))[1:]]


def _printed_width(text: str) -> int | None:
    """The width of a printed page's lines a copy ran into one line, a space for each
    break; None for a line whose pieces have no one width."""
    pieces = list(P.NON_SPACE_RUN_RE.finditer(text))
    if len(pieces) < MIN_PRINTED_LINES:
        return None
    widths = collections.Counter(len(piece.group()) for piece in pieces)
    common = max(
        PRINTED_WIDTHS,
        key=lambda width: sum(
            widths[w] for w in range(width - WIDTH_SLACK, width + WIDTH_SLACK + 1)
        ),
    )
    near = sum(widths[w] for w in range(common - WIDTH_SLACK, common + WIDTH_SLACK + 1))
    if near < MIN_SAME_WIDTH_SHARE * len(pieces):
        return None
    return common


def _printed_heading_cuts(text: str, end: int, width: int | None) -> list[int]:
    """Where the lines of a heading set apart by a space end, in a printed copy run
    into one line: a space after a full line is the page's edge, not the heading's
    end, so a heading that fills its line goes on to its paragraph's last line ("一、
    加强领导、健全机制,科普工作制度规范落实,为开展 社区科普活动提供有利保证。 社区科普
    工作是…"); each of its lines is cut as the page printed it, to be read as one."""
    if width is None:
        return [end]
    line_start, cuts = text.rfind(" ", 0, end) + 1, [end]
    # (a heading runs over a line or two and closes with its sentence; one that fills
    # its line and is followed by a paragraph is a heading alone on its line)
    for _ in range(MAX_PRINTED_HEADING_LINES):
        if cuts[-1] - line_start < width - WIDTH_SLACK:
            break
        after = P.NON_SPACE_RUN_RE.search(text, cuts[-1])
        if after is None:
            break
        line_start = after.start()
        cuts.append(after.end())
        if text[after.end() - 1] in SENTENCE_ENDS:
            return cuts
    return [end]


def _cuts_of_a_signed_letter(text: str) -> list[int]:
    """A cover letter run into one line with its signature, its date and the plan's
    title after them, and no heading to cut it at: "…认真组织实施。 市委…办公室
    2023年3月30日 2023年嵊州市…推进方案为认真贯彻落实…" is cut before the signature,
    around the date, and after the title that opens the rest."""
    signed = P.SIGNED_IN_LINE_RE.search(text) or _signed_glued(text) or _dated_glued(text)
    if signed is None:
        return []
    after = signed.end()
    rest = text[after:]
    # (a letter dated with no signature is cut around its date alone)
    named = [signed.start("name")] if "name" in signed.groupdict() else []
    cuts = sorted({*named, signed.start("date"), signed.end("date"), after})
    title = P.RUN_TOGETHER_TITLE_RE.match(rest.lstrip())
    if title:
        cuts.append(after + len(rest) - len(rest.lstrip()) + title.end())
    return cuts


def _signed_glued(text: str) -> re.Match[str] | None:
    """A signature glued to the letter's last sentence and to its date, the disclosure
    note or the plan's title after the date (a clause that names a plan's kind)."""
    for signed in P.SIGNED_GLUED_IN_LINE_RE.finditer(text):
        if signed["note"] or _names_a_plan_at(text, signed.end()):
            return signed
    return None


def _names_a_plan_at(text: str, at: int) -> bool:
    """Whether the clause at ``at``, where a title would stand, names a plan's kind."""
    clause = P.TITLE_CLAUSE_RE.match(text, at)
    return clause is not None and P.PLAN_KIND_RE.search(clause.group()) is not None


def _dated_glued(text: str) -> re.Match[str] | None:
    """A date glued between a cover letter's last sentence and the plan's title, with
    no signature: the sentences before it hand a plan over, the clause after it names a
    plan's kind."""
    for dated in P.DATED_GLUED_IN_LINE_RE.finditer(text):
        if _names_a_plan_at(text, dated.end()) and P.COVER_LETTER_RE.search(text, 0, dated.start()):
            return dated
    return None


def _opens_an_outline(markers: Sequence[_Marker]) -> bool:
    """ "…胜利召开。 一、坚定不移…坚强阵地 1.学习…": a first section, then its first
    item, both set apart: an excerpt cut before the second heading of any level."""
    firsts = [m for m in markers if m.separated and m.value == 1]
    return len(firsts) >= MIN_HEADINGS and firsts[0].level == 1 and firsts[1].level > 1


def _in_a_marker(text: str, at: int, starts: set[int]) -> bool:
    # (the space of "…乡村振兴工1 .巩固…" is inside the next item's marker, not after a
    # heading: the digits before it start a marker)
    start = at
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    return start < at and start in starts


def _heading_end(text: str, at: int) -> int | None:
    """Where a heading set apart by a space ends: "一、总体要求 坚持以…" → after 要求."""
    head = P.RUN_TOGETHER_HEADING_END_RE.match(text, at)
    return head.end("heading") if head else None


def _markers(text: str, titled: int | None = None) -> list[_Marker]:
    """Heading markers, set apart or glued to the text before them, in order of position;
    one at ``titled``, where a title that opens the line ends, is set apart by it."""
    found = []
    for match in P.RUN_TOGETHER_MARKER_RE.finditer(text):
        at = match.start()
        before = text[at - 1] if at else " "
        if before.isdigit() or before == "第":
            continue  # "12.5", "第一、二批"
        if match["section"] == "一" and P.WORD_ENDING_IN_ONE_RE.fullmatch(before):
            continue  # "实现单位统一、保证量值准确": a word's 一 in a list, no heading
        separated = before.isspace() or before in SENTENCE_ENDS or at == titled
        if match["section"]:
            level, value = 1, chinese_numeral_value(match["section"])
        elif match["group"]:
            level, value = 2, chinese_numeral_value(match["group"])
        else:
            level, value = 3, int(match["item"])
        found.append(_Marker(at, level, value, separated))
    return found


def _in_sequence(markers: Sequence[_Marker]) -> list[_Marker]:
    """The markers that continue their level's run: 二 after 一, (二) after (一) …

    A higher level's heading restarts the runs below it.  The first marker of
    a level set apart may have any number (a page may start in its middle); a
    glued one starts at 1, or goes on from the last of its level before that
    heading (items numbered straight on across groups: "(二)实施…水平5.提升…",
    4. the last item under (一)).
    """
    expected: dict[int, int | None] = {1: None, 2: None, 3: None}
    last: dict[int, int] = {1: 0, 2: 0, 3: 0}
    kept: list[_Marker] = []
    for marker in markers:
        want = expected[marker.level]
        # (a preview's chunks skip a top heading: "二、加强组织领导… 四、精心组织…")
        skipped = (
            want is not None
            and marker.level == 1
            and marker.separated
            and marker.value == want + 1
            and bool(kept)
            and kept[-1].separated
        )
        if want is not None and marker.value != want and not skipped:
            continue
        if not marker.separated and (
            (want is None and marker.value not in (1, last[marker.level] + 1))
            or (kept and _too_close(kept[-1], marker))
        ):
            continue  # a glued marker starts or goes on with a run, apart from the last heading
        kept.append(marker)
        expected[marker.level] = marker.value + 1
        last[marker.level] = marker.value
        for lower in range(marker.level + 1, 4):
            expected[lower] = None
    return kept


def _too_close(last: _Marker, marker: _Marker) -> bool:
    # "完成1、2、3号楼" lists numbers; "二、工作重点1、确保…" heads an item under a section.
    gap = MIN_GLUED_GAP if last.level == marker.level else MIN_HEADING_GAP
    return marker.at - last.at < gap


def _parts(line: Line, cuts: Sequence[int]) -> list[Line]:
    parts = []
    for start, end in zip([0, *cuts], [*cuts, len(line.text)], strict=True):
        piece = line.text[start:end]
        content = piece.strip()
        if not content:
            continue
        offset = start + (len(piece) - len(piece.lstrip()))
        parts.append(
            Line(
                no=line.no,
                start=line.start + offset,
                end=line.start + offset + len(content),
                text=content,
                column=line.column + offset,
                shallowest=line.shallowest,
            )
        )
    return parts
