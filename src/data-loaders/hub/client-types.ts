// The Hub client's public shapes: options, per-request options, responses, counters, and the
// client itself. client.ts builds one; request-attempt.ts and cached-answers.ts are its parts.
import type { BucketQuotas } from "./rate-limit.ts";

/** The Hub's three rate-limit buckets (docs/hub-api.md#rate-limits). */
export type Bucket = "api" | "pages" | "resolvers";
export const BUCKETS: readonly Bucket[] = ["api", "pages", "resolvers"];

export interface HubClientOptions {
  /** Base URL of the Hub, a mirror, or the mock Hub; no trailing slash needed. */
  endpoint: string;
  /** Sent as `Authorization: Bearer …` to the endpoint only; never stored or logged. */
  token: string | null;
  /** Responses are kept under `<cacheDir>/http/`. */
  cacheDir: string;
  /** Answer from the cache only; a miss is an error. */
  offline: boolean;
  fetch?: typeof fetch;
  /** Waiting for rate limits and backoff goes through this, so tests need not wait for real. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Retries after the first attempt, for faults that may pass (5xx, 429, resets, bad bodies). */
  maxRetries?: number;
  timeoutMs?: number;
  /** Concurrent requests: one number for every bucket, or per bucket (see DEFAULT_CONCURRENCY). */
  concurrency?: number | Partial<Record<Bucket, number>>;
  /**
   * Quotas per window assumed until the Hub announces its own in `RateLimit-Policy`; by default the
   * documented anonymous quotas, or the free user's when a token is set (docs/hub-api.md#rate-limits).
   */
  quotas?: Partial<BucketQuotas> & { windowSeconds?: number };
  /** Aborting it stops the client: requests in flight are cancelled, new ones throw InterruptedError. */
  signal?: AbortSignal;
  /** Told of every answer, from the network or the cache (progress display, tracing). */
  onResponse?: (event: HubResponseEvent) => void;
  /** First backoff delay; doubles per attempt, with jitter, up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  log?: (line: string) => void;
}

export type CacheMode = "use" | "refresh";

export interface GetOptions {
  /** Which rate-limit bucket the request counts against; guessed from the path when omitted. */
  bucket?: Bucket;
  /** `refresh` skips a cached answer (and stores the new one). */
  cache?: CacheMode;
  /** 404 is an answer, not an error (e.g. "no such organisation"): returned, and cached. */
  allowNotFound?: boolean;
  /** A cached answer older than this is fetched again (a TTL, e.g. for author data); offline ignores it. */
  maxAgeMs?: number;
  /**
   * For getBytes: how many leading bytes of a fetched answer are worth keeping in the cache. A
   * speculative 256 KiB read of a weight file needs only its header (a few KiB), and at 100,000
   * models the rest would fill hundreds of megabytes of cache. The caller gets the whole answer.
   */
  cacheBytes?: (body: Uint8Array) => number;
  /**
   * Which of the caller's sources asks (e.g. "model-pages"): its network requests are counted
   * apart in `stats().requestsBySource`, so a run can say what each source cost.
   */
  source?: string;
}

/** Inclusive byte positions, as in `Range: bytes=start-end`. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface HubResponseEvent {
  /** The URL relative to the endpoint, as cached. */
  key: string;
  bucket: Bucket;
  status: number;
  fromCache: boolean;
}

export interface HubHeaders {
  link: string | null;
  contentType: string | null;
  rateLimit: string | null;
  rateLimitPolicy: string | null;
  requestId: string | null;
}

export interface HubResponse<T> {
  /** Absolute URL asked for. */
  url: string;
  status: number;
  /** null for an allowed 404. */
  body: T | null;
  headers: HubHeaders;
  fromCache: boolean;
  /** When the answer was fetched (epoch ms): now, or when the cached answer was. */
  fetchedAt: number;
}

export interface HubClientStats {
  /** Network requests per bucket, retries included. */
  requests: Record<Bucket, number>;
  /** Network requests per `GetOptions.source`, retries included; untagged requests are not in it. */
  requestsBySource: Record<string, number>;
  cacheHits: number;
  retries: number;
  /** Responses with HTTP 429. */
  rateLimited: number;
  /** Time spent waiting for rate limits and backoff; overlapping waits of concurrent requests count once. */
  waitMs: number;
  /** Pauses for rate limits and backoff (each request's wait counts). */
  waits: number;
  /** Answers fetched over the network and written to the cache. */
  fetched: number;
  /** Quotas the Hub announced in `RateLimit-Policy`, per bucket. */
  policies: Partial<Record<Bucket, { quota: number; windowSeconds: number }>>;
}

export interface HubClient {
  readonly endpoint: string;
  getJson<T = unknown>(pathOrUrl: string, options?: GetOptions): Promise<HubResponse<T>>;
  getText(pathOrUrl: string, options?: GetOptions): Promise<HubResponse<string>>;
  /** Part of a file, with `Range` (weight file headers); a server that ignores the range is an error. */
  getBytes(pathOrUrl: string, range: ByteRange, options?: GetOptions): Promise<HubResponse<Uint8Array>>;
  stats(): HubClientStats;
}
