"""Find period phrases and resolve them against the publication time.

A figure means little without its period: "2,359 militants killed on
September 19-29" and "in the past 24 hours" are different claims.  News
reports the past, so relative phrases resolve backwards from the reference
(publication) datetime.  Ends are inclusive dates.

    >>> import datetime as dt
    >>> ref = dt.datetime(2017, 9, 30, 16, 32)
    >>> p = find_periods("strikes on September 19-29, killing", ref)[0]
    >>> (p.text, p.start_date.isoformat(), p.end_date.isoformat())
    ('on September 19-29', '2017-09-19', '2017-09-29')
"""
from __future__ import annotations

import calendar
import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import Optional

from pipeline.extract.numbers import parse_number

logger = logging.getLogger(__name__)

_MONTH_NAMES = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTH_ABBR = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_MONTH_ABBR["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_WD_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}

M = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
     r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
D = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
Y = r"(?:1[89]\d\d|20\d\d)"
NUMW = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|few|several|couple of)"
UNIT = r"(?:hours?|days?|weeks?|months?|years?)"
TO = r"(?:-|–|to|until|till|through|thru|and)"


@dataclass(frozen=True)
class Period:
    """A period phrase in text, resolved. ``unit`` is True when it names whole calendar units."""

    start: int
    end: int
    text: str
    start_date: Optional[dt.date]
    end_date: Optional[dt.date]
    unit: bool = False
    ref_date: Optional[dt.date] = None


def _month(s: str) -> int:
    s = s.lower().rstrip(".")
    return _MONTH_NAMES.get(s) or _MONTH_ABBR.get(s[:4] if s.startswith("sept") else s[:3])


def _day(s: str) -> int:
    return int(re.match(r"\d+", s).group(0))


def _past_year(month: int, day: int, ref: dt.date) -> int:
    """News reports the past: a month-day later than the reference is last year."""
    y = ref.year
    try:
        if dt.date(y, month, min(day, 28)) > ref + dt.timedelta(days=1):
            return y - 1
    except ValueError:
        pass
    return y


def _safe(y: int, m: int, d: int) -> Optional[dt.date]:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _last_weekday(ref: dt.date, wd: int, allow_today: bool = True) -> dt.date:
    delta = (ref.weekday() - wd) % 7
    if delta == 0 and not allow_today:
        delta = 7
    return ref - dt.timedelta(days=delta)


def _n(s: str) -> int:
    s = s.lower()
    if s in ("a", "an"):
        return 1
    if s in ("few", "several"):
        return 3
    if s == "couple of":
        return 2
    v = parse_number(s)
    return int(v) if v else 1


def _span_back(ref: dt.date, n: int, unit: str) -> tuple[dt.date, dt.date]:
    unit = unit.lower().rstrip("s")
    if unit == "hour":
        return ref - dt.timedelta(days=max(1, (n + 23) // 24)), ref
    if unit == "day":
        return ref - dt.timedelta(days=n), ref
    if unit == "week":
        return ref - dt.timedelta(weeks=n), ref
    if unit == "month":
        y, m = ref.year, ref.month - n
        while m <= 0:
            m += 12
            y -= 1
        return dt.date(y, m, min(ref.day, calendar.monthrange(y, m)[1])), ref
    return _safe(ref.year - n, ref.month, min(ref.day, 28)), ref


# Each rule: (compiled regex, resolver(match, ref_date) -> (start, end, unit)).
_RULES: list = []


_UNITW = r"\b(?:hours?|days?|weeks?|months?|years?|fortnight|weekend|quarter|half|decade)\b"
_GATES = {
    "month": re.compile(rf"\b{M}", re.I),
    "weekday": re.compile(rf"\b{WD}\b", re.I),
    "year4": re.compile(Y),
    "unit": re.compile(_UNITW, re.I),
    "deictic": re.compile(r"\b(?:yesterday|today|overnight|tonight|night|morning|dawn|daybreak|midnight|noon|midday|nightfall|"
                          r"dusk|evening)\b", re.I),
    "q": re.compile(r"\b[QH][1-4]\b|\d[QH][1-4]\b"),
    "decade": re.compile(r"\d0['’]?s\b"),
}


_WORD_GATES = {
    "weekday": {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
                "thu", "thur", "thurs", "fri", "sat", "sun"},
    "unit": {"hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "fortnight", "weekend",
             "quarter", "half", "decade"},
    "deictic": {"yesterday", "today", "overnight", "tonight", "night", "morning", "dawn", "daybreak", "midnight", "noon",
                "midday", "nightfall", "dusk", "evening"},
    "onset": {"operation", "full", "christmas", "year"},
}
_MONTH_PREFIXES = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
_Q_QUICK = re.compile(r"[QH][1-4]")
_WORDS = re.compile(r"\w+")


def _fired(text: str) -> set[str]:
    """The gates of ``text``: the same answers as searching every ``_GATES`` pattern, from one pass over its words."""
    words = set(_WORDS.findall(text.lower()))
    fired = {name for name, vocab in _WORD_GATES.items() if words & vocab}
    if any(w[:3] in _MONTH_PREFIXES for w in words):
        fired.add("month")
    for name in ("year4", "decade"):
        if _GATES[name].search(text):
            fired.add(name)
    if _Q_QUICK.search(text) and _GATES["q"].search(text):
        fired.add("q")
    return fired


def rule(pattern: str):
    """Register a period rule. Rules only run on text holding a token they need (speed)."""
    needs = set()
    if M in pattern:
        needs.add("month")
    if WD in pattern:
        needs.add("weekday")
    if Y in pattern:
        needs.add("year4")
    if re.search(r"hours|week|month|year|fortnight|weekend|quarter|half|UNIT", pattern) or UNIT in pattern:
        needs.add("unit")
    if "yesterday" in pattern or "night" in pattern:
        needs.add("deictic")
    if re.search(r"\bday\b|day\)", pattern):
        needs.add("unit")
    if "Q(?P<q>" in pattern or "H(?P<h>" in pattern:
        needs.add("q")
    if "(?P<dd>" in pattern:
        needs.add("decade")
    if "(?P<ev>" in pattern or "(?P<h>" in pattern:
        needs.add("onset")

    def deco(fn):
        _RULES.append((re.compile(pattern, re.I), fn, frozenset(needs)))
        return fn
    return deco


@rule(rf"\b(?:(?:from|between|on|during|over|in|for)\s+)?(?P<m1>{M})\s+(?P<d1>{D})(?:,?\s+(?P<y1>{Y}))?\s*{TO}\s*(?P<m2>{M})\s+(?P<d2>{D})(?:,?\s+(?P<y2>{Y}))?\b")
def _md_to_md(m, ref):
    m1, m2 = _month(m["m1"]), _month(m["m2"])
    y2 = int(m["y2"]) if m["y2"] else _past_year(m2, _day(m["d2"]), ref)
    y1 = int(m["y1"]) if m["y1"] else (y2 if m1 <= m2 else y2 - 1)
    return _safe(y1, m1, _day(m["d1"])), _safe(y2, m2, _day(m["d2"])), False


@rule(rf"\b(?:(?:from|between|on|during|over|in|for)\s+)?(?P<d1>{D})\s+(?P<m1>{M})\s*{TO}\s*(?P<d2>{D})\s+(?P<m2>{M})(?:,?\s+(?P<y>{Y}))?\b")
def _dm_to_dm(m, ref):
    m1, m2 = _month(m["m1"]), _month(m["m2"])
    y2 = int(m["y"]) if m["y"] else _past_year(m2, _day(m["d2"]), ref)
    y1 = y2 if m1 <= m2 else y2 - 1
    return _safe(y1, m1, _day(m["d1"])), _safe(y2, m2, _day(m["d2"])), False


def _days_of_month(m, ref):
    """"September 19-29", "19-29 September", "from 19 to September 29": days d1..d2 of one month."""
    mo = _month(m["m"])
    y = int(m["y"]) if m["y"] else _past_year(mo, _day(m["d2"]), ref)
    return _safe(y, mo, _day(m["d1"])), _safe(y, mo, _day(m["d2"])), False


@rule(rf"\b(?:(?:from|between|on|during|over|in|for)\s+)?(?P<m>{M})\s+(?:between\s+)?(?P<d1>{D})\s*{TO}\s*(?P<d2>{D})(?:,?\s+(?P<y>{Y}))?\b")
def _m_d_to_d(m, ref):
    return _days_of_month(m, ref)


@rule(rf"\b(?:(?:from|between|on|during|over|in|for)\s+)?(?P<d1>{D})\s*{TO}\s*(?P<d2>{D})(?:\s+of)?\s+(?P<m>{M})(?:,?\s+(?P<y>{Y}))?\b")
def _d_to_d_m(m, ref):
    return _days_of_month(m, ref)


@rule(rf"\b(?:(?:from|between|on|during|over|in|for)\s+)?(?P<d1>{D})\s*{TO}\s*(?P<d2>{D})(?:\s+of)?\s+(?P<rel>this|last|next|the previous|the past)\s+month\b")
def _d_to_d_rel_month(m, ref):
    rel = m["rel"].lower()
    y, mo = ref.year, ref.month
    if rel in ("last", "the previous", "the past"):
        mo -= 1
    elif rel == "next":
        mo += 1
    if mo == 0:
        y, mo = y - 1, 12
    if mo == 13:
        y, mo = y + 1, 1
    return _safe(y, mo, _day(m["d1"])), _safe(y, mo, _day(m["d2"])), False


@rule(rf"\bfrom\s+(?P<m1>{M})\s+(?P<d1>{D})(?:,?\s+(?P<y1>{Y}))?,\s+(?:when|after|as)\b[^.;]{{1,90}}?,?\s+"
      rf"(?:through|until|till|to)\s+(?:midnight\s+(?:on\s+)?)?(?P<m2>{M})\s+(?P<d2>{D})(?:,?\s+(?P<y2>{Y}))?\b")
def _md_aside_to_md(m, ref):
    """ "From February 24, when Russia launched its full-scale invasion, through midnight on April 11"."""
    return _md_to_md(m, ref)


@rule(rf"\b(?:(?:from|between|since|starting)\s+)(?P<m1>{M})\s+(?P<d1>{D})(?:,?\s+(?P<y1>{Y}))?(?!\s*{TO}\s*(?:{M}|\d))")
def _since_md(m, ref):
    mo = _month(m["m1"])
    y = int(m["y1"]) if m["y1"] else _past_year(mo, _day(m["d1"]), ref)
    return _safe(y, mo, _day(m["d1"])), ref, False


def _one_day(m, ref):
    """"September 19" and "19 September": that day, or from it to the reference with "since"."""
    mo = _month(m["m"])
    y = int(m["y"]) if m["y"] else _past_year(mo, _day(m["d"]), ref)
    day = _safe(y, mo, _day(m["d"]))
    if m.group(0).lower().startswith("since"):
        return day, ref, False
    return day, day, False


@rule(rf"\b(?:(?:on|since)\s+)?(?:(?:{WD}),?\s+)?(?P<m>{M})\s+(?P<d>{D})(?:,?\s+(?P<y>{Y}))?(?![\d:])")
def _md(m, ref):
    return _one_day(m, ref)


@rule(rf"\b(?:(?:on|since)\s+)?(?:(?:{WD}),?\s+)?(?:the\s+)?(?P<d>{D})(?:\s+of)?\s+(?P<m>{M})(?:,?\s+(?P<y>{Y}))?\b")
def _dm(m, ref):
    return _one_day(m, ref)


@rule(rf"\b(?:(?:in|during|over|for|within|throughout)\s+)?(?:the\s+)?(?:past|last|previous|preceding)\s+(?P<n>{NUMW})\s+(?P<u>{UNIT})\b")
def _past_n(m, ref):
    s, e = _span_back(ref, _n(m["n"]), m["u"])
    return s, e, False


@rule(rf"\b(?:(?:in|during|over)\s+)?the\s+(?P<h>first|second|last)\s+half\s+of\s+(?:(?P<m>{M}|the year|this year|last year)(?:,?\s+(?P<y>{Y}))?|(?P<y3>{Y}))\b")
def _half(m, ref):
    h = m["h"].lower()
    what = (m["m"] or "").lower()
    if "year" in what or not what:  # "the first half of 2022"
        y = int(m["y"] or m["y3"]) if (m["y"] or m["y3"]) else (ref.year - 1 if what.startswith("last") else ref.year)
        return (dt.date(y, 1, 1), dt.date(y, 6, 30), True) if h == "first" else (dt.date(y, 7, 1), dt.date(y, 12, 31), True)
    mo = _month(m["m"])
    y = int(m["y"]) if m["y"] else (ref.year if mo <= ref.month else ref.year - 1)
    if h == "first":
        return dt.date(y, mo, 1), dt.date(y, mo, 15), False
    return dt.date(y, mo, 16), _month_end(y, mo), False


@rule(rf"\b(?:in|after|during|over|since|from)\s+(?P<n>{NUMW})\s+(?P<u>{UNIT})\s+of\s+(?:[a-z-]+\s+){{0,2}}?(?:protests?|fighting|"
      rf"clashes|unrest|violence|demonstrations|rioting|riots|rains?|floods?|flooding|storms?|war|conflict|bombardment|"
      rf"shelling|air ?strikes|strikes|heatwave|wildfires?|fires?)\b")
def _n_units_of_events(m, ref):
    """ "39 people killed in two weeks of protests": the last two weeks up to the reference date."""
    s, e = _span_back(ref, _n(m["n"]), m["u"])
    return s, e, False


@rule(rf"\b(?:over|across)\s+(?:the\s+)?(?P<n>{NUMW})\s+(?P<u>{UNIT})\b(?!\s+(?:ago|of|old|later|before|after))")
def _over_n(m, ref):
    """ "killed 40 protesters over three days": the last three days up to the reference date."""
    s, e = _span_back(ref, _n(m["n"]), m["u"])
    return s, e, False


@rule(r"\b(?P<n>a|one|two|three|four|five|\d+)\s+years?\s+ago\s+(?:today|this\s+week)\b")
def _years_ago_today(m, ref):
    """ "A year ago today": the same calendar day that many years before."""
    n = 1 if m["n"].lower() in ("a", "one") else _n(m["n"])
    day = _safe(ref.year - n, ref.month, ref.day) or dt.date(ref.year - n, ref.month, 28)
    return day, day, False


@rule(rf"\b(?P<n>{NUMW})\s+(?P<u>{UNIT})\s+ago\b")
def _ago(m, ref):
    s, _ = _span_back(ref, _n(m["n"]), m["u"])
    return s, s, False


@rule(r"\b(?:(?:in|during|over|within|throughout)\s+)?(?:the\s+)?(?:past|last|previous|preceding)\s+(?P<u>24 hours|day|week|month|year|fortnight)\b(?!\s+of\b)")
def _past_unit(m, ref):
    u = m["u"].lower()
    text = m.group(0).lower()
    if u == "24 hours":
        return ref - dt.timedelta(days=1), ref, False
    if u == "day":
        return ref - dt.timedelta(days=1), ref, False
    if u == "fortnight":
        return ref - dt.timedelta(days=14), ref, False
    rolling = re.search(r"past|previous|preceding|within|over|during", text)
    if u == "week":
        if rolling:
            return ref - dt.timedelta(days=7), ref, False
        mon = ref - dt.timedelta(days=ref.weekday() + 7)
        return mon, mon + dt.timedelta(days=6), True
    if u == "month":
        if rolling:
            return _span_back(ref, 1, "month") + (False,)
        y, mo = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
        return dt.date(y, mo, 1), _month_end(y, mo), True
    if rolling:
        return _span_back(ref, 1, "year") + (False,)
    return dt.date(ref.year - 1, 1, 1), dt.date(ref.year - 1, 12, 31), True


@rule(r"\b(?:(?:in|during|over|throughout)\s+)?(?:the\s+)?(?P<rel>this|current|same)\s+(?P<u>week|month|year)\b")
@rule(r"\b(?P<rel>earlier|so far|since the (?:start|beginning) of|since the turn of)\s+(?:this|the|in the)\s+(?P<u>week|month|year)\b")
def _so_far(m, ref):
    """"this month", "so far this year": from the unit's first day to the reference date -- a count reported now
    cannot reach past today."""
    u = m["u"].lower()
    if u == "week":
        return ref - dt.timedelta(days=ref.weekday()), ref, False
    if u == "month":
        return dt.date(ref.year, ref.month, 1), ref, False
    return dt.date(ref.year, 1, 1), ref, False


@rule(r"\b(?:since\s+)?(?:(?:over|during|at|on|this|last|the)\s+)*(?:the\s+)?weekend\b")
def _weekend(m, ref):
    text = m.group(0).lower()
    if text.startswith("since"):  # "since the weekend": from its Saturday to the reference date
        sat = _last_weekday(ref, 5, allow_today=True)
        return sat, ref, False
    if "this" in text and ref.weekday() < 5:
        sat = ref + dt.timedelta(days=5 - ref.weekday())
    else:
        sat = _last_weekday(ref, 5, allow_today=True)
        if ref.weekday() == 5 and "last" in text:
            sat -= dt.timedelta(days=7)
    return sat, sat + dt.timedelta(days=1), True


@rule(rf"\b(?P<pre>since\s+last|on|since|late on|early on|last|from|by)?\s*(?P<wd>{WD})(?:\s+(?P<part>night|morning|afternoon|evening))?\b(?!\s*,?\s*(?:{M}|\d{{1,2}}(?:st|nd|rd|th)?\s+{M}))")
def _weekday(m, ref):
    w = m["wd"].lower()
    wd = WEEKDAYS.get(w, _WD_ABBR.get(w))
    pre = " ".join((m["pre"] or "").lower().split())
    day = _last_weekday(ref, wd, allow_today=not pre.endswith("last"))
    if pre in ("since", "from", "since last"):  # "since last Tuesday": from then to the reference date
        return day, ref, False
    return day, day, False


@rule(rf"\b(?:in|over|during|for)\s+the\s+week\s+(?:through|to|ending|ended|until|up\s+to)\s+(?:on\s+)?"
      rf"(?:(?P<wd>{WD})\b|(?P<mon>{M})\s+(?P<d>{D})\b)")
def _week_to(m, ref):
    """ "in the week through Sunday", "in the week to Jan. 10": the seven days ending that day."""
    if m["wd"]:
        w = m["wd"].lower()
        end = _last_weekday(ref, WEEKDAYS.get(w, _WD_ABBR.get(w)))
    else:
        end = dt.date(ref.year, _month(m["mon"]), int(re.sub(r"\D", "", m["d"])))
        if end > ref:
            end = end.replace(year=ref.year - 1)
    return end - dt.timedelta(days=6), end, False


@rule(rf"\b(?:on\s+)?(?P<wd>{WD})\s+(?:of\s+)?last\s+week\b")
def _weekday_last_week(m, ref):
    """ "on Tuesday last week": that weekday of the previous Monday-Sunday week."""
    w = m["wd"].lower()
    day = ref - dt.timedelta(days=ref.weekday() + 7) + dt.timedelta(days=WEEKDAYS.get(w, _WD_ABBR.get(w)))
    return day, day, False


@rule(r"\b(?:in|over|during|within)\s+the\s+(?P<h>24|48|72)\s+hours\s+(?:till|to|until|up\s+to|ending|through)\b")
def _hours_till(m, ref):
    """"in the 24 hours till 8 a.m. Monday": the day before the reference date to it."""
    return ref - dt.timedelta(days=int(m["h"]) // 24), ref, False


@rule(r"\b(?:over|during|in|within|for)\s+the\s+day\b(?!\s+(?:before|after|of|when|that))")
def _over_the_day(m, ref):
    """"Over the day, air defences intercepted 11 rockets" (daily military briefings): the past day."""
    return ref - dt.timedelta(days=1), ref, False


@rule(rf"\b(?:on|from|between)\s+(?:late\s+|early\s+)?(?P<wd1>{WD})(?:\s+(?:morning|afternoon|evening|night))?\s+(?:and|to|through|until|-)\s+"
      rf"(?:late\s+|early\s+)?(?P<wd2>{WD})\b(?!\s*,?\s*(?:{M}|\d{{1,2}}(?:st|nd|rd|th)?\s+{M}))")
def _weekday_pair(m, ref):
    """"rescued on Thursday and Friday": the span of the two most recent such days."""
    w1, w2 = m["wd1"].lower(), m["wd2"].lower()
    d2 = _last_weekday(ref, WEEKDAYS.get(w2, _WD_ABBR.get(w2)), allow_today=True)
    d1 = _last_weekday(d2, WEEKDAYS.get(w1, _WD_ABBR.get(w1)), allow_today=True)
    if (d2 - d1).days > 6:
        return None
    return d1, d2, False


@rule(rf"\b(?:from|between)\s+(?P<m1>{M})(?:\s+(?P<y1>{Y}))?\s+(?:and|to|through|until)\s+(?P<m2>{M})(?:,?\s+(?P<y2>{Y}))?\b(?!\.?\s+\d)")
def _month_to_month(m, ref):
    """"between January and March": the first day of one month to the last day of the other."""
    m1, m2 = _month(m["m1"]), _month(m["m2"])
    y2 = int(m["y2"]) if m["y2"] else (ref.year if m2 <= ref.month else ref.year - 1)
    y1 = int(m["y1"]) if m["y1"] else (y2 if m1 <= m2 else y2 - 1)
    return dt.date(y1, m1, 1), _month_end(y2, m2), True


@rule(rf"\b(?:in|during|over)\s+the\s+first\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d+)\s+months\s+of\s+(?:(?P<y>{Y})|the\s+year|this\s+year)\b")
def _first_n_months(m, ref):
    """"in the first three months of the year": January 1 to the end of the n-th month."""
    n = _n(m["n"])
    y = int(m["y"]) if m["y"] else ref.year
    if not 1 <= n <= 12:
        return None
    return dt.date(y, 1, 1), _month_end(y, n), True


@rule(rf"\b(?:(?:in|during|over|for)\s+)?the\s+(?P<u>week|seven days|month)\s+(?:to|ending|through|up to)\s+(?:(?:last|this)\s+)?(?P<wd>{WD})\b(?!\s*,?\s*(?:{M}|\d{{1,2}}(?:st|nd|rd|th)?\s+{M}))")
def _week_to(m, ref):
    """"in the week to Sunday": the seven days ending that day."""
    w = m["wd"].lower()
    end = _last_weekday(ref, WEEKDAYS.get(w, _WD_ABBR.get(w)), allow_today=True)
    days = 30 if m["u"].lower() == "month" else 6
    return end - dt.timedelta(days=days), end, False


@rule(r"\b(?:over|during|in)\s+the\s+course\s+of\s+the\s+(?P<u>night|day)\b|\bduring\s+the\s+night\b")
def _course_of(m, ref):
    """"over the course of the night": the night before the reference date."""
    return ref - dt.timedelta(days=1), ref, False


@rule(r"\b(?P<w>yesterday|today|overnight|last night|this morning|tonight|earlier today|since dawn|since daybreak|"
      r"since midnight|by (?:noon|midday|nightfall|dusk|evening))\b")
def _deictic(m, ref):
    w = m["w"].lower()
    if w in ("yesterday", "last night"):
        d = ref - dt.timedelta(days=1)
        return d, d, False
    if w == "overnight":
        return ref - dt.timedelta(days=1), ref, False
    return ref, ref, False


@rule(rf"\b(?:(?:in|during|over|throughout)\s+)?(?:the\s+)?(?P<ord>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+quarter(?:\s+(?:of\s+)?(?P<y>{Y}|this year|last year))?\b|\bQ(?P<q>[1-4])(?:\s+(?P<y2>{Y}|this year|last year))?\b")
def _quarter(m, ref):
    q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
         "last": 4, "final": 4}.get((m["ord"] or "").lower()) or int(m["q"])
    ytxt = (m["y"] or m["y2"] or "").lower()
    if ytxt.isdigit():
        y = int(ytxt)
    elif ytxt == "last year":
        y = ref.year - 1
    else:
        y = ref.year
        if not ytxt and dt.date(y, 3 * q - 2, 1) > ref:
            y -= 1
    return dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q), True


@rule(rf"\b(?:(?:in|during|since|throughout|from|between)\s+)?(?P<y1>{Y})\s*(?:-|–|to|and|through)\s*(?P<y2>{Y}|\d\d)\b")
def _year_range(m, ref):
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else (y1 // 100) * 100 + int(m["y2"])
    if y2 <= y1:
        if len(m["y2"]) == 2 and 1 <= int(m["y2"]) <= 12 and not re.search(r"\s", m.group(0).strip()):
            mo = int(m["y2"])
            return dt.date(y1, mo, 1), _month_end(y1, mo), True
        return None
    return dt.date(y1, 1, 1), dt.date(y2, 12, 31), True


@rule(rf"\b(?:(?:in|during|since|throughout|for)\s+)?(?:(?P<rel>this|last|next|the)\s+)?(?P<m>{M})(?:,?\s+(?P<y>{Y}))?\b(?!\.?\s+\d)(?P<sofar>\s+so\s+far)?")
def _month_name(m, ref):
    mo = _month(m["m"])
    rel = (m["rel"] or "").lower()
    text = m.group(0).lower()
    if not m["y"] and not re.match(r"(?:in|during|since|throughout|this|last|next)\b", text):
        word = m["m"].rstrip(".")
        if (word.lower() == "may" or not word[:1].isupper() or word.isupper()
                or word.lower() in ("mar", "jun", "jul", "sat", "sun", "dec", "jan", "aug", "sep", "oct", "nov", "apr", "feb")):
            return None  # "the protest march", "may", "VINA DEL MAR", "Zinda Jan": a word, not a month
    if m["y"]:
        y = int(m["y"])
    elif rel == "last":
        y = ref.year - 1 if mo >= ref.month else ref.year
    elif rel == "next":
        y = ref.year + 1 if mo <= ref.month else ref.year
    else:
        y = ref.year if mo <= ref.month else ref.year - 1
    if text.startswith("since") or (m["sofar"] and y == ref.year and mo == ref.month):  # "for November so far"
        return dt.date(y, mo, 1), ref, False
    return dt.date(y, mo, 1), _month_end(y, mo), True


@rule(rf"\b(?P<sofar0>so\s+far\s+)?(?:(?P<pre>in|during|since|throughout|for|of)\s+)(?P<y>{Y})\b(?![-–/]\d)(?P<sofar>\s+so far)?")
def _year(m, ref):
    y = int(m["y"])
    if (m["pre"] or "").lower() == "since" or ((m["sofar"] or m["sofar0"]) and y == ref.year):  # "for 2025 so far"
        return dt.date(y, 1, 1), ref, False
    return dt.date(y, 1, 1), dt.date(y, 12, 31), True


@rule(r"\b(?:(?:in|during|over|for)\s+)?(?P<rel>last|this|next|the past)\s+year\b")
def _rel_year(m, ref):
    rel = m["rel"].lower()
    if rel == "last":
        return dt.date(ref.year - 1, 1, 1), dt.date(ref.year - 1, 12, 31), True
    if rel == "next":
        return dt.date(ref.year + 1, 1, 1), dt.date(ref.year + 1, 12, 31), True
    return dt.date(ref.year, 1, 1), dt.date(ref.year, 12, 31), True


@rule(rf"\b(?P<y>{Y})\s*[-/.]\s*(?P<mo>0?[1-9]|1[0-2])\b(?![-/.]\d)|\b(?P<mo2>0?[1-9]|1[0-2])\s*[-/]\s*(?P<y2>{Y})\b")
def _year_month(m, ref):
    y = int(m["y"] or m["y2"])
    mo = int(m["mo"] or m["mo2"])
    return dt.date(y, mo, 1), _month_end(y, mo), True


@rule(rf"\b(?:from|between)\s+(?P<d1>{D})\s*(?:-|–|to|until|till|through|and)\s*(?P<m>{M})\s+(?P<d2>{D})(?:,?\s+(?P<y>{Y}))?\b")
def _d_to_md(m, ref):
    return _days_of_month(m, ref)


@rule(rf"\b(?P<since>since\s+)?(?P<mod>early|late|mid)[- ](?:in\s+)?(?P<rest>(?:this|last|next|the past)\s+(?:week|month|year)|{M}|{Y})\b")
def _early_late(m, ref):
    inner = [p for p in find_periods(m["rest"], ref) if p.start_date]
    if not inner:
        return None
    s0, e0 = inner[0].start_date, inner[0].end_date
    text = m["rest"].lower()
    mod = m["mod"].lower()
    if text.endswith("week"):
        s0 = s0 - dt.timedelta(days=s0.weekday())
        e0 = s0 + dt.timedelta(days=6)
        return ((s0, s0 + dt.timedelta(days=2), False) if mod == "early" else
                (s0 + dt.timedelta(days=3), e0, False) if mod == "late" else (s0 + dt.timedelta(days=1), s0 + dt.timedelta(days=4), False))
    if (e0 - s0).days > 40:  # a year
        y = s0.year
        return ((dt.date(y, 1, 1), dt.date(y, 6, 30), False) if mod == "early" else
                (dt.date(y, 7, 1), dt.date(y, 12, 31), False) if mod == "late" else (dt.date(y, 4, 1), dt.date(y, 9, 30), False))
    y, mo = s0.year, s0.month
    if m["since"]:  # "since late July": from then to the reference date
        return (dt.date(y, mo, 1) if mod == "early" else dt.date(y, mo, 16) if mod == "late" else dt.date(y, mo, 10)), ref, False
    return ((dt.date(y, mo, 1), dt.date(y, mo, 15), False) if mod == "early" else
            (dt.date(y, mo, 16), _month_end(y, mo), False) if mod == "late" else (dt.date(y, mo, 10), dt.date(y, mo, 20), False))


@rule(r"\blater\s+(?:this|in the)\s+(?P<u>week|month|year)\b|\b(?:earlier)\s+in\s+the\s+(?P<u2>week|month|year)\b")
def _later_this(m, ref):
    u = (m["u"] or m["u2"]).lower()
    if m["u2"]:
        start = {"week": ref - dt.timedelta(days=ref.weekday()), "month": dt.date(ref.year, ref.month, 1),
                 "year": dt.date(ref.year, 1, 1)}[u]
        return start, ref, False
    end = {"week": ref + dt.timedelta(days=6 - ref.weekday()), "month": _month_end(ref.year, ref.month),
           "year": dt.date(ref.year, 12, 31)}[u]
    return ref, end, False



@rule(r"\b(?:(?:in|during|over|for)\s+)?(?:the\s+)?(?P<rel>next|coming|upcoming|following)\s+(?P<u>week|month|year)\b")
def _next_unit(m, ref):
    u = m["u"].lower()
    if u == "week":
        mon = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=7)
        return mon, mon + dt.timedelta(days=6), True
    if u == "month":
        y, mo = (ref.year, ref.month + 1) if ref.month < 12 else (ref.year + 1, 1)
        return dt.date(y, mo, 1), _month_end(y, mo), True
    return dt.date(ref.year + 1, 1, 1), dt.date(ref.year + 1, 12, 31), True


@rule(r"\b(?:the\s+)?(?P<rel>next|coming|following)\s+(?P<n>\d+|a few|few|two|three|four|five|six|seven|ten)\s+(?P<u>days?|weeks?|months?|years?)\b")
def _next_n(m, ref):
    n = _n(m["n"].replace("a few", "few"))
    u = m["u"].lower().rstrip("s")
    start = ref + dt.timedelta(days=1)
    if u == "day":
        return start, ref + dt.timedelta(days=n), False
    if u == "week":
        return start, ref + dt.timedelta(weeks=n), False
    if u == "month":
        y, mo = ref.year, ref.month + n
        while mo > 12:
            y, mo = y + 1, mo - 12
        return start, dt.date(y, mo, min(ref.day, calendar.monthrange(y, mo)[1])), False
    return start, _safe(ref.year + n, ref.month, min(ref.day, 28)), False


@rule(rf"\b(?:(?:so\s+far\s+)?this\s+year\s+(?:till|until|up\s+to|through|to)\s+(?P<m>{M})\.?\s+(?P<d>{D})|"
      rf"(?:till|until|up\s+to)\s+(?P<m2>{M})\.?\s+(?P<d2>{D}),?\s+this\s+year)\b")
def _this_year_till(m, ref):
    """ "this year till September 9", "till September 9 this year": January 1 to that day."""
    end = dt.date(ref.year, _month(m["m"] or m["m2"]), _day(m["d"] or m["d2"]))
    return (dt.date(ref.year, 1, 1), end, False) if end <= ref else None


# Onsets a wire story names without their date, which every reader of the story knows.
_KNOWN_ONSETS = {"special military operation": dt.date(2022, 2, 24), "full-scale invasion": dt.date(2022, 2, 24),
                 "full-scale war": dt.date(2022, 2, 24)}


@rule(r"\bsince\s+(?:the\s+)?(?:(?:start|beginning|launch|outset)\s+of\s+)?(?:the\s+|Russia['’]s\s+)?"
      r"(?P<ev>special\s+military\s+operation|full-scale\s+(?:invasion|war))\b")
def _since_known_onset(m, ref):
    """ "since the beginning of the special military operation": from February 24, 2022."""
    start = _KNOWN_ONSETS[" ".join(m["ev"].lower().split())]
    return (start, ref, False) if start <= ref else None


@rule(rf"\b(?:(?:in|during|for|of)\s+)?(?:(?:all|the\s+whole)\s+of\s+)?(?:the\s+)?(?:(?P<y1>{Y})\s+fiscal\s+year|fiscal\s+(?:year\s+)?(?P<y2>{Y}))\b")
def _us_fiscal_year(m, ref):
    """ "the 2021 fiscal year", "fiscal year 2024": the U.S. federal year, October 1 to September 30."""
    y = int(m["y1"] or m["y2"])
    return dt.date(y - 1, 10, 1), dt.date(y, 9, 30), True


@rule(r"\b(?P<pre>since\s+|on\s+)?(?P<h>New\s+Year['’]s\s+Day|New\s+Year['’]s\s+Eve|Christmas\s+Eve|Christmas\s+Day|Christmas)\b")
def _holiday(m, ref):
    """ "on New Year's Day", "since Christmas Eve": the latest such day on or before the reference date."""
    h = " ".join(m["h"].lower().replace("’", "'").split())
    month, day = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24),
                  "christmas day": (12, 25), "christmas": (12, 25)}[h]
    d = dt.date(ref.year, month, day)
    if d > ref:
        d = dt.date(ref.year - 1, month, day)
    return (d, ref, False) if (m["pre"] or "").strip().lower() == "since" else (d, d, False)


@rule(r"\brest\s+(?:of\s+)?(?:the\s+|this\s+|my\s+|current\s+)?(?P<u>week|month|year)\b")
def _rest_of(m, ref):
    u = m["u"].lower()
    end = {"week": ref + dt.timedelta(days=6 - ref.weekday()), "month": _month_end(ref.year, ref.month),
           "year": dt.date(ref.year, 12, 31)}[u]
    return ref, end, False


@rule(rf"\b(?:H(?P<h>[12])\s*(?P<y>{Y})|(?P<y2>{Y})\s*H(?P<h2>[12])|(?P<y3>{Y})\s+Q(?P<q>[1-4]))\b")
def _half_year(m, ref):
    if m["q"]:
        y, q = int(m["y3"]), int(m["q"])
        return dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q), True
    y = int(m["y"] or m["y2"])
    h = int(m["h"] or m["h2"])
    return (dt.date(y, 1, 1), dt.date(y, 6, 30), True) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31), True)


@rule(rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week\s+of\s+(?P<what>(?:this|last|next)\s+month|{M})\b")
def _nth_week(m, ref):
    what = m["what"].lower()
    if "month" in what:
        y, mo = ref.year, ref.month + {"this": 0, "last": -1, "next": 1}[what.split()[0]]
        if mo == 0:
            y, mo = y - 1, 12
        if mo == 13:
            y, mo = y + 1, 1
    else:
        mo = _month(m["what"])
        y = ref.year if mo <= ref.month else ref.year - 1
    ordn = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}.get(m["ord"].lower())
    # News counts a month's weeks from its first day: "the first week of September" is September 1-7 (wire
    # annotators read it so; calendar-week parsers such as Recognizers-Text take the ISO week instead).
    if ordn is None:  # the last week: the month's last seven days
        last = _month_end(y, mo)
        return last - dt.timedelta(days=6), last, True
    first = dt.date(y, mo, 1) + dt.timedelta(weeks=ordn - 1)
    return first, first + dt.timedelta(days=6), True


@rule(r"\b(?:the\s+)?(?:'(?P<yy>\d0)s|(?P<cc>1[89]|20)?(?P<dd>\d0)['’]?s)\b")
def _decade(m, ref):
    if not m["yy"] and not m["cc"] and not m.group(0).lower().startswith("the"):
        return None  # "in their 20s" is an age, "the 90s" a decade
    if m["yy"]:
        y = 1900 + int(m["yy"])
    elif m["cc"]:
        y = int(m["cc"] + m["dd"])
    else:
        y = 1900 + int(m["dd"]) if int(m["dd"]) > (ref.year % 100) else 2000 + int(m["dd"])
    return dt.date(y, 1, 1), dt.date(y + 9, 12, 31), True



# A month or year that dates an onset: what followed runs from then to the reference date.
_LAST_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?last\s+year\b", re.I)
_ONSET = re.compile(r"\b(?:broke out|began|begun|started|erupted|flared)\s+(?:in\s+)?$", re.I)
# "which erupted on April 15, 2023, has killed": an onset day with a perfect tense after it counts from then.
_ONSET_DAY = re.compile(r"\b(?:broke out|began|begun|started|erupted|flared|was launched|launched)(?:\s+(?:in|at|near)\s+[A-Z][\w-]*"
                        r"(?:\s+[A-Z][\w-]*)?)?\s+(?:on\s+)?$", re.I)  # "the clashes that broke out in Manipur on Wednesday"
_PERFECT_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:has|have)\s+(?:now\s+)?(?:been\s+)?[a-z]+(?:ed|en|t)\b", re.I)
# "has killed 24 suspected jihadists ... in an offensive launched on Saturday": the perfect comes first.
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:now\s+)?(?:been\s+)?[a-z]+(?:ed|en|t)\b[^.;]{0,160}$", re.I)
# "since the beginning of the special military operation on February 24": a day named after "since <event>".
_SINCE_EVENT = re.compile(r"\bsince\s+(?:[\w'’()-]+\s+){1,16}(?:on\s+|in\s+)?$", re.I)


def find_periods(text: str, ref: Optional[dt.datetime | dt.date]) -> list[Period]:
    """Non-overlapping period phrases in ``text``, leftmost-longest first.

    With no reference time, spans are still found but dates are None.
    """
    if isinstance(ref, dt.datetime):
        ref_date = ref.date()
    else:
        ref_date = ref
    cands = []
    fired = _fired(text)
    if not fired:
        return []
    for i, (rx, fn, needs) in enumerate(_RULES):
        if needs and not (needs & fired):
            continue
        for m in rx.finditer(text):
            if m.end() - m.start() < 2:
                continue
            res = None
            if ref_date is not None:
                try:
                    res = fn(m, ref_date)
                except (ValueError, TypeError, KeyError) as e:  # impossible dates ("February 30")
                    logger.debug("period %r not resolved: %s", m.group(0), e)
                    continue
                if res is None or res[0] is None or res[1] is None:
                    continue
            elif fn is _month_name and not re.match(r"(?:in|during|since|this|last)\b", m.group(0), re.I):
                continue
            s, e = m.start(), m.end()
            while s < e and text[s] == " ":
                s += 1
            while e > s and text[e - 1] in " ,.":
                e -= 1
            cands.append((s, -(e - s), i, e, res))
    cands.sort()
    out: list[Period] = []
    taken_until = -1
    for s, _neg, _i, e, res in cands:
        if s < taken_until:
            continue
        start_d, end_d, unit = res if res else (None, None, False)
        ly = _LAST_YEAR_AFTER.match(text, e)
        if ly and start_d and ref_date and start_d.year == ref_date.year and start_d.month > 0:
            # "since October 8 last year": that day a year earlier
            try:
                start_d = start_d.replace(year=ref_date.year - 1)
                if end_d != ref_date and end_d is not None:
                    end_d = end_d.replace(year=ref_date.year - 1)
            except ValueError:
                pass
            e = ly.end()
        if unit and start_d and ref_date and _ONSET.search(text, max(0, s - 30), s) and _PERFECT_AFTER.search(text[e:]):
            end_d, unit = ref_date, False  # "the conflict, which broke out in April 2023, has displaced": since then
        elif start_d and ref_date and end_d != ref_date and start_d <= ref_date and (
                _SINCE_EVENT.search(text, max(0, s - 140), s)
                or (_ONSET_DAY.search(text, max(0, s - 60), s)
                    and (_PERFECT_AFTER.search(text[e:]) or _PERFECT_BEFORE.search(text, max(0, s - 200), s)))):
            end_d, unit = ref_date, False
        if out and out[-1].text.lower().endswith(" to") and _CLOCK_GAP.fullmatch(text[out[-1].end:s]):
            continue  # "in the 24 hours to 8:00 am Tuesday": the day closes the span before it
        out.append(Period(s, e, text[s:e], start_d, end_d, unit, ref_date))
        taken_until = e
    year = next((p for p in out if p.unit and p.start_date and p.end_date and p.start_date.month == 1
                 and p.start_date.day == 1 and p.end_date.month == 12 and p.end_date.day == 31
                 and p.start_date.year == p.end_date.year and ref_date and p.end_date < ref_date), None)
    if year is not None and not re.search(r"\bthis\s+year\b", text, re.I):
        # "Last year, police in Berlin detained 103 people on May 1": that year's May 1
        for k, p in enumerate(out):
            if (p is not year and p.start > year.end and p.start_date and p.end_date and p.start_date.year == ref_date.year
                    and not p.unit
                    and (p.end_date - p.start_date).days < 32 and not re.search(r"\b(?:1[89]|20)\d\d\b", p.text)
                    and _DAY_OR_MONTH.search(p.text)):
                try:
                    out[k] = Period(p.start, p.end, p.text, p.start_date.replace(year=year.start_date.year),
                                    p.end_date.replace(year=year.start_date.year), p.unit, p.ref_date)
                except ValueError:
                    pass
    return out


_CLOCK_GAP = re.compile(r"\s*(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)?\s*(?:\(\d{1,2}\s*GMT\)\s*)?(?:on\s+)?)?", re.I)
_DAY_OR_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|"
                           r"Jul|Aug|Sep|Oct|Nov|Dec)", re.I)


def resolve_period(text: str, ref: dt.datetime | dt.date) -> Optional[Period]:
    """The first period found in ``text`` (e.g. a bare phrase), resolved against ``ref``."""
    found = find_periods(text, ref)
    return found[0] if found else None
