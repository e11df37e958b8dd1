"""The `newsline` command. Qt-free commands (extract, timeml) go to `newsline.core.cli` without loading Qt;
`export` and the window load Qt only when needed."""

from __future__ import annotations

import os
import sys

USAGE = """usage: newsline [FILE] [--date YYYY-MM-DD]      open the window (the sample article without FILE)
       newsline extract FILE [--date D] [-o OUT.newsline.json]
       newsline export FILE [--date D] --png OUT.png [--width N --height N --scale S] [--actors A,B] [--events main|all]
       newsline timeml annotate IN_DIR OUT_DIR
       newsline timeml score GOLD_DIR SYSTEM_DIR [--errors]
"""

CORE_COMMANDS = {"extract", "timeml"}


def _fail(message: str, code: int = 2) -> int:
    print(f"newsline: error: {message}", file=sys.stderr)
    return code


def _window(argv: list[str]) -> int:
    from newsline.core.cli import parse_date
    from newsline.core.errors import UsageError

    path = None
    date = None
    it = iter(argv)
    for arg in it:
        if arg == "--date" or arg.startswith("--date="):
            value = arg.split("=", 1)[1] if "=" in arg else next(it, None)
            if value is None:
                return _fail("--date needs a value, YYYY-MM-DD")
            try:
                date = parse_date(value)
            except UsageError as exc:
                return _fail(str(exc))
        elif arg.startswith("-"):
            return _fail(f"unknown option {arg}\n{USAGE}")
        elif path is None:
            path = arg
        else:
            return _fail(f"one file at a time (got {path} and {arg})")
    if path is not None and not os.path.exists(path):
        return _fail(f"{path}: no such file", 1)
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if sys.platform.startswith("linux") and not (platform or os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        return _fail("no display found: run it in a desktop session, under Xvfb (DISPLAY=:99), or use "
                     "`newsline export` for a headless PNG", 1)
    from newsline.gui.app import run

    return run(path, date)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ("-h", "--help", "help"):
        print(USAGE, end="")
        return 0
    if argv and argv[0] == "--version":
        from importlib.metadata import version

        print(f"newsline {version('newsline')}")
        return 0
    if argv and argv[0] in CORE_COMMANDS:
        from newsline.core.cli import main as core_main

        return core_main(argv)
    if argv and argv[0] == "export":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from newsline.gui.export_cli import main as export_main

        return export_main(argv[1:])
    return _window(argv)


if __name__ == "__main__":
    sys.exit(main())
