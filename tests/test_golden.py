"""Golden files: every notice under fixtures/notices parses to its .yaml twin.

The .yaml files are exactly what ``castplan parse FILE --format yaml`` prints;
rewrite them with ``pytest --update-golden`` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from castplan.load import RawInput, notice_from_input
from castplan.readers.decode import decode_bytes
from castplan.views.render import render_yaml

from .conftest import FIXTURES
from .helpers import assert_lossless, spans_point_at_text

CASES = sorted((FIXTURES / "notices").glob("*.txt"))


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_golden(case: Path, update_golden: bool) -> None:
    notice = notice_from_input(RawInput(case.name, case.read_bytes()))
    produced = render_yaml(notice.to_json_dict())
    golden = case.with_suffix(".yaml")
    if update_golden:
        golden.write_text(produced, encoding="utf-8")
    assert golden.read_text(encoding="utf-8") == produced


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_lossless_with_true_spans(case: Path) -> None:
    text = decode_bytes(case.read_bytes(), name=case.name).text
    notice = notice_from_input(RawInput(case.name, case.read_bytes()))
    assert_lossless(text, notice)
    spans_point_at_text(text, notice)


def test_there_are_golden_cases() -> None:
    assert len(CASES) >= 10
