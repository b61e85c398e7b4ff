"""Deterministic identities: the dedup key, ``claim_id`` and ``mention_id``.

Two workers, two runs or two machines compute the same ids from the same
facts without coordinating, because an id is a hash of normalised content.

    >>> mention_id("a1", 10, 20) == mention_id("a1", 10, 20)
    True
"""
from __future__ import annotations

import hashlib
import json
import logging
from typing import Optional

from pipeline.models import ClaimFacts

logger = logging.getLogger(__name__)


def _digest(parts: list) -> str:
    blob = json.dumps(parts, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


def _norm(text: Optional[str]) -> Optional[str]:
    return " ".join(text.lower().split()) if text else None


def dedup_key(facts: ClaimFacts) -> tuple:
    """The figure (metric, subject, actor, value, value_high) plus period and claimant.

    The qualifier is deliberately not part of the key: "2,700" and "nearly
    2,700" are one figure, and the merge keeps the more cautious qualifier.
    """
    return (
        _norm(facts.claimant),
        _norm(facts.metric),
        _norm(facts.subject),
        _norm(facts.actor),
        int(facts.value),
        None if facts.value_high is None else int(facts.value_high),
        facts.period_start.isoformat() if facts.period_start else None,
        facts.period_end.isoformat() if facts.period_end else None,
    )


def claim_id(facts: ClaimFacts) -> str:
    return _digest(["claim", *dedup_key(facts)])


def conflict_key(facts: ClaimFacts) -> Optional[tuple]:
    """Claims sharing this key but not a claim id state different values of one figure.

    Same metric, subject, actor and period: "2,700 injured" by one ministry
    and "2,500 injured" by another, or a revised toll. Built only from fields
    of the dedup key, so every state of one claim has the same conflict key.
    ``None`` (never in conflict) when the claim has no period or no actor:
    without them, "police arrested 40 on Monday" in two cities are two
    events, not a dispute, and linking them would also make every claim of a
    busy day conflict with every other.
    """
    key = dedup_key(facts)
    if key[6] is None or key[3] is None:
        return None
    return (key[1], key[2], key[3], key[6], key[7])


def mention_id(article_id: str, start: int, end: int) -> str:
    return _digest(["mention", article_id, int(start), int(end)])
