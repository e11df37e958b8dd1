"""Whole-pipeline speed and memory, stage by stage, on the TempEval-3 training documents (TimeBank + AQUAINT)
and on the seed article. CPU time (time.process_time), best of N runs, so other load on the machine matters less.

    .venv/bin/python bench/bench_pipeline.py [--runs 3]

Targets (issue 4): whole pipeline >= 20,000 tokens/s on one core; a 1,000-word article in under 0.1 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
import tracemalloc
from pathlib import Path

from newsline.core.entities.extract import find_actors_and_places
from newsline.core.events.extract import find_events
from newsline.core.ingest.prepare import prepare
from newsline.core.pipeline import extract
from newsline.core.temporal.tagger import tag_times
from newsline.core.timeml.reader import parse_timeml

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _stages(texts) -> list[float]:
    out = [0.0] * 4
    for text, ref in texts:
        c0 = time.process_time()
        p = prepare(text)
        c1 = time.process_time()
        times = tag_times(p.text, ref, p.sentences)
        c2 = time.process_time()
        actors, places = find_actors_and_places(p)
        c3 = time.process_time()
        find_events(p, times, actors, places, ref)
        c4 = time.process_time()
        for i, d in enumerate((c1 - c0, c2 - c1, c3 - c2, c4 - c3)):
            out[i] += d
    return out


def _whole(texts) -> float:
    c = time.process_time()
    for text, ref in texts:
        extract(text, ref)
    return time.process_time() - c


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    files = sorted((SHARED / "data" / "tempeval3").glob("*/*.tml"))
    if not files:
        print(f"no TempEval-3 data under {SHARED}; nothing to measure")
        return 0
    texts = []
    for f in files:
        doc = parse_timeml(f.read_text(encoding="utf-8"))
        texts.append((doc.text, doc.dct))
    tokens = sum(len(t.split()) for t, _ in texts)
    t0 = time.perf_counter()
    extract(texts[0][0], texts[0][1])
    cold = time.perf_counter() - t0
    _whole(texts)  # warm the caches
    stages = [min(x) for x in zip(*(_stages(texts) for _ in range(args.runs)))]
    whole = min(_whole(texts) for _ in range(args.runs))
    print(f"{len(texts)} TimeBank/AQUAINT documents, {tokens:,} tokens; CPU seconds, best of {args.runs}")
    print(f"{'stage':<22}{'seconds':>9}{'tokens/s':>12}")
    for name, sec in zip(("ingest (prepare)", "time expressions", "actors and places", "events"), stages):
        print(f"{name:<22}{sec:>9.2f}{tokens / sec:>12,.0f}")
    print(f"{'whole extract()':<22}{whole:>9.2f}{tokens / whole:>12,.0f}   (target 20,000)")
    print(f"first call in a fresh process (loads tables): {cold:.2f} s wall")
    seed = SHARED / "seed" / "article.txt"
    if seed.is_file():
        text = seed.read_text(encoding="utf-8")
        words = len(text.split())
        best = min(_whole([(text, dt.date(2017, 11, 4))]) for _ in range(5))
        tracemalloc.start()
        extract(text, dt.date(2017, 11, 4))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"seed article ({words} words): {best * 1000:.0f} ms CPU (target 100 ms); peak traced memory "
              f"{peak / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
