"""Cutting a notice's lines into regions: header, title, preamble, body, closing.

The plan title is the landmark: the cover notice lies before it, the plan
body starts at the first outline marker after it, and the closing (signature,
版记, appendices) is cut off the end.  Without a title line, the cover
notice ends at its last cover-notice line.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

import regex as re

from castplan.grammar import patterns as P
from castplan.grammar.lines import (
    MIN_WRAPPED_LEN,
    Kind,
    Line,
    Token,
    completes_paragraph,
    join_lines,
    span_of,
)
from castplan.grammar.numerals import chinese_digits_value, chinese_numeral_value
from castplan.grammar.places import is_place_name, short_place
from castplan.model import Header, Span

# A plan title is a short line; a long one is prose that mentions a plan.
MAX_TITLE_LEN = 60
# ... though a title may quote a long law or plan by name.
MAX_QUOTING_TITLE_LEN = 140


_HEADER_KINDS = {Kind.DATE, Kind.SEAL, Kind.CONTACT, Kind.DISCLOSURE, Kind.ATTACHMENT}
_CLOSING_KINDS = _HEADER_KINDS | {Kind.DISTRIBUTION}
_OUTLINE_KINDS = {Kind.SECTION, Kind.GROUP, Kind.ITEM}


def despaced(text: str) -> str:
    """A line set with a space between its characters, as a document sets a heading
    out ("工 作 的 实 施 方 案"), read without them; any other line as it is."""
    return P.SPACES_RE.sub("", text) if P.LETTER_SPACED_RE.match(text) else text


def names_an_issuer(text: str) -> bool:
    """Whether a line names an issuing body, also where it is set out a character at a
    time to the width of the date under it: "江 城 市 科 协" (a two-character ending,
    科协 or 政府, is not found with spaces in it)."""
    spaced = with_lost_spaces(text)
    return spaced != text or P.ISSUER_RE.match(despaced(text)) is not None


def with_lost_spaces(text: str) -> str:
    """A line of bodies' names that a copy saved with "?" for the spaces between them
    ("市教育局?市发展改革委", "广东省卫生健康委 ????广东省发展改革委"), read with a
    space between each; any other line as it is, a "?" inside one name included
    ("湖北?省人民政府办公厅": "湖北" names no body)."""
    names = [name for name in P.LOST_SPACES_RE.split(text.strip()) if name]
    if len(names) > 1 and all(P.ISSUER_RE.match(despaced(name)) for name in names):
        return " ".join(names)
    return text


def unspaced(text: str) -> str:
    """``text`` with every space and line break taken out."""
    return "".join(text.split())


def read_once(text: str) -> str:
    """A line a page set its title on twice ("X(2020-2022年) X(2020-2022年) |"), or
    cut short and then whole ("X关于发展 X关于发展 增进…的意见"), read once; any
    other line as it is."""
    doubled = P.DOUBLED_LINE_RE.match(text)
    if doubled:
        return doubled["once"]
    cut = P.CUT_BEFORE_WHOLE_RE.match(text)
    return text[cut.end() :] if cut else text


def _is_title_line(token: Token) -> bool:
    return token.kind is Kind.TEXT and is_title_text(token.line.text)


def _subtitle_under_a_slogan(tokens: Sequence[Token], index: int) -> bool:
    """The title set as a subtitle under a slogan: "凝心聚力提质效 协同创新谋新篇" /
    "——剑湖实验学校…学校工作计划" (a dash line anywhere else is a bullet)."""
    text = tokens[index].line.text
    dash = P.SUBTITLE_DASH_RE.match(text)
    return (
        tokens[index].kind is Kind.DASH
        and index > 0
        and _is_slogan(tokens[index - 1])
        and dash is not None
        and is_title_text(text[dash.end() :])
    )


def _bulleted_title_alone(tokens: Sequence[Token], index: int) -> bool:
    """The title a page set as the one bullet that opens it, perhaps after its column's
    name: "• 【投资滨江区】2018年杭州市滨江区政府工作报告" (a bullet with others under
    it opens a list)."""
    token = tokens[index]
    if token.kind is not Kind.DASH or token.match is None:
        return False
    if any(t.kind not in (Kind.BLANK, Kind.CHROME) for t in tokens[:index]):
        return False
    below = next((t for t in tokens[index + 1 :] if t.kind is not Kind.BLANK), None)
    return (below is None or below.kind is not Kind.DASH) and is_title_text(
        P.CHROME_BULLET_RE.sub("", token.line.text)
    )


# A slogan is a line of a few short phrases, "凝心聚力提质效 协同创新谋新篇".
MAX_SLOGAN_LEN = 40


def _is_slogan(token: Token) -> bool:
    text = token.line.text
    # (a school's motto set out a character at a time: "践 行 求 实 校 训 建 设 优 质 名 校")
    spaced = P.LETTER_SPACED_RE.match(text) is not None
    # (a theme set in book brackets: "《马驰新岁研为径 素养深耕品自高》")
    text = unbracketed(text)
    return (
        token.kind is Kind.TEXT
        and len(text) <= MAX_SLOGAN_LEN
        and (P.SLOGAN_RE.match(text) is not None or spaced)
        and not P.PLAN_KIND_RE.search(despaced(text))
    )


def is_title_text(line: str) -> bool:
    line = P.PLACE_LABEL_RE.sub("", line)
    text = read_once(P.STRAY_SPACE_RE.sub("", despaced(P.TITLE_LABEL_RE.sub("", line)), count=1))
    text = unbracketed(P.GLOSS_RE.sub("", P.TITLE_TOOLS_TAIL_RE.sub("", text)))
    text = P.TITLE_PREFIX_RE.sub("", text) if P.NEWS_CALL_RE.match(text) else text
    text = _unbracketed_after_a_category(text)
    # The kind word must stand outside any 《…》: "关于《…工作要点》的说明" names a plan;
    # and outside a news site's category: "施政報告|李家超列110項KPI…" is a headline.
    bare = P.BOOK_TITLE_RE.sub("", P.TITLE_PREFIX_RE.sub("", P.TITLE_PAGE_NOTE_RE.sub("", text)))
    return (
        # (a title that quotes a long law is short outside its 《》: "…办公厅贯彻落实
        # 《全国人民代表大会常务委员会关于全面禁止…的决定》的实施意见")
        (
            len(text) <= MAX_TITLE_LEN
            or (len(bare) <= MAX_TITLE_LEN and len(text) <= MAX_QUOTING_TITLE_LEN)
        )
        and P.PLAN_KIND_RE.search(bare) is not None
        and not P.SENTENCE_PUNCT_RE.search(text)
        and not text.endswith(P.NOTICE_ENDS)
        # (a headline's span is no site's name after a dash: "…实施方案(2023—2030年)公布")
        and not P.NEWS_HEADLINE_END_RE.search(P.TITLE_SPAN_RE.sub("", text))
        and not P.NOTICE_TITLE_RE.match(text)
        and not text.startswith(("印发", "印發"))
        # "关于加快科普事业发展的实施意见" is a title; "关于印发…" opens a notice's.
        and not (text.startswith(("关于", "關於")) and ("印发" in text or "印發" in text))
        and not P.ISSUER_RE.match(text)
        # (a plan that names itself, "本规划", is a sentence's subject a page's cut left
        # alone on its line, never a title)
        and not (P.THIS_PLAN_RE.match(text) and _is_kind_only(text[1:]))
        and sum(bool(words.search(text)) for words in P.TABLE_HEADER_WORD_RES) < 2
        # (a collection site's name for the papers it holds names none of them)
        and P.COMPILATION_NAME_RE.search(text) is None
        # (a line that closes a book title it did not open is the end of a sentence
        # wrapped over lines: "专项行动实施方案》", also where it opens the next:
        # "…分工落实方案》(以下简称《方", as a PDF's line cuts a letter)
        and _book_titles_close_in_order(text)
    )


def _book_titles_close_in_order(text: str) -> bool:
    depth = 0
    for char in text:
        if char == "《":
            depth += 1
        elif char == "》":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _closes_a_split_book_title(tokens: Sequence[Token], index: int) -> bool:
    """The lower half of a title broken inside its 《》: "内蒙古自治区实施《国家农村义务教育" /
    "学生营养改善计划》试点方案" (a line that closes a 《 its upper half opened)."""
    if index == 0 or tokens[index].kind is not Kind.TEXT:
        return False
    upper, lower = tokens[index - 1].line.text, tokens[index].line.text
    if not (
        upper.count("《") == upper.count("》") + 1 and lower.count("》") == lower.count("《") + 1
    ):
        return False
    return _is_fragment_text(upper) and is_title_text(upper + lower)


def _closes_a_title_its_year_opened(tokens: Sequence[Token], index: int) -> bool:
    """The lower half of a title whose kind reads as one only after its year: "宽城区应急
    管理局2025年度" / "安全生产监督检查计划" (a year's 计划 of any work)."""
    if index == 0 or tokens[index].kind is not Kind.TEXT:
        return False
    upper, lower = tokens[index - 1].line.text, tokens[index].line.text
    return (
        tokens[index - 1].kind is Kind.TEXT
        and P.YEAR_ENDS_LINE_RE.search(upper) is not None
        and _is_fragment_text(upper)
        and _is_fragment_text(lower)
        and not is_title_text(lower)
        and is_title_text(upper + lower)
    )


_TITLE_BRACKETS = (("《", "》"), ("〈", "〉"), ("【", "】"), ("[", "]"), ("“", "”"), ("「", "」"))


def _unbracketed_after_a_category(text: str) -> str:
    """A title a page set whole in book brackets after its category: "【决策草案】《关于推动
    县域工业高质量发展实施方案(2024-2027年)(送审稿)》" is the name in the brackets."""
    bare = P.TITLE_PREFIX_RE.sub("", text, count=1)
    whole = unbracketed(bare) if bare.startswith(("《", "〈")) else bare
    return whole if bare != text and whole != bare else text


def unbracketed(text: str) -> str:
    """A title a web page set in book brackets: "《中国科协2025年工作要点》" (or in the
    inner ones a title inside a title takes: "〈北京市2016年政务公开工作要点〉"; or in a
    headline's brackets or quotes: "【江城市2024年工作要点】", "“…工作要点”"); a page
    that pads the brackets with spaces pads no title: "《 合肥市…实施方案 》"; a draft's
    note after the brackets is the title's: "《…工作方案》(草案)")."""
    noted = P.BOOK_TITLE_THEN_DRAFT_NOTE_RE.fullmatch(text)
    if noted:
        return noted["name"].strip() + noted["note"]
    for opening, closing in _TITLE_BRACKETS:
        if text.startswith(opening) and text.endswith(closing) and text.count(opening) == 1:
            return text[1:-1].strip()
    return text


def _is_title_fragment(token: Token) -> bool:
    """A short line of a title's own characters: part of a title split over lines
    (a 、 inside its quotes is a name's: "…领域“双随机、一公开”检查工" / "作方案")."""
    return token.kind is Kind.TEXT and _is_fragment_text(P.QUOTED_RE.sub("“”", token.line.text))


def _is_fragment_text(text: str) -> bool:
    # (read without a mirror's pinyin glosses, which lengthen a line: "內(nèi)蒙古…", and
    # without the spaces a copy set around a school year's span: "…中心小学 2024-2025
    # 学年度…"; never a signature's date after its spaces: "…委员会 2019年6月17日")
    text = P.SPACED_YEAR_SPAN_RE.sub(r"\g<span>", P.GLOSS_RE.sub("", despaced(text)))
    if about := P.TITLE_ABOUT_RE.match(text):
        # A title's opening may list its bodies or its subject's with 、 ("中共青海省委、
        # 青海省人民政府关于…", "農業農村部關于落實黨中央、國務院…"), or set its bodies
        # and its 关于 apart with spaces ("中共黟县县委 黟县人民政府 关于做好2022年全面
        # 推进乡", as a PDF's line cuts the rest off).
        text = (P.SPACES_RE.sub("", about[0]) + text[about.end() :]).replace("、", "")
    return (
        P.TITLE_FRAGMENT_RE.fullmatch(text) is not None
        and not P.NOTICE_TITLE_RE.match(text)
        and not text.endswith(("办公厅", "辦公廳", "办公室", "辦公室"))
        # (a search engine's question a spam page sets over the title is none of it:
        # "徐州三院农村医疗费用合作医疗怎么减免费用" / "思南县2014年…补偿方案")
        and P.SEARCH_QUESTION_RE.search(text) is None
    )


def _is_body_fragment(token: Token) -> bool:
    """A title fragment that names a body: "中国科协" above "2025年工作要点", also joint
    bodies named with 、 between them ("湖南省教育厅、中共湖南省委教育工委")."""
    return token.kind is Kind.TEXT and all(
        _is_fragment_text(part)
        # (a campus in brackets after the name: "中国地质大学(北京)")
        and P.BODY_NAME_END_RE.search(P.NAME_NOTE_RE.sub("", part)) is not None
        for part in token.line.text.split("、")
    )


def _find_title(tokens: Sequence[Token], limit: int) -> tuple[int, int] | None:
    """Locate the plan title among ``tokens[:limit]``: (first, last) indexes.

    A title may be split over lines: the body above the year ("中国科协" /
    "2025年工作要点"), the words above the kind ("中國科學技術協會" / "2025年" /
    "工作要點"), the kind below ("立山区政府2023年重点工作" / "任务分解和责任分工方案"),
    or a year line below ("(2024)").  A title line followed by a cover notice
    is the web page's headline when the title comes again after the notice.
    """
    handed = _handed_over_names(tokens, limit)
    headline: int | None = None
    candidates = [
        i
        for i in range(limit)
        if (
            _is_title_line(tokens[i])
            or _named_by_the_letter_above(tokens[i], i, handed)
            or _closes_a_split_book_title(tokens, i)
            or _closes_a_title_its_year_opened(tokens, i)
            or _subtitle_under_a_slogan(tokens, i)
            # (a title cut inside its kind is none on either line: "…的实施意" / "见")
            or _finishes_a_cut_title(tokens, i)
            or _report_over_its_speech_note(tokens, i)
            or _bulleted_title_alone(tokens, i)
        )
        and not _heads_a_column(tokens, i)
        and not _kind_over_a_named_handover(tokens, i, handed)
        and not _labels_a_part(tokens, i)
        and not _cut_notice_title(tokens, i)
        and not _middle_of_a_notice_title(tokens, i)
        and not _reviews_the_last_plan_under_a_preface(tokens, i)
        and not _file_label_over_a_notice(tokens, i, limit)
        and not _names_the_compilation_below(tokens, i, limit)
    ]
    if not candidates:
        # (with no other, a line whose slogan before the dash holds its commas: "同心筑梦,
        # “语”你同行 ——盛泽小学…教研组工作计划"; a page's headline so set gives way to
        # the plan's own title below it)
        candidates = [i for i in range(limit) if _slogan_then_title(tokens[i])]
    # A work report's own title over its note of when and where it was given is the
    # title; a page's headline above it gives way ("2023年十堰市张湾区政府工作报告—全文" /
    # "政 府 工 作 报 告" / "——2022年12月27日在…会议上").
    own = next((i for i in candidates if _report_over_its_speech_note(tokens, i)), None)
    if own is not None:
        candidates = candidates[candidates.index(own) :]
    while len(candidates) > 1 and _stands_over_the_title(tokens, candidates, handed, limit):
        headline = candidates.pop(0)
    if not candidates:
        return None
    first, last = _outline_wrapped_around(tokens, *_title_lines_around(tokens, candidates))
    if own is not None:
        first = max(first, candidates[0])  # (never joined to the headline above it)
    if headline is not None:
        first = _restated_from(tokens, headline, first, last)
    return first, last


def _names_the_compilation_below(tokens: Sequence[Token], index: int, limit: int) -> bool:
    """A site's headline that the name of its compilation says again with how many
    papers it holds: "卫生监督工作计划" / "时间:…" / "卫生监督工作计划范文6篇" (the site's
    page, none of the papers' titles)."""
    said = _loosely(tokens[index].line.text)
    return any(
        P.COMPILATION_NAME_RE.search(token.line.text) is not None
        and _loosely(P.COMPILATION_NAME_RE.sub("", token.line.text)).startswith(said)
        for token in tokens[index + 1 : min(limit, index + 1 + _HEADLINE_GAP)]
    )


# How many lines at least a sharing site's file card sets between its label and the
# text ("合集下载", "- 格式:docx", "- 文档页数:11", blank lines), as page furniture.
MIN_FILE_CARD_GAP = 2


def _file_label_over_a_notice(tokens: Sequence[Token], index: int, limit: int) -> bool:
    """A sharing site's label for its file, first on the page, over the file's card and
    a notice that issues a plan of another name: "全国水文事业发展规划" / "合集下载" /
    "水利部办公厅关于印发2022年水文工作要点的通知" (the plan the notice hands over is the
    document; the label misnames it).  ``tokens`` hold no page furniture, so the card
    shows as the lines it leaves out between the two."""
    if any(t.kind is not Kind.BLANK for t in tokens[:index]):
        return False
    notice = next((t for t in tokens[index + 1 : limit] if t.kind is not Kind.BLANK), None)
    # (a headline right over a notice that hands over another document is the page's,
    # and stays the title)
    if (
        notice is None
        or notice.line.no - tokens[index].line.no <= MIN_FILE_CARD_GAP
        or P.NOTICE_TITLE_RE.match(notice.line.text) is None
    ):
        return False
    issued = title_issued_by(notice.line.text)
    label = unspaced(tokens[index].line.text)
    return issued is not None and label not in unspaced(issued) and unspaced(issued) not in label


# The lines a cover wraps a five-year outline's name over, at most.
MAX_OUTLINE_TITLE_LINES = 3


def _outline_wrapped_around(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int]:
    """The lines that make a five-year outline's whole name where its cover wraps it
    and the lines found hold a part of it: "宁德市国民经济和社会发展" / "第十四个五年规划
    和二〇三五年" / "远景目标纲要" (its last line a kind of its own, its first a title)."""
    # (the fewest lines that hold the lines found: a page's label over the name,
    # "详情", is no part of it)
    for size in range(last - first + 1, MAX_OUTLINE_TITLE_LINES + 1):
        for low in range(max(0, last - size + 1), first + 1):
            block = tokens[low : low + size]
            if len(block) < size or any(t.kind is not Kind.TEXT for t in block):
                continue
            # (a PDF's spaces inside the year are no part of it: "二 〇 三五年")
            joined = unspaced("".join(t.line.text for t in block))
            if P.FIVE_YEAR_OUTLINE_TITLE_RE.match(joined):
                return low, low + size - 1
    return first, last


def _labels_a_part(tokens: Sequence[Token], index: int) -> bool:
    """An encyclopedia's labels for the parts of a document it shows, the cover's and
    the plan's, each a kind alone: "通知" / "規劃綱要" (no title; its box names it)."""
    return (
        index > 0
        and _is_kind_only(tokens[index].line.text)
        and P.PART_LABEL_RE.match(tokens[index - 1].line.text) is not None
    )


def _slogan_then_title(token: Token) -> bool:
    """A line of short phrases, their commas and quotes kept, then a dash and a title:
    "同心筑梦,“语”你同行 ——盛泽小学…教研组工作计划"."""
    slogan = P.SLOGAN_OVER_TITLE_RE.match(token.line.text)
    return (
        token.kind is Kind.TEXT
        and slogan is not None
        and P.SLOGAN_WORDS_RE.match(slogan["slogan"]) is not None
        and not P.PLAN_KIND_RE.search(slogan["slogan"])
        and is_title_text(slogan["title"])
    )


def _report_over_its_speech_note(tokens: Sequence[Token], index: int) -> bool:
    """A government's work report titled by its name alone (perhaps after its year,
    letter-spaced or glossed), over its note of when and where it was given:
    "政府工作报告" / "——二○二二年一月二十一日在…人民代表大会…上" (the name alone heads
    a task table's column too, and is no title there)."""
    below = [t.line.text for t in tokens[index + 1 : index + 3] if t.kind is not Kind.BLANK]
    # (or over the speaker and the note with no date: "政府工作报告" / "…镇长羊金万" /
    # "在木棠镇第十七届人民代表大会第六次会议上的报告")
    if below and P.SPEAKER_LINE_RE.match(below[0]):
        below = below[1:]
    note = below[0] if below else ""
    # (its year may open the name: "2025年政府工作報(bào)告")
    name = P.LEADING_YEAR_RE.sub("", despaced(P.GLOSS_RE.sub("", tokens[index].line.text)).strip())
    return (
        P.SPEECH_NOTE_RE.match(note) is not None or P.UNDATED_SPEECH_NOTE_RE.match(note) is not None
    ) and P.GOVERNMENT_REPORT_END_RE.fullmatch(name) is not None


def _reviews_the_last_plan_under_a_preface(tokens: Sequence[Token], index: int) -> bool:
    """A heading under a preface that reviews the last year's plan ("前言" / "2023年,…" /
    "二○二三年財政年度施政方針執行情況") opens a part of the year's guidelines, not their
    title (the plan's own may stand under its preface: "前言" / … / "二○二五年財政年度
    施政方針")."""
    return P.PLAN_REVIEW_HEADING_RE.match(tokens[index].line.text) is not None and any(
        P.PREFACE_HEADING_RE.match(token.line.text) for token in tokens[:index]
    )


def _stands_over_the_title(
    tokens: Sequence[Token], candidates: list[int], handed: dict[str, int], limit: int
) -> bool:
    """Whether the first title line is a page's headline, a notice or a category over
    the plan's own title, the next candidate (never the document the notices above
    hand over, over a line that is not)."""
    if _only_the_first_handed_over(tokens, candidates, handed):
        return False
    return (
        _cover_notice_between(tokens, candidates[0], candidates[1])
        or _headline_over_title(tokens[candidates[0]], tokens[candidates[1]])
        or _site_headline_of(tokens, candidates[0], candidates[1])
        or _restated_below(tokens, candidates[0], candidates[1])
        or _restated_below_without_its_note(tokens, candidates[0], candidates[1])
        or _restated_in_its_own_marks(tokens, candidates[0], candidates[1])
        or _short_name_over_the_formal_title(tokens, candidates[0], candidates[1])
        or (
            candidates[1] - candidates[0] <= _HEADLINE_GAP
            and _headline_of(tokens[candidates[0]].line.text, tokens[candidates[1]].line.text)
        )
        or _headline_over_split_title(tokens, candidates[0], candidates[1])
        or _headline_over_a_title_that_names_its_body(tokens, candidates[0], candidates[1])
        or _headline_restated_after_its_body(tokens, candidates[0], candidates[1])
        or _headline_short_of_the_body(tokens, candidates[0], candidates[1])
        or _kind_added_to_the_title(tokens, candidates[0], candidates[1])
        or _between_a_title_and_itself(tokens, candidates[0], candidates[1])
        or _full_text_announced_between(tokens, candidates[0], candidates[1])
        or _whole_title_over_the_body(tokens, candidates[0], candidates[-1], limit)
        # (a file's name as a sharing site shows it, over the document's own title)
        or P.FILE_NAME_RE.search(tokens[candidates[0]].line.text) is not None
        # (a catalogue's entry, filed under its province or a column, over the plan's own cover)
        or (
            P.FILED_UNDER_RE.match(tokens[candidates[0]].line.text) is not None
            and candidates[1] - candidates[0] <= _CATALOGUE_GAP
        )
        # (a page's category, a kind alone with no title above it: "年度计划")
        or _category_over_title(tokens, candidates[0])
        # (a collection site's entry over the document's own title: "第一篇:2018关心下一代
        # 工作计划" / "关心下一代工作方案")
        or (
            P.COLLECTION_ENTRY_RE.match(tokens[candidates[0]].line.text) is not None
            and candidates[1] - candidates[0] <= _HEADLINE_GAP
        )
        # (and the site's own headline over that entry: the page's title, its upload time
        # and blurb, then "第一篇:西南大学…实施意见" / "西南大学…实施意见" / "西校[2007]85号";
        # the bundled document starts under its entry)
        or (
            P.COLLECTION_ENTRY_RE.match(tokens[candidates[1]].line.text) is not None
            and len(candidates) > 2
            and candidates[2] - candidates[1] <= _HEADLINE_GAP
        )
    )


def _between_a_title_and_itself(tokens: Sequence[Token], first: int, second: int) -> bool:
    """The first title line stands between the page's title and that title again: a
    link to another plan ("國家文物事業發展「十三五」規劃" / "文物政發〔2017〕4號" /
    "「十四五」文物保護和科技創新規劃" / "國家文物事業發展「十三五」規劃")."""
    again = tokens[second].line.text.strip()
    return tokens[first].line.text.strip() != again and any(
        token.line.text.strip() == again for token in tokens[max(first - _HEADLINE_GAP, 0) : first]
    )


def _full_text_announced_between(tokens: Sequence[Token], first: int, second: int) -> bool:
    """A news page's lead between its headline and the plan's own title says the full
    text follows: "广西发布…实施方案" / "近日,…印发《…》。全文如下。" / "…实施方案"."""
    return any(
        P.FULL_TEXT_FOLLOWS_RE.search(token.line.text) is not None
        for token in tokens[first + 1 : second]
    )


def _only_the_first_handed_over(
    tokens: Sequence[Token], candidates: Sequence[int], handed: dict[str, int]
) -> bool:
    """Whether the first title line is the document the notices above hand over and
    the next is not: a report's part heading under it ("中国老科协2020年工作总结和2021年
    工作安排" / "各位理事:" / … / "关于2020年的主要工作") is no title."""
    first, second = candidates[0], candidates[1]
    return _named_by_the_letter_above(
        tokens[first], first, handed
    ) and not _named_by_the_letter_above(tokens[second], second, handed)


def _restated_from(tokens: Sequence[Token], headline: int, first: int, last: int) -> int:
    """Where the title the headline restates starts: a PDF's copy may break it in more
    pieces than a title block holds ("市委政策研究室理论学习中心组2026年度专题学习计划" /
    "市委政策研究室理论学习中心组" / "2026" / "年度专" / "题学习计划")."""
    said = _loosely(P.SITE_SUFFIX_RE.sub("", tokens[headline].line.text))
    # (only for the body's name the block lacks: a slogan over a title that names its
    # body is no part of it, "以德树人 以爱育人" / "莆田第十中学德育工作方案")
    if title_parts("".join(t.line.text for t in tokens[first : last + 1]))[0] is not None:
        return first
    for start in range(headline + 1, first):
        if _loosely("".join(t.line.text for t in tokens[start : last + 1])) == said:
            return start
    return first


def _title_lines_around(tokens: Sequence[Token], candidates: list[int]) -> tuple[int, int]:
    """The lines of the title block around its first candidate line."""
    first = last = candidates[0]
    text = tokens[first].line.text
    above = tokens[first - 1].line.text if first > 0 else ""
    if _subtitle_under_a_slogan(tokens, first):
        # "凝心聚力提质效 协同创新谋新篇" / "——剑湖实验学校…工作计划": one title block
        return first - 1, last
    if text.startswith("年") and P.BARE_YEAR_LINE_RE.match(above):
        # "2016" / "年教育局工作要点": the year a PDF's break set apart
        first -= 1
    elif P.TITLE_OPENS_WITH_YEAR_RE.match(text):
        while (
            first > 0
            and candidates[0] - first < 2
            and (_is_body_fragment(tokens[first - 1]) or _goes_on_below(tokens[first - 1]))
        ):
            first -= 1
        if first == candidates[0] and (
            _subject_over_a_bare_year_title(tokens, first)
            or _upper_half_the_letter_names(tokens, first)
        ):
            first -= 1
    elif _is_kind_only(text):
        # (never up into a whole title: a page's headline over the wrapped title; nor
        # past a line that opens with the title's place, over which a page's menu may
        # stand: "企业" / "九龙坡区进一步…拖欠中小企业" / "账款工作方案")
        while (
            first > 0
            and candidates[0] - first < 2
            and _is_title_fragment(tokens[first - 1])
            and (
                P.PLAN_KIND_END_RE.search(tokens[first - 1].line.text) is None
                # (a plan that carries out the one named above ends in a kind too:
                # "健康中国行动—癌症防治行动" / "实施方案(2023—2030年)")
                or (first == candidates[0] and P.IMPLEMENTING_KIND_RE.match(text) is not None)
            )
            # (nor a page's label over the text it shows: "方案全文")
            and P.FULL_TEXT_LABEL_RE.match(tokens[first - 1].line.text.strip()) is None
            and not (first < candidates[0] and _menu_word_over_a_place(tokens, first))
            # (nor into a page's headline the line below says again with its place:
            # "扶贫开发" / "巴东县扶贫开发" / "规    划")
            and not (
                first < candidates[0]
                and tokens[first - 1].line.text.strip() in tokens[first].line.text
            )
        ):
            first -= 1
    else:
        # "国务院关于落实《政府工作报告》" / "重点工作部门分工的意见": an upper half that
        # names the body and has no kind of its own.
        while (
            first > 0
            and candidates[0] - first < 2
            and (
                _opens_title(tokens[first - 1], tokens[first])
                or _middle_of_a_title(tokens, first - 1)
            )
        ):
            first -= 1
        if first == candidates[0] - 1 and _joint_issuer_above(tokens, first):
            first -= 1  # "中共廊坊市委" / "廊坊市人民政府" / "关于…的意见"
        if first == candidates[0] and _about_line_under_issuer(tokens, first):
            first -= 2  # "最高人民检察院" / "关于全面深化检察改革" / "进一步加强…的意见"
        if first == candidates[0] and _upper_half_after_notice(tokens, first):
            first -= 1
        if first == candidates[0] and (
            _body_over_its_field_title(tokens, first)
            or _issuer_over_a_bare_title(tokens, first)
            # "完善泛在可及终身学习服务体系" / "打造新时代学习型城市实施方案", where
            # the letter hands over 《完善…体系打造…实施方案(2025—2027年)》
            or _upper_half_the_letter_names(tokens, first)
        ):
            first -= 1
    if first == candidates[0] and _upper_lines_the_letter_names(tokens, first, 2):
        first -= 2
    first = _with_masked_name_above(tokens, first)
    while (
        last + 1 < len(tokens)
        and last - candidates[0] < 2
        and (
            _ends_title(tokens[last + 1])
            or _finishes_a_cut_title(tokens, last)
            or _about_title_goes_on(tokens, first, last)
        )
        and not _heads_a_column(tokens, last + 1)  # "主要工作任务" / "牵头单位" / …
        # (a page may print a title's line twice: "实 施 意 见" / "实 施 意 见", the
        # first perhaps with the page's stamp: "…的实施意见 20220912" / "…的实施意见")
        # (or with a space between its words: "济宁市人民政府 关于…的意见")
        and _unspaced_title_words(tokens[last + 1].line.text)
        != _unspaced_title_words(tokens[last].line.text)
        # (nor the title again under a headline that adds its span and a draft's note:
        # "…第十三个五年规划(2016—2020年)(初 稿)" / "…第十三个五年规划")
        and not _restates_its_opening(tokens[last].line.text, tokens[last + 1].line.text)
        # (nor a page's column under a title that holds its kind already: "2009-10 施政报告
        # 羣策创新天" / "施政报告")
        and not _kind_said_again(tokens[candidates[0]].line.text, tokens[last + 1].line.text)
    ):
        last += 1
    return first, last


def _handed_over_names(tokens: Sequence[Token], limit: int) -> dict[str, int]:
    """The documents a cover letter among ``tokens[:limit]`` hands over by name
    ("现将《2022年人大代表建议政协提案办理要求》印发给你们"), each read loosely, with
    the index of the letter's line."""
    names: dict[str, int] = {}
    for index in range(limit):
        text = tokens[index].line.text
        for match in P.BOOK_TITLE_RE.finditer(text):
            # (a line names the one document just before the words that hand it over:
            # "《2016年…总结》和《2017年…要点》印发给你们" has its 要点 for a title)
            if _hands_over(text, match, joined=False):
                names.setdefault(_loosely(match["name"]), index)
        # (and a notice's title that hands one over: "关于转发《X》的通知", also after its
        # 文号 in a page's book brackets: "渝府办发〔2017〕138号《…关于印发X的通知》")
        named = P.DOC_NUMBER_RE.sub("", text, count=1) if P.DOC_NUMBER_RE.match(text) else text
        named = unbracketed(named.strip())
        issued = title_issued_by(named) if P.NOTICE_TITLE_RE.match(named) else None
        if issued:
            names.setdefault(_loosely(issued), index)
    return names


def _handed_over_above(tokens: Sequence[Token], title_at: tuple[int, int]) -> bool:
    """Whether the title's line is the document a cover letter above it hands over."""
    first = title_at[0]
    return _named_by_the_letter_above(tokens[first], first, _handed_over_names(tokens, first))


def _named_by_the_letter_above(token: Token, index: int, handed: dict[str, int]) -> bool:
    """A line that is the document the cover letter above hands over, whatever kind of
    plan its name says it is: "现将《X办理要求》印发给你们" / … / "X办理要求"."""
    if token.kind is not Kind.TEXT:
        return False
    at = handed.get(_loosely(_title_words(token.line.text)))
    return at is not None and at < index


def _with_masked_name_above(tokens: Sequence[Token], first: int) -> int:
    """``first``, moved up over a template's masked title that a copy broke into
    lines, as it sets each field apart ("XX" / "县" / "2019" / "年乡风文明建设…"):
    the bare year its 年 lost, then the place's end and its mask, both or neither."""
    if tokens[first].line.text.startswith("年") and _line_above_matches(
        tokens, first, P.BARE_YEAR_LINE_RE
    ):
        first -= 1
    if not P.BARE_YEAR_LINE_RE.match(tokens[first].line.text):
        return first
    if _line_above_matches(tokens, first, P.PLACE_END_LINE_RE) and _line_above_matches(
        tokens, first - 1, P.MASK_LINE_RE
    ):
        return first - 2
    return first


def _line_above_matches(tokens: Sequence[Token], index: int, pattern: re.Pattern[str]) -> bool:
    return (
        index > 0
        and tokens[index - 1].kind is Kind.TEXT
        and pattern.match(despaced(tokens[index - 1].line.text)) is not None
    )


def _menu_word_over_a_place(tokens: Sequence[Token], index: int) -> bool:
    """A page's menu word ("企业") over a line that opens with the title's place."""
    above, text = despaced(tokens[index - 1].line.text), tokens[index].line.text
    body = P.LEADING_BODY_RE.match(text)
    return (
        len(above) <= MAX_MENU_WORD_LEN
        and P.TITLE_ABOUT_RE.match(above + text) is None
        and P.TITLE_ABOUT_RE.match(text) is None
        and body is not None
        and bool(body["place"])
    )


# A page's menu sets its words a line each: "采购" / "产品" / "供应" / "企业".
MAX_MENU_WORD_LEN = 2


def _subject_over_a_bare_year_title(tokens: Sequence[Token], title: int) -> bool:
    """ "区农业农村工作" / "2022年工作要点": a title line of nothing but its year and
    kind says nothing of whose plan it is; the short line just above, which names
    the subject and has no kind of its own, is the title's upper half."""
    text = despaced(tokens[title].line.text)
    # (a government's work report names whose it is: "2018年政府工作报告")
    if (
        title == 0
        or not P.BARE_YEAR_TITLE_RE.fullmatch(text)
        or P.GOVERNMENT_REPORT_END_RE.search(text)
    ):
        return False
    above = tokens[title - 1]
    return (
        _is_title_fragment(above)
        and P.PLAN_KIND_RE.search(above.line.text) is None
        and P.TITLE_YEAR_RE.search(above.line.text) is None
    )


def _upper_half_the_letter_names(tokens: Sequence[Token], title: int) -> bool:
    """A line over a title that opens with its year is its upper half when the cover
    letter above hands the plan over by the two lines' words together: "现将《中山市医疗
    保障局贯彻落实…市政府办公室2022年政务公开工作要点分工方案》印发你们" over
    "中山市医疗保障局贯彻落实…市政府办公室" / "2022年政务公开工作要点分工方案" (an upper
    half ending in an office's name, which alone reads as a signature)."""
    return _upper_lines_the_letter_names(tokens, title, 1)


def _upper_lines_the_letter_names(tokens: Sequence[Token], title: int, lines: int) -> bool:
    """Whether the ``lines`` lines over the title's last line are its upper part, the
    letter above handing the plan over by their words together (a long name a page set
    in three lines: "荆州市沙市区国民经济和" / "社会发展第十四个五年规划和二〇三五年远景" /
    "目标纲要任务分工方案")."""
    top = title - lines
    if top < 1 or any(t.kind is not Kind.TEXT for t in tokens[top:title]):
        return False
    letter = "".join(t.line.text for t in tokens[:top] if t.kind is Kind.TEXT)
    handed = title_from_letter(letter, cited=False)
    # (or a notice title above hands it over: "…关于印发重庆市贯彻落实国务院“十三五”旅游业
    # 发展规划重点任务分工的通知" over "重庆市贯彻落实国务院" / "“十三五”旅游业…分工")
    names = [*([_loosely(handed)] if handed else []), *_handed_over_names(tokens, top)]
    words = _loosely("".join(t.line.text for t in tokens[top : title + 1]))
    return any(name.startswith(words) for name in names)


def _body_over_its_field_title(tokens: Sequence[Token], title: int) -> bool:
    """ "长白朝鲜族自治县教育局" / "基础教育2019年工作计划": a body's name over a title
    that opens with a field of work, not with a body or place of its own."""
    text = tokens[title].line.text
    return (
        title > 0
        and _is_body_fragment(tokens[title - 1])
        and P.FIELD_THEN_YEAR_RE.match(text) is not None
        and P.LEADING_BODY_RE.match(text) is None
        and P.ISSUER_RE.match(text) is None
    )


def _issuer_over_a_bare_title(tokens: Sequence[Token], title: int) -> bool:
    """ "宜人社发〔2014〕39号" / "宜章县人力资源和社会保障局" / "规范权力运行制度建设工作方案":
    a body's name under the 文号, over a title that names no body and no year, is the
    title's upper half, as a document sets a long title; so is one under the label of
    the attachment that is the plan ("附件:" / "苏州技师学院" / "“十三五”发展目标与规划")."""
    if title < 2:
        return False
    above, body, text = tokens[title - 2], tokens[title - 1], tokens[title].line.text
    return (
        body.kind is Kind.TEXT
        and (
            P.DOC_NUMBER_RE.fullmatch(above.line.text) is not None
            or P.ATTACHMENT_LABEL_ALONE_RE.match(above.line.text) is not None
        )
        and P.ISSUER_RE.match(body.line.text) is not None
        and title_parts(text) == (None, None)
        and not text.startswith(("关于", "關於"))
    )


def _joint_issuer_above(tokens: Sequence[Token], first: int) -> bool:
    """Whether a second issuer stands over the one that opens a "关于…" title: joint
    issuers stacked a line each, as a Party committee and its government sign."""
    if first == 0:
        return False
    above, opener, title = tokens[first - 1], tokens[first], tokens[first + 1]
    return (
        above.kind is Kind.TEXT
        and P.ISSUER_RE.match(above.line.text) is not None
        and P.ISSUER_RE.match(opener.line.text) is not None
        and title.line.text.startswith(("关于", "關於"))
    )


def _heads_a_column(tokens: Sequence[Token], index: int) -> bool:
    """A kind word alone in a table's header row: "重点工作" / "主要" / "任务" /
    "工作措施" / "责任单位", or after the row's number column: "序号" / "|" / "工作任务"."""
    return _is_kind_only(tokens[index].line.text) and (
        any(
            P.UNIT_COLUMN_RE.fullmatch(t.line.text) for t in tokens[index + 1 : index + _HEADER_ROW]
        )
        or any(
            P.TABLE_NUMBER_RE.match(t.line.text.strip(P.TABLE_CELL_PADDING))
            for t in tokens[max(0, index - _HEADER_ROW) : index]
        )
    )


def _kind_over_a_named_handover(
    tokens: Sequence[Token], index: int, handed: dict[str, int]
) -> bool:
    """A kind word alone over a letter that hands over a plan by its name: the page's
    column ("区域规划" / "…关于印发《成都都市圈发展规划》的通知"), not the plan's title."""
    return _is_kind_only(tokens[index].line.text) and any(
        index < at and not _is_kind_only(name) for name, at in handed.items()
    )


# How many cells a table's header row spans after its first.
_HEADER_ROW = 6


def _about_line_under_issuer(tokens: Sequence[Token], title: int) -> bool:
    """A title set over three lines, as official documents set a long one: the body,
    "关于" and the first words, then the rest with the kind."""
    if title < 2:
        return False
    about, issuer = tokens[title - 1], tokens[title - 2]
    text = P.GLOSS_RE.sub("", about.line.text)
    return (
        text.startswith(P.ABOUT_WORDS)
        and _is_title_fragment(about)
        and P.PLAN_KIND_RE.search(text) is None
        and issuer.kind is Kind.TEXT
        and P.ISSUER_RE.match(issuer.line.text) is not None
        and not issuer.line.text.endswith(("文件", "通知"))
    )


def _upper_half_after_notice(tokens: Sequence[Token], title: int) -> bool:
    """A short line between the signed notice and the title is the title's upper half:
    "2021年3月15日" / "全面推进乡村振兴" / "加快农业农村现代化的实施方案"."""
    if title < 2:
        return False
    above, before = tokens[title - 1], tokens[title - 2]
    lower = tokens[title].line.text
    return (
        # A lower line that names its body or year is a whole title: "(本文有删减)" /
        # "天津市贯彻落实…实施方案".
        P.LEADING_BODY_RE.match(lower) is None
        and P.PROVINCE_SHORT_RE.match(lower) is None
        and P.TITLE_YEAR_RE.search(lower) is None
        and not above.line.text.startswith(("(", "（"))
        and before.kind in _HEADER_KINDS
        and _is_title_fragment(above)
        and P.PLAN_KIND_RE.search(above.line.text) is None
        and P.ISSUER_RE.match(above.line.text) is None
    )


def _opens_title(token: Token, below: Token | None = None) -> bool:
    text = token.line.text
    # (glosses read away: "關(guān)于…")
    # (or in book brackets: "中共湖北省委   湖北省人民政府" / "《关于加快…的若干意见》")
    if below is not None and P.GLOSS_RE.sub("", below.line.text).lstrip("《").startswith(
        P.ABOUT_WORDS
    ):
        # An issuer alone over "关于…的实施意见": "济宁市人民政府" / "关于持续深化…的实施意见".
        return P.ISSUER_RE.match(text) is not None and not text.endswith(("文件", "通知"))
    if below is not None and _about_upper_half(token, below):
        return True
    if below is not None and _restates_its_opening(text, below.line.text):
        return False
    # (an upper half may break off after a list's 、: "…柴油货车污染治理、" / "臭氧污染…方案";
    # a 、 closing the line says the list goes on below, though no body opens it:
    # "贯彻《“健康中国2030”规划纲要》、" / "实施《…》2017年行动计划"; a slogan's 、 in its
    # quotes is the slogan's: "银川市城市“规划水平、基本功能、品质品位”")
    words = P.QUOTED_RE.sub("“”", text)
    return (
        token.kind is Kind.TEXT
        and _is_fragment_text(words[:-1] if words.endswith(("、", ",", "，")) else words)
        and (
            text.endswith("、")
            or _goes_on_below(token)
            or (P.TITLE_ABOUT_RE.match(text) or P.LEADING_BODY_RE.match(text)) is not None
            # (or the year, then its subject: "2018年省政府“重实干、强执行、抓落实”")
            or P.TITLE_OPENS_WITH_YEAR_RE.match(text) is not None
        )
        # (a whole document's name is no upper half: "温州市创新券管理办法" over a plan)
        and not text.endswith(("文件", "通知", "办法", "辦法", "规定", "規定", "条例", "條例"))
        # (nor a page's headline that says it shows the whole text: "農業農村部一號文件
        # 發布(全文)" over "農業農村部關于…的實施意見")
        and P.TITLE_PAGE_NOTE_RE.search(text) is None
        and P.PLAN_KIND_RE.search(P.BOOK_TITLE_RE.sub("", text)) is None
        and P.ISSUER_RE.match(text) is None
        # (nor a signature glued to its date: "江城省人民政府办公厅2022年3月26日")
        and P.SIGNED_GLUED_DATE_RE.match(text) is None
    )


# The conjunctions a title's line may break at, before or after the break.
_TITLE_JOINS = ("和", "与", "與", "及")


def _middle_of_a_title(tokens: Sequence[Token], index: int) -> bool:
    """A title's middle line, broken at a conjunction under its upper half:
    "松阳县国民经济" / "和社会发展" / "第十三个五年规划纲要"."""
    text = tokens[index].line.text.strip()
    return (
        index > 0
        and tokens[index].kind is Kind.TEXT
        and text.startswith(_TITLE_JOINS)
        and _is_fragment_text(text)
        and P.PLAN_KIND_RE.search(text) is None
        and _opens_title(tokens[index - 1], tokens[index])
    )


def _restates_its_opening(upper: str, lower: str) -> bool:
    """A whole title under a line that opens with the same words is that line's title
    restated, not its lower half: "…2026年度涉企行政检查计划及涉企行政检查事项清单" (a
    headline of two documents) over "…2026年度涉企行政检查计划"."""
    return (
        len(upper) > RESTATED_OPENING_LEN
        and lower[:RESTATED_OPENING_LEN] == upper[:RESTATED_OPENING_LEN]
        and is_title_text(lower)
    )


# A title's lower half never opens with the same words as the line above it: this
# many characters alike is the title said again.
RESTATED_OPENING_LEN = 6


def _goes_on_below(token: Token) -> bool:
    """A title's line broken after a conjunction, or after a year that names no plan
    of its own: "…国民经济和社会发展第十四个五年规划和" over "2035年远景目标纲要",
    "…第十四个五年规划和2035年" over "远景目标纲要"."""
    text = token.line.text.rstrip()
    return (
        token.kind is Kind.TEXT
        and (text.endswith(_TITLE_JOINS) or P.CONJOINED_YEAR_END_RE.search(text) is not None)
        and _is_fragment_text(text)
        and P.ISSUER_RE.match(text) is None
    )


def _headline_of(upper: str, title: str) -> bool:
    """A page's headline that restates the title below it cut short: "安徽貫徹落實大別山
    革命老區振興發展規劃" over "安徽省貫徹落實大別山革命老區振興發展規劃實施方案" (a
    title restated whole, or with a note after it, is the title's own line); or without
    the body's name, its posting date after it: "2024年教育局工作要点 2024-03-22"."""
    # (a headline the page dated, "2024年教育局工作要点 2024-03-22", is a page's line
    # for sure: it may restate the title without the body's name)
    headline = _without_page_tail(upper)
    dated = headline != upper
    if len(headline) < MIN_RESTATED_LEN:
        return False
    matcher = difflib.SequenceMatcher(None, headline, title, autojunk=False)
    blocks = [block for block in matcher.get_matching_blocks() if block.size]
    same = sum(block.size for block in blocks)
    # (the title goes on past the headline's end with its own kind: a headline cut short;
    # or it holds every word of the headline and more: a headline that left out the
    # body's name, "2024年教育局工作要点" over "2024年杨浦区教育局工作要点")
    goes_on = bool(blocks) and blocks[-1].b + blocks[-1].size < len(title) - 1
    shortened = dated and same == len(headline) < len(title)
    return same >= len(headline) * RESTATED_SHARE and (goes_on or shortened)


# How far below a page's headline the title it restates stands (lines of the
# page's metadata between them).
_HEADLINE_GAP = 3
# ... and a catalogue's entry, its filing lines and a cover's title of up to three
# lines between them.
_CATALOGUE_GAP = 12
# A headline restates a title when nine in ten of its characters, at least eight,
# come again in order in the title below it.
MIN_RESTATED_LEN = 8
RESTATED_SHARE = 0.9


def _about_upper_half(token: Token, below: Token) -> bool:
    """ "关于在全州开展“收好官,开好局”" over "专项行动实施方案": a title that names no
    body opens with 关于, its lower half the kind (a comma may stand in its quotes)."""
    text = P.QUOTED_RE.sub("“”", token.line.text)
    return (
        token.kind is Kind.TEXT
        and text.startswith(P.ABOUT_WORDS)
        and "印发" not in text
        and "印發" not in text
        and _is_fragment_text(text)
        # (a kind inside it, its words going on, is the subject's: "关于…2021年国民经济和
        # 社会发展计划执行情况与2022年国民经济和社会" / "发展计划草案的报告(草案)")
        and (
            (
                P.PLAN_KIND_RE.search(text) is None
                and P.PLAN_KIND_END_RE.search(below.line.text) is not None
            )
            or (_kind_inside_goes_on(text) and is_title_text(below.line.text))
        )
    )


def _kind_inside_goes_on(text: str) -> bool:
    """Whether the kinds ``text`` names are inside it, the line going on past the last
    with no 的 to close the title ("…发展计划执行情况与2022年国民经济和社会")."""
    kinds = list(P.PLAN_KIND_RE.finditer(text))
    rest = text[kinds[-1].end() :] if kinds else ""
    return bool(rest) and "的" not in rest and P.PLAN_KIND_END_RE.search(text) is None


def _ends_title(token: Token) -> bool:
    """A line under the title that finishes it: its kind, its span, or its year.

    A line that is a whole title of its own (a page's headline repeated, "中国科协
    2013年科普工作要点" twice) does not continue the one above it.
    """
    text = despaced(token.line.text)
    if (
        P.TITLE_YEAR_LINE_RE.match(text)
        or P.TITLE_EDITION_LINE_RE.match(text)
        or P.TITLE_TERM_LINE_RE.match(text)
        or P.TITLE_SPAN_LINE_RE.fullmatch(text)
        or P.LOST_SPAN_LINE_RE.fullmatch(text)
    ):
        return True
    # The kind may stand before the plan's span: "实施方案(2021-2025年)".
    words = P.TITLE_SPAN_END_RE.sub("", P.GLOSS_RE.sub("", text))
    return (
        _is_title_fragment(token)
        and P.PLAN_KIND_END_RE.search(words) is not None
        and P.TITLE_YEAR_RE.search(text) is None
        and P.POSTED_DAY_OPENING_RE.match(text) is None
        # (never the plan's opening sentence, cut by a PDF's width after a document's
        # name: "为贯彻落实《知识产权强国建设纲要(2021—2035年)" / "》和…")
        and P.PURPOSE_OPENING_RE.match(text) is None
    )


def _about_title_goes_on(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A title that opens with 关于 is not whole before its 的, even where a line of it
    ends with a kind: "关于海南省2021年国民经济和社会发展计划" / "执行情况与2022年国民经济
    和社会发展" / "计划的报告". It goes on where the next line, or the two next, close it
    with its 的 and the kind of document it is."""
    upper = "".join(despaced(token.line.text) for token in tokens[first : last + 1])
    if not upper.startswith(P.ABOUT_WORDS) or "的" in upper:
        return False
    joined = upper
    for below in tokens[last + 1 : last + 3]:
        if not _is_title_fragment(below):
            return False
        joined += despaced(below.line.text)
        if P.CLOSED_ABOUT_TITLE_RE.search(joined) and is_title_text(joined):
            return True
    return False


def _finishes_a_cut_title(tokens: Sequence[Token], last: int) -> bool:
    """The line under ``last`` holds the end of a title a page's width cut inside a
    word: inside its kind ("…重点工作任务责任分解方" / "案", "…部门分工的" / "意见") or
    its span ("…三年行动计划(2023—2025" / "年)", "…实施方案(2023" / "—2025年)").

    Only where the line above does not end as a title does (no kind at its end, or a
    bracket left open), and the two read as one title that does.
    """
    if last + 1 >= len(tokens):
        return False
    upper = despaced(tokens[last].line.text)
    lower = despaced(tokens[last + 1].line.text)
    # (a span's second year with its dash reads as a dash point: "…方案(2023" / "—2025年)")
    if tokens[last + 1].kind is not Kind.TEXT and not (
        tokens[last + 1].kind is Kind.DASH and P.SPAN_END_LINE_RE.fullmatch(lower)
    ):
        return False
    joined = upper + lower
    return (
        # (only a long line reaches a page's width: "…工作" / "打算" are a title's words
        # a copy set a line each)
        len(upper) >= MIN_WRAPPED_LEN
        and len(lower) <= MAX_CUT_TITLE_TAIL_LEN
        and P.TITLE_CUT_TAIL_RE.fullmatch(lower) is not None
        # (a short title under a note or a date is whole: "(此件公开发布)" / "健康黔南行动
        # 实施方案")
        and not is_title_text(lower)
        and not upper.startswith(("(", "（"))
        and (_opens_a_bracket(upper) or not _ends_as_a_title(upper))
        and not _opens_a_bracket(joined)
        and _ends_as_a_title(joined)
        and is_title_text(joined)
    )


def _cut_notice_title(tokens: Sequence[Token], index: int) -> bool:
    """The upper part of a notice's title that a page's width cut before its end:
    "…重点工作任务的通" / "知", "…和为民办实事的" / "通知" (no plan title, though it
    names a kind)."""
    if index + 1 >= len(tokens) or tokens[index + 1].kind is not Kind.TEXT:
        return False
    upper = tokens[index].line.text
    lower = despaced(tokens[index + 1].line.text)
    joined = upper + lower
    return (
        len(upper) >= MIN_WRAPPED_LEN
        and len(lower) <= MAX_CUT_TITLE_TAIL_LEN
        and not upper.endswith(P.NOTICE_ENDS)
        and joined.endswith(P.NOTICE_ENDS)
        and P.NOTICE_TITLE_RE.match(joined) is not None
    )


def _middle_of_a_notice_title(tokens: Sequence[Token], index: int) -> bool:
    """The plan's name in the middle of a notice title set in three lines: "…办公厅关于
    转发" / "四川省民族地区旅游产业发展规划" / "(2008—2012年)的通知" (the plan's own
    title stands below the notice)."""
    if not 0 < index < len(tokens) - 1:
        return False
    above, lower = tokens[index - 1], tokens[index + 1]
    if above.kind is not Kind.TEXT or lower.kind is not Kind.TEXT:
        return False
    opening, end = above.line.text.strip(), despaced(lower.line.text)
    joined = opening + tokens[index].line.text.strip() + end
    return (
        P.NOTICE_TITLE_START_RE.match(opening) is not None
        and P.NOTICE_TITLE_RE.match(opening) is None
        and len(end) <= MAX_NOTICE_TAIL_LEN
        and end.endswith(P.NOTICE_ENDS)
        and P.NOTICE_TITLE_RE.match(joined) is not None
    )


# The last line of a notice title set in three is short: the span and 的通知.
MAX_NOTICE_TAIL_LEN = 20
# The end of a cut title is short: a word's last characters, a span's.
MAX_CUT_TITLE_TAIL_LEN = 12


def _opens_a_bracket(text: str) -> bool:
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def _ends_as_a_title(text: str) -> bool:
    """Whether ``text`` ends as a title does: with its kind, perhaps its span after it
    and a note in brackets ("…实施方案(2021—2025年)", "…实施意见(试行)")."""
    words = P.TITLE_NOTE_END_RE.sub("", P.GLOSS_RE.sub("", text))
    words = P.TITLE_SPAN_END_RE.sub("", words).rstrip()
    return P.PLAN_KIND_END_RE.search(words) is not None


def _category_over_title(tokens: Sequence[Token], index: int) -> bool:
    text = tokens[index].line.text
    above = tokens[index - 1] if index > 0 else None
    return (
        _is_kind_only(text)
        and (P.PLAN_KIND_RE.fullmatch(text) or P.CATEGORY_KIND_RE.fullmatch(text)) is not None
        and (above is None or above.kind is Kind.CHROME or not _is_title_fragment(above))
    )


def _kind_said_again(title: str, below: str) -> bool:
    """Whether ``below`` is a kind alone that ``title`` already names."""
    kind = despaced(below).strip()
    return _is_kind_only(kind) and kind in despaced(title)


def _is_kind_only(text: str) -> bool:
    """A title line that is only the plan's kind: "工作實施方案", "工作要點"."""
    text = despaced(text)  # "实 施 意 见"
    # (its span after it: "实施方案(2023—2030年)")
    text = P.TITLE_SPAN_END_RE.sub("", text) or text
    rest = P.PLAN_KIND_RE.sub("", P.GLOSS_RE.sub("", text)).replace("工作", "")
    return len(rest) <= 2 and len(rest) < len(text)


def _headline_over_title(first: Token, second: Token) -> bool:
    # A page's short headline over the plan's full title: ">>市科协重点工作" /
    # "2021年度丽水市科学技术协会重点工作"; the title is the one with the year, or
    # the one that names its body ("2025-2026学年度上学期工作计划" / "开原市城东镇中学
    # 学校工作计划").
    first_text, second_text = first.line.text, second.line.text
    return (
        (P.TITLE_YEAR_RE.search(first_text) is None and bool(P.TITLE_YEAR_RE.search(second_text)))
        or (_leading_body(first_text) is None and _leading_body(second_text) is not None)
        or first_text == second_text
    )


def _restated_below_without_its_note(tokens: Sequence[Token], first: int, second: int) -> bool:
    """A page's headline that closes with the draft's note the title below it sets on a
    line of its own: "…事业发展“十三五”规划(草案)" / "编稿时间:…" / "…事业发展 “十三五”规划"
    / "(草  案)" (the plan's own title line is the title)."""
    upper = tokens[first].line.text.strip()
    note = P.TITLE_NOTE_END_RE.search(upper)
    return (
        note is not None
        and second - first <= _HEADLINE_GAP
        and _loosely(upper[: note.start()]) == _loosely(tokens[second].line.text)
    )


def _restated_below(tokens: Sequence[Token], first: int, second: int) -> bool:
    """A page's headline, then the plan's own title of the same kind over its text:
    "2022年教育部思政司工作要点" / "本期导读" / "教育部思想政治工作司工作要点"; the
    title may be set a character at a time: "2020年度捐助計劃" / "美 國 康 德 基 金 會
    2020 年 度 捐 助 計 劃"."""
    upper, lower = tokens[first].line.text, despaced(tokens[second].line.text)
    kind_upper = P.PLAN_KIND_END_RE.search(upper)
    kind_lower = P.PLAN_KIND_END_RE.search(lower)
    return (
        kind_upper is not None
        and kind_lower is not None
        and kind_upper.group() == kind_lower.group()
        and second - first <= 3
        and all(t.kind is Kind.TEXT and len(t.line.text) <= 10 for t in tokens[first + 1 : second])
        and title_parts(lower)[0] is not None
        # (not the same title with the marks a copy lost, "小学2020~2021学年…工作计划"
        # over "小学20202021学年…工作计划": the headline is the whole one)
        and not (len(lower) < len(upper) and _words_only(lower) == _words_only(upper))
    )


def _restated_in_its_own_marks(tokens: Sequence[Token], first: int, second: int) -> bool:
    """A page's headline, its filing lines, then the plan's own title again in the
    document's own marks: "…三年行动计划(2022-2024年)" / "发布时间:2022-08-12" / … /
    "…三年行动计划(2022—2024年)". The document's line is the title (the same line word
    for word is either, and stays the first)."""
    upper, lower = tokens[first].line.text.strip(), tokens[second].line.text.strip()
    return (
        upper != lower and second - first <= _CATALOGUE_GAP and _loosely(upper) == _loosely(lower)
    )


def _short_name_over_the_formal_title(tokens: Sequence[Token], first: int, second: int) -> bool:
    """A file's or a page's short name for the plan right over its formal title, which
    names the same body and says what it is about: "扬州大学深化综合改革方案" / "扬州大学
    关于全面深化综合改革的实施意见" (a sharing site glues its file's name on)."""
    upper, lower = tokens[first].line.text.strip(), tokens[second].line.text.strip()
    about = P.TITLE_ABOUT_RE.match(lower)
    return (
        second == first + 1
        and about is not None
        and P.TITLE_ABOUT_RE.match(upper) is None
        and upper[:SHARED_BODY_LEN] == lower[:SHARED_BODY_LEN]
        and _ends_with_a_kind(upper)
        and _ends_with_a_kind(lower)
    )


def _ends_with_a_kind(text: str) -> bool:
    return P.PLAN_KIND_END_RE.search(text) is not None or text.endswith("方案")


# How many characters of a body's name two titles share at their start.
SHARED_BODY_LEN = 4


def _words_only(title: str) -> str:
    return P.NOT_WORD_RE.sub("", title)


def _headline_short_of_the_body(tokens: Sequence[Token], first: int, second: int) -> bool:
    """A page's headline that is the plan's title without the body's name, over the
    title that names it (a preview's page number perhaps glued before it):
    "2007年招生工作方案" / … / "1湖南电子科技职业学院2007年招生工作方案"."""
    headline, lower = _loosely(tokens[first].line.text), _loosely(tokens[second].line.text)
    body = lower[: -len(headline)] if headline and lower.endswith(headline) else ""
    return (
        second - first <= _HEADLINE_GAP + 1
        and _leading_body(headline) is None
        and P.BODY_NAME_END_RE.search(body) is not None
    )


def _kind_added_to_the_title(tokens: Sequence[Token], first: int, second: int) -> bool:
    """A document site's headline that is the plan's own title with the site's
    category for it added, over that title: "民政局2022年工作思路工作计划" / … /
    "民政局 2022 年工作思路"."""
    headline, lower = _loosely(tokens[first].line.text), _loosely(tokens[second].line.text)
    added = headline[len(lower) :] if lower and headline.startswith(lower) else ""
    return (
        second - first <= _HEADLINE_GAP + 1
        and P.PLAN_KIND_END_RE.search(lower) is not None
        and P.PLAN_KIND_END_RE.fullmatch(added) is not None
    )


def _headline_over_split_title(tokens: Sequence[Token], first: int, second: int) -> bool:
    """A page's headline over the plan's own title, split in two and worded alike:
    "秦皇岛市山海关长城博物馆2023年工作计划" / … / "秦皇岛市山海关长城博物馆" /
    "2023年度工作计划"."""
    lower = tokens[second].line.text
    if second - first < 2 or not P.TITLE_OPENS_WITH_YEAR_RE.match(lower):
        return False
    upper = tokens[second - 1]
    headline = _loosely(tokens[first].line.text)
    # (the headline may name the body short: "枣庄二中2022-2023学年度…" over
    # "枣庄市第二中学" / "2022—2023学年度…"; the words from the year on agree)
    tail = _loosely(lower)
    short = headline[: -len(tail)] if headline.endswith(tail) else ""
    return _is_body_fragment(upper) and (
        headline == _loosely(upper.line.text + lower)
        or (len(tail) >= MIN_SHARED_TAIL and _short_name_of(short, upper.line.text))
    )


def _headline_over_a_title_that_names_its_body(
    tokens: Sequence[Token], first: int, second: int
) -> bool:
    """A page's headline that names no body, over the plan's own title split in two,
    its body above its year, for the same year: "2008年政府工作计划" / "发布时间:…" /
    "上谷乡人民政府" / "2008年工作谋划"."""
    lower = tokens[second].line.text
    if second - first < 2 or not P.TITLE_OPENS_WITH_YEAR_RE.match(lower):
        return False
    upper = tokens[second - 1]
    headline = tokens[first].line.text
    body, year = title_parts(upper.line.text + lower)
    return (
        _is_body_fragment(upper)
        and body is not None
        and _leading_body(headline) is None
        and year is not None
        and title_parts(headline)[1] == year
    )


def _headline_restated_after_its_body(tokens: Sequence[Token], first: int, second: int) -> bool:
    """A page's headline that names no body, over the plan's own title split in two that
    says the same words after its body: "2022-2023学年度第一学期德育工作计划" / … /
    "泰山学院附属中学2022-2023学年度" / "第一学期德育工作计划"."""
    if second - first < 2:
        return False
    headline = _loosely(tokens[first].line.text)
    whole = _loosely(tokens[second - 1].line.text + tokens[second].line.text)
    body = whole[: -len(headline)] if whole.endswith(headline) else ""
    return (
        _is_fragment_text(body)
        and P.BODY_NAME_END_RE.search(body) is not None
        and _leading_body(tokens[first].line.text) is None
    )


def _short_name_of(short: str, name: str) -> bool:
    """ "枣庄二中" names "枣庄市第二中学" short: its characters in order, not its opening
    alone ("上海市" over "上海市区级人民政府" names another body)."""
    short = P.TITLE_PREFIX_RE.sub("", short)
    if len(short) < 2 or name.startswith(short):
        return False
    return in_order(short, name)


def in_order(short: str, name: str) -> bool:
    """Whether every character of ``short`` stands in ``name``, in order, as a short
    name's do in the full name ("福建省食品药品监管局" in "…监督管理局")."""
    rest = iter(name)
    return all(char in rest for char in short)


# How long a lower half a headline must end with to restate the title.
MIN_SHARED_TAIL = 8


def _loosely(title: str) -> str:
    # "2023年度" and "2023年" name one year; spaces are layout; dashes of a span alike.
    return P.SPAN_DASH_RE.sub("-", "".join(title.split()).replace("年度", "年"))


def _whole_title_over_the_body(tokens: Sequence[Token], first: int, last: int, limit: int) -> bool:
    """A document-sharing page's headline names another year's plan; the plan's own
    title stands over its text (a headline for the same year stays the title):
    "屏東縣政府九十四年度施政計畫目標與重點" / … /
    "屏東縣政府101年度施政計畫目標與重點及衡量指標" / "壹、民政類"."""
    upper, lower = tokens[first].line.text, tokens[last].line.text
    return (
        # (a part's heading may stand between: "壹、民政類")
        limit - last <= 2
        and all(len(t.line.text) <= 12 for t in tokens[last + 1 : limit])
        and None not in (upper_year := title_parts(upper)[1], lower_year := title_parts(lower)[1])
        and upper_year != lower_year
        and title_parts(lower)[0] is not None
    )


def _site_headline_of(tokens: Sequence[Token], first: int, second: int) -> bool:
    # A page's headline over the title again, split: "…关于落实…的意见" over
    # "…关于" / "落实…的意见"; a browser-tab headline names the site after it
    # ("…的意见-湖南省人民政府门户网站").  The upper half of a split title must be the
    # headline's too: "上海市区级人民政府" / "2024年度…清单" under "上海市2024年度…清单"
    # heads a list of its own.
    # (spaces aside: a headline may keep the breaks of the title it restates as spaces,
    # "…关于建立更加有效的区域协调 发展新机制的实施意见")
    headline = unspaced(P.SITE_SUFFIX_RE.sub("", tokens[first].line.text))
    lower = unspaced(tokens[second].line.text)
    upper = tokens[second - 1] if second - first > 1 else None
    split = False
    if upper is not None and _is_title_fragment(upper):
        lower, split = unspaced(upper.line.text) + lower, True
    shorter = len(lower) < len(headline)
    return headline.endswith(lower) and (
        shorter or split or headline != unspaced(tokens[first].line.text)
    )


def _cover_notice_between(tokens: Sequence[Token], first: int, second: int) -> bool:
    return any(
        P.NOTICE_TITLE_RE.match(t.line.text)
        or P.ADDRESSEE_RE.match(t.line.text)
        or t.kind is Kind.DATE
        for t in tokens[first + 1 : second]
    )


def _title_words(text: str) -> str:
    return P.TITLE_TOOLS_TAIL_RE.sub("", read_once(despaced(P.TITLE_LABEL_RE.sub("", text))))


def _unspaced_title_words(text: str) -> str:
    return "".join(_title_words(text).split())


def _title_after_signed_letter(
    tokens: Sequence[Token], *, bullets: bool = True
) -> tuple[int, int] | None:
    """A plan title after a cover letter that numbers its own points.

    Some letters list requirements as "一、提高认识……" before the issuer and
    date; the plan title then follows the date.  It counts only there, and
    only when outline markers follow it.
    """
    signed = next((i for i, t in enumerate(tokens) if t.kind is Kind.DATE), None)
    if signed is None:
        return None
    found = _find_title(tokens[signed + 1 :], len(tokens) - signed - 1)
    if found is None or _first_outline(tokens, signed + 1 + found[1], bullets=bullets) == len(
        tokens
    ):
        return None
    return signed + 1 + found[0], signed + 1 + found[1]


def _title_right_below(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int] | None:
    """A plan title on the line at ``start`` (perhaps wrapped below it), before ``end``."""
    found = _find_title(tokens[start:end], min(end - start, 1))
    if found is None or found[0] != 0:
        return None
    return start + found[0], start + found[1]


def _first_outline(tokens: Sequence[Token], start: int, *, bullets: bool = True) -> int:
    """The first outline marker from ``start``; bullets count where nothing is numbered.

    The numbered lines of a cover notice's attachment list ("附件：1.…" /
    "2.市《政府工作报告》…责任分解") name attachments; they open no plan.
    """
    kinds = _OUTLINE_KINDS
    if bullets and not any(t.kind in _OUTLINE_KINDS for t in tokens[start:]):
        kinds = {Kind.DASH}
    listing = False
    for index in range(start, len(tokens)):
        token = tokens[index]
        listing = token.kind is Kind.ATTACHMENT or (listing and _lists_an_attachment(token))
        if token.kind in kinds and not listing:
            return index
    return len(tokens)


def _lists_an_attachment(token: Token) -> bool:
    text = token.line.text
    short = len(text) <= MAX_TITLE_LEN
    return token.kind is Kind.ITEM and short and not P.SENTENCE_PUNCT_RE.search(text)


def _letter_points_end(tokens: Sequence[Token], first_outline: int, since: int = 0) -> int | None:
    """Where a cover letter's own numbered points end, if the outline opens with them.

    A notice that hands a plan over ("…关于印发…方案的通知") and says "现将《方案》印发
    给你们，并就有关事项通知如下" numbers what it asks ("一、高度重视……"); those
    points, down to its signature, are the letter's, not the plan's.  Only a letter
    from ``since`` on counts: a notice above the plan's title handed that plan over,
    and the plan's own opening may end "…有关事项通知如下" before its sections.
    """
    if not since <= first_outline < len(tokens) or first_outline == 0:
        return None
    before = tokens[since:first_outline]
    if not before:
        return None
    # (its last paragraph, wrapped lines rejoined: a PDF's width may break the letter's
    # last sentence inside the name it hands over: "…现将《2021年济" / "宁市…分解表》印发…")
    letter = join_lines([t.line for t in before]).rsplit("\n", 1)[-1]
    hands_over = (
        P.HANDS_OVER_LETTER_RE.search(letter) is not None
        or any(_hands_a_plan_over(t.line.text) for t in before)
        or _plan_attached_after(tokens, first_outline)
    )
    # The letter leads into its points ("并就有关事项通知如下"), or hands the plan over
    # and then asks what such letters ask ("…现印发给你们。" / "一、高度重视,夯实责任").
    asks = P.LETTER_POINTS_RE.search(letter) is not None or (
        P.HANDS_OVER_LETTER_RE.search(letter) is not None
        and _asks_as_letters_do(
            tokens[first_outline], handed=bool(P.HANDED_TO_YOU_RE.search(letter))
        )
    )
    if not hands_over or not asks:
        return None
    signed = next(
        (i for i in range(first_outline, len(tokens)) if tokens[i].kind is Kind.DATE), None
    )
    if signed is not None:
        return signed
    # (an unsigned letter's points end where the plan it hands over opens with its
    # title: "三、请各区…报送我局。" / "智能工厂梯度培育行动实施方案" / "智能工厂通过…";
    # a title stands after a sentence's end, never inside a paragraph a PDF's width broke)
    titled = next(
        (
            i
            for i in range(first_outline + 1, len(tokens) - 1)
            if _is_title_line(tokens[i]) and completes_paragraph(tokens[i - 1].line.text)
        ),
        None,
    )
    return titled - 1 if titled is not None else len(tokens) - 1


def _hands_a_plan_over(text: str) -> bool:
    """A notice title that hands a plan over; not a page's headline that reports a
    notice issued ("三部门联合印发《关于…的通知》"), which is that notice's own news.  A
    reply that approves a plan hands it over too ("国务院关于东北地区振兴规划的批复" /
    … / "现批复如下:")."""
    if P.APPROVAL_TITLE_RE.match(text):
        return True
    if not (P.NOTICE_TITLE_RE.match(text) and P.HANDS_OVER_RE.search(text)):
        return False
    named = P.BOOK_TITLE_RE.search(text)
    reported = P.NOTICE_HEADLINE_RE.match(text) is not None
    return not (reported and named is not None and named["name"].endswith(P.NOTICE_ENDS))


def _plan_attached_after(tokens: Sequence[Token], first_outline: int) -> bool:
    """Whether the points are followed by an attachment line naming a plan, with no
    outline after it: "…通知如下:一、各牵头单位要按照《…分解表》(详见附件)…" /
    "附件:2007年三水区政府工作主要任务分解表".  The plan is the attachment; the points
    ask how to carry it out.  (A notice that is its own plan attaches a form: "回执".)"""
    attached = next(
        (i for i in range(first_outline, len(tokens)) if tokens[i].kind is Kind.ATTACHMENT), None
    )
    return (
        attached is not None
        and P.PLAN_KIND_RE.search(tokens[attached].line.text) is not None
        and not any(t.kind in _OUTLINE_KINDS for t in tokens[attached + 1 :])
    )


def _asks_as_letters_do(token: Token, *, handed: bool = False) -> bool:
    marked = P.SECTION_RE.match(token.line.text) or P.ITEM_RE.match(token.line.text)
    if marked is None:
        return False
    asks = P.LETTER_POINT_TITLE_RE.match(marked["rest"]) is not None
    return asks or (handed and P.LETTER_POINT_TITLE_HANDED_RE.match(marked["rest"]) is not None)


def _header_end_without_title(tokens: Sequence[Token], body: int) -> int:
    """With no plan title, the header ends at its last cover-notice line."""
    end = -1
    for index in range(body):
        token = tokens[index]
        text = token.line.text
        if (
            token.kind in _HEADER_KINDS
            # (the letter's issuer and date run together: "定西市发展和改革委员会 2021年12月16日")
            or signed_on_one_line(token) is not None
            or P.NOTICE_TITLE_RE.match(text)
            or P.ADDRESSEE_RE.match(text)
            or (P.DOC_NUMBER_RE.fullmatch(text) is not None)
            or P.COVER_LETTER_RE.search(text) is not None
        ):
            end = index
        elif P.NOTICE_TITLE_START_RE.match(text) and (
            extra := _split_notice_title_lines(tokens, index, body)
        ):
            end = index + extra
    if end >= 0 and end + 1 < body and P.ISSUER_RE.match(tokens[end + 1].line.text):
        end += 1  # an issuer line just after the letter's last sentence
    return end


def _split_notice_title_lines(tokens: Sequence[Token], index: int, body: int) -> int:
    """How many lines below ``index`` finish a notice title broken over lines, with no
    addressee under it: "商务部关于应对疫情进一步改革开放" / "做好稳外资工作的通知"; 0
    for none."""
    for extra in (1, 2):
        if index + extra >= body:
            break
        joined = "".join(t.line.text for t in tokens[index : index + extra + 1])
        if joined.endswith(P.NOTICE_ENDS) and P.NOTICE_TITLE_RE.match(joined):
            return extra
    return 0


def _closing_start(tokens: Sequence[Token], body: int) -> int:
    """Index where the lines after the plan body start (signature, date, …).

    An attachment line after the body ("附件：重点任务分工表") starts an
    appendix; it and all after it close the document.
    """
    appendix = next(
        (i for i in range(body + 1, len(tokens)) if tokens[i].kind is Kind.ATTACHMENT), None
    )
    index = appendix if appendix is not None else len(tokens)
    if appendix is None and _cut_after_the_signature(tokens, body):
        index -= 1
    signs_below = False  # (whether the line below is a date, a seal or a name that signs)
    while index > body:
        token = tokens[index - 1]
        nxt = tokens[index] if index < len(tokens) else None
        signs = (
            nxt is not None
            and (signs_below or nxt.kind in {Kind.DATE, Kind.SEAL})
            and names_an_issuer(token.line.text)
        )
        if (
            token.kind in _CLOSING_KINDS
            or signs
            or signed_on_one_line(token) is not None
            or _notes_the_first_leads(token)
        ):
            index -= 1
            signs_below = signs or token.kind in {Kind.DATE, Kind.SEAL}
        else:
            break
    return index


def _notes_the_first_leads(token: Token) -> bool:
    """A note after the plan's last task that the first unit of each list leads:
    "注：各项任务中排在第一位的为牵头单位，其他为配合单位。" (it closes the plan and
    holds for every task, so no task keeps it as its text)."""
    text = token.line.text.strip()
    label = P.RULE_NOTE_RE.match(text)
    rule = P.FIRST_LEADS_RE.search(text, label.end() if label else 0)
    # (without a note's label, only a line the rule opens, never a tag in brackets: a
    # wrapped task's last line, "…工作。（市发改委、市财政局，列第一位的为牵头单位）",
    # is the task's)
    opens = rule is not None and rule.start() <= _RULE_OPENS_WITHIN and text[:1] not in "(（【["
    return token.kind is Kind.TEXT and rule is not None and (label is not None or opens)


# How far into a line with no note's label the rule may start: "各项任务中,排在第一位的…".
_RULE_OPENS_WITHIN = 6


def signed_on_one_line(token: Token) -> re.Match[str] | None:
    """The issuer and the day on one line, as a web copy runs a signature together:
    "江城市科学技术协会　2025年3月1日" (only where the issuer ends as an office does)."""
    if token.kind is not Kind.TEXT:
        return None
    signed = P.SIGNED_DATE_RE.match(token.line.text)
    if signed is None or not P.ISSUER_RE.match(signed["issuer"].strip()):
        return None
    return signed


def _cut_after_the_signature(tokens: Sequence[Token], body: int) -> bool:
    """Whether the last line is a fragment a cut page left after the signed date."""
    if len(tokens) < body + 3:
        return False
    last, before = tokens[-1], tokens[-2]
    return (
        before.kind is Kind.DATE
        and last.kind is Kind.TEXT
        and P.CUT_DATE_FRAGMENT_RE.fullmatch(last.line.text) is not None
    )


@dataclass(frozen=True)
class Regions:
    """The notice's lines cut into header, title, preamble, body and closing."""

    header: Sequence[Token]
    title_at: tuple[int, int] | None
    preamble: Sequence[Token]
    body: Sequence[Token]
    closing: Sequence[Token]

    @classmethod
    def of(cls, tokens: Sequence[Token], *, bullets: bool = True) -> Regions:
        """Cut ``tokens`` into regions.

        Args:
            tokens: the notice's lines, classified, without page furniture.
            bullets: whether bullet lines may open the plan where nothing is
                numbered (not when the plan is a table read apart).
        """
        first_outline = _first_outline(tokens, 0, bullets=bullets)
        title_at = _find_title(tokens, first_outline) or _title_after_signed_letter(
            tokens, bullets=bullets
        )
        if title_at is not None:
            header_end = title_at[0] - 1
            body_start = _first_outline(tokens, title_at[1] + 1, bullets=bullets)
            # (a page's headline over a letter that hands the plan over and numbers
            # what it asks: the points are the letter's, read with it; not so under
            # the plan a letter above has handed over, whose opening may ask as a
            # letter does: "现提出如下要求:")
            points_end = (
                None
                if _handed_over_above(tokens, title_at)
                else _letter_points_end(tokens, body_start, since=title_at[1] + 1)
            )
            if points_end is not None:
                body_start = _first_outline(tokens, points_end + 1, bullets=bullets)
        else:
            header_end = _header_end_without_title(tokens, first_outline)
            body_start = first_outline
            points_end = _letter_points_end(tokens, first_outline)
            if points_end is not None:
                header_end = points_end
                body_start = _first_outline(tokens, points_end + 1, bullets=bullets)
                # (the plan's title under the signature, though an excerpt may stop
                # before its first heading: "2020年1月7日" / "《政府工作报告》重点工作责任分解")
                title_at = _title_right_below(tokens, points_end + 1, body_start)
        closing_start = _closing_start(tokens, max(body_start, header_end + 1))
        preamble_from = title_at[1] + 1 if title_at else header_end + 1
        preamble_to = min(body_start, closing_start)
        return cls(
            header=tokens[: header_end + 1],
            title_at=title_at,
            preamble=tokens[preamble_from:preamble_to],
            body=tokens[body_start:closing_start] if body_start < closing_start else [],
            closing=tokens[max(preamble_to, closing_start) :],
        )


def title_of(tokens: Sequence[Token], at: tuple[int, int] | None) -> tuple[str | None, Span | None]:
    if at is None:
        return None, None
    lines = [t.line for t in tokens[at[0] : at[1] + 1]]
    # A year line under the title, "(2024)", belongs to the title block, not its text.
    words = [
        _title_words(line.text)
        for line, below in zip(lines, [*lines[1:], None], strict=True)
        if not P.TITLE_YEAR_LINE_RE.match(line.text)
        # (a line the page printed twice is read once: "实 施 意 见" / "实 施 意 见")
        and not (below is not None and below.text == line.text)
    ]
    # (the issuers over a title the page set in book brackets: "中共湖北省委 湖北省人民政府"
    # / "《关于加快县域经济发展的若干意见》")
    if len(words) > 1 and P.ABOUT_OPENING_RE.match(words[-1].lstrip("《")):
        words[-1] = unbracketed(words[-1])
    # A table flattened to text leaves its cell bars: "洋縣2024年…項目清單|"; a news
    # site puts its category first: "政务服务丨…".
    title = "".join(words).strip(" |\t")
    if tokens[at[0]].kind is Kind.DASH:
        # (the one bullet a page opens with: "• 【投资滨江区】2018年…政府工作报告")
        title = P.CHROME_BULLET_RE.sub("", title)
    title = P.TITLE_PREFIX_RE.sub("", title)
    # (a catalogue's entry files the plan under its province, no part of its title:
    # "(湖北省)嘉鱼县…规划纲要")
    title = P.FILED_UNDER_RE.sub("", title)
    # (a preview's page number glued before the year: "12012年…实施方案")
    title = P.PAGE_BEFORE_YEAR_RE.sub("", title)
    # A row of a flattened table keeps the title's cell: "XX县2021年重点工作 | 发布日期 …".
    title = P.CELL_BREAK_RE.split(title, maxsplit=1)[0]
    # One page for a plan and last year's report: "…2025年工作要点和2024年工作总结".
    joined = P.PLAN_AND_REPORT_RE.match(title)
    if joined:
        title = joined["plan"]
    # A page's byline run onto the title: "…规划(2016-2020)中国科协 2016-08-12 |".
    byline = P.TITLE_BYLINE_RE.match(title)
    if byline:
        title = byline["title"]
    # (or its credit after a slash: "…近期工作重點/鄉公所提供")
    title = P.TITLE_CREDIT_RE.sub("", title)
    # A slogan over the title: "凝心聚力提质效协同创新谋新篇——剑湖实验学校…工作计划".
    title = P.SUBTITLE_DASH_RE.sub("", title).strip()
    slogan = P.SLOGAN_OVER_TITLE_RE.match(title)
    if slogan and P.PLAN_KIND_RE.search(slogan["title"]) and _stands_over_a_title(slogan):
        title = slogan["title"]
    title = unbracketed(_without_glued_author(_without_page_tail(_without_file_name(title))))
    # (a news headline that reports the plan issued names it after 印发)
    issued = P.HEADLINE_ISSUES_PLAN_RE.match(title)
    if issued and _ends_in_a_kind(issued["plan"]):
        title = issued["plan"]
    if P.FILE_NAME_RE.search(lines[0].text):
        title = _restated_under_its_file_name(title, tokens[at[1] + 1 : at[1] + _FILE_CARD_LINES])
    return title, span_of(lines)


# How far below a sharing site's file name its card's fields and first page run.
_FILE_CARD_LINES = 12


def _restated_under_its_file_name(title: str, below: Sequence[Token]) -> str:
    """The document's own title where a sharing site's name for its file restates it
    with words of the site's own, and the file's first page, run onto its text, opens
    with the title: "諸城市…行動計劃方案(2021-2022年)(18頁).docx" over
    "1、諸城市…行動計劃(2021-2022年)為提高…" (the text's title: up to the kind word
    both share, with the span the page gives after it)."""
    name = unspaced(P.FILE_PAGE_COUNT_RE.sub("", P.FILE_NAME_RE.sub("", title)))
    for token in below:
        text = P.PREVIEW_PAGE_MARK_RE.sub("", unspaced(token.line.text))
        shared = _shared_title_opening(name, text)
        if shared is None:
            continue
        span = P.TITLE_SPAN_LINE_RE.match(text, len(shared))
        return shared + span.group() if span else shared
    return title


# The least of a title a file's name and the text must share before the kind word.
_MIN_SHARED_TITLE = 8


def shared_opening(first: str, second: str) -> int:
    """How many characters two names open with alike."""
    return next(
        (i for i, (a, b) in enumerate(zip(first, second, strict=False)) if a != b),
        min(len(first), len(second)),
    )


def _shared_title_opening(name: str, text: str) -> str | None:
    """The opening a file's name and a text share, cut after its last kind word, where
    that leaves a title of some length that the name goes on past."""
    at = shared_opening(name, text)
    if at == len(name):
        # (the text restates the whole name: the name is the title)
        return None
    kinds = [m.end() for m in P.PLAN_KIND_RE.finditer(name[:at])]
    if not kinds or kinds[-1] < _MIN_SHARED_TITLE:
        return None
    return name[: kinds[-1]]


def _stands_over_a_title(slogan: re.Match[str]) -> bool:
    """Whether what stands before a title's dash is no part of it: a slogan with no kind
    word, or a site's category of plans with no year over a body's plan of a year
    ("全面工作计划及总结——金寨县残联2024年工作总结和2025年工作安排的报告"; a plan's
    part for a year, "…科普规划——2021年度实施方案", names no body of its own)."""
    if not P.PLAN_KIND_RE.search(slogan["slogan"]):
        return True
    # (a report of a year over its parts keeps its own: "二〇二五年財政年度施政報告——…")
    over = slogan["slogan"]
    if any(ch.isdigit() for ch in over) or P.TITLE_YEAR_RE.search(over):
        return False
    year = P.TITLE_YEAR_RE.search(slogan["title"])
    return year is not None and year.start() > 0


def _ends_in_a_kind(text: str) -> bool:
    """Whether ``text`` ends in a plan's kind, perhaps before its span: "…行动计划",
    "…规划(2016—2020年)"."""
    return _kind_at_the_end(text) is not None


def _kind_at_the_end(text: str) -> str | None:
    """The plan's kind ``text`` ends in, its span aside ("…规划(2016—2020年)": 规划)."""
    kind = P.PLAN_KIND_END_RE.search(P.TITLE_SPAN_END_RE.sub("", text))
    return kind.group() if kind else None


# The shortest whole title a file's name can be glued before.
_MIN_OWN_TITLE_LEN = 8


def _without_file_name(title: str) -> str:
    """The document's own title without a sharing site's file name glued before it:
    "镇河长制湖长制工作计划" + "XX镇2020年河长制湖长制工作安排" (two whole titles,
    the second naming its place and year)."""
    for at in range(len(title) - _MIN_OWN_TITLE_LEN, 1, -1):
        name, rest = title[:at], title[at:]
        if (
            _ends_in_a_kind(name)
            and name.count("《") == name.count("》")
            and name.count("“") == name.count("”")
            and P.LEADING_PLACE_YEAR_RE.match(rest) is not None
            and _ends_in_a_kind(rest)
            and _same_work(name, rest)
        ):
            return rest
    return title


# What two titles of one plan share besides their kind word: "河长制湖长制", "林业".
_MIN_SHARED_WORK = 2


def _same_work(name: str, title: str) -> bool:
    """Whether a file's name and a title name one work: a plan that names a national
    one before its own place ("…规划纲要" + "江城市2023年实施方案") names two."""
    name = P.PLAN_KIND_END_RE.sub("", name)
    title = P.PLAN_KIND_END_RE.sub("", title)
    matcher = difflib.SequenceMatcher(None, name, title, autojunk=False)
    shared = matcher.find_longest_match(0, len(name), 0, len(title))
    return shared.size >= _MIN_SHARED_WORK


def _without_glued_author(title: str) -> str:
    """The title without the page's author run into it: "高邮市人力资源和社会保障局" +
    "高邮市人力资源和社会保障事业“十四五”发展规划" (a plan of the place, not the bureau).

    Two offices of one place run together stay: "江城市科协江城市科技局2023年…" names
    both, as does "中共某市委 某市人民政府关于…".
    """
    author = P.LEADING_BODY_RE.match(title)
    if author is None or not author["place"] or not author["office"]:
        return title
    rest = title[author.end() :]
    plan = P.LEADING_BODY_RE.match(rest)
    glued = (
        plan is not None
        and plan["place"] == author["place"]
        and not plan["office"]
        and P.TITLE_ABOUT_RE.match(rest) is None
        and P.PLAN_KIND_RE.search(rest) is not None
    )
    return rest if glued else title


def _without_page_tail(title: str) -> str:
    """The title without what a page set after its kind word: "…工作要点 -某某国际",
    "…规划纲要(全文)"."""
    # (a dash left where a headline's part was cut off: "…施政重點 —" / "二. 加快…")
    title = P.DANGLING_DASH_RE.sub("", title)
    # (the kind may stand before the plan's span: "…行动方案(2022―2025年).doc"; or the
    # note is the month the plan was drawn up: "…工作方案 (二○一一年八月)")
    counted = False  # (a page's counter cut from a chapter's end: "…施政重點(2)")
    for note in (P.TITLE_PAGE_NOTE_RE, P.TITLE_DRAWN_UP_RE):
        noted = note.search(title)
        if noted and _ends_in_a_kind(title[: noted.start()]):
            counted = counted or P.PART_COUNTER_END_RE.search(noted.group()) is not None
            title = title[: noted.start()]
    # (a site may set two: its category, then its own name: "…工作要点_年度计划_福州市
    # 生态环境局"; a kind alone is a category, "年度计划")
    # (the site's name after its category: "…工作要点_政务公开_某市科学技术局", the
    # head that ends in the plan's kind is the title)
    head = title
    for _ in range(_MAX_PAGE_TAILS):
        tail = P.TITLE_TAIL_RE.search(head)
        # (a chapter of a report the page shows in parts, counted: "…施政報告—二○二五年
        # 施政總體方向…和施政重點(2)")
        chapter = tail is not None and (
            bool(tail["chapter"])
            or counted
            or P.PART_COUNTER_END_RE.search(tail["tail"]) is not None
        )
        counted = False  # (the counter closed the last tail only)
        if tail is None or (
            P.PLAN_KIND_RE.search(tail["tail"]) and not chapter and not _is_kind_only(tail["tail"])
        ):
            return title
        head = head[: tail.start()]
        # (the kind may stand before the plan's span: "…五年规划(2019-2023年)_建设")
        if _ends_in_a_kind(head):
            title = head
    return title


# How many tails a page sets after a title at most (a site, its category, an advert:
# "…实施方案_江南体育app_江南体育app下载_安卓通用版").
_MAX_PAGE_TAILS = 3


def title_from_letter(letter: str, *, cited: bool = True) -> str | None:
    """The plan's name in the cover letter's 《…》; a notice title quoted there
    ("《…关于印发〈X〉的通知》") gives the 〈X〉 it names.

    The plan the letter hands over ("现将《X》印发给你们") comes first; with
    ``cited``, failing that, the first plan it names ("按照《…分工方案》").
    """
    named = []
    for match in P.BOOK_TITLE_RE.finditer(letter):
        # (a copy may space the name from its brackets: "《 少先队改革方案》")
        name = match["name"].strip()
        if P.NOTICE_TITLE_RE.match(name):
            inner = P.INNER_TITLE_RE.search(name)
            name = inner["name"] if inner else ""
        if P.PLAN_KIND_RE.search(name):
            if _hands_over(letter, match):
                return name
            named.append(name)
    return named[0] if named and cited else None


def _hands_over(letter: str, match: re.Match[str], *, joined: bool = True) -> bool:
    """Whether the letter hands over the 《…》 at ``match``: "现将《X》印发给你们",
    "《X》已经…同意"; with ``joined``, also the first of several named together
    ("《X》和《Y》已经市政府同意,现印发给你们" sends X first, and its text follows)."""
    after = P.MORE_BOOK_TITLES_RE.match(letter, match.end()) if joined else None
    return bool(
        P.HANDED_OVER_BEFORE_RE.search(letter[: match.start()])
        or P.HANDED_OVER_AFTER_RE.match(letter[after.end() if after else match.end() :])
    )


def name_issued(notice_title: str | None) -> str | None:
    """The name of the document a notice title hands over, as written: "关于印发 2019年
    全市…任务分工的通知" gives "2019年全市…任务分工"; a document of other bodies it
    forwards is named without them ("批转省委宣传部、省司法厅《…规划》的通知" gives
    "《…规划》")."""
    issued = P.ISSUED_PLAN_RE.match(notice_title or "")
    if issued is None:
        return None
    name = str(issued["name"]).strip()
    forwarded = P.FORWARDED_FROM_BODIES_RE.match(name)
    return str(forwarded["doc"]) if forwarded else name


def title_issued_by(notice_title: str | None) -> str | None:
    """The plan a notice's title hands over: "关于印发 2019年全市…任务分工的通知"."""
    name = name_issued(notice_title)
    if name is None:
        return None
    # (a kind that counts only at the name's end counts inside its 《》: "关于印发《“十三五”
    # 中医药科技创新专项规划》的通知")
    if P.PLAN_KIND_RE.search(unbracketed(name)) is None:
        return None
    several = P.SEVERAL_PLANS_RE.match(name)
    if several is not None:
        return str(several["first"])
    return _named_as_a_notice(unbracketed(_first_of_joined_plans(name)))


def _named_as_a_notice(name: str) -> str:
    """The plan inside a forwarded notice's name: "关于转发《2008年全省政务公开工作要点
    的通知》的通知" forwards a notice its writer named by the plan and 的通知 alone, whose
    plan is "2008年全省政务公开工作要点"; the forwarded notice's own whole title,
    "省政府关于印发…的通知", stays as written (its header reads it)."""
    bare = P.NOTICE_WORD_END_RE.sub("", name)
    if bare != name and _ends_in_a_kind(bare) and P.ISSUED_PLAN_RE.match(name) is None:
        return bare
    return name


def _first_of_joined_plans(name: str) -> str:
    """The first of two plans a notice issues together, "江城市妇女发展规划(2016—2020年)和
    江城市儿童发展规划(2016—2020年)": its text comes first.  Each names its body, so
    both open alike, or the second, naming it no more, ends in the first's own kind
    ("江城市群众体育工作实施方案和竞技体育工作实施方案"); a name that joins two kinds
    of one plan ("2020年重点工作要点及责任分解") or only holds 和 ("科技和人才工作要点")
    is one plan."""
    for joint in P.PLANS_JOINED_RE.finditer(name):
        first, second = name[: joint.start()], name[joint.end() :]
        alike = first[:2] == second[:2] or _ends_in_the_same_kind(first, second)
        if alike and _ends_in_a_kind(first) and _ends_in_a_kind(second):
            return first
    return name


def _ends_in_the_same_kind(first: str, second: str) -> bool:
    kind = _kind_at_the_end(first)
    return kind is not None and P.TITLE_SPAN_END_RE.sub("", second).endswith(kind)


def title_announced(text: str) -> str | None:
    """A plan a headline or lead announces: "《教育部2022年工作要点》发布", "印发《…》".

    Only an announced plan counts: "认真落实《…实施方案》" names another document.
    """
    for match in P.ANNOUNCED_TITLE_RE.finditer(text):
        if match["name_after"] and P.QUOTED_DOCUMENT_AFTER_RE.match(text, match.end()):
            continue
        name = match["name"] or match["name_after"]
        # (the notice that issued it, named in full: "…发布了《…办公厅关于印发X的通知》"
        # announces X)
        name = title_issued_by(name) or name
        full_text = P.FULL_TEXT_OF_RE.search(match.group()) is not None
        # (a government's work report, whose full text a news page brings: "《政府工作報告》全文:")
        named = P.DOCUMENT_NAME_END_RE.search(name) or P.GOVERNMENT_REPORT_END_RE.search(name)
        if P.PLAN_KIND_RE.search(name) or (full_text and named):
            return str(name)
        follows = P.FULL_TEXT_FOLLOWS_RE.match(text, match.end()) is not None
        if follows and (P.DOCUMENT_NAME_END_RE.search(name) or P.NOTICE_NAME_END_RE.search(name)):
            return str(name)
    return None


def _year_value(text: str) -> int:
    """ "2025", "二〇二五" and "一〇一" read digit by digit; "九十四", "一百零一" as numbers."""
    try:
        return chinese_digits_value(text)
    except ValueError:
        return chinese_numeral_value(text)


def title_parts(title: str | None) -> tuple[str | None, int | None]:
    """The body a title names and the year it is for (``_title_parts``), the level's
    word before 本级 no part of the body: "湖南省省本级…实施方案" is 湖南省's."""
    org, year = _title_parts(title)
    if org and title and _repeats_its_level_before_benji(org, title):
        org = org[:-1]
    return org, year


def _repeats_its_level_before_benji(org: str, title: str) -> bool:
    return len(org) > 1 and org[-1] == org[-2] and (f"{org}本级" in title or f"{org}本級" in title)


def _title_parts(title: str | None) -> tuple[str | None, int | None]:
    """The body a title names and the year it is for.

    "中國科協2025年工作要點" → 中國科協, 2025; "2021年度丽水市科学技术协会重点工作" →
    丽水市科学技术协会, 2021 (the body after the year); "安徽省科协关于…的实施意见"
    → 安徽省科协; "南昌市…实施方案(2021—2025年)" → 南昌市, no year (a span is no
    year); "屏東縣政府101年度施政計畫" → 屏東縣政府, 2012.
    """
    if not title:
        return None, None
    title = P.SPACE_BY_DIGITS_RE.sub("", title)
    # (a council's term is no part of its body's name: "第八届湖南省律师协会工作规划")
    term = P.TERM_BEFORE_BODY_RE.match(title)
    if term and P.LEADING_BODY_RE.match(title[term.end() :]):
        title = title[term.end() :]
    match = P.TITLE_YEAR_RE.search(title) or P.ROC_YEAR_RE.search(title)
    if match is None:
        # (a body before a span: "枣庄市第二中学2022—2023学年度学校工作计划")
        # (or before a school term whose year the copy lost: "第三小学学年第二学期…")
        spanned = P.BODY_BEFORE_SPAN_RE.match(title) or P.BODY_BEFORE_TERM_RE.match(title)
        if spanned and P.BODY_NAME_END_RE.search(spanned["org"]):
            return spanned["org"], None
        # (a span that opens the title: "2015-2017年桂林市大气污染综合防治计划"; or a
        # school year: "2014学年世界外国语中学教学工作计划")
        opening = P.TITLE_SPAN_RE.match(title) or P.LEADING_SCHOOL_YEAR_RE.match(title)
        rest = title[opening.end() :] if opening else title
        # (a body named before a year the copy masked: "气象局XX年度工作要点")
        masked = P.MASKED_YEAR_RE.search(rest)
        before = rest[: masked.start()].strip() if masked else ""
        body = _body_before_the_year(before) if before else None
        # (an office alone after a school year: "2018-2019学年第一学期团委工作计划"; or
        # alone before its kind: "科技局工作目标与措施")
        org = _body_or_its_office(rest, _office_before_kind(rest)) or body
        # (a university named after its province, "黑龙江东方学院教学改革…行动方案")
        org = _university_of_the_place(rest, org)
        org = _more_of_the_name(org, _body_before_the_period(rest))
        return (
            org
            or _place_right_after_about(title)
            or _body_inside_the_title(title)
            or _place_before_the_kind(title)
        ), None
    year = _year_value(match["year"])
    planned = _year_planned_after_a_review(title, match.end())
    if planned is not None:
        year = planned
    if year < 1000:  # the Republic of China era
        year += 1911
    before = title[: match.start()].strip()
    if before.endswith(("(", "（")):  # "…的若干意见(2015年)": the year closes the title
        return _leading_body(before), year
    org = _body_before_the_year(before)
    after = title[match.end() :]
    office = _office_before_kind(after) or P.UNIVERSITY_AFTER_YEAR_RE.match(after)
    found = _without_the_reports_opening(org or _body_or_its_office(after, office), after)
    return found or _body_inside_the_title(title), year


def _place_right_after_about(title: str) -> str | None:
    """The place a title about its work names first, then the work's verb: "关于闵行区
    推进百家企业改制上市的意见" is 闵行区's (as "关于闵行区2036年…" would be)."""
    about = P.ABOUT_OPENING_RE.match(title)
    # (only 关于 alone: "关于开展…", "关于印发…" open with the work's verb, not a place)
    if about is None or about.group().strip() not in ("关于", "關於"):
        return None
    place = P.PLACE_THEN_TOPIC_RE.match(title[about.end() :])
    return place["place"] if place else None


def _without_the_reports_opening(found: str | None, after: str) -> str | None:
    """A body named after the year whose last word opens the kind of report the title
    names leaves that word to the kind: "2024年浦东新区政府工作报告" is 浦东新区's, as
    "光明新区2016年政府工作报告" is 光明新区's (the kind is the whole 政府工作报告), and
    "2024年长寿路街道社区代表会议报告" is 长寿路街道's (the community names the congress);
    a people's government named in full keeps its name: "2020年双柏县人民政府工作报告"."""
    if found and after.startswith(found) and P.REPORT_KIND_OPENING_RE.match(after, len(found) - 2):
        return found[:-2] or None
    return found


def _place_before_the_kind(title: str) -> str | None:
    """The city or county a plan that carries out a wider one names right before its
    kind: "加快建设交通强国山东示范区邹城市行动方案" is 邹城市's (the longest full place
    name of GB/T 2260 that ends there)."""
    kind = P.PLAN_KIND_RE.search(title)
    if kind is None:
        return None
    before = title[: kind.start()]
    for length in range(min(MAX_PLACE_NAME_LEN, len(before)), MIN_PLACE_NAME_LEN - 1, -1):
        if is_place_name(before[-length:]):
            return before[-length:]
    return None


# The longest full place name looked for before a plan's kind ("乌鲁木齐市", "额尔古纳市"),
# and the shortest: a county of two characters ends many words ("示范县" holds 范县).
MAX_PLACE_NAME_LEN = 8
MIN_PLACE_NAME_LEN = 3


def _body_before_the_period(title: str) -> str | None:
    """The body a title names before its five-year period, as before a year, where a
    body opens it: "重庆市大渡口区“十四五”科技创新规划" is the district's (read from
    the title's start alone, 重庆市 only)."""
    period = P.FIVE_YEAR_PERIOD_IN_TITLE_RE.search(title)
    # (a plan of the place's economy names that work first: "鄂州市梁子湖区国民经济和
    # 社会发展第十四个五年规划" is 鄂州市梁子湖区's)
    before = P.ECONOMY_AND_SOCIETY_RE.sub("", title[: period.start()].strip()) if period else ""
    lead = _leading_body(before) if before else None
    if not lead or not before.startswith(lead):
        return None
    # (more than the place only where the words after it name a place within it or an
    # office: "大渡口区", "科学技术局"; a topic often ends as a place does, "智慧城市")
    rest = before[len(lead) :]
    # (never the body whose plan it carries out: "重庆市贯彻落实国务院“十三五”…" is 重庆市's)
    if P.CARRIES_OUT_RE.search(rest):
        return lead
    return before if P.PLACE_WITHIN_RE.fullmatch(rest) or P.NAME_ALONE_END_RE.search(rest) else lead


def _university_of_the_place(text: str, found: str | None) -> str | None:
    """The university or college a title opens with where the body found is only the
    place its name starts with: "黑龙江东方学院…" is the college's, not 黑龙江's; or
    where no body was found, its name opening with a city's short name that no rule
    reads as a place: "江城工程学院发展规划"."""
    university = P.UNIVERSITY_AFTER_YEAR_RE.match(text)
    if university and (not found or university["org"].startswith(found)):
        return str(university["org"])
    return found


def _office_before_kind(text: str) -> re.Match[str] | None:
    """An office alone before the plan's kind ("科技局工作目标与措施"), or before its
    five-year period ("江城职业技术学院“十四五”发展规划")."""
    return P.OFFICE_BEFORE_KIND_RE.match(text) or P.OFFICE_BEFORE_PERIOD_RE.match(text)


def _body_or_its_office(text: str, office: re.Match[str] | None) -> str | None:
    """The body that opens ``text``, or the office there where it is found alone or
    names more of it: "江城市" + "红十字会工作计划" is the society's plan."""
    # (a city or county named without its 市 or 县 before its office's work: "晋城民政…")
    body = _leading_body(text) or short_place(text)
    return _more_of_the_name(body, str(office["org"]) if office else None)


def _more_of_the_name(found: str | None, other: str | None) -> str | None:
    """``other`` where nothing was found or it names more of the same body ("江城市" /
    "江城市红十字会"), else what was found."""
    if other and (not found or (len(other) > len(found) and other.startswith(found))):
        return other
    return found


def _body_inside_the_title(title: str) -> str | None:
    """A body a title names where no body opens it: a place named after the era a
    verb-led title's work belongs to ("加强新时代广州市…") or the nation that opens it
    ("中国妇女发展纲要"), or else a short office that opens a title stripped of its
    place ("地震局监测工作打算")."""
    place = P.PLACE_AFTER_ERA_RE.search(title) or P.NATION_OPENS_TITLE_RE.match(title)
    office = P.OFFICE_OPENS_TITLE_RE.match(title)
    return place["place"] if place else office["org"] if office else None


def _body_before_the_year(before: str) -> str | None:
    """The body a title names before its year: before 关于 ("安徽省科协关于…"), or
    after a title's opening 关于 and its verb ("关于开展2025年…" names none there,
    never "关于开展"), or the words before the year without their topic."""
    # (a review before the year planned names no body: "…管理局年度工作总结及" 2021年…,
    # and where it is all there is, "工作总结及2021年工作计划", no body is named)
    before = P.REVIEW_BEFORE_THE_YEAR_RE.sub("", before)
    if not before:
        return None
    opening = P.ABOUT_OPENING_RE.match(before)
    if opening:
        return _leading_body(before[opening.end() :])
    about = P.TITLE_ABOUT_RE.match(before)
    return about["org"] if about else _without_topic(P.TITLE_LEAD_IN_RE.sub("", before).strip())


def _year_planned_after_a_review(title: str, after: int) -> int | None:
    """The year of the plan in a title that reviews the year before it: "…2010年总结
    和2011年工作要点" is for 2011."""
    review = P.REVIEW_THEN_PLAN_RE.search(title, after) or _joined_to_a_year_planned(title, after)
    planned = P.TITLE_YEAR_RE.match(title, review.end()) if review else None
    return _year_value(planned["year"]) if planned else None


def _joined_to_a_year_planned(title: str, after: int) -> re.Match[str] | None:
    """ "…2022年高质量发展特色亮点及2023年工作安排": whatever the first year's part is
    called, a plan's kind closing the second names the plan's year."""
    joint = P.YEAR_JOINED_RE.search(title, after)
    if joint is None or P.PLAN_KIND_END_RE.search(title) is None:
        return None
    return joint


def _without_topic(before: str) -> str:
    """The body before a title's year without the topic after it: "長治市促進夜間經濟提質
    增效" (2023行動方案) names 長治市; "中共陕西省委科技工委陕西省科学技术厅" stays whole."""
    plain = P.GLOSS_RE.sub("", before)
    # (a body named for its task keeps it: "黔江区创建国家生态文明建设示范区指挥部办公室",
    # "某市郊区未成年人保护工作委员会")
    if P.BODY_FOR_A_TASK_END_RE.search(plain) and P.LEADING_BODY_RE.match(plain):
        return before
    # (a place, then a verb: "昆明市建设区域性…" names 昆明市, not a district 建设区)
    place = P.PLACE_THEN_TOPIC_RE.match(plain)
    if place is not None and plain == before:
        return place["place"]
    body = P.LEADING_BODY_RE.match(plain)
    if body is None:
        # (a city or county without its 市 or 县, then its office's work: "晋城民政")
        return short_place(before) or before
    rest = plain[body.end() :]
    if not rest:
        return before
    # (a topic opens with a verb, or ends with work no body is named for:
    # "江门市水污染防治攻坚战", "海原县法治政府建设")
    topic = bool(P.TITLE_TOPIC_START_RE.match(rest) or P.TITLE_TOPIC_END_RE.search(rest))
    # (a place, then words that name no office: "贵州省" + "河湖长制")
    # (or a body, then a field it works in: "长白朝鲜族自治县教育局" + "基础教育")
    # (a second name in brackets is the body's own: "济南市教育局(市委教育工委)")
    topic = topic or not (_names_an_office(rest) or rest.startswith(("(", "（")))
    return body.group() if topic else before


def _names_an_office(words: str) -> bool:
    return bool(P.UNIT_NAME_END_RE.search(words) or P.BODY_NAME_END_RE.search(words))


# How much of the plan's opening is read for its year.
OPENING_LEN = 160


# How far into the opening paragraph the year after a look back is looked for.
LOOK_AHEAD_LEN = 400


def _opens_a_later_sentence(text: str, year: int) -> bool:
    return any(
        int(found["year"]) == year
        for found in P.SENTENCE_OPENING_YEAR_RE.finditer(text[:LOOK_AHEAD_LEN])
    )


def year_elsewhere(header: Header | None, preamble: Sequence[Line]) -> int | None:
    """The year a plan is for when its title names none: from the notice title
    ("关于2020年市政府重点工作…的通知"), else from the opening of the plan
    ("2018年，全省教育工作的总体要求是…"), else from a lead that announces it."""
    if header is not None and header.notice_title:
        _, year = title_parts(P.BOOK_TITLE_RE.sub(lambda m: m["name"], header.notice_title))
        if year is not None:
            return year
    letter = (header.cover_letter if header is not None else None) or ""
    # (the plan the letter hands over, named with its year: "…制定了《2026年福州市罗源县…
    # 实施方案》,现印发给你们" over "福州市罗源…实施方案")
    _, year = title_parts(title_from_letter(letter, cited=False))
    if year is not None:
        return year
    # The days a week's plan covers, under its title: "第二周工作计划" / "2023-9-11—2023-9-15".
    days = P.DAYS_SPAN_LINE_RE.match(preamble[0].text.strip()) if preamble else None
    if days is not None:
        return int(days["year"])
    # The plan's opening, else the cover letter's ("2017年是实施“十三五”规划的重要一年…").
    for opening_text in [*(line.text for line in preamble[:2]), *letter.splitlines()[:2]]:
        opening = P.PREAMBLE_YEAR_RE.match(opening_text)
        if opening:
            # An opening that looks back ("2018年，在…领导下…。2019年是…") names the
            # plan's year last: the latest whole year of its first sentences counts,
            # short of a goal far ahead ("2025年是…,锚定2035年建成文化强国").
            head = opening_text[:OPENING_LEN]
            first = int(opening["year"])
            years = [int(m["year"]) for m in P.OPENING_YEAR_RE.finditer(head)]
            latest = max((y for y in years if y <= first + 1), default=first)
            # (a long look back: the next year opens a later sentence of the paragraph,
            # "2014年,各地…保持良好发展态势。…再上新台阶。 2015年,要认真贯彻…")
            return first + 1 if _opens_a_later_sentence(opening_text, first + 1) else latest
    # A repost's lead: "2月11日，青岛市教育局发布2026年工作要点，一起来看详细内容。"
    lead = [*letter.splitlines(), *(line.text for line in preamble[:2])]
    announced = next(
        (
            m
            for text in lead
            if (m := P.ANNOUNCED_YEAR_RE.search(text) or P.EVENT_SET_FOR_YEAR_RE.search(text))
        ),
        None,
    )
    return int(announced["year"]) if announced else None


def _leading_body(text: str) -> str | None:
    # (a plan that carries out a document it names first: "《促进中部地区崛起规划》安徽省
    # 实施方案" is 安徽省's)
    cited = P.LEADING_BOOK_TITLE_RE.match(text)
    if cited and cited.end() < len(text):
        text = text[cited.end() :]
    about = P.TITLE_ABOUT_RE.match(text)
    if about:
        return about["org"]
    zone = P.FREE_TRADE_ZONE_RE.match(text)
    if zone:
        return zone.group()
    match = P.LEADING_BODY_RE.match(text) or P.PROVINCE_SHORT_RE.match(text)
    if match is None:
        return None
    # (a place, then a verb: "许昌市提升县(市、区)…" names 许昌市, not a county 提升县)
    place = P.PLACE_THEN_TOPIC_RE.match(text)
    if place is not None and len(place["place"]) < len(match.group()):
        return place["place"]
    # (a Party committee and its government, named together: "青海省委省政府贯彻…")
    joint = P.JOINT_GOVERNMENT_RE.match(text, match.end()) if match.group().endswith("委") else None
    end = joint.end() if joint else match.end()
    # (a body's departments, named together: "2009年市政府各部门招商引资…" is theirs)
    departments = P.BODY_DEPARTMENTS_RE.match(text, end)
    return text[: departments.end() if departments else end]
