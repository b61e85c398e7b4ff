"""Kafka I/O against the real broker fixture (Tansu on a free port).

Topics are filled by a *batching* producer (linger_ms) so record batches hold
several records: that is what makes ``end_offsets()`` under-report on Tansu
and what ``plan_ranges`` must see through.
"""
from __future__ import annotations

import logging
import pickle
import sys
import time
import uuid
from typing import Optional

import apache_beam as beam
import pytest
from apache_beam.io.restriction_trackers import OffsetRange
from apache_beam.io.watermark_estimators import ManualWatermarkEstimator
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.runners.sdf_utils import RestrictionTrackerView, ThreadsafeRestrictionTracker
from apache_beam.utils.timestamp import Timestamp
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition

from pipeline.io.kafka import (
    METRICS_NAMESPACE,
    KafkaConfig,
    PartitionRange,
    ReadFromKafkaRanges,
    ReadKafkaUnboundedDoFn,
    WriteDeadLettersToKafka,
    commit_ranges,
    ensure_topic,
    fair_caps,
    plan_ranges,
    produce_messages,
)
from pipeline.models import DeadLetter, RawMessage, SourceRef

BATCHING = {"linger_ms": 30, "batch_size": 64 * 1024}


def _config(bootstrap: str, topic: str, group: str = "g", **kw) -> KafkaConfig:
    return KafkaConfig(bootstrap_servers=bootstrap, topic=topic, group_id=f"{group}-{topic}", **kw)


def _read_all(bootstrap: str, topic: str) -> dict[bytes, tuple[int, int]]:
    """value -> (partition, offset), read independently of the code under test."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, fetch_max_wait_ms=50)
    try:
        tps = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic)]
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        seen: dict[bytes, tuple[int, int]] = {}
        idle = 0
        while idle < 3:
            batch = consumer.poll(timeout_ms=200)
            idle = 0 if batch else idle + 1
            for records in batch.values():
                for r in records:
                    seen[r.value] = (r.partition, r.offset)
        return seen
    finally:
        consumer.close()


_COLLECTED: dict[str, list[tuple]] = {}


def _collect(m: RawMessage, token: str) -> None:
    # Module-level, so pickled by reference: the in-process FnApiRunner appends here.
    _COLLECTED[token].append((m.value, m.source.topic, m.source.partition, m.source.offset, m.key,
                              tuple(m.headers), m.timestamp_ms))


def _run_read(config: KafkaConfig, ranges, counters: Optional[dict] = None, **kwargs) -> list[tuple]:
    """Run the read on the FnApiRunner; a Reshuffle makes RawMessage cross an encoded stage boundary.

    ``counters``, if given, receives the committed values of the read's counters by name.
    """
    token = uuid.uuid4().hex
    _COLLECTED[token] = []
    p = beam.Pipeline(runner="FnApiRunner")
    _ = (p
         | "Read" >> ReadFromKafkaRanges(config, ranges, **kwargs)
         | "Shuffle" >> beam.Reshuffle()
         | "Collect" >> beam.Map(_collect, token))
    result = p.run()
    result.wait_until_finish()
    if counters is not None:
        query = result.metrics().query(MetricsFilter().with_namespace(METRICS_NAMESPACE))
        counters.update({c.key.metric.name: c.committed for c in query["counters"]})
    return _COLLECTED.pop(token)


@pytest.fixture
def filled_topic(kafka_broker, topic_name):
    """90 keyed records with a header over 3 partitions, produced in batches."""
    values = [(f"k{i % 7}".encode(), f"article-{i}".encode(), [("fmt", b"json")]) for i in range(90)]
    assert produce_messages(kafka_broker, topic_name, values, partitions=3, **BATCHING) == 90
    return topic_name


# --------------------------------------------------------------------------- pure


def test_fair_caps_spreads_budget_and_gives_back_unused_share():
    assert fair_caps([100, 2, 100], 10) == [4, 2, 4]
    assert fair_caps([5, 5, 5], 100) == [5, 5, 5]
    assert fair_caps([0, 10, 10], 3) == [0, 2, 1]
    assert fair_caps([7, 7], 0) == [0, 0]
    assert sum(fair_caps([13, 1, 40, 6], 31)) == 31


# --------------------------------------------------------------------------- planning and reading


def test_plan_ranges_stops_at_true_high_watermark(kafka_broker, filled_topic):
    ranges = plan_ranges(_config(kafka_broker, filled_topic))
    truth = _read_all(kafka_broker, filled_topic)
    ends = {p: max(o for (pp, o) in truth.values() if pp == p) + 1 for p in range(3)}
    assert [(r.partition, r.start, r.stop) for r in ranges] == [(p, 0, ends[p]) for p in range(3)]
    assert sum(r.size for r in ranges) == 90


def test_plan_ranges_unknown_topic_raises(kafka_broker, topic_name):
    with pytest.raises(LookupError, match=topic_name):
        plan_ranges(_config(kafka_broker, topic_name))


def test_pipeline_reads_every_record_once_with_source_offsets(kafka_broker, filled_topic):
    config = _config(kafka_broker, filled_topic)
    ranges = plan_ranges(config)
    counters: dict = {}
    got = _run_read(config, ranges, counters, chunk_size=7)  # many chunks per partition
    truth = _read_all(kafka_broker, filled_topic)
    assert len(got) == 90
    assert counters["records_read"] == 90
    assert counters["restrictions_read"] >= sum(-(-r.size // 7) for r in ranges)  # read in 7-offset chunks
    assert {(v, p, o) for v, _t, p, o, *_ in got} == {(v, p, o) for v, (p, o) in truth.items()}
    value, topic, _p, _o, key, headers, ts = next(g for g in got if g[0] == b"article-8")
    assert (topic, key, headers) == (filled_topic, b"k1", (("fmt", b"json"),))
    assert abs(ts - time.time() * 1000) < 120_000


def test_commit_then_replan_is_empty_and_new_records_resume_there(kafka_broker, filled_topic):
    config = _config(kafka_broker, filled_topic)
    first = plan_ranges(config)
    assert len(_run_read(config, first)) == 90
    committed = commit_ranges(config, first)
    assert committed == {r.topic_partition: r.stop for r in first}

    again = plan_ranges(config)
    assert [r.size for r in again] == [0, 0, 0]
    assert [r.start for r in again] == [r.stop for r in first]
    assert _run_read(config, again) == []
    assert _run_read(config, []) == []

    produce_messages(kafka_broker, filled_topic, [f"late-{i}".encode() for i in range(20)], **BATCHING)
    later = plan_ranges(config)
    assert [r.start for r in later] == [r.stop for r in first]
    assert sum(r.size for r in later) == 20
    assert sorted(v for v, *_ in _run_read(config, later)) == sorted(f"late-{i}".encode() for i in range(20))


def test_max_records_caps_fairly_and_follower_catches_up(kafka_broker, filled_topic):
    config = _config(kafka_broker, filled_topic)
    seen: list[bytes] = []
    batches = 0
    while True:
        remaining = [r.size for r in plan_ranges(config)]
        ranges = plan_ranges(config, max_records=40)
        sizes = [r.size for r in ranges]
        if sum(sizes) == 0:
            break
        assert sum(sizes) == min(40, sum(remaining))
        # Fair: a partition gets less than the biggest share only when it has nothing more.
        assert all(s == left or s >= max(sizes) - 1 for s, left in zip(sizes, remaining))
        got = [v for v, *_ in _run_read(config, ranges)]
        assert len(got) == sum(sizes)
        seen += got
        commit_ranges(config, ranges)
        batches += 1
    assert batches == 3
    assert sorted(seen) == sorted(f"article-{i}".encode() for i in range(90))


def test_read_tolerates_offset_gaps_from_transaction_markers(kafka_broker, topic_name):
    ensure_topic(kafka_broker, topic_name, partitions=1)
    producer = KafkaProducer(bootstrap_servers=kafka_broker, transactional_id=f"tx-{topic_name}", **BATCHING)
    producer.init_transactions()
    for txn in range(4):
        producer.begin_transaction()
        for i in range(5):
            producer.send(topic_name, f"tx{txn}-{i}".encode())
        producer.commit_transaction()
    producer.close()

    config = _config(kafka_broker, topic_name)
    [rng] = plan_ranges(config)
    assert rng.size == 24  # 20 records + 4 commit markers: offsets with no record
    got = _run_read(config, [rng], chunk_size=6)  # chunks that end on markers
    assert sorted(v for v, *_ in got) == sorted(f"tx{t}-{i}".encode() for t in range(4) for i in range(5))
    assert len({offset for _v, _t, _p, offset, *_ in got}) == 20


def test_read_skips_tombstones_on_a_compacted_topic(kafka_broker, topic_name):
    ensure_topic(kafka_broker, topic_name, partitions=1, config={"cleanup.policy": "compact"})
    produce_messages(kafka_broker, topic_name, [(b"a", b"first"), (b"a", None), (b"b", b"second")],
                     create_topic=False, **BATCHING)
    config = _config(kafka_broker, topic_name)
    [rng] = plan_ranges(config)
    counters: dict = {}
    got = _run_read(config, [rng], counters)
    assert sorted((o, v) for v, _t, _p, o, *_ in got) == [(rng.start, b"first"), (rng.start + 2, b"second")]
    assert counters["tombstones_skipped"] == 1


def test_read_past_log_end_fails_clearly_instead_of_hanging(kafka_broker, filled_topic):
    config = _config(kafka_broker, filled_topic)
    [r0, *_] = plan_ranges(config)
    beyond = r0.model_copy(update={"start": r0.stop, "stop": r0.stop + 5})
    started = time.monotonic()
    with pytest.raises(Exception, match="no record at offset"):
        _run_read(config, [beyond], poll_timeout_ms=100, max_empty_polls=3)
    assert time.monotonic() - started < 20


# --------------------------------------------------------------------------- producing and dead letters


def test_ensure_topic_creates_once_with_config(kafka_broker, topic_name):
    assert ensure_topic(kafka_broker, topic_name, partitions=2, config={"cleanup.policy": "compact"}) is True
    assert ensure_topic(kafka_broker, topic_name, partitions=2) is False
    admin = KafkaAdminClient(bootstrap_servers=kafka_broker)
    try:
        [described] = admin.describe_topics([topic_name])
    finally:
        admin.close()
    assert len(described["partitions"]) == 2


def test_dead_letters_land_on_topic_with_headers(kafka_broker, topic_name):
    letters = [
        DeadLetter(reason="no body", error_class="ValueError", stage="parse", value=b"\xff\x00raw",
                   key=b"k-1", source=SourceRef(topic="articles", partition=2, offset=41)),
        DeadLetter(reason="bad date", error_class="ParserError", stage="parse", value=b"{}",
                   source=SourceRef(path="/data/feed.jsonl", line=7)),
    ]
    with beam.Pipeline(runner="FnApiRunner") as p:
        _ = p | beam.Create(letters) | WriteDeadLettersToKafka(kafka_broker, topic_name, partitions=1)

    consumer = KafkaConsumer(bootstrap_servers=kafka_broker, enable_auto_commit=False, fetch_max_wait_ms=50)
    tp = TopicPartition(topic_name, 0)
    consumer.assign([tp])
    consumer.seek(tp, 0)
    records = []
    deadline = time.monotonic() + 10
    while len(records) < 2 and time.monotonic() < deadline:
        records += consumer.poll(timeout_ms=200).get(tp, [])
    consumer.close()
    by_value = {r.value: r for r in records}
    assert set(by_value) == {b"\xff\x00raw", b"{}"}
    first = by_value[b"\xff\x00raw"]
    assert first.key == b"k-1"
    assert dict(first.headers) == {"reason": b"no body", "error_class": b"ValueError", "stage": b"parse",
                                   "source_topic": b"articles", "source_partition": b"2", "source_offset": b"41"}
    second = by_value[b"{}"]
    assert second.key is None
    assert dict(second.headers)["source_line"] == b"7"


# --------------------------------------------------------------------------- security


def test_password_hidden_everywhere_but_client_kwargs(kafka_broker, filled_topic, caplog):
    secret = "s3cr3t-hunter2"
    config = _config(kafka_broker, filled_topic, sasl_mechanism="PLAIN", sasl_plain_username="reader",
                     sasl_plain_password=secret, ssl_cafile="/etc/ca.pem", client_id="newsclaims-test")
    for text in (repr(config), str(config), config.model_dump_json(), repr(config.model_dump())):
        assert secret not in text
    kwargs = config.client_kwargs()
    assert kwargs["sasl_plain_password"] == secret
    assert (kwargs["sasl_mechanism"], kwargs["sasl_plain_username"], kwargs["ssl_cafile"], kwargs["client_id"]) == \
        ("PLAIN", "reader", "/etc/ca.pem", "newsclaims-test")
    assert "group_id" not in kwargs and "topic" not in kwargs
    assert pickle.loads(pickle.dumps(config)).client_kwargs()["sasl_plain_password"] == secret

    # A full plan/read/commit cycle at DEBUG (PLAINTEXT: kafka-python ignores the SASL fields).
    with caplog.at_level(logging.DEBUG):
        ranges = plan_ranges(config)
        assert len(_run_read(config, ranges)) == 90
        commit_ranges(config, ranges)
    assert caplog.records and secret not in caplog.text


def test_sasl_settings_reach_the_wire_without_leaking(kafka_broker, topic_name, caplog):
    secret = "pw-never-logged-42"
    config = _config(kafka_broker, topic_name, security_protocol="SASL_PLAINTEXT", sasl_mechanism="PLAIN",
                     sasl_plain_username="reader", sasl_plain_password=secret)
    with caplog.at_level(logging.DEBUG, logger="kafka"):
        with pytest.raises(Exception):  # the fixture broker has no SASL users
            KafkaAdminClient(**config.client_kwargs(), bootstrap_timeout_ms=1500)
    assert "SaslHandshakeRequest" in caplog.text and "mechanism='PLAIN'" in caplog.text
    # kafka-python itself logs the admin client's config and, at DEBUG, raw SASL bytes.
    assert "sasl_plain_password" in caplog.text and secret not in caplog.text
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="kafka"):
        logging.getLogger("kafka.protocol.parser").debug("Send: %r", bytearray(b"\x00reader\x00" + secret.encode()))
    assert "reader" in caplog.text and secret not in caplog.text


# --------------------------------------------------------------------------- streaming contract


class _Finalizer:
    """What the runner hands as BundleFinalizerParam: callbacks to run once output is durable."""

    def __init__(self):
        self.callbacks = []

    def register(self, callback):
        self.callbacks.append(callback)

    def finalize(self):
        for cb in self.callbacks:
            cb()
        self.callbacks = []


def _drive(dofn, element, restriction, estimator, finalizer):
    """One process() call the way an SDF runner makes it; returns outputs, primary, residual."""
    tracker = ThreadsafeRestrictionTracker(dofn.create_tracker(restriction))
    out = list(dofn.process(element, tracker=RestrictionTrackerView(tracker),
                            watermark_estimator=estimator, bundle_finalizer=finalizer))
    tracker.check_done()  # the primary must be fully claimed
    deferred = tracker.deferred_status()
    return out, tracker.current_restriction(), deferred[0] if deferred else None


def test_unbounded_read_checkpoints_watermarks_and_commits_on_finalize(kafka_broker, topic_name):
    produce_messages(kafka_broker, topic_name, [f"s{i}".encode() for i in range(12)], partitions=1, **BATCHING)
    config = _config(kafka_broker, topic_name)
    dofn = ReadKafkaUnboundedDoFn(config, poll_timeout_ms=200, max_records_per_call=12, resume_delay_s=0.5,
                                  idle_watermark_lag_s=0.0)
    element = PartitionRange(topic=topic_name, partition=0, start=0, stop=0)
    restriction = dofn.initial_restriction(element)
    assert restriction == OffsetRange(0, sys.maxsize)
    assert list(dofn.split(element, restriction)) == [restriction]
    dofn.setup()
    try:
        estimator = ManualWatermarkEstimator(None)
        finalizer = _Finalizer()
        # 1) reads the 12 records, hits its per-call budget, checkpoints.
        out, primary, residual = _drive(dofn, element, restriction, estimator, finalizer)
        assert [tv.value.source.offset for tv in out] == list(range(12))
        assert [tv.value.value for tv in out] == [f"s{i}".encode() for i in range(12)]
        assert all(tv.timestamp == Timestamp(micros=tv.value.timestamp_ms * 1000) for tv in out)
        assert (primary, residual) == (OffsetRange(0, 12), OffsetRange(12, sys.maxsize))
        assert estimator.current_watermark() == max(tv.timestamp for tv in out)
        # Nothing is committed until the runner finalizes the bundle.
        assert plan_ranges(config)[0].start == 0
        finalizer.finalize()
        assert plan_ranges(config)[0].start == 12

        # 2) caught up: nothing claimed, defers the whole remainder, idle watermark moves on.
        before = estimator.current_watermark()
        out, primary, residual = _drive(dofn, element, residual, estimator, finalizer)
        assert out == [] and finalizer.callbacks == []
        assert (primary, residual) == (OffsetRange(12, 12), OffsetRange(12, sys.maxsize))
        assert estimator.current_watermark() > before

        # 3) new records: the residual resumes exactly at the checkpoint.
        produce_messages(kafka_broker, topic_name, [b"n0", b"n1", b"n2"], create_topic=False, **BATCHING)
        out, primary, residual = _drive(dofn, element, residual, estimator, finalizer)
        assert [(tv.value.value, tv.value.source.offset) for tv in out] == [(b"n0", 12), (b"n1", 13), (b"n2", 14)]
        assert residual == OffsetRange(15, sys.maxsize)
        finalizer.finalize()
        assert plan_ranges(config)[0].start == 15
    finally:
        dofn.teardown()


def test_unbounded_flag_builds_an_unbounded_pcollection(kafka_broker, filled_topic):
    config = _config(kafka_broker, filled_topic)
    ranges = plan_ranges(config)
    p = beam.Pipeline(runner="FnApiRunner")
    out = p | ReadFromKafkaRanges(config, ranges, unbounded=True)
    assert out.is_bounded is False
    assert out.element_type is RawMessage or "RawMessage" in str(out.element_type)


def _append(x, token: str) -> None:
    _COLLECTED[token].append(x)


def test_unbounded_read_runs_on_fnapirunner_when_stopping_at_caught_up(kafka_broker, filled_topic):
    """The same DoFn through a real SDF runner: many checkpoints, windowed GroupByKey, finalize commits."""
    config = _config(kafka_broker, filled_topic)
    read_token, count_token = uuid.uuid4().hex, uuid.uuid4().hex
    _COLLECTED[read_token], _COLLECTED[count_token] = [], []
    p = beam.Pipeline(runner="FnApiRunner")
    _ = (
        p
        | "Read" >> ReadFromKafkaRanges(config, plan_ranges(config), unbounded=True, stop_when_caught_up=True,
                                        max_records_per_call=10, poll_timeout_ms=300, resume_delay_s=0.0)
        | "Tap" >> beam.Map(lambda m, t: (_collect(m, t), m)[1], read_token)
        | "Hourly" >> beam.WindowInto(beam.window.FixedWindows(3600))
        | "ByPartition" >> beam.Map(lambda m: (m.source.partition, 1))
        | "Count" >> beam.CombinePerKey(sum)
        | "Keep" >> beam.Map(_append, count_token))
    p.run().wait_until_finish()
    truth = _read_all(kafka_broker, filled_topic)
    got = _COLLECTED.pop(read_token)
    assert sorted((v, p_, o) for v, _t, p_, o, *_ in got) == sorted((v, p_, o) for v, (p_, o) in truth.items())
    # Record timestamps put every record in a window that fired (a run across an hour boundary
    # splits a partition's count over two windows, hence the sum).
    per_partition = {p_: 0 for p_ in range(3)}
    for partition, n in _COLLECTED.pop(count_token):
        per_partition[partition] += n
    assert per_partition == {p_: sum(1 for pp, _o in truth.values() if pp == p_) for p_ in range(3)}
    # Offsets were committed by bundle finalization alone: nothing is left to read.
    after = plan_ranges(config)
    assert [r.size for r in after] == [0, 0, 0]
    assert [r.start for r in after] == [per_partition[p_] for p_ in range(3)]
