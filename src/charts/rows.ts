// One builder for every chart whose rows are named categories drawn left to right: the horizontal
// bar charts (top downloads, authors, plans, families, licences, relations, base models, likes per
// week) and, through rowFrame, History's rank arrows. It decides where each row's label goes in
// each layout, so no chart places labels on its own:
//
// - wide: labels in the left margin, cut with "…" to at most 38% of the width, value labels just
//   past the end of each bar;
// - narrow: each label on its own line above its bar with the value at the line's right end, so a
//   model id gets the whole phone width instead of a third of it.
import * as Plot from "@observablehq/plot";
import { fitText, renderSvg, textWidth, type Layout } from "./shared.ts";

export interface Row {
  /** Unique within the chart: the row's place on the y scale. */
  key: string;
  /** What the reader sees; may repeat or be cut short, the key may not. */
  label: string;
  /** The row's figure as text (e.g. "1,234 (5.6%)"); none when the row has no figure. */
  valueLabel?: string;
}

export interface RowFrame {
  height: number;
  marginTop: number;
  marginRight: number;
  marginBottom: number;
  marginLeft: number;
  y: Plot.ScaleOptions;
  /** Labels drawn as marks (the narrow layout's label lines); the wide layout's are the y axis. */
  labelMarks: Plot.Markish[];
  /** Insets that place a bar in the part of its row meant for it. */
  barInset: { insetTop: number; insetBottom: number };
  /** Vertical offset of a mark centred on its row (arrows, value labels) onto the bar's line. */
  markDy: number;
  /** Whether the value labels sit on the label line (narrow) rather than past the bar (wide). */
  valuesOnLabelLine: boolean;
}

/** Share of the width the wide layout gives row labels at most. */
const WIDE_LABEL_SHARE = 0.38;

/**
 * The frame of a row chart: its height and margins, the y scale, and the label marks. `xEdge` is
 * the widest x tick label, which sits half over each end of the axis.
 */
export function rowFrame(rows: Row[], layout: Layout, xEdge = ""): RowFrame {
  const { fontSize, width } = layout;
  const valueWidth = Math.max(0, ...rows.map((r) => (r.valueLabel ? textWidth(r.valueLabel, fontSize) : 0)));
  const tickHalf = textWidth(xEdge, fontSize) / 2 + 4;
  // Tick labels, then the axis title on its own line below them.
  const marginBottom = Math.round(fontSize * 3.4);
  const keys = rows.map((r) => r.key);
  if (layout.name === "wide") {
    const labelRoom = Math.round(width * WIDE_LABEL_SHARE);
    const marginLeft = Math.min(labelRoom, Math.max(40, ...rows.map((r) => textWidth(r.label, fontSize))) + 14);
    const labels = new Map(rows.map((r) => [r.key, fitText(r.label, marginLeft - 14, fontSize)]));
    const rowHeight = Math.round(fontSize * 2);
    return {
      height: 10 + marginBottom + rowHeight * Math.max(rows.length, 1),
      marginTop: 10,
      marginRight: Math.max(tickHalf, valueWidth + 12),
      marginBottom,
      marginLeft,
      y: { domain: keys, label: null, tickFormat: (key: string) => labels.get(key) ?? key, tickSize: 0, padding: 0.15 },
      labelMarks: [],
      barInset: { insetTop: 0, insetBottom: 0 },
      markDy: 0,
      valuesOnLabelLine: false,
    };
  }
  const labelLine = Math.round(fontSize * 1.4);
  const barHeight = Math.round(fontSize * 1.1);
  const gap = Math.round(fontSize * 0.7);
  const rowHeight = labelLine + barHeight + gap;
  const marginLeft = Math.ceil(textWidth("0", fontSize) / 2) + 2;
  const marginRight = Math.ceil(tickHalf);
  const labelWidth = width - marginLeft - marginRight - (valueWidth > 0 ? valueWidth + fontSize : 0);
  const labelDy = -rowHeight / 2 + 1;
  return {
    height: 6 + marginBottom + rowHeight * Math.max(rows.length, 1),
    marginTop: 6,
    marginRight,
    marginBottom,
    marginLeft,
    y: { domain: keys, axis: null, padding: 0 },
    labelMarks: [
      Plot.text(rows, {
        y: "key",
        frameAnchor: "left",
        text: (r: Row) => fitText(r.label, labelWidth, fontSize),
        textAnchor: "start",
        lineAnchor: "top",
        dy: labelDy,
      }),
      Plot.text(
        rows.filter((r) => r.valueLabel),
        {
          y: "key",
          frameAnchor: "right",
          text: "valueLabel",
          textAnchor: "end",
          lineAnchor: "top",
          dy: labelDy,
          fontVariant: "tabular-nums",
        },
      ),
    ],
    barInset: { insetTop: labelLine, insetBottom: gap },
    markDy: (labelLine - gap) / 2,
    valuesOnLabelLine: true,
  };
}

export interface BarSegment {
  value: number;
  /** A CSS colour. */
  fill: string;
  /** The hover, tap and focus text of this segment. */
  title: string;
  fillOpacity?: number;
  /** Where this segment leads, when it is a set of its own (a plan's organisations); else the bar's link. */
  href?: string;
}

export interface HorizontalBar extends Row {
  /** Drawn left to right, stacked; a bar of one segment is a plain bar. */
  segments: BarSegment[];
}

export interface HorizontalBarsOptions {
  ariaLabel: string;
  layout: Layout;
  /** The x axis title, with its arrow ("Models →"). */
  xLabel: string;
  tickFormat: (value: number) => string;
  /** The values are counts: no tick between whole numbers, even when the largest is small. */
  wholeNumbers?: boolean;
  /** A bar's link by its row key (see ChartOptions.link). */
  link?: (key: string) => string | undefined;
}

interface PlacedSegment extends BarSegment {
  key: string;
  x1: number;
  x2: number;
}

/**
 * Horizontal bars, one per row and in the given order, each the stack of its segments. Rows with
 * nothing to draw (a total of 0) are left out: a zero row says nothing the table does not.
 */
export function horizontalBars(bars: HorizontalBar[], options: HorizontalBarsOptions): string {
  const { layout, tickFormat } = options;
  const shown = bars.filter((bar) => bar.segments.some((s) => s.value > 0));
  const placed: PlacedSegment[] = shown.flatMap((bar) => {
    let start = 0;
    return bar.segments
      .filter((s) => s.value > 0)
      .map((segment) => {
        const x1 = start;
        start += segment.value;
        return { ...segment, key: bar.key, x1, x2: start };
      });
  });
  const totals = shown.map((bar) => ({ ...bar, total: bar.segments.reduce((sum, s) => sum + Math.max(0, s.value), 0) }));
  const max = Math.max(0, ...totals.map((t) => t.total));
  const frame = rowFrame(shown, layout, tickFormat(max));
  const plotWidth = layout.width - frame.marginLeft - frame.marginRight;
  // About one tick per 100 px on wide screens; three on a phone, where "80M" and "8000万" need room.
  const tickCount = layout.name === "wide" ? Math.max(2, Math.floor(plotWidth / 100)) : 3;
  const ticks = options.wholeNumbers ? { ticks: Math.max(1, Math.min(tickCount, Math.ceil(max))) } : { ticks: tickCount };
  return renderSvg({
    ariaLabel: options.ariaLabel,
    layout,
    height: frame.height,
    marginTop: frame.marginTop,
    marginRight: frame.marginRight,
    marginBottom: frame.marginBottom,
    marginLeft: frame.marginLeft,
    x: {
      label: options.xLabel,
      labelAnchor: "center",
      grid: true,
      nice: true,
      ...ticks,
      tickFormat: (v: number) => (options.wholeNumbers && !Number.isInteger(v) ? "" : tickFormat(v)),
    },
    y: frame.y,
    marks: [
      Plot.barX(placed, {
        x1: "x1",
        x2: "x2",
        y: "key",
        fill: (s: PlacedSegment) => s.fill,
        fillOpacity: (s: PlacedSegment) => s.fillOpacity ?? 1,
        title: (s: PlacedSegment) => s.title,
        href: (s: PlacedSegment) => s.href ?? options.link?.(s.key),
        ...frame.barInset,
      }),
      ...frame.labelMarks,
      ...(frame.valuesOnLabelLine
        ? []
        : [
            Plot.text(
              totals.filter((t) => t.valueLabel),
              { x: "total", y: "key", text: "valueLabel", textAnchor: "start", dx: 4, fontVariant: "tabular-nums" },
            ),
          ]),
      // The baseline; on a phone it would run through the label lines, and the bars align anyway.
      ...(frame.valuesOnLabelLine ? [] : [Plot.ruleX([0])]),
    ],
  });
}
