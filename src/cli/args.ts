// The pipeline commands (crawl, build, build:sample, dev), each with exactly the flags it uses, and
// the flags turned into a config spec. Each flag's error names the flag and what it accepts.
import {
  ConfigError,
  DEFAULT_SITE_LIMIT_BYTES,
  parseSiteLimitMb,
  DEFAULT_LIMIT,
  DEFAULT_SIZE_BUCKET_EDGES,
  DEFAULT_THRESHOLDS,
  SIZE_BUCKET_LIMITS,
  type HubLikesConfigSpec,
} from "../config/config.ts";
import { DEFAULT_AUTHOR_TTL_DAYS } from "../data-loaders/crawl/crawl.ts";
import { defineCommand, parseCommandLine, type CommandDefinition, type FlagDefinitions } from "../lib/command-line.ts";

const CONFIG_FLAGS = {
  limit: { type: "string", value: "N|all", help: `how many of the most-liked models (default ${DEFAULT_LIMIT})` },
  offline: { type: "boolean", help: "make no requests; everything must be in the cache" },
  refresh: {
    type: "boolean",
    help: "crawl again even when cached listing pages or a database exist; per-model\ndata is reused while the model's sha is unchanged",
  },
  "author-ttl-days": {
    type: "string",
    value: "N",
    help: `authors' plan and followers older than N days are fetched again (default ${DEFAULT_AUTHOR_TTL_DAYS});\nan author's kind (organisation or user) is kept for good`,
  },
  verbose: { type: "boolean", help: 'one line per request answered ("fetched <path> (<status>)")' },
  endpoint: { type: "string", value: "URL", help: "the Hub (default $HF_ENDPOINT or https://huggingface.co)" },
  cache: { type: "string", value: "DIR", help: "raw response cache (default cache/)" },
  db: { type: "string", value: "PATH", help: "DuckDB file (default <cache>/hub-likes.duckdb)" },
  out: { type: "string", value: "DIR", help: "site output (default dist/); see docs/configuration.md for the folders refused" },
  "likes-percentile": {
    type: "string",
    value: "P",
    help: `quality rule: likes below this percentile are low quality (default ${DEFAULT_THRESHOLDS.likesPercentile})`,
  },
  "min-downloads": {
    type: "string",
    value: "N",
    help: `quality rule: fewer 30-day downloads are low quality (default ${DEFAULT_THRESHOLDS.minDownloads})`,
  },
  "era-boundary": {
    type: "string",
    value: "DATE",
    help: `models created before DATE are "before" (default ${DEFAULT_THRESHOLDS.eraBoundary})`,
  },
  "size-buckets": {
    type: "string",
    value: "B,B,…",
    help: `size bucket edges in billions of parameters (default ${DEFAULT_SIZE_BUCKET_EDGES.map((edge) => edge / 1e9).join(",")})`,
  },
  "site-limit-mb": {
    type: "string",
    value: "N",
    help: `refuse a site larger than N megabytes (default ${DEFAULT_SITE_LIMIT_BYTES / 1e6}, GitHub Pages' limit;\nor $HUB_LIKES_SITE_LIMIT_MB)`,
  },
  config: { type: "string", value: "FILE", help: "settings file (default ./hub-likes.config.json when present; flags win)" },
} as const satisfies FlagDefinitions;

type ConfigFlag = keyof typeof CONFIG_FLAGS;

function pick<const Names extends readonly ConfigFlag[]>(...names: Names): { [K in Names[number]]: (typeof CONFIG_FLAGS)[K] } {
  return Object.fromEntries(names.map((name) => [name, CONFIG_FLAGS[name]])) as { [K in Names[number]]: (typeof CONFIG_FLAGS)[K] };
}

const RULE_FLAGS = ["likes-percentile", "min-downloads", "era-boundary", "size-buckets"] as const;
const ENVIRONMENT = "environment: HF_TOKEN (Bearer token, never stored), HF_ENDPOINT (mirror or mock Hub)";

export const CRAWL_COMMAND = defineCommand({
  name: "crawl",
  synopsis: "[flags]",
  summary: "list the most-liked text-generation models, enrich them, write the database",
  flags: pick("limit", "offline", "refresh", "author-ttl-days", "verbose", "endpoint", "cache", "db", ...RULE_FLAGS, "config"),
  footer: ENVIRONMENT,
});

export const BUILD_COMMAND = defineCommand({
  name: "build",
  synopsis: "[flags]",
  summary: "crawl if there is no database yet, then build the site into dist/",
  flags: pick("limit", "offline", "refresh", "endpoint", "cache", "db", "out", "site-limit-mb", ...RULE_FLAGS, "config"),
  footer: ENVIRONMENT,
});

export const BUILD_SAMPLE_COMMAND = defineCommand({
  name: "build:sample",
  synopsis: "[flags]",
  summary: "the same, offline, against the bundled sample Hub (cache/sample/)",
  description: "The sample Hub is generated and served on 127.0.0.1; no other Hub is asked, so there is no --endpoint or --offline.",
  flags: pick("limit", "cache", "db", "out", "site-limit-mb", ...RULE_FLAGS, "config"),
});

export const DEV_COMMAND = defineCommand({
  name: "dev",
  synopsis: "[flags]",
  summary: "the Astro dev server on the crawled database (or the sample's)",
  flags: pick("cache", "db", "config"),
});

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
}

/** The command's flags as a config spec; a flag the command does not list, or any argument, is an error. */
export function parseConfigFlags(argv: string[], command: CommandDefinition = CRAWL_COMMAND): ParsedFlags {
  const { values: parsed, help } = parseCommandLine(command, argv);
  const values = parsed as { [K in ConfigFlag]?: K extends "offline" | "refresh" | "verbose" ? boolean : string };
  const spec: HubLikesConfigSpec = {};
  if (values.limit !== undefined) spec.limit = parseLimit(values.limit);
  if (values.offline) spec.offline = true;
  if (values.endpoint !== undefined) spec.endpoint = values.endpoint;
  if (values.cache !== undefined) spec.cacheDir = values.cache;
  if (values.db !== undefined) spec.dbPath = values.db;
  if (values.out !== undefined) spec.outDir = values.out;
  const thresholds: NonNullable<HubLikesConfigSpec["thresholds"]> = {};
  if (values["likes-percentile"] !== undefined) {
    thresholds.likesPercentile = parseNumberFlag("--likes-percentile", values["likes-percentile"]);
  }
  if (values["min-downloads"] !== undefined) {
    thresholds.minDownloads = parseNumberFlag("--min-downloads", values["min-downloads"]);
  }
  if (values["era-boundary"] !== undefined) thresholds.eraBoundary = values["era-boundary"];
  if (Object.keys(thresholds).length > 0) spec.thresholds = thresholds;
  if (values["size-buckets"] !== undefined) spec.sizeBuckets = parseSizeBucketsFlag(values["size-buckets"]);
  if (values["site-limit-mb"] !== undefined) spec.siteLimitBytes = parseSiteLimitMb("--site-limit-mb", values["site-limit-mb"]);
  const authorTtlDays = values["author-ttl-days"] === undefined ? undefined : parseDaysFlag("--author-ttl-days", values["author-ttl-days"]);
  return { spec, configPath: values.config, refresh: Boolean(values.refresh), authorTtlDays, verbose: Boolean(values.verbose), help };
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
