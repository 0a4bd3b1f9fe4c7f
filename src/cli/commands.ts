// The command line's commands, in the order the top-level help lists them. Apart from main.ts,
// which runs a command when started, so the tests can read the list without starting anything.
import type { CommandDefinition } from "../lib/command-line.ts";
import { MOCK_HUB_COMMAND } from "../mock-hub/cli.ts";
import { BUILD_COMMAND, BUILD_SAMPLE_COMMAND, CRAWL_COMMAND, DEV_COMMAND } from "./args.ts";
import { CHECK_COMMAND } from "./check.ts";
import { HISTORY_COMMAND } from "./history.ts";
import { PARAMS_COMMAND } from "./params.ts";

/** Every command, in the order the top-level help lists them. */
export const COMMANDS: readonly CommandDefinition[] = [
  CRAWL_COMMAND,
  BUILD_COMMAND,
  BUILD_SAMPLE_COMMAND,
  DEV_COMMAND,
  MOCK_HUB_COMMAND,
  PARAMS_COMMAND,
  CHECK_COMMAND,
  HISTORY_COMMAND,
];
