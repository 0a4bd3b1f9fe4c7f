// Models per declared licence, coloured by kind: a licence from the Hub's list, a custom one (the
// card said "other"), or none declared. Licences beyond the largest `top` share one bar.
import type { LicenceKind } from "../data-loaders/db/report-types.ts";
import type { LicenceRow } from "../data-loaders/db/datasets.ts";
import { REST_COLORS } from "./palette.ts";
import { horizontalBars } from "./rows.ts";
import { LAYOUTS, chartLocale, type ChartOptions } from "./shared.ts";

export const LICENCE_KIND_COLORS: Record<LicenceKind | "rest", string> = {
  standard: "#4e79a7",
  custom: "#f28e2b",
  none: REST_COLORS.unknown,
  rest: REST_COLORS.other,
};

export interface LicencesChartOptions extends ChartOptions {
  top?: number;
  /** Bar labels for the rows without a licence id; by default those of the chart's language. */
  labels?: LicenceBarLabels;
}

export interface LicenceBar {
  label: string;
  /** The explorer's licence filter for this bar: the id, "none" when none is declared; absent for the rest. */
  filter?: string;
  kind: LicenceKind | "rest";
  models: number;
  share: number;
}

export interface LicenceBarLabels {
  none: string;
  rest: (count: number) => string;
}

/** The bar labels of a language: "none declared", "12 other licences". */
export function licenceBarLabels(lang?: ChartOptions["lang"]): LicenceBarLabels {
  const { messages, format } = chartLocale(lang);
  return { none: messages.licences.noneLabel, rest: (count) => messages.licences.restLabel(format.count(count)) };
}

/** The `top` licences with most models (declared or not), then every other licence as one bar. */
export function licenceBars(rows: LicenceRow[], top: number, labels: LicenceBarLabels = licenceBarLabels()): LicenceBar[] {
  const sorted = [...rows].sort((a, b) => b.models - a.models || (a.licence ?? "").localeCompare(b.licence ?? ""));
  const bars: LicenceBar[] = sorted
    .slice(0, top)
    .map((r) => ({ label: r.licence ?? labels.none, filter: r.licence ?? "none", kind: r.kind, models: r.models, share: r.share }));
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

export function licencesChart(rows: LicenceRow[], { layout = "wide", top = 12, labels, lang, link }: LicencesChartOptions = {}): string {
  const { text, format, messages } = chartLocale(lang);
  const t = text.licences;
  const bars = licenceBars(rows, top, labels ?? licenceBarLabels(lang));
  const count = (kind: LicenceKind) => rows.filter((r) => r.kind === kind).reduce((s, r) => s + r.models, 0);
  const ariaLabel = bars.length
    ? t.aria(
        bars[0].label,
        format.count(bars[0].models),
        format.share(bars[0].share),
        format.count(count("custom")),
        format.count(count("none")),
      )
    : t.ariaEmpty;
  return horizontalBars(
    bars.map((b) => ({
      key: b.label,
      label: b.label,
      valueLabel: `${format.count(b.models)} (${format.share(b.share)})`,
      // The kinds in the page's own words, as in the legend and the table.
      segments: [
        {
          value: b.models,
          fill: LICENCE_KIND_COLORS[b.kind],
          title: t.title(b.label, messages.licences.kinds[b.kind], format.count(b.models), format.share(b.share)),
        },
      ],
    })),
    {
      ariaLabel,
      layout: LAYOUTS[layout],
      xLabel: t.x,
      tickFormat: format.compact,
      link: (key) => {
        const filter = bars.find((b) => b.label === key)?.filter;
        return filter === undefined ? undefined : link?.(filter);
      },
    },
  );
}
