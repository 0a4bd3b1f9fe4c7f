// The benchmark harness at a tiny size: it runs end to end and its table says what the runs did.
// Timings are never asserted (they depend on the machine); counts and structure are.
import { DEFAULT_SITE_LIMIT_BYTES } from "../src/config/config.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { startBenchHub } from "../bench/bench-hub.ts";
import { CRAWL_SCENARIOS, runBenchmarks, type BenchResults } from "../bench/harness.ts";
import { crawlTheNotebookWay, NOTEBOOK_PAGE_SIZE } from "../bench/notebook-crawl.ts";
import { BenchUsageError, parseSizes } from "../bench/options.ts";
import { BENCH_END, BENCH_START, replaceBenchBlock } from "../bench/docs-block.ts";
import { renderReport, totalRequests } from "../bench/report.ts";
import { generateTextGenerationHub, PIPELINE_TAG } from "../bench/text-generation-hub.ts";
import { VirtualClock } from "../bench/virtual-clock.ts";
import { parseNameSize } from "../src/data-loaders/enrich/name-size.ts";
import { DEFAULT_WINDOW_MS } from "../src/mock-hub/server.ts";
import { suiteScratchDir } from "./fixtures/scratch.ts";

const SIZE = 300;
const SEED = 7;

/** The markdown table that starts with `header`, as rows of trimmed cells (header row first). */
function tableStartingWith(markdown: string, header: string): string[][] {
  const lines = markdown.split("\n");
  const start = lines.findIndex((line) => line.startsWith(header));
  expect(start, `a table starting with "${header}"`).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start)) {
    if (!line.startsWith("|")) break;
    rows.push(
      line
        .slice(1, -1)
        .split(" | ")
        .map((cell) => cell.trim()),
    );
  }
  return rows.filter((_, i) => i !== 1); // drop the alignment row
}

const count = (cell: string) => Number(cell.replace(/,/g, ""));

describe("npm run bench at a tiny size", () => {
  const outDir = suiteScratchDir("hub-likes-bench-");
  let bench: BenchResults;
  let report: string;

  beforeAll(async () => {
    bench = await runBenchmarks({
      sizes: [SIZE],
      seed: SEED,
      outDir,
      notebook: true,
      build: true,
      keep: false,
      modelsJsonPageCap: null,
      siteLimitBytes: DEFAULT_SITE_LIMIT_BYTES,
      log: () => {},
    });
    report = renderReport(bench);
  }, 180_000);

  it("prints the machine, the date and the quotas beside the figures", () => {
    expect(report).toContain(bench.machine.cpu);
    expect(report).toContain(`${bench.machine.cores} cores`);
    expect(report).toContain(`Node ${process.version}`);
    expect(report).toContain(`Measured ${bench.date.slice(0, 10)}`);
    expect(report).toContain("anonymous 500 API / 100 pages");
  });

  it("has one crawl row per scenario plus the notebook's, each with every column", () => {
    const table = tableStartingWith(report, "| Hub (text-generation models) | crawl |");
    const [header, ...rows] = table;
    expect(header).toHaveLength(12);
    expect(rows.map((cells) => cells[1])).toEqual([...CRAWL_SCENARIOS.map((s) => s.label), "notebook's way, anonymous"]);
    for (const cells of rows) expect(cells).toHaveLength(header.length);
  });

  it("reports the request counts of each crawl's own run row, and a cold crawl makes requests", () => {
    const rows = tableStartingWith(report, "| Hub (text-generation models) | crawl |").slice(1);
    const crawls = bench.results[0].crawls;
    for (const [i, { measurement }] of crawls.entries()) {
      const { run } = measurement;
      const cells = rows[i];
      expect(count(cells[2])).toBe(run.models);
      expect(count(cells[4])).toBe(run.requests_api);
      expect(count(cells[5])).toBe(run.requests_pages);
      expect(count(cells[6])).toBe(run.requests_resolvers);
      expect(count(cells[7])).toBe(run.cache_hits);
      expect(run.models + run.skipped_records).toBe(SIZE);
    }
    const cold = crawls.find((c) => c.scenario === "cold-anonymous")!.measurement;
    const warm = crawls.find((c) => c.scenario === "warm-anonymous")!.measurement;
    expect(totalRequests(cold.run)).toBeGreaterThan(0);
    // The warm rerun fetches the listing again; the rest is reused (authors from the known-authors
    // store, header reads from the per-model cache), so it saves requests and makes fewer.
    expect(warm.run.requests_saved).toBeGreaterThan(0);
    expect(totalRequests(warm.run)).toBeLessThan(totalRequests(cold.run));
    const weekly = crawls.find((c) => c.scenario === "weekly-token")!.measurement;
    expect(weekly.sources.find((s) => s.source === "author-overviews")!.requests).toBe(0);
    expect(weekly.sources.find((s) => s.source === "website-listing")!.requests).toBe(0);
  });

  it("crawls the notebook's way: every list page of 30, and a model page for each name without a size", () => {
    const notebook = bench.results[0].notebook!;
    const dataset = generateTextGenerationHub(SIZE, SEED);
    const textGeneration = dataset.models.filter((m) => m.pipeline_tag === PIPELINE_TAG);
    const unsized = textGeneration.filter((m) => parseNameSize(m.id)?.params == null).length;
    expect(notebook.models).toBe(SIZE);
    // A full last page is followed by an empty one, which is how the listing is known to end.
    expect(notebook.listPages).toBe(Math.floor(SIZE / NOTEBOOK_PAGE_SIZE) + 1);
    expect(notebook.modelPages).toBe(unsized);
    expect(notebook.requests.pages).toBe(notebook.listPages + notebook.modelPages);
    expect(notebook.requests.api).toBe(0);
  });

  it("measures the site build from the warm cache and what it wrote", () => {
    const build = bench.results[0].build!;
    expect(build.dist.files).toBeGreaterThan(0);
    expect(build.dist.largestHtml?.path).toMatch(/\.html$/);
    expect(build.dist.downloadsBytes).toBeGreaterThan(0);
    if (process.platform === "linux") expect(build.peakBytes).toBeGreaterThan(0);
    const table = tableStartingWith(report, "| Hub | build from warm cache |");
    expect(table).toHaveLength(2);
    expect(table[1][0]).toBe(String(SIZE));
  });

  it("judges every target of the issue, marking sizes it did not run as not run", () => {
    const targets = tableStartingWith(report, "| target |").slice(1);
    expect(targets.length).toBeGreaterThanOrEqual(5);
    expect(targets.find((cells) => cells[0].startsWith("build from a warm cache, 1,000,000"))?.[2]).toBe("not run");
    expect(targets.find((cells) => cells[0].startsWith("the whole text-generation Hub"))?.[2]).toBe("met");
  });
});

describe("the virtual clock", () => {
  it("lets a crawl wait out real 5-minute windows without waiting: a tiny page quota costs windows, not time", async () => {
    const clock = new VirtualClock();
    const quota = { api: 500, resolvers: 3000, pages: 4 };
    const hub = await startBenchHub({ textGenerationModels: 90, seed: SEED, quota, tokenQuota: quota, windowMs: DEFAULT_WINDOW_MS, clock });
    try {
      clock.skipToNextWindow(DEFAULT_WINDOW_MS);
      const clockAtStart = clock.now();
      const notebook = await crawlTheNotebookWay({ endpoint: hub.url, clock, pipelineTag: PIPELINE_TAG, limit: null });
      const clockAtEnd = clock.now();
      const windowsNeeded = Math.ceil(notebook.requests.pages / quota.pages);
      // Every window but the first is waited for; the pacing keeps clear of 429s.
      expect(notebook.skippedWaitMs).toBeGreaterThanOrEqual((windowsNeeded - 1) * DEFAULT_WINDOW_MS * 0.99);
      expect(notebook.rateLimited).toBe(0);
      expect(notebook.realMs).toBeLessThan(notebook.skippedWaitMs);
      // The simulated time is what the Hub's clock saw pass (the mock Hub keeps its windows on it),
      // and what the requests cost in real windows: started at a window's start, the last request
      // falls in the last window needed, not before the one before it.
      expect(Math.abs(notebook.simulatedMs - (clockAtEnd - clockAtStart))).toBeLessThan(100);
      expect(notebook.simulatedMs).toBeGreaterThan((windowsNeeded - 1) * DEFAULT_WINDOW_MS);
      expect(notebook.simulatedMs).toBeLessThan(windowsNeeded * DEFAULT_WINDOW_MS);
    } finally {
      await hub.close();
    }
  });
});

describe("bench helpers", () => {
  it("rewrites only the benchmarks page's text between the bench markers", () => {
    const page = `# Benchmarks\nintro\n${BENCH_START}\nold table\n${BENCH_END}\nafter\n`;
    expect(replaceBenchBlock(page, "| new |")).toBe(`# Benchmarks\nintro\n${BENCH_START}\n| new |\n${BENCH_END}\nafter\n`);
  });

  it("refuses a page without the markers, naming them", () => {
    expect(() => replaceBenchBlock("# Benchmarks\n", "| new |")).toThrow(BENCH_START);
  });

  it("reads --sizes as whole model counts and names the flag when one is not", () => {
    expect(parseSizes("3000,100_000")).toEqual([3000, 100000]);
    expect(() => parseSizes("3000,lots")).toThrow(BenchUsageError);
    expect(() => parseSizes("3000,lots")).toThrow(/--sizes/);
  });
});
