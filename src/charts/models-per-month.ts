// Models per creation month, high-quality stacked under the rest. Only real creation dates are on
// the time axis: the Hub's pre-2022 placeholder date would pile up as a fake spike in March 2022,
// so pages report those models beside the chart instead.
import * as Plot from "@observablehq/plot";
import type { MonthRow } from "../data-loaders/db/report-types.ts";
import { COLORS, DEFAULT_WIDTH, countTicks, renderSvg, type ChartOptions } from "./shared.ts";

export interface ModelsPerMonthOptions extends ChartOptions {
  /** The era boundary (YYYY-MM-DD), drawn as a labelled rule when given. */
  eraBoundary?: string;
}

type Group = "high quality" | "other";
interface MonthSegment {
  month: Date;
  label: string;
  group: Group;
  models: number;
}

export const MONTH_GROUPS: Group[] = ["high quality", "other"];

function parseMonth(month: string): Date {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) throw new Error(`modelsPerMonth rows need months written YYYY-MM; got "${month}".`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
}

/** One segment per month and group, without empty ones (they would draw zero-height rects). */
export function monthSegments(rows: MonthRow[]): MonthSegment[] {
  return rows.flatMap((r) => {
    const month = parseMonth(r.month);
    const segments: MonthSegment[] = [
      { month, label: r.month, group: "high quality", models: r.high_quality },
      { month, label: r.month, group: "other", models: r.models - r.high_quality },
    ];
    return segments.filter((s) => s.models > 0);
  });
}

function describe(rows: MonthRow[]): string {
  if (rows.length === 0) return "Bar chart of models per creation month: no model has a real creation date.";
  const total = rows.reduce((sum, r) => sum + r.models, 0);
  const busiest = rows.reduce((best, r) => (r.models > best.models ? r : best));
  return (
    `Stacked bar chart of ${total} models by creation month from ${rows[0].month} to ${rows[rows.length - 1].month}, ` +
    `high-quality models at the bottom of each bar; the busiest month is ${busiest.month} with ${busiest.models} models.`
  );
}

export function modelsPerMonthChart(rows: MonthRow[], { width = DEFAULT_WIDTH, eraBoundary }: ModelsPerMonthOptions = {}): string {
  const segments = monthSegments(rows);
  const boundary = eraBoundary ? new Date(`${eraBoundary}T00:00:00Z`) : null;
  return renderSvg({
    ariaLabel: describe(rows),
    width,
    height: 300,
    // Room above the plot for the era-boundary label, clear of the tallest bars.
    marginTop: 30,
    x: { type: "utc", label: "Creation month →" },
    y: { label: "↑ Models", grid: true, nice: true, ...countTicks(Math.max(0, ...rows.map((r) => r.models))) },
    color: { domain: MONTH_GROUPS, range: [COLORS.quality.high, COLORS.quality.other] },
    marks: [
      Plot.rectY(segments, {
        x: "month",
        interval: "month",
        y: "models",
        fill: "group",
        order: MONTH_GROUPS,
        insetLeft: 0.5,
        insetRight: 0.5,
        title: (s: MonthSegment) => `${s.label}, ${s.group}: ${s.models} models`,
      }),
      Plot.ruleY([0]),
      ...(boundary
        ? [
            Plot.ruleX([boundary], { strokeDasharray: "4,3", strokeOpacity: 0.7 }),
            Plot.text([boundary], { x: (d: Date) => d, frameAnchor: "top", text: () => `era boundary ${eraBoundary}`, textAnchor: "start", dx: 4, dy: -14 }),
          ]
        : []),
    ],
  });
}
