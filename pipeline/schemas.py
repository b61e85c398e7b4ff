"""The Avro contract: load ``schemas/*.avsc`` and convert between models and Avro records.

Every sink (Avro files, Kafka, and the mention dataset) writes records made
here, so the pydantic models in :mod:`pipeline.models` and the ``.avsc`` files
meet in one place; ``tests/test_contract.py`` checks them field by field.

Schema evolution: each schema carries ``"newsclaims.schema_version"``. The
current files live in ``schemas/``; each older version is kept as
``schemas/history/<name>.v<N>.avsc`` and must stay readable with the current
schema as the reader (every field added since has a default).

Timestamps are ``timestamp-millis``: sub-millisecond precision is dropped and
naive datetimes are taken as UTC; records read back carry aware UTC datetimes.

    >>> from pipeline.schemas import load_schema, schema_version
    >>> schema_version("claim")
    2
    >>> load_schema("claim")["name"]
    'newsclaims.Claim'
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import logging
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

import fastavro
import fastavro.validation

import pipeline
from pipeline.models import Claim, Mention

logger = logging.getLogger(__name__)

__all__ = [
    "SCHEMA_DIR",
    "HISTORY_DIR",
    "VERSION_PROPERTY",
    "raw_schema",
    "load_schema",
    "schema_version",
    "history_versions",
    "claim_to_record",
    "record_to_claim",
    "mention_records",
    "mention_to_record",
    "validate_record",
    "validated",
]

# The package is installed editable, so the repository's top-level schemas/
# sits next to the package folder.
SCHEMA_DIR = Path(pipeline.__file__).resolve().parent.parent / "schemas"
HISTORY_DIR = SCHEMA_DIR / "history"
VERSION_PROPERTY = "newsclaims.schema_version"


def _schema_path(name: str, version: Optional[int]) -> Path:
    if version is None:
        return SCHEMA_DIR / f"{name}.avsc"
    path = HISTORY_DIR / f"{name}.v{version}.avsc"
    if not path.exists() and (SCHEMA_DIR / f"{name}.avsc").exists():
        # The current version has no history file: it lives in schemas/.
        current = json.loads((SCHEMA_DIR / f"{name}.avsc").read_text(encoding="utf-8"))
        if current.get(VERSION_PROPERTY) == version:
            return SCHEMA_DIR / f"{name}.avsc"
    return path


@functools.lru_cache(maxsize=None)
def _raw_schema_text(name: str, version: Optional[int]) -> str:
    path = _schema_path(name, version)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise FileNotFoundError(f"no Avro schema {name!r} version {version} at {path}") from e


def raw_schema(name: str, version: Optional[int] = None) -> dict:
    """The schema as JSON (a fresh copy), e.g. to register it with a schema registry."""
    return json.loads(_raw_schema_text(name, version))


@functools.lru_cache(maxsize=None)
def load_schema(name: str, version: Optional[int] = None) -> dict:
    """The parsed fastavro schema ``schemas/<name>.avsc`` (or a history version). Cached: do not mutate."""
    return fastavro.parse_schema(raw_schema(name, version))


def schema_version(name: str, version: Optional[int] = None) -> int:
    return int(raw_schema(name, version)[VERSION_PROPERTY])


def history_versions(name: str) -> list[int]:
    """Older versions of ``name`` kept in ``schemas/history``, oldest first."""
    versions = []
    for path in HISTORY_DIR.glob(f"{name}.v*.avsc"):
        suffix = path.name[len(name) + 2:-len(".avsc")]
        if suffix.isdigit():
            versions.append(int(suffix))
    return sorted(versions)


def validate_record(record: dict[str, Any], schema: dict) -> None:
    """Raise ``fastavro.validation.ValidationError`` unless ``record`` fits ``schema``.

    fastavro builds a detailed error for every union branch that does not
    match when ``raise_errors=True`` (10x slower on our nullable fields), so
    the fast check runs first and the detailed one only to explain a failure.
    """
    if not fastavro.validation.validate(record, schema, raise_errors=False):
        fastavro.validation.validate(record, schema, raise_errors=True)
        raise fastavro.validation.ValidationError(f"record does not fit schema {schema.get('name')}")


def validated(records: Iterable[dict[str, Any]], schema: dict) -> Iterator[dict[str, Any]]:
    """Pass records through, validating each against ``schema`` on the way."""
    for record in records:
        validate_record(record, schema)
        yield record


def _utc(value: Optional[dt.datetime]) -> Optional[dt.datetime]:
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc)


def mention_to_record(mention: Mention) -> dict[str, Any]:
    record = mention.model_dump(mode="python")
    record["published_at"] = _utc(mention.published_at)
    return record


def claim_to_record(claim: Claim) -> dict[str, Any]:
    """The Avro record (schema ``claim``) for a claim."""
    record = claim.model_dump(mode="python", exclude={"mentions"})
    record["qualifier"] = claim.qualifier.value
    for key in ("first_seen", "last_seen", "updated_at"):
        record[key] = _utc(getattr(claim, key))
    record["mentions"] = [mention_to_record(m) for m in claim.mentions]
    return record


def record_to_claim(record: dict[str, Any]) -> Claim:
    """A claim from a record read with the current ``claim`` schema as reader."""
    return Claim.model_validate(record)


def mention_records(claim: Claim) -> list[dict[str, Any]]:
    """The flattened ``claim_mention`` records of a claim: one per mention, with ``claim_id``."""
    return [{"claim_id": claim.claim_id, **mention_to_record(m)} for m in claim.mentions]
