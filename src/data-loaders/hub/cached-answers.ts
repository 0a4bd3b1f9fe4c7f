// The Hub client's side of the response cache: which key an answer is stored under, what of it is
// stored (links relative to the endpoint, the kept part of a byte range), and when a stored answer
// may stand in for a request (fresh enough, or any age offline). response-cache.ts does the files.
import type { ByteRange, GetOptions, HubResponse } from "./client-types.ts";
import { createResponseCache, type CachedResponse } from "./response-cache.ts";
import type { BodyKind } from "./request-attempt.ts";

export interface CachedAnswers {
  readonly dir: string;
  /** The URL relative to the endpoint, so the cache does not depend on where the Hub lives. */
  keyOf(url: URL, range: ByteRange | null): string;
  /**
   * The stored answer for `key` when it may be used instead of a request, else null, with the
   * `problem` of a cache file that cannot be used (cut short, holding another key).
   */
  lookUp(
    url: URL,
    key: string,
    use: { allowNotFound: boolean; maxAgeMs: number | undefined; offline: boolean },
  ): { cached: HubResponse<unknown> | null; problem: string | null };
  /** Stores a fetched answer under `key`. */
  store(
    key: string,
    kind: BodyKind,
    answer: { status: number; body: unknown; link: string | null; contentType: string | null; fetchedAt: number },
    cacheBytes: GetOptions["cacheBytes"],
  ): void;
}

export function createCachedAnswers(options: { endpoint: string; cacheDir: string; now: () => number }): CachedAnswers {
  const { endpoint, now } = options;
  const cache = createResponseCache(options.cacheDir);

  function relativeLink(link: string | null): string | undefined {
    return link === null ? undefined : link.split(`<${endpoint}/`).join("</");
  }

  function absoluteLink(link: string | undefined): string | null {
    return link === undefined ? null : link.split("</").join(`<${endpoint}/`);
  }

  function isFresh(entry: CachedResponse, maxAgeMs: number | undefined): boolean {
    if (maxAgeMs === undefined) return true;
    const fetchedAt = Date.parse(entry.fetchedAt);
    return Number.isFinite(fetchedAt) && now() - fetchedAt <= maxAgeMs;
  }

  function toResponse(url: URL, entry: CachedResponse): HubResponse<unknown> {
    return {
      url: url.href,
      status: entry.status,
      body:
        entry.status === 404 ? null : entry.bodyType === "bytes" ? new Uint8Array(Buffer.from(String(entry.body), "base64")) : entry.body,
      headers: {
        link: absoluteLink(entry.headers.link),
        contentType: entry.headers["content-type"] ?? null,
        rateLimit: null,
        rateLimitPolicy: null,
        requestId: null,
      },
      fromCache: true,
      fetchedAt: Date.parse(entry.fetchedAt) || 0,
    };
  }

  return {
    dir: cache.dir,
    keyOf(url, range) {
      const relative = url.href.startsWith(`${endpoint}/`) ? url.href.slice(endpoint.length) : url.href;
      // Parts of one file are different answers: the range is part of the key.
      return range ? `${relative}#bytes=${range.start}-${range.end}` : relative;
    },
    lookUp(url, key, use) {
      const { entry, problem } = cache.read(key);
      if (!entry) return { cached: null, problem };
      const usable = (entry.status !== 404 || use.allowNotFound) && (use.offline || isFresh(entry, use.maxAgeMs));
      return { cached: usable ? toResponse(url, entry) : null, problem: null };
    },
    store(key, kind, answer, cacheBytes) {
      const entry: CachedResponse = {
        url: key,
        status: answer.status,
        headers: {},
        bodyType: kind,
        body: kind === "bytes" && answer.body instanceof Uint8Array ? bytesToCache(answer.body, cacheBytes) : answer.body,
        fetchedAt: new Date(answer.fetchedAt).toISOString(),
      };
      const link = relativeLink(answer.link);
      if (link !== undefined) entry.headers.link = link;
      if (answer.contentType !== null) entry.headers["content-type"] = answer.contentType;
      cache.write(entry);
    },
  };
}

function bytesToCache(body: Uint8Array, keep: GetOptions["cacheBytes"]): string {
  const length = keep ? Math.min(body.length, Math.max(0, Math.floor(keep(body)))) : body.length;
  return Buffer.from(body.buffer, body.byteOffset, length).toString("base64");
}
