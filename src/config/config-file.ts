// The optional config file, hub-likes.config.json. It holds what a project wants to keep between
// runs (how many models, the quality rule, the era boundary, the size buckets); flags override it,
// and the Hub endpoint and token stay in the environment so the file can be committed.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError, normalizeConfig, type HubLikesConfigSpec, type Thresholds } from "./config.ts";

export const CONFIG_FILE_NAME = "hub-likes.config.json";

const TOP_LEVEL_KEYS = ["limit", "thresholds", "sizeBuckets", "cacheDir", "dbPath", "outDir"] as const;
const THRESHOLD_KEYS = ["likesPercentile", "minDownloads", "eraBoundary"] as const;

/**
 * Reads `explicitPath` (from --config; it must exist) or else `hub-likes.config.json` in `cwd` (used
 * when present). Returns the file's settings as a spec, every value already checked, or an empty
 * spec when there is no file. Relative paths in the file are relative to the file.
 */
export async function readConfigFile(explicitPath?: string, cwd = process.cwd()): Promise<HubLikesConfigSpec> {
  const file = path.resolve(cwd, explicitPath ?? CONFIG_FILE_NAME);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" && explicitPath === undefined) return {};
    throw new ConfigError(`cannot read the config file ${file}: ${(error as Error).message}. Check the --config path.`);
  }
  return parseConfigFile(text, file);
}

/** Parses and checks the text of a config file; `file` names it in every error. */
export function parseConfigFile(text: string, file: string): HubLikesConfigSpec {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError(`${file} is not valid JSON: ${describeSyntaxError(text)}.`);
  }
  const fail = (message: string): never => {
    throw new ConfigError(`${file}: ${message}`);
  };
  if (!isPlainObject(json)) fail(`the file must hold one JSON object such as {"limit": 3000}; got ${kindOf(json)}.`);
  const object = json as Record<string, unknown>;
  rejectUnknownKeys(object, TOP_LEVEL_KEYS, "", fail);

  const spec: HubLikesConfigSpec = {};
  if ("limit" in object) {
    const limit = object.limit;
    if (limit === "all" || limit === null) spec.limit = null;
    else if (typeof limit === "number") spec.limit = limit;
    else fail(`limit must be a whole number of models (1 or more) or "all"; got ${JSON.stringify(limit)}.`);
  }
  if ("thresholds" in object) {
    const thresholds = object.thresholds;
    if (!isPlainObject(thresholds)) fail(`thresholds must be an object with ${THRESHOLD_KEYS.join(", ")}; got ${kindOf(thresholds)}.`);
    const given = thresholds as Record<string, unknown>;
    rejectUnknownKeys(given, THRESHOLD_KEYS, "thresholds.", fail);
    const partial: Partial<Thresholds> = {};
    if ("likesPercentile" in given) partial.likesPercentile = numberValue(given.likesPercentile, "thresholds.likesPercentile", "a number from 0 to 1 (0.25 is the 25th percentile)", fail);
    if ("minDownloads" in given) partial.minDownloads = numberValue(given.minDownloads, "thresholds.minDownloads", "a whole number, 0 or more", fail);
    if ("eraBoundary" in given) {
      if (typeof given.eraBoundary !== "string") fail(`thresholds.eraBoundary must be a date written "YYYY-MM-DD"; got ${JSON.stringify(given.eraBoundary)}.`);
      partial.eraBoundary = given.eraBoundary as string;
    }
    spec.thresholds = partial;
  }
  if ("sizeBuckets" in object) spec.sizeBuckets = object.sizeBuckets as number[];
  for (const key of ["cacheDir", "dbPath", "outDir"] as const) {
    if (!(key in object)) continue;
    const value = object[key];
    if (typeof value !== "string" || value.trim() === "") fail(`${key} must be a path (a non-empty string); got ${JSON.stringify(value)}.`);
    spec[key] = path.resolve(path.dirname(file), value as string);
  }
  // The ranges are normalizeConfig's, checked here too so that the error names the file.
  try {
    normalizeConfig(spec, {});
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message.replace(/^--limit/, "limit"));
    throw error;
  }
  return spec;
}

/** Flags override the file, key by key (a flag for one threshold keeps the file's others). */
export function mergeConfigSpecs(file: HubLikesConfigSpec, flags: HubLikesConfigSpec): HubLikesConfigSpec {
  const merged: HubLikesConfigSpec = { ...file, ...flags };
  if (file.thresholds || flags.thresholds) merged.thresholds = { ...file.thresholds, ...flags.thresholds };
  return merged;
}

function rejectUnknownKeys(object: Record<string, unknown>, allowed: readonly string[], prefix: string, fail: (message: string) => never): void {
  const unknown = Object.keys(object).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) {
    fail(`unknown key ${unknown.map((key) => `"${prefix}${key}"`).join(", ")}; allowed keys: ${allowed.map((key) => prefix + key).join(", ")}.`);
  }
}

function numberValue(value: unknown, name: string, allowed: string, fail: (message: string) => never): number {
  if (typeof value !== "number") fail(`${name} must be ${allowed}; got ${JSON.stringify(value)}.`);
  return value as number;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  return typeof value === "object" ? "an object" : JSON.stringify(value);
}

/**
 * V8 gives a character offset for some syntax errors and only a quote of the text for others, so
 * the offset is found by scanning the text; a line and column is what an editor shows.
 */
function describeSyntaxError(text: string): string {
  const at = firstSyntaxErrorOffset(text);
  const before = text.slice(0, at);
  const line = before.split("\n").length;
  const column = at - before.lastIndexOf("\n");
  const found = at >= text.length ? "end of the file" : JSON.stringify(text[at]);
  return `unexpected ${found} at line ${line}, column ${column}`;
}

/** The offset of the first character a JSON parser cannot accept (text.length for a cut-off text). */
function firstSyntaxErrorOffset(text: string): number {
  let i = 0;
  class Stop extends Error {}
  const stop = (): never => {
    throw new Stop();
  };
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const expect = (char: string) => (text[i] === char ? i++ : stop());
  const string = () => {
    expect('"');
    while (i < text.length && text[i] !== '"') {
      if (text[i] < " ") stop();
      if (text[i] === "\\") {
        i++;
        if (text[i] === "u") {
          if (!/^[0-9a-fA-F]{4}/.test(text.slice(i + 1, i + 5))) stop();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? "x")) stop();
      }
      i++;
    }
    expect('"');
  };
  const value = (): void => {
    space();
    const char = text[i];
    if (char === "{") {
      i++;
      space();
      if (text[i] === "}") return void i++;
      for (;;) {
        space();
        string();
        space();
        expect(":");
        value();
        space();
        if (text[i] === ",") i++;
        else return void expect("}");
      }
    }
    if (char === "[") {
      i++;
      space();
      if (text[i] === "]") return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ",") i++;
        else return void expect("]");
      }
    }
    if (char === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i));
    if (!literal) stop();
    i += literal![0].length;
  };
  try {
    value();
    space();
    if (i < text.length) stop();
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
  }
  return Math.min(i, text.length);
}
