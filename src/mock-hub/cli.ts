// `npx tsx src/mock-hub/cli.ts --records <file> | --sample [...]`: serve a dataset on 127.0.0.1
// until SIGINT/SIGTERM, so the crawler (HF_ENDPOINT=<printed url>) can be tried by hand, against a
// well-behaved Hub or, with --fault, a flaky one.
import "../cli/require-node.ts";
import { pathToFileURL } from "node:url";
import { loadDataset, RecordsFileError } from "./records.ts";
import { DEFAULT_SAMPLE_MODELS, DEFAULT_SAMPLE_SEED, generateSampleHub } from "./sample.ts";
import { DEFAULT_WINDOW_MS, startMockHub } from "./server.ts";
import { ANONYMOUS_QUOTA, type MockHubDataset, type Quota } from "./types.ts";
import { parseWholeNumber } from "../lib/whole-number.ts";
import { CommandLineError, commandHelp, defineCommand, parseCommandLine } from "../lib/command-line.ts";
import type { Fault, FaultRule } from "./faults.ts";

/** The forms --fault takes, shown in the usage and in every error about a --fault value. */
export const FAULT_FORMS = `KIND[:OPTION=VALUE,...]
  KIND    stall            no answer at all (the crawler gives up after its 30 s timeout, retries)
          reset            the connection is dropped without an answer
          500 ... 599      that server error, with a JSON body as the Hub sends them
          truncated-json   a 200 whose JSON is cut off halfway
          invalid-json     a 200 whose body is not JSON
          html-200         an HTML maintenance page with status 200 where JSON was expected
          html-502         an HTML "502 Bad Gateway" page from a proxy
          429              a 429 without RateLimit or Retry-After headers (also: bare-429)
  OPTION  path=TEXT        only requests whose path and query contain TEXT (default: all)
          after=N          let the first N matching requests through (default 0)
          every=N          only every N-th matching request gets it (default 1: each one)
          times=N|forever  how many requests get it (default 1; forever when every= is given)
          ms=N             stall only: answer normally after N milliseconds instead of never
  e.g.    --fault 429:every=5  --fault stall:path=/api/models,times=2  --fault 503:after=10,times=3`;

export const MOCK_HUB_COMMAND = defineCommand({
  name: "mock-hub",
  synopsis: "(--records FILE | --sample [--models N] [--seed N]) [options]",
  summary: "serve a records file or the sample Hub on 127.0.0.1",
  flags: {
    records: { type: "string", value: "FILE", help: 'serve a records file: .json {"models": [...], "authors": [...]} or .jsonl' },
    sample: { type: "boolean", help: "serve the generated sample Hub" },
    models: { type: "string", value: "N", help: `sample size (default ${DEFAULT_SAMPLE_MODELS})` },
    seed: { type: "string", value: "N", help: `sample seed (default ${DEFAULT_SAMPLE_SEED})` },
    port: { type: "string", value: "N", help: "port on 127.0.0.1 (default: a free one)" },
    "window-ms": {
      type: "string",
      value: "N",
      help: `rate-limit window in milliseconds (default ${DEFAULT_WINDOW_MS}, the Hub's 5 minutes)`,
    },
    "models-json-page-cap": {
      type: "string",
      value: "N",
      help: "serve the website listing /models-json up to page N (0-based) only; later pages\nanswer 400, as a site that stops paging would (default: no cap)",
    },
    quota: {
      type: "string",
      value: "A,R,P",
      help: `anonymous requests per window for the api, resolvers and pages buckets\n(default ${ANONYMOUS_QUOTA.api},${ANONYMOUS_QUOTA.resolvers},${ANONYMOUS_QUOTA.pages})`,
    },
    fault: {
      type: "string",
      value: "SPEC",
      multiple: true,
      help: "inject a fault, as a flaky Hub or a proxy in front of it would; repeat\nthe flag for several (the first rule due for a request wins)",
    },
  },
  footer: `--fault SPEC is ${FAULT_FORMS}

exit codes: 0 stopped with Ctrl-C or SIGTERM, 1 the records file is unusable, 2 a flag is wrong`,
});

export const MOCK_HUB_USAGE = commandHelp(MOCK_HUB_COMMAND);

/** Wrong flags or flag values: the command's usage errors (exit code 2). */
export class MockHubCliError extends Error {
  override name = "MockHubCliError";
}

export async function runMockHubCli(argv: string[]): Promise<void> {
  const { values, help } = parseCommandLine(MOCK_HUB_COMMAND, argv);
  if (help) {
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
  const pageCapText = values["models-json-page-cap"];
  const modelsJsonPageCap = pageCapText === undefined ? undefined : wholeNumber("--models-json-page-cap", String(pageCapText), 0);
  const models = values.models === undefined ? undefined : wholeNumber("--models", String(values.models), 1);
  const seed = values.seed === undefined ? undefined : wholeNumber("--seed", String(values.seed), 0);
  const faultSpecs = (values.fault as string[] | undefined) ?? [];
  const faults = faultSpecs.map(parseFaultSpec);
  const dataset: MockHubDataset = values.sample ? generateSampleHub({ models, seed }) : await loadDataset(String(values.records));
  const hub = await startMockHub({
    dataset,
    port,
    windowMs,
    quota,
    modelsJsonPageCap,
    faults,
    // One line per fault, so whoever watches the crawl can match its retries to what caused them.
    onRequest: (entry, count) => {
      if (entry.fault) console.log(`fault: ${entry.fault} for request ${count}, ${entry.method} ${entry.path}`);
    },
  });
  console.log(`mock Hub serving ${dataset.models.length} models and ${dataset.authors.length} authors on ${hub.url}`);
  for (const spec of faultSpecs) console.log(`injecting --fault ${spec}`);
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
  console.log(
    `mock Hub stopped after ${hub.requests.length} requests${faults.length > 0 ? ` (${hub.faults.injected} faults injected)` : ""}`,
  );
}

/**
 * The command as a process sees it: runs it and turns its errors into a message and an exit code
 * (2 for usage errors, 1 for an unusable records file); anything else is a bug and is rethrown.
 */
export async function mockHubMain(argv: string[]): Promise<number> {
  try {
    await runMockHubCli(argv);
    return 0;
  } catch (error) {
    if (error instanceof MockHubCliError || error instanceof CommandLineError) {
      console.error(`error: ${error.message}`);
      return 2;
    }
    if (error instanceof RecordsFileError) {
      console.error(`error: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

const FAULT_KINDS: Record<string, Fault> = {
  stall: { kind: "stall" },
  reset: { kind: "reset" },
  "truncated-json": { kind: "truncated-json" },
  "invalid-json": { kind: "invalid-json" },
  "html-200": { kind: "html", status: 200 },
  "html-502": { kind: "html", status: 502 },
  "429": { kind: "bare-429" },
  "bare-429": { kind: "bare-429" },
};

/** One --fault value as a FaultRule; a MockHubCliError naming the value and the forms otherwise. */
export function parseFaultSpec(spec: string): FaultRule {
  const failure = (problem: string) =>
    new MockHubCliError(`--fault "${spec}": ${problem.endsWith(".") ? problem : `${problem}.`}\n--fault takes ${FAULT_FORMS}`);
  const fail = (problem: string): never => {
    throw failure(problem);
  };
  const colon = spec.indexOf(":");
  const kindText = (colon === -1 ? spec : spec.slice(0, colon)).trim();
  let fault: Fault | undefined = FAULT_KINDS[kindText];
  if (fault === undefined && /^\d{3}$/.test(kindText)) {
    const status = Number(kindText);
    if (status < 500) fail(`${status} is not a fault kind: statuses 500-599 are server errors, and 429 is the bare 429`);
    fault = { kind: "status", status };
  }
  if (fault === undefined) {
    fail(kindText === "" ? "the fault kind is missing" : `unknown fault kind "${kindText}"`);
  }
  const rule: FaultRule = { match: () => true, fault: fault! };
  const seen = new Set<string>();
  for (const option of colon === -1 ? [] : spec.slice(colon + 1).split(",")) {
    const equals = option.indexOf("=");
    const name = (equals === -1 ? option : option.slice(0, equals)).trim();
    const value = equals === -1 ? "" : option.slice(equals + 1).trim();
    if (equals === -1 || name === "" || value === "") fail(`"${option}" is not OPTION=VALUE`);
    if (seen.has(name)) fail(`${name}= is given twice`);
    seen.add(name);
    const count = (min: number): number => parseWholeNumber(`${name}=`, value, min, failure);
    switch (name) {
      case "path":
        rule.match = value;
        break;
      case "after":
        rule.after = count(0);
        break;
      case "every":
        rule.every = count(1);
        break;
      case "times":
        rule.times = value === "forever" ? Infinity : count(1);
        break;
      case "ms":
        if (fault!.kind !== "stall") fail(`ms= is for stall only (how long before the answer comes)`);
        rule.fault = { kind: "stall", ms: count(1) };
        break;
      default:
        fail(`unknown option "${name}"`);
    }
  }
  return rule;
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
  mockHubMain(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
