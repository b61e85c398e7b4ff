"""The data that flows through newsclaims, as pydantic models.

Every stage speaks these types, and the Avro schemas in ``schemas/`` mirror
them field for field (``tests/test_contract.py`` holds the two together).
Nothing here imports Beam: parsing, extraction and dedup are plain Python
over these models.

    >>> from pipeline.models import Qualifier
    >>> Qualifier.APPROX.caution
    1
"""
from __future__ import annotations

import datetime as dt
import enum
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

EXTRACTOR_VERSION = "0.1.0"


class Qualifier(str, enum.Enum):
    """How a figure is hedged. Order of ``caution`` decides merges."""

    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    RANGE = "range"

    @property
    def caution(self) -> int:
        # When two mentions of one figure disagree on the hedge, the merged
        # claim keeps the most cautious one: a reader may trust "nearly 2,700"
        # less than "2,700", never more.
        return {"exact": 0, "approx": 1, "at_least": 2, "at_most": 2, "range": 3}[self.value]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=False, extra="forbid", use_enum_values=False)


class SourceRef(_Model):
    """Where a message came from: enough to find it again or dead-letter it."""

    topic: Optional[str] = None
    partition: Optional[int] = None
    offset: Optional[int] = None
    path: Optional[str] = None
    line: Optional[int] = None


class RawMessage(_Model):
    """A message as read from a source, before parsing."""

    value: bytes
    key: Optional[bytes] = None
    timestamp_ms: Optional[int] = None
    headers: list[tuple[str, bytes]] = Field(default_factory=list)
    source: SourceRef = Field(default_factory=SourceRef)


class Article(_Model):
    """A parsed news article. Character offsets in claims refer to ``body``."""

    article_id: str
    outlet: Optional[str] = None
    url: Optional[str] = None
    headline: Optional[str] = None
    section: Optional[str] = None
    published_at: Optional[dt.datetime] = None
    body: str
    keywords: list[str] = Field(default_factory=list)
    source_format: str = "json"
    source: SourceRef = Field(default_factory=SourceRef)
    story_id: Optional[str] = None


class Mention(_Model):
    """One place in one article that states a claim."""

    mention_id: str
    article_id: str
    outlet: Optional[str] = None
    url: Optional[str] = None
    published_at: Optional[dt.datetime] = None
    sentence: str
    start: int
    end: int
    text: str = ""
    quoted: bool = False
    story_id: Optional[str] = None


class ClaimFacts(_Model):
    """What a claim says, without where it was said."""

    claimant: str
    speaker: Optional[str] = None
    metric: str
    subject: str
    actor: Optional[str] = None
    value: int
    value_high: Optional[int] = None
    qualifier: Qualifier = Qualifier.EXACT
    period_start: Optional[dt.date] = None
    period_end: Optional[dt.date] = None
    period_text: Optional[str] = None
    location: Optional[str] = None


class ExtractedClaim(ClaimFacts):
    """A claim as found at one place: the facts plus the one mention."""

    mention: Mention


class Claim(ClaimFacts):
    """A deduplicated claim with every mention that supports it."""

    claim_id: str
    mentions: list[Mention] = Field(default_factory=list)
    mention_count: int = 0
    outlet_count: int = 0
    story_count: int = 0
    first_seen: Optional[dt.datetime] = None
    last_seen: Optional[dt.datetime] = None
    updated_at: Optional[dt.datetime] = None
    conflicts_with: list[str] = Field(default_factory=list)
    extractor_version: str = EXTRACTOR_VERSION


class DeadLetter(_Model):
    """A message that could not be processed, with why."""

    reason: str
    error_class: str
    stage: str
    value: bytes
    key: Optional[bytes] = None
    source: SourceRef = Field(default_factory=SourceRef)
