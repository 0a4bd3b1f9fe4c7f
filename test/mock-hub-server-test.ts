import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIST_KEYS } from "../src/mock-hub/model-view.ts";
import { generateSampleHub } from "../src/mock-hub/sample.ts";
import type { MockHubDataset, MockModelRecord } from "../src/mock-hub/types.ts";
import { startTestHub } from "./fixtures/scratch.ts";

/** A tiny hand-made Hub whose every answer can be worked out by reading it. */
function smallDataset(): MockHubDataset {
  const model = (id: string, fields: Partial<MockModelRecord>): MockModelRecord => ({
    id,
    author: id.split("/")[0],
    private: false,
    ...fields,
  });
  return {
    models: [
      model("acme-ai/Llama-3.1-8B-Instruct", {
        _id: "66969b3ac4e6f4c4ad1c3f0b",
        likes: 900,
        downloads: 50_000,
        trendingScore: 12,
        tags: ["transformers", "safetensors", "llama", "text-generation", "license:llama3.1"],
        pipeline_tag: "text-generation",
        library_name: "transformers",
        createdAt: "2024-07-18T08:56:00.000Z",
        lastModified: "2024-09-25T14:34:16.000Z",
        safetensors: { parameters: { BF16: 8_030_261_248 }, total: 8_030_261_248 },
        config: { architectures: ["LlamaForCausalLM"], model_type: "llama" },
      }),
      model("acme-ai/Mixtral-8x7B-Instruct-v0.1", {
        likes: 700,
        downloads: 20_000,
        tags: ["transformers", "safetensors", "mixtral"],
        pipeline_tag: null,
        library_name: "vllm",
        createdAt: "2023-12-10T18:47:12.000Z",
      }),
      model("quantkat/Llama-3.1-8B-Instruct-GGUF", {
        likes: 40,
        downloads: 90_000,
        tags: ["gguf", "llama", "text-generation", "base_model:quantized:acme-ai/Llama-3.1-8B-Instruct"],
        pipeline_tag: "text-generation",
        library_name: null,
        createdAt: "2024-07-19T01:00:00.000Z",
        gguf: { architecture: "llama", context_length: 131072 },
        config: {},
        // The API has no count for this repo; only its page shows one.
        pageParams: 8_030_261_248,
      }),
      model("alice-ml/tiny-chat", {
        likes: 40,
        downloads: 3,
        tags: ["transformers", "pytorch", "text-generation"],
        pipeline_tag: "text-generation",
        library_name: "transformers",
        createdAt: "2022-03-02T23:29:05.000Z",
      }),
    ],
    authors: [
      { name: "acme-ai", type: "org", fullname: "Acme AI", numFollowers: 5000, plan: "enterprise" },
      { name: "quantkat", type: "user", fullname: "Kat", numFollowers: 300, isPro: true },
      { name: "alice-ml", type: "user", fullname: "Zoë Müller", numFollowers: 2 },
    ],
  };
}

async function getJson(url: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(url, init);
  return { status: response.status, body: await response.json(), headers: response.headers };
}

function nextLink(headers: Headers): string | null {
  const match = /<([^>]+)>;\s*rel="next"/.exec(headers.get("link") ?? "");
  return match ? match[1] : null;
}

/** Follows Link headers from `firstUrl` to the end, as a well-behaved client does. */
async function listAll(firstUrl: string): Promise<{ items: any[]; pageUrls: string[] }> {
  const items: any[] = [];
  const pageUrls: string[] = [];
  let url: string | null = firstUrl;
  while (url !== null) {
    pageUrls.push(url);
    const { status, body, headers } = await getJson(url);
    expect(status).toBe(200);
    items.push(...body);
    url = nextLink(headers);
  }
  return { items, pageUrls };
}

describe("GET /api/models pagination", () => {
  it("follows Link headers to the last page without repeating or skipping a model", async () => {
    const dataset = generateSampleHub({ models: 400, seed: 7 });
    const hub = await startTestHub({ dataset });
    const { items, pageUrls } = await listAll(`${hub.url}/api/models?pipeline_tag=text-generation&sort=likes&limit=37`);
    const expected = dataset.models.filter((m) => m.pipeline_tag === "text-generation").map((m) => m.id);
    const ids = items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...expected].sort());
    expect(pageUrls.length).toBe(Math.ceil(expected.length / 37));
    const likes = items.map((item) => item.likes ?? -1);
    expect(likes).toEqual([...likes].sort((a, b) => b - a));
  });

  it("never splits or repeats models that tie on the sort key", async () => {
    const ids = Array.from({ length: 25 }, (_, i) => `u/m-${String(i).padStart(2, "0")}`);
    // Stored in reverse, so only the id tie-break can produce ascending order.
    const models = [...ids].reverse().map((id) => ({ id, likes: 5 }));
    const hub = await startTestHub({ dataset: { models, authors: [] } });
    const { items } = await listAll(`${hub.url}/api/models?sort=likes&limit=4`);
    expect(items.map((item) => item.id)).toEqual(ids);
  });

  it("puts an opaque cursor in the next URL and repeats the other parameters", async () => {
    const hub = await startTestHub({ dataset: smallDataset() });
    const { headers } = await getJson(`${hub.url}/api/models?filter=text-generation&sort=downloads&limit=1&expand[]=likes`);
    const next = new URL(nextLink(headers)!);
    expect(next.origin).toBe(hub.url);
    expect(next.searchParams.get("filter")).toBe("text-generation");
    expect(next.searchParams.get("sort")).toBe("downloads");
    expect(next.searchParams.get("limit")).toBe("1");
    expect(next.searchParams.getAll("expand[]")).toEqual(["likes"]);
    const cursor = next.searchParams.get("cursor")!;
    expect(cursor).not.toMatch(/^\d+$/);
  });

  it("sends no Link header on the last page", async () => {
    const hub = await startTestHub({ dataset: smallDataset() });
    const { body, headers } = await getJson(`${hub.url}/api/models?limit=10`);
    expect(body).toHaveLength(4);
    expect(headers.get("link")).toBeNull();
  });

  it("rejects a cursor taken from a different query", async () => {
    const hub = await startTestHub({ dataset: smallDataset() });
    const { headers } = await getJson(`${hub.url}/api/models?sort=likes&limit=1`);
    const cursor = new URL(nextLink(headers)!).searchParams.get("cursor")!;
    const { status, body } = await getJson(`${hub.url}/api/models?sort=downloads&limit=1&cursor=${cursor}`);
    expect(status).toBe(400);
    expect(body.error).toMatch(/different query/);
  });

  it("clamps limit to maxLimit and uses maxLimit when no limit is given", async () => {
    const hub = await startTestHub({ dataset: generateSampleHub({ models: 120, seed: 3 }), maxLimit: 50 });
    const clamped = await getJson(`${hub.url}/api/models?limit=500`);
    expect(clamped.body).toHaveLength(50);
    expect(nextLink(clamped.headers)).not.toBeNull();
    const unlimited = await getJson(`${hub.url}/api/models`);
    expect(unlimited.body).toHaveLength(50);
  });
});

describe("GET /api/models filters and sort", () => {
  it("ANDs repeated filters, counting pipeline tag and library as tags", async () => {
    const hub = await startTestHub({ dataset: smallDataset() });
    const both = await getJson(`${hub.url}/api/models?filter=gguf&filter=text-generation`);
    expect(both.body.map((m: any) => m.id)).toEqual(["quantkat/Llama-3.1-8B-Instruct-GGUF"]);
    const library = await getJson(`${hub.url}/api/models?filter=vllm`);
    expect(library.body.map((m: any) => m.id)).toEqual(["acme-ai/Mixtral-8x7B-Instruct-v0.1"]);
  });

  it("filters by pipeline_tag, exact author and case-insensitive search", async () => {
    const hub = await startTestHub({ dataset: smallDataset() });
    const tagged = await getJson(`${hub.url}/api/models?pipeline_tag=text-generation&sort=likes`);
    expect(tagged.body.map((m: any) => m.id)).not.toContain("acme-ai/Mixtral-8x7B-Instruct-v0.1");
    expect(tagged.body).toHaveLength(3);
    const byAuthor = await getJson(`${hub.url}/api/models?author=acme-ai`);
    expect(byAuthor.body.map((m: any) => m.id).sort()).toEqual(["acme-ai/Llama-3.1-8B-Instruct", "acme-ai/Mixtral-8x7B-Instruct-v0.1"]);
    const searched = await getJson(`${hub.url}/api/models?search=LLAMA-3.1`);
    expect(searched.body.map((m: any) => m.id).sort()).toEqual(["acme-ai/Llama-3.1-8B-Instruct", "quantkat/Llama-3.1-8B-Instruct-GGUF"]);
  });

  it("sorts descending whatever direction says, breaking ties by id", async () => {
    const hub = await startTestHub({ dataset: smallDataset() });
    const { body } = await getJson(`${hub.url}/api/models?sort=likes&direction=1`);
    expect(body.map((m: any) => m.id)).toEqual([
      "acme-ai/Llama-3.1-8B-Instruct",
      "acme-ai/Mixtral-8x7B-Instruct-v0.1",
      "alice-ml/tiny-chat",
      "quantkat/Llama-3.1-8B-Instruct-GGUF",
    ]);
  });

  it("accepts snake_case sort aliases with the same order as camelCase", async () => {
    const hub = await startTestHub({ dataset: generateSampleHub({ models: 80, seed: 5 }) });
    const camel = await getJson(`${hub.url}/api/models?sort=createdAt`);
    const snake = await getJson(`${hub.url}/api/models?sort=created_at`);
    expect(snake.body.map((m: any) => m.id)).toEqual(camel.body.map((m: any) => m.id));
    const dates = camel.body.map((m: any) => m.createdAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("answers sort=trending with 400 and a JSON error pointing at trendingScore", async () => {
    const hub = await startTestHub({ dataset: smallDataset() });
    const { status, body, headers } = await getJson(`${hub.url}/api/models?sort=trending`);
    expect(status).toBe(400);
    expect(body.error).toMatch(/trendingScore/);
    expect(headers.get("ratelimit")).toMatch(/^"api";r=\d+;t=\d+$/);
  });
});

describe("model object shapes", () => {
  it("returns the default list object's keys in the Hub's order, without null pipeline_tag or library_name", async () => {
    const hub = await startTestHub({ dataset: smallDataset() });
    const { body } = await getJson(`${hub.url}/api/models?sort=likes`);
    const [llama, mixtral, tiny, gguf] = body;
    expect(Object.keys(llama)).toEqual([...DEFAULT_LIST_KEYS]);
    expect(llama.modelId).toBe(llama.id);
    expect(mixtral).not.toHaveProperty("pipeline_tag");
    expect(gguf).not.toHaveProperty("library_name");
    expect(tiny.createdAt).toBe("2022-03-02T23:29:05.000Z");
    for (const item of body) {
      expect(item).not.toHaveProperty("safetensors");
      expect(item).not.toHaveProperty("author");
      expect(item._id).toMatch(/^[0-9a-f]{24}$/);
    }
  });

  it("returns only expanded properties plus _id and id, with author as the owner", async () => {
    const hub = await startTestHub({ dataset: smallDataset() });
    const { body } = await getJson(`${hub.url}/api/models?sort=likes&expand=author&expand=safetensors&expand[]=likes`);
    expect(Object.keys(body[0]).sort()).toEqual(["_id", "author", "id", "likes", "safetensors"]);
    expect(body[0].author).toBe("acme-ai");
    expect(body[0].safetensors.total).toBe(8_030_261_248);
    // Properties a repo lacks are left out rather than sent as null.
    expect(Object.keys(body[1]).sort()).toEqual(["_id", "author", "id", "likes"]);
  });

  it("rejects an unknown expand property with 400 naming it", async () => {
    const hub = await startTestHub({ dataset: smallDataset() });
    const { status, body } = await getJson(`${hub.url}/api/models?expand[]=likes&expand[]=numParameters`);
    expect(status).toBe(400);
    expect(body.error).toContain('"numParameters"');
  });

  it("adds sha, lastModified and author with full=true", async () => {
    const hub = await startTestHub({ dataset: smallDataset() });
    const { body } = await getJson(`${hub.url}/api/models?sort=likes&full=true`);
    expect(body[0]).toMatchObject({ author: "acme-ai", lastModified: "2024-09-25T14:34:16.000Z" });
  });

  it("never serves mock-only fields, whatever is asked", async () => {
    const hub = await startTestHub({ dataset: smallDataset() });
    const id = "quantkat/Llama-3.1-8B-Instruct-GGUF";
    const responses = await Promise.all(
      [
        `/api/models`,
        `/api/models?full=true&config=true&cardData=true`,
        `/api/models?expand[]=gguf&expand[]=config&expand[]=likes`,
        `/api/models/${id}`,
      ].map((path) => fetch(`${hub.url}${path}`).then((r) => r.text())),
    );
    for (const text of responses) expect(text).not.toContain("pageParams");
  });

  it("serves one model in full, honours expand, and 404s unknown ids", async () => {
    const hub = await startTestHub({ dataset: smallDataset() });
    const full = await getJson(`${hub.url}/api/models/acme-ai/Llama-3.1-8B-Instruct`);
    expect(full.status).toBe(200);
    expect(full.body).toMatchObject({
      id: "acme-ai/Llama-3.1-8B-Instruct",
      author: "acme-ai",
      config: { model_type: "llama" },
      safetensors: { total: 8_030_261_248 },
    });
    const narrowed = await getJson(`${hub.url}/api/models/acme-ai/Llama-3.1-8B-Instruct?expand[]=downloads`);
    expect(narrowed.body).toEqual({ _id: "66969b3ac4e6f4c4ad1c3f0b", id: "acme-ai/Llama-3.1-8B-Instruct", downloads: 50_000 });
    const missing = await getJson(`${hub.url}/api/models/acme-ai/Llama-9-1T`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: "Repository not found" });
  });
});

describe("account overviews", () => {
  it("answers the organisation endpoint for orgs, with their plan, and 404 on the users endpoint", async () => {
    const hub = await startTestHub({ dataset: smallDataset() });
    const org = await getJson(`${hub.url}/api/organizations/acme-ai/overview`);
    expect(org.status).toBe(200);
    expect(org.body).toMatchObject({ name: "acme-ai", fullname: "Acme AI", numFollowers: 5000, plan: "enterprise", numModels: 2 });
    expect((await getJson(`${hub.url}/api/users/acme-ai/overview`)).status).toBe(404);
  });

  it("answers the users endpoint for users, with isPro, and 404 on the organisation endpoint", async () => {
    const hub = await startTestHub({ dataset: smallDataset() });
    const user = await getJson(`${hub.url}/api/users/quantkat/overview`);
    expect(user.status).toBe(200);
    expect(user.body).toMatchObject({ user: "quantkat", type: "user", isPro: true, numFollowers: 300 });
    expect(user.body).not.toHaveProperty("plan");
    const other = await getJson(`${hub.url}/api/users/alice-ml/overview`);
    expect(other.body).toMatchObject({ fullname: "Zoë Müller", isPro: false });
    expect((await getJson(`${hub.url}/api/organizations/quantkat/overview`)).status).toBe(404);
  });

  it("leaves plan out for free organisations", async () => {
    const dataset = smallDataset();
    dataset.authors.push({ name: "free-org", type: "org" });
    const hub = await startTestHub({ dataset });
    const { body } = await getJson(`${hub.url}/api/organizations/free-org/overview`);
    expect(body).not.toHaveProperty("plan");
  });
});

describe("model pages", () => {
  function headerProps(html: string): any {
    const $ = cheerio.load(html);
    return JSON.parse($('div.SVELTE_HYDRATER[data-target="ModelHeader"]').attr("data-props")!);
  }

  it("embeds the page-only count in the ModelHeader props when the API has none", async () => {
    const hub = await startTestHub({ dataset: smallDataset() });
    const response = await fetch(`${hub.url}/quantkat/Llama-3.1-8B-Instruct-GGUF`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    const html = await response.text();
    // The JSON is HTML-escaped inside the attribute, as on the real page.
    expect(html).toContain("&quot;numParameters&quot;:8030261248");
    expect(headerProps(html).model).toMatchObject({ id: "quantkat/Llama-3.1-8B-Instruct-GGUF", numParameters: 8_030_261_248 });
  });

  it("embeds safetensors, total included, when the repo has them", async () => {
    const hub = await startTestHub({ dataset: smallDataset() });
    const html = await (await fetch(`${hub.url}/acme-ai/Llama-3.1-8B-Instruct`)).text();
    expect(headerProps(html).model.safetensors.total).toBe(8_030_261_248);
    expect(headerProps(html).model).not.toHaveProperty("numParameters");
  });

  it("counts pages in the pages bucket and answers unknown repos with 404", async () => {
    const hub = await startTestHub({ dataset: smallDataset() });
    const response = await fetch(`${hub.url}/nobody/nothing`);
    expect(response.status).toBe(404);
    expect(response.headers.get("ratelimit")).toMatch(/^"pages";r=99;t=\d+$/);
    expect(hub.requests.at(-1)).toMatchObject({ bucket: "pages", status: 404, path: "/nobody/nothing" });
  });
});

describe("rate limits", () => {
  it("counts down r= on every response, answers 429 past the quota, and resets with the window", async () => {
    let clock = 10_250;
    const hub = await startTestHub({
      dataset: smallDataset(),
      quota: { api: 3, resolvers: 10, pages: 10 },
      windowMs: 1000,
      now: () => clock,
    });
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${hub.url}/api/models?limit=1`);
      expect(response.status).toBe(200);
      seen.push(response.headers.get("ratelimit")!);
      expect(response.headers.get("ratelimit-policy")).toBe('"fixed window";"api";q=3;w=1');
    }
    // 750 ms left in the window, rounded up to whole seconds.
    expect(seen).toEqual(['"api";r=2;t=1', '"api";r=1;t=1', '"api";r=0;t=1']);
    const limited = await getJson(`${hub.url}/api/models/acme-ai/Llama-3.1-8B-Instruct`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("ratelimit")).toBe('"api";r=0;t=1');
    expect(limited.body.error).toMatch(/rate limit/);
    // Other buckets keep their own counters.
    expect((await fetch(`${hub.url}/acme-ai/Llama-3.1-8B-Instruct`)).status).toBe(200);
    clock += 750;
    const afterReset = await fetch(`${hub.url}/api/models?limit=1`);
    expect(afterReset.status).toBe(200);
    expect(afterReset.headers.get("ratelimit")).toBe('"api";r=2;t=1');
    expect(hub.requests.map((r) => r.status)).toEqual([200, 200, 200, 429, 200, 200]);
  });

  it("gives token holders the token quota, counted apart from anonymous requests", async () => {
    const clock = 0;
    const hub = await startTestHub({
      dataset: smallDataset(),
      quota: { api: 1, resolvers: 1, pages: 1 },
      tokenQuota: { api: 4, resolvers: 1, pages: 1 },
      windowMs: 60_000,
      now: () => clock,
    });
    const withToken = { headers: { Authorization: "Bearer hf_test_token" } };
    const tokenStatuses: number[] = [];
    for (let i = 0; i < 5; i++) tokenStatuses.push((await fetch(`${hub.url}/api/models?limit=1`, withToken)).status);
    expect(tokenStatuses).toEqual([200, 200, 200, 200, 429]);
    const anonymous = await fetch(`${hub.url}/api/models?limit=1`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get("ratelimit-policy")).toBe('"fixed window";"api";q=1;w=60');
    expect((await fetch(`${hub.url}/api/models?limit=1`)).status).toBe(429);
    expect(hub.requests.map((r) => r.authenticated)).toEqual([true, true, true, true, true, false, false]);
  });
});

describe("resolver requests", () => {
  it("logs /resolve/ requests, config.json included, in the resolvers bucket", async () => {
    const hub = await startTestHub({ dataset: smallDataset() });
    const response = await fetch(`${hub.url}/acme-ai/Llama-3.1-8B-Instruct/resolve/main/config.json`);
    expect(response.status).toBe(404);
    expect(response.headers.get("ratelimit-policy")).toBe('"fixed window";"resolvers";q=3000;w=300');
    expect(hub.requests).toEqual([
      {
        method: "GET",
        path: "/acme-ai/Llama-3.1-8B-Instruct/resolve/main/config.json",
        bucket: "resolvers",
        status: 404,
        authenticated: false,
      },
    ]);
  });
});
