"""Patterns read every variant of their Han characters, in either script."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest

from castplan import parse_notice
from castplan.grammar.variants import VARIANTS_FILE, either_script, variants_text


def test_the_committed_variants_are_those_of_the_converters_tables() -> None:
    committed = resources.files("castplan").joinpath(VARIANTS_FILE).read_text(encoding="utf-8")
    assert committed == variants_text(), "regenerate: python -m castplan.grammar.variants"


@pytest.mark.parametrize(
    ("pattern", "widened"),
    [
        ("为牵头", "[为為爲][牵牽][头頭]"),
        ("[为為是]", "[为為是爲]"),
        (r"\p{Han}[^。，]\d{2}", r"\p{Han}[^。，]\d{2}"),
        ("[一-十]", "[一-十]"),
        ("要[点點]  # 发布\n|发布", "要[点點]  # 发布\n|[发發髮][布佈]"),
    ],
)
def test_either_script_widens_each_han_character(pattern: str, widened: str) -> None:
    found = either_script(pattern, verbose="#" in pattern)
    assert found == widened
    assert either_script(found, verbose="#" in pattern) == found


def test_a_text_in_the_converters_own_traditional_reads_as_taiwans() -> None:
    # OpenCC's standard traditional writes 爲 and 發佈 where Taiwan writes 為 and 發布.
    text = (
        "江城省市場監管局2020年工作要點\n發佈時間：2020-03-02\n一、重點任務\n"
        "（一）強化標準助推。完成標準體系編製。（責任單位：標準化處、省藥監局；"
        "若工作涉及多個處室的，列第一的爲牽頭責任處室，下同）\n"
    )
    notice = parse_notice(text)
    (item,) = notice.items()
    assert (item.lead_departments, item.supporting_departments) == (["標準化處"], ["省藥監局"])
    assert notice.header is not None and notice.header.date == dt.date(2020, 3, 2)
