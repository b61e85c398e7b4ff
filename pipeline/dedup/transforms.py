"""Beam adapters for dedup: merge per claim id in the pipeline, then into the ledger.

Why a CombineFn: ``merge_claims`` is associative and commutative, so Beam may
merge partial claims on every worker before the shuffle (combiner lifting) and
again across accumulating panes in streaming; the result is the same claim
whatever the grouping. ``MergeIntoLedger`` then folds each bundle into the
persistent ledger and emits only what changed, so a re-run over the same
offsets emits nothing.

Example (batch)::

    claims = (extracted
              | "Dedup" >> DeduplicateClaims()
              | "Ledger" >> MergeIntoLedger("sqlite:////var/newsclaims/ledger.db"))

Streaming: window and trigger upstream (e.g. ``FixedWindows`` with
``AfterWatermark(late=AfterCount(1))`` and ``ACCUMULATING``); a late duplicate
then fires a later pane that is an update of the same ``claim_id`` with more
mentions, never a second claim.
"""
from __future__ import annotations

import datetime as dt
import logging
from typing import Iterable, Optional

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.transforms.window import GlobalWindow
from apache_beam.utils.windowed_value import WindowedValue

from pipeline.dedup.ledger import conflict_hash, open_ledger
from pipeline.dedup.merge import claim_from_extracted, merge_many
from pipeline.models import Claim, ExtractedClaim

logger = logging.getLogger(__name__)

__all__ = ["MergeClaimsFn", "DeduplicateClaims", "MergeIntoLedger"]

_NAMESPACE = "newsclaims.dedup"


class MergeClaimsFn(beam.CombineFn):
    """``merge_claims`` as a CombineFn.

    The accumulator is a short list of partial claims, compacted with
    ``merge_many`` every ``COMPACT_AT`` inputs: merging one mention at a time
    would copy a hot claim's mention list once per mention (quadratic).
    """

    COMPACT_AT = 64

    def create_accumulator(self) -> list[Claim]:
        return []

    def add_input(self, acc: list[Claim], claim: Claim) -> list[Claim]:
        acc.append(claim)
        if len(acc) >= self.COMPACT_AT:
            acc[:] = [merge_many(acc)]
        return acc

    def merge_accumulators(self, accs: Iterable[list[Claim]]) -> list[Claim]:
        parts = [c for acc in accs for c in acc]
        return [merge_many(parts)] if parts else []

    def compact(self, acc: list[Claim]) -> list[Claim]:
        return [merge_many(acc)] if len(acc) > 1 else acc

    def extract_output(self, acc: list[Claim]) -> Optional[Claim]:
        return merge_many(acc) if acc else None


@beam.typehints.with_input_types(ExtractedClaim)
@beam.typehints.with_output_types(Claim)
class DeduplicateClaims(beam.PTransform):
    """PCollection[ExtractedClaim] -> PCollection[Claim], one claim per claim_id (per window and pane)."""

    def expand(self, extracted):
        return (
            extracted
            | "ToClaim" >> beam.Map(claim_from_extracted)
            | "KeyByClaimId" >> beam.Map(lambda c: (c.claim_id, c)).with_output_types(tuple[str, Claim])
            | "MergePerClaimId" >> beam.CombinePerKey(MergeClaimsFn())
            | "Claims" >> beam.Values()
            # A trigger may fire a pane with nothing new for a key.
            | "DropEmptyPanes" >> beam.Filter(lambda c: c is not None)
        )


class _MergeIntoLedgerDoFn(beam.DoFn):
    """Buffers a bundle's claims and merges them into the ledger in one transaction.

    Holds only the URL: the ledger (a database connection) is opened in
    ``setup()`` so the DoFn pickles. Changed claims are emitted with the
    timestamp and window of the latest input that touched them (a conflict
    partner not in the bundle takes the window of its incoming rival).

    Known limit: the ledger commit and the bundle's output commit are not one
    transaction. If a runner retries a bundle whose ledger transaction had
    already committed, the retry finds nothing changed and emits nothing, so
    sinks downstream can miss that update (the ledger itself is right).
    """

    MAX_BUFFER = 1000

    def __init__(self, ledger_url: str):
        self.ledger_url = ledger_url
        self._ledger = None
        self.merged = Metrics.counter(_NAMESPACE, "ledger_claims_in")
        self.changed = Metrics.counter(_NAMESPACE, "ledger_claims_changed")

    def setup(self):
        self._ledger = open_ledger(self.ledger_url)

    def start_bundle(self):
        self._buffer: list[Claim] = []
        self._where: dict[str, tuple] = {}
        self._where_group: dict[str, tuple] = {}

    def process(self, claim: Claim, timestamp=beam.DoFn.TimestampParam, window=beam.DoFn.WindowParam):
        self._buffer.append(claim)
        self._where[claim.claim_id] = (timestamp, window)
        self._where_group[conflict_hash(claim)] = (timestamp, window)
        if len(self._buffer) >= self.MAX_BUFFER:
            yield from self._flush()

    def finish_bundle(self):
        yield from self._flush()

    def _flush(self):
        if not self._buffer:
            return
        changed = self._ledger.merge(self._buffer, now=dt.datetime.now(dt.timezone.utc))
        self.merged.inc(len(self._buffer))
        self.changed.inc(len(changed))
        fallback = next(reversed(self._where.values()))
        for claim in changed:
            where = self._where.get(claim.claim_id) or self._where_group.get(conflict_hash(claim)) or fallback
            timestamp, window = where
            yield WindowedValue(claim, timestamp, [window if window is not None else GlobalWindow()])
        self._buffer, self._where, self._where_group = [], {}, {}

    def teardown(self):
        if self._ledger is not None:
            self._ledger.close()
            self._ledger = None


@beam.typehints.with_input_types(Claim)
@beam.typehints.with_output_types(Claim)
class MergeIntoLedger(beam.PTransform):
    """Merge claims into the persistent ledger at ``ledger_url``; output only the claims that changed.

    Args:
        ledger_url: ``sqlite:///path`` (embedded default) or ``postgresql://...``.
    """

    def __init__(self, ledger_url: str, label: Optional[str] = None):
        super().__init__(label)
        self.ledger_url = ledger_url

    def expand(self, claims):
        return claims | "MergeIntoLedger" >> beam.ParDo(_MergeIntoLedgerDoFn(self.ledger_url))
