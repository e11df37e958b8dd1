"""Python string offsets <-> QTextDocument positions (no Qt here, so the map of a big text can be made off the GUI
thread: for a 1 MB article with "\\r\\n" line ends it is a Python loop over every character)."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Python string offsets of `text` <-> positions in the QTextDocument showing `display`."""

    def __init__(self, text: str) -> None:
        self.identity = "\r" not in text and (text.isascii() or _ASTRAL.search(text) is None)
        if self.identity:
            self.display = text
            self._to_qt = None
            return
        out: list[str] = []
        to_qt = array("l")
        pos = 0
        n = len(text)
        i = 0
        while i < n:
            c = text[i]
            to_qt.append(pos)
            if c == "\r":
                if i + 1 < n and text[i + 1] == "\n":
                    i += 1  # "\r\n": the "\r" takes no room, the "\n" that follows is the break
                    to_qt.append(pos)
                out.append("\n")
                pos += 1
            elif ord(c) >= 0x10000:
                out.append(c)
                pos += 2
            else:
                out.append(c)
                pos += 1
            i += 1
        to_qt.append(pos)
        self.display = "".join(out)
        self._to_qt = to_qt

    def to_qt(self, offset: int) -> int:
        if self._to_qt is None:
            return offset
        offset = max(0, min(offset, len(self._to_qt) - 1))
        return self._to_qt[offset]

    def from_qt(self, position: int) -> int:
        if self._to_qt is None:
            return position
        return max(0, bisect_right(self._to_qt, position) - 1)
