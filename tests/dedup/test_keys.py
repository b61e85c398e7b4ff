import datetime as dt

from pipeline.dedup.keys import claim_id, conflict_key, dedup_key, mention_id
from pipeline.models import ClaimFacts, Qualifier

DAY = dt.date(2021, 6, 7)


def facts(**kw) -> ClaimFacts:
    base = dict(claimant="Police", metric="arrested", subject="person", value=40, period_start=DAY, period_end=DAY)
    return ClaimFacts(**{**base, **kw})


def test_claim_id_ignores_qualifier_and_spacing_but_not_the_figure():
    assert claim_id(facts(qualifier=Qualifier.APPROX)) == claim_id(facts(claimant="  police "))
    assert claim_id(facts(value=41)) != claim_id(facts())
    assert claim_id(facts(period_end=dt.date(2021, 6, 8))) != claim_id(facts())
    assert len(dedup_key(facts())) == 8


def test_conflicts_need_an_actor_and_a_period():
    one, other = facts(actor="Islamic State"), facts(actor="Islamic State", value=12, claimant="SOHR")
    assert conflict_key(one) == conflict_key(other)  # another claimant, another value: a dispute
    assert conflict_key(facts()) is None  # arrests in two cities on one day are two events
    assert conflict_key(facts(actor="Islamic State", period_start=None, period_end=None)) is None
    # Only dedup-key fields: every state of one claim files under one key.
    assert conflict_key(facts(actor="Islamic State", location="Lagos")) == conflict_key(one)


def test_mention_id_is_deterministic():
    assert mention_id("a", 1, 5) == mention_id("a", 1, 5) != mention_id("a", 1, 6)
