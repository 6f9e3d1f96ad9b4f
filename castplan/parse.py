"""Parse the text of a work-plan notice into a validated ``Notice`` tree.

Grammar sketch (GB/T 9704 outline levels; any level may be missing)::

    chrome*   header?   title?   preamble?   section*   closing*
    header   = doc-number? notice-title? addressees cover-letter issuer seal? date
    section  = "一、" title intro? (group | item)*
    group    = "（一）" title intro? item*
    item     = "1." title "。" measure* unit-tag?    (also "（一）" or "——" items)
    sub-item = "（1）" text                           (inside an item)
    unit-tag = "(牽頭部門:宣傳文化部)"  and the other forms in ``castplan.units``

Stages: ``split_lines`` → ``classify_line`` → regions (chrome, header, title,
preamble, body, closing) → ``build_sections`` → ``Notice``.  Every non-blank
line ends up in exactly one node or in a diagnostic that quotes it.  No file
I/O, no printing.

Example::

    from castplan import parse_notice
    notice = parse_notice(text)
    print(notice.title, len(list(notice.items())))
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import gc
import hashlib
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field

import regex as re
from pydantic import ValidationError

from castplan import patterns as P
from castplan.convert import detect_script
from castplan.errors import ParseError
from castplan.model import (
    Attachment,
    ChromeLine,
    Diagnostic,
    Group,
    GroupRef,
    Header,
    Item,
    Measure,
    Notice,
    Paragraph,
    Section,
    Source,
    SourceFormat,
    Span,
    SubItem,
)
from castplan.names import find_documents, find_programmes
from castplan.numerals import chinese_numeral_value
from castplan.targets import find_targets
from castplan.units import Units, find_trailing_tag, parse_unit_tag

# A plan title is a short line; a long one is prose that mentions a plan.
MAX_TITLE_LEN = 60
# How much of an offending line a diagnostic quotes.
QUOTE_LEN = 30


# --- lines -----------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One input line: its content without indentation or trailing space."""

    no: int
    start: int
    end: int
    text: str


_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")


def split_lines(text: str) -> list[Line]:
    """Split text into numbered lines, stripping indentation and trailing space.

    Only CR, LF and CRLF end a line (not the other characters ``str.splitlines``
    knows), so line numbers match what an editor shows.
    """
    lines = []
    for no, match in enumerate(_LINE_RE.finditer(text), start=1):
        raw = match.group()
        if not raw:
            break
        body = raw.rstrip("\r\n")
        indent = P.INDENT_RE.match(body)
        lead = indent.end() if indent else 0
        content = body[lead:].rstrip()
        start = match.start() + lead
        lines.append(Line(no=no, start=start, end=start + len(content), text=content))
    return lines


class Kind(enum.Enum):
    """What a line is, judged from the line alone."""

    BLANK = "blank"
    CHROME = "chrome"
    SECTION = "section"
    GROUP = "group"
    ITEM = "item"
    SUBITEM = "subitem"
    DASH = "dash"
    UNIT_LINE = "unit-line"
    DATE = "date"
    SEAL = "seal"
    CONTACT = "contact"
    DISCLOSURE = "disclosure"
    ATTACHMENT = "attachment"
    DISTRIBUTION = "distribution"
    TEXT = "text"


@dataclass(frozen=True)
class Token:
    """A classified line; ``match`` holds the named groups of its pattern."""

    line: Line
    kind: Kind
    match: re.Match[str] | None = None
    chrome_kind: str | None = None

    @property
    def rest_offset(self) -> int:
        """Offset in the input of the text after the line's marker."""
        assert self.match is not None
        return self.line.start + self.match.start("rest")


_MARKER_TABLE: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    (Kind.SECTION, P.SECTION_RE),
    (Kind.GROUP, P.GROUP_RE),
    (Kind.ITEM, P.ITEM_RE),
    (Kind.SUBITEM, P.SUBITEM_RE),
    (Kind.DASH, P.DASH_RE),
    (Kind.UNIT_LINE, P.UNIT_LINE_RE),
    (Kind.DATE, P.DATE_RE),
    (Kind.SEAL, P.SEAL_RE),
    (Kind.DISCLOSURE, P.DISCLOSURE_RE),
    (Kind.CONTACT, P.CONTACT_RE),
    (Kind.ATTACHMENT, P.ATTACHMENT_RE),
    (Kind.DISTRIBUTION, P.DISTRIBUTION_RE),
)


def classify_line(line: Line) -> Token:
    """Give a line its kind; the first matching pattern wins. Stateless."""
    if not line.text:
        return Token(line, Kind.BLANK)
    for chrome_kind, pattern in P.CHROME_RES:
        if len(line.text) <= 120 and pattern.search(line.text):
            return Token(line, Kind.CHROME, chrome_kind=chrome_kind)
    for kind, pattern in _MARKER_TABLE:
        match = pattern.match(line.text)
        if match:
            return Token(line, kind, match)
    return Token(line, Kind.TEXT)


# --- diagnostics ---------------------------------------------------------------


def _quote(text: str) -> str:
    return text if len(text) <= QUOTE_LEN else text[: QUOTE_LEN - 1] + "…"


@dataclass
class _Report:
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def warn(self, code: str, message: str, line: int | None = None) -> None:
        self.diagnostics.append(Diagnostic(level="warning", code=code, message=message, line=line))

    def error(self, code: str, message: str, line: int | None = None) -> None:
        self.diagnostics.append(Diagnostic(level="error", code=code, message=message, line=line))

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.diagnostics, key=lambda d: d.line or 0)


# --- spans and sentences ----------------------------------------------------------


def _span(lines: Sequence[Line]) -> Span:
    return Span(start=lines[0].start, end=lines[-1].end, line=lines[0].no, end_line=lines[-1].no)


def _text_span(line: Line, start: int, end: int) -> Span:
    return Span(start=start, end=end, line=line.no, end_line=line.no)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split at 。！？ outside quotes and brackets; (start, end) per sentence.

    Each sentence keeps its closing mark; surrounding whitespace is excluded.
    A bracket left open (a typo, a truncated line) would hide every later
    sentence end, so then the text is split ignoring brackets.
    """
    ends = _sentence_ends(text, guarded=True)
    if ends is None:
        ends = _sentence_ends(text, guarded=False) or []
    out = []
    start = 0
    for end in [*ends, len(text)]:
        if text[start:end].strip():
            out.append((start + _lstrip_len(text[start:end]), end))
        start = end
    return out


def _sentence_ends(text: str, *, guarded: bool) -> list[int] | None:
    ends = []
    stack: list[str] = []
    # Only punctuation matters; visiting just those characters keeps this fast.
    for match in P.SENTENCE_PUNCT_CHARS_RE.finditer(text):
        pos, ch = match.start(), match.group()
        if guarded and ch == '"':
            # Straight quotes open and close with the same character.
            if stack and stack[-1] == '"':
                stack.pop()
            else:
                stack.append('"')
        elif stack and ch in stack[-1]:
            stack.pop()
        elif guarded and ch in P.PAIRS:
            stack.append(P.PAIRS[ch])
        elif ch in P.SENTENCE_END and not stack:
            ends.append(pos + 1)
    return None if stack else ends


def _lstrip_len(text: str) -> int:
    return len(text) - len(text.lstrip())


def _first_sentence_end(text: str) -> int | None:
    """Index of the 。 that ends the first sentence, outside brackets."""
    sentences = split_sentences(text)
    if not sentences:
        return None
    end = sentences[0][1]
    return end - 1 if text[end - 1] in P.SENTENCE_END else None


# --- regions: chrome, header, title, preamble, body, closing ------------------------


_HEADER_KINDS = {Kind.DATE, Kind.SEAL, Kind.CONTACT, Kind.DISCLOSURE, Kind.ATTACHMENT}
_CLOSING_KINDS = _HEADER_KINDS | {Kind.DISTRIBUTION}
_OUTLINE_KINDS = {Kind.SECTION, Kind.GROUP, Kind.ITEM}


def _is_title_line(token: Token) -> bool:
    text = token.line.text
    return (
        token.kind is Kind.TEXT
        and len(text) <= MAX_TITLE_LEN
        and P.PLAN_KIND_RE.search(text) is not None
        and not P.SENTENCE_PUNCT_RE.search(text)
        and "《" not in text
        and "》" not in text
        and not text.endswith(("通知", "通報", "通报"))
        and not P.NOTICE_TITLE_RE.match(text)
    )


def _is_title_fragment(token: Token) -> bool:
    """A short unpunctuated line that may be the first part of a split title."""
    text = token.line.text
    return (
        token.kind is Kind.TEXT
        and len(text) <= 30
        and not P.SENTENCE_PUNCT_RE.search(text)
        and not P.NOTICE_TITLE_RE.match(text)
        and not P.DOC_NUMBER_RE.search(text)
    )


def _find_title(tokens: Sequence[Token], limit: int) -> tuple[int, int] | None:
    """Locate the plan title among ``tokens[:limit]``: (first, last) indexes.

    The title may be split over lines ("中国科协" / "2025年工作要点") or be
    followed by a year line "(2024)".
    """
    for index in range(limit):
        if not _is_title_line(tokens[index]):
            continue
        first = last = index
        # A line that opens with the year or the plan kind lacks its organisation:
        # take up to two short lines before it.
        if not P.TITLE_PARTS_RE.match(tokens[index].line.text) or re.match(
            r"^(?:(?:19|20)\d{2}\s*年度?)", tokens[index].line.text
        ):
            while first > 0 and index - first < 2 and _is_title_fragment(tokens[first - 1]):
                if tokens[first - 1].line.text.endswith(("办公厅", "辦公廳", "办公室", "辦公室")):
                    break
                first -= 1
        if last + 1 < len(tokens) and P.TITLE_YEAR_LINE_RE.match(tokens[last + 1].line.text):
            last += 1
        return first, last
    return None


def _title_after_signed_letter(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """A plan title after a cover letter that numbers its own points.

    Some letters list requirements as "一、提高认识……" before the issuer and
    date; the plan title then follows the date.  It counts only there, and
    only when outline markers follow it.
    """
    signed = next((i for i, t in enumerate(tokens) if t.kind is Kind.DATE), None)
    if signed is None:
        return None
    found = _find_title(tokens[signed + 1 :], len(tokens) - signed - 1)
    if found is None or _first_outline(tokens, signed + 1 + found[1]) == len(tokens):
        return None
    return signed + 1 + found[0], signed + 1 + found[1]


def _first_outline(tokens: Sequence[Token], start: int) -> int:
    for index in range(start, len(tokens)):
        if tokens[index].kind in _OUTLINE_KINDS:
            return index
    return len(tokens)


def _header_end_without_title(tokens: Sequence[Token], body: int) -> int:
    """With no plan title, the header ends at its last cover-notice line."""
    end = -1
    for index in range(body):
        token = tokens[index]
        text = token.line.text
        if (
            token.kind in _HEADER_KINDS
            or P.NOTICE_TITLE_RE.match(text)
            or P.ADDRESSEE_RE.match(text)
            or (P.DOC_NUMBER_RE.fullmatch(text) is not None)
            or text.startswith(("特此通知", "現將", "现将"))
        ):
            end = index
    if end >= 0 and end + 1 < body and P.ISSUER_RE.match(tokens[end + 1].line.text):
        end += 1  # an issuer line just after the letter's last sentence
    return end


def _closing_start(tokens: Sequence[Token], body: int) -> int:
    """Index where the lines after the plan body start (signature, date, …).

    An attachment line after the body ("附件：重点任务分工表") starts an
    appendix; it and all after it close the document.
    """
    appendix = next(
        (i for i in range(body + 1, len(tokens)) if tokens[i].kind is Kind.ATTACHMENT), None
    )
    index = appendix if appendix is not None else len(tokens)
    while index > body:
        token = tokens[index - 1]
        nxt = tokens[index] if index < len(tokens) else None
        if token.kind in _CLOSING_KINDS or (
            nxt is not None
            and nxt.kind in {Kind.DATE, Kind.SEAL}
            and P.ISSUER_RE.match(token.line.text)
        ):
            index -= 1
        else:
            break
    return index


# --- header ---------------------------------------------------------------------


def parse_date(match: re.Match[str]) -> dt.date | None:
    """Turn a DATE_RE match into a date; None when it names no real day."""
    try:
        year = int(match["year"]) if match["year"].isdigit() else _digits_year(match["year"])
        month = chinese_numeral_value(match["month"])
        day = chinese_numeral_value(match["day"])
        return dt.date(year, month, day)
    except ValueError:
        return None


def _digits_year(text: str) -> int:
    # "二〇二五" is read digit by digit, not as a number.
    return int(
        "".join(str("〇一二三四五六七八九".index("〇" if ch == "零" else ch)) for ch in text)
    )


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


def build_header(tokens: Sequence[Token], report: _Report) -> Header | None:
    """Read the cover notice from its lines (everything before the plan title).

    A forwarding notice (转发) wraps the notice that issued the plan: once a
    notice is signed (issuer or date), a new notice title starts the wrapped
    one, which becomes ``forwarded``.
    """
    if not tokens:
        return None
    draft = _HeaderDraft()
    entries = _join_split_notice_titles(tokens)
    for position, (token, text, _) in enumerate(entries):
        if (draft.date or draft.issuer) and _starts_notice(entries, position):
            rest = [t for entry in entries[position:] for t in entry[2]]
            used = [t for entry in entries[:position] for t in entry[2]]
            return _finish_header(draft, used, build_header(rest, report))
        nxt = entries[position + 1][0] if position + 1 < len(entries) else None
        _read_header_line(token, text, nxt, draft, report)
    return _finish_header(draft, tokens, None)


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
        if P.NOTICE_TITLE_START_RE.match(text) and not P.NOTICE_TITLE_RE.match(text):
            for extra in (1, 2):
                parts = tokens[index : index + extra + 1]
                joined = "".join(t.line.text for t in parts)
                if len(parts) == extra + 1 and P.NOTICE_TITLE_RE.match(joined):
                    entries.append((token, joined, list(parts)))
                    index += extra + 1
                    break
            else:
                entries.append((token, text, [token]))
                index += 1
            continue
        if entries and token.kind is Kind.TEXT and _wrapped_into(entries[-1][1], text):
            first, before, parts = entries[-1]
            entries[-1] = (first, before + text, [*parts, token])
        else:
            entries.append((token, text, [token]))
        index += 1
    return entries


# A hard-wrapped line is at least this long; shorter lines end where they mean to.
MIN_WRAPPED_LEN = 15


def _wrapped_into(previous: str, text: str) -> bool:
    """Whether ``text`` continues ``previous``, a line that a hard wrap broke off."""
    return (
        len(previous) >= MIN_WRAPPED_LEN
        and not _completes_paragraph(previous)
        and not P.NOTICE_TITLE_RE.match(previous)
        and not P.NOTICE_TITLE_RE.match(text)
    )


def join_lines(lines: Sequence[Line]) -> str:
    """Paragraph text of consecutive lines: wrapped lines rejoin, paragraphs keep a newline."""
    out = ""
    for index, line in enumerate(lines):
        if index and not _wrapped_into(lines[index - 1].text, line.text):
            out += "\n"
        out += line.text
    return out


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


def _finish_header(
    draft: _HeaderDraft, tokens: Sequence[Token], forwarded: Header | None
) -> Header:
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
        span=_span([t.line for t in tokens]),
    )


def _read_header_line(
    token: Token, text: str, nxt: Token | None, draft: _HeaderDraft, report: _Report
) -> None:
    doc = P.DOC_NUMBER_RE.search(text)
    if doc and draft.doc_number in (None, doc["doc"]):
        draft.doc_number = doc["doc"]
        text = (text[: doc.start()] + text[doc.end() :]).strip()
        if not text:
            return
    if token.kind is Kind.DATE and token.match:
        if draft.date is None:
            draft.date = parse_date(token.match)
            if draft.date is None:
                report.warn("bad-date", f"not a real date: {text}", token.line.no)
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
        draft.attachments.append(Attachment(text=text, span=_span([token.line])))
    elif draft.notice_title is None and P.NOTICE_TITLE_RE.match(text):
        draft.notice_title = text
    elif draft.date is None and (signed := P.SIGNED_DATE_RE.match(text)) and parse_date(signed):
        draft.date = parse_date(signed)
        draft.issuer = draft.issuer or signed["issuer"].strip()
    elif draft.masthead is None and not draft.letter and P.MASTHEAD_RE.match(text):
        draft.masthead = text
    elif not draft.addressees and not draft.letter and P.ADDRESSEE_RE.match(text):
        names = P.ADDRESSEE_SPLIT_RE.split(text[:-1])
        draft.addressees = [n.strip() for n in names if n.strip()]
    elif (
        draft.issuer is None
        and P.ISSUER_RE.match(text)
        and (draft.letter or (nxt is not None and nxt.kind in {Kind.DATE, Kind.SEAL}))
    ):
        draft.issuer = text
    else:
        draft.letter.append(text)


# --- body ---------------------------------------------------------------------------


@dataclass
class _ItemDraft:
    head: Token
    number: int
    marker: str
    group: GroupRef | None
    lines: list[Token] = field(default_factory=list)
    closed: bool = False


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
    items: list[_ItemDraft] = field(default_factory=list)
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
    end = _first_sentence_end(rest)
    if end is None:
        return rest, []
    tail = rest[end + 1 :]
    start = token.rest_offset + end + 1 + _lstrip_len(tail)
    tail = tail.strip()
    if not tail:
        return rest[:end], []
    return rest[:end], [Line(no=token.line.no, start=start, end=token.line.end, text=tail)]


def _belongs_to_item(token: Token) -> bool:
    """Lines that follow an item's tag and still belong to it: units, deadlines."""
    return token.kind is Kind.UNIT_LINE or bool(P.OTHER_LABEL_RE.match(token.line.text))


def _wrapped_heading(title: str) -> bool:
    # A heading that hit the page width without ending: long, no closing mark.
    return len(title) >= MIN_WRAPPED_LEN - 2 and not title.endswith(_PARAGRAPH_ENDS)


def _is_heading_tail(text: str) -> bool:
    # The broken-off rest of a heading is short and has no sentence in it.
    return len(text) <= 20 and not P.SENTENCE_PUNCT_RE.search(text)


class _BodyBuilder:
    """A state machine over body tokens: sections, groups, items, sub-items."""

    def __init__(self, tokens: Sequence[Token], report: _Report) -> None:
        self.tokens = tokens
        self.report = report
        kinds = {t.kind for t in tokens}
        # Sections are "一、" lines; with none, "（一）" lines take their place.
        self.top = Kind.SECTION if Kind.SECTION in kinds else Kind.GROUP
        self.sections: list[_SectionDraft] = []
        self.section: _SectionDraft | None = None
        self.group: _GroupDraft | None = None
        self.item: _ItemDraft | None = None

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
        roles = self._item_roles(chunk[1:] if head else chunk)
        for token in chunk[1:] if head else chunk:
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
        if token.kind in roles:
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
                f"text after the end of an item belongs to no item: {_quote(token.line.text)}",
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
        assert self.section is not None and token.match is not None
        if token.kind is Kind.ITEM:
            number = int(token.match["number"])
        elif token.kind is Kind.GROUP:
            number = chinese_numeral_value(token.match["numeral"])
        elif token.kind is Kind.SUBITEM:
            circled = token.match["circled"]
            number = ord(circled) - 0x245F if circled else int(token.match["number"])
        else:  # dash bullets count from 1 in each section
            number = len(self.section.items) + 1
        marker = token.line.text[: token.match.start("rest")].strip()
        group = None
        if self.group is not None and token.kind is not Kind.GROUP:
            group = GroupRef(numeral=self.group.numeral, title=self.group.title)
            self.group.items += 1
        self.item = _ItemDraft(head=token, number=number, marker=marker, group=group)
        self.item.lines.append(token)
        self.item.closed = find_trailing_tag(token.match["rest"]) is not None
        self.section.items.append(self.item)

    def _extend_item(self, token: Token) -> None:
        assert self.item is not None
        # A tag wrapped over lines, "…工作。(" / "牽頭部門:辦公廳)", is running text.
        wrapped = _has_open_bracket(self.item.lines[-1].line.text)
        self.item.lines.append(token)
        if token.kind is Kind.UNIT_LINE and not wrapped:
            self.item.closed = True
        elif token.kind is not Kind.SUBITEM:
            self.item.closed = find_trailing_tag(token.line.text) is not None


# --- items ---------------------------------------------------------------------------


def _unit_line_units(token: Token) -> Units | None:
    # A unit line reads like the inside of a tag: "牵头单位:区发改局".
    return parse_unit_tag(token.line.text.rstrip("。；;"))


def build_item(draft: _ItemDraft, report: _Report) -> Item:
    """Split an item's lines into title, measures, sub-items and units."""
    head = draft.head
    assert head.match is not None
    units = Units()
    content: list[tuple[Line, int, str]] = []  # (line, offset of text, text)
    sub_items: list[SubItem] = []
    for token in draft.lines:
        if token is head:
            content.append((token.line, token.rest_offset, head.match["rest"]))
        elif token.kind is Kind.UNIT_LINE and not (content and _has_open_bracket(content[-1][2])):
            found = _unit_line_units(token)
            if found:
                units.merge(found)
            else:
                content.append((token.line, token.line.start, token.line.text))
        elif token.kind is Kind.SUBITEM and head.kind is not Kind.SUBITEM:
            sub_items.append(_build_sub_item(token))
        elif P.OTHER_LABEL_RE.match(token.line.text):
            continue  # "完成时限：…" stays in the item's text; it is no measure
        else:
            content.append((token.line, token.line.start, token.line.text))
    runs = _runs(content)
    # The tag ends the item: look for it at the end of the last run of text.
    if runs:
        tag = find_trailing_tag(runs[-1].text)
        if tag:
            units.merge(tag[2])
            runs[-1] = runs[-1].cut(tag[0])
    if not (units.lead or units.responsible) and sub_items:
        for sub in sub_items:
            tag = find_trailing_tag(sub.text)
            if tag:
                units.merge(tag[2])
    title, measures = _title_and_measures(runs)
    if not title:
        title = draft.marker
        report.warn("empty-item", f"item {draft.marker} has no text", head.line.no)
    lead, supporting = units.resolve()
    lines = [t.line for t in draft.lines]
    text = "\n".join(line.text for line in lines)
    flat = join_lines(lines)  # names broken over wrapped lines, whole again
    return Item(
        number=draft.number,
        marker=draft.marker,
        title=title,
        text=text,
        measures=measures,
        lead_departments=lead,
        supporting_departments=supporting,
        group=draft.group,
        sub_items=sub_items,
        programmes=find_programmes(flat),
        documents=find_documents(flat),
        span=_span(lines),
    )


def _build_sub_item(token: Token) -> SubItem:
    assert token.match is not None
    circled = token.match["circled"]
    number = ord(circled) - 0x245F if circled else int(token.match["number"])
    marker = token.line.text[: token.match.start("rest")].strip()
    return SubItem(number=number, marker=marker, text=token.match["rest"], span=_span([token.line]))


# How a line that completes its paragraph ends; any other line was wrapped
# (text copied from a PDF breaks sentences at the page width).
_PARAGRAPH_ENDS = tuple("。；;！？!?：:")


@dataclass
class _Run:
    """Text running over one or more lines, with the way back to input offsets."""

    text: str
    # (line, input offset of the piece, index of the piece in ``text``)
    pieces: list[tuple[Line, int, int]]

    def locate(self, index: int) -> tuple[int, int]:
        """Input offset and line number of ``text[index]``."""
        for line, offset, start in reversed(self.pieces):
            if index >= start:
                return offset + index - start, line.no
        raise IndexError(index)  # pragma: no cover - index < 0 is a bug

    def span(self, start: int, end: int) -> Span:
        first, line = self.locate(start)
        last, end_line = self.locate(end - 1)
        return Span(start=first, end=last + 1, line=line, end_line=end_line)

    def cut(self, end: int) -> _Run:
        """The run up to ``end``, trailing space removed."""
        text = self.text[:end].rstrip()
        return _Run(text, [p for p in self.pieces if p[2] < len(text) or p[2] == 0])


def _has_open_bracket(text: str) -> bool:
    return sum(text.count(ch) for ch in P.OPEN) > sum(text.count(ch) for ch in P.CLOSE)


def _completes_paragraph(text: str) -> bool:
    """Whether a line of running text ends its paragraph.

    "…審計工作。(牽頭部門:" ends in a colon inside an open tag, and "推薦(提名)"
    in a bracket that wrapping left at the line's end: neither is complete.
    A unit tag does complete it.
    """
    if text.endswith(_PARAGRAPH_ENDS):
        return not _has_open_bracket(text)
    return find_trailing_tag(text) is not None


def _runs(content: list[tuple[Line, int, str]]) -> list[_Run]:
    """Join lines that a hard wrap split into the paragraphs they belong to."""
    runs: list[_Run] = []
    for line, offset, text in content:
        if runs and runs[-1].text and not _completes_paragraph(runs[-1].text):
            run = runs[-1]
            run.pieces.append((line, offset, len(run.text)))
            run.text += text
        else:
            runs.append(_Run(text, [(line, offset, 0)]))
    return runs


def _title_and_measures(runs: list[_Run]) -> tuple[str, list[Measure]]:
    """The first sentence is the title; every later sentence is a measure."""
    title = ""
    measures: list[Measure] = []
    for run in runs:
        for start, end in split_sentences(run.text):
            sentence = run.text[start:end]
            if not title:
                title = sentence.rstrip("。").strip()
                continue
            targets = [
                t.model_copy(update={"span": run.span(start + t.span.start, start + t.span.end)})
                for t in find_targets(sentence)
            ]
            measures.append(Measure(text=sentence, span=run.span(start, end), targets=targets))
    return title, measures


# --- numbering checks ---------------------------------------------------------------


def check_numbering(sections: Sequence[Section], report: _Report) -> None:
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


def _check_run(numbers: Sequence[tuple[int, int]], what: str, report: _Report) -> None:
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


# --- the whole notice -------------------------------------------------------------


def parse_notice(
    text: str,
    *,
    path: str = "<string>",
    encoding: str = "utf-8",
    sha256: str | None = None,
    source_format: SourceFormat = "text",
    dropped_bytes: int = 0,
    simplified: bool = False,
) -> Notice:
    """Parse the text of a work-plan notice.

    Args:
        text: the decoded notice, in either script, either punctuation width.
        path: the name to report in ``source.path`` and in error messages.
        encoding: the encoding the text was decoded from, for ``source``.
        sha256: digest of the input bytes; computed from ``text`` when absent.
        source_format: "text", "html" or "docx": what the text was taken from.
        dropped_bytes: bytes of a cut-off last character the decoder dropped.
        simplified: give every text value in simplified script; spans still
            point into ``text`` and ``source.script`` names its script.

    Returns:
        The validated tree, with warnings in ``diagnostics``.

    Raises:
        ParseError: when the text is not a work-plan notice.
    """
    sha256 = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    if simplified:
        return _parse_simplified(text, path, encoding, sha256, source_format, dropped_bytes)
    with _collector_paused():
        notice, report = _parse(text, path, encoding, sha256, source_format, dropped_bytes)
    errors = [d for d in report.diagnostics if d.level == "error"]
    if errors or notice is None:
        raise ParseError(errors, source_name=path)
    return notice


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a tree is built.

    Building allocates many small objects and no reference cycles; the
    collector's repeated passes over them made a 1,000x plan take twice as
    long per character as the 2025 plan (benchmarks/run.py).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _parse_simplified(
    text: str,
    path: str,
    encoding: str,
    sha256: str,
    source_format: SourceFormat,
    dropped_bytes: int,
) -> Notice:
    """Parse the converted text: one conversion of the input, not one per field.

    Conversion keeps every line's length (OpenCC's t2s maps characters and
    phrases to ones of equal length), so the converted text's spans are the
    input's.  Should a table ever break that, the tree of the input is
    converted field by field instead.
    """
    from castplan.convert import simplify_notice, to_simplified

    converted = to_simplified(text)
    lines = split_lines(text)
    if [(x.start, x.end) for x in split_lines(converted)] != [(x.start, x.end) for x in lines]:
        plain = parse_notice(text, path=path, encoding=encoding, sha256=sha256)
        return simplify_notice(plain)
    notice = parse_notice(
        converted,
        path=path,
        encoding=encoding,
        sha256=sha256,
        source_format=source_format,
        dropped_bytes=dropped_bytes,
    )
    source = notice.source.model_copy(update={"script": detect_script(text)})
    return notice.model_copy(update={"source": source})


def check_notice(
    text: str,
    *,
    path: str = "<string>",
    dropped_bytes: int = 0,
    known_departments: Collection[str] | None = None,
) -> list[Diagnostic]:
    """Return every problem of a notice, warnings included, without raising.

    Args:
        text: the decoded notice.
        path: the name to report.
        dropped_bytes: bytes of a cut-off last character the decoder dropped.
        known_departments: when given, units not in it (either script) are
            reported as ``unknown-department``.
    """
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    notice, report = _parse(text, path, "utf-8", digest, "text", dropped_bytes)
    if notice is not None and known_departments is not None:
        _check_known_departments(notice, known_departments, report)
    return report.sorted()


def _check_known_departments(notice: Notice, known: Collection[str], report: _Report) -> None:
    from castplan.convert import fold_name

    folded = {fold_name(name) for name in known}
    for item in notice.items():
        for name in [*item.lead_departments, *item.supporting_departments]:
            if fold_name(name) not in folded:
                report.warn(
                    "unknown-department",
                    f"item {item.marker} names {name}, which is not a known department",
                    item.span.line,
                )


def _parse(
    text: str,
    path: str,
    encoding: str,
    sha256: str,
    source_format: SourceFormat,
    dropped_bytes: int,
) -> tuple[Notice | None, _Report]:
    report = _Report()
    lines = split_lines(text)
    if dropped_bytes:
        report.warn(
            "truncated-input",
            f"the input ends inside a character; {dropped_bytes} byte(s) dropped",
            lines[-1].no if lines else 1,
        )
    tokens = [classify_line(line) for line in lines]
    chrome = [t for t in tokens if t.kind is Kind.CHROME]
    tokens = [t for t in tokens if t.kind not in {Kind.BLANK, Kind.CHROME}]
    if chrome:
        report.warn(
            "page-chrome",
            f"{len(chrome)} line(s) of page furniture (web page or PDF) kept in source.chrome, "
            f"first: {_quote(chrome[0].line.text)}",
            chrome[0].line.no,
        )
    if not tokens:
        report.error("empty-input", "expected a work-plan notice, found no text", 1)
        return None, report

    first_outline = _first_outline(tokens, 0)
    title_at = _find_title(tokens, first_outline) or _title_after_signed_letter(tokens)
    if title_at is not None:
        header_end = title_at[0] - 1
        body_start = _first_outline(tokens, title_at[1] + 1)
    else:
        header_end = _header_end_without_title(tokens, first_outline)
        body_start = first_outline
    closing_start = _closing_start(tokens, max(body_start, header_end + 1))

    header = build_header(tokens[: header_end + 1], report)
    title, title_span = _title_of(tokens, title_at)
    pre_from = title_at[1] + 1 if title_at else header_end + 1
    pre_to = min(body_start, closing_start)
    preamble_tokens = tokens[pre_from:pre_to]
    body_tokens = tokens[body_start:closing_start] if body_start < closing_start else []
    closing = [
        Paragraph(text=t.line.text, span=_span([t.line]))
        for t in tokens[max(pre_to, closing_start) :]
    ]

    if title is None and header is not None and header.cover_letter:
        title = _title_from_letter(header.cover_letter)
        if title:
            report.warn(
                "title-from-cover-letter",
                f"no plan title line; took {title} from the cover letter",
                header.span.line,
            )

    sections = [_build_section(d, report) for d in _BodyBuilder(body_tokens, report).build()]
    check_numbering(sections, report)
    _check_units(sections, report)
    _check_last_item(sections, report)
    if not _looks_like_notice(tokens, header, title, sections):
        report.error(
            "not-a-notice",
            "expected a work-plan notice (a plan title, a cover notice or section headings), "
            f"found none: {_quote(tokens[0].line.text)}",
            tokens[0].line.no,
        )
        return None, report
    if not sections:
        report.warn(
            "no-plan-body",
            "the notice has no plan body (no sections or items)",
            tokens[-1].line.no,
        )
    if title is None:
        report.warn("title-not-found", "no plan title found", tokens[0].line.no)

    org, year = _title_parts(title)
    source = Source(
        path=path,
        sha256=sha256,
        encoding=encoding,
        format=source_format,
        script=detect_script(text),
        chrome=[
            ChromeLine(text=t.line.text, kind=t.chrome_kind or "page", span=_span([t.line]))
            for t in chrome
        ],
    )
    try:
        notice = Notice(
            source=source,
            header=header,
            title=title,
            title_span=title_span,
            organization=org,
            year=year,
            preamble=join_lines([t.line for t in preamble_tokens]) or None,
            preamble_span=_span([t.line for t in preamble_tokens]) if preamble_tokens else None,
            sections=sections,
            closing=closing,
            diagnostics=report.sorted(),
        )
    except ValidationError as exc:  # pragma: no cover - a parser bug, reported as one
        raise AssertionError(f"castplan built an invalid tree: {exc}") from exc
    return notice, report


# Below this share of Han characters a text is no Chinese notice (an English
# README with a numbered list, a data file).
MIN_HAN_SHARE = 0.3


def _looks_like_notice(
    tokens: Sequence[Token], header: Header | None, title: str | None, sections: Sequence[Section]
) -> bool:
    """A notice has Chinese text and a title, a cover notice or section headings.

    Numbered lines alone are any list; a date line alone is any letter.
    """
    # The opening of the text is evidence enough, and keeps this linear.
    sample = "\n".join(t.line.text for t in tokens[:200])[:8192]
    chars = len("".join(sample.split()))
    if not chars or len(P.HAN_CHARS_RE.findall(sample)) / chars < MIN_HAN_SHARE:
        return False
    has_cover = header is not None and bool(header.notice_title or header.addressees)
    has_headings = any(s.numeral is not None for s in sections)
    return title is not None or has_cover or has_headings


def _title_of(
    tokens: Sequence[Token], at: tuple[int, int] | None
) -> tuple[str | None, Span | None]:
    if at is None:
        return None, None
    lines = [t.line for t in tokens[at[0] : at[1] + 1]]
    # A year line under the title, "(2024)", belongs to the title block, not its text.
    words = [line.text for line in lines if not P.TITLE_YEAR_LINE_RE.match(line.text)]
    return "".join(words), _span(lines)


def _title_from_letter(letter: str) -> str | None:
    for match in P.BOOK_TITLE_RE.finditer(letter):
        if P.PLAN_KIND_RE.search(match["name"]):
            return match["name"]
    return None


def _title_parts(title: str | None) -> tuple[str | None, int | None]:
    if not title:
        return None, None
    match = P.TITLE_PARTS_RE.match(title)
    if not match:
        return None, None
    org = match["org"].strip() or None
    return org, int(match["year"])


def _build_section(draft: _SectionDraft, report: _Report) -> Section:
    items = [build_item(item, report) for item in draft.items]
    lines = draft.lines or [t.line for item in draft.items for t in item.lines]
    groups = [
        Group(
            number=g.number,
            numeral=g.numeral,
            title=g.title,
            intro=join_lines(g.intro) or None,
            span=_span([g.head.line, g.last or g.head.line]),
        )
        for g in draft.groups
    ]
    return Section(
        number=draft.number,
        numeral=draft.numeral,
        title=draft.title,
        intro=join_lines(draft.intro) or None,
        intro_span=_span(draft.intro) if draft.intro else None,
        heading_span=_span(draft.heading) if draft.heading else None,
        groups=groups,
        items=items,
        span=_span(sorted(lines, key=lambda line: line.no)),
    )


# How a complete item ends: a sentence mark, a closing bracket or quote.
_ITEM_ENDINGS = tuple("。；;！？!?)）”」』》.…")


def _check_last_item(sections: Sequence[Section], report: _Report) -> None:
    """A plan whose last item stops mid-sentence was cut off."""
    items = [item for section in sections for item in section.items]
    # An item that got its unit tag was not cut; one without may have lost it.
    if items and not items[-1].lead_departments and not items[-1].text.endswith(_ITEM_ENDINGS):
        last = items[-1]
        report.warn(
            "truncated-item",
            f"item {last.marker} stops mid-sentence; the input may be cut off: "
            f"…{last.text[-QUOTE_LEN // 2 :]}",
            last.span.end_line,
        )


def _check_units(sections: Sequence[Section], report: _Report) -> None:
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
                f"item {item.marker} names no lead department: {_quote(item.title)}",
                item.span.line,
            )
