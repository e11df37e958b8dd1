"""Actors and places of an article: the entry point of the entity stage.

`find_actors_and_places` reads only narrative and headline sentences, finds candidate mentions
(`candidates`), definite descriptions (`anaphora`) and groups them into actors and places (`resolve`) with the
knowledge base (`kb`). It is pure: the same text and knowledge base give the same result.
"""

from __future__ import annotations

import re

from ..ingest.prepared import PreparedText
from ..model import Actor, Mention, MentionType, Place, Sentence, Span, Zone
from .aliases import find_aliases
from .anaphora import find_indefinites, find_pronoun_mentions, find_references
from .candidates import Candidate, SentenceScanner, name_words
from .collectives import find_collectives
from .kb import KnowledgeBase, load_knowledge_base
from .local_countries import find_local_countries
from .resolve import Resolver
from . import lexicon as lx
from .tokens import tokenize
from .words import is_dictionary_word

ENTITY_ZONES = (Zone.NARRATIVE, Zone.HEADLINE)


def find_actors_and_places(prepared: PreparedText, kb: KnowledgeBase | None = None
                           ) -> tuple[list[Actor], list[Place]]:
    """Actors (ids "a1".., in order of first mention) and places ("p1"..) of the narrative and headline.

    Spans are in `prepared.text` (normalised) coordinates; `Mention.sentence` is the sentence index. `kb`
    defaults to the bundled knowledge base plus the user's file (see `kb.load_knowledge_base`)."""
    kb = kb or load_knowledge_base()
    text = prepared.text
    sentences = usable_sentences(prepared)
    resolver = Resolver(kb, text)
    body = " ".join(text[s.span.start:s.span.end] for s in sentences)
    resolver.local = find_local_countries(body, kb)
    refs = []
    indefinites = []
    alias_pairs = []
    collectives = []
    tokens = {(s.span.start, s.span.end): tokenize(text, s.span.start, s.span.end) for s in sentences}
    title_case = {s.index: _is_title_case(tokens[s.span.start, s.span.end], s) for s in sentences}
    words = name_words(text, [(s.span.start, s.span.end) for s in sentences if not title_case[s.index]], tokens)
    for s in sentences:
        scanner = SentenceScanner(text, kb, s.index, s.span.start, s.span.end,
                                  title_case=title_case[s.index], name_words=words,
                                  local_demonyms=resolver.local.demonyms, tokens=tokens[s.span.start, s.span.end])
        found = scanner.scan()
        for c in found:
            resolver.assign(c)
        sentence_refs = find_references(text, s.index, s.span.start, s.span.end)
        alias_pairs.extend(find_aliases(text, found, sentence_refs))
        refs.extend(sentence_refs)
        indefinites.extend(find_indefinites(text, s.index, s.span.start, s.span.end))
        collectives.extend(find_collectives(tokens[s.span.start, s.span.end], s.index, title_case[s.index],
                                            s.zone == Zone.HEADLINE))
    for c in dateline_places(prepared, kb):
        resolver.assign(c)
    resolver.link_aliases(alias_pairs)
    resolver.merge_names()
    resolver.type_unknown()
    resolver.link_national_forces()
    resolver.link_regimes()
    resolver.link_affiliations()
    resolver.link_references(refs)
    if resolver.link_aliases(alias_pairs, of_references=True):
        resolver.link_references(refs)  # the joined actor may now fit descriptions further on
    resolver.link_indefinites(indefinites)
    resolver.link_collectives(collectives)
    actors, places = resolver.build(text)
    add_pronoun_mentions(text, sentences, tokens, actors)
    return actors, places


def add_pronoun_mentions(text: str, sentences: list[Sentence], tokens: dict, actors: list[Actor]) -> None:
    """ "he", "its", "they" that point back to an actor become its PRONOUN mentions (see `anaphora`)."""
    found = find_pronoun_mentions(text, [(s.index, s.span.start, s.span.end) for s in sentences], tokens, actors)
    touched = set()
    for i, start, end, sentence in found:
        actors[i].mentions.append(Mention(span=Span(start=start, end=end), text=text[start:end], sentence=sentence,
                                          type=MentionType.PRONOUN))
        touched.add(i)
    for i in touched:
        actors[i].mentions.sort(key=lambda m: m.span.start)


def usable_sentences(prepared: PreparedText) -> list[Sentence]:
    """Sentences that may hold actors: narrative and headline zones. When ingestion marked no zones at all,
    a light fallback drops what is plainly page furniture (photo credits, a masthead line, footer lines)."""
    sents = [s for s in prepared.sentences if s.zone in ENTITY_ZONES]
    if prepared.zones or any(s.zone != Zone.NARRATIVE for s in prepared.sentences):
        return sents
    return [s for s in sents if not _looks_like_furniture(prepared.text, s, prepared)]


_CREDIT = re.compile(r"\?\?|©|\b(?:Photo|Picture|Image)s?\s*(?:credit)?\s*:|Getty Images|\bAFP/|/AFP\b|/AP\b")


def _looks_like_furniture(text: str, s: Sentence, prepared: PreparedText) -> bool:
    body = text[s.span.start:s.span.end].strip()
    if _CREDIT.search(body):
        return True
    toks = [t for t in tokenize(body) if t.is_word]
    if toks and toks[0].is_all_caps and len(toks[0].text) >= 2 and len(toks) > 3 and toks[1].text[0].isupper():
        return True  # "REUTERS Shi'ite fighters show off ...": a credit glued to a caption
    line_start = text.rfind("\n", 0, s.span.start) + 1
    line_end = text.find("\n", s.span.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    short = len(toks) <= 4 and not line.endswith((".", "!", "?", '"', "”", "’"))
    if short and not text[:line_start].strip():
        return True  # the first line of the page, short and unpunctuated: a masthead
    if short and not text[line_end if line_end >= 0 else len(text):].strip("\n -"):
        return True  # the last line
    if short and line_end >= 0:
        # a run of short unpunctuated lines that closes the page: a footer
        rest = [x.strip() for x in text[line_end:].splitlines() if x.strip()]
        if rest and all(len(x.split()) <= 5 and not x.endswith((".", "!", "?")) for x in rest):
            return True
    return False


def _is_title_case(tokens: list, s: Sentence) -> bool:
    words = [t for t in tokens if t.is_word and t.text[0].isalpha()]
    if len(words) < 4:
        return False
    caps = sum(1 for t in words if t.text[0].isupper())
    return caps / len(words) > 0.75 and s.zone == Zone.HEADLINE


# "VALDERNA, March 14, 2024 (Wire) -", "LONDON (Reuters) -", "Brevik, Ostravia -": the place opening a dateline
_DATELINE_PLACE = re.compile(r"\s*([A-Z][A-Za-z'’.-]+(?:[ -][A-Z][A-Za-z'’.-]+){0,2})\s*(?=,|\(|[-–—])")


def dateline_places(prepared: PreparedText, kb: KnowledgeBase) -> list[Candidate]:
    """The city of the dateline: a place (it is where the story was filed, not who acts)."""
    out = []
    for s in prepared.sentences:
        if s.zone != Zone.DATELINE:
            continue
        m = _DATELINE_PLACE.match(prepared.text, s.span.start, s.span.end)
        if not m:
            continue
        surface = m.group(1).rstrip(".")
        if surface.lower().rstrip(".") in lx.MONTHS | lx.WEEKDAYS or is_dictionary_word(surface):
            continue
        start = m.start(1)
        # the dateline names a place: "GAO, Mali (Reuters) -" is the town Gao, not the Government
        # Accountability Office; only place readings of the name are kept (a capital's metonym is one)
        hits = [h for h in kb.lookup(surface)
                if h.place or h.metonym or (h.actor_id or "").startswith("country:")]
        c = Candidate(start, start + len(surface), surface, s.index, surface.split(), hits=hits)
        c.vote("place", 5)
        c.vote("dateline", 1)
        c.place_kind = "city"
        out.append(c)
        break
    return out
