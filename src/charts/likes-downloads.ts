// Likes against downloads (last 30 days), one dot per cell of models with about the same pair.
// Both axes are symlog: logarithmic for large counts but with a place for 0, so models with no
// downloads stay on the chart (along the left edge) instead of vanishing from a log scale.
// Dashed rules at the medians split the chart into the four quadrants the page counts.
import * as Plot from "@observablehq/plot";
import type { LikesDownloadsCorrelation, LikesDownloadsPoint } from "../data-loaders/db/datasets.ts";
import { COLORS, LAYOUTS, chartLocale, renderSvg, type ChartOptions } from "./shared.ts";

/**
 * 0 and the powers of ten up to the largest value (symlog's own ticks crowd at the top end);
 * `step` 2 keeps every other power from 100, for a phone's width, where 0 and 1 sit so close on a
 * symlog axis that their labels run together ("0 1").
 */
export function symlogTicks(max: number, step = 1): number[] {
  const ticks = [0];
  const first = step === 1 ? 1 : 10 ** step;
  for (let power = first; power <= Math.max(1, max) && ticks.length < 12; power *= 10 ** step) ticks.push(power);
  // A small axis (under 100) keeps 1, so it has a tick besides 0.
  return ticks.length > 1 ? ticks : [0, 1];
}

/**
 * The narrow drawing's dots: the cells of likes_downloads_points (20 per decade on each axis) merged
 * into cells of 10 per decade, each dot at the smallest likes and downloads of its models, as in the
 * view. At a phone's width two neighbouring cells are a pixel or two apart and overlap anyway, and
 * the dense Hubs (thousands of cells at 100,000 models) would otherwise double the page's weight.
 */
export function mergeNeighbourCells(points: LikesDownloadsPoint[]): LikesDownloadsPoint[] {
  const cells = new Map<string, LikesDownloadsPoint>();
  for (const p of points) {
    const key = `${Math.round(Math.log10(1 + p.likes) * 10)}:${Math.round(Math.log10(1 + p.downloads) * 10)}`;
    const cell = cells.get(key);
    if (cell) {
      cell.likes = Math.min(cell.likes, p.likes);
      cell.downloads = Math.min(cell.downloads, p.downloads);
      cell.models += p.models;
    } else {
      cells.set(key, { ...p });
    }
  }
  return [...cells.values()];
}

export function likesDownloadsChart(
  points: LikesDownloadsPoint[],
  correlation: LikesDownloadsCorrelation,
  { layout = "wide", lang }: ChartOptions = {},
): string {
  const { text, format } = chartLocale(lang);
  const t = text.likesDownloads;
  const ariaLabel = t.aria(
    format.count(correlation.models),
    correlation.spearman === null ? null : format.decimal(correlation.spearman, 2),
    format.count(correlation.zero_downloads),
    format.count(correlation.likes_median),
    format.count(correlation.downloads_median),
  );
  const maxLikes = Math.max(0, ...points.map((p) => p.likes));
  const maxDownloads = Math.max(0, ...points.map((p) => p.downloads));
  const dots = layout === "wide" ? points : mergeNeighbourCells(points);
  // Every power of ten fits across a desktop; a phone gets every other one.
  const step = layout === "wide" ? 1 : 2;
  return renderSvg({
    ariaLabel,
    layout: LAYOUTS[layout],
    height: layout === "wide" ? 460 : 340,
    marginLeft: 60,
    marginRight: 24,
    marginBottom: Math.round(LAYOUTS[layout].fontSize * 3.4),
    x: {
      type: "symlog",
      domain: [0, Math.max(1, maxDownloads)],
      label: t.x,
      labelAnchor: "center",
      ticks: symlogTicks(maxDownloads, step),
      tickFormat: format.compact,
      grid: true,
    },
    y: {
      type: "symlog",
      domain: [0, Math.max(1, maxLikes)],
      label: t.y,
      ticks: symlogTicks(maxLikes, step),
      tickFormat: format.compact,
      grid: true,
    },
    r: { range: layout === "wide" ? [2, 10] : [1.5, 7] },
    marks: [
      Plot.dot(dots, {
        x: "downloads",
        y: "likes",
        r: "models",
        fill: COLORS.bar,
        fillOpacity: 0.55,
        title: (p: LikesDownloadsPoint) => t.title(format.count(p.likes), format.count(p.downloads), p.models, format.count(p.models)),
      }),
      ...(correlation.downloads_median === null
        ? []
        : [Plot.ruleX([correlation.downloads_median], { strokeDasharray: "4,3", strokeOpacity: 0.7 })]),
      ...(correlation.likes_median === null
        ? []
        : [Plot.ruleY([correlation.likes_median], { strokeDasharray: "4,3", strokeOpacity: 0.7 })]),
    ],
  });
}
