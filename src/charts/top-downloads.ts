// Horizontal bars: 30-day downloads of the most-downloaded high-quality models, most downloaded on top.
import * as Plot from "@observablehq/plot";
import type { TopModelRow } from "../data-loaders/db/report-types.ts";
import { COLORS, DEFAULT_WIDTH, formatCompact, formatCount, renderSvg, truncate, type ChartOptions } from "./shared.ts";

/** Rows in download order, as Report.topDownloads returns them; the chart keeps that order. */
export function topDownloadsChart(rows: TopModelRow[], { width = DEFAULT_WIDTH }: ChartOptions = {}): string {
  const ordered = rows;
  const leader = ordered[0];
  const ariaLabel = leader
    ? `Bar chart of 30-day downloads for the ${ordered.length} most-downloaded high-quality models; ` +
      `${leader.id} leads with ${formatCount(leader.downloads)}.`
    : "Bar chart of 30-day downloads: no high-quality models in the latest era.";
  return renderSvg({
    ariaLabel,
    width,
    height: 40 + 26 * Math.max(ordered.length, 1),
    marginLeft: 250,
    marginRight: 70,
    x: { label: "Downloads, last 30 days →", grid: true, tickFormat: formatCompact, nice: true },
    y: { label: null, domain: ordered.map((r) => r.id), tickFormat: (id: string) => truncate(id, 40) },
    marks: [
      Plot.barX(ordered, {
        x: "downloads",
        y: "id",
        fill: COLORS.bar,
        title: (r: TopModelRow) => `${r.id}: ${formatCount(r.downloads)} downloads`,
      }),
      Plot.text(ordered, {
        x: "downloads",
        y: "id",
        text: (r: TopModelRow) => formatCount(r.downloads),
        textAnchor: "start",
        dx: 4,
      }),
      Plot.ruleX([0]),
    ],
  });
}
