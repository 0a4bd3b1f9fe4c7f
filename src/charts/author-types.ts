// Organisations vs individual users: what share of authors, models and likes each holds, as three
// 100% bars so the measures compare despite their different magnitudes.
import * as Plot from "@observablehq/plot";
import type { AuthorTypeRow } from "../data-loaders/db/datasets.ts";
import { COLORS, LAYOUTS, chartLocale, renderSvg, textWidth, type ChartOptions } from "./shared.ts";

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

export function authorTypesChart(rows: AuthorTypeRow[], { layout: layoutName = "wide", lang, link }: ChartOptions = {}): string {
  const { text, format, messages } = chartLocale(lang);
  const t = text.authorTypes;
  const layout = LAYOUTS[layoutName];
  const typeName = (type: AuthorTypeRow["author_type"]) => messages.enums.authorTypeShort[type];
  const segments = authorTypeSegments(rows);
  const orgShare = (m: Measure) => format.share(segments.find((s) => s.measure === m && s.author_type === "org")?.share ?? 0);
  const marginLeft = Math.ceil(Math.max(...MEASURES.map((m) => textWidth(t.measures[m], layout.fontSize)))) + 12;
  const marginRight = 20;
  const plotWidth = layout.width - marginLeft - marginRight;
  // A segment carries its label only when the label fits inside it; the legend and table have the rest.
  const inside = (s: Segment) => {
    const long = `${typeName(s.author_type)} ${format.share(s.share)}`;
    const room = (s.end - s.start) * plotWidth - 8;
    return textWidth(long, layout.fontSize) <= room
      ? long
      : textWidth(format.share(s.share), layout.fontSize) <= room
        ? format.share(s.share)
        : "";
  };
  return renderSvg({
    ariaLabel: t.aria(orgShare("authors"), orgShare("models"), orgShare("likes")),
    layout,
    height: Math.round(layout.fontSize * 3.4) + 10 + MEASURES.length * Math.round(layout.fontSize * 3),
    marginTop: 10,
    marginLeft,
    marginRight,
    marginBottom: Math.round(layout.fontSize * 3.4),
    x: {
      domain: [0, 1],
      label: t.x,
      labelAnchor: "center",
      ticks: layout.name === "wide" ? 10 : 4,
      tickFormat: (v: number) => `${Math.round(v * 100)}%`,
    },
    y: { domain: [...MEASURES], label: null, tickSize: 0, tickFormat: (m: Measure) => t.measures[m] },
    color: { domain: [...AUTHOR_TYPES], range: [COLORS.authorType.org, COLORS.authorType.user, COLORS.authorType.unknown] },
    marks: [
      Plot.barX(segments, {
        x1: "start",
        x2: "end",
        y: "measure",
        fill: "author_type",
        insetRight: 1,
        title: (s: Segment) => t.title(typeName(s.author_type), format.count(s.value), t.measures[s.measure], format.share(s.share)),
        href: (s: Segment) => link?.(s.author_type),
      }),
      Plot.text(
        segments.filter((s) => inside(s) !== ""),
        {
          x: (s: Segment) => (s.start + s.end) / 2,
          y: "measure",
          text: inside,
          fill: "white",
        },
      ),
    ],
  });
}
