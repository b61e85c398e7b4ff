"""Tolerant publication-time parsing for wire copy.

Wire datelines arrive mangled: the seed article's first line is
"16:32 GMT +330 September 2017", where a space between the UTC offset "+3"
and the day "30" was lost. We read that as 2017-09-30T16:32+03:00 by trying
each split of the glued digits and keeping the one that makes a valid offset
and a valid day. Anything that is not a dateline returns ``None`` from
:func:`parse_dateline`; :func:`parse_timestamp` raises on garbage because a
field that claims to be a date and is not one is bad input.

    >>> parse_dateline("16:32 GMT +330 September 2017").isoformat()
    '2017-09-30T16:32:00+03:00'
"""
from __future__ import annotations

import calendar
import datetime as dt
import logging
import re
from typing import Optional

from dateutil import parser as du_parser
from dateutil import tz as du_tz

logger = logging.getLogger(__name__)

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))

# Named zones wire services print; dateutil does not know most abbreviations.
_ZONES = {
    "GMT": 0, "UTC": 0, "Z": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "IST": 5.5, "JST": 9, "AEST": 10, "AEDT": 11,
}
_TZINFOS = {name: int(hours * 3600) for name, hours in _ZONES.items()}

# "16:32 GMT +330 September 2017", "16:32 GMT+3 30 September 2017", "16:32 30 September 2017"
_TIME_FIRST = re.compile(
    rf"""^\s*(?P<h>\d{{1,2}})[:.](?P<m>\d{{2}})\s*(?P<ampm>[ap]\.?m\.?)?\s*
    (?P<zone>{'|'.join(_ZONES)})?\s*
    (?P<glued>[+-]\d{{1,6}}(?::\d{{2}})?)?\s*
    (?P<day>\d{{1,2}})?\s*(?:st|nd|rd|th)?\s*
    (?P<month>{_MONTH_RE})\.?,?\s+(?P<year>\d{{4}})\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

_HAS_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_HAS_MONTH_OR_ISO = re.compile(rf"\b({_MONTH_RE})\b|\d{{4}}-\d{{2}}-\d{{2}}", re.IGNORECASE)


def _offset(sign: str, digits: str) -> Optional[dt.timedelta]:
    if not digits or len(digits) > 4:
        return None
    if len(digits) <= 2:
        hours, minutes = int(digits), 0
    else:
        hours, minutes = int(digits[:-2]), int(digits[-2:])
    if hours > 14 or minutes not in (0, 15, 30, 45):
        return None
    delta = dt.timedelta(hours=hours, minutes=minutes)
    return -delta if sign == "-" else delta


def _split_glued(glued: str, year: int, month: int) -> list[tuple[dt.timedelta, Optional[int]]]:
    """Every (offset, day) reading of glued digits such as '+330', best first."""
    sign, digits = glued[0], glued[1:].replace(":", "")
    last_day = calendar.monthrange(year, month)[1]
    readings: list[tuple[int, dt.timedelta, Optional[int]]] = []
    for cut in range(1, len(digits) + 1):
        off = _offset(sign, digits[:cut])
        rest = digits[cut:]
        if off is None:
            continue
        if not rest:
            readings.append((2, off, None))
        elif len(rest) <= 2 and 1 <= int(rest) <= last_day and not rest.startswith("0"):
            # A one- or two-digit offset followed by a day is the common loss of
            # a space; prefer it over a four-digit offset with no day at all.
            readings.append((0 if cut <= 2 else 1, off, int(rest)))
    return [(off, day) for _, off, day in sorted(readings, key=lambda r: r[0])]


def _tz(delta: dt.timedelta) -> dt.tzinfo:
    return dt.timezone(delta)


def parse_dateline(line: str) -> Optional[dt.datetime]:
    """Read a wire dateline; ``None`` when the line is not one."""
    text = " ".join(line.replace("\u00a0", " ").split())
    if not text or len(text) > 80:
        return None
    m = _TIME_FIRST.match(text)
    if m:
        year, month = int(m["year"]), _MONTHS[m["month"].lower()]
        hour, minute = int(m["h"]), int(m["m"])
        if m["ampm"]:
            hour = hour % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
        base = dt.timedelta(hours=_ZONES.get((m["zone"] or "").upper(), 0))
        day = int(m["day"]) if m["day"] else None
        offset = base
        if m["glued"]:
            readings = _split_glued(m["glued"], year, month)
            if day is None:
                readings = [r for r in readings if r[1] is not None] or readings
            if not readings:
                return None
            glued_off, glued_day = readings[0]
            offset = base + glued_off
            day = day if day is not None else glued_day
        if day is None or hour > 23 or minute > 59:
            return None
        try:
            return dt.datetime(year, month, day, hour, minute, tzinfo=_tz(offset))
        except ValueError:
            return None
    if not (_HAS_YEAR.search(text) and _HAS_MONTH_OR_ISO.search(text)):
        return None
    try:
        parsed = du_parser.parse(text, tzinfos=_TZINFOS, fuzzy=False)
    except (ValueError, OverflowError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)


def parse_timestamp(value) -> dt.datetime:
    """A publication time from a JSON field: ISO 8601, epoch (s or ms), or a dateline.

    Raises ``ValueError`` when the value is present but unreadable.
    """
    if isinstance(value, bool):
        raise ValueError(f"unparseable date: {value!r}")
    if isinstance(value, (int, float)):
        seconds = value / 1000.0 if value > 1e11 else float(value)
        return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"unparseable date: {value!r}")
    text = value.strip()
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        parsed = parse_dateline(text)
        if parsed is None:
            try:
                parsed = du_parser.parse(text, tzinfos=_TZINFOS)
            except (ValueError, OverflowError) as e:
                raise ValueError(f"unparseable date: {value!r}") from e
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=du_tz.UTC)
    return parsed
