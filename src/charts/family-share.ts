// How the families' share of models changed: one 100% stacked bar per creation year. Families
// keep their colour and stacking order in every year (largest overall at the bottom).
import * as Plot from "@observablehq/plot";
import type { FamilyYearRow } from "../data-loaders/db/datasets.ts";
import { categoryColors } from "./palette.ts";
import { DEFAULT_WIDTH, chartLocale, renderSvg, type ChartOptions } from "./shared.ts";

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

export function familyShareChart(rows: FamilyYearRow[], { width = DEFAULT_WIDTH, lang }: ChartOptions = {}): string {
  const locale = chartLocale(lang);
  const { format } = locale;
  const t = locale.text.familyShare;
  const order = familyOrder(rows);
  const drawn = rows.filter((r) => r.models > 0);
  return renderSvg({
    ariaLabel: describe(rows, locale),
    width,
    height: 340,
    x: { label: t.x, type: "band", tickFormat: (y: number) => String(y) },
    y: { label: t.y, tickFormat: (v: number) => `${Math.round(v * 100)}%`, grid: true, domain: [0, 1] },
    color: { domain: order, range: categoryColors(order) },
    marks: [
      Plot.barY(drawn, {
        x: "year",
        y: "share",
        fill: "family",
        order,
        insetLeft: 1,
        insetRight: 1,
        title: (r: FamilyYearRow) => t.title(String(r.year), familyName(r.family, locale), format.count(r.models), format.share(r.share)),
      }),
      Plot.ruleY([0]),
    ],
  });
}
