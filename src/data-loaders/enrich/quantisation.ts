// Whether a repo holds quantised weights. It matters for one reason: quantised checkpoints pack
// several low-bit weights into one integer element (AWQ and GPTQ pack eight 4-bit weights into an
// I32, MLX 4-bit into a U32, bitsandbytes and MXFP4 two into a U8), so the Hub's safetensors count
// of such a repo is storage elements, not parameters.
import type { ApiModel } from "../hub/types.ts";

/**
 * Tags the Hub and uploaders put on quantised repos. The Hub derives `4-bit`/`8-bit` and the
 * method tags from `quantization_config`; "fp8" is included because it is quantised even though
 * FP8 weights are not packed (packing is decided by the dtype buckets, not here).
 */
const QUANTISED_TAGS = new Set([
  "awq",
  "gptq",
  "4-bit",
  "8-bit",
  "bitsandbytes",
  "compressed-tensors",
  "mxfp4",
  "nvfp4",
  "fp8",
  "exl2",
  "hqq",
  "aqlm",
]);

/**
 * Name parts that mark a quantised upload: "-AWQ", "-GPTQ", "-bnb-4bit", MLX's "-4bit"/"-8bit",
 * "-NVFP4", "-MXFP4", "-INT4", "quantized.w4a16". Whole parts only, so "awq" inside a word is not one.
 * A bare "-MLX" counts too: MLX conversions are quantised as a rule, and where the dtype buckets
 * are known they decide whether the count is packed (a BF16 MLX repo has no integer bucket).
 */
const QUANTISED_NAME = /(?:^|[-_.])(awq|gptq|bnb|nf4|nvfp4|mxfp4|int4|int8|w4a16|w8a8|w4a4|exl2|mlx|[1-8]-?bit)(?=$|[-_.])/i;

/** The quantisation method a repo shows, for evidence ("awq", "tag 4-bit", "name 4bit"); null when none. */
export function detectQuantisation(model: ApiModel): string | null {
  const config = model.config?.quantization_config;
  if (config && typeof config === "object") {
    if (typeof config.quant_method === "string" && config.quant_method !== "") return config.quant_method;
    // Older bitsandbytes configs carry only the load flags.
    if (config.load_in_4bit === true || config.load_in_8bit === true) return "bitsandbytes";
    return "quantization_config";
  }
  const tag = (model.tags ?? []).find((candidate) => QUANTISED_TAGS.has(candidate.toLowerCase()));
  if (tag) return `tag ${tag}`;
  const name = model.id.slice(model.id.lastIndexOf("/") + 1);
  const match = QUANTISED_NAME.exec(name);
  return match ? `name ${match[1]}` : null;
}

/** Integer dtypes (I8, U8, I32, U32, …): where packed quantised weights are stored. */
export function isIntegerDtype(dtype: string): boolean {
  return /^[IU]\d+$/i.test(dtype);
}

/**
 * Bits per weight of a quantised repo, from what it declares: quantization_config.bits (AWQ, GPTQ),
 * MLX's quantization.bits, bitsandbytes' load flags, then the tags and the name ("4-bit", "-8bit",
 * "NVFP4", "w4a16"). AWQ and GPTQ without a stated width are taken as 4-bit, their usual width.
 * Null when nothing says.
 */
export function quantisationBits(model: ApiModel): number | null {
  const config = model.config ?? {};
  const quantisationConfig = config.quantization_config;
  const mlx = config.quantization;
  for (const declared of [quantisationConfig?.bits, isObject(mlx) ? mlx.bits : undefined]) {
    if (typeof declared === "number" && Number.isInteger(declared) && declared >= 1 && declared <= 16) return declared;
  }
  if (quantisationConfig?.load_in_4bit === true) return 4;
  if (quantisationConfig?.load_in_8bit === true) return 8;
  const name = model.id.slice(model.id.lastIndexOf("/") + 1);
  const words = [...(model.tags ?? []), name].join(" ");
  const stated = /(?:^|[^a-z0-9])([1-8])-?bit(?![a-z])/i.exec(words);
  if (stated) return Number(stated[1]);
  if (/(?:^|[^a-z0-9])(?:nvfp4|mxfp4|nf4|int4|w4a16|w4a4)(?![a-z0-9])/i.test(words)) return 4;
  if (/(?:^|[^a-z0-9])(?:int8|w8a8)(?![a-z0-9])/i.test(words)) return 8;
  const method = typeof quantisationConfig?.quant_method === "string" ? quantisationConfig.quant_method.toLowerCase() : null;
  // microscaledFp4 reads the quant_method too, and ModelOpt's quant_algo, where it says NVFP4
  // beside a quant_method of "modelopt".
  if (method === "awq" || method === "gptq" || microscaledFp4(model) !== null) return 4;
  if (/(?:^|[^a-z0-9])(?:awq|gptq)(?![a-z0-9])/i.test(words)) return 4;
  return null;
}

/**
 * Microscaled 4-bit floats, whose scales are fixed by the format rather than by a group size in the
 * config: NVFP4 (NVIDIA's; one F8_E4M3 scale per 16 weights, kept in its own float bucket) and
 * MXFP4 (the OCP format gpt-oss ships in; one 8-bit E8M0 scale per 32 weights, kept in U8 beside
 * the weights). Read from the config (ModelOpt's quant_algo, compressed-tensors' format, the
 * quant_method), then the tags and the name. Null for any other quantisation.
 */
export function microscaledFp4(model: ApiModel): "nvfp4" | "mxfp4" | null {
  const config = model.config?.quantization_config;
  const name = model.id.slice(model.id.lastIndexOf("/") + 1);
  const declared = config ? [config.quant_method, config.quant_algo, config.format] : [];
  const words = [...declared.filter((value) => typeof value === "string"), ...(model.tags ?? []), name].join(" ");
  if (/(?:^|[^a-z0-9])nvfp4(?![a-z0-9])/i.test(words)) return "nvfp4";
  if (/(?:^|[^a-z0-9])mxfp4(?![a-z0-9])/i.test(words)) return "mxfp4";
  return null;
}

/** Group size of the quantisation scales (AWQ, GPTQ, MLX), when the config states it. */
export function quantisationGroupSize(model: ApiModel): number | null {
  const config = model.config ?? {};
  const mlx = config.quantization;
  for (const declared of [config.quantization_config?.group_size, isObject(mlx) ? mlx.group_size : undefined]) {
    if (typeof declared === "number" && Number.isInteger(declared) && declared > 0) return declared;
  }
  return null;
}

/** Bits of one element of an integer dtype: I8/U8 → 8, I32/U32 → 32; null for other dtypes. */
export function integerDtypeBits(dtype: string): number | null {
  const match = /^[IU](\d+)$/i.exec(dtype);
  return match ? Number(match[1]) : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
