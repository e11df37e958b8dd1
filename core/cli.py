"""The command line's Qt-free commands: ``newsline extract`` and ``newsline timeml ...``.

The ``newsline`` entry point (`newsline.gui.launcher`) sends these here without importing Qt; the window and
``newsline export`` live in `newsline.gui`. Every failure a user can cause prints one line on stderr and exits
non-zero; tracebacks are only for bugs (and hidden behind ``NEWSLINE_DEBUG=1``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from .errors import InputError, NewslineError, UsageError

PROG = "newsline"


def parse_date(value: str) -> dt.date:
    """A --date value: YYYY-MM-DD, a real calendar day between years 1 and 9999."""
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"--date {value!r}: not a calendar date; use YYYY-MM-DD, e.g. 2017-11-04") from None


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, like every other usage error
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Newsline: turn a news article into a timeline of events and actors.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("extract", help="extract events, actors and dates from an article into a project file")
    p.add_argument("file", help="article (.txt, .md, .html, .tml) or project file")
    p.add_argument("--date", help="the article's publication date, YYYY-MM-DD (wins over one found in the text)")
    p.add_argument("-o", "--output", help="write the project here (*.newsline.json); default: standard output")
    p.add_argument("--force", action="store_true", help="overwrite OUTPUT if it exists")

    t = sub.add_parser("timeml", help="TimeML tools: annotate a folder, score against gold")
    tsub = t.add_subparsers(dest="timeml_command", metavar="ACTION", parser_class=_Parser)
    a = tsub.add_parser("annotate", help="tag every *.tml of IN_DIR with Newsline and write them to OUT_DIR")
    a.add_argument("in_dir")
    a.add_argument("out_dir")
    s = tsub.add_parser("score", help="TempEval-3 TIMEX3 scores of SYSTEM_DIR against GOLD_DIR")
    s.add_argument("gold_dir")
    s.add_argument("system_dir")
    s.add_argument("--errors", action="store_true", help="list every missed, spurious and wrong expression")
    return parser


def cmd_extract(args: argparse.Namespace) -> int:
    from .pipeline import extract_article
    from .project_file import dump_project, is_project_path, load_project, project_for, save_project
    from .ingest.readers import read_article

    date = parse_date(args.date) if args.date else None
    if args.output and Path(args.output).exists() and not args.force:
        raise UsageError(f"{args.output}: already exists; pass --force to overwrite it")
    if is_project_path(args.file):
        project = load_project(args.file)
        if date is not None:
            from .pipeline import redate

            project = project.model_copy(update={"documents": [
                pd.model_copy(update={"document": redate(pd.document, date)}) for pd in project.documents]})
    else:
        doc = extract_article(read_article(args.file), date)
        project = project_for(doc)
    if args.output:
        save_project(project, args.output, keep_backup=False)
        d = project.documents[0].document
        ref = d.reference_date
        print(
            f"{args.output}: {len(d.events)} events, {len(d.actors)} actors, {len(d.places)} places, "
            f"{len(d.times)} time expressions; reference date "
            f"{ref.value.isoformat() if ref.value else 'none'} ({ref.source.value})",
            file=sys.stderr,
        )
    else:
        sys.stdout.write(dump_project(project) + "\n")
    return 0


def cmd_timeml(args: argparse.Namespace) -> int:
    from .timeml import commands

    if args.timeml_command == "annotate":
        return commands.annotate(Path(args.in_dir), Path(args.out_dir))
    if args.timeml_command == "score":
        return commands.score(Path(args.gold_dir), Path(args.system_dir), args.errors)
    raise UsageError("newsline timeml: say annotate or score")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        if args.command == "extract":
            return cmd_extract(args)
        if args.command == "timeml":
            return cmd_timeml(args)
        raise UsageError("newsline: say extract or timeml (or run newsline with no command for the window)")
    except NewslineError as exc:
        print(f"newsline: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("newsline: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except MemoryError:
        print("newsline: error: out of memory reading this input", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: say so in one line, trace only on request
        if os.environ.get("NEWSLINE_DEBUG"):
            raise
        print(f"newsline: internal error: {type(exc).__name__}: {exc} (set NEWSLINE_DEBUG=1 for details)",
              file=sys.stderr)
        return 3


__all__ = ["main", "parse_date", "InputError"]


if __name__ == "__main__":  # python -m newsline.core.cli extract ... (the Qt-free commands only)
    sys.exit(main())
