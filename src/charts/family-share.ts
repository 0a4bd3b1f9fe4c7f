// How the families' share of models changed: one 100% stacked bar per creation year. Families
// keep their colour and stacking order in every year (largest overall at the bottom).
import * as Plot from "@observablehq/plot";
import type { FamilyYearRow } from "../data-loaders/db/datasets.ts";
import { categoryColors } from "./palette.ts";
import { LAYOUTS, chartLocale, renderSvg, textWidth, type ChartOptions } from "./shared.ts";

type Locale = ReturnType<typeof chartLocale>;

/** A family's name on the page: "other" and "unknown" are words, not family ids. */
export function familyName(family: string, { messages }: Locale): string {
  return family === "other" ? messages.enums.other : family === "unknown" ? messages.enums.unknown : family;
}

/** Families in stacking and legend order: by models over all years, "other" and "unknown" last. */
export function familyOrder(rows: FamilyYearRow[]): string[] {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.family, (totals.get(r.family) ?? 0) + r.models);
  const rank = (family: string) => (family === "other" ? 1 : family === "unknown" ? 2 : 0);
  return [...totals.keys()].sort((a, b) => rank(a) - rank(b) || totals.get(b)! - totals.get(a)! || a.localeCompare(b));
}

function describe(rows: FamilyYearRow[], locale: Locale): string {
  const { format } = locale;
  const t = locale.text.familyShare;
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  if (years.length === 0) return t.ariaEmpty;
  const leaderOf = (year: number) =>
    rows.filter((r) => r.year === year && r.family !== "other" && r.family !== "unknown").sort((a, b) => b.share - a.share)[0];
  const parts = years.map((year) => {
    const leader = leaderOf(year);
    const total = rows.filter((r) => r.year === year).reduce((s, r) => s + r.models, 0);
    return t.ariaYear(String(year), format.count(total), leader?.family ?? null, leader ? format.share(leader.share) : "");
  });
  return t.aria(parts);
}

export interface FamilyShareOptions extends ChartOptions {
  /** Where a segment leads: the explorer on that year's models of the family; none for "other". */
  segmentLink?: (year: number, family: string) => string | undefined;
}

export function familyShareChart(
  rows: FamilyYearRow[],
  { layout: layoutName = "wide", lang, segmentLink }: FamilyShareOptions = {},
): string {
  const locale = chartLocale(lang);
  const { format } = locale;
  const t = locale.text.familyShare;
  const layout = LAYOUTS[layoutName];
  const order = familyOrder(rows);
  const drawn = rows.filter((r) => r.models > 0);
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const percent = (v: number) => `${Math.round(v * 100)}%`;
  const bar = {
    fill: "family",
    order,
    title: (r: FamilyYearRow) => t.title(String(r.year), familyName(r.family, locale), format.count(r.models), format.share(r.share)),
    href: (r: FamilyYearRow) => segmentLink?.(r.year, r.family),
  };
  const common = { ariaLabel: describe(rows, locale), layout, color: { domain: order, range: categoryColors(order) } };
  if (layout.name === "wide") {
    return renderSvg({
      ...common,
      height: 340,
      x: { label: t.x, type: "band", tickFormat: (y: number) => String(y) },
      y: { label: t.y, tickFormat: percent, grid: true, domain: [0, 1] },
      marks: [Plot.barY(drawn, { x: "year", y: "share", insetLeft: 1, insetRight: 1, ...bar }), Plot.ruleY([0])],
    });
  }
  // On a phone the years become rows, so a dozen years never squeeze their labels together.
  const marginBottom = Math.round(layout.fontSize * 3.4);
  return renderSvg({
    ...common,
    height: 10 + marginBottom + Math.max(years.length, 1) * Math.round(layout.fontSize * 2.2),
    marginTop: 10,
    marginLeft: Math.ceil(textWidth("2024", layout.fontSize)) + 12,
    marginRight: Math.ceil(textWidth("100%", layout.fontSize) / 2) + 4,
    marginBottom,
    x: { label: t.yNarrow, labelAnchor: "center", tickFormat: percent, grid: true, domain: [0, 1], ticks: 4 },
    y: { label: null, type: "band", domain: years, tickSize: 0, tickFormat: (y: number) => String(y) },
    marks: [Plot.barX(drawn, { y: "year", x: "share", insetTop: 1, insetBottom: 1, ...bar }), Plot.ruleX([0])],
  });
}
