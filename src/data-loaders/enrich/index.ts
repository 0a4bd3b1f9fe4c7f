// The enrich stage's public surface: pure functions from raw Hub records to rows.
export { enrichAuthor } from "./author.ts";
export { resolveBaseModels, type BaseModels } from "./base-model.ts";
export { normalizeDate, resolveCreatedAt, PLACEHOLDER_CREATED_AT, type CreatedAt } from "./dates.ts";
export { normalizeFamily, resolveFamily, type Family } from "./family.ts";
export { resolveLicence, type Licence } from "./licence.ts";
export { EnrichError, enrichModels } from "./model.ts";
export { parseNameSize, type NameSize } from "./name-size.ts";
export { resolveParams, type ExtraParams, type ParamsResolution } from "./params.ts";
export { detectQuantisation } from "./quantisation.ts";
