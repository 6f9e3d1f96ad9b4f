"""JSON through pydantic-core is byte for byte what json.dumps writes.

``json_bytes`` writes the tree straight from the models; the reference is
``json.dumps(notice.to_json_dict(), ensure_ascii=False, indent=2)``, the
output castplan has always written and its goldens hold.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from castplan.load import RawInput, notice_from_input, sample_input
from castplan.model import Notice
from castplan.views.render import json_bytes, json_chunks, render_json, render_notice

from .conftest import FIXTURES

ROOT = Path(__file__).resolve().parent.parent
CASES = sorted((FIXTURES / "notices").glob("*.txt")) + sorted(
    (FIXTURES / "real-years").glob("*.txt")
)


def reference(data: Any, indent: int | None) -> bytes:
    separators = (",", ":") if indent is None else None
    text = json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)
    return (text + "\n").encode("utf-8")


def assert_same_json(notice: Notice) -> None:
    data = notice.to_json_dict()
    assert json_bytes(notice) == reference(data, 2)
    assert json_bytes(notice, indent=None) == reference(data, None)
    assert render_notice(notice, "jsonl") == reference(data, None)
    # Written in parts by `castplan parse`: the parts join to the same bytes.
    assert b"".join(json_chunks(notice)) == reference(data, 2)
    assert b"".join(json_chunks(notice, indent=None)) == reference(data, None)


def test_sample_json_is_byte_identical() -> None:
    assert_same_json(notice_from_input(sample_input()))


def test_sample_json_matches_committed_output() -> None:
    raw = ROOT / "data" / "raw" / "cast-2025-work-plan.zh-Hant.txt"
    notice = notice_from_input(RawInput(f"data/raw/{raw.name}", raw.read_bytes()))
    committed = ROOT / "data" / "structured" / "cast-2025-work-plan.zh-Hant.json"
    assert render_notice(notice, "json") == committed.read_bytes()


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_fixture_json_is_byte_identical(case: Path) -> None:
    assert_same_json(notice_from_input(RawInput(case.name, case.read_bytes())))


@pytest.mark.parametrize(
    "value",
    [
        1e-05,  # Rust writes 0.00001
        2.5e-07,  # Rust writes 2.5e-7
        1e16,
        1e-10,
        6.2,
        15000.0,
        0.30000000000000004,
        float("inf"),
    ],
)
def test_floats_are_spelt_as_python_spells_them(value: float) -> None:
    data = {"value": value, "values": [value, -value]}
    assert json_bytes(data) == reference(data, 2)
    assert json_bytes(data, indent=None) == reference(data, None)


def test_text_escapes_match() -> None:
    data = {
        "text": '中文 "quoted" \\ \t\n\x01\x7f\u2028 😀',
        "empty": [],
        "none": {},
        "nothing": None,
        3: True,
    }
    assert json_bytes(data) == reference(data, 2)
    assert render_json(data, indent=None) == reference(data, None).decode("utf-8")


def test_model_dates_and_decimals_as_json_dumps_writes_them() -> None:
    notice = notice_from_input(sample_input())
    assert notice.header is not None
    header = notice.header.model_copy(update={"date": dt.date(2025, 2, 28)})
    dated = notice.model_copy(update={"header": header})
    assert b'"date": "2025-02-28"' in json_bytes(dated)
    assert_same_json(dated)


@pytest.mark.parametrize("value", ["6.2", "15000", "1.5E+4", "0.00002"])
def test_decimal_targets_as_json_dumps_writes_them(value: str) -> None:
    notice = notice_from_input(sample_input())
    target = next(t for item in notice.items() for m in item.measures for t in m.targets)
    exact = target.model_copy(update={"value": Decimal(value)})
    assert json_bytes(exact) == reference(exact.model_dump(mode="json"), 2)


def test_ctrl_c_inside_the_writer_stays_an_interruption() -> None:
    """pydantic-core wraps a KeyboardInterrupt raised in a serializer; it must stay one."""
    from typing import Annotated

    from pydantic import BaseModel, PlainSerializer

    from castplan.views.render import json_bytes

    def interrupted(value: int) -> int:
        raise KeyboardInterrupt

    class Model(BaseModel):
        value: Annotated[int, PlainSerializer(interrupted, when_used="json")]

    with pytest.raises(KeyboardInterrupt):
        json_bytes(Model(value=1))


def test_sigterm_inside_the_writer_stays_an_exit() -> None:
    """SIGTERM's handler raises SystemExit(143) inside a serializer: exit 143, no traceback."""
    from typing import Annotated

    from pydantic import BaseModel, PlainSerializer

    from castplan.views.render import json_bytes

    def terminated(value: int) -> int:
        raise SystemExit(143)

    class Model(BaseModel):
        value: Annotated[int, PlainSerializer(terminated, when_used="json")]

    with pytest.raises(SystemExit) as exit_info:
        json_bytes(Model(value=1))
    assert exit_info.value.code == 143


def test_json_is_written_one_item_at_a_time() -> None:
    notice = notice_from_input(sample_input())
    chunks = list(json_chunks(notice))
    items = list(notice.items())
    assert len(chunks) > len(items)
    # Each item's part carries its indentation; no part holds two items.
    smallest_two = sum(sorted(len(json_bytes(item)) for item in items)[:2])
    assert max(map(len, chunks)) < smallest_two * 4 < len(json_bytes(notice)) / 5
