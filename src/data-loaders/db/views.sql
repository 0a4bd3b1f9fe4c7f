-- The analysis, as views. Every threshold comes from the one-row table report_settings, so
-- `UPDATE report_settings SET ...` re-runs the whole analysis with other thresholds.
-- Orders of display live in small VALUES views, so pages and exports never hard-code them.

CREATE VIEW size_bucket_order AS
SELECT * FROM (VALUES
  ('<1B', 1), ('1–20B', 2), ('20–40B', 3), ('40–60B', 4), ('60–80B', 5), ('>80B', 6), ('unknown', 7)
) AS b(bucket, bucket_order);

CREATE VIEW era_order AS
SELECT * FROM (VALUES ('before', 1), ('after', 2)) AS e(era, era_order);

-- The parameter-count cascade, best source first (see ParamsSource in rows.ts).
CREATE VIEW params_source_order AS
SELECT * FROM (VALUES
  ('safetensors', 1), ('gguf', 2), ('safetensors-header', 3), ('model-page', 4), ('base-model', 5),
  ('name', 6), ('unknown', 7)
) AS s(source, source_order);

-- The like threshold is pandas' `likes.quantile(p)` (numpy "linear" interpolation) over all models:
-- with the likes sorted ascending as v[0..n-1] and h = p * (n - 1), it is
-- v[floor(h)] + (h - floor(h)) * (v[floor(h) + 1] - v[floor(h)]).
-- DuckDB's quantile_cont computes the same thing but only accepts a constant fraction, and here the
-- fraction is read from report_settings, so the interpolation is spelled out.
CREATE VIEW thresholds AS
WITH sorted AS (
  SELECT list(likes ORDER BY likes) AS v, count(*) AS n FROM models
),
pos AS (
  SELECT s.likes_percentile, s.min_downloads, s.era_boundary, sorted.v, sorted.n,
    s.likes_percentile * (sorted.n - 1) AS h
  FROM report_settings AS s CROSS JOIN sorted
)
SELECT
  likes_percentile,
  min_downloads,
  era_boundary,
  CASE WHEN n = 0 THEN NULL ELSE
    v[floor(h)::BIGINT + 1] + (h - floor(h)) * (v[ceil(h)::BIGINT + 1] - v[floor(h)::BIGINT + 1])
  END::DOUBLE AS likes_threshold
FROM pos;

-- Ages are measured at the time of the latest crawl, not "now", so a rebuild of the same data
-- gives the same figures.
CREATE VIEW crawl_reference AS
SELECT max(finished_at) AS as_of FROM crawl_runs;

-- One row per model with everything the analysis derives from it.
--  size_bucket: [0, 1e9) '<1B', [1e9, 20e9) '1–20B', [20e9, 40e9) '20–40B', [40e9, 60e9) '40–60B',
--    [60e9, 80e9) '60–80B', >= 80e9 '>80B'; an unknown count is 'unknown', never '<1B'.
--  high_quality: the notebook's rule, kept as written: low quality when likes are below the
--    threshold OR downloads are below min_downloads; a model exactly at either threshold is kept.
--  era: 'before' when created before era_boundary (00:00 UTC) or when the Hub gave the placeholder
--    date (those repos predate March 2022); 'after' otherwise. A model with neither a date nor the
--    placeholder has era NULL: it is counted in totals but in neither era.
--  age_days: whole days from creation to the latest crawl; NULL for placeholder or missing dates.
CREATE VIEW model_facts AS
SELECT
  m.*,
  a.type AS author_type,
  CASE
    WHEN m.params IS NULL THEN 'unknown'
    WHEN m.params < 1e9 THEN '<1B'
    WHEN m.params < 20e9 THEN '1–20B'
    WHEN m.params < 40e9 THEN '20–40B'
    WHEN m.params < 60e9 THEN '40–60B'
    WHEN m.params < 80e9 THEN '60–80B'
    ELSE '>80B'
  END AS size_bucket,
  NOT (m.likes < t.likes_threshold OR m.downloads < t.min_downloads) AS high_quality,
  CASE
    WHEN m.created_at_placeholder OR m.created_at < t.era_boundary THEN 'before'
    WHEN m.created_at IS NOT NULL THEN 'after'
  END AS era,
  floor((epoch(r.as_of) - epoch(m.created_at)) / 86400)::INTEGER AS age_days
FROM models AS m
LEFT JOIN authors AS a ON a.name = m.author
CROSS JOIN thresholds AS t
CROSS JOIN crawl_reference AS r;

-- High-quality models that have no era (no date, no placeholder) are in high_quality but in
-- neither "before" nor "after"; `undated` counts them so the figures add up.
CREATE VIEW quality_split AS
SELECT
  count(*) AS total,
  count(*) FILTER (WHERE high_quality) AS high_quality,
  count(*) FILTER (WHERE NOT high_quality) AS low_quality,
  count(*) FILTER (WHERE high_quality AND era = 'before') AS "before",
  count(*) FILTER (WHERE high_quality AND era = 'after') AS "after",
  count(*) FILTER (WHERE high_quality AND era IS NULL) AS undated
FROM model_facts;

-- High-quality models per era and size bucket; every pair is present (0 when empty) and share is
-- the fraction of that era's high-quality models (0 when the era has none).
CREATE VIEW size_buckets_by_era AS
WITH counts AS (
  SELECT era, size_bucket AS bucket, count(*) AS models
  FROM model_facts
  WHERE high_quality AND era IS NOT NULL
  GROUP BY era, size_bucket
),
era_totals AS (
  SELECT era, sum(models) AS total FROM counts GROUP BY era
)
SELECT
  e.era,
  b.bucket,
  coalesce(c.models, 0) AS models,
  CASE WHEN coalesce(t.total, 0) = 0 THEN 0 ELSE coalesce(c.models, 0) / t.total END::DOUBLE AS share,
  e.era_order,
  b.bucket_order
FROM era_order AS e
CROSS JOIN size_bucket_order AS b
LEFT JOIN counts AS c ON c.era = e.era AND c.bucket = b.bucket
LEFT JOIN era_totals AS t ON t.era = e.era;

-- Models per creation month, real dates only; months without models inside the covered range are
-- present with 0 so a time axis has no silent gaps.
CREATE VIEW models_per_month AS
WITH dated AS (
  SELECT date_trunc('month', created_at)::TIMESTAMP AS month_start, high_quality
  FROM model_facts
  WHERE created_at IS NOT NULL
),
months AS (
  SELECT unnest(generate_series(min(month_start), max(month_start), INTERVAL 1 MONTH)) AS month_start
  FROM dated
)
SELECT
  strftime(months.month_start, '%Y-%m') AS month,
  months.month_start,
  count(dated.month_start) AS models,
  count(dated.month_start) FILTER (WHERE dated.high_quality) AS high_quality
FROM months
LEFT JOIN dated ON dated.month_start = months.month_start
GROUP BY months.month_start;

-- One row per author of at least one model. plan_label: an org's plan as the Hub reports it
-- ('enterprise' when only is_enterprise says so, 'free' when it reports none); a user is 'pro' or
-- 'free' by is_pro; 'unknown' when the author's type, or a user's is_pro, was not reported.
CREATE VIEW author_stats AS
WITH per_author AS (
  SELECT author, count(*) AS models, sum(likes)::BIGINT AS likes, sum(downloads)::BIGINT AS downloads
  FROM models
  GROUP BY author
)
SELECT
  p.author,
  a.type AS author_type,
  p.models,
  p.likes,
  p.downloads,
  a.followers,
  a.fullname,
  a.plan,
  a.is_pro,
  a.is_enterprise,
  CASE
    WHEN a.type = 'org' THEN
      CASE WHEN a.plan IS NOT NULL THEN lower(a.plan) WHEN a.is_enterprise THEN 'enterprise' ELSE 'free' END
    WHEN a.type = 'user' THEN
      CASE WHEN a.is_pro THEN 'pro' WHEN NOT a.is_pro THEN 'free' ELSE 'unknown' END
    ELSE 'unknown'
  END AS plan_label
FROM per_author AS p
LEFT JOIN authors AS a ON a.name = p.author;

CREATE VIEW author_types AS
SELECT
  coalesce(author_type, 'unknown') AS author_type,
  count(*) AS authors,
  sum(models)::BIGINT AS models,
  sum(likes)::BIGINT AS likes
FROM author_stats
GROUP BY coalesce(author_type, 'unknown');

CREATE VIEW author_plans AS
SELECT
  plan_label AS plan,
  coalesce(author_type, 'unknown') AS author_type,
  count(*) AS authors,
  sum(models)::BIGINT AS models
FROM author_stats
GROUP BY plan_label, coalesce(author_type, 'unknown');

-- Every source of the cascade is present, 0 when no model used it.
CREATE VIEW params_sources AS
SELECT o.source, o.source_order, count(m.id) AS models
FROM params_source_order AS o
LEFT JOIN models AS m ON coalesce(m.params_source, 'unknown') = o.source
GROUP BY o.source, o.source_order;

-- pandas describe(): count of non-missing values, mean, sample standard deviation (ddof = 1, NULL
-- for fewer than two values, like pandas' NaN), min, quartiles with linear interpolation
-- (quantile_cont, pandas' default), max. params counts known counts only; age_days real dates only.
CREATE VIEW describe_models AS
WITH columns_in_order AS (
  SELECT * FROM (VALUES ('likes', 1), ('downloads', 2), ('params', 3), ('age_days', 4)) AS c(name, column_order)
),
observations AS (
  SELECT 'likes' AS name, likes::DOUBLE AS value FROM model_facts
  UNION ALL SELECT 'downloads', downloads::DOUBLE FROM model_facts
  UNION ALL SELECT 'params', params::DOUBLE FROM model_facts WHERE params IS NOT NULL
  UNION ALL SELECT 'age_days', age_days::DOUBLE FROM model_facts WHERE age_days IS NOT NULL
)
SELECT
  c.name AS "column",
  c.column_order,
  count(o.value) AS count,
  avg(o.value) AS mean,
  stddev_samp(o.value) AS std,
  min(o.value) AS min,
  quantile_cont(o.value, 0.25) AS p25,
  quantile_cont(o.value, 0.5) AS p50,
  quantile_cont(o.value, 0.75) AS p75,
  max(o.value) AS max
FROM columns_in_order AS c
LEFT JOIN observations AS o ON o.name = c.name
GROUP BY c.name, c.column_order;

-- The same describe() over authors of at least one model; followers counts known values only.
CREATE VIEW describe_authors AS
WITH columns_in_order AS (
  SELECT * FROM (VALUES ('models', 1), ('likes', 2), ('downloads', 3), ('followers', 4)) AS c(name, column_order)
),
observations AS (
  SELECT 'models' AS name, models::DOUBLE AS value FROM author_stats
  UNION ALL SELECT 'likes', likes::DOUBLE FROM author_stats
  UNION ALL SELECT 'downloads', downloads::DOUBLE FROM author_stats
  UNION ALL SELECT 'followers', followers::DOUBLE FROM author_stats WHERE followers IS NOT NULL
)
SELECT
  c.name AS "column",
  c.column_order,
  count(o.value) AS count,
  avg(o.value) AS mean,
  stddev_samp(o.value) AS std,
  min(o.value) AS min,
  quantile_cont(o.value, 0.25) AS p25,
  quantile_cont(o.value, 0.5) AS p50,
  quantile_cont(o.value, 0.75) AS p75,
  max(o.value) AS max
FROM columns_in_order AS c
LEFT JOIN observations AS o ON o.name = c.name
GROUP BY c.name, c.column_order;
