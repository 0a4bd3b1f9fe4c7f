// Checks one raw listing record before it enters the pipeline. A record is rejected with a reason
// rather than repaired: nothing is coerced (no "12" → 12), so the report never rests on a guess.
// Unknown fields are kept, and `null` in an optional field means the same as leaving it out.
import type { ApiModel } from "./types.ts";

export type ParsedModel = { ok: true; model: ApiModel } | { ok: false; id: string | null; reason: string };

/** owner/name, as the Hub spells repo ids: no spaces, exactly one slash, neither part empty. */
const REPO_ID = /^[^/\s]+\/[^/\s]+$/;

type FieldCheck = (value: unknown) => boolean;

const isString: FieldCheck = (v) => typeof v === "string";
const isBoolean: FieldCheck = (v) => typeof v === "boolean";
const isFiniteNumber: FieldCheck = (v) => typeof v === "number" && Number.isFinite(v);
const isPlainObject: FieldCheck = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const isStringList: FieldCheck = (v) => Array.isArray(v) && v.every((item) => typeof item === "string");
const isList: FieldCheck = (v) => Array.isArray(v);
const isGated: FieldCheck = (v) => v === false || v === "auto" || v === "manual";

/** Optional fields, what each must be when present, and the words used when it is not. */
const OPTIONAL_FIELDS: Record<string, [FieldCheck, string]> = {
  _id: [isString, "a string"],
  modelId: [isString, "a string"],
  author: [isString, "a string"],
  trendingScore: [isFiniteNumber, "a number"],
  private: [isBoolean, "true or false"],
  disabled: [isBoolean, "true or false"],
  gated: [isGated, 'false, "auto" or "manual"'],
  tags: [isStringList, "a list of strings"],
  pipeline_tag: [isString, "a string"],
  library_name: [isString, "a string"],
  createdAt: [isString, "a date string"],
  lastModified: [isString, "a date string"],
  sha: [isString, "a string"],
  safetensors: [isPlainObject, "an object"],
  gguf: [isPlainObject, "an object"],
  config: [isPlainObject, "an object"],
  cardData: [isPlainObject, "an object"],
  siblings: [isList, "a list"],
};

/**
 * Fields the ApiModel type allows to be null; other nulls are dropped as "not given". A null
 * safetensors or gguf is the Hub's answer "none", which spares the model page (extra-params.ts).
 */
const NULLABLE_FIELDS = new Set(["pipeline_tag", "library_name", "safetensors", "gguf"]);

export function parseModelRecord(raw: unknown): ParsedModel {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, id: null, reason: `record is ${show(raw)}, not a JSON object` };
  }
  const record = raw as Record<string, unknown>;
  const { id } = record;
  if (id === undefined || id === null) return { ok: false, id: null, reason: "id is missing" };
  if (typeof id !== "string") return { ok: false, id: null, reason: `id is ${show(id)}, not a string` };
  if (!REPO_ID.test(id)) return { ok: false, id, reason: `id ${JSON.stringify(id)} is not of the form owner/name` };

  for (const field of ["likes", "downloads"] as const) {
    const value = record[field];
    if (value === undefined || value === null) return { ok: false, id, reason: `${field} is missing` };
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
      return { ok: false, id, reason: `${field} is ${show(value)}, not a whole number of 0 or more` };
    }
  }

  const model: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) {
    const check = OPTIONAL_FIELDS[field];
    if (value === null && check && !NULLABLE_FIELDS.has(field)) continue;
    if (check && value !== null && !check[0](value)) {
      return { ok: false, id, reason: `${field} is ${show(value)}, expected ${check[1]}` };
    }
    model[field] = value;
  }
  return { ok: true, model: model as unknown as ApiModel };
}

/** A short rendering of a bad value for the reason text. */
function show(value: unknown): string {
  if (value === undefined) return "missing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object" && value !== null) return "an object";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
