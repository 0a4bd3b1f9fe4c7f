// The website's own JSON listing, `GET /models-json` (docs/hub-api.md#the-website-listing): 30
// models a page, each with its author's `authorData` (org or user, plan, followers) and the Hub's `numParameters`. For the
// top 3000 that is 100 requests in the "pages" bucket instead of one or two overview requests per
// author. It is undocumented and may change, so a failure here is never fatal: the caller gets
// what was read so far, the reason, and falls back to the documented endpoints.
import type { CacheMode, HubClient } from "./client.ts";
import { InterruptedError } from "./errors.ts";
import type { ApiAuthorData, ApiModelsJsonItem } from "./types.ts";

/** Items per page the website serves by default (docs/hub-api.md#the-website-listing). */
export const MODELS_JSON_PAGE_SIZE = 30;

/**
 * Pages read past the ones that cover the ranking: a model can move down a few places between the
 * API listing and this one, and its author is then a page later.
 */
export const MODELS_JSON_EXTRA_PAGES = 3;

/**
 * Authors whose details are only due for a refresh (their kind is known) keep the reading going
 * while a page refreshes at least this many of them: a free token's quotas are 1,000 API requests
 * and 200 pages per window, so below 5 authors a page the overviews (one request each) cost less.
 */
export const MIN_REFRESHES_PER_PAGE = 5;

export interface ModelsJsonOptions {
  pipelineTag: string;
  /** Authors to find; reading stops once every one is known, the ranking's end at the latest. */
  authors: readonly string[];
  /** Authors whose details are due: picked up from the pages read, and read for while worth it. */
  refresh?: ReadonlySet<string>;
  /** How many models the crawl ranks (null: all); bounds the pages read. */
  limit: number | null;
  cache?: CacheMode;
  log?: (line: string) => void;
}

export interface ModelsJsonFacts {
  /** authorData by author name, for authors whose type the listing states. */
  authors: Map<string, ApiAuthorData & { type: "org" | "user" }>;
  /** When the page that typed each author was fetched (epoch ms; earlier for a cached page). */
  fetchedAt: Map<string, number>;
  /** The Hub's count by model id, for models the listing gives one. */
  numParameters: Map<string, number>;
  /** Ids of every model the pages listed, with or without a count. */
  seen: Set<string>;
  pagesRead: number;
  /** Why reading stopped early (an error or an unexpected shape); null when it did not. */
  failure: string | null;
}

export function modelsJsonPath(pipelineTag: string, page: number): string {
  const params = new URLSearchParams({ pipeline_tag: pipelineTag, sort: "likes", p: String(page) });
  return `/models-json?${params}`;
}

/**
 * Pages 0, 1, 2, … of the likes ranking until every wanted author is known, the pages run out, or
 * the ranking's end (plus a few pages of slack) is passed. Never throws for a Hub problem.
 */
export async function fetchModelsJsonFacts(client: HubClient, options: ModelsJsonOptions): Promise<ModelsJsonFacts> {
  const log = options.log ?? (() => {});
  const wanted = new Set(options.authors);
  const facts: ModelsJsonFacts = {
    authors: new Map(),
    fetchedAt: new Map(),
    numParameters: new Map(),
    seen: new Set(),
    pagesRead: 0,
    failure: null,
  };
  const maxPages = options.limit === null ? Infinity : Math.ceil(options.limit / MODELS_JSON_PAGE_SIZE) + MODELS_JSON_EXTRA_PAGES;
  // Counted down as authors are typed: recounting the wanted set every page made the whole Hub
  // (200,000 authors over 33,000 pages) quadratic.
  let missing = wanted.size;
  const refresh = options.refresh ?? new Set<string>();
  let refreshedByLastPage = refresh.size > 0 ? MIN_REFRESHES_PER_PAGE : 0;
  const worthReading = () => missing > 0 || refreshedByLastPage >= MIN_REFRESHES_PER_PAGE;

  for (let page = 0; page < maxPages && worthReading(); page++) {
    const path = modelsJsonPath(options.pipelineTag, page);
    let items: ApiModelsJsonItem[];
    let total: number | null;
    let fetchedAt: number;
    try {
      const response = await client.getJson<unknown>(path, { bucket: "pages", cache: options.cache ?? "use" });
      ({ items, total } = readPage(response.body, path));
      fetchedAt = response.fetchedAt;
    } catch (error) {
      // Anything but an interruption by the user is a reason to fall back, not to fail the crawl.
      if (error instanceof InterruptedError) throw error;
      facts.failure = `${path}: ${(error as Error).message}`;
      log(`website listing (models-json) failed after ${facts.pagesRead} pages, falling back to author overviews: ${facts.failure}`);
      break;
    }
    facts.pagesRead++;
    refreshedByLastPage = 0;
    for (const item of items) {
      const typed = collect(item, facts);
      if (typed === null) continue;
      facts.fetchedAt.set(typed, fetchedAt);
      if (wanted.has(typed)) missing--;
      if (refresh.has(typed)) refreshedByLastPage++;
    }
    if (items.length === 0 || (total !== null && (page + 1) * MODELS_JSON_PAGE_SIZE >= total)) break;
  }
  const refreshed = [...refresh].filter((name) => facts.authors.has(name)).length;
  log(
    `website listing (models-json): ${facts.pagesRead} pages, ${facts.seen.size} models, ` +
      `${wanted.size - missing}/${wanted.size} new authors typed` +
      (refresh.size > 0 ? `, ${refreshed}/${refresh.size} known authors' details refreshed` : ""),
  );
  return facts;
}

class ModelsJsonShapeError extends Error {
  override name = "ModelsJsonShapeError";
}

function readPage(body: unknown, path: string): { items: ApiModelsJsonItem[]; total: number | null } {
  const models = (body as { models?: unknown } | null)?.models;
  if (!Array.isArray(models)) {
    throw new ModelsJsonShapeError(`${path} answered without a "models" array; the website's undocumented JSON may have changed shape.`);
  }
  const total = (body as { numTotalItems?: unknown }).numTotalItems;
  return {
    items: models.filter((item): item is ApiModelsJsonItem => typeof (item as { id?: unknown } | null)?.id === "string"),
    total: typeof total === "number" && Number.isInteger(total) && total >= 0 ? total : null,
  };
}

/** Records the item; returns the author it typed for the first time, else null. */
function collect(item: ApiModelsJsonItem, facts: ModelsJsonFacts): string | null {
  facts.seen.add(item.id);
  const count = item.numParameters;
  if (typeof count === "number" && Number.isSafeInteger(count) && count > 0) facts.numParameters.set(item.id, count);
  const data = item.authorData;
  if (!data || (data.type !== "org" && data.type !== "user")) return null;
  // The model's owner is the author the rows are keyed by; authorData.name spells the same account.
  const owner = typeof item.author === "string" && item.author !== "" ? item.author : item.id.split("/")[0];
  if (facts.authors.has(owner)) return null;
  facts.authors.set(owner, data as ApiAuthorData & { type: "org" | "user" });
  return owner;
}
