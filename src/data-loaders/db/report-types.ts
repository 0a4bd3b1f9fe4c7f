// The typed rows the pages ask for. Pages import these types and `openReport` from queries.ts;
// every number on the report comes from SQL behind one of these methods.
import type { ParamsSource } from "../rows.ts";

export type Era = "before" | "after";
/** Size buckets of the notebook plus "unknown", in display order. Unknown is never counted as <1B. */
export const SIZE_BUCKETS = ["<1B", "1–20B", "20–40B", "40–60B", "60–80B", ">80B", "unknown"] as const;
export type SizeBucket = (typeof SIZE_BUCKETS)[number];

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
  /** Models per creation month (real dates only), oldest first. */
  modelsPerMonth(): Promise<MonthRow[]>;
  /** Models whose creation date is the Hub's placeholder (created before March 2022). */
  placeholderDates(): Promise<number>;
  authorTypes(): Promise<AuthorTypeRow[]>;
  authorPlans(): Promise<PlanRow[]>;
  topAuthors(n?: number): Promise<TopAuthorRow[]>;
  paramsSources(): Promise<ParamsSourceRow[]>;
  close(): void;
}
