"""PDF reading speed (pages per second) and memory of a long file.

Usage::

    python benchmarks/pdf.py                 # the test PDFs and a generated 500-page one
    python benchmarks/pdf.py --quick         # fewer rounds
    python benchmarks/pdf.py some.pdf ...    # also time PDFs of your own

Figures: ``pdf_text`` (PDFium text, radicals, spacing, scan check) and the
whole ``castplan parse`` pipeline per page, medians of several rounds;
peak RSS of reading 50 and 500 pages in fresh processes (flat when pages are
streamed); pdfminer.six on the same file when it is installed, for the ratio
the README quotes.  Nothing here asserts.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BINARY = ROOT / "tests" / "fixtures" / "binary"

from benchmarks.run import median_time  # noqa: E402  (one timer for every benchmark)


def long_pdf(folder: Path, pages: int) -> Path:
    from tests.make_binary_fixtures import PdfWriter, lay_out, plan_paras

    paras = plan_paras()
    path = folder / f"plan-{pages}-pages.pdf"
    PdfWriter().write(lay_out(paras * (pages // 11 + 1))[:pages], path)
    return path


def peak_rss(path: Path) -> float:
    probe = (
        "import resource, sys\n"
        "from castplan.readers.pdf import pdf_text\n"
        "pdf_text(open(sys.argv[1], 'rb').read(), name='x.pdf')\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True
    )
    return int(done.stdout) / 1024


def rows_for(path: Path, rounds: int, parse: bool) -> list[tuple[str, str, str]]:
    import pypdfium2 as pdfium

    from castplan.load import RawInput, notice_from_input
    from castplan.readers.pdf import pdf_text

    data = path.read_bytes()
    document = pdfium.PdfDocument(data)
    pages = len(document)
    document.close()
    seconds = median_time(lambda: pdf_text(data, name=path.name), rounds)
    rows = [
        (
            f"pdf_text, {path.name} ({pages} pages, {len(data) / 1024:.0f} KiB)",
            f"{pages / seconds:.0f} pages/s",
            f"{seconds * 1000:.1f} ms",
        )
    ]
    if parse:
        whole = median_time(lambda: notice_from_input(RawInput(path.name, data)), rounds)
        rows.append(("  read and parse", f"{pages / whole:.0f} pages/s", f"{whole * 1000:.1f} ms"))
    try:
        from pdfminer.high_level import extract_text
    except ImportError:
        return rows
    miner = median_time(lambda: extract_text(str(path)), max(1, rounds // 3))
    rows.append(
        (
            "  pdfminer.six extract_text, same file",
            f"{pages / miner:.0f} pages/s",
            f"pypdfium2 is {miner / seconds:.1f}x faster",
        )
    )
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="more PDFs to time")
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    args = parser.parse_args(argv)
    rounds = 3 if args.quick else 15
    rows: list[tuple[str, str, str]] = []
    rows += rows_for(BINARY / "notice-12-pages.pdf", rounds, parse=True)
    with tempfile.TemporaryDirectory() as tmp:
        big = long_pdf(Path(tmp), 500)
        rows += rows_for(big, max(1, rounds // 5), parse=False)
        small_rss = peak_rss(long_pdf(Path(tmp), 50))
        big_rss = peak_rss(big)
        rows.append(
            (
                "peak RSS reading 50 / 500 pages",
                f"{small_rss:.0f} / {big_rss:.0f} MiB",
                f"flat: {big_rss / small_rss:.2f}x for 10x the pages",
            )
        )
    for path in args.files:
        rows += rows_for(path, rounds, parse=False)
    print("| measure | result | note |")
    print("| --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
