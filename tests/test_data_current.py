"""data/structured holds exactly what the CLI produces from data/raw today."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from castplan.cli import cli

from .conftest import RAW, ROOT, STRUCTURED

# (output file, extra CLI options) for every raw input.
OUTPUTS = [
    ("{stem}.json", []),
    ("{stem}.yaml", []),
    ("{simplified}.json", ["--simplified"]),
]


def _targets() -> list[tuple[Path, Path, list[str]]]:
    targets = []
    for raw in sorted(RAW.glob("*.txt")):
        stem = raw.stem
        simplified = stem.replace(".zh-Hant", ".zh-Hans")
        for pattern, options in OUTPUTS:
            name = pattern.format(stem=stem, simplified=simplified)
            targets.append((raw, STRUCTURED / name, options))
    return targets


@pytest.mark.parametrize(
    ("raw", "output", "options"), _targets(), ids=lambda v: getattr(v, "name", None)
)
def test_structured_output_is_current(
    raw: Path,
    output: Path,
    options: list[str],
    update_golden: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Run from the repository root so source.path reads data/raw/<name>.
    monkeypatch.chdir(ROOT)
    fmt = output.suffix.lstrip(".")
    args = ["parse", str(raw.relative_to(ROOT)), "--format", fmt, *options]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    if update_golden:
        output.write_text(result.stdout, encoding="utf-8")
    assert output.read_text(encoding="utf-8") == result.stdout, (
        f"{output.name} is stale: regenerate with castplan {' '.join(args)} -o {output}"
    )


def test_bundled_sample_is_the_raw_input() -> None:
    bundled = ROOT / "castplan" / "samples" / "cast-2025-work-plan.zh-Hant.txt"
    assert bundled.read_bytes() == (RAW / "cast-2025-work-plan.zh-Hant.txt").read_bytes()
