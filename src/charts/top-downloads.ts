// Horizontal bars: 30-day downloads of the most-downloaded high-quality models, most downloaded on top.
import * as Plot from "@observablehq/plot";
import type { TopModelRow } from "../data-loaders/db/datasets.ts";
import { COLORS, DEFAULT_WIDTH, chartLocale, renderSvg, truncate, type ChartOptions } from "./shared.ts";

/** Rows in download order, as Report.topDownloads returns them; the chart keeps that order. */
export function topDownloadsChart(rows: TopModelRow[], { width = DEFAULT_WIDTH, lang }: ChartOptions = {}): string {
  const { text, format } = chartLocale(lang);
  const t = text.topDownloads;
  const ordered = rows;
  const leader = ordered[0];
  const ariaLabel = leader ? t.aria(format.count(ordered.length), leader.id, format.count(leader.downloads)) : t.ariaEmpty;
  return renderSvg({
    ariaLabel,
    width,
    height: 40 + 26 * Math.max(ordered.length, 1),
    marginLeft: 250,
    marginRight: 70,
    x: { label: t.x, grid: true, tickFormat: format.compact, nice: true },
    y: { label: null, domain: ordered.map((r) => r.id), tickFormat: (id: string) => truncate(id, 40) },
    marks: [
      Plot.barX(ordered, {
        x: "downloads",
        y: "id",
        fill: COLORS.bar,
        title: (r: TopModelRow) => t.title(r.id, format.count(r.downloads)),
      }),
      Plot.text(ordered, {
        x: "downloads",
        y: "id",
        text: (r: TopModelRow) => format.count(r.downloads),
        textAnchor: "start",
        dx: 4,
      }),
      Plot.ruleX([0]),
    ],
  });
}
