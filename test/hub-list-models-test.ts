import { describe, expect, it } from "vitest";
import { createHubClient } from "../src/data-loaders/hub/client.ts";
import { LISTING_EXPAND, listModels, nextLink, type ListedPage } from "../src/data-loaders/hub/list-models.ts";
import type { MockHubDataset, MockModelRecord } from "../src/mock-hub/types.ts";
import { scratchDir, startTestHub, startTestServer } from "./fixtures/scratch.ts";

const tempDir = () => scratchDir("hub-list-");

/** `count` text-generation models with distinct like counts, plus a few of another task. */
function dataset(count: number): MockHubDataset {
  const models: MockModelRecord[] = [];
  for (let i = 0; i < count; i++) {
    models.push({
      id: `owner${i % 7}/model-${i}`,
      author: `owner${i % 7}`,
      likes: 10 * i + 5,
      downloads: i,
      pipeline_tag: "text-generation",
    });
  }
  models.push({ id: "other/vision", author: "other", likes: 1_000_000, downloads: 1, pipeline_tag: "image-text-to-text" });
  return { models, authors: [] };
}

function serve(data: MockHubDataset, maxLimit?: number) {
  return startTestHub({ dataset: data, maxLimit });
}

function clientFor(endpoint: string, cacheDir: string, offline = false) {
  return createHubClient({ endpoint, token: null, cacheDir, offline, log: () => {} });
}

describe("listModels", () => {
  it("asks for the likes ranking of the task with every expand field, and follows Link to the limit", async () => {
    const hub = await serve(dataset(25), 10);
    const pages: ListedPage[] = [];
    const records = (await listModels(clientFor(hub.url, tempDir()), {
      pipelineTag: "text-generation",
      limit: 23,
      onPage: (page) => pages.push(page),
    })) as MockModelRecord[];
    expect(records).toHaveLength(23);
    const likes = records.map((r) => r.likes!);
    expect(likes).toEqual([...likes].sort((a, b) => b - a));
    expect(records.some((r) => r.id === "other/vision")).toBe(false);
    // Server pages of 10: 10 + 10 + 3 kept from the third.
    expect(pages.map((p) => p.total)).toEqual([10, 20, 23]);

    const first = new URL(hub.requests[0].path, hub.url).searchParams;
    expect(first.get("pipeline_tag")).toBe("text-generation");
    expect(first.get("sort")).toBe("likes");
    expect(first.get("direction")).toBe("-1");
    expect(first.get("limit")).toBe("23");
    expect(first.getAll("expand[]")).toEqual([...LISTING_EXPAND]);
    // Later pages are the Link URLs as given (the mock refuses hand-made cursors with 400).
    expect(hub.requests.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(hub.requests.slice(1).every((r) => new URL(r.path, hub.url).searchParams.has("cursor"))).toBe(true);
  });

  it("asks for pages of at most 1000 and stops when there is no next page", async () => {
    const hub = await serve(dataset(1200));
    const records = await listModels(clientFor(hub.url, tempDir()), { pipelineTag: "text-generation", limit: null });
    expect(records).toHaveLength(1200);
    expect(hub.requests).toHaveLength(2);
    expect(new URL(hub.requests[0].path, hub.url).searchParams.get("limit")).toBe("1000");
  });

  it("reuses cached pages on a rerun, and refetches them with refresh", async () => {
    const hub = await serve(dataset(30), 10);
    const cacheDir = tempDir();
    const first = await listModels(clientFor(hub.url, cacheDir), { pipelineTag: "text-generation", limit: 30 });
    expect(hub.requests).toHaveLength(3);
    const resumed = await listModels(clientFor(hub.url, cacheDir), { pipelineTag: "text-generation", limit: 30 });
    expect(resumed).toEqual(first);
    expect(hub.requests).toHaveLength(3);
    await listModels(clientFor(hub.url, cacheDir), { pipelineTag: "text-generation", limit: 30, refresh: true });
    expect(hub.requests).toHaveLength(6);
  });

  it("takes a parameter field left out as none on every page once any page's record carried it", async () => {
    const data = dataset(25);
    // Only the most liked repo (first page) has safetensors and GGUF counts; later pages carry neither.
    const top = data.models.find((m) => m.id === "owner3/model-24")!;
    Object.assign(top, { safetensors: { parameters: { BF16: 8e9 }, total: 8e9 }, gguf: { total: 8e9 } });
    const hub = await serve(data, 10);
    const records = (await listModels(clientFor(hub.url, tempDir()), { pipelineTag: "text-generation", limit: null })) as Array<
      Record<string, unknown>
    >;
    expect(records[0].id).toBe(top.id);
    const rest = records.slice(10);
    expect(rest).toHaveLength(15);
    expect(rest.every((r) => r.safetensors === null && r.gguf === null)).toBe(true);
  });

  it("leaves the fields absent when no record of the listing carries them (a server that ignores expand)", async () => {
    const hub = await serve(dataset(25), 10);
    const records = (await listModels(clientFor(hub.url, tempDir()), { pipelineTag: "text-generation", limit: null })) as Array<
      Record<string, unknown>
    >;
    expect(records.every((r) => !("safetensors" in r) && !("gguf" in r))).toBe(true);
  });

  it("keeps the first of records repeated across pages", async () => {
    // A ranking that shifts between two page requests repeats a model on the next page.
    const url = await startTestServer((req, res) => {
      const second = req.url!.includes("cursor=");
      const base = `http://${req.headers.host}`;
      res.writeHead(200, {
        "content-type": "application/json",
        ...(second ? {} : { link: `<${base}/api/models?cursor=opaque>; rel="next"` }),
      });
      res.end(
        JSON.stringify(
          second
            ? [
                { id: "a/2", likes: 1 },
                { id: "a/3", likes: 1 },
              ]
            : [
                { id: "a/1", likes: 3 },
                { id: "a/2", likes: 2 },
              ],
        ),
      );
    });
    const records = (await listModels(clientFor(url, tempDir()), { pipelineTag: "text-generation", limit: null })) as {
      id: string;
      likes: number;
    }[];
    expect(records).toEqual([
      { id: "a/1", likes: 3 },
      { id: "a/2", likes: 2 },
      { id: "a/3", likes: 1 },
    ]);
  });

  it("reads the next URL from a Link header with several relations", () => {
    expect(nextLink('<https://h/api/models?cursor=a,b>; rel="next", <https://h/api/models>; rel="first"')).toBe(
      "https://h/api/models?cursor=a,b",
    );
    expect(nextLink('<https://h/api/models>; rel="prev"')).toBeNull();
    expect(nextLink(null)).toBeNull();
  });
});
