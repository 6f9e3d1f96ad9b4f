"""A timeline over many years: items, programmes and documents from plan to plan.

Plans are put in year order and each consecutive pair is matched as ``diff``
matches two plans (same folding, same scores, same blocking), so the matches
chain: an item of the latest plan shows every earlier item it descends from
(year, number, title, lead), and an item whose chain stops before the latest
plan is *dropped*, with its last year.  Programmes (“…”) and documents (《…》)
are followed by name, folded across scripts and widths: the years that name
them, first and last, and the items that do.

Lead units go through the alias table, so a lead written 科普部 in 2020 and
科學技術普及部 in 2025 is one department and not a reassignment.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Literal

from pydantic import Field

from castplan.model import FrozenModel, Notice
from castplan.script import simplify_strings
from castplan.views.aliases import AliasTable, Script
from castplan.views.diff import _WIDTH, _Side, match_items

Status = Literal["current", "dropped"]


class PlanRef(FrozenModel):
    """One plan of the timeline."""

    year: int | None = Field(description="The year the plan is for.")
    title: str | None = Field(description="The plan's title.")
    source: str = Field(description="The input's path.")
    items: int = Field(description="How many items it has.")


class Appearance(FrozenModel):
    """An item as one year's plan writes it."""

    year: int | None = Field(description="The plan's year.")
    number: int = Field(description="The item's number in that plan.")
    title: str = Field(description="The item's title there.")
    lead_departments: list[str] = Field(description="Its lead units as written there.")
    leads: list[str] = Field(description="The same, by canonical name (alias table).")
    similarity: float | None = Field(
        description="Match score with the previous appearance (null for the first)."
    )


class ItemThread(FrozenModel):
    """One item followed through the years."""

    kind: Literal["item"] = Field(default="item", description="Always 'item'.")
    status: Status = Field(description="current: in the latest plan; dropped: not any more.")
    title: str = Field(description="Its title in the last plan that has it.")
    first_year: int | None = Field(description="The first year it appears.")
    last_year: int | None = Field(description="The last year it appears.")
    lead_changed: bool = Field(description="Whether its lead department changed over the years.")
    history: list[Appearance] = Field(description="Its appearances, oldest first.")


class Mention(FrozenModel):
    """An item that names a programme or document."""

    year: int | None = Field(description="The plan's year.")
    number: int = Field(description="The item's number.")
    title: str = Field(description="The item's title.")


class NameThread(FrozenModel):
    """A programme or document followed through the years."""

    kind: Literal["programme", "document"] = Field(description="Quoted name or 《》 title.")
    name: str = Field(description="The name as the latest plan naming it writes it.")
    first_year: int | None = Field(description="The first year a plan names it.")
    last_year: int | None = Field(description="The last year a plan names it.")
    years: list[int | None] = Field(description="Every year that names it, in order.")
    items: list[Mention] = Field(description="The items that name it, oldest first.")


class Timeline(FrozenModel):
    """Items, programmes and documents across a run of plans."""

    plans: list[PlanRef] = Field(description="The plans, in year order.")
    items: list[ItemThread] = Field(
        description="The latest plan's items in order, then dropped items, latest dropped first."
    )
    programmes: list[NameThread] = Field(description="Programmes (“…”), by first year.")
    documents: list[NameThread] = Field(description="Documents (《…》), by first year.")


def order_plans(notices: Sequence[Notice]) -> list[Notice]:
    """Plans by year (plans without a year last), then by path."""
    return sorted(notices, key=lambda n: (n.year is None, n.year or 0, n.source.path))


def build_timeline(
    notices: Sequence[Notice],
    aliases: AliasTable,
    *,
    script: Script = "simplified",
    counter: Counter[str] | None = None,
) -> Timeline:
    """Chain item matches across consecutive plans and follow named things.

    Args:
        notices: the plans, in any order (they are put in year order).
        aliases: the table that tells which lead names are one department.
        script: the script canonical department names are shown in.
        counter: when given, counts the item pairs scored (``scored``) and
            the pairs there are (``pairs``), so tests can guard the growth.
    """
    plans = order_plans(notices)
    sides = [_Side(n) for n in plans]
    # thread[k][i]: the thread of item i of plan k; threads hold (plan, item, score).
    threads: list[list[tuple[int, int, float | None]]] = []
    thread_of: list[list[int]] = []
    for k, side in enumerate(sides):
        previous = match_items(sides[k - 1], side, counter) if k else {}
        by_new = {j: (i, score) for i, (j, score) in previous.items()}
        current: list[int] = []
        for j in range(len(side.pairs)):
            if j in by_new:
                i, score = by_new[j]
                thread = thread_of[k - 1][i]
                threads[thread].append((k, j, round(score, 3)))
            else:
                thread = len(threads)
                threads.append([(k, j, None)])
            current.append(thread)
        thread_of.append(current)
    items = [_item_thread(plans, sides, chain, aliases, script) for chain in threads]
    latest = len(plans) - 1
    # The latest plan's items in its order; then dropped items, the most
    # recently dropped first, each year's in that plan's order.
    order = sorted(
        range(len(threads)),
        key=lambda t: (threads[t][-1][0] != latest, -threads[t][-1][0], threads[t][-1][1]),
    )
    return Timeline(
        plans=[
            PlanRef(year=n.year, title=n.title, source=n.source.path, items=len(s.pairs))
            for n, s in zip(plans, sides, strict=True)
        ],
        items=[items[t] for t in order],
        programmes=_name_threads(plans, "programme"),
        documents=_name_threads(plans, "document"),
    )


def _item_thread(
    plans: Sequence[Notice],
    sides: Sequence[_Side],
    chain: Sequence[tuple[int, int, float | None]],
    aliases: AliasTable,
    script: Script,
) -> ItemThread:
    history = []
    for k, j, score in chain:
        item = sides[k].pairs[j][1]
        history.append(
            Appearance(
                year=plans[k].year,
                number=item.number,
                title=item.title,
                lead_departments=item.lead_departments,
                leads=[aliases.display(d, script) for d in item.lead_departments],
                similarity=score,
            )
        )
    leads = {tuple(aliases.key(d) for d in a.lead_departments) for a in history}
    return ItemThread(
        status="current" if chain[-1][0] == len(plans) - 1 else "dropped",
        title=history[-1].title,
        first_year=history[0].year,
        last_year=history[-1].year,
        lead_changed=len(leads) > 1,
        history=history,
    )


def _name_threads(
    plans: Sequence[Notice], kind: Literal["programme", "document"]
) -> list[NameThread]:
    mentions: list[tuple[str, int | None, int, str]] = []
    for notice in plans:
        for item in notice.items():
            for name in item.programmes if kind == "programme" else item.documents:
                mentions.append((name, notice.year, item.number, item.title))
    if not mentions:
        return []
    folded = simplify_strings([m[0] for m in mentions])
    keys = [f.translate(_WIDTH).replace(" ", "") for f in folded]
    grouped: dict[str, list[tuple[str, int | None, int, str]]] = {}
    for key, mention in zip(keys, mentions, strict=True):
        grouped.setdefault(key, []).append(mention)
    threads = []
    for group in grouped.values():
        years = list(dict.fromkeys(m[1] for m in group))
        threads.append(
            NameThread(
                kind=kind,
                name=group[-1][0],
                first_year=years[0],
                last_year=years[-1],
                years=years,
                items=[Mention(year=y, number=n, title=t) for _, y, n, t in group],
            )
        )
    return threads


# --- output --------------------------------------------------------------------------


def timeline_records(timeline: Timeline) -> list[dict[str, object]]:
    """One JSON-ready record per item, programme and document (for JSON Lines)."""
    return [
        row.model_dump(mode="json")
        for row in [*timeline.items, *timeline.programmes, *timeline.documents]
    ]


def _step(appearance: Appearance) -> str:
    return f"{appearance.year} #{appearance.number}"


def timeline_rows(timeline: Timeline) -> list[dict[str, str]]:
    """Item rows for a table: status, latest number, title, lead, history."""
    rows = []
    for thread in timeline.items:
        last = thread.history[-1]
        lead = "、".join(last.leads) or "—"
        if thread.lead_changed:
            first = "、".join(thread.history[0].leads) or "—"
            lead = f"{first} → {lead}"
        history = " → ".join(_step(a) for a in thread.history)
        rows.append(
            {
                "status": thread.status
                if thread.status == "current"
                else f"dropped after {thread.last_year}",
                "number": str(last.number),
                "title": thread.title,
                "lead": lead,
                "history": history,
            }
        )
    return rows


def name_rows(threads: Sequence[NameThread]) -> list[dict[str, str]]:
    """Programme or document rows for a table: name, first and last year, items."""
    return [
        {
            "name": t.name,
            "first": str(t.first_year),
            "last": str(t.last_year),
            "items": "、".join(f"{m.year} #{m.number}" for m in t.items),
        }
        for t in threads
    ]
