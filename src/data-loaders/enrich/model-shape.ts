// Two facts about a model's architecture that explain why a name and a count differ: how big one
// embedding matrix is (names often leave the embeddings out) and whether towers for other
// modalities (vision, audio) sit beside the language model (names usually size the language model).
import type { ApiModel } from "../hub/types.ts";

/** Tasks whose models take images, audio or video besides text. */
const MULTIMODAL_TASKS = new Set([
  "image-text-to-text",
  "any-to-any",
  "audio-text-to-text",
  "video-text-to-text",
  "visual-question-answering",
  "image-to-text",
]);

/** Transformers classes of multimodal models: vision/audio towers plus a language model. */
const MULTIMODAL_CLASS =
  /VL|Vision|Llava|Omni|Mllama|Idefics|PaliGemma|Audio|Multimodal|Gemma3n?ForConditionalGeneration|Mistral3ForConditionalGeneration|Llama4ForConditionalGeneration/i;

/**
 * vocab_size × hidden_size, from the config or, for multimodal models, its text_config; GPT-2-style
 * configs call the width n_embd. Null unless the config states both.
 */
export function embeddingParams(model: ApiModel): number | null {
  const config = model.config ?? {};
  for (const part of [config, config.text_config]) {
    if (!part || typeof part !== "object") continue;
    const vocab = (part as Record<string, unknown>).vocab_size;
    const width = (part as Record<string, unknown>).hidden_size ?? (part as Record<string, unknown>).n_embd;
    if (isPositiveInteger(vocab) && isPositiveInteger(width)) return vocab * width;
  }
  return null;
}

/** A multimodal task, a multimodal class in config.architectures, or a config nesting a text_config. */
export function isMultimodal(model: ApiModel): boolean {
  if (typeof model.pipeline_tag === "string" && MULTIMODAL_TASKS.has(model.pipeline_tag)) return true;
  const config = model.config ?? {};
  if (config.text_config && typeof config.text_config === "object") return true;
  return (
    Array.isArray(config.architectures) && config.architectures.some((name) => typeof name === "string" && MULTIMODAL_CLASS.test(name))
  );
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value > 0;
}
