"""Cities and counties named without their 市 or 县 open a title as its organization."""

from __future__ import annotations

from importlib import resources

import pytest

from castplan import parse_notice
from castplan.grammar.places import (
    PLACES_FILE,
    common_words,
    is_place_name,
    places_text,
    short_place,
)


def test_the_committed_table_is_derived_from_gb_t_2260() -> None:
    committed = (
        resources.files("castplan").joinpath("data", PLACES_FILE).read_text(encoding="utf-8")
    )
    assert committed == places_text(), "run: python -m castplan.grammar.places"


def test_the_short_names_of_cities_and_counties_in_both_scripts_but_no_common_words() -> None:
    rows = dict(
        line.split("\t")[:2]
        for line in places_text().splitlines()
        if line and not line.startswith("#") and line.endswith("\tshort")
    )
    assert rows["晋城"] == rows["晉城"] == "晋城市"  # a prefecture-level city
    assert rows["平湖"] == "平湖市"  # a county-level city
    assert rows["绥滨"] == "绥滨县"  # a county
    assert "朝阳" not in rows  # a common word (and a district's short name)
    assert not common_words() & rows.keys()
    assert {"资源", "公安", "全州", "合作"} <= common_words()


@pytest.mark.parametrize(
    ("title", "organization"),
    [
        ("2023年晋城民政工作思路", "晋城"),
        ("2022年常州教育工作要点", "常州"),
        ("平湖老龄事业发展“十二五”规划", "平湖"),
        ("2023年晉城民政工作思路", "晉城"),
        ("2024年绥滨中医药产业发展工作方案", "绥滨"),
        # (before the year too)
        ("晋城民政2023年工作要点", "晋城"),
        # (the name of a body the place's name opens is the body's)
        ("2025年武汉科技大学党政工作要点", "武汉科技大学"),
        ("常州科技馆2024年工作计划", "常州科技馆"),
        # (with its 市 the place is read as before)
        ("2024年常州市教育工作要点", "常州市"),
        # (a place's short name before words that name no office's work; words that
        # open a topic and are a county's short name too; no place at all)
        ("2024年晋城风光摄影大赛活动方案", None),
        ("2024年合作社发展工作方案", None),
        ("2024年资源环境工作要点", None),
        ("2024年公安消防工作要点", None),
        ("2024年江城教育工作要点", None),
    ],
)
def test_a_titles_city_or_county_without_its_suffix(title: str, organization: str | None) -> None:
    notice = parse_notice(f"{title}\n一、加强组织建设\n1.建强基层组织。\n")
    assert (notice.title, notice.organization) == (title, organization)


@pytest.mark.parametrize(
    ("name", "listed"),
    [
        ("绥滨县", True),
        ("东胜区", True),
        ("晋城市", True),
        ("晉城市", True),
        ("恩施土家族苗族自治州", True),
        # (kinds of area, and words)
        ("城区", False),
        ("老城区", False),
        ("市辖区", False),
        ("贫困县", False),
        ("晋城", False),
    ],
)
def test_full_names_of_cities_counties_and_districts(name: str, listed: bool) -> None:
    assert is_place_name(name) is listed


def test_the_longest_short_name_that_the_work_follows_is_taken() -> None:
    assert short_place("七台河教育工作要点") == "七台河"
    assert short_place("晋城") is None
    assert short_place("") is None
