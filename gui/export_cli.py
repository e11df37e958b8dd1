"""``newsline export FILE [--date YYYY-MM-DD] --png OUT.png [--width N --height N --scale S] [--actors A,B]
[--theme light|dark] [--lanes actors|single] [--events main|all] [--title TEXT]``: a timeline PNG without opening a window.

FILE is an article (text, Markdown, HTML, TimeML) or a project file (``*.newsline.json``). Errors are one line
on stderr: exit 2 for a bad command line (an impossible --date, a bad size), 1 for anything else.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from newsline.core.errors import NewslineError
from newsline.core.model import Document

PROG = "newsline export"


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, no usage dump
        raise _UsageError(message)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--date {value!r} is not a real calendar date (use YYYY-MM-DD)") from None


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} must be above 0")
    return n


def _scale(value: str) -> float:
    try:
        s = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"scale {value!r} is not a number") from None
    if not (0 < s <= 8):
        raise argparse.ArgumentTypeError(f"scale {value!r} must be above 0 and at most 8")
    return s


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, description="Draw the timeline of an article or project as a PNG.")
    p.add_argument("file", help="article (.txt .md .html .tml) or project (.newsline.json)")
    p.add_argument("--date", type=_date, help="reference (publication) date of the article, YYYY-MM-DD")
    p.add_argument("--png", required=True, help="PNG file to write")
    p.add_argument("--width", type=_positive_int, default=1600)
    p.add_argument("--height", type=_positive_int, default=900)
    p.add_argument("--scale", type=_scale, default=1.0, help="pixel scale: 2 or 3 for print")
    p.add_argument("--actors", help="comma-separated actor ids or names to show (default: all)")
    p.add_argument("--theme", choices=("light", "dark"), default="light")
    p.add_argument("--lanes", choices=("actors", "single"), default="actors")
    p.add_argument("--events", choices=("main", "all"), default="main",
                   help="main: the article's main happenings (salience 0.6 or more, as the window shows by "
                        "default); all: every event found")
    p.add_argument("--title", help="title drawn above the timeline (default: the article's title)")
    return p


def _is_project(path: Path) -> bool:
    if path.name.lower().endswith(".newsline.json"):
        return True
    if path.suffix.lower() != ".json":
        return False
    try:
        with path.open("r", encoding="utf-8") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return '"schema_version"' in head


def load_for_export(path: Path, reference_date: dt.date | None) -> Document:
    """The document to draw: the first document of a project (with its corrections when the core can apply
    them), or an article extracted against `reference_date`."""
    if not path.exists():
        raise NewslineError(f"{path}: no such file")
    if path.is_dir():
        raise NewslineError(f"{path}: is a directory, not an article")
    if _is_project(path):
        return _load_project_document(path, reference_date)
    from newsline.core.pipeline import load_document

    return load_document(path, reference_date)


def _load_project_document(path: Path, reference_date: dt.date | None) -> Document:
    from newsline.core.corrections import apply_corrections
    from newsline.core.project_file import load_project

    project = load_project(path)
    if not project.documents:
        raise NewslineError(f"{path}: the project holds no document")
    entry = project.documents[0]
    doc = entry.document
    if reference_date is not None and reference_date != doc.reference_date.value:
        from newsline.core.pipeline import redate

        doc = redate(doc, reference_date)
    return apply_corrections(doc, entry.corrections)


def _actor_filter(doc: Document, spec: str | None) -> set[str] | None:
    if not spec:
        return None
    wanted = [s.strip() for s in spec.split(",") if s.strip()]
    ids: set[str] = set()
    for w in wanted:
        low = w.casefold()
        match = [a.id for a in doc.actors
                 if a.id == w or a.name.casefold() == low or any(x.casefold() == low for x in a.aliases)]
        if not match:
            known = ", ".join(f"{a.id} ({a.name})" for a in doc.actors[:12]) or "none"
            raise NewslineError(f"--actors: no actor {w!r} in this article; actors are: {known}")
        ids.update(match)
    return ids


def _one_line(exc: BaseException) -> str:
    """A message on one line: multi-line ones (validation errors) are joined with "; "."""
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    if not lines:
        return type(exc).__name__
    head, rest = lines[0], lines[1:]
    return head + (" " + "; ".join(rest) if rest else "")


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except _UsageError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    out = Path(args.png)
    try:
        if out.suffix.lower() != ".png":
            raise NewslineError(f"--png {out}: the output file must end in .png")
        doc = load_for_export(Path(args.file), args.date)
        actor_ids = _actor_filter(doc, args.actors)
        from .export_png import export_png

        export_png(doc, out, width=args.width, height=args.height, scale=args.scale, theme=args.theme,
                   actor_ids=actor_ids, title=args.title, lane_mode=args.lanes,
                   events=args.events)
    except NewslineError as exc:
        print(f"{PROG}: {_one_line(exc)}", file=sys.stderr)
        return getattr(exc, "exit_code", 1) or 1
    except (OSError, ValueError, json.JSONDecodeError) as exc:
        print(f"{PROG}: {_one_line(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: still one line, unless NEWSLINE_DEBUG asks for the traceback
        if os.environ.get("NEWSLINE_DEBUG"):
            raise
        print(f"{PROG}: internal error ({type(exc).__name__}): {_one_line(exc)}; set NEWSLINE_DEBUG=1 for details",
              file=sys.stderr)
        return 1
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
