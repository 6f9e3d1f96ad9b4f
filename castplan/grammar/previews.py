"""Document-sharing previews: a document shown as numbered chunks of its text.

Sites that share documents ("《….docx》由会员分享,可在线阅读…") show a file's
text as chunks of a fixed length, each on a line of its own after its counter:
"1、唐家口街道2024年全域科普工作计划为深入贯彻…" / "2、女微家”、体育健身园等…".
A chunk ends where its length does, inside a word or a sentence, so its
counter is no item's number and its text goes on with the chunk before it.

Such a run of lines is found only after the site's sharing line, or, where a copy
kept no sharing line, only as the page's opening lines ("1、2022年…行动方案根据
国家…" first), whose chunks then show their fixed length: all but the last, two
or more, alike to a character or two (a plan's items are never).  Either way the
counters run 1, 2, 3… and the chunks are long and most of them stop mid-sentence
(a plan's own "1、…。" items end their sentences).  The counters
are the site's furniture; the chunks' text is read as one text run together
(castplan/grammar/unfold.py), cut into lines across the chunks' ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from castplan.grammar import patterns as P
from castplan.grammar.lines import Line

# Every chunk but the last is at least this long; a plan's items are often shorter.
MIN_CHUNK_LEN = 100
# A preview shows at least this many chunks.
MIN_CHUNKS = 2
# How far apart the lengths of a fixed length's chunks may be (a space trimmed).
CHUNK_LEN_SLACK = 2
# What ends a sentence where a chunk may happen to end.
SENTENCE_ENDS = tuple("。；;！!？?）)")


@dataclass(frozen=True)
class Chunk:
    """One chunk line, and where its counter ("2、") ends in it."""

    line: Line
    counter_end: int

    @property
    def text(self) -> str:
        return self.line.text[self.counter_end :]


def find_preview(lines: Sequence[Line]) -> tuple[int, int, list[Chunk]] | None:
    """The chunk lines of a document-sharing preview: (first index, end index, chunks).

    Blank lines between chunks belong to the run; None where the page is no preview.
    """
    shared = next((i for i, line in enumerate(lines) if P.SHARING_SITE_RE.search(line.text)), None)
    chunks: list[Chunk] = []
    first = end = None
    for index in range(0 if shared is None else shared + 1, len(lines)):
        line = lines[index]
        if not line.text:
            continue
        counter = P.CHUNK_COUNTER_RE.match(line.text)
        if counter is None or int(counter["n"]) != len(chunks) + 1:
            if chunks or shared is None:
                break  # (with no sharing line, the chunks open the page or are none)
            continue
        first = index if first is None else first
        end = index + 1
        chunks.append(Chunk(line, counter.end()))
    if first is None or end is None or not _reads_as_chunks(chunks):
        return None
    if shared is None and not _of_one_length(chunks):
        return None
    return first, end, chunks


def _of_one_length(chunks: Sequence[Chunk]) -> bool:
    """Chunks cut at a fixed length: all but the last alike, and two at least."""
    lengths = [len(c.text) for c in chunks[:-1]]
    return len(lengths) >= 2 and max(lengths) - min(lengths) <= CHUNK_LEN_SLACK


def _reads_as_chunks(chunks: Sequence[Chunk]) -> bool:
    """Long chunks, most cut mid-sentence: a preview, not a plan's numbered items."""
    if len(chunks) < MIN_CHUNKS:
        return False
    before_last = [c.text for c in chunks[:-1]]
    if any(len(text) < MIN_CHUNK_LEN for text in before_last):
        return False
    cut = sum(1 for text in before_last if not text.endswith(SENTENCE_ENDS))
    return 2 * cut >= len(before_last)
