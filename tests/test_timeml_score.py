"""The TempEval-3 TIMEX3 scorer on tiny hand-made gold/system pairs with known counts."""

import pytest

from newsline.core.errors import InputError
from newsline.core.timeml.score import Timex, score_directories, score_timexes


def test_strict_relaxed_and_attributes():
    gold = [Timex(0, 9, "DATE", "2017-11-03", "yesterday"), Timex(20, 30, "DATE", "2017-07"),
            Timex(40, 50, "DURATION", "P3Y"), Timex(60, 65, "DATE", "2015")]
    system = [Timex(0, 9, "DATE", "2017-11-03"),  # exact, right value
              Timex(17, 30, "DATE", "2016-07"),  # overlap only, wrong value
              Timex(40, 50, "DATE", "P3Y"),  # exact, wrong type
              Timex(70, 75, "DATE", "2014")]  # spurious
    c = score_timexes(gold, system, errors=True)
    assert (c.gold, c.system, c.strict, c.relaxed, c.type_ok, c.value_ok) == (4, 4, 2, 3, 2, 2)
    assert c.strict_p == pytest.approx(50.0) and c.strict_r == pytest.approx(50.0)
    assert c.relaxed_f1 == pytest.approx(75.0)
    assert c.value_accuracy == pytest.approx(200 / 3)
    assert c.value_f1 == pytest.approx(50.0)
    kinds = sorted(line.split("\t")[1] for line in c.errors)
    assert kinds == ["EXTENT", "MISSED", "SPURIOUS", "VALUE", "VALUE"]


def test_one_to_one_matching():
    gold = [Timex(0, 10, "DATE", "a")]
    system = [Timex(0, 4, "DATE", "a"), Timex(5, 10, "DATE", "a")]
    c = score_timexes(gold, system)
    assert c.relaxed == 1 and c.system == 2 and c.relaxed_p == pytest.approx(50.0)


def test_empty_sides():
    c = score_timexes([], [])
    assert c.strict_f1 == 0.0 and c.relaxed_p == 0.0


def write(path, body):
    path.write_text(f"<TimeML><DCT><TIMEX3 tid='t0' type='DATE' value='2017-11-04' "
                    f"functionInDocument='CREATION_TIME'>x</TIMEX3></DCT><TEXT>{body}</TEXT></TimeML>", "utf-8")


def test_directories(tmp_path):
    (tmp_path / "g").mkdir()
    (tmp_path / "s").mkdir()
    write(tmp_path / "g" / "a.tml", "It fell <TIMEX3 tid='t1' type='DATE' value='2017-11-03'>yesterday</TIMEX3>.")
    write(tmp_path / "s" / "a.tml", "It fell <TIMEX3 tid='t1' type='DATE' value='2017-11-03'>yesterday</TIMEX3>.")
    write(tmp_path / "g" / "b.tml", "In <TIMEX3 tid='t1' type='DATE' value='2017-07'>July</TIMEX3>.")
    counts, problems = score_directories(tmp_path / "g", tmp_path / "s")
    assert (counts.gold, counts.system, counts.strict) == (2, 1, 1)
    assert problems and "b.tml" in problems[0]
    with pytest.raises(InputError, match="does not exist"):
        score_directories(tmp_path / "missing", tmp_path / "s")
