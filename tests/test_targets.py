"""Quantified targets: every form the plans use, as a table."""

from __future__ import annotations

from decimal import Decimal

import pytest

from castplan.grammar.targets import chinese_number, find_targets

INF = None
# (sentence, [(text, value, unit, qualifier, (min, min_incl, max, max_incl), approximate)])
CASES = [
    (
        "推动全系统调训1萬名以上各类战略科技人才。",
        [("1萬名以上", 10000, "名", "以上", (10000, True, INF, None), False)],
    ),
    (
        "新增不少于50位老科学家学术成长资料。",
        [("不少于50位", 50, "位", "不少于", (50, True, INF, None), False)],
    ),
    (
        "圍繞160個國家鄉村振興重點幫扶縣開展科技幫扶。",
        [("160個", 160, "個", None, (160, True, 160, True), False)],
    ),
    ("面向6個左右省份组织实施。", [("6個左右", 6, "個", "左右", (6, True, 6, True), True)]),
    (
        "舉辦百場左右高質量學術交流活動。",
        [("百場左右", 100, "場", "左右", (100, True, 100, True), True)],
    ),
    (
        "征集出版千篇左右中國科協年會論文。",
        [("千篇左右", 1000, "篇", "左右", (1000, True, 1000, True), True)],
    ),
    (
        "研发投入增长6.2%左右。",
        [
            (
                "6.2%左右",
                Decimal("6.2"),
                "%",
                "左右",
                (Decimal("6.2"), True, Decimal("6.2"), True),
                True,
            )
        ],
    ),
    ("培训科技辅导员十一名。", [("十一名", 11, "名", None, (11, True, 11, True), False)]),
    ("建设二十三个示范基地。", [("二十三个", 23, "个", None, (23, True, 23, True), False)]),
    ("遴选两百家企业。", [("两百家", 200, "家", None, (200, True, 200, True), False)]),
    ("发展会员1.5万人。", [("1.5万人", 15000, "人", None, (15000, True, 15000, True), False)]),
    ("举办百余场报告会。", [("百余场", 100, "场", "余", (100, False, INF, None), True)]),
    ("建成160多个站点。", [("160多个", 160, "个", "多", (160, False, INF, None), True)]),
    ("培训超过300人次。", [("超过300人次", 300, "人次", "超过", (300, False, INF, None), False)]),
    (
        "参训人数不满20人的不予开班。",
        [("不满20人", 20, "人", "不满", (INF, None, 20, False), False)],
    ),
    ("每期学员50人以下。", [("50人以下", 50, "人", "以下", (INF, None, 50, True), False)]),
    (
        "经费控制在30万元以内。",
        [("30万元以内", 300000, "元", "以内", (INF, None, 300000, True), False)],
    ),
    ("至少开展12次集中学习。", [("至少开展12次", 12, "次", "至少", (12, True, INF, None), False)]),
    ("比例达到15%以上。", [("达到15%以上", 15, "%", "以上", (15, True, INF, None), False)]),
    ("约50个学会参与。", [("约50个", 50, "个", "约", (50, True, 50, True), True)]),
    ("培训班3期。", [("3期", 3, "期", None, (3, True, 3, True), False)]),
    ("近期举办3场报告会。", [("3场", 3, "场", None, (3, True, 3, True), False)]),
    ("大约20个学会参与。", [("大约20个", 20, "个", "大约", (20, True, 20, True), True)]),
]

NOT_TARGETS = [
    "2025年,中國科協將堅持以習近平新時代中國特色社會主義思想為指導。",
    "研究編制《全民科學素質行動規劃綱要實施方案(2026—2030年)》。",
    "籌備中國科協“十一大”。",
    "深入學習貫徹黨的二十大和二十屆二中、三中全會精神。",
    "推動公民科學素質指標進入“十五五”規劃。",
    "持續開展“科學家精神百場講壇”。",
    "推出一批立場鮮明的宣傳產品。",
    "認真對照檢查貫徹中央八項規定及其實施細則精神情況。",
    "實施卓越期刊計劃二期項目。",
    "第一批试点单位。",
    "辦好2025世界公眾科學素質促進大會。",
    "做好兩院院士候選人推薦。",
    "近期举办会议。",
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[1][0][0] for c in CASES])
def test_target_forms(sentence: str, expected: list[tuple[object, ...]]) -> None:
    found = find_targets(sentence)
    got = [
        (
            t.text,
            t.value,
            t.unit,
            t.qualifier,
            (t.interval.min, t.interval.min_inclusive, t.interval.max, t.interval.max_inclusive),
            t.approximate,
        )
        for t in found
    ]
    assert got == expected
    for target in found:
        assert sentence[target.span.start : target.span.end] == target.text
        assert not isinstance(target.value, float)


@pytest.mark.parametrize("sentence", NOT_TARGETS)
def test_years_ordinals_and_names_are_not_targets(sentence: str) -> None:
    assert find_targets(sentence) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1萬", 10000),
        ("1.5万", 15000),
        ("百", 100),
        ("千", 1000),
        ("万", 10000),
        ("两百", 200),
        ("十一", 11),
        ("二十三", 23),
        ("6.2", Decimal("6.2")),
        ("0.5亿", 50_000_000),
        ("一万五千", 15000),
        ("一亿五千万", 150_000_000),
        ("一百零五", 105),
        ("三点五", Decimal("3.5")),
        ("一点五万", 15000),
    ],
)
def test_chinese_number(text: str, value: int | Decimal) -> None:
    assert chinese_number(text) == value
    assert type(chinese_number(text)) is type(value)


def test_spans_are_offsets_into_the_input() -> None:
    (target,) = find_targets("舉辦百場左右活動", offset=100, line=7)
    assert (target.span.start, target.span.end, target.span.line) == (102, 106, 7)


def test_numerals_both_ways() -> None:
    from castplan.grammar.numerals import (
        chinese_digits_value,
        chinese_numeral,
        chinese_numeral_value,
        enclosed_value,
    )

    assert [
        chinese_digits_value(t)
        for t in ("二〇二五", "二零二四", "2025", "\uff12\uff10\uff12\uff15")
    ] == [
        2025,
        2024,
        2025,
        2025,
    ]
    assert [chinese_numeral(n) for n in (1, 10, 11, 20, 99, 100)] == [
        "一",
        "十",
        "十一",
        "二十",
        "九十九",
        "100",
    ]
    assert all(chinese_numeral_value(chinese_numeral(n)) == n for n in range(1, 100))
    # A pasted list's enclosed markers, first and last of each block.
    assert [enclosed_value(m) for m in "㈠㈩⒈⒛⑴⒇①⑳"] == [1, 10, 1, 20, 1, 20, 1, 20]
    assert enclosed_value("一") is None and enclosed_value("⒈⒉") is None
    with pytest.raises(ValueError, match="not Chinese digits"):
        chinese_digits_value("二〇x五")
