"""Backfill: archives on disk and a topic between two times, through the CLI."""
from __future__ import annotations

import gzip
import json

from kafka import KafkaProducer

from pipeline.cli import main
from pipeline.io.archives import write_article_avro
from pipeline.io.avro_files import read_claims
from pipeline.io.kafka import ensure_topic
from pipeline.models import RawMessage
from pipeline.parse.article import parse_message


def arrests(i: int, when: str = "2021-06-01T10:00:00Z") -> dict:
    return {"id": f"a-{i}", "outlet": "AP", "published_at": when, "headline": f"Arrests {i}",
            "body": f"Police said on Monday they had arrested {100 + i} people after the riot on Sunday."}


def test_backfill_from_mixed_archives(tmp_path, seed_text):
    archive = tmp_path / "archive"
    (archive / "texts").mkdir(parents=True)
    (archive / "texts" / "seed.txt").write_text(seed_text)
    with gzip.open(archive / "part-1.jsonl.gz", "wt") as f:
        for i in range(50):
            f.write(json.dumps(arrests(i)) + "\n")
        f.write('{"id": "broken", "body": \n')
    (archive / "part-2.jsonl").write_text("".join(json.dumps(arrests(i)) + "\n" for i in range(50, 80)))
    write_article_avro(archive / "part-3.avro",
                       [parse_message(RawMessage(value=json.dumps(arrests(i)).encode())) for i in range(80, 90)])
    out = tmp_path / "out"
    assert main(["backfill", str(archive), "--avro-dir", str(out), "--no-progress"]) == 0
    claims = list(read_claims(out))
    arrested = sorted(c.value for c in claims if c.metric == "arrested")
    assert arrested == [100 + i for i in range(90)]
    assert any(c.value == 2359 and c.mention_count == 2 for c in claims)
    assert len(list((out / "dead_letters").glob("*.jsonl"))) == 1
    # A second backfill of the same archive adds nothing.
    before = sorted(out.rglob("*.avro"))
    assert main(["backfill", str(archive), "--avro-dir", str(out), "--no-progress"]) == 0
    assert sorted(out.rglob("*.avro")) == before


def test_backfill_from_a_topic_between_two_times(kafka_broker, topic_name, tmp_path):
    ensure_topic(kafka_broker, topic_name, partitions=2)
    producer = KafkaProducer(bootstrap_servers=kafka_broker, linger_ms=20)
    base = 1_622_541_600_000  # 2021-06-01T10:00Z
    for i in range(30):  # one record an hour
        producer.send(topic_name, json.dumps(arrests(i)).encode(), timestamp_ms=base + i * 3_600_000,
                      partition=None)
    producer.flush()
    producer.close()
    out = tmp_path / "out"
    assert main(["backfill", "--bootstrap-servers", kafka_broker, "--topic", topic_name,
                 "--from", "2021-06-01T15:00:00Z", "--to", "2021-06-01T20:00:00Z",
                 "--avro-dir", str(out), "--no-progress"]) == 0
    assert sorted(c.value for c in read_claims(out)) == [105, 106, 107, 108, 109]


def test_backfill_in_chunks_dedups_across_chunks_and_survives_a_damaged_file(tmp_path, seed_text):
    from pipeline.config import JobConfig, SinkConfig
    from pipeline.jobs import backfill_archives

    archive = tmp_path / "archive"
    archive.mkdir()
    for n in range(3):  # the same wire story in three files, far apart
        (archive / f"copy-{n}.jsonl").write_text(
            json.dumps({"id": f"seed-{n}", "outlet": f"Outlet {n}", "raw": seed_text}) + "\n"
            + "".join(json.dumps(arrests(100 * n + i)) + "\n" for i in range(40)))
    good = gzip.compress(("".join(json.dumps(arrests(900 + i)) + "\n" for i in range(40))).encode())
    (archive / "damaged.jsonl.gz").write_bytes(good[: len(good) // 2])
    out = tmp_path / "out"
    job = JobConfig(sinks=SinkConfig(avro_dir=out))
    result = backfill_archives([str(archive)], job, show_progress=False, chunk_bytes=4000)
    assert result.articles >= 3 * 41
    latest = {}
    for c in read_claims(out):
        if c.claim_id not in latest or c.updated_at > latest[c.claim_id].updated_at:
            latest[c.claim_id] = c
    killed = next(c for c in latest.values() if c.value == 2359)
    assert (killed.mention_count, killed.outlet_count, killed.story_count) == (6, 3, 1)
    letters = [json.loads(line) for p in (out / "dead_letters").glob("*.jsonl") for line in p.read_text().splitlines()]
    assert any(d["stage"] == "read" and "damaged.jsonl.gz" in d["source"]["path"] for d in letters)
