"""Test set-up shared by every test: offscreen Qt, paths to the shared corpora (skipped when absent), and
settings kept away from the user's real configuration."""

from __future__ import annotations

import os
from pathlib import Path

# Before anything imports Qt: no display is needed for tests. Run at a scale factor (QT_SCALE_FACTOR=2 pytest ...),
# the offscreen screen is a laptop's (1600x1000 logical pixels) rather than Qt's 800x800 device pixels.
if "QT_QPA_PLATFORM" not in os.environ and os.environ.get("QT_SCALE_FACTOR", "1") not in ("", "1"):
    from offscreen_screen import platform_spec  # noqa: E402

    os.environ["QT_QPA_PLATFORM"] = platform_spec(float(os.environ["QT_SCALE_FACTOR"]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

PROJECT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSLINE_SHARED", PROJECT.parent / "shared"))


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory, monkeypatch):
    """Point every config/settings location at a temporary folder: tests never touch real user files."""
    home = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    monkeypatch.setenv("NEWSLINE_CONFIG_DIR", str(home / "newsline"))
    yield


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared data not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared_dir) -> Path:
    p = shared_dir / "seed" / "article.txt"
    if not p.is_file():
        pytest.skip(f"seed article not found at {p}")
    return p


@pytest.fixture(scope="session")
def seed_text(seed_path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def tempeval_dir(shared_dir) -> Path:
    p = shared_dir / "data" / "tempeval3"
    if not p.is_dir():
        pytest.skip(f"TempEval-3 data not found at {p}")
    return p


@pytest.fixture(scope="session")
def meantime_dir(shared_dir) -> Path:
    p = shared_dir / "data" / "meantime"
    if not p.is_dir():
        pytest.skip(f"MEANTIME data not found at {p}")
    return p
