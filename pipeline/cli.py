"""The ``newsclaims`` command.

    newsclaims demo                                   # local broker + sample feed + pipeline
    newsclaims extract articles.jsonl                 # no Kafka: print claims as JSON lines
    newsclaims broker --port 9092                     # the bundled local broker
    newsclaims produce --bootstrap-servers localhost:9092 --topic wire feed.jsonl story.txt
    newsclaims run --bootstrap-servers localhost:9092 --topic wire --group-id g --avro-dir out/
    newsclaims compact --avro-dir out/

Flags this command does not know (``--runner``, ``--direct_num_workers``...)
pass through to Beam.
"""
from __future__ import annotations

import argparse
import gzip
import json
import logging
import signal
import sys
import time
from pathlib import Path
from typing import Iterator, Optional, Sequence

from pipeline import __version__

logger = logging.getLogger("newsclaims")

SAMPLE_FEED = Path(__file__).resolve().parent / "data" / "sample-feed.jsonl"
JSON_SUFFIXES = (".jsonl", ".ndjson", ".json", ".jsonl.gz", ".ndjson.gz", ".json.gz")


# ---------------------------------------------------------------- inputs ----

def _open_text(path: str):
    if path == "-":
        return sys.stdin
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def iter_json_lines(path: str) -> Iterator[tuple[int, str]]:
    with _open_text(path) as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                yield number, line


def message_values(paths: Sequence[str]) -> Iterator[bytes]:
    """What ``produce`` publishes: a JSON-lines file gives one message a line,
    any other file is one plain-text article."""
    for path in paths:
        if path == "-" or path.endswith(JSON_SUFFIXES):
            for _, line in iter_json_lines(path):
                yield line.strip().encode("utf-8")
        else:
            yield Path(path).read_bytes()


# --------------------------------------------------------------- options ----

def _add_kafka(p: argparse.ArgumentParser, *, group: bool = True, topic_required: bool = True) -> None:
    p.add_argument("--bootstrap-servers", help="Kafka brokers host:port[,host:port] (env NEWSCLAIMS_BOOTSTRAP_SERVERS)")
    p.add_argument("--topic", required=topic_required, help="topic to read articles from")
    if group:
        p.add_argument("--group-id", required=True, help="consumer group whose committed offsets mark progress")
    p.add_argument("--security-protocol", choices=["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"])
    p.add_argument("--sasl-mechanism", choices=["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512", "OAUTHBEARER"])
    p.add_argument("--sasl-username")
    p.add_argument("--ssl-cafile")
    p.add_argument("--ssl-certfile")
    p.add_argument("--ssl-keyfile")


def _add_sinks(p: argparse.ArgumentParser) -> None:
    p.add_argument("--avro-dir", type=Path, help="write claims and mentions as Avro files under this folder")
    p.add_argument("--avro-codec", default="deflate", choices=["null", "deflate", "snappy", "zstandard"])
    p.add_argument("--postgres-dsn", help="upsert claims into PostgreSQL (env NEWSCLAIMS_POSTGRES_DSN)")
    p.add_argument("--output-topic", help="publish claim updates to this Kafka topic (compacted)")
    p.add_argument("--schema-registry-url", help="Confluent wire format on --output-topic (env NEWSCLAIMS_SCHEMA_REGISTRY_URL)")
    p.add_argument("--dead-letter-topic", help="malformed messages go here (else to files under --dead-letter-dir)")
    p.add_argument("--dead-letter-dir", type=Path, help="default: AVRO_DIR/dead_letters")
    p.add_argument("--ledger", dest="ledger_url",
                   help="claim ledger URL: sqlite:///path or postgresql://...; 'none' disables "
                        "(default: sqlite file under AVRO_DIR/_ledger)")
    p.add_argument("--max-message-bytes", type=int, default=2 * 1024 * 1024)
    p.add_argument("--max-bad-ratio", type=float, default=0.5,
                   help="stop with an error when more than this share of a batch is malformed")


def kafka_config(args, env: dict):
    from pipeline.io.kafka import KafkaConfig

    servers = args.bootstrap_servers or env.get("bootstrap_servers")
    if not servers:
        raise SystemExit("newsclaims: --bootstrap-servers (or NEWSCLAIMS_BOOTSTRAP_SERVERS) is required")
    fields = dict(bootstrap_servers=servers, topic=args.topic, group_id=getattr(args, "group_id", None) or "newsclaims",
                  security_protocol=args.security_protocol, sasl_mechanism=args.sasl_mechanism,
                  sasl_plain_username=args.sasl_username, sasl_plain_password=env.get("sasl_plain_password"),
                  ssl_cafile=args.ssl_cafile, ssl_certfile=args.ssl_certfile, ssl_keyfile=args.ssl_keyfile)
    return KafkaConfig(**{k: v for k, v in fields.items() if v is not None})


def job_config(args, env: dict):
    from pipeline.config import JobConfig, SinkConfig

    dsn = args.postgres_dsn or env.get("postgres_dsn")
    sinks = SinkConfig(avro_dir=args.avro_dir, avro_codec=args.avro_codec, postgres_dsn=dsn,
                       output_topic=args.output_topic,
                       schema_registry_url=args.schema_registry_url or env.get("schema_registry_url"),
                       dead_letter_topic=args.dead_letter_topic, dead_letter_dir=args.dead_letter_dir)
    return JobConfig(sinks=sinks, ledger_url=args.ledger_url, max_message_bytes=args.max_message_bytes,
                     max_bad_ratio=args.max_bad_ratio, max_records=getattr(args, "max_records", None))


# -------------------------------------------------------------- commands ----

def cmd_extract(args, beam_args) -> int:
    from pipeline.jobs import claims_from_articles
    from pipeline.parse.article import ParseError, parse_json_line

    articles, bad = [], 0
    for path in args.files:
        if path == "-" or path.endswith(JSON_SUFFIXES):
            for number, line in iter_json_lines(path):
                try:
                    articles.append(parse_json_line(line, path=path, line_no=number))
                except ParseError as e:
                    bad += 1
                    logger.warning("%s:%d: skipped: %s", path, number, e)
        else:
            from pipeline.models import RawMessage, SourceRef
            from pipeline.parse.article import parse_message

            try:
                articles.append(parse_message(RawMessage(value=Path(path).read_bytes(), source=SourceRef(path=path))))
            except ParseError as e:
                bad += 1
                logger.warning("%s: skipped: %s", path, e)
    out = sys.stdout
    for claim in claims_from_articles(articles):
        out.write(json.dumps(claim.model_dump(mode="json"), ensure_ascii=False) + "\n")
    out.flush()
    return 1 if bad and not articles else 0


def cmd_broker(args, beam_args) -> int:
    from pipeline.io.broker import LocalBroker

    broker = LocalBroker(port=args.port).start()
    print(f"local broker (memory only) listening on {broker.bootstrap_servers}; Ctrl-C stops it", flush=True)
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    try:
        while not stop and broker.proc.poll() is None:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        broker.stop()
    return 0


def cmd_produce(args, beam_args) -> int:
    from pipeline.config import from_env
    from pipeline.io.kafka import ensure_topic, produce_messages

    cfg = kafka_config(args, from_env())
    ensure_topic(cfg, args.topic, partitions=args.partitions)
    count = produce_messages(cfg, args.topic, message_values(args.files))
    print(f"published {count} messages to {args.topic}")
    return 0


def cmd_run(args, beam_args) -> int:
    from pipeline.config import from_env
    from pipeline.jobs import TooManyBadMessages, run_kafka_batch

    env = from_env()
    try:
        result = run_kafka_batch(kafka_config(args, env), job_config(args, env), beam_args)
    except TooManyBadMessages as e:
        logger.error("%s", e)
        return 3
    print(json.dumps({"batch_id": result.batch_id, "records": result.records, "articles": result.articles,
                      "dead_letters": result.dead_letters, "claim_mentions": result.claim_mentions,
                      "committed": result.committed}))
    return 0


def cmd_follow(args, beam_args) -> int:
    from pipeline.config import from_env
    from pipeline.jobs import Follower, TooManyBadMessages

    env = from_env()
    follower = Follower(kafka_config(args, env), job_config(args, env), beam_args,
                        poll_interval=args.poll_interval, max_backoff=args.max_backoff)
    signal.signal(signal.SIGINT, follower.stop)
    signal.signal(signal.SIGTERM, follower.stop)
    try:
        return follower.run()
    except TooManyBadMessages as e:
        logger.error("%s", e)
        return 3


def _when(text: Optional[str]):
    if text is None:
        return None
    from pipeline.parse.dates import parse_timestamp

    try:
        return parse_timestamp(text)
    except ValueError as e:
        raise SystemExit(f"newsclaims: {e}") from e


def cmd_backfill(args, beam_args) -> int:
    from pipeline.config import from_env
    from pipeline.jobs import TooManyBadMessages, backfill_archives, backfill_kafka

    env = from_env()
    job = job_config(args, env)
    show = not args.no_progress and sys.stderr.isatty()
    try:
        if args.archives:
            result = backfill_archives(args.archives, job, beam_args, show_progress=show,
                                       chunk_bytes=int(args.chunk_mb * 1024 * 1024))
        else:
            if not args.topic:
                raise SystemExit("newsclaims backfill: give archive paths, or --topic with --from/--to")
            result = backfill_kafka(kafka_config(args, env), job, beam_args, from_time=_when(args.from_time),
                                    to_time=_when(args.to_time), show_progress=show)
    except TooManyBadMessages as e:
        logger.error("%s", e)
        return 3
    print(json.dumps({"batch_id": result.batch_id, "records": result.records, "articles": result.articles,
                      "dead_letters": result.dead_letters, "claim_mentions": result.claim_mentions}))
    return 0


def cmd_stream(args, beam_args) -> int:
    from pipeline.config import from_env
    from pipeline.streaming import run_streaming

    env = from_env()
    run_streaming(kafka_config(args, env), job_config(args, env), beam_args, trigger_seconds=args.trigger_seconds)
    return 0


def cmd_compact(args, beam_args) -> int:
    from pipeline.io.avro_files import compact

    print(json.dumps(compact(args.avro_dir, args.out_dir), default=str))
    return 0


def cmd_demo(args, beam_args) -> int:
    """The embedded default: a local broker, the sample feed, one pipeline run."""
    from pipeline.config import JobConfig, SinkConfig, from_env
    from pipeline.io.avro_files import read_claims
    from pipeline.io.broker import LocalBroker
    from pipeline.io.kafka import KafkaConfig, ensure_topic, produce_messages
    from pipeline.jobs import run_kafka_batch

    env = from_env()
    broker = None
    servers = args.bootstrap_servers or env.get("bootstrap_servers")
    if not servers:
        broker = LocalBroker().start()
        servers = broker.bootstrap_servers
        print(f"started the bundled local broker on {servers} (memory only)")
    try:
        cfg = KafkaConfig(bootstrap_servers=servers, topic=args.topic, group_id=args.group_id)
        ensure_topic(cfg, args.topic, partitions=3)
        feed = [str(p) for p in (args.feed or [SAMPLE_FEED])]
        count = produce_messages(cfg, args.topic, message_values(feed))
        print(f"published {count} articles from {', '.join(feed)} to topic {args.topic!r}")
        avro_dir = args.avro_dir.resolve()
        job = JobConfig(sinks=SinkConfig(avro_dir=avro_dir))
        result = run_kafka_batch(cfg, job, beam_args)
        print(f"pipeline read {result.records} messages: {result.articles} articles, "
              f"{result.dead_letters} dead letters, {result.claim_mentions} claim mentions")
        claims = sorted(read_claims(avro_dir), key=lambda c: (c.claimant, c.metric, -c.value))
        latest = {}
        for c in claims:
            if c.claim_id not in latest or (c.updated_at or 0) >= (latest[c.claim_id].updated_at or 0):
                latest[c.claim_id] = c
        print(f"\n{len(latest)} claims:")
        for c in sorted(latest.values(), key=lambda c: (c.claimant, c.metric, -c.value)):
            period = f"{c.period_start}..{c.period_end}" if c.period_start else "-"
            print(f"  {c.claimant:<28} {c.metric:<10} {c.qualifier.value:<8} {c.value:>7,} {c.subject:<40} "
                  f"actor={c.actor or '-'} period={period} mentions={c.mention_count} outlets={c.outlet_count}")
        print(f"\nAvro files under {avro_dir}:")
        for path in sorted(avro_dir.rglob("*.avro")):
            print(f"  {path}")
    finally:
        if broker:
            broker.stop()
    return 0


# ------------------------------------------------------------------ main ----

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsclaims", description="Wire-feed news in, deduplicated claims out.")
    parser.add_argument("--version", action="version", version=f"newsclaims {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="no Kafka: read articles (JSON lines, '-' for stdin) and print claims")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("run", help="one bounded batch: committed offsets -> end, then commit")
    _add_kafka(p)
    _add_sinks(p)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("follow", help="continuous: bounded batches back to back until stopped (SIGINT/SIGTERM)")
    _add_kafka(p)
    _add_sinks(p)
    p.add_argument("--max-records", type=int, default=5000, help="at most this many records a batch")
    p.add_argument("--poll-interval", type=float, default=0.5, help="seconds to wait when caught up")
    p.add_argument("--max-backoff", type=float, default=30.0, help="longest wait between retries when failing")
    p.set_defaults(func=cmd_follow)

    p = sub.add_parser("backfill", help="bounded: archives on disk, or a topic between two times")
    p.add_argument("archives", nargs="*", help="JSON lines (.jsonl, .jsonl.gz), folders of .txt articles, .avro files")
    _add_kafka(p, group=False, topic_required=False)  # --topic: backfill from a topic instead of archives
    p.add_argument("--from", dest="from_time", help="first publication time (ISO 8601), inclusive")
    p.add_argument("--to", dest="to_time", help="last publication time (ISO 8601), exclusive")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--chunk-mb", type=float, default=4.0,
                   help="archives run as bounded pipelines of about this many MB each (bounds memory)")
    _add_sinks(p)
    p.set_defaults(func=cmd_backfill)

    p = sub.add_parser("stream", help="the unbounded job, for Flink/Dataflow/Prism (see deploy/flink.md)")
    _add_kafka(p)
    _add_sinks(p)
    p.add_argument("--trigger-seconds", type=float, default=5.0, help="processing time between panes")
    p.set_defaults(func=cmd_stream)

    p = sub.add_parser("broker", help="start the bundled local broker (development)")
    p.add_argument("--port", type=int, default=9092)
    p.set_defaults(func=cmd_broker)

    p = sub.add_parser("produce", help="publish articles (JSON lines, or text files of one article each)")
    _add_kafka(p, group=False)
    p.add_argument("--partitions", type=int, default=3, help="when the topic must be created")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=cmd_produce)

    p = sub.add_parser("compact", help="write the latest state of each claim once")
    p.add_argument("--avro-dir", type=Path, required=True)
    p.add_argument("--out-dir", type=Path)
    p.set_defaults(func=cmd_compact)

    p = sub.add_parser("demo", help="the embedded default: local broker, sample feed, pipeline, claims shown")
    p.add_argument("--bootstrap-servers", help="use this broker instead of starting the local one")
    p.add_argument("--topic", default="newsclaims-demo")
    p.add_argument("--group-id", default="newsclaims-demo")
    p.add_argument("--avro-dir", type=Path, default=Path("newsclaims-output"))
    p.add_argument("--feed", nargs="*", help="files to publish instead of the bundled sample feed")
    p.set_defaults(func=cmd_demo)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args, beam_args = parser.parse_known_args(argv)
    # force: importing Beam already logged through the root logger, which
    # installed a WARNING-level handler that would swallow our INFO lines.
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, force=True,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # kafka-python logs every failed reconnect at ERROR; our own lines say
    # what matters (retrying, nothing committed). -v shows everything.
    logging.getLogger("kafka").setLevel(logging.DEBUG if args.verbose else logging.CRITICAL)
    logging.getLogger("apache_beam").setLevel(logging.INFO if args.verbose else logging.WARNING)
    unknown = [a for a in beam_args if a.startswith("-") and not a.startswith("--")]
    if unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    return args.func(args, beam_args)


if __name__ == "__main__":
    sys.exit(main())
