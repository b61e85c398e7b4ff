"""The seed article through a real broker, the real pipeline and real Avro files.

What issue 2 promises a user: send the seed as plain text to Kafka, run
``newsclaims run``, and find exactly the seed's claims in the Avro files, each
claim id once; a second run with the same group id adds nothing.
"""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import fastavro
import pytest

from pipeline.cli import main
from pipeline.io.kafka import produce_messages

SEED_CLAIMS = {
    # (metric, value, subject): (qualifier, mentions)
    ("killed", 2359, "militant"): ("exact", 2),
    ("injured", 2700, "militant"): ("approx", 2),
    ("killed", 16, "field commander"): ("exact", 1),
    ("killed", 400, "extremist"): ("approx", 1),
    ("destroyed", 67, "terrorist stronghold"): ("exact", 1),
    ("destroyed", 27, "tank"): ("exact", 1),
    ("destroyed", 21, "multiple rocket launcher"): ("exact", 1),
    ("destroyed", 149, "high mobility vehicle"): ("exact", 1),
    ("destroyed", 17, "vehicle-borne improvised explosive device"): ("exact", 1),
    ("destroyed", 51, "ammunition depot"): ("exact", 1),
}
# "the group of nearly 1,500 Daesh militants" may be reported or not (issue 2).
OPTIONAL = {("approx", 1500)}


def read_avro(folder: Path) -> list[dict]:
    records = []
    for path in sorted(folder.rglob("*.avro")):
        with open(path, "rb") as f:
            records.extend(fastavro.reader(f))
    return records


def check_seed_claims(records: list[dict]) -> None:
    ids = [r["claim_id"] for r in records]
    assert len(ids) == len(set(ids)), "a claim id was written twice"
    found = {}
    for r in records:
        if (r["qualifier"], r["value"]) in OPTIONAL:
            continue
        found[(r["metric"], r["value"], r["subject"])] = r
    assert set(found) == set(SEED_CLAIMS)
    for key, (qualifier, mentions) in SEED_CLAIMS.items():
        r = found[key]
        assert r["qualifier"] == qualifier, key
        assert r["mention_count"] == mentions == len(r["mentions"]), key
        assert r["claimant"] == "Russian Defense Ministry", key
        assert r["speaker"] == "Igor Konashenkov", key
        assert r["actor"] == "Islamic State", key
        assert r["location"] == "Syria", key
        assert (r["period_start"], r["period_end"]) == (dt.date(2017, 9, 19), dt.date(2017, 9, 29)), key
        for m in r["mentions"]:
            assert m["published_at"] == dt.datetime(2017, 9, 30, 13, 32, tzinfo=dt.timezone.utc)
            assert m["sentence"] and 0 <= m["start"] < m["end"]


def test_seed_through_kafka_to_avro(kafka_broker, topic_name, tmp_path, seed_text):
    produce_messages(kafka_broker, topic_name, [seed_text.encode("utf-8")], partitions=3)
    out = tmp_path / "avro"
    args = ["run", "--bootstrap-servers", kafka_broker, "--topic", topic_name, "--group-id", "g1",
            "--avro-dir", str(out)]
    assert main(args) == 0
    claims = read_avro(out / "claims")
    check_seed_claims(claims)
    mentions = read_avro(out / "mentions")
    assert len(mentions) == sum(len(c["mentions"]) for c in claims)
    assert {m["claim_id"] for m in mentions} == {c["claim_id"] for c in claims}
    # Files are in place under their day partition; no temporary files remain.
    assert all(p.parent.name.startswith("dt=") for p in out.rglob("*.avro"))
    assert not [p for p in out.rglob("*") if p.name.startswith(".")]

    files_before = sorted(out.rglob("*.avro"))
    assert main(args) == 0  # same group: offsets were committed, nothing is read again
    assert sorted(out.rglob("*.avro")) == files_before
    check_seed_claims(read_avro(out / "claims"))


def test_redelivered_seed_adds_nothing(kafka_broker, topic_name, tmp_path, seed_text):
    """The same article delivered twice (at-least-once) and a new group: one claim each, no new mention."""
    produce_messages(kafka_broker, topic_name, [seed_text.encode("utf-8")] * 2, partitions=1)
    out = tmp_path / "avro"
    assert main(["run", "--bootstrap-servers", kafka_broker, "--topic", topic_name, "--group-id", "a",
                 "--avro-dir", str(out)]) == 0
    check_seed_claims(read_avro(out / "claims"))
    before = sorted(out.rglob("*.avro"))
    # A second consumer group replays the topic from the start: the ledger knows every claim.
    assert main(["run", "--bootstrap-servers", kafka_broker, "--topic", topic_name, "--group-id", "b",
                 "--avro-dir", str(out)]) == 0
    assert sorted(out.rglob("*.avro")) == before


def test_malformed_messages_go_to_dead_letters_and_the_rest_goes_on(kafka_broker, topic_name, tmp_path, seed_text):
    produce_messages(kafka_broker, topic_name, [b"\xff\xfe garbage", b'{"id": "x", "body": ', seed_text.encode()],
                     partitions=1)
    out = tmp_path / "avro"
    assert main(["run", "--bootstrap-servers", kafka_broker, "--topic", topic_name, "--group-id", "g",
                 "--avro-dir", str(out)]) == 0
    check_seed_claims(read_avro(out / "claims"))
    letters = [json.loads(line) for p in (out / "dead_letters").glob("*.jsonl") for line in p.read_text().splitlines()]
    assert sorted(d["reason"] for d in letters) == ["invalid JSON", "undecodable bytes"]
    assert all(d["source"]["topic"] == topic_name and "offset" in d["source"] for d in letters)


def test_extract_command_prints_the_seed_claims(tmp_path, seed_text):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "seed-1", "raw": seed_text}) + "\n")
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", str(feed)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    claims = [json.loads(line) for line in proc.stdout.splitlines()]
    for c in claims:
        c["period_start"] = dt.date.fromisoformat(c["period_start"])
        c["period_end"] = dt.date.fromisoformat(c["period_end"])
        for m in c["mentions"]:
            m["published_at"] = dt.datetime.fromisoformat(m["published_at"])
        assert c["mentions"][0]["article_id"] == "seed-1"
    check_seed_claims(claims)


def test_two_outlets_copying_one_wire_story_make_one_story(kafka_broker, topic_name, tmp_path, seed_text):
    copy = seed_text.replace("Daesh, al-Nusra Bear Heaviest Losses Over Last Few Months - Russian MoD",
                             "Russian MoD: Daesh, al-Nusra suffer heaviest losses in months")
    produce_messages(kafka_broker, topic_name, [
        json.dumps({"id": "sputnik-1", "outlet": "Sputnik", "raw": seed_text}).encode(),
        json.dumps({"id": "daily-7", "outlet": "Wire Daily", "raw": copy}).encode(),
    ], partitions=2)
    out = tmp_path / "avro"
    assert main(["run", "--bootstrap-servers", kafka_broker, "--topic", topic_name, "--group-id", "g",
                 "--avro-dir", str(out)]) == 0
    claims = {(r["metric"], r["value"]): r for r in read_avro(out / "claims")}
    killed = claims[("killed", 2359)]
    assert (killed["mention_count"], killed["outlet_count"], killed["story_count"]) == (4, 2, 1)
    assert {m["article_id"] for m in killed["mentions"]} == {"sputnik-1", "daily-7"}
    assert len({m["story_id"] for m in killed["mentions"]}) == 1


def test_all_sinks_agree_and_a_replay_changes_no_row(kafka_broker, topic_name, tmp_path, seed_text, pg_dsn):
    import psycopg
    from kafka import KafkaConsumer, TopicPartition

    from pipeline.io.kafka_sink import decode_claim
    from pipeline.schemas import load_schema

    feed = [json.loads(line) for line in (Path(__file__).parent.parent / "pipeline" / "data" / "sample-feed.jsonl")
            .read_text().splitlines() if line.startswith("{") and line.endswith("}")]
    produce_messages(kafka_broker, topic_name, [json.dumps(a).encode() for a in feed], partitions=3)
    out, claims_topic = tmp_path / "avro", f"{topic_name}-claims"
    base = ["run", "--bootstrap-servers", kafka_broker, "--topic", topic_name, "--avro-dir", str(out),
            "--postgres-dsn", pg_dsn, "--output-topic", claims_topic]
    assert main(base + ["--group-id", "one"]) == 0

    # Avro: every record valid against the contract.
    files = list((out / "claims").rglob("*.avro"))
    schema = load_schema("claim")
    records = []
    for path in files:
        with open(path, "rb") as f:
            for r in fastavro.reader(f):
                assert fastavro.validation.validate(r, schema)
                records.append(r)
    avro = {r["claim_id"]: r for r in records}
    assert len(avro) == len(records) > 10

    def table():
        with psycopg.connect(pg_dsn) as conn:
            return (conn.execute("SELECT claim_id, mention_count, outlet_count, updated_at FROM claims "
                                 "ORDER BY claim_id").fetchall(),
                    conn.execute("SELECT mention_id, claim_id FROM claim_mentions ORDER BY mention_id").fetchall(),
                    conn.execute("SELECT sum(claims) FROM claims_daily").fetchone()[0])

    claims_rows, mention_rows, daily_total = table()
    assert {row[0]: (row[1], row[2]) for row in claims_rows} == {
        cid: (r["mention_count"], r["outlet_count"]) for cid, r in avro.items()}
    assert sorted(m[0] for m in mention_rows) == sorted(m["mention_id"] for r in records for m in r["mentions"])
    assert daily_total == len(avro)

    # The output topic: keyed by claim id, values decode with the published schema.
    consumer = KafkaConsumer(bootstrap_servers=kafka_broker, consumer_timeout_ms=3000)
    consumer.assign([TopicPartition(claims_topic, p) for p in consumer.partitions_for_topic(claims_topic)])
    for tp in consumer.assignment():
        consumer.seek(tp, 0)
    published = [(r.key.decode(), decode_claim(r.value)) for r in consumer]
    consumer.close()
    assert {k for k, _ in published} == set(avro)
    assert all(k == c.claim_id for k, c in published)

    # Replay everything under a new group: no row changes, nothing new anywhere.
    assert main(base + ["--group-id", "two"]) == 0
    assert table() == (claims_rows, mention_rows, daily_total)
    assert sorted((out / "claims").rglob("*.avro")) == sorted(files)


def test_a_flood_of_bad_messages_stops_the_run_and_commits_nothing(kafka_broker, topic_name, tmp_path, seed_text):
    from pipeline.io.kafka import KafkaConfig, plan_ranges

    produce_messages(kafka_broker, topic_name, [b"\xff garbage %d" % i for i in range(30)] + [seed_text.encode()],
                     partitions=1)
    args = ["run", "--bootstrap-servers", kafka_broker, "--topic", topic_name, "--group-id", "flood",
            "--avro-dir", str(tmp_path / "out")]
    assert main(args) == 3
    kafka = KafkaConfig(bootstrap_servers=kafka_broker, topic=topic_name, group_id="flood")
    assert sum(r.size for r in plan_ranges(kafka)) == 31  # nothing committed
    assert main(args + ["--max-bad-ratio", "1.0"]) == 0  # an operator who accepts it lets it through
    assert sum(r.size for r in plan_ranges(kafka)) == 0
