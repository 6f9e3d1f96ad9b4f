"""Headless Chromium for the report's browser tests, and the README's screenshot.

Drives Debian's Chromium (``/usr/bin/chromium``, installed by ``.ci/run``)
with Playwright for Python.  It never runs ``playwright install``: no browser
is downloaded.  The flags keep Chromium off the network it would otherwise
reach for at start-up (component updates, sync, background requests).

Run as a script to remake the README's screenshot of the sample report::

    python -m tests.browser docs/report.png
"""

from __future__ import annotations

import contextlib
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
# The README's picture: the top of the sample report, narrow enough to stay small.
README_VIEWPORT = {"width": 960, "height": 1000}


def unavailable() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install '.[test]')"
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install chromium; .ci/run does it)"
    return None


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium browser, closed on exit."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Visit:
    """A page opened in the browser, with everything it logged and requested."""

    page: Any
    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


def open_report(browser: Any, path: Path, viewport: dict[str, int] = DESKTOP) -> Visit:
    """Open a report file in a fresh page, recording console messages and requests."""
    page = browser.new_page(viewport=viewport)
    visit = Visit(page)
    page.on("console", lambda message: visit.console.append(f"{message.type}: {message.text}"))
    page.on("pageerror", lambda error: visit.errors.append(str(error)))
    page.on("request", lambda request: visit.requests.append(request.url))
    page.goto(path.resolve().as_uri())
    page.wait_for_load_state("load")
    return visit


def write_readme_screenshot(out: Path) -> None:
    """Render the sample report and take the README's screenshot of its top."""
    from castplan.load import notice_from_input, sample_input
    from castplan.views.report import render_report

    html = render_report([notice_from_input(sample_input())])
    with tempfile.TemporaryDirectory() as folder, chromium() as browser:
        report = Path(folder) / "report.html"
        report.write_text(html, encoding="utf-8")
        visit = open_report(browser, report, README_VIEWPORT)
        visit.page.screenshot(path=str(out))
        visit.page.close()


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.browser OUT.png", file=sys.stderr)
        return 2
    reason = unavailable()
    if reason:
        print(f"browser: {reason}", file=sys.stderr)
        return 1
    out = Path(argv[0])
    out.parent.mkdir(parents=True, exist_ok=True)
    write_readme_screenshot(out)
    if shutil.which("optipng"):  # smaller, same pixels
        import subprocess

        subprocess.run(["optipng", "-quiet", "-o2", str(out)], check=True)
    print(f"wrote {out} ({out.stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
