// Which sources the crawl asks, and how much: the website listing types the authors of a 3000-model
// crawl in ~100 requests (no overviews), the overviews take over when that listing fails, and the
// parameter cascade reads weight headers and model pages only for models still without a count.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeConfig } from "../src/config/config.ts";
import { crawl } from "../src/data-loaders/crawl/crawl.ts";
import { generateSampleHub } from "../src/mock-hub/sample.ts";
import type { MockHub, MockHubOptions } from "../src/mock-hub/server.ts";
import type { MockHubDataset, MockModelRecord } from "../src/mock-hub/types.ts";
import { queryDatabase } from "./fixtures/db.ts";
import { scratchDir, startTestHub } from "./fixtures/scratch.ts";

async function crawlOf(
  dataset: MockHubDataset,
  limit: number | null,
  options: Partial<MockHubOptions> = {},
  fetchImpl: typeof fetch = globalThis.fetch,
) {
  const hub = await startTestHub({ dataset, windowMs: 1000, ...options });
  const dir = scratchDir("hub-crawl-sources-");
  const dbPath = path.join(dir, "hub.duckdb");
  const lines: string[] = [];
  const config = normalizeConfig({ endpoint: hub.url, cacheDir: path.join(dir, "cache"), dbPath, limit }, {});
  const { run } = await crawl(config, { log: (line) => lines.push(line), sleep: async () => {}, fetch: fetchImpl });
  return { hub, run, lines, dbPath };
}

const kindOf = (hub: MockHub) => {
  const count = (test: (p: string) => boolean) => hub.requests.filter((r) => test(r.path)).length;
  return {
    listing: count((p) => p.startsWith("/api/models?")),
    modelsJson: count((p) => p.startsWith("/models-json?")),
    overviews: count((p) => /^\/api\/(organizations|users)\//.test(p)),
    resolve: count((p) => p.includes("/resolve/")),
    modelPages: hub.requests.filter((r) => r.bucket === "pages" && !r.path.startsWith("/models-json")).length,
    configJson: count((p) => p.includes("/resolve/") && p.endsWith("config.json")),
  };
};

describe("a 3000-model crawl", () => {
  it("types every author from ~100 website listing pages, with 3 listing requests and no overview", async () => {
    const dataset = generateSampleHub({ models: 4200, seed: 1 });
    expect(dataset.models.filter((m) => m.pipeline_tag === "text-generation").length).toBeGreaterThan(3000);
    const { hub, dbPath } = await crawlOf(dataset, 3000);
    const asked = kindOf(hub);
    expect(asked.listing).toBeLessThanOrEqual(3);
    expect(asked.modelsJson).toBeGreaterThanOrEqual(90);
    expect(asked.modelsJson).toBeLessThanOrEqual(Math.ceil(3000 / 30) + 3);
    expect(asked.overviews).toBe(0);
    // Every uncounted model was on the website listing, which shows what its page would: no page reads.
    expect(asked.modelPages).toBe(0);
    expect(asked.configJson).toBe(0);

    const typeOf = new Map(dataset.authors.map((a) => [a.name, a]));
    const authors = await queryDatabase<Record<string, unknown>>(dbPath, "SELECT name, type, plan, followers, is_pro FROM authors");
    for (const author of authors) {
      const truth = typeOf.get(author.name as string)!;
      expect(author.type, String(author.name)).toBe(truth.type);
      expect(author.plan).toBe(truth.type === "org" ? (truth.plan ?? null) : null);
      expect(Number(author.followers)).toBe(truth.numFollowers ?? 0);
    }

    // Header-only repos (safetensors files, no summary) are counted from their headers, exactly.
    const byId = new Map(dataset.models.map((m) => [m.id, m]));
    const headerRows = await queryDatabase<Record<string, unknown>>(
      dbPath,
      "SELECT id, params, params_evidence FROM models WHERE params_source = 'safetensors-header'",
    );
    expect(headerRows.length).toBeGreaterThan(0);
    for (const row of headerRows) {
      const record = byId.get(row.id as string)!;
      const truth = record
        .weightFiles!.flatMap((f) => Object.values(f.tensors))
        .reduce((s, t) => s + t.shape.reduce((a, b) => a * b, 1), 0);
      expect(Number(row.params), String(row.id)).toBe(truth);
      expect(row.params_evidence).toMatch(/safetensors header of/);
    }
    // Pickle-only repos the Hub still counts take the website listing's numParameters.
    const listingRows = await queryDatabase<Record<string, unknown>>(
      dbPath,
      "SELECT id, params FROM models WHERE params_source = 'hub-listing'",
    );
    expect(listingRows.length).toBeGreaterThan(0);
    for (const row of listingRows) expect(Number(row.params)).toBe(byId.get(row.id as string)!.pageParams);
  }, 120_000);
});

describe("when the website listing fails", () => {
  const dataset = generateSampleHub({ models: 400, seed: 4 });
  const textGeneration = dataset.models.filter((m) => m.pipeline_tag === "text-generation");

  // The endpoint is undocumented: it may break (500) or disappear (404, as if it never existed).
  const failures: [string, Partial<MockHubOptions>, typeof fetch][] = [
    ["answers 500", { faults: [{ match: "/models-json", fault: { kind: "status", status: 500 }, times: Infinity }] }, globalThis.fetch],
    [
      "answers 404",
      {},
      (async (input: string | URL | Request, init?: RequestInit) =>
        String(input).includes("/models-json")
          ? new Response('{"error":"Not Found"}', { status: 404, headers: { "Content-Type": "application/json" } })
          : globalThis.fetch(input, init)) as typeof fetch,
    ],
  ];
  for (const [how, hubOptions, fetchImpl] of failures) {
    it(`falls back to the overviews for the authors, and still reads no model page (models-json ${how})`, async () => {
      const { hub, run, lines, dbPath } = await crawlOf(dataset, null, hubOptions, fetchImpl);
      const asked = kindOf(hub);
      expect(asked.overviews).toBeGreaterThan(0);
      expect(lines.some((line) => /models-json\) failed after 0 pages, falling back/.test(line))).toBe(true);
      expect(run.models).toBeGreaterThan(0);

      const typeOf = new Map(dataset.authors.map((a) => [a.name, a.type]));
      const authors = await queryDatabase<Record<string, unknown>>(dbPath, "SELECT name, type FROM authors");
      for (const author of authors) expect(author.type).toBe(typeOf.get(author.name as string));

      // Every listing record answered safetensors and gguf (null included), and the page shows the
      // same data: uncounted models take their count from the name, not from a page.
      const uncounted = textGeneration.filter((m: MockModelRecord) => !m.safetensors && m.gguf?.total === undefined);
      expect(uncounted.length).toBeGreaterThan(0);
      expect(asked.modelPages).toBe(0);
      expect(lines.some((line) => /^sources: .*model pages 0 requests, 0 counts/.test(line))).toBe(true);
      expect(asked.configJson).toBe(0);
    });
  }
});
