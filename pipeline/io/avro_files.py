"""Day-partitioned Avro files of claims and mentions, written atomically.

Layout under an output folder ``DIR``::

    DIR/claims/dt=YYYY-MM-DD/<batch>-<uuid>.avro      schema claim
    DIR/mentions/dt=YYYY-MM-DD/<batch>-<uuid>.avro    schema claim_mention
    DIR/compacted/...                                 same layout, one record per claim

The day is the UTC date of the claim's ``last_seen`` (else ``updated_at``,
else its first mention's ``published_at``, else ``dt=unknown``). Files are
append-only: a claim updated by a later batch is written again with a newer
``updated_at``; :func:`compact` keeps the latest state of each claim.

Each file is written under a dot-prefixed temporary name in its final folder,
flushed and fsynced, then renamed into place (and the folder fsynced), so a
reader that globs ``*.avro`` never sees a half-written file. A batch's files
are all staged before any is renamed: a record that fails schema validation
publishes nothing. Beam's
``WriteToAvro`` is not used: it cannot partition by day, and its temp-folder
protocol needs a filesystem abstraction we do not need.

    >>> write_claims("out/avro", claims, batch_id="run-1")           # doctest: +SKIP
    [PosixPath('out/avro/claims/dt=2015-09-30/run-1-3f2a....avro'), ...]
    >>> compact("out/avro")                                         # doctest: +SKIP
    {'files_read': 2, 'records_read': 7, 'claims_written': 5, 'mentions_written': 9, 'days': 2}
"""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import shutil
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

import apache_beam as beam
import fastavro
from apache_beam.transforms.window import GlobalWindow
from apache_beam.utils.windowed_value import WindowedValue

from pipeline.models import Claim
from pipeline.schemas import claim_to_record, load_schema, mention_records, record_to_claim, validated

logger = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_CODEC",
    "claim_day",
    "write_claims",
    "read_claims",
    "read_mention_records",
    "compact",
    "WriteClaimsToAvro",
]

PathLike = Union[str, os.PathLike]
DEFAULT_CODEC = "deflate"
CLAIMS = "claims"
MENTIONS = "mentions"
COMPACTED = "compacted"
UNKNOWN_DAY = "unknown"
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def claim_day(claim: Claim) -> str:
    """The partition day (UTC ``YYYY-MM-DD``) of a claim, or ``"unknown"``."""
    stamp = claim.last_seen or claim.updated_at
    if stamp is None and claim.mentions:
        stamp = claim.mentions[0].published_at
    if stamp is None:
        return UNKNOWN_DAY
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(dt.timezone.utc)
    return stamp.date().isoformat()


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text).strip(".") or "batch"


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_temp(path: Path, schema: dict, records: Iterable[dict], codec: str) -> Path:
    """Write an Avro container file under the dot-prefixed temporary name of ``path``, fsynced."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.tmp"
    try:
        with open(tmp, "wb") as f:
            # Every record is checked with fastavro.validation.validate on its way in.
            fastavro.writer(f, schema, validated(records, schema), codec=codec)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    return tmp


def _partition_dir(root: Path, dataset: str, day: str) -> Path:
    return root / dataset / f"dt={day}"


def _write_dataset(root: Path, claims_by_day: dict[str, list[Claim]], name: str, codec: str) -> list[Path]:
    """Write every file of a batch as a temporary first, then publish them all by renames.

    A record that fails validation therefore publishes nothing of the batch.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for day in sorted(claims_by_day):
            claims = claims_by_day[day]
            path = _partition_dir(root, CLAIMS, day) / f"{name}.avro"
            staged.append((_write_temp(path, load_schema("claim"), (claim_to_record(c) for c in claims), codec), path))
            if any(c.mentions for c in claims):
                path = _partition_dir(root, MENTIONS, day) / f"{name}.avro"
                records = (r for c in claims for r in mention_records(c))
                staged.append((_write_temp(path, load_schema("claim_mention"), records, codec), path))
    except BaseException:
        for tmp, _ in staged:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        raise
    for tmp, path in staged:
        os.replace(tmp, path)
    for folder in sorted({path.parent for _, path in staged}):
        _fsync_dir(folder)
    return [path for _, path in staged]


def write_claims(avro_dir: PathLike, claims: list[Claim], *, batch_id: str,
                 codec: str = DEFAULT_CODEC) -> list[Path]:
    """Write claims (and their mentions) to one new file per day; return the paths written.

    Args:
        avro_dir: the output folder (``DIR`` above); created if missing.
        claims: the claims to write; an empty list writes nothing.
        batch_id: names the files (with a uuid4 so concurrent writers never collide).
        codec: an Avro codec fastavro knows: ``deflate`` (default), ``null``, ``snappy``
            (needs cramjam), ``xz``, ``zstandard`` (needs backports.zstd
            on Python < 3.14).
    """
    by_day: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_day[claim_day(claim)].append(claim)
    if not by_day:
        return []
    name = f"{_safe_name(batch_id)}-{uuid.uuid4().hex}"
    written = _write_dataset(Path(avro_dir), by_day, name, codec)
    logger.info("wrote %d claims in %d files under %s (batch %s)", len(claims), len(written), avro_dir, batch_id)
    return written


def _avro_files(root: Path, dataset: str) -> list[Path]:
    # Dot-prefixed temporaries never match: glob's '*' skips leading dots.
    return sorted((root / dataset).glob("dt=*/*.avro"))


def _read_records(root: Path, dataset: str, schema_name: str) -> Iterator[dict]:
    reader_schema = load_schema(schema_name)
    for path in _avro_files(root, dataset):
        with open(path, "rb") as f:
            # Reading with the current schema resolves files written with older versions.
            yield from fastavro.reader(f, reader_schema=reader_schema)


def read_claims(avro_dir: PathLike) -> Iterator[Claim]:
    """Every claim record under ``avro_dir/claims`` (all versions, in file order)."""
    for record in _read_records(Path(avro_dir), CLAIMS, "claim"):
        yield record_to_claim(record)


def read_mention_records(avro_dir: PathLike) -> Iterator[dict]:
    """Every record of the flattened mentions dataset under ``avro_dir/mentions``."""
    yield from _read_records(Path(avro_dir), MENTIONS, "claim_mention")


def _recency(claim: Claim) -> tuple:
    updated = claim.updated_at or _EPOCH
    if updated.tzinfo is None:
        updated = updated.replace(tzinfo=dt.timezone.utc)
    return (updated, claim.mention_count)


def compact(avro_dir: PathLike, out_dir: Optional[PathLike] = None, *, codec: str = DEFAULT_CODEC) -> dict[str, int]:
    """Write the latest state of each claim once, in the same layout, into ``out_dir``.

    Latest means greatest ``updated_at``, ties broken by ``mention_count``.
    ``out_dir`` defaults to ``avro_dir/compacted``. The whole output is built in
    a dot-prefixed sibling folder and swapped in by two renames: readers see the
    old or the new compaction, never a mix (between the renames, for a moment,
    neither). The input files are left alone.
    """
    root = Path(avro_dir)
    out = Path(out_dir) if out_dir is not None else root / COMPACTED
    files = _avro_files(root, CLAIMS)
    latest: dict[str, Claim] = {}
    records = 0
    for claim in read_claims(root):
        records += 1
        known = latest.get(claim.claim_id)
        if known is None or _recency(claim) > _recency(known):
            latest[claim.claim_id] = claim

    by_day: dict[str, list[Claim]] = defaultdict(list)
    for claim_id in sorted(latest):
        by_day[claim_day(latest[claim_id])].append(latest[claim_id])

    out.parent.mkdir(parents=True, exist_ok=True)
    token = uuid.uuid4().hex
    staging = out.parent / f".{out.name}.{token}.tmp"
    staging.mkdir()
    try:
        _write_dataset(staging, by_day, "compacted", codec)
        _fsync_dir(staging)
        retired = out.parent / f".{out.name}.{token}.old"
        if out.exists():
            os.replace(out, retired)
        os.replace(staging, out)
        _fsync_dir(out.parent)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(retired, ignore_errors=True)
    counts = {
        "files_read": len(files),
        "records_read": records,
        "claims_written": len(latest),
        "mentions_written": sum(len(c.mentions) for c in latest.values()),
        "days": len(by_day),
    }
    logger.info("compacted %s into %s: %s", root, out, counts)
    return counts


class _WriteAvroDoFn(beam.DoFn):
    """Buffers a bundle's claims and writes them in finish_bundle: one file per (day, bundle)."""

    def __init__(self, avro_dir: str, batch_id: str, codec: str):
        self.avro_dir = avro_dir
        self.batch_id = batch_id
        self.codec = codec
        self._buffer: list[Claim] = []
        self.claims_written = beam.metrics.Metrics.counter("newsclaims.avro", "claims_written")
        self.files_written = beam.metrics.Metrics.counter("newsclaims.avro", "files_written")

    def start_bundle(self):
        self._buffer = []

    def process(self, claim: Claim):
        self._buffer.append(claim)

    def finish_bundle(self):
        if not self._buffer:
            return
        # write_claims adds a uuid4 to batch_id: bundles and retries never collide.
        paths = write_claims(self.avro_dir, self._buffer, batch_id=self.batch_id, codec=self.codec)
        self.claims_written.inc(len(self._buffer))
        self.files_written.inc(len(paths))
        self._buffer = []
        for path in paths:
            yield WindowedValue(str(path), GlobalWindow().max_timestamp(), [GlobalWindow()])


@beam.typehints.with_input_types(Claim)
@beam.typehints.with_output_types(str)
class WriteClaimsToAvro(beam.PTransform):
    """Write claims to day-partitioned Avro files; outputs the paths written.

    Args:
        avro_dir: the output folder (local filesystem).
        batch_id: a name for this run or batch, part of every file name.
        codec: Avro codec, ``deflate`` by default.
    """

    def __init__(self, avro_dir: PathLike, batch_id: str, codec: str = DEFAULT_CODEC):
        super().__init__()
        self.avro_dir = str(avro_dir)
        self.batch_id = batch_id
        self.codec = codec

    def expand(self, claims):
        return claims | "WriteDayFiles" >> beam.ParDo(_WriteAvroDoFn(self.avro_dir, self.batch_id, self.codec))
