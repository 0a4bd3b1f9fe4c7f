// Likes gained per week between consecutive history snapshots, one bar per interval. Only models
// present at both ends of an interval count, so a model entering or leaving the crawled set does
// not show up as a jump in likes.
import * as Plot from "@observablehq/plot";
import type { IntervalLikesRow } from "../data-loaders/history/types.ts";
import { COLORS, DEFAULT_WIDTH, formatCompact, formatCount, renderSvg, type ChartOptions } from "./shared.ts";

const day = (iso: string) => iso.slice(0, 10);
const intervalLabel = (r: IntervalLikesRow) => `${day(r.from)} → ${day(r.to)}`;

export function historyLikesPerWeekChart(rows: IntervalLikesRow[], { width = DEFAULT_WIDTH }: ChartOptions = {}): string {
  const latest = rows[rows.length - 1];
  const ariaLabel = latest
    ? `Bar chart of likes gained per week over ${rows.length} interval${rows.length === 1 ? "" : "s"} between snapshots; ` +
      `the latest, ${intervalLabel(latest)}, gained ${formatCount(Math.round(latest.likes_per_week))} likes per week across ${formatCount(latest.models)} models.`
    : "Bar chart of likes gained per week: fewer than two snapshots, so no interval yet.";
  return renderSvg({
    ariaLabel,
    width,
    height: 280,
    marginBottom: 40,
    x: { domain: rows.map(intervalLabel), label: null },
    y: { label: "↑ Likes gained per week", grid: true, nice: true, tickFormat: formatCompact },
    marks: [
      Plot.barY(rows, {
        x: intervalLabel,
        y: "likes_per_week",
        fill: COLORS.bar,
        title: (r: IntervalLikesRow) =>
          `${intervalLabel(r)} (${r.days.toFixed(1)} days): ${formatCount(r.likes_gained)} likes gained by ${formatCount(r.models)} models, ` +
          `${formatCount(Math.round(r.likes_per_week))} per week`,
      }),
      Plot.ruleY([0]),
    ],
  });
}
