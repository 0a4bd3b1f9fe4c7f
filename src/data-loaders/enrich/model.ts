// Raw listing records → model rows. Pure: the same records always give the same rows.
import type { ApiModel } from "../hub/types.ts";
import type { ModelRow } from "../db/rows.ts";
import { resolveBaseModels } from "./base-model.ts";
import { normalizeDate, resolveCreatedAt } from "./dates.ts";
import { resolveFamily } from "./family.ts";
import { resolveLicence } from "./licence.ts";
import { embeddingParams, isMultimodal } from "./model-shape.ts";
import { parseNameSize } from "./name-size.ts";
import { resolveParams, substituteBaseModelCounts, type ExtraParams } from "./params.ts";
import { detectQuantisation } from "./quantisation.ts";

export class EnrichError extends Error {
  override name = "EnrichError";
}

/**
 * `models` in the Hub's ranking order (rank = position + 1). Records must have passed the crawler's
 * validation (hub/parse-model.ts); a record that did not is refused here rather than given made-up
 * likes or downloads.
 */
export function enrichModels(models: Iterable<ApiModel>, extras: ReadonlyMap<string, ExtraParams> = new Map()): ModelRow[] {
  const rows: ModelRow[] = [];
  for (const model of models) rows.push(enrichModel(model, rows.length + 1, extras.get(model.id)));
  return substituteBaseModelCounts(rows);
}

function enrichModel(model: ApiModel, rank: number, extra: ExtraParams | undefined): ModelRow {
  checkRecord(model, rank);
  const nameSize = parseNameSize(model.id);
  const params = resolveParams(model, nameSize, extra);
  const family = resolveFamily(model);
  const base = resolveBaseModels(model);
  return {
    id: model.id,
    author: authorOf(model, rank),
    rank,
    likes: model.likes as number,
    downloads: model.downloads as number,
    trending_score: isFiniteNumber(model.trendingScore) ? model.trendingScore : null,
    ...resolveCreatedAt(model.createdAt),
    last_modified: normalizeDate(model.lastModified),
    sha: nonEmptyString(model.sha),
    pipeline_tag: nonEmptyString(model.pipeline_tag),
    library_name: nonEmptyString(model.library_name),
    gated: model.gated === "auto" || model.gated === "manual" ? model.gated : null,
    params: params.params,
    params_source: params.source,
    params_evidence: params.evidence,
    params_packed: params.packed,
    params_stored: params.stored,
    params_stored_source: params.storedSource,
    quantisation: detectQuantisation(model),
    embedding_params: embeddingParams(model),
    multimodal: isMultimodal(model),
    name_params: nameSize?.params ?? null,
    experts: nameSize?.experts ?? null,
    active_params: nameSize?.activeParams ?? null,
    license: resolveLicence(model).license,
    model_type: family.model_type,
    architectures: family.architectures,
    family: family.family,
    base_models: base.base_models,
    base_relation: base.base_relation,
    tags: (model.tags ?? []).filter((tag): tag is string => typeof tag === "string"),
  };
}

function checkRecord(model: ApiModel, rank: number): void {
  const where = `listing record ${rank}${typeof model?.id === "string" ? ` (${model.id})` : ""}`;
  if (typeof model?.id !== "string" || model.id.trim() === "") {
    throw new EnrichError(`${where} has no id; validate records with parseModelRecord before enriching them.`);
  }
  for (const field of ["likes", "downloads"] as const) {
    const value = model[field];
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
      throw new EnrichError(
        `${where} has ${field} = ${JSON.stringify(value)}, not a whole number of 0 or more; ` +
          "validate records with parseModelRecord (hub/parse-model.ts) and skip the ones it rejects.",
      );
    }
  }
}

/** The record's author, else the owner part of the id ("meta-llama/Llama-3.1-8B" → "meta-llama"). */
function authorOf(model: ApiModel, rank: number): string {
  const author = nonEmptyString(model.author);
  if (author) return author;
  const slash = model.id.indexOf("/");
  if (slash > 0) return model.id.slice(0, slash);
  throw new EnrichError(
    `listing record ${rank} (${model.id}) has no author and its id has no owner part; ` +
      "the Hub's ids are owner/name, so check where this record came from.",
  );
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}
