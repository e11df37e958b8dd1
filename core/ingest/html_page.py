"""A saved web page to article text, title and publication date.

The main text comes from trafilatura (boilerplate such as navigation, footers and comments removed); if it
finds nothing, a small stdlib `html.parser` pass takes the text of ``<article>`` (or ``<main>``, or
``<body>``), skipping scripts, navigation, headers, footers, asides, forms and elements whose class or id
says menu/nav/footer/share/related/comments/advert/cookie/newsletter.

The publication date is read only from the page's own metadata, best first: ``article:published_time`` and
similar meta tags, ``datePublished`` in JSON-LD or microdata, then the first ``<time datetime>``. A date in the
page text is never used here (prepare() may still find a dateline).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from . import dates

_META_DATE_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "publishdate", "publish-date", "pubdate",
    "publication_date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "date",
    "parsely-pub-date", "sailthru.date", "article.published", "citation_publication_date",
)
_SKIP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
              "template", "select", "figure", "menu"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "area", "base", "col", "embed", "param", "track", "wbr"}
_BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr",
          "table", "blockquote", "pre", "dd", "dt", "br", "figcaption", "td"}
_BOILER_ATTR = re.compile(
    r"\b(?:nav|navbar|menu|footer|header|masthead-nav|share|sharing|social|related|comments?|advert\w*|ads?|promo"
    r"|cookie\w*|newsletter|subscribe|sidebar|breadcrumbs?|skip-link|popup|modal)\b", re.I)


@dataclass
class HtmlArticle:
    text: str
    title: str | None
    date: dt.date | None


def read_html(html: str) -> HtmlArticle:
    scan = _Scan()
    try:
        scan.feed(html)
        scan.close()
    except Exception:  # html.parser is lenient; anything it still chokes on leaves what it collected
        pass
    title = scan.og_title or scan.h1 or _site_name_removed(scan.title_text()) or None
    text = _trafilatura_text(html) or scan.article_text()
    if title and text and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"
    return HtmlArticle(text=text, title=title, date=scan.published())


_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•)\s+")


def _site_name_removed(title: str | None) -> str | None:
    """"Floods hit valley towns | The Courier" -> "Floods hit valley towns": the longest part of a <title>."""
    if not title:
        return None
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    return max(parts, key=len) if parts else title


def _trafilatura_text(html: str) -> str:
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - it is a declared dependency
        return ""
    try:
        out = trafilatura.extract(html, output_format="txt", include_comments=False, include_tables=False,
                                  include_images=False, include_links=False, with_metadata=False)
    except Exception:
        return ""
    if not out or not out.strip():
        return ""
    paras = [p.strip() for p in out.split("\n") if p.strip()]
    return "\n\n".join(paras)


class _Scan(HTMLParser):
    """One pass over the page: title, metadata dates, and the fallback article text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.og_title: str | None = None
        self._title: list[str] = []
        self.h1: str | None = None
        self._h1: list[str] | None = None
        self.meta_dates: list[tuple[int, str]] = []  # (priority, value)
        self._jsonld: list[str] | None = None
        self.jsonld_dates: list[str] = []
        self.time_dates: list[str] = []
        self._in_title = False
        self._stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self._skip_depth = 0
        self._chunks: dict[str, list[str]] = {"article": [], "main": [], "body": []}
        self._inside = {"article": 0, "main": 0, "body": 0}

    # -- collecting ---------------------------------------------------------------------------------
    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            self._meta(a)
            return
        if tag == "time" and a.get("datetime"):
            self.time_dates.append(a["datetime"])
        if tag == "title":
            self._in_title = True
        if tag == "h1" and self.h1 is None:
            self._h1 = []
        if tag == "script" and "ld+json" in a.get("type", ""):
            self._jsonld = []
        if a.get("itemprop", "").lower() == "datepublished":
            value = a.get("content") or a.get("datetime")
            if value:
                self.meta_dates.append((1, value))
        if tag in _VOID:
            if tag == "br":
                self._text("\n")
            return
        skipped = tag in _SKIP_TAGS or bool(_BOILER_ATTR.search(a.get("class", "") + " " + a.get("id", "")))
        self._stack.append((tag, skipped))
        if skipped:
            self._skip_depth += 1
        if tag in self._inside:
            self._inside[tag] += 1
        if tag in _BLOCK:
            self._text("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag == "h1" and self._h1 is not None:
            self.h1 = " ".join("".join(self._h1).split()) or None
            self._h1 = None
        if tag == "script" and self._jsonld is not None:
            self._read_jsonld("".join(self._jsonld))
            self._jsonld = None
        if tag in _VOID:
            return
        # close up to the matching open tag (tolerates unclosed children)
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                for t, skipped in self._stack[i:]:
                    if skipped:
                        self._skip_depth -= 1
                    if t in self._inside:
                        self._inside[t] -= 1
                del self._stack[i:]
                break
        if tag in _BLOCK:
            self._text("\n")

    def handle_data(self, data):
        if self._in_title:
            self._title.append(data)
        if self._h1 is not None:
            self._h1.append(data)
        if self._jsonld is not None:
            self._jsonld.append(data)
            return
        if self._skip_depth == 0:
            self._text(data)

    def _text(self, s: str) -> None:
        for k, depth in self._inside.items():
            if depth > 0:
                self._chunks[k].append(s)

    def _meta(self, a: dict[str, str]) -> None:
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        content = a.get("content", "")
        if key == "og:title" and content.strip():
            self.og_title = " ".join(content.split())
        if key in _META_DATE_KEYS and content:
            self.meta_dates.append((0 if "published" in key or "pub" in key else 2, content))

    def _read_jsonld(self, raw: str) -> None:
        try:
            data = json.loads(raw)
        except ValueError:
            m = re.search(r'"datePublished"\s*:\s*"([^"]+)"', raw)
            if m:
                self.jsonld_dates.append(m.group(1))
            return
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                if isinstance(item.get("datePublished"), str):
                    self.jsonld_dates.append(item["datePublished"])
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)

    # -- results ----------------------------------------------------------------------------------
    def title_text(self) -> str | None:
        t = " ".join("".join(self._title).split())
        return t or None

    def article_text(self) -> str:
        for k in ("article", "main", "body"):
            raw = "".join(self._chunks[k])
            paras = [" ".join(p.split()) for p in raw.split("\n")]
            paras = [p for p in paras if p]
            if sum(len(p) for p in paras) >= 40 or (k == "body" and paras):
                return "\n\n".join(paras)
        return ""

    def published(self) -> dt.date | None:
        ordered = [v for p, v in sorted(self.meta_dates, key=lambda x: x[0]) if p < 2]
        ordered += self.jsonld_dates
        ordered += [v for p, v in sorted(self.meta_dates, key=lambda x: x[0]) if p >= 2]
        ordered += self.time_dates
        for value in ordered:
            for d in dates.find_dates(value.strip()):
                if d.value is not None:
                    return d.value
        return None
