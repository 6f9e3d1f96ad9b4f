"""The HTML report: one self-contained page for a plan, or for several plans.

The page holds the plans' headers, each department's load as a bar chart,
every item in a table that filters as you type, the quantified targets by
department and, for two or more plans, what changed from each plan to the
next (``castplan.views.diff``).  castplan draws the charts itself as inline
SVG, with the numbers as text, so they show without JavaScript.

The page makes no network request: its one style sheet and its one script
are inline, and a Content-Security-Policy that names their SHA-256 digests
forbids everything else.  It opens from a local disk or an e-mail attachment
in any current browser.  The same plans give the same bytes: no timestamps,
and every list in plan or document order.

Example::

    from castplan.views.report import render_report
    html = render_report([old_notice, new_notice])  # ordered by year
    open("report.html", "w", encoding="utf-8").write(html)
"""

from __future__ import annotations

import base64
import functools
import hashlib
import itertools
import json
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from importlib import resources
from typing import TYPE_CHECKING, Literal

from markupsafe import Markup, escape

from castplan import __version__
from castplan.model import Interval, Item, Measure, Notice, Section, Target
from castplan.script import character_folds, detect_script, fold_name, simplify_strings
from castplan.views.diff import DepartmentDelta, DiffReport, ItemChange, ItemRef, diff_notices

if TYPE_CHECKING:
    import jinja2

Role = Literal["lead", "supporting"]

# Chart geometry.  Heights are CSS pixels; horizontal places are percentages of
# the chart's width, so the chart fills any column while its text keeps its
# size (a viewBox would shrink 13px labels to 6px on a phone).  Columns are
# sized for the narrowest phone, NARROWEST pixels wide.
NARROWEST = 360
FONT_SIZE = 13
BAR_HEIGHT = 18
BAR_GAP = 8  # between departments
SERIES_BAR_HEIGHT = 14
SERIES_GAP = 3  # between one department's bars in a grouped chart
MAX_LABEL_SHARE = 0.4
MAX_VALUE_SHARE = 0.3
LABEL_PAD = 8  # between a label and its bar
VALUE_PAD = 6  # between a bar and its number
# A short series (years of one body's plans) shows a department's zero years as
# bars of no length, "2024: 0"; in a larger corpus they would bury the counts.
ZERO_BARS_UP_TO = 4
# The style sheet's .series-0 to .series-5: colours with at least 3:1 contrast
# against white (WCAG 1.4.11); each bar is labelled in text, so no reader
# depends on telling them apart.
PALETTE_SIZE = 6
DIFF_STATUSES = ("added", "removed", "changed", "moved")


# --- plans ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """One plan of the report: its tree, the label its series carries, its script."""

    key: str
    notice: Notice
    label: str  # the year, or #1, #2… when years do not tell the plans apart
    lang: str

    @property
    def long_label(self) -> str:
        """The label with the file name, where the label is a number in a corpus."""
        if self.label.startswith("#"):
            return f"{self.label} {_file_name(self.notice)}"
        return self.label

    @property
    def item_count(self) -> int:
        """How many items the plan has."""
        return sum(len(section.items) for section in self.notice.sections)


def order_plans(notices: Sequence[Notice]) -> list[Notice]:
    """The plans oldest first when every plan names its year, else as given."""
    if all(notice.year is not None for notice in notices):
        return sorted(notices, key=lambda notice: notice.year or 0)
    return list(notices)


def _file_name(notice: Notice) -> str:
    return notice.source.path.replace("\\", "/").rsplit("/", 1)[-1]


def _labels(notices: Sequence[Notice]) -> list[str]:
    # A year names a plan in a series; in a corpus (years repeat or are
    # missing) a short number does, and the legend gives its file name.
    years = [notice.year for notice in notices]
    if None not in years and len(set(years)) == len(years):
        return [str(year) for year in years]
    return [f"#{i + 1}" for i in range(len(notices))]


def _lang_of(notice: Notice) -> str:
    # The text shown decides, not source.script: --simplified converts a traditional input.
    sample = "".join([notice.title or "", *(item.text for item in notice.items())])
    return "zh-Hans" if detect_script(sample) == "simplified" else "zh-Hant"


def _plans(notices: Sequence[Notice]) -> list[Plan]:
    ordered = order_plans(notices)
    return [
        Plan(key=f"p{i + 1}", notice=notice, label=label, lang=_lang_of(notice))
        for i, (notice, label) in enumerate(zip(ordered, _labels(ordered), strict=True))
    ]


# --- department loads -------------------------------------------------------------------


@dataclass(frozen=True)
class DepartmentLoad:
    """A department's item count in each plan, under one name across plans and scripts."""

    name: str
    key: str
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        """Items across all plans."""
        return sum(self.counts)


#: Department name → canonical name: a mapping, or a function such as an
#: alias table's lookup (it returns the name itself for a name it does not know).
Canonical = Mapping[str, str] | Callable[[str], str]


class CanonicalNames:
    """Department names → canonical names (an alias table), looked up in either script.

    A mapping is looked up with the name as written, then folded to one script
    and width, so the table may be written in either script and still name
    国际合作部 and 國際合作部 alike; a function is called with the name as
    written.  Names the table does not know go by their own name.
    """

    def __init__(self, canonical: Canonical | None = None) -> None:
        self._function = canonical if callable(canonical) else None
        self._exact = dict(canonical or {}) if not callable(canonical) else {}
        self._folded = {fold_name(name): to for name, to in self._exact.items()}

    def __call__(self, name: str) -> str:
        """The canonical name of ``name``, or ``name`` itself."""
        if self._function is not None:
            return self._function(name)
        if not self._exact:
            return name
        return self._exact.get(name) or self._folded.get(fold_name(name)) or name


def department_loads(
    notices: Sequence[Notice],
    *,
    role: Role = "lead",
    canonical: Canonical | None = None,
) -> list[DepartmentLoad]:
    """Each department's item count per plan, most items first, then first appearance.

    Args:
        notices: the plans, in the order their counts should follow.
        role: count lead units or supporting units.
        canonical: department name → canonical name, a mapping or a function
            (an alias table); names are also folded across scripts, so
            國際合作部 and 国际合作部 are one.

    Returns:
        One load per department; its name is the canonical one, else as the
        last plan that names it writes it.
    """
    canonical_name = CanonicalNames(canonical)
    names: dict[str, str] = {}
    counts: dict[str, list[int]] = {}
    for index, notice in enumerate(notices):
        for item in notice.items():
            units = item.lead_departments if role == "lead" else item.supporting_departments
            for unit in dict.fromkeys(units):
                name = canonical_name(unit)
                key = fold_name(name)
                names[key] = name
                counts.setdefault(key, [0] * len(notices))[index] += 1
    loads = [DepartmentLoad(names[key], key, tuple(counts[key])) for key in counts]
    return sorted(loads, key=lambda load: -load.total)


# --- bar charts -------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    """One bar: a department's count in one plan, with its place and its text."""

    series: int
    count: int
    y: float
    width: float  # percent of the chart's width
    text: str
    title: str


@dataclass(frozen=True)
class ChartRow:
    """One department's row of bars and its label."""

    name: str
    label: str
    label_y: float
    bars: tuple[Bar, ...]
    counts: tuple[int, ...]  # every plan's, zeros included, for the table


@dataclass(frozen=True)
class Chart:
    """A horizontal bar chart, laid out: what the template draws as SVG."""

    id: str
    title: str
    description: str
    height: float
    label_width: float  # percent of the chart's width
    rows: tuple[ChartRow, ...]
    series: tuple[str, ...]
    legend: tuple[str, ...]
    totals: tuple[int, ...]
    bar_height: int
    font_size: int = FONT_SIZE
    label_pad: int = LABEL_PAD
    value_pad: int = VALUE_PAD

    def share(self, count: int, series: int) -> str:
        """``count`` as a share of the plan's items, as the table prints it."""
        return _percent(count, self.totals[series])


def text_width(text: str, size: float = FONT_SIZE) -> float:
    """An estimate of the width ``text`` takes: wide (CJK) characters 1 em, others 0.6 em."""
    ems = sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.6 for ch in text)
    return ems * size


def _fit(text: str, width: float) -> str:
    # Long names are cut with …; the bar's <title> and the table keep the whole name.
    if text_width(text) <= width:
        return text
    while text and text_width(text + "…") > width:
        text = text[:-1]
    return text + "…"


def _percent(count: int, total: int) -> str:
    return f"{100 * count / total:.1f} %" if total else "—"


def bar_chart(
    loads: Sequence[DepartmentLoad],
    series: Sequence[str],
    totals: Sequence[int],
    *,
    chart_id: str,
    title: str,
    legend: Sequence[str] | None = None,
) -> Chart:
    """Lay out a bar chart: one row per department, one bar per plan.

    Args:
        loads: the departments and their counts, in display order.
        series: each plan's label; one plan gives a plain bar chart, several
            give grouped bars (a department-by-year chart); past
            ``ZERO_BARS_UP_TO`` plans, a department has bars only for the
            plans that name it.
        totals: each plan's item count, for shares.
        chart_id: the SVG's id (its title and description ids derive from it).
        title: the chart's accessible title.
        legend: each plan's name in the legend (default: its label).
    """
    grouped = len(series) > 1
    bar_height = SERIES_BAR_HEIGHT if grouped else BAR_HEIGHT
    texts = {
        (load.key, index): _bar_text(series, totals, index, count)
        for load in loads
        for index, count in enumerate(load.counts)
    }
    # Both side columns are sized to fit at the narrowest width; wider charts
    # give the extra room to the bars' column in proportion.
    longest_name = max((text_width(load.name) for load in loads), default=0)
    label_px = min(longest_name + LABEL_PAD, NARROWEST * MAX_LABEL_SHARE)
    value_px = max((text_width(t) for t in texts.values()), default=0) + VALUE_PAD + 4
    value_px = min(value_px, NARROWEST * MAX_VALUE_SHARE)
    label_width = 100 * label_px / NARROWEST
    plot_width = 100 - label_width - 100 * value_px / NARROWEST
    peak = max((c for load in loads for c in load.counts), default=0) or 1
    rows: list[ChartRow] = []
    y = float(BAR_GAP)
    for load in loads:
        bars: list[Bar] = []
        for index, count in enumerate(load.counts):
            if count == 0 and len(series) > ZERO_BARS_UP_TO:
                continue
            share = _percent(count, totals[index])
            where = f" in {series[index]}" if grouped else ""
            bars.append(
                Bar(
                    series=index,
                    count=count,
                    y=y + len(bars) * (bar_height + SERIES_GAP),
                    width=plot_width * count / peak,
                    text=texts[load.key, index],
                    title=f"{load.name}: {count} item(s){where}, {share} of {totals[index]}",
                )
            )
        block = len(bars) * bar_height + (len(bars) - 1) * SERIES_GAP
        label = _fit(load.name, label_px - LABEL_PAD)
        rows.append(ChartRow(load.name, label, y + block / 2, tuple(bars), load.counts))
        y += block + BAR_GAP
    return Chart(
        id=chart_id,
        title=title,
        description=_chart_description(loads, series),
        height=y,
        label_width=label_width,
        rows=tuple(rows),
        series=tuple(series),
        legend=tuple(legend or series),
        totals=tuple(totals),
        bar_height=bar_height,
    )


def _bar_text(series: Sequence[str], totals: Sequence[int], index: int, count: int) -> str:
    if len(series) > 1:
        return f"{series[index]}: {count}"
    return f"{count} · {_percent(count, totals[index])}"


def _chart_description(loads: Sequence[DepartmentLoad], series: Sequence[str]) -> str:
    if not loads:
        return "No department."
    parts = []
    for load in loads:
        if len(series) == 1:
            parts.append(f"{load.name} {load.counts[0]}")
        else:
            counts = ", ".join(f"{s}: {c}" for s, c in zip(series, load.counts, strict=True))
            parts.append(f"{load.name} ({counts})")
    return "Items per department: " + "; ".join(parts) + "."


# --- search folding ---------------------------------------------------------------------


def fold_for_search(text: str, folds: Mapping[str, str]) -> str:
    """Text as the page's search compares it: NFKC, lower case, one character at a time to
    simplified script.  The page's script does the same to what is typed."""
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(folds.get(ch, ch) for ch in text)


def _fold_map(texts: Iterable[str], folds: Mapping[str, str]) -> dict[str, str]:
    # Only the traditional characters whose simplified form occurs in the page:
    # any other typed character cannot match, folded or not.
    present = set("".join(texts))
    return {ch: to for ch, to in sorted(folds.items()) if to in present}


# --- items ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemEntry:
    """One row of the items table."""

    plan: Plan
    section_key: str
    item: Item
    leads: tuple[str, ...]
    lead_keys: str
    supports: tuple[str, ...]
    support_keys: str
    targets: tuple[str, ...]
    measures: tuple[Markup, ...]
    search: str
    full_text: str


@dataclass(frozen=True)
class ItemGroup:
    """A section of one plan and its rows."""

    plan: Plan
    key: str
    heading: str
    entries: tuple[ItemEntry, ...]


def _section_heading(section: Section) -> str:
    if section.numeral and section.title:
        return f"{section.numeral}、{section.title}"
    return section.title or section.numeral or "(no heading)"


def _marked_measure(measure: Measure) -> Markup:
    """The measure's sentence with each target in <mark>."""
    text = measure.text
    out: list[str] = []
    at = 0
    for target in measure.targets:
        start = target.span.start - measure.span.start
        if text[start : start + len(target.text)] != target.text:
            start = text.find(target.text, at)  # the sentence was joined over lines
        if start < at:
            continue
        out += [escape(text[at:start]), Markup("<mark>"), escape(target.text), Markup("</mark>")]
        at = start + len(target.text)
    out.append(escape(text[at:]))
    return Markup("").join(out)


def _names(units: Sequence[str], canonical: CanonicalNames) -> tuple[str, ...]:
    return tuple(dict.fromkeys(canonical(unit) for unit in units))


def _keys(names: Sequence[str]) -> str:
    return "|".join(fold_name(name) for name in names)


def _item_groups(
    plans: Sequence[Plan], canonical: CanonicalNames, folds: Mapping[str, str]
) -> list[ItemGroup]:
    groups: list[ItemGroup] = []
    for plan in plans:
        for section in plan.notice.sections:
            if not section.items:
                continue
            key = f"{plan.key}-s{section.number}-{len(groups)}"
            heading = _section_heading(section)
            entries = tuple(
                _item_entry(plan, key, heading, item, canonical, folds) for item in section.items
            )
            groups.append(ItemGroup(plan, key, heading, entries))
    return groups


def _item_entry(
    plan: Plan,
    section_key: str,
    heading: str,
    item: Item,
    canonical: CanonicalNames,
    folds: Mapping[str, str],
) -> ItemEntry:
    leads = _names(item.lead_departments, canonical)
    supports = _names(item.supporting_departments, canonical)
    targets = tuple(t.text for m in item.measures for t in m.targets)
    # The search box looks at what the row shows, so 国际 finds the items that
    # 國際合作部 leads and not every item that mentions international work.
    cells = [plan.long_label, heading, str(item.number), item.title, *leads, *supports, *targets]
    cells.append(item.deadline or "")
    search = fold_for_search(" ".join(cells), folds)
    return ItemEntry(
        plan=plan,
        section_key=section_key,
        item=item,
        leads=leads,
        lead_keys=_keys(leads),
        supports=supports,
        support_keys=_keys(supports),
        targets=targets,
        measures=tuple(_marked_measure(m) for m in item.measures),
        search=search,
        full_text=search + " " + fold_for_search(item.text, folds),
    )


# --- targets ----------------------------------------------------------------------------


@dataclass(frozen=True)
class TargetEntry:
    """A quantified target and where it stands."""

    plan: Plan
    item: Item
    target: Target
    measure: Markup

    @property
    def interval(self) -> str:
        """The interval the target allows, in mathematical notation."""
        return interval_text(self.target.interval)


@dataclass(frozen=True)
class TargetGroup:
    """A department's targets, in plan and document order."""

    department: str
    entries: tuple[TargetEntry, ...]


def interval_text(interval: Interval) -> str:
    """``[10000, ∞)``, ``(-∞, 5]``, ``[160, 160]``: closed ends in brackets, open in parentheses."""
    low = (
        "(-∞"
        if interval.min is None
        else ("[" if interval.min_inclusive else "(") + str(interval.min)
    )
    high = (
        "∞)"
        if interval.max is None
        else str(interval.max) + ("]" if interval.max_inclusive else ")")
    )
    return f"{low}, {high}"


NO_LEAD = "(no lead unit)"


def _target_groups(
    plans: Sequence[Plan], loads: Sequence[DepartmentLoad], canonical: CanonicalNames
) -> list[TargetGroup]:
    found: dict[str, list[TargetEntry]] = {}
    for plan in plans:
        for item in plan.notice.items():
            keys = [fold_name(n) for n in _names(item.lead_departments, canonical)] or [NO_LEAD]
            for measure in item.measures:
                for target in measure.targets:
                    entry = TargetEntry(plan, item, target, _marked_measure(measure))
                    for key in keys:
                        found.setdefault(key, []).append(entry)
    order = [(load.key, load.name) for load in loads] + [(NO_LEAD, NO_LEAD)]
    return [TargetGroup(name, tuple(found[key])) for key, name in order if key in found]


# --- changes ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Side:
    """One side of a changed item: where it was, what it said, differences marked."""

    ref: str
    title: Markup
    leads: str
    targets: str
    text: Markup


@dataclass(frozen=True)
class ChangeRow:
    """An added, removed, changed or moved item, before and after."""

    status: str
    before: Side | None
    after: Side | None
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Unchanged:
    """An item that stayed: its reference, title and whether it was reworded."""

    ref: str
    title: str
    reworded: bool


@dataclass(frozen=True)
class Comparison:
    """What changed from one plan to the next."""

    key: str
    old: Plan
    new: Plan
    report: DiffReport
    rows: tuple[ChangeRow, ...]
    unchanged: tuple[Unchanged, ...]
    departments: tuple[DepartmentDelta, ...]


LIST_JOINER = "、"


def _find_item(notice: Notice, ref: ItemRef) -> Item | None:
    for section in notice.sections:
        if section.number == ref.section:
            for item in section.items:
                if item.number == ref.number and item.title == ref.title:
                    return item
    return None


def _ref_text(ref: ItemRef) -> str:
    return f"§{ref.section} · {ref.number}."


def marked_pair(old: str, new: str) -> tuple[Markup, Markup]:
    """Two texts with what differs marked: <del> in the old, <ins> in the new.

    The texts are compared folded to one script and width, so a simplified
    2024 plan and a traditional 2025 plan differ only where the words do.
    """
    folded = [t.replace("，", ",").replace("（", "(").replace("）", ")") for t in (old, new)]
    folded_old, folded_new = simplify_strings(folded)
    if len(folded_old) != len(old) or len(folded_new) != len(new):
        return escape(old), escape(new)  # a phrase changed length: no character mapping
    matcher = SequenceMatcher(None, folded_old, folded_new, autojunk=False)
    before: list[str] = []
    after: list[str] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            before.append(escape(old[i1:i2]))
            after.append(escape(new[j1:j2]))
            continue
        if i2 > i1:
            before.append(Markup("<del>%s</del>") % old[i1:i2])
        if j2 > j1:
            after.append(Markup("<ins>%s</ins>") % new[j1:j2])
    return Markup("").join(before), Markup("").join(after)


def _marked_if_both(old: str, new: str) -> tuple[Markup, Markup]:
    # An added or removed item says so in its status; marking all of it says nothing more.
    return marked_pair(old, new) if old and new else (escape(old), escape(new))


def signed(number: int) -> str:
    """A change as the report prints it: +1, 0, or a true minus sign (U+2212) and 1."""
    return f"+{number}" if number > 0 else f"\u2212{-number}" if number < 0 else "0"


def _notes(entry: ItemChange) -> tuple[str, ...]:
    old, new = entry.old, entry.new
    notes = []
    for change in entry.changes:
        if change == "title":
            notes.append("title")
        elif change == "lead_departments" and old and new:
            before, after = (
                LIST_JOINER.join(old.lead_departments),
                LIST_JOINER.join(new.lead_departments),
            )
            notes.append(f"lead unit {before or '—'} → {after or '—'}")
        elif change == "targets" and old and new:
            before, after = LIST_JOINER.join(old.targets), LIST_JOINER.join(new.targets)
            notes.append(f"targets {before or '—'} → {after or '—'}")
        elif change == "section" and old and new:
            notes.append(f"section {old.section} → {new.section}")
        elif change == "text":
            notes.append("reworded")
    return tuple(notes)


def _sides(old: Plan, new: Plan, entry: ItemChange) -> tuple[Side | None, Side | None]:
    old_item = _find_item(old.notice, entry.old) if entry.old else None
    new_item = _find_item(new.notice, entry.new) if entry.new else None
    old_title, new_title = _marked_if_both(
        entry.old.title if entry.old else "", entry.new.title if entry.new else ""
    )
    old_text, new_text = _marked_if_both(
        old_item.text if old_item else "", new_item.text if new_item else ""
    )
    before = after = None
    if entry.old:
        ref = entry.old
        before = Side(
            _ref_text(ref),
            old_title,
            LIST_JOINER.join(ref.lead_departments),
            LIST_JOINER.join(ref.targets),
            old_text,
        )
    if entry.new:
        ref = entry.new
        after = Side(
            _ref_text(ref),
            new_title,
            LIST_JOINER.join(ref.lead_departments),
            LIST_JOINER.join(ref.targets),
            new_text,
        )
    return before, after


def comparable_pairs(plans: Sequence[Plan]) -> list[tuple[Plan, Plan]]:
    """Each plan with the next plan of the same organisation (by year where known).

    A corpus of different bodies' plans is not a series: 江苏省科协's plan
    is compared with its own next year, not with 中国科协's.  Plans that name
    no organisation count as one body.
    """
    bodies: dict[str, list[Plan]] = {}
    for plan in plans:
        bodies.setdefault(fold_name(plan.notice.organization or ""), []).append(plan)
    pairs: list[tuple[Plan, Plan]] = []
    for body in bodies.values():
        if all(plan.notice.year is not None for plan in body):
            body = sorted(body, key=lambda plan: plan.notice.year or 0)
        pairs += itertools.pairwise(body)
    return sorted(pairs, key=lambda pair: (plans.index(pair[1]), plans.index(pair[0])))


def _comparison(index: int, old: Plan, new: Plan) -> Comparison:
    report = diff_notices(old.notice, new.notice)
    rows = []
    unchanged = []
    for entry in report.items:
        if entry.status == "unchanged" and entry.new:
            unchanged.append(
                Unchanged(_ref_text(entry.new), entry.new.title, "text" in entry.changes)
            )
            continue
        before, after = _sides(old, new, entry)
        rows.append(ChangeRow(entry.status, before, after, _notes(entry)))
    return Comparison(
        key=f"c{index + 1}",
        old=old,
        new=new,
        report=report,
        rows=tuple(rows),
        unchanged=tuple(unchanged),
        departments=tuple(report.departments),
    )


# --- the page ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Fact:
    """One line of a plan's header: a label and its value."""

    label: str
    value: str
    #: "plan" for the plan's own words, "english" for castplan's, "code" for names and digests.
    kind: Literal["plan", "english", "code"] = "plan"


@dataclass(frozen=True)
class Page:
    """Everything the template draws, computed."""

    title: str
    lang: str
    version: str
    plans: tuple[Plan, ...]
    facts: tuple[tuple[Fact, ...], ...]
    years: str | None
    lead_chart: Chart
    support_chart: Chart | None
    no_lead: tuple[int, ...]
    groups: tuple[ItemGroup, ...]
    sections: tuple[tuple[str, str], ...]
    departments: tuple[tuple[str, str], ...]
    supports: tuple[tuple[str, str], ...]
    targets: tuple[TargetGroup, ...]
    target_count: int
    comparisons: tuple[Comparison, ...]
    fold_map: Markup
    style: Markup
    script: Markup
    policy: str

    @property
    def multi(self) -> bool:
        """Whether the page covers several plans."""
        return len(self.plans) > 1

    @property
    def item_count(self) -> int:
        """Items across all plans."""
        return sum(plan.item_count for plan in self.plans)

    @property
    def has_deadlines(self) -> bool:
        """Whether any item names a deadline (else the page leaves the column out)."""
        return any(e.item.deadline for g in self.groups for e in g.entries)

    @property
    def columns(self) -> int:
        """How many columns the items table has."""
        return 4 + self.multi + bool(self.supports) + self.has_deadlines

    def lang_of(self, plan: Plan) -> str | None:
        """A plan's lang attribute where it differs from the page's, else None."""
        return plan.lang if plan.lang != self.lang else None


def _facts(plan: Plan, version: str) -> tuple[Fact, ...]:
    notice = plan.notice
    header = notice.header
    facts = [Fact("Title", notice.title or "—")]
    if notice.organization:
        facts.append(Fact("Organisation", notice.organization))
    if header and header.issuer:
        facts.append(Fact("Issued by", header.issuer))
    if header and header.date:
        facts.append(Fact("Date", header.date.isoformat(), "code"))
    if header and header.doc_number:
        facts.append(Fact("Document number", header.doc_number))
    if header and header.notice_title:
        facts.append(Fact("Notice", header.notice_title))
    source = notice.source
    facts += [
        Fact("Source file", source.path, "code"),
        Fact("SHA-256", source.sha256, "code"),
        Fact("Read as", f"{source.format}, {source.encoding}, {source.script} script", "english"),
        Fact("Contents", _contents(notice), "english"),
        Fact("Parsed by", f"castplan {version}", "english"),
    ]
    return tuple(facts)


def _contents(notice: Notice) -> str:
    items = list(notice.items())
    targets = sum(len(m.targets) for item in items for m in item.measures)
    warnings = sum(d.level == "warning" for d in notice.diagnostics)
    counts = [
        (len(notice.sections), "section"),
        (len(items), "item"),
        (targets, "target"),
        (warnings, "parser warning"),
    ]
    return ", ".join(f"{n} {noun}{'' if n == 1 else 's'}" for n, noun in counts)


def years_covered(notices: Iterable[Notice]) -> str | None:
    """The years the plans cover: ``2023–2025`` for a run, ``2022, 2024`` otherwise."""
    years = sorted({n.year for n in notices if n.year is not None})
    if not years:
        return None
    if len(years) > 1 and years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}–{years[-1]}"
    return ", ".join(str(y) for y in years)


def _page_title(plans: Sequence[Plan]) -> str:
    if len(plans) == 1:
        notice = plans[0].notice
        return notice.title or notice.source.path
    # One organisation in either script is one: 中国科协 and 中國科協.
    named = {
        fold_name(p.notice.organization): p.notice.organization
        for p in plans
        if p.notice.organization
    }
    who = f"{next(iter(named.values()))} work plans" if len(named) == 1 else "Work plans"
    years = years_covered(p.notice for p in plans)
    return f"{who} {years}" if years else f"{who}: {len(plans)} plans"


def _page_lang(plans: Sequence[Plan]) -> str:
    langs = {plan.lang for plan in plans}
    return langs.pop() if len(langs) == 1 else "zh"


def _options(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple(dict(pairs).items())


@functools.lru_cache(maxsize=1)
def _asset(name: str) -> str:
    return (resources.files("castplan.views") / "templates" / name).read_text(encoding="utf-8")


def _digest(text: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
    )


def _json_for_script(data: object) -> str:
    # Inside <script>, "</" would end the element; \u003c keeps the JSON the same.
    return json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")


def build_page(
    notices: Sequence[Notice],
    *,
    canonical: Canonical | None = None,
    version: str = __version__,
) -> Page:
    """Compute everything the report shows, ready for the template.

    Args:
        notices: one plan or several (ordered by year when all have one).
        canonical: department name → canonical name, a mapping or a function
            (an alias table), for charts, filters and target groups.
        version: the castplan version the header names.

    Raises:
        ValueError: when ``notices`` is empty.
    """
    if not notices:
        raise ValueError("a report needs at least one plan")
    plans = _plans(notices)
    ordered = [plan.notice for plan in plans]
    labels = [plan.label for plan in plans]
    legend = [plan.long_label for plan in plans]
    totals = [plan.item_count for plan in plans]
    leads = department_loads(ordered, canonical=canonical)
    supports = department_loads(ordered, role="supporting", canonical=canonical)
    several = len(plans) > 1
    lead_title = "Items per lead department" + (" and plan" if several else "")
    support_title = "Items per supporting unit" + (" and plan" if several else "")
    folds = character_folds()
    names = CanonicalNames(canonical)
    groups = _item_groups(plans, names, folds)
    entries = [entry for group in groups for entry in group.entries]
    target_groups = _target_groups(plans, leads, names)
    style, script = _asset("report.css"), _asset("report.js")
    return Page(
        title=_page_title(plans),
        lang=_page_lang(plans),
        version=version,
        plans=tuple(plans),
        facts=tuple(_facts(plan, version) for plan in plans),
        years=years_covered(ordered) if several else None,
        lead_chart=bar_chart(
            leads, labels, totals, chart_id="lead-chart", title=lead_title, legend=legend
        ),
        support_chart=(
            bar_chart(
                supports,
                labels,
                totals,
                chart_id="support-chart",
                title=support_title,
                legend=legend,
            )
            if supports
            else None
        ),
        no_lead=tuple(sum(not i.lead_departments for i in n.items()) for n in ordered),
        groups=tuple(groups),
        sections=tuple(
            (g.key, f"{g.plan.long_label} · {g.heading}" if several else g.heading) for g in groups
        ),
        departments=_options((fold_name(load.name), load.name) for load in leads),
        supports=_options((fold_name(load.name), load.name) for load in supports),
        targets=tuple(target_groups),
        target_count=len({id(e.target) for g in target_groups for e in g.entries}),
        comparisons=tuple(
            _comparison(i, old, new) for i, (old, new) in enumerate(comparable_pairs(plans))
        ),
        fold_map=Markup(_json_for_script(_fold_map((e.full_text for e in entries), folds))),
        style=Markup(style),
        script=Markup(script),
        policy=Markup(
            f"default-src 'none'; style-src {_digest(style)}; script-src {_digest(script)}; "
            "img-src data:; base-uri 'none'; form-action 'none'"
        ),
    )


@functools.lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("castplan.views", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_report(
    notices: Sequence[Notice],
    *,
    canonical: Canonical | None = None,
    version: str = __version__,
) -> str:
    """The report as one self-contained HTML5 page.

    Args:
        notices: one plan, or several to compare (ordered by year when all
            have one, else as given; each plan is compared with the next plan
            of the same organisation).
        canonical: department name → canonical name, a mapping or a function
            (an alias table).
        version: the castplan version the page names.

    Returns:
        The page's text; the same plans always give the same text.
    """
    page = build_page(notices, canonical=canonical, version=version)
    template = _environment().get_template("report.html.j2")
    return template.render(
        page=page, px=_px, signed=signed, palette=PALETTE_SIZE, statuses=DIFF_STATUSES
    )


def _px(value: float) -> str:
    # One decimal is finer than a pixel; fixed formatting keeps the bytes stable.
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text
