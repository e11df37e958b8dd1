"""Reading article files: encodings, formats, metadata dates and every kind of bad input."""

from __future__ import annotations

import codecs
import datetime as dt
import os
import sys

import pytest

from newsline.core.errors import InputError
from newsline.core.ingest.readers import MAX_BYTES, article_from_bytes, pasted_article, read_article
from newsline.core.model import SourceFormat

WESTERN = "Café owners in Zürich said “prices” rose – again – by 5 €, naïve as it sounds.\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (WESTERN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + WESTERN.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + WESTERN.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + WESTERN.encode("utf-16-be"), "utf-16-be"),
        (WESTERN.encode("cp1252"), "cp1252"),
    ],
)
def test_every_encoding_reads_to_the_same_text(tmp_path, data, encoding):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    raw = read_article(path)
    assert raw.text == WESTERN
    assert raw.encoding == encoding
    assert raw.format == SourceFormat.TEXT
    assert raw.location == str(path)


def test_latin1_text_without_cp1252_specials(tmp_path):
    text = "Señor Muñoz visitó la ciudad de Bogotá y habló con el alcalde durante la mañana.\n"
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("latin-1"))
    raw = read_article(path)
    assert raw.text == text


def test_utf16_without_bom_is_recognised(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Troops entered the town on Friday, officials said.\n".encode("utf-16-le"))
    assert read_article(path).text.startswith("Troops entered the town")


def test_non_western_text_is_not_forced_into_cp1252(tmp_path):
    text = ("Российские войска вошли в город в пятницу, сообщили официальные лица. "
            "Жители покинули свои дома ещё до начала боёв, сказал мэр города.\n") * 3
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode("cp1251"))
    raw = read_article(path)
    assert "войска" in raw.text


def test_markdown_is_kept_as_written(tmp_path):
    md = "# Floods hit the valley\n\nHeavy **rain** fell, said [the agency](https://example.org).\n"
    path = tmp_path / "a.md"
    path.write_text(md, encoding="utf-8")
    raw = read_article(path)
    assert raw.format == SourceFormat.MARKDOWN
    assert raw.text == md


PAGE = """<!DOCTYPE html>
<html><head>
<title>Floods hit valley towns | The Courier</title>
<meta property="og:title" content="Floods hit valley towns">
<meta property="article:published_time" content="2017-11-04T08:15:00+00:00">
</head><body>
<nav class="menu"><a href="/">Home</a> <a href="/world">World news menu item</a></nav>
<header><div>The Courier - subscribe today</div></header>
<article>
<h1>Floods hit valley towns</h1>
<p>Heavy rain caused floods across the valley on Friday, forcing hundreds of residents to leave their homes.</p>
<p>Rescue teams said the water had risen by three metres overnight and more rain was expected on Saturday.</p>
<p>The regional governor declared a state of emergency and asked the army for help with the evacuation.</p>
</article>
<footer><p>Copyright 2017 The Courier. All rights reserved. Cookie policy and terms of use.</p></footer>
<script>var tracking = "do not show this";</script>
</body></html>
"""


def test_html_page_main_text_title_and_metadata_date(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    raw = read_article(path)
    assert raw.format == SourceFormat.HTML
    assert raw.title == "Floods hit valley towns"
    assert raw.metadata_date == dt.date(2017, 11, 4)
    assert "Heavy rain caused floods" in raw.text
    assert "state of emergency" in raw.text
    for boiler in ("World news menu item", "subscribe today", "All rights reserved", "tracking"):
        assert boiler not in raw.text
    assert raw.text.startswith("Floods hit valley towns")


def test_html_fallback_parser_and_jsonld_date(tmp_path, monkeypatch):
    from newsline.core.ingest import html_page

    monkeypatch.setattr(html_page, "_trafilatura_text", lambda html: "")
    page = PAGE.replace('<meta property="article:published_time" content="2017-11-04T08:15:00+00:00">',
                        '<script type="application/ld+json">{"@type": "NewsArticle", '
                        '"datePublished": "2017-11-03T21:00:00Z"}</script>')
    raw = article_from_bytes(page.encode(), "page.html", SourceFormat.HTML)
    assert raw.metadata_date == dt.date(2017, 11, 3)
    assert "forcing hundreds of residents" in raw.text
    assert "World news menu item" not in raw.text
    assert "All rights reserved" not in raw.text


def test_time_element_gives_the_date_when_nothing_else_does():
    page = ("<html><body><article><time datetime='2019-03-15'>15 March</time><p>" + "Words of the story. " * 10
            + "</p></article></body></html>")
    raw = article_from_bytes(page.encode(), "p.htm", SourceFormat.HTML)
    assert raw.metadata_date == dt.date(2019, 3, 15)


def test_txt_file_that_is_really_html_is_read_as_html(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_text(PAGE, encoding="utf-8")
    raw = read_article(path)
    assert raw.format == SourceFormat.HTML
    assert "<p>" not in raw.text


TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>x1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-01" temporalFunction="false" functionInDocument="CREATION_TIME">March 1, 1998</TIMEX3></DCT>
<TEXT>
Rebels <EVENT eid="e1" class="OCCURRENCE">seized</EVENT> the port <TIMEX3 tid="t1" type="DATE" value="1998-02-28">yesterday</TIMEX3> &amp; held it.
</TEXT>
</TimeML>
"""


def test_timeml_text_exactly_and_creation_time(tmp_path):
    path = tmp_path / "doc.tml"
    path.write_text(TIMEML, encoding="utf-8")
    raw = read_article(path)
    assert raw.format == SourceFormat.TIMEML
    assert raw.text == "\nRebels seized the port yesterday & held it.\n"
    assert raw.metadata_date == dt.date(1998, 3, 1)


def test_timeml_sniffed_without_extension(tmp_path):
    path = tmp_path / "doc"
    path.write_text(TIMEML, encoding="utf-8")
    assert read_article(path).format == SourceFormat.TIMEML


def test_real_timeml_file(tempeval_dir):
    path = sorted((tempeval_dir / "TimeBank").glob("*.tml"))[0]
    raw = read_article(path)
    assert raw.metadata_date is not None
    assert raw.text.strip() and "<" not in raw.text


def _one_sentence(msg: str, path) -> None:
    assert str(path) in msg or "pasted" in msg.lower()
    assert "\n" not in msg
    assert msg.rstrip().endswith(".")
    assert msg.count(". ") == 0 or msg.count(". ") <= 1  # one sentence (a file name may hold a dot)


@pytest.mark.parametrize(
    "name, content, words",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n  ", "empty"),
        ("blank16.txt", codecs.BOM_UTF16_LE + "   \n\n".encode("utf-16-le"), "whitespace"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
        ("doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        ("arch.txt", b"PK\x03\x04\x14\x00\x00\x00" + bytes(100), "ZIP"),
        ("prog", b"\x7fELF\x02\x01\x01" + bytes(100), "ELF"),
        ("nul.txt", b"some text\x00\x00\x01\x02 more text" * 10, "binary"),
        ("ctrl.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 40 + b"abc", "binary"),
    ],
)
def test_bad_content_gives_one_clear_sentence(tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_article(path)
    msg = str(err.value)
    assert words.lower() in msg.lower()
    _one_sentence(msg, path)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file") as err:
        read_article(tmp_path / "nope.txt")
    _one_sentence(str(err.value), tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory") as err:
        read_article(tmp_path)
    _one_sentence(str(err.value), tmp_path)


def test_too_large_is_refused_without_reading(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: no disk used
    opened = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda *a, **k: opened.append(a) or real_open(*a, **k))
    with pytest.raises(InputError, match="too large") as err:
        read_article(big)
    assert not any(str(big) == str(a[0]) for a in opened)
    _one_sentence(str(err.value), big)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root can read anything")
def test_permission_denied(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("text")
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_article(path)


def test_permission_denied_reported_cleanly_even_as_root(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("Some article text.")

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", deny)
    with pytest.raises(InputError, match="permission denied") as err:
        read_article(path)
    _one_sentence(str(err.value), path)


def test_undecodable_timeml_is_an_input_error(tmp_path):
    path = tmp_path / "broken.tml"
    path.write_text("<TimeML><TEXT>unclosed <EVENT eid='e1'>x</TEXT>", encoding="utf-8")
    try:
        raw = read_article(path)
    except InputError as exc:
        _one_sentence(str(exc), path)
    else:
        assert "x" in raw.text


def test_pasted_text():
    assert pasted_article("Troops entered the town.").format == SourceFormat.PASTED
    with pytest.raises(InputError, match="empty"):
        pasted_article("   \n ")


def test_title_falls_back_to_h1_then_title_without_site_name():
    body = "<p>" + "Officials said the bridge would reopen next week after repairs. " * 3 + "</p>"
    page = f"<html><head><title>Bridge to reopen | The Courier</title></head><body><article>{body}</article></body></html>"
    assert article_from_bytes(page.encode(), "a.html", SourceFormat.HTML).title == "Bridge to reopen"
    page = page.replace("<article>", "<article><h1>Bridge to reopen next week</h1>")
    assert article_from_bytes(page.encode(), "a.html", SourceFormat.HTML).title == "Bridge to reopen next week"


def test_cp1252_web_page_bytes(tmp_path):
    page = ("<html><head><meta charset='windows-1252'><title>Caf\u00e9 closes</title></head><body><article><p>"
            "The caf\u00e9 \u2013 a local landmark \u2013 closed on Friday, its owner said. \u201cIt is sad,\u201d "
            "she said. Regulars gathered outside to say goodbye to the staff.</p></article></body></html>")
    path = tmp_path / "cafe.htm"
    path.write_bytes(page.encode("cp1252"))
    raw = read_article(path)
    assert raw.encoding == "cp1252"
    assert "The caf\u00e9 \u2013 a local landmark" in raw.text
    assert raw.title == "Caf\u00e9 closes"


@pytest.mark.parametrize(
    "content",
    [
        codecs.BOM_UTF8 + "Fine start, ".encode() + b"\xff\xfe\xc3\x28 broken",
        codecs.BOM_UTF16_LE + "Text".encode("utf-16-le") + b"\x00\xd8\x41",  # a lone surrogate, odd length
    ],
)
def test_undecodable_bytes_give_one_clear_sentence(tmp_path, content):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match="cannot be read as text") as err:
        read_article(path)
    _one_sentence(str(err.value), path)
