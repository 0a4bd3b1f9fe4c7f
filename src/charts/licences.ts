// Models per declared licence, coloured by kind: a licence from the Hub's list, a custom one (the
// card said "other"), or none declared. Licences beyond the largest `top` share one bar.
import * as Plot from "@observablehq/plot";
import type { LicenceKind, LicenceRow } from "../data-loaders/db/report-types.ts";
import { REST_COLORS } from "./palette.ts";
import { DEFAULT_WIDTH, formatCompact, formatCount, formatShare, renderSvg, type ChartOptions } from "./shared.ts";

export const LICENCE_KIND_COLORS: Record<LicenceKind | "rest", string> = {
  standard: "#4e79a7",
  custom: "#f28e2b",
  none: REST_COLORS.unknown,
  rest: REST_COLORS.other,
};

export interface LicencesChartOptions extends ChartOptions {
  top?: number;
  /** Bar labels for the rows without a licence id, so pages can translate them. */
  labels?: { none: string; rest: (count: number) => string };
}

export interface LicenceBar {
  label: string;
  kind: LicenceKind | "rest";
  models: number;
  share: number;
}

const DEFAULT_LABELS = { none: "none declared", rest: (count: number) => `${count} other licences` };

/** The `top` licences with most models (declared or not), then every other licence as one bar. */
export function licenceBars(rows: LicenceRow[], top: number, labels = DEFAULT_LABELS): LicenceBar[] {
  const sorted = [...rows].sort((a, b) => b.models - a.models || (a.licence ?? "").localeCompare(b.licence ?? ""));
  const bars: LicenceBar[] = sorted
    .slice(0, top)
    .map((r) => ({ label: r.licence ?? labels.none, kind: r.kind, models: r.models, share: r.share }));
  const rest = sorted.slice(top);
  if (rest.length > 0) {
    bars.push({
      label: labels.rest(rest.length),
      kind: "rest",
      models: rest.reduce((s, r) => s + r.models, 0),
      share: rest.reduce((s, r) => s + r.share, 0),
    });
  }
  return bars;
}

export function licencesChart(rows: LicenceRow[], { width = DEFAULT_WIDTH, top = 12, labels = DEFAULT_LABELS }: LicencesChartOptions = {}): string {
  const bars = licenceBars(rows, top, labels);
  const count = (kind: LicenceKind) => rows.filter((r) => r.kind === kind).reduce((s, r) => s + r.models, 0);
  const ariaLabel = bars.length
    ? `Bar chart of models per declared licence; ${bars[0].label} is the most common with ${formatCount(bars[0].models)} models (${formatShare(bars[0].share)}). ` +
      `${formatCount(count("custom"))} models use a custom licence and ${formatCount(count("none"))} declare none.`
    : "Bar chart of models per licence: no models.";
  return renderSvg({
    ariaLabel,
    width,
    height: 40 + 24 * Math.max(bars.length, 1),
    marginLeft: 190,
    marginRight: 90,
    x: { label: "Models →", grid: true, nice: true, tickFormat: formatCompact },
    y: { domain: bars.map((b) => b.label), label: null },
    marks: [
      Plot.barX(bars, {
        x: "models",
        y: "label",
        fill: (b: LicenceBar) => LICENCE_KIND_COLORS[b.kind],
        title: (b: LicenceBar) => `${b.label} (${b.kind}): ${formatCount(b.models)} models (${formatShare(b.share)})`,
      }),
      Plot.text(bars, { x: "models", y: "label", text: (b: LicenceBar) => `${formatCount(b.models)} (${formatShare(b.share)})`, textAnchor: "start", dx: 4 }),
      Plot.ruleX([0]),
    ],
  });
}
