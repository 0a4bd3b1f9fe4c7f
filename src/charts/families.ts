// Models per family: the largest families as bars, every smaller family summed into one "other"
// bar, and "unknown" (no family could be derived) drawn faint so it never reads as a family.
import type { FamilyRow } from "../data-loaders/db/datasets.ts";
import { REST_COLORS } from "./palette.ts";
import { horizontalBars } from "./rows.ts";
import { COLORS, LAYOUTS, chartLocale, type ChartOptions } from "./shared.ts";

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

export function familiesChart(rows: FamilyRow[], { layout = "wide", top = 12, lang, link }: FamiliesChartOptions = {}): string {
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
  return horizontalBars(
    bars.map((b) => ({
      key: b.family,
      label: name(b.family),
      valueLabel: `${format.count(b.models)} (${format.share(b.share)})`,
      segments: [
        {
          value: b.models,
          fill: fill(b),
          fillOpacity: b.family === "unknown" ? 0.5 : 1,
          title: t.title(name(b.family), format.count(b.models), format.share(b.share)),
        },
      ],
    })),
    // "other" is many families, not one set the explorer can filter.
    {
      ariaLabel,
      layout: LAYOUTS[layout],
      xLabel: t.x,
      tickFormat: format.compact,
      link: (key) => (key === "other" ? undefined : link?.(key)),
    },
  );
}
