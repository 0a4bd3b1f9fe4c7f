// The benchmark: for each size, a mock Hub of that many text-generation models on a virtual clock
// with the Hub's real quotas and 5-minute windows; the product's crawl cold and warm, anonymous
// and with a token; the notebook's way on the same Hub; then a site build from the warm cache.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { DEFAULT_WINDOW_MS } from "../src/mock-hub/server.ts";
import { ANONYMOUS_QUOTA, FREE_USER_QUOTA, type Quota } from "../src/mock-hub/types.ts";
import { startBenchHub } from "./bench-hub.ts";
import { measureCrawl, type CrawlMeasurement } from "./crawl-run.ts";
import { describeMachine, type MachineInfo } from "./machine.ts";
import { crawlTheNotebookWay, type NotebookMeasurement } from "./notebook-crawl.ts";
import { measureSiteBuild, type SiteBuildMeasurement } from "./site-build.ts";
import { PIPELINE_TAG } from "./text-generation-hub.ts";
import { VirtualClock } from "./virtual-clock.ts";

export const DEFAULT_SIZES = [3_000, 100_000];
export const DEFAULT_SEED = 20240101;
/** A token the mock Hub counts apart from anonymous callers; it checks no token, so any will do. */
const BENCH_TOKEN = "hf_benchmark_token_not_a_secret";

export interface BenchOptions {
  sizes: number[];
  seed: number;
  /** Caches, databases and built sites go under here (git-ignored bench/out/ by default). */
  outDir: string;
  notebook: boolean;
  build: boolean;
  /** Keep caches and builds after the run (they take gigabytes at large sizes). */
  keep: boolean;
  log: (line: string) => void;
  /** Lines the crawls log, for debugging; dropped by default. */
  crawlLog?: (line: string) => void;
  /** Last website-listing page the benchmark Hub serves (a site that stops paging); null: every page. */
  modelsJsonPageCap: number | null;
  /** The host's site size limit each build is measured against, in bytes. */
  siteLimitBytes: number;
}

export type CrawlScenario = "cold-anonymous" | "warm-anonymous" | "cold-token" | "warm-token" | "weekly-token";

const DAY_MS = 86_400_000;

/** In this order; a warm run reuses the cache of the cold run before it, `daysLater` on the clock. */
export const CRAWL_SCENARIOS: { scenario: CrawlScenario; token: boolean; warm: boolean; daysLater: number; label: string }[] = [
  { scenario: "cold-anonymous", token: false, warm: false, daysLater: 0, label: "cold cache, anonymous" },
  { scenario: "warm-anonymous", token: false, warm: true, daysLater: 0, label: "warm cache, anonymous" },
  { scenario: "cold-token", token: true, warm: false, daysLater: 0, label: "cold cache, token" },
  { scenario: "warm-token", token: true, warm: true, daysLater: 0, label: "warm cache, token" },
  // The scheduled weekly run: `crawl --refresh` seven days after the last, authors within their TTL.
  { scenario: "weekly-token", token: true, warm: true, daysLater: 7, label: "weekly refresh (7 days later), token" },
];

export interface SizeResult {
  /** Text-generation models on the Hub, all of which are crawled (`--limit all`). */
  size: number;
  hubModels: number;
  hubAuthors: number;
  generateMs: number;
  crawls: { scenario: CrawlScenario; label: string; measurement: CrawlMeasurement }[];
  notebook: NotebookMeasurement | null;
  build: SiteBuildMeasurement | null;
}

export interface BenchResults {
  machine: MachineInfo;
  date: string;
  modelsJsonPageCap: number | null;
  siteLimitBytes: number;
  quotas: { anonymous: Quota; token: Quota; windowMs: number };
  results: SizeResult[];
}

export async function runBenchmarks(options: BenchOptions): Promise<BenchResults> {
  const machine = describeMachine();
  const date = new Date().toISOString();
  const results: SizeResult[] = [];
  for (const size of options.sizes) results.push(await runSize(size, options));
  return {
    machine,
    date,
    modelsJsonPageCap: options.modelsJsonPageCap,
    siteLimitBytes: options.siteLimitBytes,
    quotas: { anonymous: ANONYMOUS_QUOTA, token: FREE_USER_QUOTA, windowMs: DEFAULT_WINDOW_MS },
    results,
  };
}

async function runSize(size: number, options: BenchOptions): Promise<SizeResult> {
  const { log } = options;
  const clock = new VirtualClock();
  const windowMs = DEFAULT_WINDOW_MS;
  log(`[${size}] generating and serving a Hub of ${size} text-generation models`);
  const hub = await startBenchHub({
    textGenerationModels: size,
    seed: options.seed,
    quota: ANONYMOUS_QUOTA,
    tokenQuota: FREE_USER_QUOTA,
    windowMs,
    modelsJsonPageCap: options.modelsJsonPageCap,
    clock,
    // About 5 KB of heap per generated model, with room to spare.
    maxHeapMb: Math.max(1024, Math.ceil((size * 8) / 1000)),
  });
  const sizeDir = path.join(options.outDir, String(size));
  rmSync(sizeDir, { recursive: true, force: true });
  mkdirSync(sizeDir, { recursive: true });
  try {
    log(`[${size}] ${hub.models} models on the Hub (${hub.authors} authors), generated in ${(hub.generateMs / 1000).toFixed(1)} s`);
    const crawls: SizeResult["crawls"] = [];
    for (const { scenario, token, warm, daysLater, label } of CRAWL_SCENARIOS) {
      clock.skip(daysLater * DAY_MS);
      // Each run starts with a fresh quota window, as a run started after a pause would.
      clock.skipToNextWindow(windowMs);
      const measurement = await measureCrawl({
        endpoint: hub.url,
        clock,
        cacheDir: path.join(sizeDir, token ? "cache-token" : "cache-anonymous"),
        token: token ? BENCH_TOKEN : null,
        limit: null,
        refresh: warm,
        log: options.crawlLog,
      });
      const { run } = measurement;
      log(
        `[${size}] crawl, ${label}: ${run.models} models, requests api ${run.requests_api} / pages ${run.requests_pages} / ` +
          `resolvers ${run.requests_resolvers}, ${run.cache_hits} cache hits, simulated ${(measurement.simulatedMs / 60_000).toFixed(1)} min`,
      );
      log(`[${size}]   ${measurement.sourcesLine}`);
      crawls.push({ scenario, label, measurement });
    }

    let notebook: NotebookMeasurement | null = null;
    if (options.notebook) {
      clock.skipToNextWindow(windowMs);
      notebook = await crawlTheNotebookWay({ endpoint: hub.url, clock, pipelineTag: PIPELINE_TAG, limit: null, log: options.crawlLog });
      log(
        `[${size}] notebook's way: ${notebook.models} models, ${notebook.listPages} list pages + ${notebook.modelPages} model pages, ` +
          `simulated ${(notebook.simulatedMs / 60_000).toFixed(1)} min`,
      );
    }
    await hub.close();

    let build: SiteBuildMeasurement | null = null;
    if (options.build) {
      log(`[${size}] building the site from the warm cache`);
      build = await measureSiteBuild(path.join(sizeDir, "cache-anonymous"), path.join(sizeDir, "build.duckdb"), path.join(sizeDir, "dist"));
      log(`[${size}] build: ${(build.ms / 1000).toFixed(1)} s, peak ${(build.peakBytes / 2 ** 20).toFixed(0)} MiB`);
    }
    return {
      size,
      hubModels: hub.models,
      hubAuthors: hub.authors,
      generateMs: hub.generateMs,
      crawls,
      notebook,
      build,
    };
  } finally {
    await hub.close().catch(() => {});
    if (!options.keep) rmSync(sizeDir, { recursive: true, force: true });
  }
}
