// The published data dictionary describes the size buckets it is given, with their bounds in the
// unit of the params column, so a build's dictionary can only say what its database holds.
// test/size-buckets-test.ts feeds it the buckets read back from real databases.
import { describe, expect, test } from "vitest";
import { DEFAULT_SIZE_BUCKET_EDGES, sizeBucketDefinitions } from "../src/config/config.ts";
import { MODEL_EXPORT_COLUMNS } from "../src/data-loaders/db/data-dictionary.ts";
import { DEFAULT_SIZE_BUCKETS } from "../src/data-loaders/db/report-types.ts";
import { dataDictionary } from "../src/i18n/data-dictionary.ts";
import { messages } from "../src/i18n/index.ts";

describe("the size_bucket column's description", () => {
  test("lists each bucket with its bounds, lower bound included and the last one open, then unknown", () => {
    const buckets = sizeBucketDefinitions([500e6, 1.5e9, 70e9]);
    expect(dataDictionary("en", buckets).size_bucket).toBe(
      'Size class by params, in the size buckets of this build (lower bound included): "<500M" (< 500e6), "500M–1.5B" (500e6 to < 1.5e9), "1.5–70B" (1.5e9 to < 70e9), ">70B" (70e9 or more); "unknown" when params is empty.',
    );
    expect(dataDictionary("zh-CN", buckets).size_bucket).toBe(
      '按 params 划分的规模区间，即本次构建的规模区间（含下限）："<500M"（< 500e6）、"500M–1.5B"（500e6 至 < 1.5e9）、"1.5–70B"（1.5e9 至 < 70e9）、">70B"（70e9 及以上）；params 为空时为 "unknown"。',
    );
  });

  test("names the buckets by their stored labels, not labels derived from the bounds", () => {
    const renamed = sizeBucketDefinitions([7e9]).map((b) => ({ ...b, bucket: b.upper === null ? "large" : "small" }));
    expect(dataDictionary("en", renamed).size_bucket).toContain('"small" (< 7e9), "large" (7e9 or more)');
    expect(dataDictionary("zh-CN", renamed).size_bucket).toContain('"small"（< 7e9）、"large"（7e9 及以上）');
  });

  test("with the default edges, lists every default bucket", () => {
    const description = dataDictionary("en", sizeBucketDefinitions(DEFAULT_SIZE_BUCKET_EDGES)).size_bucket;
    for (const bucket of DEFAULT_SIZE_BUCKETS) expect(description).toContain(`"${bucket}"`);
    expect(description).toContain('"20–40B" (20e9 to < 40e9)');
    expect(description).toContain('">80B" (80e9 or more)');
  });

  test("leaves every other column as the static dictionary describes it, in both languages", () => {
    const buckets = sizeBucketDefinitions([7e9, 70e9]);
    for (const lang of ["en", "zh-CN"] as const) {
      const dictionary = dataDictionary(lang, buckets);
      expect(Object.keys(dictionary)).toEqual(expect.arrayContaining([...MODEL_EXPORT_COLUMNS]));
      for (const column of MODEL_EXPORT_COLUMNS.filter((c) => c !== "size_bucket")) {
        expect(dictionary[column], `${lang} ${column}`).toBe(messages(lang).dataDictionary.columns[column]);
      }
    }
  });

  test("the static dictionary names no bucket, so it cannot describe the wrong ones", () => {
    for (const lang of ["en", "zh-CN"] as const) {
      const text = messages(lang).dataDictionary.columns.size_bucket;
      for (const bucket of DEFAULT_SIZE_BUCKETS.filter((b) => b !== "unknown")) expect(text, lang).not.toContain(bucket);
    }
  });
});
