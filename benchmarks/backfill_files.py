"""Articles/s for reading (and parsing) an archive on disk with ReadArticleArchives.

Generates an archive of seed-article variants in a temporary folder, then runs
``ReadArticleArchives | ParseArticles`` (or the read alone with ``--read-only``)
on the FnApiRunner and prints wall time, articles/s and peak RSS. Flags it
does not know go to PipelineOptions, so the worker count can be compared:

    python benchmarks/backfill_files.py --articles 20000 --format jsonl.gz
    python benchmarks/backfill_files.py --format all --direct_num_workers=2 --direct_running_mode=multi_processing
"""
from __future__ import annotations

import argparse
import gzip
import json
import logging
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import apache_beam as beam
from apache_beam.metrics import MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline.io.archives import ReadArticleArchives, count_archive_records, write_article_avro
from pipeline.models import RawMessage
from pipeline.parse.article import parse_message
from pipeline.transforms import METRICS_NAMESPACE, ParseArticles

SEED = Path(__file__).resolve().parent.parent / "tests" / "data" / "seed-article.txt"
FORMATS = ("jsonl", "jsonl.gz", "avro", "txt")


def _articles(n: int):
    seed = parse_message(RawMessage(value=SEED.read_bytes()))
    for i in range(n):
        yield seed.model_copy(update={"article_id": f"bench-{i}",
                                      "body": seed.body.replace("2,359", f"{2000 + i % 997:,}")})


def _line(a) -> str:
    return json.dumps({"id": a.article_id, "title": a.headline, "section": a.section,
                       "published": a.published_at.isoformat(), "body": a.body, "keywords": a.keywords})


def generate(folder: Path, fmt: str, n: int, files: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    per_file = -(-n // files)
    stream = iter(_articles(n))
    for k in range(files):
        chunk = (a for _, a in zip(range(per_file), stream))  # streamed: RSS is the pipeline's
        if fmt == "jsonl":
            with open(folder / f"part-{k}.jsonl", "w", encoding="utf-8") as f:
                f.writelines(_line(a) + "\n" for a in chunk)
        elif fmt == "jsonl.gz":
            with gzip.open(folder / f"part-{k}.jsonl.gz", "wt", encoding="utf-8", compresslevel=6) as f:
                f.writelines(_line(a) + "\n" for a in chunk)
        elif fmt == "avro":
            write_article_avro(folder / f"part-{k}.avro", chunk)
        else:
            sub = folder / f"part-{k}"
            sub.mkdir(exist_ok=True)
            for a in chunk:
                (sub / f"{a.article_id}.txt").write_text(f"{a.headline}\n\n{a.section}\n\n{a.body}\n", encoding="utf-8")


def run_once(folder: Path, read_only: bool, beam_args: list[str]) -> tuple[int, float]:
    options = PipelineOptions(beam_args)
    start = time.perf_counter()
    p = beam.Pipeline(runner="FnApiRunner", options=options)
    raw = p | "ReadArchives" >> ReadArticleArchives([str(folder)])
    if not read_only:
        raw | "ParseArticles" >> ParseArticles()
    result = p.run()
    result.wait_until_finish()
    seconds = time.perf_counter() - start
    name = "archive_messages_read" if read_only else "articles_parsed"
    counters = result.metrics().query(MetricsFilter().with_namespace(METRICS_NAMESPACE).with_name(name))["counters"]
    return sum(c.committed or c.attempted or 0 for c in counters), seconds


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--format", choices=FORMATS + ("all",), default="all")
    parser.add_argument("--read-only", action="store_true", help="read without parsing")
    known, beam_args = parser.parse_known_args(argv)
    logging.basicConfig(level=logging.WARNING)
    workdir = Path(tempfile.mkdtemp(prefix="backfill-bench-"))
    try:
        for fmt in FORMATS if known.format == "all" else (known.format,):
            folder = workdir / fmt.replace(".", "_")
            generate(folder, fmt, known.articles, known.files)
            size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
            total = count_archive_records([str(folder)])
            n, seconds = run_once(folder, known.read_only, beam_args)
            rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                      resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
            print(f"{fmt:9s} {'read' if known.read_only else 'read+parse'}: {n} articles "
                  f"({size / 1e6:.1f} MB in {known.files} part(s), counted ahead: {total}) in {seconds:.2f} s "
                  f"= {n / seconds:,.0f} articles/s; peak RSS so far {rss:.0f} MB; "
                  f"beam args: {' '.join(beam_args) or '(none)'}")
            sys.stdout.flush()
            shutil.rmtree(folder)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
