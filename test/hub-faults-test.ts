// Each fault the Hub (or a proxy in front of it) can produce, injected into the mock Hub: the client
// retries a bounded number of times and then succeeds; a fault that never stops ends in a HubError
// naming the URL, the status and what to do; and a crawl that dies keeps what it had fetched.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeConfig } from "../src/config/config.ts";
import { crawl } from "../src/data-loaders/crawl/crawl.ts";
import { createHubClient, HubError } from "../src/data-loaders/hub/client.ts";
import type { Fault } from "../src/mock-hub/faults.ts";
import { generateSampleHub } from "../src/mock-hub/sample.ts";
import type { MockHub, MockHubOptions } from "../src/mock-hub/server.ts";
import type { MockHubDataset } from "../src/mock-hub/types.ts";
import { scratchDir, startTestHub } from "./fixtures/scratch.ts";

const DATASET: MockHubDataset = {
  models: [{ id: "acme/tiny-7B", author: "acme", likes: 30, downloads: 100, pipeline_tag: "text-generation", tags: [] }],
  authors: [{ name: "acme", type: "org", fullname: "ACME", numFollowers: 12 }],
};
const TARGET = "/api/organizations/acme/overview";
/** Short enough to keep a stalled request's test quick, long enough for a loaded 2-core machine. */
const TIMEOUT_MS = 300;
const MAX_RETRIES = 3;

function tempDir(): string {
  const dir = scratchDir("hub-faults-");
  return dir;
}

async function serve(options: Partial<MockHubOptions> = {}): Promise<MockHub> {
  return startTestHub({ dataset: DATASET, ...options });
}

function clientFor(hub: MockHub, cacheDir = tempDir()) {
  const waits: number[] = [];
  const lines: string[] = [];
  const client = createHubClient({
    endpoint: hub.url,
    token: null,
    cacheDir,
    offline: false,
    maxRetries: MAX_RETRIES,
    timeoutMs: TIMEOUT_MS,
    // Waits are recorded, not slept: the test is about what happens, not how long it takes.
    sleep: async (ms) => void waits.push(ms),
    log: (line) => lines.push(line),
  });
  return { client, waits, lines };
}

interface FaultCase {
  name: string;
  fault: Fault;
  /** What the client says about the attempt, in its retry log line and final error. */
  reason: RegExp;
  /** The HubError's status when the fault never stops: null when no answer came back. */
  status: number | null;
}

const CASES: FaultCase[] = [
  { name: "a delay beyond the client's timeout", fault: { kind: "stall", ms: 5_000 }, reason: /no answer within 300ms/, status: null },
  { name: "a reset connection", fault: { kind: "reset" }, reason: /connection failed/, status: null },
  { name: "an HTTP 500", fault: { kind: "status", status: 500 }, reason: /HTTP 500/, status: 500 },
  { name: "an HTTP 503", fault: { kind: "status", status: 503 }, reason: /HTTP 503/, status: 503 },
  { name: "truncated JSON", fault: { kind: "truncated-json" }, reason: /truncated or invalid/, status: 200 },
  { name: "invalid JSON", fault: { kind: "invalid-json" }, reason: /truncated or invalid/, status: 200 },
  { name: "an HTML error page with status 200", fault: { kind: "html", status: 200 }, reason: /HTML page/, status: 200 },
  { name: "an HTML error page with status 502", fault: { kind: "html", status: 502 }, reason: /HTTP 502/, status: 502 },
  { name: "a 429 without rate-limit headers", fault: { kind: "bare-429" }, reason: /HTTP 429/, status: 429 },
];

describe.each(CASES)("$name", ({ fault, reason, status }) => {
  it("is retried, and the request succeeds once the fault passes", async () => {
    const hub = await serve({ faults: [{ match: TARGET, fault, times: 2 }] });
    const { client, waits, lines } = clientFor(hub);
    const response = await client.getJson<{ name: string }>(TARGET);

    expect(response.body!.name).toBe("acme");
    expect(hub.requests.map((r) => r.fault ?? "ok")).toEqual([fault.kind, fault.kind, "ok"]);
    expect(client.stats().retries).toBe(2);
    // Every retry waited first (backoff, or the 429's pause) instead of hammering the Hub.
    expect(waits.length).toBeGreaterThanOrEqual(2);
    expect(lines.filter((line) => line.startsWith("retry "))).toHaveLength(2);
    expect(lines.join("\n")).toMatch(reason);
  });

  it("when it never stops, gives up after the retries with a HubError naming the URL, status and what to do", async () => {
    const hub = await serve({ faults: [{ match: TARGET, fault, times: Infinity }] });
    const { client } = clientFor(hub);
    const error = (await client.getJson(TARGET).catch((e: unknown) => e)) as HubError;

    expect(error).toBeInstanceOf(HubError);
    expect(hub.requests).toHaveLength(MAX_RETRIES + 1);
    expect(error.url).toBe(`${hub.url}${TARGET}`);
    expect(error.status).toBe(status);
    expect(error.message).toContain(`${hub.url}${TARGET}`);
    expect(error.message).toMatch(reason);
    expect(error.message).toContain(`after ${MAX_RETRIES + 1} attempts`);
    expect(error.message).toContain("run again");
  });
});

describe("a 429 that never stops, without a token", () => {
  it("suggests a token, whose quotas are higher", async () => {
    const hub = await serve({ faults: [{ match: TARGET, fault: { kind: "bare-429" }, times: Infinity }] });
    const error = (await clientFor(hub)
      .client.getJson(TARGET)
      .catch((e: unknown) => e)) as HubError;
    expect(error.message).toContain("HF_TOKEN");
  });
});

describe("a crawl that dies on listing page 3", () => {
  const dataset = generateSampleHub({ models: 120, seed: 5 });
  const PAGE_SIZE = 10;
  const listing = (hub: MockHub) => hub.requests.filter((r) => r.path.startsWith("/api/models?"));

  it("keeps pages 1-2 in the cache, and the rerun fetches only page 3 on", async () => {
    const dir = tempDir();
    const config = normalizeConfig(
      { endpoint: "http://127.0.0.1:1", cacheDir: path.join(dir, "cache"), dbPath: path.join(dir, "hub.duckdb"), limit: 50 },
      {},
    );
    const hub = await startTestHub({
      dataset,
      maxLimit: PAGE_SIZE,
      faults: [{ match: "/api/models?", after: 2, times: Infinity, fault: { kind: "status", status: 503 } }],
    });
    const noWait = async () => {};

    const failure = await crawl({ ...config, endpoint: hub.url }, { sleep: noWait, log: () => {} }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HubError);
    const firstRun = listing(hub);
    const served = firstRun.filter((r) => r.status === 200).map((r) => r.path);
    const failedPage = firstRun.find((r) => r.status === 503)!.path;
    expect(served).toHaveLength(2);
    expect(readdirSync(path.join(dir, "cache", "http")).filter((f) => f.startsWith("api-models"))).toHaveLength(2);

    // The Hub is well again; a rerun (a new process would see the same cache) resumes at page 3.
    hub.faults.clear();
    const before = hub.requests.length;
    const { run } = await crawl({ ...config, endpoint: hub.url }, { sleep: noWait, log: () => {} });
    const rerun = hub.requests.slice(before).filter((r) => r.path.startsWith("/api/models?"));
    expect(rerun[0].path).toBe(failedPage);
    expect(rerun.map((r) => r.path).filter((p) => served.includes(p))).toEqual([]);
    expect(rerun).toHaveLength(50 / PAGE_SIZE - 2);
    expect(run.models).toBeGreaterThan(0);
  });
});
