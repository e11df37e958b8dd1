"""Reading pictures the widgets drew, at any device pixel ratio.

`QWidget.grab()` gives a pixmap of *device* pixels (its `devicePixelRatio` is the screen's: 2 at
`QT_SCALE_FACTOR=2`), while the widgets' geometry (mark positions, label boxes, `event_at`) is in logical pixels.
Tests that look up the colour under a logical point must go through `pixel_at`."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtGui import QColor, QImage


def pixel_at(image: QImage, x: float, y: float) -> QColor:
    """The colour of the device pixel holding logical point (x, y) of `image` (a grab, at any ratio)."""
    dpr = image.devicePixelRatio()
    return image.pixelColor(int(math.floor(x * dpr)), int(math.floor(y * dpr)))


def colour_distance(a: QColor, b: QColor) -> int:
    """Sum of the absolute differences of red, green and blue."""
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def ink_runs(image: QImage, y0: int, y1: int, background: QColor, threshold: int = 60, x0: int = 0,
             x1: int | None = None, rows: bool = False) -> list[tuple[int, int]]:
    """Runs of device-pixel columns (`rows`: rows) of the region `x0`..`x1`, `y0`..`y1` (device pixels) holding
    ink (a pixel at least `threshold` from `background`), gaps under 4 device pixels bridged: one run per word of
    a line of text (`rows`: per line of a column of text)."""
    a = argb(image)[y0:y1, x0:x1]
    bg = np.array([background.red(), background.green(), background.blue()])
    rgb = np.stack([(a >> 16) & 255, (a >> 8) & 255, a & 255], axis=-1).astype(int)
    inked = (np.abs(rgb - bg).sum(axis=2) >= threshold).any(axis=1 if rows else 0)
    runs: list[tuple[int, int]] = []
    for x in np.flatnonzero(inked).tolist():
        if runs and x - runs[-1][1] < 4:
            runs[-1] = (runs[-1][0], x)
        else:
            runs.append((x, x))
    return runs


def same_runs(a: list[tuple[int, int]], b: list[tuple[int, int]], slack: int = 1) -> bool:
    """The same number of runs, each starting and ending within `slack` device pixels of its twin."""
    return len(a) == len(b) and all(abs(p[0] - q[0]) <= slack and abs(p[1] - q[1]) <= slack for p, q in zip(a, b))


def argb(image: QImage) -> np.ndarray:
    """The device pixels of `image` as a (height, width) array of 0xAARRGGBB (a copy)."""
    im = image.convertToFormat(QImage.Format.Format_ARGB32)
    w, h = im.width(), im.height()
    rows = np.frombuffer(im.constBits(), np.uint8).reshape(h, im.bytesPerLine())[:, :w * 4]
    return rows.copy().view(np.uint32).reshape(h, w)
