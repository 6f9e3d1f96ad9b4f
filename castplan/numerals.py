"""Values of the numerals that number sections, groups and dates.

Outline numerals stay small (一 … 九十九), so a digit table and the two
positional characters 十 and 百 are all that is needed here.
"""

from __future__ import annotations

_DIGITS = {
    "〇": 0,
    "零": 0,
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
}


def chinese_numeral_value(text: str) -> int:
    """Value of "十四", "二十", "一百零五" or of ASCII digits "14".

    Raises:
        ValueError: when ``text`` is not such a numeral.
    """
    if text.isascii() and text.isdigit():
        return int(text)
    total = 0
    current = 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    total += current
    if not text:
        raise ValueError("empty numeral")
    return total
