"""End-to-end throughput from Kafka, beside the ceiling of kafka-python alone.

Publishes N wire articles (the gold set's articles, repeated with unique ids)
to a 3-partition topic on the bundled broker, then measures:

1. the ceiling: kafka-python reading the whole topic with assign()/poll();
2. ``newsclaims run`` end to end (read, parse, stories, extract, dedup,
   ledger, Avro sink, offset commit), on the FnApiRunner with 1 worker and
   with 2 worker processes.

    python benchmarks/kafka_throughput.py --articles 20000
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kafka import KafkaConsumer, TopicPartition  # noqa: E402

from pipeline.config import JobConfig, SinkConfig  # noqa: E402
from pipeline.io.broker import LocalBroker  # noqa: E402
from pipeline.io.kafka import KafkaConfig, plan_ranges, produce_messages  # noqa: E402
from pipeline.jobs import run_kafka_batch  # noqa: E402

GOLD = REPO / "benchmarks" / "data" / "gold" / "gold.jsonl"


def articles(n: int) -> list[bytes]:
    rows = [json.loads(line) for line in GOLD.read_text().splitlines() if line.strip()]
    out = []
    for i in range(n):
        r = rows[i % len(rows)]
        out.append(json.dumps({"id": f"{r['article_id']}-{i}", "outlet": r["outlet"], "published_at": r["published_at"],
                               "headline": r["headline"], "body": r["body"]}).encode())
    return out


def ceiling(bootstrap: str, topic: str, total: int) -> float:
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, max_poll_records=2000,
                             fetch_max_bytes=50 * 1024 * 1024)
    tps = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic)]
    consumer.assign(tps)
    consumer.seek_to_beginning(*tps)
    seen, start = 0, time.perf_counter()
    while seen < total:
        for records in consumer.poll(timeout_ms=1000).values():
            seen += len(records)
    elapsed = time.perf_counter() - start
    consumer.close()
    return seen / elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=20000)
    args = ap.parse_args()
    values = articles(args.articles)
    with LocalBroker() as broker, tempfile.TemporaryDirectory() as tmp:
        topic = "bench"
        t = time.perf_counter()
        produce_messages(broker.bootstrap_servers, topic, values, partitions=3, linger_ms=20)
        print(f"produced {len(values):,} articles ({sum(map(len, values)) / len(values):.0f} B avg) "
              f"in {time.perf_counter() - t:.1f}s")
        ceil = ceiling(broker.bootstrap_servers, topic, len(values))
        print(f"ceiling, kafka-python alone:       {ceil:>8,.0f} records/s")
        for label, beam_args in [("1 worker", []),
                                 ("2 workers", ["--direct_num_workers=2", "--direct_running_mode=multi_processing"])]:
            group = f"g-{label.replace(' ', '')}"
            kafka = KafkaConfig(bootstrap_servers=broker.bootstrap_servers, topic=topic, group_id=group)
            job = JobConfig(sinks=SinkConfig(avro_dir=Path(tmp) / group))
            t = time.perf_counter()
            result = run_kafka_batch(kafka, job, beam_args)
            elapsed = time.perf_counter() - t
            assert sum(r.size for r in plan_ranges(kafka)) == 0
            rate = result.records / elapsed
            print(f"newsclaims run, {label:<9}:       {rate:>8,.0f} articles/s  ({result.records:,} in {elapsed:.1f}s, "
                  f"{result.claim_mentions:,} claim mentions; {rate / ceil:.1%} of the ceiling)")


if __name__ == "__main__":
    main()
