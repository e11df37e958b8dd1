"""Batched drawing helpers of the timeline canvas: rectangles filled from numpy and drawn with one call,
markers stamped from cached sprites, bars merged per pixel. Nothing here knows about events."""

from __future__ import annotations

import numpy as np
from pyqtgraph.Qt import internals
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

POINT_SIZE = 10.0  # marker diameter, px
DETAIL_LIMIT = 1000  # marks in a lane above which marks on the same pixel are merged


class BatchRects:
    """A reusable batch of QRectF filled from numpy, drawn with one drawRects call."""

    def __init__(self) -> None:
        self._array = internals.PrimitiveArray(QRectF, 4)

    def draw(self, painter: QPainter, x: np.ndarray, y: np.ndarray, w: np.ndarray, h: np.ndarray) -> None:
        if len(x) == 0:
            return
        self._array.resize(len(x))
        mem = self._array.ndarray()
        mem[:, 0] = x
        mem[:, 1] = y
        mem[:, 2] = w
        mem[:, 3] = h
        painter.drawRects(*self._array.drawargs())


class Sprites:
    """Markers pre-drawn once into small pixmaps and stamped with one drawPixmapFragments call per batch:
    far cheaper than antialiased wide-pen points."""

    def __init__(self) -> None:
        self._cache: dict[tuple, QPixmap] = {}
        self._fragments = internals.PrimitiveArray(QPainter.PixmapFragment, 10)

    def _sprite(self, kind: str, colour: str, background: str, highlight: str, dpr: float) -> QPixmap:
        key = (kind, colour, background, highlight, dpr)
        pix = self._cache.get(key)
        if pix is not None:
            return pix
        size = POINT_SIZE + 10.0
        pix = QPixmap(int(np.ceil(size * dpr)), int(np.ceil(size * dpr)))
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.scale(dpr, dpr)
        c = QPointF(size / 2, size / 2)
        p.setPen(Qt.PenStyle.NoPen)
        r = POINT_SIZE / 2
        if kind == "solid":
            p.setBrush(QColor(background))
            p.drawEllipse(c, r + 1.3, r + 1.3)
            p.setBrush(qcolour(colour))
            p.drawEllipse(c, r, r)
        elif kind == "fuzzy":
            for k, alpha in ((r + 4.5, 28), (r + 2.5, 40), (r, 95)):
                p.setBrush(qcolour(colour, alpha))
                p.drawEllipse(c, k, k)
        else:  # emphasis ring behind the marker
            p.setBrush(qcolour(highlight, 230))
            p.drawEllipse(c, r + 4.0, r + 4.0)
        p.end()
        self._cache[key] = pix
        return pix

    def stamp(self, painter: QPainter, xs: np.ndarray, y: float, kind: str, colour: str, background: str,
              highlight: str) -> None:
        if len(xs) == 0:
            return
        dpr = float(painter.device().devicePixelRatioF()) if painter.device() is not None else 1.0
        pix = self._sprite(kind, colour, background, highlight, dpr)
        side = pix.width()
        self._fragments.resize(len(xs))
        frags = self._fragments.ndarray()
        frags[:, 0] = xs
        frags[:, 1] = y
        frags[:, 2:6] = (0, 0, side, side)
        frags[:, 6:10] = (1 / dpr, 1 / dpr, 0.0, 1.0)
        painter.drawPixmapFragments(*self._fragments.drawargs(), pix)


def qcolour(hex_colour: str, alpha: int = 255) -> QColor:
    c = QColor(hex_colour)
    c.setAlpha(alpha)
    return c


def merge_bars(x0: np.ndarray, x1: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Bars snapped to whole pixels, duplicates dropped: thousands of bars over a few hundred pixels become a
    few hundred. Inputs are already clipped to just around the view."""
    if len(x0) <= DETAIL_LIMIT:
        return x0, x1
    a = np.floor(x0).astype(np.int64)
    b = np.ceil(x1).astype(np.int64)
    base = a.min()
    span = int(b.max() - base) + 1
    codes = np.unique((a - base) * span + (b - base))
    return (codes // span + base).astype(float), (codes % span + base).astype(float)
