// `npx tsx src/mock-hub/cli.ts --records <file> | --sample [...]`: serve a dataset on 127.0.0.1
// until SIGINT/SIGTERM, so the crawler (HF_ENDPOINT=<printed url>) can be tried by hand.
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { loadDataset, RecordsFileError } from "./records.ts";
import { DEFAULT_SAMPLE_MODELS, DEFAULT_SAMPLE_SEED, generateSampleHub } from "./sample.ts";
import { DEFAULT_WINDOW_MS, startMockHub } from "./server.ts";
import { ANONYMOUS_QUOTA, type MockHubDataset, type Quota } from "./types.ts";
import { parseWholeNumber } from "../cli/whole-number.ts";

export const MOCK_HUB_USAGE = `usage: mock-hub (--records FILE | --sample [--models N] [--seed N]) [options]

  --records FILE     serve a records file: .json {"models": [...], "authors": [...]} or .jsonl
  --sample           serve the generated sample Hub
  --models N         sample size (default ${DEFAULT_SAMPLE_MODELS})
  --seed N           sample seed (default ${DEFAULT_SAMPLE_SEED})
  --port N           port on 127.0.0.1 (default: a free one)
  --window-ms N      rate-limit window in milliseconds (default ${DEFAULT_WINDOW_MS}, the Hub's 5 minutes)
  --quota A,R,P      anonymous requests per window for the api, resolvers and pages buckets
                     (default ${ANONYMOUS_QUOTA.api},${ANONYMOUS_QUOTA.resolvers},${ANONYMOUS_QUOTA.pages})`;

export class MockHubCliError extends Error {
  override name = "MockHubCliError";
}

export async function runMockHubCli(argv: string[]): Promise<void> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        records: { type: "string" },
        sample: { type: "boolean" },
        models: { type: "string" },
        seed: { type: "string" },
        port: { type: "string" },
        "window-ms": { type: "string" },
        quota: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new MockHubCliError(`${(error as Error).message}\n${MOCK_HUB_USAGE}`);
  }
  if (values.help) {
    console.log(MOCK_HUB_USAGE);
    return;
  }
  if (Boolean(values.records) === Boolean(values.sample)) {
    throw new MockHubCliError(`give exactly one of --records FILE or --sample.\n${MOCK_HUB_USAGE}`);
  }
  // Every flag is checked before the (possibly slow) dataset is built.
  const port = values.port === undefined ? 0 : wholeNumber("--port", String(values.port), 0);
  const windowMs = values["window-ms"] === undefined ? undefined : wholeNumber("--window-ms", String(values["window-ms"]), 1);
  const quota = values.quota === undefined ? undefined : parseQuota(String(values.quota));
  const models = values.models === undefined ? undefined : wholeNumber("--models", String(values.models), 1);
  const seed = values.seed === undefined ? undefined : wholeNumber("--seed", String(values.seed), 0);
  const dataset: MockHubDataset = values.sample
    ? generateSampleHub({ models, seed })
    : await loadDataset(String(values.records));
  const hub = await startMockHub({ dataset, port, windowMs, quota });
  console.log(`mock Hub serving ${dataset.models.length} models and ${dataset.authors.length} authors on ${hub.url}`);
  console.log(`use it with HF_ENDPOINT=${hub.url}; stop with Ctrl-C`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  await hub.close();
  console.log(`mock Hub stopped after ${hub.requests.length} requests`);
}

function wholeNumber(flag: string, text: string, min: number): number {
  return parseWholeNumber(flag, text, min, (message) => new MockHubCliError(message));
}

function parseQuota(text: string): Quota {
  const parts = text.split(",");
  if (parts.length !== 3) {
    throw new MockHubCliError(`--quota takes three whole numbers "api,resolvers,pages" (e.g. 500,3000,100); got "${text}".`);
  }
  const [api, resolvers, pages] = parts.map((part) => wholeNumber("--quota", part.trim(), 1));
  return { api, resolvers, pages };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  runMockHubCli(process.argv.slice(2)).catch((error: Error) => {
    console.error(error instanceof MockHubCliError || error instanceof RecordsFileError ? error.message : error);
    process.exitCode = 1;
  });
}
