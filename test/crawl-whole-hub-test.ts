// The rules that keep a whole-Hub crawl cheap, at small scale: the model page is read only for a
// record that lacks the parameter fields; the website listing is used to its end when it serves
// every page, and the overviews take the authors it did not type when it stops; an author's kind
// is looked up once for good, and plan and follower counts only after their TTL.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { normalizeConfig } from "../src/config/config.ts";
import { crawl, DEFAULT_AUTHOR_TTL_DAYS } from "../src/data-loaders/crawl/crawl.ts";
import { generateSampleHub } from "../src/mock-hub/sample.ts";
import type { MockHubOptions, MockRequestLog } from "../src/mock-hub/server.ts";
import { queryDatabase } from "./fixtures/db.ts";
import { scratchDir, startTestHub } from "./fixtures/scratch.ts";

const DAY_MS = 86_400_000;
const dataset = generateSampleHub({ models: 400, seed: 4 });
const textGeneration = dataset.models.filter((m) => m.pipeline_tag === "text-generation" && typeof m.likes === "number");
const owners = new Set(textGeneration.map((m) => m.author ?? m.id.split("/")[0]));
const kindOf = new Map(dataset.authors.map((a) => [a.name, a.type]));

async function setUp(hubOptions: Partial<MockHubOptions> = {}) {
  const hub = await startTestHub({ dataset, windowMs: 1000, ...hubOptions });
  const dir = scratchDir("hub-whole-");
  const config = normalizeConfig(
    { endpoint: hub.url, cacheDir: path.join(dir, "cache"), dbPath: path.join(dir, "hub.duckdb"), limit: null },
    {},
  );
  const clock = { now: Date.parse("2026-01-05T05:17:00Z") };
  const run = async (options: { refresh?: boolean; fetch?: typeof fetch } = {}) => {
    const before = hub.requests.length;
    const lines: string[] = [];
    const result = await crawl(config, { ...options, log: (line) => lines.push(line), sleep: async () => {}, now: () => clock.now });
    return { ...result, lines, requests: hub.requests.slice(before) };
  };
  return { hub, config, clock, run };
}

const websitePages = (requests: MockRequestLog[]) => requests.filter((r) => r.path.startsWith("/models-json"));
const overviews = (requests: MockRequestLog[]) => requests.filter((r) => /^\/api\/(organizations|users)\//.test(r.path));
const modelPages = (requests: MockRequestLog[]) => requests.filter((r) => r.bucket === "pages" && !r.path.startsWith("/models-json"));

describe("the model page", () => {
  it("is never read for a model whose listing record answered safetensors and gguf, null included", async () => {
    const { run } = await setUp({ modelsJsonPageCap: 0 });
    const { requests, sources } = await run();
    expect(textGeneration.some((m) => !m.safetensors && !m.gguf)).toBe(true);
    expect(modelPages(requests)).toEqual([]);
    expect(sources.find((s) => s.source === "model-pages")).toMatchObject({ requests: 0, counts: 0 });
  });

  it("stays the fallback for records that lack the fields (a server that ignores expand)", async () => {
    // The listing asked with expand, answered as if it had not been: no safetensors, no gguf, no files.
    const ignoresExpand = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = new URL(String(input));
      if (url.pathname === "/api/models") for (const key of ["expand[]", "expand"]) url.searchParams.delete(key);
      return globalThis.fetch(url, init);
    }) as typeof fetch;
    const { run, config } = await setUp({
      faults: [{ match: "/models-json", fault: { kind: "status", status: 500 }, times: Infinity }],
    });
    const { requests, sources } = await run({ fetch: ignoresExpand });
    const pageCounted = textGeneration.filter((m) => m.safetensors?.total !== undefined || m.pageParams !== undefined);
    expect(modelPages(requests).length).toBeGreaterThanOrEqual(pageCounted.length);
    const rows = await queryDatabase<Record<string, unknown>>(
      config.dbPath,
      "SELECT count(*) AS n FROM models WHERE params_source = 'model-page'",
    );
    expect(Number(rows[0].n)).toBeGreaterThan(0);
    expect(sources.find((s) => s.source === "model-pages")).toMatchObject({
      requests: modelPages(requests).length,
      counts: Number(rows[0].n),
    });
  });
});

describe("the website listing", () => {
  it("is used to the end when it serves every page: every author typed by it, no overview", async () => {
    const { run } = await setUp();
    const { requests, sources, lines } = await run();
    expect(websitePages(requests).every((r) => r.status === 200)).toBe(true);
    expect(overviews(requests)).toEqual([]);
    expect(sources.find((s) => s.source === "website-listing")).toMatchObject({
      requests: websitePages(requests).length,
      authors: owners.size,
    });
    expect(lines.some((line) => /^sources: .*author overviews 0 requests, 0 counts, 0 authors/.test(line))).toBe(true);
  });

  it("stops where the site stops paging (an error past page 1), and the overviews type the rest", async () => {
    const { run, config } = await setUp({ modelsJsonPageCap: 1 });
    const { requests, sources, lines } = await run();
    // Pages 0 and 1, then the refused page 2; a 400 is not retried.
    expect(websitePages(requests).map((r) => r.status)).toEqual([200, 200, 400]);
    expect(lines.some((line) => /models-json\) failed after 2 pages, falling back to author overviews/.test(line))).toBe(true);
    const website = sources.find((s) => s.source === "website-listing")!;
    const fromOverviews = sources.find((s) => s.source === "author-overviews")!;
    expect(website.authors).toBeGreaterThan(0);
    expect(website.authors! + fromOverviews.authors!).toBe(owners.size);
    expect(fromOverviews.requests).toBe(overviews(requests).length);
    const authors = await queryDatabase<Record<string, unknown>>(config.dbPath, "SELECT name, type FROM authors");
    for (const author of authors) expect(author.type, String(author.name)).toBe(kindOf.get(author.name as string));
  });
});

describe("the website listing's parameter counts", () => {
  it("are kept only for models the API listing does not count, and a week later, unread, give the same counts", async () => {
    const { run, clock, config } = await setUp();
    await run();
    const counts = () =>
      queryDatabase<Record<string, unknown>>(
        config.dbPath,
        "SELECT id, params, params_source, params_stored, params_stored_source FROM models ORDER BY id",
      );
    const first = await counts();
    const fromWebsite = first.filter((row) => row.params_stored_source === "hub-listing");
    expect(fromWebsite.length).toBeGreaterThan(0);
    // One kept count per model that took its count from the website listing, none for the others.
    const kept = readdirSync(path.join(config.cacheDir, "models", "website-listing-count"));
    expect(kept.length).toBe(fromWebsite.length);

    clock.now += 7 * DAY_MS;
    const week = await run({ refresh: true });
    expect(websitePages(week.requests)).toEqual([]);
    expect(await counts()).toEqual(first);
  });
});

describe("authors across weekly runs", () => {
  for (const [path, hubOptions] of [
    ["through the overviews (website listing capped at page 0)", { modelsJsonPageCap: 0 }],
    ["through the website listing", {}],
  ] as const) {
    it(`keeps their kind for good and refreshes plan and followers after ${DEFAULT_AUTHOR_TTL_DAYS} days, ${path}`, async () => {
      const { run, clock, config } = await setUp(hubOptions);
      await run();
      const followers = async () =>
        new Map(
          (await queryDatabase<Record<string, unknown>>(config.dbPath, "SELECT name, followers FROM authors")).map((r) => [
            r.name as string,
            Number(r.followers),
          ]),
        );
      const firstFollowers = await followers();
      for (const author of dataset.authors) author.numFollowers = (author.numFollowers ?? 0) + 1000;
      onTestFinished(() => {
        for (const author of dataset.authors) author.numFollowers = (author.numFollowers ?? 0) - 1000;
      });

      // A week later: the listing again, no author asked for anything.
      clock.now += 7 * DAY_MS;
      const week = await run({ refresh: true });
      expect(overviews(week.requests)).toEqual([]);
      expect(websitePages(week.requests)).toEqual([]);
      expect(await followers()).toEqual(firstFollowers);
      expect(week.lines.some((line) => new RegExp(`authors kept from earlier runs ${owners.size}\\b`).test(line))).toBe(true);

      // 30 days after the first run: plan and followers again, and only those. No author's kind is
      // probed (no overview answers 404), and the new follower counts reach the database.
      clock.now += 23 * DAY_MS;
      const month = await run({ refresh: true });
      expect(overviews(month.requests).filter((r) => r.status === 404)).toEqual([]);
      expect(overviews(month.requests).length + websitePages(month.requests).length).toBeGreaterThan(0);
      for (const r of overviews(month.requests)) {
        const name = decodeURIComponent(r.path.split("/")[3]);
        expect(r.path.startsWith(kindOf.get(name) === "org" ? "/api/organizations/" : "/api/users/")).toBe(true);
      }
      const refreshed = await followers();
      for (const [name, count] of refreshed) expect(count, name).toBe(firstFollowers.get(name)! + 1000);
    });
  }
});
