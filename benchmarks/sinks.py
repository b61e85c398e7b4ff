"""Throughput of the dashboard sinks: Avro files, PostgreSQL upserts, Kafka claim updates.

Prints claims per second for each sink on synthetic claims (3 mentions each).
Uses a throw-away schema in PostgreSQL and the embedded broker; writes Avro to
a temporary folder.

    python benchmarks/sinks.py --claims 5000 --postgres-dsn postgresql://postgres@127.0.0.1:5432/test
"""
from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
import uuid

import psycopg

from pipeline.io.avro_files import compact, read_claims, write_claims
from pipeline.io.broker import LocalBroker
from pipeline.io.kafka_sink import create_compacted_topic, decode_claim, encode_single_object
from pipeline.io.postgres import PostgresClaimStore
from pipeline.models import Claim, Mention, Qualifier

UTC = dt.timezone.utc


def synthetic_claims(n: int, mentions: int = 3) -> list[Claim]:
    t0 = dt.datetime(2015, 9, 1, tzinfo=UTC)
    claims = []
    for i in range(n):
        published = t0 + dt.timedelta(minutes=7 * i)
        ms = [Mention(mention_id=f"m{i}-{j}", article_id=f"a{i}-{j}", outlet=f"outlet{j}",
                      url=f"https://example.org/{i}/{j}", published_at=published + dt.timedelta(minutes=j),
                      sentence="The ministry said strikes on September 19-29 killed 2,359 militants.",
                      start=40, end=62, text="killed 2,359 militants", story_id=f"s{i}")
              for j in range(mentions)]
        claims.append(Claim(
            claim_id=f"c{i:08d}", claimant="Russian Defense Ministry", speaker="Igor Konashenkov", metric="killed",
            subject="militants", actor="Russian Air Force", value=1000 + i, qualifier=Qualifier.APPROX,
            period_start=dt.date(2015, 9, 19), period_end=dt.date(2015, 9, 29), period_text="September 19-29",
            location="Syria", mentions=ms, mention_count=mentions, outlet_count=mentions, story_count=1,
            first_seen=ms[0].published_at, last_seen=ms[-1].published_at, updated_at=published,
        ))
    return claims


def timed(label: str, n: int, fn):
    start = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - start
    print(f"{label:<44} {n:>7} claims {elapsed:7.2f} s {n / elapsed:>10,.0f} claims/s")
    return result


def bench_avro(claims: list[Claim], codec: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        timed(f"avro write ({codec}, 1 batch, validated)", len(claims),
              lambda: write_claims(tmp, claims, batch_id="bench", codec=codec))
        timed(f"avro write ({codec}, batches of 100)", len(claims),
              lambda: [write_claims(tmp, claims[i:i + 100], batch_id="b", codec=codec)
                       for i in range(0, len(claims), 100)])
        timed("avro read back (2 copies)", 2 * len(claims), lambda: sum(1 for _ in read_claims(tmp)))
        timed("avro compact (2 copies -> 1)", 2 * len(claims), lambda: compact(tmp))


def bench_postgres(claims: list[Claim], dsn: str) -> None:
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(dsn, autocommit=True) as admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
        try:
            sep = "&" if "?" in dsn else "?"
            with PostgresClaimStore(f"{dsn}{sep}options=-csearch_path%3D{schema}") as store:
                store.migrate()
                batches = [claims[i:i + 500] for i in range(0, len(claims), 500)]
                timed("postgres upsert (new, batches of 500)", len(claims),
                      lambda: [store.upsert(b) for b in batches])
                timed("postgres upsert (replay, no change)", len(claims),
                      lambda: [store.upsert(b) for b in batches])
        finally:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')


def bench_kafka(claims: list[Claim]) -> None:
    from kafka import KafkaProducer

    values = timed("kafka encode (single-object)", len(claims), lambda: [encode_single_object(c) for c in claims])
    timed("kafka decode (single-object)", len(claims), lambda: [decode_claim(v) for v in values])
    with LocalBroker() as broker:
        create_compacted_topic(broker.bootstrap_servers, "claims-bench", num_partitions=3)
        producer = KafkaProducer(bootstrap_servers=broker.bootstrap_servers, acks="all", linger_ms=20)

        def produce():
            for claim, value in zip(claims, values):
                producer.send("claims-bench", key=claim.claim_id.encode(), value=value)
            producer.flush()

        timed("kafka produce (encoded, acks=all)", len(claims), produce)
        producer.close()


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=5000)
    parser.add_argument("--codec", default="deflate")
    parser.add_argument("--postgres-dsn", default="postgresql://postgres@127.0.0.1:5432/test")
    parser.add_argument("--skip", nargs="*", default=[], choices=["avro", "postgres", "kafka"])
    args = parser.parse_args(argv)
    claims = synthetic_claims(args.claims)
    if "avro" not in args.skip:
        bench_avro(claims, args.codec)
    if "postgres" not in args.skip:
        bench_postgres(claims, args.postgres_dsn)
    if "kafka" not in args.skip:
        bench_kafka(claims)


if __name__ == "__main__":
    main()
