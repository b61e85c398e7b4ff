"""The seed article must come out exactly right: every claim, no extra ones."""
from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from pipeline.dedup.keys import claim_id, mention_id
from pipeline.extract import extract_claims
from pipeline.models import Qualifier
from tests.extract.seed_helper import SEED, seed_article

SEED_TEXT = SEED.read_text(encoding="utf-8")

START, END = dt.date(2017, 9, 19), dt.date(2017, 9, 29)

# (metric, subject, value, qualifier, quoted) for every mention, in article order.
EXPECTED_MENTIONS = [
    ("killed", "militant", 2359, Qualifier.EXACT, False),
    ("injured", "militant", 2700, Qualifier.EXACT, False),
    ("killed", "militant", 2359, Qualifier.EXACT, True),
    ("injured", "militant", 2700, Qualifier.APPROX, True),
    ("killed", "field commander", 16, Qualifier.EXACT, True),
    ("killed", "extremist", 400, Qualifier.APPROX, True),
    ("destroyed", "terrorist stronghold", 67, Qualifier.EXACT, True),
    ("destroyed", "tank", 27, Qualifier.EXACT, True),
    ("destroyed", "multiple rocket launcher", 21, Qualifier.EXACT, True),
    ("destroyed", "high mobility vehicle", 149, Qualifier.EXACT, True),
    ("destroyed", "vehicle-borne improvised explosive device", 17, Qualifier.EXACT, True),
    ("destroyed", "ammunition depot", 51, Qualifier.EXACT, True),
]


@pytest.fixture(scope="module")
def article():
    return seed_article()


@pytest.fixture(scope="module")
def claims(article):
    return extract_claims(article)


def test_seed_has_exactly_the_expected_mentions(claims):
    got = [(c.metric, c.subject, c.value, c.qualifier, c.mention.quoted) for c in claims]
    assert got == EXPECTED_MENTIONS


def test_seed_shared_facts(claims):
    for c in claims:
        assert c.claimant == "Russian Defense Ministry"
        assert c.speaker == "Igor Konashenkov"
        assert c.actor == "Islamic State"
        assert (c.period_start, c.period_end) == (START, END)
        assert c.period_text
        assert c.location == "Syria"
        assert c.value_high is None


def test_seed_mentions_point_into_the_body(article, claims):
    for c in claims:
        m = c.mention
        assert m.text == article.body[m.start:m.end]
        assert m.sentence.find(m.text) >= 0
        assert m.mention_id == mention_id(article.article_id, m.start, m.end)
        assert m.article_id == article.article_id
        assert m.published_at == article.published_at and m.outlet is None
    assert len({c.mention.mention_id for c in claims}) == len(claims)


def test_seed_evidence_spans(claims):
    texts = [c.mention.text.replace("\xa0", " ") for c in claims]
    assert texts[:6] == ["2,359 Daesh militants", "2,700 others", "2,359 IS militants", "nearly 2,700 others",
                         "16 Daesh field commanders", "nearly 400 extremists"]


def test_repeated_figures_share_a_claim_id(claims):
    ids = Counter(claim_id(c) for c in claims)
    assert sorted(ids.values()) == [1] * 8 + [2, 2]
    killed = [c for c in claims if c.metric == "killed" and c.value == 2359]
    injured = [c for c in claims if c.metric == "injured"]
    assert claim_id(killed[0]) == claim_id(killed[1])
    assert claim_id(injured[0]) == claim_id(injured[1])
    # Paraphrase and quote state identical facts; only the hedge of "nearly 2,700" differs.
    assert killed[0].model_dump(exclude={"mention"}) == killed[1].model_dump(exclude={"mention"})
    assert injured[0].model_dump(exclude={"mention", "qualifier"}) == injured[1].model_dump(exclude={"mention", "qualifier"})
    assert killed[0].period_text == "September 19-29"


def test_times_dates_and_years_are_not_claims(article):
    # Feed the whole file, dateline "16:32 GMT +330 September 2017" included, as the body.
    whole = article.model_copy(update={"body": SEED_TEXT})
    got = [(c.metric, c.subject, c.value, c.qualifier, c.mention.quoted) for c in extract_claims(whole)]
    assert got == EXPECTED_MENTIONS
    assert not {c.value for c in extract_claims(whole)} & {32, 330, 2017, 19, 29, 1500}
