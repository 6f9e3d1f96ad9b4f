"""Shared fixtures: the 2025 plan, paths, and the --update-golden switch."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
STRUCTURED = ROOT / "data" / "structured"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE_PATH = RAW / "cast-2025-work-plan.zh-Hant.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite golden files from the current output; review the diff.",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE_PATH.read_text(encoding="utf-8")
