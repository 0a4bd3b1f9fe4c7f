// The likes ranking of one task: `GET /api/models` sorted by likes, following the `Link` header.
import type { CacheMode, HubClient, HubResponse } from "./client.ts";
import { HubError } from "./errors.ts";

/**
 * Fields asked for with `expand[]`. With `expand` the Hub returns only the listed properties, so
 * the defaults we still need (likes, downloads, tags, …) are listed too (docs/hub-api.md#listing-models).
 */
export const LISTING_EXPAND = [
  "likes",
  "downloads",
  "createdAt",
  "lastModified",
  "author",
  "tags",
  "safetensors",
  "gguf",
  "config",
  "cardData",
  "library_name",
  "pipeline_tag",
  "gated",
  "sha",
  "trendingScore",
  "private",
  // File names: which repos have .safetensors weights whose headers can be read for a count.
  "siblings",
] as const;

/**
 * The parameter fields a listing record answers. The Hub leaves a field out of an expanded record
 * when the repo has none, and a server that ignores `expand` leaves it out of every record, so an
 * absent field means "none" once some record of the listing has carried it: those records get null.
 * The evidence holds for the whole listing, not just its page: deep in a million-model ranking a
 * page of 1,000 little-liked repos may have no GGUF repo at all, and its records still answered.
 * A record that answered both needs no model page (extra-params.ts): the page shows the same data.
 */
export const PARAM_FIELDS = ["safetensors", "gguf"] as const;

/** True when the record carries both parameter fields, null included: the Hub answered them. */
export function answersParamFields(record: { safetensors?: unknown; gguf?: unknown }): boolean {
  return record.safetensors !== undefined && record.gguf !== undefined;
}

/**
 * Sets each asked-for PARAM_FIELD the server evidently answers to null where a record lacks it.
 * `answered` holds the fields some record of this listing carried, on this page or an earlier one
 * (the ranking starts with the most-liked repos, where both kinds are common); it grows as pages come.
 */
export function markUnansweredAsNone(records: readonly unknown[], expand: readonly string[], answered: Set<string> = new Set()): void {
  const objects = records.filter(isRecordObject);
  for (const field of PARAM_FIELDS) {
    if (!expand.includes(field)) continue;
    if (objects.some((record) => record[field] !== undefined)) answered.add(field);
    if (!answered.has(field)) continue;
    for (const record of objects) if (record[field] === undefined) record[field] = null;
  }
}

function isRecordObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Public clients ask for at most 1000 per page; the server's own maximum is undocumented
 * (docs/hub-api.md#listing-models). Fewer, bigger pages spend less of the 500-per-5-minutes quota.
 */
export const MAX_PAGE_SIZE = 1000;

export interface ListedPage {
  /** 1-based page number. */
  page: number;
  /** Records on this page (before de-duplication and the limit). */
  received: number;
  /** Records kept so far. */
  total: number;
  fromCache: boolean;
}

export interface ListModelsOptions {
  pipelineTag: string;
  /** How many models to keep; null for the whole ranking. */
  limit: number | null;
  expand?: readonly string[];
  /** Fetch the listing pages again instead of reusing cached ones. */
  refresh?: boolean;
  onPage?: (page: ListedPage) => void;
  /**
   * Applied to each record as its page arrives, so that the page's raw records can be collected
   * (the crawl keeps a slim copy: see slim-model.ts). The default keeps records as they are.
   */
  transform?: (record: unknown) => unknown;
}

export function firstListingPath(pipelineTag: string, pageSize: number, expand: readonly string[]): string {
  const params = new URLSearchParams({
    pipeline_tag: pipelineTag,
    sort: "likes",
    direction: "-1",
    limit: String(pageSize),
  });
  for (const field of expand) params.append("expand[]", field);
  return `/api/models?${params}`;
}

/** The `rel="next"` target of a Link header, exactly as given; null when there is none. */
export function nextLink(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (match && /;\s*rel\s*=\s*"?next"?/i.test(match[2])) return match[1];
  }
  return null;
}

/** Raw listing objects in ranking order, de-duplicated by id (first wins), at most `limit`. */
export async function listModels(client: HubClient, options: ListModelsOptions): Promise<unknown[]> {
  const { limit } = options;
  const cache: CacheMode = options.refresh ? "refresh" : "use";
  const transform = options.transform ?? ((record: unknown) => record);
  const kept: unknown[] = [];
  const seenIds = new Set<string>();
  const firstPageSize = Math.min(limit ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
  const expand = options.expand ?? LISTING_EXPAND;
  let url: string | null = firstListingPath(options.pipelineTag, firstPageSize, expand);
  const visited = new Set<string>();
  const answeredFields = new Set<string>();

  for (let page = 1; url !== null && (limit === null || kept.length < limit); page++) {
    if (visited.has(url)) {
      throw new HubError(`the Hub's Link header points back to ${url}, a page already read; stopping to avoid a loop.`, {
        url,
        status: null,
      });
    }
    visited.add(url);
    const response: HubResponse<unknown> = await client.getJson<unknown>(url, { bucket: "api", cache });
    if (!Array.isArray(response.body)) {
      throw new HubError(
        `GET ${response.url} gave ${describe(response.body)} where a list of models was expected; ` +
          `check that HF_ENDPOINT (${client.endpoint}) is a Hugging Face Hub.`,
        { url: response.url, status: response.status },
      );
    }
    markUnansweredAsNone(response.body, expand, answeredFields);
    for (const record of response.body) {
      if (limit !== null && kept.length >= limit) break;
      const id = (record as { id?: unknown } | null)?.id;
      if (typeof id === "string") {
        if (seenIds.has(id)) continue;
        seenIds.add(id);
      }
      kept.push(transform(record));
    }
    options.onPage?.({ page, received: response.body.length, total: kept.length, fromCache: response.fromCache });
    // An empty page ends the ranking even if a Link follows: nothing more can come of it.
    url = response.body.length === 0 ? null : nextLink(response.headers.link);
  }
  return kept;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "object") return "a JSON object";
  return `a JSON ${typeof value}`;
}
