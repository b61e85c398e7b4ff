"""Group near-duplicate articles (one wire story republished by several outlets) into stories.

Why: a figure carried by ten outlets that all reprint the same Reuters copy is
one source, not ten. ``story_count`` on a claim counts distinct stories, so
the dashboards can tell echo from corroboration.

How: word 5-gram shingles of the body (lower-cased, punctuation dropped, so a
re-punctuated copy has the very same shingles), a 128-permutation MinHash with
a fixed seed (the same signature on every worker and every run), and LSH with
a Jaccard threshold of 0.6 to find candidates, which are then checked on the
estimated Jaccard itself. An article joins the story of its most similar
earlier article; otherwise it founds a new story whose id is a hash of its own
article id, so the id never depends on which worker saw it.

``StoryIndex`` keeps everything in memory (one run, tests, benchmarks). The
ledger (``pipeline.dedup.ledger``) persists signatures and the same LSH band
keys (``band_keys``) so stories are recognised across runs.

Example::

    >>> index = StoryIndex()
    >>> index.assign("reuters-1", body)          # doctest: +SKIP
    'st-…'
    >>> index.assign("bbc-7", body_with_edits)   # doctest: +SKIP   same story id
"""
from __future__ import annotations

import hashlib
import logging
import re
from typing import Iterable, Optional

import numpy as np
from datasketch import MinHash, MinHashLSH

logger = logging.getLogger(__name__)

__all__ = [
    "NUM_PERM", "SEED", "SCHEME", "SHINGLE_WORDS", "THRESHOLD",
    "shingles", "minhash", "signature_bytes", "minhash_from_bytes", "band_keys", "story_id_for",
    "choose_story", "StoryIndex",
]

NUM_PERM = 128
SEED = 1
SHINGLE_WORDS = 5
THRESHOLD = 0.6
SCHEME = "affine32"  # pinned: signatures of different schemes cannot be compared

_WORD = re.compile(r"\w+", re.UNICODE)
# The banding MinHashLSH picks for (THRESHOLD, NUM_PERM): computed once so the
# persistent ledger uses exactly the bands the in-memory index uses.
_LSH_B, _LSH_R = (lambda lsh: (lsh.b, lsh.r))(MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM))
# Generating the permutations costs more than hashing a short article; share them.
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
_DTYPE = "<u4"


def shingles(body: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Word ``size``-grams of the normalised text; a short text is one shingle."""
    words = _WORD.findall(body.lower())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def minhash(body: str) -> MinHash:
    """The deterministic MinHash of an article body (pure: same text, same signature)."""
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_PERMUTATIONS)
    m.update_batch(sorted(shingles(body)))
    return m


def signature_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues).astype(_DTYPE).tobytes()


def minhash_from_bytes(blob: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_PERMUTATIONS,
                   hashvalues=np.frombuffer(blob, dtype=_DTYPE))


def band_keys(m: MinHash) -> list[str]:
    """One key per LSH band: two signatures sharing any key are LSH candidates."""
    values = np.asarray(m.hashvalues).astype(_DTYPE)
    out = []
    for band in range(_LSH_B):
        chunk = values[band * _LSH_R:(band + 1) * _LSH_R].tobytes()
        out.append(f"{band}:{hashlib.sha1(chunk).hexdigest()[:16]}")
    return out


def story_id_for(founding_article_id: str) -> str:
    return "st-" + hashlib.sha256(f"story\x00{founding_article_id}".encode("utf-8")).hexdigest()[:24]


def choose_story(m: MinHash, candidates: Iterable[tuple[str, MinHash]],
                 threshold: float = THRESHOLD) -> Optional[str]:
    """Among (story_id, signature) candidates, the story of the most similar one above threshold.

    Ties go to the smallest story id, so the pick does not depend on the order
    in which an index or a database returns candidates.
    """
    best: Optional[tuple[float, str]] = None
    for story_id, other in candidates:
        sim = m.jaccard(other)
        if sim < threshold:
            continue
        if best is None or (-sim, story_id) < (-best[0], best[1]):
            best = (sim, story_id)
    return None if best is None else best[1]


class StoryIndex:
    """In-memory story assignment for one run.

    ``assign`` is idempotent per article id: a re-delivered article keeps its story.
    """

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sigs: dict[str, MinHash] = {}
        self._story: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._story)

    def story_of(self, article_id: str) -> Optional[str]:
        return self._story.get(article_id)

    def assign(self, article_id: str, body: str) -> str:
        known = self._story.get(article_id)
        if known is not None:
            return known
        m = minhash(body)
        candidates = ((self._story[a], self._sigs[a]) for a in sorted(self._lsh.query(m)))
        story = choose_story(m, candidates, self.threshold) or story_id_for(article_id)
        self._lsh.insert(article_id, m)
        self._sigs[article_id] = m
        self._story[article_id] = story
        return story

    def assign_many(self, articles: Iterable[tuple[str, str]]) -> dict[str, str]:
        """Assign a batch in article-id order, so the batch's arrival order does not matter."""
        return {aid: self.assign(aid, body) for aid, body in sorted(articles, key=lambda a: a[0])}
