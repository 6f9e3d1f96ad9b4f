"""The body's role pass as a table: lines in, one role per line out."""

from __future__ import annotations

import pytest

from castplan.grammar.body import Role, assign_roles
from castplan.grammar.lines import classify_line, split_lines

SEC, GRP, ITM, TAIL, LINE = Role.SECTION, Role.GROUP, Role.ITEM, Role.HEADING_TAIL, Role.ITEM_LINE
G_INTRO, S_INTRO, OUT = Role.GROUP_INTRO, Role.SECTION_INTRO, Role.OUTSIDE

CASES = [
    (
        "sections with numbered items and an intro",
        ["一、总体要求", "坚持稳中求进。", "二、重点任务", "1.加强组织建设。", "推进改革。"],
        [SEC, S_INTRO, SEC, ITM, LINE],
    ),
    (
        "（一） with items under it is a group; its text before an item is the intro",
        ["一、重点任务", "（一）夯实基础", "围绕中心工作。", "1.加强组织建设。", "2.推进改革。"],
        [SEC, GRP, G_INTRO, ITM, ITM],
    ),
    (
        "（一） with no numbered items is an item; 一是… text stays in it",
        ["一、重点任务", "（一）加强组织建设。", "一是健全制度。", "（二）推进改革。"],
        [SEC, ITM, LINE, ITM],
    ),
    (
        "with no 一、 the （一） lines are the sections",
        ["（一）加强组织建设", "1.健全制度。", "（二）推进改革", "1.深化改革。"],
        [SEC, ITM, SEC, ITM],
    ),
    (
        "a heading a page break cut in two",
        ["一、强化思想政治引领,激发科技界使", "命担当", "1.健全思想政治工作体系。"],
        [SEC, TAIL, ITM],
    ),
    (
        "a heading that is a sentence wrapped at full width ends on the next line",
        [
            "三、协调有关部门,积极作好迎接省、市人民政府教育督导室对",
            "县级党政领导干部教育工作的督导评估的准备工作。",
            "四、继续办好季刊。",
        ],
        [SEC, TAIL, SEC],
    ),
    (
        "a heading whose line filled a hard-wrapped page's width ends on the next line, "
        "commas and all",
        [
            "一、深入学习贯彻习近平新时代中国特色社会主义思想和党的十",
            "九大精神,加强党对新时代公民科学素质建设的领导",
            "坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻",
            "落实党的十九大精神,推动科学素质建设高质量发展,加快建设",
            "科技强国。",
            "(一)深化对习近平总书记关于科技创新重要论述的学习宣传,推",
            "动学习宣传走深走实",
            "1.组织开展专题学习。",
        ],
        [SEC, TAIL, S_INTRO, S_INTRO, S_INTRO, GRP, TAIL, ITM],
    ),
    (
        "... not where the heading's line stops short of the width: its first line "
        "under it is the text",
        [
            "一、加强党的领导",
            "坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻",
            "落实党的十九大精神,推动科学素质建设高质量发展。",
        ],
        [SEC, S_INTRO, S_INTRO],
    ),
    (
        "... nor in a text broken anywhere, whose long lines share no width",
        [
            "一、创新扶贫开发机制,提高扶贫开发效果",
            "扎实推进扶贫开发,必须按照精准",
            "扶贫要求,建立贫困户识别和退出机制,做到",
            "扶真贫、真扶贫。",
            "要建立精准扶贫工作机制,完善贫困人口动态管理制度。",
        ],
        [SEC, S_INTRO, S_INTRO, S_INTRO, S_INTRO],
    ),
    (
        "a short heading's first sentence under it is its text, not its tail",
        ["二、常务副省长负责的工作", "协助省长抓好省人民政府工作任务的落实。"],
        [SEC, S_INTRO],
    ),
    (
        "sub-items and unit lines stay in the item; text after its tag belongs to none",
        [
            "一、重点任务",
            "1.开展科普活动。",
            "（1）开展科普月活动。",
            "（牵头单位：科普部）",
            "牵头单位：科普部",
            "另行通知。",
        ],
        [SEC, ITM, LINE, LINE, LINE, OUT],
    ),
    (
        "tagged paragraphs are items in a section without numbers",
        [
            "一、重点任务",
            "总的要求是稳。",
            "加强理论武装。（牵头部门：宣传文化部）",
            "推进改革。（牵头部门：办公厅）",
        ],
        [SEC, S_INTRO, ITM, ITM],
    ),
    (
        "dash bullets are items where nothing else is",
        ["一、重点任务", "——实施全民科学素质提升行动。", "——推进科普信息化。"],
        [SEC, ITM, ITM],
    ),
]


@pytest.mark.parametrize(("lines", "roles"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_roles(lines: list[str], roles: list[Role]) -> None:
    tokens = [classify_line(line) for line in split_lines("\n".join(lines))]
    assert assign_roles(tokens) == roles


def test_no_lines_no_roles() -> None:
    assert assign_roles([]) == []


def test_a_bare_group_beside_groups_with_items_is_an_item() -> None:
    lines = [
        "一、总体要求",
        "（一）指导思想",
        "坚持稳中求进。",
        "（二）基本原则",
        "1.服务大局。",
        "2.改革创新。",
    ]
    tokens = [classify_line(line) for line in split_lines("\n".join(lines))]
    assert assign_roles(tokens) == [SEC, ITM, LINE, GRP, ITM, ITM]
