"""The radical → ideograph table: every entry checked against Unicode's own data."""

from __future__ import annotations

import unicodedata
from importlib import resources

import pytest

from castplan.readers.pages import clean_page, map_radicals, radical_table

TABLE = resources.files("castplan.readers").joinpath("radicals.tsv").read_text("utf-8")
ENTRIES = [
    (int(line.split("\t")[0], 16), int(line.split("\t")[1], 16), line.split("\t")[2])
    for line in TABLE.splitlines()
    if line and not line.startswith("#")
]
KANGXI = range(0x2F00, 0x2FD6)
SUPPLEMENT = range(0x2E80, 0x2F00)


def _unified(code: int) -> bool:
    # U+2B739 (Extension C) is newer than some Pythons' Unicode database: check its block.
    name = unicodedata.name(chr(code), "")
    return name.startswith("CJK UNIFIED IDEOGRAPH-") or (not name and 0x2A700 <= code <= 0x2B73F)


@pytest.mark.parametrize(("radical", "ideograph", "name"), ENTRIES, ids=lambda v: f"{v}")
def test_every_entry(radical: int, ideograph: int, name: str) -> None:
    assert radical in KANGXI or radical in SUPPLEMENT
    assert unicodedata.name(chr(radical)) == name
    assert _unified(ideograph)
    nfkc = unicodedata.normalize("NFKC", chr(radical))
    if radical in KANGXI or nfkc != chr(radical):
        assert nfkc == chr(ideograph)  # where Unicode decomposes, the table agrees
    assert map_radicals(chr(radical)) == chr(ideograph)
    assert map_radicals(chr(ideograph)) == chr(ideograph)


def test_all_kangxi_radicals_and_every_supplement_radical_with_an_equivalent() -> None:
    table = radical_table()
    assert all(code in table for code in KANGXI)
    assigned = [code for code in SUPPLEMENT if unicodedata.category(chr(code)) != "Cn"]
    assert len(assigned) == 115
    # U+2E80 CJK RADICAL REPEAT has no equivalent ideograph; every other one has.
    assert [code for code in assigned if code not in table] == [0x2E80]
    assert len(ENTRIES) == 214 + 114 == len(table)


def test_only_nfkc_would_miss_most_supplement_radicals() -> None:
    decomposed = [c for c in SUPPLEMENT if unicodedata.normalize("NFKC", chr(c)) != chr(c)]
    assert decomposed == [0x2E9F, 0x2EF3]


def test_text_with_radicals_reads_as_ideographs_and_keeps_punctuation() -> None:
    assert map_radicals("牵头部⻔：宣传⽂化部，（⽅案）") == "牵头部门：宣传文化部，（方案）"
    assert clean_page("（牵头部⻔：国际合作部）\r\n") == "（牵头部门：国际合作部）\n"
