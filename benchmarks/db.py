"""castplan db and timeline at scale: time, file size and peak memory.

Usage::

    python benchmarks/db.py            # 1,000 and 10,000 generated plans (a few minutes)
    python benchmarks/db.py --quick    # 100 and 1,000 plans

Plans are generated from the 2025 plan: each gets its own year, a serial
number in its opening sentence (so every file has its own sha256) and a
shuffled choice of items, so the database holds distinct plans of realistic
size.  ``castplan db`` runs as a subprocess; its peak memory is the largest
resident set of that process.  Nothing here asserts: the README's Performance
section reports the figures.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "raw" / "cast-2025-work-plan.zh-Hant.txt"


def generated_plan(text: str, serial: int, rng: random.Random) -> str:
    """The 2025 plan as plan number ``serial``: another year, some items left out."""
    year = 2000 + serial % 30
    lines = text.replace("2025年", f"{year}年").split("\n")
    # The opening sentence names the serial, so no two files share a digest.
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{year}年,"))
    lines[start] = f"{lines[start]}(第{serial}號)"
    kept = [line for line in lines if not (line[:1].isdigit() and rng.random() < 0.1)]
    return "\n".join(kept)


def write_plans(folder: Path, count: int) -> int:
    """Write ``count`` plans into ``folder``; the bytes written."""
    text = SAMPLE.read_text(encoding="utf-8")
    rng = random.Random(count)
    total = 0
    for serial in range(count):
        data = generated_plan(text, serial, rng).encode("utf-8")
        (folder / f"plan-{serial:05d}.txt").write_bytes(data)
        total += len(data)
    return total


def run_db(folder: Path, out: Path) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of ``castplan db folder -o out``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "castplan", "db", str(folder), "-o", str(out), "-q"],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest child so far: runs go smallest first.
    return elapsed, max(peak, before)


def timeline_time(count: int = 7) -> float:
    """Seconds for build_timeline over ``count`` plans of 40 items (parsing excluded)."""
    from castplan import parse_notice
    from castplan.views.aliases import load_aliases
    from castplan.views.timeline import build_timeline

    text = SAMPLE.read_text(encoding="utf-8")
    head, _, body = text.partition("一、")
    extra = "\n".join(
        f"{33 + k}.補充事項{k}。開展第{k}項專題工作,推動相關任務落實。(牽頭部門:辦公廳)"
        for k in range(8)
    )
    plans = [
        parse_notice(generated_plan(head + "一、" + body + "\n" + extra, k, random.Random(k)))
        for k in range(count)
    ]
    aliases = load_aliases()
    start = time.perf_counter()
    build_timeline(plans, aliases)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="100 and 1,000 plans")
    args = parser.parse_args()
    sizes = [100, 1000] if args.quick else [1000, 10000]
    print("| measure | result | note |")
    print("| --- | --- | --- |")
    print(f"| timeline, 7 plans of about 36–40 items | {timeline_time():.2f} s | matching only |")
    results = []
    for count in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "plans"
            folder.mkdir()
            size = write_plans(folder, count)
            out = Path(tmp) / "plans.db"
            elapsed, peak = run_db(folder, out)
            db_size = out.stat().st_size
            results.append((count, elapsed, db_size, peak))
            print(
                f"| castplan db, {count:,} plans ({size / 2**20:.0f} MiB of text) "
                f"| {elapsed:.1f} s, {count / elapsed:.0f} plans/s "
                f"| {db_size / 2**20:.0f} MiB database, peak RSS {peak / 1024:.0f} MiB |"
            )
    (small, t1, s1, m1), (large, t2, s2, m2) = results
    factor = large / small
    print(
        f"|   growth {small:,} → {large:,} plans ({factor:.0f}x) "
        f"| time {t2 / t1:.1f}x, size {s2 / s1:.1f}x, memory {m2 / m1:.2f}x "
        f"| linear time and size, flat memory |"
    )
    if os.environ.get("CASTPLAN_BENCH_KEEP"):
        print("(CASTPLAN_BENCH_KEEP is set, but temporary folders are always removed)")


if __name__ == "__main__":
    main()
