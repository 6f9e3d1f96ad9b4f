"""Year-over-year diff: which items were added, removed, changed or moved.

Items are matched by what they say, not by number (numbers shift when one
item is added).  Both plans are folded to one script and one punctuation
width first, so a traditional 2025 plan compares with a simplified 2024 one.
Similarity is difflib's ratio over title (35 %) and body (65 %); pairs are
taken greedily, best first, down to ``MATCH_THRESHOLD``.  Only pairs that
share enough character bigrams are scored (blocking): items that say nothing
alike never reach difflib, so a plan of n items costs far fewer than n * n
comparisons, which ``castplan timeline`` relies on over many years.

A matched pair is *changed* when its title, lead units or targets differ,
*moved* when it sits in a section other than its old section's counterpart
(the new section most of that section's items went to), and *unchanged*
otherwise; a pair whose body alone was reworded is unchanged with ``text``
in its ``changes``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from castplan.model import FrozenModel, Item, Notice, Section
from castplan.script import fold_name, simplify_strings

if TYPE_CHECKING:
    from castplan.views.aliases import AliasTable

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

    department: str = Field(
        description="The canonical name (alias table), else as the new plan writes it if it can."
    )
    before: int = Field(description="Items it leads in the old plan.")
    after: int = Field(description="Items it leads in the new plan.")
    change: int = Field(description="after - before.")
    written: list[str] = Field(
        default_factory=list, description="The names the two plans write it by, old plan first."
    )


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
        self.grams = [_bigrams(t + b) for t, b in zip(self.titles, self.bodies, strict=True)]


def _bigrams(text: str) -> frozenset[str]:
    return frozenset(text[k : k + 2] for k in range(len(text) - 1))


# Blocking: a pair is scored only when this share of the smaller item's
# bigrams is shared.  A pair scoring MATCH_THRESHOLD (0.45) shares far more;
# items of one plan on unrelated topics share only the boilerplate bigrams
# (推进, 科技, 工作), which the frequency cut below also drops.
MIN_SHARED = 0.2
# Bigrams in more than this share of all items (both sides) say nothing
# about which item is which, and would make every pair a candidate.
COMMON_GRAM_SHARE = 0.25


def candidate_pairs(old: _Side, new: _Side) -> Iterator[tuple[int, int]]:
    """Pairs (old index, new index) that share enough rare bigrams to be worth scoring."""
    index: dict[str, list[int]] = {}
    for j, grams in enumerate(new.grams):
        for gram in grams:
            index.setdefault(gram, []).append(j)
    frequency = Counter(g for grams in old.grams for g in grams)
    limit = max(2, COMMON_GRAM_SHARE * (len(old.grams) + len(new.grams)))
    rare_new = [
        frozenset(g for g in grams if frequency[g] + len(index[g]) <= limit) for grams in new.grams
    ]
    for i, grams in enumerate(old.grams):
        rare = [g for g in grams if frequency[g] + len(index.get(g, ())) <= limit]
        shared = Counter(j for g in rare for j in index.get(g, ()))
        for j, count in sorted(shared.items()):
            smaller = min(len(rare), len(rare_new[j])) or 1
            if count / smaller >= MIN_SHARED:
                yield i, j


def _similarity(old: _Side, i: int, new: _Side, j: int) -> float:
    title = SequenceMatcher(None, old.titles[i], new.titles[j], autojunk=False).ratio()
    body = SequenceMatcher(None, old.bodies[i], new.bodies[j], autojunk=False)
    if body.real_quick_ratio() < MATCH_THRESHOLD and title < 0.8:
        return 0.0
    return TITLE_WEIGHT * title + (1 - TITLE_WEIGHT) * body.ratio()


def match_items(
    old: _Side, new: _Side, counter: Counter[str] | None = None
) -> dict[int, tuple[int, float]]:
    """Greedy best-first matching: old index → (new index, score).

    ``counter["scored"]`` counts the pairs scored, for tests that guard growth.
    """
    candidates = list(candidate_pairs(old, new))
    if counter is not None:
        counter["scored"] += len(candidates)
        counter["pairs"] += len(old.pairs) * len(new.pairs)
    scored = [
        (score, i, j)
        for i, j in candidates
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


def _changes(
    old: _Side, i: int, new: _Side, j: int, moved: bool, key: Callable[[str], str]
) -> list[Change]:
    old_item, new_item = old.pairs[i][1], new.pairs[j][1]
    changes: list[Change] = []
    if old.titles[i] != new.titles[j]:
        changes.append("title")
    if [key(d) for d in old_item.lead_departments] != [key(d) for d in new_item.lead_departments]:
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


def diff_notices(
    old_notice: Notice, new_notice: Notice, aliases: AliasTable | None = None
) -> DiffReport:
    """Compare two plans (any scripts) item by item.

    Args:
        old_notice: the earlier plan.
        new_notice: the later plan.
        aliases: names of one department (科普部, 科學技術普及部) compare
            equal through it; without it, only across scripts and widths.

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
        changes = _changes(old, i, new, j, moved, aliases.key if aliases else fold_name)
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
        departments=_department_deltas(old_notice, new_notice, aliases),
    )


def _department_deltas(
    old: Notice, new: Notice, aliases: AliasTable | None
) -> list[DepartmentDelta]:
    key = aliases.key if aliases is not None else fold_name
    names: dict[str, str] = {}
    written: dict[str, list[str]] = {}
    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    for notice, counter in ((old, before), (new, after)):
        for name, items in notice.lead_loads().items():
            k = key(name)
            # The new plan, read last, names it: in its script when the table knows it.
            names[k] = aliases.display(name, new.source.script) if aliases else name
            if name not in written.setdefault(k, []):
                written[k].append(name)
            counter[k] += len(items)
    return [
        DepartmentDelta(
            department=names[k],
            before=before[k],
            after=after[k],
            change=after[k] - before[k],
            written=written[k],
        )
        for k in names
    ]
