"""Work grows with the input, not faster: operations counted, never timed.

Timings live in benchmarks/; here the number of item comparisons a diff
makes is counted for plans of n and 10n items.  Comparing every pair would
make it 100 times as many; blocking keeps it near 10.
"""

from __future__ import annotations

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
