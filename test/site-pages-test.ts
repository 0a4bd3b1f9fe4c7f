// Builds the real pages from a small database and reads the HTML a visitor would get: the
// sample banner, base-path links, escaping of Hub text, a text alternative and the SQL for every
// chart, and every page again in Chinese under /zh-cn/ with the same numbers. The pages are those
// of the page list, so a page added there is checked here too.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "astro";
import * as cheerio from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeDatabase } from "../src/data-loaders/db/load.ts";
import { appendHistory } from "../src/data-loaders/history/append.ts";
import { loadHistoryIntoDatabase } from "../src/data-loaders/history/load.ts";
import type { AuthorRow, ModelRow } from "../src/data-loaders/db/rows.ts";
import { PAGES as PAGE_LIST } from "../src/layouts/pages.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const HOSTILE_ID = 'acme/<script>alert("hub")</script>';
const PAGES: string[] = PAGE_LIST.map((page) => page.path);
const CHINESE = (page: string) => `zh-cn/${page}`;
const BASE = "/hub-likes/";

function model(i: number, overrides: Partial<ModelRow> = {}): ModelRow {
  const author = ["acme", "labs", "solo"][i % 3];
  const sizes = [135e6, 1.5e9, 8.03e9, 32e9, 70e9, 405e9, null];
  const params = sizes[i % sizes.length];
  const year = 2022 + (i % 4);
  return {
    id: `${author}/model-${i}`,
    author,
    rank: i + 1,
    likes: 3000 - i * 40,
    downloads: 50_000 - i * 700,
    trending_score: null,
    created_at: i % 9 === 0 ? null : `${year}-${String(1 + (i % 12)).padStart(2, "0")}-10T12:00:00Z`,
    created_at_placeholder: i % 9 === 0,
    last_modified: null,
    sha: null,
    pipeline_tag: "text-generation",
    library_name: "transformers",
    gated: null,
    params,
    params_source: params === null ? null : "safetensors",
    params_evidence: null,
    params_packed: false,
    params_stored: params,
    params_stored_source: params === null ? null : "safetensors",
    quantisation: null,
    embedding_params: null,
    multimodal: false,
    name_params: null,
    experts: null,
    active_params: null,
    license: "apache-2.0",
    model_type: "llama",
    architectures: [],
    family: "llama",
    base_models: [],
    base_relation: null,
    tags: [],
    ...overrides,
  };
}

const authors: AuthorRow[] = [
  { name: "acme", type: "org", fullname: "Acme", followers: 900, plan: "enterprise", is_enterprise: true, is_pro: null, num_models: 12 },
  { name: "labs", type: "org", fullname: "Labs", followers: 300, plan: null, is_enterprise: false, is_pro: null, num_models: 4 },
  { name: "solo", type: "user", fullname: "Solo", followers: 20, plan: null, is_enterprise: null, is_pro: true, num_models: 3 },
];

let outDir: string;
let workDir: string;
const pages = new Map<string, cheerio.CheerioAPI>();

beforeAll(async () => {
  workDir = mkdtempSync(path.join(root, "node_modules", ".cache-site-pages-test-"));
  // Astro keeps its server chunks beside outDir only when outDir is inside the project.
  outDir = path.join(workDir, "dist");
  const dbPath = path.join(workDir, "report.duckdb");
  const models = Array.from({ length: 40 }, (_, i) => model(i));
  // The most downloaded recent model, so it heads the top-downloads table and chart.
  models[2] = model(2, {
    id: HOSTILE_ID,
    downloads: 900_000,
    likes: 2900,
    created_at: "2025-02-10T12:00:00Z",
    created_at_placeholder: false,
  });
  const crawlRun = (startedAt: string, finishedAt: string) => ({
    started_at: startedAt,
    finished_at: finishedAt,
    endpoint: "http://127.0.0.1:4873",
    sample: true,
    authenticated: false,
    requested_limit: 40,
    models: 40,
    authors: 3,
    requests_api: 2,
    requests_pages: 0,
    requests_resolvers: 0,
    cache_hits: 0,
    retries: 0,
    rate_limited: 0,
    wait_ms: 0,
    skipped_records: 1,
    requests_saved: 0,
    refresh: false,
  });
  const write = (file: string, rows: ModelRow[], run: ReturnType<typeof crawlRun>) =>
    writeDatabase(file, {
      models: rows,
      authors,
      runs: [run],
      skipped: [{ id: null, reason: "listing entry without an id" }],
      thresholds: { likesPercentile: 0.25, minDownloads: 10, eraBoundary: "2024-01-01" },
    });
  // The crawl a week earlier, with the ranking reversed, so the history page draws its trend charts.
  const earlierDb = path.join(workDir, "earlier.duckdb");
  const earlier = models.map((row, i) => ({ ...row, rank: models.length - i, likes: 100 + i * 10 }));
  await write(earlierDb, earlier, crawlRun("2026-08-15T06:00:00Z", "2026-08-15T06:15:00Z"));
  await write(dbPath, models, crawlRun("2026-08-22T06:00:00Z", "2026-08-22T06:15:00Z"));
  const historyFile = path.join(workDir, "history.parquet");
  await appendHistory(null, earlierDb, historyFile);
  await appendHistory(historyFile, dbPath, historyFile);
  await loadHistoryIntoDatabase(dbPath, historyFile);
  process.env.HUB_LIKES_DB = dbPath;
  // Through the environment, as a GitHub Pages deploy sets it (astro.config.mjs reads BASE_PATH).
  process.env.BASE_PATH = "hub-likes";
  // Vitest puts its own BASE_URL ("/") into process.env, and Astro lets process.env override
  // import.meta.env at render time; a real `astro build` has no such variable.
  const vitestBaseUrl = process.env.BASE_URL;
  delete process.env.BASE_URL;
  try {
    await build({ root, outDir, logLevel: "error" });
  } finally {
    if (vitestBaseUrl !== undefined) process.env.BASE_URL = vitestBaseUrl;
  }
  for (const page of [...PAGES, ...PAGES.map(CHINESE)]) {
    pages.set(page, cheerio.load(readFileSync(path.join(outDir, page, "index.html"), "utf8")));
  }
}, 180_000);

afterAll(() => {
  delete process.env.HUB_LIKES_DB;
  delete process.env.BASE_PATH;
  if (workDir && !process.env.KEEP) rmSync(workDir, { recursive: true, force: true });
});

describe("the built report pages", () => {
  it("show the sample-data banner on every page", () => {
    for (const page of PAGES) {
      expect(pages.get(page)!("[data-sample-banner]").text(), page || "index").toContain(
        "Sample data: these pages show the bundled, generated sample Hub, not the real Hugging Face Hub",
      );
    }
  });

  it("link every internal page and download under the base path", () => {
    for (const page of PAGES) {
      const $ = pages.get(page)!;
      const internal = $("a[href]")
        .map((_, a) => $(a).attr("href")!)
        .get()
        .filter((href) => !/^https?:/.test(href));
      expect(internal.length, page || "index").toBeGreaterThan(8);
      for (const href of internal) expect(href.startsWith(BASE), `${page}: ${href}`).toBe(true);
      const footerLinks = $("footer a")
        .map((_, a) => $(a).attr("href"))
        .get();
      expect(footerLinks).toEqual([
        `${BASE}data/models.csv`,
        `${BASE}data/models.parquet`,
        `${BASE}data/summary.json`,
        `${BASE}data/history.parquet`,
      ]);
    }
  });

  it("escape a model id containing <script> in the table and the chart", () => {
    const $ = pages.get("top/")!;
    const html = readFileSync(path.join(outDir, "top", "index.html"), "utf8");
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("acme/&lt;script&gt;alert(");
    // Only the colour-scheme scripts: no script carries Hub text.
    $("script").each((_, script) => expect($(script).html() ?? "").not.toContain("alert("));
    // The first row of the page's table, not of the chart's own data table.
    const row = $("tbody tr")
      .filter((_, tr) => $(tr).closest("figure").length === 0)
      .first();
    expect(row.find("td.id").text().trim()).toBe(HOSTILE_ID);
    expect($('svg g[aria-label="y-axis tick label"] text').first().text()).toBe(HOSTILE_ID);
    expect(row.find("a").attr("href")).toBe("https://huggingface.co/acme/%3Cscript%3Ealert(%22hub%22)%3C%2Fscript%3E");
  });

  it("give every chart a text alternative, its numbers as a table, and the SQL it came from", () => {
    const chartsPerPage: Record<string, number> = {};
    for (const page of PAGES) {
      const $ = pages.get(page)!;
      $("figure.chart").each((_, figure) => {
        const svg = $(figure).find("svg");
        expect(svg.attr("role"), page).toBe("img");
        expect(svg.attr("aria-label")?.length ?? 0, page).toBeGreaterThan(30);
        expect($(figure).find("figcaption").text().trim().length, page).toBeGreaterThan(30);
      });
      // In reading order, each chart is followed by its SQL before the next chart begins.
      const sequence = $("figure.chart, [data-chart-source]")
        .map((_, element) => ($(element).is("figure") ? "chart" : "sql"))
        .get();
      sequence.forEach((kind, index) => {
        if (kind === "chart") expect(sequence[index + 1], `${page || "index"}: chart ${index + 1} without its SQL`).toBe("sql");
      });
      $("[data-chart-source] pre code").each((_, code) => expect($(code).text(), page).toMatch(/SELECT/));
      chartsPerPage[page] = $("figure.chart").length;
    }
    // Two snapshots of history: likes per week and the rank movers.
    expect(chartsPerPage).toMatchObject({ "top/": 1, "sizes/": 1, "time/": 1, "authors/": 3, "history/": 2, "methodology/": 0 });
    for (const page of ["top/", "sizes/", "time/"]) {
      // Top downloads shows its table right after the chart rather than folded inside it.
      expect(
        pages.get(page)!("figure.chart details table tbody tr, figure.chart ~ .table-wrap table tbody tr").length,
        page,
      ).toBeGreaterThan(0);
    }
  });

  it("keep placeholder-dated models off the timeline and say how many there are", () => {
    const $ = pages.get("time/")!;
    // Models 0, 9, 18, 27 and 36 carry the placeholder date.
    expect($("[data-placeholder-note] strong").text()).toBe("5");
    const monthRows = $("figure.chart details tbody tr").filter((_, tr) => /^\d{4}-\d{2}$/.test($(tr).attr("data-month") ?? ""));
    const onTimeline = monthRows.map((_, tr) => Number($(tr).find("td").first().text())).get();
    expect(onTimeline.reduce((a, b) => a + b, 0)).toBe(40 - 5);
  });

  it("need no JavaScript for their content: the only scripts drive the colour-scheme switch and the chart tooltips", () => {
    // The explorer and the SQL console add their own script (test/e2e/site-test.ts runs them).
    for (const page of PAGES.filter((path) => path !== "explore/" && path !== "sql/")) {
      const $ = pages.get(page)!;
      const scripts = $("script")
        .map((_, script) => $(script).html() || $(script).attr("src") || "")
        .get();
      expect(scripts.length, page || "index").toBeGreaterThan(0);
      for (const script of scripts)
        expect(script, page || "index").toMatch(/hub-likes-theme|data-theme-switch|chart-mark-active|_astro\/.*\.js/);
    }
  });
});

describe("the Chinese report under /zh-cn/", () => {
  it("has every page, declared zh-CN, with the sample-data banner in Chinese", () => {
    for (const page of PAGES) {
      const $ = pages.get(CHINESE(page))!;
      expect($("html").attr("lang"), page || "index").toBe("zh-CN");
      expect(pages.get(page)!("html").attr("lang"), page || "index").toBe("en");
      expect($("[data-sample-banner]").text(), page || "index").toContain("示例数据：本页展示的是项目自带、程序生成的示例 Hub");
    }
  });

  it("links each page to the same page in the other language", () => {
    for (const page of PAGES) {
      expect(pages.get(page)!("[data-language-switch]").attr("href"), page || "index").toBe(`${BASE}zh-cn/${page}`);
      expect(pages.get(CHINESE(page))!("[data-language-switch]").attr("href"), page || "index").toBe(`${BASE}${page}`);
    }
  });

  it("keeps its navigation in Chinese and under /zh-cn/", () => {
    const $ = pages.get(CHINESE(""))!;
    const nav = $("nav a")
      .map((_, a) => $(a).attr("href")!)
      .get();
    expect(nav.length).toBeGreaterThan(10);
    for (const href of nav) expect(href.startsWith(`${BASE}zh-cn/`), href).toBe(true);
    expect($("nav a").first().text().trim()).toBe("概览");
  });

  it("shows the same counts as the English pages", () => {
    const figure = (page: string, key: string) => pages.get(page)!(`[data-figure="${key}"] .value`).text();
    for (const key of ["models", "authors", "high-quality", "downloads-needed", "median-params", "org-share", "top10-share"]) {
      expect(figure(CHINESE(""), key), key).toBe(figure("", key));
    }
    expect(figure(CHINESE(""), "models")).toBe("40");
    expect(pages.get(CHINESE("time/"))!("[data-placeholder-note] strong").text()).toBe("5");
    const months = (page: string) =>
      pages.get(page)!("figure.chart details tbody tr[data-month]")
        .map((_, tr) => pages.get(page)!(tr).find("td").first().text())
        .get();
    expect(months(CHINESE("time/"))).toEqual(months("time/"));
    const topIds = (page: string) =>
      pages.get(page)!("tbody tr td.id")
        .map((_, td) => pages.get(page)!(td).text().trim())
        .get();
    expect(topIds(CHINESE("top/"))).toEqual(topIds("top/"));
    expect(topIds("top/")[0]).toBe(HOSTILE_ID);
  });

  it("say in both languages that authors come from the website listing, overviews only as a fallback", () => {
    for (const page of ["methodology/", CHINESE("methodology/")]) {
      const authors = pages.get(page)!("[data-authors-source]");
      expect(
        authors
          .find("code")
          .map((_, code) => pages.get(page)!(code).text())
          .get(),
        page,
      ).toEqual(["/models-json", "authorData", "/api/organizations/{name}/overview, /api/users/{name}/overview"]);
      expect(pages.get(page)!("[data-params-cascade]").text().length, page).toBeGreaterThan(100);
    }
  });

  it("writes dates the way Chinese readers do", () => {
    expect(pages.get(CHINESE(""))!('[data-figure="era-boundary"] .value').text()).toBe("2024年1月1日");
    expect(pages.get("")!('[data-figure="era-boundary"] .value').text()).toBe("Jan 1, 2024");
  });
});
