// Models per creation month, high-quality stacked under the rest. Only real creation dates are on
// the time axis: the Hub's pre-2022 placeholder date would pile up as a fake spike in March 2022,
// so pages report those models beside the chart instead.
import * as Plot from "@observablehq/plot";
import type { MonthRow } from "../data-loaders/db/datasets.ts";
import { COLORS, LAYOUTS, chartLocale, countTicks, renderSvg, type ChartOptions } from "./shared.ts";

export interface ModelsPerMonthOptions extends ChartOptions {
  /** The era boundary (YYYY-MM-DD), drawn as a labelled rule when given. */
  eraBoundary?: string;
  /** Where a segment leads: the explorer on that month's models of its group ("high" or "low" quality). */
  segmentLink?: (month: string, quality: "high" | "low") => string | undefined;
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

function describe(rows: MonthRow[], { text, format }: ReturnType<typeof chartLocale>): string {
  const t = text.modelsPerMonth;
  if (rows.length === 0) return t.ariaEmpty;
  const total = rows.reduce((sum, r) => sum + r.models, 0);
  const busiest = rows.reduce((best, r) => (r.models > best.models ? r : best));
  return t.aria(
    format.count(total),
    format.month(rows[0].month),
    format.month(rows[rows.length - 1].month),
    format.month(busiest.month),
    format.count(busiest.models),
  );
}

export function modelsPerMonthChart(
  rows: MonthRow[],
  { layout: layoutName = "wide", eraBoundary, lang, segmentLink }: ModelsPerMonthOptions = {},
): string {
  const locale = chartLocale(lang);
  const { format } = locale;
  const t = locale.text.modelsPerMonth;
  const layout = LAYOUTS[layoutName];
  const segments = monthSegments(rows);
  // English keeps Plot's own time ticks ("2024", "Apr"); other languages name each tick's month.
  const monthTick = new Intl.DateTimeFormat(lang ?? "en", { year: "numeric", month: "short", timeZone: "UTC" });
  const yearTick = new Intl.DateTimeFormat(lang ?? "en", { year: "numeric", timeZone: "UTC" });
  const boundary = eraBoundary ? new Date(`${eraBoundary}T00:00:00Z`) : null;
  // The boundary's label reads away from the nearer edge, so it never runs off the chart.
  const months = segments.map((s) => s.month.getTime());
  const middle = months.length ? (Math.min(...months) + Math.max(...months)) / 2 : 0;
  const labelLeft = boundary !== null && boundary.getTime() > middle;
  const wide = layout.name === "wide";
  return renderSvg({
    ariaLabel: describe(rows, locale),
    layout,
    height: wide ? 300 : 260,
    // Room above the plot for the era-boundary label, clear of the tallest bars.
    marginTop: 30,
    marginBottom: Math.round(layout.fontSize * 3.4),
    x: {
      type: "utc",
      label: t.x,
      labelAnchor: "center",
      // Years only on a phone: month names would not fit between them.
      ...(wide ? {} : { ticks: "year" }),
      ...(!wide
        ? { tickFormat: (d: Date) => yearTick.format(d) }
        : lang && lang !== "en"
          ? { tickFormat: (d: Date) => monthTick.format(d) }
          : {}),
    },
    y: { label: t.y, grid: true, nice: true, ...countTicks(Math.max(0, ...rows.map((r) => r.models)), format.count, wide ? 10 : 5) },
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
        title: (s: MonthSegment) => t.title(format.month(s.label), t.groups[s.group], format.count(s.models)),
        href: (s: MonthSegment) => segmentLink?.(s.label, s.group === "high quality" ? "high" : "low"),
      }),
      Plot.ruleY([0]),
      ...(boundary
        ? [
            Plot.ruleX([boundary], { strokeDasharray: "4,3", strokeOpacity: 0.7 }),
            Plot.text([boundary], {
              x: (d: Date) => d,
              frameAnchor: "top",
              text: () => t.boundary(format.date(eraBoundary)),
              textAnchor: labelLeft ? "end" : "start",
              dx: labelLeft ? -4 : 4,
              dy: -14,
            }),
          ]
        : []),
    ],
  });
}
