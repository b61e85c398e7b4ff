"""Jobs: what the CLI commands run. Each builds one Beam pipeline and drives it.

A Kafka batch (``newsclaims run``) plans offset ranges from the group's
committed offsets to the true end of each partition, runs the pipeline over
exactly those ranges, and commits the ranges' stop offsets only after the
pipeline, and so every sink, finished. A crash before the commit replays the
batch; the sinks are idempotent (deterministic ids, ledger, upserts), so a
replay adds nothing twice.

    from pipeline.jobs import run_kafka_batch
    result = run_kafka_batch(kafka_config, job_config, beam_args=["--direct_num_workers=2"])
"""
from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

import apache_beam as beam
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline.config import DEFAULT_RUNNER, JobConfig
from pipeline.models import Article, Claim
from pipeline.transforms import METRICS_NAMESPACE, MessagesToClaims

logger = logging.getLogger(__name__)


class TooManyBadMessages(RuntimeError):
    """More than the allowed share of a batch was malformed: stop, don't discard silently."""


@dataclass
class BatchResult:
    batch_id: str
    records: int = 0
    articles: int = 0
    dead_letters: int = 0
    claim_mentions: int = 0
    ranges: list = field(default_factory=list)
    committed: bool = False


def pipeline_options(beam_args: Sequence[str] = ()) -> PipelineOptions:
    """Beam options from pass-through flags; the runner is always explicit.

    Without ``--runner`` we use the FnApiRunner, the engine the DirectRunner
    itself picks for bounded pipelines, and skip the DirectRunner's first
    attempt to download the Prism binary at run time.
    """
    args = list(beam_args)
    if not any(a == "--runner" or a.startswith("--runner=") for a in args):
        args.append(f"--runner={DEFAULT_RUNNER}")
    return PipelineOptions(args)


def new_batch_id(now: Optional[dt.datetime] = None) -> str:
    now = now or dt.datetime.now(dt.timezone.utc)
    return f"{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"


def attach_sinks(claims, dead_letters, job: JobConfig, batch_id: str, kafka=None) -> None:
    """Connect every configured sink to the claims and dead-letter outputs.

    ``kafka`` (a KafkaConfig) gives the brokers and security settings for the
    output and dead-letter topics.
    """
    sinks = job.sinks
    if (sinks.output_topic or sinks.dead_letter_topic) and kafka is None:
        raise ValueError("--output-topic and --dead-letter-topic need --bootstrap-servers")
    if sinks.avro_dir:
        from pipeline.io.avro_files import WriteClaimsToAvro

        claims | "WriteAvro" >> WriteClaimsToAvro(str(sinks.avro_dir), batch_id=batch_id, codec=sinks.avro_codec)
    if sinks.postgres_dsn:
        from pipeline.io.postgres import WriteClaimsToPostgres

        claims | "WritePostgres" >> WriteClaimsToPostgres(sinks.postgres_dsn.get_secret_value())
    if sinks.output_topic:
        from pipeline.io.kafka_sink import WriteClaimsToKafka

        claims | "WriteKafkaTopic" >> WriteClaimsToKafka(
            kafka.bootstrap_servers, sinks.output_topic, schema_registry_url=sinks.schema_registry_url,
            client_options={k: v for k, v in kafka.client_kwargs().items() if k != "bootstrap_servers"})
    if sinks.dead_letter_topic:
        from pipeline.io.kafka import WriteDeadLettersToKafka

        dead_letters | "DeadLettersToTopic" >> WriteDeadLettersToKafka(kafka, sinks.dead_letter_topic)
    elif sinks.resolved_dead_letter_dir():
        from pipeline.io.dead_letters import WriteDeadLettersToFiles

        dead_letters | "DeadLettersToFiles" >> WriteDeadLettersToFiles(str(sinks.resolved_dead_letter_dir()), batch_id)


def _counter(result, name: str) -> int:
    try:
        found = result.metrics().query(MetricsFilter().with_namespace(METRICS_NAMESPACE).with_name(name))
    except Exception:  # a runner without metrics support
        return 0
    return int(sum(c.committed or c.attempted or 0 for c in found["counters"]))


def check_bad_ratio(job: JobConfig, records: int, dead: int) -> None:
    if records >= job.bad_ratio_min_messages and dead > job.max_bad_ratio * records:
        raise TooManyBadMessages(
            f"{dead} of {records} messages were malformed (more than {job.max_bad_ratio:.0%}); "
            "offsets were not committed. Check the producer, then rerun or raise --max-bad-ratio.")


def run_to_sinks(messages, job: JobConfig, batch: BatchResult, kafka=None, extra_dead_letters=None) -> None:
    """Messages -> claims -> every sink; run the pipeline to the end and count."""
    out = messages | "ToClaims" >> MessagesToClaims(job.resolved_ledger_url(), job.max_message_bytes)
    dead = out.dead_letters
    if extra_dead_letters is not None:
        dead = (dead, extra_dead_letters | "CountReadFailures" >> beam.Map(_count_dead_letter)) \
            | "WithReadFailures" >> beam.Flatten()
    attach_sinks(out.claims, dead, job, batch.batch_id, kafka=kafka)
    result = messages.pipeline.run()
    result.wait_until_finish()
    batch.articles = _counter(result, "articles_parsed")
    batch.dead_letters = _counter(result, "dead_letters")
    batch.claim_mentions = _counter(result, "claim_mentions")


def _count_dead_letter(letter):
    from apache_beam.metrics import Metrics

    Metrics.counter(METRICS_NAMESPACE, "dead_letters").inc()
    return letter


def acknowledge_ledger(job: JobConfig, since: dt.datetime) -> None:
    """The sinks hold every claim the ledger emitted since ``since`` (this batch's start): clear those pending marks.

    Called only after the pipeline finished and the offsets were committed; a
    batch that dies before this point has its changed claims re-emitted when
    it is replayed, whichever later batch replays them (see
    ``pipeline.dedup.ledger``).
    """
    url = job.resolved_ledger_url()
    if url:
        from pipeline.dedup.ledger import open_ledger

        with open_ledger(url) as ledger:
            ledger.acknowledge(since=since)


def run_kafka_batch(kafka, job: JobConfig, beam_args: Sequence[str] = (), ranges=None) -> BatchResult:
    """One bounded batch from Kafka: plan, run, then commit."""
    from pipeline.io.kafka import ReadFromKafkaRanges, commit_ranges, plan_ranges

    if ranges is None:
        ranges = plan_ranges(kafka, max_records=job.max_records)
    batch = BatchResult(batch_id=new_batch_id(), ranges=list(ranges))
    batch.records = sum(max(0, r.stop - r.start) for r in ranges)
    if batch.records == 0:
        logger.info("nothing new on %s for group %s", kafka.topic, kafka.group_id)
        return batch
    logger.info("batch %s: %d records in %d partition ranges", batch.batch_id, batch.records, len(ranges))
    started = dt.datetime.now(dt.timezone.utc)
    p = beam.Pipeline(options=pipeline_options(beam_args))
    messages = p | "ReadKafka" >> ReadFromKafkaRanges(kafka, [r for r in ranges if r.stop > r.start])
    run_to_sinks(messages, job, batch, kafka)
    check_bad_ratio(job, batch.records, batch.dead_letters)
    commit_ranges(kafka, ranges)
    acknowledge_ledger(job, since=started)
    batch.committed = True
    logger.info("batch %s done: %d articles, %d dead letters, %d claim mentions; offsets committed",
                batch.batch_id, batch.articles, batch.dead_letters, batch.claim_mentions)
    return batch


def claims_from_articles(articles: Iterable[Article]) -> list[Claim]:
    """Extract and deduplicate without Beam: what ``newsclaims extract`` prints."""
    from pipeline.dedup.merge import claim_from_extracted, merge_all
    from pipeline.dedup.stories import StoryIndex
    from pipeline.extract import extract_claims

    stories = StoryIndex()
    extracted = []
    for article in articles:
        article = article.model_copy(update={"story_id": stories.assign(article.article_id, article.body)})
        for claim in extract_claims(article):
            if claim.mention.story_id is None:
                claim.mention.story_id = article.story_id
            extracted.append(claim_from_extracted(claim))
    return merge_all(extracted)


class Follower:
    """``newsclaims follow``: bounded batches back to back, forever.

    Beam 2.77's local runners cannot run an unbounded source, so continuous
    monitoring is a loop of bounded batches of at most ``job.max_records``
    records, each committed only after its sinks flushed. When caught up it
    sleeps ``poll_interval`` seconds. When the broker is unreachable or a batch
    fails, it commits nothing, logs, and retries with exponential backoff.
    ``stop()`` (wired to SIGINT/SIGTERM by the CLI) lets the current batch
    finish and then returns.
    """

    def __init__(self, kafka, job: JobConfig, beam_args: Sequence[str] = (), *, poll_interval: float = 0.5,
                 max_backoff: float = 30.0, max_batches: Optional[int] = None):
        import threading

        self.kafka = kafka
        self.job = job
        self.beam_args = list(beam_args)
        self.poll_interval = poll_interval
        self.max_backoff = max_backoff
        self.max_batches = max_batches
        self._stop = threading.Event()
        self.batches: list[BatchResult] = []

    def stop(self, *_ignored) -> None:
        if not self._stop.is_set():
            logger.info("stop requested: finishing the current batch, then exiting")
        self._stop.set()

    def run(self) -> int:
        from pipeline.io.kafka import plan_ranges

        backoff = min(1.0, self.max_backoff)
        while not self._stop.is_set():
            try:
                ranges = plan_ranges(self.kafka, max_records=self.job.max_records)
                if sum(max(0, r.stop - r.start) for r in ranges) == 0:
                    backoff = min(1.0, self.max_backoff)
                    self._stop.wait(self.poll_interval)
                    continue
                result = run_kafka_batch(self.kafka, self.job, self.beam_args, ranges=ranges)
                self.batches.append(result)
                backoff = min(1.0, self.max_backoff)
            except TooManyBadMessages:
                raise
            except Exception as e:  # broker gone, sink down: nothing was committed
                logger.warning("batch failed, nothing committed; retrying in %.1fs: %s: %s",
                               backoff, type(e).__name__, e)
                self._stop.wait(backoff)
                backoff = min(backoff * 2, self.max_backoff)
                continue
            if self.max_batches is not None and len(self.batches) >= self.max_batches:
                break
        logger.info("follower stopped after %d batches", len(self.batches))
        return 0


def _backfill_pipeline(source, job: JobConfig, beam_args: Sequence[str], label: str, progress, kafka=None,
                       message_filter=None, read_dead_letters: bool = False) -> BatchResult:
    from pipeline.progress import CountProgress

    batch = BatchResult(batch_id=new_batch_id())
    started = dt.datetime.now(dt.timezone.utc)
    p = beam.Pipeline(options=pipeline_options(beam_args))
    read = p | label >> source
    extra_dead = None
    if read_dead_letters:  # the source reports damaged files instead of failing
        read, extra_dead = read
    messages = read | "Progress" >> CountProgress(progress.path)
    if message_filter is not None:
        messages = messages | "InTimeWindow" >> beam.Filter(message_filter)
    run_to_sinks(messages, job, batch, kafka, extra_dead_letters=extra_dead)
    batch.records = batch.articles + batch.dead_letters
    check_bad_ratio(job, batch.records, batch.dead_letters)
    acknowledge_ledger(job, since=started)
    batch.committed = True
    return batch


def chunk_parts(parts: Sequence, max_bytes: int, size) -> list[list]:
    """Consecutive groups of parts of at most ``max_bytes`` each (a bigger part stands alone)."""
    chunks: list[list] = []
    current, total = [], 0
    for part in parts:
        n = size(part)
        if current and total + n > max_bytes:
            chunks.append(current)
            current, total = [], 0
        current.append(part)
        total += n
    if current:
        chunks.append(current)
    return chunks


def backfill_archives(patterns: Sequence[str], job: JobConfig, beam_args: Sequence[str] = (), *,
                      show_progress: bool = True, chunk_bytes: int = 4 * 1024 * 1024) -> BatchResult:
    """Claims from archives on disk: JSON lines (also gzip), text folders, Avro.

    The archive is planned in the driver as parts (files, or byte ranges of
    large uncompressed files) and run as a sequence of bounded pipelines of
    about ``chunk_bytes`` each, parts read in parallel inside each. Memory is
    bounded by the chunk, not the archive: a runner's in-memory shuffle of one
    huge pipeline would hold every claim of the archive at once. The ledger
    carries dedup across chunks, exactly as across follower batches.
    """
    from pipeline.io.archives import ReadArticleArchives, count_archive_records, part_size, plan_archive_parts
    from pipeline.progress import ProgressBar

    parts = plan_archive_parts(list(patterns), desired_bundle_size=max(1, chunk_bytes // 2))
    chunks = chunk_parts(parts, chunk_bytes, part_size)
    total = BatchResult(batch_id=new_batch_id())
    with ProgressBar(total=count_archive_records(list(patterns)), enabled=show_progress) as bar:
        for number, chunk in enumerate(chunks, 1):
            source = ReadArticleArchives(parts=chunk, max_line_bytes=job.max_message_bytes).with_dead_letters()
            result = _backfill_pipeline(source, job, beam_args, "ReadArchives", bar, read_dead_letters=True)
            for name in ("records", "articles", "dead_letters", "claim_mentions"):
                setattr(total, name, getattr(total, name) + getattr(result, name))
            logger.debug("chunk %d/%d done: %d articles", number, len(chunks), result.articles)
    total.committed = True
    logger.info("backfill %s: %d articles in %d chunks, %d dead letters, %d claim mentions", total.batch_id,
                total.articles, len(chunks), total.dead_letters, total.claim_mentions)
    return total


def backfill_kafka(kafka, job: JobConfig, beam_args: Sequence[str] = (), *, from_time: Optional[dt.datetime] = None,
                   to_time: Optional[dt.datetime] = None, show_progress: bool = True) -> BatchResult:
    """Claims from the records of a topic published in ``[from_time, to_time)``.

    Replays history: the group's offsets are neither read nor committed.
    """
    import functools

    from pipeline.io.kafka import ReadFromKafkaRanges, in_time_window, plan_time_ranges
    from pipeline.progress import ProgressBar

    from_ms = int(from_time.timestamp() * 1000) if from_time else None
    to_ms = int(to_time.timestamp() * 1000) if to_time else None
    ranges = [r for r in plan_time_ranges(kafka, from_ms, to_ms) if r.size > 0]
    if not ranges:
        logger.info("no records in the time range")
        return BatchResult(batch_id=new_batch_id(), committed=True)
    keep = functools.partial(in_time_window, from_ms=from_ms, to_ms=to_ms)
    # The bar counts records scanned, of which those outside the window are dropped.
    with ProgressBar(total=sum(r.size for r in ranges), unit="record", enabled=show_progress) as bar:
        source = ReadFromKafkaRanges(kafka, ranges)
        result = _backfill_pipeline(source, job, beam_args, "ReadKafkaTimeRange", bar, kafka=kafka,
                                    message_filter=keep)
    return result
