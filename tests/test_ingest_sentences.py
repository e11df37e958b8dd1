"""The sentence splitter on news prose that trips simple splitters. Each case is a paragraph and the sentences
it must give, written for these tests."""

from __future__ import annotations

import pytest

from newsline.core.ingest.prepare import prepare

TRICKY = [
    # titles and ranks
    ("Col. Ryan Smith said the strike hit. Maj. Gen. Anne Lee agreed.",
     ["Col. Ryan Smith said the strike hit.", "Maj. Gen. Anne Lee agreed."]),
    ("Lt. Gen. Paul Funk and Sgt. Maria Diaz met Capt. Tom Ruiz. Adm. Lee and Brig. Gen. Ko did not.",
     ["Lt. Gen. Paul Funk and Sgt. Maria Diaz met Capt. Tom Ruiz.", "Adm. Lee and Brig. Gen. Ko did not."]),
    ("Gov. Kathy Hochul spoke after Sen. Bob Casey and Rep. Jim Jordan. Dr. Ann Wu, Mrs. Ruth Ng and Ms. Ida Bell "
     "stayed.", ["Gov. Kathy Hochul spoke after Sen. Bob Casey and Rep. Jim Jordan.",
                 "Dr. Ann Wu, Mrs. Ruth Ng and Ms. Ida Bell stayed."]),
    ("Mr. Brown lives on St. James Street. He left.", ["Mr. Brown lives on St. James Street.", "He left."]),
    # U.S., U.N., a.m./p.m.
    ("The U.S. military said the U.N. envoy arrived at 9 a.m. on Monday. She left at 4 p.m. Tuesday.",
     ["The U.S. military said the U.N. envoy arrived at 9 a.m. on Monday.", "She left at 4 p.m. Tuesday."]),
    ("Troops will stay in the U.S. The decision was final.",
     ["Troops will stay in the U.S.", "The decision was final."]),
    ("The meeting ended at 11 p.m. The talks resume today.",
     ["The meeting ended at 11 p.m.", "The talks resume today."]),
    # numbers, No. 2, months
    ("Growth was 3.5 per cent. The No. 2 official resigned on Nov. 3 and the vote is on Jan. 15, 2018.",
     ["Growth was 3.5 per cent.", "The No. 2 official resigned on Nov. 3 and the vote is on Jan. 15, 2018."]),
    ("Prices rose 2.4% in Feb. 2019. They fell in 2020.", ["Prices rose 2.4% in Feb. 2019.", "They fell in 2020."]),
    # initials
    ("George W. Bush met J. R. R. Tolkien's biographer. It went well.",
     ["George W. Bush met J. R. R. Tolkien's biographer.", "It went well."]),
    # companies
    ("Apple Inc. said sales rose. Acme Corp. and Smith & Co. Ltd. fell. Shares of Apple Inc. The company lost.",
     ["Apple Inc. said sales rose.", "Acme Corp. and Smith & Co. Ltd. fell.", "Shares of Apple Inc.",
      "The company lost."]),
    # quotations
    ('"We will win," he said. "The enemy is beaten." The crowd cheered.',
     ['"We will win," he said.', '"The enemy is beaten."', "The crowd cheered."]),
    ('"Is it over?" she asked. "Yes!" he shouted.', ['"Is it over?" she asked.', '"Yes!" he shouted.']),
    ("Officials called it ‘‘a turning point.’’ Fighting went on.",
     ["Officials called it \"a turning point.\"", "Fighting went on."]),
    ("He described it as the “last phase”. Others disagreed.",
     ['He described it as the "last phase".', "Others disagreed."]),
    ("(The figures were revised.) Analysts were surprised.",
     ["(The figures were revised.)", "Analysts were surprised."]),
    # ellipses
    ("He paused... then he went on. It was late… Everyone left.",
     ["He paused... then he went on.", "It was late...", "Everyone left."]),
    # e.g., i.e., vs.
    ("Some states, e.g. Ohio, voted. The case Roe vs. Wade was cited.",
     ["Some states, e.g. Ohio, voted.", "The case Roe vs. Wade was cited."]),
    # a line break after a short title line, and between paragraphs without blank lines
    ("Storm hits coast\nThe storm hit the coast on Friday. Thousands fled.",
     ["Storm hits coast", "The storm hit the coast on Friday.", "Thousands fled."]),
    ("First paragraph ends here.\nSecond paragraph starts here.",
     ["First paragraph ends here.", "Second paragraph starts here."]),
    ("He hesitated . . . and then spoke. Nobody answered.",
     ["He hesitated . . . and then spoke.", "Nobody answered."]),
    ("She moved to Washington, D.C. He stayed in Fresno, Calif., for a year.",
     ["She moved to Washington, D.C.", "He stayed in Fresno, Calif., for a year."]),
    ("Pfc. Lynn Cole and the Rt. Hon. Ann Page met at 5 p.m. EST on Friday. Mt. Everest was closed.",
     ["Pfc. Lynn Cole and the Rt. Hon. Ann Page met at 5 p.m. EST on Friday.", "Mt. Everest was closed."]),
    # iPhone-style names start sentences
    ("Sales doubled. iPhone shipments rose.", ["Sales doubled.", "iPhone shipments rose."]),
]


@pytest.mark.parametrize("text, expected", TRICKY, ids=[t[:30] for t, _ in TRICKY])
def test_tricky_sentences(text, expected):
    prepared = prepare(text)
    got = [s.span.of(prepared.text) for s in prepared.sentences]
    assert got == expected


def test_hard_wrapped_text_joins_lines_into_sentences():
    text = (
        "Rescue teams worked through the night to reach villages cut off by the\n"
        "floods, officials said on Saturday, as more rain was forecast for the\n"
        "region. The army sent helicopters to carry food and medicine to the\n"
        "families who could not leave their homes before the water came in.\n"
        "\n"
        "The governor said the damage would take months to repair and asked\n"
        "the national government for emergency funds to rebuild the bridges.\n"
    )
    prepared = prepare(text)
    got = [" ".join(s.span.of(prepared.text).split()) for s in prepared.sentences]
    assert got == [
        "Rescue teams worked through the night to reach villages cut off by the floods, officials said on "
        "Saturday, as more rain was forecast for the region.",
        "The army sent helicopters to carry food and medicine to the families who could not leave their homes "
        "before the water came in.",
        "The governor said the damage would take months to repair and asked the national government for "
        "emergency funds to rebuild the bridges.",
    ]
    assert [s.paragraph for s in prepared.sentences] == [0, 0, 1]


def test_lines_wrapped_near_120_characters_join_into_sentences():
    text = (
        "Rebel fighters shelled the outskirts of the big city on Tuesday, two weeks after a ceasefire, officials in North\n"
        "Kivu said. At least twelve civilians were killed and dozens were wounded in the attack, the provincial governor\n"
        "told a news conference on Wednesday. The army said it had repelled an advance towards the lakeside town of Sake\n"
        "late on Monday night, after heavy fighting in the hills around the town that lasted for several hours.\n"
    )
    prepared = prepare(text)
    got = [" ".join(s.span.of(prepared.text).split()) for s in prepared.sentences]
    assert got == [
        "Rebel fighters shelled the outskirts of the big city on Tuesday, two weeks after a ceasefire, officials in "
        "North Kivu said.",
        "At least twelve civilians were killed and dozens were wounded in the attack, the provincial governor told a "
        "news conference on Wednesday.",
        "The army said it had repelled an advance towards the lakeside town of Sake late on Monday night, after heavy "
        "fighting in the hills around the town that lasted for several hours.",
    ]


@pytest.mark.parametrize("last_word", ["in", "the", "and", "of", "said"])
def test_a_line_that_stops_on_a_word_no_sentence_ends_on_goes_on(last_word):
    text = (f"The mission has been in the country for two decades and its mandate expires {last_word}\n"
            "December, diplomats at the headquarters of the organisation said.\n"
            "\n"
            "Short line.\n")
    prepared = prepare(text)
    first = " ".join(prepared.sentences[0].span.of(prepared.text).split())
    assert first.endswith("December, diplomats at the headquarters of the organisation said.")


def test_a_line_that_ends_on_a_full_word_still_ends_its_sentence():
    text = ("Rebels shelled the outskirts of the northern city as ceasefire frays\n"
            "March 3, 2021\n")
    prepared = prepare(text)
    assert len(prepared.sentences) == 2


def test_list_items_are_not_joined_as_soft_wraps():
    text = ("Key points of the agreement signed by the two governments on Friday\n"
            "- a ceasefire along the whole front line starting at midnight on Sunday\n"
            "- the exchange of all prisoners held by both sides within thirty days\n"
            "- international monitors deployed to the border towns by the end of month\n"
            "- talks on a lasting settlement to begin in Geneva before the new year\n")
    prepared = prepare(text)
    assert len(prepared.sentences) == 5


def test_paragraph_numbers_follow_blank_lines():
    prepared = prepare("One. Two.\n\nThree.\nFour.\n\n\nFive.")
    assert [(s.span.of(prepared.text), s.paragraph) for s in prepared.sentences] == [
        ("One.", 0), ("Two.", 0), ("Three.", 1), ("Four.", 1), ("Five.", 2)]


def test_scraped_lines_without_blank_lines_are_paragraphs():
    prepared = prepare("Line one is a sentence.\nLine two is another.\nLine three too.")
    assert [s.paragraph for s in prepared.sentences] == [0, 1, 2]


def test_sentences_have_no_outer_whitespace_and_do_not_overlap():
    prepared = prepare("  Lead sentence here.   Next one!  \n\n  And a third?  ")
    spans = [s.span for s in prepared.sentences]
    for sp in spans:
        body = sp.of(prepared.text)
        assert body == body.strip() and body
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    assert [s.index for s in prepared.sentences] == list(range(len(spans)))
