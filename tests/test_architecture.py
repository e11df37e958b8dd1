"""Architecture rules that must hold as the code grows: core/ is pure Python, one `newsline` namespace."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
FORBIDDEN_IN_CORE = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6", "newsline.gui", "gui")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
            "import_module", "__import__"
        ):
            names += [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    return names


def test_core_never_imports_qt_pyqtgraph_or_gui():
    offenders = []
    for path in sorted((PROJECT / "core").rglob("*.py")):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN_IN_CORE):
                offenders.append(f"{path.relative_to(PROJECT)} imports {name}")
    assert not offenders, "\n".join(offenders)


def test_core_runs_without_loading_qt():
    code = (
        "import sys, datetime\n"
        "from newsline.core.pipeline import extract\n"
        "from newsline.core import cli, project_file, corrections\n"
        "extract('Troops entered the town yesterday.', datetime.date(2020, 1, 2))\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')"
        " or m.startswith('newsline.gui')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_one_namespace_no_bare_core_or_gui_package():
    config = tomllib.loads((PROJECT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert config["package-dir"] == {"newsline.core": "core", "newsline.gui": "gui",
                                     "newsline.resources": "resources"}
    assert all(p.startswith("newsline.") for p in config["packages"])
    # every folder with an __init__.py under core/ and gui/ is listed, so nothing is left out of a wheel
    listed = set(config["packages"])
    for top, name in (("core", "newsline.core"), ("gui", "newsline.gui")):
        for init in (PROJECT / top).rglob("__init__.py"):
            rel = init.parent.relative_to(PROJECT / top)
            dotted = ".".join((name, *rel.parts)) if rel.parts else name
            assert dotted in listed, f"{dotted} is missing from [tool.setuptools] packages"


def test_qt_pin_excludes_the_aborting_release():
    deps = tomllib.loads((PROJECT / "pyproject.toml").read_text())["project"]["dependencies"]
    pyside = [d for d in deps if d.startswith("PySide6")]
    assert pyside == ["PySide6-Essentials>=6.11,<6.12"]
