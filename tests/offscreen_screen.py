"""An offscreen screen the size of a laptop's at any scale factor.

Qt's offscreen platform has one 800x800 device-pixel screen: at `QT_SCALE_FACTOR=2` that is 400x400 logical
pixels, smaller than the windows the tests open, and Qt fits a restored window into it. A HiDPI laptop at 2x has
about 1600x1000 logical pixels (3200x2000 device pixels): `platform_spec` describes such a screen to the offscreen
platform (its `configfile` option)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

LOGICAL_SIZE = (1600, 1000)


def platform_spec(scale: float, folder: Path | None = None) -> str:
    """A `QT_QPA_PLATFORM` value: offscreen, with one screen of `LOGICAL_SIZE` logical pixels at `scale`."""
    folder = Path(folder) if folder is not None else Path(tempfile.mkdtemp(prefix="newsline-screen-"))
    width, height = (round(side * scale) for side in LOGICAL_SIZE)
    config = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                           "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
    path = folder / f"screen-{width}x{height}.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    return f"offscreen:configfile={path}"
