// `GET /api/models` semantics: filtering, descending sort, and cursor pagination (docs/hub-api.md#listing-models).
// Results of one query are computed once and kept, so following a long chain of `Link` pages over
// a big dataset costs a slice per page, not a filter-and-sort per page.
import { createHash } from "node:crypto";
import type { MockModelRecord } from "./types.ts";

/** Sort names the server accepts, with huggingface_hub's snake_case aliases, mapped to the record field. */
const SORT_FIELDS: Record<string, SortField> = {
  likes: "likes",
  downloads: "downloads",
  createdAt: "createdAt",
  created_at: "createdAt",
  lastModified: "lastModified",
  last_modified: "lastModified",
  trendingScore: "trendingScore",
  trending_score: "trendingScore",
};

type SortField = "likes" | "downloads" | "createdAt" | "lastModified" | "trendingScore";

/** A request the real Hub would refuse with 400; the message says what to send instead. */
export class BadListQueryError extends Error {
  override name = "BadListQueryError";
}

export interface ListQuery {
  pipelineTag: string | null;
  /** Tags that must all be present (AND); the pipeline tag and library count as tags. */
  filters: string[];
  author: string | null;
  search: string | null;
  sort: SortField | null;
  limit: number;
  offset: number;
  /** Identifies the result set (not the page): cursors are only valid for the query that made them. */
  resultKey: string;
}

export function parseListQuery(params: URLSearchParams, maxLimit: number): ListQuery {
  const sortName = params.get("sort");
  let sort: SortField | null = null;
  if (sortName !== null && sortName !== "") {
    if (sortName === "trending") {
      throw new BadListQueryError(`sort "trending" is not supported by /api/models; use sort=trendingScore.`);
    }
    sort = SORT_FIELDS[sortName] ?? null;
    if (sort === null) {
      throw new BadListQueryError(`unknown sort "${sortName}"; use one of ${Object.keys(SORT_FIELDS).join(", ")} (always descending).`);
    }
  }
  const filters = params
    .getAll("filter")
    .flatMap((value) => value.split(","))
    .map((tag) => tag.trim())
    .filter((tag) => tag !== "");
  const query = {
    pipelineTag: params.get("pipeline_tag") || null,
    filters: [...new Set(filters)].sort(),
    author: params.get("author") || null,
    search: params.get("search")?.toLowerCase() || null,
    sort,
  };
  const resultKey = createHash("sha256").update(JSON.stringify(query)).digest("base64url").slice(0, 16);
  return { ...query, limit: parseLimit(params.get("limit"), maxLimit), offset: parseCursor(params.get("cursor"), resultKey), resultKey };
}

function parseLimit(text: string | null, maxLimit: number): number {
  // Without a limit the Hub still answers with a bounded page and a Link to the next one.
  if (text === null || text === "") return maxLimit;
  const limit = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(limit) || limit < 1) {
    throw new BadListQueryError(`limit must be a whole number of models, 1 or more; got "${text}".`);
  }
  return Math.min(limit, maxLimit);
}

/**
 * Cursors are opaque to clients (base64url JSON of an offset and the result key), so a crawler that
 * builds its own `cursor=` or `offset=` instead of following `Link` is caught by tests.
 */
export function encodeCursor(offset: number, resultKey: string): string {
  return Buffer.from(JSON.stringify({ o: offset, k: resultKey })).toString("base64url");
}

function parseCursor(cursor: string | null, resultKey: string): number {
  if (cursor === null || cursor === "") return 0;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    decoded = null;
  }
  const { o, k } = (decoded ?? {}) as { o?: unknown; k?: unknown };
  if (typeof o !== "number" || !Number.isSafeInteger(o) || o < 0 || typeof k !== "string") {
    throw new BadListQueryError(`invalid cursor "${cursor}"; follow the Link header's next URL instead of building cursors.`);
  }
  if (k !== resultKey) {
    throw new BadListQueryError(`cursor "${cursor}" belongs to a different query; keep the other parameters of the Link URL unchanged.`);
  }
  return o;
}

export interface ListPage {
  items: MockModelRecord[];
  /** Offset of the next page, or null on the last page. */
  nextOffset: number | null;
}

export class ModelIndex {
  readonly #models: readonly MockModelRecord[];
  readonly #tagSets = new WeakMap<MockModelRecord, Set<string>>();
  readonly #results = new Map<string, MockModelRecord[]>();
  static readonly #MAX_CACHED_RESULTS = 32;

  constructor(models: readonly MockModelRecord[]) {
    this.#models = models;
  }

  list(query: ListQuery): ListPage {
    const all = this.#resultsFor(query);
    const items = all.slice(query.offset, query.offset + query.limit);
    const end = query.offset + items.length;
    return { items, nextOffset: end < all.length ? end : null };
  }

  /** A page addressed by offset (the website's `p`), with the size of the whole result. */
  pageWithTotal(query: ListQuery): { items: MockModelRecord[]; total: number } {
    const all = this.#resultsFor(query);
    return { items: all.slice(query.offset, query.offset + query.limit), total: all.length };
  }

  #resultsFor(query: ListQuery): MockModelRecord[] {
    const cached = this.#results.get(query.resultKey);
    if (cached) return cached;
    const matching = this.#models.filter((model) => this.#matches(model, query));
    if (query.sort !== null) matching.sort(compareDescending(query.sort));
    if (this.#results.size >= ModelIndex.#MAX_CACHED_RESULTS) {
      this.#results.delete(this.#results.keys().next().value as string);
    }
    this.#results.set(query.resultKey, matching);
    return matching;
  }

  #matches(model: MockModelRecord, query: ListQuery): boolean {
    if (query.pipelineTag !== null && model.pipeline_tag !== query.pipelineTag) return false;
    if (query.author !== null && ownerOf(model) !== query.author) return false;
    if (query.search !== null && !model.id.toLowerCase().includes(query.search)) return false;
    if (query.filters.length > 0) {
      const tags = this.#tagsOf(model);
      if (!query.filters.every((tag) => tags.has(tag))) return false;
    }
    return true;
  }

  #tagsOf(model: MockModelRecord): Set<string> {
    let tags = this.#tagSets.get(model);
    if (!tags) {
      tags = new Set(model.tags ?? []);
      if (model.pipeline_tag) tags.add(model.pipeline_tag);
      if (model.library_name) tags.add(model.library_name);
      this.#tagSets.set(model, tags);
    }
    return tags;
  }
}

function ownerOf(model: MockModelRecord): string {
  return model.author ?? model.id.split("/")[0];
}

/**
 * Descending by the field; records without a value go last; ties are broken by id so that the order
 * is total and pages never repeat or skip a model.
 */
function compareDescending(field: SortField): (a: MockModelRecord, b: MockModelRecord) => number {
  return (a, b) => {
    const x = a[field];
    const y = b[field];
    const xMissing = x === undefined || x === null;
    const yMissing = y === undefined || y === null;
    if (xMissing !== yMissing) return xMissing ? 1 : -1;
    if (!xMissing && !yMissing && x !== y) return x < y ? 1 : -1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}
