"""Number recognition: values, hedges, ranges, and the kinds that are not counts."""
from __future__ import annotations

import pytest

from pipeline.extract.numbers import Kind, find_numbers, parse_number
from pipeline.models import Qualifier


def counts(text):
    return [(n.value, n.value_high, n.qualifier) for n in find_numbers(text) if n.kind == Kind.COUNT]


@pytest.mark.parametrize("text,value", [
    ("2,359", 2359), ("2359", 2359), ("seventeen", 17), ("twenty-one", 21), ("two dozen", 24),
    ("a dozen", 12), ("1.5 million", 1_500_000), ("3 thousand", 3000), ("one hundred and six", 106),
    ("18 lakh", 1_800_000), ("1.2 lakh", 120_000), ("2 crore", 20_000_000),
    ("three hundred thousand", 300_000), ("12k", 12_000), ("half a million", 500_000),
])
def test_values(text, value):
    got = counts(f"They counted {text} people.")
    assert got and got[0][0] == value


@pytest.mark.parametrize("text,qual", [
    ("nearly 2,700", Qualifier.APPROX), ("about 40", Qualifier.APPROX), ("around 40", Qualifier.APPROX),
    ("some 40", Qualifier.APPROX), ("almost 40", Qualifier.APPROX), ("roughly 40", Qualifier.APPROX),
    ("more than 40", Qualifier.AT_LEAST), ("over 40", Qualifier.AT_LEAST), ("at least 40", Qualifier.AT_LEAST),
    ("up to 100", Qualifier.AT_MOST), ("less than 100", Qualifier.AT_MOST), ("fewer than 100", Qualifier.AT_MOST),
    ("40", Qualifier.EXACT),
])
def test_qualifiers(text, qual):
    assert counts(f"Police said {text} people were hurt.")[0][2] == qual


def test_ranges():
    assert counts("between 15 and 20 people") == [(15, 20, Qualifier.RANGE)]
    assert counts("15-20 people") == [(15, 20, Qualifier.RANGE)]
    assert counts("from 1.5 to 2 million people") == [(1_500_000, 2_000_000, Qualifier.RANGE)]


def test_coordination_is_not_a_range():
    assert counts("27 tanks and 21 rocket launchers") == [(27, None, Qualifier.EXACT), (21, None, Qualifier.EXACT)]


@pytest.mark.parametrize("text,kind", [
    ("$5 million", Kind.MONEY), ("5 million dollars", Kind.MONEY), ("€300", Kind.MONEY),
    ("45%", Kind.PERCENT), ("12 percent", Kind.PERCENT), ("12 per cent", Kind.PERCENT),
    ("the 3rd brigade", Kind.ORDINAL), ("a 45-year-old man", Kind.AGE), ("aged 45", Kind.AGE),
    ("in 2019", Kind.YEAR), ("at 16:32 GMT", Kind.TIME), ("on September 19", Kind.DATE),
    ("won 3-1", Kind.SCORE), ("COVID-19", Kind.OTHER), ("the iPhone 11", Kind.OTHER),
    ("dozens of people", Kind.VAGUE),
])
def test_kinds_that_are_not_counts(text, kind):
    kinds = [n.kind for n in find_numbers(text)]
    assert kind in kinds and Kind.COUNT not in kinds


def test_one_of_the_is_not_a_count():
    assert counts("He was one of the victims.") == []


def test_parse_number_rejects_junk():
    assert parse_number("blue") is None
