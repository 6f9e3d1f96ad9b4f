"""Corpus benchmarks: ``list`` against ``parse`` over many files, and ``diff`` by plan size.

Usage::

    python benchmarks/corpus.py            # 100 / 1,000 / 10,000 files; diffs up to 10,000 items
    python benchmarks/corpus.py --quick    # 100 / 1,000 files; diffs up to 1,000 items

Each size is timed with the commands alternating, so noise hits them alike,
and the growth column compares each size with the first: linear work gives
10x the time for 10x the input.  Peak memory (RSS) is the largest process's.
Nothing asserts: targets are printed beside the figures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import SAMPLE, print_table, verdict, write_corpus

CASTPLAN = shutil.which("castplan") or "castplan"
_HELPER = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "took = time.perf_counter() - start\n"
    "print(took, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode)\n"
)


def timed(command: Sequence[str]) -> tuple[float, float]:
    """Wall time and peak RSS (MiB) of one command, run from a fresh helper process."""
    done = subprocess.run(
        [sys.executable, "-c", _HELPER, *command], capture_output=True, text=True, check=True
    )
    took, rss_kib, code = done.stdout.split()
    if code not in ("0", "1"):
        raise RuntimeError(f"{command} exited {code}")
    return float(took), int(rss_kib) / 1024


def bench_list(sizes: Sequence[int], rounds: int) -> list[tuple[str, str, str]]:
    text = SAMPLE.read_text(encoding="utf-8")
    rows: list[tuple[str, str, str]] = []
    previous: dict[str, tuple[int, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            folder = Path(tmp) / f"c{size}"
            write_corpus(folder, size, text)
            commands = {
                "parse --format jsonl": [CASTPLAN, "parse", str(folder), "-f", "jsonl", "-q"],
                "list --format jsonl": [CASTPLAN, "list", str(folder), "-f", "jsonl", "-q"],
                "list --format csv": [CASTPLAN, "list", str(folder), "-f", "csv", "-q"],
                "list (table)": [CASTPLAN, "list", str(folder), "-q"],
            }
            runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
            for _ in range(rounds if size < 10_000 else 1):
                for name, command in commands.items():
                    runs[name].append(timed(command))
            parse = statistics.median(t for t, _ in runs["parse --format jsonl"])
            for name, results in runs.items():
                seconds = statistics.median(t for t, _ in results)
                peak = max(m for _, m in results)
                note = f"{seconds / parse:.2f}x parse"
                if name in previous:
                    before, took = previous[name]
                    note += f"; {seconds / took:.1f}x the time for {size // before}x the files"
                previous[name] = (size, seconds)
                if name == "list --format jsonl" and size >= 10_000:
                    note += f"; target <= 1.2x parse: {verdict(seconds / parse <= 1.2)}"
                rows.append(
                    (f"castplan {name}, {size:,} files", f"{seconds:.1f} s, {peak:.0f} MiB", note)
                )
            shutil.rmtree(folder)
    return rows


def plan_text(copies: int, *, reworded: bool = False) -> str:
    """A plan of 32 x ``copies`` distinct items (each copy's titles carry its round)."""
    from castplan import parse_notice

    sample = parse_notice(SAMPLE.read_text(encoding="utf-8"))
    lines = ["某市2025年工作要点"]
    number = 0
    for copy in range(copies):
        if copy % 4 == 0:
            lines.append(f"{'一二三四五六七八九十'[(copy // 4) % 10]}、第{copy // 4 + 1}部分")
        for item in sample.items():
            number += 1
            body = "".join(m.text for m in item.measures)
            if reworded and number % 3 == 0:
                body = body.replace("。", "，持續推進。", 1)
            lead = "、".join(item.lead_departments) or "辦公廳"
            lines.append(f"{number}.{item.title}第{copy + 1}輪。{body}（{lead}牽頭）")
    return "\n".join(lines) + "\n"


def bench_diff(copies: Sequence[int], rounds: int) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    first: tuple[int, float] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        for count in copies:
            old, new = Path(tmp) / "old.txt", Path(tmp) / "new.txt"
            old.write_text(plan_text(count), encoding="utf-8")
            new.write_text(plan_text(count, reworded=True), encoding="utf-8")
            command = [CASTPLAN, "diff", str(old), str(new), "-f", "json", "-q"]
            parse = [CASTPLAN, "parse", str(old), str(new), "-f", "jsonl", "-q"]
            diffs, parses = [], []
            for _ in range(rounds if count < 300 else 1):
                diffs.append(timed(command)[0])
                parses.append(timed(parse)[0])
            seconds, parsing = statistics.median(diffs), statistics.median(parses)
            items = 32 * count
            note = f"parsing both: {parsing:.2f} s"
            if first is not None and count in (10 * first[0], 100 * first[0]):
                note += f"; {seconds / first[1]:.1f}x the time for {count // first[0]}x the items"
            first = first or (count, seconds)
            if 900 <= items <= 1100:
                note += f"; target < 2 s: {verdict(seconds < 2)}"
            rows.append((f"castplan diff, two {items:,}-item plans", f"{seconds:.2f} s", note))
    return rows


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller corpora and plans")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    sizes = (100, 1_000) if args.quick else (100, 1_000, 10_000)
    copies = (1, 10, 30) if args.quick else (1, 10, 30, 100, 300)
    rows = bench_list(sizes, 1 if args.quick else 3)
    rows += bench_diff(copies, 1 if args.quick else 3)
    print(f"castplan corpus benchmarks, {os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
    print_table(rows)
    print(f"\n(total {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
