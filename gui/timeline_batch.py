"""Batched drawing helpers of the timeline canvas: rectangles filled from numpy and drawn with one call,
markers stamped from cached sprites, bars merged per pixel. Nothing here knows about events."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPixmap

from .device_pixels import painter_ratio

POINT_SIZE = 10.0  # marker diameter, px
DETAIL_LIMIT = 1000  # marks in a lane above which marks on the same pixel are merged


class Primitives:
    """A growable array of Qt value structs (QRectF, QPainter.PixmapFragment) laid out as float64 fields, filled
    from numpy and handed to drawRects / drawPixmapFragments as a pointer and a count. The pointer is wrapped
    once per allocation, not once per call (wrapping costs ~10 us; a frame makes dozens of such calls)."""

    def __init__(self, klass, fields: int) -> None:
        self._klass, self._fields = klass, fields
        self._array = np.empty((0, fields))
        self._ptr = None

    def fill(self, n: int) -> np.ndarray:
        """A (n, fields) view to fill before `args(n)`."""
        if n > len(self._array):
            self._array = np.empty((max(n, 2 * len(self._array), 64), self._fields))
            self._ptr = shiboken6.wrapInstance(self._array.ctypes.data, self._klass)
        return self._array[:n]

    def args(self, n: int) -> tuple:
        return self._ptr, n


class BatchRects:
    """A reusable batch of QRectF filled from numpy, drawn with one drawRects call."""

    def __init__(self) -> None:
        self._array = Primitives(QRectF, 4)

    def draw(self, painter: QPainter, x: np.ndarray, y: np.ndarray, w: np.ndarray, h: np.ndarray) -> None:
        n = len(x)
        if n == 0:
            return
        mem = self._array.fill(n)
        mem[:, 0] = x
        mem[:, 1] = y
        mem[:, 2] = w
        mem[:, 3] = h
        painter.drawRects(*self._array.args(n))


class Sprites:
    """Markers pre-drawn once into small pixmaps and stamped with one drawPixmapFragments call per batch:
    far cheaper than antialiased wide-pen points."""

    def __init__(self) -> None:
        self._cache: dict[tuple, QPixmap] = {}
        self._fragments = Primitives(QPainter.PixmapFragment, 10)

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
        dpr = painter_ratio(painter)
        pix = self._sprite(kind, colour, background, highlight, dpr)
        side = pix.width()
        frags = self._fragments.fill(len(xs))
        frags[:, 0] = xs
        frags[:, 1] = y
        frags[:, 2:6] = (0, 0, side, side)
        frags[:, 6:10] = (1 / dpr, 1 / dpr, 0.0, 1.0)
        painter.drawPixmapFragments(*self._fragments.args(len(xs)), pix)


@lru_cache(maxsize=1024)
def qcolour(hex_colour: str, alpha: int = 255) -> QColor:
    """The colour `hex_colour` at `alpha`; cached (a frame asks for the same few dozen): never change it."""
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


class LabelAtlas:
    """Labels (a translucent halo with the text on it) rendered once into large pixmaps and stamped with one
    drawPixmapFragments call per page: a few hundred labels a frame cost one call instead of a few hundred.

    Entries are keyed by an integer (the event index) and a style (font, colours, device pixel ratio, the
    layout's version); a new style empties the atlas. A label drawn here at whole-pixel (x, y) looks as the
    halo drawn with drawRects and the text with drawText at the same place would."""

    def __init__(self, page_width: int = 1024, page_height: int = 256, max_pages: int = 32) -> None:
        # small pages (1 MB), made as needed: a new pixmap costs about as much to clear as its size
        self.page_width, self.page_height, self.max_pages = page_width, page_height, max_pages
        self._style: tuple | None = None
        self._fragments = Primitives(QPainter.PixmapFragment, 10)
        self._rects = BatchRects()
        self._reset(0)

    def _reset(self, n: int) -> None:
        self._pages: list[QPixmap] = []
        self._page = np.full(n, -1, dtype=np.int64)  # per key: page, -1 when not rendered
        self._src = np.zeros((n, 4))  # per key: x, y, width, height in device pixels
        self._cursor = [0, 0, 0]  # where the next entry goes: page, x, y
        self._used: list[int] = []  # per page: the last draw call that stamped from it
        self._calls = 0

    def draw(self, painter: QPainter, keys: np.ndarray, xs: np.ndarray, ys: np.ndarray, n_keys: int,
             text_of, width_of: np.ndarray, height: float, font, halo: QColor, style: tuple) -> bool:
        """Stamp the labels `keys` (0 <= key < `n_keys`) with their top-left corners at (`xs`, `ys`) (whole
        pixels). `text_of(key)` gives a label's (text, colour, x of the text), `width_of[key]` its width (the
        halo's). False, with nothing drawn, when the labels of this frame do not fit the atlas (the caller
        draws them itself)."""
        dpr = painter_ratio(painter)
        style = (style, n_keys, font.key(), halo.rgba(), height, dpr)
        if style != self._style:
            self._style = style
            self._reset(n_keys)
        if len(keys) == 0:
            return True
        self._calls += 1
        present = self._page[keys]
        missing = np.unique(keys[present < 0])
        needed = set(np.unique(present[present >= 0]).tolist())  # pages this call stamps from: not recycled
        if len(missing) and not self._render(missing, text_of, width_of, height, font, halo, dpr, needed):
            self._reset(n_keys)  # more than the atlas holds: start again with only what this call needs
            if not self._render(np.unique(keys), text_of, width_of, height, font, halo, dpr, set()):
                self._reset(n_keys)
                return False
        pages = self._page[keys]
        src = self._src[keys]
        for page in np.unique(pages).tolist():
            self._used[page] = self._calls
            on = pages == page
            s = src[on]
            frags = self._fragments.fill(len(s))
            frags[:, 0] = xs[on] + s[:, 2] / dpr / 2  # fragments are placed by their centre
            frags[:, 1] = ys[on] + s[:, 3] / dpr / 2
            frags[:, 2:6] = s
            frags[:, 6:10] = (1 / dpr, 1 / dpr, 0.0, 1.0)
            painter.drawPixmapFragments(*self._fragments.args(len(s)), self._pages[page])
        return True

    ENTRY_GAP = 2  # device pixels between entries on a shelf: room for a glyph that overhangs its advance

    def _render(self, keys: np.ndarray, text_of, width_of, height, font, halo, dpr, needed: set[int]) -> bool:
        """Render the labels `keys` into the pages: places them all on shelves first, then paints each page's
        new entries with one painter, every halo in one drawRects call and the texts one by one, without a
        save/restore or clip per label (a third of what a label used to cost). The painter is clipped to each
        shelf, so a glyph reaching past the line height never marks the shelf below.

        When all `max_pages` pages are full, the page stamped from longest ago (and not in `needed`) is emptied
        and filled again, rather than the whole atlas: a long walk through the events then never has one
        frame render every label at once. False, with nothing changed, when the keys do not fit even so."""
        h_dev = int(np.ceil(height * dpr))
        if h_dev > self.page_height:
            return False
        w_devs = np.ceil(np.asarray(width_of, dtype=float)[keys] * dpr).astype(np.int64)
        if len(w_devs) and int(w_devs.max()) > self.page_width:
            return False
        page, x, y = self._cursor
        n_pages = len(self._pages)
        taken = set(needed)  # pages this call cannot empty: needed, or written now
        if n_pages:
            taken.add(page)
        recycled: list[int] = []
        page_of, xs, ys = [], [], []
        gap = self.ENTRY_GAP
        for w_dev in w_devs.tolist():  # shelf packing: where each entry goes
            if x + w_dev > self.page_width:  # next shelf
                x, y = 0, y + h_dev + 1
            if n_pages == 0 or y + h_dev > self.page_height:
                if n_pages < self.max_pages:  # a new page
                    page = n_pages
                    n_pages += 1
                else:  # the page stamped from longest ago
                    free = [p for p in range(n_pages) if p not in taken]
                    if not free:
                        return False
                    page = min(free, key=lambda p: self._used[p])
                    recycled.append(page)
                taken.add(page)
                x, y = 0, 0
            page_of.append(page)
            xs.append(x)
            ys.append(y)
            x += w_dev + gap
        while len(self._pages) < n_pages:
            pixmap = QPixmap(self.page_width, self.page_height)
            pixmap.fill(Qt.GlobalColor.transparent)
            self._pages.append(pixmap)
            self._used.append(self._calls)
        for p in recycled:
            self._page[self._page == p] = -1
            self._pages[p].fill(Qt.GlobalColor.transparent)
        self._cursor = [page, x, y]
        page_of = np.array(page_of, dtype=np.int64)
        xs = np.array(xs, dtype=float)
        ys = np.array(ys, dtype=float)
        self._page[keys] = page_of
        self._src[keys, 0] = xs
        self._src[keys, 1] = ys
        self._src[keys, 2] = w_devs
        self._src[keys, 3] = h_dev
        ascent = QFontMetricsF(font).ascent()
        widths = np.asarray(width_of, dtype=float)[keys]
        for page in np.unique(page_of).tolist():
            on = np.flatnonzero(page_of == page)
            painter = QPainter(self._pages[page])
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.scale(dpr, dpr)  # entries sit at whole device pixels: (x / dpr) * dpr is x again
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(halo)
                self._rects.draw(painter, xs[on] / dpr, ys[on] / dpr, widths[on], np.full(len(on), height))
                painter.setFont(font)
                pen = None
                shelf = None
                draw_text = painter.drawText
                for k, sx, sy in zip(keys[on].tolist(), (xs[on] / dpr).tolist(), (ys[on] / dpr).tolist()):
                    if sy != shelf:
                        shelf = sy
                        painter.setClipRect(QRectF(0.0, sy, self.page_width / dpr, h_dev / dpr))
                    text, colour, text_x = text_of(k)
                    if colour is not pen:  # text_of hands out the same colour objects: compare identities
                        pen = colour
                        painter.setPen(colour)
                    draw_text(QPointF(sx + text_x, sy + ascent), text)
            finally:
                painter.end()
        return True
