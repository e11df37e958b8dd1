"""Colours of the timeline: one stable, distinct colour per actor, and the light and dark palettes.

`actor_colours(doc)` is deterministic: the same document always gets the same colours, a colour the user chose
(`Actor.colour`) wins, and the automatic ones avoid the user's choices while they can.
"""

from __future__ import annotations

import colorsys
import re

from newsline.core.model import Document

# Hand-picked hues that stay apart from each other on both a white and a near-black background.
_BASE_PALETTE: tuple[str, ...] = (
    "#1f6fb4",  # blue
    "#e4731c",  # orange
    "#2b9a3e",  # green
    "#cf2f32",  # red
    "#8a5cc2",  # violet
    "#8c5a48",  # brown
    "#d65fb0",  # pink
    "#17a5b8",  # teal
    "#a8a21c",  # olive
    "#5a6d82",  # slate
    "#f0a830",  # amber
    "#3f3fbf",  # indigo
    "#7fb23a",  # lime
    "#b0306a",  # wine
    "#2d8f80",  # sea green
    "#c46b2f",  # rust
)

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def _extra_colour(n: int) -> str:
    """The n-th colour past the base palette: hues spread by the golden angle, two lightness steps."""
    hue = (0.11 + n * 0.6180339887) % 1.0
    lightness = 0.42 if n % 2 == 0 else 0.55
    r, g, b = colorsys.hls_to_rgb(hue, lightness, 0.62)
    return "#{:02x}{:02x}{:02x}".format(round(r * 255), round(g * 255), round(b * 255))


def _auto_colours():
    yield from _BASE_PALETTE
    n = 0
    while True:
        yield _extra_colour(n)
        n += 1


def is_hex_colour(value: str | None) -> bool:
    return bool(value) and bool(_HEX.match(value))


def actor_colours(doc: Document | None) -> dict[str, str]:
    """A ``#rrggbb`` colour for every actor id of `doc`, in the document's actor order.

    A valid colour set by the user wins; the other actors take palette colours in order, skipping colours the
    user already gave to someone else."""
    if doc is None:
        return {}
    chosen = {a.id: a.colour.lower() for a in doc.actors if is_hex_colour(a.colour)}
    taken = set(chosen.values())
    out: dict[str, str] = {}
    source = _auto_colours()
    for actor in doc.actors:
        if actor.id in chosen:
            out[actor.id] = chosen[actor.id]
            continue
        colour = next(source)
        while colour in taken:
            colour = next(source)
        taken.add(colour)
        out[actor.id] = colour
    return out


NO_ACTOR_COLOUR = {"light": "#6b6b6b", "dark": "#a0a0a0"}
"""Colour of events that have no actor (their lane and their marks)."""

THEMES: dict[str, dict[str, str]] = {
    "light": {
        "background": "#ffffff",
        "foreground": "#202124",  # axis text and lines
        "muted": "#6b6f76",  # secondary text, captions
        "grid": "#e6e8eb",
        "lane_even": "#ffffff",
        "lane_odd": "#f5f6f8",
        "lane_separator": "#e1e4e8",
        "label": "#202124",  # event labels
        "label_halo": "#ffffff",  # drawn translucent behind event labels, so they read over bars
        "selection": "#111111",
        "highlight": "#ffcc00",
        "reference": "#d0342c",  # the article-date line
        "undated_background": "#f1f3f5",
        "undated_chip": "#ffffff",
        "undated_border": "#c9ced6",
        "no_actor": NO_ACTOR_COLOUR["light"],
    },
    "dark": {
        "background": "#1e1f22",
        "foreground": "#e3e5e8",
        "muted": "#9aa0a6",
        "grid": "#34363b",
        "lane_even": "#1e1f22",
        "lane_odd": "#25272b",
        "lane_separator": "#34363b",
        "label": "#e8eaed",
        "label_halo": "#1e1f22",
        "selection": "#ffffff",
        "highlight": "#ffd54a",
        "reference": "#ff6b5e",
        "undated_background": "#26282c",
        "undated_chip": "#2f3136",
        "undated_border": "#4a4d54",
        "no_actor": NO_ACTOR_COLOUR["dark"],
    },
}


def theme(name: str) -> dict[str, str]:
    """The palette called `name`; a clear error for an unknown one."""
    try:
        return THEMES[name]
    except KeyError:
        raise ValueError(f"unknown theme {name!r}: use one of {', '.join(sorted(THEMES))}") from None


def _luminance(hex_colour: str) -> float:
    """WCAG relative luminance of "#rrggbb"."""
    def channel(c: int) -> float:
        v = c / 255.0
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two "#rrggbb" colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_on(colour: str, background: str, min_ratio: float = 4.5) -> str:
    """`colour` for text on `background`: as it is when it contrasts enough (WCAG `min_ratio`, 4.5 for body
    text), else mixed towards white (on a dark background) or black (on a light one) just far enough, so an
    actor's name keeps its hue but reads ("#3f3fbf" indigo on the dark theme's near-black was 2.1:1)."""
    if not is_hex_colour(colour) or not is_hex_colour(background) or contrast_ratio(colour, background) >= min_ratio:
        return colour
    target = 255 if _luminance(background) < 0.18 else 0
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    mixed = colour
    for step in range(1, 21):
        t = step / 20
        mixed = "#" + "".join(f"{round(c + (target - c) * t):02x}" for c in rgb)
        if contrast_ratio(mixed, background) >= min_ratio:
            break
    return mixed
