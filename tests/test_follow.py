"""Continuous monitoring for real: a follower process, a real broker, SIGKILL, restarts.

These tests run ``newsclaims follow`` as a child process, the way a user or
systemd does, and check what ends up in the sinks.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
from kafka import KafkaConsumer, TopicPartition

from pipeline.io.avro_files import compact, read_claims
from pipeline.io.broker import LocalBroker, free_port
from pipeline.io.kafka import KafkaConfig, plan_ranges, produce_messages
from pipeline.jobs import claims_from_articles
from pipeline.models import RawMessage
from pipeline.parse.article import parse_message

CITIES = ["Lagos", "Karachi", "Lima", "Manila", "Nairobi", "Quito", "Dhaka", "Hanoi", "Accra", "Tunis"]


def synthetic_articles(n: int, seed_text: str) -> list[bytes]:
    """Distinct wire-style articles with figures, plus the seed."""
    out = [seed_text.encode()]
    for i in range(n):
        city = CITIES[i % len(CITIES)]
        out.append(json.dumps({
            "id": f"syn-{i}",
            "outlet": ["Reuters", "AP", "AFP"][i % 3],
            "published_at": f"2021-06-{1 + i % 28:02d}T10:00:00Z",
            "headline": f"Police in {city} make arrests",
            "body": f"Police in {city} said on Monday they had arrested {20 + i} people after clashes "
                    f"on Sunday. Officials said {3 + i % 7} officers were injured.",
        }).encode())
    return out


BAD = [b"\xff\xfe\x00 not text", b'{"id": "half", "body": "cut', json.dumps({"id": "e", "body": ""}).encode(),
       json.dumps({"id": "d", "published": "the day after tomorrow", "body": "x"}).encode()]


def follower(bootstrap, topic, group, out: Path, log: Path, *extra: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "pipeline.cli", "follow", "--bootstrap-servers", bootstrap, "--topic", topic,
           "--group-id", group, "--avro-dir", str(out), "--poll-interval", "0.2", "--max-backoff", "1", *extra]
    return subprocess.Popen(cmd, stdout=open(log, "ab"), stderr=subprocess.STDOUT)


def lag(bootstrap, topic, group) -> int:
    return sum(r.size for r in plan_ranges(KafkaConfig(bootstrap_servers=bootstrap, topic=topic, group_id=group)))


def wait_for(predicate, timeout: float, what: str, proc: subprocess.Popen | None = None, log: Path | None = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"follower exited with {proc.returncode} while waiting for {what}:\n"
                                 + (log.read_text()[-3000:] if log else ""))
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}" + (f":\n{log.read_text()[-3000:]}" if log else ""))


def expected_claims(values: list[bytes]):
    articles = []
    for v in values:
        try:
            articles.append(parse_message(RawMessage(value=v)))
        except ValueError:
            pass
    return {c.claim_id: c for c in claims_from_articles(articles)}


def test_sigkill_mid_batch_then_restart_loses_and_doubles_nothing(kafka_broker, topic_name, tmp_path, seed_text,
                                                                 pg_dsn):
    good = synthetic_articles(120, seed_text)
    out, log = tmp_path / "out", tmp_path / "follow.log"
    dlq = f"{topic_name}-dlq"
    sinks = ["--dead-letter-topic", dlq, "--postgres-dsn", pg_dsn, "--max-records", "20"]
    produce_messages(kafka_broker, topic_name, good[:60] + BAD[:2], partitions=3, linger_ms=20)
    proc = follower(kafka_broker, topic_name, "f", out, log, *sinks)
    try:
        # Kill it for real once some batches are written and more are coming.
        wait_for(lambda: len(list(out.rglob("*.avro"))) >= 2, 120, "first Avro files", proc, log)
        produce_messages(kafka_broker, topic_name, good[60:] + BAD[2:], partitions=3, linger_ms=20)
        time.sleep(0.3)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        assert lag(kafka_broker, topic_name, "f") > 0, "the kill came too late to test anything"

        proc = follower(kafka_broker, topic_name, "f", out, log, *sinks)
        wait_for(lambda: lag(kafka_broker, topic_name, "f") == 0, 240, "the restarted follower to catch up", proc, log)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()

    expected = expected_claims(good + BAD)
    assert len(expected) > 100
    # Avro: every claim's latest state once after compaction, with exactly the expected mentions.
    compact(out)
    latest = {c.claim_id: c for c in read_claims(out / "compacted")}
    assert set(latest) == set(expected)
    for cid, claim in expected.items():
        assert {m.mention_id for m in latest[cid].mentions} == {m.mention_id for m in claim.mentions}, cid
        assert latest[cid].value == claim.value and latest[cid].metric == claim.metric
    # PostgreSQL: each claim once, with its mentions.
    with psycopg.connect(pg_dsn) as conn:
        rows = dict(conn.execute("SELECT claim_id, mention_count FROM claims").fetchall())
        mention_rows = conn.execute("SELECT count(*) FROM claim_mentions").fetchone()[0]
    assert rows == {cid: c.mention_count for cid, c in expected.items()}
    assert mention_rows == sum(c.mention_count for c in expected.values())
    # Every malformed message is on the dead-letter topic with its reason (at least once).
    consumer = KafkaConsumer(bootstrap_servers=kafka_broker, auto_offset_reset="earliest", consumer_timeout_ms=3000)
    consumer.assign([TopicPartition(dlq, p) for p in consumer.partitions_for_topic(dlq)])
    letters = {bytes(r.value): dict((k, v.decode()) for k, v in r.headers) for r in consumer}
    consumer.close()
    assert set(letters) == set(BAD)
    assert {h["reason"] for h in letters.values()} == {"undecodable bytes", "invalid JSON", "empty body",
                                                       "unparseable date"}
    assert all(h["source_topic"] == topic_name and h["source_offset"].isdigit() for h in letters.values())


def test_broker_outage_waits_retries_and_commits_nothing_unwritten(tmp_path, seed_text):
    port = free_port()
    out, log = tmp_path / "out", tmp_path / "follow.log"
    broker = LocalBroker(port=port).start()
    proc = None
    try:
        produce_messages(broker.bootstrap_servers, "wire", [seed_text.encode()], partitions=1)
        proc = follower(broker.bootstrap_servers, "wire", "g", out, log)
        wait_for(lambda: any(out.rglob("*.avro")), 120, "the seed's claims", proc, log)
        broker.stop()
        wait_for(lambda: "nothing committed; retrying" in log.read_text(), 60, "a retry message", proc, log)
        assert proc.poll() is None, "the follower must wait, not exit"
        # The broker comes back (empty: it keeps nothing on restart) and new articles arrive.
        broker = LocalBroker(port=port).start()
        second = seed_text.replace("2,359", "2,360").encode()
        produce_messages(broker.bootstrap_servers, "wire", [second], partitions=1)
        wait_for(lambda: any(c.value == 2360 for c in read_claims(out)), 120, "claims after the outage", proc, log)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(60) == 0
    finally:
        if proc is not None and proc.poll() is None:
            proc.kill()
        broker.stop()
    text = log.read_text()
    assert "batch failed, nothing committed; retrying in" in text
    assert "finishing the current batch" in text


def test_sigterm_finishes_the_batch_and_exits_cleanly(kafka_broker, topic_name, tmp_path, seed_text):
    produce_messages(kafka_broker, topic_name, synthetic_articles(30, seed_text), partitions=2)
    out, log = tmp_path / "out", tmp_path / "follow.log"
    proc = follower(kafka_broker, topic_name, "t", out, log, "--max-records", "200")
    try:
        wait_for(lambda: lag(kafka_broker, topic_name, "t") == 0, 120, "catch-up", proc, log)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert "follower stopped after" in log.read_text()


def test_secrets_never_reach_the_log(kafka_broker, topic_name, tmp_path, seed_text):
    secret = "s3cr3t-pa55word-xyz"
    secret_file = tmp_path / "pw"
    secret_file.write_text(secret)
    produce_messages(kafka_broker, topic_name, [seed_text.encode()], partitions=1)
    env = {**os.environ, "NEWSCLAIMS_KAFKA_SASL_PASSWORD_FILE": str(secret_file)}
    # PLAINTEXT broker, SASL settings configured: the client must carry them without printing them.
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "-v", "run", "--bootstrap-servers", kafka_broker,
                           "--topic", topic_name, "--group-id", "s", "--avro-dir", str(tmp_path / "o"),
                           "--sasl-username", "user", "--sasl-mechanism", "PLAIN"],
                          capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert secret not in proc.stdout + proc.stderr
