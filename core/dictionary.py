"""The English dictionary the rules share: lemminflect's entry for a word, looked up once.

Ingestion (is this line end a word?), entity rules (is this capitalised word a common word?) and the
part-of-speech tagger (can this be a verb?) all ask the same question of the same tables, so they share one
cache here instead of keeping three.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _lemminflect():
    import lemminflect  # lazy: about 0.3 s to import, and ingestion of a short text may never need it

    return lemminflect


@lru_cache(maxsize=100_000)
def word_entry(lower: str) -> dict[str, tuple[str, ...]]:
    """lemminflect's entry for a lower-case word: {"NOUN": ("attack",), "VERB": ("attack",)}; {} when unknown
    or when lemminflect refuses the input (it raises on some digits and symbols). Shared and cached: read only."""
    try:
        return dict(_lemminflect().getAllLemmas(lower))
    except Exception:
        return {}


def inflect(lemma: str, tag: str) -> tuple[str, ...]:
    """lemminflect's inflections of `lemma` for a Penn tag ("VBD", "VBN", "VBZ"); () when it has none."""
    try:
        return tuple(_lemminflect().getInflection(lemma, tag))
    except Exception:
        return ()
