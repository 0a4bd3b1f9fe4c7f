// .ci/vitest-summary.mjs, the last step of .ci/run: it prints the closing "N passed, N failed" line
// and turns a run that executed no test into a failure. .ci/run itself is run too, with a stand-in
// npm that writes the report a real test run would, so the summary's verdict is shown to be its exit code.
import { execFile } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { suiteScratchDir } from "./fixtures/scratch.ts";

const script = fileURLToPath(new URL("../.ci/vitest-summary.mjs", import.meta.url));
const dir = suiteScratchDir("hub-likes-ci-summary-");

async function summarize(report: object | null): Promise<{ code: number; stdout: string; stderr: string }> {
  const file = path.join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  if (report) writeFileSync(file, JSON.stringify(report));
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, file]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe(".ci/vitest-summary.mjs", () => {
  it("passes a run whose tests all passed, ending on the plain closing line", async () => {
    const result = await summarize({ success: true, numTotalTests: 3, numPassedTests: 3, numFailedTests: 0 });
    expect(result).toEqual({ code: 0, stdout: "tests: 3 passed, 0 failed\n", stderr: "" });
  });

  it("fails a run with a failed test", async () => {
    const result = await summarize({ success: false, numTotalTests: 3, numPassedTests: 2, numFailedTests: 1 });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("tests: 2 passed, 1 failed\n");
  });

  it("fails a run that executed no test, even one vitest called a success", async () => {
    for (const report of [
      { success: true, numTotalTests: 0, numPassedTests: 0, numFailedTests: 0 },
      { success: true, numTotalTests: 4, numPassedTests: 0, numFailedTests: 0, numPendingTests: 4 },
    ]) {
      const result = await summarize(report);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe("error: no test ran; vitest found or executed none.\n");
    }
  });

  it("fails when vitest wrote no report, naming the file", async () => {
    const result = await summarize(null);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: no readable vitest report at .*report-\w+\.json/);
  });
});

describe(".ci/run", () => {
  const ciRun = fileURLToPath(new URL("../.ci/run", import.meta.url));
  const bin = path.join(dir, "bin");
  // Stand-ins on PATH: npm installs and lints nothing and, for `npm test`, writes $REPORT where
  // --outputFile says and exits 0 as vitest may; chromium and a CJK font are "there", and apt-get
  // fails, so the run installs nothing.
  const standIns = {
    npm: [
      "#!/bin/sh",
      'if [ "$1" = --version ]; then echo 11.0.0; exit 0; fi',
      'if [ "$1" != test ]; then exit 0; fi',
      'for arg in "$@"; do case "$arg" in --outputFile=*) printf "%s" "$REPORT" > "${arg#--outputFile=}";; esac; done',
      "exit 0",
    ],
    chromium: ["#!/bin/sh", "exit 0"],
    "fc-list": ["#!/bin/sh", "echo 'Noto Sans CJK SC'"],
    "apt-get": ["#!/bin/sh", "echo 'apt-get must not run here' >&2", "exit 99"],
  };
  mkdirSync(bin);
  for (const [name, lines] of Object.entries(standIns)) {
    writeFileSync(path.join(bin, name), `${lines.join("\n")}\n`);
    chmodSync(path.join(bin, name), 0o755);
  }

  async function runCi(report: object): Promise<{ code: number; stdout: string; stderr: string }> {
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, REPORT: JSON.stringify(report), TMPDIR: dir };
    try {
      const { stdout, stderr } = await promisify(execFile)("bash", [ciRun], { env });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  it("fails when the test command succeeded but no test ran", async () => {
    const result = await runCi({ success: true, numTotalTests: 0, numPassedTests: 0, numFailedTests: 0 });
    expect(result.code).not.toBe(0);
    expect(result.stdout.trim().split("\n").at(-1)).toBe("tests: 0 passed, 0 failed");
    expect(result.stderr).toContain("error: no test ran");
  });

  it("passes when tests ran and passed, ending on the closing line", async () => {
    const result = await runCi({ success: true, numTotalTests: 3, numPassedTests: 3, numFailedTests: 0 });
    expect(result.stderr).not.toContain("apt-get must not run here");
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split("\n").at(-1)).toBe("tests: 3 passed, 0 failed");
  });
});
