// The analysis views checked against figures computed independently in TypeScript.
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import type { Thresholds } from "../src/config/config.ts";
import { writeDatabase } from "../src/data-loaders/db/load.ts";
import { openReport } from "../src/data-loaders/db/queries.ts";
import { DEFAULT_SIZE_BUCKETS } from "../src/data-loaders/db/report-types.ts";
import type { ModelRow } from "../src/data-loaders/db/rows.ts";
import { executeOnDatabase, NOTEBOOK_THRESHOLDS, queryDatabase } from "./fixtures/db.ts";
import { makeCrawlRun, makeModelRow } from "./fixtures/rows.ts";
import { isHighQuality, mean, pandasQuantile, sampleStd } from "./fixtures/stats.ts";
import { suiteScratchDir } from "./fixtures/scratch.ts";

const CRAWL_FINISHED_AT = "2025-01-01T01:00:00Z";

const scratchRoot = suiteScratchDir("hub-likes-db-");
afterAll(async () => {});

let databaseCount = 0;
async function writeModels(models: ModelRow[], thresholds: Thresholds = NOTEBOOK_THRESHOLDS): Promise<string> {
  const dbPath = path.join(scratchRoot, `views-${++databaseCount}.duckdb`);
  await writeDatabase(dbPath, { models, authors: [], runs: [makeCrawlRun({ finished_at: CRAWL_FINISHED_AT })], skipped: [], thresholds });
  return dbPath;
}

function modelsWithLikes(likes: number[], downloads: (index: number) => number = () => 1_000): ModelRow[] {
  return likes.map((count, index) => makeModelRow({ id: `org/m${index}`, rank: index + 1, likes: count, downloads: downloads(index) }));
}

async function highQualityIds(dbPath: string): Promise<string[]> {
  const rows = await queryDatabase<{ id: string }>(dbPath, "SELECT id FROM model_facts WHERE high_quality ORDER BY id");
  return rows.map((row) => row.id);
}

function expectedHighQualityIds(models: ModelRow[], likesPercentile: number, minDownloads: number): string[] {
  const threshold = pandasQuantile(
    models.map((model) => model.likes),
    likesPercentile,
  );
  return models
    .filter((model) => isHighQuality(model, threshold, minDownloads))
    .map((model) => model.id)
    .sort();
}

describe("quality split", () => {
  test("the like threshold is pandas' 25th percentile, and models tied at it are high quality", async () => {
    // h = 0.25 * 9 = 2.25 falls between two 5s: the threshold is exactly 5 and three models sit on it.
    const models = modelsWithLikes([1, 5, 5, 5, 8, 13, 21, 40, 40, 100]);
    const dbPath = await writeModels(models);
    const [{ likes_threshold }] = await queryDatabase<{ likes_threshold: number }>(dbPath, "SELECT likes_threshold FROM thresholds");
    expect(likes_threshold).toBe(
      pandasQuantile(
        models.map((m) => m.likes),
        0.25,
      ),
    );
    expect(likes_threshold).toBe(5);
    const ids = await highQualityIds(dbPath);
    expect(ids).toEqual(expectedHighQualityIds(models, 0.25, 10));
    expect(ids).toHaveLength(9);
  });

  test("a percentile between two like counts is interpolated linearly", async () => {
    // h = 0.25 * 6 = 1.5, halfway between 3 and 7: the threshold is 5, so 3 is low and 7 is high.
    const models = modelsWithLikes([2, 3, 7, 11, 11, 20, 50]);
    const dbPath = await writeModels(models);
    const report = await openReport(dbPath);
    try {
      const thresholds = await report.thresholds();
      expect(thresholds.likes_threshold).toBe(5);
      expect(thresholds.likes_threshold).toBe(
        pandasQuantile(
          models.map((m) => m.likes),
          0.25,
        ),
      );
      const split = await report.qualitySplit();
      expect(split.high_quality).toBe(5);
      expect(split.low_quality).toBe(2);
      expect(split.total).toBe(7);
    } finally {
      report.close();
    }
    expect(await highQualityIds(dbPath)).toEqual(expectedHighQualityIds(models, 0.25, 10));
  });

  test("downloads below the minimum make a model low quality; exactly the minimum keeps it", async () => {
    const models = modelsWithLikes([50, 50, 50, 50], (index) => [9, 10, 0, 11][index]);
    const dbPath = await writeModels(models);
    expect(await highQualityIds(dbPath)).toEqual(["org/m1", "org/m3"]);
    expect(await highQualityIds(dbPath)).toEqual(expectedHighQualityIds(models, 0.25, 10));
  });

  test("changing report_settings re-runs the split with the new thresholds", async () => {
    const models = modelsWithLikes([2, 3, 7, 11, 11, 20, 50], (index) => [500, 500, 500, 500, 40, 500, 500][index]);
    const dbPath = await writeModels(models);
    expect(await highQualityIds(dbPath)).toEqual(expectedHighQualityIds(models, 0.25, 10));

    await executeOnDatabase(dbPath, "UPDATE report_settings SET likes_percentile = 0.5");
    const atMedian = await highQualityIds(dbPath);
    expect(atMedian).toEqual(expectedHighQualityIds(models, 0.5, 10));
    expect(atMedian).toEqual(["org/m3", "org/m4", "org/m5", "org/m6"]);

    await executeOnDatabase(dbPath, "UPDATE report_settings SET min_downloads = 100");
    expect(await highQualityIds(dbPath)).toEqual(expectedHighQualityIds(models, 0.5, 100));
    expect(await highQualityIds(dbPath)).not.toContain("org/m4");
  });

  test("the thresholds of the build are written into report_settings", async () => {
    const dbPath = await writeModels(modelsWithLikes([1, 2, 3]), { likesPercentile: 0.4, minDownloads: 3, eraBoundary: "2023-06-15" });
    const report = await openReport(dbPath);
    try {
      expect(await report.thresholds()).toEqual({
        likes_percentile: 0.4,
        likes_threshold: pandasQuantile([1, 2, 3], 0.4),
        min_downloads: 3,
        era_boundary: "2023-06-15",
      });
    } finally {
      report.close();
    }
  });
});

describe("eras", () => {
  const datedModels = [
    makeModelRow({ id: "org/placeholder", created_at: null, created_at_placeholder: true }),
    makeModelRow({ id: "org/last-second-of-2023", created_at: "2023-12-31T23:59:59Z" }),
    makeModelRow({ id: "org/on-the-boundary", created_at: "2024-01-01T00:00:00Z" }),
    // 01:00 in UTC+2 is still 2023 in UTC.
    makeModelRow({ id: "org/offset-before", created_at: "2024-01-01T01:00:00+02:00" }),
    makeModelRow({ id: "org/undated", created_at: null, created_at_placeholder: false }),
  ];

  test("placeholder dates are 'before', the boundary instant is 'after', and no date at all is no era", async () => {
    const dbPath = await writeModels(datedModels);
    const rows = await queryDatabase<{ id: string; era: string | null }>(dbPath, "SELECT id, era FROM model_facts ORDER BY id");
    expect(Object.fromEntries(rows.map((row) => [row.id, row.era]))).toEqual({
      "org/placeholder": "before",
      "org/last-second-of-2023": "before",
      "org/on-the-boundary": "after",
      "org/offset-before": "before",
      "org/undated": null,
    });
  });

  test("the era split counts high-quality models only and leaves undated models out of both eras", async () => {
    const models = [...datedModels, makeModelRow({ id: "org/after-but-unloved", created_at: "2024-05-01T00:00:00Z", downloads: 1 })];
    const dbPath = await writeModels(models);
    const report = await openReport(dbPath);
    try {
      expect(await report.qualitySplit()).toEqual({ total: 6, high_quality: 5, low_quality: 1, before: 3, after: 1 });
    } finally {
      report.close();
    }
  });

  test("moving the era boundary in report_settings moves models between eras", async () => {
    const dbPath = await writeModels(datedModels);
    await executeOnDatabase(dbPath, "UPDATE report_settings SET era_boundary = DATE '2023-12-31'");
    const rows = await queryDatabase<{ id: string }>(dbPath, "SELECT id FROM model_facts WHERE era = 'after' ORDER BY id");
    expect(rows.map((row) => row.id)).toEqual(["org/last-second-of-2023", "org/offset-before", "org/on-the-boundary"]);
  });

  test("age in days counts whole days from creation to the latest crawl, real dates only", async () => {
    const models = [
      makeModelRow({ id: "org/almost-two-days", created_at: "2024-12-30T02:00:00Z" }),
      makeModelRow({ id: "org/a-year", created_at: "2024-01-01T01:00:00Z" }),
      makeModelRow({ id: "org/placeholder", created_at: null, created_at_placeholder: true }),
    ];
    const dbPath = await writeModels(models);
    const rows = await queryDatabase<{ id: string; age_days: number | null }>(dbPath, "SELECT id, age_days FROM model_facts");
    const expected = Object.fromEntries(
      models.map((model) => [
        model.id,
        model.created_at === null ? null : Math.floor((Date.parse(CRAWL_FINISHED_AT) - Date.parse(model.created_at)) / 86_400_000),
      ]),
    );
    expect(Object.fromEntries(rows.map((row) => [row.id, row.age_days]))).toEqual(expected);
    expect(expected["org/almost-two-days"]).toBe(1);
  });
});

describe("size buckets", () => {
  const edges: Array<[number | null, string]> = [
    [null, "unknown"],
    [0, "<1B"],
    [999_999_999, "<1B"],
    [1_000_000_000, "1–20B"],
    [19_999_999_999, "1–20B"],
    [20_000_000_000, "20–40B"],
    [40_000_000_000, "40–60B"],
    [59_999_999_999, "40–60B"],
    [60_000_000_000, "60–80B"],
    [79_999_999_999, "60–80B"],
    [80_000_000_000, ">80B"],
    [671_000_000_000, ">80B"],
  ];

  test("each bucket includes its lower edge and excludes its upper edge; an unknown count is 'unknown', never '<1B'", async () => {
    const models = edges.map(([params], index) =>
      makeModelRow({ id: `org/size${index}`, params, params_source: params === null ? null : "safetensors" }),
    );
    const dbPath = await writeModels(models);
    const rows = await queryDatabase<{ params: number | null; size_bucket: string }>(
      dbPath,
      "SELECT params, size_bucket FROM model_facts ORDER BY CAST(regexp_extract(id, '[0-9]+$') AS INTEGER)",
    );
    expect(rows.map((row) => [row.params, row.size_bucket])).toEqual(edges);
  });

  test("buckets by era count high-quality models, list every era and bucket pair, and give each era's share", async () => {
    const bucketOf = (params: number | null): string => {
      if (params === null) return "unknown";
      const upperEdges = [1e9, 20e9, 40e9, 60e9, 80e9];
      const index = upperEdges.findIndex((edge) => params < edge);
      return DEFAULT_SIZE_BUCKETS[index === -1 ? 5 : index];
    };
    const specs: Array<[number | null, string | null, boolean, number]> = [
      // params, created_at (null = placeholder), placeholder, downloads
      [7e9, "2024-03-01T00:00:00Z", false, 100],
      [8e9, "2024-04-01T00:00:00Z", false, 100],
      [70e9, "2024-05-01T00:00:00Z", false, 100],
      [null, "2024-06-01T00:00:00Z", false, 100],
      [0.5e9, "2024-06-01T00:00:00Z", false, 1], // low quality: not counted
      [7e9, null, true, 100],
      [175e9, "2023-01-01T00:00:00Z", false, 100],
    ];
    const models = specs.map(([params, created_at, created_at_placeholder, downloads], index) =>
      makeModelRow({ id: `org/b${index}`, likes: 10, params, created_at, created_at_placeholder, downloads }),
    );
    const dbPath = await writeModels(models);
    const expected = new Map<string, number>();
    const eraTotals = new Map<string, number>();
    for (const model of models) {
      if (model.downloads < 10) continue;
      const era = model.created_at_placeholder || (model.created_at ?? "") < "2024-01-01" ? "before" : "after";
      const key = `${era}|${bucketOf(model.params)}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
      eraTotals.set(era, (eraTotals.get(era) ?? 0) + 1);
    }
    const report = await openReport(dbPath);
    try {
      const rows = await report.sizeBuckets();
      expect(rows.map((row) => `${row.era}|${row.bucket}`)).toEqual(
        ["before", "after"].flatMap((era) => DEFAULT_SIZE_BUCKETS.map((bucket) => `${era}|${bucket}`)),
      );
      for (const row of rows) {
        const count = expected.get(`${row.era}|${row.bucket}`) ?? 0;
        expect(row.models).toBe(count);
        expect(row.share).toBeCloseTo(count / (eraTotals.get(row.era) ?? 1), 12);
      }
      expect(rows.find((row) => row.era === "after" && row.bucket === "1–20B")?.share).toBeCloseTo(0.5, 12);
    } finally {
      report.close();
    }
  });

  test("an era without high-quality models has every bucket at 0 with share 0", async () => {
    const dbPath = await writeModels([makeModelRow({ id: "org/only-after", created_at: "2024-02-02T00:00:00Z" })]);
    const report = await openReport(dbPath);
    try {
      const before = (await report.sizeBuckets()).filter((row) => row.era === "before");
      expect(before).toHaveLength(DEFAULT_SIZE_BUCKETS.length);
      expect(before.every((row) => row.models === 0 && row.share === 0)).toBe(true);
    } finally {
      report.close();
    }
  });
});

describe("describe()", () => {
  const models = [
    makeModelRow({ id: "org/d1", likes: 3, downloads: 10, params: 1_000_000_000, created_at: "2024-12-01T01:00:00Z" }),
    makeModelRow({ id: "org/d2", likes: 10, downloads: 400, params: null, params_source: null, created_at: "2024-06-01T00:00:00Z" }),
    makeModelRow({ id: "org/d3", likes: 4, downloads: 25, params: 7_000_000_000, created_at: null, created_at_placeholder: true }),
    makeModelRow({ id: "org/d4", likes: 250, downloads: 90_000, params: 70_000_000_000, created_at: "2023-02-14T12:00:00Z" }),
    makeModelRow({ id: "org/d5", likes: 41, downloads: 12, params: 8_030_261_248, created_at: "2024-12-31T23:00:00Z" }),
  ];

  function handDescribe(column: string, values: number[]) {
    return {
      column,
      count: values.length,
      mean: mean(values),
      std: sampleStd(values),
      min: Math.min(...values),
      p25: pandasQuantile(values, 0.25),
      p50: pandasQuantile(values, 0.5),
      p75: pandasQuantile(values, 0.75),
      max: Math.max(...values),
    };
  }

  test("model columns match a hand computation: mean, sample std, linear quartiles; params, ages and likes per day known only", async () => {
    const dbPath = await writeModels(models);
    const ages = models
      .filter((model) => model.created_at !== null)
      .map((model) => Math.floor((Date.parse(CRAWL_FINISHED_AT) - Date.parse(model.created_at!)) / 86_400_000));
    const expected = [
      handDescribe(
        "likes",
        models.map((model) => model.likes),
      ),
      handDescribe(
        "downloads",
        models.map((model) => model.downloads),
      ),
      handDescribe(
        "params",
        models.flatMap((model) => (model.params === null ? [] : [model.params])),
      ),
      handDescribe("age_days", ages),
      handDescribe(
        "likes_per_day",
        models
          .filter((model) => model.created_at !== null)
          .map((model) => model.likes / Math.max((Date.parse(CRAWL_FINISHED_AT) - Date.parse(model.created_at!)) / 86_400_000, 1)),
      ),
    ];
    const report = await openReport(dbPath);
    try {
      const rows = await report.describeModels();
      expect(rows.map((row) => row.column)).toEqual(["likes", "downloads", "params", "age_days", "likes_per_day"]);
      expect(rows.map((row) => row.count)).toEqual([5, 5, 4, 4, 4]);
      rows.forEach((row, index) => {
        for (const key of ["mean", "std", "min", "p25", "p50", "p75", "max"] as const) {
          expect(row[key], `${row.column}.${key}`).toBeCloseTo(expected[index][key], 6);
        }
      });
      // Hand-checked: likes sorted 3, 4, 10, 41, 250 → median 10, quartiles at positions 1 and 3.
      expect(rows[0]).toMatchObject({ min: 3, p25: 4, p50: 10, p75: 41, max: 250, mean: 61.6 });
    } finally {
      report.close();
    }
  });

  test("a column with fewer than two values has no standard deviation, like pandas' NaN", async () => {
    const dbPath = await writeModels([makeModelRow({ id: "org/alone", params: null, params_source: null })]);
    const report = await openReport(dbPath);
    try {
      const rows = await report.describeModels();
      expect(rows.find((row) => row.column === "likes")).toMatchObject({ count: 1, std: null, mean: 100 });
      expect(rows.find((row) => row.column === "params")).toEqual({
        column: "params",
        count: 0,
        mean: null,
        std: null,
        min: null,
        p25: null,
        p50: null,
        p75: null,
        max: null,
      });
    } finally {
      report.close();
    }
  });
});

describe("models per month", () => {
  test("months are counted from real dates, oldest first, with empty months inside the range present as 0", async () => {
    const models = [
      makeModelRow({ id: "org/jan-a", created_at: "2024-01-05T00:00:00Z" }),
      makeModelRow({ id: "org/jan-b", created_at: "2024-01-31T23:59:59Z", downloads: 0 }),
      makeModelRow({ id: "org/mar", created_at: "2024-03-01T00:00:00Z" }),
      makeModelRow({ id: "org/placeholder", created_at: null, created_at_placeholder: true }),
    ];
    const dbPath = await writeModels(models);
    const report = await openReport(dbPath);
    try {
      expect(await report.modelsPerMonth()).toEqual([
        { month: "2024-01", models: 2, high_quality: 1 },
        { month: "2024-02", models: 0, high_quality: 0 },
        { month: "2024-03", models: 1, high_quality: 1 },
      ]);
    } finally {
      report.close();
    }
  });
});
