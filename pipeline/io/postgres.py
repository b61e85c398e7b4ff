"""PostgreSQL sink: the ``claims`` and ``claim_mentions`` tables dashboards read.

Schema changes are versioned SQL files in ``pipeline/io/migrations/``
(``0001_init.sql``, ``0002_claims_daily.sql``...), applied in order, all pending
ones in one transaction under an advisory lock, and recorded in
``schema_migrations``. The tables land in the connection's current schema
(the first schema on ``search_path``).

Upserts merge instead of overwriting, so that replaying input (a retried
bundle, a re-run over the same Kafka offsets) changes nothing:

1. the claim row is inserted, or merged with the rules of
   ``pipeline.dedup.merge`` (order-independent): the most cautious qualifier
   wins (``Qualifier.caution``; at_least vs at_most goes to at_most), the
   longest speaker/period_text/location, the smallest spelling of the key
   texts, the union of ``conflicts_with``, the greatest extractor_version; the
   row is only rewritten when one of these values changes;
2. mentions are inserted ``ON CONFLICT (mention_id) DO NOTHING`` (a mention
   keeps the claim and the content it was first stored with);
3. ``mention_count``, ``outlet_count`` (distinct known outlets, case and
   whitespace folded; 1 when none is known), ``story_count`` (distinct
   ``story_id``, a mention without one counting as its own article's story),
   ``first_seen`` and ``last_seen`` (min/max mention ``published_at``) are
   recomputed from ``claim_mentions``, again writing only rows whose values
   change. Claims sent without mentions keep the counts they came with.

In the table, ``updated_at`` is when the stored row last changed: never
earlier than the claim's own ``updated_at``, and untouched by a replay.
Nothing here reads the environment: the caller passes the DSN.

    >>> with PostgresClaimStore("postgresql://postgres@127.0.0.1:5432/test") as store:   # doctest: +SKIP
    ...     store.migrate()
    ...     store.upsert(claims)
    {'claims': 2, 'claims_written': 2, 'mentions_inserted': 3, 'claims_recounted': 2}
"""
from __future__ import annotations

import logging
import re
import time
from pathlib import Path
from typing import Iterable, Optional

import apache_beam as beam
import psycopg
from apache_beam.transforms.window import GlobalWindow
from apache_beam.utils.windowed_value import WindowedValue

from pipeline.models import Claim, Qualifier
from pipeline.schemas import claim_to_record, mention_records

logger = logging.getLogger(__name__)

__all__ = ["MIGRATIONS_DIR", "migrations", "migrate", "PostgresClaimStore", "WriteClaimsToPostgres"]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_MIGRATION_NAME = re.compile(r"^(\d{4})_[A-Za-z0-9_]+\.sql$")

_CLAIM_COLUMNS = [
    "claim_id", "claimant", "speaker", "metric", "subject", "actor", "value", "value_high", "qualifier",
    "period_start", "period_end", "period_text", "location", "mention_count", "outlet_count", "story_count",
    "first_seen", "last_seen", "updated_at", "conflicts_with", "extractor_version",
]
_MENTION_COLUMNS = [
    "mention_id", "claim_id", "article_id", "outlet", "url", "published_at", "sentence", "start", "end",
    "text", "quoted", "story_id",
]


def migrations() -> list[tuple[int, str, str]]:
    """(version, file name, SQL) of every migration file, in version order."""
    found = []
    for path in MIGRATIONS_DIR.glob("*.sql"):
        match = _MIGRATION_NAME.match(path.name)
        if not match:
            raise ValueError(f"migration file name must look like 0001_name.sql: {path}")
        found.append((int(match.group(1)), path.name, path.read_text(encoding="utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if len(set(versions)) != len(versions):
        raise ValueError(f"duplicate migration versions in {MIGRATIONS_DIR}: {versions}")
    return found


def migrate(conn: psycopg.Connection) -> list[int]:
    """Apply pending migrations in order, in one transaction; return the versions applied.

    Safe to call from many workers at once: an advisory lock per schema
    serialises them, and the later ones find nothing to do.
    """
    applied_now = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('newsclaims.migrate:' || current_schema()))")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"
        )
        done = {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}
        for version, name, sql in migrations():
            if version in done:
                continue
            logger.info("applying migration %s", name)
            conn.execute(sql)
            conn.execute("INSERT INTO schema_migrations (version, name) VALUES (%s, %s)", (version, name))
            applied_now.append(version)
    return applied_now


def _caution_sql(expr: str) -> str:
    # Generated from Qualifier.caution so that Python and SQL cannot disagree.
    cases = " ".join(f"WHEN '{q.value}' THEN {q.caution}" for q in Qualifier)
    return f"(CASE {expr} {cases} END)"


def _merged(column: str) -> str:
    """The merged value of a claim column, from the stored row ``c`` and the incoming ``EXCLUDED``.

    The rules are those of ``pipeline.dedup.merge.merge_claims`` (a semilattice:
    the result does not depend on arrival order). Text comparisons use the
    "C" collation, i.e. code point order, like Python's ``<``.
    """
    old, new = f"c.{column}", f"EXCLUDED.{column}"
    if column == "qualifier":
        # Most cautious; equal caution (at_least vs at_most) goes to the greater symbol.
        return (f"CASE WHEN ({_caution_sql(new)}, {new} COLLATE \"C\") > ({_caution_sql(old)}, {old} COLLATE \"C\") "
                f"THEN {new} ELSE {old} END")
    if column == "conflicts_with":
        return (f"ARRAY(SELECT DISTINCT x COLLATE \"C\" FROM unnest({old} || {new}) AS u(x) ORDER BY 1)")
    if column in ("speaker", "period_text", "location"):
        # The longest non-empty wording, ties to the smallest.
        return (f"CASE WHEN COALESCE({old}, '') = '' THEN NULLIF({new}, '') "
                f"WHEN COALESCE({new}, '') = '' THEN {old} "
                f"WHEN (-length({new}), {new} COLLATE \"C\") < (-length({old}), {old} COLLATE \"C\") THEN {new} "
                f"ELSE {old} END")
    if column in ("claimant", "metric", "subject", "actor", "extractor_version"):
        # Key fields are equal up to case and whitespace: keep the smallest spelling.
        # extractor_version: the greatest.
        pick = "GREATEST" if column == "extractor_version" else "LEAST"
        return f"{pick}({old} COLLATE \"C\", {new} COLLATE \"C\")"
    raise KeyError(column)


_MERGED_COLUMNS = ["claimant", "metric", "subject", "actor", "speaker", "period_text", "location", "qualifier",
                   "conflicts_with", "extractor_version"]

_UPSERT_CLAIM = (
    f"INSERT INTO claims AS c ({', '.join(_CLAIM_COLUMNS)}) VALUES ("
    + ", ".join("GREATEST(%(updated_at)s, now())" if col == "updated_at" else f"%({col})s" for col in _CLAIM_COLUMNS)
    + ") ON CONFLICT (claim_id) DO UPDATE SET "
    + ", ".join(f"{col} = {_merged(col)}" for col in _MERGED_COLUMNS)
    + ", updated_at = GREATEST(c.updated_at, EXCLUDED.updated_at, now())"
    + f" WHERE ({', '.join('c.' + col for col in _MERGED_COLUMNS)})"
    + f" IS DISTINCT FROM ({', '.join(_merged(col) for col in _MERGED_COLUMNS)})"
)

_INSERT_MENTION = (
    f"INSERT INTO claim_mentions ({', '.join(chr(34) + c + chr(34) for c in _MENTION_COLUMNS)}) VALUES ("
    + ", ".join(f"%({col})s" for col in _MENTION_COLUMNS)
    + ") ON CONFLICT (mention_id) DO NOTHING"
)

_RECOUNT = """
WITH agg AS (
    SELECT claim_id,
           count(*)::integer                                    AS mention_count,
           count(DISTINCT NULLIF(lower(btrim(regexp_replace(outlet, '\s+', ' ', 'g'))), ''))::integer
                                                                AS known_outlets,
           count(DISTINCT COALESCE(NULLIF(story_id, ''), 'article:' || article_id))::integer AS story_count,
           min(published_at)                                    AS first_seen,
           max(published_at)                                    AS last_seen
    FROM claim_mentions
    WHERE claim_id = ANY(%(ids)s)
    GROUP BY claim_id
)
UPDATE claims AS c
SET mention_count = agg.mention_count,
    outlet_count  = GREATEST(agg.known_outlets, 1),
    story_count   = agg.story_count,
    first_seen    = COALESCE(agg.first_seen, c.first_seen),
    last_seen     = COALESCE(agg.last_seen, c.last_seen),
    updated_at    = GREATEST(c.updated_at, now())
FROM agg
WHERE c.claim_id = agg.claim_id
  AND (c.mention_count, c.outlet_count, c.story_count, c.first_seen, c.last_seen)
      IS DISTINCT FROM
      (agg.mention_count, GREATEST(agg.known_outlets, 1), agg.story_count,
       COALESCE(agg.first_seen, c.first_seen), COALESCE(agg.last_seen, c.last_seen))
"""

_RETRYABLE = (psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure)


class PostgresClaimStore:
    """A connection to the claims database. Use as a context manager, or call ``close()``.

    Args:
        dsn: a libpq connection string or URI (the CLI resolves it from
            ``--postgres-dsn`` / ``NEWSCLAIMS_POSTGRES_DSN``).
    """

    MAX_ATTEMPTS = 3

    def __init__(self, dsn: str):
        self.dsn = dsn
        self._conn: Optional[psycopg.Connection] = psycopg.connect(dsn, autocommit=True)

    @property
    def conn(self) -> psycopg.Connection:
        if self._conn is None:
            raise RuntimeError("PostgresClaimStore is closed")
        return self._conn

    def migrate(self) -> list[int]:
        return migrate(self.conn)

    def upsert(self, claims: Iterable[Claim]) -> dict[str, int]:
        """Merge claims and their mentions in one transaction; return row counts.

        Rows are written in claim_id / mention_id order, so concurrent writers
        take locks in the same order; a deadlock or serialization failure is
        retried.
        """
        claims = sorted(claims, key=lambda c: c.claim_id)
        if not claims:
            return {"claims": 0, "claims_written": 0, "mentions_inserted": 0, "claims_recounted": 0}
        claim_rows = [claim_to_record(c) for c in claims]
        for row in claim_rows:
            del row["mentions"]
        mention_rows = sorted((r for c in claims for r in mention_records(c)), key=lambda r: r["mention_id"])
        ids = sorted({c.claim_id for c in claims})
        for attempt in range(1, self.MAX_ATTEMPTS + 1):
            try:
                return self._upsert_once(claim_rows, mention_rows, ids)
            except _RETRYABLE as e:
                if attempt == self.MAX_ATTEMPTS:
                    raise
                logger.warning("upsert attempt %d failed (%s), retrying", attempt, e.__class__.__name__)
                time.sleep(0.05 * attempt)
        raise AssertionError("unreachable")

    def _upsert_once(self, claim_rows: list[dict], mention_rows: list[dict], ids: list[str]) -> dict[str, int]:
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.executemany(_UPSERT_CLAIM, claim_rows)
            claims_written = cur.rowcount
            mentions_inserted = 0
            if mention_rows:
                cur.executemany(_INSERT_MENTION, mention_rows)
                mentions_inserted = cur.rowcount
            cur.execute(_RECOUNT, {"ids": ids})
            recounted = cur.rowcount
        counts = {"claims": len(claim_rows), "claims_written": claims_written,
                  "mentions_inserted": mentions_inserted, "claims_recounted": recounted}
        logger.debug("upsert: %s", counts)
        return counts

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> "PostgresClaimStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _WritePostgresDoFn(beam.DoFn):
    """Thin adapter: buffer claims per bundle, upsert in batches, emit the claim ids stored."""

    MAX_BUFFER = 500

    def __init__(self, dsn: str, run_migrations: bool):
        self.dsn = dsn
        self.run_migrations = run_migrations
        self._store: Optional[PostgresClaimStore] = None
        self._buffer: list[Claim] = []
        self.claims_upserted = beam.metrics.Metrics.counter("newsclaims.postgres", "claims_upserted")
        self.mentions_inserted = beam.metrics.Metrics.counter("newsclaims.postgres", "mentions_inserted")

    def setup(self):
        self._store = PostgresClaimStore(self.dsn)
        if self.run_migrations:
            self._store.migrate()

    def start_bundle(self):
        self._buffer = []

    def process(self, claim: Claim):
        self._buffer.append(claim)
        if len(self._buffer) >= self.MAX_BUFFER:
            yield from self._flush()

    def finish_bundle(self):
        for claim_id in self._flush():
            yield WindowedValue(claim_id, GlobalWindow().max_timestamp(), [GlobalWindow()])

    def _flush(self) -> list[str]:
        if not self._buffer:
            return []
        counts = self._store.upsert(self._buffer)
        self.claims_upserted.inc(counts["claims"])
        self.mentions_inserted.inc(counts["mentions_inserted"])
        ids = [c.claim_id for c in self._buffer]
        self._buffer = []
        return ids

    def teardown(self):
        if self._store is not None:
            self._store.close()
            self._store = None


@beam.typehints.with_input_types(Claim)
@beam.typehints.with_output_types(str)
class WriteClaimsToPostgres(beam.PTransform):
    """Upsert claims into PostgreSQL; outputs the ids of the claims stored.

    Args:
        dsn: the database to write to.
        migrate: apply pending migrations when each worker starts (idempotent).
    """

    def __init__(self, dsn: str, migrate: bool = True):
        super().__init__()
        self.dsn = dsn
        self.migrate = migrate

    def expand(self, claims):
        return claims | "Upsert" >> beam.ParDo(_WritePostgresDoFn(self.dsn, self.migrate))
