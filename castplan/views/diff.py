"""Year-over-year diff: which items were added, removed, changed or moved.

Items are matched by what they say, not by number (numbers shift when one
item is added).  Both plans are folded to one script and one punctuation
width first, so a traditional 2025 plan compares with a simplified 2024 one.
Similarity is difflib's ratio over title (35 %) and body (65 %); pairs are
taken greedily, best first, down to ``MATCH_THRESHOLD``.

A matched pair is *changed* when its title, lead units or targets differ,
*moved* when it sits in a section other than its old section's counterpart
(the new section most of that section's items went to), and *unchanged*
otherwise; a pair whose body alone was reworded is unchanged with ``text``
in its ``changes``.
"""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher
from typing import Literal

from pydantic import Field

from castplan.model import FrozenModel, Item, Notice, Section
from castplan.script import fold_name, simplify_strings

MATCH_THRESHOLD = 0.45
TITLE_WEIGHT = 0.35
_WIDTH = str.maketrans("，：；（）！？", ",:;()!?")

Status = Literal["added", "removed", "changed", "moved", "unchanged"]
Change = Literal["title", "lead_departments", "targets", "text", "section"]


class ItemRef(FrozenModel):
    """An item on one side of the diff."""

    section: int = Field(description="Its section's number.")
    section_title: str | None = Field(description="Its section's title.")
    number: int = Field(description="Its number in that plan.")
    title: str = Field(description="Its title.")
    lead_departments: list[str] = Field(description="Its lead units.")
    targets: list[str] = Field(description="Its targets as written.")


class ItemChange(FrozenModel):
    """What became of one item."""

    status: Status = Field(description="added, removed, changed, moved or unchanged.")
    changes: list[Change] = Field(description="What differs: title, lead_departments, ...")
    similarity: float | None = Field(description="Match score 0–1 (null when unmatched).")
    old: ItemRef | None = Field(description="The item in the old plan, or null if added.")
    new: ItemRef | None = Field(description="The item in the new plan, or null if removed.")


class DepartmentDelta(FrozenModel):
    """A lead department's item count before and after."""

    department: str = Field(description="The department, as the new plan writes it if it can.")
    before: int = Field(description="Items it leads in the old plan.")
    after: int = Field(description="Items it leads in the new plan.")
    change: int = Field(description="after - before.")


class DiffSummary(FrozenModel):
    """How many items fell in each status."""

    added: int
    removed: int
    changed: int
    moved: int
    unchanged: int


class DiffReport(FrozenModel):
    """The differences between two plans."""

    old: str = Field(description="The old plan's title (or path).")
    new: str = Field(description="The new plan's title (or path).")
    summary: DiffSummary = Field(description="Counts per status.")
    items: list[ItemChange] = Field(
        description="Every item of both plans, in the new plan's order."
    )
    departments: list[DepartmentDelta] = Field(description="Lead departments' loads.")


class _Side:
    """One plan's items with their folded text, ready to compare."""

    def __init__(self, notice: Notice) -> None:
        self.pairs: list[tuple[Section, Item]] = [(s, i) for s in notice.sections for i in s.items]
        texts: list[str] = []
        for section, item in self.pairs:
            texts += [item.title, "".join(m.text for m in item.measures), section.title or ""]
        folded = [t.translate(_WIDTH).replace(" ", "") for t in simplify_strings(texts)]
        self.titles = folded[0::3]
        self.bodies = folded[1::3]
        self.sections = folded[2::3]


def _similarity(old: _Side, i: int, new: _Side, j: int) -> float:
    title = SequenceMatcher(None, old.titles[i], new.titles[j], autojunk=False).ratio()
    body = SequenceMatcher(None, old.bodies[i], new.bodies[j], autojunk=False)
    if body.real_quick_ratio() < MATCH_THRESHOLD and title < 0.8:
        return 0.0
    return TITLE_WEIGHT * title + (1 - TITLE_WEIGHT) * body.ratio()


def match_items(old: _Side, new: _Side) -> dict[int, tuple[int, float]]:
    """Greedy best-first matching: old index → (new index, score)."""
    scored = [
        (score, i, j)
        for i in range(len(old.pairs))
        for j in range(len(new.pairs))
        if (score := _similarity(old, i, new, j)) >= MATCH_THRESHOLD
    ]
    matched: dict[int, tuple[int, float]] = {}
    taken: set[int] = set()
    for score, i, j in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if i not in matched and j not in taken:
            matched[i] = (j, score)
            taken.add(j)
    return matched


def _section_counterparts(
    old: _Side, new: _Side, matched: dict[int, tuple[int, float]]
) -> dict[int, int]:
    """Old section number → the new section most of its matched items went to."""
    votes: dict[int, Counter[int]] = {}
    for i, (j, _) in matched.items():
        votes.setdefault(old.pairs[i][0].number, Counter())[new.pairs[j][0].number] += 1
    counterparts = {}
    for section, counter in votes.items():
        (best, _), *_ = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
        counterparts[section] = best
    return counterparts


def _ref(section: Section, item: Item) -> ItemRef:
    return ItemRef(
        section=section.number,
        section_title=section.title,
        number=item.number,
        title=item.title,
        lead_departments=item.lead_departments,
        targets=[t.text for m in item.measures for t in m.targets],
    )


def _target_key(item: Item) -> list[tuple[object, ...]]:
    return [(t.value, fold_name(t.unit), t.interval) for m in item.measures for t in m.targets]


def _changes(old: _Side, i: int, new: _Side, j: int, moved: bool) -> list[Change]:
    old_item, new_item = old.pairs[i][1], new.pairs[j][1]
    changes: list[Change] = []
    if old.titles[i] != new.titles[j]:
        changes.append("title")
    if [fold_name(d) for d in old_item.lead_departments] != [
        fold_name(d) for d in new_item.lead_departments
    ]:
        changes.append("lead_departments")
    if _target_key(old_item) != _target_key(new_item):
        changes.append("targets")
    if old.bodies[i] != new.bodies[j]:
        changes.append("text")
    if moved:
        changes.append("section")
    return changes


def _status(changes: list[Change]) -> Status:
    if {"title", "lead_departments", "targets"} & set(changes):
        return "changed"
    return "moved" if "section" in changes else "unchanged"


def diff_notices(old_notice: Notice, new_notice: Notice) -> DiffReport:
    """Compare two plans (any scripts) item by item.

    Args:
        old_notice: the earlier plan.
        new_notice: the later plan.

    Returns:
        Every item of both plans with its status, and each lead department's
        item count before and after.
    """
    old, new = _Side(old_notice), _Side(new_notice)
    matched = match_items(old, new)
    counterparts = _section_counterparts(old, new, matched)
    by_new = {j: (i, score) for i, (j, score) in matched.items()}
    entries: list[ItemChange] = []
    for j, (section, item) in enumerate(new.pairs):
        if j not in by_new:
            entries.append(
                ItemChange(
                    status="added", changes=[], similarity=None, old=None, new=_ref(section, item)
                )
            )
            continue
        i, score = by_new[j]
        moved = counterparts.get(old.pairs[i][0].number) != section.number
        changes = _changes(old, i, new, j, moved)
        entries.append(
            ItemChange(
                status=_status(changes),
                changes=changes,
                similarity=round(score, 3),
                old=_ref(*old.pairs[i]),
                new=_ref(section, item),
            )
        )
    for i, (section, item) in enumerate(old.pairs):
        if i not in matched:
            entries.append(
                ItemChange(
                    status="removed", changes=[], similarity=None, old=_ref(section, item), new=None
                )
            )
    counts = Counter(entry.status for entry in entries)
    return DiffReport(
        old=old_notice.title or old_notice.source.path,
        new=new_notice.title or new_notice.source.path,
        summary=DiffSummary(**{status: counts.get(status, 0) for status in Status.__args__}),  # type: ignore[attr-defined]
        items=entries,
        departments=_department_deltas(old_notice, new_notice),
    )


def _department_deltas(old: Notice, new: Notice) -> list[DepartmentDelta]:
    names: dict[str, str] = {}
    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    for notice, counter in ((old, before), (new, after)):
        for name, items in notice.lead_loads().items():
            key = fold_name(name)
            names[key] = name  # the new plan, read last, names it
            counter[key] += len(items)
    return [
        DepartmentDelta(
            department=names[key],
            before=before[key],
            after=after[key],
            change=after[key] - before[key],
        )
        for key in names
    ]
