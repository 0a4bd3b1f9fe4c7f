// Models per family: the largest families as bars, every smaller family summed into one "other"
// bar, and "unknown" (no family could be derived) drawn faint so it never reads as a family.
import * as Plot from "@observablehq/plot";
import type { FamilyRow } from "../data-loaders/db/datasets.ts";
import { REST_COLORS } from "./palette.ts";
import { COLORS, DEFAULT_WIDTH, chartLocale, renderSvg, type ChartOptions } from "./shared.ts";

export interface FamiliesChartOptions extends ChartOptions {
  /** How many named families get their own bar. */
  top?: number;
}

export interface FamilyBar {
  family: string;
  models: number;
  share: number;
}

/** The bars drawn: the `top` largest named families, then "other" and "unknown" when not empty. */
export function familyBars(rows: FamilyRow[], top: number): FamilyBar[] {
  const named = rows.filter((r) => r.family !== "unknown").sort((a, b) => b.models - a.models || a.family.localeCompare(b.family));
  const bars: FamilyBar[] = named.slice(0, top).map((r) => ({ family: r.family, models: r.models, share: r.share }));
  const rest = named.slice(top);
  if (rest.length > 0) {
    bars.push({ family: "other", models: sum(rest, "models"), share: sum(rest, "share") });
  }
  const unknown = rows.find((r) => r.family === "unknown");
  if (unknown && unknown.models > 0) bars.push({ family: "unknown", models: unknown.models, share: unknown.share });
  return bars;
}

function sum(rows: FamilyRow[], key: "models" | "share"): number {
  return rows.reduce((total, r) => total + r[key], 0);
}

export function familiesChart(rows: FamilyRow[], { width = DEFAULT_WIDTH, top = 12, lang }: FamiliesChartOptions = {}): string {
  const { text, format, messages } = chartLocale(lang);
  const t = text.families;
  const name = (family: string) => (family === "other" ? messages.enums.other : family === "unknown" ? messages.enums.unknown : family);
  const bars = familyBars(rows, top);
  const leader = bars[0];
  const ariaLabel =
    leader && leader.family !== "other" && leader.family !== "unknown"
      ? t.aria(
          leader.family,
          format.count(leader.models),
          format.share(leader.share),
          bars.map((b) => t.ariaBar(name(b.family), format.count(b.models))),
        )
      : t.ariaEmpty;
  const fill = (b: FamilyBar) => (b.family === "other" ? REST_COLORS.other : b.family === "unknown" ? REST_COLORS.unknown : COLORS.bar);
  return renderSvg({
    ariaLabel,
    width,
    height: 40 + 24 * Math.max(bars.length, 1),
    marginLeft: 120,
    marginRight: 90,
    x: { label: t.x, grid: true, nice: true, tickFormat: format.compact },
    y: { domain: bars.map((b) => b.family), label: null, tickFormat: name },
    marks: [
      Plot.barX(bars, {
        x: "models",
        y: "family",
        fill,
        fillOpacity: (b: FamilyBar) => (b.family === "unknown" ? 0.5 : 1),
        title: (b: FamilyBar) => t.title(name(b.family), format.count(b.models), format.share(b.share)),
      }),
      Plot.text(bars, {
        x: "models",
        y: "family",
        text: (b: FamilyBar) => `${format.count(b.models)} (${format.share(b.share)})`,
        textAnchor: "start",
        dx: 4,
      }),
      Plot.ruleX([0]),
    ],
  });
}
