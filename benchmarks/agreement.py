"""Agreement between two readers: how far the corpus's annotations are settled.

    python benchmarks/agreement.py              # per-field agreement and the headlines
    python benchmarks/agreement.py --conflicts  # every value the two readings give differently

A sample of corpus notices (``corpus/second-reading/``) was annotated a second
time, by a reader who saw neither the first annotation nor castplan's output,
under the same conventions (``corpus/README.md``).  The figures say how much of
what the accuracy scorer asks is a matter of reading, not of parsing:

- *per field*: of the values both readings settle, how many are the same;
  and how many values one reading settles that the other leaves open;
- *the second reading scored as castplan is*: fully right when it gives
  every value the first reading settles (a value it leaves open counts as
  none), the way ``accuracy.py`` scores castplan;
- castplan scored against each reading, on the same notices.

Only training-split notices were read twice: the test split stays unread.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import accuracy

SECOND = accuracy.CORPUS / "second-reading"
FIELDS = ("title", "organization", "year", "issuer", "date", "doc_number")


@dataclass
class Agreement:
    """What two readings of one notice share and where they part."""

    id: str
    same: Counter[str] = field(default_factory=Counter)
    both: Counter[str] = field(default_factory=Counter)
    one_only: Counter[str] = field(default_factory=Counter)
    conflicts: list[str] = field(default_factory=list)

    def compare(self, name: str, first: Any, second: Any, *, settled: tuple[bool, bool]) -> None:
        if settled == (True, True):
            self.both[name] += 1
            if first == second:
                self.same[name] += 1
            else:
                self.conflicts.append(f"{name}: first {first!r}, second {second!r}")
        elif any(settled):
            self.one_only[name] += 1
            reader = "first" if settled[0] else "second"
            self.conflicts.append(f"{name}: only the {reader} reading settles it")


def second_readings() -> list[accuracy.Annotation]:
    found = []
    for path in sorted(SECOND.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        found.append(accuracy.Annotation(path.stem, accuracy.NOTICES / f"{path.stem}.txt", data))
    return found


def compare(first: accuracy.Annotation, second: accuracy.Annotation) -> Agreement:
    agreement = Agreement(first.id)
    one, two = first.expected, second.expected
    for name in FIELDS:
        a, b = accuracy.norm(one.get(name)), accuracy.norm(two.get(name))
        if name == "issuer":
            a, b = accuracy.joint(a), accuracy.joint(b)
        agreement.compare(name, a, b, settled=(name in one, name in two))
    sections = [_sections(one), _sections(two)]
    agreement.compare(
        "sections",
        sections[0],
        sections[1],
        settled=(bool(sections[0]), bool(sections[1])),
    )
    items = [dict(_items(one)), dict(_items(two))]
    for key in sorted(set(items[0]) | set(items[1]), key=str):
        a, b = items[0].get(key), items[1].get(key)
        agreement.compare("items", key, key, settled=(a is not None, b is not None))
        if a is None or b is None:
            continue
        for name in accuracy.ITEM_FIELDS:
            agreement.compare(
                f"item.{name}",
                accuracy.norm(a.get(name)),
                accuracy.norm(b.get(name)),
                settled=(name in a, name in b),
            )
    return agreement


def _sections(expected: dict[str, Any]) -> list[tuple[Any, Any]]:
    sections = expected.get("sections") or []
    return [(s.get("number"), accuracy.norm(s.get("title"))) for s in sections]


def _items(expected: dict[str, Any]) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    seen: Counter[tuple[Any, ...]] = Counter()
    for item in expected.get("items") or []:
        key = (item.get("section"), item.get("number"))
        seen[key] += 1  # numbers restart under each group: the n-th of a key
        yield (*key, seen[key]), item


def reading_as_parser(first: accuracy.Annotation, second: accuracy.Annotation) -> bool:
    """The second reading scored as castplan is: every value the first settles, given."""
    one, two = first.expected, second.expected
    for name in FIELDS:
        if name in one:
            a, b = accuracy.norm(one[name]), accuracy.norm(two.get(name))
            if name == "issuer":
                a, b = accuracy.joint(a), accuracy.joint(b)
            if a != b:
                return False
    if "sections" in one:
        wanted, given = _sections(one), _sections(two)
        if wanted != (given[: len(wanted)] if wanted else given):
            return False
    given_items = dict(_items(two))
    for key, item in _items(one):
        other = given_items.get(key)
        if other is None:
            return False
        if any(
            accuracy.norm(item[name]) != accuracy.norm(other.get(name))
            for name in accuracy.ITEM_FIELDS
            if name in item
        ):
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conflicts", action="store_true", help="List every difference.")
    args = parser.parse_args(argv)
    seconds = {a.id: a for a in second_readings()}
    firsts = {a.id: a for a in accuracy.load_annotations(seconds)}
    ids = sorted(set(seconds) & set(firsts))
    if set(ids) & accuracy.test_split():
        print("the second reading must not cover the test split", file=sys.stderr)
        return 2
    agreements = [compare(firsts[i], seconds[i]) for i in ids]
    same, both, one_only = Counter[str](), Counter[str](), Counter[str]()
    for agreement in agreements:
        same.update(agreement.same)
        both.update(agreement.both)
        one_only.update(agreement.one_only)
    print(f"{len(ids)} notices read twice\n")
    print("| field | same / both settle | settled by one reading only |")
    print("| --- | --- | --- |")
    for name in [*FIELDS, "sections", "items", *(f"item.{n}" for n in accuracy.ITEM_FIELDS)]:
        print(f"| {name} | {same[name]}/{both[name]} | {one_only[name]} |")
    agree = sum(not a.conflicts for a in agreements)
    no_clash = sum(all("only the" in c for c in a.conflicts) for a in agreements)
    print(f"\nreadings identical: {agree}/{len(ids)}")
    print(f"readings without a conflicting value (one may settle more): {no_clash}/{len(ids)}")
    second_right = sum(reading_as_parser(firsts[i], seconds[i]) for i in ids)
    first_right = sum(reading_as_parser(seconds[i], firsts[i]) for i in ids)
    print(f"second reading fully right against the first: {second_right}/{len(ids)}")
    print(f"first reading fully right against the second: {first_right}/{len(ids)}")
    by_first = sum(accuracy.score(firsts[i]).fully_right for i in ids)
    by_second = sum(accuracy.score(seconds[i]).fully_right for i in ids)
    print(f"castplan fully right against the first reading: {by_first}/{len(ids)}")
    print(f"castplan fully right against the second reading: {by_second}/{len(ids)}")
    if args.conflicts:
        for agreement in agreements:
            for conflict in agreement.conflicts:
                print(f"{agreement.id}: {conflict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
