// The site the browser tests read: a small generated Hub, served by the mock Hub, crawled and
// built exactly as `npm run build` does, under a GitHub-Pages-style base path so every link and
// fetch has to carry it.
import { mkdtempSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { normalizeConfig } from "../../src/config/config.ts";
import { buildSite } from "../../src/cli/build-site.ts";
import { generateSampleHub } from "../../src/mock-hub/sample.ts";
import { startMockHub } from "../../src/mock-hub/server.ts";

export const E2E_BASE = "/hub-likes/";
/** Enough models for every chart and filter to have several values, small enough to build fast. */
export const E2E_MODELS = 400;

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

export interface BuiltSite {
  workDir: string;
  outDir: string;
  dbPath: string;
}

export async function buildE2eSite(): Promise<BuiltSite> {
  // Inside node_modules so Astro's build cache stays in the project; removed by the caller.
  const workDir = mkdtempSync(path.join(projectRoot, "node_modules", ".cache-e2e-"));
  const outDir = path.join(workDir, "dist");
  const dataset = generateSampleHub({ models: E2E_MODELS, seed: 11 });
  const hub = await startMockHub({ dataset, windowMs: 1000 });
  const previousBase = process.env.BASE_PATH;
  const vitestBaseUrl = process.env.BASE_URL;
  // astro.config.mjs reads BASE_PATH from the environment the build process inherits. Vitest sets
  // BASE_URL="/" in process.env, and Astro would let it override the base path in the pages.
  process.env.BASE_PATH = E2E_BASE;
  delete process.env.BASE_URL;
  try {
    const config = normalizeConfig({ endpoint: hub.url, limit: null, cacheDir: path.join(workDir, "cache"), outDir, sample: true }, {});
    await buildSite(config, { recrawl: true, log: () => {} });
    return { workDir, outDir, dbPath: config.dbPath };
  } finally {
    if (previousBase === undefined) delete process.env.BASE_PATH;
    else process.env.BASE_PATH = previousBase;
    if (vitestBaseUrl !== undefined) process.env.BASE_URL = vitestBaseUrl;
    await hub.close();
  }
}
