// Configured size buckets travel as data: writeDatabase stores them in size_buckets, and the views,
// summary.json, the sizes chart and every text that names the buckets (the data dictionary, the
// methodology, the SQL console's example) all follow them, while a build without them keeps the
// notebook's.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { dev } from "astro";
import * as cheerio from "cheerio";
import { beforeAll, describe, expect, test } from "vitest";
import { sizeBucketsChart } from "../src/charts/size-buckets.ts";
import { dataDictionary } from "../src/i18n/data-dictionary.ts";
import { exampleQueries } from "../src/data-loaders/db/example-queries.ts";
import { exportData, modelExportQuery, type DataSummary } from "../src/data-loaders/db/export.ts";
import { writeDatabase } from "../src/data-loaders/db/load.ts";
import { openReport } from "../src/data-loaders/db/queries.ts";
import { DEFAULT_SIZE_BUCKETS, sizeBucketsIn } from "../src/data-loaders/db/report-types.ts";
import type { Report, SizeBucketRow } from "../src/data-loaders/db/datasets.ts";
import { messages } from "../src/i18n/index.ts";
import type { ModelRow } from "../src/data-loaders/db/rows.ts";
import { executeOnDatabase, NOTEBOOK_THRESHOLDS, queryDatabase } from "./fixtures/db.ts";
import { makeAuthorRow, makeCrawlRun, makeModelRow } from "./fixtures/rows.ts";
import { suiteScratchDir } from "./fixtures/scratch.ts";

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

const scratchRoot = suiteScratchDir("hub-likes-db-");
let customDb: string;
let defaultDb: string;

beforeAll(async () => {
  customDb = path.join(scratchRoot, "custom.duckdb");
  defaultDb = path.join(scratchRoot, "default.duckdb");
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

async function readReport<T>(dbPath: string, read: (report: Report) => Promise<T>): Promise<T> {
  const report = await openReport(dbPath);
  try {
    return await read(report);
  } finally {
    report.close();
  }
}

function sizeBucketRows(dbPath: string): Promise<SizeBucketRow[]> {
  return readReport(dbPath, (report) => report.sizeBuckets());
}

/** The SQL console's size-bucket example as a build over `dbPath` prints it. */
async function sizeBucketExample(dbPath: string): Promise<string> {
  const example = exampleQueries(sizeBucketsIn(await sizeBucketRows(dbPath))).find((query) => query.id === "size-buckets");
  return example!.sql;
}

/** Runs an example over the database's published columns, as the console runs it over models.parquet. */
function runExample<Row>(dbPath: string, sql: string): Promise<Row[]> {
  // The CTE shadows the raw models table with the rows models.parquet holds.
  return queryDatabase<Row>(dbPath, `WITH models AS (${modelExportQuery("parquet")}) ${sql}`);
}

describe("configured size buckets", () => {
  test("writeDatabase stores the buckets with their bounds and order", async () => {
    const rows = await queryDatabase(
      customDb,
      "SELECT bucket, lower_bound, upper_bound, bucket_order FROM size_buckets ORDER BY bucket_order",
    );
    expect(rows).toEqual([
      { bucket: "<7B", lower_bound: null, upper_bound: 7e9, bucket_order: 1 },
      { bucket: "7–70B", lower_bound: 7e9, upper_bound: 70e9, bucket_order: 2 },
      { bucket: ">70B", lower_bound: 70e9, upper_bound: null, bucket_order: 3 },
    ]);
    const order = await queryDatabase<{ bucket: string }>(customDb, "SELECT bucket FROM size_bucket_order ORDER BY bucket_order");
    expect(order.map((row) => row.bucket)).toEqual(CUSTOM_BUCKETS);
  });

  test("model_facts puts each model in the configured bucket, lower bound included", async () => {
    const rows = await queryDatabase<{ id: string; size_bucket: string }>(
      customDb,
      "SELECT id, size_bucket FROM model_facts ORDER BY rank",
    );
    expect(rows).toEqual(sizes.map(([name, , bucket]) => ({ id: `org/${name}`, size_bucket: bucket })));
  });

  test("the report's size buckets list every configured bucket per era, with counts", async () => {
    const rows = await sizeBucketRows(customDb);
    expect(sizeBucketsIn(rows)).toEqual(CUSTOM_BUCKETS);
    const after = Object.fromEntries(rows.filter((row) => row.era === "after").map((row) => [row.bucket, row.models]));
    expect(after).toEqual({ "<7B": 2, "7–70B": 2, ">70B": 2, unknown: 1 });
  });

  test("summary.json keys its size buckets by the configured labels", async () => {
    const dataDir = path.join(scratchRoot, "custom-data");
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
    const copy = path.join(scratchRoot, "rebucketed.duckdb");
    await writeDatabase(copy, {
      models,
      authors: [],
      runs: [makeCrawlRun({})],
      skipped: [],
      thresholds: NOTEBOOK_THRESHOLDS,
      sizeBuckets: CUSTOM_EDGES,
    });
    await executeOnDatabase(copy, "UPDATE size_buckets SET bucket = '>=70B' WHERE bucket = '>70B'");
    const rows = await queryDatabase<{ size_bucket: string }>(copy, "SELECT size_bucket FROM model_facts WHERE id = 'org/huge'");
    expect(rows).toEqual([{ size_bucket: ">=70B" }]);
    // The texts read the table too, so they follow the new label.
    const definitions = await readReport(copy, (report) => report.sizeBucketDefinitions());
    expect(dataDictionary("en", definitions).size_bucket).toContain('">=70B" (70e9 or more)');
    expect(messages("en").methodology.sizes(definitions.map((b) => b.bucket))).toContain("<7B, 7–70B, >=70B");
    expect(await sizeBucketExample(copy)).toContain("['<7B', '7–70B', '>=70B', 'unknown']");
  });
});

describe("texts that name the configured buckets", () => {
  test("the report gives the buckets with their bounds, read from size_buckets", async () => {
    expect(await readReport(customDb, (report) => report.sizeBucketDefinitions())).toEqual([
      { bucket: "<7B", lower: null, upper: 7e9, bucket_order: 1 },
      { bucket: "7–70B", lower: 7e9, upper: 70e9, bucket_order: 2 },
      { bucket: ">70B", lower: 70e9, upper: null, bucket_order: 3 },
    ]);
  });

  test("the data dictionary describes the configured buckets in both languages", async () => {
    const definitions = await readReport(customDb, (report) => report.sizeBucketDefinitions());
    expect(dataDictionary("en", definitions).size_bucket).toBe(
      'Size class by params, in the size buckets of this build (lower bound included): "<7B" (< 7e9), "7–70B" (7e9 to < 70e9), ">70B" (70e9 or more); "unknown" when params is empty.',
    );
    expect(dataDictionary("zh-CN", definitions).size_bucket).toBe(
      '按 params 划分的规模区间，即本次构建的规模区间（含下限）："<7B"（< 7e9）、"7–70B"（7e9 至 < 70e9）、">70B"（70e9 及以上）；params 为空时为 "unknown"。',
    );
  });

  test("the SQL console's size-bucket example orders by the configured buckets and runs on the published columns", async () => {
    const sql = await sizeBucketExample(customDb);
    expect(sql).toContain("['<7B', '7–70B', '>70B', 'unknown']");
    expect(sql).not.toMatch(/20–40B|1–20B|>80B/);
    const rows = await runExample<{ era: string; size_bucket: string; models: number }>(customDb, sql);
    expect(rows.map((row) => [row.era, row.size_bucket, row.models])).toEqual([
      ["after", "<7B", 2],
      ["after", "7–70B", 2],
      ["after", ">70B", 2],
      ["after", "unknown", 1],
    ]);
  });
});

describe("texts that name the default buckets", () => {
  test("the data dictionary, the methodology and the SQL example list the notebook's buckets", async () => {
    const definitions = await readReport(defaultDb, (report) => report.sizeBucketDefinitions());
    const dictionary = dataDictionary("en", definitions).size_bucket;
    expect(dictionary).toContain(
      '"<1B" (< 1e9), "1–20B" (1e9 to < 20e9), "20–40B" (20e9 to < 40e9), "40–60B" (40e9 to < 60e9), "60–80B" (60e9 to < 80e9), ">80B" (80e9 or more)',
    );
    expect(dataDictionary("zh-CN", definitions).size_bucket).toContain('"20–40B"（20e9 至 < 40e9）');
    const labels = definitions.map((b) => b.bucket);
    expect(messages("en").methodology.sizes(labels)).toContain("<1B, 1–20B, 20–40B, 40–60B, 60–80B, >80B (lower bound included)");
    expect(messages("zh-CN").methodology.sizes(labels)).toContain("<1B、1–20B、20–40B、40–60B、60–80B、>80B（含下限）");
    const sql = await sizeBucketExample(defaultDb);
    expect(sql).toContain(`[${DEFAULT_SIZE_BUCKETS.map((b) => `'${b}'`).join(", ")}]`);
    const rows = await runExample<{ size_bucket: string }>(defaultDb, sql);
    expect(rows.map((row) => row.size_bucket)).toEqual(["<1B", "1–20B", "60–80B", ">80B", "unknown"]);
  });
});

/** A port nothing listens on now, for Astro's dev server (Vite takes port 0 as "use the default"). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// The pages themselves, rendered by Astro's dev server from the custom database: only the pages
// asked for are rendered, which is much faster than building the whole site.
describe("pages rendered from a database with configured buckets", () => {
  const pages = new Map<string, cheerio.CheerioAPI>();
  const PAGES = ["methodology/", "zh-cn/methodology/", "downloads/", "zh-cn/downloads/", "sql/"];

  beforeAll(async () => {
    const saved = {
      db: process.env.HUB_LIKES_DB,
      basePath: process.env.BASE_PATH,
      baseUrl: process.env.BASE_URL,
      vitest: process.env.VITEST,
    };
    process.env.HUB_LIKES_DB = customDb;
    // Pages at the root; Vitest's own BASE_URL would otherwise override Astro's base at render time.
    delete process.env.BASE_PATH;
    delete process.env.BASE_URL;
    // Astro 7's dev server does not answer page requests when it sees VITEST in the environment
    // (it takes itself for a Vitest setup using getViteConfig); this test wants the real server.
    delete process.env.VITEST;
    const root = fileURLToPath(new URL("..", import.meta.url));
    const server = await dev({ root, logLevel: "error", server: { host: "127.0.0.1", port: await freePort() } });
    try {
      for (const page of PAGES) {
        const response = await fetch(`http://127.0.0.1:${server.address.port}/${page}`);
        expect(response.status, page).toBe(200);
        pages.set(page, cheerio.load(await response.text()));
      }
    } finally {
      await server.stop();
      for (const [name, value] of [
        ["HUB_LIKES_DB", saved.db],
        ["BASE_PATH", saved.basePath],
        ["BASE_URL", saved.baseUrl],
        ["VITEST", saved.vitest],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  const text = (page: string, selector = "main") => pages.get(page)!(selector).text().replace(/\s+/g, " ");

  test("the methodology names the configured buckets in both languages, and no default-only one", () => {
    expect(text("methodology/", "[data-size-buckets]")).toContain("<7B, 7–70B, >70B (lower bound included), plus unknown");
    expect(text("methodology/", "[data-size-buckets]")).toContain("never counted as <7B");
    expect(text("zh-cn/methodology/", "[data-size-buckets]")).toContain("<7B、7–70B、>70B（含下限）");
    for (const page of ["methodology/", "zh-cn/methodology/"]) expect(text(page), page).not.toMatch(/20–40B|1–20B|<1B/);
  });

  test("the downloads page's data dictionary lists the configured buckets in both languages", () => {
    const sizeBucketRow = (page: string) => text(page, '[data-table="data-dictionary"] tr:has(code:contains("size_bucket")) td');
    expect(sizeBucketRow("downloads/")).toContain('"7–70B" (7e9 to < 70e9)');
    expect(sizeBucketRow("zh-cn/downloads/")).toContain('"7–70B"（7e9 至 < 70e9）');
    for (const page of ["downloads/", "zh-cn/downloads/"]) expect(text(page), page).not.toMatch(/20–40B|1–20B|<1B/);
  });

  test("the SQL console prints and preloads the size-bucket example with the configured buckets", () => {
    const list = "['<7B', '7–70B', '>70B', 'unknown']";
    expect(text("sql/", "[data-example=size-buckets] code")).toContain(list);
    expect(pages.get("sql/")!("#sql-input").text()).toContain(list);
    expect(text("sql/")).not.toMatch(/20–40B|1–20B|<1B/);
  });
});

describe("default size buckets", () => {
  test("a database written without sizeBuckets has the notebook's buckets, in order", async () => {
    expect(sizeBucketsIn(await sizeBucketRows(defaultDb))).toEqual([...DEFAULT_SIZE_BUCKETS]);
    const rows = await queryDatabase<{ id: string; size_bucket: string }>(
      defaultDb,
      "SELECT id, size_bucket FROM model_facts ORDER BY rank",
    );
    expect(rows.map((row) => row.size_bucket)).toEqual(["<1B", "1–20B", "1–20B", "1–20B", "60–80B", ">80B", "unknown"]);
  });

  test("writeDatabase refuses invalid edges before writing anything", async () => {
    const target = path.join(scratchRoot, "refused.duckdb");
    await expect(
      writeDatabase(target, { models, authors: [], runs: [], skipped: [], thresholds: NOTEBOOK_THRESHOLDS, sizeBuckets: [70e9, 7e9] }),
    ).rejects.toThrow(/sizeBuckets must be 1 to 12 increasing edges.*got \[70000000000,7000000000\]/);
    expect(existsSync(target)).toBe(false);
  });
});
