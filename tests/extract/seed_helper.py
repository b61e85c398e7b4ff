"""A tiny stand-in for the article parser, for the seed article only.

The real parser lives in ``pipeline/parse``; these tests must not depend on
it.  Layout of the seed file: a time line, a source line, the headline, the
section, then the body.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.models import Article

SEED = Path(__file__).resolve().parents[1] / "data" / "seed-article.txt"
SEED_PUBLISHED = dt.datetime(2017, 9, 30, 16, 32, tzinfo=dt.timezone(dt.timedelta(hours=3)))


def seed_article(text: str | None = None) -> Article:
    raw = SEED.read_text(encoding="utf-8") if text is None else text
    lines = raw.split("\n")
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    headline_i, section_i = nonblank[2], nonblank[3]
    body_start = sum(len(line) + 1 for line in lines[:section_i + 1])
    return Article(
        article_id="seed-sputnik-2017-09-30",
        outlet=None,
        headline=lines[headline_i].strip(),
        section=lines[section_i].strip(),
        published_at=SEED_PUBLISHED,
        body=raw[body_start:],
    )
