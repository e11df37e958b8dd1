"""`annotate` and `score` on temporary directories."""

import io

import pytest

from newsline.core.errors import InputError
from newsline.core.timeml.commands import annotate, score
from newsline.core.timeml.reader import parse_timeml

DOC = ("<?xml version='1.0'?><TimeML><DCT><TIMEX3 tid='t0' type='DATE' value='2017-11-04' "
       "functionInDocument='CREATION_TIME'>Nov 4</TIMEX3></DCT><TEXT>\nIraqi forces <EVENT eid='e1' "
       "class='OCCURRENCE'>entered</EVENT> al-Qaim <TIMEX3 tid='t1' type='DATE' value='2017-11-03'>yesterday"
       "</TIMEX3>, <TIMEX3 tid='t2' type='DURATION' value='P1W' mod='MORE_THAN'>just over a week</TIMEX3> after "
       "the operation began.\n</TEXT></TimeML>")


def test_annotate_then_score(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "doc.tml").write_text(DOC, encoding="utf-8")
    out = io.StringIO()
    assert annotate(src, tmp_path / "out", out=out) == 0
    written = parse_timeml((tmp_path / "out" / "doc.tml").read_text(encoding="utf-8"))
    original = parse_timeml(DOC)
    assert written.text == original.text
    assert written.dct == original.dct
    assert [(t.text, t.value) for t in written.timexes] == [("yesterday", "2017-11-03"), ("just over a week", "P1W")]
    assert "doc.tml" in out.getvalue()
    for ev in written.events:  # events come from the pipeline's event finder, when it finds any
        assert ev.span.of(written.text) == ev.text and ev.event_class
    report = io.StringIO()
    assert score(src, tmp_path / "out", errors=True, out=report) == 0
    assert "overall" in report.getvalue() and "100.0" in report.getvalue()


def test_bad_directories(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        annotate(tmp_path / "nope", tmp_path / "out")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no .tml"):
        annotate(tmp_path / "empty", tmp_path / "out")
    (tmp_path / "empty" / "a.tml").write_text(DOC, encoding="utf-8")
    with pytest.raises(InputError, match="input directory"):
        annotate(tmp_path / "empty", tmp_path / "empty")
    with pytest.raises(InputError):
        score(tmp_path / "nope", tmp_path / "empty")


def test_unreadable_file_is_reported_and_others_written(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.tml").write_text(DOC, encoding="utf-8")
    (src / "bad.tml").write_text("<html>not timeml</html>", encoding="utf-8")
    out = io.StringIO()
    assert annotate(src, tmp_path / "out", out=out) == 1
    assert (tmp_path / "out" / "good.tml").is_file() and not (tmp_path / "out" / "bad.tml").exists()
    assert "not read" in out.getvalue()
