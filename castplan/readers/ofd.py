"""OFD (GB/T 33190, China's fixed-layout format) → notice text, page by page.

An OFD file is a ZIP package of XML: ``OFD.xml`` names each document's root
(``DocBody/DocRoot``), ``Document.xml`` lists the pages (``Pages/Page``,
``BaseLoc`` relative to it) and the page templates, and each page's
``Content.xml`` holds ``TextObject`` elements (a ``Boundary`` box, a font
``Size``) with ``TextCode`` runs (``X``/``Y`` inside the box, ``DeltaX``
advances, the text itself in Unicode).

The standard library reads it: ``zipfile``, and ElementTree with any DTD
refused (so no entity can expand: OFD XML has none).  Parts are read with a
size cap, so a ZIP bomb stops at the cap.  Text runs are placed at their
positions and sorted into lines top to bottom, left to right, since writers
list them in any order (one run per character is common); the lines of one
paragraph or title are then joined by the page's geometry, as a PDF's are
(``castplan.readers.geometry``).  Each page's text then goes through the same
rules as a PDF's (``castplan.readers.pages``).
"""

from __future__ import annotations

import functools
import io
import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree as ET

from castplan.errors import InputError
from castplan.readers.decode import Decoded
from castplan.readers.geometry import NO_ENDS, BlockEdges, PageEnds, TextLine, joins, page_ends
from castplan.readers.pages import PageCollector
from castplan.readers.sniff import Progress

# No part of a plan's OFD comes near this; a bigger one is a ZIP bomb.
MAX_PART_BYTES = 32 * 1024 * 1024
# Runs whose baselines differ by less than this share of the font size share a line.
_SAME_LINE = 0.5
# A gap wider than this share of the font size between two runs is a space.
_GAP = 0.8


class _NoDTD(ET.TreeBuilder):
    """A tree builder that refuses any DOCTYPE, so no entity is ever declared."""

    def doctype(self, name: str, pubid: str, system: str) -> None:
        raise ValueError("DTDs are not allowed in OFD XML")


def _local(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _children(element: ET.Element, name: str) -> Iterator[ET.Element]:
    return (child for child in element.iter() if _local(child.tag) == name)


def _first_text(element: ET.Element, name: str) -> str | None:
    found = next(_children(element, name), None)
    return found.text.strip() if found is not None and found.text else None


def _numbers(value: str | None) -> list[float]:
    """Numbers of an OFD attribute; ``g 3 5.2`` in DeltaX repeats 5.2 three times."""
    out: list[float] = []
    parts = (value or "").split()
    index = 0
    while index < len(parts):
        if parts[index] == "g" and index + 2 < len(parts):
            out += [float(parts[index + 2])] * int(float(parts[index + 1]))
            index += 3
        else:
            out.append(float(parts[index]))
            index += 1
    return out


@dataclass(frozen=True)
class _Run:
    x: float
    y: float
    end: float
    size: float
    text: str


class _Package:
    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, OSError, ValueError):
            raise InputError("not an OFD file (not a ZIP package)", source_name=name) from None
        self.names = set(self.zip.namelist())

    def resolve(self, base: str, location: str) -> str:
        """A ``BaseLoc`` relative to ``base``'s folder, or absolute from the root."""
        location = location.strip().replace("\\", "/")
        if location.startswith("/"):
            return location.lstrip("/")
        joined = posixpath.normpath(posixpath.join(posixpath.dirname(base), location))
        return joined if joined in self.names or location not in self.names else location

    def xml(self, part: str) -> ET.Element:
        try:
            info = self.zip.getinfo(part)
        except KeyError:
            raise InputError(f"damaged OFD: {part} is missing", source_name=self.name) from None
        if info.file_size > MAX_PART_BYTES:
            raise InputError(f"damaged OFD: {part} is too large", source_name=self.name)
        try:
            with self.zip.open(info) as handle:
                data = handle.read(MAX_PART_BYTES + 1)
            if len(data) > MAX_PART_BYTES:
                raise InputError(f"damaged OFD: {part} is too large", source_name=self.name)
            parser = ET.XMLParser(target=_NoDTD())
            parser.feed(data)
            return parser.close()
        except (ET.ParseError, ValueError, zipfile.BadZipFile, OSError, EOFError) as exc:
            raise InputError(f"damaged OFD: {part}: {exc}", source_name=self.name) from None


def ofd_text(data: bytes, *, name: str, progress: Progress | None = None) -> Decoded:
    """The text of an OFD file, page by page in reading order."""
    package = _Package(data, name)
    if "OFD.xml" not in package.names:
        raise InputError("not an OFD file (no OFD.xml in the package)", source_name=name)
    root = package.xml("OFD.xml")
    pages: list[tuple[str, dict[str, str]]] = []
    for body in _children(root, "DocBody"):
        doc_root = _first_text(body, "DocRoot")
        if doc_root:
            parts, templates = _document(package, package.resolve("OFD.xml", doc_root))
            pages += [(part, templates) for part in parts]
    collector = PageCollector(name, "OFD")
    block = BlockEdges()
    above = NO_ENDS
    for number, (part, templates) in enumerate(pages, start=1):
        page = package.xml(part)
        # Templates (running heads, page numbers) first, then the page's own layers.
        layers = [
            package.xml(templates[ref.get("TemplateID", "")])
            for ref in _children(page, "Template")
            if ref.get("TemplateID") in templates
        ]
        layers.append(page)
        runs = [run for layer in layers for run in _runs(layer)]
        shows = any(True for layer in layers for _ in _children(layer, "ImageObject"))
        text, ends = _page_of_paragraphs(_lines(runs), block)
        if above.open_end and ends.flush_start:
            # (a paragraph that goes on over the page break: one line)
            collector.run_on(above.foot_lines)
        collector.add(text, functools.partial(bool, shows))
        above = ends
        if progress is not None:
            progress(number, len(pages))
    return collector.result("utf-8")


def _document(package: _Package, part: str) -> tuple[list[str], dict[str, str]]:
    """A document's page parts in page order, and its template pages by ID."""
    document = package.xml(part)
    pages = [
        package.resolve(part, page.get("BaseLoc", ""))
        for page in _children(document, "Page")
        if page.get("BaseLoc")
    ]
    templates = {
        t.get("ID", ""): package.resolve(part, t.get("BaseLoc", ""))
        for t in _children(document, "TemplatePage")
    }
    return pages, templates


def _runs(page: ET.Element) -> list[_Run]:
    runs = []
    for obj in _children(page, "TextObject"):
        box = _numbers(obj.get("Boundary"))
        if len(box) < 2:
            continue
        size = float(obj.get("Size") or 0) or 3.0
        x = y = 0.0
        for code in obj:
            if _local(code.tag) != "TextCode" or not code.text:
                continue
            x = float(code.get("X", x))
            y = float(code.get("Y", y))
            deltas = _numbers(code.get("DeltaX"))
            text = code.text
            advance = sum(deltas[: len(text) - 1]) + (size if ord(text[-1]) > 0x2000 else size / 2)
            runs.append(_Run(box[0] + x, box[1] + y, box[0] + x + advance, size, text))
            x += advance
    return runs


def _lines(runs: list[_Run]) -> list[TextLine]:
    """Runs sorted into lines, top to bottom, each line left to right."""
    lines: list[list[_Run]] = []
    for run in sorted(runs, key=lambda r: (r.y, r.x)):
        if lines and abs(lines[-1][0].y - run.y) < _SAME_LINE * run.size:
            lines[-1].append(run)
        else:
            lines.append([run])
    out = []
    for line in lines:
        text = ""
        end: float | None = None
        ordered = sorted(line, key=lambda r: r.x)
        for run in ordered:
            if end is not None and run.x - end > _GAP * run.size:
                text += " "
            text += run.text
            end = run.end
        first = ordered[0]
        # (OFD's y grows down the page)
        out.append(TextLine(text, first.size, first.x, max(r.end for r in line), -first.y))
    return out


def _page_of_paragraphs(lines: list[TextLine], edges: BlockEdges) -> tuple[str, PageEnds]:
    """The page's text, each paragraph's and title's lines joined into one
    (``castplan.readers.geometry``), and how the page ends and opens."""
    block = edges.of_page(lines)
    ends = page_ends(lines, block) if block else NO_ENDS
    text = ""
    for line, goes_on in zip(lines, [*joins(lines, block), False], strict=False):
        text += line.text if goes_on else line.text + "\n"
    return text.removesuffix("\n"), ends
