"""One typed configuration for every job, built from flags and the environment.

Only :func:`from_env` reads ``os.environ``; everything else receives a
:class:`JobConfig`. Environment variables fill what flags leave unset:

    NEWSCLAIMS_BOOTSTRAP_SERVERS, NEWSCLAIMS_POSTGRES_DSN,
    NEWSCLAIMS_KAFKA_SASL_PASSWORD (or NEWSCLAIMS_KAFKA_SASL_PASSWORD_FILE),
    NEWSCLAIMS_SCHEMA_REGISTRY_URL
"""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Mapping, Optional

from pydantic import BaseModel, ConfigDict, Field, SecretStr

logger = logging.getLogger(__name__)

DEFAULT_RUNNER = "FnApiRunner"


class SinkConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    avro_dir: Optional[Path] = None
    avro_codec: str = "deflate"
    postgres_dsn: Optional[SecretStr] = None
    output_topic: Optional[str] = None
    schema_registry_url: Optional[str] = None
    dead_letter_topic: Optional[str] = None
    dead_letter_dir: Optional[Path] = None

    def resolved_dead_letter_dir(self) -> Optional[Path]:
        if self.dead_letter_dir:
            return self.dead_letter_dir
        return self.avro_dir / "dead_letters" if self.avro_dir else None


class JobConfig(BaseModel):
    """Everything a run, follow or backfill job needs, besides Beam's own options."""

    model_config = ConfigDict(extra="forbid")

    sinks: SinkConfig = Field(default_factory=SinkConfig)
    ledger_url: Optional[str] = None
    max_message_bytes: int = 2 * 1024 * 1024
    max_records: Optional[int] = None
    max_bad_ratio: float = 0.5
    bad_ratio_min_messages: int = 20

    def resolved_ledger_url(self) -> Optional[str]:
        """The ledger is on by default, beside the Avro output it describes."""
        if self.ledger_url in ("none", ""):
            return None
        if self.ledger_url:
            return self.ledger_url
        if self.sinks.avro_dir:
            return f"sqlite:///{(self.sinks.avro_dir / '_ledger' / 'ledger.sqlite').resolve()}"
        return None


def env_value(env: Mapping[str, str], name: str) -> Optional[str]:
    """A secret or setting from NAME, or from the file named by NAME_FILE."""
    if env.get(name):
        return env[name]
    path = env.get(f"{name}_FILE")
    if path:
        return Path(path).read_text(encoding="utf-8").strip()
    return None


def from_env(env: Optional[Mapping[str, str]] = None) -> dict[str, Optional[str]]:
    env = os.environ if env is None else env
    return {
        "bootstrap_servers": env_value(env, "NEWSCLAIMS_BOOTSTRAP_SERVERS"),
        "postgres_dsn": env_value(env, "NEWSCLAIMS_POSTGRES_DSN"),
        "sasl_plain_password": env_value(env, "NEWSCLAIMS_KAFKA_SASL_PASSWORD"),
        "schema_registry_url": env_value(env, "NEWSCLAIMS_SCHEMA_REGISTRY_URL"),
    }
