// Derivatives: how many models are fine-tunes, quantisations, adapters or merges of another model,
// and which base models' direct descendants collected the most likes, split by relation.
import * as Plot from "@observablehq/plot";
import { DERIVATIVE_RELATIONS, type DerivativeRelation } from "../data-loaders/db/report-types.ts";
import { type BaseModelRow, type DerivativeRelationRow } from "../data-loaders/db/datasets.ts";
import { CATEGORY_COLORS, REST_COLORS } from "./palette.ts";
import { DEFAULT_WIDTH, chartLocale, renderSvg, truncate, type ChartOptions } from "./shared.ts";

export const RELATION_COLORS: Record<DerivativeRelation, string> = {
  finetune: CATEGORY_COLORS[0],
  quantized: CATEGORY_COLORS[1],
  adapter: CATEGORY_COLORS[4],
  merge: CATEGORY_COLORS[6],
  unspecified: REST_COLORS.other,
  none: REST_COLORS.unknown,
};

export function derivativeRelationsChart(rows: DerivativeRelationRow[], { width = DEFAULT_WIDTH, lang }: ChartOptions = {}): string {
  const { text, format } = chartLocale(lang);
  const t = text.derivativeRelations;
  const total = rows.reduce((s, r) => s + r.models, 0);
  const derived = rows.filter((r) => r.relation !== "none").reduce((s, r) => s + r.models, 0);
  const ariaLabel = t.aria(
    format.count(derived),
    format.count(total),
    rows.map((r) => t.ariaRelation(t.relations[r.relation], format.count(r.models))),
  );
  return renderSvg({
    ariaLabel,
    width,
    height: 40 + 26 * DERIVATIVE_RELATIONS.length,
    marginLeft: 110,
    marginRight: 70,
    x: { label: t.x, grid: true, nice: true, tickFormat: format.compact },
    y: { domain: [...DERIVATIVE_RELATIONS], label: null, tickFormat: (relation: DerivativeRelation) => t.relations[relation] },
    marks: [
      // An empty relation keeps its row and its "0" label but draws no zero-width bar.
      Plot.barX(rows.filter((r) => r.models > 0), {
        x: "models",
        y: "relation",
        fill: (r: DerivativeRelationRow) => RELATION_COLORS[r.relation],
        title: (r: DerivativeRelationRow) => t.title(t.relations[r.relation], format.count(r.models), format.count(r.likes)),
      }),
      Plot.text(rows, { x: "models", y: "relation", text: (r: DerivativeRelationRow) => format.count(r.models), textAnchor: "start", dx: 4 }),
      Plot.ruleX([0]),
    ],
  });
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

/** The label of a base on the axis; bases that were not crawled are marked, not hidden. */
export function baseLabel(row: BaseModelRow, notCrawled = "not crawled"): string {
  return row.in_data ? truncate(row.base_model, 40) : `${truncate(row.base_model, 30)} (${notCrawled})`;
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

export function topBaseModelsChart(rows: BaseModelRow[], { width = DEFAULT_WIDTH, lang }: ChartOptions = {}): string {
  const { text, format } = chartLocale(lang);
  const t = text.topBaseModels;
  const relationName = (relation: BaseRelation) => text.derivativeRelations.relations[relation];
  const notCrawled = t.notCrawled;
  const segments = baseSegments(rows, notCrawled);
  const leader = rows[0];
  const ariaLabel = leader
    ? t.aria(format.count(rows.length), leader.base_model, format.count(leader.descendant_likes), format.count(leader.descendants))
    : t.ariaEmpty;
  return renderSvg({
    ariaLabel,
    width,
    height: 40 + 24 * Math.max(rows.length, 1),
    marginLeft: 300,
    marginRight: 70,
    x: { label: t.x, grid: true, nice: true, tickFormat: format.compact },
    y: { domain: rows.map((r) => baseLabel(r, notCrawled)), label: null },
    color: { domain: [...BASE_RELATIONS], range: BASE_RELATIONS.map((r) => RELATION_COLORS[r]) },
    marks: [
      Plot.barX(segments, {
        x: "likes",
        y: "label",
        fill: "relation",
        order: [...BASE_RELATIONS],
        title: (s: BaseSegment) => t.title(s.base_model, relationName(s.relation), format.count(s.likes)),
      }),
      Plot.text(rows, {
        x: "descendant_likes",
        y: (r: BaseModelRow) => baseLabel(r, notCrawled),
        text: (r: BaseModelRow) => format.count(r.descendant_likes),
        textAnchor: "start",
        dx: 4,
      }),
      Plot.ruleX([0]),
    ],
  });
}
