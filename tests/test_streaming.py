"""The streaming graph, run to completion locally.

Local runners cannot run an open-ended read, but the same reader with
``stop_when_caught_up=True`` ends its restriction once a partition is caught
up, so the whole streaming graph (unbounded SDF, global window, processing-time
trigger, dedup, ledger, sinks) runs on the FnApiRunner over a finite topic.
The FnApiRunner has no processing-time clock, so panes fire on element
counts here instead of every few seconds.
"""
from __future__ import annotations

import apache_beam as beam
from apache_beam.transforms import trigger

from pipeline.config import JobConfig, SinkConfig
from pipeline.io.avro_files import read_claims
from pipeline.io.kafka import KafkaConfig, produce_messages
from pipeline.streaming import build_streaming_pipeline


def test_streaming_graph_runs_to_completion_on_a_finite_topic(kafka_broker, topic_name, tmp_path, seed_text):
    produce_messages(kafka_broker, topic_name, [seed_text.encode(), b"{\"id\": \"broken\"", seed_text.encode()], partitions=2)
    kafka = KafkaConfig(bootstrap_servers=kafka_broker, topic=topic_name, group_id="stream")
    job = JobConfig(sinks=SinkConfig(avro_dir=tmp_path / "out"))
    p = beam.Pipeline(runner="FnApiRunner")
    build_streaming_pipeline(p, kafka, job, trigger_seconds=1,
                             reader_options={"stop_when_caught_up": True, "poll_timeout_ms": 200},
                             pane_trigger=trigger.Repeatedly(trigger.AfterAny(trigger.AfterCount(3), trigger.AfterWatermark())))
    p.run().wait_until_finish()
    claims = list(read_claims(tmp_path / "out"))
    ids = [c.claim_id for c in claims]
    assert len(ids) == len(set(ids))
    by_key = {(c.metric, c.value, c.subject): c for c in claims}
    assert by_key[("killed", 2359, "militant")].mention_count == 2  # narrative + quote; redelivery adds none
    assert by_key[("destroyed", 27, "tank")].claimant == "Russian Defense Ministry"
    dead = list((tmp_path / "out" / "dead_letters").glob("*.jsonl"))
    assert len(dead) == 1
