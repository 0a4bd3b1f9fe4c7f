// Time and peak memory of building the site from a warm cache, measured from outside the build's
// processes (build-child.ts): first the database from the cache, then the site from the database,
// each in its own process as the deploy workflow runs them. Plus what the build wrote.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { measureDist, type DistStats } from "./dist-stats.ts";
import { TreeMemorySampler } from "./process-memory.ts";

export interface SiteBuildMeasurement {
  /** Whole build: database from the cache, then Astro and the data downloads. */
  ms: number;
  databaseMs: number;
  siteMs: number;
  /**
   * Largest summed resident memory of either step's process tree (they run one after the other,
   * so the larger is what the machine must have); 0 where /proc is missing.
   */
  peakBytes: number;
  databasePeakBytes: number;
  sitePeakBytes: number;
  dist: DistStats;
}

const childScript = fileURLToPath(new URL("./build-child.ts", import.meta.url));

export async function measureSiteBuild(cacheDir: string, dbPath: string, outDir: string): Promise<SiteBuildMeasurement> {
  rmSync(outDir, { recursive: true, force: true });
  const database = await measureStep(["database", cacheDir, dbPath]);
  const site = await measureStep(["site", dbPath, outDir]);
  return {
    ms: database.ms + site.ms,
    databaseMs: database.ms,
    siteMs: site.ms,
    peakBytes: Math.max(database.peakBytes, site.peakBytes),
    databasePeakBytes: database.peakBytes,
    sitePeakBytes: site.peakBytes,
    dist: measureDist(outDir),
  };
}

async function measureStep(args: string[]): Promise<{ ms: number; peakBytes: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", childScript, ...args], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  const sampler = new TreeMemorySampler(child.pid!);
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (exitCode) => resolve(exitCode));
  });
  sampler.stop();
  const ms = performance.now() - started;
  if (code !== 0) {
    throw new Error(`the build step "${args.join(" ")}" failed (exit code ${code}):\n${stderr.slice(-4000)}`);
  }
  return { ms, peakBytes: sampler.peakBytes };
}
