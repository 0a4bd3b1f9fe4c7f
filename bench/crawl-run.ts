// One crawl of a benchmark: the product's own `crawl` against the benchmark Hub, on the virtual
// clock, with its cost read from the run row the crawl itself returns.
import { normalizeConfig } from "../src/config/config.ts";
import { crawl } from "../src/data-loaders/crawl/crawl.ts";
import type { SourceReport } from "../src/data-loaders/crawl/sources.ts";
import type { CrawlRunRow } from "../src/data-loaders/db/rows.ts";
import type { VirtualClock } from "./virtual-clock.ts";

export interface CrawlRunOptions {
  endpoint: string;
  clock: VirtualClock;
  cacheDir: string;
  token: string | null;
  /** null crawls the whole ranking (`--limit all`). */
  limit: number | null;
  /** A rerun that fetches the listing again (what a scheduled refresh does). */
  refresh: boolean;
  log?: (line: string) => void;
}

export interface CrawlMeasurement {
  run: CrawlRunRow;
  dbPath: string;
  /** Elapsed real time of the crawl (CPU, I/O, the Hub's answers). */
  realMs: number;
  /** Waiting for rate-limit windows, skipped by the virtual clock. */
  skippedWaitMs: number;
  /** What the crawl would have taken against the Hub's real 5-minute windows: real + skipped. */
  simulatedMs: number;
  /** Requests and gains per source, as the crawl's run summary reports them. */
  sources: SourceReport[];
  sourcesLine: string;
}

export async function measureCrawl(options: CrawlRunOptions): Promise<CrawlMeasurement> {
  const config = normalizeConfig(
    { endpoint: options.endpoint, token: options.token, limit: options.limit, cacheDir: options.cacheDir },
    {},
  );
  const skippedBefore = options.clock.skippedMs();
  const started = performance.now();
  let sourcesLine = "";
  const log = options.log ?? (() => {});
  const { run, sources } = await crawl(config, {
    refresh: options.refresh,
    fetch: options.clock.fetch,
    sleep: options.clock.sleep,
    now: options.clock.now,
    log: (line) => {
      if (line.startsWith("sources: ")) sourcesLine = line;
      log(line);
    },
  });
  const realMs = performance.now() - started;
  const skippedWaitMs = options.clock.skippedMs() - skippedBefore;
  return { run, dbPath: config.dbPath, realMs, skippedWaitMs, simulatedMs: realMs + skippedWaitMs, sources, sourcesLine };
}
