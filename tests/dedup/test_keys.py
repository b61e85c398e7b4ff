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


def test_conflicts_need_the_same_place_or_actor_and_a_period():
    lagos, lima = facts(location="Lagos"), facts(location="Lima", value=12)
    assert conflict_key(lagos) != conflict_key(lima)  # two events on one day, not a dispute
    assert conflict_key(facts(location="Lagos", value=35, claimant="Amnesty")) == conflict_key(lagos)
    assert conflict_key(facts()) is None  # neither actor nor location
    assert conflict_key(facts(location="Lagos", period_start=None, period_end=None)) is None
    assert conflict_key(facts(actor="Islamic State")) is not None


def test_mention_id_is_deterministic():
    assert mention_id("a", 1, 5) == mention_id("a", 1, 5) != mention_id("a", 1, 6)
