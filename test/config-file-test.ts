// hub-likes.config.json and --size-buckets: flags beat the file, the file beats the defaults, and
// every bad value is refused with a message naming it and what is allowed.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfigFlags, parseSizeBucketsFlag } from "../src/cli/args.ts";
import { CONFIG_FILE_NAME, mergeConfigSpecs, parseConfigFile, readConfigFile } from "../src/config/config-file.ts";
import { ConfigError, DEFAULT_SIZE_BUCKET_EDGES, normalizeConfig, sizeBucketDefinitions } from "../src/config/config.ts";
import { DEFAULT_SIZE_BUCKETS } from "../src/data-loaders/db/report-types.ts";
import { suiteScratchDir } from "./fixtures/scratch.ts";

const scratchRoot = suiteScratchDir("hub-likes-db-");

async function writeConfig(dir: string, name: string, content: unknown): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, name);
  await writeFile(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return file;
}

function configFrom(json: unknown): unknown {
  return parseConfigFile(JSON.stringify(json), "/project/hub-likes.config.json");
}

describe("size bucket labels", () => {
  it("the default edges give the notebook's labels, in order, and DEFAULT_SIZE_BUCKETS is them plus unknown", () => {
    const buckets = sizeBucketDefinitions(DEFAULT_SIZE_BUCKET_EDGES);
    expect(buckets.map((b) => b.bucket)).toEqual(DEFAULT_SIZE_BUCKETS.filter((b) => b !== "unknown"));
    expect(buckets[0]).toEqual({ bucket: "<1B", lower: null, upper: 1e9, bucket_order: 1 });
    expect(buckets.at(-1)).toEqual({ bucket: ">80B", lower: 80e9, upper: null, bucket_order: 6 });
  });

  it("labels edges below a billion in millions and keeps fractions of a billion", () => {
    expect(sizeBucketDefinitions([5e8, 1.5e9, 7e9]).map((b) => b.bucket)).toEqual(["<500M", "500M–1.5B", "1.5–7B", ">7B"]);
    expect(sizeBucketDefinitions([7e9, 70e9]).map((b) => b.bucket)).toEqual(["<7B", "7–70B", ">70B"]);
  });
});

describe("--size-buckets", () => {
  it("takes edges in billions and turns them into parameters", () => {
    expect(parseConfigFlags(["--size-buckets", "7, 70"]).spec.sizeBuckets).toEqual([7e9, 70e9]);
    expect(parseSizeBucketsFlag("0.5,1.1")).toEqual([500_000_000, 1_100_000_000]);
  });

  it.each(["", "1,,2", "20,1", "1,1", "abc", "0.0001", "20000", Array.from({ length: 13 }, (_, i) => i + 1).join(",")])(
    "refuses %j, naming the flag, the range and the value",
    (text) => {
      expect(() => parseSizeBucketsFlag(text)).toThrow(ConfigError);
      expect(() => parseSizeBucketsFlag(text)).toThrow(
        `--size-buckets takes 1 to 12 increasing edges in billions of parameters between 0.001 and 10000, comma-separated (the default is 1,20,40,60,80); got "${text}".`,
      );
    },
  );

  it("--config is passed through as the file to read", () => {
    expect(parseConfigFlags(["--config", "my.json"]).configPath).toBe("my.json");
    expect(parseConfigFlags([]).configPath).toBeUndefined();
  });
});

describe("normalizeConfig sizeBuckets", () => {
  it("defaults to the notebook's edges", () => {
    expect(normalizeConfig({}, {}).sizeBuckets).toEqual([1e9, 20e9, 40e9, 60e9, 80e9]);
  });

  it.each([[[]], [[20e9, 1e9]], [[1e5]], [[1e14]], [Array.from({ length: 13 }, (_, i) => (i + 1) * 1e9)]])(
    "refuses edges %j, naming sizeBuckets and the allowed range",
    (edges) => {
      expect(() => normalizeConfig({ sizeBuckets: edges }, {})).toThrow(
        `sizeBuckets must be 1 to 12 increasing edges in parameters between 1e6 and 1e13 (for example [1e9, 20e9, 40e9, 60e9, 80e9]); got ${JSON.stringify(edges)}.`,
      );
    },
  );
});

describe("the config file", () => {
  it("reads every key: limit, thresholds, size buckets and paths relative to the file", () => {
    const spec = configFrom({
      limit: 500,
      thresholds: { likesPercentile: 0.5, minDownloads: 100, eraBoundary: "2025-01-01" },
      sizeBuckets: [7e9, 70e9],
      cacheDir: "my-cache",
      dbPath: "db/x.duckdb",
      outDir: "/abs/site",
    });
    expect(spec).toEqual({
      limit: 500,
      thresholds: { likesPercentile: 0.5, minDownloads: 100, eraBoundary: "2025-01-01" },
      sizeBuckets: [7e9, 70e9],
      cacheDir: "/project/my-cache",
      dbPath: "/project/db/x.duckdb",
      outDir: "/abs/site",
    });
    expect(configFrom({ limit: "all" })).toEqual({ limit: null });
  });

  it("precedence: a flag beats the file, the file beats the default, key by key", () => {
    const file = configFrom({ limit: 500, thresholds: { likesPercentile: 0.5, minDownloads: 100 }, sizeBuckets: [7e9, 70e9] }) as object;
    const flags = parseConfigFlags(["--min-downloads", "3", "--size-buckets", "2,30"]).spec;
    const config = normalizeConfig(mergeConfigSpecs(file, flags), {});
    expect(config.limit).toBe(500);
    expect(config.thresholds).toEqual({ likesPercentile: 0.5, minDownloads: 3, eraBoundary: "2024-01-01" });
    expect(config.sizeBuckets).toEqual([2e9, 30e9]);
    expect(normalizeConfig(mergeConfigSpecs(file, parseConfigFlags(["--limit", "all"]).spec), {}).limit).toBeNull();
  });

  it("hub-likes.config.json in the working directory is read when present; its absence is fine", async () => {
    const dir = path.join(scratchRoot, "implicit");
    expect(await readConfigFile(undefined, dir)).toEqual({});
    await writeConfig(dir, CONFIG_FILE_NAME, { limit: 42 });
    expect(await readConfigFile(undefined, dir)).toEqual({ limit: 42 });
  });

  it("--config FILE is read instead, and a missing one is an error naming it", async () => {
    const dir = path.join(scratchRoot, "explicit");
    await writeConfig(dir, CONFIG_FILE_NAME, { limit: 42 });
    await writeConfig(dir, "other.json", { limit: 7 });
    expect(await readConfigFile("other.json", dir)).toEqual({ limit: 7 });
    await expect(readConfigFile("absent.json", dir)).rejects.toThrow(`cannot read the config file ${path.join(dir, "absent.json")}`);
  });

  it("a JSON syntax error names the file, the line, the column and what belongs there", async () => {
    const dir = path.join(scratchRoot, "syntax");
    const file = await writeConfig(dir, CONFIG_FILE_NAME, '{\n  "limit": 10,\n  "sizeBuckets" [1e9]\n}\n');
    await expect(readConfigFile(undefined, dir)).rejects.toThrow(
      `${file} is not valid JSON at line 3, column 17: expected ":" after the key, found "[".`,
    );
  });

  it("reads comments of both kinds, wherever JSON allows white space", () => {
    const text = '// how many models\n{\n  "limit": 500, /* a quick run */\n  "thresholds": { "minDownloads": 5 } // the rest default\n}\n';
    expect(parseConfigFile(text, "/p/c.json")).toEqual({ limit: 500, thresholds: { minDownloads: 5 } });
  });

  it.each<[string, string]>([
    ['{"limit": 10,}', 'is not valid JSON at line 1, column 14: a comma before "}", which JSON does not allow: remove it.'],
    ['{"limit": 10', 'is not valid JSON at line 1, column 13: expected "}" to close the object, found the end of the file.'],
    ['{"limit": 1}\n{}', 'is not valid JSON at line 2, column 1: expected nothing but comments after the object, found "{".'],
    ['{"a": "\\x"}', "is not valid JSON at line 1, column 7: a string with an escape JSON does not know"],
    [
      '{"limit": 1 "thresholds": {}}',
      'is not valid JSON at line 1, column 13: expected "," before the next entry, or the closing bracket, found "\\"thresholds\\"".',
    ],
    ["{limit: 1}", 'is not valid JSON at line 1, column 2: expected a key in double quotes, found "limit".'],
    ['{"limit": tru}', 'is not valid JSON at line 1, column 11: unexpected text, found "tru".'],
    ['{"limit": 1} /* note', 'is not valid JSON at line 1, column 14: a comment without its closing "*/", found "/* note".'],
    ["", 'holds no JSON object; write one such as {"limit": 3000}.'],
    ["// only a comment\n", 'holds no JSON object; write one such as {"limit": 3000}.'],
  ])("locates the syntax error in %j and says what is wrong there", (text, message) => {
    expect(() => parseConfigFile(text, "/p/c.json")).toThrow(`/p/c.json ${message}`);
  });

  it.each<[unknown, string]>([
    [{ limits: 10 }, 'unknown key "limits"; allowed keys: limit, thresholds, sizeBuckets, cacheDir, dbPath, outDir.'],
    [
      { thresholds: { likesPercentile: 0.5, eraBoundry: "2024-01-01" } },
      'unknown key "thresholds.eraBoundry"; allowed keys: thresholds.likesPercentile, thresholds.minDownloads, thresholds.eraBoundary.',
    ],
    [{ endpoint: "http://x" }, 'unknown key "endpoint"; allowed keys: limit, thresholds, sizeBuckets, cacheDir, dbPath, outDir.'],
    [[1, 2], 'the file must hold one JSON object such as {"limit": 3000}; got an array.'],
    [{ limit: 0 }, 'limit must be a whole number of models (1 or more) or "all"; got "0".'],
    [{ limit: "ten" }, 'limit must be a whole number of models (1 or more) or "all"; got "ten".'],
    [{ thresholds: [] }, "thresholds must be an object with likesPercentile, minDownloads, eraBoundary; got an array."],
    [
      { thresholds: { likesPercentile: "25%" } },
      'thresholds.likesPercentile must be a number from 0 to 1 (0.25 is the 25th percentile); got "25%".',
    ],
    [{ thresholds: { likesPercentile: 25 } }, "likes percentile must be between 0 and 1 (0.25 is the 25th percentile); got 25."],
    [{ thresholds: { minDownloads: 2.5 } }, "minimum downloads must be a whole number, 0 or more; got 2.5."],
    [{ thresholds: { eraBoundary: 2024 } }, 'thresholds.eraBoundary must be a date written "YYYY-MM-DD"; got 2024.'],
    [{ thresholds: { eraBoundary: "2024-13-45" } }, 'era boundary must be a date written YYYY-MM-DD; got "2024-13-45".'],
    [
      { sizeBuckets: [20, 40] },
      "sizeBuckets must be 1 to 12 increasing edges in parameters between 1e6 and 1e13 (for example [1e9, 20e9, 40e9, 60e9, 80e9]); got [20,40].",
    ],
    [
      { sizeBuckets: "1,20" },
      'sizeBuckets must be 1 to 12 increasing edges in parameters between 1e6 and 1e13 (for example [1e9, 20e9, 40e9, 60e9, 80e9]); got "1,20".',
    ],
    [{ dbPath: 3 }, "dbPath must be a path (a non-empty string); got 3."],
  ])("refuses %j with a message naming the file, the value and what is allowed", (json, message) => {
    expect(() => configFrom(json)).toThrow(ConfigError);
    expect(() => configFrom(json)).toThrow(`/project/hub-likes.config.json: ${message}`);
  });
});
