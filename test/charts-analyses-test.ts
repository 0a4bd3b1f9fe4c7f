// The analysis charts: one mark per row they draw, text alternatives that state the figures,
// escaped Hub text, stable markup (snapshots in test/output/), and the SQL text shown beside them.
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { baseSegments, derivativeRelationsChart, topBaseModelsChart } from "../src/charts/derivatives.ts";
import { familiesChart, familyBars } from "../src/charts/families.ts";
import { familyOrder, familyShareChart } from "../src/charts/family-share.ts";
import { licenceBars, licencesChart } from "../src/charts/licences.ts";
import { likesDownloadsChart, mergeNeighbourCells, symlogTicks } from "../src/charts/likes-downloads.ts";
import { likesShareAt, lorenzChart } from "../src/charts/lorenz.ts";
import { nameSizeChart } from "../src/charts/name-sizes.ts";
import { DATASET_NAMES, DATASETS } from "../src/data-loaders/db/datasets.ts";
import { en } from "../src/i18n/index.ts";
import { parseViewDefinitions, querySource, viewsReadBy } from "../src/lib/query-text.ts";
import * as fixture from "./fixtures/analyses.ts";

function parseSvg(markup: string) {
  const $ = cheerio.load(markup, { xml: true });
  return { $, root: $.root().children().first() };
}

function marks(markup: string, group: string, element: string): number {
  const { $ } = parseSvg(markup);
  return $(`g[aria-label="${group}"] ${element}`).length;
}

function texts(markup: string, group: string): string[] {
  const { $ } = parseSvg(markup);
  return $(`g[aria-label="${group}"] text`)
    .map((_, el) => $(el).text())
    .get();
}

function ariaLabel(markup: string): string {
  const { root } = parseSvg(markup);
  expect(root.prop("tagName")?.toLowerCase()).toBe("svg");
  expect(root.attr("role")).toBe("img");
  return root.attr("aria-label") ?? "";
}

describe("families chart", () => {
  const svg = familiesChart(fixture.families, { top: 4 });

  it("draws the top families, one 'other' bar for the rest, and 'unknown' apart", async () => {
    const bars = familyBars(fixture.families, 4);
    expect(bars.map((b) => b.family)).toEqual(["llama", "qwen2", "mistral", "gemma2", "other", "unknown"]);
    expect(bars.find((b) => b.family === "other")?.models).toBe(12 + 8 + 4);
    expect(marks(svg, "bar", "rect")).toBe(6);
    expect(ariaLabel(svg)).toContain("llama is the largest with 90 models");
    await expect(svg).toMatchFileSnapshot("output/families.svg");
  });

  it("draws no 'other' bar when every family has its own", () => {
    expect(familyBars(fixture.families, 20).some((b) => b.family === "other")).toBe(false);
  });
});

describe("family share chart", () => {
  const svg = familyShareChart(fixture.familyShareByYear);

  it("stacks one segment per (year, family) row, families in one order across years", async () => {
    expect(marks(svg, "bar", "rect")).toBe(fixture.familyShareByYear.length);
    expect(familyOrder(fixture.familyShareByYear)).toEqual(["llama", "qwen2", "mistral", "gemma2", "other", "unknown"]);
    expect(ariaLabel(svg)).toMatch(/2024: 120 models, llama largest \(33\.3%\)/);
    await expect(svg).toMatchFileSnapshot("output/family-share.svg");
  });
});

describe("licences chart", () => {
  it("names the missing licence 'none declared', folds the tail into one bar, and escapes licence text", async () => {
    const svg = licencesChart(fixture.licences, { top: 9 });
    const bars = licenceBars(fixture.licences, 9);
    expect(bars.map((b) => b.label)).toContain("none declared");
    expect(bars[bars.length - 1]).toMatchObject({ label: "1 other licences", kind: "rest", models: 2 });
    expect(marks(svg, "bar", "rect")).toBe(10);
    expect(svg).not.toContain("<b>");
    expect(svg).toContain("&lt;b&gt;bold&lt;/b&gt;-licence");
    expect(ariaLabel(svg)).toContain("21 models use a custom licence and 9 declare none");
    await expect(svg).toMatchFileSnapshot("output/licences.svg");
  });
});

describe("derivative charts", () => {
  it("draws a bar and a count label per relation that has models, and leaves empty relations out", async () => {
    const svg = derivativeRelationsChart(fixture.derivativeRelations);
    const present = fixture.derivativeRelations.filter((r) => r.models > 0);
    expect(present.length).toBeLessThan(fixture.derivativeRelations.length);
    expect(marks(svg, "bar", "rect")).toBe(present.length);
    expect(marks(svg, "text", "text")).toBe(present.length);
    // The relations in the words of the legend and the table, not the metadata's.
    expect(texts(svg, "y-axis tick label")).toEqual(present.map((r) => en.enums.relation[r.relation]));
    expect(ariaLabel(svg)).toContain("219 of 250 models derive from another model");
    await expect(svg).toMatchFileSnapshot("output/derivative-relations.svg");
  });

  it("stacks descendant likes per relation and marks bases that were not crawled", async () => {
    const svg = topBaseModelsChart(fixture.topBaseModels);
    const segments = baseSegments(fixture.topBaseModels);
    expect(segments).toHaveLength(4 + 4 + 3);
    expect(marks(svg, "bar", "rect")).toBe(segments.length);
    expect(svg).toContain("mistralai/Mistral-7B-v0.1 (not crawled)");
    expect(ariaLabel(svg)).toContain("meta-llama/Llama-3.1-8B-Instruct leads with 4,750 likes");
    await expect(svg).toMatchFileSnapshot("output/top-base-models.svg");
  });
});

describe("name size chart", () => {
  it("draws a dot per point and the three reference lines, and states the disagreement share", async () => {
    const svg = nameSizeChart(fixture.nameSizePoints, fixture.nameSizeSummary);
    expect(marks(svg, "dot", "circle")).toBe(fixture.nameSizePoints.length);
    expect(marks(svg, "line", "path")).toBe(3);
    expect(ariaLabel(svg)).toContain("200 models compared, 18 (9.0%) disagree by more than 20%");
    await expect(svg).toMatchFileSnapshot("output/name-sizes.svg");
  });
});

describe("Lorenz chart", () => {
  it("draws the curve and the equality line, and reads the bottom half's share off the curve", async () => {
    const svg = lorenzChart(fixture.lorenzCurve, fixture.concentration);
    expect(marks(svg, "line", "path")).toBe(2);
    expect(likesShareAt(fixture.lorenzCurve, 0.5)).toBeCloseTo(0.5 ** 4, 12);
    expect(likesShareAt(fixture.lorenzCurve, 0.55)).toBeCloseTo((0.5 ** 4 + 0.6 ** 4) / 2, 12);
    expect(ariaLabel(svg)).toContain("Gini coefficient 0.81");
    await expect(svg).toMatchFileSnapshot("output/lorenz.svg");
  });
});

describe("likes vs downloads chart", () => {
  it("keeps zero-download models on the chart and marks both medians", async () => {
    const svg = likesDownloadsChart(fixture.likesDownloadsPoints, fixture.likesDownloadsCorrelation);
    expect(marks(svg, "dot", "circle")).toBe(fixture.likesDownloadsPoints.length);
    expect(marks(svg, "rule", "line")).toBeGreaterThanOrEqual(2);
    const { $ } = parseSvg(svg);
    const xs = $(`g[aria-label="dot"] circle`)
      .map((_, el) => Number($(el).attr("cx")))
      .get();
    expect(xs.every(Number.isFinite)).toBe(true);
    expect(symlogTicks(9_120_433)).toEqual([0, 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]);
    expect(symlogTicks(9_120_433, 2)).toEqual([0, 100, 10_000, 1_000_000]);
    expect(symlogTicks(40, 2)).toEqual([0, 1]);
    expect(ariaLabel(svg)).toContain("Spearman rank correlation 0.61; 7 models had no downloads");
    await expect(svg).toMatchFileSnapshot("output/likes-downloads.svg");
  });

  it("draws the phone's dots on a grid half as fine, every model still counted once", () => {
    // Four cells of the view's grid (20 per decade) that fall into one cell of 10 per decade, and one apart.
    const points = [
      { likes: 100, downloads: 1_000, models: 3 },
      { likes: 110, downloads: 1_000, models: 2 },
      { likes: 100, downloads: 1_100, models: 4 },
      { likes: 110, downloads: 1_100, models: 1 },
      { likes: 5_000, downloads: 20, models: 7 },
    ];
    const merged = mergeNeighbourCells(points);
    expect(merged).toEqual([
      { likes: 100, downloads: 1_000, models: 10 },
      { likes: 5_000, downloads: 20, models: 7 },
    ]);
    const narrow = likesDownloadsChart(points, fixture.likesDownloadsCorrelation, { layout: "narrow" });
    expect(marks(narrow, "dot", "circle")).toBe(2);
    expect(marks(likesDownloadsChart(points, fixture.likesDownloadsCorrelation), "dot", "circle")).toBe(5);
  });

  it("writes positions to a tenth of a pixel, not at full double precision", () => {
    const svg = likesDownloadsChart(fixture.likesDownloadsPoints, fixture.likesDownloadsCorrelation);
    const positions = [...svg.matchAll(/ (?:cx|cy|r|x|y|x1|x2|y1|y2|width|height|d|transform)="([^"]*)"/g)].map((m) => m[1]);
    expect(positions.length).toBeGreaterThan(fixture.likesDownloadsPoints.length);
    // Text offsets in em scale with the font and are kept as Plot wrote them.
    expect(positions.filter((value) => /\d\.\d{2}(?!\d*em)/.test(value))).toEqual([]);
    expect(positions).toContain("0.32em");
  });
});

describe("SQL shown beside the charts", () => {
  const sql = `-- first\nCREATE VIEW a AS SELECT 1 AS x;\n\n-- about b\n-- reads a\nCREATE VIEW b AS SELECT x FROM a;\n\nCREATE VIEW c AS SELECT * FROM b, models;\n`;

  it("takes each view with the comment above it", () => {
    const views = parseViewDefinitions(sql);
    expect([...views.keys()]).toEqual(["a", "b", "c"]);
    expect(views.get("b")?.sql).toBe("-- about b\n-- reads a\nCREATE VIEW b AS SELECT x FROM a;");
  });

  it("lists the views a query reads, through other views, dependencies first", () => {
    const views = parseViewDefinitions(sql);
    expect(viewsReadBy("SELECT * FROM c", views).map((v) => v.name)).toEqual(["a", "b", "c"]);
    expect(viewsReadBy("SELECT * FROM b -- not c", views).map((v) => v.name)).toEqual(["a", "b"]);
  });

  it("shows every dataset's query with the views.sql definitions it needs", () => {
    for (const name of DATASET_NAMES) {
      const source = querySource(name);
      expect(source.query).toBe(DATASETS[name].sql);
      // The history queries read the history table and the crawl's tables, no view.
      if (name === "sizeBucketDefinitions" || "readsHistory" in DATASETS[name]) expect(source.views, name).toEqual([]);
      else expect(source.views.length, name).toBeGreaterThan(0);
    }
    const gini = querySource("concentration").views.map((v) => v.name);
    expect(gini).toEqual(expect.arrayContaining(["author_stats", "author_likes_ranked", "likes_concentration"]));
    expect(gini.indexOf("author_stats")).toBeLessThan(gini.indexOf("likes_concentration"));
  });
});
