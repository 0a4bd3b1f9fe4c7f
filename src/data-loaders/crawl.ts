// hub → cache → enrich → db. Every response is cached before anything else happens to it, so a run
// that fails later (a bad record, a full disk, a database error) resumes with the requests it made.
import type { HubLikesConfig } from "./config.ts";
import { writeDatabase } from "./db/load.ts";
import { enrichAuthor, enrichModels } from "./enrich/index.ts";
import { fetchAuthors } from "./hub/authors.ts";
import { createHubClient, formatMs, type HubClientStats } from "./hub/client.ts";
import { LISTING_EXPAND, listModels } from "./hub/list-models.ts";
import { parseModelRecord } from "./hub/parse-model.ts";
import type { ApiModel } from "./hub/types.ts";
import type { CrawlRunRow, SkippedRecord } from "./rows.ts";

export interface CrawlOptions {
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
  /** Fetch the listing pages again instead of resuming from cached ones. */
  refresh?: boolean;
}

export interface CrawlResult {
  run: CrawlRunRow;
  skipped: SkippedRecord[];
}

/** One progress line per this many authors: a 3000-model crawl has ~1000 of them. */
const AUTHOR_PROGRESS_EVERY = 100;

export async function crawl(config: HubLikesConfig, options: CrawlOptions = {}): Promise<CrawlResult> {
  const log = options.log ?? ((line: string) => console.error(line));
  const startedAt = new Date().toISOString();
  const client = createHubClient({
    endpoint: config.endpoint,
    token: config.token,
    cacheDir: config.cacheDir,
    offline: config.offline,
    fetch: options.fetch,
    sleep: options.sleep,
    log,
  });

  const which = config.limit === null ? "all" : `the ${config.limit} most-liked`;
  log(`crawling ${which} ${config.pipelineTag} models from ${config.endpoint}${config.offline ? " (offline: cache only)" : ""}`);
  const records = await listModels(client, {
    pipelineTag: config.pipelineTag,
    limit: config.limit,
    expand: LISTING_EXPAND,
    refresh: options.refresh,
    onPage: ({ page, received, total, fromCache }) =>
      log(`listing page ${page}: ${received} models${fromCache ? " (cached)" : ""}, ${total} so far`),
  });

  const { models, skipped } = validateRecords(records, log);
  const modelRows = enrichModels(models);

  const authorNames = [...new Set(modelRows.map((row) => row.author))];
  log(`looking up ${authorNames.length} authors`);
  const overviews = await fetchAuthors(client, authorNames, {
    onProgress: (done, total) => {
      if (done % AUTHOR_PROGRESS_EVERY === 0 || done === total) log(`authors: ${done}/${total}`);
    },
  });
  const authorRows = authorNames.map((name) => enrichAuthor(name, overviews.get(name)!));

  const stats = client.stats();
  const run: CrawlRunRow = {
    started_at: startedAt,
    finished_at: new Date().toISOString(),
    // The endpoint as configured: a bare URL, never with the token (that travels in a header).
    endpoint: config.endpoint,
    sample: config.sample,
    authenticated: config.token !== null,
    requested_limit: config.limit,
    models: modelRows.length,
    authors: authorRows.length,
    requests_api: stats.requests.api,
    requests_pages: stats.requests.pages,
    requests_resolvers: stats.requests.resolvers,
    cache_hits: stats.cacheHits,
    retries: stats.retries,
    rate_limited: stats.rateLimited,
    wait_ms: Math.round(stats.waitMs),
    skipped_records: skipped.length,
  };
  log(summarize(stats, run));

  await writeDatabase(config.dbPath, {
    models: modelRows,
    authors: authorRows,
    runs: [run],
    skipped,
    thresholds: config.thresholds,
  });
  log(`wrote ${run.models} models and ${run.authors} authors to ${config.dbPath}`);
  return { run, skipped };
}

/** Usable records in ranking order; the others with their reason, one warning line each. */
export function validateRecords(
  records: readonly unknown[],
  log: (line: string) => void,
): { models: ApiModel[]; skipped: SkippedRecord[] } {
  const models: ApiModel[] = [];
  const skipped: SkippedRecord[] = [];
  records.forEach((record, index) => {
    const parsed = parseModelRecord(record);
    if (parsed.ok) {
      models.push(parsed.model);
    } else {
      skipped.push({ id: parsed.id, reason: parsed.reason });
      log(`warning: skipping listing record ${index + 1} (${parsed.id ?? "no usable id"}): ${parsed.reason}`);
    }
  });
  if (skipped.length > 0) log(`skipped ${skipped.length} of ${records.length} listing records (reasons above)`);
  return { models, skipped };
}

function summarize(stats: HubClientStats, run: CrawlRunRow): string {
  const { api, pages, resolvers } = stats.requests;
  return (
    `done: ${run.models} models, ${run.authors} authors, ${run.skipped_records} skipped; ` +
    `requests api ${api}, pages ${pages}, resolvers ${resolvers}; ` +
    `${stats.cacheHits} cache hits, ${stats.retries} retries, ${stats.rateLimited} rate-limited (429), ` +
    `waited ${formatMs(stats.waitMs)}`
  );
}
