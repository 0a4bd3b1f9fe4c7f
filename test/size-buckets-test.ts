// Configured size buckets travel as data: writeDatabase stores them in size_buckets, and the views,
// summary.json and the sizes chart all follow them, while a build without them keeps the notebook's.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import * as cheerio from "cheerio";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { sizeBucketsChart } from "../src/charts/size-buckets.ts";
import { exportData, type DataSummary } from "../src/data-loaders/db/export.ts";
import { writeDatabase } from "../src/data-loaders/db/load.ts";
import { openReport } from "../src/data-loaders/db/queries.ts";
import { SIZE_BUCKETS, sizeBucketsIn, type SizeBucketRow } from "../src/data-loaders/db/report-types.ts";
import type { ModelRow } from "../src/data-loaders/rows.ts";
import { executeOnDatabase, makeScratchDir, NOTEBOOK_THRESHOLDS, queryDatabase } from "./fixtures/db.ts";
import { makeAuthorRow, makeCrawlRun, makeModelRow } from "./fixtures/rows.ts";

const CUSTOM_EDGES = [7e9, 70e9];
const CUSTOM_BUCKETS = ["<7B", "7–70B", ">70B", "unknown"];

// Every model is high quality and after the boundary (equal likes, many downloads), so each one
// counts in the "after" column of its bucket.
const sizes: Array<[string, number | null, string]> = [
  ["tiny", 124_000_000, "<7B"],
  ["just-under", 6_999_999_999, "<7B"],
  ["at-edge", 7_000_000_000, "7–70B"],
  ["mid", 13_000_000_000, "7–70B"],
  ["upper-edge", 70_000_000_000, ">70B"],
  ["huge", 671_000_000_000, ">70B"],
  ["unsized", null, "unknown"],
];
const models: ModelRow[] = sizes.map(([name, params], index) =>
  makeModelRow({
    id: `org/${name}`,
    rank: index + 1,
    likes: 100,
    downloads: 10_000,
    created_at: "2024-06-01T00:00:00Z",
    params,
    params_source: params === null ? null : "safetensors",
    params_evidence: params === null ? null : "safetensors.total",
  }),
);

let scratch: Awaited<ReturnType<typeof makeScratchDir>>;
let customDb: string;
let defaultDb: string;

beforeAll(async () => {
  scratch = await makeScratchDir();
  customDb = path.join(scratch.dir, "custom.duckdb");
  defaultDb = path.join(scratch.dir, "default.duckdb");
  const contents = {
    models,
    authors: [makeAuthorRow({ name: "org", type: "org" as const })],
    runs: [makeCrawlRun({ finished_at: "2025-01-01T00:00:00Z" })],
    skipped: [],
    thresholds: NOTEBOOK_THRESHOLDS,
  };
  await writeDatabase(customDb, { ...contents, sizeBuckets: CUSTOM_EDGES });
  await writeDatabase(defaultDb, contents);
});

afterAll(async () => {
  await scratch.remove();
});

async function sizeBucketRows(dbPath: string): Promise<SizeBucketRow[]> {
  const report = await openReport(dbPath);
  try {
    return await report.sizeBuckets();
  } finally {
    report.close();
  }
}

describe("configured size buckets", () => {
  test("writeDatabase stores the buckets with their bounds and order", async () => {
    const rows = await queryDatabase(customDb, "SELECT bucket, lower_bound, upper_bound, bucket_order FROM size_buckets ORDER BY bucket_order");
    expect(rows).toEqual([
      { bucket: "<7B", lower_bound: null, upper_bound: 7e9, bucket_order: 1 },
      { bucket: "7–70B", lower_bound: 7e9, upper_bound: 70e9, bucket_order: 2 },
      { bucket: ">70B", lower_bound: 70e9, upper_bound: null, bucket_order: 3 },
    ]);
    const order = await queryDatabase<{ bucket: string }>(customDb, "SELECT bucket FROM size_bucket_order ORDER BY bucket_order");
    expect(order.map((row) => row.bucket)).toEqual(CUSTOM_BUCKETS);
  });

  test("model_facts puts each model in the configured bucket, lower bound included", async () => {
    const rows = await queryDatabase<{ id: string; size_bucket: string }>(customDb, "SELECT id, size_bucket FROM model_facts ORDER BY rank");
    expect(rows).toEqual(sizes.map(([name, , bucket]) => ({ id: `org/${name}`, size_bucket: bucket })));
  });

  test("the report's size buckets list every configured bucket per era, with counts", async () => {
    const rows = await sizeBucketRows(customDb);
    expect(sizeBucketsIn(rows)).toEqual(CUSTOM_BUCKETS);
    const after = Object.fromEntries(rows.filter((row) => row.era === "after").map((row) => [row.bucket, row.models]));
    expect(after).toEqual({ "<7B": 2, "7–70B": 2, ">70B": 2, unknown: 1 });
  });

  test("summary.json keys its size buckets by the configured labels", async () => {
    const dataDir = path.join(scratch.dir, "custom-data");
    await exportData(customDb, dataDir);
    const summary = JSON.parse(await readFile(path.join(dataDir, "summary.json"), "utf8")) as DataSummary;
    expect(Object.keys(summary.size_buckets.after)).toEqual(CUSTOM_BUCKETS);
    expect(summary.size_buckets.after).toEqual({ "<7B": 2, "7–70B": 2, ">70B": 2, unknown: 1 });
    expect(summary.size_buckets.before).toEqual({ "<7B": 0, "7–70B": 0, ">70B": 0, unknown: 0 });
  });

  test("the sizes chart has one facet per configured bucket", async () => {
    const svg = sizeBucketsChart(await sizeBucketRows(customDb));
    const $ = cheerio.load(svg, { xml: true });
    const ticks = $('g[aria-label="fx-axis tick label"] text')
      .map((_, el) => $(el).text())
      .get();
    expect(ticks).toEqual(CUSTOM_BUCKETS);
  });

  test("re-bucketing is a table update, like report_settings", async () => {
    const copy = path.join(scratch.dir, "rebucketed.duckdb");
    await writeDatabase(copy, { models, authors: [], runs: [makeCrawlRun({})], skipped: [], thresholds: NOTEBOOK_THRESHOLDS, sizeBuckets: CUSTOM_EDGES });
    await executeOnDatabase(copy, "UPDATE size_buckets SET bucket = '>=70B' WHERE bucket = '>70B'");
    const rows = await queryDatabase<{ size_bucket: string }>(copy, "SELECT size_bucket FROM model_facts WHERE id = 'org/huge'");
    expect(rows).toEqual([{ size_bucket: ">=70B" }]);
  });
});

describe("default size buckets", () => {
  test("a database written without sizeBuckets has the notebook's buckets, in order", async () => {
    expect(sizeBucketsIn(await sizeBucketRows(defaultDb))).toEqual([...SIZE_BUCKETS]);
    const rows = await queryDatabase<{ id: string; size_bucket: string }>(defaultDb, "SELECT id, size_bucket FROM model_facts ORDER BY rank");
    expect(rows.map((row) => row.size_bucket)).toEqual(["<1B", "1–20B", "1–20B", "1–20B", "60–80B", ">80B", "unknown"]);
  });

  test("writeDatabase refuses invalid edges before writing anything", async () => {
    const target = path.join(scratch.dir, "refused.duckdb");
    await expect(
      writeDatabase(target, { models, authors: [], runs: [], skipped: [], thresholds: NOTEBOOK_THRESHOLDS, sizeBuckets: [70e9, 7e9] }),
    ).rejects.toThrow(/sizeBuckets must be 1 to 12 increasing edges.*got \[70000000000,7000000000\]/);
    expect(existsSync(target)).toBe(false);
  });
});
