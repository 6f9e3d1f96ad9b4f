"""Complexity guard: the parser's work grows linearly with its input, counted, not timed.

Each hostile or badly converted shape is parsed at size n and 4n.  The work
counted is every Python bytecode castplan's own code executes, plus every
character handed to the two helpers that read text from the end or count
brackets (where a quadratic corner would hide inside a C call).  Linear work
grows about 4x; a quadratic corner grows 16x.  Seconds are never measured
here: they belong to benchmarks/.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from castplan import parse_notice
from castplan.grammar import items as items_module
from castplan.grammar import lines as lines_module

PACKAGE = str(Path(items_module.__file__).resolve().parent.parent)
HEAD = "江城市2025年工作要点\n一、重点任务\n"
# A sentence ends inside each line, none at its end: the lines run on, the measures pile up.
LINE = "推进科普事业。高质量发展建设创新型城市"


def wrapped_item(n: int) -> str:
    """One item hard-wrapped over n lines (a PDF copy at a narrow width)."""
    return HEAD + "1.推进项目建设" + "".join(f"\n{LINE}" for _ in range(n)) + "。\n"


def unclosed_bracket(n: int) -> str:
    """A bracket opened and never closed, then n lines."""
    return HEAD + "1.推进项目建设（" + "".join(f"\n{LINE}" for _ in range(n)) + "。\n"


def many_items(n: int) -> str:
    return HEAD + "".join(
        f"{i % 999 + 1}.推进项目建设。全年完成投资10亿元。（市发展改革委负责）\n" for i in range(n)
    )


def many_units(n: int) -> str:
    """One tag naming n units."""
    return HEAD + "1.推进项目建设。（" + "、".join(f"市局{i}" for i in range(n)) + "负责）\n"


def long_line(n: int) -> str:
    """One item on one line of n clauses (about 12n characters)."""
    return HEAD + "1.推进项目建设" + "推进科普事业高质量发展，" * n + "。\n"


def run_together(n: int) -> str:
    """A page run into one line: n items set apart by spaces (cut back into lines)."""
    return (
        HEAD
        + " ".join(
            f"{i % 99 + 1}.推进项目建设 全年完成投资10亿元。（市发展改革委负责）" for i in range(n)
        )
        + "\n"
    )


def decimal_outline(n: int) -> str:
    """A plan numbered in decimals: n headings "N." (two digits at most) with two "N.M"
    items each."""
    return HEAD.replace("一、重点任务\n", "") + "".join(
        f"{i + 1}.推进项目建设\n{i + 1}.1 全年完成投资10亿元。\n{i + 1}.2 开工项目20个。\n"
        for i in range(n)
    )


def figures_after_an_item(n: int) -> str:
    """n lines that open as the next item with a figure would ("2.5万名…"), none of them
    one, as the item after them is not the number after ("5."): each is looked past."""
    return HEAD + "1.推进项目建设。\n" + "2.5万名科技工作者参加活动。\n" * n + "5.办好学术年会。\n"


TABLE_HEADER = "序号\n重点任务\n分管领导\n牵头单位\n责任单位\n"


def table_rows(n: int) -> str:
    """A task table flattened to one cell a line, n rows."""
    return (
        HEAD
        + TABLE_HEADER
        + "".join(
            f"{i + 1}\n推进项目建设。全年完成投资10亿元。\n王 东\n市发展改革委\n各区政府\n"
            for i in range(n)
        )
    )


def table_headers(n: int) -> str:
    """n header rows with no rows under them, then text."""
    return HEAD + TABLE_HEADER * n + "1.推进项目建设。（市发展改革委负责）\n"


def comma_lines(n: int) -> str:
    """A list wrapped at its enumeration commas, each line a sentence, under one item:
    every line could be an item whose digit a copy lost, and none is."""
    return (
        HEAD + "1.建设新区。\n" + "".join("、河西新区建设。\n" for _ in range(n)) + "4.完善配套。\n"
    )


@contextmanager
def counted_scans(counter: list[int]) -> Iterator[None]:
    """Count the characters the text-scanning helpers are given."""
    originals: list[tuple[Any, str, Callable[..., Any]]] = [
        (items_module, "bracket_balance", items_module.bracket_balance),
        (items_module, "find_trailing_tag", items_module.find_trailing_tag),
        (lines_module, "find_trailing_tag", lines_module.find_trailing_tag),
    ]

    def metered(function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(text: str, *args: Any, **kwargs: Any) -> Any:
            counter[0] += len(text)
            return function(text, *args, **kwargs)

        return wrapper

    for module, name, function in originals:
        setattr(module, name, metered(function))
    try:
        yield
    finally:
        for module, name, function in originals:
            setattr(module, name, function)


def work(text: str) -> int:
    """Bytecodes executed in castplan's own code, plus characters scanned, for one parse."""
    counter = [0]

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "call":
            filename = frame.f_code.co_filename
            if not (filename.startswith(PACKAGE) or filename == __file__):
                return None  # pydantic, regex and the standard library are not counted
            frame.f_trace_opcodes = True
            frame.f_trace_lines = False
            return trace
        if event == "opcode":
            counter[0] += 1
        return trace

    with counted_scans(counter):
        sys.settrace(trace)
        try:
            parse_notice(text)
        finally:
            sys.settrace(None)
    return counter[0]


@pytest.mark.parametrize(
    ("shape", "n"),
    [
        (wrapped_item, 150),
        (unclosed_bracket, 150),
        (many_items, 60),
        (many_units, 300),
        (long_line, 1000),
        (run_together, 60),
        (table_rows, 60),
        (table_headers, 60),
        (decimal_outline, 24),
        (figures_after_an_item, 400),
        (comma_lines, 150),
    ],
    ids=lambda value: getattr(value, "__name__", str(value)),
)
def test_work_grows_linearly(shape: Callable[[int], str], n: int) -> None:
    # (the patterns a shape uses are compiled on their first use, once: no growth, so
    # they are compiled before the counting, whatever ran first)
    parse_notice(shape(1))
    small, large = work(shape(n)), work(shape(4 * n))
    assert large / small < 6, f"{shape.__name__}: work grew {large / small:.1f}x for 4x the input"


def test_the_guard_sees_a_quadratic_corner(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make locating a span a linear scan again: the guard must catch it."""

    def scanning_locate(self: Any, index: int) -> tuple[int, int]:
        for line, offset, start in reversed(self.pieces):
            for _ in range(len(self.pieces)):  # the scan a bisect replaced, made explicit
                pass
            if index >= start:
                return offset + index - start, line.no
        raise IndexError(index)

    monkeypatch.setattr(items_module._Run, "locate", scanning_locate)
    small, large = work(wrapped_item(40)), work(wrapped_item(160))
    assert large / small > 6
