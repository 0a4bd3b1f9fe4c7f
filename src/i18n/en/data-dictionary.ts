// English data dictionary: what each column of the published model data (models.csv / .parquet /
// .json) means, printed on the Downloads page. `columns` must name exactly the exported columns
// (MODEL_EXPORT_COLUMNS), so a column added to the export without its description fails `tsc`.
// size_bucket's list of buckets depends on the build, so src/i18n/data-dictionary.ts writes it
// from the database with `sizeBucket`, `bucket` and `bounds`; its static text names no bucket.
import type { ModelExportColumn } from "../../data-loaders/db/data-dictionary.ts";

export const dataDictionary = {
  columns: {
    rank: "Position in the Hub's ranking by likes when the data was fetched, 1 = most liked.",
    id: 'Repository id on the Hugging Face Hub, "author/name".',
    author: "The user or organisation that owns the repository.",
    author_type: '"org" or "user" as the Hub reports the author; empty when the Hub did not say.',
    likes: "Number of likes of the repository when the data was fetched.",
    downloads: "Downloads over the last ~30 days as the Hub reports them (not all-time).",
    created_at:
      "When the repository was created, ISO 8601 UTC. Empty when the Hub shows its placeholder date (see created_at_placeholder) or no date.",
    created_at_placeholder:
      "true when the Hub gave its placeholder creation date (2022-03-02), which marks repositories created before March 2022.",
    last_modified: "Last change to the repository, ISO 8601 UTC; empty when unknown.",
    params:
      "Logical number of parameters as a plain integer (8030261248, not 8B): the count every size figure uses. For a quantised repository the count of the model it holds, not its packed storage (see params_source). Empty when unknown.",
    params_source:
      'How params was derived, best first: "safetensors" (Hub metadata), "gguf" (GGUF metadata), "hub-listing" (the count the Hub website\'s own model listing shows), "safetensors-header" (weight file header), "model-page", "base-model" (the count of the model it quantises or adapts), "unpacked" (packed quantised storage unpacked by dtype and bits per weight), "name" (parsed from the repository name). Empty when unknown.',
    params_stored:
      "The count the repository's own weights or metadata give, kept beside params: packed storage for a quantised repository, the adapter's own weights for an adapter, otherwise equal to params. Empty when its own metadata has no count.",
    params_stored_source:
      'Where params_stored came from: "safetensors", "gguf", "hub-listing", "safetensors-header" or "model-page"; empty when params_stored is.',
    params_packed:
      "true when params_stored measures packed quantised storage (several low-bit weights to one integer element) rather than parameters; params then comes from the base model, from unpacking, or from the name.",
    quantisation:
      'How the repository is quantised, as detected: the quantization_config method ("awq", "gptq", …), or a tag or name part ("tag 4-bit", "name 4bit"); empty when it is not quantised.',
    likes_per_day:
      "Likes divided by the days from creation to the crawl (at least one day). Empty for the Hub's placeholder creation date and for unknown dates.",
    size_bucket:
      'Size class by params, from the size buckets configured for the build (lower bound included, the last bucket open); "unknown" when params is empty.',
    high_quality:
      "true unless likes are below the like threshold (the configured percentile of likes over all models, linear interpolation as in pandas) or downloads are below the minimum; see summary.json thresholds.",
    era: '"before" when created before the era boundary (summary.json thresholds.era) or when the date is the Hub\'s pre-2022 placeholder; "after" otherwise; empty when the model has no date at all.',
    license: 'Licence id as declared in the model card (e.g. "apache-2.0", "llama3.1", "other"); empty when none is declared.',
    family: 'Model family derived from model_type, architectures or GGUF metadata (e.g. "llama", "qwen2"); empty when unknown.',
    model_type: "model_type from the model's config as the Hub reports it; empty when unknown.",
    pipeline_tag: 'The task the Hub files the model under (e.g. "text-generation").',
    library_name: 'Library the model is meant for (e.g. "transformers", "gguf"); empty when not declared.',
    base_models: "Models this one derives from, as declared in its card (base_model); separated by ';' in CSV, a list in JSON and Parquet.",
    base_relation: 'How it derives from base_models: "finetune", "quantized", "adapter" or "merge"; empty when not declared.',
  } satisfies Record<ModelExportColumn, string>,
  /** size_bucket with this build's buckets, each written by `bucket`. */
  sizeBucket: (buckets: string[]) =>
    `Size class by params, in the size buckets of this build (lower bound included): ${buckets.join(", ")}; "unknown" when params is empty.`,
  bucket: (name: string, bounds: string) => `"${name}" (${bounds})`,
  /** A bucket's bounds, in the unit of the params column (7e9). */
  bounds: {
    any: "any count",
    below: (upper: string) => `< ${upper}`,
    atLeast: (lower: string) => `${lower} or more`,
    between: (lower: string, upper: string) => `${lower} to < ${upper}`,
  },
};
