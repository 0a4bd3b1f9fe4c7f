// The Hub client against the mock Hub (caching, tokens, rate limits) and against a scripted
// node:http server for faults the mock Hub does not produce (resets, bad bodies, timeouts).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import type http from "node:http";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createHubClient, HubError, type HubClientOptions } from "../src/data-loaders/hub/client.ts";
import {
  ANONYMOUS_QUOTAS,
  assumedQuotas,
  FREE_USER_QUOTAS,
  parseRateLimit,
  parseRateLimitPolicy,
  parseRetryAfter,
} from "../src/data-loaders/hub/rate-limit.ts";
import type { MockHub, MockHubOptions } from "../src/mock-hub/server.ts";
import type { MockHubDataset } from "../src/mock-hub/types.ts";
import { scratchDir, startTestHub, startTestServer } from "./fixtures/scratch.ts";

const DATASET: MockHubDataset = {
  models: [
    { id: "acme/tiny-7B", author: "acme", likes: 30, downloads: 100, pipeline_tag: "text-generation", tags: [] },
    { id: "acme/small-1B", author: "acme", likes: 20, downloads: 50, pipeline_tag: "text-generation", tags: [] },
    { id: "jane/chat-3B", author: "jane", likes: 10, downloads: 5, pipeline_tag: "text-generation", tags: [] },
  ],
  authors: [
    { name: "acme", type: "org", fullname: "ACME", numFollowers: 12 },
    { name: "jane", type: "user", fullname: "Jane", isPro: true },
  ],
};

const tempCacheDir = () => scratchDir("hub-client-");

function mockHub(options: Partial<MockHubOptions> = {}): Promise<MockHub> {
  return startTestHub({ dataset: DATASET, ...options });
}

/** Records requested waits and returns at once. */
function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

function client(endpoint: string, cacheDir: string, extra: Partial<HubClientOptions> = {}) {
  const lines: string[] = [];
  const hubClient = createHubClient({
    endpoint,
    token: null,
    cacheDir,
    offline: false,
    log: (line) => lines.push(line),
    ...extra,
  });
  return { hubClient, lines };
}

/** A server that answers the n-th request (0-based) with `script(n, req, res)`. */
async function scriptedServer(script: (n: number, req: http.IncomingMessage, res: http.ServerResponse) => void) {
  let hits = 0;
  const url = await startTestServer((req, res) => script(hits++, req, res));
  return { url, hits: () => hits };
}

function sendJson(res: http.ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(body);
}

function allCacheText(cacheDir: string): string {
  const dir = path.join(cacheDir, "http");
  return readdirSync(dir)
    .map((file) => readFileSync(path.join(dir, file), "utf8"))
    .join("\n");
}

describe("the response cache", () => {
  it("answers a repeated request from the cache, and offline makes no request at all", async () => {
    const hub = await mockHub();
    const cacheDir = tempCacheDir();
    const online = client(hub.url, cacheDir).hubClient;
    const first = await online.getJson<{ id: string }[]>("/api/models?pipeline_tag=text-generation&sort=likes&limit=2");
    expect(first.fromCache).toBe(false);
    expect(first.body!.map((m) => m.id)).toEqual(["acme/tiny-7B", "acme/small-1B"]);
    expect(hub.requests).toHaveLength(1);

    const again = await online.getJson("/api/models?pipeline_tag=text-generation&sort=likes&limit=2");
    expect(again.fromCache).toBe(true);
    expect(again.body).toEqual(first.body);

    const offline = client(hub.url, cacheDir, { offline: true }).hubClient;
    const cached = await offline.getJson("/api/models?pipeline_tag=text-generation&sort=likes&limit=2");
    expect(cached.body).toEqual(first.body);
    expect(hub.requests).toHaveLength(1);
    expect(offline.stats().cacheHits).toBe(1);
    expect(offline.stats().requests.api).toBe(0);
  });

  it("refetches when asked to refresh, and stores the new answer", async () => {
    const hub = await mockHub();
    const cacheDir = tempCacheDir();
    const { hubClient } = client(hub.url, cacheDir);
    await hubClient.getJson("/api/organizations/acme/overview");
    const refreshed = await hubClient.getJson("/api/organizations/acme/overview", { cache: "refresh" });
    expect(refreshed.fromCache).toBe(false);
    expect(hub.requests).toHaveLength(2);
  });

  it("offline, a response that is not cached is an error naming the URL and --offline", async () => {
    const cacheDir = tempCacheDir();
    const { hubClient } = client("http://127.0.0.1:9", cacheDir, { offline: true });
    const error = await hubClient.getJson("/api/users/nobody/overview").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubError);
    expect((error as HubError).message).toContain("/api/users/nobody/overview");
    expect((error as HubError).message).toContain("without --offline");
  });

  describe("a cache file cut short (a full disk, a copy that stopped)", () => {
    const KEY = "/api/organizations/acme/overview";
    async function cutShortCache(hub: MockHub) {
      const cacheDir = tempCacheDir();
      await client(hub.url, cacheDir).hubClient.getJson(KEY);
      const [name] = readdirSync(path.join(cacheDir, "http"));
      const file = path.join(cacheDir, "http", name);
      writeFileSync(file, readFileSync(file, "utf8").slice(0, 20));
      return { cacheDir, file };
    }

    it("online: one warning naming the file, fetched again and the file replaced", async () => {
      const hub = await mockHub();
      const { cacheDir, file } = await cutShortCache(hub);
      const { hubClient, lines } = client(hub.url, cacheDir);
      const answer = await hubClient.getJson<{ fullname: string }>(KEY);
      expect(answer.fromCache).toBe(false);
      expect(answer.body!.fullname).toBe("ACME");
      expect(lines.filter((line) => line.includes(file))).toEqual([
        `warning: the cache file ${file} for ${KEY} is not valid JSON (cut short?); fetching it again`,
      ]);
      expect(JSON.parse(readFileSync(file, "utf8")).url).toBe(KEY);
    });

    it("offline: one error naming the damaged file, and no claim that it is fetched again", async () => {
      const hub = await mockHub();
      const { cacheDir, file } = await cutShortCache(hub);
      const requestsBefore = hub.requests.length;
      const { hubClient, lines } = client(hub.url, cacheDir, { offline: true });
      const error = await hubClient.getJson(KEY).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HubError);
      expect((error as HubError).message).toBe(
        `offline: the cache file ${file} for ${KEY} is not valid JSON (cut short?). Run without --offline to fetch it from ${hub.url}.`,
      );
      expect(lines).toEqual([]);
      expect(hub.requests).toHaveLength(requestsBefore);
    });
  });

  it("is keyed without the endpoint, so a cache filled from one Hub serves a mirror, Link included", async () => {
    const hub = await mockHub({ maxLimit: 1 });
    const cacheDir = tempCacheDir();
    const online = await client(hub.url, cacheDir).hubClient.getJson("/api/models?sort=likes&limit=1");
    expect(online.headers.link).toContain(`<${hub.url}/api/models?`);

    const mirror = "http://127.0.0.1:1/mirror";
    const replay = await client(mirror, cacheDir, { offline: true }).hubClient.getJson("/api/models?sort=likes&limit=1");
    expect(replay.body).toEqual(online.body);
    expect(replay.headers.link).toContain(`<${mirror}/api/models?`);
    expect(replay.headers.link).not.toContain(hub.url);
  });

  it("caches a 404 the caller expects, so offline reruns know the account does not exist", async () => {
    const hub = await mockHub();
    const cacheDir = tempCacheDir();
    const missing = await client(hub.url, cacheDir).hubClient.getJson("/api/organizations/jane/overview", {
      allowNotFound: true,
    });
    expect(missing.status).toBe(404);
    expect(missing.body).toBeNull();
    const replay = await client(hub.url, cacheDir, { offline: true }).hubClient.getJson("/api/organizations/jane/overview", {
      allowNotFound: true,
    });
    expect(replay.status).toBe(404);
    expect(hub.requests).toHaveLength(1);
  });
});

describe("the token", () => {
  it("is sent as a Bearer token but never written to the cache or a log line", async () => {
    const hub = await mockHub({ quota: { api: 1, pages: 1, resolvers: 1 } });
    const cacheDir = tempCacheDir();
    const { waits, sleep } = recordingSleep();
    const { hubClient, lines } = client(hub.url, cacheDir, { token: "secret", sleep });
    await hubClient.getJson("/api/models?sort=likes&limit=3");
    await hubClient.getJson("/api/organizations/acme/overview");
    await hubClient.getJson("/api/organizations/jane/overview", { allowNotFound: true });
    expect(hub.requests.every((r) => r.authenticated)).toBe(true);
    // The token quota applies (the anonymous one of 1 would have forced waits).
    expect(waits).toEqual([]);
    expect(lines.length).toBeGreaterThan(0);
    expect(allCacheText(cacheDir)).not.toContain("secret");
    expect(lines.join("\n")).not.toContain("secret");
  });

  it("is not sent to a host other than the endpoint", async () => {
    let authorization: string | undefined = "not asked";
    const other = await scriptedServer((_n, req, res) => {
      authorization = req.headers.authorization;
      sendJson(res, 200, "{}");
    });
    const { hubClient } = client("http://127.0.0.1:1", tempCacheDir(), { token: "secret" });
    await hubClient.getJson(`${other.url}/api/x`);
    expect(authorization).toBeUndefined();
  });

  it("is not carried by a redirect from the endpoint to another host", async () => {
    // The other host: "localhost" on another port, while the endpoint is 127.0.0.1.
    let redirected: string | undefined = "not asked";
    const other = await scriptedServer((_n, req, res) => {
      redirected = req.headers.authorization;
      sendJson(res, 200, '{"moved":true}');
    });
    const otherUrl = other.url.replace("127.0.0.1", "localhost");
    let atEndpoint: string | undefined;
    const endpoint = await scriptedServer((_n, req, res) => {
      atEndpoint = req.headers.authorization;
      res.writeHead(302, { Location: `${otherUrl}/api/moved` });
      res.end();
    });
    const { hubClient } = client(endpoint.url, tempCacheDir(), { token: "secret" });
    const answer = await hubClient.getJson("/api/models/acme/tiny-7B");
    expect(answer.body).toEqual({ moved: true });
    expect(atEndpoint).toBe("Bearer secret");
    expect(redirected).toBeUndefined();
  });
});

describe("rate limits", () => {
  it("on 429 waits for the RateLimit t= of the bucket, then succeeds", async () => {
    const server = await scriptedServer((n, _req, res) =>
      n === 0
        ? sendJson(res, 429, '{"error":"slow down"}', { RateLimit: '"api";r=0;t=7', "Retry-After": "99" })
        : sendJson(res, 200, '{"ok":true}', { RateLimit: '"api";r=499;t=300' }),
    );
    const { waits, sleep } = recordingSleep();
    const { hubClient } = client(server.url, tempCacheDir(), { sleep });
    const response = await hubClient.getJson("/api/whatever");
    expect(response.body).toEqual({ ok: true });
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(7000);
    expect(waits[0]).toBeLessThan(99_000);
    expect(hubClient.stats()).toMatchObject({ rateLimited: 1, retries: 1, requests: { api: 2 } });
  });

  it("on 429 without RateLimit falls back to Retry-After", async () => {
    const server = await scriptedServer((n, _req, res) =>
      n === 0 ? sendJson(res, 429, "{}", { "Retry-After": "42" }) : sendJson(res, 200, "[]"),
    );
    const { waits, sleep } = recordingSleep();
    const { hubClient } = client(server.url, tempCacheDir(), { sleep });
    await hubClient.getJson("/api/whatever");
    // The wait is counted from when the 429 arrived, so the milliseconds spent since are taken off.
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(41_000);
    expect(waits[0]).toBeLessThanOrEqual(42_000);
  });

  it("against the mock Hub, a 429 is waited out and the request then succeeds", async () => {
    const hub = await mockHub({ quota: { api: 2, pages: 2, resolvers: 2 }, windowMs: 1000 });
    // Someone else (another process on the same address) used the window up.
    for (let i = 0; i < 3; i++) await (await fetch(`${hub.url}/api/users/jane/overview`)).text();
    const { hubClient } = client(hub.url, tempCacheDir());
    const response = await hubClient.getJson<{ user: string }>("/api/users/jane/overview");
    expect(response.body!.user).toBe("jane");
    expect(hubClient.stats().rateLimited).toBeGreaterThanOrEqual(1);
    expect(hub.requests.at(-1)!.status).toBe(200);
  });

  it("slows down before the quota runs out, so a tight quota gives no 429 at all", async () => {
    const hub = await mockHub({ quota: { api: 4, pages: 4, resolvers: 4 }, windowMs: 1000 });
    const { hubClient } = client(hub.url, tempCacheDir());
    const paths = ["acme", "jane", "nobody", "other", "x", "y", "z", "w"].map((n) => `/api/organizations/${n}/overview`);
    await Promise.all(paths.map((p) => hubClient.getJson(p, { allowNotFound: true })));
    const stats = hubClient.stats();
    expect(hub.requests.filter((r) => r.status === 429)).toHaveLength(0);
    expect(stats.rateLimited).toBe(0);
    expect(stats.requests.api).toBe(8);
    expect(stats.waitMs).toBeGreaterThan(0);
    expect(stats.policies.api).toEqual({ quota: 4, windowSeconds: 1 });
  });

  it("parses RateLimit, RateLimit-Policy and Retry-After as the Hub sends them", () => {
    expect(parseRateLimit('"api";r=489;t=189')).toEqual([{ bucket: "api", remaining: 489, resetSeconds: 189 }]);
    expect(parseRateLimit('"api";r=1;t=2, "pages";r=3;t=4').map((r) => r.bucket)).toEqual(["api", "pages"]);
    expect(parseRateLimit("garbage")).toEqual([]);
    expect(parseRateLimitPolicy('"fixed window";"api";q=500;w=300')).toEqual([{ bucket: "api", quota: 500, windowSeconds: 300 }]);
    expect(parseRetryAfter("3", 0)).toBe(3000);
    expect(parseRetryAfter("Thu, 01 Jan 1970 00:00:10 GMT", 4000)).toBe(6000);
    expect(parseRetryAfter("soon", 0)).toBeNull();
  });
});

describe("pacing without RateLimit headers", () => {
  it("assumes the documented quotas: anonymous, or a free user's with a token", () => {
    expect(assumedQuotas(false)).toEqual({ api: 500, resolvers: 3000, pages: 100 });
    expect(assumedQuotas(true)).toEqual({ api: 1000, resolvers: 5000, pages: 200 });
    expect(assumedQuotas(true)).toBe(FREE_USER_QUOTAS);
    expect(assumedQuotas(false)).toBe(ANONYMOUS_QUOTAS);
  });

  it("counts its own requests against the assumed quota and waits for the window before it runs out", async () => {
    const server = await scriptedServer((_n, _req, res) => sendJson(res, 200, "{}"));
    const { waits, sleep } = recordingSleep();
    const { hubClient } = client(server.url, tempCacheDir(), { sleep, quotas: { api: 3, windowSeconds: 1 } });
    for (let i = 0; i < 6; i++) await hubClient.getJson(`/api/x/${i}`);
    // A quota of 3 with one request kept in hand: two per window, so six requests wait twice.
    expect(server.hits()).toBe(6);
    expect(waits).toHaveLength(2);
    for (const ms of waits) expect(ms).toBeGreaterThan(0);
    expect(hubClient.stats().waits).toBe(2);
  });

  it("takes the quota a RateLimit-Policy header announces instead of the assumed one", async () => {
    const server = await scriptedServer((_n, _req, res) =>
      sendJson(res, 200, "{}", { "RateLimit-Policy": '"fixed window";"api";q=3;w=1' }),
    );
    const { waits, sleep } = recordingSleep();
    const { hubClient } = client(server.url, tempCacheDir(), { sleep });
    for (let i = 0; i < 4; i++) await hubClient.getJson(`/api/x/${i}`);
    expect(hubClient.stats().policies.api).toEqual({ quota: 3, windowSeconds: 1 });
    expect(waits.length).toBeGreaterThanOrEqual(1);
  });

  it("bounds concurrent requests per bucket", async () => {
    const inFlight = { api: 0, pages: 0 };
    const most = { api: 0, pages: 0 };
    const server = await scriptedServer((_n, req, res) => {
      const bucket = req.url!.startsWith("/api/") ? "api" : "pages";
      most[bucket] = Math.max(most[bucket], ++inFlight[bucket]);
      setTimeout(() => {
        inFlight[bucket]--;
        sendJson(res, 200, "{}");
      }, 20);
    });
    const { hubClient } = client(server.url, tempCacheDir(), { concurrency: { api: 1, pages: 3 } });
    await Promise.all([
      ...Array.from({ length: 4 }, (_, i) => hubClient.getJson(`/api/x/${i}`)),
      ...Array.from({ length: 6 }, (_, i) => hubClient.getJson(`/someone/model-${i}`, { bucket: "pages" })),
    ]);
    expect(most).toEqual({ api: 1, pages: 3 });
  });

  it("rejects a concurrency that is not a whole number of requests", () => {
    expect(() => client("http://127.0.0.1:1", tempCacheDir(), { concurrency: { pages: 0 } })).toThrow(/"pages" bucket/);
  });
});

describe("faults", () => {
  it("retries a 500, a reset connection, truncated JSON and an HTML page, then succeeds", async () => {
    const server = await scriptedServer((n, req, res) => {
      if (n === 0) return sendJson(res, 500, '{"error":"boom"}');
      if (n === 1) return req.socket.destroy();
      if (n === 2) return sendJson(res, 200, '[{"id":"acme/tin');
      if (n === 3) {
        res.writeHead(200, { "content-type": "text/html" });
        return res.end("<!doctype html><title>Maintenance</title>");
      }
      return sendJson(res, 200, '[{"id":"acme/tiny-7B"}]');
    });
    const { waits, sleep } = recordingSleep();
    const { hubClient, lines } = client(server.url, tempCacheDir(), { sleep });
    const response = await hubClient.getJson("/api/models");
    expect(response.body).toEqual([{ id: "acme/tiny-7B" }]);
    expect(server.hits()).toBe(5);
    expect(hubClient.stats().retries).toBe(4);
    expect(waits).toHaveLength(4);
    expect(lines.join("\n")).toMatch(/HTTP 500[\s\S]*connection[\s\S]*truncated or invalid[\s\S]*HTML page/);
  });

  it("retries a request that gets no answer within the timeout", async () => {
    const server = await scriptedServer((n, _req, res) => {
      if (n === 0) return; // never answers
      sendJson(res, 200, '{"late":false}');
    });
    const { sleep } = recordingSleep();
    const { hubClient, lines } = client(server.url, tempCacheDir(), { sleep, timeoutMs: 200 });
    const response = await hubClient.getJson("/api/slow");
    expect(response.body).toEqual({ late: false });
    expect(lines.join("\n")).toContain("no answer within 200ms");
  });

  it("after maxRetries gives a HubError naming the URL, the status and the request id", async () => {
    const server = await scriptedServer((_n, _req, res) => sendJson(res, 503, "{}", { "x-request-id": "req-123" }));
    const { sleep } = recordingSleep();
    const { hubClient } = client(server.url, tempCacheDir(), { sleep, maxRetries: 3 });
    const error = (await hubClient.getJson("/api/models?limit=5").catch((e: unknown) => e)) as HubError;
    expect(error).toBeInstanceOf(HubError);
    expect(error.url).toBe(`${server.url}/api/models?limit=5`);
    expect(error.status).toBe(503);
    expect(error.requestId).toBe("req-123");
    expect(error.message).toContain(`${server.url}/api/models?limit=5`);
    expect(error.message).toContain("HTTP 503");
    expect(error.message).toContain("run again");
    expect(server.hits()).toBe(4);
  });

  it("does not retry a 4xx other than 429, and says what was refused", async () => {
    const server = await scriptedServer((_n, _req, res) => sendJson(res, 400, '{"error":"bad sort"}'));
    const { hubClient } = client(server.url, tempCacheDir(), { sleep: async () => {} });
    const error = (await hubClient.getJson("/api/models?sort=trending").catch((e: unknown) => e)) as HubError;
    expect(error).toBeInstanceOf(HubError);
    expect(error.status).toBe(400);
    expect(error.message).toContain("bad sort");
    expect(server.hits()).toBe(1);
  });

  it("refuses config.json through /resolve/ without making a request (the Hub counts it as a download)", async () => {
    const hub = await mockHub();
    const { hubClient } = client(hub.url, tempCacheDir());
    await expect(hubClient.getJson("/acme/tiny-7B/resolve/main/config.json")).rejects.toThrow(/counts a config\.json download/);
    await expect(hubClient.getText(`${hub.url}/acme/tiny-7B/resolve/abc123/config.json?download=true`)).rejects.toThrow(
      /counts a config\.json download/,
    );
    expect(hub.requests).toHaveLength(0);
  });
});
