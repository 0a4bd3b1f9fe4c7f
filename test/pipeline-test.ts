// The whole path once: generate a Hub, serve it on 127.0.0.1, crawl it, build the site, and check
// what the site publishes against figures computed here, independently, from the generated data.
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeConfig } from "../src/config/config.ts";
import { startMockHub, type MockHub } from "../src/mock-hub/server.ts";
import { generateSampleHub } from "../src/mock-hub/sample.ts";
import type { MockHubDataset, MockModelRecord } from "../src/mock-hub/types.ts";
import { buildSite } from "../src/cli/build-site.ts";
import * as cheerio from "cheerio";
import { CHART_DATASET_NAMES, CHART_DATASETS } from "../src/data-loaders/db/chart-datasets.ts";
import { openReport } from "../src/data-loaders/db/queries.ts";
import type { Report } from "../src/data-loaders/db/report-types.ts";
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
  const likesThreshold = quantileLinear(usable.map((m) => m.likes), 0.25);
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

describe("crawl the mock Hub and build the site", () => {
  const dataset = generateSampleHub({ models: 1500, seed: 7 });
  const expected = expectedFigures(dataset);
  const work = suiteScratchDir("hub-likes-pipeline-");
  const outDir = path.join(work, "dist");
  let hub: MockHub;
  let summary: any;
  let dbPath: string;

  beforeAll(async () => {
    hub = await startMockHub({ dataset, windowMs: 1000 });
    const config = normalizeConfig(
      { endpoint: hub.url, limit: null, cacheDir: path.join(work, "cache"), outDir, sample: true },
      {},
    );
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
    for (const page of ["index.html", "top/index.html", "sizes/index.html", "time/index.html", "authors/index.html", "methodology/index.html"]) {
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
    const csv = readFileSync(path.join(outDir, "data", "models.csv"), "utf8").trim().split("\n");
    expect(csv[0].split(",").slice(0, 4)).toEqual(["rank", "id", "author", "author_type"]);
    // Ids and authors never contain newlines, so one line per row holds.
    expect(csv.length - 1).toBe(expected.models);
    expect(existsSync(path.join(outDir, "data", "models.parquet"))).toBe(true);
  });

  it("publishes the likes history with this crawl as its snapshot", () => {
    expect(existsSync(path.join(outDir, "data", "history.parquet"))).toBe(true);
    const history = readFileSync(path.join(outDir, "history/index.html"), "utf8");
    expect(history).toMatch(/History starts with this run/);
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
        const file = path.join(outDir, "data", "charts", `${name}.json`);
        expect(JSON.parse(readFileSync(file, "utf8")), name).toEqual(await CHART_DATASETS[name](report));
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

    it("lists every family and licence of the crawl, adding up to all models", async () => {
      const families = await report.families();
      expect(families.reduce((s, r) => s + r.models, 0)).toBe(summary.models);
      expect(page("families/")("figure.chart table tbody tr").length).toBeGreaterThanOrEqual(families.length);
      const licences = await report.licences();
      expect(licences.reduce((s, r) => s + r.models, 0)).toBe(summary.models);
      expect(page("licences/")("figure.chart table tbody tr").length).toBe(licences.length);
    });

    it("publishes every page in Chinese under zh-cn/, declared zh-CN, with the same figures", async () => {
      const englishPages = ["", "top/", "sizes/", "time/", "authors/", "history/", "methodology/", "explore/", "sql/", ...ANALYSIS_PAGES];
      for (const name of englishPages) {
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
      expect(page("zh-cn/")("[data-overview-answer]").text()).toContain(`典型的高质量模型有 ${formatParams((await report.overview()).median_params)} 个参数`);
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
