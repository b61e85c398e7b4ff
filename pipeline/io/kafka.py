"""Kafka in and out of the pipeline, in pure Python (kafka-python, no Java).

Beam's own ``apache_beam.io.kafka`` is a cross-language transform that needs
Java and an expansion service, which a Python-only install cannot run. So the
read side here is a splittable DoFn over Kafka offset ranges:

* the driver calls :func:`plan_ranges` before the pipeline: one
  :class:`PartitionRange` ``[start, stop)`` per partition, from the group's
  committed offset to the partition's *true* end (the high watermark of a
  fetch; ``end_offsets()`` under-reports on the bundled Tansu broker);
* :class:`ReadFromKafkaRanges` reads those ranges in parallel chunks with
  ``assign()``/``seek()``/``poll()`` (never a group join) and emits
  :class:`pipeline.models.RawMessage`;
* after the pipeline and its sinks finished, the driver calls
  :func:`commit_ranges`, so a crash re-reads instead of losing records.

A loop of such bounded runs is how the local runners follow a topic. For
streaming runners (Flink, Dataflow, Prism) the same DoFn runs with an
open-ended restriction (:class:`ReadFromKafkaUnbounded`): it checkpoints
itself when caught up, drives the watermark from record timestamps and
commits offsets when the runner finalizes a bundle.

Example (driver side)::

    config = KafkaConfig(bootstrap_servers="127.0.0.1:9092",
                         topic="articles", group_id="newsclaims")
    ranges = plan_ranges(config, max_records=5_000)
    with beam.Pipeline(runner="FnApiRunner") as p:
        raw = p | "ReadArticles" >> ReadFromKafkaRanges(config, ranges)
        ...
    commit_ranges(config, ranges)

Producing test or replay data::

    produce_messages("127.0.0.1:9092", "articles", [b"...", (b"key", b"...")])
"""
from __future__ import annotations

import functools
import logging
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Literal, Optional, Union

import apache_beam as beam
from apache_beam.io.restriction_trackers import OffsetRange, OffsetRestrictionTracker
from apache_beam.io.watermark_estimators import ManualWatermarkEstimator
from apache_beam.metrics import Metrics
from apache_beam.transforms.core import RestrictionProvider
from apache_beam.utils.timestamp import Duration, Timestamp
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka import errors as kafka_errors
from kafka.structs import OffsetAndMetadata
from pydantic import BaseModel, ConfigDict, SecretStr

from pipeline.models import DeadLetter, RawMessage, SourceRef

__all__ = [
    "KafkaConfig",
    "PartitionRange",
    "plan_ranges",
    "commit_ranges",
    "fair_caps",
    "ensure_topic",
    "produce_messages",
    "record_to_raw_message",
    "dead_letter_headers",
    "ReadFromKafkaRanges",
    "ReadFromKafkaUnbounded",
    "WriteDeadLettersToKafka",
    "KafkaReadError",
    "KafkaProduceError",
    "METRICS_NAMESPACE",
]

logger = logging.getLogger(__name__)

METRICS_NAMESPACE = "newsclaims.kafka"


class KafkaReadError(RuntimeError):
    """A read could not make progress (broker unreachable, range beyond the log)."""


class KafkaProduceError(RuntimeError):
    """A record was not acknowledged by the broker."""


# --------------------------------------------------------------------------- config


class KafkaConfig(BaseModel):
    """Where to read, as whom, and how to authenticate.

    Built by the CLI from flags and environment; nothing in this module reads
    ``os.environ``. The SASL password is a ``SecretStr``: ``repr()``, ``str()``
    and JSON dumps show ``'**********'``; only :meth:`client_kwargs` reveals it,
    to hand it to kafka-python.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    bootstrap_servers: str
    topic: str
    group_id: str
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    sasl_mechanism: Optional[str] = None
    sasl_plain_username: Optional[str] = None
    sasl_plain_password: Optional[SecretStr] = None
    ssl_cafile: Optional[str] = None
    ssl_certfile: Optional[str] = None
    ssl_keyfile: Optional[str] = None
    client_id: Optional[str] = None

    def client_kwargs(self) -> dict[str, Any]:
        """Connection and security kwargs common to KafkaConsumer/Producer/AdminClient.

        ``group_id`` and ``topic`` are not included: producers and admin
        clients reject ``group_id``; consumers get it where they commit.
        The returned dict holds the password in clear: never log it.
        """
        kwargs: dict[str, Any] = {
            "bootstrap_servers": self.bootstrap_servers.split(","),
            "security_protocol": self.security_protocol,
        }
        optional = {
            "sasl_mechanism": self.sasl_mechanism,
            "sasl_plain_username": self.sasl_plain_username,
            "sasl_plain_password": (self.sasl_plain_password.get_secret_value()
                                    if self.sasl_plain_password is not None else None),
            "ssl_cafile": self.ssl_cafile,
            "ssl_certfile": self.ssl_certfile,
            "ssl_keyfile": self.ssl_keyfile,
            "client_id": self.client_id,
        }
        kwargs.update({k: v for k, v in optional.items() if v is not None})
        if self.sasl_plain_password is not None:
            _redact_in_kafka_logs(self.sasl_plain_password.get_secret_value())
        return kwargs


class _RedactSecrets(logging.Filter):
    """Masks known secrets in kafka-python's log records.

    kafka-python logs its whole configuration when a ``KafkaAdminClient``
    starts, and at DEBUG logs request reprs and raw bytes (a SASL/PLAIN
    authenticate request carries the password): both would print it.
    """

    MASK = "**********"

    def __init__(self) -> None:
        super().__init__()
        self.forms: set[str] = set()

    def add(self, secret: str) -> None:
        if secret:
            self.forms.update({secret, repr(secret.encode("utf-8"))[2:-1]})

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is the logging module's business
            return True
        redacted = message
        for form in self.forms:
            redacted = redacted.replace(form, self.MASK)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_REDACTOR = _RedactSecrets()


def _redact_in_kafka_logs(secret: str) -> None:
    # Filters on a logger see only records created at that logger, so every
    # existing kafka.* logger gets one; called each time a secret is revealed,
    # which also covers kafka modules imported since.
    _REDACTOR.add(secret)
    for name, candidate in list(logging.Logger.manager.loggerDict.items()):
        if (name == "kafka" or name.startswith("kafka.")) and isinstance(candidate, logging.Logger) \
                and _REDACTOR not in candidate.filters:
            candidate.addFilter(_REDACTOR)


def _connection_kwargs(config_or_bootstrap: Union[KafkaConfig, str]) -> dict[str, Any]:
    if isinstance(config_or_bootstrap, KafkaConfig):
        return config_or_bootstrap.client_kwargs()
    return {"bootstrap_servers": str(config_or_bootstrap).split(",")}


def _describe(config_or_bootstrap: Union[KafkaConfig, str]) -> str:
    # What log lines may say about a connection: never the credentials.
    if isinstance(config_or_bootstrap, KafkaConfig):
        return config_or_bootstrap.bootstrap_servers
    return str(config_or_bootstrap)


# --------------------------------------------------------------------------- planning


class PartitionRange(BaseModel):
    """Offsets ``[start, stop)`` of one partition: the unit of a bounded read."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    topic: str
    partition: int
    start: int
    stop: int

    @property
    def size(self) -> int:
        return max(0, self.stop - self.start)

    @property
    def topic_partition(self) -> TopicPartition:
        return TopicPartition(self.topic, self.partition)


def fair_caps(sizes: Sequence[int], budget: int) -> list[int]:
    """Split ``budget`` across ranges of ``sizes`` as evenly as their sizes allow.

    Water-filling: every range gets an equal share, ranges smaller than
    their share give the rest back to the others; the remainder goes one by
    one to the first ranges with room left. ``sum(result) == min(budget, sum(sizes))``.

        >>> fair_caps([100, 2, 100], 10)
        [4, 2, 4]
    """
    if budget < 0:
        raise ValueError(f"budget must be >= 0, got {budget}")
    caps = [0] * len(sizes)
    open_ = [i for i, s in enumerate(sizes) if s > 0]
    left = budget
    while left > 0 and open_:
        share = left // len(open_)
        if share == 0:
            for i in open_[:left]:
                caps[i] += 1
            break
        still_open = []
        for i in open_:
            take = min(share, sizes[i] - caps[i])
            caps[i] += take
            left -= take
            if caps[i] < sizes[i]:
                still_open.append(i)
        open_ = still_open
    return caps


_PLAN_CONSUMER_KWARGS = {
    "enable_auto_commit": False,
    "auto_offset_reset": "earliest",
    "allow_auto_create_topics": False,
    "fetch_max_wait_ms": 100,
    # Only the high watermark of the response matters, not the records.
    "max_partition_fetch_bytes": 64 * 1024,
}


def _high_watermarks(consumer: KafkaConsumer, seek_to: dict[TopicPartition, int],
                     timeout_s: float) -> dict[TopicPartition, int]:
    """The high watermark of each partition, taken from real fetch responses.

    ``end_offsets()`` (ListOffsets latest) returns the last batch's base
    offset + 1 on the Tansu broker; the high watermark carried by a fetch is
    right there and on Apache Kafka alike.
    """
    consumer.assign(list(seek_to))
    for tp, offset in seek_to.items():
        consumer.seek(tp, offset)
    known: dict[TopicPartition, int] = {}
    deadline = time.monotonic() + timeout_s
    while len(known) < len(seek_to):
        if time.monotonic() > deadline:
            missing = sorted(f"{tp.topic}-{tp.partition}" for tp in seek_to if tp not in known)
            raise KafkaReadError(f"no fetch response with a high watermark within {timeout_s}s for {missing}")
        consumer.poll(timeout_ms=200)
        for tp in seek_to:
            if tp not in known and consumer.highwater(tp) is not None:
                known[tp] = consumer.highwater(tp)
                consumer.pause(tp)
    return known


def plan_ranges(config: KafkaConfig, *, max_records: Optional[int] = None,
                timeout_s: float = 15.0) -> list[PartitionRange]:
    """One range per partition, from the group's committed offset to the true end.

    Args:
      config: where to read; ``group_id`` names whose committed offsets count.
      max_records: cap the total size of all ranges (spread fairly across
        partitions), for a follower that processes at most N records a batch.
      timeout_s: how long to wait for the broker's fetch responses.

    Returns:
      Ranges sorted by partition; a caught-up partition gives an empty range
      (``start == stop``), which :func:`commit_ranges` may still commit.

    Raises:
      LookupError: the topic does not exist.
      KafkaReadError: the broker did not answer in time.
    """
    consumer = KafkaConsumer(**config.client_kwargs(), group_id=config.group_id, **_PLAN_CONSUMER_KWARGS)
    try:
        partitions = sorted(consumer.partitions_for_topic(config.topic))
        if not partitions:
            raise LookupError(f"topic {config.topic!r} not found on {_describe(config)}")
        tps = [TopicPartition(config.topic, p) for p in partitions]
        beginning = consumer.beginning_offsets(tps)
        reported_end = consumer.end_offsets(tps)
        starts: dict[TopicPartition, int] = {}
        for tp in tps:
            committed = consumer.committed(tp)
            if committed is None or committed < beginning[tp]:
                if committed is not None:
                    logger.warning("committed offset %d of %s-%d is below log start %d (retention?); "
                                   "reading from log start", committed, tp.topic, tp.partition, beginning[tp])
                starts[tp] = beginning[tp]
            else:
                starts[tp] = committed
        # Fetch where the least data comes back: at the (maybe low) reported end.
        highwater = _high_watermarks(consumer, {tp: max(starts[tp], reported_end[tp]) for tp in tps}, timeout_s)
        ranges = []
        for tp in tps:
            stop = max(highwater[tp], reported_end[tp])
            if stop != reported_end[tp]:
                logger.debug("%s-%d: end_offsets %d, fetch high watermark %d",
                             tp.topic, tp.partition, reported_end[tp], highwater[tp])
            start = starts[tp]
            if start > stop:
                logger.warning("committed offset %d of %s-%d is past the log end %d (topic recreated?); "
                               "reading from log start", start, tp.topic, tp.partition, stop)
                start = beginning[tp]
            ranges.append(PartitionRange(topic=tp.topic, partition=tp.partition, start=start, stop=stop))
    finally:
        consumer.close()
    if max_records is not None:
        caps = fair_caps([r.size for r in ranges], max_records)
        ranges = [r.model_copy(update={"stop": r.start + cap}) for r, cap in zip(ranges, caps)]
    logger.info("planned %d records over %d partitions of %s",
                sum(r.size for r in ranges), len(ranges), config.topic)
    return ranges


def plan_time_ranges(config: KafkaConfig, from_ms: Optional[int], to_ms: Optional[int], *,
                     timeout_s: float = 15.0) -> list[PartitionRange]:
    """Offset ranges that hold every record with a timestamp in ``[from_ms, to_ms)``.

    Group offsets play no part (a backfill replays history). The start is
    ``offsets_for_times(from_ms)``: on Apache Kafka the first offset whose
    timestamp is at or after ``from_ms``; a broker that answers with an
    earlier offset (the Tansu broker answers the log start) only makes the
    read longer. The stop is ``offsets_for_times(to_ms)`` when that lies after
    the start, else the true end. Records are read whole from these ranges
    and must still be filtered by timestamp (:func:`in_time_window`), since
    CreateTime timestamps need not grow with offsets.
    """
    consumer = KafkaConsumer(**config.client_kwargs(), **_PLAN_CONSUMER_KWARGS)
    try:
        partitions = sorted(consumer.partitions_for_topic(config.topic) or ())
        if not partitions:
            raise LookupError(f"topic {config.topic!r} not found on {_describe(config)}")
        tps = [TopicPartition(config.topic, p) for p in partitions]
        beginning = consumer.beginning_offsets(tps)
        reported_end = consumer.end_offsets(tps)
        highwater = _high_watermarks(consumer, dict(reported_end), timeout_s)

        def lookup(ms: Optional[int]) -> dict[TopicPartition, Optional[int]]:
            if ms is None:
                return {tp: None for tp in tps}
            found = consumer.offsets_for_times({tp: ms for tp in tps})
            return {tp: (found.get(tp).offset if found.get(tp) is not None else None) for tp in tps}

        starts, stops = lookup(from_ms), lookup(to_ms)
        ranges = []
        for tp in tps:
            end = max(highwater[tp], reported_end[tp])
            start = beginning[tp] if from_ms is None else (starts[tp] if starts[tp] is not None else end)
            start = min(max(start, beginning[tp]), end)
            stop = stops[tp] if stops[tp] is not None and start < stops[tp] <= end else end
            ranges.append(PartitionRange(topic=tp.topic, partition=tp.partition, start=start, stop=stop))
    finally:
        consumer.close()
    logger.info("time range [%s, %s) of %s: %d records to scan", from_ms, to_ms, config.topic,
                sum(r.size for r in ranges))
    return ranges


def in_time_window(message: RawMessage, from_ms: Optional[int], to_ms: Optional[int]) -> bool:
    ts = message.timestamp_ms
    if ts is None:
        return from_ms is None and to_ms is None
    return (from_ms is None or ts >= from_ms) and (to_ms is None or ts < to_ms)


def _commit(consumer: KafkaConsumer, offsets: dict[TopicPartition, int]) -> None:
    consumer.commit({tp: OffsetAndMetadata(offset, "", -1) for tp, offset in offsets.items()})


def commit_ranges(config: KafkaConfig, ranges: Iterable[PartitionRange]) -> dict[TopicPartition, int]:
    """Commit each partition's highest ``stop`` under ``config.group_id``.

    Call after the pipeline *and its sinks* finished: a crash before this
    re-reads the ranges (at-least-once) rather than losing them. Uses a plain
    offset commit (generation -1), no group join.

    Returns:
      The offsets committed, by partition.
    """
    offsets: dict[TopicPartition, int] = {}
    for r in ranges:
        tp = r.topic_partition
        offsets[tp] = max(offsets.get(tp, r.stop), r.stop)
    if not offsets:
        return offsets
    consumer = KafkaConsumer(**config.client_kwargs(), group_id=config.group_id, enable_auto_commit=False)
    try:
        _commit(consumer, offsets)
    finally:
        consumer.close()
    logger.info("committed %s for group %s",
                {f"{tp.topic}-{tp.partition}": o for tp, o in sorted(offsets.items())}, config.group_id)
    return offsets


# --------------------------------------------------------------------------- producing


def ensure_topic(bootstrap: Union[KafkaConfig, str], topic: str, partitions: int = 3,
                 config: Optional[dict[str, str]] = None, *, replication_factor: int = 1,
                 timeout_s: float = 30.0) -> bool:
    """Create ``topic`` unless it exists. Returns True if this call created it.

    ``config`` is passed as topic configs, e.g. ``{"cleanup.policy": "compact"}``.
    An existing topic is left as it is (its partition count and configs are
    not checked: the Tansu broker returns no configs from DescribeConfigs).
    """
    admin = KafkaAdminClient(**_connection_kwargs(bootstrap))
    try:
        try:
            admin.create_topics(
                {topic: {"num_partitions": partitions, "replication_factor": replication_factor,
                         "configs": dict(config or {})}},
                timeout_ms=int(timeout_s * 1000), wait_for_metadata=True)
        except kafka_errors.TopicAlreadyExistsError:
            return False
    finally:
        admin.close()
    logger.info("created topic %s (%d partitions, configs %s) on %s", topic, partitions, config or {},
                _describe(bootstrap))
    return True


Produced = Union[bytes, tuple[Optional[bytes], bytes], tuple[Optional[bytes], bytes, list[tuple[str, bytes]]]]


def produce_messages(config_or_bootstrap: Union[KafkaConfig, str], topic: str, values: Iterable[Produced], *,
                     partitions: int = 3, create_topic: bool = True, topic_config: Optional[dict[str, str]] = None,
                     timeout_s: float = 60.0, **producer_kwargs: Any) -> int:
    """Produce ``values`` to ``topic`` with acks=all and an idempotent producer.

    Each value is ``bytes``, ``(key, value)`` or ``(key, value, headers)``; a
    ``None`` value in a tuple is a tombstone (for compacted topics).
    Blocks until every record is acknowledged; raises on the first failure.
    ``producer_kwargs`` go to ``KafkaProducer`` (e.g. ``linger_ms=20`` to
    batch). Idempotence is kafka-python's default and is switched off by it,
    with a warning, on brokers older than 0.11.

    Returns:
      The number of records acknowledged.
    """
    if create_topic:
        ensure_topic(config_or_bootstrap, topic, partitions, topic_config)
    kwargs = {"acks": "all", **producer_kwargs}
    producer = KafkaProducer(**_connection_kwargs(config_or_bootstrap), **kwargs)
    sent = 0
    failures: list[BaseException] = []
    try:
        for item in values:
            if isinstance(item, (bytes, bytearray, memoryview)):
                key, value, headers = None, bytes(item), None
            elif len(item) == 2:
                (key, value), headers = item, None
            else:
                key, value, headers = item
            # Errbacks, not a list of futures: a replay of millions of records
            # must not hold a future per record.
            producer.send(topic, value=value, key=key, headers=headers).add_errback(failures.append)
            sent += 1
            if failures:
                break
        producer.flush(timeout=timeout_s)
    finally:
        producer.close(timeout=timeout_s)
    if failures:
        raise KafkaProduceError(f"producing to {topic} failed after {sent} sends: {failures[0]!r}") from failures[0]
    logger.info("produced %d records to %s", sent, topic)
    return sent


# --------------------------------------------------------------------------- reading


def record_to_raw_message(record: Any) -> RawMessage:
    """A kafka-python ``ConsumerRecord`` as the pipeline's ``RawMessage``."""
    return RawMessage(
        value=record.value,
        key=record.key,
        timestamp_ms=record.timestamp if record.timestamp is not None and record.timestamp >= 0 else None,
        headers=[(k, v if v is not None else b"") for k, v in (record.headers or [])],
        source=SourceRef(topic=record.topic, partition=record.partition, offset=record.offset),
    )


@functools.lru_cache(maxsize=None)
def _warn_if_slow_crc() -> None:
    # Without the `crc32c` C extension kafka-python checks every batch's
    # CRC-32C in pure Python: measured ~3,800 -> ~65,000 records/s with it.
    from kafka.record import util

    if getattr(util, "crc32c_c", None) is None:
        logger.warning("kafka-python uses its pure-Python CRC-32C: reads are ~15x slower; "
                       "install the `crc32c` package")


class _KafkaReaderBase(beam.DoFn, RestrictionProvider):
    """Consumer lifecycle and restrictions shared by both read modes.

    The DoFn is its own ``RestrictionProvider`` (``RestrictionParam()`` with
    no argument), so per-transform settings such as the chunk size travel
    with the DoFn instance. Restrictions are ``OffsetRange``s of the
    element's partition.
    """

    UNBOUNDED = False

    def __init__(self, config: KafkaConfig, *, poll_timeout_ms: int, max_poll_records: int,
                 consumer_kwargs: Optional[dict[str, Any]] = None, chunk_size: int = 0):
        self._config = config
        self._chunk_size = chunk_size
        self._poll_timeout_ms = poll_timeout_ms
        self._max_poll_records = max_poll_records
        self._consumer_kwargs = dict(consumer_kwargs or {})
        self._consumer: Optional[KafkaConsumer] = None
        self.records_read = Metrics.counter(METRICS_NAMESPACE, "records_read")
        self.tombstones_skipped = Metrics.counter(METRICS_NAMESPACE, "tombstones_skipped")
        self.empty_polls = Metrics.counter(METRICS_NAMESPACE, "empty_polls")

    def _group_id(self) -> Optional[str]:
        return None

    # RestrictionProvider
    def initial_restriction(self, element: PartitionRange) -> OffsetRange:
        return OffsetRange(element.start, sys.maxsize if self.UNBOUNDED else element.stop)

    def create_tracker(self, restriction: OffsetRange) -> OffsetRestrictionTracker:
        return OffsetRestrictionTracker(restriction)

    def split(self, element: PartitionRange, restriction: OffsetRange) -> Iterator[OffsetRange]:
        if self.UNBOUNDED or self._chunk_size <= 0:
            yield restriction
        else:
            yield from restriction.split(self._chunk_size)

    def restriction_size(self, element: PartitionRange, restriction: OffsetRange) -> int:
        return restriction.size()

    def truncate(self, element: PartitionRange, restriction: OffsetRange) -> Optional[OffsetRange]:
        # On drain an open-ended read stops where it is; a bounded one finishes.
        return None if self.UNBOUNDED else restriction

    def setup(self) -> None:
        _warn_if_slow_crc()
        kwargs = {"enable_auto_commit": False, "auto_offset_reset": "earliest",
                  "allow_auto_create_topics": False, "fetch_max_wait_ms": 200,
                  "max_poll_records": self._max_poll_records, **self._consumer_kwargs}
        self._consumer = KafkaConsumer(**self._config.client_kwargs(), group_id=self._group_id(), **kwargs)

    def teardown(self) -> None:
        if self._consumer is not None:
            self._consumer.close()
            self._consumer = None

    def _position_at(self, tp: TopicPartition, offset: int) -> None:
        consumer = self._consumer
        if consumer.assignment() != {tp}:
            consumer.assign([tp])
        consumer.seek(tp, offset)

    def _poll(self, tp: TopicPartition) -> list:
        batch = self._consumer.poll(timeout_ms=self._poll_timeout_ms, max_records=self._max_poll_records)
        return batch.get(tp, [])


class _ReadRangesDoFn(_KafkaReaderBase):
    """Reads bounded ``[start, stop)`` restrictions; stops at ``stop`` even across gaps."""

    def __init__(self, config: KafkaConfig, *, max_empty_polls: int, **kwargs: Any):
        super().__init__(config, **kwargs)
        self._max_empty_polls = max_empty_polls
        self.restrictions_read = Metrics.counter(METRICS_NAMESPACE, "restrictions_read")

    def process(self, element: PartitionRange, tracker=beam.DoFn.RestrictionParam()):
        self.restrictions_read.inc()
        tp = element.topic_partition
        self._position_at(tp, tracker.current_restriction().start)
        empty = 0
        while True:
            position = self._consumer.position(tp)
            if position >= tracker.current_restriction().stop:
                # Offsets past the last record may be gaps (compaction, transaction
                # markers): claiming the position ends the restriction cleanly.
                tracker.try_claim(position)
                return
            batch = self._poll(tp)
            if not batch:
                empty += 1
                self.empty_polls.inc()
                if empty >= self._max_empty_polls:
                    raise KafkaReadError(
                        f"{tp.topic}-{tp.partition}: no record at offset {self._consumer.position(tp)} after "
                        f"{empty} polls of {self._poll_timeout_ms} ms, but the range ends at "
                        f"{tracker.current_restriction().stop} (broker unreachable, or the range is past "
                        f"the log end: high watermark {self._consumer.highwater(tp)})")
                continue
            empty = 0
            for record in batch:
                if not tracker.try_claim(record.offset):
                    return
                if record.value is None:
                    self.tombstones_skipped.inc()
                    continue
                self.records_read.inc()
                yield record_to_raw_message(record)


@beam.typehints.with_input_types(beam.pvalue.PBegin)
@beam.typehints.with_output_types(RawMessage)
class ReadFromKafkaRanges(beam.PTransform):
    """Read planned offset ranges of a topic, chunks in parallel, as ``RawMessage``.

    Args:
      config: connection and security (``topic`` and ``group_id`` are not used
        here: the ranges say what to read).
      ranges: from :func:`plan_ranges`, computed by the driver before the pipeline.
      chunk_size: offsets per initial split, so partitions and chunks run in parallel.
      poll_timeout_ms, max_empty_polls: a chunk that gets this many empty polls
        in a row before reaching its stop raises :class:`KafkaReadError`
        instead of hanging.
      unbounded: read from each range's ``start`` with no end (streaming
        runners only); same as :class:`ReadFromKafkaUnbounded`.
    """

    def __init__(self, config: KafkaConfig, ranges: Sequence[PartitionRange], *, chunk_size: int = 2_000,
                 poll_timeout_ms: int = 1_000, max_empty_polls: int = 10, max_poll_records: int = 500,
                 unbounded: bool = False, consumer_kwargs: Optional[dict[str, Any]] = None, **unbounded_kwargs):
        super().__init__()
        if unbounded_kwargs and not unbounded:
            raise TypeError(f"options only for unbounded=True: {sorted(unbounded_kwargs)}")
        self._config = config
        self._ranges = list(ranges)
        self._chunk_size = chunk_size
        self._poll_timeout_ms = poll_timeout_ms
        self._max_empty_polls = max_empty_polls
        self._max_poll_records = max_poll_records
        self._unbounded = unbounded
        self._consumer_kwargs = consumer_kwargs
        self._unbounded_kwargs = unbounded_kwargs

    def expand(self, pbegin):
        if self._unbounded:
            return pbegin | "ReadUnbounded" >> ReadFromKafkaUnbounded(
                self._config, self._ranges, poll_timeout_ms=self._poll_timeout_ms,
                max_poll_records=self._max_poll_records, consumer_kwargs=self._consumer_kwargs,
                **self._unbounded_kwargs)
        dofn = _ReadRangesDoFn(self._config, chunk_size=self._chunk_size, max_empty_polls=self._max_empty_polls,
                          poll_timeout_ms=self._poll_timeout_ms, max_poll_records=self._max_poll_records,
                          consumer_kwargs=self._consumer_kwargs)
        return (pbegin
                | "Ranges" >> beam.Create(self._ranges).with_output_types(PartitionRange)
                | "ReadRanges" >> beam.ParDo(dofn).with_output_types(RawMessage))


# --------------------------------------------------------------------------- streaming


class ReadKafkaUnboundedDoFn(_KafkaReaderBase):
    """Open-ended read of one partition from ``element.start``.

    Self-checkpoints (``defer_remainder``) when a poll comes back empty or
    after ``max_records_per_call`` records, so the runner can commit output
    and finalize bundles; the watermark is the highest record timestamp
    seen, and when the partition is caught up it may advance to wall-clock
    time minus ``idle_watermark_lag_s`` so an idle partition does not hold
    every window open. Offsets are committed under ``group_id`` once the
    runner finalizes the bundle that emitted them.

    ``stop_when_caught_up=True`` ends the restriction instead of
    checkpointing once a partition is caught up: for a one-shot catch-up, and
    for running this DoFn's checkpoint/finalize cycle on the batch FnApiRunner.
    """

    UNBOUNDED = True

    def __init__(self, config: KafkaConfig, *, poll_timeout_ms: int = 1_000, max_poll_records: int = 500,
                 max_records_per_call: int = 10_000, resume_delay_s: float = 1.0,
                 idle_watermark_lag_s: Optional[float] = 10.0, commit_offsets: bool = True,
                 stop_when_caught_up: bool = False, consumer_kwargs: Optional[dict[str, Any]] = None):
        super().__init__(config, poll_timeout_ms=poll_timeout_ms, max_poll_records=max_poll_records,
                         consumer_kwargs=consumer_kwargs)
        self._stop_when_caught_up = stop_when_caught_up
        self._max_records_per_call = max_records_per_call
        self._resume_delay_s = resume_delay_s
        self._idle_watermark_lag_s = idle_watermark_lag_s
        self._commit_offsets = commit_offsets
        self._committed: dict[TopicPartition, int] = {}
        self.offsets_committed = Metrics.counter(METRICS_NAMESPACE, "offset_commits")

    def _group_id(self) -> Optional[str]:
        return self._config.group_id if self._commit_offsets else None

    def setup(self) -> None:
        super().setup()
        self._committed = {}

    def commit_offset(self, tp: TopicPartition, next_offset: int) -> None:
        """Commit ``next_offset`` for ``tp`` unless this worker already committed further."""
        if self._committed.get(tp, -1) >= next_offset:
            return
        _commit(self._consumer, {tp: next_offset})
        self._committed[tp] = next_offset
        self.offsets_committed.inc()
        logger.debug("committed %s-%d at %d for group %s", tp.topic, tp.partition, next_offset,
                     self._config.group_id)

    @staticmethod
    def _advance(watermark_estimator, timestamp: Timestamp) -> None:
        current = watermark_estimator.current_watermark()
        if current is None or timestamp > current:
            watermark_estimator.set_watermark(timestamp)

    @beam.DoFn.unbounded_per_element()
    def process(self, element: PartitionRange,
                bundle_finalizer=beam.DoFn.BundleFinalizerParam,
                # Beam passes these two by keyword, the others by position: keep them last.
                tracker=beam.DoFn.RestrictionParam(),
                watermark_estimator=beam.DoFn.WatermarkEstimatorParam(ManualWatermarkEstimator.default_provider())):
        tp = element.topic_partition
        self._position_at(tp, tracker.current_restriction().start)
        emitted = 0
        last_offset = None
        try:
            while emitted < self._max_records_per_call:
                batch = self._poll(tp)
                if not batch:
                    self.empty_polls.inc()
                    highwater = self._consumer.highwater(tp)
                    caught_up = highwater is not None and self._consumer.position(tp) >= highwater
                    if caught_up and self._stop_when_caught_up:
                        tracker.try_claim(sys.maxsize)  # refused, but marks the restriction done
                        return
                    if caught_up and self._idle_watermark_lag_s is not None:
                        self._advance(watermark_estimator,
                                      Timestamp.now() - Duration(seconds=self._idle_watermark_lag_s))
                    tracker.defer_remainder(Duration(seconds=self._resume_delay_s))
                    return
                for record in batch:
                    if not tracker.try_claim(record.offset):
                        return
                    last_offset = record.offset
                    if record.value is None:
                        self.tombstones_skipped.inc()
                        continue
                    self.records_read.inc()
                    emitted += 1
                    message = record_to_raw_message(record)
                    if message.timestamp_ms is not None:
                        timestamp = Timestamp(micros=message.timestamp_ms * 1000)
                        self._advance(watermark_estimator, timestamp)
                        yield beam.window.TimestampedValue(message, timestamp)
                    else:
                        yield message
            tracker.defer_remainder()
        finally:
            if last_offset is not None and self._commit_offsets:
                bundle_finalizer.register(functools.partial(self.commit_offset, tp, last_offset + 1))


@beam.typehints.with_input_types(beam.pvalue.PBegin)
@beam.typehints.with_output_types(RawMessage)
class ReadFromKafkaUnbounded(beam.PTransform):
    """Follow a topic forever from the given start offsets (streaming runners only).

    The local FnApiRunner cannot run this (an unbounded read never lets a
    downstream GroupByKey fire); use Flink, Dataflow or Prism, or a loop of
    :class:`ReadFromKafkaRanges` runs locally.

    Args:
      config: connection, security and the ``group_id`` offsets are committed under.
      ranges: start offsets per partition (``stop`` is ignored); by default the
        driver plans them with :func:`plan_ranges` at construction.
      **kwargs: see :class:`ReadKafkaUnboundedDoFn`.
    """

    def __init__(self, config: KafkaConfig, ranges: Optional[Sequence[PartitionRange]] = None, **kwargs: Any):
        super().__init__()
        self._config = config
        self._ranges = list(ranges) if ranges is not None else plan_ranges(config)
        self._kwargs = kwargs

    def expand(self, pbegin):
        return (pbegin
                | "Partitions" >> beam.Create(self._ranges).with_output_types(PartitionRange)
                | "ReadPartitions" >> beam.ParDo(ReadKafkaUnboundedDoFn(self._config, **self._kwargs))
                .with_output_types(RawMessage))


# --------------------------------------------------------------------------- dead letters


def dead_letter_headers(letter: DeadLetter) -> list[tuple[str, bytes]]:
    """Kafka headers that say why and where from, as UTF-8 strings."""
    source = letter.source
    fields = {
        "reason": letter.reason,
        "error_class": letter.error_class,
        "stage": letter.stage,
        "source_topic": source.topic,
        "source_partition": source.partition,
        "source_offset": source.offset,
        "source_path": source.path,
        "source_line": source.line,
    }
    return [(name, str(value).encode("utf-8")) for name, value in fields.items() if value is not None]


class _WriteDeadLettersDoFn(beam.DoFn):
    FLUSH_TIMEOUT_S = 60.0

    def __init__(self, connection: Union[KafkaConfig, str], topic: str, partitions: int, create_topic: bool,
                 producer_kwargs: Optional[dict[str, Any]]):
        self._connection = connection
        self._topic = topic
        self._partitions = partitions
        self._create_topic = create_topic
        self._producer_kwargs = dict(producer_kwargs or {})
        self._producer: Optional[KafkaProducer] = None
        self._futures: list = []
        self.written = Metrics.counter(METRICS_NAMESPACE, "dead_letters_written")

    def setup(self) -> None:
        if self._create_topic:
            ensure_topic(self._connection, self._topic, self._partitions)
        self._producer = KafkaProducer(**_connection_kwargs(self._connection),
                                       **{"acks": "all", **self._producer_kwargs})

    def start_bundle(self) -> None:
        self._futures = []

    def process(self, letter: DeadLetter):
        self._futures.append(self._producer.send(
            self._topic, value=letter.value, key=letter.key, headers=dead_letter_headers(letter)))
        return []

    def finish_bundle(self) -> None:
        # Raising here fails the bundle, so the runner retries it: letters are
        # never dropped silently (at-least-once on the DLQ topic).
        self._producer.flush(timeout=self.FLUSH_TIMEOUT_S)
        for future in self._futures:
            future.get(timeout=self.FLUSH_TIMEOUT_S)
        self.written.inc(len(self._futures))
        self._futures = []

    def teardown(self) -> None:
        if self._producer is not None:
            self._producer.close(timeout=self.FLUSH_TIMEOUT_S)
            self._producer = None


@beam.typehints.with_input_types(DeadLetter)
class WriteDeadLettersToKafka(beam.PTransform):
    """Produce ``DeadLetter``s to a dead-letter topic, original bytes intact.

    Value and key are the original message's; headers carry ``reason``,
    ``error_class``, ``stage`` and ``source_topic``/``source_partition``/
    ``source_offset`` (and ``source_path``/``source_line`` for file input).

    Args:
      connection: a :class:`KafkaConfig` (for security settings) or a bootstrap string.
      topic: the dead-letter topic; created with ``partitions`` if missing.
    """

    def __init__(self, connection: Union[KafkaConfig, str], topic: str, *, partitions: int = 3,
                 create_topic: bool = True, producer_kwargs: Optional[dict[str, Any]] = None):
        super().__init__()
        self._dofn = _WriteDeadLettersDoFn(connection, topic, partitions, create_topic, producer_kwargs)

    def expand(self, letters):
        return letters | "ProduceDeadLetters" >> beam.ParDo(self._dofn)
