// Which models a repo was made from, and how. The Hub writes this as tags derived from the card
// (`base_model:<kind>:<repo>`); the card's own `base_model` covers listings whose tags lag behind.
import type { ApiModel } from "../hub/types.ts";
import type { BaseRelation } from "../db/rows.ts";

export interface BaseModels {
  base_models: string[];
  base_relation: BaseRelation | null;
}

const RELATIONS: readonly BaseRelation[] = ["finetune", "quantized", "adapter", "merge"];

const TAG_PREFIX = "base_model:";

export function resolveBaseModels(model: ApiModel): BaseModels {
  const found: string[] = [];
  let tagRelation: BaseRelation | null = null;
  for (const tag of model.tags ?? []) {
    if (!tag.startsWith(TAG_PREFIX)) continue;
    const rest = tag.slice(TAG_PREFIX.length);
    // Repo ids cannot contain ":", so "<kind>:<repo>" is unambiguous.
    const colon = rest.indexOf(":");
    const kind = colon === -1 ? null : rest.slice(0, colon);
    const repo = colon === -1 ? rest : rest.slice(colon + 1);
    if (kind !== null) {
      if (!isRelation(kind)) continue;
      tagRelation ??= kind;
    }
    found.push(repo);
  }
  const card = model.cardData;
  found.push(...asList(card?.base_model));
  const cardRelation =
    typeof card?.base_model_relation === "string" && isRelation(card.base_model_relation) ? card.base_model_relation : null;
  return { base_models: unique(found), base_relation: tagRelation ?? cardRelation };
}

function isRelation(value: string): value is BaseRelation {
  return (RELATIONS as readonly string[]).includes(value);
}

function asList(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return [];
}

/** Trimmed, without empties or repeats; Hub ids are case-insensitive, so "Qwen/X" and "qwen/x" are one. */
function unique(repos: string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of repos) {
    const repo = raw.trim();
    const key = repo.toLowerCase();
    if (repo === "" || seen.has(key)) continue;
    seen.add(key);
    result.push(repo);
  }
  return result;
}
