"""Cities and counties named without their 市 or 县: "2023年晋城民政工作思路".

A city's offices often title their plans with the place's short name and their
own work ("晋城民政", "常州教育", "平湖老龄事业"), which no suffix marks as a
place.  castplan reads such a title's organization from a table of the short
names of every prefecture-level city, county-level city and county of
GB/T 2260 (``places.tsv``, committed data derived from the cpca package's
adcodes table, in both scripts) and only where the words after it name the
work of an office (``P.SECTOR_AFTER_PLACE_RE``): a short name is often a word
as well ("合作", "惠民", "资源"), and those that open a plan's topic are left out
of the table (``places-left-out.txt``).  The table holds the full names too
(with the districts', "东胜区"), which a unit tag may list alone: "(绥滨县、
萝北县)" names two counties, where "(贫困县)" or "(桐城赛区)" name none.
A test keeps the file equal to
``places_text()``; regenerate it with ``python -m castplan.grammar.places``
(with the test extra installed) after a cpca upgrade.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterable, Iterator
from importlib import resources

from castplan.grammar import patterns as P

#: The committed table: a short name (either script), a tab, the full name.
PLACES_FILE = "places.tsv"

# The longest and shortest short names the table holds.
_LONGEST = 6
_SHORTEST = 2

# Short names that are words as well, left out of the table (committed data).
LEFT_OUT_FILE = "places-left-out.txt"


def short_place(text: str) -> str | None:
    """The city or county ``text`` opens with, named without its 市 or 县, where the
    words after it name an office's work: "晋城民政工作思路" → 晋城."""
    table = _short_names()
    for length in range(min(_LONGEST, len(text) - 1), _SHORTEST - 1, -1):
        name = text[:length]
        if name in table and P.SECTOR_AFTER_PLACE_RE.match(text, length):
            return name
    return None


def is_short_place_name(name: str) -> bool:
    """Whether ``name`` is a city's or county's short name alone ("广州", "東莞"), in
    either script, as a list of places sharing one government names them."""
    return name in _short_names()


def is_place_name(name: str) -> bool:
    """Whether ``name`` is a city, county or district of GB/T 2260 by its full name
    ("绥滨县", "东胜区", "晋城市"), in either script; never a kind of area ("城区")."""
    return name in _names()["full"]


def _short_names() -> frozenset[str]:
    return _names()["short"]


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, frozenset[str]]:
    """The table's spellings by kind ("full", "short"), read once per process."""
    text = resources.files("castplan").joinpath("data", PLACES_FILE).read_text(encoding="utf-8")
    kinds: dict[str, set[str]] = {"full": set(), "short": set()}
    for row in text.splitlines():
        if row and not row.startswith("#"):
            spelling, _, kind = row.split("\t")
            kinds[kind].add(spelling)
    return {kind: frozenset(spellings) for kind, spellings in kinds.items()}


def places_text() -> str:
    """The table as committed, derived from cpca's adcodes table (test extra)."""
    from opencc import OpenCC

    converters = [OpenCC(config).convert for config in ("s2t", "s2tw", "s2hk")]
    table = resources.files("cpca").joinpath("resources", "adcodes.csv")
    with table.open(encoding="utf-8") as handle:
        rows = [(row["adcode"], row["name"]) for row in csv.DictReader(handle)]
    lines = [
        "# Cities, counties and districts of GB/T 2260 (cpca's adcodes table), in both",
        "# scripts: each full name, and the short name of a city or county without its",
        "# 市 or 县; castplan/grammar/places.py says how they are read.",
        "# spelling\tfull name\tkind",
    ]
    named = {(name, name, "full") for name in _full_names(rows)}
    named |= {(short, full, "short") for short, full in _short_and_full(rows)}
    for name, full, kind in sorted(named):
        spellings = {name, *(convert(name) for convert in converters)}
        lines.extend(f"{spelling}\t{full}\t{kind}" for spelling in sorted(spellings))
    return "\n".join(lines) + "\n"


def _full_names(rows: Iterable[tuple[str, str]]) -> Iterator[str]:
    for code, name in rows:
        if _level(code) and name.endswith(_FULL_ENDS) and not _is_kind_of_area(name):
            yield name


# How the full names of cities, counties, districts, banners and prefectures end.
_FULL_ENDS = ("市", "县", "区", "旗", "州", "盟")


def _is_kind_of_area(name: str) -> bool:
    # ("城区", "郊区", "矿区" of a city are kinds of area, and so are the old and the new
    # town of any city, though 洛阳 and 西安 name districts so; "市辖区" holds a city's
    # districts in the table)
    return (len(name) < 3 and name.endswith("区")) or name in {"市辖区", "老城区", "新城区"}


def _level(code: str) -> bool:
    """Whether an adcode is a prefecture's (eight zeros) or a county's (six)."""
    prefecture = code[4:] == "0" * 8 and code[2:4] != "00"
    county = code[6:] == "0" * 6 and code[4:6] != "00"
    return prefecture or county


def common_words() -> frozenset[str]:
    """The short names that are words as well (``places-left-out.txt``)."""
    text = resources.files("castplan").joinpath("data", LEFT_OUT_FILE).read_text(encoding="utf-8")
    return frozenset(
        word for line in text.splitlines() if not line.startswith("#") for word in line.split()
    )


def _short_and_full(rows: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    left_out = common_words()
    for code, name in rows:
        # (a district's short name, "和平" or "朝阳", is seldom written for it and is
        # left out)
        short = name[:-1]
        if (
            _level(code)
            and name.endswith(("市", "县"))
            and _SHORTEST <= len(short) <= _LONGEST
            and short not in left_out
        ):
            yield short, name


if __name__ == "__main__":
    target = resources.files("castplan").joinpath("data", PLACES_FILE)
    with resources.as_file(target) as path:
        path.write_text(places_text(), encoding="utf-8")
