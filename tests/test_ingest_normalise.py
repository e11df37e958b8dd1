"""Normalisation: what changes, what must not, and that every character maps back to the original."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsline.core.ingest.normalise import normalise
from newsline.core.ingest.prepare import prepare


@pytest.mark.parametrize(
    "original, expected",
    [
        ("the ‘‘caliphate’’ fell", 'the "caliphate" fell'),
        ("“quoted” and „low“", '"quoted" and "low"'),
        ("he said ''no'' twice", 'he said "no" twice'),
        ("Syria’s Shi’ite ‘militia’", "Syria's Shi'ite 'militia'"),
        ("2014–2015 and war — again", "2014-2015 and war - again"),
        ("peace—and war", "peace - and war"),
        ("10\u00a0km\u202fwide", "10 km wide"),
        ("inter\u00adnational\u200b news", "international news"),
        ("line one\r\nline two\rline three", "line one\nline two\nline three"),
        ("wait…", "wait..."),
        ("Iraq\u2011Syria and US\u2010led", "Iraq-Syria and US-led"),
        ("\ufeffBOM at the start", "BOM at the start"),
    ],
)
def test_character_normalisation(original, expected):
    m = normalise(original)
    assert m.text == expected
    assert m.original == original


@pytest.mark.parametrize(
    "original, expected",
    [
        ("the IraqSyria border", "the Iraq-Syria border"),
        ("the SyriaIraq border", "the Syria-Iraq border"),
        ("Bashar alAssad said", "Bashar al-Assad said"),
        ("Deir elZour fell", "Deir el-Zour fell"),
        ("the USled coalition", "the US-led coalition"),
        ("UNbacked talks", "UN-backed talks"),
        ("the Kurdishled forces", "the Kurdish-led forces"),
        ("Iranbacked militia", "Iran-backed militia"),
        ("helicopterdropped food aid", "helicopter-dropped food aid"),
        ("a staterun newspaper", "a state-run newspaper"),
        ("Turkishbacked rebels and Russianbacked troops", "Turkish-backed rebels and Russian-backed troops"),
        ("governmentheld areas", "government-held areas"),
        ("Abu Bakr alBaghdadi", "Abu Bakr al-Baghdadi"),
    ],
)
def test_lost_hyphens_are_restored(original, expected):
    assert normalise(original).text == expected


@pytest.mark.parametrize(
    "word",
    ["McDonald", "MacArthur", "iPhone", "YouTube", "PlayStation", "DeSantis", "LeBron", "JavaScript",
     "PowerPoint", "McCain", "DiCaprio", "LaGuardia", "eBay", "NewYork", "Gudrun", "stubborn", "controlled",
     "called", "misled", "overrun", "Dearborn", "Countrywide", "nationwide", "homemade", "bobsled", "Mildred", "unarmed", "CALLED", "KILLED"],
)
def test_real_words_and_camelcase_names_are_not_broken(word):
    text = f"They saw {word} there."
    assert normalise(text).text == text


def test_restored_hyphen_span_maps_back_to_the_original_word():
    original = "Fighting on the IraqSyria border went on."
    m = normalise(original)
    start = m.text.index("Iraq-Syria")
    span = m.to_original(start, start + len("Iraq-Syria"))
    assert span.of(original) == "IraqSyria"
    # the inserted hyphen alone maps to an empty range between the two halves
    hy = m.to_original(start + 4, start + 5)
    assert hy.start == hy.end == original.index("Syria")


def test_replaced_characters_map_to_their_whole_original_range():
    original = "the ‘‘caliphate’’ fell"
    m = normalise(original)
    q = m.text.index('"')
    assert m.to_original(q, q + 1).of(original) == "‘‘"
    word = m.text.index("caliphate")
    assert m.to_original(word - 1, word + len("caliphate") + 1).of(original) == "‘‘caliphate’’"


def test_markdown_markup_is_dropped_for_analysis_only():
    original = "# Floods hit the valley\n\nHeavy **rain** fell, _officials_ said, citing [the agency](https://x.org/a).\n"
    p = prepare(original)
    assert p.original == original
    assert p.title == "Floods hit the valley"
    assert "Heavy rain fell, officials said, citing the agency." in p.text
    assert "https" not in p.text
    zones = {z.zone.value for z in p.zones}
    assert "headline" in zones


def test_plain_underscores_and_stars_are_left_alone():
    text = "The file_name_here and 5 * 3 * 2 stay as written."
    assert normalise(text).text == text


# --------------------------------------------------------------------------------------------- properties
_alphabet = st.sampled_from(
    list("abcdefghij ABCDEFGHIJ.,!?;:'\"-\n\n  ") + ["‘‘", "’’", "’", "–", "—", "…", "\u00a0", "\u00ad", "\r\n",
                                                       "al", "Iraq", "Syria", "led", "U.S.", "Dr.", "# ", "**", "_",
                                                       "[x](http://y)", "Nov 4", "2017", "By ", "?? AP ??"]
)
texts = st.lists(_alphabet, max_size=120).map("".join) | st.text(max_size=300)


@given(texts)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_prepare_never_raises_and_keeps_the_original(text):
    p = prepare(text)
    assert p.original == text
    n = len(p.text)
    prev_end = 0
    for s in p.sentences:
        assert 0 <= s.span.start < s.span.end <= n
        assert s.span.start >= prev_end
        prev_end = s.span.end
        body = s.span.of(p.text)
        assert body == body.strip()
        o = p.mapped.to_original(s.span.start, s.span.end)
        assert 0 <= o.start <= o.end <= len(text)
    originals = [p.mapped.to_original(s.span.start, s.span.end) for s in p.sentences]
    assert all(a.end <= b.start for a, b in zip(originals, originals[1:]))
    for z in p.zones:
        assert 0 <= z.span.start <= z.span.end <= n
    # nothing visible is left out of every sentence
    covered = bytearray(n)
    for s in p.sentences:
        covered[s.span.start : s.span.end] = b"\x01" * len(s.span)
    assert all(covered[i] or p.text[i].isspace() for i in range(n))
    # the offset map is monotone: analysis order is original order
    starts = p.mapped.starts
    assert all(starts[i] <= starts[i + 1] for i in range(len(starts) - 1))
