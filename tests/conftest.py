"""Shared fixtures: a real Kafka-protocol broker and a real PostgreSQL.

Layers: a session-wide broker (topics are per test, named uniquely), and a
PostgreSQL schema per test that is dropped afterwards.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from pipeline.io.broker import LocalBroker

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSCLAIMS_SHARED_DIR", REPO.parent / "shared"))
SEED_ARTICLE = REPO / "tests" / "data" / "seed-article.txt"
PG_DSN = os.environ.get("NEWSCLAIMS_TEST_POSTGRES_DSN", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def kafka_broker():
    """A Tansu broker on a free port for the whole session; yields 'host:port'."""
    with LocalBroker() as broker:
        yield broker.bootstrap_servers


@pytest.fixture
def topic_name(request) -> str:
    return f"t-{request.node.name[:40]}-{uuid.uuid4().hex[:8]}".replace("[", "-").replace("]", "")


@pytest.fixture
def seed_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture
def pg_dsn():
    """A DSN whose search_path is a fresh schema, dropped after the test."""
    psycopg = pytest.importorskip("psycopg")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(PG_DSN, autocommit=True)
    except psycopg.OperationalError as e:  # pragma: no cover - CI starts PostgreSQL
        pytest.fail(f"PostgreSQL not reachable at {PG_DSN}: {e}")
    admin.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in PG_DSN else "?"
    yield f"{PG_DSN}{sep}options=-csearch_path%3D{schema}"
    admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
    admin.close()
