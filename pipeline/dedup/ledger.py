"""A persistent claim ledger: dedup across runs, conflict links, story memory.

Why: the Beam combiner deduplicates within one run (or one window); the
monitoring loop runs again and again over new offset ranges, and a worker may
be retried. The ledger holds the merged state of every claim, so a mention
seen today joins the claim first seen last week, a re-delivered batch changes
nothing and emits nothing, and only claims that really changed flow on to the
sinks. It also remembers every article's MinHash signature and LSH band keys,
so a wire story republished tomorrow joins today's story.

Two implementations of one ``Ledger`` protocol:

* ``SqliteLedger(path)``: the embedded default (stdlib ``sqlite3``, one file,
  no server). Each ``merge``/``assign_stories`` is one ``BEGIN IMMEDIATE``
  transaction: writers on the same file, in any process, are serialised.
* ``PostgresLedger(dsn)``: psycopg 3. Each call is one transaction that first
  takes transaction-scoped advisory locks, one per conflict group touched
  (``keys.conflict_key``, which also covers every claim id in the group), in
  ascending order (so two workers cannot deadlock), then reads, merges and
  upserts. Guarantee: two workers merging at once never lose a mention or a
  conflict link, and the result equals some serial order of their batches
  (which order does not matter: ``merge_claims`` is commutative). Story
  assignment takes one global advisory lock (story founding is a global
  decision). Deadlock/serialisation errors, which the locks should prevent,
  are retried a few times anyway.

Delivery to sinks (``pending``): every claim that ``merge`` reports as
changed is also marked pending, with the time of the merge, until
:meth:`acknowledge` is called, which the batch driver does only after the
sinks flushed and the offsets were committed, for the marks made since the
batch started. A pending claim that comes in again is returned again (and
marked again) even though nothing changed. So when a batch dies after the
ledger committed but before the sinks wrote (a SIGKILL, a sink outage), its
replay re-emits those claims instead of losing them -- also when the replay
is cut into other batches than the dead one, since a batch acknowledges only
its own marks; acknowledged claims stay silent on re-delivery.

Re-deliveries are cheap: the digest of every incoming claim state merged so
far is kept (``dedup_merged_inputs``, 32 bytes a row), and an input already
merged is skipped without reading its claim, which is sound because the merge
is associative and idempotent.

"Changed" means the merged claim differs from the stored one in anything but
``updated_at``: a new claim, a new mention, a new conflict link (the older
claim of a conflicting pair is returned too), or a richer copy of a mention.

Example::

    ledger = open_ledger("sqlite:///var/newsclaims/ledger.db")   # or postgresql://...
    changed = ledger.merge(merge_all(extracted), now=datetime.now(timezone.utc))
    stories = ledger.assign_stories([(a.article_id, a.body) for a in articles])
    ledger.close()
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import sqlite3
import time
from collections import defaultdict
from pathlib import Path
from typing import Iterator, Optional, Protocol, runtime_checkable

from pipeline.dedup import keys, stories
from pipeline.dedup.merge import merge_all, merge_claims, same_state
from pipeline.models import Claim

logger = logging.getLogger(__name__)

__all__ = ["Ledger", "SqliteLedger", "PostgresLedger", "open_ledger", "conflict_hash", "input_digest"]

_CHUNK = 500  # ids per IN (...) list: well under SQLite's variable limit


def conflict_hash(claim: Claim) -> str:
    """A stable text form of ``keys.conflict_key`` for indexing and locking.

    A claim that can conflict with nothing gets a group of its own.
    """
    key = keys.conflict_key(claim)
    blob = json.dumps(list(key) if key is not None else ["solo", claim.claim_id], separators=(",", ":"),
                      default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


def input_digest(claim: Claim) -> str:
    """The identity of an incoming claim state, to skip inputs already merged.

    Sound because ``merge_claims`` is associative and idempotent: once ``c`` is
    merged into the stored state ``S``, merging ``c`` again gives ``S`` again.
    """
    blob = claim.model_dump_json(exclude={"updated_at"})
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


def _lock_id(text: str) -> int:
    """A signed 64-bit advisory-lock key for a text."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big", signed=True)


@runtime_checkable
class Ledger(Protocol):
    def merge(self, claims: list[Claim], now: dt.datetime) -> list[Claim]: ...

    def get(self, claim_id: str) -> Optional[Claim]: ...

    def assign_stories(self, articles: list[tuple[str, str]]) -> dict[str, str]: ...

    def acknowledge(self, since: Optional[dt.datetime] = None) -> int: ...

    def close(self) -> None: ...


def _chunks(values: list, size: int = _CHUNK) -> Iterator[list]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


class _SqlLedger:
    """The algorithm, shared by both databases; subclasses supply SQL dialect and locking."""

    P = "?"  # placeholder
    CANDIDATES_PER_STORY = 8
    MAX_CONFLICT_GROUP = 20
    DDL: tuple[str, ...] = ()
    UPSERT_CLAIM = ""
    REMEMBER_INPUT = ""

    # -- dialect hooks -------------------------------------------------------
    def _transaction(self, write: bool = True):  # pragma: no cover - overridden
        raise NotImplementedError

    def _lock_conflict_groups(self, cur, hashes: list[str]) -> None:
        pass

    def _lock_stories(self, cur) -> None:
        pass

    def _load_doc(self, doc) -> Claim:
        return Claim.model_validate_json(doc)

    # -- helpers -------------------------------------------------------------
    def _in(self, n: int) -> str:
        return "(" + ",".join([self.P] * n) + ")"

    def _select_in(self, cur, sql: str, values: list) -> list[tuple]:
        rows: list[tuple] = []
        for chunk in _chunks(values):
            cur.execute(sql.format(IN=self._in(len(chunk))), chunk)
            rows.extend(cur.fetchall())
        return rows

    # -- Ledger --------------------------------------------------------------
    def get(self, claim_id: str) -> Optional[Claim]:
        with self._transaction(write=False) as cur:
            cur.execute(f"SELECT doc FROM dedup_claims WHERE claim_id = {self.P}", [claim_id])
            row = cur.fetchone()
        return None if row is None else self._load_doc(row[0])

    def merge(self, claims: list[Claim], now: dt.datetime) -> list[Claim]:
        """Merge incoming claims into the stored state; return the claims that changed.

        Returned claims carry ``updated_at = now``, sorted by ``claim_id``.
        """
        if not claims:
            return []
        digests = {input_digest(c): c for c in claims}
        with self._transaction() as cur:
            seen = {row[0] for row in self._select_in(
                cur, "SELECT digest FROM dedup_merged_inputs WHERE digest IN {IN}", sorted(digests))}
            fresh = [c for d, c in digests.items() if d not in seen]
            changed = self._merge_tx(cur, merge_all(fresh), now) if fresh else []
            if fresh:
                cur.executemany(self.REMEMBER_INPUT, [(d,) for d in sorted(digests) if d not in seen])
            # Claims changed by an earlier, unacknowledged batch go out again.
            changed_ids = {c.claim_id for c in changed}
            pending = {row[0] for row in self._select_in(
                cur, "SELECT claim_id FROM dedup_pending WHERE claim_id IN {IN}",
                sorted({c.claim_id for c in claims} - changed_ids))}
            if pending:
                for _, doc in self._select_in(
                        cur, "SELECT claim_id, doc FROM dedup_claims WHERE claim_id IN {IN}", sorted(pending)):
                    changed.append(self._load_doc(doc))
                changed.sort(key=lambda c: c.claim_id)
            cur.executemany(self.MARK_PENDING, [(c.claim_id, now.timestamp()) for c in changed])
            return changed

    def acknowledge(self, since: Optional[dt.datetime] = None) -> int:
        """The sinks have everything emitted since ``since`` (the start of the batch that is done; None: ever):
        clear those pending marks. Marks made before it -- a killed batch's, whose records a later batch has not
        replayed yet -- stay until their claims are emitted again."""
        with self._transaction() as cur:
            if since is None:
                cur.execute("DELETE FROM dedup_pending")
            else:  # a mark from before marks had times counts as acknowledged, as it did then
                cur.execute(f"DELETE FROM dedup_pending WHERE marked_at IS NULL OR marked_at >= {self.P}",
                            [since.timestamp()])
            return cur.rowcount or 0

    def _merge_tx(self, cur, incoming: list[Claim], now: dt.datetime) -> list[Claim]:
        group_of = {c.claim_id: conflict_hash(c) for c in incoming}
        groups = sorted(set(group_of.values()))
        self._lock_conflict_groups(cur, groups)

        members: dict[str, set[str]] = defaultdict(set)
        for cid, group in self._select_in(
                cur, "SELECT claim_id, conflict_key FROM dedup_claims WHERE conflict_key IN {IN}", groups):
            members[group].add(cid)
        known = {cid for ids in members.values() for cid in ids}
        # A stored claim is known by its id whatever group it was filed under:
        # never take it for new and overwrite its mentions.
        known |= {row[0] for row in self._select_in(
            cur, "SELECT claim_id FROM dedup_claims WHERE claim_id IN {IN}", sorted(group_of))}
        new_ids = [cid for cid in group_of if cid not in known]
        for cid in new_ids:
            members[group_of[cid]].add(cid)
        # Partners need a new link only when a new claim joins their group. A
        # group of more than MAX_CONFLICT_GROUP values is no dispute about one
        # figure but a key too coarse for the data: it links nothing more
        # (linking it would rewrite every member on every new value).
        grown = {group_of[cid] for cid in new_ids if len(members[group_of[cid]]) <= self.MAX_CONFLICT_GROUP}
        to_load = set(group_of) & known
        to_load |= {cid for g in grown for cid in members[g] if cid in known}

        stored: dict[str, Claim] = {}
        for cid, doc in self._select_in(
                cur, "SELECT claim_id, doc FROM dedup_claims WHERE claim_id IN {IN}", sorted(to_load)):
            stored[cid] = self._load_doc(doc)

        state: dict[str, Claim] = dict(stored)
        for c in incoming:
            state[c.claim_id] = merge_claims(stored[c.claim_id], c) if c.claim_id in stored else c
        hash_of = dict(group_of)
        for cid, claim in state.items():
            group = hash_of.setdefault(cid, conflict_hash(claim))
            if len(members[group]) > self.MAX_CONFLICT_GROUP:
                continue
            partners = members[group] - {cid}
            if not partners.issubset(claim.conflicts_with):
                state[cid] = claim.model_copy(update={"conflicts_with": sorted(partners | set(claim.conflicts_with))})

        changed = []
        for cid in sorted(state):
            if same_state(stored.get(cid), state[cid]):
                continue
            claim = state[cid].model_copy(update={"updated_at": now})
            changed.append(claim)
        # executemany: one pipelined round trip on psycopg 3, not one per claim
        cur.executemany(self.UPSERT_CLAIM, [(c.claim_id, hash_of[c.claim_id], c.model_dump_json(), now)
                                            for c in changed])
        logger.debug("ledger merge: %d incoming, %d changed", len(incoming), len(changed))
        return changed

    def assign_stories(self, articles: list[tuple[str, str]]) -> dict[str, str]:
        """Story id per article id; an article already stored keeps its story.

        A batch is handled in article-id order, so its arrival order does not matter.
        """
        batch = dict(sorted(articles, key=lambda a: a[0]))
        if not batch:
            return {}
        out: dict[str, str] = {}
        P = self.P
        with self._transaction() as cur:
            self._lock_stories(cur)
            for aid, story in self._select_in(
                    cur, "SELECT article_id, story_id FROM dedup_articles WHERE article_id IN {IN}", list(batch)):
                out[aid] = story
            for aid, body in batch.items():
                if aid in out:
                    continue
                m = stories.minhash(body)
                bands = stories.band_keys(m)
                # A story republished a hundred times would make every new copy
                # load a hundred signatures: compare with its first few only.
                cur.execute(
                    "SELECT article_id, story_id, signature FROM ("
                    " SELECT a.article_id, a.story_id, a.signature, ROW_NUMBER() OVER"
                    " (PARTITION BY a.story_id ORDER BY a.article_id) AS rn FROM dedup_articles a"
                    " WHERE a.article_id IN (SELECT b.article_id FROM dedup_story_bands b"
                    f" WHERE b.band_key IN {self._in(len(bands))})) ranked WHERE rn <= {self.CANDIDATES_PER_STORY}",
                    bands)
                candidates = [(story, stories.minhash_from_bytes(bytes(sig)))
                              for _, story, sig in sorted(cur.fetchall())]
                story = stories.choose_story(m, candidates) or stories.story_id_for(aid)
                cur.execute(f"INSERT INTO dedup_articles (article_id, story_id, signature) VALUES ({P},{P},{P})",
                            [aid, story, stories.signature_bytes(m)])
                cur.executemany(f"INSERT INTO dedup_story_bands (band_key, article_id) VALUES ({P},{P})",
                                [(b, aid) for b in bands])
                out[aid] = story
        return out

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class SqliteLedger(_SqlLedger):
    """The embedded ledger: one SQLite file, writers serialised by ``BEGIN IMMEDIATE``."""

    P = "?"
    DDL = (
        "CREATE TABLE IF NOT EXISTS dedup_claims (claim_id TEXT PRIMARY KEY, conflict_key TEXT NOT NULL, "
        "doc TEXT NOT NULL, updated_at TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS dedup_claims_conflict ON dedup_claims (conflict_key)",
        "CREATE TABLE IF NOT EXISTS dedup_articles (article_id TEXT PRIMARY KEY, story_id TEXT NOT NULL, "
        "signature BLOB NOT NULL)",
        "CREATE TABLE IF NOT EXISTS dedup_story_bands (band_key TEXT NOT NULL, article_id TEXT NOT NULL, "
        "PRIMARY KEY (band_key, article_id))",
        "CREATE TABLE IF NOT EXISTS dedup_merged_inputs (digest TEXT PRIMARY KEY)",
        "CREATE TABLE IF NOT EXISTS dedup_pending (claim_id TEXT PRIMARY KEY, marked_at REAL)",
    )
    REMEMBER_INPUT = "INSERT INTO dedup_merged_inputs (digest) VALUES (?) ON CONFLICT DO NOTHING"
    MARK_PENDING = ("INSERT INTO dedup_pending (claim_id, marked_at) VALUES (?, ?) "
                    "ON CONFLICT (claim_id) DO UPDATE SET marked_at = excluded.marked_at")
    UPSERT_CLAIM = (
        "INSERT INTO dedup_claims (claim_id, conflict_key, doc, updated_at) VALUES (?,?,?,?) "
        "ON CONFLICT (claim_id) DO UPDATE SET doc = excluded.doc, updated_at = excluded.updated_at"
    )

    def __init__(self, path: str | Path, timeout_s: float = 60.0):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(self.path, timeout=timeout_s, isolation_level=None,
                                     detect_types=0, check_same_thread=False)
        self._set_wal(timeout_s)
        self._conn.execute("PRAGMA synchronous=NORMAL")
        with self._transaction() as cur:
            for stmt in self.DDL:
                cur.execute(stmt)
            if "marked_at" not in {row[1] for row in cur.execute("PRAGMA table_info(dedup_pending)").fetchall()}:
                cur.execute("ALTER TABLE dedup_pending ADD COLUMN marked_at REAL")  # a ledger from before marks had times

    def _set_wal(self, timeout_s: float) -> None:
        """Switch to WAL once. Changing the journal mode does not wait on the
        busy timeout, so workers opening the same new file at once retry."""
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                if self._conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                    self._conn.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    @contextlib.contextmanager
    def _transaction(self, write: bool = True):
        cur = self._conn.cursor()
        cur.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield _SqliteCursor(cur)
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        else:
            cur.execute("COMMIT")
        finally:
            cur.close()

    def close(self) -> None:
        self._conn.close()


class _SqliteCursor:
    """sqlite3 stores datetimes as ISO text; adapt explicitly (the default adapter is deprecated)."""

    def __init__(self, cur: sqlite3.Cursor):
        self._cur = cur

    @staticmethod
    def _adapt(params):
        return [p.isoformat() if isinstance(p, (dt.datetime, dt.date)) else p for p in params]

    def execute(self, sql, params=()):
        return self._cur.execute(sql, self._adapt(params))

    def executemany(self, sql, rows):
        return self._cur.executemany(sql, [self._adapt(r) for r in rows])

    @property
    def rowcount(self) -> int:
        return self._cur.rowcount

    def fetchone(self):
        return self._cur.fetchone()

    def fetchall(self):
        return self._cur.fetchall()


class PostgresLedger(_SqlLedger):
    """The shared ledger for several workers: PostgreSQL with advisory locks per conflict group."""

    P = "%s"
    DDL = (
        "CREATE TABLE IF NOT EXISTS dedup_claims (claim_id TEXT PRIMARY KEY, conflict_key TEXT NOT NULL, "
        "doc JSONB NOT NULL, updated_at TIMESTAMPTZ NOT NULL)",
        "CREATE INDEX IF NOT EXISTS dedup_claims_conflict ON dedup_claims (conflict_key)",
        "CREATE TABLE IF NOT EXISTS dedup_articles (article_id TEXT PRIMARY KEY, story_id TEXT NOT NULL, "
        "signature BYTEA NOT NULL)",
        "CREATE TABLE IF NOT EXISTS dedup_story_bands (band_key TEXT NOT NULL, article_id TEXT NOT NULL, "
        "PRIMARY KEY (band_key, article_id))",
        "CREATE TABLE IF NOT EXISTS dedup_merged_inputs (digest TEXT PRIMARY KEY)",
        "CREATE TABLE IF NOT EXISTS dedup_pending (claim_id TEXT PRIMARY KEY, marked_at DOUBLE PRECISION)",
        "ALTER TABLE dedup_pending ADD COLUMN IF NOT EXISTS marked_at DOUBLE PRECISION",  # a ledger from before
    )
    REMEMBER_INPUT = "INSERT INTO dedup_merged_inputs (digest) VALUES (%s) ON CONFLICT DO NOTHING"
    MARK_PENDING = ("INSERT INTO dedup_pending (claim_id, marked_at) VALUES (%s, %s) "
                    "ON CONFLICT (claim_id) DO UPDATE SET marked_at = excluded.marked_at")
    UPSERT_CLAIM = (
        "INSERT INTO dedup_claims (claim_id, conflict_key, doc, updated_at) VALUES (%s,%s,%s::jsonb,%s) "
        "ON CONFLICT (claim_id) DO UPDATE SET doc = excluded.doc, updated_at = excluded.updated_at"
    )
    RETRIES = 3
    _SCHEMA_LOCK = _lock_id("newsclaims:dedup:schema")
    _STORY_LOCK = _lock_id("newsclaims:dedup:stories")

    def __init__(self, dsn: str):
        import psycopg  # imported here so the SQLite default needs no driver

        self._psycopg = psycopg
        self.dsn = dsn
        self._conn = psycopg.connect(dsn, autocommit=True)  # transactions are explicit blocks
        with self._transaction() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", [self._SCHEMA_LOCK])
            for stmt in self.DDL:
                cur.execute(stmt)

    @contextlib.contextmanager
    def _transaction(self, write: bool = True):
        with self._conn.transaction():
            with self._conn.cursor() as cur:
                yield cur

    def _load_doc(self, doc) -> Claim:
        return Claim.model_validate(doc) if isinstance(doc, dict) else Claim.model_validate_json(doc)

    def _lock_conflict_groups(self, cur, hashes: list[str]) -> None:
        # In ascending order, so two workers never wait on each other in a cycle;
        # executemany pipelines the statements but still runs them in order.
        locks = sorted({_lock_id("claims:" + h) for h in hashes})
        cur.executemany("SELECT pg_advisory_xact_lock(%s)", [(lock,) for lock in locks])

    def _lock_stories(self, cur) -> None:
        cur.execute("SELECT pg_advisory_xact_lock(%s)", [self._STORY_LOCK])

    def _retrying(self, fn, *args):
        errors = self._psycopg.errors
        for attempt in range(1, self.RETRIES + 1):
            try:
                return fn(*args)
            except (errors.DeadlockDetected, errors.SerializationFailure) as e:
                if attempt == self.RETRIES:
                    raise
                logger.warning("ledger transaction retried after %s (attempt %d)", type(e).__name__, attempt)
                time.sleep(0.05 * attempt)

    def merge(self, claims: list[Claim], now: dt.datetime) -> list[Claim]:
        return self._retrying(super().merge, claims, now)

    def assign_stories(self, articles: list[tuple[str, str]]) -> dict[str, str]:
        return self._retrying(super().assign_stories, articles)

    def close(self) -> None:
        self._conn.close()


def open_ledger(url: str) -> _SqlLedger:
    """Open a ledger from a URL.

    ``sqlite:///relative/path.db``, ``sqlite:////absolute/path.db`` (SQLAlchemy's
    convention), ``sqlite:///:memory:``; ``postgresql://...`` or ``postgres://...``
    (any libpq URI, passed to psycopg as is).
    """
    if url.startswith("sqlite:///"):
        return SqliteLedger(url[len("sqlite:///"):])
    if url.startswith(("postgresql://", "postgres://")):
        return PostgresLedger(url)
    raise ValueError(f"unsupported ledger URL {url!r}: use sqlite:///path or postgresql://...")
