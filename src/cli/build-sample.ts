// `build:sample`: the whole pipeline, offline, against the bundled sample Hub. The generated Hub is
// served by the mock Hub on 127.0.0.1, so the crawl is the same code that crawls the real Hub.
import path from "node:path";
import { normalizeConfig, type HubLikesConfigSpec } from "../config/config.ts";
import { startMockHub } from "../mock-hub/server.ts";
import { generateSampleHub } from "../mock-hub/sample.ts";
import { buildSite } from "./build-site.ts";

/** Fixed so that every sample build shows the same report. */
export const SAMPLE_SEED = 20240101;
export const SAMPLE_MODELS = 5000;
/**
 * A 5-minute rate-limit window scaled down to 2 seconds: the crawler's pacing runs for real
 * against the anonymous quotas, and the sample build still finishes in seconds.
 */
const SAMPLE_WINDOW_MS = 2000;

/** Where the sample build keeps its cache and database unless --cache says otherwise. */
export const SAMPLE_CACHE_DIR = path.join("cache", "sample");

export async function buildSample(spec: HubLikesConfigSpec, log = (line: string) => console.error(line)): Promise<void> {
  const cacheDir = path.resolve(spec.cacheDir ?? SAMPLE_CACHE_DIR);
  log(`generating the sample Hub (${SAMPLE_MODELS} models, seed ${SAMPLE_SEED})`);
  const dataset = generateSampleHub({ models: SAMPLE_MODELS, seed: SAMPLE_SEED });
  const hub = await startMockHub({ dataset, windowMs: SAMPLE_WINDOW_MS });
  try {
    log(`sample Hub serving on ${hub.url}`);
    // The mock Hub's port changes every run, so the cache must not depend on it (it is keyed
    // by path and query, not by endpoint); a fresh crawl each time keeps the sample honest.
    const config = normalizeConfig({ ...spec, endpoint: hub.url, token: null, cacheDir, sample: true }, {});
    await buildSite(config, { recrawl: true, history: "fresh", log });
  } finally {
    await hub.close();
  }
}
