// Size distribution of high-quality models, before vs after the era boundary. Bars show each
// bucket's share of its era (eras differ in size, so counts alone would mislead), share one y
// scale, and carry their counts; "unknown" is drawn hollow and framed so it never reads as a size.
import * as Plot from "@observablehq/plot";
import { sizeBucketsIn, type Era } from "../data-loaders/db/report-types.ts";
import type { SizeBucketRow } from "../data-loaders/db/datasets.ts";
import { COLORS, LAYOUTS, chartLocale, renderSvg, textWidth, type ChartOptions } from "./shared.ts";

export interface SizeBucketsChartOptions extends Omit<ChartOptions, "link"> {
  /** Where a bar leads: the explorer filtered to its era's high-quality models of its bucket. */
  link?: (row: SizeBucketRow) => string | undefined;
}

const ERAS: Era[] = ["before", "after"];

type Locale = ReturnType<typeof chartLocale>;

function describe(rows: SizeBucketRow[], { text, format, messages }: Locale): string {
  const t = text.sizeBuckets;
  const bucketName = (bucket: string) => (bucket === "unknown" ? messages.enums.sizeUnknown : bucket);
  const largest = (era: Era) =>
    rows
      .filter((r) => r.era === era && r.bucket !== "unknown")
      .reduce<SizeBucketRow | null>((best, r) => (best === null || r.share > best.share ? r : best), null);
  const parts = ERAS.map((era) => {
    const top = largest(era);
    const unknown = rows.find((r) => r.era === era && r.bucket === "unknown");
    const total = rows.filter((r) => r.era === era).reduce((sum, r) => sum + r.models, 0);
    const head = top && top.models > 0 ? t.commonSize(bucketName(top.bucket), format.share(top.share)) : t.noKnownSize;
    return t.ariaEra(era, format.count(total), head, format.count(unknown?.models ?? 0));
  });
  return t.aria(parts);
}

export function sizeBucketsChart(rows: SizeBucketRow[], { layout: layoutName = "wide", lang, link }: SizeBucketsChartOptions = {}): string {
  const locale = chartLocale(lang);
  const { format, messages } = locale;
  const t = locale.text.sizeBuckets;
  const layout = LAYOUTS[layoutName];
  const bucketName = (bucket: string) => (bucket === "unknown" ? messages.enums.sizeUnknown : bucket);
  const buckets = sizeBucketsIn(rows);
  const drawn = rows.filter((r) => r.models > 0);
  const isUnknown = (r: SizeBucketRow) => r.bucket === "unknown";
  const percent = (v: number) => `${Math.round(v * 100)}%`;
  // Headroom past the longest bar for its count label.
  const shareDomain = [0, Math.max(0.05, ...rows.map((r) => r.share)) * (layout.name === "wide" ? 1.12 : 1)];
  const bar = {
    fill: "era",
    fillOpacity: (r: SizeBucketRow) => (isUnknown(r) ? 0.25 : 1),
    // Only "unknown" bars get a dashed outline around their faint fill.
    stroke: "era",
    strokeOpacity: (r: SizeBucketRow) => (isUnknown(r) ? 1 : 0),
    strokeDasharray: "3,2",
    title: (r: SizeBucketRow) => t.title(r.era, bucketName(r.bucket), format.count(r.models), format.share(r.share)),
    href: (r: SizeBucketRow) => link?.(r),
  };
  // A dashed frame around the "unknown" group keeps it apart from the size scale.
  const unknownFrame = { fill: "none", stroke: "currentColor", strokeOpacity: 0.45, strokeDasharray: "4,3", inset: -2 };
  const common = {
    ariaLabel: describe(rows, locale),
    layout,
    color: { domain: ERAS, range: [COLORS.era.before, COLORS.era.after] },
  };
  const count = (r: SizeBucketRow) => format.count(r.models);
  if (layout.name === "wide") {
    return renderSvg({
      ...common,
      height: 340,
      marginTop: 30,
      marginBottom: Math.round(layout.fontSize * 3.4),
      fx: { domain: buckets, label: t.fx, labelAnchor: "center", padding: 0.15, tickFormat: bucketName },
      x: { domain: ERAS, axis: null, paddingInner: 0.08 },
      y: { label: t.y, domain: shareDomain, tickFormat: percent, grid: true, nice: true },
      marks: [
        ...(buckets.includes("unknown") ? [Plot.rect([{ bucket: "unknown" }], { fx: "bucket", ...unknownFrame })] : []),
        Plot.barY(drawn, { fx: "bucket", x: "era", y: "share", ...bar }),
        Plot.text(rows, { fx: "bucket", x: "era", y: "share", text: count, dy: -6, lineAnchor: "bottom" }),
        Plot.ruleY([0]),
      ],
    });
  }
  // On a phone each bucket is a row holding its two eras' bars, counts past the bars' ends.
  const countWidth = Math.max(0, ...rows.map((r) => textWidth(count(r), layout.fontSize)));
  const marginBottom = Math.round(layout.fontSize * 3.4);
  const barHeight = Math.round(layout.fontSize * 1.3);
  return renderSvg({
    ...common,
    height: 10 + marginBottom + buckets.length * (2 * barHeight + Math.round(layout.fontSize * 1.2)),
    marginTop: 10,
    marginLeft: Math.ceil(Math.max(...buckets.map((b) => textWidth(bucketName(b), layout.fontSize)))) + 12,
    marginRight: Math.ceil(countWidth) + 10,
    marginBottom,
    fy: { domain: buckets, axis: "left", label: null, padding: 0.2, tickSize: 0, tickFormat: bucketName },
    y: { domain: ERAS, axis: null, paddingInner: 0.1 },
    x: { label: t.yNarrow, labelAnchor: "center", domain: shareDomain, tickFormat: percent, grid: true, nice: true, ticks: 4 },
    marks: [
      ...(buckets.includes("unknown") ? [Plot.rect([{ bucket: "unknown" }], { fy: "bucket", ...unknownFrame })] : []),
      Plot.barX(drawn, { fy: "bucket", y: "era", x: "share", ...bar }),
      Plot.text(rows, { fy: "bucket", y: "era", x: "share", text: count, textAnchor: "start", dx: 4 }),
      Plot.ruleX([0]),
    ],
  });
}
