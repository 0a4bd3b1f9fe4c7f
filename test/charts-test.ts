import { readFileSync } from "node:fs";
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { authorPlansChart } from "../src/charts/author-plans.ts";
import { authorTypeSegments, authorTypesChart } from "../src/charts/author-types.ts";
import { modelsPerMonthChart, monthSegments } from "../src/charts/models-per-month.ts";
import { horizontalBars } from "../src/charts/rows.ts";
import { COLORS, LAYOUTS, MIN_TEXT_PX, WIDE_MIN_CONTAINER, fitText, textWidth } from "../src/charts/shared.ts";
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
      // Heights are written to a tenth of a pixel (renderSvg), so they agree to within that rounding.
      expect(Math.abs(Number(bar?.attr("height")) - row.share * scale), `${row.era} ${row.bucket}`).toBeLessThan(0.2);
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
    const expected = fixture.modelsPerMonth.reduce((n, r) => n + (r.high_quality > 0 ? 1 : 0) + (r.models - r.high_quality > 0 ? 1 : 0), 0);
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
    expect(texts(svg, "text")).toContain("organisation 62.0%");
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

describe("the two drawings of a chart", () => {
  const labelTexts = (markup: string) => {
    const { $ } = parseSvg(markup);
    return $("g[aria-label='text'] text")
      .map((_, el) => ({ text: $(el).text(), y: Number($(el).attr("y") ?? 0), transform: $(el).closest("g").attr("transform") ?? "" }))
      .get();
  };

  it("draws the narrow one 340 px wide in 13 px text and the wide one 940 px wide in 12 px text", () => {
    for (const [layout, width, font] of [
      ["narrow", 340, "13px"],
      ["wide", 940, "12px"],
    ] as const) {
      const { root } = parseSvg(topDownloadsChart(fixture.topDownloads, { layout }));
      expect(root.attr("viewBox")).toMatch(new RegExp(`^0 0 ${width} `));
      expect(root.attr("style")).toContain(`font-size:${font}`);
    }
  });

  it("shows the wide drawing only in boxes wide enough for its text to stay at 11 px, as report.css says", () => {
    const css = readFileSync(new URL("../src/styles/report.css", import.meta.url), "utf8");
    const breakpoint = Number(/@container \(min-width: (\d+)px\)\s*\{\s*\.chart-wide\s*\{\s*display: block;/.exec(css)?.[1]);
    expect(breakpoint).toBe(WIDE_MIN_CONTAINER);
    expect((breakpoint / LAYOUTS.wide.width) * LAYOUTS.wide.fontSize).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    // The narrow drawing shrinks at most to a 360 px phone's 320 px column.
    expect((320 / LAYOUTS.narrow.width) * LAYOUTS.narrow.fontSize).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  });

  it("puts each label on its own line above its bar on a phone, cut to fit beside its value", () => {
    const svg = topDownloadsChart(fixture.topDownloads, { layout: "narrow" });
    const { $ } = parseSvg(svg);
    expect($("g[aria-label='y-axis tick label']").length).toBe(0);
    const [labels, values] = $("g[aria-label='text']")
      .map((_, group) => [
        $(group)
          .find("text")
          .map((__, el) => $(el).text())
          .get(),
      ])
      .get() as string[][];
    expect(values).toEqual(fixture.topDownloads.map((r) => r.downloads.toLocaleString("en")));
    const room = LAYOUTS.narrow.width - Math.max(...values.map((v) => textWidth(v, 13))) - 13;
    for (const [index, label] of labels.entries()) {
      const id = fixture.topDownloads[index].id;
      expect(label === id || (label.endsWith("…") && id.startsWith(label.slice(0, -1)))).toBe(true);
      expect(textWidth(label, 13)).toBeLessThanOrEqual(room);
    }
    expect(labels.some((label) => label.endsWith("…"))).toBe(true);
    expect(labelTexts(svg).length).toBe(2 * fixture.topDownloads.length);
  });
});

describe("horizontal bars", () => {
  const bar = (key: string, ...values: number[]) => ({
    key,
    label: key,
    valueLabel: String(values.reduce((a, b) => a + b, 0)),
    segments: values.map((value, i) => ({ value, fill: ["#111111", "#222222"][i], title: `${key} ${i}` })),
  });
  const draw = (bars: ReturnType<typeof bar>[], layout: "wide" | "narrow" = "wide") =>
    horizontalBars(bars, {
      ariaLabel: "test bars with enough words to be a text alternative",
      layout: LAYOUTS[layout],
      xLabel: "Models →",
      tickFormat: String,
    });

  it("stacks a row's segments end to end and leaves rows with nothing to draw out", () => {
    const { $ } = parseSvg(draw([bar("a", 3, 2), bar("empty", 0), bar("b", 4)]));
    const rects = $("g[aria-label='bar'] rect")
      .map((_, el) => ({ x: Number($(el).attr("x")), width: Number($(el).attr("width")), title: $(el).find("title").text() }))
      .get();
    expect(rects.map((r) => r.title)).toEqual(["a 0", "a 1", "b 0"]);
    expect(rects[1].x).toBeCloseTo(rects[0].x + rects[0].width, 5);
    expect(texts(draw([bar("a", 3, 2), bar("empty", 0), bar("b", 4)]), "y-axis tick label")).toEqual(["a", "b"]);
  });

  it("cuts a label too long for the wide layout's margin with an ellipsis", () => {
    const long = `author/${"x".repeat(120)}`;
    const [label] = texts(draw([bar(long, 1)]), "y-axis tick label");
    expect(label.endsWith("…")).toBe(true);
    expect(textWidth(label, LAYOUTS.wide.fontSize)).toBeLessThanOrEqual(LAYOUTS.wide.width * 0.38);
  });
});

describe("text fitting", () => {
  it("keeps a text that fits and cuts one that does not, counting CJK characters a full em", () => {
    expect(fitText("llama", 100, 12)).toBe("llama");
    expect(fitText("meta-llama/Llama-3.1-8B-Instruct", 100, 12)).toMatch(/^meta-llama\/.*…$/);
    expect(textWidth("下载量", 12)).toBe(36);
    expect(textWidth("iii", 12)).toBeLessThan(textWidth("MMM", 12));
  });
});
