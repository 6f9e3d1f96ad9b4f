"""Values of Chinese numerals: section numbers, dates and counts in targets.

The grammar is small: digits, the positional 十 百 千, and the section units
万 and 亿 (each scaling what stands before it).  Decimals written in words
("三点五") are left to cn2an, which costs a tenth of a second to import and
so is loaded only for them.
"""

from __future__ import annotations

import regex as re

from castplan.grammar.variants import GLOSS_BODY

_DIGITS = {
    "〇": 0,
    "○": 0,
    "零": 0,
    # Typed copies write the zero of a year as a letter or a digit: "二OO八年", "二00一年".
    "O": 0,
    "\uff2f": 0,
    "0": 0,
    "\uff10": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    # The capital numerals of formal documents: "壹、依據", "貳、目的".
    "壹": 1,
    "贰": 2,
    "貳": 2,
    "叁": 3,
    "參": 3,
    "参": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "陸": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
}
# The heavenly stems, which count a document's parts in order: 甲 is the first.
HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}


_GLOSS_RE = re.compile(GLOSS_BODY)


def _without_glosses(text: str) -> str:
    """A glossed page glosses its numerals too: "一(yī)", "二(èr)〇二五", "十@@八"."""
    return _GLOSS_RE.sub("", text) if "(" in text or "（" in text or "@" in text else text


def chinese_digits_value(text: str) -> int:
    """Value of digits read one by one, as years are written: "二〇二五" is 2025.

    Raises:
        ValueError: when a character is no digit.
    """
    text = _without_glosses(text)
    if text.isdigit():  # ASCII or full-width digits
        return int(text)
    try:
        return int("".join(str(_DIGITS[ch]) for ch in text))
    except KeyError:
        raise ValueError(f"not Chinese digits: {text!r}") from None


def chinese_numeral(number: int) -> str:
    """ "一" … "九十九" for 1–99 (as Word numbers lists); other values as digits."""
    digits = "〇一二三四五六七八九"
    if 0 <= number < 10:
        return digits[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")
    return str(number)


# A numbered list of a word processor, pasted as text, sets each marker as one
# enclosed character: "㈠" for (一), "⒈" for 1., "⑴" for (1), "①"; each block
# counts from one (its first character and its size).
_ENCLOSED_BLOCKS = (("\u3220", 10), ("\u2488", 20), ("\u2474", 20), ("\u2460", 20))


def enclosed_value(marker: str) -> int | None:
    """Value of an enclosed marker ("㈢" is 3, "⒓" is 12), or None for other text."""
    code = ord(marker) if len(marker) == 1 else -1
    for first, size in _ENCLOSED_BLOCKS:
        if 0 <= code - ord(first) < size:
            return code - ord(first) + 1
    return None


def chinese_numeral_value(text: str) -> int:
    """Value of "十四", "二十", "一百零五", "两百", "百", "一万五千", or of digits (full-width too).

    A bare unit means one of it: 百 is 100, 万 is 10000.

    Raises:
        ValueError: when ``text`` is not such a numeral.
    """
    text = _without_glosses(text)
    if not text:
        raise ValueError("empty numeral")
    if text == "-":  # 一 as a copy that lost its stroke wrote it: "(-)指导思想"
        return 1
    if len(text) == 1 and text in HEAVENLY_STEMS:  # "甲、引言", "乙、…": parts counted so
        return HEAVENLY_STEMS.index(text) + 1
    if (value := enclosed_value(text)) is not None:  # "㈠加强组织领导"
        return value
    if text.isdecimal():  # ASCII or full-width digits, as in a copy's signed date
        return int(text)
    total = section = number = 0
    for ch in text:
        if ch in _DIGITS:
            number = _DIGITS[ch]
        elif ch in _SMALL_UNITS:
            section += (number or 1) * _SMALL_UNITS[ch]
            number = 0
        elif ch in _BIG_UNITS:
            section = (section + number) or 1
            unit = _BIG_UNITS[ch]
            # 亿 scales everything before it; 万 only its own section.
            total = (total + section) * unit if unit > 10_000 else total + section * unit
            section = number = 0
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + section + number
