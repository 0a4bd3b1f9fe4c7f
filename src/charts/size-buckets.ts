// Size distribution of high-quality models, before vs after the era boundary. Bars show each
// bucket's share of its era (eras differ in size, so counts alone would mislead), share one y
// scale, and carry their counts; "unknown" is drawn hollow and framed so it never reads as a size.
import * as Plot from "@observablehq/plot";
import { sizeBucketsIn, type Era } from "../data-loaders/db/report-types.ts";
import { type SizeBucketRow } from "../data-loaders/db/datasets.ts";
import { COLORS, DEFAULT_WIDTH, chartLocale, renderSvg, type ChartOptions } from "./shared.ts";

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

export function sizeBucketsChart(rows: SizeBucketRow[], { width = DEFAULT_WIDTH, lang }: ChartOptions = {}): string {
  const locale = chartLocale(lang);
  const { format, messages } = locale;
  const t = locale.text.sizeBuckets;
  const bucketName = (bucket: string) => (bucket === "unknown" ? messages.enums.sizeUnknown : bucket);
  const drawn = rows.filter((r) => r.models > 0);
  const isUnknown = (r: SizeBucketRow) => r.bucket === "unknown";
  return renderSvg({
    ariaLabel: describe(rows, locale),
    width,
    height: 340,
    marginTop: 30,
    marginBottom: 40,
    fx: { domain: sizeBucketsIn(rows), label: t.fx, padding: 0.15, tickFormat: bucketName },
    x: { domain: ERAS, axis: null, paddingInner: 0.08 },
    y: {
      label: t.y,
      // Headroom above the tallest bar for its count label.
      domain: [0, Math.max(0.05, ...rows.map((r) => r.share)) * 1.12],
      tickFormat: (v: number) => `${Math.round(v * 100)}%`,
      grid: true,
      nice: true,
    },
    color: { domain: ERAS, range: [COLORS.era.before, COLORS.era.after] },
    marks: [
      // A dashed frame around the "unknown" facet keeps it apart from the size scale.
      Plot.rect([{ bucket: "unknown" }], {
        fx: "bucket",
        fill: "none",
        stroke: "currentColor",
        strokeOpacity: 0.45,
        strokeDasharray: "4,3",
        inset: -2,
      }),
      Plot.barY(drawn, {
        fx: "bucket",
        x: "era",
        y: "share",
        fill: "era",
        fillOpacity: (r: SizeBucketRow) => (isUnknown(r) ? 0.25 : 1),
        // Only "unknown" bars get a dashed outline around their faint fill.
        stroke: "era",
        strokeOpacity: (r: SizeBucketRow) => (isUnknown(r) ? 1 : 0),
        strokeDasharray: "3,2",
        title: (r: SizeBucketRow) => t.title(r.era, bucketName(r.bucket), format.count(r.models), format.share(r.share)),
      }),
      Plot.text(rows, {
        fx: "bucket",
        x: "era",
        y: "share",
        text: (r: SizeBucketRow) => format.count(r.models),
        dy: -6,
        lineAnchor: "bottom",
      }),
      Plot.ruleY([0]),
    ],
  });
}
