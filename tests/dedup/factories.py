"""Builders of ExtractedClaims for the dedup tests (plain data, no mocks)."""
from __future__ import annotations

import datetime as dt
from typing import Optional

from pipeline.dedup import keys
from pipeline.models import ExtractedClaim, Mention, Qualifier

T0 = dt.datetime(2017, 9, 30, 16, 32, tzinfo=dt.timezone.utc)


def extracted(value: int = 2700, qualifier: Qualifier = Qualifier.EXACT, *, article_id: str = "sputnik-1",
              start: int = 0, outlet: Optional[str] = "Sputnik", published_at: Optional[dt.datetime] = T0,
              story_id: Optional[str] = None, speaker: Optional[str] = None, location: Optional[str] = None,
              period_text: Optional[str] = "September 19-29", claimant: str = "Russian Defense Ministry",
              metric: str = "injured", subject: str = "militants", sentence: str = "",
              period: tuple = (dt.date(2017, 9, 19), dt.date(2017, 9, 29))) -> ExtractedClaim:
    end = start + 20
    return ExtractedClaim(
        claimant=claimant, speaker=speaker, metric=metric, subject=subject, actor="Russian Aerospace Forces",
        value=value, qualifier=qualifier, period_start=period[0], period_end=period[1],
        period_text=period_text, location=location,
        mention=Mention(
            mention_id=keys.mention_id(article_id, start, end), article_id=article_id, outlet=outlet,
            url=f"https://example.test/{article_id}", published_at=published_at,
            sentence=sentence or f"... {value} {subject} {metric} ...", start=start, end=end,
            text=f"{value}", story_id=story_id,
        ),
    )


def seed_pair() -> list[ExtractedClaim]:
    """The seed article states 'injuring 2,700 others' and, quoted, 'injured nearly 2,700 others'."""
    return [
        extracted(2700, Qualifier.EXACT, start=1510, speaker="Konashenkov",
                  sentence="The Russian Aerospace Forces conducted strikes in Syria on September 19-29, "
                           "killing 2,359 Daesh militants and injuring 2,700 others, Konashenkov added."),
        extracted(2700, Qualifier.APPROX, start=1750, speaker="Maj. Gen. Igor Konashenkov",
                  period_text="from September 19 to September 29",
                  sentence="Russian Aerospace Forces' accurate strikes, conducted from September 19 to "
                           "September 29, killed 2,359 IS militants and injured nearly 2,700 others."),
    ]
