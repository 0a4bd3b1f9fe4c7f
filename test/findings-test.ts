// Chart titles state findings computed by SQL, and change when the data does; subtitles name the
// population, its count and the crawl day; the topic pages' shares of high-quality models agree
// with the overview's; the explorer's filters select exactly the models a size bar counts.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Report } from "../src/data-loaders/db/datasets.ts";
import { buildExplorerShards } from "../src/data-loaders/db/export-explorer.ts";
import { writeDatabase } from "../src/data-loaders/db/load.ts";
import { openReport } from "../src/data-loaders/db/queries.ts";
import type { AuthorRow, ModelRow } from "../src/data-loaders/db/rows.ts";
import { decodeShard, EMPTY_QUERY, parseQuery, queryParams, runQuery, type ExplorerModel } from "../src/scripts/explorer-query.ts";
import { familiesFinding, licencesFinding, populationSubtitle, sizesFinding } from "../src/views/findings.ts";
import { explorerHref } from "../src/views/explorer-link.ts";
import { overviewSentences } from "../src/views/overview.ts";
import { executeOnDatabase, NOTEBOOK_THRESHOLDS } from "./fixtures/db.ts";
import { suiteScratchDir } from "./fixtures/scratch.ts";
import { makeAuthorRow, makeCrawlRun, makeModelRow } from "./fixtures/rows.ts";

const authors: AuthorRow[] = [makeAuthorRow({ name: "org", type: "org" }), makeAuthorRow({ name: "usr", type: "user" })];

// Twenty models, ten per era. Likes 1..20, so the 25th percentile is 5.75: models 1–5 are not high
// quality. Before 2024 one of the high-quality models is 20B+, after it three are.
const models: ModelRow[] = Array.from({ length: 20 }, (_, i) => {
  const n = i + 1;
  const after = n % 2 === 0;
  const large = after ? [8, 12, 16].includes(n) : n === 9;
  return makeModelRow({
    id: `${n % 3 === 0 ? "usr" : "org"}/m${n}`,
    rank: 21 - n,
    likes: n,
    downloads: 100 * n,
    created_at: after ? "2024-06-01T00:00:00Z" : "2023-06-01T00:00:00Z",
    params: large ? 30e9 : 7e9,
    family: n % 4 === 0 ? "qwen2" : "llama",
    license: n % 5 === 0 ? null : n % 2 === 0 ? "mit" : "apache-2.0",
    base_models: n % 6 === 0 ? ["org/m1"] : [],
    base_relation: n % 6 === 0 ? "finetune" : null,
  });
});

const scratchRoot = suiteScratchDir("hub-likes-findings-");
let dbPath: string;
let report: Report;

beforeAll(async () => {
  dbPath = path.join(scratchRoot, "findings.duckdb");
  const run = makeCrawlRun({ finished_at: "2025-06-01T10:00:00Z" });
  await writeDatabase(dbPath, { models, authors, runs: [run], skipped: [], thresholds: NOTEBOOK_THRESHOLDS });
  report = await openReport(dbPath);
});

afterAll(async () => {
  report?.close();
});

describe("finding titles", () => {
  test("the sizes title states the change in the share of 20B+ high-quality models, and follows the data", async () => {
    // A database of its own, since this test changes the data.
    const changing = path.join(scratchRoot, "changing.duckdb");
    await writeDatabase(changing, { models, authors, runs: [makeCrawlRun()], skipped: [], thresholds: NOTEBOOK_THRESHOLDS });
    const titleAfter = async (sql: string[], lang: "en" | "zh-CN" = "en") => {
      for (const statement of sql) await executeOnDatabase(changing, statement);
      const opened = await openReport(changing);
      try {
        return sizesFinding(await opened.overview(), await opened.sizeBuckets(), lang);
      } finally {
        opened.close();
      }
    };
    // High quality: likes ≥ 5.75, so models 6..20; before: 7, 9, ..., 19 (7 models, m9 large);
    // after: 6, 8, ..., 20 (8 models, m8, m12, m16 large).
    expect(await titleAfter([])).toBe("Models of 20B+ rose from 14.3% to 37.5% of high-quality models");
    expect(await titleAfter([], "zh-CN")).toBe("200 亿参数及以上的模型在高质量模型中的占比从 14.3% 升至 37.5%");

    // Large models move to the earlier era: 3 of 7 before, 1 of 8 after.
    expect(
      await titleAfter([
        "UPDATE models SET params = 7e9 WHERE id IN ('org/m8', 'usr/m12')",
        "UPDATE models SET params = 30e9 WHERE id IN ('org/m7', 'usr/m15')",
      ]),
    ).toBe("Models of 20B+ fell from 42.9% to 12.5% of high-quality models");

    // 3 of 7 in both eras (m20 drops out of high quality with no downloads): no change to report.
    expect(
      await titleAfter([
        "UPDATE models SET params = 30e9 WHERE id IN ('org/m8', 'usr/m12')",
        "UPDATE models SET downloads = 0 WHERE id = 'org/m20'",
      ]),
    ).toBe("Models of 20B+ stayed about the same share of high-quality models (42.9% before, 42.9% since)");
  });

  test("a change in the sizes share under 5% of where it started reads about the same, in both languages", async () => {
    const [facts, rows] = await Promise.all([report.overview(), report.sizeBuckets()]);
    const nearly = { ...facts, before_large_share: 0.14, after_large_share: 0.145 };
    expect(sizesFinding(nearly, rows, "en")).toBe(
      "Models of 20B+ stayed about the same share of high-quality models (14.0% before, 14.5% since)",
    );
    expect(sizesFinding(nearly, rows, "zh-CN")).toContain("基本不变");
    expect(sizesFinding({ ...facts, before_large_share: 0.14, after_large_share: 0.2 }, rows, "en")).toBe(
      "Models of 20B+ rose from 14.0% to 20.0% of high-quality models",
    );
  });

  test("the overview never calls a median change under 5% growth", async () => {
    const facts = await report.overview();
    expect(facts.unknown_type_models).toBe(0);
    const sentences = overviewSentences(
      { ...facts, before_median_params: 7.1e9, after_median_params: 7.2e9 },
      await report.thresholds(),
      "en",
    );
    expect(sentences.join(" ")).toContain("about the same");
    expect(sentences.join(" ")).not.toMatch(/grew/);
    const grown = overviewSentences({ ...facts, before_median_params: 7e9, after_median_params: 14e9 }, await report.thresholds(), "en");
    expect(grown.join(" ")).toMatch(/grew from 7\.0B to 14\.0B/);
  });

  test("the overview leaves out authors of unknown type when every author's type is known", async () => {
    const facts = await report.overview();
    expect(overviewSentences(facts, await report.thresholds(), "en").join(" ")).not.toMatch(/unknown type/);
    expect(overviewSentences(facts, await report.thresholds(), "zh-CN").join(" ")).not.toMatch(/类型未知/);
  });

  test("a clause whose count is zero is left out of the licences title", async () => {
    const rows = await report.licences();
    expect(licencesFinding(rows, "en")).toMatch(/declare none$/);
    const withoutUndeclared = rows.filter((r) => r.licence !== null);
    expect(licencesFinding(withoutUndeclared, "en")).not.toMatch(/declare none/);
  });

  test("the subtitle names the population, its count from SQL and the day of the crawl, in both languages", async () => {
    const population = await report.population();
    expect(population).toEqual({ models: 20, high_quality: 15, before: 7, after: 8, crawled: "2025-06-01" });
    expect(populationSubtitle(population, { set: "highQuality" }, "en")).toBe("15 high-quality models, crawled 2025-06-01");
    expect(populationSubtitle(population, { set: "all" }, "en")).toBe("All 20 crawled models, crawled 2025-06-01");
    expect(populationSubtitle(population, { set: "highQuality" }, "zh-CN")).toBe("15 个高质量模型，2025-06-01 抓取");
  });
});

describe("one population for the same fact", () => {
  test("families, licences and author types give the overview's shares of high-quality models", async () => {
    const [facts, families, licences, types] = await Promise.all([
      report.overview(),
      report.families(),
      report.licences(),
      report.authorTypes(),
    ]);
    const family = families.find((r) => r.family === facts.top_family)!;
    expect(family.high_quality_share).toBeCloseTo(facts.top_family_share!, 12);
    const licence = licences.find((r) => r.licence === facts.top_licence)!;
    expect(licence.high_quality_share).toBeCloseTo(facts.top_licence_share!, 12);
    const org = types.find((r) => r.author_type === "org")!;
    expect(org.high_quality_share).toBeCloseTo(facts.org_share!, 12);
    // Shares of all models differ from them here, which is why the pages name both populations.
    expect(family.share).not.toBeCloseTo(family.high_quality_share, 3);
    expect(familiesFinding(families, "en")).toContain(`of high-quality models (${(family.share * 100).toFixed(1)}% of all models)`);
    for (const rows of [families, licences, types]) {
      expect(rows.reduce((s, r) => s + r.high_quality_share, 0)).toBeCloseTo(1, 12);
    }
  });
});

describe("explorer filters", () => {
  test("each size bar's filters select exactly the models the bar counts", async () => {
    const { manifest, shards } = buildExplorerShards(await report.explorerRows(), 7);
    const all = shards.flatMap((shard) => decodeShard(manifest, shard));
    for (const bar of await report.sizeBuckets()) {
      const query = parseQuery(new URLSearchParams({ size: bar.bucket, era: bar.era, quality: "high" }));
      expect(runQuery(all, query).length, `${bar.era} ${bar.bucket}`).toBe(bar.models);
    }
  });

  test("relation, licence none and family unknown select what the Derivatives, Licences and Families pages count", async () => {
    const { manifest, shards } = buildExplorerShards(await report.explorerRows());
    const all = shards.flatMap((shard) => decodeShard(manifest, shard));
    for (const row of await report.derivativeRelations()) {
      expect(runQuery(all, { ...EMPTY_QUERY, relation: row.relation }).length).toBe(row.models);
      expect(runQuery(all, { ...EMPTY_QUERY, relation: row.relation, quality: "high" }).length).toBe(row.high_quality);
    }
    for (const row of await report.licences()) {
      expect(runQuery(all, { ...EMPTY_QUERY, license: row.licence ?? "none" }).length).toBe(row.models);
    }
    for (const row of await report.families()) {
      expect(runQuery(all, { ...EMPTY_QUERY, family: row.family }).length).toBe(row.models);
    }
    expect(parseQuery(new URLSearchParams({ quality: "excellent" })).quality).toBe("");
  });
});

describe("explorer filters for creation periods and author plans", () => {
  // Dates on the edges of months in UTC (one written with an offset that moves it into the next
  // month), the Hub's placeholder date, no date at all; authors on every plan, one not crawled.
  const planAuthors: AuthorRow[] = [
    makeAuthorRow({ name: "ent", type: "org", plan: "Enterprise" }),
    makeAuthorRow({ name: "ent2", type: "org", is_enterprise: true }),
    makeAuthorRow({ name: "team", type: "org", plan: "team" }),
    makeAuthorRow({ name: "freeorg", type: "org" }),
    makeAuthorRow({ name: "pro", type: "user", is_pro: true }),
    makeAuthorRow({ name: "free", type: "user", is_pro: false }),
    makeAuthorRow({ name: "who", type: "user" }),
  ];
  const owners = ["ent", "ent2", "team", "freeorg", "pro", "free", "who", "ghost"];
  const created: Array<[string | null, boolean]> = [
    ["2024-02-29T23:30:00-02:00", false],
    ["2024-03-31T23:59:59Z", false],
    ["2024-04-01T00:00:00Z", false],
    ["2024-02-01T00:00:00Z", false],
    ["2023-12-31T23:59:59Z", false],
    ["2022-04-15T08:00:00Z", false],
    [null, true],
    [null, false],
  ];
  const periodModels: ModelRow[] = Array.from({ length: 40 }, (_, i) =>
    makeModelRow({
      id: `${owners[i % owners.length]}/p${i}`,
      rank: i + 1,
      likes: 400 - i * 7,
      downloads: i % 3 === 0 ? 10 : 5_000,
      created_at: created[i % created.length][0],
      created_at_placeholder: created[i % created.length][1],
      family: i % 5 === 0 ? null : i % 2 === 0 ? "llama" : "qwen2",
      // Bases named in another case than their id, a merge of two, a base that was not crawled.
      base_models: [[], ["ent/p0"], ["Ent/P0", "team/p2"], ["outside/base"]][i % 4],
      base_relation: ([null, "finetune", "merge", null] as const)[i % 4],
    }),
  );
  let periods: Report;
  let all: ExplorerModel[];

  beforeAll(async () => {
    const file = path.join(scratchRoot, "periods.duckdb");
    await writeDatabase(file, {
      models: periodModels,
      authors: planAuthors,
      runs: [makeCrawlRun()],
      skipped: [],
      thresholds: NOTEBOOK_THRESHOLDS,
    });
    periods = await openReport(file);
    const { manifest, shards } = buildExplorerShards(await periods.explorerRows(), 9);
    all = shards.flatMap((shard) => decodeShard(manifest, shard));
  });
  afterAll(() => periods?.close());

  const count = (params: Record<string, string>) => runQuery(all, parseQuery(new URLSearchParams(params))).length;

  test("a month's link selects exactly the models and high-quality models the Time page counts for it", async () => {
    const months = await periods.modelsPerMonth();
    // The offset date is 2024-03-01 01:30 UTC: March, not February.
    expect(months.find((m) => m.month === "2024-03")!.models).toBe(10);
    expect(months.filter((m) => m.models === 0).length).toBeGreaterThan(0);
    for (const month of months) {
      expect(count({ created: month.month }), month.month).toBe(month.models);
      expect(count({ created: month.month, quality: "high" }), month.month).toBe(month.high_quality);
      expect(count({ created: month.month, quality: "low" }), month.month).toBe(month.models - month.high_quality);
    }
    expect(count({ created: "placeholder" })).toBe(await periods.placeholderDates());
    expect(count({ created: "none" })).toBe(5);
    const dated = months.reduce((sum, m) => sum + m.models, 0);
    expect(dated + count({ created: "placeholder" }) + count({ created: "none" })).toBe(periodModels.length);
  });

  test("a year and a family select what the Families page's years table counts", async () => {
    const rows = await periods.familyShareByYear();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows.filter((r) => r.family !== "other")) {
      expect(count({ created: String(row.year), family: row.family }), `${row.year} ${row.family}`).toBe(row.models);
    }
  });

  test("a plan and an author type select exactly the models the Authors page counts for them", async () => {
    const plans = await periods.authorPlans();
    expect(new Set(plans.map((p) => p.plan))).toEqual(new Set(["enterprise", "team", "pro", "free", "unknown"]));
    // The author nobody crawled has an unknown type and an unknown plan.
    expect(plans.find((p) => p.plan === "unknown" && p.author_type === "unknown")!.models).toBe(5);
    for (const row of plans) {
      expect(count({ plan: row.plan, author_type: row.author_type }), `${row.plan} ${row.author_type}`).toBe(row.models);
    }
  });

  test("an author's link selects exactly the models the top-authors tables count for the author", async () => {
    const top = await periods.topAuthors({ n: 20 });
    expect(top.length).toBe(owners.length);
    for (const row of top) expect(count({ author: row.author }), row.author).toBe(row.models);
    // Exact, not a substring: "free" is not "freeorg".
    expect(count({ author: "free" })).toBe(periodModels.filter((m) => m.author === "free").length);
    expect(count({ author: "fre" })).toBe(0);
  });

  test("a base model's link selects exactly the descendants the Derivatives page counts for it, per relation too", async () => {
    const bases = await periods.topBaseModels({ n: 50 });
    expect(bases.map((b) => b.base_model).sort()).toEqual(["ent/p0", "outside/base", "team/p2"]);
    for (const row of bases) {
      // Any case: the page names the crawled id, a model may have named it otherwise.
      expect(count({ base: row.base_model.toUpperCase() }), row.base_model).toBe(row.descendants);
      for (const [relation, key] of [
        ["finetune", "finetunes"],
        ["quantized", "quantizations"],
        ["adapter", "adapters"],
        ["merge", "merges"],
        ["unspecified", "unspecified"],
      ] as const) {
        expect(count({ base: row.base_model, relation }), `${row.base_model} ${relation}`).toBe(row[key]);
      }
    }
  });

  test("each shard carries only the base ids its own models name, so the manifest stays small at any Hub size", async () => {
    const { manifest, shards } = buildExplorerShards(await periods.explorerRows(), 9);
    expect(shards.length).toBeGreaterThan(2);
    expect(JSON.stringify(manifest)).not.toContain("outside/base");
    for (const shard of shards) {
      const named = new Set(shard.base_models.flat());
      // Every listed base is named by a model of this shard, and no index points past the list.
      expect([...named].sort((a, b) => a - b)).toEqual(shard.bases.map((_, index) => index));
    }
    expect(shards.filter((shard) => shard.bases.length > 0).length).toBeGreaterThan(1);
  });

  test("a link leaves out the filters it is given without a value", () => {
    expect(explorerHref("en", { license: "apache-2.0", quality: undefined })).toBe("/explore/?license=apache-2.0");
    expect(explorerHref("zh-CN", { base: "org/m1", relation: undefined })).toBe("/zh-cn/explore/?base=org%2Fm1");
    expect(explorerHref("en", { created: "2024-03", quality: "high" })).toBe("/explore/?created=2024-03&quality=high");
  });

  test("reads created as a year, a month, placeholder or none, and drops anything else", () => {
    const created = (value: string) => parseQuery(new URLSearchParams({ created: value })).created;
    for (const value of ["2024", "2024-03", "2024-12", "placeholder", "none"]) expect(created(value)).toBe(value);
    for (const value of ["2024-13", "2024-3", "2024-00", "24-03", "2024-03-01", "March", "latest"]) expect(created(value), value).toBe("");
    // Filters round-trip through the URL, so a link from a chart restores the same query.
    const query = parseQuery(new URLSearchParams("created=2024-03&plan=pro&author_type=user&quality=high"));
    expect(queryParams(query).toString()).toBe("created=2024-03&author_type=user&plan=pro&quality=high");
    expect(parseQuery(queryParams(query))).toEqual(query);
  });
});
