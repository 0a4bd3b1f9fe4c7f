// Kill the crawl (a real child process: `node --import tsx src/cli/main.ts crawl`) partway, rerun
// it, and compare with a crawl that was never interrupted. The kill moment is set by the mock Hub's
// request log: at the N-th request the Hub stops answering (every later request stalls), the test
// waits until the child has cached every answer it did get, then kills it. So every answer the Hub
// gave is one the crawler kept, and "the rerun asks for nothing already answered" can be checked
// exactly (a SIGKILL while an answer is in flight loses that one answer, which is unavoidable).
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { normalizeConfig } from "../src/config/config.ts";
import { crawl } from "../src/data-loaders/crawl/crawl.ts";
import { generateSampleHub } from "../src/mock-hub/sample.ts";
import { startMockHub, type MockHub, type MockRequestLog } from "../src/mock-hub/server.ts";
import { queryDatabase } from "./fixtures/db.ts";
import { suiteScratchDir } from "./fixtures/scratch.ts";

const PROJECT = fileURLToPath(new URL("..", import.meta.url));
// Header-only repos (1 plain repo in 30, more than the realistic default) give the run safetensors
// header reads after the listing, so "halfway" cuts into them.
const DATASET = generateSampleHub({ models: 300, seed: 42, headerOnlyEvery: 30 });
const LIMIT = 90;
/** Small pages, so the listing itself spans several requests and can be cut in the middle. */
const PAGE_SIZE = 20;
/** No pacing waits: the quota is not what this test is about. */
const ROOMY_QUOTA = { api: 100_000, resolvers: 100_000, pages: 100_000 };

const scratchRoot = suiteScratchDir("hub-resume-");
const tempDir = () => mkdtempSync(path.join(scratchRoot, "run-"));

interface Paths {
  cacheDir: string;
  dbPath: string;
}

function pathsIn(dir: string): Paths {
  return { cacheDir: path.join(dir, "cache"), dbPath: path.join(dir, "hub.duckdb") };
}

async function serve(onRequest?: (entry: MockRequestLog, count: number) => void): Promise<MockHub> {
  return startMockHub({ dataset: DATASET, maxLimit: PAGE_SIZE, quota: ROOMY_QUOTA, tokenQuota: ROOMY_QUOTA, onRequest });
}

async function crawlInProcess(hub: MockHub, paths: Paths) {
  const config = normalizeConfig({ endpoint: hub.url, ...paths, limit: LIMIT }, {});
  return crawl(config, { log: () => {} });
}

async function contents(dbPath: string) {
  return {
    models: await queryDatabase<Record<string, unknown>>(dbPath, "SELECT * FROM models ORDER BY id"),
    authors: await queryDatabase<Record<string, unknown>>(dbPath, "SELECT * FROM authors ORDER BY name"),
    skipped: await queryDatabase<Record<string, unknown>>(dbPath, "SELECT * FROM skipped_records ORDER BY id, reason"),
  };
}

/** A request as the client's cache knows it: the path, and the byte range for a part of a file. */
const requestKey = (r: MockRequestLog) => (r.range ? `${r.path}#${r.range}` : r.path);
/** Requests the Hub answered with success (not faults, not stalls). */
const answered = (log: MockRequestLog[]) => log.filter((r) => r.fault === undefined && r.status >= 200 && r.status < 300).map(requestKey);

interface InterruptedRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** What the child said it fetched and cached ("fetched <path> (<status>)", --verbose). */
  fetched: Set<string>;
  /** The Hub's log of this run. */
  log: MockRequestLog[];
}

/**
 * Runs the crawl as a child process and stops it with `signal` once the Hub has answered
 * `afterRequests` requests and the child has cached all of them.
 */
async function runAndStop(paths: Paths, afterRequests: number, signal: NodeJS.Signals): Promise<InterruptedRun> {
  let reached!: () => void;
  const stallPoint = new Promise<void>((resolve) => (reached = resolve));
  const hub = await serve((_entry, count) => {
    if (count === afterRequests) {
      hub.faults.add({ match: () => true, fault: { kind: "stall" }, times: Infinity });
      reached();
    }
  });
  try {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "src/cli/main.ts",
        "crawl",
        "--endpoint",
        hub.url,
        "--cache",
        paths.cacheDir,
        "--db",
        paths.dbPath,
        "--limit",
        String(LIMIT),
        "--verbose",
      ],
      { cwd: PROJECT, env: { ...process.env, CI: "1", HF_TOKEN: "", HF_ENDPOINT: "" }, stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    const fetched = new Set<string>();
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr += chunk;
      for (const match of chunk.matchAll(/^fetched (\S+) \(\d+\)$/gm)) fetched.add(match[1]);
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on("exit", (code, sig) => resolve({ code, signal: sig })),
    );
    const outcome = await Promise.race([stallPoint.then(() => "stalled" as const), exited.then(() => "exited" as const)]);
    if (outcome === "exited") throw new Error(`the crawl finished before request ${afterRequests}; lower the kill point.\n${stderr}`);

    // Every answer the Hub gave must be cached (and reported) before the kill.
    for (let polls = 0; !answered(hub.requests).every((p) => fetched.has(p)); polls++) {
      if (polls > 400) throw new Error(`the child never reported caching every answer it got.\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    child.kill(signal);
    const { code, signal: endSignal } = await exited;
    return { exitCode: code, signal: endSignal, stderr, fetched, log: [...hub.requests] };
  } finally {
    await hub.close();
  }
}

describe("a crawl killed partway and run again", () => {
  let reference: Awaited<ReturnType<typeof contents>>;
  let referenceRequests: number;

  beforeAll(async () => {
    const hub = await serve();
    try {
      const paths = pathsIn(tempDir());
      await crawlInProcess(hub, paths);
      referenceRequests = hub.requests.length;
      reference = await contents(paths.dbPath);
    } finally {
      await hub.close();
    }
  });

  it("is a crawl big enough to be cut several times", () => {
    expect(reference.models.length).toBeGreaterThan(LIMIT / 2);
    expect(referenceRequests).toBeGreaterThan(LIMIT / PAGE_SIZE + 10);
  });

  // Mid-listing (page 3 of 5), and halfway through everything after the listing.
  const killPoints = [
    { name: "during the listing", at: () => 3 },
    { name: "halfway through the run", at: () => Math.floor(referenceRequests / 2) },
  ];

  describe.each(killPoints)("with SIGKILL $name", ({ at }) => {
    it("resumes without asking for anything already answered and ends with the uninterrupted run's database", async () => {
      const paths = pathsIn(tempDir());
      const killed = await runAndStop(paths, at(), "SIGKILL");
      expect(killed.signal).toBe("SIGKILL");
      const firstAnswers = answered(killed.log);
      expect(firstAnswers.length).toBe(at());

      const hub = await serve();
      try {
        const { run } = await crawlInProcess(hub, paths);
        const secondAnswers = answered(hub.requests);
        // Nothing the first run completed is asked for again...
        expect(hub.requests.map(requestKey).filter((key) => killed.fetched.has(key))).toEqual([]);
        expect(secondAnswers.filter((p) => firstAnswers.includes(p))).toEqual([]);
        // ...and between them the two runs asked for what one uninterrupted run asks for.
        expect(firstAnswers.length + hub.requests.length).toBe(referenceRequests);
        // Each answer of the first run is reused: as an HTTP cache hit, or inside a model's
        // enrichment that the first run finished and cached whole (counted in requests_saved).
        expect(run.requests_saved).toBeGreaterThanOrEqual(firstAnswers.length);
      } finally {
        await hub.close();
      }
      expect(await contents(paths.dbPath)).toEqual(reference);
      // The killed run wrote no database and no run: one row, the run that finished.
      expect(await queryDatabase<Record<string, unknown>>(paths.dbPath, "SELECT count(*)::INTEGER AS n FROM crawl_runs")).toEqual([
        { n: 1 },
      ]);
    });
  });

  describe("with SIGINT", () => {
    it("stops cleanly with exit code 130, says what it kept and how to resume, and the rerun completes the data", async () => {
      const paths = pathsIn(tempDir());
      const stopped = await runAndStop(paths, 5, "SIGINT");
      expect(stopped.exitCode).toBe(130);
      expect(stopped.stderr).toMatch(/interrupted: \d+ answers fetched in this run \(\d+ requests\) are kept in /);
      expect(stopped.stderr).toContain(paths.cacheDir);
      expect(stopped.stderr).toContain("Run the same command again to resume");
      expect(stopped.stderr).not.toMatch(/^\s+at /m);

      const hub = await serve();
      try {
        await crawlInProcess(hub, paths);
        expect(hub.requests.map(requestKey).filter((key) => stopped.fetched.has(key))).toEqual([]);
      } finally {
        await hub.close();
      }
      expect(await contents(paths.dbPath)).toEqual(reference);
    });
  });
});
