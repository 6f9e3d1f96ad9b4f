"""The 2025 CAST plan, end to end: every item, title, department and span."""

from __future__ import annotations

import pytest

from castplan import parse_notice
from castplan.model import Notice

from .helpers import assert_lossless, spans_point_at_text

# (item number, section number, lead department, title) for all 32 items.
EXPECTED_ITEMS = [
    (1, 1, "宣傳文化部", "健全思想政治工作體系"),
    (2, 1, "宣傳文化部", "加強一體化宣傳工作平臺建設"),
    (3, 1, "宣傳文化部", "大力弘揚科學家精神和科學精神"),
    (4, 1, "宣傳文化部", "嚴格落實意識形態責任制"),
    (5, 2, "科學技術創新部", "推動科技社團管理體制機制改革"),
    (6, 2, "科學技術創新部", "分類分級推進一流學會建設"),
    (7, 2, "機關黨委", "抓實學會黨建工作"),
    (8, 2, "組織人事部", "加強基層組織建設與統籌"),
    (9, 3, "組織人事部", "健全人才托舉服務"),
    (10, 3, "組織人事部", "推動人才舉薦與評價改革"),
    (11, 3, "科學技術普及部", "加強后備人才發現和培養"),
    (12, 3, "國際合作部", "強化海外及港澳臺人才聯系服務"),
    (13, 4, "科學技術創新部", "擴圍建設高水平科技期刊"),
    (14, 4, "科學技術創新部", "打造高質量學術交流平臺"),
    (15, 5, "科學技術創新部", "提高“科創中國”資源橋接能力"),
    (16, 5, "科學技術普及部", "助力鄉村振興與區域協調發展"),
    (17, 6, "科學技術普及部", "完善科普組織動員機制"),
    (18, 6, "科學技術普及部", "開展重點科普活動"),
    (19, 6, "科學技術普及部", "加強高端科普資源供給"),
    (20, 6, "科學技術普及部", "提升科普陣地服務效能"),
    (21, 7, "戰略發展部", "開展重大科技咨詢"),
    (22, 7, "戰略發展部", "支持科技工作者有序政治參與"),
    (23, 7, "戰略發展部", "組織科技工作者發展狀況研究"),
    (24, 7, "戰略發展部", "建強科協科技智庫"),
    (25, 8, "國際合作部", "加快推進我國境內設立國際科技組織工作"),
    (26, 8, "國際合作部", "完善全球合作伙伴關系"),
    (27, 8, "國際合作部", "深入參與全球科技治理"),
    (28, 8, "國際合作部", "加強外事管理和國際傳播"),
    (29, 9, "機關黨委", "加強政治機關建設"),
    (30, 9, "戰略發展部", "推動科協系統深化改革"),
    (31, 9, "辦公廳", "建設網上科協"),
    (32, 9, "辦公廳", "籌備中國科協“十一大”"),
]

SECTION_TITLES = [
    "強化思想政治引領,激發科技界使命擔當",
    "優化科協組織體系,提升聯系服務效能",
    "完善人才工作格局,服務科技工作者成長成才",
    "提升學術交流質效,持續推動創新策源",
    "促進科技經濟融合,服務創新驅動發展",
    "增強科普服務供給,筑牢強國建設群眾根基",
    "搶抓智庫建設契機,支撐“十五五”戰略謀劃",
    "拓展國際合作網絡,主動服務對外開放",
    "全面加強黨的領導,深化自身建設",
]


@pytest.fixture(scope="module")
def notice(sample_text: str) -> Notice:
    return parse_notice(sample_text, path="cast-2025-work-plan.zh-Hant.txt")


def test_header(notice: Notice) -> None:
    header = notice.header
    assert header is not None
    assert header.issuer == "中國科協辦公廳"
    assert header.date is not None and header.date.isoformat() == "2025-02-28"
    assert header.doc_number is None
    assert header.addressees[0] == "各全國學會、協會、研究會"
    assert header.addressees[-1] == "中國科協各部門和直屬單位"
    assert len(header.addressees) == 4
    assert header.cover_letter is not None and header.cover_letter.startswith("經中國科協黨組")
    assert (header.span.line, header.span.end_line) == (1, 4)


def test_title_year_organization_preamble(notice: Notice) -> None:
    assert notice.title == "中國科協2025年工作要點"
    assert notice.organization == "中國科協"
    assert notice.year == 2025
    assert notice.preamble is not None and notice.preamble.startswith("2025年,中國科協將堅持")
    assert notice.preamble_span is not None and notice.preamble_span.line == 6
    assert notice.source.script == "traditional"


def test_sections(notice: Notice) -> None:
    assert [s.title for s in notice.sections] == SECTION_TITLES
    assert [s.numeral for s in notice.sections] == list("一二三四五六七八九")
    assert [s.number for s in notice.sections] == list(range(1, 10))
    assert [len(s.items) for s in notice.sections] == [4, 4, 4, 2, 2, 4, 4, 4, 4]


def test_every_item(notice: Notice) -> None:
    found = [
        (item.number, section.number, item.lead_departments, item.title)
        for section in notice.sections
        for item in section.items
    ]
    assert found == [(n, s, [d], t) for n, s, d, t in EXPECTED_ITEMS]


def test_measures_exclude_title_and_tag(notice: Notice) -> None:
    items = list(notice.items())
    assert [len(i.measures) for i in items][:4] == [3, 3, 5, 4]
    first = items[0]
    assert first.measures[0].text.startswith("強化理論武裝")
    assert first.measures[-1].text == (
        "發揮中國科協黨校陣地作用,深入實施領航計劃國情研修活動,推動全系統調訓1萬名以上各類戰略科技人才。"
    )
    assert all("牽頭部門" not in m.text for i in items for m in i.measures)
    # A parenthesis inside an item is text, not a tag.
    item_23 = items[22]
    assert item_23.measures[0].text.endswith("形成基期(2025年)研究報告。")
    assert item_23.lead_departments == ["戰略發展部"]


def test_departments(notice: Notice) -> None:
    assert notice.departments() == [
        "宣傳文化部",
        "科學技術創新部",
        "機關黨委",
        "組織人事部",
        "科學技術普及部",
        "國際合作部",
        "戰略發展部",
        "辦公廳",
    ]


def test_no_diagnostics(notice: Notice) -> None:
    assert notice.diagnostics == []


def test_spans_point_at_their_text(sample_text: str, notice: Notice) -> None:
    spans_point_at_text(sample_text, notice)
    item = next(notice.items())
    assert (item.span.line, item.span.end_line) == (8, 8)
    assert sample_text[item.span.start : item.span.end].startswith("1.健全思想政治工作體系。")
    assert sample_text[item.span.start : item.span.end].endswith("(牽頭部門:宣傳文化部)")
    section = notice.sections[-1]
    assert (section.span.line, section.span.end_line) == (43, 47)


def test_lossless(sample_text: str, notice: Notice) -> None:
    assert_lossless(sample_text, notice)
