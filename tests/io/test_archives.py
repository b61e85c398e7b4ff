"""Archives on disk -> RawMessage: every article once, line numbers right, damage reported, not hidden."""
from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import shutil
from pathlib import Path

import apache_beam as beam
import fastavro
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import BeamAssertException, assert_that, equal_to

from pipeline.io.archives import (
    ArchiveReadError,
    ReadArticleArchives,
    count_archive_records,
    write_article_avro,
)
from pipeline.models import Article, RawMessage
from pipeline.parse.article import parse_message
from pipeline.schemas import load_schema, raw_schema
from pipeline.transforms import ParseArticles

UTC = dt.timezone.utc
SEED = Path(__file__).resolve().parent.parent / "data" / "seed-article.txt"


def _article(prefix: str, i: int, **extra) -> Article:
    return Article(
        article_id=f"{prefix}-{i}", outlet="TASS", url=f"https://example.org/{prefix}/{i}",
        headline=f"Strikes reported in {prefix} {i}", section="Middle East",
        published_at=dt.datetime(2015, 9, 30, 16, 32, i, tzinfo=UTC),
        body=f"Officials said {i + 2} people were hurt on Monday.\n\nA second paragraph about {prefix} {i}.",
        keywords=["Syria", "Russia"], **extra)


def _plain_json(a: Article) -> str:
    return json.dumps({"id": a.article_id, "outlet": a.outlet, "url": a.url, "title": a.headline,
                       "section": a.section, "published": a.published_at.isoformat(), "body": a.body,
                       "keywords": a.keywords})


def _ninjs(a: Article) -> str:
    html = "".join(f"<p>{p}</p>" for p in a.body.split("\n\n"))
    return json.dumps({"guid": a.article_id, "uri": a.url, "copyrightholder": a.outlet, "headline": a.headline,
                       "section": a.section, "versioncreated": a.published_at.isoformat(), "body_html": html,
                       "keywords": a.keywords, "pubstatus": "usable"})


def _fields(a: Article) -> tuple:
    return (a.article_id, a.outlet, a.url, a.headline, a.section, a.published_at, a.body, tuple(a.keywords))


def _parsed_fields(value: bytes) -> tuple:
    return _fields(parse_message(RawMessage(value=value)))


def _run(patterns, build, **kwargs):
    with TestPipeline(runner="FnApiRunner") as p:
        build(p | ReadArticleArchives(patterns, **kwargs))


@pytest.fixture
def mixed_archive(tmp_path):
    """A folder of every format; returns (folder, expected parsed fields, expected (file, line) of messages)."""
    root = tmp_path / "archive"
    (root / "texts" / "2015").mkdir(parents=True)
    expected, sources = [], []

    plain = [_article("plain", i) for i in range(3)]
    lines = [_plain_json(plain[0]), "{this is not json", "", _plain_json(plain[1]), _plain_json(plain[2])]
    (root / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected += [_fields(a) for a in plain]
    sources += [("a.jsonl", 1), ("a.jsonl", 2), ("a.jsonl", 4), ("a.jsonl", 5)]

    ninjs = [_article("ninjs", i) for i in range(2)]
    raw_line = json.dumps({"id": "raw-1", "raw": SEED.read_text(encoding="utf-8")})
    with gzip.open(root / "b.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write("\n".join([_ninjs(ninjs[0]), raw_line, _ninjs(ninjs[1])]))  # no final newline
    expected += [_fields(a) for a in ninjs] + [_parsed_fields(raw_line.encode())]
    sources += [("b.jsonl.gz", 1), ("b.jsonl.gz", 2), ("b.jsonl.gz", 3)]

    shutil.copy(SEED, root / "texts" / "seed-article.txt")
    other = "WASHINGTON\n\nQuake damage assessed\n\nThe agency said 12 buildings collapsed in the quake on Tuesday.\n"
    (root / "texts" / "2015" / "quake.txt").write_text(other, encoding="utf-8")
    (root / "texts" / "README.md").write_text("not an article", encoding="utf-8")
    (root / "texts" / ".partial.txt").write_text("a temporary file", encoding="utf-8")
    expected += [_parsed_fields(SEED.read_bytes()), _parsed_fields(other.encode())]
    sources += [("seed-article.txt", None), ("quake.txt", None)]

    avro = [_article("avro", i) for i in range(3)]
    write_article_avro(root / "c.avro", avro)
    expected += [_fields(a) for a in avro]
    sources += [("c.avro", 1), ("c.avro", 2), ("c.avro", 3)]
    return root, expected, sources


def test_mixed_archive_every_article_once(mixed_archive):
    root, expected, sources = mixed_archive
    with TestPipeline(runner="FnApiRunner") as p:
        raw = p | ReadArticleArchives([str(root)])
        parsed = raw | ParseArticles()
        assert_that(raw | beam.Map(lambda m: (os.path.basename(m.source.path), m.source.line)),
                    equal_to(sources), label="EveryMessageOnceAtItsPlace")
        assert_that(parsed.articles | beam.Map(_fields), equal_to(expected), label="SameArticleFields")
        assert_that(parsed.dead_letter | beam.Map(lambda d: (os.path.basename(d.source.path), d.source.line,
                                                            d.reason)),
                    equal_to([("a.jsonl", 2, "invalid JSON")]), label="CorruptLineDeadLettered")


def test_overlapping_patterns_read_a_file_once(mixed_archive):
    root, _, _ = mixed_archive
    with TestPipeline(runner="FnApiRunner") as p:
        raw = p | ReadArticleArchives([str(root / "*.jsonl"), str(root), str(root / "texts") + "/"])
        assert_that(raw | beam.combiners.Count.Globally(), equal_to([12]))


def test_avro_value_is_the_record_as_json(tmp_path):
    article = _article("avro", 7, story_id="story-1")
    write_article_avro(tmp_path / "one.avro", [article])

    def check(values):
        [value] = values
        record = json.loads(value)
        assert record["story_id"] == "story-1"
        assert record["published_at"] == "2015-09-30T16:32:07+00:00"
        assert _parsed_fields(value) == _fields(article)

    _run([str(tmp_path / "*.avro")], lambda raw: assert_that(raw | beam.Map(lambda m: m.value), check))


def _numbered_lines(n: int) -> list[str]:
    return [json.dumps({"id": f"n{i}", "body": f"Police said {i} were hurt."}) for i in range(1, n + 1)]


def _check_numbered(n: int):
    def check(pairs):
        if sorted(pairs) != sorted((f"n{i}", i) for i in range(1, n + 1)):
            ids = [p[0] for p in pairs]
            raise BeamAssertException(f"{len(pairs)} lines read, {len(set(ids))} distinct, want {n}; "
                                      f"wrong line numbers: {[p for p in pairs if p[0] != f'n{p[1]}'][:5]}")
    return check


def test_large_gzip_file_read_completely(tmp_path):
    n = 20_000
    with gzip.open(tmp_path / "big.json.gz", "wt", encoding="utf-8") as f:
        f.write("\n".join(_numbered_lines(n)) + "\n")
    _run([str(tmp_path / "big.json.gz")],
         lambda raw: assert_that(raw | beam.Map(lambda m: (json.loads(m.value)["id"], m.source.line)),
                                 _check_numbered(n)))


def test_uncompressed_file_split_into_ranges_keeps_lines_and_numbers(tmp_path):
    n = 20_000
    lines = _numbered_lines(n)
    data = "\n".join(lines[:100]) + "\r\n" + "\n".join(lines[100:]) + "\n"  # one CRLF line
    (tmp_path / "big.ndjson").write_text(data, encoding="utf-8", newline="")
    size = (tmp_path / "big.ndjson").stat().st_size
    # Ranges of ~40 KB: dozens of splits, most starting mid-line.
    _run([str(tmp_path)],
         lambda raw: assert_that(raw | beam.Map(lambda m: (json.loads(m.value)["id"], m.source.line)),
                                 _check_numbered(n)),
         desired_bundle_size=size // 37)
    assert count_archive_records([str(tmp_path)]) == n


def _truncated_gzip(path: Path, n: int) -> None:
    blob = gzip.compress(("\n".join(_numbered_lines(n)) + "\n").encode())
    path.write_bytes(blob[: len(blob) // 2])


def test_truncated_gzip_fails_the_pipeline_by_default(tmp_path):
    _truncated_gzip(tmp_path / "cut.jsonl.gz", 5_000)
    # The runner wraps the error; its text names the type, the file and the line.
    with pytest.raises(Exception, match=ArchiveReadError.__name__ + r": .*cut\.jsonl\.gz at line/record \d+: EOFError"):
        _run([str(tmp_path)], lambda raw: raw | beam.Map(lambda m: m))


def test_truncated_gzip_keeps_what_was_read_and_dead_letters_the_rest(tmp_path):
    _truncated_gzip(tmp_path / "cut.jsonl.gz", 5_000)
    (tmp_path / "fine.jsonl").write_text("\n".join(_numbered_lines(3)) + "\n", encoding="utf-8")

    def check_lines(lines):
        cut = sorted(line for name, line in lines if name == "cut.jsonl.gz")
        assert sorted(line for name, line in lines if name == "fine.jsonl") == [1, 2, 3]
        assert 0 < len(cut) < 5_000 and cut == list(range(1, len(cut) + 1)), (len(cut), cut[-3:])

    with TestPipeline(runner="FnApiRunner") as p:
        raw, dead = p | ReadArticleArchives([str(tmp_path)]).with_dead_letters()
        lines = raw | beam.Map(lambda m: (os.path.basename(m.source.path), m.source.line))
        assert_that(lines, check_lines, label="PrefixKept")
        assert_that(dead | beam.Map(lambda d: (os.path.basename(d.source.path), d.stage, d.error_class)),
                    equal_to([("cut.jsonl.gz", "read", "EOFError")]), label="DamageDeadLettered")


@pytest.mark.parametrize("desired_bundle_size", [64 << 20, 5_000])
def test_corrupt_avro_block_keeps_earlier_records(tmp_path, desired_bundle_size):
    path = tmp_path / "many.avro"
    write_article_avro(path, [_article("avro", i % 60) for i in range(300)], sync_interval=2000)
    with open(path, "rb") as f:
        sync = fastavro.reader(f)._header["sync"]
    data = path.read_bytes()
    at = -1
    for _ in range(5):  # break the sync marker after the 4th block
        at = data.index(sync, at + 1)
    path.write_bytes(data[:at] + b"\0" * 16 + data[at + 16:])

    def check(records):
        assert 0 < len(records) < 300 and sorted(records) == list(range(1, len(records) + 1)), len(records)

    with TestPipeline(runner="FnApiRunner") as p:
        raw, dead = p | ReadArticleArchives([str(path)], desired_bundle_size=desired_bundle_size).with_dead_letters()
        assert_that(raw | beam.Map(lambda m: m.source.line), check, label="PrefixKept")
        assert_that(dead | beam.Map(lambda d: (d.stage, d.source.path)), equal_to([("read", str(path))]),
                    label="DamageDeadLettered")


def test_large_avro_file_split_at_blocks_keeps_records_and_numbers(tmp_path):
    n = 3_000
    path = tmp_path / "many.avro"
    write_article_avro(path, (_article(f"n{i}", i % 60) for i in range(1, n + 1)), sync_interval=4000)
    assert count_archive_records([str(path)]) == n
    # Ranges of ~1/25 of the file: each starts at a block boundary found from the block headers.
    _run([str(path)],
         lambda raw: assert_that(raw | beam.Map(lambda m: (json.loads(m.value)["article_id"].split("-")[0],
                                                           m.source.line)),
                                 _check_numbered(n)),
         desired_bundle_size=path.stat().st_size // 25)


def test_avro_file_of_another_record_type_is_reported_not_misread(tmp_path):
    schema = {"type": "record", "name": "Other", "fields": [{"name": "x", "type": "long"}]}
    with open(tmp_path / "other.avro", "wb") as f:
        fastavro.writer(f, schema, [{"x": 1}, {"x": 2}])
    write_article_avro(tmp_path / "good.avro", [_article("avro", 1)])
    with TestPipeline(runner="FnApiRunner") as p:
        raw, dead = p | ReadArticleArchives([str(tmp_path)]).with_dead_letters()
        assert_that(raw | beam.Map(lambda m: os.path.basename(m.source.path)), equal_to(["good.avro"]),
                    label="GoodFileRead")
        assert_that(dead | beam.Map(lambda d: (os.path.basename(d.source.path), d.source.line, d.error_class)),
                    equal_to([("other.avro", 1, "SchemaResolutionError")]), label="OtherFileReported")


def test_oversized_line_is_cut_for_the_parser_and_the_next_line_read(tmp_path):
    lines = _numbered_lines(1) + [json.dumps({"id": "big", "body": "x " * 5_000})] + _numbered_lines(3)[1:]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    want = [(1, len(lines[0])), (2, 201), (3, len(lines[2])), (4, len(lines[3]))]
    _run([str(tmp_path)], lambda raw: assert_that(raw | beam.Map(lambda m: (m.source.line, len(m.value))),
                                                  equal_to(want)), max_line_bytes=200)


def test_a_pattern_that_matches_nothing_fails_at_construction(tmp_path):
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    with pytest.raises(ValueError, match="matches nothing"):
        ReadArticleArchives([str(tmp_path / "missing" / "*.jsonl")])
    with pytest.raises(ValueError, match="none of a known archive format"):
        ReadArticleArchives([str(tmp_path)])
    with pytest.raises(TypeError):
        ReadArticleArchives(str(tmp_path))


def test_count_archive_records(mixed_archive, tmp_path):
    root, _, _ = mixed_archive
    (root / "b.jsonl.gz").unlink()
    # a.jsonl: 5 lines (one blank, counted); 2 text files; 3 Avro records.
    assert count_archive_records([str(root)]) == 5 + 2 + 3
    _truncated_gzip(tmp_path / "x.jsonl.gz", 10)
    assert count_archive_records([str(root), str(tmp_path / "x.jsonl.gz")]) is None


def test_article_schema_mirrors_the_model(tmp_path):
    schema = raw_schema("article")
    assert schema["name"] == "Article" and schema["namespace"] == "newsclaims"
    assert schema["newsclaims.schema_version"] == 1
    model_fields = [f for f in Article.model_fields if f not in ("source_format", "source")]
    assert sorted(f["name"] for f in schema["fields"]) == sorted(model_fields)
    article = _article("avro", 1, story_id="s")
    write_article_avro(tmp_path / "a.avro", [article])
    with open(tmp_path / "a.avro", "rb") as f:
        [record] = list(fastavro.reader(f, reader_schema=load_schema("article")))
    assert Article.model_validate(record) == article
