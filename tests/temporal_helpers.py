"""Shared helpers for the temporal tagger tests."""

from __future__ import annotations

import datetime as dt

from newsline.core.temporal.tagger import tag_times

REF = dt.date(2017, 11, 4)


def only(text, expr, ref=REF):
    """The one time expression whose text is `expr`."""
    found = [t for t in tag_times(text, ref) if t.text == expr]
    assert found, f"{expr!r} not tagged in {text!r}: got {[t.text for t in tag_times(text, ref)]}"
    return found[0]
