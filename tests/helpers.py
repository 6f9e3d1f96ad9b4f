"""Test helpers: line accounting and tree comparison that ignores positions."""

from __future__ import annotations

from collections import Counter
from typing import Any

import regex as re

from castplan import parse_notice
from castplan.grammar.glosses import glossed_patterns, is_glossed
from castplan.grammar.lines import Line, split_lines
from castplan.grammar.unfold import unfold_lines
from castplan.load import RawInput, notice_from_input
from castplan.model import Notice, Span

from .conftest import FIXTURES, SAMPLE_PATH

# Diagnostics that carry a line of input no node holds.
QUOTING_CODES = {"text-outside-item", "unit-line-outside-item"}


def _lines(span: Span | None) -> range:
    # (an empty span holds no line: a header read from the title alone points there)
    return range(span.line, span.end_line + 1) if span and span.end > span.start else range(0)


def line_owners(notice: Notice) -> Counter[int]:
    """How many leaf nodes (or quoting diagnostics) hold each input line."""
    owners: Counter[int] = Counter()
    chrome = {c.span.line for c in notice.source.chrome}
    owners.update(chrome)

    def add(span: Span | None, skip: set[int] = set()) -> None:  # noqa: B006
        owners.update(n for n in _lines(span) if n not in chrome and n not in skip)

    header = notice.header
    while header is not None:
        add(header.span)
        header = header.forwarded
    add(notice.title_span)
    add(notice.preamble_span)
    for section in notice.sections:
        add(section.heading_span)
        heading = set(_lines(section.heading_span))
        add(section.intro_span, heading)
        for group in section.groups:
            add(group.span)
        for item in section.items:
            add(item.span)
    for paragraph in notice.closing:
        add(paragraph.span)
    for diag in notice.diagnostics:
        if diag.code in QUOTING_CODES and diag.line:
            owners[diag.line] += 1
    return owners


def leaf_spans(notice: Notice) -> list[Span]:
    """The spans of the leaf nodes ``line_owners`` counts, for accounting by offset."""
    spans = [c.span for c in notice.source.chrome]
    header = notice.header
    while header is not None:
        # A header read from the page's metadata alone points at that chrome line,
        # which the chrome holds (as line_owners counts it).
        if header.span not in spans:
            spans.append(header.span)
        header = header.forwarded
    spans += [s for s in (notice.title_span, notice.preamble_span) if s]
    for section in notice.sections:
        spans += [s for s in (section.heading_span, section.intro_span) if s]
        spans += [g.span for g in section.groups] + [i.span for i in section.items]
    return spans + [p.span for p in notice.closing]


def assert_lossless(text: str, notice: Notice) -> None:
    """Every non-blank line is held by exactly one node or quoting diagnostic.

    A line a page ran together is read as its parts (castplan/grammar/unfold.py):
    each part is held by exactly one node, counted by offset.  A part that is
    page furniture (a preview's chunk counter, a page's tag run into the text) is
    held by the chrome alone, as a chrome line inside an item is: the item's span
    reaches over it.
    """
    owners = line_owners(notice)
    lines = split_lines(text)
    parts = _parts_as_read(text, lines)
    cut = {no for no, count in Counter(p.no for p in parts).items() if count > 1}
    for line in lines:
        if line.text and line.no not in cut:
            held = owners[line.no]
            assert held == 1, f"line {line.no} held {held} times: {line.text!r}"
    spans = leaf_spans(notice)
    quoted = Counter(
        (d.line, d.column) for d in notice.diagnostics if d.code in QUOTING_CODES and d.line
    )
    chrome = [c.span for c in notice.source.chrome]
    chrome_starts = {span.start for span in chrome}
    for part in parts:
        if part.no in cut:
            holders = chrome if part.start in chrome_starts else spans
            held = sum(1 for s in holders if s.start <= part.start < s.end)
            held += quoted[(part.no, part.column)]
            assert held == 1, f"line {part.no} part held {held} times: {part.text[:30]!r}"


def _parts_as_read(text: str, lines: list[Line]) -> list[Line]:
    """The lines cut as the parser cuts them: a glossed text with its own patterns."""
    if is_glossed(text):
        with glossed_patterns():
            return unfold_lines(lines)
    return unfold_lines(lines)


def strip_positions(data: Any) -> Any:
    """Drop spans, line numbers and source details, to compare trees of variants."""
    if isinstance(data, dict):
        return {
            key: strip_positions(value)
            for key, value in data.items()
            if key
            not in {
                "span",
                "title_span",
                "preamble_span",
                "intro_span",
                "heading_span",
                "line",
                "source",
            }
        }
    if isinstance(data, list):
        return [strip_positions(value) for value in data]
    return data


def spans_point_at_text(text: str, notice: Notice) -> None:
    """Each item's span slices to its text; each measure's span to its sentence."""
    for item in notice.items():
        sliced = text[item.span.start : item.span.end]
        assert _squash(sliced) == _squash(item.text), item.number
        for measure in item.measures:
            # A sentence wrapped over lines is the lines' text joined without breaks.
            sliced = _squash(text[measure.span.start : measure.span.end]).replace("\n", "")
            assert sliced == measure.text
            for target in measure.targets:
                sliced = _squash(text[target.span.start : target.span.end]).replace("\n", "")
                assert sliced == target.text
    if notice.title_span and notice.title:
        sliced = text[notice.title_span.start : notice.title_span.end]
        # A year line "(2024)" under the title is in the span, not in the text.
        assert _squash(sliced).replace("\n", "").lstrip("《").startswith(notice.title)


def _squash(text: str) -> str:
    # Multi-line nodes join their lines with "\n" after dropping indentation.
    return "\n".join(line.text for line in split_lines(text) if line.text)


# --- the 2025 plan and the hand-written notices, for the variant tests -------------

SAMPLE = SAMPLE_PATH.read_text(encoding="utf-8")
LINES_2025 = SAMPLE.split("\n")
NOTICES = FIXTURES / "notices"
BASE = parse_notice(SAMPLE)
TAG_RE = re.compile(r"\(牽頭部門:(?P<dept>[^()]+)\)$", re.MULTILINE)


def load(name: str) -> Notice:
    """A hand-written notice of fixtures/notices, read as the command line reads it."""
    path = NOTICES / f"{name}.txt"
    return notice_from_input(RawInput(path.name, path.read_bytes()))


def codes(notice: Notice) -> list[str]:
    return [d.code for d in notice.diagnostics]


def items_of(notice: Notice) -> list[tuple[str, str, list[str], list[str]]]:
    return [
        (i.marker, i.title, i.lead_departments, i.supporting_departments) for i in notice.items()
    ]


def same_items(notice: Notice) -> None:
    """Assert a variant gives the 2025 plan's titles and lead departments."""
    assert [(i.title, i.lead_departments) for i in notice.items()] == [
        (i.title, i.lead_departments) for i in BASE.items()
    ]
