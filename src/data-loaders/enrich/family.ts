// Which architecture family a model belongs to, by the family vocabulary (family-vocabulary.ts):
// config.model_type first (transformers' own family name), else the GGUF header's architecture
// (GGUF-only repos have `config: {}`), else a transformers class the vocabulary knows.
import type { ApiModel } from "../hub/types.ts";
import { FamilyLookup, normalizeFamily } from "./family-vocabulary.ts";

export { normalizeFamily };

export interface Family {
  model_type: string | null;
  architectures: string[];
  family: string | null;
}

const VOCABULARY_LOOKUP = new FamilyLookup();

/** `lookup` is the vocabulary's by default; tests pass another to see what a missing entry does. */
export function resolveFamily(model: ApiModel, lookup: FamilyLookup = VOCABULARY_LOOKUP): Family {
  const config = model.config ?? {};
  const configType = nonEmptyString(config.model_type);
  const ggufArchitecture = nonEmptyString(model.gguf?.architecture);
  const architectures = Array.isArray(config.architectures)
    ? config.architectures.filter((name): name is string => typeof name === "string" && name !== "")
    : [];
  const modelType = configType ?? ggufArchitecture;
  let family: string | null = null;
  // A name the vocabulary does not know is still a family: its normalised self, so a new
  // architecture shows up under its own name rather than as "unknown".
  if (configType) family = lookup.find("model_type", configType) ?? normalizeFamily(configType);
  else if (ggufArchitecture) family = lookup.find("gguf", ggufArchitecture) ?? normalizeFamily(ggufArchitecture);
  else family = architectures.map((name) => lookup.find("architecture", name)).find((found) => found !== null) ?? null;
  return { model_type: modelType, architectures, family };
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}
