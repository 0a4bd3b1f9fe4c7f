-- The analysis, as views. Every threshold comes from the one-row table report_settings, so
-- `UPDATE report_settings SET ...` re-runs the whole analysis with other thresholds.
-- Orders of display live in small VALUES views, so pages and exports never hard-code them.

-- The configured buckets from the size_buckets table, then 'unknown' last.
CREATE VIEW size_bucket_order AS
SELECT bucket, bucket_order FROM size_buckets
UNION ALL
SELECT 'unknown', (SELECT coalesce(max(bucket_order), 0) + 1 FROM size_buckets);

CREATE VIEW era_order AS
SELECT * FROM (VALUES ('before', 1), ('after', 2)) AS e(era, era_order);

-- The parameter-count cascade, best source first (see ParamsSource in rows.ts).
CREATE VIEW params_source_order AS
SELECT * FROM (VALUES
  ('safetensors', 1), ('gguf', 2), ('hub-listing', 3), ('safetensors-header', 4), ('model-page', 5),
  ('base-model', 6), ('unpacked', 7), ('name', 8), ('unknown', 9)
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
--  size_bucket: the row of size_buckets with lower_bound <= params < upper_bound (by default
--    [0, 1e9) '<1B', [1e9, 20e9) '1–20B', [20e9, 40e9) '20–40B', [40e9, 60e9) '40–60B',
--    [60e9, 80e9) '60–80B', >= 80e9 '>80B'); an unknown count is 'unknown', never the smallest.
--  high_quality: the notebook's rule, kept as written: low quality when likes are below the
--    threshold OR downloads are below min_downloads; a model exactly at either threshold is kept.
--  era: 'before' when created before era_boundary (00:00 UTC) or when the Hub gave the placeholder
--    date (those repos predate March 2022); 'after' otherwise. A model with neither a date nor the
--    placeholder has era NULL: it is counted in totals but in neither era.
--  age_days: whole days from creation to the latest crawl; NULL for placeholder or missing dates.
--  likes_per_day: likes over the days from creation to the latest crawl, counted as at least one
--    day so a repo made hours before the crawl is not multiplied up; NULL for placeholder or
--    missing dates (a placeholder says "before March 2022", not when).
--  relation: how it derives from the models in its base_model metadata; 'unspecified' when it
--    names a base but not how, 'none' when it names no base (see relation_order).
CREATE VIEW model_facts AS
SELECT
  m.*,
  a.type AS author_type,
  CASE WHEN m.params IS NULL THEN 'unknown' ELSE b.bucket END AS size_bucket,
  NOT (m.likes < t.likes_threshold OR m.downloads < t.min_downloads) AS high_quality,
  CASE
    WHEN m.created_at_placeholder OR m.created_at < t.era_boundary THEN 'before'
    WHEN m.created_at IS NOT NULL THEN 'after'
  END AS era,
  floor((epoch(r.as_of) - epoch(m.created_at)) / 86400)::INTEGER AS age_days,
  -- greatest() skips NULLs, so an unknown date is tested for first.
  CASE WHEN m.created_at IS NOT NULL THEN m.likes / greatest((epoch(r.as_of) - epoch(m.created_at)) / 86400, 1) END::DOUBLE
    AS likes_per_day,
  CASE WHEN m.base_relation IS NOT NULL THEN m.base_relation WHEN len(m.base_models) > 0 THEN 'unspecified' ELSE 'none' END AS relation
FROM models AS m
LEFT JOIN authors AS a ON a.name = m.author
LEFT JOIN size_buckets AS b
  ON (b.lower_bound IS NULL OR m.params >= b.lower_bound) AND (b.upper_bound IS NULL OR m.params < b.upper_bound)
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

-- One row per author of at least one model; high_quality counts their high-quality models. plan_label: an org's plan as the Hub reports it
-- ('enterprise' when only is_enterprise says so, 'free' when it reports none); a user is 'pro' or
-- 'free' by is_pro; 'unknown' when the author's type, or a user's is_pro, was not reported.
CREATE VIEW author_stats AS
WITH per_author AS (
  SELECT author, count(*) AS models, count(*) FILTER (WHERE high_quality) AS high_quality,
    sum(likes)::BIGINT AS likes, sum(downloads)::BIGINT AS downloads
  FROM model_facts
  GROUP BY author
)
SELECT
  p.author,
  a.type AS author_type,
  p.models,
  p.high_quality,
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

-- high_quality_share: the type's share of all high-quality models, the overview's population, so
-- this page and the overview give the same figure for the same set (0 when there are none).
CREATE VIEW author_types AS
SELECT
  coalesce(author_type, 'unknown') AS author_type,
  count(*) AS authors,
  sum(models)::BIGINT AS models,
  sum(likes)::BIGINT AS likes,
  sum(high_quality)::BIGINT AS high_quality,
  coalesce(sum(high_quality) / nullif((SELECT count(*) FROM model_facts WHERE high_quality), 0), 0)::DOUBLE AS high_quality_share
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

-- Every source of the cascade is present, 0 when no model used it. packed_storage: of those, repos
-- whose own stored count is packed quantised storage (their logical count came from this source);
-- adapters: repos whose own weights are an adapter's.
CREATE VIEW params_sources AS
SELECT
  o.source,
  o.source_order,
  count(m.id) AS models,
  count(m.id) FILTER (WHERE m.params_packed) AS packed_storage,
  count(m.id) FILTER (WHERE m.base_relation = 'adapter') AS adapters
FROM params_source_order AS o
LEFT JOIN models AS m ON coalesce(m.params_source, 'unknown') = o.source
GROUP BY o.source, o.source_order;

-- Per size bucket, how many high-quality models with an era (the population of
-- size_buckets_by_era) took their count from each source: how much of a bucket rests on names.
-- Every (bucket, source) pair is present, 0 when empty; 'unknown' is the source of the unknown bucket.
CREATE VIEW size_bucket_sources AS
SELECT b.bucket, b.bucket_order, o.source, o.source_order, count(m.id) AS models
FROM size_bucket_order AS b
CROSS JOIN params_source_order AS o
LEFT JOIN model_facts AS m
  ON m.size_bucket = b.bucket AND coalesce(m.params_source, 'unknown') = o.source AND m.high_quality AND m.era IS NOT NULL
GROUP BY b.bucket, b.bucket_order, o.source, o.source_order;

-- pandas describe(): count of non-missing values, mean, sample standard deviation (ddof = 1, NULL
-- for fewer than two values, like pandas' NaN), min, quartiles with linear interpolation
-- (quantile_cont, pandas' default), max. One view computes it for both subjects: models (params
-- counts known counts only; age_days and likes_per_day real dates only) and authors of at least one model
-- (followers counts known values only).
CREATE VIEW describe_columns AS
SELECT * FROM (VALUES
  ('models', 'likes', 1), ('models', 'downloads', 2), ('models', 'params', 3), ('models', 'age_days', 4),
  ('models', 'likes_per_day', 5),
  ('authors', 'models', 1), ('authors', 'likes', 2), ('authors', 'downloads', 3), ('authors', 'followers', 4)
) AS c(subject, name, column_order);

CREATE VIEW describe_observations AS
SELECT 'models' AS subject, 'likes' AS name, likes::DOUBLE AS value FROM model_facts
UNION ALL SELECT 'models', 'downloads', downloads::DOUBLE FROM model_facts
UNION ALL SELECT 'models', 'params', params::DOUBLE FROM model_facts WHERE params IS NOT NULL
UNION ALL SELECT 'models', 'age_days', age_days::DOUBLE FROM model_facts WHERE age_days IS NOT NULL
UNION ALL SELECT 'models', 'likes_per_day', likes_per_day FROM model_facts WHERE likes_per_day IS NOT NULL
UNION ALL SELECT 'authors', 'models', models::DOUBLE FROM author_stats
UNION ALL SELECT 'authors', 'likes', likes::DOUBLE FROM author_stats
UNION ALL SELECT 'authors', 'downloads', downloads::DOUBLE FROM author_stats
UNION ALL SELECT 'authors', 'followers', followers::DOUBLE FROM author_stats WHERE followers IS NOT NULL;

CREATE VIEW describe_all AS
SELECT
  c.subject,
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
FROM describe_columns AS c
LEFT JOIN describe_observations AS o ON o.subject = c.subject AND o.name = c.name
GROUP BY c.subject, c.name, c.column_order;

CREATE VIEW describe_models AS
SELECT * EXCLUDE (subject) FROM describe_all WHERE subject = 'models';

CREATE VIEW describe_authors AS
SELECT * EXCLUDE (subject) FROM describe_all WHERE subject = 'authors';

-- ================================================================================================
-- Every angle of the question: families, licences, derivatives, names, concentration, likes vs
-- downloads, and the overview's facts. Unless a view says otherwise it covers every crawled model,
-- not only high-quality ones: the crawl is already the most-liked models, and these questions are
-- about what that set is made of.

-- Per family ('unknown' when enrich could derive none), with its display name from the family
-- vocabulary, the model_type values and the architectures seen in it, sorted so the output is
-- stable. share is of all crawled models; high_quality_share of all high-quality models (the
-- overview's population; 0 when there are none).
CREATE VIEW family_stats AS
SELECT
  coalesce(m.family, 'unknown') AS family,
  -- A family the vocabulary does not know is shown by its id.
  coalesce(any_value(f.display_name), coalesce(m.family, 'unknown')) AS display_name,
  count(*) AS models,
  count(*) FILTER (WHERE high_quality) AS high_quality,
  sum(likes)::BIGINT AS likes,
  (count(*) / (SELECT count(*) FROM models))::DOUBLE AS share,
  coalesce(count(*) FILTER (WHERE high_quality) / nullif((SELECT count(*) FROM model_facts WHERE high_quality), 0), 0)::DOUBLE AS high_quality_share,
  list_sort(list_distinct(coalesce(list(model_type) FILTER (WHERE model_type IS NOT NULL), []::VARCHAR[]))) AS model_types,
  list_sort(list_distinct(flatten(list(architectures)))) AS architectures
FROM model_facts AS m
LEFT JOIN families AS f ON f.family = m.family
GROUP BY coalesce(m.family, 'unknown');

-- Per architecture class named in config.architectures; a model naming two counts in both.
CREATE VIEW architecture_stats AS
WITH named AS (
  SELECT unnest(architectures) AS architecture, likes, coalesce(family, 'unknown') AS family FROM models
)
SELECT
  architecture,
  count(*) AS models,
  sum(likes)::BIGINT AS likes,
  list_sort(list_distinct(list(family))) AS families
FROM named
GROUP BY architecture;

-- Models per creation year and family, real creation dates only (the Hub's placeholder date says
-- "before March 2022" and no year). Report.familyShareByYear folds small families into "other".
CREATE VIEW family_year_counts AS
SELECT year(created_at) AS year, coalesce(family, 'unknown') AS family, count(*) AS models
FROM model_facts
WHERE created_at IS NOT NULL
GROUP BY year(created_at), coalesce(family, 'unknown');

-- Per declared licence (enrich keeps the first one a card lists, and turns "other" plus a
-- license_name into that name). share and high_quality_share as in family_stats. kind: 'none' when no licence is declared (licence NULL); 'custom'
-- when any model declared it as "other" (the Hub then tags it license:other), i.e. a licence
-- outside the Hub's list; 'standard' for an identifier from the Hub's list.
CREATE VIEW licence_stats AS
SELECT
  license AS licence,
  CASE
    WHEN license IS NULL THEN 'none'
    WHEN bool_or(license = 'other' OR list_contains(tags, 'license:other')) THEN 'custom'
    ELSE 'standard'
  END AS kind,
  count(*) AS models,
  count(*) FILTER (WHERE high_quality) AS high_quality,
  sum(likes)::BIGINT AS likes,
  (count(*) / (SELECT count(*) FROM models))::DOUBLE AS share,
  coalesce(count(*) FILTER (WHERE high_quality) / nullif((SELECT count(*) FROM model_facts WHERE high_quality), 0), 0)::DOUBLE AS high_quality_share
FROM model_facts
GROUP BY license;

-- How a model derives from the models in its base_model metadata. 'unspecified': it names a base
-- but not how; 'none': it names no base (an original release, or a card that does not say).
CREATE VIEW relation_order AS
SELECT * FROM (VALUES
  ('finetune', 1), ('quantized', 2), ('adapter', 3), ('merge', 4), ('unspecified', 5), ('none', 6)
) AS r(relation, relation_order);

CREATE VIEW derivative_relations AS
WITH related AS (SELECT relation, likes, high_quality FROM model_facts)
SELECT
  o.relation,
  o.relation_order,
  count(r.relation) AS models,
  coalesce(sum(r.likes), 0)::BIGINT AS likes,
  count(r.relation) FILTER (WHERE r.high_quality) AS high_quality
FROM relation_order AS o
LEFT JOIN related AS r ON r.relation = o.relation
GROUP BY o.relation, o.relation_order;

-- One row per base model named by at least one crawled model, whether or not the base itself was
-- crawled (in_data says which; a base outside the set is still a base). Hub ids ignore case, so
-- bases match case-insensitively. Direct descendants only: a quantisation of a fine-tune counts
-- for the fine-tune, not for the fine-tune's base. A merge of two bases counts for both.
CREATE VIEW base_model_descendants AS
WITH links AS (
  SELECT unnest(base_models) AS base, likes, coalesce(base_relation, 'unspecified') AS relation FROM models
),
per_base AS (
  SELECT
    lower(base) AS base_key,
    min(base) AS declared_id,
    count(*) AS descendants,
    sum(likes)::BIGINT AS descendant_likes,
    count(*) FILTER (WHERE relation = 'finetune') AS finetunes,
    count(*) FILTER (WHERE relation = 'quantized') AS quantizations,
    count(*) FILTER (WHERE relation = 'adapter') AS adapters,
    count(*) FILTER (WHERE relation = 'merge') AS merges,
    count(*) FILTER (WHERE relation = 'unspecified') AS unspecified,
    sum(likes) FILTER (WHERE relation = 'finetune')::BIGINT AS finetune_likes,
    sum(likes) FILTER (WHERE relation = 'quantized')::BIGINT AS quantized_likes,
    sum(likes) FILTER (WHERE relation = 'adapter')::BIGINT AS adapter_likes,
    sum(likes) FILTER (WHERE relation = 'merge')::BIGINT AS merge_likes,
    sum(likes) FILTER (WHERE relation = 'unspecified')::BIGINT AS unspecified_likes
  FROM links
  GROUP BY lower(base)
)
SELECT
  coalesce(m.id, p.declared_id) AS base_model,
  m.id IS NOT NULL AS in_data,
  m.likes AS base_likes,
  p.* EXCLUDE (base_key, declared_id)
FROM per_base AS p
LEFT JOIN models AS m ON lower(m.id) = p.base_key;

-- Size from the name against the count the repo's own metadata gives (params_stored: safetensors,
-- GGUF, the Hub's listing, the weight files or the model page; never the name itself). An adapter's
-- own weights are a small add-on to the model its name sizes, so an adapter is compared by its base
-- model's count or not at all.
-- disagrees: the name is more than 20% off the count, |name − count| / count > 0.2.
-- log_ratio = ln(name / count) ranks the worst cases symmetrically (2× too big = 2× too small).
-- reason, the likely one for a disagreement, first that fits, from data the crawl has:
--   'packed': the count is packed quantised storage (enrich flagged it from the dtype buckets), or
--     the repo is quantised (quantisation detected, or a quantized base_relation) and counts fewer
--     than its name;
--   'embeddings': the name is within 20% of the count less one or two embedding matrices
--     (embedding_params = vocab_size × hidden_size from the config, else from the config of the
--     first base model when it was crawled: a GGUF or adapter repo shares its base's embeddings
--     but often has no config of its own; names often leave out the input embeddings and an
--     untied output layer);
--   'towers': a multimodal model counting more than its name (vision or audio towers beside the
--     language model the name sizes);
--   'rounding': the name is the count cut or rounded to its first significant digit (1.24B → "1B");
--   'unexplained': none of these.
CREATE VIEW name_size_comparison AS
WITH compared AS (
  SELECT
    m.id, m.author, m.name_params, m.likes, m.base_relation, m.params_packed, m.quantisation, m.multimodal,
    coalesce(m.embedding_params, b.embedding_params) AS embedding_params,
    CASE WHEN m.base_relation = 'adapter' THEN m.params ELSE m.params_stored END AS count_params,
    CASE WHEN m.base_relation = 'adapter' THEN m.params_source ELSE m.params_stored_source END AS count_source
  FROM model_facts AS m
  LEFT JOIN models AS b ON lower(b.id) = lower(m.base_models[1])
  WHERE m.name_params > 0
    AND CASE WHEN m.base_relation = 'adapter' THEN m.params_source = 'base-model' AND m.params > 0 ELSE m.params_stored > 0 END
),
measured AS (
  SELECT
    *,
    abs(name_params - count_params) / count_params > 0.2 AS disagrees,
    pow(10, floor(log10(count_params))) AS leading_unit
  FROM compared
)
SELECT
  id,
  author,
  likes,
  name_params,
  count_params AS params,
  count_source AS params_source,
  (name_params / count_params)::DOUBLE AS ratio,
  ln(name_params / count_params)::DOUBLE AS log_ratio,
  disagrees,
  CASE
    WHEN NOT disagrees THEN NULL
    WHEN params_packed OR ((quantisation IS NOT NULL OR base_relation = 'quantized') AND name_params > count_params) THEN 'packed'
    WHEN embedding_params > 0 AND (
      abs(name_params - (count_params - embedding_params)) <= 0.2 * (count_params - embedding_params)
      OR abs(name_params - (count_params - 2 * embedding_params)) <= 0.2 * (count_params - 2 * embedding_params)
    ) THEN 'embeddings'
    WHEN multimodal AND name_params < count_params THEN 'towers'
    WHEN name_params::DOUBLE IN (floor(count_params / leading_unit) * leading_unit, round(count_params / leading_unit) * leading_unit)
      THEN 'rounding'
    ELSE 'unexplained'
  END AS reason
FROM measured;

CREATE VIEW name_size_reason_order AS
SELECT * FROM (VALUES
  ('unexplained', 1), ('packed', 2), ('embeddings', 3), ('towers', 4), ('rounding', 5)
) AS r(reason, reason_order);

-- Disagreements per likely reason, every reason present (0 when none), with the most-liked model
-- of each as an example.
CREATE VIEW name_size_reasons AS
SELECT
  o.reason,
  o.reason_order,
  count(c.id) AS models,
  arg_max(c.id, c.likes) AS example
FROM name_size_reason_order AS o
LEFT JOIN name_size_comparison AS c ON c.reason = o.reason
GROUP BY o.reason, o.reason_order;

CREATE VIEW name_size_summary AS
SELECT
  (SELECT count(*) FROM models WHERE name_params IS NOT NULL) AS named,
  count(*) AS compared,
  count(*) FILTER (WHERE disagrees) AS disagree,
  coalesce(count(*) FILTER (WHERE disagrees) / nullif(count(*), 0), 0)::DOUBLE AS share,
  count(*) FILTER (WHERE disagrees AND name_params > params) AS name_larger,
  count(*) FILTER (WHERE disagrees AND name_params < params) AS name_smaller,
  count(*) FILTER (WHERE reason = 'unexplained') AS unexplained,
  count(*) FILTER (WHERE disagrees AND reason <> 'unexplained') AS explained
FROM name_size_comparison;

-- The comparison as chart points: models whose two sizes fall in the same cell of a 0.01-decade
-- (about 2.3%) log grid are one point with a count, so the chart stays small for 100,000 models.
-- A cell never mixes agreeing and disagreeing models.
CREATE VIEW name_size_points AS
SELECT
  min(params) AS params,
  min(name_params) AS name_params,
  disagrees,
  count(*) AS models
FROM name_size_comparison
GROUP BY round(log10(params), 2), round(log10(name_params), 2), disagrees;

-- Authors ordered from fewest to most likes (ties by name, which changes no figure below):
-- position 1..authors, and the running total of likes.
CREATE VIEW author_likes_ranked AS
SELECT
  author,
  likes,
  row_number() OVER (ORDER BY likes, author) AS position,
  count(*) OVER () AS authors,
  sum(likes) OVER (ORDER BY likes, author ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)::BIGINT AS cumulative_likes,
  sum(likes) OVER ()::BIGINT AS total_likes
FROM author_stats;

-- How concentrated likes are among authors. top10_share: likes of the 10 most-liked authors over
-- all likes. gini: with each author's likes x_i sorted ascending (i = 1..n),
-- G = 2·Σ i·x_i / (n·Σ x_i) − (n + 1) / n; 0 when every author has the same likes, towards 1 when
-- one author has them all. NULL when there are no likes at all.
CREATE VIEW likes_concentration AS
SELECT
  count(*) AS authors,
  coalesce(sum(likes), 0)::BIGINT AS likes,
  coalesce(sum(likes) FILTER (WHERE position > authors - 10), 0)::BIGINT AS top10_likes,
  CASE WHEN coalesce(sum(likes), 0) = 0 THEN NULL
    ELSE sum(likes) FILTER (WHERE position > authors - 10) / sum(likes) END::DOUBLE AS top10_share,
  CASE WHEN coalesce(sum(likes), 0) = 0 THEN NULL
    ELSE 2 * sum(position * likes) / (count(*) * sum(likes)) - (count(*) + 1) / count(*) END::DOUBLE AS gini
FROM author_likes_ranked;

-- The Lorenz curve of likes over authors: the least-liked author_share of authors hold likes_share
-- of the likes. It starts at (0, 0) and keeps the author at every whole percent of authors
-- (all of them when there are 100 or fewer), so it has at most 101 points at any scale.
CREATE VIEW likes_lorenz AS
SELECT 0::DOUBLE AS author_share, 0::DOUBLE AS likes_share
WHERE (SELECT sum(likes) FROM author_stats) > 0
UNION ALL
SELECT (position / authors)::DOUBLE, (cumulative_likes / total_likes)::DOUBLE
FROM author_likes_ranked
WHERE total_likes > 0 AND floor(position * 100 / authors) > floor((position - 1) * 100 / authors);

-- Likes against downloads (last 30 days). spearman: Pearson correlation of the ranks, ties given
-- their average rank. pearson_log: Pearson correlation of ln(1 + likes) and ln(1 + downloads);
-- the 1 + keeps models with zero downloads in. Both are rounded to 6 decimals: DuckDB sums in
-- parallel, so the last bits of a float aggregate can differ between two runs of the same query.
CREATE VIEW likes_downloads_correlation AS
WITH ranked AS (
  SELECT
    likes,
    downloads,
    rank() OVER (ORDER BY likes) + (count(*) OVER (PARTITION BY likes) - 1) / 2 AS likes_rank,
    rank() OVER (ORDER BY downloads) + (count(*) OVER (PARTITION BY downloads) - 1) / 2 AS downloads_rank
  FROM models
)
SELECT
  count(*) AS models,
  round(corr(likes_rank, downloads_rank), 6)::DOUBLE AS spearman,
  round(corr(ln(1 + likes), ln(1 + downloads)), 6)::DOUBLE AS pearson_log,
  count(*) FILTER (WHERE downloads = 0) AS zero_downloads,
  quantile_cont(likes, 0.5)::DOUBLE AS likes_median,
  quantile_cont(downloads, 0.5)::DOUBLE AS downloads_median
FROM ranked;

-- Quadrants split at the medians: a model at or above the median is on the "more" side. Every
-- quadrant is present, 0 when empty.
CREATE VIEW likes_downloads_quadrants AS
WITH sides AS (
  SELECT
    CASE WHEN m.likes >= c.likes_median THEN 'more liked' ELSE 'less liked' END AS likes_side,
    CASE WHEN m.downloads >= c.downloads_median THEN 'more downloaded' ELSE 'less downloaded' END AS downloads_side
  FROM models AS m CROSS JOIN likes_downloads_correlation AS c
),
quadrants AS (
  SELECT * FROM (VALUES
    ('more liked', 'more downloaded', 1), ('more liked', 'less downloaded', 2),
    ('less liked', 'more downloaded', 3), ('less liked', 'less downloaded', 4)
  ) AS q(likes_side, downloads_side, quadrant_order)
)
SELECT q.likes_side, q.downloads_side, q.quadrant_order, count(s.likes_side) AS models
FROM quadrants AS q
LEFT JOIN sides AS s ON s.likes_side = q.likes_side AND s.downloads_side = q.downloads_side
GROUP BY q.likes_side, q.downloads_side, q.quadrant_order;

-- The points of the likes-downloads chart: models in the same cell of a 0.05-decade grid over
-- log10(1 + x) are one point with a count, so the chart stays small for 100,000 models.
CREATE VIEW likes_downloads_points AS
SELECT min(likes) AS likes, min(downloads) AS downloads, count(*) AS models
FROM models
GROUP BY round(log10(1 + likes) * 20), round(log10(1 + downloads) * 20);

-- Likes per day since creation (model_facts.likes_per_day) beside downloads: older models have had
-- longer to collect likes. Real creation dates only; models with the Hub's placeholder date and
-- models without a date are counted apart. spearman_downloads: rank correlation of likes per day
-- with 30-day downloads (average ranks for ties), rounded like likes_downloads_correlation.
CREATE VIEW likes_per_day_summary AS
WITH dated AS (
  SELECT likes_per_day, downloads FROM model_facts WHERE likes_per_day IS NOT NULL
),
ranked AS (
  SELECT
    rank() OVER (ORDER BY likes_per_day) + (count(*) OVER (PARTITION BY likes_per_day) - 1) / 2 AS per_day_rank,
    rank() OVER (ORDER BY downloads) + (count(*) OVER (PARTITION BY downloads) - 1) / 2 AS downloads_rank
  FROM dated
)
SELECT
  (SELECT count(*) FROM models) AS models,
  (SELECT count(*) FROM dated) AS dated,
  (SELECT count(*) FROM models WHERE created_at_placeholder) AS placeholder,
  (SELECT count(*) FROM models WHERE created_at IS NULL AND NOT created_at_placeholder) AS undated,
  (SELECT quantile_cont(likes_per_day, 0.5) FROM dated)::DOUBLE AS median_likes_per_day,
  (SELECT round(corr(per_day_rank, downloads_rank), 6) FROM ranked)::DOUBLE AS spearman_downloads;

-- Whether the top of the likes ranking is old or recent: the 100 most-liked models against all
-- crawled models, by median age in days at the crawl (real creation dates only; placeholder
-- dates, "before March 2022", are counted apart). verdict: 'older' when the top's median age is
-- more than 1.25 times the median of all models, 'recent' when less than 1 / 1.25 times, else
-- 'similar'; NULL when either has no dated model.
CREATE VIEW likes_ranking_age AS
WITH top AS (
  SELECT age_days, created_at_placeholder FROM model_facts ORDER BY rank, id LIMIT 100
),
figures AS (
  SELECT
    (SELECT count(*) FROM top) AS top_models,
    (SELECT count(age_days) FROM top) AS top_dated,
    (SELECT count(*) FILTER (WHERE created_at_placeholder) FROM top) AS top_placeholder,
    (SELECT quantile_cont(age_days, 0.5) FROM top)::DOUBLE AS top_median_age_days,
    (SELECT count(*) FROM model_facts) AS all_models,
    (SELECT count(age_days) FROM model_facts) AS all_dated,
    (SELECT count(*) FILTER (WHERE created_at_placeholder) FROM model_facts) AS all_placeholder,
    (SELECT quantile_cont(age_days, 0.5) FROM model_facts)::DOUBLE AS all_median_age_days
)
SELECT
  *,
  CASE
    WHEN top_median_age_days IS NULL OR all_median_age_days IS NULL THEN NULL
    WHEN top_median_age_days > all_median_age_days * 1.25 THEN 'older'
    WHEN top_median_age_days * 1.25 < all_median_age_days THEN 'recent'
    ELSE 'similar'
  END AS verdict
FROM figures;

-- The facts the overview's sentences are built from, over high-quality models (the notebook's
-- population). Medians are quantile_cont(0.5); params known counts only, ages real dates only.
-- large_share_*: share of the era's high-quality models with 20e9 parameters or more (unknown
-- sizes stay in the denominator, as in size_buckets_by_era). Ties for "most common" go to the
-- alphabetically first name, so the answer is stable.
CREATE VIEW overview_facts AS
WITH hq AS (SELECT * FROM model_facts WHERE high_quality),
top_family AS (
  SELECT family, count(*) AS models FROM hq WHERE family IS NOT NULL GROUP BY family ORDER BY models DESC, family LIMIT 1
),
top_licence AS (
  SELECT license, count(*) AS models FROM hq WHERE license IS NOT NULL GROUP BY license ORDER BY models DESC, license LIMIT 1
),
common_bucket AS (
  SELECT era, bucket, share,
    row_number() OVER (PARTITION BY era ORDER BY models DESC, bucket_order) AS place
  FROM size_buckets_by_era
  WHERE bucket <> 'unknown' AND models > 0
),
per_era AS (
  SELECT era, count(*) AS models,
    quantile_cont(params, 0.5)::DOUBLE AS median_params,
    (count(*) FILTER (WHERE params >= 20e9) / count(*))::DOUBLE AS large_share
  FROM hq WHERE era IS NOT NULL GROUP BY era
)
SELECT
  (SELECT count(*) FROM hq) AS high_quality,
  (SELECT count(params) FROM hq) AS with_params,
  (SELECT quantile_cont(params, 0.5)::DOUBLE FROM hq) AS median_params,
  (SELECT quantile_cont(age_days, 0.5)::DOUBLE FROM hq) AS median_age_days,
  (SELECT (count(*) FILTER (WHERE author_type = 'org') / nullif(count(*), 0))::DOUBLE FROM hq) AS org_share,
  (SELECT count(*) FILTER (WHERE author_type IS NULL) FROM hq) AS unknown_type_models,
  (SELECT family FROM top_family) AS top_family,
  (SELECT (models / (SELECT count(*) FROM hq))::DOUBLE FROM top_family) AS top_family_share,
  (SELECT license FROM top_licence) AS top_licence,
  (SELECT (models / (SELECT count(*) FROM hq))::DOUBLE FROM top_licence) AS top_licence_share,
  (SELECT models FROM per_era WHERE era = 'before') AS before_models,
  (SELECT models FROM per_era WHERE era = 'after') AS after_models,
  (SELECT median_params FROM per_era WHERE era = 'before') AS before_median_params,
  (SELECT median_params FROM per_era WHERE era = 'after') AS after_median_params,
  (SELECT large_share FROM per_era WHERE era = 'before') AS before_large_share,
  (SELECT large_share FROM per_era WHERE era = 'after') AS after_large_share,
  (SELECT bucket FROM common_bucket WHERE era = 'before' AND place = 1) AS before_common_bucket,
  (SELECT share FROM common_bucket WHERE era = 'before' AND place = 1) AS before_common_share,
  (SELECT bucket FROM common_bucket WHERE era = 'after' AND place = 1) AS after_common_bucket,
  (SELECT share FROM common_bucket WHERE era = 'after' AND place = 1) AS after_common_share;
