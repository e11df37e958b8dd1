"""Read an article from a file or pasted text into a `RawArticle` (text plus what the container said).

Formats: plain text, Markdown, saved web pages (.html/.htm), TimeML (.tml). The format comes from the file
extension and is checked against the content (an .txt that is really HTML is read as HTML). Every failure is
an `InputError` whose message is one sentence naming the file.
"""

from __future__ import annotations

import datetime as dt
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..model import SourceFormat
from .decoding import binary_kind, decode

MAX_BYTES = 20 * 1024 * 1024
"""Largest article file Newsline reads (20 MiB); bigger files are refused with a clear message."""

_EXTENSIONS = {
    ".txt": SourceFormat.TEXT, ".text": SourceFormat.TEXT, ".md": SourceFormat.MARKDOWN,
    ".markdown": SourceFormat.MARKDOWN, ".mdown": SourceFormat.MARKDOWN, ".html": SourceFormat.HTML,
    ".htm": SourceFormat.HTML, ".xhtml": SourceFormat.HTML, ".tml": SourceFormat.TIMEML,
    ".timeml": SourceFormat.TIMEML,
}
_HTML_SNIFF = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html\b|<head\b|<body\b)",
                         re.I | re.S)
_HTML_TAGS = re.compile(r"</?(?:p|div|span|a|br|article|meta|script|h[1-6])\b[^>]*>", re.I)
_TIMEML_SNIFF = re.compile(r"<TimeML\b|<DCT>\s*<TIMEX3|<TEXT>.*?<(?:TIMEX3|EVENT)\b", re.S)
_MD_SNIFF = re.compile(r"^#{1,6} \S|\[[^\]\n]+\]\([^)\s]+\)|^\s*[-*] \S.*\n\s*[-*] \S", re.M)


@dataclass
class RawArticle:
    text: str
    format: SourceFormat
    location: str = ""
    encoding: str | None = None
    title: str | None = None
    metadata_date: dt.date | None = None  # publication date from HTML metadata or a TimeML DCT


def read_article(path: str | Path) -> RawArticle:
    """Read the article at `path`. Raises `InputError` (one sentence naming the file) if it cannot be read."""
    p = Path(path)
    name = str(p)
    if p.name.endswith(".newsline.json"):
        raise InputError(f"{name} is a Newsline project file, not an article: open it as a project instead.")
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file.") from None
    except PermissionError:
        raise InputError(f"{name} cannot be read: permission denied.") from None
    except OSError as exc:
        raise InputError(f"{name} cannot be read: {exc.strerror or exc}.") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{name} is a directory, not an article file.")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{name} is not a regular file.")
    if st.st_size > MAX_BYTES:
        raise InputError(
            f"{name} is too large ({st.st_size / 1048576:.1f} MiB); Newsline reads articles of up to "
            f"{MAX_BYTES // 1048576} MiB."
        )
    try:
        with open(p, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except PermissionError:
        raise InputError(f"{name} cannot be read: permission denied.") from None
    except IsADirectoryError:
        raise InputError(f"{name} is a directory, not an article file.") from None
    except OSError as exc:
        raise InputError(f"{name} cannot be read: {exc.strerror or exc}.") from None
    if len(data) > MAX_BYTES:  # it grew since stat
        raise InputError(f"{name} is too large; Newsline reads articles of up to {MAX_BYTES // 1048576} MiB.")
    return article_from_bytes(data, name, _EXTENSIONS.get(p.suffix.lower()))


def article_from_bytes(data: bytes, location: str, declared: SourceFormat | None = None) -> RawArticle:
    """An article from the bytes of a file (or a download); `declared` is what its name says it is."""
    if not data.strip():
        raise InputError(f"{location} is empty.")
    what = binary_kind(data[:16])
    if what:
        raise InputError(f"{location} is {what}, not an article Newsline can read.")
    try:
        text, encoding = decode(data)
    except ValueError as exc:
        raise InputError(f"{location} cannot be read as text: {exc}.") from None
    except Exception as exc:  # a detector failing on odd bytes must still end in one clear sentence
        raise InputError(f"{location} cannot be read as text ({type(exc).__name__}).") from None
    if not text.strip():
        raise InputError(f"{location} contains only whitespace.")
    fmt = _sniff(text, declared)
    if fmt == SourceFormat.HTML:
        return _html(text, location, encoding)
    if fmt == SourceFormat.TIMEML:
        return _timeml(text, location, encoding)
    return RawArticle(text=text, format=fmt, location=location, encoding=encoding)


def pasted_article(text: str) -> RawArticle:
    """Text pasted by the user. HTML pasted as source is extracted like a saved page."""
    if not text.strip():
        raise InputError("The pasted text is empty.")
    if "\x00" in text:
        raise InputError("The pasted text contains NUL characters: it does not look like an article.")
    if _sniff(text, None) == SourceFormat.HTML:
        raw = _html(text, "the pasted page", None)
        raw.format = SourceFormat.PASTED
        raw.location = ""
        return raw
    return RawArticle(text=text, format=SourceFormat.PASTED)


def _sniff(text: str, declared: SourceFormat | None) -> SourceFormat:
    head = text[:4096]
    if declared == SourceFormat.TIMEML or _TIMEML_SNIFF.search(head if declared else text[:200_000]):
        return SourceFormat.TIMEML
    if declared == SourceFormat.HTML or _HTML_SNIFF.match(head) or len(_HTML_TAGS.findall(head)) >= 5:
        return SourceFormat.HTML
    if declared is not None:
        return declared
    return SourceFormat.MARKDOWN if _MD_SNIFF.search(head) else SourceFormat.TEXT


def _html(text: str, location: str, encoding: str | None) -> RawArticle:
    from .html_page import read_html

    page = read_html(text)
    if not page.text.strip():
        raise InputError(f"{location} is a web page with no article text Newsline could find.")
    return RawArticle(text=page.text, format=SourceFormat.HTML, location=location, encoding=encoding,
                      title=page.title, metadata_date=page.date)


def _timeml(text: str, location: str, encoding: str | None) -> RawArticle:
    from ..timeml.reader import parse_timeml

    try:
        doc = parse_timeml(text)
    except InputError as exc:
        raise InputError(f"{location} is not a readable TimeML document: {str(exc).rstrip('.')}.") from None
    except Exception as exc:  # a malformed file must never show a traceback
        raise InputError(f"{location} is not a readable TimeML document ({type(exc).__name__}).") from None
    if not doc.text.strip():
        raise InputError(f"{location} is a TimeML document with no text inside <TEXT>.")
    return RawArticle(text=doc.text, format=SourceFormat.TIMEML, location=location, encoding=encoding,
                      metadata_date=doc.dct)
