// `mock-hub --fault SPEC`: the spec syntax (each kind, each option, and a clear error for each way
// a spec can be wrong), and the whole story a user would try by hand: the mock Hub command started
// as a child process with faults, the crawl command pointed at it through HF_ENDPOINT, retrying
// through every fault and ending with the same database as a crawl of a Hub that never failed.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeConfig } from "../src/config/config.ts";
import { crawl } from "../src/data-loaders/crawl/crawl.ts";
import { MockHubCliError, parseFaultSpec } from "../src/mock-hub/cli.ts";
import { FaultInjector, type Fault } from "../src/mock-hub/faults.ts";
import { generateSampleHub } from "../src/mock-hub/sample.ts";
import { queryDatabase } from "./fixtures/db.ts";
import { startTestHub, suiteScratchDir } from "./fixtures/scratch.ts";

const PROJECT = fileURLToPath(new URL("..", import.meta.url));

/** Which of `paths`, numbered from 1, get a fault under the rule `spec`. */
function faultedRequests(spec: string, paths: string[]): number[] {
  const injector = new FaultInjector([parseFaultSpec(spec)]);
  return paths.flatMap((p, index) => (injector.pick(p) ? [index + 1] : []));
}
const requests = (n: number, p = "/api/models") => Array.from({ length: n }, () => p);

describe("--fault SPEC", () => {
  it.each<[string, Fault]>([
    ["stall", { kind: "stall" }],
    ["stall:ms=1500", { kind: "stall", ms: 1500 }],
    ["reset", { kind: "reset" }],
    ["500", { kind: "status", status: 500 }],
    ["503", { kind: "status", status: 503 }],
    ["truncated-json", { kind: "truncated-json" }],
    ["invalid-json", { kind: "invalid-json" }],
    ["html-200", { kind: "html", status: 200 }],
    ["html-502", { kind: "html", status: 502 }],
    ["429", { kind: "bare-429" }],
    ["bare-429", { kind: "bare-429" }],
  ])("%s injects the matching fault", (spec, fault) => {
    expect(parseFaultSpec(spec).fault).toEqual(fault);
  });

  it("hits one request by default, and every request with times=forever", () => {
    expect(faultedRequests("503", requests(4))).toEqual([1]);
    expect(faultedRequests("503:times=forever", requests(4))).toEqual([1, 2, 3, 4]);
  });

  it("with every=N hits every N-th request, for as long as the Hub runs unless times= says otherwise", () => {
    expect(faultedRequests("429:every=5", requests(22))).toEqual([5, 10, 15, 20]);
    expect(faultedRequests("429:every=5,times=2", requests(22))).toEqual([5, 10]);
  });

  it("with after=N lets N matching requests through first, and counts every= from there", () => {
    expect(faultedRequests("reset:after=3,times=2", requests(8))).toEqual([4, 5]);
    expect(faultedRequests("reset:after=3,every=2", requests(8))).toEqual([5, 7]);
  });

  it("with path=TEXT hits only requests whose path and query contain TEXT", () => {
    const mixed = ["/api/models?limit=5", "/api/users/a/overview", "/api/models?cursor=x", "/api/models?cursor=y", "/api/models?cursor=z"];
    expect(faultedRequests("stall:path=/api/models,times=2", mixed)).toEqual([1, 3]);
    expect(faultedRequests("stall:path=cursor=,times=2", mixed)).toEqual([3, 4]);
  });

  it.each([
    ["", /the fault kind is missing/],
    [":times=2", /the fault kind is missing/],
    ["teapot", /unknown fault kind "teapot"/],
    ["404", /404 is not a fault kind: statuses 500-599 are server errors, and 429 is the bare 429/],
    ["503:every", /"every" is not OPTION=VALUE/],
    ["503:every=", /"every=" is not OPTION=VALUE/],
    ["503:every=0", /every= takes a whole number, 1 or more; got "0"/],
    ["503:times=-1", /times= takes a whole number, 1 or more; got "-1"/],
    ["503:after=soon", /after= takes a whole number, 0 or more; got "soon"/],
    ["reset:ms=500", /ms= is for stall only/],
    ["503:colour=red", /unknown option "colour"/],
    ["503:after=1,after=2", /after= is given twice/],
  ])("rejects %j, naming the value, what is wrong and the accepted forms", (spec, problem) => {
    let error: unknown;
    try {
      parseFaultSpec(spec);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MockHubCliError);
    const message = (error as Error).message;
    expect(message).toContain(`--fault "${spec}": `);
    expect(message).toMatch(problem);
    expect(message).toContain("--fault takes KIND[:OPTION=VALUE,...]");
    expect(message).toContain("truncated-json");
    expect(message).toContain("every=N");
  });

  it("is explained in the command's usage", async () => {
    const { MOCK_HUB_USAGE } = await import("../src/mock-hub/cli.ts");
    expect(MOCK_HUB_USAGE).toContain("--fault SPEC");
    expect(MOCK_HUB_USAGE).toContain("--fault 429:every=5");
    expect(MOCK_HUB_USAGE).toContain("times=N|forever");
  });
});

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) child.kill("SIGKILL");
});

function start(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: PROJECT,
    env: { ...process.env, CI: "1", HF_TOKEN: "", HF_ENDPOINT: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  const output = { stdout: "", stderr: "" };
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output.stdout += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output.stderr += chunk));
  const finished = new Promise<Finished>((resolve) =>
    child.on("close", (code, signal) => {
      running.delete(child);
      resolve({ code, signal, ...output });
    }),
  );
  return { child, output, finished };
}

describe("npm run hub -- mock-hub with a bad --fault", () => {
  it("exits with 2 and says what is wrong, without a stack trace", async () => {
    const { code, stderr } = await start(["mock-hub", "--sample", "--models", "10", "--fault", "503:every=0"]).finished;
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: --fault "503:every=0": every= takes a whole number, 1 or more; got "0"\.$/m);
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});

describe("the crawl against `mock-hub --fault ...` started from the command line", () => {
  const MODELS = 120;
  const SEED = 11;
  const LIMIT = 40;
  const scratchRoot = suiteScratchDir("hub-cli-faults-");
  const newDir = () => mkdtempSync(path.join(scratchRoot, "run-"));

  let hubRun: Finished;
  let crawlRun: Finished;
  let dbPath: string;

  beforeAll(async () => {
    // A 503 on every 4th request, and the first two listing requests cut off.
    const hub = start([
      "mock-hub",
      "--sample",
      "--models",
      String(MODELS),
      "--seed",
      String(SEED),
      "--fault",
      "503:every=4",
      "--fault",
      "reset:path=/api/models?,times=2",
    ]);
    const url = await new Promise<string>((resolve, reject) => {
      const look = () => {
        const match = /use it with HF_ENDPOINT=(\S+);/.exec(hub.output.stdout);
        if (match) return resolve(match[1]);
        if (hub.child.exitCode !== null) return reject(new Error(`the mock Hub exited early:\n${hub.output.stderr}`));
        setTimeout(look, 50);
      };
      look();
    });
    const dir = newDir();
    dbPath = path.join(dir, "hub.duckdb");
    crawlRun = await start(["crawl", "--cache", path.join(dir, "cache"), "--db", dbPath, "--limit", String(LIMIT)], {
      HF_ENDPOINT: url,
    }).finished;
    hub.child.kill("SIGINT");
    hubRun = await hub.finished;
  });

  const faultLines = () => hubRun.stdout.split("\n").filter((line) => line.startsWith("fault: "));

  it("announces the faults it injects, one line each, and their count when stopped", () => {
    expect(hubRun.stdout).toContain("injecting --fault 503:every=4");
    expect(hubRun.stdout).toContain("injecting --fault reset:path=/api/models?,times=2");
    expect(faultLines().filter((line) => line.startsWith("fault: reset for request "))).toHaveLength(2);
    expect(faultLines().filter((line) => line.startsWith("fault: status for request "))).not.toHaveLength(0);
    expect(hubRun.stdout).toMatch(new RegExp(`mock Hub stopped after \\d+ requests \\(${faultLines().length} faults injected\\)`));
    expect(hubRun.code).toBe(0);
  });

  it("is retried through by the crawler, once per fault, and the crawl succeeds", () => {
    expect(crawlRun.code, crawlRun.stderr).toBe(0);
    expect(crawlRun.stderr).toMatch(/^retry 1\/5 of GET \/api\/models\?\S+: connection failed/m);
    expect(crawlRun.stderr).toMatch(/^retry \d\/5 of GET \S+: HTTP 503/m);
    const retries = Number(/(\d+) retries/.exec(crawlRun.stderr)?.[1]);
    expect(retries).toBe(faultLines().length);
  });

  it("ends with the database a crawl of a Hub without faults writes", async () => {
    const cleanHub = await startTestHub({ dataset: generateSampleHub({ models: MODELS, seed: SEED }) });
    const cleanDb = path.join(newDir(), "hub.duckdb");
    await crawl(
      normalizeConfig({ endpoint: cleanHub.url, cacheDir: path.join(path.dirname(cleanDb), "cache"), dbPath: cleanDb, limit: LIMIT }, {}),
      {
        log: () => {},
      },
    );
    const models = (db: string) => queryDatabase<Record<string, unknown>>(db, "SELECT * FROM models ORDER BY id");
    const authors = (db: string) => queryDatabase<Record<string, unknown>>(db, "SELECT * FROM authors ORDER BY name");
    const crawled = await models(dbPath);
    expect(crawled).toHaveLength(LIMIT);
    expect(crawled).toEqual(await models(cleanDb));
    expect(await authors(dbPath)).toEqual(await authors(cleanDb));
  });
});
