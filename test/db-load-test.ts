// writeDatabase: every column survives the trip, times end up in UTC, and a failed write leaves
// the previous database exactly as it was, with no temporary files behind.
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { writeDatabase, type DatabaseContents } from "../src/data-loaders/db/load.ts";
import type { ModelRow } from "../src/data-loaders/db/rows.ts";
import { openReport } from "../src/data-loaders/db/queries.ts";
import { NOTEBOOK_THRESHOLDS, queryDatabase } from "./fixtures/db.ts";
import { makeAuthorRow, makeCrawlRun, makeModelRow } from "./fixtures/rows.ts";
import { suiteScratchDir } from "./fixtures/scratch.ts";

const scratchRoot = suiteScratchDir("hub-likes-db-");
afterAll(async () => {});

function contents(overrides: Partial<DatabaseContents> = {}): DatabaseContents {
  return {
    models: [makeModelRow({ id: "org/one" })],
    authors: [makeAuthorRow({ name: "org" })],
    runs: [makeCrawlRun()],
    skipped: [],
    thresholds: NOTEBOOK_THRESHOLDS,
    ...overrides,
  };
}

async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

describe("writeDatabase", () => {
  test("every model column comes back as written, lists and nulls included", async () => {
    const full = makeModelRow({
      id: "meta-llama/Llama-3.1-8B-Instruct",
      rank: 7,
      likes: 4_321,
      downloads: 5_000_000_000,
      trending_score: 12.5,
      created_at: "2024-07-18T08:56:00Z",
      last_modified: "2024-09-25T17:00:57Z",
      sha: "0e9e39f249a16976918f6564b8830bc894c89659",
      gated: "manual",
      params: 8_030_261_248,
      params_source: "safetensors",
      params_evidence: "safetensors.total = 8030261248",
      params_packed: false,
      name_params: 8_000_000_000,
      experts: 8,
      active_params: 2_000_000_000,
      license: "llama3.1",
      architectures: ["LlamaForCausalLM"],
      base_models: ["meta-llama/Llama-3.1-8B", "it's/quoted"],
      base_relation: "finetune",
      tags: ["a", "b,c", "d;e"],
    });
    const sparse = makeModelRow({
      id: "someone/sparse",
      rank: 8,
      trending_score: null,
      created_at: null,
      created_at_placeholder: true,
      last_modified: null,
      library_name: null,
      params: null,
      params_source: null,
      params_evidence: null,
      params_packed: true,
      license: null,
      model_type: null,
      family: null,
      architectures: [],
      base_models: [],
      tags: [],
    });
    const dbPath = path.join(scratchRoot, "columns.duckdb");
    await writeDatabase(dbPath, contents({ models: [full, sparse] }));
    const rows = await queryDatabase<Record<string, unknown>>(
      dbPath,
      `SELECT * REPLACE (strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at,
                         strftime(last_modified, '%Y-%m-%dT%H:%M:%SZ') AS last_modified)
       FROM models ORDER BY rank`,
    );
    expect(rows).toEqual([full, sparse]);
  });

  test("times with an offset or without a zone are stored in UTC", async () => {
    const dbPath = path.join(scratchRoot, "times.duckdb");
    await writeDatabase(
      dbPath,
      contents({
        models: [
          makeModelRow({ id: "org/offset", rank: 1, created_at: "2024-01-01T01:30:00+02:00" }),
          makeModelRow({ id: "org/no-zone", rank: 2, created_at: "2024-01-01T01:30:00" }),
          makeModelRow({ id: "org/millis", rank: 3, created_at: "2024-01-01T01:30:00.250Z" }),
        ],
      }),
    );
    const rows = await queryDatabase<{ created_at: string }>(
      dbPath,
      "SELECT strftime(created_at, '%Y-%m-%dT%H:%M:%S.%gZ') AS created_at FROM models ORDER BY rank",
    );
    expect(rows.map((row) => row.created_at)).toEqual(["2023-12-31T23:30:00.000Z", "2024-01-01T01:30:00.000Z", "2024-01-01T01:30:00.250Z"]);
  });

  test("authors, crawl runs, skipped records and thresholds are all stored", async () => {
    const dbPath = path.join(scratchRoot, "tables.duckdb");
    const author = makeAuthorRow({ name: "org", fullname: "The Org", followers: 12, plan: "team", is_enterprise: false, num_models: 3 });
    const run = makeCrawlRun({ requested_limit: null, models: 1, wait_ms: 123_456, retries: 2 });
    await writeDatabase(
      dbPath,
      contents({
        authors: [author],
        runs: [run],
        skipped: [
          { id: "x/y", reason: "no likes" },
          { id: null, reason: "bad page" },
        ],
      }),
    );
    expect(await queryDatabase(dbPath, "SELECT * FROM authors")).toEqual([author]);
    expect(
      await queryDatabase(
        dbPath,
        `SELECT * REPLACE (strftime(started_at, '%Y-%m-%dT%H:%M:%SZ') AS started_at,
                           strftime(finished_at, '%Y-%m-%dT%H:%M:%SZ') AS finished_at) FROM crawl_runs`,
      ),
    ).toEqual([run]);
    expect(await queryDatabase(dbPath, "SELECT * FROM skipped_records ORDER BY reason")).toEqual([
      { id: null, reason: "bad page" },
      { id: "x/y", reason: "no likes" },
    ]);
    expect(
      await queryDatabase(
        dbPath,
        "SELECT likes_percentile, min_downloads, strftime(era_boundary, '%Y-%m-%d') AS era_boundary FROM report_settings",
      ),
    ).toEqual([{ likes_percentile: 0.25, min_downloads: 10, era_boundary: "2024-01-01" }]);
  });

  test("many rows load in one go, across several staging batches", async () => {
    const dbPath = path.join(scratchRoot, "many.duckdb");
    const models = Array.from({ length: 12_345 }, (_, index) =>
      makeModelRow({ id: `org/m${index}`, rank: index + 1, likes: index, params: index % 3 === 0 ? null : index * 1_000_000 }),
    );
    await writeDatabase(dbPath, contents({ models }));
    const [summary] = await queryDatabase<{ models: number; likes: number; unknown: number }>(
      dbPath,
      "SELECT count(*) AS models, sum(likes)::BIGINT AS likes, count(*) FILTER (WHERE params IS NULL) AS unknown FROM models",
    );
    expect(summary).toEqual({
      models: 12_345,
      likes: (12_344 * 12_345) / 2,
      unknown: models.filter((model) => model.params === null).length,
    });
  });

  test("a second write replaces the database, including a stale write-ahead log of the old one", async () => {
    const dbPath = path.join(scratchRoot, "replace.duckdb");
    await writeDatabase(dbPath, contents({ models: [makeModelRow({ id: "org/old" })] }));
    await writeFile(`${dbPath}.wal`, "a log that belongs to the old file");
    await writeDatabase(dbPath, contents({ models: [makeModelRow({ id: "org/new" })] }));
    expect(await queryDatabase(dbPath, "SELECT id FROM models")).toEqual([{ id: "org/new" }]);
    expect(await filesIn(scratchRoot)).not.toContain("replace.duckdb.wal");
  });
});

describe("large and interrupted writes", () => {
  test("a table of more rows than one staging chunk loads every row, in rank order", async () => {
    const dbPath = path.join(scratchRoot, "many.duckdb");
    const count = 120_001;
    const models = Array.from({ length: count }, (_, index) =>
      makeModelRow({ id: `org/m${index}`, rank: index + 1, likes: count - index }),
    );
    await writeDatabase(dbPath, contents({ models }));
    expect(await queryDatabase(dbPath, "SELECT count(*)::INTEGER AS n, count(DISTINCT id)::INTEGER AS ids FROM models")).toEqual([
      { n: count, ids: count },
    ]);
    expect(await queryDatabase(dbPath, "SELECT id FROM models WHERE rank IN (1, 50001, 120001) ORDER BY rank")).toEqual([
      { id: "org/m0" },
      { id: "org/m50000" },
      { id: "org/m120000" },
    ]);
  });

  test("a caller done with its rows can have them let go as they are staged, and every row still loads", async () => {
    const dbPath = path.join(scratchRoot, "released", "hub-likes.duckdb");
    const count = 60_001;
    const models: Array<ModelRow | undefined> = Array.from({ length: count }, (_, index) =>
      makeModelRow({ id: `org/m${index}`, rank: index + 1, likes: count - index }),
    );
    const kept = models.slice();
    await writeDatabase(dbPath, contents({ models: models as ModelRow[], releaseModelRows: true }));
    expect(models.length).toBe(count);
    expect(models.every((row) => row === undefined)).toBe(true);
    expect(await queryDatabase(dbPath, "SELECT count(*)::INTEGER AS n, max(rank)::INTEGER AS last FROM models")).toEqual([
      { n: count, last: count },
    ]);
    // Without the flag the caller's rows are left as they were.
    await writeDatabase(dbPath, contents({ models: kept as ModelRow[] }));
    expect(kept.every((row) => row !== undefined)).toBe(true);
  });

  test("temporary files of a write whose process is gone are removed; a running process's are left alone", async () => {
    const dir = path.join(scratchRoot, "abandoned");
    const dbPath = path.join(dir, "hub-likes.duckdb");
    await writeDatabase(dbPath, contents());
    // A pid far above any pid_max is never a running process; our parent is always running.
    const gone = 2 ** 30;
    const running = process.ppid;
    const leftovers = [
      `hub-likes.duckdb.tmp-${gone}-0a1b2c3d`,
      `hub-likes.duckdb.tmp-${gone}-0a1b2c3d.wal`,
      `hub-likes.duckdb.tmp-${gone}-0a1b2c3d.models.ndjson`,
    ];
    const kept = `hub-likes.duckdb.tmp-${running}-4e5f6a7b`;
    for (const name of [...leftovers, kept, "unrelated.tmp-1"]) await writeFile(path.join(dir, name), "x");

    await writeDatabase(dbPath, contents());
    expect(await filesIn(dir)).toEqual(["hub-likes.duckdb", kept, "unrelated.tmp-1"].sort());
  });
});

describe("a failed write", () => {
  test("a row that breaks a constraint fails the write, names the table, and leaves the old database untouched", async () => {
    const dir = path.join(scratchRoot, "atomic");
    const dbPath = path.join(dir, "hub-likes.duckdb");
    await writeDatabase(dbPath, contents({ models: [makeModelRow({ id: "org/kept", likes: 77 })] }));
    const before = await readFile(dbPath);

    const duplicate = [makeModelRow({ id: "org/twice", rank: 1 }), makeModelRow({ id: "org/twice", rank: 2 })];
    const failure = await writeDatabase(dbPath, contents({ models: duplicate })).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/table "models"/);
    expect(failure).toMatch(/org\/twice/);
    expect(failure).toMatch(/previous database at that path is unchanged/);

    expect((await readFile(dbPath)).equals(before)).toBe(true);
    expect(await filesIn(dir)).toEqual(["hub-likes.duckdb"]);
    const report = await openReport(dbPath);
    try {
      expect((await report.topAuthors()).map((row) => row.likes)).toEqual([77]);
    } finally {
      report.close();
    }
  });

  test("a missing required field is refused with the constraint named", async () => {
    const dbPath = path.join(scratchRoot, "missing.duckdb");
    const withoutAuthor = { ...makeModelRow({ id: "org/no-author" }), author: undefined } as unknown as ReturnType<typeof makeModelRow>;
    await expect(writeDatabase(dbPath, contents({ models: [withoutAuthor] }))).rejects.toThrow(/models\.author/);
    expect(await filesIn(scratchRoot)).not.toContain("missing.duckdb");
  });

  test("a date that is not ISO 8601 is refused with the row, the column and the expected form", async () => {
    const dbPath = path.join(scratchRoot, "bad-date.duckdb");
    const model = makeModelRow({ id: "org/bad-date", created_at: "last Tuesday" });
    await expect(writeDatabase(dbPath, contents({ models: [model] }))).rejects.toThrow(
      /models row 1 \(id "org\/bad-date"\): created_at "last Tuesday" is not a date; write ISO 8601/,
    );
    expect((await filesIn(scratchRoot)).filter((name) => name.startsWith("bad-date"))).toEqual([]);
  });

  test("invalid thresholds are refused before anything is replaced", async () => {
    const dbPath = path.join(scratchRoot, "thresholds.duckdb");
    await writeDatabase(dbPath, contents());
    await expect(
      writeDatabase(dbPath, contents({ thresholds: { likesPercentile: 25, minDownloads: 10, eraBoundary: "2024-01-01" } })),
    ).rejects.toThrow(/thresholds .* are not valid/);
    expect(await queryDatabase(dbPath, "SELECT likes_percentile FROM report_settings")).toEqual([{ likes_percentile: 0.25 }]);
  });
});
