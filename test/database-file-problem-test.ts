// A damaged, cut-short or locked database file is not a bug: every command says which file, what
// is wrong and what to do, in one line, and exits 1 (the database could not answer).
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeFailure } from "../src/cli/main.ts";
import { databaseFileProblem } from "../src/data-loaders/db/database-file-problem.ts";
import { suiteScratchDir } from "./fixtures/scratch.ts";

const DELETE_AND_REBUILD = "delete it, then `npm run crawl -- --offline` rebuilds it from the cache";

describe("databaseFileProblem", () => {
  it("names the file and what to do for DuckDB's damaged-file and lock errors", () => {
    const notDuckDb = new Error('IO Error: The file "/data/x.duckdb" exists, but it is not a valid DuckDB database file!');
    expect(databaseFileProblem(notDuckDb)).toBe(
      `the database /data/x.duckdb is damaged or cut short (it is not a valid DuckDB database file): ${DELETE_AND_REBUILD} without a request (add --cache and --db if you use other paths).`,
    );
    const cutShort = new Error(
      'IO Error: Could not read enough bytes from file "/data/x.duckdb": attempted to read 4096 bytes from location 4096',
    );
    expect(databaseFileProblem(cutShort)).toContain(
      "the database /data/x.duckdb is damaged or cut short (Could not read enough bytes: attempted",
    );
    const locked = new Error('IO Error: Could not set lock on file "/data/x.duckdb": Conflicting lock is held in /usr/bin/node (PID 42)');
    expect(databaseFileProblem(locked)).toMatch(/^the database \/data\/x\.duckdb is in use by another process/);
  });

  it("leaves other errors alone, so a bug still shows its stack", () => {
    expect(databaseFileProblem(new Error("Binder Error: column likes not found"))).toBeNull();
    expect(describeFailure(new Error("Binder Error: column likes not found")).text).toMatch(/\n\s+at /);
  });
});

describe("commands on a broken database file", () => {
  const dir = suiteScratchDir("hub-db-problem-");
  let holder: ReturnType<typeof spawn> | null = null;
  beforeAll(async () => {
    const whole = path.join(dir, "whole.duckdb");
    const instance = await DuckDBInstance.create(whole);
    const connection = await instance.connect();
    await connection.run("CREATE TABLE numbers AS SELECT range AS n FROM range(200000); CHECKPOINT");
    connection.closeSync();
    instance.closeSync();
    writeFileSync(path.join(dir, "cut.duckdb"), readFileSync(whole).subarray(0, 4096));
    writeFileSync(path.join(dir, "junk.duckdb"), "not a database at all");
  });
  afterAll(() => {
    holder?.kill();
  });

  function hub(...args: string[]) {
    const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
      encoding: "utf8",
      env: { ...process.env, HF_TOKEN: "", CI: "1" },
      timeout: 60_000,
    });
    return { code: result.status, lines: result.stderr.trim().split("\n") };
  }

  it("a file that is not a database: one line naming it, exit 1", () => {
    const file = path.join(dir, "junk.duckdb");
    const { code, lines } = hub("check", "--db", file, "--allow-sample");
    expect(code).toBe(1);
    expect(lines).toEqual([expect.stringContaining(`error: the database ${file} is damaged or cut short`)]);
    expect(lines[0]).toContain(DELETE_AND_REBUILD);
  });

  it("a file cut short: one line naming it, exit 1", () => {
    const file = path.join(dir, "cut.duckdb");
    const { code, lines } = hub("history", "--db", file, "--out", path.join(dir, "history.parquet"));
    expect(code).toBe(1);
    expect(lines).toEqual([expect.stringContaining(`error: the database ${file} is damaged or cut short (Could not read enough bytes`)]);
  });

  it("a file another process holds: one line saying so, exit 1", async () => {
    const file = path.join(dir, "whole.duckdb");
    // Another process with the database open for writing, as a running crawl or DuckDB shell would.
    holder = spawn(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        "import { DuckDBInstance } from '@duckdb/node-api'; const i = await DuckDBInstance.create(process.argv[1]); await i.connect(); console.log('ready'); setInterval(() => {}, 1000);",
        file,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve, reject) => {
      holder!.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
      holder!.on("exit", (code) => reject(new Error(`the lock holder exited with ${code}`)));
    });
    const { code, lines } = hub("check", "--db", file, "--allow-sample");
    expect(code).toBe(1);
    expect(lines).toEqual([expect.stringContaining(`error: the database ${file} is in use by another process`)]);
  });
});
