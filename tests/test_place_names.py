"""Proper nouns survive script conversion: every county-level place name of mainland
China (GB/T 2260, as shipped in the cpca package's adcodes table) and every unit name
of the real-world corpus converts simplified → traditional → simplified to itself."""

from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path

import pytest
import yaml
from opencc import OpenCC

from castplan.script import detect_script, to_simplified

ROOT = Path(__file__).resolve().parent.parent


def place_names() -> list[str]:
    # Read as data: importing cpca itself would load its matcher for nothing.
    table = resources.files("cpca").joinpath("resources", "adcodes.csv")
    with table.open(encoding="utf-8") as handle:
        return sorted({row["name"] for row in csv.DictReader(handle)})


def corpus_unit_names() -> list[str]:
    names = set()
    for path in (ROOT / "corpus" / "annotations").glob("*.yaml"):
        expected = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("expected") or {}
        for item in expected.get("items") or []:
            names.update(item.get("lead") or [])
            names.update(item.get("support") or [])
        names.update(n for n in (expected.get("organization"), expected.get("issuer")) if n)
    # Only names written wholly in simplified script: a mirror's half-converted
    # "省财政廳" has no simplified spelling to come back to.
    return sorted(n for n in names if detect_script(n) == "simplified" and to_simplified(n) == n)


TO_TRADITIONAL = OpenCC("s2t").convert


def round_trip_failures(names: list[str]) -> list[tuple[str, str, str]]:
    failures = []
    for name in names:
        back = to_simplified(TO_TRADITIONAL(name))
        if back != name:
            failures.append((name, TO_TRADITIONAL(name), back))
    return failures


def test_every_county_level_place_name_survives_a_round_trip() -> None:
    names = place_names()
    assert len(names) > 3000
    assert round_trip_failures(names) == []


def test_every_unit_name_of_the_corpus_survives_a_round_trip() -> None:
    names = corpus_unit_names()
    assert len(names) > 150
    assert round_trip_failures(names) == []


@pytest.mark.parametrize(("traditional", "simplified"), [("濬縣", "浚县"), ("澂江縣", "澄江县")])
def test_the_place_name_table_gives_the_official_names(traditional: str, simplified: str) -> None:
    assert to_simplified(traditional) == simplified
