"""The TimeML writer: tags inline, text unchanged character for character, readable by the reader."""

import datetime as dt
import xml.etree.ElementTree as ET

from newsline.core.model import Event, EventClass, Span
from newsline.core.temporal.tagger import tag_times
from newsline.core.timeml.reader import parse_timeml
from newsline.core.timeml.writer import write_timeml

TEXT = "Rebels <seized> the town yesterday & said \"more\" would follow in July.\nÉté — café.\n"


def test_round_trip_keeps_text_and_tags():
    times = tag_times(TEXT, dt.date(2017, 11, 4))
    start = TEXT.index("seized")
    events = [Event(id="e1", sentence=0, trigger=Span(start=start, end=start + 6), trigger_text="seized",
                    event_class=EventClass.OCCURRENCE)]
    xml, notes = write_timeml(TEXT, times, events, dt.date(2017, 11, 4), "doc1")
    assert notes == []
    ET.fromstring(xml)  # well-formed XML
    back = parse_timeml(xml)
    assert back.text == TEXT
    assert back.dct == dt.date(2017, 11, 4) and back.doc_id == "doc1"
    assert [(t.tid, t.text, t.value, t.type) for t in back.timexes] == \
        [(t.id, t.text, t.value, t.type.value) for t in times]
    assert [(e.eid, e.text, e.event_class) for e in back.events] == [("e1", "seized", "OCCURRENCE")]
    assert back.timexes[0].anchor_time_id == "t0"  # "yesterday" hangs on the creation time
    assert back.instances == {"ei1": "e1"}


def test_overlapping_event_is_left_out_with_a_note():
    times = tag_times("It ended yesterday.", dt.date(2017, 11, 4))
    at = "It ended yesterday.".index("yesterday")
    ev = Event(id="e1", sentence=0, trigger=Span(start=at, end=at + 5), trigger_text="yeste")
    xml, notes = write_timeml("It ended yesterday.", times, [ev], None)
    assert len(notes) == 1 and "e1" in notes[0]
    back = parse_timeml(xml)
    assert back.text == "It ended yesterday." and back.events == [] and back.dct is None


def test_real_file_round_trip(tempeval_dir):
    path = sorted((tempeval_dir / "AQUAINT").glob("*.tml"))[0]
    src = parse_timeml(path.read_text(encoding="utf-8"))
    times = tag_times(src.text, src.dct)
    xml, _ = write_timeml(src.text, times, [], src.dct)
    assert parse_timeml(xml).text == src.text
