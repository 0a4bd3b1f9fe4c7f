// The published downloads: the same model table as CSV, Parquet and JSON, described column by
// column in the data dictionary, plus summary.json with the report's headline figures.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { MODEL_EXPORT_COLUMNS } from "../src/data-loaders/db/data-dictionary.ts";
import { messages } from "../src/i18n/index.ts";
import { exportData } from "../src/data-loaders/db/export.ts";
import { writeDatabase } from "../src/data-loaders/db/load.ts";
import { DEFAULT_SIZE_BUCKETS } from "../src/data-loaders/db/report-types.ts";
import { sqlString } from "../src/data-loaders/db/sql-files.ts";
import type { AuthorRow, ModelRow } from "../src/data-loaders/db/rows.ts";
import { NOTEBOOK_THRESHOLDS, queryDatabase } from "./fixtures/db.ts";
import { makeAuthorRow, makeCrawlRun, makeModelRow } from "./fixtures/rows.ts";
import { isHighQuality, pandasQuantile } from "./fixtures/stats.ts";
import { suiteScratchDir } from "./fixtures/scratch.ts";

/** The cascade's sources in order, as the views list them, plus "unknown". */
const PARAMS_SOURCES = [
  "safetensors",
  "gguf",
  "hub-listing",
  "safetensors-header",
  "model-page",
  "base-model",
  "unpacked",
  "name",
  "unknown",
];

const authors: AuthorRow[] = [makeAuthorRow({ name: "org", type: "org" }), makeAuthorRow({ name: "person", type: "user" })];

const models: ModelRow[] = [
  makeModelRow({
    id: "org/full",
    likes: 500,
    downloads: 20_000,
    created_at: "2024-07-18T08:56:00Z",
    last_modified: "2024-09-25T17:00:57Z",
    params: 70_553_706_496,
    base_models: ["meta-llama/Llama-3.1-70B", "other/base"],
    base_relation: "merge",
  }),
  makeModelRow({
    id: "person/sparse",
    likes: 40,
    downloads: 11,
    created_at: null,
    created_at_placeholder: true,
    last_modified: null,
    params: null,
    params_source: null,
    params_evidence: null,
    params_packed: true,
    license: null,
    family: null,
    model_type: null,
    library_name: null,
    base_models: [],
  }),
  makeModelRow({ id: "nobody/small", likes: 3, downloads: 5_000, created_at: "2023-01-01T00:00:00Z", params: 124_000_000 }),
  makeModelRow({ id: "org/popular", likes: 90, downloads: 900_000, created_at: "2024-01-01T00:00:00Z", params_source: "model-page" }),
  makeModelRow({ id: "org/unloved", likes: 200, downloads: 3, created_at: "2024-03-01T00:00:00Z" }),
].map((model, index) => ({ ...model, rank: index + 1 }));

const scratchRoot = suiteScratchDir("hub-likes-db-");
let dbPath: string;
let dataDir: string;
let files: string[];

beforeAll(async () => {
  dbPath = path.join(scratchRoot, "export.duckdb");
  dataDir = path.join(scratchRoot, "dist", "data");
  await writeDatabase(dbPath, {
    models,
    authors,
    runs: [makeCrawlRun({ endpoint: "http://127.0.0.1:4000", finished_at: "2025-04-05T06:07:08Z", sample: true, requested_limit: 5 })],
    skipped: [],
    thresholds: NOTEBOOK_THRESHOLDS,
  });
  ({ files } = await exportData(dbPath, dataDir));
});

async function readJsonExport(): Promise<Array<Record<string, unknown>>> {
  return JSON.parse(await readFile(path.join(dataDir, "models.json"), "utf8"));
}

describe("exportData", () => {
  test("writes the three model tables, Parquet first as the primary download, and summary.json into the data directory", () => {
    expect(files.slice(0, 4)).toEqual(
      ["models.parquet", "models.csv", "models.json", "summary.json"].map((name) => path.join(dataDir, name)),
    );
  });

  test("writes the explorer's manifest and one shard for a small table", () => {
    expect(files).toEqual(expect.arrayContaining(["manifest.json", "models-0.json"].map((name) => path.join(dataDir, "explore", name))));
  });

  test("a missing database is a clear error", async () => {
    await expect(exportData(path.join(scratchRoot, "absent.duckdb"), dataDir)).rejects.toThrow(/No report database at .*absent\.duckdb/);
  });
});

describe("models.csv", () => {
  test("has the published columns in order, empty cells for missing values, true/false, ISO UTC dates and ';'-joined lists", async () => {
    const lines = (await readFile(path.join(dataDir, "models.csv"), "utf8")).trimEnd().split("\n");
    expect(lines[0]).toBe(MODEL_EXPORT_COLUMNS.join(","));
    expect(lines).toHaveLength(models.length + 1);
    const cells = (line: string) => Object.fromEntries(line.split(",").map((value, index) => [MODEL_EXPORT_COLUMNS[index], value]));
    expect(cells(lines[1])).toMatchObject({
      rank: "1",
      id: "org/full",
      author_type: "org",
      created_at: "2024-07-18T08:56:00Z",
      created_at_placeholder: "false",
      last_modified: "2024-09-25T17:00:57Z",
      params: "70553706496",
      size_bucket: "60–80B",
      high_quality: "true",
      era: "after",
      base_models: "meta-llama/Llama-3.1-70B;other/base",
      base_relation: "merge",
    });
    expect(cells(lines[2])).toMatchObject({
      id: "person/sparse",
      author_type: "user",
      created_at: "",
      created_at_placeholder: "true",
      last_modified: "",
      params: "",
      params_source: "",
      params_packed: "true",
      size_bucket: "unknown",
      era: "before",
      license: "",
      base_models: "",
      base_relation: "",
    });
    expect(cells(lines[3])).toMatchObject({ id: "nobody/small", author_type: "", size_bucket: "<1B", high_quality: "false" });
  });
});

describe("models.json", () => {
  test("is an array of row objects with the published columns, lists as arrays and null for missing values", async () => {
    const rows = await readJsonExport();
    expect(rows.map((row) => row.id)).toEqual(models.map((model) => model.id));
    for (const row of rows) expect(Object.keys(row)).toEqual([...MODEL_EXPORT_COLUMNS]);
    expect(rows[0]).toMatchObject({ params: 70_553_706_496, base_models: ["meta-llama/Llama-3.1-70B", "other/base"], high_quality: true });
    expect(rows[1]).toMatchObject({ created_at: null, params: null, license: null, base_models: [], created_at_placeholder: true });
  });

  test("agrees with the CSV cell for cell", async () => {
    const rows = await readJsonExport();
    const lines = (await readFile(path.join(dataDir, "models.csv"), "utf8")).trimEnd().split("\n").slice(1);
    // DuckDB writes a whole DOUBLE as "40.0" in CSV; JSON has 40.
    const asCsvCell = (value: unknown, column: string) =>
      value === null
        ? ""
        : Array.isArray(value)
          ? value.join(";")
          : column === "likes_per_day" && Number.isInteger(value)
            ? `${value}.0`
            : String(value);
    expect(lines).toEqual(rows.map((row) => MODEL_EXPORT_COLUMNS.map((column) => asCsvCell(row[column], column)).join(",")));
  });
});

describe("models.parquet", () => {
  test("reads back with DuckDB to the same rows, with typed columns", async () => {
    const parquet = sqlString(path.join(dataDir, "models.parquet"));
    const types = await queryDatabase<{ column_name: string; column_type: string }>(
      dbPath,
      `SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(${parquet}))`,
    );
    expect(types.map((row) => row.column_name)).toEqual([...MODEL_EXPORT_COLUMNS]);
    expect(Object.fromEntries(types.map((row) => [row.column_name, row.column_type]))).toMatchObject({
      params: "BIGINT",
      created_at: "TIMESTAMP WITH TIME ZONE",
      high_quality: "BOOLEAN",
      base_models: "VARCHAR[]",
    });
    const rows = await queryDatabase<Record<string, unknown>>(
      dbPath,
      `SELECT * REPLACE (strftime(created_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ') AS created_at,
                         strftime(last_modified AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ') AS last_modified)
       FROM read_parquet(${parquet})`,
    );
    expect(rows).toEqual(await readJsonExport());
  });
});

describe("summary.json", () => {
  test("carries the thresholds, splits, buckets, top downloads, sources and crawl computed from the rows", async () => {
    const summary = JSON.parse(await readFile(path.join(dataDir, "summary.json"), "utf8"));
    const likesThreshold = pandasQuantile(
      models.map((model) => model.likes),
      0.25,
    );
    const high = models.filter((model) => isHighQuality(model, likesThreshold, 10));
    const eraOf = (model: ModelRow) =>
      model.created_at_placeholder || (model.created_at !== null && model.created_at < "2024-01-01") ? "before" : "after";
    const bucketCounts = (era: string) =>
      Object.fromEntries(
        DEFAULT_SIZE_BUCKETS.map((bucket) => [
          bucket,
          high.filter((model) => eraOf(model) === era && sizeBucketOf(model.params) === bucket).length,
        ]),
      );

    expect(summary).toEqual({
      models: 5,
      authors: 3,
      thresholds: { likes_percentile: 0.25, likes: likesThreshold, downloads: 10, era: "2024-01-01" },
      high_quality: high.length,
      low_quality: models.length - high.length,
      era: { before: high.filter((m) => eraOf(m) === "before").length, after: high.filter((m) => eraOf(m) === "after").length },
      size_buckets: { before: bucketCounts("before"), after: bucketCounts("after") },
      top_downloads: high
        .filter((model) => eraOf(model) === "after")
        .sort((a, b) => b.downloads - a.downloads)
        .map((model) => model.id),
      params_sources: {
        safetensors: 3,
        gguf: 0,
        "hub-listing": 0,
        "safetensors-header": 0,
        "model-page": 1,
        "base-model": 0,
        unpacked: 0,
        name: 0,
        unknown: 1,
      },
      size_bucket_sources: Object.fromEntries(
        DEFAULT_SIZE_BUCKETS.map((bucket) => [
          bucket,
          Object.fromEntries(
            PARAMS_SOURCES.map((source) => [
              source,
              high.filter((model) => sizeBucketOf(model.params) === bucket && (model.params_source ?? "unknown") === source).length,
            ]),
          ),
        ]),
      ),
      source: { endpoint: "http://127.0.0.1:4000", fetched_at: "2025-04-05T06:07:08Z", sample: true, requested_limit: 5 },
      // What the next run's publish check compares against.
      completeness: {
        total_likes: models.reduce((sum, model) => sum + model.likes, 0),
        known_params: models.filter((model) => model.params !== null).length,
        known_author_type: models.filter((model) => authors.some((a) => a.name === model.author && a.type !== null)).length,
        known_created_at: models.filter((model) => model.created_at !== null || model.created_at_placeholder).length,
        skipped_records: makeCrawlRun({}).skipped_records,
      },
    });
    // Hand-checked: likes 3, 40, 90, 200, 500 → threshold 40; "nobody/small" (3 likes) and "org/unloved" (3 downloads) are low.
    expect(summary.thresholds.likes).toBe(40);
    expect(summary.top_downloads).toEqual(["org/popular", "org/full"]);
    // Per bucket, the sources add up to the bucket's models of both eras.
    for (const bucket of DEFAULT_SIZE_BUCKETS) {
      const fromSources = Object.values(summary.size_bucket_sources[bucket] as Record<string, number>).reduce((sum, n) => sum + n, 0);
      expect(fromSources, bucket).toBe(summary.size_buckets.before[bucket] + summary.size_buckets.after[bucket]);
    }
    expect(summary.size_bucket_sources["1–20B"]["model-page"]).toBe(1);
  });
});

describe("data dictionary", () => {
  test("describes every exported column and nothing else", () => {
    const dictionary = messages("en").dataDictionary.columns;
    expect(Object.keys(dictionary).sort()).toEqual([...MODEL_EXPORT_COLUMNS].sort());
    for (const column of MODEL_EXPORT_COLUMNS) expect(dictionary[column].length, column).toBeGreaterThan(20);
  });
});

function sizeBucketOf(params: number | null): string {
  if (params === null) return "unknown";
  if (params < 1e9) return "<1B";
  if (params < 20e9) return "1–20B";
  if (params < 40e9) return "20–40B";
  if (params < 60e9) return "40–60B";
  if (params < 80e9) return "60–80B";
  return ">80B";
}
