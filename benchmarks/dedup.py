"""What deduplication costs per 100,000 mentions: pure merge, Beam combiner, SQLite ledger, stories.

Synthetic ExtractedClaims (default: 100,000 mentions over 20,000 claims, five
outlets, pairs of claims that conflict) go through:

* ``merge_all`` (pure Python): wall time, and tracemalloc peak in a second pass;
* ``DeduplicateClaims`` on the FnApiRunner (in-process), the mentions generated inside
  the pipeline; the generation time measured alone is subtracted, start-up is not;
* ``SqliteLedger.merge`` in bundles of 1,000 (what ``MergeIntoLedger`` does), into a
  fresh file, then the same again (a re-delivery: nothing changes): once with the
  20,000 merged claims (what follows ``DeduplicateClaims``), once with the 100,000
  one-mention claims (the worst case: every bundle updates 1,000 stored claims);
* story assignment (``StoryIndex`` in memory and ``SqliteLedger.assign_stories``).

Figures are scaled to "per 100,000 mentions". Run::

    python benchmarks/dedup.py                       # the default sizes
    python benchmarks/dedup.py --mentions 20000 --claims 4000 --skip-beam
    python benchmarks/dedup.py --postgres-dsn postgresql://postgres@127.0.0.1:5432/test
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import logging
import os
import random
import resource
import tempfile
import time
import tracemalloc

from pipeline.dedup import keys
from pipeline.dedup.ledger import SqliteLedger
from pipeline.dedup.merge import claim_from_extracted, merge_all
from pipeline.dedup.stories import StoryIndex
from pipeline.models import ExtractedClaim, Mention, Qualifier

T0 = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
OUTLETS = ["Reuters", "AP", "AFP", "Sputnik", "TASS"]
_RESULT: dict = {}


def synthetic(mentions: int, claims: int, part: int = 0, parts: int = 1) -> list[ExtractedClaim]:
    """``mentions`` ExtractedClaims spread evenly over ``claims`` claim ids; claims 2k and 2k+1 conflict.

    ``part``/``parts``: only every ``parts``-th mention, from ``part`` (to generate inside a pipeline).
    """
    out = []
    for i in range(part, mentions, parts):
        c = i % claims
        article = f"art-{i // 3}"
        start = (i % 3) * 200
        out.append(ExtractedClaim(
            claimant=f"Ministry {c % 50}", speaker="Spokesman" if i % 4 else None,
            metric=["killed", "injured", "displaced"][c % 3], subject=f"subject {c // 2}", actor=None,
            value=1000 + c, qualifier=[Qualifier.EXACT, Qualifier.APPROX][i % 7 == 0],
            period_start=dt.date(2026, 10, 1 + c % 28), period_end=dt.date(2026, 10, 1 + c % 28),
            period_text="on October 1",
            mention=Mention(
                mention_id=keys.mention_id(article, start, start + 30), article_id=article,
                outlet=OUTLETS[i % 5], published_at=T0 + dt.timedelta(minutes=i % 10_000),
                sentence=f"The ministry said {1000 + c} people were affected.", start=start, end=start + 30,
                story_id=f"st-{(i // 3) % 5000}",
            ),
        ))
    return out


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def per_100k(seconds: float, n: int) -> float:
    return seconds * 100_000 / n


def bench_merge_all(es: list[ExtractedClaim]) -> None:
    gc.collect()
    before = rss_mb()
    t = time.perf_counter()
    merged = merge_all(es)
    wall = time.perf_counter() - t
    after = rss_mb()
    del merged
    gc.collect()
    tracemalloc.start()
    merged = merge_all(es)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"merge_all            {wall:7.2f} s  ({per_100k(wall, len(es)):6.2f} s/100k mentions, "
          f"{len(es) / wall:8.0f} mentions/s) -> {len(merged)} claims; "
          f"tracemalloc peak {peak / 2**20:.0f} MB, RSS +{after - before:.0f} MB")


def bench_beam(mentions: int, claims: int, generation_s: float) -> None:
    """The mentions are generated inside the pipeline (10 parts), as a source would produce them:
    a ``Create`` of 100k pydantic objects would mostly measure pickling the pipeline itself."""
    import apache_beam as beam
    from apache_beam.metrics import Metrics
    from apache_beam.metrics.metric import MetricsFilter

    from pipeline.dedup.transforms import DeduplicateClaims

    parts = 10
    counter = Metrics.counter("benchmark", "claims_out")

    def count(_claim):
        counter.inc()

    gc.collect()
    before = rss_mb()
    t = time.perf_counter()
    p = beam.Pipeline(runner="FnApiRunner")
    (p | "Parts" >> beam.Create(range(parts))
       | "Generate" >> beam.FlatMap(lambda k: synthetic(mentions, claims, k, parts))
       | "Dedup" >> DeduplicateClaims()
       | "Count" >> beam.Map(count))
    result = p.run()
    result.wait_until_finish()
    wall = time.perf_counter() - t
    out = result.metrics().query(MetricsFilter().with_name("claims_out"))["counters"]
    n_out = sum(c.committed for c in out) if out else None
    net = wall - generation_s
    print(f"Beam DeduplicateClaims (FnApiRunner) {wall:7.2f} s wall incl. start-up and {generation_s:.2f} s of "
          f"generation -> {n_out} claims; net {net:.2f} s ({per_100k(net, mentions):6.2f} s/100k mentions, "
          f"{mentions / net:8.0f} mentions/s); RSS +{rss_mb() - before:.0f} MB, "
          f"process peak RSS {peak_rss_mb():.0f} MB")


def bench_ledger(es: list[ExtractedClaim], bundle: int, postgres_dsn: str = "") -> None:
    one_mention = [claim_from_extracted(e) for e in es]
    merged = merge_all(es)
    if postgres_dsn:
        bench_postgres(merged, len(es), bundle, postgres_dsn)
    with tempfile.TemporaryDirectory() as tmp:
        # After DeduplicateClaims: one merged claim per id reaches the ledger.
        with SqliteLedger(os.path.join(tmp, "premerged.db")) as led:
            for label in ("fresh", "re-delivery"):
                t = time.perf_counter()
                changed = sum(len(led.merge(merged[i:i + bundle], T0)) for i in range(0, len(merged), bundle))
                wall = time.perf_counter() - t
                print(f"SqliteLedger.merge {len(merged)} pre-merged claims, {label:<11} {wall:6.2f} s "
                      f"({per_100k(wall, len(es)):6.2f} s/100k mentions) -> {changed} changed")
        # Worst case: every bundle brings one more mention of 1,000 stored claims.
        path = os.path.join(tmp, "ledger.db")
        with SqliteLedger(path) as led:
            for label in ("fresh", "re-delivery"):
                gc.collect()
                before = rss_mb()
                t = time.perf_counter()
                changed = 0
                for i in range(0, len(one_mention), bundle):
                    changed += len(led.merge(one_mention[i:i + bundle], T0))
                wall = time.perf_counter() - t
                print(f"SqliteLedger.merge one-mention claims, {label:<11} {wall:7.2f} s  "
                      f"({per_100k(wall, len(es)):6.2f} s/100k mentions, {len(es) / wall:8.0f} mentions/s, "
                      f"bundles of {bundle}) -> {changed} changed claims emitted; RSS +{rss_mb() - before:.0f} MB")
        print(f"  ledger file {os.path.getsize(path) / 2**20:.0f} MB")


def bench_postgres(merged: list, mentions: int, bundle: int, dsn: str) -> None:
    """PostgresLedger with the merged claims, in a scratch schema dropped afterwards."""
    import uuid

    import psycopg

    from pipeline.dedup.ledger import PostgresLedger

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(dsn, autocommit=True) as admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
        try:
            sep = "&" if "?" in dsn else "?"
            with PostgresLedger(f"{dsn}{sep}options=-csearch_path%3D{schema}") as led:
                for label in ("fresh", "re-delivery"):
                    t = time.perf_counter()
                    changed = sum(len(led.merge(merged[i:i + bundle], T0)) for i in range(0, len(merged), bundle))
                    wall = time.perf_counter() - t
                    print(f"PostgresLedger.merge {len(merged)} pre-merged claims, {label:<11} {wall:6.2f} s "
                          f"({per_100k(wall, mentions):6.2f} s/100k mentions) -> {changed} changed")
        finally:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')


def bench_stories(n: int) -> None:
    words = ("ministry said strikes killed militants injured others troops province forces city report "
             "official rebels attack week border government minister army police").split()

    def body(k: int) -> str:  # 2 in 3 articles are a republished copy of an earlier one, lightly edited
        rng = random.Random(k - k % 3)
        text = " ".join(rng.choice(words) + str(rng.randrange(100)) for _ in range(150))
        return text + (" Added sentence number %d." % k if k % 3 else "")

    articles = [(f"a{k:06d}", body(k)) for k in range(n)]
    index = StoryIndex()
    t = time.perf_counter()
    stories = {index.assign(a, b) for a, b in articles}
    wall = time.perf_counter() - t
    print(f"StoryIndex.assign    {n} articles {wall:6.2f} s ({n / wall:6.0f} articles/s) -> {len(stories)} stories")
    with tempfile.TemporaryDirectory() as tmp, SqliteLedger(os.path.join(tmp, "l.db")) as led:
        t = time.perf_counter()
        out = {}
        for i in range(0, n, 200):
            out.update(led.assign_stories(articles[i:i + 200]))
        wall = time.perf_counter() - t
        print(f"SqliteLedger.assign_stories {n} articles {wall:6.2f} s ({n / wall:6.0f} articles/s, batches of 200)"
              f" -> {len(set(out.values()))} stories")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=20_000)
    parser.add_argument("--bundle", type=int, default=1000)
    parser.add_argument("--articles", type=int, default=3000, help="articles for the story benchmark")
    parser.add_argument("--skip-beam", action="store_true")
    parser.add_argument("--skip-ledger", action="store_true")
    parser.add_argument("--postgres-dsn", default="",
                        help="also measure PostgresLedger here (a scratch schema is created and dropped)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)

    t = time.perf_counter()
    es = synthetic(args.mentions, args.claims)
    generation_s = time.perf_counter() - t
    print(f"{len(es)} synthetic mentions over {args.claims} claims built in {generation_s:.2f} s; "
          f"RSS {rss_mb():.0f} MB")
    bench_merge_all(es)
    if not args.skip_beam:
        bench_beam(args.mentions, args.claims, generation_s)
    if not args.skip_ledger:
        bench_ledger(es, args.bundle, args.postgres_dsn)
    bench_stories(args.articles)
    print(f"process peak RSS {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
