"""Year-over-year diff: which items were added, removed, changed or moved.

Items are matched by what they say, not by number (numbers shift when one
item is added).  Both plans are folded to one script and one punctuation
width first, so a traditional 2025 plan compares with a simplified 2024 one.
Similarity is the Indel ratio (rapidfuzz; difflib's ratio over the longest
common subsequence) over title (35 %) and body (65 %); pairs are taken
greedily, best first, down to ``MATCH_THRESHOLD``.

Comparing every old item with every new one grows with the square of the
plans' size (two 320-item plans took 56 s).  Instead, identical items pair
first, and each remaining new item is compared only with a few candidates:
the old items whose folded title is the same, and those sharing the most
character pairs (bigrams) of title or body that are rare in the old plan.
Both steps touch each item a bounded number of times, so the diff is linear,
which ``castplan timeline`` relies on over many years.  Departments compare
through the alias table when one is given (科普部 and 科學技術普及部 are one).

A matched pair is *changed* when its title, lead units or targets differ,
*moved* when it sits in a section other than its old section's counterpart
(the new section most of that section's items went to), and *unchanged*
otherwise; a pair whose body alone was reworded is unchanged with ``text``
in its ``changes``.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Literal

from pydantic import Field
from rapidfuzz.distance import Indel

from castplan.model import FrozenModel, Item, Notice, Section
from castplan.script import fold_characters, fold_name, to_simplified
from castplan.views.rows import item_refs

if TYPE_CHECKING:
    from castplan.views.aliases import AliasTable

MATCH_THRESHOLD = 0.45
TITLE_WEIGHT = 0.35
#: Candidates per new item from each of title and body bigrams.
CANDIDATES = 8
# A bigram in more old items than this is too common to pick candidates by
# ("加强", "工作"); it still counts in the similarity itself.
_COMMON_BIGRAM = 24
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
    ref: str = Field(
        default="",
        description="Its unambiguous reference: the number, or section.number (3.1) when "
        "that plan restarts numbering in each section.",
    )


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


def _fold(text: str) -> str:
    """One script (character by character), one punctuation width, no spaces."""
    return fold_characters(text).translate(_WIDTH).replace(" ", "")


def _fold_phrases(text: str) -> str:
    """The exact fold: OpenCC's phrase conversion, for the pairs where characters differ."""
    return to_simplified(text).translate(_WIDTH).replace(" ", "")


class _Side:
    """One plan's items with their folded text, ready to compare.

    Texts are folded character by character, which is fast; whether a
    matched pair's title or body really differs is then decided with the
    phrase converter, for the few pairs whose characters differ.
    """

    def __init__(self, notice: Notice) -> None:
        self.pairs: list[tuple[Section, Item]] = [(s, i) for s in notice.sections for i in s.items]
        self.refs = item_refs(notice)
        self.raw_titles = [item.title for _, item in self.pairs]
        self.raw_bodies = ["".join(m.text for m in item.measures) for _, item in self.pairs]
        self.titles = [_fold(t) for t in self.raw_titles]
        self.bodies = [_fold(b) for b in self.raw_bodies]


def _differs(old_folded: str, new_folded: str, old_raw: str, new_raw: str) -> bool:
    if old_folded == new_folded:
        return False
    return _fold_phrases(old_raw) != _fold_phrases(new_raw)


def _similarity(old: _Side, i: int, new: _Side, j: int) -> float:
    title = Indel.normalized_similarity(old.titles[i], new.titles[j])
    # A body too different in length cannot reach the threshold: skip the work.
    lengths = len(old.bodies[i]) + len(new.bodies[j])
    best_body = 2 * min(len(old.bodies[i]), len(new.bodies[j])) / lengths if lengths else 1.0
    if best_body < MATCH_THRESHOLD and title < 0.8:
        return 0.0
    body = Indel.normalized_similarity(old.bodies[i], new.bodies[j])
    return TITLE_WEIGHT * title + (1 - TITLE_WEIGHT) * body


def _bigrams(text: str) -> set[str]:
    return {text[k : k + 2] for k in range(len(text) - 1)}


class _Blocks:
    """Unmatched old items indexed by folded title and by bigram, to find candidates fast."""

    def __init__(self, old: _Side, unmatched: Iterable[int]) -> None:
        self.by_title: dict[str, list[int]] = defaultdict(list)
        self.by_bigram: dict[str, list[int]] = defaultdict(list)
        for i in unmatched:
            self.by_title[old.titles[i]].append(i)
            for gram in _bigrams(old.titles[i]) | _bigrams(old.bodies[i]):
                self.by_bigram[gram].append(i)

    def candidates(self, title: str, body: str, near: float) -> list[int]:
        """Old items worth comparing with a new item of this title and body.

        ``near`` is where the item would sit in the old plan; among equally
        good candidates (a title repeated in many sections) the nearest win.
        """
        same = self.by_title.get(title, [])  # ascending: a window around ``near``
        at = bisect.bisect_left(same, near)
        window = same[max(0, at - CANDIDATES) : at + CANDIDATES]
        found = sorted(window, key=lambda i: abs(i - near))[:CANDIDATES]
        for grams in (_bigrams(title), _bigrams(body)):
            shared: Counter[int] = Counter()
            for gram in grams:
                posting = self.by_bigram.get(gram, ())
                if len(posting) <= _COMMON_BIGRAM:
                    shared.update(posting)
            best = sorted(shared.items(), key=lambda kv: (-kv[1], abs(kv[0] - near)))
            found += [i for i, _ in best[:CANDIDATES]]
        return list(dict.fromkeys(found))


def _identical_pairs(old: _Side, new: _Side) -> dict[int, int]:
    """Items whose folded title and body are the same, paired in order."""
    waiting: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in reversed(range(len(old.pairs))):
        waiting[(old.titles[i], old.bodies[i])].append(i)
    pairs: dict[int, int] = {}
    for j in range(len(new.pairs)):
        same = waiting.get((new.titles[j], new.bodies[j]))
        if same:
            pairs[same.pop()] = j
    return pairs


def _greedy(scored: Iterable[tuple[float, int, int]]) -> dict[int, tuple[int, float]]:
    matched: dict[int, tuple[int, float]] = {}
    taken: set[int] = set()
    for score, i, j in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if i not in matched and j not in taken:
            matched[i] = (j, score)
            taken.add(j)
    return matched


def match_items(
    old: _Side, new: _Side, counter: Counter[str] | None = None
) -> dict[int, tuple[int, float]]:
    """Greedy best-first matching: old index → (new index, score).

    Identical items pair first; every other new item is scored against its
    candidates only (``_Blocks``), so the work grows with the plans' size.
    ``counter["scored"]`` counts the pairs scored and ``counter["pairs"]`` all
    pairs, for tests that guard growth.
    """
    identical = _identical_pairs(old, new)
    matched = {i: (j, 1.0) for i, j in identical.items()}
    paired_new = set(identical.values())
    blocks = _Blocks(old, (i for i in range(len(old.pairs)) if i not in matched))
    scale = len(old.pairs) / max(len(new.pairs), 1)
    candidates = [
        (i, j)
        for j in range(len(new.pairs))
        if j not in paired_new
        for i in blocks.candidates(new.titles[j], new.bodies[j], j * scale)
    ]
    if counter is not None:
        counter["scored"] += len(candidates)
        counter["pairs"] += len(old.pairs) * len(new.pairs)
    scored = [
        (score, i, j)
        for i, j in candidates
        if (score := _similarity(old, i, new, j)) >= MATCH_THRESHOLD
    ]
    matched.update(_greedy(scored))
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


def _ref(side: _Side, index: int) -> ItemRef:
    section, item = side.pairs[index]
    return ItemRef(
        section=section.number,
        section_title=section.title,
        number=item.number,
        title=item.title,
        lead_departments=item.lead_departments,
        targets=[t.text for m in item.measures for t in m.targets],
        ref=side.refs[id(item)],
    )


def _target_key(item: Item) -> list[tuple[object, ...]]:
    return [(t.value, fold_name(t.unit), t.interval) for m in item.measures for t in m.targets]


def _changes(
    old: _Side, i: int, new: _Side, j: int, moved: bool, key: Callable[[str], str]
) -> list[Change]:
    old_item, new_item = old.pairs[i][1], new.pairs[j][1]
    changes: list[Change] = []
    if _differs(old.titles[i], new.titles[j], old.raw_titles[i], new.raw_titles[j]):
        changes.append("title")
    if [key(d) for d in old_item.lead_departments] != [key(d) for d in new_item.lead_departments]:
        changes.append("lead_departments")
    if _target_key(old_item) != _target_key(new_item):
        changes.append("targets")
    if _differs(old.bodies[i], new.bodies[j], old.raw_bodies[i], new.raw_bodies[j]):
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
    for j, (section, _) in enumerate(new.pairs):
        if j not in by_new:
            entries.append(
                ItemChange(status="added", changes=[], similarity=None, old=None, new=_ref(new, j))
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
                old=_ref(old, i),
                new=_ref(new, j),
            )
        )
    for i in range(len(old.pairs)):
        if i not in matched:
            entries.append(
                ItemChange(
                    status="removed", changes=[], similarity=None, old=_ref(old, i), new=None
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
