"""Dead letters to a file, for runs with no dead-letter topic.

Each bundle writes one JSON-lines file under ``DIR/dead_letters/`` (temp name,
then rename, so a reader never sees half a file). The message bytes are kept
base64-encoded, with the reason, error class, stage and source position, so a
fixed pipeline can replay them.

    {"reason": "invalid JSON", "error_class": "JSONDecodeError", "stage": "parse",
     "source": {"topic": "wire", "partition": 0, "offset": 17}, "value_b64": "..."}
"""
from __future__ import annotations

import base64
import json
import logging
import os
import uuid
from pathlib import Path
from typing import Iterable, Iterator

import apache_beam as beam

from pipeline.models import DeadLetter

logger = logging.getLogger(__name__)


def dead_letter_to_json(d: DeadLetter) -> dict:
    return {
        "reason": d.reason,
        "error_class": d.error_class,
        "stage": d.stage,
        "source": d.source.model_dump(exclude_none=True),
        "key_b64": base64.b64encode(d.key).decode() if d.key is not None else None,
        "value_b64": base64.b64encode(d.value).decode(),
    }


def write_dead_letters(directory: str | os.PathLike, letters: Iterable[DeadLetter], name: str) -> Path | None:
    letters = list(letters)
    if not letters:
        return None
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"{name}.jsonl"
    tmp = folder / f".{name}.jsonl.tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for d in letters:
            f.write(json.dumps(dead_letter_to_json(d), ensure_ascii=False) + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, final)
    return final


def read_dead_letters(directory: str | os.PathLike) -> Iterator[dict]:
    for path in sorted(Path(directory).glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)


class _WriteDeadLettersDoFn(beam.DoFn):
    def __init__(self, directory: str, batch_id: str):
        self.directory = directory
        self.batch_id = batch_id

    def start_bundle(self):
        self._buffer: list[DeadLetter] = []

    def process(self, letter: DeadLetter):
        self._buffer.append(letter)

    def finish_bundle(self):
        path = write_dead_letters(self.directory, self._buffer, f"{self.batch_id}-{uuid.uuid4().hex[:8]}")
        if path:
            logger.warning("%d dead letters written to %s", len(self._buffer), path)
        self._buffer = []


class WriteDeadLettersToFiles(beam.PTransform):
    def __init__(self, directory: str, batch_id: str):
        super().__init__()
        self.directory = str(directory)
        self.batch_id = batch_id

    def expand(self, letters):
        return letters | "WriteDeadLetterFiles" >> beam.ParDo(_WriteDeadLettersDoFn(self.directory, self.batch_id))
