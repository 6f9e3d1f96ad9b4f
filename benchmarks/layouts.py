"""How far castplan's reading holds when a notice comes in another copy's layout.

    python benchmarks/layouts.py                         # every layout, train and test split
    python benchmarks/layouts.py --failures "PDF lines"  # training notices a layout breaks
    python benchmarks/layouts.py --show "PDF lines" d021 # a training notice in that layout
    python benchmarks/layouts.py --layout "PDF lines"    # one layout only
    python benchmarks/layouts.py --json                  # the figures as JSON

The same notice reaches its readers in several copies: the issuer's PDF, its
web page, a mirror that set every paragraph apart, a document site that cut
its lines at the page width.  Each corpus notice that castplan reads fully
right as it was found is written again in each layout below and scored
against the same annotation (``accuracy.py``): the figure is how many stay
fully right.  The layouts change where lines break and what furniture stands
between them, never a character of the notice's own text, so a notice that
falls in a layout shows a reading that hangs on its copy's line breaks.  Three
layouts write the notice as a file of another format, read through castplan's
own reader: a Word file, a paragraph a line; that Word file typeset as a PDF
by LibreOffice; and the same with a 公文's parts set as issued (masthead, 文号,
signature, date, page numbers at the outer edge; ``typeset.py``; both need
LibreOffice, and cache the PDFs).

Test-split notices are scored but never listed or shown: fix on the training
split, report both.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import accuracy
import typeset

# GB/T 9704 sets an official document's page at 22 lines of 28 characters.
LINE_WIDTH = 28
PAGE_LINES = 22


def _lines(text: str) -> list[str]:
    return text.split("\n")


def paragraph_gaps(text: str) -> str:
    """A blank line between every two lines (a page that sets each paragraph apart)."""
    return "\n\n".join(line for line in _lines(text) if line.strip())


def no_blank_lines(text: str) -> str:
    """Blank lines dropped (a copy that keeps the line breaks alone)."""
    return "\n".join(line for line in _lines(text) if line.strip())


def page_numbers(text: str) -> str:
    """A PDF's page number, "- 2 -", after every page of lines."""
    out: list[str] = []
    for index, line in enumerate(_lines(text), start=1):
        out.append(line)
        if index % PAGE_LINES == 0:
            out.append(f"- {index // PAGE_LINES} -")
    return "\n".join(out)


def pdf_lines(text: str) -> str:
    """Every line cut at the page's width (a PDF's text, a document site's copy of it)."""
    out: list[str] = []
    for line in _lines(text):
        rest = line.rstrip()
        while len(rest) > LINE_WIDTH:
            out.append(rest[:LINE_WIDTH])
            rest = rest[LINE_WIDTH:]
        out.append(rest)
    return "\n".join(out)


def web_page(text: str) -> str:
    """Each line a paragraph of a web page, between the site's navigation and footer."""
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in _lines(text) if line.strip())
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>政务公开</title></head>'
        '<body><div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>\n'
        f'<div class="article">\n{body}</div>\n'
        '<div class="footer">主办单位:人民政府办公室 版权所有</div></body></html>'
    )


@dataclass(frozen=True)
class Layout:
    """A copy's layout: its text rewritten (``rewrite``), or the notice written as a
    file of another format (``render``, by ``typeset.py``)."""

    name: str
    rewrite: Callable[[str], str] | None
    suffix: str = ".txt"
    render: Callable[[accuracy.Annotation], bytes] | None = None
    # Makes what ``render`` reads for many notices at once (a PDF is typeset).
    prepare: Callable[[Iterable[accuracy.Annotation]], None] | None = None


def _text_and_marks(
    annotation: accuracy.Annotation, *, issued: bool = False
) -> tuple[str, typeset.Marks]:
    expected = annotation.expected

    def mark(name: str) -> str | None:
        value = expected.get(name)
        return str(value) if value else None

    if issued:
        marks = typeset.Marks(
            mark("title"), issued=True, issuer=mark("issuer"), doc_number=mark("doc_number")
        )
    else:
        marks = typeset.Marks(mark("title"))
    return annotation.path.read_text(encoding="utf-8"), marks


def _word_file(annotation: accuracy.Annotation) -> bytes:
    return typeset.docx_bytes(*_text_and_marks(annotation))


def _typeset_pdf(annotation: accuracy.Annotation) -> bytes:
    return typeset.typeset_pdf(*_text_and_marks(annotation))


def _typeset_pdfs(annotations: Iterable[accuracy.Annotation]) -> None:
    typeset.typeset(_text_and_marks(annotation) for annotation in annotations)


def _issued_pdf(annotation: accuracy.Annotation) -> bytes:
    return typeset.typeset_pdf(*_text_and_marks(annotation, issued=True))


def _issued_pdfs(annotations: Iterable[accuracy.Annotation]) -> None:
    typeset.typeset(_text_and_marks(annotation, issued=True) for annotation in annotations)


LAYOUTS = (
    Layout("paragraph gaps", paragraph_gaps),
    Layout("no blank lines", no_blank_lines),
    Layout("page numbers", page_numbers),
    Layout("PDF lines", pdf_lines),
    Layout("web page", web_page, ".html"),
    Layout("Word file", None, ".docx", render=_word_file),
    Layout("typeset PDF", None, ".pdf", render=_typeset_pdf, prepare=_typeset_pdfs),
    Layout("issued PDF", None, ".pdf", render=_issued_pdf, prepare=_issued_pdfs),
)


def by_name(name: str) -> Layout:
    for layout in LAYOUTS:
        if layout.name == name:
            return layout
    raise SystemExit(f"no layout {name!r}; the layouts: {', '.join(each.name for each in LAYOUTS)}")


def rewritten(annotation: accuracy.Annotation, layout: Layout) -> bytes:
    if layout.render is not None:
        return layout.render(annotation)
    assert layout.rewrite is not None
    text = annotation.path.read_bytes().decode("utf-8")
    return layout.rewrite(text).encode("utf-8")


def prepare(annotations: Iterable[accuracy.Annotation], layouts: Iterable[Layout]) -> None:
    """Make the files the layouts read for every notice at once (a few LibreOffice runs
    typeset the PDFs)."""
    for layout in layouts:
        if layout.prepare is not None:
            layout.prepare(annotations)


def score_in(annotation: accuracy.Annotation, layout: Layout) -> accuracy.Outcome:
    name = annotation.path.stem + layout.suffix
    return accuracy.score(annotation, name=name, data=rewritten(annotation, layout))


def shown(annotation: accuracy.Annotation, layout: Layout) -> str:
    """The notice's text as castplan reads it in ``layout`` (a PDF's, page by page)."""
    data = rewritten(annotation, layout)
    if layout.rewrite is not None:
        return data.decode("utf-8")
    from castplan.readers import extract_text, input_format_for

    name = annotation.path.stem + layout.suffix
    return extract_text(data, input_format_for(name, data, None), name=name, encoding=None).text


def right_as_found(annotations: Iterable[accuracy.Annotation]) -> list[accuracy.Annotation]:
    return [a for a in annotations if accuracy.score(a).fully_right]


def figures(
    annotations: list[accuracy.Annotation], split: set[str], layouts: Iterable[Layout]
) -> dict[str, dict[str, list[int]]]:
    """Per layout and split: [kept fully right, fully right as found]."""
    result: dict[str, dict[str, list[int]]] = {}
    for layout in layouts:
        counts = {"train": [0, 0], "test": [0, 0]}
        for annotation in annotations:
            part = counts["test" if annotation.id in split else "train"]
            part[1] += 1
            part[0] += score_in(annotation, layout).fully_right
        result[layout.name] = counts
    return result


def _table(result: dict[str, dict[str, list[int]]]) -> str:
    rows = ["| layout | train | test |", "| --- | --- | --- |"]
    for name, counts in result.items():
        cells = [
            f"{kept}/{of} ({100 * kept / of:.1f} %)" if of else "-"
            for kept, of in (counts["train"], counts["test"])
        ]
        rows.append(f"| {name} | {cells[0]} | {cells[1]} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--failures", metavar="LAYOUT", help="List training notices it breaks.")
    parser.add_argument(
        "--show", nargs=2, metavar=("LAYOUT", "ID"), help="Print a training notice so written."
    )
    parser.add_argument("--json", action="store_true", help="Print the figures as JSON.")
    parser.add_argument("--layout", metavar="LAYOUT", help="Score this layout only.")
    args = parser.parse_args(argv)
    split = accuracy.test_split()
    annotations = accuracy.load_annotations()
    if args.show:
        layout = by_name(args.show[0])
        found = [a for a in annotations if a.id.startswith(args.show[1]) and a.id not in split]
        if not found:
            raise SystemExit(f"no training notice {args.show[1]!r}")
        sys.stdout.write(shown(found[0], layout))
        return 0
    right = right_as_found(annotations)
    if args.failures:
        layout = by_name(args.failures)
        prepare(right, [layout])
        for annotation in right:
            if annotation.id in split:
                continue
            outcome = score_in(annotation, layout)
            if not outcome.fully_right:
                print(f"{annotation.id}: {outcome.wrong[0]}")
        return 0
    layouts = [by_name(args.layout)] if args.layout else LAYOUTS
    prepare(right, layouts)
    result = figures(right, split, layouts)
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else _table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
