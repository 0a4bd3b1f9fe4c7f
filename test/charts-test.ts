import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { authorPlansChart } from "../src/charts/author-plans.ts";
import { authorTypeSegments, authorTypesChart } from "../src/charts/author-types.ts";
import { modelsPerMonthChart, monthSegments } from "../src/charts/models-per-month.ts";
import { COLORS } from "../src/charts/shared.ts";
import { sizeBucketsChart } from "../src/charts/size-buckets.ts";
import { topAuthorsChart } from "../src/charts/top-authors.ts";
import { topDownloadsChart } from "../src/charts/top-downloads.ts";
import { DEFAULT_SIZE_BUCKETS } from "../src/data-loaders/db/report-types.ts";
import * as fixture from "./fixtures/report.ts";

function parseSvg(markup: string) {
  const $ = cheerio.load(markup, { xml: true });
  const root = $.root().children().first();
  return { $, root };
}

/** Texts of one Plot mark group, found by the aria-label Plot gives each mark. */
function texts(markup: string, group: string): string[] {
  const { $ } = parseSvg(markup);
  return $(`g[aria-label="${group}"] text`)
    .map((_, el) => $(el).text())
    .get();
}

function marks(markup: string, group: string, element = "rect"): number {
  const { $ } = parseSvg(markup);
  return $(`g[aria-label="${group}"] ${element}`).length;
}

function expectAccessibleSvg(markup: string) {
  const { root } = parseSvg(markup);
  expect(root.prop("tagName")?.toLowerCase()).toBe("svg");
  expect(root.attr("role")).toBe("img");
  expect(root.attr("aria-label")?.length ?? 0).toBeGreaterThan(40);
  return root;
}

describe("top downloads chart", () => {
  const svg = topDownloadsChart(fixture.topDownloads);

  it("draws one bar per model in download order (not likes rank), labelled with its downloads", async () => {
    expectAccessibleSvg(svg);
    expect(marks(svg, "bar")).toBe(fixture.topDownloads.length);
    expect(texts(svg, "y-axis tick label")).toEqual(fixture.topDownloads.map((r) => r.id));
    expect(texts(svg, "text")).toContain("14,021,988");
    expect(parseSvg(svg).root.attr("aria-label")).toContain("Qwen/Qwen2.5-7B-Instruct leads with 14,021,988");
    await expect(svg).toMatchFileSnapshot("output/top-downloads.svg");
  });

  it("makes longer downloads bars for bigger counts", () => {
    const { $ } = parseSvg(svg);
    const widths = $(`g[aria-label="bar"] rect`)
      .map((_, el) => Number($(el).attr("width")))
      .get();
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
  });

  it("renders the same markup every time", () => {
    expect(topDownloadsChart(fixture.topDownloads)).toBe(svg);
  });
});

describe("size buckets chart", () => {
  const svg = sizeBucketsChart(fixture.sizeBuckets);
  const nonEmpty = fixture.sizeBuckets.filter((r) => r.models > 0);

  /** Each bar keyed by the "<era> the boundary, <bucket>" prefix of its title. */
  function barsByKey(markup: string) {
    const { $ } = parseSvg(markup);
    return new Map(
      $(`g[aria-label="bar"] rect`)
        .get()
        .map((el) => [$(el).find("title").text().split(":")[0], $(el)] as const),
    );
  }

  it("draws a bar for every non-empty (era, bucket) pair and a count label for every pair", async () => {
    expectAccessibleSvg(svg);
    expect(nonEmpty.length).toBeLessThan(fixture.sizeBuckets.length);
    expect(marks(svg, "bar")).toBe(nonEmpty.length);
    expect(texts(svg, "text").sort()).toEqual(fixture.sizeBuckets.map((r) => String(r.models)).sort());
    expect(texts(svg, "fx-axis tick label")).toEqual([...DEFAULT_SIZE_BUCKETS]);
    await expect(svg).toMatchFileSnapshot("output/size-buckets.svg");
  });

  it("puts both eras on one y scale, so bar heights are proportional to shares", () => {
    const bars = barsByKey(svg);
    const reference = bars.get("before the boundary, <1B");
    const scale = Number(reference?.attr("height")) / nonEmpty[0].share;
    for (const row of nonEmpty) {
      const bar = bars.get(`${row.era} the boundary, ${row.bucket}`);
      expect(Number(bar?.attr("height")), `${row.era} ${row.bucket}`).toBeCloseTo(row.share * scale, 6);
    }
  });

  it("draws unknown-size bars faint and outlined, apart from the size scale", () => {
    const bars = barsByKey(svg);
    for (const row of nonEmpty) {
      const bar = bars.get(`${row.era} the boundary, ${row.bucket}`);
      const unknown = row.bucket === "unknown";
      expect(bar?.attr("fill-opacity"), `${row.era} ${row.bucket}`).toBe(unknown ? "0.25" : "1");
      expect(bar?.attr("stroke-opacity"), `${row.era} ${row.bucket}`).toBe(unknown ? "1" : "0");
    }
    // The dashed frame around the "unknown" facet.
    expect(marks(svg, "rect")).toBe(1);
    expect(parseSvg(svg).root.attr("aria-label")).toMatch(/4 of unknown size.*8 of unknown size/);
  });
});

describe("models per month chart", () => {
  const svg = modelsPerMonthChart(fixture.modelsPerMonth, { eraBoundary: "2024-01-01" });

  it("stacks high-quality and other models per month, skipping empty segments", async () => {
    expectAccessibleSvg(svg);
    const expected = fixture.modelsPerMonth.reduce(
      (n, r) => n + (r.high_quality > 0 ? 1 : 0) + (r.models - r.high_quality > 0 ? 1 : 0),
      0,
    );
    expect(expected).toBeLessThan(fixture.modelsPerMonth.length * 2);
    expect(marks(svg, "rect")).toBe(expected);
    expect(monthSegments(fixture.modelsPerMonth)).toHaveLength(expected);
    // The boundary is a date, written as the page's language writes dates.
    expect(texts(svg, "text")).toEqual(["era boundary Jan 1, 2024"]);
    await expect(svg).toMatchFileSnapshot("output/models-per-month.svg");
  });

  it("leaves out the boundary rule when no boundary is given", () => {
    const plain = modelsPerMonthChart(fixture.modelsPerMonth);
    expect(marks(plain, "rule", "line")).toBe(1);
    expect(texts(plain, "text")).toEqual([]);
  });

  it("rejects a month that is not YYYY-MM, naming it", () => {
    expect(() => modelsPerMonthChart([{ month: "2024-7", models: 1, high_quality: 1 }])).toThrow(/YYYY-MM.*"2024-7"/);
  });
});

describe("author types chart", () => {
  const svg = authorTypesChart(fixture.authorTypes);

  it("splits authors, models and likes into shares that add up to 100%", async () => {
    expectAccessibleSvg(svg);
    const segments = authorTypeSegments(fixture.authorTypes);
    expect(marks(svg, "bar")).toBe(segments.length);
    for (const measure of ["authors", "models", "likes"]) {
      const ends = segments.filter((s) => s.measure === measure).map((s) => s.end);
      expect(Math.max(...ends)).toBeCloseTo(1, 10);
    }
    expect(texts(svg, "text")).toContain("org 62.0%");
    await expect(svg).toMatchFileSnapshot("output/author-types.svg");
  });
});

describe("author plans chart", () => {
  const svg = authorPlansChart(fixture.authorPlans);

  it("stacks each plan's models by author type and labels plan totals", async () => {
    expectAccessibleSvg(svg);
    expect(marks(svg, "bar")).toBe(fixture.authorPlans.filter((r) => r.models > 0).length);
    expect(texts(svg, "y-axis tick label")).toEqual(["enterprise", "team", "pro", "free", "unknown"]);
    expect(texts(svg, "text")).toEqual(["102", "23", "31", "137", "7"]);
    await expect(svg).toMatchFileSnapshot("output/author-plans.svg");
  });

  it("keeps a plan it does not know instead of dropping it", () => {
    const withNewPlan = authorPlansChart([...fixture.authorPlans, { plan: "academia", author_type: "org", authors: 2, models: 4 }]);
    expect(texts(withNewPlan, "y-axis tick label")).toEqual(["enterprise", "team", "pro", "free", "academia", "unknown"]);
  });
});

describe("top authors chart", () => {
  const svg = topAuthorsChart(fixture.topAuthors);

  it("draws one bar per author, most liked first, coloured by author type", async () => {
    expectAccessibleSvg(svg);
    expect(marks(svg, "bar")).toBe(fixture.topAuthors.length);
    expect(texts(svg, "y-axis tick label")[0]).toBe("meta-llama");
    const { $ } = parseSvg(svg);
    const fills = $(`g[aria-label="bar"] rect`)
      .map((_, el) => $(el).attr("fill"))
      .get();
    expect(fills[fills.length - 1]).toBe(COLORS.authorType.unknown);
    expect(fills).toContain(COLORS.authorType.user);
    await expect(svg).toMatchFileSnapshot("output/top-authors.svg");
  });
});

describe("text from the Hub in charts", () => {
  const hostileId = 'evil/<script>alert("x")</script>';

  it("is escaped in labels, titles and the aria-label", () => {
    const rows = [{ ...fixture.topDownloads[0], id: hostileId, author: "evil" }, ...fixture.topDownloads.slice(1)];
    const authors = [{ ...fixture.topAuthors[0], author: hostileId }, ...fixture.topAuthors.slice(1)];
    for (const svg of [topDownloadsChart(rows), topAuthorsChart(authors)]) {
      expect(svg).not.toContain("<script>");
      expect(svg).toContain("&lt;script&gt;");
      // Parsing the markup back yields the original text, so nothing was lost to escaping.
      expect(texts(svg, "y-axis tick label").join("\n")).toContain("evil/<script>");
    }
  });
});
