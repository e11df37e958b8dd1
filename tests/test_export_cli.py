"""`newsline export` through export_cli.main: exit codes, one-line errors, and the seed article."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from newsline.gui.export_cli import main


def _one_line(err: str) -> str:
    lines = [ln for ln in err.splitlines() if "propagateSizeHints" not in ln]
    assert len(lines) == 1, lines
    assert "Traceback" not in err
    return lines[0]


def test_impossible_date_is_a_usage_error(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("The council met on Monday.\n", encoding="utf-8")
    code = main([str(article), "--date", "2017-02-30", "--png", str(tmp_path / "o.png")])
    assert code == 2
    assert "2017-02-30" in _one_line(capsys.readouterr().err)
    assert not (tmp_path / "o.png").exists()


def test_missing_file_is_one_line_and_exit_1(tmp_path, capsys):
    code = main([str(tmp_path / "nope.txt"), "--png", str(tmp_path / "o.png")])
    assert code == 1
    assert "no such file" in _one_line(capsys.readouterr().err)


def test_binary_file_is_refused(tmp_path, capsys):
    bad = tmp_path / "b.txt"
    bad.write_bytes(bytes(range(256)) * 40)
    assert main([str(bad), "--png", str(tmp_path / "o.png")]) == 1
    _one_line(capsys.readouterr().err)


@pytest.mark.parametrize("extra", [["--width", "0"], ["--scale", "x"], ["--theme", "sepia"], ["--lanes", "3"]])
def test_bad_options_are_usage_errors(tmp_path, capsys, extra):
    article = tmp_path / "a.txt"
    article.write_text("The council met.\n", encoding="utf-8")
    assert main([str(article), "--png", str(tmp_path / "o.png"), *extra]) == 2
    _one_line(capsys.readouterr().err)


def test_output_must_be_png_and_folder_must_exist(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("The council met.\n", encoding="utf-8")
    assert main([str(article), "--png", str(tmp_path / "o.jpg")]) == 1
    _one_line(capsys.readouterr().err)
    assert main([str(article), "--png", str(tmp_path / "no" / "o.png")]) == 1
    assert "no such folder" in _one_line(capsys.readouterr().err)


def test_unknown_actor_is_reported(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("The council met.\n", encoding="utf-8")
    assert main([str(article), "--png", str(tmp_path / "o.png"), "--actors", "Nobody At All"]) == 1
    assert "Nobody At All" in _one_line(capsys.readouterr().err)


def test_exports_the_seed_article(seed_path, tmp_path):
    out = tmp_path / "seed.png"
    code = main([str(seed_path), "--date", "2017-11-04", "--png", str(out), "--width", "1200", "--height", "700",
                 "--scale", "2", "--theme", "dark"])
    assert code == 0
    img = QImage(str(out))
    assert (img.width(), img.height()) == (2400, 1400)


def test_exports_a_project_file_with_its_corrections(tmp_path, capsys):
    from gui_fixtures import story_document
    from newsline.core.model import Correction, CorrectionOp
    from newsline.core.project_file import project_for, save_project

    doc = story_document()
    deleted = Correction(op=CorrectionOp.DELETE_EVENT, target="e1")
    path = save_project(project_for(doc, [deleted]), tmp_path / "story.newsline.json")
    with_correction = tmp_path / "p.png"
    assert main([str(path), "--png", str(with_correction), "--width", "800", "--height", "500"]) == 0
    plain = tmp_path / "plain.png"
    save_project(project_for(doc, []), tmp_path / "plain.newsline.json")
    assert main([str(tmp_path / "plain.newsline.json"), "--png", str(plain), "--width", "800", "--height", "500"]) == 0
    assert QImage(str(with_correction)) != QImage(str(plain))  # the deleted event is gone from the picture


def test_broken_project_file_is_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.newsline.json"
    bad.write_text('{"schema_version": 1, "documents": [{"document": 5}]}', encoding="utf-8")
    assert main([str(bad), "--png", str(tmp_path / "o.png")]) == 1
    _one_line(capsys.readouterr().err)


def test_runs_headless_without_any_display_setting(tmp_path):
    import os
    import subprocess
    import sys

    article = tmp_path / "a.txt"
    article.write_text("The council met on 3 March 2020. It voted the next day.\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "o.png"
    code = ("import sys; from newsline.gui.export_cli import main; "
            f"sys.exit(main([{str(article)!r}, '--png', {str(out)!r}, '--width', '640', '--height', '400']))")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert QImage(str(out)).size().width() == 640
    assert "propagateSizeHints" not in done.stderr  # the offscreen plugin's note is not shown to the user
