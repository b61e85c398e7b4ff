import datetime as dt

import pytest

from pipeline.parse.dates import parse_dateline, parse_timestamp


def tz(hours, minutes=0):
    return dt.timezone(dt.timedelta(hours=hours, minutes=minutes))


@pytest.mark.parametrize(
    "line, expected",
    [
        ("16:32 GMT +330 September 2017", dt.datetime(2017, 9, 30, 16, 32, tzinfo=tz(3))),
        ("16:32 GMT+3 30 September 2017", dt.datetime(2017, 9, 30, 16, 32, tzinfo=tz(3))),
        ("09:15 GMT 01 October 2017", dt.datetime(2017, 10, 1, 9, 15, tzinfo=tz(0))),
        ("16:32 GMT -59 March 2020", dt.datetime(2020, 3, 9, 16, 32, tzinfo=tz(-5))),
        ("Sat 30 Sep 2017 16:32 BST", dt.datetime(2017, 9, 30, 16, 32, tzinfo=tz(1))),
        ("September 30, 2017 4:32 PM EDT", dt.datetime(2017, 9, 30, 16, 32, tzinfo=tz(-4))),
        ("2017-09-30T13:32:00Z", dt.datetime(2017, 9, 30, 13, 32, tzinfo=tz(0))),
    ],
)
def test_datelines(line, expected):
    got = parse_dateline(line)
    assert got == expected and got.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("line", ["Russian Defense Ministry", "Middle East", "", "16:32", "Police said 3 people died in 2017."])
def test_not_datelines(line):
    assert parse_dateline(line) is None


def test_glued_offset_never_makes_an_impossible_day():
    # "+331" cannot be +3 and day 31 in September; no valid reading with a day.
    assert parse_dateline("16:32 GMT +331 September 2017") is None


def test_timestamps():
    assert parse_timestamp("2017-09-30T16:32:00+03:00") == dt.datetime(2017, 9, 30, 13, 32, tzinfo=dt.timezone.utc)
    assert parse_timestamp(1506778320000) == dt.datetime(2017, 9, 30, 13, 32, tzinfo=dt.timezone.utc)
    assert parse_timestamp(1506778320) == dt.datetime(2017, 9, 30, 13, 32, tzinfo=dt.timezone.utc)
    assert parse_timestamp("2017-09-30 13:32").tzinfo is not None


@pytest.mark.parametrize("bad", ["not a date", "", True, "32/13/2017 99:99"])
def test_unparseable_timestamps_raise(bad):
    with pytest.raises(ValueError, match="unparseable date"):
        parse_timestamp(bad)
