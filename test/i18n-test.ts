// The report's two languages: the Chinese text has every entry the English one has (same shape,
// same {slots} for inline markup), the data dictionary is complete in both, pages map onto each
// other across languages, and numbers, dates and charts come out in each locale's own style.
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { topDownloadsChart } from "../src/charts/top-downloads.ts";
import { sizeBucketsChart } from "../src/charts/size-buckets.ts";
import { MODEL_EXPORT_COLUMNS } from "../src/data-loaders/db/data-dictionary.ts";
import { formatterFor } from "../src/i18n/format.ts";
import { en, localizedPath, messages, otherLang, pagePath, zhCN } from "../src/i18n/index.ts";
import { templateSegments, templateSlots } from "../src/i18n/template.ts";
import { overviewSentences } from "../src/views/overview.ts";
import type { OverviewFacts } from "../src/data-loaders/db/datasets.ts";
import * as fixture from "./fixtures/report.ts";

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, path = ""): Leaf[] {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  if (Array.isArray(value)) return value.flatMap((child, i) => leaves(child, `${path}[${i}]`));
  return [{ path, value }];
}

/** What a message gives with placeholder arguments, or null when it needs real ones (lists, objects). */
function sample(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value !== "function") return null;
  try {
    const result = (value as (...args: unknown[]) => unknown)(...Array.from({ length: value.length }, () => "1"));
    return typeof result === "string" ? result : null;
  } catch {
    return null;
  }
}

const HAN = /[\u4e00-\u9fff]/;

describe("the Chinese text", () => {
  const english = leaves(en);
  const chinese = new Map(leaves(zhCN).map((leaf) => [leaf.path, leaf.value]));

  it("has every entry of the English text, of the same kind and arity, and nothing else", () => {
    expect([...chinese.keys()].sort()).toEqual(english.map((leaf) => leaf.path).sort());
    for (const { path, value } of english) {
      const translated = chinese.get(path);
      expect(typeof translated, path).toBe(typeof value);
      if (typeof value === "function") expect((translated as () => unknown).length, path).toBe(value.length);
    }
  });

  it("fills the same {slots} as the English text, so no inline element goes missing", () => {
    let checked = 0;
    for (const { path, value } of english) {
      const source = sample(value);
      const target = sample(chinese.get(path));
      if (source === null || target === null) continue;
      expect(templateSlots(target).sort(), path).toEqual(templateSlots(source).sort());
      checked += 1;
    }
    expect(checked).toBeGreaterThan(200);
  });

  it("is written in Chinese, not left in English", () => {
    // Kept as they are in Chinese text: the language tag, the switcher (written in its target
    // language), statistics that are symbols, and names such as the "Pro" plan.
    const kept = new Set([
      "locale",
      "layout.languageSwitch",
      "layout.languageSwitchLabel",
      "enums.plan.pro",
      "common.describe.statistics.p25",
      "common.describe.statistics.p75",
      "top.columns.position",
      "authors.topColumns.position",
    ]);
    const untranslated: string[] = [];
    let checked = 0;
    for (const { path, value } of english) {
      const text = sample(value);
      if (text === null || kept.has(path) || !/[A-Za-z]{3,}/.test(text)) continue;
      checked += 1;
      const translated = sample(chinese.get(path));
      if (translated === null || !HAN.test(translated)) untranslated.push(path);
    }
    expect(untranslated).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  it("declares the languages' tags for <html lang> and Intl", () => {
    expect(messages("en").locale).toBe("en");
    expect(messages("zh-CN").locale).toBe("zh-CN");
    expect(() => messages("fr" as never)).toThrow(/unknown language "fr"/);
  });
});

describe("the data dictionary", () => {
  it("describes every published column in both languages", () => {
    for (const lang of ["en", "zh-CN"] as const) {
      expect(Object.keys(messages(lang).dataDictionary.columns).sort(), lang).toEqual([...MODEL_EXPORT_COLUMNS].sort());
    }
    for (const column of MODEL_EXPORT_COLUMNS) {
      const chinese = zhCN.dataDictionary.columns[column];
      expect(HAN.test(chinese), column).toBe(true);
      expect(chinese, column).not.toBe(en.dataDictionary.columns[column]);
    }
  });
});

describe("page paths across languages", () => {
  it("puts Chinese pages under zh-cn/ and English ones at the root", () => {
    expect(localizedPath("en", "sizes/")).toBe("sizes/");
    expect(localizedPath("zh-CN", "sizes/")).toBe("zh-cn/sizes/");
    expect(localizedPath("zh-CN", "")).toBe("zh-cn/");
    expect(otherLang("en")).toBe("zh-CN");
    expect(otherLang("zh-CN")).toBe("en");
  });

  it("finds the same page whatever the language and base path", () => {
    expect(pagePath("/hub-likes/zh-cn/sizes/", "/hub-likes/")).toBe("sizes/");
    expect(pagePath("/hub-likes/sizes/", "/hub-likes/")).toBe("sizes/");
    expect(pagePath("/hub-likes/zh-cn/", "/hub-likes/")).toBe("");
    expect(pagePath("/hub-likes/zh-cn", "/hub-likes")).toBe("");
    expect(pagePath("/likes-downloads/index.html", "/")).toBe("likes-downloads/");
  });
});

describe("templates with inline elements", () => {
  it("split into text and the slots the page fills", () => {
    expect(templateSegments("Data from {endpoint}, fetched {fetched}.")).toEqual([
      { text: "Data from " },
      { slot: "endpoint" },
      { text: ", fetched " },
      { slot: "fetched" },
      { text: "." },
    ]);
    expect(templateSlots("{a} and {b} and {a}")).toEqual(["a", "b"]);
  });
});

describe("numbers and dates per locale", () => {
  const english = formatterFor("en");
  const chinese = formatterFor("zh-CN");

  it("shows the same counts and shares in both languages", () => {
    for (const value of [0, 7, 1234, 8030261248]) expect(chinese.count(value)).toBe(english.count(value));
    expect(chinese.share(0.4213)).toBe(english.share(0.4213));
    expect(chinese.params(8030261248)).toBe("8.0B");
  });

  it("writes dates, months and compact numbers the way each language does", () => {
    expect(english.date("2024-07-18T08:56:00Z")).toBe("Jul 18, 2024");
    expect(chinese.date("2024-07-18T08:56:00Z")).toBe("2024年7月18日");
    expect(english.month("2024-07")).toBe("Jul 2024");
    expect(chinese.month("2024-07")).toBe("2024年7月");
    expect(chinese.timestamp("2024-07-18T08:56:00Z")).toBe("2024年7月18日 08:56 UTC");
    expect(english.compact(15300)).toBe("15.3K");
    expect(chinese.compact(15300)).toBe("1.5万");
    expect(chinese.params(null)).toBe("未知");
  });
});

describe("charts and sentences in Chinese", () => {
  const label = (svg: string) => cheerio.load(svg, { xml: true }).root().children().first().attr("aria-label") ?? "";

  it("draw the same marks with Chinese labels and text alternative", () => {
    const english = topDownloadsChart(fixture.topDownloads);
    const chinese = topDownloadsChart(fixture.topDownloads, { lang: "zh-CN" });
    const bars = (svg: string) => cheerio.load(svg, { xml: true })('g[aria-label="bar"] rect').length;
    expect(bars(chinese)).toBe(bars(english));
    expect(label(chinese)).toContain("Qwen/Qwen2.5-7B-Instruct 以 14,021,988 次居首");
    expect(chinese).toContain("下载量（最近 30 天）→");
    expect(HAN.test(label(sizeBucketsChart(fixture.sizeBuckets, { lang: "zh-CN" })))).toBe(true);
  });

  it("word the overview's figures in Chinese with the same numbers", () => {
    const facts: OverviewFacts = {
      high_quality: 120,
      with_params: 110,
      median_params: 7.6e9,
      median_age_days: 400,
      org_share: 0.55,
      unknown_type_models: 0,
      top_family: "llama",
      top_family_share: 0.3,
      top_licence: "apache-2.0",
      top_licence_share: 0.4,
      before_models: 50,
      before_common_bucket: "1–20B",
      before_common_share: 0.6,
      before_large_share: 0.1,
      before_median_params: 7e9,
      after_models: 70,
      after_common_bucket: "1–20B",
      after_common_share: 0.7,
      after_large_share: 0.2,
      after_median_params: 8e9,
    } as OverviewFacts;
    const chinese = overviewSentences(facts, fixture.thresholds, "zh-CN");
    const english = overviewSentences(facts, fixture.thresholds);
    expect(chinese).toHaveLength(english.length);
    expect(chinese[0]).toBe(
      "这里的高质量模型指点赞至少 41 个（本次抓取的第 25 百分位）且近 30 天下载至少 10 次的模型；这 120 个模型中典型的一个有 7.6B 个参数（在 110 个参数量已知的模型中取中位数）。",
    );
    expect(chinese[1]).toBe(
      "以 2024年1月1日 为界，参数量达到 200 亿（20B）或以上的模型占比从 10.0% 升至 20.0%，参数量中位数从 7.0B 增长到 8.0B。",
    );
    expect(english[1]).toBe(
      "Across Jan 1, 2024, the share with 20B parameters or more rose from 10.0% to 20.0%, and the median size grew from 7.0B to 8.0B.",
    );
    expect(english[2]).toBe(
      "Organisations published 55.0% of them (individual users the rest); the most common family is llama (30.0%) and licence apache-2.0 (40.0%).",
    );
  });
});
