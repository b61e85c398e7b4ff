"""Avro file sink: day partitions, atomic files, read back with fastavro, compaction, Beam transform."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import apache_beam as beam
import fastavro
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to
from fastavro.validation import ValidationError, validate

from pipeline.io import avro_files
from pipeline.io.avro_files import WriteClaimsToAvro, claim_day, compact, read_claims, read_mention_records, write_claims
from pipeline.models import Claim, Mention, Qualifier
from pipeline.schemas import load_schema, record_to_claim

UTC = dt.timezone.utc


def make_claim(claim_id: str, day: int = 30, *, mentions: int = 2, updated_hour: int = 12,
               value: int = 2359, last_seen=True, qualifier=Qualifier.EXACT) -> Claim:
    published = dt.datetime(2015, 9, day, 8, 0, tzinfo=UTC)
    ms = [
        Mention(mention_id=f"{claim_id}-m{i}", article_id=f"a{i}", outlet=f"outlet{i % 2}",
                published_at=published + dt.timedelta(minutes=i), sentence=f"Strikes killed {value:,} militants.",
                start=i, end=i + 20, text=f"{value:,} militants", story_id=f"s{i}")
        for i in range(mentions)
    ]
    return Claim(
        claim_id=claim_id, claimant="Russian Defense Ministry", metric="killed", subject="militants",
        value=value, qualifier=qualifier, period_start=dt.date(2015, 9, 19), period_end=dt.date(2015, 9, 29),
        mentions=ms, mention_count=len(ms), outlet_count=min(len(ms), 2), story_count=len(ms),
        first_seen=ms[0].published_at if ms else None,
        last_seen=(ms[-1].published_at if ms else None) if last_seen else None,
        updated_at=dt.datetime(2015, 10, 1, updated_hour, tzinfo=UTC),
    )


def _read_file(path: Path) -> list[dict]:
    with open(path, "rb") as f:
        reader = fastavro.reader(f)
        assert reader.codec == "deflate"
        return list(reader)


def test_claim_day_fallbacks():
    claim = make_claim("c1", day=30)
    assert claim_day(claim) == "2015-09-30"
    claim.last_seen = dt.datetime(2015, 10, 2, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
    assert claim_day(claim) == "2015-10-03"  # UTC date
    claim.last_seen = None
    assert claim_day(claim) == "2015-10-01"  # updated_at
    claim.updated_at = None
    assert claim_day(claim) == "2015-09-30"  # first mention's published_at
    claim.mentions = []
    assert claim_day(claim) == "unknown"


def test_write_claims_partitions_by_day_and_reads_back(tmp_path):
    claims = [make_claim("c1", 29), make_claim("c2", 30), make_claim("c3", 30, mentions=0, last_seen=False)]
    claims[2].updated_at = None
    paths = write_claims(tmp_path, claims, batch_id="run 1/x")
    rel = sorted(str(p.relative_to(tmp_path).parent) for p in paths)
    assert rel == ["claims/dt=2015-09-29", "claims/dt=2015-09-30", "claims/dt=unknown",
                   "mentions/dt=2015-09-29", "mentions/dt=2015-09-30"]
    assert all(p.name.startswith("run_1_x-") and p.suffix == ".avro" for p in paths)
    # Nothing but the final files: the temporaries were renamed away.
    assert sorted(p for p in tmp_path.rglob("*") if p.is_file()) == sorted(paths)

    day30 = _read_file(tmp_path / "claims" / "dt=2015-09-30" / paths[2].name)
    assert [r["claim_id"] for r in day30] == ["c2"]
    for record in day30:
        assert validate(record, load_schema("claim"), raise_errors=True)
    assert record_to_claim(day30[0]) == claims[1]

    mentions = _read_file(tmp_path / "mentions" / "dt=2015-09-29" / paths[1].name)
    assert [(m["claim_id"], m["mention_id"]) for m in mentions] == [("c1", "c1-m0"), ("c1", "c1-m1")]

    assert sorted(read_claims(tmp_path), key=lambda c: c.claim_id) == claims
    assert len(list(read_mention_records(tmp_path))) == 4


@pytest.mark.parametrize("codec", ["xz", "zstandard"])
def test_codec_is_configurable(tmp_path, codec):
    if codec == "zstandard":
        # fastavro 1.13 on Python 3.11 needs backports.zstd (not the zstandard package) for this codec.
        pytest.importorskip("backports.zstd")
    paths = write_claims(tmp_path, [make_claim("c1")], batch_id="z", codec=codec)
    with open(paths[0], "rb") as f:
        assert fastavro.reader(f).codec == codec
    assert [c.claim_id for c in read_claims(tmp_path)] == ["c1"]


def test_empty_input_writes_nothing(tmp_path):
    assert write_claims(tmp_path, [], batch_id="b") == []
    assert list(tmp_path.iterdir()) == []


def test_failed_write_leaves_no_file(tmp_path):
    good = make_claim("c1")
    bad = make_claim("c2")
    bad.mentions[1].end = 2**40  # valid for the model, too big for the Avro "int": validation fails mid-file
    with pytest.raises(ValidationError):
        write_claims(tmp_path, [good, bad], batch_id="b")
    # Nothing of the batch is published, and no temporary is left behind.
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_failed_batch_publishes_no_day(tmp_path):
    good = make_claim("c1", 29)
    bad = make_claim("c2", 30)
    bad.mentions[1].end = 2**40
    with pytest.raises(ValidationError):
        write_claims(tmp_path, [good, bad], batch_id="b")
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_readers_skip_temporaries(tmp_path):
    write_claims(tmp_path, [make_claim("c1")], batch_id="b")
    part = tmp_path / "claims" / "dt=2015-09-30" / ".b-half.avro.tmp"
    part.write_bytes(b"Obj\x01 half written")
    assert [c.claim_id for c in read_claims(tmp_path)] == ["c1"]


def test_compact_keeps_latest_state_once(tmp_path):
    write_claims(tmp_path, [make_claim("c1", 29, mentions=1, updated_hour=1), make_claim("c2", 29)], batch_id="b1")
    # Later batch: c1 grew (newer updated_at, moved to a later day); c2 same time, more mentions.
    write_claims(tmp_path, [make_claim("c1", 30, mentions=3, updated_hour=5), make_claim("c2", 29, mentions=3)],
                 batch_id="b2")
    # An older replay of c1 written last must not win.
    write_claims(tmp_path, [make_claim("c1", 29, mentions=1, updated_hour=0)], batch_id="b3")
    counts = compact(tmp_path)
    assert counts == {"files_read": 4, "records_read": 5, "claims_written": 2, "mentions_written": 6, "days": 2}
    out = tmp_path / "compacted"
    latest = {c.claim_id: c for c in read_claims(out)}
    assert len(list(read_claims(out))) == 2
    assert latest["c1"].mention_count == 3 and claim_day(latest["c1"]) == "2015-09-30"
    assert latest["c2"].mention_count == 3
    assert sorted(p.name for p in out.rglob("*.avro")) == ["compacted.avro"] * 4
    # Compacting again replaces the previous output; no staging folders are left behind.
    write_claims(tmp_path, [make_claim("c3", 28)], batch_id="b4")
    assert compact(tmp_path)["claims_written"] == 3
    assert sorted(c.claim_id for c in read_claims(out)) == ["c1", "c2", "c3"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims", "compacted", "mentions"]


def test_compact_to_another_folder(tmp_path):
    write_claims(tmp_path / "in", [make_claim("c1")], batch_id="b")
    counts = compact(tmp_path / "in", tmp_path / "out")
    assert counts["claims_written"] == 1
    assert [c.claim_id for c in read_claims(tmp_path / "out")] == ["c1"]
    assert not (tmp_path / "in" / "compacted").exists()


def test_write_is_fsynced_and_renamed(tmp_path, monkeypatch):
    """The file reaches disk under its temporary name before the rename that publishes it."""
    events = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(avro_files.os, "fsync", lambda fd: (events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}"))), real_fsync(fd))[1])
    monkeypatch.setattr(avro_files.os, "replace", lambda a, b: (events.append(("replace", str(a), str(b))), real_replace(a, b))[1])
    (path,) = write_claims(tmp_path, [make_claim("c1", mentions=0)], batch_id="b")
    tmp = str(path.parent / f".{path.name}.tmp")
    assert events == [("fsync", tmp), ("replace", tmp, str(path)), ("fsync", str(path.parent))]


def test_write_claims_to_avro_transform(tmp_path):
    claims = [make_claim(f"c{i}", 28 + i % 3) for i in range(9)]
    with TestPipeline(runner="FnApiRunner") as p:
        paths = (p | "Claims" >> beam.Create(claims) | "Write" >> WriteClaimsToAvro(str(tmp_path), "pipe"))
        days = paths | "Days" >> beam.Map(lambda path: Path(path).parent.name) | beam.Distinct()
        assert_that(days, equal_to(["dt=2015-09-28", "dt=2015-09-29", "dt=2015-09-30"]))
    assert sorted(c.claim_id for c in read_claims(tmp_path)) == sorted(c.claim_id for c in claims)
    assert sorted(read_claims(tmp_path), key=lambda c: c.claim_id) == sorted(claims, key=lambda c: c.claim_id)
    assert len(list(read_mention_records(tmp_path))) == 18
