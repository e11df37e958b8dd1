"""The timeline at the scale factors of HiDPI laptops (1.25, 1.5 and 2), next to 1: clicking an event, the selection
ring, marker colours, scrolled pictures against fresh ones, labels, screenshots and the PNG export.

`QT_SCALE_FACTOR` only takes effect before the QApplication exists, so each factor runs `hidpi_probe.py` in a
fresh process (on an offscreen screen of 1600x1000 logical pixels, see `offscreen_screen.py`) and these tests
assert on what it found."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from offscreen_screen import platform_spec
from pixel_helpers import argb

FACTORS = (1.0, 1.25, 1.5, 2.0)
PROBE = Path(__file__).resolve().parent / "hidpi_probe.py"
_runs: dict[float, tuple[dict, Path]] = {}


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    """`probe(factor)`: what hidpi_probe.py found at that scale factor, and the folder of its PNGs (run once)."""

    def run(factor: float) -> tuple[dict, Path]:
        if factor not in _runs:
            out = tmp_path_factory.mktemp(f"hidpi-{factor:g}")
            env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
            env.update(QT_SCALE_FACTOR=f"{factor:g}", QT_QPA_PLATFORM=platform_spec(factor, out))
            done = subprocess.run([sys.executable, str(PROBE), str(out)], env=env, capture_output=True, text=True,
                                  timeout=300)
            assert done.returncode == 0, done.stderr[-3000:]
            _runs[factor] = (json.loads((out / "probe.json").read_text(encoding="utf-8")), out)
        return _runs[factor]

    return run


@pytest.mark.parametrize("factor", FACTORS)
def test_the_scale_factor_takes_effect_and_screenshots_are_device_pixels(probe, factor):
    found, _ = probe(factor)
    assert found["screen_ratio"] == factor
    clicks = found["check_clicks_and_ring"]
    assert clicks["dpr"] == factor
    assert clicks["grab_size"] == [round(side * factor) for side in clicks["plot_size"]]
    window = found["check_window"]
    assert window["window_grab"] == [round(side * factor) for side in window["window_size"]]
    assert window["window_grab_ratio"] == factor


@pytest.mark.parametrize("factor", FACTORS)
def test_clicking_a_mark_selects_its_event_and_rings_it(probe, factor):
    clicks = probe(factor)[0]["check_clicks_and_ring"]
    assert clicks["clicks"] == {"e2": "e2", "e10": "e10", "e5": "e5"}
    # the marker is at its logical position in the grab's device pixels, in its actor's colour
    assert all(d < 30 for d in clicks["marker_colour_distance"].values()), clicks["marker_colour_distance"]
    # and the ring shows on both sides of it
    assert all(min(sides) > 100 for sides in clicks["ring_changed"].values()), clicks["ring_changed"]


@pytest.mark.parametrize("factor", FACTORS)
def test_scrolled_pictures_are_fresh_ones_pixel_for_pixel(probe, factor):
    """At 1.5 and 2 the grid, lanes and marks sit on whole device pixels: a picture scrolled by whole device
    pixels is the one drawn afresh (at 2, grid lines were half a device pixel off after an odd shift)."""
    found = probe(factor)[0]["check_scrolled_pictures"]
    assert found["scrolled_moves"] >= 3  # the moves did scroll the picture, not only redraw it
    assert found["differing_moves"] == []
    # and labels stamped straight onto the view are those of the labelled picture (at 1.25 and 1.5 they sat
    # between device pixels and were sampled differently)
    assert found["direct_differing_moves"] == []


@pytest.mark.parametrize("factor", FACTORS)
def test_labels_neither_overlap_nor_are_cut_short(probe, factor):
    found = probe(factor)[0]["check_labels"]
    assert found["labels"] > 10 and found["checked"] > 10
    assert found["overlaps"] == 0
    assert found["cut_short"] == []


@pytest.mark.parametrize("factor", FACTORS)
def test_export_has_the_asked_size_times_scale_and_says_96_dpi_times_scale(probe, factor):
    sizes = probe(factor)[0]["check_exports"]["export_sizes"]
    assert sizes == {"1": [900, 500, 96.0], "2": [1800, 1000, 192.0]}


def test_a_2x_export_is_the_same_picture_whatever_the_screens_scale(probe):
    """The export draws at its own scale: on a 1x screen (and headless) a 2x picture used to be the 1x one
    enlarged (the canvas drew through the screen's pictures), and differed from the one made on a 2x screen."""
    pictures = {f: argb(QImage(str(probe(f)[1] / "story-2x.png"))) for f in FACTORS}
    assert pictures[1.0].shape == (1000, 1800)
    for f in FACTORS[1:]:
        assert np.array_equal(pictures[f], pictures[1.0]), f"screen at {f}"
