"""Text normalised for analysis, with a map back to every character of the original.

Analysis (sentences, times, actors, events) runs on `MappedText.text`; every span it finds is turned back into
a span of the original with `to_original`, so the GUI can highlight exactly what the reader sees.
"""

from __future__ import annotations

from array import array

from ..model import Span


class MappedText:
    """A normalised text whose characters each remember the original range they came from.

    ``starts[i]``/``ends[i]`` are the original range that produced normalised character ``i``. A character
    inserted by normalisation (a restored hyphen) has an empty range at the original position it stands at.
    """

    __slots__ = ("original", "text", "starts", "ends")

    def __init__(self, original: str, text: str, starts: array, ends: array) -> None:
        if not (len(text) == len(starts) == len(ends)):
            raise ValueError("offset map does not match the normalised text")
        self.original = original
        self.text = text
        self.starts = starts
        self.ends = ends

    @classmethod
    def identity(cls, text: str) -> "MappedText":
        n = len(text)
        return cls(text, text, array("l", range(n)), array("l", range(1, n + 1)))

    def original_range(self, start: int, end: int) -> tuple[int, int]:
        """The smallest original range ``(start, end)`` covering the normalised span ``[start, end)``."""
        n = len(self.text)
        start = max(0, min(start, n))
        end = max(start, min(end, n))
        if start == end:
            pos = self.starts[start] if start < n else len(self.original)
            return pos, pos
        s = self.starts[start]
        return s, max(s, self.ends[end - 1])

    def to_original(self, start: int, end: int) -> Span:
        """Map a normalised span ``[start, end)`` to the smallest original span covering it."""
        s, e = self.original_range(start, end)
        # already validated by construction (0 <= s <= e): skip pydantic's validation, it dominates remapping
        return Span.model_construct(start=s, end=e)

    def to_normalised(self, offset: int) -> int:
        """First normalised position whose original range starts at or after `offset` (binary search)."""
        lo, hi = 0, len(self.starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.starts[mid] < offset:
                lo = mid + 1
            else:
                hi = mid
        return lo


class MappedTextBuilder:
    """Builds a `MappedText` piece by piece.

    >>> b = MappedTextBuilder("IraqSyria ‘‘x’’")
    >>> b.copy(0, 4); b.insert("-"); b.copy(4, 10); b.replace(10, 12, '"'); b.copy(12, 13); b.replace(13, 15, '"')
    >>> b.build().text
    'Iraq-Syria "x"'
    """

    def __init__(self, original: str) -> None:
        self.original = original
        self._parts: list[str] = []
        self._starts = array("l")
        self._ends = array("l")
        self._pos = 0  # original position reached

    def copy(self, start: int, end: int) -> None:
        """Copy original[start:end] unchanged."""
        if end <= start:
            return
        self._parts.append(self.original[start:end])
        self._starts.extend(range(start, end))
        self._ends.extend(range(start + 1, end + 1))
        self._pos = end

    def replace(self, start: int, end: int, new: str) -> None:
        """Replace original[start:end] by `new`; every new character maps to the whole original range."""
        if not new:
            self._pos = end
            return
        self._parts.append(new)
        if len(new) == end - start:
            self._starts.extend(range(start, end))
            self._ends.extend(range(start + 1, end + 1))
        else:
            self._starts.extend([start] * len(new))
            self._ends.extend([end] * len(new))
        self._pos = end

    def insert(self, new: str) -> None:
        """Insert characters that have no original counterpart, at the current original position."""
        self._parts.append(new)
        self._starts.extend([self._pos] * len(new))
        self._ends.extend([self._pos] * len(new))

    def build(self) -> MappedText:
        return MappedText(self.original, "".join(self._parts), self._starts, self._ends)
