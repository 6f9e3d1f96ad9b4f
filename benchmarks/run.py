"""castplan benchmarks: medians and ratios measured side by side in one run.

Usage::

    python benchmarks/run.py            # the full suite (about a minute on 2 cores)
    python benchmarks/run.py --quick    # fewer rounds and files, for a smoke run

Every ratio compares two things timed in the same loop, alternating, so
machine noise hits both alike.  Nothing here asserts: targets are printed
next to the figures, and the README's Performance section explains any miss.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import regex as re

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "raw" / "cast-2025-work-plan.zh-Hant.txt"
ITEM_RE = re.compile(r"^(\d+)\.", re.MULTILINE)
MODELS_FLOOR = "floor + castplan's models"
PARSE_FLOOR = "floor: import click, regex; from pydantic import BaseModel"
LIST_FLOOR = "floor: the same + rich.table"


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def median_time(func: Callable[[], object], rounds: int) -> float:
    """Median wall time of ``func`` over ``rounds`` calls, after one warm-up."""
    func()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def interleaved(funcs: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """Medians of several functions timed in turn, round after round."""
    times: dict[str, list[float]] = {name: [] for name in funcs}
    for func in funcs.values():
        func()
    for _ in range(rounds):
        for name, func in funcs.items():
            start = time.perf_counter()
            func()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


# Commands run as an installed castplan runs: with its bytecode cached.  An
# environment that sets PYTHONDONTWRITEBYTECODE would have every start compile
# castplan's sources while Click's and pydantic's come compiled from the wheel.
COMMAND_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_quiet(command: Sequence[str]) -> None:
    subprocess.run(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=COMMAND_ENV
    )


# --- inputs ----------------------------------------------------------------------


def scaled_plan(text: str, factor: int) -> str:
    """One notice ``factor`` times the size: every section's items repeated.

    Each repetition numbers its items from 1 again (numbering that restarts
    is valid), so item numbers stay as short as in a real plan.
    """
    lines = text.split("\n")
    head_end = next(i for i, line in enumerate(lines) if line.startswith("一、"))
    out = lines[:head_end]
    section: list[str] = []

    def flush() -> None:
        heading, items = section[0], section[1:]
        out.append(heading)
        for _ in range(factor):
            for number, item in enumerate(items, start=1):
                out.append(ITEM_RE.sub(f"{number}.", item, count=1))

    for line in lines[head_end:]:
        if not line:
            continue
        if not ITEM_RE.match(line):
            if section:
                flush()
            section = [line]
        else:
            section.append(line)
    flush()
    return "\n".join(out) + "\n"


def varied_plan(text: str, rng: random.Random) -> bytes:
    """A plausible other year's plan: another year, items dropped, script and form varied."""
    from castplan.script import to_simplified

    year = rng.randint(2015, 2030)
    body = text.replace("2025", str(year))
    lines = body.split("\n")
    kept = [line for line in lines if not (ITEM_RE.match(line) and rng.random() < 0.15)]
    body = "\n".join(kept)
    if rng.random() < 0.5:
        body = to_simplified(body)
    if rng.random() < 0.3:
        body = body.translate(str.maketrans({",": "，", ":": "：", "(": "（", ")": "）"}))
    if rng.random() < 0.3:
        body = body.replace("\n", "\r\n")
    codec = rng.choice(["utf-8", "utf-8", "utf-8-sig", "gb18030"])
    return body.encode(codec)


def write_corpus(folder: Path, count: int, text: str) -> None:
    rng = random.Random(2025)
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        (folder / f"plan-{index:05d}.txt").write_bytes(varied_plan(text, rng))


# --- sections of the report ---------------------------------------------------------


def bench_parse(text: str, rounds: int) -> list[tuple[str, str, str]]:
    """In-process throughput, as a library caller gets it and as the command line runs it."""
    from castplan import parse_notice
    from castplan.batch import collector_paused

    def paused(plan: str) -> None:
        with collector_paused():
            parse_notice(plan)

    rows = []
    for factor in (1, 100):
        plan = text if factor == 1 else scaled_plan(text, factor)
        size = len(plan.encode("utf-8"))
        medians = interleaved(
            {
                "on": lambda plan=plan: parse_notice(plan),
                "paused": lambda plan=plan: paused(plan),
            },
            rounds if factor == 1 else 3,
        )
        name = "2025 plan" if factor == 1 else f"{factor}x the 2025 plan"
        rate, rate_paused = size / medians["on"] / 1e6, size / medians["paused"] / 1e6
        rows += [
            (f"parse_notice, {name}", f"{medians['on'] * 1000:.2f} ms", ""),
            (
                "  throughput",
                f"{rate:.1f} MB/s ({len(plan) / medians['on'] / 1e6:.2f} M chars/s)",
                f"target >= 4 MB/s: {verdict(rate >= 4)}",
            ),
            (
                "  throughput, collector paused (as the command line runs it)",
                f"{rate_paused:.1f} MB/s",
                f"target >= 4 MB/s: {verdict(rate_paused >= 4)}; "
                f"collector on / paused: {medians['on'] / medians['paused']:.2f}x",
            ),
        ]
    return rows


def bench_json(text: str, rounds: int) -> list[tuple[str, str, str]]:
    """pydantic-core's JSON against json.dumps of the dict, on the sample and at 100x."""
    import json

    from castplan import parse_notice
    from castplan.views.render import json_bytes

    def through_dict(notice: Any) -> bytes:
        data = notice.to_json_dict()
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    rows = []
    for factor in (1, 100):
        plan = text if factor == 1 else scaled_plan(text, factor)
        notice = parse_notice(plan)
        same = json_bytes(notice) == through_dict(notice)
        medians = interleaved(
            {
                "parse": lambda plan=plan: parse_notice(plan),
                "dumps": lambda n=notice: through_dict(n),
                "core": lambda n=notice: json_bytes(n),
            },
            rounds if factor == 1 else 3,
        )
        rows += [
            (
                f"JSON of the tree, {factor}x: pydantic-core / json.dumps",
                f"{medians['core'] / medians['dumps']:.2f}x",
                f"{medians['core'] * 1000:.1f} ms vs {medians['dumps'] * 1000:.1f} ms; "
                f"byte-identical: {verdict(same)}",
            ),
            (
                "  writing / parsing",
                f"{medians['core'] / medians['parse']:.2f}x",
                f"was {medians['dumps'] / medians['parse']:.2f}x with json.dumps",
            ),
        ]
    return rows


def bench_peak_memory(text: str) -> list[tuple[str, str, str]]:
    """Peak memory of ``castplan parse`` on a 16 MB plan, as a multiple of the input."""
    castplan = shutil.which("castplan") or "castplan"
    with tempfile.TemporaryDirectory() as tmp:
        plan = Path(tmp) / "big.txt"
        plan.write_text(scaled_plan(text, 1000), encoding="utf-8")
        size = plan.stat().st_size
        took, rss = _peak_run([castplan, "parse", str(plan), "--max-size", "64M", "-q"])
    ratio = rss * 1024 * 1024 / size
    return [
        (
            f"castplan parse, {size / 1e6:.0f} MB plan",
            f"{took:.1f} s, peak {rss:.0f} MiB = {ratio:.1f}x the input",
            f"target <= 25x: {verdict(ratio <= 25)}",
        )
    ]


def bench_corners() -> list[tuple[str, str, str]]:
    """The shapes tests/test_complexity.py guards, timed at n and 4n (linear: about 4x)."""
    sys.path.insert(0, str(ROOT))
    from castplan import parse_notice
    from tests.test_complexity import (
        long_line,
        many_items,
        many_units,
        unclosed_bracket,
        wrapped_item,
    )

    shapes = {
        "one item wrapped over n lines": (wrapped_item, 2000),
        "an unclosed bracket, then n lines": (unclosed_bracket, 2000),
        "n items": (many_items, 2500),
        "n unit names in one tag": (many_units, 2500),
        "one line of n clauses": (long_line, 20000),
    }
    rows = []
    for name, (shape, n) in shapes.items():
        small, big = shape(n), shape(4 * n)
        medians = interleaved(
            {"n": lambda t=small: parse_notice(t), "4n": lambda t=big: parse_notice(t)}, 3
        )
        growth = medians["4n"] / medians["n"]
        rows.append(
            (
                f"{name}, n={n} and 4n",
                f"{growth:.1f}x the time for 4x the input",
                f"linear (< 6x): {verdict(growth < 6)}; counted in tests/test_complexity.py",
            )
        )
    return rows


def bench_simplified(text: str, rounds: int) -> list[tuple[str, str, str]]:
    from opencc import OpenCC

    from castplan import parse_notice
    from castplan.script import to_simplified
    from castplan.t2s import phrase_runs

    bare = OpenCC("t2s")
    medians = interleaved(
        {
            "bare": lambda: bare.convert(text),
            "ours": lambda: to_simplified(text),
            "plain": lambda: parse_notice(text),
            "simplified": lambda: parse_notice(text, simplified=True),
        },
        rounds,
    )
    ratio = medians["ours"] / medians["bare"]
    share = medians["ours"] / medians["simplified"]
    runs = list(phrase_runs(text))
    run_chars = sum(end - start for start, end in runs)
    return [
        ("parse_notice(simplified=True)", f"{medians['simplified'] * 1000:.2f} ms", ""),
        (
            "  conversion (castplan.to_simplified)",
            f"{medians['ours'] * 1000:.2f} ms",
            f"{share:.0%} of the total; {len(runs)} phrase runs ({run_chars} characters) "
            "through the converter",
        ),
        (
            "  simplified / plain parse",
            f"{medians['simplified'] / medians['plain']:.2f}x",
            f"target <= 1.5x: {verdict(medians['simplified'] / medians['plain'] <= 1.5)}",
        ),
        ("  bare OpenCC t2s on the same text", f"{medians['bare'] * 1000:.2f} ms", ""),
        (
            "  conversion / bare converter",
            f"{ratio:.2f}x",
            f"target <= 1.3x: {verdict(ratio <= 1.3)}; same output (tests/test_t2s.py)",
        ),
    ]


def bench_startup(rounds: int) -> list[tuple[str, str, str]]:
    castplan = shutil.which("castplan") or "castplan"
    py = sys.executable
    sample = str(SAMPLE)
    commands = {
        "pass": [py, "-c", "pass"],
        "floor: import click": [py, "-c", "import click"],
        # pydantic imports its model machinery only on first use, and castplan's
        # tree is validated models: the floor includes BaseModel.
        PARSE_FLOOR: [py, "-c", "import click, regex; from pydantic import BaseModel"],
        LIST_FLOOR: [py, "-c", "import click, regex, rich.table; from pydantic import BaseModel"],
        MODELS_FLOOR: [py, "-c", "import click, regex, castplan.model"],
        "castplan --version": [castplan, "--version"],
        "castplan parse --sample": [castplan, "parse", "--sample"],
        "castplan parse FILE --format json": [castplan, "parse", sample, "--format", "json"],
        "castplan list --sample --dept 國際合作部": [
            castplan,
            "list",
            "--sample",
            "--dept",
            "國際合作部",
        ],
    }
    medians = interleaved({k: (lambda c=c: run_quiet(c)) for k, c in commands.items()}, rounds)
    pairs = [
        ("castplan --version", "floor: import click", 1.10),
        ("castplan parse --sample", PARSE_FLOOR, 1.5),
        ("castplan list --sample --dept 國際合作部", LIST_FLOOR, 1.5),
    ]
    rows = [(name, f"{medians[name] * 1000:.0f} ms", "") for name in commands]
    parse = medians["castplan parse --sample"]
    rows.append(
        (
            "  castplan parse --sample / (floor + castplan's models)",
            f"{parse / medians[MODELS_FLOOR]:.2f}x",
            "the part of start-up castplan's own code can still change",
        )
    )
    for command, floor, target in pairs:
        ratio = medians[command] / medians[floor]
        bare = medians[command] / medians["pass"]
        rows.append(
            (
                f"  {command} / its floor",
                f"{ratio:.2f}x",
                f"target <= {target:.2f}x: {verdict(ratio <= target)}; "
                f"vs python -c pass: {bare:.2f}x",
            )
        )
    return rows


def _peak_run(command: Sequence[str]) -> tuple[float, float]:
    """Wall time and peak RSS (MiB) of one command, measured in a fresh helper."""
    helper = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "took = time.perf_counter() - start\n"
        "print(took, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", helper, *command],
        capture_output=True,
        text=True,
        check=True,
        env=COMMAND_ENV,
    )
    took, rss_kib = done.stdout.split()
    return float(took), int(rss_kib) / 1024


def _batch_run(folder: Path, jobs: int, out: Path) -> tuple[float, float]:
    """Wall time and peak RSS (MiB) of one batch parse."""
    castplan = shutil.which("castplan") or "castplan"
    command = [castplan, "parse", str(folder), "-j", str(jobs), "-q", "--format", "jsonl"]
    return _peak_run([*command, "-o", str(out)])


def bench_batch(text: str, files: int, small: int, rounds: int) -> list[tuple[str, str, str]]:
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        big, few = Path(tmp) / "big", Path(tmp) / "few"
        write_corpus(big, files, text)
        write_corpus(few, small, text)
        out = Path(tmp) / "out.jsonl"
        runs: dict[int, list[tuple[float, float]]] = {1: [], cores: []}
        for _ in range(rounds):  # alternate, so noise hits both alike
            for jobs in runs:
                runs[jobs].append(_batch_run(big, jobs, out))
        lines = sum(1 for _ in out.open(encoding="utf-8"))
        _, rss_few = _batch_run(few, 1, out)
    one = statistics.median(t for t, _ in runs[1])
    many = statistics.median(t for t, _ in runs[cores])
    rss_one = max(m for _, m in runs[1])
    rss_many = max(m for _, m in runs[cores])
    speedup = one / many
    return [
        (
            f"batch of {files} files, -j 1",
            f"{one:.1f} s, {files / one:.0f} files/s",
            f"{lines} JSON lines",
        ),
        (f"batch of {files} files, -j {cores}", f"{many:.1f} s, {files / many:.0f} files/s", ""),
        (
            f"  speed-up -j {cores} / -j 1",
            f"{speedup:.2f}x",
            f"target >= 1.7x on 2 cores: {verdict(speedup >= 1.7)}",
        ),
        (
            "  peak RSS, largest process",
            f"{rss_few:.0f} MiB ({small} files) / {rss_one:.0f} MiB ({files} files), -j 1",
            f"{rss_many:.0f} MiB with -j {cores}; flat: {rss_one / rss_few:.2f}x",
        ),
    ]


def bench_scaling(text: str, factors: Sequence[int]) -> list[tuple[str, str, str]]:
    from castplan import parse_notice

    base = median_time(lambda: parse_notice(text), 9)
    rows = []
    for factor in factors:
        big = scaled_plan(text, factor)
        rounds = 5 if factor <= 10 else (3 if factor <= 100 else 1)
        seconds = median_time(lambda big=big: parse_notice(big), rounds)
        size_ratio = len(big) / len(text)
        target = ""
        if factor == 1000:  # 1,000x the input in at most 1,300x the time
            target = f"; target <= 1.3 per size: {verdict(seconds / base / size_ratio <= 1.3)}"
        rows.append(
            (
                f"parse a plan {factor}x the size ({len(big.encode()) / 1e6:.1f} MB)",
                f"{seconds:.2f} s = {seconds / base:.0f}x the time for {size_ratio:.0f}x the text",
                f"per-size ratio {seconds / base / size_ratio:.2f}" + target,
            )
        )
    return rows


def print_table(rows: Sequence[tuple[str, str, str]]) -> None:
    print("| measure | result | note |")
    print("| --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds and files")
    args = parser.parse_args(argv)
    text = SAMPLE.read_text(encoding="utf-8")
    rounds = 5 if args.quick else 30
    files, small = (200, 50) if args.quick else (2000, 500)
    factors = (10, 100) if args.quick else (10, 100, 1000)
    started = time.perf_counter()
    rows: list[tuple[str, str, str]] = []
    rows += bench_parse(text, rounds)
    rows += bench_json(text, rounds)
    rows += bench_simplified(text, rounds)
    rows += bench_startup(5 if args.quick else 15)
    rows += bench_corners()
    rows += bench_batch(text, files, small, 1 if args.quick else 3)
    rows += bench_scaling(text, factors)
    rows += bench_peak_memory(text)
    print(f"castplan benchmarks, {os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
    print_table(rows)
    print(f"\n(total {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
