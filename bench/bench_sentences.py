"""Sentence-boundary F1 and speed of `prepare` on MEANTIME (English Wikinews), printed as a table.

MEANTIME gives tokens with sentence numbers but no character offsets, so each article's text is rebuilt:
tokens are joined with the usual spacing (no space before , . ; : % ) 's n't..., none after ( $ and opening
quotes; `` '' become straight quotes). The title (sentence 0) and the date line (sentence 1) stand on their
own lines as on the page; the body sentences follow on one line, joined by single spaces, so every body
boundary must be found from punctuation alone. Gold boundaries are the start offsets of sentences 1..n;
predicted ones are the starts of prepare()'s sentences.

Run: .venv/bin/python bench/bench_sentences.py [--limit N]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from newsline.core.ingest.prepare import prepare

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSLINE_SHARED", ROOT.parent / "shared"))
NO_SPACE_BEFORE = {",", ".", ";", ":", "%", ")", "]", "}", "!", "?", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m",
                   "'", "''", "...", "’"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "£", "€", "¥", "#", "“"}


def rebuild(tokens: list[tuple[int, str]]) -> tuple[str, list[int]]:
    """Text and the offsets where sentences 1..n start."""
    out: list[str] = []
    starts: list[int] = []
    pos = 0
    prev_sentence = None
    glue_next = False
    open_quote = False
    for sentence, tok in tokens:
        shown = tok
        if tok == "``" or tok == "“":
            shown, opening = '"', True
        elif tok == "''" or tok == "”":
            shown, opening = '"', False
        elif tok == '"':
            opening = not open_quote
        else:
            opening = None
        if opening is not None:
            open_quote = opening
        if prev_sentence is None:
            sep = ""
        elif sentence != prev_sentence and sentence <= 2:
            sep = "\n\n"
        elif sentence != prev_sentence:
            sep = " "
        elif glue_next or tok in NO_SPACE_BEFORE or tok.lower() in NO_SPACE_BEFORE or opening is False:
            sep = ""
        else:
            sep = " "
        if prev_sentence is not None and sentence != prev_sentence:
            starts.append(pos + len(sep))
        out.append(sep + shown)
        pos += len(sep) + len(shown)
        glue_next = tok in NO_SPACE_AFTER or opening is True
        prev_sentence = sentence
    return "".join(out), starts


def load(limit: int | None) -> list[tuple[str, str, list[int], str | None]]:
    docs = []
    for f in sorted((SHARED / "data" / "meantime" / "intra-doc_annotation").glob("*/*.xml")):
        root = ET.parse(f).getroot()
        toks = [(int(t.get("sentence")), t.text or "") for t in root.iter("token")]
        text, gold = rebuild(toks)
        dct = next((t.get("value") for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), None)
        docs.append((f.parent.name.replace("corpus_", ""), text, gold, dct))
        if limit and len(docs) >= limit:
            break
    return docs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--errors", type=int, default=0, help="print this many boundary errors")
    args = ap.parse_args()
    if not (SHARED / "data" / "meantime").is_dir():
        print(f"MEANTIME not found under {SHARED}; nothing to measure.")
        return 0
    docs = load(args.limit)
    prepare("Warm up. The lexicons load here.\nIraqSyria Kurdishled")
    rows: dict[str, list[int]] = {}
    chars = 0
    elapsed = 0.0
    errors: list[str] = []
    dates_found = dates_right = dates_gold = 0
    for corpus, text, gold, dct in docs:
        t0 = time.perf_counter()
        prepared = prepare(text)
        elapsed += time.perf_counter() - t0
        chars += len(text)
        found = prepared.found_reference_date.value
        dates_gold += dct is not None
        dates_found += found is not None
        dates_right += found is not None and dct is not None and found.isoformat() == dct[:10]
        pred = {prepared.mapped.to_original(s.span.start, s.span.end).start for s in prepared.sentences[1:]}
        gold_set = set(gold)
        tp = len(pred & gold_set)
        for key in (corpus, "all"):
            r = rows.setdefault(key, [0, 0, 0, 0])
            r[0] += 1
            r[1] += tp
            r[2] += len(pred)
            r[3] += len(gold_set)
        for off in sorted(pred ^ gold_set):
            kind = "split" if off in pred else "missed"
            errors.append(f"{kind:6} ...{text[max(0, off - 50):off]!r} | {text[off:off + 30]!r}")
    print(f"{'corpus':10} {'docs':>5} {'gold':>6} {'pred':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for key, (n, tp, np_, ng) in sorted(rows.items(), key=lambda kv: kv[0] == "all"):
        p = tp / np_ if np_ else 0.0
        r = tp / ng if ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{key:10} {n:5d} {ng:6d} {np_:6d} {p:6.3f} {r:6.3f} {f:6.3f}")
    print(f"\nprepare() speed: {chars:,} chars in {elapsed:.3f} s = {chars / elapsed:,.0f} chars/s "
          f"(normalise + zones + sentences + date)")
    print(f"\nreference date from the text: found in {dates_found}/{len(docs)} articles, equal to the gold "
          f"creation time in {dates_right}/{dates_gold}")
    joined = "\n\n".join(d[1] for d in docs) * 5
    t0 = time.perf_counter()
    prepare(joined)
    big = time.perf_counter() - t0
    print(f"prepare() on one {len(joined):,}-char text: {big:.3f} s = {len(joined) / big:,.0f} chars/s")
    for e in errors[: args.errors]:
        print(e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
