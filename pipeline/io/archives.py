"""Read article archives from disk (JSON lines, plain-text folders, Avro) for backfills.

A backfill replays years of wire copy kept on disk. Whatever the archive's
format, every article leaves this module as a :class:`~pipeline.models.RawMessage`
whose bytes :func:`pipeline.parse.article.parse_message` understands, with
``source.path`` (and ``source.line`` where it means something) so a dead letter
can be found again. One parser then handles live and archived input alike.

Formats, chosen by file name:

* ``*.jsonl``, ``*.ndjson`` and gzip ``*.jsonl.gz``, ``*.ndjson.gz``, ``*.json.gz``:
  one message per line (plain JSON fields, ninjs, or ``{"id": ..., "raw": "<wire text>"}``).
  Uncompressed files are split into byte ranges read in parallel; gzip files
  cannot be split and are read whole by one worker.
* ``*.txt``: one plain-text article per file.
* ``*.avro``: container files of schema ``schemas/article.avsc`` (see
  :func:`write_article_avro`); each record becomes the JSON of the record
  (``published_at`` in ISO 8601). Large files are split at block boundaries,
  found by hopping over block headers.

A pattern may be a glob (``archive/2015-*.jsonl.gz``) or a directory, which
means every file under it, recursively, with one of those extensions (dot
files are skipped). A pattern that matches no such file is an error when the
transform is built.

Memory stays flat: lines are read one at a time from a stream (a line longer
than ``max_line_bytes`` is cut at ``max_line_bytes + 1`` bytes, so the parser
dead-letters it as oversized, and the rest of it is skipped unread into
memory); only file names and byte ranges cross a shuffle. On the FnApiRunner,
anything downstream that is fused with the read (parsing, extraction) streams
too; a GroupByKey or Flatten downstream holds its input in memory there, as
it does for any source.

Corrupt input: a bad line is passed on as it is, and the parser dead-letters it.
A file that cannot be read to its end (truncated or corrupt gzip, corrupt Avro
block, unreadable file) keeps everything read before the damage; the damage
itself fails the pipeline with :class:`ArchiveReadError` naming the file and
line, or, with :meth:`ReadArticleArchives.with_dead_letters`, becomes a
:class:`~pipeline.models.DeadLetter` (stage ``"read"``) and the other files are
read on.

Why not Beam's ``ReadAllFromText``/``ReadAllFromAvro``: they give no line
numbers, Beam's gzip reader silently ends a truncated file as if it were
complete, and one reader per format needs a Flatten, whose inputs the
FnApiRunner holds in memory (a 200,000-article archive took 2.9 GB that way;
one ParDo for every format keeps it at ~170 MB). The splitting is the same
idea: byte ranges of a file, reshuffled to the workers.

    with beam.Pipeline(runner="FnApiRunner") as p:
        raw = p | ReadArticleArchives(["archive/", "extra/*.jsonl.gz"])
        out = raw | MessagesToClaims()

    messages, read_errors = p | ReadArticleArchives(["archive/"]).with_dead_letters()

    >>> write_article_avro("archive/2015-09.avro", articles)      # doctest: +SKIP
    >>> count_archive_records(["archive/"])                      # doctest: +SKIP
    20417
"""
from __future__ import annotations

import contextlib
import copy
import datetime as dt
import gzip
import json
import logging
import os
import uuid
import zlib
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple, Optional, Sequence, Union

import apache_beam as beam
import fastavro
from apache_beam.io import fileio
from apache_beam.io.filesystem import BeamIOError, CompressionTypes, FileMetadata
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from apache_beam.pvalue import TaggedOutput

from pipeline.models import Article, DeadLetter, RawMessage, SourceRef
from pipeline.parse.article import MAX_MESSAGE_BYTES
from pipeline.schemas import load_schema

logger = logging.getLogger(__name__)

__all__ = [
    "ARTICLE_SCHEMA",
    "JSONL_SUFFIXES",
    "TEXT_SUFFIXES",
    "AVRO_SUFFIXES",
    "ArchiveReadError",
    "archive_kind",
    "expand_archive_patterns",
    "article_to_record",
    "record_to_message_value",
    "write_article_avro",
    "count_archive_records",
    "plan_archive_parts",
    "part_size",
    "ReadArticleArchives",
]

PathLike = Union[str, os.PathLike]
ARTICLE_SCHEMA = "article"
METRICS_NAMESPACE = "newsclaims"
DEAD_LETTER = "dead_letter"
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".json.gz")
TEXT_SUFFIXES = (".txt",)
AVRO_SUFFIXES = (".avro",)
_GZIP_SUFFIXES = (".gz",)
_CHUNK = 8 * 1024 * 1024


class ArchiveReadError(IOError):
    """A file that could not be read to its end; records before ``line`` were emitted."""

    def __init__(self, path: str, line: Optional[int], cause: str):
        super().__init__(f"{path}" + (f" at line/record {line}" if line else "") + f": {cause}")
        self.path = path
        self.line = line
        self.cause = cause


def archive_kind(path: str) -> Optional[str]:
    """``"jsonl"``, ``"text"``, ``"avro"`` or None (not an archive file) from a file name."""
    name = path.rsplit("/", 1)[-1].lower()
    if name.startswith("."):
        return None  # temporary files of atomic writers, editor droppings
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(TEXT_SUFFIXES):
        return "text"
    if name.endswith(AVRO_SUFFIXES):
        return "avro"
    return None


def _is_gzip(path: str) -> bool:
    return path.lower().endswith(_GZIP_SUFFIXES)


def _to_glob(pattern: str) -> str:
    """A directory means everything under it; Beam's ``**`` matches across folders."""
    if pattern.endswith("/") or os.path.isdir(pattern):
        return pattern.rstrip("/") + "/**"
    return pattern


def _match(pattern: str) -> list[FileMetadata]:
    try:
        return FileSystems.match([_to_glob(pattern)])[0].metadata_list
    except BeamIOError:
        return []


def expand_archive_patterns(patterns: Sequence[PathLike]) -> list[FileMetadata]:
    """Every archive file the patterns name, sorted, without duplicates.

    Raises:
        ValueError: a pattern matches nothing, or only files of no known format.
    """
    if isinstance(patterns, (str, os.PathLike)):
        raise TypeError("patterns must be a list of paths or globs, not a single string")
    if not patterns:
        raise ValueError("no archive patterns given")
    found: dict[str, FileMetadata] = {}
    for pattern in map(os.fspath, patterns):
        matched = _match(pattern)
        known = [m for m in matched if archive_kind(m.path) is not None]
        if not known:
            what = (f"matches {len(matched)} file(s), none of a known archive format" if matched
                    else "matches nothing")
            raise ValueError(f"archive pattern {pattern!r} {what} (known: "
                             f"{', '.join('*' + s for s in JSONL_SUFFIXES + TEXT_SUFFIXES + AVRO_SUFFIXES)})")
        for m in known:
            found.setdefault(m.path, m)
    return [found[p] for p in sorted(found)]


# --- Avro archives ---------------------------------------------------------

def _utc(value: Optional[dt.datetime]) -> Optional[dt.datetime]:
    if value is None:
        return None
    return value.replace(tzinfo=dt.timezone.utc) if value.tzinfo is None else value.astimezone(dt.timezone.utc)


def article_to_record(article: Article) -> dict:
    """The ``article`` Avro record of an Article (naive times are taken as UTC)."""
    fields = [f["name"] for f in load_schema(ARTICLE_SCHEMA)["fields"]]
    record = {name: getattr(article, name) for name in fields}
    record["published_at"] = _utc(article.published_at)
    record["keywords"] = list(article.keywords)
    return record


def record_to_message_value(record: dict) -> bytes:
    """The JSON bytes of an ``article`` record, as the parser reads them (times in ISO 8601)."""
    out = dict(record)
    if isinstance(out.get("published_at"), dt.datetime):
        out["published_at"] = _utc(out["published_at"]).isoformat()
    return json.dumps(out, ensure_ascii=False).encode("utf-8")


def write_article_avro(path: PathLike, articles: Iterable[Article], codec: str = "deflate",
                       sync_interval: int = 16000) -> Path:
    """Write articles to an Avro container file of schema ``article``, atomically.

    The file is written under a dot-prefixed temporary name (which readers
    skip), then renamed into place. ``articles`` may be any iterable: records
    are encoded block by block, so a converter can stream a large archive.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        with open(tmp, "wb") as f:
            fastavro.writer(f, load_schema(ARTICLE_SCHEMA), (article_to_record(a) for a in articles),
                            codec=codec, sync_interval=sync_interval, validator=True)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    return path


def _read_long(f) -> Optional[int]:
    """An Avro zig-zag varint, or None at end of file."""
    shift = result = 0
    while True:
        b = f.read(1)
        if not b:
            if shift:
                raise EOFError("truncated varint")
            return None
        byte = b[0]
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return (result >> 1) ^ -(result & 1)
        shift += 7


def _avro_blocks(f) -> Iterator[tuple[int, int]]:
    """(byte offset, record count) of each block of an open Avro container file, from block headers only.

    Reads the header, then hops from block to block without decoding; each
    block's trailing sync marker is checked, so a truncated or damaged
    framing raises ``ValueError``.
    """
    if f.read(4) != b"Obj\x01":
        raise ValueError("not an Avro container file")
    while True:  # header metadata: a map of bytes
        count = _read_long(f)
        if count is None:
            raise ValueError("truncated Avro header")
        if count == 0:
            break
        if count < 0:
            count = -count
            _read_long(f)  # byte size of the map block
        for _ in range(count):
            f.seek(_read_long(f) or 0, os.SEEK_CUR)
            f.seek(_read_long(f) or 0, os.SEEK_CUR)
    sync = f.read(16)
    while True:
        offset = f.tell()
        count = _read_long(f)
        if count is None:
            return
        size = _read_long(f)
        if count < 0 or size is None or size < 0:
            raise ValueError(f"bad Avro block header at byte {offset}")
        f.seek(size, os.SEEK_CUR)
        if f.read(16) != sync:
            raise ValueError(f"Avro block at byte {offset} does not end with the sync marker")
        yield offset, count


def _avro_record_count(path: str) -> int:
    with _open_raw(path) as f:
        return sum(count for _, count in _avro_blocks(f))


# --- counting --------------------------------------------------------------

def _count_newlines(f, limit: Optional[int] = None) -> tuple[int, bool]:
    """(newlines in the next ``limit`` bytes, or to the end; whether the last byte read was a newline)."""
    count, last_nl, remaining = 0, True, limit
    while remaining is None or remaining > 0:
        chunk = f.read(_CHUNK if remaining is None else min(_CHUNK, remaining))
        if not chunk:
            break
        count += chunk.count(b"\n")
        last_nl = chunk.endswith(b"\n")
        if remaining is not None:
            remaining -= len(chunk)
    return count, last_nl


def count_archive_records(patterns: Sequence[PathLike]) -> Optional[int]:
    """A cheap total for a progress bar, or None when it cannot be known cheaply.

    Uncompressed JSON lines count their lines (blank lines included, so this
    may overstate slightly), a text file counts one, an Avro file the record
    counts of its block headers. Any gzip file (or damaged Avro file) makes the
    total None: counting would cost as much as reading it.
    """
    total = 0
    for meta in expand_archive_patterns(patterns):
        kind = archive_kind(meta.path)
        if kind == "text":
            total += 1
        elif kind == "avro":
            try:
                total += _avro_record_count(meta.path)
            except (ValueError, EOFError) as e:
                logger.warning("cannot count the records of %s: %s", meta.path, e)
                return None
        elif _is_gzip(meta.path):
            return None
        else:
            with FileSystems.open(meta.path, compression_type=CompressionTypes.UNCOMPRESSED) as f:
                lines, last_nl = _count_newlines(f)
            total += lines + (0 if last_nl else 1)
    return total


# --- reading ---------------------------------------------------------------
# Plain generators over one file (or one byte range of one), no Beam: the DoFn
# below only routes what they yield.

class _ReadFailure(NamedTuple):
    """Yielded by a reader in place of the rest of a file it could not read."""

    path: str
    line: Optional[int]
    error_class: str
    detail: str


class _Part(NamedTuple):
    """A unit of reading work: a whole file, or a byte range [start, stop) of one.

    Uncompressed JSON-lines files split at any byte (a line belongs to the
    range its first byte is in); Avro files split at block starts, and
    ``first`` is then the number of the range's first record.
    """

    path: str
    kind: str
    start: int = 0
    stop: Optional[int] = None  # None: to the end of the file
    first: int = 1


def _open_raw(path: str):
    return FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)


def _plan_avro_parts(path: str, desired_bundle_size: int) -> Iterator[_Part]:
    """Ranges of whole blocks of about ``desired_bundle_size`` bytes, found by hopping over block headers."""
    parts, start, first, record_no = [], None, 1, 1
    try:
        with _open_raw(path) as f:
            for offset, count in _avro_blocks(f):
                if start is None:
                    start = offset
                elif offset - start >= desired_bundle_size:
                    parts.append(_Part(path, "avro", start, offset, first))
                    start, first = offset, record_no
                record_no += count
    except (ValueError, EOFError, OSError) as e:
        # Damaged framing: read the file whole, and let the reader report where it breaks.
        logger.warning("not splitting %s: %s", path, e)
        yield _Part(path, "avro")
        return
    if start is None:
        yield _Part(path, "avro")  # no blocks: an empty archive
        return
    parts.append(_Part(path, "avro", start, None, first))
    yield from parts


def _plan_parts(meta: FileMetadata, desired_bundle_size: int) -> Iterator[_Part]:
    kind = archive_kind(meta.path)
    if kind == "text" or _is_gzip(meta.path) or meta.size_in_bytes <= desired_bundle_size:
        yield _Part(meta.path, kind)
    elif kind == "avro":
        yield from _plan_avro_parts(meta.path, desired_bundle_size)
    else:
        for start in range(0, meta.size_in_bytes, desired_bundle_size):
            stop = start + desired_bundle_size
            yield _Part(meta.path, kind, start, None if stop >= meta.size_in_bytes else stop)


def _read_line(f, limit: int) -> tuple[bytes, int]:
    """(the line without its end, bytes consumed); a line over ``limit`` is cut at ``limit + 1`` bytes."""
    line = f.readline(limit + 1)
    consumed = len(line)
    if consumed > limit and not line.endswith(b"\n"):
        while True:  # skip the rest of an oversized line without holding it
            rest = f.readline(_CHUNK)
            consumed += len(rest)
            if not rest or rest.endswith(b"\n"):
                break
    elif line.endswith(b"\n"):
        line = line[:-2] if line.endswith(b"\r\n") else line[:-1]
    return line, consumed


def _read_json_lines(part: _Part, max_line_bytes: int) -> Iterator[Union[RawMessage, _ReadFailure]]:
    """The non-blank lines that start in ``[part.start, part.stop)``, numbered from the file's first line.

    A line belongs to the range its first byte falls in. The number of a
    range's first line is the count of newlines before it, so a range deep in
    a large file first scans (without decoding) the bytes before it. gzip is
    read with Python's gzip module, which checks the CRC and length and raises
    on truncation.
    """
    path = part.path
    line_no, position = 1, part.start
    stop = part.stop if part.stop is not None else float("inf")
    try:
        with _open_raw(path) as raw:
            if _is_gzip(path):
                stream = gzip.GzipFile(fileobj=raw, mode="rb")
            else:
                stream = raw
                if part.start > 0:
                    before, _ = _count_newlines(raw, part.start - 1)
                    skipped = raw.readline()  # the line holding byte start-1 belongs to the range before
                    if not skipped.endswith(b"\n"):
                        return
                    line_no, position = before + 2, part.start - 1 + len(skipped)
            while position < stop:
                line, consumed = _read_line(stream, max_line_bytes)
                if not consumed:
                    break
                position += consumed
                if line.strip():
                    yield RawMessage(value=line, source=SourceRef(path=path, line=line_no))
                line_no += 1
    except (OSError, EOFError, zlib.error) as e:
        yield _ReadFailure(path, line_no, type(e).__name__, str(e) or type(e).__name__)


def _read_text_file(part: _Part, max_bytes: int) -> Iterator[Union[RawMessage, _ReadFailure]]:
    """One plain-text article; a file over the limit is cut at limit + 1 bytes."""
    try:
        with _open_raw(part.path) as f:
            value = f.read(max_bytes + 1)
    except OSError as e:
        yield _ReadFailure(part.path, None, type(e).__name__, str(e))
        return
    yield RawMessage(value=value, source=SourceRef(path=part.path))


def _read_avro_file(part: _Part) -> Iterator[Union[RawMessage, _ReadFailure]]:
    """Each record of the part's blocks as the JSON the parser reads; line = record number in the file.

    Records are decoded block by block with the current ``article`` schema as
    reader schema, so archives written with an older compatible version read
    too, and a file of another record type fails as a whole.
    """
    record_no = part.first
    try:
        with _open_raw(part.path) as f:
            blocks = fastavro.block_reader(f, reader_schema=load_schema(ARTICLE_SCHEMA))  # reads the header
            if part.start:
                f.seek(part.start)
            for block in blocks:
                if part.stop is not None and block.offset >= part.stop:
                    break
                for record in block:
                    yield RawMessage(value=record_to_message_value(record),
                                     source=SourceRef(path=part.path, line=record_no))
                    record_no += 1
    except Exception as e:  # fastavro raises many kinds on corrupt data
        yield _ReadFailure(part.path, record_no, type(e).__name__, str(e) or type(e).__name__)


def _read_part(part: _Part, max_line_bytes: int = MAX_MESSAGE_BYTES) -> Iterator[Union[RawMessage, _ReadFailure]]:
    if part.kind == "jsonl":
        return _read_json_lines(part, max_line_bytes)
    if part.kind == "text":
        return _read_text_file(part, max_line_bytes)
    return _read_avro_file(part)


def plan_archive_parts(patterns: Sequence[PathLike], desired_bundle_size: int = 64 * 1024 * 1024) -> list[_Part]:
    """The reading work for ``patterns``, in the driver: whole files or byte ranges.

    Lets a backfill cut a large archive into chunks of parts and run one
    bounded pipeline per chunk, so that no runner holds the whole archive's
    claims in memory at once.
    """
    metas = {m.path: m for m in expand_archive_patterns(list(patterns))}
    return [part for path in sorted(metas) for part in _plan_parts(metas[path], desired_bundle_size)]


def part_size(part: _Part) -> int:
    """Bytes a part covers (compressed bytes for gzip files)."""
    end = part.stop if part.stop is not None else os.path.getsize(part.path)
    return max(0, end - part.start)


class _ReadParts(beam.DoFn):
    """Reads one part; a read failure fails the pipeline or goes to the dead-letter output."""

    def __init__(self, max_line_bytes: int, dead_letters: bool):
        self.max_line_bytes = max_line_bytes
        self.dead_letters = dead_letters
        self.read = Metrics.counter(METRICS_NAMESPACE, "archive_messages_read")
        self.failed = Metrics.counter(METRICS_NAMESPACE, "archive_files_failed")

    def process(self, part: _Part):
        for item in _read_part(part, self.max_line_bytes):
            if isinstance(item, RawMessage):
                self.read.inc()
                yield item
                continue
            self.failed.inc()
            error = ArchiveReadError(item.path, item.line, f"{item.error_class}: {item.detail}")
            if not self.dead_letters:
                raise error
            logger.error("archive read failed, the rest of its file (or byte range) skipped: %s", error)
            yield TaggedOutput(DEAD_LETTER, DeadLetter(
                reason=f"unreadable archive: {item.detail}", error_class=item.error_class, stage="read",
                value=b"", source=SourceRef(path=item.path, line=item.line)))


class ReadArticleArchives(beam.PTransform):
    """Root transform: archive files -> RawMessage (see the module docstring).

    All formats are read by one ParDo, so that its output is a single
    PCollection the steps after it fuse with: the FnApiRunner materialises the
    inputs of a Flatten in memory, which would hold the whole archive.

    Args:
        patterns: globs or directories; each must match at least one archive file.
        max_line_bytes: longer lines (and larger text files) are cut at this
            many bytes + 1, so the parser dead-letters them as oversized.
        desired_bundle_size: byte size of the ranges uncompressed JSON-lines
            files are split into, to be read in parallel.
    """

    def __init__(self, patterns: Sequence[PathLike] = (), *, max_line_bytes: int = MAX_MESSAGE_BYTES,
                 desired_bundle_size: int = 64 * 1024 * 1024, parts: Optional[Sequence[_Part]] = None,
                 label: Optional[str] = None):
        super().__init__(label)
        if isinstance(patterns, (str, os.PathLike)):
            raise TypeError("patterns must be a list of paths or globs, not a single string")
        self.patterns = [os.fspath(p) for p in patterns]
        self.parts = list(parts) if parts is not None else None
        if self.parts is None:
            expand_archive_patterns(self.patterns)  # fail now, not mid-run, on a typo
        self.max_line_bytes = max_line_bytes
        self.desired_bundle_size = desired_bundle_size
        self._dead_letters = False

    def with_dead_letters(self) -> "ReadArticleArchives":
        """A copy whose expand returns ``(messages, dead_letters)`` instead of failing on a damaged file."""
        other = copy.copy(self)
        other._dead_letters = True
        return other

    def expand(self, pbegin):
        desired = self.desired_bundle_size
        if self.parts is not None:  # planned by the driver (plan_archive_parts)
            parts = (pbegin | "Parts" >> beam.Create(self.parts) | "SpreadParts" >> beam.Reshuffle())
        else:
            parts = self._match_and_plan(pbegin, desired)
        read = parts | "ReadParts" >> beam.ParDo(_ReadParts(self.max_line_bytes, self._dead_letters)).with_outputs(
            DEAD_LETTER, main="messages")
        if self._dead_letters:
            return read.messages, read[DEAD_LETTER]
        return read.messages

    def _match_and_plan(self, pbegin, desired: int):
        return (
            pbegin
            | "Patterns" >> beam.Create([_to_glob(p) for p in self.patterns])
            | "MatchFiles" >> fileio.MatchAll()
            | "KnownFormats" >> beam.Filter(lambda m: archive_kind(m.path) is not None)
            | "KeyByPath" >> beam.Map(lambda m: (m.path, m))
            | "OncePerPath" >> beam.GroupByKey()
            | "PlanParts" >> beam.FlatMapTuple(lambda _, metas: _plan_parts(next(iter(metas)), desired))
            | "SpreadParts" >> beam.Reshuffle()
        )
