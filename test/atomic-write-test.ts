// Every temp-and-rename write goes through one helper: a failed write leaves the target as it was
// and nothing under its temporary name; a database's old write-ahead log is moved aside before the
// swap, put back when the swap fails, and removed only once the new file is in place.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  moveFolderIntoPlace,
  removeAbandonedTempFiles,
  tempPathFor,
  writeAtomically,
  writeFolderAtomically,
} from "../src/lib/atomic-write.ts";
import { scratchDir } from "./fixtures/scratch.ts";

const scratch = () => scratchDir("hub-atomic-");

describe("writeAtomically", () => {
  it("replaces the target with what was written under the temporary name", async () => {
    const dir = scratch();
    const target = path.join(dir, "summary.json");
    writeFileSync(target, "old");
    await writeAtomically(target, (temp) => writeFile(temp, "new"));
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["summary.json"]);
  });

  it("on failure keeps the old target and removes the temporary file and everything named after it", async () => {
    const dir = scratch();
    const target = path.join(dir, "hub.duckdb");
    writeFileSync(target, "old database");
    const failure = await writeAtomically(
      target,
      async (temp) => {
        // What DuckDB leaves when a load fails half way: the file, its log and a staging file.
        for (const name of [temp, `${temp}.wal`, `${temp}.models.ndjson`]) await writeFile(name, "half");
        throw new Error("disk full");
      },
      { what: "the database" },
    ).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure).toBe(`Could not write the database ${target}: disk full`);
    expect(readFileSync(target, "utf8")).toBe("old database");
    expect(readdirSync(dir)).toEqual(["hub.duckdb"]);
  });

  it("removes the old write-ahead log only after the new file is in place", async () => {
    const dir = scratch();
    const target = path.join(dir, "hub.duckdb");
    writeFileSync(target, "old database");
    writeFileSync(`${target}.wal`, "old log");
    await writeAtomically(target, (temp) => writeFile(temp, "new database"), { companions: [`${target}.wal`] });
    expect(readdirSync(dir)).toEqual(["hub.duckdb"]);
    expect(readFileSync(target, "utf8")).toBe("new database");
  });

  it("puts the old write-ahead log back when the final rename fails", async () => {
    const dir = scratch();
    // A folder with something in it cannot be replaced by a file: the rename into place fails.
    const target = path.join(dir, "hub.duckdb");
    mkdirSync(target);
    writeFileSync(path.join(target, "inside"), "x");
    writeFileSync(`${target}.wal`, "old log");
    await expect(writeAtomically(target, (temp) => writeFile(temp, "new database"), { companions: [`${target}.wal`] })).rejects.toThrow(
      `Could not write ${target}: `,
    );
    expect(readFileSync(`${target}.wal`, "utf8")).toBe("old log");
    expect(readdirSync(dir).sort()).toEqual(["hub.duckdb", "hub.duckdb.wal"]);
  });
});

describe("writeFolderAtomically and moveFolderIntoPlace", () => {
  it("replace a folder whole, leaving nothing of the old one and no temporary folder", async () => {
    const dir = scratch();
    const target = path.join(dir, "explore");
    mkdirSync(target);
    writeFileSync(path.join(target, "models-9.json"), "stale shard");
    await writeFolderAtomically(target, (temp) => writeFile(path.join(temp, "manifest.json"), "{}"));
    expect(readdirSync(target)).toEqual(["manifest.json"]);

    const site = path.join(dir, "staging");
    mkdirSync(site);
    writeFileSync(path.join(site, "index.html"), "new site");
    await moveFolderIntoPlace(site, target);
    expect(readdirSync(target)).toEqual(["index.html"]);
    expect(existsSync(site)).toBe(false);
    expect(readdirSync(dir)).toEqual(["explore"]);
  });

  it("keep the old folder when filling the new one fails", async () => {
    const dir = scratch();
    const target = path.join(dir, "explore");
    mkdirSync(target);
    writeFileSync(path.join(target, "manifest.json"), "old");
    await expect(
      writeFolderAtomically(target, async () => {
        throw new Error("no rows");
      }),
    ).rejects.toThrow(`Could not write ${target}: no rows`);
    expect(readFileSync(path.join(target, "manifest.json"), "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["explore"]);
  });
});

describe("removeAbandonedTempFiles", () => {
  it("removes the temporary files and folders of a process that is gone, and no one else's", async () => {
    const dir = scratch();
    const target = path.join(dir, "dist");
    // A pid far above any pid_max is never a running process.
    const gone = `dist.tmp-${2 ** 30}-0a1b2c3d`;
    mkdirSync(path.join(dir, gone));
    writeFileSync(path.join(dir, `${gone}.wal`), "x");
    const mine = path.basename(tempPathFor(target));
    writeFileSync(path.join(dir, mine), "x");
    writeFileSync(path.join(dir, "dist.tmp-notes"), "x");
    writeFileSync(path.join(dir, "other.tmp-1-0a1b2c3d"), "x");
    await removeAbandonedTempFiles(target);
    expect(readdirSync(dir).sort()).toEqual([mine, "dist.tmp-notes", "other.tmp-1-0a1b2c3d"].sort());
  });
});
