-- Daily totals for dashboards.
-- day = UTC date of the claim's first_seen, i.e. of its earliest mention's
-- published_at (when the figure was first reported), falling back to
-- period_end (when the counted events ended) for claims with no dated mention.
-- A claim counts once, on that one day.

CREATE VIEW claims_daily AS
SELECT
    COALESCE((first_seen AT TIME ZONE 'UTC')::date, period_end) AS day,
    metric,
    claimant,
    actor,
    count(*)                  AS claims,
    sum(value)                AS value_sum,
    sum(mention_count)        AS mentions
FROM claims
GROUP BY 1, 2, 3, 4;

-- The view's day, indexed so that a day filter on claims_daily uses it.
CREATE INDEX claims_daily_day_idx ON claims ((COALESCE((first_seen AT TIME ZONE 'UTC')::date, period_end)));
