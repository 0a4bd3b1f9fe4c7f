// The optional config file, hub-likes.config.json. It holds what a project wants to keep between
// runs (how many models, the quality rule, the era boundary, the size buckets); flags override it,
// and the Hub endpoint and token stay in the environment so the file can be committed. It is JSON
// that may hold comments, so a team can say in the file why a threshold is what it is.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseJsonc, type ParseError, printParseErrorCode } from "jsonc-parser";
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

/** Parses (comments allowed) and checks the text of a config file; `file` names it in every error. */
export function parseConfigFile(text: string, file: string): HubLikesConfigSpec {
  const json = parseJsonWithComments(text, file);
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
    if ("likesPercentile" in given)
      partial.likesPercentile = numberValue(
        given.likesPercentile,
        "thresholds.likesPercentile",
        "a number from 0 to 1 (0.25 is the 25th percentile)",
        fail,
      );
    if ("minDownloads" in given)
      partial.minDownloads = numberValue(given.minDownloads, "thresholds.minDownloads", "a whole number, 0 or more", fail);
    if ("eraBoundary" in given) {
      if (typeof given.eraBoundary !== "string")
        fail(`thresholds.eraBoundary must be a date written "YYYY-MM-DD"; got ${JSON.stringify(given.eraBoundary)}.`);
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

function rejectUnknownKeys(
  object: Record<string, unknown>,
  allowed: readonly string[],
  prefix: string,
  fail: (message: string) => never,
): void {
  const unknown = Object.keys(object).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) {
    fail(
      `unknown key ${unknown.map((key) => `"${prefix}${key}"`).join(", ")}; allowed keys: ${allowed.map((key) => prefix + key).join(", ")}.`,
    );
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

/** What each of jsonc-parser's error codes means, said as what was expected or found. */
const SYNTAX_PROBLEMS: Record<string, string> = {
  InvalidSymbol: "unexpected text",
  InvalidNumberFormat: "a number JSON cannot read",
  PropertyNameExpected: "expected a key in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: 'expected ":" after the key',
  CommaExpected: 'expected "," before the next entry, or the closing bracket',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: "expected nothing but comments after the object",
  InvalidCommentToken: "a comment that is not closed",
  UnexpectedEndOfComment: 'a comment without its closing "*/"',
  UnexpectedEndOfString: "a string without its closing quote",
  UnexpectedEndOfNumber: "a number cut short",
  InvalidUnicode: 'a "\\u" escape without four hex digits',
  InvalidEscapeCharacter: 'a string with an escape JSON does not know (it knows \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)',
  InvalidCharacter: "a control character inside a string",
};

/**
 * Reads the file as JSON with comments (jsonc-parser, the parser behind VS Code's settings). A
 * syntax error is reported where an editor shows it, by line and column, with what was expected
 * there; a trailing comma is refused, since other tools reading the file as JSON would refuse it.
 */
function parseJsonWithComments(text: string, file: string): unknown {
  const errors: ParseError[] = [];
  const json: unknown = parseJsonc(text, errors, { disallowComments: false, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length === 0) return json;
  const [{ error, offset, length }, next] = errors;
  // An unquoted key is unexpected text followed by a missing key; the missing key is what to fix.
  const unquotedKey =
    printParseErrorCode(error) === "InvalidSymbol" && next !== undefined && printParseErrorCode(next.error) === "PropertyNameExpected";
  const code = unquotedKey ? "PropertyNameExpected" : printParseErrorCode(error);
  const before = text.slice(0, offset);
  const where = `line ${before.split("\n").length}, column ${offset - before.lastIndexOf("\n")}`;
  if (json === undefined && code === "ValueExpected" && offset === text.length) {
    throw new ConfigError(`${file} holds no JSON object; write one such as {"limit": 3000}.`);
  }
  const found =
    offset >= text.length ? "the end of the file" : JSON.stringify(text.slice(offset, offset + Math.min(Math.max(length, 1), 20)));
  const trailingComma = code === "PropertyNameExpected" && /,\s*$/.test(before) && text[offset] === "}";
  const problem = trailingComma
    ? 'a comma before "}", which JSON does not allow: remove it'
    : `${SYNTAX_PROBLEMS[code] ?? code}, found ${found}`;
  throw new ConfigError(`${file} is not valid JSON at ${where}: ${problem}.`);
}
