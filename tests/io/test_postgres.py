"""PostgreSQL sink against the real database: migrations, merging upserts, replay, the daily view, Beam."""
from __future__ import annotations

import datetime as dt

import apache_beam as beam
import psycopg
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipeline.io.postgres import PostgresClaimStore, WriteClaimsToPostgres, migrate, migrations
from pipeline.models import Claim, Mention, Qualifier

UTC = dt.timezone.utc
T0 = dt.datetime(2015, 9, 30, 8, 0, tzinfo=UTC)


def mention(mid: str, minutes: int = 0, outlet: str | None = "TASS", story: str | None = None,
            article: str | None = None) -> Mention:
    return Mention(mention_id=mid, article_id=article or f"art-{mid}", outlet=outlet,
                   published_at=T0 + dt.timedelta(minutes=minutes), sentence="Strikes killed 2,359 militants.",
                   start=3, end=25, text="2,359 militants", story_id=story)


def claim(cid: str = "c1", mentions: list[Mention] | None = None, qualifier: Qualifier = Qualifier.EXACT,
          **extra) -> Claim:
    ms = mentions if mentions is not None else [mention(f"{cid}-m1")]
    fields = dict(
        claim_id=cid, claimant="Russian Defense Ministry", metric="killed", subject="militants",
        actor="Russian Air Force", value=2359, qualifier=qualifier, period_start=dt.date(2015, 9, 19),
        period_end=dt.date(2015, 9, 29), mentions=ms, mention_count=len(ms), outlet_count=1, story_count=1,
        first_seen=ms[0].published_at if ms else None, last_seen=ms[-1].published_at if ms else None,
        updated_at=dt.datetime(2015, 10, 1, tzinfo=UTC),
    )
    fields.update(extra)
    return Claim(**fields)


@pytest.fixture
def store(pg_dsn):
    with PostgresClaimStore(pg_dsn) as s:
        s.migrate()
        yield s


def rows(conn, table: str, key: str) -> list[tuple]:
    """Every row, with xmin: a row that was rewritten, even with equal values, gets a new xmin."""
    return conn.execute(f"SELECT xmin::text, * FROM {table} ORDER BY {key}").fetchall()


def one(conn, sql: str, *params):
    return conn.execute(sql, params).fetchone()


def test_migrations_apply_once_in_order(pg_dsn):
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        assert migrate(conn) == [1, 2]
        assert migrate(conn) == []
        versions = conn.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
        assert versions == [(v, name) for v, name, _ in migrations()]
        assert [v for v, _ in versions] == [1, 2]
        schema = one(conn, "SELECT current_schema()")[0]
        tables = {r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s", (schema,))}
        assert tables == {"claims", "claim_mentions", "schema_migrations", "claims_daily"}
        indexes = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes WHERE schemaname = %s", (schema,))}
        assert {"claims_metric_idx", "claims_claimant_idx", "claims_actor_idx", "claims_last_seen_day_idx",
                "claims_period_idx", "claims_daily_day_idx"} <= indexes


def test_failed_migration_rolls_back(pg_dsn, monkeypatch):
    from pipeline.io import postgres

    good = migrations()
    monkeypatch.setattr(postgres, "migrations", lambda: good + [(3, "0003_broken.sql", "CREATE TABLE oops (); SELEC 1")])
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        with pytest.raises(psycopg.errors.SyntaxError):
            migrate(conn)
        assert one(conn, "SELECT to_regclass('claims')")[0] is None
        assert one(conn, "SELECT to_regclass('schema_migrations')")[0] is None


def test_upsert_inserts_claims_and_mentions(store):
    c1 = claim("c1", [mention("m1", 0, "TASS", "s1"), mention("m2", 90, "RIA", "s1"), mention("m3", 30, None)],
               speaker="Igor Konashenkov", conflicts_with=["c9"], location="Syria")
    c2 = claim("c2", [], value=50)
    counts = store.upsert([c2, c1])
    assert counts == {"claims": 2, "claims_written": 2, "mentions_inserted": 3, "claims_recounted": 1}
    row = store.conn.execute(
        "SELECT claimant, speaker, metric, subject, actor, value, value_high, qualifier, period_start, period_end,"
        " location, mention_count, outlet_count, story_count, first_seen, last_seen, conflicts_with,"
        " extractor_version FROM claims WHERE claim_id = 'c1'").fetchone()
    assert row == ("Russian Defense Ministry", "Igor Konashenkov", "killed", "militants", "Russian Air Force",
                   2359, None, "exact", dt.date(2015, 9, 19), dt.date(2015, 9, 29), "Syria",
                   3, 2, 2, T0, T0 + dt.timedelta(minutes=90), ["c9"], c1.extractor_version)
    # A claim without mentions keeps the counts it came with.
    assert one(store.conn, "SELECT mention_count, first_seen FROM claims WHERE claim_id = 'c2'") == (0, None)
    mentions = store.conn.execute(
        'SELECT mention_id, claim_id, outlet, published_at, "start", "end", text, quoted, story_id'
        " FROM claim_mentions ORDER BY mention_id").fetchall()
    assert mentions == [
        ("m1", "c1", "TASS", T0, 3, 25, "2,359 militants", False, "s1"),
        ("m2", "c1", "RIA", T0 + dt.timedelta(minutes=90), 3, 25, "2,359 militants", False, "s1"),
        ("m3", "c1", None, T0 + dt.timedelta(minutes=30), 3, 25, "2,359 militants", False, None),
    ]


def test_replay_changes_no_row(store):
    batch = [claim("c1", [mention("m1"), mention("m2", 5)], qualifier=Qualifier.APPROX, conflicts_with=["c7"]),
             claim("c2", [mention("m3")])]
    store.upsert(batch)
    before = (rows(store.conn, "claims", "claim_id"), rows(store.conn, "claim_mentions", "mention_id"))
    counts = store.upsert(batch)
    assert counts == {"claims": 2, "claims_written": 0, "mentions_inserted": 0, "claims_recounted": 0}
    # The same claims again as a later pipeline run would produce them: newer updated_at, same content.
    store.upsert([c.model_copy(update={"updated_at": dt.datetime(2016, 1, 1, tzinfo=UTC)}) for c in batch])
    after = (rows(store.conn, "claims", "claim_id"), rows(store.conn, "claim_mentions", "mention_id"))
    assert after == before


def test_merge_recounts_and_bumps_updated_at(store):
    store.upsert([claim("c1", [mention("m1", 10, "TASS", "s1")])])
    (updated_before,) = one(store.conn, "SELECT updated_at FROM claims WHERE claim_id = 'c1'")
    # A later batch saw two more mentions (one earlier in time), with no knowledge of the first.
    counts = store.upsert([claim("c1", [mention("m2", 0, "RIA", "s2"), mention("m3", 60, "TASS", "s2")])])
    assert counts["mentions_inserted"] == 2 and counts["claims_recounted"] == 1
    row = one(store.conn, "SELECT mention_count, outlet_count, story_count, first_seen, last_seen, updated_at"
                          " FROM claims WHERE claim_id = 'c1'")
    assert row[:5] == (3, 2, 2, T0, T0 + dt.timedelta(minutes=60))
    assert row[5] > updated_before


def test_most_cautious_qualifier_wins(store):
    store.upsert([claim("c1", qualifier=Qualifier.APPROX)])
    store.upsert([claim("c1", qualifier=Qualifier.EXACT)])
    assert one(store.conn, "SELECT qualifier FROM claims")[0] == "approx"
    store.upsert([claim("c1", qualifier=Qualifier.RANGE)])
    assert one(store.conn, "SELECT qualifier FROM claims")[0] == "range"
    store.upsert([claim("c1", qualifier=Qualifier.AT_LEAST)])
    assert one(store.conn, "SELECT qualifier FROM claims")[0] == "range"


@pytest.mark.parametrize("order", [(Qualifier.AT_LEAST, Qualifier.AT_MOST), (Qualifier.AT_MOST, Qualifier.AT_LEAST)])
def test_equal_caution_tie_does_not_depend_on_order(store, order):
    store.upsert([claim("c1", qualifier=order[0])])
    store.upsert([claim("c1", qualifier=order[1])])
    assert one(store.conn, "SELECT qualifier FROM claims")[0] == "at_most"


def test_same_claim_twice_in_one_batch_merges(store):
    a = claim("c1", [mention("m1")], qualifier=Qualifier.EXACT, conflicts_with=["c8"])
    b = claim("c1", [mention("m2", 1, "RIA")], qualifier=Qualifier.APPROX, conflicts_with=["c7"], speaker="X")
    store.upsert([a, b])
    assert one(store.conn, "SELECT qualifier, conflicts_with, speaker, mention_count, outlet_count FROM claims") == (
        "approx", ["c7", "c8"], "X", 2, 2)


def test_mention_keeps_its_first_claim(store):
    store.upsert([claim("c1", [mention("m1")])])
    store.upsert([claim("c2", [mention("m1")])])
    assert store.conn.execute("SELECT mention_id, claim_id FROM claim_mentions").fetchall() == [("m1", "c1")]
    assert one(store.conn, "SELECT mention_count FROM claims WHERE claim_id = 'c1'")[0] == 1


def test_naive_datetimes_are_stored_as_utc(pg_dsn):
    with PostgresClaimStore(pg_dsn) as store:
        store.migrate()
        store.conn.execute("SET TimeZone = 'America/New_York'")
        m = mention("m1").model_copy(update={"published_at": dt.datetime(2015, 9, 30, 8, 0)})
        store.upsert([claim("c1", [m])])
        assert one(store.conn, "SELECT published_at FROM claim_mentions")[0] == T0


def test_claims_daily_view(store):
    day2 = dt.datetime(2015, 10, 2, 23, 30, tzinfo=UTC)
    store.upsert([
        claim("c1", [mention("m1"), mention("m2", 1)], value=100),
        claim("c2", [mention("m3")], value=20),
        claim("c3", [mention("m4").model_copy(update={"published_at": day2})], value=7),
        claim("c4", [mention("m5")], value=5, metric="wounded"),
        claim("c5", [], value=1, period_end=dt.date(2015, 9, 1)),
    ])
    daily = store.conn.execute(
        "SELECT day, metric, claimant, actor, claims, value_sum, mentions FROM claims_daily ORDER BY day, metric"
    ).fetchall()
    who, actor = "Russian Defense Ministry", "Russian Air Force"
    assert daily == [
        (dt.date(2015, 9, 1), "killed", who, actor, 1, 1, 0),
        (dt.date(2015, 9, 30), "killed", who, actor, 2, 120, 3),
        (dt.date(2015, 9, 30), "wounded", who, actor, 1, 5, 1),
        (dt.date(2015, 10, 2), "killed", who, actor, 1, 7, 1),
    ]


def test_store_is_closed(pg_dsn):
    store = PostgresClaimStore(pg_dsn)
    store.close()
    store.close()
    with pytest.raises(RuntimeError):
        store.upsert([claim()])


def test_write_claims_to_postgres_transform(pg_dsn):
    claims = [claim(f"c{i}", [mention(f"m{i}a"), mention(f"m{i}b", 1, "RIA")]) for i in range(12)]
    # The same claim in a second version with one more mention: merged, not duplicated.
    claims.append(claim("c0", [mention("m0c", 2, "AFP")], qualifier=Qualifier.APPROX))
    with TestPipeline(runner="FnApiRunner") as p:
        ids = p | "Claims" >> beam.Create(claims) | "Store" >> WriteClaimsToPostgres(pg_dsn)
        assert_that(ids | beam.Distinct(), equal_to([f"c{i}" for i in range(12)]))
    with psycopg.connect(pg_dsn) as conn:
        assert one(conn, "SELECT count(*), sum(mention_count) FROM claims") == (12, 25)
        assert one(conn, "SELECT mention_count, outlet_count, qualifier FROM claims WHERE claim_id = 'c0'") == (
            3, 3, "approx")
        assert one(conn, "SELECT count(*) FROM schema_migrations")[0] == 2


def test_wording_and_outlet_rules(store):
    store.upsert([claim("c1", [mention("m1", outlet="TASS")], speaker="Konashenkov", location="Syria")])
    store.upsert([claim("c1", [mention("m2", outlet="  tass "), mention("m3", outlet=None)],
                        speaker="Maj. Gen. Igor Konashenkov", location="", claimant="russian defense ministry")])
    assert one(store.conn, "SELECT speaker, location, claimant, outlet_count, mention_count FROM claims") == (
        "Maj. Gen. Igor Konashenkov", "Syria", "Russian Defense Ministry", 1, 3)
    # No outlet known at all: the mentions count as one outlet, never zero.
    store.upsert([claim("c2", [mention("m4", outlet=None), mention("m5", outlet=None)])])
    assert one(store.conn, "SELECT outlet_count FROM claims WHERE claim_id = 'c2'")[0] == 1


def test_database_merge_agrees_with_dedup_merge(store):
    """Upserting partial claims in any order stores what pipeline.dedup.merge computes in memory."""
    import itertools

    from pipeline.dedup.merge import merge_many

    parts = [
        claim("c1", [mention("m1", 30, "TASS", "s1")], qualifier=Qualifier.EXACT, speaker="Konashenkov",
              conflicts_with=["c9"]),
        claim("c1", [mention("m2", 0, "RIA", "s1"), mention("m3", 5, None)], qualifier=Qualifier.AT_LEAST,
              location="Syria", conflicts_with=["c3"]),
        claim("c1", [mention("m4", 90, "afp", None, article="a4")], qualifier=Qualifier.AT_MOST,
              speaker="Igor Konashenkov", period_text="September 19-29"),
    ]
    expected = merge_many(parts)
    columns = ["claimant", "speaker", "qualifier", "location", "period_text", "mention_count", "outlet_count",
               "story_count", "first_seen", "last_seen", "conflicts_with"]
    for order in itertools.permutations(parts):
        store.conn.execute("TRUNCATE claims CASCADE")
        for part in order:
            store.upsert([part])
        got = one(store.conn, f"SELECT {', '.join(columns)} FROM claims")
        want = tuple(getattr(expected, c).value if c == "qualifier" else getattr(expected, c) for c in columns)
        assert got == want
