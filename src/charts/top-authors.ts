// The authors whose models collected the most likes, coloured by organisation vs user.
import * as Plot from "@observablehq/plot";
import type { TopAuthorRow } from "../data-loaders/db/datasets.ts";
import { AUTHOR_TYPES } from "./author-types.ts";
import { COLORS, DEFAULT_WIDTH, chartLocale, renderSvg, truncate, type ChartOptions } from "./shared.ts";

export function topAuthorsChart(rows: TopAuthorRow[], { width = DEFAULT_WIDTH, lang }: ChartOptions = {}): string {
  const { text, format } = chartLocale(lang);
  const t = text.topAuthors;
  const ordered = [...rows].sort((a, b) => b.likes - a.likes || a.author.localeCompare(b.author));
  const leader = ordered[0];
  const ariaLabel = leader
    ? t.aria(format.count(ordered.length), leader.author, format.count(leader.likes), format.count(leader.models))
    : t.ariaEmpty;
  const typeOf = (r: TopAuthorRow) => r.author_type ?? "unknown";
  return renderSvg({
    ariaLabel,
    width,
    height: 40 + 22 * Math.max(ordered.length, 1),
    marginLeft: 160,
    marginRight: 60,
    x: { label: t.x, grid: true, nice: true, tickFormat: format.compact },
    y: { domain: ordered.map((r) => r.author), label: null, tickFormat: (a: string) => truncate(a, 24) },
    color: { domain: [...AUTHOR_TYPES], range: [COLORS.authorType.org, COLORS.authorType.user, COLORS.authorType.unknown] },
    marks: [
      Plot.barX(ordered, {
        x: "likes",
        y: "author",
        fill: typeOf,
        title: (r: TopAuthorRow) => t.title(r.author, text.authorTypes.types[typeOf(r)], format.count(r.likes), format.count(r.models)),
      }),
      Plot.text(ordered, { x: "likes", y: "author", text: (r: TopAuthorRow) => format.count(r.likes), textAnchor: "start", dx: 4 }),
      Plot.ruleX([0]),
    ],
  });
}
