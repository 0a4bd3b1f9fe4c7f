import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createReportLoader, resolveReportDbPath } from "../src/lib/report.ts";
import { fixtureReport } from "./fixtures/report.ts";
import { scratchDir } from "./fixtures/scratch.ts";

function existingDbFile(): string {
  const file = path.join(scratchDir("hub-likes-report-"), "hub-likes.duckdb");
  writeFileSync(file, "");
  return file;
}

describe("resolveReportDbPath", () => {
  it("tells how to build the site when HUB_LIKES_DB is not set", () => {
    expect(() => resolveReportDbPath({})).toThrow(/HUB_LIKES_DB is not set.*npm run build.*npm run build:sample/);
    expect(() => resolveReportDbPath({ HUB_LIKES_DB: "  " })).toThrow(/HUB_LIKES_DB is not set/);
  });

  it("refuses a path with no database instead of letting DuckDB create an empty one", () => {
    const missing = path.join(tmpdir(), "no-such-dir-hub-likes", "x.duckdb");
    expect(() => resolveReportDbPath({ HUB_LIKES_DB: missing })).toThrow(`HUB_LIKES_DB points to ${missing}, which does not exist`);
  });

  it("returns the absolute path of an existing database", () => {
    const file = existingDbFile();
    expect(resolveReportDbPath({ HUB_LIKES_DB: file })).toBe(file);
  });
});

describe("createReportLoader", () => {
  it("opens the database once however many pages ask", async () => {
    const file = existingDbFile();
    const opened: string[] = [];
    const load = createReportLoader(
      async (dbPath) => {
        opened.push(dbPath);
        return fixtureReport();
      },
      { HUB_LIKES_DB: file },
    );
    const [a, b] = await Promise.all([load(), load()]);
    await load();
    expect(a).toBe(b);
    expect(opened).toEqual([file]);
  });

  it("rejects with the configuration error, without opening anything", async () => {
    let opened = false;
    const load = createReportLoader(async () => {
      opened = true;
      return fixtureReport();
    }, {});
    await expect(load()).rejects.toThrow(/HUB_LIKES_DB is not set/);
    expect(opened).toBe(false);
  });
});
