// The report's vocabulary: eras, size buckets, licence kinds, derivative relations, and the rows
// of the Report methods that no dataset defines (the crawl's source, the explorer's models). The
// datasets' own rows are declared beside their SQL in datasets.ts.
import type { SizeBucketDefinition } from "../../config/config.ts";

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
  /** Likes per day since creation (model_facts.likes_per_day); null without a real creation date. */
  likes_per_day: number | null;
  /** UTC day "YYYY-MM-DD" (the database keeps UTC times); null for the Hub's placeholder date and for unknown dates. */
  created: string | null;
  /** The Hub gave its pre-March-2022 placeholder date. */
  created_placeholder: boolean;
  size_bucket: SizeBucket;
  era: Era | null;
  license: string | null;
  family: string | null;
  /** The notebook's quality rule (model_facts.high_quality). */
  high_quality: boolean;
  relation: DerivativeRelation;
  /** The author's Hub plan as the Authors page counts it (author_stats.plan_label). */
  plan: string;
  /** The base models its metadata names, lower-cased (Hub ids ignore case, as base_model_descendants matches them). */
  base_models: string[];
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

export type LicenceKind = "standard" | "custom" | "none";

export const DERIVATIVE_RELATIONS = ["finetune", "quantized", "adapter", "merge", "unspecified", "none"] as const;
export type DerivativeRelation = (typeof DERIVATIVE_RELATIONS)[number];

/** The buckets of Report.sizeBuckets() rows, in display order ("unknown" last). */
export function sizeBucketsIn(rows: ReadonlyArray<{ bucket: SizeBucket }>): SizeBucket[] {
  return [...new Set(rows.map((row) => row.bucket))];
}
