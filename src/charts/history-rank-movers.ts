// Rank changes between the two latest snapshots: one arrow per model, from its previous rank to its
// current one. Rank 1 is at the left, so a model that climbed points left, one that fell points right.
import * as Plot from "@observablehq/plot";
import type { RankMoverRow } from "../data-loaders/db/datasets.ts";
import { rowFrame } from "./rows.ts";
import { LAYOUTS, chartLocale, renderSvg, type ChartOptions } from "./shared.ts";

export const MOVER_COLORS = { rising: "#2a9d8f", falling: "#e15759" } as const;

const direction = (r: RankMoverRow) => (r.change > 0 ? "rising" : "falling");

export function historyRankMoversChart(rows: RankMoverRow[], { layout = "wide", lang }: ChartOptions = {}): string {
  const { text, format } = chartLocale(lang);
  const t = text.historyRankMovers;
  const ordered = [...rows].sort((a, b) => b.change - a.change || a.rank - b.rank);
  const top = ordered[0];
  const ariaLabel = top
    ? t.aria(format.count(ordered.length), top.id, format.count(top.previous_rank), format.count(top.rank))
    : t.ariaEmpty;
  const maxRank = Math.max(1, ...ordered.flatMap((r) => [r.rank, r.previous_rank]));
  const frame = rowFrame(
    ordered.map((r) => ({ key: r.id, label: r.id })),
    LAYOUTS[layout],
    format.count(maxRank),
  );
  return renderSvg({
    ariaLabel,
    layout: LAYOUTS[layout],
    height: frame.height,
    marginTop: frame.marginTop,
    marginRight: frame.marginRight,
    marginBottom: frame.marginBottom,
    marginLeft: frame.marginLeft,
    x: {
      label: t.x,
      labelAnchor: "center",
      domain: [1, maxRank],
      nice: true,
      grid: true,
      ticks: layout === "wide" ? 8 : 3,
      tickFormat: format.count,
    },
    y: frame.y,
    color: { domain: ["rising", "falling"], range: [MOVER_COLORS.rising, MOVER_COLORS.falling] },
    marks: [
      ...frame.labelMarks,
      Plot.arrow(ordered, {
        x1: "previous_rank",
        x2: "rank",
        y: "id",
        dy: frame.markDy,
        stroke: direction,
        strokeWidth: 2,
        headLength: 6,
        title: (r: RankMoverRow) => t.title(r.id, format.count(r.previous_rank), format.count(r.rank), format.count(r.likes_gained)),
      }),
    ],
  });
}
