// The website's JSON listing (/models-json) as the mock Hub serves it, and as the crawler reads it
// for author types and the Hub's own counts. Shapes are checked against the recorded /api/trending
// items (same authorData), from the recorded Hub data.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createHubClient } from "../src/data-loaders/hub/client.ts";
import { authorNeeds, lookUpAuthors } from "../src/data-loaders/hub/author-sources.ts";
import { loadKnownAuthors } from "../src/data-loaders/hub/known-authors.ts";
import { fetchModelsJsonFacts, modelsJsonPath } from "../src/data-loaders/hub/models-json.ts";
import { generateSampleHub } from "../src/mock-hub/sample.ts";
import type { MockHub, MockHubOptions } from "../src/mock-hub/server.ts";
import type { MockHubDataset, MockModelRecord } from "../src/mock-hub/types.ts";
import { TRENDING_FILES } from "./fixtures/recorded.ts";
import { scratchDir, startTestHub } from "./fixtures/scratch.ts";

async function serve(dataset: MockHubDataset, options: Partial<MockHubOptions> = {}): Promise<MockHub> {
  return startTestHub({ dataset, ...options });
}

function clientFor(hub: MockHub) {
  const dir = scratchDir("hub-models-json-");
  return createHubClient({ endpoint: hub.url, token: null, cacheDir: dir, offline: false, log: () => {}, sleep: async () => {} });
}

/** Keys seen in the recorded website JSON, per level. */
function recordedKeys(): { item: Set<string>; authorData: Set<string> } {
  const item = new Set<string>();
  const authorData = new Set<string>();
  for (const file of TRENDING_FILES) {
    const recorded = JSON.parse(readFileSync(file, "utf8")) as Record<string, { repoData: Record<string, unknown> }>;
    for (const { repoData } of Object.values(recorded)) {
      for (const key of Object.keys(repoData)) item.add(key);
      for (const key of Object.keys(repoData.authorData as object)) authorData.add(key);
    }
  }
  return { item, authorData };
}

/** The likes ranking of text-generation models as the API and the website both order it. */
function ranking(dataset: MockHubDataset): MockModelRecord[] {
  return dataset.models
    .filter((m) => m.pipeline_tag === "text-generation")
    .sort((a, b) => {
      const [x, y] = [a.likes ?? null, b.likes ?? null];
      if ((x === null) !== (y === null)) return x === null ? 1 : -1;
      if (x !== null && y !== null && x !== y) return y - x;
      return a.id < b.id ? -1 : 1;
    });
}

const dataset = generateSampleHub({ models: 300, seed: 21 });

describe("the mock Hub's /models-json", () => {
  it("serves 30 models a page in likes order, with the page index and the total", async () => {
    const hub = await serve(dataset);
    const expected = ranking(dataset);
    const lastPage = Math.ceil(expected.length / 30) - 1;
    const first = await (await fetch(`${hub.url}${modelsJsonPath("text-generation", 0)}`)).json();
    const last = await (await fetch(`${hub.url}${modelsJsonPath("text-generation", lastPage)}`)).json();
    expect(first.models.map((m: { id: string }) => m.id)).toEqual(expected.slice(0, 30).map((m) => m.id));
    expect(last.models.map((m: { id: string }) => m.id)).toEqual(expected.slice(lastPage * 30).map((m) => m.id));
    expect(first).toMatchObject({ numItemsPerPage: 30, numTotalItems: expected.length, pageIndex: 0 });
    expect(last.pageIndex).toBe(lastPage);
    const beyond = await (await fetch(`${hub.url}${modelsJsonPath("text-generation", lastPage + 1)}`)).json();
    expect(beyond.models).toEqual([]);
    expect(hub.requests.every((r) => r.bucket === "pages")).toBe(true);
    expect((await fetch(`${hub.url}/models-json?p=-1`)).status).toBe(400);
    expect((await fetch(`${hub.url}/models-json?p=0&sort=stars`)).status).toBe(400);
  });

  it("gives items the recorded website shape: authorData from the author's account, numParameters when the Hub counts", async () => {
    const hub = await serve(dataset);
    const recorded = recordedKeys();
    const authors = new Map(dataset.authors.map((a) => [a.name, a]));
    const byId = new Map(dataset.models.map((m) => [m.id, m]));
    const page = await (await fetch(`${hub.url}${modelsJsonPath("text-generation", 0)}`)).json();
    for (const item of page.models) {
      for (const key of Object.keys(item)) expect(recorded.item, key).toContain(key);
      for (const key of Object.keys(item.authorData)) expect(recorded.authorData, key).toContain(key);
      const author = authors.get(item.author)!;
      expect(item.authorData).toMatchObject({ name: author.name, type: author.type, followerCount: author.numFollowers ?? 0 });
      if (author.type === "org") expect(item.authorData.plan).toBe(author.plan);
      else expect(item.authorData.isPro).toBe(author.isPro ?? false);
      const record = byId.get(item.id)!;
      expect(item.numParameters).toBe(record.safetensors?.total ?? record.gguf?.total ?? record.pageParams);
    }
    // Nothing mock-only leaks out.
    expect(JSON.stringify(page)).not.toMatch(/pageParams|weightFiles/);
  });
});

describe("fetchModelsJsonFacts", () => {
  it("stops reading as soon as every wanted author is typed", async () => {
    const hub = await serve(dataset);
    const top = ranking(dataset).slice(0, 30);
    const facts = await fetchModelsJsonFacts(clientFor(hub), {
      pipelineTag: "text-generation",
      authors: top.map((m) => m.author!),
      limit: 30,
    });
    expect(facts.pagesRead).toBe(1);
    expect(facts.failure).toBeNull();
    expect([...facts.seen]).toEqual(top.map((m) => m.id));
    const counted = top.filter((m) => (m.safetensors?.total ?? m.gguf?.total ?? m.pageParams) !== undefined);
    expect(facts.numParameters.size).toBe(counted.length);
  });

  it("reads no further than the ranking's pages plus a little slack, even when an author never shows up", async () => {
    const hub = await serve(dataset);
    const facts = await fetchModelsJsonFacts(clientFor(hub), { pipelineTag: "text-generation", authors: ["nobody-at-all"], limit: 60 });
    expect(facts.pagesRead).toBe(2 + 3);
    expect(facts.authors.has("nobody-at-all")).toBe(false);
  });

  it("does not throw when the listing fails: it reports why, in a log line, with what it read", async () => {
    const hub = await serve(dataset, {
      faults: [{ match: "/models-json", fault: { kind: "status", status: 500 }, after: 1, times: Infinity }],
    });
    const lines: string[] = [];
    const facts = await fetchModelsJsonFacts(clientFor(hub), {
      pipelineTag: "text-generation",
      authors: dataset.authors.map((a) => a.name),
      limit: null,
      log: (line) => lines.push(line),
    });
    expect(facts.pagesRead).toBe(1);
    expect(facts.failure).toMatch(/HTTP 500/);
    expect(facts.seen.size).toBe(30);
    expect(lines.some((line) => /models-json\) failed after 1 pages, falling back to author overviews/.test(line))).toBe(true);
  });

  it("treats an answer of another shape as a failure, not as an empty ranking", async () => {
    const hub = await serve(dataset);
    const client = clientFor(hub);
    const odd = {
      ...client,
      getJson: async () => ({ url: "", status: 200, body: [{ id: "a/b" }], headers: {} as never, fromCache: false, fetchedAt: 0 }),
    };
    const facts = await fetchModelsJsonFacts(odd as typeof client, { pipelineTag: "text-generation", authors: ["a"], limit: 30 });
    expect(facts.failure).toMatch(/without a "models" array/);
  });
});

describe("lookUpAuthors", () => {
  it("asks the overview endpoints only for authors the listing did not type, and remembers both for good", async () => {
    const hub = await serve(dataset);
    const [listedName, unlistedName] = dataset.authors.map((a) => a.name);
    const listed = new Map([[listedName, { name: listedName, type: "org" as const, followerCount: 5 }]]);
    const cacheDir = scratchDir("hub-known-authors-");
    const known = loadKnownAuthors(cacheDir);
    const needs = authorNeeds([listedName, unlistedName, listedName], known, Date.now(), 86_400_000);
    expect(needs.untyped).toEqual([listedName, unlistedName]);
    const { overviews, from } = await lookUpAuthors(clientFor(hub), needs, { authors: listed, fetchedAt: new Map() }, known, {
      now: Date.now,
    });
    expect([...overviews.keys()]).toEqual([listedName, unlistedName]);
    expect(overviews.get(listedName)).toEqual({ kind: "listing", authorData: listed.get(listedName) });
    expect(overviews.get(unlistedName)?.kind).toBe(dataset.authors[1].type);
    expect(from).toMatchObject({ websiteListing: 1, overviews: 1, kept: 0, unknown: 0 });
    expect(hub.requests.every((r) => r.path.includes(`/${encodeURIComponent(unlistedName)}/overview`))).toBe(true);

    known.save();
    const again = loadKnownAuthors(cacheDir);
    expect(again.get(listedName)?.kind).toBe("org");
    expect(again.get(unlistedName)?.kind).toBe(dataset.authors[1].type);
    expect(authorNeeds([listedName, unlistedName], again, Date.now(), 86_400_000)).toMatchObject({ untyped: [], stale: [] });
  });
});
