// src/cli/require-node.ts: a command started on a Node older than package.json's "engines" stops
// at once with one line saying how to start it. The child processes here pretend to be Node 20 (the
// version a shell without the project's Node has), since the real one may not be installed.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { nodeVersionProblem, REQUIRED_NODE_MAJOR } from "../src/cli/require-node.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const packageJson = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const PRETEND_NODE_20 = `data:text/javascript,Object.defineProperty(process.versions, "node", { value: "20.20.2" });`;

function runAsNode20(script: string, args: string[]) {
  return spawnSync(process.execPath, ["--import", PRETEND_NODE_20, "--import", "tsx", script, ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("the Node version check", () => {
  it("asks for the Node major that package.json's engines and its node dependency name", () => {
    expect(packageJson.engines.node).toBe(`>=${REQUIRED_NODE_MAJOR}`);
    expect(Number.parseInt(packageJson.dependencies.node, 10)).toBe(REQUIRED_NODE_MAJOR);
    expect(REQUIRED_NODE_MAJOR).toBe(24);
  });

  it("accepts that major and newer ones, refuses older ones with what to do", () => {
    expect(nodeVersionProblem("24.0.0", "/x/node")).toBeNull();
    expect(nodeVersionProblem("26.1.0", "/x/node")).toBeNull();
    expect(nodeVersionProblem("22.22.0", "/usr/bin/node")).toBe(
      "error: hub-likes needs Node 24 or newer, and /usr/bin/node is Node 22.22.0. Start commands through npm " +
        "(`npm run hub -- <command>`, `npm run build:sample`, `npx tsx …`): after `npm ci` they run the Node 24 in node_modules/.bin.",
    );
  });

  it.each([
    ["src/cli/main.ts", ["build:sample", "--limit", "10"]],
    ["src/mock-hub/cli.ts", ["--sample"]],
  ])("stops %s on Node 20 with one line and exit code 2, before it does anything", (script, args) => {
    const result = runAsNode20(script, args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /^error: hub-likes needs Node 24 or newer, and \S+ is Node 20\.20\.2\. Start commands through npm [^\n]*\n$/,
    );
  });
});
