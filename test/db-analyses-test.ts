// The analysis views and Report methods (families, licences, derivatives, names, concentration,
// likes vs downloads, overview) checked against figures computed here, independently, from the
// fixture rows; plus the per-chart data files exportData writes.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CHART_DATASET_NAMES, DATASETS } from "../src/data-loaders/db/datasets.ts";
import { exportData } from "../src/data-loaders/db/export.ts";
import { writeDatabase } from "../src/data-loaders/db/load.ts";
import { openReport } from "../src/data-loaders/db/queries.ts";
import type { Report } from "../src/data-loaders/db/datasets.ts";
import type { AuthorRow, ModelRow } from "../src/data-loaders/db/rows.ts";
import { overviewSentences } from "../src/views/overview.ts";
import { NOTEBOOK_THRESHOLDS } from "./fixtures/db.ts";
import { makeAuthorRow, makeCrawlRun, makeModelRow } from "./fixtures/rows.ts";
import { pandasQuantile } from "./fixtures/stats.ts";
import { suiteScratchDir } from "./fixtures/scratch.ts";

// Four authors whose likes sum to 40, 30, 20 and 10: the hand example for Gini and Lorenz.
const authors: AuthorRow[] = [
  makeAuthorRow({ name: "a", type: "org" }),
  makeAuthorRow({ name: "b", type: "user" }),
  makeAuthorRow({ name: "c", type: "org" }),
  makeAuthorRow({ name: "d", type: "user" }),
];

const models: ModelRow[] = [
  makeModelRow({
    id: "a/Base-1",
    likes: 40,
    downloads: 1_000,
    created_at: "2023-05-01T00:00:00Z",
    params: 8e9,
    params_source: "safetensors",
    name_params: 8e9,
    license: "apache-2.0",
    tags: ["text-generation", "license:apache-2.0"],
  }),
  // Exactly 20% off (|8 − 10| / 10): on the rule's edge, so it does not disagree. Names its base in
  // other letter case; zero downloads.
  makeModelRow({
    id: "b/ft-1",
    likes: 10,
    downloads: 0,
    created_at: "2024-03-01T00:00:00Z",
    params: 10e9,
    params_source: "safetensors",
    name_params: 8e9,
    license: null,
    tags: ["text-generation"],
    base_models: ["A/BASE-1"],
    base_relation: "finetune",
  }),
  // A custom licence (declared "other"), a base outside the crawl, and a name that claims more.
  makeModelRow({
    id: "b/q-14B",
    likes: 20,
    downloads: 500,
    created_at: "2024-06-01T00:00:00Z",
    params: 7e9,
    params_source: "safetensors",
    name_params: 14e9,
    license: "sample-custom",
    tags: ["text-generation", "license:other"],
    family: "qwen2",
    model_type: "qwen2",
    architectures: ["Qwen2ForCausalLM"],
    base_models: ["outside/Model-7B"],
    base_relation: "quantized",
  }),
  // A merge of two bases counts for both; its name claims fewer parameters.
  makeModelRow({
    id: "c/merge-1B",
    likes: 20,
    downloads: 2_000,
    created_at: "2024-07-01T00:00:00Z",
    params: 3e9,
    params_source: "safetensors",
    name_params: 1e9,
    license: "apache-2.0",
    family: "mistral",
    model_type: "mistral",
    architectures: ["MistralForCausalLM"],
    base_models: ["a/Base-1", "outside/Model-7B"],
    base_relation: "merge",
  }),
  // An adapter counted by its own weights: left out of the name comparison. No family.
  makeModelRow({
    id: "d/lora-8B",
    likes: 10,
    downloads: 50,
    created_at: null,
    created_at_placeholder: true,
    params: 5e6,
    params_source: "safetensors",
    name_params: 8e9,
    license: "mit",
    family: null,
    model_type: null,
    architectures: [],
    base_models: ["b/ft-1"],
    base_relation: "adapter",
  }),
  // Packed quantised storage whose size fell back to the name: compared by its stored count, and explained.
  makeModelRow({
    id: "c/Packed-70B",
    likes: 0,
    downloads: 5,
    created_at: "2024-08-01T00:00:00Z",
    params: 70e9,
    params_source: "name",
    params_packed: true,
    params_stored: 2e9,
    params_stored_source: "safetensors",
    quantisation: "awq",
    name_params: 70e9,
    license: "apache-2.0",
  }),
  // Counts one embedding matrix (256,000 × 2,048) more than its name: explained by embeddings.
  makeModelRow({
    id: "a/gemma-2b",
    likes: 0,
    downloads: 5,
    created_at: "2024-02-21T00:00:00Z",
    params: 2_506_172_416,
    name_params: 2e9,
    embedding_params: 256_000 * 2_048,
    family: "gemma",
    model_type: "gemma",
    architectures: ["GemmaForCausalLM"],
  }),
  // A vision model counting its tower: explained by towers.
  makeModelRow({
    id: "c/vision-7B",
    likes: 0,
    downloads: 5,
    created_at: "2024-09-01T00:00:00Z",
    params: 9.5e9,
    name_params: 7e9,
    multimodal: true,
    pipeline_tag: "image-text-to-text",
    family: "llava",
    model_type: "llava",
    architectures: ["LlavaForConditionalGeneration"],
  }),
  // 1.50B named "1B": the count cut to its first digit, explained by rounding.
  makeModelRow({
    id: "d/Small-1B",
    likes: 0,
    downloads: 5,
    created_at: "2024-09-25T00:00:00Z",
    params: 1_498_482_688,
    name_params: 1e9,
    family: "phi3",
    model_type: "phi3",
    architectures: ["Phi3ForCausalLM"],
  }),
].map((model, index) => ({ ...model, rank: index + 1 }));

/** A second crawl: twelve single-model authors, all qwen2, bigger models, likes 1..12. */
const otherAuthors: AuthorRow[] = Array.from({ length: 12 }, (_, i) => makeAuthorRow({ name: `u${i + 1}`, type: i < 3 ? "org" : "user" }));
const otherModels: ModelRow[] = otherAuthors.map((author, i) =>
  makeModelRow({
    id: `${author.name}/m`,
    rank: 12 - i,
    likes: i + 1,
    downloads: 100 * (12 - i),
    created_at: i < 4 ? "2023-02-01T00:00:00Z" : "2025-02-01T00:00:00Z",
    params: (i + 1) * 10e9,
    params_source: "safetensors",
    family: "qwen2",
    model_type: "qwen2",
    license: "mit",
  }),
);

// ---- Independent reference computations over the fixture rows.

function highQuality(rows: ModelRow[]): ModelRow[] {
  const threshold = pandasQuantile(
    rows.map((m) => m.likes),
    NOTEBOOK_THRESHOLDS.likesPercentile,
  );
  return rows.filter((m) => !(m.likes < threshold || m.downloads < NOTEBOOK_THRESHOLDS.minDownloads));
}

function median(values: number[]): number {
  return pandasQuantile(values, 0.5);
}

/** Gini as the mean absolute difference over all ordered pairs, divided by twice the mean. */
function giniByPairs(values: number[]): number {
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  let total = 0;
  for (const x of values) for (const y of values) total += Math.abs(x - y);
  return total / (2 * n * n * mean);
}

function likesPerAuthor(rows: ModelRow[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const m of rows) totals.set(m.author, (totals.get(m.author) ?? 0) + m.likes);
  return totals;
}

function averageRanks(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return values.map((v) => {
    const first = sorted.indexOf(v) + 1;
    const last = sorted.lastIndexOf(v) + 1;
    return (first + last) / 2;
  });
}

function pearson(xs: number[], ys: number[]): number {
  const mx = xs.reduce((s, v) => s + v, 0) / xs.length;
  const my = ys.reduce((s, v) => s + v, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i] - my);
    sxx += (x - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

/** The names rule as the methodology states it. */
/** The name/count comparison as the views define it, computed here from the rows. */
function nameComparison(rows: ModelRow[]) {
  const countOf = (m: ModelRow) => (m.base_relation === "adapter" ? (m.params_source === "base-model" ? m.params : null) : m.params_stored);
  const compared = rows.filter((m) => m.name_params !== null && (countOf(m) ?? 0) > 0).map((m) => ({ ...m, count: countOf(m)! }));
  const disagreeing = compared.filter((m) => Math.abs(m.name_params! - m.count) / m.count > 0.2);
  return { compared, disagreeing };
}

// ---- Databases.

const scratchRoot = suiteScratchDir("hub-likes-db-");
let dbPath: string;
let report: Report;
let otherReport: Report;

beforeAll(async () => {
  dbPath = path.join(scratchRoot, "analyses.duckdb");
  const otherPath = path.join(scratchRoot, "other.duckdb");
  const run = makeCrawlRun({ finished_at: "2025-06-01T00:00:00Z" });
  await writeDatabase(dbPath, { models, authors, runs: [run], skipped: [], thresholds: NOTEBOOK_THRESHOLDS });
  await writeDatabase(otherPath, { models: otherModels, authors: otherAuthors, runs: [run], skipped: [], thresholds: NOTEBOOK_THRESHOLDS });
  report = await openReport(dbPath);
  otherReport = await openReport(otherPath);
});

afterAll(async () => {
  report?.close();
  otherReport?.close();
});

describe("families", () => {
  test("count every model once under its family, unknown included, with shares of all models", async () => {
    const rows = await report.families();
    const expected = new Map<string, number>();
    for (const m of models) expected.set(m.family ?? "unknown", (expected.get(m.family ?? "unknown") ?? 0) + 1);
    expect(new Map(rows.map((r) => [r.family, r.models]))).toEqual(expected);
    for (const r of rows) expect(r.share).toBeCloseTo(expected.get(r.family)! / models.length, 12);
    expect(rows[0].family).toBe("llama");
    expect(rows.find((r) => r.family === "qwen2")).toMatchObject({ model_types: ["qwen2"], architectures: ["Qwen2ForCausalLM"] });
    expect(rows.find((r) => r.family === "unknown")?.model_types).toEqual([]);
  });

  test("share per year keeps the top families, folds the rest into other, and leaves placeholder dates out", async () => {
    const rows = await report.familyShareByYear({ top: 1 });
    const dated = models.filter((m) => m.created_at !== null);
    const expected: Record<string, Record<string, number>> = {};
    for (const m of dated) {
      const year = m.created_at!.slice(0, 4);
      const group = m.family === "llama" ? "llama" : m.family === null ? "unknown" : "other";
      expected[year] ??= {};
      expected[year][group] = (expected[year][group] ?? 0) + 1;
    }
    const actual: Record<string, Record<string, number>> = {};
    for (const r of rows) {
      actual[String(r.year)] ??= {};
      actual[String(r.year)][r.family] = r.models;
    }
    expect(actual).toEqual(expected);
    for (const year of Object.keys(expected)) {
      const shares = rows.filter((r) => String(r.year) === year).reduce((s, r) => s + r.share, 0);
      expect(shares).toBeCloseTo(1, 12);
    }
  });

  test("architectures count each class a model names", async () => {
    const rows = await report.architectures({ n: 10 });
    expect(rows.find((r) => r.architecture === "LlamaForCausalLM")).toMatchObject({ models: 3, families: ["llama"] });
    await expect(report.architectures({ n: -1 })).rejects.toThrow(/architectures\(n\).*whole number/);
  });
});

describe("licences", () => {
  test("count each declared licence, a custom one as custom, and no licence as its own row", async () => {
    const rows = await report.licences();
    const expected = new Map<string | null, number>();
    for (const m of models) expected.set(m.license, (expected.get(m.license) ?? 0) + 1);
    expect(new Map(rows.map((r) => [r.licence, r.models]))).toEqual(expected);
    expect(rows.find((r) => r.licence === null)).toMatchObject({ kind: "none", models: 1 });
    expect(rows.find((r) => r.licence === "sample-custom")?.kind).toBe("custom");
    expect(rows.find((r) => r.licence === "apache-2.0")?.kind).toBe("standard");
    expect(rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
  });
});

describe("derivatives", () => {
  test("count models per relation, every relation present", async () => {
    const rows = await report.derivativeRelations();
    const relationOf = (m: ModelRow) => m.base_relation ?? (m.base_models.length > 0 ? "unspecified" : "none");
    for (const r of rows) expect(r.models, r.relation).toBe(models.filter((m) => relationOf(m) === r.relation).length);
    expect(rows.map((r) => r.relation)).toEqual(["finetune", "quantized", "adapter", "merge", "unspecified", "none"]);
  });

  test("sum the likes of each base's direct descendants, matching ids across letter case, bases outside the crawl included", async () => {
    const rows = await report.topBaseModels({ n: 10 });
    const expected = new Map<string, { descendants: number; likes: number }>();
    for (const m of models) {
      for (const base of m.base_models) {
        const key = base.toLowerCase();
        const entry = expected.get(key) ?? { descendants: 0, likes: 0 };
        expected.set(key, { descendants: entry.descendants + 1, likes: entry.likes + m.likes });
      }
    }
    expect(rows).toHaveLength(expected.size);
    for (const r of rows) {
      expect({ descendants: r.descendants, likes: r.descendant_likes }, r.base_model).toEqual(expected.get(r.base_model.toLowerCase()));
    }
    const crawled = rows.find((r) => r.base_model === "a/Base-1");
    expect(crawled).toMatchObject({ in_data: true, base_likes: 40, finetunes: 1, merges: 1, finetune_likes: 10, merge_likes: 20 });
    const outside = rows.find((r) => r.base_model === "outside/Model-7B");
    expect(outside).toMatchObject({ in_data: false, base_likes: null, quantizations: 1, merges: 1, descendant_likes: 40 });
    // Most-liked descendants first.
    expect(rows.map((r) => r.descendant_likes)).toEqual([...rows.map((r) => r.descendant_likes)].sort((a, b) => b - a));
  });
});

describe("names that do not match the count", () => {
  test("the share that disagree by more than 20%, an exact 20% counting as agreement", async () => {
    const summary = await report.nameSizeSummary();
    const { compared, disagreeing } = nameComparison(models);
    expect(summary).toEqual({
      named: models.filter((m) => m.name_params !== null).length,
      compared: compared.length,
      disagree: disagreeing.length,
      share: disagreeing.length / compared.length,
      name_larger: disagreeing.filter((m) => m.name_params! > m.count).length,
      name_smaller: disagreeing.filter((m) => m.name_params! < m.count).length,
      unexplained: 1,
      explained: disagreeing.length - 1,
    });
    expect(disagreeing.map((m) => m.id).sort()).toEqual([
      "a/gemma-2b",
      "b/q-14B",
      "c/Packed-70B",
      "c/merge-1B",
      "c/vision-7B",
      "d/Small-1B",
    ]);
  });

  test("each disagreement gets its likely reason: packed storage, embeddings, towers, rounding, else unexplained", async () => {
    const reasons = await report.nameSizeReasons();
    expect(reasons).toEqual([
      { reason: "unexplained", models: 1, example: "c/merge-1B" },
      // b/q-14B is a quantisation counting fewer than its name; c/Packed-70B's count is flagged packed.
      { reason: "packed", models: 2, example: "b/q-14B" },
      { reason: "embeddings", models: 1, example: "a/gemma-2b" },
      { reason: "towers", models: 1, example: "c/vision-7B" },
      { reason: "rounding", models: 1, example: "d/Small-1B" },
    ]);
  });

  test("the worst cases listed are the unexplained ones, furthest off first", async () => {
    const rows = await report.nameSizeMismatches({ n: 10 });
    expect(rows.map((r) => r.id)).toEqual(["c/merge-1B"]);
    expect(rows[0].ratio).toBeCloseTo(1 / 3, 12);
    expect(rows[0]).toMatchObject({ params: 3e9, params_source: "safetensors" });
  });

  test("chart points account for every compared model", async () => {
    const points = await report.nameSizePoints();
    const { compared, disagreeing } = nameComparison(models);
    expect(points.reduce((s, p) => s + p.models, 0)).toBe(compared.length);
    expect(points.filter((p) => p.disagrees).reduce((s, p) => s + p.models, 0)).toBe(disagreeing.length);
  });
});

describe("the family vocabulary in the database", () => {
  test("families carry the vocabulary's display names, and the vocabulary lists each family's names and crawled models", async () => {
    const families = await report.families();
    expect(families.find((r) => r.family === "qwen2")?.display_name).toBe("Qwen2 / Qwen2.5");
    expect(families.find((r) => r.family === "unknown")?.display_name).toBe("unknown");
    const vocabulary = await report.familyVocabulary();
    expect(vocabulary.find((r) => r.family === "gpt_neox")).toMatchObject({
      model_types: ["gpt_neox"],
      gguf_architectures: ["gptneox"],
      classes: ["GPTNeoXForCausalLM"],
      models: 0,
    });
    expect(vocabulary.find((r) => r.family === "mistral")).toMatchObject({
      gguf_architectures: [],
      distinct_from: ["mistral3"],
      models: 1,
    });
    expect(vocabulary.find((r) => r.family === "llama")?.models).toBe(models.filter((m) => m.family === "llama").length);
  });
});

describe("likes per day", () => {
  const perDay = (m: ModelRow) => m.likes / Math.max((Date.parse("2025-06-01T00:00:00Z") - Date.parse(m.created_at!)) / 86_400_000, 1);

  test("divides likes by the days since creation, real dates only, and counts the placeholder dates left out", async () => {
    const dated = models.filter((m) => m.created_at !== null);
    const info = await report.likesPerDay();
    expect(info).toMatchObject({
      models: models.length,
      dated: dated.length,
      placeholder: models.filter((m) => m.created_at_placeholder).length,
      undated: models.filter((m) => m.created_at === null && !m.created_at_placeholder).length,
    });
    expect(info.placeholder).toBe(1);
    expect(info.median_likes_per_day).toBeCloseTo(median(dated.map(perDay)), 12);
    const top = await report.topLikesPerDay({ n: 3 });
    const expected = [...dated].sort((a, b) => perDay(b) - perDay(a) || a.rank - b.rank).slice(0, 3);
    expect(top.map((r) => r.id)).toEqual(expected.map((m) => m.id));
    for (const [i, r] of top.entries()) expect(r.likes_per_day).toBeCloseTo(perDay(expected[i]), 12);
  });

  test("tells whether the top 100 of the ranking is older, more recent or as old as all models, by median age", async () => {
    const OLD = "2022-06-01T00:00:00Z";
    const NEW = "2025-05-01T00:00:00Z";
    const days = (date: string) => Math.floor((Date.parse("2025-06-01T00:00:00Z") - Date.parse(date)) / 86_400_000);
    /** 100 models on top made at `top`, then `rest` models made at `restAt`, one placeholder among the top. */
    const ageOf = async (name: string, top: string, rest: number, restAt: string) => {
      const rows = Array.from({ length: 100 + rest }, (_, i) =>
        makeModelRow({
          id: `r/m${i}`,
          rank: i + 1,
          likes: 1_000 - i,
          created_at: i === 0 ? null : i < 100 ? top : restAt,
          created_at_placeholder: i === 0,
        }),
      );
      const dbFile = path.join(scratchRoot, `${name}.duckdb`);
      await writeDatabase(dbFile, {
        models: rows,
        authors: [],
        runs: [makeCrawlRun({ finished_at: "2025-06-01T00:00:00Z" })],
        skipped: [],
        thresholds: NOTEBOOK_THRESHOLDS,
      });
      const ageReport = await openReport(dbFile);
      try {
        return await ageReport.likesRankingAge();
      } finally {
        ageReport.close();
      }
    };
    expect(await ageOf("older", OLD, 200, NEW)).toEqual({
      top_models: 100,
      top_dated: 99,
      top_placeholder: 1,
      top_median_age_days: days(OLD),
      all_models: 300,
      all_dated: 299,
      all_placeholder: 1,
      all_median_age_days: days(NEW),
      verdict: "older",
    });
    expect(await ageOf("recent", NEW, 200, OLD)).toMatchObject({
      top_median_age_days: days(NEW),
      all_median_age_days: days(OLD),
      verdict: "recent",
    });
    expect(await ageOf("similar", OLD, 50, NEW)).toMatchObject({ all_median_age_days: days(OLD), verdict: "similar" });
  });
});

describe("concentration", () => {
  test("Gini of authors' likes 10, 20, 30, 40 is 0.25, as the pairwise formula gives", async () => {
    const info = await report.concentration();
    const totals = [...likesPerAuthor(models).values()];
    expect(totals.sort((a, b) => a - b)).toEqual([10, 20, 30, 40]);
    expect(info.gini).toBeCloseTo(giniByPairs(totals), 12);
    expect(info.gini).toBeCloseTo(0.25, 12);
    expect(info).toMatchObject({ authors: 4, likes: 100, top10_likes: 100, top10_share: 1 });
  });

  test("the Lorenz curve runs from (0, 0) through each author's cumulative share to (1, 1)", async () => {
    const curve = await report.lorenzCurve();
    const expected = [
      [0, 0],
      [0.25, 0.1],
      [0.5, 0.3],
      [0.75, 0.6],
      [1, 1],
    ];
    expect(curve).toHaveLength(expected.length);
    curve.forEach((p, i) => {
      expect(p.author_share).toBeCloseTo(expected[i][0], 12);
      expect(p.likes_share).toBeCloseTo(expected[i][1], 12);
    });
  });

  test("top-10 share takes the ten most-liked of twelve authors", async () => {
    const info = await otherReport.concentration();
    const totals = [...likesPerAuthor(otherModels).values()].sort((a, b) => b - a);
    const all = totals.reduce((s, v) => s + v, 0);
    expect(info.top10_likes).toBe(totals.slice(0, 10).reduce((s, v) => s + v, 0));
    expect(info.top10_share).toBeCloseTo(totals.slice(0, 10).reduce((s, v) => s + v, 0) / all, 12);
    expect(info.gini).toBeCloseTo(giniByPairs(totals), 12);
  });
});

describe("likes vs downloads", () => {
  test("Spearman uses average ranks for ties; Pearson is on log(1 + x), zero downloads kept", async () => {
    const c = await report.likesDownloadsCorrelation();
    const likes = models.map((m) => m.likes);
    const downloads = models.map((m) => m.downloads);
    expect(c.models).toBe(models.length);
    expect(c.spearman).toBeCloseTo(pearson(averageRanks(likes), averageRanks(downloads)), 6);
    expect(c.pearson_log).toBeCloseTo(
      pearson(
        likes.map((v) => Math.log1p(v)),
        downloads.map((v) => Math.log1p(v)),
      ),
      6,
    );
    expect(c.zero_downloads).toBe(1);
    expect(c.likes_median).toBe(median(likes));
    expect(c.downloads_median).toBe(median(downloads));
  });

  test("quadrants split at the medians and hold every model once", async () => {
    const rows = await report.likesDownloadsQuadrants();
    const likesMedian = median(models.map((m) => m.likes));
    const downloadsMedian = median(models.map((m) => m.downloads));
    const count = (moreLiked: boolean, moreDownloaded: boolean) =>
      models.filter((m) => m.likes >= likesMedian === moreLiked && m.downloads >= downloadsMedian === moreDownloaded).length;
    expect(rows).toEqual([
      { likes_side: "more liked", downloads_side: "more downloaded", models: count(true, true) },
      { likes_side: "more liked", downloads_side: "less downloaded", models: count(true, false) },
      { likes_side: "less liked", downloads_side: "more downloaded", models: count(false, true) },
      { likes_side: "less liked", downloads_side: "less downloaded", models: count(false, false) },
    ]);
  });

  test("chart points account for every model", async () => {
    const points = await report.likesDownloadsPoints();
    expect(points.reduce((s, p) => s + p.models, 0)).toBe(models.length);
    expect(points.some((p) => p.downloads === 0)).toBe(true);
  });
});

describe("overview", () => {
  test("facts are the high-quality models' median size, organisation share, top family and licence", async () => {
    const facts = await report.overview();
    const hq = highQuality(models);
    const orgs = new Set(authors.filter((a) => a.type === "org").map((a) => a.name));
    expect(facts.high_quality).toBe(hq.length);
    expect(facts.median_params).toBe(median(hq.map((m) => m.params!).filter((p) => p !== null)));
    expect(facts.org_share).toBeCloseTo(hq.filter((m) => orgs.has(m.author)).length / hq.length, 12);
    // llama, qwen2 and mistral tie at one high-quality model each: the alphabetically first wins.
    expect(facts.top_family).toBe("llama");
    expect(facts.top_licence).toBe("apache-2.0");
    expect(facts.top_licence_share).toBeCloseTo(hq.filter((m) => m.license === "apache-2.0").length / hq.length, 12);
  });

  test("the sentences follow the data: another crawl gives other sentences with its own figures", async () => {
    const first = overviewSentences(await report.overview(), await report.thresholds());
    const secondFacts = await otherReport.overview();
    const second = overviewSentences(secondFacts, await otherReport.thresholds());
    expect(first.join(" ")).not.toEqual(second.join(" "));
    expect(second.join(" ")).toContain("the most common family is qwen2 (100.0%)");
    const hq = highQuality(otherModels);
    expect(secondFacts.median_params).toBe(median(hq.map((m) => m.params!)));
    expect(second.join(" ")).toMatch(/the median size grew from/);
  });

  test("a likes threshold of 0 is said to leave no model out, never as 'at least 0 likes', in both languages; one like is 'like'", async () => {
    const facts = await report.overview();
    const thresholds = { ...(await report.thresholds()), likes_threshold: 0 };
    const [english] = overviewSentences(facts, thresholds, "en");
    expect(english).toMatch(
      /^A model counts as high quality here when it has at least 10 downloads in the last 30 days \(the likes threshold, the 25th percentile of the crawl, is 0 likes here, so it leaves no model out\)/,
    );
    expect(english).not.toMatch(/at least 0 likes/);
    const [chinese] = overviewSentences(facts, thresholds, "zh-CN");
    expect(chinese).toMatch(/^这里的高质量模型指近 30 天下载至少 10 次的模型/);
    expect(chinese).not.toMatch(/点赞至少 0 个/);
    const [usual] = overviewSentences(facts, { ...thresholds, likes_threshold: 41.5 }, "en");
    expect(usual).toMatch(/at least 42 likes \(the 25th percentile of the crawl\) and 10 downloads/);
    const [single] = overviewSentences(facts, { ...thresholds, likes_threshold: 1, min_downloads: 1 }, "en");
    expect(single).toMatch(/at least 1 like \(the 25th percentile of the crawl\) and 1 download in the last 30 days/);
  });
});

describe("per-chart data files", () => {
  test("exportData writes every chart's rows as JSON equal to the Report's, and as CSV", async () => {
    const dataDir = path.join(scratchRoot, "data");
    const { files } = await exportData(dbPath, dataDir);
    for (const name of CHART_DATASET_NAMES) {
      const jsonFile = path.join(dataDir, "charts", `${DATASETS[name].file}.json`);
      expect(files).toContain(jsonFile);
      expect(files).toContain(path.join(dataDir, "charts", `${DATASETS[name].file}.csv`));
      expect(JSON.parse(await readFile(jsonFile, "utf8")), name).toEqual(await report[name]());
    }
    const csv = (await readFile(path.join(dataDir, "charts", "licences.csv"), "utf8")).trim().split("\n");
    expect(csv[0]).toBe("licence,kind,models,high_quality,likes,share,high_quality_share");
    // "none declared" is an empty licence cell, like a missing value in models.csv.
    expect(csv.some((line) => line.startsWith(",none,1,"))).toBe(true);
    const families = await readFile(path.join(dataDir, "charts", "families.csv"), "utf8");
    expect(families).toContain("llama,Llama,3,");
  });
});
