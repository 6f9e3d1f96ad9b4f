"""The HTML report in a real browser: headless Chromium driven by Playwright.

Checks what only a browser can tell: the page loads with no console error and
no request but its own file; the chart draws one bar per department, as long
as its count; the search box and the column filters leave the right rows; the
layout fits a phone; axe-core finds no accessibility violation; the print
style hides the controls.  Screenshots at
desktop and phone widths go to a temporary folder (its path is printed; run
``pytest -s`` to see it).  Skipped, with the reason, where Chromium or
Playwright cannot be had; ``.ci/run`` installs Chromium.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from castplan import parse_notice
from castplan.load import notice_from_input, sample_input
from castplan.model import Notice
from castplan.script import fold_name
from castplan.views.report import render_report

from .browser import DESKTOP, PHONE, Visit, chromium, open_report, unavailable
from .test_analysis import derived_old_plan

REASON = unavailable()
pytestmark = pytest.mark.skipif(REASON is not None, reason=str(REASON))


@pytest.fixture(scope="module")
def sample() -> Notice:
    return notice_from_input(sample_input())


@pytest.fixture(scope="module")
def old_plan() -> Notice:
    return parse_notice(derived_old_plan().replace("2025", "2024"), path="plan-2024.zh-Hans.txt")


@pytest.fixture(scope="module")
def pages(
    tmp_path_factory: pytest.TempPathFactory, sample: Notice, old_plan: Notice
) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("reports")
    simplified = notice_from_input(sample_input(), simplified=True)
    made = {
        "sample": render_report([sample]),
        "simplified": render_report([simplified]),
        "two": render_report([sample, old_plan]),
    }
    paths = {}
    for name, html in made.items():
        paths[name] = folder / f"{name}.html"
        paths[name].write_text(html, encoding="utf-8")
    return paths


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as opened:
        yield opened


@pytest.fixture
def visit(browser: Any, pages: dict[str, Path]) -> Iterator[Visit]:
    opened = open_report(browser, pages["sample"])
    yield opened
    opened.page.close()


def visible_numbers(page: Any) -> list[int]:
    numbers = page.eval_on_selector_all(
        "#items-table tr.item", "rows => rows.filter(r => !r.hidden).map(r => r.dataset.number)"
    )
    return [int(n) for n in numbers]


def led_by(notice: Notice, department: str) -> list[int]:
    return [
        i.number
        for i in notice.items()
        if fold_name(department) in map(fold_name, i.lead_departments)
    ]


def test_page_loads_with_no_console_error_and_no_request(
    visit: Visit, pages: dict[str, Path]
) -> None:
    assert visit.errors == []
    assert visit.console == []
    # The document itself is the only request: no font, script, style or image.
    assert visit.requests == [pages["sample"].resolve().as_uri()]
    # The script ran (the Content-Security-Policy allowed it): the filters are shown.
    assert visit.page.is_visible("#item-filters")
    assert visit.page.evaluate("document.documentElement.lang") == "zh-Hant"


def test_chart_has_one_bar_per_department_with_its_count(visit: Visit, sample: Notice) -> None:
    bars = visit.page.eval_on_selector_all(
        "#lead-chart g.department",
        """groups => groups.map(g => ({
            name: g.dataset.department,
            label: g.querySelector('text.name').textContent,
            count: Number(g.querySelector('g.bar').dataset.count),
            text: g.querySelector('text.value').textContent,
            width: g.querySelector('rect').getBoundingClientRect().width,
            bars: g.querySelectorAll('g.bar').length,
        }))""",
    )
    loads = {name: len(items) for name, items in sample.lead_loads().items()}
    assert {bar["name"]: bar["count"] for bar in bars} == loads
    assert len(bars) == len(loads) == 8
    assert all(bar["bars"] == 1 and bar["label"] == bar["name"] for bar in bars)
    assert [bar["count"] for bar in bars] == sorted(loads.values(), reverse=True)
    # The number is on the page as text: count and share of the 32 items.
    first = bars[0]
    assert (first["name"], first["text"]) == ("科學技術普及部", "6 · 18.8 %")
    # Each bar is as long as its count: one width per item, to a pixel.
    per_item = [bar["width"] / bar["count"] for bar in bars]
    assert max(per_item) - min(per_item) < 1


def test_typing_guoji_leaves_the_items_led_by_the_international_department(
    visit: Visit, sample: Notice
) -> None:
    page = visit.page
    page.fill("#q", "国际")  # simplified, in a traditional page
    expected = led_by(sample, "國際合作部")
    assert expected == [12, 25, 26, 27, 28]
    assert visible_numbers(page) == expected
    leads = page.eval_on_selector_all(
        "#items-table tr.item:not([hidden]) td.unit", "cells => cells.map(c => c.textContent)"
    )
    assert set(leads) == {"國際合作部"}
    assert page.text_content("#items-shown") == "5 of 32 items"
    # Sections with no row left are hidden with their heading.
    shown = page.eval_on_selector_all(
        "#items-table tbody", "groups => groups.filter(g => !g.hidden).length"
    )
    assert shown == 2
    # The full text mentions 國際 in three more items.
    page.check("input[name=full]")
    assert visible_numbers(page) == [11, 12, 15, 25, 26, 27, 28, 30]


def test_column_filters(visit: Visit, sample: Notice) -> None:
    page = visit.page
    page.select_option("select[name=lead]", label="辦公廳")
    assert visible_numbers(page) == led_by(sample, "辦公廳") == [31, 32]
    page.click("button[type=reset]")
    # The form's reset handler filters again once the fields are cleared; a
    # selector wait, since the page's policy forbids the eval a predicate needs.
    page.locator("#items-table tr.item[data-number='1']").wait_for(state="visible")
    assert len(visible_numbers(page)) == 32
    page.select_option("select[name=targets]", "yes")
    with_targets = [i.number for i in sample.items() if any(m.targets for m in i.measures)]
    assert visible_numbers(page) == with_targets
    page.fill("input[name=number]", "14")
    assert visible_numbers(page) == [14]
    page.fill("input[name=number]", "")
    page.select_option("select[name=targets]", "")
    page.fill("input[name=title]", "国际")
    assert visible_numbers(page) == [25, 28]


def test_an_item_expands_to_its_full_text_and_measures(visit: Visit, sample: Notice) -> None:
    page = visit.page
    row = "#items-table tr.item[data-number='14']"
    assert not page.is_visible(f"{row} .detail")
    page.click(f"{row} summary")
    item = next(i for i in sample.items() if i.number == 14)
    assert page.text_content(f"{row} .full") == item.text
    measures = page.eval_on_selector_all(
        f"{row} ol.measures li", "items => items.map(i => i.textContent)"
    )
    assert measures == [m.text for m in item.measures]
    marks = page.eval_on_selector_all(
        f"{row} ol.measures mark", "marks => marks.map(m => m.textContent)"
    )
    assert marks == ["百場左右", "千篇左右"]


def test_screenshots_at_desktop_and_phone_widths(
    browser: Any, pages: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("screenshots")
    for name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        visit = open_report(browser, pages["sample"], viewport)
        page = visit.page
        shot = folder / f"report-{name}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.read_bytes().startswith(b"\x89PNG")
        # Nothing wider than the screen: no sideways scrolling on a phone.
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        # The chart keeps its 13px labels at any width (no viewBox shrinking them).
        size = page.eval_on_selector("#lead-chart text.name", "t => getComputedStyle(t).fontSize")
        assert size == "13px"
        page.close()
    print(f"\nreport screenshots in {folder}")


# WCAG 2.1 A and AA, and axe-core's best practices.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


# Each page layout once: one plan on a phone, two plans (changes too) on a desktop.
@pytest.mark.parametrize(
    ("name", "viewport"),
    [("sample", PHONE), ("two", DESKTOP)],
    ids=["one-plan-phone", "two-plans-desktop"],
)
def test_axe_finds_no_accessibility_violation(
    browser: Any, pages: dict[str, Path], name: str, viewport: dict[str, int]
) -> None:
    axe = pytest.importorskip("axe_playwright_python.sync_playwright")
    visit = open_report(browser, pages[name], viewport)
    # Open an item, and a changed item's text, so what they show is checked too.
    visit.page.click("#items-table tr.item summary")
    if name == "two":
        visit.page.click("#changes table.changes details summary")
    results = axe.Axe().run(visit.page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    violations = [
        f"{v['id']} ({v['impact']}): {v['help']} at {v['nodes'][0]['target']}"
        for v in results.response["violations"]
    ]
    assert violations == []
    visit.page.close()


def test_print_style_hides_the_controls(visit: Visit) -> None:
    page = visit.page
    page.emulate_media(media="print")
    assert not page.is_visible("#item-filters")
    assert not page.is_visible("nav")
    assert page.is_visible("#lead-chart")
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF-")


def test_simplified_page_finds_traditional_search_words(
    browser: Any, pages: dict[str, Path]
) -> None:
    visit = open_report(browser, pages["simplified"])
    page = visit.page
    assert page.evaluate("document.documentElement.lang") == "zh-Hans"
    assert visit.errors == [] and visit.console == []
    page.fill("#q", "國際")  # traditional, in a simplified page
    assert visible_numbers(page) == [12, 25, 26, 27, 28]
    page.close()


def test_two_plans_chart_by_year_and_changes(
    browser: Any, pages: dict[str, Path], sample: Notice, old_plan: Notice
) -> None:
    visit = open_report(browser, pages["two"])
    page = visit.page
    assert visit.errors == [] and visit.console == []
    assert len(visit.requests) == 1
    groups = page.eval_on_selector_all(
        "#lead-chart g.department",
        """groups => groups.map(g => [g.dataset.department,
            Array.from(g.querySelectorAll('g.bar')).map(b => [b.dataset.series, Number(b.dataset.count)])])""",
    )
    by_name = {name: dict(bars) for name, bars in groups}
    assert by_name["辦公廳"] == {"2024": 1, "2025": 2}
    assert by_name["組織人事部"] == {"2024": 4, "2025": 3}
    assert all(len(bars) == 2 for bars in by_name.values())
    before = {fold_name(n): len(i) for n, i in old_plan.lead_loads().items()}
    assert {fold_name(n): bars["2024"] for n, bars in by_name.items()} == before
    statuses = page.eval_on_selector_all(
        "#changes table.changes tbody tr .badge", "b => b.map(x => x.textContent)"
    )
    assert sorted(statuses) == ["added", "changed", "changed", "changed", "moved", "removed"]
    # The changed title shows what came in, marked.
    inserted = page.eval_on_selector_all("#changes ins", "i => i.map(x => x.textContent)")
    assert "大力" in inserted
    page.fill("#q", "国际")
    assert len(visible_numbers(page)) == 10  # five in each year
    page.close()
