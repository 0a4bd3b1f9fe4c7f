// The model page's count, read from the JSON the page embeds (data-props), not from its rounded text.
import { describe, expect, it } from "vitest";
import { createHubClient } from "../src/data-loaders/hub/client.ts";
import { fetchModelPageParams, parseModelPageParams } from "../src/data-loaders/hub/model-page.ts";
import { renderModelPage } from "../src/mock-hub/model-page.ts";
import type { MockModelRecord } from "../src/mock-hub/types.ts";
import { scratchDir, startTestHub } from "./fixtures/scratch.ts";

const base: MockModelRecord = { id: "acme/Chat-8B", likes: 10, downloads: 100, pipeline_tag: "text-generation" };

describe("parseModelPageParams", () => {
  it("reads ModelHeader's safetensors.total exactly, where the visible label is rounded", () => {
    const html = renderModelPage({ ...base, safetensors: { parameters: { BF16: 8030261248 }, total: 8030261248 } });
    expect(html).toContain("8.03B params");
    expect(parseModelPageParams(html)).toEqual({ params: 8030261248, evidence: "model page ModelHeader safetensors.total = 8030261248" });
  });

  it("reads numParameters when the page has a count but no safetensors summary", () => {
    const html = renderModelPage({ ...base, id: "acme/pickle-only", pageParams: 6_738_415_616 });
    expect(parseModelPageParams(html)).toEqual({ params: 6_738_415_616, evidence: "model page ModelHeader numParameters = 6738415616" });
  });

  it("sums the dtype buckets of a summary without total", () => {
    const html = renderModelPage({ ...base, safetensors: { parameters: { BF16: 1000, F32: 24 } } });
    expect(parseModelPageParams(html)?.params).toBe(1024);
  });

  it("survives ids and tags that need HTML escaping in the attribute", () => {
    const html = renderModelPage({ ...base, id: `o/"quoted"&<odd>`, tags: [`it's`, "a&b"], pageParams: 42_000 });
    expect(parseModelPageParams(html)?.params).toBe(42_000);
  });

  it("finds nothing on a page without a count, or on a page that is not a model page", () => {
    expect(parseModelPageParams(renderModelPage({ ...base, id: "acme/no-count" }))).toBeNull();
    expect(parseModelPageParams("<html><body><h1>Hugging Face is down for maintenance</h1></body></html>")).toBeNull();
  });
});

describe("fetchModelPageParams", () => {
  it("GETs /{owner}/{name} in the pages bucket; a missing page is a reason, not an error", async () => {
    const hub = await startTestHub({ dataset: { models: [{ ...base, id: "acme/pickle-13B", pageParams: 13_015_864_320 }], authors: [] } });
    const dir = scratchDir("hub-page-");
    const client = createHubClient({ endpoint: hub.url, token: null, cacheDir: dir, offline: false, log: () => {} });

    expect(await fetchModelPageParams(client, "acme/pickle-13B")).toEqual({
      ok: true,
      count: { params: 13_015_864_320, evidence: "model page ModelHeader numParameters = 13015864320" },
    });
    expect(await fetchModelPageParams(client, "acme/missing")).toEqual({ ok: false, reason: "/acme/missing answered 404" });
    expect(hub.requests.map((r) => [r.path, r.bucket])).toEqual([
      ["/acme/pickle-13B", "pages"],
      ["/acme/missing", "pages"],
    ]);
  });
});
