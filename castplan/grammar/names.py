"""Named things in an item: programmes in “…” and documents in 《…》.

“…” marks the names of programmes, platforms, campaigns and the fixed terms
of policy language alike (“科創中國”, “中國科協之聲”, “雙一流”, “四風”): all
are kept, since telling a campaign from a slogan needs a human.  Five-year
periods (“十四五”, “十五五”) are left out: they date a plan, they are not a
programme.  《…》 holds titles of laws, plans, reports and journals.
"""

from __future__ import annotations

from castplan.grammar import patterns as P


def find_programmes(text: str) -> list[str]:
    """Quoted names in order of first mention, periods left out."""
    names = (m["name"] or m["plain"] for m in P.QUOTED_NAME_RE.finditer(text))
    kept = (n.strip() for n in names if not P.FIVE_YEAR_PERIOD_RE.match(n))
    return list(dict.fromkeys(n for n in kept if n))


def find_documents(text: str) -> list[str]:
    """Titles in 《…》 in order of first mention."""
    return list(
        dict.fromkeys(m["name"].strip() for m in P.BOOK_NAME_RE.finditer(text) if m["name"].strip())
    )
