"""Parse the text of a work-plan notice into a validated ``Notice`` tree.

Grammar sketch (GB/T 9704 outline levels; any level may be missing)::

    chrome*   header?   title?   preamble?   section*   closing*
    header   = doc-number? notice-title? addressees cover-letter issuer seal? date
    section  = "一、" title intro? (group | item)*
    group    = "（一）" title intro? item*
    item     = "1." title "。" measure* unit-tag?    (also "（一）" or "——" items)
    sub-item = "（1）" text                           (inside an item)
    unit-tag = "(牽頭部門:宣傳文化部)"  and the other forms in ``castplan.grammar.units``

Stages, one module each: ``castplan.grammar.lines`` splits and classifies lines;
this module cuts them into regions (chrome, header, title, preamble, body,
closing); ``castplan.grammar.header`` reads the cover notice; ``castplan.grammar.body`` builds
sections and groups, with ``castplan.grammar.items`` for each item; the ``Notice``
model validates the result.  Every non-blank line ends up in exactly one node
or in a diagnostic that quotes it.  No file I/O, no printing.

Example::

    from castplan import parse_notice
    notice = parse_notice(text)
    print(notice.title, len(list(notice.items())))
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

import regex as re
from pydantic import ValidationError

from castplan.errors import ParseError
from castplan.grammar import patterns as P
from castplan.grammar.body import build_sections
from castplan.grammar.header import build_header
from castplan.grammar.lines import (
    Kind,
    Report,
    Token,
    classify_line,
    join_lines,
    quote,
    span_of,
    split_lines,
)
from castplan.model import (
    ChromeLine,
    Diagnostic,
    Header,
    Notice,
    Paragraph,
    Section,
    Source,
    SourceFormat,
    Span,
)
from castplan.script import detect_script

# A plan title is a short line; a long one is prose that mentions a plan.
MAX_TITLE_LEN = 60


# --- regions: chrome, header, title, preamble, body, closing ------------------------


_HEADER_KINDS = {Kind.DATE, Kind.SEAL, Kind.CONTACT, Kind.DISCLOSURE, Kind.ATTACHMENT}
_CLOSING_KINDS = _HEADER_KINDS | {Kind.DISTRIBUTION}
_OUTLINE_KINDS = {Kind.SECTION, Kind.GROUP, Kind.ITEM}


def _is_title_line(token: Token) -> bool:
    text = _unbracketed(token.line.text)
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


def _unbracketed(text: str) -> str:
    """A title a web page set in book brackets: "《中国科协2025年工作要点》"."""
    if text.startswith("《") and text.endswith("》") and text.count("《") == 1:
        return text[1:-1]
    return text


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
    origin = _Origin(
        path=path,
        encoding=encoding,
        sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(),
        source_format=source_format,
        dropped_bytes=dropped_bytes,
    )
    if simplified:
        return _parse_simplified(text, origin)
    return _parse_or_raise(text, origin)


@dataclass(frozen=True)
class _Origin:
    """Where a text came from: what ``Source`` records besides the text itself."""

    path: str
    encoding: str
    sha256: str
    source_format: SourceFormat
    dropped_bytes: int


def _parse_or_raise(text: str, origin: _Origin) -> Notice:
    with _collector_paused():
        notice, report = _parse(text, origin)
    errors = [d for d in report.diagnostics if d.level == "error"]
    if errors or notice is None:
        raise ParseError(errors, source_name=origin.path)
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


def _parse_simplified(text: str, origin: _Origin) -> Notice:
    """Parse the converted text: one conversion of the input, not one per field.

    Conversion keeps every line's length (OpenCC's t2s maps characters and
    phrases to ones of equal length), so the converted text's spans are the
    input's.  Should a table ever break that, the tree of the input is
    converted field by field instead.
    """
    from castplan.script import simplify_notice, to_simplified

    converted = to_simplified(text)
    lines = split_lines(text)
    if [(x.start, x.end) for x in split_lines(converted)] != [(x.start, x.end) for x in lines]:
        return simplify_notice(_parse_or_raise(text, origin))
    notice = _parse_or_raise(converted, origin)
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
    notice, report = _parse(text, _Origin(path, "utf-8", digest, "text", dropped_bytes))
    if notice is not None and known_departments is not None:
        _check_known_departments(notice, known_departments, report)
    return report.sorted()


def _check_known_departments(notice: Notice, known: Collection[str], report: Report) -> None:
    from castplan.script import fold_name

    folded = {fold_name(name) for name in known}
    for item in notice.items():
        for name in [*item.lead_departments, *item.supporting_departments]:
            if fold_name(name) not in folded:
                report.warn(
                    "unknown-department",
                    f"item {item.marker} names {name}, which is not a known department",
                    item.span.line,
                )


def _parse(text: str, origin: _Origin) -> tuple[Notice | None, Report]:
    lines = split_lines(text)
    report = Report(columns={line.no: line.column for line in lines})
    if origin.dropped_bytes:
        report.warn(
            "truncated-input",
            f"the input ends inside a character; {origin.dropped_bytes} byte(s) dropped",
            lines[-1].no if lines else 1,
        )
    tokens, chrome = _without_chrome([classify_line(line) for line in lines], report)
    if not tokens:
        report.error("empty-input", "expected a work-plan notice, found no text", 1)
        return None, report
    regions = _Regions.of(tokens)
    header = build_header(regions.header, report)
    title, title_span = _title_of(tokens, regions.title_at)
    if title is None and header is not None and header.cover_letter:
        title = _title_from_letter(header.cover_letter)
        if title:
            report.warn(
                "title-from-cover-letter",
                f"no plan title line; took {title} from the cover letter",
                header.span.line,
            )
    sections = build_sections(regions.body, report)
    if not _looks_like_notice(tokens, header, title, sections):
        report.error(
            "not-a-notice",
            "expected a work-plan notice (a plan title, a cover notice or section headings), "
            f"found none: {quote(tokens[0].line.text)}",
            tokens[0].line.no,
        )
        return None, report
    if not sections:
        report.warn(
            "no-plan-body", "the notice has no plan body (no sections or items)", tokens[-1].line.no
        )
    if title is None:
        report.warn("title-not-found", "no plan title found", tokens[0].line.no)
    org, year = _title_parts(title)
    preamble = [t.line for t in regions.preamble]
    try:
        notice = Notice(
            source=_source(text, origin, chrome),
            header=header,
            title=title,
            title_span=title_span,
            organization=org,
            year=year,
            preamble=join_lines(preamble) or None,
            preamble_span=span_of(preamble) if preamble else None,
            sections=sections,
            closing=[Paragraph(text=t.line.text, span=span_of([t.line])) for t in regions.closing],
            diagnostics=report.sorted(),
        )
    except ValidationError as exc:  # pragma: no cover - a parser bug, reported as one
        raise AssertionError(f"castplan built an invalid tree: {exc}") from exc
    return notice, report


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
    return [t for t in tokens if t.kind not in {Kind.BLANK, Kind.CHROME}], chrome


@dataclass(frozen=True)
class _Regions:
    """The notice's lines cut into header, title, preamble, body and closing."""

    header: Sequence[Token]
    title_at: tuple[int, int] | None
    preamble: Sequence[Token]
    body: Sequence[Token]
    closing: Sequence[Token]

    @classmethod
    def of(cls, tokens: Sequence[Token]) -> _Regions:
        first_outline = _first_outline(tokens, 0)
        title_at = _find_title(tokens, first_outline) or _title_after_signed_letter(tokens)
        if title_at is not None:
            header_end = title_at[0] - 1
            body_start = _first_outline(tokens, title_at[1] + 1)
        else:
            header_end = _header_end_without_title(tokens, first_outline)
            body_start = first_outline
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


def _source(text: str, origin: _Origin, chrome: Sequence[Token]) -> Source:
    return Source(
        path=origin.path,
        sha256=origin.sha256,
        encoding=origin.encoding,
        format=origin.source_format,
        script=detect_script(text),
        chrome=[
            ChromeLine(text=t.line.text, kind=t.chrome_kind or "page", span=span_of([t.line]))
            for t in chrome
        ],
    )


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
    return _unbracketed("".join(words)), span_of(lines)


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
