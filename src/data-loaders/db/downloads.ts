// Which model-table downloads a site publishes. Past MODELS_JSON_MAX_ROWS models the JSON copy is
// left out: it repeats every column name in every row, about twice the CSV, and at a million models
// the three formats together (859 MiB measured) leave no room under GitHub Pages' 1 GB. Parquet,
// typed and compressed, is the primary download; the CSV stays for spreadsheets.

export type ModelDownloadFormat = "parquet" | "csv" | "json";

export const MODELS_JSON_MAX_ROWS = 100_000;

/** The formats of models.* a site of `models` rows publishes, primary first. */
export function modelDownloadFormats(models: number): ModelDownloadFormat[] {
  return models <= MODELS_JSON_MAX_ROWS ? ["parquet", "csv", "json"] : ["parquet", "csv"];
}
