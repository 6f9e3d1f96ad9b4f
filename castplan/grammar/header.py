"""The cover notice: notice title, document number, addressees, letter, signature.

Everything before the plan title is the header.  A forwarding notice (转发)
wraps the notice that issued the plan; the wrapped one becomes ``forwarded``.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex as re

from castplan.grammar import patterns as P
from castplan.grammar.lines import (
    Kind,
    Line,
    Report,
    Token,
    classify_line,
    lstrip_len,
    span_of,
    wrapped_into,
)
from castplan.grammar.numerals import chinese_digits_value, chinese_numeral_value
from castplan.grammar.regions import (
    despaced,
    in_order,
    names_an_issuer,
    signed_on_one_line,
    title_parts,
    unbracketed,
    unspaced,
    with_lost_spaces,
)
from castplan.model import Attachment, Header, Span


def parse_date(match: re.Match[str]) -> dt.date | None:
    """Turn a DATE_RE match into a date; None when it names no real day."""
    if match.groupdict().get("month") and not match.groupdict().get("day"):
        return None  # "2017年4月 日": signed before the day was written in
    try:
        year = _century_added(chinese_digits_value(match["year"]))
        if match.groupdict().get("month_day"):
            return _run_together_date(year, match["month_day"])
        month = chinese_numeral_value(match["month"])
        day = chinese_numeral_value(match["day"])
        return dt.date(year, month, day)
    except ValueError:
        return None


def _century_added(year: int) -> int:
    """A year of two numerals ("一四年") in the century it most likely names: 2014."""
    if year >= _TWO_NUMERALS:
        return year
    return year + (2000 if year < _LAST_CENTURY_FROM else 1900)


# A year of two numerals is below this; from this one on, it names the 1900s.
_TWO_NUMERALS = 100
_LAST_CENTURY_FROM = 70


def _run_together_date(year: int, digits: str) -> dt.date | None:
    """ "2019508" after a signature: the one reading of month and day that is a real day."""
    readings = _run_together_readings(year, digits)
    return readings.pop() if len(readings) == 1 else None


def _run_together_readings(year: int, digits: str) -> set[dt.date]:
    """Every real day "2024115" may be: 2024-01-15 and 2024-11-05."""
    readings = set()
    for cut in range(1, len(digits)):
        month, day = digits[:cut], digits[cut:]
        if len(month) > 2 or len(day) > 2:
            continue
        try:
            readings.add(dt.date(year, int(month), int(day)))
        except ValueError:
            continue
    return readings


def _why_no_date(match: re.Match[str], text: str) -> str:
    """Why a date line gave no date: it names no real day, or digits run together
    that read as two ("2019116": 1月16日 or 11月6日), which castplan will not guess."""
    digits = match.groupdict().get("month_day")
    if digits:
        readings = sorted(_run_together_readings(chinese_digits_value(match["year"]), digits))
        if len(readings) > 1:
            days = " or ".join(day.isoformat() for day in readings)
            return f"ambiguous date: {text} may be {days}"
    return f"not a real date: {text}"


@dataclass
class _HeaderDraft:
    masthead: str | None = None
    notice_title: str | None = None
    doc_number: str | None = None
    addressees: list[str] = field(default_factory=list)
    letter: list[str] = field(default_factory=list)
    issuer: str | None = None
    seal: str | None = None
    date: dt.date | None = None
    contact: str | None = None
    disclosure: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    # A date read before the notice title is the page's ("作者：教育部" / "2017年1月25日");
    # the signature under the letter replaces it.  Where its line went in the letter.
    page_date: tuple[int, str] | None = None
    # The line read just before, to join an issuer signed over two lines.
    previous: str = ""
    # The notice title was set again (a page's box lists it, then the notice shows it).
    title_again: bool = False
    # Issuers written one a line over the notice title, joined as a signature is.
    title_issuers: str | None = None
    # Where in the letter the issuer's line stood, when it was read as a signature.
    issuer_at: int = 0


def build_header(tokens: Sequence[Token], report: Report) -> Header | None:
    """Read the cover notice from its lines (everything before the plan title).

    A forwarding notice (转发) wraps the notice that issued the plan: once a
    notice is signed (issuer or date), a new notice title starts the wrapped
    one, which becomes ``forwarded``.
    """
    if not tokens:
        return None
    draft = _HeaderDraft()
    entries = _join_split_notice_titles([cell for token in tokens for cell in _cells(token)])
    for position, (token, text, _) in enumerate(entries):
        if draft.notice_title is None and _starts_notice(entries, position):
            # What was read before the first notice title was the page's (its
            # metadata box: "发布机关" / "冠县政府"), not a notice's signature.
            draft.issuer = None
            draft.date = draft.page_date = None
        signed = draft.issuer or (draft.date and not draft.page_date)
        if signed and _repeats_the_notice(entries, position, draft):
            # The page's box ("区政府办公室" / "2024-06-30") over the notice it lists
            # signed nothing: the notice's own signature is below.
            draft.issuer = None
            draft.date = draft.page_date = None
            signed = None
        if signed and _starts_notice(entries, position):
            rest = [t for entry in entries[position:] for t in entry[2]]
            used = [t for entry in entries[:position] for t in entry[2]]
            return _finish_header(draft, used, build_header(rest, report))
        nxt = entries[position + 1][0] if position + 1 < len(entries) else None
        _read_header_line(
            token, text, nxt, draft, report, signed_below=_signed_below(entries, position)
        )
        draft.previous = text
        parts = entries[position][2]
        if draft.notice_title == text and len(parts) > 1 and P.ISSUER_RE.match(parts[0].line.text):
            issuers = [t.line.text for t in parts]
            # (a line that forwards is the title's, though it ends in a body's name:
            # "国务院办公厅转发中国红十字会" / "总会关于…的通知")
            about = next(
                (
                    i
                    for i, line in enumerate(issuers)
                    if not P.ISSUER_RE.match(line) or P.HANDS_OVER_RE.search(line)
                ),
                len(issuers) - 1,
            )
            draft.title_issuers = "、".join(issuers[:about])
    return _finish_header(draft, tokens, None)


# How many lines a joint signature takes at most (seventeen provincial bodies, one a line).
MAX_SIGNATURE_LINES = 24
_SIGNATURE_END_KINDS = frozenset({Kind.DATE, Kind.SEAL, Kind.DISCLOSURE})


def _signed_below(entries: Sequence[tuple[Token, str, list[Token]]], position: int) -> bool:
    """Whether only more issuers stand between this line and the date that signs them:
    "教育部 国家卫生健康委员会" / "国家体育总局 财政部" / … / "2018年8月30日"."""
    for token, text, _ in entries[position + 1 : position + 1 + MAX_SIGNATURE_LINES]:
        if token.kind in _SIGNATURE_END_KINDS:
            return True
        if not names_an_issuer(text):
            return False
    return False


def _cells(token: Token) -> list[Token]:
    """A line of a table flattened to text, read cell by cell.

    "…关于印发…的通知 | X政发〔2019〕3号 | 各县人民政府：" holds the notice title,
    the 文号 and the addressees on one line; each cell is classified as a line.
    """
    text = token.line.text
    if token.kind not in {Kind.TEXT, Kind.DISCLOSURE} or not P.HEADER_CELL_BREAK_RE.search(text):
        return [token]
    if P.LETTER_SPACED_RE.match(text):
        # (a signer's short name set out to the width of the others, "科     技     部",
        # has no cells)
        return [token]
    cells = []
    position = 0
    for piece in P.HEADER_CELL_BREAK_RE.split(text):
        start = text.index(piece, position) if piece else position
        position = start + len(piece)
        content = piece.strip()
        if not content:
            continue
        offset = start + lstrip_len(piece)
        line = Line(
            no=token.line.no,
            start=token.line.start + offset,
            end=token.line.start + offset + len(content),
            text=content,
            column=token.line.column + offset,
            shallowest=token.line.shallowest,
        )
        cells.append(classify_line(line))
    return cells if len(cells) > 1 else [token]


def _split_notice_title_at(tokens: Sequence[Token], index: int) -> list[Token]:
    """The lines of a notice title opened at ``index`` and set over up to four: the
    first join that ends as a notice does ("…关于转发" / "…发展规划" / "(2008—2012年)
    的通知"), else the first that reads as a notice title, else the line alone."""
    joins = [
        parts
        for extra in (1, 2, 3)
        if len(parts := list(tokens[index : index + extra + 1])) == extra + 1
        and P.NOTICE_TITLE_RE.match(_joined_title(parts))
    ]
    ended = [parts for parts in joins if _joined_title(parts).endswith(P.NOTICE_ENDS)]
    return (ended or joins or [[tokens[index]]])[0]


def _join_split_notice_titles(
    tokens: Sequence[Token],
) -> list[tuple[Token, str, list[Token]]]:
    """(first token, text, tokens) per header line, with a split notice title joined.

    PDF and Word copies break a long notice title: "关于印发《中国科协2024年" /
    "工作要点》的通知".
    """
    entries: list[tuple[Token, str, list[Token]]] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        text = token.line.text
        heads = _issuers_over_notice_title(tokens, index)
        if heads:
            # "中共某区工作委员会" / "某区管理委员会" / "关于印发…的通知": one notice title.
            entries.append((token, _joined_title(heads), heads))
            index += len(heads)
            continue
        cut = _notice_title_cut_before_its_end(tokens, index)
        if cut:
            # "南京市人民政府关于印发2021年市政府" reads as a headline that dropped its
            # 的通知, but the line below ends the title: "主要工作目标任务分解落实方案的通知".
            entries.append((token, "".join(t.line.text for t in cut), cut))
            index += len(cut)
            continue
        if (
            P.NOTICE_TITLE_START_RE.match(text)
            and not P.NOTICE_TITLE_RE.match(text)
            # (a page's headline cut short over the notice title said whole: "…中心 关于" /
            # "…中心 关于…申报的通知" is no title split in two)
            and not _said_again_whole(text, tokens[index + 1 : index + 2])
        ):
            parts = _split_notice_title_at(tokens, index)
            entries.append((token, _joined_title(parts), parts))
            index += len(parts)
            continue
        if (
            entries
            and token.kind is Kind.TEXT
            and entries[-1][0].kind is Kind.TEXT
            and not names_an_issuer(text)
            # A 文号 is never the end of a wrapped line ("综合政务" / "市中政办发〔2024〕3号").
            and not P.DOC_NUMBER_RE.fullmatch(text)
            and not P.SIGNED_DATE_RE.match(text)
            # A plan's title (a page's headline) is whole: the addressees start below it.
            and P.PLAN_KIND_END_RE.search(entries[-1][1]) is None
            # So is a line that opens with the 文号: "国办发[2004]85号 二○○四年十一月二十六日",
            # or closes with it: "…的通知(荆政办发〔2020〕1号)".
            and P.DOC_NUMBER_RE.match(entries[-1][1]) is None
            and not _ends_in_a_doc_number(entries[-1][1])
            # (nor the marks over a masthead: "000123　机密★1年　特急")
            and not P.DOCUMENT_MARKS_RE.fullmatch(entries[-1][1])
            and wrapped_into(entries[-1][1], text)
        ):
            first, before, parts = entries[-1]
            entries[-1] = (first, before + text, [*parts, token])
        else:
            entries.append((token, text, [token]))
        index += 1
    return entries


def _said_again_whole(text: str, below: Sequence[Token]) -> bool:
    """Whether the line below opens with all of ``text`` and goes on: the whole title
    under a headline a page cut short."""
    return any(
        _opens_with(t.line.text, text) and len(unspaced(t.line.text)) > len(unspaced(text))
        for t in below
    )


def _title_again_without_its_issuer(draft: _HeaderDraft, text: str) -> bool:
    """The notice title said again without the issuer that opened it: "某市人民政府办公室"
    / "关于…的" / "通 知", then "关于…的" / "通 知" (a page that printed it twice)."""
    title = draft.notice_title
    return (
        title is not None
        and len(text) < len(title)
        and title.endswith(text)
        and P.NOTICE_TITLE_RE.match(text) is not None
        and _issuers_named(title[: -len(text)]) is not None
    )


def _title_again_with_its_place(draft: _HeaderDraft, text: str) -> bool:
    """The notice title said again with the place its issuer belongs to before it:
    "奉贤区人民政府办公室关于…的通知", then "上海市奉贤区人民政府办公室关于…的通知"."""
    title = draft.notice_title
    return (
        title is not None
        and len(text) > len(title)
        and text.endswith(title)
        and P.PLACE_NAME_RE.fullmatch(text[: -len(title)]) is not None
        # (its issuer, the words before 关于, a body: never a place's topic alone)
        and (issuer := P.ISSUER_BEFORE_ABOUT_RE.match(title)) is not None
        and _issuers_named(issuer["issuer"]) is not None
    )


def _joined_title(parts: Sequence[Token]) -> str:
    """The lines of a notice title a break split, joined; a closing 通知 set out with a
    space inside ("通 知") is read without it."""
    return "".join(
        P.SPACES_RE.sub("", t.line.text)
        if P.SPACED_NOTICE_END_RE.match(t.line.text)
        else t.line.text
        for t in parts
    )


def _signed_date_line(text: str) -> re.Match[str] | None:
    """Issuer and date on one line, set apart or glued ("海南省人民政府办公厅2022年3月26日")."""
    glued = P.SIGNED_GLUED_DATE_RE.match(text)
    if glued and P.ISSUER_RE.match(glued["issuer"]):
        return glued
    return P.SIGNED_DATE_RE.match(text)


def _ends_in_a_doc_number(text: str) -> bool:
    numbers = list(P.DOC_NUMBER_RE.finditer(text))
    return bool(numbers) and text[numbers[-1].end() :].strip(" )）]】") == ""


def _notice_title_cut_before_its_end(tokens: Sequence[Token], index: int) -> list[Token]:
    """A notice title that a line break cut where a headline without 的通知 could end,
    and the lines that finish it below; [] if none does."""
    text = tokens[index].line.text
    if any(end in text for end in P.NOTICE_ENDS) or not (
        P.NOTICE_TITLE_START_RE.match(text) and P.NOTICE_TITLE_RE.match(text)
    ):
        return []
    for extra in (1, 2):
        parts = list(tokens[index : index + extra + 1])
        joined = _joined_title(parts)
        if (
            len(parts) < extra + 1
            or P.PLAN_KIND_END_RE.search(parts[-2].line.text)
            or P.NOTICE_TITLE_START_RE.match(parts[-1].line.text)
        ):
            return []
        if joined.endswith(P.NOTICE_ENDS) and P.NOTICE_TITLE_RE.match(joined):
            return parts
    return []


def _issuers_over_notice_title(tokens: Sequence[Token], index: int) -> list[Token]:
    """Issuer lines from ``index`` and the notice title below them, which they head
    ("延安市科学技术局" / "关于分解落实…2018年" / "重点工作任务的通知"); [] if none."""
    for count in (1, 2, 3):
        if index + count >= len(tokens):
            return []
        if not P.ISSUER_RE.match(tokens[index + count - 1].line.text):
            return []
        # (glosses read away: "天水市人民政府辦公室" / "關(guān)于印發(fā)《…》的通知")
        # (or one that hands a document on: "市人民政府" / "批转市发改委关于…的通知")
        below = P.GLOSS_RE.sub("", tokens[index + count].line.text)
        if below.startswith(P.ABOUT_WORDS + P.HANDING_ON_WORDS):
            found = []
            for extra in (0, 1, 2, 3):
                heads = list(tokens[index : index + count + 1 + extra])
                joined = _joined_title(heads)
                if len(heads) == count + 1 + extra and P.NOTICE_TITLE_RE.match(joined):
                    found.append((joined, heads))
            # A title that reads as a headline cut before 的通知 may go on below.
            whole = [heads for joined, heads in found if joined.endswith(P.NOTICE_ENDS)]
            return (whole or [heads for _, heads in found] or [[]])[0]
    return []


def _starts_notice(entries: Sequence[tuple[Token, str, list[Token]]], position: int) -> bool:
    """A notice title here, or a document number right before one."""
    text = entries[position][1]
    if P.NOTICE_TITLE_RE.match(text):
        return True
    return (
        P.DOC_NUMBER_RE.fullmatch(text) is not None
        and position + 1 < len(entries)
        and P.NOTICE_TITLE_RE.match(entries[position + 1][1]) is not None
    )


def _repeats_the_notice(
    entries: Sequence[tuple[Token, str, list[Token]]], position: int, draft: _HeaderDraft
) -> bool:
    """The notice title already read, set again (a page lists a notice, then shows it)."""
    if draft.notice_title is None or not _starts_notice(entries, position):
        return False
    text = entries[position][1]
    if P.DOC_NUMBER_RE.fullmatch(text):
        text = entries[position + 1][1]
    # (or names the same document: a page's headline "某市委 某市人民政府印發《X》的通知"
    # over the notice "印發《X》的通知" under its issuers, glossed "關(guan) 於(yu)")
    # (a notice that forwards another, "关于转发《X》的通知", is no headline of it)
    named = _handed_over(text)
    forwards = any(word in draft.notice_title for word in ("转发", "轉發"))
    return _without_category(text) == draft.notice_title or (
        named is not None and not forwards and named == _handed_over(draft.notice_title)
    )


def _own_line_under_the_title(draft: _HeaderDraft, text: str, doc: re.Match[str]) -> bool:
    """Whether a whole 文号 line stands right under the notice title the page set again."""
    return (
        draft.doc_number is not None
        and draft.title_again
        and draft.previous == draft.notice_title
        and text.strip() == doc.group().strip()
    )


def _own_title_under_its_headline(draft: _HeaderDraft, text: str) -> bool:
    """A notice title that ends with the name a headline read before it hands over."""
    if draft.notice_title is None or draft.letter or not P.NOTICE_TITLE_RE.match(text):
        return False
    named = _handed_over(draft.notice_title)
    return named is not None and "".join(text.split()).endswith(named) and named != text


def _handed_over(notice_title: str) -> str | None:
    """The name of the document a notice title hands over, read without glosses or spaces."""
    named = P.BOOK_TITLE_RE.search(P.GLOSS_RE.sub("", notice_title))
    return "".join(named["name"].split()) if named else None


def _finish_header(
    draft: _HeaderDraft, tokens: Sequence[Token], forwarded: Header | None
) -> Header:
    if draft.issuer is None and draft.notice_title:
        # "南昌市人民政府关于印发…的通知" names its issuer when no signature does, and
        # so does "某区委办公室 某区政府办公室印发《…》的通知".
        # (a page may set the whole notice title in book brackets: "《…印發〈…〉的通知》",
        # or a catalogue file it under its place: "(界首市)界首市人民政府關於印發…")
        named = P.FILED_UNDER_RE.sub("", unbracketed(draft.notice_title))
        about = P.TITLE_ABOUT_RE.match(named) or P.ISSUED_BY_RE.match(named)
        draft.issuer = draft.title_issuers or (about["org"].strip() if about else None)
    if draft.issuer is None and draft.masthead:
        # The masthead names the issuing body when nothing else does.
        masthead = P.MASTHEAD_RE.match(draft.masthead)
        body = masthead["body"] if masthead else draft.masthead.removesuffix("文件")
        draft.issuer = body.strip() or None
    return Header(
        masthead=draft.masthead,
        notice_title=draft.notice_title,
        doc_number=draft.doc_number,
        addressees=draft.addressees,
        cover_letter="\n".join(draft.letter) or None,
        issuer=draft.issuer,
        seal=draft.seal,
        date=draft.date,
        contact=draft.contact,
        disclosure=draft.disclosure,
        attachments=draft.attachments,
        forwarded=forwarded,
        span=span_of([t.line for t in tokens]),
    )


def signed_after_the_plan(
    header: Header | None, closing: Sequence[Token]
) -> tuple[Header | None, Sequence[Token]]:
    """Issuer and date signed below the plan belong to the header, wherever they stand.

    A plan issued directly (no cover notice) is signed at its foot: "中国科协" /
    "2025年2月28日".  With no cover notice those lines become the header and
    leave ``closing``; with one, they stay in ``closing`` and the header
    records their values.
    """
    if header is not None and header.issuer and header.date:
        return header, closing
    for index in range(len(closing)):
        found = _signed_at(closing, index)
        if found is None:
            continue
        first, issuer, date = found
        signature = [t.line for t in closing[first : index + 1]]
        if header is not None:
            return _updated(header, issuer, date, signature), closing
        rest = [*closing[:first], *closing[index + 1 :]]
        return _updated(None, issuer, date, signature), rest
    return header, closing


def _signed_at(closing: Sequence[Token], index: int) -> tuple[int, str | None, dt.date] | None:
    """A signature that ends at ``index``: (where it starts, the issuer, the day).

    A date line with the issuer on the line above (joint issuers on the lines above,
    one a line), or with none; or both on one line, as a web copy runs them
    together: "江城市科学技术协会　2025年3月1日".  A seal's note between the names and
    the date, "(代章)", names no issuer."""
    token = closing[index]
    if token.kind is Kind.DATE and token.match:
        day = parse_date(token.match)
        if day is None:
            return None
        names_end = index - 1 if index and closing[index - 1].kind is Kind.SEAL else index
        first = names_end
        while (
            first
            and index - first < MAX_SIGNATURE_LINES
            and names_an_issuer(closing[first - 1].line.text)
        ):
            first -= 1
        if first == names_end:
            return names_end, None, day
        return first, "、".join(signer(t.line.text) for t in closing[first:names_end]), day
    signed = signed_on_one_line(token)
    if signed is None:
        return None
    day = parse_date(signed)
    return (index, signer(signed["issuer"].strip()), day) if day else None


def signer(line: str) -> str:
    """The issuer a signature line names: "…工作专班办公室(代)" signs as …办公室; a
    name set out a character at a time to the width of the others, "国 家 数 据 局",
    "科     技     部", as its characters."""
    return despaced(P.ACTING_MARK_RE.sub("", with_lost_spaces(line)))


def issuers_listed(header: Header | None) -> Header | None:
    """The header with its joint issuers written as one list, "A、B", as users split it."""
    if header is None or not header.issuer:
        return header
    listed = listed_issuers(header.issuer)
    return header if listed == header.issuer else header.model_copy(update={"issuer": listed})


def listed_issuers(issuer: str) -> str:
    """Joint issuers as one list, "中共某市委、某市人民政府", however the text set them
    apart: a line each, or spaces on one line ("中共某市委  某市人民政府"), or both."""
    names = []
    for part in issuer.split("、"):
        spaced = part.split()
        names.extend(spaced if len(spaced) > 1 and all(map(_signs_alone, spaced)) else [part])
    return "、".join(names)


def _signs_alone(name: str) -> bool:
    """Whether a name is an issuer's whole name, not the office under a body the space
    set it apart from ("中国科协 办公厅")."""
    return P.ISSUER_RE.match(name) is not None and P.OFFICE_WORD_RE.match(name) is None


def _metadata_date(text: str) -> re.Match[str] | None:
    # Letter-spaced labels ("成 文 日 期") read as their words.
    line = unspaced(P.CHROME_BULLET_RE.sub("", text))
    # (a box run into one line may hold both: "发文日期:2020年08月13日 … 成文日期:2020年08月12日"
    # is the document made on the 12th)
    found = sorted(P.METADATA_DATE_RE.finditer(line), key=_metadata_rank)
    return found[0] if found else P.METADATA_ROC_DATE_RE.search(line)


def _metadata_rank(match: re.Match[str]) -> int:
    """Which of a page's dates tells the notice's own day best: the day it was written
    (成文日期) first, then the day it was issued (发文日期), then any other (发布日期,
    the day a page posted it)."""
    fields = match.groupdict()
    return 0 if fields.get("written") else 1 if fields.get("issued") else 2


def dated_by_the_page(
    header: Header | None, chrome: Sequence[Token], signed: Sequence[Token] = ()
) -> Header | None:
    """With no signed date, the date in the page's metadata: 成文日期 first, then 发文日期,
    then 发布日期.

    A signature date run together two ways ("2024115": 1月15日 or 11月5日) is the
    reading on or before the page's date, the latest such: a notice is signed,
    then published.
    """
    if header is not None and header.date:
        return header
    dated = [(t, m) for t, text in _metadata_fields(chrome) if (m := _metadata_date(text))]
    dated.sort(key=lambda found: _metadata_rank(found[1]))
    found = [(token, date) for token, match in dated if (date := _metadata_day(match))]
    if header is not None and found:
        signed_on = _run_together_before(signed, min(date for _, date in found))
        if signed_on is not None:
            return _updated(header, None, signed_on, [])
    if found:
        token, date = found[0]
        return _updated(header, None, date, [token.line])
    return header


def dated_by_the_imprint(header: Header | None, closing: Sequence[Token]) -> Header | None:
    """With no signed date and none on the page, the day the imprint (版记) at the
    notice's end says it was printed and issued: "某市科协办公室 2025年3月6日印发" (a
    printed copy keeps it where a page dropped the signature); its office printed the
    notice and signs nothing."""
    if header is not None and header.date:
        return header
    for token in reversed(closing):
        if token.kind is not Kind.DISTRIBUTION:
            continue
        imprint = P.IMPRINT_RE.match(token.line.text.strip())
        if imprint and (date := parse_date(imprint)):
            return _updated(header, None, date, [token.line])
    return header


def _metadata_fields(chrome: Sequence[Token]) -> list[tuple[Token, str]]:
    """Each metadata line's text, a label alone read with the value on the line below
    it ("成文日期:" / "2020年08月30日")."""
    fields = []
    for index, token in enumerate(chrome):
        text = token.line.text
        if P.METADATA_LABEL_ALONE_RE.match(text) and index + 1 < len(chrome):
            label = text.strip()
            # (a bare label, "发布机构" / "十堰市农业农村局", is read as if with its colon)
            colon = "" if label[-1:] in _LABEL_ENDS else ":"
            text = f"{label}{colon}{chrome[index + 1].line.text.strip()}"
        fields.append((token, text))
    return fields


# The characters a metadata label may close with.
_LABEL_ENDS = frozenset(":：|】]")


def _metadata_day(match: re.Match[str]) -> dt.date | None:
    year = int(match["year"])
    year += 1911 if year < 1000 else 0  # the Republic of China era
    try:
        return dt.date(year, int(match["month"]), int(match["day"]))
    except ValueError:
        return None


def _run_together_before(tokens: Sequence[Token], published: dt.date) -> dt.date | None:
    """The reading of an ambiguous run-together date line on or before ``published``."""
    for token in tokens:
        # (a date line keeps the match that classified it)
        match = token.match if token.kind is Kind.DATE else None
        if match is None or not match.groupdict().get("month_day"):
            continue
        readings = _run_together_readings(int(match["year"]), match["month_day"])
        before = [day for day in readings if day <= published]
        if before:
            return max(before)
    return None


def issued_under_the_title(
    header: Header | None, title: str | None, preamble: Sequence[Token], report: Report
) -> tuple[Header | None, Sequence[Token]]:
    """A document issued as itself: "国务院关于落实…的意见" / "国发〔2020〕6号".

    With no cover notice, a 文号 line under the title is the document's own,
    and the body the title names before 关于 is its issuer.  (Lines above the
    title that hold nothing of a notice, a web page's headline, stay where
    they are: the caller makes them page furniture.)
    """
    if (header is not None and _signed_or_numbered(header)) or not preamble:
        return header, preamble
    if not title:
        # (an untitled plan may open with its body's name alone over its text, the
        # page's heading lost: "国务院知识产权战略实施工作部际联席会议办公室" / "为贯彻…")
        # (right over the plan's opening; a site's name stands over its menu)
        unsigned = header is None or not header.issuer
        opening = len(preamble) > 1 and P.TEXT_OPENING_RE.match(preamble[1].line.text.strip())
        if unsigned and opening and _byline(preamble):
            return _under_a_byline(header, preamble)
        return header, preamble
    # "国发〔2020〕6号" or "（皖政〔2001〕85号）" under the title, then perhaps its addressees;
    # or the addressees alone, under a "…人民政府关于…的意见".
    number = _number_under_the_title(preamble[0], report)
    about = P.TITLE_ABOUT_RE.match(title)
    # (a page's byline may stand over the 文号: "教育部" / "教监管〔2023〕2号")
    over = 0
    if number is None and len(preamble) > 2 and _names_a_body(preamble[0].line.text):
        number = _number_under_the_title(preamble[1], report)
        over = int(number is not None)
    rest = preamble[1 + over :] if number else preamble
    if not number and _byline(preamble) and (header is None or not header.issuer):
        # "关于沈阳市恢复和扩大消费政策措施" / "沈阳市发展改革委" / "为深入实施…": the
        # body that issued it, set under the title as a byline.
        return _under_a_byline(header, preamble)
    if not number and not about:
        return header, preamble
    addressee = rest[0].line.text if rest else ""
    addressed = P.ADDRESSEE_RE.match(addressee) is not None
    if not number and not addressed:
        return header, preamble
    lines = [t.line for t in preamble[: over + int(number is not None) + int(addressed)]]
    # (the note may date it: "(冀政办〔2011〕2号 2011年1月27日)"; else the page's date)
    dated = parse_date(number) if number and number.groupdict().get("year") else None
    by = signer(preamble[0].line.text) if over else None
    found = Header(
        doc_number=number["doc"] if number else None,
        addressees=_addressees(addressee) if addressed else [],
        issuer=about["org"] if about else by,
        date=dated or (header.date if header is not None else None),
        span=span_of(lines),
    )
    return found, preamble[len(lines) :]


def _under_a_byline(
    header: Header | None, preamble: Sequence[Token]
) -> tuple[Header, Sequence[Token]]:
    """The header a byline, the first line of ``preamble``, makes: its body the issuer
    (the page's date kept), the rest the preamble."""
    byline = preamble[0].line
    found = Header(
        issuer=signer(byline.text),
        date=header.date if header is not None else None,
        span=span_of([byline]),
    )
    return found, preamble[1:]


# A byline under a title names one body or two, not a letter's list of addressees.
MAX_BYLINE_LEN = 30


def _byline(preamble: Sequence[Token]) -> bool:
    """Whether the first line under the title is the issuing body's name alone, with
    the plan's text after it (or its first part: "深圳市口岸办" / "一、…")."""
    return bool(preamble) and _names_a_body(preamble[0].line.text)


def _names_a_body(text: str) -> bool:
    """A line that is a body's name alone, as a byline or a cover page sets it (a page
    may pad it after: "深圳市口岸办       ")."""
    text = text.rstrip()
    # (a gloss's brackets are no sentence's: "上海市發(fā)展和改革委員會")
    bare = P.GLOSS_RE.sub("", text)
    return (
        len(bare) <= MAX_BYLINE_LEN
        and P.ISSUER_RE.match(text) is not None
        and P.SENTENCE_PUNCT_CHARS_RE.search(bare) is None
    )


def _number_under_the_title(token: Token, report: Report) -> re.Match[str] | None:
    """ "国发〔2020〕6号" under the title, or one that lost its closing characters
    ("皖教工委〔201719", with a warning)."""
    text = token.line.text.strip().strip("()（）")
    number = P.DOC_NUMBER_RE.fullmatch(text) or P.NUMBER_AND_DATE_RE.fullmatch(text)
    if number is None and (number := P.LOST_DOC_NUMBER_RE.fullmatch(text)):
        report.warn(
            "damaged-doc-number",
            f"document number lost its closing characters: {number['doc']}",
            token.line.no,
        )
    return number


def notice_under_the_title(
    header: Header | None, above: Sequence[Token], preamble: Sequence[Token], report: Report
) -> tuple[Header | None, Sequence[Token], Sequence[Token]]:
    """A cover notice set under the plan title: (header, lines now page furniture, preamble).

    A wiki or repost page opens with the plan's title, then the notice that
    issued it ("教育部2017年工作要点" / "教政法〔2017〕4号" / "教育部关于印发…的通知" /
    addressees / letter / "教育部" / "2017年1月22日"), then the plan.  The notice
    is the header; the page's lines above the title, which held nothing of a
    notice, become page furniture.
    """
    # (a date alone does not stop it: the page's 发布时间 may have dated the header)
    if header is not None and _signed_or_numbered(header):
        return header, [], preamble
    opened = next(
        (
            i
            for i, t in enumerate(preamble[:_NOTICE_OPENS_WITHIN])
            if P.NOTICE_TITLE_RE.match(t.line.text) or P.ADDRESSEE_RE.match(t.line.text)
        ),
        None,
    )
    if opened is None:
        return header, [], preamble
    signed = next(
        (i for i in range(opened + 1, len(preamble)) if _signed_date(preamble[i])),
        None,
    )
    if signed is None:
        return header, [], preamble
    found = build_header(preamble[: signed + 1], report)
    return found, above, preamble[signed + 1 :]


# How far under the title a cover notice may open (its 文号, a byline and a date first).
_NOTICE_OPENS_WITHIN = 5


def notice_title_under_the_title(
    header: Header | None, title: str | None, above: Sequence[Token], preamble: Sequence[Token]
) -> tuple[Header | None, Sequence[Token], Sequence[Token]]:
    """The title of the notice that issued the plan, alone on the line under the plan's
    title, no letter or signature after it: (header, lines now page furniture, preamble).

    A page's headline names the plan, then the notice's title hands it over, and the
    plan's text follows ("银川市推进…行动计划(2022—2025年)" / "中共银川市委办公室银川市
    人民政府办公室关于印发《银川市推进…行动计划(2022—2025年)》的通知" / "为深入贯彻…").
    The notice title names the issuer; the page's lines above become furniture.
    """
    if not title or not preamble or (header is not None and _signed_or_numbered(header)):
        return header, [], preamble
    text = preamble[0].line.text
    if not P.NOTICE_TITLE_RE.match(text) or _handed_over(text) != "".join(title.split()):
        return header, [], preamble
    about = P.TITLE_ABOUT_RE.match(text) or P.ISSUED_BY_RE.match(text)
    found = Header(
        notice_title=text,
        issuer=about["org"].strip() if about else None,
        date=header.date if header is not None else None,
        span=span_of([preamble[0].line]),
    )
    return found, above, preamble[1:]


def _signed_date(token: Token) -> bool:
    """A date line, or an issuer and date on one: "陕西省人民政府 2017821"."""
    match = token.match if token.kind is Kind.DATE else P.SIGNED_DATE_RE.match(token.line.text)
    return match is not None and parse_date(match) is not None


def _addressees(line: str) -> list[str]:
    """ "各市、县人民政府，省政府各部门：" → its addressees."""
    return [n.strip() for n in P.ADDRESSEE_SPLIT_RE.split(line[:-1]) if n.strip()]


def _signed_or_numbered(header: Header) -> bool:
    # A date alone may be the page's (发布时间); a notice has a title, number or issuer.
    return bool(header.notice_title or header.doc_number or header.issuer or header.addressees)


def dated_under_the_title(
    header: Header | None, preamble: Sequence[Token]
) -> tuple[Header | None, Sequence[Token]]:
    """A date under the title of a plan that no notice dates.

    "(2015年9月15日)" under a draft's title, a newspaper's "2023年02月22日", or the
    note of a plan a meeting adopted, "(2020年11月27日…原则通过 2021年4月16日…修改)",
    whose last date is that of the text in hand.  With no header, the lines down
    to the date become one, their text its ``note``.
    """
    if header is not None and header.date:
        return header, preamble
    for index, token in enumerate(preamble[:_DATE_UNDER_TITLE_WITHIN]):
        issued = P.ISSUE_NOTE_RE.match(token.line.text.strip())
        if issued is not None:
            return _issued_under_the_title(header, preamble, index, issued)
        end = _note_end(preamble, index)
        date = _date_of(token, " ".join(t.line.text for t in preamble[index : end + 1]))
        if date is None:
            continue
        if header is not None:
            # (the letter's signature may stand over its date under the plan's title:
            # "湖南省促进…实施方案" / "湖南省人民政府办公厅" / "2017年4月28日")
            above = preamble[index - 1].line.text if index > 0 else ""
            signed = not header.issuer and P.ISSUER_RE.match(above) is not None
            update = {"date": date, **({"issuer": signer(above)} if signed else {})}
            # (or a report's day over the body that gives it, the report's text below:
            # "(2023年1月14日)" / "珠海高新技术产业开发区管理委员会" / "一、…")
            below = preamble[index + 1 :]
            if not header.issuer and not signed and _byline(below):
                update["issuer"] = signer(below[0].line.text)
            return header.model_copy(update=update), preamble
        lines = [t.line for t in preamble[: end + 1]]
        note = "\n".join(line.text for line in lines)
        rest = preamble[end + 1 :]
        # (a cover page names the body under the note: "(…会议通过)" / "喀什地区发展和
        # 改革委员会" / "目 录")
        if rest and _byline(rest):
            issuer = signer(rest[0].line.text)
            found = Header(
                date=date, note=note, issuer=issuer, span=span_of([*lines, rest[0].line])
            )
            return found, rest[1:]
        return Header(date=date, note=note, span=span_of(lines)), rest
    return header, preamble


def _issued_under_the_title(
    header: Header | None, preamble: Sequence[Token], index: int, issued: re.Match[str]
) -> tuple[Header | None, Sequence[Token]]:
    """A compilation's "(2016年7月中共国家税务总局党组印发)": the bodies that issued the
    text, and its date where the note gives the day (a month alone dates no document)."""
    by = issued["by"] or issued["by_first"]
    issuer = " ".join(P.ISSUERS_SPLIT_RE.split(by.strip()))
    when = P.DATE_IN_TEXT_RE.search(issued["when"] or issued["when_after"])
    date = parse_date(when) if when else None
    if header is not None:
        update = {"issuer": header.issuer or issuer, "date": header.date or date}
        return header.model_copy(update=update), preamble
    lines = [t.line for t in preamble[: index + 1]]
    note = "\n".join(line.text for line in lines)
    found = Header(issuer=issuer, date=date, note=note, span=span_of(lines))
    return found, preamble[index + 1 :]


def _note_end(preamble: Sequence[Token], index: int) -> int:
    """The last line of a note in brackets that opens at ``index``, wrapped over lines:
    "(2025年2月26日…人民代表大会" / "常务委员会第二十五次会议通过)"."""
    text = P.POSTED_BEFORE_NOTE_RE.sub("", preamble[index].line.text)
    if not text.startswith(("(", "（")) or text.rstrip().endswith((")", "）")):
        return index
    for end in range(index + 1, min(index + _NOTE_LINES, len(preamble))):
        if preamble[end].line.text.rstrip().endswith((")", "）")):
            return end
    return index


# How many lines a wrapped note under a title may take.
_NOTE_LINES = 3


# How far under the title its date may stand (a draft's "(征求意见稿)" line first).
_DATE_UNDER_TITLE_WITHIN = 3


def _date_of(token: Token, text: str) -> dt.date | None:
    if token.kind is Kind.DATE and token.match:
        return parse_date(token.match)
    text = P.POSTED_BEFORE_NOTE_RE.sub("", text)
    if text.startswith(("(", "（")) and P.ADOPTED_RE.search(text):
        dates = [parse_date(m) for m in P.DATE_IN_TEXT_RE.finditer(text)]
        return next((d for d in reversed(dates) if d is not None), None)
    # (a report's note of the day it was given: "——2025年1月8日在…会议上", also with no
    # dash or in brackets: "2020年12月24日在…会议上")
    return _spoken_on(text)


def signed_on_the_cover(
    header: Header | None, preamble: Sequence[Token], title: str | None = None
) -> tuple[Header | None, Sequence[Token]]:
    """With no issuer read, the bodies a plan's cover page names under its title, over
    the date it was made: "深圳市电子政务“十二五”发展规划" / "深圳市科技工贸和信息化委员会"
    / "深圳市发展和改革委员会" / "二〇一一年十一月" (issued by both, as the letter says).

    The cover may set the title again first, broken over lines ("黎川县基础测绘“十四五”
    规划" / "(2021-2025)" / "(报批稿)"); with no header, the cover's lines become one.
    """
    if header is not None and header.issuer:
        # (the first of the cover's bodies may have been read already as the issuer of a
        # header that holds nothing else: "四川省气象局" / "四川省发展和改革委员会" / "2021年12月")
        alone = not (header.notice_title or header.cover_letter or header.addressees)
        more = _cover_bodies(preamble, 0) if alone else None
        if more is None:
            return header, preamble
        return header.model_copy(update={"issuer": f"{header.issuer} {more[0]}"}), preamble
    start = _title_again_over_the_cover(preamble, title)
    found_names = _cover_bodies(preamble, start)
    if found_names is None:
        return header, preamble
    issuer, index = found_names
    if header is not None:
        return header.model_copy(update={"issuer": issuer}), preamble
    token = preamble[index]
    lines = [t.line for t in preamble[: index + 1]]
    again = "\n".join(t.line.text for t in preamble[:start]) or None
    date = _date_of(token, token.line.text.strip())
    found = Header(issuer=issuer, date=date, note=again, span=span_of(lines))
    return found, preamble[index + 1 :]


def _cover_bodies(preamble: Sequence[Token], start: int) -> tuple[str, int] | None:
    """The bodies a cover names a line each from ``start``, over the date or month it was
    made (or one that says it made the plan: "…人民政府制定"): their names set apart by
    spaces, and the index of the date's line; None where a line that names no body
    comes first."""
    names: list[str] = []
    for index in range(start, min(start + _COVER_BODIES + 1, len(preamble))):
        token = preamble[index]
        text = token.line.text.strip()
        if names and (token.kind is Kind.DATE or P.YEAR_MONTH_LINE_RE.match(text)):
            return " ".join(names), index
        # (or a body that says it made the plan, which needs no date: "…人民政府制定")
        made = None if names else P.COVER_MADE_BY_RE.match(text)
        if made is not None and _names_a_body(made["body"]):
            return signer(made["body"]), index
        if not _names_a_body(text):
            return None
        names.append(signer(text))
    return None


def _title_again_over_the_cover(preamble: Sequence[Token], title: str | None) -> int:
    """How many lines at the top of ``preamble`` set the title again, perhaps with its
    draft's note (the title "…规划(2021-2025)(报批稿)" over "…规划" / "(2021-2025)" /
    "(报批稿)"); 0 where they do not."""
    if not title:
        return 0
    whole, said = unspaced(title), ""
    for index, token in enumerate(preamble[:_TITLE_AGAIN_LINES]):
        said += unspaced(token.line.text)
        if not whole.startswith(said):
            return 0
        if said == whole:
            return index + 1
    return 0


# How many lines a cover may break the title into.
_TITLE_AGAIN_LINES = 4


# How many bodies a cover page names over its date at most.
_COVER_BODIES = 3


def issued_by_the_title(header: Header | None, title: str | None) -> Header | None:
    """With no issuer read anywhere, the body a "…关于…的意见" title names; or, for a
    plan sent out as a document of its own (its 文号 or addressees under the title,
    no signature seen), the office its title opens with: "某县人民政府2012年林业工作意见"."""
    if header is None or header.issuer or not title:
        return header
    about = P.TITLE_ABOUT_RE.match(title)
    if about:
        return header.model_copy(update={"issuer": _issuers_named(about["org"]) or about["org"]})
    body = title_parts(title)[0] if header.doc_number or header.addressees else None
    if body and P.ISSUER_RE.match(body) and not (header.notice_title or header.cover_letter):
        return header.model_copy(update={"issuer": body})
    return header


def issued_by_its_own_title(
    header: Header | None, title: str | None, span: Span | None
) -> Header | None:
    """A plan with no notice, no signature and no page box over it, whose title names
    the bodies issuing it: "中共某省委、某省人民政府关于…的实施意见" is theirs.  The
    header holds no text of its own: its span is empty, at the title's start."""
    if header is not None or not title or span is None:
        return header
    about = P.TITLE_ABOUT_RE.match(title)
    issuers = _issuers_named(about["org"]) if about else None
    at = span.model_copy(update={"end": span.start, "end_line": span.line})
    return Header(issuer=issuers, span=at) if issuers else header


def _issuers_named(names: str) -> str | None:
    """The bodies a title names before 关于, each an issuer's name, a space between
    ("中共某省委、某省人民政府" → "中共某省委 某省人民政府"); None if one is no body."""
    parts = [part for part in P.ISSUERS_SPLIT_RE.split(names) if part]
    if not parts or not all(P.ISSUER_RE.match(part) for part in parts):
        return None
    return " ".join(parts)


def issued_by_the_headline(
    header: Header | None, lines: Sequence[Token], year: int | None
) -> Header | None:
    """With nothing signed and no notice, the body a page's headline names over the
    plan's own title: "舟山市市场监督管理局2020年工作要点" / "2020年全市市场监督管理
    工作要点" (the headline's year the plan's)."""
    if header is None or header.issuer or header.notice_title or year is None:
        return header
    for token in lines:
        body, named_year = title_parts(token.line.text)
        if named_year == year and body and P.ISSUER_RE.match(body):
            return header.model_copy(update={"issuer": body})
    return header


def issued_by_the_name_over_the_title(header: Header | None) -> Header | None:
    """The body whose name alone stands over a plan no notice hands over, read as its
    letter ("澄江县人民政府办公室" / "澄江县2015年地质灾害防治方案"): its masthead,
    without 文件, and the plan's issuer, where nothing else numbers, dates or signs it."""
    if header is None or header.issuer or header.doc_number or header.date:
        return header
    name = (header.cover_letter or "").strip()
    if (
        header.masthead
        or header.notice_title
        or header.addressees
        or any(ch.isspace() for ch in name)
        or P.ISSUER_RE.fullmatch(name) is None
    ):
        return header
    return header.model_copy(update={"masthead": name, "cover_letter": None, "issuer": name})


def issued_by_the_news(header: Header | None, headline: str) -> Header | None:
    """With nothing signed and no notice, the body a news headline read as the plan's
    title names as issuing it: "《临汾市政府印发临汾市水污染防治2018年行动计划》"."""
    if header is None or header.issuer or header.notice_title:
        return header
    issued = P.HEADLINE_ISSUES_PLAN_RE.match(unbracketed(headline.strip()))
    if issued is None or P.ISSUER_RE.match(issued["body"]) is None:
        return header
    return header.model_copy(update={"issuer": issued["body"]})


def dated_by_its_posting_alone(header: Header, chrome: Sequence[Token]) -> bool:
    """Whether the header's only date is the day a page posted the plan ("时间:2022-04-09
    08:27:37"), nothing signed or numbered: a paper a site collected, whenever written."""
    if header.date is None or header.issuer or header.doc_number:
        return False
    return any(
        token.chrome_kind == "published"
        and (found := _metadata_date(token.line.text)) is not None
        and _metadata_day(found) == header.date
        for token in chrome
    )


def issued_by_the_page(
    header: Header | None,
    chrome: Sequence[Token],
    organization: str | None = None,
    title_span: Span | None = None,
) -> Header | None:
    """With no signature and no issuer in the notice title, the page's 发布机构.

    A page's 作者 or 来源 counts only when it is the body the title names ("碧江区图书馆
    2013年工作计划" under "作者:碧江区图书馆"): elsewhere it is a reporter or the site.
    Where the notice has no header at all, the page's issuer makes one, which holds
    no text of its own (its span is empty, at the title's start).
    """
    if header is not None and header.issuer:
        return _named_in_full_by_the_page(header, chrome)
    named = next(
        (
            (token, issuer)
            for token, text in _metadata_fields(chrome)
            if (issuer := _page_issuer(text, organization))
        ),
        None,
    )
    if named is None:
        return header
    # (a title the page's box gave has no span of its own: the header stands at the box's
    # line, "中文名 | …的實施方案 | 發布單位 | 通城縣人民政府 |")
    token, issuer = named
    return _with_issuer(header, issuer, title_span or span_of([token.line]))


def _with_issuer(header: Header | None, issuer: str, title_span: Span | None) -> Header | None:
    """The header with the issuer a page names; where the notice has none, a header
    that holds no text of its own (its span empty, at the title's start)."""
    if header is not None:
        return header.model_copy(update={"issuer": issuer})
    if title_span is None:
        return header
    at = title_span.model_copy(update={"end": title_span.start, "end_line": title_span.line})
    return Header(issuer=issuer, span=at)


def issued_by_an_office_of_the_whole(
    header: Header | None,
    chrome: Sequence[Token],
    organization: str | None,
    title_span: Span | None,
) -> Header | None:
    """With no issuer found anywhere else (nor in a headline, which names the body in
    full), a page's source that is an office of the level a title's whole place names:
    "来源:市水利局" over "2024年全市水利工作思路"."""
    whole = P.WHOLE_PLACE_RE.fullmatch(organization or "")
    if (header is not None and header.issuer) or whole is None:
        return header
    for _, text in _metadata_fields(chrome):
        author = P.METADATA_AUTHOR_RE.search(text)
        if author and _an_office_named_after(str(author["author"]), whole["level"]):
            return _with_issuer(header, str(author["author"]), title_span)
    return header


def _page_issuer(text: str, organization: str | None) -> str | None:
    """The issuer a page's metadata line names: its 发布机构, or an author or source
    that is the body the title names."""
    label = P.METADATA_ISSUER_RE.search(text)
    if label and _names_issuers(label["issuer"]):
        return str(label["issuer"])
    return _author_naming(text, organization) or _box_cell_naming(text, organization)


def _names_issuers(cell: str) -> bool:
    """Whether a metadata cell names the issuing office, or the offices that issued it
    together ("中央網信辦、農業農村部、國家發展改革委"): each one an office's name."""
    # (a site may name the office in brackets: "泾县人民政府(办公室)")
    names = P.TRAILING_NOTE_RE.sub("", cell).split("、")
    return all(P.ISSUER_RE.match(name) for name in names)


def _author_naming(text: str, organization: str | None) -> str | None:
    """A page's author or source in a metadata line's ``text`` that is the body the
    title names."""
    author = P.METADATA_AUTHOR_RE.search(text)
    if (
        author
        and organization
        and (
            _names_the_body(author["author"], organization)
            or _an_office_of_the_place(author["author"], organization)
        )
    ):
        return str(author["author"])
    return None


def _box_cell_naming(text: str, organization: str | None) -> str | None:
    """A cell of a box with no labels that is the body the title names, or an office
    of its place ("• 郑州市民族宗教事务局" over "郑州市民族宗教事务局2021年工作计划");
    under no title that names a body, any office's name ("市水利局")."""
    value = _cell_value(text)
    if P.ISSUER_RE.fullmatch(value) is None:
        return None
    if organization is None:
        return value
    named = _names_the_body(value, organization) or _an_office_of_the_place(value, organization)
    return value if named else None


def _an_office_of_the_place(name: str, organization: str) -> bool:
    """Whether a page's source is an office of the place the title names ("新邱区农业
    农村局" under "新邱区2022年…重点工作目标任务")."""
    return P.PLACE_NAME_RE.fullmatch(organization) is not None and _an_office_named_after(
        name, organization
    )


def _an_office_named_after(name: str, place: str) -> bool:
    """Whether ``name`` is an office that opens with ``place`` ("新邱区农业农村局" after
    新邱区, "市水利局" after 市); never a news outlet of it."""
    return (
        name.startswith(place)
        and len(name) > len(place)
        and P.ISSUER_RE.match(name) is not None
        and P.NEWS_OUTLET_RE.search(name) is None
    )


def _names_the_body(name: str, organization: str) -> bool:
    """Whether a page's author or source is the body the title names, in full or by
    its short name: "福建省食品药品监管局" for "福建省食品药品监督管理局", "陕西省
    文明办" for "中共陕西省委文明办" (its place as written, its kind's last word, and
    no word the full name lacks)."""
    if name == organization:
        return True
    return (
        len(name) >= _MIN_SHORT_NAME
        and name[-1] == organization[-1]
        and name[:_PLACE_LEN] in organization
        and in_order(name, organization)
    )


# A short name's shortest form, and the length of the place it opens with.
_MIN_SHORT_NAME = 5
_PLACE_LEN = 3


def _named_in_full_by_the_page(header: Header, chrome: Sequence[Token]) -> Header:
    """An issuer named by its level alone ("市人民政府办公厅关于…", a signature "省人民
    政府") is the office the notice title or the page's metadata names in full
    ("广东省人民政府关于…", "【制定机关】武汉市人民政府办公厅")."""
    short = header.issuer or ""
    if not short.startswith(_LEVELS):
        return header
    about = P.TITLE_ABOUT_RE.match(header.notice_title or "")
    labels = (P.METADATA_ISSUER_RE.search(token.line.text) for token in chrome)
    names = [about["org"] if about else "", *(label["issuer"] for label in labels if label)]
    # (or a box of bare labels, a cell a line: "发文单位" / "竹山县人民政府办公室")
    names += [
        below.line.text.strip()
        for above, below in itertools.pairwise(chrome)
        if P.BARE_ISSUER_LABEL_RE.fullmatch(above.line.text.strip())
    ]
    full = next((n for n in names if len(n) > len(short) and n.endswith(short)), None)
    return header.model_copy(update={"issuer": full}) if full else header


# The level words an office's name opens with when the notice leaves out its place.
_LEVELS = ("省", "市", "县", "縣", "区", "區", "州")


# How far into a repost's text its lead may name the issuer.
LEAD_LINES = 3
# ... or, a little further, below the site's own lines (its date, its column), the
# note that gives the headline it took: "原标题:中共中央办公厅、国务院办公厅印发《…》".
MAX_REPOST_NOTES = 3
_HEADLINE_NOTES = ("原标题", "原標題")


def issued_by_the_lead(
    header: Header | None, preamble: Sequence[Token], title: str | None = None
) -> tuple[Header | None, Sequence[Token]]:
    """With no notice and no issuer, the body a repost's lead names.

    "近日,某区人民政府办公室发布《…》": a news site's lead stands where a
    notice would.  In the header's letter it names the issuer; at the top of
    a plan with no header, the lead's lines become the header, out of the
    preamble (they are the site's words, not the plan's).  A notice's own
    letter ("现将…印发给你们") is never read so: its title or signature names
    the issuer; nor is the plan's own text where a copy runs it on after the title
    restated ("关于…的学习计 划 近日,中共中央办公厅印发《…的通知》,决定…").
    """
    if header is not None:
        if header.issuer or header.notice_title or not header.cover_letter:
            return header, preamble
        lead = P.LEAD_ISSUER_RE.search(header.cover_letter)
        return (header.model_copy(update={"issuer": lead["org"]}) if lead else header), preamble
    reach = _lead_reach(preamble)
    for index, token in enumerate(preamble[: reach + MAX_REPOST_NOTES]):
        if index >= reach and not token.line.text.startswith(_HEADLINE_NOTES):
            continue
        lead = P.LEAD_ISSUER_RE.search(token.line.text)
        if lead and not _opens_with(token.line.text, title):
            lines = [t.line for t in preamble[: index + 1]]
            found = Header(
                cover_letter="\n".join(line.text for line in lines),
                issuer=lead["org"],
                span=span_of(lines),
            )
            return found, preamble[index + 1 :]
    return None, preamble


# A site's link words over a lead ("跳到正文", "Back to Feed", "总结") are this short.
MAX_LINK_WORDS_LEN = 12


def _lead_reach(preamble: Sequence[Token]) -> int:
    """How many of the preamble's first lines a lead may stand in: ``LEAD_LINES``
    lines of text, a site's link words above them not counted ("跳到正文" / "Back to
    Feed" / "总结" / "1月4日,上海市人民政府办公厅印发《…》")."""
    counted = 0
    for index, token in enumerate(preamble):
        text = token.line.text
        if len(text) > MAX_LINK_WORDS_LEN or P.SENTENCE_PUNCT_RE.search(text):
            counted += 1
        if counted == LEAD_LINES:
            return index + 1
    return len(preamble)


def _opens_with(text: str, title: str | None) -> bool:
    """Whether a line opens with the title, spaces aside."""
    return bool(title) and unspaced(text).startswith(unspaced(title or ""))


def numbered_by_the_page(header: Header | None, chrome: Sequence[Token]) -> Header | None:
    """With no 文号 in the notice, the one in the page's metadata box ("发文字号: …");
    also where the notice's own is damaged ("十农发〔20213" under "文号" / "十农发〔2021〕3号")."""
    if header is None or (header.doc_number and P.DOC_NUMBER_WHOLE_RE.search(header.doc_number)):
        return header
    for _, text in _metadata_fields(chrome):
        # (overlapping: an empty label's match may run into the next label, "来源: | 来源:
        # 国发〔2021〕16号", whose own match must still be read)
        labels = list(P.METADATA_DOC_NUMBER_RE.finditer(text, overlapped=True))
        # (the next field's label may be glued after it: "西青政发〔2018〕2号主 题 :…")
        # (a label's value may be no number: "字号: 大 中 小" sizes the page's type)
        numbers = [P.DOC_NUMBER_RE.match(label["doc"]) for label in labels]
        number = next(filter(None, numbers), None) if labels else _box_cell_number(text)
        if number:
            return header.model_copy(update={"doc_number": number["doc"]})
    return header


def _box_cell_number(text: str) -> re.Match[str] | None:
    """A 文号 that is a whole cell of a box with no labels ("• 荥政〔2018〕8号")."""
    value = _cell_value(text)
    number = P.DOC_NUMBER_RE.fullmatch(value)
    return number if number and P.DOC_NUMBER_WHOLE_RE.search(value) else None


def _cell_value(text: str) -> str:
    """A metadata line's words without the bullet a box may set before them."""
    cell = P.BULLETED_CELL_RE.match(text)
    return str(cell["value"]) if cell else text.strip()


def _updated(header: Header | None, issuer: str | None, date: dt.date, lines: list[Line]) -> Header:
    if header is None:
        return Header(issuer=issuer, date=date, span=span_of(lines))
    return header.model_copy(
        update={"issuer": header.issuer or issuer, "date": header.date or date}
    )


def _own_number(match: re.Match[str]) -> str:
    """The number without the words a line glued before it: "…文件科协办发调字〔2020〕12号",
    "…的意见国发〔2020〕6号", "…以溫委辦〔2006〕47號"."""
    number: str = match["doc"]
    prefix = P.DOC_NUMBER_YEAR_RE.split(number, maxsplit=1)[0]
    ends = [prefix.rfind(word) + len(word) for word in P.DOC_NUMBER_GLUE if word in prefix]
    glue = max(ends, default=0)
    if glue > 0 and len(number) - glue >= 4:
        # (with a mirror's gloss of the glued label's last character: "文號(hào)蒙政辦發(fā)…")
        return P.OPENING_GLOSS_RE.sub("", number[glue:])
    return number


def _without_category(title: str) -> str:
    """A notice title without the news category a page set before it ("【重点工作】…")."""
    bare = P.TITLE_PREFIX_RE.sub("", title, count=1)
    return bare if bare != title and P.NOTICE_TITLE_RE.match(bare) else title


# How many closing characters name an office ("办公室", "委员会").
_OFFICE_END = 3


def _masthead(text: str) -> bool:
    """ "中国科协文件": a body's name over its documents; a page's label for a kind of
    document ("政策文件", "规范性文件", "市政府文件") names none."""
    masthead = P.MASTHEAD_RE.match(text)
    return masthead is not None and P.ISSUER_RE.match(masthead["body"]) is not None


def _names_alone_so_far(draft: _HeaderDraft) -> bool:
    """Whether the lines read so far are bodies' names alone, a joint masthead's upper
    lines ("江城市科学技术协会" over "江城市教育局文件"), and no letter yet."""
    return bool(draft.letter) and all(
        P.ISSUER_RE.match(line) is not None and P.SENTENCE_PUNCT_RE.search(line) is None
        for line in draft.letter
    )


def _joint_masthead(draft: _HeaderDraft, lowest: str) -> str:
    """A masthead with the bodies' names stacked over its last line, as joint issuers
    set it ("江城市科学技术协会" / "江城市教育局" / "文件"): the names listed with 、,
    as joint issuers are; the lines read as a letter or a signature are given back."""
    if not (draft.notice_title is None and draft.doc_number is None and _names_alone_so_far(draft)):
        return lowest
    if any(lowest.startswith(name) for name in draft.letter):
        return lowest  # (a page's name over the masthead of its own body)
    names = [*draft.letter, lowest]
    if draft.issuer in draft.letter:
        draft.issuer = None
    draft.letter.clear()
    return "、".join(names)


# The lower line of a masthead set over two: "文件" alone, or an office's last word
# with it ("办公室文件", "办公厅文件"), never a whole masthead of its own.
MAX_MASTHEAD_LOWER_HALF_LEN = 5


def _lower_half_of_a_masthead(text: str) -> bool:
    return text == "文件" or (
        len(text) <= MAX_MASTHEAD_LOWER_HALF_LEN and P.MASTHEAD_RE.match(text) is not None
    )


def _stray_name_under(draft: _HeaderDraft, text: str, nxt: Token | None) -> str | None:
    """The name with no date read as the issuer before the letter began, where ``text``,
    after the letter and over the date, names the same office in full ("区政府办公室"
    before, "宁波市江北区人民政府办公室" over the date)."""
    stray = draft.issuer
    signs = (
        stray is not None
        and draft.date is None
        and len(text) > len(stray)
        # (the page's box may name it short: "肃南县政府办" before, "肃南县人民政府
        # 办公室" over the date; both open with the same place)
        and (text.endswith(stray[-_OFFICE_END:]) or _same_place(stray, text))
        and draft.issuer_at < len(draft.letter)
        and nxt is not None
        and nxt.kind is Kind.DATE
        and P.ISSUER_RE.match(text) is not None
        and any(P.COVER_LETTER_RE.search(line) for line in draft.letter[draft.issuer_at :])
    )
    return stray if signs else None


def _same_place(short: str, full: str) -> bool:
    """Whether two names of an office open with the same place ("肃南县…")."""
    first, second = P.LEADING_BODY_RE.match(short), P.LEADING_BODY_RE.match(full)
    return bool(first and second and first["place"] and first["place"] == second["place"])


def _upper_half_of_a_signature(draft: _HeaderDraft, text: str, nxt: Token | None) -> bool:
    """The line read as the letter's last is the upper half of a long name signed
    over two lines, over the date: "淮北市第一次全国自然灾害" / "综合风险普查领导小组
    办公室" (it names the place, the lower half does not, and neither ends a sentence)."""
    if not draft.letter or draft.letter[-1] != draft.previous or nxt is None:
        return False
    upper = draft.previous.strip()
    place = P.LEADING_BODY_RE.match(upper)
    return (
        nxt.kind is Kind.DATE
        and len(upper) <= MAX_SIGNATURE_HALF_LEN
        and place is not None
        and bool(place["place"])
        and P.ISSUER_RE.match(upper) is None
        and P.SENTENCE_PUNCT_RE.search(upper) is None
        and P.LEADING_BODY_RE.match(text) is None
        # (never a notice title's tail a page set again: "产业开发区发展规划》的通知")
        and not upper.endswith(P.NOTICE_ENDS)
        and "》" not in upper
    )


# The upper half of a name signed over two lines is short: a place and some words.
MAX_SIGNATURE_HALF_LEN = 20


def _letter_started(draft: _HeaderDraft) -> bool:
    # Short labels a page puts above the notice ("通知公告") are no letter yet.
    return any(P.SENTENCE_PUNCT_RE.search(line) for line in draft.letter)


# The brackets a gazette or a document mirror may set a notice's date in, after its
# number: "(汉政办字〔2007〕14号 二○○七年三月十四日)", "[商资函〔2025〕84号]  [2025-04-11]".
_DATE_BRACKETS = {"(": ")）", "（": ")）", "[": "]］", "［": "]］", "【": "】"}


def _bracketed_date_opening(text: str) -> tuple[dt.date, str] | None:
    """The date a line opens with in brackets ("( 二○○七年三月十四日)各县区…",
    "[2025-04-11]"), and the rest of the line."""
    closers = _DATE_BRACKETS.get(text[:1])
    if closers is None:
        return None
    close = min((at for at in map(text.find, closers) if at > 0), default=-1)
    inner = text[1:close].strip() if close > 0 else ""
    dated = P.DATE_RE.fullmatch(inner) or P.DASHED_DATE_RE.fullmatch(inner)
    day = parse_date(dated) if dated else None
    return (day, text[close + 1 :].strip()) if day else None


def _spoken_on(text: str) -> dt.date | None:
    """The day a report's note says it was given: "——2022年1月22日在…会议上", also
    with no dash or in brackets ("(2023年2月2日在…人民代表大会" / "第三次会议上)")."""
    spoken = P.SPEECH_NOTE_RE.match(text) or P.SPEECH_NOTE_LINE_RE.match(text)
    given = P.DATE_IN_TEXT_RE.match(text, spoken.end()) if spoken else None
    return parse_date(given) if given else None


def _dated_in_brackets(text: str, draft: _HeaderDraft) -> bool:
    """A date alone in brackets, after a date already read and before any notice."""
    return (
        draft.date is not None
        and draft.notice_title is None
        and not _letter_started(draft)
        and text.startswith(("(", "（"))
        and text.endswith((")", "）"))
    )


def _read_header_line(
    token: Token,
    text: str,
    nxt: Token | None,
    draft: _HeaderDraft,
    report: Report,
    *,
    signed_below: bool = False,
) -> None:
    if draft.masthead is None and not draft.letter and P.DOCUMENT_MARKS_RE.fullmatch(text):
        return  # the copy's number, secrecy and urgency over the masthead: no part of the letter
    # A number cited in a letter's sentence ("根据《…》（X发〔2018〕5号），…") is another
    # document's; the notice's own stands on a line of its own or by its title.
    doc = P.DOC_NUMBER_RE.search(text)
    if doc and P.CITED_NUMBER_RE.search(text[: doc.start()]):
        doc = None
    if doc and _own_line_under_the_title(draft, text, doc):
        # (a box's number, read first, gives way to the one a line of its own sets under
        # the notice's title: "冠政发〔2023〕6号" in the box, "冠政办字〔2023〕6号" below)
        draft.doc_number = None
    if doc and draft.doc_number in (None, _own_number(doc)):
        draft.doc_number = _own_number(doc)
        text = (text[: doc.end() - len(draft.doc_number)] + text[doc.end() :]).strip()
        # (a number in brackets after the notice title leaves them empty: "…的通知（）")
        text = P.NUMBER_BRACKETS_LEFT_RE.sub("", text)
        if not text:
            return
        # (a page's headline may set the notice title after its number in book brackets:
        # "民事字〔2016〕1号《民政部社会事务司关于印发…的通知》")
        text = unbracketed(text)
        # (the State Council's copies date the notice after its number: "国办发[2004]85号
        # 二○○四年十一月二十六日")
        dated = P.DATE_RE.fullmatch(text) if doc.start() == 0 else None
        if dated and draft.date is None and (day := parse_date(dated)):
            draft.date = day
            return
        # (a gazette's, in brackets under the notice title, the addressees perhaps run
        # on: "(汉政办字〔2007〕14号 二○○七年三月十四日)各县区人民政府,…"; or the date
        # first: "(二00八年二月二十二日 冀劳社办[2008]29号)")
        bracketed = doc.start() == 1 or doc.string[doc.end() :].lstrip()[:1] in (")", "）")
        if bracketed and (day_in := _bracketed_date_opening(text)) and draft.date is None:
            draft.date, text = day_in
            if not text:
                return
    if doc is None and draft.doc_number is None and (lost := P.LOST_DOC_NUMBER_RE.fullmatch(text)):
        draft.doc_number = lost["doc"]
        report.warn(
            "damaged-doc-number",
            f"document number lost its closing characters: {lost['doc']}",
            token.line.no,
        )
        return
    if token.kind is Kind.DATE and token.match:
        if _dated_in_brackets(text, draft) and (day := parse_date(token.match)):
            # "(2019年3月16日)" under a newspaper's byline ("四川日报 2019年03月27日"),
            # before any letter: the document's own date, not the day it was printed.
            draft.date, draft.page_date = day, None
            return
        if draft.date is not None and draft.page_date and _letter_started(draft):
            at, page_line = draft.page_date
            draft.letter.insert(at, page_line)
            draft.date = draft.page_date = None
        if token.match["disclosure"] and draft.disclosure is None:
            draft.disclosure = token.match["disclosure"]
        if draft.date is None:
            draft.date = parse_date(token.match)
            if draft.date is None:
                report.warn("bad-date", _why_no_date(token.match, text), token.line.no)
            elif draft.notice_title is None:
                draft.page_date = (len(draft.letter), text)
        else:
            draft.letter.append(text)
    elif token.kind is Kind.SEAL and token.match and draft.seal is None:
        draft.seal = token.match["seal"]
    elif token.kind is Kind.CONTACT and draft.contact is None:
        draft.contact = text
    elif token.kind is Kind.DISCLOSURE and draft.disclosure is None:
        draft.disclosure = text
    elif token.kind is Kind.ATTACHMENT or (draft.attachments and token.kind is Kind.ITEM):
        # "附件:" and the numbered list under it name attachments, not items.
        draft.attachments.append(Attachment(text=text, span=span_of([token.line])))
    elif draft.notice_title is None and P.NOTICE_TITLE_RE.match(text):
        draft.notice_title = _without_category(text)
    elif text == draft.notice_title or _title_again_without_its_issuer(draft, text):
        draft.title_again = True
        return  # the page's headline, then the notice's own title line
    elif _title_again_with_its_place(draft, text):
        # "奉贤区人民政府办公室关于印发…的通知" (a page's headline) over "上海市奉贤区人民
        # 政府办公室关于印发…的通知": the notice's own names its issuer in full.
        draft.notice_title = text
    elif _own_title_under_its_headline(draft, text):
        # "三部门联合印发《关于…的通知》" (a page's headline) over "工业和信息化部 国家发展
        # 改革委 国务院国资委关于…的通知": the title is the notice's own.
        draft.notice_title = text
    elif (
        draft.notice_title
        and text.endswith(draft.notice_title)
        and _issuers_named(text[: -len(draft.notice_title)]) is not None
    ):
        # ... or that title under the issuer that heads it: "赣州市人民政府办公厅" /
        # "关于印发…的通知" below a headline "关于印发…的通知".
        draft.title_issuers = text[: -len(draft.notice_title)].strip()
        draft.notice_title = text
    elif draft.date is None and (signed := _signed_date_line(text)) and parse_date(signed):
        draft.date = parse_date(signed)
        draft.issuer = draft.issuer or signed["issuer"].strip()
    elif draft.date is None and draft.notice_title is None and (day := _spoken_on(text)):
        # A report's note of when it was given, over the report an excerpt shows with
        # no title: "——2022年1月22日在…人民代表大会" / "第六次会议上" (kept as a letter line).
        draft.date = day
        draft.letter.append(text)
    elif (
        draft.masthead is None
        and _lower_half_of_a_masthead(text)
        and P.ISSUER_RE.match(draft.previous)
    ):
        # A masthead set over two lines: "新疆维吾尔自治区人民政府" / "文件", or
        # "柳城县人民政府" / "办公室文件"; the line above was read as a signature or a
        # letter line.
        if draft.letter and draft.letter[-1] == draft.previous:
            draft.letter.pop()
        if draft.issuer == draft.previous:
            draft.issuer = None
        draft.masthead = _joint_masthead(draft, draft.previous + text)
    elif draft.masthead is None and not draft.letter and _masthead(despaced(text)):
        draft.masthead = despaced(text)  # (also set out a character at a time)
    elif draft.masthead is None and _masthead(text) and _names_alone_so_far(draft):
        draft.masthead = _joint_masthead(draft, text)
    elif not draft.addressees and not _letter_started(draft) and P.ADDRESSEE_RE.match(text):
        draft.addressees = _addressees(text)
    elif (
        draft.issuer is not None
        and draft.issuer.endswith(signer(draft.previous))
        and names_an_issuer(text)
        and signed_below
    ):
        # A joint signature, one issuer a line: "中共某市委办公室" / "某市人民政府办公室"
        # (or two, over several lines, before the date).
        draft.issuer = f"{draft.issuer}、{signer(text)}"
    elif (
        draft.issuer is None
        and names_an_issuer(text)
        and (draft.letter or (nxt is not None and nxt.kind in {Kind.DATE, Kind.SEAL}))
    ):
        if _upper_half_of_a_signature(draft, text, nxt):
            text = draft.letter.pop() + text
        draft.issuer = signer(text)
        draft.issuer_at = len(draft.letter)
    elif (stray := _stray_name_under(draft, text, nxt)) is not None:
        # The office over the date signs; the name read before it was a stray line,
        # a box's cell set on a line of its own ("发布机构: |" / "区政府办公室"), kept
        # in the letter where it stood.
        draft.letter.insert(draft.issuer_at, stray)
        draft.issuer = signer(text)
    else:
        draft.letter.append(text)
