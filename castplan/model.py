"""Pydantic models of a parsed work-plan notice.

The tree is ``Notice → Section → Item → Measure``, with the cover notice in
``Header``.  Every node that stands for input text carries a ``Span`` into the
decoded input, so any value in the JSON can be traced back to its source line.

The models hold structure and invariants only: no regexes, no I/O.  Things
real documents legitimately do (numbering gaps, items without a lead unit)
are reported by the parser as diagnostics, not rejected here.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

SCHEMA_VERSION = "1.3"
SourceFormat = Literal["text", "html", "docx", "pdf", "doc", "rtf", "ofd", "spreadsheet"]


def _json_number(value: int | Decimal) -> int | float:
    # JSON has one number type; 6.2 prints as 6.2.  Python keeps the exact Decimal.
    return value if isinstance(value, int) else float(value)


#: An exact quantity: int, or Decimal for 6.2 or 1.5万; a number in JSON.
Number = Annotated[int | Decimal, PlainSerializer(_json_number, when_used="json")]


class FrozenModel(BaseModel):
    """The base of every model castplan prints: the tree, rows and reports."""

    # extra="forbid": a typo in a hand-written fixture is an error, not a
    # silently dropped key; frozen: renderers cannot change the tree.
    model_config = ConfigDict(extra="forbid", frozen=True)


def sha256_hex(data: bytes) -> str:
    """The digest ``source.sha256`` records: of the input bytes as received."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Origin:
    """Where a text came from: what ``Source`` records besides the text itself.

    Built once where the input is read (``castplan.load``) and handed to the
    parser as one value.
    """

    path: str = "<string>"
    encoding: str = "utf-8"
    sha256: str | None = None
    source_format: SourceFormat = "text"
    #: Bytes of a cut-off last character the decoder dropped.
    dropped_bytes: int = 0


class Span(FrozenModel):
    """Where a node's text lies in the decoded input."""

    start: int = Field(ge=0, strict=True, description="Offset of the first character (0-based).")
    end: int = Field(ge=0, strict=True, description="Offset after the last character (exclusive).")
    line: int = Field(ge=1, strict=True, description="1-based line of the first character.")
    end_line: int = Field(ge=1, strict=True, description="1-based line of the last character.")

    @model_validator(mode="after")
    def _check_order(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span ends ({self.end}) before it starts ({self.start})")
        if self.end_line < self.line:
            raise ValueError(f"span ends on line {self.end_line} before line {self.line}")
        return self


class Diagnostic(FrozenModel):
    """A problem found in the input: a warning leaves the tree usable."""

    level: Literal["warning", "error"] = Field(description="'error' makes the input invalid.")
    code: str = Field(
        pattern=r"^[a-z]+(-[a-z]+)*$", description="Stable kebab-case id, e.g. item-number-gap."
    )
    message: str = Field(description="What was expected and what was found.")
    line: int | None = Field(default=None, ge=1, description="1-based input line, if any.")
    column: int | None = Field(default=None, ge=1, description="1-based column, if any.")

    def format(self, path: str) -> str:
        """The one-line form every command prints: ``path:line:col: level: message (code)``."""
        where = f"{path}:{self.line or 1}:{self.column or 1}"
        return f"{where}: {self.level}: {self.message} ({self.code})"


class ChromeLine(FrozenModel):
    """A line of web-page furniture (publication time, source, breadcrumbs)."""

    text: str = Field(description="The line as written.")
    kind: str = Field(description="What the line is: published, source, breadcrumb, site, ...")
    span: Span = Field(description="Where the line is.")


class Source(FrozenModel):
    """Where the notice came from and how it was read."""

    path: str = Field(description="The path or name given by the user ('<stdin>' for stdin).")
    sha256: str = Field(
        pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the input bytes as received."
    )
    encoding: str = Field(description="Encoding the input was decoded with, e.g. utf-8, gb18030.")
    format: SourceFormat = Field(
        default="text", description="Input file format the text was taken from."
    )
    script: Literal["traditional", "simplified"] = Field(
        description="Chinese script of the input text."
    )
    chrome: list[ChromeLine] = Field(
        default_factory=list,
        description="Web-page lines (publication time, source, breadcrumbs), not the notice.",
    )
    pages: list[Annotated[int, Field(ge=0, strict=True)]] = Field(
        default_factory=list,
        description="PDF and OFD input: the offset in the text where each page starts "
        "(page N at pages[N-1]); absent for other formats.",
    )

    @model_serializer(mode="wrap")
    def _omit_no_pages(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # Only paged formats have pages; other inputs keep their output unchanged.
        data: dict[str, Any] = handler(self)
        if not self.pages:
            data.pop("pages", None)
        return data

    def page_of(self, span: Span | int) -> int | None:
        """The 1-based page a span (or an offset) starts on; None for unpaged input."""
        if not self.pages:
            return None
        offset = span if isinstance(span, int) else span.start
        return bisect.bisect_right(self.pages, offset) or 1


class Attachment(FrozenModel):
    """An attachment named in the cover notice (附件:1.…)."""

    text: str = Field(description="The attachment line as written.")
    span: Span = Field(description="Where the line is.")


class Header(FrozenModel):
    """The cover notice that issues the plan."""

    masthead: str | None = Field(
        default=None, description="The issuing body's masthead, e.g. 中国科协文件."
    )
    notice_title: str | None = Field(
        default=None, description="The notice's own title, e.g. 关于印发《…》的通知."
    )
    doc_number: str | None = Field(
        default=None, description="Document number, e.g. 科协发智字〔2022〕2号."
    )
    addressees: list[str] = Field(
        default_factory=list, description="Bodies the notice is addressed to, in order."
    )
    cover_letter: str | None = Field(
        default=None, description="The body of the cover letter; paragraphs joined by a newline."
    )
    issuer: str | None = Field(default=None, description="The issuing office.")
    seal: str | None = Field(default=None, description="A seal line such as (中国科协办公厅代章).")
    date: dt.date | None = Field(default=None, description="Date of issue (成文日期), ISO 8601.")
    contact: str | None = Field(default=None, description="A contact line such as (联系人:…).")
    disclosure: str | None = Field(
        default=None, description="A disclosure line such as (此件主动公开)."
    )
    note: str | None = Field(
        default=None,
        description="Lines under the plan's title that no notice holds, down to the date they "
        "give: a draft's (征求意见稿), a meeting's adoption note (…会议通过).",
    )
    attachments: list[Attachment] = Field(
        default_factory=list, description="Attachments listed in the cover notice."
    )
    forwarded: Header | None = Field(
        default=None, description="The notice this one forwards (转发), with its own header."
    )
    span: Span = Field(
        description="From the first to the last line of the cover notice; empty, at the "
        "title's start, for a header read from the plan's title alone (its issuer)."
    )


class Interval(FrozenModel):
    """The values a target allows; a missing bound is unbounded."""

    min: Number | None = Field(default=None, description="Lower bound, or null.")
    min_inclusive: bool | None = Field(
        default=None, description="Whether the lower bound is allowed (以上: yes; 超过: no)."
    )
    max: Number | None = Field(default=None, description="Upper bound, or null.")
    max_inclusive: bool | None = Field(
        default=None, description="Whether the upper bound is allowed (以下: yes; 不满: no)."
    )


class Target(FrozenModel):
    """A quantified commitment in a measure: 调训1萬名以上, 舉辦百場左右."""

    text: str = Field(description="The quantity as written, e.g. 1萬名以上.")
    span: Span = Field(description="Where the quantity is.")
    value: Number = Field(description="The number: 1萬 is 10000, 百 is 100, 6.2 stays 6.2.")
    unit: str = Field(description="The counter as written: 名, 位, 個, 場, 篇, 項, 家, %, ...")
    qualifier: str | None = Field(
        default=None,
        description="The qualifying word as written (以上, 不少于, 左右, 余), or null.",
    )
    interval: Interval = Field(description="The values the qualifier allows.")
    approximate: bool = Field(description="Whether the number is approximate (左右, 约, 余).")


class Measure(FrozenModel):
    """One sentence of an item after its title."""

    text: str = Field(description="The sentence as written, with its closing punctuation.")
    span: Span = Field(description="Where the sentence is.")
    targets: list[Target] = Field(
        default_factory=list, description="Quantified targets in the sentence."
    )


class GroupRef(FrozenModel):
    """The （一） group an item belongs to."""

    numeral: str = Field(description="The group's numeral as written, e.g. 一.")
    title: str = Field(description="The group's title.")


class Group(FrozenModel):
    """A （一） heading that groups numbered items inside a section."""

    number: int = Field(ge=1, strict=True, description="The numeral's value.")
    numeral: str = Field(description="The numeral as written, e.g. 一.")
    title: str = Field(description="The heading text, up to its first 。.")
    intro: str | None = Field(default=None, description="Text of the group before its first item.")
    span: Span = Field(description="The heading line and its intro.")


class SubItem(FrozenModel):
    """A （1） entry inside an item."""

    number: int = Field(ge=1, strict=True, description="The sub-item's number.")
    marker: str = Field(description="The number as written, e.g. （1）.")
    text: str = Field(description="The sub-item's text after its marker.")
    span: Span = Field(description="Where the sub-item is.")


class Item(FrozenModel):
    """A numbered task of the plan."""

    number: int = Field(ge=1, strict=True, description="The item's number as written.")
    marker: str = Field(description="The number marker as written, e.g. '1.', '（一）', '——'.")
    title: str = Field(min_length=1, description="The first sentence, without its 。.")
    text: str = Field(description="The whole item as in the source (lines joined by a newline).")
    measures: list[Measure] = Field(
        default_factory=list, description="Sentences after the title; the unit tag excluded."
    )
    lead_departments: list[str] = Field(
        default_factory=list, description="Lead units (牵头部门), in the order written."
    )
    supporting_departments: list[str] = Field(
        default_factory=list, description="Supporting units (配合/责任单位), in the order written."
    )
    group: GroupRef | None = Field(default=None, description="The （一） group, if any.")
    sub_items: list[SubItem] = Field(default_factory=list, description="（1） entries of the item.")
    programmes: list[str] = Field(
        default_factory=list,
        description="Names in “…” (programmes, platforms, campaigns), first mention order; "
        "five-year periods such as 十五五 are left out.",
    )
    documents: list[str] = Field(
        default_factory=list, description="Titles in 《…》 (laws, plans, journals), in order."
    )
    deadline: str | None = Field(
        default=None, description="The completion deadline as written (完成时限), if any."
    )
    span: Span = Field(description="The whole item, from its marker to its last character.")


class Section(FrozenModel):
    """A top-level part of the plan (一、…)."""

    number: int = Field(
        ge=0, strict=True, description="The numeral's value; 0 for an unnumbered body."
    )
    numeral: str | None = Field(description="The numeral as written, e.g. 一.")
    title: str | None = Field(description="The heading text, up to its first 。.")
    intro: str | None = Field(
        default=None, description="Unnumbered text between the heading and the first item."
    )
    heading_span: Span | None = Field(
        default=None, description="The heading's line(s); null for an unnumbered body."
    )
    intro_span: Span | None = Field(default=None, description="Where the intro is, if any.")
    groups: list[Group] = Field(default_factory=list, description="（一） groups, in order.")
    items: list[Item] = Field(default_factory=list, description="The section's items, in order.")
    span: Span = Field(description="The whole section, from its heading to its last item.")


class Paragraph(FrozenModel):
    """A line of text kept as it is, e.g. a closing line after the plan."""

    text: str = Field(description="The text as written.")
    span: Span = Field(description="Where the text is.")


class Notice(FrozenModel):
    """A parsed work-plan notice: the root of the tree."""

    schema_version: str = Field(
        default=SCHEMA_VERSION, description="Version of this JSON contract."
    )
    source: Source = Field(description="Where the input came from and how it was read.")
    header: Header | None = Field(description="The cover notice, or null when the text has none.")
    title: str | None = Field(description="The plan's title, e.g. 中國科協2025年工作要點.")
    title_span: Span | None = Field(default=None, description="Where the title is, if written.")
    organization: str | None = Field(description="The body whose plan it is, e.g. 中國科協.")
    year: int | None = Field(description="The year the plan is for.")
    preamble: str | None = Field(
        default=None, description="Text between the title and the first section."
    )
    preamble_span: Span | None = Field(default=None, description="Where the preamble is.")
    sections: list[Section] = Field(default_factory=list, description="The plan's sections.")
    closing: list[Paragraph] = Field(
        default_factory=list, description="Lines after the plan body (signature, date, contact)."
    )
    diagnostics: list[Diagnostic] = Field(
        default_factory=list, description="Warnings and errors, in line order."
    )

    def items(self) -> Iterator[Item]:
        """Yield every item of every section, in document order."""
        for section in self.sections:
            yield from section.items

    def departments(self) -> list[str]:
        """Return every lead department, in order of first appearance."""
        return list(self.lead_loads())

    def lead_loads(self) -> dict[str, list[Item]]:
        """Each lead department as written, with the items it leads, in order of first appearance.

        The one department tally: ``depts``, ``diff`` and ``list --dept`` build on it.
        """
        loads: dict[str, list[Item]] = {}
        for item in self.items():
            for name in item.lead_departments:
                loads.setdefault(name, []).append(item)
        return loads

    def to_json_dict(self) -> dict[str, Any]:
        """Return the tree as JSON-ready Python data (dates as ISO strings)."""
        return self.model_dump(mode="json")
