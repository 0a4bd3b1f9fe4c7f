// hub → cache → enrich → db. Every response is cached before anything else happens to it, so a run
// that fails later (a bad record, a full disk, a database error) resumes with the requests it made.
import type { HubLikesConfig } from "../../config/config.ts";
import { writeDatabase } from "../db/load.ts";
import { enrichAuthor, enrichModels } from "../enrich/index.ts";
import { fetchExtraParams } from "./extra-params.ts";
import { authorNeeds, lookUpAuthors } from "../hub/author-sources.ts";
import { loadKnownAuthors } from "../hub/known-authors.ts";
import { fetchModelsJsonFacts } from "../hub/models-json.ts";
import { createHubClient, InterruptedError, withGetOptions, type HubClientStats } from "../hub/client.ts";
import { AUTHOR_OVERVIEWS, describeSources, LISTING, sourceReports, WEBSITE_LISTING, type SourceReport } from "./sources.ts";
import { formatMs } from "../../lib/format.ts";
import { createModelCache, type ModelCacheStats } from "../hub/model-cache.ts";
import { appendRunHistory, readRunHistory, runHistoryPath } from "./run-history.ts";
import { LISTING_EXPAND, listModels } from "../hub/list-models.ts";
import { parseModelRecord } from "../hub/parse-model.ts";
import { createRecordSlimmer } from "../hub/slim-model.ts";
import type { ApiModel } from "../hub/types.ts";
import type { CrawlRunRow, SkippedRecord } from "../db/rows.ts";

export interface CrawlOptions {
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** The clock pacing reads; benchmarks pass a virtual one whose sleeps jump ahead instead of waiting. */
  now?: () => number;
  log?: (line: string) => void;
  /** Fetch the listing pages again instead of resuming from cached ones. */
  refresh?: boolean;
  /**
   * Authors' plan and follower counts fetched longer ago than this are fetched again (default
   * DEFAULT_AUTHOR_TTL_DAYS). Their kind (organisation or user) is kept for good.
   */
  authorTtlDays?: number;
  /** Stale authors refreshed through their overviews per run (default DEFAULT_MAX_AUTHOR_REFRESHES). */
  maxAuthorRefreshes?: number;
  /**
   * Aborting it (SIGINT) stops the crawl with a CrawlInterruptedError; everything fetched stays
   * cached. Once the database write has begun (see onDatabaseWrite) it no longer stops anything:
   * the write is finished, and the caller, who aborted, decides what to say and how to exit.
   */
  signal?: AbortSignal;
  /** Called as the database write begins: from then on everything is fetched and enriched. */
  onDatabaseWrite?: () => void;
  /** A progress display (src/cli/progress.ts); it is told the stage and reads the client's counters. */
  progress?: CrawlProgress;
  /** Log one line per answer fetched over the network ("fetched <path> (<status>)"), once it is cached. */
  verbose?: boolean;
}

/** What the crawl tells a progress display; the display decides how to show it. */
export interface CrawlProgress {
  /** The client's counters, read whenever the display redraws. */
  attach(stats: () => HubClientStats): void;
  /** A stage begins: "listing", "authors", ...; total null when unknown. */
  stage(name: string, total: number | null): void;
  /** How many of the stage's items are done. */
  advance(done: number): void;
  log(line: string): void;
}

/**
 * Plan and follower counts change slowly. Four weeks is longer than the weekly schedule, so a
 * weekly run does not ask every author again (with a TTL of one week, it did), and a month-old
 * follower count is still the right order of magnitude for the report.
 */
export const DEFAULT_AUTHOR_TTL_DAYS = 28;
/**
 * At most this many stale authors are refreshed through their overviews in one run, the oldest
 * first: 20 windows of a free token's API quota (under 2 hours). The whole Hub has ~200,000
 * authors, so their refresh spreads over several weekly runs instead of overrunning one.
 */
export const DEFAULT_MAX_AUTHOR_REFRESHES = 20_000;
const DAY_MS = 86_400_000;

/** The crawl was stopped (SIGINT); the message says what was kept and how to resume. */
export class CrawlInterruptedError extends Error {
  override name = "CrawlInterruptedError";
  constructor(
    message: string,
    readonly stats: HubClientStats,
  ) {
    super(message);
  }
}

export interface CrawlResult {
  run: CrawlRunRow;
  skipped: SkippedRecord[];
  /** What each source cost and gave in this run (the run summary's `sources:` line). */
  sources: SourceReport[];
}

/** One progress line per this many authors: a 3000-model crawl has ~1000 of them. */
const AUTHOR_PROGRESS_EVERY = 100;

export async function crawl(config: HubLikesConfig, options: CrawlOptions = {}): Promise<CrawlResult> {
  const progress = options.progress;
  const log = options.log ?? progress?.log ?? ((line: string) => console.error(line));
  const startedAt = new Date().toISOString();
  const now = options.now ?? Date.now;
  const authorTtlDays = options.authorTtlDays ?? DEFAULT_AUTHOR_TTL_DAYS;
  if (!(Number.isFinite(authorTtlDays) && authorTtlDays >= 0)) {
    throw new RangeError(`--author-ttl-days takes a number of days, 0 or more; got ${authorTtlDays}.`);
  }
  const client = createHubClient({
    endpoint: config.endpoint,
    token: config.token,
    cacheDir: config.cacheDir,
    offline: config.offline,
    fetch: options.fetch,
    sleep: options.sleep,
    now: options.now,
    signal: options.signal,
    onResponse: options.verbose
      ? ({ key, status, fromCache }) => {
          if (!fromCache) log(`fetched ${key} (${status})`);
        }
      : undefined,
    log,
  });
  progress?.attach(() => client.stats());
  // Per-model results that cost requests are reused while the model's sha is unchanged.
  const modelCache = createModelCache({ cacheDir: config.cacheDir, client, now: options.now });
  // A write that fails after a SIGINT failed for its own reason, which must not read "interrupted".
  let writeBegun = false;
  try {
    return await crawlWith(client);
  } catch (error) {
    const stoppedByAbort = options.signal?.aborted && !writeBegun && !(error instanceof CrawlInterruptedError);
    if (error instanceof InterruptedError || stoppedByAbort) {
      throw new CrawlInterruptedError(interruptedMessage(client.stats(), config.cacheDir), client.stats());
    }
    throw error;
  }

  async function crawlWith(client: ReturnType<typeof createHubClient>): Promise<CrawlResult> {
    const which = config.limit === null ? "all" : `the ${config.limit} most-liked`;
    log(`crawling ${which} ${config.pipelineTag} models from ${config.endpoint}${config.offline ? " (offline: cache only)" : ""}`);
    const knownAuthors = loadKnownAuthors(config.cacheDir, log);
    const { modelRows, skipped, websiteAuthors, authors } = await listAndEnrich();

    log(`looking up ${authors.needs.names.length} authors`);
    progress?.stage("authors", authors.needs.names.length);
    // Answers younger than the TTL are reused, even on --refresh (a resumed run finds them cached).
    const { overviews, from } = await lookUpAuthors(
      withGetOptions(client, { maxAgeMs: authorTtlDays * DAY_MS, source: AUTHOR_OVERVIEWS }),
      authors.needs,
      websiteAuthors,
      knownAuthors,
      {
        log,
        now,
        maxOverviewRefreshes: options.maxAuthorRefreshes ?? DEFAULT_MAX_AUTHOR_REFRESHES,
        onProgress: (done, total) => {
          progress?.advance(done);
          if (done % AUTHOR_PROGRESS_EVERY === 0 || done === total) log(`authors: ${done}/${total}`);
        },
      },
    );
    knownAuthors.save();
    const authorRows = authors.needs.names.map((name) => enrichAuthor(name, overviews.get(name)!));

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
      requests_saved: requestsSaved(stats, modelCache.stats(), from.kept),
      refresh: Boolean(options.refresh),
    };

    // A stop asked for before the write leaves the previous database as it is: all that was fetched
    // is cached, so the rerun redoes only the enrichment and the write.
    options.signal?.throwIfAborted();
    writeBegun = true;
    options.onDatabaseWrite?.();
    const sources = sourceReports(stats, modelRows, from);
    // The summary is the last lines before the write: from here on, nothing stops it.
    log(describeSources(sources, from));
    log(summarize(stats, run));
    // The database is rebuilt each run; earlier runs come from the history kept in the cache.
    const history = readRunHistory(config.cacheDir, log);
    await writeDatabase(config.dbPath, {
      models: modelRows,
      authors: authorRows,
      runs: [...history, run],
      skipped,
      thresholds: config.thresholds,
      sizeBuckets: config.sizeBuckets,
      // Nothing below reads the rows again.
      releaseModelRows: true,
    });
    appendRunHistory(config.cacheDir, run);
    log(
      `wrote ${run.models} models and ${run.authors} authors to ${config.dbPath} (crawl run ${history.length + 1}, history in ${runHistoryPath(config.cacheDir)})`,
    );
    return { run, skipped, sources };

    // The raw records, the website's facts and the extra counts live only in here: once the rows
    // exist they can be collected, before the author lookup and the database write (at a million
    // models they are gigabytes).
    async function listAndEnrich() {
      progress?.stage("listing", config.limit);
      // Validated as one expression, so that nothing holds the listing's array afterwards.
      const { models, skipped } = validateRecords(
        await listModels(withGetOptions(client, { source: LISTING }), {
          transform: createRecordSlimmer(),
          pipelineTag: config.pipelineTag,
          limit: config.limit,
          expand: LISTING_EXPAND,
          refresh: options.refresh,
          onPage: ({ page, received, total, fromCache }) => {
            progress?.advance(total);
            log(`listing page ${page}: ${received} models${fromCache ? " (cached)" : ""}, ${total} so far`);
          },
        }),
        log,
      );
      // The website's listing types every author of a page of 30 models in one request, and carries the
      // Hub's own parameter counts; it is read for the authors that need it: every author of unknown
      // kind, and stale ones while a page refreshes enough of them (models-json.ts).
      const needs = authorNeeds(
        models.map((model) => ownerOfModel(model)),
        knownAuthors,
        now(),
        authorTtlDays * DAY_MS,
      );
      // Its pages are author data: reused within the author TTL, even on --refresh (authors whose
      // models moved onto other pages since are then looked up through their overviews).
      const website = await fetchModelsJsonFacts(withGetOptions(client, { maxAgeMs: authorTtlDays * DAY_MS, source: WEBSITE_LISTING }), {
        pipelineTag: config.pipelineTag,
        authors: needs.untyped,
        refresh: new Set(needs.stale),
        limit: config.limit,
        log,
      });
      const { extras } = await fetchExtraParams(client, models, {
        listing: website,
        modelCache,
        log,
      });
      // Each record is let go as its row is made: records and rows are about the same size, and at
      // a million models holding both at once is gigabytes more.
      return {
        modelRows: enrichModels(releasingEach(models), extras),
        skipped,
        websiteAuthors: { authors: website.authors, fetchedAt: website.fetchedAt },
        authors: { needs },
      };
    }
  }
}

/**
 * Requests not made because earlier answers were reused: each HTTP cache hit is one, each
 * unchanged model's reused enrichment saves the requests it cost when it was worked out, and each
 * author kept from an earlier run saves at least the one overview request a lookup would cost.
 */
export function requestsSaved(stats: HubClientStats, models: ModelCacheStats, authorsKept: number): number {
  return stats.cacheHits + models.requestsSaved + authorsKept;
}

function interruptedMessage(stats: HubClientStats, cacheDir: string): string {
  const made = stats.requests.api + stats.requests.pages + stats.requests.resolvers;
  return (
    `interrupted: ${stats.fetched} answers fetched in this run (${made} requests) are kept in ${cacheDir}, ` +
    `beside ${stats.cacheHits} reused from earlier runs; no database was written. ` +
    `Run the same command again to resume: nothing already fetched is asked for again.`
  );
}

/** Each item once, in order, clearing its slot as it goes, so the array no longer holds it. */
function* releasingEach<T>(items: (T | undefined)[]): Generator<T> {
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as T;
    items[index] = undefined;
    yield item;
  }
}

/** The author a row will carry (enrich's rule): the record's author, else the owner part of the id. */
function ownerOfModel(model: ApiModel): string {
  return typeof model.author === "string" && model.author !== "" ? model.author : model.id.split("/")[0];
}

/**
 * Why a private repository is skipped. An authenticated listing includes the token owner's private
 * repos; the report is public, so they are left out, and their ids are kept out of the log and the
 * database too (a scheduled build's log is public).
 */
export const PRIVATE_RECORD_REASON = "private repository: not published, and its id is not recorded";

/**
 * Usable records in ranking order; the others with their reason, one warning line each. Private
 * records are counted in one line, without their ids.
 */
export function validateRecords(
  records: readonly unknown[],
  log: (line: string) => void,
): { models: ApiModel[]; skipped: SkippedRecord[] } {
  const models: ApiModel[] = [];
  const skipped: SkippedRecord[] = [];
  let privateRecords = 0;
  records.forEach((record, index) => {
    if (isPrivateRecord(record)) {
      privateRecords++;
      skipped.push({ id: null, reason: PRIVATE_RECORD_REASON });
      return;
    }
    const parsed = parseModelRecord(record);
    if (parsed.ok) {
      models.push(parsed.model);
    } else {
      skipped.push({ id: parsed.id, reason: parsed.reason });
      log(`warning: skipping listing record ${index + 1} (${parsed.id ?? "no usable id"}): ${parsed.reason}`);
    }
  });
  if (privateRecords > 0) {
    const repositories = privateRecords === 1 ? "1 private repository" : `${privateRecords} private repositories`;
    log(`skipping ${repositories} of the listing: the report is public, so they are not published and their ids are not recorded`);
  }
  if (skipped.length > 0) log(`skipped ${skipped.length} of ${records.length} listing records (reasons above)`);
  return { models, skipped };
}

/** Anything but an absent or false `private` counts as private: a malformed flag is not a promise of public. */
function isPrivateRecord(record: unknown): boolean {
  if (typeof record !== "object" || record === null) return false;
  const flag = (record as { private?: unknown }).private;
  return flag !== undefined && flag !== null && flag !== false;
}

function summarize(stats: HubClientStats, run: CrawlRunRow): string {
  const { api, pages, resolvers } = stats.requests;
  return (
    `done: ${run.models} models, ${run.authors} authors, ${run.skipped_records} skipped; ` +
    `requests api ${api}, pages ${pages}, resolvers ${resolvers}; ` +
    `${stats.cacheHits} cache hits, ${stats.retries} retries, ${stats.rateLimited} rate-limited (429), ` +
    `waited ${formatMs(stats.waitMs)}; ${run.requests_saved} requests saved by reusing earlier answers`
  );
}
