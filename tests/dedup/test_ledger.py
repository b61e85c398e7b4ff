"""The claim ledger on SQLite (embedded) and on a real PostgreSQL (the pg_dsn fixture)."""
from __future__ import annotations

import datetime as dt
import threading

import pytest

from pipeline.dedup.ledger import Ledger, PostgresLedger, SqliteLedger, open_ledger
from pipeline.dedup.merge import claim_from_extracted, merge_all
from pipeline.dedup.stories import story_id_for
from pipeline.models import Qualifier
from tests.dedup.factories import extracted, seed_pair
from tests.dedup.test_stories import REPUBLISHED_HEADLINE, REPUNCTUATED, UNRELATED, WIRE

NOW1 = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.timezone.utc)
NOW2 = NOW1 + dt.timedelta(minutes=5)
NOW3 = NOW1 + dt.timedelta(minutes=10)


@pytest.fixture(params=["sqlite", "postgres"])
def ledger_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/ledger.db"
    return request.getfixturevalue("pg_dsn")


@pytest.fixture
def ledger(ledger_url):
    with open_ledger(ledger_url) as led:
        yield led


def claims(*es):
    return [claim_from_extracted(e) for e in es]


def test_open_ledger_picks_the_implementation(ledger, ledger_url):
    assert isinstance(ledger, Ledger)
    assert isinstance(ledger, SqliteLedger if ledger_url.startswith("sqlite") else PostgresLedger)
    with pytest.raises(ValueError):
        open_ledger("mysql://nope")


def test_redelivery_changes_nothing_and_new_mentions_update(ledger):
    first, second = seed_pair()
    out = ledger.merge(claims(first), NOW1)
    assert [c.mention_count for c in out] == [1] and out[0].updated_at == NOW1
    assert ledger.acknowledge() == 1  # the sinks have it
    assert ledger.merge(claims(first), NOW2) == []  # the same input twice: nothing changes, nothing is emitted
    assert ledger.get(out[0].claim_id).updated_at == NOW1

    out2 = ledger.merge(claims(second, first), NOW2)
    assert len(out2) == 1 and out2[0].claim_id == out[0].claim_id
    assert out2[0].mention_count == 2 and out2[0].qualifier is Qualifier.APPROX and out2[0].updated_at == NOW2
    stored = ledger.get(out[0].claim_id)
    assert stored.model_dump() == out2[0].model_dump()
    ledger.acknowledge()
    assert ledger.merge(claims(*seed_pair()), NOW3) == []
    # the same mentions in a new grouping (one merged input, never seen as such): still nothing
    assert ledger.merge(merge_all(seed_pair()), NOW3) == []
    assert ledger.get(out[0].claim_id).updated_at == NOW2
    assert ledger.get("no-such-claim") is None


def test_state_survives_reopening(ledger_url):
    with open_ledger(ledger_url) as led:
        led.merge(claims(seed_pair()[0]), NOW1)
        led.acknowledge()
    with open_ledger(ledger_url) as led:
        assert led.merge(claims(seed_pair()[0]), NOW2) == []
        (c,) = led.merge(claims(seed_pair()[1]), NOW2)
        assert c.mention_count == 2 and c.first_seen is not None


def test_unacknowledged_changes_are_emitted_again_on_replay(ledger):
    """A batch that died after the ledger committed but before its sinks wrote is
    replayed from the same offsets: its claims must come out again, not be lost."""
    first, second = seed_pair()
    (out,) = ledger.merge(claims(first), NOW1)   # ... and then the process is killed
    (again,) = ledger.merge(claims(first), NOW2)  # the replay
    assert again.model_dump() == out.model_dump()  # the stored state, updated_at of the change
    assert ledger.acknowledge() == 1
    assert ledger.merge(claims(first), NOW3) == []
    # Only what was pending comes back: an acknowledged claim in the same batch stays silent.
    other = extracted(999, metric="arrested", article_id="x-1")
    (new,) = ledger.merge(claims(other), NOW3)
    assert [c.claim_id for c in ledger.merge(claims(first, other), NOW3)] == [new.claim_id]


def test_a_later_batch_acknowledges_only_its_own_marks(ledger):
    """A killed batch's records can come back split over other batches: the first of them must not acknowledge the
    killed batch's claims it did not replay (the SIGKILL-mid-batch test lost two claims that way, under load)."""
    first, _ = seed_pair()
    (out,) = ledger.merge(claims(first), NOW1)  # batch 1 merges, then is killed before its sinks write
    other = extracted(999, metric="arrested", article_id="x-1")
    ledger.merge(claims(other), NOW2 + dt.timedelta(seconds=1))  # batch 2 (started at NOW2) replays only some records
    assert ledger.acknowledge(since=NOW2) == 1  # ... and acknowledges what it emitted, not batch 1's claim
    (again,) = ledger.merge(claims(first), NOW3)  # batch 3 replays the rest: the claim comes out again
    assert again.claim_id == out.claim_id
    assert ledger.acknowledge(since=NOW3) == 1
    assert ledger.merge(claims(first), NOW3) == []


def test_a_ledger_from_before_marks_had_times_is_upgraded(tmp_path):
    import sqlite3
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE dedup_pending (claim_id TEXT PRIMARY KEY)")
        conn.execute("INSERT INTO dedup_pending (claim_id) VALUES ('old-mark')")
    with open_ledger(f"sqlite:///{path}") as led:
        assert led.acknowledge(since=NOW1) == 1  # an old mark without a time counts as acknowledged, as it did then


def test_conflicting_values_are_linked_both_ways(ledger):
    (old,) = ledger.merge(claims(extracted(2700)), NOW1)
    out = ledger.merge(claims(extracted(2500, article_id="tass-4", outlet="TASS")), NOW2)
    assert len(out) == 2  # the new claim and the old one it conflicts with
    by_value = {c.value: c for c in out}
    assert by_value[2700].claim_id == old.claim_id
    assert by_value[2700].conflicts_with == [by_value[2500].claim_id]
    assert by_value[2500].conflicts_with == [old.claim_id]
    assert all(c.updated_at == NOW2 for c in out)
    assert ledger.get(old.claim_id).conflicts_with == [by_value[2500].claim_id]
    # a third value arriving in one batch with a re-delivery: the three are linked pairwise
    out3 = ledger.merge(claims(extracted(2600, article_id="rt-1"), extracted(2700)), NOW3)
    assert {c.value for c in out3} == {2500, 2600, 2700}
    for c in out3:
        assert c.conflicts_with == sorted(x.claim_id for x in out3 if x is not c)
    # a different period is not a conflict
    assert [c.conflicts_with for c in ledger.merge(
        claims(extracted(99, period=(dt.date(2017, 10, 1), dt.date(2017, 10, 7)))), NOW3)] == [[]]


def test_stories_are_recognised_across_runs(ledger_url):
    with open_ledger(ledger_url) as led:
        run1 = led.assign_stories([("sputnik-1", WIRE), ("other-0", UNRELATED[0])])
    assert run1 == {"sputnik-1": story_id_for("sputnik-1"), "other-0": story_id_for("other-0")}
    with open_ledger(ledger_url) as led:
        run2 = led.assign_stories([("tass-4", REPUNCTUATED), ("rt-9", REPUBLISHED_HEADLINE),
                                   ("sputnik-1", UNRELATED[2]), ("other-1", UNRELATED[1])])
        assert run2["tass-4"] == run2["rt-9"] == run1["sputnik-1"]
        assert run2["sputnik-1"] == run1["sputnik-1"]  # re-delivered id: its stored story, body ignored
        assert run2["other-1"] == story_id_for("other-1")
        assert led.assign_stories([("rt-9", REPUBLISHED_HEADLINE)]) == {"rt-9": run1["sputnik-1"]}


def test_two_workers_merging_at_once_lose_nothing(ledger_url):
    """Each worker has its own connection; they merge overlapping batches at the same moment."""
    rounds, workers = 6, 3
    barrier = threading.Barrier(workers)
    errors = []

    def work(w: int) -> None:
        try:
            with open_ledger(ledger_url) as led:
                for r in range(rounds):
                    barrier.wait()
                    batch = [extracted(2700, article_id=f"w{w}-r{r}"),   # a new mention of one shared claim
                             extracted(3000 + 10 * r + w, article_id=f"v{w}-r{r}")]  # a new conflicting value
                    led.merge(claims(*batch), NOW1 + dt.timedelta(seconds=r))
        except Exception as e:  # surfaced below, with the thread's error
            errors.append(e)
            barrier.abort()

    threads = [threading.Thread(target=work, args=(w,)) for w in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    with open_ledger(ledger_url) as led:
        shared = led.get(claim_from_extracted(extracted(2700)).claim_id)
        assert shared.mention_count == rounds * workers
        others = {claim_from_extracted(extracted(3000 + 10 * r + w)).claim_id
                  for r in range(rounds) for w in range(workers)}
        assert set(shared.conflicts_with) == others
        for cid in others:
            assert set(led.get(cid).conflicts_with) == (others - {cid}) | {shared.claim_id}


def test_a_crowded_conflict_group_stops_linking(ledger):
    cap = ledger.MAX_CONFLICT_GROUP
    for v in range(cap):
        ledger.merge(claims(extracted(1000 + v, article_id=f"a{v}")), NOW1)
    linked = ledger.merge(claims(extracted(5000, article_id="late")), NOW2)
    assert len(linked) == 1 and linked[0].conflicts_with == []  # the group is past the cap
    first = ledger.get(claim_from_extracted(extracted(1000, article_id="a0")).claim_id)
    assert len(first.conflicts_with) == cap - 1  # links made while the group was small stay
