// Organisations vs individual users: what share of authors, models and likes each holds, as three
// 100% bars so the measures compare despite their different magnitudes.
import * as Plot from "@observablehq/plot";
import type { AuthorTypeRow } from "../data-loaders/db/datasets.ts";
import { COLORS, DEFAULT_WIDTH, chartLocale, renderSvg, type ChartOptions } from "./shared.ts";

export const AUTHOR_TYPES = ["org", "user", "unknown"] as const;
const MEASURES = ["authors", "models", "likes"] as const;
type Measure = (typeof MEASURES)[number];

interface Segment {
  measure: Measure;
  author_type: AuthorTypeRow["author_type"];
  value: number;
  share: number;
  start: number;
  end: number;
}

/** Stacks each measure to 100% in the fixed order org, user, unknown. */
export function authorTypeSegments(rows: AuthorTypeRow[]): Segment[] {
  const ordered = AUTHOR_TYPES.map((t) => rows.find((r) => r.author_type === t)).filter((r): r is AuthorTypeRow => r !== undefined);
  return MEASURES.flatMap((measure) => {
    const total = ordered.reduce((sum, r) => sum + r[measure], 0);
    let start = 0;
    return ordered.flatMap((r) => {
      const share = total === 0 ? 0 : r[measure] / total;
      const segment = { measure, author_type: r.author_type, value: r[measure], share, start, end: start + share };
      start += share;
      return share > 0 ? [segment] : [];
    });
  });
}

export function authorTypesChart(rows: AuthorTypeRow[], { width = DEFAULT_WIDTH, lang }: ChartOptions = {}): string {
  const { text, format } = chartLocale(lang);
  const t = text.authorTypes;
  const segments = authorTypeSegments(rows);
  const orgShare = (m: Measure) => format.share(segments.find((s) => s.measure === m && s.author_type === "org")?.share ?? 0);
  return renderSvg({
    ariaLabel: t.aria(orgShare("authors"), orgShare("models"), orgShare("likes")),
    width,
    height: 170,
    marginLeft: 60,
    x: { domain: [0, 1], label: t.x, tickFormat: (v: number) => `${Math.round(v * 100)}%` },
    y: { domain: [...MEASURES], label: null, tickFormat: (m: Measure) => t.measures[m] },
    color: { domain: [...AUTHOR_TYPES], range: [COLORS.authorType.org, COLORS.authorType.user, COLORS.authorType.unknown] },
    marks: [
      Plot.barX(segments, {
        x1: "start",
        x2: "end",
        y: "measure",
        fill: "author_type",
        insetRight: 1,
        title: (s: Segment) => t.title(t.types[s.author_type], format.count(s.value), t.measures[s.measure], format.share(s.share)),
      }),
      // Labels only where a segment is wide enough to hold one; the table has every value.
      Plot.text(
        segments.filter((s) => s.share >= 0.1),
        {
          x: (s: Segment) => (s.start + s.end) / 2,
          y: "measure",
          text: (s: Segment) => `${t.types[s.author_type]} ${format.share(s.share)}`,
          fill: "white",
        },
      ),
    ],
  });
}
