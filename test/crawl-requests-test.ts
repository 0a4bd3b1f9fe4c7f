// How many requests the top 3000 costs, counted (never timed) against a sample Hub of the real
// shape: on a cold cache, and on a warm one. The counts follow from how the crawl fetches (as of
// this writing), each explained where it is asserted; if a change makes the crawl cost more, this
// test says where.
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeConfig, type HubLikesConfig } from "../src/config/config.ts";
import { crawl, type CrawlResult } from "../src/data-loaders/crawl/crawl.ts";
import { MAX_PAGE_SIZE } from "../src/data-loaders/hub/list-models.ts";
import { weightFilesOf } from "../src/data-loaders/hub/safetensors-header.ts";
import { generateSampleHub } from "../src/mock-hub/sample.ts";
import { DEFAULT_WINDOW_MS, startMockHub, type MockHub, type MockRequestLog } from "../src/mock-hub/server.ts";
import { ANONYMOUS_QUOTA } from "../src/mock-hub/types.ts";
import { scratchDir, startTestHub, suiteScratchDir } from "./fixtures/scratch.ts";

const TOP = 3000;
/** Items per page of the website listing (/models-json), the Hub's default (docs/hub-api.md#the-website-listing). */
const WEBSITE_PAGE_SIZE = 30;
/** Quotas out of the way: pacing changes when requests go out, never how many. */
const ROOMY_QUOTA = { api: 1_000_000, resolvers: 1_000_000, pages: 1_000_000 };

const dataset = generateSampleHub({ models: 4200, seed: 20240101 });
const dir = suiteScratchDir("hub-requests-");
let hub: MockHub;
let config: HubLikesConfig;
let cold: { result: CrawlResult; requests: MockRequestLog[] };
let warm: { result: CrawlResult; requests: MockRequestLog[] };

beforeAll(async () => {
  hub = await startMockHub({ dataset, quota: ROOMY_QUOTA, tokenQuota: ROOMY_QUOTA });
  config = normalizeConfig({ endpoint: hub.url, cacheDir: path.join(dir, "cache"), dbPath: path.join(dir, "hub.duckdb"), limit: TOP }, {});
  const coldResult = await crawl(config, { log: () => {} });
  cold = { result: coldResult, requests: [...hub.requests] };
  const warmResult = await crawl(config, { log: () => {} });
  warm = { result: warmResult, requests: hub.requests.slice(cold.requests.length) };
});

afterAll(async () => {
  await hub?.close();
});

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(config.dbPath, { access_mode: "READ_ONLY" });
  try {
    const connection = await instance.connect();
    try {
      return (await connection.runAndReadAll(sql)).getRowObjectsJson();
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

const kindOf = (r: MockRequestLog) =>
  r.path.startsWith("/api/models?")
    ? "listing"
    : r.path.startsWith("/models-json")
      ? "website listing"
      : /^\/api\/(organizations|users)\//.test(r.path)
        ? "author overview"
        : r.path.includes("/resolve/")
          ? "weight file"
          : "other";
const count = (requests: MockRequestLog[], kind: string) => requests.filter((r) => kindOf(r) === kind).length;

describe("the top 3000 on a cold cache", () => {
  it("has more than 3000 text-generation models to rank", () => {
    expect(dataset.models.filter((m) => m.pipeline_tag === "text-generation").length).toBeGreaterThan(TOP);
  });

  it("lists in ceil(3000 / 1000) = 3 API requests, the largest page public clients ask for", () => {
    expect(count(cold.requests, "listing")).toBe(Math.ceil(TOP / MAX_PAGE_SIZE));
    expect(cold.result.run.requests_api).toBe(3);
  });

  it("types every author from the website listing: ceil(3000 / 30) = 100 pages and no overview request", () => {
    // Each /models-json page carries authorData for its 30 models, which covers every author of
    // the top 3000 here; the overview endpoints (one or two requests per author, ~700 authors)
    // are asked only for authors the website listing missed.
    expect(count(cold.requests, "website listing")).toBe(TOP / WEBSITE_PAGE_SIZE);
    expect(count(cold.requests, "author overview")).toBe(0);
    expect(cold.result.run.requests_pages).toBe(100);
  });

  it("reads safetensors headers only for models no cheaper source counted: 1 Range request per weight file, plus the shard index", async () => {
    const headerCounted = (await query("SELECT id FROM models WHERE params_source = 'safetensors-header'")).map((r) => r.id as string);
    const byId = new Map(dataset.models.map((m) => [m.id, m]));
    // One read of the first SPECULATIVE_READ_BYTES holds the length and the whole header (the
    // sample's headers are small); a sharded repo's index names its shards.
    const expected = headerCounted.reduce((sum, id) => {
      const weights = weightFilesOf(byId.get(id)!.siblings)!;
      const shards =
        "index" in weights ? byId.get(id)!.siblings!.filter((s) => /\.safetensors$/.test(s.rfilename)).length : weights.files.length;
      return sum + ("index" in weights ? 1 : 0) + shards;
    }, 0);
    expect(headerCounted.length).toBeGreaterThan(0);
    const repos = new Set(
      cold.requests.filter((r) => kindOf(r) === "weight file").map((r) => decodeURIComponent(r.path).split("/resolve/")[0].slice(1)),
    );
    expect([...repos].sort()).toEqual([...headerCounted].sort());
    expect(count(cold.requests, "weight file")).toBe(expected);
    expect(cold.result.run.requests_resolvers).toBe(expected);
  });

  it("reports each source's requests and gains, as the Hub's own log counts them", async () => {
    const bySource = new Map(cold.result.sources.map((s) => [s.source, s]));
    expect(bySource.get("listing")!.requests).toBe(count(cold.requests, "listing"));
    expect(bySource.get("website-listing")).toMatchObject({
      requests: count(cold.requests, "website listing"),
      authors: cold.result.run.authors,
    });
    expect(bySource.get("safetensors-headers")!.requests).toBe(count(cold.requests, "weight file"));
    expect(bySource.get("model-pages")).toMatchObject({ requests: 0, counts: 0 });
    expect(bySource.get("author-overviews")).toMatchObject({ requests: 0, authors: 0 });
    // Gains are what the rows took from each source, read back from the database.
    const rows = await query("SELECT params_source, count(*) AS n FROM models GROUP BY params_source");
    const rowsOf = (...names: string[]) =>
      rows.filter((r) => names.includes(String(r.params_source))).reduce((sum, r) => sum + Number(r.n), 0);
    expect(bySource.get("listing")!.counts).toBe(rowsOf("safetensors", "gguf"));
    expect(bySource.get("safetensors-headers")!.counts).toBe(rowsOf("safetensors-header"));
    expect(bySource.get("website-listing")!.counts).toBe(rowsOf("hub-listing"));
  });

  it("asks for nothing else, and never for config.json", () => {
    expect(count(cold.requests, "other")).toBe(0);
    expect(cold.requests.some((r) => r.path.endsWith("config.json"))).toBe(false);
    expect(cold.requests.filter((r) => r.status === 429)).toEqual([]);
  });
});

describe("the top 3000 on a warm cache", () => {
  it("makes no request at all", () => {
    expect(warm.requests).toEqual([]);
    const { run } = warm.result;
    expect(run.requests_api + run.requests_pages + run.requests_resolvers).toBe(0);
  });

  it("reuses the listing pages from the HTTP cache, the header reads from the per-model cache, and every author from the known-authors store", () => {
    const { run } = warm.result;
    const coldRequests = cold.result.run.requests_api + cold.result.run.requests_pages + cold.result.run.requests_resolvers;
    // The 3 listing pages are cache hits. The website pages are not even looked up: every author's
    // kind and details were stored by the cold run and are within the TTL, and each author kept
    // counts as the one overview request it saved. The header reads are answered by the per-model
    // cache for the unchanged models.
    expect(run.cache_hits).toBe(count(cold.requests, "listing"));
    expect(run.requests_saved).toBe(coldRequests - count(cold.requests, "website listing") + run.authors);
    const website = warm.result.sources.find((s) => s.source === "website-listing")!;
    expect(website).toMatchObject({ requests: 0, authors: 0 });
    expect(warm.result.run.authors).toBe(cold.result.run.authors);
  });
});

describe("the top 3000 on a cold cache, under the anonymous quotas", () => {
  it("waits for no rate-limit window: the 100 website pages are the pages quota exactly, and the last one is spent", async () => {
    // A fake clock both sides read, at the start of a 5-minute window; only sleeping moves it.
    const clock = { now: 10_000 * DEFAULT_WINDOW_MS };
    const sleeps: number[] = [];
    const anonymousHub = await startTestHub({ dataset, quota: ANONYMOUS_QUOTA, windowMs: DEFAULT_WINDOW_MS, now: () => clock.now });
    const cacheDir = scratchDir("hub-requests-anonymous-");
    const anonymous = normalizeConfig({ endpoint: anonymousHub.url, cacheDir, dbPath: path.join(cacheDir, "hub.duckdb"), limit: TOP }, {});
    const { run } = await crawl(anonymous, {
      log: () => {},
      now: () => clock.now,
      sleep: async (ms) => {
        sleeps.push(ms);
        clock.now += ms;
      },
    });
    expect(run.requests_pages).toBe(ANONYMOUS_QUOTA.pages);
    expect(sleeps).toEqual([]);
    expect(run.wait_ms).toBe(0);
    expect(run.rate_limited).toBe(0);
    expect(anonymousHub.requests.filter((r) => r.status === 429)).toEqual([]);
  });
});
