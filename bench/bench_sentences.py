"""Sentence-boundary F1 and speed of `prepare` on MEANTIME (English Wikinews), printed as a table.

MEANTIME gives tokens with sentence numbers but no character offsets, so each article's text is rebuilt as
printed (bench/_meantime.py, rendering "page"): title and date line on their own lines, the body sentences on
one line joined by single spaces, so every body boundary must be found from punctuation alone. Gold boundaries
are the start offsets of sentences 1..n; predicted ones are the starts of prepare()'s sentences.

Run: .venv/bin/python bench/bench_sentences.py [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time

from newsline.core.ingest.prepare import prepare

import _meantime  # noqa: E402  (bench/ is on sys.path when a bench runs)



def load(limit: int | None) -> list[tuple[str, str, list[int], str | None]]:
    """(corpus, text as printed, offsets where sentences 1..n start, annotated creation value) per article."""
    docs = []
    for doc in _meantime.documents(limit):
        page = doc.render("page")
        docs.append((doc.corpus, page.text, page.sentence_starts, doc.creation_value))
    return docs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--errors", type=int, default=0, help="print this many boundary errors")
    args = ap.parse_args()
    if not _meantime.available():
        print(f"MEANTIME not found at {_meantime.MEANTIME}; nothing to measure.")
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
