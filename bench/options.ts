// Flags of `npm run bench`. Each error names the flag and what it accepts.
import { parseArgs } from "node:util";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_SEED, DEFAULT_SIZES } from "./harness.ts";
import { parseWholeNumber } from "../src/lib/whole-number.ts";
import { DEFAULT_SITE_LIMIT_BYTES } from "../src/config/config.ts";

export const BENCH_USAGE = `usage: npm run bench -- [flags]

  --sizes N,N,...    Hub sizes in text-generation models (default ${DEFAULT_SIZES.join(",")}; 1000000 is opt-in,
                     and needs about 13 GiB of memory and half an hour)
  --seed N           seed of the generated Hubs (default ${DEFAULT_SEED})
  --no-notebook      skip the notebook's way of crawling
  --no-build         skip the site builds
  --out DIR          caches, databases and sites (default bench/out; removed after each size)
  --keep             keep them
  --models-json-page-cap N
                     the benchmark Hub serves its website listing up to page N only (a site that
                     stops paging; default: every page)
  --site-limit-mb N  the host's site size limit the builds are held to (default ${DEFAULT_SITE_LIMIT_BYTES / 1e6},
                     GitHub Pages')
  --json FILE        also write every figure as JSON
  --write-docs       rewrite the table between the bench markers in docs/benchmarks.md
  --verbose          print the crawls' own log lines`;

export interface BenchCliOptions {
  sizes: number[];
  seed: number;
  notebook: boolean;
  build: boolean;
  outDir: string;
  keep: boolean;
  json: string | null;
  modelsJsonPageCap: number | null;
  siteLimitBytes: number;
  writeDocs: boolean;
  verbose: boolean;
  help: boolean;
}

export class BenchUsageError extends Error {
  override name = "BenchUsageError";
}

const benchDir = path.dirname(fileURLToPath(import.meta.url));

export function parseBenchFlags(argv: string[]): BenchCliOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        sizes: { type: "string" },
        seed: { type: "string" },
        "no-notebook": { type: "boolean" },
        "no-build": { type: "boolean" },
        out: { type: "string" },
        keep: { type: "boolean" },
        json: { type: "string" },
        "models-json-page-cap": { type: "string" },
        "site-limit-mb": { type: "string" },
        "write-docs": { type: "boolean" },
        verbose: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new BenchUsageError(`${(error as Error).message}\n\n${BENCH_USAGE}`);
  }
  return {
    sizes: values.sizes === undefined ? DEFAULT_SIZES : parseSizes(String(values.sizes)),
    seed: values.seed === undefined ? DEFAULT_SEED : parseWhole("--seed", String(values.seed), 0),
    notebook: !values["no-notebook"],
    build: !values["no-build"],
    outDir: path.resolve(values.out === undefined ? path.join(benchDir, "out") : String(values.out)),
    keep: Boolean(values.keep),
    json: values.json === undefined ? null : path.resolve(String(values.json)),
    modelsJsonPageCap:
      values["models-json-page-cap"] === undefined ? null : parseWhole("--models-json-page-cap", String(values["models-json-page-cap"]), 0),
    siteLimitBytes:
      values["site-limit-mb"] === undefined
        ? DEFAULT_SITE_LIMIT_BYTES
        : parseWhole("--site-limit-mb", String(values["site-limit-mb"]), 1) * 1e6,
    writeDocs: Boolean(values["write-docs"]),
    verbose: Boolean(values.verbose),
    help: Boolean(values.help),
  };
}

export function parseSizes(text: string): number[] {
  const sizes = text
    .split(",")
    .map((part) => part.trim().replace(/_/g, ""))
    .filter((part) => part !== "");
  if (sizes.length === 0)
    throw new BenchUsageError(`--sizes takes a comma-separated list of model counts, e.g. 3000,100000; got "${text}".`);
  return sizes.map((part) => parseWhole("--sizes", part, 1));
}

function parseWhole(flag: string, text: string, min: number): number {
  return parseWholeNumber(flag, text, min, (message) => new BenchUsageError(message));
}
