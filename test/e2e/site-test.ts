// The built report in a real browser (Debian's Chromium via playwright-core), served under a
// GitHub-Pages-style base path: every page of both languages loads cleanly and passes axe-core,
// the language switcher leads to the same page in the other language with the same numbers, charts
// carry the marks the data calls for, the explorer's answers match DuckDB over the same database,
// the SQL console downloads nothing until asked and then answers like DuckDB in Node, all from the
// site's origin, the colour-scheme switch works, and every HTML file validates. At a phone's 390 px
// and a desktop's 1280 px, in light and dark, every page fits the window and draws its charts with
// text a reader can read. With HUB_LIKES_SCREENSHOTS set (`npm run screenshots`), every page is
// screenshotted into test/output/e2e/ at both widths in both schemes; the README's two always are.
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { HtmlValidate } from "html-validate";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRows } from "../../src/data-loaders/db/read-rows.ts";
import { PAGES as PAGE_LIST } from "../../src/layouts/pages.ts";
import { nextScheduledRun } from "../../src/lib/schedule.ts";
import { buildE2eSite, E2E_BASE, type BuiltSite } from "./built-site.ts";
import { launchChromium, watchPage } from "./browser.ts";
import { collidingTexts, measureLayout, type PageLayout } from "./layout.ts";
import { serveStatic, type StaticSite } from "./static-server.ts";
import { MIN_TEXT_PX } from "../../src/charts/shared.ts";

const screenshotDir = fileURLToPath(new URL("../output/e2e/", import.meta.url));
/**
 * Full-page screenshots of every page at both widths in both schemes, for people to look at (they
 * assert nothing, and take a while): `npm run screenshots` sets this.
 */
const SCREENSHOTS = Boolean(process.env.HUB_LIKES_SCREENSHOTS);
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let built: BuiltSite;
let site: StaticSite;
let browser: Browser;
let db: DuckDBInstance;
let connection: DuckDBConnection;
/** Page paths relative to the base path ("", "sizes/", …), found in the build output. */
let pages: string[];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

beforeAll(async () => {
  built = await buildE2eSite();
  pages = htmlFiles(built.outDir)
    .map((file) => path.relative(built.outDir, path.dirname(file)))
    .map((dir) => (dir === "" ? "" : `${dir.split(path.sep).join("/")}/`))
    .sort();
  site = await serveStatic(built.outDir, E2E_BASE);
  browser = await launchChromium();
  db = await DuckDBInstance.create(built.dbPath, { access_mode: "READ_ONLY" });
  connection = await db.connect();
  mkdirSync(screenshotDir, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  connection?.closeSync();
  db?.closeSync();
  if (built && !process.env.KEEP) rmSync(built.workDir, { recursive: true, force: true });
});

async function count(sql: string): Promise<number> {
  const [row] = await readRows<{ n: number }>(connection, sql);
  return row.n;
}

async function openPage(
  pagePath: string,
  waitUntil: "networkidle" | "load" = "networkidle",
): Promise<{ page: Page; problems: ReturnType<typeof watchPage> }> {
  const page = await browser.newPage();
  const problems = watchPage(page);
  await page.goto(site.url + pagePath, { waitUntil });
  return { page, problems };
}

describe("every page in Chromium", () => {
  it("builds every page of the page list, the explorer and the SQL console among them, in English and in Chinese", () => {
    for (const expected of PAGE_LIST.map((page) => page.path)) {
      expect(pages).toContain(expected);
      expect(pages).toContain(`zh-cn/${expected}`);
    }
  });
});

describe("the two languages", () => {
  const englishPages = () => pages.filter((page) => !page.startsWith("zh-cn/"));

  it("has every English page in Chinese under /zh-cn/, each declaring its language", () => {
    expect(englishPages().length).toBeGreaterThan(10);
    expect(pages).toEqual([...englishPages(), ...englishPages().map((page) => `zh-cn/${page}`)].sort());
    for (const page of englishPages()) {
      const english = readFileSync(path.join(built.outDir, page, "index.html"), "utf8");
      const chinese = readFileSync(path.join(built.outDir, "zh-cn", page, "index.html"), "utf8");
      expect(/<html lang="([^"]+)"/.exec(english)?.[1], page || "index").toBe("en");
      expect(/<html lang="([^"]+)"/.exec(chinese)?.[1], page || "index").toBe("zh-CN");
    }
  });

  it("switches to the same page in the other language and back, with no console error", async () => {
    const page = await browser.newPage();
    const problems = watchPage(page);
    const results: Array<Record<string, unknown>> = [];
    for (const pagePath of englishPages()) {
      const errorsBefore = problems.consoleErrors.length;
      await page.goto(site.url + pagePath, { waitUntil: "domcontentloaded" });
      await Promise.all([
        page.waitForURL(site.url + `zh-cn/${pagePath}`, { waitUntil: "domcontentloaded" }),
        page.click("[data-language-switch]"),
      ]);
      const chineseLang = await page.getAttribute("html", "lang");
      await Promise.all([page.waitForURL(site.url + pagePath, { waitUntil: "domcontentloaded" }), page.click("[data-language-switch]")]);
      const englishLang = await page.getAttribute("html", "lang");
      results.push({ page: pagePath, chineseLang, englishLang, consoleErrors: problems.consoleErrors.slice(errorsBefore) });
    }
    // Failed requests are not counted here: leaving the SQL console mid-start cancels its downloads.
    await page.close();
    expect(results).toEqual(englishPages().map((page) => ({ page, chineseLang: "zh-CN", englishLang: "en", consoleErrors: [] })));
  }, 120_000);

  it("shows the same figures in both languages, the model count equal to the database's", async () => {
    // The digits of a figure; the era boundary is a date, which each language writes its own way.
    const figures = async (pagePath: string) => {
      const page = await browser.newPage();
      await page.goto(site.url + pagePath, { waitUntil: "domcontentloaded" });
      const values = await page
        .locator("[data-figure]")
        .evaluateAll((nodes) =>
          nodes.map((node) => [(node as HTMLElement).dataset.figure, (node.querySelector(".value") ?? node).textContent?.trim() ?? ""]),
        );
      await page.close();
      return Object.fromEntries(values.filter(([key]) => key !== "era-boundary").map(([key, value]) => [key, value!.match(/[\d.,%+-]+/g)]));
    };
    let compared = 0;
    for (const pagePath of ["", "names/", "concentration/", "likes-downloads/"]) {
      const english = await figures(pagePath);
      expect(Object.keys(english).length, pagePath || "index").toBeGreaterThan(0);
      expect(await figures(`zh-cn/${pagePath}`), pagePath || "index").toEqual(english);
      compared += Object.keys(english).length;
    }
    expect(compared).toBeGreaterThan(8);
    const models = await count("SELECT count(*) AS n FROM model_facts");
    for (const pagePath of ["", "zh-cn/"]) {
      const { page } = await openPage(pagePath);
      expect(await page.textContent('[data-figure="models"] .value'), pagePath || "index").toBe(models.toLocaleString("en"));
      await page.close();
    }
  });
});

describe("charts", () => {
  it("draw one bar per top-downloads model in each of the two drawings, as inline SVG", async () => {
    const expected = await count("SELECT count(*) AS n FROM (SELECT 1 FROM model_facts WHERE high_quality AND era = 'after' LIMIT 10)");
    expect(expected).toBeGreaterThan(0);
    const { page } = await openPage("top/");
    for (const layout of ["wide", "narrow"]) {
      expect(await page.locator(`figure.chart .chart-${layout} svg g[aria-label="bar"] rect`).count(), layout).toBe(expected);
    }
    await page.close();
  });
});

describe("phone and desktop widths", () => {
  const VIEWPORTS = [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ];
  const screenshotName = (pagePath: string) =>
    (pagePath === "" || pagePath.endsWith("zh-cn/") ? `${pagePath}index` : pagePath.replace(/\/$/, "")).replaceAll("/", "_");

  // Every page at both widths in both schemes, each loading with no console error and no failed
  // request. axe-core runs on the phone in light and on the desktop in dark (the layout rules at
  // the one, the dark colours' contrast at the other; its rules on light colours hold at any width).
  const RUNS = [
    { viewport: VIEWPORTS[0], colorScheme: "light", axe: true },
    { viewport: VIEWPORTS[0], colorScheme: "dark", axe: false },
    { viewport: VIEWPORTS[1], colorScheme: "light", axe: false },
    { viewport: VIEWPORTS[1], colorScheme: "dark", axe: true },
  ] as const;
  for (const { viewport, colorScheme, axe } of RUNS) {
    it(`loads every page in a ${viewport.width} px window in ${colorScheme} with no console error or failed request, fitting it with chart text of 11 px or more${axe ? ", passing axe-core" : ""}`, async () => {
      const results: Array<Record<string, unknown>> = [];
      const context = await browser.newContext({ viewport, colorScheme });
      for (const pagePath of pages) {
        const page = await context.newPage();
        const problems = watchPage(page);
        await page.goto(site.url + pagePath, { waitUntil: "load" });
        // Only the explorer fetches after "load" (its table), and it says when it is done; the SQL
        // console shows its load button, and loads DuckDB only when asked (tested below).
        if (pagePath.endsWith("explore/")) await page.waitForSelector("[data-explorer][data-state=ready]", { state: "attached" });
        if (pagePath.endsWith("sql/")) await page.waitForSelector("[data-sql-console]:not([hidden])");
        const layout: PageLayout = await page.evaluate(measureLayout, MIN_TEXT_PX);
        let violations: string[] = [];
        if (axe) {
          await page.addScriptTag({ content: axeSource });
          violations = await page.evaluate(async () => {
            type Axe = { run(options: object): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> };
            // Every rule still runs; only the violations' nodes are collected (axe-core's resultTypes),
            // not the thousands of passing chart marks, which is most of axe's time on these pages.
            const result = await (window as unknown as { axe: Axe }).axe.run({ resultTypes: ["violations"] });
            return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
          });
        }
        // The explorer and SQL pages are screenshotted at these sizes by their own test below.
        if (SCREENSHOTS && !/(explore|sql)\/$/.test(pagePath)) {
          await page.screenshot({
            path: path.join(screenshotDir, `${screenshotName(pagePath)}-${viewport.width}-${colorScheme}.png`),
            fullPage: true,
          });
        }
        await page.close();
        results.push({
          page: pagePath,
          ...problems,
          overflow: layout.overflow,
          smallText: layout.smallText.slice(0, 3),
          hiddenCharts: layout.figures - layout.drawings,
          spilledValues: layout.spilledValues,
          cutCaptions: layout.cutCaptions,
          violations,
        });
      }
      await context.close();
      const clean = (r: Record<string, unknown>) => ({
        ...r,
        consoleErrors: [],
        failedRequests: [],
        overflow: 0,
        smallText: [],
        hiddenCharts: 0,
        spilledValues: [],
        cutCaptions: [],
        violations: [],
      });
      expect(results).toEqual(results.map(clean));
    }, 600_000);
  }

  it("keeps the site header to a fifth of a phone's first screen", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS[0] });
    for (const pagePath of ["top/", "zh-cn/top/"]) {
      const page = await context.newPage();
      await page.goto(site.url + pagePath, { waitUntil: "load" });
      expect((await page.evaluate(measureLayout, MIN_TEXT_PX)).headerShare, pagePath).toBeLessThan(0.2);
      await page.close();
    }
    await context.close();
  });

  it("draws the top-downloads and sizes charts with no two labels overlapping, at both widths and in both languages", async () => {
    const collisions: Record<string, string[]> = {};
    let checked = 0;
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({ viewport });
      for (const pagePath of ["top/", "sizes/", "zh-cn/top/", "zh-cn/sizes/"]) {
        const page = await context.newPage();
        await page.goto(site.url + pagePath, { waitUntil: "load" });
        collisions[`${pagePath} ${viewport.width}`] = await page.evaluate(collidingTexts, "figure.chart svg");
        checked += await page
          .locator("figure.chart svg text")
          .evaluateAll((texts) => texts.filter((t) => t.getBoundingClientRect().width > 0).length);
        await page.close();
      }
      await context.close();
    }
    expect(checked).toBeGreaterThan(100);
    expect(Object.values(collisions).flat()).toEqual([]);
  });

  it("shows the narrow drawing on a phone and the wide one on a desktop", async () => {
    for (const [viewport, shown] of [
      [VIEWPORTS[0], "narrow"],
      [VIEWPORTS[1], "wide"],
    ] as const) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(site.url + "sizes/", { waitUntil: "load" });
      expect(await page.locator(`.chart-${shown} svg`).isVisible()).toBe(true);
      expect(await page.locator(`.chart-${shown === "wide" ? "narrow" : "wide"} svg`).isVisible()).toBe(false);
      await context.close();
    }
  });

  it("gives a bar's details on tap and from the keyboard", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS[0], hasTouch: true });
    const page = await context.newPage();
    await page.goto(site.url + "top/", { waitUntil: "load" });
    const bars = page.locator(".chart-narrow svg g[aria-label='bar'] rect");
    const tip = page.locator("figure.chart .chart-tip");
    const tipOf = (index: number) => bars.nth(index).getAttribute("data-tip");
    await page.locator(".chart-narrow svg").focus();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(await tipOf(0));
    expect(await tip.textContent()).toMatch(/downloads$/);
    await page.keyboard.press("ArrowDown");
    expect(await tip.textContent()).toBe(await tipOf(1));
    expect(await page.locator("figure.chart [role=status]").textContent()).toBe(await tipOf(1));
    await page.keyboard.press("Escape");
    expect(await tip.isVisible()).toBe(false);
    await bars.nth(2).tap();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(await tipOf(2));
    await context.close();
  });

  it("works without JavaScript: charts drawn, hover titles kept, nothing wider than a phone", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS[0], javaScriptEnabled: false });
    const results: Array<Record<string, unknown>> = [];
    for (const pagePath of pages) {
      const page = await context.newPage();
      await page.goto(site.url + pagePath, { waitUntil: "load" });
      const layout = await page.evaluate(measureLayout, MIN_TEXT_PX);
      // Bars and dots carry their details as <title>s; a curve (the Lorenz chart) has none to carry.
      const marks = await page.locator(".chart-narrow svg :is(g[aria-label='bar'], g[aria-label='dot']) :is(rect, circle)").count();
      const titles = await page.locator(".chart-narrow svg title").count();
      results.push({
        page: pagePath,
        overflow: layout.overflow,
        hiddenCharts: layout.figures - layout.drawings,
        untitled: marks > 0 && titles === 0,
      });
      await page.close();
    }
    await context.close();
    expect(results).toEqual(results.map((r) => ({ ...r, overflow: 0, hiddenCharts: 0, untitled: false })));
  }, 240_000);
});

describe("the explorer", () => {
  async function explorerState(page: Page) {
    await page.waitForSelector("[data-explorer][data-state=ready]", { state: "attached" });
    return {
      matches: Number(await page.getAttribute("[data-status]", "data-matches")),
      ids: await page.locator("[data-rows] tr").evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.id)),
    };
  }

  async function expectedIds(where: string, orderBy: string): Promise<{ matches: number; ids: string[] }> {
    const rows = await readRows<{ id: string }>(connection, `SELECT id FROM model_facts WHERE ${where} ORDER BY ${orderBy}`);
    return { matches: rows.length, ids: rows.slice(0, 100).map((row) => row.id) };
  }

  it("lists every model, most liked first, 100 at a time", async () => {
    const { page } = await openPage("explore/");
    expect(await explorerState(page)).toEqual(await expectedIds("true", "likes DESC, rank, id"));
    await page.click("[data-more]");
    expect(await page.locator("[data-rows] tr").count()).toBe(Math.min(200, await count("SELECT count(*) AS n FROM model_facts")));
    await page.close();
  });

  it("searches ids and authors by substring, in any case", async () => {
    const author = (await readRows<{ author: string }>(connection, "SELECT author FROM model_facts ORDER BY rank LIMIT 1"))[0].author;
    const needle = author.slice(0, 4).toUpperCase();
    const { page } = await openPage("explore/");
    await page.fill("input[name=q]", needle);
    const like = `'%${needle.toLowerCase().replaceAll("'", "''")}%'`;
    expect(await explorerState(page)).toEqual(
      await expectedIds(`lower(id) LIKE ${like} OR lower(author) LIKE ${like}`, "likes DESC, rank, id"),
    );
    await page.close();
  });

  it("filters by size, era and author type and sorts by downloads", async () => {
    const { page } = await openPage("explore/");
    await page.selectOption("select[name=size]", "1–20B");
    await page.selectOption("select[name=era]", "after");
    await page.selectOption("select[name=author_type]", "org");
    await page.selectOption("select[name=sort]", "downloads");
    expect(await explorerState(page)).toEqual(
      await expectedIds("size_bucket = '1–20B' AND era = 'after' AND author_type = 'org'", "downloads DESC, rank, id"),
    );
    // The query is kept in the URL, so a reload (or a shared link) shows the same rows.
    await page.reload({ waitUntil: "networkidle" });
    expect((await explorerState(page)).matches).toBe(
      await count("SELECT count(*) AS n FROM model_facts WHERE size_bucket = '1–20B' AND era = 'after' AND author_type = 'org'"),
    );
    await page.close();
  });

  it("sorts by a column when its heading is pressed, the other way on a second press, and says so with aria-sort", async () => {
    const { page } = await openPage("explore/");
    await explorerState(page);
    const ariaSort = () =>
      page
        .locator("th[data-sort-key]")
        .evaluateAll((cells) => Object.fromEntries(cells.map((th) => [(th as HTMLElement).dataset.sortKey, th.getAttribute("aria-sort")])));
    expect(await ariaSort()).toMatchObject({ likes: "descending", downloads: null, id: null });
    await page.click("th[data-sort-key=downloads] button");
    expect(await explorerState(page)).toEqual(await expectedIds("true", "downloads DESC, rank, id"));
    expect(await ariaSort()).toMatchObject({ likes: null, downloads: "descending" });
    await page.click("th[data-sort-key=downloads] button");
    expect(await explorerState(page)).toEqual(await expectedIds("true", "downloads ASC, rank, id"));
    expect(await ariaSort()).toMatchObject({ downloads: "ascending" });
    // The form's fields follow the headings, so the URL keeps the order too.
    expect([await page.inputValue("select[name=sort]"), await page.inputValue("select[name=order]")]).toEqual(["downloads", "asc"]);
    expect(new URL(page.url()).searchParams.get("sort")).toBe("downloads");
    await page.close();
  });

  it("sorts by model id and by licence from the keyboard, names A to Z with unknown licences last", async () => {
    const { page } = await openPage("explore/");
    await page.selectOption("select[name=author_type]", "user");
    await explorerState(page);
    await page.focus("th[data-sort-key=id] button");
    await page.keyboard.press("Enter");
    expect(await explorerState(page)).toEqual(await expectedIds("author_type = 'user'", "id ASC, rank"));
    expect(await page.getAttribute("th[data-sort-key=id]", "aria-sort")).toBe("ascending");
    await page.focus("th[data-sort-key=license] button");
    await page.keyboard.press("Space");
    expect(await explorerState(page)).toEqual(await expectedIds("author_type = 'user'", "license ASC NULLS LAST, rank, id"));
    await page.keyboard.press("Enter");
    expect(await explorerState(page)).toEqual(await expectedIds("author_type = 'user'", "license DESC NULLS LAST, rank, id"));
    expect(await page.getAttribute("th[data-sort-key=license]", "aria-sort")).toBe("descending");
    await page.close();
  });

  it("shows each model id once, its author part muted, with no Author column", async () => {
    const { page } = await openPage("explore/");
    await explorerState(page);
    const headings = await page.locator(".explorer-table thead th").allTextContents();
    expect(headings.map((text) => text.trim())).not.toContain("Author");
    const first = await page
      .locator("[data-rows] tr")
      .first()
      .evaluate((row) => ({
        id: (row as HTMLElement).dataset.id,
        link: row.querySelector("a")?.textContent,
        owner: row.querySelector("a .owner")?.textContent,
      }));
    expect(first.link).toBe(first.id);
    expect(first.owner).toBe(`${first.id!.split("/")[0]}/`);
    await page.close();
  });

  it("filters by licence and family, smallest models first with unknown sizes last", async () => {
    const [{ license, family }] = await readRows<{ license: string; family: string }>(
      connection,
      "SELECT license, family FROM model_facts WHERE license IS NOT NULL AND family IS NOT NULL GROUP BY ALL ORDER BY count(*) DESC, license, family LIMIT 1",
    );
    const { page } = await openPage("explore/");
    await page.selectOption("select[name=license]", license);
    await page.selectOption("select[name=family]", family);
    await page.selectOption("select[name=sort]", "params");
    await page.selectOption("select[name=order]", "asc");
    const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;
    expect(await explorerState(page)).toEqual(
      await expectedIds(`license = ${quoted(license)} AND family = ${quoted(family)}`, "params ASC NULLS LAST, rank, id"),
    );
    await page.close();
  });
});

describe("the SQL console", () => {
  const EXAMPLES = ["size-buckets", "top-downloads", "models-per-month", "author-types", "top-authors", "params-sources"];
  const cellTexts = (page: Page, table: string) =>
    page
      .locator(`${table} tbody tr`)
      .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? "")));
  it("transfers at most 300 KiB until asked, then exactly the size its button states, and only from the site's origin", async () => {
    // A server of its own, so its log holds this page's requests and nothing else.
    const sqlSite = await serveStatic(built.outDir, E2E_BASE);
    const bytesServed = () => sqlSite.served.reduce((sum, file) => sum + file.bytes, 0);
    const context = await browser.newContext();
    // Every request of the page and its workers, wherever it goes.
    const requested: string[] = [];
    context.on("request", (request) => requested.push(request.url()));
    const page = await context.newPage();
    const problems = watchPage(page);
    sqlSite.served.length = 0;
    await page.goto(sqlSite.url + "sql/", { waitUntil: "networkidle" });
    expect(bytesServed()).toBeLessThanOrEqual(300 * 1024);
    expect(sqlSite.served.map((file) => file.path).filter((file) => /\.wasm$|sql-engine|\.parquet$/.test(file))).toEqual([]);
    // The precomputed answers are on the page before anything loads.
    expect(await page.locator("[data-example-result]").count()).toBe(EXAMPLES.length);

    const stated = Number(await page.getAttribute("[data-sql-console]", "data-download-bytes"));
    expect(stated).toBeGreaterThan(1e6);
    expect(await page.textContent("[data-sql-load]")).toContain(`(${(stated / 1e6).toFixed(1)}\u00a0MB)`);
    sqlSite.served.length = 0;
    await page.click("[data-sql-load]");
    await page.waitForSelector("[data-sql-console][data-state=ready]", { timeout: 90_000 });
    expect(sqlSite.served.filter((file) => file.status !== 200)).toEqual([]);
    expect(bytesServed()).toBe(stated);
    // One DuckDB build, the exception-handling one.
    expect(sqlSite.served.map((file) => path.basename(file.path)).filter((file) => file.startsWith("duckdb-"))).toEqual([
      expect.stringMatching(/^duckdb-browser-eh\.worker\..*\.js$|^duckdb-eh\..*\.wasm$/),
      expect.stringMatching(/^duckdb-browser-eh\.worker\..*\.js$|^duckdb-eh\..*\.wasm$/),
    ]);

    const origin = new URL(sqlSite.url).origin;
    expect(requested.length).toBeGreaterThan(5);
    expect(requested.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url))).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await context.close();
    await sqlSite.close();
  }, 120_000);

  it("answers every example with the rows printed on the page, and the top-downloads one with DuckDB's in Node", async () => {
    const { page, problems } = await openPage("sql/");
    await page.click("[data-sql-load]");
    await page.waitForSelector("[data-sql-console][data-state=ready]", { timeout: 90_000 });
    for (const example of EXAMPLES) {
      await page.click(`[data-example=${example}] [data-run-example]`);
      await page.waitForSelector("[data-sql-console][data-state=done]");
      const printed = await cellTexts(page, `[data-example=${example}] [data-example-result]`);
      expect(printed.length, example).toBeGreaterThan(0);
      expect(await cellTexts(page, "[data-sql-results]"), example).toEqual(printed);
    }
    await page.click("[data-example=top-downloads] [data-run-example]");
    await page.waitForSelector("[data-sql-console][data-state=done]");
    const shown = await page.locator("[data-sql-results] tbody tr td:first-child").allTextContents();
    const expected = await readRows<{ id: string }>(
      connection,
      "SELECT id FROM model_facts WHERE high_quality AND era = 'after' ORDER BY downloads DESC, likes DESC, id LIMIT 10",
    );
    expect(shown).toEqual(expected.map((row) => row.id));
    await page.fill("textarea", "SELECT nonsense FROM models");
    await page.click("[data-sql-form] button[type=submit]");
    await page.waitForSelector("[data-sql-console][data-state=error]");
    expect(await page.textContent("[data-sql-status]")).toMatch(/nonsense/);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await page.close();
  }, 120_000);

  it("shows every example's result without JavaScript, and no console", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + "zh-cn/sql/");
    expect(await page.isVisible("[data-sql-console]")).toBe(false);
    expect(await page.locator("[data-example-result]").count()).toBe(EXAMPLES.length);
    const top = await cellTexts(page, "[data-example=top-downloads] [data-example-result]");
    const expected = await readRows<{ id: string }>(
      connection,
      "SELECT id FROM model_facts WHERE high_quality AND era = 'after' ORDER BY downloads DESC, likes DESC, id LIMIT 10",
    );
    expect(top.map((row) => row[0])).toEqual(expected.map((row) => row.id));
    await context.close();
  });

  it("ships one DuckDB build and keeps dist/ under 45 MiB", () => {
    const files = readdirSync(built.outDir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile());
    const wasm = files.filter((entry) => entry.name.endsWith(".wasm")).map((entry) => entry.name.replace(/\.[\w-]+\.wasm$/, ""));
    // parquet-wasm reads models.parquet: DuckDB-WASM would fetch its Parquet extension from elsewhere.
    expect(wasm.sort()).toEqual(["duckdb-eh", "parquet_wasm_bg"]);
    const bytes = files.reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
    expect(bytes).toBeLessThan(45 * 2 ** 20);
  });
});

describe("the history page", () => {
  it("is built but left out of the navigation while the history has one snapshot, and says when the next comes", async () => {
    const [{ snapshots }] = await readRows<{ snapshots: number }>(
      connection,
      "SELECT count(DISTINCT fetched_at) AS snapshots FROM history",
    );
    expect(snapshots).toBe(1);
    // The history pages themselves link to each other (language switch, alternates).
    for (const pagePath of pages.filter((page) => !page.endsWith("history/"))) {
      const html = readFileSync(path.join(built.outDir, pagePath, "index.html"), "utf8");
      expect(html, pagePath || "index").not.toMatch(/href="[^"]*\/history\/"/);
    }
    const [{ finished }] = await readRows<{ finished: string }>(
      connection,
      "SELECT strftime(max(finished_at), '%Y-%m-%dT%H:%M:%SZ') AS finished FROM crawl_runs",
    );
    const workflow = readFileSync(new URL("../../.github/workflows/deploy.yml", import.meta.url), "utf8");
    const next = nextScheduledRun(workflow, new Date(finished))!;
    for (const pagePath of ["history/", "zh-cn/history/"]) {
      const { page } = await openPage(pagePath);
      expect(await page.getAttribute("[data-history-empty]", "data-next-snapshot"), pagePath).toBe(next.toISOString());
      expect(await page.textContent("[data-history-empty]"), pagePath).toContain(`${next.toISOString().slice(11, 16)} UTC`);
      await page.close();
    }
  });
});

describe("the SQL and explorer pages on a phone and a desktop, light and dark", () => {
  it("fit the window, the explorer's columns all visible at 1280 px and reachable by a hinted scroll at 390 px", async () => {
    const results: Array<Record<string, unknown>> = [];
    for (const [width, height] of [
      [390, 844],
      [1280, 800],
    ]) {
      for (const colorScheme of ["light", "dark"] as const) {
        const context = await browser.newContext({ viewport: { width, height }, colorScheme });
        for (const pagePath of ["explore/", "zh-cn/explore/", "sql/", "zh-cn/sql/"]) {
          const page = await context.newPage();
          await page.goto(site.url + pagePath, { waitUntil: "networkidle" });
          if (pagePath.endsWith("explore/")) await page.waitForSelector("[data-explorer][data-state=ready]", { state: "attached" });
          const layout = await page.evaluate(() => {
            const wrap = document.querySelector<HTMLElement>(".explorer-table")?.parentElement;
            const hint = document.querySelector<HTMLElement>("[data-scroll-hint]");
            return {
              pageFits: document.documentElement.scrollWidth <= window.innerWidth,
              tableFits: wrap ? wrap.scrollWidth <= wrap.clientWidth : null,
              hinted: hint ? hint.offsetParent !== null : null,
            };
          });
          const name = `${pagePath.replace(/\/$/, "").replaceAll("/", "_")}-${width}-${colorScheme}`;
          if (SCREENSHOTS) await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
          await page.close();
          results.push({ name, ...layout });
        }
        await context.close();
      }
    }
    const expected = results.map(({ name }) => {
      const explorer = String(name).includes("explore");
      const desktop = String(name).includes("-1280-");
      return { name, pageFits: true, tableFits: explorer ? desktop : null, hinted: explorer ? !desktop : null };
    });
    expect(results).toEqual(expected);
  }, 180_000);
});

describe("the colour-scheme switch", () => {
  it("follows the system setting by default and keeps the reader's choice across pages", async () => {
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto(site.url + "sizes/");
    // The colour the page is painted with, not how the stylesheet spells it (the CSS minifier
    // shortens #ffffff to #fff).
    const rootBackground = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const dark = "rgb(20, 23, 29)"; // #14171d
    const light = "rgb(255, 255, 255)";
    expect(await rootBackground()).toBe(dark);
    await page.selectOption("[data-theme-switch] select", "light");
    expect(await rootBackground()).toBe(light);
    await page.goto(site.url + "time/");
    expect(await rootBackground()).toBe(light);
    expect(await page.inputValue("[data-theme-switch] select")).toBe("light");
    await page.selectOption("[data-theme-switch] select", "system");
    expect(await rootBackground()).toBe(dark);
    await context.close();
  });

  it("is hidden without JavaScript, where the system setting applies", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto(site.url + "explore/");
    expect(await page.isVisible("[data-theme-switch]")).toBe(false);
    // The static top-100 table stands in for the explorer.
    expect(await page.locator("[data-rows] tr").count()).toBe(Math.min(100, await count("SELECT count(*) AS n FROM model_facts")));
    await context.close();
  });
});

describe("findings and click-through", () => {
  it("titles every chart with its finding and its population, in both languages", async () => {
    for (const prefix of ["", "zh-cn/"]) {
      for (const pagePath of ["", "sizes/", "families/", "licences/", "authors/", "derivatives/"]) {
        const { page } = await openPage(prefix + pagePath, "load");
        const charts = await page.locator("figure[data-chart]").count();
        expect(await page.locator("figure[data-chart] [data-finding]").count(), prefix + pagePath).toBe(charts);
        expect(await page.locator("figure[data-chart] [data-population]").count(), prefix + pagePath).toBe(charts);
        await page.close();
      }
    }
    const highQuality = await count("SELECT count(*) AS n FROM model_facts WHERE high_quality AND era IS NOT NULL");
    const { page } = await openPage("sizes/", "load");
    expect(await page.locator("[data-population]").first().textContent()).toContain(
      `${highQuality.toLocaleString("en")} high-quality models, crawled `,
    );
    await page.close();
  });

  it("opens the explorer on exactly the models of a size bar when the bar is clicked", async () => {
    const [bar] = await readRows<{ era: string; bucket: string; models: number }>(
      connection,
      "SELECT era, size_bucket AS bucket, count(*) AS models FROM model_facts WHERE high_quality AND era IS NOT NULL GROUP BY ALL ORDER BY models DESC, era, bucket LIMIT 1",
    );
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems = watchPage(page);
    await page.goto(site.url + "sizes/", { waitUntil: "networkidle" });
    const selector = `.chart-wide [data-href*="era=${bar.era}"][data-href*="size=${encodeURIComponent(bar.bucket)}"]`;
    expect(await page.locator(selector).count()).toBe(1);
    await Promise.all([page.waitForURL(/\/explore\/\?/), page.locator(selector).click()]);
    await page.waitForSelector("[data-explorer][data-state=ready]", { state: "attached" });
    expect(Number(await page.getAttribute("[data-status]", "data-matches"))).toBe(bar.models);
    expect(await page.inputValue("select[name=size]")).toBe(bar.bucket);
    expect(await page.inputValue("select[name=era]")).toBe(bar.era);
    expect(await page.inputValue("select[name=quality]")).toBe("high");
    const shown = await page.locator("[data-rows] tr").evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.id));
    const expected = await readRows<{ id: string }>(
      connection,
      `SELECT id FROM model_facts WHERE high_quality AND era = '${bar.era}' AND size_bucket = '${bar.bucket}' ORDER BY likes DESC, rank, id LIMIT 100`,
    );
    expect(shown).toEqual(expected.map((row) => row.id));
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await page.close();
  });

  it("opens the explorer on exactly the models of a month's segment and of a plan's segment when they are clicked", async () => {
    // The Time chart's month is the UTC month of created_at (placeholder dates have none), as models_per_month groups it.
    const [month] = await readRows<{ value: string; n: number }>(
      connection,
      `SELECT strftime(date_trunc('month', created_at), '%Y-%m') AS value, count(*) AS n FROM model_facts
       WHERE created_at IS NOT NULL AND high_quality GROUP BY ALL ORDER BY n DESC, value LIMIT 1`,
    );
    const [plan] = await readRows<{ value: string; type: string; n: number }>(
      connection,
      "SELECT plan_label AS value, coalesce(author_type, 'unknown') AS type, sum(models)::INTEGER AS n FROM author_stats GROUP BY ALL ORDER BY n DESC, value, type LIMIT 1",
    );
    for (const { pagePath, selector, fields, where } of [
      {
        pagePath: "time/",
        selector: `.chart-wide [data-href*="created=${month.value}&"][data-href*="quality=high"]`,
        fields: { created: month.value, quality: "high" },
        where: `created_at IS NOT NULL AND strftime(date_trunc('month', created_at), '%Y-%m') = '${month.value}' AND high_quality`,
      },
      {
        pagePath: "authors/",
        selector: `.chart-wide [data-href*="plan=${plan.value}"][data-href*="author_type=${plan.type}"]`,
        fields: { plan: plan.value, author_type: plan.type },
        where: `coalesce(author_type, 'unknown') = '${plan.type}' AND author IN (SELECT author FROM author_stats WHERE plan_label = '${plan.value}')`,
      },
    ]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const problems = watchPage(page);
      await page.goto(site.url + pagePath, { waitUntil: "networkidle" });
      expect(await page.locator(selector).count(), selector).toBe(1);
      await Promise.all([page.waitForURL(/\/explore\/\?/), page.locator(selector).click()]);
      await page.waitForSelector("[data-explorer][data-state=ready]", { state: "attached" });
      const expected = await readRows<{ id: string }>(
        connection,
        `SELECT id FROM model_facts WHERE ${where} ORDER BY likes DESC, rank, id`,
      );
      expect(Number(await page.getAttribute("[data-status]", "data-matches")), pagePath).toBe(expected.length);
      // The filter is a visible control showing the value, so the reader sees and can clear it.
      for (const [name, value] of Object.entries(fields)) {
        expect(await page.isVisible(`select[name=${name}]`), name).toBe(true);
        expect(await page.inputValue(`select[name=${name}]`), name).toBe(value);
      }
      const shown = await page.locator("[data-rows] tr").evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.id));
      expect(shown).toEqual(expected.slice(0, 100).map((row) => row.id));
      // Choosing "Any" clears the month or the plan, and the address with it.
      const first = Object.keys(fields)[0];
      await page.selectOption(`select[name=${first}]`, "");
      await page.waitForFunction((name) => !new URLSearchParams(location.search).has(name), first);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
      await page.close();
    }
  });

  it("links every table count of a licence, family, author type, month, plan, relation, base model and author to the explorer with the same count", async () => {
    // Table cells may read "219 (73.0%)": the count is the part before the share.
    const shownCount = (text: string | null) => Number((text ?? "").replace(/\s*\(.*$/, "").replaceAll(",", ""));
    const cases: Array<{
      pagePath: string;
      sql: string;
      link: (row: Record<string, string>) => string;
      /** The explorer's fields that must show the row's values, by the query's column. */
      value?: Record<string, string>;
      /** The sample may have no such row (no placeholder dates). */
      optional?: boolean;
    }> = [
      {
        pagePath: "licences/",
        sql: "SELECT coalesce(license, 'none') AS value, count(*) AS n FROM model_facts GROUP BY ALL ORDER BY n DESC, value LIMIT 1",
        link: (r) => `figure[data-chart] details a[href*="license=${encodeURIComponent(r.value)}"]:not([href*="quality"])`,
      },
      {
        pagePath: "families/",
        sql: "SELECT coalesce(family, 'unknown') AS value, count(*) AS n FROM model_facts GROUP BY ALL ORDER BY n DESC, value LIMIT 1",
        link: (r) =>
          `figure[data-chart] details a[href*="family=${encodeURIComponent(r.value)}"]:not([href*="quality"]):not([href*="created"])`,
      },
      {
        pagePath: "authors/",
        sql: "SELECT coalesce(author_type, 'unknown') AS value, count(*) AS n FROM model_facts GROUP BY ALL ORDER BY n DESC, value LIMIT 1",
        link: (r) => `figure[data-chart] details a[href*="author_type=${r.value}"]:not([href*="quality"]):not([href*="plan"])`,
      },
      {
        // A month of the Time page's table, and its own filter control.
        pagePath: "time/",
        sql: `SELECT strftime(date_trunc('month', created_at), '%Y-%m') AS value, count(*) AS n FROM model_facts
              WHERE created_at IS NOT NULL GROUP BY ALL ORDER BY n DESC, value LIMIT 1`,
        link: (r) => `figure[data-chart] details tr[data-month="${r.value}"] a:not([href*="quality"])`,
        value: { created: "value" },
      },
      {
        pagePath: "time/",
        sql: "SELECT 'placeholder' AS value, count(*) AS n FROM model_facts WHERE created_at_placeholder HAVING n > 0",
        link: () => "figure[data-chart] details tr[data-placeholder-row] a",
        value: { created: "value" },
        optional: true,
      },
      {
        pagePath: "authors/",
        sql: "SELECT plan_label AS value, coalesce(author_type, 'unknown') AS type, sum(models)::INTEGER AS n FROM author_stats GROUP BY ALL ORDER BY n DESC, value, type LIMIT 1",
        link: (r) => `figure[data-chart] details a[href*="plan=${r.value}"][href*="author_type=${r.type}"]`,
        value: { plan: "value", author_type: "type" },
      },
      {
        pagePath: "derivatives/",
        sql: "SELECT relation AS value, count(*) AS n FROM model_facts GROUP BY ALL ORDER BY n DESC, value LIMIT 1",
        link: (r) => `figure[data-chart] details a[href*="relation=${r.value}"]:not([href*="quality"]):not([href*="base"])`,
      },
      {
        pagePath: "derivatives/",
        sql: "SELECT base_model AS value, descendants AS n FROM base_model_descendants ORDER BY descendant_likes DESC, descendants DESC, base_model LIMIT 1",
        link: (r) => `figure[data-chart] details a[href*="base=${encodeURIComponent(r.value)}"]:not([href*="relation"])`,
      },
      {
        // The most-liked author's models, from the table outside any chart.
        pagePath: "authors/",
        sql: "SELECT author AS value, models AS n FROM author_stats ORDER BY likes DESC, models DESC, author LIMIT 1",
        link: (r) => `table a[href*="?author=${encodeURIComponent(r.value)}"]`,
      },
    ];
    for (const { pagePath, sql, link: selectorOf, value, optional } of cases) {
      const rows = await readRows<Record<string, string> & { n: number }>(connection, sql);
      if (optional && rows.length === 0) continue;
      expect(rows.length, sql).toBe(1);
      const [row] = rows;
      const { page } = await openPage(pagePath, "load");
      const link = page.locator(selectorOf(row)).first();
      expect(shownCount(await link.textContent()), selectorOf(row)).toBe(Number(row.n));
      // The table is folded in <details> under its chart: open it as a reader would, then follow the count.
      const details = link.locator("xpath=ancestor::details");
      if ((await details.count()) > 0) await details.locator("summary").click();
      await Promise.all([page.waitForURL(/\/explore\/\?/), link.click()]);
      await page.waitForSelector("[data-explorer][data-state=ready]", { state: "attached" });
      expect(Number(await page.getAttribute("[data-status]", "data-matches")), `${pagePath} ${row.value}`).toBe(Number(row.n));
      for (const [name, column] of Object.entries(value ?? {})) {
        expect(await page.inputValue(`[name=${name}]`), name).toBe(String(row[column]));
      }
      await page.close();
    }
  });
});

describe("the repository's front page", () => {
  // The README shows these two: the overview on a desktop and the sizes page on a phone, from the sample.
  const docs = fileURLToPath(new URL("../../docs/", import.meta.url));
  it("gets a screenshot of the overview at 1280 px and of the sizes page at 390 px", async () => {
    for (const [pagePath, width, height, file] of [
      ["", 1280, 800, "screenshot-overview.png"],
      ["sizes/", 390, 844, "screenshot-sizes-phone.png"],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: "light" });
      await page.goto(site.url + pagePath, { waitUntil: "networkidle" });
      await page.screenshot({ path: path.join(docs, file), fullPage: false });
      expect(statSync(path.join(docs, file)).size, file).toBeGreaterThan(10_000);
      await page.close();
    }
  });
});

describe("HTML", () => {
  it("validates in every built page", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: {
        // Astro writes void elements as <meta ... />; both forms are valid HTML.
        "void-style": "off",
        // Inline styles come from Plot's SVG output (e.g. the chart's font settings).
        "no-inline-style": "off",
        // The explorer's filters apply as the reader types or picks; a submit button would do nothing.
        "wcag/h32": "off",
      },
    });
    const problems: string[] = [];
    for (const file of htmlFiles(built.outDir)) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(`${path.relative(built.outDir, file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
