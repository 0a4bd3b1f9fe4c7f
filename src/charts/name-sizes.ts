// Size from the name against size from metadata, on log scales. The diagonal is a name that matches its count;
// the dashed lines are ±20%, the rule's edge; points outside them are names that disagree. Each
// point can stand for several models with (almost) the same pair of sizes, sized by their count.
import * as Plot from "@observablehq/plot";
import type { NameSizePoint, NameSizeSummary } from "../data-loaders/db/datasets.ts";
import { CATEGORY_COLORS } from "./palette.ts";
import { LAYOUTS, chartLocale, formatParams, renderSvg, type ChartOptions } from "./shared.ts";

export const NAME_SIZE_COLORS = { agrees: CATEGORY_COLORS[0], disagrees: CATEGORY_COLORS[2] } as const;

export function nameSizeChart(points: NameSizePoint[], summary: NameSizeSummary, { layout = "wide", lang }: ChartOptions = {}): string {
  const { text, format } = chartLocale(lang);
  const t = text.nameSizes;
  const values = points.flatMap((p) => [p.params, p.name_params]);
  const low = values.length ? Math.min(...values) / 1.5 : 1e8;
  const high = values.length ? Math.max(...values) * 1.5 : 1e12;
  const ariaLabel = t.aria(
    format.count(summary.compared),
    format.count(summary.disagree),
    format.share(summary.share),
    format.count(summary.name_larger),
    format.count(summary.name_smaller),
  );
  const line = (factor: number) => [
    { x: low, y: low * factor },
    { x: high, y: high * factor },
  ];
  return renderSvg({
    ariaLabel,
    layout: LAYOUTS[layout],
    height: layout === "wide" ? 480 : 340,
    marginLeft: 60,
    marginRight: 24,
    marginBottom: Math.round(LAYOUTS[layout].fontSize * 3.4),
    x: {
      type: "log",
      domain: [low, high],
      label: t.x,
      labelAnchor: "center",
      tickFormat: formatParams,
      grid: true,
      ticks: layout === "wide" ? 8 : 3,
    },
    y: { type: "log", domain: [low, high], label: t.y, tickFormat: formatParams, grid: true, ticks: layout === "wide" ? 8 : 4 },
    r: { range: layout === "wide" ? [2.5, 12] : [2, 8] },
    marks: [
      Plot.line(line(1), { x: "x", y: "y", strokeOpacity: 0.6 }),
      Plot.line(line(1.2), { x: "x", y: "y", strokeDasharray: "4,3", strokeOpacity: 0.5 }),
      Plot.line(line(0.8), { x: "x", y: "y", strokeDasharray: "4,3", strokeOpacity: 0.5 }),
      Plot.dot(points, {
        x: "params",
        y: "name_params",
        r: "models",
        fill: (p: NameSizePoint) => (p.disagrees ? NAME_SIZE_COLORS.disagrees : NAME_SIZE_COLORS.agrees),
        fillOpacity: 0.7,
        stroke: "currentColor",
        strokeOpacity: 0.3,
        title: (p: NameSizePoint) =>
          t.title(format.params(p.name_params), format.params(p.params), p.models, format.count(p.models), p.disagrees),
      }),
    ],
  });
}
