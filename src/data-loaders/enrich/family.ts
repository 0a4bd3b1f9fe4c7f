// Which architecture family a model belongs to. Kept deliberately simple: the config's model_type
// is the transformers library's own family name, so it is used as it is, only normalised.
import type { ApiModel } from "../hub/types.ts";

export interface Family {
  model_type: string | null;
  architectures: string[];
  family: string | null;
}

/**
 * GGUF architecture names that differ from transformers' model_type for the same family only in
 * a missing underscore. Other GGUF names ("llama", "qwen3", "gemma3", "phi3") already match.
 */
const GGUF_TO_MODEL_TYPE: Record<string, string> = {
  qwen2moe: "qwen2_moe",
  qwen3moe: "qwen3_moe",
  gptoss: "gpt_oss",
};

export function resolveFamily(model: ApiModel): Family {
  const config = model.config ?? {};
  const configType = nonEmptyString(config.model_type);
  // GGUF-only repos have `config: {}`; the GGUF header's architecture is their only family name.
  const ggufArchitecture = nonEmptyString(model.gguf?.architecture);
  const architectures = Array.isArray(config.architectures)
    ? config.architectures.filter((name): name is string => typeof name === "string" && name !== "")
    : [];
  const modelType = configType ?? ggufArchitecture;
  let family: string | null = null;
  if (configType) family = normalizeFamily(configType);
  else if (ggufArchitecture) {
    const normalised = normalizeFamily(ggufArchitecture);
    family = GGUF_TO_MODEL_TYPE[normalised] ?? normalised;
  }
  return { model_type: modelType, architectures, family };
}

/** "Qwen2-MoE " → "qwen2_moe": lowercase, hyphens and spaces as underscores (gguf "gpt-oss" → "gpt_oss"). */
export function normalizeFamily(name: string): string {
  return name.trim().toLowerCase().replace(/[-\s]+/g, "_");
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}
