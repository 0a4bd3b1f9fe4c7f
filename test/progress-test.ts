// What a crawl shows while it runs and what it records when it ends: a redrawn bar on a terminal,
// plain lines otherwise or under CI, and one crawl_runs row per run, kept across runs.
import { appendFileSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it, onTestFinished } from "vitest";
import { createProgressDisplay, formatDuration, isInteractive } from "../src/cli/progress.ts";
import { normalizeConfig } from "../src/config/config.ts";
import { crawl } from "../src/data-loaders/crawl/crawl.ts";
import type { HubClientStats } from "../src/data-loaders/hub/client.ts";
import { readRunHistory, runHistoryPath } from "../src/data-loaders/crawl/run-history.ts";
import { generateSampleHub } from "../src/mock-hub/sample.ts";
import { scratchDir, startTestHub } from "./fixtures/scratch.ts";

function tempDir(): string {
  const dir = scratchDir("hub-progress-");
  return dir;
}

function fakeStream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 200, write: (text: string) => void chunks.push(text) } };
}

const STATS: HubClientStats = {
  requests: { api: 12, pages: 3, resolvers: 5 },
  requestsBySource: {},
  cacheHits: 7,
  retries: 1,
  rateLimited: 2,
  waitMs: 4_500,
  waits: 3,
  fetched: 19,
  policies: {},
};

/** A clock the test moves by hand. */
function manualClock(start = 1_000_000) {
  let time = start;
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

describe("on a terminal", () => {
  it("redraws one line with the stage, models, requests per bucket, waits and an ETA", () => {
    const { chunks, stream } = fakeStream(true);
    const clock = manualClock();
    const display = createProgressDisplay({ stream, env: {}, now: clock.now });
    onTestFinished(() => display.stop());
    display.attach(() => STATS);
    display.stage("authors", 100);
    clock.advance(10_000);
    display.advance(25);
    display.render();

    const last = chunks.at(-1)!;
    expect(display.interactive).toBe(true);
    expect(last.startsWith("\r\x1b[K")).toBe(true);
    expect(last).not.toContain("\n");
    expect(last).toContain("[#####---------------] authors 25/100");
    expect(last).toContain("20 requests (api 12, pages 3, resolvers 5)");
    expect(last).toContain("3 rate-limit/backoff waits (4.5s)");
    expect(last).toContain("2×429");
    // 25 done in 10 s: 75 more take 30 s.
    expect(last).toContain("ETA 30s");
  });

  it("prints log lines above the bar and redraws it", () => {
    const { chunks, stream } = fakeStream(true);
    const display = createProgressDisplay({ stream, env: {} });
    onTestFinished(() => display.stop());
    display.stage("listing", 3000);
    display.log("listing page 1: 1000 models, 1000 so far");
    expect(chunks.slice(-2)[0]).toBe("\r\x1b[Klisting page 1: 1000 models, 1000 so far\n");
    expect(chunks.at(-1)).toMatch(/^\r\x1b\[K\[-+\] listing 0\/3000/);
    display.stop();
    expect(chunks.at(-1)).toBe("\r\x1b[K");
  });
});

describe("without a terminal, or under CI", () => {
  it("uses plain lines: CI set on a TTY, or no TTY at all", () => {
    expect(isInteractive({ isTTY: true, write: () => {} }, { CI: "true" })).toBe(false);
    expect(isInteractive({ isTTY: false, write: () => {} }, {})).toBe(false);
    expect(isInteractive({ write: () => {} }, {})).toBe(false);
    expect(isInteractive({ isTTY: true, write: () => {} }, {})).toBe(true);
  });

  it("passes log lines through unchanged and prints the status as a plain line, with no escape codes", () => {
    const { chunks, stream } = fakeStream(true);
    const clock = manualClock();
    const display = createProgressDisplay({ stream, env: { CI: "1" }, now: clock.now });
    onTestFinished(() => display.stop());
    display.attach(() => STATS);
    display.stage("listing", 3000);
    display.log("listing page 1: 1000 models, 1000 so far");
    clock.advance(4_000);
    display.advance(1000);
    display.render();
    display.stop();

    expect(chunks).toEqual([
      "listing page 1: 1000 models, 1000 so far\n",
      expect.stringMatching(/^progress: listing 1000\/3000 · 20 requests \(api 12, pages 3, resolvers 5\) · 7 cached · .* · ETA 8s\n$/),
    ]);
    expect(chunks.join("")).not.toContain("\x1b");
  });

  it("formats durations for people", () => {
    expect(formatDuration(800)).toBe("1s");
    expect(formatDuration(75_000)).toBe("1m15s");
    expect(formatDuration(3_725_000)).toBe("1h02m");
  });
});

describe("accounting of crawl runs", () => {
  it("stores one crawl_runs row per crawl, keeping earlier runs, with the figures of the summary line", async () => {
    const hub = await startTestHub({ dataset: generateSampleHub({ models: 80, seed: 2 }) });
    const dir = tempDir();
    const config = normalizeConfig(
      { endpoint: hub.url, cacheDir: path.join(dir, "cache"), dbPath: path.join(dir, "hub.duckdb"), limit: 30 },
      {},
    );
    const lines: string[] = [];
    const first = await crawl(config, { log: () => {} });
    const second = await crawl(config, { log: (line) => lines.push(line) });

    const instance = await DuckDBInstance.create(config.dbPath, { access_mode: "READ_ONLY" });
    let rows: Record<string, unknown>[];
    try {
      const connection = await instance.connect();
      rows = (
        await connection.runAndReadAll(
          `SELECT requests_api, requests_pages, requests_resolvers, cache_hits, retries, rate_limited, wait_ms, requests_saved
           FROM crawl_runs ORDER BY started_at`,
        )
      ).getRowObjectsJson();
      connection.closeSync();
    } finally {
      instance.closeSync();
    }
    const figures = (run: typeof first.run) => ({
      requests_api: run.requests_api,
      requests_pages: run.requests_pages,
      requests_resolvers: run.requests_resolvers,
      cache_hits: run.cache_hits,
      retries: run.retries,
      rate_limited: run.rate_limited,
      // BIGINT comes back as a string in DuckDB's JSON rows.
      wait_ms: String(run.wait_ms),
      requests_saved: run.requests_saved,
    });
    expect(rows).toEqual([figures(first.run), figures(second.run)]);
    // The second run is all cache: every request the first made, it saved.
    expect(second.run.requests_api + second.run.requests_pages + second.run.requests_resolvers).toBe(0);
    expect(second.run.requests_saved).toBeGreaterThanOrEqual(
      first.run.requests_api + first.run.requests_pages + first.run.requests_resolvers,
    );
    const summary = lines.find((line) => line.startsWith("done: "))!;
    expect(summary).toContain(`requests api 0, pages 0, resolvers 0; ${second.run.cache_hits} cache hits, 0 retries, 0 rate-limited (429)`);
    expect(summary).toContain(`${second.run.requests_saved} requests saved`);
  });

  it("leaves a damaged line of the run history out, with a warning, and keeps the others", () => {
    const dir = tempDir();
    appendFileSync(
      runHistoryPath(dir),
      `${JSON.stringify({ started_at: "2026-01-01T00:00:00Z", finished_at: "2026-01-01T00:01:00Z" })}\n{"started_at": "2026-01-0`,
    );
    const warnings: string[] = [];
    const runs = readRunHistory(dir, (line) => warnings.push(line));
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ requests_saved: 0, refresh: false });
    expect(warnings).toEqual([expect.stringContaining("line 2 is not a crawl run")]);
  });
});
