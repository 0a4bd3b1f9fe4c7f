// The whole path once: generate a Hub, serve it on 127.0.0.1, crawl it, build the site, and check
// what the site publishes against figures computed here, independently, from the generated data.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeConfig } from "../src/config/config.ts";
import { startMockHub, type MockHub } from "../src/mock-hub/server.ts";
import { generateSampleHub } from "../src/mock-hub/sample.ts";
import type { MockHubDataset, MockModelRecord } from "../src/mock-hub/types.ts";
import { buildSite } from "../src/cli/build-site.ts";
import * as cheerio from "cheerio";
import { CHART_DATASET_NAMES, DATASETS } from "../src/data-loaders/db/datasets.ts";
import { PAGES as PAGE_LIST } from "../src/layouts/pages.ts";
import { openReport } from "../src/data-loaders/db/queries.ts";
import { queryDatabase } from "./fixtures/db.ts";
import type { Report } from "../src/data-loaders/db/datasets.ts";
import { formatParams, formatShare } from "../src/lib/format.ts";
import { suiteScratchDir } from "./fixtures/scratch.ts";

const PLACEHOLDERS = new Set(["2022-03-02T23:29:04.000Z", "2022-03-02T23:29:05.000Z"]);

/** pandas' default quantile: linear interpolation between closest ranks. */
function quantileLinear(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

function expectedFigures(dataset: MockHubDataset) {
  const usable = dataset.models.filter(
    (m): m is MockModelRecord & { likes: number; downloads: number } =>
      m.pipeline_tag === "text-generation" && typeof m.likes === "number" && typeof m.downloads === "number",
  );
  const likesThreshold = quantileLinear(
    usable.map((m) => m.likes),
    0.25,
  );
  const highQuality = usable.filter((m) => !(m.likes < likesThreshold || m.downloads < 10));
  const isBefore = (m: MockModelRecord) =>
    PLACEHOLDERS.has(m.createdAt ?? "") || Date.parse(m.createdAt ?? "") < Date.parse("2024-01-01T00:00:00Z");
  const after = highQuality.filter((m) => !isBefore(m));
  const topDownloads = [...after]
    .sort((a, b) => b.downloads - a.downloads || b.likes - a.likes || (a.id < b.id ? -1 : 1))
    .slice(0, 10)
    .map((m) => m.id);
  return {
    models: usable.length,
    authors: new Set(usable.map((m) => m.id.split("/")[0])).size,
    likesThreshold,
    highQuality: highQuality.length,
    before: highQuality.length - after.length,
    after: after.length,
    topDownloads,
  };
}

/** What a model author could write into a card or config to make a spreadsheet run it. */
const FORMULA_LICENCES = ['=HYPERLINK("http://evil.example","click")', "@SUM(1+1)", "+cmd|' /C calc'!A0"];
const FORMULA_MODEL_TYPE = "-2+3+cmd|' /C calc'!A0";
const FORMULA_BASE_MODEL = "@evil/base";
const FORMULA_LIBRARY = "=1+1";

/**
 * Every 25th text-generation model carries formula-looking text in its licence, model_type, base
 * model and library: enough models that the licence, family and base-model charts list them.
 */
function withFormulaText(dataset: MockHubDataset): MockHubDataset {
  let planted = 0;
  const models = dataset.models.map((model, index) => {
    if (model.pipeline_tag !== "text-generation" || index % 25 !== 0) return model;
    const licence = FORMULA_LICENCES[planted++ % FORMULA_LICENCES.length];
    return {
      ...model,
      library_name: FORMULA_LIBRARY,
      config: { ...model.config, model_type: FORMULA_MODEL_TYPE },
      cardData: { ...model.cardData, license: licence, base_model: FORMULA_BASE_MODEL },
    };
  });
  return { ...dataset, models };
}

/** Every file under dir whose name ends with the extension. */
function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(extension))
    .map((name) => path.join(dir, name));
}

describe("crawl the mock Hub and build the site", () => {
  const dataset = withFormulaText(generateSampleHub({ models: 1500, seed: 7 }));
  const expected = expectedFigures(dataset);
  const work = suiteScratchDir("hub-likes-pipeline-");
  const outDir = path.join(work, "dist");
  let hub: MockHub;
  let summary: any;
  let dbPath: string;

  beforeAll(async () => {
    hub = await startMockHub({ dataset, windowMs: 1000 });
    const config = normalizeConfig({ endpoint: hub.url, limit: null, cacheDir: path.join(work, "cache"), outDir, sample: true }, {});
    await buildSite(config, { recrawl: true, log: () => {} });
    dbPath = config.dbPath;
    summary = JSON.parse(readFileSync(path.join(outDir, "data", "summary.json"), "utf8"));
  }, 180_000);

  afterAll(async () => {
    await hub?.close();
  });

  it("publishes the model and author counts of the crawled data", () => {
    expect(summary.models).toBe(expected.models);
    expect(summary.authors).toBe(expected.authors);
  });

  it("splits quality by the notebook's rule: likes below the 25th percentile or downloads below 10", () => {
    expect(summary.thresholds.likes).toBeCloseTo(expected.likesThreshold, 6);
    expect(summary.thresholds.downloads).toBe(10);
    expect(summary.high_quality).toBe(expected.highQuality);
  });

  it("splits high-quality models at 2024-01-01, placeholder dates counting as before", () => {
    expect(summary.era).toEqual({ before: expected.before, after: expected.after });
  });

  it("counts every high-quality model in exactly one size bucket per era", () => {
    for (const era of ["before", "after"] as const) {
      const total = Object.values(summary.size_buckets[era] as Record<string, number>).reduce((a, b) => a + b, 0);
      expect(total).toBe(expected[era]);
    }
  });

  it("lists the 10 most-downloaded high-quality models of the latest era, in order", () => {
    expect(summary.top_downloads).toEqual(expected.topDownloads);
  });

  it("says the data is sample data, in summary.json and on every page", () => {
    expect(summary.source.sample).toBe(true);
    for (const page of [
      "index.html",
      "top/index.html",
      "sizes/index.html",
      "time/index.html",
      "authors/index.html",
      "methodology/index.html",
    ]) {
      const file = path.join(outDir, page);
      expect(existsSync(file), page).toBe(true);
      expect(readFileSync(file, "utf8"), page).toMatch(/sample data/i);
    }
  });

  it("shows the top model on the top-downloads page and draws charts as inline SVG", () => {
    const top = readFileSync(path.join(outDir, "top/index.html"), "utf8");
    expect(top).toContain(expected.topDownloads[0]);
    const sizes = readFileSync(path.join(outDir, "sizes/index.html"), "utf8");
    expect(sizes).toMatch(/<svg[^>]*>/);
  });

  it("writes one CSV row per model, and the Parquet file beside it", () => {
    const csv = readFileSync(path.join(outDir, "data", "models.csv"), "utf8")
      .trim()
      .split("\n");
    expect(csv[0].split(",").slice(0, 4)).toEqual(["rank", "id", "author", "author_type"]);
    // Ids and authors never contain newlines, so one line per row holds.
    expect(csv.length - 1).toBe(expected.models);
    expect(existsSync(path.join(outDir, "data", "models.parquet"))).toBe(true);
  });

  it("publishes the likes history with this crawl as its snapshot", () => {
    expect(existsSync(path.join(outDir, "data", "history.parquet"))).toBe(true);
    const history = readFileSync(path.join(outDir, "history/index.html"), "utf8");
    expect(history).toMatch(/History starts with this crawl/);
  });

  describe("the published CSVs, from a Hub whose cards carry formula-looking text", () => {
    // What a spreadsheet runs: a cell starting with =, +, -, @, tab or carriage return, unless it
    // is a plain number. Written out here, apart from the exporter's own rule.
    const runsInASpreadsheet = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cell);
    const readCells = async (file: string) => {
      const rows = await queryDatabase<Record<string, string | null>>(
        dbPath,
        `SELECT * FROM read_csv($file, header = true, delim = ',', quote = '"', escape = '"', all_varchar = true)`,
        { file },
      );
      return rows.flatMap((row) => Object.values(row)).filter((cell): cell is string => cell !== null);
    };

    it("has no cell a spreadsheet would run, in any CSV under dist/", async () => {
      const csvFiles = filesUnder(outDir, ".csv");
      expect(csvFiles.map((file) => path.relative(outDir, file))).toEqual(
        expect.arrayContaining(["data/models.csv", "data/charts/licences.csv", "data/charts/families.csv"]),
      );
      for (const file of csvFiles) {
        if (readFileSync(file, "utf8") === "") continue;
        const dangerous = (await readCells(file)).filter(runsInASpreadsheet);
        expect(dangerous, path.relative(outDir, file)).toEqual([]);
      }
    });

    it("publishes the planted text as text in models.csv and the chart CSVs, so the check above saw it", async () => {
      const models = await readCells(path.join(outDir, "data", "models.csv"));
      expect(models).toContain(`'${FORMULA_LICENCES[0].toLowerCase()}`);
      expect(models).toContain(`'${FORMULA_BASE_MODEL}`);
      expect(models).toContain(`'${FORMULA_LIBRARY}`);
      const licences = await readCells(path.join(outDir, "data", "charts", "licences.csv"));
      expect(licences.filter((cell) => cell.startsWith("'"))).not.toEqual([]);
      const families = await readCells(path.join(outDir, "data", "charts", "families.csv"));
      expect(families.filter((cell) => cell.startsWith("'-2+3+cmd"))).not.toEqual([]);
    });

    it("keeps JSON and Parquet exactly as the Hub gave the text", async () => {
      const json = JSON.parse(readFileSync(path.join(outDir, "data", "models.json"), "utf8")) as Array<{ license: string | null }>;
      expect(json.map((model) => model.license)).toContain(FORMULA_LICENCES[0].toLowerCase());
      const parquet = await queryDatabase<{ planted: number }>(
        dbPath,
        "SELECT count(*) AS planted FROM read_parquet($file) WHERE model_type = $modelType",
        { file: path.join(outDir, "data", "models.parquet"), modelType: FORMULA_MODEL_TYPE },
      );
      expect(parquet[0].planted).toBeGreaterThan(0);
      const chartJson = readFileSync(path.join(outDir, "data", "charts", "licences.json"), "utf8");
      expect(chartJson).toContain(JSON.stringify(FORMULA_LICENCES[1].toLowerCase()));
    });
  });

  describe("the analysis pages", () => {
    const ANALYSIS_PAGES = ["families/", "licences/", "derivatives/", "names/", "concentration/", "likes-downloads/", "downloads/"];
    let report: Report;
    const page = (name: string) => cheerio.load(readFileSync(path.join(outDir, name, "index.html"), "utf8"));

    beforeAll(async () => {
      report = await openReport(dbPath);
    });
    afterAll(() => report?.close());

    it("builds every analysis page, each chart with its SQL and a data link that exists", () => {
      for (const name of ANALYSIS_PAGES) {
        expect(existsSync(path.join(outDir, name, "index.html")), name).toBe(true);
        const $ = page(name);
        if (name === "downloads/") continue;
        expect($("figure.chart svg").length, name).toBeGreaterThan(0);
        expect($("[data-chart-source] pre code").first().text(), name).toMatch(/SELECT/);
        $("[data-chart-source] a").each((_, link) => {
          const target = $(link).attr("href")!.replace(/^\//, "");
          expect(existsSync(path.join(outDir, target)), target).toBe(true);
        });
      }
    });

    it("writes every chart's data file with the database's rows", async () => {
      for (const name of CHART_DATASET_NAMES) {
        const file = path.join(outDir, "data", "charts", `${DATASETS[name].file}.json`);
        expect(JSON.parse(readFileSync(file, "utf8")), name).toEqual(await report[name]());
      }
    });

    it("shows the overview's answer with the median size of the high-quality models", async () => {
      const overview = await report.overview();
      const $ = page("");
      expect(overview.high_quality).toBe(summary.high_quality);
      expect($("[data-overview-answer]").text()).toContain(`has ${formatParams(overview.median_params)} parameters`);
      expect($('[data-figure="top-family"] .value').text()).toBe(overview.top_family);
    });

    it("shows the names, concentration and correlation figures the database computes", async () => {
      const names = await report.nameSizeSummary();
      expect(page("names/")('[data-figure="disagree-share"]').text()).toBe(formatShare(names.share));
      const concentration = await report.concentration();
      const $concentration = page("concentration/");
      expect($concentration('[data-figure="top10-share"]').text()).toBe(formatShare(concentration.top10_share));
      expect($concentration('[data-figure="gini"]').text()).toBe(concentration.gini!.toFixed(2));
      const correlation = await report.likesDownloadsCorrelation();
      expect(correlation.models).toBe(summary.models);
      expect(page("likes-downloads/")('[data-figure="spearman"]').text()).toBe(correlation.spearman!.toFixed(2));
    });

    /** The digits of a text, so counts compare whatever a language groups them with. */
    const digits = (text: string) => text.replace(/\D/g, "");

    it("leads the Names page with the names that do not match for no reason, then counts the rest by reason, in both languages", async () => {
      const names = await report.nameSizeSummary();
      const reasons = await report.nameSizeReasons();
      expect(names.unexplained).toBeGreaterThan(0);
      expect(names.explained).toBeGreaterThan(0);
      for (const [prefix, title] of [
        ["", "Names that do not match the count"],
        ["zh-cn/", "名称与计数不符"],
      ]) {
        const $ = page(`${prefix}names/`);
        expect($("h1").text(), prefix).toBe(title);
        expect($("title").text(), prefix).toContain(title);
        expect(digits($('[data-figure="unexplained"]').text()), prefix).toBe(String(names.unexplained));
        const tables = $("table[data-table]")
          .map((_, table) => $(table).attr("data-table"))
          .get();
        expect(tables.indexOf("name-mismatches"), prefix).toBeLessThan(tables.indexOf("name-reasons"));
        expect($('[data-table="name-mismatches"] tbody tr').length, prefix).toBe(Math.min(20, names.unexplained));
        const counted = $('[data-table="name-reasons"] tbody tr')
          .map((_, row) => digits($(row).find("td").first().text()))
          .get();
        expect(counted, prefix).toEqual(reasons.filter((r) => r.reason !== "unexplained").map((r) => String(r.models)));
      }
    });

    it("never calls names honest or dishonest, on any page in either language", () => {
      const pages = filesUnder(outDir, ".html");
      expect(pages.length).toBeGreaterThan(2 * PAGE_LIST.length - 1);
      for (const file of pages) expect(readFileSync(file, "utf8"), path.relative(outDir, file)).not.toMatch(/honest|诚实/i);
    });

    it("says on the Concentration page, in both languages, whether the top of the likes ranking is old or recent", async () => {
      const age = await report.likesRankingAge();
      expect(age.verdict).not.toBeNull();
      for (const prefix of ["", "zh-cn/"]) {
        const paragraph = page(`${prefix}concentration/`)("[data-ranking-age]");
        expect(paragraph.attr("data-ranking-age"), prefix).toBe(age.verdict);
        expect(digits(paragraph.text()), prefix).toContain(String(Math.round(age.top_median_age_days!)));
      }
      expect(page("concentration/")("[data-ranking-age]").text()).toMatch(
        { older: /is old:/, recent: /is recent:/, similar: /about as old as the rest/ }[age.verdict!],
      );
    });

    it("puts likes per day on the likes-vs-downloads page, in the describe() table and in the explorer as a sortable column", async () => {
      const perDay = await report.likesPerDay();
      const top = await report.topLikesPerDay();
      const described = (await report.describeModels()).find((row) => row.column === "likes_per_day")!;
      expect(perDay.placeholder).toBeGreaterThan(0);
      expect(described.count).toBe(perDay.dated);
      for (const [prefix, label] of [
        ["", "Likes per day"],
        ["zh-cn/", "日均点赞"],
      ]) {
        // The dated models, and the placeholder-dated ones counted apart.
        const intro = page(`${prefix}likes-downloads/`)("[data-likes-per-day]").text();
        expect(intro.replace(/[,，]/g, ""), prefix).toContain(String(perDay.dated));
        expect(intro.replace(/[,，]/g, ""), prefix).toContain(String(perDay.placeholder));
        expect(page(`${prefix}likes-downloads/`)('[data-table="top-likes-per-day"] tbody tr').length, prefix).toBe(top.length);
        const $overview = page(prefix);
        const headings = $overview(".describe-table")
          .first()
          .find("thead th")
          .map((_, th) => $overview(th).text().trim())
          .get();
        const column = headings.indexOf(label);
        expect(column, prefix).toBeGreaterThan(0);
        const countRow = $overview(".describe-table").first().find("tbody tr").first().children();
        expect(digits($overview(countRow[column]).text()), prefix).toBe(String(perDay.dated));
        const $explore = page(`${prefix}explore/`);
        expect($explore('th[data-sort-key="likes_per_day"]').text().trim(), prefix).toContain(label);
        expect($explore('select[name="sort"] option[value="likes_per_day"]').length, prefix).toBe(1);
      }
    });

    it("prints the family vocabulary, the reasons names disagree and the counts of each source on the methodology page, in both languages", async () => {
      const vocabulary = await report.familyVocabulary();
      const reasons = await report.nameSizeReasons();
      const sources = await report.paramsSources();
      for (const prefix of ["", "zh-cn/"]) {
        const $ = page(`${prefix}methodology/`);
        expect($('[data-table="family-vocabulary"] tbody tr').length, prefix).toBe(vocabulary.length);
        const gptNeo = $('[data-table="family-vocabulary"] tbody tr').filter((_, row) => $(row).find("th").text() === "gpt_neo");
        expect(gptNeo.find("td").eq(2).text(), prefix).toBe("gptneo");
        expect($('[data-table="name-reasons-method"] tbody tr').length, prefix).toBe(reasons.length);
        expect($('[data-table="params-sources"] tbody tr').length, prefix).toBe(sources.length);
        const counts = $('[data-table="params-sources"] tbody tr')
          .map((_, row) => digits($(row).find("td").eq(1).text()))
          .get();
        expect(counts, prefix).toEqual(sources.map((s) => String(s.models)));
        expect($("[data-logical-counts]").text().length, prefix).toBeGreaterThan(200);
      }
    });

    it("says in summary.json, per size bucket, how many high-quality models took their count from each source", () => {
      const buckets = Object.keys(summary.size_bucket_sources);
      expect(buckets).toEqual(Object.keys(summary.size_buckets.before));
      for (const bucket of buckets) {
        const fromSources = Object.values(summary.size_bucket_sources[bucket] as Record<string, number>).reduce((a, b) => a + b, 0);
        expect(fromSources, bucket).toBe(summary.size_buckets.before[bucket] + summary.size_buckets.after[bucket]);
      }
      // The sample's quantised repos of large models rest on their base models' counts.
      expect(summary.size_bucket_sources[">80B"]["base-model"] + summary.size_bucket_sources["60–80B"]["base-model"]).toBeGreaterThan(0);
    });

    it("lists the 200 likes/downloads points with the most models in the chart's table, and says of how many", async () => {
      const points = await report.likesDownloadsPoints();
      expect(points.length).toBeGreaterThan(200);
      const $ = page("likes-downloads/");
      const figure = $("figure.chart").first();
      const rows = figure.find("details table tbody tr");
      expect(rows.length).toBe(200);
      const listed = rows.map((_, row) => Number($(row).find("td").last().text().replace(/,/g, ""))).get();
      const most = points
        .map((p) => p.models)
        .sort((a, b) => b - a)
        .slice(0, 200);
      expect(listed).toEqual(most);
      expect(figure.find("[data-points-table-note]").text()).toContain(`of ${points.length.toLocaleString("en")}`);
    });

    it("lists every family and licence of the crawl, adding up to all models", async () => {
      const families = await report.families();
      expect(families.reduce((s, r) => s + r.models, 0)).toBe(summary.models);
      expect(page("families/")("figure.chart table tbody tr").length).toBeGreaterThanOrEqual(families.length);
      const licences = await report.licences();
      expect(licences.reduce((s, r) => s + r.models, 0)).toBe(summary.models);
      expect(page("licences/")("figure.chart table tbody tr").length).toBe(licences.length);
    });

    it("publishes every page in Chinese under zh-cn/, declared zh-CN, with the same figures", async () => {
      for (const name of PAGE_LIST.map((page) => page.path)) {
        expect(page(name)("html").attr("lang"), name || "index").toBe("en");
        expect(page(`zh-cn/${name}`)("html").attr("lang"), name || "index").toBe("zh-CN");
        expect(page(`zh-cn/${name}`)("[data-sample-banner]").text(), name || "index").toMatch(/示例数据/);
      }
      // The figure's value: its .value element, or the element itself when it is the value.
      const figure = (name: string, key: string) => {
        const $ = page(name);
        const element = $(`[data-figure="${key}"]`).first();
        return (element.find(".value").length ? element.find(".value") : element).text().trim();
      };
      expect(figure("zh-cn/", "models")).toBe(figure("", "models"));
      expect(figure("zh-cn/", "models")).toMatch(new RegExp(`^${summary.models.toLocaleString("en")}`));
      expect(figure("zh-cn/", "median-params")).toBe(figure("", "median-params"));
      expect(page("zh-cn/")("[data-overview-answer]").text()).toContain(
        `典型的一个有 ${formatParams((await report.overview()).median_params)} 个参数`,
      );
      expect(figure("zh-cn/names/", "disagree-share")).toBe(figure("names/", "disagree-share"));
      expect(figure("zh-cn/likes-downloads/", "spearman")).toBe(figure("likes-downloads/", "spearman"));
      const dictionary = (name: string) => page(name)('[data-table="data-dictionary"] tbody tr').length;
      expect(dictionary("zh-cn/downloads/")).toBe(dictionary("downloads/"));
    });

    it("links the dataset files and prints the data dictionary on the downloads page", () => {
      const $ = page("downloads/");
      for (const file of ["models.parquet", "models.csv", "models.json", "summary.json"]) {
        expect($(`[data-downloads] a:contains("${file}")`).length, file).toBe(1);
        expect(existsSync(path.join(outDir, "data", file)), file).toBe(true);
      }
      const firstModel = JSON.parse(readFileSync(path.join(outDir, "data", "models.json"), "utf8"))[0];
      expect($('[data-table="data-dictionary"] tbody tr').length).toBe(Object.keys(firstModel).length);
    });
  });
});
