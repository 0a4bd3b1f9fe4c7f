// The SQL behind each chart's Report method, one named constant per method, so a page can print
// beside a chart exactly the query that produced it. The views they read are in views.sql.
// Kept free of DuckDB imports: pages import this file to show the text.

/** Times leave the database in the published format, ISO 8601 UTC to the second. */
export const ISO_UTC_FORMAT = "%Y-%m-%dT%H:%M:%SZ";

export const QUERIES = {
  // Top downloads, sizes, months and authors (Report methods in queries.ts).
  topDownloads: `SELECT rank, id, author, author_type, likes, downloads, params, params_source, size_bucket,
  strftime(created_at, '${ISO_UTC_FORMAT}') AS created_at
FROM model_facts
WHERE high_quality AND era = 'after'
ORDER BY downloads DESC, likes DESC, id
LIMIT $n`,

  sizeBuckets: `SELECT era, bucket, models, share
FROM size_buckets_by_era
ORDER BY era_order, bucket_order`,

  modelsPerMonth: `SELECT month, models, high_quality
FROM models_per_month
ORDER BY month_start`,

  authorTypes: `SELECT author_type, authors, models, likes
FROM author_types
ORDER BY CASE author_type WHEN 'org' THEN 1 WHEN 'user' THEN 2 ELSE 3 END`,

  authorPlans: `SELECT plan, author_type, authors, models
FROM author_plans
ORDER BY models DESC, authors DESC, plan, author_type`,

  topAuthors: `SELECT author, author_type, models, likes, downloads, followers
FROM author_stats
ORDER BY likes DESC, models DESC, author
LIMIT $n`,

  // The analyses (analysis-report.ts).
  families: `SELECT family, models, high_quality, likes, share, model_types, architectures
FROM family_stats
ORDER BY models DESC, family`,

  architectures: `SELECT architecture, models, likes, families
FROM architecture_stats
ORDER BY models DESC, architecture
LIMIT $n`,

  // Families are ranked by their models over the whole crawl, so a family keeps one colour and one
  // place in every year; "other" and "unknown" come last.
  familyShareByYear: `WITH ranked AS (
  SELECT family, row_number() OVER (ORDER BY models DESC, family) AS family_rank
  FROM family_stats
  WHERE family <> 'unknown'
),
grouped AS (
  SELECT
    c.year,
    CASE WHEN c.family = 'unknown' THEN 'unknown' WHEN r.family_rank <= $top THEN c.family ELSE 'other' END AS family,
    CASE WHEN c.family = 'unknown' THEN $top + 2 WHEN r.family_rank <= $top THEN r.family_rank ELSE $top + 1 END AS family_order,
    sum(c.models) AS models
  FROM family_year_counts AS c
  LEFT JOIN ranked AS r ON r.family = c.family
  GROUP BY ALL
)
SELECT year, family, models, (models / sum(models) OVER (PARTITION BY year))::DOUBLE AS share
FROM grouped
ORDER BY year, family_order`,

  licences: `SELECT licence, kind, models, high_quality, likes, share
FROM licence_stats
ORDER BY models DESC, licence NULLS LAST`,

  derivativeRelations: `SELECT relation, models, likes, high_quality
FROM derivative_relations
ORDER BY relation_order`,

  topBaseModels: `SELECT base_model, in_data, base_likes, descendants, descendant_likes,
  finetunes, quantizations, adapters, merges, unspecified,
  finetune_likes, quantized_likes, adapter_likes, merge_likes, unspecified_likes
FROM base_model_descendants
ORDER BY descendant_likes DESC, descendants DESC, base_model
LIMIT $n`,

  nameSizeSummary: `SELECT named, compared, disagree, share, name_larger, name_smaller
FROM name_size_summary`,

  nameSizeMismatches: `SELECT id, author, name_params, params, params_source, ratio
FROM name_size_comparison
WHERE disagrees
ORDER BY abs(log_ratio) DESC, id
LIMIT $n`,

  nameSizePoints: `SELECT params, name_params, disagrees, models
FROM name_size_points
ORDER BY params, name_params, disagrees`,

  concentration: `SELECT authors, likes, top10_likes, top10_share, gini
FROM likes_concentration`,

  lorenzCurve: `SELECT author_share, likes_share
FROM likes_lorenz
ORDER BY author_share`,

  likesDownloadsCorrelation: `SELECT models, spearman, pearson_log, zero_downloads, likes_median, downloads_median
FROM likes_downloads_correlation`,

  likesDownloadsQuadrants: `SELECT likes_side, downloads_side, models
FROM likes_downloads_quadrants
ORDER BY quadrant_order`,

  likesDownloadsPoints: `SELECT likes, downloads, models
FROM likes_downloads_points
ORDER BY likes, downloads`,

  overview: `SELECT * FROM overview_facts`,
} as const;

export type QueryName = keyof typeof QUERIES;
