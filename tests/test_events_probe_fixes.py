"""Errors found by probing extraction on new articles (tests/data/probe/, with the analyst's expectations in
EXPECTED.md written before the extractor ran): each test is a real sentence or article."""

from __future__ import annotations

from pathlib import Path

from newsline.core.pipeline import extract

PROBE = Path(__file__).parent / "data" / "probe"


def _labels(text: str) -> list[str]:
    return [e.label for e in extract(text).events]


def test_plural_group_name_in_is_takes_a_plural_verb():
    labels = _labels("SANAA, Jan. 12, 2024 - The Houthis fired two missiles at a cargo ship in the Red Sea on "
                     "Friday, the U.S. military said.")
    assert "Houthis fire" in labels
    assert not any("Houthis fires" in label for label in labels)
