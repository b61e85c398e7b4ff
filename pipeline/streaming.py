"""The streaming job, for runners that stream splittable DoFns (Flink, Dataflow, Prism).

Beam 2.77's local runners cannot run an unbounded source (see ``newsclaims
follow`` for continuous work on one machine). On a streaming runner the same
parse/extract/dedup transforms run behind the open-ended Kafka reader:

    newsclaims stream --bootstrap-servers kafka:9092 --topic wire --group-id claims \\
        --ledger postgresql://claims@db/claims --postgres-dsn postgresql://claims@db/claims \\
        --output-topic claims --runner FlinkRunner --flink_master=flink-jm:8081 \\
        --environment_type=PROCESS --environment_config='{"command": "/opt/apache/beam/boot"}'

Dedup is global, not per time window: claims are merged per ``claim_id`` in
the global window and a pane fires every ``--trigger-seconds`` of processing
time (discarding: each pane carries only new mentions); the ledger, which must
be shared (PostgreSQL) when workers are many, merges the pane into the state
already emitted, so a late duplicate becomes an update of the same claim,
never a second claim. Offsets are committed when the runner finalizes the
bundle that read them.
"""
from __future__ import annotations

import logging
from typing import Optional, Sequence

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.transforms import trigger, window

from pipeline.config import JobConfig
from pipeline.jobs import attach_sinks, new_batch_id
from pipeline.transforms import MessagesToClaims

logger = logging.getLogger(__name__)


def build_streaming_pipeline(p: beam.Pipeline, kafka, job: JobConfig, *, trigger_seconds: float = 5.0,
                             ranges=None, reader_options: Optional[dict] = None, pane_trigger=None):
    """Add the streaming graph to ``p``; returns the ClaimOutputs.

    ``pane_trigger`` replaces the processing-time trigger; the local
    FnApiRunner has no processing-time clock, so its tests fire on counts.
    """
    from pipeline.io.kafka import ReadFromKafkaUnbounded

    messages = (
        p
        | "ReadKafkaUnbounded" >> ReadFromKafkaUnbounded(kafka, ranges, **(reader_options or {}))
        | "GlobalPanes" >> beam.WindowInto(
            window.GlobalWindows(),
            trigger=pane_trigger or trigger.Repeatedly(trigger.AfterProcessingTime(trigger_seconds)),
            accumulation_mode=trigger.AccumulationMode.DISCARDING)
    )
    out = messages | "ToClaims" >> MessagesToClaims(job.resolved_ledger_url(), job.max_message_bytes)
    attach_sinks(out.claims, out.dead_letters, job, f"stream-{new_batch_id()}", kafka=kafka)
    return out


def run_streaming(kafka, job: JobConfig, beam_args: Sequence[str], *, trigger_seconds: float = 5.0) -> None:
    options = PipelineOptions(list(beam_args))
    options.view_as(StandardOptions).streaming = True
    runner = options.view_as(StandardOptions).runner
    if runner in (None, "DirectRunner", "FnApiRunner", "BundleBasedDirectRunner"):
        raise SystemExit(
            "newsclaims stream needs a runner that streams splittable DoFns (--runner FlinkRunner, "
            "DataflowRunner or PrismRunner); on one machine use `newsclaims follow`.")
    if job.resolved_ledger_url() and job.resolved_ledger_url().startswith("sqlite"):
        logger.warning("a SQLite ledger is only safe when every worker shares one machine's disk; "
                       "use --ledger postgresql://... on a cluster")
    p = beam.Pipeline(options=options)
    build_streaming_pipeline(p, kafka, job, trigger_seconds=trigger_seconds)
    p.run().wait_until_finish()
