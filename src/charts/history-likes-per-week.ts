// Likes gained per week between consecutive history snapshots, one bar per interval, oldest on
// top. Only models present at both ends of an interval count, so a model entering or leaving the
// crawled set does not show up as a jump in likes.
import type { IntervalLikesRow } from "../data-loaders/db/datasets.ts";
import { horizontalBars } from "./rows.ts";
import { COLORS, LAYOUTS, chartLocale, type ChartOptions } from "./shared.ts";

export function historyLikesPerWeekChart(rows: IntervalLikesRow[], { layout = "wide", lang }: ChartOptions = {}): string {
  const { text, format } = chartLocale(lang);
  const t = text.historyLikesPerWeek;
  const intervalLabel = (r: IntervalLikesRow) => t.interval(format.date(r.from), format.date(r.to));
  const latest = rows[rows.length - 1];
  const ariaLabel = latest
    ? t.aria(
        rows.length,
        format.count(rows.length),
        intervalLabel(latest),
        format.count(Math.round(latest.likes_per_week)),
        format.count(latest.models),
      )
    : t.ariaEmpty;
  return horizontalBars(
    rows.map((r) => ({
      key: `${r.from}/${r.to}`,
      label: intervalLabel(r),
      valueLabel: format.count(Math.round(r.likes_per_week)),
      segments: [
        {
          value: r.likes_per_week,
          fill: COLORS.bar,
          title: t.title(
            intervalLabel(r),
            format.decimal(r.days, 1),
            format.count(r.likes_gained),
            format.count(r.models),
            format.count(Math.round(r.likes_per_week)),
          ),
        },
      ],
    })),
    { ariaLabel, layout: LAYOUTS[layout], xLabel: t.x, tickFormat: format.compact },
  );
}
