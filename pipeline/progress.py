"""A progress bar for a Beam job running on this machine.

Workers may be threads or separate processes (``--direct_running_mode=
multi_processing``), so counts travel through a small file: each worker
appends a line with how many elements it saw (O_APPEND writes of a few bytes
are atomic), and a thread in the driver sums the file and draws a tqdm bar
with articles, rate and time left. On a remote runner the file is not shared,
and the bar simply shows nothing new until the job ends.

    with ProgressBar(total=120_000, unit="article") as bar:
        messages | "Progress" >> CountProgress(bar.path)
        pipeline.run().wait_until_finish()
"""
from __future__ import annotations

import logging
import os
import tempfile
import threading
import time
from typing import Optional

import apache_beam as beam

logger = logging.getLogger(__name__)


class _CountProgressDoFn(beam.DoFn):
    FLUSH_EVERY = 0.5  # seconds

    def __init__(self, path: str):
        self.path = path

    def setup(self):
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self._pending = 0
        self._last = time.monotonic()

    def _flush(self):
        if self._pending:
            os.write(self._fd, f"{self._pending}\n".encode())
            self._pending = 0
        self._last = time.monotonic()

    def process(self, element):
        self._pending += 1
        if time.monotonic() - self._last >= self.FLUSH_EVERY:
            self._flush()
        yield element

    def finish_bundle(self):
        self._flush()

    def teardown(self):
        self._flush()
        os.close(self._fd)


class CountProgress(beam.PTransform):
    """Pass elements through unchanged, reporting how many went by."""

    def __init__(self, path: str):
        super().__init__()
        self.path = path

    def expand(self, pcoll):
        return pcoll | "CountProgress" >> beam.ParDo(_CountProgressDoFn(self.path))


def read_count(path: str) -> int:
    try:
        with open(path, "rb") as f:
            return sum(int(line) for line in f.read().split(b"\n") if line.strip())
    except FileNotFoundError:
        return 0


class ProgressBar:
    """Owns the count file and the thread that draws the bar from it."""

    def __init__(self, total: Optional[int] = None, unit: str = "article", desc: str = "backfill",
                 enabled: bool = True, interval: float = 0.5):
        fd, self.path = tempfile.mkstemp(prefix="newsclaims-progress-", suffix=".txt")
        os.close(fd)
        self.total = total
        self.unit = unit
        self.desc = desc
        self.enabled = enabled
        self.interval = interval
        self._stop = threading.Event()
        self._thread: Optional[threading.Thread] = None
        self.count = 0

    def _draw(self):
        from tqdm import tqdm

        with tqdm(total=self.total, unit=self.unit, desc=self.desc, dynamic_ncols=True, smoothing=0.1) as bar:
            while True:
                stopping = self._stop.wait(self.interval)
                now = read_count(self.path)
                if now > bar.n:
                    bar.update(now - bar.n)
                if stopping:
                    break

    def __enter__(self) -> "ProgressBar":
        if self.enabled:
            self._thread = threading.Thread(target=self._draw, name="progress", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout=5)
        self.count = read_count(self.path)
        os.unlink(self.path)
