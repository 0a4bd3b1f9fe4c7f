// Time and peak memory of building the site from a warm cache, measured from outside the build's
// process tree (build-child.ts), plus what the build wrote.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { measureDist, type DistStats } from "./dist-stats.ts";
import { TreeMemorySampler } from "./process-memory.ts";

export interface SiteBuildMeasurement {
  /** Whole build: database from the cache, then Astro and the data downloads. */
  ms: number;
  databaseMs: number | null;
  siteMs: number | null;
  /** Largest summed resident memory of the build's processes; 0 where /proc is missing. */
  peakBytes: number;
  dist: DistStats;
}

const childScript = fileURLToPath(new URL("./build-child.ts", import.meta.url));

export async function measureSiteBuild(cacheDir: string, dbPath: string, outDir: string): Promise<SiteBuildMeasurement> {
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", childScript, cacheDir, dbPath, outDir], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  const sampler = new TreeMemorySampler(child.pid!);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (exitCode) => resolve(exitCode));
  });
  sampler.stop();
  const ms = performance.now() - started;
  if (code !== 0) {
    throw new Error(`building the site from ${dbPath} failed (exit code ${code}):\n${stderr.slice(-4000)}`);
  }
  const phases = new Map<string, number>();
  for (const line of stdout.split("\n")) {
    try {
      const { phase, ms: phaseMs } = JSON.parse(line) as { phase?: string; ms?: number };
      if (phase && typeof phaseMs === "number") phases.set(phase, phaseMs);
    } catch {
      // Astro and others may print plain lines too.
    }
  }
  return {
    ms,
    databaseMs: phases.get("database") ?? null,
    siteMs: phases.get("site") ?? null,
    peakBytes: sampler.peakBytes,
    dist: measureDist(outDir),
  };
}
