"""Project files: round trips, migration, atomic writes, clear errors on corrupted files, shipped schema."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsline.core.errors import ProjectFileError
from newsline.core.model import (
    Actor, ActorKind, CalendarInterval, Correction, CorrectionOp, Document, Event, EventTime, Mention,
    Precision, ReferenceDate, ReferenceDateSource, Sentence, Span, TimeResolution,
)
from newsline.core.pipeline import extract
from newsline.core.project_file import (
    load_project, parse_project, project_for, save_project, json_schema,
)
from newsline.core.schema_file import schema_text, shipped_schema_text


def _doc() -> Document:
    text = "Rebels seized Port Vell on 3 May 2021. The army said it would respond."
    return Document(
        title="Port Vell",
        text=text,
        reference_date=ReferenceDate(value=dt.date(2021, 5, 4), source=ReferenceDateSource.USER),
        sentences=[Sentence(index=0, span=Span(start=0, end=38)), Sentence(index=1, span=Span(start=39, end=len(text)))],
        actors=[Actor(id="a1", name="Rebels", kind=ActorKind.ARMED_GROUP,
                      mentions=[Mention(span=Span(start=0, end=6), text="Rebels", sentence=0)])],
        events=[Event(id="e1", sentence=0, trigger=Span(start=7, end=13), trigger_text="seized", label="Rebels seize Port Vell",
                      time=EventTime(interval=CalendarInterval(earliest=dt.date(2021, 5, 3), latest=dt.date(2021, 5, 3)),
                                     precision=Precision.DAY, resolution=TimeResolution.EXPLICIT))],
    )


def test_round_trip_keeps_everything(tmp_path):
    project = project_for(_doc(), [Correction(op=CorrectionOp.SET_EVENT_LABEL, target="e1", value="Rebels take Port Vell")])
    path = save_project(project, tmp_path / "a.newsline.json")
    back = load_project(path)
    assert back.documents[0].document == project.documents[0].document
    assert back.documents[0].corrections[0].value == "Rebels take Port Vell"
    assert back.schema_version == 1 and back.saved_at is not None


def test_round_trip_of_a_real_extraction(tmp_path, seed_text):
    doc = extract(seed_text, dt.date(2017, 11, 4))
    path = save_project(project_for(doc), tmp_path / "seed.newsline.json")
    assert load_project(path).documents[0].document == doc


def test_save_is_atomic_and_keeps_a_backup(tmp_path, monkeypatch):
    path = tmp_path / "p.newsline.json"
    save_project(project_for(_doc()), path)
    first = path.read_text()
    # a failure while writing the new version leaves the old file intact and no temporary file behind
    import newsline.core.project_file as pf

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pf.os, "fsync", boom)
    with pytest.raises(ProjectFileError, match="No space left"):
        save_project(project_for(_doc().model_copy(update={"title": "changed"})), path)
    assert path.read_text() == first
    assert [p.name for p in tmp_path.iterdir()] == ["p.newsline.json"]
    monkeypatch.undo()
    save_project(project_for(_doc().model_copy(update={"title": "changed"})), path)
    assert json.loads(path.read_text())["documents"][0]["document"]["title"] == "changed"
    assert (tmp_path / "p.newsline.json.bak").read_text() == first


def test_version_0_files_are_migrated():
    old = {"schema_version": 0, "app": "newsline",
           "document": {"title": "Old", "text": "It rained yesterday.", "reference_date": "2020-01-02"},
           "corrections": [{"op": "delete_event", "target": "e1"}]}
    project = parse_project(json.dumps(old))
    doc = project.documents[0].document
    assert doc.reference_date.value == dt.date(2020, 1, 2)
    assert doc.reference_date.source == ReferenceDateSource.USER
    assert project.documents[0].corrections[0].op == CorrectionOp.DELETE_EVENT


@pytest.mark.parametrize("raw, expected", [
    ("{not json", "invalid JSON at line 1"),
    ("[1, 2]", "not a Newsline project"),
    ('{"documents": []}', "schema_version: missing"),
    ('{"schema_version": 99, "documents": []}', "newer Newsline"),
    ('{"schema_version": 1, "documents": [{"document": {"text": "x", "events": [{"id": "e1"}]}}]}',
     "documents.0.document.events.0.sentence: Field required"),
    ('{"schema_version": 1, "documents": [{"document": {"text": "abc", '
     '"sentences": [{"index": 0, "span": {"start": 0, "end": 50}}]}}]}', "beyond the text"),
])
def test_corrupted_files_give_field_path_messages(raw, expected):
    with pytest.raises(ProjectFileError) as info:
        parse_project(raw, "x.newsline.json")
    assert expected in str(info.value)


def test_truncated_and_binary_files(tmp_path):
    path = tmp_path / "t.newsline.json"
    save_project(project_for(_doc()), path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ProjectFileError, match="corrupted project file"):
        load_project(path)
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    with pytest.raises(ProjectFileError):
        load_project(path)
    path.write_bytes(b"")
    with pytest.raises(ProjectFileError, match="empty"):
        load_project(path)
    with pytest.raises(ProjectFileError, match="no such file"):
        load_project(tmp_path / "missing.newsline.json")


def test_shipped_json_schema_matches_the_models():
    assert shipped_schema_text() == schema_text(), "run: python -m newsline.core.schema_file"
    schema = json_schema()
    assert schema["properties"]["schema_version"]["const"] == 1
    assert "Document" in schema["$defs"] and "Event" in schema["$defs"]


def test_saved_file_validates_against_shipped_schema(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    path = save_project(project_for(_doc()), tmp_path / "s.newsline.json")
    jsonschema.validate(json.loads(path.read_text()), json.loads(shipped_schema_text()))


def test_a_folder_that_cannot_be_written_names_the_project_not_a_temporary_file(tmp_path, monkeypatch):
    """The error named '.x.newsline.json.g7ifgbtn.tmp' (the temporary file it could not make), and was a bare
    OSError rather than a ProjectFileError."""
    import tempfile

    from newsline.core.errors import NewslineError
    from newsline.core.project_file import project_for, save_project

    def refuse(*_a, **_k):
        raise PermissionError(13, "Permission denied", str(tmp_path / ".x.newsline.json.abc.tmp"))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    target = tmp_path / "x.newsline.json"
    with pytest.raises(NewslineError) as err:
        save_project(project_for(_doc()), target)
    assert str(err.value).startswith(f"{target}: cannot save") and "Permission denied" in str(err.value)
    assert ".tmp" not in str(err.value)
