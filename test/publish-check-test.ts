// The publish check: a crawl that looks broken must not replace the live site. First each rule on
// figures built here, then the figures read from a database and from summary.json, then the
// command, and last whole runs against the mock Hub: a healthy one, a Hub that lost models, likes
// that collapsed, and a crawl that fails outright.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../src/cli/check.ts";
import { normalizeConfig } from "../src/config/config.ts";
import { crawl } from "../src/data-loaders/crawl/crawl.ts";
import { exportData } from "../src/data-loaders/db/export.ts";
import { writeDatabase } from "../src/data-loaders/db/load.ts";
import { checkPublish } from "../src/data-loaders/publish-check/check.ts";
import {
  figuresFromSummary,
  readPublishFigures,
  readSummaryFigures,
  type PublishFigures,
} from "../src/data-loaders/publish-check/figures.ts";
import { generateSampleHub } from "../src/mock-hub/sample.ts";
import type { MockHub } from "../src/mock-hub/server.ts";
import type { MockHubDataset, Quota } from "../src/mock-hub/types.ts";
import { NOTEBOOK_THRESHOLDS } from "./fixtures/db.ts";
import { makeAuthorRow, makeCrawlRun, makeModelRow } from "./fixtures/rows.ts";
import { scratchDir, startTestHub } from "./fixtures/scratch.ts";

/** A healthy weekly crawl of 3000 models; tests change the figure they are about. */
function figures(
  overrides: Partial<Omit<PublishFigures, "completeness">> & { completeness?: Partial<PublishFigures["completeness"]> } = {},
): PublishFigures {
  const { completeness, ...rest } = overrides;
  return {
    origin: "crawl.duckdb",
    fetched_at: "2026-08-08T05:00:00Z",
    sample: false,
    requested_limit: 3000,
    models: 3000,
    ...rest,
    completeness: {
      total_likes: 1_000_000,
      known_params: 2400,
      known_author_type: 2850,
      known_created_at: 2990,
      skipped_records: 3,
      ...completeness,
    },
  };
}

const published = (overrides: Parameters<typeof figures>[0] = {}) =>
  figures({ origin: "previous/summary.json", fetched_at: "2026-08-01T05:00:00Z", ...overrides });

describe("checkPublish", () => {
  it("passes a crawl that moved as much as a normal week does", () => {
    const result = checkPublish(figures({ completeness: { total_likes: 1_030_000, known_params: 2380 } }), published());
    expect(result).toEqual({ ok: true, problems: [], notes: [] });
  });

  it("refuses far fewer models than asked for, and accepts exactly the minimum share", () => {
    const short = checkPublish(figures({ models: 2699 }), published());
    expect(short.ok).toBe(false);
    expect(short.problems).toHaveLength(1);
    expect(short.problems[0]).toMatch(/^Models: the crawl holds 2,699 models but 3,000 were asked for \(90%; at least 90% is required\)/);
    expect(short.problems[0]).toMatch(/read the crawl log/);
    expect(checkPublish(figures({ models: 2700 }), published()).ok).toBe(true);
    expect(checkPublish(figures({ models: 2000 }), published(), { minModelsShare: 0.5, maxModelsDrop: 0.5 }).ok).toBe(true);
  });

  it("refuses a crawl without models even when every model was asked for", () => {
    const result = checkPublish(figures({ models: 0, requested_limit: null, completeness: { skipped_records: 0 } }), null);
    expect(result.problems).toEqual([expect.stringMatching(/^Models: the crawl in crawl\.duckdb holds no models at all/)]);
  });

  it("refuses a fall in total likes beyond the limit, naming both totals and the flag that relaxes it", () => {
    const result = checkPublish(figures({ completeness: { total_likes: 790_000 } }), published());
    expect(result.problems).toEqual([
      expect.stringMatching(
        /^Total likes: 790,000 now against 1,000,000 published \(−21%; a fall of more than 20% is refused\).*--max-likes-drop/,
      ),
    ]);
    expect(checkPublish(figures({ completeness: { total_likes: 790_000 } }), published(), { maxLikesDrop: 0.25 }).ok).toBe(true);
  });

  it("refuses a fall in the number of models against the published data when all models were asked for", () => {
    const all = { requested_limit: null };
    const result = checkPublish(figures({ ...all, models: 7000 }), published({ ...all, models: 10_000 }));
    expect(result.problems).toEqual([expect.stringMatching(/^Models: 7,000 now against 10,000 published \(−30%/)]);
  });

  it("does not compare models or likes when the requested limit changed, and says so", () => {
    const result = checkPublish(
      figures({ requested_limit: 1000, models: 1000, completeness: { total_likes: 600_000, known_params: 800 } }),
      published(),
    );
    expect(result.ok).toBe(true);
    expect(result.notes).toEqual([expect.stringMatching(/requested limit changed from 3,000 to 1,000/)]);
  });

  it.each([
    ["known_params", "Models with a known parameter count", 2400, "80%"],
    ["known_author_type", "Models whose author type \\(org or user\\) is known", 2850, "95%"],
    ["known_created_at", "Models with a creation date", 2990, "99.7%"],
  ] as const)("refuses a %s share that fell by more than 20 points", (key, label, before, beforeText) => {
    const now = before - 660; // 22 points of 3000 models
    const result = checkPublish(figures({ completeness: { [key]: now } }), published());
    expect(result.problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${label}: [\\d.]+% now against ${beforeText.replace(".", "\\.")} published \\(−22 points; a fall of more than 20 points is refused\\)`,
        ),
      ),
    ]);
    expect(checkPublish(figures({ completeness: { [key]: before - 540 } }), published()).ok).toBe(true);
  });

  it("refuses a crawl that skipped more listing records than allowed", () => {
    const result = checkPublish(figures({ models: 2940, completeness: { skipped_records: 70 } }), published());
    expect(result.problems).toEqual([
      expect.stringMatching(/^Skipped records: 70 of 3,010 listing records \(2\.3%\) could not be used; at most 2% is accepted/),
    ]);
    expect(checkPublish(figures({ models: 2940, completeness: { skipped_records: 60 } }), published()).ok).toBe(true);
    expect(checkPublish(figures({ models: 2940, completeness: { skipped_records: 70 } }), published(), { maxSkippedShare: 0.05 }).ok).toBe(
      true,
    );
  });

  it("refuses data older than what the site publishes, and a database older than the build", () => {
    const older = checkPublish(figures({ fetched_at: "2026-07-01T00:00:00Z" }), published());
    expect(older.problems).toEqual([
      expect.stringMatching(/before the published data's 2026-08-01T05:00:00Z; publishing it would roll the site back/),
    ]);
    const leftover = checkPublish(figures(), published(), { crawledAfter: "2026-08-08T06:00:00.000Z" });
    expect(leftover.problems).toEqual([expect.stringMatching(/before this build started .*leftover from an earlier run/)]);
  });

  it("refuses sample data unless a demo is published on purpose", () => {
    expect(checkPublish(figures({ sample: true }), null).problems).toEqual([expect.stringMatching(/^Sample data:/)]);
    expect(checkPublish(figures({ sample: true }), null, { allowSample: true }).ok).toBe(true);
  });

  it("runs only the checks on the crawl itself on the first publication", () => {
    const result = checkPublish(figures({ completeness: { total_likes: 10 } }), null);
    expect(result.ok).toBe(true);
    expect(result.notes).toEqual([expect.stringMatching(/first publication/)]);
  });

  it("skips, with a note, comparisons an older summary cannot support", () => {
    const old = published({ completeness: {} });
    old.completeness = { known_params: 2400 };
    const result = checkPublish(figures({ completeness: { total_likes: 1 } }), old);
    expect(result.ok).toBe(true);
    expect(result.notes).toEqual([
      expect.stringMatching(/^Total likes were not compared: previous\/summary\.json does not publish them/),
      expect.stringMatching(/^Models whose author type .* not compared/),
      expect.stringMatching(/^Models with a creation date: not compared/),
    ]);
  });
});

describe("the figures compared", () => {
  async function smallDatabase(dir: string): Promise<string> {
    const dbPath = path.join(dir, "site.duckdb");
    await writeDatabase(dbPath, {
      models: [
        makeModelRow({ id: "org/a", rank: 1, likes: 50 }),
        makeModelRow({ id: "org/b", rank: 2, likes: 30, params: null, params_source: null, params_evidence: null }),
        makeModelRow({ id: "someone/c", rank: 3, likes: 20, created_at: null, created_at_placeholder: true }),
        makeModelRow({ id: "ghost/d", rank: 4, likes: 10, created_at: null, params: null, params_source: null, params_evidence: null }),
      ],
      authors: [
        makeAuthorRow({ name: "org", type: "org" }),
        makeAuthorRow({ name: "someone", type: "user" }),
        makeAuthorRow({ name: "ghost", type: null }),
      ],
      runs: [makeCrawlRun({ finished_at: "2026-08-01T05:06:07.5Z", requested_limit: 10, sample: false, skipped_records: 2 })],
      skipped: [
        { id: null, reason: "no id" },
        { id: "x/y", reason: "likes missing" },
      ],
      thresholds: NOTEBOOK_THRESHOLDS,
    });
    return dbPath;
  }

  it("reads the crawl's figures from its database, a placeholder date counting as a date", async () => {
    const dir = scratchDir("hub-publish-check-");
    expect(await readPublishFigures(await smallDatabase(dir))).toEqual({
      origin: path.join(dir, "site.duckdb"),
      fetched_at: "2026-08-01T05:06:07Z",
      sample: false,
      requested_limit: 10,
      models: 4,
      completeness: { total_likes: 110, known_params: 2, known_author_type: 3, known_created_at: 3, skipped_records: 2 },
    });
  });

  it("reads the published figures from the summary.json a build exports", async () => {
    const dir = scratchDir("hub-publish-check-");
    const dbPath = await smallDatabase(dir);
    await exportData(dbPath, path.join(dir, "data"));
    const summaryFile = path.join(dir, "data", "summary.json");

    const fromSummary = await readSummaryFigures(summaryFile);
    const fromDatabase = await readPublishFigures(dbPath);

    expect(fromSummary).toMatchObject({
      origin: summaryFile,
      fetched_at: "2026-08-01T05:06:07Z",
      sample: false,
      requested_limit: 10,
      models: 4,
    });
    // Whatever summary.json publishes agrees with the database; known_params it always carries.
    expect(fromSummary.completeness.known_params).toBe(2);
    for (const [key, value] of Object.entries(fromSummary.completeness)) {
      expect(value, key).toBe(fromDatabase.completeness[key as keyof typeof fromDatabase.completeness]);
    }
  });

  it("names the file and what is missing when summary.json is not one", () => {
    expect(() => figuresFromSummary([], "s.json")).toThrow(/s\.json is not a hub-likes summary\.json: it has no "source" object/);
    expect(() => figuresFromSummary({ source: {} }, "s.json")).toThrow(
      /"models" \(a number\) or "source\.fetched_at" \(a time\) is missing/,
    );
  });

  it("says the crawl wrote nothing when there is no database", async () => {
    const dir = scratchDir("hub-publish-check-");
    await expect(readPublishFigures(path.join(dir, "missing.duckdb"))).rejects.toThrow(
      /No crawl database at .*missing\.duckdb: the crawl did not write one/,
    );
  });
});

describe("npm run hub -- check", () => {
  it("exits 0 on a healthy crawl and 1 with every problem listed on a bad one", async () => {
    const dir = scratchDir("hub-publish-check-");
    const dbPath = path.join(dir, "site.duckdb");
    const models = Array.from({ length: 10 }, (_, i) => makeModelRow({ id: `org/m${i}`, rank: i + 1, likes: 100 - i }));
    await writeDatabase(dbPath, {
      models,
      authors: [makeAuthorRow({ name: "org" })],
      runs: [makeCrawlRun({ finished_at: "2026-08-08T05:00:00Z", requested_limit: 10, sample: false })],
      skipped: [],
      thresholds: NOTEBOOK_THRESHOLDS,
    });
    const previousFile = path.join(dir, "summary.json");
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);

    writeFileSync(
      previousFile,
      JSON.stringify({
        models: 10,
        source: { fetched_at: "2026-08-01T05:00:00Z", sample: false, requested_limit: 10 },
        completeness: { total_likes: 955 },
      }),
    );
    expect(await runCheck(["--db", dbPath, "--previous-summary", previousFile], log)).toBe(0);
    expect(lines.at(-1)).toMatch(
      /^publish check passed: 10 models fetched 2026-08-08T05:00:00Z, compared with the published data of 2026-08-01T05:00:00Z/,
    );

    lines.length = 0;
    writeFileSync(
      previousFile,
      JSON.stringify({
        models: 10,
        source: { fetched_at: "2026-08-01T05:00:00Z", sample: false, requested_limit: 10 },
        completeness: { total_likes: 5000 },
      }),
    );
    expect(await runCheck(["--db", dbPath, "--previous-summary", previousFile], log)).toBe(1);
    expect(lines.join("\n")).toMatch(/publish check FAILED .*\n {2}- Total likes: 955 now against 5,000 published/);
    // The same drop passes when the threshold is raised on purpose.
    expect(await runCheck(["--db", dbPath, "--previous-summary", previousFile, "--max-likes-drop", "0.9"], () => {})).toBe(0);
  });

  it("rejects a threshold that is not a share, naming the flag", async () => {
    await expect(runCheck(["--max-likes-drop", "20"])).rejects.toThrow(
      /--max-likes-drop takes a share between 0 and 1 \(0\.2 means 20%\); got "20"/,
    );
    await expect(runCheck(["--crawled-after", "yesterday"])).rejects.toThrow(/--crawled-after takes an ISO 8601 time/);
    await expect(runCheck(["--max-likes"])).rejects.toThrow(/check --help/);
  });
});

describe("scheduled runs against the mock Hub", () => {
  const base = generateSampleHub({ models: 300, seed: 9 });
  const LIMIT = 200;

  async function serve(dataset: MockHubDataset, quota?: Quota): Promise<MockHub> {
    return startTestHub({ dataset, windowMs: 1000, ...(quota ? { quota } : {}) });
  }

  function configFor(hub: MockHub, dir: string, dbPath: string) {
    return normalizeConfig({ endpoint: hub.url, limit: LIMIT, cacheDir: path.join(dir, "cache"), dbPath, sample: true }, {});
  }

  /** A healthy first run, published: its database and the summary.json the site serves. */
  async function firstRun(dir: string): Promise<{ dbPath: string; summaryFile: string }> {
    const hub = await serve(base);
    const dbPath = path.join(dir, "run1.duckdb");
    await crawl(configFor(hub, dir, dbPath), { refresh: true, log: () => {} });
    expect(await runCheck(["--db", dbPath, "--allow-sample"], () => {})).toBe(0);
    await exportData(dbPath, path.join(dir, "site", "data"));
    return { dbPath, summaryFile: path.join(dir, "site", "data", "summary.json") };
  }

  it("refuses a run after the Hub lost most of the models the site lists", async () => {
    const dir = scratchDir("hub-publish-check-");
    const { summaryFile } = await firstRun(dir);
    const shrunk = { ...base, models: base.models.filter((m) => m.pipeline_tag === "text-generation").slice(0, 120) };
    const hub = await serve(shrunk);
    const dbPath = path.join(dir, "run2.duckdb");
    await crawl(configFor(hub, dir, dbPath), { refresh: true, log: () => {} });

    const lines: string[] = [];
    const code = await runCheck(["--db", dbPath, "--previous-summary", summaryFile, "--allow-sample"], (line) => lines.push(line));

    expect(code).toBe(1);
    const crawled = (await readPublishFigures(dbPath)).models;
    expect(crawled).toBeLessThan(0.9 * LIMIT);
    expect(lines.join("\n")).toContain(`Models: the crawl holds ${crawled} models but ${LIMIT} were asked for`);
    expect(JSON.parse(readFileSync(summaryFile, "utf8")).source.requested_limit).toBe(LIMIT);
  });

  it("refuses a run whose likes collapsed against the published run", async () => {
    const dir = scratchDir("hub-publish-check-");
    const { dbPath: firstDb } = await firstRun(dir);
    const collapsed = structuredClone(base);
    for (const model of collapsed.models) if (typeof model.likes === "number") model.likes = Math.floor(model.likes / 3);
    const hub = await serve(collapsed);
    const dbPath = path.join(dir, "run2.duckdb");
    await crawl(configFor(hub, dir, dbPath), { refresh: true, log: () => {} });

    const before = await readPublishFigures(firstDb);
    const after = await readPublishFigures(dbPath);
    const result = checkPublish(after, before, { allowSample: true });

    expect(after.models).toBe(before.models);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.stringContaining(
        `Total likes: ${after.completeness.total_likes!.toLocaleString("en-US")} now against ${before.completeness.total_likes!.toLocaleString("en-US")} published`,
      ),
    ]);
  });

  it("publishes nothing when the crawl fails: no database, or only the last run's, which the check refuses", async () => {
    const dir = scratchDir("hub-publish-check-");
    const { dbPath } = await firstRun(dir);
    const buildStarted = new Date().toISOString();
    // A Hub that answers 429 to everything: the client gives up after its retries.
    const hub = await serve(base, { api: 0, pages: 0, resolvers: 0 });
    const noWait = async () => {};

    await expect(
      crawl(configFor(hub, dir, path.join(dir, "run2.duckdb")), { refresh: true, sleep: noWait, log: () => {} }),
    ).rejects.toThrow(/failed after \d+ attempts/);
    await expect(runCheck(["--db", path.join(dir, "run2.duckdb"), "--allow-sample"], () => {})).rejects.toThrow(
      /No crawl database .*did not write one/,
    );

    // Crawling into the path of an earlier run leaves that run's database in place...
    await expect(crawl(configFor(hub, dir, dbPath), { refresh: true, sleep: noWait, log: () => {} })).rejects.toThrow(
      /failed after \d+ attempts/,
    );
    // ...which the check refuses, because it finished before this build started.
    const lines: string[] = [];
    expect(await runCheck(["--db", dbPath, "--allow-sample", "--crawled-after", buildStarted], (line) => lines.push(line))).toBe(1);
    expect(lines.join("\n")).toMatch(/leftover from an earlier run/);
  });
});
