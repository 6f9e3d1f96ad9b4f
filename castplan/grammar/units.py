"""Lead and supporting units: the tag that ends an item.

Accepted forms (either width, either script)::

    (牽頭部門:宣傳文化部)                      labelled, one unit
    （牵头部门：X、Y）                           labelled, several units
    (牵头部门:X;配合部门:Y)                    lead and supporting
    (X、Y负责)  (财政部、中央宣传部等部门负责)  State Council style, no label
    (A、B牵头,C按职责分工负责)                lead A, B; supporting C
    (A、B负责,列第一位的为牵头单位)           lead A, supporting B (the tag's rule)
    牵头单位:区发改局                          on a line of its own
    责任单位:立山经济开发区,各街道、区直各部门    on a line of its own

Only a parenthesis that ends the item is a tag: ``(2026—2030年)`` in the
middle of an item is text.  ``责任单位``/``负责`` name the lead units unless a
``牵头`` clause in the same item names them, in which case they support.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field

import regex as re

from castplan.grammar import patterns as P
from castplan.grammar.places import is_place_name, is_short_place_name

# A unit's name is short; a long "name" means the parenthesis is prose.
MAX_UNIT_NAME = 30


@dataclass
class Units:
    """Units named by one or more tags of an item."""

    lead: list[str] = field(default_factory=list)
    supporting: list[str] = field(default_factory=list)
    # Units from 负责/责任单位 clauses, whose role depends on whether a 牵头 clause exists.
    responsible: list[str] = field(default_factory=list)
    # The completion deadline (完成时限) a tag or a line under the item gives.
    deadline: str | None = None
    # The tag's own rule "列第一位的为牵头单位": the first 负责 unit leads.
    first_leads: bool = False
    # ... and "下同": the rule holds for the items below too.
    first_leads_below: bool = False
    # The supporting and 负责 units in the order the tags name them: beside a 牵头
    # clause both support, in that order ("牵头单位:A,责任单位:B,配合单位:C").
    others: list[str] = field(default_factory=list)
    # The names a tag marks with a star ("☆經信局、科技局"), and the rule that says the
    # starred ones lead ("標☆的為牽頭單位"), perhaps for the items below ("下同").
    starred: list[str] = field(default_factory=list)
    star_rule: bool = False
    star_rule_below: bool = False

    def __post_init__(self) -> None:
        if not self.others:
            self.others = [*self.supporting, *self.responsible]

    def add(self, role: str, names: list[str]) -> None:
        """Add names in a role: "lead", "supporting" or "responsible"."""
        getattr(self, role).extend(names)
        if role != "lead":
            self.others.extend(names)

    def copy(self) -> Units:
        """A copy whose lists can grow without changing these."""
        return Units(
            list(self.lead),
            list(self.supporting),
            list(self.responsible),
            self.deadline,
            self.first_leads,
            self.first_leads_below,
            list(self.others),
            list(self.starred),
            self.star_rule,
            self.star_rule_below,
        )

    def merge(self, other: Units) -> None:
        """Add another tag's units to these (a tag with its own rule, resolved by it)."""
        self.first_leads_below = self.first_leads_below or other.first_leads_below
        self.star_rule = self.star_rule or other.star_rule
        self.star_rule_below = self.star_rule_below or other.star_rule_below
        self.starred.extend(other.starred)
        if other.first_leads and not other.lead and other.responsible:
            other = other.with_first_leading()
        self.lead.extend(other.lead)
        self.supporting.extend(other.supporting)
        self.responsible.extend(other.responsible)
        self.others.extend(other.others)
        self.deadline = self.deadline or other.deadline

    def with_first_leading(self) -> Units:
        """These units with the first 负责 unit as the lead and the rest supporting."""
        first, *rest = self.responsible
        return Units([first], [*rest, *self.supporting], [], self.deadline)

    def resolve(
        self, *, first_leads: bool = False, star_leads: bool = False
    ) -> tuple[list[str], list[str]]:
        """Return (lead, supporting), placing the 负责 units by the rule above.

        Args:
            first_leads: a rule stated earlier in the plan ("列第一位的为牵头单位，下同")
                makes the first 负责 unit the lead.
            star_leads: a rule stated earlier ("标☆的为牵头单位，下同") makes the
                starred units lead.
        """
        if (star_leads or self.star_rule) and self.starred and not self.lead:
            named = _unique([*self.responsible, *self.supporting])
            lead = [name for name in named if name in self.starred]
            if lead:
                return lead, [name for name in named if name not in self.starred]
        if self.lead:
            # (in the order named; a name added to a list directly still counts)
            named = [*self.supporting, *self.responsible]
            return _unique(self.lead), _unique([*self.others, *named])
        if (first_leads or self.first_leads) and self.responsible:
            return self.with_first_leading().resolve()
        return _unique(self.responsible), _unique(self.supporting)


@dataclass
class TagRules:
    """Rules a plan states once for the items below ("列第一位的为牵头单位，下同"), or
    its table's header does: the role of each unit column, in order ("lead",
    "supporting"), where a table flattened one cell a line has two
    (``牵头单位`` / ``责任单位``)."""

    first_leads: bool = False
    star_leads: bool = False
    cell_roles: tuple[str, ...] = ()


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


UNIT_MARKS = "★☆*\uff0a"  # (the full-width asterisk too)


def split_unit_names(text: str) -> list[str] | None:
    """Split "X、Y等部门" into ["X", "Y"]; None when a piece cannot be a unit name.

    A bracket inside a name is part of it: "各区（县、市）人民政府（管委会）" is one unit.
    """
    names = []
    pieces = [
        glued
        for piece in _split_outside_brackets(text)
        for part in _split_at_spaces(piece)
        for glued in _split_glued(part)
    ]
    for piece in _rejoin_collectives(pieces):
        name = P.UNIT_TAIL_RE.sub("", P.UNIT_ROLE_TAIL_RE.sub("", piece.strip())).strip()
        # (a table marks a unit with a star, "★区发改委、统计局" or "市科技局*", with no
        # legend saying what it means: the mark is no part of the name)
        name = name.strip(UNIT_MARKS)
        if not name:
            continue
        if (
            len(name) > MAX_UNIT_NAME
            or any(ch in name for ch in "。；;:：《》“”")
            or _unbalanced(name)
        ):
            return None
        names.append(name)
    return names


def office_names(text: str) -> list[str] | None:
    """The names ``text`` lists, where each is an office's name ("市发改委、各县市区");
    None for any other text ("加强协调", "分管副市长")."""
    names = split_unit_names(text)
    if names and all(P.UNIT_NAME_END_RE.search(n) for n in names):
        return names
    return None


def _split_at_spaces(piece: str) -> list[str]:
    """ "市科技局 市财政局": names a space sets apart, where each ends like an office;
    any other piece as it is ("江城市科学 技术协会" is a name a wrap broke)."""
    parts = piece.split()
    if len(parts) < 2 or not all(  # (one name is no list)
        len(part) >= MIN_SPACED_NAME and P.UNIT_NAME_END_RE.search(part) for part in parts
    ):
        return [piece]
    return parts


def _split_glued(piece: str) -> list[str]:
    """Names a copy ran together without their 、, where each ends like an office:
    "镇城建办镇农技站" → 镇城建办, 镇农技站; "省政务办等各有关部门和单位" → 省政务办,
    各有关部门和单位.  Any other piece as it is ("县委宣传部", "市政府办公室")."""
    cut = P.ETC_BEFORE_COLLECTIVE_RE.search(piece)
    if cut is not None:
        return [piece[: cut.start()], piece[cut.end() :]]
    parts = P.GLUED_NAMES_RE.split(piece.strip())
    if len(parts) < 2 or not all(
        len(part) >= MIN_SPACED_NAME and P.UNIT_NAME_END_RE.search(part) for part in parts
    ):
        return [piece]
    return parts


# A name set apart by spaces in a list is at least this long ("市财政局").
MIN_SPACED_NAME = 3


def _rejoin_collectives(pieces: list[str]) -> list[str]:
    """ "各县、市、区政府" names one collective: a one-character piece is no unit, and
    neither is a bare "单位" after a collective ("市直有关部门、单位")."""
    pieces = _places_sharing_a_government(pieces)
    joined: list[str] = []
    glue = levels = False
    for piece in pieces:
        short = len(piece.strip()) == 1
        noted = bool(joined) and P.EACH_PLACE_NOTED_RE.fullmatch(joined[-1].strip()) is not None
        level = levels and P.LEVEL_OF_PLACE_RE.fullmatch(piece.strip()) is not None
        if joined and (
            short
            or level
            or (glue and not piece.strip().startswith("各"))
            or piece.strip() in _GENERIC_UNITS
            or (noted and P.NEXT_LEVEL_GOVERNMENT_RE.fullmatch(piece.strip()) is not None)
        ):
            joined[-1] += "、" + piece.strip()
        else:
            joined.append(piece)
        # ("各县、区人民政府": "各县" is no unit either, only the start of the collective)
        glue = short or bool(P.EACH_PLACE_RE.fullmatch(piece.strip()))
        # ("各乡镇、街道、园区": each bare level after the first goes on with it)
        levels = level or P.EACH_LEVEL_RE.fullmatch(piece.strip()) is not None
    return joined


def _places_sharing_a_government(pieces: list[str]) -> list[str]:
    """ "哈尔滨、黑河、绥芬河市政府": places named bare before the last one's government
    share it, one collective (a bare place is no unit of its own)."""
    out: list[str] = []
    run: list[str] = []
    for piece in pieces:
        name = piece.strip()
        # (a short name may end as an office's does: "广州、深圳、东莞市政府")
        bare = not P.UNIT_NAME_END_RE.search(name) or is_short_place_name(name)
        if P.BARE_PLACE_RE.fullmatch(name) and bare:
            run.append(name)
            continue
        # (the last one may close the list, and a wrap may break it: "长沙、株洲、湘潭市
        # 人民 政府等按职责分工负责")
        if run and P.PLACE_GOVERNMENT_RE.fullmatch("".join(P.UNIT_TAIL_RE.sub("", name).split())):
            out.append("、".join([*run, name]))
        else:
            out.extend([*run, piece])
        run = []
    return out + run


# Words that name no unit of their own, only more of the collective before them.
_GENERIC_UNITS = frozenset({"单位", "單位", "部门", "部門", "机构", "機構", "企业", "企業"})


def _split_outside_brackets(text: str) -> list[str]:
    # Mask bracketed text so the separators inside it do not split.
    masked, depth = [], 0
    for ch in text:
        depth += ch in "(（"
        masked.append("□" if depth and ch not in "(（)）" else ch)
        depth -= ch in ")）" and depth > 0
    cuts = [(m.start(), m.end()) for m in P.UNIT_NAME_SPLIT_RE.finditer("".join(masked))]
    bounds = [0, *(b for cut in cuts for b in cut), len(text)]
    return [text[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]


def _unbalanced(name: str) -> bool:
    return sum(name.count(c) for c in "(（") != sum(name.count(c) for c in ")）")


def parse_unit_tag(content: str) -> Units | None:
    """Read the inside of a tag; None when it is not a unit tag.

    Args:
        content: the text between the parentheses, e.g. ``牽頭部門:宣傳文化部``.

    Returns:
        The units, or None for an ordinary parenthetical such as ``2026—2030年``.
    """
    if len(content) > MAX_CACHED_TAG:
        return _read_unit_tag(content)
    units = _cached_unit_tag(content)
    # A copy: the item builder merges further tags into what it is given.
    return None if units is None else units.copy()


# Each item's tag is read twice, when the body's lines are sorted into items
# and when the item is built; the second reading is a look-up.  Tags repeat
# across a plan's items, so the cache holds a plan's worth; a long
# parenthetical is prose, not a tag, and is not kept.
MAX_CACHED_TAG = 200


@functools.lru_cache(maxsize=4096)
def _cached_unit_tag(content: str) -> Units | None:
    return _read_unit_tag(content)


def _read_unit_tag(content: str) -> Units | None:
    """A tag whose names hold tortoise-shell brackets for round ones ("各县〔市、区〕
    政府〔管委会〕", as a page nests brackets in a tag) is read as with round ones,
    its names given back as written."""
    if "〔" not in content or any(ch in content for ch in P.OPEN + P.CLOSE):
        return _read_tag(content)
    units = _read_tag(content.translate(_AS_ROUND))
    if units is None:
        return None
    return dataclasses.replace(
        units,
        lead=_names_as_written(units.lead),
        supporting=_names_as_written(units.supporting),
        responsible=_names_as_written(units.responsible),
        others=_names_as_written(units.others),
        starred=_names_as_written(units.starred),
    )


_AS_ROUND = str.maketrans("〔〕", "()")
_AS_WRITTEN = str.maketrans("()", "〔〕")


def _names_as_written(names: list[str]) -> list[str]:
    return [name.translate(_AS_WRITTEN) for name in names]


def _read_tag(content: str) -> Units | None:
    units = Units()
    starred = P.STAR_LEADS_RE.search(content)
    if starred:
        units.star_rule = True
        units.star_rule_below = starred["below"] is not None
        content = content[: starred.start()] + content[starred.end() :]
    units.starred = [name.strip() for name in P.STARRED_NAME_RE.findall(content)]
    rule = P.FIRST_LEADS_RE.search(content)
    if rule:
        # The rule names no unit: read the tag without it.
        units.first_leads = True
        units.first_leads_below = rule["below"] is not None
        # (with the brackets it stood in: "…管委会)(列第一位的为牵头单位,下同)")
        content = P.EMPTY_BRACKETS_RE.sub(
            "", content[: rule.start()] + content[rule.end() :]
        ).strip(" 。；;,，")
    content = _without_note(content)
    time = ahead = None
    opening = P.OPENING_DEADLINE_RE.match(content)
    if opening and P.TAG_DEADLINE_RE.match(opening["deadline"]):
        ahead, content = opening["deadline"], content[opening.end() :]
    clauses = [clause.strip() for clause in P.UNIT_CLAUSE_SPLIT_RE.split(content)]
    # (a tag that names the person in charge names the units beside them alone:
    # "(市发改委 责任人:张三)")
    names_a_person = any(
        (other := P.OTHER_LABEL_RE.match(clause)) is not None and not other["deadline"]
        for clause in clauses
    )
    for index, clause in enumerate(clauses):
        if not clause:
            continue
        other = P.OTHER_LABEL_RE.match(clause)
        if other:
            # "完成时限：2025年底" and "责任领导：…" sit in tags too; they name no unit.
            if other["deadline"] and other["value"]:
                units.deadline = units.deadline or other["value"]
            continue
        timed = P.TAG_TIME_RE.match(clause)
        if timed:
            time = time or timed["value"]
            continue
        if (units.lead or units.responsible) and P.TAG_DEADLINE_RE.match(clause):
            units.deadline = units.deadline or clause  # "…负责；2025年6月底前完成"
            continue
        if index < len(clauses) - 1 and P.TAG_DEADLINE_RE.match(clause):
            ahead = ahead or clause  # (before the units: "持续推进；市财政局牵头")
            continue
        if (units.lead or units.responsible) and P.TAG_NOTE_CLAUSE_RE.search(clause):
            continue  # "…分工负责;以下各项工作均需各县区具体落实,不再注明"
        found = _read_clause(clause)
        if found is None and (units.first_leads or names_a_person):
            # Names alone under a first-leads rule: "(省经信委、省发改委(省能源局)。列第
            # 一位者为牵头部门,下同)" — the rule makes the bracket a tag, as a person's
            # label beside them does.
            found = _names_alone(clause)
        if found is None:
            return None
        units.merge(found)
    if time and (units.lead or units.supporting or units.responsible):
        units.deadline = units.deadline or time  # "牵头单位:市科技局,时间:2025年6月"
    if ahead and (units.lead or units.supporting or units.responsible):
        units.deadline = units.deadline or ahead
    if not (units.lead or units.supporting or units.responsible or units.deadline):
        return None
    return _led_as_marked(units)


def led_as_marked(lead: list[str], supporting: list[str]) -> tuple[list[str], list[str]]:
    """A table's unit cells, where a name marked "(牵头)" leads: "市科技局(牵头)、
    市财政局" → (["市科技局"], ["市财政局", …supporting])."""
    units = _led_as_marked(Units(responsible=lead, supporting=supporting))
    return [*units.lead, *units.responsible], units.supporting


def _led_as_marked(units: Units) -> Units:
    """A name marked "(牵头)" in a list leads it: "市发改委(牵头)、市财政局"; the rest support."""
    names = [*units.lead, *units.responsible]
    marked = [name for name in names if P.MARKED_LEAD_RE.search(name)]
    if not marked:
        return units
    lead = [P.MARKED_LEAD_RE.sub("", name) for name in marked]
    others = [name for name in names if name not in marked]
    return Units(
        lead,
        [*others, *units.supporting],
        [],
        units.deadline,
        first_leads_below=units.first_leads_below,
        starred=units.starred,
        star_rule=units.star_rule,
        star_rule_below=units.star_rule_below,
    )


def _without_note(content: str) -> str:
    """A tag's units end at its first 。; a note may follow ("…负责。具体任务均涉及…"),
    also after a comma where it says how the tags below read ("市人社局,此项及以下任务
    均需各县(市、区)落实,不再列出")."""
    head, mark, rest = content.partition("。")
    if mark and head.strip() and P.TAG_DEADLINE_RE.match(rest.strip(" 。")):
        # (but a deadline after the units' sentence is the tag's, as the State Council's
        # divisions of work write it: "县编办负责。2015年12月底前完成")
        return f"{head}；{rest.strip(' 。')}"
    head = head if mark and head.strip() else content
    note = P.COMMA_NOTE_RE.search(head)
    return head[: note.start()] if note and head[: note.start()].strip() else head


def _read_clause(clause: str) -> Units | None:
    division = P.DIVISION_LABEL_RE.match(clause)
    if division:  # "部门分工:省发展改革委牵头,各地、各部门配合"; the label vouches for the names
        return _read_role_clauses(division["clauses"], labelled=True)
    labelled = P.UNIT_LABEL_RE.match(clause)
    return _read_labelled(labelled) if labelled else _read_role_clauses(clause)


def _read_labelled(match: re.Match[str]) -> Units | None:
    if not (match["lead"] or match["support"]):
        # "责任单位:A、B牵头,C、D": the label's list says who leads; the rest support
        # (also after a 、: "经济投资局和航空口岸局分别牵头、区发改局").
        listed = P.LEAD_BEFORE_LIST_RE.sub(r"\g<lead>,", match["names"])
        roles = _read_role_clauses(listed, labelled=True, rest_support=True)
        if roles is not None and roles.lead:
            return roles
    names = split_unit_names(match["names"])
    if not names:
        return None
    if match["lead"]:
        return Units(lead=names)
    if match["support"]:
        return Units(supporting=names)
    return Units(responsible=names)


def _read_role_clauses(
    clause: str, *, labelled: bool = False, rest_support: bool = False
) -> Units | None:
    """Read "A、B牵头,C按职责分工负责": comma-separated runs, each ending in a role.

    With ``rest_support``, names left after the lead without a role word support it.
    """
    units = Units()
    pending: list[str] = []
    # (roles run together with no comma: "县司法局牵头各行政机关负责"; or a 、 after
    # the lead's role: "區水務局牽頭、各街辦配合")
    clause = P.GLUED_LEAD_RE.sub(r"\g<0>,", P.LEAD_BEFORE_LIST_RE.sub(r"\g<lead>,", clause))
    for piece in split_commas(clause):
        match = P.UNIT_ROLE_RE.match(piece)
        if not match:
            if not pending and (units.lead or units.responsible) and P.TAG_DEADLINE_RE.match(piece):
                units.deadline = units.deadline or piece  # "国务院各部门分别负责,年内持续推进"
                continue
            pending.append(piece)
            continue
        listed = "、".join([*pending, match["names"]])
        pending = []
        together = P.TOGETHER_WITH_RE.search(listed)
        if together and not match["support"]:
            # "A会同B负责": A leads, working together with B.
            first = split_unit_names(listed[: together.start()])
            rest = split_unit_names(listed[together.end() :])
            if not (first and rest):
                return None
            units.add("lead", first)
            units.add("supporting", rest)
            continue
        names = split_unit_names(listed)
        if names and all(P.LEADER_NAME_RE.search(n) for n in names):
            continue  # "分管副省长、协管副秘书长负责": people, not units
        # Without a label word only the names themselves say this is a tag.
        if not names or not (labelled or all(P.UNIT_NAME_END_RE.search(n) for n in names)):
            return None
        if match["lead"]:
            units.add("lead", names)
        elif match["support"]:
            units.add("supporting", names)
        else:
            units.add("responsible", names)
    if pending and units.lead:
        # Names left after the lead support it: under a label, or where each is an
        # office's name ("市发改委牵头,市财政局、市自然资源局").
        names = split_unit_names("、".join(pending))
        if names and (rest_support or all(P.UNIT_NAME_END_RE.search(n) for n in names)):
            units.add("supporting", names)
            pending = []
    # Names left without a role word mean the parenthesis is not a tag.
    return None if pending else units


def split_commas(text: str) -> list[str]:
    """Split on ASCII and full-width commas, dropping empty pieces."""
    return [p.strip() for p in text.replace("，", ",").split(",") if p.strip()]


def find_inline_roles(text: str) -> Units | None:
    """Lead and supporting units named in a sentence: "市发改委牵头,相关部门配合,…"."""
    match = P.INLINE_ROLES_RE.search(text)
    # (one in charge leads only where others are named after it: "X负责," alone is
    # the sentence's own business)
    if not match or (match["charge"] and not match["support"]):
        return None
    lead = office_names(match["lead"])
    if not lead:
        return None
    # (a share of the work is taken on by offices: "全市上下共同负责" is prose)
    named = office_names if match["share"] else split_unit_names
    support = named(match["support"]) if match["support"] else None
    return Units(lead=lead, supporting=support or [])


def find_closing_responsible(text: str) -> Units | None:
    """The units a closing sentence names: "…。由省人大常委会法制工作委员会负责做好相关工作。"."""
    match = P.CLOSING_RESPONSIBLE_RE.search(text)
    if match is None:
        # (with no 由, the sentence is the offices' names alone: nothing else may stand
        # before the role, "各单位要切实负责" being prose)
        alone = P.CLOSING_NAMED_RE.search(text)
        if alone is None:
            return None
        # (the lead may close its name with its role and a 、: "X牵头、Y、Z负责。")
        if P.LEAD_BEFORE_LIST_RE.search(alone["names"]):
            roles = parse_unit_tag(alone.group().strip(" 。；;"))
            if roles is not None and roles.lead:
                return roles
        return _names_alone(alone["names"])
    # ("由A会同B组织落实": A leads, working together with B)
    named = match["names"]
    together = P.TOGETHER_WITH_RE.search(named)
    names = office_names(named[: together.start()] if together else named)
    if not names:
        return None
    supporting = (split_unit_names(named[together.end() :]) if together else None) or []
    # (and those who help, after the lead's role: "…负责,省监察厅配合")
    if match["support"]:
        supporting = [*supporting, *(split_unit_names(match["support"]) or [])]
    return Units(lead=names, supporting=supporting, deadline=match["deadline"])


def find_inner_tags(text: str) -> list[Units]:
    """The unit tags that close sentences inside ``text`` (not the one at its end).

    Task-division plans close each sub-task with its own tag: "…基本完成国企改革。
    （省国资委牵头）大力推进政企分开…（省经信委、省发改委负责）…".
    """
    found = []
    for match in INNER_TAG_RE.finditer(text):
        if text[match.end() :].strip(" 。；;"):
            units = parse_unit_tag(match["content"])
            if units is not None:
                found.append(units)
    return found


# A parenthesis that closes a sentence: one with no parenthesis inside it; or a tag
# in tortoise-shell brackets after a sentence, which may hold parentheses:
# "…产业目录。〔市生态环境局牵头,各县、区人民政府(管委会)负责落实。〕按省的要求…".
INNER_TAG_RE = re.compile(
    r"[(（](?P<content>[^()（）]{2,200})[)）](?=\s*[。；;]|\s*$)"
    r"|(?<=[。；;])\s*〔(?P<content>[^〔〕]{2,200})〕"
    # (or a tag after its sentence's 。 that the next sentence follows with no stop of
    # its own: "…问题整治。(区生态环境分局、区工信局按职责落实)探索推进…")
    r"|(?<=[。；;])\s*[(（](?P<content>[^()（）]{2,200})[)）]"
)


def find_trailing_tag(text: str, *, apart: bool = False) -> tuple[int, int, Units] | None:
    """Find the unit tag that ends ``text``.

    The tag is a balanced parenthesis at the very end, optionally followed by
    a 。 or ；.  Returns (start, end, units) with ``text[start:end]`` the tag
    including its parentheses, or None.  With ``apart``, a tag that is all of
    ``text`` stands apart from the item's sentences (a line of its own after them),
    so unit names alone are a tag there too.
    """
    end = len(text.rstrip())
    while end > 0 and text[end - 1] in "。；;.":
        end -= 1
    if end == 0:
        return None
    if text[end - 1] not in P.TAG_CLOSE:
        return _dash_tag(text, end)
    depth = 0
    for pos in range(end - 1, -1, -1):
        ch = text[pos]
        if ch in P.TAG_CLOSE:
            depth += 1
        elif ch in P.TAG_OPEN:
            depth -= 1
            if depth == 0:
                content = text[pos + 1 : end - 1]
                units = parse_unit_tag(content)
                before = text[:pos].rstrip()
                if units is None:
                    units = _unlabelled_tag(content, before, apart=apart)
                return (pos, end, units) if units else None
    return None


def find_leading_tag(text: str) -> tuple[int, Units] | None:
    """A unit tag in lenticular brackets that opens an item's text: "【市科技局】完善…",
    "【牵头单位：市科技局】完善…", or a labelled one in round brackets:
    "(牵头单位:市科技局)完善…" → (where the text after it starts, the units)."""
    opening = P.LEADING_TAG_RE.match(text)
    if opening is None:
        return None
    if opening["labelled"] is not None:
        # (round brackets open many things, "(试行)", "(一)": only labels make a tag)
        units = parse_unit_tag(opening["labelled"])
        if units is None or not (units.lead or units.supporting or units.responsible):
            return None
    else:
        units = _labelled_or_named_alone(opening["content"])
    return (opening.end(), units) if units else None


def _dash_tag(text: str, end: int) -> tuple[int, int, Units] | None:
    """Units named after a dash that closes the item's last sentence: "…推动平台建设。
    ——市科技局" (labelled, or names alone)."""
    dashed = P.DASH_TAG_RE.search(text, 0, end)
    if dashed is None:
        return None
    units = _labelled_or_named_alone(dashed["names"])
    return (dashed.start("dash"), end, units) if units else None


def find_open_tag(text: str) -> tuple[int, int, Units] | None:
    """A labelled tag whose closing bracket a copy lost at the end of an item's whole
    text: "…特色支柱产业体系(责任单位:农技推广服务中心、汀头村" (names alone never
    count: an open bracket may be cut text).  Only there: in a line that wraps, an
    open tag goes on below ("…工作。(牵头部门:" / "办公厅)")."""
    end = len(text.rstrip())
    start = max(text.rfind(mark, 0, end) for mark in P.TAG_OPEN)
    if start < 0 or any(mark in text[start:end] for mark in P.TAG_CLOSE):
        return None
    units = parse_unit_tag(text[start + 1 : end])
    return (start, end, units) if units else None


def _labelled_or_named_alone(content: str) -> Units | None:
    """A tag outside brackets of its own (after a dash, in lenticular brackets before
    the text): labelled clauses, or names that end as an office's do."""
    return parse_unit_tag(content) or _names_alone(_without_note(content))


def holds_a_sentence_end(text: str) -> bool:
    """Whether ``text`` ends a sentence or a clause anywhere: a heading never does."""
    return any(mark in text for mark in "。；;！？!?")


def is_tag_alone(text: str) -> bool:
    """A line that is a unit tag and nothing else: "(牵头单位:市科技局;配合单位:市财政局)"."""
    found = find_trailing_tag(text.strip(), apart=True)
    return found is not None and found[0] == 0


def _unlabelled_tag(content: str, before: str, *, apart: bool) -> Units | None:
    """Unit names alone in the brackets that close an item's text: a tag after
    its last sentence ("…的能力。(各成员单位)"), when the work is due after them
    ("(市科技局;2025年底前)"), or a heading's tag with no stop before it
    ("1.完善科技创新机制(市科技局)").

    Where no stop comes before them, names after an office's own name are the
    offices it holds ("综合办公室(党群工作部、监察室)"), and a date after names
    is a document's issuers and day ("…实施办法(教育部,2017年1月24日)"): no tag.
    """
    alone = _without_note(content)
    if before.endswith(SENTENCE_ENDS) or (apart and not before):
        return _names_alone(alone) or _names_then_deadline(alone)
    if P.NAME_ALONE_END_RE.search(before):
        return None
    return _names_alone(alone)


def find_trailing_deadline(text: str) -> tuple[int, str] | None:
    """A deadline in brackets of its own closing ``text``: "…(2025年12月底前完成)" →
    (where its bracket opens, the deadline)."""
    found = P.TRAILING_DEADLINE_RE.search(text)
    if found is None:
        return None
    # (its label is no part of it: "(完成时限:2025年底)" gives 2025年底)
    labelled = P.OTHER_LABEL_RE.match(found["deadline"])
    deadline = labelled["value"] if labelled and labelled["deadline"] else found["deadline"]
    if not deadline or not P.TAG_DEADLINE_RE.match(deadline):
        return None
    return found.start(), deadline


def find_due_after_sentence(text: str) -> tuple[int, str] | None:
    """When the work is due, in brackets of their own after the item's last sentence
    and no unit tag: "…形成工作计划。(4月5日以前完成)" → (where the bracket opens, the
    deadline)."""
    found = P.SENTENCE_DEADLINE_RE.search(text)
    return (found.start(), found["deadline"]) if found else None


def find_bare_deadline(text: str) -> tuple[int, str] | None:
    """A time alone after the item's last sentence, a table's time cell run in:
    "…研究部署下一阶段工作。4月份" → (where it starts, 4月份)."""
    found = P.BARE_DEADLINE_RE.search(text)
    return (found.start("deadline"), found["deadline"]) if found else None


def find_trailing_label(text: str) -> tuple[int, Units] | None:
    """A labelled unit clause that ends ``text`` without brackets, after its last
    sentence: "…增长13.5%。主办单位:市发展和改革委员会、统计局。" → (start, units)."""
    found = P.TRAILING_LABEL_RE.search(text)
    if found is None:
        return None
    # (its clauses may each close with a stop, "责任单位:市科技局。完成时限:2025年底。",
    # where a tag's first stop would end its units)
    units = parse_unit_tag(found["clause"].replace("。", "；"))
    if units is None or not (units.lead or units.supporting or units.responsible):
        return None
    return found.start(), units


# A parenthesis after the item's last sentence, "…的能力。(各成员单位)", stands apart
# from the prose: there, unit names alone are a tag.
SENTENCE_ENDS = ("。", "！", "!")


def unit_cell(text: str) -> Units | None:
    """ "市经信局、市财政局等,各县、市、区政府": a table cell of unit names, responsible;
    "11月底前完成": a cell that gives the deadline."""
    text = text.strip(" |\u3000")
    if P.TAG_DEADLINE_RE.match(text):
        return Units(deadline=text)
    if len(text) > MAX_UNIT_CELL or P.STATEMENT_PUNCT_RE.search(text):
        return None
    names = office_names(text)
    if not names:
        return None
    return _led_as_marked(Units(responsible=names))


# A cell longer than this holds text, not a list of units.
MAX_UNIT_CELL = 80


def _names_then_deadline(content: str) -> Units | None:
    """ "市科技局;2025年底前": units named alone, then when the work is due."""
    closing = P.CLOSING_DEADLINE_RE.search(content)
    if not closing or not P.TAG_DEADLINE_RE.match(closing["deadline"]):
        return None
    units = _names_alone(content[: closing.start()])
    if units is not None:
        units.deadline = closing["deadline"]
    return units


def _names_alone(content: str) -> Units | None:
    """ "各成员单位", "市科技局、市财政局": units named with no role word, responsible;
    "市发改委；市财政局、市商务局": two lists, the lead's, then its supporters'."""
    lists = P.UNIT_LIST_SPLIT_RE.split(content)
    if len(lists) == 2:
        return _lead_then_supporting(*lists)
    names = split_unit_names(content)
    if not names or not all(_named_alone(n) for n in names):
        return None
    return _led_as_marked(Units(responsible=names))


def _lead_then_supporting(first: str, second: str) -> Units | None:
    # Lists set apart by a semicolon are the two columns of a task table run into
    # the text, as its labelled form writes them ("牵头单位:A;配合单位:B").
    lead, supporting = split_unit_names(first), split_unit_names(second)
    if not lead or not supporting or not all(map(_named_alone, lead + supporting)):
        return None
    return Units(lead=lead, supporting=supporting)


def _named_alone(name: str) -> bool:
    # (one-character pieces joined to a name are a collective of places only after
    # 各, "各县、市、区": "谢、王、厚余小学" names teachers, then a school)
    # (a city, county or district by its full name: "(绥滨县、萝北县)", "(东胜区)")
    ends_as_a_unit = P.NAME_ALONE_END_RE.search(name) is not None or is_place_name(name)
    # (places named bare before the last one's government share it: "广州、深圳、东莞市政府")
    return ends_as_a_unit and (
        "、" not in name or name.startswith("各") or _shares_a_government(name)
    )


def _shares_a_government(name: str) -> bool:
    """Whether a collective names bare places, then the last one's government."""
    *places, government = name.split("、")
    return P.PLACE_GOVERNMENT_RE.fullmatch(government) is not None and all(
        P.BARE_PLACE_RE.fullmatch(place) for place in places
    )
