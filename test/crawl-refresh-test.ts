// A scheduled `--refresh`: the listing is fetched again (likes and downloads move), per-model
// enrichment is reused while a model's sha is unchanged, author data while it is younger than the
// TTL; the run says how many requests that saved.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeConfig } from "../src/config/config.ts";
import { crawl } from "../src/data-loaders/crawl/crawl.ts";
import { createHubClient } from "../src/data-loaders/hub/client.ts";
import { createModelCache } from "../src/data-loaders/hub/model-cache.ts";
import { generateSampleHub } from "../src/mock-hub/sample.ts";
import type { MockHub, MockRequestLog } from "../src/mock-hub/server.ts";
import type { MockHubDataset, MockModelRecord } from "../src/mock-hub/types.ts";
import { queryDatabase } from "./fixtures/db.ts";
import { scratchDir, startTestHub } from "./fixtures/scratch.ts";

const ROOMY_QUOTA = { api: 100_000, resolvers: 100_000, pages: 100_000 };
const PAGE_SIZE = 25;
const LIMIT = 100;
const DAY_MS = 86_400_000;

function tempDir(): string {
  const dir = scratchDir("hub-refresh-");
  return dir;
}

async function serve(dataset: MockHubDataset): Promise<MockHub> {
  return startTestHub({ dataset, maxLimit: PAGE_SIZE, quota: ROOMY_QUOTA, tokenQuota: ROOMY_QUOTA });
}

const isListing = (r: MockRequestLog) => r.path.startsWith("/api/models?");
const isAuthorLookup = (r: MockRequestLog) => /^\/api\/(organizations|users)\//.test(r.path);
/** The website listing (/models-json): fetched again on refresh like the API listing. */
const isWebsiteListing = (r: MockRequestLog) => r.path.startsWith("/models-json");
/** A request about one model (its page, its files, its API object): the model id is in the path. */
function modelOf(r: MockRequestLog, ids: readonly string[]): string | null {
  const pathname = decodeURIComponent(r.path.split("?")[0]);
  return ids.find((id) => pathname === `/${id}` || pathname.startsWith(`/${id}/`) || pathname.startsWith(`/api/models/${id}`)) ?? null;
}

/**
 * The next state of the Hub: the top models gained likes, a third of all models gained downloads,
 * and a few models got a new commit. The likes keep the ranking's order: when the order changes, a
 * model can newly need an enrichment it never had (it left the website listing's pages, say),
 * which is a first fetch, not a refetch, and would blur what this test counts.
 */
function evolve(dataset: MockHubDataset, topIds: ReadonlySet<string>, changedIds: ReadonlySet<string>): MockHubDataset {
  return {
    authors: dataset.authors,
    models: dataset.models.map((model, index): MockModelRecord => {
      const next = { ...model };
      if (typeof model.likes === "number" && topIds.has(model.id)) next.likes = model.likes + 1000;
      if (typeof model.downloads === "number" && index % 3 === 0) next.downloads = model.downloads + 7;
      if (changedIds.has(model.id)) {
        next.sha = `${(model.sha ?? "0").slice(0, 30)}beef${String(index).padStart(6, "0")}`.slice(0, 40);
        next.lastModified = "2026-08-02T00:00:00.000Z";
      }
      return next;
    }),
  };
}

describe("crawl --refresh", () => {
  // Without the API's safetensors count a quarter of the models need a fetch of their own
  // (safetensors header or model page): the expensive per-model enrichment a refresh should reuse.
  const sample = generateSampleHub({ models: 200, seed: 17 });
  const before: MockHubDataset = {
    authors: sample.authors,
    models: sample.models.map((model, index) => (index % 4 === 0 ? { ...model, safetensors: undefined } : model)),
  };

  it("refetches the listing, reuses unchanged models and authors, and fetches again only the changed models", async () => {
    const dir = tempDir();
    const config = (hub: MockHub) =>
      normalizeConfig({ endpoint: hub.url, cacheDir: path.join(dir, "cache"), dbPath: path.join(dir, "hub.duckdb"), limit: LIMIT }, {});

    const first = await serve(before);
    await crawl(config(first), { log: () => {} });
    const crawledIds = (
      await queryDatabase<Record<string, unknown>>(path.join(dir, "hub.duckdb"), "SELECT id FROM models ORDER BY rank")
    ).map((r) => r.id as string);
    // Models whose first crawl cost a request of their own: the ones a change would cost again.
    const enrichedIds = [...new Set(first.requests.map((r) => modelOf(r, crawledIds)).filter((id): id is string => id !== null))];
    expect(enrichedIds.length).toBeGreaterThan(4);
    const changed = new Set([...crawledIds.slice(0, 3), ...enrichedIds.slice(0, 3)]);

    const after = evolve(before, new Set(crawledIds.slice(0, 10)), changed);
    const second = await serve(after);
    const lines: string[] = [];
    const { run } = await crawl(config(second), { refresh: true, log: (line) => lines.push(line) });

    const listing = second.requests.filter(isListing);
    expect(listing).toHaveLength(first.requests.filter(isListing).length);
    expect(second.requests.filter(isAuthorLookup)).toEqual([]);
    const others = second.requests.filter((r) => !isListing(r) && !isWebsiteListing(r) && !isAuthorLookup(r));
    const perModel = others.map((r) => modelOf(r, crawledIds));
    // Nothing but listings and per-model fetches, and those only for models that changed...
    expect(perModel.filter((id) => id === null)).toEqual([]);
    expect(perModel.filter((id) => !changed.has(id!))).toEqual([]);
    // ...and every changed model that cost a request the first time costs one again.
    const changedAndEnriched = enrichedIds.filter((id) => changed.has(id));
    expect(new Set(perModel)).toEqual(new Set(changedAndEnriched));

    // The new likes are in the database.
    const likesNow = new Map(after.models.map((m) => [m.id, m.likes]));
    const rows = await queryDatabase<Record<string, unknown>>(path.join(dir, "hub.duckdb"), "SELECT id, likes FROM models");
    for (const row of rows) expect(Number(row.likes)).toBe(likesNow.get(row.id as string));

    expect(run.refresh).toBe(true);
    expect(run.requests_saved).toBeGreaterThan(0);
    expect(lines.find((l) => l.startsWith("done: "))).toContain(`${run.requests_saved} requests saved`);
    const runs = await queryDatabase<Record<string, unknown>>(
      path.join(dir, "hub.duckdb"),
      "SELECT refresh, requests_saved FROM crawl_runs ORDER BY started_at",
    );
    expect(runs).toEqual([
      { refresh: false, requests_saved: 0 },
      { refresh: true, requests_saved: run.requests_saved },
    ]);
  });

  it("asks for author data again once it is older than --author-ttl-days, and not before", async () => {
    const dir = tempDir();
    const hub = await serve(before);
    const config = normalizeConfig(
      { endpoint: hub.url, cacheDir: path.join(dir, "cache"), dbPath: path.join(dir, "hub.duckdb"), limit: LIMIT },
      {},
    );
    await crawl(config, { log: () => {} });

    const sixDaysLater = Date.now() + 6 * DAY_MS;
    let count = hub.requests.length;
    await crawl(config, { refresh: true, authorTtlDays: 7, now: () => sixDaysLater, log: () => {} });
    expect(hub.requests.slice(count).filter(isAuthorLookup)).toEqual([]);

    const eightDaysLater = Date.now() + 8 * DAY_MS;
    count = hub.requests.length;
    await crawl(config, { refresh: true, authorTtlDays: 7, now: () => eightDaysLater, log: () => {} });
    // Every author is due now. The website listing's pages refresh the authors they show, read
    // while a page refreshes enough of them (models-json.ts); an overview refreshes each of the rest.
    const later = hub.requests.slice(count);
    const pages = later.filter(isWebsiteListing);
    expect(pages.length).toBeGreaterThan(0);
    const onPages = new Set<string>();
    for (const page of pages) {
      const body = (await (await fetch(`${hub.url}${page.path}`)).json()) as { models: { author: string }[] };
      for (const model of body.models) onPages.add(model.author);
    }
    const authors = (await queryDatabase<{ name: string }>(path.join(dir, "hub.duckdb"), "SELECT name FROM authors")).map((r) => r.name);
    const overviews = later.filter(isAuthorLookup).map((r) => r.path.split("/")[3]);
    expect(overviews.sort()).toEqual(authors.filter((name) => !onPages.has(name)).sort());
  });
});

describe("the per-model cache", () => {
  const dataset: MockHubDataset = {
    models: [
      { id: "acme/tiny-7B", author: "acme", likes: 3, downloads: 4, pipeline_tag: "text-generation", tags: [], sha: "a".repeat(40) },
    ],
    authors: [],
  };
  const fetchModel = (client: Parameters<Parameters<ReturnType<typeof createModelCache>["reuseOrFetch"]>[2]>[0]) =>
    client.getJson<{ id: string }>("/api/models/acme/tiny-7B").then((response) => response.body!.id);

  it("reuses a result while the sha is the same, and fetches past the HTTP cache when it changes", async () => {
    const hub = await serve(dataset);
    const cacheDir = tempDir();
    const client = createHubClient({ endpoint: hub.url, token: null, cacheDir, offline: false, log: () => {} });
    const cache = createModelCache({ cacheDir, client });
    const v1 = { id: "acme/tiny-7B", sha: "a".repeat(40) };

    expect(await cache.reuseOrFetch("api-object", v1, fetchModel)).toBe("acme/tiny-7B");
    expect(await cache.reuseOrFetch("api-object", v1, fetchModel)).toBe("acme/tiny-7B");
    expect(hub.requests).toHaveLength(1);
    expect(client.stats().cacheHits).toBe(0);
    expect(cache.stats()).toEqual({ reused: 1, fetched: 1, requestsSaved: 1 });

    // A new commit: the cached HTTP answer is about the old one, so it is not used.
    const v2 = { id: "acme/tiny-7B", sha: "b".repeat(40) };
    await cache.reuseOrFetch("api-object", v2, fetchModel);
    expect(hub.requests).toHaveLength(2);
    // Another process (a new run) finds the stored result.
    const nextRun = createModelCache({ cacheDir, client });
    await nextRun.reuseOrFetch("api-object", v2, fetchModel);
    expect(hub.requests).toHaveLength(2);
    expect(nextRun.stats().reused).toBe(1);
  });

  it("falls back on lastModified, and always fetches a model with neither (through the HTTP cache)", async () => {
    const hub = await serve(dataset);
    const cacheDir = tempDir();
    const client = createHubClient({ endpoint: hub.url, token: null, cacheDir, offline: false, log: () => {} });
    const cache = createModelCache({ cacheDir, client });
    const dated = { id: "acme/tiny-7B", lastModified: "2026-01-01T00:00:00.000Z" };
    await cache.reuseOrFetch("api-object", dated, fetchModel);
    await cache.reuseOrFetch("api-object", dated, fetchModel);
    expect(cache.stats().reused).toBe(1);

    const unversioned = { id: "acme/tiny-7B" };
    await cache.reuseOrFetch("api-object", unversioned, fetchModel);
    await cache.reuseOrFetch("api-object", unversioned, fetchModel);
    expect(cache.stats()).toMatchObject({ reused: 1, fetched: 3 });
    expect(hub.requests).toHaveLength(1);
  });

  it("rejects a kind that cannot be a folder name", async () => {
    const hub = await serve(dataset);
    const cacheDir = tempDir();
    const client = createHubClient({ endpoint: hub.url, token: null, cacheDir, offline: false, log: () => {} });
    await expect(createModelCache({ cacheDir, client }).reuseOrFetch("../x", { id: "a/b", sha: "c" }, async () => 1)).rejects.toThrow(
      /lower-case letters/,
    );
  });
});
