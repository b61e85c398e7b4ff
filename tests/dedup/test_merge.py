"""merge_claims is a semilattice: order and grouping never change the merged claim."""
from __future__ import annotations

import datetime as dt
import functools
import random

import pytest

from pipeline.dedup import keys
from pipeline.dedup.merge import claim_from_extracted, merge_all, merge_claims, merge_many, same_state
from pipeline.models import Qualifier
from tests.dedup.factories import T0, extracted, seed_pair


def dump(claim):
    return claim.model_dump()


def test_claim_from_extracted_has_one_mention_and_its_times():
    e = extracted(2359, story_id="st-1")
    c = claim_from_extracted(e)
    assert c.claim_id == keys.claim_id(e)
    assert [m.mention_id for m in c.mentions] == [e.mention.mention_id]
    assert (c.mention_count, c.outlet_count, c.story_count) == (1, 1, 1)
    assert c.first_seen == c.last_seen == T0
    assert c.value == 2359 and c.qualifier is Qualifier.EXACT and c.conflicts_with == []


def test_seed_pair_merges_into_one_cautious_claim():
    a, b = (claim_from_extracted(e) for e in seed_pair())
    assert a.claim_id == b.claim_id
    merged = merge_claims(a, b)
    assert merged.qualifier is Qualifier.APPROX
    assert merged.mention_count == 2 and [m.start for m in merged.mentions] == [1510, 1750]
    assert (merged.outlet_count, merged.story_count) == (1, 1)  # one article, no story id: one story
    assert merged.speaker == "Maj. Gen. Igor Konashenkov"  # the most specific wording
    assert merged.period_text == "from September 19 to September 29"


def _variety() -> list:
    """Claims of one id that disagree on everything a merge has to decide."""
    out = []
    quals = [Qualifier.EXACT, Qualifier.AT_MOST, Qualifier.APPROX, Qualifier.AT_LEAST]
    for i in range(8):
        e = extracted(
            2700, quals[i % 4], article_id=f"art-{i % 5}", start=100 * i,
            outlet=[None, "Sputnik", "sputnik ", "TASS", "RT"][i % 5],
            published_at=None if i == 3 else (T0 + dt.timedelta(hours=7 - i)).replace(tzinfo=None if i == 5 else dt.timezone.utc),
            story_id=["st-a", None, "st-a", "st-b"][i % 4],
            speaker=[None, "Konashenkov", "Igor Konashenkov", "Konashenkov"][i % 4],
            location=[None, "Syria", None, "Idlib"][i % 4],
            claimant=["Russian Defense Ministry", "russian defense  ministry"][i % 2],
        )
        c = claim_from_extracted(e)
        if i == 6:
            c = c.model_copy(update={"conflicts_with": ["z-other", "b-other"]})
        out.append(c)
    # the same mention again, richer (a story id) than its first copy
    out.append(claim_from_extracted(extracted(2700, article_id="art-1", start=100, outlet="Sputnik",
                                              published_at=T0 + dt.timedelta(hours=6), story_id="st-z")))
    return out


def test_merge_is_commutative_associative_and_idempotent():
    claims = _variety()
    expected = dump(merge_many(claims))
    rng = random.Random(7)
    for _ in range(60):
        order = claims[:]
        rng.shuffle(order)
        assert dump(functools.reduce(merge_claims, order)) == expected
        # a random binary tree over the same order (what combiner lifting does)
        parts = order[:]
        while len(parts) > 1:
            i = rng.randrange(len(parts) - 1)
            parts[i:i + 2] = [merge_claims(parts[i], parts[i + 1])]
        assert dump(parts[0]) == expected
    merged = merge_many(claims)
    assert dump(merge_claims(merged, merged)) == expected
    assert dump(merge_claims(merged, claims[2])) == expected


def test_merge_rules_on_the_variety():
    m = merge_many(_variety())
    assert m.qualifier is Qualifier.AT_MOST  # caution 2, tie with at_least broken by name
    assert m.mention_count == 8  # the richer duplicate replaced its first copy
    dup = [x for x in m.mentions if x.article_id == "art-1" and x.start == 100]
    assert len(dup) == 1 and dup[0].story_id == "st-z"
    assert m.outlet_count == 3  # sputnik (folded), tass, rt; the unknown outlet is not counted
    # stories: st-a, st-b, st-z and art-1 (i=5: no story id, its own story)
    assert m.story_count == 4
    assert m.speaker == "Igor Konashenkov" and m.location == "Idlib"
    assert m.claimant == "Russian Defense Ministry"
    assert m.conflicts_with == ["b-other", "z-other"]
    assert m.mentions[-1].published_at is None  # unknown times sort last
    assert m.first_seen == T0 and m.last_seen == T0 + dt.timedelta(hours=7)


def test_unknown_outlets_count_once_only_when_nothing_is_known():
    a = claim_from_extracted(extracted(article_id="x", outlet=None))
    b = claim_from_extracted(extracted(article_id="y", outlet=None))
    assert merge_claims(a, b).outlet_count == 1
    assert merge_claims(a, b).story_count == 2  # two articles without story ids
    c = claim_from_extracted(extracted(article_id="z", outlet="TASS"))
    assert merge_many([a, b, c]).outlet_count == 1


def test_different_claims_do_not_merge():
    with pytest.raises(ValueError):
        merge_claims(claim_from_extracted(extracted(2700)), claim_from_extracted(extracted(2359)))


def test_merge_all_groups_by_claim_id_and_sorts():
    es = seed_pair() + [extracted(2359, start=900), extracted(2359, article_id="tass-4", outlet="TASS")]
    out = merge_all(reversed(es))
    assert [c.claim_id for c in out] == sorted({keys.claim_id(e) for e in es})
    assert sorted(c.mention_count for c in out) == [2, 2]
    assert dump(merge_all(es)[0]) == dump(out[0])


def test_merge_all_of_extracted_equals_merging_one_mention_claims():
    es = seed_pair() + [extracted(2359, start=900), extracted(2700, article_id="tass-4", outlet="TASS",
                                                                qualifier=Qualifier.AT_LEAST)]
    one_by_one = merge_all([claim_from_extracted(e) for e in es])
    assert [dump(c) for c in merge_all(es)] == [dump(c) for c in one_by_one]
    mixed = merge_all([es[0], claim_from_extracted(es[1]), *es[2:]])
    assert [dump(c) for c in mixed] == [dump(c) for c in one_by_one]
    assert dump(merge_many(es[:2])) == dump(merge_claims(*(claim_from_extracted(e) for e in es[:2])))
    assert sorted(c.mention_count for c in one_by_one) == [1, 3]


def test_same_state_ignores_updated_at_only():
    c = claim_from_extracted(extracted())
    assert same_state(c, c.model_copy(update={"updated_at": T0}))
    assert not same_state(c, c.model_copy(update={"conflicts_with": ["x"]}))
    assert not same_state(None, c) and same_state(None, None)
