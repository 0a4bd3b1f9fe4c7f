// One normalised configuration for the whole pipeline. Callers pass a loose spec (from flags and
// the environment); `normalizeConfig` fills every default once, so nothing downstream guesses.
import path from "node:path";

export interface Thresholds {
  /** A model is low quality when its likes are below this percentile of likes (notebook: 25th). */
  likesPercentile: number;
  /** ...or when its 30-day downloads are below this (notebook: 10). */
  minDownloads: number;
  /** Models created before this date (UTC) are in the "before" era (notebook: 2024). */
  eraBoundary: string;
}

export interface HubLikesConfig {
  /** Base URL of the Hub; HF_ENDPOINT, for mirrors and the mock Hub. */
  endpoint: string;
  /** HF_TOKEN; sent as a Bearer token, never written to cache, logs or output. */
  token: string | null;
  /** How many of the most-liked models to crawl; null means all of them. */
  limit: number | null;
  /** The task whose models are crawled. */
  pipelineTag: string;
  /** Raw Hub responses, reused across runs and for --offline. */
  cacheDir: string;
  /** The DuckDB file the site is built from. */
  dbPath: string;
  /** Where the static site goes. */
  outDir: string;
  /** Make no requests: everything must come from the cache. */
  offline: boolean;
  /** The data comes from the bundled sample Hub; every page says so. */
  sample: boolean;
  thresholds: Thresholds;
  /**
   * Edges of the size buckets, in parameters (not billions), increasing: [1e9, 20e9] makes the
   * buckets [0, 1e9) "<1B", [1e9, 20e9) "1–20B" and >= 20e9 ">20B", plus "unknown".
   */
  sizeBuckets: number[];
  /** The largest site the host takes, in bytes: a build whose site is larger is refused (site-size.ts). */
  siteLimitBytes: number;
}

export type HubLikesConfigSpec = Partial<Omit<HubLikesConfig, "thresholds">> & {
  thresholds?: Partial<Thresholds>;
};

export const DEFAULT_ENDPOINT = "https://huggingface.co";
/** GitHub Pages refuses published sites over 1 GB. */
export const DEFAULT_SITE_LIMIT_BYTES = 1_000_000_000;

/** The notebook crawled 100 pages × 30 models. */
export const DEFAULT_LIMIT = 3000;

export const DEFAULT_THRESHOLDS: Thresholds = {
  likesPercentile: 0.25,
  minDownloads: 10,
  eraBoundary: "2024-01-01",
};

/** The notebook's buckets: <1B, 1–20B, 20–40B, 40–60B, 60–80B, >80B. */
export const DEFAULT_SIZE_BUCKET_EDGES: readonly number[] = [1e9, 20e9, 40e9, 60e9, 80e9];
export const SIZE_BUCKET_LIMITS = { maxEdges: 12, minEdge: 1e6, maxEdge: 1e13 } as const;

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function normalizeConfig(spec: HubLikesConfigSpec = {}, env: NodeJS.ProcessEnv = process.env): HubLikesConfig {
  const endpoint = (spec.endpoint ?? env.HF_ENDPOINT ?? DEFAULT_ENDPOINT).replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]+/.test(endpoint)) {
    throw new ConfigError(`HF_ENDPOINT must be an http(s) URL such as ${DEFAULT_ENDPOINT}; got "${endpoint}".`);
  }
  const limit = spec.limit === undefined ? DEFAULT_LIMIT : spec.limit;
  if (limit !== null && (!Number.isInteger(limit) || limit < 1)) {
    throw new ConfigError(`--limit must be a whole number of models (1 or more) or "all"; got "${limit}".`);
  }
  const cacheDir = path.resolve(spec.cacheDir ?? env.HUB_LIKES_CACHE ?? "cache");
  const thresholds = { ...DEFAULT_THRESHOLDS, ...spec.thresholds };
  validateThresholds(thresholds);
  const edges: unknown = spec.sizeBuckets ?? DEFAULT_SIZE_BUCKET_EDGES;
  validateSizeBucketEdges(edges);
  const sizeBuckets = [...edges];
  const siteLimitBytes = spec.siteLimitBytes ?? siteLimitFromEnv(env.HUB_LIKES_SITE_LIMIT_MB) ?? DEFAULT_SITE_LIMIT_BYTES;
  if (!(Number.isSafeInteger(siteLimitBytes) && siteLimitBytes > 0)) {
    throw new ConfigError(`the site size limit must be a whole number of bytes, 1 or more; got ${siteLimitBytes}.`);
  }
  return {
    endpoint,
    token: spec.token ?? (env.HF_TOKEN?.trim() || null),
    limit,
    pipelineTag: spec.pipelineTag ?? "text-generation",
    cacheDir,
    dbPath: path.resolve(spec.dbPath ?? env.HUB_LIKES_DB ?? path.join(cacheDir, "hub-likes.duckdb")),
    outDir: path.resolve(spec.outDir ?? "dist"),
    offline: spec.offline ?? false,
    sample: spec.sample ?? false,
    thresholds,
    sizeBuckets,
    siteLimitBytes,
  };
}

/** HUB_LIKES_SITE_LIMIT_MB, in megabytes (10^6 bytes, as hosts state their limits). */
function siteLimitFromEnv(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  return parseSiteLimitMb("HUB_LIKES_SITE_LIMIT_MB", text);
}

export function parseSiteLimitMb(name: string, text: string): number {
  const mb = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || !(mb > 0)) {
    throw new ConfigError(`${name} takes the host's site size limit in megabytes, e.g. 1000 for GitHub Pages' 1 GB; got "${text}".`);
  }
  return Math.round(mb * 1e6);
}

function validateThresholds(t: Thresholds): void {
  if (!(t.likesPercentile >= 0 && t.likesPercentile <= 1)) {
    throw new ConfigError(`likes percentile must be between 0 and 1 (0.25 is the 25th percentile); got ${t.likesPercentile}.`);
  }
  if (!(Number.isInteger(t.minDownloads) && t.minDownloads >= 0)) {
    throw new ConfigError(`minimum downloads must be a whole number, 0 or more; got ${t.minDownloads}.`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t.eraBoundary) || Number.isNaN(Date.parse(`${t.eraBoundary}T00:00:00Z`))) {
    throw new ConfigError(`era boundary must be a date written YYYY-MM-DD; got "${t.eraBoundary}".`);
  }
}

export function validateSizeBucketEdges(edges: unknown): asserts edges is number[] {
  const { maxEdges, minEdge, maxEdge } = SIZE_BUCKET_LIMITS;
  const valid =
    Array.isArray(edges) &&
    edges.length >= 1 &&
    edges.length <= maxEdges &&
    edges.every(
      (edge, index) => typeof edge === "number" && edge >= minEdge && edge <= maxEdge && (index === 0 || edge > edges[index - 1]),
    );
  if (!valid) {
    throw new ConfigError(
      `sizeBuckets must be 1 to ${maxEdges} increasing edges in parameters between 1e6 and 1e13 (for example [1e9, 20e9, 40e9, 60e9, 80e9]); got ${JSON.stringify(edges)}.`,
    );
  }
}

export interface SizeBucketDefinition {
  bucket: string;
  /** Inclusive; null for the first bucket, which starts at 0. */
  lower: number | null;
  /** Exclusive; null for the last bucket. */
  upper: number | null;
  bucket_order: number;
}

/**
 * The buckets cut by `edges` (in parameters), in display order, labelled like the notebook:
 * "<1B", "1–20B", …, ">80B". "unknown" is not among them: it is not a range of sizes.
 */
export function sizeBucketDefinitions(edges: readonly number[]): SizeBucketDefinition[] {
  const bounds: Array<number | null> = [null, ...edges, null];
  return bounds.slice(0, -1).map((lower, index) => {
    const upper = bounds[index + 1];
    return { bucket: sizeBucketLabel(lower, upper), lower, upper, bucket_order: index + 1 };
  });
}

function sizeBucketLabel(lower: number | null, upper: number | null): string {
  if (lower === null) return `<${formatParams(upper!).join("")}`;
  if (upper === null) return `>${formatParams(lower).join("")}`;
  const [low, lowUnit] = formatParams(lower);
  const [high, highUnit] = formatParams(upper);
  return lowUnit === highUnit ? `${low}–${high}${highUnit}` : `${low}${lowUnit}–${high}${highUnit}`;
}

function formatParams(params: number): [string, "B" | "M"] {
  return params >= 1e9 ? [String(params / 1e9), "B"] : [String(params / 1e6), "M"];
}
