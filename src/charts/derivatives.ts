// Derivatives: how many models are fine-tunes, quantisations, adapters or merges of another model,
// and which base models' direct descendants collected the most likes, split by relation.
import { DERIVATIVE_RELATIONS, type DerivativeRelation } from "../data-loaders/db/report-types.ts";
import type { BaseModelRow, DerivativeRelationRow } from "../data-loaders/db/datasets.ts";
import { CATEGORY_COLORS, REST_COLORS } from "./palette.ts";
import { horizontalBars } from "./rows.ts";
import { LAYOUTS, chartLocale, type ChartOptions } from "./shared.ts";

export const RELATION_COLORS: Record<DerivativeRelation, string> = {
  finetune: CATEGORY_COLORS[0],
  quantized: CATEGORY_COLORS[1],
  adapter: CATEGORY_COLORS[4],
  merge: CATEGORY_COLORS[6],
  unspecified: REST_COLORS.other,
  none: REST_COLORS.unknown,
};

export function derivativeRelationsChart(rows: DerivativeRelationRow[], { layout = "wide", lang, link }: ChartOptions = {}): string {
  const { text, format, messages } = chartLocale(lang);
  const t = text.derivativeRelations;
  // The relation names of the legend, the table and the captions (messages.enums.relation).
  const relationName = (relation: DerivativeRelation) => messages.enums.relation[relation];
  const total = rows.reduce((s, r) => s + r.models, 0);
  const derived = rows.filter((r) => r.relation !== "none").reduce((s, r) => s + r.models, 0);
  const ordered = DERIVATIVE_RELATIONS.map((relation) => rows.find((r) => r.relation === relation)).filter(
    (r): r is DerivativeRelationRow => r !== undefined && r.models > 0,
  );
  const ariaLabel = t.aria(
    format.count(derived),
    format.count(total),
    ordered.map((r) => t.ariaRelation(relationName(r.relation), format.count(r.models))),
  );
  return horizontalBars(
    ordered.map((r) => ({
      key: r.relation,
      label: relationName(r.relation),
      valueLabel: format.count(r.models),
      segments: [
        {
          value: r.models,
          fill: RELATION_COLORS[r.relation],
          title: t.title(relationName(r.relation), format.count(r.models), format.count(r.likes)),
        },
      ],
    })),
    { ariaLabel, layout: LAYOUTS[layout], xLabel: t.x, tickFormat: format.compact, link },
  );
}

const BASE_RELATIONS = ["finetune", "quantized", "adapter", "merge", "unspecified"] as const;
type BaseRelation = (typeof BASE_RELATIONS)[number];
const LIKES_KEY: Record<BaseRelation, keyof BaseModelRow> = {
  finetune: "finetune_likes",
  quantized: "quantized_likes",
  adapter: "adapter_likes",
  merge: "merge_likes",
  unspecified: "unspecified_likes",
};

export interface BaseSegment {
  label: string;
  base_model: string;
  relation: BaseRelation;
  likes: number;
}

/** The label of a base; bases that were not crawled are marked, not hidden. */
export function baseLabel(row: BaseModelRow, notCrawled = "not crawled"): string {
  return row.in_data ? row.base_model : `${row.base_model} (${notCrawled})`;
}

/** One segment per base and relation with descendant likes; empty ones are not drawn. */
export function baseSegments(rows: BaseModelRow[], notCrawled?: string): BaseSegment[] {
  return rows.flatMap((row) =>
    BASE_RELATIONS.map((relation) => ({
      label: baseLabel(row, notCrawled),
      base_model: row.base_model,
      relation,
      likes: (row[LIKES_KEY[relation]] as number | null) ?? 0,
    })).filter((segment) => segment.likes > 0),
  );
}

export interface TopBaseModelsOptions extends ChartOptions {
  /** Where a segment leads: the explorer on the base's direct descendants of that relation. */
  segmentLink?: (base: string, relation: BaseRelation) => string | undefined;
}

export function topBaseModelsChart(rows: BaseModelRow[], { layout = "wide", lang, segmentLink }: TopBaseModelsOptions = {}): string {
  const { text, format, messages } = chartLocale(lang);
  const t = text.topBaseModels;
  const relationName = (relation: BaseRelation) => messages.enums.relation[relation];
  const notCrawled = t.notCrawled;
  const leader = rows[0];
  const ariaLabel = leader
    ? t.aria(format.count(rows.length), leader.base_model, format.count(leader.descendant_likes), format.count(leader.descendants))
    : t.ariaEmpty;
  return horizontalBars(
    rows.map((row) => ({
      key: row.base_model,
      label: baseLabel(row, notCrawled),
      valueLabel: format.count(row.descendant_likes),
      segments: baseSegments([row], notCrawled).map((s) => ({
        value: s.likes,
        fill: RELATION_COLORS[s.relation],
        title: t.title(s.base_model, relationName(s.relation), format.count(s.likes)),
        href: segmentLink?.(s.base_model, s.relation),
      })),
    })),
    { ariaLabel, layout: LAYOUTS[layout], xLabel: t.x, tickFormat: format.compact },
  );
}
