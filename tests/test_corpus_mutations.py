"""Damaged real notices: castplan parses them or refuses them, never crashes.

Each case takes a corpus notice and damages it the way copies get damaged:
lines shuffled, cut short, dropped, stray brackets, bars, markers and glosses
typed in, two notices spliced, table furniture between every line, and every
one of a mark put as "?", as a page saved in a legacy code page puts what it
cannot hold.  The cases
are drawn from a fixed seed, so a failure names a case that can be rerun.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from castplan import ParseError, parse_notice

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "notices"
TEXTS = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))]
JUNK = list(
    "|()（）[]【】〔〕、，。：:；;\n \u3000\u00a0序号牵头单位责任配合1234567890一二三四五"
    "（一）通知如下印发关于(fā)年月日—-•"
)
FURNITURE = ["|", "", "序号", "1", "(一)", "牵头单位", "以(yǐ)上"]
# Marks a legacy code page may lack, each then put as "?" wherever it stands.
LOST_MARKS = list("(（〔【、：:“》")


def damaged(rng: random.Random) -> str:
    lines = rng.choice(TEXTS).split("\n")
    how = rng.randrange(7)
    if how == 0:
        rng.shuffle(lines)
    elif how == 1:
        lines = lines[: rng.randrange(1, len(lines) + 1)]
    elif how == 2:
        for _ in range(rng.randrange(1, 20)):
            at = rng.randrange(len(lines))
            cut = rng.randrange(len(lines[at]) + 1)
            typed = "".join(rng.choice(JUNK) for _ in range(rng.randrange(1, 5)))
            lines[at] = lines[at][:cut] + typed + lines[at][cut:]
    elif how == 3:
        lines = [line for line in lines if rng.random() > 0.3]
    elif how == 4:
        other = rng.choice(TEXTS).split("\n")
        lines = lines[: len(lines) // 2] + other[len(other) // 2 :]
    elif how == 5:
        lines = [part for line in lines for part in (line, rng.choice(FURNITURE))]
    else:
        lost = rng.choice(LOST_MARKS)
        lines = [line.replace(lost, "?") for line in lines]
    return "\n".join(lines)


@pytest.mark.parametrize("seed", range(8))
def test_damaged_notices_parse_or_are_refused(seed: int) -> None:
    rng = random.Random(seed)
    for case in range(150):
        text = damaged(rng)
        try:
            parse_notice(text)
        except ParseError:
            pass
        except Exception as error:  # any other exception is the bug
            pytest.fail(f"seed {seed}, case {case}: {error!r}")
