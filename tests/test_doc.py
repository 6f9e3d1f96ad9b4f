"""Word 97 (.doc) and WPS (.wps): refused with the command that converts them.

Why: both pure-Python readers lose Word's automatic numbering (see
castplan/readers/doc.py); this test keeps the evidence current where the
readers are installed.
"""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from castplan import parse_notice
from castplan.cli import cli
from castplan.readers import input_format_for

from .conftest import FIXTURES, SAMPLE_PATH

BINARY = FIXTURES / "binary"


@pytest.mark.parametrize(
    ("name", "what"), [("plan-2025.doc", "Word 97-2003 .doc"), ("plan-2025.wps", "WPS Writer")]
)
def test_word97_and_wps_are_refused_naming_the_conversion(name: str, what: str) -> None:
    result = CliRunner().invoke(cli, ["parse", str(BINARY / name)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert what in lines[0]
    assert f"soffice --headless --convert-to docx {BINARY / name}" in lines[0]


def test_docx_or_web_page_saved_as_doc_is_read_for_what_it_is() -> None:
    assert input_format_for("plan.doc", b"<html><body>x</body></html>") == "html"
    assert input_format_for("plan.doc", b"PK\x03\x04word/document.xml") == "docx"
    assert input_format_for("plan.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") == "doc"
    assert input_format_for("plan", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") == "doc"


def _readers() -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = []
    try:
        import legacy_doc

        found.append(("legacy-doc", lambda data: legacy_doc.extract_text(data).text))
    except ImportError:
        pass
    try:
        import unword

        found.append(("unword", lambda data: unword.parse_doc(data).body_text))
    except ImportError:
        pass
    return found


@pytest.mark.parametrize(
    ("reader", "extract"),
    _readers() or [pytest.param("none", None, marks=pytest.mark.skip("no .doc reader installed"))],
)
def test_pure_python_readers_still_lose_the_numbering(reader: str, extract: object) -> None:
    """If this fails, a reader has learnt Word's numbering: reconsider reading .doc."""
    data = (BINARY / "plan-2025.doc").read_bytes()
    text = extract(data)  # type: ignore[operator]
    sample = SAMPLE_PATH.read_text(encoding="utf-8")
    labels = re.compile(r"(?m)^(?:[一二三四五六七八九十]+、|\d+\.)")
    body = re.split(r"\n+附件", text)[0]
    # Every character of the text is there but the 41 list labels.
    assert "".join(body.split()) == "".join(labels.sub("", sample).split())
    assert len(labels.findall(sample)) == 41
    assert not labels.search(body)
    assert len(list(parse_notice(body).items())) == 0
