"""Web archives (.mht, .mhtml): a page saved with its images in one MIME file.

Browsers save a page "as a single file" this way (Chrome and Edge's
"Webpage, Single File", Internet Explorer's .mht): a multipart/related
message whose first text/html part is the page, in quoted-printable or
base64, in the page's own charset.  The standard library's email parser
undoes the transfer encoding; the page then goes to the web-page reader.
(``sniff.is_mhtml`` tells an archive by its header lines.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from castplan.errors import InputError

if TYPE_CHECKING:  # the email package is imported only when an archive arrives
    from email.message import Message


def page_of_mhtml(data: bytes, *, name: str) -> tuple[bytes, str | None]:
    """The saved page's bytes, and the charset its part declares where that decodes them.

    A page that declares no charset in its own markup (IE saved many so) is
    read by the part's; one the part mislabels is left to the page reader's
    own detection.
    """
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload.strip():
            return payload, _charset_that_decodes(part, payload)
    raise InputError("a web archive (.mht) that holds no web page", source_name=name)


def _charset_that_decodes(part: Message, payload: bytes) -> str | None:
    label = part.get_content_charset()
    if not label:
        return None
    from castplan.readers.html import codec_for_charset

    charset = codec_for_charset(label)
    try:
        payload.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None
    return charset
