// Which properties of a stored model the Hub returns, and in what order (docs/hub-api.md: "Listing
// models", "One model", "Fields").
// Stored records may carry mock-only fields (pageParams); these views are the only way a record
// leaves the mock Hub, so nothing mock-only can leak into API output.
import type { MockModelRecord } from "./types.ts";

/** The default list object's keys, in the order the server emits them (docs/hub-api.md#listing-models). */
export const DEFAULT_LIST_KEYS = [
  "_id",
  "id",
  "likes",
  "trendingScore",
  "private",
  "downloads",
  "tags",
  "pipeline_tag",
  "library_name",
  "createdAt",
  "modelId",
] as const;

/** Properties `expand` accepts (the current Python client's list, docs/hub-api.md#listing-models). */
export const EXPANDABLE_PROPERTIES: ReadonlySet<string> = new Set([
  "author",
  "baseModels",
  "cardData",
  "childrenModelCount",
  "config",
  "createdAt",
  "disabled",
  "downloads",
  "downloadsAllTime",
  "evalResults",
  "gated",
  "gguf",
  "inference",
  "inferenceProviderMapping",
  "lastModified",
  "library_name",
  "likes",
  "mask_token",
  "model-index",
  "pipeline_tag",
  "private",
  "resourceGroup",
  "safetensors",
  "sha",
  "siblings",
  "spaces",
  "tags",
  "transformersInfo",
  "trendingScore",
  "usedStorage",
  "widgetData",
  "xetEnabled",
]);

/** Fields that exist only for the mock's other endpoints and are never served as API data. */
const MOCK_ONLY_FIELDS: ReadonlySet<string> = new Set(["pageParams", "weightFiles"]);

/** Order of the single-model object: the default keys, then the rest as the Hub tends to send them. */
const FULL_OBJECT_ORDER = [
  "_id",
  "id",
  "private",
  "pipeline_tag",
  "library_name",
  "tags",
  "downloads",
  "likes",
  "modelId",
  "author",
  "sha",
  "lastModified",
  "gated",
  "disabled",
  "config",
  "cardData",
  "siblings",
  "createdAt",
  "safetensors",
  "gguf",
  "trendingScore",
];

/** Extra keys `full=true` adds to a list item ("most model data": tags, siblings, sha, lastModified…). */
const FULL_LIST_EXTRA_KEYS = ["author", "sha", "lastModified", "gated", "disabled", "siblings"];

export class UnknownExpandPropertyError extends Error {
  override name = "UnknownExpandPropertyError";
  constructor(readonly properties: string[]) {
    super(
      `unknown expand propert${properties.length === 1 ? "y" : "ies"} ${properties.map((p) => `"${p}"`).join(", ")}; ` +
        `valid properties are: ${[...EXPANDABLE_PROPERTIES].join(", ")}.`,
    );
  }
}

/** Throws when any requested property is not one the Hub knows, naming the offenders. */
export function validateExpand(properties: string[]): void {
  const unknown = properties.filter((p) => !EXPANDABLE_PROPERTIES.has(p));
  if (unknown.length > 0) throw new UnknownExpandPropertyError(unknown);
}

/** The `_id` a record is served with; records without one get a stable id derived from the repo id. */
export function mongoIdOf(record: MockModelRecord): string {
  if (record._id) return record._id;
  // FNV-1a over the id, widened to 24 hex digits: stable across runs, unique enough for a mock.
  let out = "";
  for (let round = 0; out.length < 24; round++) {
    let hash = 0x811c9dc5 ^ round;
    for (let i = 0; i < record.id.length; i++) hash = Math.imul(hash ^ record.id.charCodeAt(i), 0x01000193);
    out += (hash >>> 0).toString(16).padStart(8, "0");
  }
  return out.slice(0, 24);
}

function ownerOf(id: string): string {
  const slash = id.indexOf("/");
  return slash === -1 ? id : id.slice(0, slash);
}

/** The value a property has when served, or undefined when the Hub would omit it. */
function propertyValue(record: MockModelRecord, key: string): unknown {
  switch (key) {
    case "_id":
      return mongoIdOf(record);
    case "modelId":
      return record.id;
    case "author":
      return record.author ?? ownerOf(record.id);
    case "private":
      return record.private ?? false;
    case "pipeline_tag":
    case "library_name":
      // Absent, not null, when the repo has none (docs/hub-api.md#listing-models).
      return record[key] ?? undefined;
    default:
      return MOCK_ONLY_FIELDS.has(key) ? undefined : (record as unknown as Record<string, unknown>)[key];
  }
}

function pickKeys(record: MockModelRecord, keys: Iterable<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = propertyValue(record, key);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** A list item without `expand` or `full`. */
export function toDefaultListItem(record: MockModelRecord): Record<string, unknown> {
  return pickKeys(record, DEFAULT_LIST_KEYS);
}

/** A list item with `full=true`; `config=true` / `cardData=true` add those objects, as on the Hub. */
export function toFullListItem(record: MockModelRecord, extras: { config: boolean; cardData: boolean }): Record<string, unknown> {
  const keys: string[] = [...DEFAULT_LIST_KEYS, ...FULL_LIST_EXTRA_KEYS];
  if (extras.config) keys.push("config");
  if (extras.cardData) keys.push("cardData");
  return pickKeys(record, keys);
}

/** Only the requested properties, plus `_id` and `id`; properties the record lacks are omitted. */
export function toExpandedItem(record: MockModelRecord, properties: string[]): Record<string, unknown> {
  return pickKeys(record, ["_id", "id", ...properties.filter((p) => p !== "_id" && p !== "id")]);
}

/** `GET /api/models/{id}` without expand: every stored field except mock-only ones. */
export function toFullObject(record: MockModelRecord): Record<string, unknown> {
  const rest = Object.keys(record).filter((key) => !FULL_OBJECT_ORDER.includes(key));
  return pickKeys(record, [...FULL_OBJECT_ORDER, ...rest]);
}
