"""The knowledge base: bundled entries, the user's extension file, and broken user files."""

from __future__ import annotations

import json
import os

import pytest

from newsline.core.entities import kb as kbmod
from newsline.core.entities.extract import find_actors_and_places
from newsline.core.entities.kb import config_dir, load_knowledge_base, parse_kb_text, user_kb_path
from newsline.core.ingest.prepare import prepare
from newsline.core.model import ActorKind

STORY = ("Zentara Dynamics said on Monday that ZDX would build a plant near the town of Orlavik. "
         "Hezbollah and Hizbullah-al-Watan did not comment. ZDX shares rose.")


def actors_of(text, kb=None):
    return find_actors_and_places(prepare(text), kb)[0]


def test_bundled_base_loads_clean():
    kb = load_knowledge_base(include_user=False)
    assert kb.warnings == []
    isis = kb.actors["islamic_state"]
    assert isis.kind == ActorKind.ARMED_GROUP
    assert {"Isis", "ISIL", "Daesh"} <= set(isis.aliases)
    assert kb.demonym_country("Syrian") == "SY"
    assert kb.country_actor("NZ") is not None  # every country in the gazetteer is a government actor
    assert any(h.actor_id == "country:US" and h.metonym for h in kb.lookup("Washington"))


def test_short_acronyms_match_only_in_capitals():
    kb = load_knowledge_base(include_user=False)
    assert [h.actor_id for h in kb.lookup("IS")] == ["islamic_state"]
    assert kb.lookup("Is") == []
    assert kb.lookup("is") == []


def test_user_file_adds_actors(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINE_CONFIG_DIR", str(tmp_path))
    (tmp_path / "knowledge_base.json").write_text(json.dumps({
        "format_version": 1,
        "actors": [{"id": "zentara", "name": "Zentara Dynamics", "kind": "organisation", "country": "NO",
                    "aliases": ["ZDX"], "describers": ["company"]}],
    }), encoding="utf-8")
    kb = load_knowledge_base()
    assert kb.warnings == [] and str(tmp_path / "knowledge_base.json") in kb.sources
    actors = actors_of(STORY)
    z = next(a for a in actors if a.kb_id == "zentara")
    assert z.name == "Zentara Dynamics" and z.country == "NO"
    assert [m.text for m in z.mentions] == ["Zentara Dynamics", "ZDX", "ZDX"]


def test_user_entries_win_over_bundled_ones(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINE_CONFIG_DIR", str(tmp_path))
    (tmp_path / "knowledge_base.json").write_text(json.dumps({
        "actors": [{"id": "hezbollah", "name": "Hezbollah movement", "kind": "organisation",
                    "aliases": ["Hezbollah", "Hizbullah-al-Watan"]}],
    }), encoding="utf-8")
    actors = actors_of(STORY)
    h = next(a for a in actors if a.kb_id == "hezbollah")
    assert h.name == "Hezbollah movement" and h.kind == ActorKind.ORGANISATION
    assert {m.text for m in h.mentions} == {"Hezbollah", "Hizbullah-al-Watan"}


def test_broken_json_is_skipped_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINE_CONFIG_DIR", str(tmp_path))
    path = tmp_path / "knowledge_base.json"
    path.write_text('{"actors": [ {"id": "x", ', encoding="utf-8")
    kb = load_knowledge_base()
    assert len(kb.warnings) == 1
    assert str(path) in kb.warnings[0] and "not valid JSON" in kb.warnings[0] and "line 1" in kb.warnings[0]
    assert kb.actors["islamic_state"].name == "Islamic State"  # the bundled base still works
    assert actors_of("Isis said it would fight on.")[0].kb_id == "islamic_state"
    assert path.read_text(encoding="utf-8") == '{"actors": [ {"id": "x", '  # the user's file is left alone


def test_wrong_format_names_the_field(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINE_CONFIG_DIR", str(tmp_path))
    (tmp_path / "knowledge_base.json").write_text(json.dumps({
        "actors": [{"id": "x", "name": "X Corp", "kind": "wizard"}]}), encoding="utf-8")
    kb = load_knowledge_base()
    assert len(kb.warnings) == 1 and "actors.0.kind" in kb.warnings[0]
    assert "x" not in kb.actors


def test_changed_user_file_is_read_again(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINE_CONFIG_DIR", str(tmp_path))
    path = tmp_path / "knowledge_base.json"
    path.write_text(json.dumps({"actors": [{"id": "a", "name": "Alpha Group"}]}), encoding="utf-8")
    assert "a" in load_knowledge_base().actors
    path.write_text(json.dumps({"actors": [{"id": "b", "name": "Beta Holdings Group"}]}), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10_000_000))
    kb = load_knowledge_base()
    assert "b" in kb.actors and "a" not in kb.actors


def test_config_dir_follows_xdg(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSLINE_CONFIG_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert config_dir() == tmp_path / "newsline"
    assert user_kb_path() == tmp_path / "newsline" / "knowledge_base.json"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert config_dir() == tmp_path / "home" / ".config" / "newsline"


def test_parse_rejects_unknown_top_level_keys():
    with pytest.raises(ValueError, match="actorz"):
        parse_kb_text(json.dumps({"actorz": []}), "test file")


def test_bundled_file_follows_its_own_format():
    text = kbmod._bundled_text()
    data = parse_kb_text(text, "bundled")
    ids = [a.id for a in data.actors]
    assert len(ids) == len(set(ids)), "actor ids must be unique"
    assert len(data.actors) + len(data.countries) >= 250
