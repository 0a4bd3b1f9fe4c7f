// What each column of the published model data (models.csv / .parquet / .json) means. The
// exporter writes exactly these columns in this order, and the methodology page and README print
// this table, so the data and its description cannot drift apart.

export const MODEL_EXPORT_COLUMNS = [
  "rank",
  "id",
  "author",
  "author_type",
  "likes",
  "downloads",
  "created_at",
  "created_at_placeholder",
  "last_modified",
  "params",
  "params_source",
  "params_packed",
  "size_bucket",
  "high_quality",
  "era",
  "license",
  "family",
  "model_type",
  "pipeline_tag",
  "library_name",
  "base_models",
  "base_relation",
] as const;

export type ModelExportColumn = (typeof MODEL_EXPORT_COLUMNS)[number];

export const DATA_DICTIONARY: Record<ModelExportColumn, string> = {
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
    "Number of parameters as a plain integer (8030261248, not 8B); for quantised repositories the logical count of the model. Empty when unknown.",
  params_source:
    'Where params came from, best first: "safetensors" (Hub metadata), "gguf" (GGUF metadata), "hub-listing" (the count the Hub website\'s own model listing shows), "safetensors-header" (weight file header), "model-page", "base-model" (the count of the model it quantises or adapts), "name" (parsed from the repository name). Empty when unknown.',
  params_packed:
    "true when the only available count measures packed quantised storage rather than logical parameters.",
  size_bucket:
    'Size class by params: "<1B" (< 1e9), "1–20B" (1e9 to < 20e9), "20–40B", "40–60B", "60–80B" (60e9 to < 80e9), ">80B" (80e9 or more), "unknown" when params is empty.',
  high_quality:
    "true unless likes are below the like threshold (the configured percentile of likes over all models, linear interpolation as in pandas) or downloads are below the minimum; see summary.json thresholds.",
  era:
    '"before" when created before the era boundary (summary.json thresholds.era) or when the date is the Hub\'s pre-2022 placeholder; "after" otherwise; empty when the model has no date at all.',
  license: 'Licence id as declared in the model card (e.g. "apache-2.0", "llama3.1", "other"); empty when none is declared.',
  family: 'Model family derived from model_type, architectures or GGUF metadata (e.g. "llama", "qwen2"); empty when unknown.',
  model_type: "model_type from the model's config as the Hub reports it; empty when unknown.",
  pipeline_tag: 'The task the Hub files the model under (e.g. "text-generation").',
  library_name: 'Library the model is meant for (e.g. "transformers", "gguf"); empty when not declared.',
  base_models: "Models this one derives from, as declared in its card (base_model); separated by ';' in CSV, a list in JSON and Parquet.",
  base_relation: 'How it derives from base_models: "finetune", "quantized", "adapter" or "merge"; empty when not declared.',
};
