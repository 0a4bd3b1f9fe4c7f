// The crawl end to end against the mock Hub: listing → validation → authors → enrich → DuckDB.
// Expected figures are computed here from the dataset the mock Hub serves, not from the crawler.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeConfig, type HubLikesConfigSpec } from "../src/config/config.ts";
import { crawl, PRIVATE_RECORD_REASON } from "../src/data-loaders/crawl/crawl.ts";
import { buildSite } from "../src/cli/build-site.ts";
import { datasetFromSnapshot } from "../src/mock-hub/records.ts";
import { generateSampleHub } from "../src/mock-hub/sample.ts";
import type { MockHub } from "../src/mock-hub/server.ts";
import type { MockHubDataset, MockModelRecord, Quota } from "../src/mock-hub/types.ts";
import { TOP_LIKES_2026_08_22 } from "./fixtures/recorded.ts";
import { queryDatabase } from "./fixtures/db.ts";
import { scratchDir, startTestHub, suiteScratchDir } from "./fixtures/scratch.ts";

const SNAPSHOT = TOP_LIKES_2026_08_22;

function tempDir(): string {
  const dir = scratchDir("hub-crawl-");
  return dir;
}

async function serve(dataset: MockHubDataset, options: { windowMs?: number; quota?: Quota } = {}): Promise<MockHub> {
  return startTestHub({ dataset, ...options });
}

function configFor(hub: MockHub, dir: string, spec: HubLikesConfigSpec = {}) {
  return normalizeConfig({ endpoint: hub.url, cacheDir: path.join(dir, "cache"), dbPath: path.join(dir, "hub.duckdb"), ...spec }, {});
}

/** The mock Hub's ranking: descending likes, missing likes last, ties by id. */
function ranking(dataset: MockHubDataset, pipelineTag = "text-generation"): MockModelRecord[] {
  return dataset.models
    .filter((m) => m.pipeline_tag === pipelineTag)
    .sort((a, b) => {
      const x = typeof a.likes === "number" ? a.likes : null;
      const y = typeof b.likes === "number" ? b.likes : null;
      if ((x === null) !== (y === null)) return x === null ? 1 : -1;
      if (x !== null && y !== null && x !== y) return y - x;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
}

/** The position in `ranked` at which the last of `authors` first appears. */
function lastFirstPosition(ranked: MockModelRecord[], authors: ReadonlySet<string>): number {
  const first = new Map<string, number>();
  ranked.forEach((model, position) => {
    const owner = model.author ?? ownerOf(model.id);
    if (!first.has(owner)) first.set(owner, position);
  });
  return Math.max(...[...authors].map((author) => first.get(author)!));
}

const isUsable = (m: MockModelRecord) => /^[^/\s]+\/[^/\s]+$/.test(m.id) && Number.isInteger(m.likes) && Number.isInteger(m.downloads);
const ownerOf = (id: string) => id.split("/")[0];
const listingRequests = (hub: MockHub) => hub.requests.filter((r) => r.path.startsWith("/api/models?"));
const authorRequests = (hub: MockHub) => hub.requests.filter((r) => /^\/api\/(organizations|users)\//.test(r.path));

describe("crawl a generated sample Hub", () => {
  const dataset = generateSampleHub({ models: 1500, seed: 11 });
  const limit = 1100;
  const expectedModels = ranking(dataset).slice(0, limit).filter(isUsable);
  const dir = suiteScratchDir("hub-crawl-sample-");

  it("has enough text-generation models for two listing pages", () => {
    expect(ranking(dataset).length).toBeGreaterThan(limit);
  });

  it("writes the top models by likes, with authors typed as on the Hub, in ceil(limit/1000) listing requests", async () => {
    const hub = await serve(dataset, { windowMs: 1000 });
    const lines: string[] = [];
    const { run, skipped } = await crawl(configFor(hub, dir, { limit, sample: true }), { log: (l) => lines.push(l) });

    const rows = await queryDatabase<Record<string, unknown>>(
      path.join(dir, "hub.duckdb"),
      "SELECT id, rank, likes FROM models ORDER BY rank",
    );
    expect(rows.map((r) => r.id)).toEqual(expectedModels.map((m) => m.id));
    // BIGINT comes back as a string in DuckDB's JSON rows.
    expect(rows.map((r) => Number(r.likes))).toEqual(expectedModels.map((m) => m.likes));
    expect(run.models).toBe(expectedModels.length);
    expect(skipped.length + expectedModels.length).toBe(limit);

    const typeOf = new Map(dataset.authors.map((a) => [a.name, a.type]));
    const authors = await queryDatabase<Record<string, unknown>>(
      path.join(dir, "hub.duckdb"),
      "SELECT name, type FROM authors ORDER BY name",
    );
    const distinctAuthors = new Set(expectedModels.map((m) => ownerOf(m.id)));
    expect(authors.map((a) => a.name)).toEqual([...distinctAuthors].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const author of authors) expect(author.type).toBe(typeOf.get(author.name as string) ?? null);

    expect(listingRequests(hub)).toHaveLength(Math.ceil(limit / 1000));
    expect(authorRequests(hub).length).toBeLessThanOrEqual(2 * distinctAuthors.size);
    expect(hub.requests.filter((r) => r.status === 429)).toHaveLength(0);
    // Weight headers may be read through /resolve/; config.json never (the Hub counts it as a download).
    expect(hub.requests.some((r) => r.path.includes("/resolve/") && !/\.safetensors(\.index\.json)?$/.test(r.path))).toBe(false);
    expect(run).toMatchObject({ sample: true, authenticated: false, requested_limit: limit, endpoint: hub.url });
    expect(run.requests_api + run.requests_pages + run.requests_resolvers).toBe(hub.requests.length);

    expect(lines.filter((l) => l.startsWith("listing page "))).toHaveLength(2);
    // The website listing typed every author, so no overview was needed.
    expect(authorRequests(hub)).toHaveLength(0);
    // The website listing is read page by page until the last new author has turned up.
    const websitePages = Math.floor(lastFirstPosition(ranking(dataset), distinctAuthors) / 30) + 1;
    expect(websitePages).toBeLessThanOrEqual(Math.ceil(limit / 30));
    expect(lines).toContain(
      `website listing (models-json): ${websitePages} pages, ${websitePages * 30} models, ${distinctAuthors.size}/${distinctAuthors.size} new authors typed`,
    );
    expect(lines.at(-2)).toMatch(/requests api \d+, pages \d+, resolvers \d+; \d+ cache hits, \d+ retries, 0 rate-limited/);
  });

  it("offline, a second run makes no request and writes the same database", async () => {
    const hub = await serve(dataset);
    const before = await queryDatabase<Record<string, unknown>>(path.join(dir, "hub.duckdb"), "SELECT * FROM models ORDER BY rank");
    const authorsBefore = await queryDatabase<Record<string, unknown>>(path.join(dir, "hub.duckdb"), "SELECT * FROM authors ORDER BY name");
    const { run } = await crawl(configFor(hub, dir, { limit, sample: true, offline: true }), { log: () => {} });
    expect(hub.requests).toHaveLength(0);
    expect(run.requests_api).toBe(0);
    expect(run.cache_hits).toBeGreaterThan(0);
    expect(await queryDatabase<Record<string, unknown>>(path.join(dir, "hub.duckdb"), "SELECT * FROM models ORDER BY rank")).toEqual(
      before,
    );
    expect(await queryDatabase<Record<string, unknown>>(path.join(dir, "hub.duckdb"), "SELECT * FROM authors ORDER BY name")).toEqual(
      authorsBefore,
    );
  });
});

describe("crawl under a tight quota", () => {
  it("paces itself from the RateLimit headers and never gets a 429", async () => {
    const dataset = generateSampleHub({ models: 150, seed: 9 });
    // Pages is the bucket this crawl uses most (the website listing, ~5 pages here).
    const tight = await serve(dataset, { quota: { api: 40, pages: 2, resolvers: 40 }, windowMs: 500 });
    const { run } = await crawl(configFor(tight, tempDir(), { limit: null }), { log: () => {} });
    expect(tight.requests.filter((r) => r.bucket === "pages").length).toBeGreaterThan(2);
    expect(tight.requests.filter((r) => r.status === 429)).toHaveLength(0);
    expect(run.rate_limited).toBe(0);
    expect(run.wait_ms).toBeGreaterThan(0);
  });
});

describe("crawl with bad records", () => {
  it("skips each bad record with a reason and keeps the rest", async () => {
    const good = (id: string, likes: number): MockModelRecord => ({
      id,
      author: ownerOf(id),
      likes,
      downloads: likes * 3,
      pipeline_tag: "text-generation",
      tags: ["license:mit"],
      createdAt: "2024-05-01T00:00:00.000Z",
    });
    const bad = [
      { ...good("acme/no-likes", 0), likes: undefined },
      { ...good("acme/string-downloads", 90), downloads: "many" as unknown as number },
      { ...good("no-owner-id", 80), author: "no-owner-id" },
    ];
    const dataset: MockHubDataset = {
      models: [
        good("acme/alpha-7B", 100),
        { ...good("société/modèle-ß-3B", 95), author: "société" },
        {
          ...good("acme/nulls", 85),
          createdAt: null as unknown as string,
          cardData: null as unknown as undefined,
          safetensors: null as unknown as undefined,
        },
        good("jane/gamma", 70),
        ...bad,
      ],
      authors: [
        { name: "acme", type: "org" },
        { name: "société", type: "user" },
        { name: "jane", type: "user" },
      ],
    };
    const hub = await serve(dataset);
    const dir = tempDir();
    const lines: string[] = [];
    const { run, skipped } = await crawl(configFor(hub, dir, { limit: null }), { log: (l) => lines.push(l) });

    expect(skipped).toEqual(
      expect.arrayContaining([
        { id: "acme/no-likes", reason: "likes is missing" },
        { id: "acme/string-downloads", reason: 'downloads is "many", not a whole number of 0 or more' },
        { id: "no-owner-id", reason: 'id "no-owner-id" is not of the form owner/name' },
      ]),
    );
    expect(skipped).toHaveLength(3);
    expect(run.skipped_records).toBe(3);
    for (const record of skipped) expect(lines.some((l) => l.includes(record.id!) && l.includes(record.reason))).toBe(true);

    const dbPath = path.join(dir, "hub.duckdb");
    const models = await queryDatabase<Record<string, unknown>>(dbPath, "SELECT id FROM models ORDER BY rank");
    expect(models.map((m) => m.id)).toEqual(["acme/alpha-7B", "société/modèle-ß-3B", "acme/nulls", "jane/gamma"]);
    expect(await queryDatabase<Record<string, unknown>>(dbPath, "SELECT id, reason FROM skipped_records ORDER BY id")).toHaveLength(3);
    const authors = await queryDatabase<Record<string, unknown>>(dbPath, "SELECT name, type FROM authors ORDER BY name");
    expect(authors).toEqual([
      { name: "acme", type: "org" },
      { name: "jane", type: "user" },
      { name: "société", type: "user" },
    ]);
  });
});

describe("crawl a listing that includes private repositories", () => {
  it("skips them with the recorded reason, and their ids reach no row, log line, run log or database", async () => {
    const model = (id: string, likes: number, extra: Partial<MockModelRecord> = {}): MockModelRecord => ({
      id,
      author: ownerOf(id),
      likes,
      downloads: likes * 3,
      pipeline_tag: "text-generation",
      tags: ["license:mit"],
      createdAt: "2024-05-01T00:00:00.000Z",
      ...extra,
    });
    const dataset: MockHubDataset = {
      models: [
        model("acme/public-7B", 100, { private: false }),
        model("owner/secret-project-8B", 90, { private: true }),
        model("jane/open", 80),
        // A malformed flag is not taken as a promise that the repo is public.
        model("owner/hidden-draft", 70, { private: "yes" as unknown as boolean }),
      ],
      authors: [
        { name: "acme", type: "org" },
        { name: "jane", type: "user" },
        { name: "owner", type: "user" },
      ],
    };
    const hub = await serve(dataset);
    const dir = tempDir();
    const lines: string[] = [];
    const config = normalizeConfig(
      { endpoint: hub.url, cacheDir: path.join(dir, "cache"), dbPath: path.join(dir, "hub.duckdb"), limit: null },
      { HF_TOKEN: "owner-token" },
    );
    const { run, skipped } = await crawl(config, { log: (l) => lines.push(l) });

    expect(skipped).toEqual([
      { id: null, reason: PRIVATE_RECORD_REASON },
      { id: null, reason: PRIVATE_RECORD_REASON },
    ]);
    expect(run.models).toBe(2);
    expect(run.skipped_records).toBe(2);
    const dbPath = path.join(dir, "hub.duckdb");
    expect((await queryDatabase<{ id: string }>(dbPath, "SELECT id FROM models ORDER BY rank")).map((m) => m.id)).toEqual([
      "acme/public-7B",
      "jane/open",
    ]);
    expect(await queryDatabase(dbPath, "SELECT id, reason FROM skipped_records")).toEqual([
      { id: null, reason: PRIVATE_RECORD_REASON },
      { id: null, reason: PRIVATE_RECORD_REASON },
    ]);
    expect(lines).toContain(
      "skipping 2 private repositories of the listing: the report is public, so they are not published and their ids are not recorded",
    );
    const runLog = readFileSync(path.join(dir, "cache", "crawl-runs.jsonl"), "utf8");
    const database = readFileSync(dbPath);
    for (const secret of ["secret-project", "hidden-draft"]) {
      expect(lines.join("\n")).not.toContain(secret);
      expect(runLog).not.toContain(secret);
      expect(database.includes(secret)).toBe(false);
    }
  });
});

describe("crawl and build with a token", () => {
  it("sends HF_TOKEN but leaves it in no cache file, per-model result, run log, log line, database or built site", async () => {
    // Every 3rd model has only weight-file headers to count, so per-model results land in cache/models.
    const dataset = generateSampleHub({ models: 60, seed: 3, headerOnlyEvery: 3 });
    const hub = await serve(dataset);
    const dir = tempDir();
    const lines: string[] = [];
    const token = "hf_secretTokenValue123";
    const config = normalizeConfig(
      {
        endpoint: hub.url,
        cacheDir: path.join(dir, "cache"),
        dbPath: path.join(dir, "hub.duckdb"),
        outDir: path.join(dir, "dist"),
        limit: null,
      },
      { HF_TOKEN: token },
    );
    await buildSite(config, { log: (l) => lines.push(l) });
    const [run] = await queryDatabase<{ authenticated: boolean }>(config.dbPath, "SELECT authenticated FROM crawl_runs");
    expect(run.authenticated).toBe(true);
    expect(hub.requests.length).toBeGreaterThan(0);
    expect(hub.requests.every((r) => r.authenticated)).toBe(true);

    const filesUnder = (folder: string) =>
      readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.join(entry.parentPath, entry.name));
    const searched = {
      "cache/http": filesUnder(path.join(dir, "cache", "http")),
      "cache/models": filesUnder(path.join(dir, "cache", "models")),
      dist: filesUnder(config.outDir),
    };
    for (const [folder, files] of Object.entries(searched)) expect(files.length, `${folder} has files to search`).toBeGreaterThan(0);
    const everyFile = [...Object.values(searched).flat(), path.join(dir, "cache", "crawl-runs.jsonl"), config.dbPath];
    for (const file of everyFile) expect(readFileSync(file).includes(token), file).toBe(false);
    expect(lines.join("\n")).not.toContain(token);
  }, 180_000);
});

describe("crawl when the database cannot be written", () => {
  it("fails, and the rerun resumes from the cache with zero requests", async () => {
    const dataset = generateSampleHub({ models: 80, seed: 5 });
    const hub = await serve(dataset);
    const dir = tempDir();
    // A regular file where the database's folder should be: the write must fail.
    writeFileSync(path.join(dir, "not-a-folder"), "");
    const broken = configFor(hub, dir, { limit: null, dbPath: path.join(dir, "not-a-folder", "hub.duckdb") });
    // The error names the database path it could not write, not some other failure.
    await expect(crawl(broken, { log: () => {} })).rejects.toThrow(/not-a-folder/);
    const requestsMade = hub.requests.length;
    expect(requestsMade).toBeGreaterThan(0);

    const { run } = await crawl(configFor(hub, dir, { limit: null }), { log: () => {} });
    expect(hub.requests).toHaveLength(requestsMade);
    expect(run.requests_api).toBe(0);
    expect(run.models).toBeGreaterThan(0);
  });
});

describe("crawl a Hub made from the real snapshot", () => {
  it("keeps the snapshot's text-generation models in likes order, with their owners as authors", async () => {
    const dataset = await datasetFromSnapshot(SNAPSHOT);
    const hub = await serve(dataset);
    const dir = tempDir();
    const { run, skipped } = await crawl(configFor(hub, dir, { limit: null }), { log: () => {} });
    const expected = ranking(dataset).filter(isUsable);
    expect(expected.length).toBeGreaterThan(100);

    const dbPath = path.join(dir, "hub.duckdb");
    const models = await queryDatabase<Record<string, unknown>>(dbPath, "SELECT id, author FROM models ORDER BY rank");
    expect(models.map((m) => m.id)).toEqual(expected.map((m) => m.id));
    expect(models[0].id).toBe("deepseek-ai/DeepSeek-R1");
    expect(models.every((m) => m.author === ownerOf(m.id as string))).toBe(true);
    expect(skipped).toHaveLength(ranking(dataset).length - expected.length);

    const authors = await queryDatabase<Record<string, unknown>>(dbPath, "SELECT name, type FROM authors");
    const typeOf = new Map(dataset.authors.map((a) => [a.name, a.type]));
    expect(authors).toHaveLength(new Set(expected.map((m) => ownerOf(m.id))).size);
    for (const author of authors) expect(author.type).toBe(typeOf.get(author.name as string));
    expect(listingRequests(hub)).toHaveLength(1);
    expect(run.authors).toBe(authors.length);
  });
});
