// A benchmark Hub "of N text-generation models": the sample generator draws models of several
// tasks (about 8 in 10 are text-generation), so draw enough and keep exactly N text-generation
// models, dropping the least-liked extras. Models of other tasks stay: the real Hub has them too,
// and the listing must filter them out.
import { generateSampleHub } from "../src/mock-hub/sample.ts";
import type { MockHubDataset, MockModelRecord } from "../src/mock-hub/types.ts";

export const PIPELINE_TAG = "text-generation";

/** First guess of the share of text-generation models in the sample; corrected if it falls short. */
const EXPECTED_SHARE = 0.78;

export function generateTextGenerationHub(textGenerationModels: number, seed: number): MockHubDataset {
  if (!Number.isSafeInteger(textGenerationModels) || textGenerationModels < 1) {
    throw new RangeError(`a benchmark size must be a whole number of models, 1 or more; got ${textGenerationModels}.`);
  }
  let share = EXPECTED_SHARE;
  for (;;) {
    const dataset = generateSampleHub({ models: Math.ceil(textGenerationModels / share) + 10, seed });
    const textGeneration = dataset.models.filter((model) => model.pipeline_tag === PIPELINE_TAG);
    if (textGeneration.length >= textGenerationModels) {
      const dropped = new Set(leastLiked(textGeneration, textGeneration.length - textGenerationModels));
      return { models: dataset.models.filter((model) => !dropped.has(model)), authors: dataset.authors };
    }
    share = Math.max(0.1, textGeneration.length / dataset.models.length - 0.02);
  }
}

function leastLiked(models: MockModelRecord[], count: number): MockModelRecord[] {
  if (count <= 0) return [];
  return [...models].sort((a, b) => (a.likes ?? -1) - (b.likes ?? -1)).slice(0, count);
}
