"""Work grows with the input, not faster: operations counted, never timed.

Timings live in benchmarks/; here the number of item comparisons a diff
makes is counted for plans of n and 10n items.  Comparing every pair would
make it 100 times as many; blocking keeps it near 10.  So is the number of
elements the web-page reader walks over for markup nested n and 10n deep.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import castplan.views.diff as diff_module
from castplan import parse_notice
from castplan.model import Notice

from .conftest import SAMPLE_PATH

SAMPLE = parse_notice(SAMPLE_PATH.read_text(encoding="utf-8"))


def plan(copies: int, *, reworded: bool = False) -> Notice:
    """A plan of 32 times ``copies`` distinct items; ``reworded`` changes every body a little."""
    lines = ["某市2025年工作要点", "一、重点任务"]
    number = 0
    for copy in range(copies):
        for item in SAMPLE.items():
            number += 1
            body = "".join(m.text for m in item.measures)
            if reworded:
                body = body.replace("。", "，持續推進。", 1)
            lead = "、".join(item.lead_departments) or "辦公廳"
            lines.append(f"{number}.{item.title}第{copy + 1}輪。{body}（{lead}牽頭）")
    return parse_notice("\n".join(lines) + "\n")


def comparisons(copies: int, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """How many pairs the diff of two such plans scores, and how many items it matches."""
    calls = 0
    original = diff_module._similarity

    def counting(*args: object) -> float:
        nonlocal calls
        calls += 1
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(diff_module, "_similarity", counting)
    report = diff_module.diff_notices(plan(copies), plan(copies, reworded=True))
    return calls, report.summary.unchanged + report.summary.changed + report.summary.moved


def test_diff_comparisons_grow_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    small, matched_small = comparisons(2, monkeypatch)
    large, matched_large = comparisons(20, monkeypatch)
    assert matched_small == 64 and matched_large == 640  # every item found its old self
    assert small > 0
    assert large / small < 13, (small, large)  # all pairs would be 100x


def test_identical_plans_need_no_comparison(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    original = diff_module._similarity

    def counting(*args: object) -> float:
        nonlocal calls
        calls += 1
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(diff_module, "_similarity", counting)
    report = diff_module.diff_notices(plan(3), plan(3))
    assert report.summary.unchanged == 96
    assert calls == 0


def nested_page(depth: int) -> str:
    """A page whose markup nests the article ``depth`` elements deep, as thousands of
    unclosed tags leave it."""
    article = "<p>江城市2023年科普工作要点</p><p>一、加强科普阵地建设</p><p>1.建设科普基地。推进场馆建设。</p>"
    return f"<html><body>{'<div>' * depth}{article}{'</div>' * depth}</body></html>"


def elements_visited(depth: int, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many elements reading such a page walks over (every walk of a subtree,
    the text of an element read whole included)."""
    from bs4.element import Tag

    from castplan.readers.html import html_text

    visited = 0
    walk = Tag.descendants.fget  # type: ignore[attr-defined]

    def counting(self: Tag) -> Iterator[object]:
        nonlocal visited
        for node in walk(self):
            visited += 1
            yield node

    with monkeypatch.context() as patched:
        patched.setattr(Tag, "descendants", property(counting))
        assert html_text(nested_page(depth)).startswith("江城市2023年科普工作要点\n")
    return visited


def test_reading_a_deeply_nested_page_grows_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    small = elements_visited(200, monkeypatch)
    large = elements_visited(2000, monkeypatch)
    assert small > 0
    assert large / small < 13, (small, large)  # each level read whole would be 100x
