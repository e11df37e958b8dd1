"""The TimeML reader: text exactly as characters, creation time, annotations with spans into the text."""

import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from newsline.core.timeml.reader import TimeMLError, parse_timeml

SMALL = """<?xml version="1.0" ?>
<TimeML>
<DOCID>tiny</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-11-04T09:30" functionInDocument="CREATION_TIME">Nov 4</TIMEX3></DCT>
<TEXT>
Troops <EVENT eid="e1" class="OCCURRENCE">entered</EVENT> the town <TIMEX3 tid="t1" type="DATE" value="2017-11-03" \
anchorTimeID="t0">yesterday</TIMEX3> &amp; <TIMEX3 tid="t2" type="DURATION" value="P3Y" mod="APPROX">nearly three \
years</TIMEX3> after &lt;it&gt; fell.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
</TimeML>
"""


def test_small_document_text_spans_and_links():
    doc = parse_timeml(SMALL)
    assert doc.doc_id == "tiny"
    assert doc.dct == dt.date(2017, 11, 4)
    assert doc.dct_value == "2017-11-04T09:30"
    assert doc.text == "\nTroops entered the town yesterday & nearly three years after <it> fell.\n"
    assert [(t.tid, t.text, t.value) for t in doc.timexes] == [("t1", "yesterday", "2017-11-03"),
                                                               ("t2", "nearly three years", "P3Y")]
    assert doc.timexes[1].mod == "APPROX"
    assert doc.timexes[0].anchor_time_id == "t0"
    for t in doc.timexes:
        assert t.span.of(doc.text) == t.text
    assert doc.events[0].eid == "e1" and doc.events[0].event_class == "OCCURRENCE"
    assert doc.events[0].span.of(doc.text) == "entered"
    assert doc.instances == {"ei1": "e1"}
    assert doc.tlinks[0].source == "ei1" and doc.tlinks[0].target == "t1" and doc.tlinks[0].rel_type == "IS_INCLUDED"


def test_not_timeml_is_a_clear_error():
    with pytest.raises(TimeMLError, match="no <TEXT>"):
        parse_timeml("<html><body>hello</body></html>")


def test_badly_nested_tags_are_an_error():
    with pytest.raises(TimeMLError, match="closes"):
        parse_timeml("<TimeML><TEXT>a <TIMEX3 tid='t1'>b</EVENT></TEXT></TimeML>")


def test_real_tbaq_file_matches_an_xml_parser(tempeval_dir):
    path = sorted((tempeval_dir / "TimeBank").glob("*.tml"))[0]
    xml = path.read_text(encoding="utf-8")
    doc = parse_timeml(xml)
    root = ET.fromstring(xml.encode("utf-8"))
    assert doc.text == "".join(root.find("TEXT").itertext())
    gold = [(t.get("tid"), t.get("value"), "".join(t.itertext())) for t in root.find("TEXT").iter("TIMEX3")]
    assert [(t.tid, t.value, t.text) for t in doc.timexes] == gold
    assert len(doc.events) == len(list(root.find("TEXT").iter("EVENT")))
    assert doc.dct is not None
    for t in doc.timexes + doc.events:
        assert t.span.of(doc.text) == t.text
