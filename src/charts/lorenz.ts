// The Lorenz curve of likes over authors: authors from least to most liked along x, the share of
// all likes they hold together on y. The diagonal is perfect equality; the gap to it is what the
// Gini coefficient measures (twice the area between them).
import * as Plot from "@observablehq/plot";
import type { ConcentrationInfo, LorenzPoint } from "../data-loaders/db/datasets.ts";
import { COLORS, LAYOUTS, chartLocale, renderSvg, type ChartOptions } from "./shared.ts";

const percent = (v: number) => `${Math.round(v * 100)}%`;

/** The likes share held by the least-liked `authorShare` of authors, read off the curve. */
export function likesShareAt(points: LorenzPoint[], authorShare: number): number | null {
  const after = points.findIndex((p) => p.author_share >= authorShare);
  if (after === -1) return null;
  if (after === 0) return points[0].likes_share;
  const a = points[after - 1];
  const b = points[after];
  return a.likes_share + ((authorShare - a.author_share) / (b.author_share - a.author_share)) * (b.likes_share - a.likes_share);
}

export function lorenzChart(points: LorenzPoint[], info: ConcentrationInfo, { layout = "wide", lang }: ChartOptions = {}): string {
  const { text, format } = chartLocale(lang);
  const t = text.lorenz;
  const half = likesShareAt(points, 0.5);
  const ariaLabel =
    points.length === 0
      ? t.ariaEmpty
      : t.aria(
          format.count(info.authors),
          half === null ? null : format.share(half),
          info.gini === null ? null : format.decimal(info.gini, 2),
        );
  const side = Math.min(560, LAYOUTS[layout].width);
  return renderSvg({
    ariaLabel,
    layout: LAYOUTS[layout],
    // Square, so equal shares of authors and likes are equal lengths; 560 px is enough on a desktop.
    width: side,
    height: side,
    marginLeft: 50,
    marginRight: 20,
    marginBottom: Math.round(LAYOUTS[layout].fontSize * 3.4),
    x: { domain: [0, 1], label: t.x, labelAnchor: "center", tickFormat: percent, grid: true, ticks: layout === "wide" ? 10 : 4 },
    y: { domain: [0, 1], label: t.y, tickFormat: percent, grid: true, ticks: layout === "wide" ? 10 : 4 },
    marks: [
      Plot.line(
        [
          { x: 0, y: 0 },
          { x: 1, y: 1 },
        ],
        { x: "x", y: "y", strokeDasharray: "4,3", strokeOpacity: 0.6 },
      ),
      Plot.areaY(points, { x: "author_share", y: "likes_share", fill: COLORS.bar, fillOpacity: 0.15 }),
      Plot.line(points, { x: "author_share", y: "likes_share", stroke: COLORS.bar, strokeWidth: 2 }),
    ],
  });
}
