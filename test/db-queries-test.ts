// The Report methods the pages call, checked against the fixture rows they summarise.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { writeDatabase } from "../src/data-loaders/db/load.ts";
import { openReport } from "../src/data-loaders/db/queries.ts";
import type { Report } from "../src/data-loaders/db/datasets.ts";
import type { AuthorRow, ModelRow } from "../src/data-loaders/db/rows.ts";
import { NOTEBOOK_THRESHOLDS } from "./fixtures/db.ts";
import { makeAuthorRow, makeCrawlRun, makeModelRow } from "./fixtures/rows.ts";
import { suiteScratchDir } from "./fixtures/scratch.ts";

const authors: AuthorRow[] = [
  makeAuthorRow({ name: "bigorg", type: "org", plan: "enterprise", followers: 9_000 }),
  makeAuthorRow({ name: "teamorg", type: "org", plan: "Team", followers: 300 }),
  makeAuthorRow({ name: "freeorg", type: "org", plan: null, followers: 5 }),
  makeAuthorRow({ name: "prouser", type: "user", is_pro: true, followers: 40 }),
  makeAuthorRow({ name: "plainuser", type: "user", is_pro: false, followers: 0 }),
  makeAuthorRow({ name: "silentuser", type: "user", is_pro: null, followers: null }),
  // "ghost" has models but no author row: its type is unknown.
];

const models: ModelRow[] = [
  makeModelRow({ id: "bigorg/a", likes: 900, downloads: 50_000, created_at: "2024-05-01T00:00:00Z" }),
  makeModelRow({ id: "bigorg/b", likes: 500, downloads: 50_000, created_at: "2024-06-01T00:00:00Z" }),
  makeModelRow({ id: "bigorg/c", likes: 500, downloads: 50_000, created_at: "2024-06-02T00:00:00Z", params: null, params_source: null }),
  makeModelRow({ id: "teamorg/old", likes: 800, downloads: 900_000, created_at: null, created_at_placeholder: true }),
  makeModelRow({ id: "teamorg/new", likes: 300, downloads: 70_000, created_at: "2024-02-01T00:00:00Z", params_source: "gguf" }),
  makeModelRow({ id: "freeorg/x", likes: 120, downloads: 9, created_at: "2024-03-01T00:00:00Z" }),
  makeModelRow({ id: "prouser/y", likes: 150, downloads: 1_000, created_at: "2023-03-01T00:00:00Z", params_source: "name" }),
  makeModelRow({ id: "plainuser/z", likes: 1, downloads: 1_000_000, created_at: "2024-08-01T00:00:00Z" }),
  makeModelRow({ id: "silentuser/w", likes: 60, downloads: 200, created_at: "2024-09-01T00:00:00Z", params: null, params_source: null }),
  makeModelRow({ id: "ghost/v", likes: 70, downloads: 300, created_at: null, created_at_placeholder: true }),
].map((model, index) => ({ ...model, rank: index + 1 }));

const scratchRoot = suiteScratchDir("hub-likes-db-");
let dbPath: string;
let report: Report;

beforeAll(async () => {
  dbPath = path.join(scratchRoot, "report.duckdb");
  await writeDatabase(dbPath, {
    models,
    authors,
    runs: [
      makeCrawlRun({ finished_at: "2025-02-01T00:00:00Z", endpoint: "http://127.0.0.1:9/old", models: 3 }),
      makeCrawlRun({
        finished_at: "2025-03-01T10:20:30Z",
        endpoint: "http://127.0.0.1:9",
        models: 10,
        authors: 7,
        sample: false,
        requested_limit: null,
        skipped_records: 2,
      }),
    ],
    skipped: [],
    thresholds: NOTEBOOK_THRESHOLDS,
  });
  report = await openReport(dbPath);
});

afterAll(async () => {
  report?.close();
});

describe("openReport", () => {
  test("a missing database file is a clear error naming the path", async () => {
    const missing = path.join(scratchRoot, "nope.duckdb");
    await expect(openReport(missing)).rejects.toThrow(`No report database at ${missing}`);
  });

  test("source() describes the latest crawl run", async () => {
    expect(await report.source()).toEqual({
      endpoint: "http://127.0.0.1:9",
      fetched_at: "2025-03-01T10:20:30Z",
      sample: false,
      requested_limit: null,
      models: 10,
      authors: 7,
      skipped_records: 2,
    });
  });

  test("source() of a database without crawl runs says what is missing", async () => {
    const empty = path.join(scratchRoot, "no-runs.duckdb");
    await writeDatabase(empty, { models, authors, runs: [], skipped: [], thresholds: NOTEBOOK_THRESHOLDS });
    const other = await openReport(empty);
    try {
      await expect(other.source()).rejects.toThrow(/no crawl run/);
    } finally {
      other.close();
    }
  });
});

describe("top downloads", () => {
  // likes sorted: 1, 60, 70, 120, 150, 300, 500, 500, 800, 900 → 25th percentile at h = 2.25 → 70 + 0.25 * 50 = 82.5.
  const likesThreshold = 82.5;
  const expectedIds = models
    .filter((m) => m.likes >= likesThreshold && m.downloads >= 10 && !m.created_at_placeholder && (m.created_at ?? "") >= "2024-01-01")
    .sort((a, b) => b.downloads - a.downloads || b.likes - a.likes || a.id.localeCompare(b.id))
    .map((m) => m.id);

  test("lists high-quality models of the later era by downloads, ties by likes then id", async () => {
    expect((await report.thresholds()).likes_threshold).toBe(likesThreshold);
    const rows = await report.topDownloads();
    expect(rows.map((row) => row.id)).toEqual(expectedIds);
    expect(expectedIds).toEqual(["teamorg/new", "bigorg/a", "bigorg/b", "bigorg/c"]);
  });

  test("returns typed rows with the author type, size bucket and ISO date", async () => {
    const [first] = await report.topDownloads({ n: 1 });
    expect(first).toEqual({
      rank: 5,
      id: "teamorg/new",
      author: "teamorg",
      author_type: "org",
      likes: 300,
      downloads: 70_000,
      params: 8_030_261_248,
      params_source: "gguf",
      size_bucket: "1–20B",
      created_at: "2024-02-01T00:00:00Z",
    });
  });

  test("n limits the list and must be a whole number", async () => {
    expect(await report.topDownloads({ n: 2 })).toHaveLength(2);
    await expect(report.topDownloads({ n: -1 })).rejects.toThrow(/topDownloads\(n\)/);
  });

  test("a parameter the dataset does not take is refused, naming the ones it takes", async () => {
    const misspelt = { limit: 2 } as unknown as { n: number };
    await expect(report.topDownloads(misspelt)).rejects.toThrow("topDownloads(limit): topDownloads has no parameter limit; it takes n.");
  });
});

describe("authors", () => {
  function statsByAuthor() {
    const stats = new Map<string, { models: number; likes: number; downloads: number }>();
    for (const model of models) {
      const entry = stats.get(model.author) ?? { models: 0, likes: 0, downloads: 0 };
      entry.models += 1;
      entry.likes += model.likes;
      entry.downloads += model.downloads;
      stats.set(model.author, entry);
    }
    return stats;
  }

  test("author types count authors, models and likes, with authors the Hub did not describe as unknown", async () => {
    const expected = new Map<string, { authors: number; models: number; likes: number }>();
    for (const [name, stats] of statsByAuthor()) {
      const type = authors.find((author) => author.name === name)?.type ?? "unknown";
      const entry = expected.get(type) ?? { authors: 0, models: 0, likes: 0 };
      entry.authors += 1;
      entry.models += stats.models;
      entry.likes += stats.likes;
      expected.set(type, entry);
    }
    const rows = await report.authorTypes();
    expect(rows.map(({ author_type, authors, models, likes }) => ({ author_type, authors, models, likes }))).toEqual(
      ["org", "user", "unknown"].map((author_type) => ({ author_type, ...expected.get(author_type)! })),
    );
    // Their high-quality models split the high-quality population (test/findings-test.ts checks the shares).
    expect(rows.reduce((s, r) => s + r.high_quality, 0)).toBe((await report.qualitySplit()).high_quality);
  });

  test("plans: an org's reported plan (lower-cased) or free, a user's pro or free, unknown when not reported", async () => {
    const rows = await report.authorPlans();
    const byKey = Object.fromEntries(rows.map((row) => [`${row.author_type}:${row.plan}`, [row.authors, row.models]]));
    expect(byKey).toEqual({
      "org:enterprise": [1, 3],
      "org:team": [1, 2],
      "org:free": [1, 1],
      "user:pro": [1, 1],
      "user:free": [1, 1],
      "user:unknown": [1, 1],
      "unknown:unknown": [1, 1],
    });
  });

  test("top authors are ordered by total likes with their models, downloads and followers", async () => {
    const stats = statsByAuthor();
    const expected = [...stats.entries()]
      .sort(([nameA, a], [nameB, b]) => b.likes - a.likes || b.models - a.models || nameA.localeCompare(nameB))
      .slice(0, 3)
      .map(([author, s]) => {
        const row = authors.find((a) => a.name === author);
        return { author, author_type: row?.type ?? null, ...s, followers: row?.followers ?? null };
      });
    expect(await report.topAuthors({ n: 3 })).toEqual(expected);
  });
});

describe("counts", () => {
  test("placeholder dates are counted", async () => {
    expect(await report.placeholderDates()).toBe(models.filter((m) => m.created_at_placeholder).length);
  });

  test("params sources list the whole cascade in order, unknown last, zeros included", async () => {
    const count = (source: string | null) => models.filter((m) => m.params_source === source).length;
    const packed = (source: string | null) => models.filter((m) => m.params_source === source && m.params_packed).length;
    const adapters = (source: string | null) => models.filter((m) => m.params_source === source && m.base_relation === "adapter").length;
    const row = (source: string, models: number, of: string | null = source) => ({
      source,
      models,
      packed_storage: packed(of),
      adapters: adapters(of),
    });
    expect(await report.paramsSources()).toEqual([
      row("safetensors", count("safetensors")),
      row("gguf", 1),
      row("hub-listing", 0),
      row("safetensors-header", 0),
      row("model-page", 0),
      row("base-model", 0),
      row("unpacked", 0),
      row("name", 1),
      row("unknown", count(null), null),
    ]);
  });

  test("describeAuthors covers authors of at least one model, followers known only", async () => {
    const rows = await report.describeAuthors();
    expect(rows.map((row) => [row.column, row.count])).toEqual([
      ["models", 7],
      ["likes", 7],
      ["downloads", 7],
      ["followers", 5],
    ]);
    expect(rows[0]).toMatchObject({ min: 1, max: 3 });
  });
});
