// The data dictionary as a build publishes it: the column descriptions of the page's language
// (dataDictionary in src/i18n/<lang>/data-dictionary.ts), with size_bucket listing the buckets of
// that build's database, since the size buckets are configurable per build.
import type { SizeBucketDefinition } from "../config/config.ts";
import type { ModelExportColumn } from "../data-loaders/db/data-dictionary.ts";
import { messages, type Lang, type Messages } from "./index.ts";

/**
 * Every exported column's description in `lang`, with size_bucket listing `buckets` (the
 * database's, Report.sizeBucketDefinitions) with their bounds, so a build with custom buckets
 * never describes the defaults.
 */
export function dataDictionary(lang: Lang, buckets: readonly SizeBucketDefinition[]): Record<ModelExportColumn, string> {
  return { ...messages(lang).dataDictionary.columns, size_bucket: describeSizeBucketColumn(lang, buckets) };
}

/** The size_bucket column's description, listing `buckets` with their bounds, then "unknown". */
export function describeSizeBucketColumn(lang: Lang, buckets: readonly SizeBucketDefinition[]): string {
  const t = messages(lang).dataDictionary;
  return t.sizeBucket(buckets.map((b) => t.bucket(b.bucket, describeBounds(t.bounds, b))));
}

function describeBounds(words: Messages["dataDictionary"]["bounds"], { lower, upper }: SizeBucketDefinition): string {
  if (lower === null && upper === null) return words.any;
  if (lower === null) return words.below(paramsShorthand(upper!));
  if (upper === null) return words.atLeast(paramsShorthand(lower));
  return words.between(paramsShorthand(lower), paramsShorthand(upper));
}

/**
 * A bound as the config file writes it (7e9, 500e6): params is a plain integer column, so the
 * dictionary states bounds in that unit, while the labels say billions ("7–70B").
 */
function paramsShorthand(params: number): string {
  return params >= 1e9 ? `${params / 1e9}e9` : `${params / 1e6}e6`;
}
