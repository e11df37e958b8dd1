"""prepare() on whole articles: the seed, and made-up pages with mastheads, bylines, datelines, captions and
footers; the reference date found in the text."""

from __future__ import annotations

import datetime as dt

from newsline.core.ingest.prepare import prepare
from newsline.core.model import ReferenceDateSource, Zone


def zone_of_line(prepared, needle: str) -> Zone:
    """The zone of the sentence that holds `needle` (in normalised text)."""
    pos = prepared.text.index(needle)
    for s in prepared.sentences:
        if s.span.start <= pos < s.span.end:
            return s.zone
    raise AssertionError(f"no sentence holds {needle!r}")


# --------------------------------------------------------------------------------------------- the seed
def test_seed_zones_title_and_narrative(seed_text):
    p = prepare(seed_text)
    assert p.original == seed_text
    assert p.title == "Caliphate reduced to crumbs"
    first_line = seed_text.strip().splitlines()[0]
    assert zone_of_line(p, first_line) == Zone.MASTHEAD
    assert zone_of_line(p, "Caliphate reduced to crumbs") == Zone.HEADLINE
    lone_dash = [s for s in p.sentences if s.span.of(p.text) == "-"]
    assert lone_dash and all(s.zone == Zone.BOILERPLATE for s in lone_dash)
    assert zone_of_line(p, "Newspapers in English") == Zone.FOOTER
    assert zone_of_line(p, "Newspapers from New Zealand") == Zone.FOOTER
    assert zone_of_line(p, "REUTERS ??") == Zone.CREDIT
    # the caption appears twice; both copies are captions, never narrative
    caption_start = "Popular Mobilisation Forces show off"
    hits = [i for i in range(len(p.text)) if p.text.startswith(caption_start, i)]
    assert len(hits) == 2
    for pos in hits:
        s = next(s for s in p.sentences if s.span.start <= pos < s.span.end)
        assert s.zone == Zone.CAPTION
    narrative = p.narrative_sentences()
    assert len(narrative) >= 25
    assert not any("REUTERS" in s.span.of(p.text) or "Newspapers" in s.span.of(p.text) for s in narrative)
    assert narrative[0].span.of(p.text).startswith("Islamic State's territory has been reduced")


def test_seed_lost_hyphens_map_back(seed_text):
    p = prepare(seed_text)
    for fixed, raw in [("Iraq-Syria", "IraqSyria"), ("Syria-Iraq", "SyriaIraq"), ("al-Assad", "alAssad"),
                       ("Deir el-Zour had been cleared", "Deir elZour had been cleared"), ("US-led coalition said", "USled coalition said"),
                       ("Kurdish-led Syrian", "Kurdishled Syrian"), ("Iran-backed", "Iranbacked"),
                       ("helicopter-dropped", "helicopterdropped")]:
        pos = p.text.index(fixed)
        span = p.mapped.to_original(pos, pos + len(fixed))
        assert span.of(seed_text) == raw
    # words already hyphenated stay as they are
    assert p.text.count("Deir el-Zour") == seed_text.count("Deir el-Zour") + seed_text.count("Deir elZour")
    assert "IraqSyria" not in p.text


def test_seed_every_sentence_maps_back_to_its_original_text(seed_text):
    p = prepare(seed_text)
    prev = 0
    for s in p.sentences:
        o = p.mapped.to_original(s.span.start, s.span.end)
        original_piece = o.of(seed_text)
        assert o.start >= prev
        prev = o.end
        assert original_piece == original_piece.strip()
        # same words once quotes and lost hyphens are undone
        assert _letters(original_piece) == _letters(s.span.of(p.text))


def _letters(s: str) -> str:
    return "".join(c for c in s if c.isalnum())


def test_seed_has_no_date_and_says_nothing_false(seed_text):
    p = prepare(seed_text)
    assert p.found_reference_date.value is None
    assert p.found_reference_date.source == ReferenceDateSource.NONE


# --------------------------------------------------------------------------------------------- made-up pages
WIRE = """The Northern Herald
Saturday 12 March 2022
Bridge collapse cuts off mountain villages
By Priya Raman and Tom Okafor
KATHMANDU, March 11 (Reuters) - A bridge over the Trishuli river collapsed on Friday, cutting off a dozen villages.
Engineers said the supports had been weakened by floods last year. "We warned them," one said.
Villagers wait by the broken bridge on Friday. Photo: Anil Shrestha/Reuters
Villagers wait by the broken bridge on Friday.
Reporting by Priya Raman; Editing by Alex Moore
© 2022 The Northern Herald. All rights reserved.
Subscribe to our newsletter
"""


def test_wire_story_zones_and_reference_date():
    p = prepare(WIRE)
    assert p.title == "Bridge collapse cuts off mountain villages"
    assert zone_of_line(p, "The Northern Herald") == Zone.MASTHEAD
    assert zone_of_line(p, "Saturday 12 March 2022") == Zone.MASTHEAD
    assert zone_of_line(p, "By Priya Raman") == Zone.BYLINE
    assert zone_of_line(p, "KATHMANDU") == Zone.DATELINE
    assert zone_of_line(p, "A bridge over the Trishuli") == Zone.NARRATIVE
    assert zone_of_line(p, "Engineers said") == Zone.NARRATIVE
    assert zone_of_line(p, "Photo: Anil") == Zone.CREDIT
    for pos in (p.text.index("Villagers wait"), p.text.rindex("Villagers wait")):
        assert next(s for s in p.sentences if s.span.start <= pos < s.span.end).zone == Zone.CAPTION
    assert zone_of_line(p, "Reporting by") == Zone.BYLINE
    assert zone_of_line(p, "All rights reserved") == Zone.FOOTER
    assert zone_of_line(p, "Subscribe") == Zone.FOOTER
    ref = p.found_reference_date
    assert ref.value == dt.date(2022, 3, 12) and ref.source == ReferenceDateSource.TEXT
    assert ref.evidence.of(p.text) == "Saturday 12 March 2022"


def test_ap_dateline_with_em_dash_and_published_line():
    text = ("Lawmakers pass budget after all-night session\n\nPublished 4 November 2017\n\n"
            "WASHINGTON (AP) — Lawmakers passed the budget early on Saturday after a debate that lasted all "
            "night. The vote was 52 to 48.\n")
    p = prepare(text)
    assert p.title == "Lawmakers pass budget after all-night session"
    assert zone_of_line(p, "WASHINGTON (AP) -") == Zone.DATELINE
    first = p.narrative_sentences()[0]
    assert first.span.of(p.text).startswith("Lawmakers passed the budget")
    assert p.found_reference_date.value == dt.date(2017, 11, 4)
    assert p.found_reference_date.evidence.of(p.text) == "4 November 2017"
    o = p.mapped.to_original(p.found_reference_date.evidence.start, p.found_reference_date.evidence.end)
    assert o.of(text) == "4 November 2017"


def test_updated_iso_line_and_byline_dates():
    p = prepare("Updated: 2017-11-04 10:32 GMT\n\nTroops entered the town on Friday, officials said. Fighting "
                "continued into the night.\n")
    assert p.found_reference_date.value == dt.date(2017, 11, 4)
    assert "update" in p.found_reference_date.note.lower()
    p = prepare("Rains return to the plains\nBy Ana Lopez | November 4, 2017\n\nRain fell across the plains "
                "for the first time in months, farmers said on Saturday.\n")
    assert zone_of_line(p, "By Ana Lopez") == Zone.BYLINE
    assert p.found_reference_date.value == dt.date(2017, 11, 4)


def test_dateline_without_year_gives_no_date_but_a_note():
    p = prepare("BEIRUT, Nov 4 (Reuters) - Islamic State lost its last town in Syria on Friday, the army said. "
                "Fighting went on elsewhere.\n")
    assert zone_of_line(p, "BEIRUT, Nov 4") == Zone.DATELINE
    ref = p.found_reference_date
    assert ref.value is None and ref.source == ReferenceDateSource.NONE
    assert "Nov 4" in ref.note and "year" in ref.note


def test_a_date_in_the_story_body_is_not_the_publication_date():
    text = ("Budget passes\n\nThe budget passed yesterday after a long debate in the chamber. Lawmakers first met on "
            "November 4, 2017 to discuss it, and again on 5 December 2017.\n")
    p = prepare(text)
    assert p.found_reference_date.value is None
    assert p.title == "Budget passes"


def test_a_text_that_is_one_paragraph_has_no_headline():
    p = prepare("Troops entered the town on Friday. Residents welcomed them.")
    assert p.title is None
    assert all(s.zone == Zone.NARRATIVE for s in p.sentences)


def test_headline_and_standfirst_then_story():
    text = ("Ceasefire holds for a third day\n\nAid convoys reach the city as both sides observe the truce\n\n"
            "A ceasefire between the army and rebel groups held for a third day on Sunday, letting aid convoys "
            "reach the city for the first time in weeks.\n")
    p = prepare(text)
    assert p.title == "Ceasefire holds for a third day"
    assert zone_of_line(p, "Aid convoys reach") == Zone.NARRATIVE


def test_ap_photo_caption_and_getty_credit():
    text = ("Protesters march through the capital\n\n"
            "Thousands of people marched through the capital on Sunday to protest against the new law.\n\n"
            "Protesters hold signs near parliament on Sunday. (AP Photo/Jane Doe)\n\n"
            "The law passed last week. Opposition leaders said they would challenge it in court.\n\n"
            "A woman waves a flag during the march. Chris Smith/Getty Images\n")
    p = prepare(text)
    assert zone_of_line(p, "Protesters hold signs") == Zone.CAPTION
    assert zone_of_line(p, "(AP Photo/Jane Doe)") == Zone.CREDIT
    assert zone_of_line(p, "A woman waves a flag") == Zone.CAPTION
    assert zone_of_line(p, "The law passed last week") == Zone.NARRATIVE
    assert zone_of_line(p, "Thousands of people marched") == Zone.NARRATIVE


def test_zones_cover_only_what_they_claim():
    p = prepare(WIRE)
    for z in p.zones:
        piece = z.span.of(p.text)
        assert piece == piece.strip() and piece
    narrative_text = " ".join(s.span.of(p.text) for s in p.narrative_sentences())
    for boiler in ("Herald", "Subscribe", "Editing by", "Photo:"):
        assert boiler not in narrative_text


# --------------------------------------------------------------------------------------------- size
def test_prepare_on_a_big_text_keeps_everything(seed_text):
    big = (seed_text + "\n\n") * 40  # ~220k chars; speed is measured by bench/bench_sentences.py
    p = prepare(big)
    assert p.original == big
    narrative = p.narrative_sentences()
    assert len(narrative) >= 40 * len(prepare(seed_text).narrative_sentences())
    # captions, credits and footers stay out of the story in every copy
    assert not any("REUTERS" in s.span.of(p.text) or "Newspapers" in s.span.of(p.text) for s in narrative)
    assert sum(s.zone.value == "caption" for s in p.sentences) == 40 * 2


# --------------------------------------------------------------------------------------------- other page styles
SECTIONED = """World news
Syria
Rebels seize airbase in north as government forces retreat
Opposition fighters say they captured the base after a two-day assault
Martin Chulov in Beirut
Sat 4 Nov 2017 14.20 GMT
Last modified on Sat 4 Nov 2017 16.05 GMT
Share on Facebook
Share on Twitter
Rebel fighters in northern Syria said on Saturday they had captured a government airbase after two days of fighting.
The base had been used to launch air strikes on nearby towns, activists said.
Smoke rises over the airbase on Saturday. Photograph: Omar Haj Kadour/AFP/Getty Images
The government did not comment.
Topics
Syria
Middle East and North Africa
Reuse this content
"""


def test_section_labels_byline_share_links_and_topic_footer():
    p = prepare(SECTIONED)
    assert p.title == "Rebels seize airbase in north as government forces retreat"
    assert zone_of_line(p, "World news") == Zone.MASTHEAD
    assert zone_of_line(p, "Martin Chulov in Beirut") == Zone.BYLINE
    assert zone_of_line(p, "Opposition fighters say") == Zone.NARRATIVE
    assert zone_of_line(p, "Share on Twitter") == Zone.FOOTER
    assert zone_of_line(p, "Photograph: Omar") == Zone.CREDIT
    assert zone_of_line(p, "Middle East and North Africa") == Zone.FOOTER
    assert zone_of_line(p, "Reuse this content") == Zone.FOOTER
    assert [s.span.of(p.text)[:20] for s in p.narrative_sentences()] == [
        "Opposition fighters ", "Rebel fighters in no", "The base had been us", "The government did n"]
    # the publication time wins over the later modification time
    assert p.found_reference_date.value == dt.date(2017, 11, 4)
    assert p.found_reference_date.evidence.of(p.text) == "Sat 4 Nov 2017"


def test_date_under_the_standfirst_and_source_footer():
    text = ("Iraqi forces retake border town\nIraqi troops entered the town on Friday, the military said.\n"
            "3 Nov 2017\nIraqi forces say they have recaptured the western town.\nSOURCE: News agencies\n")
    p = prepare(text)
    assert zone_of_line(p, "3 Nov 2017") == Zone.DATELINE
    assert p.found_reference_date.value == dt.date(2017, 11, 3)
    assert zone_of_line(p, "SOURCE: News agencies") == Zone.FOOTER


def test_press_release_and_wire_underscore_datelines():
    p = prepare("Acme Reports Record Results\n\nSPRINGFIELD, Ill., Nov. 2, 2017 /PRNewswire/ -- Acme Corp. today "
                "reported record revenue. CEO Jane Roe said the results beat expectations.\n")
    assert zone_of_line(p, "SPRINGFIELD") == Zone.DATELINE
    assert p.narrative_sentences()[0].span.of(p.text).startswith("Acme Corp. today")
    assert p.found_reference_date.value == dt.date(2017, 11, 2)
    p = prepare("\n\nNAIROBI, Kenya (AP) _\n\nSuspected bombs exploded outside two embassies on Friday, "
                "witnesses said.\n")
    assert p.title is None
    assert zone_of_line(p, "NAIROBI") == Zone.DATELINE


def test_image_caption_labels():
    p = prepare("Quake hits coast\n\nA strong earthquake struck on Saturday, officials said.\n\n"
                "Image caption Residents gathered outside after the quake\n\nThe tremor was felt in the capital.\n")
    assert zone_of_line(p, "Residents gathered") == Zone.CAPTION
    assert zone_of_line(p, "The tremor") == Zone.NARRATIVE


def test_by_at_the_start_of_a_story_sentence_is_not_a_byline():
    p = prepare("Troops advance on the city\n\nBy Friday, troops had reached the outskirts of the city.\n\n"
                "By Jane Smith and Omar Said\n\nBY THE ASSOCIATED PRESS\n")
    assert zone_of_line(p, "By Friday") == Zone.NARRATIVE
    assert zone_of_line(p, "By Jane Smith") == Zone.BYLINE
    assert zone_of_line(p, "BY THE ASSOCIATED PRESS") == Zone.BYLINE


def test_a_story_sentence_ending_in_a_quote_is_not_a_headline():
    p = prepare("\n\nNICOSIA, August 8 (Xinhua) --\n\nThe government strongly condemned two bomb attacks on Friday, "
                'calling them an "atrocious crime."\n\nSimilar messages were sent to the two presidents.\n')
    assert p.title is None
    assert zone_of_line(p, "NICOSIA") == Zone.DATELINE
    assert zone_of_line(p, "The government strongly") == Zone.NARRATIVE
    assert "August 8" in p.found_reference_date.note and p.found_reference_date.value is None
    p = prepare("\n\n(Undated)\n\nThe boy will remain in the country for at least two more weeks, lawyers said.\n")
    assert p.title is None and zone_of_line(p, "(Undated)") == Zone.DATELINE


def test_all_caps_headline_is_the_headline_and_press_release_label_is_not():
    p = prepare("ISIS LOSES LAST STRONGHOLD\nArmy says the town is cleared\n\nThe army said on Friday the town "
                "had been cleared of militants.\n")
    assert p.title == "ISIS LOSES LAST STRONGHOLD"
    p = prepare("FOR IMMEDIATE RELEASE\n\nAcme Reports Record Results\n\nAcme said on Thursday that sales rose.\n")
    assert p.title == "Acme Reports Record Results"
    assert zone_of_line(p, "FOR IMMEDIATE RELEASE") == Zone.MASTHEAD


def test_short_title_case_name_above_a_sentence_case_headline_is_the_masthead():
    p = prepare("Al Jazeera\n\nIraqi forces retake border town from militants\n\nIraqi forces said on Friday they "
                "had retaken the town.\n")
    assert p.title == "Iraqi forces retake border town from militants"
    assert zone_of_line(p, "Al Jazeera") == Zone.MASTHEAD
    # a sentence-case headline followed by a standfirst stays the headline
    p = prepare("Budget passes\n\nLawmakers approve the spending plan after a long night\n\nThe budget passed on "
                "Friday after a debate that lasted all night.\n")
    assert p.title == "Budget passes"


def test_published_inside_a_story_sentence_is_not_the_publication_date():
    text = ("Report warns of famine\n\nAid agencies said on Monday that the famine was spreading. The report, "
            "published on 4 November 2017, said millions were at risk.\n\nPublished: 6 November 2017\n")
    p = prepare(text)
    assert p.found_reference_date.value == dt.date(2017, 11, 6)
    assert "publication line" in p.found_reference_date.note
    p = prepare(text.replace("\n\nPublished: 6 November 2017\n", "\n"))
    assert p.found_reference_date.value is None


def test_soft_wraps_read_as_spaces_and_the_original_keeps_its_line_breaks():
    import datetime as dt

    from newsline.core.pipeline import extract

    text = ("Two former managers of the shipbuilding company were convicted by a court in Germany in\n"
            "2011 and paid fines, while the case against the minister dragged on in Lisbon for years.\n"
            "Prosecutors said the payments had been made through accounts in Switzerland between the\n"
            "years 2004 and 2006, when the government ordered two submarines from the company.\n")
    p = prepare(text)
    assert len(p.sentences) == 2
    assert "\n" not in p.sentences[0].span.of(p.text)
    assert len(p.text) == len(p.mapped.original) == len(text)
    doc = extract(text, dt.date(2024, 3, 1))
    assert doc.text == text  # the document keeps the article exactly as read
    assert "2011" in [t.span.of(doc.text) for t in doc.times]
