"""The whole notice: lines → regions → header, title, sections → ``Notice``.

The one place where the stages meet, each called once in pipeline order:
split and classify the lines, set the page chrome aside, cut the regions,
read the cover notice, find the title, build the sections, check the result.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Literal

from pydantic import ValidationError

from castplan.grammar import patterns as P
from castplan.grammar.body import (
    build_sections,
    read_chapters,
    read_decimal_outline,
    restore_items_numbered_bare,
    restore_items_opened_by_a_figure,
    restore_items_with_lost_digits,
    restore_lost_group_markers,
    restore_lost_numerals,
    shift_under_parts,
)
from castplan.grammar.checks import (
    addresses_the_congress,
    collapsed_line,
    looks_like_notice,
    year_a_preface_looks_ahead_to,
)
from castplan.grammar.contents import split_contents
from castplan.grammar.glosses import glossed_patterns, is_glossed
from castplan.grammar.header import (
    build_header,
    dated_by_its_posting_alone,
    dated_by_the_imprint,
    dated_by_the_page,
    dated_under_the_title,
    issued_by_an_office_of_the_whole,
    issued_by_its_own_title,
    issued_by_the_headline,
    issued_by_the_lead,
    issued_by_the_name_over_the_title,
    issued_by_the_news,
    issued_by_the_page,
    issued_by_the_title,
    issued_under_the_title,
    issuers_listed,
    notice_title_under_the_title,
    notice_under_the_title,
    numbered_by_the_page,
    signed_after_the_plan,
    signed_on_the_cover,
)
from castplan.grammar.lines import (
    Kind,
    Line,
    Report,
    Token,
    at_width,
    classify_line,
    completes_paragraph,
    join_lines,
    quote,
    span_of,
    split_lines,
    wrap_width,
)
from castplan.grammar.numerals import chinese_digits_value
from castplan.grammar.regions import (
    Regions,
    is_title_text,
    name_issued,
    shared_opening,
    title_announced,
    title_from_letter,
    title_issued_by,
    title_of,
    title_parts,
    unbracketed,
    year_elsewhere,
)
from castplan.grammar.tables import find_flattened_tables
from castplan.grammar.unfold import unfold_lines
from castplan.model import (
    ChromeLine,
    Header,
    Notice,
    Origin,
    Paragraph,
    Section,
    Source,
    Span,
    sha256_hex,
)

Script = Literal["traditional", "simplified"]


def build_notice(text: str, origin: Origin, script: Script, report: Report) -> Notice | None:
    """The validated tree of ``text``, or None when it is no notice (an error is reported).

    Args:
        text: the text to parse (already converted, for simplified output).
        origin: where the input came from.
        script: the script of the input as received, for ``source.script``.
        report: where diagnostics go; its columns are filled in here.
    """
    if is_glossed(text):
        with glossed_patterns():
            return _build_notice(text, origin, script, report)
    return _build_notice(text, origin, script, report)


def _build_notice(text: str, origin: Origin, script: Script, report: Report) -> Notice | None:
    """The tree, reading task tables apart; without them where they cut across the text.

    A table found among the lines of a cover notice or a section (its rows
    between lines the rest of the grammar reads) would leave two nodes holding
    one line; the notice is then read again as running text, so the lossless
    contract holds whatever the table finder takes.
    """
    trial = Report()
    notice, table_lines = _read_notice(text, origin, script, trial, with_tables=True)
    if notice is not None and table_lines and _cut_across(notice, table_lines):
        trial = Report()
        notice, _ = _read_notice(text, origin, script, trial, with_tables=False)
    report.columns.update(trial.columns)
    report.diagnostics.extend(trial.diagnostics)
    return notice


def _cut_across(notice: Notice, table_lines: frozenset[int]) -> bool:
    """Whether a node read from the text around the tables stretches over a row."""
    spans = [notice.title_span, notice.preamble_span, *(p.span for p in notice.closing)]
    header = notice.header
    while header is not None:
        spans.append(header.span)
        header = header.forwarded
    # (the tables' own sections hold table lines only, blank ones aside; a text
    # section may hold a table's rows under its heading, each row an item of its own)
    for section in notice.sections:
        if _table_section(section, table_lines):
            continue
        spans += [section.heading_span, section.intro_span]
        spans += [g.span for g in section.groups if not _held_by_rows(g.span, table_lines)]
        spans += [i.span for i in section.items if not _held_by_rows(i.span, table_lines)]
    return any(_lines_in(span) & table_lines for span in spans if span is not None)


def _table_section(section: Section, table_lines: frozenset[int]) -> bool:
    held = [
        section.heading_span,
        *(i.span for i in section.items),
        *(g.span for g in section.groups),
    ]
    return bool(held) and all(_held_by_rows(span, table_lines) for span in held if span is not None)


def _held_by_rows(span: Span, table_lines: frozenset[int]) -> bool:
    return span.line in table_lines and span.end_line in table_lines


def _first_leads_stated(regions: Regions) -> bool:
    """Whether the cover letter, the opening or the lines after the plan say that the
    first unit each task names leads it: "…现将任务分解如下(列第一位的为牵头单位):",
    "各项任务中,排在第一位的为牵头单位。" (a tag's own rule is read with the tag)."""
    outside = [*regions.header, *regions.preamble, *regions.closing]
    return any(P.FIRST_LEADS_RE.search(token.line.text) for token in outside)


def _lines_in(span: Span) -> set[int]:
    return set(range(span.line, span.end_line + 1))


def _read_notice(
    text: str, origin: Origin, script: Script, report: Report, *, with_tables: bool
) -> tuple[Notice | None, frozenset[int]]:
    """The tree (None when it is no notice) and the lines its task tables hold."""
    lines = unfold_lines(split_lines(text))
    for line in lines:  # a line cut into parts reports at its start
        report.columns.setdefault(line.no, line.column)
    if origin.dropped_bytes:
        report.warn(
            "truncated-input",
            f"the input ends inside a character; {origin.dropped_bytes} byte(s) dropped",
            lines[-1].no if lines else 1,
        )
    classified = [classify_line(line) for line in lines]
    # A task table flattened to text is read row by row, apart from the running text.
    tables = find_flattened_tables(classified) if with_tables else []
    # (a line the rows left out, between them, stays with the running text)
    held = [table.lines for table in tables]
    in_tables = {
        i
        for table, lines_held in zip(tables, held, strict=True)
        for i in range(table.start, table.end)
        if classified[i].line.no in lines_held
    }
    classified = [t for i, t in enumerate(classified) if i not in in_tables]
    tokens, chrome = _without_chrome(
        _label_values_as_chrome(
            _menus_as_chrome(_value_boxes_as_chrome(_bare_label_boxes_as_chrome(classified)))
        ),
        report,
    )
    tokens = _marker_the_text_stops_at(tokens, report)
    tokens, contents = split_contents(tokens)
    if contents:
        report.warn(
            "table-of-contents",
            f"{len(contents)} line(s) list the plan's headings before its text; "
            f"kept in source.chrome as contents, first: {quote(contents[0].line.text)}",
            contents[0].line.no,
        )
        chrome = sorted([*chrome, *contents], key=lambda t: t.line.no)
    tokens = read_decimal_outline(shift_under_parts(restore_lost_numerals(tokens, report)))
    tokens = restore_items_numbered_bare(restore_items_opened_by_a_figure(tokens))
    tokens = restore_items_with_lost_digits(tokens, report)
    # (after the stages that read a line's marker again: a lost one has none to read)
    tokens = restore_lost_group_markers(read_chapters(tokens), report)
    if not tokens:
        report.error("empty-input", "expected a work-plan notice, found no text", 1)
        return None, frozenset()
    regions = Regions.of(tokens, bullets=not tables)
    header = build_header(regions.header, report)
    header, closing = signed_after_the_plan(header, regions.closing)
    # The signature lines a header was made of, should a later header replace it.
    # (by offset, as the parts of a line run together share its number; a set, as a
    # closing may run to thousands of lines)
    kept = {t.line.start for t in closing}
    signature = [t for t in regions.closing if t.line.start not in kept]
    title, title_span = title_of(tokens, regions.title_at)
    title, numbered = _without_doc_number(title)
    if title is None:
        title = _title_from_elsewhere(regions, header, chrome, report)
    columns = (
        [] if tables else [t.line.text for t in tokens if P.UNIT_COLUMN_RE.fullmatch(t.line.text)]
    )
    sections = build_sections(
        regions.body,
        report,
        unit_column=bool(columns),
        cell_roles=_cell_roles(columns),
        first_leads=_first_leads_stated(regions),
    )
    for table in tables:
        sections = _under_the_heading_above(sections, table.sections(report, after=len(sections)))
    # (a table may stand before the text's last sections: the tree keeps the page's order)
    sections = sorted(sections, key=lambda section: section.span.start)
    if not _report_what_is_missing(tokens, header, title, sections, report):
        return None, frozenset()
    org, year = title_parts(title)
    header, preamble_tokens, furniture = _header_around_the_title(header, title, regions, report)
    header, preamble_tokens = issued_by_the_lead(header, preamble_tokens, title)
    # The page's date and publisher count only where the text gives none (no
    # signature, no note under the title such as "(2023年3月30日…主任会议通过)").
    signed = [*regions.header, *regions.closing]
    header = issued_by_the_page(dated_by_the_page(header, chrome, signed), chrome, org, title_span)
    header = dated_by_the_imprint(header, regions.closing)
    header = issued_by_the_headline(header, _headlines(regions.header), year)
    header = issued_by_an_office_of_the_whole(header, chrome, org, title_span)
    header = issued_by_its_own_title(header, title, title_span)
    if title_span is not None:
        header = issued_by_the_news(header, text[title_span.start : title_span.end])
    if numbered:
        header = _numbered_by_the_title(header, numbered)
    header = numbered_by_the_page(header, chrome)
    # (a header the page's date or the title's 文号 made names no issuer yet: the
    # body the title names before 关于 is it, as for any header)
    header = issued_by_the_title(header, title)
    # (last: a lone name over the title is the issuer only where no read above, under
    # the title or on the page, found a number, a date or a signer)
    header = issuers_listed(issued_by_the_name_over_the_title(header))
    if signature and not _holds(header, signature):
        # A header read under the title took the signature's values, not its lines:
        # the lines close the notice, as they do under a cover notice.
        closing = sorted([*signature, *closing], key=lambda t: t.line.no)
    if tables:
        # Text after a table (a note, the next attachment's title) is no preamble:
        # it stands below the rows, so it closes the notice.
        first_row = tables[0].first_line
        closing = [*(t for t in preamble_tokens if t.line.no > first_row), *closing]
        preamble_tokens = [t for t in preamble_tokens if t.line.no < first_row]
    if furniture:
        chrome = sorted([*chrome, *_as_furniture(furniture)], key=lambda t: t.line.no)
    preamble = [t.line for t in preamble_tokens]
    if year is None and title is None and addresses_the_congress(preamble_tokens):
        year = _year_after_the_review(sections, report) or _year_after_the_delivery(header, report)
    # (an untitled text whose first part reviews a year is that year's report, where
    # the excerpt starts at the review itself: "一、2024年工作回顾" is for 2025)
    if year is None and title is None and not preamble_tokens:
        year = _year_after_the_review(sections, report)
    if year is None and title is None:
        year = _year_of_the_preface(preamble, report) or _year_a_line_plans(
            preamble, regions.body, report
        )
    # (a plan over a span of years is for no one year its text names: "…三年行动实施方案"
    # / "(2021—2023年)" over "根据《…和2035年远景目标纲要》")
    if year is None and not (title and _spans_years(title)):
        year = year_elsewhere(header, preamble) or _year_ahead_in_the_first_part(
            preamble, sections, report
        )
    # (a work report is for the year after the one its first part reviews, though it was
    # given in December: "政府工作报告" / "——2022年12月27日在…" / "一、2022年工作回顾")
    if year is None and title and _names_no_years(title) and P.WORK_REPORT_RE.search(title):
        year = (
            _year_after_the_review(sections, report)
            or _year_of_the_plans_part(sections, report)
            or _year_after_the_delivery(header, report)
        )
    if year is None and title and header is not None and header.doc_number:
        year = _year_of_issue(title, header, report)
    if year is None and title and header is not None and header.date:
        year = (
            _year_of_the_month(title, header, report)
            or _year_the_text_opens_on(header, chrome, regions.body, report)
            or _year_of_the_date(title, header, report)
        )
    if year is None and title is None:
        year = _year_of_an_untitled_plan(preamble, header, sections, report)
    if year is None and title and preamble and _names_no_years(title):
        # (a titled plan whose title names no year, opened by the one year it is for:
        # "关于…学习教育的学习计划" / "…决定自2026年春节假期后至7月底,在全党开展…")
        year = _year_of_the_opening("".join(line.text for line in preamble), preamble[0].no, report)
    if year is None and (title is None or _names_no_years(title)):
        year = _year_of_the_schedule(regions.body, report)
    table_lines = frozenset(no for lines_held in held for no in lines_held)
    try:
        notice = Notice(
            source=_source(text, origin, script, chrome),
            header=header,
            title=title,
            title_span=title_span,
            organization=org,
            year=year,
            preamble=join_lines(preamble) or None,
            preamble_span=span_of(preamble) if preamble else None,
            sections=sections,
            closing=[Paragraph(text=t.line.text, span=span_of([t.line])) for t in closing],
            diagnostics=report.sorted(),
        )
    except ValidationError as exc:  # pragma: no cover - a parser bug, reported as one
        raise AssertionError(f"castplan built an invalid tree: {exc}") from exc
    return notice, table_lines


def _headlines(tokens: Sequence[Token]) -> list[Token]:
    """The lines above the plan's title that read as a plan's title: a page's headline."""
    return [t for t in tokens if t.kind is Kind.TEXT and is_title_text(t.line.text)]


def _cell_roles(heads: Sequence[str]) -> tuple[str, ...]:
    """The roles of a flattened table's unit columns from their heads, in order:
    a 牵头 column leads, the columns after it support ("牵头单位" / "责任单位").
    One column, or none that leads first, keeps its cells responsible."""
    first = heads[:MAX_UNIT_COLUMNS]
    if len(first) < 2 or P.TABLE_LEAD_RE.search(first[0]) is None:
        return ()
    return ("lead", *("supporting" for _ in first[1:]))


# How many unit columns a task table has at most.
MAX_UNIT_COLUMNS = 3


_INNER_AS_OUTER = str.maketrans("〈〉", "《》")


def _as_the_letter_brackets_it(
    issued: str | None, letter: str, notice_title: str | None = None
) -> str | None:
    """The plan a notice title hands over, spelt as the letter's 《…》 spells it where the
    two differ only in the brackets of a document they name: a title that sets no 《》
    round the plan writes "2020年市《政府工作报告》确定的…方案", the letter nests it as
    "《2020年市〈政府工作报告〉确定的…方案》"; or only in the issuer the letter names
    first, as the notice title does before its 关于 ("安徽省交通运输厅关于印发2024年政务
    公开重点工作清单的通知" / "制定《安徽省交通运输厅2024年政务公开重点工作清单》")."""
    if issued is None:
        return issued
    spelt = (m["name"] for m in P.BOOK_TITLE_RE.finditer(letter))
    in_full = next((name for name in spelt if _names_its_body_in_full(issued, name)), None)
    if in_full is not None:
        return in_full
    handed = title_from_letter(letter, cited=False)
    if handed is None:
        return issued
    if "《" in issued and handed.translate(_INNER_AS_OUTER) == issued:
        return handed
    issuer = P.ISSUER_BEFORE_ABOUT_RE.match(notice_title or "")
    if issuer is not None and handed == issuer["issuer"] + issued:
        return handed
    return issued


def _names_its_body_in_full(issued: str, handed: str) -> bool:
    """Whether the letter's 《…》 spells out in full the body the notice title names by
    its last character alone: "关于下达2021年局重点工作安排的通知" / "特制定《2021年嘉定区
    绿化和市容管理局重点工作安排》"."""
    head = shared_opening(issued, handed)
    # (the body's last character is the short name: it stays out of the shared closing)
    tail = max(shared_opening(issued[head:][::-1], handed[head:][::-1]) - 1, 0)
    short, full = issued[head : len(issued) - tail], handed[head : len(handed) - tail]
    return (
        tail > 0
        and len(short) == 1
        and len(full) >= 3
        and full.endswith(short)
        and P.BODY_NAME_END_RE.search(full) is not None
    )


def _title_from_elsewhere(
    regions: Regions, header: Header | None, chrome: Sequence[Token], report: Report
) -> str | None:
    """With no title line: the plan the cover letter, a repost or the notice itself names.

    The plan the notice's title hands over comes first ("关于印发 2019年全市…分工的
    通知": the document's own name for it, which the letter may word otherwise),
    then the one the letter hands over ("现将《X》印发给你们"), and only then one
    the letter cites ("按照《2019年全省…分工方案》"), unless the notice is the plan
    itself ("…关于落实…规划纲要主要目标和任务工作分工的通知" over its tasks).
    """
    if header is not None:
        letter = header.cover_letter or ""
        # (a page may give the notice title only in its metadata box: "标 题: | …的通知 |")
        notice_title = header.notice_title or _notice_title_in_metadata(chrome)
        issued = _as_the_letter_brackets_it(title_issued_by(notice_title), letter, notice_title)
        itself = _is_the_plan(notice_title, with_body=bool(regions.body))
        handed = None if issued else title_from_letter(letter, cited=False)
        # (a notice that sets out how to carry out the plan its letter names is the plan:
        # "关于落实《…规划纲要》主要目标和任务工作分工的通知" over "《纲要》已经…审议批准")
        if handed and itself and notice_title and f"《{handed}》" in notice_title:
            handed = None
        cited = None if handed or issued or itself else title_from_letter(letter)
        for title, code, source in (
            (issued, "title-from-notice", "the notice title"),
            (handed, "title-from-cover-letter", "the cover letter"),
            (cited, "title-from-cover-letter", "the cover letter"),
        ):
            if title:
                report.warn(
                    code, f"no plan title line; took {title} from {source}", header.span.line
                )
                return title
    # A repost's headline or lead names the plan in 《…》: "《教育部2022年工作要点》发布".
    named = next(
        (
            (t, found)
            for t in [*regions.header, *regions.preamble]
            if (found := title_announced(t.line.text))
        ),
        None,
    )
    if named:
        report.warn(
            "title-from-text",
            f"no plan title line; took {named[1]} from the text before the plan",
            named[0].line.no,
        )
        return named[1]
    notice_title = (header.notice_title or _notice_title_in_metadata(chrome)) if header else None
    if header is not None and _is_the_plan(notice_title, with_body=bool(regions.body)):
        # "…人民政府关于2020年市政府重点工作及责任分解的通知" with the tasks under it:
        # the notice is the plan, and its title the plan's (perhaps given only by the
        # page's metadata box over the letter).
        report.warn(
            "title-from-notice",
            f"no plan title line; the notice is the plan: {notice_title}",
            header.span.line,
        )
        return notice_title
    named_document = _document_issued(notice_title)
    if header is not None and named_document is not None and regions.body:
        # "…关于印发《张家川县2010年度综合目标管理责任考核办法》的通知" over its text: a
        # document of another kind than a plan's, named in full in its 《》, is the text.
        report.warn(
            "title-from-notice",
            f"no plan title line; took {named_document} from the notice title",
            header.span.line,
        )
        return named_document
    return _title_from_metadata(chrome, report)


def _document_issued(notice_title: str | None) -> str | None:
    """The document a notice title issues in 《》, whatever its kind: "关于印发《…考核
    办法》的通知" (one 《》 only, holding the whole name)."""
    name = name_issued(notice_title) or ""
    bare = unbracketed(name)
    return bare or None if name.startswith("《") and bare != name else None


def _notice_title_in_metadata(chrome: Sequence[Token]) -> str | None:
    """The notice title a page's metadata box gives ("标 题: | …关于印发…的通知 |")."""
    for token in chrome:
        cell = P.METADATA_TITLE_RE.search(token.line.text)
        if cell is not None and P.NOTICE_TITLE_RE.match(cell["title"].strip()):
            return str(cell["title"]).strip()
    return None


def _title_from_metadata(chrome: Sequence[Token], report: Report) -> str | None:
    """A page's metadata box names the plan when nothing else does: "| 标题:南漳镇人民
    政府2023年工作计划 | |" (a notice title there gives the plan it hands over); so
    does the file a document-sharing site shows ("《…实施方案.docx》由会员分享") or the
    first page it previews ("2021年…宣传活动方案_第1页"), a headline set before the
    page's posting time ("…专项规划 发布时间:2022-04-15"), and the last step of its
    breadcrumb ("当前位置:首页 > … > 2012年农业科技促进年实施方案")."""
    for token in chrome:
        text = token.line.text
        cell = (
            P.METADATA_TITLE_RE.search(text)
            or P.SHARED_FILE_TITLE_RE.search(text)
            or P.TITLE_BEFORE_POSTING_RE.match(text)
            or P.PAGE_PREVIEW_TITLE_RE.match(text)
            or (P.BREADCRUMB_TITLE_RE.search(text) if token.chrome_kind == "breadcrumb" else None)
        )
        if cell is None:
            continue
        # (without the page's note on what it shows: "…发展规划(附全文) 发布时间:…")
        named = P.TITLE_PAGE_NOTE_RE.sub("", cell["title"].strip())
        title: str | None = named
        if P.NOTICE_TITLE_RE.match(named):
            # (the plan it hands over, or itself where it is the plan: "…关于2025年
            # 市《政府工作报告》目标任务责任分解的通知")
            title = title_issued_by(named) or (
                named if _is_the_plan(named, with_body=False) else None
            )
        if title and P.PLAN_KIND_RE.search(title):
            report.warn(
                "title-from-metadata",
                f"no plan title line; took {title} from the page's metadata",
                token.line.no,
            )
            return title
    return None


def _report_what_is_missing(
    tokens: Sequence[Token],
    header: Header | None,
    title: str | None,
    sections: Sequence[Section],
    report: Report,
) -> bool:
    """Refuse what is no notice (False); warn of a notice without a body or a title."""
    if not looks_like_notice(tokens, header, title, sections):
        collapsed = collapsed_line(tokens)
        if collapsed is not None:
            report.error(
                "not-a-notice",
                f"expected a notice in lines, found a line of {len(collapsed.line.text)} "
                "characters holding its headings: the page ran its paragraphs together; "
                "break the text into lines at its headings and parse again",
                collapsed.line.no,
            )
            return False
        report.error(
            "not-a-notice",
            "expected a work-plan notice (a plan title, a cover notice or section headings), "
            f"found none: {quote(tokens[0].line.text)}",
            tokens[0].line.no,
        )
        return False
    if not sections:
        report.warn(
            "no-plan-body", "the notice has no plan body (no sections or items)", tokens[-1].line.no
        )
    if title is None:
        report.warn("title-not-found", "no plan title found", tokens[0].line.no)
    return True


def _header_around_the_title(
    header: Header | None, title: str | None, regions: Regions, report: Report
) -> tuple[Header | None, Sequence[Token], Sequence[Token]]:
    """The header read again with what stands under the title: (header, preamble, furniture).

    A cover notice or a document's own 文号 under the title, a date under it, and
    the body a "…关于…" title names; the page's lines above the title become
    furniture when the header moves below it.
    """
    before = header
    header, furniture, preamble = notice_under_the_title(
        header, regions.header, regions.preamble, report
    )
    if not furniture and header is before:
        header, furniture, preamble = notice_title_under_the_title(
            header, title, regions.header, preamble
        )
    # (a notice read under the title is the header: no 文号 line below it replaces it)
    if not furniture and header is before:
        above = header
        header, preamble = issued_under_the_title(header, title, preamble, report)
        if above is not None and header is not above:
            furniture = regions.header
    header, preamble = dated_under_the_title(header, preamble)
    header, preamble = signed_on_the_cover(header, preamble, title)
    return issued_by_the_title(header, title), preamble, furniture


def _year_of_issue(title: str, header: Header, report: Report) -> int | None:
    """The year in the document's own number, for a plan whose text names no year.

    "国务院关于落实《政府工作报告》重点工作部门分工的意见" / "国发〔2020〕6号": the
    work divided is that year's.  A plan over a span of years ("（2021—2025年）")
    is for no one year, nor is one of a five-year period ("“十三五”脱贫攻坚规划").
    """
    issued = P.DOC_NUMBER_YEAR_RE.search(header.doc_number or "")
    if issued is None or _spans_years(title):
        return None
    year = int(issued["year"])
    report.warn(
        "year-from-doc-number",
        f"the title names no year; took {year} from the document number {header.doc_number}",
        header.span.line,
    )
    return year


def _year_ahead_in_the_first_part(
    preamble: Sequence[Line], sections: Sequence[Section], report: Report
) -> int | None:
    """With no preamble, the year the first part's text opens by naming as the one
    ahead ("一、工作思路" / "2012年是全面实施“十二五”规划的关键之年。…"): the plan's
    own word, before any date a page posted it on."""
    first = sections[0] if sections and not preamble else None
    if first is None or not first.intro or first.intro_span is None:
        return None
    ahead = P.YEAR_AHEAD_OPENING_RE.match(first.intro)
    if ahead is None:
        return None
    year = int(ahead["year"])
    report.warn(
        "year-from-opening",
        f"no title names the year; took {year}, the year the first part opens with",
        first.intro_span.line,
    )
    return year


def _year_of_the_date(title: str, header: Header, report: Report) -> int | None:
    """The year of the date a plan was issued on, for a plan whose title, text and
    number name none: "关于举办第21届…活动周的通知" dated 2022-08-25 is 2022's.

    Never for a title that names years (a span, a school year: "2022—2023学年度") or
    a five-year period.
    """
    if header.date is None or (
        P.YEAR_DIGITS_RE.search(title) or P.FIVE_YEAR_PERIOD_IN_TITLE_RE.search(title)
    ):
        return None
    year = header.date.year
    report.warn(
        "year-from-date",
        f"the title names no year; took {year} from the date {header.date.isoformat()}",
        header.span.line,
    )
    return year


# How much of a plan's text is read for a year that opens one of its sentences.
POSTED_PLAN_WINDOW = 400


def _year_the_text_opens_on(
    header: Header, chrome: Sequence[Token], body: Sequence[Token], report: Report
) -> int | None:
    """For a plan dated only by the time a page posted it ("时间:2022-04-09 08:27:37"
    on a site that collects papers), the year that opens a sentence of its text: "一是
    扎实抓好党建示范村的建设。2021年计划申报…" is 2021's, whenever the page took it."""
    if not dated_by_its_posting_alone(header, chrome):
        return None
    text = "".join(token.line.text for token in body)[:POSTED_PLAN_WINDOW]
    opening = P.SENTENCE_OPENING_YEAR_RE.search(text)
    if opening is None:
        return None
    year = int(opening["year"])
    report.warn(
        "year-from-opening",
        f"the title names no year and the page gives only the day it posted the plan; "
        f"took {year}, the year a sentence of its text opens with",
        header.span.line,
    )
    return year


def _without_doc_number(title: str | None) -> tuple[str | None, str | None]:
    """A title line that opens with the notice's 文号, a space between: "盘政发〔2016〕30号
    盘锦市人民政府关于促进商贸流通发展的实施意见" is the title and the number; so is
    one that closes with it in brackets: "2021年县政府重点工作任务(华政发〔2021〕2号)"."""
    if title is None:
        return None, None
    glued = P.TITLE_DOC_NUMBER_RE.match(title)
    if glued is not None:
        return title[glued.end() :], glued["doc"]
    closing = P.TITLE_CLOSING_DOC_NUMBER_RE.search(title)
    if closing is not None and closing.start() > 0:
        return title[: closing.start()], closing["doc"]
    return title, None


def _numbered_by_the_title(header: Header | None, number: str) -> Header | None:
    # (with no header, the number stays in the title's line: a header made of that
    # line would hold it twice)
    if header is None or header.doc_number:
        return header
    return header.model_copy(update={"doc_number": number})


def _holds(header: Header | None, tokens: Sequence[Token]) -> bool:
    return header is not None and all(
        header.span.line <= t.line.no <= header.span.end_line for t in tokens
    )


# How much of an untitled plan's opening is read for the one year it names.
OPENING_WINDOW = 300


def _under_the_heading_above(sections: list[Section], rows: list[Section]) -> list[Section]:
    """A table's sections after the text's: rows under no heading row of their own go
    into a text section right above the table that holds no item yet ("一、10件民生实事
    任务分解表" / "序号 | 具体工作任务和要求 | …" / "1 | 推动义务教育…")."""
    if not (sections and rows) or rows[0].title is not None:
        return [*sections, *rows]
    above, headless = sections[-1], rows[0]
    if above.items or above.groups or headless.span.start < above.span.end:
        return [*sections, *rows]
    merged = above.model_copy(
        update={
            "items": headless.items,
            "groups": headless.groups,
            "span": Span(
                start=above.span.start,
                end=headless.span.end,
                line=above.span.line,
                end_line=headless.span.end_line,
            ),
        }
    )
    return [*sections[:-1], merged, *rows[1:]]


def _year_of_an_untitled_plan(
    preamble: Sequence[Line], header: Header | None, sections: Sequence[Section], report: Report
) -> int | None:
    """The one year the opening of a plan with no title names: its preamble's; or,
    with none, the cover letter's ("现将《政府工作报告》提出的2007年重点工作任务分解");
    or the first heading's text, where a page starts at it ("一、主要目标" / "2020年,
    通过实施…"), or its first point's ("(一)空气质量改善目标" / "2022年,我市…")."""
    opening = "".join(line.text for line in preamble)
    # (a preamble that names no year at all leaves the year to what follows it:
    # "为深入打好大气污染防治攻坚战…,制定本工作计划。")
    if preamble and _names_a_year(opening[:OPENING_WINDOW]):
        return _year_of_the_opening(opening, preamble[0].no, report)
    if header is not None and header.cover_letter:
        year = _year_of_the_opening(header.cover_letter, header.span.line, report)
        if year is not None:
            return year
    # (a heading that names the year's plan: "一、2016年主要工作思路", or one after the
    # last year's review, "一、2022年工作总结" / … / "二、2023年工作谋划")
    year = _year_a_heading_plans(
        sections,
        report,
        "year-from-opening",
        "no title names the year; took {year} from the heading that names its plan",
    )
    if year is not None:
        return year
    if sections:
        intro, where = sections[0].intro, sections[0].intro_span
        if intro and where is not None:
            return _year_of_the_opening(intro, where.line, report)
        if sections[0].items:
            first = sections[0].items[0]
            year = _year_of_the_opening(first.text, first.span.line, report)
            if year is not None:
                return year
    # (a notice of the month's study with no title, whose text names no year, is the
    # year it was signed in: "党委宣传部" / "2023年10月17日")
    return _year_of_the_date("", header, report) if header is not None else None


def _year_a_line_plans(
    preamble: Sequence[Line], body: Sequence[Token], report: Report
) -> int | None:
    """The year a line of its own names as the plan's: "2021年主要任务" after
    "2020年工作回顾" in a report's excerpt with no title (the review's year is the
    one its opening names)."""
    for line in [*preamble, *(token.line for token in body)]:
        # (the heading pattern, compiled once for both uses: a glossed copy of a
        # pattern that holds the plan kinds takes a tenth of a second to compile)
        text = _glued_heading(line.text.strip())
        named = P.HEADING_YEAR_PLAN_RE.fullmatch(text) or P.YEAR_TASKS_LINE_RE.fullmatch(text)
        if named is not None:
            year = int(named["year"])
            report.warn(
                "year-from-opening",
                f"no title names the year; took {year} from the line that names its plan",
                line.no,
            )
            return year
    return None


def _glued_heading(text: str) -> str:
    """A line's own text, or the heading a flattened page glued to its end after a space
    ("…认真加以解决。 2011年主要工作安排" is read as "2011年主要工作安排")."""
    glued = P.GLUED_HEADING_TAIL_RE.search(text)
    return glued["tail"] if glued is not None else text


def _year_of_the_preface(preamble: Sequence[Line], report: Report) -> int | None:
    """The year an untitled plan that opens on its preface looks ahead to
    (``year_a_preface_looks_ahead_to``)."""
    found = year_a_preface_looks_ahead_to([line.text for line in preamble])
    if found is None:
        return None
    year, index = found
    report.warn(
        "year-from-preface",
        f"no title names the year; took {year}, the year the plan's preface looks ahead to",
        preamble[index].no,
    )
    return year


def _year_after_the_review(sections: Sequence[Section], report: Report) -> int | None:
    """The year after the one a work report's first part reviews, where its title and
    opening name no year: "政府工作报告" / "一、2025年工作回顾" is the report for 2026
    (an untitled plan's review heading names no year of its own: its results only)."""
    first = sections[0] if sections else None
    review = P.YEAR_REVIEW_HEADING_RE.match(first.title or "") if first else None
    if first is None or review is None or first.heading_span is None:
        return None
    year = chinese_digits_value(review["year"]) + 1
    report.warn(
        "year-from-review",
        f"no title or opening names the year; took {year}, the year after the one "
        "the first part reviews",
        first.heading_span.line,
    )
    return year


# From this month on, a work report is given for the year after: a city's congress may
# meet in November or December to hear the next year's report.
FIRST_MONTH_FOR_NEXT_YEAR = 11


def _year_after_the_delivery(header: Header | None, report: Report) -> int | None:
    """The year a work report whose review is not shown is for: the year it was given
    in ("——2018年3月26日在…会议上"), or the next one where it was given at the year's
    end ("—2021年11月22日在…会议上")."""
    if header is None or header.date is None or header.span is None:
        return None
    day = header.date
    year = day.year + int(day.month >= FIRST_MONTH_FOR_NEXT_YEAR)
    report.warn(
        "year-from-date",
        f"no title or heading names the year; took {year} from the day the report was "
        f"given ({day.isoformat()})",
        header.span.line,
    )
    return year


def _year_of_the_plans_part(sections: Sequence[Section], report: Report) -> int | None:
    """The year a work report's part on the year's work names, where its title and
    opening name none and its review is not shown: "通辽市人民政府工作报告" /
    "二、2025年重点工作" is the report for 2025."""
    return _year_a_heading_plans(
        sections,
        report,
        "year-from-heading",
        "no title or opening names the year; took "
        "{year} from the heading of the part on the year's work",
    )


def _year_a_heading_plans(
    sections: Sequence[Section], report: Report, code: str, message: str
) -> int | None:
    """The year the first heading that names the year's plan names ("2025年重点工作"),
    warned of with ``code`` and ``message`` (its ``{year}`` filled in)."""
    for section in sections:
        title = section.title or ""
        planned = P.HEADING_YEAR_PLAN_RE.match(title) or P.HEADING_YEAR_AIMS_RE.match(title)
        if planned is not None and section.heading_span is not None:
            year = int(planned["year"])
            report.warn(code, message.format(year=year), section.heading_span.line)
            return year
    return None


def _year_of_the_schedule(body: Sequence[Token], report: Report) -> int | None:
    """The one year of every month the plan's text schedules, for a plan whose title
    and opening name none: "二、活动时间" / "2022年5月1日至12月31日" … "2022年6月底前".

    Only months count: a target's year alone ("到2025年") is a term, not a schedule;
    a schedule over two years (a school year's "2016年9月" … "2017年1月") names none.
    """
    years: list[int] = []
    first_line = None
    for token in body:
        text = token.line.text
        for match in [*P.SCHEDULE_MONTH_RE.finditer(text), *P.SCHEDULE_STAGE_RE.finditer(text)]:
            years.append(int(match["year"]))
            first_line = first_line or token.line.no
    if len(set(years)) != 1 or first_line is None:
        return None
    year = years[0]
    report.warn(
        "year-from-schedule",
        f"no title or opening names the year; took {year}, the year of every month "
        f"the plan's schedule names",
        first_line,
    )
    return year


def _names_a_year(opening: str) -> bool:
    return (
        P.OPENING_YEAR_RE.search(opening) is not None
        or P.OPENING_MONTH_PLAN_RE.search(opening) is not None
        or P.OPENING_DAY_RE.match(opening) is not None
    )


def _spans_years(title: str) -> bool:
    """A title over a span of years ("…(2021—2023年)") or a five-year period."""
    return bool(P.TITLE_SPAN_RE.search(title) or P.FIVE_YEAR_PERIOD_IN_TITLE_RE.search(title))


def _names_no_years(title: str) -> bool:
    """A title with no year digits and no five-year period in it."""
    return not (P.YEAR_DIGITS_RE.search(title) or P.FIVE_YEAR_PERIOD_IN_TITLE_RE.search(title))


def _year_of_the_opening(text: str, line: int, report: Report) -> int | None:
    """The one year an untitled plan's opening names as a whole year: "…明确2014年
    战略实施重点任务和措施,制定本计划。", "…,2014年重点做好以下工作。"; none where it
    names two (a look back and a look ahead) or only spans and deadlines."""
    opening = text[:OPENING_WINDOW]
    years = {int(m["year"]) for m in P.OPENING_YEAR_RE.finditer(opening)}
    if not years:
        # (a monthly arrangement: "现将2023年3月教职工政治学习安排如下")
        years = {int(m["year"]) for m in P.OPENING_MONTH_PLAN_RE.finditer(opening)}
    if not years:
        # (or the day of the occasion it opens with: "2011年5月8日,是第64个世界红十字日。")
        dated = P.OPENING_DAY_RE.match(opening)
        years = {int(dated["year"])} if dated else set()
    # (a review of one year and the plan of the next: "现将2022年…计划执行情况与2023年
    # 计划草案提请…审查" is 2023's)
    review = P.REVIEW_THEN_PLAN_RE.search(opening)
    planned = P.OPENING_YEAR_RE.match(opening, review.end()) if review else None
    if len(years) == 2 and planned is not None and int(planned["year"]) == max(years):
        years = {max(years)}
    # (or reviews the one year and plans the next in turn: "对2012年工作进行了全面总结,
    # …对2013年度科技工作进行了全面谋划" is 2013's)
    reviewed = {int(m["year"]) for m in P.REVIEWED_YEAR_RE.finditer(opening)}
    if len(years) == 2 and reviewed == {min(years)} and max(years) == min(years) + 1:
        years = {max(years)}
    if len(years) != 1:
        return None
    (year,) = years
    report.warn(
        "year-from-opening",
        f"no title names the year; took {year}, the one year the plan's opening names",
        line,
    )
    return year


def _year_of_the_month(title: str, header: Header, report: Report) -> int | None:
    """The year of a monthly plan whose title names only its month, from its date:
    "9月工作总结及10月工作计划" signed 2020年9月29日 is for 2020 (a plan for
    January signed in December, for the year after)."""
    months = P.TITLE_MONTH_RE.findall(title)
    if not months or header.date is None:
        return None
    month, signed = int(months[-1]), header.date
    year = signed.year + 1 if month < signed.month - 6 else signed.year
    report.warn(
        "year-from-date",
        f"the title names a month but no year; took {year} from the date {signed.isoformat()}",
        header.span.line,
    )
    return year


def _is_the_plan(notice_title: str | None, *, with_body: bool) -> bool:
    """A notice title that names work to do, not a plan it hands over (印发/转发):
    a plan's kind, a division of work ("关于分解落实政府工作报告目标任务的通知"), or, over
    numbered sections, whatever the notice sets out ("关于举办2023年青海省科技活动周的
    通知", "关于2021级本科生军训的通知" with 一、活动主题 … under it): a notice over
    its own sections is its plan, whatever words it names its business with."""
    return (
        notice_title is not None
        and P.HANDS_OVER_RE.search(notice_title) is None
        and (
            P.PLAN_KIND_RE.search(notice_title) is not None
            or _names_a_plan_as_its_subject(notice_title)
            or P.DIVIDING_NOTICE_RE.search(notice_title) is not None
            or with_body
        )
    )


def _names_a_plan_as_its_subject(notice_title: str) -> bool:
    """A notice about a plan of its own making: "…关于2024年无偿献血招募计划的通知"
    (the kind words that must end a title, "…年…计划", "…方案", are read on what the
    notice is about, 的通知 cut)."""
    about = P.NOTICE_SUBJECT_RE.search(notice_title)
    return about is not None and P.PLAN_KIND_RE.search(about["subject"]) is not None


def _marker_the_text_stops_at(tokens: list[Token], report: Report) -> list[Token]:
    """A heading's marker alone on the last line ("一、"), or with a title cut after a
    word that joins it to more ("一、现状与"): the excerpt stopped in the heading, so it
    heads nothing; it stays with the text above it, and a warning says so."""
    last = next(
        (i for i in range(len(tokens) - 1, -1, -1) if tokens[i].kind is not Kind.BLANK), None
    )
    if last is None or tokens[last].kind not in _HEADING_KINDS:
        return tokens
    line = tokens[last].line
    # (or with a title the excerpt cut after a word that joins it to more: "一、现状与")
    cut = P.CUT_HEADING_LINE_RE.match(line.text) is not None and tokens[last].kind is Kind.SECTION
    if P.BARE_MARKER_LINE_RE.match(line.text) is None and not cut:
        return _with_last_heading_cut(tokens, last)
    report.warn(
        "truncated-heading",
        f"the text stops at a heading's marker with no title, or in its title: "
        f"{quote(line.text.strip())}",
        line.no,
    )
    return [*tokens[:last], Token(line, Kind.TEXT), *tokens[last + 1 :]]


def _with_last_heading_cut(tokens: list[Token], last: int) -> list[Token]:
    """The last line, a heading whose first sentence the excerpt cut with no stop
    ("一、…十九大精神全省精神文明建设战线要把学习贯彻"), marked so: its text may be
    glued to it however short the line is, as a heading alone never runs on."""
    text = tokens[last].line.text.rstrip()
    if text.endswith(P.PARAGRAPH_ENDS):
        return tokens
    return [*tokens[:last], dataclasses.replace(tokens[last], stops_the_text=True)]


# The kinds of line a heading's marker opens.
_HEADING_KINDS = frozenset({Kind.SECTION, Kind.GROUP, Kind.ITEM, Kind.SUBITEM})


def _label_values_as_chrome(tokens: list[Token]) -> list[Token]:
    """A date under a metadata label alone on its line ("發佈日期:" / "2020年09月21日"):
    the page's value for the label, never the notice's signed date."""
    out = list(tokens)
    for index, token in enumerate(out):
        if not (
            token.kind is Kind.CHROME
            and token.chrome_kind == "metadata"
            and P.METADATA_LABEL_ALONE_RE.match(token.line.text)
        ):
            continue
        below = _next_filled(out, index + 1)
        if below is not None and out[below].kind is Kind.DATE:
            out[below] = Token(out[below].line, Kind.CHROME, chrome_kind="metadata")
    return out


# A metadata box with bare labels: this many labels or more in a run.
MIN_BOX_LABELS = 3
# A box's value is a cell: one line, never longer than a cut title.
MAX_BOX_VALUE_LEN = 80
# The kinds of line no cell of a box is: a heading's or an item's marker.
_NO_CELL_KINDS = frozenset({Kind.SECTION, Kind.GROUP, Kind.ITEM, Kind.SUBITEM, Kind.DASH})


def _bare_label_boxes_as_chrome(tokens: list[Token]) -> list[Token]:
    """A portal's metadata box set out a cell a line with its labels bare ("索引号" /
    "011081360/2021-15467" / "发布机构" / "十堰市农业农村局" / "文号" / "效力状态" /
    "有效"): page furniture, as the same box with colons is, not a cover letter.

    A run of label lines, each with at most one value line under it, counts where it
    holds three labels or more and one a portal's box always sets (索引号, 文号,
    发布机构, 成文日期…), or goes on with the box's row above ("索引号 | … | 文号 | |" /
    "来 源" / "玉溪市住房和城乡建设局" / "公开日期" / "2022-04-28", a row's cells a line
    each). A value is one short line that is no heading and no sentence ("各区局:",
    "…认真贯彻落实。" are the notice's own).
    """
    out = list(tokens)
    at = 0
    while at < len(tokens):
        run = _box_from(tokens, at)
        labels = [i for i in run if P.BARE_METADATA_LABEL_RE.match(tokens[i].line.text)]
        if (labels and _under_a_box_row(out, at)) or (
            len(labels) >= MIN_BOX_LABELS
            and any(P.BOX_ANCHOR_LABEL_RE.match(tokens[i].line.text) for i in labels)
        ):
            for i in run:
                out[i] = dataclasses.replace(tokens[i], kind=Kind.CHROME, chrome_kind="metadata")
            at = run[-1] + 1
        else:
            at += 1
    return out


# A box of values holds at most this many cells.
MAX_BOX_CELLS = 12


def _value_boxes_as_chrome(tokens: list[Token]) -> list[Token]:
    """A portal's metadata box set out with no labels at all, opened by its index number
    ("• 005252653/2021-00006" / "• 郑州市民族宗教事务局" / "• 计划" / "• 2021-05-31"):
    page furniture, as the box with labels is, not a cover letter.

    A bulleted index number takes the bulleted cells under it; one with no bullet, the
    short lines under it up to a line that reads as a title (the notice's own).  Only
    the page's first such number opens a box.
    """
    start = next(
        (
            i
            for i, t in enumerate(tokens)
            if t.kind is not Kind.CHROME and P.INDEX_NUMBER_CELL_RE.match(t.line.text)
        ),
        None,
    )
    if start is None:
        return tokens
    anchor = P.INDEX_NUMBER_CELL_RE.match(tokens[start].line.text)
    bulleted = anchor is not None and anchor["bullet"] is not None
    box = [start]
    at = _next_filled(tokens, start + 1)
    while at is not None and len(box) < MAX_BOX_CELLS and _is_box_cell(tokens[at], bulleted):
        box.append(at)
        at = _next_filled(tokens, at + 1)
    # (a box with labels anywhere, "索引号" / "010897245/2020-796164" / "发布机构", is
    # a box of bare labels: read as one, or as the notice's text where too short)
    above = _previous_filled(tokens, start)
    labelled = [*box, above] if above is not None else box
    if any(P.BARE_METADATA_LABEL_RE.match(tokens[i].line.text) for i in labelled):
        return tokens
    # (nor is a number under its label, "• 信息索引号:" / "11330922090963010M/2021-27971")
    if above is not None and tokens[above].kind is Kind.CHROME:
        return tokens
    out = list(tokens)
    for i in box:
        out[i] = dataclasses.replace(tokens[i], kind=Kind.CHROME, chrome_kind="metadata")
    return out


def _is_box_cell(token: Token, bulleted: bool) -> bool:
    """A cell of a box of values: a short line that is no sentence and no title, with
    the box's bullet where its index number has one (its words decide, not the
    bullet point it reads as)."""
    if not bulleted:
        return token.kind not in _NO_CELL_KINDS and _is_cell_text(token.line.text.strip())
    cell = P.BULLETED_CELL_RE.match(token.line.text)
    return cell is not None and _is_cell_text(cell["value"])


def _is_cell_text(text: str) -> bool:
    return _is_box_text(text) and not is_title_text(text) and not P.NOTICE_TITLE_RE.match(text)


def _under_a_box_row(tokens: Sequence[Token], at: int) -> bool:
    """Whether the line above ``at`` is a metadata box's row (page furniture)."""
    above = _previous_filled(tokens, at)
    return (
        above is not None
        and tokens[above].kind is Kind.CHROME
        and tokens[above].chrome_kind == "metadata"
    )


def _box_from(tokens: Sequence[Token], start: int) -> list[int]:
    """The lines of a bare-label box that opens at ``start``: labels, each with the
    value line under it if any (empty where none)."""
    run: list[int] = []
    at = start
    while at < len(tokens) and P.BARE_METADATA_LABEL_RE.match(tokens[at].line.text):
        run.append(at)
        below = _next_filled(tokens, at + 1)
        if below is None:
            break
        if not P.BARE_METADATA_LABEL_RE.match(tokens[below].line.text) and _is_box_value(
            tokens[below], status=bool(P.STATUS_LABEL_RE.match(tokens[at].line.text))
        ):
            run.append(below)
            below = _next_filled(tokens, below + 1)
        if below is None:
            break
        at = below
    return run


def _next_filled(tokens: Sequence[Token], start: int) -> int | None:
    return next((i for i in range(start, len(tokens)) if tokens[i].kind is not Kind.BLANK), None)


def _previous_filled(tokens: Sequence[Token], before: int) -> int | None:
    return next((i for i in range(before - 1, -1, -1) if tokens[i].kind is not Kind.BLANK), None)


def _is_box_value(token: Token, *, status: bool = False) -> bool:
    """A value under a box's bare label (under a label of whether the document is in
    force, ``status``, a word or two)."""
    text = token.line.text.strip()
    if status and len(text) > P.MAX_STATUS_LEN:
        return False
    return token.kind not in _NO_CELL_KINDS and _is_box_text(text)


def _is_box_text(text: str) -> bool:
    """One cell's words: short, and no sentence."""
    return 0 < len(text) <= MAX_BOX_VALUE_LEN and not P.SENTENCE_PUNCT_RE.search(text[-1:])


# A site's menu over the notice: this many bulleted entries or more, each short.
MIN_MENU_ENTRIES = 3
MAX_MENU_ENTRY_LEN = 10
LINK_DOTS = frozenset("·•")


def _menus_as_chrome(tokens: list[Token]) -> list[Token]:
    """A site's bulleted menu at the top of its page ("• 网站首页" / "• 信息公开指南" /
    "• 申请公开"), or its template's contact block ("- 手机:" / "- 18888889999"):
    page furniture, not bulleted measures of a plan.

    Only short entries in a run, with nothing above them but the site's furniture
    and short labels ("信息公开"): a plan's bullets stand under its title.
    """
    out = list(tokens)
    run: list[int] = []
    for index, token in enumerate(tokens):
        if token.kind is Kind.BLANK:
            continue
        # (a contact block's value follows its label, however long: "- 地址:" /
        # "- 海南省海口市玉沙路58号")
        if _is_menu_entry(token) or (
            token.kind is Kind.DASH and run and _is_contact_label(tokens[run[-1]])
        ):
            run.append(index)
            continue
        if len(run) >= MIN_MENU_ENTRIES or (
            run and all(_names_a_menu_word(tokens[at]) for at in run)
        ):
            for at in run:
                out[at] = dataclasses.replace(
                    tokens[at], kind=Kind.CHROME, chrome_kind="breadcrumb"
                )
        run = []
        if token.kind is not Kind.CHROME and len(token.line.text) > MAX_MENU_ENTRY_LEN:
            break  # the page's content has begun
    return out


def _bullet_text(token: Token) -> str | None:
    """The words after a bullet line's bullet; None for any other line."""
    return token.match["rest"] if token.kind is Kind.DASH and token.match else None


def _is_menu_entry(token: Token) -> bool:
    rest = _bullet_text(token)
    if rest is None:
        return False
    # A site's list of links sets its own dot after the list's dash, however long
    # the linked titles: "- ·关于印发《2024年全市守法普法工作要点》 的通知".
    if rest[:1] in LINK_DOTS:
        return True
    return len(rest) <= MAX_MENU_ENTRY_LEN and (
        not P.SENTENCE_PUNCT_RE.search(rest) or _is_contact_label(token)
    )


def _names_a_menu_word(token: Token) -> bool:
    """A bullet before a page's menu word alone: "• 水处理", "• 长辈版" (one is enough:
    a plan's bullet says more, and a "- " bullet may head a part: "- 前言")."""
    rest = _bullet_text(token)
    return (
        rest is not None
        and token.line.text[:1] in MENU_BULLETS
        and P.MENU_WORD_RE.fullmatch(rest) is not None
    )


# The bullets a site sets before its menu's words.
MENU_BULLETS = frozenset("•●▪")


def _is_contact_label(token: Token) -> bool:
    rest = _bullet_text(token)
    return rest is not None and P.CONTACT_LABEL_RE.fullmatch(rest.strip()) is not None


def _without_chrome(tokens: list[Token], report: Report) -> tuple[list[Token], list[Token]]:
    """Set page furniture aside (with one warning); drop blank lines."""
    chrome = [t for t in tokens if t.kind is Kind.CHROME]
    if chrome:
        report.warn(
            "page-chrome",
            f"{len(chrome)} line(s) of page furniture (web page or PDF) kept in source.chrome, "
            f"first: {quote(chrome[0].line.text)}",
            chrome[0].line.no,
        )
    return _mark_paragraph_starts(tokens), chrome


def _as_furniture(tokens: Sequence[Token]) -> list[Token]:
    return [dataclasses.replace(t, kind=Kind.CHROME, chrome_kind="page") for t in tokens]


def _mark_paragraph_starts(tokens: list[Token]) -> list[Token]:
    """Drop blank lines, marking the line after one; a blank beside page furniture
    ("成果" / "" / "— 1 —" / "" / "。") is a page break, not a paragraph break."""
    kept: list[Token] = []
    blank = furniture = False
    width = wrap_width(t.line.text for t in tokens if t.kind is not Kind.CHROME)
    for token in tokens:
        # (a table's cell break on a line of its own, "|", ends a cell as a blank
        # line ends a paragraph: "1.主动公开…等" / "|" / "通过本级政府门户网站…")
        if token.kind is Kind.BLANK or (
            token.kind is Kind.CHROME and P.EMPTY_ROW_RE.fullmatch(token.line.text)
        ):
            blank = True
        elif token.kind is Kind.CHROME:
            furniture = True
        else:
            after_blank = (
                blank and not furniture and bool(kept) and not _goes_on(kept[-1].line.text, width)
            )
            kept.append(dataclasses.replace(token, after_blank=True) if after_blank else token)
            blank = furniture = False
    return kept


def _goes_on(text: str, width: int) -> bool:
    """A line that fills a hard-wrapped text's width and ends no paragraph goes on
    past a blank line: a copy that set each of a PDF's lines apart put the blank
    inside the paragraph ("一、突出政治建设统领,在把准方向、强化引领上实现新提" / "" /
    "升")."""
    return at_width(text, width) and not completes_paragraph(text)


def _source(text: str, origin: Origin, script: Script, chrome: Sequence[Token]) -> Source:
    return Source(
        path=origin.path,
        sha256=origin.sha256 or sha256_hex(text.encode("utf-8")),
        encoding=origin.encoding,
        format=origin.source_format,
        script=script,
        chrome=[
            ChromeLine(text=t.line.text, kind=t.chrome_kind or "page", span=span_of([t.line]))
            for t in chrome
        ],
    )
