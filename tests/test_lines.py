"""The line table: every kind of line the grammar knows, with the fields it reads.

``fixtures/lines.cases`` holds one case a line (tab-separated: line, kind,
then ``field=value`` for each named group asserted; groups not listed must
be empty).  Every ``# Line:`` sample quoted in the grammar table must be a
case, so a comment cannot promise what the parser does not do.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex as re

from castplan.grammar.lines import classify_line, split_lines

from .conftest import FIXTURES

CASES_PATH = FIXTURES / "lines.cases"
PATTERNS_PATH = Path(__file__).resolve().parent.parent / "castplan" / "grammar" / "patterns.py"


def read_cases(path: Path) -> list[tuple[str, str, dict[str, str]]]:
    cases = []
    for row in path.read_text(encoding="utf-8").splitlines():
        if not row or row.startswith("#"):
            continue
        line, kind, *fields = row.split("\t")
        cases.append((line, kind, dict(field.split("=", 1) for field in fields)))
    return cases


CASES = read_cases(CASES_PATH)


@pytest.mark.parametrize(("line", "kind", "fields"), CASES, ids=[c[0][:24] for c in CASES])
def test_line_case(line: str, kind: str, fields: dict[str, str]) -> None:
    token = classify_line(split_lines(line)[0])
    found = {k: v for k, v in (token.match.groupdict() if token.match else {}).items() if v}
    if token.chrome_kind:
        found["chrome"] = token.chrome_kind
    assert (token.kind.value, found) == (kind, fields)


def test_every_sample_line_of_the_grammar_is_a_case() -> None:
    samples = re.findall(r"^\s*# Line: (.*)$", PATTERNS_PATH.read_text(encoding="utf-8"), re.M)
    assert len(samples) >= 20
    lines = {case[0] for case in CASES}
    assert [s for s in samples if s not in lines] == []
