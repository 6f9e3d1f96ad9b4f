"""Lines of a notice: splitting, classifying, spans, sentences, diagnostics.

The first stage of the parser and the helpers every later stage shares.
A line keeps its number and offsets into the decoded input, so every node
built from it can point back at its own text.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

import regex as re

from castplan.grammar import patterns as P
from castplan.grammar.units import find_trailing_tag
from castplan.model import Diagnostic, Span

# How much of an offending line a diagnostic quotes.
QUOTE_LEN = 30


# --- lines -----------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One input line: its content without indentation or trailing space."""

    no: int
    start: int
    end: int
    text: str
    # 1-based column of ``start`` in its line (after the indentation).
    column: int = 1
    # The indentation of the text's least indented line: a line is indented only by
    # what it sets before its text beyond that (a copy that indents every line alike,
    # "\u3000\u3000" before each, indents no paragraph).
    shallowest: int = 0
    # A part of a line the page put there, not the document: a preview's chunk
    # counter (castplan/grammar/previews.py).
    furniture: bool = False
    # The text goes on at the start of the next line though no wrap of the document
    # broke it: a preview's chunk ended mid-word ("…定点医疗机" / "3、构的监管力度。").
    runs_on: bool = False


_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")


def split_lines(text: str) -> list[Line]:
    """Split text into numbered lines, stripping indentation and trailing space.

    Only CR, LF and CRLF end a line (not the other characters ``str.splitlines``
    knows), so line numbers match what an editor shows.
    """
    parts = []
    for no, match in enumerate(_LINE_RE.finditer(text), start=1):
        raw = match.group()
        if not raw:
            break
        body = raw.rstrip("\r\n")
        indent = P.INDENT_RE.match(body)
        lead = indent.end() if indent else 0
        content = body[lead:].rstrip()
        if content.endswith(("?", "？", "\ufffd")):
            content = P.TRAILING_JUNK_RE.sub("", content)
        parts.append((no, match.start() + lead, content, lead))
    shallowest = min((lead for _, _, content, lead in parts if content), default=0)
    return [
        Line(
            no=no,
            start=start,
            end=start + len(content),
            text=content,
            column=lead + 1,
            shallowest=shallowest,
        )
        for no, start, content, lead in parts
    ]


class Kind(enum.Enum):
    """What a line is, judged from the line alone."""

    BLANK = "blank"
    CHROME = "chrome"
    SECTION = "section"
    GROUP = "group"
    ITEM = "item"
    SUBITEM = "subitem"
    DASH = "dash"
    UNIT_LINE = "unit-line"
    DATE = "date"
    SEAL = "seal"
    CONTACT = "contact"
    DISCLOSURE = "disclosure"
    ATTACHMENT = "attachment"
    DISTRIBUTION = "distribution"
    TEXT = "text"


@dataclass(frozen=True)
class Token:
    """A classified line; ``match`` holds the named groups of its pattern."""

    line: Line
    kind: Kind
    match: re.Match[str] | None = None
    chrome_kind: str | None = None
    #: A blank line stands between this line and the text before it (page
    #: furniture aside): the line starts a paragraph, whatever its end.
    after_blank: bool = False
    #: The excerpt stops inside this heading's line, its first sentence unended
    #: ("一、…十九大精神全省精神文明建设战线要把学习贯彻"): no heading alone on its line.
    stops_the_text: bool = False
    #: The number an item whose digit a copy lost stands for, by its place
    #: ("、今年…" before "2、…"): its marker has none to read.
    place: int | None = None

    @property
    def rest_offset(self) -> int:
        """Offset in the input of the text after the line's marker."""
        assert self.match is not None
        return self.line.start + self.match.start("rest")


# Each kind with the name of its pattern, read from ``patterns`` at each use so
# that a glossed text's patterns (castplan/grammar/glosses.py) take their place.
_MARKER_TABLE: tuple[tuple[Kind, str], ...] = (
    (Kind.SECTION, "SECTION_RE"),
    (Kind.GROUP, "GROUP_RE"),
    (Kind.ITEM, "ITEM_RE"),
    (Kind.SUBITEM, "SUBITEM_RE"),
    (Kind.DASH, "DASH_RE"),
    (Kind.UNIT_LINE, "UNIT_LINE_RE"),
    (Kind.DATE, "DATE_RE"),
    (Kind.SEAL, "SEAL_RE"),
    (Kind.DISCLOSURE, "DISCLOSURE_RE"),
    (Kind.CONTACT, "CONTACT_RE"),
    (Kind.ATTACHMENT, "ATTACHMENT_RE"),
    (Kind.DISTRIBUTION, "DISTRIBUTION_RE"),
)


# Page furniture is a short line; the characters a bulleted one may start with.
MAX_CHROME_LEN = 120
CHROME_BULLETS = frozenset("-•·●▪")


def classify_line(line: Line) -> Token:
    """Give a line its kind; the first matching pattern wins. Stateless."""
    if not line.text:
        return Token(line, Kind.BLANK)
    if line.furniture:
        return Token(line, Kind.CHROME, chrome_kind="site")
    if P.EMPTY_ROW_RE.fullmatch(line.text):
        # (a table's empty row, "| | | |", however long: the page's, not the notice's)
        return Token(line, Kind.CHROME, chrome_kind="page")
    # Chrome is matched by its words, so a mirror's pinyin glosses do not hide it.
    words = P.GLOSS_RE.sub("", line.text) if "(" in line.text or "（" in line.text else line.text
    # ... and so does a bullet a page's list of metadata puts first ("- 浏览次数:").
    bulleted = words[:1] in CHROME_BULLETS
    if bulleted:
        words = P.CHROME_BULLET_RE.sub("", words)
    if len(words) > MAX_CHROME_LEN and _metadata_box_in_one_line(words):
        return Token(line, Kind.CHROME, chrome_kind="metadata")
    if len(words) <= MAX_CHROME_LEN:
        for chrome_kind, pattern in P.CHROME_RES:
            if pattern.search(words):
                return Token(line, Kind.CHROME, chrome_kind=chrome_kind)
        if bulleted and words != line.text and P.DATE_RE.match(words):
            # "• 2023年09月15日" in a page's list of metadata: its publication date.
            return Token(line, Kind.CHROME, chrome_kind="published")
    if _foreign_prose(line.text):
        return Token(line, Kind.CHROME, chrome_kind="translation")
    patterns = vars(P)
    for kind, name in _MARKER_TABLE:
        match = patterns[name].match(line.text)
        if match:
            return Token(line, kind, match)
    # (a note on disclosure is read by its words too: "(此件公開(kāi)發(fā)布)")
    if words != line.text and (match := patterns["DISCLOSURE_RE"].match(words)):
        return Token(line, Kind.DISCLOSURE, match)
    return Token(line, Kind.TEXT)


# A paragraph of prose with no Chinese at all, this long and in this many words, is a
# site's translation of the text (a paper database sets its machine translation under
# the Chinese: "First, the guiding ideology To implement the school sports, …").
MIN_FOREIGN_PROSE_LEN = 200
MIN_FOREIGN_PROSE_WORDS = 25


def _foreign_prose(text: str) -> bool:
    return (
        len(text) >= MIN_FOREIGN_PROSE_LEN
        and text.count(" ") >= MIN_FOREIGN_PROSE_WORDS
        and P.HAN_RUNS_RE.search(text) is None
    )


# A line longer than furniture is still a page's metadata box, run into one line, where
# it opens with a field and holds this many (by their colons), and no sentence.
MIN_BOX_FIELDS = 4


def _metadata_box_in_one_line(words: str) -> bool:
    """Whether a long line is a portal's metadata box run into one line, its cells set
    apart by bars or spaces: "索  引  号：… | 发文机关：… | 成文日期：… | 标      题：…关于
    印发…的通知 | 发文字号：…" (the title's cell makes it long)."""
    # (a field by its colon: counting colons needs no pattern of all the labels again)
    return (
        "。" not in words
        and words.count(":") + words.count("：") >= MIN_BOX_FIELDS
        and P.METADATA_OPENING_RE.match(words) is not None
    )


# --- diagnostics ---------------------------------------------------------------


def quote(text: str) -> str:
    return text if len(text) <= QUOTE_LEN else text[: QUOTE_LEN - 1] + "…"


@dataclass
class Report:
    """The diagnostics of one parse, gathered rather than raised one by one."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    # 1-based column where each line's text starts (after its indentation).
    columns: dict[int, int] = field(default_factory=dict)

    def warn(
        self, code: str, message: str, line: int | None = None, column: int | None = None
    ) -> None:
        """Report a warning at ``line``; ``column`` places it in a line cut into parts."""
        self._add("warning", code, message, line, column)

    def error(self, code: str, message: str, line: int | None = None) -> None:
        self._add("error", code, message, line)

    def _add(
        self,
        level: Literal["warning", "error"],
        code: str,
        message: str,
        line: int | None,
        column: int | None = None,
    ) -> None:
        if column is None and line is not None:
            column = self.columns.get(line, 1)
        self.diagnostics.append(
            Diagnostic(level=level, code=code, message=message, line=line, column=column)
        )

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.diagnostics, key=lambda d: (d.line or 0, d.column or 0))


# --- spans and sentences ----------------------------------------------------------


def span_of(lines: Sequence[Line]) -> Span:
    return Span(start=lines[0].start, end=lines[-1].end, line=lines[0].no, end_line=lines[-1].no)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split at 。！？ outside quotes and brackets; (start, end) per sentence.

    Each sentence keeps its closing mark; surrounding whitespace is excluded.
    A bracket left open (a typo, a truncated line) would hide every later
    sentence end, so then the text is split ignoring brackets.
    """
    ends = _sentence_ends(text, guarded=True)
    if ends is None:
        ends = _sentence_ends(text, guarded=False) or []
    out = []
    start = 0
    for end in [*ends, len(text)]:
        if text[start:end].strip():
            out.append((start + lstrip_len(text[start:end]), end))
        start = end
    return out


def _sentence_ends(text: str, *, guarded: bool) -> list[int] | None:
    ends = []
    stack: list[str] = []
    # Only punctuation matters; visiting just those characters keeps this fast.
    for match in P.SENTENCE_PUNCT_CHARS_RE.finditer(text):
        pos, ch = match.start(), match.group()
        if guarded and ch == '"':
            # Straight quotes open and close with the same character.
            if stack and stack[-1] == '"':
                stack.pop()
            else:
                stack.append('"')
        elif stack and ch in stack[-1]:
            stack.pop()
        elif guarded and ch in P.PAIRS:
            stack.append(P.PAIRS[ch])
        elif ch in P.SENTENCE_END and not stack and not P.LOST_GLOSS_RE.match(text, pos):
            ends.append(pos + 1)
    return None if stack else ends


# A heading's first sentence longer than this that opens with a standard heading's
# words lost the break after them: "一、指导思想以“三个代表”重要思想为指导…".
MAX_UNBROKEN_HEADING_LEN = 24


# ... or, a sentence the heading line ends with 。, at least this long after the words.
MIN_GLUED_SENTENCE_LEN = 6

# Words that join a heading to more of itself: "指导思想和目标", "现状与问题".
HEADING_JOINS = "和及与與、的,，"


def glued_heading_end(sentence: str, *, ended: bool = False, cut: bool = False) -> int | None:
    """Where a standard heading glued to its text ends in a first ``sentence``
    ("指导思想以…为指导" → after 指导思想); None for a heading that is whole.

    ``ended``: the sentence closed with its 。 on the heading's line, as a heading
    alone never does ("活动主题创新放飞梦想、科技引领未来。"). ``cut``: the
    excerpt stops inside the sentence, so its length tells nothing ("指导思想以邓").
    """
    glued = P.GLUED_HEADING_RE.match(sentence)
    if glued is None:
        return None
    after = sentence[glued.end() :]
    # (a space between them is a lost line break whatever the length:
    # "组织领导 成立学校…领导小组"; so is a date: "活动时间2016年10月8日至20日")
    spaced = after[:1] in {" ", "\u3000"} or P.GLUED_DATED_TEXT_RE.match(after) is not None
    whole_sentence = ended and len(after) >= MIN_GLUED_SENTENCE_LEN
    long = len(sentence) > MAX_UNBROKEN_HEADING_LEN
    # (a word that joins the heading to more, "指导思想和", leaves it unfinished)
    cut_text = cut and len(after) >= 2 and after[0] not in HEADING_JOINS
    return glued.end() if spaced or whole_sentence or long or cut_text else None


# A heading line's first sentence, with no sentence end, runs past this only when
# the heading's text was glued to it (a heading alone on its line is shorter).
MAX_UNENDED_HEADING_LEN = 60


def glued_text_start(rest: str, end: int | None, *, cut: bool = False) -> int | None:
    """Where the text glued to a heading of any words starts in a heading line's
    ``rest`` ("加强全域科普机制建设按照河东区…" → at 按照).

    Only on a line that goes on past the heading's sentence (``end``, its 。), runs
    long without one, or is ``cut`` by the excerpt's end inside its first sentence:
    a heading alone on its line may hold the same words.  A heading of parallel
    clauses is also cut where its text opens with a verb (``parallel_heading_end``),
    even in a short sentence, once the line goes on past it.
    """
    sentence = rest[:end] if end is not None else rest
    first_point = P.GLUED_FIRST_POINT_RE.search(sentence)
    if first_point:
        return first_point.start()
    starts = [_glued_text_cue(sentence, end, cut=cut)]
    if end is not None or len(sentence) > MAX_UNENDED_HEADING_LEN or cut:
        # (or where the text opens again with the heading's first word, if before any cue)
        starts.append(_restated_opening(sentence))
    return min((at for at in starts if at is not None), default=None)


def _glued_text_cue(sentence: str, end: int | None, *, cut: bool) -> int | None:
    """Where a plan's sentence opens after the heading's words, by its first words or,
    in a heading of parallel clauses, by a verb."""
    if len(sentence) <= MAX_UNBROKEN_HEADING_LEN:
        return parallel_heading_end(sentence) if end is not None else None
    if end is None and len(sentence) <= MAX_UNENDED_HEADING_LEN and not cut:
        return None
    cue = P.GLUED_TEXT_CUE_RE.search(sentence)
    if cue:
        return cue.start()
    return parallel_heading_end(sentence) or _verb_led_heading_end(sentence)


def _verb_led_heading_end(sentence: str) -> int | None:
    """Where a heading that opens with a verb and closes on the work it names runs into
    a sentence that opens with a verb again ("依法加强森林资源管理工作加强对木材…" →
    at the second 加强): a heading holds one verb phrase, so the second opens the text."""
    if not P.VERB_LED_HEADING_RE.match(sentence):
        return None
    second = P.SECOND_VERB_AFTER_WORK_RE.search(sentence)
    return second.start() if second else None


# A heading that its text restates the opening of is this long at least, and at most.
RESTATED_HEADING_LENS = range(4, 21)


def _restated_opening(sentence: str) -> int | None:
    """Where the text glued to a heading opens again with the heading's own first word:
    its year ("2017年工作回顾2017年是…"), its masked name ("****镇基本概况****镇
    位于…") or a term it quotes ("“十五”规划执行情况“十五”期间,…")."""
    # (The heading runs to there unbroken by a comma; the text goes on past the word.)
    word = P.HEADING_OPENING_WORD_RE.match(sentence)
    if word is None:
        return None
    for at in RESTATED_HEADING_LENS:
        if at + len(word.group()) + MIN_GLUED_SENTENCE_LEN > len(sentence):
            return None
        if P.HEADING_BREAK_RE.match(sentence, at - 1):
            return None
        # (or set apart by one space: "“十五”规划执行情况 “十五”期间,…")
        before = sentence[at - 1]
        if sentence.startswith(word.group(), at) and (P.ALL_HAN_RE.match(before) or before == " "):
            return at
    return None


# A heading of parallel clauses: each before the last this many characters long.
PARALLEL_CLAUSE_LENS = range(3, 13)


def parallel_heading_end(sentence: str) -> int | None:
    """Where the text glued to a heading of parallel clauses starts: at a verb that
    opens a sentence, once the last clause is about as long as the ones before it
    ("贯彻新思想,实施女职工思想引领行动学习宣传…" → at 学习).  Only in the last
    clause of the sentence: a verb in a clause with more after it is the heading's
    own ("六月份以后,视疫情变化情况开展…联展,及…")."""
    *before, last = P.CLAUSE_COMMA_RE.split(sentence)
    if not before or any(
        len(clause) not in PARALLEL_CLAUSE_LENS or not P.ALL_HAN_RE.fullmatch(clause)
        for clause in before
    ):
        return None
    shortest, longest = min(map(len, before)), max(map(len, before))
    for verb in P.SENTENCE_OPENING_VERB_RE.finditer(last):
        if verb.start() > 2 * longest + 2 or len(last) - verb.start() < MIN_GLUED_SENTENCE_LEN:
            return None
        if verb.start() >= max(4, shortest - 2):
            return len(sentence) - len(last) + verb.start()
    return None


def lstrip_len(text: str) -> int:
    return len(text) - len(text.lstrip())


def first_sentence_end(text: str) -> int | None:
    """Index of the 。 that ends the first sentence, outside brackets."""
    sentences = split_sentences(text)
    if not sentences:
        return None
    end = sentences[0][1]
    return end - 1 if text[end - 1] in P.SENTENCE_END else None


# How a line that completes its paragraph ends; any other line was wrapped
# (text copied from a PDF breaks sentences at the page width).


def bracket_balance(text: str) -> int:
    """Opening minus closing round brackets: above zero, a bracket is still open."""
    return sum(text.count(ch) for ch in P.OPEN) - sum(text.count(ch) for ch in P.CLOSE)


def has_open_bracket(text: str) -> bool:
    return bracket_balance(text) > 0


def completes_paragraph(text: str) -> bool:
    """Whether a line of running text ends its paragraph.

    "…審計工作。(牽頭部門:" ends in a colon inside an open tag, and "推薦(提名)"
    in a bracket that wrapping left at the line's end: neither is complete.
    A unit tag does complete it.
    """
    # (a PDF copy may close its sentences with a half-width stop: "…认真贯彻落实.")
    if text.endswith(P.PARAGRAPH_ENDS) or P.HAN_STOP_END_RE.search(text):
        return not has_open_bracket(text)
    return find_trailing_tag(text) is not None


# A hard-wrapped line is at least this long; shorter lines end where they mean to.
MIN_WRAPPED_LEN = 15
# A text hard-wrapped at a page's width has no line longer than this; one that has
# sets its paragraphs on a line each, and a heading in it ends where its line does.
MAX_WRAPPED_LINE_LEN = 80
# A line at a hard-wrapped text's width is within this many characters of it
# (half-width digits and punctuation take less room).
WIDTH_SLACK = 2


# Of a hard-wrapped text's long lines, at least this share fill its width (a list of
# entries of a like length, or a copy that broke its lines anywhere, is no such text).
WRAPPED_SHARE = 0.5


def wrap_width(texts: Iterable[str], *, shared_by: int = 3, share: float = WRAPPED_SHARE) -> int:
    """The width lines were hard-wrapped at: the commonest length of the long ones,
    or else the length the most of them fill (most lines of a paragraph fill it; a
    stray long line of furniture does not set it), if at least ``shared_by`` lines
    fill it, and of the long lines at least
    ``share``; 0 for text that is not hard-wrapped (a line longer than any
    page's).
    """
    lengths: Counter[int] = Counter()
    for text in texts:
        if len(text) > MAX_WRAPPED_LINE_LEN:
            return 0
        if len(text) >= MIN_WRAPPED_LEN:
            lengths[len(text)] += 1
    if not lengths:
        return 0
    enough = max(shared_by, share * lengths.total())
    width = lengths.most_common(1)[0][0]
    if _filling(lengths, width) >= enough:
        return width
    # (failing that, the width most lines fill, slack counted: a paragraph's first
    # line, its indent stripped, is as short as the slack, and may be as common as the
    # full ones; of widths filled alike, the commonest length)
    filled, _, width = max((_filling(lengths, n), lengths[n], n) for n in lengths)
    return width if filled >= enough else 0


def _filling(lengths: Counter[int], width: int) -> int:
    """How many of the lines counted by length fill ``width``, slack counted."""
    return sum(n for length, n in lengths.items() if width - WIDTH_SLACK <= length <= width)


def at_width(text: str, width: int) -> bool:
    """Whether a line fills a hard-wrapped text's ``width`` (0: no such text)."""
    return bool(width) and len(text) >= width - WIDTH_SLACK


def fills_width(line: Line, width: int) -> bool:
    """Whether ``line``, its indent counted, fills a hard-wrapped text's ``width``: a
    paragraph's indented first line is as long as the full lines after it."""
    return at_width(" " * (line.column - 1 - line.shallowest) + line.text, width)


def wrapped_into(previous: str, text: str) -> bool:
    """Whether ``text`` continues ``previous``, a line that a hard wrap broke off."""
    return (
        len(previous) >= MIN_WRAPPED_LEN
        and not completes_paragraph(previous)
        and not P.NOTICE_TITLE_RE.match(previous)
        and not P.NOTICE_TITLE_RE.match(text)
    )


def join_lines(lines: Sequence[Line]) -> str:
    """Paragraph text of consecutive lines: wrapped lines rejoin, paragraphs keep a newline."""
    out = ""
    for index, line in enumerate(lines):
        if index and not wrapped_into(lines[index - 1].text, line.text):
            out += "\n"
        out += line.text
    return out
