// The rows that cross from the enrich stage into DuckDB. Column names are the database's and the
// published data's (snake_case). Conventions (docs/pages-and-languages.md#published-data):
// parameter counts are plain integers, dates are ISO 8601 UTC, unknown is null, never a guess.

/** Where a model's parameter count came from, best first. */
export type ParamsSource =
  | "safetensors" // safetensors.total, or the sum of its dtype buckets
  | "gguf" // gguf.total
  | "hub-listing" // numParameters of the Hub website's own listing (/models-json): the Hub's count, not ours
  | "safetensors-header" // header of the weight files, read with HTTP Range
  | "model-page" // the count the model page shows
  | "base-model" // a quantised repo or an adapter takes its base model's logical count
  | "unpacked" // a quantised repo's packed storage unpacked by dtype and bits per weight
  | "name"; // parsed from the repo name, e.g. "Llama-3.1-8B"

export type BaseRelation = "finetune" | "quantized" | "adapter" | "merge";

export interface ModelRow {
  id: string;
  author: string;
  /** 1-based position in the likes ranking as listed by the Hub. */
  rank: number;
  likes: number;
  /** Downloads over the last ~30 days, as the Hub reports them (not all-time). */
  downloads: number;
  trending_score: number | null;
  /** Creation time; null when the Hub gave a placeholder (2022-03-02T23:29:04/05Z) or nothing. */
  created_at: string | null;
  /** True when createdAt was one of the Hub's placeholder values: the repo predates March 2022. */
  created_at_placeholder: boolean;
  last_modified: string | null;
  sha: string | null;
  pipeline_tag: string | null;
  library_name: string | null;
  gated: "auto" | "manual" | null;
  /** Logical parameter count, or null when unknown: what every size figure uses. */
  params: number | null;
  /** How params was derived (see ParamsSource). */
  params_source: ParamsSource | null;
  /** Human-readable evidence for the count, e.g. "safetensors.total = 8030261248" or 'name token "8x7B"'. */
  params_evidence: string | null;
  /** True when the repo's own stored count (params_stored) is packed quantised storage, not logical parameters. */
  params_packed: boolean;
  /**
   * The count the repo's own weights or metadata give, kept beside params: packed storage for a
   * quantised repo, the adapter's own weights for an adapter, else the same as params. Null when
   * the repo's own metadata has no count.
   */
  params_stored: number | null;
  /** Which source gave params_stored. */
  params_stored_source: ParamsSource | null;
  /** How the repo is quantised, as detected ("awq", "tag 4-bit", "name 4bit"); null when it is not. */
  quantisation: string | null;
  /** vocab_size × hidden_size from the config when it states both: the size of one embedding matrix. */
  embedding_params: number | null;
  /** The architecture or task is multimodal (vision/audio towers beside the language model). */
  multimodal: boolean;
  /** Size parsed from the name alone (compared with the count on the Names page: names that do not match the count). */
  name_params: number | null;
  /** Mixture-of-experts facts from the name, when it says them ("8x7B" → 8 experts). */
  experts: number | null;
  active_params: number | null;
  /** Normalised licence id (e.g. "apache-2.0", "llama3.1", "other"); null when none is declared. */
  license: string | null;
  model_type: string | null;
  architectures: string[];
  /** Family name derived from model_type / architectures / gguf architecture (e.g. "llama", "qwen2"). */
  family: string | null;
  base_models: string[];
  base_relation: BaseRelation | null;
  tags: string[];
}

export interface AuthorRow {
  name: string;
  /** "org" or "user"; null when the Hub did not say. */
  type: "org" | "user" | null;
  fullname: string | null;
  followers: number | null;
  /** Organisation plan as the Hub reports it ("team", "enterprise", ...); null for free orgs and users. */
  plan: string | null;
  is_enterprise: boolean | null;
  is_pro: boolean | null;
  num_models: number | null;
}

/** One row per crawl run: what it asked for and what it cost. */
export interface CrawlRunRow {
  started_at: string;
  finished_at: string;
  endpoint: string;
  /** True when the data came from the bundled sample Hub, not the real one. */
  sample: boolean;
  authenticated: boolean;
  /** Number of models asked for; null for "all". */
  requested_limit: number | null;
  models: number;
  authors: number;
  requests_api: number;
  requests_pages: number;
  requests_resolvers: number;
  cache_hits: number;
  retries: number;
  rate_limited: number;
  wait_ms: number;
  /** Records that could not be used, with the reason, so nothing is silently dropped. */
  skipped_records: number;
  /** Requests not made because earlier runs' answers were reused (cache hits, unchanged models, authors within TTL). */
  requests_saved: number;
  /** True for a `--refresh` run: the listing was fetched again. */
  refresh: boolean;
}

/** A record the crawler could not turn into a row, kept for the report's caveats. */
export interface SkippedRecord {
  id: string | null;
  reason: string;
}
