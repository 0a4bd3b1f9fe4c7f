// Horizontal bars: 30-day downloads of the most-downloaded high-quality models, most downloaded on top.
import type { TopModelRow } from "../data-loaders/db/datasets.ts";
import { horizontalBars } from "./rows.ts";
import { COLORS, LAYOUTS, chartLocale, type ChartOptions } from "./shared.ts";

/** Rows in download order, as Report.topDownloads returns them; the chart keeps that order. */
export function topDownloadsChart(rows: TopModelRow[], { layout = "wide", lang }: ChartOptions = {}): string {
  const { text, format } = chartLocale(lang);
  const t = text.topDownloads;
  const leader = rows[0];
  const ariaLabel = leader ? t.aria(format.count(rows.length), leader.id, format.count(leader.downloads)) : t.ariaEmpty;
  return horizontalBars(
    rows.map((r) => ({
      key: r.id,
      label: r.id,
      valueLabel: format.count(r.downloads),
      segments: [{ value: r.downloads, fill: COLORS.bar, title: t.title(r.id, format.count(r.downloads)) }],
    })),
    { ariaLabel, layout: LAYOUTS[layout], xLabel: t.x, tickFormat: format.compact },
  );
}
