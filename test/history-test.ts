// The likes history: appending a crawl's snapshot to the published history, reading it back,
// de-duplicating reruns, loading it into the site database, and the trends the history page shows.
// The last part runs the way the scheduled build does: a mock Hub whose likes change between runs,
// a fresh crawl per "week", and each run's history built on the one before.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeConfig } from "../src/config/config.ts";
import { crawl } from "../src/data-loaders/crawl/crawl.ts";
import { writeDatabase } from "../src/data-loaders/db/load.ts";
import { appendHistory } from "../src/data-loaders/history/append.ts";
import { loadHistoryIntoDatabase } from "../src/data-loaders/history/load.ts";
import { readHistory } from "../src/data-loaders/history/read.ts";
import type { Report } from "../src/data-loaders/db/datasets.ts";
import { openReport } from "../src/data-loaders/db/queries.ts";
import { historyLikesPerWeekChart } from "../src/charts/history-likes-per-week.ts";
import { historyRankMoversChart, MOVER_COLORS } from "../src/charts/history-rank-movers.ts";
import { runHistory } from "../src/cli/history.ts";
import { generateSampleHub } from "../src/mock-hub/sample.ts";
import { startMockHub } from "../src/mock-hub/server.ts";
import type { MockHubDataset } from "../src/mock-hub/types.ts";
import { executeOnDatabase, NOTEBOOK_THRESHOLDS, queryDatabase } from "./fixtures/db.ts";
import { makeAuthorRow, makeCrawlRun, makeModelRow } from "./fixtures/rows.ts";
import { scratchDir, suiteScratchDir } from "./fixtures/scratch.ts";

type Likes = Record<string, number>;

/** A crawl database whose ranking is the likes given, most-liked first, finished at `finishedAt`. */
async function writeCrawl(dbPath: string, finishedAt: string, likes: Likes): Promise<void> {
  const ids = Object.keys(likes).sort((a, b) => likes[b] - likes[a] || (a < b ? -1 : 1));
  const models = ids.map((id, index) => makeModelRow({ id, rank: index + 1, likes: likes[id], downloads: 10 * likes[id] }));
  const authors = [...new Set(models.map((m) => m.author))].map((name) => makeAuthorRow({ name }));
  await writeDatabase(dbPath, {
    models,
    authors,
    runs: [makeCrawlRun({ finished_at: finishedAt, models: models.length, authors: authors.length })],
    skipped: [],
    thresholds: NOTEBOOK_THRESHOLDS,
  });
}

describe("appendHistory", () => {
  it("starts a history from the crawl alone, stamped with the crawl's finish time to the second", async () => {
    const dir = scratchDir("hub-history-");
    const db = path.join(dir, "site.duckdb");
    await writeCrawl(db, "2026-08-01T05:06:07.891Z", { "a/one": 30, "b/two": 20, "c/three": 10 });

    const result = await appendHistory(null, db, path.join(dir, "history.parquet"));

    expect(result).toMatchObject({ fetched_at: "2026-08-01T05:06:07Z", added: 3, replaced: false, snapshots: 1, rows: 3 });
    expect(await readHistory(result.file)).toEqual([
      { fetched_at: "2026-08-01T05:06:07Z", id: "a/one", rank: 1, likes: 30, downloads: 300 },
      { fetched_at: "2026-08-01T05:06:07Z", id: "b/two", rank: 2, likes: 20, downloads: 200 },
      { fetched_at: "2026-08-01T05:06:07Z", id: "c/three", rank: 3, likes: 10, downloads: 100 },
    ]);
  });

  it("keeps every earlier snapshot and adds the new crawl after them", async () => {
    const dir = scratchDir("hub-history-");
    const history = path.join(dir, "history.parquet");
    await writeCrawl(path.join(dir, "week1.duckdb"), "2026-08-01T05:00:00Z", { "a/one": 30, "b/two": 20 });
    await writeCrawl(path.join(dir, "week2.duckdb"), "2026-08-08T05:00:00Z", { "a/one": 31, "b/two": 40, "c/new": 5 });

    await appendHistory(null, path.join(dir, "week1.duckdb"), history);
    const second = await appendHistory(history, path.join(dir, "week2.duckdb"), history);

    expect(second).toMatchObject({ added: 3, replaced: false, snapshots: 2, rows: 5 });
    const rows = await readHistory(history);
    expect(rows.map((r) => `${r.fetched_at.slice(0, 10)} ${r.rank} ${r.id} ${r.likes}`)).toEqual([
      "2026-08-01 1 a/one 30",
      "2026-08-01 2 b/two 20",
      "2026-08-08 1 b/two 40",
      "2026-08-08 2 a/one 31",
      "2026-08-08 3 c/new 5",
    ]);
  });

  it("replaces, never doubles, the snapshot of a crawl appended a second time", async () => {
    const dir = scratchDir("hub-history-");
    const db = path.join(dir, "site.duckdb");
    const history = path.join(dir, "history.parquet");
    await writeCrawl(db, "2026-08-01T05:00:00Z", { "a/one": 30, "b/two": 20 });

    await appendHistory(null, db, history);
    const again = await appendHistory(history, db, history);

    expect(again).toMatchObject({ replaced: true, snapshots: 1, rows: 2 });
    expect(await readHistory(history)).toHaveLength(2);
  });

  it("keeps one row per (fetched_at, id) when the previous file repeats rows", async () => {
    const dir = scratchDir("hub-history-");
    const previous = path.join(dir, "previous.parquet");
    await executeOnDatabase(
      ":memory:",
      `COPY (SELECT * FROM (VALUES
         (TIMESTAMPTZ '2026-07-25 05:00:00+00', 'a/one', 1, 25, 250),
         (TIMESTAMPTZ '2026-07-25 05:00:00+00', 'a/one', 1, 25, 250),
         (TIMESTAMPTZ '2026-07-25 05:00:00+00', 'b/two', 2, 18, 180)
       ) AS t(fetched_at, id, rank, likes, downloads)) TO '${previous}' (FORMAT parquet)`,
    );
    const db = path.join(dir, "site.duckdb");
    await writeCrawl(db, "2026-08-01T05:00:00Z", { "a/one": 30, "b/two": 20 });

    const result = await appendHistory(previous, db, path.join(dir, "history.parquet"));

    expect(result).toMatchObject({ snapshots: 2, rows: 4 });
    const july = (await readHistory(result.file)).filter((r) => r.fetched_at.startsWith("2026-07-25"));
    expect(july.map((r) => r.id)).toEqual(["a/one", "b/two"]);
  });

  it("refuses a previous file that is not a history, naming the file and the missing columns", async () => {
    const dir = scratchDir("hub-history-");
    const db = path.join(dir, "site.duckdb");
    await writeCrawl(db, "2026-08-01T05:00:00Z", { "a/one": 30 });
    const wrongColumns = path.join(dir, "models.parquet");
    await executeOnDatabase(":memory:", `COPY (SELECT 'a/one' AS id, 3 AS likes) TO '${wrongColumns}' (FORMAT parquet)`);
    const notParquet = path.join(dir, "summary.json");
    writeFileSync(notParquet, "{}");
    const out = path.join(dir, "history.parquet");

    await expect(appendHistory(wrongColumns, db, out)).rejects.toThrow(
      new RegExp(`${wrongColumns}.*not a hub-likes history.*fetched_at, rank, downloads are missing`),
    );
    await expect(appendHistory(notParquet, db, out)).rejects.toThrow(/summary\.json is not a readable Parquet file/);
    await expect(appendHistory(path.join(dir, "absent.parquet"), db, out)).rejects.toThrow(
      /previous history .*absent\.parquet does not exist.*leave --previous-history out on the first run/,
    );
  });

  it("refuses a database with no models instead of recording an empty snapshot", async () => {
    const dir = scratchDir("hub-history-");
    const db = path.join(dir, "empty.duckdb");
    await writeCrawl(db, "2026-08-01T05:00:00Z", {});

    await expect(appendHistory(null, db, path.join(dir, "history.parquet"))).rejects.toThrow(/no snapshot to add.*Did the crawl fail/);
  });
});

describe("the history page's queries", () => {
  /** Three weekly crawls with known movements; the last one is the site's database. */
  async function threeWeeks(): Promise<{ dir: string; db: string; history: string }> {
    const dir = scratchDir("hub-history-");
    const history = path.join(dir, "history.parquet");
    const weeks: [string, Likes][] = [
      ["2026-07-25T05:00:00Z", { "a/one": 100, "b/two": 90, "c/three": 80, "d/four": 70, "e/five": 60 }],
      ["2026-08-01T05:00:00Z", { "a/one": 110, "b/two": 95, "c/three": 81, "d/four": 71, "e/five": 61 }],
      // e/five climbs from 5th to 1st, a/one falls to 3rd, f/six appears at 2nd; d/four drops out.
      ["2026-08-08T05:00:00Z", { "e/five": 200, "f/six": 150, "a/one": 114, "b/two": 96, "c/three": 81 }],
    ];
    let db = "";
    for (const [index, [finishedAt, likes]] of weeks.entries()) {
      db = path.join(dir, `week${index + 1}.duckdb`);
      await writeCrawl(db, finishedAt, likes);
      await appendHistory(index === 0 ? null : history, db, history);
    }
    await loadHistoryIntoDatabase(db, history);
    return { dir, db, history };
  }

  async function withHistory<T>(db: string, use: (report: Report) => Promise<T>): Promise<T> {
    const report = await openReport(db);
    try {
      return await use(report);
    } finally {
      report.close();
    }
  }

  it("counts the snapshots and the days between the two latest", async () => {
    const { db } = await threeWeeks();
    await withHistory(db, async (report) => {
      expect(await report.historyOverview()).toEqual({
        snapshots: 3,
        first: "2026-07-25T05:00:00Z",
        latest: "2026-08-08T05:00:00Z",
        previous: "2026-08-01T05:00:00Z",
        days_between: 7,
      });
      expect(await report.historySnapshots()).toEqual([
        { fetched_at: "2026-07-25T05:00:00Z", models: 5, total_likes: 400 },
        { fetched_at: "2026-08-01T05:00:00Z", models: 5, total_likes: 418 },
        { fetched_at: "2026-08-08T05:00:00Z", models: 5, total_likes: 641 },
      ]);
    });
  });

  it("lists the models that rose and then those that fell in rank between the two latest snapshots, biggest move first", async () => {
    const { db } = await threeWeeks();
    await withHistory(db, async (report) => {
      const movers = await report.rankMovers();
      expect(movers[0]).toEqual({ id: "e/five", rank: 1, previous_rank: 5, change: 4, likes: 200, likes_gained: 139 });
      expect(movers.map((r) => [r.id, r.previous_rank, r.rank, r.change])).toEqual([
        ["e/five", 5, 1, 4],
        ["a/one", 1, 3, -2],
        ["b/two", 2, 4, -2],
        ["c/three", 3, 5, -2],
      ]);
      // The limit holds for each direction: one climber and one faller.
      expect((await report.rankMovers({ limit: 1 })).map((r) => r.id)).toEqual(["e/five", "a/one"]);
      // Moves entirely below the top N are left out: here everything happens within the top 5.
      const withinTop2 = await report.rankMovers({ within_top: 2 });
      expect(withinTop2.filter((r) => r.change < 0).map((r) => r.id)).toEqual(["a/one", "b/two"]);
    });
  });

  it("turns likes gained between the two latest snapshots into a weekly rate", async () => {
    const { db } = await threeWeeks();
    await withHistory(db, async (report) => {
      const gained = await report.likesGained({ limit: 2 });
      expect(gained).toEqual([
        { id: "e/five", rank: 1, likes: 200, likes_gained: 139, likes_per_week: 139 },
        { id: "a/one", rank: 3, likes: 114, likes_gained: 4, likes_per_week: 4 },
      ]);
      // Per interval, only models present at both ends count: f/six (new) and d/four (gone) do not.
      expect(await report.intervalLikes()).toEqual([
        { from: "2026-07-25T05:00:00Z", to: "2026-08-01T05:00:00Z", days: 7, models: 5, likes_gained: 18, likes_per_week: 18 },
        {
          from: "2026-08-01T05:00:00Z",
          to: "2026-08-08T05:00:00Z",
          days: 7,
          models: 4,
          likes_gained: 139 + 4 + 1 + 0,
          likes_per_week: 144,
        },
      ]);
    });
  });

  it("names the newcomers to the top N, with their previous rank or none", async () => {
    const { db } = await threeWeeks();
    await withHistory(db, async (report) => {
      expect(await report.newcomers({ top: 2 })).toEqual([
        { id: "e/five", rank: 1, likes: 200, previous_rank: 5 },
        { id: "f/six", rank: 2, likes: 150, previous_rank: null },
      ]);
      expect(await report.newcomers({ top: 5 })).toEqual([{ id: "f/six", rank: 2, likes: 150, previous_rank: null }]);
    });
  });

  it("without a loaded history, shows the crawl as the only snapshot and no trends", async () => {
    const dir = scratchDir("hub-history-");
    const db = path.join(dir, "site.duckdb");
    await writeCrawl(db, "2026-08-01T05:00:00Z", { "a/one": 30, "b/two": 20 });
    await withHistory(db, async (report) => {
      expect(await report.historyOverview()).toEqual({
        snapshots: 1,
        first: "2026-08-01T05:00:00Z",
        latest: "2026-08-01T05:00:00Z",
        previous: null,
        days_between: null,
      });
      expect(await report.rankMovers()).toEqual([]);
      expect(await report.likesGained()).toEqual([]);
      expect(await report.intervalLikes()).toEqual([]);
      expect(await report.newcomers()).toEqual([]);
    });
  });

  it("counts the site's own crawl even when the loaded history predates it", async () => {
    const { dir, db } = await threeWeeks();
    // A history file holding only the first two weeks, loaded into the third week's database.
    const older = path.join(dir, "older.parquet");
    await appendHistory(null, path.join(dir, "week1.duckdb"), older);
    await appendHistory(older, path.join(dir, "week2.duckdb"), older);
    await loadHistoryIntoDatabase(db, older);
    await withHistory(db, async (report) => {
      expect((await report.historyOverview()).snapshots).toBe(3);
      expect((await report.rankMovers()).filter((r) => r.change > 0).map((r) => r.id)).toEqual(["e/five"]);
    });
  });

  it("loading the history again replaces the table rather than adding to it", async () => {
    const { db, history } = await threeWeeks();
    const loaded = await loadHistoryIntoDatabase(db, history);
    expect(loaded).toEqual({ snapshots: 3, rows: 15 });
    const [row] = await queryDatabase<{ rows: number }>(db, "SELECT count(*) AS rows FROM history");
    expect(row.rows).toBe(15);
  });
});

describe("history across scheduled runs against the mock Hub", () => {
  // Each run crawls a Hub whose likes moved since the last one into a fresh database, stamps it a
  // week after the previous run, and builds its history on the previous run's published file.
  const work = suiteScratchDir("hub-likes-history-runs-");
  const base = generateSampleHub({ models: 400, seed: 5 });
  const WEEKS = ["2026-08-01T06:00:00Z", "2026-08-08T06:00:00Z", "2026-08-15T06:00:00Z"];

  /** The Hub a week later: every model gains a few likes, one deep-ranked model gains many. */
  function nextWeek(dataset: MockHubDataset, week: number): { dataset: MockHubDataset; climber: string } {
    const next = structuredClone(dataset);
    const ranked = next.models
      .filter((m) => m.pipeline_tag === "text-generation" && typeof m.likes === "number")
      .sort((a, b) => (b.likes as number) - (a.likes as number));
    for (const [index, model] of ranked.entries()) model.likes = (model.likes as number) + (index % 3) + week;
    const climber = ranked[150 + week];
    climber.likes = (ranked[0].likes as number) + 1000;
    return { dataset: next, climber: climber.id };
  }

  it("grows by one snapshot per run, and the trends match the crawled databases", async () => {
    let dataset = base;
    const climbers: string[] = [];
    const published = path.join(work, "published-history.parquet");
    let lastDb = "";
    for (const [week, finishedAt] of WEEKS.entries()) {
      if (week > 0) {
        const moved = nextWeek(dataset, week);
        dataset = moved.dataset;
        climbers.push(moved.climber);
      }
      const hub = await startMockHub({ dataset, windowMs: 1000 });
      try {
        const dbPath = path.join(work, `run${week + 1}.duckdb`);
        const config = normalizeConfig({ endpoint: hub.url, limit: 300, cacheDir: path.join(work, "cache"), dbPath, sample: true }, {});
        await crawl(config, { refresh: true, log: () => {} });
        await executeOnDatabase(dbPath, `UPDATE crawl_runs SET finished_at = TIMESTAMP '${finishedAt.replace("T", " ").replace("Z", "")}'`);
        const args = ["--db", dbPath, "--out", published];
        const code = await runHistory(week === 0 ? args : [...args, "--previous-history", published], () => {});
        expect(code).toBe(0);
        lastDb = dbPath;
      } finally {
        await hub.close();
      }
    }

    const rows = await readHistory(published);
    expect([...new Set(rows.map((r) => r.fetched_at))]).toEqual(WEEKS);
    for (const [week, stamp] of WEEKS.entries()) {
      const crawled = await queryDatabase<{ id: string; rank: number; likes: number }>(
        path.join(work, `run${week + 1}.duckdb`),
        "SELECT id, rank, likes FROM models ORDER BY rank",
      );
      expect(crawled.length).toBeGreaterThan(250);
      const snapshot = rows.filter((r) => r.fetched_at === stamp).map(({ id, rank, likes }) => ({ id, rank, likes }));
      expect(snapshot).toEqual(crawled);
    }

    // Expected trends, computed here from the two latest crawled databases.
    type Crawled = { id: string; rank: number; likes: number };
    const before = await queryDatabase<Crawled>(path.join(work, "run2.duckdb"), "SELECT id, rank, likes FROM models");
    const after = await queryDatabase<Crawled>(lastDb, "SELECT id, rank, likes FROM models");
    const beforeById = new Map(before.map((m) => [m.id, m]));
    const both = after.filter((m) => beforeById.has(m.id));
    // Ties in the long tail reshuffle by many ranks; the page looks at moves within the top 100.
    const biggestClimb = Math.max(
      ...both.filter((m) => Math.min(m.rank, beforeById.get(m.id)!.rank) <= 100).map((m) => beforeById.get(m.id)!.rank - m.rank),
    );
    const gained = both.reduce((sum, m) => sum + m.likes - beforeById.get(m.id)!.likes, 0);
    const top100Before = new Set(before.filter((m) => m.rank <= 100).map((m) => m.id));
    const newcomers = after.filter((m) => m.rank <= 100 && !top100Before.has(m.id)).map((m) => m.id);

    const report = await openReport(lastDb);
    try {
      const rising = (await report.rankMovers({ limit: 1, within_top: 100 })).filter((r) => r.change > 0);
      expect(rising[0].id).toBe(climbers[1]);
      expect(rising[0].change).toBe(biggestClimb);
      const intervals = await report.intervalLikes();
      expect(intervals).toHaveLength(2);
      expect(intervals[1]).toMatchObject({ days: 7, models: both.length, likes_gained: gained, likes_per_week: gained });
      expect((await report.newcomers({ top: 100 })).map((r) => r.id)).toEqual(newcomers);
      expect(newcomers).toContain(climbers[1]);
    } finally {
      report.close();
    }
  });
});

describe("the history charts", () => {
  const interval = (to: string, likesPerWeek: number) => ({
    from: "2026-08-01T05:00:00Z",
    to,
    days: 7,
    models: 4,
    likes_gained: likesPerWeek,
    likes_per_week: likesPerWeek,
  });
  const mover = (id: string, previous: number, rank: number) => ({
    id,
    rank,
    previous_rank: previous,
    change: previous - rank,
    likes: 10,
    likes_gained: 1,
  });
  const count = (svg: string, pattern: RegExp) => svg.match(pattern)?.length ?? 0;

  it("draws one bar per interval and names the latest in the text alternative", () => {
    const svg = historyLikesPerWeekChart([interval("2026-08-08T05:00:00Z", 18), interval("2026-08-15T05:00:00Z", 144)]);
    expect(svg).toMatch(/^<svg[^>]*role="img"/);
    expect(count(svg, /<rect /g)).toBe(2);
    expect(svg).toMatch(/aria-label="Bar chart of likes gained per week over 2 intervals[^"]*gained 144 likes per week/);
  });

  it("draws one arrow per mover, rising ones in the rising colour, the biggest climb named", () => {
    const svg = historyRankMoversChart([mover("a/falls", 1, 3), mover("e/climbs", 5, 1)]);
    expect(count(svg, new RegExp(`<path stroke="${MOVER_COLORS.rising}"`, "g"))).toBe(1);
    expect(count(svg, new RegExp(`<path stroke="${MOVER_COLORS.falling}"`, "g"))).toBe(1);
    expect(svg).toMatch(/the biggest climb is e\/climbs, from rank 5 to 1/);
  });

  it("says so in the text alternative when there is nothing to draw", () => {
    expect(historyLikesPerWeekChart([])).toMatch(/fewer than two snapshots, so no interval yet/);
    expect(historyRankMoversChart([])).toMatch(/no model changed rank/);
  });
});
