"""Checks over a built plan: numbering, unit tags, a cut-off end, known names.

Each check reports warnings; none changes the tree.  Real plans skip numbers
and leave items untagged, so these are findings for ``castplan check``, not
reasons to refuse a plan.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from castplan.grammar import patterns as P
from castplan.grammar.lines import QUOTE_LEN, Kind, Report, Token, quote
from castplan.grammar.numerals import chinese_digits_value, chinese_numeral_value
from castplan.model import Header, Notice, Section
from castplan.script import fold_name


def check_body(sections: Sequence[Section], report: Report) -> None:
    """Every check of the plan body, in reading order of their findings."""
    _check_numbering(sections, report)
    _check_units(sections, report)
    _check_last_item(sections, report)


def _check_last_item(sections: Sequence[Section], report: Report) -> None:
    """A plan whose last item stops mid-sentence was cut off."""
    items = [item for section in sections for item in section.items]
    # An item that got its unit tag or its deadline was not cut; one without may have
    # lost it.
    last = items[-1] if items else None
    if (
        last
        and not (last.lead_departments or last.deadline)
        and not last.text.endswith(P.ITEM_ENDS)
    ):
        report.warn(
            "truncated-item",
            f"item {last.marker} stops mid-sentence; the input may be cut off: "
            f"…{last.text[-QUOTE_LEN // 2 :]}",
            last.span.end_line,
        )


def _check_units(sections: Sequence[Section], report: Report) -> None:
    items = [item for section in sections for item in section.items]
    untagged = [item for item in items if not item.lead_departments]
    if not items or not untagged:
        return
    if len(untagged) == len(items):
        report.warn(
            "no-lead-departments",
            f"none of the {len(items)} items names a lead department",
            items[0].span.line,
        )
        return
    for section in sections:
        missing = [item for item in section.items if not item.lead_departments]
        # A section with no tags at all (总体要求, 保障措施) is one finding, not many.
        if len(missing) > 1 and len(missing) == len(section.items):
            report.warn(
                "section-without-lead-departments",
                f"none of the {len(missing)} items of section {section.numeral or section.number} "
                f"names a lead department",
                section.span.line,
            )
            continue
        for item in missing:
            report.warn(
                "missing-lead-department",
                f"item {item.marker} names no lead department: {quote(item.title)}",
                item.span.line,
            )


def _check_numbering(sections: Sequence[Section], report: Report) -> None:
    """Report gaps, duplicates and disorder in section and item numbers."""
    _check_run(
        [(s.number, s.span.line) for s in sections if s.numeral is not None],
        "section",
        report,
    )
    items: list[tuple[int, int]] = []
    for section in sections:
        for item in section.items:
            if item.marker == "——":
                continue
            # Numbers restart wherever an item 1 appears (a new section or
            # group); otherwise they run on across sections.
            if item.number == 1 and items:
                _check_run(items, "item", report)
                items = []
            items.append((item.number, item.span.line))
    _check_run(items, "item", report)


def _check_run(numbers: Sequence[tuple[int, int]], what: str, report: Report) -> None:
    seen: set[int] = set()
    expected = numbers[0][0] if numbers else 1
    for number, line in numbers:
        if number in seen:
            report.warn(f"{what}-number-duplicate", f"{what} {number} appears twice", line)
        elif number != expected:
            code = f"{what}-number-gap" if number > expected else f"{what}-number-order"
            report.warn(code, f"expected {what} {expected}, found {what} {number}", line)
        seen.add(number)
        expected = number + 1


# Below this share of Han characters a text is no Chinese notice (an English
# README with a numbered list, a data file).
MIN_HAN_SHARE = 0.3


# How many lines of a text's opening the checks read.
_OPENING_TOKENS = 200


def looks_like_notice(
    tokens: Sequence[Token], header: Header | None, title: str | None, sections: Sequence[Section]
) -> bool:
    """A notice has Chinese text and a plan's structure: a title, a cover notice,
    section headings, or a run of items (a plan page whose title the site dropped:
    a preamble, then "1." items, or "- " bullets under bare headings).

    A date line alone is any letter; one numbered line is any sentence.
    """
    # The opening of the text is evidence enough, and keeps this linear.
    # (a line with no Chinese at all is no part of it: a paper database's page sets its
    # machine translation, "First, the guiding ideology…", under the Chinese text)
    sample = "\n".join(
        t.line.text for t in tokens[:_OPENING_TOKENS] if P.HAN_RUNS_RE.search(t.line.text)
    )[:8192]
    # (a table's bars are no text: a page may set its cells' runs of empty bars, "| ||||…")
    chars = len("".join(P.TABLE_BARS_RE.sub("", sample).split()))
    han = sum(map(len, P.HAN_RUNS_RE.findall(sample)))
    if not chars or han / chars < MIN_HAN_SHARE:
        return False
    has_cover = header is not None and bool(header.notice_title or header.addressees)
    has_headings = any(s.numeral is not None for s in sections)
    items = [item for section in sections for item in section.items]
    # (two items do when a unit tag says they are tasks: "…(牵头单位:市直相关单位)")
    tagged = any(item.lead_departments or item.supporting_departments for item in items)
    has_items = len(items) >= MIN_ITEMS or (len(items) >= MIN_TAGGED_ITEMS and tagged)
    # (one does after an opening that sets out the year's work: "2023年全省教育工作的总体要求是:")
    has_items = has_items or (bool(items) and P.PLAN_OPENING_RE.search(sample) is not None)
    return (
        title is not None
        or has_cover
        or has_headings
        or has_items
        or _year_ahead(tokens)
        or _preface_looks_ahead(tokens)
        or _points_counted_in_words(tokens)
        or _a_task_given_its_units(tokens)
        or addresses_the_congress(tokens)
    )


def addresses_the_congress(tokens: Sequence[Token]) -> bool:
    """A work report with no title, its headings unnumbered or not reached, known by its
    address to the congress: "各位代表:" / "现在,我代表市人民政府向大会报告工作…"."""
    return any(P.CONGRESS_ADDRESS_RE.search(t.line.text) for t in tokens[:MAX_ADDRESS_LINES])


def _a_task_given_its_units(tokens: Sequence[Token]) -> bool:
    """A task table's record set out a field a line, no title or number left on the
    page: "重点工作: 全面推行林长制。" / "牵头单位: 市林业园林局" (a letter names
    no unit under such a label)."""
    return any(token.kind is Kind.UNIT_LINE for token in tokens[:_OPENING_TOKENS])


def _points_counted_in_words(tokens: Sequence[Token]) -> bool:
    """A plan told in paragraphs, each opening with its point counted in words, in
    order: "一是强化党建引领。…" / "二是抓实项目推进。…" / "三是加强社会保障。…" (or
    from a later point, where a page starts in the middle: "二是…" / "三是…" / "四是…")."""
    counted = [
        chinese_numeral_value(opening["numeral"])
        for t in tokens[:MAX_COUNTED_LINES]
        if t.kind is Kind.TEXT and (opening := P.POINT_IN_WORDS_OPENING_RE.match(t.line.text))
    ]
    first = counted[:1]
    return bool(first) and counted[:MIN_ITEMS] == list(range(first[0], first[0] + MIN_ITEMS))


def _year_ahead(tokens: Sequence[Token]) -> bool:
    """A plan told in paragraphs, with no title or headings, that opens with its year and
    what its body will do in it: "2025年,宁波市科协将深入学习贯彻…"."""
    opening = next((t for t in tokens[:MAX_OPENING_LINES] if t.kind is Kind.TEXT), None)
    return opening is not None and P.YEAR_AHEAD_OPENING_RE.match(opening.line.text) is not None


def year_a_preface_looks_ahead_to(lines: Sequence[str]) -> tuple[int, int] | None:
    """The year a text that opens on its preface, with no title, is the plan for, and
    the index of the line that says so: a year's guidelines that open with "前言", look
    back on the last year and then ahead ("2023年,…" / "2024年,澳門特區將…"), and go
    on with the review of the last year's plan ("二○二三年財政年度施政方針執行情況").

    The review heading names the year before the plan's; else the preface's last
    paragraph that opens with a year names the plan's, where it looks ahead (a later
    year than the paragraphs before it, or what a body will do in it).  None for any
    other text: a preface under a title is read with its title.
    """
    if not lines or not P.PREFACE_HEADING_RE.match(lines[0]):
        return None
    opened: list[tuple[int, int]] = []
    for index, line in enumerate(lines[1:], start=1):
        review = P.PLAN_REVIEW_HEADING_RE.match(line)
        if review is not None:
            return chinese_digits_value(review["year"]) + 1, index
        opening = P.PARAGRAPH_YEAR_OPENING_RE.match(line)
        if opening is not None:
            opened.append((int(opening["year"]), index))
    if not opened:
        return None
    year, index = opened[-1]
    ahead = P.YEAR_AHEAD_OPENING_RE.match(lines[index]) is not None
    return (year, index) if ahead or year > min(y for y, _ in opened) else None


def _preface_looks_ahead(tokens: Sequence[Token]) -> bool:
    """A plan with no title that opens on a preface naming the year it looks ahead to."""
    lines = [t.line.text for t in tokens[:MAX_PREFACE_LINES]]
    return year_a_preface_looks_ahead_to(lines) is not None


# How far down its opening, past a page's furniture, a work report addresses the congress.
MAX_ADDRESS_LINES = 12

# How far down a preface is read for the year it looks ahead to.
MAX_PREFACE_LINES = 20

# How far down, past a page's furniture, a plan told in paragraphs opens.
MAX_OPENING_LINES = 12
# How far down a plan's points counted in words are looked for.
MAX_COUNTED_LINES = 200


def collapsed_line(tokens: Sequence[Token]) -> Token | None:
    """A line holding a whole notice: a page that ran its paragraphs together.

    castplan reads a notice line by line, so such a text is refused with the
    reason, not parsed into a wrong tree.
    """
    for token in tokens:
        text = token.line.text
        if len(text) >= COLLAPSED_LEN and len(P.RUN_TOGETHER_HEADING_RE.findall(text)) >= 2:
            return token
    return None


# A line this long that holds headings in its middle is a collapsed page.
COLLAPSED_LEN = 500
# A run of at least this many items is a plan's body even with no title or heading.
MIN_ITEMS = 3
# ... and a run of this many, when one names its units.
MIN_TAGGED_ITEMS = 2


def check_known_departments(notice: Notice, known: Collection[str], report: Report) -> None:
    folded = {fold_name(name) for name in known}
    for item in notice.items():
        for name in [*item.lead_departments, *item.supporting_departments]:
            if fold_name(name) not in folded:
                report.warn(
                    "unknown-department",
                    f"item {item.marker} names {name}, which is not a known department",
                    item.span.line,
                )
