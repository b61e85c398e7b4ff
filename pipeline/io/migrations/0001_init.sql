-- Claims and their mentions, as dashboards read them.
-- A claim row is one deduplicated figure; its counts and first/last seen are
-- recomputed from claim_mentions on every upsert (pipeline/io/postgres.py).

CREATE TABLE claims (
    claim_id          text PRIMARY KEY,
    claimant          text NOT NULL,
    speaker           text,
    metric            text NOT NULL,
    subject           text NOT NULL,
    actor             text,
    value             bigint NOT NULL,
    value_high        bigint,
    qualifier         text NOT NULL
                      CHECK (qualifier IN ('exact', 'approx', 'at_least', 'at_most', 'range')),
    period_start      date,
    period_end        date,
    period_text       text,
    location          text,
    mention_count     integer NOT NULL DEFAULT 0,
    outlet_count      integer NOT NULL DEFAULT 0,
    story_count       integer NOT NULL DEFAULT 0,
    first_seen        timestamptz,
    last_seen         timestamptz,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    conflicts_with    text[] NOT NULL DEFAULT '{}',
    extractor_version text NOT NULL
);

CREATE TABLE claim_mentions (
    mention_id   text PRIMARY KEY,
    claim_id     text NOT NULL REFERENCES claims (claim_id) ON DELETE CASCADE,
    article_id   text NOT NULL,
    outlet       text,
    url          text,
    published_at timestamptz,
    sentence     text NOT NULL,
    "start"      integer NOT NULL,
    "end"        integer NOT NULL,
    text         text NOT NULL DEFAULT '',
    quoted       boolean NOT NULL DEFAULT false,
    story_id     text
);

-- Dashboards filter by day (UTC), metric, claimant and actor.
CREATE INDEX claims_last_seen_day_idx ON claims (((last_seen AT TIME ZONE 'UTC')::date));
CREATE INDEX claims_first_seen_day_idx ON claims (((first_seen AT TIME ZONE 'UTC')::date));
CREATE INDEX claims_period_idx ON claims (period_end, period_start);
CREATE INDEX claims_metric_idx ON claims (metric);
CREATE INDEX claims_claimant_idx ON claims (claimant);
CREATE INDEX claims_actor_idx ON claims (actor);
CREATE INDEX claim_mentions_claim_id_idx ON claim_mentions (claim_id);
CREATE INDEX claim_mentions_published_at_idx ON claim_mentions (published_at);
CREATE INDEX claim_mentions_outlet_idx ON claim_mentions (outlet);
