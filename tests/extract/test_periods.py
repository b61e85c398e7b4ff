"""Period phrases resolved against the publication time (news reports the past)."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.periods import find_periods, resolve_period

REF = dt.datetime(2017, 9, 30, 16, 32, tzinfo=dt.timezone(dt.timedelta(hours=3)))  # a Saturday


@pytest.mark.parametrize("phrase,start,end", [
    ("September 19-29", "2017-09-19", "2017-09-29"),
    ("from September 19 to September 29", "2017-09-19", "2017-09-29"),
    ("between 4 and 22 September", "2017-09-04", "2017-09-22"),
    ("last week", "2017-09-18", "2017-09-24"),
    ("on Saturday", "2017-09-30", "2017-09-30"),
    ("on Tuesday", "2017-09-26", "2017-09-26"),
    ("since Monday", "2017-09-25", "2017-09-30"),
    ("in the past 24 hours", "2017-09-29", "2017-09-30"),
    ("over the past three days", "2017-09-27", "2017-09-30"),
    ("over the weekend", "2017-09-30", "2017-10-01"),
    ("in 2016", "2016-01-01", "2016-12-31"),
    ("in the first quarter", "2017-01-01", "2017-03-31"),
    ("this month", "2017-09-01", "2017-09-30"),
    ("last month", "2017-08-01", "2017-08-31"),
    ("in March", "2017-03-01", "2017-03-31"),
    ("in November", "2016-11-01", "2016-11-30"),  # a later month is last year's
    ("yesterday", "2017-09-29", "2017-09-29"),
    ("so far this year", "2017-01-01", "2017-09-30"),
    ("late last month", "2017-08-16", "2017-08-31"),
    ("in the first week of September", "2017-09-01", "2017-09-07"),  # a month's weeks count from its first day
    ("in the last week of August", "2017-08-25", "2017-08-31"),
    ("this year till September 9", "2017-01-01", "2017-09-09"),
    ("till September 9 this year", "2017-01-01", "2017-09-09"),
    ("since last Tuesday", "2017-09-26", "2017-09-30"),
    ("for September so far", "2017-09-01", "2017-09-30"),
    ("so far in 2017", "2017-01-01", "2017-09-30"),
    ("a year ago today", "2016-09-30", "2016-09-30"),
    ("since dawn", "2017-09-30", "2017-09-30"),
    ("in the first half of 2016", "2016-01-01", "2016-06-30"),
    ("since the weekend", "2017-09-30", "2017-09-30"),
    ("in the week ending Sunday", "2017-09-18", "2017-09-24"),
    ("in the 2016 fiscal year", "2015-10-01", "2016-09-30"),
    ("in fiscal year 2016", "2015-10-01", "2016-09-30"),
    ("by noon", "2017-09-30", "2017-09-30"),
    ("from September 1, when the offensive began, through midnight on September 20", "2017-09-01", "2017-09-20"),
])
def test_resolution(phrase, start, end):
    p = resolve_period(f"They said it happened {phrase}.", REF)
    assert p is not None, phrase
    assert (p.start_date.isoformat(), p.end_date.isoformat()) == (start, end)


def test_weekend_on_monday_is_the_one_just_past():
    p = resolve_period("over the weekend", dt.date(2019, 6, 17))
    assert (p.start_date, p.end_date) == (dt.date(2019, 6, 15), dt.date(2019, 6, 16))


def test_spans_point_into_the_text():
    text = "Strikes on September 19-29 killed 2,359."
    (p,) = find_periods(text, REF)
    assert text[p.start:p.end] == p.text == "on September 19-29"


def test_modal_may_is_not_a_month():
    assert find_periods("The toll may rise.", REF) == []


def test_without_reference_spans_are_found_but_unresolved():
    (p,) = find_periods("on September 19", None)
    assert p.start_date is None


def test_an_onset_month_runs_to_the_reference_date():
    (p,) = find_periods("The conflict, which broke out in April 2016, has displaced 12 million", REF)
    assert (p.start_date, p.end_date) == (dt.date(2016, 4, 1), dt.date(2017, 9, 30))
    (p,) = find_periods("Floods in April 2016 displaced 12,000 people", REF)
    assert (p.start_date, p.end_date) == (dt.date(2016, 4, 1), dt.date(2016, 4, 30))


def test_this_unit_runs_to_the_reference_date():
    import datetime as _dt
    ref = _dt.date(2019, 7, 23)
    got = {t: (str(p.start_date), str(p.end_date)) for t in ("this month", "this year", "this week")
           for p in find_periods(t, ref)}
    assert got == {"this month": ("2019-07-01", "2019-07-23"), "this year": ("2019-01-01", "2019-07-23"),
                   "this week": ("2019-07-22", "2019-07-23")}


def test_last_year_after_a_day_and_hours_till():
    import datetime as _dt
    ref = _dt.date(2024, 10, 8)
    (p,) = find_periods("killed since October 8 last year", ref)
    assert (str(p.start_date), str(p.end_date)) == ("2023-10-08", "2024-10-08")
    p = find_periods("15 more deaths in the 24 hours till 8 a.m. Monday", ref)[0]
    assert (str(p.start_date), str(p.end_date)) == ("2024-10-07", "2024-10-08")


def test_known_onsets_date_a_since_phrase():
    p = resolve_period("destroyed since the beginning of the special military operation", dt.date(2022, 7, 9))
    assert (p.start_date, p.end_date) == (dt.date(2022, 2, 24), dt.date(2022, 7, 9))
    assert resolve_period("killed since the start of the full-scale invasion", dt.date(2021, 5, 1)) is None


def test_an_onset_day_after_a_perfect_runs_to_publication():
    p = resolve_period("The army has killed 24 jihadists in an offensive launched on Saturday", dt.date(2015, 12, 10))
    assert (p.start_date, p.end_date) == (dt.date(2015, 12, 5), dt.date(2015, 12, 10))


def test_holidays():
    p = resolve_period("struck on New Year's Day", dt.date(2024, 1, 9))
    assert (p.start_date, p.end_date) == (dt.date(2024, 1, 1), dt.date(2024, 1, 1))


def test_a_day_in_a_sentence_about_last_year_and_a_span_to_a_day():
    ref = dt.datetime(2019, 5, 2, 9, 30, tzinfo=dt.timezone.utc)
    got = find_periods("Last year, police in Berlin detained 103 people on May 1.", ref)
    assert [(p.text, str(p.start_date)) for p in got] == [("Last year", "2018-01-01"), ("on May 1", "2018-05-01")]
    ref = dt.datetime(2023, 9, 12, 13, 40, tzinfo=dt.timezone.utc)
    got = find_periods("Sixteen people died in the 24 hours to 8:00 am Tuesday, the bulletin said.", ref)
    assert [(str(p.start_date), str(p.end_date)) for p in got] == [("2023-09-11", "2023-09-12")]
    ref = dt.datetime(2022, 11, 24, tzinfo=dt.timezone.utc)
    got = find_periods("28,526 crossed in the whole of 2021, and 1,295 crossed on a single day, 22 August this year.", ref)
    assert [str(p.start_date) for p in got if "August" in p.text] == ["2022-08-22"]


def test_a_week_to_a_day_and_a_weekday_last_week():
    got = find_periods("in the week through Sunday", dt.datetime(2020, 8, 4, tzinfo=dt.timezone.utc))
    assert [(str(p.start_date), str(p.end_date)) for p in got] == [("2020-07-27", "2020-08-02")]
    got = find_periods("in the week to Jan. 10", dt.datetime(2015, 1, 12, tzinfo=dt.timezone.utc))
    assert [(str(p.start_date), str(p.end_date)) for p in got] == [("2015-01-04", "2015-01-10")]
    got = find_periods("on Tuesday last week", dt.datetime(2025, 2, 13, tzinfo=dt.timezone.utc))
    assert [(str(p.start_date), str(p.end_date)) for p in got] == [("2025-02-04", "2025-02-04")]


def test_between_weekday_parts():
    got = find_periods("between Friday evening and early Monday", dt.datetime(2022, 6, 6, tzinfo=dt.timezone.utc))
    assert [(str(p.start_date), str(p.end_date)) for p in got] == [("2022-06-03", "2022-06-06")]
