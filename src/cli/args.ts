// Turns command-line flags into a config spec. Each flag's error names the flag and what it accepts.
import { parseArgs } from "node:util";
import { ConfigError, parseSiteLimitMb, SIZE_BUCKET_LIMITS, type HubLikesConfigSpec } from "../config/config.ts";

export const CONFIG_FLAGS = {
  limit: { type: "string" },
  offline: { type: "boolean" },
  refresh: { type: "boolean" },
  "author-ttl-days": { type: "string" },
  verbose: { type: "boolean" },
  endpoint: { type: "string" },
  cache: { type: "string" },
  db: { type: "string" },
  out: { type: "string" },
  "likes-percentile": { type: "string" },
  "min-downloads": { type: "string" },
  "era-boundary": { type: "string" },
  "size-buckets": { type: "string" },
  "site-limit-mb": { type: "string" },
  config: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export interface ParsedFlags {
  spec: HubLikesConfigSpec;
  /** --config FILE; without it hub-likes.config.json in the working directory is read if present. */
  configPath?: string;
  refresh: boolean;
  /** Crawl only: author data older than this many days is fetched again. */
  authorTtlDays?: number;
  /** Crawl only: one log line per request answered. */
  verbose: boolean;
  help: boolean;
  positionals: string[];
}

export function parseConfigFlags(argv: string[]): ParsedFlags {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, options: CONFIG_FLAGS, allowPositionals: true, strict: true }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}. Run with --help for the flags.`);
  }
  const spec: HubLikesConfigSpec = {};
  if (values.limit !== undefined) spec.limit = parseLimit(String(values.limit));
  if (values.offline) spec.offline = true;
  if (values.endpoint !== undefined) spec.endpoint = String(values.endpoint);
  if (values.cache !== undefined) spec.cacheDir = String(values.cache);
  if (values.db !== undefined) spec.dbPath = String(values.db);
  if (values.out !== undefined) spec.outDir = String(values.out);
  const thresholds: NonNullable<HubLikesConfigSpec["thresholds"]> = {};
  if (values["likes-percentile"] !== undefined) {
    thresholds.likesPercentile = parseNumberFlag("--likes-percentile", String(values["likes-percentile"]));
  }
  if (values["min-downloads"] !== undefined) {
    thresholds.minDownloads = parseNumberFlag("--min-downloads", String(values["min-downloads"]));
  }
  if (values["era-boundary"] !== undefined) thresholds.eraBoundary = String(values["era-boundary"]);
  if (Object.keys(thresholds).length > 0) spec.thresholds = thresholds;
  if (values["size-buckets"] !== undefined) spec.sizeBuckets = parseSizeBucketsFlag(String(values["size-buckets"]));
  if (values["site-limit-mb"] !== undefined) spec.siteLimitBytes = parseSiteLimitMb("--site-limit-mb", String(values["site-limit-mb"]));
  const configPath = values.config === undefined ? undefined : String(values.config);
  const authorTtlDays =
    values["author-ttl-days"] === undefined ? undefined : parseDaysFlag("--author-ttl-days", String(values["author-ttl-days"]));
  return { spec, configPath, refresh: Boolean(values.refresh), authorTtlDays, verbose: Boolean(values.verbose), help: Boolean(values.help), positionals };
}

export function parseLimit(text: string): number | null {
  if (text === "all") return null;
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 1) {
    throw new ConfigError(`--limit takes a whole number of models (1 or more) or "all"; got "${text}".`);
  }
  return n;
}

/** Edges in billions of parameters, comma-separated: "1,20,40,60,80" is the default. */
export function parseSizeBucketsFlag(text: string): number[] {
  const parts = text.split(",").map((part) => part.trim());
  const billions = parts.map(Number);
  const edges = billions.map((b) => Math.round(b * 1e9));
  const { maxEdges, minEdge, maxEdge } = SIZE_BUCKET_LIMITS;
  const valid =
    parts.length <= maxEdges &&
    parts.every((part, index) => part !== "" && Number.isFinite(billions[index])) &&
    edges.every((edge, index) => edge >= minEdge && edge <= maxEdge && (index === 0 || edge > edges[index - 1]));
  if (!valid) {
    throw new ConfigError(
      `--size-buckets takes 1 to ${maxEdges} increasing edges in billions of parameters between ${minEdge / 1e9} and ${maxEdge / 1e9}, comma-separated (the default is 1,20,40,60,80); got "${text}".`,
    );
  }
  return edges;
}

function parseDaysFlag(flag: string, text: string): number {
  const n = parseNumberFlag(flag, text);
  if (n < 0) throw new ConfigError(`${flag} takes a number of days, 0 or more (0 fetches author data every run); got "${text}".`);
  return n;
}

function parseNumberFlag(flag: string, text: string): number {
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n)) throw new ConfigError(`${flag} takes a number; got "${text}".`);
  return n;
}
