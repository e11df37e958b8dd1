"""The knowledge base of well-known actors, countries and places, and the user's additions to it.

The bundled file is ``resources/knowledge_base.json``; a user adds or overrides entries in
``knowledge_base.json`` in Newsline's configuration folder (`user_kb_path`). The format is documented in
docs/knowledge-base.md and checked by the pydantic models below. A broken user file never stops extraction:
it is skipped and the problem is kept in `KnowledgeBase.warnings` for the caller to show.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..model import ActorKind, PlaceKind
from .gazetteer import Gazetteer, country_names
from .tokens import name_key

KB_FILE_NAME = "knowledge_base.json"


# --------------------------------------------------------------------------------------------- file format
class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CountryRecord(_Strict):
    iso: str = Field(min_length=2, max_length=2, description="ISO 3166 alpha-2 code, e.g. \"SY\".")
    name: str | None = Field(None, description="Display name; defaults to the gazetteer's name.")
    demonyms: list[str] = Field(default_factory=list, description='"Syrian": "Syrian troops" -> Syria\'s forces.')
    aliases: list[str] = Field(default_factory=list, description="Other names of the country.")
    metonyms: list[str] = Field(default_factory=list, description='"Damascus", "the Kremlin": stand for the government.')


class ActorRecord(_Strict):
    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    kind: ActorKind = ActorKind.ORGANISATION
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)
    describers: list[str] = Field(default_factory=list, description='Nouns that refer back to it: "group".')


class PlaceRecord(_Strict):
    name: str = Field(min_length=1)
    kind: PlaceKind = PlaceKind.OTHER
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)


class KnowledgeBaseFile(_Strict):
    format_version: Literal[1] = 1
    about: str = ""
    countries: list[CountryRecord] = Field(default_factory=list)
    actors: list[ActorRecord] = Field(default_factory=list)
    places: list[PlaceRecord] = Field(default_factory=list)
    given_names: list[str] = Field(default_factory=list, description="First names that mark a person.")


# --------------------------------------------------------------------------------------------- in memory
@dataclass
class KBActor:
    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    describers: list[str] = field(default_factory=list)
    metonyms: list[str] = field(default_factory=list)
    is_country: bool = False


@dataclass
class KBPlace:
    name: str
    kind: PlaceKind
    country: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Hit:
    """What a name in the text can be: an actor entry (by id), a bundled place, or a metonym of an actor."""

    actor_id: str | None = None
    place: KBPlace | None = None
    metonym: bool = False
    exact: str = ""  # the alias as written in the KB, for case-sensitive short acronyms


@dataclass
class KnowledgeBase:
    actors: dict[str, KBActor] = field(default_factory=dict)
    places: list[KBPlace] = field(default_factory=list)
    demonyms: dict[str, str] = field(default_factory=dict)  # lower-case demonym -> ISO code
    given_names: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    _index: dict[str, list[Hit]] = field(default_factory=dict)
    max_name_tokens: int = 1
    gazetteer: Gazetteer | None = None

    # ---------------------------------------------------------------------------------------- lookups
    def lookup(self, surface: str) -> list[Hit]:
        """Every entry a name written `surface` may be (spelling folded by `name_key`).

        Short all-capital aliases ("IS", "UN", "WHO") only match the same capitals."""
        hits = self._index.get(name_key(surface), [])
        return [h for h in hits if not h.exact or h.exact == surface.replace(".", "")]

    def may_start_name(self, word: str) -> bool:
        """Can a known name begin with this word? (A name's key starts with the key of its first word, so a
        word whose key begins no known key starts no known name.)"""
        prefixes = self.__dict__.get("_prefixes")
        if prefixes is None or self.__dict__.get("_prefixes_for") != len(self._index):
            prefixes = {key[:n] for key in self._index for n in range(1, len(key) + 1)}
            self.__dict__["_prefixes"] = prefixes
            self.__dict__["_prefixes_for"] = len(self._index)
        return name_key(word) in prefixes

    def country_actor(self, iso: str) -> KBActor | None:
        return self.actors.get(f"country:{iso}")

    def demonym_country(self, word: str) -> str | None:
        return self.demonyms.get(word.lower().replace(".", ""))

    def country_name(self, iso: str) -> str:
        a = self.country_actor(iso)
        return a.name if a else iso

    # ---------------------------------------------------------------------------------------- building
    def _add_name(self, name: str, hit: Hit) -> None:
        name = name.strip()
        if name.lower().startswith("the "):
            name = name[4:]
        if not name:
            return
        letters = name.replace(".", "")
        if letters.isupper() and len(letters) <= 4:
            hit = Hit(hit.actor_id, hit.place, hit.metonym, exact=letters)
        key = name_key(name)
        if not key:
            return
        bucket = self._index.setdefault(key, [])
        # a later source (the user's file) wins: its hits go first
        bucket[:] = [h for h in bucket if not _same_target(h, hit)]
        bucket.insert(0, hit)
        self.max_name_tokens = max(self.max_name_tokens, len(name.split()) + name.count("-"))

    def _merge(self, data: KnowledgeBaseFile, gaz: Gazetteer) -> None:
        for c in data.countries:
            iso = c.iso.upper()
            aid = f"country:{iso}"
            actor = self.actors.get(aid)
            if actor is None:
                actor = KBActor(aid, c.name or gaz.country_name(iso) or iso, ActorKind.GOVERNMENT, iso,
                                is_country=True)
                self.actors[aid] = actor
            elif c.name:
                actor.name = c.name
            actor.aliases = _dedupe(actor.aliases + c.aliases)
            actor.metonyms = _dedupe(actor.metonyms + c.metonyms)
            for d in c.demonyms:
                self.demonyms[d.lower().replace(".", "")] = iso
            for a in c.aliases:
                self._add_name(a, Hit(actor_id=aid))
            for m in c.metonyms:
                self._add_name(m, Hit(actor_id=aid, metonym=True))
        for r in data.actors:
            prev = self.actors.get(r.id)
            self.actors[r.id] = KBActor(r.id, r.name, r.kind, r.country.upper() if r.country else None,
                                        _dedupe(r.aliases), _dedupe(r.describers))
            if prev is not None:  # the user's entry replaces it: drop the old names
                for bucket in self._index.values():
                    bucket[:] = [h for h in bucket if h.actor_id != r.id]
            for n in [r.name, *r.aliases]:
                self._add_name(n, Hit(actor_id=r.id))
        for p in data.places:
            kp = KBPlace(p.name, p.kind, p.country.upper() if p.country else None, _dedupe(p.aliases))
            self.places.append(kp)
            for n in [p.name, *p.aliases]:
                self._add_name(n, Hit(place=kp))
        self.given_names.update(data.given_names)


def _common_words(name: str) -> bool:
    """A capital such as "The Valley" or "Victoria" too common to stand for a government by itself."""
    from ..dictionary import word_entry

    words = [w for w in name.split() if w.lower() != "the"]
    return len(words) == 1 and bool(word_entry(words[0].lower()))


def _same_target(a: Hit, b: Hit) -> bool:
    return a.actor_id == b.actor_id and a.place is b.place and a.exact == b.exact and a.metonym == b.metonym


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


# --------------------------------------------------------------------------------------------- loading
def config_dir() -> Path:
    """Newsline's configuration folder: $NEWSLINE_CONFIG_DIR, else $XDG_CONFIG_HOME/newsline, else
    ~/.config/newsline."""
    explicit = os.environ.get("NEWSLINE_CONFIG_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CONFIG_HOME")
    base = Path(xdg) if xdg else Path.home() / ".config"
    return base / "newsline"


def user_kb_path() -> Path:
    return config_dir() / KB_FILE_NAME


def parse_kb_text(text: str, source: str) -> KnowledgeBaseFile:
    """Parse and check a knowledge-base file; raises ValueError with a readable message."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{source} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    try:
        return KnowledgeBaseFile.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(top)'}: {err['msg']}" for err in exc.errors()[:5]
        )
        more = "" if exc.error_count() <= 5 else f" (and {exc.error_count() - 5} more)"
        raise ValueError(f"{source} does not follow the knowledge-base format: {problems}{more}") from None


def _bundled_text() -> str:
    return resources.files("newsline.resources").joinpath(KB_FILE_NAME).read_text(encoding="utf-8")


_BUNDLED: KnowledgeBaseFile | None = None
_CACHE: dict[tuple, KnowledgeBase] = {}
_LOCK = threading.Lock()  # extraction runs on worker threads


def load_knowledge_base(user_path: Path | None = None, *, include_user: bool = True) -> KnowledgeBase:
    """The bundled knowledge base plus the user's file (`user_kb_path` unless `user_path` is given).

    User entries win over bundled ones (same actor id replaces; a shared alias points to the user's entry
    first). A user file that cannot be read or does not follow the format is skipped with a warning in
    `KnowledgeBase.warnings`. Results are cached until the user file changes."""
    with _LOCK:
        return _load(user_path, include_user)


def _load(user_path: Path | None, include_user: bool) -> KnowledgeBase:
    global _BUNDLED
    path = user_path if user_path is not None else (user_kb_path() if include_user else None)
    stamp = None
    if path is not None:
        try:
            st = path.stat()
            stamp = (st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = None
    key = (str(path), stamp)
    if key in _CACHE:
        return _CACHE[key]
    if _BUNDLED is None:
        _BUNDLED = parse_kb_text(_bundled_text(), "the bundled knowledge base")
    gaz = Gazetteer.default()
    kb = KnowledgeBase(gazetteer=gaz)
    # every country the gazetteer knows is an actor (its government) with its own name as alias
    for iso, name in country_names().items():
        kb.actors[f"country:{iso}"] = KBActor(f"country:{iso}", name, ActorKind.GOVERNMENT, iso, [name],
                                              is_country=True)
        kb._add_name(name, Hit(actor_id=f"country:{iso}"))
        cap = gaz.capital(iso)
        if cap and not _common_words(cap) and cap.split()[0] not in _BUNDLED.given_names \
                and gaz.country_population(iso) >= 500_000:
            kb.actors[f"country:{iso}"].metonyms.append(cap)
            kb._add_name(cap, Hit(actor_id=f"country:{iso}", metonym=True))
    kb._merge(_BUNDLED, gaz)
    kb.sources.append("bundled")
    if path is not None and stamp is not None:
        try:
            user = parse_kb_text(path.read_text(encoding="utf-8"), str(path))
        except (OSError, UnicodeDecodeError) as exc:
            kb.warnings.append(f"Could not read your knowledge base {path}: {exc}. It was skipped.")
        except ValueError as exc:
            kb.warnings.append(f"Your knowledge base was skipped: {exc}")
        else:
            kb._merge(user, gaz)
            kb.sources.append(str(path))
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[key] = kb
    return kb
