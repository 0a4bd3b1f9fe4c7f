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
 */
const QUANTISED_NAME = /(?:^|[-_.])(awq|gptq|bnb|nf4|nvfp4|mxfp4|int4|int8|w4a16|w8a8|w4a4|exl2|[1-8]-?bit)(?=$|[-_.])/i;

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
