// The authors whose models collected the most likes, coloured by organisation vs user.
import * as Plot from "@observablehq/plot";
import type { TopAuthorRow } from "../data-loaders/db/report-types.ts";
import { AUTHOR_TYPES } from "./author-types.ts";
import { COLORS, DEFAULT_WIDTH, formatCompact, formatCount, renderSvg, truncate, type ChartOptions } from "./shared.ts";

export function topAuthorsChart(rows: TopAuthorRow[], { width = DEFAULT_WIDTH }: ChartOptions = {}): string {
  const ordered = [...rows].sort((a, b) => b.likes - a.likes || a.author.localeCompare(b.author));
  const leader = ordered[0];
  const ariaLabel = leader
    ? `Bar chart of total likes for the ${ordered.length} most-liked authors; ${leader.author} leads with ${formatCount(leader.likes)} likes over ${leader.models} models.`
    : "Bar chart of likes per author: no authors.";
  const typeOf = (r: TopAuthorRow) => r.author_type ?? "unknown";
  return renderSvg({
    ariaLabel,
    width,
    height: 40 + 22 * Math.max(ordered.length, 1),
    marginLeft: 160,
    marginRight: 60,
    x: { label: "Likes →", grid: true, nice: true, tickFormat: formatCompact },
    y: { domain: ordered.map((r) => r.author), label: null, tickFormat: (a: string) => truncate(a, 24) },
    color: { domain: [...AUTHOR_TYPES], range: [COLORS.authorType.org, COLORS.authorType.user, COLORS.authorType.unknown] },
    marks: [
      Plot.barX(ordered, {
        x: "likes",
        y: "author",
        fill: typeOf,
        title: (r: TopAuthorRow) => `${r.author} (${typeOf(r)}): ${formatCount(r.likes)} likes, ${r.models} models`,
      }),
      Plot.text(ordered, { x: "likes", y: "author", text: (r: TopAuthorRow) => formatCount(r.likes), textAnchor: "start", dx: 4 }),
      Plot.ruleX([0]),
    ],
  });
}
