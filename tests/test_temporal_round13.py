"""Round 13: families the previous rounds found but left, fixed as general rules. Every sentence here is written
for the test; none comes from a corpus."""

import datetime as dt

from newsline.core.temporal.tagger import tag_times

REF = dt.date(2019, 3, 13)  # a Wednesday
REF2 = dt.date(2004, 10, 6)  # a Wednesday


def tagged(sentence, ref=REF):
    return [(t.text, t.type.value, t.value) for t in tag_times(sentence, ref)]


# ---------------------------------------------------------------- the present of an institution's scheduled act
def test_an_institution_s_act_in_the_present_lies_ahead():
    assert tagged("The Supreme Court rules on Friday on the health law.") == [("Friday", "DATE", "2019-03-15")]
    assert tagged("The judge sentences him on Friday.", REF2) == [("Friday", "DATE", "2004-10-08")]
    assert tagged("The Federal Reserve decides Monday on interest rates.") == [("Monday", "DATE", "2019-03-18")]
    assert tagged("The court hears arguments on Tuesday.", REF2) == [("Tuesday", "DATE", "2004-10-12")]
    assert tagged("The ECB sets rates on Thursday.") == [("Thursday", "DATE", "2019-03-14")]
    assert tagged("Voters choose a new president on Sunday.") == [("Sunday", "DATE", "2019-03-17")]


def test_the_past_of_the_act_and_the_noun_stay_past():
    assert tagged("The court ruled on Friday that the law was valid.") == [("Friday", "DATE", "2019-03-08")]
    assert tagged("The court heard arguments on Tuesday.", REF2) == [("Tuesday", "DATE", "2004-10-05")]
    assert tagged("The new rules on Friday angered traders.") == [("Friday", "DATE", "2019-03-08")]
