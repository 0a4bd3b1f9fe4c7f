// What a failed command says and how it exits: 2 when what was asked is wrong (a flag, the config
// file, a value: the same code mock-hub gives a wrong --fault), 1 when the Hub, the cache or the
// database could not give what was needed, and a stack trace only for what is neither (a bug).
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeFailure, EXIT_USAGE } from "../src/cli/main.ts";
import { ConfigError } from "../src/config/config.ts";
import { HubError } from "../src/data-loaders/hub/errors.ts";
import { ReportSourceError } from "../src/lib/report.ts";
import { scratchDir } from "./fixtures/scratch.ts";

function hub(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, HF_TOKEN: "", CI: "1" },
    timeout: 60_000,
  });
  return { code: result.status, stderr: result.stderr };
}

describe("describeFailure", () => {
  it("gives a wrong flag or value exit 2 and its message alone", () => {
    expect(describeFailure(new ConfigError('--limit takes a whole number; got "abc".'))).toEqual({
      text: 'error: --limit takes a whole number; got "abc".',
      code: EXIT_USAGE,
    });
    expect(EXIT_USAGE).toBe(2);
  });

  it("gives a Hub or database that cannot answer exit 1 and its message alone", () => {
    expect(describeFailure(new HubError("offline: /api/models is not in the cache", { url: "x", status: null }))).toEqual({
      text: "error: offline: /api/models is not in the cache",
      code: 1,
    });
    expect(describeFailure(new ReportSourceError("no database to show"))).toEqual({ text: "error: no database to show", code: 1 });
  });

  it("prints anything else with its stack, since it is a bug", () => {
    const { text, code } = describeFailure(new TypeError("x is undefined"));
    expect(code).toBe(1);
    expect(text).toMatch(/^TypeError: x is undefined\n\s+at /);
  });
});

describe("the command line", () => {
  it("exits 2 naming the flag when a flag's value is wrong, without a stack trace", () => {
    const { code, stderr } = hub("crawl", "--limit", "lots");
    expect(code).toBe(2);
    expect(stderr).toContain('--limit takes a whole number of models (1 or more) or "all"; got "lots".');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 2 for an argument besides flags (npm run crawl -- 100) and for a flag the command does not use", () => {
    const dir = scratchDir("hub-exit-");
    // Offline on an empty cache: a crawl that ignored the mistake would fail with exit 1 instead.
    const offline = ["--offline", "--cache", dir];
    const positional = hub("crawl", "100", ...offline);
    expect(positional.code).toBe(2);
    expect(positional.stderr.trim()).toBe(
      'error: crawl takes only flags, but was given "100". Run `npm run hub -- crawl --help` for its flags.',
    );
    const unused = hub("crawl", "--out", path.join(dir, "site"), ...offline);
    expect(unused.code).toBe(2);
    expect(unused.stderr.trim()).toBe("error: crawl: Unknown option '--out'. Run `npm run hub -- crawl --help` for its flags.");
    const history = hub("history", "extra.parquet");
    expect(history.code).toBe(2);
    expect(history.stderr).toContain('history takes only flags, but was given "extra.parquet".');
  });

  it("exits 2 for an unknown command and lists the commands", () => {
    const { code, stderr } = hub("crawwl");
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "crawwl". Commands: crawl, build');
  });

  it("exits 2 for a config file value out of range, naming the file", () => {
    const file = path.join(scratchDir("hub-exit-"), "hub-likes.config.json");
    writeFileSync(file, JSON.stringify({ likesPercentile: 7 }));
    const { code, stderr } = hub("crawl", "--config", file, "--offline");
    expect(code).toBe(2);
    expect(stderr).toContain(file);
    expect(stderr).toContain("likesPercentile");
  });

  it("exits 1 when the cache cannot answer an offline crawl", () => {
    const dir = scratchDir("hub-exit-");
    const { code, stderr } = hub("crawl", "--offline", "--cache", dir, "--db", path.join(dir, "x.duckdb"));
    expect(code).toBe(1);
    expect(stderr).toMatch(/error: offline: .* is not in the cache/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
