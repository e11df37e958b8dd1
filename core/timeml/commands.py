"""The `newsline timeml` commands: annotate a directory of TimeML files with the full pipeline, and score a
system directory against a gold one (TempEval-3 Task A, TIMEX3). Both print tables to stdout and return an
exit code; bad directories raise `InputError`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from ..errors import InputError
from .reader import TimeMLError, parse_timeml
from .score import format_table, score_directories
from .writer import write_timeml


def _tml_files(in_dir: Path) -> list[Path]:
    if not in_dir.exists():
        raise InputError(f"The input directory {in_dir} does not exist.")
    if not in_dir.is_dir():
        raise InputError(f"{in_dir} is a file, not a directory of .tml files.")
    files = sorted(in_dir.glob("*.tml"))
    if not files:
        raise InputError(f"The input directory {in_dir} holds no .tml files.")
    return files


def annotate(in_dir: Path, out_dir: Path, out: TextIO | None = None) -> int:
    """Read each *.tml in `in_dir` (its text and creation time only), run the full extraction pipeline and
    write a TimeML file of the same name into `out_dir` with TIMEX3 tags from the time expressions and EVENT
    tags from the events. Returns 0, or 1 if some files could not be read (the others are still written)."""
    from ..pipeline import extract

    out = out or sys.stdout
    in_dir, out_dir = Path(in_dir), Path(out_dir)
    files = _tml_files(in_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"The output {out_dir} is a file, not a directory.")
    if out_dir.exists() and out_dir.resolve() == in_dir.resolve():
        raise InputError("The output directory is the input directory: choose another so the input files are kept.")
    out_dir.mkdir(parents=True, exist_ok=True)
    failures = 0
    print(f"{'file':<40} {'times':>6} {'events':>7}  notes", file=out)
    total_t = total_e = 0
    for f in files:
        try:
            src = parse_timeml(f.read_text(encoding="utf-8"))
        except (TimeMLError, UnicodeDecodeError) as e:
            print(f"{f.name:<40} {'-':>6} {'-':>7}  not read: {e}", file=out)
            failures += 1
            continue
        doc = extract(src.text, src.dct)
        notes = []
        times, events = doc.times, doc.events
        if doc.text != src.text:  # never expected: the pipeline keeps the original text
            notes.append("pipeline changed the text; annotations left out")
            times, events = [], []
        xml, write_notes = write_timeml(src.text, times, events, src.dct, src.doc_id or f.stem)
        notes += write_notes
        (out_dir / f.name).write_text(xml, encoding="utf-8")
        total_t += len(times)
        total_e += len(events)
        note = f"{len(notes)} left out" if notes else ""
        print(f"{f.name:<40} {len(times):>6} {len(events):>7}  {note}", file=out)
    print(f"{'total (' + str(len(files)) + ' files)':<40} {total_t:>6} {total_e:>7}", file=out)
    return 1 if failures else 0


def score(gold_dir: Path, system_dir: Path, errors: bool = False, out: TextIO | None = None) -> int:
    """Score TIMEX3 in `system_dir` against `gold_dir` (files paired by name) and print the table; with
    `errors`, list every missed, spurious, mis-extended and mis-valued expression."""
    out = out or sys.stdout
    counts, problems = score_directories(Path(gold_dir), Path(system_dir), errors)
    print(format_table([("overall", counts)]), file=out)
    print(f"\ntype accuracy {counts.type_accuracy:.1f}%, value accuracy {counts.value_accuracy:.1f}% "
          f"(on {counts.relaxed} relaxed matches)", file=out)
    for p in problems:
        print(f"note: {p}", file=out)
    if errors:
        print("", file=out)
        for line in counts.errors:
            print(line, file=out)
    return 0
