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

import regex as re

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "raw" / "cast-2025-work-plan.zh-Hant.txt"
ITEM_RE = re.compile(r"^(\d+)\.", re.MULTILINE)
MODELS_FLOOR = "floor + castplan's models"
LIST_FLOOR = "floor: import click, pydantic, regex, rich.table"


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


def run_quiet(command: Sequence[str]) -> None:
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)


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
    from castplan import parse_notice

    seconds = median_time(lambda: parse_notice(text), rounds)
    size = len(text.encode("utf-8"))
    rate = size / seconds / 1e6
    return [
        ("parse_notice, 2025 plan", f"{seconds * 1000:.2f} ms", ""),
        (
            "  throughput",
            f"{rate:.1f} MB/s ({len(text) / seconds / 1e6:.2f} M chars/s)",
            f"target >= 3 MB/s: {verdict(rate >= 3)}",
        ),
    ]


def bench_simplified(text: str, rounds: int) -> list[tuple[str, str, str]]:
    from opencc import OpenCC

    from castplan import parse_notice
    from castplan.script import to_simplified

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
    return [
        ("parse_notice(simplified=True)", f"{medians['simplified'] * 1000:.2f} ms", ""),
        (
            "  conversion (castplan.to_simplified)",
            f"{medians['ours'] * 1000:.2f} ms",
            f"{share:.0%} of the total",
        ),
        ("  bare OpenCC t2s on the same text", f"{medians['bare'] * 1000:.2f} ms", ""),
        (
            "  conversion / bare converter",
            f"{ratio:.2f}x",
            f"target <= 1.3x: {verdict(ratio <= 1.3)}",
        ),
    ]


def bench_startup(rounds: int) -> list[tuple[str, str, str]]:
    castplan = shutil.which("castplan") or "castplan"
    py = sys.executable
    sample = str(SAMPLE)
    commands = {
        "pass": [py, "-c", "pass"],
        "floor: import click": [py, "-c", "import click"],
        "floor: import click, pydantic, regex": [py, "-c", "import click, pydantic, regex"],
        LIST_FLOOR: [
            py,
            "-c",
            "import click, pydantic, regex, rich.table",
        ],
        # What the floor leaves out: pydantic imports its model machinery only
        # on first use, and castplan's tree is 15 validated models.
        "floor + from pydantic import BaseModel": [
            py,
            "-c",
            "import click, regex; from pydantic import BaseModel",
        ],
        MODELS_FLOOR: [py, "-c", "import click, regex, castplan.model"],
        "castplan --version": [castplan, "--version"],
        "castplan parse FILE --format json": [castplan, "parse", sample, "--format", "json"],
        "castplan list FILE --dept 國際合作部": [castplan, "list", sample, "--dept", "國際合作部"],
    }
    medians = interleaved({k: (lambda c=c: run_quiet(c)) for k, c in commands.items()}, rounds)
    pairs = [
        ("castplan --version", "floor: import click"),
        ("castplan parse FILE --format json", "floor: import click, pydantic, regex"),
        (
            "castplan list FILE --dept 國際合作部",
            "floor: import click, pydantic, regex, rich.table",
        ),
    ]
    rows = [(name, f"{medians[name] * 1000:.0f} ms", "") for name in commands]
    parse = medians["castplan parse FILE --format json"]
    rows.append(
        (
            "  castplan parse / (floor + castplan's models)",
            f"{parse / medians[MODELS_FLOOR]:.2f}x",
            "the part of start-up castplan's own code can still change",
        )
    )
    for command, floor in pairs:
        ratio = medians[command] / medians[floor]
        bare = medians[command] / medians["pass"]
        rows.append(
            (
                f"  {command} / its floor",
                f"{ratio:.2f}x",
                f"target <= 1.25x: {verdict(ratio <= 1.25)}; vs python -c pass: {bare:.2f}x",
            )
        )
    return rows


def _batch_run(folder: Path, jobs: int, out: Path) -> tuple[float, float]:
    """Wall time and peak RSS (MiB) of one batch parse, measured in a fresh helper."""
    castplan = shutil.which("castplan") or "castplan"
    helper = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "took = time.perf_counter() - start\n"
        "print(took, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    command = [
        castplan,
        "parse",
        str(folder),
        "-j",
        str(jobs),
        "-q",
        "--format",
        "jsonl",
        "-o",
        str(out),
    ]
    done = subprocess.run(
        [sys.executable, "-c", helper, *command], capture_output=True, text=True, check=True
    )
    took, rss_kib = done.stdout.split()
    return float(took), int(rss_kib) / 1024


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
    rows += bench_simplified(text, rounds)
    rows += bench_startup(5 if args.quick else 15)
    rows += bench_batch(text, files, small, 1 if args.quick else 3)
    rows += bench_scaling(text, factors)
    print(f"castplan benchmarks, {os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
    print_table(rows)
    print(f"\n(total {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
