"""Read an article from a file or pasted text into a `RawArticle` (text plus what the container said).

(First version: UTF-8 text only; the ingestion work adds encodings, HTML, TimeML and the limits.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..model import SourceFormat

MAX_BYTES = 20 * 1024 * 1024
"""Largest article file Newsline reads (20 MiB); bigger files are refused with a clear message."""


@dataclass
class RawArticle:
    text: str
    format: SourceFormat
    location: str = ""
    encoding: str | None = None
    title: str | None = None
    metadata_date: dt.date | None = None  # publication date from HTML metadata or a TimeML DCT


def read_article(path: str | Path) -> RawArticle:
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not an article")
    data = p.read_bytes()
    if not data.strip():
        raise InputError(f"{p}: the file is empty")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: cannot decode the text ({exc.reason})") from None
    return RawArticle(text=text, format=SourceFormat.TEXT, location=str(p), encoding="utf-8")


def pasted_article(text: str) -> RawArticle:
    if not text.strip():
        raise InputError("the pasted text is empty")
    return RawArticle(text=text, format=SourceFormat.PASTED)
