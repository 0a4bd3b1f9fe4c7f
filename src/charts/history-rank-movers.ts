// Rank changes between the two latest snapshots: one arrow per model, from its previous rank to its
// current one. Rank 1 is at the left, so a model that climbed points left, one that fell points right.
import * as Plot from "@observablehq/plot";
import type { RankMoverRow } from "../data-loaders/db/datasets.ts";
import { DEFAULT_WIDTH, chartLocale, renderSvg, truncate, type ChartOptions } from "./shared.ts";

export const MOVER_COLORS = { rising: "#2a9d8f", falling: "#e15759" } as const;

const direction = (r: RankMoverRow) => (r.change > 0 ? "rising" : "falling");

export function historyRankMoversChart(rows: RankMoverRow[], { width = DEFAULT_WIDTH, lang }: ChartOptions = {}): string {
  const { text, format } = chartLocale(lang);
  const t = text.historyRankMovers;
  const ordered = [...rows].sort((a, b) => b.change - a.change || a.rank - b.rank);
  const top = ordered[0];
  const ariaLabel = top ? t.aria(format.count(ordered.length), top.id, format.count(top.previous_rank), format.count(top.rank)) : t.ariaEmpty;
  const maxRank = Math.max(1, ...ordered.flatMap((r) => [r.rank, r.previous_rank]));
  return renderSvg({
    ariaLabel,
    width,
    height: 40 + 24 * Math.max(ordered.length, 1),
    marginLeft: 200,
    x: { label: t.x, domain: [1, maxRank], nice: true, grid: true, tickFormat: format.count },
    y: { domain: ordered.map((r) => r.id), label: null, tickFormat: (id: string) => truncate(id, 30) },
    color: { domain: ["rising", "falling"], range: [MOVER_COLORS.rising, MOVER_COLORS.falling] },
    marks: [
      Plot.arrow(ordered, {
        x1: "previous_rank",
        x2: "rank",
        y: "id",
        stroke: direction,
        strokeWidth: 2,
        headLength: 6,
        title: (r: RankMoverRow) => t.title(r.id, format.count(r.previous_rank), format.count(r.rank), format.count(r.likes_gained)),
      }),
    ],
  });
}
