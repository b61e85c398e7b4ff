"""Backfill end to end at two archive sizes: rate and peak memory.

Generates JSON-lines archives from the gold set's articles, each repetition
moved to another day and with its figures shifted, so that the claims are
distinct as in a real archive, then runs ``newsclaims backfill`` (Avro sink,
SQLite ledger) as a child process and reads its peak RSS. Flat memory means
the larger archive peaks about where the smaller one does.

    python benchmarks/backfill_memory.py --sizes 5000 40000
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "benchmarks" / "data" / "gold" / "gold.jsonl"


def write_archive(path: Path, n: int) -> None:
    rows = [json.loads(line) for line in GOLD.read_text().splitlines() if line.strip()]
    with open(path, "w") as f:
        for i in range(n):
            r = rows[i % len(rows)]
            k = i // len(rows) + 1
            when = dt.datetime.fromisoformat(r["published_at"]) + dt.timedelta(days=k)
            body = re.sub(r"\b(\d{2,3})\b", lambda m: str(int(m.group(1)) + k), r["body"])
            f.write(json.dumps({"id": f"{r['article_id']}-{i}", "outlet": r["outlet"], "published_at": when.isoformat(),
                                "headline": r["headline"], "body": body}) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[5000, 40000])
    ap.add_argument("beam_args", nargs="*", help="e.g. --direct_num_workers=2")
    args = ap.parse_args()
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            archive = Path(tmp) / "archive.jsonl"
            write_archive(archive, n)
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            t = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "backfill", str(archive), "--avro-dir",
                                   str(Path(tmp) / "out"), "--no-progress", *args.beam_args],
                                  capture_output=True, text=True)
            elapsed = time.perf_counter() - t
            if proc.returncode != 0:
                raise SystemExit(proc.stderr[-3000:])
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            result = json.loads(proc.stdout.strip().splitlines()[-1])
            print(f"{n:>7,} articles ({archive.stat().st_size / 2**20:.1f} MB): {n / elapsed:6.0f} articles/s, "
                  f"{result['claim_mentions']:,} claim mentions, peak RSS "
                  f"{max(peak, before) / 1024:.0f} MB{' (>= earlier run)' if peak <= before else ''}")


if __name__ == "__main__":
    main()
