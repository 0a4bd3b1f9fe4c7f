// Organisations vs individual users: what share of authors, models and likes each holds, as three
// 100% bars so the measures compare despite their different magnitudes.
import * as Plot from "@observablehq/plot";
import type { AuthorTypeRow } from "../data-loaders/db/report-types.ts";
import { COLORS, DEFAULT_WIDTH, formatCount, formatShare, renderSvg, type ChartOptions } from "./shared.ts";

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

function describe(segments: Segment[]): string {
  const orgShare = (m: Measure) => segments.find((s) => s.measure === m && s.author_type === "org")?.share ?? 0;
  return (
    `Stacked 100% bars comparing organisations and users: organisations are ${formatShare(orgShare("authors"))} of authors, ` +
    `hold ${formatShare(orgShare("models"))} of models and ${formatShare(orgShare("likes"))} of likes.`
  );
}

export function authorTypesChart(rows: AuthorTypeRow[], { width = DEFAULT_WIDTH }: ChartOptions = {}): string {
  const segments = authorTypeSegments(rows);
  return renderSvg({
    ariaLabel: describe(segments),
    width,
    height: 170,
    marginLeft: 60,
    x: { domain: [0, 1], label: "Share →", tickFormat: (v: number) => `${Math.round(v * 100)}%` },
    y: { domain: [...MEASURES], label: null },
    color: { domain: [...AUTHOR_TYPES], range: [COLORS.authorType.org, COLORS.authorType.user, COLORS.authorType.unknown] },
    marks: [
      Plot.barX(segments, {
        x1: "start",
        x2: "end",
        y: "measure",
        fill: "author_type",
        insetRight: 1,
        title: (s: Segment) => `${s.author_type}: ${formatCount(s.value)} ${s.measure} (${formatShare(s.share)})`,
      }),
      // Labels only where a segment is wide enough to hold one; the table has every value.
      Plot.text(
        segments.filter((s) => s.share >= 0.1),
        {
          x: (s: Segment) => (s.start + s.end) / 2,
          y: "measure",
          text: (s: Segment) => `${s.author_type} ${formatShare(s.share)}`,
          fill: "white",
        },
      ),
    ],
  });
}
