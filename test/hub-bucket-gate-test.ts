// The pacing gate of one rate-limit bucket: it spends a window's last request when the Hub has said
// how many remain, keeps a request in hand only while it goes by its own count, and is not fooled
// by answers that arrive out of order. Then the same against the mock Hub on a fake clock: a crawl
// whose work is exactly one quota fits in one window, with no 429.
import { describe, expect, it } from "vitest";
import { BucketGate } from "../src/data-loaders/hub/bucket-gate.ts";
import { createHubClient } from "../src/data-loaders/hub/client.ts";
import type { MockHubDataset } from "../src/mock-hub/types.ts";
import { scratchDir, startTestHub } from "./fixtures/scratch.ts";

const WINDOW_MS = 300_000;
const MARGIN_MS = 250;

function gateAt(start: number, quota = 100) {
  const clock = { now: start };
  const gate = new BucketGate({
    concurrency: 2,
    reserve: 1,
    marginMs: MARGIN_MS,
    policy: { quota, windowMs: WINDOW_MS },
    now: () => clock.now,
  });
  return { gate, clock };
}

describe("BucketGate", () => {
  it("spends the last request of a window once the Hub has said how many remain", () => {
    const { gate, clock } = gateAt(1_000_000);
    gate.observe(1, 120, 0);
    expect(gate.delayBeforeNextRequest().delayMs).toBe(0);
    gate.sending();
    // None left: wait for the reset the Hub announced, plus the margin for its whole seconds.
    expect(gate.delayBeforeNextRequest()).toEqual({ delayMs: 120_000 + MARGIN_MS, until: clock.now + 120_000 + MARGIN_MS });
  });

  it("keeps the reserve while it goes by its own count, before any RateLimit header", () => {
    const { gate, clock } = gateAt(1_000_000, 4);
    for (let i = 0; i < 3; i++) {
      expect(gate.delayBeforeNextRequest().delayMs).toBe(0);
      gate.sending();
    }
    // 3 of 4 sent by our own count: the 4th waits for the window our count started.
    expect(gate.delayBeforeNextRequest().until).toBe(clock.now + WINDOW_MS + MARGIN_MS);
  });

  it("is not raised again by an older answer that arrives after a newer one", () => {
    const { gate } = gateAt(1_000_000);
    // Two requests in flight; the one the Hub counted second answers first: r=0, its sibling
    // still in flight. Then the first-counted one arrives, saying r=1 with nobody else in flight.
    gate.observe(0, 60, 1);
    gate.observe(1, 60, 0);
    expect(gate.delayBeforeNextRequest().delayMs).toBeGreaterThan(0);
  });

  it("takes a reading from after the reset instant as a new window's", () => {
    const { gate, clock } = gateAt(1_000_000);
    gate.observe(0, 10, 0);
    expect(gate.delayBeforeNextRequest().delayMs).toBe(10_000 + MARGIN_MS);
    clock.now += 11_000;
    gate.observe(99, 300, 0);
    expect(gate.delayBeforeNextRequest().delayMs).toBe(0);
  });
});

describe("a bucket's work that is exactly its quota, against the mock Hub", () => {
  const dataset: MockHubDataset = {
    models: Array.from({ length: 6 }, (_, i) => ({
      id: `acme/model-${i}`,
      author: "acme",
      likes: 100 - i,
      downloads: 1,
      pipeline_tag: "text-generation",
      tags: [],
    })),
    authors: [{ name: "acme", type: "org" }],
  };

  it("fits in one window with no 429, and the next request waits for the reset", async () => {
    // A fake clock both sides read, starting at a window's start; sleeping moves it on.
    const clock = { now: 1_000 * WINDOW_MS };
    const now = () => clock.now;
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
      clock.now += ms;
    };
    const quota = { api: 1_000, resolvers: 1_000, pages: 4 };
    const hub = await startTestHub({ dataset, quota, tokenQuota: quota, windowMs: WINDOW_MS, now });
    const cacheDir = scratchDir("hub-gate-");
    const client = createHubClient({ endpoint: hub.url, token: null, cacheDir, offline: false, log: () => {}, now, sleep });

    // Two pages in flight at a time (the default for the pages bucket), four in all: the quota.
    const page = (p: number) => client.getJson(`/models-json?pipeline_tag=text-generation&sort=likes&p=${p}`, { bucket: "pages" });
    await Promise.all([0, 1, 2, 3].map(page));
    expect(waits).toEqual([]);
    expect(hub.requests.map((r) => r.status)).toEqual([200, 200, 200, 200]);

    await page(4);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(WINDOW_MS - 1_000);
    expect(hub.requests.filter((r) => r.status === 429)).toEqual([]);
    expect(client.stats().rateLimited).toBe(0);
  });
});
