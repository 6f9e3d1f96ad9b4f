"""Named things in an item: programmes in “…” and documents in 《…》.

“…” marks the names of programmes, platforms, campaigns and the fixed terms
of policy language alike (“科創中國”, “中國科協之聲”, “雙一流”, “四風”): all
are kept, since telling a campaign from a slogan needs a human.  Five-year
periods (“十四五”, “十五五”) are left out: they date a plan, they are not a
programme.  《…》 holds titles of laws, plans, reports and journals.
"""

from __future__ import annotations

import regex as re

# “科創中國” and straight-quoted "科普中国" from saved web pages.
QUOTED_RE = re.compile(r"“(?P<name>[^“”\n]{1,40})”|\"(?P<plain>[^\"\n]{1,40})\"")
# 《中华人民共和国科学技术普及法》, with 〈…〉 kept inside the name.
BOOK_RE = re.compile(r"《(?P<name>[^《》\n]{1,80})》")
# A five-year plan period: 十四五, 十五五.
PERIOD_RE = re.compile(r"^[一二三四五六七八九十]{1,3}五$")


def find_programmes(text: str) -> list[str]:
    """Quoted names in order of first mention, periods left out."""
    names = (m["name"] or m["plain"] for m in QUOTED_RE.finditer(text))
    return list(dict.fromkeys(n.strip() for n in names if n.strip() and not PERIOD_RE.match(n)))


def find_documents(text: str) -> list[str]:
    """Titles in 《…》 in order of first mention."""
    return list(
        dict.fromkeys(m["name"].strip() for m in BOOK_RE.finditer(text) if m["name"].strip())
    )
