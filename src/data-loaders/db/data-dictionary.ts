// The columns of the published model data (models.csv / .parquet / .json), in file order. The
// exporter writes exactly these, and the data dictionary the Downloads page prints is typed by them
// (`dataDictionary.columns` in src/i18n/en/data-dictionary.ts and src/i18n/zh-CN/data-dictionary.ts),
// so a column cannot be published without its description in both languages.

export const MODEL_EXPORT_COLUMNS = [
  "rank",
  "id",
  "author",
  "author_type",
  "likes",
  "downloads",
  "likes_per_day",
  "created_at",
  "created_at_placeholder",
  "last_modified",
  "params",
  "params_source",
  "params_stored",
  "params_stored_source",
  "params_packed",
  "quantisation",
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
