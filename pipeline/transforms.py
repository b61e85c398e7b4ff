"""The composite transforms: raw messages in, deduplicated claims and dead letters out.

Each stage is a named PTransform around plain functions (``pipeline.parse``,
``pipeline.extract``, ``pipeline.dedup``); the DoFns only adapt them to Beam,
count what happens, and route failures to a dead-letter output instead of
failing the bundle.

    with beam.Pipeline(runner="FnApiRunner") as p:
        raw = p | beam.Create([RawMessage(value=b'{"id": "a", "body": "..."}')])
        out = raw | MessagesToClaims()
        out.claims | beam.Map(print)
"""
from __future__ import annotations

import logging
from typing import NamedTuple, Optional

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.pvalue import TaggedOutput

from pipeline.models import Article, DeadLetter, RawMessage

logger = logging.getLogger(__name__)

METRICS_NAMESPACE = "newsclaims"
DEAD_LETTER = "dead_letter"


def dead_letter(stage: str, error: BaseException, value: bytes, key: Optional[bytes], source) -> DeadLetter:
    reason = getattr(error, "reason", None) or str(error) or type(error).__name__
    cause = error.__cause__ if error.__cause__ is not None else error
    return DeadLetter(reason=reason, error_class=type(cause).__name__, stage=stage,
                      value=value, key=key, source=source)


class _ParseDoFn(beam.DoFn):
    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.parsed = Metrics.counter(METRICS_NAMESPACE, "articles_parsed")
        self.failed = Metrics.counter(METRICS_NAMESPACE, "dead_letters")

    def process(self, raw: RawMessage):
        from pipeline.parse.article import ParseError, parse_message

        try:
            article = parse_message(raw, self.max_bytes)
        except ParseError as e:
            self.failed.inc()
            logger.warning("dead letter at %s: %s", raw.source.model_dump(exclude_none=True), e)
            yield TaggedOutput(DEAD_LETTER, dead_letter("parse", e, raw.value, raw.key, raw.source))
            return
        self.parsed.inc()
        yield article


class ParseArticles(beam.PTransform):
    """RawMessage -> Article, with a ``dead_letter`` output for what cannot be parsed."""

    def __init__(self, max_bytes: Optional[int] = None, label: Optional[str] = None):
        super().__init__(label)
        from pipeline.parse.article import MAX_MESSAGE_BYTES

        self.max_bytes = max_bytes or MAX_MESSAGE_BYTES

    def expand(self, messages):
        return messages | "Parse" >> beam.ParDo(_ParseDoFn(self.max_bytes)).with_outputs(DEAD_LETTER, main="articles")


class _AssignStoriesDoFn(beam.DoFn):
    """Tags each article with its near-duplicate story.

    With a ledger the story index is shared across workers and runs, and
    articles go to it in batches (one transaction per ``BATCH`` articles);
    without one, each worker keeps its own in-memory index (stories then only
    group articles that the same worker sees). An article that arrives with
    a story id (an archive written by us) keeps it.
    """

    BATCH = 200

    def __init__(self, ledger_url: Optional[str]):
        self.ledger_url = ledger_url
        self._ledger = None
        self._index = None

    def setup(self):
        if self.ledger_url:
            from pipeline.dedup.ledger import open_ledger

            self._ledger = open_ledger(self.ledger_url)
        else:
            from pipeline.dedup.stories import StoryIndex

            self._index = StoryIndex()

    def start_bundle(self):
        self._buffer: list[tuple] = []

    def process(self, article: Article, timestamp=beam.DoFn.TimestampParam, window=beam.DoFn.WindowParam):
        if article.story_id:
            yield article
        elif self._ledger is None:
            yield article.model_copy(update={"story_id": self._index.assign(article.article_id, article.body)})
        else:
            self._buffer.append((article, timestamp, window))
            if len(self._buffer) >= self.BATCH:
                yield from self._flush()

    def finish_bundle(self):
        yield from self._flush()

    def _flush(self):
        from apache_beam.utils.windowed_value import WindowedValue

        if not self._buffer:
            return
        stories = self._ledger.assign_stories([(a.article_id, a.body) for a, _, _ in self._buffer])
        for article, timestamp, window in self._buffer:
            yield WindowedValue(article.model_copy(update={"story_id": stories[article.article_id]}),
                                timestamp, [window])
        self._buffer = []

    def teardown(self):
        if self._ledger is not None:
            self._ledger.close()
            self._ledger = None


class AssignStories(beam.PTransform):
    def __init__(self, ledger_url: Optional[str] = None, label: Optional[str] = None):
        super().__init__(label)
        self.ledger_url = ledger_url

    def expand(self, articles):
        return articles | "MinHashStories" >> beam.ParDo(_AssignStoriesDoFn(self.ledger_url))


class _ExtractDoFn(beam.DoFn):
    def __init__(self):
        self.claims = Metrics.counter(METRICS_NAMESPACE, "claim_mentions")
        self.failed = Metrics.counter(METRICS_NAMESPACE, "dead_letters")

    def process(self, article: Article):
        from pipeline.extract import extract_claims

        try:
            found = extract_claims(article)
        except Exception as e:  # an extractor bug must not stop the feed
            self.failed.inc()
            logger.exception("extraction failed for article %s", article.article_id)
            yield TaggedOutput(DEAD_LETTER, dead_letter("extract", e, article.model_dump_json().encode("utf-8"),
                                                        None, article.source))
            return
        for claim in found:
            if article.story_id and claim.mention.story_id is None:
                claim.mention.story_id = article.story_id
            self.claims.inc()
            yield claim


class ExtractClaims(beam.PTransform):
    """Article -> ExtractedClaim (one per mention), with a ``dead_letter`` output."""

    def expand(self, articles):
        return articles | "Extract" >> beam.ParDo(_ExtractDoFn()).with_outputs(DEAD_LETTER, main="claims")


class ClaimOutputs(NamedTuple):
    claims: beam.PCollection
    dead_letters: beam.PCollection
    articles: beam.PCollection


class MessagesToClaims(beam.PTransform):
    """RawMessage -> deduplicated Claim, the heart of every job.

    Args:
        ledger_url: ``sqlite:///path`` or ``postgresql://...``; when set, claims
            are merged into the persistent ledger and only claims that changed
            (new claims, new mentions, new conflicts) come out.
        max_bytes: messages above this size are dead-lettered.
    """

    def __init__(self, ledger_url: Optional[str] = None, max_bytes: Optional[int] = None, label: Optional[str] = None):
        super().__init__(label)
        self.ledger_url = ledger_url
        self.max_bytes = max_bytes

    def expand(self, messages) -> ClaimOutputs:
        from pipeline.dedup.transforms import DeduplicateClaims, MergeIntoLedger

        parsed = messages | "ParseArticles" >> ParseArticles(self.max_bytes)
        articles = parsed.articles | "AssignStories" >> AssignStories(self.ledger_url)
        extracted = articles | "ExtractClaims" >> ExtractClaims()
        claims = extracted.claims | "Deduplicate" >> DeduplicateClaims()
        if self.ledger_url:
            claims = claims | "MergeIntoLedger" >> MergeIntoLedger(self.ledger_url)
        dead = (parsed.dead_letter, extracted.dead_letter) | "AllDeadLetters" >> beam.Flatten()
        return ClaimOutputs(claims=claims, dead_letters=dead, articles=articles)
