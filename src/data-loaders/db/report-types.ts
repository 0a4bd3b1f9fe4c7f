// The typed rows the pages ask for. Pages import these types and `openReport` from queries.ts;
// every number on the report comes from SQL behind one of these methods.
import type { SizeBucketDefinition } from "../../config/config.ts";
import type { ParamsSource } from "./rows.ts";

export type { SizeBucketDefinition };

export type Era = "before" | "after";
/**
 * The labels of the default size buckets (the notebook's, DEFAULT_SIZE_BUCKET_EDGES) plus
 * "unknown", in display order. Only for code and tests about the defaults: a build may configure
 * other buckets (HubLikesConfig.sizeBuckets, stored in the database's size_buckets table), so
 * pages and downloads take the buckets from the data: see Report.sizeBucketDefinitions and
 * sizeBucketsIn.
 */
export const DEFAULT_SIZE_BUCKETS = ["<1B", "1–20B", "20–40B", "40–60B", "60–80B", ">80B", "unknown"] as const;
/** A bucket label: one of DEFAULT_SIZE_BUCKETS by default, or a configured one such as "7–70B". */
export type SizeBucket = string;

/** One model as the explorer shows it. */
export interface ExplorerRow {
  rank: number;
  id: string;
  author: string;
  author_type: "org" | "user" | null;
  likes: number;
  downloads: number;
  params: number | null;
  /** UTC day "YYYY-MM-DD" (the database keeps UTC times); null for the Hub's placeholder date and for unknown dates. */
  created: string | null;
  /** The Hub gave its pre-March-2022 placeholder date. */
  created_placeholder: boolean;
  size_bucket: SizeBucket;
  era: Era | null;
  license: string | null;
  family: string | null;
}

export interface SourceInfo {
  endpoint: string;
  /** ISO time the crawl finished. */
  fetched_at: string;
  sample: boolean;
  requested_limit: number | null;
  models: number;
  authors: number;
  skipped_records: number;
}

export interface ThresholdInfo {
  likes_percentile: number;
  /** The like count at that percentile, computed over the data. */
  likes_threshold: number;
  min_downloads: number;
  era_boundary: string;
}

/** One column of a pandas-style describe(): count, mean, std, min, quartiles, max. */
export interface DescribeRow {
  column: string;
  count: number;
  mean: number | null;
  std: number | null;
  min: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  max: number | null;
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
}

export interface PlanRow {
  /** "enterprise", "team", "pro" (users), "free", or "unknown". */
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
}

// ---- Every angle of the question: families, licences, derivatives, names,
// concentration, likes vs downloads, and the overview. These cover every crawled model unless a
// comment says otherwise; the SQL is in views.sql and in QUERIES (queries.ts).

export interface FamilyRow {
  /** Family name, or "unknown" when none could be derived. */
  family: string;
  models: number;
  high_quality: number;
  likes: number;
  /** Share of all crawled models, 0..1. */
  share: number;
  model_types: string[];
  architectures: string[];
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

export type LicenceKind = "standard" | "custom" | "none";

export interface LicenceRow {
  /** Normalised licence id; null when the model declares none. */
  licence: string | null;
  kind: LicenceKind;
  models: number;
  high_quality: number;
  likes: number;
  share: number;
}

export const DERIVATIVE_RELATIONS = ["finetune", "quantized", "adapter", "merge", "unspecified", "none"] as const;
export type DerivativeRelation = (typeof DERIVATIVE_RELATIONS)[number];

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
  /** Of those, models that also have a size from metadata (not packed storage). */
  compared: number;
  /** Compared models whose name is more than 20% off the metadata. */
  disagree: number;
  share: number;
  name_larger: number;
  name_smaller: number;
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

/** The facts the overview's sentences are made of; high-quality models only. */
export interface OverviewFacts {
  high_quality: number;
  with_params: number;
  median_params: number | null;
  median_age_days: number | null;
  org_share: number | null;
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

export interface Report {
  source(): Promise<SourceInfo>;
  thresholds(): Promise<ThresholdInfo>;
  qualitySplit(): Promise<QualitySplit>;
  /** likes, downloads, params (known only), age in days (real dates only). */
  describeModels(): Promise<DescribeRow[]>;
  /** per author: models, likes, downloads, followers. */
  describeAuthors(): Promise<DescribeRow[]>;
  /** Most-downloaded high-quality models of the latest era, in order. */
  topDownloads(n?: number): Promise<TopModelRow[]>;
  /** High-quality models per era and size bucket, every (era, bucket) pair present. */
  sizeBuckets(): Promise<SizeBucketRow[]>;
  /** The build's size buckets with their bounds (the size_buckets table), in order; no "unknown". */
  sizeBucketDefinitions(): Promise<SizeBucketDefinition[]>;
  /** Models per creation month (real dates only), oldest first. */
  modelsPerMonth(): Promise<MonthRow[]>;
  /** Models whose creation date is the Hub's placeholder (created before March 2022). */
  placeholderDates(): Promise<number>;
  authorTypes(): Promise<AuthorTypeRow[]>;
  authorPlans(): Promise<PlanRow[]>;
  topAuthors(n?: number): Promise<TopAuthorRow[]>;
  paramsSources(): Promise<ParamsSourceRow[]>;
  /** Every model (or the first `limit`) in likes-rank order, as the explorer lists them. */
  explorerRows(limit?: number): Promise<ExplorerRow[]>;
  /** Families by models, most first, "unknown" included. */
  families(): Promise<FamilyRow[]>;
  /** The n architecture classes with most models. */
  architectures(n?: number): Promise<ArchitectureRow[]>;
  /** Share per creation year of the `top` largest families, the rest as "other", and "unknown". */
  familyShareByYear(top?: number): Promise<FamilyYearRow[]>;
  /** Licences by models, most first, with "none declared" as licence null. */
  licences(): Promise<LicenceRow[]>;
  /** Models per relation to their base, every relation present. */
  derivativeRelations(): Promise<DerivativeRelationRow[]>;
  /** Base models whose direct descendants hold the most likes. */
  topBaseModels(n?: number): Promise<BaseModelRow[]>;
  nameSizeSummary(): Promise<NameSizeSummary>;
  /** Disagreeing models, worst (largest |ln(name / metadata)|) first. */
  nameSizeMismatches(n?: number): Promise<NameSizeMismatchRow[]>;
  nameSizePoints(): Promise<NameSizePoint[]>;
  concentration(): Promise<ConcentrationInfo>;
  lorenzCurve(): Promise<LorenzPoint[]>;
  likesDownloadsCorrelation(): Promise<LikesDownloadsCorrelation>;
  likesDownloadsQuadrants(): Promise<QuadrantRow[]>;
  likesDownloadsPoints(): Promise<LikesDownloadsPoint[]>;
  overview(): Promise<OverviewFacts>;
  close(): void;
}

/** The buckets of Report.sizeBuckets() rows, in display order ("unknown" last). */
export function sizeBucketsIn(rows: readonly SizeBucketRow[]): SizeBucket[] {
  return [...new Set(rows.map((row) => row.bucket))];
}
