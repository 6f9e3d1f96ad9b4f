"""Quantified targets in a measure: "调训1萬名以上", "舉辦百場左右", "不少于50位".

A target is a number with a counter (名, 位, 个, 场, 篇, 项, 家, %, …) and,
optionally, a qualifier.  Qualifiers follow Chinese statutory usage (民法典
第1259条: 以上、以下、以内 include the number; 超过、不满 exclude it):

    以上 不少于 不低于 至少 达到     [n, ∞)
    以下 以内 不超过 不高于 不多于    (-∞, n]
    超过 高于 多于 逾                (n, ∞)
    不满 不足 低于 少于              (-∞, n)
    左右 上下 约 近 大约             n, approximate
    余 多 (百余场, 160多个)          (n, ∞), approximate

Not targets: years and dates (2025年, 2026—2030年), ordinals (第一, 十一大,
二十屆, 十五五: no counter follows; 二期 is a phase), the indefinite 一 (一批,
一个), fixed political terms (八项规定, 两个确立), and numbers inside “…” or
《…》 (names).

Values are exact: an ``int``, or a ``Decimal`` for 6.2 % or 1.5万; never a
float.  Integers in Chinese numerals ("二十三", "两百", a bare "百") and
digits with 万 are read by ``castplan.grammar.numerals``; decimals in words ("三点五")
go to cn2an, which refuses the bare-unit forms and would cost every run a
tenth of a second to import.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from decimal import Decimal

import regex as re

from castplan.grammar import patterns as P
from castplan.grammar.numerals import chinese_numeral_value
from castplan.grammar.variants import fold
from castplan.model import Interval, Span, Target

_MULTIPLIERS = {"千": 1000, "万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}


def chinese_number(text: str) -> int | Decimal:
    """Value of "1萬", "1.5万", "百", "两百", "二十三", "6.2" exactly.

    Raises:
        ValueError: when ``text`` is not a number.
    """
    if text[0].isdigit():
        digits, multiplier = (
            (text[:-1], _MULTIPLIERS[text[-1]]) if text[-1] in _MULTIPLIERS else (text, 1)
        )
        return _exact(Decimal(digits) * multiplier)
    if "点" not in text and "點" not in text:
        return chinese_numeral_value(text)
    # Decimals in words ("三点五") are cn2an's; it is imported only for them.
    # It refuses a unit after the decimal ("一点五万"), so that is applied here.
    import cn2an

    multiplier = _MULTIPLIERS.get(text[-1], 1)
    words = text[:-1] if multiplier > 1 else text
    value = cn2an.cn2an(words.replace("點", "点"), "normal")
    return _exact(Decimal(str(value)) * multiplier)


def _exact(value: Decimal) -> int | Decimal:
    return int(value) if value == value.to_integral_value() else value.normalize()


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end() - 1) for m in P.QUOTED_SPAN_RE.finditer(text)]


def _kind(match: re.Match[str]) -> tuple[str | None, str | None]:
    """The qualifier as written and what it means, from the words around the number."""
    # 达到15%以上: the word after the number is the statutory one.
    for word_group in ("after", "before"):
        word = match[word_group]
        if word:
            table = (
                P.TARGET_QUALIFIERS_BEFORE if word_group == "before" else P.TARGET_QUALIFIERS_AFTER
            )
            # The pattern also reads a variant or a glossed form ("以內", "以(yǐ)上").
            key = fold(word)
            kind = next((k for k, words in table.items() if key in {fold(w) for w in words}), None)
            return word, kind
    more = match["more"] or match["more_after"]
    if more:
        return more, "more"
    return None, None


def interval_of(value: int | Decimal, kind: str | None) -> tuple[Interval, bool]:
    """The interval a qualifier gives a value, and whether it is approximate."""
    if kind == "at_least":
        return Interval(min=value, min_inclusive=True), False
    if kind == "at_most":
        return Interval(max=value, max_inclusive=True), False
    if kind == "above":
        return Interval(min=value, min_inclusive=False), False
    if kind == "below":
        return Interval(max=value, max_inclusive=False), False
    if kind == "more":
        return Interval(min=value, min_inclusive=False), True
    exact = Interval(min=value, min_inclusive=True, max=value, max_inclusive=True)
    return exact, kind == "about"


def _is_target(text: str, match: re.Match[str], quoted: list[tuple[int, int]]) -> bool:
    start = match.start("number")
    number = match["number"]
    if any(a < start < b for a, b in quoted):
        return False  # part of a name: “科學家精神百場講壇”
    if start > 0 and text[start - 1] == "第":
        return False  # an ordinal: 第一批
    if number in {"一", "壹"} and not match["before"] and not match["after"]:
        return False  # the indefinite article: 一批, 一个
    if text.startswith(P.FIXED_TERMS, start):
        return False  # 八项规定, 两个确立
    if not number[0].isdigit() and match["unit"] == "期" and not match["before"]:
        return False  # a phase, not a count: 卓越期刊计划二期
    return not (start > 0 and text[start - 1].isdigit())


def find_targets(
    text: str,
    *,
    offset: int = 0,
    line: int = 1,
    locate: Callable[[int, int], Span] | None = None,
) -> list[Target]:
    """Every quantified target in one sentence.

    Args:
        text: the sentence (a measure).
        offset: where ``text`` starts in the input, for spans.
        line: the input line of ``text``, for spans.
        locate: the span of ``text[start:end]``, for a sentence wrapped over
            lines; given, ``offset`` and ``line`` are not used.
    """
    if locate is None:
        locate = functools.partial(_one_line_span, offset=offset, line=line)
    return list(_iter_targets(text, locate))


def _one_line_span(start: int, end: int, *, offset: int, line: int) -> Span:
    return Span(start=offset + start, end=offset + end, line=line, end_line=line)


def _iter_targets(text: str, locate: Callable[[int, int], Span]) -> Iterator[Target]:
    matches = list(P.TARGET_RE.finditer(text))
    quoted = _quoted_ranges(text) if matches else []
    for match in matches:
        if not _is_target(text, match, quoted):
            continue
        try:
            value = chinese_number(match["number"])
        except (ValueError, KeyError, ArithmeticError):
            continue
        qualifier, kind = _kind(match)
        interval, approximate = interval_of(value, kind)
        yield Target(
            text=match.group(),
            span=locate(match.start(), match.end()),
            value=value,
            unit=match["unit"],
            qualifier=qualifier,
            interval=interval,
            approximate=approximate,
        )
