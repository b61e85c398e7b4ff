"""Latency from produce to claim visible in the sink while following a live topic.

Starts the bundled broker and ``newsclaims follow`` (a child process, Avro
sink, default settings but ``--poll-interval``), then publishes one article
at a time, each with a figure never seen before, and times how long until a
claim with that figure is readable in a new Avro file.

    python benchmarks/follow_latency.py --samples 30 --poll-interval 0.2
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import fastavro

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.io.broker import LocalBroker  # noqa: E402
from pipeline.io.kafka import ensure_topic, produce_messages  # noqa: E402


def article(i: int) -> bytes:
    return json.dumps({
        "id": f"live-{i}", "outlet": "AP", "published_at": "2024-05-06T12:00:00Z",
        "headline": f"Police make arrests in sweep {i}",
        "body": f"Police said on Monday they had arrested {1000 + i} people in an overnight operation.",
    }).encode()


def values_in_new_files(folder: Path, seen: set) -> set:
    found = set()
    for path in folder.glob("claims/dt=*/*.avro"):
        if path in seen:
            continue
        seen.add(path)
        with open(path, "rb") as f:
            found.update(r["value"] for r in fastavro.reader(f))
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--samples", type=int, default=30)
    ap.add_argument("--poll-interval", type=float, default=0.2)
    args = ap.parse_args()
    with LocalBroker() as broker, tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        ensure_topic(broker.bootstrap_servers, "live", partitions=3)
        proc = subprocess.Popen(
            [sys.executable, "-m", "pipeline.cli", "follow", "--bootstrap-servers", broker.bootstrap_servers,
             "--topic", "live", "--group-id", "lat", "--avro-dir", str(out), "--poll-interval", str(args.poll_interval)],
            stdout=subprocess.DEVNULL, stderr=open(Path(tmp) / "log", "wb"))
        try:
            # Warm-up: the first batch pays the imports.
            produce_messages(broker.bootstrap_servers, "live", [article(0)], create_topic=False)
            seen: set = set()
            deadline = time.monotonic() + 120
            while 1000 not in values_in_new_files(out, seen):
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise SystemExit("follower did not produce the warm-up claim:\n"
                                     + (Path(tmp) / "log").read_text()[-2000:])
                time.sleep(0.02)
            latencies = []
            for i in range(1, args.samples + 1):
                t0 = time.perf_counter()
                produce_messages(broker.bootstrap_servers, "live", [article(i)], create_topic=False)
                while (1000 + i) not in values_in_new_files(out, seen):
                    time.sleep(0.01)
                latencies.append(time.perf_counter() - t0)
                time.sleep(0.1)
        finally:
            proc.terminate()
            proc.wait(60)
    latencies.sort()
    p95 = latencies[max(0, int(round(0.95 * len(latencies))) - 1)]
    print(f"produce -> claim in Avro sink, {len(latencies)} samples, poll interval {args.poll_interval}s:")
    print(f"  median {statistics.median(latencies):.2f}s   p95 {p95:.2f}s   "
          f"min {latencies[0]:.2f}s   max {latencies[-1]:.2f}s")


if __name__ == "__main__":
    main()
