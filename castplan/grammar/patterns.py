"""Every line and tag pattern of the notice grammar, in one place.

Patterns accept both punctuation widths (``,，`` ``:：`` ``(（`` ``)）``) and
both scripts (``牽頭|牵头``) so the parser needs no normalisation and keeps the
source's characters; each is compiled through ``variants.either_script``, so
every Han character in it also matches its variants in either script (为 also
為 and 爲, 发布 also 發佈).  Named groups only; read them by name.  Each
pattern is anchored and has no nested quantifiers, so no input can make it
backtrack catastrophically.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from castplan.grammar.variants import GLOSS_BODY, PINYIN_SYLLABLE

if TYPE_CHECKING:
    import re as stdlib_re

    import regex as re
else:
    # Each pattern is compiled on first use (castplan/grammar/lazy.py), each Han
    # character in it reading its variants in either script (variants.py).
    import re as _stdlib_re

    import regex as _regex

    from castplan.grammar.lazy import LazyEngine
    from castplan.grammar.variants import EitherScript

    re = LazyEngine(EitherScript(_regex), globals())
    stdlib_re = LazyEngine(_stdlib_re, globals())


def _spaced(*labels: str) -> str:
    # Sites letter-space their labels ("索 引 号"): a space may stand between characters.
    return "|".join(r"\s*".join(label) for label in labels)


# The labels every portal's metadata box sets (its anchors), and those a box's row sets
# beside a value with no colon between.
_BOX_ANCHOR_LABELS = (
    *("索引号", "索引號", "发文字号", "發文字號", "文号", "文號", "发布机构", "發布機構"),
    *("成文日期", "发文日期", "發文日期", "发布日期", "發布日期", "发文单位", "發文單位"),
)
_ROW_PARTNER_LABELS = _spaced(
    *_BOX_ANCHOR_LABELS,
    *("组配分类", "組配分類", "主题分类", "主題分類", "信息分类", "信息分類", "生成日期"),
    *("公开方式", "公開方式", "公开日期", "公開日期"),
)

# --- characters ---------------------------------------------------------------

OPEN = "(（"
CLOSE = ")）"
# What may enclose a unit tag: round brackets, and the tortoise-shell and square
# brackets some sites use, "〔责任单位:省市场监管局〕", "【责任单位:市发改委】".
TAG_OPEN = OPEN + "〔［[【"
TAG_CLOSE = CLOSE + "〕］]】"
# One family of end punctuation, each set built from the ones before it.
SENTENCE_END = "。！？!?"
CLAUSE_END = "；;"
LEAD_IN_END = "：:"
# A line ending so ends its paragraph; anything else is a hard wrap (PDF copies).
PARAGRAPH_ENDS = tuple(SENTENCE_END + CLAUSE_END + LEAD_IN_END)
# A half-width full stop after a Chinese character: a sentence's end in some PDF copies.
HAN_STOP_END_RE = re.compile(r"\p{Han}\.$")
# A complete item ends so; the last item of a cut-off excerpt does not.
ITEM_ENDS = tuple(SENTENCE_END + CLAUSE_END + ")）”」』》.…")
# Brackets inside which a 。 does not end a sentence (quotes, titles, asides),
# each with the characters that may close it: writers mix "（…)" widths.
PAIRS = {"“": "”", "《": "》", "「": "」", "『": "』", "(": ")）", "（": ")）", "‘": "’"}

# Every character the sentence splitter looks at: ends, brackets, quotes.
SENTENCE_PUNCT_CHARS_RE = re.compile(
    "[" + re.escape(SENTENCE_END + '"' + "".join(PAIRS) + "".join(PAIRS.values())) + "]"
)
# CJK unified ideographs (and extension A), for telling Chinese text from
# other text; the stdlib engine counts these several times faster.
HAN_CHARS_RE = stdlib_re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
# The same in runs: counting by run makes one match per phrase, not per character.
HAN_RUNS_RE = stdlib_re.compile("[\u3400-\u4dbf\u4e00-\u9fff]+")

# --- indentation ----------------------------------------------------------------

# Leading whitespace of any width, plus runs of "?" that a web page leaves where
# its full-width indentation was saved in a legacy code page: "??1.加强…".
# (runs may alternate with spaces: "????????? ?泰州市人民政府")
INDENT_RE = re.compile(r"^[\s\u3000\u00a0\ufeff]*(?:[?？]+[\s\u3000\u00a0]*)*")
# ... and the same spaces saved at a line's end, two or more "?" ("2023年3月31日? ?"),
# or replacement characters where a page's encoding lost them ("…2003年工作要点��");
# one "?" may end a question.
TRAILING_JUNK_RE = re.compile(r"[\s\u3000\u00a0]*(?:[?？\ufffd][\s\u3000\u00a0]*){2,}$")

# --- outline markers (GB/T 9704 levels) -------------------------------------------

# Level 1 "一、".
# Line: 一、強化思想政治引領,激發科技界使命擔當
# Line: 一,、形勢分析
# Line: 一,全面推进养老服务设施建设
# Line: 一 、 承担的重点工作任务
# Line: 一 重大意义
# Line: 第一、增强国际合作交流意识,完善学校国际合作交流布局。
# Line: • 一、总体目标
# Line: 重点一:持续确保安全运行平稳可控。
SECTION_RE = re.compile(
    # (a PDF copy may set a space before the mark: "一 、"; a copy that swapped its
    # 、 for a comma keeps it on a heading line alone: "一,全面推进养老服务设施建设")
    # (a book's copy may set a space for the mark, before a short heading alone on its
    # line: "一 重大意义")
    # (an office's plan may count its headings as ordinals: "第一、", never "第一," of
    # a sentence's points)
    # (a page that lists its lines with bullets sets one before the heading: "• 一、总体目标")
    # (or name each as one of the year's key points, its title after a colon: "重点一:持续
    # 确保安全运行平稳可控。")
    r"^(?:[•●▪]\s*)?(?:第(?=[一二三四五六七八九十]{1,3}、)|(?P<ordinal>重点)(?=[一二三四五六七八九十]{1,3}[:：]))?"
    r"(?P<numeral>[一二三四五六七八九十]{1,3}) ?"
    r"(?(ordinal)[:：]|(?:[,，]?[、．]|\.(?!\d)|[,，](?=[^。；;,，:：]{2,40}$)"
    r"|[ \u3000]+(?=\p{Han}[^。；;,，:：\s]{1,19}$)))"
    # (never phases counted together, a wrapped sentence's "第" left on the line above:
    # "…年内要完成新村第" / "一、二期工程,完善功能")
    r"(?!\s*[二三四五六七八九十]{1,2}[期批])"
    r"\s*(?P<rest>.*)$"
)

# A level-1 heading whose numeral a copy lost: "、重点工作" (between 一 and 三),
# "、践行健康生活,促进身心健康" (two phrases, as headings pair them).
# It reads as a section only there (castplan/grammar/body.py), never by itself.
LOST_NUMERAL_RE = re.compile(r"^(?P<numeral>)、\s*(?P<rest>\p{Han}{2,12}(?:[,，]\p{Han}{2,12})?)$")

# A level-3 item whose digit a copy lost, its text after the bare comma: "、今年将在各村
# 开展…。" before "2、完善…". It reads as an item only where the items around it leave its
# number out (castplan/grammar/body.py); a wrapped list's "、河北雄安新区…" stays text.
LOST_ITEM_DIGIT_RE = re.compile(
    r"^\s*(?P<number>)(?P<padded>)(?P<numeral>)、\s*(?P<rest>\p{Han}.*)$"
)

# A level-2 heading whose bracket and numeral a copy lost: ")抓好粮油种植和单产提升。…"
# (between "一、…" and "(二)…"). It reads as a group only there (castplan/grammar/body.py),
# numbered by its place: its numeral is empty, as a lost section numeral's is.
LOST_GROUP_MARKER_RE = re.compile(r"^\s*(?P<numeral>)(?P<dash>)[)）]\s*(?P<rest>\p{Han}.*)$")

# A level above 一、 in formal (Taiwan) documents: "壹、依據", "貳、目的".  Read as the
# sections (castplan/grammar/body.py) where two or more run in sequence.
# (or "第一部分 总体要求", as task-division plans and government reports name theirs)
PART_RE = re.compile(
    r"^(?:(?P<numeral>[壹贰貳叁參参肆伍陆陸柒捌玖拾]{1,2}) ?[、.．]"
    # (or the heavenly stems of Hong Kong's policy addresses: "甲、 引言", never a
    # contract's parties "甲、乙双方")
    r"|(?P<numeral>[甲乙丙丁戊己庚辛壬癸])、(?![乙丙丁戊己庚辛壬癸])"
    r"|第(?P<numeral>[一二三四五六七八九十]{1,3})部分(?:[、.．:：]|(?=[\s\u3000])|$))"
    r"\s*(?P<rest>.*)$"
)
# ... and the level under a chapter in a 规划: "第一节 发展基础" (where it stands
# under the first chapter, the chapters are the sections and an 一、 below is text).
SUBCHAPTER_RE = re.compile(
    r"^第[一二三四五六七八九十]{1,3}[节節](?:[、.．:：]|[\s\u3000]+|(?=\p{Han}{2}))"
)
# A plan numbered in decimals, as reports and technical plans are: "1.污染防治形势"
# over "1.1 现状" and "1.2 问题"; body.py reads the first as section 1 and the others
# as its items 1 and 2 (a third level, "1.1.1", stays text of its item).
DECIMAL_SECTION_RE = re.compile(r"^(?P<numeral>(?!0)\d{1,2})[.．、](?!\d)\s*(?P<rest>.*)$")
# (a copy may set a space for the mark after the top level's number, before a short
# heading alone on its line: "1 稳增长" over "1.1 推进…"; read so only over N.M lines)
DECIMAL_BARE_SECTION_RE = re.compile(
    r"^(?P<numeral>(?!0)\d{1,2})[ \u3000]+(?P<rest>\p{Han}[^。；;,，:：\s]{1,24})$"
)
# (both read in context only, by castplan/grammar/body.py: "1.1 推进…", "1.1.推进…")
DECIMAL_ITEM_RE = re.compile(
    # (never a 0: "1.0" is a number, not item 0; a mark may close the number, "1.1.",
    # but a third level "1.1.1" stays text of its item)
    r"^(?P<section>(?!0)\d{1,2})[.．](?P<number>(?!0)\d{1,2})(?![\d月日号號%％]|[.．]\d)"
    r"(?P<padded>)(?P<numeral>)"
    r"[.．、]?\s*(?P<rest>\S.*)$"
)
# ... and a list "1." "2." inside one of its items, read as the item's points.
LISTED_POINT_RE = re.compile(
    r"^(?:(?P<number>(?![0\uFF10])\d{1,3})|(?P<circled>[\u2460-\u2473]))[.．、]\s*(?P<rest>.*)$"
)
# Under such parts, a "（一）" heading is read a level down, as an item.
SHIFTED_GROUP_RE = re.compile(
    r"^(?P<number>)(?P<padded>)(?:[(（] ?(?P<numeral>[一二三四五六七八九十]{1,3}) ?[)）]"
    r"|(?P<numeral>[\u3220-\u3229]))[、.．]?"
    r"\s*(?P<rest>.*)$"
)

# A group's numeral; a copy whose font lost the stroke of 一 writes a hyphen in its
# place ("二、主要任务(-)打造夜间经济街区"), read as 一 (castplan/grammar/numerals.py).
_GROUP_NUMERAL = r"(?:[一二三四五六七八九十]{1,3}|-(?=[)）]))"
# Level 2 "（一）", either bracket width.
# Line: （一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导
# Line: (二)加强组织建设
# Line: ( 一) 发展思路
# Line: (-)指导思想。坚持以习近平新时代中国特色社会主义思想为指导
# (a copy may write the marker twice: "(三)(三)组织开展…"; or lose its opening
# bracket: "一)抓实政治建设,加强思想引领。")
# Line: 一)抓实政治建设,加强思想引领。
# (a word processor's list, pasted as text, encloses the marker in one character:
# "㈠加强组织领导", U+3220 to U+3229, 一 to 十)
# Line: ㈠加强科技创新
# (a copy that rewrote a document's brackets as 〔〕, as spun copies of plans on
# sharing sites do, perhaps only the opening one: "〔二〕主汛期〔6-8月)气象服务")
# Line: 〔一〕整体情况
GROUP_RE = re.compile(
    r"^(?:(?P<numeral>[\u3220-\u3229])"
    r"|(?:[(（〔] ?|(?=[一二三四五六七八九十]{1,3}[)）]\s*\p{Han}))"
    rf"(?P<numeral>{_GROUP_NUMERAL}) ?[)）〕](?:[(（](?P=numeral)[)）])?)[、.．]?"
    r"\s*(?P<rest>.*)$"
)

# Level 3 "1." "1．" "1、".
# Line: 1.健全思想政治工作體系。強化理論武裝
# Line: 1.5万名科技工作者参加活动。
# The negative look-ahead keeps "1.5万名…" (a decimal) from reading as item 1.
# Numbers start at 1: "0." is no item.
# Line: 1﹒全省生产总值增长7%以上。
# Line: 1·加强组织领导。
# Line: １．加强组织领导。
# Line: 第一条　加强组织领导。
# Line: 3:推进科普信息化。
# Line: 01
# Line: 1 ﹒ 数字产业化水平显著
# Line: 1。在以习近平同志为核心的党中央坚强领导下
# Line: 01.开展暑期教师培训;
# Line: 1.2007年是我省深入贯彻科学发展观的关键一年。
# Line: 1.12日,召开校老年体协2024年会长工作会议
# Line: ⒈完善科技创新机制。
ITEM_RE = re.compile(
    r"""^(?:
        [0\uFF10]?(?P<number>(?![0\uFF10])\d{1,3})\x20?  # 1 (any width; never 0), "1 ﹒", "01."
        (?:[.．﹒·‧。](?!\d)|、|[:：](?!\d)         # . ． ﹒ · ‧ 。 、 :, but not 1.5 or 1:30
          | [.．](?=(?:19|20)\d{2}年)              # ... though a year may open the text,
          | [.．](?=\d{1,2}月\d{1,2}日)            # or a day: "1.4月15日习近平…",
          | [.．](?=(?:[1-9]|[12]\d|3[01])[日号號][,，、\x20]))  # in a month's list: "1.12日,召开…"
      | 第(?P<numeral>[一二三四五六七八九十百]{1,4})条  # 第一条, as regulations number
      | 0(?P<padded>[1-9])(?=$)                    # "01" alone over its heading (reposts)
      | (?P<stopped>[\u2488-\u249b])[.．、]?        # ⒈ to ⒛, a pasted list's one character
    )\s*(?P<rest>.*)$""",
    re.VERBOSE,
)

# An item whose text opens with a figure, run into its marker as a decimal would be:
# "2.50个小区新增电动自行车充电设施" between items 1 and 3 (castplan/grammar/body.py
# reads it so only there, never alone: "1.5万名科技工作者参加活动" is a number).
FIGURE_OPENS_ITEM_RE = re.compile(
    r"^(?P<number>[1-9]\d?)(?P<padded>)(?P<numeral>)[.．](?P<rest>\d[\d.,，]*\s*\p{Han}.*)$"
)

# ... or whose marker a copy left a bare number glued to the text: "1大力发展高新技术
# 产业,…" (body.py reads it so only in a run counting from 1: "1个中心" is a count).
BARE_NUMBER_ITEM_RE = re.compile(
    r"^\s*(?P<number>[1-9]\d?)(?P<padded>)(?P<numeral>)(?P<rest>\p{Han}{2}.*)$"
)

# Level 4 "（1）" or a circled digit, or "1）" with no opening bracket.
# Line: （1）开展科普月活动。
# Line: ①开展科普月活动。
# A link a page sets on a line of its own under a reading list's entry:
# "习近平主持召开…第十三次会议" / "http://www.gov.cn/xinwen/2020-04/27/….htm".
# (a page that widened its punctuation widens the link's colon too: "http：//…")
BARE_LINK_RE = re.compile(r"^(?:https?[:：]//|www\.)\S+$")
# A line of one labelled detail under an item, short, its label a few characters:
# "时间:3月16~18日", "地点:安徽淮北市体育中心", "承办学校:".
DETAIL_LABEL_LINE_RE = re.compile(r"^\p{Han}{2,4}\s*[:：](?![:：])")
# Line: 1）开展科普月活动。
# (the circled ① to ⑳, or a pasted list's one character for "(1)", ⑴ to ⒇)
# Line: ⑴建设转化平台。
SUBITEM_RE = re.compile(
    r"^(?:[(（]?(?P<number>(?![0\uFF10])\d{1,3})[)）]|(?P<circled>[\u2460-\u2487]))[、.．]?\s*(?P<rest>.*)$"
)

# A run-in heading: a short title closed by a colon, then its text on the same
# line, "一、总体要求：坚持稳中求进…" (title 总体要求); also a heading of two phrases,
# "一、落實臺鐵改革,確保行車安全:以…為改革最終指引…".
RUN_IN_TITLE_RE = re.compile(
    r"^(?P<title>[^，,。；;：:、（(“\"]{2,16}(?:[，,][^，,。；;：:、（(“\"]{2,16})?)[：:](?=\s*\S)"
)
# ... or set apart from its text by a space alone, where that text is a sentence of
# clauses: "一、把握一条主线 紧紧围绕…这条主线,全力做好…工作。" (title 把握一条主线;
# a heading of two phrases, "坚持陆海统筹 全力推动海洋经济发展", has no clause).
SPACED_RUN_IN_TITLE_RE = re.compile(
    r"^(?P<title>[^\s，,。；;：:、“”\"《》()（）]{2,16})[ \u3000]+"
    r"(?=[^\s，,。；;：:][^。]{4,}?[，,；;][^。]*[。；;]?)"
)
# ... and a heading of two phrases so set apart, where its text is a long sentence:
# "三.推进远交近融,彰显平台特色 澳门近年经济和社会有所发展,固然与…分不开。"
SPACED_TWO_PHRASE_TITLE_RE = re.compile(
    r"^(?P<title>[^\s，,。；;：:、“”\"《》()（）]{2,16}[，,][^\s，,。；;：:、“”\"《》()（）]{2,16})"
    r"[ \u3000]+(?=[^\s，,。；;：:][^。]{12,}?[，,；;][^。]*。)"
)
# ... and a point's short title set apart from its text by a run of spaces (or one
# ideographic space) where a page turned the line break into them: "培育农业特色支柱
# 产业  培育壮大地方特色和知名品牌,初步构建…" (one space is a PDF's wrap).
WIDELY_SPACED_TITLE_RE = re.compile(
    r"^(?P<title>[^\s，,。；;：:、“”\"《》()（）]{4,20})(?:[ ]{2,}|\u3000+)"
    r"(?=[^\s，,。；;：:][^。]{4,}?[，,；;])"
)
# The standard headings of a plan's parts, run into their text by a copy that lost
# the line break ("一、指导思想以“三个代表”重要思想为指导…"): only before a character
# that goes on with a sentence, never before punctuation or more of a heading.
_STANDARD_HEADINGS = (
    r"总体要求|指导思想|基本原则|工作原则|工作目标|主要目标任务|主要目标|发展目标|目标任务|任务目标|主要任务|"
    r"重点任务|工作任务|重点工作|工作重点|主要措施|工作措施|保障措施|工作要求|组织领导|"
    r"组织保障|实施步骤|工作步骤|进度安排|时间安排|发展基础|面临形势|总体思路|基本情况|"
    # (a five-year plan's first part: "一、形势与任务加快林业发展,改善生态环境,…")
    r"形势与任务|形势和任务|"
    r"现状分析|工作方向|总体目标|工作思路|基本思路|主要内容|工作内容|活动内容|宣传内容|"
    r"实施范围|适用范围|职责分工|责任分工|任务分工|考核评估|督查考核|实施原则|基本要求|"
    # (an event's plan: "一、活动主题创新放飞梦想、科技引领未来。"; the longer name first,
    # as the first that fits is taken)
    r"活动主题|活动宗旨|活动目的|活动时间安排|活动时间|活动地点|活动对象|活动形式|"
    # (a training class's: "一、培训时间2013年3月—4月(每周日)")
    r"培训时间|培训地点|培训对象|培训内容|培训方式|"
    r"工作机构及职责|组织机构及职责|"
    # (a plan's own part of the year's points: "四、工作要点2012年,我们将…")
    r"工作要点|工作要點|"
    # (an inspection's or a campaign's parts: "三、督查内容学校层面,查看…", "二、治理目标
    # 通过相关部门的…", "二、工作职责本实施方案所称…")
    r"(?:督查|督导|检查|巡查|排查|治理|整治|考核|评估|评选|申报|创建|整改|调研|宣传|活动|工作|服务)"
    r"(?:原则|内容|对象|时间|目标|范围|方式|职责|步骤|主题|地点|形式|名额|条件|程序)|"
    r"推荐名额|推薦名額|师资保障|经费保障|资金保障|提高认识|"
    # (a plan's bare parts: "三、组织机构“…领导小组”下设…", "四、职责乡人民政府…",
    # "二、目标坚持预防为主…"; never the opening of a longer name the heading's
    # colon kept from matching above, "目标任务:到2020年…")
    r"组织机构(?!及)|目标及步骤|职责(?!分工)|目标(?!任务)"
)
# Text glued to a standard heading that opens with a date: "活动时间2016年10月8日…",
# or with a month and day the year goes without: "督查时间12月4日至12月10日".
GLUED_DATED_TEXT_RE = re.compile(
    r"(?:19|20)\d{2}\s*年|(?:1[0-2]|0?[1-9])\s*月\s*\d{1,2}\s*[日号號]"
)
GLUED_HEADING_RE = re.compile(
    rf"(?:{_STANDARD_HEADINGS}"
    # ... or a background heading of a few words: "一、地震灾害背景陕西地处…"
    r"|\p{Han}{2,6}?(?:背景|现状|形势)(?:分析)?"
    r"|\p{Han}{1,8}?(?:概况|概況)"
    # ... or the targets of any work, before a year or a numbered target: "二、创建目标
    # 2022年8底前,…", "二、主要指标1、学前一年教育率达90%…"
    r"|\p{Han}{2,4}?(?:目标|指标)(?=(?:19|20)\d{2}年|[1-9][、.．](?!\d))"
    # ... or the work and measures of the year, before the year: "三、主要工作及措施
    # 2019年,进一步围绕…"
    r"|\p{Han}{2,5}?(?:措施|任务)(?=(?:19|20)\d{2}年))"
    # (its text may open with the year: "二、重点工作2022年,全市…"; or with its first
    # numbered point: "二、主要任务1.加强…"; a page that turned the line break into
    # a space keeps it between them: "一、组织领导 成立学校…领导小组。")
    # (or with a masked name: "一、茶店乡概况XX县茶店…")
    r"(?=[ \u3000]*(?:[\p{Han}“\"《]|[xX*\uff0a]{2}\p{Han}"
    r"|(?:19|20)\d{2}年|(?:1[0-2]|0?[1-9])月\d|[1-9][、.．](?!\d)))"
    r"(?![ \u3000]*[和与及、等的])"
)
# A chapter heading, the top level of reform plans and 规划 with no 一、 level:
# "第一章  现实基础" (body.py reads the chapters as sections only there).
# (or glued to its name, as a copy that lost the space sets it: "第一章社会信用体系建设总体思路")
CHAPTER_RE = re.compile(
    r"^第(?P<numeral>[一二三四五六七八九十]{1,3})章(?:[、.．:：]|[\s\u3000]+|(?=\p{Han}{4}|[“\"]\p{Han}))"
    # (or a standard heading glued to its chapter's first paragraph: "第一章 发展基础
    # “十三五”时期,各级机关事务管理部门…")
    # (a name may open with a quoted period, "第一章  “十一五”林业发展基本情况", with no
    # space before it too: "第一章“十四五”时期博物馆事业发展形势分析")
    r"\s*(?P<rest>(?:\p{Han}|[“\"]\p{Han}).{0,40}|(?:" + GLUED_HEADING_RE.pattern + r").{20,})$"
)
# A heading of targets a copy ran into the run-in label of its first part, "二、行动目标
# 总体目标:全面提升…" (title 行动目标; the label and its text are the intro).
STACKED_RUN_IN_RE = re.compile(
    rf"^(?:{_STANDARD_HEADINGS}|\p{{Han}}{{2}}目[标標])"
    r"(?=(?:总体|總體|具体|具體|主要|阶段性?|階段性?|近期|远期|遠期|年度)?目[标標][:：]"
    r"|[总總]目[标標][:：])"
)
# A section's heading glued to its first numbered point, "二、主要指标1、学前一年教育率
# 达90%…": a short title with no digit or sentence in it, then "1、" and words.
# (a title of two clauses too: "一、坚持和完善党对教育工作的全面领导,不断提高教育系统
# 党的建设水平1.加强党的政治建设。")
SECTION_THEN_FIRST_POINT_RE = re.compile(
    r"^\s*[一二三四五六七八九十]{1,3}[、．.]\s*"
    r"(?:[^，,。；;：:!！?？\d\s]{2,16}?|[^，,。；;：:!！?？\d\s]{2,20}[，,][^，,。；;：:!！?？\d\s]{2,20}?)"
    # (or its first group: "二、发展目标(一)总体目标进一步优化…")
    # (or set apart from it by a space: "一、加强党建工作引领 1.加强政治建设。…")
    r"(?=[ \u3000]*1[、.．](?!\d)\s*\p{Han}|[(（]一[)）]\s*\p{Han})"
)
# The marker of a heading after the first, with its title's first character.
_NEXT_HEADING_OPENING = r"(?:[（(][二三四五六七八九十][)）]|[二三四五六七八九十]、)\p{Han}"
# A heading a copy glued to the end of the paragraph before it, closed by its own stop:
# "…选派第一书记。(二)帮扶力量安排。" (the heading's text is on the next line).
GLUED_HEADING_AT_END_RE = re.compile(
    rf"(?<=[。；;])\s*(?P<heading>{_NEXT_HEADING_OPENING}[^。，,；;：:、()（）]{{1,18}}。)$"
)
# ... or set apart from the sentence by a space, with no stop: "…平台和门户。 二、主要目标".
SPACED_HEADING_AT_END_RE = re.compile(
    rf"(?<=[。；;])[ \u3000]+(?P<heading>{_NEXT_HEADING_OPENING}[^。，,；;：:、()（）\s]{{1,18}})$"
)
# The person in charge of a heading's work, in brackets at its end: "(李焕龙负责)",
# "(张恩周、王红负责)"; a note on the heading, no part of its title.
PERSON_IN_CHARGE_END_RE = re.compile(
    # (never a manner of doing it: "(认真负责)", "(分别负责)")
    r"[(（](?!认真|認真|切实|切實|共同|分别|分別|具体|具體|各自|全面|按)"
    r"\p{Han}{2,3}(?:[、,，]\p{Han}{2,3})*(?:负责|負責|分管)[)）]$"
)
# A bracket inside a heading's line with text after it, set apart or going on with
# words: "…经济发展支撑(责任部门:经济发展办公室等) 全力拼抢…" (body.py reads it as a
# tag only where its content names units with a role word).
HEADING_TAG_THEN_TEXT_RE = re.compile(
    r"[(（](?P<content>[^()（）]{2,60})[)）](?=[ \u3000]*\p{Han}{2})"
)
# The last words of a heading a preview's chunk cut, at the start of the next chunk
# and closed by its stop: "革。" after "(三)持续深化集体林权制度改" (unfold.py cuts it
# off the text after it; body.py adds it to the heading).
CHUNK_HEADING_TAIL_RE = re.compile(r"[^\s。，,；;：:、（）()“”]{1,8}。")
# A heading's marker alone, with nothing after it: where an excerpt stops ("一、").
BARE_MARKER_LINE_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}[、．.]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．])\s*$"
)
# ... or a section's heading whose title stops at a word that joins it to more, where
# an excerpt ends: "一、现状与" (never a title: a heading ends on a word of its own).
CUT_HEADING_LINE_RE = re.compile(
    r"^\s*[一二三四五六七八九十]{1,3}[、．.]\s*\p{Han}{1,20}?(?:与|與|和|及|以及|的|、|[,，])\s*$"
)
# What a page cut short after the notice's signed date may keep of the next
# date ("2023年2月10日" / "2023"): regions.py closes the notice with it.
CUT_DATE_FRAGMENT_RE = re.compile(r"\d{1,4}(?:[年.\-/]\d{0,2})?")
# A heading of any words glued to its text, where that text opens the way a
# sentence of a plan does ("一、加强全域科普机制建设按照河东区…", "…共谋发展坚持把
# 党的领导贯穿始终。"): body.py cuts there only on a line that goes on after the
# heading's sentence, since a heading alone on its line may hold these words
# ("毫不动摇坚持党的绝对领导").  Never after a word that the cue completes.
# (a point counted in words opens with 一是, never the 一 of a word: 统一是, 唯一是)
_FIRST_POINT = r"(?<![统統唯同第万萬单單划劃进進专專均逐])一是"
GLUED_TEXT_CUE_RE = re.compile(
    r"(?<=\p{Han}{4})(?<!关于|对于|毫不动摇|坚定不移|必须|不断|持续|确保|更加|[的和与及把将在要为以对])"
    r"(?:按照|根据|依据|围绕|(?:始终)?坚持"
    r"|以[^，,。；;：:]{2,30}?为(?:契机|抓手|主线|重点|核心|载体|目标|导向|指导|统领|引领|牵引|依据)"
    # ... or a look back at recent years, or this year's work to come: "…高度重视
    # 近几年来,…", "…总体要求今年防汛工作要继续…"
    r"|近(?:几|些)?年来"
    # (or a year the text opens on: "…决策气象服务工作回顾2023年是气象部门…")
    r"|(?<!\d)(?:19|20)\d{2}\s*年(?:是|以来|[,，])"
    r"|今年(?=\p{Han}{2,12}?(?:要|将|將)(?!求))"
    r"|全[省市区县](?=\p{Han}{2,12}?(?:战线|上下|各级|要))"
    r"|“[^”]{1,10}”(?:时期|期间|期間)"
    # ... or a sentence that opens by saying where it looks from, or what a document
    # is: "…打开思想观念新局面从党的历史和组织工作历史来看,…", "…基本要求及目标《纲要》
    # 是全面贯彻…"
    r"|(?<!\p{Han}[是以])[从從][^，,。；;：:“”]{2,20}?(?:[来來]看|看[来來]|出[发發])[,，]"
    r"|《[^》]{1,30}》是"
    # ... or the body's own account of itself: "…加强组织领导我乡政府成立…", "…做好森林
    # 防火工作我镇森林防火工作要…" (never after a verb whose object it is: "推动我省…")
    r"|(?<!推动|推動|促进|促進|推进|推進|加快|带动|帶動|引领|引領|服务|服務|支持|助力|提升|实现|實現)"
    r"我(?:乡|鄉|镇|鎮|县|縣|区|區|市|局|校|院|所)"
    r"(?=(?:人民政府|政府|党委|黨委)?(?:成立|将|將|要|始终|始終|高度|\p{Han}{2,6}工作))"
    # ... or its first point counted in words: "…意识教育一是化解一批…"
    rf"|{_FIRST_POINT}(?=\p{{Han}}))"
)
# ... and that first point alone, which no heading holds however short it is:
# "（一）健全禁毒宣传机制一是持续完善…" (a short heading may hold the other cues).
GLUED_FIRST_POINT_RE = re.compile(rf"(?<=\p{{Han}}{{4}}){_FIRST_POINT}(?=\p{{Han}}{{4}})")
# ... and one on a line of its own that lost its numeral and its 、: "工作目标" before
# "二、工作重点" (castplan/grammar/body.py reads it as section 一 there only).
# (two of them may share the line, the second perhaps short: "指导思想和目标")
BARE_HEADING_RE = re.compile(
    rf"^(?P<numeral>)(?P<rest>(?:{_STANDARD_HEADINGS})(?:(?:和|与|與|及|、)\p{{Han}}{{2,4}})?)$"
)
# A heading in the middle of a line, after a sentence: "…现提出如下意见： 一、授予…".
RUN_TOGETHER_HEADING_RE = re.compile(
    r"[。：:；;]\s*(?:[一二三四五六七八九十]{1,3}(?:[(（][a-zāáǎàīíǐìē]+[)）])?、|[(（][一二三四五六七八九十]{1,3}[)）]|[1-9]\d?[.、．])"
)
# An item's number in a page run together: a long task list runs past 99 ("…99.…。100.…"),
# and the sequence the markers run in vouches for it (unfold.py).
_RUN_ITEM_NUMBER = r"[1-9]\d{0,2}"
# A heading marker inside a line: where a page that ran its lines together is cut
# back into lines (castplan/grammar/unfold.py reads what stands before it).
RUN_TOGETHER_MARKER_RE = re.compile(
    r"(?P<marker>"
    # (a Taiwan copy's section numbers take a plain dot: "一.活動名稱:… 二.活動依據:…")
    r"(?P<section>[一二三四五六七八九十]{1,3})(?:[,，]?[、．]|\.(?!\d))"
    rf"|[(（〔](?P<group>{_GROUP_NUMERAL})[)）〕]"
    # (a PDF's text may put a space before the item's dot: "…引领1 .坚持用…")
    rf"|(?P<item>{_RUN_ITEM_NUMBER}) ?[.．﹒、](?!\d))"
)
# A marker straight after a closing bracket: where an item glued after the unit tag
# of the one before may start ("…。(省发改委负责)(二)…"); unfold.py checks the tag.
TAG_THEN_MARKER_RE = re.compile(
    rf"[)）](?=[(（]{_GROUP_NUMERAL}[)）]|{_RUN_ITEM_NUMBER}[.．、](?!\d))"
)
# ... set apart by a space or a sentence's end: a line with fewer than two of these
# is no page run together, and is not read further (a quick test for every long line).
RUN_TOGETHER_SEPARATED_RE = re.compile(
    r"(?:^|[\s。；;：:])(?:[一二三四五六七八九十]{1,3}(?:[,，]?[、．]|\.(?!\d))"
    rf"|[(（〔]{_GROUP_NUMERAL}[)）〕]|{_RUN_ITEM_NUMBER}[.．﹒、](?!\d))"
)
# A heading's clauses set apart by commas: "贯彻新思想,实施女职工思想引领行动".
CLAUSE_COMMA_RE = re.compile(r"[,，]")
ALL_HAN_RE = re.compile(r"\p{Han}+")
# A verb that opens a plan's sentence, where the text glued to a heading of parallel
# clauses starts: "…,把牢人大工作新思想坚守政治定力。" (never after 地 or 的, which
# make it the heading's own: "…,扎实有效地做好森林防火工作").
SENTENCE_OPENING_VERB_RE = re.compile(
    r"(?<![地的和与及并、])(?:学习|加强|坚守|发挥|集中|认真|积极|深入|切实|着力|大力|持续"
    r"|建立|健全|推进|推动|开展|落实|做好|抓好|强化|严格|扎实|围绕|结合|依托|坚决|继续|进一步)"
)
# A heading that opens with a verb, perhaps after an adverb: "进一步落实好…", "依法加强…",
# "认真开展…" (lines.py reads where such a heading runs into its text) ...
VERB_LED_HEADING_RE = re.compile(
    r"(?:进一步|進一步|切实|切實|全力|认真|認真|积极|積極|依法|扎实|紮實|着力|大力|全面)?"
    r"(?:落实好?|落實好?|做好|开展|開展|加强|加強|抓好|参与|參與|推进|推進|强化|強化)"
)
# ... and, after the work it names, the verb that opens its text: "…督导评估积极推动各县…",
# "…管理工作加强对木材…", "…产业化建设稳步推进第一产业…" (never the heading's own last
# words: the work comes first, as a heading's object does).
SECOND_VERB_AFTER_WORK_RE = re.compile(
    r"(?<=\p{Han}{6}(?:工作|建设|建設|评估|評估|考核|任务|任務|管理))"
    r"(?:加强|加強|积极|積極|认真|認真|切实|切實|稳步|穩步|统筹|統籌|指导督促|指導督促|深入|着力"
    r"|全面推进|全面推進)(?=\p{Han}{2})"
)
# Where a sentence breaks into clauses: "推动经济稳定健康发展,必须…".
CLAUSE_BREAK_RE = re.compile(r"[,，；;]")
# A table's empty row written as text: bars and spaces only.
# (or a copy's rule under a table's head row, as Markdown writes it: "---|---|---|---|")
EMPTY_ROW_RE = re.compile(
    r"[ \t\u3000]*[|\uff5c][ \t\u3000|\uff5c]*"
    r"|[ \t\u3000]*(?:[|\uff5c][ \t\u3000]*)?:?-{3,}:?[ \t\u3000]*[|\uff5c][ \t\u3000|\uff5c:\-]*"
)
# The bars of a table's cells written as text, which are no characters of its text.
TABLE_BARS_RE = re.compile(r"[|\uff5c]+")
# A dash or dot bullet (施政方针 pages list their measures so).
# Line: ——实施全民科学素质提升行动。
# Line: - 推動公共行政改革
# Line: • 推动公共行政改革
# (never a report's note of the day it was given, which dates the report and lists no
# task: "——2022年12月30日在山南市第二届人民代表大会第四次会议上")
DASH_RE = re.compile(
    r"^(?![—－\-]{1,2}\s*(?:19|20)\d{2}\s*年[^。，,]{2,12}?日\s*在)"
    r"(?P<dash>——|—|－－|--|-(?=\s)|[•●▪◆])\s*(?P<rest>\S.*)$"
)

# --- lead and supporting units ------------------------------------------------

# (a ministry's departments and bureaus too, "牵头司局", and one office named alone:
# "责任处", "牵头处(室)", "牵头机构"; a party committee's or an association's
# departments, "牵头部室")
# (written with as few characters as the forms allow: every character of a label
# is compiled with its pinyin gloss, once per label in each pattern that holds it)
_ONE_OFFICE = r"(?:[部](?:[门門]|室)|[单單]位|[处處科股](?:室|[(（]室[)）])?|司局?|[机機]构)"
# (two kinds named together: "责任处室及单位", "牵头部门(单位)")
_OFFICE = rf"(?:{_ONE_OFFICE}(?:[及和与與、/]{_ONE_OFFICE}|[(（]{_ONE_OFFICE}[)）])?)"
# A label may name the level of the units it lists ("市直责任单位", "省级牵头部门"), or
# the work, the trade or the rank it is over ("工作责任单位", "行业主管部门", "第一责任单位"),
# and, after its role, the work the role takes on ("牵头负责单位", "责任落实单位",
# "协调配合单位"): the role word decides the label's kind.
_LABEL_SCOPE = r"(?:[市县縣区區省][直级級]|工作|任[务務]|行[业業]|[业業][务務]|第一)?"
_LABEL_WORK = r"(?:[负負][责責]|落[实實]|[实實]施|[协協][调調]|[组組][织織]|推[进進]|[统統][筹籌])"
# The office words a label coined with any two words before them ends in.
_UNIT_WORD = r"(?:[单單]位|部[门門])"
# Those besides the lead a label names ("相关责任单位", "其他配合单位", "有关配合单位").
_LABEL_OTHERS = r"(?:相[关關]|其[他它]|有[关關])"
# 牵头部门, 牵头单位, 牵头责任单位, 责任牵头单位, 主责部门, 主办单位, 主办处室.
_LEAD = (
    # (a 政协 plan's lead is a sector group: "牵头界别组:无党派组"; leads together:
    # "共同牵头单位"; the lead and the responsible in one label: "牵头(责任)单位",
    # "牵头和责任单位")
    # (any two words may qualify it where an office closes it, as offices coin them:
    # "具体牵头单位", "州级牵头部门", "牵头执行单位", "牵头主管部门")
    rf"(?:(?:{_LABEL_SCOPE}(?:主要|[责責]任|共同|[联聯]合)?|\p{{Han}}{{2}}(?=[牵牽][头頭]{_UNIT_WORD}))"
    rf"[牵牽][头頭](?:[和及]?[责責]任|[(（][责責]任[)）]|{_LABEL_WORK}|\p{{Han}}{{2}}(?={_UNIT_WORD}))?"
    rf"(?:{_OFFICE}|\p{{Han}}{{0,3}}?[组組])?"
    # (or the main charge alone: "主责:市科技局"; or the one that leads or drives
    # it: "主导部门", "主抓单位")
    rf"|主[责責办辦导導抓]{_OFFICE}?"
    # (or, in a legislative plan, the unit that drafts the bill or studies it first:
    # "起草单位:市城管执法局", "调研单位:市文旅局")
    r"|(?:起草|[调調]研)[单單]位)"
)
# 责任单位, 责任科室, 责任主体, 承办单位 (or "承办:"): lead unless a 牵头 clause names the lead.
# (and 组织单位, a call for activities' "建议组织单位")
# (and 负责单位, 落实单位, 实施单位, 执行单位: "落实单位:各县区政府")
# (and the key ones under a lead: "牵头责任部门:城市管理科" / "重点责任部门:综合执法支队")
# (and those that bear the work where it is done: "主体责任单位:各村(居)")
_RESPONSIBLE = (
    # (and the main or the direct ones: "主要责任单位", "具体责任单位", "直接责任单位")
    # (and the work they carry: "责任落实单位", "责任推进单位")
    rf"(?:{_LABEL_SCOPE}(?:重[点點]|主[体體]|主要|具[体體]|直接|{_LABEL_OTHERS})?[责責]任"
    rf"(?:落[实實]|[实實]施|推[进進])?(?:{_OFFICE}|主[体體](?:[单單]位)?)"
    rf"|(?:主要|具[体體])?承[办辦](?:[部][门門]|[单單]位)?"
    # (and those that take the work on or have charge of it: "承担单位", "主要承担单位",
    # "主管部门")
    rf"|{_LABEL_SCOPE}(?:主要|具[体體]|直接)?[负負][责責](?:落[实實]|[实實]施)?{_OFFICE}"
    rf"|{_LABEL_SCOPE}(?:主要|具[体體])?(?:承[担擔]|主管|[归歸]口(?:管理)?){_OFFICE}"
    # ("组织实施单位", "具体落实单位", "落实责任单位")
    rf"|(?:具[体體]|主要|[组組][织織]|推[进進])?(?:落[实實]|[实實]施|[执執]行)(?:[责責]任)?"
    rf"(?:[单單]位|[部][门門]|主[体體])"
    rf"|(?:建[议議])?[组組][织織](?:[单單]位|[部][门門]))"
)
# 配合单位, 协同责任单位, 协办单位, 参与部门.
_SUPPORT = (
    # (and the departments a 政协 plan consults: "协商部门:省住建厅", and those that
    # give a target's figures: "数据提供单位:市统计局")
    # (a bare role word is a label too: "牵头:市发改委;参与:市财政局")
    # (two role words: "协调配合单位", "参与实施单位")
    rf"{_LABEL_SCOPE}(?:主要|{_LABEL_OTHERS})?(?:[协協][调調]|[协協][同助作]|[参參][与與])?"
    # (and Jiangsu's "会办单位", those that handle the work with the lead)
    rf"(?:配合|[参參][与與]|[协協](?:办|辦|同|助|作|商|[调調])|支持|[参參]加|(?:[数數][据據])?提供"
    rf"|[会會][办辦])"
    # (and the work they join in: "配合落实单位", "协同推进单位", "配合协作单位")
    rf"(?:落[实實]|[实實]施|推[进進]|[协協]作)?(?:(?:[责責]任)?{_OFFICE})?"
)
# A label set off from its names by a space alone, as a table's cell border leaves it.
_LABEL_SPACE = r"[ \u3000\t]+(?=\S)"
# A labelled clause "牽頭部門:宣傳文化部" or "配合部门：X、Y".
# A label may say in brackets what else it covers: "牵头科室(单位):计划科".
_LABEL_NOTE = r"(?:[(（][^()（）:：]{1,6}[)）])?"
# (or a label in lenticular brackets with no colon: "【牵头单位】市发改委"; or one that
# says its names are: "牵头单位为市科技局"; or a space where a table's cell border
# stood: "牵头单位 市科技局 配合单位 市财政局")
UNIT_LABEL_RE = re.compile(
    rf"^(?P<bracket>【)?(?:(?P<lead>{_LEAD})|(?P<responsible>{_RESPONSIBLE})|(?P<support>{_SUPPORT}))"
    rf"{_LABEL_NOTE}(?(bracket)】\s*[:：]?|(?:\s*(?:[:：]|[为為](?=\S))|{_LABEL_SPACE}))"
    r"\s*(?P<names>.*)$"
)
# An unlabelled clause ending in its role: "財政部、國家知識產權局等部門負責",
# "A、B牵头", "C按职责分工负责", "D配合", "A主办,B协办".
# (also "由A牵头", "A牵头抓总", "A具体负责", "A为牵头单位,B为配合单位")
# (each role may name the work it does after it: "牵头推进", "负责组织实施", "配合落实",
# "牵头指导", or two works: "牵头指导推进")
_ROLE_ACTION = (
    r"(?:[组組][织織])?"
    r"(?:推[进進]|[实實]施|落[实實]|[办辦]理|推[动動]|[执執]行|完成|[开開]展|指[导導])"
)
UNIT_ROLE_RE = re.compile(
    r"^由?(?P<names>.+?)(?:"
    r"(?P<lead>(?:按(?:照)?(?:职责|職責|职能|職能)分工)?(?:[为為]|分别|分別|[总總])?[牵牽][头頭](?:[负負][责責]|[实實]施|抓[总總]|落[实實])?"
    rf"(?:{_ROLE_ACTION}){{0,2}}(?:[单單]位|[部][门門])?|主[办辦]|起草|主[责責]|[负負][总總][责責])"
    r"|(?P<responsible>(?:按(?:照)?(?:职责|職責|职能|職能)分工|分工|按(?:照)?(?:职责|職責|职能|職能))?"
    # (a bare 落实 after the lead too: "市河长办牵头,各成员单位参与,各乡(镇)办落实")
    rf"(?:(?:分别|分別|共同|具体|具體)?[负負][责責](?:落实|落實|{_ROLE_ACTION})?|(?:分别|分別)?落[实實]"
    # (or the work alone: "各区政府具体实施", "各县(市、区)人民政府共同推进")
    rf"|(?:分别|分別|共同|具体|具體){_ROLE_ACTION}"
    # (or each for its own part: "卫生司、食品局、办公厅各负其责")
    r"|各[负負]其[责責])"
    r"|(?:[为為])[责責]任(?:[单單]位|[部][门門]))"
    r"|(?P<support>(?:[为為])?(?:配合|[参參][与與]|[参參]加|[协協]助|[协協]同|[协協][办辦])"
    rf"(?:配合|{_ROLE_ACTION})?(?:[单單]位|[部][门門])?))$"
)
# A lead's role glued to the next units' names: "县司法局牵头各行政机关负责".
GLUED_LEAD_RE = re.compile(
    r"[牵牽][头頭](?=[各市县縣区區省])(?!各[项項]|市[场場]|省[级級]|县[级級]|区[级級])"
)
# A note after a tag's units that says how to read the tags below: "以下各项工作均需
# 各县区具体落实,不再注明", "下同".
TAG_NOTE_CLAUSE_RE = re.compile(r"^(?:以下|下同)|不再(?:注明|列出|一一列出|重复)|下同$")
# A lead's role word a labelled list closes with a 、 before the units it leads:
# "经济投资局和航空口岸局分别牵头、区发改局" (or the office that handles it, before
# those that handle it with it: "市科技局主办、市财政局协办").
LEAD_BEFORE_LIST_RE = re.compile(r"(?P<lead>[牵牽][头頭]|主[办辦])、")
# ... and one set after the units by a comma: "市人社局,此项及以下任务均需…落实".
COMMA_NOTE_RE = re.compile(r"[,，]\s*(?:此[项項]及|本[项項]及)以下")
# Two units named as working together, the first leading: "市发改委会同市财政局负责".
TOGETHER_WITH_RE = re.compile(r"[会會]同")
# A name a list marks as its lead: "市发改委(牵头)、市财政局".
# (or in tortoise-shell brackets: "市科技局〔牵头〕、市财政局")
MARKED_LEAD_RE = re.compile(r"\s*[(（〔][牵牽][头頭][)）〕]$")
# A closing sentence that names who does the work: "…听取和审议。由省人大监察和司法委员会
# 负责做好相关工作。" (人大 plans name the committee so).
CLOSING_RESPONSIBLE_RE = re.compile(
    # (its list may mark a change of kind with a comma: "由市发展改革委,各县市区人民政府,
    # 市经济开发区管委会负责落实", on a line of its own)
    # (or, as a paragraph of its own after the item's text, with no 由: "…提高产品档次和
    # 质量。" / "省质监局、工业和信息化厅、科技厅负责落实。")
    # (a line of its own may open with a dash: "──由市卫生局…组织落实。")
    # (or, after a comma, the item's last clause, perhaps naming the work it is about:
    # "…创新平台,由市科技局负责。", "…。此项工作由市科技局负责落实。")
    r"(?:(?:^|[。；;，,])\s*(?:[─—]{1,2}\s*)?"
    r"(?:(?:此|[该該]|本|以上|上述)[项項]?(?:工作|任[务務]|措施)\s*)?由|[。；;]\s*\n\s*(?=[^由]))"
    # (or organise it: "──由市卫生局会同有关部门和各县市区组织落实。"; or take it on:
    # "由市科技局承办。", "由市科技局具体负责。", "…共同负责")
    r"(?P<names>[^。；;由\n]{2,80}?)(?:[牵牽][头頭])?(?:具[体體]|共同|分[别別])?"
    r"(?:[负負][责責][^。；;，,]{0,16}|[组組][织織](?:落[实實]|[实實]施|推[进進])|承[办辦])"
    # (and who helps: "此项工作由省府办公厅负责,省监察厅、法制办配合。")
    r"(?:[，,]\s*(?P<support>[^。；;，,由\n]{2,80}?)(?:[配協协][合助同]|参与|參與))?"
    # (and when it is due: "由市科技局负责推进,2025年底前完成。")
    r"(?:[，,]\s*(?P<deadline>[^。；;，,]{2,20}?完成))?[。；;]?\s*$"
)
# ... or a closing sentence of the names alone and their role, run in after the
# item's text with no 由: "…加大投入。市财政局、市税务局负责。"
CLOSING_NAMED_RE = re.compile(
    r"(?<=[。；;])\s*(?P<names>[^。；;由\n]{2,60}?)(?:按(?:照)?(?:职责|職責)(?:分工)?)?"
    r"(?:[负負][责責](?:落[实實])?|落[实實])[。；;]?\s*$"
)
# Roles written into the item's sentence instead of a tag, as task-division
# notices do: "由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成…".
INLINE_ROLES_RE = re.compile(
    # (the lead may be given by 由: "…。由市发改委牵头,市财政局配合。")
    # (or by 由 after a comma, the sentence's last clauses: "…建设,由市科技局牵头,…";
    # the lead may be in charge or handle it: "市科技局负责,市财政局配合", "X主办,Y协办",
    # where others are named after it)
    r"(?:^|[。；;\n]|[，,](?=\s*由))\s*(?:由[^，,。；;]{2,16}?[负負][责責][,，])?由?"
    r"(?P<lead>[^，,。；;由]{2,40}?)"
    r"(?:[牵牽][头頭](?:[负負][责責])?|(?P<charge>[负負][责責]|主[办辦]))[,，]"
    # (the others may assist, or take on their share of it: "市财政局协办。",
    # "市财政局、市人社局按职责分工负责。")
    r"(?:(?P<support>[^，,。；;]{2,80}?)(?:配合|[参參][与與]|[协協][助办辦同]"
    r"|(?P<share>(?:按(?:照)?[职職][责責](?:分工)?)?(?:[负負][责責]|落[实實])(?:落[实實])?))[,，。；;])?"
)
# A deadline's label: "完成时限", "时间安排", "时限", "时限要求"; "截止时间",
# "办结时限", "进度安排"; the time the work itself is given: "治理时限", "整改时限".
_DEADLINE_LABEL = (
    r"(?:(?:完成|截止|[办辦][结結])(?:时限|時限|时间|時間|期限|日期)|[时時][间間](?:节点|節點|安排|要求)"
    r"|(?:治理|整改|整治|[办辦]理)?[时時]限(?:要求)?|[进進]度(?:安排|要求)"
    # (and, in a legislative plan, when the draft is handed in: "报送时间", "报送议案时间")
    r"|[报報]送(?:[议議]案|[审審][议議])?[时時][间間])"
)
# A time's bare label, which is a deadline only in a tag that names units too:
# "(牵头单位:市科技局,时间:2025年6月)"; on a line of its own under an activity
# it is when the activity takes place ("时间:3月16~18日" / "地点:…").
_TIME_LABEL = r"[时時][间間]"
# A person's label in a tag, who is no unit: "责任人:张三", "分管领导:李四".
_PERSON_LABEL = (
    r"(?:(?:[牵牽][头頭]|分管|[责責]任)[领領][导導]|(?:[责責]任|[负負][责責]|[联聯][系繫])人)"
)
# A labelled unit clause run in after the item's last sentence, with no brackets:
# "1.地区生产总值增长13.5%。主办单位:市发展和改革委员会、统计局。"
# (the next labels after a semicolon, a comma or a space, a deadline's among them:
# "…研发。 牵头单位:市科技局 责任单位:市财政局", "…,完成时限:2024年底")
# (the labels are written once, each clause set apart from the one before by a stop,
# a comma or a space: each copy of them is compiled with its glosses; castplan reads
# the clauses as a tag, which must name units)
TRAILING_LABEL_RE = re.compile(
    rf"(?<=[。；;])\s*(?P<clause>(?:(?:(?<=[。；;]\s*)|[；;,，。]\s*|\s+)"
    rf"(?:{_LEAD}|{_RESPONSIBLE}|{_SUPPORT}|{_DEADLINE_LABEL}|{_PERSON_LABEL})"
    rf"{_LABEL_NOTE}\s*[:：][^。；;:：]{{1,80}})+)[。；;]?\s*$"
)
# A role word closing a labelled list: "责任单位:A、B按职责分工负责".
UNIT_ROLE_TAIL_RE = re.compile(
    # (both: "乡镇人民政府按职责分工分别负责"; or the label's own role again:
    # "牵头部门:A,B按照职责分工牵头")
    r"(?:按(?:照)?职责分工|按(?:照)?職責分工|按(?:照)?职责|按(?:照)?職責)?(?:分别|分別|共同)?"
    r"(?:[负負][责責](?:落实|落實)?|[牵牽][头頭]"
    # (or each for its own part, or each carrying it out: "办公厅各负其责", "各直属海关分别落实")
    r"|各[负負]其[责責]|(?<=分别|分別|共同)落[实實])$"
)
# What separates unit names: "、" and commas; "和/及" join two names.
# ("/" too, as Hong Kong's lists write it: "政務司司長辦公室/勞工及福利局")
# (never before a generic word that only goes on with the collective, which keeps
# the text's own 和: "镇直镇企各有关单位和部门")
# What separates two lists of units named alone: "(市发改委；市财政局、市商务局)".
UNIT_LIST_SPLIT_RE = re.compile(r"\s*[；;]\s*")
UNIT_NAME_SPLIT_RE = re.compile(
    r"[、,，/\uff0f]|(?<=[部局委厅廳办辦会會院室处處门門府位心])(?:和|及|与|與)"
    r"(?!(?:单位|單位|部门|部門|机构|機構|企业|企業)(?:$|[、,，/\s]))"
)
UNIT_CLAUSE_SPLIT_RE = re.compile(
    # (a deadline's label too: "牵头单位:A,责任单位:B,完成时限:长期坚持")
    # (or a slash: "牵头单位:A/配合单位:B"; and before a person's label: "A 责任人:张三")
    # (or a label that says its names are: "牵头单位为A,配合单位为B")
    # (or a space, where a line holds several labels: "时间安排:4月 牵头界别组:无党派组")
    # (or nothing at all after an office's name, where a printed copy's line break or a
    # table's cell border stood: "牵头单位:市科技局配合单位:市财政局")
    # (or before a label in lenticular brackets: "【牵头单位】A【配合单位】B")
    rf"[;；]|(?:[,，。/\uff0f]|\s+|(?<=[部局委厅廳办辦会會院室处處门門府位心])|(?<=.)(?=【))"
    # (the labels are written once for all of these, each copy of them being compiled
    # with its glosses, cf. castplan/grammar/glosses.py; in no group, which the split
    # would return)
    rf"(?=\s*【?(?:{_LEAD}|{_RESPONSIBLE}|{_SUPPORT}|{_DEADLINE_LABEL}|{_PERSON_LABEL}|{_TIME_LABEL})"
    rf"(?:】|{_LABEL_NOTE}(?:\s*(?:[:：]|[为為]\S)|{_LABEL_SPACE})))"
)
# A deadline in brackets of its own after an item's tag: "…(2025年12月底前完成)".
_TAG_OPEN_CLASS = f"[{re.escape(TAG_OPEN)}]"
_TAG_CLOSE_CLASS = f"[{re.escape(TAG_CLOSE)}]"
TRAILING_DEADLINE_RE = re.compile(
    rf"(?<={_TAG_CLOSE_CLASS})\s*{_TAG_OPEN_CLASS}"
    rf"(?P<deadline>[^{re.escape(TAG_OPEN + TAG_CLOSE)}]{{2,24}}){_TAG_CLOSE_CLASS}\s*[。；;]?\s*$"
)
# ... or after the item's last sentence, where it names when the work is due: "…形成
# 工作计划。(4月5日以前完成)", "…农民培训班。(12月底以前)".
SENTENCE_DEADLINE_RE = re.compile(
    rf"(?<=[。；;])\s*{_TAG_OPEN_CLASS}(?P<deadline>[^{re.escape(TAG_OPEN + TAG_CLOSE)}]{{0,16}}?"
    r"(?:\d{1,2}\s*月|年底|年内|年內)[^()（）]{0,8}?(?:以前|之前|前|底)[^()（）]{0,10}?)"
    rf"{_TAG_CLOSE_CLASS}\s*$"
)
# A time alone after an item's last sentence, as a table's time cell runs in once the
# row is joined: "…研究部署下一阶段工作。4月份", "…创建活动。12月底前".
BARE_DEADLINE_RE = re.compile(
    r"(?<=[。；;])\s*(?P<deadline>(?:(?:19|20)\d{2}年)?\d{1,2}(?:-\d{1,2})?月"
    r"(?:份|底前?|中旬|上旬|下旬|前)?(?:完成)?|年底前?(?:完成)?|全年|长期坚持|持续推进)\s*\|?\s*$"
)
# A tag's standing rule that the first unit it names leads: "列第一位的为牵头部门",
# "责任单位两个以上的，列第一者为牵头单位，下同", "排在第一位的为牵头单位",
# "第一责任单位为牵头单位,下同", "排名第一的為牽頭單位,下同"; with
# the condition before it and the "下同" after it, the whole clause is the rule.
FIRST_LEADS_RE = re.compile(
    # (or with an exception before it: "除标注为“牵头”单位外，列第一位的为牵头或汇总单位")
    r"(?:[^。；;,，()（）]{0,24}的\s*[,，]\s*|除[^。；;,，()（）]{0,20}?外\s*[,，]\s*)?"
    # (or names the first by its rank: "第一责任单位为牵头单位,下同", "第一位为牵头单位",
    # "排序第一的为牵头单位", "位列第一的…")
    r"[^。；;,，()（）]{0,8}?(?:(?:列|排)(?:在|名|序)?(?:第一|首)位?|位列(?:第一|首位)"
    r"|第一(?:[责責]任)?(?:[单單]位|部[门門])|第一(?:位|[个個])(?:[单單]位|部[门門])?)"
    r"[^。；;,，()（）]{0,6}?[为為爲是]"
    r"[^。；;,，()（）]{0,8}?[牵牽][头頭][^。；;,，()（）]{0,8}"
    # (a clause on the other units may stand before the "下同": "列第一位者为牵头部门,
    # 其他有关部门或单位按职责分工负责,下同")
    r"(?P<below>(?:\s*[,，][^。；;,，()（）]{1,24}?)?\s*[,，]\s*(?:下同|以下同))?"
)
# The label of a note on the lines after a plan's tasks: "注：…", "备注:…", "说明：…".
# Line: 注：各项任务中排在第一位的为牵头单位，其他为配合单位。
RULE_NOTE_RE = re.compile(r"^(?:注|備註|备注|說明|说明)\s*[:：]\s*")
# ... or a rule that the units a tag marks with a star lead: "標☆的為牽頭單位,下同".
STAR_LEADS_RE = re.compile(
    r"[。；;,，]?\s*[标標](?:有|注|注有)?\s*[☆★※]\s*(?:[的者])?\s*[为為爲是]\s*[牵牽][头頭]"
    r"(?:[单單]位|[部][门門]|[责責]任[单單]位)?(?P<below>\s*[,，]\s*(?:下同|以下同))?[。；;]?"
)
# A name a tag marks with a star: "☆經信局".
STARRED_NAME_RE = re.compile(r"[☆★※]\s*([^、,，。；;☆★※()（）]+)")
# Units named after a dash that closes an item's last sentence: "…推动平台建设。——市科技局"
# (a dash inside a sentence, "…两个体系——科技创新体系和…", names none: the dash must
# follow a stop).
DASH_TAG_RE = re.compile(
    r"(?<=[。；;！!])\s*(?P<dash>——|—|－－|--)\s*(?P<names>[^。；;—－]{2,80}?)\s*$"
)
# ... or in lenticular brackets before the item's text: "1.【市科技局】完善科技创新机制。"
# (or in round brackets, where it must be labelled: "(牵头单位:市科技局)完善…")
LEADING_TAG_RE = re.compile(
    r"^\s*(?:【(?P<content>[^【】\n]{2,80})】|[(（](?P<labelled>[^()（）\n]{2,80})[)）])"
)
# Brackets left empty once what they held is read: "()".
EMPTY_BRACKETS_RE = re.compile(r"[(（]\s*[)）]")
# A heading that names who leads the work under it: "(一)省监察厅牵头的工作".
# (a person's, "孟学农省长负责的工作", names no unit and is left to LEADER_NAME_RE)
HEADING_LEAD_RE = re.compile(
    r"^(?P<names>[^，,。；;：:]{2,30}?)(?:[牵牽][头頭]|[负負][责責])的工作$"
)
# An office's name alone with its colon, over the duties it leads: "业务部:", "市财政局：".
# (read as a group heading, numbered by its place: its dash group is empty)
UNIT_HEADING_RE = re.compile(r"^\s*(?P<dash>)(?P<rest>[^，,。；;：:、\s]{2,24}[:：])\s*$")
# A kind of place that a 各 before it makes a level of units: "各县", "各街道".
_LEVEL_OF_PLACE = (
    r"(?:[省市县縣区區乡鄉镇鎮街州盟旗村]{1,4}|街道|社[区區]|[园園][区區]|[开開][发發][区區])"
)
# "各县" before "区人民政府": the first place of a collective, "各县、区人民政府"
# (also a prefecture's 州, Inner Mongolia's 盟 and 旗: "各州、市人民政府").
EACH_PLACE_RE = re.compile(r"各[省市县縣区區乡鄉镇鎮州盟旗]")
# ... with a note in brackets, "各市(县)", it starts a collective only before the
# government of the next level: "各市(县)、区政府" (but "各镇(街道)" is a unit of its own).
EACH_PLACE_NOTED_RE = re.compile(r"各[省市县縣区區乡鄉镇鎮州盟旗][(（][^()（）]{1,4}[)）]")
# ... and a collective of places of several levels, each level bare after the first:
# "各乡镇、街道、园区", "各村、社区" (units.py joins them as one).
EACH_LEVEL_RE = re.compile(rf"各{_LEVEL_OF_PLACE}")
LEVEL_OF_PLACE_RE = re.compile(_LEVEL_OF_PLACE)
NEXT_LEVEL_GOVERNMENT_RE = re.compile(r"[省市县縣区區乡鄉镇鎮州盟旗](?:人民)?政府")
# A person a tag names as responsible ("分管副省长、协管副秘书长负责"): no unit.
LEADER_NAME_RE = re.compile(
    r"(?:省长|省長|市长|市長|县长|縣長|区长|區長|秘书长|秘書長|书记|書記|主席|部长|部長|"
    r"厅长|廳長|局长|局長|同志)$"
)
# "等部门" and friends close a list; they are not a unit.
# (also "等省直有关部门", "等各有关单位")
UNIT_TAIL_RE = re.compile(
    # (the offices and bodies together: "…管理中心等部门、单位", "等部门和单位")
    r"等(?:[省市县區区縣][直属屬]|各)?(?:有关|有關|相关|相關)?"
    r"(?:部[门門](?:[、和及與与]?[单單]位)?|[单單]位|机构|機構)?$"
    # (or "等区政府有关部门")
    r"|等\p{Han}{1,4}?(?:有关|有關|相关|相關)(?:部[门門]|[单單]位|机构|機構)$"
    # (or the members of a joint body the first one sits on: "省财政厅等省社会信用体系建设
    # 联席会议相关成员单位")
    r"|等\p{Han}{2,24}?(?:有关|有關|相关|相關)?成[员員][单單]位$"
)
# How the name of an office ends. An unlabelled "(…负责)" is a tag only when
# every name in it ends so: "(加强组织领导,切实负责)" is prose.
# Where a copy lost the 、 between two names of one level's offices: "镇城建办镇农技站",
# "市发改委市商务局" (an office's end, then its place's level opening the next name).
# Line: 镇城建办镇农技站
GLUED_NAMES_RE = re.compile(
    r"(?<=\p{Han}{2}(?:办|辦|局|委|厅|廳|站|所|队|隊|中心|政府|办公室|辦公室))"
    r"(?=[省市县縣区區镇鎮乡鄉]\p{Han}{2})"
)
# ... or the 等 that closes a list before a collective of its own: "省政务办等各有关部门和单位".
ETC_BEFORE_COLLECTIVE_RE = re.compile(r"(?<=\p{Han}{2})等(?=各\p{Han}{2})")
UNIT_NAME_END_RE = re.compile(
    r"(?:部[门門]?|委|局|厅|廳|办|辦|院|会|會|室|处|處|科协|科協|中心|[单單]位|政府|街道|区|區|县|縣|"
    r"市|省|州|旗|镇|鎮|乡|鄉|集团|集團|公司|馆|館|所|校|组|組|党委|黨委|团委|團委|妇联|婦聯|机构|機構|"
    r"署|行|社|台|臺|站|队|隊|司|[网網]|[报報]|[园園]|[联聯]|[军軍]|[总總]部|[协協]会|[学學]会|[场場]"
    # (an association named short: "省计生协", "市作协"; offices named together: "各行政机关")
    r"|(?<!妥)[协協]|机关|機關"
    # (a section of an office: "财务科"; never "学科", "本科", "专科"; a county
    # bureau's "计财股", never "控股", "入股")
    r"|(?<![学學本专專])科|(?<![控入参參持配])股"
    # (a grain depot: "中儲糧株洲直屬庫", "市粮库", "省储备库"; never "题库", "数据库")
    r"|(?:[直属屬]|[粮糧]|[储儲][备備]?)[库庫])"
    # (perhaps with a note in brackets: "市政府各部门(单位)", "各区政府(管委会)", also
    # where a table's cell set it apart with a space: "市安委办 (工作专班办公室)")
    r"(?:\s?[(（]\p{Han}{1,8}[)）])?$"
)
# Words before 镇 or 乡 that name a kind of town, not one town.
_KIND_OF_TOWN = (
    r"(?:重[点點]|特色|中心|示范|示範|小城|建制|美[丽麗]|文明|[卫衛]生|各|全|城[乡鄉]|[农農]村|"
    r"[贫貧]困|[边邊]境|[历歷]史|森林|生[态態]|旅[游遊]|[乡鄉]|[镇鎮])"
)
# ... and, stricter, how a name ends that stands in a tag with no role word:
# "…的能力。(各成员单位)"; never "(试行)" or "(分管副市长)".
NAME_ALONE_END_RE = re.compile(
    # (the places of a level named together: "各县市区", "各乡镇", "各县(市、区)"; or
    # of several levels, "各镇、街道", "各县、市、区", "各乡镇、街道、园区")
    rf"^各{_LEVEL_OF_PLACE}(?:[、/]{_LEVEL_OF_PLACE})*(?:[(（][^()（）]{{1,8}}[)）])?$"
    # (a school's or a body's own union, league or committee, named short: "工会",
    # "团委、学生会", "贸促会"; a city's own zones, "高新区、经开区")
    r"|^(?:工[会會]|[学學]生[会會]|[团團]委|[党黨]委|[妇婦][联聯]|高新[区區]|[经經][开開][区區]|[贸貿]促[会會])$"
    # (each enterprise, each school: "各企业", "各中小学校")
    r"|^各\p{Han}{0,4}?(?:企[业業]|[学學]校)$"
    # (a ministry's departments too: "专利管理司"; a name's note may stand inside it:
    # "各区县(自治县)政府")
    r"|[\p{Han})）](?:部[门門]?|委|局|厅|廳|办|辦|院|室|处|處|司|科协|科協|中心|[单單]位|政府|街道|"
    r"党委|黨委|团委|團委|妇联|婦聯|[协協]会|[学學]会|集团|集團|公司"
    # (a section of an office, "综合科", "计财股" (never "本科", "控股"); a union or a
    # committee, "工会", "学生会", "校学术委员会", never an event's "座谈会"; the
    # party's branches, "各基层党组织")
    r"|(?<![学學本专專])科|(?<![控入参參持配])股|(?:工|[学學]生|委[员員])[会會]|[党黨][组組][织織]"
    # (and a council for promoting trade, "省贸促会", or a promotion society, "侨商促进会")
    r"|(?:[贸貿]促|促[进進])[会會]"
    # (a station, a hall, a squad, a press or a federation: "县农技站", "市文化馆",
    # "综合执法大队", "日报社", "市电视台", "市文联", "市税务所", "市工商联", a customs house
    # or a bank; never "网站", "平台", "场所", "关联")
    r"|(?<![网網])站|[馆館]|[队隊]|社|(?<![平舞灶])[台臺]|(?<![关關串互])[联聯]|(?<![场場住厕廁])所"
    r"|署|海[关關]|(?:[银銀]|[支分])行"
    # (or a team set up for the work: "各挂职干部团队", "各工作专班", "领导小组")
    r"|[团團][队隊]|[专專]班|工作[组組]|小[组組]"
    # (or a grain depot: "中儲糧株洲直屬庫")
    r"|[直属屬][库庫]"
    # (or a zone that runs itself, named for the tasks it leads as a county's
    # government is: "嘉鱼经济开发区", "滁州经开区", "新材料产业园", "南太湖新区";
    # never a kind of zone, "国家级高新区", "重点园区", nor a title a place is given,
    # "全域旅游示范区", "自贸试验区"; or the offices of a kind,
    # "各行政执法机关", "各直属机构")
    r"|(?<![级級点點型色]\p{Han}{0,6})(?:(?:高新|经开|經開)[区區]|(?<=\p{Han}{2})"
    r"(?:(?:开发|開發|新|园|園)[区區]"
    r"|(?:产业|產業|工业|工業|物流|科技)[园園]))"
    r"|[机機](?:[关關]|构|構)"
    # (or a school, "市第一中学", "实验小学", "江城大学"; a zone's or a congress's
    # standing committee, "高新区管委会", "市人大常委会"; the political consultative
    # conference, "市政协"; the Red Cross, "市红十字会")
    # (never a kind of school, "示范学校", "重点中学", nor a count of them, "30所学校")
    r"|(?<![示范範点點色所级級类類型制弱办辦])(?:[中小大][学學]|[学學]校)"
    r"|委[员員]?[会會]|政[协協]|十字[会會]"
    # (or a town by its own name, "(城关镇、河口镇)", never a kind of town, "(重点镇)";
    # a city, county or district is read from GB/T 2260's table, castplan/grammar/places.py)
    rf"|(?<=\p{{Han}}{{2}})(?<!{_KIND_OF_TOWN})[镇鎮乡鄉])"
    # (with the office it holds in brackets: "省发改委(省能源局)"; or its role in
    # tortoise-shell ones: "市科技局〔牵头〕")
    r"(?:[(（〔]\p{Han}{2,8}[)）〕])?$"
)
# Other labelled clauses a tag or the lines under an item carry: 责任领导,
# 完成时限.  They are kept as text; they name no unit.
# Persons, not units: 责任领导, 牵头负责领导, 分管省领导, 牵头领导; 责任人, 联系人.
# Line: 牵头负责领导:刘惠。
# Line: 分管省领导:林克庆
# Line: 责任人:张三
OTHER_LABEL_RE = re.compile(
    r"^(?:(?:[牵牽][头頭]|分管|[责責]任|[负負][责責])*(?:[负負][责責])?[省市区區县縣]?[领領][导導]"
    r"|(?:具[体體])?(?:[责責]任|[负負][责責]|[联聯][系繫])人"
    rf"|(?P<deadline>{_DEADLINE_LABEL}))\s*[:：]\s*(?P<value>.*?)[。；;]?$"
)
# A time's bare label in a tag beside its units: "(牵头单位:市科技局,时间:2025年6月)".
TAG_TIME_RE = re.compile(rf"^{_TIME_LABEL}\s*[:：]\s*(?P<value>.+?)[。；;]?$")
# When the work is due, closing a tag of names alone: "(市科技局;2025年底前)",
# "(市科技局、市财政局,2025年6月底前完成)".
CLOSING_DEADLINE_RE = re.compile(r"[,，;；]\s*(?P<deadline>[^,，;；]{2,24}?)\s*$")
# ... or opening a tag before its units: "(2025年底前完成,市科技局负责)".
OPENING_DEADLINE_RE = re.compile(r"^\s*(?P<deadline>[^,，;；]{2,24}?)\s*[,，]\s*(?=\S)")
# A labelled clause whose units carry their roles: "部门分工:省发展改革委牵头,各地、各部门配合".
# Line: 部门分工:省发展改革委牵头,各地、各部门配合。
DIVISION_LABEL_RE = re.compile(
    r"^(?:[部][门門]|[责責]任|工作|任[务務])?分工\s*[:：]\s*(?P<clauses>.+?)[。；;]?$"
)
# A deadline or standing status closing a tag: "2025年6月底前完成", "年内持续推进", "长期坚持".
TAG_DEADLINE_RE = re.compile(
    r"^(?=.{2,24}$)(?!.*(?:[牵牽][头頭]|[负負][责責]|配合|[单單]位|[部][门門]))"
    r".*?(?:\d{4}\s*年|\d{1,2}\s*月|年底|年内|年內|年末|上半年|下半年|季度|底前|[持][续續]|[长長]期|常[态態]|逐步|分步|按年度|每年|全年"
    # (or a time counted from an event: "收到上级政府文件1个月内完成")
    r"|[个個]月[内內]|[日天][内內])"
)
# The head of a task table's unit column, alone on its line once the table is
# flattened one cell per line: "责任单位", "牵头单位", "责任部门".
# (or closed by the cell's pipe: "责任单位 |")
UNIT_COLUMN_RE = re.compile(rf"\s*(?:{_LEAD}|{_RESPONSIBLE}|{_SUPPORT})\s*\|?\s*")
# A unit tag on a line of its own after the item.
# Line: 牵头单位:区发改局
# Line: 牵头科室(单位):计划科、科技资源统筹中心基建办
# Line: 【牵头单位】市科技局
# (the labels written once for both forms: each copy is compiled with its glosses)
UNIT_LINE_RE = re.compile(
    rf"^(【)?(?:{_LEAD}|{_RESPONSIBLE}|{_SUPPORT}|(?:[部][门門]|[责責]任|工作|任[务務])?分工)"
    rf"(?(1)】|{_LABEL_NOTE}\s*[:：])\s*\S.*$"
)
# A unit line whose list a wrap cut, wherever the page's width: it stops at a list's
# comma or on one character of the next name, "配合单位:市委组织部、市工信局、农" /
# "业农村局、商务局" (no name is one character long).
UNIT_LIST_CUT_RE = re.compile(r"[、，,]\p{Han}?$")

# --- task tables ---------------------------------------------------------------

# What stands around a table's cell on its line, as a copy set it a cell a line: its
# bars and the spaces beside them ("序号 |", "| 工作任务").
TABLE_CELL_PADDING = " |\u3000\u00a0\t"
# Header cells naming the columns of a task table (任务分工表), in both scripts:
# 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限.
TABLE_NUMBER_RE = re.compile(r"^(?:序[号號]|[编編][号號])$")
# ... and the entry column of a schedule that names no units: "赛事名称", "活动内容".
TABLE_SCHEDULE_ENTRY_RE = re.compile(
    r"(?:名[称稱]|[内內]容|[项項]目|活[动動]|[赛賽]事|事[项項]|任[务務]|工作)"
)
TABLE_TASK_RE = re.compile(r"(?:任[务務]|工作|事[项項]|[内內]容|措施|目[标標]|[实實]事)")
# ... and the one column of a numbered list of tasks that names no units and no time,
# its other columns the progress made ("序号 | 工作任务 | 二季度完成情况").
TABLE_TASK_LIST_ENTRY_RE = re.compile(
    r"^(?:重[点點]|主要|目[标標]|年度|具[体體])?(?:工作)?任[务務](?:名[称稱]|[内內]容)?$"
)
# (a column of the leaders who answer for a task names persons, no units: "责任领导",
# "牵头领导", "责任人")
# (a leader of a level too: "牵头市领导", "责任县领导")
_NO_PERSON = r"(?!\s*(?:[省市县縣区區镇鎮乡鄉]?[领領][导導]|人|[领領][导導]人))"
TABLE_LEAD_RE = re.compile(rf"(?:[牵牽][头頭]|主[责責]){_NO_PERSON}")
TABLE_RESPONSIBLE_RE = re.compile(
    rf"(?:[责責]任|[负負][责責]|承[办辦]){_NO_PERSON}"
    # (an inspection plan's body that carries out each row: "检查主体", "实施单位")
    r"|(?:[检檢]查|抽查|[实實]施|[执執]行)(?:主[体體]|[单單]位|部[门門]|机[关關]|機關)"
)
TABLE_SUPPORT_RE = re.compile(r"(?:配合|[参參][与與]|[协協][办辦]|[协協]同)")
# A column that asks a yes-or-no question holds no units, whatever its note names:
# "是否属跨部门联合检查(如是,需写明牵头部门和配合部门)".
TABLE_QUESTION_RE = re.compile(r"^是否")
TABLE_DEADLINE_RE = re.compile(r"(?:[时時]限|[时時][间間]|[进進]度|期限)")
# A category column before the number, its merged cell naming a group of rows:
# 工作任务 | 序号 | 具体要求 | 责任科室 (the 序号 label may be missing).
TABLE_CATEGORY_RE = re.compile(r"(?:重点|主要|工作)?(?:任务|工作|事项|类别|领域|目标)(?:类别)?")

# --- cover notice ---------------------------------------------------------------

# "2025年2月28日", also written in Chinese numerals: "二〇二五年二月二十八日",
# with the circle or 零 for zero ("二○一九年"), or without its 日 ("2019年5月8").
# A year written in Chinese digits, zero as a letter or a digit too: "二〇二五", "二OO八".
_CHINESE_DIGITS_YEAR = r"(?:一九|二[〇○零O\uff2f0\uff10])[〇○零O\uff2f0\uff10一二三四五六七八九]{2}"
_YEAR_MONTH = (
    # (a page that lost the 年 runs the year into the month: "20223月23日")
    # (a typed copy writes zero as a letter or a digit: "二OO八年", "二00一年")
    # (a signature may write the year's last two numerals only: "一四年一月二十日")
    r"(?P<year>\d{4}|[〇○零O\uff2f0\uff10一二三四五六七八九]{4}"
    r"|(?<![〇○零O\uff2f0\uff10一二三四五六七八九\d])[〇○零一二三四五六七八九]{2}(?=\s*年))"
    r"(?:\s*年\s*|(?=\d{1,2}\s*月))"
    r"(?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
)
_DAY = r"\s*(?P<day>\d{1,2}|[一二三四五六七八九十]{1,3})"
# (a day may be written with 号, as speech has it: "2025年3月6号")
_DATE = _YEAR_MONTH + _DAY + r"\s*(?:日|[号號](?![\d〕\]］]))"
# A cover page's month alone under the bodies that made the plan: "二〇一一年十一月".
YEAR_MONTH_LINE_RE = re.compile(rf"^{_YEAR_MONTH}$")
# ... or glued between the title and the text: "…工作方案(送审稿)二O一五年十二月为加强…".
YEAR_MONTH_IN_TEXT_RE = re.compile(rf"{_YEAR_MONTH}(?!\s*\d|\s*[一二三四五六七八九十]+\s*日)")
# Line: 2025年2月28日
# Line: 二〇二五年二月二十八日
# Line: 二○一九年五月八日
# Line: (二OO八年二月二十六日)
# Line: 2019年5月8
# Line: 2019508
# Line: 2021年221日)
# Line: 2025年513
# Line: 20223月23日
# Line: (2019年3月16日)
# Line: (此件公开发布) 2021年6月25日
# Line: 2026年1月16日附件
# Line: 2025年3月6号
# Line: 一四年一月二十日
# Line: 2023年3月10日(此件公开发布)
DATE_RE = re.compile(
    r"^(?P<disclosure>[(（]此件[^()（）]{1,20}[)）])?\s*"
    rf"(?:[(（]?(?:{_DATE}|{_YEAR_MONTH}{_DAY})[)）]?|(?P<year>(?:19|20)\d{{2}})(?P<month_day>\d{{2,4}})"
    # (run together, its 日 and closing bracket kept: "2022830日)"; or its 年 too, where
    # only the 月 was lost: "2021年221日)", or the 月 and the 日: "2025年513")
    r"(?:日[)）]?)?"
    r"|[(（]?(?P<year>(?:19|20)\d{2})年(?P<month_day>\d{3,4})(?:日[)）]?)?"
    # (a signature's date left for the day to be written in: "2017年4月 日"; no day)
    rf"|{_YEAR_MONTH}[\s\u3000]+日)"
    # (the note of its disclosure glued after it: "2023年3月10日(此件公开发布)")
    r"\s*(?P<disclosure>[(（]此件[^()（）]{1,20}[)）])?"
    # (the label of the attachment that follows, glued on: "2026年1月16日附件")
    r"(?:附件\s*\d?\s*[:：]?)?$"
)
# A date inside a line of text, for the note of a plan a meeting adopted.
DATE_IN_TEXT_RE = re.compile(_DATE)
# That note: "（2020年11月27日…委员长会议原则通过 2021年4月16日…修改）".
ADOPTED_RE = re.compile(r"通[过過]|修改|修[订訂]|批准")
# A compilation's note of who issued the text and when, under its title: "(2016年7月
# 中共国家税务总局党组印发)", "（中共中央办公厅、国务院办公厅2019年5月印发）".
_ISSUED_WHEN = r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
_ISSUED_BY = r"[^()（）\d\s]{2,30}?(?:[、\s][^()（）\d\s]{2,30}?){0,3}"
ISSUE_NOTE_RE = re.compile(
    rf"^[(（]\s*(?:(?P<when>{_ISSUED_WHEN})\s*(?P<by>{_ISSUED_BY})"
    # (or published: "(重庆市人民政府 2018年5月17日发布)")
    rf"|(?P<by_first>{_ISSUED_BY})\s*(?P<when_after>{_ISSUED_WHEN}))\s*(?:印[发發]|[发發][布佈])\s*[)）]$"
)
# A report's note of when and where it was given, under or after its title:
# "——2025年1月8日在浦东新区第七届人民代表大会第五次会议上" (its date dates the report).
# (a copy may draw the dash with box-drawing lines: "──2023年1月11日在…")
_SPEECH_NOTE = r"[—－―─]{1,2}\s*(?=[^。，,]{6,20}?日\s*在)"
SPEECH_NOTE_RE = re.compile(rf"^\s*{_SPEECH_NOTE}")
# ... or with no dash, perhaps in brackets, as a line of its own (perhaps wrapped):
# "2020年12月24日在汉南区第九届人民代表大会第五次会议上", "(2023年2月2日在…大会".
SPEECH_NOTE_LINE_RE = re.compile(
    r"^\s*[(（]?\s*(?=(?:19|20)\d{2}\s*年[^。，,]{2,12}?日\s*在[^。，,；;]{2,60}?"
    r"(?:会议|會議|大会|大會))"
)
# ... or the note without its date, perhaps under the speaker: "木棠镇人民政府镇长羊金万" /
# "在木棠镇第十七届人民代表大会第六次会议上的报告", "——在江城市第五届人民代表大会…上".
UNDATED_SPEECH_NOTE_RE = re.compile(
    # (its day given without the year: "1月23日在龙岗区第五届人民代表大会第二次会议上")
    r"^\s*[—－―─]{0,2}\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?在[^。，,；;]{4,60}?"
    r"(?:会议|會議|大会|大會)上(?:的(?:[报報]告|[讲講]话|[讲講]話))?\s*$"
)
# The speaker's line over that note: "江城省省长 王某", "木棠镇人民政府镇长羊金万".
SPEAKER_LINE_RE = re.compile(
    r"^\s*[^\s。，,；;:：]{2,24}(?:长|長|主任|书记|書記)\s*\p{Han}{2,4}\s*$"
)
# ... and the report's title with that note glued after it on one line: "2012年政府工作报告
# ——2012年2月1日在滨海新区…会议上".
TITLE_THEN_SPEECH_NOTE_RE = re.compile(
    rf"^[^。，,；;]{{2,60}}?(?:[报報]告|[讲講]话|[讲講]話)[ \u3000]*(?={_SPEECH_NOTE})"
)
# The marks that part the bodies of such a note: "中共中央办公厅、国务院办公厅".
ISSUERS_SPLIT_RE = re.compile(r"[、\s]+")
# A page's posting date glued before that note: "2024-05-11(2024年3月21日…会议通过)".
POSTED_BEFORE_NOTE_RE = re.compile(r"^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*(?=[(（])")
# Issuer and date on one line: "中国科协办公厅　2025年2月28日".
# (or with the date run together, as a page that lost 年月日 gives it: "陕西省人民政府 2017821")
# (joint issuers too, a space between: "定西市發展和改革委員會 定西市財政局 … 2021年12月16日")
SIGNED_DATE_RE = re.compile(
    r"^(?P<issuer>[^,，。:：;；]{2,40}?|(?:[^,，。:：;；\s]{2,40}[\s\u3000]+){1,7}[^,，。:：;；\s]{2,40}?)"
    rf"[\s\u3000]+"
    rf"(?:{_DATE}|(?P<year>(?:19|20)\d{{2}})(?P<month_day>\d{{2,4}}))$"
)
# ... or glued to it, where the issuer ends as an office does (ISSUER_RE): "海南省人民
# 政府办公厅2022年3月26日".
SIGNED_GLUED_DATE_RE = re.compile(rf"^(?P<issuer>[^,，。:：;；\s\d]{{2,40}}?)(?:{_DATE})$")
# A news headline that reports a plan, not the plan's title: "…2024年牵头重点工作公布",
# "…工作要点出炉".
# (a site's name after a bar is no verb: "…工作要点 | 江城发布")
NEWS_HEADLINE_END_RE = re.compile(
    r"^[^|\uff5c丨_—\-]*(?:公布|公佈|[发發]布|出[炉爐]|出台|出臺|亮相|出[炉爐]了)$"
)
# A whole document number: its year's bracket closed, its 号 written ("十农发〔2021〕3号";
# a copy damaged in the text is not: "十农发〔20213").
DOC_NUMBER_WHOLE_RE = re.compile(r"[〕］\]﹞】)）][^〔［\[﹝【(（]*[号號]$")
# The issuer a notice title names before its 关于: "安徽省交通运输厅关于印发…的通知".
# (a title that opens with 转发 or 批转 names the forwarded document's issuer before its
# 关于: "转发国务院关于印发…的通知" is no notice of 转发国务院's)
# (nor the verb by which it issues a report about its subject: "遵义市人民政府办公室印发
# 关于…的报告的通知" is the office's)
ISSUER_BEFORE_ABOUT_RE = re.compile(
    r"^(?!批?[转轉])(?P<issuer>[^\s关關《]{4,40}?)\s*(?:印[发發]|[转轉][发發])?\s*[关關][于於]"
)
# A document number in a web page's metadata: "文  号: 津滨教体[2020]1号", "发文字号: …".
METADATA_DOC_NUMBER_RE = re.compile(
    # (or in a bracketed cell: "[ 发文字号 ] | 丰都府办〔2022〕50号 |")
    # (or a label and its value set apart by a space: "文号 平政发〔2025〕6号 成文日期:…",
    # the number's 号 perhaps spaced too: "紫政发〔2025〕3 号")
    # (a disclosure catalogue calls it 文件编号: "文件编号: 衢政办发〔2021〕3号")
    # (or a table that gives the colon a cell of its own: "文号 | : | 宁环土壤发〔2019〕14号 |")
    # (a law database's box calls it 字号, as a page calls its type size:
    # "【字号】东教发〔2020〕1号"; its value must be a number, header.py)
    # (and a page may give the document it shows as its source: "来源:国发〔2021〕16号")
    r"(?:文\s*[号號]|[发發]\s*文\s*字\s*[号號]|文\s*件\s*[编編]\s*[号號]|(?<![文发發])字\s*[号號]"
    r"|[来來]\s*源)"
    # (or a bracketed label with no bar after it: "[ 发文字号 ] 江津府办发〔2023〕20号")
    r"(?:\s*[\]］]?\s*[:：|】](?:\s*[:：](?=\s*\|))?\s*\|?\s*|\s*[\]］]\s*|\s+)"
    # (never the next field: "文件编号: 发布机构:市环保局" gives none, as its value is
    # no number, header.py; the next field may be glued to the number's 号,
    # "丽政办发[2002]23号发布日期:…"; a year in lenticular brackets is the number's
    # own: "武昌政办【2019】3号")
    # (a page may space its brackets out: "漾政办发 〔 2023〕 20号")
    r"(?P<doc>(?:[^\s|【:：]|【(?:19|20)\d{2}】"
    r"|\s+(?=[〔［\[﹝]\s*(?:19|20)\d{2})|(?<=[〔［\[﹝])\s+|(?<=[〕］\]﹞])\s+(?=\d)"
    # (a Taiwan office's serial spaced from its 字第: "臺教授國部字第 1070061208 號")
    r"|(?<=字第)\s(?=\d))++"
    r"(?:\s[号號])?)"
)
# A bracketed word closing a name: "泾县人民政府(办公室)".
TRAILING_NOTE_RE = re.compile(r"[(（]\p{Han}{1,8}[)）]$")
# The issuing body in a web page's metadata: "发布机构:临西县科学技术协会", "发文机关 | 冠县政府",
# "【发文单位】农业农村部办公厅".
# (or a box's row with no colons, the body between its label and the next label:
# "发布机构 江城县农业农村局 组配分类 政策和解读")
# Line: 发布机构 江城县农业农村局 组配分类 政策和解读
_ISSUER_LABEL = (
    r"[发發][布文](?:机构|機構)|[发發]文(?:机关|機關)|[发發][布文][单單]位|[发發][布文]部[门門]"
)
METADATA_ISSUER_RE = re.compile(
    # (an encyclopedia's box says who issued it: "• 印發機關:安徽省人民政府")
    rf"(?:{_ISSUER_LABEL}|制定机[关關]|印[发發]机[关關])"
    r"(?:\s*[\]］]?\s*[:：|】]\s*\|?\s*|[ \u3000]+(?=[^\s|:：【]{2,40}[ \u3000]+(?:"
    + _ROW_PARTNER_LABELS
    + r")))"
    r"(?P<issuer>[^\s|:：【]{2,40})"
)
# ... or its label alone on a line, the value on the next: "发文单位" / "竹山县人民政府办公室".
BARE_ISSUER_LABEL_RE = re.compile(_ISSUER_LABEL)
# An office's own word, which names no body alone: "办公厅", "办公室", "党组".
OFFICE_WORD_RE = re.compile(r"^(?:办公|辦公|委员会|委員會|党组|黨組|书记处|書記處)")
# An encyclopedia's label for a part of the page, a document's kind alone: "通知" over
# "規劃綱要", "意見" (no upper half of a title under it).
PART_LABEL_RE = re.compile(r"^\s*(?:通知|意[见見]|[决決]定|批[复復]|全文|正文)\s*$")
# The title cell of a page's metadata box: "| 标题:南漳镇人民政府2023年工作计划 | |",
# "名 称:…", "【标题】…".
METADATA_TITLE_RE = re.compile(
    # (or an encyclopedia's box about the document: "• 中文名:…規劃綱要")
    r"(?:^|[|\s【\[•·-])\s*(?:信息|[发發]文)?(?:[标標]\s*[题題]|名\s*[称稱]|中文名)"
    r"\s*[\]】]?\s*[:：|]?\s*\|?\s*"
    # (up to a bar, the line's end, or the next field on the line: "名  称: …的通知
    # 发布机构: 区政府")
    r"(?P<title>[^|【\s:：][^|【]{3,80}?)\s*(?:\||$|(?=\s\p{Han}(?:\s*\p{Han}){1,5}\s*[:：]))"
)
# ... and a headline the page sets before its posting time on one line: "福建省“十四五”
# 文化和旅游改革发展专项规划 发布时间:2022-04-15 17;12".
TITLE_BEFORE_POSTING_RE = re.compile(
    r"^(?P<title>[^\s|:：]{4,60})\s+(?:[发發][布佈](?:[时時][间間]|日期)|[来來]源)\s*[:：]"
)
# ... and the last step of a page's breadcrumb, where a site names the page by its
# title: "当前位置:首页 > 行业资料 > 畜牧/养殖 > 2012年农业科技促进年实施方案" (a
# column's name, "规划计划", "中程施政計畫", is short and gives no year).
# Line: 当前位置:首页 > 行业资料 > 畜牧/养殖 > 2012年农业科技促进年实施方案
BREADCRUMB_TITLE_RE = re.compile(
    r"[>＞»›]\s*(?P<title>(?=[^>＞»›]*\d{4}|[^>＞»›]{10})[^>＞»›。\s][^>＞»›。]{5,79}?)\s*$"
)
# ... and the first page a document-sharing site previews: "2021年…宣传活动方案_第1页".
PAGE_PREVIEW_TITLE_RE = re.compile(r"^(?P<title>\S{4,80}?)_+第1[页頁]$")
# ... and the file a document-sharing site shows: "《关于…的实施方案.docx》由会员分享…".
SHARED_FILE_TITLE_RE = re.compile(r"《(?P<title>[^《》]{4,80}?)\.(?:docx?|pdf|wps|txt)》")
# A page's author field: "| 作者:碧江区图书馆 |".
# (or its source: "来源:昌吉市互联网信息办公室", which counts as the author does)
METADATA_AUTHOR_RE = re.compile(
    # (a site may glue its fields: "浏览量:186来源:新邱区农业农村局责任编辑:马新")
    r"(?:^|[\s|]|(?<=\d))(?:作者|(?:信息|文章)?[来來]源)\s*[:：]\s*"
    r"(?P<author>[^\s|:：]{2,40}?)(?=[\s|]|$|(?:责任编辑|責任編輯|编辑|編輯|浏览|瀏覽|点击|點擊)[^:：]{0,2}[:：])"
)
# A date in a web page's metadata: "成文日期：2019-05-08", "发布日期 : 2023-02-24".
METADATA_DATE_RE = re.compile(
    # (the day it was written first, then the day it was issued, then the day a page
    # posted it: "发布日期: 2024年03月18日 … 发文日期: 2024-02-22" is issued on the 22nd)
    r"(?:(?:(?:(?:(?P<written>成文|生成|[签簽][发發])|(?P<issued>[发發]文|印[发發])|[发發]布|更新"
    r"|[发發]表|公[开開]|公布)"
    # (never the day a rule takes or loses effect: "实施时间: 2015-6-30", "失效时间: …";
    # a label's own word may follow a field's value run onto it: "有效性:有效发文日期:…")
    r"|(?<!实施|實施|施行|生效|失效|有效|截止))(?:日期|[时時][间間])"
    r"[\s:：|】\]]*)|[发發]布[于於]?[\s:：]*|^"
    # (or no label, where the date has its clock time: "来源:区农业农村局   2021-12-27 15:48")
    # (read with the spaces taken out: "…农业农村局2021-12-2715:48")
    r"|(?<![\d\-/.])(?=(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{2}\s*\d{1,2}[:：]\d{2})"
    # (or after the publisher's name and a bar: "中国人民政治协商会议吉林市委员会| 2017-05-31")
    r"|[|\uff5c丨](?=(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}$))"
    r"(?P<year>(?:19|20)\d{2})\s*[-/.年]\s*(?P<month>\d{1,2})\s*[-/.月]\s*(?P<day>\d{1,2})"
)
# ... and one in a year of the Republic of China era, after its label only:
# "日期:97-12-13", "發布日期：民國108年5月2日" (97 is 2008, 108 is 2019).
METADATA_ROC_DATE_RE = re.compile(
    r"(?:日期|[时時][间間])[\s:：|】\]]*(?:(?:中[華华])?民[國国])?(?P<year>(?<!\d)(?:[5-9]\d|1[0-4]\d))"
    r"\s*[-/.年]\s*(?P<month>\d{1,2})\s*[-/.月]\s*(?P<day>\d{1,2})(?!\d)"
)
# A pinyin gloss a mirror site puts after a character: "發(fā)", "辦(bàn)".
# (in either bracket width, and with a stray space: "會(huì )")
GLOSS_RE = re.compile(r"(?<=\p{Han})" + GLOSS_BODY)
# ... and one a text opens with, its character left behind: "(hào)蒙政辦發(fā)〔2018〕…".
OPENING_GLOSS_RE = re.compile("^" + GLOSS_BODY)
# ... and where a mirror's code page lost the character it glosses with the gloss's
# bracket, a "?" in their place: "試?guó)Q方案" (no question's end).
LOST_GLOSS_RE = re.compile(rf"[?？]{PINYIN_SYLLABLE} ?[)）]")
# The days a week's or a term's plan covers, on a line of their own under its title:
# "2023-9-11—2023-9-15", "(2023年9月11日至9月15日)" (the plan's year, where its title
# names none).
DAYS_SPAN_LINE_RE = re.compile(
    r"^[(（]?\s*(?P<year>(?:19|20)\d{2})\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?\s*"
    r"[—–―\-~～至到]+\s*(?:(?P=year)\s*[-./年]\s*)?\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?\s*[)）]?$"
)
# The year a plan's opening sentence names when its title names none: "2018 年,全省…".
# (never the closing year of a span: "现将《…行动计划(2022—2025年)》印发给你们")
PREAMBLE_YEAR_RE = re.compile(
    r"^[^。，,]{0,30}?(?<![\d—–―\-~～])(?P<year>(?:19|20)\d{2})\s*年度?"
    r"(?![\d〇零一二三四五六七八九十]|\s*[—–―\-~～至到]|以[来來前后後]|[底末初前后後])"
    # or the year of the work it sets out to do: "为认真做好2019年政府工作，…"
    r"|^[^。，,]{0,12}?(?:做好|抓好|完成)\s*(?P<year>(?:19|20)\d{2})\s*年度?(?!\d|[〇零一二三四五六七八九十]+月)"
    # ... also later in the opening sentence: "…,切实做好2020年政府工作,实现…"
    r"|^[^。]{0,200}?(?:做好|抓好|制定|制订|制訂)\s*(?P<year>(?:19|20)\d{2})\s*年度?[^。，,\d]{0,10}?工作"
    # ... or what it now divides: "…的要求,现就2013年《政府工作报告》确定的重点工作…"
    r"|^[^。]{0,200}?现就\s*(?P<year>(?:19|20)\d{2})\s*年度?(?![\d〇零一二三四五六七八九十]+月)"
    # ... or the year of the work it sets out: "…,对2020年度监督工作具体安排如下。"
    r"|^[^。]{0,200}?(?P<year>(?:19|20)\d{2})\s*年度?[^。，,\d]{0,16}?"
    r"(?:安排|计划|計劃|要点|要點|部署)如下"
)
# A plan's opening sentence sets out the year's work: "2023年全省教育工作的总体要求是:…"
# (a page that dropped the title and headings is a plan by it, and by one item).
# (or its aims: "2023年生态环境保护工作目标为:")
PLAN_OPENING_RE = re.compile(
    r"(?:19|20)\d{2}\s*年度?[^。]{0,30}?工作的?"
    r"(?:总体|總體|总的|總的|基本|主要)?(?:要求|思路|目标|目標|任务|任務)"
    r"(?:是|为|為)\s*[:：]"
    # (or names the plan it is drawn up to be: "…,以此为基础制订2007学年度第一学期学校
    # 工作计划。")
    r"|(?:制定|制订|制訂)(?:了|出)?\s*(?:19|20)\d{2}\s*(?:[学學]年)?度?[^。，,；;]{0,24}?"
    r"(?:计划|計劃|要点|要點|方案|安排)(?:[。：:]|$)"
)
# ... or a text that opens with the year and what a body will do in it, a plan told in
# paragraphs with no title or headings: "2025年,宁波市科协将深入学习贯彻…",
# "2025年是“十四五”规划收官之年,海盐县科协将…", "2010年,城东街道总的工作思路是:"
# (never a day's news: "2024年3月5日,…").
# (its year also opens a plan's first part, "一、工作思路" / "2012年是…关键之年。我局将…",
# and then is the plan's own)
YEAR_AHEAD_OPENING_RE = re.compile(
    r"^\s*(?P<year>(?:19|20)\d{2})\s*年度?(?!\s*\d)"
    r"(?:是[^。]{2,40}?[,，。]|\s*[,，])?"
    r"[^。]{0,30}?(?:将|將|要|[总總]的工作思路是|工作思路是)"
)
# A document's preface set as a heading of its own: "前言", "前 言", "序 言", "引      言".
PREFACE_HEADING_RE = re.compile(r"^\s*[前序引][ \u3000]*言\s*$")
# ... and a paragraph of it that opens with a whole year: "2023年,在中央的支持下…",
# "2022 年,保安範疇繼續…" (never a day's news: "2024年3月5日,…").
PARAGRAPH_YEAR_OPENING_RE = re.compile(r"^\s*(?P<year>(?:19|20)\d{2})\s*年度?\s*(?:[,，]|是)")
# The review of the last year's plan that a year's guidelines open with under their
# preface: "二○二三年財政年度施政方針執行情況", "二零一五年度保安範疇施政方針的執行情況".
PLAN_REVIEW_HEADING_RE = re.compile(
    rf"^\s*(?P<year>(?:19|20)\d{{2}}|{_CHINESE_DIGITS_YEAR})\s*年"
    r"[^。，,；;]{0,30}?[执執]行情[况況]\s*$"
)
# A paragraph that opens with its point counted in words: "二是抓实项目推进。…".
POINT_IN_WORDS_OPENING_RE = re.compile(r"^\s*(?P<numeral>[一二三四五六七八九十]{1,2})是(?=\p{Han})")
# Any year the plan's opening names as a whole year ("为认真做好2019年政府工作"),
# not a month of it, a span, a time before or after it, or a baseline ("比2017年下降30%").
OPENING_YEAR_RE = re.compile(
    r"(?<![\d—–―\-~～至到比较較])(?P<year>(?:19|20)\d{2})\s*年度?"
    r"(?![\d〇零一二三四五六七八九十]|\s*[—–―\-~～至到]|以[来來前后後]|[底末初前后後])"
)
# ... or, short of one, the day of the occasion a plan's opening starts with: "2011年5月8日,
# 是第64个世界红十字日。"
OPENING_DAY_RE = re.compile(
    r"^\s*(?P<year>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[,，是]"
)
# ... and one that opens a later sentence: "…再上新台阶。 2015年,要认真贯彻…"
# (regions.py takes it after a look back at the year before).
SENTENCE_OPENING_YEAR_RE = re.compile(r"[。；;]\s*" + OPENING_YEAR_RE.pattern)
# ... or, short of one, the month a monthly arrangement is for: "现将2023年3月教职工政治
# 学习安排如下", "2022年11月份政治理论学习安排" (a date or deadline names no plan).
OPENING_MONTH_PLAN_RE = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月份?"
    r"(?=[^\d。；;，,：:]{0,16}?(?:安排|计划|計劃|要点|要點))"
)
# A point of a plan's schedule, its month named: "2022年5月1日至12月31日",
# "2017年3月底前" (never a look back from it: "截至2023年6月", "比2021年5月…").
SCHEDULE_MONTH_RE = re.compile(
    r"(?<!截至|截止|比|较|較|同比|与|與|自|从|從)(?<![\d〔\[【(（])"
    r"(?P<year>(?:19|20)\d{2})\s*年\s*(?:1[0-2]|0?[1-9])\s*月"
)
# A schedule's time alone on its line, over the work it lists: "2009年7—8月:", "5月份：".
SCHEDULE_PERIOD_LABEL_RE = re.compile(
    r"^\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:1[0-2]|0?[1-9])\s*(?:月\s*)?"
    r"(?:[—–―\-~～至到]\s*(?:1[0-2]|0?[1-9])\s*)?月份?(?:[上中下]旬|底|初|中)?\s*[:：]\s*$"
)
# ... or the months of a stage a heading names in its brackets: "(一)做好线下全覆盖学习
# (2023年6月—9月)" (a year in brackets alone is a citation's date).
SCHEDULE_STAGE_RE = re.compile(
    r"[(（](?P<year>(?:19|20)\d{2})\s*年\s*(?:1[0-2]|0?[1-9])\s*月"
    r"\s*[—–―\-~～至到]\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:1[0-2]|0?[1-9])\s*月[)）]"
)
# The issuing body's masthead (发文机关标志) at the top of an official document.
# (or, as a Taiwan office heads its letters, the body and 函: "臺中市政府　函")
MASTHEAD_RE = re.compile(r"^(?P<body>[\p{Han}（）()]{2,30}?)(?:文件|[\s\u3000]*函)$")
# The marks a printed official document sets over its masthead (版头, GB/T 9704): the
# copy's number (份号, six digits), its secrecy and how long it holds (密级和保密期限),
# its urgency (紧急程度), a line each or on one line.
# Line: 000123
# Line: 机密★1年
# Line: 特急
_DOCUMENT_MARK = r"(?:\d{6}|(?:[绝絕]密|机密|機密|秘密)(?:\s*★\s*\S{1,6})?|特急|加急|特提|平急)"
DOCUMENT_MARKS_RE = re.compile(rf"{_DOCUMENT_MARK}(?:[\s\u3000]+{_DOCUMENT_MARK})*")
# Document number: 科协发智字〔2022〕2号, 国知联办〔2024〕6号, 穗府办[2016]29号.
DOC_NUMBER_RE = re.compile(
    # (a society writes small brackets and 第: "徐水學﹝2022﹞第6號"; a copy site masks
    # the year: "科协发普字〔20**〕14号")
    r"(?P<doc>(?:[\p{Han}A-Za-z]|[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]){1,24}"
    # (or, as a province's Party office may, in heavy brackets: "青办字【2016】32号")
    # (a PDF's copy may set a space inside them: "濮政办〔 2020〕38号")
    # (a typist may key its figures full-width, U+FF10 to U+FF19)
    # (a page saved in a legacy code page has "?" for each bracket: "扬府办发?2011?160号")
    r"\s*[〔\[［(（﹝【?？] ?(?:19|20|\uff11\uff19|\uff12\uff10)"
    r"(?:\d{2}|\*\*|[Xx\u00d7]{2}) ?[〕\]］)）﹞】?？]"
    r"\s*第?\d{1,4}\s*[号號]"
    # (or a Taiwan office's, its year in the ROC era inside the serial: "府授研綜字第
    # 1140012345號", "臺教授國部字第 1070061208 號")
    r"|\p{Han}{1,12}字第\s?\d{6,12}\s?[號号])"
)
# ... and one in a note under the title with the day it was issued:
# "(冀政办〔2011〕2号 2011年1月27日)".
# (or a portal's date with dashes: "浙政办发〔2023〕3号 2023-01-11")
_DASHED_DATE = r"(?P<year>(?:19|20)\d{2})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
NUMBER_AND_DATE_RE = re.compile(DOC_NUMBER_RE.pattern + rf"\s+(?:{_DATE}|{_DASHED_DATE})")
# ... or alone in the brackets after it: "[商资函〔2025〕84号]  [2025-04-11]".
DASHED_DATE_RE = re.compile(_DASHED_DATE)
# ... whose date a copy glued to the addressees after it: "浙政办发〔2023〕3号
# 2023-01-11各市、县(市、区)人民政府,…:".
DASHED_DATE_GLUED_RE = re.compile(r"[ \u3000]+(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?=\S)")
# ... and one that opens the title's line, a space before the title:
# "盘政发〔2016〕30号 盘锦市人民政府关于促进商贸流通发展的实施意见".
TITLE_DOC_NUMBER_RE = re.compile(DOC_NUMBER_RE.pattern + r"[ \u3000]+(?=\p{Han}{4})")
# ... and one that opens a line with the plan's text after it, a clause closed by a
# comma or stop where a title would have none: "甘发〔2017〕25号 防灾减灾救灾工作事关…，".
DOC_NUMBER_THEN_TEXT_RE = re.compile(
    DOC_NUMBER_RE.pattern + r"(?=[ \u3000]+[^\s，,。；;：:]{2,40}[，,。])"
)
# ... and one in brackets closing a page's headline: "2021年县政府重点工作任务(华政发〔2021〕2号)"
# (a copy may leave a space before the closing bracket: "…行动计划(西交党〔2019〕9号 )").
TITLE_CLOSING_DOC_NUMBER_RE = re.compile(r"\s*[(（]" + DOC_NUMBER_RE.pattern + r"[ \u3000]?[)）]$")
# ... and one a page copied without its closing 〕 and 号, alone on its line:
# "南兴府办函〔202058" (〔2020〕58号), "吉政公组〔20212", or without its 号: "咸安政发〔2019〕1".
LOST_DOC_NUMBER_RE = re.compile(
    r"\s*(?P<doc>\p{Han}{2,16}\s*[〔\[［](?:19|20)\d{2}(?:[〕\]］]\s*)?\d{1,4})\s*"
)
# A cover's line under a plan's title that names the body that made it, with no
# date under it: "上海市崇明区人民政府制定" (header.py reads the body as the issuer).
# (never a sentence that says so: "本纲要由区发展改革委编制")
COVER_MADE_BY_RE = re.compile(
    r"^(?![本该該此])(?P<body>[^由\s][^由]{1,40}?)[ \u3000]*(?:制定|编制|編製|編制)$"
)
# A document-sharing site's mark for a paragraph's end, a Cyrillic Er (U+0420) between
# two paragraphs of Chinese ("…重要作用。<Er>责任单位:教育部<Er>——组织专家…"): unfold.py
# cuts the line there, as at a line break.
SITE_PARAGRAPH_MARK_RE = re.compile(
    r"(?<=[\p{Han}。；;：:）)”》!！?？])\u0420(?=[\p{Han}（(“《—\d])"
)
# A bar between a table's cells, a row written one a line ("| 工作目标 | 工作内容 |"),
# and a cell's text between its bars.
PIPE_BAR_RE = re.compile(r"(?:^|\s)\|(?=\s|$)")
PIPE_CELL_RE = re.compile(r"[^|\s](?:[^|]*[^|\s])?")
# ... or a cell a tab sets apart from the next ("1\t推进…\t市科技局\t2025年底").
TAB_CELL_RE = re.compile(r"[^\t\s](?:[^\t]*[^\t\s])?")
# Where a table flattened to text joined two cells.
CELL_BREAK_RE = re.compile(r"\s+\|\s*|\t+")
# ... and, in a cover notice, a long run of spaces that sets two things apart on
# one line: "（此件发至乡）                  2017年6月13日".
HEADER_CELL_BREAK_RE = re.compile(r"\s+\|\s*|\t+|[ \u00a0\u3000]{4,}")
# The site a browser-tab headline names after the title: "…-湖南省人民政府门户网站".
SITE_SUFFIX_RE = re.compile(
    r"\s*[-—_|\uff5c]\s*[^-—_|\uff5c\s]{2,24}(?:门户网站|門戶網站|网站|網站|政府网|政府網|官网|官網|网|網)$"
)
# Whatever a page set after a plan title's kind word, a site name or an advert:
# "…2020年工作要点 -某某国际", "…工作要点_某某网" (castplan/grammar/regions.py).
# A run of hyphens sets a chapter apart: "…施政報告---…施政重點 (1)".
TITLE_TAIL_RE = re.compile(
    r"\s*(?:(?P<chapter>-{2,})|[-—_|\uff5c]+)\s*(?P<tail>[^-—_|\uff5c]{1,40})$"
)
# ... and the counter of the part of a chapter a page shows, closing that tail: "(2)".
PART_COUNTER_END_RE = re.compile(r"[(（]\d{1,2}[)）]$")
# A page's tools set on the title's line: "市教育局2018年工作要点 字号:[ ]"; or its
# posting time: "…专项规划 发布时间:2022-04-15 17;12".
# (also glued to the title's kind: "…工作要点发布日期:2024-03-01")
TITLE_TOOLS_TAIL_RE = re.compile(
    r"(?:\s+|(?<=要[点點]|[计計][划劃]|方案|安排|意[见見]|[规規][划劃]))[【\[]?\s*"
    r"(?:字[号號体體]|打印|分享|收藏|[关關][闭閉]"
    r"|[发發][布佈](?:[时時][间間]|日期)|[来來]源)\s*[:：].{0,30}$"
    # (or its stamp, the day run together: "…的实施意见 20220912")
    r"|\s+(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$"
    # (or its posting date after a space: "…计划草案的报告 2004-04-14")
    r"|\s+(?:19|20)\d{2}-\d{1,2}-\d{1,2}$"
    # (or the bar that closes it as a table's caption cell: "…赛事活动计划 |")
    r"|\s+[|\uff5c][\s|\uff5c]*$"
    # (or the anchor a documentation site sets after each heading: "…行动方案(2025—2027年) #")
    r"|\s+#$"
    # (or its print button, after a space, which a letter-spaced line's reading may take
    # out: "高等教育深耕計畫第二期(112-116年) 友善列印", "…工作計畫 列印")
    r"|\s*(?:友善(?:列印|打印)|(?:列印|打印)本[页頁])$|\s+(?:列印|打印)$"
    # (or a posting time with no 发布, glued to the kind, and the page's fields after it:
    # "…运输体系规划时间: 2014-04-22信息来源:未知 作者:admin 责编:")
    r"|(?<=要[点點]|[计計][划劃]|方案|安排|意[见見]|[规規][划劃]|[纲綱]要)"
    r"\s*[时時][间間]\s*[:：]\s*(?:19|20)\d{2}[-/.年].*$"
)
# The month a plan was drawn up, in brackets after its title on the title's line: "…同城化
# 的工作方案 (二○一一年八月)" (a span of months is the plan's: "…发展规划(2013年9月-2018年7月)").
TITLE_DRAWN_UP_RE = re.compile(rf"\s*[(（]\s*{_YEAR_MONTH}(?:{_DAY}\s*日)?\s*[)）]$")
# A page's note on what it shows, after a title: "…规划纲要(全文)", "…工作要点【图解】";
# or the name of the file a document-sharing site shows: "…工作计划.docx".
TITLE_PAGE_NOTE_RE = re.compile(
    r"\s*[(（【\[]\s*(?:附|含)?(?:全文|原文|图解|圖解|图文|圖文|解读|解讀|全文[发發]布)"
    r"\s*[)）】\]]$|\.(?:docx?|pdf|wps|txt|DOCX?|PDF)(?:VIP)?$"
    # (or a mirror's word that it holds the whole text: "…實施綱要/全文", or which part
    # of the whole text a page shows: "…施政報告全文(六)", "…施政報告第二部份")
    r"|\s*/\s*全文$|全文\s*[(（][一二三四五六七八九十\d]{1,3}[)）]$"
    # (or that word glued after the plan's span: "…发展纲要(2021—2030年)全文")
    r"|(?<=年[)）])\s*全文$"
    # (or its link to the file, perhaps after the speaker's name: "…施政報告[馬市長英九]
    # (書面報告Pdf檔/1076KB)")
    r"|(?:\[[^\[\]]{1,12}\])?\s*[(（][^()（）]{0,12}?(?:pdf|PDF|Pdf|doc|DOC|Doc)[^()（）]{0,12}?"
    r"\d+\s*[KkMm][Bb][)）]$"
    r"|第[一二三四五六七八九十]部[分份]$"
    # (or which part of a plan a page shows: "…“十三五”规划(下)", "…(续)", or which
    # page of a repost cut into pages: "…文化改革发展规划(3)")
    r"|[(（](?:上|中|下|续|續|\d{1,2})[)）]$"
    # (or the day a copy site posted it: "…科普活动方案(2021年10月4日)", "…工作要点
    # 2024-03-01", "…工作要点 (2024-03-01)")
    r"|[(（](?:19|20)\d{2}年\d{1,2}月\d{1,2}日[)）]$"
    r"|\s*[(（]?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[)）]?$"
    # (or a document-sharing site's word of praise for its copy: "…工作计划 精品",
    # "…实施方案(完整版)", "…工作要点[精选]")
    r"|\s+(?:精品|精编|精編|精选|精選)$"
    # (or a writing site's word that it shows a model text: "…推进工作方案范文")
    r"|(?:参考|參考)?(?:范文|範文)$"
    r"|\s*[(（【\[](?:精品|精编|精編|精选|精選|完整版|可编辑|可編輯|[Ww][Oo][Rr][Dd]版)[)）】\]]$"
)
# The day a work report was given, in brackets after its title on a catalogue's page:
# "(内蒙古)通辽市人民政府工作报告(2025年1月23日)" (the date follows its bracket).
TITLE_DAY_GIVEN_RE = re.compile(
    r"[报報]告\s*[(（](?=(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]\s*$)"
)
# The whole name of a place's five-year outline, which its cover wraps over up to
# three lines: "宁德市国民经济和社会发展" / "第十四个五年规划和二〇三五年" / "远景目标纲要".
FIVE_YEAR_OUTLINE_TITLE_RE = re.compile(
    r"^\p{Han}[^。，,；;:：]{1,24}?(?:国民经济|國民經濟)和(?:社会|社會)(?:发展|發展)"
    r"第[一二三四五六七八九十]{1,3}[个個]五年(?:规划|規劃|计划|計劃)[和与與]?"
    r"(?:二[〇○零O][一二三四五][〇○零O五]|20[345][05])年(?:远景|遠景)(?:目标|目標)(?:纲要|綱要)$"
)
# The name of a file a site shows, perhaps with its page count: "…方案(2021-2022年)(18頁).docx".
# (a site may glue its paid file's badge after it: "…目标分解表.docVIP")
FILE_NAME_RE = re.compile(r"\.(?:docx?|pdf|wps|txt|DOCX?|PDF)(?:VIP)?$")
# ... its page count, closing the name: "(18頁)".
FILE_PAGE_COUNT_RE = re.compile(r"\s*[(（]\d{1,4}\s*[页頁][)）]\s*$")
# ... and the number a site sets before each page it previews: "1、諸城市…".
PREVIEW_PAGE_MARK_RE = re.compile(r"^\d{1,3}[、.．]")
# A catalogue site's entry that files a plan under its province, or a portal's under its
# column, in brackets before the title:
# "(浙江省)庆元县国民经济和社会发展第十四个五年规划和二零三五年远景目标纲要",
# "(安徽省)合肥市庐江县国民经济和社会发展十四五规划(2022年更新)".
# (or a portal's column, "(学生管理)北辛中学 2025-2026学年度…政教处工作计划"; never a
# numeral, a draft's or a trial's note, "(征求意见稿)", "(试行)")
FILED_UNDER_RE = re.compile(
    r"^[(（](?:\p{Han}{2,8}?(?:省|自治区|自治區|特别行政区|特別行政區|市)"
    r"|(?![一二三四五六七八九十]+[)）])\p{Han}{2,6}(?<!稿|行|案|布|本|版))[)）]"
    # (before a body, or before the year: "(云南省)2020年双柏县人民政府工作报告")
    r"(?=\p{Han}{2}|(?:19|20)\d{2}\s*年)"
)
# Words in quotes, whose punctuation is the quoted slogan's: "“收好官,开好局”".
QUOTED_RE = re.compile(r"“[^“”]{1,20}”")
# A quotation mark alone on its line, as a copy from a word processor may break a
# heading at each mark: "一、聚焦" / "“" / "两个维护" / "”" / "深化政治监督…".
OPENING_QUOTES = ("“", "「", "『", "‘")
CLOSING_QUOTES = ("”", "」", "』", "’")
LONE_QUOTE_RE = re.compile(r"^[“”「」『』‘’]$")
# A news site's call to read before a title: "全文来了!…", "重磅!…" (its "!" is no
# sentence of the title).
# A blog's or school site's mark of a repost is such a call too: "转:…", "[转载]…".
# (a collection site's label of the Nth document it holds: "第一篇:2014年…工作要點")
_COLLECTION_ENTRY = r"第[一二三四五六七八九十]{1,3}篇[:：]"
# ... and its name for all of them, with how many it holds: "农村小学学校工作计划(15篇)",
# "卫生监督工作计划范文6篇", "…工作計劃(精選3篇)", "…的通知(共12篇)" (no document's title).
# (or its label of one of them, by its place: "2023環保局工作人員的工作計劃 篇1")
COMPILATION_NAME_RE = re.compile(
    r"(?:[(（](?:共|精选|精選)?\d{1,3}篇[)）]|(?:范文|範文)\d{1,3}篇"
    r"|(?<=\S)\s*篇\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}))\s*$"
)
COLLECTION_ENTRY_RE = re.compile("^" + _COLLECTION_ENTRY)
_NEWS_CALL = (
    r"(?:(?:全文来了|全文來了|重磅|最新|权威发布|權威發布|速看|刚刚|剛剛|转载|轉載|转|轉)[!！:：]"
    # (a document-sharing site's mark of a new copy: "最新-2019年县教育局工作计划")
    r"|最新\s*[-—–_]"
    rf"|{_COLLECTION_ENTRY}"
    r"|[\[［](?:转载|轉載|转|轉)[\]］])"
)
NEWS_CALL_RE = re.compile("^" + _NEWS_CALL)
# A news site's category before a title: "政务服务丨…", "关注 | …", "【市政府重点工作及责任分解】…",
# or its call to read; or a site's name, as a browser tab sets it: "某市人民政府门户网站 - …".
TITLE_PREFIX_RE = re.compile(
    # (a forum's category in square brackets: "[计划总结] XX公安分局…发展规划", or a
    # school site's, glued to the title: "[通知]关于…的通知")
    # (or a blog's, before a hyphen: "宣導-臺中市政府推動…實施計畫")
    # (a catalogue's year in brackets may follow its category: "【国家】(2006)振兴东北…")
    rf"^(?:【[^】]{{1,16}}】(?:[(（](?:19|20)\d{{2}}[)）])?(?=\s*\S)|“[^”]{{1,16}}”\s|[\[［][^\]］\d]{{2,8}}[\]］]\s"
    r"|[\[［]\p{Han}{2,4}[\]］](?=\p{Han})"
    rf"|[^\s丨\uff5c|]{{1,8}}[ \u3000]*[丨\uff5c|]|{_NEWS_CALL}"
    # (or the day a site posted it, in square brackets: "[2009.2.27]南昌高新区…报告")
    r"|[\[［](?:19|20)\d{2}[.\-/]\d{1,2}[.\-/]\d{1,2}[\]］]\s*(?=\p{Han})"
    r"|\p{Han}{2,4}[-－](?=\p{Han}{4})"
    # (or a news page's word for its own region before a notice's title: "我區關于做好…的通知")
    r"|我(?:省|市|区|區|县|縣|州|盟|旗|镇|鎮|乡|鄉)(?=[关關][于於])"
    # (or a disclosure page's label for the title, a space before it: "标题 某市…的通知")
    r"|(?:[标標]\s*[题題]|名\s*[称稱])\s*[:：]?[ \u3000]"
    r"|[^-—_|\uff5c\s]{2,24}(?:门户网站|門戶網站|网站|網站|政府网|政府網)\s*[-—_|\uff5c]+)\s*"
)
# A label a page set before its title with a colon, or the colon alone where the
# label was lost: "标题：2021年…工作要点", ":2021年上海市…工作要点".
# (or a site's name or a teaser: "重庆商务:关于…的实施意见", "芈姝怎么死的:台州市…规划纲要";
# never a place's short name, a news call whose lead may name the plan in full: "内蒙古:关于…")
# (the end of a place's name, which no label a title drops ends in: PLACE_LABEL_RE)
_LABEL_PLACE_END = "[省市县縣区區州旗盟]"
TITLE_LABEL_RE = re.compile(
    r"^(?:(?:[标標]\s*[题題]|名\s*[称稱]|文件名[称稱])\s*"
    rf"|\p{{Han}}{{4,8}}(?<!{_LABEL_PLACE_END})(?=[:：]\p{{Han}}))?[:：]\s*(?=\S)"
)
# ... but a place's name a headline sets before its title with a colon is part of the
# title, read past to see the title: "赤峰宁城县:确定2015年农机化工作重点".
PLACE_LABEL_RE = re.compile(rf"^\p{{Han}}{{2,8}}{_LABEL_PLACE_END}[:：](?=\p{{Han}})")
# The character before 一 in a word that ends with it ("统一", "唯一", "之一", "逐一"):
# a 一、 after one lists words ("实现单位统一、保证量值准确") and heads nothing.
WORD_ENDING_IN_ONE_RE = re.compile(r"[统唯之同单划合万逐专归如]")
# The words a notice's title ends with.
NOTICE_ENDS = ("通知", "通報", "通报")
# The word a plan names itself by in its own text, before its kind: "本规划", "该方案",
# "此計畫".
THIS_PLAN_RE = re.compile(r"^[本该此]")
# ... set out with a space inside, on a line of its own under the title's upper half:
# "关于切实做好2019年防空警报鸣放工作的" / "通 知".
SPACED_NOTICE_END_RE = re.compile(r"^通[ \u3000]+[知報报]$")
# A page's headline that reports a document issued, no 关于 before its 印发:
# "三部门联合印发《关于巩固回升向好趋势加力振作工业经济的通知》".
NOTICE_HEADLINE_RE = re.compile(r"^(?:(?![关關][于於])[^《》。，,])*印[发發]《")
# A notice title that names its issuer before 印发: "某区委办公室 某区政府办公室印发《…》的通知".
ISSUED_BY_RE = re.compile(
    r"^(?P<org>[\p{Han} \u3000、]{2,60}?)(?<![关關][于於])(?:[关關][于於])?(?:印[发發]|下[达達])"
    # (the plan named in 《》, or by its year: "广州市人民政府印发2012年市政府重点工作…";
    # in 〈〉 inside a title a page set in 《》: "《中共吉林省委辦公廳…印發〈關于…〉的通知》")
    # (or the year's targets it hands down: "漳州市人民政府办公室下达2009年…的通知")
    # (or in doubled angle brackets, as a mirror types them: "商务部印发<<关于…>>的通知")
    r"(?:[《〈]|<<|\s*(?:19|20)\d{2}\s*年)"
)
# A line a page set its title on twice, a space between, perhaps closed by a cell's
# bar: "乐清市…行动计划(2020-2022年) 乐清市…行动计划(2020-2022年) |".
DOUBLED_LINE_RE = re.compile(r"^(?P<once>\S.{5,80}?)[ \u3000]+(?P=once)[ \u3000|]*$")
# ... or a headline cut short, then the title said whole after a space: "国务院办公厅
# 关于发展银发经济 国务院办公厅关于发展银发经济 增进老年人福祉的意见".
CUT_BEFORE_WHOLE_RE = re.compile(r"^(?P<cut>\S{6,60})[ \u3000]+(?=(?P=cut)\s*\S)")
# A page number a preview glued before a title that opens with its year:
# "12012年农业科技促进年实施方案" (no title opens with five digits).
# ... or the first page's "1" glued before a title that opens with its body's name:
# "1湖南电子科技职业学院2007年招生工作方案" (never a count: "1号…", "1个…").
# ... or a printed page's number between its dashes: "-2-汉中市…检查工作方案", "—1—青河县…".
PAGE_BEFORE_YEAR_RE = re.compile(
    r"^\d{1,2}(?=(?:19|20)\d{2}\s*年)|^1(?![号號个個项項月日季至年名])(?=\p{Han}{2})"
    r"|^[-—–－]\d{1,3}[-—–－](?=\p{Han}{2})"
)
# How the name of an office that issues a plan ends: "…市政府", "…办公厅", "…商务部".
_ISSUING_OFFICE_END = r"(?:政府|办公厅|辦公廳|办公室|辦公室|委员会|委員會|局|厅|廳|部|委)"
# A news headline that reports a plan issued, the plan named bare after 印发:
# "临汾市政府印发临汾市水污染防治2018年行动计划" (the plan is the title); or after
# 下达, as a government sends out the year's plan: "省政府下达2020年浙江省国民经济和
# 社会发展计划".
HEADLINE_ISSUES_PLAN_RE = re.compile(
    r"^(?P<body>\p{Han}{1,30}?" + _ISSUING_OFFICE_END + ")" +
    # (a plan named with 关于 too, "…印发关于大力发展民营经济的实施意见", never the
    # notice that hands one over, "…印发关于…的通知")
    # (or publishes it: "劳动保障部发布2008年劳动和社会保障工作要点")
    r"(?:(?:联合|聯合)?印[发發]|下[达達]|[发發]布)"
    r"(?P<plan>(?![关關][于於][^《》。，,；;]*[通][知])[^《》。，,；;]{4,80})$"
)
# The bracketed year of a document number, where its prefix ends.
DOC_NUMBER_YEAR_RE = re.compile(r"\s*[〔\[［(（﹝【?？] ?(?P<year>(?:19|20)\d{2})")
# The brackets a document number stood in, left empty at a line's end once it is read
# (or at its start: "【国管节能〔2026〕28号】国管局关于…的通知").
NUMBER_BRACKETS_LEFT_RE = re.compile(
    r"\s*[(（〔\[［【]\s*[)）〕\]］】]$|^[(（〔\[［【]\s*[)）〕\]］】]\s*"
)
# What comes before a document number a letter cites: a sentence, or a 《title》(.
CITED_NUMBER_RE = re.compile(r"[。，,；;]|》\s*[(（]\s*$")
# Words a page glues before a document number; the number's prefix starts after them.
DOC_NUMBER_GLUE = ("文件", "件", "通知", "意见", "意見", "方案", "以", "号", "號", "消息")
# The notice's own title: 关于印发《中国科协2022年科普工作要点》的通知.
# Also without 关于, as reposts headline it: "省政府印发2020年…责任分解通知".
_APPROVAL_TITLE = (
    # (or a congress's resolution on it: "…第十二届人民代表大会第五次会议关于…规划纲要的决议")
    r"^.{0,40}?[关關][于於](?:同意|批准)?(?P<approved>[^。，,；;]{4,100}?)的(?:批[复復]|[决決][议議])"
    r"(?:\s*[(（](?:19|20)\d{2}年?[)）])?$"
)
APPROVAL_TITLE_RE = re.compile(_APPROVAL_TITLE)
NOTICE_TITLE_RE = re.compile(
    r"^(?:.{0,40}?[关關][于於]|[^。，,]{0,60}?印[发發]).{1,120}?[的]?(?:通知|通報|通报)》?$"
    # A ministry's office sends a department's plan under a letter: "农业部办公厅关于
    # 印送《2011年畜牧业司工作要点》的函".
    r"|^.{0,40}?[关關][于於]印[发發送]《[^《》]{2,80}》的函$"
    # A page's headline drops the closing 的通知: "…办公厅关于印发…工作方案".
    # (its 《》 closed: "关于印发《某市科协2024年" is the first line of a split title).
    r"|^.{0,40}?[关關][于於](?:印[发發]|[转轉][发發]|批[转轉])"
    r"(?:[^。，,；;：:《》]|《[^《》]{1,60}》){2,120}$"
    # The State Council approves a plan by its reply: "国务院关于东北地区振兴规划的批复
    # (2007年)" (its points are the reply's, the plan is the one it approves).
    r"|"
    + _APPROVAL_TITLE
    # An office hands down the year's targets with no 关于: "漳州市人民政府办公室下达2009年
    # 促进就业工作目标责任制的通知".
    + r"|^[^关關《》。，,：:]{2,40}?"
    + _ISSUING_OFFICE_END
    + r"下[达達][^。，,：:]{2,100}?的(?:通知|通報|通报)$"
)
# The first line of a notice title split over lines: "关于印发《中国科协2024年".
# (or of one that opens with the office forwarding a document: "国务院办公厅转发中国
# 红十字会" / "总会关于…工作意见的通知")
NOTICE_TITLE_START_RE = re.compile(
    r"^(?:.{0,40}?[关關][于於]|[^。，,：:]{2,40}?(?:[转轉]|印)[发發])[^。，,：:]{0,80}$"
)
# The sentences that make a paragraph a cover letter: it hands the plan over.
COVER_LETTER_RE = re.compile(
    r"^(?:特此通知|現將|现将)|(?:现将|現將)\s*《|印[发發][给給]你[们們]|[请請](?:认真|認真|结合|結合)[^。]{0,12}(?:贯彻|貫徹|执行|執行|落实|落實)"
)
# A letter that goes on to number what it asks: "并就有关事项通知如下", "提出如下要求".
# (or, in the sentence that hands the plan over, asks that it be carried out by what
# it sets below: "现印发给你们,请结合以下要求认真贯彻执行"; a letter that only "提出以下
# 要求" may be the plan itself)
# (and a reply that approves a plan: "…收悉。现批复如下:")
LETTER_POINTS_RE = re.compile(
    r"(?:通知|要求|明确|批[复復])如下|如下(?:工作)?要求"
    # (also with the work named: "…印发给你们,并提出如下工作要求")
    r"|[印转][发發][给給]你[们們][^。]{0,20}?(?:以下|下列|如下)(?:工作)?(?:要求|意[见見])"
)
# A letter's sentence that hands the plan over ("现将《X》印发给你们", "…现印发给你们"),
# or leads into what it asks ("并提出以下工作要求"): its points are the letter's where
# they ask what such letters ask.
# (the plan sent to those the letter writes to: "印发给你们", "转发给你们")
# (its 给 may be left out: "现将《…工作方案》印发你们")
_HANDED_TO_YOU = r"[印转轉][发發][给給]?你[们們]"
# (or issues it in so many words: "市政府制定了…分工方案,现予以印发,请…做好贯彻落实")
HANDS_OVER_LETTER_RE = re.compile(
    rf"{_HANDED_TO_YOU}|提出(?:以下|如下)(?:工作)?(?:要求|意见|意見)|[现現]予以?印[发發]"
)
# What a letter asks of those it hands a plan to, numbered as its points:
# "一、高度重视,夯实责任。", "二、细化工作方案。", "四、严格督查考核。".
# (written once: each character also reads its traditional variants, variants.py)
LETTER_POINT_TITLE_RE = re.compile(
    # (a 工作 or 主体 between: "一、落实工作责任。")
    r"^(?:高度重视|高度负责|提高站位|加强领导|加强组织领导|(?:压实|夯实|强化|明确|落实)(?:工作|主体)?责任|细化"
    r"|加强统筹|加强调度|加强协调|强化协作|主动作为|严格督查|强化督查|加强督查|严格考核|狠抓落实)"
)
# ... and, under a letter that hands the plan to those it writes to, "提高政治站位"
# (an opinion's own first part may open so: "特提出如下意見。一、提高政治站位,…").
LETTER_POINT_TITLE_HANDED_RE = re.compile(r"^提高政治站位")
HANDED_TO_YOU_RE = re.compile(_HANDED_TO_YOU)
# A plan a repost's headline or lead announces.
ANNOUNCED_TITLE_RE = re.compile(
    # (or a reference page's summary: "…有关法律法规,编制了《“十四五”公共机构…工作规划》。")
    r"(?:印[发發]|[发發]布|公布|出台|[编編]制了)了?\s*《(?P<name_after>[^《》]{2,80})》"
    r"|《(?P<name>[^《》]{2,80})》\s*(?:正式)?(?:[发發]布|印[发發]|公布|出台|全文)"
)
# ... never a document the text quotes, what follows its name saying so: "国务院关于印发
# 《…规划》(国发〔2021〕35号)(以下简称“十四五规划”)指出:…".
# (a short name given to it, "(以下简称《意见》)", says nothing: an announcement gives one too)
QUOTED_DOCUMENT_AFTER_RE = re.compile(
    r"\s*(?:[(（][^()（）]{0,40}[)）]\s*)*(?:指出|提出|强调|強調|要求|明确|明確|规定|規定)"
)
# ... where the page shows a document's full text ("《…综合防治计划》全文"), any name
# ending as a plan's document does names it.
FULL_TEXT_OF_RE = re.compile(r"》\s*全文$")
# ... or whose lead closes on the words that bring it: "…印发了《关于做好…工作的通知》。
# 全文如下:" (a notice too, then: the notice over its own points is the plan).
FULL_TEXT_FOLLOWS_RE = re.compile(r"[。，,]?\s*全文如下")
NOTICE_NAME_END_RE = re.compile(r"(?:通知|決定|决定)$")
_DOCUMENT_NAME_END = (
    r"(?:计划|計劃|规划|規劃|方案|意见|意見|措施|办法|辦法|纲要|綱要|要点|要點)"
    r"(?:[(（][^()（）]{2,16}[)）])?"
)
DOCUMENT_NAME_END_RE = re.compile(_DOCUMENT_NAME_END + "$")
# A space a copy set around a title's digits ("剑湖实验学校 2025-2026 学年…", "镇 2025 年
# 工作要点"): no gap between the title's words, read without it; nor inside a span's
# brackets, "…行动纲要( 2020- 2035 年)", whose closing year is then no year of the plan.
SPACE_BY_DIGITS_RE = re.compile(
    r"(?<=[\p{Han}\d—–―\-~～(（])[ \u3000]+(?=\d)|(?<=\d)[ \u3000]+(?=[\p{Han}\d—–―\-~～)）])"
)
# ... and a span of two years set apart by spaces inside a title's line, "…中心小学
# 2024-2025 学年度…" (a school year; read without the spaces).
SPACED_YEAR_SPAN_RE = re.compile(
    r"[ \u3000]+(?P<span>(?:19|20)\d{2}\s*[—–―\-~～]\s*(?:19|20)\d{2})[ \u3000]+(?=\p{Han})"
)
# A slogan: two short phrases or more, set apart by spaces or commas.
# (a phrase may quote a name: "推进“一融双高”发展,助力基层党建创新")
SLOGAN_RE = re.compile(r"^[\p{Han}“”\"]{3,14}(?:[\s，,、]+[\p{Han}“”\"]{3,14})+$")
# A slogan over a plan's title, set apart by a dash: "凝心聚力提质效 协同创新谋新篇
# ——剑湖实验学校…学校工作计划" (the title is what follows the dash).
# (a typed copy may draw the dash with hyphens: "------海口市第九中学“十二五”办学规划")
SUBTITLE_DASH_RE = re.compile(r"^(?:——|-{2,}|－{2,})\s*")
# ... whose slogan may be a line of short phrases with their commas and quotes, no kind word.
SLOGAN_WORDS_RE = re.compile(r"^(?:[\p{Han}“”\"‘’「」]{2,14}[\s，,、!！]*){2,4}$")
SLOGAN_OVER_TITLE_RE = re.compile(
    # (never a span's dash between years: "2022--2023学年")
    r"^(?P<slogan>[^—\-－]{4,40}?)\s*(?:——|(?<!\d)(?:-{2,}|－{2,})(?!\d))\s*(?P<title>[^—]{4,}?)$"
)
# The notes a draft closes its title with: "(征求意见稿)", "(草案)", "(报批稿)"; a trial's,
# "(试行)", is added where a title may close with it.
_DRAFT_NOTES = r"征求意[见見]稿|[讨討][论論]稿|送[审審]稿|[报報]批稿|草案|初稿|修[订訂]稿"
# A title a page set in book brackets, its draft's note after them: "《…工作方案》(草案)".
BOOK_TITLE_THEN_DRAFT_NOTE_RE = re.compile(
    rf"《(?P<name>[^《》]{{2,80}})》[ \u3000]*(?P<note>[(（](?:{_DRAFT_NOTES}|[试試]行)[)）])"
)
# A 《…》 name, for a plan title taken from the cover letter.
BOOK_TITLE_RE = re.compile(r"《(?P<name>[^《》]{2,80})》")
# The plan a notice's title hands over: "关于印发 2019年全市政务公开重点工作任务分工的通知".
ISSUED_PLAN_RE = re.compile(
    r"^.{0,40}?[关關][于於](?:印[发發]|[转轉][发發]|下[达達]|批[转轉])\s*(?P<name>.{4,100}?)的?(?:通知|通報|通报)$"
    r"|^.{0,40}?[关關][于於]印[发發送]\s*《(?P<name>[^《》]{2,80})》的函$"
    # (or with no 关于, right after the issuer: "自贡市人民政府印发2006年目标管理方案的通知")
    r"|^[^关關《》。，,]{2,40}?"
    + _ISSUING_OFFICE_END
    + r"(?:印[发發]|[转轉][发發]|下[达達]|批[转轉])"
    r"\s*(?P<name>[^关關]{4,100}?)的?(?:通知|通報|通报)$"
    # (or forwards, with no 关于, other bodies' document named whole in its 《》: "中共江苏
    # 省委、江苏省人民政府批转省委宣传部、省司法厅《关于…第四个五年规划》的通知")
    r"|^[^关關《》。，,]{2,40}?" + _ISSUING_OFFICE_END + r"(?:印[发發]|[转轉][发發]|批[转轉])"
    r"(?P<name>[^关關《》]{2,30}?《[^《》]{2,80}》)的?(?:通知|通報|通报)$"
    # (or approves by its reply: "国务院关于东北地区振兴规划的批复")
    r"|" + _APPROVAL_TITLE.replace("approved", "name")
)
# The bodies whose document a notice forwards, named before it: "批转省委宣传部、省司法厅
# 《关于在全省公民中开展法制宣传教育的第四个五年规划》的通知".
FORWARDED_FROM_BODIES_RE = re.compile(
    r"^[^《》关關]{2,30}?(?:部|厅|廳|委|局|办|辦|会|會|院|府|室)(?P<doc>《[^《》]{2,80}》)$"
)
# Words around the 《X》 a cover letter hands over: "现将《X》印发给你们", "《X》已经…同意",
# "我队制定了《X》,现印发给你们".
HANDED_OVER_BEFORE_RE = re.compile(r"(?:现将|現將|特将|特將)\s*$")
HANDED_OVER_AFTER_RE = re.compile(
    r"^\s*(?:[(（][^()（）]{0,20}[)）])?\s*"
    # (or after a comma, "…制定了《X》,现印发给你们", or a sentence's end: "…联合制定了
    # 《X》。现印发给你们")
    # (also once approved: "…研究制定了《X》,經市政府同意,現印發你們")
    r"(?:[,，。]\s*(?:[经經][^，,。；;]{1,16}?(?:同意|批准)\s*[,，]\s*)?(?:现|現)(?=印|[转轉]))?"
    r"(?:已[经經]|印[发發](?:[给給]|你们|你們)|[转轉][发發][给給]|予以印[发發])"
)
# Addressee line: "各全國學會、協會、研究會,…,中國科協各部門和直屬單位:".
# ("…拟2021年度重点开展的工作计划如下：" leads into a list; it addresses no one.)
# (never an opening that sets out the plan: "为更好地开展工作,根据…,制定2017年工作计划:",
# nor one that opens on the year it plans: "2025年,安吉县科协将…,系统构建“123”年度工作体系:",
# nor one that closes on it: "…档案馆将以…为指引,…,聚焦主责主业推进2026年工作:")
ADDRESSEE_RE = re.compile(
    # (nor a page's field label alone over its value: "日期:" / "2022-05-20 12:44")
    # (nor the year's requirements it opens on: "2013年教育工作的总体要求是:")
    r"^(?!.*(?:制定|制订|制訂|根据|根據))(?!(?:19|20)\d{2}\s*年度?(?:[,，]|\p{Han}{2,12}是[:：]$))"
    r"(?!\s*(?:日期|[时時][间間]|[来來]源|作者|[编編][辑輯]|[浏瀏][览覽](?:量|次[数數]))\s*[:：]\s*$)"
    r"(?P<names>[^。:：]{2,300})"
    r"(?<!如下|[计計][划劃]|要[点點]|安排|意[见見]|方案|(?:19|20)\d{2}\s*年度?\p{Han}{0,6}工作)[:：]$"
)
ADDRESSEE_SPLIT_RE = re.compile(r"[,，;；]")
# Seal line after the issuer.
# Line: (中国科协办公厅代章)
# (or the mark alone under the name it seals for)
# Line: (代章)
_SEAL_NOTE = r"[(（](?P<seal>(?:[^()（）]{2,40})?代章)[)）]"
SEAL_RE = re.compile("^" + _SEAL_NOTE + "$")
# ... glued after the signer's name: "省领导联系指导软件与信息服务业机制办公室(代章)".
SEAL_NOTE_END_RE = re.compile(r"(?<=\p{Han})" + _SEAL_NOTE + "$")
# Contact line.
# Line: (联系人:王某,电话:010-68571898)
CONTACT_RE = re.compile(r"^[(（]?\s*[联聯][系繫]人.*$")
# Disclosure line.
# Line: (此件主动公开)
# Line: （此件公开发布）
DISCLOSURE_RE = re.compile(r"^[(（]此件[^()（）]{1,20}[)）]$")
# Attachment line.
# Words by which a body carries out another's plan, never part of a body's name.
CARRIES_OUT_RE = re.compile(r"贯彻|貫徹|落实|落實")
# The label of an attachment alone on its line, over the attachment itself: "附件:", "附件2".
ATTACHMENT_LABEL_ALONE_RE = re.compile(r"^\s*附件\s*\d{0,2}\s*[:：]?\s*$")
# Line: 附件:1.中国科协2022年科普工作要点
# Line: 附件2：重点任务分工表
ATTACHMENT_RE = re.compile(r"^附[件表]\s*\d{0,2}\s*[:：]?\s*(?P<rest>.*)$")
# The imprint (版记) at an official document's end, the office that printed it and the
# day: "某市科学技术协会办公室  2025年3月6日印发" (the printer is no issuer).
# Line: 上海市水务局办公室 2025年4月19日印发
# Line: 2025年3月6日印发
_IMPRINT = rf"(?:[^,，。:：;；\d]{{2,40}}?[\s\u3000]*)?{_DATE}\s*印[发發]"
IMPRINT_RE = re.compile(rf"^{_IMPRINT}$")
# Distribution lines at the foot of an official document (版记), the imprint among them:
# Line: 抄送：中国科协领导
# Line: 中国科协办公厅　2025年2月28日印发
# Line: 二〇二五年三月六日印发
DISTRIBUTION_RE = re.compile(
    r"^(?:(?:抄送|抄報|抄报|印发|印發|主送)\s*[:：].*"
    rf"|{_IMPRINT})$"
)
# An issuing body's name: short, no sentence punctuation, ends like an office.
# Joint issuers sign on one line, a space between: "中共某市委办公室 某市人民政府办公室".
_NAME_CHAR = r"\p{Han}A-Za-z0-9（）()·āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
ISSUER_RE = re.compile(
    rf"^[{_NAME_CHAR}][{_NAME_CHAR} \u3000]{{1,40}}?"
    r"(?:办公厅|辦公廳|办公室|辦公室|委员会|委員會|科协|科協|协会|協會|学会|學會|"
    r"政府|人民政府|部|局|厅|廳|委|院|会|會|中心|党组|黨組|书记处|書記處|联合会|聯合會|司|处|處|"
    # (a leading group or a command post signs too: "吉林省政务公开(政府信息公开)领导小组")
    r"小组|小組|指挥部|指揮部|督导室|督導室|研究室|教研室|"
    # (and an enforcement brigade: "福州市罗源生态环境保护综合执法大队")
    r"[大支][队隊]|"
    # (and libraries, museums, schools and hospitals, which sign their own plans)
    r"[馆館]|学校|學校|大学|大學|学院|學院|中学|中學|小学|小學|医院|醫院|"
    # (and banks and enterprises, which sign with the offices: "中国人民银行西安分行")
    r"[银銀]行|分行|支行|公司|集团|集團|"
    # (and broadcasters and observatories: "中央广播电视总台", "某市气象台")
    r"(?:总|總|电视|電視|电|電|气象|氣象|天文)台|"
    # (and a general administration, "海关总署", a prefecture's office, "行政公署", or
    # the press administration, "国家新闻出版署"; never a plan's 部署)
    r"(?:总|總|公|出版)署|"
    # (and a customs district, which signs with the province's offices: "南昌海关")
    r"海[关關]|"
    # (and the people's organisations by their short names: "全国妇联", "共青团中央",
    # "省文联", "县残联", "市工商联")
    r"(?:妇|婦|文|残|殘|侨|僑|工商|社科|台)[联聯]|[团團]中央|"
    # (and the Party's centre, "中共中央", and a cooperatives' federation, "供销合作总社")
    r"(?<=共)中央|[总總]社|"
    # (and an office by its short name, "杨凌示范区文明办", "县禁毒办"; never a verb's
    # 办: "举办", "承办", "督办")
    r"(?<![举舉创創承主协協合督兴興开開代包照查交批转轉经經领領帮幫申试試停民公待已在])[办辦])"
    # (an office that signs by both its names, the second in brackets: "江西省发展改革委
    # (江西省数据局)"; never its former name, "…管理局(原政务服务中心)", a title's note)
    r"(?:[(（](?!原)[^()（）\s]{1,20}?(?:局|委|办|辦|厅|廳|中心)[)）])?"
    # (an office that signs for its group marks it: "…工作专班办公室(代)")
    r"(?:[(（]代[)）])?$"
)
# That mark, no part of the issuer's name.
ACTING_MARK_RE = re.compile(r"[(（]代[)）]$")
# The body a repost's lead says issued the plan: "近日,某区人民政府办公室发布《…》",
# "…消息,近日,某省人民政府发布关于…的通知".
_LEAD_OFFICE = (
    r"\p{Han}{2,24}?(?:办公厅|辦公廳|办公室|辦公室|委员会|委員會|科协|科協|人民政府|政府|局|厅|廳)"
)
LEAD_ISSUER_RE = re.compile(
    # (two offices may issue it together: "中共中央办公厅、国务院办公厅印发《…》")
    # (or a repost's line that gives the headline it took: "原标题:中共中央办公厅、…印发《…》")
    rf"(?:^|[，,。；;]|近日|日前|原[标標][题題][:：])\s*(?P<org>{_LEAD_OFFICE}(?:[、和]{_LEAD_OFFICE})?)"
    r"(?:近日|日前)?(?:正式)?(?:[发發]布|印[发發]|出台)了?(?:《|[关關][于於])"
)

# --- plan title -------------------------------------------------------------------

# A span's dash, perhaps doubled as a copy may write it ("2016——2020年"), or its 至.
_SPAN_DASH = r"(?:——|[—–―\-~～至到])"
# A span whose years a copy's mask took out, its dash and 年 left: "(—年)".
_MASKED_SPAN = r"[(（]\s*(?:——|[—–―\-~～])\s*年\s*[)）]"
# A kind that carries out a plan named before it: "…防治行动" / "实施方案(2023—2030年)".
_IMPLEMENTING_KIND = r"[实實]施(?:方案|意见|意見|计划|計劃|计画|計畫|细则|細則|办法|辦法)"

# The kind words of a plan title, in both scripts: 工作要点 and its kin.
# Line: 中國科協2025年工作要點
# Line: 2021年度丽水市科学技术协会重点工作
# Line: 菏泽市深化新旧动能转换推动绿色低碳高质量发展分工落实方案
# Line: 屏東縣政府101年度施政計畫目標與重點及衡量指標
PLAN_KIND_RE = re.compile(
    r"""
    (?:工作)?要[点點]                                     # 工作要点, 要点
    | 工作(?:计划|計劃|计画|計畫|安排|重点|重點|任务|任務|方案|意见|意見|事[项項])
    | 工作[细細][则則]$                                      # "…产业链链长制工作细则"
    | 年度工作指引                                           # "…高质量发展年度工作指引(2023)"
    | 立法(?:计划|計劃|计画|計畫)                            # "湖南省人民政府2024年立法计划"
    # a school's calendar of a term, each week's work set out: "…學期行事曆", "…学年校历"
    | (?:行事|校)(?:历|曆)$
    | """
    + _IMPLEMENTING_KIND
    + r"""
    | (?:行[动動]|推[进進]|工作)(?:计划|計劃|计画|計畫|方案)
    | (?:总体|總體)方案                                       # 数字政府建设总体方案
    | 落[实實]方案                                            # 贯彻落实方案
    | (?:[发發]展|[经經]营|[经經]營|[辅輔][导導]|校[务務])(?:计划|計劃|计画|計畫)  # 學校經營計畫
    | (?:分工|分解)(?:落[实實])?(?:方案|意见|意見|表|清[单單])   # 任务分工方案, 分工落实方案
    | (?:责任|責任|任[务務]|部[门門]|工作)(?:分工|分解)         # 责任分工, 任务分解
    | 重[点點](?:工作|任[务務])                               # 重点工作(安排), 重点任务
    | 施政(?:计划|計劃|计画|計畫|目标|目標|方针|方針|重点|重點|报告|報告)  # 施政報告: Macau
    # a government's or a zone's work report of a year, which sets out its work for the
    # year: "2018年政府工作报告", "光明新区2016年政府工作报告", "2023年珠海高新区工作报告"
    # (the words first, the year looked back for only where they stand)
    | (?:政府)?工作[报報]告(?=$|[(（]摘要[)）]$)
      (?<=(?:19|20)\d{2}\s*年度?[\p{Han}“”"、]{0,20}(?:政府)?工作[报報]告)
    # ... or a named government's, with no year, the line its title alone (perhaps its
    # province tagged before): "(内蒙古)通辽市人民政府工作报告"
    | (?:人民)?政府工作[报報]告$
      (?<=^(?:[(（]\p{Han}{2,4}[)）])?(?:(?![了的])\p{Han}){1,12}[省市县縣区區旗州盟](?:人民)?政府工作[报報]告)
    # ... and a Shanghai street office's report of a year to its community's congress:
    # "2024年长寿路街道社区代表会议报告", "浦兴路街道2022年社代会报告"
    | (?:社[区區]代表(?:大[会會]|[会會][议議])|社代[会會])(?:工作)?[报報]告$
      (?<=(?:19|20)\d{2}\s*年度?\p{Han}{0,12}(?:社[区區]代表\p{Han}{2}|社代[会會])(?:工作)?[报報]告)
    | 主要工作$                                               # "…党的建设主要工作", a title's end
    | (?:[项項]目|任[务務]|[责責]任)清[单單]
    # a year's list of major decisions, each with its unit and its time: "2022年度重大
    # 行政决策事项目录", "…重大行政决策公众参与事项目录"
    | (?:[决決]策|事[项項])目[录錄]
    | [实實]事(?:[项項]目)?
    | [规規][划劃](?:纲要|綱要)                               # 规划纲要
    | [规規][划劃](?=$|[ ]?[(（][ ]?(?:19|20)\d{2})            # "…“十三五”规划", at the end
    # (or before its span, which a PDF's copy sets apart: "…妇女发展规划 (2021-2030 年)")
    # ... or before a span whose years a copy's mask took out: "…妇女发展规划(—年)"
    | [规規][划劃](?="""
    + _MASKED_SPAN
    + r"""$)
    # ... or a draft's, at the end: "…红十字事业发展“十四五”规划草案"
    | [规規][划劃]草案$
    # ... or before its draft's note: "…安全生产“十二五”规划(征求意见稿)"
    | [规規][划劃](?=[(（](?:"""
    + _DRAFT_NOTES
    + r""")[)）]$)
    | (?:计划|計劃|计画|計畫)(?=\s*[(（](?:19|20)\d{2}[^()（）]*[)）]$)   # "…创新计划(2005-2007年)"
    # (or its phase, perhaps with its span: "高等教育深耕計畫第二期(112-116年)")
    | (?:计划|計劃|计画|計畫)(?=第[一二三四五六七八九十\d]{1,3}期(?:\s*[(（][^()（）]{1,16}[)）])?$)
    # (perhaps a note after the span: "全民健身计划(2011—2015年)(2011年)")
    | (?:计划|計劃|计画|計畫)(?=\s*[(（](?:19|20)\d{2}[^()（）]*[)）][(（][^()（）]{1,8}[)）]$)
    # "…2020年度统一组织审计项目计划", "…2021年群众体育赛事活动计划": a year's plan of
    # any work, at the end; or its targets, "2008年新区管委会全年工作目标"; or a school
    # year's or a term's: "…2023学年第二学期教学计划"; or laid out as a table:
    # "2026年…涉企检查计划表"; or on trial: "重庆市2025年生态环境行政检查计划(试行)";
    # its work may be quoted: "2023年度“双随机、一公开”监管计划"
    | (?<=(?:19|20)\d{2}\s*(?:年度?|[学學]年度?)[\p{Han}“”"、]{2,28})
      (?:计划|計劃|计画|計畫|工作目[标標]|主要任[务務])
      (?:一[览覽])?表?(?:[(（](?:试行|試行)[)）])?$
    # (or its work's targets, measures, list or arrangement, at the end, the year right
    # before them too: "…2023年工作目标", "…2023年工作举措", "…2023年工作清单",
    # "…2023年进度安排"; never targets and tasks alone, "2023年目标任务", nor a campaign,
    # "…专项行动", which a headline names as often, nor the work deployed, "…2021年全面
    # 从严治党…工作部署", which a sentence ends a line with as often)
    | (?<=(?:19|20)\d{2}\s*年度?[\p{Han}“”"、]{0,28})
      (?:工作目[标標]|工作(?:[举舉]措|清[单單])|[进進]度安排)$
    | 方案(?=$|[(（](?:19|20)\d{2})                           # "…综合试点方案", at the end
    | 方案(?=[(（](?:公开|公開)版[)）]$)                           # "…整改方案(公开版)"
    # (or before its draft's note: "…宣传方案(征求意见稿)", "…若干意见(试行)")
    | (?:方案|的(?:若干|几点|幾點|实施|實施|指导|指導)?意[见見])
      (?=[(（](?:"""
    + _DRAFT_NOTES
    + r"""|[试試]行)[)）]$)
    | 若干(?:政策|措施|[举舉]措)(?=$|[(（](?:19|20)\d{2})  # "…若干政策(2025年版)"
    | [纲綱]要(?=$|[(（](?:19|20)\d{2})                       # "…五年改革纲要(2019—2023)"
    | (?:任[务務]|工作)(?:台[账賬]|提示[单單])$                  # 任务台账, 工作任务提示单
    # (2008年工作谋划; 2024年工作思路及措施; 工作目标与措施; 乡镇工作总体考虑;
    # 2013年镇宣传思想工作初步思路)
    | 任[务務][书書]$
    | 工作(?:初步)?(?:思路|打算|谋划|謀劃|(?:总体|總體)考[虑慮])(?:[及和与與](?:措施|[举舉]措))?$
    | 年度[计計][划劃]$
    | 工作目[标標][及和与與](?:措施|[举舉]措)$
    | 目[标標][责責]任[书書]$                                    # 目标责任书
    | (?:计划|計劃|计画|計畫)[书書]$                             # "…學校發展計劃書"
    # any plan of a named work, at the end ("培训计划" alone is any list's heading):
    # "街道信息公开计划"
    | (?:计划|計劃|计画|計畫)$(?<=[\p{Han}“”"]{4}(?:计划|計劃|计画|計畫))
    | (?:学习|學習)(?:计划|計劃|安排)$                           # "…学习教育的学习计划"
    | (?:具体|具體|若干|工作|实施|實施)措施                    # 具体措施, 若干措施
    | [一二三四五六七八九十\d]{1,3}[条條](?:政策)?(?:措施|[举舉]措)(?=$|[(（])  # "…十条措施"
    | 政策措施(?=$|[(（])                                     # "…若干政策措施(修订版)", at the end
    # "…的若干意见", "…的几点意见", at the end
    | 的(?:若干|几点|幾點|实施|實施|指导|指導)?意[见見](?=$|[(（](?:19|20)\d{2})
    | 工作指[导導]意[见見](?=$|[(（])                            # "…2023年工作指导意见"
    | 安排意[见見]$                                            # "…关于2023年工作的安排意见"
    # (a title that opens with 关于 may leave out its 的: "关于推进…跨越式发展意见")
    | 意(?<=^[关關][于於][^。，,；;：:]{4,60}?意)[见見]$
    """,
    re.VERBOSE,
)
# The year of a plan a repost's lead announces without 《》: "青岛市教育局发布2026年工作要点".
# ... or a society's own lead: "拟2021年度学会重点开展的工作及活动计划如下";
# or a letter that divides a report's tasks: "…提出了2013年市政府要做好的8项重点工作".
# The year an event's plan opens by setting its days in: "…定于2017年10月初至10月下旬
# 在全县…开展打击非法集资集中宣传月活动", or planning them: "…计划于2023年4月8日至…".
EVENT_SET_FOR_YEAR_RE = re.compile(
    r"(?:定|计划|計劃|拟|擬)于\s*(?P<year>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月"
)
ANNOUNCED_YEAR_RE = re.compile(
    rf"(?:印[发發]|[发發]布|公布|出台|[拟擬]|制[定订訂]|提出)了?\s*"
    # (perhaps the body first: "特制定镇2021年志愿服务工作安排意见")
    rf"(?:\p{{Han}}{{0,10}}?[省市县縣区區州旗镇鎮乡鄉村局])?(?P<year>(?:19|20)\d{{2}})\s*年度?"
    rf"[^。，,；;]{{0,24}}?(?:{PLAN_KIND_RE.pattern}|[计計][划劃])",
    re.VERBOSE,
)
# A title a page ran together with its publisher and date: "…规划(2016-2020)中国科协 2016-08-12 |".
# (never the rest of the title's own words after a kind inside it: "…计划草案的报告 2004-04-14")
TITLE_BYLINE_RE = re.compile(
    rf"^(?P<title>.+?(?:{PLAN_KIND_RE.pattern}|[)）]))(?P<by>(?:(?!的)\p{{Han}}){{0,20}})\s+"
    r"(?P<year>(?:19|20)\d{2})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\s*\|?$",
    re.VERBOSE,
)
# ... or with the credit of the office that provided it after a slash: "北竿鄉公所近期
# 工作重點/鄉公所提供".
TITLE_CREDIT_RE = re.compile(r"\s*[/\uff0f]\s*\p{Han}{2,16}?提供\s*$")
# The words of a task table's header row: a line that holds two kinds of them is
# the header run together ("序号 工作重点 工作内容 具体任务 成果形式 责任部门"), no title.
TABLE_HEADER_WORD_RES = (
    re.compile(r"序[号號]"),
    re.compile(r"(?:[责責]任|[执執]行|牵头|牽頭|配合|承[办辦])(?:部[门門]|[单單]位|科室|[处處]室)"),
    re.compile(r"完成(?:[时時][间間]|[时時]限|期限)|[时時][间間](?:节点|節點|安排)|成果形式"),
)
# A title that joins the plan and last year's report: "宁波市教育局2025年工作要点和2024年工作总结".
PLAN_AND_REPORT_RE = re.compile(
    rf"^(?P<plan>.+?(?:{PLAN_KIND_RE.pattern}))(?:和|及|暨|与|與)[^和及暨与與]{{2,24}}总[结結]$",
    re.VERBOSE,
)
# An attachment's label that opens a text, and the words after it up to a space or a
# sentence's mark: the plan's own title where they hold a kind (the attachment's own
# page, as a site copied it): "附件2 个体工商户…总体工作方案(试行)".
ATTACHMENT_LABEL_THEN_WORDS_RE = re.compile(
    r"^附件\s*\d{0,2}\s*[:：]?\s*(?P<words>[^。，,；;：:\s]{2,64})"
)
# A heading's first word, as the text glued to it may open with it again: a year with its
# 年 ("2017年"), or a masked name with its next character ("****镇"), or a term in
# quotes ("“十五”规划执行情况“十五”期间,…").  (Not any word: a heading may say a verb
# twice, "加强党的建设加强…", where no text starts.)
HEADING_OPENING_WORD_RE = re.compile(
    r"(?:19|20)\d{2}年|[*\uff0axX]{2,}\p{Han}|[“\"][^“”\"]{1,8}[”\"]"
)
# A break between a heading's clauses or sentences: none stands in a heading before the
# text that restates its first word.
HEADING_BREAK_RE = re.compile(r"[,，、;；:：。]")
# A line that ends in a kind word: the lower half of a split title, "任务分解和责任分工方案".
PLAN_KIND_END_RE = re.compile(rf"(?:{PLAN_KIND_RE.pattern})$", re.VERBOSE)
# A plan's first heading that names the year's plan, where no title does: "2016年主要
# 工作思路", "2018年重点工作".
HEADING_YEAR_PLAN_RE = re.compile(
    rf"(?P<year>(?:19|20)\d{{2}})\s*年度?\p{{Han}}{{0,8}}?(?:{PLAN_KIND_RE.pattern})$",
    re.VERBOSE,
)
# ... or the year's aims or tasks, as an untitled plan's heading: "2009年政府工作的总体要求",
# "2005年主要任务".
HEADING_YEAR_AIMS_RE = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s*年度?\p{Han}{0,8}?(?:总体要求|总体思路|主要目标|主要任务|目标任务)$"
)
# ... or names its tasks, on a line of its own after the last year's review: "2021年主要任务".
YEAR_TASKS_LINE_RE = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年度?(?:主要|重点|重點|工作)任[务務]")
# A flattened page's heading glued after a space to the paragraph before it, the line's
# last words past its last full stop: "…将在今后的工作中认真加以解决。 2011年主要工作安排".
GLUED_HEADING_TAIL_RE = re.compile(r"[。！？；!?;]\s+(?P<tail>[^。！？；!?;\s]{4,30})$")
# A year that opens a name: "2025年政府工作报告".
LEADING_YEAR_RE = re.compile(r"^(?:19|20)\d{2}\s*年度?")
# A work report's title: "政府工作报告", "2023年珠海高新区工作报告".
WORK_REPORT_RE = re.compile(r"工作[报報]告")
# A first heading that reviews the last year's work, as a work report opens: "一、2025年
# 工作回顾", "一、二〇二三年政府工作回顾"; the report is for the year after it.
YEAR_REVIEW_HEADING_RE = re.compile(
    rf"^(?P<year>(?:19|20)\d{{2}}|{_CHINESE_DIGITS_YEAR})\s*年\p{{Han}}{{0,6}}?工作回[顾顧]$"
)
# A work report's address to the congress it is given to, in its opening: "现在,我代表
# 市人民政府,向大会报告工作,请予审议" (a report with no title line is known by it).
CONGRESS_ADDRESS_RE = re.compile(r"我代表[^。]{0,24}?向[^。]{0,6}?大[会會]\s*(?:[报報]告|作)")
# A plan's title with its body's name after a space on the same line, as a byline:
# "2015年工作要点 四川省关心下一代工作委员会" (unfold.py cuts it before the name).
TITLE_THEN_BYLINE_RE = re.compile(
    rf"^(?P<title>[^\s。；;，,：:]{{4,60}}?(?:{PLAN_KIND_RE.pattern}))[ \u3000]+(?P<by>\S.*)$",
    re.VERBOSE,
)
# ... or a title's span on the line below it, the body that drafted it glued after:
# "(2009—2020年)省教育廳" (unfold.py cuts it after the span).
SPAN_THEN_BYLINE_RE = re.compile(
    r"^(?P<span>[(（](?:19|20)\d{2}\s*[—–―\-~～至]\s*(?:19|20)\d{2}\s*年?[)）])"
    r"[ \u3000]*(?P<by>\S{2,30})$"
)
# A page's headline that names the part of a report it shows after a dash, numbered as
# the report numbers its parts: "特區政府二○一八年施政重點 — 二. 加快各項城市建設"
# (unfold.py cuts before the part, which is the section the page's text stands under).
HEADLINE_PART_RE = re.compile(
    r"[ \u3000]*[—–―][ \u3000]*"
    r"(?=[一二三四五六七八九十]{1,3}[.、．][ \u3000]*\p{Han}[^。；;]{1,40}$)"
)
# ... and the dash it leaves at the title's end.
DANGLING_DASH_RE = re.compile(r"[ \u3000]*[—–―]$")
# An office named after the title's year with no place, just before the plan's kind:
# "2016年" + "教育局" + "工作要点" (regions.py reads it as the title's body).
_KIND_OFFICE = (
    r"^(?P<org>\p{Han}{1,10}?(?:局|委员会|委員會|办公室|辦公室|厅|廳|科协|科協|协会|協會|学会|學會"
    r"|党委|黨委|党组|黨組|团委|團委|妇联|婦聯|工会|工會"
    # (or a centre, a hospital, a society, a college or a library of a place:
    # "市新时代文明实践中心工作计划", "江城市红十字会工作计划", "江城职业技术学院…发展规划")
    r"|中心|[红紅]十字[会會]|[医醫]院|(?<![中小])[学學]院|大[学學]|[图圖]书馆|[图圖]書館|博物[馆館]"
    # (or a school's or a bureau's own office, a brigade or a station: "教务处工作计划",
    # "2023年消防救援大队工作计划", "城关派出所工作计划", "学生会工作计划")
    r"|(?<![各全本好之到])[处處]|[大支中][队隊]|派出所|研究所|商[会會]|校友[会會])"
    # (a school's or an institute's committee may stand alone: "2023年团委工作计划")
    r"|党委|黨委|党总支|黨總支|团委|團委|[团團]总支|[团團]總支|工会|工會|少先[队隊]|[学學]生[会會]|商[会會]|校友[会會])"
)
OFFICE_BEFORE_KIND_RE = re.compile(
    # (or before "年度" and the year's work, with no year: "科学技术局年度工作计划")
    rf"{_KIND_OFFICE}(?=年度工作(?:计划|計劃|要[点點]|安排|重[点點])|{PLAN_KIND_RE.pattern}$)",
    re.VERBOSE,
)
# ... or before its five-year period and 发展: "江城职业技术学院“十四五”发展规划".
OFFICE_BEFORE_PERIOD_RE = re.compile(
    rf"{_KIND_OFFICE}(?=[“\"]?十[一二三四五六]五[”\"]?(?:事业)?(?:发展|發展)?"
    r"(?:规划|規劃|计划|計劃|纲要|綱要|方案)$)"
)
# A university or college named after the title's year: "2014年" + "长春大学" +
# "共青团工作要点" (never students, "全市大学生…", nor the whole of a place's, "全省高等
# 学校…", nor the subject of a title's 关于, "关于进一步加强学院…"); its campus may follow
# in brackets, "中国地质大学(北京)".
UNIVERSITY_AFTER_YEAR_RE = re.compile(
    r"^(?![全各本我]|[关關][于於])"
    r"(?P<org>\p{Han}{2,12}?(?:大学|大學|学院|學院)(?:[(（]\p{Han}{2,4}[)）])?)(?![生])"
)
# The one space a page left inside a title's words, where its line once wrapped:
# "新邱区2022年全面推进乡村振兴重点 工作目标任务" (only where it is the line's one space).
STRAY_SPACE_RE = re.compile(r"^[^\s]+\K (?=\p{Han}[^\s]*$)(?<=\p{Han} )")
# A count in brackets that closes a heading, which is then whole: "一、地方性法规草案
# 拟定项目(1件)" (the project named on the next line is no part of it).
COUNT_CLOSES_HEADING_RE = re.compile(
    r"[(（]\s*(?:\d+|[一二三四五六七八九十]+)\s*[件项項个個条條][)）]$"
)
# A heading of such a page that a space sets apart from its text: "一、总体要求 坚持以…".
# (a space a few characters before the heading's 。 is where a PDF line wrapped:
# "(一)深入学习贯彻习近平新时代中国特色社会 主义思想。持续…")
RUN_TOGETHER_HEADING_END_RE = re.compile(
    # (a short sentence after the space is the heading's own, but never a dashed point:
    # "二、工作原则 ——突出特色。邹城作为…")
    # (nor inside a year a PDF spaced from its 年: "一、2018 年经济社会发展的总体思路")
    r"(?P<heading>\S{2,4}(?:[^\s。；;：:]|(?<=\d)\s+(?=[年月日])){1,30}?)"
    r"(?!(?<=\d)\s+[年月日])\s+(?=\S)(?!(?!——)[^\s。，,；;：:]{1,8}[。；;])"
)
# A run of characters between spaces: a printed line, where a copy ran a PDF's lines
# into one (castplan/grammar/unfold.py).
NON_SPACE_RUN_RE = re.compile(r"\S+")
# An opening that announces the parts after it, the first set apart: "…重点抓好以下
# 七个方面工作: 一、…" (a page run into one line, though it stops before 二、).
PARTS_ANNOUNCED_RE = re.compile(r"(?:以下|如下|下列)[^。：:]{0,12}[:：]\s+(?=[一壹][、．])")
# A notice title that opens a long line, a space after it: the line is a page run
# together ("鞍山市人民政府办公厅关于印发…方案的通知 各县(市)、区人民政府,…").
# A law library's box of fields run into one line between the document's name and its
# text: "…的通知文章属性•【制定机关】水利部•【公布日期】2022.03.25•【文号】…•【主题分类】
# 水文水环境正文水利部办公厅关于…" (unfold.py cuts it back into the lines its page has).
LAW_BOX_OPENS_RE = re.compile(r"文章[属屬]性(?=\s*[•∙·]\s*【)")
LAW_BOX_FIELD_RE = re.compile(r"[•∙·]\s*【[^【】]{1,8}】")
LAW_BOX_TEXT_LABEL = "正文"
# ... and the 文号 glued after the name repeated over the text, perhaps in brackets:
# "…的若干意见(试行)(杭政函〔2005〕39号)各区、县(市)人民政府,…:".
GLUED_DOC_NUMBER_RE = re.compile(r"[(（]?" + DOC_NUMBER_RE.pattern + r"[)）]?")
# ... and the colon that closes the addressees glued after it.
ADDRESSEES_END_RE = re.compile(r"[:：]")
NOTICE_TITLE_OPENS_LINE_RE = re.compile(
    r"^[^。，,：:\s]{0,60}?[关關][于於][^。：:\s]{2,120}?(?:通知|通報|通报)\s"
)
# ... or with the addressees of a letter set apart from its text by a space, where a page
# joined its paragraphs so: "各市、州、县人民政府,省政府各部门: 做好2010年全省扶贫开发工作,…"
# (unfold.py reads them as addressees with ADDRESSEE_RE); a list of them, never a page's
# field label alone: "内容概述: 改革创新是…"
ADDRESSEES_SET_APART_RE = re.compile(
    r"^(?P<names>[^。:：\s、,，]{2,60}[、,，][^。:：\s]{2,200}[:：])[ \u3000]+\S"
)
FIRST_PART_SET_APART_RE = re.compile(r"(?:^|[\s。；;：:])[一壹][、．]")
# ... or a first part set apart from the sentence before it and from its own text, its
# heading short and no sentence: "…得到充分发挥。 一、实施食品药品安全战略,打好安全保障
# 主动仗 以贯彻实施《…》为…".
FIRST_PART_BETWEEN_SPACES_RE = re.compile(
    r"[。；;][ \u3000]+[一壹][、．](?![二三四五六七八九十])"
    # (its words perhaps a list: "全面落实政府主导、部门负责、社会参加、齐抓共管的…责任制")
    r"[^\s。；;：:、]{2,14}(?:[,，、][^\s。；;：:、]{2,14}){0,3}[ \u3000]+(?=\S)"
)
# The word an office's name ends in, where it signs a letter run into one line.
_SIGNING_OFFICE = (
    r"(?:办公厅|辦公廳|办公室|辦公室|委员会|委員會|人民政府|政府|局|厅|廳|科协|科協|协会|協會"
    r"|[党黨]?委)"
)
# (two bodies may sign together, a space between them: "中共馆陶县委 馆陶县人民政府")
_SIGNERS = rf"[^\s。，,；;：:、]{{2,40}}(?:\s[^\s。，,；;：:、]{{2,40}}?{_SIGNING_OFFICE}){{0,2}}"
# Before the first heading of a page run into one line (RUN_TOGETHER_MARKER_RE), the
# end of a notice title or of addressees before a space: "…的若干意见 各地级以上市人民
# 政府,… 各直属机构: 为深入贯彻…".
RUN_TOGETHER_BREAK_RE = re.compile(
    rf"(?:[：:]|通知|意[见見]|{PLAN_KIND_RE.pattern})(?=\s)"
    # ... and the letter's date, on a line of its own: "…认真组织实施。 二OO六年四月十三日 …",
    # "…附件:《2012年全市教育工作要点》 二〇一二年二月九日 附件: …"
    rf"|(?<=\S)\s+(?=(?:{_DATE})\s)|(?<=[。\s])(?:{_DATE})(?=\s)"
    # ... and the signature before that date, after the letter's last sentence:
    # "…请结合实际认真贯彻执行。 武汉市民政局 2024 年 3 月 7 日 2024 年全市…"
    rf"|(?<=[。！!])\s+(?={_SIGNERS}\s+(?:{_DATE})\s)"
    # ... and a 文号 and a page's bare date set apart after the title: "…的实施意见
    # 浙政发[2009]69号 2009-11-03 为贯彻…"
    rf"|(?<=\S)\s+(?={DOC_NUMBER_RE.pattern}\s)|(?<=\s){DOC_NUMBER_RE.pattern}(?=\s)"
    r"|(?<=\s)(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?=\s)"
    # ... and, in a PDF's text run together, the disclosure note, the page's number and
    # the title's span, each set apart: "…2023 年 6 月 2 日 (此件公开发布) — 1 — 加快建设…
    # 行动方案 (2022—2025年) 为深入贯彻…"
    r"|(?<=\s)[(（]此件[^()（）\s]{1,20}[)）](?=\s)|(?<=\s)[—–]\s*\d{1,3}\s*[—–](?=\s)"
    r"|(?<=\s)[(（](?:19|20)\d{2}\s*[—–―\-~～]\s*(?:19|20)\d{2}\s*年?[)）](?=\s)"
    # ... and, where no space is left at all, a 文号 before the addressees and their colon
    # before the letter: "…的通知江科协发〔2023〕5号各区科协:现将《…》印发给你们,…"
    # (the number's tail is enough: the cut falls after it)
    r"|[〕\]］)）﹞】]\s*第?\d{1,4}\s*[号號](?=各)|(?<=^[^。！!]{4,200})[:：](?=现将|[为為]|根据|根據|按照|经|經)",
    re.VERBOSE,
)
# A letter's signature and date inside a line that runs the letter into the plan's
# title, with no heading to cut it at: "…认真组织实施。 市委…办公室 2023年3月30日 2023年…".
# (or after the letter's note of its attachment: "…通报。 附件:2021年…责任分工 绍兴市人民
# 政府办公室 2021年2月5日 市政府2021年…")
SIGNED_IN_LINE_RE = re.compile(
    rf"(?:(?<=[。！!])|(?<=[。！!]\s*附件\s*[:：][^。！!\s]{{2,60}}))"
    rf"\s+(?P<name>{_SIGNERS})\s+(?P<date>{_DATE})(?=\s)"
)
# ... or glued to the letter's last sentence and to what follows, where an office
# signs and its date stands before the disclosure note: "…认真贯彻落实。滨州市人民政府
# 办公室2024年11月21日(此件公开发布)滨州市…若干措施为贯彻落实…", or before the plan's
# title: "…认真贯彻执行。绥滨县人民政府办公室2019年6月6日绥滨县…发展规划(2019—2025年)…".
# (never a sentence that goes on after a date: "…办公室2024年3月1日印发了2024年工作要点";
# unfold.py checks that the words after it name a plan's kind)
_NO_SENTENCE_AFTER_DATE = (
    r"(?!印|召|[发發]布|制[定订訂]|起|前|以[来來]|至|[开開]始|[对對]|向|[将將]|[会會]|上午|下午)"
    r"(?=[^。，,；;：:\s])"
)
SIGNED_GLUED_IN_LINE_RE = re.compile(
    rf"(?<=[。！!])(?P<name>[^\s。，,；;：:、()（）《》“”]{{2,40}}?{_SIGNING_OFFICE})"
    rf"(?P<date>{_DATE})(?:(?P<note>[(（]此件[^()（）]{{1,10}}[)）])|{_NO_SENTENCE_AFTER_DATE})"
)
# ... or dated with no signature, the date glued between the letter's last sentence
# and the plan's title: "…现印发给你们,请结合实际,认真组织实施。2022年5月4日深化医药卫生
# 体制改革2022年重点工作任务2022年是…" (unfold.py checks that the sentences before it
# hand a plan over, as a cover letter's do).
DATED_GLUED_IN_LINE_RE = re.compile(rf"(?<=[。！!])(?P<date>{_DATE}){_NO_SENTENCE_AFTER_DATE}")
# ... those words: the first clause after the date, where a title would stand.
TITLE_CLAUSE_RE = re.compile(r"[^。，,；;：:\s]{2,60}")
# ... or a line that opens with the signature and its date, the plan's title after
# them: "杭州市人民政府 2016年12月23日 關于實施…提升城市國際化水平的實施方案".
SIGNED_THEN_TITLE_RE = re.compile(
    # (a forwarding letter may be dated with no signature: "2013年3月1日 河南省人民政府关于
    # 进一步加强新时期民政工作的意见")
    rf"^(?:(?P<name>[^\s。，,；;：:、]{{2,40}}?{_SIGNING_OFFICE}"
    rf"(?:\s[^\s。，,；;：:、]{{2,40}}?{_SIGNING_OFFICE}){{0,2}})[\s\u3000]+)?"
    rf"(?P<date>{_DATE})[\s\u3000]+[^。\s]{{4,100}}?"
    # (the forwarded document's addressees may run on after its title: "…的意见各省辖市、
    # 省直管试点县(市)人民政府,省人民政府各部门:")
    rf"{_DOCUMENT_NAME_END}(?:$|(?=各[^。]{{2,80}}[:：]$))"
)
# ... and the body that drafted a plan and the month, glued after its title as its cover
# sets them, then the cover's next part: "安徽省气象局二○○五年十一月目录第一章…".
COVER_BYLINE_IN_TEXT_RE = re.compile(
    # (a PDF's copy may set the parts apart with spaces: "…规划 (2021-2030 年) 乌拉特中旗
    # 人民政府妇女儿童工作委员会办公室 2022 年 8 月 前 言 …")
    rf"\s?(?P<body>[^。，,；;：:\s]{{2,30}}?{_SIGNING_OFFICE})\s?{_YEAR_MONTH}"
    r"(?=\s*(?:目[录錄]|[前序引]\s*言|第[一1]章|一、))"
)
# The period a 规划's preface opens on, in quotes: "“十三五”时期是深化体育改革的关键时期".
_QUOTED_PERIOD_OPENING = r"[“\"]十[一二三四五]?五[”\"][时時]期"
# A draft's or a trial's note closing a title: "(征求意见稿)", "(试行)", "(报批稿)".
_RUN_TOGETHER_DRAFT_NOTE = rf"(?:[(（](?:{_DRAFT_NOTES}|[试試]行)[)）])"
# ... and a plan's title that opens such a line, glued to the text after it:
# "绥棱县2018年政务公开工作要点实施方案为深入贯彻…", "县林业局2017年工作计划2017年,全县…".
RUN_TOGETHER_TITLE_RE = re.compile(
    # (never inside a longer kind: "…重点工作" of "…重点工作安排2023年…")
    # (a plan, "…规划", before its draft's note too: "烟叶发展规划(征求意见稿)为认真落实…")
    # (a copy's mask for the place may stand apart by a space: "XX 乡非洲猪瘟防控工作实施方案为…")
    rf"^(?:[Xx]{{1,4}}[ ])?[^。，,；;：:\s]{{2,60}}?"
    rf"(?:(?:{PLAN_KIND_RE.pattern})+|[规規][划劃](?=[(（][^()（）]{{2,5}}稿[)）])"
    # (or a plan, "…规划", glued to the words its preface opens with: "南通市科普事业发展
    # “十一五”规划为贯彻落实…", "…红十字事业发展规划依照中华人民共和国红十字会法…")
    r"|[规規][划劃](?=(?:为|為|根据|根據|依照|依据|依據|按照)\p{Han})"
    # (or to the period its preface opens on: "广元市体育发展“十三五”规划“十三五”时期是…")
    rf"|[规規][划劃](?={_QUOTED_PERIOD_OPENING})"
    # (or any plan, "…方案", before the space a page turned its line break into:
    # "庆祝中国共产党成立90周年活动方案 2011年,中国共产党将…")
    r"|方案(?=[ \u3000]))"
    # (perhaps with its draft's note: "…工作要点(征求意见稿)2018年是…",
    # "…“十四五”规划(报批稿)“十四五”时期是…")
    rf"{_RUN_TOGETHER_DRAFT_NOTE}?"
    # (or with its span: "…学前教育发展规划(2021-2025年)为进一步…", perhaps after a
    # space: "…行动方案 (2025年—2028年) 人工智能技术…"; the note may come after it:
    # "…行动方案(2023-2025 年)(征求意见稿)为贯彻…")
    r"(?:[ \u3000]?[(（](?:19|20)\d{2}[^()（）。，,；;]{0,12}[)）]"
    rf"{_RUN_TOGETHER_DRAFT_NOTE}?)?"
    # (nor inside a title that names its work before its own kind: "关于做好…重点工作
    # 的实施意见", "…行动计划纲要实施方案(2016-2020年)")
    r"(?![的之]?(?:[纲綱]要)?(?:实施|實施|若干|指导|指導)?"
    r"(?:安排|计划|計劃|方案|要[点點]|意[见見]|清[单單]))"
    # (a notice title that hands the plan over ends after its kind: "…关于印发…工作要点
    # 的通知江科协发〔2023〕5号…")
    r"(?:的(?:通知|通[报報]))?"
    # (or its first group, where a plan's parts are its groups: "…工作计划(一)强化政治建设";
    # never a part's number that closes a title, "…分工方案(一)")
    # (a space may stand between, where the page ran its lines together: "…总体工作方案
    # (试行) 个体工商户是…")
    # (a masked year too: "…工作计划XX年,区妇儿工委将…", "…全年工作计划20**年的工作…")
    r"(?=[ \u3000]?(?:\p{Han}|(?:19|20)[\dXx*]{2}\s*年|[Xx*]{2,4}年)"
    rf"|[(（]一[)）][ \u3000]*\p{{Han}}{{2}}|{_QUOTED_PERIOD_OPENING})",
    re.VERBOSE,
)
# A title a sharing site glued to itself, its headline over the document's own first
# line: "乡镇…集中宣传活动方案乡镇…集中宣传活动方案各村、三办三中心: …".
DOUBLED_TITLE_RE = re.compile(
    rf"^(?P<title>[^。，,；;：:\s]{{2,60}}?(?:{PLAN_KIND_RE.pattern}|方案))(?P=title)",
    re.VERBOSE,
)
# ... or the name of the file it shares, then the document's own title, which opens
# with the same body: "扬州大学深化综合改革方案扬州大学关于全面深化综合改革的实施意见".
FILE_NAME_THEN_TITLE_RE = re.compile(
    rf"^(?P<title>(?P<body>[^。，,；;：:\s]{{4}})[^。，,；;：:\s]{{0,56}}?(?:{PLAN_KIND_RE.pattern}|方案))"
    rf"(?=(?P=body)[^。，,；;：:\s]{{2,60}}?(?:{PLAN_KIND_RE.pattern}))",
    re.VERBOSE,
)
# ... or the name of the file, then the document's own title, which restates the name
# after the body it is for: "2022年美丽乡村建设项目实施方案巴东县大支坪镇耀英坪村2022年
# 美丽乡村建设项目实施方案为了贯彻…". (Never a notice's title said twice, whose
# first words end in the plan's kind: "关于印发…工作方案的通知关于印发…工作方案的通知";
# no body's name holds 的.)
FILE_NAME_THEN_BODYS_TITLE_RE = re.compile(
    rf"^(?![关關][于於]|印[发發])(?P<title>[^。，,；;：:\s]{{6,60}}?(?:{PLAN_KIND_RE.pattern}|方案))"
    r"(?=(?P<again>(?:(?!的)\p{Han}){2,30}?(?P=title)))",
    re.VERBOSE,
)
# ... which is never a sentence that opens the text the way a plan's purpose does,
# whatever kind word it holds: "为深入贯彻落实2023年…为民办实事各项任务,…".
PURPOSE_OPENING_RE = re.compile(
    r"为(?:了|深入|认真|認真|全面|进一步|進一步|切实|切實|贯彻|貫徹|落实|落實|加快|推进|推進"
    r"|做好|加强|加強|确保|確保)"
)
# How a plan's text opens after its title: "为深入贯彻…", "根据…", "按照…", "近年来…";
# or with the year it looks at, perhaps masked: "2018年是…", "XX年,区妇儿工委将…".
# (a report to a congress opens on whom it speaks for: "受省人民政府委托,现将…")
# (a 规划 on the period it plans for: "“十三五”时期是深化体育改革的关键时期")
TEXT_OPENING_RE = re.compile(
    r"(?:为了?|根据|按照|依据|近年来|当前|随着|受\p{Han}{2,12}?委[托託]"
    r"|(?:(?:19|20)[\dXx]{2}|[Xx]{2,4})\s*年(?:[,，]|是|以来)"
    rf"|{_QUOTED_PERIOD_OPENING})"
)
# What a notice title is about: "…关于2024年无偿献血招募计划的通知" is about
# "2024年无偿献血招募计划", whose kind word ends it only once 的通知 is cut.
NOTICE_SUBJECT_RE = re.compile(r"[关關][于於](?P<subject>.{2,120}?)[的]?(?:通知|通報|通报)》?$")
# ... and a notice that divides the work itself: "关于分解落实政府工作报告目标任务的通知".
DIVIDING_NOTICE_RE = re.compile(r"[关關][于於](?:分解落[实實]|分解下[达達]|分工落[实實])")
# A notice title that hands over another document (印发, 转发, 批转), not one that is the plan.
# ("…关于分解落实…《政府工作报告》2018年重点工作任务的通知" names a report, hands over nothing;
# "关于《X工作要点》的通知" hands over X.)
HANDS_OVER_RE = re.compile(
    # (a plan the title names for its readers to carry out is not handed over:
    # "关于认真贯彻落实…《社区矫正实施办法》进一步做好…的通知" sets out its own points)
    # (tasks or targets handed down are the notice's own, set out under it: "关于下达
    # 2016年农业重点工作任务的通知", "…年度目标任务的通知", "…安全生产控制指标的通知")
    rf"印[发發送]|[转轉][发發]|批[转轉]"
    rf"|下[达達](?![^《》。]{{0,80}}?(?:任[务務]|目[标標](?:[责責]任制)?|指[标標])"
    # (perhaps with the rules that go with them: "…考核指标和考核办法的通知")
    rf"(?:[和及与與][^《》。的]{{2,10}})?的?通[知報报])"
    rf"|(?<!(?:贯彻|貫徹|落实|落實|执行|執行|学习|學習)[^《》。]{{0,30}})"
    rf"《[^《》]*(?:{PLAN_KIND_RE.pattern})[^《》]*》",
    re.VERBOSE,
)
# A notice's closing words after the plan it names: "…工作要点的通知".
NOTICE_WORD_END_RE = re.compile(r"的(?:通知|通報|通报)$")
# Where a notice title joins two plans it issues: "…妇女发展规划和…儿童发展规划".
PLANS_JOINED_RE = re.compile(r"[和及与與、]")
# A notice title that issues several plans by the first one's name and a count:
# "《成都平原经济区“十四五”一体化发展规划》等5个规划" (the first one's text comes first).
SEVERAL_PLANS_RE = re.compile(
    r"^《(?P<first>[^《》]{2,80})》(?:[、,，]?《[^《》]{2,80}》)*"
    r"等\s*(?:\d{1,2}|[二三四五六七八九十]{1,2})\s*[个個项項份部件]\p{Han}{0,6}$"
)
# More documents named after one in a letter, handed over with it: "《X》和《Y》".
MORE_BOOK_TITLES_RE = re.compile(r"(?:\s*[和及与與、,，]\s*《[^《》]{2,80}》)+")
# A title named inside a quoted notice title: "《…关于印发〈X〉的通知》" gives X.
INNER_TITLE_RE = re.compile(r"[〈<](?P<name>[^〈〉<>]{2,80})[〉>]")
# The year a title is for: "2025年", "2021年度"; never a year that opens or closes
# a range, "(2021—2025年)", which gives a plan's span, not its year.
TITLE_YEAR_RE = re.compile(
    # (a spam copy's brand may stand glued before the year: "bet53652015年工作要点")
    r"(?:(?<![\d—–―\-~～至到])|(?<=^[A-Za-z]{2,8}\d{1,6}))(?P<year>(?:19|20)\d{2}"
    # or "二〇二五年"
    rf"|{_CHINESE_DIGITS_YEAR})"
    # (never a long-range goal's year: "…五年规划和2035年远景目标纲要"; or with no 年
    # before its work: "2022重点工作")
    # (nor the year a site updated its copy: "…十四五规划(2022年更新)")
    r"(?:\s*年度?(?!\s*[—–―\-~～至到]|远景|遠景|(?:更新|修订|修訂)版?[)）])|(?=重[点點]|工作|要[点點]|行[动動])"
    # (or alone in the brackets that close the title: "…年度工作指引(2023)", or as its
    # edition there without 年: "…行动方案(2026版)")
    r"|(?<=[(（](?:19|20)\d{2})(?=版?[)）]\s*$)"
    # (or opening the title with no 年, its body after it: "2023江城市科协工作要点")
    # (never a school year or term, "2014学年…", "2022春季学期…")
    # (nor a span's first year: "2004年至2005年廣州市…")
    r"|(?<=^(?:19|20)\d{2})(?=\p{Han})(?![学學][年期]|[春夏秋冬]季?[学學]期|年))"
    # (a monthly plan names its month too: "2020年07月海陵区教育局工作安排")
    r"(?:\s*\d{1,2}\s*月份?)?"
)
# A title's line that ends on a year joined to what went before: "…五年规划和2035年".
CONJOINED_YEAR_END_RE = re.compile(r"(?:和|与|與|及)(?:19|20)\d{2}年$")
# A title's upper half broken after its year: "宽城区应急管理局2025年度" (over "安全生产
# 监督检查计划").
YEAR_ENDS_LINE_RE = re.compile(r"(?:19|20)\d{2}\s*年度?$")
# A government's work report closing a title, which names whose plan it is (or named
# alone: "政府工作报告").
GOVERNMENT_REPORT_END_RE = re.compile(r"政府工作[报報]告$")
# The word a body's name and a report's kind share, the kind's: a government's work
# report ("…区政府工作报告", never "…人民政府工作报告", the government named in full) and
# a street's report to its community's congress ("…街道社区代表会议报告").
REPORT_KIND_OPENING_RE = re.compile(r"(?<!人民)政府工作[报報]告$|社[区區]代表")
# A title that reviews one year and plans the next: "宣汉县文联2010年总结和2011年工作要点",
# "2023年年度报告及2024年工作计划": the plan is for the year after the connector.
# (also after the last year's assessment: "…关于2007年度目标考评及2008年度目标制订工作的通知")
REVIEW_THEN_PLAN_RE = re.compile(
    r"(?:总结|總結|报告|報告|回顾|回顧|情况|情況|考评|考評|考核)\s*(?:及|和|与|與|暨|、)\s*"
)
# ... and such a review before the year planned where its own year was left out:
# "政务服务数据管理局年度工作总结及2021年工作计划" (the body is before the review).
REVIEW_BEFORE_THE_YEAR_RE = re.compile(
    r"(?:年度)?(?:工作)?(?:总结|總結)\s*(?:及|和|与|與|暨|、)\s*$"
)
# ... or a year an opening says it has reviewed: "对2012年工作进行了全面总结,…对2013年度
# 科技工作进行了全面谋划".
REVIEWED_YEAR_RE = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s*年度?[^,，。;；]{0,12}?(?:进行了?|進行了?|作了?)?"
    r"(?:全面|认真|認真)?(?:总结|總結|回顾|回顧)"
)
# ... or joins any part of the year before to the year's plan: "…2022年高质量发展特色亮点
# 及2023年工作安排".
YEAR_JOINED_RE = re.compile(r"(?:及|和|与|與|暨)\s*(?=(?:19|20)\d{2}\s*年)")
# A year of the Republic of China era (Taiwan): "101年度" is 2012, and so are
# "一〇一年度" and "一百零一年度"; "九十四年度" is 2005; after 民國 a plain 年 will
# do: "民國109年推展全民國防教育工作計畫" is 2020's.
ROC_YEAR_RE = re.compile(
    # (never the end of a span: "中程施政計畫(104至107年度)" is for no one year)
    r"(?<![—–―\-~～至到]\s*)"
    r"(?:(?:(?:中[華华])?民[國国])?(?:(?<!\d)(?P<year>[5-9]\d|1[0-4]\d)"
    r"|(?<![〇○零一二三四五六七八九十百])(?P<year>[五六七八九]十[一二三四五六七八九]?"
    r"|一百(?:[一二三四]十[一二三四五六七八九]?|零[一二三四五六七八九])?"
    r"|一[〇○零一二三四][〇○零一二三四五六七八九]))\s*年度"
    r"|(?:中[華华])?民[國国]\s*(?P<year>[5-9]\d|1[0-4]\d)\s*年(?![\d至到—–―\-~～]))"
)
# A topic that follows the body before the year: "長治市" + "促進夜間經濟提質增效" + "2023行動方案".
TITLE_TOPIC_START_RE = re.compile(
    r"(?:促[进進]|推[进進]|推[动動]|加快|加[强強]|深化|[实實]施|[开開]展|做好|提升|打造|全面|[进進]一步"
    r"|建[设設](?!局|厅|廳|委)|创建|創建|构建|構建|争创|爭創"
    # (a place that carries out another's plan: "广东省贯彻落实国务院办公厅2022年…方案")
    r"|[贯貫][彻徹](?:落[实實])?|落[实實](?!办|辦))"
)
# A place whose name a topic's verb follows: "昆明市" + "建设区域性国际中心城市".
PLACE_THEN_TOPIC_RE = re.compile(
    r"^(?P<place>\p{Han}{1,8}?[省市县縣区區州盟旗])(?=" + TITLE_TOPIC_START_RE.pattern + ")"
)
# A body a place sets up for one task ends its name so, the task before it:
# "…创建国家生态文明建设示范区指挥部办公室", "…未成年人保护工作委员会".
BODY_FOR_A_TASK_END_RE = re.compile(
    r"(?:领导小组|領導小組|指挥部|指揮部|委员会|委員會|联席会议|聯席會議)(?:办公室|辦公室)?$"
)
# ... or ends with work no body is named for: "水污染防治攻坚战", "法治政府建设".
TITLE_TOPIC_END_RE = re.compile(
    r"(?:攻坚战|攻堅戰|建设|建設|行动|行動|工程|防治|治理|整治|提升|振兴|振興)$"
)
# A council's term before its body's name: "第八届" in "第八届湖南省律师协会工作规划".
TERM_BEFORE_BODY_RE = re.compile(r"^第[一二三四五六七八九十\d]{1,3}[届屆](?=\p{Han})")
# Words between a body and the year that are not its name: "…关于印发2025年…"; or a
# headline's verb, "赤峰宁城县:确定2015年农机化工作重点" (no body is called 确定).
TITLE_LEAD_IN_RE = re.compile(r"(?:关于|關於|印发|印發|确定|確定|明确|明確|部署)+$")
# ... and a title that opens with 关于, perhaps its work's verb before the year:
# "关于开展2025年…", "关于印发江城市2024年…".
ABOUT_OPENING_RE = re.compile(
    r"^\s*[关關][于於](?:印[发發]|[转轉][发發]|开展|開展|做好|举办|舉辦|组织|組織|下[达達])?"
)
# Where a title names its body: before 关于 ("安徽省科协关于…的实施意见").
# (two bodies may share the title, set apart by a space: "中共某市委 某市人民政府关于…")
# (or a space may set 关于 apart: "新密市人民政府办公室 关于…")
# How a title about its subject opens, in either script (and as converters mix them).
ABOUT_WORDS = ("关于", "關於", "關于", "关於")
# ... and how a notice title opens under its issuer's line when it hands on a document
# rather than speaks about one: "市人民政府" / "批转市发改委关于…的通知".
HANDING_ON_WORDS = ("批转", "批轉", "转发", "轉發", "印发", "印發")
# A title about its subject closes with its 的 and the kind of document it is: "…计划
# 执行情况与…计划的报告", "…的实施意见".
CLOSED_ABOUT_TITLE_RE = re.compile(r"的\p{Han}{1,10}$")
# ... at a line's start, under the name of the plan it carries out.
IMPLEMENTING_KIND_RE = re.compile(_IMPLEMENTING_KIND)
# A page's label over the whole text it shows: "方案全文", "全文:".
FULL_TEXT_LABEL_RE = re.compile(r"\p{Han}{0,4}全文[:：]?$")
TITLE_ABOUT_RE = re.compile(
    # (a name may hold a bracket: "吉林省政务公开(政府信息公开)领导小组关于…")
    # (two bodies may issue it, set apart by a space or a 、: "中共某省委、某省人民政府关于…")
    # (never 关于 itself: "关于贯彻落实国务院关于…的实施意见" names no body; nor 转发,
    # which a title opens with where the forwarding body is not named in it: "转发国务院
    # 关于印发…的通知")
    r"^(?![关關][于於]|批?[转轉])"
    r"(?P<org>[\p{Han}()（）]{2,30}?(?:(?:[ \u3000]{1,4}|、)\p{Han}{2,20}?)?"
    # (several bodies counted after the first: "人力资源社会保障部等10部门关于…")
    r"(?:等[0-9\uff10-\uff19]{1,2}[个個]?(?:部[门門]|[单單]位))?)"
    # (a body that carries out another's document names itself before 贯彻: "浙江省
    # 人民政府贯彻国务院关于…指导意见的实施意见")
    # (the document may stand in book brackets: "…办公厅贯彻落实《全国人民代表大会
    # 常务委员会关于…的决定》的实施意见")
    r"(?:(?:贯彻落实|貫徹落實|贯彻|貫徹|落实|落實)《?\p{Han}{2,16}?"
    # (and one that forwards another's names itself before 转发: "国务院办公厅转发中国
    # 红十字会总会关于…的通知"; or that approves and forwards a report: "省政府批转省
    # 发展改革委关于…计划报告的通知"; or a body's document it does not name:
    # "…区人民政府办公室转发关于…意见的通知"; or that issues a report about its subject:
    # "遵义市人民政府办公室印发关于…纲要的报告的通知")
    r"|(?:[转轉][发發]|批[转轉])(?:\p{Han}{2,30}?)?|印[发發])?[ \u3000]?[关關][于於]"
)
# A document's title in 《》 that opens a plan's title: "《促进中部地区崛起规划》安徽省实施方案".
LEADING_BOOK_TITLE_RE = re.compile(r"《[^《》]{2,40}》")
# A body's name at the start of a title with no year before it: a place, then
# perhaps an office of it ("丽水市科学技术协会", "温州市教育局"), or a ministry.
# (省份 is the word "province", no place's end: "湖南创新型省份建设…")
_PLACE_END = (
    "(?:特别行政区|特別行政區|自治区|自治區|自治州|自治县|自治縣|省(?!份)|市|县|縣|区|區|州|盟|旗)"
)
# (a copy that masks the place's name keeps its end: "XX市", "**县", "xx区")
_MASKED = (
    r"(?:[Xx\u00d7\uff0a*]{2,4})"  # (a multiplication sign and a full-width asterisk mask too)
)
# (a town, "三甲镇", has two characters or more before 镇: "城乡" is no place; and
# 乡 before 村 is the countryside: "数字乡村", "美丽乡村" name no township)
_TOWN_END = r"(?:[镇鎮]|[乡鄉](?![村邨]))"
# A kind of village, never a village's name: "中心村", "示范村", "美丽村", "行政村".
_KIND_OF_VILLAGE = (
    r"(?:中心|重[点點]|示范|示範|美[丽麗]|特色|[贫貧]困|行政|自然|"
    r"[试試][点點]|文明|[卫衛]生|各|全|每)"
)
_PLACE = (
    rf"(?:(?:\p{{Han}}{{1,10}}?|{_MASKED}){_PLACE_END}|(?:\p{{Han}}{{2,6}}?|{_MASKED}){_TOWN_END})"
)
# A place named right after the era or the five-year plan a title's work belongs to,
# where the title opens with that work: "加强新时代广州市中小学科学教育工作行动方案",
# "“十四五”广东省档案事业发展规划", "“十四五”时期天津市档案事业发展规划" (never a word
# that ends in 市: "新时代学习型城市").
PLACE_AFTER_ERA_RE = re.compile(
    r"(?:新时代|新時代|[“\"]十[一二三四五六七]五[”\"](?:时期|時期)?)(?P<place>\p{Han}{2,3}[省市])"
    r"(?![场場民级級域直属屬])"
)
# The nation, where a title opens with it and no body of it: "中国妇女发展纲要",
# "中国遏制与防治艾滋病行动计划" (never an adjective, "中国式现代化…", "中国特色…").
NATION_OPENS_TITLE_RE = re.compile(r"^(?P<place>中[国國])(?![式梦夢特共人])(?=\p{Han}{2})")
# A short office's name that opens a title a copy stripped of its place, before the
# work it plans: "地震局监测工作打算", "农委渔业科技工作方案" (never a word that ends
# so: "布局优化…", "大局…").
OFFICE_OPENS_TITLE_RE = re.compile(
    r"^(?!布局|格局|[当當]局|[结結]局|大局|全局|[开開]局|[时時]局|[变變]局|新局|[编編]委)"
    r"(?P<org>\p{Han}{1,4}?(?:局|委|[馆館]))(?=\p{Han}{2})"
)
# A year a template's copy masked: "气象局XX年度工作要点", "教研室20XX年工作计划".
MASKED_YEAR_RE = re.compile(rf"(?<![A-Za-z])(?:(?:19|20)[Xx]{{2}}|{_MASKED})\s*年")
_BODY = (
    r"(?:人民政府|政府|办公厅|辦公廳|办公室|辦公室|委员会|委員會|管委会|管委會|科学技术协会|科學技術協會|科协|科協|"
    r"教育局|教育厅|教育廳|总工会|總工會|妇联|婦聯|团委|團委|[学學]会|[协協]会|联合会|聯合會|"
    # (a place's cadres are no department: "湖南省干部教育培训规划"; nor its students
    # a university: "全市大学生就业…")
    # (and a town's or a county's armed forces department: "人民武装部")
    r"(?:大学|大學|学院|學院)(?!生)|局|厅|廳|委|(?<!干)部|院|人民武[装裝]部"
    # (and a Taiwan township's office: "北竿鄉公所", "江城區公所")
    r"|公所)"
)
# The verbs a title that names work rather than a body opens with (never 建设: a town
# may be named so, "建设镇").
_LEADING_VERB = (
    r"(?:全面|进一步|進一步|加快|大力)?(?:打造|推进|推進|加强|加強|完善|促进|促進|深化|创建|創建|"
    r"实施|實施|开展|開展|提升|构建|構建|做好|落实|落實|推动|推動|贯彻|貫徹)"
)
_NUMBERED_SCHOOL = r"第[一二三四五六七八九十\d]{1,3}(?:高级中学|高級中學|中学|中學|小学|小學)"
# A body's departments or units named together after it: "市政府" + "各部门".
BODY_DEPARTMENTS_RE = re.compile(
    r"各(?:部[门門]|[单單]位|成[员員][单單]位|直属[单單]位|直屬[單单]位)"
)
# A free trade zone, its province in brackets, perhaps with one of its areas:
# "中国(河南)自由贸易试验区", "中国(上海)自由贸易试验区临港新片区".
FREE_TRADE_ZONE_RE = re.compile(
    r"^中[国國]\s*[(（]\p{Han}{2,3}[)）]\s*自由[贸貿]易(?:试验|試驗)[区區](?:\p{Han}{1,6}?片[区區])?"
)
# A place within the one a title names first, before its five-year period: "重庆市" +
# "大渡口区", "鄂尔多斯市东胜区" + "公园街道办事处" (never a kind of area: "社区",
# "示范区", "开发区", "景区").
# (or an autonomous county, whose name is longer: "宜昌市" + "长阳土家族自治县")
PLACE_WITHIN_RE = re.compile(
    r"\p{Han}{2,4}(?<![社城景园園]|示范|示範|[开開][发發]|功能|[试試][验驗]|保[护護])[区區县縣旗]"
    r"|\p{Han}{2,4}街道(?:办事处|辦事處)?|\p{Han}{2,8}自治[县縣旗]"
)
# The work a plan of a place's economy names after the place: "鄂州市梁子湖区" +
# "国民经济和社会发展" + "第十四个五年规划…" (the body ends before it).
ECONOMY_AND_SOCIETY_RE = re.compile(
    r"(?:[国國]民)?[经經][济濟](?:和|与|與)?(?:社会|社會)(?:[发發]展)?$"
)
# A word for a kind of area, never a place's name, though it ends as one: "地区发展",
# "社区治理", "园区建设", "山区扶贫" (a place has its name before it: "阿里地区").
_AREA_WORD = r"(?:地|社|[园園]|景|[辖轄]|片|山|[灾災]|校)[区區]"
# A county named by one character and its 县 ("高县", "珙县"), never the word for counties
# ("全县", "市县"), nor a county's parts ("县域", "县级", "县城").
_ONE_CHARACTER_COUNTY = (
    r"(?![全本该該各郊每两兩多市区區省州县縣乡鄉镇鎮村])\p{Han}[县縣](?![域级級城乡鄉镇鎮区區市])"
)
LEADING_BODY_RE = re.compile(
    # (a bureau after the place may have a long name: "武昌区" + "市场监督管理局")
    # (no place opens with 关于: "关于进一步加强安阳市…" names a place inside its subject)
    # (and a district may follow its city: "济南市" + "市中区"; a longer word before
    # 区 is more often a topic than a district: "城市社区", "示范区")
    # (nor with a verb: "打造新时代学习型城市实施方案" is work to do, not a city's plan)
    # (and a town or a village its county: "海原县" + "红羊乡", "江城县" + "东关村", never a
    # kind of town, "重点镇", "特色小镇", nor of village, "数字乡村", "新农村")
    # (a city's new area may follow its name without its 市: "兰州新区", "福州新区")
    # (a county of one character may follow its city: "宜宾市" + "高县", never the county
    # or its kin as a word, "市县", "全县", "该县", nor its parts, "县域", "县级")
    rf"^(?![关關][于於]|{_LEADING_VERB})(?:(?P<place>(?!{_AREA_WORD}){_PLACE}(?:(?:\p{{Han}}{{2}}|{_MASKED})新?[区區县縣旗]|(?<=州)新[区區]"
    rf"|(?<=[市州]){_ONE_CHARACTER_COUNTY})?"
    rf"(?:(?<=[县縣区區旗])(?!{_KIND_OF_TOWN})\p{{Han}}{{2,3}}(?:{_TOWN_END}|(?<![乡鄉农農邨个個])村(?![民级級])))?"
    # (and a village its town: "簰洲湾镇" + "王家巷村", "**镇" + "**村"; never a kind of
    # village, "中心村", "示范村", nor the word for villages, "乡村", "新农村", "村庄")
    rf"(?:(?<=[镇鎮乡鄉])(?!{_KIND_OF_VILLAGE})(?:\p{{Han}}{{2,3}}|{_MASKED})"
    r"(?<![乡鄉农農邨个個各])村(?![民级級庄莊落]))?)"
    # (a government follows its place directly: "数字政府", "法治政府" are topics)
    # (a government's office is the office: "…人民政府办公厅贯彻落实《…》的实施意见")
    # (and so is a bureau named after it, as Taiwan's cities name theirs: "臺中市政府消防局")
    rf"(?:(?P<office>(?:人民政府|政府)(?:办公厅|辦公廳|办公室|辦公室|\p{{Han}}{{2,5}}?(?:局|處|处))?|\p{{Han}}{{0,2}}?(?!人民政府|政府){_BODY}"
    rf"|\p{{Han}}{{3,9}}?(?:局|厅|廳|委员会|委員會|办公室|辦公室|中学|中學|(?<!中)(?:小学|小學)|学校|學校)"
    # (a Party committee of a sector or of the offices of a place: "社会组织综合党委",
    # "直机关工委", "教育工委"; never a verb's object, "落实党委…", "压实党委…")
    r"|(?!落[实實]|[压壓][实實]|加[强強]|[发發][挥揮]|各[级級])\p{Han}{2,8}?(?:[党黨](?:工)?委|工委)"
    # (a corps of a force, "公安消防总队", "交警支队"; a street's office, "公园街道办事处";
    # a sector's offices named together, "教育系统", never a system built, "交通系统")
    r"|\p{Han}{2,8}?[总總支大][队隊]|\p{Han}{2,4}街道(?:办事处|辦事處)"
    r"|(?:教育|[卫衛]生|[卫衛]健|科[协協]|司法行政|[税稅]务|[税稅]務|公安|水利|民政|[财財]政|[审審][计計]"
    r"|[检檢][察]|法院|政法|[应應]急|文化|[统統][计計])[系][统統](?!化)"
    # (a hospital's name may be short: "江城市" + "人民医院"; and so may a town's health
    # centre: "江城县" + "常路中心卫生院", never the towns' ones as a topic, "乡镇卫生院")
    rf"|\p{{Han}}{{2,9}}?(?:医院|醫院)|(?!乡镇|鄉鎮|基层|基層)\p{{Han}}{{2,9}}?(?:卫生院|衛生院)"
    # (and a kindergarten: "洪泽县" + "万集幼儿园", never a kind of them as a topic,
    # "公办幼儿园", "普惠性幼儿园", nor a verb's object, "增加中小学幼儿园学位")
    r"|(?!公[办辦]|民[办辦]|普惠|公立|私立|[学學]前|[农農]村|[乡鄉][镇鎮]|城[区區]|各[类類]"
    rf"|增加|新建|改扩建|{_LEADING_VERB})[^\P{{Han}}学學]{{2,6}}?(?:幼[儿兒][园園])"
    # (a village school has a short name: "颜店镇" + "屯二小学"; and so may a city's
    # secondary school: "上海市" + "浦东中学")
    rf"|\p{{Han}}{{2}}(?<!中)(?:小学|小學)|(?!普通|初级|初級|高级|高級|完全)\p{{Han}}{{2}}(?:中学|中學)"
    # (and a place's library, museum or hall: "源城区" + "图书馆")
    r"|\p{Han}{0,6}?(?:图书|圖書|博物|文化|纪念|紀念|科技|美术|美術|档案|檔案)[馆館]"
    # (a school numbered in its place: "枣庄市" + "第四中学")
    rf"|{_NUMBERED_SCHOOL})"
    # (a place alone, unless a longer one goes on; "开阳县" + "县域…", "温州市" + "市场…",
    # "奉化市" + "市属国有企业…" are a place and a word that starts with its end)
    rf"|(?!{_PLACE_END}(?![域级級场場直属屬])))"
    r"|(?P<state>国务院|國務院|国家\p{Han}{1,8}?[局委署]|國家\p{Han}{1,8}?[局委署]"
    # (the ministries and offices of the centre, as their Party work names them)
    r"|中央和国家机关|中央和國家機關|中央国家机关|中央國家機關)"
    # A ministry of the State Council, perhaps one of its departments: "教育部思想政治工作司".
    r"|(?P<ministry>(?:教育|科技|科学技术|科學技術|工业和信息化|工業和信息化|财政|財政|商务|商務|"
    r"民政|司法|自然资源|自然資源|生态环境|生態環境|住房和城乡建设|住房和城鄉建設|交通运输|交通運輸|"
    r"水利|农业农村|農業農村|文化和旅游|人力资源和社会保障|人力資源和社會保障|外交|公安|"
    r"退役军人事务|退役軍人事務|应急管理|應急管理"
    # (and those of earlier State Councils: "2011年农业部畜牧业司工作要点")
    r"|农业|農業|卫生|衛生|文化|国土资源|國土資源|环境保护|環境保護|人事|劳动和社会保障|勞動和社會保障"
    r"|建设|建設|铁道|鐵道|信息产业|信息產業|监察|監察)部(?![门門])(?:\p{Han}{2,10}?司)?)"
    # A national body: "中国科协", "中国科学技术协会", "中华全国总工会".
    r"|(?P<national>(?:中国|中國|中华|中華)\p{Han}{0,10}?"
    r"(?:科协|科協|协会|協會|学会|學會|联合会|聯合會|总工会|總工會|科学院|科學院|工程院))"
    # A sector's offices named together, "科协系统", "教育系统", never an information
    # system built: "兵团政务信息系统整合共享实施方案" is the production corps' own, named
    # short, as its offices name it.
    r"|(?:新疆生产建设|新疆生產建設)?兵[团團]"
    r"|(?P<system>\p{Han}{1,6}?(?<!信息|管理|网络|網絡|数据|數據|业务|業務|应用|應用)[系][统統])"
    # The courts and procuratorates, named without their place: "2020年人民法院工作要点".
    r"|(?P<court>(?:最高)?人民(?:法院|[检檢][察]院))"
    # A bureau of a place the title leaves unnamed: "市农业农村局", "县林业局".
    r"|(?P<local>[省市县縣区區]\p{Han}{0,8}?(?:局|厅|廳|委员会|委員會|办公室|辦公室|办|辦|科协|科協|"
    r"妇联|婦聯|总工会|總工會|团委|團委|残联|殘聯|侨联|僑聯|文联|文聯|工商联|工商聯|社科联|社科聯|"
    r"人大常委会|人大常委會|政协|政協)"
    # (or the place's government: "2021年市政府主要工作目标…", though not the report it
    # gives, "2024年区政府工作报告重点工作…")
    r"|[市县縣区區](?:人民)?政府(?!工作[报報]告))"
    # A school by its own name, before its year or its 学校: "实验小学学校工作计划",
    # "初级中学2022-2023学年度…", "小学2020~2021学年…" (never "中学生…").
    r"|(?P<school>\p{Han}{0,8}?(?:中学|中學|(?<!中)(?:小学|小學))(?=学校|學校|\d|[(（]|教学|教學|德育)"
    # (a university or college before its school year: "上海海洋大学2022--2023学年…")
    r"|\p{Han}{2,10}?(?:大学|大學|学院|學院)(?=(?:19|20)\d{2}\s*(?:[—–―\-~～至]+\s*(?:19|20)?\d{2}\s*)?[学學]年)"
    # (or a school named 学校 by its own name: "启迪外国语学校工作计划", never "学校工作计划")
    r"|\p{Han}{2,10}?(?<![学學小中])(?:学校|學校)(?=工作|教学|教學|德育|\d)"
    # (or before its own work, or that of its Young Pioneers or League committee:
    # "七一路小学少先队工作计划", "光明路小学工作计划")
    r"|\p{Han}{2,8}?(?:中学|中學|(?<!中)(?:小学|小學))(?=工作|少先[队隊]|[团團]委|[团團]总支|[团團]總支)"
    # (or numbered, its place without its 市: "莆田第十中学德育工作方案")
    rf"|\p{{Han}}{{2,6}}?{_NUMBERED_SCHOOL})"
    # A body whose name a copy masked, its kind kept: "XXXX中学", "XX公安分局", "X人大",
    # "XX中学支部委员会" (the longest such name).
    r"|(?P<masked>[Xx\u00d7\uff0a*]{1,4}\p{Han}{0,8}"
    r"(?:中学|中學|小学|小學|学校|學校|局|委员会|委員會|办公室|辦公室|人大|政协|政協|科协|科協|妇联|婦聯"
    r"|党委|黨委|党支部|黨支部|医院|醫院|中心)))"
)
# A school year that opens a title: "2014学年世界外国语中学教学工作计划" (no year of its own).
LEADING_SCHOOL_YEAR_RE = re.compile(
    r"^(?:19|20)\d{2}(?:\s*[—–―\-~～至]\s*(?:19|20)?\d{2})?\s*[学學]年(?:度)?(?:第[一二][学學]期)?"
)
# A place named bare in a list, and the government of the last of them, which they share:
# "哈尔滨、黑河、绥芬河市政府" (castplan/grammar/units.py).
# (or the committee of the last one's development zone: "临汾、侯马、洪洞经济开发区管委会")
BARE_PLACE_RE = re.compile(r"\p{Han}{2,4}")
PLACE_GOVERNMENT_RE = re.compile(
    r"\p{Han}{2,6}?(?:[市县縣区區](?:人民)?政府"
    r"|(?:经济技术|經濟技術|经济|經濟|高新技术|高新技術|高新)?(?:开发区|開發區|产业园区|產業園區|园区|園區)"
    r"(?:管委会|管委會|管理委员会|管理委員會))"
)
# A government named after its Party committee: "青海省委" + "省政府".
JOINT_GOVERNMENT_RE = re.compile(r"[省市县縣区區](?:人民)?政府")
# A province-level place named without its 省/市 at the start of a title: "2020年上海民政工作要点".
# (GB/T 2260's provincial level, in either script; a city or county keeps its 市/县)
PROVINCE_SHORT_RE = re.compile(
    r"^(?:北京|天津|上海|重庆|重慶|河北|山西|内蒙古|內蒙古|辽宁|遼寧|吉林|黑龙江|黑龍江|江苏|江蘇|"
    r"浙江|安徽|福建|江西|山东|山東|河南|湖北|湖南|广东|廣東|广西|廣西|海南|四川|贵州|貴州|"
    r"云南|雲南|西藏|陕西|陝西|甘肃|甘肅|青海|宁夏|寧夏|新疆|台湾|臺灣|香港|澳门|澳門)"
    r"(?![省市区區自])"
)
# The work of a city's or a county's office after the place's short name, which a title
# opens with: "2023年晋城民政工作思路", "平湖老龄事业发展“十二五”规划" (castplan/grammar/places.py
# holds the table of places).
SECTOR_AFTER_PLACE_RE = re.compile(
    r"(?:民政|教育|科技|科协|科普|卫生|卫健|健康|老龄|文化|文旅|旅游|体育|农业|农村|水利|水务|交通|商务|"
    r"统计|审计|人社|医保|应急|市场监管|税务|司法|法院|检察|生态|环保|环境|林业|住建|城管|工信|发改|财政|"
    r"自然资源|国土|规划|残联|妇联|团委|工会|人大|政协|纪检|组织|宣传|统战|政法|信访|档案|气象|地震|"
    r"社科|妇女|儿童|青年|少先队|招商|金融|人才|就业|民族|宗教|侨务|外事|机关|党建|中医|[“\"]?十[一二三四五六]五)"
    # (never the name of a body the place's name opens: "武汉科技大学", "常州科技馆")
    r"(?!\p{Han}{0,4}?(?:大学|学院|学校|中学|小学|医院|研究|中心|集团|公司|协会|学会|馆))"
)
# A line set out with a space between its characters: "工 作 的 实 施 方 案".
# (its year a word of its own: "江 城 市 2025 年 工 作 要 点"; or a signer's short name
# spread to the width of the long ones: "科     技     部")
# (or a word of two characters set wide: "规    划")
LETTER_SPACED_RE = re.compile(
    r"^(?:(?:\p{Han}|\d{1,4})[ \u3000]{1,6}){2,}\p{Han}$|^\p{Han}[ \u3000]{1,6}\p{Han}$"
)
SPACES_RE = re.compile(r"[ \u3000]+")
# A page's menu word, a line each after its bullet: "水处理", "加入收藏", "无障碍阅读".
MENU_WORD_RE = re.compile(r"\p{Han}{1,5}")
# The "?" a copy saved for the spaces between names on one line, with any spaces it
# kept: "广东省卫生健康委 ????广东省发展改革委".
LOST_SPACES_RE = re.compile(r"[ \u3000\u00a0]*[?？]+[ \u3000\u00a0]*")
# A line of a title split over lines: a title's own characters only, no sentence.
# (two bodies may share it, set apart by a space: "中共某省委科技工委 某省科学技术厅")
# (a copy that masks a place's name keeps its mask: "XX區縣域節水型社會…")
_FRAGMENT = r"[\p{Han}（）()·“”\"〈〉《》\d—–―\-+a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüX\u00d7]{2,40}"
# (or two, where a page wrote a full-width space as two: "发挥民政职能  提升基层治理体系和")
TITLE_FRAGMENT_RE = re.compile(rf"{_FRAGMENT}(?:[ \u3000]{{1,2}}(?=\p{{Han}}){_FRAGMENT})?")
# A question as a search box takes it: "…合作医疗怎么减免费用" (no title asks how).
SEARCH_QUESTION_RE = re.compile(r"怎么|怎麼|怎样|怎樣|多少钱|多少錢")
# A note in brackets after a body's name: its campus or seat, "中国地质大学(北京)".
NAME_NOTE_RE = re.compile(r"[(（]\p{Han}{2,6}[)）]$")
# How a body's name ends, for the line above a title that opens with its year.
BODY_NAME_END_RE = re.compile(
    # (a museum or library too: "秦皇岛市山海关长城博物馆" over "2023年度工作计划")
    # (and a joint conference of offices: "上海市公共卫生工作联席会议")
    rf"(?:{_BODY}|系统|系統|{_PLACE_END}|[协協]会|中心|集团|集團|公司|大学|大學|学校|學校|[中小][学學]|[馆館]"
    r"|[联聯]席[会會][议議]"
    # (a school's office: "教務處112學年度工作計畫", "輔導室…")
    r"|(?<![之到好各全])[处處]|(?<=[务務导導研])室)$"
)
# A span line under a title: "(2018—2020年)".
# A span of years anywhere in a title: "（2021—2025年）", "2021-2025年".
TITLE_SPAN_RE = re.compile(r"(?:19|20)\d{2}\s*年?\s*" + _SPAN_DASH + r"\s*(?:19|20)?\d{2}\s*年")
# Any year's digits in a title: one that names a school year ("2022—2023学年度") or a
# span names years, if not the plan's one year, and takes none from its date.
YEAR_DIGITS_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
TITLE_SPAN_LINE_RE = re.compile(
    # (a PDF's copy may set spaces inside the brackets: "( 2020—2022年)")
    # (each year may keep its 年: "(2014年至2017年)")
    r"[(（]\s*(?:19|20)\d{2}\s*年?\s*" + _SPAN_DASH + r"\s*(?:19|20)?\d{2}\s*年?\s*[)）]"
    # (or years of the Republic of China era, counted in 年度: "(98至101年度)")
    r"|[(（]\s*\d{2,3}\s*[—–―\-~～至到]\s*\d{2,3}\s*年度\s*[)）]"
    # (or a span whose years a copy's mask took out)
    r"|" + _MASKED_SPAN
)
# The leader dots, and perhaps the page, that close an entry of a contents list
# read as a heading: "壹、環境情勢分析與優先發展課題……………………", "一、总体要求……3".
LEADER_DOTS_RE = re.compile(r"(?:…{2,}|[.·．]{3,})[\s\d\-–]*$")
# ... and one a page copied without its dash or opening bracket: "20162018年)".
# (or its opening bracket only: "2020―2022年)")
LOST_SPAN_LINE_RE = re.compile(
    r"[(（]?(?:19|20)\d{2}(?:19|20)\d{2}\s*年?[)）]"
    r"|(?:19|20)\d{2}\s*[—–―\-~～至到]\s*(?:19|20)?\d{2}\s*年?[)）]"
)
# ... and closing a title line: "…实施方案(2021-2025年)".
TITLE_SPAN_END_RE = re.compile(TITLE_SPAN_LINE_RE.pattern + r"$")
# A note in brackets closing a title: "…实施意见(试行)", "…规划(征求意见稿)".
TITLE_NOTE_END_RE = re.compile(r"[(（][^()（）]{1,8}[)）]$")
# What a page's width may leave of a title on the line under it: the last characters
# of its kind or its span, "案", "意见", "5年)", "年）".
TITLE_CUT_TAIL_RE = re.compile(r"[\p{Han}\d()（）—–―\-~～]+")
# ... and the rest of a span the width cut after its first year: "—2025年)".
SPAN_END_LINE_RE = re.compile(r"[—–―\-~～]{1,2}\s*(?:19|20)\d{2}\s*年?\s*[)）]")
# A year line under a title: "(2024)" or "（2024年）".
TITLE_YEAR_LINE_RE = re.compile(r"^[(（](?P<year>(?:19|20)\d{2})年?[)）]$")
# A year a PDF's line break set apart from its 年: "2016" / "年教育局工作要点".
BARE_YEAR_LINE_RE = re.compile(r"^(?:19|20)\d{2}$")
# What is no word of a title: its marks and spaces ("2020~2021" reads as "20202021").
NOT_WORD_RE = re.compile(r"[^\p{Han}\p{L}\p{N}]+")
# A masked place's name that a copy broke over lines, as a template's fields are:
# its mask and its place's end each alone ("XX" / "县" / "2019" / "年乡风文明…").
MASK_LINE_RE = re.compile(rf"^{_MASKED}$")
# A place's name alone, as a title may name its body: "新邱区", "江城县青山镇".
PLACE_NAME_RE = re.compile(rf"{_PLACE}+")
# ... or the whole of a place a title names by its level alone: "全市" of "2024年全市
# 水利工作思路", whose offices a page names the same way ("市水利局").
WHOLE_PLACE_RE = re.compile(r"全(?P<level>[省市县縣区區州旗镇鎮乡鄉])")
# A news outlet a page credits as its source, never the notice's issuer.
NEWS_OUTLET_RE = re.compile(
    r"融媒体|融媒體|日报|日報|新闻|新聞|电视|電視|广播|廣播|网站|網站|报社|報社"
)
PLACE_END_LINE_RE = re.compile(r"^[省市县縣区區州旗镇鎮乡鄉]$")
# A title that opens with its place, masked or not, then its year: "XX镇2020年…".
LEADING_PLACE_YEAR_RE = re.compile(rf"^(?:{_PLACE}|{_MASKED}[镇鎮乡鄉])(?:19|20)\d{{2}}年")
# A title of nothing but its year and kind: "2022年工作要点", "2019年度工作计划".
BARE_YEAR_TITLE_RE = re.compile(rf"(?:19|20)\d{{2}}年度?(?:{PLAN_KIND_RE.pattern})", re.VERBOSE)
# A title that opens with a field of work, then its year: "基础教育2019年工作计划".
FIELD_THEN_YEAR_RE = re.compile(r"^\p{Han}{2,8}(?:19|20)\d{2}年度?")
# ... or the year's edition, part of the title's name: "(2025年版)".
TITLE_EDITION_LINE_RE = re.compile(r"^[(（](?:19|20)\d{2}年?版[)）]$")
# ... or the school term a school's plan is for: "(2016-2017年度第一学期)",
# "（2023—2024学年第二学期）".
TITLE_TERM_LINE_RE = re.compile(
    r"^[(（]\s*(?:19|20)\d{2}\s*" + _SPAN_DASH + r"\s*(?:19|20)\d{2}\s*(?:[学學]年|年)度?"
    r"\s*第?[一二上下][学學]期\s*[)）]$"
)
# The day a site posted a page, glued to the name of the column it filed it in, under
# the title: "文化下乡工作计划" / "2018-12-13工作计划" (the column's name is no part of
# the title, though it ends in a kind).
POSTED_DAY_OPENING_RE = re.compile(r"^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)")
# A site's column of plans, over the plan's own title: "发展规划", "年度计划".
CATEGORY_KIND_RE = re.compile(r"(?:[发發]展|年度|工作)?(?:[规規][划劃]|[计計][划劃])")
# A title line that opens with its year lacks its organisation: "2025年工作要点".
# The months a monthly plan's title names: "9月工作总结及10月工作计划".
TITLE_MONTH_RE = re.compile(r"(?<![\d年])(\d{1,2})\s*月份?(?=[^日\d]|$)")
# (or with its month, a monthly plan: "9月工作总结及10月工作计划")
# (or with a school year: "2022—2023学年度学校工作计划")
TITLE_OPENS_WITH_YEAR_RE = re.compile(
    r"^(?:(?:19|20)\d{2}\s*年度?|\d{1,2}\s*月(?:份)?(?!\d)"
    r"|(?:19|20)\d{2}\s*[—–―\-~～至]\s*(?:19|20)\d{2}\s*学年)"
)
# A title that opens with its body, then a span: "枣庄市第二中学2022—2023学年度…".
BODY_BEFORE_SPAN_RE = re.compile(
    r"^(?P<org>\p{Han}{2,30}?)(?=(?:19|20)\d{2}\s*[—–―\-~～至到]\s*(?:19|20)\d{2})"
)
# ... or a school term whose year a copy lost: "第三小学学年第二学期学校工作计划".
BODY_BEFORE_TERM_RE = re.compile(
    r"^(?P<org>\p{Han}{2,30}?)(?=(?:\d{2,3})?[学學]年度?(?:第[一二][学學]期)?|第[一二][学學]期)"
)
# The dashes a span is written with: "2022—2023", "2022-2023".
SPAN_DASH_RE = re.compile(r"[—–―\-~～]+")
# Characters that mark a sentence, so the line is no title.
SENTENCE_PUNCT_RE = re.compile(r"[。，,；;：:！!？?]")
# What a heading standing on its own line never holds (a comma it may:
# "（一）坚持旗帜鲜明讲政治，为党的二十大召开营造良好氛围").
STATEMENT_PUNCT_RE = re.compile(r"[。；;：:！!？?]")

# --- quantified targets (castplan.grammar.targets) ------------------------------------

# Counters; the pattern tries the longest first, so "人次" wins over "人".
TARGET_COUNTERS = (
    "个百分点",
    "個百分點",
    "人次",
    "场次",
    "場次",
    "省份",
    "个",
    "個",
    "名",
    "位",
    "场",
    "場",
    "篇",
    "项",
    "項",
    "家",
    "所",
    "次",
    "人",
    "期",
    "批",
    "部",
    "本",
    "种",
    "種",
    "类",
    "類",
    "条",
    "條",
    "支",
    "队",
    "隊",
    "件",
    "座",
    "处",
    "處",
    "站",
    "天",
    "小时",
    "小時",
    "倍",
    "户",
    "戶",
    "村",
    "县",
    "縣",
    "万元",
    "萬元",
    "亿元",
    "億元",
    "元",
    "册",
    "冊",
    "套",
    "台",
    "臺",
    "颗",
    "顆",
    "门",
    "門",
    "节",
    "節",
    "讲",
    "講",
    "场馆",
    "場館",
    "%",
    "％",
)

TARGET_QUALIFIERS_BEFORE = {
    "at_least": ("不少于", "不少於", "不低于", "不低於", "至少", "达到", "達到"),
    "at_most": ("不超过", "不超過", "不高于", "不高於", "不多于", "不多於"),
    "above": ("超过", "超過", "高于", "高於", "多于", "多於", "逾"),
    "below": ("不满", "不滿", "不足", "低于", "低於", "少于", "少於"),
    "about": ("大约", "大約", "约", "約", "近"),
}
TARGET_QUALIFIERS_AFTER = {
    "at_least": ("以上",),
    "at_most": ("以下", "以内", "以內"),
    "about": ("左右", "上下"),
}
TARGET_MORE = ("余", "餘", "多")


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_BEFORE_WORDS = [w for group in TARGET_QUALIFIERS_BEFORE.values() for w in group]
# "至少开展12次": a two-character qualifier may stand a verb away from its number;
# 约/近/逾 must touch it ("近期举办3场" is "recently", not "nearly").
_LOOSE = _alternation(
    w for w in _BEFORE_WORDS if len(w) > 1 and w not in TARGET_QUALIFIERS_BEFORE["about"]
)
_TIGHT = _alternation(
    w for w in _BEFORE_WORDS if len(w) == 1 or w in TARGET_QUALIFIERS_BEFORE["about"]
)


_CN_NUMBER = (
    "[零〇一二两兩三四五六七八九十百千万萬亿億][零〇一二两兩三四五六七八九十百千万萬亿億点點]*"
)
_AR_NUMBER = r"\d+(?:\.\d+)?[万萬亿億千]?"
TARGET_RE = re.compile(
    rf"(?:(?P<before>{_LOOSE})\p{{Han}}{{0,3}}?|(?P<before>{_TIGHT}))?"
    rf"(?P<number>{_AR_NUMBER}|{_CN_NUMBER})"
    rf"(?P<more>{'|'.join(TARGET_MORE)})?"
    rf"(?P<unit>{_alternation(TARGET_COUNTERS)})"
    rf"(?P<more_after>{'|'.join(TARGET_MORE)})?"
    rf"(?P<after>{_alternation(w for group in TARGET_QUALIFIERS_AFTER.values() for w in group)})?"
)
# Fixed political terms that read like counts, in both scripts.
FIXED_TERMS = (
    "八项规定",
    "八項規定",
    "两个确立",
    "兩個確立",
    "两个维护",
    "兩個維護",
    "四个意识",
    "四個意識",
    "四个自信",
    "四個自信",
    "四个全面",
    "四個全面",
    "五位一体",
    "五位一體",
    "三个代表",
    "三個代表",
    "两个一百年",
    "兩個一百年",
    "两个结合",
    "兩個結合",
)
# Names: a number inside one is part of the name, “科學家精神百場講壇”.
QUOTED_SPAN_RE = re.compile(r"“[^”]*”|《[^》]*》|「[^」]*」|『[^』]*』|\"[^\"]*\"")

# --- named things (castplan.grammar.names) ---------------------------------------

# “科創中國” and straight-quoted "科普中国" from saved web pages.
QUOTED_NAME_RE = re.compile(r"“(?P<name>[^“”\n]{1,40})”|\"(?P<plain>[^\"\n]{1,40})\"")
# 《中华人民共和国科学技术普及法》, with 〈…〉 kept inside the name.
BOOK_NAME_RE = re.compile(r"《(?P<name>[^《》\n]{1,80})》")
# A five-year plan period: 十四五, 十五五.
FIVE_YEAR_PERIOD_RE = re.compile(r"^[一二三四五六七八九十]{1,3}五$")
# ... named in a title: "甘肃省“十三五”脱贫攻坚规划" is for five years, not one
# (or in words: "…国民经济和社会发展第十四个五年规划").
FIVE_YEAR_PERIOD_IN_TITLE_RE = re.compile(
    r"[“\"]十[一二三四五六七八九]?五[”\"]|十[一二三四五六七八九]五(?:时期|時期|规划|規劃|期间|期間)"
    r"|第[一二三四五六七八九十]{1,3}[个個]五年"
)

# --- web-page chrome --------------------------------------------------------------


# Lines a saved web page adds around the article. Each names the kind it is.
# Line: 索引号：000014349/2025-00012
# Line: 发布时间：2025-03-05 10:00:00
# Line: 来源：中国科协办公厅
# Line: — 3 —
# Line: 第3页 共8页
# Line: 责任编辑：王某
# Line: 当前位置：首页 > 通知公告
# Line: 首页 > 新闻中心 > 通知公告
# Line: 首页 | 机构概况 | 新闻中心 | 通知公告
# Line: 网站首页  走进科协  新闻中心  信息公开  服务中心
# Line: 【字体：大 中 小】
# Line: 打印本页
# Line: 版权所有：中国科学技术协会
# Line: 山西省人民政府     商务部    今天是: 设为首页加入收藏   切换到繁体 无障碍浏览
# Line: 12.06.2014  17:35
# The labels of the metadata box government sites set over a document.
_METADATA_LABELS = (
    "索引号",
    "索引號",
    "信息索引号",
    "信息索引號",
    "主题分类",
    "体裁分类",
    "體裁分類",
    "主題分類",
    "发文机关",
    "發文機關",
    "发文字号",
    "發文字號",
    "成文日期",
    "发布日期",
    "公布日期",
    "發布日期",
    "生成日期",
    "公文生成日期",
    "发文日期",
    "發文日期",
    "公开日期",
    "公開日期",
    "废止日期",
    "主题词",
    "主題詞",
    "公文种类",
    "公文種類",
    "有效性",
    # (a provincial portal's registration number, often left empty: "• 文件登记号:")
    "文件登记号",
    "文件登記號",
    "文号",
    "文號",
    "标题",
    "標題",
    "信息名称",
    "信息名稱",
    "内容概述",
    "內容概述",
    "发布机构",
    "發布機構",
    "发文机构",
    "發文機構",
    "名称",
    "名稱",
    "信息分类",
    "信息分類",
    "是否有效",
    "公开目录",
    "公開目錄",
    "组配分类",
    "組配分類",
    "发布部门",
    "發布部門",
    "实施日期",
    "實施日期",
    "效力级别",
    "效力級別",
    "时效性",
    "時效性",
    "所属类别",
    "所屬類別",
    # (a policy library's: "政策文号:镇政办发〔2015〕212号"; or its column, "政策文件:")
    "政策文号",
    "政策文號",
    "政策文件",
    # (an encyclopedia's box about a document: "• 中文名:…", "• 頒布時間:2020年8月17日")
    "中文名",
    "印发机关",
    "印發機關",
    "颁布时间",
    "頒布時間",
    "颁布日期",
    "頒布日期",
    "实施时间",
    "實施時間",
    "发布单位",
    "發布單位",
    "颁布单位",
    "頒布單位",
    # (a law library's box: "发文标题:…", "发文文号:…", "发文部门:…", "发文时间:2015-6-1")
    "发文标题",
    "發文標題",
    "发文文号",
    "發文文號",
    "发文部门",
    "發文部門",
    "发文时间",
    "發文時間",
    "失效时间",
    "失效時間",
    "法规类型",
    "法規類型",
    # (and another's, its fields run into one line: "【法规类别】机关工作综合规定 【发文字号】…
    # 【发布日期】2007.04.19", and why a law ceased: "【失效依据】…的决定")
    "法规类别",
    "法規類別",
    "失效依据",
    "失效依據",
    # (another's: "∙【制定机关】武汉市人民政府办公厅", "∙【字 号】…", "∙【效力等级】…")
    "制定机关",
    "制定機關",
    "字号",
    "字號",
    "施行日期",
    "效力等级",
    "效力等級",
    "所属行业",
    "所屬行業",
    "所属区域",
    "所屬區域",
    "评论人次",
    "評論人次",
    "页面功能",
    "頁面功能",
    "发文内容",
    "發文內容",
    # (a disclosure catalogue's: "文件编号: 发布机构:市环保局", "法定主动公开分类: 公开方式:…")
    "文件编号",
    "文件編號",
    "公开方式",
    "公開方式",
    "法定主动公开分类",
    "法定主動公開分類",
    # (a county portal's: "公开责任部门 | 县政府办公室 | 公开形式: | 主动公开 |", the office
    # that answers for publishing, never the notice's issuer)
    "公开责任部门",
    "公開責任部門",
    "公开形式",
    "公開形式",
    "文件名称",
    "文件名稱",
    # (a lawyers' portal's box: "• 【发布文号】皖政〔2006〕27号", "• 【生效日期】…")
    "发布文号",
    "發布文號",
    "生效日期",
    "失效日期",
    "文件来源",
    "文件來源",
    # (a news platform's: "【发文单位】…", "【签发时间】2020年3月30日", "【印发时间】…")
    "发文单位",
    "發文單位",
    "签发时间",
    "簽發時間",
    "印发时间",
    "印發時間",
)


# A bullet or bracket some sites put before a metadata label: "- 发布日期:", "【发布日期】".
# (or a markdown table's bar: "| 索引号:000014349/2022-83299 | |")
_LABEL_LEAD = r"^(?:[-•·∙*]\s*)?[【\[|]?\s*"
# A metadata label alone on its line, its value on a line below: "成文日期:" / "" /
# "2020年08月30日" (a portal's box set out a cell a line).
METADATA_LABEL_ALONE_RE = re.compile(
    _LABEL_LEAD + "(?:" + _spaced(*_METADATA_LABELS) + r")\s*[】\]]?\s*[:：|]?\s*$"
)
# A portal's metadata box set out a cell a line with its labels bare, no colon:
# "索引号" / "011081360/2021-15467" / "发布机构" / "十堰市农业农村局" / "文号" / "…".
# (castplan.grammar.notice reads such a box only where three labels or more run,
# one of them a label every portal's box sets: a bare word alone proves nothing)
_BARE_BOX_LABELS = (
    *_METADATA_LABELS,
    "分类",
    "分類",
    "效力状态",
    "效力狀態",
    "文件类型",
    "文件類型",
    "发文机构",
    "發文機構",
    "发布机关",
    "發布機關",
    "统一编号",
    "統一編號",
    "有效地区",
    "有效地區",
)
# (or a news page's fields, each with its colon over its value: "日期:" / "2022-05-20
# 12:44" / "来源:" / "区卫生健康局" / "浏览量:"; a box's label with a colon and no value,
# "有效性:", stands over the notice's own lines)
_PAGE_FIELD_LABELS = r"(?:日期|[来來]源|[浏瀏][览覽]量)\s*[:：]"
BARE_METADATA_LABEL_RE = re.compile(
    r"^\s*(?:(?:" + _spaced(*_BARE_BOX_LABELS) + r")|" + _PAGE_FIELD_LABELS + r")\s*$"
)
# A box's label for whether the document is in force, whose value is a word or two
# ("有效", "失效", "现行有效"), never the title the page sets under an empty one
# ("有效性" / "2021年全县乡村振兴工作重点任务清单").
STATUS_LABEL_RE = re.compile(
    r"^\s*(?:"
    + _spaced("有效性", "是否有效", "时效性", "時效性", "效力状态", "效力狀態")
    + r")\s*[:：]?\s*$"
)
MAX_STATUS_LEN = 4
# A portal's box of values with no labels at all opens with its index number, a cell
# a line, perhaps each bulleted: "• 005252653/2021-00006" / "• 郑州市民族宗教事务局" /
# "• 计划" / "• 2021-05-31"; a province's portals number it by the body's credit code
# (eighteen characters): "11330282002976998R/2024-150295".
INDEX_NUMBER_CELL_RE = re.compile(
    r"^\s*(?P<bullet>[•·\-]\s*)?(?:[0-9A-Za-z]{8,12}|[0-9A-Z]{18})/(?:19|20)\d{2}-\d{3,8}\s*$"
)
BULLETED_CELL_RE = re.compile(r"^\s*[•·\-]\s*(?P<value>\S.*?)\s*$")
BOX_ANCHOR_LABEL_RE = re.compile(
    r"^\s*(?:" + _spaced(*_BOX_ANCHOR_LABELS) + r"|(?:日期|[来來]源)\s*[:：])\s*$"
)
# A bullet before a page's metadata line: "- 发布日期:2021-07-19", "• 浏览次数:".
CHROME_BULLET_RE = re.compile(r"^[-•·∙●▪](?:\s+|(?=【))")
# A label of a site template's contact block, a bullet of its own over its value:
# "- 手机:" / "- 18888889999" (castplan.grammar.notice reads the block as furniture).
CONTACT_LABEL_RE = re.compile(
    r"(?:手机|手機|电话|電話|邮箱|郵箱|地址|传真|傳真|QQ|微信|联系人|聯繫人|网址|網址)\s*[:：]"
)
# ... and its slogan, glued before the text it shows: "精选优质文档-倾情为你奉上…".
# (or a site's name and slogan closed by its address: "秘书之家—全网资源每日更新www.mishuzj.com")
SITE_SLOGAN_RE = re.compile(
    r"^(?:精选优质文档\s*[-—–]?\s*倾情为你奉上"
    # (or its note that the file it sells can be edited: "下载后可任意编辑 学校…工作计划 一、…")
    r"|下载后可任意编辑"
    r"|[^。，,；;：:\s]{2,12}[-—–]{1,2}[^。，,；;：:\s]{2,16}?www\.[a-z0-9-]+(?:\.[a-z]{2,4}){1,2}"
    # (or a footer's site record number, the title run on after it: "豫ICP备09002785号-3
    # 河南省科技特派员助力乡村振兴")
    r"|\p{Han}ICP[备備]\d{6,12}号(?:-\d{1,3})?(?=\p{Han}))\s*"
)
# A document-sharing site's line over the file it shows: "《….docx》由会员分享,可在线阅读…".
# (or another's count of the pages read: "已阅读5页,还剩15页未读 继续免费阅读")
SHARING_SITE_RE = re.compile(
    r"由会员(?:上传)?分享[,，]\s*(?:可|免费)在线阅读|^已阅读\d+页[,，]还剩\d+页未读"
)
# ... and the counter of each chunk of text its preview shows: "2、女微家”、体育健身园等…"
# (castplan/grammar/previews.py).
CHUNK_COUNTER_RE = re.compile(r"^(?P<n>[1-9]\d{0,2})、")
# The metadata box of government sites: a line that opens with one of its labels,
# 索引号、发文字号、成文日期… (also the first field of a box run into one long line,
# castplan.grammar.lines).
METADATA_OPENING_RE = re.compile(
    _LABEL_LEAD
    + "(?:"
    + _spaced(*_METADATA_LABELS)
    # "标签：", "标签 |", or a label in brackets with no colon: "【公布日期】2018.03.23"
    + r")(?:\s*[】\]]\s*[:：|]?|\s*[:：|]"
    # A box whose cells lost their borders runs labels into values:
    # "索引号000014349/2022-4070856主题分类", "发布机构发文日期2022年11月16日",
    # "文号是否有效".
    # (the next label is told by its first two characters: a shorter pattern)
    + r"|(?=\d|(?:"
    + "|".join(sorted({label[:2] for label in _METADATA_LABELS}))
    + r"|[发發]文)))"
)
# A law site's note that a later document repealed or amended this one, before its name:
# "*注:本篇法规已被:益阳市人民政府关于对部分规范性文件予以废止…的决定(发布日期:
# 2010年10月31日,…)废止" (the name may be glued after it).
REPEAL_NOTE_RE = re.compile(
    r"^\*?注\s*[:：]\s*本篇法[规規]已被\s*[:：]?.{0,200}?[)）]\s*(?:[废廢]止|修改|修正|修訂|修订)"
)
# The imprint box of a government gazette (公报) over the document a copy took from it:
# "主管單位 達州市人民政府", "編輯出版 達州市人民政府公報編輯室", "地 址 …", "郵 編 635000".
# (its sponsor's label with a space, never a colon: "主办单位:省科技厅、…" is an
# activity's organisers in a plan's text; its address lines letter-spaced, as the box
# sets them, never a plan's "联系电话:…")
GAZETTE_IMPRINT_RE = re.compile(
    r"^(?:主管|主[办辦])[单單]位[ \u3000]+\p{Han}[^\s。；;,，]*$"
    r"|^[编編][辑輯]出版[ \u3000]*[:：|]?[ \u3000]*\p{Han}[^\s。；;,，]*(?:[ \u3000]*\|)?$"
    r"|^(?:地[ \u3000]+址|[电電][ \u3000]+[话話]|[邮郵][ \u3000]+[编編])"
    r"[ \u3000]+[\p{Han}\d][^。；;]*$"
)
CHROME_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("metadata", METADATA_OPENING_RE),
    ("page", GAZETTE_IMPRINT_RE),
    # (the law site's note that the document was repealed: no part of the notice)
    ("site", REPEAL_NOTE_RE),
    # A site's menu of its channels, each a place's name run together, perhaps numbered
    # as a list's entry: "1.     区域频道: 北京天津山东山西河北河南江苏上海…".
    ("site", re.compile(r"^(?:\d{1,2}[.、]\s*)?\p{Han}{2,4}[频頻]道\s*[:：]\s*\p{Han}{12,}$")),
    # ... and its name as its header sets it, perhaps with its links after it: "天津市政府
    # 门户网站 政务邮箱".
    ("site", re.compile(r"^\p{Han}{2,20}(?:门户网站|門戶網站)(?:[ \u3000]+\p{Han}{2,6}){0,4}$")),
    # ... and its row of cells that opens with the page's source, a bar after it (with a
    # colon it is the page's "source" line): "来   源 | 玉溪市住房和城乡建设局 | 公开日期 |
    # 2022-04-28 |".
    ("metadata", re.compile(_LABEL_LEAD + "(?:" + _spaced("来源", "來源") + r")\s*\|")),
    # ... and a list's entry that is a notice issuing a plan, the page's link to the
    # notice shown below it: "1. 关于印发《2025年某区…工作方案》的通知".
    (
        "page",
        re.compile(
            r"^\d{1,2}[.．、]\s*[关關][于於](?:印[发發]|[转轉][发發])\S{4,90}的(?:通知|通[报報])$"
        ),
    ),
    # ... and its title cell: "标题锦屏县…办公室关于印发《…》的通知".
    ("metadata", re.compile(r"^[标標][题題](?=[^:：\s]{2,60}?[关關][于於])")),
    # ... and a box whose labels and values a space alone sets apart, two or more
    # fields a line: "发布机构 永安市曹远镇人民政府 生成日期 2023-04-27".
    (
        "metadata",
        re.compile(
            _LABEL_LEAD
            + "(?:"
            + _spaced(*_METADATA_LABELS)
            + r")\s+\S[^。；;]*?\s(?:"
            + _spaced(*_METADATA_LABELS)
            + r")"
        ),
    ),
    (
        "published",
        re.compile(
            # (after up to six fields, set apart by spaces or run together after their
            # colon: "发布人:发布日期:2013-03-14", "发布者:张文舜发布时间:2018-03-20",
            # "编辑:信用某市 来源 :信用某市 访问次数 : 发布时间:2023-08-11 08:40")
            r"^(?:[^\s。，,|\uff5c]{1,30}\s+|[^\s。，,|\uff5c:：]{1,10}[:：][^\s。，,|\uff5c:：]{0,20}?){0,6}"
            # (each field perhaps in brackets: "【字体:[大][中][小] 】【发布时间:2021-07-26】")
            r"[】\]]?[【\[]?"
            r"(?:(?:[发發]布|[发發]表|更新|成文|印[发發]|[编編]稿)?(?:日期|[时時][间間])|(?:最后|最後)更新"
            # or a bare "发布" or "发布于" before a date with dashes: "发布 2020-06-05 23:56:28"
            r"|[发發]布[于於]?(?=\s*[:：]?\s*(?:19|20)\d{2}[-/.]))"
            r"\s*[:：]?\s*"
            # (or a year of the Republic of China era: "日期:97-12-13" is 2008-12-13)
            r"(?:(?:19|20)\d{2}|(?:民[國国])?(?:[5-9]\d|1[0-4]\d)(?=\s*[-/.年]\s*\d{1,2}\s*[-/.月]))\s*[-/.年]"
            # or a bare date and time line under a web page's headline: "2013-04-22 10:35"
            # (or with the page's next field after it: "2019-04-15 10:01|文章来源:…")
            # (its fields after it may be long, each set apart by a run of spaces: "2020-06-30
            # 17:41     来源: 南宁经济技术开发区管理委员会     作者: 南宁经济…")
            r"|^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
            r"(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\s*[|\uff5c\s][^。]{0,120})?)?$"
            # (or day first, as a European site's software sets it: "12.06.2014  17:35")
            r"|^\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$"
            # ... or after the publisher's name and a bar: "某市政协| 2017-05-31"
            r"|^[^\s|\uff5c丨。，,]{2,40}\s*[|\uff5c丨]\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}$"
            # ... or with 年月日, a clock time and the page's counters: a signature
            # never gives the time ("2022年03月14日 17:05   阅读:[]").
            r"|^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
            r"(?:\s[^。]{0,30})?$"
            # ... or a date and clock time after the site's name and address: a signature
            # never gives the time ("中阳县政府 www.….gov.cn 2022-01-10 08:45 来源:…")
            # (the address may run into the date, the source into the time: "黔江区政府网
            # www.qianjiang.gov.cn2019-06-21 11:30来源:黔江政府网")
            r"|^(?:[^\s。，,|\uff5c]{1,40}\s+){1,3}(?:[A-Za-z0-9\-.]+\.(?:cn|com|net|org))?"
            r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
            r"\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\s[^。]{0,40}|(?:信息|文章)?[来來]源[:：][^。]{0,40})?$"
            # ... or with the page's source or weekday after it, as a site or a paper
            # dates its page: "2021年02月26日 来源: 上海普陀", "2021年01月06日 星期三"
            # (or a date with dashes: "2020-06-30 来源：市科协 浏览次数：123")
            r"|^(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})\s+"
            r"(?:(?:信息|文章)?[来來]源\s*[:：][^。]{0,80}|星期[一二三四五六日天])$"
        ),
    ),
    ("source", re.compile(r"^(?:信息|文章|稿件)?[来來]源\s*[:：]")),
    # A page's fields left empty, the next label straight after: "发布时间: 字体:".
    (
        "published",
        re.compile(
            r"^(?:[发發]布(?:[时時][间間]|日期)|[来來]源|作者)\s*[:：]\s*"
            r"(?:字[体體号號]|[来來]源|作者|[浏瀏][览覽]次[数數])\s*[:：]"
        ),
    ),
    # A document-sharing site's own words around the document it shows.
    (
        "site",
        re.compile(
            # (its colons perhaps made full-width by a copy: "Upload： others")
            r"^(?:Download(?: as [a-z ]+$|\s*\")|You are on page\b|Upload[:：]|Post on \d|"
            r"\d+ (?:views?|downloads?)$|Category[:：]$|Documents$|TRANSCRIPT$|Transcription$|"
            r"Size[:：] px$|Start display at page[:：]?$)"
        ),
    ),
    # ... and a Chinese document-sharing site's: its sharing line, its upload record,
    # its page previews ("…工作计划_第2页").  (The file's name, "….docx", stays: it
    # may be all that names the plan.)
    (
        "site",
        re.compile(
            rf"{SHARING_SITE_RE.pattern}|(?:上传人|文档编号)\s*[:：]\S.*(?:上传时间|格式)\s*[:：]"
            r"|^\S{2,80}_第\d+[页頁]$"
            # (and its tips on downloading, numbered, over the document: "温馨提示:" /
            # "1. 部分包含数学公式…的文件,查看预览时…下载后无此问题" / "网站客服:…")
            r"|^温馨提示\s*[:：]?$|^网站客服\s*[:：]"
            r"|^(?:\d{1,2}\s*[.、．]\s*)+.{0,60}?(?:[文档檔件]下[载載]后|下[载載](?:[文档檔]+)?前"
            r"|下[载載][文档檔]+时|本[文档檔]+由用[户戶]上[传傳]|[版权權]+[归歸][属屬]用[户戶]"
            r"|查看[预預][览覽]时|[仅僅]部分[预預][览覽]|[侵]犯您的[权權]益).{0,80}$"
            # (and the heading of its bundles over them: "合集下载")
            r"|^合集下[载載]$"
            # (and its buttons and its note at the preview's end: "返回 下载 相关 举报",
            # "亲,该文档总共3页,全部预览完了,如果喜欢就下载吧!", over "资源描述"; or
            # "全文预览已结束")
            r"|^(?:(?:返回|下[载載]|相[关關]|[举舉][报報])\s*){3,}$"
            r"|^[亲親][,，]\s*[该該]文[档檔]总共\d+[页頁].{0,30}下[载載]吧[!！]?$|^[资資]源描述\s*[:：]?$"
            r"|^全文[预預][览覽]已[结結]束$"
            # (and a paper database's label over the part of a paper it shows)
            r"|^[论論]文部分[内內]容[阅閱][读讀]$"
            # (and its note on copyright over the file's summary: "版权说明:本文档由用户提供并
            # 上传,…" / "文档简介")
            r"|^[版][权權][说說]明\s*[:：].{0,80}$|^文[档檔]简介$"
            # (and its file's card: "VIP专免", "999+", "39.33KB", "15 页", "海报", "侵权投诉")
            r"|^(?:(?i:vip)\s*专免|\d{1,3}\+|\d+(?:\.\d+)?\s*[KM]B|\d{1,4}\s+[页頁]|海报|海報"
            r"|侵[权權]投[诉訴])$"
            # (and its shop's links: "购物车", "我的足迹", "加入Vip免费下载 立即下载")
            r"|^(?:[购購]物[车車]|我的足[迹跡]|(?:加入\s*)?(?i:vip)\s*免[费費]下[载載]|立即下[载載]"
            r"|下[载載]本文[档檔])"
            r"(?:\s+立即下[载載])?$"
            # (and its greeting and the file's record: "欢迎来到天天文库", "浏览记录",
            # "ID:36459747", "大小:62.68 KB", "页数:3页", "格式:docx", "文档页数:11")
            r"|^[欢歡]迎[来來]到\S{2,12}文[库庫]$|^[浏瀏][览覽][记記][录錄]$|^ID\s*[:：]\s*\d+$"
            # (and its search box's labels: "高级检索", "热词推荐:")
            r"|^(?:高[级級]检索|高[级級]搜索|[热熱][词詞]推荐|[热熱][门門]搜索|[热熱][门門]标签|相关搜索)\s*[:：]?$"
            # (or a database's: "您好,欢迎来到减贫研究数据库!"; or a platform's, with no
            # 您好: "欢迎访问深圳市中小企业公共服务平台电子信息窗口")
            r"|^(?:您好[,，!！]?\s*)?[欢歡]迎(?:[来來]到|[访訪]问|[访訪]問|光[临臨])[^。,，]{2,30}[!！]?$"
            r"|^(?:大小\s*[:：]\s*[\d.]+\s*[KM]B|[页頁][数數]\s*[:：]\s*\d+\s*[页頁]"
            r"|格式\s*[:：]\s*(?i:docx?|pdf|wps|txt|pptx?|xlsx?)|文[档檔][页頁][数數]\s*[:：]\s*\d+)$"
        ),
    ),
    # ... and its label for one piece of a compilation of model texts, the piece's number
    # after the kind: "农村脱贫攻坚月工作计划1", "政府2024年工作计划2024年工作计划篇1" (no
    # title of the plan below it; never a numbered heading's line).
    (
        "page",
        re.compile(
            r"^(?![\d一二三四五六七八九十]+[、.．])(?![(（])[^\s，,。；;：:]{2,40}?"
            r"(?:计划|計劃|计画|計畫|方案|要点|要點|安排|意见|意見|规划|規劃|思路|打算|谋划)"
            r"(?:篇[1-9一二三四五六七八九十]{1,2}|[1-9])$"
        ),
    ),
    # Page numbers and running heads left by a PDF: "— 3 —", "-3-", "第3页 共8页".
    (
        "page",
        # (a number padded with a zero is an item's: "01" over "坚守教育初心使命").
        re.compile(
            r"^(?:[-—–－\s]*(?!0\d$)\d{1,3}[-—–－\s]*|第\s*\d+\s*[页頁](?:\s*/?\s*共\s*\d+\s*[页頁])?)$"
        ),
    ),
    ("author", re.compile(r"^(?:作者|[责責]任[编編][辑輯]|[编編][辑輯]|[审審]核)\s*[:：]")),
    (
        "breadcrumb",
        re.compile(r"^(?:(?:您)?(?:当前|當前|您的|所在)的?位置\s*[:：]?|首[页頁]\s*[>＞»›/])"),
    ),
    # A site's menu on one line, its home page one of the entries: "首页 | 机构概况 |
    # 新闻中心 | 通知公告", "网站首页  走进科协  新闻中心" (an entry that ends as an office
    # does, 新闻中心, signs nothing).
    (
        "site",
        re.compile(
            # (a short word and a separator first, which most lines fail at once)
            r"^(?=[\p{Han}A-Za-z]{2,8}(?:\s*[|丨\uff5c]\s*|[ \u3000]+)[\p{Han}A-Za-z])"
            r"(?=(?:.*[\s|丨\uff5c])?(?:网站|網站)?首[页頁](?:[\s|丨\uff5c]|$))"
            r"[\p{Han}A-Za-z]{2,8}(?:(?:\s*[|丨\uff5c]\s*|[ \u3000]+)[\p{Han}A-Za-z]{2,8}){2,}"
            r"\s*[|丨\uff5c]?$"
        ),
    ),
    # A site's own links: "设为首页 关于我们", "加入收藏 | 网站地图".
    (
        "site",
        re.compile(
            r"^(?:(?:设为首页|設為首頁|加入收藏|关于我们|關於我們|联系我们|聯繫我們|网站地图|網站地圖|"
            r"无障碍|無障礙|English|手机版|手機版)[\s|丨]*){2,}$"
        ),
    ),
    # An encyclopedia's headings around a document it shows: "基本介紹", "全文",
    # "公文發布", "公文全文", "檔案發布", "規劃內容".
    (
        "site",
        re.compile(
            r"^(?:基本(?:介[绍紹]|信息)|全文[,，]?|公文(?:[发發]布|全文)|[档檔]案[发發]布"
            r"|(?:[规規][划劃]|[计計][划劃]|方案|[纲綱]要)[内內]容)$"
        ),
    ),
    # A screen reader's skip link or access key over a page's content: "跳到主要內容區塊",
    # ":::" (Taiwan's government sites); or the label of a page's folded menu, "导航菜单".
    (
        "breadcrumb",
        re.compile(
            r"^(?:跳[到至过過](?:主要)?(?:[内內]容|[导導][航覽览]|主[选選]单|主[选選]單)"
            r"(?:[区區][块塊]|[区區])?|[:：]{3}|[导導]航菜[单單])$"
        ),
    ),
    # (a school's site names itself at length: "上海师范大学附属卢湾实验小学基础教育信息公开 > …")
    ("breadcrumb", re.compile(r"^[^。]{1,30}(?:\s*[>＞»›]\s*[^。>＞»›]{1,30}){2,}$")),
    # ... and the rest of one a page wrapped onto the next line after its "首页":
    # "当前位置:首页" / ">业务工作>发展规划" (whose last entry may name a kind of plan).
    (
        "breadcrumb",
        re.compile(r"^[>＞»›]\s*[^。>＞»›\s]{1,30}(?:\s*[>＞»›]\s*[^。>＞»›\s]{1,30})*$"),
    ),
    (
        "tools",
        re.compile(
            # (perhaps after a bullet: "• 分享至:")
            r"^[【\[•]?\s*(?:字[号號]|字体|字體|打印|[关關]闭|[关關]閉|分享[到至]|浏览次数|瀏覽次數"
            r"|阅读|閱讀|"
            r"[浏瀏][览覽]量\s*[:：]|"
            r"扫一扫|掃一掃|[扫掃][码碼]|相[关關][链鏈]接|上一篇|下一篇|返回[顶頂]部|收藏"
            # (a count of visits: "点击:371", "點擊量:12", "访问次数:")
            r"|[点點][击擊](?:量|[数數]|次[数數])?\s*[:：]|[访訪][问問](?:量|次[数數])\s*[:：]"
            # (a page's read-aloud button, alone on its line: "文章播报")
            r"|(?:文章|语音|語音)播[报報]\s*$"
            # (a link to a list's next page: "更多>>信息公告")
            r"|更多\s*[>＞»›+\uff0b]"
            # (or to more pages of its kind: "点击查阅更多2023年地方政府工作报告")
            r"|[点點][击擊](?:查[阅閱看])?更多"
            # (a link to the original file: "原文PDF (2012年施政報告附件五)")
            r"|原文\s*(?:PDF|pdf|下[载載])"
            # (a heading over links to other pages, alone on its line: "相关文档:")
            r"|相[关關](?:文[档檔章]|[阅閱][读讀]|新[闻聞]|推[荐薦])\s*[:：]?\s*$)"
            r"[^。]{0,60}$"
        ),
    ),
    # A site's banner of tools, perhaps after its name: "山西省人民政府  今天是: 设为首页
    # 加入收藏  切换到繁体 无障碍浏览".
    (
        "tools",
        re.compile(
            r"^[^。]{0,60}(?:[设設]为首[页頁]|[设設]為首[页頁]|加入收藏|切[换換]到(?:繁[体體]|[简簡][体體])"
            r"|无障碍浏览|無障礙瀏覽|今天是[:：])[^。]{0,60}$"
        ),
    ),
    (
        "site",
        re.compile(
            r"(?:版权所有|版權所有|Copyright|©|ICP[备備]|网站标识码|網站標識碼"
            # (or a blog's note on a repost: "“2006年工作思路”版权归作者所有;转载请注明出处!")
            r"|版[权權][归歸](?:原)?作者所有|[转轉][载載][请請]注明出[处處]"
            # A footer names the site's sponsor with its other credits; a unit line does not.
            r"|主[办辦][单單]位.*(?:承[办辦]|版[权權]|ICP|技[术術]支持|地址|[电電]话|网站|網站))"
        ),
    ),
)
