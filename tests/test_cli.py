"""The command line: exit codes and one-line errors for every bad input, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
ENV.pop("NEWSLINE_DEBUG", None)


def run(*args, **kw):
    return subprocess.run([sys.executable, "-m", "newsline.gui.launcher", *args], capture_output=True, text=True,
                          env=ENV, timeout=120, **kw)


def _one_clean_line(proc):
    assert "Traceback" not in proc.stderr
    lines = [l for l in proc.stderr.splitlines() if l.strip()]
    assert lines and lines[0].startswith("newsline: error:"), proc.stderr
    return lines[0]


def test_extract_to_stdout_and_file(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Rebels seized the port of Vell on 3 May 2021, officials said on Tuesday.\n", encoding="utf-8")
    proc = run("extract", str(article), "--date", "2021-05-06")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    doc = data["documents"][0]["document"]
    assert data["schema_version"] == 1
    assert doc["reference_date"] == {"value": "2021-05-06", "source": "user", "evidence": None, "note": ""}
    assert doc["text"] == article.read_text(encoding="utf-8")
    out = tmp_path / "a.newsline.json"
    proc = run("extract", str(article), "-o", str(out))
    assert proc.returncode == 0 and out.exists()
    proc = run("extract", str(article), "-o", str(out))
    assert proc.returncode == 2 and "--force" in _one_clean_line(proc)


@pytest.mark.parametrize("setup, message", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: d, "directory"),
    (lambda d: (d / "e.txt").write_text("  \n\n") and d / "e.txt", "empty"),
    (lambda d: (d / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4) and d / "b.txt", ""),
    (lambda d: (d / "x.newsline.json").write_text('{"schema_version": 1, "documents": [{}]}') and d / "x.newsline.json",
     "documents.0.document: Field required"),
])
def test_bad_inputs_fail_with_one_line(tmp_path, setup, message):
    sub = tmp_path / "in"
    sub.mkdir()
    path = setup(sub)
    proc = run("extract", str(path))
    assert proc.returncode == 1, proc.stderr
    assert message in _one_clean_line(proc) + proc.stderr


def test_huge_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:  # sparse 100 MB file: costs no disk
        fh.truncate(100 * 1024 * 1024)
    proc = run("extract", str(big))
    assert proc.returncode == 1
    _one_clean_line(proc)


@pytest.mark.parametrize("date", ["2017-02-30", "tomorrow", "0000-01-01", "2017-13-01"])
def test_impossible_dates(tmp_path, date):
    article = tmp_path / "a.txt"
    article.write_text("Troops entered the town.")
    proc = run("extract", str(article), "--date", date)
    assert proc.returncode == 2
    assert "YYYY-MM-DD" in _one_clean_line(proc)


def test_unknown_option_and_help():
    proc = run("extract")
    assert proc.returncode == 2
    _one_clean_line(proc)
    proc = run("--help")
    assert proc.returncode == 0 and "newsline extract" in proc.stdout


def test_window_without_display_says_so(tmp_path):
    env = {k: v for k, v in ENV.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    proc = subprocess.run([sys.executable, "-m", "newsline.gui.launcher"], capture_output=True, text=True, env=env,
                          timeout=60)
    assert proc.returncode == 1 and "no display" in _one_clean_line(proc)


def test_timeml_annotate_and_score_through_the_command(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "d1.tml").write_text(
        '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>d1</DOCID>\n'
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-04" functionInDocument="CREATION_TIME">May 4, 2001'
        '</TIMEX3></DCT>\n<TEXT>\nThe rebels <EVENT eid="e1" class="OCCURRENCE">attacked</EVENT> the town '
        '<TIMEX3 tid="t1" type="DATE" value="2001-05-03">yesterday</TIMEX3>.\n</TEXT>\n</TimeML>\n',
        encoding="utf-8")
    out = tmp_path / "sys"
    proc = run("timeml", "annotate", str(gold), str(out))
    assert proc.returncode == 0, proc.stderr
    written = (out / "d1.tml").read_text(encoding="utf-8")
    assert 'value="2001-05-03"' in written and ">yesterday</TIMEX3>" in written
    proc = run("timeml", "score", str(gold), str(out))
    assert proc.returncode == 0 and "overall" in proc.stdout
    proc = run("timeml", "score", str(tmp_path / "nope"), str(out))
    assert proc.returncode == 1
    _one_clean_line(proc)


def test_core_cli_runs_as_a_module(tmp_path):
    # `python -m newsline.core.cli extract` did nothing (no __main__ block) and exited 0
    src = tmp_path / "a.txt"
    src.write_text("Rebels seized the town of Tarvo on Monday, officials said.\n", encoding="utf-8")
    out = tmp_path / "a.newsline.json"
    proc = subprocess.run([sys.executable, "-m", "newsline.core.cli", "extract", str(src), "--date", "2021-06-02",
                           "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))["documents"][0]["document"]
    assert any(e["lemma"] == "seize" for e in doc["events"])
