// What the crawl keeps of a listing record while it works. A record as the Hub sends it carries
// every file of the repo, the whole README front matter and config, and its own copy of strings
// that nearly every model shares ("transformers", "license:apache-2.0", …). Kept whole, a million
// of them held about 4 GiB of heap before enrichment began. So each record is cut, as its page
// arrives, to the fields enrichment and the extra reads use, and shared strings are stored once.
// The cached page on disk stays whole: a later version of the crawl can read more of it.
import { SHARD_INDEX_FILE } from "./safetensors-header.ts";

/** Front matter keys enrichment reads: the licence and the base model. */
const CARD_KEYS = ["license", "license_name", "license_link", "base_model", "base_model_relation"] as const;
/**
 * config.json keys enrichment reads: the family, the quantisation (method, bits, group size; MLX
 * writes `quantization`), the embedding shape, and whether the model nests a text_config.
 */
const CONFIG_KEYS = [
  "architectures",
  "model_type",
  "quantization_config",
  "quantization",
  "vocab_size",
  "hidden_size",
  "n_embd",
  "text_config",
] as const;
/** What enrichment reads of a multimodal model's text_config: its embedding shape. */
const TEXT_CONFIG_KEYS = ["vocab_size", "hidden_size"] as const;
/** GGUF summary keys enrichment reads: the count and the family of GGUF-only repos. */
const GGUF_KEYS = ["total", "architecture"] as const;
/** Record fields nobody downstream reads (the database has its own ids). */
const DROPPED_FIELDS = new Set(["_id", "modelId"]);

/**
 * A function that slims one raw record at a time, sharing one table of strings across all of them.
 * A record of an unexpected shape passes through unchanged, so that validation still sees (and
 * reports) what the Hub sent.
 */
export function createRecordSlimmer(): (record: unknown) => unknown {
  const strings = new Map<string, string>();
  const intern = (value: string): string => {
    const known = strings.get(value);
    if (known !== undefined) return known;
    strings.set(value, value);
    return value;
  };
  const internAll = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map((item) => (typeof item === "string" ? intern(item) : item))
      : typeof value === "string"
        ? intern(value)
        : value;

  return (record) => {
    if (!isObject(record)) return record;
    const slim: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      if (DROPPED_FIELDS.has(key)) continue;
      switch (key) {
        case "tags":
        case "author":
        case "pipeline_tag":
        case "library_name":
          slim[key] = internAll(value);
          break;
        case "siblings":
          slim[key] = Array.isArray(value) ? value.filter(isWeightFileEntry) : value;
          break;
        case "cardData":
          slim[key] = pick(value, CARD_KEYS, internAll);
          break;
        case "config": {
          const config = pick(value, CONFIG_KEYS, internAll);
          if (isObject(config) && "text_config" in config) config.text_config = pick(config.text_config, TEXT_CONFIG_KEYS, internAll);
          slim[key] = config;
          break;
        }
        case "gguf":
          slim[key] = pick(value, GGUF_KEYS, internAll);
          break;
        default:
          slim[key] = value;
      }
    }
    return slim;
  };
}

/**
 * Entries that tell which safetensors files a repo has (safetensors-header.ts weightFilesOf); a
 * malformed entry is kept, so that what is wrong with it still shows.
 */
function isWeightFileEntry(entry: unknown): boolean {
  const name = isObject(entry) ? entry.rfilename : undefined;
  if (typeof name !== "string") return true;
  return name.endsWith(".safetensors") || name === SHARD_INDEX_FILE;
}

function pick(value: unknown, keys: readonly string[], internAll: (value: unknown) => unknown): unknown {
  if (!isObject(value)) return value;
  const picked: Record<string, unknown> = {};
  for (const key of keys) if (key in value) picked[key] = internAll(value[key]);
  return picked;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
