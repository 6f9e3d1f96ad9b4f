"""Web archives (.mht, .mhtml): the page inside is read as the page itself is."""

from __future__ import annotations

import email.charset
import email.encoders
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from pathlib import Path

import pytest
from click.testing import CliRunner

from castplan.cli import cli
from castplan.load import RawInput, notice_from_input
from castplan.model import Notice
from castplan.readers import input_format_for

from .conftest import SAMPLE_PATH

LINES = [line for line in SAMPLE_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]


def _page(meta_charset: str | None) -> str:
    meta = f'<meta charset="{meta_charset}">' if meta_charset else ""
    body = "".join(f"<p>{line}</p>\n" for line in LINES)
    return f"<html><head>{meta}<title>科协</title></head><body>{body}</body></html>"


def _archive(page: bytes, *, charset: str, transfer: str, saved_by: str) -> bytes:
    """A single-file page as browsers save it: the page, then its style and an image."""
    archive = MIMEMultipart("related", type="text/html")
    archive["From"] = f"<Saved by {saved_by}>"
    archive["Subject"] = "=?utf-8?b?56eR5Y2P?="
    html = MIMENonMultipart("text", "html", charset=charset)
    html.set_payload(page)
    encode = {"quoted-printable": email.charset.QP, "base64": email.charset.BASE64}[transfer]
    if encode == email.charset.QP:
        email.encoders.encode_quopri(html)
    else:
        email.encoders.encode_base64(html)
    archive.attach(html)
    style = MIMENonMultipart("text", "css")
    style.set_payload("p { margin: 0 }")
    archive.attach(style)
    image = MIMEBase("image", "png")
    image.set_payload(b"\x89PNG\r\n\x1a\n" + bytes(32))
    email.encoders.encode_base64(image)
    archive.attach(image)
    return archive.as_bytes()


def _tree(notice: Notice) -> list[tuple[object, ...]]:
    return [
        (s.number, s.title, [(i.number, i.title, i.lead_departments) for i in s.items])
        for s in notice.sections
    ]


ARCHIVES = [
    # Chrome and Edge: UTF-8, quoted-printable, the page declaring its charset
    ("utf-8", "utf-8", "quoted-printable", "Blink"),
    # Internet Explorer: the page in GB2312 with no charset of its own, base64
    (None, "gb2312", "base64", "Windows Internet Explorer 8"),
]


@pytest.mark.parametrize(("meta", "charset", "transfer", "saved_by"), ARCHIVES)
@pytest.mark.parametrize("name", ["plan.mhtml", "plan.mht", "download"])
def test_a_saved_archive_reads_as_its_page(
    meta: str | None, charset: str, transfer: str, saved_by: str, name: str
) -> None:
    codec = "gb18030" if charset == "gb2312" else charset
    page = _page(meta).encode(codec)
    archive = _archive(page, charset=charset, transfer=transfer, saved_by=saved_by)
    assert input_format_for(name, archive) == "html"
    from_archive = notice_from_input(RawInput(name, archive))
    from_page = notice_from_input(RawInput("plan.html", page))
    assert from_archive.source.format == "html"
    assert from_archive.source.encoding == from_page.source.encoding
    assert from_archive.title == from_page.title == "中國科協2025年工作要點"
    assert _tree(from_archive) == _tree(from_page)
    assert sum(len(s.items) for s in from_archive.sections) == 32


def test_a_part_that_mislabels_its_charset_is_read_by_detection() -> None:
    page = _page(None).encode("gb18030")
    archive = _archive(page, charset="utf-8", transfer="base64", saved_by="Blink")
    notice = notice_from_input(RawInput("plan.mht", archive))
    assert notice.source.encoding == "gb18030"
    assert notice.title == "中國科協2025年工作要點"


def test_an_archive_without_a_page_gives_one_line(tmp_path: Path) -> None:
    archive = MIMEMultipart("related")
    style = MIMENonMultipart("text", "css")
    style.set_payload("p { margin: 0 }")
    archive.attach(style)
    path = tmp_path / "empty.mht"
    path.write_bytes(archive.as_bytes())
    result = CliRunner().invoke(cli, ["parse", str(path)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"castplan: error: {path}: a web archive (.mht) that holds no web page"
    ]


def test_a_folder_walk_reads_archives(tmp_path: Path) -> None:
    page = _page("utf-8").encode()
    (tmp_path / "plan.mhtml").write_bytes(
        _archive(page, charset="utf-8", transfer="base64", saved_by="Blink")
    )
    result = CliRunner().invoke(cli, ["parse", str(tmp_path), "--format", "jsonl", "-q"])
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_a_text_copy_that_ran_the_headers_together_is_text() -> None:
    # A page's text as a site copied it from an archive: the headers on one line.
    copy = (
        "Mime-Version: 1.0 Content-Base: http://example.gov.cn/t1.shtml Content-Type: "
        'Multipart/related; boundary="NEXT.ITEM-BOUNDARY";type="text/html" '
        '--NEXT.ITEM-BOUNDARY Content-Type: text/html; charset="utf-8"\n\n' + "\n".join(LINES)
    ).encode()
    assert input_format_for("plan.txt", copy) == "text"
    notice = notice_from_input(RawInput("plan.txt", copy))
    assert notice.source.format == "text"
    assert notice.title == "中國科協2025年工作要點"
