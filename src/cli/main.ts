// `npm run hub -- <command>`: the project's command line.
import "./require-node.ts";
import { ConfigError, normalizeConfig } from "../config/config.ts";
import { runCrawlCommand } from "./crawl-command.ts";
import { BUILD_COMMAND, BUILD_SAMPLE_COMMAND, CRAWL_COMMAND, DEV_COMMAND, parseConfigFlags } from "./args.ts";
import { mergeConfigSpecs, readConfigFile } from "../config/config-file.ts";
import path from "node:path";
import { buildSite, runDevServer } from "./build-site.ts";
import { buildSample, SAMPLE_CACHE_DIR } from "./build-sample.ts";
import { runCheck } from "./check.ts";
import { COMMANDS } from "./commands.ts";
import { runHistory } from "./history.ts";
import { runParamsCli } from "./params.ts";
import { mockHubMain } from "../mock-hub/cli.ts";
import { databaseFileProblem } from "../data-loaders/db/database-file-problem.ts";
import { CommandLineError, commandHelp, commandList, type CommandDefinition } from "../lib/command-line.ts";

const USAGE = `usage: npm run hub -- <command> [flags]

commands:
${commandList(COMMANDS)}

\`npm run hub -- <command> --help\` lists a command's flags; a command refuses flags it does not use.`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "mock-hub") {
    // Its own exit codes (1 for an unusable records file), so it reports its errors itself.
    return mockHubMain(rest);
  }
  if (command === "params") return runParamsCli(rest);
  if (command === "check") return runCheck(rest);
  if (command === "history") return runHistory(rest);
  if (!command || command === "--help" || command === "-h" || command === "help") {
    console.log(USAGE);
    return command ? 0 : EXIT_USAGE;
  }
  const definition = PIPELINE_COMMANDS.find((candidate) => candidate.name === command);
  if (!definition) {
    throw new ConfigError(`unknown command "${command}". Commands: ${COMMANDS.map((candidate) => candidate.name).join(", ")}.`);
  }
  const flags = parseConfigFlags(rest, definition);
  if (flags.help) {
    console.log(commandHelp(definition));
    return 0;
  }
  // Precedence: flags, then the config file, then normalizeConfig's defaults.
  flags.spec = mergeConfigSpecs(await readConfigFile(flags.configPath), flags.spec);
  switch (definition) {
    case CRAWL_COMMAND:
      return await runCrawlCommand(normalizeConfig(flags.spec), {
        refresh: flags.refresh,
        authorTtlDays: flags.authorTtlDays,
        verbose: flags.verbose,
      });
    case BUILD_COMMAND:
      await buildSite(normalizeConfig(flags.spec), { recrawl: flags.refresh });
      return 0;
    case BUILD_SAMPLE_COMMAND:
      await buildSample(flags.spec);
      return 0;
    default:
      await runDevServer(normalizeConfig(flags.spec), path.resolve(SAMPLE_CACHE_DIR, "hub-likes.duckdb"));
      return 0;
  }
}

const PIPELINE_COMMANDS: readonly CommandDefinition[] = [CRAWL_COMMAND, BUILD_COMMAND, BUILD_SAMPLE_COMMAND, DEV_COMMAND];

/** Exit code for what was asked being wrong (a flag, the config file, a value), as mock-hub uses too. */
export const EXIT_USAGE = 2;
/**
 * What a failed command prints and exits with. Expected problems print their message only: what
 * was asked is wrong (ConfigError: exit 2), or the Hub, the cache or the database could not give
 * what was needed (exit 1), a damaged or locked database file included. Anything else is a bug,
 * printed with its stack (exit 1).
 */
export function describeFailure(error: Error): { text: string; code: number } {
  if (error instanceof ConfigError || error instanceof CommandLineError) return { text: `error: ${error.message}`, code: EXIT_USAGE };
  if (error.name === "HubError" || error.name === "ReportSourceError" || error.name === "SiteTooLargeError")
    return { text: `error: ${error.message}`, code: 1 };
  const databaseProblem = databaseFileProblem(error);
  if (databaseProblem) return { text: `error: ${databaseProblem}`, code: 1 };
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
