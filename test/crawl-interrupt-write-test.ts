// Ctrl-C while the crawl writes its database: the write is finished (everything is fetched by
// then), the command says so in one line and exits 130. The crawl runs as a real child process
// (`node --import tsx src/cli/main.ts crawl`), and the SIGINT is a real one that the child sends
// itself right after it logs its summary line, the last one before the write begins
// (test/fixtures/sigint-on-stderr-line.ts), so it lands during the write on every run rather than
// when the timing happens to suit. A stop asked
// for just before the write, by contrast, writes nothing and leaves the previous database as it was.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeConfig } from "../src/config/config.ts";
import { crawl, CrawlInterruptedError } from "../src/data-loaders/crawl/crawl.ts";
import { readRunHistory } from "../src/data-loaders/crawl/run-history.ts";
import { generateSampleHub } from "../src/mock-hub/sample.ts";
import { startMockHub, type MockHub } from "../src/mock-hub/server.ts";
import { queryDatabase } from "./fixtures/db.ts";
import { suiteScratchDir } from "./fixtures/scratch.ts";

const PROJECT = fileURLToPath(new URL("..", import.meta.url));
const DATASET = generateSampleHub({ models: 120, seed: 11 });
const LIMIT = 40;
const ROOMY_QUOTA = { api: 100_000, resolvers: 100_000, pages: 100_000 };
/** The crawl's summary, logged as the database write begins. */
const WRITE_BEGINS = "^done: \\d+ models, ";

const scratchRoot = suiteScratchDir("hub-interrupt-write-");
function pathsInNewDir() {
  const dir = mkdtempSync(path.join(scratchRoot, "run-"));
  return { dir, cacheDir: path.join(dir, "cache"), dbPath: path.join(dir, "hub.duckdb") };
}

let hub: MockHub;
beforeAll(async () => {
  hub = await startMockHub({ dataset: DATASET, quota: ROOMY_QUOTA, tokenQuota: ROOMY_QUOTA });
});
afterAll(async () => {
  await hub.close();
});

async function tables(dbPath: string) {
  return {
    models: await queryDatabase<Record<string, unknown>>(dbPath, "SELECT * FROM models ORDER BY id"),
    authors: await queryDatabase<Record<string, unknown>>(dbPath, "SELECT * FROM authors ORDER BY name"),
    runs: await queryDatabase<{ models: number }>(dbPath, "SELECT models FROM crawl_runs"),
  };
}

function crawlInProcess(paths: { cacheDir: string; dbPath: string }, options: Parameters<typeof crawl>[1] = {}) {
  return crawl(normalizeConfig({ endpoint: hub.url, cacheDir: paths.cacheDir, dbPath: paths.dbPath, limit: LIMIT }, {}), {
    log: () => {},
    ...options,
  });
}

describe("Ctrl-C during the crawl's database write", () => {
  let reference: Awaited<ReturnType<typeof tables>>;
  let outcome: { code: number | null; signal: NodeJS.Signals | null; stderr: string };
  let paths: ReturnType<typeof pathsInNewDir>;

  beforeAll(async () => {
    const referencePaths = pathsInNewDir();
    await crawlInProcess(referencePaths);
    reference = await tables(referencePaths.dbPath);

    paths = pathsInNewDir();
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "--import",
        "./test/fixtures/sigint-on-stderr-line.ts",
        "src/cli/main.ts",
        "crawl",
        "--cache",
        paths.cacheDir,
        "--db",
        paths.dbPath,
        "--limit",
        String(LIMIT),
      ],
      {
        cwd: PROJECT,
        env: { ...process.env, CI: "1", HF_TOKEN: "", HF_ENDPOINT: hub.url, SIGINT_ON_STDERR_LINE: WRITE_BEGINS },
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => (stderr += chunk));
    outcome = await new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stderr })));
  });

  it("is interrupted while the write is under way, not before or after it", () => {
    const lines = outcome.stderr.split("\n");
    const writing = lines.findIndex((line) => new RegExp(WRITE_BEGINS).test(line));
    const stopping = lines.findIndex((line) => line.startsWith("stopping: finishing the database write first"));
    const wrote = lines.findIndex((line) => line.startsWith("wrote "));
    expect(writing, outcome.stderr).toBeGreaterThanOrEqual(0);
    expect(stopping, outcome.stderr).toBeGreaterThan(writing);
    expect(wrote, outcome.stderr).toBeGreaterThan(stopping);
  });

  it("exits with 130, the shell's code for an interrupt", () => {
    expect(outcome.signal).toBeNull();
    expect(outcome.code, outcome.stderr).toBe(130);
  });

  it("ends with one line saying the write was finished and what the database holds", () => {
    const lastLine = outcome.stderr.trimEnd().split("\n").at(-1);
    expect(lastLine).toBe(
      `interrupted during the database write, which was finished first: ${paths.dbPath} holds all ` +
        `${reference.models.length} models and ${reference.authors.length} authors of this crawl.`,
    );
    expect(outcome.stderr).not.toMatch(/^\s+at /m);
  });

  it("leaves a complete database, the same as an uninterrupted crawl's, and no temporary files", async () => {
    const written = await tables(paths.dbPath);
    expect(written.models).toEqual(reference.models);
    expect(written.authors).toEqual(reference.authors);
    expect(written.runs).toEqual([{ models: reference.models.length }]);
    expect(readdirSync(paths.dir).sort()).toEqual(["cache", "hub.duckdb"]);
  });

  it("records the run in the history, so the next crawl counts it", () => {
    expect(readRunHistory(paths.cacheDir, () => {}).map((run) => run.models)).toEqual([reference.models.length]);
  });
});

describe("a stop asked for after the last request but before the write", () => {
  it("throws CrawlInterruptedError, writes nothing and leaves the previous database as it was", async () => {
    const previous = pathsInNewDir();
    await crawlInProcess(previous);
    const before = await tables(previous.dbPath);

    // A fresh cache, so this crawl asks the Hub for everything, over the previous database.
    const paths = { cacheDir: pathsInNewDir().cacheDir, dbPath: previous.dbPath };
    const requestsAtStart = hub.requests.length;
    const controller = new AbortController();
    let requestsAtStop = -1;
    let databaseWriteBegan = false;
    const stopped = crawlInProcess(paths, {
      signal: controller.signal,
      // Every author is typed by the website listing (the sample Hub's are), so no request
      // follows this line: the stop comes after the last request, before the write.
      log: (line) => {
        if (!line.startsWith("looking up ")) return;
        requestsAtStop = hub.requests.length;
        controller.abort();
      },
      onDatabaseWrite: () => (databaseWriteBegan = true),
    });
    await expect(stopped).rejects.toBeInstanceOf(CrawlInterruptedError);
    await expect(stopped).rejects.toThrow(/no database was written/);
    expect(requestsAtStop).toBeGreaterThan(requestsAtStart);
    expect(hub.requests.length).toBe(requestsAtStop);
    expect(databaseWriteBegan).toBe(false);
    expect(await tables(paths.dbPath)).toEqual(before);
    expect(readRunHistory(paths.cacheDir, () => {})).toEqual([]);
  });
});
