"""Word 97-2003 (.doc) and WPS (.wps) files: refused, with the way to convert them.

Both pure-Python readers on PyPI were compared on a Chinese Word 97 file that
LibreOffice made from the 2025 plan with Word's automatic numbering and a
task table (``tests/make_binary_fixtures.py``):

- legacy-doc 0.2.1 (MIT, pure Python) and unword 0.2.2 (MIT, a Rust wheel)
  both give every character of the running text, but neither rebuilds the
  list labels Word draws from its list tables: all 41 of the plan's "一、"
  and "1." are lost, so castplan finds 0 of 32 items.  legacy-doc runs a
  table into one line ("序號 重點任務 牽頭部門 1 籌備… 辦公廳 2 …"), unword
  into one line without separators, so a task table's rows are lost too.

A plan read that way would parse into the wrong tree without an error, so
castplan refuses these files with one line naming the conversion that keeps
the numbering and the tables (LibreOffice, headless), whose .docx castplan
reads in full.  Kingsoft WPS Writer files (.wps) are the same binary format.
"""

from __future__ import annotations

from castplan.errors import InputError
from castplan.readers.sniff import OLE_MAGIC


def refuse_doc(data: bytes, *, name: str) -> None:
    """Raise the one-line refusal for a Word 97 / WPS file."""
    if data.startswith(OLE_MAGIC):
        wps = name.lower().endswith(".wps")
        what = "a WPS Writer .wps file" if wps else "a Word 97-2003 .doc file"
    else:
        what = "not a Word file castplan knows (no Word 97 signature)"
    raise InputError(
        f"{what}: castplan does not read .doc/.wps (readers lose Word's automatic numbering and "
        f"table rows); convert it first: soffice --headless --convert-to docx {name}",
        source_name=name,
    )
