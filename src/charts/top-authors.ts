// The authors whose models collected the most likes, coloured by organisation vs user.
import type { TopAuthorRow } from "../data-loaders/db/datasets.ts";
import { horizontalBars } from "./rows.ts";
import { COLORS, LAYOUTS, chartLocale, type ChartOptions } from "./shared.ts";

export function topAuthorsChart(rows: TopAuthorRow[], { layout = "wide", lang, link }: ChartOptions = {}): string {
  const { text, format, messages } = chartLocale(lang);
  const t = text.topAuthors;
  const ordered = [...rows].sort((a, b) => b.likes - a.likes || a.author.localeCompare(b.author));
  const leader = ordered[0];
  const ariaLabel = leader
    ? t.aria(format.count(ordered.length), leader.author, format.count(leader.likes), format.count(leader.models))
    : t.ariaEmpty;
  const typeOf = (r: TopAuthorRow) => r.author_type ?? "unknown";
  return horizontalBars(
    ordered.map((r) => ({
      key: r.author,
      label: r.author,
      valueLabel: format.count(r.likes),
      segments: [
        {
          value: r.likes,
          fill: COLORS.authorType[typeOf(r)],
          title: t.title(r.author, messages.enums.authorTypeShort[typeOf(r)], format.count(r.likes), format.count(r.models)),
        },
      ],
    })),
    { ariaLabel, layout: LAYOUTS[layout], xLabel: t.x, tickFormat: format.compact, link },
  );
}
