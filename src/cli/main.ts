// `npm run hub -- <command>`: the project's command line.
import { ConfigError, normalizeConfig } from "../config/config.ts";
import { runCrawlCommand } from "./crawl-command.ts";
import { parseConfigFlags } from "./args.ts";
import { mergeConfigSpecs, readConfigFile } from "../config/config-file.ts";
import path from "node:path";
import { buildSite, runDevServer } from "./build-site.ts";
import { buildSample, SAMPLE_CACHE_DIR } from "./build-sample.ts";

const USAGE = `usage: npm run hub -- <command> [flags]

commands:
  crawl           list the most-liked text-generation models, enrich them, write the database
  build           crawl if there is no database yet, then build the site into dist/
  build:sample    the same, offline, against the bundled sample Hub (cache/sample/)
  dev             the Astro dev server on the crawled database (or the sample's)
  mock-hub        serve a records file or the sample Hub on 127.0.0.1 (--help for its flags)
  params          parameter count, source and evidence of models by id or name (--help for its flags)
  check           refuse to publish a crawl that looks broken next to the published one (--help)
  history         add the crawl to the likes history and load it for the history page (--help)

flags (crawl, build, build:sample):
  --limit N|all           how many of the most-liked models (default 3000)
  --offline               make no requests; everything must be in the cache
  --refresh               crawl again even when cached listing pages or a database exist; per-model
                          data is reused while the model's sha is unchanged
  --author-ttl-days N     crawl: authors' plan and followers older than N days are fetched again
                          (default 28); an author's kind (organisation or user) is kept for good
  --verbose               crawl: one line per request answered ("fetched <path> (<status>)")
  --endpoint URL          the Hub (default $HF_ENDPOINT or https://huggingface.co)
  --cache DIR             raw response cache (default cache/)
  --db PATH               DuckDB file (default <cache>/hub-likes.duckdb)
  --out DIR               site output (default dist/)
  --likes-percentile P    quality rule: likes below this percentile are low quality (default 0.25)
  --min-downloads N       quality rule: fewer 30-day downloads are low quality (default 10)
  --era-boundary DATE     models created before DATE are "before" (default 2024-01-01)
  --size-buckets B,B,…    size bucket edges in billions of parameters (default 1,20,40,60,80)
  --site-limit-mb N       build: refuse a site larger than N megabytes (default 1000, GitHub Pages'
                          limit; or $HUB_LIKES_SITE_LIMIT_MB)
  --config FILE           settings file (default ./hub-likes.config.json when present; flags win)

environment: HF_TOKEN (Bearer token, never stored), HF_ENDPOINT (mirror or mock Hub)`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "mock-hub") {
    // Its own flags and exit codes (2 for a wrong flag), so it reports its errors itself.
    const { mockHubMain } = await import("../mock-hub/cli.ts");
    return mockHubMain(rest);
  }
  if (command === "params") {
    // Its own flags (--json, --name-only), so it parses them itself.
    const { runParamsCli } = await import("./params.ts");
    return runParamsCli(rest);
  }
  if (command === "check") {
    const { runCheck } = await import("./check.ts");
    return runCheck(rest);
  }
  if (command === "history") {
    const { runHistory } = await import("./history.ts");
    return runHistory(rest);
  }
  if (!command || command === "--help" || command === "-h" || command === "help") {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const flags = parseConfigFlags(rest);
  if (flags.help) {
    console.log(USAGE);
    return 0;
  }
  // Precedence: flags, then the config file, then normalizeConfig's defaults.
  flags.spec = mergeConfigSpecs(await readConfigFile(flags.configPath), flags.spec);
  switch (command) {
    case "crawl": {
      return await runCrawlCommand(normalizeConfig(flags.spec), {
        refresh: flags.refresh,
        authorTtlDays: flags.authorTtlDays,
        verbose: flags.verbose,
      });
    }
    case "build": {
      await buildSite(normalizeConfig(flags.spec), { recrawl: flags.refresh });
      return 0;
    }
    case "build:sample": {
      await buildSample(flags.spec);
      return 0;
    }
    case "dev": {
      await runDevServer(normalizeConfig(flags.spec), path.resolve(SAMPLE_CACHE_DIR, "hub-likes.duckdb"));
      return 0;
    }
    default:
      throw new ConfigError(`unknown command "${command}". Commands: crawl, build, build:sample, dev, mock-hub, params, check, history.`);
  }
}

/** Exit code for what was asked being wrong (a flag, the config file, a value), as mock-hub uses too. */
export const EXIT_USAGE = 2;

/**
 * What a failed command prints and exits with. Expected problems print their message only: what
 * was asked is wrong (ConfigError: exit 2), or the Hub, the cache or the database could not give
 * what was needed (exit 1). Anything else is a bug, printed with its stack (exit 1).
 */
export function describeFailure(error: Error): { text: string; code: number } {
  if (error instanceof ConfigError) return { text: `error: ${error.message}`, code: EXIT_USAGE };
  if (error.name === "HubError" || error.name === "ReportSourceError" || error.name === "SiteTooLargeError") return { text: `error: ${error.message}`, code: 1 };
  return { text: error.stack ?? String(error), code: 1 };
}

const invokedDirectly = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      const { text, code } = describeFailure(error);
      console.error(text);
      process.exit(code);
    },
  );
}
