"""Device pixels at any device pixel ratio (HiDPI screens at 1.25, 1.5, 2; PNG exports at `scale`).

The timeline is laid out in logical (viewport) pixels, but what must line up pixel for pixel (a scrolled picture
with a fresh one, a ring with the picture under it) has to sit on whole *device* pixels: at a ratio of 1.5 a
whole logical pixel is not a whole device pixel. These helpers snap logical coordinates to the device grid."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QPainter


def painter_ratio(painter: QPainter) -> float:
    """Device pixel ratio of what `painter` really draws on (1.0 when it draws on nothing). While a widget is
    rendered into a picture (`QWidget.render`, the PNG export), `painter.device()` is the widget, at the
    screen's ratio; the paint engine's device is the picture, at its own."""
    engine = painter.paintEngine()
    device = engine.paintDevice() if engine is not None else None
    if device is None:
        device = painter.device()
    return float(device.devicePixelRatioF()) if device is not None else 1.0


def snap(value, dpr: float):
    """`value` (logical px; a float or an array) moved to the nearest whole device pixel."""
    if dpr == 1.0:
        return np.round(value)
    return np.round(np.asarray(value, dtype=float) * dpr) / dpr


def snap_down(value, dpr: float):
    """`value` (logical px) moved down to a whole device pixel."""
    return np.floor(np.asarray(value, dtype=float) * dpr) / dpr


def snap_up(value, dpr: float):
    """`value` (logical px) moved up to a whole device pixel."""
    return np.ceil(np.asarray(value, dtype=float) * dpr) / dpr


def fine_grid(value, dpr: float, steps: int = 64):
    """`value` (logical px) on a grid of 1/`steps` device pixel: a view moved by whole device pixels moves
    every value by exactly as much (offsets carry rounding errors), so a scrolled picture is a fresh one."""
    k = steps * dpr
    return np.round(np.asarray(value, dtype=float) * k) / k


def hairline(dpr: float) -> float:
    """Width in logical px of a one-logical-pixel line drawn on whole device pixels: as many device pixels as the
    ratio rounds to (1 at ratios 1 and 1.25, 2 at 1.5 and 2), never a fraction of one, which the rasterizer would
    round either way."""
    return max(1, int(dpr + 0.5)) / dpr
