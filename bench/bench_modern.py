"""Coverage of time expressions of today's news (wire, British/Australian/Indian/US styles, Wikinews) on the
hand-written list in tests/temporal_modern_cases.py (values from the TimeML guidelines, written before the
tagger was run on them).

    .venv/bin/python bench/bench_modern.py [--errors]

Prints strict recall (an expression with an accepted text), relaxed recall (one overlapping it) and value
accuracy (type, value and mod accepted, on an overlapping expression) over all expected expressions."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from newsline.core.temporal.tagger import tag_times  # noqa: E402
from temporal_modern_cases import CASES, flat, judge  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", action="store_true", help="list the expressions missed or valued wrongly")
    args = ap.parse_args()
    n = strict = relaxed = right = 0
    errors = []
    for i, j, case, exp in flat():
        v = judge(case, exp, tag_times(case.sentence, case.ref))
        n += 1
        strict += v.strict
        relaxed += v.relaxed
        right += v.right
        if not (v.strict and v.right):
            errors.append(f"{i:03d}.{j} {case.ref} {case.sentence!r}\n      expected {exp}\n      got {v.got}")
    print(f"modern news list: {len(CASES)} sentences, {n} expressions")
    print("| strict recall | relaxed recall | value accuracy |")
    print("|---|---|---|")
    print(f"| {100 * strict / n:.1f} ({strict}/{n}) | {100 * relaxed / n:.1f} ({relaxed}/{n}) | "
          f"{100 * right / n:.1f} ({right}/{n}) |")
    if args.errors:
        print("\n".join(errors))


if __name__ == "__main__":
    main()
