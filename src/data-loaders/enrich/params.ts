// The parameter-count cascade: the first source that has a count wins, best source first, and
// every count carries its source and the evidence a reader can check it against.
import type { ApiModel } from "../hub/types.ts";
import type { BaseRelation, ParamsSource } from "../db/rows.ts";
import { resolveBaseModels } from "./base-model.ts";
import type { NameSize } from "./name-size.ts";
import {
  detectQuantisation,
  integerDtypeBits,
  isIntegerDtype,
  microscaledFp4,
  quantisationBits,
  quantisationGroupSize,
} from "./quantisation.ts";

export interface ParamsResolution {
  /** The logical parameter count every size figure uses; null when unknown. */
  params: number | null;
  source: ParamsSource | null;
  /** Human-readable; also set when there is no count but the name says why (e.g. "8x7B"). */
  evidence: string | null;
  /** The repo's own stored count (`stored`) is packed quantised storage, not logical parameters. */
  packed: boolean;
  /**
   * The count the repo's own weights or metadata give, before anything stands in for it: packed
   * storage for a quantised repo, the adapter's own weights for an adapter. Null when they give none.
   */
  stored: number | null;
  storedSource: StoredParamsSource | null;
}

/** The sources that count a repo's own weights (not the base model's, not the name). */
export type StoredParamsSource = Exclude<ParamsSource, "base-model" | "unpacked" | "name">;

/** Counts the crawler finds with extra requests, for repos the listing has no count for. */
export interface ExtraParams {
  /** `numParameters` of the Hub website's own listing (/models-json): the Hub's count, as the website shows it. */
  listingParams?: number;
  /** Sum of tensor shapes in the safetensors headers, read with HTTP Range requests. */
  headerParams?: number;
  /** Which files the header count came from, for the evidence. */
  headerEvidence?: string;
  /** The count the model page shows. */
  pageParams?: number;
  /** Where on the page the count sits, for the evidence. */
  pageEvidence?: string;
}

/**
 * safetensors (total, else the sum of its dtype buckets) → gguf.total → the website listing's
 * numParameters → safetensors header → model page → name. Listing fields come first because they
 * are what the Hub itself computed from the weights; the name is what the uploader claims.
 *
 * An adapter repo (LoRA) holds only the adapter's weights, a fraction of a percent of the model it
 * adapts, so every count read from its weights is set aside: the name, or (in enrichModels) the
 * base model's count, gives its size.
 */
export function resolveParams(model: ApiModel, nameSize: NameSize | null, extra: ExtraParams = {}): ParamsResolution {
  const fromWeights = resolveWeightParams(model, extra);
  const stored = { stored: fromWeights?.params ?? null, storedSource: fromWeights?.source ?? null };
  const byName = fromName(model.id, nameSize);
  if (resolveBaseModels(model).base_relation === "adapter") {
    if (!fromWeights) return byName;
    const setAside = `adapter repo: its own weights count only the adapter (${fromWeights.evidence})`;
    return { ...byName, evidence: joinEvidence(byName.evidence, setAside), ...stored };
  }
  if (!fromWeights) return byName;
  if (!fromWeights.packed) return { ...fromWeights, ...stored };
  if (fromWeights.unpacked) {
    return {
      params: fromWeights.unpacked.params,
      source: "unpacked",
      evidence: `${fromWeights.evidence}; ${fromWeights.unpacked.evidence}`,
      packed: true,
      ...stored,
    };
  }
  // Packed storage that cannot be unpacked (no dtype buckets, or the width is unknown) is no size:
  // the name stands in until enrichModels finds the base model.
  const why = `this repo's own count is packed quantised storage that cannot be unpacked here (${fromWeights.evidence})`;
  return { ...byName, evidence: joinEvidence(byName.evidence, why), packed: true, ...stored };
}

function joinEvidence(first: string | null, second: string): string {
  return first ? `${first}; ${second}` : second;
}

/** A count read from the repo's own weights or metadata, with its unpacked logical count when it is packed. */
interface WeightCount {
  params: number;
  source: StoredParamsSource;
  evidence: string;
  packed: boolean;
  unpacked?: { params: number; evidence: string };
}

/**
 * Whether the API listing's own fields (safetensors, gguf) count the model, so that no extra count
 * (the website listing's, a header's, a page's) would ever be read for it.
 */
export function countedByListing(model: ApiModel): boolean {
  return readSafetensors(model) !== null || isCount(model.gguf?.total);
}

function resolveWeightParams(model: ApiModel, extra: ExtraParams): WeightCount | null {
  const fromSafetensors = readSafetensors(model);
  if (fromSafetensors) return fromSafetensors;

  const ggufTotal = model.gguf?.total;
  if (isCount(ggufTotal)) {
    // GGUF counts tensor elements before quantisation, so even a Q4 file gives the logical count.
    return { params: ggufTotal, source: "gguf", evidence: `gguf.total = ${ggufTotal}`, packed: false };
  }

  const listingParams = checkExtra(model.id, "listingParams", extra.listingParams);
  if (listingParams !== undefined) {
    return counted(listingParams, "hub-listing", `website listing (models-json) numParameters = ${listingParams}`, model);
  }
  const headerParams = checkExtra(model.id, "headerParams", extra.headerParams);
  if (headerParams !== undefined) {
    return counted(headerParams, "safetensors-header", extra.headerEvidence ?? `safetensors header = ${headerParams}`, model);
  }
  const pageParams = checkExtra(model.id, "pageParams", extra.pageParams);
  if (pageParams !== undefined) {
    return counted(pageParams, "model-page", extra.pageEvidence ?? `model page = ${pageParams}`, model);
  }
  return null;
}

/** What base-model substitution needs of a row (ModelRow has it all). */
export interface CountedModel {
  id: string;
  base_models: string[];
  base_relation: BaseRelation | null;
  params: number | null;
  params_source: ParamsSource | null;
  params_evidence: string | null;
  params_packed: boolean;
  params_stored: number | null;
}

/**
 * A quantised repo's safetensors count is packed storage (an AWQ 7B model lists ~1.2B), and an
 * adapter's is the adapter's alone. When the base model is in the same batch, the base's logical
 * count is the best answer, better than an unpacked estimate or the name; otherwise the row keeps
 * what resolveParams gave. Only counts that are neither packed nor an adapter's are borrowed, and
 * only one step, so the result does not depend on the order of the batch. The row's own stored
 * count stays in params_stored.
 */
export function substituteBaseModelCounts<T extends CountedModel>(rows: readonly T[]): T[] {
  const logicalCounts = new Map<string, T>();
  for (const row of rows) {
    if (row.params !== null && !row.params_packed && row.base_relation !== "adapter") logicalCounts.set(row.id.toLowerCase(), row);
  }
  return rows.map((row) => {
    const adapter = row.base_relation === "adapter";
    if (!row.params_packed && !adapter) return row;
    const base = row.base_models.map((id) => logicalCounts.get(id.toLowerCase())).find((found) => found !== undefined);
    if (!base) return row;
    const why = adapter
      ? `this repo is an adapter; ${row.params_evidence ?? "its own weights count only the adapter"}`
      : `this repo's own count, ${row.params_stored}, is packed quantised storage`;
    return {
      ...row,
      params: base.params,
      params_source: "base-model",
      params_evidence: `base model "${base.id}": ${base.params_evidence} (${why})`,
    };
  });
}

function readSafetensors(model: ApiModel): WeightCount | null {
  const safetensors = model.safetensors;
  if (!safetensors) return null;
  const buckets = Object.entries(safetensors.parameters ?? {}).filter(([, count]) => isCount(count));
  let params: number;
  let evidence: string;
  if (isCount(safetensors.total)) {
    params = safetensors.total;
    evidence = `safetensors.total = ${params}`;
  } else if (buckets.length > 0) {
    params = buckets.reduce((sum, [, count]) => sum + count, 0);
    evidence = `sum of safetensors dtype buckets = ${params} (${buckets.map(([dtype, count]) => `${dtype} ${count}`).join(" + ")})`;
  } else {
    return null;
  }
  return counted(params, "safetensors", evidence, model, buckets);
}

/**
 * A count from the weights. Integer buckets alone do not mean packing: gpt-neox-20b keeps a U8
 * attention mask beside its F16 weights. Only a quantised repo's integer buckets are packed, and
 * only when an element holds more than one weight (8-bit weights in I8 are one to an element).
 */
function counted(
  params: number,
  source: StoredParamsSource,
  evidence: string,
  model: ApiModel,
  buckets?: Array<[string, number]>,
): WeightCount {
  const quantisation = detectQuantisation(model);
  // Only a quantised repo's count can be packed; most models stop here.
  if (quantisation === null) return { params, source, evidence, packed: false };
  const bits = quantisationBits(model);
  const integerBuckets = buckets?.filter(([dtype]) => isIntegerDtype(dtype)).map(([dtype]) => dtype);
  const packsSeveral = integerBuckets?.some((dtype) => bits === null || integerDtypeBits(dtype)! > bits);
  // A header read sees the same packed tensors as the listing, and the page shows safetensors.total,
  // but neither hands us the dtypes: their count of a quantised repo is taken as packed, except for
  // FP8, which stores one weight per float element.
  const packed = integerBuckets === undefined ? !/fp8/i.test(quantisation) : integerBuckets.length > 0 && packsSeveral === true;
  if (!packed) return { params, source, evidence, packed: false };
  const where = integerBuckets && integerBuckets.length > 0 ? `${integerBuckets.join("/")} buckets` : "quantised weights";
  const result: WeightCount = {
    params,
    source,
    evidence: `${evidence}; counts packed quantised storage (${quantisation}, ${where}), not logical parameters`,
    packed: true,
  };
  const unpacked = buckets && bits !== null ? unpack(buckets, bits, scalesOf(model)) : null;
  if (unpacked) result.unpacked = unpacked;
  return result;
}

/** How a quantisation stores its scales, which decides what of the storage is not weights. */
type Scales =
  /** AWQ, GPTQ: a packed zero point and a float scale per group. */
  | { kind: "zero-point"; group: number }
  /** MLX: a float scale and a float bias per group. */
  | { kind: "mlx"; group: number }
  /** NVFP4: one F8_E4M3 scale per 16 weights, in a float bucket of its own. */
  | { kind: "nvfp4" }
  /** MXFP4: one 8-bit scale per 32 weights, in the same U8 bucket as the weights. */
  | { kind: "mxfp4" }
  | { kind: "unknown" };

function scalesOf(model: ApiModel): Scales {
  const fp4 = microscaledFp4(model);
  if (fp4 !== null) return { kind: fp4 };
  const group = quantisationGroupSize(model);
  if (group === null) return { kind: "unknown" };
  return model.config?.quantization !== undefined ? { kind: "mlx", group } : { kind: "zero-point", group };
}

/** Weights per NVFP4 scale and per MXFP4 scale, fixed by the formats. */
const NVFP4_BLOCK = 16;
const MXFP4_BLOCK = 32;

/**
 * The logical count of packed storage, from its dtype buckets: each integer element of w bits
 * holds w / bits weights. The quantisation's own bookkeeping is taken out again where its layout is
 * known: AWQ and GPTQ store one zero point per group packed beside the weights and one float scale
 * per group; MLX stores a float scale and bias per group; NVFP4 keeps its scales in an F8_E4M3
 * bucket of their own; MXFP4 packs one 8-bit scale per 32 weights beside them. Otherwise the
 * estimate counts them as weights, a few percent too many (1/group of the quantised weights for
 * AWQ/GPTQ, 2/group for MLX).
 */
function unpack(buckets: Array<[string, number]>, bits: number, scales: Scales): { params: number; evidence: string } | null {
  let packedWeights = 0;
  let floats = 0;
  let fp8Scales = 0;
  const terms: string[] = [];
  for (const [dtype, count] of buckets) {
    const width = integerDtypeBits(dtype);
    if (width === null && scales.kind === "nvfp4" && /^F8_E4M3/i.test(dtype)) {
      fp8Scales += count;
      terms.push(`${dtype} ${count} × 0`);
    } else if (width === null) {
      floats += count;
      terms.push(`${dtype} ${count}`);
    } else {
      packedWeights += count * (width / bits);
      terms.push(`${dtype} ${count} × ${width / bits}`);
    }
  }
  if (packedWeights === 0) return null;
  let weights = packedWeights;
  let bookkeeping = 0;
  let how = `${bits}-bit weights`;
  switch (scales.kind) {
    case "mlx":
      bookkeeping = (2 * weights) / scales.group;
      how += `, less a float scale and bias per ${scales.group} weights (MLX)`;
      break;
    case "zero-point":
      weights = packedWeights / (1 + 1 / scales.group);
      bookkeeping = weights / scales.group;
      how += `, less a packed zero point and a float scale per ${scales.group} weights`;
      break;
    case "nvfp4":
      how += fp8Scales > 0 ? `, less the F8_E4M3 scales, one per ${NVFP4_BLOCK} weights (NVFP4)` : "; no F8_E4M3 scales seen (NVFP4)";
      break;
    case "mxfp4":
      // Each U8 holds two 4-bit weights or, once per 32 weights, their scale.
      weights = packedWeights / (1 + 8 / bits / MXFP4_BLOCK);
      how += `, less an 8-bit scale per ${MXFP4_BLOCK} weights packed beside them (MXFP4)`;
      break;
    case "unknown":
      how += "; group size unknown, so quantisation scales are counted as weights";
  }
  const params = Math.round(weights + Math.max(0, floats - bookkeeping));
  return { params, evidence: `unpacked by dtype: ${terms.join(" + ")} (${how}) = ${params}` };
}

function fromName(id: string, nameSize: NameSize | null): ParamsResolution {
  if (!nameSize) return { params: null, source: null, evidence: null, packed: false, stored: null, storedSource: null };
  const name = id.slice(id.lastIndexOf("/") + 1);
  const facts: string[] = [];
  if (nameSize.experts !== null && nameSize.expertParams !== null) {
    facts.push(`${nameSize.experts} experts × ${formatShort(nameSize.expertParams)}`);
  } else if (nameSize.experts !== null) {
    facts.push(`${nameSize.experts} experts`);
  }
  if (nameSize.activeParams !== null) facts.push(`${formatShort(nameSize.activeParams)} active`);
  if (nameSize.effectiveParams !== null) facts.push(`${formatShort(nameSize.effectiveParams)} effective`);
  if (nameSize.params === null) {
    // No count, but the reader learns why the name gives none.
    const said = facts.length > 0 ? facts.join(", ") : nameSize.token;
    return {
      params: null,
      source: null,
      evidence: `name "${name}" → ${said}; no total in the name`,
      packed: false,
      stored: null,
      storedSource: null,
    };
  }
  const total = facts.length > 0 ? `${formatShort(nameSize.params)} total (${facts.join(", ")})` : formatShort(nameSize.params);
  return {
    params: nameSize.params,
    source: "name",
    evidence: `name "${name}" → ${total}`,
    packed: false,
    stored: null,
    storedSource: null,
  };
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value > 0;
}

function checkExtra(id: string, field: keyof ExtraParams, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!isCount(value)) {
    throw new TypeError(
      `${field} for ${id} is ${JSON.stringify(value)}; pass a whole number of parameters above 0, or leave it out when unknown.`,
    );
  }
  return value;
}

/** 7000000000 → "7B", 2700000000 → "2.7B": the way names write sizes. */
function formatShort(params: number): string {
  const units: Array<[number, string]> = [
    [1e12, "T"],
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "K"],
  ];
  for (const [size, suffix] of units) {
    if (params >= size) return `${Number((params / size).toPrecision(6))}${suffix}`;
  }
  return String(params);
}
