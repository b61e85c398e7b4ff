"""Dedup: claims merged by figure and period, across sentences, articles, outlets and runs.

* ``keys``: deterministic ids (claim id = hash of the dedup key).
* ``merge``: ``claim_from_extracted``, ``merge_claims`` (associative, commutative), ``merge_all``.
* ``stories``: near-duplicate articles grouped into stories (MinHash LSH).
* ``ledger``: the persistent claim ledger (SQLite or PostgreSQL), conflicts, stories across runs.
* ``transforms``: the Beam adapters ``DeduplicateClaims`` and ``MergeIntoLedger``.
"""
