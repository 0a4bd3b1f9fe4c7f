import { describe, expect, it } from "vitest";
import { fetchAuthors } from "../src/data-loaders/hub/authors.ts";
import { createHubClient } from "../src/data-loaders/hub/client.ts";
import type { MockHubDataset } from "../src/mock-hub/types.ts";
import { scratchDir, startTestHub } from "./fixtures/scratch.ts";

const DATASET: MockHubDataset = {
  models: [
    { id: "acme/a", likes: 1, downloads: 1 },
    { id: "jane/b", likes: 1, downloads: 1 },
    { id: "Zürich NLP/c", likes: 1, downloads: 1 },
  ],
  authors: [
    { name: "acme", type: "org", fullname: "ACME Labs", numFollowers: 120, plan: "enterprise" },
    { name: "jane", type: "user", fullname: "Jane Doe", isPro: true },
    { name: "Zürich NLP", type: "user" },
  ],
};

describe("fetchAuthors", () => {
  it("tells organisations from users by which overview answers, and marks the rest unknown", async () => {
    const hub = await startTestHub({ dataset: DATASET });
    const cacheDir = scratchDir("hub-authors-");
    const client = createHubClient({ endpoint: hub.url, token: null, cacheDir, offline: false, log: () => {} });

    const done: number[] = [];
    const authors = await fetchAuthors(client, ["jane", "acme", "ghost", "acme", "Zürich NLP"], {
      onProgress: (n) => done.push(n),
    });
    expect([...authors.keys()]).toEqual(["jane", "acme", "ghost", "Zürich NLP"]);
    expect(authors.get("acme")).toMatchObject({ kind: "org", overview: { name: "acme", plan: "enterprise" } });
    expect(authors.get("jane")).toMatchObject({ kind: "user", overview: { user: "jane", isPro: true } });
    expect(authors.get("Zürich NLP")?.kind).toBe("user");
    const ghost = authors.get("ghost");
    expect(ghost?.kind).toBe("unknown");
    expect(ghost?.kind === "unknown" && ghost.reason).toContain('"ghost"');
    expect(done).toHaveLength(4);

    // One request for an org, two for a user or an unknown name; names are URL-encoded.
    expect(hub.requests).toHaveLength(1 + 2 + 2 + 2);
    expect(hub.requests.some((r) => r.path === "/api/users/Z%C3%BCrich%20NLP/overview")).toBe(true);

    const offline = createHubClient({ endpoint: hub.url, token: null, cacheDir, offline: true, log: () => {} });
    const again = await fetchAuthors(offline, ["jane", "acme", "ghost", "Zürich NLP"]);
    expect(again).toEqual(authors);
    expect(hub.requests).toHaveLength(7);
  });
});
