"""Coverage of time expressions of today's news (wire, British/Australian/Indian/US styles, Wikinews) on the
hand-written lists tests/temporal_modern_cases.py (the first list, partly tuned on) and
tests/temporal_modern_cases2.py (the second, held-out list) and tests/temporal_modern_cases3.py (the third, in the
style of the TempEval-3 news genres: earnings, broadcast transcripts, Xinhua, obituaries, disasters) and tests/temporal_modern_cases4.py (the fourth: markets, car makers
and airlines, sport, courts, disasters, space, public health, elections, holidays) and tests/temporal_modern_cases5.py (the fifth: broadcast transcripts, features, datelines,
local news, obituaries, British English) and tests/temporal_modern_cases6.py (the sixth: TempEval-3-style newswire
of 1998-2016 with narrative anchoring, fiscal quarters, datelines and quotations); values from the TimeML guidelines, written before
the tagger was run on them.

    .venv/bin/python bench/bench_modern.py [--errors]

Prints, for each list, strict recall (an expression with an accepted text), relaxed recall (one overlapping it)
and value accuracy (type, value and mod accepted, on an overlapping expression) over all expected expressions."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import temporal_modern_cases  # noqa: E402
import temporal_modern_cases2  # noqa: E402
import temporal_modern_cases3  # noqa: E402
import temporal_modern_cases4  # noqa: E402
import temporal_modern_cases5  # noqa: E402
import temporal_modern_cases6  # noqa: E402
from newsline.core.temporal.tagger import tag_times  # noqa: E402
from temporal_modern_cases import judge  # noqa: E402

LISTS = [("modern news list", temporal_modern_cases), ("modern news list 2 (held out)", temporal_modern_cases2),
         ("news list 3 (TempEval-3 genres)", temporal_modern_cases3),
         ("news list 4 (2004-2025 domains)", temporal_modern_cases4),
         ("news list 5 (broadcast, features, datelines, local, obituaries, UK)", temporal_modern_cases5),
         ("news list 6 (TempEval-3-style newswire 1998-2016)", temporal_modern_cases6)]


def measure(module):
    n = strict = relaxed = right = 0
    errors = []
    for i, j, case, exp in module.flat():
        v = judge(case, exp, tag_times(case.sentence, case.ref))
        n += 1
        strict += v.strict
        relaxed += v.relaxed
        right += v.right
        if not (v.strict and v.right):
            errors.append(f"{i:03d}.{j} {case.ref} {case.sentence!r}\n      expected {exp}\n      got {v.got}")
    return n, strict, relaxed, right, errors


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", action="store_true", help="list the expressions missed or valued wrongly")
    args = ap.parse_args()
    print("| list | sentences | expressions | strict recall | relaxed recall | value accuracy |")
    print("|---|---|---|---|---|---|")
    all_errors = []
    for name, module in LISTS:
        n, strict, relaxed, right, errors = measure(module)
        print(f"| {name} | {len(module.CASES)} | {n} | {100 * strict / n:.1f} ({strict}/{n}) | "
              f"{100 * relaxed / n:.1f} ({relaxed}/{n}) | {100 * right / n:.1f} ({right}/{n}) |")
        all_errors.append((name, errors))
    if args.errors:
        for name, errors in all_errors:
            print(f"\n{name}:")
            print("\n".join(errors))


if __name__ == "__main__":
    main()
