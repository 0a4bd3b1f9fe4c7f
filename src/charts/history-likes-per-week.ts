// Likes gained per week between consecutive history snapshots, one bar per interval. Only models
// present at both ends of an interval count, so a model entering or leaving the crawled set does
// not show up as a jump in likes.
import * as Plot from "@observablehq/plot";
import type { IntervalLikesRow } from "../data-loaders/db/datasets.ts";
import { COLORS, DEFAULT_WIDTH, chartLocale, renderSvg, type ChartOptions } from "./shared.ts";

export function historyLikesPerWeekChart(rows: IntervalLikesRow[], { width = DEFAULT_WIDTH, lang }: ChartOptions = {}): string {
  const { text, format } = chartLocale(lang);
  const t = text.historyLikesPerWeek;
  const intervalLabel = (r: IntervalLikesRow) => t.interval(format.date(r.from), format.date(r.to));
  const latest = rows[rows.length - 1];
  const ariaLabel = latest
    ? t.aria(rows.length, format.count(rows.length), intervalLabel(latest), format.count(Math.round(latest.likes_per_week)), format.count(latest.models))
    : t.ariaEmpty;
  return renderSvg({
    ariaLabel,
    width,
    height: 280,
    marginBottom: 40,
    x: { domain: rows.map(intervalLabel), label: null },
    y: { label: t.y, grid: true, nice: true, tickFormat: format.compact },
    marks: [
      Plot.barY(rows, {
        x: intervalLabel,
        y: "likes_per_week",
        fill: COLORS.bar,
        title: (r: IntervalLikesRow) =>
          t.title(intervalLabel(r), format.decimal(r.days, 1), format.count(r.likes_gained), format.count(r.models), format.count(Math.round(r.likes_per_week))),
      }),
      Plot.ruleY([0]),
    ],
  });
}
