// Every dataset the report reads, defined once: its name (the Report method), the SQL it runs over
// the views of views.sql (or the history table), the shape of its rows, its parameters with the
// values the pages draw, and, when a chart draws it, the name of its data file. Everything else is
// derived from this list: the Report methods (queries.ts), the chart data files
// (data/charts/<file>.json and .csv, export-chart-data.ts), the SQL printed beside each chart
// (ChartSource.astro) and the query names. Adding a dataset is one entry here.
// Kept free of DuckDB imports: pages import this file to show the SQL.
import type { SizeBucketDefinition } from "../../config/config.ts";
import { currentSnapshotSql } from "./current-snapshot.ts";
import type { ExampleQuery, ExampleResult } from "./example-queries.ts";
import type { DerivativeRelation, Era, ExplorerRow, LicenceKind, SizeBucket, SourceInfo } from "./report-types.ts";
import type { ParamsSource } from "./rows.ts";

/** Times leave the database in the published format, ISO 8601 UTC to the second. */
export const ISO_UTC_FORMAT = "%Y-%m-%dT%H:%M:%SZ";

/** What a dataset's query returns: every row, or exactly one (a summary). The type rides along. */
export interface Returns<Result> {
  readonly oneRow: boolean;
  /** Never set: carries the result type from the registry to the Report methods. */
  readonly result?: Result;
}
export const rows = <Row>(): Returns<Row[]> => ({ oneRow: false });
export const oneRow = <Row>(): Returns<Row> => ({ oneRow: true });

export interface Dataset<Result = unknown> {
  /** Run as it is; `$name` marks a parameter. */
  sql: string;
  returns: Returns<Result>;
  /**
   * The query's parameters (row limits, top N), each a whole number, with the value the page draws
   * and the data file holds. A caller may pass others: `report.topAuthors({ n: 5 })`.
   */
  params?: Record<string, number>;
  /** A chart draws it: its rows are published as data/charts/<file>.json and .csv. */
  file?: string;
  /** It reads the history table, which a database holds only once a history was loaded into it. */
  readsHistory?: boolean;
}

// ---- Rows of the first charts: top models, sizes, time, authors.

export interface ThresholdInfo {
  likes_percentile: number;
  /** The like count at that percentile, computed over the data. */
  likes_threshold: number;
  min_downloads: number;
  era_boundary: string;
}

/** The variables describe_models and describe_authors summarise (describe_columns in views.sql). */
export type DescribeColumn = "likes" | "downloads" | "params" | "age_days" | "likes_per_day" | "models" | "followers";

/** One column of a pandas-style describe(): count, mean, std, min, quartiles, max. */
export interface DescribeRow {
  column: DescribeColumn;
  count: number;
  mean: number | null;
  std: number | null;
  min: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  max: number | null;
}

/** The sets the report's charts count, for every chart's subtitle: which models, how many, when. */
export interface Population {
  /** Every crawled model. */
  models: number;
  high_quality: number;
  /** High-quality models created before the era boundary, and on or after it. */
  before: number;
  after: number;
  /** The UTC day the latest crawl finished, "YYYY-MM-DD". */
  crawled: string;
}

export interface QualitySplit {
  total: number;
  high_quality: number;
  low_quality: number;
  /** Among high-quality models. */
  before: number;
  after: number;
}

export interface TopModelRow {
  rank: number;
  id: string;
  author: string;
  author_type: "org" | "user" | null;
  likes: number;
  downloads: number;
  params: number | null;
  params_source: ParamsSource | null;
  size_bucket: SizeBucket;
  created_at: string | null;
}

export interface SizeBucketRow {
  era: Era;
  bucket: SizeBucket;
  models: number;
  /** Share of that era's high-quality models, 0..1. */
  share: number;
}

export interface MonthRow {
  /** "YYYY-MM" */
  month: string;
  models: number;
  high_quality: number;
}

export interface AuthorTypeRow {
  author_type: "org" | "user" | "unknown";
  authors: number;
  models: number;
  likes: number;
  /** Their high-quality models, and those as a share of all high-quality models (0..1). */
  high_quality: number;
  high_quality_share: number;
}

/** The Hub plans the report names, in the order it lists them; "pro" is for users. */
export const HUB_PLANS = ["enterprise", "team", "pro", "free", "unknown"] as const;
export type HubPlan = (typeof HUB_PLANS)[number];

/** Whether `plan` is one the report names, rather than one the Hub added since. */
export function isHubPlan(plan: string): plan is HubPlan {
  return HUB_PLANS.some((known) => known === plan);
}

export interface PlanRow {
  /** One of HUB_PLANS, or a plan the Hub added since, under the Hub's own name. */
  plan: string;
  author_type: "org" | "user" | "unknown";
  authors: number;
  models: number;
}

export interface TopAuthorRow {
  author: string;
  author_type: "org" | "user" | null;
  models: number;
  likes: number;
  downloads: number;
  followers: number | null;
}

export interface ParamsSourceRow {
  source: ParamsSource | "unknown";
  models: number;
  /** Of those, repos whose own stored count is packed quantised storage. */
  packed_storage: number;
  /** Of those, adapters (their own weights are the adapter's only). */
  adapters: number;
}

/** High-quality models with an era per size bucket and parameter-count source. */
export interface SizeBucketSourceRow {
  bucket: SizeBucket;
  source: ParamsSource | "unknown";
  models: number;
}

// ---- Rows of the analyses: families, licences, derivatives, names, concentration, likes vs
// downloads, and the overview. These cover every crawled model unless a comment says otherwise.

export interface FamilyRow {
  /** Family name, or "unknown" when none could be derived. */
  family: string;
  /** The family vocabulary's name for it; the id itself for a family the vocabulary does not know. */
  display_name: string;
  models: number;
  high_quality: number;
  likes: number;
  /** Share of all crawled models, 0..1. */
  share: number;
  /** Share of all high-quality models, 0..1: the overview's population. */
  high_quality_share: number;
  model_types: string[];
  architectures: string[];
}

/** One family of the vocabulary (tables families and family_aliases) and its crawled models. */
export interface FamilyVocabularyRow {
  family: string;
  display_name: string;
  distinct_from: string[];
  model_types: string[];
  gguf_architectures: string[];
  classes: string[];
  models: number;
}

export interface ArchitectureRow {
  architecture: string;
  models: number;
  likes: number;
  families: string[];
}

export interface FamilyYearRow {
  year: number;
  /** A top family, "other" (every smaller family) or "unknown". */
  family: string;
  models: number;
  /** Share of that year's models, 0..1. */
  share: number;
}

export interface LicenceRow {
  /** Normalised licence id; null when the model declares none. */
  licence: string | null;
  kind: LicenceKind;
  models: number;
  high_quality: number;
  likes: number;
  /** Share of all crawled models, and of all high-quality models, 0..1. */
  share: number;
  high_quality_share: number;
}

export interface DerivativeRelationRow {
  relation: DerivativeRelation;
  models: number;
  likes: number;
  high_quality: number;
}

export interface BaseModelRow {
  base_model: string;
  /** Whether the base itself is among the crawled models. */
  in_data: boolean;
  /** The base's own likes when it was crawled, else null. */
  base_likes: number | null;
  descendants: number;
  descendant_likes: number;
  finetunes: number;
  quantizations: number;
  adapters: number;
  merges: number;
  unspecified: number;
  /** Likes of the descendants of each relation; null when there are none. */
  finetune_likes: number | null;
  quantized_likes: number | null;
  adapter_likes: number | null;
  merge_likes: number | null;
  unspecified_likes: number | null;
}

export interface NameSizeSummary {
  /** Models whose name states a size. */
  named: number;
  /** Of those, models whose own metadata also counts them (an adapter: its base model's count). */
  compared: number;
  /** Compared models whose name is more than 20% off the count. */
  disagree: number;
  share: number;
  name_larger: number;
  name_smaller: number;
  /** Disagreements no likely reason explains. */
  unexplained: number;
  /** Disagreements with a likely reason (packed storage, embeddings, towers, rounding). */
  explained: number;
}

export const NAME_SIZE_REASONS = ["unexplained", "packed", "embeddings", "towers", "rounding"] as const;
export type NameSizeReason = (typeof NAME_SIZE_REASONS)[number];

export interface NameSizeReasonRow {
  reason: NameSizeReason;
  models: number;
  /** The most-liked model with this reason; null when there is none. */
  example: string | null;
}

export interface NameSizeMismatchRow {
  id: string;
  author: string;
  name_params: number;
  params: number;
  params_source: ParamsSource;
  /** name_params / params. */
  ratio: number;
}

export interface NameSizePoint {
  params: number;
  name_params: number;
  disagrees: boolean;
  /** Models drawn as this one point. */
  models: number;
}

export interface ConcentrationInfo {
  authors: number;
  likes: number;
  top10_likes: number;
  /** null when there are no likes. */
  top10_share: number | null;
  gini: number | null;
}

export interface LorenzPoint {
  /** Share of authors, least-liked first, 0..1. */
  author_share: number;
  /** Share of all likes those authors hold, 0..1. */
  likes_share: number;
}

export interface LikesDownloadsCorrelation {
  models: number;
  /** Spearman rank correlation (average ranks for ties). */
  spearman: number | null;
  /** Pearson correlation of ln(1 + likes) and ln(1 + downloads). */
  pearson_log: number | null;
  zero_downloads: number;
  likes_median: number | null;
  downloads_median: number | null;
}

export interface QuadrantRow {
  likes_side: "more liked" | "less liked";
  downloads_side: "more downloaded" | "less downloaded";
  models: number;
}

export interface LikesDownloadsPoint {
  likes: number;
  downloads: number;
  models: number;
}

export interface LikesPerDayInfo {
  models: number;
  /** Models with a real creation date: the ones with a likes-per-day figure. */
  dated: number;
  /** Models with the Hub's pre-March-2022 placeholder date, left out. */
  placeholder: number;
  /** Models with no date at all, left out. */
  undated: number;
  median_likes_per_day: number | null;
  /** Spearman rank correlation of likes per day with 30-day downloads. */
  spearman_downloads: number | null;
}

export interface TopLikesPerDayRow {
  rank: number;
  id: string;
  likes: number;
  likes_per_day: number;
  age_days: number;
  downloads: number;
}

/** The 100 most-liked models' age against all models' (real dates only). */
export interface LikesRankingAge {
  top_models: number;
  top_dated: number;
  top_placeholder: number;
  top_median_age_days: number | null;
  all_models: number;
  all_dated: number;
  all_placeholder: number;
  all_median_age_days: number | null;
  verdict: "older" | "recent" | "similar" | null;
}

/** The facts the overview's sentences are made of; high-quality models only. */
export interface OverviewFacts {
  high_quality: number;
  with_params: number;
  median_params: number | null;
  median_age_days: number | null;
  org_share: number | null;
  /** High-quality models whose author's type the Hub did not report. */
  unknown_type_models: number;
  top_family: string | null;
  top_family_share: number | null;
  top_licence: string | null;
  top_licence_share: number | null;
  before_models: number | null;
  after_models: number | null;
  before_median_params: number | null;
  after_median_params: number | null;
  before_large_share: number | null;
  after_large_share: number | null;
  before_common_bucket: SizeBucket | null;
  before_common_share: number | null;
  after_common_bucket: SizeBucket | null;
  after_common_share: number | null;
}

// ---- Rows of the likes history: how the ranking moves from one crawl to the next. A snapshot is
// named by the time its crawl finished, the same `fetched_at` that summary.json publishes.

export interface SnapshotRow {
  fetched_at: string;
  models: number;
  total_likes: number;
}

/** What the history holds, for the page's headline and its "too early for trends" message. */
export interface HistoryOverview {
  snapshots: number;
  first: string | null;
  latest: string | null;
  /** The snapshot before the latest; trends compare these two. */
  previous: string | null;
  /** Days between `previous` and `latest`; null with fewer than two snapshots. */
  days_between: number | null;
}

/** A model ranked in both of the two latest snapshots whose rank changed. */
export interface RankMoverRow {
  id: string;
  rank: number;
  previous_rank: number;
  /** previous_rank − rank: positive when the model climbed. */
  change: number;
  likes: number;
  likes_gained: number;
}

/** Likes a model gained between the two latest snapshots, also as a weekly rate. */
export interface LikesGainRow {
  id: string;
  rank: number;
  likes: number;
  likes_gained: number;
  likes_per_week: number;
}

/** Likes gained between two consecutive snapshots by the models present in both. */
export interface IntervalLikesRow {
  from: string;
  to: string;
  days: number;
  /** Models present in both snapshots; only they are counted. */
  models: number;
  likes_gained: number;
  likes_per_week: number;
}

/** A model in the latest top N that was not in the previous snapshot's top N. */
export interface NewcomerRow {
  id: string;
  rank: number;
  likes: number;
  /** Its rank in the previous snapshot; null when that crawl did not list it at all. */
  previous_rank: number | null;
}

const SECONDS_PER_DAY = 86_400;

/**
 * What every history query starts from: each stored snapshot plus this database's own crawl (its
 * snapshot replaces a stored one with the same stamp, so the page agrees with the rest of the site
 * even before any history was published), and the two latest snapshots, numbered 1 (latest) and 2.
 */
const HISTORY_SNAPSHOTS = `WITH current_crawl AS ${currentSnapshotSql()},
all_rows AS (
  SELECT fetched_at, id, rank, likes, downloads FROM history
  WHERE fetched_at IS DISTINCT FROM (SELECT max(fetched_at) FROM current_crawl)
  UNION ALL SELECT * FROM current_crawl
),
stamps AS (SELECT fetched_at, row_number() OVER (ORDER BY fetched_at DESC) AS n FROM (SELECT DISTINCT fetched_at FROM all_rows)),
latest AS (SELECT r.* FROM all_rows r JOIN stamps s ON s.fetched_at = r.fetched_at AND s.n = 1),
previous AS (SELECT r.* FROM all_rows r JOIN stamps s ON s.fetched_at = r.fetched_at AND s.n = 2),
span AS (
  SELECT (epoch(max(fetched_at)) - epoch(min(fetched_at))) / ${SECONDS_PER_DAY} AS days FROM stamps WHERE n <= 2
)`;

export const DATASETS = {
  // ---- Figures of the first pages (no chart draws them, so no data file).
  thresholds: {
    sql: `SELECT likes_percentile, likes_threshold, min_downloads, strftime(era_boundary, '%Y-%m-%d') AS era_boundary
FROM thresholds`,
    returns: oneRow<ThresholdInfo>(),
  },

  /** The populations the charts' subtitles name, with the day of the crawl. */
  population: {
    sql: `SELECT total AS models, high_quality, "before", "after", strftime((SELECT as_of FROM crawl_reference), '%Y-%m-%d') AS crawled
FROM quality_split`,
    returns: oneRow<Population>(),
  },

  qualitySplit: {
    sql: `SELECT total, high_quality, low_quality, "before", "after" FROM quality_split`,
    returns: oneRow<QualitySplit>(),
  },

  /** likes, downloads, params (known only), age in days (real dates only). */
  describeModels: {
    sql: `SELECT "column", count, mean, std, min, p25, p50, p75, max FROM describe_models ORDER BY column_order`,
    returns: rows<DescribeRow>(),
  },

  /** Per author: models, likes, downloads, followers. */
  describeAuthors: {
    sql: `SELECT "column", count, mean, std, min, p25, p50, p75, max FROM describe_authors ORDER BY column_order`,
    returns: rows<DescribeRow>(),
  },

  /** The build's size buckets with their bounds (the size_buckets table), in order; no "unknown". */
  sizeBucketDefinitions: {
    sql: `SELECT bucket, lower_bound AS lower, upper_bound AS upper, bucket_order FROM size_buckets ORDER BY bucket_order`,
    returns: rows<SizeBucketDefinition>(),
  },

  paramsSources: {
    sql: `SELECT source, models, packed_storage, adapters FROM params_sources ORDER BY source_order`,
    returns: rows<ParamsSourceRow>(),
  },

  /** High-quality models with an era per size bucket and count source, every pair present. */
  sizeBucketSources: {
    sql: `SELECT bucket, source, models
FROM size_bucket_sources
ORDER BY bucket_order, source_order`,
    returns: rows<SizeBucketSourceRow>(),
    file: "size-bucket-sources",
  },

  /** The family vocabulary with each family's crawled models, most first. */
  familyVocabulary: {
    sql: `SELECT f.family, f.display_name, f.distinct_from,
  coalesce(list_sort(list(a.alias) FILTER (WHERE a.kind = 'model_type')), []) AS model_types,
  coalesce(list_sort(list(a.alias) FILTER (WHERE a.kind = 'gguf')), []) AS gguf_architectures,
  coalesce(list_sort(list(a.alias) FILTER (WHERE a.kind = 'architecture')), []) AS classes,
  coalesce(any_value(s.models), 0) AS models
FROM families AS f
LEFT JOIN family_aliases AS a ON a.family = f.family
LEFT JOIN family_stats AS s ON s.family = f.family
GROUP BY f.family, f.display_name, f.distinct_from
ORDER BY models DESC, f.family`,
    returns: rows<FamilyVocabularyRow>(),
    file: "family-vocabulary",
  },

  // ---- The first charts.
  /** Most-downloaded high-quality models of the latest era, in order. */
  topDownloads: {
    sql: `SELECT rank, id, author, author_type, likes, downloads, params, params_source, size_bucket,
  strftime(created_at, '${ISO_UTC_FORMAT}') AS created_at
FROM model_facts
WHERE high_quality AND era = 'after'
ORDER BY downloads DESC, likes DESC, id
LIMIT $n`,
    returns: rows<TopModelRow>(),
    params: { n: 10 },
    file: "top-downloads",
  },

  /** High-quality models per era and size bucket, every (era, bucket) pair present. */
  sizeBuckets: {
    sql: `SELECT era, bucket, models, share
FROM size_buckets_by_era
ORDER BY era_order, bucket_order`,
    returns: rows<SizeBucketRow>(),
    file: "size-buckets",
  },

  /** Models per creation month (real dates only), oldest first. */
  modelsPerMonth: {
    sql: `SELECT month, models, high_quality
FROM models_per_month
ORDER BY month_start`,
    returns: rows<MonthRow>(),
    file: "models-per-month",
  },

  authorTypes: {
    sql: `SELECT author_type, authors, models, likes, high_quality, high_quality_share
FROM author_types
ORDER BY CASE author_type WHEN 'org' THEN 1 WHEN 'user' THEN 2 ELSE 3 END`,
    returns: rows<AuthorTypeRow>(),
    file: "author-types",
  },

  authorPlans: {
    sql: `SELECT plan, author_type, authors, models
FROM author_plans
ORDER BY models DESC, authors DESC, plan, author_type`,
    returns: rows<PlanRow>(),
    file: "author-plans",
  },

  topAuthors: {
    sql: `SELECT author, author_type, models, likes, downloads, followers
FROM author_stats
ORDER BY likes DESC, models DESC, author
LIMIT $n`,
    returns: rows<TopAuthorRow>(),
    params: { n: 20 },
    file: "top-authors",
  },

  // ---- Every angle of the question.
  overview: {
    sql: `SELECT * FROM overview_facts`,
    returns: oneRow<OverviewFacts>(),
    file: "overview",
  },

  /** Families by models, most first, "unknown" included. */
  families: {
    sql: `SELECT family, display_name, models, high_quality, likes, share, high_quality_share, model_types, architectures
FROM family_stats
ORDER BY models DESC, family`,
    returns: rows<FamilyRow>(),
    file: "families",
  },

  /** The n architecture classes with most models. */
  architectures: {
    sql: `SELECT architecture, models, likes, families
FROM architecture_stats
ORDER BY models DESC, architecture
LIMIT $n`,
    returns: rows<ArchitectureRow>(),
    params: { n: 15 },
    file: "architectures",
  },

  /**
   * Share per creation year of the `top` largest families, the rest as "other", and "unknown".
   * Families are ranked by their models over the whole crawl, so a family keeps one colour and one
   * place in every year; "other" and "unknown" come last.
   */
  familyShareByYear: {
    sql: `WITH ranked AS (
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
    returns: rows<FamilyYearRow>(),
    params: { top: 6 },
    file: "family-share-by-year",
  },

  /** Licences by models, most first, with "none declared" as licence null. */
  licences: {
    sql: `SELECT licence, kind, models, high_quality, likes, share, high_quality_share
FROM licence_stats
ORDER BY models DESC, licence NULLS LAST`,
    returns: rows<LicenceRow>(),
    file: "licences",
  },

  /** Models per relation to their base, every relation present. */
  derivativeRelations: {
    sql: `SELECT relation, models, likes, high_quality
FROM derivative_relations
ORDER BY relation_order`,
    returns: rows<DerivativeRelationRow>(),
    file: "derivative-relations",
  },

  /** Base models whose direct descendants hold the most likes. */
  topBaseModels: {
    sql: `SELECT base_model, in_data, base_likes, descendants, descendant_likes,
  finetunes, quantizations, adapters, merges, unspecified,
  finetune_likes, quantized_likes, adapter_likes, merge_likes, unspecified_likes
FROM base_model_descendants
ORDER BY descendant_likes DESC, descendants DESC, base_model
LIMIT $n`,
    returns: rows<BaseModelRow>(),
    params: { n: 15 },
    file: "top-base-models",
  },

  nameSizeSummary: {
    sql: `SELECT named, compared, disagree, share, name_larger, name_smaller, unexplained, explained
FROM name_size_summary`,
    returns: oneRow<NameSizeSummary>(),
    file: "name-size-summary",
  },

  nameSizePoints: {
    sql: `SELECT params, name_params, disagrees, models
FROM name_size_points
ORDER BY params, name_params, disagrees`,
    returns: rows<NameSizePoint>(),
    file: "name-size-points",
  },

  /** Disagreements no likely reason explains, worst (largest |ln(name / count)|) first: the page's lead. */
  nameSizeMismatches: {
    sql: `SELECT id, author, name_params, params, params_source, ratio
FROM name_size_comparison
WHERE reason = 'unexplained'
ORDER BY abs(log_ratio) DESC, id
LIMIT $n`,
    returns: rows<NameSizeMismatchRow>(),
    params: { n: 20 },
    file: "name-size-mismatches",
  },

  /** Disagreements per likely reason, every reason present, "unexplained" first. */
  nameSizeReasons: {
    sql: `SELECT reason, models, example
FROM name_size_reasons
ORDER BY reason_order`,
    returns: rows<NameSizeReasonRow>(),
    file: "name-size-reasons",
  },

  concentration: {
    sql: `SELECT authors, likes, top10_likes, top10_share, gini
FROM likes_concentration`,
    returns: oneRow<ConcentrationInfo>(),
    file: "concentration",
  },

  lorenzCurve: {
    sql: `SELECT author_share, likes_share
FROM likes_lorenz
ORDER BY author_share`,
    returns: rows<LorenzPoint>(),
    file: "lorenz-curve",
  },

  likesDownloadsCorrelation: {
    sql: `SELECT models, spearman, pearson_log, zero_downloads, likes_median, downloads_median
FROM likes_downloads_correlation`,
    returns: oneRow<LikesDownloadsCorrelation>(),
    file: "likes-downloads-correlation",
  },

  likesDownloadsQuadrants: {
    sql: `SELECT likes_side, downloads_side, models
FROM likes_downloads_quadrants
ORDER BY quadrant_order`,
    returns: rows<QuadrantRow>(),
    file: "likes-downloads-quadrants",
  },

  likesDownloadsPoints: {
    sql: `SELECT likes, downloads, models
FROM likes_downloads_points
ORDER BY likes, downloads`,
    returns: rows<LikesDownloadsPoint>(),
    file: "likes-downloads-points",
  },

  /** Likes per day since creation: who has a figure, who is left out, and how it goes with downloads. */
  likesPerDay: {
    sql: `SELECT models, dated, placeholder, undated, median_likes_per_day, spearman_downloads
FROM likes_per_day_summary`,
    returns: oneRow<LikesPerDayInfo>(),
    file: "likes-per-day",
  },

  /** The n models with most likes per day since creation. */
  topLikesPerDay: {
    sql: `SELECT rank, id, likes, likes_per_day, age_days, downloads
FROM model_facts
WHERE likes_per_day IS NOT NULL
ORDER BY likes_per_day DESC, rank
LIMIT $n`,
    returns: rows<TopLikesPerDayRow>(),
    params: { n: 10 },
    file: "top-likes-per-day",
  },

  /** Whether the top of the likes ranking is old or recent. */
  likesRankingAge: {
    sql: `SELECT top_models, top_dated, top_placeholder, top_median_age_days,
  all_models, all_dated, all_placeholder, all_median_age_days, verdict
FROM likes_ranking_age`,
    returns: oneRow<LikesRankingAge>(),
    file: "likes-ranking-age",
  },

  // ---- The likes history.
  historyOverview: {
    sql: `${HISTORY_SNAPSHOTS}
SELECT (SELECT count(*) FROM stamps) AS snapshots,
  strftime((SELECT min(fetched_at) FROM stamps), '${ISO_UTC_FORMAT}') AS first,
  strftime((SELECT fetched_at FROM stamps WHERE n = 1), '${ISO_UTC_FORMAT}') AS latest,
  strftime((SELECT fetched_at FROM stamps WHERE n = 2), '${ISO_UTC_FORMAT}') AS previous,
  CASE WHEN (SELECT count(*) FROM stamps) >= 2 THEN (SELECT days FROM span) END AS days_between`,
    returns: oneRow<HistoryOverview>(),
    readsHistory: true,
  },

  historySnapshots: {
    sql: `${HISTORY_SNAPSHOTS}
SELECT strftime(fetched_at, '${ISO_UTC_FORMAT}') AS fetched_at, count(*) AS models, sum(likes) AS total_likes
FROM all_rows GROUP BY fetched_at ORDER BY fetched_at`,
    returns: rows<SnapshotRow>(),
    readsHistory: true,
  },

  /** Likes gained between every two consecutive snapshots, oldest first. */
  intervalLikes: {
    sql: `${HISTORY_SNAPSHOTS},
pairs AS (
  SELECT lag(fetched_at) OVER (ORDER BY fetched_at) AS from_at, fetched_at AS to_at FROM stamps
)
SELECT strftime(pairs.from_at, '${ISO_UTC_FORMAT}') AS "from", strftime(pairs.to_at, '${ISO_UTC_FORMAT}') AS "to",
  (epoch(pairs.to_at) - epoch(pairs.from_at)) / ${SECONDS_PER_DAY} AS days,
  count(*) AS models, sum(b.likes - a.likes) AS likes_gained,
  sum(b.likes - a.likes) / ((epoch(pairs.to_at) - epoch(pairs.from_at)) / ${SECONDS_PER_DAY}) * 7 AS likes_per_week
FROM pairs
JOIN all_rows a ON a.fetched_at = pairs.from_at
JOIN all_rows b ON b.fetched_at = pairs.to_at AND b.id = a.id
WHERE pairs.from_at IS NOT NULL
GROUP BY pairs.from_at, pairs.to_at
ORDER BY pairs.to_at`,
    returns: rows<IntervalLikesRow>(),
    file: "history-likes-per-week",
    readsHistory: true,
  },

  /**
   * The biggest rank changes between the two latest snapshots among models ranked within
   * `within_top` in either: up to `limit` climbers (change > 0) first, then up to `limit` fallers.
   */
  rankMovers: {
    sql: `${HISTORY_SNAPSHOTS}
SELECT l.id, l.rank, p.rank AS previous_rank, p.rank - l.rank AS change, l.likes, l.likes - p.likes AS likes_gained
FROM latest l JOIN previous p USING (id)
WHERE least(l.rank, p.rank) <= $within_top AND p.rank <> l.rank
QUALIFY row_number() OVER (PARTITION BY p.rank > l.rank ORDER BY abs(p.rank - l.rank) DESC, l.rank) <= $limit
ORDER BY p.rank < l.rank, abs(p.rank - l.rank) DESC, l.rank`,
    returns: rows<RankMoverRow>(),
    params: { limit: 10, within_top: 1000 },
    file: "history-rank-movers",
    readsHistory: true,
  },

  /** Models that gained the most likes between the two latest snapshots. */
  likesGained: {
    sql: `${HISTORY_SNAPSHOTS}
SELECT l.id, l.rank, l.likes, l.likes - p.likes AS likes_gained,
  (l.likes - p.likes) / (SELECT days FROM span) * 7 AS likes_per_week
FROM latest l JOIN previous p USING (id)
ORDER BY likes_gained DESC, l.rank
LIMIT $limit`,
    returns: rows<LikesGainRow>(),
    params: { limit: 20 },
    readsHistory: true,
  },

  /** Models in the latest top `top` that were not in the previous snapshot's; none with one snapshot. */
  newcomers: {
    sql: `${HISTORY_SNAPSHOTS}
SELECT l.id, l.rank, l.likes, p.rank AS previous_rank
FROM latest l LEFT JOIN previous p USING (id)
WHERE l.rank <= $top AND (p.rank IS NULL OR p.rank > $top) AND (SELECT count(*) FROM stamps) >= 2
ORDER BY l.rank`,
    returns: rows<NewcomerRow>(),
    params: { top: 100 },
    readsHistory: true,
  },
} satisfies Record<string, Dataset>;

type Datasets = typeof DATASETS;
/** A dataset's name: its Report method and the name of its query. */
export type DatasetName = keyof Datasets;
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

type ResultOf<D> = D extends { returns: Returns<infer Result> } ? Result : never;
type ParamsOf<D> = D extends { params: infer Params } ? Params : never;

/** The Report method of each dataset: its parameters are optional, its rows typed. */
export type DatasetMethods = {
  [Name in DatasetName]: [ParamsOf<Datasets[Name]>] extends [never]
    ? () => Promise<ResultOf<Datasets[Name]>>
    : (params?: Partial<ParamsOf<Datasets[Name]>>) => Promise<ResultOf<Datasets[Name]>>;
};

/** What the pages read: one method per dataset, plus the figures that need more than one query. */
export interface Report extends DatasetMethods {
  /** The crawl the database holds; an error names the fix when it holds none. */
  source(): Promise<SourceInfo>;
  /** Models whose creation date is the Hub's placeholder (created before March 2022). */
  placeholderDates(): Promise<number>;
  /** Every model (or the first `limit`) in likes-rank order, as the explorer lists them. */
  explorerRows(limit?: number): Promise<ExplorerRow[]>;
  /** The SQL page's example queries run over the published model table, in order. */
  exampleResults(examples: readonly ExampleQuery[]): Promise<ExampleResult[]>;
  close(): void;
}

/** The datasets a chart draws, by data file name, in the order the downloads page lists them. */
export type ChartDatasetName = { [Name in DatasetName]: Datasets[Name] extends { file: string } ? Name : never }[DatasetName];
export const CHART_DATASET_NAMES = DATASET_NAMES.filter((name): name is ChartDatasetName => "file" in DATASETS[name]);

/** Site-relative paths of a chart dataset's files, for links (pass them through href()). */
export function chartDataPaths(name: ChartDatasetName): { json: string; csv: string } {
  const file = DATASETS[name].file;
  return { json: `data/charts/${file}.json`, csv: `data/charts/${file}.csv` };
}
