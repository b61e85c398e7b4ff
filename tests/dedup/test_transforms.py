"""DeduplicateClaims and MergeIntoLedger on the FnApiRunner; pane updates with TestStream."""
from __future__ import annotations

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.test_stream import TestStream
from apache_beam.testing.util import assert_that, equal_to, equal_to_per_window
from apache_beam.transforms import trigger, window

from pipeline.dedup import keys
from pipeline.dedup.ledger import open_ledger
from pipeline.dedup.transforms import DeduplicateClaims, MergeIntoLedger
from pipeline.models import Qualifier
from tests.dedup.factories import extracted, seed_pair


def summary(claim):
    return (claim.claim_id, claim.mention_count, claim.qualifier.value)


def test_seed_pair_becomes_one_claim_with_two_mentions():
    es = seed_pair() + [extracted(2359, metric="killed", start=1480)] * 2
    seed_id = keys.claim_id(es[0])
    killed_id = keys.claim_id(es[2])
    with TestPipeline(runner="FnApiRunner") as p:
        claims = p | "Create" >> beam.Create(es) | "Dedup" >> DeduplicateClaims()
        assert_that(claims | "Summary" >> beam.Map(summary),
                    equal_to([(seed_id, 2, "approx"), (killed_id, 1, "exact")]), label="OneClaimPerId")
        ids = claims | "Ids" >> beam.Map(lambda c: c.claim_id) | "Count" >> beam.combiners.Count.PerElement()
        assert_that(ids | "Repeated" >> beam.Filter(lambda kv: kv[1] > 1), equal_to([]), label="NoIdTwice")


def test_many_mentions_merge_the_same_through_combiner_lifting():
    # enough inputs per key to go through accumulator compaction and lifted partial merges
    es = [extracted(2700, article_id=f"a{i % 37}", start=i, outlet=f"o{i % 11}",
                    qualifier=Qualifier.AT_LEAST if i == 150 else Qualifier.EXACT) for i in range(300)]
    es += [extracted(100 + i % 5, article_id=f"b{i}") for i in range(100)]
    with TestPipeline(runner="FnApiRunner") as p:
        claims = p | "Create" >> beam.Create(es, reshuffle=True) | "Dedup" >> DeduplicateClaims()
        assert_that(claims | beam.Map(lambda c: (c.value, c.mention_count, c.outlet_count, c.qualifier.value)),
                    equal_to([(2700, 300, 11, "at_least")] + [(100 + k, 20, 1, "exact") for k in range(5)]))


def test_merge_into_ledger_emits_only_changes(tmp_path):
    url = f"sqlite:///{tmp_path}/ledger.db"
    first, second = seed_pair()
    with TestPipeline(runner="FnApiRunner") as p:
        out = p | beam.Create([first]) | DeduplicateClaims() | MergeIntoLedger(url)
        assert_that(out | beam.Map(summary), equal_to([(keys.claim_id(first), 1, "exact")]))
    with open_ledger(url) as led:  # what a batch driver does once the sinks flushed
        led.acknowledge()
    with TestPipeline(runner="FnApiRunner") as p:  # the same input again: nothing to emit
        out = p | beam.Create([first]) | DeduplicateClaims() | MergeIntoLedger(url)
        assert_that(out, equal_to([]))
    with TestPipeline(runner="FnApiRunner") as p:
        out = p | beam.Create([first, second]) | DeduplicateClaims() | MergeIntoLedger(url)
        assert_that(out | beam.Map(summary), equal_to([(keys.claim_id(first), 2, "approx")]))
    with open_ledger(url) as led:
        assert led.get(keys.claim_id(first)).mention_count == 2


class _Pane(beam.DoFn):
    def process(self, claim, pane=beam.DoFn.PaneInfoParam):
        yield (claim.claim_id, claim.mention_count, claim.qualifier.value, pane.timing)


def test_late_duplicate_updates_the_emitted_claim():
    first, late = seed_pair()
    cid = keys.claim_id(first)
    other = extracted(2359, metric="killed")
    stream = (TestStream()
              .advance_watermark_to(0)
              .add_elements([window.TimestampedValue(first, 10), window.TimestampedValue(other, 12)])
              .advance_watermark_to(100)                   # the on-time pane of [0, 60) fires
              .add_elements([window.TimestampedValue(late, 20)])  # late, within allowed lateness
              .advance_watermark_to_infinity())
    options = PipelineOptions()
    options.view_as(StandardOptions).streaming = True
    with TestPipeline(runner="DirectRunner", options=options) as p:
        claims = (p | "Stream" >> stream
                  | "Window" >> beam.WindowInto(
                      window.FixedWindows(60),
                      trigger=trigger.AfterWatermark(late=trigger.AfterCount(1)),
                      accumulation_mode=trigger.AccumulationMode.ACCUMULATING,
                      allowed_lateness=300)
                  | "Dedup" >> DeduplicateClaims())
        panes = claims | "Panes" >> beam.ParDo(_Pane())
        ON_TIME, LATE = beam.utils.windowed_value.PaneInfoTiming.ON_TIME, beam.utils.windowed_value.PaneInfoTiming.LATE
        assert_that(panes, equal_to_per_window({
            window.IntervalWindow(0, 60): [
                (cid, 1, "exact", ON_TIME),
                (keys.claim_id(other), 1, "exact", ON_TIME),
                (cid, 2, "approx", LATE),  # an update of the same claim, carrying both mentions
            ]}), label="PanesPerWindow")
